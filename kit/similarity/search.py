"""The copy search: the three rules over a list of texts, each copy pointed at the first of its group.

:func:`near_duplicates` numbers the texts' words, leaves out texts with too few content
words, joins the pairs rule 1 (:mod:`kit.similarity.shingles`) and rule 2
(:mod:`kit.similarity.order`) find into groups (:class:`Groups`), grows runs of copied
rows from them (rule 3, :mod:`kit.similarity.runs`), and scores each later copy against
the first of its group (:func:`pairs`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from kit.similarity.order import (
    IN_ORDER,
    MIN_SHARE,
    allowed_edits,
    content_counts,
    content_words,
    join_in_order,
    share_in_order,
)
from kit.similarity.runs import MIRROR, join_mirrored, mirrors
from kit.similarity.shingles import JACCARD, join_by_shingles, set_jaccard, shingle_sets
from kit.similarity.vocabulary import Vocabulary, blocks, plain_words
from kit.words import tokens

__all__ = ["THRESHOLD", "MIN_CONTENT_WORDS", "Copy", "near_duplicates", "word_arrays", "Groups", "pairs"]

#: Jaccard similarity of word 3-grams from which two texts are copies (rule 1), everywhere in the kit.
THRESHOLD = 0.8
#: Texts with fewer distinct content words (neither stopwords nor formula words) are never copies.
MIN_CONTENT_WORDS = 6


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
    *,
    speakers: Sequence | None = None,
    sources: Sequence | None = None,
) -> list[Copy]:
    """Each later text that copies an earlier one, by any of the three rules of this package.

    Args:
        texts: the texts in document order, or their word-id arrays with the
            ``vocabulary`` that numbered them.
        threshold: the least Jaccard similarity of word 3-gram sets to count as a copy
            (rule 1; rule 2 has none: the shorter text's words in order, one in 20 forgiven).
        min_content: texts with fewer distinct content words are never copies by rules
            1 and 2 (rule 3, a row inside a copied run, has no floor).
        vocabulary: the :class:`Vocabulary` of word-id arrays (it tells content words
            from stopwords); needed only when ``texts`` are arrays.
        speakers: each text's speaker (a string; anything else is unknown), for rule 3:
            rows mirrored in a copied run must have the same one (``None``: not checked).
        sources: each text's source (a string), for rule 3: a copied run stops at the
            edge of a source (``None``: the texts are one source).

    Returns:
        One :class:`Copy` per text that copies an earlier one, pointing at the first
        copy of its group (so ``earlier`` is the original), sorted by ``later``. A text
        joined to its group through another copy may score below the rules against the
        first copy.

    Raises:
        ValueError: the threshold is outside (0, 1], word-id arrays come without their
            vocabulary, or ``speakers`` or ``sources`` is not one value per text.

    >>> near_duplicates(["We agreed on the route: work on the bridge will begin in the spring.",
    ...                  "Something else entirely, said at another time and place.",
    ...                  "We agreed on the route (as planned) / work on the bridge will begin in the spring"])
    [Copy(earlier=0, later=2, similarity=0.875, method='words in order')]
    """
    check_threshold(threshold)
    speakers, sources = (
        None if v is None else _labels(v, len(texts), name)
        for v, name in ((speakers, "speakers"), (sources, "sources"))
    )
    if vocabulary is None:
        if any(isinstance(t, np.ndarray) for t in texts):
            raise ValueError("give the Vocabulary that numbered the word-id arrays")
        vocabulary = Vocabulary()
    arrays = word_arrays(texts, vocabulary)
    plain = vocabulary.mask(plain_words())
    counts = content_counts(arrays, plain)
    eligible = counts >= min_content
    if np.count_nonzero(eligible) < 2:
        return []
    empty = np.empty(0, dtype=np.uint32)
    taking_part = [a if ok else empty for a, ok in zip(arrays, eligible.tolist(), strict=True)]
    sets = shingle_sets(taking_part)
    groups, scored = Groups(len(arrays)), {}
    join_by_shingles(sets, np.flatnonzero(eligible).tolist(), threshold, groups, scored)
    del sets  # one index in memory at a time: the content words are listed only now, not kept from the count
    owner, word = content_words(taking_part, plain, np.where(eligible, counts, 0))
    join_in_order(arrays, owner, word, groups, scored)
    del owner, word
    if scored:
        join_mirrored(arrays, groups, scored, speakers, sources)
    return pairs(groups, scored, threshold, arrays)


def word_arrays(texts: Sequence[str] | Sequence[np.ndarray], vocabulary: Vocabulary) -> list[np.ndarray]:
    """Each text's words as ids: arrays are kept, strings tokenised and numbered about 200 kB at a time.

    One :meth:`Vocabulary.ids` call a batch, not one a text (20,000 calls cost a third
    of a second), and never more than a batch of word strings alive at once.

    Args:
        texts: strings, or word-id arrays numbered by ``vocabulary``.
        vocabulary: numbers the words of the strings (new words get new ids).

    Returns:
        One ``uint32`` array per text, in order.

    >>> [a.tolist() for a in word_arrays(["Who is who?", np.array([7], dtype=np.uint32)], Vocabulary())]
    [[1, 0, 1], [7]]
    """
    if all(isinstance(t, np.ndarray) for t in texts):
        return list(texts)
    arrays: list[np.ndarray] = []
    sizes = np.fromiter((0 if isinstance(t, np.ndarray) else len(t) for t in texts), dtype=np.int64, count=len(texts))
    for start, stop in blocks(sizes, 200_000):
        batch = texts[start:stop]
        listed = [None if isinstance(t, np.ndarray) else tokens(t) for t in batch]
        if all(words is None for words in listed):
            arrays.extend(batch)
            continue
        ids = vocabulary.ids([w for words in listed if words is not None for w in words])
        at = 0
        for text, words in zip(batch, listed, strict=True):
            if words is None:
                arrays.append(text)
            else:
                arrays.append(ids[at : at + len(words)])
                at += len(words)
    return arrays


def _labels(values: Sequence, n: int, name: str) -> list:
    """``values`` as a list of strings, ``None`` for anything else (a missing value); one per text."""
    if len(values) != n:
        raise ValueError(f"{name} has {len(values)} values for {n} texts")
    return [v if isinstance(v, str) else None for v in values]


def check_threshold(threshold: float) -> None:
    """Refuse a threshold outside (0, 1] before any work is done.

    Args:
        threshold: a Jaccard similarity to count copies from.

    Raises:
        ValueError: ``threshold`` is 0 or less, or more than 1.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")


class Groups:
    """Union-find over text positions; the root of a group is its first text."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        """The first text of text ``i``'s group.

        Args:
            i: a text's position.

        Returns:
            The position of its group's first text (the group's paths shortened on the way).
        """
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        """Put texts ``a`` and ``b`` (and their groups) in one group, whose first text is the earlier root.

        Args:
            a: a text's position.
            b: another's.
        """
        a, b = self.root(a), self.root(b)
        self.parent[max(a, b)] = min(a, b)


def pairs(groups: Groups, scored: dict, threshold: float, arrays: Sequence[np.ndarray]) -> list[Copy]:
    """One :class:`Copy` per text that is not the first of its group, scored against the first.

    Texts joined to their group through another copy are scored here, by rule 1 and
    then rule 2; a row of a copied run (rule 3) by :func:`kit.similarity.runs.mirrors`. Their shingle sets are made again from the word ids, for those texts
    alone (the search has dropped its own by now, to need memory for one index at a time).

    Args:
        groups: the groups the three rules made.
        scored: the scores the rules gave the pairs they joined.
        threshold: rule 1's threshold, for a text joined through another copy.
        arrays: every text's word ids.

    Returns:
        The copies, sorted by ``later``.
    """
    joined = {i: groups.root(i) for i in range(len(groups.parent)) if groups.root(i) != i}
    needed = sorted({k for i, first in joined.items() if (first, i) not in scored for k in (i, first)})
    sets = dict(zip(needed, shingle_sets([arrays[k] for k in needed]), strict=True))
    mirrored = {later for (_, later), (_, method) in scored.items() if method == MIRROR}
    pairs = []
    for i, first in joined.items():
        found = scored.get((first, i))
        if found is None and i in mirrored:  # a row of a copied run, joined through another copy
            found = (mirrors(arrays[first], arrays[i]), MIRROR)
        elif found is None:  # joined through another copy: score it against the first
            found = (set_jaccard(sets[first], sets[i]), JACCARD)
            if found[0] < threshold:
                a, b = sorted((arrays[first].tolist(), arrays[i].tolist()), key=len)
                share = share_in_order(a, b, allowed_edits(len(a)))
                if share >= MIN_SHARE:
                    found = (share, IN_ORDER)
        pairs.append(Copy(first, i, round(float(found[0]), 4), found[1]))
    return pairs
