"""Words that set one speaker or exchange apart from the rest: weighted log-odds.

Monroe, Colaresi and Quinn (2008), "Fightin' Words", *Political Analysis* 16(4),
section 3.5: the log-odds ratio of a word in the target group against the rest, with an
informative Dirichlet prior taken from the whole text, divided by its standard error,
so that rare words do not top the list by chance. Each step is a pandas column below.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kit.schema import require
from kit.words import tokens

__all__ = ["log_odds"]


def log_odds(
    frame: pd.DataFrame,
    by: str,
    target: object,
    prior: float = 500.0,
    min_count: int = 3,
) -> pd.DataFrame:
    """Weighted log-odds (z-scores) of every word in ``target`` against the other groups.

    Args:
        frame: a frame with ``text`` and the column ``by`` (sentences, turns).
        by: the grouping column, e.g. ``"speaker"`` or ``"exchange_id"``.
        target: the group to describe, e.g. ``"Vladimir Putin"``.
        prior: the total weight of the prior (α₀); each word's prior αw is α₀ times its
            share of all words in ``frame``.
        min_count: words used fewer times than this in all of ``frame`` are left out.

    Returns:
        A new frame sorted by ``z``: ``word, count_target, count_rest, log_odds, se, z``.
        Positive ``z`` marks the target's words; above 1.96, a difference unlikely by chance.

    >>> import kit
    >>> sentences = kit.load().deduplicated().sentences.dropna(subset=["exchange_id"])
    >>> log_odds(sentences, "exchange_id", 4).head(3)["word"].tolist()  # the VGTRK exchange
    ['who', 'all', 'his']
    """
    require(frame, "text", by, by="kit.distinctive.log_odds")
    if target not in set(frame[by]):
        raise ValueError(f"{target!r} is not a value of {by!r}")
    words = frame.assign(word=frame["text"].map(tokens))[[by, "word"]].explode("word").dropna()
    words["group"] = np.where(words[by] == target, "target", "rest")
    counts = words.groupby(["word", "group"]).size().unstack(fill_value=0)
    counts = counts.reindex(columns=["target", "rest"], fill_value=0)
    counts = counts[counts.sum(axis=1) >= min_count]
    y_i, y_j = counts["target"], counts["rest"]  # the word's count in the target and in the rest
    n_i, n_j = y_i.sum(), y_j.sum()  # all words in the target and in the rest
    alpha_w = prior * (y_i + y_j) / (n_i + n_j)  # the informative prior of each word
    alpha_0 = alpha_w.sum()
    delta = np.log((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w)) - np.log(
        (y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w)
    )
    se = np.sqrt(1 / (y_i + alpha_w) + 1 / (y_j + alpha_w))
    result = pd.DataFrame(
        {
            "word": counts.index,
            "count_target": y_i.to_numpy(),
            "count_rest": y_j.to_numpy(),
            "log_odds": delta.round(3).to_numpy(),
            "se": se.round(3).to_numpy(),
            "z": (delta / se).round(2).to_numpy(),
        }
    )
    return result.sort_values(["z", "word"], ascending=[False, True]).reset_index(drop=True)
