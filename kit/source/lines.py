"""How the kit numbers lines: every line number in a frame or an error message counts this way."""

from __future__ import annotations

__all__ = ["split_lines", "line_at", "line_before"]


def split_lines(text: str) -> list[str]:
    """Split text into lines at exactly the boundaries of Python's ``str.splitlines()``.

    Those are LF, CRLF and CR, and also VT, FF, the separators FS, GS and RS
    (``\\x1c``-``\\x1e``), NEL (``\\x85``), U+2028 and U+2029. Every line number the kit
    shows, in a frame or an error message, counts lines this way (an editor may not
    start a new line at the rarer ones). A leading BOM is dropped; a final line ending
    does not start an extra line.

    Args:
        text: the text of a transcript.

    Returns:
        Its lines, without line endings (``[""]`` for empty text).

    >>> split_lines("\\ufeffa\\r\\nb\\rc\\n")
    ['a', 'b', 'c']
    >>> split_lines("a\\n\\n")
    ['a', '']
    >>> split_lines("a\\u2028b\\x0cc")
    ['a', 'b', 'c']
    """
    return text.removeprefix("\ufeff").splitlines() or [""]


def line_at(text: str, index: int) -> int:
    """The line of ``text[index]``, as :func:`split_lines` numbers them.

    Args:
        text: the text.
        index: a character's index in it.

    Returns:
        The 1-based line number.

    >>> line_at("a\\r\\nb\\u2028c", 5)
    3
    """
    return len((text[:index] + "x").splitlines())


def line_before(data: bytes, offset: int, codec: str) -> int:
    """The line of the byte at ``offset``: the lines of the bytes before it, decoded.

    Args:
        data: the bytes of a file.
        offset: a byte's offset in them.
        codec: their encoding (bytes it cannot decode count as one character each).

    Returns:
        The 1-based line number, as :func:`split_lines` numbers them.

    >>> line_before("a\\nб\\nc".encode(), 5, "utf-8")
    3
    """
    try:
        before = data[:offset].decode(codec, "replace")
    except (UnicodeError, LookupError):  # a codec without "replace" (idna, punycode)
        before = data[:offset].decode("latin-1")
    return line_at(before, len(before))
