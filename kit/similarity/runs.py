"""Rule 3 of the copy search: a short turn inside a copied run is a copy too.

A pasted exchange brings its short turns with it: a question's closing "Thank you very
much, Mr President.", a one-line follow-up, a "Yes." between two long turns. Alone,
those are never copies: they fall below the floor of content words that keeps formulas,
said again and again, from pairing by chance. Beside a copy they do not recur by
chance. So a text is also a copy when it sits next to a copy and mirrors the text
next to the original, on the same side: the rows of a pasted block follow each other in
the same order in both places.

Two texts mirror each other when they have at least one word, the same speaker (when
speakers are given), and pass rule 2 (:func:`kit.similarity.order.share_in_order`:
words in order, one in 20 forgiven): the floor does not apply. A run grows from every
pair rules 1 and 2 found, row by row, forwards and backwards, through the rows it
joins; it stops at the first row that does not mirror, at a pair already joined (which
grows the run from there, if rules 1 or 2 found it), at the start of the copy (a run
never overlaps its own copy), and at the edge of a source (when sources are given).
Each pair is walked from once, so the rule costs a step per row it joins.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from kit.similarity.order import MIN_SHARE, allowed_edits, share_in_order

if TYPE_CHECKING:
    from kit.similarity.search import Groups

__all__ = ["MIRROR", "mirrors", "join_mirrored"]

#: The ``method`` of a pair found by rule 3.
MIRROR = "in a copied run"


def mirrors(a: Sequence, b: Sequence) -> float:
    """How well two rows' words mirror each other: rule 2's share, with no floor.

    Args:
        a: one row's words (or word ids).
        b: the other's.

    Returns:
        :func:`kit.similarity.order.share_in_order` of the shorter in the longer (one
        word in 20 forgiven) when both have a word, else 0.0.

    >>> mirrors(["thank", "you", "very", "much"], ["thank", "you", "very", "much"]), mirrors([], [])
    (1.0, 0.0)
    >>> mirrors(["thank", "you"], ["next", "question", "please"])
    0.0
    """
    if not len(a) or not len(b):
        return 0.0
    shorter, longer = sorted((a, b), key=len)
    return share_in_order(list(shorter), list(longer), allowed_edits(len(shorter)))


def join_mirrored(
    arrays: Sequence[np.ndarray],
    groups: Groups,
    scored: dict,
    speakers: Sequence | None = None,
    sources: Sequence | None = None,
) -> None:
    """Rule 3: grow a run from each pair found so far, joining the rows beside it that mirror each other.

    Args:
        arrays: every text's word ids, in document order.
        groups: the groups rules 1 and 2 made (:class:`kit.similarity.search.Groups`), joined in place.
        scored: ``{(earlier, later): (score, method)}`` of the pairs found so far; a
            pair joined here is added as ``(share, MIRROR)``.
        speakers: each row's speaker (``None`` for unknown): mirrored rows must have
            the same one. ``None``: not checked.
        sources: each row's source: a run never crosses from one to the next.
            ``None``: all rows are one source.
    """
    n = len(arrays)
    words = {}

    def of(i: int) -> list:
        if i not in words:
            words[i] = arrays[i].tolist()
        return words[i]

    def same(values: Sequence | None, i: int, j: int) -> bool:
        return values is None or values[i] == values[j]

    for earlier, later in sorted(scored):
        for step in (1, -1):
            a, b = earlier, later
            while True:
                a, b = a + step, b + step
                if not (0 <= a and b < n and a < later and b > earlier):
                    break  # the start or end of the rows, or the run would reach its own copy
                if not (same(sources, a, a - step) and same(sources, b, b - step) and same(speakers, a, b)):
                    break
                if groups.root(a) == groups.root(b):
                    break  # already copies: the pair that joined them grows the run from here
                share = mirrors(of(a), of(b))
                if share < MIN_SHARE:
                    break
                scored[a, b] = (share, MIRROR)
                groups.join(a, b)
