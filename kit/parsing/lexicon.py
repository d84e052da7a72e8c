"""The parser's vocabularies: one :class:`Lexicon` read from the data files, re-read when they change.

Part of the parse stage. The words that decide what a label, a title, a name, an
introduction, page residue or an editor's mark is are data, not code, so instructors can
edit them: ``data/speakers.toml`` (role labels, title, organisation and prose words, name
particles, places, countries, the words that tell a host, a journalist and a press
event, journalists' greetings and the kinds of outlet), ``data/outlets.csv`` (news
outlets and their aliases), ``data/page_residue.txt`` and ``data/editorial_marks.txt``.
Every file is read through :func:`kit._files.read_data` (cached until it changes; a
broken file raises :class:`kit.errors.DataFileError` naming it).
"""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kit._files import read_data, read_list

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """The parser's vocabularies, read from ``data/`` (see the module's docstring).

    Word sets are lower case; ``roles`` maps a role label to its ``role`` and ``kind``;
    ``places`` are tuples of lower-case words, longest first; ``conversation`` and the
    phrase lists keep their words as written.
    """

    roles: dict[str, dict[str, str]]
    titles: frozenset[str]
    organisations: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    prose_words: frozenset[str]
    starters: frozenset[str]
    places: tuple[tuple[str, ...], ...]
    outlets: dict[str, str]
    conversation: dict[str, tuple[str, ...]]  # (and a table as a dict: office_verbs)
    place_ends: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: The outlets' names as they write them (the values of ``outlets``): a speaker who is an outlet ("Reuters").
    outlet_names: frozenset[str] = frozenset()
    #: The places as a set, to ask whether a name is one.
    place_set: frozenset[tuple[str, ...]] = frozenset()
    role_heads: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    #: Lower-case words after which a title goes on ("Minister of Defence").
    title_connectors: frozenset[str] = frozenset()
    #: The words that are no surname after a title: titles, organisations, particles, words
    #: that name no one and the last words of places (one set, asked once per new label).
    not_surnames: frozenset[str] = frozenset()
    #: Titles and organisation words together: a name with none of them may be a plain name.
    titles_or_organisations: frozenset[str] = frozenset()
    #: What may come before a journalist's name in an introduction ("Good afternoon").
    greetings: tuple[str, ...] = ()
    #: What may follow an outlet's name ("newspaper", "TV channel").
    outlet_kinds: tuple[str, ...] = ()
    #: How a journalist may begin to say who they are ("My name is").
    self_names: tuple[str, ...] = ()
    #: How a journalist may begin to say where they are from ("We are").
    self_outlets: tuple[str, ...] = ()
    #: Lines of web-page residue ("Print version").
    residue: tuple[str, ...] = ()
    #: An editor's marks that end a part ("To be continued").
    editorial_marks: tuple[str, ...] = ()
    #: Kind of event -> the phrases of a title that name it ("news conference", "oral argument").
    events: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Patterns the passes build from these words, built once per lexicon (by name).
    compiled: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    #: :func:`kit.parsing.labels.split_name` results, kept with the vocabularies they were computed from.
    names_seen: dict[str, tuple[str | None, str | None]] = field(default_factory=dict, compare=False, repr=False)
    #: What the text before a colon was found to be (see ``labels._learn``), kept likewise.
    labels_seen: dict[str | tuple[str, bool], tuple] = field(default_factory=dict, compare=False, repr=False)


def _read_speakers(path: Path) -> dict:
    with open(path, "rb") as file:
        table = tomllib.load(file)
    for section in ("names", "roles"):
        if not isinstance(table.get(section), dict):
            raise ValueError(f"needs a [{section}] table")
    from kit.parsing.events import EVENTS  # the kinds of event are the parser's, the phrases the instructor's

    for kind, phrases in table.get("events", {}).items():
        if kind not in EVENTS:
            raise ValueError(f"[events] {kind}: not a kind of event (one of {', '.join(EVENTS)})")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise ValueError(f"[events] {kind} must be a list of phrases")
    if not isinstance(table["names"].get("places", []), list):
        raise ValueError("[names] places must be a list")
    return table


def _read_outlets(path: Path) -> dict[str, str]:
    outlets: dict[str, str] = {}
    with open(path, newline="", encoding="utf-8") as file:
        for number, row in enumerate(csv.DictReader(file), start=2):
            if row.get("outlet") is None or row.get("aliases") is None:
                raise ValueError(f"line {number}: needs the columns outlet and aliases")
            for alias in [row["outlet"], *row["aliases"].split(";")]:
                if alias.strip():
                    outlets[alias.strip().lower()] = row["outlet"]
    return outlets


def _build(table: dict, outlets: dict[str, str], residue: tuple[str, ...], marks: tuple[str, ...]) -> Lexicon:
    names = table["names"]

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in names.get(key, []))

    places = sorted((tuple(p.lower().split()) for p in names.get("places", [])), key=len, reverse=True)
    place_ends = {end: tuple(p for p in places if p[-1] == end) for end in {p[-1] for p in places}}
    titles, organisations, particles, not_names = (
        words(k) for k in ("titles", "organisations", "particles", "not_names")
    )
    intro = table.get("introductions", {})
    roles = {key.lower(): value for key, value in table["roles"].items()}
    for key, value in list(roles.items()):  # a role written without its stops too: "An HON MEMBER", "Mr Speaker"
        roles.setdefault(key.replace(".", ""), value)
    return Lexicon(
        roles=roles,
        titles=titles,
        organisations=organisations,
        particles=particles,
        not_names=not_names,
        prose_words=words("prose_words"),
        starters=words("sentence_starters"),
        places=tuple(places),
        outlets=outlets,
        conversation={k: v if isinstance(v, dict) else tuple(v) for k, v in table.get("conversation", {}).items()},
        place_ends=place_ends,
        place_set=frozenset(places),
        outlet_names=frozenset(outlets.values()),
        role_heads=frozenset(key.split()[0] for key in roles),
        countries=words("countries"),
        title_connectors=words("title_connectors"),
        not_surnames=titles | organisations | particles | not_names | frozenset(place_ends),
        titles_or_organisations=titles | organisations,
        greetings=tuple(intro.get("greetings", ())),
        outlet_kinds=tuple(intro.get("outlet_kinds", ())),
        self_names=tuple(intro.get("self_names", ())),
        self_outlets=tuple(intro.get("self_outlets", ())),
        residue=residue,
        editorial_marks=marks,
        events={k: tuple(v) for k, v in table.get("events", {}).items()},
    )


# The files' values the last lexicon was built from, and that lexicon.
_LAST: tuple[tuple, Lexicon] | None = None


def lexicon() -> Lexicon:
    """Return the vocabularies, re-read whenever one of their files changes.

    Returns:
        The same :class:`Lexicon` as long as no file changed (its caches of labels and
        names seen go with it).

    Raises:
        DataFileError: a file is missing or cannot be read.

    >>> lexicon().roles["question"]
    {'role': 'journalist', 'kind': 'question'}
    """
    global _LAST
    parts = (
        read_data(None, "speakers.toml", _read_speakers),
        read_data(None, "outlets.csv", _read_outlets),
        read_list(None, "page_residue.txt"),
        read_list(None, "editorial_marks.txt"),
    )
    last = _LAST
    if last is not None and all(a is b for a, b in zip(last[0], parts, strict=True)):
        return last[1]
    lex = _build(*parts)
    _LAST = (parts, lex)
    return lex
