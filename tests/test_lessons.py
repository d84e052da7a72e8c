"""Every quotation and every figure in the lessons is checked against the source and the kit.

The lessons' text is every markdown cell and every code comment of every notebook, the
task, hint, explanation and mistake messages of ``data/exercises.toml`` (for a written
exercise also its prompt, rubric and model answer), the notes of ``data/evasion_key.csv``,
and the course documents written for students and graders (``docs/GLOSSARY.md``,
``docs/LESSON_PLAN.md``, ``docs/RUBRIC.md``). Code (`spans`, fenced blocks) is code, not
narrative, and so is the address of a link.

**Quotations.** Words in double quotes ("..." or “...”), two words or more, quote the
source: after whitespace, quotes, dashes and case are normalised they must occur in the
Geneva file. "..." or "…" inside a quotation leaves words out; the pieces must come in
order. When a speaker's name (full or surname, as in ``kit.load().turns``) or the word
*journalist* comes before the quotation in the same sentence, outside quotation marks,
the last such name is the quotation's speaker, and the words must be in that speaker's
turns (for *journalist*: in a journalist's). Anything else in quotation marks (a gloss,
a claim nobody made) goes in *italics* or single quotes.

**Figures.** Every number in that text, in digits or in words (two to twenty, twice,
half, double...), must be held in ``FIGURES`` (a phrase with ``{}`` where the figure
goes, and the computation that gives it), be the source's own words (``SOURCE_WORDS``),
or be listed in ``NOT_FIGURES`` with the reason it is not a figure from the data.
Numbering (headings, contents, exercises, notebooks) and citation years are not figures.
When a change to the kit or its data files moves a figure, ``test_every_held_figure_is_
what_the_kit_computes`` fails with the file, the phrase as written and as it should read.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import tokenize
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

import kit
from kit import duplicates, exercises, rhetoric, topics

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SOURCE = kit._data.data_path(kit._data.GENEVA)

# --- the lessons' text ---------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """One piece of narrative: the file it is in, where in the file, and its text."""

    where: str  # a notebook's stem, "exercises.toml" or "evasion_key.csv"
    place: str  # "cell 39", "02-killer why", "exchange 3, sub-question 4"
    text: str


_CODE = re.compile(r"```.*?```|`[^`\n]*`|\]\([^)\s]*\)|<a id=\"[^\"]*\"></a>", re.S)
#: Course documents whose text is narrative too (each paragraph a passage).
DOCS = ("GLOSSARY.md", "LESSON_PLAN.md", "RUBRIC.md")


def _comments(source: str) -> str:
    """The comments of a code cell, one a line (the cell's narrative)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return ""
    return "\n".join(t.string.lstrip("#").strip() for t in tokens if t.type == tokenize.COMMENT)


def passages() -> list[Passage]:
    """Every piece of the lessons' narrative."""
    found = []
    for path in NOTEBOOKS:
        for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            source = "".join(cell["source"])
            text = _CODE.sub(" ", source) if cell["cell_type"] == "markdown" else _comments(source)
            if text.strip():
                found.append(Passage(path.stem, f"cell {number}", text))
    with open(ROOT / "data" / "exercises.toml", "rb") as file:
        table = tomllib.load(file)
    for entry in table["exercise"]:
        for field in ("task", "hint", "why", "close_why", "prompt", "model"):
            if field in entry:
                found.append(Passage("exercises.toml", f"{entry['id']} {field}", entry[field]))
        for k, row in enumerate(entry.get("rubric", [])):
            found.append(Passage("exercises.toml", f"{entry['id']} rubric {k}", row["criterion"]))
        for k, mistake in enumerate(entry.get("mistake", [])):
            found.append(Passage("exercises.toml", f"{entry['id']} mistake {k}", mistake["why"]))
    with open(ROOT / "data" / "evasion_key.csv", encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            place = f"exchange {row['exchange_id']}, sub-question {row['number']}"
            found.append(Passage("evasion_key.csv", place, row["note"]))
    for name in DOCS:
        text = _CODE.sub(" ", (ROOT / "docs" / name).read_text(encoding="utf-8"))
        for number, paragraph in enumerate(re.split(r"\n\s*\n", text)):
            if paragraph.strip():
                found.append(Passage(name, f"paragraph {number}", paragraph))
    return found


#: Lesson 06 reads two transcripts (and the joint statement): its quotations and figures are
#: tested against all of them, with the right speaker, in tests/test_lesson06.py.
TWO_SIDES = "06-"


def of_two_sides(passage: Passage) -> bool:
    """Whether a passage belongs to lesson 06 (its notebook, or one of its exercises)."""
    return passage.where.startswith(TWO_SIDES) or passage.place.startswith(TWO_SIDES)


PASSAGES = [p for p in passages() if not of_two_sides(p)]
WHERE = sorted({p.where for p in PASSAGES})


def text_of(where: str) -> str:
    return "\n\n".join(p.text for p in PASSAGES if p.where == where)


# --- quotations ----------------------------------------------------------------------------

QUOTE = re.compile(r'"([^"\n]*)"')  # in folded text, where “ and ” are "
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: A quotation this long (in words) or longer is checked against the source.
MIN_WORDS = 2
_SAME = {ord(c): same for chars, same in (("‘’`´", "'"), ("“”„", '"'), ("–—‒―‐‑−", "-")) for c in chars}


def normalise(text: str) -> str:
    """Text for comparison: one kind of quote and dash, "..." for "…", single spaces, no case.

    >>> normalise("Give them a microphone –  part of the “question”…")
    'give them a microphone - part of the "question"...'
    """
    text = unicodedata.normalize("NFKC", text).translate(_SAME).replace("…", "...")
    return " ".join(text.casefold().split())


def pieces(quotation: str) -> list[str]:
    """The parts of a quotation between omissions, without the punctuation that ends a clause."""
    parts = [p.strip(" ,;:") for p in normalise(quotation).split("...")]
    return [p[:-1] if p.endswith(".") else p for p in parts if p.strip(" .")]


def occurs(quotation: str, text: str) -> bool:
    """Whether the pieces of ``quotation`` occur in ``text`` (normalised), in order."""
    at = 0
    for piece in pieces(quotation):
        at = text.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


@dataclass(frozen=True)
class Quotation:
    passage: Passage
    words: str
    speaker: str | None


def fold(text: str) -> str:
    """One kind of quote and dash, every character where it was (so positions still hold)."""
    return text.translate(_SAME)


def quoted(text: str) -> list[re.Match]:
    """The quotations in a (folded) text: two words or more in double quotes."""
    return [m for m in QUOTE.finditer(text) if len(WORD.findall(m.group(1))) >= MIN_WORDS]


def quotations(found_in: list[Passage], speakers: dict[str, str]) -> list[Quotation]:
    """Every quotation in the passages, with the speaker the narrative gives it, if any."""
    names = re.compile(r"\b(" + "|".join(sorted(map(re.escape, speakers), key=len, reverse=True)) + r")\b")
    found = []
    for passage in found_in:
        text = fold(passage.text)
        masked = text
        for m in QUOTE.finditer(text):  # blank quoted words out, keeping a sentence end a quotation closes with
            end = "." if m.group(1).rstrip().endswith((".", "?", "!")) else " "
            masked = masked[: m.start()] + " " * (m.end() - m.start() - 1) + end + masked[m.end() :]
        for m in quoted(text):
            sentence = re.split(r"[.!?](?=\s)|\n", masked[: m.start()])[-1]
            named = names.findall(sentence)
            found.append(Quotation(passage, m.group(1), speakers[named[-1]] if named else None))
    return found


#: Role words that attribute a quotation to every speaker of that role.
ROLES = {"journalist": "journalist", "Journalist": "journalist", "questioner": "journalist"}


@pytest.fixture(scope="module")
def speakers(geneva: kit.Corpus) -> dict[str, str]:
    """Each named speaker's full name and surname -> the speaker, as ``turns`` gives them; role words -> "role:..."."""
    named = {word: f"role:{role}" for word, role in ROLES.items()}
    for speaker in geneva.turns["speaker"].unique():
        words = speaker.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and "journalist" not in speaker:
            named[speaker] = speaker
            named[words[-1]] = speaker
    return named


def test_the_convention_finds_quotations_and_their_speakers() -> None:
    fake = {"Putin": "Vladimir Putin", "Chance": "Matthew Chance", "journalist": "role:journalist"}
    examples = [
        Passage(
            "x",
            "1",
            'Chance asked "was it hostile". Then "who is the killer?" Putin: “Who is responsible?” and "Listen,"',
        ),
        Passage("x", "2", 'Putin says Chance "was hostile" and, "in passing", nothing.'),
        Passage("x", "3", 'The journalist repeats "part of the question". One "word".'),
    ]
    got = [(q.words, q.speaker) for q in quotations(examples, fake)]
    assert got == [
        ("was it hostile", "Matthew Chance"),
        ("who is the killer?", None),  # a new sentence: no name before it
        ("Who is responsible?", "Vladimir Putin"),
        ("was hostile", "Matthew Chance"),  # the last name before the quotation
        ("in passing", "Matthew Chance"),
        ("part of the question", "role:journalist"),  # a role word; "word" is one word, not a quotation
    ]
    source = normalise(SOURCE.read_text(encoding="utf-8"))
    assert occurs("who is guilty ... who is the killer.", source)
    assert not occurs("Give them a microphone ... I will begin with a general assessment", source)  # out of order


def test_the_lessons_quote_the_source(speakers: dict[str, str]) -> None:
    source = normalise(SOURCE.read_text(encoding="utf-8"))
    found = quotations(PASSAGES, speakers)
    assert len(found) >= 10, "the scan finds the lessons' quotations"
    wrong = [f"{q.passage.where}, {q.passage.place}: {q.words!r}" for q in found if not occurs(q.words, source)]
    assert not wrong, "not in the source (a gloss goes in italics or single quotes):\n" + "\n".join(wrong)


def test_a_quotation_after_a_speakers_name_is_in_that_speakers_turns(
    geneva: kit.Corpus, speakers: dict[str, str]
) -> None:
    said = {s: normalise("\n".join(t)) for s, t in geneva.turns.groupby("speaker")["text"]}
    said |= {f"role:{r}": normalise("\n".join(t)) for r, t in geneva.turns.groupby("role")["text"]}
    found = [q for q in quotations(PASSAGES, speakers) if q.speaker]
    assert len(found) >= 4, "the lessons attribute their quotations"
    wrong = [
        f"{q.passage.where}, {q.passage.place}: {q.words!r} is not in {q.speaker}'s turns"
        + "".join(
            f" (it is {o}'s)" for o, text in said.items() if o != q.speaker and ":" not in o and occurs(q.words, text)
        )
        for q in found
        if not occurs(q.words, said[q.speaker])
    ]
    assert not wrong, "\n".join(wrong)


@pytest.fixture(scope="module")
def spoken(geneva: kit.Corpus) -> dict[str, str]:
    """Each speaker's (and each role's, as "role:...") words as spoken, normalised.

    The deduplicated turns, with the blogger's reading marks taken out (``kit.marks``,
    layer ``blog``): an aside's brackets dropped and its words kept, a slash dropped. What
    is left is the Kremlin's transcript of the speech, which a quotation must quote.
    """
    marks = kit.marks.reading_marks(geneva)
    blog = marks[marks["layer"] == "blog"]
    turns = geneva.deduplicated().turns
    texts: dict[str, list[str]] = {}
    for turn in turns.itertuples(index=False):
        text = turn.text
        for mark in blog.loc[blog["turn_id"] == turn.turn_id, "mark"]:
            text = text.replace(mark, mark[1:-1] if mark[:1] in "([" else " ")
        texts.setdefault(turn.speaker, []).append(text)
        texts.setdefault(f"role:{turn.role}", []).append(text)
    return {who: normalise("\n".join(parts)) for who, parts in texts.items()}


def test_quotations_are_the_speakers_words_without_the_bloggers_marks(
    spoken: dict[str, str], speakers: dict[str, str]
) -> None:
    """A quotation quotes the speech: no bracket or slash the blogger added, no words only the pasted copy has."""
    everyone = "\n".join(text for who, text in spoken.items() if not who.startswith("role:"))
    found = quotations(PASSAGES, speakers)
    wrong = [
        f"{q.passage.where}, {q.passage.place}: {q.words!r} is not in {q.speaker or 'any speaker'}'s words as spoken"
        for q in found
        if not occurs(q.words, spoken.get(q.speaker, everyone) if q.speaker else everyone)
    ]
    assert not wrong, "quote the speech without the blogger's reading marks (kit.marks):\n" + "\n".join(wrong)
    marked = Passage(
        "x", "1", 'Putin says "You see, people(, including the leaders of various organisations, )are killed".'
    )
    (example,) = quotations([marked], speakers)
    assert not occurs(example.words, spoken[example.speaker]), "the blogger's brackets are not Putin's words"


#: A claim that every speaker of the list is one person (not the question *whether* each is, or a check *that* it is).
_ONE_PERSON = re.compile(
    r"(?<!whether )(?<!that )\b(?:each|every|all)(?: of the)? speakers? (?:is|are) (?:one|a single|the same) person",
    re.I,
)


def test_no_lesson_says_each_speaker_is_one_person_where_a_placeholder_stands_for_several(geneva: kit.Corpus) -> None:
    """An unnamed speaker (``Unnamed journalist``) who asks in several exchanges may be several people."""
    from kit.parsing.records import UNNAMED_AUDIENCE, UNNAMED_JOURNALIST, UNNAMED_SPEAKER

    asking = geneva.deduplicated().exchanges.groupby("questioner")["exchange_id"].nunique()
    several = [name for name in (UNNAMED_JOURNALIST, UNNAMED_AUDIENCE, UNNAMED_SPEAKER) if asking.get(name, 0) > 1]
    assert several == [UNNAMED_JOURNALIST], "the Geneva file has two questions from journalists who gave no name"
    claims = [f"{p.where}, {p.place}" for p in PASSAGES if _ONE_PERSON.search(p.text)]
    assert not claims, f"{', '.join(several)} may be several people; these passages say each speaker is one: {claims}"
    audit = next(p.text for p in PASSAGES if p.place == "05-audit model")
    assert all(name in audit for name in several), "the audit's model answer names the placeholder"
    assert _ONE_PERSON.search("The kit found seven speakers. Each speaker is one person: ...")
    assert not _ONE_PERSON.search("Say whether each speaker is one person, and check that each speaker is one person.")


def test_the_device_tables_examples_are_words_the_detector_flags_in_this_source(geneva: kit.Corpus) -> None:
    """Each example in notebook 02's table of devices (*Article 9*, *10 inquiries*) is in a sentence flagged for it."""
    cells = json.loads((ROOT / "notebooks" / "02-rhetoric.ipynb").read_text(encoding="utf-8"))["cells"]
    table = next("".join(c["source"]) for c in cells if "| device | examples |" in "".join(c["source"]))
    flags = rhetoric.flag_devices(geneva.deduplicated().sentences)
    rows = re.findall(r"^\| `(\w+)` \| (.*?) \|", table, re.M)
    assert len(rows) == len(rhetoric.DEVICES), "a row per device"
    missing = []
    for device, cell in rows:
        for example in re.split(r"[,;]", re.sub(r"\([^)]*\)", "", cell)):
            example = example.strip().strip('"')
            flagged = flags[flags[device] & flags["text"].str.contains(re.escape(example), case=False)]
            if example and flagged.empty:
                missing.append(f"{device}: {example!r}")
    assert not missing, f"examples no flagged sentence of the source holds: {missing}"


def test_the_misattributed_sentence_is_putins_and_the_lessons_say_so(
    geneva: kit.Corpus, speakers: dict[str, str]
) -> None:
    line = "part of the question remained unanswered"
    owner = geneva.turns[geneva.turns["text"].map(lambda t: line in t)]["speaker"].tolist()
    assert owner == ["Vladimir Putin"]
    quoted = [q for q in quotations(PASSAGES, speakers) if line in q.words]
    assert {q.passage.where for q in quoted} >= {"02-rhetoric", "exercises.toml", "evasion_key.csv"}
    assert all(q.speaker == "Vladimir Putin" for q in quoted)


# --- figures -------------------------------------------------------------------------------

_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty hundred thousand million twice thrice half "
    "halves double doubles doubled triple thirds quarters dozen"
).split()
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*%?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
#: Numbers that are not figures: numbering, citations, names of standards.
NUMBERING = [
    re.compile(r"^#+ (?:\d+\.|0\d ·)", re.M),  # section headings, notebook titles
    re.compile(r"^\d+\. ", re.M),  # contents lists
    re.compile(r"\b(?:[Ee]xercises?|[Ss]ections?|[Ss]essions?) \d+(?:(?:,| to| and) \d+)*\b"),
    re.compile(r"\b[Nn]otebooks? 0\d(?:(?:,| to| and) 0\d)*\b"),
    re.compile(r"\b0\d(?:(?:,| to| and) 0\d)*\b"),  # notebooks by number: (01 to 03), 05-audit
    re.compile(r"\b\d+(?: × \d+)?(?:[–-]\d+)? ?(?:min|minutes)\b"),  # time a lesson or an activity takes
    re.compile(r"(?<=\|) *\d+(?:[–-]\d+)? *(?=\|)"),  # a table cell that is a number: minutes, points, sessions
    re.compile(r"\b\d+ to \d+ words\b|\(\d+ points\)"),  # a written exercise's limits and worth
    re.compile(r"[A-Z][a-z]+(?: et al\.)?,?\s\(?(?:19|20)\d\d\)?"),  # Hyland (2005), Thomas et al. 2024
    re.compile(r"\((?:19|20)\d\d\)|\b\d+\(\d+\)"),  # a reference list: (2008), volume 16(4)
    re.compile(r"\b(?:double|triple)\s+quotes\b"),  # the marks, not figures
    re.compile(r"\bCC BY \d\.\d\b|\bUTF-8\b"),
]
_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|1[0-9])"
#: How much a reader is asked to do (*read three of the flagged sentences*, *name two topics*,
#: *write two or three sentences*): a counting word right after a verb that opens an instruction
#: (at the start of a sentence, a clause or a list item, or after *then*, *and*, *or*, *to*), or
#: a length (*in three sentences*). Such a number is the teacher's, not a figure from the data.
INSTRUCTION = re.compile(
    r"(?:^|[.!?:;(\n*•-]\s*|\b(?:then|and|or|to|please|Then|And|Or|To|Please)\s+)"
    r"(?i:read|pick|choose|name|list|give|find|write|take|try|compare|quote|select|mark|label|discuss|ask|"
    r"check|open|run|cite|sample|suggest|note|underline|highlight|copy|add|change|remove|drop|keep|show|"
    r"look\s+at|look\s+for|go\s+through|count)"
    rf"\s+(?:(?:at least|at most|up to|about|any|another|only|just|the first|the last|your)\s+)?{_COUNT}"
    rf"(?:\s+(?:or|to)\s+{_COUNT})?\b"
    rf"|\b(?i:in|within)\s+{_COUNT}(?:\s+(?:or|to)\s+{_COUNT})?\s+(?i:sentences|words|lines|paragraphs|bullet points)\b",
    re.M,
)
NUMBERING.append(INSTRUCTION)

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty"
).split()


def words(n: float) -> str:
    """A whole number up to twenty in words.

    >>> words(5), words(14)
    ('five', 'fourteen')
    """
    assert float(n).is_integer() and 0 <= n <= 20, n
    return _WORDS[int(n)]


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(int(n), f"{words(n)} times")


def multiple(n: int) -> str:
    return {2: "double", 3: "triple"}.get(int(n), f"{words(n)}-fold")


def fraction(x: float) -> str:
    """A share in words where one is near, else as a percentage.

    >>> fraction(0.667), fraction(1.0), fraction(0.18)
    ('two thirds', 'all', '18%')
    """
    names = {
        1 / 4: "a quarter",
        1 / 3: "a third",
        1 / 2: "half",
        2 / 3: "two thirds",
        3 / 4: "three quarters",
        1: "all",
    }
    for value, name in names.items():
        if abs(x - value) < 0.01:
            return name
    return f"{x:.0%}"


def clock(stamp) -> str:
    return f"{stamp:%H:%M}"


@pytest.fixture(scope="module")
def k(geneva: kit.Corpus) -> SimpleNamespace:
    """The figures the lessons give, computed from the corpus (with and without its copy) and the analyses."""
    dedup = geneva.deduplicated()
    features = rhetoric.flag_devices(dedup.sentences)
    copy = geneva.exchanges.dropna(subset=["duplicate_of"]).iloc[0]
    exchanges = dedup.exchanges.set_index("exchange_id")
    agenda = topics.agenda(dedup.sentences).set_index("topic")
    arctic = topics.tag(dedup.sentences).query("arctic")
    words_by = dedup.turns.groupby("speaker")["n_words"].sum()
    with_copy = geneva.turns.groupby("speaker")["n_words"].sum()
    killer = kit.kwic(dedup.sentences.query("speaker == 'Vladimir Putin'"), "killer")
    by_start = geneva.documents.sort_values("start")
    cnn = int(dedup.exchanges.query("affiliation == 'CNN'")["exchange_id"].iloc[0])
    asked = rhetoric.subquestions(geneva.sentences, geneva.exchanges).query(f"exchange_id == {cnn}")
    key = rhetoric.load_evasion_key().query(f"exchange_id == {cnn}")

    def accusations(frame) -> int:
        """Counter-accusations in Putin's answers."""
        return int(frame.query("speaker == 'Vladimir Putin' and turn_kind == 'answer'")["counter_accusation"].sum())

    pairs = duplicates.similarities(geneva.turns).query("a < b")
    copies = set(zip(geneva.turns["duplicate_of"], geneva.turns["turn_id"], strict=True))
    is_copy = [(a, b) in copies for a, b in zip(pairs["a"], pairs["b"], strict=True)]
    return SimpleNamespace(
        corpus=geneva,
        dedup=dedup,
        copy=copy,
        exchanges=exchanges,
        agenda=agenda,
        exercises=exercises.load_tasks(),
        documents=len(geneva.documents),
        copies=1 + int(geneva.exchanges["duplicate_of"].notna().sum()),
        first=by_start.iloc[0],
        last=by_start.iloc[-1],
        conference=geneva.documents.iloc[0],
        putin=int(words_by["Vladimir Putin"]),
        everyone=int(words_by.sum()),
        share=words_by["Vladimir Putin"] / words_by.sum(),
        share_with_copy=with_copy["Vladimir Putin"] / with_copy.sum(),
        putin_growth=with_copy["Vladimir Putin"] / words_by["Vladimir Putin"] - 1,
        zarubin_times=with_copy["Pavel Zarubin"] / words_by["Pavel Zarubin"],
        accusations=(accusations(rhetoric.flag_devices(geneva.sentences)), accusations(features)),
        rhetorical=int(features.query("speaker == 'Vladimir Putin'")["question_in_answer"].sum()),
        killer=killer,
        killer_lines=sorted(set(killer["line"])),
        between_killers=_between(dedup.sentences, killer),
        words_total=int(dedup.sentences["n_words"].sum()),
        distinct_turns=float(pairs.loc[[not c for c in is_copy], "similarity"].max()),
        copy_score=float(pairs.loc[is_copy, "similarity"].min()),
        distinct_exchanges=float(duplicates.similarities(dedup.exchanges).query("a < b")["similarity"].max()),
        vgtrk=int(dedup.exchanges.query("affiliation == 'VGTRK'")["exchange_id"].iloc[0]),
        cnn=cnn,
        longest=int(dedup.exchanges.sort_values("answer_words")["exchange_id"].iloc[-1]),
        longest_turn=int(dedup.turns.sort_values("n_words")["turn_id"].iloc[-1]),
        unnamed=int(dedup.exchanges["affiliation"].isna().sum()),
        flagged_share=float(rhetoric.sample(features, "hedge", n=5)["flagged"].mean()),
        announced=int(agenda["announced"].sum()),
        vanishing=int((agenda["announced"] & (agenda["asked"] + agenda["answered"] <= 1)).sum()),
        trade=agenda.loc["trade_economy"],
        regional=int(agenda.loc["regional_conflicts", ["asked", "answered"]].sum()),
        arctic_announced=int(arctic.query("turn_kind == 'statement'")["line"].min()),
        arctic_asked=int(agenda.loc["arctic", "first_line"]),
        arctic_answered=int(arctic.query("turn_kind == 'answer'")["line"].min()),
        arctic_question_starts=int(
            exchanges.loc[int(arctic.query("role == 'journalist'")["exchange_id"].iloc[0]), "first_line"]
        ),
        not_replied=tuple(key.query("code == 'clear non-reply'")["number"]),
        asked_again=asked[asked["line"] > asked["line"].min()],
        bench=_benchmark_turns(),
        rt=int(dedup.exchanges.query("affiliation == 'RT'")["exchange_id"].iloc[0]),
        chance_question=int(
            geneva.turns.query("speaker == 'Matthew Chance' and kind == 'question'")["turn_id"].iloc[0]
        ),
        chance_follow_up=int(  # his Remark: turn asks again, so its kind is follow_up
            geneva.turns.query("speaker == 'Matthew Chance' and kind == 'follow_up'")["first_line"].iloc[0]
        ),
        speakers=int(geneva.turns["speaker"].nunique()),
        blog_title_line=int(geneva.lines.query("kind == 'blog_header'")["line"].min()),
        unnamed_exchanges=tuple(
            int(e) for e in dedup.exchanges.query("questioner == 'Unnamed journalist'")["exchange_id"]
        ),
    )


def _between(sentences, found) -> int:
    """How many sentences of a turn lie between the first and the last sentence a KWIC search found."""
    turn = sentences[sentences["turn_id"].isin(found["turn_id"])].reset_index(drop=True)
    at = turn.index[turn["text"].isin(found["text"])]
    return int(at.max() - at.min() - 1)


def _benchmark_turns() -> int:
    """How many turns benchmarks/bench_duplicates.py searches (its TURNS constant)."""
    tree = ast.parse((ROOT / "benchmarks" / "bench_duplicates.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [
                n.id
                for t in node.targets
                for n in (t.elts if isinstance(t, ast.Tuple) else [t])
                if isinstance(n, ast.Name)
            ]
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            if "TURNS" in names:
                return ast.literal_eval(values[names.index("TURNS")])
    raise AssertionError("benchmarks/bench_duplicates.py has no TURNS")


def _n_pairs(n: int) -> int:
    return n * (n - 1) // 2


def _date(stamp) -> str:
    return f"{stamp.day} {stamp:%B %Y}"


#: (file, phrase with {} for each figure, the figures as the kit computes them).
FIGURES: list[tuple[str, str, Callable[[SimpleNamespace], object]]] = [
    # 00-start-here
    ("00-start-here", "in Geneva on {}", lambda k: _date(k.conference["start"])),
    ("00-start-here", "Korean title on line {}", lambda k: int(k.corpus.lines.query("kind == 'blog_header'")["line"].min())),
    ("00-start-here", "{} documents", lambda k: words(k.documents)),
    ("00-start-here", "one exchange appears {}, because the blogger pasted it {}", lambda k: (times(k.copies),) * 2),
    ("00-start-here", "{} copies side by side", lambda k: words(k.copies)),
    # 01-reading-a-transcript
    ("01-reading-a-transcript", "{} documents", lambda k: words(k.documents)),
    ("01-reading-a-transcript", "Exchange {} is marked as a copy of exchange {}",
     lambda k: (int(k.copy["exchange_id"]), int(k.copy["duplicate_of"]))),
    ("01-reading-a-transcript", "the VGTRK question and answer {}", lambda k: times(k.copies)),
    ("01-reading-a-transcript", "give that exchange {} weight", lambda k: multiple(k.copies)),
    ("01-reading-a-transcript", "the talks with Biden ({}) came before it", lambda k: clock(k.first["start"])),
    ("01-reading-a-transcript", "is dated last ({})", lambda k: clock(k.last["start"])),
    # 02-rhetoric
    ("02-rhetoric", "contains the VGTRK exchange {} (notebook 04). Counting it {} would {} every device",
     lambda k: (times(k.copies), times(k.copies), multiple(k.copies))),
    ("02-rhetoric", "one word, {}", lambda k: times(len(k.killer))),
    ("02-rhetoric", "short (about {:,} words)", lambda k: round(k.words_total, -3)),
    ("02-rhetoric", "the VGTRK question (exchange {})", lambda k: k.vgtrk),
    ("02-rhetoric", "{} the sample was flagged by the detector, {} was not", lambda k: (fraction(k.flagged_share),) * 2),
    ("01-reading-a-transcript", "pasted {} documents out of order and one exchange {}", lambda k: (words(k.documents), times(k.copies))),
    # 03-topic-coverage
    ("03-topic-coverage", "{} topics: strategic stability", lambda k: words(k.announced)),
    ("03-topic-coverage", "{} announced topics nearly vanish", lambda k: words(k.vanishing)),
    ("03-topic-coverage", "trade ({} sentence of an answer, {} in the questions)",
     lambda k: (words(k.trade["answered"]), words(k.trade["asked"]) if k.trade["asked"] else "none")),
    ("03-topic-coverage", '"regional conflicts" ({} sentence at all)', lambda k: "no" if k.regional == 0 else words(k.regional)),
    ("03-topic-coverage", "the RT exchange (exchange {})", lambda k: k.rt),
    # 04-duplicated-exchange
    ("04-duplicated-exchange", "holds one exchange {}", lambda k: times(k.copies)),
    ("04-duplicated-exchange", "the file just has it {}", lambda k: times(k.copies)),
    ("04-duplicated-exchange", "{} copies", lambda k: words(k.copies)),
    ("04-duplicated-exchange", "{} rows should look suspicious", lambda k: words(k.copies)),
    ("04-duplicated-exchange", "everything else is near {}", lambda k: f"{round(k.distinct_exchanges, 1):g}"),
    ("04-duplicated-exchange", "fine for {} turns ({} pairs)", lambda k: (len(k.corpus.turns), _n_pairs(len(k.corpus.turns)))),
    ("04-duplicated-exchange", "not for {:,} ({:g} million pairs)", lambda k: (k.bench, round(_n_pairs(k.bench) / 1e6, -2))),
    ("04-duplicated-exchange", "On {:,} turns it takes seconds", lambda k: k.bench),
    ("04-duplicated-exchange", "distinct turns ({:.2f} here)", lambda k: k.distinct_turns),
    ("04-duplicated-exchange", "the repeated answer is {} words long", lambda k: int(k.copy["answer_words"])),
    ("04-duplicated-exchange", "adds {:.0%} to Putin's words, {} Pavel Zarubin's, and inflates the counter-accusations by {},",
     lambda k: (k.putin_growth, {2: "doubles", 3: "triples"}.get(k.zarubin_times, "inflates"),
                fraction(k.accusations[0] / k.accusations[1] - 1))),
    ("04-duplicated-exchange", "would report {} sentences of *what about you* in Putin's answers, not {}.", lambda k: k.accusations),
    # exercises.toml
    ("exercises.toml", "(document {}) began at {}, before the news conference ({})",
     lambda k: (int(k.first["doc_id"]), clock(k.first["start"]), clock(k.conference["start"]))),
    ("exercises.toml", "Document {} comes first in the file", lambda k: int(k.corpus.documents["doc_id"].iloc[0])),
    ("exercises.toml", "all {} documents", lambda k: words(k.documents)),
    ("exercises.toml", "About {} words in five are Putin's: {:,} of {:,}", lambda k: (words(round(5 * k.share)), k.putin, k.everyone)),
    ("exercises.toml", "If you rounded to {}, give three decimals: the copy moves the share by {} thousandths",
     lambda k: (round(k.share_with_copy, 2), words(round(1000 * (k.share_with_copy - k.share))))),
    ("exercises.toml", "the news conference alone (document {})", lambda k: int(k.conference["doc_id"])),
    ("exercises.toml", "Exchange {}, Matthew Chance's (CNN) multi-part question, drew {:,} words: {} than the other {} answers",
     lambda k: (k.longest, int(k.exchanges.loc[k.longest, "answer_words"]),
                "more" if k.exchanges.loc[k.longest, "answer_words"] > k.exchanges["answer_words"].sum() / 2 else "fewer",
                words(len(k.exchanges) - 1))),
    ("exercises.toml", "{} is the turn_id of the longest answer turn", lambda k: k.longest_turn),
    ("exercises.toml", "the first {} questioners do not name an outlet", lambda k: words(k.unnamed)),
    ("exercises.toml", "Putin says it {}, at the start and at the end of one paragraph (line {} of this copy), with {} sentences between them",
     lambda k: (times(len(k.killer)), "/".join(map(str, k.killer_lines)), words(k.between_killers))),
    ("exercises.toml", "Read the whole paragraph on line {}", lambda k: "/".join(map(str, k.killer_lines))),
    ("exercises.toml", "{}: a question asked and answered", lambda k: words(k.rhetorical).capitalize()),
    ("exercises.toml", "the CNN exchange (exchange {})", lambda k: k.cnn),
    ("exercises.toml", "in the VGTRK exchange (exchange {})", lambda k: k.vgtrk),
    ("exercises.toml", "Sub-questions {} and {} are the first asking", lambda k: k.not_replied),
    ("exercises.toml", "after Chance's follow-up, answers {} and {}", lambda k: tuple(k.asked_again["number"])),
    ("exercises.toml", "{} sentence in all the answers, and {} question",
     lambda k: (words(k.trade["answered"]).capitalize(), "no" if k.trade["asked"] == 0 else words(k.trade["asked"]))),
    ("exercises.toml", "Line {}, in the last question", lambda k: k.arctic_asked),
    ("exercises.toml", "announced in the opening statement (line {})", lambda k: k.arctic_announced),
    ("exercises.toml", "Line {} is the opening statement", lambda k: k.arctic_announced),
    ("exercises.toml", "Line {} is Putin's answer", lambda k: k.arctic_answered),
    ("exercises.toml", "Line {} is where the question begins", lambda k: k.arctic_question_starts),
    ("exercises.toml", "Exchange {} repeats exchange {}: same questioner (Pavel Zarubin)",
     lambda k: (int(k.copy["exchange_id"]), int(k.copy["duplicate_of"]))),
    ("exercises.toml", "Exchange {} is the original", lambda k: int(k.copy["duplicate_of"])),
    ("exercises.toml", "{} equal rows", lambda k: words(k.copies)),
    ("exercises.toml", "flags the {} VGTRK copies", lambda k: words(k.copies)),
    ("exercises.toml", "Distinct pairs of exchanges reach about {:.2f} here, distinct turns about {:.2f}; the copies score {:.1f}",
     lambda k: (k.distinct_exchanges, k.distinct_turns, k.copy_score)),
    ("exercises.toml", "near the distinct pairs ({:.2f})", lambda k: k.distinct_turns),
    ("exercises.toml", "Anything from {:g} to {:g} separates them", lambda k: tuple(k.exercises["04-threshold"]["answer"])),
    ("exercises.toml", "The kit uses {:g}: far above distinct turns on one topic ({:.2f})",
     lambda k: (kit.similarity.THRESHOLD, k.distinct_turns)),
    ("exercises.toml", "write {:g}, not {:g}", lambda k: (kit.similarity.THRESHOLD, 100 * kit.similarity.THRESHOLD)),
    ("exercises.toml", "{} words, the whole repeated answer: it adds {:.0%} to his {:,} words",
     lambda k: (int(k.copy["answer_words"]), k.copy["answer_words"] / k.putin, k.putin)),
    ("exercises.toml", "speaks about {} words in five of this news conference", lambda k: words(round(5 * k.share))),
    ("exercises.toml", "Vladimir Putin speaks {:,} of the {:,} words in the file", lambda k: (k.putin, k.everyone)),
    ("exercises.toml", "Matthew Chance's question (turn {})", lambda k: k.chance_question),
    ("exercises.toml", "the answer in exchange {})", lambda k: k.vgtrk),
    ("exercises.toml", "for exchange {} and the topics the answer brings in", lambda k: k.vgtrk),
    ("exercises.toml", "(line {} of this copy), then drones", lambda k: "/".join(map(str, k.killer_lines))),
    ("exercises.toml", "Putin announced {} topics", lambda k: words(k.announced)),
    ("exercises.toml", "news conference in Geneva on {} (President", lambda k: _date(k.conference["start"])),
    ("exercises.toml", "Zarubin's question and Putin's answer, {}.", lambda k: times(k.copies)),
    ("exercises.toml", "The threshold was {:g}: the {} copies score {:.1f} and the most similar distinct turns {:.2f}",
     lambda k: (kit.similarity.THRESHOLD, words(k.copies), k.copy_score, k.distinct_turns)),
    ("exercises.toml", "The {} copies have the same words", lambda k: words(k.copies)),
    ("exercises.toml", "it gives {} sentences of counter-accusation in Putin's answers; removed, {}.", lambda k: k.accusations),
    ("exercises.toml", "The kit found {} documents, {} turns and {} speakers", lambda k: (words(k.documents), len(k.corpus.turns), words(k.speakers))),
    ("exercises.toml", "Line {}, the blog's Korean title", lambda k: k.blog_title_line),
    ("exercises.toml", "and {} speakers: {} names, not {} people", lambda k: (words(k.speakers),) * 3),
    ("exercises.toml", "whoever asked exchanges {} and {} without introducing themselves, who may be {} journalists",
     lambda k: (*k.unnamed_exchanges, words(len(k.unnamed_exchanges)))),
    # the course documents
    ("GLOSSARY.md", "asks again is labelled (line {} of this copy)", lambda k: k.chance_follow_up),
    ("LESSON_PLAN.md", "the {} copies side by side", lambda k: words(k.copies)),
    ("RUBRIC.md", "{:.0%} of the words", lambda k: k.share),
    # evasion_key.csv
    ("evasion_key.csv", "Chance asks again (sub-question {})",
     lambda k: int(k.asked_again.query("question.str.contains('Ukraine')")["number"].iloc[0])),
]  # fmt: skip

#: Numbers in the narrative that are the source's own words: (file, the words, who says them).
#: Checked in that speaker's turns as spoken (duplicates out, the blogger's marks out).
SOURCE_WORDS = [
    ("02-rhetoric", "Article 9", "Vladimir Putin"),
    ("02-rhetoric", "10 inquiries", "Vladimir Putin"),
    ("02-rhetoric", "45", "Vladimir Putin"),
    ("02-rhetoric", "5 million", "Vladimir Putin"),
]

#: Numbers in the narrative that are not figures from the data, and why.
NOT_FIGURES = [
    (
        "00-start-here",
        "edited twice, once by the Kremlin and once by the blogger",
        "the two layers data/README.md describes",
    ),
    ("00-start-here", "three cells to a notebook", "instructions: show, solution, check"),
    ("00-start-here", "double quotes", "the quotation mark"),
    ("01-reading-a-transcript", "numbered from 1", "how kit numbers lines"),
    ("01-reading-a-transcript", "Two kinds of text in the file", "the plan of the section that follows"),
    ("02-rhetoric", "above 1.96", "the 5% critical value of the normal distribution, a constant"),
    ("02-rhetoric", "words clear 1.96", "the same constant"),
    ("04-duplicated-exchange", "similarity of two texts", "the definition of a similarity"),
    ("04-duplicated-exchange", "word 3-grams", "the definition of the measure (kit/similarity/)"),
    ("04-duplicated-exchange", "three-word sequences", "the same definition"),
    (
        "04-duplicated-exchange",
        "1.0 means the same words in the same order, 0 means no three words",
        "the ends of the scale",
    ),
    ("04-duplicated-exchange", "two different answers could", "a hypothetical"),
    ("04-duplicated-exchange", "below 1.0", "the top of the scale"),
    ("04-duplicated-exchange", "the two layers", "the blogger's and the Kremlin's, as the section explains"),
    ("05-your-own-transcript", "not two spellings", "a general check"),
    (
        "01-reading-a-transcript",
        "keeps the first three rows. Here are the three longest turns",
        "what .head(3) does, and the rows it shows",
    ),
    ("03-topic-coverage", "two conditions", "the form of a query"),
    ("03-topic-coverage", "more than 100%", "the ceiling of a share"),
    ("03-topic-coverage", "tell the two apart", "the two readings the question names"),
    ("exercises.toml", "one of the three codes", "the coding scheme's codes, by definition"),
    ("exercises.toml", "double counting", "the name of a risk"),
    ("exercises.toml", "count for two topics", "a hypothetical sentence"),
    ("exercises.toml", "the later of two rows", "what duplicated() does"),
    ("exercises.toml", "word 3-grams", "the definition of the measure (kit/similarity/)"),
    ("GLOSSARY.md", "five DataFrames", "the frames the kit builds, listed after it (kit/schema.py)"),
    ("GLOSSARY.md", "seen once or twice", "an illustration of a rare word"),
    ("GLOSSARY.md", "two people", "the definition of agreement"),
    ("GLOSSARY.md", "similarity of two sets", "the definition of the measure"),
    ("GLOSSARY.md", "compares two texts", "the definition of the measure"),
    ("GLOSSARY.md", "3-grams", "the definition of the measure (kit/similarity/)"),
    ("GLOSSARY.md", "1.0 means the same word sequences, 0 none", "the ends of the scale"),
    ("GLOSSARY.md", "The Geneva file has three", "the layers the entry lists"),
    ("GLOSSARY.md", "0 means no difference", "the middle of the scale"),
    ("GLOSSARY.md", "of two sets without", "the definition of MinHash"),
    ("GLOSSARY.md", "Two sets share", "the definition of MinHash"),
    ("GLOSSARY.md", "Two measures", "precision and recall, the two the entry defines"),
    ("GLOSSARY.md", "with two conditions", "the form of a query"),
    ("GLOSSARY.md", "half-answered", "a manner of answering, not a share"),
    ("GLOSSARY.md", "above 1.96 (or below -1.96)", "the 5% critical value of the normal distribution, a constant"),
    ("GLOSSARY.md", "one time in twenty", "the same constant, in words"),
    ("LESSON_PLAN.md", "six sessions", "the length of the unit"),
    ("LESSON_PLAN.md", "six notebooks", "the lessons of the kit"),
    ("LESSON_PLAN.md", "four longer sessions", "the length of the short version of the unit"),
    ("LESSON_PLAN.md", "one to three lines", "the rule for a notebook's code cells (tests/test_notebooks.py)"),
    ("LESSON_PLAN.md", "all six written exercises", "one per lesson"),
    ("LESSON_PLAN.md", "Six sessions", "the length of the unit"),
    ("LESSON_PLAN.md", "Four sessions", "the length of the short version"),
    ("LESSON_PLAN.md", "two or three answers", "an instruction to the teacher"),
    ("LESSON_PLAN.md", "Ask three students", "an instruction to the teacher"),
    (
        "LESSON_PLAN.md",
        "checked exercises 30%, written answers 50%, the final audit of notebook 05 20%",
        "a suggested weighting",
    ),
    ("RUBRIC.md", "the two agree", "the two files named"),
    ("RUBRIC.md", "half the points, rounded down to a whole or half point", "the rule for partial credit"),
    ("RUBRIC.md", "one of two things asked", "a kind of partial answer"),
    ("RUBRIC.md", "Four habits", "the list that follows"),
    ("RUBRIC.md", "one of the two fails", "the two conditions of the criterion"),
    ("RUBRIC.md", "one of the three codes", "the coding scheme's codes, by definition"),
    ("RUBRIC.md", "one of the two", "a kind of partial answer"),
    ("RUBRIC.md", "double counting", "the name of a risk"),
    ("RUBRIC.md", "the same five answers", "advice on moderation"),
    ("exercises.toml", "between 0 and 1", "the form of an answer"),
    ("exercises.toml", "runs from 0 to 1", "the range of a similarity"),
    ("exercises.toml", "to three decimal places", "the form of an answer"),
    ("exercises.toml", "give three decimals", "the form of an answer"),
    ("exercises.toml", "at 1.0 (only exact copies)", "the top of the scale"),
    ("exercises.toml", "removes one answer, not two", "one copy against both"),
    ("exercises.toml", "scores lower than 1", "the top of the scale"),
]


def _render(template: str, value: object) -> str:
    values = value if isinstance(value, tuple) else (value,)
    return template.format(*values)


def written_as(template: str, text: str) -> re.Match | None:
    """Where the narrative has the template's words with other figures: the shortest such match."""
    parts = [re.escape(p) for p in re.split(r"\{[^}]*\}", template)]
    pattern = re.compile("(?=(" + r"(?<!\w)(\S+?(?: \S+?){0,2})".join(parts) + "))", re.I)
    found = [m for m in pattern.finditer(text)]
    if not found:
        return None
    best = min(found, key=lambda m: len(m.group(1)))
    return re.compile(r"(?<!\w)(\S+?(?: \S+?){0,2})".join(parts), re.I).match(text, best.start())


@pytest.mark.parametrize(("where", "template", "compute"), FIGURES, ids=[f"{w}: {t[:40]}" for w, t, _ in FIGURES])
def test_every_held_figure_is_what_the_kit_computes(k: SimpleNamespace, where: str, template: str, compute) -> None:
    text = normalise(text_of(where))
    expected = _render(template, compute(k))
    if normalise(expected) not in text:
        written = written_as(normalise(template), text)
        now = f"the text says {written.group(0)!r}" if written else "the phrase is not in the text at all"
        pytest.fail(
            f"{where}: the kit now gives {expected!r}; {now}. Edit the text (or this table, if the phrase moved)."
        )


def test_source_words_are_in_the_source(spoken: dict[str, str]) -> None:
    source = normalise(SOURCE.read_text(encoding="utf-8"))
    for where, phrase, speaker in SOURCE_WORDS:
        assert normalise(phrase) in normalise(text_of(where)), (where, phrase)
        assert re.search(r"(?<!\w)" + re.escape(normalise(phrase)) + r"(?!\w)", source), (where, phrase)
        said = re.search(r"(?<!\w)" + re.escape(normalise(phrase)) + r"(?!\w)", spoken[speaker])
        assert said, f"{where}: {phrase!r} is exempted as {speaker}'s words, but {speaker} does not say it"


def loose_numbers(passage: Passage, covered: list[str]) -> list[str]:
    """The numbers of a passage that are neither numbering, an instruction, quoted, nor in a ``covered`` phrase."""
    text = fold(passage.text)
    spans = [m.span() for pattern in NUMBERING for m in pattern.finditer(text)]
    spans += [m.span() for m in quoted(text)]  # the source's words, checked above
    for phrase in covered:
        spans += [m.span() for m in re.finditer(r"\s+".join(map(re.escape, phrase.split())), text, re.I)]
    return [
        f"{passage.where}, {passage.place}: {m.group(0)!r} in ...{text[max(0, m.start() - 40) : m.end() + 30]}..."
        for m in NUMBER.finditer(text)
        if not any(a <= m.start() and m.end() <= b for a, b in spans)
    ]


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        ("Then read three of the flagged sentences aloud.", []),
        ("Read two or three answers; name two topics, and pick five sentences.", []),
        ("Write your answer in two sentences.", []),
        ("- compare three of the exchanges with a neighbour", []),
        ("Putin read three statements.", ["three"]),  # a claim, not an instruction
        ("The detector flags three sentences; read them.", ["three"]),
        ("Read the two copies side by side.", ["two"]),  # *the two copies* claims there are two
    ],
)
def test_a_teachers_counting_words_in_an_instruction_are_not_figures(text: str, loose: list[str]) -> None:
    found = loose_numbers(Passage("x", "1", text), [])
    assert [line.split("'")[1] for line in found] == loose


def test_every_number_in_the_narrative_is_held_or_explained(k: SimpleNamespace) -> None:
    covered: dict[str, list[str]] = {where: [] for where in WHERE}
    for where, template, compute in FIGURES:
        covered[where].append(_render(template, compute(k)))
    for where, phrase, _speaker in SOURCE_WORDS:
        covered[where].append(phrase)
    for where, phrase, _reason in NOT_FIGURES:
        assert normalise(phrase) in normalise(text_of(where)), (
            f"{where}: {phrase!r} is listed in NOT_FIGURES but not in the text"
        )
        covered[where].append(phrase)
    loose = [line for passage in PASSAGES for line in loose_numbers(passage, covered[passage.where])]
    assert not loose, (
        "figures that no test holds (add them to FIGURES, or to NOT_FIGURES with a reason):\n" + "\n".join(loose)
    )


def test_the_figure_check_fails_when_a_figure_moves(k: SimpleNamespace) -> None:
    """A moved figure is caught: the counter-accusation count, as if one cue were added."""
    where, template, compute = next(f for f in FIGURES if "what about you" in f[1])
    with_copy, without = compute(k)
    moved = _render(template, (with_copy + 2, without + 1))
    assert normalise(moved) not in normalise(text_of(where))
    written = written_as(normalise(template), normalise(text_of(where)))
    assert written and written.groups() == (str(with_copy), str(without))


# --- the widgets the lessons rely on -------------------------------------------------------


def test_the_evasion_coder_shows_each_turn_of_the_answer_in_order_with_its_speaker(geneva: kit.Corpus) -> None:
    coder = kit.widgets.EvasionCoder(geneva, exchange=3, exercise=None)
    turns = geneva.turns[geneva.turns["exchange_id"] == 3]
    assert coder.replies["turn_id"].tolist() == turns["turn_id"].tolist()[1:]
    page = coder.replies_html
    heads = re.findall(r"<h4>(.*?) <small>turn (\d+)</small></h4>", page)
    assert [(name.split(",")[0], int(turn)) for name, turn in heads] == [
        ("Vladimir Putin", 7),
        ("Matthew Chance", 8),
        ("Vladimir Putin", 9),
    ]
    remark = page.index("for coming back to me")
    assert (
        page.index("Give them a microphone")
        < page.index("<h4>Matthew Chance")
        < remark
        < page.index("I did not hear that part")
    )
    assert page in coder.ui.children[1].value  # after the page style
