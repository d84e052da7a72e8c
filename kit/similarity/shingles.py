"""Rule 1 of the copy search: word 3-grams, a MinHash index, and the exact Jaccard similarity.

Each text becomes the set of 32-bit hashes of its word 3-grams (:func:`shingle_sets`).
Candidate pairs come from one-permutation MinHash signatures with densified empty bins
(:func:`signatures`) put into buckets band by band (:func:`buckets`); each candidate is
then scored exactly (:func:`set_jaccard`). :func:`may_pair` skips the index when no two
sets can be alike. :mod:`kit.similarity` explains the figures.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from kit.similarity.vocabulary import WORDS, Vocabulary, blocks
from kit.words import tokens

if TYPE_CHECKING:
    from kit.similarity.search import Groups

__all__ = [
    "JACCARD",
    "shingles",
    "shingle_sets",
    "set_jaccard",
    "jaccard",
    "join_by_shingles",
    "may_pair",
    "signatures",
    "buckets",
]

#: The ``method`` of a pair found by rule 1.
JACCARD = "word 3-grams"
_BANDS, _ROWS = 16, 4
_BINS = _BANDS * _ROWS
_EMPTY = np.iinfo(np.uint32).max


def shingles(word_ids: np.ndarray) -> np.ndarray:
    """Sorted unique hashes of the word 3-grams of one text (see :func:`shingle_sets`).

    Args:
        word_ids: the text's words as ids (:meth:`Vocabulary.ids`).

    Returns:
        A sorted ``uint32`` array of its shingle hashes, without repeats.

    >>> shingles(np.array([1, 2, 3, 1, 2, 3], dtype=np.uint32)).size
    3
    """
    return shingle_sets([word_ids])[0]


def shingle_sets(texts: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Sorted unique 32-bit hashes of the word 3-grams of each text.

    Vectorised over batches of about 64k words (one numpy pass per batch, memory flat).
    A text of one or two words is its own single shingle; an empty text has none.

    Args:
        texts: each text's words as ids (:meth:`Vocabulary.ids`); texts to be compared
            must be numbered by one vocabulary.

    Returns:
        One sorted ``uint32`` array of shingle hashes without repeats per text, in the
        order given.
    """
    result: list[np.ndarray] = []
    for start, stop in blocks(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), WORDS):
        result.extend(_shingle_batch(texts[start:stop]))
    return result


def _shingle_batch(texts: Sequence[np.ndarray]) -> list[np.ndarray]:
    lengths = np.fromiter((t.size for t in texts), dtype=np.int64, count=len(texts))
    if not lengths.sum():
        return [np.empty(0, dtype=np.uint32) for _ in texts]
    ids = np.concatenate([*texts, np.zeros(2, dtype=np.uint32)]).astype(np.uint64)
    ids[:-2] += np.uint64(1)  # 0 marks "past the end of a short text"
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    offset = np.arange(ids.size - 2, dtype=np.int64)
    offset -= np.repeat(np.cumsum(lengths) - lengths, lengths)
    remaining = lengths[owner] - offset  # words from this position to the end of its text
    keep = (remaining >= 3) | ((offset == 0) & (remaining < 3))
    with np.errstate(over="ignore"):
        h = ids[:-2] * np.uint64(0x9E3779B97F4A7C15)
        h ^= np.where(remaining >= 2, ids[1:-1], 0) * np.uint64(0xC2B2AE3D27D4EB4F)
        h ^= np.where(remaining >= 3, ids[2:], 0) * np.uint64(0x165667B19E3779F9)
        h ^= h >> np.uint64(29)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(32)
    keys = (owner[keep].astype(np.uint64) << np.uint64(32)) | (h[keep] >> np.uint64(32))
    del ids, owner, offset, remaining, keep, h
    keys.sort()  # sort and drop repeats: much faster than np.unique's hash table here
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    cuts = np.searchsorted(keys >> np.uint64(32), np.arange(1, len(texts), dtype=np.uint64))
    return [part.astype(np.uint32) for part in np.split(keys, cuts)]  # the low 32 bits: the hash


def set_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sets given as sorted arrays of unique values (:func:`shingle_sets`).

    Args:
        a: one set, sorted, no repeats.
        b: the other.

    Returns:
        The size of their intersection over the size of their union: 1.0 for two empty sets.

    >>> set_jaccard(np.array([1, 2, 3]), np.array([2, 3, 4]))
    0.5
    """
    if a.size > b.size:
        a, b = b, a
    if not a.size:
        return 0.0 if b.size else 1.0
    at = np.searchsorted(b, a)
    at[at == b.size] = 0
    common = int(np.count_nonzero(b[at] == a))
    return common / (a.size + b.size - common)


def jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the word 3-gram sets of two texts (1.0 = the same words).

    Args:
        a: one text; case, punctuation and reading marks do not count.
        b: the other.

    Returns:
        The shared 3-grams over all 3-grams of the two, from 0.0 to 1.0; 1.0 when
        neither text has a word.

    >>> jaccard("Who is the killer?", "who is the KILLER")
    1.0
    >>> round(jaccard("a b c d", "a b c e"), 2)
    0.33
    """
    vocabulary = Vocabulary()
    sa, sb = shingle_sets([vocabulary.ids(tokens(t)) for t in (a, b)])
    if not sa.size and not sb.size:
        return 1.0
    return set_jaccard(sa, sb)


_MOST_COMPARED = 32  # the earlier texts one text is compared with, at most, over all its buckets
_SMALL_SET = 256  # a shingle set this small is compared as a Python set (a turn's: most are)


def join_by_shingles(
    sets: Sequence[np.ndarray], owners: list[int], threshold: float, groups: Groups, scored: dict
) -> None:
    """Rule 1: join the texts ``owners`` whose shingle sets the MinHash index pairs and the exact Jaccard confirms.

    Args:
        sets: every text's shingle set.
        owners: the positions of the texts that take part.
        threshold: the least Jaccard similarity of a copy.
        groups: the groups so far (:class:`kit.similarity.search.Groups`), joined in place.
        scored: ``{(earlier, later): (similarity, JACCARD)}`` for each pair joined, filled in place.
    """
    chosen = [sets[i] for i in owners]
    if not may_pair(chosen, threshold):
        return  # most sources: the index would find nothing, and costs more than this test
    tried: dict[int, int] = {}  # the texts each text was compared with (a page of look-alike turns: all of them)
    small: dict[int, frozenset] = {}  # a short text's set as Python's, compared without numpy's cost per call
    for bucket in buckets(signatures(chosen)):
        first = owners[bucket[0]]
        for position in range(1, len(bucket)):
            later = owners[bucket[position]]
            budget = _MOST_COMPARED - tried.get(later, 0)
            if groups.root(later) == groups.root(first) or budget <= 0:
                continue
            tried[later] = tried.get(later, 0) + min(position, 50, budget)
            b = chosen[bucket[position]]
            for earlier in bucket[: min(position, 50, budget)]:
                a = chosen[earlier]
                if a.size and b.size and a.size <= _SMALL_SET and b.size <= _SMALL_SET:
                    sa = small.get(earlier)
                    if sa is None:
                        sa = small[earlier] = frozenset(a.tolist())
                    sb = small.get(bucket[position])
                    if sb is None:
                        sb = small[bucket[position]] = frozenset(b.tolist())
                    common = len(sa & sb)
                    score = common / (a.size + b.size - common)  # (set_jaccard's, exactly)
                else:
                    score = set_jaccard(a, b)
                if score >= threshold:
                    scored[owners[earlier], later] = (score, JACCARD)  # exact scores, reused below
                    groups.join(owners[earlier], later)
                    break


def may_pair(sets: list[np.ndarray], threshold: float) -> bool:
    """False when no two of the shingle sets can be ``threshold`` similar (an exact test).

    If J(A, B) >= t then |A ∩ B| >= t |A ∪ B| >= t |A|: at least a share t of A's
    shingles occur in another set, and likewise for B. Unless two sets pass that test,
    rule 1 finds nothing, so skipping its index changes no result. A shingle is in
    another set when it occurs more than once among all the sets (a set holds no
    repeats): one sorted copy of them all tells, read a block of sets at a time.

    Args:
        sets: the shingle sets.
        threshold: the least Jaccard similarity of a copy.

    Returns:
        Whether two sets pass the test (the index may still find nothing).

    >>> a, b, c = np.array([1, 2, 3, 4, 5]), np.array([1, 2, 3, 4, 6]), np.array([7, 8])
    >>> may_pair([a, b, c], 0.6), may_pair([a, b, c], 0.9)
    (True, False)
    """
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    if np.count_nonzero(sizes) < 2:
        return False
    every = np.concatenate(sets)
    every.sort()
    passing = 0
    for first, last in blocks(sizes):
        values = np.concatenate(sets[first:last])
        first_at = np.searchsorted(every, values)  # each value's first place; held twice if the next is the same
        shared = every[np.minimum(first_at + 1, every.size - 1)] == values
        shared &= first_at + 1 < every.size
        owner = np.repeat(np.arange(last - first), sizes[first:last])
        per_set = np.bincount(owner, weights=shared, minlength=last - first)
        block = sizes[first:last]
        passing += int(np.count_nonzero((block > 0) & (per_set >= threshold * block - 1e-9)))
        if passing >= 2:
            return True
    return False


def signatures(sets: list[np.ndarray]) -> np.ndarray:
    """One-permutation MinHash signatures (texts x 64 bins), empty bins densified.

    Args:
        sets: the shingle sets.

    Returns:
        A ``uint32`` array of one row per set and 64 columns: each bin's least hash
        (26 bits), an empty bin filled from its nearest filled neighbour.
    """
    n = len(sets)
    signature = np.full(n * _BINS, _EMPTY, dtype=np.uint32)
    low = np.uint32((1 << 26) - 1)  # values are 32-bit: 6 bits pick the bin, 26 are kept
    for start, stop in blocks(np.fromiter(map(len, sets), dtype=np.int64, count=n)):  # memory flat
        values = np.concatenate(sets[start:stop])
        lengths = np.fromiter(map(len, sets[start:stop]), dtype=np.int64, count=stop - start)
        slots = np.repeat(np.arange(start, stop, dtype=np.int64) * _BINS, lengths)
        slots += (values >> np.uint32(26)).astype(np.int64)
        np.minimum.at(signature, slots, values & low)
    signature = signature.reshape(n, _BINS)
    for start in range(0, n, 1024):  # densify in blocks of rows, to keep memory flat
        block = signature[start : start + 1024]
        empty = block == _EMPTY
        if empty.any():
            # An empty bin borrows the nearest filled bin to its left (circularly), marked
            # with the distance so borrowed values do not match genuine ones by accident.
            filled = np.concatenate([~empty, ~empty], axis=1)
            where = np.where(filled, np.arange(2 * _BINS), -1)
            source = np.maximum.accumulate(where, axis=1)[:, _BINS:] % _BINS
            borrowed = np.take_along_axis(block, source, axis=1)
            distance = ((np.arange(_BINS) - source) % _BINS).astype(np.uint32)
            with np.errstate(over="ignore"):
                block[empty] = (borrowed + distance * np.uint32(0x9E3779B9))[empty]
    return signature


def buckets(signatures: np.ndarray) -> Iterator[list[int]]:
    """Groups of two or more texts that share a band of their signatures, in text order, a band at a time.

    Args:
        signatures: what :func:`signatures` returns.

    Yields:
        The row positions of the texts in one bucket of one band (two or more).
    """
    for band in range(_BANDS):
        rows = np.ascontiguousarray(signatures[:, band * _ROWS : (band + 1) * _ROWS])
        keys = rows.view(np.dtype((np.void, rows.itemsize * _ROWS))).ravel()
        _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        shared = np.flatnonzero(counts[inverse] > 1)
        if shared.size:
            order = shared[np.argsort(inverse[shared], kind="stable")]
            cuts = np.flatnonzero(np.diff(inverse[order])) + 1
            yield from (g.tolist() for g in np.split(order, cuts))
