"""Split a turn's text into sentences, each with the line it starts on.

Part of the parse stage (text -> records). Rules, in the order they apply:

* a paragraph always ends a sentence. In the Kremlin layout a line is a paragraph; in
  a hard-wrapped layout (whitehouse.gov) paragraphs are separated by blank lines and
  a single line break inside one is a space;
* ``.``, ``?``, ``!`` or ``…`` (with closing quotes or brackets) end a sentence when
  what follows starts with a capital, a digit, a quote, a bracket or a dash;
* a full stop after a known abbreviation (``Mr.``, ``U.S.``, ``p.m.``: the list is
  ``data/abbreviations.txt``, see :func:`abbreviations`) or an initial (``Joseph R.
  Biden``) does not;
* a stage note such as ``(Laughter.)`` is not a sentence of the speaker's.

Splitting takes time in proportion to the text, whatever its shape (a full stop before
a page of spaces, a paragraph of a thousand ``Mr.``, a line of ``?????``): each pattern
below reads a character a bounded number of times, and an abbreviation is recognised
from the few characters before its full stop. ``benchmarks/bench_shapes.py`` times the
shapes that once took seconds; ``tests/test_properties.py`` checks that twice the text
takes about twice the time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from os import PathLike
from pathlib import Path

from kit._files import list_items, read_data
from kit.words import BRACKETED

__all__ = ["split_sentences", "is_question", "abbreviations"]

# A run of end marks, then closing quotes or brackets, then white space (no-break spaces
# are white space to ``\s``) and a capital, digit, quote, bracket or dash. The run starts
# where the marks start (the look-behind), and the possessive ``++`` / ``*+`` never give
# back what they took: no shorter run could be followed by white space anyway, and
# giving back is what made ``.`` before a long run of spaces quadratic. (An opening
# quote or bracket before the capital needs no rule of its own: it is one of the
# characters a sentence may start with.)
_END = re.compile(r"(?<![.!?…])(?P<marks>[.!?…]++)['\"”’)\]]*+(?=\s++[A-Z0-9(\[“\"‘'—–-])")
_TOKEN = re.compile(r"[\w.]+\Z")  # the word (dots allowed: "U.S") just before a full stop
_STAGE = re.compile(BRACKETED)
_PARAGRAPH_WRAPPED = re.compile(r"\n(?:[ \t\u00a0]*+\n)+")
_VISIBLE = re.compile(r"\S")  # what str.split() does not split on: a line without it holds no sentence


def _read_abbreviations(path: Path) -> tuple[frozenset[str], int]:
    known = frozenset(item.casefold().rstrip(".") for item in list_items(path))
    return known, max(map(len, known), default=0)


def abbreviations(path: str | PathLike[str] | None = None) -> frozenset[str]:
    """The abbreviations after which a full stop does not end a sentence.

    Args:
        path: a list of your own; by default ``data/abbreviations.txt`` (one a line,
            without the final full stop).

    Returns:
        The abbreviations, lower case.

    >>> {"mr", "u.s", "p.m"} <= abbreviations()
    True
    """
    return read_data(path, "abbreviations.txt", _read_abbreviations)[0]


def split_sentences(text: str, wrapped: bool = False) -> Iterator[tuple[int, str]]:
    """Split a turn's text into sentences: yield ``(offset, sentence)`` for each.

    The abbreviations (:func:`abbreviations`) are looked up once per call, and only
    for text of more than one sentence.

    Args:
        text: a turn's text.
        wrapped: the text is hard-wrapped (paragraphs separated by blank lines), not
            one paragraph a line.

    Returns:
        An iterator of ``(offset, sentence)``: ``offset`` is where the sentence starts
        in ``text``; the sentence has its white space collapsed (line breaks and
        no-break spaces become single spaces).

    >>> list(split_sentences("Good afternoon. Who is the killer?\\nMr. Smith said no."))
    [(0, 'Good afternoon.'), (16, 'Who is the killer?'), (35, 'Mr. Smith said no.')]
    >>> [s for _, s in split_sentences("I will report. (Laughter.)")]
    ['I will report.']
    """
    if wrapped:
        known = read_data(None, "abbreviations.txt", _read_abbreviations)
        start = 0
        for found in _PARAGRAPH_WRAPPED.finditer(text + "\n\n"):
            yield from _sentences(text, start, min(found.start(), len(text)), known)
            start = found.end()
            if start >= len(text):
                break
    elif "\n" not in text and _END.search(text) is None:  # one line, one sentence: most short turns
        if sentence := _sentence(text, 0, 0, len(text)):
            yield sentence
    else:  # a line is a paragraph
        known = read_data(None, "abbreviations.txt", _read_abbreviations)
        start = 0
        # Line by line, from each line with something visible to the next: blank lines hold no
        # sentence, and a run of them is passed in one search.
        while (seen := _VISIBLE.search(text, start)) is not None:
            start = max(start, text.rfind("\n", start, seen.start()) + 1)  # the start of the line it is on
            end = text.find("\n", seen.start())
            if end < 0:
                yield from _sentences(text, start, len(text), known)
                break
            yield from _sentences(text, start, end, known)
            start = end + 1


def _sentences(text: str, begin: int, end: int, known: tuple[frozenset[str], int]) -> Iterator[tuple[int, str]]:
    paragraph = text[begin:end]
    start = 0
    for found in _END.finditer(paragraph):
        marks = found.group("marks")
        if marks[0] == "." == marks[-1] and _abbreviation(paragraph, start, found.end("marks") - 1, known):
            continue
        stop = found.end()
        if sentence := _sentence(paragraph, begin, start, stop):
            yield sentence
        start = stop
    if sentence := _sentence(paragraph, begin, start, len(paragraph)):
        yield sentence


def _abbreviation(paragraph: str, start: int, dot: int, known: tuple[frozenset[str], int]) -> bool:
    """True when the full stop at ``paragraph[dot]`` follows an abbreviation or an initial.

    ``known`` is ``(abbreviations, length of the longest)``. The word before the full
    stop is read back to the sentence's ``start``, but never more than one character
    past the longest abbreviation: a longer word is not one.

    >>> known = read_data(None, "abbreviations.txt", _read_abbreviations)
    >>> [_abbreviation(s, 0, len(s) - 1, known) for s in ["Mr.", "Joseph R.", "the U.S.", "Biden."]]
    [True, True, True, False]
    """
    words, longest = known
    found = _TOKEN.search(paragraph, max(start, dot - longest - 1), dot)
    if not found:
        return False
    token = found.group().lower()
    return token in words or (len(token) == 1 and token.isalpha())


def _sentence(paragraph: str, begin: int, start: int, stop: int) -> tuple[int, str] | None:
    """``(offset, sentence)`` for ``paragraph[start:stop]``, or ``None`` if it is empty or a stage note."""
    piece = paragraph[start:stop]
    sentence = " ".join(piece.split())
    if not sentence or _STAGE.fullmatch(sentence):
        return None
    return begin + start + len(piece) - len(piece.lstrip()), sentence


def is_question(sentence: str) -> bool:
    """True when a sentence ends with a question mark (closing quotes allowed).

    Args:
        sentence: one sentence.

    Returns:
        True when it ends with ``?``.

    >>> is_question("I don’t think so, do you?"), is_question("He asked “why?”")
    (True, True)
    """
    return sentence.rstrip("'\"”’)] ").endswith("?")
