"""Caption files (WebVTT ``.vtt``, SubRip ``.srt``) recognised from their lines, and each line classified.

A caption file is a header (WebVTT only), then blocks separated by blank lines. A cue's
block is an optional identifier (SRT's number), a timing line, and the payload: the lines
that are shown on screen::

    WEBVTT                                  cue    (the header block, until a blank line)
    Kind: captions                          cue
                                            blank
    NOTE edited by hand                     cue    (NOTE, STYLE and REGION blocks, to a blank line)
                                            blank
    intro                                   cue    (an identifier: optional)
    00:01.000 --> 00:04.000 align:start     cue    (the timing line, settings after it)
    <v Anna>Good morning.                   text   times[7] = "00:00:01.000", voices[7] = ("<v Anna>", "Anna")
    - Thank you.                            text   changes = {8}: a new speaker, not named

The parser keeps every line of a source with its line number, so nothing here rewrites
the text: :func:`read_captions` gives a kind per line and what each cue says about its
lines (:class:`Captions`), and :func:`caption_text` gives a payload line's words without
its markup. A ``NAME:`` label inside a cue is left to the parser's own label matcher.

A video site's transcript, copied from its page, is read the same way: a time alone on its
line (``0:02``, ``1:02:03``) stands for a cue's timing, and the line below it is the cue's
words; a line right before a time is a chapter's title (``Intro``), like a cue's identifier.

The lines are read once, each with a look at the next one, so the pass is linear.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kit.parsing.layout import BLANK_CHARS

__all__ = ["Captions", "read_captions", "may_be_captions", "caption_text"]

_STAMP = r"(?:\d+:)?\d{2}:\d{2}[,.]\d{3}"
#: A timing line: start and end (``01:02.500``, ``00:01:02,500``), then a cue's settings.
_TIMING = re.compile(rf"({_STAMP})[ \t]*-->[ \t]*{_STAMP}(?:[ \t].*)?")
_PARTS = re.compile(r"(?:(\d+):)?(\d{2}):(\d{2})[,.](\d{3})")
_HEADER = re.compile(r"\ufeff?WEBVTT(?:[ \t].*)?")
_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")  # WebVTT blocks that are no cue
# Tags hold no "<" (nor overrides "{"): a stray one ends the search there, which keeps every pattern linear.
# What may come before a speaker at a line's start: opening tags, inline timestamps, {\an8}.
_OPENING = r"(?:<(?i:[cibu]|lang|font)(?=[\s.>])[^<>]*>|<(?:\d+:)?\d{2}:\d{2}\.\d{3}>|\{\\[^{}]*\})[ \t]*"
# A new speaker: ">>" (">>>" starts a new story), or a dialogue dash.
_MARKER = r"(?:>>>?(?!>)|[-–—](?=[ \t])|-(?=[^\W\d_]))"
_VOICE = re.compile(rf"[ \t]*(?:{_OPENING})*(?:{_MARKER}[ \t]*(?:{_OPENING})*)?<v(?:\.[^\s<>]*)?[ \t]+([^<>]*?)[ \t]*>")
_INLINE_TIME = re.compile(r"<(?:\d+:)?\d{2}:\d{2}\.\d{3}>")  # a word's time inside a cue: "word<00:00:01.330>"
_CHANGE = re.compile(rf"[ \t]*(?:{_OPENING})*{_MARKER}")
_MARKUP = re.compile(
    # a ruby's reading, markup in it too, to its end tag (which </ruby> or the next <rt> may stand for)
    r"<rt(?=[\s.>])[^<>]*>(?:[^<]+|<(?!/?r(?:t|uby)\b)[^<>]*>)*(?:</rt>)?"
    r"|</?(?:[cibuv]|lang|ruby|rt|font)(?=[\s.>])[^<>]*>"
    r"|<(?:\d+:)?\d{2}:\d{2}\.\d{3}>"  # an inline timestamp (karaoke-style captions)
    r"|\{\\[^{}]*\}",  # an ASS override such as {\an8}
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:(amp|lt|gt|nbsp|lrm|rlm|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED = {
    "amp": "&",
    "lt": "<",
    "gt": ">",
    "nbsp": "\u00a0",
    "lrm": "\u200e",
    "rlm": "\u200f",
    "quot": '"',
    "apos": "'",
}
_SHARE = 8  # an SRT file has at least one timing line in this many non-blank lines
#: A time alone on its line, as a video site's transcript shows one above each caption: ``0:02``, ``[1:02:03]``.
_BARE_TIME = re.compile(r"[\[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[\])]?")
_STAMPS = 4  # a transcript timed by such lines has this many at least
_LOOK = 100  # and one of them among its first lines (looked for there first, at once)


class Captions(NamedTuple):
    """A caption file's lines, classified (see the module docstring for a picture).

    Attributes:
        kinds: one per line: ``"cue"`` (the header, NOTE, STYLE and REGION blocks, cue
            identifiers and timing lines), ``"blank"``, or ``"text"`` (a line of a payload).
        times: the index of each cue's first payload line -> the cue's start time as
            ``HH:MM:SS.mmm``.
        voices: the index of a payload line that opens with a WebVTT voice tag ->
            ``(prefix, name)``: the line's text up to the end of the tag, and the name in it.
        changes: the indexes of payload lines that open with a new speaker's marker
            (``>>``, or a dialogue dash ``- ``) but no voice tag.
        outside: the indexes of lines with words after the last cue of a transcript timed
            by times alone on their lines (a web page's links and buttons): no cue's words.
        first: the first line of the first cue, where no time marks it (live captions
            pasted as text, ``>>`` at each change of speaker); ``None`` where times do.
    """

    kinds: list[str]
    times: dict[int, str]
    voices: dict[int, tuple[str, str]]
    changes: set[int]
    outside: frozenset[int] | set[int] = frozenset()
    first: int | None = None


def read_captions(lines: list[str]) -> Captions | None:
    """Classify the lines of a caption file, or say that they are not one.

    WebVTT: the first line with text is ``WEBVTT`` (a byte order mark before it, a space
    or tab and any text after it). SubRip: at least two blocks that start with a timing
    line (``00:00:01,000 --> 00:00:02,500``, after a number line or none), and one timing
    line at least in every eight lines with text.

    The rules are forgiving where caption files are sloppy: an SRT block may lack its number
    or the blank line before it (a number line followed by a timing line is always a new
    cue's), and lines with text outside a cue are kept as ``"text"`` of the cue before them.
    A rolling caption (a video site's: each cue shows the line before again above its new
    line) has that repeated line marked ``"cue"``, so that its words are said once; so does
    a line of automatic captions (shown word by word, with inline times) shown again whole
    in a cue of its own. A line of spaces right after a timing line is the cue's, not its end.

    Args:
        lines: the source's lines, without their line endings.

    Returns:
        The lines' :class:`Captions`, or ``None`` when the lines are not a caption file.

    >>> found = read_captions(["WEBVTT", "", "00:01.000 --> 00:02.000", "<v Anna>Hello", ">> Hi", ""])
    >>> found.kinds
    ['cue', 'blank', 'cue', 'text', 'text', 'blank']
    >>> found.times, found.voices, found.changes
    ({3: '00:00:01.000'}, {3: ('<v Anna>', 'Anna')}, {4})
    >>> read_captions(["1", "00:00:01,000 --> 00:00:02,000", "Hi", "", "2", "00:00:03,000 --> 00:00:04,000", "Bye"]).times
    {2: '00:00:01.000', 6: '00:00:03.000'}
    >>> read_captions(["Q: What does --> mean?", "A: An arrow."]) is None
    True
    >>> found = read_captions(["Hearing", "0:00", ">> WELCOME.", "0:02", "TO ALL.", "0:04", ">> THANK YOU.",
    ...     "0:06", "YES.", "Share"])
    >>> found.kinds, found.times[2], found.changes, found.outside
    (['text', 'cue', 'text', 'cue', 'text', 'cue', 'text', 'cue', 'text', 'text'], '00:00:00.000', {2, 6}, {9})
    """
    shapes = [_shape(line) for line in lines]
    first = next((i for i, shape in enumerate(shapes) if shape != "blank"), None)
    if first is None:
        return None
    kinds = ["blank"] * len(lines)
    start = first
    # (a WEBVTT line above no cue's timing is no caption file's header)
    webvtt = bool(_HEADER.fullmatch(lines[first].rstrip(BLANK_CHARS))) and "timing" in shapes
    if webvtt:
        while start < len(lines) and shapes[start] not in ("blank", "timing"):
            kinds[start] = "cue"  # the header block: WEBVTT and its metadata lines
            start += 1
    elif not _is_srt(shapes):
        return _read_stamped(lines) or _read_marked(lines)
    return _classify(lines, shapes, kinds, start, webvtt)


def may_be_captions(lines: list[str]) -> bool:
    """Whether the first lines hold a cue's timing line, a time alone on its line or a ``>>``: worth :func:`read_captions`.

    Told at once for most texts, which hold neither.

    Args:
        lines: the source's lines.

    Returns:
        True where ``-->`` stands in the first twelve lines, or a time alone on a line
        (``0:02``) or a line that opens with ``>>`` in the first hundred.

    >>> may_be_captions(["1", "00:00:01,000 --> 00:00:02,000", "Hi."]), may_be_captions(["0:00", "Hi."])
    (True, True)
    >>> may_be_captions(["WEBVTT", "Anna: Hello."]), may_be_captions(["Q: When?", "A: At 9:30."])
    (False, False)
    """
    return (
        any("-->" in line for line in lines[:12])
        or any(
            line[:1] in _OPENINGS  # (most lines open with a letter: told at once)
            and (
                len(line) <= 14
                and ":" in line
                and _BARE_TIME.fullmatch(line.strip(BLANK_CHARS))
                or line.lstrip(" \t")[:2] == ">>"
            )
            for line in lines[:_LOOK]
        )
    )


_OPENINGS = frozenset("0123456789[(> \t\u00a0")  # what a time alone on its line, or a ">>", may open with


def _read_stamped(lines: list[str]) -> Captions | None:
    """The :class:`Captions` of a video site's transcript (times alone on their lines), or ``None``.

    The lines before the first time are left as text outside any cue (a page's title and
    what is under it), as are those after the last cue's words, marked ``outside``. Where
    each time has one line of words (as a video site shows them), a line between a cue's
    words and the next time is a chapter's title, a ``"cue"`` line.
    """
    seconds = [_seconds(line) for line in lines]
    stamps = [i for i, s in enumerate(seconds) if s is not None]
    if len(stamps) < _STAMPS:
        return None
    n = len(lines)
    first, last = stamps[0], stamps[-1]
    filled = sum(1 for line in lines[first:] if line.strip(BLANK_CHARS))
    worded = [i for i in stamps if i + 1 < n and seconds[i + 1] is None and lines[i + 1].strip(BLANK_CHARS)]
    ordered = sum(seconds[a] <= seconds[b] for a, b in zip(stamps, stamps[1:], strict=False))  # type: ignore[operator]
    if len(worded) * 5 < len(stamps) * 4 or ordered * 5 < (len(stamps) - 1) * 4 or len(stamps) * 3 < filled:
        return None
    # One line of words a time (but the last): the line after it is a time, a blank or the end.
    single = sum(i + 2 >= n or seconds[i + 2] is not None or not lines[i + 2].strip(BLANK_CHARS) for i in worded[:-1])
    if single * 5 < (len(worded) - 1) * 4:
        return None  # (times above paragraphs, or above a name and its words: a transcript's own layout)
    if sum(_INITIALLED.match(lines[i + 1]) is not None for i in worded) * 2 > len(worded):
        return None  # (a time above each turn's paragraph, opened by initials and a wide gap: "TAG        Thank you.")
    kinds = ["blank" if not line.strip(BLANK_CHARS) else "text" for line in lines]
    times: dict[int, str] = {}
    voices: dict[int, tuple[str, str]] = {}
    changes: set[int] = set()
    outside: set[int] = set()
    state = "between"  # or "timed" (a time before its words)
    time = ""
    end = last + 1 if last + 1 < n and seconds[last + 1] is None else last  # the last cue's line of words
    for i in range(first, n):
        if kinds[i] == "blank":
            state = "between"
        elif seconds[i] is not None:
            kinds[i], state = "cue", "timed"
            at = seconds[i]  # (read once, by _seconds)
            time = f"{at // 3600:02d}:{at // 60 % 60:02d}:{at % 60:02d}.000"
        elif state == "timed":
            if state == "timed":
                times[i] = time
                voice = _VOICE.match(lines[i])
                if voice and voice.group(1):
                    voices[i] = (voice.group(), caption_text(voice.group(1)))
                elif _CHANGE.match(lines[i]):
                    changes.add(i)
            state = "between"
        elif i + 1 < n and seconds[i + 1] is not None and _chapter(lines[i]):
            kinds[i] = "cue"  # a chapter's title, right before its first time
        elif i > end:
            outside.add(i)  # a web page's words after the transcript
        # (any other line of words between cues is the cue before's, as in a caption file)
    return Captions(kinds, times, voices, changes, outside)


def _read_marked(lines: list[str]) -> Captions | None:
    """The :class:`Captions` of live captions pasted as text: ``>>`` where the speaker changes, no times.

    Three marks at least, and one in every twenty lines with words from the first on, and
    more marks than lines that open like a label without one. The lines before the first
    mark (a title, the captioner's notice) are no cue's.
    """
    marked = [i for i, line in enumerate(lines) if _CHANGE.match(line) and line.lstrip(" \t")[:2] == ">>"]
    if len(marked) < _MARKS:
        return None
    # (a transcript with labels of its own, and a few ">>" among them, is no such thing)
    if sum(1 for line in lines if _LABELISH.match(line)) > len(marked):
        return None
    first = marked[0]
    filled = sum(1 for line in lines[first:] if line.strip(BLANK_CHARS))
    if len(marked) * _MARKED_SHARE < filled:
        return None
    kinds = ["blank" if not line.strip(BLANK_CHARS) else "text" for line in lines]
    return Captions(kinds, {}, {}, set(marked), set(), first)


_INITIALLED = re.compile(r"[A-Z]{2,4}(?:\t| {2,})[ \t]*[A-Z\"“'‘(\[]")
_MARKS = 3  # live captions pasted as text have this many ">>" at least
# a line that opens like a label: "Anna Lee: ", "Q. ", "A: "
_LABELISH = re.compile(r"[ \t]*(?:[A-Z][\w.'’\-]*(?: [\w.'’\-]+){0,5}: |[QA][.:]?[ \t])")
_MARKED_SHARE = 20  # and one in this many lines with words


def _chapter(line: str) -> bool:
    """Whether a line between two captions is a chapter's title: a few words that end no sentence ("Questioning")."""
    text = line.strip(BLANK_CHARS)
    return len(text.split()) <= _CHAPTER_WORDS and text[-1:] not in '.?!,;:"”’)'


_CHAPTER_WORDS = 8


def _seconds(line: str) -> int | None:
    """The seconds of a time alone on a line (``1:02``, ``[01:02:03]``), or ``None``."""
    if len(line) > 14 or ":" not in line:
        return None
    found = _BARE_TIME.fullmatch(line.strip(BLANK_CHARS))
    if found is None:
        return None
    hours, minutes, seconds = found.groups()
    return (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds) if int(seconds) < 60 else None


def caption_text(text: str) -> str:
    r"""A cue payload's words without its markup.

    Drops the tags of WebVTT (``<c.yellow>``, ``<i>``, ``<b>``, ``<u>``, ``<v Anna>``,
    ``<lang en>``, ``<ruby>``, inline timestamps ``<00:00:01.000>``) and SRT (``<font ...>``,
    ``{\an8}``), each with its closing tag; a ruby's reading (``<rt>...</rt>``) goes with its
    tags. Then decodes the character references (``&amp;``, ``&lt;``, ``&gt;``, ``&nbsp;``,
    ``&lrm;``, ``&rlm;``, ``&quot;``, ``&apos;``, ``&#39;``). Spacing is kept as it is.

    Args:
        text: a payload line (or several).

    Returns:
        The text as it reads on screen.

    >>> caption_text("<v Anna><i>Tom &amp; Jerry</i></v> &lt;laughs&gt;")
    'Tom & Jerry <laughs>'
    >>> caption_text("{\\an8}<font color='#ffff00'>Up here</font>")
    'Up here'
    """
    text = _MARKUP.sub("", text)
    return _ENTITY.sub(_decode, text)


def _decode(match: re.Match[str]) -> str:
    name, decimal, hexadecimal = match.groups()
    if name:
        return _NAMED[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else match.group()


def _shape(line: str) -> str:
    """``"blank"``, ``"timing"``, ``"number"`` (digits alone) or ``"line"``."""
    text = line.strip(BLANK_CHARS)
    if not text:
        return "blank"
    if "-->" in text and _TIMING.fullmatch(text):
        return "timing"
    if text.isascii() and text.isdigit():
        return "number"
    return "line"


def _is_srt(shapes: list[str]) -> bool:
    """At least two blocks opened by a timing line, and timing lines a clear share of the lines."""
    blocks = timings = filled = 0
    before = "blank"
    for shape in shapes:
        if shape == "timing":
            timings += 1
            blocks += before in ("blank", "number")
        if shape != "blank":
            filled += 1
        before = shape
    return blocks >= 2 and timings * _SHARE >= filled


def _start_time(timing: str) -> str:
    """A timing line's start as ``HH:MM:SS.mmm``."""
    hours, minutes, seconds, millis = _PARTS.match(timing).groups()  # the first stamp
    return f"{(hours or '0').zfill(2)}:{minutes}:{seconds}.{millis}"


def _classify(lines: list[str], shapes: list[str], kinds: list[str], start: int, webvtt: bool) -> Captions:
    """The pass over the blocks from line ``start`` on (``kinds`` before it are set)."""
    times: dict[int, str] = {}
    voices: dict[int, tuple[str, str]] = {}
    changes: set[int] = set()
    state = "between"  # between blocks, "meta" (a NOTE block), "timed" (a cue before its payload), "payload"
    time = ""
    shown = ""  # the last line of words shown (without markup)
    karaoke = False  # whether lines are shown word by word (inline times), as a video site's automatic captions are
    n = len(lines)
    for i in range(start, n):
        shape = shapes[i]
        if shape == "blank":
            kinds[i] = "blank"
            # (a line of spaces right after the timing is the cue's first line, not the end of the cue)
            state = "timed" if state == "timed" and lines[i] else "between"
        elif shape == "timing":
            kinds[i], state = "cue", "timed"
            time = _start_time(lines[i].strip(BLANK_CHARS))
        elif i + 1 < n and shapes[i + 1] == "timing" and (state == "between" or shape == "number"):
            kinds[i] = "cue"  # the next cue's identifier
        elif state == "meta" or state == "between" and webvtt and _BLOCK.fullmatch(lines[i].strip(BLANK_CHARS)):
            kinds[i], state = "cue", "meta"
        elif (
            state == "timed"
            and (karaoke or i + 1 < n and shapes[i + 1] not in ("blank", "timing"))
            and caption_text(lines[i]).strip(BLANK_CHARS) == shown
            and not _INLINE_TIME.search(lines[i])  # (a line shown word by word is said now, even if said before)
        ):
            # A rolling caption's line shown again above the new one, or (in captions shown word
            # by word) shown again whole in a cue of its own: said once.
            kinds[i] = "cue"
        else:
            kinds[i] = "text"
            if state == "timed":
                times[i] = time
            state = "payload"
            shown = caption_text(lines[i]).strip(BLANK_CHARS)
            karaoke = karaoke or _INLINE_TIME.search(lines[i]) is not None
            voice = _VOICE.match(lines[i])
            if voice and voice.group(1):
                voices[i] = (voice.group(), caption_text(voice.group(1)))
            elif _CHANGE.match(lines[i]):
                changes.add(i)
    return Captions(kinds, times, voices, changes)
