"""The transcript text of a web page: title, dateline, lead, then one paragraph a line.

:func:`page_text` turns a web page's HTML into the plain transcript text the parser
reads, so ``kit.read_page("9200.html")`` and ``kit.read_transcript("9200.txt")`` parse alike.

What counts as transcript text is decided by the shape of the page and by web
standards, not by the markup of particular sites:

- the article is the ``<article>`` (else ``<main>``, else ``<body>``) holding the most
  paragraphs; menus, headers and footers outside it are never read;
- the body is the element inside it with the most ``<p>`` children; its paragraphs,
  headings, list items and quotations are the text, one a line, in page order. Photo
  sliders, figures and captions, video players, tag lists and "publication status"
  blocks are other children of the body (``<div>``, ``<figure>``) or lie outside it;
- the title is the article's ``<h1>``; the dateline is its first ``<time>`` outside the
  body, with the clock time and the place written beside it (``October 9, 2010 16:00,
  Gorki, Moscow Region``); the lead is the article's summary (schema.org
  ``itemprop="description"`` or the microformat class ``entry-summary``/``p-summary``);
- text a reader does not see (``hidden``, ``aria-hidden="true"``, class ``hidden``,
  ``display:none``, scripts) is left out, such as the biography pop-ups inside names;
- runs of spaces and line breaks collapse to one space, ``<br>`` ends a line and
  no-break spaces are kept, as in the text files of the Kremlin archive.

The HTML parser is lxml (``lxml.html``, libxml2 underneath): it is fast (the largest
saved Kremlin page, 336 kB, parses in 2 ms and gives its text in about 14 ms), robust
on broken markup, long maintained, and ships wheels for every platform Binder and
students use. selectolax is faster still but a smaller project with a smaller API;
BeautifulSoup is friendlier but slow (56 ms to parse the same page with its built-in
parser) and wants lxml underneath for speed anyway; trafilatura and jusText guess the
main text statistically, and a teaching kit should follow rules a student can read.
lxml is imported on first use, never by ``import kit``.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from os import PathLike

from kit.errors import TranscriptError, printable_name
from kit.source import decode, file_path, read_file

__all__ = ["page_text", "declared_charset"]

_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6")  # read as one line each
_LISTS = ("ul", "ol")  # one line per item
_QUOTES = ("blockquote",)  # its paragraphs, or its text as one line
_SKIP = frozenset(
    "script style noscript template nav aside header footer form button figure figcaption "
    "img picture video audio iframe object svg canvas select textarea".split()
)
_SPACES = re.compile(r"[ \t\n\r\f]+")  # not \u00a0: no-break spaces are kept
_BREAK = "\x00"  # stands for <br> while the text is collected (a NUL cannot be in HTML text)
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d\b")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def page_text(page: str | bytes | PathLike[str], source: str | None = None, encoding: str | None = None) -> str:
    """The transcript text of a web page: title, dateline, lead, then one paragraph a line.

    Args:
        page: the page's HTML (``str`` or ``bytes``), or the path of a saved page
            (a ``Path``, or a ``str`` with no ``<`` in it).
        source: a name for error messages (default: the path, or ``<page>``).
        encoding: for bytes or a file, the encoding when the page does not declare it
            and it is not UTF-8.

    Returns:
        The text, each line ending in a newline.

    Raises:
        TranscriptError: the page cannot be read or has no paragraphs.

    >>> print(page_text('''<nav><a href="/">Home</a></nav>
    ... <article><h1>Press conference</h1>
    ...   <div><time>June 16, 2021</time> <div>19:40</div> <div>Geneva</div></div>
    ...   <div class="body"><figure><img src="p.jpg"><figcaption>A photo</figcaption></figure>
    ...     <p>Question:   Why?</p><p>Vladimir Putin: Because.<br>Thank you.</p></div>
    ... </article>'''), end="")
    Press conference
    June 16, 2021 19:40, Geneva
    Question: Why?
    Vladimir Putin: Because.
    Thank you.
    """
    if isinstance(page, PathLike) or (isinstance(page, str) and "<" not in page) or page is None:
        path = file_path(page, "read_page")
        source = source or printable_name(path)
        page = read_file(path)  # the kit's message for a missing, folder, pipe or unreadable file
    return _markup_text(page, source or "<page>", encoding)


def _markup_text(page: str | bytes, source: str, encoding: str | None) -> str:
    """:func:`page_text` of markup (never a path)."""
    if isinstance(page, bytes):
        page = decode(page, source, encoding or declared_charset(page))
    if not isinstance(page, str):
        problem = f"expected a web page (str or bytes), got {type(page).__name__}"
        raise TranscriptError(source, problem)
    lines = _extract(page, source)
    if not lines:
        raise TranscriptError(source, "no article text found in the page (it has no paragraphs)")
    return "\n".join(lines) + "\n"


def declared_charset(data: bytes) -> str | None:
    """The encoding a page names for itself in its first 4 kB (``<meta charset>``).

    Args:
        data: the page's bytes.

    Returns:
        The encoding's name, or ``None`` when the page starts with a byte-order mark
        (:func:`kit.source.decode` reads that), names none, or names one Python does not know.

    >>> declared_charset(b'<meta charset="windows-1251"><p>...')
    'windows-1251'
    >>> declared_charset(b"<p>no charset</p>") is None
    True
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None  # kit.source.decode reads the byte-order mark
    found = _CHARSET.search(data[:4096])
    if not found:
        return None
    name = found.group(1).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None  # a name Python does not know: read it as UTF-8
    return name


def _extract(markup: str, source: str) -> list[str]:
    """The lines of a page's transcript text (empty if it has no paragraphs)."""
    from lxml import etree, html  # imported here: `import kit` must not load lxml

    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses one in a str
    if not markup.strip():
        raise TranscriptError(source, "the page is empty")
    try:
        document = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as error:
        raise TranscriptError(source, f"cannot be read as a web page: {error}") from None
    article = _article(document)
    if article is None:
        return []
    counts = Counter(p.getparent() for p in article.iter("p") if _shown(p))
    if not counts:
        return []
    body = max(counts, key=counts.__getitem__)  # the first of the fullest, in page order

    lines: list[str] = []
    titles = article.xpath(".//h1") or document.xpath("//h1")
    if titles:
        lines += _lines(titles[0])
    times = [t for t in article.iter("time") if body not in t.iterancestors() and _shown(t)]
    if times:
        dateline = _dateline(times[0])
        if dateline:
            lines.append(dateline)
    for lead in article.xpath(_LEAD):
        apart = lead is not body and body not in lead.iterancestors()
        if apart and lead not in body.iterancestors() and _lines(lead):
            lines += _lines(lead)
            break
    for child in body:
        lines += _block(child)
    return lines


_LEAD = (
    ".//*[@itemprop='description' or contains(concat(' ', normalize-space(@class), ' '), "
    "' entry-summary ') or contains(concat(' ', normalize-space(@class), ' '), ' p-summary ')]"
)


def _article(document):
    """The ``<article>`` (else ``<main>``, else ``<body>``) with the most shown paragraphs."""
    for tag in ("article", "main", "body"):
        found = [e for e in document.iter(tag) if _shown(e)]
        if found:
            fullest = max(found, key=lambda e: sum(1 for p in e.iter("p") if _shown(p)))
            if any(True for _ in fullest.iter("p")):
                return fullest
    return None


def _block(element) -> list[str]:
    """The lines of one child of the body: a paragraph, heading, list or quotation."""
    if not isinstance(element.tag, str) or not _shown(element):
        return []
    if element.tag in _BLOCKS:
        return _lines(element)
    if element.tag in _LISTS:
        return [line for item in element if item.tag == "li" for line in _lines(item)]
    if element.tag in _QUOTES:
        inner = [line for child in element if child.tag in _BLOCKS for line in _block(child)]
        return inner or _lines(element)
    return []  # a slider, figure, video, tag list, table, form: page furniture


def _dateline(time) -> str:
    """``October 9, 2010 16:00, Gorki, Moscow Region`` from a ``<time>`` and what follows it."""
    pieces = _lines(time)
    for sibling in time.itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag != "a" and sibling.tag not in _SKIP:
            pieces += [p for p in _lines(sibling) if any(c.isalnum() for c in p)]
    if not pieces:
        return ""
    line = pieces[0]
    for n, piece in enumerate(pieces[1:]):
        line += " " if n == 0 and _CLOCK.match(piece) else ", "
        line += piece
    return line


def _lines(element) -> list[str]:
    """An element's shown text, spaces collapsed, split at ``<br>``; blank lines dropped."""
    parts: list[str] = []
    _collect(element, parts)
    lines = (_SPACES.sub(" ", line).strip(" ") for line in "".join(parts).split(_BREAK))
    return [line for line in lines if line.strip(" \u00a0")]


def _collect(element, parts: list[str]) -> None:
    """Append the shown text inside ``element`` (not its tail) to ``parts``."""
    if not isinstance(element.tag, str) or element.tag in _SKIP or not _shown(element):
        return
    if element.tag == "br":
        parts.append(_BREAK)
    if element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def _shown(element) -> bool:
    """False for an element a reader does not see (hidden, aria-hidden, display:none)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return False
    if "hidden" in (element.get("class") or "").split():
        return False
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" not in style and "visibility:hidden" not in style
