"""What a copy does to every count: statistics with and without the later copies, side by side."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from kit.words import tokens

if TYPE_CHECKING:
    from kit.corpus import Corpus

__all__ = ["MEASURES", "CODED", "measure_effect"]

#: What :func:`measure_effect` measures, in its order.
MEASURES = ("words", "turns", "word count", "topic share", "device sentences")
#: The measures whose groups are topics or devices, which a reader sees named in words.
CODED = ("topic share", "device sentences")


def _side_by_side(measure: str, full: pd.Series, dedup: pd.Series) -> pd.DataFrame:
    both = pd.concat({"with_copy": full, "without_copy": dedup}, axis=1).fillna(0)
    both.index.name = "group"
    return both.reset_index().assign(measure=measure)


def measure_effect(corpus: Corpus, top: int = 10) -> pd.DataFrame:
    """Statistics with and without the later copies, side by side.

    Measures: ``words`` and ``turns`` per speaker, ``word count`` of the ``top`` words
    (function words left out), ``topic share`` (share of sentences mentioning each
    topic, :mod:`kit.topics`) and ``device sentences`` (sentences flagged per rhetorical
    device, :mod:`kit.rhetoric`).

    Args:
        corpus: the corpus, copies and all (not changed).
        top: how many of the most frequent words ``word count`` follows.

    Returns:
        A new frame: ``measure, group, with_copy, without_copy, difference`` (with minus
        without) and ``relative`` (difference over the figure without the copy).

    >>> import kit
    >>> e = measure_effect(kit.load()).set_index(["measure", "group"])
    >>> e.loc[("turns", "Pavel Zarubin"), ["with_copy", "without_copy", "difference"]].tolist()
    [2.0, 1.0, 1.0]
    """
    from kit.airtime import speaker_totals
    from kit.rhetoric import DEVICES, flag_devices
    from kit.topics import compile_dictionary, load_dictionary, tag
    from kit.words import stopwords

    dedup = corpus.deduplicated()
    stop = stopwords()

    def top_words(turns: pd.DataFrame) -> pd.Series:
        counts = Counter(w for text in turns["text"] for w in tokens(text) if w not in stop and not w.isdigit())
        return pd.Series(counts, dtype="float64")

    full_words = top_words(corpus.turns)
    chosen = full_words.sort_values(ascending=False, kind="stable").head(top).index
    topics = list(compile_dictionary(load_dictionary()))
    tagged = {name: tag(c.sentences) for name, c in (("full", corpus), ("dedup", dedup))}
    flagged = {name: flag_devices(c.sentences) for name, c in (("full", corpus), ("dedup", dedup))}
    spoken = {name: speaker_totals(c.turns).set_index("speaker") for name, c in (("full", corpus), ("dedup", dedup))}
    figures = {
        "words": (spoken["full"]["words"], spoken["dedup"]["words"]),
        "turns": (spoken["full"]["turns"], spoken["dedup"]["turns"]),
        "word count": (full_words[chosen], top_words(dedup.turns).reindex(chosen)),
        "topic share": (tagged["full"][topics].mean().round(4), tagged["dedup"][topics].mean().round(4)),
        "device sentences": (flagged["full"][list(DEVICES)].sum(), flagged["dedup"][list(DEVICES)].sum()),
    }
    parts = [_side_by_side(measure, *figures[measure]) for measure in MEASURES]
    result = pd.concat(parts, ignore_index=True)[["measure", "group", "with_copy", "without_copy"]]
    result[["with_copy", "without_copy"]] = result[["with_copy", "without_copy"]].astype("float64")
    result["difference"] = (result["with_copy"] - result["without_copy"]).round(4)
    result["relative"] = (result["difference"] / result["without_copy"].where(result["without_copy"] != 0)).round(3)
    return result
