"""Read a transcript file into text, or fail with a message a student can act on.

This is the first stage: bytes -> text -> lines. Everything after it works on
``str``; everything that can go wrong with a file (missing, a folder, empty, binary,
the wrong encoding) is caught here and reported as a :class:`~kit.errors.TranscriptError`
naming the file and, for an encoding problem, the byte offset and line.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from os import PathLike
from pathlib import Path

from kit.errors import TranscriptError

__all__ = ["read_text", "decode", "check_text", "split_lines"]

_NEWLINE = re.compile(r"\r\n|\r|\n")

# Encodings worth suggesting when a file is not UTF-8, with the script whose letters
# a correct guess produces (the Geneva source was copied from a Korean blog; Russian
# transcripts are often saved as Windows-1251).
_GUESSES = (("euc-kr", "HANGUL"), ("cp1251", "CYRILLIC"), ("cp1252", "LATIN"))


def read_text(path: str | PathLike[str], encoding: str | None = None) -> str:
    """Read a transcript file and return its text (BOM removed, line endings kept).

    Args:
        path: the file to read.
        encoding: a Python codec name for a file that is not UTF-8 (``"cp1251"``);
            by default UTF-8, or UTF-16 when the file starts with its byte-order mark.

    Returns:
        The decoded text.

    Raises:
        TranscriptError: the file is missing, a folder, unreadable, empty, binary or
            not in the encoding; the message names the file and where.

    >>> read_text("no/such/file.txt")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: no/such/file.txt: no such file
    """
    source = str(path)
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise TranscriptError(source, "no such file") from None
    except IsADirectoryError:
        raise TranscriptError(source, "is a folder, not a transcript file") from None
    except PermissionError:
        raise TranscriptError(source, "cannot be read: permission denied") from None
    except OSError as error:
        if file.is_dir():
            raise TranscriptError(source, "is a folder, not a transcript file") from None
        raise TranscriptError(source, f"cannot be read: {error.strerror or error}") from None
    return decode(data, source, encoding)


def decode(data: bytes, source: str = "<bytes>", encoding: str | None = None) -> str:
    """Decode the bytes of a transcript, with errors that say where and what.

    >>> decode("Question: Hi.\\n".encode())
    'Question: Hi.\\n'
    >>> decode("Вопрос: Да.".encode("cp1251"), "q.txt")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: q.txt, line 1: not UTF-8 text: byte 0xc2 at byte offset 0 cannot be decoded. It looks like cp1251: re-save the file as UTF-8, or read it with kit.read_transcript(path, encoding="cp1251").
    """
    if not data:
        raise TranscriptError(source, "the file is empty")
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            encoding = "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise TranscriptError(source, f"unknown encoding {encoding!r}") from None
    if not encoding.startswith("utf-16") and b"\x00" in data:
        offset = data.index(b"\x00")
        line = data.count(b"\n", 0, offset) + 1
        raise TranscriptError(
            source, f"looks like binary data, not text (a NUL byte at byte offset {offset})", line
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.start + 1].hex()
        problem = (
            f"not {_display(encoding)} text: byte 0x{bad} at byte offset {error.start} "
            "cannot be decoded."
        )
        guess = _guess_encoding(data) if encoding.startswith("utf-8") else None
        if guess:
            problem += (
                f" It looks like {guess}: re-save the file as UTF-8, or read it with "
                f'kit.read_transcript(path, encoding="{guess}").'
            )
        raise TranscriptError(source, problem, line) from None
    return text.removeprefix("\ufeff")


def check_text(text: str, source: str = "<text>") -> None:
    """Raise :class:`TranscriptError` for text that cannot be a transcript.

    >>> check_text("  \\n", "x.txt")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: x.txt: contains no text (only blank lines)
    """
    if not isinstance(text, str):
        raise TranscriptError(source, f"expected text (str), got {type(text).__name__}")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise TranscriptError(source, "looks like binary data, not text (a NUL character)", line)
    if not text.strip():
        problem = "is empty" if not text else "contains no text (only blank lines)"
        raise TranscriptError(source, problem)


def split_lines(text: str) -> list[str]:
    """Split text into lines the way an editor numbers them (LF, CRLF or CR).

    A leading BOM is dropped; a final line ending does not start an extra line.

    >>> split_lines("\\ufeffa\\r\\nb\\rc\\n")
    ['a', 'b', 'c']
    >>> split_lines("a\\n\\n")
    ['a', '']
    """
    lines = _NEWLINE.split(text.removeprefix("\ufeff"))
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def _display(encoding: str) -> str:
    return "UTF-8" if encoding.startswith("utf-8") else encoding


def _guess_encoding(data: bytes) -> str | None:
    """Name a legacy encoding that decodes ``data`` into letters of one script."""
    for encoding, script in _GUESSES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
        if letters and sum(script in unicodedata.name(ch, "") for ch in letters) >= 0.8 * len(
            letters
        ):
            return encoding
    return None
