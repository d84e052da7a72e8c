"""Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import kit
from kit.distinctive import log_odds

FRAME = pd.DataFrame(
    {
        "speaker": ["A", "A", "B", "B"],
        "text": ["tax tax tax jobs", "tax peace", "peace peace peace jobs", "peace war"],
    }
)


def test_the_target_words_score_positive_and_the_others_negative() -> None:
    scores = log_odds(FRAME, "speaker", "A", prior=10, min_count=1).set_index("word")
    assert scores.loc["tax", "z"] > 0 > scores.loc["peace", "z"]
    assert scores.index[0] == "tax"


def test_one_value_by_hand() -> None:
    scores = log_odds(FRAME, "speaker", "A", prior=10, min_count=1).set_index("word")
    # counts: A has tax 4, jobs 1, peace 1 (6 words); B has peace 4, jobs 1, war 1 (6 words)
    alpha = 10 * 4 / 12  # prior weight of "tax": 4 of the 12 words
    delta = math.log((4 + alpha) / (6 + 10 - 4 - alpha)) - math.log((0 + alpha) / (6 + 10 - 0 - alpha))
    se = math.sqrt(1 / (4 + alpha) + 1 / (0 + alpha))
    assert scores.loc["tax", "log_odds"] == pytest.approx(delta, abs=1e-3)
    assert scores.loc["tax", "z"] == pytest.approx(delta / se, abs=1e-2)


def test_two_groups_are_mirror_images() -> None:
    a = log_odds(FRAME, "speaker", "A", prior=10, min_count=1).set_index("word")["z"]
    b = log_odds(FRAME, "speaker", "B", prior=10, min_count=1).set_index("word")["z"]
    pd.testing.assert_series_equal(a.sort_index(), -b.sort_index(), atol=0.011, check_names=False)


def test_rare_words_are_left_out() -> None:
    scores = log_odds(FRAME, "speaker", "A", prior=10, min_count=2)
    assert "war" not in set(scores["word"])


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(ValueError, match='needs the column "party"'):
        log_odds(FRAME, "party", "A")
    with pytest.raises(ValueError, match="'C' is not a value"):
        log_odds(FRAME, "speaker", "C")


def test_putins_distinctive_words_in_geneva(geneva: kit.Corpus) -> None:
    sentences = geneva.deduplicated().sentences
    scores = log_odds(sentences, "speaker", "Vladimir Putin")
    assert scores["z"].is_monotonic_decreasing
    journalists = log_odds(sentences.assign(group=sentences["role"]), "group", "journalist").head(10)
    assert "you" in set(journalists["word"])  # journalists address him; he talks about "we" and "they"
