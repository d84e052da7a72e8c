"""Find near-duplicate texts without comparing every pair.

Used by :mod:`kit.frames` to fill ``duplicate_of`` and by :func:`kit.duplicates.find`.

Texts are normalised first: case folded, punctuation and the blogger's reading marks
such as ``(``, ``)`` and ``/`` dropped, so only words remain. Two texts are then copies
by either of two rules.

**1. Word 3-grams** (:func:`jaccard`): the texts are cut into overlapping word 3-grams
(shingles) and compared by the Jaccard similarity of their shingle sets; ``threshold``
(0.8) or more is a copy. It forgives a changed word here and there in a long text.
Comparing all pairs costs n²/2 set intersections (200 million for 20,000 turns), so
candidates come from a MinHash index with locality-sensitive hashing (Broder 1997;
Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3). The signature is
a one-permutation MinHash (Li, Owen and Zhang 2012) with densified empty bins
(Shrivastava 2017): each shingle is hashed once and kept as the minimum of one of 64
bins, so the index costs one pass over the shingles instead of 64. Its 16 bands of 4
rows put two texts in a common bucket with probability 1 - (1 - J⁴)¹⁶: above 0.999 for
J = 0.8, below 0.02 for J = 0.2. Each candidate pair is then checked with the exact
Jaccard similarity, so the index can only miss pairs, never invent them.
Shingles are kept as 32-bit hashes, 4 bytes each: two different 3-grams of a pair of
turns of 200 words share a hash with probability about 10⁻⁵, so the Jaccard similarity
of the hashes is the Jaccard similarity of the 3-grams in practice.

**2. Words in order** (:func:`in_order`), for words inserted into a short text. Each
insertion breaks the 3-grams around it, whatever the text's length: a 25-word turn
pasted again with a two-word aside (``the route(, as planned, )work``) scores 0.79 and
is missed, where a 250-word turn would score 0.98. So a pair is also a
copy when every word of the shorter text appears in the longer one in the same order
(other words may come between) and makes up at least half of it (:data:`MIN_SHARE`):
reading marks and asides may add words, but a sentence quoted in a long answer is not a
copy of the answer. Words may be added to either copy (a word dropped from one is a
word added to the other) but none may be changed, because changed words are what tell
two reports read from one template apart (``the Mayakovskaya power plant is ready`` and
``the Talakhovskaya power plant is ready``). Candidates come from an index of content
words: a text holding every word of another holds in particular its six rarest ones, so
only the texts of one to two times its length holding all six are checked word by word.
Unlike the MinHash index this one misses no pair (prefix filtering: Chaudhuri, Ganti and
Kaushik 2006; Bayardo, Ma and Srikant 2007), and it costs little because rare words are
rare.

**The floor.** Both rules only look at texts with at least :data:`MIN_CONTENT_WORDS`
distinct content words: words that are neither stopwords (:func:`kit.words.stopwords`)
nor the words of greetings, thanks, forms of address and giving the floor
(:func:`formula_words`). Formulas such as "Thank you very much, Mr President." or "Good
afternoon, colleagues. Yes, go ahead, please." have none, so they are never copies
however they are strung together, and a short sentence of substance ("We agreed on the
route: work on the bridge will begin in the spring." has six) can be.

Pure numpy, no extra dependency, and every figure can be explained on a whiteboard.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from os import PathLike
from typing import NamedTuple

import numpy as np

from kit._files import read_words
from kit.words import stopwords, tokens

__all__ = [
    "THRESHOLD", "normalise", "Vocabulary", "shingles", "shingle_sets", "jaccard", "set_jaccard", "in_order", "Copy",
    "near_duplicates", "near_duplicate_sets", "formula_words", "MIN_CONTENT_WORDS", "MIN_SHARE",
    "JACCARD", "IN_ORDER",
]  # fmt: skip

#: Jaccard similarity of word 3-grams from which two texts are copies (rule 1), everywhere in the kit.
THRESHOLD = 0.8
#: Texts with fewer distinct content words (neither stopwords nor formula words) are never copies.
MIN_CONTENT_WORDS = 6
#: Words in order: the shorter text must make up at least this share of the longer one.
MIN_SHARE = 0.5
#: The ``method`` of a pair found by each rule.
JACCARD, IN_ORDER = "word 3-grams", "words in order"

_BANDS, _ROWS = 16, 4
_BINS = _BANDS * _ROWS
_EMPTY = np.iinfo(np.uint32).max
_CHUNK = 1 << 16  # values handled at a time where a whole-array step would cost memory
_WORDS = 65_536  # words of text per vectorised batch (memory flat, a few hundred KB a step)
_KEYS = 6  # rule 2 checks a candidate word by word only if it holds the text's 6 rarest content words
_PLAIN: tuple | None = None  # (stopwords, formula words, their union): see _plain_words


def _plain_words() -> frozenset[str]:
    """Stopwords and formula words: the words that are not content words (both files re-read when they change)."""
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


def in_order(a: str, b: str) -> float:
    """The share of the longer text made of the shorter one's words, if all are there in order.

    0.0 when some word of the shorter text is missing from the longer one, or comes out
    of order. Case, punctuation and reading marks do not count (:func:`normalise`).
    Rule 2 of the module counts a pair as a copy from :data:`MIN_SHARE` (0.5) up.

    Args:
        a: one text.
        b: the other (either may be the shorter).

    Returns:
        The shorter text's word count over the longer one's when every word of the
        shorter occurs in the longer in the same order, else 0.0; 1.0 when neither has
        a word.

    >>> in_order("We agreed on the route, work will begin", "We agreed on the route(, as planned, )work will begin")
    0.8
    >>> in_order("We agreed on the route", "We agreed on a route")
    0.0
    """
    shorter, longer = sorted((tokens(a), tokens(b)), key=len)
    return _share_in_order(shorter, longer)


def _share_in_order(shorter: list, longer: list) -> float:
    """:func:`in_order` for two word lists, the shorter first."""
    if not longer:
        return 1.0
    remaining = iter(longer)
    return len(shorter) / len(longer) if all(word in remaining for word in shorter) else 0.0


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
    start = 0
    while start < len(texts):
        stop, size = start, 0
        while stop < len(texts) and (size == 0 or size + texts[stop].size <= _WORDS):
            size += texts[stop].size
            stop += 1
        result.extend(_shingle_batch(texts[start:stop]))
        start = stop
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


class Copy(NamedTuple):
    """A text that copies an earlier one: positions in the list given, score and rule."""

    earlier: int
    later: int
    similarity: float
    method: str  # JACCARD (similarity is the Jaccard of word 3-grams) or IN_ORDER (the share)


def near_duplicates(
    texts: Sequence[str] | Sequence[np.ndarray],
    threshold: float = THRESHOLD,
    min_content: int = MIN_CONTENT_WORDS,
    vocabulary: Vocabulary | None = None,
) -> list[Copy]:
    """Each later text that copies an earlier one, by either rule of this module.

    Args:
        texts: the texts in document order, or their word-id arrays with the
            ``vocabulary`` that numbered them.
        threshold: the least Jaccard similarity of word 3-gram sets to count as a copy
            (rule 1; rule 2 has no threshold: every word must be there).
        min_content: texts with fewer distinct content words are never copies.
        vocabulary: the :class:`Vocabulary` of word-id arrays (it tells content words
            from stopwords); needed only when ``texts`` are arrays.

    Returns:
        One :class:`Copy` per text that copies an earlier one, pointing at the first
        copy of its group (so ``earlier`` is the original), sorted by ``later``. A text
        joined to its group through another copy may score below the rules against the
        first copy.

    >>> near_duplicates(["We agreed on the route: work on the bridge will begin in the spring.",
    ...                  "Something else entirely, said at another time and place.",
    ...                  "We agreed on the route (as planned) / work on the bridge will begin in the spring"])
    [Copy(earlier=0, later=2, similarity=0.875, method='words in order')]
    """
    _check(threshold)
    if vocabulary is None:
        if any(isinstance(t, np.ndarray) for t in texts):
            raise ValueError("give the Vocabulary that numbered the word-id arrays")
        vocabulary = Vocabulary()
    arrays = [t if isinstance(t, np.ndarray) else vocabulary.ids(tokens(t)) for t in texts]
    plain = vocabulary.mask(_plain_words())
    counts = _content_counts(arrays, plain)
    eligible = counts >= min_content
    if np.count_nonzero(eligible) < 2:
        return []
    empty = np.empty(0, dtype=np.uint32)
    taking_part = [a if ok else empty for a, ok in zip(arrays, eligible.tolist(), strict=True)]
    sets = shingle_sets(taking_part)
    groups, scored = _Groups(len(arrays)), {}
    _join_by_shingles(sets, np.flatnonzero(eligible).tolist(), threshold, groups, scored)
    del sets  # one index in memory at a time: the content words are listed only now, not kept from the count
    owner, word = _content_words(taking_part, plain, np.where(eligible, counts, 0))
    _join_in_order(arrays, owner, word, groups, scored)
    del owner, word
    return _pairs(groups, scored, threshold, arrays=arrays)


def near_duplicate_sets(
    sets: Sequence[np.ndarray], eligible: Sequence[bool], threshold: float = THRESHOLD
) -> list[tuple[int, int, float]]:
    """Rule 1 alone (word 3-grams) for precomputed shingle sets (:func:`shingle_sets`).

    As :func:`near_duplicates` without its rule 2 and its floor of content words.

    Args:
        sets: each text's shingle set, in document order.
        eligible: for each set, whether it takes part (an empty set never does).
        threshold: the least Jaccard similarity to count as a copy, in (0, 1].

    Returns:
        ``(earlier, later, similarity)`` per set that copies an earlier one: positions
        in ``sets``, ``earlier`` the first of its group, the Jaccard similarity against
        it rounded to 4 places (possibly below ``threshold`` for a set joined through
        another copy), sorted by ``later``.

    Raises:
        ValueError: ``threshold`` is not in (0, 1].

    >>> vocabulary = Vocabulary()
    >>> sets = shingle_sets([vocabulary.ids(t.split()) for t in ["a b c d e", "x y z", "a b c d e"]])
    >>> near_duplicate_sets(sets, [True, True, True])
    [(0, 2, 1.0)]
    """
    _check(threshold)
    groups, scored = _Groups(len(sets)), {}
    owners = [i for i, ok in enumerate(eligible) if ok and sets[i].size]
    _join_by_shingles(sets, owners, threshold, groups, scored)
    return [(a, b, score) for a, b, score, _ in _pairs(groups, scored, threshold, sets=sets)]


def _check(threshold: float) -> None:
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")


class _Groups:
    """Union-find over text positions; the root of a group is its first text."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        a, b = self.root(a), self.root(b)
        self.parent[max(a, b)] = min(a, b)


def _join_by_shingles(
    sets: Sequence[np.ndarray], owners: list[int], threshold: float, groups: _Groups, scored: dict
) -> None:
    """Rule 1: join the texts ``owners`` whose shingle sets the MinHash index pairs and the exact Jaccard confirms."""
    chosen = [sets[i] for i in owners]
    if not _may_pair(chosen, threshold):
        return  # most sources: the index would find nothing, and costs more than this test
    for bucket in _buckets(_signatures(chosen)):
        first = owners[bucket[0]]
        for position in range(1, len(bucket)):
            later = owners[bucket[position]]
            if groups.root(later) == groups.root(first):
                continue
            for earlier in bucket[: min(position, 50)]:
                score = set_jaccard(chosen[earlier], chosen[bucket[position]])
                if score >= threshold:
                    scored[owners[earlier], later] = (score, JACCARD)  # exact scores, reused below
                    groups.join(owners[earlier], later)
                    break


def _may_pair(sets: list[np.ndarray], threshold: float) -> bool:
    """False when no two of the shingle sets can be ``threshold`` similar (an exact test).

    If J(A, B) >= t then |A ∩ B| >= t |A ∪ B| >= t |A|: at least a share t of A's
    shingles occur in another set, and likewise for B. Unless two sets pass that test,
    rule 1 finds nothing, so skipping its index changes no result. A shingle is in
    another set when it occurs more than once among all the sets (a set holds no
    repeats): one sorted copy of them all tells, read a block of sets at a time.

    >>> a, b, c = np.array([1, 2, 3, 4, 5]), np.array([1, 2, 3, 4, 6]), np.array([7, 8])
    >>> _may_pair([a, b, c], 0.6), _may_pair([a, b, c], 0.9)
    (True, False)
    """
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    if np.count_nonzero(sizes) < 2:
        return False
    every = np.concatenate(sets)
    every.sort()
    passing = 0
    for first, last in _blocks(sizes):
        values = np.concatenate(sets[first:last])
        shared = np.searchsorted(every, values, side="right") - np.searchsorted(every, values, side="left") > 1
        owner = np.repeat(np.arange(last - first), sizes[first:last])
        per_set = np.bincount(owner, weights=shared, minlength=last - first)
        block = sizes[first:last]
        passing += int(np.count_nonzero((block > 0) & (per_set >= threshold * block - 1e-9)))
        if passing >= 2:
            return True
    return False


def _blocks(sizes: np.ndarray) -> Iterator[tuple[int, int]]:
    """``(first, last)`` ranges of texts holding about :data:`_CHUNK` values each (at least one text).

    >>> list(_blocks(np.array([2, 0, 1]))), list(_blocks(np.array([_CHUNK, 1])))
    ([(0, 3)], [(0, 1), (1, 2)])
    """
    ends = np.cumsum(sizes)
    first = 0
    while first < sizes.size:
        start = int(ends[first] - sizes[first])
        last = max(first + 1, int(np.searchsorted(ends, start + _CHUNK, side="right")))
        yield first, last
        first = last


def _content_counts(arrays: Sequence[np.ndarray], stop: np.ndarray) -> np.ndarray:
    """The number of distinct content words of each text (``stop`` marks the ids of the other words)."""
    counts = np.zeros(len(arrays), dtype=np.int64)
    for start, owner, _ in _content_batches(arrays, stop):
        found = np.bincount(owner)
        counts[start : start + found.size] += found
    return counts


def _content_words(arrays: Sequence[np.ndarray], stop: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(text, word)`` for each distinct content word of each text, sorted by text then word.

    ``counts`` (:func:`_content_counts`) sizes the two int32 arrays once, so they are
    filled in place rather than joined from pieces.
    """
    owners = np.empty(int(counts.sum()), dtype=np.int32)
    words = np.empty(owners.size, dtype=np.int32)
    at = 0
    for start, owner, word in _content_batches(arrays, stop):
        owners[at : at + owner.size] = owner + start
        words[at : at + word.size] = word
        at += owner.size
    return owners, words


def _content_batches(arrays: Sequence[np.ndarray], stop: np.ndarray) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """``(first text, text, word)`` for the distinct content words of batches of about 64k words (memory flat)."""
    start = 0
    while start < len(arrays):
        end, size = start, 0
        while end < len(arrays) and (size == 0 or size + arrays[end].size <= _WORDS):
            size += arrays[end].size
            end += 1
        batch = arrays[start:end]
        lengths = np.fromiter(map(len, batch), dtype=np.int64, count=len(batch))
        ids = np.concatenate([*batch, np.empty(0, dtype=np.uint32)]).astype(np.int64)
        owner = np.repeat(np.arange(len(batch), dtype=np.int64), lengths)
        keep = ~stop[ids] if stop.size else np.ones(ids.size, dtype=bool)
        keys = (owner[keep] << 32) | ids[keep]
        keys.sort()
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if keys.size else keys
        yield start, (keys >> 32).astype(np.int32), (keys & 0xFFFFFFFF).astype(np.int32)
        start = end


def _join_in_order(
    arrays: Sequence[np.ndarray], owner: np.ndarray, word: np.ndarray, groups: _Groups, scored: dict
) -> None:
    """Rule 2: join each text whose words all appear, in order, in a text at most twice as long.

    ``owner``/``word`` are the content words of the texts that take part
    (:func:`_content_words`). Candidates for a text of n words: the texts of n to 2n
    words holding its rarest content word (read off a list sorted by word, then
    length), kept if they also hold its next five rarest; each is then checked word by
    word. Exact repeats are left to rule 1 (Jaccard 1.0): only the
    first of each distinct text is indexed.
    """
    if owner.size == 0:
        return
    # A text inside another has all its content words in two texts at least: most have not.
    starts = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    if not (np.minimum.reduceat(np.bincount(word)[word], starts) >= 2).any():
        return
    lengths = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
    seen: dict[bytes, int] = {}
    first = np.zeros(len(arrays), dtype=bool)
    for i in owner[starts].tolist():
        first[i] = seen.setdefault(arrays[i].tobytes(), i) == i
    keep = first[owner]
    owner, word = owner[keep], word[keep]
    del keep, first, seen
    frequency = np.bincount(word)
    order = np.lexsort((word, frequency[word], owner))  # each text's words, rarest first
    del frequency
    by_text, rarest = owner[order], word[order]
    del order
    starts = np.flatnonzero(np.concatenate(([True], by_text[1:] != by_text[:-1])))
    counts = np.diff(np.append(starts, by_text.size))
    texts = by_text[starts]
    keys = [rarest[starts + np.minimum(k, counts - 1)].astype(np.int64) for k in range(_KEYS)]
    del by_text, rarest, starts, counts
    # Who holds a word, sorted by word then length: the candidates for a text are one slice.
    most = (lengths / MIN_SHARE).astype(np.int64)  # the longest text each may be in
    span = int(most.max()) + 1
    by_length = np.lexsort((owner, lengths[owner], word))
    holder = owner[by_length]
    holder_key = word[by_length].astype(np.int64) * span + lengths[holder]
    del by_length
    low = np.searchsorted(holder_key, keys[0] * span + lengths[texts], side="left")
    size = np.searchsorted(holder_key, keys[0] * span + most[texts], side="right") - low
    del holder_key
    postings = (word.astype(np.int64) << 32) | owner  # (word, text), to ask whether a text holds a word
    postings.sort()
    del owner, word
    chunk_start = 0
    while chunk_start < texts.size:  # about 64k candidates at a time, to keep memory flat
        total = np.cumsum(size[chunk_start:])
        chunk_stop = chunk_start + max(1, int(np.searchsorted(total, _CHUNK, side="right")))
        part = slice(chunk_start, chunk_stop)
        chunk_start = chunk_stop
        sizes = size[part]
        shorter = np.repeat(texts[part], sizes)
        at = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(low[part] - (np.cumsum(sizes) - sizes), sizes)
        longer = holder[at]
        ok = (longer != shorter) & ((lengths[longer] > lengths[shorter]) | (longer > shorter))
        for key in keys[1:]:
            probe = (np.repeat(key[part], sizes)[ok] << 32) | longer[ok]
            found = np.searchsorted(postings, probe)
            hit = postings[np.minimum(found, postings.size - 1)] == probe
            ok[np.flatnonzero(ok)[~hit]] = False
        for i, j in zip(shorter[ok].tolist(), longer[ok].tolist(), strict=True):
            a, b = min(i, j), max(i, j)
            if groups.root(a) == groups.root(b):
                continue
            share = _share_in_order(arrays[i].tolist(), arrays[j].tolist())
            if share >= MIN_SHARE:
                scored[a, b] = (share, IN_ORDER)
                groups.join(a, b)


def _pairs(
    groups: _Groups,
    scored: dict,
    threshold: float,
    sets: Sequence[np.ndarray] | None = None,
    arrays: Sequence[np.ndarray] | None = None,
) -> list[Copy]:
    """One :class:`Copy` per text that is not the first of its group, scored against the first.

    Texts joined to their group through another copy are scored here. Their shingle
    sets come from ``sets``, or are made from the word ids ``arrays`` for those texts
    alone (the search has dropped its own by now, to need memory for one index at a time).
    """
    joined = {i: groups.root(i) for i in range(len(groups.parent)) if groups.root(i) != i}
    if sets is None:
        needed = sorted({k for i, first in joined.items() if (first, i) not in scored for k in (i, first)})
        sets = dict(zip(needed, shingle_sets([arrays[k] for k in needed]), strict=True))
    pairs = []
    for i, first in joined.items():
        found = scored.get((first, i))
        if found is None:  # joined through another copy: score it against the first
            found = (set_jaccard(sets[first], sets[i]), JACCARD)
            if found[0] < threshold and arrays is not None:
                a, b = sorted((arrays[first].tolist(), arrays[i].tolist()), key=len)
                share = _share_in_order(a, b)
                if share >= MIN_SHARE:
                    found = (share, IN_ORDER)
        pairs.append(Copy(first, i, round(float(found[0]), 4), found[1]))
    return pairs


def _signatures(sets: list[np.ndarray]) -> np.ndarray:
    """One-permutation MinHash signatures (texts x 64 bins), empty bins densified."""
    n = len(sets)
    signature = np.full(n * _BINS, _EMPTY, dtype=np.uint32)
    low = np.uint32((1 << 26) - 1)  # values are 32-bit: 6 bits pick the bin, 26 are kept
    start = 0
    while start < n:  # in chunks of about 64k shingles, to keep memory flat
        stop, size = start, 0
        while stop < n and (size == 0 or size + len(sets[stop]) <= 65_536):
            size += len(sets[stop])
            stop += 1
        values = np.concatenate(sets[start:stop])
        lengths = np.fromiter(map(len, sets[start:stop]), dtype=np.int64, count=stop - start)
        slots = np.repeat(np.arange(start, stop, dtype=np.int64) * _BINS, lengths)
        slots += (values >> np.uint32(26)).astype(np.int64)
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
            distance = ((np.arange(_BINS) - source) % _BINS).astype(np.uint32)
            with np.errstate(over="ignore"):
                block[empty] = (borrowed + distance * np.uint32(0x9E3779B9))[empty]
    return signature


def _buckets(signatures: np.ndarray) -> Iterator[list[int]]:
    """Groups of two or more texts that share a band of their signatures, in text order, a band at a time."""
    for band in range(_BANDS):
        rows = np.ascontiguousarray(signatures[:, band * _ROWS : (band + 1) * _ROWS])
        keys = rows.view(np.dtype((np.void, rows.itemsize * _ROWS))).ravel()
        _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        shared = np.flatnonzero(counts[inverse] > 1)
        if shared.size:
            order = shared[np.argsort(inverse[shared], kind="stable")]
            cuts = np.flatnonzero(np.diff(inverse[order])) + 1
            yield from (g.tolist() for g in np.split(order, cuts))


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
