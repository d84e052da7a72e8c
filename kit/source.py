"""Read a transcript file into text, or fail with a message a student can act on.

This is the first stage: bytes -> text -> lines. Everything after it works on
``str``; everything that can go wrong with a file (missing, a folder, empty, binary,
the wrong encoding, a character that cannot be shown) is caught here and reported as
a :class:`~kit.errors.TranscriptError` naming the file and, where there is one, the
line as :func:`split_lines` numbers it.
"""

from __future__ import annotations

import codecs
import re
from os import PathLike
from pathlib import Path

from kit.errors import TranscriptError

__all__ = ["read_text", "decode", "check_text", "split_lines"]

# Byte-order marks and the codec each one means. UTF-32 comes first: the UTF-32-LE
# mark (FF FE 00 00) starts with the UTF-16-LE one (FF FE).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),  # decode() drops the BOM itself
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Codecs (as codecs.lookup names them) in which NUL bytes are part of ordinary text.
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

# What a confident guess at a legacy encoding looks for, as regular expressions, so
# that even a 10 MB file is judged at C speed. A guess names an encoding only when the
# bytes decode cleanly in it AND the result reads like text of the script it is for.
_SAMPLE = 100_000  # characters judged, from the first non-ASCII one
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]{2,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]{2,}")
_RUSSIAN_LOWER = re.compile("[а-яё]")
# Latin-1/cp1252 letters of European prose, and its typographic marks. Left out on
# purpose: ÿ ð þ ª º µ, rare in prose but what stray bytes and cut UTF-8 sequences
# (0xff, 0xf0 0x9f ...) turn into.
_WESTERN_LETTERS = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýŒœŠšŽž"
_WESTERN = re.compile(f"[{_WESTERN_LETTERS}«»‹›‘’‚“”„–—…•€£§°·¡¿©®™\u00a0]")
_WESTERN_IN_WORD = re.compile(
    f"(?<=[A-Za-z{_WESTERN_LETTERS}])[{_WESTERN_LETTERS}]|[{_WESTERN_LETTERS}](?=[A-Za-z{_WESTERN_LETTERS}])"
)
_WESTERN_LETTER = re.compile(f"[{_WESTERN_LETTERS}]")


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
    if name not in _WIDE and b"\x00" in data:
        offset = data.index(b"\x00")
        raise TranscriptError(
            source,
            f"looks like binary data, not text (a NUL byte at byte offset {offset})",
            _line_before(data, offset, name),
        )
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise _decode_error(data, name, label, error, source) from None
    except UnicodeError as error:  # codecs that fail in their own way, e.g. "undefined"
        raise TranscriptError(source, f"cannot be read as {label}: {error}") from None
    text = text.removeprefix("\ufeff")
    if name in _WIDE:
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
            raise TranscriptError(source, _surrogate_problem(text[error.start]), _line_at(text, error.start)) from None
    if not text or text.isspace():
        problem = "is empty" if not text else "contains no text (only blank lines)"
        raise TranscriptError(source, problem)


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


def _line_at(text: str, index: int) -> int:
    """The 1-based line, as :func:`split_lines` numbers them, of ``text[index]``."""
    return len((text[:index] + "x").splitlines())


def _line_before(data: bytes, offset: int, codec: str) -> int:
    """The line of the byte at ``offset``: the lines of the bytes before it, decoded."""
    try:
        before = data[:offset].decode(codec, "replace")
    except (UnicodeError, LookupError):  # a codec without "replace" (idna, punycode)
        before = data[:offset].decode("latin-1")
    return _line_at(before, len(before))


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
        line = _line_at(text, text.index("\x00"))
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


def _decode_error(data: bytes, codec: str, label: str, error: UnicodeDecodeError, source: str) -> TranscriptError:
    """The error for bytes that ``codec`` cannot decode, with advice if it is clear."""
    problem = f"not {label} text: {_bytes_at(data, error.start, error.end)} cannot be decoded"
    if codec in _WIDE:  # which unit is bad or missing ("truncated data", "illegal encoding")
        problem += f" ({error.reason})"
    if codec == "utf-8":
        problem += _utf8_advice(data)
    else:
        guess = _guess(data, exclude=codec)
        if guess == "utf-8":
            problem += ". The file is UTF-8: read it with kit.read_transcript(path), without encoding=."
        else:
            problem += _legacy_advice(guess) if guess else "."
    return TranscriptError(source, problem, _line_before(data, error.start, codec))


def _bytes_at(data: bytes, start: int, end: int) -> str:
    """``byte 0xff at byte offset 5``, or ``bytes 0xe2 0x80 ...`` for a stretch of them."""
    shown = " ".join(f"0x{byte:02x}" for byte in data[start : min(end, start + 4)])
    return f"{'byte' if end - start == 1 else 'bytes'} {shown} at byte offset {start}"


def _utf8_advice(data: bytes) -> str:
    """What to tell a student whose file is not valid UTF-8, from the end of the first sentence."""
    text = data.decode("utf-8", "replace")
    # One U+FFFD per undecodable stretch (less those already in the file); the other
    # non-ASCII characters are well-formed UTF-8 sequences (a BOM is one of them).
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = _non_ascii(text) - bad
    places = _damaged_places(data, 3)
    # Legacy text hardly ever forms a valid multi-byte UTF-8 sequence by chance, so
    # valid ones around a few bad bytes mean a damaged UTF-8 file, not another encoding;
    # so does a character cut short (a lead byte and some of its continuation bytes).
    if (good and (len(places) <= 2 or good >= 10 * bad)) or (len(places) <= 2 and all(cut for _, _, cut in places)):
        return _damage_advice(data, places)
    guess = _guess(data, exclude="utf-8")
    if guess:
        return _legacy_advice(guess)
    if len(places) <= 2:  # plain ASCII but for one or two bytes: damage, or who knows
        return _damage_advice(data, places, sure=False)
    return (
        ". Re-save the file as UTF-8, or, if you know its encoding, read it with "
        'kit.read_transcript(path, encoding="...").'
    )


def _damaged_places(data: bytes, limit: int) -> list[tuple[int, int, bool]]:
    """Up to ``limit`` places UTF-8 cannot decode: (start, end, looks like cut-off UTF-8).

    A place looks like cut-off UTF-8 when it holds a lead byte with some of its
    continuation bytes, or the file ends inside a character. Undecodable bytes at most
    a few apart are one place (a byte dropped into the middle of a character leaves its
    two halves undecodable around it), but no place is longer than 8 bytes.
    """
    places: list[tuple[int, int, bool]] = []
    offset = 0
    while len(places) <= limit:
        try:
            data[offset:].decode("utf-8")
        except UnicodeDecodeError as error:
            start, end = offset + error.start, offset + error.end
            cut = end - start > 1 or error.reason == "unexpected end of data"
            if places and start - places[-1][1] < 4 and end - places[-1][0] <= 8:
                first, _, earlier = places.pop()
                start, cut = first, cut or earlier
            places.append((start, end, cut))
            offset = end
        else:
            break
    return places[:limit]


def _damage_advice(data: bytes, places: list[tuple[int, int, bool]], sure: bool = True) -> str:
    """Say where a UTF-8 file is damaged (``sure``) or may be (the rest is plain ASCII)."""
    if len(places) == 2:
        start, end, _ = places[1]
        line = _line_before(data, start, "utf-8")
        where = f", nor can {_bytes_at(data, start, end)} (line {line})"
        it, them = "in those two places", "those characters"
    else:
        cut = places and places[0][2] and places[0][1] == len(data)
        where = ""
        it = f"there{' (it ends partway through a character: was it cut off?)' if cut else ''}"
        them = "that character"
    if not sure:
        return (
            f"{where}. The rest of the file is plain ASCII, which is also UTF-8: if it is "
            f"damaged {it}, retype {them} in an editor and save the file as UTF-8; if it is in "
            'another encoding, read it with kit.read_transcript(path, encoding="...").'
        )
    if len(places) <= 2:
        return (
            f"{where}. The rest of the file is UTF-8, so it is damaged {it}: retype {them} "
            "in an editor and save the file as UTF-8."
        )
    return (
        ". The rest of the file is UTF-8, but it is damaged in several places: get it "
        "again from where it came from, or retype those characters in an editor."
    )


def _legacy_advice(encoding: str) -> str:
    """Name the encoding the file looks like, and how to read it."""
    return (
        f". It looks like {encoding}: re-save the file as UTF-8, or read it with "
        f'kit.read_transcript(path, encoding="{encoding}").'
    )


def _guess(data: bytes, exclude: str) -> str | None:
    """An encoding that ``data`` is confidently in (not ``exclude``), or None if unsure.

    Confident means: the whole of ``data`` decodes cleanly in it, and a sample of the
    text from its first non-ASCII character on reads like text of the script the
    encoding is for (see the ``_looks_*`` tests). Data with NUL bytes is UTF-16/32 or
    binary, never one of these.
    """
    if b"\x00" in data:
        return None
    for encoding, looks_right in (
        ("utf-8", _looks_utf8),
        ("euc-kr", _looks_korean),
        ("cp1251", _looks_russian),
        ("cp1252", _looks_western),
    ):
        if codecs.lookup(encoding).name == exclude:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        first = _NON_ASCII.search(text)
        start = first.start() if first else 0
        sample = text[max(0, start - 100) : start + _SAMPLE]
        if looks_right(sample):
            return encoding
    return None


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _looks_utf8(text: str) -> bool:
    """Valid UTF-8 (the caller decoded it) with something beyond ASCII in it."""
    return not text.isascii()


def _mostly(
    script: re.Pattern[str], word: re.Pattern[str], text: str, letters: float, marks: float, words: float
) -> bool:
    """``script`` makes up a share ``letters`` of the non-ASCII letters and ``marks`` of all
    non-ASCII characters, and a share ``words`` of it stands in words of two or more."""
    count = _count(script, text)
    in_words = sum(map(len, word.findall(text)))
    return (
        count >= 2
        and count >= letters * _count(_NON_ASCII_LETTER, text)
        and count >= marks * _non_ascii(text)
        and in_words >= words * count
    )


def _looks_korean(text: str) -> bool:
    """Mostly Hangul syllables (some Hanja allowed), most of them in words of two or more."""
    return _mostly(_HANGUL, _HANGUL_WORD, text, letters=0.7, marks=0.6, words=0.6)


def _looks_russian(text: str) -> bool:
    """Mostly Cyrillic letters, in words, mostly the lowercase а-я of Russian prose.

    UTF-8 read as cp1251 gives Cyrillic too, but capitals and rare letters (Р, С, ѕ,
    ї) between symbols; Latin-1 read as cp1251 gives single letters inside Latin
    words. Neither passes.
    """
    return _mostly(_CYRILLIC, _CYRILLIC_WORD, text, letters=0.9, marks=0.7, words=0.8) and _count(
        _RUSSIAN_LOWER, text
    ) >= 0.6 * _count(_CYRILLIC, text)


def _looks_western(text: str) -> bool:
    """Only accented Latin letters (at least half inside words) and typographic marks."""
    return _count(_WESTERN, text) == _non_ascii(text) and 2 * _count(_WESTERN_IN_WORD, text) >= _count(
        _WESTERN_LETTER, text
    )
