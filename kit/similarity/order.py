"""Rule 2 of the copy search: every word of the shorter text in the longer one, in order.

For a short text pasted again with an aside or reading marks inserted, which breaks the
3-grams around each insertion. Candidates come from an index of each text's rarest
content words (:func:`content_words`), so no pair is missed and few are checked word by
word (:func:`share_in_order`). :mod:`kit.similarity` explains the rule.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from kit.similarity.vocabulary import WORDS, blocks
from kit.words import tokens

if TYPE_CHECKING:
    from kit.similarity.search import Groups

__all__ = ["IN_ORDER", "MIN_SHARE", "in_order", "share_in_order", "content_counts", "content_words", "join_in_order"]

#: The ``method`` of a pair found by rule 2.
IN_ORDER = "words in order"
#: Words in order: the shorter text must make up at least this share of the longer one.
MIN_SHARE = 0.5
_KEYS = 6  # rule 2 checks a candidate word by word only if it holds the text's 6 rarest content words


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
    return share_in_order(shorter, longer)


def share_in_order(shorter: list, longer: list) -> float:
    """:func:`in_order` for two word lists, the shorter first.

    Args:
        shorter: the shorter text's words (or ids).
        longer: the longer text's.

    Returns:
        ``len(shorter) / len(longer)`` if every word of ``shorter`` occurs in ``longer``
        in the same order, else 0.0; 1.0 when ``longer`` is empty.

    >>> share_in_order(["we", "met"], ["we", "met", "twice"]), share_in_order(["met", "we"], ["we", "met"])
    (0.6666666666666666, 0.0)
    """
    if not longer:
        return 1.0
    remaining = iter(longer)
    return len(shorter) / len(longer) if all(word in remaining for word in shorter) else 0.0


def content_counts(arrays: Sequence[np.ndarray], stop: np.ndarray) -> np.ndarray:
    """The number of distinct content words of each text.

    Args:
        arrays: each text's word ids.
        stop: a boolean array over the ids, true for the words that are not content
            words (:meth:`Vocabulary.mask` of :func:`plain_words`).

    Returns:
        One count per text.

    >>> content_counts([np.array([0, 1, 1, 2], dtype=np.uint32)], np.array([True, False, False])).tolist()
    [2]
    """
    counts = np.zeros(len(arrays), dtype=np.int64)
    for start, owner, _ in _content_batches(arrays, stop):
        found = np.bincount(owner)
        counts[start : start + found.size] += found
    return counts


def content_words(arrays: Sequence[np.ndarray], stop: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(text, word)`` for each distinct content word of each text, sorted by text then word.

    Args:
        arrays: each text's word ids.
        stop: as for :func:`content_counts`.
        counts: what :func:`content_counts` gives for ``arrays``: it sizes the two
            int32 arrays once, so they are filled in place rather than joined from pieces.

    Returns:
        ``(owner, word)``: two int32 arrays, the text and the id of each content word.

    >>> arrays, stop = [np.array([2, 0, 2], dtype=np.uint32)], np.array([True, False, False])
    >>> [a.tolist() for a in content_words(arrays, stop, content_counts(arrays, stop))]
    [[0], [2]]
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
    for start, end in blocks(np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays)), WORDS):
        batch = arrays[start:end]
        lengths = np.fromiter(map(len, batch), dtype=np.int64, count=len(batch))
        ids = np.concatenate([*batch, np.empty(0, dtype=np.uint32)]).astype(np.int64)
        owner = np.repeat(np.arange(len(batch), dtype=np.int64), lengths)
        keep = ~stop[ids] if stop.size else np.ones(ids.size, dtype=bool)
        keys = (owner[keep] << 32) | ids[keep]
        keys.sort()
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if keys.size else keys
        yield start, (keys >> 32).astype(np.int32), (keys & 0xFFFFFFFF).astype(np.int32)


def join_in_order(
    arrays: Sequence[np.ndarray], owner: np.ndarray, word: np.ndarray, groups: Groups, scored: dict
) -> None:
    """Rule 2: join each text whose words all appear, in order, in a text at most twice as long.

    Args:
        arrays: every text's word ids.
        owner: the text of each content word of the texts that take part (:func:`content_words`).
        word: the id of each.
        groups: the groups so far (:class:`kit.similarity.search.Groups`), joined in place.
        scored: ``{(earlier, later): (share, IN_ORDER)}`` for each pair joined, filled in place.

    ``owner``/``word`` are the content words of the texts that take part
    (:func:`content_words`). Candidates for a text of n words: the texts of n to 2n
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
    for first, last in blocks(size):  # about 64k candidates at a time, to keep memory flat
        part = slice(first, last)
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
            share = share_in_order(arrays[i].tolist(), arrays[j].tolist())
            if share >= MIN_SHARE:
                scored[a, b] = (share, IN_ORDER)
                groups.join(a, b)
