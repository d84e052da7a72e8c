"""Web pages as transcripts: a saved page or a link gives the same text as a text file.

This is a ``source`` stage, like :mod:`kit.source`: it turns a web page into the plain
transcript text the parser reads. :mod:`kit.web.page` finds the transcript in the page's
HTML (:func:`page_text`, with lxml, imported on first use); :mod:`kit.web.download`
fetches a link once and keeps a copy (:func:`fetch`, :func:`cache_folder`), each download
held to one deadline and its redirects checked by :mod:`kit.web.redirects`.
``kit.read_page`` (:mod:`kit.reading`) parses a page into a corpus.

>>> is_url("https://en.kremlin.ru/events/president/news/9200"), is_url("9200.html")
(True, False)
"""

from kit.web.download import cache_folder, fetch, is_url, link_address
from kit.web.page import page_text

__all__ = ["page_text", "fetch", "is_url", "link_address", "cache_folder"]
