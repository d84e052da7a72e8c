"""First pass of the parser: a class for every line from its own text, then turns.

Front matter, a blog's footer, separators, datelines, captions, residue, editorial marks,
stage notes, a copier's header in another script, and the lines that open a speaker turn
(:func:`kit.parsing.labels.match_label`). :func:`segment` then groups lines into turns:
a label line and the text after it, until the next label or a line of another kind.

Every rule looks at one line (or a bounded window), so the pass is linear in the input.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice, pairwise, takewhile
from typing import NamedTuple

from kit.parsing.captions import Captions, caption_text, may_be_captions, read_captions
from kit.parsing.events import event_named
from kit.parsing.labels import (
    APPOINTEE,
    DASH_MARK,
    LIST_MARKS,
    PERSON_NOTE,
    PERSON_WORD,
    RECORD_MARKS,
    STOP_START,
    Label,
    cased_name,
    match_label,
    match_name_line,
    noted_holder,
    noted_surname,
    outlet_named,
    person_case,
    split_name,
    without_honours,
)
from kit.parsing.layout import (
    BLANK_CHARS,
    SENTENCE_ENDS,
    SEPARATOR,
    TERMINAL,
    foreign_header,
    front_matter,
    mark_footer,
    paragraph_indent,
    wrap_width,
)
from kit.parsing.lexicon import Lexicon, lexicon
from kit.parsing.names import a_person, self_named
from kit.parsing.records import UNNAMED_SPEAKER, Dateline, Layout, Turn
from kit.words import BRACKETED, GAP, alternatives

__all__ = ["MONTHS", "classify", "segment", "title_like"]

# --- one-line patterns ----------------------------------------------------------------

#: The months in English, as datelines write them: in full, or by their first three letters (and Sept).
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
_MONTH = (
    "(?:"
    + "|".join("Sep(?:t(?:ember)?)?" if name == "September" else f"{name[:3]}(?:{name[3:]})?" for name in MONTHS)
    + r")\.?"
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
# What may name a date's part of a series before it: "Day 37: ", "Day 10, Part 1: ".
_SERIES = r"(?:[A-Z][a-z]{1,10} \d{1,3}(?:, [A-Z][a-z]{1,10} \d{1,3})?:\s+)?"
_DATELINE = re.compile(rf"\s*{_SERIES}{_DATE}(?:,?\s+{_TIME})?(?:,?\s+{_PLACE})?[\s\u00a0]*")
_TIMELINE = re.compile(rf"\s*{_TIME}[\s\u00a0]*")
# A chat log's line that no one says: a notice ("19:01 -!- fi has joined #qa"), an action ("19:05  * ann waves").
# (an action only after its time: "* item" alone is a list's bullet)
_CHAT_EVENT = re.compile(r"[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+(?:-!-|\* [^\W\d]\S* )|-!-)")
_OFFSET = re.compile(r"[\[(]?\d{1,2}:\d{2}:\d{2}[\])]?")  # a time into a recording, with its seconds: "00:03:41"
_TIME_OF_END = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?"  # "12:36 P.M. EDT", "12.36 pm"
_CAPTION = re.compile(r"\bPhoto(?:graph)?s?\s*(?::|by\b|credit\b)|\bPhoto: ", re.IGNORECASE)
# Page residue and editors' marks: the words are data (data/page_residue.txt,
# data/editorial_marks.txt, in the lexicon); the shapes around them are here (see _marks).
# "8 of 16", "Page 4", "Share on Telegram", a transcription service's or a copyright footer.
_COPYRIGHT = (
    r"Copyright\s*(?:\(c\)|©)?\s*\d{4}\b.{0,300}|©\s*\w.{0,300}"  # a year, or the sign: not "Copyright Office ..."
)
# A printed page's number: "Page 4", "Page 5 of 9" ("8 of 16" alone may count a web page's photographs).
_PAGE = r"Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?"
_RESIDUE_SHAPES = (
    rf"\d{{1,4}}\s+(?:of|/)\s+\d{{1,4}}|{_PAGE}|Share on \w+|Transcribed by \S{{3,80}}|{_COPYRIGHT}"
    r"|Last updated\b.{0,60}|(?:Related|Topics|Tags):.{0,100}"  # a page's date stamp, its links and its tags
)
# A copyright footer longer than a short line: "Copyright © 2023 NPR. All rights reserved. Visit our website ..."
_LONG_COPYRIGHT = re.compile(rf"\s*(?:{_COPYRIGHT})\s*", re.IGNORECASE)
# A parliament's stage note: "Honourable members interjecting—", "Mr Taylor interjecting—".
_INTERJECTING = re.compile(r"\s*[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,3}\s+interjecting[—–\-.]*\s*")
_EDITORIAL_GAP = re.compile(rf"\s*(?:{GAP})\s*")
_STAGE = re.compile(rf"\s*(?:{BRACKETED}|\((?P<stopped>[^()\[\]]{{1,80}})\)\.)\s*")  # "(Laughter)", "(Interruptions)."
_DIGIT = re.compile(r"\d")
SEPARATOR_STARTS = frozenset("-–—―_=~*•·\\#|:")
# residue with a colon inside: "Last updated: 14 Feb. 2024", "Topics: Economy, Trade"
_COLON_RESIDUE = frozenset({"last updated", "related", "topics", "tags"})
_SHORT = 100  # longer lines are never datelines, rules, marks, notes or residue
_LABEL_REACH = 300  # a label's colon comes within this many characters


class _Marks(NamedTuple):
    """The patterns of page residue and editors' marks, and the characters a line of each may start with."""

    residue: re.Pattern[str]
    residue_starts: frozenset[str]
    editorial: re.Pattern[str]
    editorial_starts: frozenset[str]
    #: The marks that say a part ends ("INTERVIEW ENDS", "Conference ends: 4.41 p.m."), tried on lines with "ends".
    ends: re.Pattern[str]
    ends_starts: frozenset[str]


def _marks(lex: Lexicon) -> _Marks:
    """The lexicon's residue and editorial words as patterns, built once per lexicon."""
    marks = lex.compiled.get("marks")
    if marks is None:

        def starts(items: tuple[str, ...]) -> frozenset[str]:
            return frozenset(ch for item in items for ch in (item[0].lower(), item[0].upper()))

        def editorial(items: tuple[str, ...]) -> re.Pattern[str]:
            # (with the time it was said, as a briefing's last line has it: "END 12:36 P.M. EDT", "End: 12:36 p.m.")
            return re.compile(
                rf"\s*\(?\s*(?:{alternatives(items)})(?:\s*:?\s+{_TIME_OF_END})?\s*[.…]*\s*\)?\s*", re.IGNORECASE
            )

        # "Interview ends", "Conference ends": told by their last word, so their first letters send no line to the test
        ends = tuple(mark for mark in lex.editorial_marks if mark.lower().endswith(" ends"))
        others = tuple(mark for mark in lex.editorial_marks if mark not in ends)

        marks = lex.compiled["marks"] = _Marks(
            # (a button's word may stand in brackets, or before a colon: "Share:", "【Print】 【Close】")
            re.compile(
                rf"\s*(?:{_RESIDUE_SHAPES}|(?:[【\[]?(?:{alternatives(lex.residue)})[】\]]?:?\s*)+)\s*", re.IGNORECASE
            ),
            starts(lex.residue) | {"S", "s", "T", "t", "C", "©", "L", "l", "R", "r", "【", "["},
            editorial(others),
            starts(others) | {"("},
            editorial(ends),
            starts(ends) | {"("},
        )
    return marks  # type: ignore[return-value]


def title_like(line: str) -> bool:
    """A short line without a sentence's final punctuation.

    Args:
        line: a line, or a paragraph joined into one.

    Returns:
        True for a line of at most 15 words that does not end like a sentence.

    >>> title_like("Beginning of Russian-US talks"), title_like("We agreed.")
    (True, False)
    """
    return not TERMINAL.search(line) and len(line.split()) <= 15


def classify(lines: list[str], lex: Lexicon) -> tuple[list[str], dict[int, Label], Layout]:
    """Give each line a context-free class; return the classes, the label lines and the layout.

    Args:
        lines: the source's lines.
        lex: the vocabularies.

    Returns:
        ``(kinds, label_at, layout)``: a kind per line (``"text"`` and ``"label"`` for what
        later passes place), the :class:`Label` of each line that opens a turn, and the
        :class:`Layout` (front matter, datelines, whether the text is hard-wrapped).

    >>> kinds, labels, layout = classify(["June 16, 2021 19:40, Geneva", "Question: Why?"], None)
    >>> kinds, list(labels)
    (['dateline', 'label'], [1])
    """
    lex = lex or lexicon()
    n = len(lines)
    kinds = ["text"] * n
    layout = Layout()
    captions = read_captions(lines) if may_be_captions(lines) else None
    if captions is not None:
        return _classify_captions(lines, captions, lex, layout)
    layout.front = front_matter(lines, kinds)
    mark_footer(lines, kinds)
    width = wrap_width(lines, kinds)  # the width the text is hard-wrapped to (0: not wrapped)
    layout.wrapped = width > 0
    candidates: dict[int, Label] = {}
    own_line: dict[int, Label] = {}  # lines that hold a name alone: labels if the document's convention says so
    page = ""  # the page's text, joined where a name in capitals is looked for in it
    unbroken: set[int] = set()  # those of them right after a line of text
    conventional: dict[str, list[int]] = {}  # labels of a shape that is a convention or prose ("President. – ")
    header_checked = False
    previous_blank = True
    seen: dict[str, tuple[str, Dateline | None, Label | None]] = {}  # short lines repeat
    remember = True  # (until the first thousand short lines show they do not)
    repeats = 0  # short lines found in the memo
    name_lines: dict[str, Label | None] = {}  # and so do the lines that hold a name alone
    lowered = _lower_case_names(lines)  # names set in small letters ("sabrina tavernise"), as their people write them
    phrases: dict[str, list[tuple[int, Label]]] = {}  # "The Taoiseach:", "The Presiding Officer (Ann Lee):"
    marks = _marks(lex)
    offset: str | None = None  # a recording's time alone on the line before ("00:03:41")
    wrapped = layout.wrapped
    # "  Mr. SCHUMER. ...": an indented line opens a paragraph; "LORD HARTLEY:  Yes." over indented lines: a flush one
    indent = paragraph_indent(lines, kinds) if wrapped else None
    for i, line in enumerate(lines):
        if kinds[i] != "text":
            previous_blank = True
            continue
        if not line:
            known = _EMPTY_LINE
        elif not remember:
            known = _line_class(line, lex, marks)
        elif (known := seen.get(line)) is not None:
            repeats += 1
        else:
            known = _line_class(line, lex, marks)
            if len(line) <= _SHORT:
                seen[line] = known
                if len(seen) == _MEMO_TRIAL and repeats * 20 < _MEMO_TRIAL:
                    remember = False  # a thousand distinct short lines, and few repeats among them
        kind, dateline, label = known
        if label is _LOOKS_LIKE_A_LABEL:
            label = None
            head = line.partition(":")[0].split()
            layout.not_labels[i] = (
                "a field of the page (a word that names no one before a colon)"  # "MPs Speaking:", "Last Updated:"
                if head and head[-1].lower().strip("*_") in lex.not_names
                else "a capitalised phrase and a colon, read as prose"
            )
        if label is None and kind == "text" and line[:4] == "The " and (previous_blank or not wrapped):
            titled = _title_phrase(line, lex)  # "The Taoiseach:": a label if the document uses it again
            if titled is not None:
                phrases.setdefault(titled.name, []).append((i, titled))
        if dateline is not None:
            layout.datelines[i] = dateline
        if kind == "text":
            if not header_checked and (label is None or label.style == "single") and foreign_header(lines, i):
                kind = "blog_header"
            if (
                label is not None
                and label.shape == "asked"
                and not previous_blank
                and not (line.rstrip()[-1:] == ":" and _heading_above(lines[i - 1]))
            ):
                label = None  # (a printed question is a paragraph of its own: not a line of a speech or a list)
            # (before a Q or an A any sentence's end ends a paragraph: "8 the school of public health?" / "9 A. I am,
            # yes."; and "○Kenta Ishibashi:", a record's mark, opens one)
            elif label is not None and (
                previous_blank
                or not wrapped
                or indent == "indent"
                and line[:1] in " \t"
                or indent == "hanging"
                and line[:1] not in " \t"
                or _ends_paragraph(
                    lines[i - 1],
                    width,
                    label.note is not None
                    or label.role in ("q", "a")
                    or _below_label(line, label, i, candidates)
                    or _set_in(line, lines[i - 1])
                    or _caps_opening(line, label),
                    lex,
                )
                or label.prefix.lstrip()[:1] in RECORD_MARKS
            ):
                if offset is not None and label.time is None:  # "00:00:31" above "Tom Berg: ...": the turn's time
                    label = label._replace(time=offset)
                candidates[i] = label
                if label.shape in _CONVENTIONS:
                    conventional.setdefault(label.shape, []).append(i)
            elif label is not None:
                layout.not_labels[i] = "a label inside a paragraph of hard-wrapped text (labels open paragraphs here)"
            elif (_name_length(line) or previous_blank and _web_name(line) is not None) and (
                previous_blank
                or line.rstrip()[-1:].isalnum()
                or line.rstrip()[-1:] == ")"
                or line.rstrip()[-2:] in ("m.", "M.")  # (a clock's time after the name: "Mr Bedzrah 10:38 a.m.")
            ):
                named = name_lines.get(line, line)  # (a name line repeats: read once)
                if named is line:
                    named = name_lines[line] = _name_line(lowered.get(line, line), lex)
                if named is not None and (previous_blank or named.time or named.style in ("name", "caps", "role")):
                    own_line[i] = named
                    if not previous_blank and not named.time:
                        unbroken.add(i)  # no blank line before it: taken only if the name recurs
                    layout.not_labels.pop(i, None)
        elif kind == "stage" and line.lstrip()[:1] == "[" and line.rstrip()[-1:] == "]" and len(line) <= 82:
            # "[Dan Whitley]" alone on its line: a name in brackets, a label where the document's names stand so
            named = match_name_line(line.strip(BLANK_CHARS)[1:-1], lex)
            if named is not None and (
                named.style in ("name", "role")  # (and "[PARTICIPANT]" among them)
                or named.style == "caps"  # "[AJAY BANGA]", a name the page writes too ("Ajay Banga"); not "[MUSIC
                and _caps_person(named.name, lex)  # PLAYING]", nor "[SOUND BITE]"
                and _written(named.name) in (page := page or "\n".join(lines))
            ):
                own_line[i] = named._replace(prefix=line)
        if kind != "blank":
            header_checked = True
            offset = line.strip(BLANK_CHARS).strip("[]()") if kind == "cue" else None
        kinds[i] = kind
        previous_blank = kind in ("blank", "dateline", "separator", "cue")
    for shape, found in conventional.items():
        if len(found) < _CONVENTION:
            for i in found:
                del candidates[i]
                layout.not_labels[i] = (
                    f"{_CONVENTIONS[shape]}, but not this document's convention (seen fewer than three times)"
                )
        elif shape == "initials" and sum(n >= 2 for n in Counter(candidates[i].name for i in found).values()) < 2:
            for i in found:  # (a glossary, a list of parts: "NATO   North Atlantic Treaty Organization")
                del candidates[i]
                layout.not_labels[i] = "initials and a wide gap, but no two of them speak twice: a list, not labels"
    if phrases:
        _take_title_phrases(phrases, candidates, layout.not_labels)
    _drop_appointments(lines, candidates, lex, layout.not_labels)
    if any(label.shape == "q" for label in candidates.values()):
        _mark_examiners(lines, kinds, candidates, layout)
        _mark_witnesses(lines, kinds, candidates, layout, lex)
    _mark_chairs(lines, kinds, candidates, layout, lex)
    if own_line:
        _names_on_own_lines(lines, kinds, candidates, own_line, unbroken, layout.not_labels, lex)
    _drop_title_label(lines, kinds, candidates, lex, layout.not_labels)
    _drop_quoted_headlines(lines, candidates, layout.not_labels)
    _drop_header_fields(lines, candidates, lex, layout.not_labels)
    _drop_caption(lines, candidates, layout.not_labels)
    _drop_page_furniture(lines, kinds, candidates, layout.not_labels)
    _drop_contact_fields(lines, kinds, candidates, layout.not_labels)
    _drop_field_tables(lines, kinds, candidates, lex, layout.not_labels)
    _drop_empty_labels(lines, kinds, candidates, layout.not_labels)
    _drop_lone_shapes(lines, candidates, layout.not_labels)
    # A one-word label ("Putin:", "Lenny:") counts as the short form of a longer name, or
    # when the document uses it as a label again and again. Initials and offices too ("KB:",
    # "Minister:"): where several such labels recur ("KB:", "RS:"), each used twice or more is one.
    singles = Counter(label.name for label in candidates.values() if label.style == "single")
    short: set[str] = set()  # the first and last words of the names (needed only where there are one-word labels)
    if singles:
        for words in map(str.split, {label.name for label in candidates.values() if label.style == "name"}):
            short.add(words[-1].casefold())
            short.add(words[0].casefold())
        # and the surnames of the people a header lists before the first label ("Speakers: ... Eleonore Petermann
        # (Federal Ministry of the Interior, BMI), ..." above "Petermann (BMI): If I may add, ...")
        head = min(candidates)
        for line in lines[max(0, head - _LISTED_LINES) : head + 1]:  # (the list may be a label: "Speakers: ...")
            # (a field that lists who speaks, not an article's lead: "Leaders attending included President ...")
            if line.count(",") + line.count(";") >= 2 and _LIST_FIELD.match(line):
                short.update(m.group(1).casefold() for m in _LISTED_NAME.finditer(line, 0, 2000))
    recurring = sum(n for n in singles.values() if n >= 2) > _CONVENTION
    # Where most labels carry a time mark ("Mayor Walsh (05:24):"), an office with its time is one, if used once.
    # (counted only where a one-word label has a time)
    timed = any(label.time is not None for label in candidates.values() if label.style == "single") and (
        sum(label.time is not None for label in candidates.values()) * 2 > len(candidates) >= _CONVENTION
    )
    # A one-word label whose speaker says that word and an outlet in one of its turns: a journalist's name.
    introduced = {
        label.name
        for i, label in candidates.items()
        if label.style == "single" and self_named(label.name, lines[i][len(label.prefix) :])
    }
    label_at = {}
    abbreviations = lex.conversation.get("office_abbreviations", {})
    for i, label in candidates.items():
        if (
            label.style != "single"
            or label.shape in ("own_line", "initials")  # taken by the convention of their shape ("TAG    Thank")
            or label.shape in _CONVENTIONS  # or, an office, by that of their shape ("President. – ", "(Secretary)")
            and label.name[label.name.rfind(" ") + 1 :].lower() in lex.titles
            or label.name.casefold() in short
            or outlet_named(label.name, lex)  # "Bloomberg:", "Reuters:": a journalist of that outlet
            or singles[label.name] >= _CONVENTION
            or timed
            and label.time is not None
            and label.name[label.name.rfind(" ") + 1 :].lower() in lex.titles  # "City Clerk (05:27):"
            or recurring
            and singles[label.name] >= 2
            or label.name in introduced  # "Sidhant: Sir, Sidhant from WION. ...", and Sidhant's other turns
            or singles[label.name] >= 2
            and label.name.lower().replace(".", "") in abbreviations  # an office's letters, used again: "PM:"
            or label.note is not None
            and noted_holder(label.note, lex)  # an office that names its holder: "Prime Minister (Hiroshi Tanabe)"
            or label.note is not None
            and noted_surname(label.name, label.note, lex) is not None  # or their surname: "Mr. President (Menem)"
            # or one the turn just above calls by that word, as a moderator hands over ("Our first question is from
            # Joe, who's a retired teacher from Wigan. Joe." above "Joe: My question is to both of you.")
            or _called_above(lines, i, candidates)
        ):
            label_at[i] = label
            kinds[i] = "label"
        else:
            how = _AS_LABEL.get(label.shape, "as a label")
            layout.not_labels[i] = (
                f"one word, initials or an office {how}, not the short form of a speaker's name"
                " nor a label the document uses again"
            )
    if label_at and "text" in kinds:
        _caps_headings(lines, kinds, label_at)
        _named_roles(lines, kinds, label_at, lex)
    layout.paged = "page" in kinds or "framing" in kinds
    if len(label_at) * 3 < n:  # (where labels are fewer than one line in three: a page's questions may be in bold)
        layout.bold = _bold_questions(lines, kinds, label_at)
        if not layout.bold and not wrapped:
            _unlabelled_turns(lines, kinds, label_at)
    return kinds, label_at, layout


_INITIAL = re.compile(r"[A-Z]\.")  # a first name's initial: "D." of "Mr D. Holloway"


def _next_words(lines: list[str], kinds: list[str], i: int) -> int | None:
    """The line of words below line ``i``, past blank lines, or ``None`` where none comes next."""
    j = i + 1
    while j < len(lines) and kinds[j] == "blank":
        j += 1
    return j if j < len(lines) and kinds[j] == "text" else None


def _named_roles(lines: list[str], kinds: list[str], label_at: dict[int, Label], lex: Lexicon) -> None:
    """Take the name after a role's label, alone on its line above the turn's words, as the label's note: minutes
    that print who puts a question and who responds (``Question:  Mr D. Holloway, 14 Barrowby Road, Grantham``,
    ``Response: Councillor Anne Whitfield``), the name without the address after it.
    """
    for i, label in list(label_at.items()):
        if label.style != "role" or label.note or label.shape != "colon":
            continue
        rest = lines[i][len(label.prefix) :].strip(BLANK_CHARS)
        if not rest[-1:].isalpha() or len(rest) > _FIELD_VALUE * 2:
            continue  # (nor whom the words turn to: "Remark: Mr President," above them)
        written = rest.split(",", 1)[0].split()
        if not written or written[0].lower().strip(".") not in lex.titles and not _INITIAL.fullmatch(written[0]):
            continue  # (a person as minutes print them, a title or a form of address first: "Mr D. Holloway"; not a
            # topic or a body: "Question: Affordable Housing Targets", "Response: Environment Agency")
        person = without_honours(written, lex)
        if all(w.lower().strip(".") in lex.titles for w in person):
            continue
        if not 2 <= len(person) <= 4 or not all(PERSON_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in person):
            continue
        if not PERSON_WORD.fullmatch(person[-1]):
            continue  # (a surname last: "Mr D. Holloway", "Councillor Anne Whitfield")
        if (j := _next_words(lines, kinds, i)) is not None and j not in label_at:
            label_at[i] = label._replace(prefix=lines[i], note=rest.split(",", 1)[0].strip())


def _unlabelled_turns(lines: list[str], kinds: list[str], label_at: dict[int, Label]) -> None:
    """Open the turns a Q&A page prints without labels (its questions in bold, lost in the copy), one a line.

    Where three labelled questions or more, most of the page's labels, end their line with a question and the next
    line with words has no label (``1. Reuters: ... What is Viet Nam's response?`` above the answer's words, past a
    second line that asks), each such line opens the answer (an ``A`` label the page does not print), where every
    such answer has five words at least. Else, on a page whose head says it holds an interview (``Interview with
    Pierre Gramegna``), where three lines or more below the last label ask and nothing else (``Is the reform
    dead?``), more than the page has labels, each opens the asker's turn again, and the line of words after it, one
    that asks nothing, the answerer's: as the page's first labels name them (``Luxemburger Wort:`` asks, ``Pierre
    Gramegna:`` answers), or ``Q`` and ``A`` where it has none. The run ends at a heading or a credit (``Read
    more``, ``Submitted by ...``); not where two such questions follow one another (one speaker's questions).
    """

    def next_words(i: int) -> int | None:
        return _next_words(lines, kinds, i)

    def asks_only(i: int) -> bool:
        said = lines[i].strip(BLANK_CHARS)
        return said[-1:] == "?" and len(said.split()) <= _QUESTION_WORDS

    def answer_below(i: int) -> int | None:  # the line of words below a question, past a second one that asks
        j = next_words(i)
        if j is not None and j not in label_at and lines[j].rstrip(BLANK_CHARS)[-1:] == "?":
            j = next_words(j)  # ("And separately, will the Deputy Prime Minister ...?": the question goes on)
        return j if j is not None and j not in label_at else None

    answered = [
        j
        for i, label in label_at.items()
        if lines[i][len(label.prefix) :].rstrip(BLANK_CHARS)[-1:] == "?" and (j := answer_below(i)) is not None
    ]
    if (
        len(answered) >= _CONVENTION
        and len(answered) * 3 >= len(label_at) * 2
        and all(len(lines[j].split()) >= _ANSWER_WORDS for j in answered)  # (not a lightning round's "No. No.")
    ):
        for j in answered:
            label_at[j] = Label("", "A", None, "role", "a", None, "implied")
            kinds[j] = "label"
        return
    last = max(label_at, default=-1)
    head = [line for line in lines if line.strip(BLANK_CHARS)][:_HEAD_LINES]
    if not _INTERVIEW.search("\n".join(head)):
        return  # (only a page that says, at its head, it holds an interview: not a speech's rhetorical questions)
    questions = []
    for i in range(last + 1, len(lines)):  # (the run of questions and answers below, up to a heading or a credit)
        if kinds[i] != "text":
            continue
        said = lines[i].strip(BLANK_CHARS)
        if (questions or label_at) and (title_like(said) and not asks_only(i) or _CREDIT_LINE.match(said)):
            break  # ("Read more", "Submitted by Maria Gonzalez, Elm Street"; past the page's head)
        if asks_only(i):
            questions.append(i)
    if len(questions) < _CONVENTION or len(questions) <= len(label_at):
        return
    if any((j := next_words(i)) is None or asks_only(j) for i in questions[:-1]):
        return  # (questions one after another: one speaker's questions, not a page's that each its answer follows)
    asker = answerer = None
    for i in sorted(label_at):  # (the page's first labels: one that asks, then another's that answers)
        if asker is None and lines[i][len(label_at[i].prefix) :].rstrip(BLANK_CHARS)[-1:] == "?":
            asker = label_at[i]
        elif asker is not None and label_at[i].name != asker.name:
            answerer = label_at[i]
            break
    asks = (asker or Label("", "Q", None, "role", "q"))._replace(prefix="", time=None, shape="implied")
    answers = (answerer or Label("", "A", None, "role", "a"))._replace(prefix="", time=None, shape="implied")
    if label_at and (asker is None or answerer is None):
        return  # (labels, but not a Q&A page's first question and its answer)
    for i in questions:
        j = next_words(i)
        label_at[i] = asks
        kinds[i] = "label"
        if j is not None and not asks_only(j):
            label_at[j] = answers
            kinds[j] = "label"


_QUESTION_WORDS = 60  # the most words of a line that only asks, as a Q&A page prints a question
_ANSWER_WORDS = 5  # the fewest words of a briefing's answer printed without its label
# what a page of unlabelled Q&A says it is at its head ("Interview with ...", "Q&A with ...", "In conversation with ...")
_INTERVIEW = re.compile(r"(?im:\binterview|^[ \t]*Q ?& ?A\b|\bQ ?& ?A (?:with|session)\b|\bin conversation with)")
_HEAD_LINES = 8  # the lines of words at a page's head read for what it says it is
_CREDIT_LINE = re.compile(r"(?i:submitted by|posted by|read more|related\b)|By [A-Z]")  # a page's line under a question


# A paragraph wholly in bold, as a Q&A page sets its questions: "**Is Europe doing enough?**".
_BOLD_PARAGRAPH = re.compile(r"(\*\*|__)(?=\S)(?:(?!\1).)+(?<=\S)\1[ \t]*")
_BOLD_QUESTIONS = 3  # bold paragraphs that ask, at least, where a page sets its questions so


def _bold_questions(lines: list[str], kinds: list[str], label_at: dict[int, Label]) -> set[int]:
    """Read a Q&A page that sets its questions in bold paragraphs, no label printed, as ``Q`` and ``A`` turns.

    Where three bold paragraphs or more ask (``**Is Europe doing enough?**``), and the page
    has fewer labels than that, each bold paragraph from the first that asks is a question's
    turn (a ``Q`` label that the page does not print; a ``Remark`` where it does not ask but
    is answered: ``**Thank you, Mayor.**``), and the paragraph after it, where it has no
    label of its own, opens the answer (an ``A`` label). Bold paragraphs before the first
    question (a byline, a subtitle), and those after it that ask nothing and are not answered
    or hold a colon (an editor's note, ``**Related: ...**``), stay prose. Returns the
    questions' lines.
    """
    bold = [
        i
        for i, line in enumerate(lines)
        if line[:2] in ("**", "__") and kinds[i] == "text" and _BOLD_PARAGRAPH.fullmatch(line)
    ]
    asking = [i for i in bold if "?" in lines[i]]
    if len(asking) < _BOLD_QUESTIONS or len(label_at) >= len(asking):
        return set()
    questions = {i for i in bold if i >= asking[0]}
    for i in sorted(questions):
        j = _next_words(lines, kinds, i)
        answered = j is not None and j not in questions
        asks = "?" in lines[i]
        if not asks and (not answered or ":" in lines[i]):
            questions.discard(i)  # an editor's note in bold ("**Related: ...**", "**This interview was edited.**")
            continue
        label_at[i] = Label(
            lines[i][:2], "Q" if asks else "Remark", None, "role", "q" if asks else "remark", None, "bold"
        )
        kinds[i] = "label"
        if answered:
            label_at[j] = Label("", "A", None, "role", "a", None, "bold")
            kinds[j] = "label"
    return questions


def _named_alone(lines: list[str], kinds: list[str], lex: Lexicon) -> set[str]:
    """The words that open a live caption's turn as one word and a colon after its speaker mark (``>> Alter:``) and
    are a person's name: the captions say them after a title (``Councilmember alter``), or open three turns so.

    >>> from kit.parsing.lexicon import lexicon
    >>> lines = [">> Mayor Ruiz: Councilmember Oduya.", ">> Oduya: Thank you.", ">> Motion: to adopt.", ">> Motion: no."]
    >>> sorted(_named_alone(lines, ["text"] * 4, lexicon()))
    ['Oduya']
    """
    words: Counter[str] = Counter()
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "text" and ":" in line[:40] and (found := _MARKED_WORD.match(line)):
            words[found.group(1)] += 1
    if not words:
        return set()
    words = Counter(dict(words.most_common(_NAMED_ALONE_MOST)))  # (a bounded pattern, whatever the captions hold)
    titled = set()
    pattern = re.compile(rf"([\w-]+)[ \t]+({'|'.join(map(re.escape, words))})\b", re.IGNORECASE)
    member = lex.conversation.get("member_titles", ())
    for line in lines:
        for found in pattern.finditer(line):
            title = found.group(1).lower()
            if title in lex.titles or title in member:
                titled.add(next(w for w in words if w.lower() == found.group(2).lower()))
    return titled | {word for word, n in words.items() if n >= _CONVENTION}


_NAMED_ALONE_MOST = 200  # the most words read as names after a speaker mark
_MARKED_WORD = re.compile(r"[ \t]*>>>?[ \t]*([A-Z][\w'’\-]+):")  # ">> Alter: ...": one word after the mark


def _screen_names(lines: list[str], kinds: list[str], captions: Captions, lex: Lexicon) -> dict[int, Label]:
    """The labels of a meeting's caption file that are screen names, as their owners typed them: a cue's first
    words before a colon (``Tom Whitlock for D4: Thanks.``, ``Timekeeper - Ruth: Time.``), six words at most and
    no sentence, that open two cues or more.
    """
    found: dict[int, str] = {}
    for i in captions.times:
        if kinds[i] == "text" and (named := _CUE_NAME.match(lines[i])) and lines[i][named.end() :].strip():
            name = named.group(1)
            words = name.split()
            if (
                words[0].lower() not in lex.starters
                and name[-1:] not in ".,;"
                and all(
                    not w[:1].islower() or w in _SCREEN_LINKS for w in words
                )  # (not "Next item:", "Point of order:")
                and words[-1].lower() not in lex.not_names  # (nor "Vote:")
                and name.lower() not in lex.roles
            ):
                found[i] = name
    counts = Counter(found.values())
    return {
        i: Label(
            lines[i][: len(name) + 1] + " " * (lines[i][len(name) + 1 : len(name) + 2] == " "),
            campaign.group(1) if (campaign := _CAMPAIGN.fullmatch(name)) else name,
            None,
            "name",
            None,
            None,
            "screen",
        )
        for i, name in found.items()
        if counts[name] >= 2
    }


_SCREEN_LINKS = frozenset({"for", "de", "da", "van", "von", "bin", "la", "le", "di"})  # small words a screen name holds
# A candidate's screen name, their name and what they stand for: "Tom Whitlock for D4", "Ann Lee for Mayor"
_CAMPAIGN = re.compile(rf"({PERSON_NOTE.pattern}) for [\w\-]+(?: [\w\-]+)?")
# A cue's first words before a colon: a screen name of six words at most, capitalised first ("Timekeeper - Ruth:")
_CUE_NAME = re.compile(r"([A-Z][\w'’.\-()]*(?: [\w'’.\-()|]+){0,5}):(?= |$)")


def _classify_captions(
    lines: list[str], captions: Captions, lex: Lexicon, layout: Layout
) -> tuple[list[str], dict[int, Label], Layout]:
    """A caption file's classes: cue lines (header, numbers, timings) and the cues' text, turns opened by speakers.

    A cue's speaker is its voice tag (``<v Anna>``) or a label at the start of its text
    (``ANNA: ...``, ``>> ANNA: ...``); a cue without one, or with the label of the cue
    before (as meeting software writes every cue), continues the turn before it. A
    speaker-change mark that names no one (``>>``, a dialogue dash), and a first cue before
    anyone is named, open a turn by an unnamed speaker. The turn keeps its first cue's
    start time. Words before the first cue (a page's title) are left to the prose; a web
    page's words after a video site's transcript are residue.
    """
    layout.captions = True
    kinds = ["residue" if i in captions.outside else kind for i, kind in enumerate(captions.kinds)]
    label_at: dict[int, Label] = {}
    speaking: str | None = None  # the voice of the turn so far: a cue in the same voice continues it
    # the words before the first cue's are no cue's: a title, a lead (but live captions pasted as
    # text have no cue lines: a label before the first ">>" opens its turn as anywhere else)
    start = 0 if captions.first is not None else min(captions.times, default=0)
    named_alone = _named_alone(lines, kinds, lex)
    screen = _screen_names(lines, kinds, captions, lex) if captions.times else {}
    for i, kind in enumerate(kinds):
        if kind != "text" or i < start:
            continue
        time = captions.times.get(i)
        if i in captions.voices:
            prefix, name = captions.voices[i]
            if name != speaking:
                seen = match_label(f"{name}: x", lex) or Label("", name, None, "name")
                label_at[i] = Label(prefix, seen.name, seen.note, seen.style, seen.role, time, "voice")
                speaking = name
            continue
        head = lines[i]
        marker = _CAPTION_MARK.match(head)
        said = head[marker.end() :] if marker else head
        if (
            said[:1] in "(["
            and (note := _STAGE.fullmatch(caption_text(said)))
            and len((note.group("note") or note.group("stopped")).split()) <= 10
        ):
            kinds[i] = "stage"  # a cue that only says what is heard: "[CROSSTALK]", "(MUSIC)", ">> [ CROSSTALK ]"
            continue
        label = match_label(head[marker.end() :] if marker else head, lex)
        if i in screen and (label is None or len(label.prefix) < len(screen[i].prefix)):
            label = screen[i]  # a meeting's screen name, as its owner typed it ("Tom Whitlock for D4:")
        # (a label with a colon: a caption's line breaks where the screen does, and "FIELD OFFICE." is words; one
        # word as a label only right after a speaker-change mark: ">> Alter: Thank you, mayor.")
        if (
            label is not None
            and (label.style != "single" or marker and label.name in named_alone)
            and label.shape in ("colon", "q", "screen")
        ):
            prefix = (head[: marker.end()] if marker else "") + label.prefix
            if label.name == speaking and not marker:  # the same speaker's next cue: the turn goes on
                layout.repeated_labels[i] = len(prefix)
                continue
            label_at[i] = label._replace(prefix=prefix, time=time)
            speaking = label.name
        elif marker:
            speaking = None
    # A speaker-change mark that names no one, and the first cue when no one is named yet,
    # open a turn by an unnamed speaker: no cue's words are left outside a turn.
    first = (
        captions.first
        if captions.first is not None
        else next((i for i in range(start, len(kinds)) if kinds[i] == "text"), None)
    )
    if label_at and first is not None and min(label_at) < first:
        first = None  # (a label opened the first turn already)
    for i in sorted({first, *captions.changes} - {None} - set(label_at)):
        if kinds[i] == "stage":
            continue
        marker = _CAPTION_MARK.match(lines[i])
        prefix = marker.group() if marker else ""
        label_at[i] = Label(prefix, UNNAMED_SPEAKER, None, "name", None, captions.times.get(i), "voice")
    for i in label_at:
        kinds[i] = "label"
    return kinds, label_at, layout


_CAPTION_MARK = re.compile(r"[ \t]*(?:>>>?|[-–—] )[ \t]*")

# A line that opens like a label: a capital, up to five more words, a colon and a space or the line's end.
_LABEL_LIKE = re.compile(r"[ \t]*[A-Z][\w.'’\-]*(?: [\w.'’\-]+){0,5}:(?: |[ \t]*$)")
#: What the first pass gives as the "label" of a line that looks like one but is not (see _line_class).
_LOOKS_LIKE_A_LABEL = Label("", "", None, "prose")


_CONVENTION = 3  # a label shape used this often is the document's convention
_MEMO_TRIAL = 1000  # short lines classified before asking whether they repeat
_EMPTY_LINE = ("blank", None, None)  # what _line_class gives an empty line, without a lookup
_AS_LABEL = {"colon": "and a colon", "dash": "with a full stop and a dash"}
#: The label shapes taken only where a document uses them three times or more, and how a note says them.
_CONVENTIONS = {
    "dash": "a name, a full stop and a dash",
    "bracket": "a role, an office or a name in brackets",
    "caps_stop": "a name in capitals and a full stop",
    "titled_stop": "a title, a name and a full stop",
    "caps_dash": "a name in capitals and a dash",
    "screen": "a time and a screen name that is no person's",
    "chat": "a chat log's nick in angle brackets",
    "initials": "initials and a wide gap",
    "soundbite": "a shotlist's soundbite and its speaker",
    "marked": "a record's mark, a name and a wide space",
    "titled_dash": "a title, a name and a dash",
}


def _participants(lines: list[str]) -> set[str]:
    """The names, case folded, that open a line before a dash: a page's list of who takes part (``Dan Levy -
    Barclays``, ``Jim Farley – President and Chief Executive Officer``).

    >>> sorted(_participants(["Conference Call Participants", "Dan Levy - Barclays", "Costs rose - sharply - too"]))
    ['dan levy']
    """
    found = set()
    for line in lines:
        name, dash, _ = line.partition(" - ") if " - " in line else line.partition(" – ")
        if dash and 2 <= len(name.split()) <= 4 and PERSON_NOTE.fullmatch(name.strip()):
            found.add(name.strip().casefold())
    return found


def _names_on_own_lines(
    lines: list[str],
    kinds: list[str],
    candidates: dict[int, Label],
    own: dict[int, Label],
    unbroken: set[int],
    why: dict[int, str],
    lex: Lexicon,
) -> None:
    """Take the lines that hold a name alone as labels, when that is the document's convention.

    A name line counts when the next line with text (after at most one blank) is prose, and
    the document has at least three such lines, one name at least twice. Names seen once
    count when they have a person's shape (two words or more), a time mark where most
    names have one (``Unknown Speaker  0:31``), or initials where most names are initials
    (``HB`` among ``CL`` and ``TAG``). A name right after a line of text, with no
    blank line between (a transcript pasted without its spacing), counts only when it recurs,
    or its surname does, or the page's button under it (``Share``) stands under three names or
    more, or the page's list of participants names it before a dash (``John Murphy - Bank of
    America``). A one-word name seen once counts where the line of words above it calls it
    (``Margaret, you're on the air.`` above ``MARGARET``).
    Where names on their own
    lines are the convention, a colon label that names none of their speakers (``Answer:``
    inside a turn) is prose.
    """
    found: dict[int, Label] = {}
    below: dict[int, int] = {}  # the line of words under each name
    # what a site writes under each name, the speaker's kind ("- Ellen Takahashi" / "Legislator" / "Good afternoon."):
    # a short line that stands under three names or more, like a page's button
    under = Counter(lines[i + 1].strip() for i in own if i + 2 < len(lines) and kinds[i + 1] == "text")
    tags = {
        tag
        for tag, n in under.items()
        if n >= _CONVENTION and len(tag) <= 30 and len(tag.split()) <= 3 and tag[:1].isupper() and tag[-1:].isalpha()
    }
    for i in own if tags else ():
        if i + 2 < len(lines) and kinds[i + 1] == "text" and lines[i + 1].strip() in tags and kinds[i + 2] == "text":
            kinds[i + 1] = "residue"
    for i, label in own.items():
        j = i + 1
        # a name between two rules ("-----", "Margaret Ellison, Northbridge Water plc - Chair  [3]", "-----")
        if i and j < len(lines) and kinds[j] == "separator" and kinds[i - 1] == "separator":
            j += 1
        if j < len(lines) and kinds[j] == "residue" and j + 1 < len(lines) and kinds[j + 1] == "text":
            j += 1  # a page's button under each name ("Lord Kamall (Con)" / "Share" / "My Lords, ...")
        if j < len(lines) and kinds[j] == "blank":
            j += 1
        if j < len(lines) and kinds[j] == "text" and j not in candidates and j not in own:
            listed = i - 1 in own or i > 1 and kinds[i - 1] == "blank" and i - 2 in own
            if listed and not _sentence_like(lines[j]):
                continue
            if lines[i].lstrip(BLANK_CHARS)[:2] in LIST_MARKS and (
                lines[j].rstrip(BLANK_CHARS)[-1:] not in _SAID_ENDS or _in_list(lines, i)
            ):
                continue  # a name as a list's item, above no sentence (" * Ann Lee" / "Riverside Water plc - Chair"),
                # or among other items (a speech's list: "- Mariah Solis" / "- Tom Reed" / "Welcome to you both.")  # the last of a list of names ("Call participants:"), above a line of the page's
            found[i] = label
            below[i] = j
    counts = Counter(label.name.casefold() for label in found.values())
    surnames = Counter(label.name.rsplit(" ", 1)[-1].casefold() for label in found.values())  # "Mr Betts"
    # the names of a list of who takes part, each before a dash ("John Murphy - Bank of America"), read where needed
    listed: set[str] | None = None
    # the page's button that stands under each name ("Share"), where three names or more have it
    buttons = Counter(lines[i + 1].strip() for i in found if kinds[i + 1] == "residue")
    buttoned = {i for i in found if kinds[i + 1] == "residue" and buttons[lines[i + 1].strip()] >= _CONVENTION}
    taken = {}
    if len(found) >= _CONVENTION and max(counts.values()) >= 2:
        # Where most names carry a time mark ("Anna Lee  0:21"), a timed name seen once is one too;
        # where most are initials ("CL", "TAG"), initials seen once are too.
        timed = sum(label.time is not None for label in found.values()) * 2 > len(found)
        initialled = sum(_initials_only(label) for label in found.values()) * 2 > len(found)
        taken = {
            i: label
            for i, label in found.items()
            if counts[label.name.casefold()] >= 2
            or i in unbroken
            and (
                surnames[label.name.rsplit(" ", 1)[-1].casefold()] >= 2
                or i in buttoned
                or label.style == "name"
                and label.name.casefold() in (listed := _participants(lines) if listed is None else listed)
            )
            or " " not in label.name
            and _name_called_above(lines, kinds, i, label.name)  # "... Margaret, you're on the air." above "MARGARET"
            or i not in unbroken
            and (
                (label.style in ("name", "role") or label.note and noted_holder(label.note, lex))
                and len(found) > _CONVENTION
                and _said_below(lines, below[i])  # ("Accessibility Menu" above "The Motley Fool": a site's menu)
                or timed
                and label.time is not None
                or initialled
                and _initials_only(label)
            )
        }
    for i in [i for i in taken if lines[i].lstrip(BLANK_CHARS)[:2] in LIST_MARKS and i not in buttoned]:
        del taken[i]  # (a list's items: a name as an item counts only with the site's tag under it, "Legislator")
        why[i] = "a name as a list's item, with no tag under it as a site prints its speakers"
    bracketed = {i for i in taken if lines[i].lstrip()[:1] == "["}  # "[AJAY BANGA]": the document's names so
    if len(bracketed) >= _CONVENTION and len(bracketed) * 2 > len(taken):
        for i in set(taken) - bracketed:  # (a page's list of its speakers above: "Ajay Banga" / "President, ...")
            del taken[i]
            why[i] = "a name on a line of its own, where this document's names stand in brackets"
    if len(taken) < _CONVENTION:
        for i in found:
            why[i] = "a name on a line of its own, but names on their own lines are not this document's labels"
        return
    for i in set(found) - set(taken):
        why[i] = "a name on a line of its own, seen once and not shaped like a person's name"
    for i in taken:
        if i and kinds[i + 1] == "separator" and kinds[i - 1] == "separator":
            kinds[i + 1] = "framing"  # the rule below a name between two rules: the turn's words come after it
        elif i in buttoned:
            kinds[i + 1] = "page"  # the page's button under the name ("Share"): the turn's words come after it
    if len(taken) > len(candidates):
        known = {w.casefold() for label in taken.values() for w in label.name.replace(",", " ").split()}
        for i in [i for i, label in candidates.items() if label.name.split()[-1].casefold() not in known]:
            del candidates[i]
            why[i] = "a colon label in a document whose labels are names on their own lines, naming none of them"
    candidates.update(taken)


_LISTED_LINES = 40  # lines above the first label read for a list of who speaks
_LIST_FIELD = re.compile(r"[ \t]*[A-Z][\w ]{0,30}:")  # a field's name before the list: "Speakers:", "Members present:"
# A person's name in a list: two or three capitalised words, the last one kept ("Eleonore Petermann").
_LISTED_NAME = re.compile(r"\b[A-Z][a-zà-ÿ'’\-]+ (?:[A-Z][a-zà-ÿ'’\-]+ )?([A-Z][a-zà-ÿ'’\-]+)\b")
_HEADLINE = 120  # the longest heading in capitals between turns


def _name_called_above(lines: list[str], kinds: list[str], i: int, name: str) -> bool:
    """Whether the last line of words above a one-word name line calls that name (``Here is Margaret in Ward 4.
    Margaret, you're on the air.`` above ``MARGARET``), past a time mark or a blank line.

    >>> _name_called_above(["Margaret, you're on the air.", "12:03:25", "MARGARET"], ["text", "dateline", "text"], 2,
    ...     "MARGARET")
    True
    """
    j = i - 1
    while j >= 0 and i - j <= 3 and kinds[j] != "text":
        j -= 1
    said = lines[j][-_CALL_TAIL:] if j >= 0 and kinds[j] == "text" else ""
    return bool(said) and _holds_word(said, name.capitalize() if name.isupper() else name)


_CALL_TAIL = 120  # the characters at the end of a turn read for whom it calls


def _said_below(lines: list[str], j: int) -> bool:
    """Whether the line of words under a name reads as what someone says: a sentence (:func:`_sentence_like`), or a
    short line that ends its paragraph ("Great to be here"), not one of a run of short lines (a site's menu).
    """
    if _sentence_like(lines[j]):
        return True
    after = lines[j + 1] if j + 1 < len(lines) else ""
    return not after.strip(BLANK_CHARS) or _sentence_like(after)


def _in_list(lines: list[str], i: int) -> bool:
    """Whether a list's item stands among others: the line above or below it, past a blank line, is an item too.

    >>> _in_list(["Our panel:", "- Mariah Solis", "- Tom Reed", "Welcome."], 2), _in_list(["Text.", "- Ann Lee", "Hi."], 1)
    (True, False)
    """
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(lines) and not lines[j].strip(BLANK_CHARS):
            j += step
        if 0 <= j < len(lines) and lines[j].lstrip(BLANK_CHARS)[:2] in LIST_MARKS:
            return True
    return False


def _sentence_like(line: str) -> bool:
    """Whether a line reads as what someone says: five words or more, a sentence's end or one broken off.

    >>> _sentence_like("Thank you."), _sentence_like("The Motley Fool"), _sentence_like("I would like to begin")
    (True, False, True)
    >>> _sentence_like("Mister --"), _sentence_like("Well…")
    (True, True)
    """
    return len(line.split()) >= 5 or line.rstrip(BLANK_CHARS)[-1:] in _SAID_ENDS


def _caps_headings(lines: list[str], kinds: list[str], label_at: dict[int, Label]) -> None:
    """Mark the headings in capitals between turns: ``ORAL ARGUMENT OF GRANT CALLOWAY ON BEHALF OF THE PETITIONER``.

    A paragraph of one line in capitals, with no sentence's end, between blank lines, right
    before a label, in a document whose words are written in small letters (its turns' first
    lines mostly are), is an editor's heading (``"headline"``, a heading in the end): it ends
    the turn above it. (Capitals that a speaker reads out, "MAKE AMERICA GREAT AGAIN", go on
    in their turn: no label follows them.)
    """
    found = [
        i
        for i in range(min(label_at) + 1, len(lines) - 1)  # (above the first turn, the document's own headings)
        if kinds[i] == "text"
        and not lines[i - 1].strip(BLANK_CHARS)
        and not lines[i + 1].strip(BLANK_CHARS)
        and len(lines[i]) <= _HEADLINE
        and lines[i].isupper()
        and lines[i].rstrip(BLANK_CHARS)[-1:] not in SENTENCE_ENDS
        and sum(ch.isalpha() for ch in lines[i]) >= 4
        and i + 2 in label_at
    ]
    if not found:
        return
    said = [lines[i][len(label.prefix) :] for i, label in label_at.items()]
    if sum(words.isupper() for words in said) * 4 < len(said):  # (not live captions, all in capitals)
        for i in found:
            kinds[i] = "headline"


def _initials_only(label: Label) -> bool:
    """Whether a label is initials alone: two or three capitals (``CL``, ``TAG``)."""
    return label.style == "single" and 2 <= len(label.name) <= 3 and label.name.isalpha() and label.name.isupper()


def _below_label(line: str, label: Label, i: int, candidates: dict[int, Label]) -> bool:
    """Whether a label's line stands right below another label's line, its words said from a capital (``MR BEER:
    ... can you see and hear me?`` / ``SIR WYN WILLIAMS: Yes.``; not ``Mr. Nebenzia: so the record reads``).
    """
    return i - 1 in candidates and line[len(label.prefix) : len(label.prefix) + 1].isupper()


def _caps_opening(line: str, label: Label) -> bool:
    """Whether a label is a name in capitals whose words open with a capital (``SUP. SOLIS: Thank you``), as a
    hard-wrapped record sets each speaker's label after a sentence's end; not ``Note: the figures``.

    >>> from kit.parsing.labels import match_label
    >>> [_caps_opening(t, match_label(t)) for t in ["SUP. SOLIS: Thank you.", "Anna Lee: Thank you.", "MS. LEE: the"]]
    [True, False, False]
    """
    name = label.name
    return (
        label.shape == "colon"  # (not a list's "THE PRESIDENT — Dana Whitfield")
        and len(name) > 2
        and (" " in name or "." in name or label.style == "role")  # (a title and a name, or a role: "SPEAKER:";
        # not a minute's "RESOLVED:", "MOTION:", "NOTE:")
        and name.isupper()
        and line[len(label.prefix) : len(label.prefix) + 1].isupper()
    )


def _set_in(line: str, above: str) -> bool:
    """Whether a label's line is set in far deeper than the line above, as a court reporter sets each speaker's
    label ("            MR. MARSH:  Not from the government." below "the record outside the presence of the jury.").

    >>> _set_in("            MR. MARSH:  No.", "  the record."), _set_in("  MR. MARSH:  No.", "the record.")
    (True, False)
    """
    lead = len(line) - len(line.lstrip(" \t"))
    return lead >= _SET_IN and lead - (len(above) - len(above.lstrip(" \t"))) >= _SET_IN // 2


_SET_IN = 8  # the least indent of a label set in deep, a court reporter's


def _ends_paragraph(line: str, width: int, noted: bool = False, lex: Lexicon | None = None) -> bool:
    """Whether a line of hard-wrapped text ends its paragraph before a label: a sentence's end well short
    of the width, or any sentence's end before a label with a note (``Mr. Nebenzia (Russian Federation):``);
    or a line of less than half the width (a heading: "Questions from COUNSEL TO THE INQUIRY").

    >>> _ends_paragraph("I give the floor to Mr. Wennesland.", 90), _ends_paragraph("we met on", 90)
    (True, True)
    >>> _ends_paragraph("the ministers met on the Tuesday and the Wednesday before the", 70)
    False
    >>> _ends_paragraph("We have commissioned a review led by Prof.", 70), _ends_paragraph("he told me:", 70)
    (False, False)
    >>> _ends_paragraph("12 A. I'm sorry, my Lady.", 60), _ends_paragraph("That is a matter for the U.S.", 40, True)
    (True, True)
    """
    stripped = line.rstrip(BLANK_CHARS)
    last = stripped[stripped.rfind(" ") + 1 :]
    # (a person's title shortened by a stop, "Prof." or "Dr.", not "the U.S." nor "40 km.")
    if last[-1:] == "." and last[:1].isupper() and "." not in last[:-1] and last.lower() in (lex or lexicon()).titles:
        return False  # "... a review led by Prof." / "A. Kumar and her team": a name runs on
    if len(stripped) * 2 < width and (stripped[-1:] not in ":," or noted and stripped[-1:] == ":"):
        return True  # (not a lead-in: "told me, word for word:"; but "BY MR. MARSH:" above a Q.)
    return stripped[-1:] in SENTENCE_ENDS and (noted or len(stripped) * 4 <= width * 3)


# A table of contents' entry: dot leaders, then the page number, at the line's end.
_CONTENTS_ENTRY = re.compile(r"(?:\. ?){8,}\s*(?:[ivxlc]+|\d{1,4})$")  # (not a pause: "Final answer..... 206")
_SAID_ENDS = SENTENCE_ENDS | frozenset("-–—…:")  # (and words broken off: "Mister --")


def _line_class(line: str, lex: Lexicon, marks: _Marks) -> tuple[str, Dateline | None, Label | None]:
    """A line's kind from its own text, with its dateline or label if it has one."""
    stripped = line.strip(BLANK_CHARS)
    if not stripped:
        return "blank", None, None
    if len(stripped) <= _SHORT:
        kind, dateline = _short_kind(line, stripped, marks)
        if kind != "text":
            return kind, dateline, None
    elif stripped[0] in "Cc©" and len(stripped) <= 400 and _LONG_COPYRIGHT.fullmatch(line):
        return "residue", None, None
    if "........" in stripped and _CONTENTS_ENTRY.search(stripped, max(0, len(stripped) - 40)):  # (its end: linear)
        return "residue", None, None  # a table of contents' entry ("2. Deputy M. Tadier : ........ 8"): no turn
    label = None
    if ("OUNDBITE" in line[:40] or "oundbite" in line[:40]) and (label := _soundbite(line, lex)) is not None:
        return "text", None, label
    if ":" in line[:_LABEL_REACH]:
        label = match_label(line, lex)
        if label is None and _LABEL_LIKE.match(line):
            return "text", None, _LOOKS_LIKE_A_LABEL
    elif (
        stripped[0] == "Q"
        or stripped[:2] in ("A.", "A:")
        or ". " in stripped[2:60]
        and STOP_START.match(stripped)
        or ". " in stripped[60:140]  # (a title, a name and an office after a comma: "Mr Marc Rouvier, Minister ...")
        and stripped[stripped.find(" ", 1, 14) + 1 : stripped.find(" ", 1, 14) + 2].isupper()
        and STOP_START.match(stripped)
        or stripped[0] in "(<["  # "(Reporter)  ...", "<mod_sam> ...", "[Governor] ..."
        or line[1:2].isupper()
        and ("  " in line[2:6] or "\t" in line[2:6])  # "TAG        Thank you.": initials and a wide gap
        or DASH_MARK.search(line, 0, _LABEL_REACH)  # "President. – ..."
        or (stripped[1:2].isupper() or stripped[:1].isupper())
        and (
            " – " in line[:_LABEL_REACH] or " — " in line[:_LABEL_REACH]
        )  # "MR. PRESIDENT (...) – ...", "President Lula — "
        or stripped[0] in RECORD_MARKS  # "○Chairman (Tsuruho Yosuke-kun)\u3000We will now open ..."
    ):
        label = match_label(line, lex)
    numbered = stripped[0].isdigit()
    if (label is None or label.shape == "titled_stop" or numbered) and (
        line.find(" asked the ", 0, _ASKED_REACH) >= 0
        or line.find(" to ask the ", 0, _ASKED_REACH) >= 0
        or numbered
        and stripped[-1] == ":"
        and line.find(" of the ", 0, _ASKED_REACH) >= 0
    ):
        # a printed question ("The Hon. Member for Garff (Mrs Caine) to ask the ...:"; not "The Hon." as a label,
        # nor "2.1 Deputy M. Tadier of St. Brelade of the Minister ... regarding ...:" as one long name)
        label = _asked(line, lex) or label
    if label is None and "hoto" in line and len(stripped) <= 300 and _CAPTION.search(line):
        return "caption", None, None
    if label is None and ("-!-" in line[:20] or "* " in line[:12]) and _CHAT_EVENT.match(line):
        return "stage", None, None  # a chat log's notice ("-!- sam has joined") or action ("* Rahman waves")
    return "text", None, label


# A news agency's shotlist: a time, "SOUNDBITE", the language, the speaker and what they are, then what they say
# ("00:00:14 SOUNDBITE (in English) by Paschal DONOHOE, President of the Eurogroup, on the outlook: The euro ...").
_SOUNDBITE = re.compile(
    r"[ \t]*(?:\d{1,3}\.[ \t]*)?(?:(?P<time>\d{1,2}:\d{2}(?::\d{2})?)[ \t]+)?(?i:soundbite)[ \t]*:?[ \t]*"
    r"(?:\((?:in )?(?P<language>[A-Za-z][A-Za-z ]{1,30})\)[ \t]*)?(?:by[ \t]+)?"
    r"(?P<name>[A-Z][^,:()\n]{2,60}?)[ \t]*(?:,[^:\n]{0,250})?:[ \t]"
)


def _soundbite(line: str, lex: Lexicon) -> Label | None:
    """The speaker of a shotlist's soundbite, or ``None``.

    >>> _soundbite("00:00:14 SOUNDBITE (in English) by Paschal DONOHOE, President of the Eurogroup: We agreed.",
    ...     lexicon()).name
    'Paschal Donohoe'
    >>> _soundbite("3. SOUNDBITE: (English) Anna Lee, Mayor of Riga: It is done.", lexicon()).note
    'English'
    >>> _soundbite("The soundbite was cut: we lost it.", lexicon()) is None
    True
    """
    found = _SOUNDBITE.match(line)
    if found is None:
        return None
    named = match_name_line(found.group("name"), lex)
    if named is None or named.style not in ("name", "caps"):
        return None
    return Label(
        line[: found.end()],
        cased_name(named.name),
        found.group("language"),
        "name",
        None,
        found.group("time"),
        "soundbite",
    )


def _heading_above(line: str) -> bool:
    """Whether a line right above a printed question is its heading: short, and no sentence ends on it nor goes on
    past it (``2. Waiting lists – Orthopaedic surgery``; not ``I asked him,``, ``A. Yes.`` nor a speech's long line).

    >>> [_heading_above(x) for x in ["2. Hospital beds", "HEALTH AND SOCIAL CARE", "as I said,", "A. Yes.", "x" * 90]]
    [True, True, False, False, False]
    """
    stripped = line.strip()
    return 0 < len(stripped) <= 60 and stripped[-1] not in ",;:-–—.?!" and not stripped[0].islower()


# A printed question: its number, the member who asked it, and "asked the" whom ("1. Deputy Eoin Ó Broin asked the
# Minister for Housing ...", "T1. Ms Hunter asked ...", "HON. I.B. SERUIRATU asked the Government, upon notice:"),
# or "to ask the" on an order paper ("The Hon. Member for Garff (Mrs Caine) to ask the Minister for Infrastructure:"),
# or, numbered, "of the" ("2.1 Deputy M. Tadier of St. Brelade of the Minister for the Environment regarding ...:").
_ASKED = re.compile(
    r"(?P<lead>[ \t]*(?P<number>[A-Z]?\d{1,4}(?:\.\d{1,3}){0,3}\.?[ \t]+)?)(?P<name>[A-Z][^\n:;?!]{1,100}?)[ \t]+(?P<verb>asked|to ask|of) the (?=[A-Z]|hon\b|honourable\b)"
)  # (and "asked the hon. Minister of Public Utilities:", as a Hansard may print it)
_ASKED_REACH = 140  # the characters of a line read for a printed question's "asked the"


def _asked(line: str, lex: Lexicon) -> Label | None:
    """The label of a printed question's member, or ``None``: the line opens with the question's number, or with
    the member's name in capitals, or ends with a colon (``... asked the Government, upon notice:``); not a
    sentence that tells who asked whom (``Yesterday the Opposition asked the Minister ...``).

    >>> _asked("2. Ms Bradshaw asked the Minister of Health what steps he is taking.", lexicon()).name
    'Ms Bradshaw'
    >>> _asked("Yesterday the Opposition asked the Minister about rents.", lexicon()) is None
    True
    >>> _asked("The Hon. Member for Garff (Mrs Caine) to ask the Minister for Infrastructure:", lexicon()).note
    'Mrs Caine'
    >>> _asked("2.1 Deputy M. Tadier of St. Brelade of the Minister for Health regarding beds (OQ.2/2025):", lexicon()).name
    'Deputy M. Tadier of St. Brelade'
    >>> _asked("Members of the Committee:", lexicon()) is None
    True
    >>> _asked("2. Senator Warren of the Banking Committee has asked for these documents:", lexicon()) is None
    True
    """
    found = _ASKED.match(line)
    if found is None:
        return None
    name = found.group("name")
    colon = line.rstrip(BLANK_CHARS)[-1:] == ":"
    if not (found.group("number") or name.split("(", 1)[0].strip().isupper() or colon):
        return None
    if found.group("verb") == "of" and not (
        found.group("number") and colon and line[found.end() :].split(" ", 1)[0].lower() in lex.titles
    ):
        return None  # "2.1 Deputy M. Tadier of St. Brelade of the Minister for ...:", numbered, of an office, only
    named = match_name_line(name, lex)
    if named is None or named.style not in ("name", "caps"):
        return None
    return Label(line[: found.end("name") + 1], named.name, named.note, named.style, None, None, "asked")


# A name line as a parliament's web page shows it, its photograph's text before the name and its links after:
# "Photo of Peter DuttonPeter Dutton (Dickson, Liberal Party) Share this | | Hansard source".
_PHOTO_OF = re.compile(r"[ \t]*(?:Photo|Image|Portrait|Picture) of ")
_LINKS_AFTER = re.compile(r"[ \t]+(?i:share(?: this)?|link to this|permalink|hansard source)\b")


def _web_name(line: str) -> str | None:
    """The name and note between a web page's photograph text and its links, or ``None`` when the line has neither.

    >>> _web_name("Photo of Milton DickMilton Dick (Speaker) Share this | | Hansard source")
    'Milton Dick (Speaker)'
    >>> _web_name("Anna Lee"), _web_name("Photo of the day")
    (None, None)
    """
    start, end = 0, len(line)
    photo = _PHOTO_OF.match(line) if "of " in line[:16] else None
    if photo is not None:  # the photograph's text is the name again: "Photo of Milton DickMilton Dick"
        rest = line[photo.end() : photo.end() + 130]
        size = next((k for k in range(2, min(60, len(rest) // 2) + 1) if rest[:k] == rest[k : 2 * k]), 0)
        if not size:
            return None
        start = photo.end() + size
    links = (
        _LINKS_AFTER.search(line, start, start + 200) if "hare" in line or "ource" in line or "ink" in line else None
    )
    if links is not None:
        end = links.start()
    if photo is None and links is None:
        return None
    name = line[start:end].strip(BLANK_CHARS)
    return name if 2 <= len(name) <= 150 else None


def _called_above(lines: list[str], i: int, candidates: dict[int, Label]) -> bool:
    """Whether the turn right above line ``i`` (its label's line, a blank between them at most) ends by calling
    the one-word name of the label on line ``i`` (``... from Joe, a retired teacher from Wigan. Joe.``).
    """
    j = i - 1 if i and lines[i - 1].strip(BLANK_CHARS) else i - 2
    above = candidates.get(j)
    if above is None or above.style == "single":
        return False
    return _holds_word(lines[j], candidates[i].name, len(above.prefix))


def _holds_word(said: str, word: str, start: int = 0) -> bool:
    """Whether ``said`` holds ``word`` as a whole word, from ``start`` on (a plain search: no pattern compiled
    for each name).

    >>> _holds_word("Joe, a teacher. Joe.", "Joe"), _holds_word("Joel spoke.", "Joe")
    (True, False)
    """
    at = said.find(word, start)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _in_word(said[at - 1])) and (end == len(said) or not _in_word(said[end])):
            return True
        at = said.find(word, at + 1)
    return False


def _in_word(ch: str) -> bool:
    """Whether a character may stand inside a word (a letter, a digit, an apostrophe, a hyphen)."""
    return ch.isalnum() or ch in "_'’-"


_LOWER_NAME = re.compile(r"[a-zß-öø-ÿ'’\-]{2,20}(?: [a-zß-öø-ÿ'’\-]{2,20}){1,2}")


def _lower_case_names(lines: list[str]) -> dict[str, str]:
    """The lines that hold a name in small letters alone (``sabrina tavernise``), as a podcast's page prints its
    speakers, each with the name as the text writes it elsewhere (``I'm Sabrina Tavernise``): two or three words,
    on their line twice or more, and written with capitals somewhere in the text, or its first name at least
    (``Niraj, welcome to the show.`` for ``niraj chokshi``).

    >>> _lower_case_names(["sabrina tavernise", "From the Times, I'm Sabrina Tavernise.", "", "sabrina tavernise",
    ...     "so what happened", "so what happened"])
    {'sabrina tavernise': 'Sabrina Tavernise'}
    """
    counts = Counter(line.strip() for line in lines if line[:1].islower() and _LOWER_NAME.fullmatch(line.strip()))
    names = [name for name, count in counts.most_common(_LOWER_NAMES) if count >= 2]
    if not names:
        return {}
    text = "\n".join(lines)
    found = {}
    for name in names:
        for written in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text, re.IGNORECASE):
            if all(word[:1].isupper() for word in written.group(0).split()):
                found[name] = written.group(0)
                break
        else:  # (or its first name, with a capital: "Niraj, welcome to the show." for "niraj chokshi")
            first = name.split()[0]
            if re.search(rf"(?<![\w'’-]){re.escape(first.capitalize())}(?![\w'’-])", text):
                found[name] = " ".join(word.capitalize() for word in name.split())
    return found


_LOWER_NAMES = 20  # the most names in small letters looked for in the text
_CREDIT = re.compile(r"[ \t]*[A-Z][a-z]+ed by ")  # "Hosted by ...", "Produced by ...": a credit, no speaker's name


def _written(name: str) -> str:
    """A name in capitals as people write it: ``AJAY BANGA`` -> ``Ajay Banga``."""
    return " ".join(person_case(w) for w in name.split())


def _caps_person(name: str, lex: Lexicon) -> bool:
    """Whether words in capitals are a person's name: two to four name words, none a stage note's ``-ING``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_caps_person(n, lexicon()) for n in ["AJAY BANGA", "MUSIC PLAYING", "APPLAUSE", "END OF TAPE"]]
    [True, False, False, False]
    """
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w.isalpha() or "-" in w or "'" in w for w in words)
        and not any(w.endswith("ING") or w.lower() in lex.title_connectors for w in words)
        and a_person(" ".join(map(person_case, words)), lex)
    )


def _name_length(line: str) -> bool:
    """Whether a line is short enough to be a name on its own: 90 characters, or 160 for an office and its holder's
    name in brackets ("Minister of State at the Department of Housing, ... (Deputy Kieran O'Donnell)").
    """
    return len(line) <= 90 or len(line) <= 160 and line.rstrip()[-1:] == ")"


def _name_line(line: str, lex: Lexicon) -> Label | None:
    """:func:`kit.parsing.labels.match_name_line` of a line, past a web page's photograph text and links around
    the name (``Photo of Peter DuttonPeter Dutton (Dickson, Liberal Party) Share this | | Hansard source``).
    """
    name = _web_name(line)
    if name is None:
        if _CREDIT.match(line):
            return None  # a page's credits: "Hosted by Sabrina Tavernise", "Produced by Rikki Novetsky"
        return match_name_line(line, lex) if _name_length(line) else None
    named = match_name_line(name, lex)
    return named._replace(prefix=line) if named is not None else None


# "The Taoiseach:", "The Presiding Officer (Alison Johnstone):": "The", up to four capitalised
# words, a note in brackets, a colon and a space.
_THE_TITLE = re.compile(r"The((?: [^\W\d_][\w'’\-]*){1,4})(?: ?\(([^()\n]{1,80})\))?: ")


def _title_phrase(line: str, lex: Lexicon) -> Label | None:
    """A title phrase that opens ``line`` as a label would (``The Taoiseach: ...``), or ``None``.

    Its words are capitalised and none starts a sentence or is prose: such a phrase is taken
    only where the document uses it as a label twice or more (:func:`_take_title_phrases`).

    >>> from kit.parsing.lexicon import lexicon
    >>> _title_phrase("The Presiding Officer (Alison Johnstone): Order.", lexicon())[1:4]
    ('The Presiding Officer', 'Alison Johnstone', 'caps')
    >>> _title_phrase("The problem: we never asked.", lexicon()), _title_phrase("The Taoiseach thanked him.", lexicon())
    (None, None)
    """
    found = _THE_TITLE.match(line)
    if found is None:
        return None
    words = found.group(1).split()
    if not all(w[0].isupper() for w in words):
        return None
    if any(w in lex.starters or w in lex.prose_words or w in lex.not_names for w in map(str.lower, words)):
        return None
    return Label(line[: found.end()], "The" + found.group(1), found.group(2), "caps")


def _take_title_phrases(
    phrases: dict[str, list[tuple[int, Label]]], candidates: dict[int, Label], why: dict[int, str]
) -> None:
    """Take the title phrases a labelled document uses as labels twice or more (``The Taoiseach:``).

    A phrase used once, or in a document with no other labels, stays prose.
    """
    if len(candidates) < 2:
        return
    labels = {label.name for label in candidates.values()}  # ("The Tánaiste (Micheál Martin):" is one already)
    for name, found in phrases.items():
        if len(found) < 2 and name not in labels:
            continue
        for i, label in found:
            candidates[i] = label
            why.pop(i, None)


def _drop_lone_shapes(lines: list[str], candidates: dict[int, Label], why: dict[int, str]) -> None:
    """Drop the label shapes that count only as a document's convention, where it has none.

    ``A.`` answers only beside ``Q`` labels; ``Q`` with one space (``Q Street will close``)
    counts only where ``Q`` labels recur or someone answers it; a name used once, among
    speakers who recur, whose words run on in lower case (``Governor Smith: that is how the
    papers called me``) is a quotation, not a turn.
    """
    listed = [label.name for label in candidates.values()]
    q_labels = listed.count("Q")
    lone: set[str] = set()
    # Where most names are used once, no quotation stands out. (With more than three names in
    # four distinct, more than half are used once: told without counting them.)
    if len(set(listed)) * 4 <= len(listed) * 3:
        names = Counter(listed)
        if Counter(names.values())[1] * 2 <= len(candidates):
            lone = {name for name, count in names.items() if count == 1}
    if not lone and (q_labels >= 2 or not q_labels and all(label.role != "a" for label in candidates.values())):
        return  # nothing here counts only as a convention: Q labels recur, or there are no Q and no A labels
    shaped = [i for i, label in candidates.items() if label.role in ("a", "q") or lone and label.name in lone]
    for i in shaped:
        label = candidates[i]
        start = len(label.prefix)
        if label.role == "a" and not q_labels:
            why[i] = "an A label, but no Q labels to answer"
        elif label.role == "q" and q_labels < 2 and label.prefix.endswith("Q ") and not _answered(lines, candidates, i):
            why[i] = "a Q and one space, but Q labels are not this document's convention and no one answers it"
        elif (
            label.name in lone
            and label.style != "role"
            and label.shape == "colon"
            and lines[i][start : start + 1].islower()  # among other labels: a quotation in someone's turn
        ):
            why[i] = "a name and a colon used once, the words after it in lower case: a quotation"
        else:
            continue
        del candidates[i]


def _answered(lines: list[str], candidates: dict[int, Label], i: int) -> bool:
    """Whether the next line with words after line ``i`` opens another turn."""
    j = i + 1
    while j < len(lines) and j <= i + 3 and not lines[j].strip(BLANK_CHARS):
        j += 1
    return j in candidates


# A court record names who examines the witness on a line of its own: "BY MR. HOLLAND:", "CROSS-EXAMINATION BY
# MS. LEE:", "QUESTIONED BY MS VERNIER: (Continuing)".
_EXAMINER = re.compile(
    r"[ \t]*(?:(?:(?:DIRECT|RE-?DIRECT|RE-?CROSS|FURTHER)[ \t-]+)?(?:CROSS-)?EXAMINATION[ \t]+|(?:QUESTIONED|EXAMINED)[ \t]+)?"
    r"BY[ \t]+((?:[A-Z][A-Za-z'’\-]*\.?[ \t]+){0,3}[A-Z][A-Za-z'’\-]+)[ \t]*:[ \t]*(?:\([A-Za-z' ’.]{1,30}\)[ \t]*)?"
    # (an inquiry's "Questioned by MR BEER", "Cross-examined by Ms Lee", "Further examination by MR X (continued)")
    r"|[ \t]*(?i:(?:further[ \t]+|re-?)?(?:questioned|examined|cross-examined|(?:(?:re-?)?direct[ \t]+|cross-)?"
    r"examination)[ \t]+by)[ \t]+((?:[A-Z][A-Za-z'’\-]*\.?[ \t]+){0,3}[A-Z][A-Za-z'’\-]+)[ \t]*:?[ \t]*"
    r"(?:[(\[][A-Za-z' ’.]{1,30}[)\]][ \t]*)?"  # (and "Cross-examination by Mr. Petrovic: [Continued]")
)


def _mark_examiners(lines: list[str], kinds: list[str], candidates: dict[int, Label], layout: Layout) -> None:
    """Take ``BY MR. HOLLAND:`` lines out of the labels: an editor's line naming who asks the ``Q.`` below it."""
    for i, line in enumerate(lines):
        head = line.lstrip(" \t")[:40]  # (a heading set far in: "                  Cross-examination by ...")
        found = _EXAMINER.fullmatch(line) if kinds[i] == "text" and ("BY " in head or "by " in head) else None
        if found is None:
            continue
        words = (found.group(1) or found.group(2)).split()
        if len(words) < 2:
            continue  # ("Questioned by Reporters": a heading, no examiner's name)
        layout.examiners[i] = " ".join(w.capitalize() if w.endswith(".") else person_case(w) for w in words)
        _editors(
            i, kinds, candidates, layout, "a court record's line naming the examiner who asks the questions below it"
        )


def _editors(i: int, kinds: list[str], candidates: dict[int, Label], layout: Layout, why: str | None = None) -> None:
    """Make line ``i`` an editor's line that names who speaks below it: no label, no words said."""
    candidates.pop(i, None)
    kinds[i] = "editorial"
    if why:
        layout.not_labels[i] = why


# A record's line that swears a witness in: "PROFESSOR MARK WOOLHOUSE (affirmed)", "MR JOHN SMITH (sworn)",
# "Dr Anna Lee (recalled)", a line number of the margin before it.
_SWORN = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+)?((?:[A-Z][A-Za-z'’\-.]*[ \t]+){1,5}[A-Z][A-Za-z'’\-]+),?[ \t]*"
    r"\((?i:sworn|affirmed|duly sworn|re-?sworn|recalled|on oath|on affirmation)\)[ \t]*"
)


# A record's heading that names the witness who answers from there on: "WITNESS:  DRAGAN MARKOVIC [Resumed]".
_INDEX_WORDS = frozenset({"direct", "cross", "redirect", "recross", "page", "exhibit", "exhibits", "index"})
_WITNESS_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+)?WITNESS:[ \t]+([A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){1,4})[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?"
)
# A line that swears in a witness it does not name: "(The witness was sworn.)", "(Witness duly affirmed.)".
_SWORN_UNNAMED = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+)?\((?i:the )?(?i:witness)(?: was)?(?: duly)? (?i:sworn|affirmed)\.?\)[ \t]*"
)
# A witness's name in capitals and a comma, on its own line above the words that swear them in ("DANIEL REYES,").
_SWORN_NAME = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+)?([A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){1,4}),[ \t]*")
# The judge a court record's head names: "BEFORE THE HONORABLE ELENA M. CASTILLO, JUDGE".
_BEFORE = r"[ \t]*(?:\d{1,2}[ \t]+)?BEFORE(?: THE)? (?:HONORABLE|HONOURABLE|HON\.) ([A-Z][A-Z.'’\- ]{2,60}?)"
_JUDGES = r"\b(?:JUDGE|JUSTICE|MAGISTRATE|COMMISSIONER)\b"
_BEFORE_JUDGE = re.compile(rf"{_BEFORE},? {_JUDGES}.*")  # the judge and the office on one line
_BEFORE_NAME = re.compile(rf"{_BEFORE}[ \t]*")  # the judge alone, the office on the next line
_JUDGE_BELOW = re.compile(rf"[ \t]*(?:\d{{1,2}}[ \t]+)?[A-Z .]{{0,60}}{_JUDGES}[A-Z .]{{0,30}}")


def _before_judge(lines: list[str], i: int) -> re.Match | None:
    """The judge a court record's caption names: ``BEFORE THE HONORABLE ELENA M. CASTILLO, JUDGE``, or the name on
    its line and the office on the next (``BEFORE THE HONORABLE ANNA M. RUSSO`` / ``UNITED STATES DISTRICT JUDGE``).
    """
    found = _BEFORE_JUDGE.fullmatch(lines[i])
    if found is None and (found := _BEFORE_NAME.fullmatch(lines[i])) is not None:
        if i + 1 >= len(lines) or not _JUDGE_BELOW.fullmatch(lines[i + 1]):
            return None
    return found


_OATH_REACH = 12  # the lines below a witness's name read for the oath
_OATH_LINES = 6  # of them, the lines with words


def _mark_witnesses(
    lines: list[str], kinds: list[str], candidates: dict[int, Label], layout: Layout, lex: Lexicon
) -> None:
    """Take the lines that swear a witness in (``PROFESSOR MARK WOOLHOUSE (affirmed)``) out of the labels and
    the prose: an editor's line naming who answers the ``A.`` below it.
    """
    for i, line in enumerate(lines):
        if "itness" in line and kinds[i] in ("text", "stage") and _SWORN_UNNAMED.fullmatch(line):
            layout.witnesses[i] = None  # "(The witness was sworn.)": someone not yet named answers from here on
            continue
        found = _SWORN.fullmatch(line) if ("(s" in line or "(a" in line or "(r" in line or "(o" in line) else None
        if found is None and "WITNESS:" in line:
            found = _WITNESS_HEADING.fullmatch(line)
            if found and not set(found.group(1).lower().split()).isdisjoint(_INDEX_WORDS):
                found = None  # a transcript's index ("WITNESS:  DIRECT  CROSS  REDIRECT"), no witness
        if found is None and line.rstrip()[-1:] == "," and (found := _SWORN_NAME.fullmatch(line)):
            # "DANIEL REYES," above "called as a witness on behalf of the State, having been first duly sworn, ..."
            # (the oath's lines may run on past a page's foot and head: the next lines with words, a page's aside)
            oath = " ".join([line for line in lines[i + 1 : i + _OATH_REACH] if line.strip(BLANK_CHARS)][:_OATH_LINES])
            found = found if "witness" in oath and ("sworn" in oath or "affirmed" in oath) else None
        if found is None or kinds[i] not in ("text", "label"):
            continue
        person = split_name(" ".join(found.group(1).split()), lex)[1]
        if not person or " " not in person:
            continue
        layout.witnesses[i] = person
        _editors(i, kinds, candidates, layout, "a record's line that swears in the witness who answers the A. below it")


# A record's line that puts someone in the chair, or takes them out of it: "[The Speaker (Hon. Moses Wetang'ula) in
# the Chair]", "[The Deputy Speaker (Hon. Gladys Boss Shollei) took the Chair]", "(Mr. Anthony Rota) left the Chair".
_CHAIR_LINE = re.compile(
    r"[ \t]*[\[(]?(?:(?:The|Mr\.?|Madam|Madame)[ \t]+)?([A-Z][A-Za-z\-]*(?:[ \t]+[A-Z][A-Za-z\-]*){0,3})?[ \t]*"
    r"(?:\(([^()\n]{3,80})\)|,[ \t]*([^(),\n]{3,80}),)[ \t]+(in|took|takes|resumed|resumes|left|leaves|vacated)"
    r"[ \t]+the[ \t]+[Cc]hair\.?[\])]?\.?([ \t]+(?:at|and)[ \t][^\n]{0,160})?[ \t]*"
)  # (and on in a sentence: "The SPEAKER (Maree Edwards) took the chair at 9:32 am, read the prayer and ...";
# or between commas: "(The Speaker, Ms Anita Among, in the Chair.)")


# "IN THE CHAIR: ROBERTA METSOLA", as a verbatim report heads each sitting's part: who presides from there on.
_IN_THE_CHAIR = re.compile(r"[ \t]*IN THE CHAIR:?[ \t]+([A-Z][\w'’.\-]*(?:[ \t]+[\w'’.\-]+){1,4})[ \t]*")
# "Deputy Brian Stanley in the Chair.", as a committee's record opens: a titled name, no office's
_NAMED_IN_THE_CHAIR = re.compile(
    r"[ \t]*[\[(]?([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,4})[ \t]+in the Chair\.?[\])]?\.?[ \t]*"
)


def _mark_chairs(
    lines: list[str], kinds: list[str], candidates: dict[int, Label], layout: Layout, lex: Lexicon
) -> None:
    """Read the lines that say who is in the chair (``[The Speaker (Hon. Moses Wetang'ula) in the Chair]``): an
    editor's line, naming who speaks under the office's label (``Hon. Speaker:``) from there on.
    """
    text = "\n".join(lines)
    if "hair" not in text and "BEFORE" not in text and "CHAIR" not in text:
        return  # (most texts, at once)
    for i, line in enumerate(lines):
        if "hair" not in line and "BEFORE" not in line and "CHAIR" not in line:
            continue
        if kinds[i] == "text" and "BEFORE" in line[:40] and (judge := _before_judge(lines, i)):
            person = split_name(" ".join(judge.group(1).split()), lex)[1]  # "THE COURT:" is the judge named
            if person and " " in person:
                layout.chairs[i] = ("court", cased_name(person))
            continue
        if (
            kinds[i]
            not in ("text", "stage")  # (a stage's brackets too: "(The Speaker, Ms Anita Among, in the Chair.)")
            or "the Chair" not in line
            and "the chair" not in line
            and "THE CHAIR" not in line[:20]
        ):
            continue
        found = _CHAIR_LINE.fullmatch(line)
        if found is not None and found.group(5) and i and lines[i - 1].strip(BLANK_CHARS):
            continue  # (a sentence that goes on, inside a speech: "The Premier (Jacinta Allan) took the chair at ...")
        # "IN THE CHAIR: ROBERTA METSOLA", "Deputy Brian Stanley in the Chair."
        if found is None and (named := _IN_THE_CHAIR.fullmatch(line) or _NAMED_IN_THE_CHAIR.fullmatch(line)):
            person = split_name(" ".join(named.group(1).split()), lex)[1]
            if person and " " in person:
                layout.chairs[i] = ("", cased_name(person))  # (whoever presides, under any office's label)
                _editors(i, kinds, candidates, layout)
            continue
        if found is None:
            continue
        office, bracketed, between, verb, _ = found.groups()
        person = split_name((bracketed or between).strip(), lex)[1]
        if not person or not office:
            continue
        low = office.lower()
        layout.chairs[i] = (low, None if verb in ("left", "leaves", "vacated") else cased_name(person))
        _editors(i, kinds, candidates, layout)


_HEADING_REST = 5  # the most words after the colon of a heading in capitals ("NCAA TOURNAMENT: FIRST ROUND")


_QUOTED = re.compile(r"[\"“‘'«][^\"“”‘’'«»\n]{1,120}[\"”’'»]")  # words that are one quotation, its marks around it
_HEADLINE_WORDS = 12  # the most words of a headline that quotes its speaker
_QUOTE_ENDS = frozenset("\"”’'»")  # how a quotation ends


def _drop_quoted_headlines(lines: list[str], candidates: dict[int, Label], why: dict[int, str]) -> None:
    """Drop a page's headline that quotes its speaker (``Kaja Kallas: 'Putin only understands strength'``): a label
    whose words are one short quotation, on a line of its own, and no label on the next line with words.
    """
    ends = _QUOTE_ENDS
    for i in [
        i for i in candidates if lines[i][-1:] in ends or lines[i][-1:] in " \t" and lines[i].rstrip()[-1:] in ends
    ]:
        said = lines[i][len(candidates[i].prefix) :].strip()
        if not _QUOTED.fullmatch(said) or len(said.split()) > _HEADLINE_WORDS:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip(BLANK_CHARS):
            j += 1
        if j < len(lines) and j not in candidates:
            del candidates[i]
            why[i] = "a headline that quotes its speaker, above the page's words: not a turn"
    # Or, unquoted, the page's first label, its name used once, a few words that end no sentence on a line of their
    # own above words that open no turn ("PM: Mediation is a responsibility, not a privilege" / "Published: ...")
    first = next(iter(candidates), None)
    if first is None:
        return
    said = lines[first][len(candidates[first].prefix) :].strip(BLANK_CHARS)
    name = candidates[first].name
    below = next((j for j in range(first + 1, min(len(lines), first + 4)) if lines[j].strip(BLANK_CHARS)), None)
    if (
        said
        and candidates[first].style != "role"  # (not "ANNOUNCER: Ladies and gentlemen, the President")
        and said[:1].isupper()  # (not a caption's "Mike Ross: hey everyone welcome back")
        and said[-1] not in SENTENCE_ENDS
        and said[-1] not in ",;:-–—"
        and 3 <= len(said.split()) <= _HEADLINE_WORDS
        and any(w[:1].islower() for w in said.split())  # (a phrase, not a header's field: "LAWYERS:   Grant Calloway")
        and below is not None
        and below > first + 1  # (a line of its own: not a paragraph's first, wrapped, line)
        and below not in candidates
        and not any(label.name == name for k, label in candidates.items() if k != first)
    ):
        del candidates[first]
        why[first] = "a headline that quotes its speaker, above the page's words: not a turn"


def _drop_title_label(
    lines: list[str], kinds: list[str], candidates: dict[int, Label], lex: Lexicon, why: dict[int, str]
) -> None:
    """Drop a "label" on a document's first line that is its title, not a speaker.

    ``POST-CABINET PRESS CONFERENCE: MONDAY, 4 MARCH 2024``, ``ParlInfo - QUESTIONS WITHOUT
    NOTICE : Cost of Living``, ``NCAA MEN'S BASKETBALL TOURNAMENT: FIRST ROUND``: the first
    line with text, its name used once, naming a kind of event
    (:func:`kit.parsing.events.event_named`) or before a few words that end no sentence, all
    in capitals or each capitalised, with no turn opening below it.
    """
    while (first := next(iter(candidates), None)) is not None:
        label = candidates[first]
        rest = lines[first][len(label.prefix) :].strip(BLANK_CHARS)
        named = label.style != "role" and event_named(label.name, lex) is not None
        # (below a site's words too where it names a kind of event before a date or a title's words:
        # "Post-Cabinet Press Conference: Monday, 13 October 2025" under "Home > Speech")
        if "text" in kinds[:first] and not (named and title_like(rest)):
            return
        # (in capitals, or in words that each open with one: "Social Housing: Energy Efficiency")
        cased = label.name.isupper() and rest.isupper() or all(w[:1].isupper() for w in f"{label.name} {rest}".split())
        headed = cased and 0 < len(rest.split()) <= _HEADING_REST and title_like(rest)
        if headed:  # (a heading stands alone above what it heads: a blank line below it, the next words open no turn)
            after = next((j for j in range(first + 1, min(len(lines), first + 6)) if lines[j].strip(BLANK_CHARS)), None)
            headed = after is not None and after > first + 1 and after not in candidates
        if label.style == "role" or not (headed or named):
            return
        if sum(1 for other in candidates.values() if other.name == label.name) != 1:
            return
        del candidates[first]
        why[first] = "the first line, a heading or naming a kind of event: the title, not a speaker"


# What a printed page's running header or footer holds that a sentence seldom does: a gap of three spaces or
# more between words ("05.03.2024        Page 2"), four digits or more, or a code of capitals and digits.
_FURNITURE_HINT = re.compile(r"\S {3,}\S|\d\D{0,3}\d\D{0,3}\d\D{0,3}\d|[A-Z]{2,}-[A-Z0-9-]*\d")
_PHONE = re.compile(r"\(?\d{2,4}\)?[ .\-]?\d{3,4}[ .\-]\d{3,4}\b")  # "(503) 326-8182"; not "(D-CA-12)", "(2019-2024)"
_CODE = re.compile(r"[A-Z0-9][A-Z0-9/.\-]*\d[A-Z0-9/.\-]*")  # "MLI-OTP-P-0417": an identifier, not words said
_FURNITURE_LINE = 120  # a running header or footer is short
_NUMBERED_LINE = re.compile(r"^[ \t]*\d{1,2}[ \t]+")  # a court record's line number before the line's words
# A label's words in capitals, and perhaps a page's number ("LIVE FEED PG.2", "LIVE FEED")
_PAGED = re.compile(r"([A-Z0-9][A-Z0-9 /&'’\-]{0,60}?)(?:[ \t]+(?:PG|PAGE|P)\.?[ \t]?\d{1,4})?[ \t]*")
_PAGE_NUMBER = re.compile(rf"\s*{_PAGE}\s*")  # (a page's number is in no turn's words; "8 of 16" is residue)
_FURNITURE_PAGES = 3  # printed on three pages at least
_PAGE_LINES = 10  # the fewest lines of a printed page
_FURNITURE_HEAD = 400  # lines: the first pages, where the header or footer shows first


def _drop_page_furniture(lines: list[str], kinds: list[str], candidates: dict[int, Label], why: dict[int, str]) -> None:
    """Take a printed page's running headers and footers out of the text.

    A line of ``_FURNITURE_HINT``'s shape (``05.03.2024        Page 2``,
    ``ICC-01/12-02/22-T-088-Red-ENG WT 05-03-2024 2/41 T``) that recurs three times or more,
    its digits aside, a page apart each time, is the page's, not words said; so is a label line
    whose words are one code (``WITNESS: MLI-OTP-P-0417`` atop each page), wherever it recurs as
    written, its line's number aside, where three of those stand a page apart, or words in
    capitals that some pages number (``MEDIA ID: LIVE FEED PG.2``). (Lines said one after
    another that differ in a year are no page's.)
    """
    if not any("   " in line or _DIGIT.search(line) for line in lines[:_FURNITURE_HEAD]):
        return  # (no digit and no wide gap on the first pages: no page's header or footer; read at once)
    shapes: dict[str, list[int]] = {}
    paged: set[str] = set()  # the labels' lines whose page number is printed on one page at least
    coded: set[str] = set()  # the labels' lines whose words are one code ("WITNESS: DAR-OTP-P-0935")
    labelled = candidates.get
    hint = _FURNITURE_HINT.search
    for i, line in enumerate(lines):
        if len(line) > _FURNITURE_LINE or kinds[i] != "text":
            continue
        label = labelled(i)
        if label is not None and label.shape == "own_line":
            if label.time is not None or _PHONE.search(line) is None:
                continue  # (a name alone on its line; but a reporter's name and number at each page's foot)
            key = " ".join(_DIGIT.sub("0", line).split())
        elif label is not None:
            if label.style == "name" or label.shape == "q":
                continue  # (a person's label; "A. 1999.": an answer)
            if _CODE.fullmatch(line, len(label.prefix)):
                key = _NUMBERED_LINE.sub("", line).strip(BLANK_CHARS)  # (its line's number aside: "8 WITNESS: ...")
                coded.add(key)
            elif (page := _PAGED.fullmatch(line, len(label.prefix))) is not None:
                # "MEDIA ID: LIVE FEED PG.2" atop each page, "MEDIA ID: LIVE FEED" atop the first: its page aside
                key = "\0" + line[: page.end(1)].strip(BLANK_CHARS)
                if page.end(1) < page.end():
                    paged.add(key)
            else:
                continue
        elif hint(line) is None or "-->" in line:
            continue  # (a caption's cue timing, "00:00:01.000 --> 00:00:02.000", is no page's)
        else:
            key = " ".join(_DIGIT.sub("0", line).split())
        shapes.setdefault(key, []).append(i)
    for key, found in shapes.items():
        # on three pages at least: a page apart each time (not lines said one after the other that differ in a number)
        # (and a label's words in capitals only with a page's number: "THE COURT: OVERRULED" is said again and again)
        # (a code's line, on three pages at least, is the page's wherever it stands: "8 WITNESS: DAR-OTP-P-0935" in
        # the record too, as the witness comes in)
        if key in coded:
            apart = [found[0]]
            for i in found[1:]:
                if i - apart[-1] >= _PAGE_LINES:
                    apart.append(i)
            spaced = found if len(apart) >= _FURNITURE_PAGES else []
        else:
            spaced = found if all(b - a >= _PAGE_LINES for a, b in pairwise(found)) else []
        if len(spaced) >= _FURNITURE_PAGES and (key[:1] != "\0" or key in paged):
            for i in spaced:
                candidates.pop(i, None)
                kinds[i] = "page"  # (a turn runs on across it: kit.parsing.lines.segment; residue in the end)
                why[i] = "a printed page's running header or footer, on every page: not words said"


def _drop_header_fields(lines: list[str], candidates: dict[int, Label], lex: Lexicon, why: dict[int, str]) -> None:
    """Drop the fields of a transcript's header: labels before the turns that hold a list, not words said.

    ``PARTICIPANTS:`` or ``MODERATOR:`` alone on a line with names below it, ``SUBJECTS: Housing;
    the Greens; interest rates.``: among the first labels, each used once, with nothing after it
    but names or titles (lines without a sentence's end) or a list split by semicolons; and a
    role that asks nothing before a speaker's name (``Speaker: Julie Kozack, Director``, ``Host:
    Jane Smith``) where that speaker has turns below. The header ends at the first label with
    words said after it. Before them, a table of fields, one a line (``Session No: 2``,
    ``Sitting Date: 5-3-2024``): three labels or more in a row, each used once, with a short
    value that ends no sentence, perhaps past a dated field alone above it (``Report: 6 February
    2024``). Anywhere, a list of who speaks, names parted by semicolons (``MPs Speaking: Mr Yip
    Hon Weng; The Minister for Health (Mr Ong Ye Kung); ...``), is no turn.
    """
    # A table of fields, each on the line after the other ("Session No: 2", "Sitting Date: 5-3-2024",
    # "Title: Oral Answers"): three or more such labels in a row, each used once, with a short value
    # that ends no sentence.
    table: list[int] = []
    skip = 0  # the first labels, up to the table's last
    for k, (i, label) in enumerate(islice(candidates.items(), _TABLE_FIELDS)):
        value = lines[i][len(label.prefix) :].strip(BLANK_CHARS)
        if (
            label.style == "name"  # (a person answers a roll call: "Maria Lopez: Present"; a field has a number
            and not any(ch.isdigit() for ch in value)  # or a word that names no one: "Session No: 2", "Title: ...")
            and label.name.rsplit(" ", 1)[-1].lower() not in lex.not_names
            or not value
            or len(value) > _FIELD_VALUE
            or TERMINAL.search(value)
        ):
            break
        if table and i != table[-1] + 1:  # (a field alone above the table: "Report: 6 February 2024")
            first = candidates[table[0]]
            if len(table) >= 3 or not any(ch.isdigit() for ch in lines[table[0]][len(first.prefix) :]):
                break  # (not past words said: "CLERK: Roll call" above "COUNCILMEMBER ALVAREZ: Here")
            table = []
        table.append(i)
        skip = k + 1
    if len(table) >= 3:  # (each used once: counted only where the first labels are such a table, seldom)
        # (in that shape: a page's who's who, "THE PRESIDENT — Dana Whitfield, board president", above the turns'
        # "[00:00:06] THE PRESIDENT: Good evening")
        used = Counter((label.name, label.shape) for label in candidates.values())
        table = list(takewhile(lambda i: used[candidates[i].name, candidates[i].shape] == 1, table))
    skip = skip if len(table) >= 3 else 0
    order = list(islice(candidates.items(), skip, skip + _HEADER_FIELDS + 1))
    fields: list[int] = table if len(table) >= 3 else []
    names: list[str] | None = None
    surnames: set[str] | None = None
    lists = lex.conversation.get("list_headings", ())
    for k, (i, label) in enumerate(order[:_HEADER_FIELDS]):
        end = order[k + 1][0] if k + 1 < len(order) else len(lines)
        first = lines[i][len(label.prefix) :].strip(BLANK_CHARS)
        below = [line for line in lines[i + 1 : min(end, i + _FIELD_LIST)] if line.strip(BLANK_CHARS)]
        # (a list that stands alone as its paragraph: a heading may follow after a blank line)
        listed = first.count("; ") >= 2 and "?" not in first and (not below or not lines[i + 1].strip(BLANK_CHARS))
        # (or only numbers: "44th President of the United States: 2009 ‐ 2017", a page's field, not words said)
        listed = listed or bool(first) and not any(ch.isalpha() for ch in first) and len(_NUMBERS.findall(first)) <= 3
        # (or who is there, as a list's heading says: "Councilors Present: Chair Hope Castellano, Vice Chair ...")
        listed = listed or label.name.rsplit(" ", 1)[-1].lower() in lists and _roll(first)
        # (names below it, up to the next label: "MEMBERS PRESENT:" above a legislature's roll, office by office)
        named = not first and below and end - i <= _FIELD_LIST and all(_names(line) for line in below)
        if (
            not named
            and first
            and label.style != "name"
            and (label.style != "role" or lex.roles[label.key]["role"] not in ("journalist", "audience"))
            and _people(first, lex)  # (a person's name: not "Host: Welcome")
        ):
            # "LAWYERS:   Grant Calloway", the list's other names below (not "Question: Thank You Jane Smith", a question)
            block = list(takewhile(lambda line: line.strip(BLANK_CHARS), lines[i + 1 : min(end, i + 6)]))
            named = not TERMINAL.search(first) and all(_names(line) for line in block)
        # "Julie Kozack, Director, IMF": the name before the titles; "The Rt Hon the Baroness Heather Hallett DBE": the
        # name without the titles before it and the letters after it
        person = without_honours(first[:_FIELD_VALUE].split(",", 1)[0].split(), lex)
        if (
            not (listed or named)
            and label.style == "role"
            and label.key in _CREDITS
            and PERSON_NOTE.fullmatch(first)
            and sum(c.name == label.name for c in candidates.values()) == 1
        ):
            named = True  # "Interviewer: Marc Hoffmann": the page's credit, above turns its outlet's label asks
        if (
            not (listed or named)
            and label.style == "role"
            and lex.roles[label.key]["role"] in ("staff", "official")  # (a question is no field)
            and 2 <= len(person) <= 3
            and all(word[:1].isupper() for word in person)
            and _names(first)
        ):
            # "Speaker: Julie Kozack, Director, IMF", "Host: Jane Smith": a field that names a speaker of the turns
            if surnames is None:
                surnames = {c.name.rsplit(" ", 1)[-1].casefold() for c in candidates.values() if c.style != "role"}
            named = person[-1].casefold() in surnames
        if not (listed or named) or label.shape == "q":
            break  # words said (or a Q, which asks): the turns begin
        if names is None:
            names = [c.name for c in candidates.values()]
        if names.count(label.name) > 1:
            break  # a speaker who speaks again
        fields.append(i)
    if len(fields) < len(candidates):
        for i in fields:
            del candidates[i]
            why[i] = "a field of the transcript's header (a label used once, with names or a list after it)"
    # A list of who speaks, anywhere: names split by semicolons ("MPs Speaking: Mr Yip Hon Weng; The Minister for
    # Health (Mr Ong Ye Kung); Mr Gerald Giam Yean Song"), at the head of each part of a record
    for i in [i for i, label in candidates.items() if lines[i].count("; ") >= 2]:
        parts = lines[i][len(candidates[i].prefix) :].strip(BLANK_CHARS).split("; ")
        if len(parts) >= 3 and all(_names(part) and PERSON_NOTE.search(part) for part in parts):
            del candidates[i]
            why[i] = "a list of who speaks (names parted by semicolons), not words said"
    # (or by commas, below a list's heading: "MPs Speaking: Ms Tan Hui Min, Mr Ong Ye Kung (Minister for Health)")
    for i in [i for i, label in candidates.items() if label.name.rsplit(" ", 1)[-1].lower() in lists]:
        value = lines[i][len(candidates[i].prefix) :].strip(BLANK_CHARS)
        if "," in value and _roll(value) and PERSON_NOTE.search(value):
            del candidates[i]
            why[i] = "a list of who speaks (names parted by commas below a list's heading), not words said"


def _drop_field_tables(
    lines: list[str], kinds: list[str], candidates: dict[int, Label], lex: Lexicon, why: dict[int, str]
) -> None:
    """Drop the fields of a table of fields anywhere, at the head of each part of a record: labels on three lines in a
    row at least, each with a number or a field's word and a short value that ends no sentence (``Session No: 1``,
    ``Volume No: 96``, ``Sitting Date: 14-10-2025``), used only so. The table's lines are the page's, no one's words.
    A person's label with a number after it is no field (``Candidate Ellis: 1,500``, a lightning round's answer).
    """
    fieldish = []
    for i, label in candidates.items():
        if label.shape != "colon":
            continue
        last = label.name[label.name.rfind(" ") + 1 :].lower()
        field_word = last in lex.not_names or last in _FIELD_WORDS  # ("Session No", "Sitting Date")
        if not field_word and label.style == "name":
            continue  # (a person's name, most labels, at once)
        value = lines[i][len(label.prefix) :].strip(BLANK_CHARS)
        if _field_value(value) and (field_word or any(ch.isdigit() for ch in value)):
            fieldish.append(i)
    if not fieldish:
        return
    run_of: dict[int, range] = {}  # each line of a table -> the table's lines (each table read once)
    for i in fieldish:
        if i not in run_of and _table_field(lines[i]):
            table = _table_lines(lines, i)
            for j in table:
                run_of[j] = table
    used = Counter(label.name for label in candidates.values())
    as_field = Counter(candidates[i].name for i in fieldish)
    # (each such label used only so, in a table here or alone in another part's: "Session No: 1")
    tabled = {candidates[i].name for i in fieldish if len(run_of.get(i, ())) >= 3}
    tables: set[range] = set()  # the tables whose fields were dropped
    for i in fieldish:
        name = candidates[i].name
        if name in tabled and used[name] == as_field[name]:
            del candidates[i]
            why[i] = "a field of a table of fields (a number or a field's word after it, lines in a row)"
            if len(run_of.get(i, ())) >= 3:
                tables.add(run_of[i])
    for table in tables:  # (each table's lines, below a turn's words too: the page's, no one's; not figures read out in
        # a turn, "Total spending: $16.5 billion", right below its words)
        if table.start > 0 and lines[table.start - 1].strip(BLANK_CHARS) and kinds[table.start - 1] != "heading":
            continue
        for j in table:
            if kinds[j] == "text" and j not in candidates:
                kinds[j] = "page"


_FIELD_WORDS = frozenset({"no", "no.", "nos", "number", "num", "vol", "volume"})  # a field's last word: "Session No"


def _field_value(value: str) -> bool:
    """Whether what follows a field's colon is a field's value: short, and no sentence (``1``, ``14-10-2025``)."""
    return bool(value) and len(value) <= _FIELD_VALUE and not TERMINAL.search(value)


def _table_lines(lines: list[str], i: int) -> range:
    """The lines of the table of fields that line ``i`` stands in: the lines in a row around it, each a field's name, a
    colon and a short value (``Session No:   1`` / ``Volume No:   96``); a table where there are three or more.

    >>> len(_table_lines(["BROADCAST DATE:   23/02/25", "REPEAT:   27/02/25", "DURATION:   28 minutes", ""], 1))
    3
    >>> len(_table_lines(["Anna Lee: 12 minutes.", "Tom Roe: Yes", "Anna Lee: 3"], 2))
    2
    """
    start = end = i
    while start - 1 >= 0 and _table_field(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and _table_field(lines[end + 1]):
        end += 1
    return range(start, end + 1)


def _table_field(line: str) -> bool:
    """Whether a line is a field of a table: a field's name, a colon and a short value (``Sitting No:   8``)."""
    found = _TABLE_FIELD.match(line)
    return found is not None and _field_value(line[found.end() :].strip(BLANK_CHARS))


_TABLE_FIELD = re.compile(r"[ \t]*[A-Z][\w .'’/&-]{0,30}:[ \t]+")  # a field's name and its colon ("Sitting Date:   ")


# A court record's heading over its words said, its letters spaced or not: "P R O C E E D I N G S".
_PROCEEDINGS = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+)?P ?R ?O ?C ?E ?E ?D ?I ?N ?G ?S[ \t]*")
_CAPTION_LINES = 400  # the most lines of a court record's caption, appearances and index


def _drop_caption(lines: list[str], candidates: dict[int, Label], why: dict[int, str]) -> None:
    """Drop the labels above a court record's ``PROCEEDINGS``: its caption, appearances and index
    (``COURT REPORTER:   Dana K. Whitfield``, ``APPEARANCES:``), not words said.
    """
    if not candidates or next(iter(candidates)) >= _CAPTION_LINES:
        return
    start = next((i for i, line in enumerate(lines[:_CAPTION_LINES]) if _PROCEEDINGS.fullmatch(line)), None)
    if start is None or not any(i > start for i in candidates):
        return
    above = [i for i in candidates if i < start]
    if any(TERMINAL.search(lines[i][len(candidates[i].prefix) :]) for i in above):
        return  # (words said above the heading: a meeting's call to order, not a court's caption)
    for i in above:
        del candidates[i]
        why[i] = "a court record's caption, appearances or index, above its PROCEEDINGS: not words said"


_NUMBERS = re.compile(r"\d+")  # (a field's years, "2009 - 2017"; not a countdown's "10, 9, 8, ... 0.")
_HEADER_FIELDS = 6  # the most labels a transcript's header holds
_FIELD_LIST = 60  # the most lines of names below a field's label alone on its line ("MEMBERS PRESENT:")
_TABLE_FIELDS = 20  # the most fields of a table at a transcript's head
_FIELD_VALUE = 60  # the most characters of a field's value there

# A phone number, an e-mail address or a web address, and nothing else.
_CONTACT = re.compile(
    r"[ \t]*(?:\+?\(?\d[\d ().\-]{5,}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+)[ \t]*"
)


_CONTACT_STARTS = ("+", "(", *"0123456789", "http", " ", "\t")  # how a phone number or a web address begins


def _drop_contact_fields(lines: list[str], kinds: list[str], candidates: dict[int, Label], why: dict[int, str]) -> None:
    """Drop the labels of a contact block (``PHONE: +1 202 623-7100``, ``EMAIL: media@imf.org``): no words said.

    Only one-word labels and labels in capitals are looked at (a phone's label is a word, ``Tel:``, ``E-mail:``).
    The line just above such a field that names a contact (``PRESS OFFICER: Julie Ziegler``) is
    part of the block. The block's lines are kept as ``residue``.
    """
    fields = [
        i
        for i, label in candidates.items()
        if label.style in ("single", "caps")  # (most labels are told at once: names, roles, "Q")
        and (lines[i].startswith(_CONTACT_STARTS, len(label.prefix)) or "@" in lines[i] or "www." in lines[i])
        and _CONTACT.fullmatch(lines[i], len(label.prefix)) is not None
    ]
    for i in fields:
        j = i - 1
        while j >= 0 and not lines[j].strip(BLANK_CHARS):
            j -= 1
        label = candidates.get(j)
        if label is not None and label.style != "name" and APPOINTEE.fullmatch(lines[j], len(label.prefix)):
            del candidates[j]
            kinds[j] = "residue"
            why[j] = "the name of a contact, above their phone number or address: not words said"
        if i in candidates:
            del candidates[i]
            kinds[i] = "residue"
            why[i] = "a contact field (a phone number, an e-mail or a web address), not words said"


def _people(value: str, lex: Lexicon) -> bool:
    """Whether a field's value is a person's name, or several joined, each perhaps with what they are after a comma.

    Written as people write names or in capitals (``JIM SANDERS``, ``DEREK HALL & MARISA COLE``,
    ``ANGELA PRICE, THE WICHITA EAGLE``), but no sentence (``GOOD EVENING AND WELCOME``).

    >>> from kit.parsing.lexicon import lexicon
    >>> [_people(v, lexicon()) for v in ["Jane Smith", "DEREK HALL & MARISA COLE", "ANGELA PRICE, THE WICHITA EAGLE"]]
    [True, True, True]
    >>> [_people(v, lexicon()) for v in ["Welcome", "GOOD EVENING AND WELCOME", "THANK YOU, JIM"]]
    [False, False, False]
    """
    capitals = value.isupper()
    for part in re.split(r"\s*(?:&|;|\band\b|\bAND\b)\s*", value):
        name = part.split(",", 1)[0].strip()
        if capitals:
            if any(w.lower() in lex.starters or w.lower() in lex.title_connectors for w in name.split()):
                return False  # ("GOOD EVENING", "THANK YOU"): a sentence's words in capitals
            name = " ".join(person_case(w) for w in name.split())
        if PERSON_NOTE.fullmatch(name) is None:
            return False
    return True


_CREDITS = frozenset({"interviewer", "reporter", "correspondent"})  # the role fields that credit a page's writer


def _roll(line: str) -> bool:
    """Whether a line reads as a roll of names, however long: no sentence's end, most words capitalised.

    >>> _roll("Chair Hope Castellano, Vice Chair Raymond Dube, Councilors Adrienne Pike, Jonah Ellsworth and Kyle Brandt")
    True
    >>> _roll("Thank you all for coming tonight."), _roll("")
    (False, False)
    """
    words = line.split()
    return bool(words) and not TERMINAL.search(line) and sum(w[:1].isupper() for w in words) * 3 > len(words) * 2


def _names(line: str) -> bool:
    """Whether a line reads as names and titles: no sentence's end, most words capitalised.

    A list's separator may end the line (``Governor Ron DeSantis (FL);``).

    >>> _names("Former Vice President Joe Biden (D) and"), _names("Ladies and gentlemen, the President of the United States")
    (True, False)
    >>> _names("Governor Ron DeSantis (FL);"), _names("We will win;"), _names("Ms HE Ting Ru (Sengkang).")
    (True, False, True)
    """
    line = line.rstrip(BLANK_CHARS).rstrip(";,")
    if line.endswith(")."):  # (a roll's line closed by a stop after its brackets: "Ms HE Ting Ru (Sengkang).")
        line = line[:-1]
    words = line.split()
    return title_like(line) and sum(w.lstrip('("“')[:1].isupper() for w in words) * 2 > len(words)


def _drop_empty_labels(lines: list[str], kinds: list[str], candidates: dict[int, Label], why: dict[int, str]) -> None:
    """A label with no words after it, and no text on the lines below, opens no turn.

    Such a line (``Q`` alone, a label whose words were cut) is kept as ``residue``.
    """
    # (a line longer than its label that does not end in a blank has words after it: most lines, told at once)
    for i in [
        i
        for i, label in candidates.items()
        if (lines[i][-1:] in BLANK_CHARS or len(lines[i]) <= len(label.prefix))
        and not lines[i][len(label.prefix) :].strip(BLANK_CHARS)
    ]:
        j = i + 1
        while j < len(lines) and kinds[j] in ("blank", "framing", "page") and j - i <= 3:
            j += 1  # (past a page's button under the name: "Share")
        if j >= len(lines) or kinds[j] != "text" or j in candidates:
            del candidates[i]
            kinds[i] = "residue"
            why[i] = "a label with no words after it and none below"


def _drop_appointments(lines: list[str], candidates: dict[int, Label], lex: Lexicon, why: dict[int, str]) -> None:
    """Drop the lines of a list of appointments (``Minister of Defence: Sergei Shoigu.``).

    Two or more such lines in a row, each a title and a colon and a name alone, are a
    list in a statement, not turns.
    """

    def listed(i: int) -> bool:
        if not 0 <= i < len(lines):
            return False
        title, colon, rest = lines[i][:300].partition(":")
        return (
            bool(colon)
            and 2 <= len(title) <= 200
            and APPOINTEE.fullmatch(rest) is not None
            and rest.split()[0].lower().strip(".") not in lex.titles
        )

    marked = {
        i
        for i, label in candidates.items()
        if label.style != "role"
        and lines[i].find(" ", len(label.prefix)) >= 0  # (at once for most lines)
        and " " in lines[i][len(label.prefix) :].strip()  # a name has two words
        and listed(i)
    }
    for i in marked:
        before, after = i - 1, i + 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if listed(before) or listed(after):
            del candidates[i]
            why[i] = "a line of a list of appointments (a title, a colon and a name)"
    # a header's field that names who chairs, beside other fields: "Time: ..." / "Chairman: Convener Ma Wenjun" /
    # "Location: ..."
    for i, label in list(candidates.items()):
        rest = lines[i][len(label.prefix) :].strip()
        if not (2 <= rest.count(" ") + 1 <= 5 and _TITLED_NAME.fullmatch(rest)):
            continue
        before, after = i - 1, i + 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if any(0 <= j < len(lines) and j not in candidates and _FIELD_LINE.match(lines[j]) for j in (before, after)):
            del candidates[i]
            why[i] = "a header's field (a title, a colon and a name, beside other fields: Time:, Location:)"


# a title or a name alone after a colon: "Convener Ma Wenjun", "Jim Sanders"
_TITLED_NAME = re.compile(r"(?:[A-Z][a-z]+\.? ){0,2}[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2}")
# a header's field: "Time: Wednesday, March 12, 2025", "Location: Conference Room 101"
_FIELD_LINE = re.compile(
    r"[ \t]*(?:Time|Date|Location|Venue|Place|Location and time|Attendance|Present|Recorder|Clerk)s?:[ \t]+\S"
)


def _short_kind(line: str, stripped: str, marks: _Marks) -> tuple[str, Dateline | None]:
    """The kind of a short line from its own text alone (or ``"text"``), and its dateline."""
    first = stripped[0]
    if first in SEPARATOR_STARTS and SEPARATOR.fullmatch(line):
        return "separator", None
    if first in "0123456789[(" and len(stripped) <= 12 and _OFFSET.fullmatch(stripped):
        return "cue", None  # a recording's time alone on its line ("00:03:41"): it stays in the turn it falls in
    if (first.isdigit() or first in "ADFJMNOPSTW") and _DIGIT.search(stripped):  # a date has a number
        found = _DATELINE.fullmatch(line)
        if found:
            return "dateline", Dateline(found, time_only=False)
        found = _TIMELINE.fullmatch(line)
        if found:
            return "dateline", Dateline(found, time_only=True)
    if first in "<[…." and _EDITORIAL_GAP.fullmatch(line):
        return "gap", None  # reported as "editorial"; unlike "To be continued." it stays in a turn
    if first in marks.editorial_starts and marks.editorial.fullmatch(line):
        return "editorial", None
    if first in marks.ends_starts and ("nds" in stripped or "NDS" in stripped) and marks.ends.fullmatch(line):
        return "editorial", None
    if (
        (first.isdigit() or first in marks.residue_starts)
        and (
            ":" not in stripped
            or "://" in stripped
            or stripped[-1] == ":"
            or first in "LlRrTt"
            and stripped.partition(":")[0].lower() in _COLON_RESIDUE
        )
        and marks.residue.fullmatch(line)
    ):  # ("Page 4": a printed page's number, which a turn runs on across)
        return ("page" if first == "P" and _PAGE_NUMBER.fullmatch(line) else "residue"), None
    if first in "([" and (found := _STAGE.fullmatch(line)):
        if len((found.group("note") or found.group("stopped")).split()) <= 10:
            return "stage", None
    if (
        stripped[-1] in "g—–-"  # (the last character of each ending: most lines are told at once)
        and stripped.endswith(("interjecting—", "interjecting", "interjecting–", "interjecting-"))
        and _INTERJECTING.fullmatch(line)
    ):
        return "stage", None
    return "text", None


def segment(kinds: list[str], label_at: dict[int, Label]) -> list[Turn]:
    """Group lines into turns: a label line, then text until a boundary.

    Blank lines, stage notes and ``<…>`` gaps inside a turn stay in it; trailing ones do not. So
    do a page's running header or footer (``"page"``) and the rule under a name set between two
    rules (``"framing"``): the turn runs on across them, and its words leave them out.

    Args:
        kinds: the kind of every line (:func:`classify`).
        label_at: the :class:`Label` of each line that opens a turn.

    Returns:
        The turns in order, each with its line indices (0-based).

    >>> from kit.parsing.labels import match_label
    >>> [t.lines for t in segment(["label", "text", "blank", "separator"], {0: match_label("Q: Hi")})]
    [[0, 1]]
    """
    turns: list[Turn] = []
    current: Turn | None = None
    pending: list[int] = []
    for i, kind in enumerate(kinds):
        if kind == "label":
            current = Turn(label_at[i], [i])
            turns.append(current)
            if pending:  # (a new list only where the last was used)
                pending = []
        elif current is None:
            continue
        elif kind == "text":
            if pending:
                current.lines.extend(pending)
                pending = []
            current.lines.append(i)
        elif kind in ("blank", "stage", "gap", "cue"):
            pending.append(i)
        elif kind in ("page", "framing"):  # a page's running header or footer, the rule under a name set between
            pending.append(i)  # two rules: the turn runs on across them (its words leave them out: kit.parsing)
        else:
            current, pending = None, []
    return turns
