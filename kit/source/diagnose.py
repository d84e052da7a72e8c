"""What undecodable bytes are, and what to tell the student: another encoding, or a damaged file.

When a file cannot be decoded, :func:`decode_error` says where and, if it is clear, what
the bytes are: text in a legacy encoding (cp1251, euc-kr, cp1252: :func:`guess_encoding`),
or a UTF-8 file damaged in one or two places. When it is not clear, it names no encoding.
"""

from __future__ import annotations

import codecs
import re

from kit.errors import TranscriptError
from kit.source.lines import line_before

__all__ = ["decode_error", "guess_encoding", "WIDE"]

#: Codecs (as ``codecs.lookup`` names them) in which NUL bytes are part of ordinary text.
WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

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


def decode_error(data: bytes, codec: str, label: str, error: UnicodeDecodeError, source: str) -> TranscriptError:
    """The error for bytes that ``codec`` cannot decode, with advice if it is clear.

    Args:
        data: the bytes of the file.
        codec: the codec that failed, as ``codecs.lookup`` names it.
        label: how the message names the encoding (``UTF-8``, or as the student spelled it).
        error: the codec's error (where the undecodable bytes are).
        source: the file's name.

    Returns:
        The :class:`~kit.errors.TranscriptError` to raise, naming the line of the bytes.

    >>> data = "Вопрос: Да.".encode("cp1251")
    >>> try:
    ...     data.decode("utf-8")
    ... except UnicodeDecodeError as error:
    ...     print(decode_error(data, "utf-8", "UTF-8", error, "q.txt").problem)
    not UTF-8 text: byte 0xc2 at byte offset 0 cannot be decoded. It looks like cp1251: re-save the file as UTF-8, or read it with kit.read_transcript(path, encoding="cp1251").
    """
    problem = f"not {label} text: {_bytes_at(data, error.start, error.end)} cannot be decoded"
    if codec in WIDE:  # which unit is bad or missing ("truncated data", "illegal encoding")
        problem += f" ({error.reason})"
    if codec == "utf-8":
        problem += _utf8_advice(data)
    else:
        guess = guess_encoding(data, exclude=codec)
        if guess == "utf-8":
            problem += ". The file is UTF-8: read it with kit.read_transcript(path), without encoding=."
        else:
            problem += _legacy_advice(guess) if guess else "."
    return TranscriptError(source, problem, line_before(data, error.start, codec))


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
    guess = guess_encoding(data, exclude="utf-8")
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
        line = line_before(data, start, "utf-8")
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


def guess_encoding(data: bytes, exclude: str) -> str | None:
    """An encoding that ``data`` is confidently in: utf-8, euc-kr, cp1251 or cp1252.

    Confident means: the whole of ``data`` decodes cleanly in it, and a sample of the
    text from its first non-ASCII character on reads like text of the script the
    encoding is for (see the ``_looks_*`` tests). Data with NUL bytes is UTF-16/32 or
    binary, never one of these.

    Args:
        data: the bytes of a file.
        exclude: a codec not to guess (the one that already failed), as
            ``codecs.lookup`` names it.

    Returns:
        The encoding's name, or ``None`` if unsure.

    >>> guess_encoding("Президент ответил на вопросы журналистов.".encode("cp1251"), exclude="utf-8")
    'cp1251'
    >>> guess_encoding(bytes([0xff, 0x41, 0xfe]), exclude="utf-8") is None
    True
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
