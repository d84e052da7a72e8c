"""How the kit read a transcript, before anyone trusts a figure from it.

An analysis module (frames -> new frames, the inputs never changed). :func:`how_read` gathers
what the parser decided about each source into one :class:`HowRead`: the layout (which
label shapes opened the turns, time marks, a caption file), the kind of event of each
document and how it was decided, each speaker's role and how that was decided, and the
lines that look like a speaker label but were not taken as one, with their line numbers
and why. In a notebook it shows itself as a sentence per source and four tables; ``print``
gives the same as plain text.

What the kit guessed wrong can be stated (the kind of event, who asks):
``kit.read_transcript(path, event="hearing", askers=["Mr. Nields"])``, or a file
``talk.kit.toml`` beside ``talk.txt`` with ``event = "hearing"`` and ``askers = [...]``;
:class:`kit.widgets.ReadingCheck` tries a statement out before it is written down.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from kit.schema import require
from kit.words import plural

if TYPE_CHECKING:
    from kit.corpus import Corpus

__all__ = [
    "HowRead",
    "how_read",
    "layouts",
    "events",
    "speaker_roles",
    "not_labels",
    "EVENT_WORDS",
    "EVENT_SOURCE_WORDS",
    "SHAPE_WORDS",
]

#: Each kind of event (:data:`kit.parsing.events.EVENTS`) as a sentence says it.
EVENT_WORDS = {
    "joint_press_conference": "a joint press conference",
    "news_conference": "a news conference",
    "briefing": "a briefing",
    "interview": "an interview",
    "debate": "a debate",
    "question_time": "question time",
    "hearing": "a hearing",
    "town_hall": "a town hall",
    "meeting": "a meeting",
}
#: How a kind of event was decided (the documents' ``event_source``), as a sentence says it.
EVENT_SOURCE_WORDS = {
    "given": "as stated",
    "title": "from the title",
    "opening": "from the event its host welcomes all to",
    "labels": "from the labels",
    "structure": "from who asks and who answers",
}
#: How a label stands in its line (the turns' ``label_shape``), as a sentence says it.
SHAPE_WORDS = {
    "colon": "a name and a colon (Name: ...)",
    "q": "Q for a question",
    "stop": "a name and a full stop (MR. NAME. ...)",
    "caps_stop": "a name in capitals and a full stop (CHAIR POWELL. ...)",
    "caps_dash": "a name in capitals and a dash (MR. PRESIDENT (...) – ...)",
    "titled_stop": "a title, a name and a full stop (Mr Julien Daumas. ...)",
    "dash": "a name, a full stop and a dash (President. – ...)",
    "titled_dash": "a title, a name and a dash (President Lula — ...)",
    "bracket": "a role or a name in brackets ((Reporter) ...)",
    "own_line": "names on their own lines",
    "voice": "a caption's voice tags or speaker marks (>>)",
    "screen": "a meeting's screen names, as their owners typed them (00:02:39 Galaxy S21: ..., Tom Whitlock for D4: ...)",
    "chat": "a chat log's nicks (19:00 <nick> ...)",
    "initials": "initials and a wide gap, as a speaker key names them (TAG        ...)",
    "marked": "a record's mark, a name and a wide space, no colon (○Chairman (Name)\u3000...)",
    "soundbite": "a news agency's shotlist (00:00:14 SOUNDBITE (in English) by Name, ...: ...)",
    "asked": "a printed question's member (1. Ms Bradshaw asked the Minister ...)",
    "bold": "questions set in bold, with no labels",
    "implied": "no label printed: a line that only asks, and the line after it that answers",
}

#: The most rows of a table shown in a notebook or printed.
ROWS = 60
_WIDE = 60  # the most characters of a text printed in a table's cell
_NOTE_STYLE = "border-left:3px solid #0072B2;padding-left:6px"  # a note under the sentences


def _counts(values: pd.Series) -> str:
    """Each value and how often it occurs, most frequent first: ``"colon 12, q 10"`` ('' for none)."""
    counted = values.dropna().value_counts(sort=True)
    return ", ".join(f"{value} {n}" for value, n in counted.items())


def layouts(lines: pd.DataFrame, turns: pd.DataFrame, wrapped: frozenset[str] = frozenset()) -> pd.DataFrame:
    """How each source is laid out: its lines and turns, the label shapes used, time marks, captions.

    Does not change its inputs.

    Args:
        lines: a corpus's ``lines`` (``source, kind, not_label``).
        turns: its ``turns`` (``source, label_shape, time``).
        wrapped: the sources that are hard-wrapped (``corpus.wrapped_sources``).

    Returns:
        A new frame, one row per source in the order of ``lines``: ``source, n_lines,
        n_turns, label_shapes`` (each shape and its count, most used first, ties in the order first used: ``"own_line 236"``),
        ``time_marks`` (a label or cue gives a time), ``caption_file`` (the source is a
        ``.vtt`` or ``.srt`` file: it has ``cue`` lines), ``hard_wrapped`` and
        ``n_not_labels`` (lines that look like labels but were not taken).

    >>> lines = pd.DataFrame({"source": ["a.txt"] * 3, "kind": ["speech", "speech", "narration"],
    ...                       "not_label": [None, None, "a capitalised phrase and a colon, read as prose"]})
    >>> turns = pd.DataFrame({"source": ["a.txt"] * 2, "label_shape": ["q", "colon"], "time": [None, None]})
    >>> layouts(lines, turns).values.tolist()
    [['a.txt', 3, 2, 'q 1, colon 1', False, False, False, 1]]
    """
    require(lines, "source", "kind", "not_label", by="kit.audit.layouts")
    require(turns, "source", "label_shape", "time", by="kit.audit.layouts")
    rows = []
    for source, mine in lines.groupby("source", sort=False):
        spoken = turns[turns["source"] == source]
        rows.append(
            {
                "source": source,
                "n_lines": len(mine),
                "n_turns": len(spoken),
                "label_shapes": _counts(spoken["label_shape"]),
                "time_marks": bool(spoken["time"].notna().any()),
                "caption_file": bool((mine["kind"] == "cue").any()),
                "hard_wrapped": source in wrapped,
                "n_not_labels": int(mine["not_label"].notna().sum()),
            }
        )
    columns = ["source", "n_lines", "n_turns", "label_shapes", "time_marks", "caption_file", "hard_wrapped"]
    return pd.DataFrame(rows, columns=[*columns, "n_not_labels"])


def events(documents: pd.DataFrame) -> pd.DataFrame:
    """The kind of event of each document, and how it was decided.

    Does not change its input.

    Args:
        documents: a corpus's ``documents``.

    Returns:
        A new frame ``source, doc_id, title, event, event_source``, one row per document.

    >>> docs = pd.DataFrame({"source": ["a.txt"], "doc_id": [1], "title": ["Oral Argument"],
    ...                      "event": ["hearing"], "event_source": ["title"], "n_turns": [4]})
    >>> events(docs).values.tolist()
    [['a.txt', 1, 'Oral Argument', 'hearing', 'title']]
    """
    require(documents, "source", "doc_id", "title", "event", "event_source", by="kit.audit.events")
    return documents[["source", "doc_id", "title", "event", "event_source"]].reset_index(drop=True)


def speaker_roles(turns: pd.DataFrame) -> pd.DataFrame:
    """Each speaker of each document with their role, how it was decided, and what they said.

    A speaker whose turns were given two roles (or one role decided two ways) has a row for
    each, so that no decision is hidden.

    Does not change its input.

    Args:
        turns: a corpus's ``turns``.

    Returns:
        A new frame ``source, doc_id, speaker, role, role_source, turns, words, asks,
        labels``, in the order speakers first speak: ``asks`` counts the turns that hold a
        ``?``, ``labels`` joins the labels as written (each once, in order, with ``" | "``).

    >>> turns = pd.DataFrame({"source": ["a.txt"] * 3, "doc_id": [1] * 3, "turn_id": [1, 2, 3],
    ...     "speaker": ["Mr. Nields", "Mr. North", "Mr. Nields"], "speaker_label": ["MR. NIELDS"] + ["MR. NORTH", "Mr. Nields"],
    ...     "role": ["member", "witness", "member"], "role_source": ["asks", "answers", "asks"],
    ...     "n_words": [3, 5, 2], "text": ["Did you?", "I did.", "When?"]})
    >>> speaker_roles(turns)[["speaker", "role", "turns", "words", "asks", "labels"]].values.tolist()
    [['Mr. Nields', 'member', 2, 5, 2, 'MR. NIELDS | Mr. Nields'], ['Mr. North', 'witness', 1, 5, 0, 'MR. NORTH']]
    """
    keys = ["source", "doc_id", "speaker", "role", "role_source"]
    require(turns, *keys, "text", "turn_id", "n_words", "speaker_label", by="kit.audit.speaker_roles")
    columns = [*keys, "turns", "words", "asks", "labels"]
    if turns.empty:
        return pd.DataFrame(columns=columns)
    marked = turns.assign(_asks=turns["text"].str.contains("?", regex=False).astype("int64"))
    grouped = marked.groupby(keys, sort=False, dropna=False)
    table = grouped.agg(
        turns=("turn_id", "size"),
        words=("n_words", "sum"),
        asks=("_asks", "sum"),
        labels=("speaker_label", lambda labels: " | ".join(dict.fromkeys(labels.dropna()))),
        first=("turn_id", "min"),
    )
    table = table.reset_index().sort_values("first", kind="stable").drop(columns="first")
    return table.astype({"turns": "int64", "words": "int64", "asks": "int64"})[columns].reset_index(drop=True)


def not_labels(lines: pd.DataFrame) -> pd.DataFrame:
    """The lines that look like a speaker label but were not taken as one, with why and what they became.

    Does not change its input.

    Args:
        lines: a corpus's ``lines``.

    Returns:
        A new frame ``source, line, text, why, kind``: ``why`` is the parser's reason
        (``not_label``), ``kind`` what the line was read as instead (``speech``: part of the
        turn before it).

    >>> lines = pd.DataFrame({"source": ["a.txt"] * 2, "line": [1, 2], "kind": ["speech", "speech"],
    ...     "text": ["Q: Why?", "The bottom line is this: no."], "not_label": [None, "read as prose"]})
    >>> not_labels(lines).values.tolist()
    [['a.txt', 2, 'The bottom line is this: no.', 'read as prose', 'speech']]
    """
    require(lines, "source", "line", "text", "not_label", "kind", by="kit.audit.not_labels")
    found = lines[lines["not_label"].notna()]
    return (
        found[["source", "line", "text", "not_label", "kind"]]
        .rename(columns={"not_label": "why"})
        .reset_index(drop=True)
    )


def _pandas_table(frame: pd.DataFrame, rows: int) -> str:
    """A frame as an HTML table, every value escaped, missing values blank, and a line when rows are left out."""
    if frame.empty:
        return ""
    shown = frame.head(rows).to_html(index=False, na_rep="", escape=True, border=0)
    more = f"<p><small>first {rows} of {len(frame)} rows</small></p>" if len(frame) > rows else ""
    return shown + more


@dataclass(frozen=True, repr=False, eq=False)
class HowRead:
    """What the kit made of a corpus's transcripts: four tables, and a sentence per source.

    Attributes:
        layout: one row per source (:func:`layouts`).
        events: one row per document (:func:`events`).
        speakers: one row per speaker and role of each document (:func:`speaker_roles`).
        not_labels: one row per line that looks like a label but was not taken (:func:`not_labels`).

    In a notebook it shows the sentences and the tables (every piece of transcript text
    HTML-escaped); ``str()`` and :meth:`summary` give the same as plain text.
    """

    layout: pd.DataFrame
    events: pd.DataFrame
    speakers: pd.DataFrame
    not_labels: pd.DataFrame

    def sentences(self) -> dict[str, str]:
        """One sentence per source saying how it was read: the event, the labels, the speakers, the lines not taken.

        Returns:
            ``{source: sentence}``, in the order of :attr:`layout`.

        >>> import kit
        >>> kit.how_read(kit.parse("Q Why?\\nMS. PSAKI: Because.", "a.txt")).sentences()["a.txt"]
        'read as a news conference (from the labels); labels: Q for a question (1), a name and a colon (Name: ...) (1); 2 speakers; no line looks like a label without being taken.'
        """
        said = {}
        for row in self.layout.itertuples(index=False):
            parts = []
            if row.caption_file:
                parts.append("a caption file")
            parts.append("read as " + self._event_words(row.source))
            shapes = [part.rsplit(" ", 1) for part in row.label_shapes.split(", ")] if row.label_shapes else []
            parts.append(
                "labels: " + ", ".join(f"{SHAPE_WORDS.get(shape, shape)} ({n})" for shape, n in shapes)
                if shapes
                else "no speaker labels found"
            )
            if row.time_marks:
                parts.append("with time marks")
            if row.hard_wrapped:
                parts.append("hard-wrapped (a label counts only at the start of a paragraph)")
            speakers = self.speakers.loc[self.speakers["source"] == row.source, "speaker"].nunique()
            parts.append(plural(speakers, "speaker"))
            n = row.n_not_labels
            if n == 0:
                parts.append("no line looks like a label without being taken")
            elif n == 1:
                parts.append("1 line looks like a label but was not taken")
            else:
                parts.append(f"{plural(n, 'line')} look like labels but were not taken")
            said[row.source] = "; ".join(parts) + "."
        return said

    def _event_words(self, source: str) -> str:
        """The kinds of event of a source's documents, each with how it was decided and, if several, in how many."""
        mine = self.events[self.events["source"] == source]
        pairs = mine.groupby(["event", "event_source"], sort=False, dropna=False).size()
        words = [
            f"{EVENT_WORDS.get(event, event)} ({EVENT_SOURCE_WORDS.get(how, how)})"
            + (f" in {plural(int(n), 'document')}" if len(pairs) > 1 else "")
            for (event, how), n in pairs.items()
        ]
        return ", ".join(words) if words else "no document"

    def summary(self, rows: int = ROWS) -> str:
        """The sentences and the tables as plain text, for ``print``.

        Args:
            rows: the most rows printed of each table.

        Returns:
            The text: for each source its sentence, then the four tables.

        >>> import kit
        >>> print(kit.how_read(kit.parse("Ann Lee: Why?\\nBo Chan: Because.", "a.txt")).summary())  # doctest: +ELLIPSIS
        a.txt: read as an interview (from who asks and who answers); labels: ...
        <BLANKLINE>
        Layout
        ...
        """
        out = [f"{source}: {sentence}" for source, sentence in self.sentences().items()]
        for title, frame in self._tables():
            out += ["", title]
            if frame.empty:
                out.append("  (none)")
                continue
            shown = frame.head(rows).copy()
            for column in ("title", "text", "labels"):  # long texts cut, so that a row fits a line
                if column in shown:
                    shown[column] = [t if len(t) <= _WIDE else t[: _WIDE - 1] + "…" for t in shown[column].fillna("")]
            out.append(shown.to_string(index=False, na_rep=""))
            if len(frame) > rows:
                out.append(f"  first {rows} of {len(frame)} rows")
        return "\n".join(out)

    def _tables(self) -> list[tuple[str, pd.DataFrame]]:
        """The four tables under their headings; without ``source`` when there is one source (its sentence names it)."""
        tables = [
            ("Layout", self.layout),
            ("Kind of event of each document", self.events),
            ("Speakers and their roles", self.speakers),
            ("Lines that look like labels but were not taken", self.not_labels),
        ]
        if len(self.layout) == 1:
            tables = [(title, frame.drop(columns="source")) for title, frame in tables]
        return tables

    def to_html(self, table: Callable[[pd.DataFrame, int], str] | None = None, rows: int = ROWS, note: str = "") -> str:
        """The sentences and the tables as HTML, every piece of transcript text escaped.

        Args:
            table: draws a frame as an HTML table, given the frame and the most rows to
                show (default: pandas' own, escaped); the widgets pass theirs.
            rows: the most rows shown of each table.
            note: a line of plain text to show under the sentences (escaped), or none.

        Returns:
            HTML: a paragraph per source, the note, then the four tables, each under a heading.

        >>> import kit
        >>> page = kit.how_read(kit.parse("<b>Ann</b>: Why?\\nBo Chan: Because.")).to_html()
        >>> "<b>Ann</b>" in page, "&lt;b&gt;Ann&lt;/b&gt;" in page
        (False, True)
        """
        draw = table or _pandas_table
        out = [
            f"<p><b>{html.escape(source)}</b>: {html.escape(sentence)}</p>"
            for source, sentence in self.sentences().items()
        ]
        if note:
            out.append(f'<p class="kit-how-read-note" style="{_NOTE_STYLE}">{html.escape(note)}</p>')
        for title, frame in self._tables():
            shown = draw(frame, rows) if not frame.empty else "<p><small>(none)</small></p>"
            out.append(f"<h4>{html.escape(title)}</h4>{shown}")
        return f'<div class="kit-how-read">{"".join(out)}</div>'

    def _repr_html_(self) -> str:
        return self.to_html()

    def __str__(self) -> str:
        return self.summary()

    def __repr__(self) -> str:
        return (
            f"<HowRead: {plural(len(self.layout), 'source')}, {plural(len(self.events), 'document')}, "
            f"{plural(self.speakers['speaker'].nunique(), 'speaker')}, "
            f"{plural(len(self.not_labels), 'line')} not taken as labels>"
        )


def how_read(corpus: Corpus) -> HowRead:
    """What the kit made of a corpus's transcripts: layout, kind of event, roles, and lines not taken as labels.

    Does not change the corpus.

    Args:
        corpus: a corpus (``kit.read_transcript(path)``, ``kit.parse(text)``, ...).

    Returns:
        A :class:`HowRead`: its tables :attr:`~HowRead.layout`, :attr:`~HowRead.events`,
        :attr:`~HowRead.speakers` and :attr:`~HowRead.not_labels`; shown in a notebook as a
        sentence per source and the tables.

    >>> import kit
    >>> found = how_read(kit.parse("Q Will you sign it?\\nMS. PSAKI: Yes.\\nThe bottom line is this: we sign.", "b.txt"))
    >>> found
    <HowRead: 1 source, 1 document, 2 speakers, 1 line not taken as labels>
    >>> found.not_labels[["line", "why"]].values.tolist()
    [[3, 'a capitalised phrase and a colon, read as prose']]
    """
    return HowRead(
        layout=layouts(corpus.lines, corpus.turns, corpus.wrapped_sources),
        events=events(corpus.documents),
        speakers=speaker_roles(corpus.turns),
        not_labels=not_labels(corpus.lines),
    )
