"""Keyword in context."""

from __future__ import annotations

import pandas as pd
import pytest

import kit


def test_kwic_finds_a_word_with_its_context_speaker_and_line(geneva: kit.Corpus) -> None:
    rows = kit.kwic(geneva.deduplicated().sentences, "Guantanamo", window=3)
    assert rows[["left", "match", "right", "speaker", "line"]].values.tolist() == [
        ["Listen,", "Guantanamo", "is still open.", "Vladimir Putin", 46]  # context stays in the sentence
    ]
    assert list(rows.columns[:6]) == ["left", "match", "right", "speaker", "turn_id", "line"]


def test_case_is_ignored_unless_asked() -> None:
    frame = kit.parse("Vladimir Putin: Law and law. LAW.").sentences
    assert len(kit.kwic(frame, "law")) == 3
    assert kit.kwic(frame, "law", case=True)["match"].tolist() == ["law"]


def test_phrases_match_across_white_space_and_only_whole_words() -> None:
    frame = pd.DataFrame(
        {"text": ["the Minsk\n Agreements and Minsk Agreementsx"], "speaker": ["A"], "turn_id": [1], "first_line": [10]}
    )
    rows = kit.kwic(frame, "Minsk Agreements")
    assert rows["match"].tolist() == ["Minsk\n Agreements"]
    assert rows["line"].tolist() == [10]


def test_the_line_is_the_line_of_the_match_in_a_multi_line_turn(geneva: kit.Corpus) -> None:
    rows = kit.kwic(geneva.turns, "Guantanamo")
    lines = geneva.lines.set_index("line")["text"]
    for row in rows.itertuples():
        assert "Guantanamo" in lines[row.line]


def test_regular_expressions_and_window() -> None:
    frame = kit.parse("Vladimir Putin: one two three four five six seven eight nine ten.").sentences
    rows = kit.kwic(frame, r"f\w+", regex=True, window=2)
    assert rows[["left", "match", "right"]].values.tolist() == [
        ["two three", "four", "five six"],
        ["three four", "five", "six seven"],
    ]


@pytest.mark.parametrize("term", ["", "   "])
def test_an_empty_term_is_a_clear_error(term: str) -> None:
    with pytest.raises(ValueError, match="give a word"):
        kit.kwic(kit.parse("A: b").sentences, term)


def test_a_bad_regular_expression_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not a valid regular expression"):
        kit.kwic(kit.parse("A: b").sentences, "(", regex=True)


def test_no_match_gives_an_empty_frame_with_the_columns() -> None:
    rows = kit.kwic(kit.parse("Vladimir Putin: Hello.").sentences, "goodbye")
    assert rows.empty and "left" in rows.columns
