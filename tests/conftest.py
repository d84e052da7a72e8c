"""Shared fixtures: the bundled source, small transcripts, and the optional shared corpus."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import kit

ROOT = Path(__file__).resolve().parent.parent
#: Real transcripts kept beside the project for tests only (absent in a user's clone).
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

needs_shared = pytest.mark.skipif(
    not SHARED_CORPUS.is_dir(), reason=f"{SHARED_CORPUS} is absent (it is only beside the team's checkout)"
)


@pytest.fixture(scope="session")
def geneva() -> kit.Corpus:
    """The bundled Geneva source, parsed once per test run."""
    return kit.load()


@pytest.fixture
def kremlin_text() -> str:
    """A short Kremlin-layout news conference with the layout's tricky lines."""
    return "\n".join(
        [
            "News conference following the G20 Summit",
            "July 8, 2017 17:20, Hamburg",
            "President of Russia Vladimir Putin answered journalists’ questions.",
            "President of Russia Vladimir Putin: Good afternoon,",
            "Let us get straight to questions.",
            "Question: RIA Novosti. Mr President, what did you agree?",
            "The question is: what comes next?",
            "Vladimir Putin: We agreed on three things:",
            "first, the economy; second, climate.",
            "<…>",
            "And one more thing: trade. (Laughter.)",
            "Question (retranslated): Good afternoon. Anna Smith, Reuters. Will you meet again?",
            "Vladimir Putin: Yes.",
            "Remark: Thank you very much.",
            "Vladimir Putin: You are welcome.",
        ]
    )


@pytest.fixture
def whitehouse_text() -> str:
    """A short White House-layout transcript: front matter, wrapped lines, Q turns."""
    return "\n".join(
        [
            "---",
            "date: '2021-06-16'",
            "title: Remarks by President Biden in Press Conference",
            "---",
            " ",
            "Geneva, Switzerland",
            "",
            "7:20 P.M. CEST",
            "",
            "THE PRESIDENT:\u00a0 It’s been a long day for you all.\u00a0 (Laughs.)\u00a0 I know",
            "it was easy getting in.",
            "\u00a0  ",
            "So, Jonathan, Associated Press.",
            "\u00a0  ",
            "Q\u00a0\u00a0\u00a0 Thank you, sir.\u00a0 What did you achieve",
            "today?\u00a0 And what were the consequences:",
            "Russia: none?",
            "\u00a0  ",
            "THE PRESIDENT:\u00a0 He knows there are consequences.",
            "\u00a0  ",
            "7:53 P.M. CEST",
        ]
    )


def refuse_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every new socket fail, so a test proves that nothing used the network."""

    def refuse(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ignore the machine's proxy settings, so links to 127.0.0.1 go straight there."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


class LoopbackSite:
    """A web server on 127.0.0.1 in a thread, serving ``pages`` (path -> (content type, body)).

    A page may instead be a function of the request handler, which answers as it likes
    (a redirect, a body cut short, bytes sent slowly). It counts the paths requested in
    ``requests``; ``/slow`` answers after a second; any other path is a 404. ``stop()``
    ends it (a second call does nothing).
    """

    def __init__(self, pages: dict[str, tuple[str, bytes] | Callable[[BaseHTTPRequestHandler], None]]) -> None:
        self.pages = pages
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
                site.requests.append(self.path)
                if self.path == "/slow":
                    time.sleep(1.0)
                if self.path not in site.pages:
                    self.send_error(404, "Not Found")
                    return
                if callable(site.pages[self.path]):
                    site.pages[self.path](self)
                    return
                kind, body = site.pages[self.path]
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.server.shutdown()
            self.server.server_close()
            self.thread.join(timeout=5)


#: A written exercise (three rubric points, a model answer) that the grading and browser tests add to the course's keys.
WRITTEN_EXERCISE = """
[[exercise]]
id = "01-order"
notebook = "01-reading-a-transcript"
kind = "written"
prompt = "Why does the order of the documents in the file differ from the order of events?"
min_words = 5
rubric = [{ criterion = "Names the blogger's pasting", points = 2 }, { criterion = "Gives the times", points = 1 }]
model = "The blogger pasted the three Kremlin pages in another order."
"""


def lab_command(port: int, root: Path, token: str, *extra: str) -> list[str]:
    """The command that starts JupyterLab headless on 127.0.0.1:``port`` over ``root``, with this token."""
    return [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        f"--port={port}",
        "--ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.allow_root=True",
        *extra,
    ]
