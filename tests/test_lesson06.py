"""Lesson 06, two sides of one summit: its quotations, figures, keys and marks, against both transcripts.

The lesson reads three texts in ``data/``: the Geneva file (Putin's news conference is
document 1), the White House's transcript of Biden's news conference (document 4) and the
joint statement (document 5, no speaker). Its narrative (notebook 06 and the ``06-``
exercises) follows the conventions of ``tests/test_lessons.py``, checked here against all
three texts: a quotation occurs in one of them and, after a speaker's name, in that
speaker's turns in either transcript (Biden is ``President Biden`` at the White House and
``Joseph Biden`` in the Kremlin's record of the talks: one person); every number is held
in ``FIGURES`` (computed with the kit), is the source's own words, or is listed in
``NOT_FIGURES`` with a reason.

The cue list and the topic dictionary mark what fits one transcript only
(``rhetoric_cues.csv``'s ``fits``; ``topics.toml``'s ``putin_only``, ``biden_only`` and
``in_neither``): the marks are recomputed here from what each cue and phrase finds.
"""

from __future__ import annotations

import re
import tomllib
from types import SimpleNamespace

import pytest

import kit
from kit import exercises, rhetoric, topics
from kit._data import GENEVA, data_path
from kit.classroom.exercises import check
from tests.test_lessons import (
    NUMBER,
    NUMBERING,
    ROLES,
    Passage,
    _render,
    fold,
    normalise,
    occurs,
    passages,
    quotations,
    quoted,
    words,
    written_as,
)

BIDEN = "whitehouse_2021-06-16_biden_geneva_press_conference.txt"
STATEMENT = "whitehouse_2021-06-16_us_russia_joint_statement_strategic_stability.txt"
NOTEBOOK = "06-two-sides-of-one-summit"
#: One person, two labels: the White House's and the Kremlin's.
SAME_PERSON = {"President Biden": "Joseph Biden"}

LESSON = [p for p in passages() if p.where == NOTEBOOK or p.place.startswith("06-")]


def text_of(where: str) -> str:
    return "\n\n".join(p.text for p in LESSON if p.where == where)


@pytest.fixture(scope="module")
def summit() -> kit.Corpus:
    """The three texts as the notebook reads them: the files of 16 June 2021 in data/, sorted."""
    return kit.read_corpus(str(data_path() / "*2021-06-16*.txt"))


def test_the_notebook_reads_exactly_the_three_texts_in_the_order_it_names(summit: kit.Corpus) -> None:
    assert [s.rsplit("/", 1)[-1] for s in summit.documents["source"].unique()] == [GENEVA, BIDEN, STATEMENT]
    documents = summit.documents.set_index("doc_id")
    assert documents.loc[1, "event"] == documents.loc[4, "event"] == "news_conference"
    assert "Biden" in documents.loc[4, "title"] and documents.loc[5, "n_turns"] == 0
    assert not len(summit.errors)


def test_the_white_house_text_is_the_one_the_corpus_notes_describe() -> None:
    """29 turns of THE PRESIDENT and 34 Q turns (the shared corpus's SOURCES.md), byte for byte its file."""
    biden = kit.read_transcript(data_path(BIDEN))
    assert biden.turns["speaker_label"].value_counts().to_dict() == {"Q": 34, "THE PRESIDENT": 29}
    shared = data_path().parent.parent / "shared" / "corpus" / BIDEN
    if shared.exists():
        assert shared.read_bytes() == data_path(BIDEN).read_bytes()


# --- quotations ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def people(summit: kit.Corpus) -> tuple[dict[str, str], dict[str, str]]:
    """Names in the narrative -> a person; each person (and role) -> everything they said in either transcript."""
    turns = summit.turns.assign(person=summit.turns["speaker"].replace(SAME_PERSON))
    named = {word: f"role:{role}" for word, role in ROLES.items()}
    for speaker in turns["speaker"].unique():
        parts = speaker.split()
        if len(parts) >= 2 and all(w[:1].isupper() for w in parts) and "journalist" not in speaker:
            named[speaker] = SAME_PERSON.get(speaker, speaker)
            named[parts[-1]] = SAME_PERSON.get(speaker, speaker)
    said = {p: normalise("\n".join(t)) for p, t in turns.groupby("person")["text"]}
    said |= {f"role:{r}": normalise("\n".join(t)) for r, t in turns.groupby("role")["text"]}
    return named, said


def sources() -> str:
    return "\n".join(normalise(data_path(name).read_text(encoding="utf-8")) for name in (GENEVA, BIDEN, STATEMENT))


def test_the_lesson_quotes_its_sources(people) -> None:
    named, _ = people
    found = quotations(LESSON, named)
    assert len(found) >= 10, "the scan finds the lesson's quotations"
    text = sources()
    wrong = [f"{q.passage.where}, {q.passage.place}: {q.words!r}" for q in found if not occurs(q.words, text)]
    assert not wrong, "not in any of the three texts:\n" + "\n".join(wrong)


def test_a_quotation_after_a_speakers_name_is_in_that_speakers_turns_in_either_transcript(people) -> None:
    named, said = people
    found = [q for q in quotations(LESSON, named) if q.speaker]
    assert {q.speaker for q in found} >= {"Vladimir Putin", "Joseph Biden", "role:journalist"}
    wrong = [
        f"{q.passage.where}, {q.passage.place}: {q.words!r} is not in {q.speaker}'s turns"
        for q in found
        if not occurs(q.words, said[q.speaker])
    ]
    assert not wrong, "\n".join(wrong)


def test_the_joint_statements_words_are_its_own_and_no_presidents() -> None:
    statement = normalise(data_path(STATEMENT).read_text(encoding="utf-8"))
    conferences = normalise(
        data_path(GENEVA).read_text(encoding="utf-8") + data_path(BIDEN).read_text(encoding="utf-8")
    )
    line = "a nuclear war cannot be won and must never be fought"
    assert occurs(line, statement) and not occurs(line, conferences)
    assert any(line in q.words for q in quotations(LESSON, {"Putin": "Vladimir Putin"}))


# --- figures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def k(summit: kit.Corpus) -> SimpleNamespace:
    """The figures the lesson gives, computed from the three texts."""
    conferences = summit.deduplicated()
    documents = summit.documents.set_index("doc_id")
    putin_turns = conferences.turns.query("doc_id == 1")
    biden_turns = conferences.turns.query("doc_id == 4")
    putin_side = conferences.sentences.query("doc_id == 1")
    biden_side = conferences.sentences.query("doc_id == 4")
    biden_words = biden_turns.groupby("speaker")["n_words"].sum()
    putin_words = putin_turns.groupby("speaker")["n_words"].sum()
    asked_putin = topics.agenda(putin_side).query("asked > 0")["topic"]
    tagged = topics.tag(biden_side)
    record = tagged.query("us_record and role == 'journalist'")
    flags = rhetoric.flag_devices(biden_side).query("speaker == 'President Biden' and counter_accusation")
    exchanges = conferences.exchanges

    def line(frame, term: str, speaker: str) -> int:
        rows = kit.kwic(frame.query(f"speaker == '{speaker}'"), term)
        assert len(rows) == 1, (term, rows)
        return int(rows["line"].iloc[0])

    navalny = exchanges[exchanges["question"].str.contains("Did you discuss the matter of Navalny|Navalny dies")]
    return SimpleNamespace(
        documents=documents,
        putin_doc=int(documents.index[documents["title"].str.startswith("News conference")][0]),
        biden_doc=int(documents.index[documents["title"].str.contains("President Biden")][0]),
        statement_doc=int(documents.index[documents["n_turns"] == 0][0]),
        putin_start=documents.loc[1, "start"],
        biden_start=documents.loc[4, "start"],
        biden_words=biden_words,
        putin_share=putin_words["Vladimir Putin"] / putin_words.sum(),
        biden_share=biden_words["President Biden"] / biden_words.sum(),
        biden_turn_share=(biden_turns["speaker"] == "President Biden").mean(),
        questions={d: int((t["kind"] == "question").sum()) for d, t in ((1, putin_turns), (4, biden_turns))},
        follow_ups=int((putin_turns["kind"] == "follow_up").sum()),
        navalny={
            "biden": len(kit.kwic(biden_side.query("speaker == 'President Biden'"), "Navalny")),
            "putin": len(kit.kwic(putin_side.query("speaker == 'Vladimir Putin'"), "Navalny")),
            "biden_conference": len(kit.kwic(biden_side, "Navalny")),
            "both": len(kit.kwic(conferences.sentences.query("doc_id in [1, 4]"), "Navalny")),
        },
        navalny_exchanges=navalny.groupby("doc_id")["exchange_id"].first().to_dict(),
        navalny_question_lines=navalny.groupby("doc_id")["first_line"].first().to_dict(),
        asked_only_biden=sorted(set(topics.agenda(biden_side).query("asked > 0")["topic"]) - set(asked_putin)),
        asked_only_putin=sorted(set(asked_putin) - set(topics.agenda(biden_side).query("asked > 0")["topic"])),
        record_questions=len(record),
        record_afghanistan=int(record["text"].str.contains("Afghanistan").sum()),
        biden_flags=len(flags),
        biden_flags_afghanistan=int(flags["text"].str.contains("Afghanistan").sum()),
        biden_flags_and_you=int(flags["cues"].str.contains("and you", case=False).sum()),
        biden_flags_all=int(rhetoric.flag_devices(biden_side)["counter_accusation"].sum()),
        putin_flags=int(
            rhetoric.flag_devices(putin_side).query("speaker == 'Vladimir Putin' and counter_accusation").shape[0]
        ),
        lines={
            "putin_human_rights": line(putin_side, "touched upon the matter of human rights", "Vladimir Putin"),
            "guantanamo": line(putin_side, "Guantanamo is still open", "Vladimir Putin"),
            "biden_devastating": line(biden_side, "devastating for Russia", "President Biden"),
            "zarubin": line(putin_side, "Did you discuss the matter of Navalny", "Pavel Zarubin"),
            "biden_asked": line(biden_side, "Navalny dies", "Unnamed journalist"),
        },
    )


#: (where, phrase with {} for the figure, the computation that gives it)
FIGURES = [
    # notebook 06
    (NOTEBOOK, "Document {} is Putin's news conference, document {} Biden's, document {} the joint statement",
     lambda k: (k.putin_doc, k.biden_doc, k.statement_doc)),
    (NOTEBOOK, "{} texts of one evening", lambda k: words(len(k.documents["source"].unique())).capitalize()),
    (NOTEBOOK, "reads the {} texts together", lambda k: words(len(k.documents["source"].unique()))),
    (NOTEBOOK, "runs across the {} files", lambda k: words(len(k.documents["source"].unique()))),
    (NOTEBOOK, "the Geneva file, with its {}", lambda k: words(int((k.documents["source"].str.endswith(GENEVA)).sum()))),
    (NOTEBOOK, "Biden began at {} and Putin at {}", lambda k: (f"{k.biden_start:%H:%M}", f"{k.putin_start:%H:%M}")),
    (NOTEBOOK, "Biden's conference has {} question turns to Putin's {}", lambda k: (k.questions[4], k.questions[1])),
    (NOTEBOOK, "(and {} follow-up)", lambda k: words(k.follow_ups)),
    (NOTEBOOK, "Exchange {} is Zarubin's question and Putin's answer; exchange {} is the question to Biden",
     lambda k: (k.navalny_exchanges[1], k.navalny_exchanges[4])),
    # exercises.toml, lesson 06
    ("exercises.toml", "Biden's news conference (document {})", lambda k: k.biden_doc),
    ("exercises.toml", "{:,} of the {:,} words, about {} in five", lambda k: (
        int(k.biden_words["President Biden"]), int(k.biden_words.sum()), words(round(5 * k.biden_share)))),
    ("exercises.toml", "his own news conference ({:.3f})", lambda k: k.putin_share),
    ("exercises.toml", "Biden took {} question turns, Putin {}", lambda k: (k.questions[4], k.questions[1])),
    ("exercises.toml", "{} times, in his opening statement", lambda k: words(k.navalny["biden"]).capitalize()),
    ("exercises.toml", "(section 6): {} ask about Afghanistan", lambda k: words(k.record_afghanistan)),
    ("exercises.toml", "The other {} are really about the topic", lambda k: words(k.record_questions - k.record_afghanistan)),
    ("exercises.toml", "{}, and none of them accuses anyone: {} name Afghanistan", lambda k: (
        words(k.biden_flags).capitalize(), words(k.biden_flags_afghanistan))),
    ("exercises.toml", "and {} hold 'and you'", lambda k: words(k.biden_flags_and_you)),
    ("exercises.toml", "in what manner (line {})", lambda k: k.lines["zarubin"]),
    ("exercises.toml", "in the Russian Federation\" (line {})", lambda k: k.lines["putin_human_rights"]),
    ("exercises.toml", "still open\" (line {})", lambda k: k.lines["guantanamo"]),
    ("exercises.toml", "if Navalny died (line {})", lambda k: k.lines["biden_asked"]),
    ("exercises.toml", "devastating for Russia\" (line {})", lambda k: k.lines["biden_devastating"]),
    ("exercises.toml", "Biden says the name {} times", lambda k: words(k.navalny["biden"])),
]  # fmt: skip

#: Numbers that are the sources' own words (found in one of the three texts).
SOURCE_WORDS = [
    (NOTEBOOK, "COVID-19"),
    ("exercises.toml", "January 6th"),
]

#: Numbers in the narrative that are not figures from the data, and why.
NOT_FIGURES = [
    (NOTEBOOK, "Two sides of one summit", "the lesson's title: Russia's and the United States'"),
    (NOTEBOOK, "the two sides published", "Russia and the United States"),
    (NOTEBOOK, "how two speakers answered", "the two presidents"),
    (NOTEBOOK, "Two layouts", "the Kremlin's and the White House's, as the section shows"),
    (NOTEBOOK, "question, two answers", "the two presidents' answers"),
    (NOTEBOOK, "the two news conferences", "the two the lesson compares"),
    (NOTEBOOK, "the two conferences", "the two the lesson compares"),
    (NOTEBOOK, "the two exchanges", "the two the section names"),
    (NOTEBOOK, "counts him twice", "one person under each of his labels"),
    (NOTEBOOK, "two answers compared", "the two presidents' answers"),
    (NOTEBOOK, "compare two speakers", "a general question"),
    ("exercises.toml", "asked > 0", "a condition in code: topics asked at all"),
    ("exercises.toml", "question, two answers", "the two presidents' answers"),
    ("exercises.toml", "puts the two answers", "the two presidents' answers"),
    ("exercises.toml", "how the two presidents", "the two presidents"),
    ("exercises.toml", "hides two different conferences", "Putin's and Biden's"),
    ("exercises.toml", "between 0 and 1", "the form of an answer"),
    ("exercises.toml", "to three decimal places", "the form of an answer"),
]


def test_every_held_figure_is_what_the_kit_computes(k: SimpleNamespace) -> None:
    wrong = []
    for where, template, compute in FIGURES:
        expected = _render(template, compute(k))
        text = normalise(text_of(where))
        if normalise(expected) not in text:
            written = written_as(normalise(template), text)
            wrong.append(
                f"{where}: the kit gives {expected!r}; the text says {written.group(0) if written else None!r}"
            )
    assert not wrong, "\n".join(wrong)


def test_every_number_in_the_lessons_narrative_is_held_or_explained(k: SimpleNamespace) -> None:
    covered: dict[str, list[str]] = {NOTEBOOK: [], "exercises.toml": []}
    for where, template, compute in FIGURES:
        covered[where].append(_render(template, compute(k)))
    text = sources()
    for where, phrase in SOURCE_WORDS:
        assert normalise(phrase) in normalise(text_of(where)) and normalise(phrase) in text, (where, phrase)
        covered[where].append(phrase)
    for where, phrase, _reason in NOT_FIGURES:
        assert normalise(phrase) in normalise(text_of(where)), (where, phrase)
        covered[where].append(phrase)
    loose = []
    for passage in LESSON:
        folded = fold(passage.text)
        spans = [m.span() for pattern in NUMBERING for m in pattern.finditer(folded)]
        spans += [m.span() for m in quoted(folded)]
        for phrase in covered[passage.where]:
            spans += [m.span() for m in re.finditer(r"\s+".join(map(re.escape, phrase.split())), folded, re.I)]
        for m in NUMBER.finditer(folded):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                loose.append(
                    f"{passage.where}, {passage.place}: {m.group(0)!r} in ...{folded[max(0, m.start() - 40) : m.end() + 30]}..."
                )
    assert not loose, "figures that no test holds:\n" + "\n".join(loose)


def test_the_figure_check_fails_when_a_figure_moves(k: SimpleNamespace) -> None:
    template = "Biden's conference has {} question turns to Putin's {}"
    moved = normalise(_render(template, (k.questions[4] + 1, k.questions[1])))
    assert moved not in normalise(text_of(NOTEBOOK))


# --- the keys and the likely mistakes ------------------------------------------------------


@pytest.fixture(autouse=True)
def first_attempts():
    """Every test starts with no attempts made."""
    exercises.forget()
    yield
    exercises.forget()


def test_the_keys_agree_with_what_the_kit_computes(k: SimpleNamespace) -> None:
    computed = {
        "06-biden-share": k.biden_share,
        "06-navalny": k.navalny["biden"],
        "06-asked-biden": k.asked_only_biden,
        "06-biden-flags": k.biden_flags,
    }
    assert set(computed) == {
        e for e, x in exercises.load_tasks().items() if e.startswith("06-") and x["kind"] != "written"
    }
    for exercise, answer in computed.items():
        assert check(exercise, answer).status == "right", f"{exercise}: the key disagrees with the kit's {answer!r}"


def test_every_likely_mistake_follows_from_the_data_and_gets_its_own_message(k: SimpleNamespace) -> None:
    made = {
        ("06-biden-share", 0): k.putin_share,
        ("06-biden-share", 1): k.biden_turn_share,
        ("06-navalny", 0): k.navalny["biden_conference"],
        ("06-navalny", 1): k.navalny["putin"],
        ("06-navalny", 2): k.navalny["both"],
        ("06-asked-biden", 0): k.asked_only_putin,
        ("06-biden-flags", 0): k.biden_flags_all,
        ("06-biden-flags", 1): k.putin_flags,
    }
    table = exercises.load_tasks()
    listed = {(e, i) for e, x in table.items() if e.startswith("06-") for i in range(len(x.get("mistake", [])))}
    assert listed == set(made)
    for (exercise, i), answer in made.items():
        exercises.forget()
        mistake = table[exercise]["mistake"][i]
        result = check(exercise, answer)
        assert result.status == mistake.get("status", "wrong") and mistake["why"] in result.message, (exercise, answer)


# --- the marks in the cue list and the topic dictionary ------------------------------------


def _found(sentences, pattern) -> bool:
    return bool(sentences["text"].map(lambda t: pattern.search(t) is not None).any())


def expected_mark(in_putin: bool, in_biden: bool) -> str:
    """The mark a cue or phrase gets from what it finds: both, Putin, Biden or neither.

    >>> expected_mark(True, False), expected_mark(False, False)
    ('Putin', 'neither')
    """
    return {(True, True): "both", (True, False): "Putin", (False, True): "Biden"}.get((in_putin, in_biden), "neither")


def allowed(mark: str, in_putin: bool, in_biden: bool) -> bool:
    """A mark agrees with the matches, or (found in both) judges one side's matches false."""
    sides = {"both": {"Putin", "Biden"}, "Putin": {"Putin"}, "Biden": {"Biden"}, "neither": set()}
    return sides[mark] <= sides[expected_mark(in_putin, in_biden)]


@pytest.fixture(scope="module")
def two_sides(summit: kit.Corpus):
    """All the Geneva file's sentences (the cues were written from all three of its documents) and Biden's."""
    sentences = summit.deduplicated().sentences
    return sentences[sentences["source"].str.endswith(GENEVA)], sentences[sentences["source"].str.endswith(BIDEN)]


def test_every_cue_says_which_transcript_it_fits(two_sides) -> None:
    putin, biden = two_sides
    cues = rhetoric.load_cues()
    assert set(cues["fits"]) <= {"both", "Putin", "Biden", "neither"}
    wrong = [
        f"{row.device} {row.cue!r}: marked {row.fits}, finds {expected_mark(p, b)}"
        for row in cues.itertuples()
        if not allowed(row.fits, p := _found(putin, row.pattern), b := _found(biden, row.pattern))
    ]
    assert not wrong, "\n".join(wrong)
    accusations = cues[cues["device"] == "counter_accusation"].set_index("cue")["fits"]
    assert accusations[["Guantanamo", "CIA prisons", "Iraq", "Afghanistan"]].eq("Putin").all()


def test_every_phrase_that_fits_one_transcript_only_is_marked(two_sides) -> None:
    putin, biden = two_sides
    with open(data_path("topics.toml"), "rb") as file:
        table = tomllib.load(file)
    wrong = []
    for topic, entry in table.items():
        marks = {p: m for key, m in (("putin_only", "Putin"), ("biden_only", "Biden"), ("in_neither", "neither"))
                 for p in entry.get(key, [])}  # fmt: skip
        assert set(marks) <= set(entry["phrases"]), f"{topic}: marks a phrase it does not have"
        for phrase in entry["phrases"]:
            pattern = topics.compile_dictionary({topic: [phrase]})[topic]
            p, b = _found(putin, pattern), _found(biden, pattern)
            if not allowed(marks.get(phrase, "both"), p, b):
                wrong.append(f"{topic} {phrase!r}: marked {marks.get(phrase, 'both')}, finds {expected_mark(p, b)}")
    assert not wrong, "\n".join(wrong)
    assert "Afghanistan" in table["us_record"]["putin_only"]


def test_the_dictionary_finds_every_topic_the_summit_announced_on_both_sides(two_sides) -> None:
    """Working on both: each side's conference has sentences for the core topics of the summit."""
    putin, biden = two_sides
    for side in (putin, biden):
        tagged = topics.tag(side)
        for topic in ("strategic_stability", "cyber_security", "human_rights", "ukraine_donbass"):
            assert tagged[topic].any(), topic


def test_the_passages_of_lesson_06_are_left_to_this_file() -> None:
    from tests import test_lessons

    assert not [p for p in test_lessons.PASSAGES if p.where == NOTEBOOK or p.place.startswith("06-")]
    assert {p.where for p in LESSON} == {NOTEBOOK, "exercises.toml"}
    assert isinstance(LESSON[0], Passage)


def test_the_editor_finds_china_and_covid_on_bidens_side_only(summit: kit.Corpus) -> None:
    """Section 6: the questions about COVID-19 and China were put to Biden; none of Putin's sentences names them."""
    sentences = summit.deduplicated().sentences
    mentions = sentences[sentences["text"].str.contains(r"\b(?:China|COVID)", regex=True)]
    assert set(mentions["doc_id"]) == {4} and (mentions["role"] == "journalist").any()
    assert "none of Putin's" in text_of(NOTEBOOK)
