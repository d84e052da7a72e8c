"""Read a transcript file into text, or fail with a message a student can act on.

Everything that can go wrong with a file (missing, a folder, a pipe or a device, empty,
binary, the wrong encoding, a character that cannot be shown, a path that names no
file) is caught here and reported as a
:class:`~kit.errors.TranscriptError` naming the file and, where there is one, the line as
:func:`kit.source.lines.split_lines` numbers it. What undecodable bytes are, and the
advice for them, is :mod:`kit.source.diagnose`'s job.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
import warnings
from os import PathLike

from kit.errors import TranscriptError, printable_name
from kit.source.diagnose import WIDE, decode_error
from kit.source.lines import line_at, line_before

__all__ = ["read_text", "read_file", "file_path", "file_kind", "decode", "check_text"]

# Opening a named pipe waits for a writer unless it is opened non-blocking; a regular file
# reads the same either way.
_OPEN = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOT_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)
# Characters no reader sees, besides white space and the control and format characters
# (Unicode's Cc and Cf: a zero-width space, a joiner, a direction mark, a BOM, a soft
# hyphen): fillers that stand for a blank letter, a blank braille cell, a grapheme joiner,
# variation selectors.
_BLANKS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u2800\u3164\uffa0") | frozenset(
    map(chr, range(0xFE00, 0xFE10))
)
_UNSEEN = ("Cc", "Cf")

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
    name = file_path(path)
    return decode(read_file(name), printable_name(name), encoding)


def file_path(path: object, reader: str = "read_transcript") -> str:
    """A path given to a reader, as text; one clear error for what cannot name a file.

    Args:
        path: what the caller gave (a ``str`` or a :class:`~pathlib.Path`).
        reader: the function's name, for the message.

    Returns:
        The path as a ``str`` (``os.fspath``).

    Raises:
        TypeError: ``path`` is ``None``, bytes, or anything but a ``str`` or path.
        TranscriptError: the path is empty (or only spaces), or holds a NUL character.

    >>> file_path("")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: '': no file given (the path is empty)
    >>> file_path(b"a.txt")
    Traceback (most recent call last):
    ...
    TypeError: read_transcript reads a path given as str or pathlib.Path, not bytes (decode it with os.fsdecode(path))
    """
    text = os.fspath(path) if isinstance(path, (str, PathLike)) else path
    if not isinstance(text, str):
        hint = " (decode it with os.fsdecode(path))" if isinstance(text, bytes) else ""
        kind = "None" if text is None else type(text).__name__
        raise TypeError(f"{reader} reads a path given as str or pathlib.Path, not {kind}{hint}")
    if not text.strip():
        raise TranscriptError(repr(text), "no file given (the path is empty)")
    if "\x00" in text:
        raise TranscriptError(repr(text), "is not a file name: it holds a NUL character (\\x00)")
    return text


def file_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, from its ``st_mode``; ``None`` for a regular file or a folder.

    Args:
        mode: ``os.stat(path).st_mode``.

    Returns:
        ``"a named pipe (FIFO)"``, ``"a device"``, ``"a socket"``, or ``None``.

    >>> import stat
    >>> file_kind(stat.S_IFIFO | 0o644), file_kind(stat.S_IFREG | 0o644)
    ('a named pipe (FIFO)', None)
    """
    return next((kind for test, kind in _NOT_FILES if test(mode)), None)


def read_file(path: str) -> bytes:
    """The bytes of a regular file; a pipe, a device or a socket is refused before any is read.

    The file is opened without waiting (a named pipe with no writer would otherwise wait
    for ever) and checked to be a regular file before it is read, so ``/dev/zero`` (or a
    link to it) is never read until memory runs out.

    Args:
        path: the file (a ``str``, as :func:`file_path` gives it).

    Returns:
        Its whole content.

    Raises:
        TranscriptError: the file is missing, a folder, not a regular file, or unreadable.

    >>> read_file("/dev/null")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: /dev/null: is a device, not a file: only regular files are read
    """
    source = printable_name(path)
    try:
        handle = os.open(path, _OPEN)
    except FileNotFoundError:
        raise TranscriptError(source, "no such file") from None
    except IsADirectoryError:
        raise TranscriptError(source, "is a folder, not a transcript file") from None
    except PermissionError:
        if os.path.isdir(path):  # Windows cannot open a folder at all
            raise TranscriptError(source, "is a folder, not a transcript file") from None
        raise TranscriptError(source, "cannot be read: permission denied") from None
    except OSError as error:
        raise TranscriptError(source, f"cannot be read: {error.strerror or error}") from None
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise TranscriptError(source, "is a folder, not a transcript file")
        kind = file_kind(mode)
        if kind:
            raise TranscriptError(source, f"is {kind}, not a file: only regular files are read")
        with open(handle, "rb", buffering=0, closefd=False) as file:
            return file.readall()
    except OSError as error:
        raise TranscriptError(source, f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(handle)


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
        if name != "utf-8" and _is_utf8_text(data, name):
            warnings.warn(
                f"{source}: is UTF-8 text, not {encoding}: read as UTF-8 (as {encoding} it would be garbled)",
                stacklevel=2,
            )
            name = "utf-8"
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
    could show or export; text that is empty, only blank lines, or only characters no
    one sees (a zero-width space, a direction mark).

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
    unseen = _first_unseen(text)
    if unseen:
        problem = f"contains no visible text (only blank lines and invisible characters such as U+{ord(unseen):04X})"
        raise TranscriptError(source, problem)


def _first_unseen(text: str) -> str:
    """The first invisible character of a text that has no visible one; ``""`` if it has one."""
    first = ""
    for char in text.lstrip():  # stops at the first visible character: the first, in most texts
        if char.isspace():
            continue
        if unicodedata.category(char) not in _UNSEEN and char not in _BLANKS:
            return ""
        first = first or char
    return first


def _is_utf8_text(data: bytes, name: str) -> bool:
    """Whether ``data`` is UTF-8 text that the codec ``name`` would read otherwise (and garble).

    A file of plain ASCII reads the same in UTF-8 and in any encoding that agrees with
    ASCII, so only where the two readings differ is the hint overruled.
    """
    if b"\x00" in data:  # UTF-16 or UTF-32 text (or binary data): not UTF-8 text
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    try:
        return data.decode(name) != text
    except (UnicodeError, LookupError):
        return True


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
