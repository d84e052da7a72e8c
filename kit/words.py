"""What a word is, defined once for the whole kit."""

from __future__ import annotations

import re

__all__ = ["WORD", "count_words", "tokens"]

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
