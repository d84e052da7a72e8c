"""Split a turn's text into sentences, each with the line it starts on.

Part of the parse stage (text -> records). Rules, in the order they apply:

* a paragraph always ends a sentence. In the Kremlin layout a line is a paragraph; in
  a hard-wrapped layout (whitehouse.gov) paragraphs are separated by blank lines and
  a single line break inside one is a space;
* ``.``, ``?``, ``!`` or ``…`` (with closing quotes or brackets) end a sentence when
  what follows starts with a capital, a digit, a quote, a bracket or a dash;
* a full stop after a known abbreviation (``Mr.``, ``U.S.``, ``p.m.``) or an initial
  (``Joseph R. Biden``) does not;
* a stage note such as ``(Laughter.)`` is not a sentence of the speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["split_sentences", "is_question"]

_END = re.compile(r"[.!?…]+['\"”’)\]]*(?=[\s\u00a0]+['\"“‘(\[—–-]?[\s\u00a0]*[A-Z0-9(\[“\"‘'—–-])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt rep sen gov no nos vs etc e.g i.e u.s u.k u.n "
    "a.m p.m inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec fig approx".split()
)
_LAST_TOKEN = re.compile(r"([\w.]+)\.['\"”’)\]]*$")
_STAGE = re.compile(r"[(\[][^()\[\]]{1,80}[)\]]")
_PARAGRAPH_WRAPPED = re.compile(r"\n(?:[ \t\u00a0]*\n)+")


def split_sentences(text: str, wrapped: bool = False) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, sentence)`` for each sentence of ``text``.

    ``offset`` is where the sentence starts in ``text``; the sentence has its white
    space collapsed (line breaks and no-break spaces become single spaces).

    >>> list(split_sentences("Good afternoon. Who is the killer?\\nMr. Smith said no."))
    [(0, 'Good afternoon.'), (16, 'Who is the killer?'), (35, 'Mr. Smith said no.')]
    >>> [s for _, s in split_sentences("I will report. (Laughter.)")]
    ['I will report.']
    """
    breaks = _PARAGRAPH_WRAPPED if wrapped else re.compile(r"\n")
    start = 0
    for found in breaks.finditer(text + "\n\n" if wrapped else text + "\n"):
        yield from _sentences(text, start, min(found.start(), len(text)))
        start = found.end()
        if start >= len(text):
            break


def _sentences(text: str, begin: int, end: int) -> Iterator[tuple[int, str]]:
    paragraph = text[begin:end]
    start = 0
    for found in _END.finditer(paragraph):
        stop = found.end()
        if found.group().startswith(".") and _abbreviation(paragraph[start:stop]):
            continue
        yield from _emit(paragraph, begin, start, stop)
        start = stop
    yield from _emit(paragraph, begin, start, len(paragraph))


def _abbreviation(chunk: str) -> bool:
    found = _LAST_TOKEN.search(chunk)
    if not found:
        return False
    token = found.group(1).lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _emit(paragraph: str, begin: int, start: int, stop: int) -> Iterator[tuple[int, str]]:
    piece = paragraph[start:stop]
    sentence = " ".join(piece.split())
    if sentence and not _STAGE.fullmatch(sentence):
        lead = len(piece) - len(piece.lstrip())
        yield begin + start + lead, sentence


def is_question(sentence: str) -> bool:
    """True when a sentence ends with a question mark (closing quotes allowed).

    >>> is_question("I don’t think so, do you?"), is_question("He asked “why?”")
    (True, True)
    """
    return sentence.rstrip("'\"”’)] ").endswith("?")
