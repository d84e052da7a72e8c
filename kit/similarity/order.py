"""Rule 2 of the copy search: the shorter text's words in the longer one, in order, one in 20 forgiven.

For a short text pasted again with an aside or reading marks inserted, which breaks the
3-grams around each insertion, and a word dropped or mistyped on the way. Candidates
come from an index of each text's rarest content words (:func:`content_words`), so no
pair is missed and few are checked word by word (:func:`share_in_order`).
:mod:`kit.similarity` explains the rule.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from kit.similarity.vocabulary import CHUNK, WORDS, blocks
from kit.words import tokens

if TYPE_CHECKING:
    from kit.similarity.search import Groups

__all__ = [
    "IN_ORDER",
    "MIN_SHARE",
    "EDIT_SPAN",
    "MAX_EDITS",
    "MOST_CHECKS",
    "allowed_edits",
    "in_order",
    "share_in_order",
    "content_counts",
    "content_words",
    "join_in_order",
]

#: The ``method`` of a pair found by rule 2.
IN_ORDER = "words in order"
#: Words in order: the shorter text must make up at least this share of the longer one.
MIN_SHARE = 0.5
#: Words in order: one word in this many of the shorter text may be missing (dropped, changed, mistyped).
EDIT_SPAN = 20
#: Words in order: however long the shorter text, at most this many of its words may be missing (60 words and up).
MAX_EDITS = 3
_KEYS = 6  # a candidate must hold 6 of the text's 6 + allowed_edits rarest content words
#: Words in order: the most candidates one text is checked against word by word (a page of look-alike turns).
MOST_CHECKS = 32
_SIGNATURE = 16  # 64-bit words of a text's signature of content words (1,024 bits)


def allowed_edits(words: int | np.ndarray) -> int | np.ndarray:
    """How many words of a text of ``words`` words rule 2 forgives: one in :data:`EDIT_SPAN`, rounded down.

    None below 20 words, where one changed word is what tells two short reports apart;
    two in a 40-word turn (a dropped word and a typo); never more than :data:`MAX_EDITS`
    (three, from 60 words on). Each word forgiven is one more of its rarest words a text
    is looked for by, so the cap keeps the index quick; past 60 words, a copy with more
    words changed is rule 1's to find, whose 3-grams forgive a word here and there.

    Args:
        words: the shorter text's number of words (or an array of them).

    Returns:
        ``words // EDIT_SPAN``, at most :data:`MAX_EDITS` (an array for an array).

    >>> allowed_edits(19), allowed_edits(40), allowed_edits(160)
    (0, 2, 3)
    """
    if isinstance(words, np.ndarray):
        return np.minimum(words // EDIT_SPAN, MAX_EDITS)
    return min(int(words) // EDIT_SPAN, MAX_EDITS)


def in_order(a: str, b: str) -> float:
    """The share of the longer text made of the shorter one's words in order, if few enough are missing.

    The words of the shorter text are matched, in order, to words of the longer one (a
    longest common subsequence). Words the longer has and the shorter has not (an aside,
    reading marks) are free; of the shorter's words, at most :func:`allowed_edits` (one in
    20) may be missing (dropped, changed or mistyped in the other copy). Case,
    punctuation and reading marks do not count (:func:`normalise`). Rule 2 of the module
    counts a pair as a copy from :data:`MIN_SHARE` (0.5) up.

    Args:
        a: one text.
        b: the other (either may be the shorter).

    Returns:
        The shorter text's matched words over the longer one's word count, or 0.0 when
        more of its words are missing than it may lose; 1.0 when neither has a word.

    >>> in_order("We agreed on the route, work will begin", "We agreed on the route(, as planned, )work will begin")
    0.8
    >>> in_order("We agreed on the route", "We agreed on a route")
    0.0
    """
    shorter, longer = sorted((tokens(a), tokens(b)), key=len)
    return share_in_order(shorter, longer, allowed_edits(len(shorter)))


def share_in_order(shorter: list, longer: list, edits: int = 0) -> float:
    """:func:`in_order` for two word lists, the shorter first, forgiving ``edits`` missing words.

    The words matched in order are a longest common subsequence, counted with the
    bit-parallel algorithm of Allison and Dix (1986): one pass over the shorter text,
    the longer text's positions held as the bits of one integer.

    Args:
        shorter: the shorter text's words (or ids).
        longer: the longer text's.
        edits: how many words of ``shorter`` may be missing from ``longer`` (or out of order).

    Returns:
        The number of words of ``shorter`` matched in order over ``len(longer)``, if at
        most ``edits`` are not matched, else 0.0; 1.0 when ``longer`` is empty.

    >>> share_in_order(["we", "met"], ["we", "met", "twice"]), share_in_order(["met", "we"], ["we", "met"])
    (0.6666666666666666, 0.0)
    >>> share_in_order(["we", "met", "in", "Geneva"], ["we", "mte", "in", "Geneva"], edits=1)
    0.75
    """
    if not longer:
        return 1.0
    remaining = iter(longer)
    if all(word in remaining for word in shorter):  # the usual case, and the quickest test
        return len(shorter) / len(longer)
    if not edits:
        return 0.0
    present = set(longer)
    if sum(word not in present for word in shorter) > edits:
        return 0.0
    masks: dict = {}
    for at, word in enumerate(longer):
        masks[word] = masks.get(word, 0) | (1 << at)
    full = (1 << len(longer)) - 1
    row = full  # a 0 bit for each position of the longer text matched so far (Allison-Dix)
    for word in shorter:
        mask = masks.get(word)
        if mask is not None:
            matched = row & mask
            row = ((row + matched) | (row - matched)) & full
    common = len(longer) - row.bit_count()
    return common / len(longer) if len(shorter) - common <= edits else 0.0


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
    """Rule 2: join each text whose words appear, in order, in a text at most twice as long, one in 20 forgiven.

    Args:
        arrays: every text's word ids.
        owner: the text of each content word of the texts that take part (:func:`content_words`).
        word: the id of each.
        groups: the groups so far (:class:`kit.similarity.search.Groups`), joined in place.
        scored: ``{(earlier, later): (share, IN_ORDER)}`` for each pair joined, filled in place.

    ``owner``/``word`` are the content words of the texts that take part
    (:func:`content_words`). A text of n words that may lose e of them
    (:func:`allowed_edits`) keeps all but e of its distinct content words in the other
    copy, so that copy holds at least 6 of its 6 + e rarest ones, and with them one of
    its e + 1 rarest (prefix filtering). Candidates: the texts of n to 2n words holding
    one of those e + 1 (read off a list sorted by word, then length), kept if they hold
    6 of the 6 + e; each is then checked word by word. Whether a candidate holds a word
    is asked first of a signature of 1,024 bits per text (:func:`_held_bits`), which
    never says no to a word held, dropping most candidates in a few cheap steps; the
    survivors are asked again exactly. Exact repeats are left to rule 1 (Jaccard 1.0):
    only the first of each distinct text is indexed.
    """
    if owner.size == 0:
        return
    lengths = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
    # A text inside another has all its content words but e in two texts at least: most have not.
    starts = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    alone = np.add.reduceat((np.bincount(word)[word] < 2).astype(np.int64), starts)
    sought = lengths[owner[starts]][alone <= allowed_edits(lengths[owner[starts]])]
    if not sought.size:
        return
    # Only texts of n to 2n words can hold one of n words: the others need no index.
    keep = (lengths[owner] >= sought.min()) & (lengths[owner] <= sought.max() / MIN_SHARE)
    owner, word = owner[keep], word[keep]
    starts = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    seen: dict[bytes, int] = {}
    first = np.zeros(len(arrays), dtype=bool)
    for i in owner[starts].tolist():
        first[i] = seen.setdefault(arrays[i].tobytes(), i) == i
    keep = first[owner]
    owner, word = owner[keep], word[keep]
    del keep, first, seen
    frequency = np.bincount(word)
    order = np.lexsort((word, frequency[word], owner))  # each text's words, rarest first
    by_text, rarest = owner[order], word[order]
    del order
    starts = np.flatnonzero(np.concatenate(([True], by_text[1:] != by_text[:-1])))
    counts = np.diff(np.append(starts, by_text.size))
    texts = by_text[starts]
    # Only a text with all its content words but e in another text can be inside one.
    alone = np.add.reduceat((frequency[rarest] < 2).astype(np.int64), starts)
    looked_for = np.flatnonzero(alone <= allowed_edits(lengths[texts]))
    del frequency, alone
    if not looked_for.size:
        return
    starts, counts, texts = starts[looked_for], counts[looked_for], texts[looked_for]
    keys_of, needed = _needed(lengths[texts], counts)
    keys = np.stack([rarest[starts + np.minimum(k, counts - 1)] for k in range(int(keys_of.max()))]).astype(np.int64)
    del by_text, rarest, starts, counts
    # Who holds a word, sorted by word then length: the candidates for a text are a few slices.
    most = (lengths / MIN_SHARE).astype(np.int64)  # the longest text each may be in
    span = int(most.max()) + 1
    by_length = np.lexsort((owner, lengths[owner], word))
    holder = owner[by_length]
    holder_key = word[by_length].astype(np.int64) * span + lengths[holder]
    del by_length
    sources = keys_of - needed + 1  # one of the text's first `sources` keys is in any copy of it
    low = np.zeros((texts.size, int(sources.max())), dtype=np.int64)
    size = np.zeros_like(low)
    for r in range(low.shape[1]):
        low[:, r] = np.searchsorted(holder_key, keys[r] * span + lengths[texts], side="left")
        high = np.searchsorted(holder_key, keys[r] * span + most[texts], side="right")
        # (a few hundred holders of each key at most: where even a text's rarest words are on every turn of a page of
        # look-alike turns, each would be a candidate for every other)
        size[:, r] = np.where(sources > r, np.minimum(high - low[:, r], MOST_CHECKS), 0)
    del holder_key
    postings = (word.astype(np.int64) << 32) | owner  # (word, text), to ask whether a text holds a word
    postings.sort()
    sieve = int(size.sum()) > CHUNK  # the signatures pay for themselves on many candidates only
    held = _held_bits(owner, word, len(arrays)) if sieve else np.empty(0, dtype=np.uint64)
    del owner, word
    bits = _bit(keys)
    slots, shifts = (bits >> 6).astype(np.int32), (bits & 63).astype(np.uint64)
    del bits
    texts32, holder32 = texts.astype(np.int32), holder.astype(np.int32)
    every = int(keys_of.min())
    checked: dict[int, int] = {}  # the candidates each text was checked against word by word
    for first, last in blocks(size.sum(axis=1)):  # about 64k candidates at a time, to keep memory flat
        sizes = size[first:last].ravel()
        at = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(
            low[first:last].ravel() - (np.cumsum(sizes) - sizes), sizes
        )
        which = np.repeat(np.repeat(np.arange(first, last, dtype=np.int32), low.shape[1]), sizes)
        longer = holder32[at]
        shorter = texts32[which]
        keep = np.flatnonzero((longer != shorter) & ((lengths[longer] > lengths[shorter]) | (longer > shorter)))
        which, longer = which[keep], longer[keep]
        # A first sieve on each text's bit signature (no copy is lost: a word held always shows),
        # dropping a candidate as soon as it lacks more keys than its text may lose.
        asked = keys_of[which].astype(np.int16)
        spare = asked - needed[which].astype(np.int16)
        start = longer * _SIGNATURE
        for r in range(keys.shape[0] if sieve else 0):
            missing = ((held[start + slots[r][which]] >> shifts[r][which]) & np.uint64(1)) == 0
            spare -= missing & (asked > r) if r >= every else missing  # every text has `every` keys at least
            keep = np.flatnonzero(spare >= 0)
            if keep.size < 0.8 * which.size:
                which, longer, spare, asked, start = which[keep], longer[keep], spare[keep], asked[keep], start[keep]
        which, longer = which[spare >= 0].astype(np.int64), longer[spare >= 0].astype(np.int64)
        pair = np.unique((which << 32) | longer)  # a candidate found by two keys is checked once
        which, longer = pair >> 32, pair & 0xFFFFFFFF
        hits = np.zeros(pair.size, dtype=np.int64)
        for r in range(keys.shape[0]):  # then exactly
            asked = np.flatnonzero(keys_of[which] > r)
            probe = (keys[r][which[asked]] << 32) | longer[asked]
            found = np.searchsorted(postings, probe)
            hits[asked] += postings[np.minimum(found, postings.size - 1)] == probe
        ok = hits >= needed[which]
        for i, j in zip(texts[which[ok]].tolist(), longer[ok].tolist(), strict=True):
            a, b = min(i, j), max(i, j)
            if groups.root(a) == groups.root(b):
                continue
            # (each text checked word by word against a few hundred candidates at most: a page of look-alike
            # turns, "We go on with case 1.", "... case 2.", would check every pair of them)
            checked[i] = checked.get(i, 0) + 1
            if checked[i] > MOST_CHECKS:
                continue
            share = share_in_order(arrays[i].tolist(), arrays[j].tolist(), allowed_edits(int(lengths[i])))
            if share >= MIN_SHARE:
                scored[a, b] = (share, IN_ORDER)
                groups.join(a, b)


def _bit(words: np.ndarray) -> np.ndarray:
    """The bit of each word id in a text's signature (:func:`_held_bits`): a multiplicative hash."""
    return ((words.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - 10)).astype(np.int64)


def _held_bits(owner: np.ndarray, word: np.ndarray, n: int) -> np.ndarray:
    """Each text's content words as a signature of 1,024 bits (16 words of 64), flat: text t is ``[16 t, 16 t + 16)``.

    A word sets one bit (:func:`_bit`), so a word a text holds always shows, and one it
    does not hold shows only when another word shares its bit: about one in ten for a
    text of a hundred content words. The sieve's false hits are weeded out exactly after.
    """
    bit = _bit(word)
    slot = owner.astype(np.int64) * _SIGNATURE + (bit >> 6)
    value = np.left_shift(np.uint64(1), (bit & 63).astype(np.uint64))
    order = np.argsort(slot, kind="stable")
    slot, value = slot[order], value[order]
    held = np.zeros(n * _SIGNATURE, dtype=np.uint64)
    if slot.size:
        starts = np.flatnonzero(np.concatenate(([True], slot[1:] != slot[:-1])))
        held[slot[starts]] = np.bitwise_or.reduceat(value, starts)
    return held


def _needed(lengths: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For texts of ``lengths`` words with ``counts`` distinct content words: how many keys, and how many a copy holds.

    A text that may lose e words (:func:`allowed_edits`, at most :data:`MAX_EDITS` in
    the index) is looked for by its 6 + e rarest content words (all of them if it has
    fewer), and a copy holds all but e of those, one at least.
    """
    edits = allowed_edits(lengths)
    keys = np.minimum(_KEYS + edits, counts)
    return keys, np.maximum(1, keys - edits)
