"""Property-based tests: on any text the parser raises only TranscriptError and loses nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.parsing.labels import match_label
from kit.parsing import LINE_KINDS
from kit.schema import SCHEMA
from kit.source import split_lines

FRAGMENTS = [
    "Question: Why?", "Question (retranslated): Hi, Matthew Chance from CNN. Really?",
    "Vladimir Putin: Because.", "President of Russia Vladimir Putin: Friends,",
    "Remark: Thank you.", "THE PRESIDENT:\u00a0 Look.", "Q\u00a0\u00a0\u00a0 And?", "AIDE: Go.",
    "June 16, 2021 19:40, Geneva", "7:20 P.M. CEST", "* * *", "-----", "---", "title: x",
    "To be continued.", "<…>", "(Laughter.)", "8 of 16", "Photo: TASS", "a | 2021.08.17 |",
    "---|---|", "The question is: what?", "One more thing: trade.", "", " ", "\u00a0 ",
    "Meeting with President of Switzerland Guy Parmelin", "Putin: yes.", "질문 제목",
    "Mr. Smith said so. Who is the killer? (Laughs.)", "x: y", ":", "Q", "Q.", "\t",
]  # fmt: skip

transcripts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), min_size=1, max_size=30
).map(lambda parts: "\n".join(parts))
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
        joined = "\n".join(source[i] for i in mine)
        prefix = joined[: len(joined) - len(turn.text)]
        assert joined.endswith(turn.text)
        assert prefix and "\n" not in prefix
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
        assert not text.strip() or "\x00" in text


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
