"""Property-based tests: on any text the parser raises only TranscriptError and loses nothing,
and twice the text takes about twice the time, whatever its shape."""

from __future__ import annotations

import gc
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.parsing import LINE_KINDS
from kit.parsing.labels import match_label
from kit.schema import SCHEMA
from kit.sentences import split_sentences
from kit.source import split_lines

FRAGMENTS = [
    "Question: Why?",
    "Question (retranslated): Hi, Matthew Chance from CNN. Really?",
    "Vladimir Putin: Because.",
    "President of Russia Vladimir Putin: Friends,",
    "Remark: Thank you.",
    "THE PRESIDENT:\u00a0 Look.",
    "Q\u00a0\u00a0\u00a0 And?",
    "AIDE: Go.",
    "June 16, 2021 19:40, Geneva",
    "7:20 P.M. CEST",
    "* * *",
    "-----",
    "---",
    "title: x",
    "To be continued.",
    "<…>",
    "(Laughter.)",
    "8 of 16",
    "Photo: TASS",
    "a | 2021.08.17 |",
    "---|---|",
    "The question is: what?",
    "One more thing: trade.",
    "",
    " ",
    "\u00a0 ",
    "Meeting with President of Switzerland Guy Parmelin",
    "Putin: yes.",
    "질문 제목",
    "Mr. Smith said so. Who is the killer? (Laughs.)",
    "x: y",
    ":",
    "Q",
    "Q.",
    "\t",
]

transcripts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), min_size=1, max_size=30).map(
    lambda parts: "\n".join(parts)
)
line_endings = st.sampled_from(["\n", "\r\n", "\r"])


def parse_or_none(text: str) -> kit.Corpus | None:
    try:
        return kit.parse(text)
    except kit.TranscriptError:
        return None


def check_lossless(text: str, corpus: kit.Corpus) -> None:
    lines = corpus.lines
    assert lines["text"].tolist() == split_lines(text)
    assert lines["line"].tolist() == list(range(1, len(lines) + 1))
    assert set(lines["kind"]) <= set(LINE_KINDS)
    source = lines["text"].tolist()
    for turn in corpus.turns.itertuples():
        mine = lines.index[lines["turn_id"] == turn.turn_id].tolist()
        assert mine == list(range(turn.first_line - 1, turn.last_line))
        # a printed page's header or footer (residue) and a rule framing the name (a separator) inside a turn,
        # and the blank lines beside the page's, are kept as lines but are not the turn's words
        kinds = lines["kind"].tolist()
        page = [i for i in mine if kinds[i] == "residue"]
        off = {i for i in mine[1:] if kinds[i] in ("residue", "separator")}
        off |= {i for i in mine[1:] if kinds[i] == "blank" and (i - 1 in page or i + 1 in page)}
        joined = "\n".join(source[i] for i in mine if i not in off)
        prefix = joined[: len(joined) - len(turn.text)]
        assert joined.endswith(turn.text)
        assert prefix and "\n" not in prefix
        if turn.label_shape == "own_line":  # a name on a line of its own: the whole line is the label
            assert prefix == source[mine[0]]
        else:
            assert match_label(source[mine[0]]).prefix == prefix
        assert lines.loc[mine[0], "kind"] == "speech"
    assert set(corpus.sentences["turn_id"]) <= set(corpus.turns["turn_id"])
    for name, schema in SCHEMA.items():
        frame = getattr(corpus, name)
        assert frame.columns.tolist() == [c.name for c in schema]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_parses_or_raises_transcript_error(text):
    corpus = parse_or_none(text)
    if corpus is not None:
        check_lossless(text, corpus)
    else:
        assert not text.strip() or "\x00" in text or not any(map(seen, text))


def seen(char: str) -> bool:
    """Whether a reader sees ``char``: not white space, a control or format character, nor a blank filler."""
    blank = "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u2800\u3164\uffa0" + "".join(
        map(chr, range(0xFE00, 0xFE10))
    )
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf") and char not in blank


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(transcripts, line_endings)
def test_transcript_like_text_is_lossless(text, ending):
    text = text.replace("\n", ending)
    corpus = parse_or_none(text)
    if corpus is not None:
        check_lossless(text, corpus)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_read_or_raise_transcript_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "t.txt"
    path.write_bytes(data)
    try:
        corpus = kit.read_transcript(path)
    except kit.TranscriptError as error:
        assert str(path) in str(error)
    else:
        assert len(corpus.lines) >= 1


# --- time: twice the input, about twice the time ------------------------------------------
#
# Not a timed test (a busy machine makes any limit in seconds flaky): each check compares
# runs of the same shape in the same process, so only their ratio counts. CPU time, the
# best of three runs, and a ratio near the limit measured again (up to three times): a
# load spike slows one measurement, a quadratic step slows every one. The sizes stay
# small (at most 64 kB); the 1 s limit at 1 MB is for ``benchmarks/bench_shapes.py``,
# which times the same shapes.

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_shapes import SHAPES, repeat  # noqa: E402

#: Twice the input may take at most this much more time (linear: 2; quadratic: 4).
DOUBLING = 2.5


def cpu_seconds(run: Callable[[str], object], text: str, runs: int = 3, budget: float = 0.5) -> float:
    """The best CPU time of ``runs`` runs (fewer once ``budget`` seconds are spent), with the
    garbage collector paused: its passes take longer the more the session holds, whatever the input."""
    best, spent = float("inf"), 0.0
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            run(text)
            took = time.process_time() - start
            best, spent = min(best, took), spent + took
            if spent > budget:
                break
    finally:
        gc.enable()
    return best


def growth(run: Callable[[str], object], build: Callable[[int], str], largest: int, floor: float) -> float:
    """How much longer ``run`` takes on ``build(4 * n)`` than on ``build(n)``, the best of three tries.

    ``n`` doubles from 1 kB until a run takes four times as long as at 1 kB and at least
    ``floor`` seconds, or reaches ``largest``. A quadratic step then costs at least three
    times what every run costs whatever its size (building frames), so it cannot hide
    behind it, and a quadratic shape stops climbing early, before it gets slow. Four times the input
    (two doublings) rather than twice makes the margin over timing noise wider.
    """
    n = 1_000
    took = first = cpu_seconds(run, build(n))
    while n < largest and took < max(4 * first, floor):
        n *= 2
        took = cpu_seconds(run, build(n))
    small, large = build(n), build(4 * n)
    best = float("inf")
    for _ in range(3):
        best = min(best, cpu_seconds(run, large) / max(cpu_seconds(run, small), 1e-6))
        if best <= DOUBLING**2 or best > 2 * DOUBLING**2:
            break  # clearly in proportion, or clearly not: only a ratio in between is measured again
    return best


def parse_and_split(text: str) -> None:
    kit.parse(text).sentences  # noqa: B018 - built on first use, as in the loader widget


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.name) for s in SHAPES if s.splitter])
def test_splitting_twice_the_text_takes_about_twice_the_time(shape):
    wrapped = shape.name.startswith("wrapped")
    ratio = growth(lambda text: list(split_sentences(text, wrapped)), shape.build, 256_000, 0.002)
    assert ratio <= DOUBLING**2, f"4 times the text took {ratio:.1f} times as long"


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.name) for s in SHAPES])
def test_parsing_twice_the_text_takes_about_twice_the_time(shape):
    ratio = growth(parse_and_split, shape.build, 16_000, 0.02)
    assert ratio <= DOUBLING**2, f"4 times the text took {ratio:.1f} times as long"


# Any short unit repeated, with any short text before and after it: the characters the
# splitter's patterns look at (end marks, closing and opening quotes and brackets, white
# space, capitals, abbreviations).
SPLITTER_ALPHABET = list(".?!…'\"”’)]([“‘—–- \u00a0\t\nMrUSApmaRx0_") + ["Mr.", "U.S.", "p.m.", "approx."]
pieces = st.lists(st.sampled_from(SPLITTER_ALPHABET), max_size=6).map("".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces, pieces.filter(bool), pieces, st.booleans())
def test_splitting_any_repeated_text_takes_time_in_proportion(head, unit, tail, wrapped):
    ratio = growth(
        lambda text: list(split_sentences(text, wrapped)), lambda n: repeat(unit, n, head, tail), 64_000, 0.002
    )
    assert ratio <= DOUBLING**2, f"4 times the text took {ratio:.1f} times as long"
