"""Find near-duplicate texts without comparing every pair.

Used by :mod:`kit.frames` to fill ``duplicate_of`` and by the duplicates lesson.

Method, and why: texts are normalised (case folded, punctuation and the blogger's
reading marks such as ``(``, ``)`` and ``/`` dropped, so only words remain), cut into
overlapping word 3-grams (shingles), and compared by the Jaccard similarity of their
shingle sets. Comparing all pairs costs n²/2 set intersections (200 million for 20,000
turns), so candidates come from a MinHash index with locality-sensitive hashing
(Broder 1997; Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3).
The signature is a one-permutation MinHash (Li, Owen and Zhang 2012) with densified
empty bins (Shrivastava 2017): each shingle is hashed once and kept as the minimum of
one of 64 bins, so the index costs one pass over the shingles instead of 64. Its 16
bands of 4 rows put two texts in a common bucket with probability 1 - (1 - J⁴)¹⁶:
above 0.999 for J = 0.8, below 0.02 for J = 0.2. Each candidate pair is then checked
with the exact Jaccard similarity, so the index can only miss pairs, never invent them.
Pure numpy, no extra dependency, and every figure can be explained on a whiteboard.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kit.words import tokens

__all__ = [
    "normalise", "Vocabulary", "shingles", "shingle_sets", "jaccard", "near_duplicates",
    "near_duplicate_sets",
]  # fmt: skip

_BANDS, _ROWS = 16, 4
_BINS = _BANDS * _ROWS
_EMPTY = np.iinfo(np.uint64).max
_LOW40 = np.uint64((1 << 40) - 1)


def normalise(text: str) -> str:
    """Lowercase words only: no punctuation, reading marks or extra spaces.

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
        known = self._ids
        new = set(words).difference(known)
        if new:  # sorted, so the same texts always get the same ids
            known.update(zip(sorted(new), range(len(known), len(known) + len(new))))
        return np.fromiter(map(known.__getitem__, words), dtype=np.uint32, count=len(words))


def jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the word 3-gram sets of two texts (1.0 = the same words).

    >>> jaccard("Who is the killer?", "who is the KILLER")
    1.0
    >>> round(jaccard("a b c d", "a b c e"), 2)
    0.33
    """
    vocabulary = Vocabulary()
    sa, sb = shingle_sets([vocabulary.ids(tokens(t)) for t in (a, b)])
    if not sa.size and not sb.size:
        return 1.0
    return _jaccard_sorted(sa, sb)


def shingles(word_ids: np.ndarray) -> np.ndarray:
    """Sorted unique hashes of the word 3-grams of one text (see :func:`shingle_sets`).

    >>> shingles(np.array([1, 2, 3, 1, 2, 3], dtype=np.uint32)).size
    3
    """
    return shingle_sets([word_ids])[0]


def shingle_sets(texts: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Sorted unique 40-bit hashes of the word 3-grams of each text.

    Vectorised over batches of about 256k words (one numpy pass per batch, memory flat).
    A text of one or two words is its own single shingle; an empty text has none.
    """
    result: list[np.ndarray] = []
    start = 0
    while start < len(texts):
        stop, size = start, 0
        while stop < len(texts) and (size == 0 or size + texts[stop].size <= 262_144):
            size += texts[stop].size
            stop += 1
        result.extend(_shingle_batch(texts[start:stop]))
        start = stop
    return result


def _shingle_batch(texts: Sequence[np.ndarray]) -> list[np.ndarray]:
    lengths = np.fromiter((t.size for t in texts), dtype=np.int64, count=len(texts))
    if not lengths.sum():
        return [np.empty(0, dtype=np.uint64) for _ in texts]
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
    keys = (owner[keep].astype(np.uint64) << np.uint64(40)) | (h[keep] >> np.uint64(24))
    del ids, owner, offset, remaining, keep, h
    keys.sort()  # sort and drop repeats: much faster than np.unique's hash table here
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    cuts = np.searchsorted(keys >> np.uint64(40), np.arange(1, len(texts), dtype=np.uint64))
    return [part & _LOW40 for part in np.split(keys, cuts)]


def near_duplicates(
    texts: Sequence[str] | Sequence[np.ndarray], threshold: float = 0.8, min_words: int = 8
) -> list[tuple[int, int, float]]:
    """Pairs ``(earlier, later, similarity)``: each later text's match among earlier ones.

    Args:
        texts: the texts in document order, or their word-id arrays (:class:`Vocabulary`).
        threshold: the least Jaccard similarity of word 3-gram sets to count as a copy.
        min_words: shorter texts ("Thank you very much.") are never duplicates.

    Returns:
        One pair per text that copies an earlier one, pointing at the first copy of its
        group (so ``earlier`` is the original), sorted by ``later``.

    >>> near_duplicates(["Who is the killer? Who is responsible for this?",
    ...                  "Something else entirely, said at another time and place.",
    ...                  "who is the killer - who is responsible for this"])
    [(0, 2, 1.0)]
    """
    vocabulary = Vocabulary()
    arrays = [t if isinstance(t, np.ndarray) else vocabulary.ids(tokens(t)) for t in texts]
    eligible = [a.size >= max(min_words, 3) for a in arrays]
    return near_duplicate_sets(shingle_sets(arrays), eligible, threshold)


def near_duplicate_sets(
    sets: Sequence[np.ndarray], eligible: Sequence[bool], threshold: float = 0.8
) -> list[tuple[int, int, float]]:
    """:func:`near_duplicates` for precomputed shingle sets (:func:`shingles`).

    Only the sets marked ``eligible`` take part.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    owners = [i for i, ok in enumerate(eligible) if ok and sets[i].size]
    if len(owners) < 2:
        return []
    sets = [sets[i] for i in owners]
    signatures = _signatures(sets)
    parent = list(range(len(owners)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    scored: dict[tuple[int, int], float] = {}  # exact scores already computed, reused below
    for bucket in _buckets(signatures):
        for position in range(1, len(bucket)):
            later = bucket[position]
            if root(later) == root(bucket[0]):
                continue
            for earlier in bucket[: min(position, 50)]:
                score = _jaccard_sorted(sets[earlier], sets[later])
                if score >= threshold:
                    scored[earlier, later] = score
                    a, b = root(earlier), root(later)
                    parent[max(a, b)] = min(a, b)
                    break
    pairs = []
    for i in range(len(owners)):
        first = root(i)
        if first != i:
            score = scored.get((first, i))
            if score is None:
                score = _jaccard_sorted(sets[first], sets[i])
            pairs.append((owners[first], owners[i], round(float(score), 4)))
    return pairs


def _signatures(sets: list[np.ndarray]) -> np.ndarray:
    """One-permutation MinHash signatures (texts x 64 bins), empty bins densified."""
    n = len(sets)
    signature = np.full(n * _BINS, _EMPTY, dtype=np.uint64)
    low = np.uint64((1 << 34) - 1)  # values are 40-bit: 6 bits pick the bin, 34 are kept
    start = 0
    while start < n:  # in chunks of about 64k shingles, to keep memory flat
        stop, size = start, 0
        while stop < n and (size == 0 or size + len(sets[stop]) <= 65_536):
            size += len(sets[stop])
            stop += 1
        values = np.concatenate(sets[start:stop])
        lengths = np.fromiter(map(len, sets[start:stop]), dtype=np.int64, count=stop - start)
        slots = np.repeat(np.arange(start, stop, dtype=np.int64) * _BINS, lengths)
        slots += (values >> np.uint64(34)).astype(np.int64)
        np.minimum.at(signature, slots, values & low)
        start = stop
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
            distance = ((np.arange(_BINS) - source) % _BINS).astype(np.uint64)
            with np.errstate(over="ignore"):
                block[empty] = (borrowed + distance * np.uint64(0x9E3779B97F4A7C15))[empty]
    return signature


def _buckets(signatures: np.ndarray) -> list[list[int]]:
    """Groups of two or more texts that share a band of their signatures, in text order."""
    groups = []
    for band in range(_BANDS):
        rows = np.ascontiguousarray(signatures[:, band * _ROWS : (band + 1) * _ROWS])
        keys = rows.view(np.dtype((np.void, rows.itemsize * _ROWS))).ravel()
        _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        shared = np.flatnonzero(counts[inverse] > 1)
        if shared.size:
            order = shared[np.argsort(inverse[shared], kind="stable")]
            cuts = np.flatnonzero(np.diff(inverse[order])) + 1
            groups.extend(g.tolist() for g in np.split(order, cuts))
    return groups


def _jaccard_sorted(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted arrays of unique values."""
    if a.size > b.size:
        a, b = b, a
    if not a.size:
        return 0.0 if b.size else 1.0
    at = np.searchsorted(b, a)
    at[at == b.size] = 0
    common = int(np.count_nonzero(b[at] == a))
    return common / (a.size + b.size - common)
