"""Keyword in context: every occurrence of a word, phrase or pattern with the words around it."""

from __future__ import annotations

import re

import pandas as pd

from kit.schema import require
from kit.words import WORD, phrase_pattern

__all__ = ["kwic"]

COLUMNS = ["left", "match", "right", "speaker", "turn_id", "line", "text"]


def kwic(
    frame: pd.DataFrame,
    term: str,
    window: int = 8,
    regex: bool = False,
    case: bool = False,
) -> pd.DataFrame:
    """Keyword-in-context rows for ``term`` in the ``text`` of ``frame``.

    Args:
        frame: sentences or turns (any frame with ``text``, ``speaker`` and ``turn_id``,
            and ``line`` or ``first_line``).
        term: a word or phrase (spaces match any white space), or a regular expression
            when ``regex`` is true.
        window: how many words to show on each side.
        regex: treat ``term`` as a regular expression.
        case: match case exactly (by default case is ignored).

    Returns:
        A new frame, one row per occurrence: ``left, match, right, speaker, turn_id,
        line`` (the line the match is on), ``text`` (the whole sentence or turn) and,
        when ``frame`` has one, ``source`` (the file the line is in).

    Raises:
        ValueError: an empty term, or a regular expression that does not compile.
        MissingColumnError: ``frame`` lacks a column above (the message lists its columns).

    >>> import kit
    >>> rows = kwic(kit.load().sentences, "killer", window=3)
    >>> rows[["left", "match", "right", "line"]].values.tolist()[:2]
    [['who is the', 'killer', '.', 45], ['Who is the', 'killer', '?', 45]]
    """
    require(frame, "text", "speaker", "turn_id", ("line", "first_line"), by="kit.kwic")
    if not term or not term.strip():
        raise ValueError("give a word, phrase or pattern to search for")
    if not regex:
        pattern = phrase_pattern(term, case=case)
    else:
        try:
            pattern = re.compile(term, 0 if case else re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"not a valid regular expression: {term!r} ({error})") from None
    line_column = "line" if "line" in frame.columns else "first_line"
    sources = frame["source"] if "source" in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    rows = []
    for text, speaker, turn_id, line, source in zip(
        frame["text"], frame["speaker"], frame["turn_id"], frame[line_column], sources, strict=True
    ):
        for found in pattern.finditer(text):
            if found.end() == found.start():
                continue
            left = _last_words(text[: found.start()], window)
            right = _first_words(text[found.end() :], window)
            at = line + text.count("\n", 0, found.start())
            rows.append((left, found.group(), right, speaker, turn_id, at, text, source))
    result = pd.DataFrame(rows, columns=[*COLUMNS, "source"]).astype({"line": "int64", "turn_id": "int64"})
    return result if "source" in frame.columns else result.drop(columns="source")


def _last_words(text: str, n: int) -> str:
    """The last ``n`` words of ``text`` with what lies between them (punctuation kept)."""
    starts = [m.start() for m in WORD.finditer(text)]
    cut = starts[-n] if len(starts) >= n else 0
    return " ".join(text[cut:].split())


def _first_words(text: str, n: int) -> str:
    ends = [m.end() for m in WORD.finditer(text)]
    if len(ends) > n:
        return " ".join(text[: ends[n - 1]].split())
    return " ".join(text.split())
