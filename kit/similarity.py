"""Find near-duplicate texts without comparing every pair.

Used by :mod:`kit.frames` to fill ``duplicate_of`` and by the duplicates lesson.

Method, and why: texts are normalised (case folded, punctuation and the blogger's
reading marks such as ``(``, ``)`` and ``/`` dropped, so only words remain), cut into
overlapping word 3-grams (shingles), and compared by the Jaccard similarity of their
shingle sets. Comparing all pairs costs n²/2 set intersections (200 million for 20,000
turns), so candidates come from a MinHash index with locality-sensitive hashing
(Broder 1997; Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3):
64 hash functions in 16 bands of 4 rows put two texts in a common bucket with
probability 1 - (1 - J⁴)¹⁶, which is above 0.999 for J = 0.8 and below 0.02 for J = 0.2.
Each candidate pair is then checked with the exact Jaccard similarity, so the index can
only miss pairs, never invent them. MinHash is pure numpy, with no extra dependency, and
its figures (bands, rows, threshold) can be explained on a whiteboard.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np

__all__ = ["normalise", "tokens", "jaccard", "near_duplicates"]

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SHINGLE = 3
_BANDS, _ROWS = 16, 4


def normalise(text: str) -> str:
    """Lowercase words only: no punctuation, reading marks or extra spaces.

    >>> normalise("people(, including the leaders, )are killed – done / shapes")
    'people including the leaders are killed done shapes'
    """
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """The words of ``text`` after normalisation (NFKC, case folded, ’ as ').

    >>> tokens("Ukraine’s NATO bid")
    ["ukraine's", 'nato', 'bid']
    """
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return _TOKEN.findall(text)


def jaccard(a: str, b: str, shingle: int = _SHINGLE) -> float:
    """Jaccard similarity of the word-shingle sets of two texts (1.0 = same words).

    >>> jaccard("Who is the killer?", "who is the KILLER")
    1.0
    >>> round(jaccard("a b c d", "a b c e"), 2)
    0.33
    """
    sa, sb = _shingle_set(tokens(a), shingle), _shingle_set(tokens(b), shingle)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def _shingle_set(words: list[str], k: int) -> set[tuple[str, ...]]:
    if len(words) < k:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def near_duplicates(
    texts: Sequence[str], threshold: float = 0.8, min_words: int = 8, seed: int = 0
) -> list[tuple[int, int, float]]:
    """Pairs ``(earlier, later, similarity)``: each later text's match among earlier ones.

    Args:
        texts: the texts, in document order.
        threshold: the least Jaccard similarity of word 3-gram sets to count as a copy.
        min_words: shorter texts ("Thank you.") are never duplicates.
        seed: seed of the hash functions (results do not depend on it in practice).

    Returns:
        One pair per text that copies an earlier one, pointing at the first copy of the
        group (so ``earlier`` is the original), sorted by ``later``.

    >>> near_duplicates(["Who is the killer? Who is responsible for this?",
    ...                  "Something else entirely, said at another time and place.",
    ...                  "who is the killer - who is responsible for this"])
    [(0, 2, 1.0)]
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    vocabulary: dict[str, int] = {}
    ids, owners = [], []
    for index, text in enumerate(texts):
        words = tokens(text)
        if len(words) >= max(min_words, _SHINGLE):
            ids.append(np.fromiter((vocabulary.setdefault(w, len(vocabulary)) for w in words),
                                   dtype=np.uint64, count=len(words)))
            owners.append(index)
    if len(owners) < 2:
        return []
    shingles = [_hash_shingles(a) for a in ids]
    signatures = _minhash(shingles, np.random.default_rng(seed))
    parent = list(range(len(owners)))
    similarity: dict[int, tuple[int, float]] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for bucket in _buckets(signatures):
        for position, later in enumerate(bucket[1:], start=1):
            if root(later) == root(bucket[0]):
                continue
            for earlier in bucket[: min(position, 50)]:
                score = _jaccard_sorted(shingles[earlier], shingles[later])
                if score >= threshold:
                    a, b = root(earlier), root(later)
                    parent[max(a, b)] = min(a, b)
                    if later not in similarity or similarity[later][1] < score:
                        similarity[later] = (earlier, score)
                    break
    pairs = []
    for i in range(len(owners)):
        first = root(i)
        if first != i:
            score = _jaccard_sorted(shingles[first], shingles[i])
            if i in similarity and score < threshold:
                score = similarity[i][1]
            pairs.append((owners[first], owners[i], round(float(score), 4)))
    return pairs


def _hash_shingles(word_ids: np.ndarray) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word 3-grams of one text."""
    with np.errstate(over="ignore"):
        h = (
            word_ids[:-2] * np.uint64(0x9E3779B97F4A7C15)
            ^ word_ids[1:-1] * np.uint64(0xC2B2AE3D27D4EB4F)
            ^ word_ids[2:] * np.uint64(0x165667B19E3779F9)
        )
    return np.unique(h)


def _minhash(shingles: list[np.ndarray], rng: np.random.Generator) -> np.ndarray:
    """MinHash signatures (texts x 64) by multiply-shift hashing, in bounded chunks."""
    n_hashes = _BANDS * _ROWS
    a = rng.integers(1, 2**63, size=n_hashes, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=n_hashes, dtype=np.uint64)
    signatures = np.empty((len(shingles), n_hashes), dtype=np.uint64)
    lengths = np.array([len(s) for s in shingles])
    start = 0
    while start < len(shingles):
        stop = start + 1
        total = lengths[start]
        while stop < len(shingles) and total + lengths[stop] <= 32_768:
            total += lengths[stop]
            stop += 1
        block = np.concatenate(shingles[start:stop])
        with np.errstate(over="ignore"):
            hashed = (block[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)
        offsets = np.concatenate(([0], np.cumsum(lengths[start:stop])[:-1]))
        signatures[start:stop] = np.minimum.reduceat(hashed, offsets, axis=0)
        start = stop
    return signatures


def _buckets(signatures: np.ndarray) -> list[list[int]]:
    """Groups of two or more texts that share a band of their signatures."""
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
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)
