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

__all__ = [
    "PEER_OF",
    "PERSON_NOTE",
    "PERSON_WORD",
    "RECORD_MARKS",
    "noted_holder",
    "noted_surname",
    "LIST_MARKS",
    "APPOINTEE",
    "DASH_MARK",
    "EXCELLENCY",
    "outlet_named",
    "STOP_START",
    "TIME_MARK",
    "Label",
    "match_label",
    "match_name_line",
    "NAME_SUFFIXES",
    "cased_name",
    "person_case",
    "split_name",
    "without_honours",
    "without_letters",
    "without_honorific",
]

# A label: a letter, then up to ~250 characters without sentence punctuation (bracketed
# notes may hold anything but brackets), then a colon. Bounded, so matching is linear.
#: A time mark: ``00:36``, ``1:02:03``, ``00:00:36.500``, ``20:00:00``.
TIME_MARK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
#: The marks a record sets before each speaker's label ("○Chairperson (Koichi Matsuda): ...").
RECORD_MARKS = "○◯◎●"  # (circles: a list's bullets, "•", "■", "▶", stay a list's)
# What may stand before a label: spaces, a mark ("○"), an enumerator ("3.", "(b)", "（二）", a numbered
# question's "Q1.", "Q119 " or "Q4<tab>", not a quarter's "Q3 "), a reference number ("[900123]") and a time mark ("[20:00:00]",
# "00:01:02"), each kept in the label's prefix.
_LEAD = (
    r"(?P<lead>[ \t\u00a0\u2007\u202f]*"
    rf"(?:[{RECORD_MARKS}][ \t\u00a0\u3000]*)?"  # a record's mark before each speaker ("○Chairperson (Koichi Matsuda):")
    r"(?:(?:[(（]\s*[\w一二三四五六七八九十]{1,4}\s*[)）]|[A-Z]?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,3}\.?(?=[ \t])"
    r"|Q\d{2,4}(?=[ \t])|Q\d(?=\t))[ \t\u00a0\u3000]*)?"  # (and a question's place in a list: "2.1.1 Deputy Tadier :")
    r"(?:\[\d{3,9}\][ \t\u00a0]*)?"
    rf"(?:[\[(]?(?P<time>{TIME_MARK})[\])]?[ \t\u00a0]+)?"
    r"(?:\*\*|__)?)"  # Markdown's bold: "**Kamala Harris:** ..."
)
# Before a colon label, Markdown's italics too: "*Luis de Guindos:* ..."
_LEAD_EMPHASIS = _LEAD.replace(r"(?:\*\*|__)?)", r"(?:\*\*?|__?)?)")
# A bracketed note, with one level of brackets inside: "(Deputy Prime Minister, Lib.)".
_BRACKETS = r"\((?:[^()\n]|\([^()\n]{0,80}\)){0,240}\)|\[[^\[\]\n]{0,240}\]|（[^（）\n]{0,80}）"
# A label: a letter, then up to ~250 characters without sentence punctuation (bracketed
# notes may hold anything but brackets), then a colon. Bounded, so matching is linear.
_NAME_COLON = (
    rf"(?P<name>(?:\d{{1,2}}(?:st|nd|rd|th) (?=[A-Z]))?[^\W\d_](?:[^:\n?!;\"“”«»()\[\]（）*]|{_BRACKETS}){{0,250}}?)"
    r"(?:\*\*?|__?)?[ \t\u00a0]*:(?P<gap>(?:\*\*?|__?)?[ \t\u00a0\u202f]*)"
)
_COLON_LABEL = re.compile(_LEAD_EMPHASIS + _NAME_COLON)
# The full-width colon of Chinese and Japanese text ("（二） 卡梅伦先生："), tried only where there is one:
# a class of two colons would stop the engine from looking for the colon first, five times slower.
_WIDE_COLON_LABEL = re.compile(_LEAD_EMPHASIS + _NAME_COLON.replace(":(?P<gap>", "[:：](?P<gap>"))
# The same for a line that starts with a letter (most labels): no enumerator, time mark or bold to try.
_COLON_AT_START = re.compile(
    rf"(?P<lead>)(?P<time>)(?P<name>[^\W\d_](?:[^:\n?!;\"“”«»()\[\]（）]|{_BRACKETS}){{0,250}}?)"
    r"[ \t\u00a0]*:(?P<gap>[ \t\u00a0\u202f]*)"
)
# The usual label, "Anna Smith: ", found as _COLON_AT_START finds it, in half the time (no alternation per character).
_PLAIN_LABEL = re.compile(
    r"(?P<lead>)(?P<time>)(?P<name>[A-Z][a-z'’\-]{1,40}(?: [A-Z][a-z'’\-]{1,40}){0,3}):(?P<gap>[ \t\u00a0\u202f]*)"
)
# "Q" and its gap: a colon or a stop, a tab, two spaces, or one space before what opens a
# sentence (a capital, a quote, a bracket, a dash or a digit); or nothing else on the line.
_Q_LABEL = re.compile(
    r"(?P<lead>[ \t\u00a0]*)(?P<name>Q)"
    r"(?P<gap>[:.][ \t\u00a0]*|[\t\u00a0][ \t\u00a0]*| {2,}| (?=[A-Z\"“‘'(\[—–\-\d…])|$)"
)
# "Q" and a note in brackets, then a colon: "Q (Hamid Ali, ARY News): " (not "Q (inaudible).", words said).
_Q_NOTED = re.compile(r"(?P<lead>[ \t\u00a0]*)(?P<name>Q)[ \t]?\((?P<note>[^()\n]{1,120})\)(?P<gap>:[ \t\u00a0]*)")
# A printed record's label closed by a full stop: a title and a surname in capitals ("Mr. BECKLER. ",
# "Chairman INOUYE. ", "Senator O'MALLEY. "), or an office ("The PRESIDING OFFICER (Mr. Kaine). ",
# "The SPEAKER pro tempore. ").
_STOP_NAME = (
    r"(?:[A-Z][a-z]{0,12}\.?[ \t\u00a0]+){1,3}(?:Mc|Mac|O'|O’)?[A-Z][A-Z'’\-]{1,30}"
    r"(?: [A-Z][A-Z'’\-]{1,30}){0,3}(?: pro tempore)?(?: \([A-Z][^()\n]{0,60}\))?"
)
_STOP_LABEL = re.compile(_LEAD + rf"(?P<name>{_STOP_NAME})\.(?P<gap>[ \t\u00a0]+|$)")
# A name of two to four words in capitals closed by a full stop, before a sentence: "CHAIR POWELL. Good
# afternoon.", "HOWARD SCHNEIDER. Thank you."; or a title shortened with a stop and a surname, "SEN.
# BAUTISTA.", "MS. DARROW.1" (a footnote's number glued on); an office may name its holder in brackets,
# "THE CHAIRPERSON (Sen. Villaroman)." (a label where the document uses the shape again and again:
# kit.parsing.lines.classify).
_CAPS_STOP_NAME = (
    r"(?:[A-Z]{2,5}\. (?:Mc|Mac)?[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3}"
    r"|[A-Z][A-Z'’\-]+(?: (?:Mc|Mac)?[A-Z][A-Z'’\-]+){1,3})(?: \([A-Z][^()\n]{0,60}\))?"
)
_CAPS_STOP_LABEL = re.compile(
    rf"(?P<lead>)(?P<time>)(?P<name>{_CAPS_STOP_NAME})\.(?P<gap>\d{{0,2}}[ \t\u00a0]+(?=[A-Z\"“'‘(\[])"
    r"(?!(?:[A-Z]\.)*[ \t\u00a0]?[A-Z][A-Z'’\-]+\.[ \t\u00a0]?[–—-])|$)"
)  # (not titles before a name that a dash closes: "HON. DR. R.A. LALABALAVU.-", "HON. DR. LALABALAVU.-")
# A name in capitals, a note in brackets if any, and a dash, no full stop: "MR. PRESIDENT (Jorge Valadares.
# Speaking from the Chair.) – With the quorum ...", "MRS. MARTA QUEIROZ (As Rapporteur.) – Thank you." (a label
# where the document uses the shape again and again: kit.parsing.lines.classify).
_CAPS_DASH_LABEL = re.compile(
    r"(?P<lead>)(?P<time>)(?P<name>(?:[A-Z]{2,4}\. )?[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’\-.]*){0,5}"
    r"(?: \([^()\n]{1,200}\))?) [–—](?P<gap>[ \t\u00a0]+|$)"
)
# A title and a name in mixed case, then a dash, no full stop: "President Lula — Good morning, Carla." (a label
# where the document uses the shape again and again: kit.parsing.lines.classify).
_TITLED_DASH_LABEL = re.compile(
    r"(?P<lead>)(?P<time>)(?P<name>[A-Z][a-z]{1,14}\.?(?: [A-Z][a-z'’\-]+){1,3}) [–—](?P<gap>[ \t\u00a0]+)(?=\S)"
)
_TITLED_REACH = 60
# A title and a name in mixed case closed by a full stop, before a sentence: "Mr Julien Daumas. Prime
# Minister, ...", "The President. The sitting is open.", and with a paragraph's indent and a shortened
# title, as printed hearings have them: "    Ms. Doe. Thank you, Senator." (a label where the document
# uses the shape again and again: kit.parsing.lines.classify).
_TITLED_STOP_LABEL = re.compile(
    r"(?P<lead>[ \t\u00a0]*)(?P<time>)(?P<name>[A-Z][a-z]{1,12}\.?(?: (?:[A-Z][\w'’\-]+|de|di|da|van|von|du|le|la)){1,4}"
    r"(?:, [\w'’\- ]{2,80}?)?)\."  # and an office after a comma: "Mr Marc Rouvier, Minister of Agriculture."
    r"(?P<gap>[ \t\u00a0]+(?=[A-Z\"“'‘(\[]))"
)
#: How such labels start a stripped line: the quick test a line passes before :func:`match_label` looks.
STOP_START = re.compile(
    rf"(?:(?=[A-Z][a-z]{{0,12}}\.? [A-Z]){_STOP_NAME}|{_CAPS_STOP_NAME}"
    r"|[A-Z][a-z]{1,12}\.?(?: [A-Z][\w'’\-]+){1,4}(?:, [\w'’\- ]{2,80}?)?)"
    r"\.\d{0,2}(?:[ \t\u00a0]|$)"
)
# A verbatim report's label closed by a full stop and a dash: "President. – ", "Jessika Roswall,
# President-in-Office of the Council. – ", "Clare Daly (The Left), blue-card question. – " (a
# label where the document uses the shape again and again: kit.parsing.lines.classify).
_DASH_LABEL = re.compile(
    _LEAD + r"(?P<name>[^\W\d_](?:[^!?:;\n()]|\([^()\n]{0,80}\)){0,200}?)"
    r"\.[ \t\u00a0]?(?:[–—]|-(?=[ \t\u00a0]))(?P<gap>[ \t\u00a0]+|$)"
)
# A label in brackets at the start of a line, the words after a space or two: "(Reporter)  I am
# Yamaguchi from Kyodo News." (a role, an office or a person; a label where the document uses
# the shape again and again: kit.parsing.lines.classify).
_BRACKET_LABEL = re.compile(
    r"(?P<lead>[ \t\u00a0]*)(?P<time>)\((?P<name>[^\W\d_][^()\n]{0,80}?)\)(?P<gap>[ \t\u00a0]+)(?=[^\s(\[])"
)
# The same in square brackets, as a government's translation prints them: "[Governor] Good afternoon."
_SQUARE_LABEL = re.compile(
    r"(?P<lead>[ \t\u00a0]*)(?P<time>)\[(?P<name>[^\W\d_][^\[\]\n]{0,80}?)\](?P<gap>[ \t\u00a0]+)(?=[^\s(\[])"
)
#: The quick test of a line before :func:`match_label` looks for a label closed by a full stop and a
#: dash: a full stop and a dash in it (``DASH_MARK.search(line, 0, reach)``).
DASH_MARK = re.compile(r"\.[ \t\u00a0]?(?:[–—]|-(?=[ \t\u00a0]))")
_NOTE = re.compile(r"\s*(?:[(\[（]([^()\[\]（）]*)[)\]）])\s*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*(?:\.[^\W\d_][\w'’\-]*)*\.?|[A-Z]\.(?:[A-Z]\.)*")
_PLAIN_WORD = re.compile(r"[A-Z][a-z'’\-]+")
_NAME_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")  # a name's initials: "S.G.", "R.A.K."
_PLAIN_NAME = re.compile(r"[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2}")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# (and "Name -- Title", as a transcript service types a dash; "Margaret Edwin | Africa CDC", as a meeting shows a name)
_SEGMENTS = re.compile(r"\s*(?:,|\s(?:--|[–—-]|\|)\s)\s*")
_DIGIT = re.compile(r"\d")
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th) \S")
_NUMBERED = re.compile(r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ \d{1,3}")
_NUMBERED_QUESTION = re.compile(r"(question|q) ?\d{1,3}")  # "question 1", "q2": a question's label and its number
_TITLE_LINKS = frozenset({"of", "the", "for", "and", "general"})
_WIDE_REACH = 300  # a label's colon comes within this many characters
# before a role that names no one: "Unidentified journalist" (not "Next question: ...", which is prose)
_UNNAMED_BEFORE = frozenset({"unidentified", "unknown"})
# before a role: "Mr Speaker", "Hon. Speaker"
_ADDRESS = frozenset({"the", "mr", "mr.", "madam", "madame", "mister", "hon", "hon.", "honourable", "honorable"})
# "A" that answers a "Q": a stop or a colon, then a space or the line's end.
_A_LABEL = re.compile(r"(?P<lead>[ \t\u00a0]*)(?P<name>A)(?P<gap>[:.](?:[ \t\u00a0]+|$))")
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
        time: the time mark the label carries (``[20:00:00] COOPER:``, ``Lenny (00:00:36):``),
            as written, or ``None``.
        shape: how the label stands in its line: ``"colon"`` (``Name:``), ``"q"`` (``Q``),
            ``"stop"`` (``Mr. BECKLER.``), ``"caps_stop"`` (``CHAIR POWELL.``), ``"caps_dash"``
            (``MR. PRESIDENT (...) –``), ``"titled_stop"``
            (``Mr Julien Daumas.``), ``"titled_dash"`` (``President Lula —``), ``"dash"``
            (``President. –``), ``"bracket"`` (``(Reporter)``), ``"own_line"`` (a name alone
            on its line), ``"voice"`` (a caption's voice tag), ``"screen"`` (a time and a
            meeting's screen name: ``00:02:39 Galaxy S21:``), ``"chat"`` (a chat log's nick:
            ``19:00 < mod_sam>``), ``"marked"`` (a record's mark and a wide space:
            ``○Chairman (Tsuruho Yosuke-kun)\u3000``), ``"bold"`` (none printed: a question set in
            bold, and the answer after it) or ``"implied"`` (none printed, nor bold: a line that only
            asks on a Q&A page that prints no labels, and the line after it).
    """

    prefix: str
    name: str
    note: str | None
    style: str
    role: str | None = None
    time: str | None = None
    shape: str = "colon"

    @property
    def key(self) -> str:
        """Lowercase name, the key into the role table."""
        return self.role or self.name.lower()


_EMPHASIS = frozenset("*_")  # what opens Markdown's bold
# A name in bold, the bold closed before a note in brackets (in italics, perhaps) and the colon after the note.
_BOLD_THEN_NOTE = re.compile(
    r"(?P<open>\*\*|__)[^*_:\n]{1,200}?(?P<close>(?P=open))[ \t]*[\[(](?P<em>[*_]?)[^*_()\[\]\n]{1,80}(?P<me>[*_]?)[\])][ \t]*:"
)


def _without(line: str, spans: tuple[tuple[int, int], ...]) -> tuple[str, list[int]]:
    """The start of ``line`` without the characters of ``spans``, and for each character left its index in ``line``."""
    head = line[:600]
    dropped = {i for start, end in spans for i in range(start, end)}
    where = [i for i in range(len(head)) if i not in dropped]
    return "".join(head[i] for i in where), [*where, len(head)]


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
    first = text[:1]
    if first in _Q_OR_A:  # "Q", "A", or a space before them
        if first == "Q" or first in _SPACES and text.lstrip(_SPACES)[:1] == "Q":
            noted = _Q_NOTED.match(text) if "(" in text[1:3] else None  # "Q (Hamid Ali, ARY News):"
            if noted:
                return Label(_prefix(line, where, noted.end()), "Q", noted.group("note"), "role", "q", shape="q")
            found = _Q_LABEL.match(text)
            if found:
                return Label(_prefix(line, where, found.end()), "Q", None, "role", "q", shape="q")
        if first == "A" and text[1:2] in ".:" or first in _SPACES and text.lstrip(_SPACES)[:2] in ("A.", "A:"):
            found = _A_LABEL.match(text)
            # taken only beside "Q" labels (kit.parsing.lines.classify); "A. Repik:" is an initial and a name
            if found and not _SURNAME_COLON.match(text, found.end()) and not _CAPS_SURNAME.match(text, found.end()):
                return Label(_prefix(line, where, found.end()), "A", None, "role", "a", shape="q")
    if text.isascii() or "：" not in text[:_WIDE_REACH]:
        found = (
            _PLAIN_LABEL.match(text)
            or (_COLON_AT_START if first.isalpha() and not text[1:2].isdigit() else _COLON_LABEL).match(text)
            if ":" in text
            else None  # (no colon, no colon label: a Q, a stop, a dash or a bracket label, at once)
        )
    else:
        found = _WIDE_COLON_LABEL.match(text)
    if found is not None and found.re is not _PLAIN_LABEL and DASH_MARK.search(found.group("name")):
        found = None  # "Name, Vice-President. – Let me answer two points: first, ...": a dash's label, not a colon's
    if found is None and first in _EMPHASIS and where is None:
        bold = _BOLD_THEN_NOTE.match(text)
        if bold is not None:  # "**Javier Ortega (COPE)** [*in Spanish*]:" as "**Javier Ortega (COPE) [in Spanish]:"
            head, where = _without(line, (bold.span("close"), bold.span("em"), bold.span("me")))
            return _match(head, line, where, lex)
    shape = "colon"
    if found is None:
        found, shape = _colon_less(text, first, lex)
    while found is not None:
        while True:  # (once: a "break" is a shape that names no speaker)
            _, time, raw, gap = found.groups()  # each label pattern's groups: lead, time, name, gap
            led = bool(time)  # a time before the name ("00:02:39 Galaxy S21:")
            end = found.end()
            after = text[end : end + 1]
            quoted = (text[end : end + 8].lstrip()[:1] if after.isspace() else after) in '"“«'  # the line's end counts
            if not gap and (text[end : end + 2] == "//" or text[end : end + 2].isdigit()):
                break  # a link (http://...), or a colon inside a time ("Unknown Speaker  0:31")
            time = time or None
            if raw.find(":", 1) > 0:
                raw, time = _time_of(raw, time)
                # "Council Member Alvarez (01:54):" alone on its line: a timed label, not an office's before a quote
                if time and quoted and not after.strip():
                    quoted = False
            if shape == "chat":  # a nick is whatever its owner chose: taken as written, where the log has many
                # (not "<p> Anna Lee: ...")
                seen = (raw, None, "name", None, False) if raw.lower() not in _HTML_TAGS else ()
            elif shape == "initials":  # ("MR", a title's letters too, as a speaker key has them for Michael Ryan)
                seen = (raw, None, "single", None, False)
            else:
                seen = lex.labels_seen.get((raw, True) if quoted else raw)
                if seen is None:  # (a name the quick pattern found, of three words at most, is of the usual shape)
                    seen = _learn(raw, quoted, lex, found.re is _PLAIN_LABEL and raw.count(" ") < 3)
            if not seen:
                if not led or not _SCREEN_NAME.fullmatch(raw):
                    break
                # A time, then a name no person has, and a colon: a meeting's screen name ("00:02:39 Galaxy S21:",
                # "00:00:12 City Clerk iPad:"), a label where the document uses the shape again and again.
                name, note, style, role, office, shape = raw, None, "name", None, False, "screen"
            else:
                name, note, style, role, office = seen
            if office and APPOINTEE.fullmatch(text, end):
                break  # "Interior Minister: Vladimir Kolokoltsev.": an appointment, not a turn
            if shape == "stop" and style != "role" and name[:4] == "The ":
                break  # "The US. Yes": an office's label is a role's ("The PRESIDING OFFICER."), or none
            if shape == "bracket" and style != "role" and not _holder(name, style, lex):
                break  # "(Laughter) So", "(Addressing Andrei Belousov) Mr Belousov": a stage note, not a label
            if time is None and after in ("(", "["):  # "David Muir: (00:00)": the time after the colon
                timed = _TIME_AFTER.match(text, end)
                if timed:
                    time, end = timed.group(1), timed.end()
            prefix = line[:end] if where is None else line[: where[end]]
            # Label(...) without its Python __new__
            return _new_label(Label, (prefix, name, note, style, role, time, shape))
        if shape != "colon":
            return None
        # no colon's label ("MS. RAMAN. Thank you. ... Let me put it bluntly: we will be late."): perhaps another's
        found, shape = _colon_less(text, first, lex)
    return None


def _colon_less(text: str, first: str, lex: Lexicon) -> tuple[re.Match | None, str]:
    """The label without a colon that starts ``text``, and its shape (each shape tried where it may be)."""
    found = _STOP_LABEL.match(text) if "." in text[:60] else None
    shape = "stop"
    if found is not None and found.group("name").split()[0].lower().strip(".") not in lex.titles:
        found = None if found.group("name")[:4] != "The " else found  # ("The PRESIDING OFFICER.": an office)
    # (a paragraph's indent before the name: "    Senator Wicker. Thank you.")
    indent = len(text) - len(text.lstrip(" \t\u00a0")) if first in _SPACES else 0
    second = text[indent + 1 : indent + 2]
    if found is None and not indent and second.isupper() and "." in text[:60]:  # "CHAIR POWELL. Good afternoon."
        found, shape = _CAPS_STOP_LABEL.match(text), "caps_stop"
        short = found.group("name").partition(". ") if found is not None else ("", "", "")
        if short[1] and " " not in short[0] and short[0].lower() not in lex.titles:
            found = None  # "SEN. CRUZ." is a title's; "ST. LOUIS." is a place's
    if found is None and second.islower() and "." in text[:140]:  # "Mr Julien Daumas. Prime Minister, ..."
        found, shape = _TITLED_STOP_LABEL.match(text), "titled_stop"
        if found is not None:
            title, _, rest = found.group("name").partition(" ")
            if (
                title.lower().strip(".") not in lex.titles
                or title[-1] == "."
                and " " in rest  # a shortened title before one surname ("Ms. Doe."), as printed
                # hearings have it; not an article's "Rep. Jerry Nadler. The New York Democrat chairs ..."
                or title != "The"
                and all(w.lower() in lex.titles for w in rest.split())  # "Mr. Chairman." is said
            ):
                found = None
    if found is None and DASH_MARK.search(text, 0, _WIDE_REACH):
        found, shape = _DASH_LABEL.match(text), "dash"
    if found is None and text[1:2].isupper() and (" – " in text[:_WIDE_REACH] or " — " in text[:_WIDE_REACH]):
        found, shape = _CAPS_DASH_LABEL.match(text), "caps_dash"  # "MR. CAIO MENEZES BRANDÃO (To testify.) – Good"
    if found is None and second.islower() and (" – " in text[:_TITLED_REACH] or " — " in text[:_TITLED_REACH]):
        found, shape = _TITLED_DASH_LABEL.match(text), "titled_dash"  # "President Lula — Good morning, Carla."
        opening = text[found.end() : found.end() + 1] if found is not None else ""
        if found is not None and (
            found.group("name").split()[0].lower().strip(".") not in lex.titles
            or not opening.isupper()
            and opening not in "\"“'‘("
            or text.rstrip()[-1:] not in '.?!"”…)'
            or len(text[found.end() : found.end() + 80].split()) < 5
            and text.rstrip()[-1:] not in ".?!"
        ):
            # ("Porto Alegre — where": a place's; "Sen. Grace Poe — Chairperson", "Dr. Anna Price — Director of the
            # Institute", a list's rows, ending no sentence; "President Biden — who spent most of the week —": prose)
            found = None
    if found is None and second.isupper() and not indent and ("  " in text[2:6] or "\t" in text[2:6]):
        found, shape = _INITIALS_LABEL.match(text), "initials"  # "TAG        Thank you, Christian."
        if found is not None and len(text[found.end() : found.end() + 80].split()) < 4:
            found = None  # ("USA   12   14": a table's row)
    if found is None and (first in "([" or first in _SPACES and text.lstrip(_SPACES)[:1] in ("(", "[")):
        opening = text.lstrip(_SPACES)[:1]
        found, shape = (_BRACKET_LABEL if opening == "(" else _SQUARE_LABEL).match(text), "bracket"
    if found is None and "<" in text[:_CHAT_REACH]:  # "19:00 < mod_sam> Evening all": a chat log's nick
        found, shape = _CHAT_LABEL.match(text), "chat"
    if found is None and "\u3000" in text[:_MARKED_REACH] and text.lstrip(" \t")[:1] in RECORD_MARKS:
        found, shape = _MARKED_LABEL.match(text), "marked"  # "○Chairman (Tsuruho Yosuke-kun)\u3000We will now ..."
    return found, shape


# A record's mark, a speaker and a wide (ideographic) space, no colon, as the Japanese Diet's minutes print each
# turn: "○Chairman (Tsuruho Yosuke-kun)\u3000We will now open", "○石破内閣総理大臣\u3000お答えします。"
_MARKED_LABEL = re.compile(
    rf"(?P<lead>[ \t]*[{RECORD_MARKS}])(?P<time>)(?P<name>[^\W\d_](?:[^\n:：?!。、\u3000()（）]|{_BRACKETS}){{0,80}}?)"
    r"(?P<gap>[ \t]*\u3000[ \t\u3000]*)"
)
_MARKED_REACH = 120


# A speaker's initials, then a wide gap (a tab, or two spaces or more) before a sentence, as a speaker key
# names them: "TAG        Thank you, Christian." (a label where the document uses the shape again and again,
# two of them twice or more: kit.parsing.lines.classify); no Roman numeral ("IV   The Role of the Council").
_INITIALS_LABEL = re.compile(
    r"(?P<lead>)(?P<time>)(?P<name>(?![IVXL]+[ \t])[A-Z]{2,4})(?P<gap>(?:\t| {2,})[ \t]*)(?=[A-Z\"“'‘(\[])"
)
# A chat log's line: a time, then the nick in angle brackets, its channel mode before it ("19:00 <+mod_sam> Hi").
_CHAT_LABEL = re.compile(
    rf"(?P<lead>[ \t]*)(?:[\[(]?(?P<time>{TIME_MARK})[\])]?[ \t]+)?<[ @+%&~]?(?P<name>[^\W][\w.\-|^`]{{0,31}})>(?P<gap>[ \t]+)"
)
_CHAT_REACH = 24
_HTML_TAGS = frozenset("p br div span li ul ol b i u em strong small h1 h2 h3 h4 h5 h6 td tr th a font".split())

# What a video meeting shows as a speaker's name: up to five words of letters and digits, none of them a word
# in lower case ("Galaxy S21", "City Clerk iPad"; not "The plan is simple").
_SCREEN_NAME = re.compile(r"(?![a-z]+\b)[^\W_][\w'’.\-]{0,30}(?: (?![a-z]+\b)[\w'’.\-]{1,30}){0,4}")


def outlet_named(name: str, lex: Lexicon) -> str | None:
    """The news outlet a label names, as the outlet writes its name, or ``None``.

    A label names an outlet when it is the outlet's name, an alias of several words or an
    alias in capitals (``Global Times``, ``Kyodo News``, ``AFP``); an alias of one word
    in lower case may be a surname too (``Fox`` for Fox News) and names none.

    Args:
        name: a label's name.
        lex: the vocabularies (their ``outlets``, from ``data/outlets.csv``).

    Returns:
        The outlet's name, or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [outlet_named(n, lexicon()) for n in ["Reuters", "AFP", "Kyodo News", "Fox", "Anna Lee"]]
    ['Reuters', 'Agence France-Presse', 'Kyodo', None, None]
    """
    outlet = lex.outlets.get(name.lower())
    if outlet is None or name.lower() != outlet.lower() and " " not in name and not name.isupper():
        return None
    return outlet


def _holder(name: str, style: str, lex: Lexicon) -> bool:
    """Whether a name in brackets is an office, or a person after the titles of their office.

    A name alone in brackets, or words in capitals, are a stage note as often as a speaker
    (``(Anna Lee)``, ``(APPLAUSE)``, ``(Crowd Cheering)``): they are not taken.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_holder(n, s, lexicon()) for n, s in [("Chief Cabinet Secretary", "single"), ("Prime Minister Kishida", "name"),
    ...     ("Laughter", "single"), ("APPLAUSE", "caps"), ("Crowd Cheering", "name"), ("Anna Lee", "name"),
    ...     ("Addressing Presidential Aide Andrei Belousov", "name")]]
    [True, True, False, False, False, False, False]
    """
    first = name.split(" ", 1)[0].lower()
    if len(first) > 4 and first.endswith("ing"):
        return False  # a stage direction opens with what someone does: "(Addressing ...)", "(Speaking ...)"
    if style == "single" or style == "caps" and not name.isupper():  # (an office: "Cabinet Public Relations Secretary")
        return name[name.rfind(" ") + 1 :].lower() in lex.titles
    title, person = split_name(name, lex)
    return title is not None and person is not None and title.split()[0].lower().strip(".") in lex.titles


_new_label = tuple.__new__  # makes a Label of all its fields, in order, at C speed (one per label line)


_SURNAME_COLON = re.compile(r"[A-Z][\w'’\-]+:")  # what follows the initial of "A. Repik: ..."
# or a surname in capitals before a slash, as a result prints players ("A. ZVEREV/G. Brouwer"; not "A. OK")
_CAPS_SURNAME = re.compile(r"[A-Z][A-Z'’\-]+/")
_TIME_AFTER = re.compile(rf"[(\[]({TIME_MARK})[)\]][ \t\u00a0]*")


def _seen(raw: str, quoted: bool, lex: Lexicon) -> tuple:
    """What the text before a colon is (``_learn``), remembered per lexicon."""
    seen = lex.labels_seen.get((raw, True) if quoted else raw)
    return _learn(raw, quoted, lex) if seen is None else seen


def _learn(raw: str, quoted: bool, lex: Lexicon, plain: bool = False) -> tuple:
    """:func:`_read_label` of a text not seen before, remembered (up to 100,000 texts, then afresh).

    ``plain`` says the text is one to three capitalised words already (``_PLAIN_NAME`` or ``_PLAIN_WORD``).
    The reading is kept with whether the name ends in an office (``Interior Minister``), which
    an appointment's line (``Interior Minister: Vladimir Kolokoltsev.``) has before its colon:
    ``(name, note, style, role, office)``, or ``()`` for no label. It is kept under the text,
    or under ``(text, True)`` where a quote follows the colon.
    """
    if len(lex.labels_seen) > 100_000:
        lex.labels_seen.clear()
    read = _usual_name(raw, quoted, lex, plain)
    if read is None:
        read = _read_label(raw, quoted, lex)
        if read:
            name, style = read[0], read[2]
            office = style == "name" and name[name.rfind(" ") + 1 :].lower() in lex.titles
            read = (*read, office or style == "caps" and (" for " in name or " of " in name))  # ("Minister for X")
    lex.labels_seen[(raw, True) if quoted else raw] = read
    return read


def _usual_name(raw: str, quoted: bool, lex: Lexicon, plain: bool = False) -> tuple | None:
    """What :func:`_learn` keeps of the usual label, a person's name and nothing else, or ``None`` to read it in full.

    One to three capitalised words that are no role and no outlet: a name of no title,
    organisation, place or word that starts a sentence (``Anna Smith``, ``Smith``), or titles
    and a surname (``Mr Betts``), as :func:`_name_style` decides them at once.
    """
    if not (plain or _PLAIN_NAME.fullmatch(raw) or _PLAIN_WORD.fullmatch(raw)):
        return None
    low = raw.lower()
    lows = low.split(" ")
    first = lows[0]
    if (
        low in lex.roles
        or first in lex.role_heads
        or first in _ADDRESS
        and low.partition(" ")[2] in lex.roles  # "Mr Speaker"
        or low in lex.outlets
    ):
        return None
    style = _usual_style(raw, lows, quoted, lex)
    return (raw, None, style, None, False) if style else None  # (its last word is no title: no office)


def _usual_style(name: str, lows: list[str], quoted: bool, lex: Lexicon) -> str | None:
    """The style of a name of the usual shape (``lows``: its words in lower case), decided at once, or ``None``.

    A name of no title, organisation, place or word that starts a sentence (``Anna Smith``,
    ``Smith``), or titles and a surname (``Mr Betts``, not in quotes); what
    :func:`split_name` would find of it is remembered at once too.
    """
    if not (
        lows[0] in lex.starters
        or not lex.titles_or_organisations.isdisjoint(lows)
        or lows[-1] in lex.not_names
        or lows[-1] in lex.place_ends  # (only then may the words be a place)
        and tuple(lows) in lex.place_set
    ):
        if len(lows) == 1:
            return "single"  # (read as a short form or an outlet, not split: nothing to remember)
        lex.names_seen.setdefault(name, (None, without_honorific(name)))  # (no title, the name)
        return "name"
    if not quoted and len(lows) > 1 and _title_and_surname(name, lows, lex):
        head, _, surname = name.rpartition(" ")
        lex.names_seen.setdefault(name, (head, without_honorific(surname)))  # (the titles, the surname)
        return "name"
    return None


_TIME_ONLY = re.compile(rf"[-–—|]?({TIME_MARK})")
_SPACES = " \t\u00a0"
_Q_OR_A = frozenset("QA" + _SPACES)  # the first characters of a line that may open a Q or an A label


def _time_of(raw: str, time: str | None) -> tuple[str, str | None]:
    """A label's name without the time mark after it (``Lenny (00:00:36)``, ``Speaker 1  00:01``), and the time mark.

    Read from the end of the name with string methods, so a long name costs one pass.
    """
    name = raw.rstrip(_SPACES)
    if name[-1:] in (")", "]"):
        opening = name.rfind("(" if name[-1] == ")" else "[")
        found = _TIME_ONLY.fullmatch(name[opening + 1 : -1].strip()) if opening > 0 else None
        if found:
            return name[:opening].rstrip(_SPACES), found.group(1)
        return raw, time
    cut = max(name.rfind(" "), name.rfind("\t"), name.rfind("\u00a0"))
    found = _TIME_ONLY.fullmatch(name[cut + 1 :]) if cut > 0 else None
    if found:
        return name[:cut].rstrip(_SPACES + "-–—|"), found.group(1)
    return raw, time


# A clock's time after a name on its own line, as a parliament's record notes when each speaks: " 10:38 a.m."
_CLOCK_AFTER = re.compile(r"[ \t]+(\d{1,2}[:.]\d{2} ?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M))$")


def match_name_line(line: str, lex: Lexicon | None = None) -> Label | None:
    """Return the label of a line that holds only a speaker's name (and perhaps a time mark), or ``None``.

    Transcripts that put the speaker's name on a line of its own, the turn's paragraphs
    below it (court arguments, parliamentary records, many podcasts), use it. Whether such
    a line is a label is decided by the document's convention (:func:`kit.parsing.lines.classify`):
    this only says whether the line has a name's shape.

    Args:
        line: one line of a transcript.
        lex: the vocabularies (default: :func:`lexicon`).

    Returns:
        The :class:`Label` (its ``prefix`` is the whole line), or ``None``.

    >>> match_name_line("John G. Roberts, Jr.").name
    'John G. Roberts, Jr.'
    >>> match_name_line("Speaker 1  00:01:02").time, match_name_line("Okafor, Chidi (DOH)   0:04").name
    ('00:01:02', 'Chidi Okafor')
    >>> match_name_line("Peter Langham,  Shareholder    [4]").name  # (an edited call's turn number after it)
    'Peter Langham, Shareholder'
    >>> match_name_line("Mr Bedzrah 10:38 a.m.")[1::4]  # (a record's clock time beside the name)
    ('Mr Bedzrah', '10:38 a.m.')
    >>> match_name_line("The limited monopoly granted by patent laws.") is None
    True
    """
    lex = lex or lexicon()
    stripped = line.strip(" \t\u00a0\u200b\ufeff")
    clock = _CLOCK_AFTER.search(stripped, max(0, len(stripped) - 16)) if stripped[-1:] in ".mM" else None
    if clock and (stripped[clock.start() - 1 : clock.start()].isalpha() or stripped[clock.start() - 1] == ")"):
        stripped = stripped[: clock.start()]  # "Mr Bedzrah 10:38 a.m.": the time a record notes beside the name
    else:
        clock = None  # (a post's date and time: "dockside_dee — 03/14/2024 7:02 PM")
    # (an office's long name, its holder in brackets: "Minister of State at the Department of Housing, Local
    # Government and Heritage (Deputy Kieran O'Donnell)")
    # (and a call transcript's name, company and title before the turn's number: "Sarah Beaulieu,  Pinecrest
    # Bancorp Inc - EVP, General Counsel & Corporate Secretary   [3]")
    longest = 160 if stripped[-1:] == ")" or stripped[-1:] == "]" and _TURN_NUMBER.search(stripped) else 80
    if not 2 <= len(stripped) <= longest or (stripped[-1:] in ".?!,;" and not stripped.endswith(("Jr.", "Sr."))):
        return None
    if not line.isascii():
        stripped = unicodedata.normalize("NFC", _INVISIBLE.sub("", stripped))
    if stripped[:2] in ("**", "__") and (bold := _BOLD_NAME.fullmatch(stripped)):
        return _bold_name(line, bold, lex)
    if stripped[:2] in LIST_MARKS and stripped[2:3].isalpha():
        stripped = stripped[2:]  # "- Ellen Takahashi": a name as a list's item, a site's speaker above each turn
    found = _LEAD_ONLY.match(stripped)
    time = (found.group("time") if found else None) or (clock.group(1) if clock else None)
    raw = stripped[found.end() :] if found else stripped
    if raw[-1:] == "]" and (numbered := _TURN_NUMBER.search(raw)):
        raw = raw[: numbered.start()]  # "Margaret Ellison,  Northbridge Water plc - Chair    [3]": the turn's number
    raw = raw.rstrip(":： \t")
    if ":" in raw[1:]:
        raw, time = _time_of(raw, time)
    if time and (inverted := _INVERTED.fullmatch(raw)):  # "Okafor, Chidi (DOH)   0:04": as meeting software lists names
        raw = f"{inverted.group(2)} {inverted.group(1)}{inverted.group(3)}"
    posted = _POSTED.fullmatch(raw) if time is None and (" — " in raw or " – " in raw) else None
    if posted:  # "dockside_dee — 03/14/2024 7:02 PM": a chat's poster and when they posted
        raw, time = posted.group(1), posted.group(2)
    if not raw[:1].isalpha() or ":" in raw or _DOMAIN.search(raw):
        return None  # (nor a site's address: "OpenAustralia.org.au")
    seen = _seen(raw, False, lex)
    if not seen and posted and _POSTER.fullmatch(raw):
        seen = (raw, None, "name", None, False)  # a poster's name is whatever they chose, taken as written
    if not seen:
        return None
    name, note, style, role, _ = seen
    if clock and style != "role" and name.split()[0].lower().rstrip(".") not in lex.titles and not note:
        return None  # a clock's time beside a name a record titles ("Mr Bedzrah 10:38 a.m."); not an agenda's row
        # ("Opening Remarks 9:00 a.m.")
    return Label(line, name, note, style, role, time, "own_line")


_DOMAIN = re.compile(r"[a-z]\.(?:com|org|net|gov|edu|int|[a-z]{2})\b")  # a web address's ".org.au", ".com"
#: A list item's mark before a name on its own line ("- Ellen Takahashi").
LIST_MARKS = frozenset(("- ", "• ", "– ", "* "))
# A turn's number in brackets after the name, as an edited call transcript numbers its turns ("Operator    [1]").
_TURN_NUMBER = re.compile(r"[ \t]+\[\d{1,4}\]$")
# A name set in bold alone, closed by a full stop or a colon inside the bold, perhaps followed by the
# language spoken and the first words ("**Chair (Borys Wiśniewski).**", "**Dieter Hahn (PPE).** (DE) Follow-up:").
_BOLD_NAME = re.compile(
    r"(?P<mark>\*\*|__)(?P<name>[^*_\n]{2,70}?)[.:](?P=mark)(?P<tag>[ \t]*\([A-Z]{2,3}\))?(?P<rest>[ \t]+\S.*)?"
)


def _bold_name(line: str, bold: re.Match, lex: Lexicon) -> Label | None:
    """The label of a name set in bold on its own line (:data:`_BOLD_NAME`); its prefix ends before any words after it."""
    raw = bold.group("name").strip()
    if not raw[:1].isalpha() or ":" in raw or _DOMAIN.search(raw):
        return None  # (nor a site's address: "OpenAustralia.org.au")
    seen = _seen(raw, False, lex)
    if not seen:
        return None
    name, note, style, role, _ = seen
    prefix = line
    if bold.group("rest") is not None:  # "(DE) Follow-up:": the words after the name open the turn
        at = line.rfind(bold.group("rest").lstrip())
        if at < 0:
            return None  # (a line its normalisation changed: not cut)
        prefix = line[:at]
    return Label(prefix, name, note, style, role, None, "own_line")


# A chat's post header: the poster, a dash, and the date and time of the post ("Mod | Priya — 03/14/2024 7:00 PM").
_POSTED = re.compile(
    r"(.{1,40}?) [—–] ((?:\d{1,2}/\d{1,2}/\d{2,4},? |Today at |Yesterday at )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)"
)
_POSTER = re.compile(r"[^\W_][\w.'’\-|() ]{0,39}")


_LEAD_ONLY = re.compile(_LEAD)


def _read_label(raw: str, quoted: bool, lex: Lexicon) -> tuple[str, str | None, str, str | None] | tuple[()]:
    """(name, note, style, role) of a label's text before the colon, or ``()`` for no label."""
    plain = _PLAIN_NAME.fullmatch(raw) or _PLAIN_WORD.fullmatch(raw)  # "Anna Smith", "Smith": most labels
    if not plain and raw.count("/") == 1:  # "TUESDAY RAMOS/DZBB": a journalist and their outlet, as a comma parts them
        person, _, outlet = raw.partition("/")
        if " " in person.strip() and outlet.strip() and "," not in raw and "(" not in raw:
            raw = f"{person.strip()}, {outlet.strip()}"
    if plain:
        name, note = raw, None  # (no notes, spaces or commas to tidy)
    else:
        notes = []
        for _ in range(3):  # a note inside a note: "(Deputy (Acting) Minister)"
            if "(" not in raw and "[" not in raw and "（" not in raw:
                break
            notes = [" ".join(n.split()) for n in _NOTE.findall(raw)] + notes
            raw = _NOTE.sub(" ", raw)
        name = " ".join(raw.replace("\u00a0", " ").replace(" ,", ",").split())
        if "(" in name or ")" in name or "[" in name:
            return ()
        if not name:
            return ()
        note = "; ".join(n for n in notes if n) or None
    low = name.lower()
    numbered = _NUMBERED_QUESTION.fullmatch(low) if low[-1:].isdigit() else None
    if numbered:  # a question by its number, not a person ("Question 1", "Q2"; "Caller 2" is one)
        return name, note, "role", numbered.group(1)
    role = _role(name, low, lex)
    if role:
        key, rest = role
        if rest:
            note = f"{rest}; {note}" if note else rest
        return name, note, "role", key
    if low in lex.outlets and outlet_named(name, lex):  # "Global Times:", "AFP:": an outlet's journalist (classify)
        return name, note, "single", None
    style = _name_style(name, quoted, lex, low.split(" ") if plain else None)
    if (
        not style
        and note
        and (name[:4] == "The " and not _ASKING.search(name) or name[0].isupper() and _an_office(name, lex))
    ):
        # an office that names its holder: "The Lord Privy Seal (Lord True) (Con)", "Government witness (Daisuke Kuroda)",
        # "Minister of State at the Department of Housing, Local Government and Heritage (Deputy Kieran O'Donnell)"
        # (not an order paper's question: "The Hon. Member for Garff (Mrs Caine) to ask the Minister for Infrastructure")
        style = "caps" if noted_holder(note, lex) else None
    return (name, note, style, None) if style else ()


# A printed question's verb in what would be an office's name: "The Hon. Member for Garff (Mrs Caine) to ask the
# Minister for Infrastructure:" is the member's question, not an office whose note names its holder.
_ASKING = re.compile(r" (?:to ask|asked) the ")


def _office_words(name: str, lex: Lexicon) -> bool:
    """Whether a name's words in small letters are only a title's links (``of``, ``for``, ``the``): an office's name.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_office_words(n, lexicon()) for n in ["The Lord Privy Seal", "The Minister for the Environment",
    ...     "The Hon. Member for Garff to ask the Minister for Infrastructure"]]
    [True, True, False]
    """
    return all(w.lower() in lex.title_connectors for w in name.split() if w[:1].islower())


def _an_office(name: str, lex: Lexicon) -> bool:
    """Whether a name may be an office's before a note that names its holder: four words at most, or a title's first
    and no word in small letters but a title's links (not a photograph's caption: "Minister Darragh O'Brien at the
    launch of Housing for All in Dublin Castle (Sam Boal)").
    """
    words = name.split()
    return len(words) <= 4 or len(words) <= 16 and words[0].lower() in lex.titles and _office_words(name, lex)


def noted_surname(office: str, note: str, lex: Lexicon) -> str | None:
    """The surname a presiding office's label gives its holder in a note (``Sr. PRESIDENTE (Menem)``), or ``None``.

    The label is titles alone, after a form of address perhaps, and the note one capitalised word
    that is no country, place, body, title or word of prose (not ``The President (France)``,
    ``Speaker (Acting)``).

    Args:
        office: the label's name (``Sr. PRESIDENTE``, ``The President``).
        note: the label's note (``Menem``).
        lex: the vocabularies.

    Returns:
        The surname, as people write it (``Menem`` of ``MENEM``), or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [noted_surname(o, n, lexicon()) for o, n in [("Sr. PRESIDENTE", "Menem"), ("The President", "France"),
    ...     ("Speaker", "Acting"), ("Anna Lee", "Reuters"), ("The PRESIDENT", "MENEM")]]
    ['Menem', None, None, None, 'Menem']
    """
    words = office.lower().split()
    addressed = lex.conversation.get("forms_of_address", ())
    if not words or not all(w in lex.titles or w in addressed or w.rstrip(".") in lex.titles for w in words):
        return None
    surname = person_case(note) if note.isupper() and " " not in note else note
    low = surname.lower()
    if not PERSON_WORD.fullmatch(surname) or low in lex.countries or low in lex.not_surnames or low in lex.prose_words:
        return None
    if low in lex.starters or (low,) in lex.place_set or low in lex.titles_or_organisations:
        return None
    return surname


def noted_holder(note: str, lex: Lexicon) -> bool:
    """Whether a label's note (one of its notes) names a person, after the titles of their rank or office if any.

    Args:
        note: a label's note (several are parted by ``"; "``).
        lex: the vocabularies.

    Returns:
        True for ``Baroness Penn; Con``, ``Lord True``, ``Daisuke Kuroda``; False for a party,
        a place's one word or a stage note.

    >>> from kit.parsing.lexicon import lexicon
    >>> [noted_holder(n, lexicon()) for n in ["Baroness Penn; Con", "Lord True", "Mr Daniel Lim", "Con", "Laughter",
    ...     "Daisuke Kuroda", "Baroness Hayman of Ullock; Lab"]]
    [True, True, True, False, False, True, True]
    """
    for part in note.split("; "):
        title, person = split_name(part, lex)
        if person and (title is None and PERSON_NOTE.fullmatch(part) or title and _titles_only(title, lex)):
            return True
        if PEER_OF.fullmatch(part):
            return True
    return False


#: A peer named by rank, name and place: ``Baroness Hayman of Ullock``, ``Lord Kennedy of Southwark``.
PEER_OF = re.compile(
    r"(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess) [A-Z][\w'’\-]+ of (?:the )?[A-Z][\w'’\-]+"
    r"(?: [A-Z][\w'’\-]+)?"
)


def without_honours(words: list[str], lex: Lexicon) -> list[str]:
    """A name's words without the titles before it and the letters after it, two words kept at least.

    Args:
        words: the words of a name as a field or a list writes it.
        lex: the vocabularies (``titles``, and ``post_nominals`` in ``conversation``).

    Returns:
        The words of the name itself.

    >>> from kit.parsing.lexicon import lexicon
    >>> without_honours("The Rt Hon the Baroness Heather Hallett DBE".split(), lexicon())
    ['Heather', 'Hallett']
    >>> without_honours(["Anna", "Lee"], lexicon())
    ['Anna', 'Lee']
    """
    start = 0
    while len(words) - start > 2 and words[start].lower().strip(".") in lex.titles:
        start += 1
    return without_letters(words[start:], lex)


def without_letters(words: list[str], lex: Lexicon) -> list[str]:
    """A name's words without the letters after it (``MP``, ``SC``, ``MHK``), two words kept at least.

    Args:
        words: the words of a name, perhaps cased already (``Alfred Cannan Mhk``).
        lex: the vocabularies (``post_nominals`` in ``conversation``).

    Returns:
        The words before the letters.

    >>> from kit.parsing.lexicon import lexicon
    >>> without_letters("Alfred Cannan Mhk".split(), lexicon()), without_letters(["Adv", "Pretorius", "SC"], lexicon())
    (['Alfred', 'Cannan'], ['Adv', 'Pretorius'])
    """
    end = len(words)
    letters = lex.conversation.get("post_nominals", ())
    while end > 2 and words[end - 1].lower().strip(".") in letters:
        end -= 1
    return words[:end]


def _titles_only(words: str, lex: Lexicon) -> bool:
    return all(w.lower().strip(".") in lex.titles for w in words.split())


# A capitalised name word, accents and a capital inside too ("Micheál", "McDonald", "O'Brien", "Łukasz",
# "Wiśniewski", "Dvořák": Latin Extended-A and B, whose capitals and small letters alternate), not capitals.
_NOTE_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][a-zß-öø-ÿ\u0100-\u024f'’\-]+(?:[A-Z][a-zß-öø-ÿ\u0100-\u024f'’\-]+)?"
#: One such word alone ("Penn", "Álvarez").
PERSON_WORD = re.compile(_NOTE_WORD)
#: A person's name of two to four such words, as a label's note holds it ("Rishi Sunak", "José Álvarez").
PERSON_NOTE = re.compile(rf"{_NOTE_WORD}(?: {_NOTE_WORD}){{1,3}}")


def _prefix(line: str, where: list[int] | None, end: int) -> str:
    return line[: end if where is None else where[end]]


def _role(name: str, key: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """The role word a label is, with what qualifies it (``Question from Perm``, ``The Speaker``).

    ``key`` is the label's name in lower case.
    """
    if key in lex.roles:
        return key, None
    first, _, rest = key.partition(" ")
    if first in _ADDRESS and rest in lex.roles:  # "The Speaker", "Mr Speaker", "Madam Chair"
        return rest, None
    if first in _UNNAMED_BEFORE and rest in lex.roles and lex.roles[rest]["role"] in ("journalist", "audience"):
        # "Unidentified journalist" (not "Unknown speaker", who is no House's Speaker)
        return rest, None
    head, comma, rest = key.partition(", ")
    if comma and head in lex.roles and lex.roles[head]["role"] in ("journalist", "audience") and rest:
        after = name.partition(", ")[2]  # "Journalist, DR", "Caller, Toledo": who asks and where from
        if all(word[:1].isupper() or word[:1].isdigit() for word in after.split()):  # (not "author and broadcaster")
            return head, after
    if first not in lex.role_heads:
        return None
    words = key.split()
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        if len(words) > size and head in lex.roles and words[size] == "from":
            return head, " ".join(name.split()[size:])
    # A role word, its number, a dash and who: "Question 1 – Abdou Ndiaye, RFI", "Response – Chairperson".
    numbered = _ROLE_DASH.fullmatch(name)
    if numbered and numbered.group(1).lower() in lex.roles:
        word = numbered.group(1).lower()  # (a response that names who gives it is an answer, not a crowd's)
        return ("answer" if word in ("response", "reply") and "answer" in lex.roles else word), numbered.group(2)
    # A role word and the asker's name in capitals ("QUESTION JUNG"): the name is the note.
    asker = name.split()[1:]
    if (
        name.isupper()
        and words[0] in lex.roles
        and lex.roles[words[0]]["role"] in ("journalist", "audience")
        and 1 <= len(asker) <= 3
        and all(
            _NAME_WORD.fullmatch(w) and w.lower() not in lex.titles and w.lower() not in lex.starters for w in asker
        )
    ):
        return words[0], " ".join(person_case(w) for w in asker)
    return None


#: "His Excellency" or "Her Excellency" shortened, in capitals, before a title or a name: "HE the Prime Minister",
#: "H.E. Mr. David Lammy" (not the pronoun: "He said").
EXCELLENCY = re.compile(r"(?:HE|H\.E\.) (?=the |[A-Z][a-z])")
_ROLE_DASH = re.compile(r"([^\W\d_]+)(?: \d{1,3})? [–—-] ([^\W\d_].{0,120})")


def _name_style(name: str, quoted: bool, lex: Lexicon, lows: list[str] | None = None) -> str | None:
    """``"caps"``, ``"name"``, ``"single"`` or ``None`` for a label's name part.

    ``lows`` (the name's words in lower case) is given when the name has the usual shape,
    a capitalised word or two or three ("Anna Smith", "Smith"); it is then decided at once.
    """
    if (excellency := EXCELLENCY.match(name)) is not None:  # "HE the Prime Minister", "H.E. Mr. David Lammy"
        return _name_style(name[excellency.end() :], quoted, lex)
    if lows is None and (_PLAIN_NAME.fullmatch(name) or _PLAIN_WORD.fullmatch(name)):
        lows = name.lower().split(" ")
    if lows is not None:
        style = _usual_style(name, lows, quoted, lex)
        if style:
            return style
    if _NUMBERED.fullmatch(name) and name.rsplit(" ", 1)[0].lower() in lex.titles | lex.roles.keys():
        return "name"  # "Speaker 1", "Participant 2": a person the transcript does not name
    if name[:1].isdigit() and _ORDINAL.match(name) and name.split(" ", 2)[1].lower().strip(".") in lex.titles:
        name = name.split(" ", 1)[1]  # an ordinal rank before a title: "1st Vice Minister ...", "2nd Lt. Anna Cole"
    if _DIGIT.search(name.split(",", 1)[0]) or len(name) > 250:
        return None  # digits only in what describes the speaker ("..., 2024 PRESIDENTIAL CANDIDATE")
    if (
        ". " in name
        and any(found.group(1) not in lex.titles for found in _SENTENCE_INSIDE.finditer(name))
        or name[:4] in ("I'm ", "I’m ")
    ):
        return None  # a sentence's end inside, or one's own words: "I'm Niamh Gallagher, head of news. We have ..."
    words = name.split(" ")
    if len(words) > 30:
        return None
    lows = [w.lower().strip(".,") for w in words]
    if all(_caps_word(w) for w in words) and len(name) >= 2:
        letters = sum(ch.isalpha() for ch in name)
        if len(words) == 1 and letters == 2 and lows[0] not in lex.starters:
            # initials ("KB:", "K.B.:"): a label where the document uses them as one; "DR:", "MR:" are titles
            bare = lows[0].replace(".", "")  # ("PM": initials, or an office's letters, where a page says so)
            return (
                "single" if bare not in lex.titles or bare in lex.conversation.get("office_abbreviations", {}) else None
            )
        if lows[-1] in lex.not_names or lows[0] in lex.starters and lows[0] != "the" and not _two_word_title(lows, lex):
            # "FULL TRANSCRIPT:", "NOTE:"; but three capitals that would be such a word may be initials ("TAG")
            return "single" if len(words) == 1 and letters == 3 and lows[0] not in lex.starters else None
        # "DOES TWO THINGS": a sentence's words in capitals ("THERESA MAY" has one, "MS. DO AN" a title first)
        if sum(low in lex.prose_words for low in lows) >= 2 and (lows[0] == "the" or lows[0] not in lex.titles):
            return None
        if letters >= 2 and (len(words) > 1 or letters >= 3) and len(words) <= 16:
            return "caps"
        return None
    first = lows[0]
    if first == "the" and 1 < len(words) <= 5 and all(w in lex.titles or w in _TITLE_LINKS for w in lows[1:]):
        return "caps"  # a title phrase: "The Prime Minister", "The Vice President"
    if first == "the" and _office_of(words[1:], lex):
        return "caps"  # an office and what it is for: "The Minister for Health", "The Cabinet Secretary for ..."
    if first in lex.starters and not _two_word_title(lows, lex) or first == "the":
        return None
    if not words[0][0].isupper() and first not in lex.titles:
        return None
    if (
        quoted
        and len(words) <= 3
        and not _person_like(words, lex)
        and not (lows[-1] in lex.titles and all(w[:1].isupper() for w in words) or _office_of(words, lex))
        and not _titles_then_state(lows, lex)  # ("Presiden Republik Indonesia:", "Menteri Sekretaris Negara:")
    ):
        return (
            None  # ("Prime Minister:", "Minister for Defence:" alone on a line are offices' labels; "Key points:" none)
        )
    title, person = split_name(name, lex)
    served = _titles_then_state(lows, lex)
    if served:
        person = ""  # an office and the state or body it serves, without "of": "Presiden Republik Indonesia"
    if not person and _surname_is_title(words, lows, lex):
        title, person = None, name  # "John Major", "Carole King": a surname that is also a title
    if not person:
        # An office alone ("Minister:", "City Clerk:"): a label where the document uses it as one.
        # (a form of address before it too: "Mr. President (Menem)", "Sr. PRESIDENTE (Menem).-", as chambers write
        # their presiding officer)
        head = int(len(words) > 1 and first != "the" and first in lex.conversation.get("forms_of_address", ()))
        office = (
            len(words) <= 5
            and lows[-1] in lex.titles
            and (_PLAIN_WORD.fullmatch(words[head]) is not None or head == 1 and lows[1] in lex.titles)
            and all(_PLAIN_WORD.fullmatch(w) or lows[k] in lex.titles for k, w in enumerate(words[1:], start=1))
        )  # (in sentence case too: "Press officer", "Prime minister")
        if not office and (served or _office_of(words, lex)):
            return "caps"  # an office and what it is for: "Secretary for Security", "Minister of Health"
        if office and len(words) > 1 and not lex.organisations.isdisjoint(lows):
            return "caps"  # a body's office: "Embassy Spokesperson", "Board Secretary"
        return "single" if office else None
    segments = _SEGMENTS.split(name)
    if len(segments) > 1 and " " in person and segments[0].endswith(person):
        segments = segments[:1]  # (what describes the person named first may be in small letters: "Balázs
        # Hidvéghi, blue-card question")
    for word in segments:
        for w in word.split():
            low = w.lower()
            if w[0].islower() and (
                low in lex.prose_words or low.endswith("ed") or not low.isalpha() and "-" not in low
            ):
                return None
            if w.endswith(".") and len(w) > 4 and w.count(".") == 1 and "." not in w[:-1]:
                return None  # "Biden." ends a sentence; "Mr." and "U.S." do not
    last = person.split()[-1].lower()
    if last in lex.not_names or tuple(p.lower() for p in person.split()) in lex.place_set:
        return None
    if len(person.split()) >= 2:
        return "name"
    if len(words) == 1:
        return "single" if _NAME_WORD.fullmatch(words[0]) else None
    # One name word after a title ("President Biden", "Mr Putin", "Finance Director Chen"): a name
    # if the rest is titles, or capitalised words that end with one (an office's department).
    if not title:
        return None
    if "," in name and _outlet_and_surname([p.strip() for p in name.split(",", 1)], lex):
        return "name"  # "Kyodo News, Sakai": a journalist by outlet and surname
    head = title.split()
    if all(w.lower().strip(".") in lex.titles for w in head):
        return "name"
    return "name" if head[-1].lower().strip(".") in lex.titles and all(w[:1].isupper() for w in head) else None


def _titles_then_state(lows: list[str], lex: Lexicon) -> bool:
    """Whether a name's words (in lower case) are titles, then the state or body they serve (``menteri sekretaris
    negara``).

    >>> from kit.parsing.lexicon import lexicon
    >>> [_titles_then_state(n.split(), lexicon()) for n in ["menteri sekretaris negara", "anna lee", "president",
    ...     "mr army"]]
    [True, False, False, False]
    """
    k = next((k for k, low in enumerate(lows) if low not in lex.titles), len(lows))
    addressed = lex.conversation.get("forms_of_address", ())
    return k >= 1 and any(low not in addressed for low in lows[:k]) and _office_and_state(lows[k:], lex)


def _office_and_state(lows: list[str], lex: Lexicon) -> bool:
    """Whether the words after a title (in lower case) name the state or body it serves, not a person: an
    organisation's words and a country (``Republik Indonesia``, ``Sekretaris Negara``: ``negara``, a state), as
    languages that need no ``of`` write an office.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_office_and_state(n.split(), lexicon()) for n in ["republik indonesia", "indonesia", "anna lee", "ghana"]]
    [True, True, False, True]
    """
    return (
        bool(lows)
        and all(low in lex.organisations or low in lex.countries or low in lex.particles for low in lows)
        and not all(low in lex.particles for low in lows)
    )  # (its particles too: "Presidente de la República")


# A sentence's end inside a label's name: a word in small letters, a full stop, and a capital ("news. We")
_SENTENCE_INSIDE = re.compile(r"\b([a-z]{3,})\. [A-Z][a-z]")  # (not a title shortened, "assoc. prof. Harvard", nor
# letters after: "ret. U.S. Navy")


def _two_word_title(lows: list[str], lex: Lexicon) -> bool:
    """Whether a name's first two words (in lower case) are one title, whose first word may start a sentence ("Under Secretary")."""
    return len(lows) > 1 and f"{lows[0]} {lows[1]}" in lex.titles


def _title_and_surname(name: str, lows: list[str], lex: Lexicon) -> bool:
    """Whether a name of the usual shape is titles and one surname: ``Mr Betts``, ``Prime Minister Kishida``.

    ``lows`` are its words in lower case. The surname is no title, organisation, particle,
    place or word that names no one, and the titles are no particles nor follow a connector.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_title_and_surname(n, n.lower().split(" "), lexicon()) for n in ["Mr Betts", "Prime Minister Kishida",
    ...     "Anna Lee", "Mr Van", "Mr China"]]
    [True, True, False, False, False]
    """
    first = lows[0]
    return (
        first in lex.titles  # (most names have no title: at once)
        and first != "the"  # ("The Speaker" is a title phrase, read apart)
        and first not in lex.starters
        and first not in lex.particles
        and (len(lows) == 2 or lows[1] in lex.titles and lows[1] not in lex.particles)
        and lows[-1] not in lex.not_surnames  # (a title, an organisation, a particle, a place's last word, ...)
        and not (lows[-2] in lex.title_connectors and name.rsplit(" ", 2)[-2] in lex.title_connectors)
    )


def _office_of(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` are an office and its department: titles, ``for`` or ``of``, and capitalised words.

    The words before the connector are titles or an organisation's words, one a title at least
    (``Cabinet Secretary for Education``); the department after it is capitalised words, with
    ``and`` or ``the`` between them (``Minister for Foreign Affairs and Trade``).

    >>> from kit.parsing.lexicon import lexicon
    >>> [_office_of(n.split(), lexicon()) for n in ["Secretary for Security", "Cabinet Secretary for Education",
    ...     "Minister of Foreign Affairs and Trade", "Friends of Syria", "Minister for the", "Head of state",
    ...     "MINISTER OF DEFENCE AND MILITARY VETERANS"]]
    [True, True, True, False, False, False, True]
    >>> [_office_of(n.split(), lexicon()) for n in ["Presidente de la República", "Ministre des Armées"]]
    [True, True]
    """
    lows = [w.lower() for w in words]  # (in capitals too: "MINISTER OF DEFENCE AND MILITARY VETERANS")
    # (and as other languages join them: "Presidente de la República", "Ministre des Armées", "Ministro da Fazenda")
    at = next((k for k, w in enumerate(lows) if w in _OFFICE_LINKS), None)
    if not 3 <= len(words) <= 8 or at is None:
        return False
    while at + 1 < len(lows) and lows[at + 1] in _OFFICE_LINKS:
        at += 1  # ("de la")
    head, department = [w for w in lows[:at] if w not in _OFFICE_LINKS], words[at + 1 :]
    return (
        bool(head)
        and bool(department)
        and all(w in lex.titles or w in lex.organisations for w in head)
        and any(w in lex.titles for w in head)
        and department[-1][:1].isupper()
        and all(w[:1].isupper() or w in ("and", "the", "of", "&") for w in department)
    )


# the words that join an office to what it is of or for, in English and as other languages write them
_OFFICE_LINKS = frozenset({"for", "of", "de", "del", "la", "des", "du", "da", "do", "dos", "das", "di", "della", "dei"})


def _caps_word(word: str) -> bool:
    """A word in capitals, in any script: ``PUTIN``, ``MARTÍNEZ``, ``O'MALLEY``, ``U.S.``, ``ПУТИН``.

    >>> [_caps_word(w) for w in ["MARTÍNEZ", "U.S.", "Martínez", "MARTíNEZ", ".NET"]]
    [True, True, False, False, False]
    >>> [_caps_word(w) for w in ["McCARTHY", "MacDONALD", "Mc", "McCarthy"]]  # (a surname's prefix, as printed)
    [True, True, False, False]
    """
    if word[:2] == "Mc" or word[:3] == "Mac":
        word = word[2:] if word[:2] == "Mc" else word[3:]
        return len(word) >= 2 and all(ch.isupper() or ch in ".'’-" for ch in word)
    return word[:1].isupper() and all(ch.isupper() or ch in ".'’-" for ch in word)


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
    >>> split_name("Mr Gerald Tan Wei Ming"), split_name("President of Russia Vladimir Putin")[1]
    (('Mr', 'Gerald Tan Wei Ming'), 'Vladimir Putin')
    >>> split_name("Deputy S.G. Luce"), split_name("Deputy I. Gardiner of St. Helier North")
    (('Deputy', 'S.G. Luce'), ('Deputy', 'I. Gardiner'))
    >>> split_name("Hon Chris Bishop"), split_name("Mr. IWAYA Takeshi")
    (('Hon', 'Chris Bishop'), ('Mr.', 'Iwaya Takeshi'))
    >>> split_name("HE Mr. David Lammy, Foreign Secretary")
    ('HE Mr., Foreign Secretary', 'David Lammy')
    >>> split_name("HE Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister")
    ('HE Sheikh, Prime Minister', 'Mohammed bin Abdulrahman bin Jassim Al-Thani')
    >>> split_name("Tsujimoto Kiyomi-kun"), split_name("Minister Kato-san")
    ((None, 'Tsujimoto Kiyomi'), ('Minister', 'Kato'))

    """
    lex = lex or lexicon()
    known = lex.names_seen.get(name)
    if known is None:
        if len(lex.names_seen) > 100_000:
            lex.names_seen.clear()
        title, person = _split_name(name, lex)
        known = lex.names_seen[name] = (title, person and without_honorific(person))
    return known


def without_honorific(person: str) -> str:
    """A name without the honorific a translation keeps joined to its last word by a hyphen.

    Args:
        person: a person's name.

    Returns:
        The name without ``-kun``, ``-san``, ``-nim`` and the like; any other name unchanged.

    >>> without_honorific("Tsujimoto Kiyomi-kun"), without_honorific("Jean-Pierre"), without_honorific("Lee Jae-myung")
    ('Tsujimoto Kiyomi', 'Jean-Pierre', 'Lee Jae-myung')
    """
    return _HONORIFIC.sub("", person) if "-" in person else person


# A Japanese or Korean honorific joined to a name's last word by a hyphen, as translations keep it:
# "Tsujimoto Kiyomi-kun", "Kato-san", "Lee Jae-myung-nim" (not a name's own part: "Jean-Pierre", "Jae-myung")
_HONORIFIC = re.compile(r"-(?:kun|san|sama|shi|sensei|dono|nim|ssi)$")


# A peer's rank, name and territorial designation: "Lord Foster of Bath", "Baroness Hayman of Ullock".
_PEER = re.compile(
    r"(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Marquess|Duke|Duchess)"
    r" [A-Z][a-z'’\-]+ of [A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?"
)


#: A generation's suffix after a comma ("Charles Brown, Jr."), as it is written after the name.
NAME_SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
_SUFFIX = re.compile(r"(?:,? +|, *)((?i:jr|sr)\.?|II|III|IV)$")  # (a Roman numeral in capitals: "Austin III")


# A name surname first, then a note: "Okafor, Chidi (DOH)".
_INVERTED = re.compile(r"([A-Z][a-z'’\-]+), ([A-Z][a-z'’\-]+)((?: \([^()]{1,60}\))?)")


def _split_name(name: str, lex: Lexicon) -> tuple[str | None, str | None]:
    if name.count(" | ") > 1:
        return name, None  # a page's menu ("Website Policies | Help | Contact Us | Visitors"), no one's name
    if (excellency := EXCELLENCY.match(name)) is not None:  # "HE Mr. David Lammy": His Excellency, a title
        title, person = _split_name(name[excellency.end() :], lex)
        return " ".join(x for x in (excellency.group(0).strip(), title) if x), person
    if " of " in name and _PEER.fullmatch(name) and name.split()[1].lower() not in lex.titles:
        return None, name  # the whole is the name a peer is known by (not "Minister of Defence")
    suffix = _SUFFIX.search(name, len(name) - 6) if len(name) > 6 else None
    if suffix:  # "GENERAL CHARLES Q. BROWN, JR.", "LLOYD J. AUSTIN III": the suffix stays with the name it ends
        title, person = _split_name(name[: suffix.start()], lex)
        written = NAME_SUFFIXES[suffix.group(1).rstrip(".").lower()]
        return (title, f"{person} {written}") if person else (name, None)
    if " -- " in name and lex.titles.isdisjoint(name.partition(" -- ")[2].lower().replace(",", " ").split()):
        return name, None  # "Name -- Title", as a transcript service types it; not "New York -- Reuters"
    if " of " in name:  # a member and their seat: "Deputy M. Tadier of St. Brelade", "Senator Ann Lee of Ohio"
        before, _, place = name.partition(" of ")
        if "," not in before and all(w[:1].isupper() or w in _TITLE_LINKS or w == "," for w in place.split()):
            title, person = _split_words(before, lex)
            if (
                title
                and person
                and " " in person  # (a name of two words at least: not "Chief Rabbi of Russia Berel Lazar")
                and all(w.lower().strip(".") in lex.titles for w in title.split())
            ):
                return title, person
    segments = [s for s in _SEGMENTS.split(name) if s]
    if len(segments) == 2 and (outlet := _outlet_and_surname(segments, lex)):
        return outlet  # "Kyodo News, Sakai", "Tanaka, NHK": a journalist's outlet and surname, in either order
    if len(segments) > 1:
        for k in (0, len(segments) - 1):
            other = segments[-1 - k]
            if (
                segments[k].isupper()
                and PERSON_NOTE.fullmatch(other)
                and lex.titles_or_organisations.isdisjoint(other.lower().split())
                or segments[k][:1].isdigit()
            ):
                continue  # an organisation's letters beside a name as people write it: "LWV SCC - Carol Jensen" (not a
                # name in capitals before its office: "KAREN BASS, Mayor of Los Angeles"); an address after a name:
                # "Mr. Frank Dellarocco, 14 Woodville Road"
            title, person = _split_words(segments[k], lex)
            if person and not title and len(person.split()) >= 2:
                others = segments[1:] if k == 0 else segments[:-1]
                return ", ".join(others) or None, person
        title, person = _split_words(segments[-1], lex) if not segments[-1][:1].isdigit() else (None, None)
        if person and len(person.split()) >= 2:
            before = ", ".join(segments[:-1])
            return ", ".join(x for x in (before, title) if x) or None, person
        # A title and a name, then what describes them: "SEN. TED CRUZ, TEXAS".
        title, person = _split_words(segments[0], lex)
        if person and title and len(person.split()) >= 2 and all(w.lower() in lex.titles for w in title.split()):
            return ", ".join([title, *segments[1:]]), person
        return name, None
    title, person = _split_words(name, lex)
    words = name.split()
    if not person and len(words) >= 3 and words[0].lower() in lex.conversation.get("forms_of_address", ()):
        lows = [w.lower() for w in words[1:]]
        if _surname_is_title(words[1:], lows, lex):
            return words[0], " ".join(words[1:])  # "Hon Chris Bishop": a surname that is also a title, after "Hon"
    return title, person


def _outlet_and_surname(segments: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """``(outlet, surname)`` where one of two parts is a news outlet and the other one capitalised word, or ``None``.

    An outlet is one the vocabularies know, a name that ends as an outlet's does (``Asahi
    Shimbun``, ``Kyodo News``: ``outlet_name_ends``) or an abbreviation of three capitals or more that
    is no title, organisation or letters after a name (``NHK``, not ``MP``, nor a state's ``DC``); the
    surname is no title, and not a word that ends a name (``Jr``).

    >>> from kit.parsing.lexicon import lexicon
    >>> [_outlet_and_surname(p, lexicon()) for p in (["Kyodo News", "Sakai"], ["Tanaka", "NHK"], ["Smith", "MP"],
    ...     ["Anna", "Lee"], ["Okafor", "Chidi"], ["Washington", "DC"], ["Davis", "CTO"])]
    [('Kyodo News', 'Sakai'), ('NHK', 'Tanaka'), None, None, None, None, None]
    >>> _outlet_and_surname(["NHK", "KOBAYASHI"], lexicon()), _outlet_and_surname(["Jiji Press", "YAMADA"], lexicon())
    (('NHK', 'Kobayashi'), ('Jiji Press', 'Yamada'))
    """
    for outlet, surname in (segments, segments[::-1]):
        low = surname.lower()
        if surname.isupper() and len(surname) > 2:
            surname = person_case(surname)  # a surname in capitals, as a Japanese record writes it ("NHK, KOBAYASHI")
        if not PERSON_WORD.fullmatch(surname) or low in lex.titles or low in lex.not_names or low in lex.starters:
            continue
        if outlet_named(outlet, lex) or _ends_as_outlet(outlet, lex):
            return outlet, surname
        if (
            3 <= len(outlet) <= 6  # (not a state's two letters: "Washington, DC", "Austin, TX")
            and outlet.isalpha()
            and outlet.isupper()
            and outlet.lower() not in lex.titles_or_organisations
            and outlet.lower() not in lex.conversation.get("post_nominals", ())
        ):
            return outlet, surname
    return None


def _ends_as_outlet(name: str, lex: Lexicon) -> bool:
    """Whether a name of capitalised words ends as a news outlet's name does (``Asahi Shimbun``, ``Kyodo News``)."""
    words = name.split()
    ends = lex.conversation.get("outlet_name_ends", ())
    return (
        1 < len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and (words[-1].lower() in ends or words[-2].lower() == "news")  # (and "Yonhap News Agency")
    )


def _unglued(text: str, lex: Lexicon) -> str:
    """Words run together by a lost space parted (``VladimirPutin``), but not a name's prefix and its stem.

    A small-letter run that is ``Mc``, ``Mac``, ``Fitz`` or a particle (``De``, ``La``,
    ``Van``, ``Del``) before a capital is part of one surname: ``McDonald``, ``DeSantis``.

    >>> from kit.parsing.lexicon import lexicon
    >>> _unglued("VladimirPutin McDonald MacCallum DeSantis LaHood FitzGerald AnnaLee", lexicon())
    'Vladimir Putin McDonald MacCallum DeSantis LaHood FitzGerald Anna Lee'
    """
    parts = _GLUED.split(text)
    joined = [parts[0]]
    for part in parts[1:]:
        head = joined[-1]
        stem = head[max(head.rfind(" "), head.rfind("-")) + 1 :]  # the run before the capital, from its word's start
        glue = stem in _NAME_PREFIXES or stem[:1].isupper() and stem.lower() in lex.particles
        joined[-1] = head + part if glue else head
        if not glue:
            joined.append(part)
    return " ".join(joined)


_NAME_PREFIXES = frozenset({"Mc", "Mac", "Fitz"})  # a surname's prefix before a capital: McDonald, MacCallum


def _split_words(text: str, lex: Lexicon) -> tuple[str | None, str | None]:
    words = _unglued(text, lex).split() if _GLUED.search(text) else text.split()
    first = words[0].lower() if words else ""
    if 4 <= len(words) <= _LONG_NAME + 1 and (first.strip(".") in lex.titles or first in lex.titles) and first != "the":
        rest = words[1:]
        if all(_name_word(w, lex) for w in rest) and rest[0].lower() not in lex.particles:
            # a title, then names alone: "Mr Gerald Tan Wei Ming", "Ms Priscilla Koh Mei Ling" (all of them the name)
            return words[0], " ".join(person_case(w) if len(w) > 2 else w for w in rest)
    person: list[str] = []
    core = 0
    k = len(words) - 1
    chained = False  # a name of a father's and forefathers' names: "Mohammed bin Abdulrahman bin Jassim Al-Thani"
    while k >= 0 and core < (_CHAINED_NAME if chained else 3):
        word = words[k]
        low = word.lower().strip(".,")
        if low in lex.particles and person:
            person.insert(0, word)
            chained = chained or low in _LINEAGE
            k -= 1
            continue
        caps = word.isupper() and sum(c.isalpha() for c in word) >= 2
        if not word[:1].isupper() or not _NAME_WORD.fullmatch(word):
            break
        if low in lex.titles or low in lex.organisations or low in lex.not_names and not person:
            break
        if caps and person and not all(p.isupper() for p in person) and not _NAME_INITIALS.fullmatch(word):
            family = len(person) == 1 and word.isalpha() and len(word) >= 3 and low not in lex.outlets
            if not (family and (k == 0 or words[k - 1].lower().strip(".") in lex.titles)):
                break  # an acronym before a name ("Sberbank CEO German Gref"; not initials: "Deputy S.G. Luce")
            # (a family name in capitals before the given name, after a title: "Mr. IWAYA Takeshi")
        if k > 0 and (words[k - 1] in lex.title_connectors or caps and words[k - 1].lower() in lex.title_connectors):
            break  # after "of", "and": part of a title ("Minister of Defence", "SECRETARY FOR TRANSPORT AND LOGISTICS")
        ends = lex.place_ends.get(low)
        if ends and any(tuple(w.lower() for w in words[max(0, k + 1 - len(p)) : k + 1]) == p for p in ends):
            break  # the end of a place ("of the United Kingdom Boris Johnson")
        before = words[k - 1].lower().strip(".,") if k > 0 else ""
        if core >= 2 and before and before not in lex.titles and before not in lex.countries:
            if not (chained and before in _LINEAGE):
                break  # a third name word only as the whole label, or after a title or a country ("of Turkey Recep Tayyip Erdogan")
        person.insert(0, word)
        core += len(word) != 2 or word[1] != "."  # (an initial, "Q.", is no word of the three)
        k -= 1
    while person and person[0].lower() in lex.particles:
        person.pop(0)
        k += 1
    title = " ".join(words[: k + 1]).strip(" ,") or None
    if not person:
        return text, None
    return title, " ".join(person_case(w) if len(w) > 2 else w for w in person)


_LONG_NAME = 5  # the most words of a name after a single title ("Mr Daniel Lim Kok Seng")
_LINEAGE = frozenset({"bin", "ibn", "bint", "binti", "ben"})  # "son of", "daughter of", between a name's names
_CHAINED_NAME = 5  # the most names (not counting "bin") of a name of lineage


def _name_word(word: str, lex: Lexicon) -> bool:
    """Whether a word may be one of a person's names: capitalised (or a particle), no title, organisation or place."""
    low = word.lower().strip(".,")
    if low in lex.particles:
        return True
    return (
        word[:1].isupper()
        and _NAME_WORD.fullmatch(word) is not None
        and low not in lex.not_surnames  # (titles, organisations, words that name no one, places' last words)
        and low not in lex.title_connectors
        and low not in lex.countries
    )


def cased_name(name: str) -> str:
    """A name as people write it, each word in capitals cased (:func:`person_case`).

    Args:
        name: a name, its words in capitals or not (``GLADYS BOSS SHOLLEI``, ``Paschal DONOHOE``).

    Returns:
        The name with each word in capitals cased; other words, and initials (``P.J.``), as written.

    >>> cased_name("GLADYS BOSS SHOLLEI"), cased_name("Paschal DONOHOE"), cased_name("P.J. HARCOURT")
    ('Gladys Boss Shollei', 'Paschal Donohoe', 'P.J. Harcourt')
    """
    return " ".join(person_case(word) for word in name.split())


def person_case(word: str) -> str:
    """A word of a name in capitals as people write it: ``JEAN-PIERRE`` -> ``Jean-Pierre``.

    Args:
        word: one word of a name.

    Returns:
        The word with each part (after a hyphen or an apostrophe, after ``Mc``) capitalised,
        or unchanged when it is not in capitals or holds a dot (``U.S.``).

    >>> [person_case(w) for w in ["JEAN-PIERRE", "O'MALLEY", "McFARLANE", "PUTIN", "U.S.", "Biden"]]
    ['Jean-Pierre', "O'Malley", 'McFarlane', 'Putin', 'U.S.', 'Biden']
    """
    if word[1:].islower() or "." in word[:-1] or sum(ch.isupper() for ch in word) < 2:
        return word  # (most words at once: a capital, then small letters)
    prefix = ""
    if word[:2] == "Mc" and word[2:].isupper():
        prefix, word = "Mc", word[2:]
    elif not word.isupper():
        return word
    parts = re.split(r"([-'’])", word)
    return prefix + "".join(p if p in ("-", "'", "’") else p[:1] + p[1:].lower() for p in parts)


def _surname_is_title(words: list[str], lows: list[str], lex: Lexicon) -> bool:
    """Whether a label is a person whose surname is also a title word (``John Major``, ``Martin Luther King``).

    Two or three words in title case: every word before the last a capitalised name word that
    is no title, organisation, country, place or prose word, and the last a title word. A
    title after a word of another kind (``Finance Minister``, ``Prime Minister``) is a title.
    """
    if not 2 <= len(words) <= 3 or lows[-1] not in lex.titles or not words[-1][1:].islower():
        return False
    return all(
        _NAME_WORD.fullmatch(w)
        and w[1:].islower()
        and low not in lex.titles
        and low not in lex.organisations
        and low not in lex.countries
        and low not in lex.not_names
        and low not in lex.prose_words
        and low not in lex.starters
        and (low,) not in lex.place_set
        for w, low in zip(words[:-1], lows[:-1], strict=True)
    )
