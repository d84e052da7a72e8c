"""Fetch a web page once and keep it: links are read from a cache folder after the first time.

Links are fetched only when asked (:func:`fetch`, ``kit.read_page``) and kept in the
user's cache folder (:func:`cache_folder`, from ``platformdirs``), so a page is downloaded
once and the lesson then works offline. urllib is the client: nothing to install.

A download is held to its ``timeout`` as a whole, from connecting to the last byte,
redirects included (a server that sends a byte now and then is cut off at the deadline);
an answer shorter than its ``Content-Length`` is an error, and only a whole page is kept;
redirects are followed as :func:`kit.web.redirects.redirect_problem` allows (to http(s)
only, never from a public host into a private network); a link's ``#fragment`` names a
place in a page, not another page (:func:`link_address`).
"""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
import warnings
from os import PathLike
from pathlib import Path
from urllib.parse import urldefrag

from kit._files import write_atomic
from kit.errors import TranscriptError
from kit.source import decode
from kit.web.page import declared_charset
from kit.web.redirects import redirect_problem

__all__ = ["fetch", "is_url", "link_address", "cache_folder", "USER_AGENT", "MAX_BYTES", "TIMEOUT"]

#: Seconds a whole download may take (connecting, redirects, every byte), unless a call says otherwise.
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


def link_address(url: str) -> str:
    """The page a link names: the link without its ``#fragment`` (a place in the page) and spaces.

    Two links that differ only in their fragment are one page, downloaded and kept once.

    Args:
        url: an ``http://`` or ``https://`` link.

    Returns:
        The link without its fragment.

    >>> link_address(" https://en.kremlin.ru/events/president/news/65870#sel=8:1 ")
    'https://en.kremlin.ru/events/president/news/65870'
    """
    return urldefrag(url.strip()).url


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
        timeout: seconds the whole download may take, from connecting to the last
            byte, redirects included.
        refresh: download again even if a copy is kept.

    Returns:
        The page's HTML, decoded with the charset the server or the page declares.

    Raises:
        TranscriptError: ``cannot fetch URL: ...`` when offline, past the timeout, on an
            HTTP error, an answer cut short, a redirect that is not followed, or an answer
            that is not a web page. Nothing is kept then.

    >>> fetch("ftp://example.org/a.html")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: ftp://example.org/a.html: cannot fetch URL: only http:// and https://...
    """
    if not is_url(url):
        raise TranscriptError(url, "cannot fetch URL: only http:// and https:// links are read")
    url = link_address(url)
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
    """The folder where fetched pages are kept: ``pages`` in the kit's folder of the user's cache.

    Returns:
        ``press-conference-kit/pages`` in the cache folder ``platformdirs`` gives for this
        system: ``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches`` on
        macOS, ``%LOCALAPPDATA%`` on Windows. Pass ``cache_dir=`` to :func:`fetch` or
        ``kit.read_page`` to use another folder.

    >>> cache_folder().parts[-2:]
    ('press-conference-kit', 'pages')
    """
    import platformdirs

    return Path(platformdirs.user_cache_dir("press-conference-kit", appauthor=False)) / "pages"


class _Deadline:
    """One download's clock: the time left, and the sockets shut down when it runs out.

    A socket's own timeout bounds each wait for data, not the download: a server that sends
    a byte a second keeps every wait short. At the deadline a timer thread shuts the
    download's sockets down, which ends any read under way at once.
    """

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        """Seconds left, or ``TimeoutError`` when none are."""
        left = self.end - time.monotonic()
        if self.expired or left <= 0:
            raise TimeoutError("timed out")
        return left

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def stop(self) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Shut a socket down for reading and writing (a TLS socket's connection underneath too)."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # closed already


def _opener(deadline: _Deadline):
    """A urllib opener whose connections keep to ``deadline`` and whose redirects are checked."""
    import http.client
    import urllib.request

    class Watched:
        """A connection that connects within the time left and is shut down at the deadline."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = self._connect_watched  # http.client's hook for the TCP connection

        def _connect_watched(self, address, timeout, source_address=None):
            sock = socket.create_connection(address, deadline.left(), source_address)
            deadline.watch(sock)  # before a TLS handshake, which can trickle too
            return sock

        def connect(self) -> None:
            self.timeout = deadline.left()
            super().connect()
            deadline.watch(self.sock)  # the TLS socket, which replaces the plain one

    class Plain(Watched, http.client.HTTPConnection):
        pass

    class Secure(Watched, http.client.HTTPSConnection):
        pass

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(Plain, req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(Secure, req, context=getattr(self, "_context", None))

    class Redirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            problem = redirect_problem(req.full_url, newurl)
            if problem:
                fp.close()
                raise _Refused(problem)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(HTTP, HTTPS, Redirects)


class _Refused(Exception):
    """A redirect that is not followed (its message says why)."""


def _download(url: str, timeout: float) -> str:
    """GET ``url`` and decode it, or raise a one-line :class:`TranscriptError`."""
    import http.client
    import urllib.error
    import urllib.request

    accept = "text/html,application/xhtml+xml,*/*;q=0.5"
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    deadline = _Deadline(timeout)
    answered = False
    try:
        with _opener(deadline).open(request, timeout=timeout) as response:
            answered = True
            kind = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            length = response.headers.get("Content-Length", "")
            data = response.read(MAX_BYTES + 1)
    except _Refused as error:
        raise TranscriptError(url, f"cannot fetch URL: {error}") from None
    except urllib.error.HTTPError as error:
        raise TranscriptError(url, f"cannot fetch URL: {_http_error(error)}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, _Refused):  # pragma: no cover - urllib passes it through as it is
            raise TranscriptError(url, f"cannot fetch URL: {error.reason}") from None
        raise TranscriptError(url, f"cannot fetch URL: {_reason(error.reason, timeout, deadline, answered)}") from None
    except http.client.IncompleteRead as error:
        if deadline.expired:
            raise TranscriptError(url, f"cannot fetch URL: {_late(timeout)}") from None
        got, more = len(error.partial), error.expected
        raise TranscriptError(
            url, f"cannot fetch URL: {_cut_short(got, None if more is None else got + more)}"
        ) from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise TranscriptError(url, f"cannot fetch URL: {_reason(error, timeout, deadline, answered)}") from None
    finally:
        deadline.stop()
    if deadline.expired:
        raise TranscriptError(url, f"cannot fetch URL: {_late(timeout)}")
    if len(data) > MAX_BYTES:
        raise TranscriptError(url, f"cannot fetch URL: the page is larger than {MAX_BYTES:,} bytes")
    if length.strip().isdigit() and len(data) < int(length):
        raise TranscriptError(url, f"cannot fetch URL: {_cut_short(len(data), int(length))}")
    if not (kind.startswith("text/") or kind.endswith(("+xml", "/xml"))):
        raise TranscriptError(url, f"cannot fetch URL: it is {kind}, not a web page")
    return decode(data, url, charset or declared_charset(data))


def _http_error(error) -> str:
    """An HTTP error in a few words, or the redirect urllib itself refused (``file://``, ``data:``)."""
    if 300 <= error.code < 400 and "not allowed" in str(error.reason):
        target = error.headers.get("Location", "") if error.headers else ""
        return f"redirected to {target}: only http:// and https:// links are followed"
    return f"HTTP {error.code} {error.reason}"


def _cut_short(got: int, expected: int | None) -> str:
    of = f" of {expected:,}" if expected is not None else ""
    return f"the answer was cut short ({got:,}{of} bytes arrived); nothing was kept: try again"


def _late(timeout: float) -> str:
    return f"the page did not arrive within {timeout:g} s (it came too slowly: try again, or pass a longer timeout=)"


def _reason(reason: object, timeout: float, deadline: _Deadline | None = None, answered: bool = False) -> str:
    """Why a download failed, in a few words (no traceback, no errno)."""
    if deadline is not None and deadline.expired:
        return _late(timeout) if answered else f"no answer within {timeout:g} s (check your internet connection)"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s (check your internet connection)"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"{text} (check the link and your internet connection)"
