"""Near-duplicate detection: normalisation, the three rules, the floor, and the indexes."""

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
    MIRROR,
    Vocabulary,
    formula_words,
    in_order,
    jaccard,
    near_duplicates,
    normalise,
)
from kit.similarity.order import share_in_order
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


#: Written for these tests: a turn of 40 words, and the kinds of noise a copy of it picks up.
FORTY = (
    "We agreed that the ambassadors will return to their stations in Moscow and Washington next week, and that the "
    "foreign ministries will begin consultations on the whole range of our cooperation, including strategic stability "
    "and cyber security, before the autumn."
)
NOISE = {
    "an aside in brackets": ("next week, and", "next week(, as we said, )and"),
    "reading marks round a clause": ("in Moscow and Washington", "(in Moscow and Washington)"),
    "a spaced slash": ("will begin consultations", "will begin / consultations"),
    "a dropped word": ("the whole range", "the range"),
    "a typo": ("ambassadors", "ambasadors"),
}


def with_noise(text: str, kinds) -> str:
    for kind in kinds:
        old, new = NOISE[kind]
        assert old in text
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("kinds", [[kind] for kind in NOISE] + [list(NOISE)], ids=[*NOISE, "all at once"])
def test_each_kind_of_noise_in_a_40_word_turn_is_found(kinds):
    copy = with_noise(FORTY, kinds)
    assert len(tokens(FORTY)) == 40 and copy != FORTY
    other = "The Arctic is our common home, and we will keep it free of weapons and open to scientists."
    assert pairs_of(near_duplicates([FORTY, other, copy])) == [(0, 2)]
    assert pairs_of(near_duplicates([copy, other, FORTY])) == [(0, 2)]


def test_all_the_noise_at_once_needs_the_forgiven_words():
    """Rule 1 alone, or words in order with none missing, would miss the copy with every kind of noise."""
    copy = with_noise(FORTY, NOISE)
    assert jaccard(FORTY, copy) < 0.8
    shorter, longer = sorted((tokens(FORTY), tokens(copy)), key=len)
    assert share_in_order(shorter, longer) == 0.0  # a word dropped and one mistyped
    assert share_in_order(shorter, longer, edits=2) == in_order(FORTY, copy) >= MIN_SHARE
    assert near_duplicates([FORTY, copy])[0].method == IN_ORDER
    # three words lost are one too many for 40 words (one in 20 forgiven)
    assert in_order(FORTY, copy.replace("strategic ", "")) == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thank you.", "Thank you."),
        ("Next question, please.", "Next question, please."),
        ("Thank you very much, Mr President.", "Thank you very much, Mr President."),
    ],
)
def test_formulaic_turns_said_twice_never_pair(a, b):
    assert near_duplicates([a, FORTY, b]) == []
    assert near_duplicates([a, b, a, b], speakers=["x"] * 4) == []


def test_a_row_beside_a_copy_that_mirrors_the_row_beside_the_original_is_a_copy():
    """Rule 3: the short turns of a pasted run are copies, however few their content words."""
    other = "The Arctic is our common home, and we will keep it free of weapons and open to scientists."
    texts = ["Yes, please.", FORTY, "Thank you.", other, "Yes, please.", with_noise(FORTY, NOISE), "Thank you."]
    speakers = ["host", "putin", "journalist", "putin", "host", "putin", "journalist"]
    found = near_duplicates(texts, speakers=speakers)
    assert [(c.earlier, c.later, c.method) for c in found] == [(0, 4, MIRROR), (1, 5, IN_ORDER), (2, 6, MIRROR)]
    # another speaker, another source, or a row that does not mirror ends the run
    assert pairs_of(near_duplicates(texts, speakers=[*speakers[:6], "host"])) == [(0, 4), (1, 5)]
    sources = ["a"] * 6 + ["b"]
    assert pairs_of(near_duplicates(texts, speakers=speakers, sources=sources)) == [(0, 4), (1, 5)]
    assert pairs_of(near_duplicates([*texts[:6], "Thank you very much, Mr President."], speakers=speakers)) == [
        (0, 4),
        (1, 5),
    ]
    with pytest.raises(ValueError, match="speakers has 2 values for 7 texts"):
        near_duplicates(texts, speakers=["x", "y"])


def test_a_run_never_reaches_its_own_copy():
    """A run grows up to its copy, not into it: rows before a copy do not mirror the rows of the copy."""
    texts = ["Thank you.", FORTY, "Thank you.", FORTY, "Thank you."]
    found = near_duplicates(texts)
    assert [(c.earlier, c.later, c.method) for c in found] == [(0, 2, MIRROR), (1, 3, JACCARD), (0, 4, MIRROR)]
    assert pairs_of(near_duplicates(["Thank you.", "Thank you.", FORTY, FORTY])) == [(2, 3)]


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


def check_against_every_pair(texts: list[str]) -> None:
    """Rules 1 and 2 through their indexes give the groups that checking every pair gives.

    Each text has a speaker of its own, so rule 3 (a row inside a copied run) joins none.
    """
    found = near_duplicates(texts, speakers=[str(k) for k in range(len(texts))])
    assert all(c.later > c.earlier and c.method in (JACCARD, IN_ORDER) for c in found)
    grouped = components(len(texts), [(c.earlier, c.later) for c in found])
    eligible = [len(content_words(t)) >= MIN_CONTENT_WORDS for t in texts]
    pairs = [(a, b) for a, b in itertools.combinations(range(len(texts)), 2) if eligible[a] and eligible[b]]
    by_order = [(a, b) for a, b in pairs if in_order(texts[a], texts[b]) >= MIN_SHARE]
    by_either = by_order + [(a, b) for a, b in pairs if jaccard(texts[a], texts[b]) >= 0.8]
    assert all(grouped[a] == grouped[b] for a, b in by_order)  # rule 2's index misses nothing
    full = components(len(texts), by_either)
    assert all(full[c.earlier] == full[c.later] for c in found)  # and no index invents a pair


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(CONTENT[:8] + FUNCTION[:4]), min_size=6, max_size=14), min_size=2, max_size=12)
)
def test_the_indexes_invent_no_pair_and_miss_none_by_words_in_order(word_lists):
    """Compare with checking every pair (texts from 12 words, so copies abound)."""
    check_against_every_pair([" ".join(words) for words in word_lists])


@st.composite
def edited_copies(draw):
    """A text of 20 to 90 words and copies of it, each with 0 to 5 words dropped, changed or added."""
    vocabulary = CONTENT[:40] + FUNCTION[:8]
    base = draw(st.lists(st.sampled_from(vocabulary), min_size=20, max_size=90))
    texts = [base]
    for _ in range(draw(st.integers(1, 5))):
        copy = list(texts[draw(st.integers(0, len(texts) - 1))])
        for _ in range(draw(st.integers(0, 5))):
            at = draw(st.integers(0, len(copy) - 1))
            edit = draw(st.sampled_from(["drop", "change", "add"]))
            if edit == "drop" and len(copy) > 1:
                del copy[at]
            elif edit == "change":
                copy[at] = draw(st.sampled_from(vocabulary))
            else:
                copy.insert(at, draw(st.sampled_from(vocabulary)))
        texts.append(copy)
    return [" ".join(words) for words in texts]


@settings(max_examples=100, deadline=None)
@given(edited_copies())
def test_the_indexes_miss_no_copy_with_words_dropped_or_changed(texts):
    """Rule 2 forgives one word in 20: its index, which looks at 6 + e rarest words, still misses none."""
    check_against_every_pair(texts)


def test_near_duplicates_takes_uint32_arrays_of_any_vocabulary_size():
    vocabulary = Vocabulary()
    arrays = [vocabulary.ids([f"w{k}" for k in range(start, start + 30)]) for start in (0, 0, 5000)]
    assert arrays[0].dtype == np.uint32
    assert pairs_of(near_duplicates(arrays, vocabulary=vocabulary)) == [(0, 1)]
