"""Parse a transcript's text into records: every line classified, turns, documents, exchanges.

The first stage of the kit (text -> records); :mod:`kit.frames` turns the records into
DataFrames. The rules are written for shapes of labels, not for publishers: ``Name:`` and
``TITLE NAME:`` (with notes in brackets, enumerators and time marks), ``Q``, a printed
hearing's ``Mr. NAME.``, a name on a line of its own when the document uses that
convention, a caption file's cues (:mod:`~kit.parsing.captions`); and for kinds of event
(:mod:`~kit.parsing.events`), which decide who asks. They fall back gracefully: an
unknown layout still gives every line, classified, and the turns whose labels are
recognised, and the lines that look like labels but were not taken say why.

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
residue        web-page residue copied with the text (``8 of 16``, ``Print version``), or a
               label with no words after it and none below (``Q`` alone)
editorial      an editor's mark on a line of its own (``To be continued.``, ``<…>``)
stage          a stage note on a line of its own (``(Laughter.)``)
blog_header    a copier's title line in another script, before the first dateline
blog_footer    a copier's list of other posts at the end of the file
front_matter   a YAML block (``---`` ... ``---``) at the top of a document
cue            a caption file's header, cue number or timing line (``.vtt``, ``.srt``)
=============  ======================================================================

How a line becomes speech: a line that starts with a speaker label (see
:func:`kit.parsing.labels.match_label`) opens a turn; the lines after it continue the turn until
the next label or a line of another kind (dateline, separator, caption, heading after a
separator, ...). Blank lines, stage notes and ``<…>`` gaps inside a turn stay in it;
trailing ones do not. In a hard-wrapped layout (short lines, blank lines between
paragraphs, as on whitehouse.gov) a label counts only at the start of a paragraph.

A dateline opens a new document once the current one has had turns; the untitled prose
just before it (after the last turn or separator) is the new document's title and lead.

The passes, each a module: :mod:`~kit.parsing.lines` (a class for every line, then turns,
with :mod:`~kit.parsing.layout` for front matter, footers and hard wrapping and
:mod:`~kit.parsing.captions` for caption files),
:mod:`~kit.parsing.documents` (documents, titles, datelines, leads),
:mod:`~kit.parsing.speakers` (speakers, roles, kinds, exchanges, with
:mod:`~kit.parsing.events` for the kind of event), using
:mod:`~kit.parsing.labels` (is this a label?) and :mod:`~kit.parsing.names` (one speaker
per person, journalists' introductions); the vocabularies they read are one
:class:`Lexicon` (:mod:`~kit.parsing.lexicon`, from the files in ``data/``), and the records
they fill are in :mod:`~kit.parsing.records`. Labels and roles are matched on text with invisible
characters dropped and accents composed; ``lines.text`` keeps the source exactly.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from kit._files import snapshot
from kit.parsing.captions import caption_text
from kit.parsing.documents import place_prose, split_documents
from kit.parsing.events import counsel
from kit.parsing.layout import strip_margin
from kit.parsing.lexicon import Lexicon, lexicon
from kit.parsing.lines import classify, segment
from kit.parsing.records import LINE_KINDS, UNNAMED_JOURNALIST, Document, Exchange, Layout, Parsed, Turn
from kit.parsing.speakers import Given, assign_speakers, stated

__all__ = [
    "Given",
    "stated",
    "LINE_KINDS",
    "UNNAMED_JOURNALIST",
    "Turn",
    "Document",
    "Exchange",
    "Parsed",
    "parse_lines",
    "bulk",
]


@contextmanager
def bulk() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, and check each data file once, while records are made in bulk.

    Parsing makes many small objects and no reference cycles; the collector would scan
    them again and again (half the time on a transcript of 200,000 short turns). It is
    switched back on afterwards, as it was, whatever happens. The data files (the
    vocabularies, the abbreviations) are checked for changes once in the block
    (:func:`kit._files.snapshot`), not once per turn.

    Yields:
        Nothing (``None``): use it as ``with bulk():``.

    >>> import gc
    >>> with bulk():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        with snapshot():
            yield
    finally:
        if enabled:
            gc.enable()


def parse_lines(
    lines: list[str], source: str = "<text>", lex: Lexicon | None = None, given: Given | None = None
) -> Parsed:
    """Classify every line and assemble turns, documents and exchanges.

    Args:
        lines: the source's lines, without line endings (:func:`kit.source.split_lines`).
        source: a name for messages and the ``source`` column.
        lex: the vocabularies (default: the files in ``data/``).
        given: what an instructor states about the transcript (the kind of event, who
            asks); ``event:`` and ``askers:`` in the transcript's front matter count
            where ``given`` leaves them out.

    Returns:
        A :class:`Parsed` with one kind, document and turn per line. It holds its own
        list of the lines (``lines`` itself is not kept), so :func:`kit.columns.source_columns`
        may empty it without touching the caller's list.

    >>> parsed = parse_lines(["June 16, 2021 19:40, Geneva", "Question: Why?",
    ...                       "Vladimir Putin: Because.", "To be continued."])
    >>> parsed.kinds
    ['dateline', 'speech', 'speech', 'editorial']
    >>> [(t.speaker, t.kind) for t in parsed.turns]
    [('Unnamed journalist', 'question'), ('Vladimir Putin', 'answer')]
    """
    with bulk():
        return _parse_lines(list(lines), source, lex or lexicon(), given or Given())


def _parse_lines(lines: list[str], source: str, lex: Lexicon, given: Given) -> Parsed:
    printed = lines  # the lines as the source has them, kept whole in the lines frame
    lines = strip_margin(lines) or lines  # a court record's numbered margin: read the words beside it
    n = len(lines)
    kinds, label_at, layout = classify(lines, lex)
    given = _front_given(given, layout.front, source)
    turns = segment(kinds, label_at)
    turn_of: list[int | None] = [None] * n
    for index, turn in enumerate(turns):
        if len(turn.lines) == 1:  # (most turns are one line)
            turn_of[turn.lines[0]] = index
            continue
        for i in turn.lines:
            turn_of[i] = index
    documents = split_documents(lines, kinds, turns, turn_of, layout.datelines)
    doc_of: list[int | None] = [None] * n
    for doc in documents:
        doc_of[doc.first : doc.last + 1] = [doc.doc_id] * (doc.last + 1 - doc.first)
    if "blog_footer" in kinds:  # a blog's footer belongs to no document
        doc_of = [None if kind == "blog_footer" else doc for doc, kind in zip(doc_of, kinds, strict=True)]
    place_prose(lines, kinds, turn_of, documents, layout, lex)
    turns = [t for t in turns if t.lines]
    if layout.examiners or layout.witnesses:
        _examine(turns, layout, lex)
    if layout.chairs:
        _seat(turns, layout.chairs, lex)
    for number, turn in enumerate(turns, start=1):
        turn.turn_id = number
        at = turn.lines
        turn.doc_id = doc_of[at[0]] or 0
        turn.time = turn.label.time
        first = lines[at[0]][len(turn.label.prefix) :]
        if len(at) == 1:  # most turns are one line
            turn_of[at[0]] = number
            kinds[at[0]] = "speech"
            turn.text = caption_text(first) if layout.captions else first
            continue
        for i in at:
            turn_of[i] = number
            kinds[i] = "speech" if kinds[i] in ("text", "label") else kinds[i]
        if layout.captions:  # the cues' words and stage notes, without their numbers, timings and markup
            cut = layout.repeated_labels
            words = [first, *(lines[i][cut.get(i, 0) :] for i in at[1:] if kinds[i] in ("speech", "stage"))]
            turn.text = caption_text("\n".join(w for w in words if w.strip()))
            continue
        if not layout.paged:  # (no recording's times)
            kept = [i for i in at[1:] if kinds[i] != "cue"]
        else:  # (not a page's header or footer, nor the blank lines beside them; not a rule framing the name)
            kept = [i for i in at[1:] if kinds[i] not in _OFF_PAGE and not (kinds[i] == "blank" and _by_page(kinds, i))]
        # (a label alone on its line leaves its text a first empty line: a line's number is the label's line and the
        # newlines before a word, as kit.kwic, the sentences and the reading marks count it)
        turn.text = "\n".join([first, *(lines[i] for i in kept)])
    for i in layout.bold:  # a question set in bold: its words without the closing marks
        turn = turns[turn_of[i] - 1]
        head, newline, rest = turn.text.partition("\n")
        turn.text = head.rstrip(" \t")[:-2] + newline + rest
    kinds = [_PLACED.get(kind, kind) for kind in kinds]
    exchanges = assign_speakers(turns, documents, lex, given)
    return Parsed(
        source, printed, kinds, doc_of, turn_of, documents, turns, exchanges, layout.wrapped, layout.not_labels
    )


#: The last word on a line's kind: a gap in the text is the editors', prose that no rule placed is narration,
#: a page's running header or footer is residue, a rule framing a name a separator, a heading in capitals
#: between turns a heading.
_PLACED = {
    "gap": "editorial",
    "text": "narration",
    "label": "narration",
    "page": "residue",
    "framing": "separator",
    "headline": "heading",
}


_OFF_PAGE = frozenset({"cue", "page", "framing"})  # the lines of a turn that are not its words


def _by_page(kinds: list[str], i: int) -> bool:
    """Whether blank line ``i`` stands beside a page's running header or footer (the page break's)."""
    return kinds[i - 1] == "page" or i + 1 < len(kinds) and kinds[i + 1] == "page"


def _examine(turns: list[Turn], layout: Layout, lex: Lexicon) -> None:
    """Give each ``Q.`` turn of a record who puts it, and each ``A.`` turn who answers it.

    Who asks: the examiner named on the ``BY ...:`` line above (a court record), or, in a record
    that swears its witnesses in and names no examiner of the witness answering, counsel (a form of address and
    a name, no title) whose own turn an ``A.`` answered, until other counsel's answered turn comes (``MR O'CONNOR:
    Could you give us your full name, please.`` then ``A. Mark Edward John Woolhouse.``). Who
    answers: the witness the line above swears in (``PROFESSOR MARK WOOLHOUSE (affirmed)``), or no
    one named after a line that swears in someone it does not name (``(The witness was sworn.)``).
    """
    marks = sorted([*((i, (name, False)) for i, name in layout.examiners.items()),
                    *((i, (name, True)) for i, name in layout.witnesses.items())])  # fmt: skip
    k, examiner, witness = 0, None, None
    named = False  # whether a line names the examiner of the witness now answering ("Questioned by MR BEER")
    for n, turn in enumerate(turns):
        while k < len(marks) and marks[k][0] < turn.lines[0]:
            name, sworn = marks[k][1]
            witness, examiner = (name, examiner) if sworn else (witness, name)
            named = not sworn
            k += 1
        label = turn.label
        if label.shape == "q" and label.name == "Q":
            turn.examiner = examiner
        elif label.role == "a" or label.name.casefold() == "the witness":  # ("THE WITNESS: My Lady, may I add")
            turn.holder = witness
        elif (
            layout.witnesses  # (a record that swears its witnesses in: no press conference's "Mr. Tanaka (NHK):")
            and not named  # (where a line names the examiner, they ask: not the chair who interrupts)
            and label.style != "role"
            and label.note is None
            and n + 1 < len(turns)
            and turns[n + 1].label.role == "a"
            and _counsel(label.name, lex)
        ):
            examiner = label.name  # counsel whose question an A. answers asks the Q.s that follow


def _counsel(name: str, lex: Lexicon) -> bool:
    """Whether a label is counsel's (:func:`kit.parsing.events.counsel`) with no title after the form of address
    (``MR O'CONNOR``, not ``MR JUSTICE FRASER``, who presides)."""
    rest = name.partition(" ")[2]
    return counsel(name, lex) and bool(rest) and all(w.lower().strip(".") not in lex.titles for w in rest.split())


def _seat(turns: list[Turn], chairs: dict[int, tuple[str, str | None]], lex: Lexicon) -> None:
    """Give each turn under an office's label (``Hon. Deputy Speaker:``) the one a line above put in that chair;
    a line that names who is in the chair and no office (``IN THE CHAIR: ROBERTA METSOLA``) names who speaks
    under the label of the office that presides (``President.``).
    """
    marks = sorted(chairs.items())
    k = 0
    seated: dict[str, str | None] = {}
    for turn in turns:
        while k < len(marks) and marks[k][0] < turn.lines[0]:
            office, person = marks[k][1]
            seated[office] = person
            k += 1
        label = turn.label
        if not seated or label.style not in ("role", "single", "caps"):
            continue
        office = label.role or _office_key(label.name, lex)
        holder = seated.get(office)
        if holder is None and "" in seated and _presides(office, lex):  # below "IN THE CHAIR: ROBERTA METSOLA"
            holder = seated[""]
        if holder is not None or office in seated:  # (one who left the chair leaves the label unnamed)
            turn.holder = holder


def _presides(office: str, lex: Lexicon) -> bool:
    """Whether an office's label is the one who presides: a role that gives the floor, or a chair's office."""
    return lex.roles.get(office, {}).get("role") == "staff" or office in lex.conversation.get("chair_offices", ())


def _office_key(name: str, lex: Lexicon) -> str:
    """An office's label without its form of address, in lower case (``Hon. Deputy Speaker`` -> ``deputy speaker``)."""
    first, _, rest = name.lower().partition(" ")
    return rest if rest and first in lex.conversation.get("forms_of_address", ()) else name.lower()


def _front_given(given: Given, front: dict[str, str] | None, source: str) -> Given:
    """``given``, with the kind of event and the askers the front matter states where ``given`` has none."""
    if not front or given.event and given.askers:
        return given
    listed = [name.strip(" '\"") for name in front.get("askers", "").strip("[]").split(",")]
    found = stated(front.get("event") or None, [name for name in listed if name], f"{source}, front matter")
    return Given(given.event or found.event, given.askers or found.askers)
