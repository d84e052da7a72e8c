"""What a word is, defined once for the whole kit."""

from __future__ import annotations

import re
from os import PathLike
from pathlib import Path

from kit._files import read_data

__all__ = ["WORD", "count_words", "tokens", "stopwords"]

#: A word: letters or digits, with inner ' ’ or - (``Ukraine’s`` and ``NATO-bid`` are one word each).
WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def count_words(text: str) -> int:
    """Count the words of ``text``.

    >>> count_words("Who is the killer? Ukraine’s NATO-bid, 2020.")
    7
    """
    return len(WORD.findall(text))


def tokens(text: str) -> list[str]:
    """The words of ``text``, case folded, with ’ written as '.

    >>> tokens("Ukraine’s NATO-bid, (in passing) / Done")
    ["ukraine's", 'nato-bid', 'in', 'passing', 'done']
    """
    return WORD.findall(text.casefold().replace("’", "'"))


def _read_stopwords(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.lstrip().startswith("#"))


def stopwords(path: str | PathLike[str] | None = None) -> frozenset[str]:
    """Function words to leave out of word lists (``data/stopwords.txt`` unless ``path``).

    >>> {"the", "and"} <= stopwords() and "killer" not in stopwords()
    True
    """
    return read_data(path, "stopwords.txt", _read_stopwords)
