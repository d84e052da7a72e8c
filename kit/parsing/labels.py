"""Speaker labels: does a line start with ``Vladimir Putin:``, ``Question (retranslated):``, ``Q``?

Part of the parse stage. :func:`match_label` decides whether a line starts with a speaker
label and returns it, or ``None`` for prose that merely contains a colon (``One more
thing: ...``, ``The question is: ...``), a field of a web page (``Last Updated: ...``), a
list of appointments (``Minister of Defence: Sergei Shoigu.``) or a title with a colon
(``The Arctic: Territory of Dialogue``). It accepts labels of the shapes real transcripts
use: long titles with ``and``, commas and dashes, lower-case title words (``Direct line
programme host Kirill Kleymenov``), glued names (``VladimirPutin``), dots inside names
(``VEB.RF``), notes in brackets with commas, capitals (``THE PRESIDENT``), a role with a
place (``Question from Perm Territory``), and labels behind no-break spaces, zero-width
spaces, direction marks or decomposed accents (matched on a normalised copy; the label's
``prefix`` is always the exact text of the line).

The vocabularies (role labels, title words, particles, prose words) are read from
``data/speakers.toml`` and ``data/outlets.csv`` (see :mod:`kit.parsing.lexicon`), so instructors can edit them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from kit.parsing.lexicon import Lexicon, lexicon

__all__ = ["APPOINTEE", "Label", "match_label", "split_name"]

# A label: a letter, then up to ~250 characters without sentence punctuation (bracketed
# notes may hold anything but brackets), then a colon. Bounded, so matching is linear.
_COLON_LABEL = re.compile(
    r"(?P<lead>[ \t\u00a0\u2007\u202f]*)"
    r"(?P<name>[^\W\d_](?:[^:\n?!;\"“”«»()\[\]]|\([^()\n]{0,240}\)|\[[^\[\]\n]{0,240}\]){0,250}?)"
    r"[ \t\u00a0]*:(?P<gap>[ \t\u00a0\u202f]*)"
)
_Q_LABEL = re.compile(r"(?P<lead>[ \t\u00a0]*)(?P<name>Q)(?P<gap>[:.][ \t\u00a0]*|[\t\u00a0][ \t\u00a0]*| {2,}|$)")
_NOTE = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")
_CAPS_WORD = re.compile(r"[A-Z][A-Z.'’\-]*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*(?:\.[^\W\d_][\w'’\-]*)*\.?|[A-Z]\.(?:[A-Z]\.)*")
_PLAIN_WORD = re.compile(r"[A-Z][a-z'’\-]+")
_PLAIN_NAME = re.compile(r"[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2}")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_SEGMENTS = re.compile(r"\s*(?:,|\s[–—-]\s)\s*")
_DIGIT = re.compile(r"\d")
#: The text of a line of an appointments list after its colon: a name alone ("Sergei Shoigu.").
APPOINTEE = re.compile(r"\s*[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2}\.?\s*")
# Characters that change nothing a reader sees: zero-width spaces and joiners, direction
# marks, soft hyphens, a byte-order mark in mid-text.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


class Label(NamedTuple):
    """A speaker label at the start of a line.

    Attributes:
        prefix: the label exactly as it stands in the line, with any space before it,
            its colon and the spaces after it (``line == prefix + text``).
        name: the label as written, without notes, spaces and invisible characters
            normalised.
        note: what stood in brackets (``"retranslated"``), or after a role
            (``"from Perm Territory"``), or ``None``.
        style: ``"role"`` (Question, Remark, Q, ...), ``"caps"`` (THE PRESIDENT),
            ``"name"`` (a person, two words or more) or ``"single"`` (one word, which
            counts only if it is the short form of a longer name in the same transcript).
        role: for a role label, the role word it was matched by (``"question"``).
    """

    prefix: str
    name: str
    note: str | None
    style: str
    role: str | None = None

    @property
    def key(self) -> str:
        """Lowercase name, the key into the role table."""
        return self.role or self.name.lower()


def _normalised_head(line: str) -> tuple[str, list[int]]:
    """The start of ``line`` normalised, and for each of its characters the index in ``line``."""
    head = line[:600]
    chars: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(head):
        if _INVISIBLE.match(head, i):
            i += 1
            continue
        j = i + 1
        while j < len(head) and unicodedata.combining(head[j]):
            j += 1
        for ch in unicodedata.normalize("NFC", head[i:j]):
            chars.append(ch)
            where.append(i)
        i = j
    where.append(len(head))
    return "".join(chars), where


def match_label(line: str, lex: Lexicon | None = None) -> Label | None:
    """Return the speaker label that starts ``line``, or ``None``.

    Args:
        line: one line of a transcript.
        lex: the vocabularies (default: :func:`lexicon`).

    Returns:
        The :class:`Label`, or ``None`` when the line does not start with one.

    >>> match_label("President of Russia Vladimir Putin: Friends,").name
    'President of Russia Vladimir Putin'
    >>> match_label("Question (retranslated): Thank you.").note
    'retranslated'
    >>> match_label("Joseph Biden:Thank you.").prefix
    'Joseph Biden:'
    >>> match_label("Minister of Industry and Trade Denis Manturov: Yes.").style
    'name'
    >>> match_label("Q\\u00a0\\u00a0 Thank you, sir.").style
    'role'
    >>> match_label("One more thing: before the talks") is None
    True
    >>> match_label("Minister of Defence: Sergei Shoigu.") is None
    True
    """
    lex = lex or lexicon()
    if line.isascii() or not _INVISIBLE.search(line[:600]) and unicodedata.is_normalized("NFC", line[:600]):
        return _match(line, line, None, lex)
    head, where = _normalised_head(line)
    return _match(head, line, where, lex)


def _match(text: str, line: str, where: list[int] | None, lex: Lexicon) -> Label | None:
    if text[:1] == "Q" or text[:1] in " \t\u00a0" and text.lstrip(" \t\u00a0")[:1] == "Q":
        found = _Q_LABEL.match(text)
        if found:
            return Label(_prefix(line, where, found.end()), "Q", None, "role", "q")
    found = _COLON_LABEL.match(text)
    if not found:
        return None
    end = found.end()
    quoted = text[end : end + 8].lstrip()[:1] in '"“«'
    if not found.group("gap") and text[end : end + 2] == "//":
        return None  # a link (http://...)
    key = (found.group("name"), quoted)
    seen = lex.labels_seen.get(key)
    if seen is None:
        if len(lex.labels_seen) > 100_000:
            lex.labels_seen.clear()
        seen = lex.labels_seen[key] = _read_label(key[0], quoted, lex)
    if not seen:
        return None
    name, note, style, role = seen
    return Label(_prefix(line, where, end), name, note, style, role)


def _read_label(raw: str, quoted: bool, lex: Lexicon) -> tuple[str, str | None, str, str | None] | tuple[()]:
    """(name, note, style, role) of a label's text before the colon, or ``()`` for no label."""
    if "(" in raw or "[" in raw:
        notes = [" ".join(n.split()) for n in _NOTE.findall(raw)]
        raw = _NOTE.sub(" ", raw)
    else:
        notes = []
    name = " ".join(raw.replace("\u00a0", " ").split())
    if not name:
        return ()
    note = "; ".join(n for n in notes if n) or None
    role = _role(name, lex)
    if role:
        key, rest = role
        if rest:
            note = f"{rest}; {note}" if note else rest
        return name, note, "role", key
    style = _name_style(name, quoted, lex)
    return (name, note, style, None) if style else ()


def _prefix(line: str, where: list[int] | None, end: int) -> str:
    return line[: end if where is None else where[end]]


def _role(name: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """The role word a label is, with what qualifies it (``Question from Perm``)."""
    key = name.lower()
    if key in lex.roles:
        return key, None
    if key.split(" ", 1)[0] not in lex.role_heads:
        return None
    words = key.split()
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        if len(words) > size and head in lex.roles and words[size] == "from":
            return head, " ".join(name.split()[size:])
    return None


def _name_style(name: str, quoted: bool, lex: Lexicon) -> str | None:
    """``"caps"``, ``"name"``, ``"single"`` or ``None`` for a label's name part."""
    plain = _PLAIN_NAME.fullmatch(name)
    if plain or _PLAIN_WORD.fullmatch(name):  # the usual shapes, "Anna Smith", "Smith": decided at once
        lows = name.lower().split(" ")
        if not (
            lows[0] in lex.starters
            or any(w in lex.titles or w in lex.organisations for w in lows)
            or lows[-1] in lex.not_names
            or tuple(lows) in lex.places
        ):
            lex.names_seen.setdefault(name, (None, name))
            return "name" if plain else "single"
    if _DIGIT.search(name) or len(name) > 250:
        return None
    words = name.split(" ")
    if len(words) > 30:
        return None
    if all(_CAPS_WORD.fullmatch(w) for w in words) and len(name) >= 2:
        letters = sum(ch.isalpha() for ch in name)
        if letters >= 2 and (len(words) > 1 or letters >= 3) and len(words) <= 16:
            return "caps"
        return None
    first = words[0].lower()
    if first in lex.starters or first == "the":
        return None
    if not words[0][0].isupper() and first not in lex.titles:
        return None
    if quoted and len(words) <= 3 and not _person_like(words, lex):
        return None
    title, person = split_name(name, lex)
    if not person:
        return None
    for word in _SEGMENTS.split(name):
        for w in word.split():
            low = w.lower()
            if w[0].islower() and (
                low in lex.prose_words or low.endswith("ed") or not low.isalpha() and "-" not in low
            ):
                return None
            if w.endswith(".") and len(w) > 4 and w.count(".") == 1 and "." not in w[:-1]:
                return None  # "Biden." ends a sentence; "Mr." and "U.S." do not
    last = person.split()[-1].lower()
    if last in lex.not_names or tuple(p.lower() for p in person.split()) in lex.places:
        return None
    if len(person.split()) >= 2:
        return "name"
    if len(words) == 1:
        return "single" if _NAME_WORD.fullmatch(words[0]) else None
    # One name word after a title ("President Biden", "Mr Putin"): a name if the rest is titles.
    return "name" if title and all(w.lower().strip(".") in lex.titles for w in title.split()) else None


def _person_like(words: list[str], lex: Lexicon) -> bool:
    return all(w[:1].isupper() and w.lower() not in lex.organisations for w in words)


def split_name(name: str, lex: Lexicon | None = None) -> tuple[str | None, str | None]:
    """Split a name label into (title, person); either may be ``None``.

    The person is the run of capitalised words at the end of the label (up to three,
    with particles such as ``bin``), after the last title word, organisation word or
    lower-case word; with commas or dashes, the part that is a person's name. Glued
    words are split and capitals title-cased.

    Args:
        name: a label's name part, as :attr:`Label.name`.
        lex: the vocabularies.

    Returns:
        ``(title, person)``.

    >>> split_name("First Deputy Prime Minister and Finance Minister Anton Siluanov")
    ('First Deputy Prime Minister and Finance Minister', 'Anton Siluanov')
    >>> split_name("Chief of the General Staff of the Armed Forces Valery Gerasimov")
    ('Chief of the General Staff of the Armed Forces', 'Valery Gerasimov')
    >>> split_name("Vladimir Fortov, Secretary of the Department, Russian Academy of Sciences")
    ('Secretary of the Department, Russian Academy of Sciences', 'Vladimir Fortov')
    >>> split_name("VladimirPutin"), split_name("Minister of Defence")
    ((None, 'Vladimir Putin'), ('Minister of Defence', None))
    >>> split_name("CSTO Secretary General NIKOLAI BORDYUZHA")
    ('CSTO Secretary General', 'Nikolai Bordyuzha')
    """
    lex = lex or lexicon()
    known = lex.names_seen.get(name)
    if known is None:
        if len(lex.names_seen) > 100_000:
            lex.names_seen.clear()
        known = lex.names_seen[name] = _split_name(name, lex)
    return known


def _split_name(name: str, lex: Lexicon) -> tuple[str | None, str | None]:
    segments = [s for s in _SEGMENTS.split(name) if s]
    if len(segments) > 1:
        for k in (0, len(segments) - 1):
            title, person = _split_words(segments[k], lex)
            if person and not title and len(person.split()) >= 2:
                others = segments[1:] if k == 0 else segments[:-1]
                return ", ".join(others) or None, person
        title, person = _split_words(segments[-1], lex)
        if person and len(person.split()) >= 2:
            before = ", ".join(segments[:-1])
            return ", ".join(x for x in (before, title) if x) or None, person
        return name, None
    return _split_words(name, lex)


def _split_words(text: str, lex: Lexicon) -> tuple[str | None, str | None]:
    words = _GLUED.sub(" ", text).split() if _GLUED.search(text) else text.split()
    person: list[str] = []
    core = 0
    k = len(words) - 1
    while k >= 0 and core < 3:
        word = words[k]
        low = word.lower().strip(".,")
        if low in lex.particles and person:
            person.insert(0, word)
            k -= 1
            continue
        caps = word.isupper() and sum(c.isalpha() for c in word) >= 2
        if not word[:1].isupper() or not _NAME_WORD.fullmatch(word):
            break
        if low in lex.titles or low in lex.organisations or low in lex.not_names and not person:
            break
        if caps and person and not all(p.isupper() for p in person):
            break  # an acronym before a name ("Sberbank CEO German Gref")
        if k > 0 and words[k - 1] in lex.title_connectors:
            break  # after "of", "and": part of a title ("Minister of Defence")
        ends = lex.place_ends.get(low)
        if ends and any(tuple(w.lower() for w in words[max(0, k + 1 - len(p)) : k + 1]) == p for p in ends):
            break  # the end of a place ("of the United Kingdom Boris Johnson")
        before = words[k - 1].lower().strip(".,") if k > 0 else ""
        if core == 2 and before and before not in lex.titles and before not in lex.countries:
            break  # a third name word only as the whole label, or after a title or a country ("of Turkey Recep Tayyip Erdogan")
        person.insert(0, word)
        core += 1
        k -= 1
    while person and person[0].lower() in lex.particles:
        person.pop(0)
        k += 1
    title = " ".join(words[: k + 1]).strip(" ,") or None
    if not person:
        return text, None
    return title, " ".join(_title_case(w) if w.isupper() and len(w) > 2 and "." not in w else w for w in person)


def _title_case(word: str) -> str:
    """``"PUTIN"`` -> ``"Putin"``; ``"U.S."`` stays."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
