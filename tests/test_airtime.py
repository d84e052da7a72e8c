"""Tests of kit.airtime: who speaks, and how much."""

from __future__ import annotations

import pandas as pd

import kit
from kit import airtime


def test_turns_and_sentences_give_the_same_totals(geneva: kit.Corpus) -> None:
    by_turn = airtime.speaker_totals(geneva.turns).set_index("speaker")
    by_sentence = airtime.speaker_totals(geneva.sentences).set_index("speaker")
    assert by_turn[["turns", "words"]].equals(by_sentence.loc[by_turn.index, ["turns", "words"]])
    assert by_turn["words"].sum() == geneva.turns["n_words"].sum()
    assert abs(by_turn["share"].sum() - 1) < 0.01
    assert by_turn["words"].is_monotonic_decreasing
    assert by_turn.loc["Matthew Chance", ["role", "turns"]].tolist() == ["journalist", 2]


def test_ties_keep_the_order_speakers_first_speak_and_an_empty_frame_gives_none() -> None:
    turns = pd.DataFrame({"speaker": ["B", "A", "B"], "turn_id": [1, 2, 3], "n_words": [2, 4, 2], "role": ["x"] * 3})
    assert airtime.speaker_totals(turns)["speaker"].tolist() == ["B", "A"]
    assert airtime.speaker_totals(turns.iloc[:0]).empty


def test_answering_turns_are_officials_answers_with_their_words(geneva: kit.Corpus) -> None:
    answers = airtime.answering_turns(geneva.sentences)
    turns = geneva.turns.set_index("turn_id").loc[answers["turn_id"]]
    assert set(turns["role"]) <= {"official", "staff"} and set(turns["kind"]) <= {"answer", "statement"}
    assert answers["n_words"].tolist() == turns["n_words"].tolist()
    assert answers["turn_id"].is_monotonic_increasing
