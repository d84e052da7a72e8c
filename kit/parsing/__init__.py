"""Parse a transcript's text into records: every line classified, turns, documents, exchanges.

The first stage of the kit (text -> records); :mod:`kit.frames` turns the records into
DataFrames. The rules are written for the layouts of en.kremlin.ru and the White House
briefing room and for the copies of them that end up on blogs, and they fall back
gracefully: an unknown layout still gives every line, classified, and the turns whose
labels are recognised.

Every line gets exactly one ``kind``:

=============  ======================================================================
kind           what the line is
=============  ======================================================================
speech         a line of a speaker's turn: the label line and the lines that follow it
blank          an empty or whitespace-only line
title          a document's title
dateline       a date, time or place line (``June 16, 2021 19:40, Geneva``, ``7:20 P.M. CEST``)
lead           the publisher's prose before a document's first turn
body           the prose of a document that has no speaker turns (a statement, a release)
narration      the publisher's prose between turns (after a separator)
heading        a short line outside turns (``Beginning of Russian-US talks in restricted format``)
separator      a rule such as ``* * *``, ``-----`` or ``###``
caption        a photo caption (``... Photo: TASS``)
residue        web-page residue copied with the text (``8 of 16``, ``Print version``)
editorial      an editor's mark on a line of its own (``To be continued.``, ``<…>``)
stage          a stage note on a line of its own (``(Laughter.)``)
blog_header    a copier's title line in another script, before the first dateline
blog_footer    a copier's list of other posts at the end of the file
front_matter   a YAML block (``---`` ... ``---``) at the top of a document
=============  ======================================================================

How a line becomes speech: a line that starts with a speaker label (see
:func:`kit.parsing.labels.match_label`) opens a turn; the lines after it continue the turn until
the next label or a line of another kind (dateline, separator, caption, heading after a
separator, ...). Blank lines, stage notes and ``<…>`` gaps inside a turn stay in it;
trailing ones do not. In a hard-wrapped layout (short lines, blank lines between
paragraphs, as on whitehouse.gov) a label counts only at the start of a paragraph.

A dateline opens a new document once the current one has had turns; the untitled prose
just before it (after the last turn or separator) is the new document's title and lead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from kit.parsing.labels import Label, Lexicon, canonical_names, introduction, lexicon, match_label

__all__ = ["LINE_KINDS", "Turn", "Document", "Exchange", "Parsed", "parse_lines"]

LINE_KINDS = (
    "speech", "blank", "title", "dateline", "lead", "body", "narration", "heading", "separator",
    "caption", "residue", "editorial", "stage", "blog_header", "blog_footer", "front_matter",
)  # fmt: skip

UNNAMED_JOURNALIST = "Unnamed journalist"

# --- one-line patterns ----------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE = (
    rf"{_WEEKDAY}(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
_TIME = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?(?:\s+(?P<tz>[A-Z]{2,5})\b)?"
)
_PLACE = r"(?P<place>[^\W\d_][^.!?:;\d]{0,60}?)"
_DATELINE = re.compile(rf"\s*{_DATE}(?:,?\s+{_TIME})?(?:,?\s+{_PLACE})?[\s\u00a0]*")
_TIMELINE = re.compile(rf"\s*{_TIME}[\s\u00a0]*")
_SEPARATOR = re.compile(
    r"\s*(?:(?:[-–—_=~*•·]\s*){3,}|\\?#{3}|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?)\s*"
)
_CAPTION = re.compile(r"\bPhoto(?:graph)?s?\s*(?::|by\b|credit\b)|\bPhoto: ", re.IGNORECASE)
_RESIDUE = re.compile(
    r"\s*(?:\d{1,4}\s+(?:of|/)\s+\d{1,4}|Share|Print|Print version|Text version|Tweet|Email"
    r"|Permalink|Photos?|Videos?|Audio|Download|Subscribe|Read more|Back to top|Share on \w+"
    r"|Photo gallery|Video gallery)\s*",
    re.IGNORECASE,
)
_EDITORIAL_END = re.compile(
    r"\s*\(?\s*(?:To be continued|Continued|End of transcript|The end|End|Ends)\s*[.…]*\s*\)?\s*",
    re.IGNORECASE,
)
_EDITORIAL_GAP = re.compile(r"\s*(?:<\s*(?:…|\.{3})\s*>|\[\s*(?:…|\.{3})\s*\]|…|\.{3})\s*")
_STAGE = re.compile(r"\s*[(\[](?P<note>[^()\[\]]{1,80})[)\]]\s*")
_TABLE_ROW = re.compile(r".*\|.*\|\s*$")
_TERMINAL = re.compile(r"[.!?:;,…]['’\"”)\]]*\s*$")
_FOREIGN = ("HANGUL", "CJK", "HIRAGANA", "KATAKANA", "CYRILLIC", "ARABIC", "HEBREW", "THAI")


@dataclass
class Turn:
    """One speaker turn: a label line and the lines that continue it (0-based indices)."""

    label: Label
    lines: list[int]
    turn_id: int = 0
    doc_id: int = 0
    exchange_id: int | None = None
    text: str = ""
    speaker: str = ""
    speaker_source: str = "label"
    role: str = "official"
    kind: str = "statement"
    affiliation: str | None = None


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


@dataclass
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


def parse_lines(lines: list[str], source: str = "<text>", lex: Lexicon | None = None) -> Parsed:
    """Classify every line and assemble turns, documents and exchanges.

    Args:
        lines: the source's lines, without line endings (:func:`kit.source.split_lines`).
        source: a name for messages and the ``source`` column.

    Returns:
        A :class:`Parsed` with one kind, document and turn per line.

    >>> parsed = parse_lines(["June 16, 2021 19:40, Geneva", "Question: Why?",
    ...                       "Vladimir Putin: Because.", "To be continued."])
    >>> parsed.kinds
    ['dateline', 'speech', 'speech', 'editorial']
    >>> [(t.speaker, t.kind) for t in parsed.turns]
    [('Unnamed journalist', 'question'), ('Vladimir Putin', 'answer')]
    """
    lex = lex or lexicon()
    n = len(lines)
    kinds: list[str] = ["text"] * n
    meta: dict[int, object] = {}
    _front_matter(lines, kinds, meta)
    _footer(lines, kinds)
    wrapped = _is_wrapped(lines, kinds)
    label_at = _classify(lines, kinds, meta, wrapped, lex)
    turns = _segment(kinds, label_at)
    turn_of: list[int | None] = [None] * n
    for index, turn in enumerate(turns):
        for i in turn.lines:
            turn_of[i] = index
    documents = _documents(lines, kinds, turns, turn_of, meta)
    doc_of: list[int | None] = [None] * n
    for doc in documents:
        for i in range(doc.first, doc.last + 1):
            if kinds[i] != "blog_footer":
                doc_of[i] = doc.doc_id
    _prose(lines, kinds, turn_of, documents, meta, wrapped)
    turns = [t for t in turns if t.lines]
    for number, turn in enumerate(turns, start=1):
        turn.turn_id = number
        turn.doc_id = doc_of[turn.lines[0]] or 0
        for i in turn.lines:
            turn_of[i] = number
            kinds[i] = "speech" if kinds[i] in ("text", "label") else kinds[i]
        first = lines[turn.lines[0]][len(turn.label.prefix) :]
        turn.text = "\n".join([first, *(lines[i] for i in turn.lines[1:])])
    for i, kind in enumerate(kinds):
        if kind == "gap":
            kinds[i] = "editorial"
        elif kind in ("text", "label"):  # prose that no rule above placed
            kinds[i] = "narration"
    exchanges = _speakers_and_exchanges(turns, documents, lex)
    return Parsed(source, lines, kinds, doc_of, turn_of, documents, turns, exchanges, wrapped)


# --- pass 1: context-free classes -------------------------------------------------------


def _front_matter(lines: list[str], kinds: list[str], meta: dict[int, object]) -> None:
    """Mark YAML front matter blocks (``---`` / ``key: value`` / ``---``) at the top."""
    if not lines or lines[0].strip() != "---":
        return
    for end in range(1, min(len(lines), 80)):
        if lines[end].strip() == "---":
            block = lines[1:end]
            if block and all(re.match(r"[\w-]+:\s|\s+\S|\s*$", ln) for ln in block):
                fields = {}
                for ln in block:
                    key, _, value = ln.partition(":")
                    fields[key.strip().lower()] = value.strip().strip("'\"")
                for i in range(end + 1):
                    kinds[i] = "front_matter"
                meta[0] = fields
            return


def _footer(lines: list[str], kinds: list[str]) -> None:
    """Mark a trailing run of table rows (a blog's list of other posts)."""
    i = len(lines) - 1
    rows = []
    while i >= 0:
        line = lines[i]
        if not line.strip():
            i -= 1
            continue
        if _TABLE_ROW.match(line) or _SEPARATOR.fullmatch(line) and "|" in line:
            rows.append(i)
            i -= 1
            continue
        break
    if len(rows) >= 2:
        for j in range(rows[-1], len(lines)):
            kinds[j] = "blog_footer" if lines[j].strip() else "blank"


def _is_wrapped(lines: list[str], kinds: list[str]) -> bool:
    """True for hard-wrapped text: short lines, and blank lines between paragraphs."""
    body = [ln for ln, k in zip(lines, kinds, strict=True) if k == "text"]
    lengths = sorted(len(ln) for ln in body if ln.strip())
    if len(lengths) < 5:
        return False
    blank = sum(1 for ln in body if not ln.strip())
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    return blank >= 0.1 * len(body) and p90 <= 100


def _classify(
    lines: list[str], kinds: list[str], meta: dict[int, object], wrapped: bool, lex: Lexicon
) -> dict[int, Label]:
    """Give each line a context-free class; return the label lines."""
    candidates: dict[int, Label] = {}
    header_checked = False
    previous_blank = True
    for i, line in enumerate(lines):
        if kinds[i] != "text":
            previous_blank = True
            continue
        stripped = line.strip()
        kind = "text"
        if not stripped:
            kind = "blank"
        elif len(stripped) <= _SHORT and (kind := _short_kind(line, stripped, meta, i)) != "text":
            pass
        elif "hoto" in line and len(stripped) <= 300 and _CAPTION.search(line) and not match_label(line, lex):
            kind = "caption"
        elif not header_checked and _foreign_header(lines, i):
            kind = "blog_header"
        elif ":" in line[:_LABEL_REACH] or line.startswith("Q"):
            label = match_label(line, lex)
            if label and (previous_blank or not wrapped):
                candidates[i] = label
        if stripped:
            header_checked = True
        kinds[i] = kind
        previous_blank = kind in ("blank", "dateline", "separator")
    # A one-word label ("Putin:") counts only as the short form of a longer name.
    surnames = {label.name.split()[-1] for label in candidates.values() if label.style == "name"}
    label_at = {}
    for i, label in candidates.items():
        if label.style != "single" or label.name in surnames:
            label_at[i] = label
            kinds[i] = "label"
    return label_at


_SHORT = 100  # longer lines are never datelines, rules, marks, notes or residue
_LABEL_REACH = 200  # a label's colon comes within this many characters


def _short_kind(line: str, stripped: str, meta: dict[int, object], i: int) -> str:
    """The kind of a short line from its own text alone, or ``"text"``."""
    if _SEPARATOR.fullmatch(line):
        return "separator"
    if stripped[0].isdigit() or stripped[0] in "ADFJMNOSTW":
        found = _DATELINE.fullmatch(line) or _TIMELINE.fullmatch(line)
        if found:
            meta[i] = found
            return "dateline"
    if _EDITORIAL_GAP.fullmatch(line):
        return "gap"  # reported as "editorial"; unlike "To be continued." it stays in a turn
    if _EDITORIAL_END.fullmatch(line):
        return "editorial"
    if _RESIDUE.fullmatch(line):
        return "residue"
    if stripped[0] in "([" and (found := _STAGE.fullmatch(line)):
        if len(found.group("note").split()) <= 10:
            return "stage"
    return "text"


def _foreign_header(lines: list[str], i: int) -> bool:
    """A first line with letters of another script than the Latin text after it."""
    letters = [ch for ch in lines[i] if ch.isalpha()]
    if not any(unicodedata.name(ch, "").startswith(_FOREIGN) for ch in letters):
        return False
    rest = [ch for ch in "".join(lines[i + 1 : i + 40]) if ch.isalpha()]
    latin = sum(1 for ch in rest if ch < "\u0250")
    return bool(rest) and latin >= 0.9 * len(rest)


# --- pass 2: turns ------------------------------------------------------------------------


def _segment(kinds: list[str], label_at: dict[int, Label]) -> list[Turn]:
    """Group lines into turns: a label line, then text until a boundary."""
    turns: list[Turn] = []
    current: Turn | None = None
    pending: list[int] = []
    for i, kind in enumerate(kinds):
        if kind == "label":
            current = Turn(label_at[i], [i])
            turns.append(current)
            pending = []
        elif current is None:
            continue
        elif kind == "text":
            current.lines.extend(pending)
            current.lines.append(i)
            pending = []
        elif kind in ("blank", "stage", "gap"):
            pending.append(i)
        else:
            current, pending = None, []
    return turns


# --- pass 3: documents --------------------------------------------------------------------


def _documents(
    lines: list[str],
    kinds: list[str],
    turns: list[Turn],
    turn_of: list[int | None],
    meta: dict[int, object],
) -> list[Document]:
    n = len(lines)
    starts = [0]
    has_turn = False
    has_date = False
    for i in range(n):
        kind = kinds[i]
        if kind == "label":
            has_turn = True
        elif kind == "front_matter" and i > 0 and kinds[i - 1] != "front_matter":
            starts.append(i)
            has_turn = has_date = False
        elif kind == "dateline":
            later = any(k in ("label", "text") for k in kinds[i + 1 : i + 400])
            if has_turn and has_date and later:
                starts.append(_header_start(i, starts[-1], kinds, turns, turn_of))
                has_turn = False
            has_date = True
    ends = [s - 1 for s in starts[1:]] + [n - 1]
    while ends[-1] > starts[-1] and kinds[ends[-1]] in ("blog_footer", "blank"):
        ends[-1] -= 1
    return [Document(k + 1, s, e) for k, (s, e) in enumerate(zip(starts, ends, strict=True))]


def _header_start(
    i: int, doc_start: int, kinds: list[str], turns: list[Turn], turn_of: list[int | None]
) -> int:
    """First line of the document whose dateline is line ``i``."""
    j = i - 1
    while j > doc_start and kinds[j] == "blank":
        j -= 1
    owner = turn_of[j]
    if owner is not None and turns[owner].lines[0] != j:
        # A title run into the previous turn (no separator between documents): detach it.
        turn = turns[owner]
        cut = turn.lines.index(j)
        for k in turn.lines[cut:]:
            turn_of[k] = None
        turn.lines = turn.lines[:cut]
        while turn.lines and kinds[turn.lines[-1]] in ("blank", "stage", "gap"):
            turn_of[turn.lines.pop()] = None
        return j
    while j > doc_start and turn_of[j] is None and kinds[j] not in ("separator", "label"):
        j -= 1
    return j + 1 if j > doc_start or turn_of[j] is not None or kinds[j] == "separator" else j


# --- pass 4: titles, leads, headings, datelines ------------------------------------------


def _prose(
    lines: list[str],
    kinds: list[str],
    turn_of: list[int | None],
    documents: list[Document],
    meta: dict[int, object],
    wrapped: bool,
) -> None:
    front = meta.get(0)
    for doc in documents:
        span = range(doc.first, doc.last + 1)
        datelines = [i for i in span if kinds[i] == "dateline"]
        first_date = datelines[0] if datelines else None
        first_turn = next((i for i in span if turn_of[i] is not None), None)
        if isinstance(front, dict) and kinds[doc.first] == "front_matter":
            doc.title = front.get("title") or None
            doc.title_source = "front matter" if doc.title else None
        # Place lines just before a time-only line ("Geneva, Switzerland" / "7:20 P.M. CEST").
        for d in datelines:
            if meta[d].re is _TIMELINE:
                j = d - 1
                while j >= doc.first and kinds[j] in ("text", "blank") and turn_of[j] is None:
                    if kinds[j] == "text":
                        if not _title_like(lines[j]):
                            break
                        kinds[j] = "dateline"
                    j -= 1
        datelines = [i for i in span if kinds[i] == "dateline"]
        has_turns = first_turn is not None
        for paragraph in _paragraphs(span, kinds, turn_of, wrapped):
            first = paragraph[0]
            text = " ".join(lines[i].strip() for i in paragraph)
            before_date = first_date is not None and first < first_date
            if before_date and doc.title is None and _title_like(text):
                kind = "title"
                doc.title, doc.title_source = " ".join(text.split()), "title line"
            elif not has_turns and not before_date:
                kind = "body"
            elif _title_like(text) and not before_date:
                kind = "heading"
            else:
                kind = "lead" if first_turn is None or first < first_turn else "narration"
            for i in paragraph:
                kinds[i] = kind
        _dates(lines, kinds, doc, datelines, meta)
        if doc.title is None:
            for i in span:
                if kinds[i] == "blog_header":
                    doc.title, doc.title_source = _latin_title(lines[i]), "blog header"
                    break
                if kinds[i] in ("lead", "heading", "body"):
                    doc.title, doc.title_source = " ".join(lines[i].split()), kinds[i]
                    break


def _paragraphs(
    span: range, kinds: list[str], turn_of: list[int | None], wrapped: bool
) -> list[list[int]]:
    """Runs of prose lines outside turns: one line each, or blank-separated when wrapped."""
    paragraphs: list[list[int]] = []
    current: list[int] = []
    for i in span:
        if kinds[i] == "text" and turn_of[i] is None:
            if current and not wrapped:
                paragraphs.append(current)
                current = []
            current.append(i)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _title_like(line: str) -> bool:
    return not _TERMINAL.search(line) and len(line.split()) <= 15


def _latin_title(line: str) -> str | None:
    """The longest run of Latin-script text in a mixed-script line, less a trailing note."""
    runs = re.findall(r"[A-Za-z][\x20-\x7e\u00a0-\u024f\u2010-\u2027]*", line)
    if not runs:
        return None
    best = max(runs, key=len).strip()
    return re.sub(r"\s*\([^()]*\)\s*$", "", best).strip() or best


def _dates(
    lines: list[str], kinds: list[str], doc: Document, datelines: list[int], meta: dict[int, object]
) -> None:
    """Fill ``start``, ``end`` and ``place`` from the document's datelines."""
    front = meta.get(0) if kinds[doc.first] == "front_matter" else None
    day = _front_date(front) if isinstance(front, dict) else None
    places = []
    times = []
    for d in datelines:
        found = meta.get(d)
        if not isinstance(found, re.Match):
            places.append(lines[d].strip())
            continue
        groups = found.groupdict()
        if groups.get("year") or groups.get("year2") or groups.get("iso"):
            day = _date_of(groups) or day
        if groups.get("place"):
            places.append(groups["place"].strip())
        if groups.get("hour"):
            times.append(_time_of(groups))
    if day is not None:
        stamps = [day.replace(hour=h, minute=m) for h, m in times if h < 24 and m < 60]
        doc.start = stamps[0] if stamps else day
        doc.end = stamps[-1] if len(stamps) > 1 else None
    doc.place = ", ".join(dict.fromkeys(p for p in places if p)) or None


_MONTHS = {m: k for k, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _date_of(groups: dict[str, str | None]) -> datetime | None:
    try:
        if groups.get("iso"):
            return datetime.strptime(groups["iso"] or "", "%Y-%m-%d")
        month = groups.get("month") or groups.get("month2") or ""
        day = groups.get("day") or groups.get("day2") or "0"
        year = groups.get("year") or groups.get("year2") or "0"
        return datetime(int(year), _MONTHS[month[:3].lower()], int(day))
    except (ValueError, KeyError):
        return None


def _front_date(front: dict[str, str]) -> datetime | None:
    try:
        return datetime.strptime(front.get("date", "")[:10], "%Y-%m-%d")
    except ValueError:
        return None


def _time_of(groups: dict[str, str | None]) -> tuple[int, int]:
    hour, minute = int(groups["hour"] or 0), int(groups["minute"] or 0)
    ampm = (groups.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


# --- pass 5: speakers, roles, exchanges ----------------------------------------------------


def _speakers_and_exchanges(
    turns: list[Turn], documents: list[Document], lex: Lexicon
) -> list[Exchange]:
    titles = {}
    for turn in turns:
        titles.setdefault(turn.label.name, documents[turn.doc_id - 1].title or "")
    names = canonical_names([t.label for t in turns], titles, lex)
    exchanges: list[Exchange] = []
    current: Exchange | None = None
    for turn in turns:
        if current is not None and current.doc_id != turn.doc_id:
            current = None
        label = turn.label
        role_info = lex.roles.get(label.key) if label.style == "role" else None
        if role_info:
            turn.role, turn.kind = role_info["role"], role_info["kind"]
        else:
            turn.role = "official"
            turn.speaker = names.get(label.name, label.name)
        if turn.role in ("journalist", "audience"):
            name, outlet = introduction(turn.text, lex)
            if turn.kind == "question" or current is None:
                current = Exchange(len(exchanges) + 1, turn.doc_id)
                exchanges.append(current)
            opener = current.turns[0] if current.turns else None
            if name:
                turn.speaker, turn.speaker_source = name, "introduction"
            elif turn.kind == "remark" and opener is not None and opener.role == "journalist":
                turn.speaker, turn.speaker_source = opener.speaker, "inferred"
                outlet = outlet or opener.affiliation
            elif turn.role == "audience":
                turn.speaker = "Audience member"
            else:
                turn.speaker = UNNAMED_JOURNALIST
            turn.affiliation = outlet
        elif role_info:
            turn.speaker = _title_case_role(label.name)
        if turn.role in ("official", "staff") and turn.kind in ("statement", "answer"):
            turn.kind = "answer" if current is not None else "statement"
        if current is not None:
            turn.exchange_id = current.exchange_id
            current.turns.append(turn)
    return exchanges


def _title_case_role(name: str) -> str:
    return name[:1].upper() + name[1:].lower()
