"""Bring your own transcript: upload, paste, a link or a folder; see how it was read, use the same views."""

from __future__ import annotations

import html
import warnings

import ipywidgets as widgets

from kit.corpus import Corpus
from kit.errors import InputError
from kit.gather import PAGE_SUFFIXES, SUFFIXES
from kit.reading import load, read_corpus
from kit.reading import parse as parse_text
from kit.schema import answering
from kit.source import decode
from kit.widgets.base import View, table_html
from kit.widgets.copies import CopyComparer
from kit.widgets.reading import ExchangeViewer, SpeakerExplorer
from kit.widgets.rhetoric import FeatureHighlighter
from kit.widgets.topics import TopicEditor
from kit.words import plural

__all__ = ["TranscriptLoader", "UPLOADS"]

#: What the upload button offers: the files a folder is read for (:data:`kit.gather.SUFFIXES`:
#: text, Markdown, caption files ``.vtt`` and ``.srt``, saved web pages), and the same by media type.
UPLOADS = ",".join((*SUFFIXES, "text/plain", "text/html", "text/vtt"))


class TranscriptLoader(View):
    """Bring your own transcript: upload a file (text, captions, a saved page), paste text, or give a link or a folder.

    ``corpus`` is the transcript read last (at first the bundled Geneva source). The
    tabs show the lines that are not speech (with their numbers), then the speaker,
    exchange, rhetoric, topic and copy views, rebuilt for each new transcript. ``frame``
    is the table of lines that are not speech (with their ``source`` when several files
    were read). A file that cannot be read leaves the last transcript in place and says
    why, in plain words.

    The text box under the upload button takes a link (``https://...``), a folder, a
    file or a pattern such as ``transcripts/*.txt`` (:func:`kit.read_corpus`); nothing is
    fetched until **Read the link or folder** is clicked. Files of a folder that cannot
    be read are listed and the others are read.

    >>> view = TranscriptLoader()
    >>> view.text.value = "Question: Why?\\nVladimir Putin: Because.\\n(Applause.)"
    >>> view.read.click()
    >>> view.frame[["line", "kind"]].values.tolist(), len(view.corpus.turns)
    ([[3, 'stage']], 2)
    >>> view.load_bytes("Вопрос".encode("cp1251"), "mine.txt")
    >>> "mine.txt, line 1: not UTF-8 text" in view.html
    True
    >>> view.where.value = "no/such/folder"
    >>> view.fetch.click()
    >>> "no/such/folder: no such file" in view.html
    True
    """

    def __init__(self, corpus: Corpus | None = None) -> None:
        self.corpus = load() if corpus is None else corpus
        self.upload = widgets.FileUpload(accept=UPLOADS, multiple=False, description="Upload a file")
        self.text = widgets.Textarea(
            placeholder="...or paste a transcript here", layout={"width": "40em", "height": "8em"}
        )
        self.read = widgets.Button(description="Read the pasted text", layout={"width": "12em"})
        self.where = widgets.Text(placeholder="...or a link (https://...) or a folder", layout={"width": "40em"})
        self.fetch = widgets.Button(description="Read the link or folder", layout={"width": "12em"})
        self.tabs = widgets.Tab()
        self.views: dict[str, View] = {}
        super().__init__([widgets.VBox([self.upload, self.read, self.fetch]), widgets.VBox([self.text, self.where])])
        self.ui.children = (*self.ui.children, self.tabs)
        self.upload.observe(lambda change: self._uploaded(change["new"]), names="value")
        self.read.on_click(lambda button: self.load_text(self.text.value, "pasted text"))
        self.fetch.on_click(lambda button: self.load_location(self.where.value))
        self._loaded(
            f"Showing the bundled Geneva transcript ({html.escape(self.corpus.source)}). Upload or paste your own."
        )

    def _uploaded(self, files: tuple) -> None:
        if files:
            self.load_bytes(bytes(files[0]["content"]), files[0]["name"])

    def load_bytes(self, data: bytes, name: str) -> None:
        """Read a transcript from the bytes of a file called ``name`` (a saved web page if .html).

        Args:
            data: the file's bytes.
            name: its name, shown in messages; ``.html`` or ``.htm`` reads it as a web page.
        """
        try:
            if name.lower().endswith(PAGE_SUFFIXES):
                from kit.web import page_text

                text = page_text(data, name)
            else:
                text = decode(data, name)
        except InputError as error:
            self._failed(error)
            return
        self.load_text(text, name)

    def load_location(self, where: str) -> None:
        """Read the transcripts of a link, a folder, a file or a pattern (:func:`kit.read_corpus`).

        Args:
            where: a link (``https://...``), a folder, a file or a pattern such as ``transcripts/*.txt``.
        """
        where = where.strip()
        if not where:
            self.html = self._text.value = "<p>Type a link (https://...) or the path of a folder first.</p>"
            return
        with warnings.catch_warnings(record=True):  # the skipped files are listed below instead
            warnings.simplefilter("always")
            try:
                corpus = read_corpus(where, progress=False)
            except InputError as error:
                self._failed(error)
                return
        self.corpus = corpus
        skipped = ""
        if len(corpus.errors):
            items = "".join(
                f"<li>{html.escape(f'{s}: {p}')}</li>"
                for s, p in corpus.errors[["source", "problem"]].itertuples(index=False)
            )
            skipped = f"</p><p>Could not read {plural(len(corpus.errors), 'file')}, left out:<ul>{items}</ul>"
        name = where if len(corpus.sources) == 1 else f"{plural(len(corpus.sources), 'transcript')} from {where}"
        self._loaded(f"Read {html.escape(name)}.{skipped}")

    def load_text(self, text: str, name: str = "pasted text") -> None:
        """Read a transcript from text.

        Args:
            text: the transcript.
            name: what to call it in messages and the ``source`` column.
        """
        try:
            corpus = parse_text(text, source=name)
        except InputError as error:
            self._failed(error)
            return
        self.corpus = corpus
        self._loaded(f"Read {html.escape(name)}.")

    def _failed(self, error: InputError) -> None:
        self.html = self._text.value = (
            f"<p><b>Could not read it:</b> {html.escape(str(error))}</p><p>Still showing {html.escape(self.corpus.source)}.</p>"
        )

    def _loaded(self, lead: str) -> None:
        corpus = self.corpus
        shown = ["source", "line", "kind", "text"] if len(set(corpus.sources)) > 1 else ["line", "kind", "text"]
        other = corpus.lines[~corpus.lines["kind"].isin(["speech", "blank"])][shown].reset_index(drop=True)
        summary = (
            f"<p>{lead} {plural(len(corpus.documents), 'document')}, {plural(len(corpus.turns), 'speaker turn')}, "
            f"{plural(len(corpus.exchanges), 'exchange')}, {plural(len(corpus.lines), 'line')}, of which "
            f"{len(other)} {'is' if len(other) == 1 else 'are'} not speech (first tab).</p>"
        )
        self.views = {}
        if len(corpus.turns):
            self.views["Speakers"] = SpeakerExplorer(corpus)
        if len(corpus.exchanges):
            self.views["Exchanges"] = ExchangeViewer(corpus)
        sentences = corpus.deduplicated().sentences
        if answering(sentences).any():
            self.views["Rhetoric"] = FeatureHighlighter(sentences)
        if len(sentences):
            self.views["Topics"] = TopicEditor(sentences)
            self.views["Copies"] = CopyComparer(corpus)
        lines = widgets.HTML(table_html(other, 200) or "<p>Every line was read as speech.</p>")
        self.tabs.children = [lines, *(view.ui for view in self.views.values())]
        for k, title in enumerate(["Lines not speech", *self.views]):
            self.tabs.set_title(k, title)
        self._show(other, None, summary, table=False)
