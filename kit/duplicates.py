"""Duplicated passages: find them, collate two copies, classify the differences, measure the effect.

An analysis module (frame -> new frame). The blog copy of the Geneva transcript holds the
VGTRK question and answer twice: once with the blogger's reading marks, once clean.

**Finding copies** (:func:`find`). Texts are normalised to their words (case folded;
punctuation, reading marks and line breaks dropped) and a pair is a copy by either of two
rules (:mod:`kit.similarity` explains both): its word 3-grams are shared with a Jaccard
similarity of ``threshold`` (0.8) or more, which forgives a changed word here and there
in a long text; or every word of the shorter text appears in the longer one in the same
order and makes up at least half of it, which catches a short turn pasted again with
an aside or reading marks inserted (each insertion breaks the 3-grams around it, a heavy
loss in 25 words). Texts with fewer than six distinct content words, not counting
stopwords and the words of greetings, thanks and address ("Thank you very much, Mr
President." has none), are never copies. Candidates come from indexes, not from comparing all
pairs: a MinHash index with locality-sensitive hashing for rule 1 (16 bands of 4 rows
catch a pair of similarity 0.8 with probability above 0.999 and one of 0.2 with
probability below 0.02) and an index of each text's rarest words for rule 2; every
candidate is then checked exactly, so the indexes never invent a pair. Shingles and
MinHash need nothing beyond numpy and can be explained on a whiteboard; rapidfuzz would
score edits well but offers no index to avoid the n² comparisons. ``duplicate_of`` is
filled when a corpus is built (:mod:`kit.frames`, ``threshold``
:data:`kit.frames.DUPLICATE_THRESHOLD`), within each source; :func:`find` compares all
the rows it is given, so it also finds an answer recycled from one press conference to
the next (``earlier_source``, ``later_source``).

**Comparing two copies** (:func:`collate`, :func:`classify`). Both texts are cut into
tokens (words, punctuation marks, line breaks) and aligned with difflib's
SequenceMatcher, in the spirit of CollateX's alignment table: one row per aligned
segment, with the verbatim text of each copy. Each difference is then labelled a reading
mark, punctuation, segmentation or wording.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from kit.frames import DUPLICATE_THRESHOLD
from kit.similarity import (
    IN_ORDER,
    JACCARD,
    MIN_CONTENT_WORDS,
    Vocabulary,
    _jaccard_sorted,
    near_duplicates,
    shingle_sets,
)
from kit.words import WORD, tokens

if TYPE_CHECKING:
    from kit.corpus import Corpus

__all__ = [
    "METHOD", "METHODS", "find", "similarities", "collate", "collate_turns", "classify", "DIFFERENCES",
    "effect", "reading_marks",
]  # fmt: skip

#: How :func:`find` found each pair, by rule, as reported in its ``method`` column.
METHODS = {
    JACCARD: "MinHash-LSH candidates, exact Jaccard of word 3-grams",
    IN_ORDER: "rarest-word index candidates, every word of the shorter text in order in the longer",
}
#: The ``method`` of a pair found by its word 3-grams (rule 1), the usual case.
METHOD = METHODS[JACCARD]
#: The labels :func:`classify` gives a difference.
DIFFERENCES = ("reading mark", "punctuation", "segmentation", "wording")

_TOKEN = re.compile(r"\n|" + WORD.pattern + r"|[^\w\s]")
_READING = {"(", ")", "/", "[", "]"}


def _texts(frame: pd.DataFrame) -> tuple[str, list, list[str], list[int]]:
    """The id column, ids, texts and first lines of a turns or exchanges frame."""
    if "question" in frame.columns and "answer" in frame.columns:
        texts = (frame["question"].fillna("") + "\n" + frame["answer"].fillna("")).tolist()
        return "exchange_id", frame["exchange_id"].tolist(), texts, frame["first_line"].tolist()
    if {"turn_id", "text", "first_line"} <= set(frame.columns):
        return "turn_id", frame["turn_id"].tolist(), frame["text"].tolist(), frame["first_line"].tolist()
    raise ValueError(
        "give a turns frame (turn_id, text, first_line) or an exchanges frame (exchange_id, question, answer, first_line)"
    )


def find(
    frame: pd.DataFrame, threshold: float = DUPLICATE_THRESHOLD, min_content: int = MIN_CONTENT_WORDS
) -> pd.DataFrame:
    """Pairs of turns (or exchanges) whose words are near copies of each other, in any source.

    A pair is a copy when its word 3-grams are shared with a Jaccard similarity of
    ``threshold`` or more, or when every word of the shorter text appears in the longer
    one in order and makes up at least half of it (an aside or reading marks inserted).
    Rows are compared whatever their source, so on a corpus of many transcripts this
    finds passages recycled from one to the next. Does not change ``frame``.

    Args:
        frame: ``corpus.turns`` or ``corpus.exchanges``, of one source or many (or any
            frame with their id, text and ``first_line`` columns; ``source`` is optional).
        threshold: the least similarity (Jaccard of word 3-grams) to count as a copy.
        min_content: texts with fewer distinct content words (neither
            :func:`kit.words.stopwords` nor :func:`kit.similarity.formula_words`) are
            never copies: "Thank you very much, Mr President." has none.

    Returns:
        A new frame, one row per later copy: ``earlier`` and ``later`` (ids; ``earlier``
        is the first copy of its group), ``similarity`` (the Jaccard of word 3-grams,
        or for a pair found by its words in order, the share of the longer text they
        make up), ``method`` (:data:`METHODS`), ``earlier_line`` and ``later_line``
        (first lines, in their sources), ``earlier_source`` and ``later_source`` (from
        the frame's ``source`` column; missing when it has none).

    >>> turns = pd.DataFrame({"turn_id": [1, 2, 3], "first_line": [4, 9, 2],
    ...     "source": ["2019.txt", "2019.txt", "2020.txt"],
    ...     "text": ["We agreed on the route: work on the bridge will begin in the spring.",
    ...              "Thank you very much, Mr President.",
    ...              "We agreed on the route (as planned) / work on the bridge will begin in the spring."]})
    >>> find(turns)[["earlier", "later", "similarity", "earlier_source", "later_source"]].values.tolist()
    [[1, 3, 0.875, '2019.txt', '2020.txt']]
    """
    column, ids, texts, lines = _texts(frame)
    sources = frame["source"].tolist() if "source" in frame.columns else [None] * len(ids)
    rows = [
        (ids[c.earlier], ids[c.later], c.similarity, METHODS[c.method], lines[c.earlier], lines[c.later],
         sources[c.earlier], sources[c.later])
        for c in near_duplicates(texts, threshold, min_content)
    ]  # fmt: skip
    columns = [
        "earlier",
        "later",
        "similarity",
        "method",
        "earlier_line",
        "later_line",
        "earlier_source",
        "later_source",
    ]
    return pd.DataFrame(rows, columns=columns).astype(
        {"earlier": "int64", "later": "int64", "similarity": "float64", "method": "str", "earlier_line": "int64",
         "later_line": "int64", "earlier_source": "str", "later_source": "str"}
    )  # fmt: skip


def similarities(frame: pd.DataFrame) -> pd.DataFrame:
    """The similarity of every pair of rows, both ways and with the diagonal (all pairs).

    The Jaccard similarity of word 3-grams (the first rule of :func:`find`), for small
    frames (a heatmap of a few dozen exchanges); it compares n² pairs, which is what
    :func:`find` avoids. Does not change ``frame``. Returns a new frame ``a, b, similarity``.

    >>> import kit
    >>> s = similarities(kit.load().exchanges)
    >>> s.query("a == 4 and b == 5")["similarity"].item(), s.query("a == 3 and b == 4")["similarity"].item() < 0.1
    (1.0, True)
    """
    column, ids, texts, _ = _texts(frame)
    vocabulary = Vocabulary()
    sets = shingle_sets([vocabulary.ids(tokens(t)) for t in texts])
    rows = []
    for i, a in enumerate(sets):
        rows.append((ids[i], ids[i], 1.0))
        for j in range(i + 1, len(sets)):
            score = round(float(_jaccard_sorted(a, sets[j])), 4)
            rows.extend(((ids[i], ids[j], score), (ids[j], ids[i], score)))
    return pd.DataFrame(rows, columns=["a", "b", "similarity"]).sort_values(["a", "b"]).reset_index(drop=True)


def _tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def collate(a: str, b: str, a_line: int = 1, b_line: int = 1) -> pd.DataFrame:
    """Align two copies token by token: one row per equal, inserted, deleted or replaced segment.

    Tokens are words, punctuation marks and line breaks; each row's ``a`` and ``b`` are
    the verbatim text of the segment in each copy (spaces between tokens included), and
    ``a_line``/``b_line`` the line it starts on (given the copies' first lines).

    >>> c = collate("killed(, including leaders, )are done / shapes", "killed, including leaders, are done shapes")
    >>> c[c["op"] != "equal"][["op", "a", "b"]].values.tolist()
    [['delete', '(', ''], ['delete', ')', ''], ['delete', '/ ', '']]
    """
    ta, tb = _tokens(a), _tokens(b)
    matcher = difflib.SequenceMatcher(None, [t.group() for t in ta], [t.group() for t in tb], autojunk=False)
    rows = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        rows.append(
            (
                op,
                _span(a, ta, i1, i2),
                _span(b, tb, j1, j2),
                a_line + a.count("\n", 0, ta[i1].start() if i1 < len(ta) else len(a)),
                b_line + b.count("\n", 0, tb[j1].start() if j1 < len(tb) else len(b)),
                i2 - i1,
                j2 - j1,
            )
        )
    return pd.DataFrame(rows, columns=["op", "a", "b", "a_line", "b_line", "a_tokens", "b_tokens"])


def _span(text: str, found: list[re.Match], start: int, stop: int) -> str:
    """The verbatim text of tokens ``start`` to ``stop``, with the space after the last one."""
    if start == stop:
        return ""
    end = found[stop].start() if stop < len(found) else len(text)
    return text[found[start].start() : end]


def collate_turns(frame: pd.DataFrame, earlier: int, later: int) -> pd.DataFrame:
    """:func:`collate` two rows of ``corpus.turns`` (by ``turn_id``) or ``corpus.exchanges``.

    >>> import kit
    >>> c = classify(collate_turns(kit.load().turns, 11, 13))
    >>> sorted(set(c["difference"].dropna()))
    ['punctuation', 'reading mark']
    """
    column, ids, texts, lines = _texts(frame)
    where = {i: k for k, i in enumerate(ids)}
    for wanted in (earlier, later):
        if wanted not in where:
            raise ValueError(f"no {column} {wanted}")
    a, b = where[earlier], where[later]
    return collate(texts[a], texts[b], int(lines[a]), int(lines[b]))


def _label(changed: list[str]) -> str:
    if any(WORD.fullmatch(t) for t in changed):
        return "wording"
    if any(t in _READING for t in changed):
        return "reading mark"
    if "\n" in changed:  # a line split or joined, with or without its punctuation
        return "segmentation"
    return "punctuation"


def classify(collation: pd.DataFrame) -> pd.DataFrame:
    """Label each difference of a :func:`collate` table.

    ``difference`` is ``reading mark`` (a bracket or a slash added or dropped),
    ``punctuation`` (commas, full stops, dashes), ``segmentation`` (a line or paragraph
    split or joined, a label on its own line) or ``wording`` (any word differs); missing
    for equal rows. Returns a new frame.

    >>> c = classify(collate("Yes, we did.\\nThank you.", "Yes we did. Thank you!"))
    >>> c[c["op"] != "equal"][["a", "b", "difference"]].values.tolist()
    [[', ', '', 'punctuation'], ['\\n', '', 'segmentation'], ['.', '!', 'punctuation']]
    """
    labels = []
    for op, a, b in collation[["op", "a", "b"]].itertuples(index=False):
        if op == "equal":
            labels.append(None)
            continue
        ta = [t.group() for t in _TOKEN.finditer(a)]
        tb = [t.group() for t in _TOKEN.finditer(b)]
        changed = list((Counter(ta) - Counter(tb)) + (Counter(tb) - Counter(ta))) or ta + tb
        labels.append(_label(changed))
    return collation.assign(difference=pd.Series(labels, index=collation.index, dtype="object"))


def _side_by_side(measure: str, full: pd.Series, dedup: pd.Series) -> pd.DataFrame:
    both = pd.concat({"with_copy": full, "without_copy": dedup}, axis=1).fillna(0)
    both.index.name = "group"
    return both.reset_index().assign(measure=measure)


def effect(corpus: Corpus, top: int = 10) -> pd.DataFrame:
    """Statistics with and without the later copies, side by side.

    Measures: ``words`` and ``turns`` per speaker, ``word count`` of the ``top`` words
    (function words left out), ``topic share`` (share of sentences mentioning each
    topic, :mod:`kit.topics`) and ``device sentences`` (sentences flagged per rhetorical
    device, :mod:`kit.rhetoric`).

    Returns a new frame: ``measure, group, with_copy, without_copy, difference``
    (with minus without) and ``relative`` (difference over the figure without the copy).

    >>> import kit
    >>> e = effect(kit.load()).set_index(["measure", "group"])
    >>> e.loc[("turns", "Pavel Zarubin"), ["with_copy", "without_copy", "difference"]].tolist()
    [2.0, 1.0, 1.0]
    """
    from kit.rhetoric import DEVICES, features
    from kit.topics import compile_dictionary, load_dictionary, tag
    from kit.words import stopwords

    dedup = corpus.deduplicated()
    stop = stopwords()

    def top_words(turns: pd.DataFrame) -> pd.Series:
        counts = Counter(w for text in turns["text"] for w in tokens(text) if w not in stop and not w.isdigit())
        return pd.Series(counts, dtype="float64")

    full_words = top_words(corpus.turns)
    chosen = full_words.sort_values(ascending=False, kind="stable").head(top).index
    topics = list(compile_dictionary(load_dictionary()))
    tagged = {name: tag(c.sentences) for name, c in (("full", corpus), ("dedup", dedup))}
    flagged = {name: features(c.sentences) for name, c in (("full", corpus), ("dedup", dedup))}
    parts = [
        _side_by_side(
            "words", corpus.turns.groupby("speaker")["n_words"].sum(), dedup.turns.groupby("speaker")["n_words"].sum()
        ),
        _side_by_side("turns", corpus.turns.groupby("speaker").size(), dedup.turns.groupby("speaker").size()),
        _side_by_side("word count", full_words[chosen], top_words(dedup.turns).reindex(chosen)),
        _side_by_side("topic share", tagged["full"][topics].mean().round(4), tagged["dedup"][topics].mean().round(4)),
        _side_by_side("device sentences", flagged["full"][list(DEVICES)].sum(), flagged["dedup"][list(DEVICES)].sum()),
    ]
    result = pd.concat(parts, ignore_index=True)[["measure", "group", "with_copy", "without_copy"]]
    result[["with_copy", "without_copy"]] = result[["with_copy", "without_copy"]].astype("float64")
    result["difference"] = (result["with_copy"] - result["without_copy"]).round(4)
    result["relative"] = (result["difference"] / result["without_copy"].where(result["without_copy"] != 0)).round(3)
    return result


_MARK = re.compile(r"\[[^\]\n]*\]|\([^()\n]*\)|(?<=\s)/(?=\s)|<(?:…|\.\.\.)>")
_STAGE = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+){0,4}\.")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,}")


def _judge(mark: str, before: str, after: str, blog_copy: bool) -> tuple[str, str, str, bool]:
    """(kind, layer, evidence, certain) for one mark found in speech."""
    if mark.startswith("["):
        return "editorial insertion", "kremlin", "square brackets: words the transcript's editors added", True
    if mark.startswith("<"):
        return "gap", "kremlin", "<…> marks a passage the editors left out", True
    if mark == "/":
        return "slash", "blog", "a slash between words is a reader's mark, not speech", True
    inner = mark[1:-1].strip()
    if before[-1:].isalnum() or after[:1].isalnum():
        return "aside", "blog", "the bracket is glued to a word: added by hand to a finished text", True
    if inner.startswith(",") or inner.endswith(","):
        return "aside", "blog", "the brackets close round a clause's own commas: added to mark it off", True
    if _STAGE.fullmatch(inner):
        return "stage note", "kremlin", "a short capitalised note such as (Laughter.): the transcriber's", True
    if _ACRONYM.fullmatch(inner):
        return "abbreviation", "speech", "an abbreviation explained in the text itself", True
    if blog_copy:
        return "aside", "blog", "no typographic sign; this file is a blog copy with certain reading marks", False
    return "aside", "speech", "no typographic sign; nothing in this file shows another hand", False


def reading_marks(corpus: Corpus) -> pd.DataFrame:
    """Brackets, slashes and label notes in the speech, each with its line and layer.

    ``layer`` says who put the mark there: ``blog`` (the blogger's reading marks),
    ``kremlin`` (the transcript's editors: ``[...]``, ``<…>``, stage notes),
    ``interpreter`` (``(retranslated)`` in a label) or ``speech`` (part of the text).
    ``evidence`` says why, and ``certain`` is false where the typography alone cannot
    tell: a plain aside in round brackets is the blog's in a file that shows the blog's
    hand elsewhere (a blog header or footer, or a certain reading mark), otherwise the text's.

    >>> import kit
    >>> marks = reading_marks(kit.load())
    >>> marks.groupby("layer").size().to_dict()
    {'blog': 6, 'interpreter': 1, 'kremlin': 1}
    """
    turns = corpus.turns
    found = []
    for turn_id, speaker, text, first_line in turns[["turn_id", "speaker", "text", "first_line"]].itertuples(
        index=False
    ):
        for match in _MARK.finditer(text):
            before, after = text[max(0, match.start() - 1) : match.start()], text[match.end() : match.end() + 1]
            line = int(first_line) + text.count("\n", 0, match.start())
            found.append((line, turn_id, speaker, match.group(), before, after))
    kinds = set(corpus.lines["kind"])
    judged = [_judge(mark, before, after, False) for _, _, _, mark, before, after in found]
    blog_copy = bool({"blog_header", "blog_footer"} & kinds) or any(j[1] == "blog" and j[3] for j in judged)
    rows = [
        (line, turn_id, speaker, mark, *_judge(mark, before, after, blog_copy))
        for line, turn_id, speaker, mark, before, after in found
    ]
    noted = turns.dropna(subset=["label_note"])
    for turn_id, speaker, note, first_line in noted[["turn_id", "speaker", "label_note", "first_line"]].itertuples(
        index=False
    ):
        evidence = "the label says the words were translated back from the interpreter's version"
        rows.append((int(first_line), turn_id, speaker, f"({note})", "label note", "interpreter", evidence, True))
    columns = ["line", "turn_id", "speaker", "mark", "kind", "layer", "evidence", "certain"]
    marks = pd.DataFrame(rows, columns=columns)
    if "source" in turns.columns:  # line numbers are per source: say which
        marks["source"] = marks["turn_id"].map(dict(zip(turns["turn_id"], turns["source"], strict=True)))
    return marks.sort_values(["turn_id", "line"], kind="stable").reset_index(drop=True)
