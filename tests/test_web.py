"""Web pages and links: saved pages give the text files' text; links are fetched once and kept."""

from __future__ import annotations

import ipaddress
import json
import subprocess
import sys
import time

import pytest

import kit
from kit.__main__ import main
from kit.reading import read_page
from kit.web import cache_folder, fetch, is_url, page_text
from kit.web.redirects import address_kind, redirect_problem
from tests.conftest import SHARED_CORPUS, LoopbackSite, needs_shared, no_proxies, refuse_sockets

ARCHIVE = SHARED_CORPUS / "kremlin-archive"
SAVED_PAGES = sorted(p.stem for p in (ARCHIVE / "html").glob("*.html")) if ARCHIVE.is_dir() else []

# A White House briefing-room page as the site laid them out in 2021-2024 (built by hand:
# no saved page is kept here): menus and a share bar around an <article> whose header has
# the <h1> and a <time>, and whose body column holds the paragraphs, a photo with its
# caption and an empty spacer paragraph; a "related" teaser is a second, smaller article.
WHITE_HOUSE_PAGE = """<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Remarks by President Biden in Press Conference | The White House</title>
<script>window.dataLayer = [{"page": "remarks"}];</script>
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="header" id="site-header">
  <nav class="header__nav" aria-label="Primary">
    <ul class="menu">
      <li><a href="/administration/">Administration</a></li>
      <li><a href="/priorities/">Priorities</a></li>
      <li><a href="/briefing-room/">Briefing Room</a></li>
    </ul>
  </nav>
  <button class="header__search-toggle" aria-label="Search">Search</button>
</header>
<main id="content" class="site-content">
<article id="post-1234" class="post-1234 post type-post status-publish hentry category-speeches-remarks">
  <header class="page-header">
    <div class="container">
      <div class="page-header__wrap">
        <h1 class="page-title topper__title news">Remarks by President Biden in Press Conference</h1>
        <div class="page-header__meta">
          <span class="posted-on"><time class="entry-date published" datetime="2021-06-16T17:13:16-04:00">June 16, 2021</time></span>
          <span class="sep" aria-hidden="true">&bull;</span>
          <a class="byline" href="/briefing-room/speeches-remarks/">Speeches and Remarks</a>
        </div>
      </div>
    </div>
  </header>
  <div class="share-bar">
    <ul class="share-bar__list">
      <li><a href="https://twitter.com/intent/tweet?text=Remarks">Share on Twitter</a></li>
      <li><a href="mailto:?subject=Remarks">Share via Email</a></li>
    </ul>
  </div>
  <section class="body-content">
    <div class="container">
      <div class="row">
        <div class="column col-12 col-md-10 offset-md-1">
          <p>H&ocirc;tel du Parc des Eaux-Vives<br>Geneva, Switzerland</p>
          <p>7:20 P.M. CEST</p>
          <p>THE PRESIDENT:&nbsp; It&rsquo;s been a long day for you all.&nbsp; (Laughs.)&nbsp; I know
          it was easy getting in.</p>
          <p>So, Jonathan, Associated Press.</p>
          <figure class="wp-block-image size-large">
            <img src="/wp-content/uploads/2021/06/geneva.jpg" alt="President Biden in Geneva">
            <figcaption>President Joe Biden holds a press conference in Geneva.</figcaption>
          </figure>
          <p>Q&nbsp;&nbsp;&nbsp; Thank you, sir.&nbsp; What did you achieve today?</p>
          <p>&nbsp;</p>
          <p>THE PRESIDENT:&nbsp; He knows there are <em>consequences</em>.</p>
          <p>Q&nbsp;&nbsp;&nbsp; And did you set a deadline?</p>
          <p>THE PRESIDENT:&nbsp; No.&nbsp; Thank you.</p>
          <p>7:53 P.M. CEST</p>
        </div>
      </div>
    </div>
  </section>
</article>
<section class="related">
  <h2>Related</h2>
  <article class="news-item">
    <h2><a href="/briefing-room/statements-releases/joint-statement/">U.S.-Russia Presidential Joint Statement</a></h2>
    <p class="news-item__excerpt">The United States and Russia have demonstrated that they are able to make progress.</p>
  </article>
</section>
</main>
<footer class="footer">
  <p class="footer__title">Stay Connected</p>
  <p class="footer__address">The White House<br>1600 Pennsylvania Ave NW<br>Washington, DC 20500</p>
  <nav aria-label="Footer"><a href="/privacy-policy/">Privacy Policy</a></nav>
</footer>
</body>
</html>
"""

WHITE_HOUSE_TEXT = (
    "\n".join(
        [
            "Remarks by President Biden in Press Conference",
            "June 16, 2021",
            "Hôtel du Parc des Eaux-Vives",
            "Geneva, Switzerland",
            "7:20 P.M. CEST",
            "THE PRESIDENT:\u00a0 It’s been a long day for you all.\u00a0 (Laughs.)\u00a0 I know it was easy getting in.",
            "So, Jonathan, Associated Press.",
            "Q\u00a0\u00a0\u00a0 Thank you, sir.\u00a0 What did you achieve today?",
            "THE PRESIDENT:\u00a0 He knows there are consequences.",
            "Q\u00a0\u00a0\u00a0 And did you set a deadline?",
            "THE PRESIDENT:\u00a0 No.\u00a0 Thank you.",
            "7:53 P.M. CEST",
        ]
    )
    + "\n"
)

# A statement: no lead, no speakers, "###" under the last paragraph, a list in the body.
WHITE_HOUSE_STATEMENT = """<html><head><meta charset="utf-8"><title>Joint Statement</title></head>
<body><nav><ul><li><a href="/">Home</a></li></ul></nav><main><article>
<header><h1>U.S.-Russia Presidential Joint Statement on Strategic Stability</h1>
<time datetime="2021-06-16">June 16, 2021</time></header>
<div class="body-content"><div class="container"><div class="column">
<p>We, President of the United States of America Joseph R. Biden and President of the
Russian Federation Vladimir Putin, note the following:</p>
<ul><li>the prevention of nuclear war;</li><li>the reduction of the risk of armed conflicts.</li></ul>
<p>Today, we reaffirm the principle that a nuclear war cannot be won and must never be fought.</p>
<p style="text-align: center">###</p>
</div></div></div></article></main>
<footer><p>The White House</p></footer></body></html>
"""

WHITE_HOUSE_STATEMENT_TEXT = (
    "\n".join(
        [
            "U.S.-Russia Presidential Joint Statement on Strategic Stability",
            "June 16, 2021",
            "We, President of the United States of America Joseph R. Biden and President of the "
            "Russian Federation Vladimir Putin, note the following:",
            "the prevention of nuclear war;",
            "the reduction of the risk of armed conflicts.",
            "Today, we reaffirm the principle that a nuclear war cannot be won and must never be fought.",
            "###",
        ]
    )
    + "\n"
)

# Text of page furniture on the saved Kremlin pages: menus, footer, publication status,
# "See also" boxes, share links. None of it is transcript text.
KREMLIN_FURNITURE = [
    "Videos and Photos",
    "Version for People with Disabilities",
    "Send a Letter",
    "Publication status",
    "Published in sections",
    "Direct link",
    "Text version",
    "See also",
    "Creative Commons Attribution",
    "Amur tiger",
    "Mobile version",
]


# --- saved pages ----------------------------------------------------------------------------


@needs_shared
@pytest.mark.parametrize("page", SAVED_PAGES or ["(none)"])
def test_saved_kremlin_page_gives_the_text_file(page):
    """The README's text files were made from these pages: the extraction must equal them."""
    text = page_text(ARCHIVE / "html" / f"{page}.html")
    expected = (ARCHIVE / "txt" / f"{page}.txt").read_text(encoding="utf-8")
    assert text.splitlines() == expected.splitlines()  # line by line: a failure shows which
    assert text == expected
    for furniture in KREMLIN_FURNITURE:
        assert furniture not in text


@needs_shared
def test_all_ten_saved_pages_are_there():
    assert len(SAVED_PAGES) == 10


@needs_shared
def test_saved_page_and_text_file_parse_alike():
    html = ARCHIVE / "html" / "56378.html"
    from_page, from_text = read_page(html), kit.read_transcript(ARCHIVE / "txt" / "56378.txt")
    assert from_page.source == str(html)
    for name in ("documents", "turns", "exchanges", "lines"):
        page_frame = getattr(from_page, name).drop(columns="source", errors="ignore")
        text_frame = getattr(from_text, name).drop(columns="source", errors="ignore")
        assert page_frame.equals(text_frame), name


@needs_shared
def test_biography_pop_ups_inside_names_are_left_out():
    """Names link to a hidden pop-up with a photo and a job title; only the name is text."""
    text = page_text(ARCHIVE / "html" / "9200.html")
    assert "Transport Minister Igor Levitin, Deputy Prime Minister" in text
    assert "Levitin Igor" not in text and "Aide to the President" not in text


@needs_shared
def test_saved_page_reads_fast():
    html = (ARCHIVE / "html" / "17976.html").read_bytes()  # the largest, 336 kB
    page_text(html)  # lxml's first import is not the extraction's time
    start = time.perf_counter()
    page_text(html)
    assert time.perf_counter() - start < 1.0


def test_white_house_briefing_room_page():
    assert page_text(WHITE_HOUSE_PAGE) == WHITE_HOUSE_TEXT


def test_white_house_page_parses_into_turns():
    corpus = kit.parse(page_text(WHITE_HOUSE_PAGE), "remarks.html")
    assert corpus.turns["kind"].tolist().count("question") == 2
    assert corpus.lines.loc[0, "kind"] == "title"
    assert "President Joe Biden holds" not in " ".join(corpus.lines["text"])


def test_white_house_statement_with_list_and_end_mark():
    assert page_text(WHITE_HOUSE_STATEMENT) == WHITE_HOUSE_STATEMENT_TEXT


def test_page_text_takes_bytes_and_reads_the_declared_charset():
    page = '<meta charset="windows-1251"><article><h1>Пресс-конференция</h1><p>Вопрос: Да.</p></article>'
    assert page_text(page.encode("cp1251")) == "Пресс-конференция\nВопрос: Да.\n"


def test_hidden_text_is_left_out():
    page = (
        "<article><p>Shown <span hidden>not</span><span aria-hidden='true'>not</span>"
        "<span class='x hidden'>not</span><span style='display: none'>not</span>text.</p>"
        "<p class='hidden'>A hidden paragraph.</p><p>More<script>var x;</script> text.</p></article>"
    )
    assert page_text(page) == "Shown text.\nMore text.\n"


def test_page_without_article_uses_the_element_with_most_paragraphs():
    page = (
        "<body><div class='menu'><p>Home</p></div><div id='text'><h1>Talks</h1>"
        "<p>Question: Why?</p><p>Vladimir Putin: Because.</p></div></body>"
    )
    assert page_text(page) == "Talks\nQuestion: Why?\nVladimir Putin: Because.\n"


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        ("<html><body><div>No paragraphs here</div></body></html>", "no article text found"),
        (b"  \n ", "the page is empty"),
        (b"<p>\x00</p>", "binary"),
    ],
)
def test_page_without_text_is_a_clear_error(page, problem):
    with pytest.raises(kit.TranscriptError, match=problem):
        page_text(page, "page.html")


def test_read_page_errors_name_the_file(tmp_path):
    with pytest.raises(kit.TranscriptError, match=r"absent\.html: no such file"):
        read_page(tmp_path / "absent.html")
    with pytest.raises(kit.TranscriptError, match="is a folder"):
        read_page(tmp_path)


def test_reading_a_saved_page_uses_no_network(tmp_path, monkeypatch):
    path = tmp_path / "remarks.html"
    path.write_text(WHITE_HOUSE_PAGE, encoding="utf-8")
    refuse_sockets(monkeypatch)
    assert read_page(path).source == str(path)


def test_cli_exports_a_saved_page(tmp_path, capsys):
    path = tmp_path / "remarks.html"
    path.write_text(WHITE_HOUSE_PAGE, encoding="utf-8")
    assert main(["export", str(path), "--out", str(tmp_path / "out")]) == 0
    assert "Hôtel du Parc" in (tmp_path / "out" / "lines.csv").read_text(encoding="utf-8")


def test_import_kit_loads_no_html_parser_and_no_http_client():
    code = "import sys, kit; print([m for m in ('lxml', 'urllib.request', 'http.client') if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- links ----------------------------------------------------------------------------------


PAGES = {
    "/remarks": ("text/html; charset=utf-8", WHITE_HOUSE_PAGE.encode("utf-8")),
    "/cp1251": (
        "text/html; charset=windows-1251",
        "<article><h1>Встреча</h1><p>Вопрос: Да.</p></article>".encode("cp1251"),
    ),
    "/photo.jpg": ("image/jpeg", b"\xff\xd8\xff\xe0 not a page"),
    "/notes.txt": ("text/plain; charset=utf-8", b"Question: Why?\nVladimir Putin: Because.\n"),
}


@pytest.fixture
def site(monkeypatch, tmp_path_factory):
    """A loopback web server, stopped after the test; proxies ignored, default cache in a temp folder."""
    no_proxies(monkeypatch)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    served = LoopbackSite(PAGES)
    yield served
    served.stop()


def test_link_is_fetched_once_then_read_from_the_cache(site, tmp_path, monkeypatch):
    url = site.url + "/remarks"
    first = read_page(url, cache_dir=tmp_path)
    assert site.requests == ["/remarks"]
    assert first.source == url
    assert [p.suffix for p in tmp_path.iterdir()] == [".html"]  # no temporary file left
    site.stop()
    refuse_sockets(monkeypatch)
    second = read_page(url, cache_dir=tmp_path)
    assert second.lines.equals(first.lines)


def test_refresh_fetches_again(site, tmp_path):
    fetch(site.url + "/remarks", cache_dir=tmp_path)
    fetch(site.url + "/remarks", cache_dir=tmp_path, refresh=True)
    assert site.requests == ["/remarks", "/remarks"]


def test_default_cache_is_the_user_cache_folder(site, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "press-conference-kit" / "pages"
    assert fetch(site.url + "/remarks") == WHITE_HOUSE_PAGE
    assert len(list(cache_folder().glob("*.html"))) == 1


def test_server_charset_is_used(site, tmp_path):
    assert page_text(fetch(site.url + "/cp1251", cache_dir=tmp_path)) == "Встреча\nВопрос: Да.\n"
    assert read_page(site.url + "/cp1251", cache_dir=tmp_path).lines["text"].tolist()[-1] == "Вопрос: Да."


def test_http_404_is_a_clear_error(site, tmp_path):
    with pytest.raises(kit.TranscriptError) as error:
        read_page(site.url + "/no-such-page", cache_dir=tmp_path)
    assert str(error.value) == f"{site.url}/no-such-page: cannot fetch URL: HTTP 404 Not Found"
    assert not list(tmp_path.iterdir())  # an error page is not kept


def test_refused_connection_is_a_clear_error(site, tmp_path):
    url = site.url + "/remarks"
    site.stop()  # nothing listens on the port any more: as when offline
    with pytest.raises(kit.TranscriptError, match=r"cannot fetch URL: Connection refused \(check"):
        read_page(url, cache_dir=tmp_path)


def test_no_answer_is_a_timeout_error(site, tmp_path):
    with pytest.raises(kit.TranscriptError, match=r"cannot fetch URL: no answer within 0.2 s"):
        fetch(site.url + "/slow", cache_dir=tmp_path, timeout=0.2)


def test_a_link_that_is_not_a_page_is_refused(site, tmp_path):
    with pytest.raises(kit.TranscriptError, match="cannot fetch URL: it is image/jpeg, not a web page"):
        fetch(site.url + "/photo.jpg", cache_dir=tmp_path)


def test_a_link_to_plain_text_is_not_taken_for_a_file_path(site, tmp_path):
    with pytest.raises(kit.TranscriptError, match=r"/notes\.txt: no article text found in the page"):
        read_page(site.url + "/notes.txt", cache_dir=tmp_path)


def test_cli_export_of_a_link(site, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", site.url + "/remarks", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in (out / "utterances.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == 5
    assert main(["export", site.url + "/gone", "--out", str(tmp_path / "other")]) == 1
    assert capsys.readouterr().err == f"error: {site.url}/gone: cannot fetch URL: HTTP 404 Not Found\n"
    assert not (tmp_path / "other").exists()


def test_is_url():
    assert is_url("http://en.kremlin.ru/events/president/news/9200")
    assert is_url(" HTTPS://www.whitehouse.gov/briefing-room/ ")
    assert not is_url("news/9200.html")
    assert not is_url("ftp://example.org/page.html")


# --- downloads that hang, stop short or redirect ------------------------------------------------


def _trickle(handler, *, headers_too: bool = False) -> None:
    """Send a page one byte every quarter second (its headers too, if asked), until the client leaves."""
    try:
        if headers_too:
            handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(200):
                handler.wfile.write(b"X-Pad: 1\r\n")
                handler.wfile.flush()
                time.sleep(0.25)
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", "200")
        handler.end_headers()
        for _ in range(200):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.25)
    except OSError:
        pass  # the client shut the connection at its deadline


def _cut_short(handler) -> None:
    """Promise 1,000 bytes, send 100 and close the connection."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    handler.wfile.write(b"<article><h1>Geneva</h1><p>Question: Why?</p>".ljust(100))
    handler.close_connection = True


def _redirect(location: str):
    def answer(handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


TRICKY = {
    "/remarks": PAGES["/remarks"],
    "/trickle": _trickle,
    "/trickle-headers": lambda handler: _trickle(handler, headers_too=True),
    "/short": _cut_short,
    "/moved": _redirect("/remarks"),
    "/to-ftp": _redirect("ftp://127.0.0.1/remarks.html"),
    "/to-file": _redirect("file:///etc/passwd"),
    "/to-private": _redirect("http://10.255.255.1/admin"),
    "/to-link-local": _redirect("http://169.254.169.254/latest/meta-data/"),
}


@pytest.fixture
def tricky(monkeypatch, tmp_path_factory):
    """A loopback server whose pages trickle, stop short or redirect."""
    no_proxies(monkeypatch)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    served = LoopbackSite(TRICKY)
    yield served
    served.stop()


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_one_deadline_for_the_whole_download(tricky, tmp_path, path):
    # a byte every 0.25 s: each wait is short, but the page would take 50 s
    started = time.monotonic()
    with pytest.raises(kit.TranscriptError, match=r"within 1 s") as error:
        fetch(tricky.url + path, cache_dir=tmp_path, timeout=1)
    assert time.monotonic() - started < 3  # the deadline, not 50 s (nor 25 s of headers)
    assert "\n" not in str(error.value)
    assert not list(tmp_path.iterdir())


def test_a_download_cut_short_is_an_error_and_nothing_is_kept(tricky, tmp_path):
    with pytest.raises(kit.TranscriptError) as error:
        fetch(tricky.url + "/short", cache_dir=tmp_path)
    assert str(error.value) == (
        f"{tricky.url}/short: cannot fetch URL: the answer was cut short (100 of 1,000 bytes arrived); "
        "nothing was kept: try again"
    )
    assert not list(tmp_path.iterdir())
    with pytest.raises(kit.TranscriptError, match="cut short"):
        read_page(tricky.url + "/short", cache_dir=tmp_path)
    assert not list(tmp_path.iterdir())


def test_a_redirect_on_the_same_machine_is_followed(tricky, tmp_path):
    assert fetch(tricky.url + "/moved", cache_dir=tmp_path) == WHITE_HOUSE_PAGE
    assert tricky.requests == ["/moved", "/remarks"]


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/to-ftp", "redirected to ftp://127.0.0.1/remarks.html: only http:// and https:// links are followed"),
        ("/to-file", "redirected to file:///etc/passwd: only http:// and https:// links are followed"),
        ("/to-private", "redirected to http://10.255.255.1/admin, a private address (10.255.255.1)"),
        ("/to-link-local", "redirected to http://169.254.169.254/latest/meta-data/, a link-local address"),
    ],
)
def test_a_redirect_that_is_not_followed(tricky, tmp_path, path, problem):
    started = time.monotonic()
    with pytest.raises(kit.TranscriptError) as error:
        fetch(tricky.url + path, cache_dir=tmp_path, timeout=2)
    assert str(error.value).startswith(f"{tricky.url}{path}: cannot fetch URL: {problem}")
    assert time.monotonic() - started < 1  # refused before any connection is tried
    assert not list(tmp_path.iterdir())


HOSTS = {
    "news.example.org": ["93.184.215.14"],
    "mirror.example.net": ["2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    "intranet.example.org": ["10.0.0.5"],
    "router.example.org": ["192.168.1.1"],
    "mixed.example.org": ["93.184.215.14", "10.0.0.5"],
    "sneaky.example.org": ["::ffff:10.0.0.5"],
    "localhost": ["127.0.0.1", "::1"],
    "zero.example.org": ["0.0.0.0"],
    "metadata.example.org": ["169.254.169.254"],
}


@pytest.mark.parametrize(
    ("current", "target", "refused"),
    [
        ("https://news.example.org/a", "https://mirror.example.net/a", None),  # public to public
        ("https://news.example.org/a", "http://intranet.example.org/", "private"),
        ("https://news.example.org/a", "http://router.example.org/", "private"),
        ("https://news.example.org/a", "http://mixed.example.org/", "private"),  # one private address is enough
        ("https://news.example.org/a", "http://sneaky.example.org/", "private"),  # IPv4 inside IPv6
        ("https://news.example.org/a", "http://localhost:8888/api", "loopback"),
        ("https://news.example.org/a", "http://127.0.0.1/", "loopback"),
        ("https://news.example.org/a", "http://zero.example.org/", "loopback"),
        ("https://news.example.org/a", "http://metadata.example.org/", "link-local"),
        ("https://news.example.org/a", "http://[fe80::1]/", "link-local"),
        ("http://localhost:8000/a", "http://127.0.0.1:8000/b", None),  # a test server on this machine
        ("http://127.0.0.1:8000/a", "https://news.example.org/", None),  # out to the internet
        ("http://intranet.example.org/a", "http://router.example.org/", None),  # within the private network
        ("http://intranet.example.org/a", "http://localhost/", "loopback"),  # private is not this machine
        ("https://news.example.org/a", "ftp://news.example.org/a", "scheme"),
        ("https://news.example.org/a", "javascript:alert(1)", "scheme"),
        ("https://news.example.org/a", "http://unknown.example.org/", None),  # not found: the download says so
    ],
)
def test_redirect_decision(current, target, refused):
    problem = redirect_problem(current, target, lambda host: HOSTS.get(host) or _unknown(host))
    if refused is None:
        assert problem is None
    elif refused == "scheme":
        assert problem == f"redirected to {target}: only http:// and https:// links are followed"
    else:
        assert problem is not None and f", a {refused} address (" in problem


def _unknown(host: str):
    """The resolver's answer for a name that is not in HOSTS: an address literal, or not found."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        raise OSError(f"{host}: name not known") from None


def test_address_kinds():
    kinds = {a: address_kind(a) for a in ("8.8.8.8", "172.16.0.1", "100.64.0.1", "::1", "fe80::1%eth0", "2001:db8::1")}
    assert kinds == {
        "8.8.8.8": "public",
        "172.16.0.1": "private",
        "100.64.0.1": "private",  # carrier-grade NAT: not on the internet
        "::1": "loopback",
        "fe80::1%eth0": "link-local",
        "2001:db8::1": "private",  # documentation range: not globally reachable
    }


def test_a_fragment_names_the_same_page(site, tmp_path):
    url = site.url + "/remarks"
    corpus = kit.read_corpus([url, url + "#part-2", url + "#part-2"], cache_dir=tmp_path)
    assert site.requests == ["/remarks"]
    assert corpus.sources == (url,)
    assert fetch(url + "#top", cache_dir=tmp_path) == WHITE_HOUSE_PAGE  # the copy kept for the page
    assert site.requests == ["/remarks"]
    assert len(list(tmp_path.iterdir())) == 1


def test_the_cache_folder_is_the_systems_own(monkeypatch, tmp_path):
    import platformdirs
    from platformdirs.macos import MacOS

    monkeypatch.setattr(platformdirs, "PlatformDirs", MacOS)  # as on a Mac
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "Library" / "Caches" / "press-conference-kit" / "pages"
