"""Near-duplicate detection: normalisation, exact Jaccard check, and the MinHash index."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.similarity import jaccard, near_duplicates, normalise


def test_reading_marks_vanish_in_normalisation(geneva):
    turns = geneva.turns.set_index("turn_id")["text"]
    assert normalise(turns[11]) == normalise(turns[13])
    assert turns[11] != turns[13]


def test_geneva_only_the_vgtrk_copies_are_near_duplicates(geneva):
    pairs = near_duplicates(geneva.turns["text"].tolist())
    assert [(a + 1, b + 1) for a, b, _ in pairs] == [(10, 12), (11, 13)]
    assert all(score == 1.0 for *_, score in pairs)


def test_distinct_answers_on_one_topic_stay_below_threshold(geneva):
    putin = geneva.turns[(geneva.turns["speaker"] == "Vladimir Putin") & geneva.turns["duplicate_of"].isna()]
    texts = putin["text"].tolist()
    scores = [jaccard(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :]]
    assert max(scores) < 0.1


def test_short_texts_are_never_duplicates():
    assert near_duplicates(["Thank you very much.", "Thank you very much."]) == []


def test_earliest_copy_is_the_original():
    base = "we agreed that the ambassadors will return to their permanent duty stations soon"
    assert [(a, b) for a, b, _ in near_duplicates([base, "x " * 20, base, base.upper()])] == [(0, 2), (0, 3)]


def noisy(text: str, rng: random.Random) -> str:
    """Add a blogger's reading marks, drop commas and re-split lines, as in the Geneva copy."""
    words = text.replace(",", "").split()
    for _ in range(3):
        i = rng.randrange(len(words))
        words[i] = rng.choice([f"({words[i]}", f"{words[i]})", f"{words[i]} /", f"{words[i]}\n"])
    return " ".join(words)


WORDS = st.lists(st.sampled_from("the of and to in russia united states we agreed talks on cyber security arctic trade ukraine minsk law court".split()), min_size=25, max_size=60)


@settings(max_examples=60, deadline=None)
@given(WORDS, st.integers(0, 10_000))
def test_a_text_and_its_noisy_copy_are_always_found(words, seed):
    text = " ".join(words)
    pairs = near_duplicates([text, noisy(text, random.Random(seed))])
    assert [(a, b) for a, b, _ in pairs] == [(0, 1)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghij", min_size=3, max_size=6), min_size=20, max_size=40, unique=True),
       st.lists(st.text(alphabet="klmnopqrst", min_size=3, max_size=6), min_size=20, max_size=40, unique=True))
def test_unrelated_texts_are_never_found(a, b):
    assert near_duplicates([" ".join(a), " ".join(b)]) == []
