"""Speaker labels and names: from ``President of Russia Vladimir Putin:`` to a speaker.

Part of the parse stage. Three jobs, each a pure function on strings:

* :func:`match_label` decides whether a line starts with a speaker label
  (``Vladimir Putin:``, ``Question (retranslated):``, ``THE PRESIDENT:``, ``Q`` followed
  by no-break spaces) and returns it, or ``None`` for prose that merely contains a colon
  (``One more thing: ...``, ``The question is: ...``);
* :func:`canonical_names` maps every name label of one transcript to one speaker,
  dropping titles (``Presidential Press Secretary``) and joining short forms with long ones;
* :func:`introduction` finds the journalist and outlet a question names
  (``Hi, Matthew Chance from CNN.``, ``Pavel Zarubin, VGTRK.``, ``RIA Novosti.``).

The vocabularies (role labels, title words, places, outlets) are data files in
``data/`` (``speakers.toml``, ``outlets.csv``), read each time, so instructors can edit them.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from kit._data import data_path

__all__ = ["Label", "Lexicon", "lexicon", "match_label", "canonical_names", "introduction"]

# Lowercase words allowed inside a name label ("President of the United States").
_CONNECTORS = frozenset(
    "of the for de da di del della van von der den du la le al el bin ibn y on to".split()
)
_COLON_LABEL = re.compile(r"(?P<name>[^\W\d_][^:\n?!,;]{0,160}?)[ \t\u00a0]*:(?P<gap>[ \t\u00a0\u202f]*)")
_Q_LABEL = re.compile(r"(?P<name>Q)(?P<gap>[:.][ \t\u00a0]*|[\t\u00a0][ \t\u00a0]*| {2,}|$)")
_NOTE = re.compile(r"\s*[(\[]([^()\[\]]{1,60})[)\]]\s*")
_CAPS_WORD = re.compile(r"[A-Z][A-Z.'’\-]*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Label:
    """A speaker label at the start of a line.

    Attributes:
        prefix: the label exactly as it stands in the line, with its colon and the
            spaces after it (``line == prefix + text``).
        name: the label as written, without notes, spaces normalised.
        note: what stood in brackets (``"retranslated"``), or ``None``.
        style: ``"role"`` (Question, Remark, Q, ...), ``"caps"`` (THE PRESIDENT),
            ``"name"`` (a person, two words or more) or ``"single"`` (one word, which
            counts only if it is the short form of a longer name in the same transcript).
    """

    prefix: str
    name: str
    note: str | None
    style: str

    @property
    def key(self) -> str:
        """Lowercase name, the key into the role table."""
        return self.name.lower()


@dataclass(frozen=True)
class Lexicon:
    """The parser's vocabularies, read from ``data/speakers.toml`` and ``data/outlets.csv``."""

    roles: dict[str, dict[str, str]]
    titles: frozenset[str]
    places: tuple[tuple[str, ...], ...]
    outlets: dict[str, str]


@lru_cache(maxsize=8)
def _read_lexicon(stamp: tuple[float, float]) -> Lexicon:
    with open(data_path("speakers.toml"), "rb") as file:
        table = tomllib.load(file)
    outlets: dict[str, str] = {}
    with open(data_path("outlets.csv"), newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            for alias in [row["outlet"], *row["aliases"].split(";")]:
                if alias.strip():
                    outlets[alias.strip().lower()] = row["outlet"]
    places = sorted((tuple(p.lower().split()) for p in table["names"]["places"]), key=len, reverse=True)
    return Lexicon(
        roles={key.lower(): value for key, value in table["roles"].items()},
        titles=frozenset(t.lower() for t in table["names"]["titles"]),
        places=tuple(places),
        outlets=outlets,
    )


def lexicon() -> Lexicon:
    """Return the vocabularies, re-read whenever their files change.

    >>> lexicon().roles["question"]
    {'role': 'journalist', 'kind': 'question'}
    """
    stamp = (data_path("speakers.toml").stat().st_mtime, data_path("outlets.csv").stat().st_mtime)
    return _read_lexicon(stamp)


def match_label(line: str, lex: Lexicon | None = None) -> Label | None:
    """Return the speaker label that starts ``line``, or ``None``.

    >>> match_label("President of Russia Vladimir Putin: Friends,").name
    'President of Russia Vladimir Putin'
    >>> match_label("Question (retranslated): Thank you.").note
    'retranslated'
    >>> match_label("Joseph Biden:Thank you.").prefix
    'Joseph Biden:'
    >>> match_label("Q\\u00a0\\u00a0 Thank you, sir.").style
    'role'
    >>> match_label("One more thing: before the talks") is None
    True
    """
    lex = lex or lexicon()
    found = _Q_LABEL.match(line)
    if found:
        return Label(line[: found.end()], "Q", None, "role")
    found = _COLON_LABEL.match(line)
    if not found:
        return None
    raw = found.group("name")
    notes = [n.strip() for n in _NOTE.findall(raw)]
    name = " ".join(_NOTE.sub(" ", raw).split())
    if not name or (notes and len(notes) > 1):
        return None
    note = notes[0] if notes else None
    prefix = line[: found.end()]
    if name.lower() in lex.roles:
        return Label(prefix, name, note, "role")
    style = _name_style(name)
    return Label(prefix, name, note, style) if style else None


def _name_style(name: str) -> str | None:
    """``"caps"``, ``"name"``, ``"single"`` or ``None`` for a label's name part."""
    if _DIGIT.search(name):
        return None
    words = name.split(" ")
    if len(words) > 14:
        return None
    if all(_CAPS_WORD.fullmatch(w) for w in words) and len(words) <= 5 and len(name) >= 2:
        letters = sum(ch.isalpha() for ch in name)
        return "caps" if letters >= 2 and (len(words) > 1 or letters >= 3) else None
    for word in words:
        if word in _CONNECTORS:
            continue
        if not (word[0].isupper() and _NAME_WORD.fullmatch(word)):
            return None
        if word.endswith(".") and len(word) > 4 and word.count(".") == 1:
            return None  # "Biden." ends a sentence; "Mr." and "U.S." do not
    if words[0] in _CONNECTORS or words[-1] in _CONNECTORS:
        return None
    return "name" if len(words) > 1 else "single"


def strip_title(name: str, lex: Lexicon | None = None) -> str:
    """Drop a title before a person's name, keeping at least two words.

    >>> strip_title("President of the United States of America Joseph Biden")
    'Joseph Biden'
    >>> strip_title("Prime Minister of the United Kingdom Boris Johnson")
    'Boris Johnson'
    >>> strip_title("Presidential Press Secretary Dmitry Peskov")
    'Dmitry Peskov'
    >>> strip_title("Turkish President Recep Tayyip Erdogan")
    'Recep Tayyip Erdogan'
    >>> strip_title("President Biden")
    'President Biden'
    """
    lex = lex or lexicon()
    words = name.split()
    lower = [w.lower() for w in words]
    anchors = [i for i, w in enumerate(lower) if w in ("of", "for")]
    if anchors:
        rest = words[anchors[-1] + 1 :]
        while rest and rest[0].lower() == "the":
            rest = rest[1:]
        if len(rest) >= 3:
            rest_lower = tuple(w.lower() for w in rest)
            skip = next((len(p) for p in lex.places if rest_lower[: len(p)] == p), 1)
            if len(rest) - skip >= 2:
                return " ".join(rest[skip:])
    start = 0
    while len(words) - start > 2:
        word = lower[start]
        nationality = re.fullmatch(r"[a-z]+(?:ian|an|ese|ish|i)", word) is not None
        following = lower[start + 1]
        if word in lex.titles or (nationality and following in lex.titles):
            start += 1
        else:
            break
    return " ".join(words[start:])


def _title_case(caps: str) -> str:
    """``"MS. PSAKI"`` -> ``"Ms. Psaki"``; ``"U.S."`` stays."""
    return " ".join(w if "." in w[:-1] else w[:1] + w[1:].lower() for w in caps.split())


def canonical_names(
    labels: list[Label], titles: dict[str, str] | None = None, lex: Lexicon | None = None
) -> dict[str, str]:
    """Map each person label's ``name`` in one transcript to its speaker.

    Titles are dropped (:func:`strip_title`); a name that ends with another name of
    the same transcript takes the shorter form (``President of Russia Vladimir Putin``
    and ``Vladimir Putin``); a one-word label joins the one longer name it ends.
    ``THE PRESIDENT`` becomes ``President Biden`` when ``titles`` (label name -> the
    document title) has a title that names him, else ``The President``.

    >>> labels = [match_label(s) for s in ["President of Russia Vladimir Putin: Hi.",
    ...           "Vladimir Putin: Yes.", "Putin: No.", "Guy Parmelin (retranslated): Hi."]]
    >>> canonical_names(labels)
    {'President of Russia Vladimir Putin': 'Vladimir Putin', 'Vladimir Putin': 'Vladimir Putin', 'Guy Parmelin': 'Guy Parmelin', 'Putin': 'Vladimir Putin'}
    """
    lex = lex or lexicon()
    titles = titles or {}
    result: dict[str, str] = {}
    stripped: dict[str, str] = {}
    for label in labels:
        if label.style == "name":
            stripped[label.name] = strip_title(label.name, lex)
    shortest = sorted(set(stripped.values()), key=lambda n: len(n.split()))
    for name, short in stripped.items():
        target = short
        for other in shortest:
            if other != short and short.endswith(" " + other) and len(other.split()) >= 2:
                target = other
                break
        result[name] = target
    full_names = set(result.values())
    for label in labels:
        if label.style == "single":
            owners = {n for n in full_names if n.split()[-1] == label.name}
            if len(owners) == 1:
                result[label.name] = owners.pop()
        elif label.style == "caps":
            name = _title_case(label.name)
            found = re.search(r"\bPresident ([A-Z][a-z]+)", titles.get(label.name, ""))
            if name == "The President" and found:
                name = f"President {found.group(1)}"
            result[label.name] = name
    return result


# --- journalists' self-introductions -------------------------------------------------

_GREETING = r"(?:(?:Hi|Hello|Good (?:morning|afternoon|evening)|Mr\.? President|Sir|Thank you(?: very much)?|Colleagues)[,.!]?\s+)*"
_PERSON = r"(?P<name>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2})"
_OUTLET = r"(?P<outlet>[A-Z0-9][\w&'’\-]*(?:\.[a-z]{2,3})?(?: (?:of |the |and |& )?[A-Z0-9][\w&'’\-]*(?:\.[a-z]{2,3})?){0,5})"
_INTRO = re.compile(
    rf"{_GREETING}(?:(?:I am|I'm|I’m|My name is|This is)\s+)?{_PERSON}"
    rf"(?:,\s*|\s+from\s+|\s+with\s+|\s+of\s+)(?:the\s+)?{_OUTLET}\s*(?:[.!]|$)"
)
_FROM = re.compile(rf"{_GREETING}(?:I am|I'm|I’m|We are|We're) (?:from|with) (?:the )?{_OUTLET}\s*[.!,]")
_OUTLET_ONLY = re.compile(rf"{_GREETING}{_OUTLET}\s*[.!]")


def introduction(text: str, lex: Lexicon | None = None) -> tuple[str | None, str | None]:
    """Return the (journalist, outlet) that a question's opening words name.

    >>> introduction("Hi, Matthew Chance from CNN. Thank you very much.")
    ('Matthew Chance', 'CNN')
    >>> introduction("Pavel Zarubin, VGTRK. I wanted to continue.")
    ('Pavel Zarubin', 'VGTRK')
    >>> introduction("RIA Novosti. Mr President, what next?")
    (None, 'RIA Novosti')
    >>> introduction("Mr President, Donald Trump, during the campaign, said so.")
    (None, None)
    """
    lex = lex or lexicon()
    head = text[:300]
    found = _INTRO.match(head)
    if found and not _is_title(found.group("name"), lex):
        outlet = found.group("outlet")
        if _looks_like_outlet(outlet, lex, named=True):
            return found.group("name"), lex.outlets.get(outlet.lower(), outlet)
    found = _FROM.match(head) or _OUTLET_ONLY.match(head)
    if found and _looks_like_outlet(found.group("outlet"), lex, named=False):
        outlet = found.group("outlet")
        return None, lex.outlets.get(outlet.lower(), outlet)
    return None, None


def _is_title(name: str, lex: Lexicon) -> bool:
    return name.split()[0].lower() in lex.titles


def _looks_like_outlet(outlet: str, lex: Lexicon, named: bool) -> bool:
    """A known outlet, an acronym, or (after a person's name) a short capitalised name."""
    if outlet.lower() in lex.outlets:
        return True
    words = outlet.split()
    if words[0].lower() in lex.titles:
        return False
    if any(re.fullmatch(r"[A-Z]{2,6}", w) for w in words):
        return True
    return named and len(words) <= 4
