"""Check how the kit read a transcript, and try stating the kind of event and who asks."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

import ipywidgets as widgets

from kit.audit import EVENT_WORDS, HowRead, how_read
from kit.corpus import Corpus
from kit.errors import InputError
from kit.parsing import Given, stated
from kit.parsing.events import EVENTS
from kit.reading import BESIDE, parse, read_transcript
from kit.widgets.base import View, fit, table_html

__all__ = ["ReadingCheck", "AS_FOUND"]

#: The choice of the event drop-down that states nothing: the kind of event as the kit found it.
AS_FOUND = "as found"


def _texts(corpus: Corpus) -> list[tuple[str, str]]:
    """Each source of a corpus and its text, made again from its lines (which keep the source exactly)."""
    return [
        (source, "\n".join(lines.sort_values("line")["text"]) + "\n")
        for source, lines in corpus.lines.groupby("source", sort=False)
    ]


class ReadingCheck(View):
    """How the kit read a transcript, and the same transcript read again as you state it.

    Shows :func:`kit.how_read` of the transcript: a sentence per source (the kind of
    event, the labels, the speakers, the lines that look like labels but were not taken),
    then its tables. ``event`` is the drop-down of the kinds of event
    (:data:`kit.parsing.events.EVENTS`, or ``"as found"``), ``askers`` the text box of
    the speakers who ask (names, comma separated; Enter applies them). Changing either
    reads the transcript again with what is stated (``kit.parse(text, source, event=...,
    askers=...)``), and a line under the sentence says what was used and how to state it
    for good, in a file beside the transcript (``talk.kit.toml`` beside ``talk.txt``).

    State, for tests and the curious: ``corpus`` (the corpus shown), ``found`` (its
    :class:`kit.audit.HowRead`), ``frame`` (the speakers and their roles), ``used`` (the
    :class:`kit.parsing.Given` used: ``used.event``, ``used.askers``), ``unmatched`` (askers
    typed that name no speaker), ``advice`` (the line under the sentence, plain text) and
    ``html`` (all of it, every piece of transcript text escaped).

    Args:
        transcript: the transcript's text (a ``str``), a file (a :class:`pathlib.Path`,
            read with :func:`kit.read_transcript`, so a ``.kit.toml`` beside it counts), or
            a corpus as read (``kit.widgets.TranscriptLoader().corpus``: each source is read
            again from its lines).
        source: the name of the text, for the tables (a file or a corpus keep their own).

    Raises:
        ValueError: a corpus with copies left out (``corpus.deduplicated()``): its lines are
            no longer the whole text.

    >>> view = ReadingCheck("Ann Lee: Why did you go?\\nBo Chan: To see.\\nAnn Lee: And then?\\nBo Chan: We left.")
    >>> view.found.events["event"].tolist(), view.frame["role"].tolist()
    (['interview'], ['interviewer', 'guest'])
    >>> view.event.value = "hearing"
    >>> view.used, view.frame["role"].tolist()
    (Given(event='hearing', askers=()), ['member', 'witness'])
    """

    def __init__(self, transcript: str | os.PathLike[str] | Corpus, source: str = "<text>") -> None:
        self._path: Path | None = None
        self._texts: list[tuple[str, str]] = []
        if isinstance(transcript, Corpus):
            if transcript.deduplicated_from is not None:
                raise ValueError(
                    "ReadingCheck needs the corpus as read, not corpus.deduplicated(): its lines are the text read again"
                )
            self._texts = _texts(transcript)
            first = transcript
        elif isinstance(transcript, os.PathLike):
            self._path = Path(transcript)
            first = read_transcript(self._path)
        else:
            self._texts = [(source, str(transcript))]
            first = parse(str(transcript), source)
        self._first = first
        self.corpus = first
        self.found: HowRead = how_read(first)
        self.used = Given()
        self.unmatched: list[str] = []
        self.advice = ""
        self.event = fit(widgets.Dropdown(options=[AS_FOUND, *EVENTS], description="Kind of event"), "22em")
        self.askers = fit(
            widgets.Text(
                description="Who asks",
                placeholder="names, comma separated; Enter applies",
                continuous_update=False,
            ),
            "30em",
        )
        super().__init__([self.event, self.askers])
        self.ui.add_class("kit-reading-check")
        self._watch(self.event, self.askers)
        self.update()

    def update(self) -> None:
        """Read the transcript again with the kind of event and the askers stated, and show how it was read."""
        event = None if self.event.value == AS_FOUND else self.event.value
        names = [name.strip() for name in self.askers.value.split(",") if name.strip()]
        try:
            given = stated(event, names)
            corpus = self._read(given)
        except (InputError, ValueError) as error:
            self._show(self.frame, None, f"<p><b>Could not read it so:</b> {html.escape(str(error))}</p>", table=False)
            return
        self.corpus, self.used = corpus, given
        self.found = how_read(corpus)
        speakers = self.found.speakers["speaker"].dropna().unique().tolist()
        self.unmatched = [name for name in given.askers if not any(Given(askers=(name,)).asks(s) for s in speakers)]
        self.advice = self._advice()
        self._show(self.found.speakers, None, self.found.to_html(table=table_html, note=self.advice), table=False)

    def _read(self, given: Given) -> Corpus:
        """The transcript read with what ``given`` states (as first read when it states nothing)."""
        if given == Given():
            return self._first
        if self._path is not None:
            return read_transcript(self._path, event=given.event, askers=given.askers)
        corpora = [parse(text, source, event=given.event, askers=given.askers) for source, text in self._texts]
        return corpora[0] if len(corpora) == 1 else Corpus.concat(corpora)

    def _advice(self) -> str:
        """What was used, and how to state it for good (plain text)."""
        given = self.used
        source = str(self._path) if self._path is not None else self.corpus.sources[0]
        page = source.startswith(("http://", "https://")) or Path(source).suffix.lower() in (".html", ".htm")
        path = source if Path(source).suffix else "talk.txt"  # pasted text: a name to save it as
        beside = f"a file {Path(path).with_suffix(BESIDE).name} beside {Path(path).name}"
        if len(self.corpus.sources) > 1:  # several transcripts: the same statement for all, when they are read
            page, source = True, list(self.corpus.sources)
        if given == Given():
            if (
                self.found.events["event_source"].eq("given").any()
                or self.found.speakers["role_source"].eq("given").any()
            ):
                return (
                    "Shown as the kit read it, with what the transcript's front matter or the .kit.toml file beside "
                    "it states. Choose another kind of event or type who asks above to try another reading."
                )
            example = 'event = "hearing" and askers = ["Mr. Nields"]'
            keep = f"kit.read_corpus({json.dumps(source)}, {example.replace(' = ', '=').replace(' and ', ', ')})"
            return (
                "Shown as the kit found it: no kind of event and no askers stated. If it guessed wrong, choose the "
                "kind of event or type who asks above; to keep what you choose, state it "
                + (f"when you read it: {keep}." if page else f"in {beside}, with lines such as {example}.")
            )
        arguments, lines, used = [], [], []
        if given.event:
            used.append(f"as {EVENT_WORDS.get(given.event, given.event)}")
            lines.append(f"event = {json.dumps(given.event)}")
            arguments.append(f"event={json.dumps(given.event)}")
        if given.askers:
            askers = json.dumps(list(given.askers), ensure_ascii=False)
            used.append("with " + ", ".join(given.askers) + " asking")
            lines.append(f"askers = {askers}")
            arguments.append(f"askers={askers}")
        missing = (
            f" No speaker is called {', '.join(self.unmatched)} (a name is matched on its last word, case ignored)."
            if self.unmatched
            else ""
        )
        call = f"kit.{'read_corpus' if page else 'read_transcript'}({json.dumps(source if page else path)}, {', '.join(arguments)})"
        keep = (
            f"read it with {call}"
            if page
            else f"write {beside} with the lines {' and '.join(lines)}, or read it with {call}"
        )
        return f"Read again {' and '.join(used)}.{missing} To keep this reading, {keep}."
