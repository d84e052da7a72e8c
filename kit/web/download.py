"""Fetch a web page once and keep it: links are read from a cache folder after the first time.

Links are fetched only when asked (:func:`fetch`, ``kit.read_page``), with a timeout, and
kept in a cache folder (``$XDG_CACHE_HOME/press-conference-kit/pages`` or
``~/.cache/press-conference-kit/pages``, :func:`cache_folder`), so a page is downloaded
once and the lesson then works offline. urllib is the client: nothing to install.
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from os import PathLike
from pathlib import Path

from kit._files import write_atomic
from kit.errors import TranscriptError
from kit.source import decode
from kit.web.page import declared_charset

__all__ = ["fetch", "is_url", "cache_folder", "USER_AGENT", "MAX_BYTES", "TIMEOUT"]

#: Seconds to wait for a server before giving up, unless a call says otherwise.
TIMEOUT = 10.0

#: How the kit names itself to web servers.
USER_AGENT = "press-conference-kit/0.1 (a teaching kit; Python urllib)"
#: Larger answers are refused: no transcript page comes near it.
MAX_BYTES = 50_000_000


def is_url(text: str | PathLike[str]) -> bool:
    """Whether ``text`` is a web link (``http://`` or ``https://``) rather than a file path.

    Args:
        text: what the user passed: a path or a link.

    Returns:
        ``True`` for a link :func:`fetch` reads.

    >>> is_url("https://en.kremlin.ru/events/president/news/9200"), is_url("9200.html")
    (True, False)
    """
    return isinstance(text, str) and re.match(r"(?i)https?://", text.strip()) is not None


def fetch(
    url: str,
    *,
    cache_dir: str | PathLike[str] | None = None,
    timeout: float = TIMEOUT,
    refresh: bool = False,
) -> str:
    """Download a web page once and keep it: later calls read the copy, not the network.

    Args:
        url: an ``http://`` or ``https://`` link.
        cache_dir: the folder for copies (default: :func:`cache_folder`).
        timeout: seconds to wait for the server before giving up.
        refresh: download again even if a copy is kept.

    Returns:
        The page's HTML, decoded with the charset the server or the page declares.

    Raises:
        TranscriptError: ``cannot fetch URL: ...`` when offline, on a timeout, an HTTP
            error or an answer that is not a web page.

    >>> fetch("ftp://example.org/a.html")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: ftp://example.org/a.html: cannot fetch URL: only http:// and https://...
    """
    if not is_url(url):
        raise TranscriptError(url, "cannot fetch URL: only http:// and https:// links are read")
    url = url.strip()
    folder = Path(cache_dir) if cache_dir is not None else cache_folder()
    kept = folder / f"{hashlib.sha256(url.encode('utf-8')).hexdigest()[:32]}.html"
    if not refresh:
        try:
            return kept.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            pass  # not kept yet (or a damaged copy): download it
    text = _download(url, timeout)
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(kept, text.encode("utf-8"))
    except OSError as error:
        warnings.warn(f"could not keep a copy of {url} in {folder}: {error}", stacklevel=2)
    return text


def cache_folder() -> Path:
    """The folder where fetched pages are kept: ``$XDG_CACHE_HOME`` or the user's cache folder.

    Returns:
        ``$XDG_CACHE_HOME/press-conference-kit/pages`` if that variable is set, else
        ``~/.cache/press-conference-kit/pages`` (on Windows, under ``%LOCALAPPDATA%``).
        Pass ``cache_dir=`` to :func:`fetch` or ``kit.read_page`` to use another folder.

    >>> cache_folder().parts[-2:]
    ('press-conference-kit', 'pages')
    """
    base = os.environ.get("XDG_CACHE_HOME")
    if not base and os.name == "nt":
        base = os.environ.get("LOCALAPPDATA")
    return Path(base or Path.home() / ".cache") / "press-conference-kit" / "pages"


def _download(url: str, timeout: float) -> str:
    """GET ``url`` and decode it, or raise a one-line :class:`TranscriptError`."""
    import http.client
    import urllib.error
    import urllib.request

    accept = "text/html,application/xhtml+xml,*/*;q=0.5"
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise TranscriptError(url, f"cannot fetch URL: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise TranscriptError(url, f"cannot fetch URL: {_reason(error.reason, timeout)}") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise TranscriptError(url, f"cannot fetch URL: {_reason(error, timeout)}") from None
    if len(data) > MAX_BYTES:
        raise TranscriptError(url, f"cannot fetch URL: the page is larger than {MAX_BYTES:,} bytes")
    if not (kind.startswith("text/") or kind.endswith(("+xml", "/xml"))):
        raise TranscriptError(url, f"cannot fetch URL: it is {kind}, not a web page")
    return decode(data, url, charset or declared_charset(data))


def _reason(reason: object, timeout: float) -> str:
    """Why a download failed, in a few words (no traceback, no errno)."""
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s (check your internet connection)"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"{text} (check the link and your internet connection)"
