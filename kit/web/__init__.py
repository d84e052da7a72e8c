"""Web pages as transcripts: a saved page or a link gives the same text as a text file.

This is a ``source`` stage, like :mod:`kit.source`: it turns a web page into the plain
transcript text the parser reads. :mod:`kit.web.page` finds the transcript in the page's
HTML (:func:`page_text`, with lxml, imported on first use); :mod:`kit.web.download`
fetches a link once and keeps a copy (:func:`fetch`, :func:`cache_folder`).
``kit.read_page`` (:mod:`kit.reading`) parses a page into a corpus.

>>> is_url("https://en.kremlin.ru/events/president/news/9200"), is_url("9200.html")
(True, False)
"""

from importlib import import_module

from kit.web.download import cache_folder, fetch, is_url
from kit.web.page import page_text

__all__ = ["page_text", "fetch", "is_url", "cache_folder"]


def __getattr__(name: str):
    # kit.read_page's home is kit.reading (it makes a corpus); kit/__main__.py still imports it from
    # here. Looked up on first use: kit.reading imports this package.
    if name == "read_page":
        return import_module("kit.reading").read_page
    raise AttributeError(f"module 'kit.web' has no attribute {name!r}")
