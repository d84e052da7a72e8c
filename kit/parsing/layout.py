"""What a source's layout is, from its lines: front matter, a blog's footer, hard wrapping, a copier's header.

Part of the first pass of the parser (:mod:`kit.parsing.lines`): each function looks at
the whole source, or a bounded window of it, once.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

__all__ = [
    "SEPARATOR",
    "TERMINAL",
    "SENTENCE_ENDS",
    "BLANK_CHARS",
    "front_matter",
    "mark_footer",
    "wrap_width",
    "paragraph_indent",
    "foreign_header",
    "strip_margin",
]

#: A rule between parts: ``* * *``, ``-----``, ``###``, a Markdown table's rule.
SEPARATOR = re.compile(r"\s*(?:(?:[-–—―_=~*•·#]\s*){3,}|\\?#{3}|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?)\s*")
#: How a sentence ends: a mark, then closing quotes or brackets.
TERMINAL = re.compile(r"[.!?:;,…]['’\"”)\]]*\s*$")
_FOREIGN = ("HANGUL", "CJK", "HIRAGANA", "KATAKANA", "CYRILLIC", "ARABIC", "HEBREW", "THAI")
_LABEL_START = re.compile(r"[^\W\d_][^:\n]{0,80}:|Q(?!\w)")  # what may start a turn, roughly
#: What a blank line may hold.
BLANK_CHARS = " \t\u00a0\u2007\u202f\u200b\u200e\u200f\ufeff"


def front_matter(lines: list[str], kinds: list[str]) -> dict[str, str] | None:
    """Mark a YAML front matter block (``---`` / ``key: value`` / ``---``) at the top.

    Args:
        lines: the source's lines.
        kinds: the kind of every line; the block's lines become ``front_matter``.

    Returns:
        The block's fields (keys lower case), or ``None`` when there is no block.
    """
    if not lines or lines[0].strip() != "---":
        return None
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
                return fields
            return None
    return None


def _table_row(line: str) -> bool:
    return line.count("|") >= 2 and line.rstrip().endswith("|")


def mark_footer(lines: list[str], kinds: list[str]) -> None:
    """Mark a trailing run of table rows (a blog's list of other posts).

    Args:
        lines: the source's lines.
        kinds: the kind of every line; the footer's become ``blog_footer`` (or ``blank``).

    Returns:
        Nothing: ``kinds`` is changed in place.
    """
    i = len(lines) - 1
    rows = []
    while i >= 0:
        line = lines[i]
        if not line.strip():
            i -= 1
            continue
        if _table_row(line) or "|" in line and SEPARATOR.fullmatch(line):
            rows.append(i)
            i -= 1
            continue
        break
    if len(rows) >= 2:
        for j in range(rows[-1], len(lines)):
            kinds[j] = "blog_footer" if lines[j].strip() else "blank"


def wrap_width(lines: list[str], kinds: list[str]) -> int:
    """The width of hard-wrapped text (nine in ten of its lines are no longer), or 0 for text that is not.

    Hard-wrapped text has short lines, blank lines between paragraphs, and sentences that
    run on from one line to the next. A paste with one short turn a line and a blank line
    here and there is not wrapped: its lines end where its sentences do.

    Args:
        lines: the source's lines.
        kinds: the kind of every line so far; only ``"text"`` lines are looked at.

    Returns:
        The width in characters for a hard-wrapped layout, else 0.

    >>> wrap_width(["We met the minister and", "talked for an hour.", "", "Then we left", "the city."] * 2, ["text"] * 10)
    23
    >>> wrap_width(["Anna Lee: We met.", "Bo Chan: Yes.", "", "Anna Lee: Then?"], ["text"] * 4)
    0
    """
    total = kinds.count("text")
    blank = sum(1 for line, kind in zip(lines, kinds, strict=True) if kind == "text" and not line.strip(BLANK_CHARS))
    if blank < 0.1 * total:  # no blank lines between paragraphs: not wrapped, whatever the lines
        return 0
    lengths: list[int] = []
    blank = total = runs = run_on = long = 0
    # Lines over 100 characters past a tenth of the text lines already put the 90th percentile
    # over 100 (the answer below is False): a paragraph-a-line page is told from its first lines.
    too_many_long = 0.1 * kinds.count("text") + 1
    previous = ""
    for line, kind in zip(lines, kinds, strict=True):
        if kind != "text":
            previous = ""
            continue
        total += 1
        stripped = line.strip(BLANK_CHARS)
        if not stripped:
            blank += 1
            previous = ""
            continue
        lengths.append(len(stripped))
        if len(stripped) > 100:
            long += 1
            if long > too_many_long:
                return 0
        if previous:
            runs += 1
            if stripped[0].islower() or not TERMINAL.search(previous) and not _LABEL_START.match(stripped):
                run_on += 1
        previous = stripped
    if len(lengths) < 5 or blank < 0.1 * total or run_on < 1:
        return 0
    lengths.sort()
    width = lengths[int(0.9 * (len(lengths) - 1))]
    return width if width <= 100 and run_on >= 0.3 * runs else 0


def paragraph_indent(lines: list[str], kinds: list[str]) -> str | None:
    """How hard-wrapped paragraphs are told apart by their indent, if they are.

    ``"indent"``: each paragraph opens with an indent and runs on flush with the margin, as a
    printed record sets them (``  Mr. SCHUMER. Mr. President, ...`` over lines at the margin):
    an indented line opens a paragraph as a blank line does. Three indented lines at least,
    and as many at the margin; a text indented all through, or a heading centred with many
    spaces, is no such convention. ``"hanging"``: each paragraph opens at the margin and runs
    on indented, as a court transcript sets its turns (``LORD HARTLEY:  Yes.`` over indented
    lines): a line at the margin opens a paragraph. Three at the margin at least, and more
    indented. Where both are three or more, the sentences decide when they can: a line that
    opens a paragraph follows a sentence's end, a run-on line mostly does not, so the lines
    (indented, or at the margin) that follow one more often open the paragraphs, however
    many one-line paragraphs make the other count larger.

    Args:
        lines: the source's lines.
        kinds: the kind of every line so far; only ``"text"`` lines are looked at.

    Returns:
        ``"indent"``, ``"hanging"`` or ``None``.

    >>> paragraph_indent(["  Mr. A. Yes, we", "went.", "  Mr. B. No, we", "did not.", "  Mr. A. So", "be it."],
    ...     ["text"] * 6)
    'indent'
    >>> paragraph_indent(["A: Yes, we", "  went there", "  at once.", "B: No, we", "  did not.", "A: So", "  be it."],
    ...     ["text"] * 7)
    'hanging'
    >>> paragraph_indent(["  A. Yes, and we", "went home.", "  B. Why?", "  A. Late.", "  B. Who", "drove?", "  A. I did,",
    ...     "with Ann.", "  B. And?", "  A. No."], ["text"] * 10)
    'indent'
    >>> paragraph_indent(["  all of it", "  indented", "  alike"], ["text"] * 3) is None
    True
    """
    indented = flush = 0
    # of the lines right under a line of text, those indented and those at the margin, and how many of
    # each follow a sentence's end: in the first shape an indented line opens a paragraph, so it follows
    # one far more often than a line at the margin does; in the second, the other way round
    under = {True: 0, False: 0}
    after_end = {True: 0, False: 0}
    above = ""
    for line, kind in zip(lines, kinds, strict=True):
        if kind != "text" or not line.strip(BLANK_CHARS):
            above = ""
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        if lead == 0:
            flush += 1
        elif lead <= _PARAGRAPH_INDENT:
            indented += 1
        else:
            above = ""
            continue
        if above:
            under[lead > 0] += 1
            after_end[lead > 0] += above.rstrip(BLANK_CHARS)[-1:] in SENTENCE_ENDS
        above = line
    if indented >= 3 and flush >= 3 and min(under.values()) >= 3:
        opens_indented = after_end[True] * under[False]
        opens_flush = after_end[False] * under[True]
        if opens_indented != opens_flush:  # (as often: the counts decide, as below)
            return "indent" if opens_indented > opens_flush else "hanging"
    if indented >= 3 and flush >= indented:
        return "indent"
    if flush >= 3 and indented > flush:
        return "hanging"
    return None


#: The last characters of a line that ends a sentence (a quote or a bracket may close it).
SENTENCE_ENDS = frozenset('.?!"”’)')


_PARAGRAPH_INDENT = 6  # at most this many spaces open an indented paragraph (more centre a heading)


def foreign_header(lines: list[str], i: int) -> bool:
    """A first line with letters of another script than the Latin text after it.

    Args:
        lines: the source's lines.
        i: the index of the first line with text.

    Returns:
        True when line ``i`` is a copier's header in another script.
    """
    letters = [ch for ch in lines[i][:2000] if ch.isalpha()]
    if not any(unicodedata.name(ch, "").startswith(_FOREIGN) for ch in letters):
        return False
    rest = [ch for ch in "".join(lines[i + 1 : i + 40])[:20000] if ch.isalpha()]
    latin = sum(1 for ch in rest if ch < "\u0250")
    return bool(rest) and latin >= 0.9 * len(rest)


# A court reporter's line number in the margin: "11   Q.   Good morning.", "12" alone, "9 THE COURT USHER: ...".
_MARGIN = re.compile(r"[ \t]*(\d{1,2})(?:[ \t]+|[ \t]*$)")


def _sparse_margin(lines: list[str]) -> list[str] | None:
    """The lines without a margin that numbers every fifth or tenth line (``5``, ``10 CHAIRPERSON: Yes,``), or
    ``None``: four numbers at least, each a multiple of five, and most a line count apart that is the difference
    of their numbers or so (a copy adds blank lines), or lower than the one before (a new page).

    >>> text = ["A: Hello."] * 40
    >>> for k in (4, 9, 14, 24, 29): text[k] = f"{k + 1} {text[k]}"
    >>> [line for line in _sparse_margin(text) if line[:1].isdigit()]
    []
    >>> _sparse_margin(["5 things to know", "A: Hi.", "10 more", "B: Yes."]) is None
    True
    """
    numbered = [
        (i, int(found.group(1)), found)
        for i, line in enumerate(lines)
        if line[:1].isdigit() or line[:1] in " \t"
        if (found := _MARGIN.match(line)) and found.group(1)[-1] in "05" and found.group(1) != "0"
    ]
    if len(numbered) < 4:
        return None
    steady = sum(
        0 < n - m <= 10 and n - m <= j - i <= 2 * (n - m) or n < m for (i, m, _), (j, n, _) in pairwise(numbered)
    )
    if steady * 4 < (len(numbered) - 1) * 3:
        return None
    cut = list(lines)
    for i, _, found in numbered:
        cut[i] = lines[i][found.end() :]
    return cut


def strip_margin(lines: list[str]) -> list[str] | None:
    """The lines without the line numbers a court reporter prints in the margin, or ``None`` when there are none.

    A margin is numbered when most lines with words (two in three, ten at least: a page's
    caption, footers and certificate are not numbered) open with a number of one or two digits
    and a space or a tab, and the numbers count up
    line by line (starting again at 1 or so on each page). Where most numbers have one
    space after them, the numbers stand unaligned and each is cut with its space.

    Args:
        lines: the source's lines.

    Returns:
        The lines with each margin number cut, up to the column where the leftmost text starts
        (a line indented beyond it keeps its indent), or ``None``.

    >>> strip_margin([f"{n}   Q.   Question {n}?" for n in range(1, 13)])[:2]
    ['Q.   Question 1?', 'Q.   Question 2?']
    >>> strip_margin([f"{n:2}   {'MR SMITH:  My Lord,' if n % 3 == 1 else '    it is so.'}" for n in range(1, 13)])[:2]
    ['MR SMITH:  My Lord,', '    it is so.']
    >>> strip_margin([f"{n} {'MR OKAFOR: Objection.' if n == 9 else 'the witness.'}" for n in range(1, 13)])[8:10]
    ['MR OKAFOR: Objection.', 'the witness.']
    >>> strip_margin(["1   Hello.", "Anna: Hi."]) is None
    True
    """
    worded = [line for line in lines[:400] if line.strip(BLANK_CHARS)]
    if len(worded) < 10:
        return None
    numbers = [int(m.group(1)) for m in map(_MARGIN.match, worded) if m]
    if len(numbers) * 3 < len(worded) * 2 or len(numbers) < 10:  # (a caption, footers and a certificate besides)
        return _sparse_margin(lines)
    counting = sum(b == a + 1 for a, b in pairwise(numbers))
    if counting * 4 < (len(numbers) - 1) * 3:
        return None
    # The margin ends where the text starts that stands furthest left: a line indented beyond it
    # (a paragraph's lines under a flush label) keeps its indent.
    found = [m for m in map(_MARGIN.match, worded) if m and m.end() < len(m.string)]
    column = min((m.end() for m in found), default=0)
    if sum(m.end() - m.end(1) == 1 for m in found) * 2 > len(found):
        column = 1_000  # "9 THE COURT USHER:", "10 the case.": one space after each number, however wide
    cut = []
    for line in lines:
        found = _MARGIN.match(line)
        cut.append(line[min(found.end(), max(column, found.end(1))) :] if found else line)
    return cut
