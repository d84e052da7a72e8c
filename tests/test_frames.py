"""Frames: schema conformance, sentences, words, and the deduplicated corpus."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.schema import SCHEMA, describe


@pytest.mark.parametrize("name", list(SCHEMA))
def test_frames_follow_the_schema(geneva, name):
    frame = getattr(geneva, name)
    schema = SCHEMA[name]
    assert frame.columns.tolist() == [c.name for c in schema]
    for column in schema:
        assert str(frame[column.name].dtype) == column.dtype, column.name
    assert describe(name)["column"].tolist() == frame.columns.tolist()


def test_ids_are_one_based_and_unique(geneva):
    for name, key in [
        ("documents", "doc_id"),
        ("turns", "turn_id"),
        ("exchanges", "exchange_id"),
        ("sentences", "sentence_id"),
    ]:
        ids = getattr(geneva, name)[key]
        assert ids.tolist() == list(range(1, len(ids) + 1))


def test_turn_text_is_its_lines_less_the_label(geneva):
    lines = geneva.lines.set_index("line")["text"]
    for turn in geneva.turns.itertuples():
        joined = "\n".join(lines.loc[turn.first_line : turn.last_line].tolist())
        assert joined.endswith(turn.text)
        assert joined[: len(joined) - len(turn.text)].rstrip().endswith(":")


def test_sentences_know_their_line(geneva):
    s = geneva.sentences
    killer = s[s["text"] == "Who is the killer?"]
    assert killer["line"].tolist() == [45, 55]
    assert killer["is_question"].all()
    first = s.iloc[0]
    assert (first["text"], first["line"], first["position"]) == ("Friends, ladies and gentlemen,", 3, 1)
    assert s.groupby("turn_id")["position"].min().eq(1).all()


def test_putin_asks_fourteen_questions_in_his_answers(geneva):
    s = geneva.deduplicated().sentences
    asked = s[(s["speaker"] == "Vladimir Putin") & (s["turn_kind"] == "answer") & s["is_question"]]
    assert len(asked) == 14


def test_words_are_counted_per_turn_and_document(geneva):
    turns = geneva.turns
    assert (
        turns.loc[turns["first_line"] == 89, "n_words"].item() == 10
    )  # "Thank you very much, Mr President, for the kind words."
    assert geneva.documents["n_words"].sum() == turns["n_words"].sum()
    ex = geneva.exchanges.set_index("exchange_id")
    assert (
        ex.loc[3, "question_words"]
        == turns.loc[turns["exchange_id"] == 3].query("role == 'journalist'")["n_words"].sum()
    )


def test_deduplicated_drops_the_later_copy_only(geneva):
    clean = geneva.deduplicated()
    assert len(clean.turns) == 18
    assert clean.exchanges["exchange_id"].tolist() == [1, 2, 3, 4, 6]
    assert not clean.lines["line"].between(48, 57).any()
    assert set(range(40, 48)) <= set(clean.lines["line"])
    assert set(clean.sentences["turn_id"]) == set(clean.turns["turn_id"])
    assert clean.deduplicated() is clean
    assert "2 copied turns dropped" in repr(clean)
    # the original is untouched
    assert len(geneva.turns) == 20


def test_putins_words_fall_by_the_copy(geneva):
    def putin(corpus):
        turns = corpus.turns
        return turns.loc[turns["speaker"] == "Vladimir Putin", "n_words"].sum()

    assert putin(geneva) - putin(geneva.deduplicated()) == 452


def test_corpus_repr_counts(geneva):
    assert repr(geneva).endswith("20 turns, 6 exchanges, 1 duplicated, 261 sentences, 95 lines>")


def test_missing_values_are_missing_not_empty_strings(geneva):
    assert geneva.turns["affiliation"].isna().sum() == 15  # five journalist turns name an outlet
    assert geneva.documents["end"].isna().all()
    assert pd.isna(geneva.lines.loc[0, "turn_id"])


def test_wrapped_text_sentences_cross_line_breaks():
    corpus = kit.parse(
        "THE PRESIDENT:  We will see.  I started working on arms control\n"
        "during the Cold War.  If we could do one then, why couldn't we do\n"
        "one now?\n\nQ    And?\n\nTHE PRESIDENT:  Yes.\n\nQ    Sure?\n\nTHE PRESIDENT:  Sure.\n"
    )
    assert corpus.wrapped
    first = corpus.sentences[corpus.sentences["turn_id"] == 1]
    assert first["text"].tolist() == [
        "We will see.",
        "I started working on arms control during the Cold War.",
        "If we could do one then, why couldn't we do one now?",
    ]
    assert first["line"].tolist() == [1, 1, 2]


@pytest.mark.parametrize("repeat", [1, 1_001], ids=["small source (lists)", "large source (Arrow)"])
def test_making_columns_leaves_the_callers_lines_alone(repeat: int) -> None:
    from kit.columns import SMALL, source_columns
    from kit.parsing import parse_lines

    lines = ["Question: Why?", "Vladimir Putin: Because."] * repeat
    columns = source_columns(parse_lines(lines, "a.txt"))
    assert lines == ["Question: Why?", "Vladimir Putin: Because."] * repeat
    assert columns.values("lines", "text") == lines
    assert isinstance(columns.frames["turns"]["speaker"], list) == (len(lines) <= SMALL)


def test_small_and_large_sources_make_the_same_frames() -> None:
    from kit.columns import SMALL, source_columns
    from kit.corpus import Corpus
    from kit.parsing import parse_lines

    pair = [
        "Question: Will the work on the new bridge across the river begin in the spring?",
        "Vladimir Putin: Yes, the builders will begin the bridge across the river in the spring.",
    ]
    sources = {"a.txt": pair, "big.txt": pair * SMALL, "c.txt": pair[::-1]}  # big.txt's columns are in Arrow

    def columns():
        return [source_columns(parse_lines(lines, name)) for name, lines in sources.items()]

    together = Corpus.from_columns(columns())
    alone = Corpus.concat([Corpus.from_columns([c]) for c in columns()])
    for name in ("documents", "turns", "exchanges", "lines"):
        pd.testing.assert_frame_equal(getattr(together, name), getattr(alone, name))
        assert [str(t) for t in getattr(together, name).dtypes] == [c.dtype for c in SCHEMA[name]]
    assert together.turns["duplicate_of"].notna().sum() == 2 * SMALL - 2  # the copies within big.txt


def test_a_large_sources_columns_are_made_in_the_c_librarys_pool() -> None:
    # (arrow_pool: a growing buffer is not moved each time it grows; benchmarks/memory.py counts that pool too)
    from kit.columns import SMALL, arrow_pool, source_columns
    from kit.parsing import parse_lines

    lines = [f"Anna Lee: Why is the bridge number {i} late?" for i in range(SMALL + 1)]
    parsed = parse_lines(lines, "big.txt")
    before = arrow_pool().bytes_allocated()
    columns = source_columns(parsed)
    text = sum(len(line.encode()) for line in lines)
    assert arrow_pool().bytes_allocated() - before >= text  # the lines' text, and the turns' again
    assert columns.values("turns", "speaker")[:1] == ["Anna Lee"]
