"""Compare two copies: align them token by token and label each difference.

In the spirit of CollateX's alignment table: both texts are cut into tokens (words,
punctuation marks, line breaks) and aligned with difflib's SequenceMatcher, one row per
aligned segment with the verbatim text of each copy (:func:`collate`). Each difference
is then labelled a reading mark, punctuation, segmentation or wording (:func:`classify`)
and the labels counted (:func:`count_differences`).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

import pandas as pd

from kit.duplicates.find import texts_of
from kit.words import WORD

__all__ = ["DIFFERENCES", "TOKEN", "collate", "collate_turns", "classify", "count_differences"]

#: The labels :func:`classify` gives a difference.
DIFFERENCES = ("reading mark", "punctuation", "segmentation", "wording")

#: A token of :func:`collate`: a line break, a word, or one punctuation mark.
TOKEN = re.compile(r"\n|" + WORD.pattern + r"|[^\w\s]")
_READING = {"(", ")", "/", "[", "]"}


def _tokens(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


def collate(a: str, b: str, a_line: int = 1, b_line: int = 1) -> pd.DataFrame:
    """Align two copies token by token: one row per equal, inserted, deleted or replaced segment.

    Tokens are words, punctuation marks and line breaks.

    Args:
        a: the first copy's text.
        b: the second copy's text.
        a_line: the line the first copy starts on.
        b_line: the line the second copy starts on.

    Returns:
        A new frame ``op, a, b, a_line, b_line, a_tokens, b_tokens``: each row's ``a``
        and ``b`` are the verbatim text of the segment in each copy (spaces between
        tokens included), ``a_line``/``b_line`` the line it starts on.

    >>> c = collate("killed(, including leaders, )are done / shapes", "killed, including leaders, are done shapes")
    >>> c[c["op"] != "equal"][["op", "a", "b"]].values.tolist()
    [['delete', '(', ''], ['delete', ')', ''], ['delete', '/ ', '']]
    """
    ta, tb = _tokens(a), _tokens(b)
    matcher = difflib.SequenceMatcher(None, [t.group() for t in ta], [t.group() for t in tb], autojunk=False)
    rows = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        rows.append(
            (
                op,
                _span(a, ta, i1, i2),
                _span(b, tb, j1, j2),
                a_line + a.count("\n", 0, ta[i1].start() if i1 < len(ta) else len(a)),
                b_line + b.count("\n", 0, tb[j1].start() if j1 < len(tb) else len(b)),
                i2 - i1,
                j2 - j1,
            )
        )
    return pd.DataFrame(rows, columns=["op", "a", "b", "a_line", "b_line", "a_tokens", "b_tokens"])


def _span(text: str, found: list[re.Match], start: int, stop: int) -> str:
    """The verbatim text of tokens ``start`` to ``stop``, with the space after the last one."""
    if start == stop:
        return ""
    end = found[stop].start() if stop < len(found) else len(text)
    return text[found[start].start() : end]


def collate_turns(frame: pd.DataFrame, earlier: int, later: int) -> pd.DataFrame:
    """:func:`collate` two rows of ``corpus.turns`` (by ``turn_id``) or ``corpus.exchanges``.

    Args:
        frame: ``corpus.turns`` or ``corpus.exchanges``.
        earlier: the id of the first copy.
        later: the id of the other copy.

    Returns:
        The :func:`collate` table of the two, lines counted from each row's first line.

    Raises:
        ValueError: an id is not in ``frame``.

    >>> import kit
    >>> c = classify(collate_turns(kit.load().turns, 11, 13))
    >>> sorted(set(c["difference"].dropna()))
    ['punctuation', 'reading mark']
    """
    column, ids, texts, lines = texts_of(frame, "kit.duplicates.collate_turns")
    where = {i: k for k, i in enumerate(ids)}
    for wanted in (earlier, later):
        if wanted not in where:
            raise ValueError(f"no {column} {wanted}")
    a, b = where[earlier], where[later]
    return collate(texts[a], texts[b], int(lines[a]), int(lines[b]))


def _label(changed: list[str]) -> str:
    if any(WORD.fullmatch(t) for t in changed):
        return "wording"
    if any(t in _READING for t in changed):
        return "reading mark"
    if "\n" in changed:  # a line split or joined, with or without its punctuation
        return "segmentation"
    return "punctuation"


def classify(collation: pd.DataFrame) -> pd.DataFrame:
    """Label each difference of a :func:`collate` table.

    ``difference`` is ``reading mark`` (a bracket or a slash added or dropped),
    ``punctuation`` (commas, full stops, dashes), ``segmentation`` (a line or paragraph
    split or joined, a label on its own line) or ``wording`` (any word differs); missing
    for equal rows.

    Args:
        collation: a :func:`collate` table (not changed).

    Returns:
        A new frame: the table with a ``difference`` column.

    >>> c = classify(collate("Yes, we did.\\nThank you.", "Yes we did. Thank you!"))
    >>> c[c["op"] != "equal"][["a", "b", "difference"]].values.tolist()
    [[', ', '', 'punctuation'], ['\\n', '', 'segmentation'], ['.', '!', 'punctuation']]
    """
    labels = []
    for op, a, b in collation[["op", "a", "b"]].itertuples(index=False):
        if op == "equal":
            labels.append(None)
            continue
        ta = [t.group() for t in TOKEN.finditer(a)]
        tb = [t.group() for t in TOKEN.finditer(b)]
        changed = list((Counter(ta) - Counter(tb)) + (Counter(tb) - Counter(ta))) or ta + tb
        labels.append(_label(changed))
    return collation.assign(difference=pd.Series(labels, index=collation.index, dtype="object"))


def count_differences(classified: pd.DataFrame) -> pd.DataFrame:
    """How many differences of each kind a :func:`classify` table holds, every kind listed.

    Args:
        classified: what :func:`classify` returns (not changed).

    Returns:
        A new frame ``difference, count``, one row per kind of :data:`DIFFERENCES`, in that order.

    >>> count_differences(classify(collate("Yes, we did.\\nThank you.", "Yes we did. Thank you!"))).values.tolist()
    [['reading mark', 0], ['punctuation', 2], ['segmentation', 1], ['wording', 0]]
    """
    counts = classified["difference"].value_counts().reindex(list(DIFFERENCES), fill_value=0)
    return counts.rename_axis("difference").reset_index(name="count")
