"""Who speaks, and how much: words and turns per speaker, and the turns that answer.

An analysis module (frame -> new frame, the input never changed). The speaker pickers of
the widgets and the chart :func:`kit.charts.words_by_speaker` read their order and their
figures here, so "who speaks most" is counted one way everywhere.
"""

from __future__ import annotations

import pandas as pd

from kit.schema import answering, require

__all__ = ["speaker_totals", "answering_turns"]


def speaker_totals(frame: pd.DataFrame) -> pd.DataFrame:
    """Each speaker's turns and words and share of all words, most words first.

    Args:
        frame: turns (``kit.Corpus.turns``) or sentences (``kit.Corpus.sentences``):
            ``speaker``, ``turn_id``, ``n_words`` and, if there, ``role``.

    Returns:
        A new frame ``speaker, role, turns, words, share``, one row per speaker, most
        words first (ties in the order speakers first speak). ``role`` is the role of most
        of the speaker's turns (missing when ``frame`` has no roles); ``share`` is of all
        words in ``frame``.

    >>> import kit
    >>> totals = speaker_totals(kit.load().deduplicated().turns)
    >>> totals.head(1)[["speaker", "role", "words", "share"]].values.tolist()
    [['Vladimir Putin', 'official', 2513, 0.808]]
    """
    require(frame, "speaker", "turn_id", "n_words", by="kit.airtime.speaker_totals")
    grouped = frame.groupby("speaker", sort=False)
    totals = pd.DataFrame(
        {
            "turns": grouped["turn_id"].nunique(),
            "words": grouped["n_words"].sum().astype("int64"),
        }
    )
    if "role" in frame.columns:
        totals.insert(
            0, "role", grouped["role"].agg(lambda roles: roles.mode().iloc[0] if roles.notna().any() else None)
        )
    else:
        totals.insert(0, "role", None)
    total = int(totals["words"].sum())
    totals["share"] = (totals["words"] / total).round(3) if total else 0.0
    return totals.sort_values("words", ascending=False, kind="stable").rename_axis("speaker").reset_index()


def answering_turns(sentences: pd.DataFrame) -> pd.DataFrame:
    """The turns said on the answering side (:func:`kit.schema.answering`), one row each, in turn order.

    Args:
        sentences: ``kit.Corpus.sentences`` (``turn_id, speaker, exchange_id, turn_kind, role, n_words``).

    Returns:
        A new frame ``turn_id, speaker, exchange_id, turn_kind, n_words``: the turn's
        words are the sum of its sentences'.

    >>> import kit
    >>> answering_turns(kit.load().sentences).head(2)[["turn_id", "speaker", "n_words"]].values.tolist()
    [[1, 'Vladimir Putin', 62], [3, 'Vladimir Putin', 182]]
    """
    require(
        sentences, "turn_id", "speaker", "exchange_id", "turn_kind", "role", "n_words", by="kit.airtime.answering_turns"
    )
    spoken = sentences[answering(sentences)]
    return (
        spoken.groupby("turn_id", sort=True)
        .agg(
            speaker=("speaker", "first"),
            exchange_id=("exchange_id", "first"),
            turn_kind=("turn_kind", "first"),
            n_words=("n_words", "sum"),
        )
        .reset_index()
    )
