"""Documents, and the publisher's prose in them: titles, datelines, leads, headings, narration.

The second and third passes of the parser. A source may hold several documents (the
Geneva source holds three, out of order): :func:`split_documents` cuts it where a new
dateline follows a document that has had turns, and :func:`place_prose` names the prose
outside turns and reads each document's date, times and place.
"""

from __future__ import annotations

import re
from datetime import datetime

from kit.parsing.events import TITLE_REACH
from kit.parsing.layout import TERMINAL
from kit.parsing.lexicon import Lexicon, lexicon
from kit.parsing.lines import MONTHS, title_like
from kit.parsing.records import Dateline, Document, Layout, Turn

__all__ = ["split_documents", "place_prose"]

_LEAD_REACH = 1000  # the characters of a document's lead kept, its first paragraphs'


def split_documents(
    lines: list[str],
    kinds: list[str],
    turns: list[Turn],
    turn_of: list[int | None],
    datelines: dict[int, Dateline] | None = None,
) -> list[Document]:
    """Cut the source into documents: a dateline opens a new one once the current one has
    had turns and a date; the untitled prose just before it is the new one's title and lead.
    A time alone (``2:15 pm`` in a parliament's record) marks the hour inside the document.

    May detach a title that ran into the previous turn (``turns`` and ``turn_of`` change).

    Args:
        lines: the source's lines.
        kinds: the kind of every line from the first pass (``"label"``, ``"text"``, ...).
        turns: the turns (:func:`kit.parsing.lines.segment`); a title run into a turn is cut off it.
        turn_of: for each line, the index of its turn in ``turns`` or ``None`` (changed likewise).
        datelines: the datelines the first pass read (:attr:`Layout.datelines`), to tell a time alone.

    Returns:
        The documents, numbered from 1, each with its first and last line (0-based).
    """
    datelines = datelines or {}
    n = len(lines)
    # For each line, whether a label or text line follows within 400 lines.
    later = [False] * (n + 1)
    last_seen = n + 400
    for i in range(n - 1, -1, -1):
        later[i] = last_seen - i <= 400
        if kinds[i] in ("label", "text"):
            last_seen = i
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
            if has_turn and has_date and later[i] and not (i in datelines and datelines[i].time_only):
                starts.append(_header_start(i, starts[-1], kinds, turns, turn_of))
                has_turn = False
            has_date = True
    ends = [s - 1 for s in starts[1:]] + [n - 1]
    while ends[-1] > starts[-1] and kinds[ends[-1]] in ("blog_footer", "blank"):
        ends[-1] -= 1
    return [Document(k + 1, s, e) for k, (s, e) in enumerate(zip(starts, ends, strict=True))]


def _header_start(i: int, doc_start: int, kinds: list[str], turns: list[Turn], turn_of: list[int | None]) -> int:
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


def place_prose(
    lines: list[str],
    kinds: list[str],
    turn_of: list[int | None],
    documents: list[Document],
    layout: Layout,
    lex: Lexicon | None = None,
) -> None:
    """Give each document its title, lead, headings and narration, and its dates and place.

    Args:
        lines: the source's lines.
        kinds: the kind of every line; the prose outside turns is given its kind here
            (``title``, ``lead``, ``body``, ``heading``, ``narration``, ``dateline``).
        turn_of: for each line, its turn's index or ``None``.
        documents: the documents (:func:`split_documents`); their title, dates and place are filled in.
        layout: what the first pass learnt (front matter, datelines, hard wrapping).
        lex: the vocabularies (default: :func:`kit.parsing.lexicon.lexicon`): a heading over a
            list of who took part ("Conference Call Participants") names no event.

    Returns:
        Nothing: ``kinds`` and ``documents`` are changed in place.
    """
    lists = frozenset((lex or lexicon()).conversation.get("list_headings", ()))
    front = layout.front
    wrapped = layout.wrapped
    for doc in documents:
        span = range(doc.first, doc.last + 1)
        datelines = [i for i in span if kinds[i] == "dateline"]
        first_date = datelines[0] if datelines else None
        first_turn = next((i for i in span if turn_of[i] is not None), None)
        if isinstance(front, dict) and kinds[doc.first] == "front_matter":
            doc.title = front.get("title") or None
            doc.title_source = "front matter" if doc.title else None
        # Place lines just before a time-only line ("Geneva, Switzerland" / "7:20 P.M. CEST"),
        # but not the document's first line of text when nothing else titles it ("Press Briefing by ...").
        first_text = next((i for i in span if kinds[i] == "text"), None)
        for d in datelines:
            if layout.datelines[d].time_only:
                j = d - 1
                while j >= doc.first and kinds[j] in ("text", "blank") and turn_of[j] is None:
                    if kinds[j] == "text":
                        if not title_like(lines[j]) or j == first_text and doc.title is None:
                            break
                        kinds[j] = "dateline"
                    j -= 1
        datelines = [i for i in span if kinds[i] == "dateline"]
        has_turns = first_turn is not None
        for paragraph in _paragraphs(span, kinds, turn_of, wrapped):
            first = paragraph[0]
            text = " ".join(lines[i].strip() for i in paragraph)
            before_date = first_date is not None and first < first_date
            if before_date and doc.title is None and title_like(text):
                kind = "title"
                doc.title, doc.title_source = " ".join(text.split()), "title line"
            elif not has_turns and not before_date:
                kind = "body"
            elif title_like(text) and not before_date:
                kind = "heading"
            else:
                kind = "lead" if first_turn is None or first < first_turn else "narration"
                if kind == "lead" and len(doc.lead or "") < _LEAD_REACH:  # what may name a title holder: the lead's
                    # paragraphs ("... held a joint press conference. ... was moderated by Kim Eun-hye, ...")
                    doc.lead = ((doc.lead + " / ") if doc.lead else "") + " ".join(text.split())[:_LEAD_REACH]
            for i in paragraph:
                kinds[i] = kind
        _dates(lines, kinds, doc, datelines, layout)
        if has_turns:  # the headings and place lines above the first turn, which may name the event
            # (and a line of the lead that ends no sentence: a title too long to be read as one, "Press conference by ...")
            # (a blank line kept as an empty part: lines side by side in a list of who speaks, "The Hon Chris Tang /
            # Secretary for Security", are told from the next pair's)
            above = [
                lines[i].strip()
                for i in range(doc.first, first_turn)
                if kinds[i] in ("heading", "dateline", "blank")
                or kinds[i] == "lead"
                and lines[i].strip()
                and not TERMINAL.search(lines[i])
            ]
            above = [line for k, line in enumerate(above) if line or k and above[k - 1] and k + 1 < len(above)]
            # (and a field whose value is the next line: "MODERATOR:" above "Josh Finch, NASA Office of Communications")
            preface = [
                f"{lines[i].strip()} {lines[i + 1].strip()}" if lines[i].rstrip().endswith(":") else lines[i].strip()
                for i in range(doc.first, first_turn)
                if kinds[i] in ("lead", "heading")
                and (
                    "(" in lines[i]
                    or ": " in lines[i]
                    or lines[i].rstrip().endswith(":")
                    and i + 1 < first_turn
                    and kinds[i + 1] in ("lead", "heading")
                    and len(lines[i].split()) <= 3
                )
            ]
            doc.preface = "\n".join(preface)[:_PREFACE] or None
            # (four titles' reach: a page's list of who speaks, office by office, may follow the title and date)
            doc.headings = (
                " / ".join(
                    line
                    for line in above
                    if line != doc.title and not (line.count(" ") < 4 and line.rsplit(" ", 1)[-1].lower() in lists)
                )[: 4 * TITLE_REACH]
                or None
            )
        if doc.title is None:
            for i in span:
                if kinds[i] == "blog_header":
                    doc.title, doc.title_source = _latin_title(lines[i]), "blog header"
                    break
                if kinds[i] in ("lead", "heading", "body"):
                    doc.title, doc.title_source = " ".join(lines[i].split()), kinds[i]
                    break


def _paragraphs(span: range, kinds: list[str], turn_of: list[int | None], wrapped: bool) -> list[list[int]]:
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


def _latin_title(line: str) -> str | None:
    """The longest run of Latin-script text in a mixed-script line, less a trailing note."""
    runs = re.findall(r"[A-Za-z][\x20-\x7e\u00a0-\u024f\u2010-\u2027]*", line)
    if not runs:
        return None
    best = max(runs, key=len).strip()
    opening = best.rfind("(")
    if best.endswith(")") and opening > 0 and ")" not in best[opening:-1]:
        return best[:opening].strip() or best  # less a trailing note "(0616, Kremlin)"
    return best


def _dates(lines: list[str], kinds: list[str], doc: Document, datelines: list[int], layout: Layout) -> None:
    """Fill ``start``, ``end`` and ``place`` from the document's datelines."""
    front = layout.front if kinds[doc.first] == "front_matter" else None
    day = _front_date(front) if isinstance(front, dict) else None
    places = []
    times = []
    for d in datelines:
        dateline = layout.datelines.get(d)
        if dateline is None:
            places.append(lines[d].strip())
            continue
        groups = dateline.match.groupdict()
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


_MONTHS = {name[:3].lower(): number for number, name in enumerate(MONTHS, 1)}


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


_PREFACE = 4000  # characters of the lead's lines kept, that may list who holds an office ("Sir Ann Lee (Chair)")
