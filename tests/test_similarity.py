"""Near-duplicate detection: normalisation, the two rules, the floor, and the indexes."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.similarity import (
    IN_ORDER,
    JACCARD,
    MIN_CONTENT_WORDS,
    MIN_SHARE,
    Vocabulary,
    formula_words,
    in_order,
    jaccard,
    near_duplicates,
    normalise,
)
from kit.words import stopwords, tokens

#: Written for these tests: a 25-word answer, and the same pasted again with an aside.
ROUTE = (
    "We agreed on the route, work will begin in the spring, and the ministers will meet in Geneva "
    "to check the progress of the plan."
)
ROUTE_MARKED = ROUTE.replace("route, work", "route(, as planned, )work")
#: Short formulas said again and again; none is ever a copy of another.
FORMULAS = [
    "Thank you.",
    "Good afternoon.",
    "Yes.",
    "Thank you very much, Mr President.",
    "Good afternoon, Mr President.",
    "Good afternoon, Mr President. Thank you.",
    "Yes, go ahead, please.",
    "Yes, of course, that is what we did.",
    "Thank you, colleagues.",
    "Next question, please.",
    "Good afternoon, colleagues. Thank you very much.",
    "I wish you every success.",
    "I wish you success.",
    "I am glad to see you.",
    "I am very glad to see you, Emmanuel.",
]


def pairs_of(found) -> list[tuple[int, int]]:
    return [(c.earlier, c.later) for c in found]


def test_reading_marks_vanish_in_normalisation(geneva):
    turns = geneva.turns.set_index("turn_id")["text"]
    assert normalise(turns[11]) == normalise(turns[13])
    assert turns[11] != turns[13]


def test_geneva_only_the_vgtrk_copies_are_near_duplicates(geneva):
    found = near_duplicates(geneva.turns["text"].tolist())
    assert [(a + 1, b + 1) for a, b in pairs_of(found)] == [(10, 12), (11, 13)]
    assert [(c.similarity, c.method) for c in found] == [(1.0, JACCARD), (1.0, JACCARD)]


def test_distinct_answers_on_one_topic_stay_below_threshold(geneva):
    putin = geneva.turns[(geneva.turns["speaker"] == "Vladimir Putin") & geneva.turns["duplicate_of"].isna()]
    texts = putin["text"].tolist()
    assert max(jaccard(a, b) for a, b in itertools.combinations(texts, 2)) < 0.1
    assert max(in_order(a, b) for a, b in itertools.combinations(texts, 2)) == 0.0


def test_short_texts_are_never_duplicates():
    assert near_duplicates(["Thank you very much.", "Thank you very much."]) == []


def content_words(text: str) -> set[str]:
    return set(tokens(text)) - stopwords() - formula_words()


@pytest.mark.parametrize("formula", FORMULAS)
def test_formulas_are_below_the_floor_and_never_copies(formula):
    assert len(content_words(formula)) < MIN_CONTENT_WORDS
    assert near_duplicates([formula, formula, formula.upper(), formula + " " + formula]) == []


def test_formulas_strung_together_are_never_copies():
    strung = [f"{a} {b}" for a, b in itertools.permutations(FORMULAS[:11], 2)]  # greetings, thanks, address
    assert all(not content_words(text) for text in strung)
    assert near_duplicates(FORMULAS * 3 + strung) == []


def test_earliest_copy_is_the_original():
    base = "we agreed that the ambassadors will return to their permanent duty stations soon"
    assert pairs_of(near_duplicates([base, "x " * 20, base, base.upper()])) == [(0, 2), (0, 3)]


def test_a_short_turn_with_an_aside_inserted_is_found_by_its_words_in_order():
    assert len(ROUTE.split()) == 25 and jaccard(ROUTE, ROUTE_MARKED) < 0.8  # rule 1 alone misses it
    assert near_duplicates([ROUTE, ROUTE_MARKED]) == [(0, 1, round(25 / 27, 4), IN_ORDER)]
    assert near_duplicates([ROUTE_MARKED, "Something else.", ROUTE]) == [(0, 2, round(25 / 27, 4), IN_ORDER)]


@pytest.mark.parametrize(
    ("a", "b", "share"),
    [
        ("we met in Geneva", "we met (in passing) in Geneva", 4 / 6),  # words inserted
        ("We met in Geneva.", "we met / in GENEVA", 1.0),  # only marks and case differ
        ("we met in Geneva", "we met in Moscow", 0.0),  # a word changed
        ("we met in Geneva", "we met Geneva", 3 / 4),  # a word dropped is a word inserted, seen from the other copy
        ("we met in Geneva", "in Geneva we met", 0.0),  # out of order
        ("", "", 1.0),
    ],
)
def test_in_order(a, b, share):
    assert in_order(a, b) == pytest.approx(share)
    assert in_order(b, a) == pytest.approx(share)


def test_changed_words_tell_two_reports_from_one_template_apart():
    """As two officials reported in turn on one page of the Kremlin archive (56968)."""
    template = (
        "Mr President, the construction of the {0} power plant with two turbines of 78 megawatts has been "
        "completed. The total capacity of the {0} plant is 156 megawatts. The plant is ready to go. {1} concludes my report."
    )
    northern, southern = template.format("Northern", "This"), template.format("Southern", "That")
    assert in_order(northern, southern) == 0.0 and jaccard(northern, southern) < 0.8
    assert near_duplicates([northern, southern]) == []
    # rule 1 forgives one changed word in 30 or so, as it always has
    assert jaccard(northern, template.format("Northern", "That")) >= 0.8


def test_a_sentence_quoted_in_a_longer_answer_is_not_a_copy_of_it():
    quoted = "We will never allow anyone to drag the country into an arms race."
    answer = (
        "You asked about our plans. " + quoted + " Our budget for defence is fixed, the programme "
        "is public, and we have said so many times at these meetings."
    )
    assert in_order(quoted, answer) < MIN_SHARE
    assert near_duplicates([answer, quoted]) == near_duplicates([quoted, answer]) == []


def test_word_arrays_need_their_vocabulary_and_give_the_same_pairs():
    texts = [ROUTE, "Something else entirely, said at another time and place.", ROUTE_MARKED]
    vocabulary = Vocabulary()
    arrays = [vocabulary.ids(tokens(t)) for t in texts]
    assert near_duplicates(arrays, vocabulary=vocabulary) == near_duplicates(texts)
    with pytest.raises(ValueError, match="Vocabulary"):
        near_duplicates(arrays)
    with pytest.raises(ValueError, match="threshold"):
        near_duplicates(texts, threshold=1.5)


def noisy(text: str, rng: random.Random) -> str:
    """Add a blogger's reading marks, drop commas and re-split lines, as in the Geneva copy."""
    words = text.replace(",", "").split()
    for _ in range(3):
        i = rng.randrange(len(words))
        words[i] = rng.choice([f"({words[i]}", f"{words[i]})", f"{words[i]} /", f"{words[i]}\n"])
    return " ".join(words)


WORDS = st.lists(
    st.sampled_from(
        "the of and to in russia united states we agreed talks on cyber security arctic trade ukraine minsk law court".split()
    ),
    min_size=25,
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(WORDS, st.integers(0, 10_000))
def test_a_text_and_its_noisy_copy_are_always_found(words, seed):
    text = " ".join(words)
    if len(set(words) - stopwords()) >= MIN_CONTENT_WORDS:
        assert pairs_of(near_duplicates([text, noisy(text, random.Random(seed))])) == [(0, 1)]


# Content words and function words, as a short turn mixes them.
CONTENT = [f"c{k}" for k in range(300)]
FUNCTION = sorted(stopwords())


def turn_text(draw, minimum: int, maximum: int) -> list[str]:
    """Words of a turn with ``minimum`` to ``maximum`` distinct content words, function words between."""
    content = draw(st.lists(st.sampled_from(CONTENT), min_size=minimum, max_size=maximum, unique=True))
    words = []
    for word in content:
        words.extend(draw(st.lists(st.sampled_from(FUNCTION), max_size=2)))
        words.append(word)
    return words


@st.composite
def marked_copies(draw):
    """A turn of any length from the floor up, and the same with reading marks inserted.

    One mark per 20 words (at least one): parentheses holding 1 to 4 new words, glued to
    the words around them or spaced, or a spaced slash.
    """
    words = turn_text(draw, MIN_CONTENT_WORDS, 80)
    copy = list(words)
    for _ in range(1 + len(words) // 20):
        at = draw(st.integers(0, len(copy)))
        if draw(st.booleans()):
            aside = draw(st.lists(st.sampled_from(CONTENT + FUNCTION), min_size=1, max_size=4))
            mark = draw(st.sampled_from(["({})", "(, {}, )", "({},)"])).format(" ".join(aside))
        else:
            mark = "/"
        copy.insert(at, mark)
    return " ".join(words), " ".join(copy).replace(" (, ", "(, ").replace(", ) ", ", )")


@settings(max_examples=150, deadline=None)
@given(marked_copies(), st.booleans())
def test_a_turn_pasted_again_with_reading_marks_is_found_whatever_its_length(pair, marked_first):
    text, copy = pair
    texts = [copy, "Good afternoon, Mr President.", text] if marked_first else [text, "Thank you.", copy]
    assert pairs_of(near_duplicates(texts)) == [(0, 2)]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_turns_below_the_floor_are_never_copies(data):
    words = " ".join(turn_text(data.draw, 0, MIN_CONTENT_WORDS - 1))
    assert near_duplicates([words, words, words + " / (" + words + ")"]) == []


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_unrelated_texts_are_never_found(data):
    """Two turns with no content word in common (function words are shared, as in English)."""
    a = turn_text(data.draw, MIN_CONTENT_WORDS, 40)
    b = [w if w in FUNCTION else "d" + w[1:] for w in turn_text(data.draw, MIN_CONTENT_WORDS, 40)]
    assert near_duplicates([" ".join(a), " ".join(b)]) == []


def components(n: int, edges) -> list[int]:
    """The first member of each text's connected component."""
    first = list(range(n))
    for a, b in edges:
        old, new = sorted((first[a], first[b]))[::-1]
        first = [new if f == old else f for f in first]
    return first


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(CONTENT[:8] + FUNCTION[:4]), min_size=6, max_size=14), min_size=2, max_size=12)
)
def test_the_indexes_invent_no_pair_and_miss_none_by_words_in_order(word_lists):
    """Compare with checking every pair (texts from 12 words, so copies abound)."""
    texts = [" ".join(words) for words in word_lists]
    found = near_duplicates(texts)
    assert all(c.later > c.earlier and c.method in (JACCARD, IN_ORDER) for c in found)
    grouped = components(len(texts), [(c.earlier, c.later) for c in found])
    eligible = [len(content_words(t)) >= MIN_CONTENT_WORDS for t in texts]
    pairs = [(a, b) for a, b in itertools.combinations(range(len(texts)), 2) if eligible[a] and eligible[b]]
    by_order = [(a, b) for a, b in pairs if in_order(texts[a], texts[b]) >= MIN_SHARE]
    by_either = by_order + [(a, b) for a, b in pairs if jaccard(texts[a], texts[b]) >= 0.8]
    assert all(grouped[a] == grouped[b] for a, b in by_order)  # rule 2's index misses nothing
    full = components(len(texts), by_either)
    assert all(full[c.earlier] == full[c.later] for c in found)  # and no index invents a pair


def test_near_duplicates_takes_uint32_arrays_of_any_vocabulary_size():
    vocabulary = Vocabulary()
    arrays = [vocabulary.ids([f"w{k}" for k in range(start, start + 30)]) for start in (0, 0, 5000)]
    assert arrays[0].dtype == np.uint32
    assert pairs_of(near_duplicates(arrays, vocabulary=vocabulary)) == [(0, 1)]
