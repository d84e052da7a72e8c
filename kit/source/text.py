"""Read a transcript file into text, or fail with a message a student can act on.

Everything that can go wrong with a file (missing, a folder, empty, binary, the wrong
encoding, a character that cannot be shown) is caught here and reported as a
:class:`~kit.errors.TranscriptError` naming the file and, where there is one, the line as
:func:`kit.source.lines.split_lines` numbers it. What undecodable bytes are, and the
advice for them, is :mod:`kit.source.diagnose`'s job.
"""

from __future__ import annotations

import codecs
from os import PathLike
from pathlib import Path

from kit.errors import TranscriptError
from kit.source.diagnose import WIDE, decode_error
from kit.source.lines import line_at, line_before

__all__ = ["read_text", "decode", "check_text"]

# Byte-order marks and the codec each one means. UTF-32 comes first: the UTF-32-LE
# mark (FF FE 00 00) starts with the UTF-16-LE one (FF FE).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),  # decode() drops the BOM itself
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text(path: str | PathLike[str], encoding: str | None = None) -> str:
    """Read a transcript file and return its text (BOM removed, line endings kept).

    Args:
        path: the file to read.
        encoding: the file's encoding when it is not UTF-8, in any spelling Python
            knows (``"cp1251"``, ``"UTF-16"``, ``"utf_16_be"``); by default UTF-8, or
            UTF-32/UTF-16 when the file starts with their byte-order mark.

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

    When UTF-8 fails, the message says what the bytes are if that is clear: a legacy
    encoding to read them with (cp1251, euc-kr, cp1252), or a UTF-8 file damaged in
    one or two places. When it is not clear, it names no encoding.

    Args:
        data: the bytes of the file.
        source: the file's name, for error messages.
        encoding: any spelling of a Python text encoding; by default UTF-8, or
            UTF-32/UTF-16 when the data starts with their byte-order mark.

    Returns:
        The text, without a byte-order mark.

    Raises:
        TranscriptError: the data is empty, binary, or not in the encoding, or the
            encoding is unknown or not a text encoding.

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
        name = next((codec for bom, codec in _BOMS if data.startswith(bom)), "utf-8")
    else:
        name = _text_codec(encoding, source)
    label = _label(name, encoding)
    if name not in WIDE and b"\x00" in data:
        offset = data.index(b"\x00")
        raise TranscriptError(
            source,
            f"looks like binary data, not text (a NUL byte at byte offset {offset})",
            line_before(data, offset, name),
        )
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise decode_error(data, name, label, error, source) from None
    except UnicodeError as error:  # codecs that fail in their own way, e.g. "undefined"
        raise TranscriptError(source, f"cannot be read as {label}: {error}") from None
    text = text.removeprefix("\ufeff")
    if name in WIDE:
        _refuse_nul(text, source)
    return text


def check_text(text: str, source: str = "<text>") -> None:
    """Raise :class:`TranscriptError` for text that cannot be a transcript.

    Refused: what is not a ``str``; text with a NUL character (binary data); text with
    a lone surrogate (from reading with ``errors="surrogateescape"``), which no view
    could show or export; text that is empty or only blank lines.

    Args:
        text: the text to check.
        source: its name, for error messages.

    Raises:
        TranscriptError: naming the source and, for a bad character, its line.

    >>> check_text("  \\n", "x.txt")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: x.txt: contains no text (only blank lines)
    >>> check_text("Question: Hi\\nabc\\udcff", "x.txt")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: x.txt, line 2: contains an undecodable character U+DCFF (a lone surrogate); read the file with kit.read_transcript(path) instead of errors='surrogateescape'
    """
    if not isinstance(text, str):
        raise TranscriptError(source, f"expected text (str), got {type(text).__name__}")
    _refuse_nul(text, source)
    if not text.isascii():  # O(1); only text with a non-ASCII character can hold a surrogate
        try:
            # The quickest strict encoder (near a copy for most text, ~2 ms for 10 MB
            # of Cyrillic); it stops at the first lone surrogate and says where.
            text.encode("utf-16-le")
        except UnicodeEncodeError as error:
            raise TranscriptError(source, _surrogate_problem(text[error.start]), line_at(text, error.start)) from None
    if not text or text.isspace():
        problem = "is empty" if not text else "contains no text (only blank lines)"
        raise TranscriptError(source, problem)


def _text_codec(encoding: str, source: str) -> str:
    """The codec name of ``encoding`` (``"UTF16"`` -> ``"utf-16"``), if it decodes text."""
    try:
        name = codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError):
        raise TranscriptError(source, f"unknown encoding {encoding!r}") from None
    try:
        b" ".decode(name)
    except LookupError:  # a codec from bytes to bytes or str to str: base64, rot13, zip
        raise TranscriptError(
            source,
            f'{encoding!r} is not a text encoding: give the file\'s character encoding, such as "utf-8" or "cp1251"',
        ) from None
    except UnicodeError:  # a text encoding that cannot decode one space (UTF-16): fine
        pass
    # decode() drops a BOM itself; the utf-8-sig decoder would count byte offsets
    # from after it, so error messages would point three bytes early.
    return "utf-8" if name == "utf-8-sig" else name


def _label(name: str, encoding: str | None) -> str:
    """How messages name the encoding: UTF-8, UTF-16, ... or as the student spelled it."""
    return name.upper() if name.startswith("utf-") else encoding or name


def _refuse_nul(text: str, source: str) -> None:
    """Refuse text with a NUL character: binary data, read as text."""
    if "\x00" in text:
        line = line_at(text, text.index("\x00"))
        raise TranscriptError(source, "looks like binary data, not text (a NUL character)", line)


def _surrogate_problem(char: str) -> str:
    """Say what a lone surrogate is, and (for one from surrogateescape) what to do instead."""
    code = f"U+{ord(char):04X}"
    if "\udc80" <= char <= "\udcff":  # what errors="surrogateescape" makes of a bad byte
        return (
            f"contains an undecodable character {code} (a lone surrogate); read the file "
            "with kit.read_transcript(path) instead of errors='surrogateescape'"
        )
    return (
        f"contains an undecodable character {code} (a lone surrogate, half of a character); "
        "remove it, or read the file with kit.read_transcript(path)"
    )
