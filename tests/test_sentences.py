"""Sentences: the splitting rules of kit/sentences.py, each on a line or two."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.sentences import is_question, split_sentences


def sentences(text: str, wrapped: bool = False) -> list[str]:
    return [s for _, s in split_sentences(text, wrapped)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yes. No.", ["Yes.", "No."]),
        ("Why?! Because… Fine.", ["Why?!", "Because…", "Fine."]),
        ("Yes.\u00a0 \u00a0No.", ["Yes.", "No."]),  # no-break spaces are white space
        ("Yes. no.", ["Yes. no."]),  # a lower-case letter after the stop: no end
        ("In 2021. 2022 came.", ["In 2021.", "2022 came."]),  # a digit starts a sentence
        ('He said "Go." Then left.', ['He said "Go."', "Then left."]),  # closing quote stays
        ("It ended. “Next,” he said.", ["It ended.", "“Next,” he said."]),  # opening quote
        ("It ended. — Next.", ["It ended.", "— Next."]),  # a dash
        ("It ended.) And so.", ["It ended.)", "And so."]),  # closing bracket stays
        ("Well. . . Go.", ["Well. . .", "Go."]),  # a stop before a stop is no end
    ],
)
def test_end_marks_end_a_sentence_before_a_capital_digit_quote_or_dash(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith and Mrs. Jones came.", ["Mr. Smith and Mrs. Jones came."]),
        ("The U.S. Army came.", ["The U.S. Army came."]),
        ("At 7 p.m. Then we met.", ["At 7 p.m. Then we met."]),
        ("Joseph R. Biden spoke.", ["Joseph R. Biden spoke."]),  # an initial
        ("About 30 approx. Then more.", ["About 30 approx. Then more."]),  # the longest one
        ("It was Xapprox. Then more.", ["It was Xapprox.", "Then more."]),  # longer: not one
        ("(see Mr.) Then", ["(see Mr.) Then"]),  # closing bracket after the abbreviation
        ("We met etc... Then we left.", ["We met etc...", "Then we left."]),
        ("MR. SMITH. MRS. JONES.", ["MR. SMITH.", "MRS. JONES."]),  # any case
    ],
)
def test_an_abbreviation_or_initial_does_not_end_a_sentence(text, expected):
    assert sentences(text) == expected


def test_a_stage_note_is_not_a_sentence():
    assert sentences("I will report. (Laughter.) Next.") == ["I will report.", "Next."]
    assert sentences("(Applause.)") == []


def test_a_line_is_a_paragraph_unless_wrapped():
    text = "We met in Geneva\nand talked.\n\nThen we left."
    assert sentences(text) == ["We met in Geneva", "and talked.", "Then we left."]
    assert sentences(text, wrapped=True) == ["We met in Geneva and talked.", "Then we left."]
    assert sentences("One.\n \t\n\nTwo.", wrapped=True) == ["One.", "Two."]


def test_offsets_point_at_each_sentence_in_the_text():
    text = "  Good afternoon.   Who is\nthe killer?\n\n  Mr. Smith said no."
    for wrapped in (False, True):
        for offset, sentence in split_sentences(text, wrapped):
            assert " ".join(text[offset:].split()).startswith(sentence)
            assert not text[offset].isspace()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yes." + " " * 5000 + "no.", ["Yes. no."]),
        ("Yes." + " " * 5000 + "No.", ["Yes.", "No."]),
        ("Mr. " * 2000 + "Smith.", [("Mr. " * 2000 + "Smith.")]),
        ("." * 5000 + "a", ["." * 5000 + "a"]),
        ("Yes." + ")" * 5000 + " No.", ["Yes." + ")" * 5000, "No."]),
    ],
    ids=["stop and spaces", "stop, spaces, capital", "Mr. Mr.", "stops", "brackets"],
)
def test_long_runs_split_as_short_ones(text, expected):
    assert sentences(text) == expected


def test_is_question_allows_closing_quotes_and_brackets():
    assert is_question("He asked “why?”") and is_question("Why? )")
    assert not is_question("Why not.")


# Lines of a turn: sentences, stage notes, abbreviations, and blank lines of every kind
# (empty, spaces, tabs, no-break and other Unicode spaces), in runs.
_LINES = st.sampled_from(
    ["Yes. No.", "Mr. Smith came. (Laughter.)", "Why? Because.", "(Applause.)", "U.S. and", "so on", "End."]
    + ["", " ", "  ", "\t", "\u00a0", " \u2003 ", "\r", "\u3000"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=40))
def test_a_text_has_the_sentences_of_its_lines(lines):
    """One line is one paragraph: the sentences of a text are its lines' sentences, blank lines holding none."""
    expected, offset = [], 0
    for line in lines:
        expected += [(offset + at, sentence) for at, sentence in split_sentences(line)]
        offset += len(line) + 1
    assert list(split_sentences("\n".join(lines))) == expected


def test_a_long_run_of_blank_lines_holds_no_sentence():
    text = "Yes.\n" + " \n" * 100_000 + "\u00a0\nNo."
    assert list(split_sentences(text)) == [(0, "Yes."), (len(text) - 3, "No.")]
