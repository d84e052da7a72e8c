"""What a word is, how a phrase is found, and the shapes of the editors' marks, defined once for the whole kit."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from os import PathLike

from kit._files import read_words

__all__ = [
    "WORD", "BRACKETED", "GAP_MARK", "GAP", "count_words", "plural", "tokens", "stopwords", "phrase_pattern",
    "matchable", "alternatives",
]  # fmt: skip

#: A word: letters or digits, with inner ' ’ or - (``Ukraine’s`` and ``NATO-bid`` are one word each).
WORD = re.compile(r"\w++(?:['’\-]\w++)*+")  # possessive: the same words, found without backtracking
#: A note in brackets, up to 80 characters, none nested: ``(Laughter.)``, ``[Applause]``. A pattern
#: to build on: alone on a line it is a stage note (kit.parsing.lines), alone as a sentence no sentence.
BRACKETED = r"[(\[](?P<note>[^()\[\]]{1,80})[)\]]"
#: The editors' mark for words left out that cannot be anything else: ``<…>``, ``< ... >``.
GAP_MARK = r"<\s*(?:…|\.{3})\s*>"
#: Any mark for words left out, as a line of its own: ``<…>``, ``[...]``, ``…``, ``...``.
GAP = rf"{GAP_MARK}|\[\s*(?:…|\.{{3}})\s*\]|…|\.{{3}}"


def count_words(text: str) -> int:
    """Count the words of ``text``.

    Args:
        text: any text.

    Returns:
        The number of words (:data:`WORD`).

    >>> count_words("Who is the killer? Ukraine’s NATO-bid, 2020.")
    7
    """
    return len(WORD.findall(text))


def plural(n: int, word: str, many: str | None = None) -> str:
    """A count and its word, in the plural unless the count is 1, with thousands separated.

    Args:
        n: how many.
        word: the word in the singular.
        many: its plural, when it is not the word with an ``s``.

    Returns:
        The count and the word, e.g. ``"1,200 words"``.

    >>> plural(1, "turn"), plural(1200, "word"), plural(2, "does", "do")
    ('1 turn', '1,200 words', '2 do')
    """
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def tokens(text: str) -> list[str]:
    """The words of ``text``, case folded, with ’ written as '.

    Args:
        text: any text.

    Returns:
        The words in order.

    >>> tokens("Ukraine’s NATO-bid, (in passing) / Done")
    ["ukraine's", 'nato-bid', 'in', 'passing', 'done']
    """
    return WORD.findall(text.casefold().replace("’", "'"))


def stopwords(path: str | PathLike[str] | None = None) -> frozenset[str]:
    """Function words to leave out of word lists (``data/stopwords.txt`` unless ``path``).

    Args:
        path: a list of your own (one word a line, ``#`` comments).

    Returns:
        The words, case folded; re-read when the file changes.

    >>> {"the", "and"} <= stopwords() and "killer" not in stopwords()
    True
    """
    return read_words(path, "stopwords.txt")


def phrase_pattern(phrases: str | Iterable[str], wildcard: bool = False, case: bool = False) -> re.Pattern[str]:
    """One regular expression that finds any of ``phrases`` as whole words.

    The one phrase matcher of the kit (KWIC terms, rhetoric cues, topic phrases, the
    parser's conversation phrases). A phrase matches where it is not part of a longer
    word; the words of a phrase are separated by any white space (a line break, two
    spaces); longer phrases are tried first, so ``Minsk Agreements`` is found whole
    before ``Minsk``. No phrase at all gives a pattern that never matches.

    Args:
        phrases: one phrase, or several.
        wildcard: a word ending in ``*`` matches any ending (``cyber*``: ``cyberspace``),
            and a phrase with no letter or digit (``*``, ``--``) is left out, since it
            would match everywhere or nowhere useful (the topic dictionaries' rule).
        case: match case exactly (by default case is ignored).

    Returns:
        The compiled pattern (compiled once for the same arguments).

    >>> phrase_pattern(["Minsk", "Minsk Agreements"]).findall("the minsk\\nagreements, and Minsk")
    ['minsk\\nagreements', 'Minsk']
    >>> phrase_pattern("law").findall("law, lawyer, bylaw, Law")
    ['law', 'Law']
    >>> phrase_pattern(["cyber*", "*"], wildcard=True).findall("Cyberattacks in cyberspace, cyber")
    ['Cyberattacks', 'cyberspace', 'cyber']
    >>> phrase_pattern([]).search("anything") is None
    True
    """
    if isinstance(phrases, str):
        phrases = (phrases,)
    return _phrase_pattern(tuple(phrases), wildcard, case)


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[str, ...], wildcard: bool, case: bool) -> re.Pattern[str]:
    parts = []
    for phrase in sorted(dict.fromkeys(phrases), key=len, reverse=True):
        words = phrase.split()
        if not words or wildcard and not matchable(phrase):
            continue
        if wildcard:
            parts.append(r"\s+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words))
        else:
            parts.append(r"\s+".join(map(re.escape, words)))
    body = "|".join(parts) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", 0 if case else re.IGNORECASE)


def matchable(phrase: str) -> bool:
    """Whether a phrase of a word list can be looked for: it holds a letter or a digit.

    ``*`` or ``--`` alone would match every sentence, so such phrases are left out.

    Args:
        phrase: a phrase as written in a list (``cyber*``, ``--``).

    Returns:
        True when it has a letter or a digit.

    >>> matchable("cyber*"), matchable("--")
    (True, False)
    """
    return any(ch.isalnum() for ch in phrase)


def alternatives(items: Iterable[str]) -> str:
    """A regular-expression alternation of literal items, longest first, to build a bigger pattern with.

    Unlike :func:`phrase_pattern` it adds no word boundaries and no flexible spaces: the
    items are matched exactly as written (``re.escape``), inside whatever surrounds them.

    Args:
        items: the literal strings.

    Returns:
        ``a|b|...`` with the longest item first (so ``Share on`` wins over ``Share``), or
        ``(?!)``, which never matches, for no items.

    >>> print(alternatives(["of", "8 of 16", "a.b"]), alternatives([]))
    8\\ of\\ 16|a\\.b|of (?!)
    """
    return "|".join(map(re.escape, sorted(items, key=len, reverse=True))) or "(?!)"
