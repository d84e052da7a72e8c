"""Texts as numbers, and which words count: the vocabulary of the copy search.

Words become integer ids (:class:`Vocabulary`), so texts are numpy arrays. Stopwords
and the words of greetings, thanks, address and giving the floor (:func:`formula_words`)
are not content words (:func:`plain_words`). The search works through its texts a block
at a time (:func:`blocks`), so its memory stays flat however long the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from os import PathLike

import numpy as np

from kit._files import read_words
from kit.words import stopwords, tokens

__all__ = ["CHUNK", "WORDS", "Vocabulary", "normalise", "formula_words", "plain_words", "blocks"]

#: Values (shingles, candidates) handled at a time where a whole-array step would cost memory.
CHUNK = 1 << 16
#: Words of text per vectorised batch (memory flat, a few hundred kilobytes a step).
WORDS = 65_536
_PLAIN: tuple | None = None  # (stopwords, formula words, their union): see plain_words


def plain_words() -> frozenset[str]:
    """Stopwords and formula words: the words that are not content words.

    Returns:
        The union of :func:`kit.words.stopwords` and :func:`formula_words`, made again
        only when either file changes.

    >>> {"the", "thank"} <= plain_words() and "route" not in plain_words()
    True
    """
    global _PLAIN
    stop, formulas = stopwords(), formula_words()
    if _PLAIN is None or _PLAIN[0] is not stop or _PLAIN[1] is not formulas:
        _PLAIN = (stop, formulas, stop | formulas)
    return _PLAIN[2]


def formula_words(path: str | PathLike[str] | None = None) -> frozenset[str]:
    """Words of greetings, thanks, address and giving the floor (``data/formula_words.txt`` unless ``path``).

    With the stopwords, they are not content words: they do not count towards
    :data:`MIN_CONTENT_WORDS`.

    Args:
        path: a list of your own (one word a line, ``#`` comments).

    Returns:
        The words, case folded; re-read when the file changes.

    >>> {"thank", "afternoon", "president"} <= formula_words() and "route" not in formula_words()
    True
    """
    return read_words(path, "formula_words.txt")


def normalise(text: str) -> str:
    """Lowercase words only: no punctuation, reading marks or extra spaces.

    Args:
        text: any text.

    Returns:
        Its words (:func:`kit.words.tokens`: case folded, ’ written as ') joined by
        single spaces; empty when it has none.

    >>> normalise("people(, including the leaders, )are killed – done / shapes")
    'people including the leaders are killed done shapes'
    """
    return " ".join(tokens(text))


class Vocabulary:
    """Numbers words (new ones in alphabetical order), so texts become integer arrays.

    >>> vocabulary = Vocabulary()
    >>> vocabulary.ids(["who", "is", "who"]).tolist()
    [1, 0, 1]
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def ids(self, words: list[str]) -> np.ndarray:
        """The id of each word, numbering the words not seen before.

        New words get the next free ids in alphabetical order, so the same texts in the
        same order always get the same ids.

        Args:
            words: the words of a text, in order (:func:`kit.words.tokens`).

        Returns:
            A ``uint32`` array of the same length as ``words``, one id per word.
        """
        known = self._ids
        new = set(words).difference(known)
        if new:  # sorted, so the same texts always get the same ids
            known.update(zip(sorted(new), range(len(known), len(known) + len(new)), strict=True))
        return np.fromiter(map(known.__getitem__, words), dtype=np.uint32, count=len(words))

    def mask(self, words: Iterable[str]) -> np.ndarray:
        """A boolean array over the ids numbered so far, true at the ids of ``words``.

        Args:
            words: the words to mark; those not numbered yet are left out (no new ids).

        Returns:
            An array with one entry per id numbered so far, indexed by id.

        >>> vocabulary = Vocabulary()
        >>> vocabulary.ids(["the", "killer"]).tolist(), vocabulary.mask({"the", "a"}).tolist()
        ([1, 0], [False, True])
        """
        known = self._ids
        result = np.zeros(len(known), dtype=bool)
        result[[known[w] for w in set(words).intersection(known)]] = True
        return result


def blocks(sizes: np.ndarray, limit: int = CHUNK) -> Iterator[tuple[int, int]]:
    """Consecutive ranges of items whose sizes add up to about ``limit``: how the search keeps its memory flat.

    Args:
        sizes: each item's size (words of a text, values of a set), in order.
        limit: the most a range may hold, unless one item alone holds more.

    Yields:
        ``(first, last)``: the items ``first`` to ``last - 1``, at least one.

    >>> list(blocks(np.array([2, 0, 1]))), list(blocks(np.array([CHUNK, 1]))), list(blocks(np.array([3, 3]), 4))
    ([(0, 3)], [(0, 1), (1, 2)], [(0, 1), (1, 2)])
    """
    ends = np.cumsum(sizes)
    first = 0
    while first < sizes.size:
        start = int(ends[first] - sizes[first])
        last = max(first + 1, int(np.searchsorted(ends, start + limit, side="right")))
        yield first, last
        first = last
