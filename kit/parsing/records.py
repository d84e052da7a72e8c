"""The parser's records: typed values that the passes fill in and :mod:`kit.frames` reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from kit.parsing.labels import Label

__all__ = [
    "LINE_KINDS",
    "UNNAMED_JOURNALIST",
    "UNNAMED_AUDIENCE",
    "UNNAMED_SPEAKER",
    "UNNAMED_RESPONDENT",
    "THE_WITNESS",
    "Dateline",
    "Layout",
    "Turn",
    "Document",
    "Exchange",
    "Parsed",
]

LINE_KINDS = (
    "speech",
    "blank",
    "title",
    "dateline",
    "lead",
    "body",
    "narration",
    "heading",
    "separator",
    "caption",
    "residue",
    "editorial",
    "stage",
    "blog_header",
    "blog_footer",
    "front_matter",
    "cue",
)

#: The speaker of a journalist's turn whose label and words give no name.
UNNAMED_JOURNALIST = "Unnamed journalist"
#: The speaker of an audience member's turn whose label gives no name.
UNNAMED_AUDIENCE = "Audience member"
#: The speaker of a caption's turn where the caption file names no one.
UNNAMED_SPEAKER = "Unnamed speaker"
#: The speaker of an ``A.`` or ``Answer:`` turn where the page does not say who is interviewed.
UNNAMED_RESPONDENT = "Unnamed respondent"
#: Who answers under ``A.`` below the examiner a court record names (``BY MR. HOLLAND:``).
THE_WITNESS = "The Witness"


@dataclass(frozen=True)
class Dateline:
    """A dateline found on one line: the regular expression's match, and whether it is a time alone."""

    match: re.Match[str]
    time_only: bool


@dataclass
class Layout:
    """What the first pass learns about a source's layout."""

    wrapped: bool = False
    front: dict[str, str] | None = None
    datelines: dict[int, Dateline] = field(default_factory=dict)
    #: Lines that look like a speaker label but were not taken as one: index -> why.
    not_labels: dict[int, str] = field(default_factory=dict)
    #: A caption file (``.vtt``, ``.srt``): its cue lines are ``cue``, its text the cues' words.
    captions: bool = False
    #: A court record's ``BY MR. SMITH:`` lines: index -> the examiner who asks the questions below.
    examiners: dict[int, str] = field(default_factory=dict)
    #: A record's lines that swear a witness in (``PROFESSOR MARK WOOLHOUSE (affirmed)``): index -> the witness,
    #: who answers the ``A.`` below (``None``: one the line does not name, "(The witness was sworn.)").
    witnesses: dict[int, str | None] = field(default_factory=dict)
    #: A record's lines that say who takes or leaves the chair (``[The Deputy Speaker (Hon. Gladys Boss Shollei)
    #: took the Chair]``): index -> (the office in lower case, its holder from there on, or ``None`` when they leave).
    chairs: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    #: A caption cue that repeats the speaker of the cue before: index -> the length of its label.
    repeated_labels: dict[int, int] = field(default_factory=dict)
    #: A Q&A page's questions set in bold, no label printed (``**Why?**``): their line indexes.
    bold: set[int] = field(default_factory=set)
    #: Whether the source has lines a turn runs on across but whose words are not said: a printed page's
    #: running header or footer, a rule framing a name (``kit.parsing.lines.segment``).
    paged: bool = False


@dataclass(slots=True)
class Turn:
    """One speaker turn: a label line and the lines that continue it (0-based indices)."""

    label: Label
    lines: list[int]
    turn_id: int = 0
    doc_id: int = 0
    exchange_id: int | None = None
    text: str = ""
    speaker: str = ""
    speaker_title: str | None = None
    speaker_source: str = "label"
    role: str = "official"
    role_source: str = "label"
    kind: str = "statement"
    affiliation: str | None = None
    time: str | None = None
    #: Who puts a ``Q.`` in a court record, from the ``BY MR. SMITH:`` line above it, or counsel whose own
    #: turn an ``A.`` answered.
    examiner: str | None = None
    #: Who the record says speaks under the label: the witness a line above swears in (``A.``, ``THE WITNESS:``),
    #: or the holder of the office a label names (``Hon. Deputy Speaker:``, ``THE COURT:``), from the line above
    #: that puts them in the chair.
    holder: str | None = None


@dataclass
class Document:
    """One document (a news conference, a meeting) inside a source."""

    doc_id: int
    first: int  # 0-based line index
    last: int
    title: str | None = None
    title_source: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    place: str | None = None
    lead: str | None = None
    event: str | None = None
    event_source: str | None = None
    #: The headings, place lines and lines of the lead that end no sentence above the first turn
    #: ("Leaders' Questions", "Joint press conference by ..."), which may name the event.
    headings: str | None = None
    #: The lead's lines above the first turn, each a line ("Members present: Sir Philip Hadley (Chair); ..."),
    #: which may list who holds an office that a label names.
    preface: str | None = None


@dataclass(slots=True)
class Exchange:
    """A question and everything said until the next question."""

    exchange_id: int
    doc_id: int
    turns: list[Turn] = field(default_factory=list)


@dataclass
class Parsed:
    """The records of one source, ready for :func:`kit.frames.build`."""

    source: str
    lines: list[str]
    kinds: list[str]
    doc_of: list[int | None]
    turn_of: list[int | None]
    documents: list[Document]
    turns: list[Turn]
    exchanges: list[Exchange]
    wrapped: bool
    #: Lines that look like a speaker label but were not taken as one: index -> why.
    not_labels: dict[int, str] = field(default_factory=dict)
