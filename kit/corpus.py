"""The :class:`Corpus`: transcripts as tidy DataFrames, one source or many.

A corpus holds the frames of the sources read (``documents``, ``turns``, ``exchanges``,
``lines``, and ``sentences`` built on first use), the sources' names and the errors of
those that could not be read. It filters itself (:meth:`Corpus.deduplicated`), joins
others (:meth:`Corpus.concat`, ``corpus_a + corpus_b``) and keeps itself as Parquet
(:meth:`Corpus.save`, in :mod:`kit.store`).

Corpora are made by the entry points in :mod:`kit.reading` (``kit.parse``,
``kit.read_transcript``, ``kit.read_page``, ``kit.load``, ``kit.read_corpus``) and by
``kit.open_corpus`` (:mod:`kit.store`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from os import PathLike
from pathlib import Path

import pandas as pd

from kit.columns import FROM_RECORDS, SourceColumns
from kit.errors import TranscriptError
from kit.frames import assemble, frame, sentence_frame
from kit.parsing import bulk
from kit.schema import IDS, SCHEMA, id_columns
from kit.words import plural

__all__ = ["Corpus", "errors_frame"]

_LISTED = 20  # sources and skipped sources listed by name in a notebook's summary card


def errors_frame(errors: Iterable[TranscriptError] = ()) -> pd.DataFrame:
    """The ``errors`` frame of a corpus: one row per source that could not be read.

    Args:
        errors: the sources' errors, in corpus order (none by default).

    Returns:
        A frame with the columns ``source``, ``line`` and ``problem``.

    >>> errors_frame([TranscriptError("a.txt", "the file is empty")]).values.tolist()
    [['a.txt', <NA>, 'the file is empty']]
    """
    errors = list(errors)
    return frame(
        "errors",
        {
            "source": [e.source for e in errors],
            "line": [e.line for e in errors],
            "problem": [e.problem for e in errors],
        },
    )


@dataclass(frozen=True, repr=False, eq=False)
class Corpus:
    """Transcripts as tidy DataFrames: one source or many.

    Attributes:
        documents: one row per document (a news conference, a meeting).
        turns: one row per speaker turn.
        exchanges: one row per question and everything said until the next question.
        sentences: one row per sentence of a turn (built on first use and kept).
        lines: one row per line of each source, each with its ``kind``.
        sources: the files, links or labels read, in corpus order.
        source: the one source's name, or ``"3 sources"`` for a corpus of three.
        wrapped: whether the sources are hard-wrapped (paragraphs split by blank lines).
        wrapped_sources: the names of the hard-wrapped sources.
        errors: the sources :func:`kit.read_corpus` could not read and skipped: ``source``,
            ``line``, ``problem`` (empty when every source was read).
        deduplicated_from: for a :meth:`deduplicated` corpus, how many turns it dropped.

    Every frame has a ``source`` column. Ids (``doc_id``, ``turn_id``, ...) run across
    the whole corpus in source order; line numbers count within each source.
    ``kit.schema.describe("turns")`` explains every column.
    """

    documents: pd.DataFrame
    turns: pd.DataFrame
    exchanges: pd.DataFrame
    lines: pd.DataFrame
    sources: tuple[str, ...] = ("<text>",)
    wrapped_sources: frozenset[str] = frozenset()
    errors: pd.DataFrame = field(default_factory=errors_frame)
    deduplicated_from: int | None = None
    _sentences: pd.DataFrame | None = field(default=None, repr=False)

    @property
    def source(self) -> str:
        """The source's name for a corpus of one; ``"N sources"`` for a corpus of many."""
        if len(self.sources) == 1:
            return self.sources[0]
        return f"{len(self.sources)} sources"

    @property
    def wrapped(self) -> bool:
        """Whether every source is hard-wrapped (paragraphs split by blank lines)."""
        return bool(self.sources) and all(s in self.wrapped_sources for s in self.sources)

    @property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence of a turn, built from :attr:`turns` on first use."""
        if self._sentences is None:
            wrapped = self.wrapped if len(set(self.sources)) == 1 else self.wrapped_sources
            with bulk():
                object.__setattr__(self, "_sentences", sentence_frame(self.turns, wrapped))
        return self._sentences

    @classmethod
    def from_columns(cls, columns: Sequence[SourceColumns], errors: Iterable[TranscriptError] = ()) -> Corpus:
        """The corpus of parsed sources: their columns become one set of frames.

        Args:
            columns: each source's columns (:func:`kit.columns.source_columns`), in corpus
                order; at least one.
            errors: the sources that could not be read, for :attr:`errors`.

        Returns:
            The corpus, ids running across the sources (:func:`kit.frames.assemble`).

        >>> from kit.columns import source_columns
        >>> from kit.parsing import parse_lines
        >>> Corpus.from_columns([source_columns(parse_lines(["Question: Why?"], "a.txt"))])
        <Corpus 'a.txt': 1 documents, 1 turns, 1 exchanges, 1 sentences, 1 lines>
        """
        return cls(
            **assemble(columns),
            sources=tuple(c.source for c in columns),
            wrapped_sources=frozenset(c.source for c in columns if c.wrapped),
            errors=errors_frame(errors),
        )

    def deduplicated(self) -> Corpus:
        """A corpus without the later copies of duplicated turns and exchanges.

        Drops every turn with a ``duplicate_of``, every turn of an exchange with one,
        and their sentences and lines; documents are kept. Copies are found within each
        source. Does not change ``self``.

        Returns:
            The corpus without the copies (``self`` if it is deduplicated already); its
            :attr:`deduplicated_from` says how many turns were dropped.

        >>> from kit import parse
        >>> corpus = parse("Question: Pavel Zarubin, VGTRK. Did you discuss Navalny at all?\\n"
        ...                "Vladimir Putin: Yes, we talked about that at his initiative.\\n"
        ...                "Question: Pavel Zarubin, VGTRK. Did you discuss Navalny at all?\\n"
        ...                "Vladimir Putin: Yes, we talked about that at his initiative.\\n")
        >>> len(corpus.turns), len(corpus.deduplicated().turns)
        (4, 2)
        """
        if self.deduplicated_from is not None:
            return self
        copies = set(self.exchanges.loc[self.exchanges["duplicate_of"].notna(), "exchange_id"])
        drop = self.turns["duplicate_of"].notna() | self.turns["exchange_id"].isin(copies)
        dropped = set(self.turns.loc[drop, "turn_id"])
        return replace(
            self,
            turns=self.turns[~drop].reset_index(drop=True),
            exchanges=self.exchanges[~self.exchanges["exchange_id"].isin(copies)].reset_index(drop=True),
            _sentences=self.sentences[~self.sentences["turn_id"].isin(dropped)].reset_index(drop=True),
            lines=self.lines[~self.lines["turn_id"].isin(dropped)].reset_index(drop=True),
            deduplicated_from=len(dropped),
        )

    @classmethod
    def concat(cls, corpora: Iterable[Corpus]) -> Corpus:
        """One corpus of several, in the order given, ids renumbered across them.

        Each corpus's ids follow on from the previous one's largest, as in
        :func:`kit.read_corpus`; line numbers, ``source`` columns and ``errors`` are kept.
        ``corpus_a + corpus_b`` is ``Corpus.concat([corpus_a, corpus_b])``. Does not
        change the corpora.

        Args:
            corpora: the corpora to join (at least one).

        Returns:
            A new :class:`Corpus`; its :attr:`source` is e.g. ``"2 sources"``.

        Raises:
            ValueError: no corpus is given.
            TypeError: something that is not a :class:`Corpus` is given.

        >>> from kit import parse
        >>> a = parse("Question: Why?\\nVladimir Putin: Because.", "a.txt")
        >>> b = parse("Question: How?\\nVladimir Putin: Slowly.", "b.txt")
        >>> both = a + b
        >>> both
        <Corpus '2 sources': 2 documents, 4 turns, 2 exchanges, 4 sentences, 4 lines>
        >>> both.turns[["turn_id", "exchange_id", "source", "first_line"]].values.tolist()
        [[1, 1, 'a.txt', 1], [2, 1, 'a.txt', 2], [3, 2, 'b.txt', 1], [4, 2, 'b.txt', 2]]
        """
        corpora = list(corpora)
        if not corpora:
            raise ValueError("Corpus.concat needs at least one corpus")
        if not all(isinstance(c, Corpus) for c in corpora):
            kinds = sorted({type(c).__name__ for c in corpora if not isinstance(c, Corpus)})
            raise TypeError(f"Corpus.concat joins corpora, not {', '.join(kinds)}")
        if len(corpora) == 1:
            return corpora[0]
        names = list(FROM_RECORDS)
        if any(c._sentences is not None for c in corpora):  # else built from the joined turns
            names.append("sentences")
        shifted: dict[str, list[pd.DataFrame]] = {name: [] for name in names}
        start = dict.fromkeys(IDS.values(), 0)
        for corpus in corpora:
            frames = {name: getattr(corpus, name) for name in names}
            for name, table in frames.items():
                shifted[name].append(_shift(table, name, start))
            for entity, largest in _largest_ids(frames).items():
                start[entity] += largest
        joined = {name: _concat(name, tables) for name, tables in shifted.items()}
        dropped = [c.deduplicated_from for c in corpora]
        return cls(
            documents=joined["documents"],
            turns=joined["turns"],
            exchanges=joined["exchanges"],
            lines=joined["lines"],
            sources=tuple(s for c in corpora for s in c.sources),
            wrapped_sources=frozenset().union(*(c.wrapped_sources for c in corpora)),
            errors=_concat("errors", [c.errors for c in corpora]),
            deduplicated_from=None if None in dropped else sum(dropped),
            _sentences=joined.get("sentences"),
        )

    def __add__(self, other: object) -> Corpus:
        if not isinstance(other, Corpus):
            return NotImplemented
        return Corpus.concat([self, other])

    def save(self, path: str | PathLike[str], *, overwrite: bool = False) -> Path:
        """Keep the corpus in a folder: one Parquet file per frame and ``corpus.json``.

        Parquet keeps every column's type, and DuckDB, Polars, Spark and R (arrow) read
        it; :func:`kit.open_corpus` reads it back in a fraction of the time parsing takes.
        The sentences are built if they were not yet, and saved too. The folder is
        written under a temporary name beside ``path`` and renamed when complete, so
        ``path`` is never left half-written (:func:`kit.store.save_corpus`).

        Args:
            path: the folder to create (its parent folders are created if needed).
            overwrite: replace a corpus saved there before (a folder that is not a
                saved corpus, or that holds a file the kit did not write there, is
                never replaced).

        Returns:
            The folder's path.

        Raises:
            FileExistsError: ``path`` exists and ``overwrite`` is false, or it is not a
                saved corpus (nor an empty folder), or it holds files of the user's too.
            ValueError: ``path`` is empty.

        >>> import tempfile
        >>> from kit import open_corpus, parse
        >>> folder = tempfile.TemporaryDirectory()
        >>> corpus = parse("Question: Why?\\nVladimir Putin: Because.", "a.txt")
        >>> saved = corpus.save(Path(folder.name) / "mine")
        >>> sorted(p.name for p in saved.iterdir())[:3]
        ['corpus.json', 'documents.parquet', 'errors.parquet']
        >>> open_corpus(saved)
        <Corpus 'a.txt': 1 documents, 2 turns, 1 exchanges, 2 sentences, 2 lines>
        >>> folder.cleanup()
        """
        from kit.store import save_corpus  # kit.store imports this module

        return save_corpus(self, path, overwrite=overwrite)

    def _repr_html_(self) -> str:
        """A summary card for a notebook: sources, documents, turns, speakers and skipped sources.

        Every name shown (a source, a skipped source's problem) is HTML-escaped. The
        sentences are not built for it (``repr`` counts them).

        >>> from kit import parse
        >>> card = parse("Question: Why?\\nVladimir Putin: Because.", "<b>a</b>.txt")._repr_html_()
        >>> "&lt;b&gt;a&lt;/b&gt;.txt" in card, "<b>a</b>" in card
        (True, False)
        """
        from html import escape

        def cell(text: object) -> str:
            return f"<td style='text-align: right; padding: 0 0.6em'>{escape(str(text))}</td>"

        copies = int(self.exchanges["duplicate_of"].notna().sum())
        counts = [
            ("sources", len(self.sources)),
            ("documents", len(self.documents)),
            ("turns", len(self.turns)),
            ("exchanges", len(self.exchanges)),
            ("speakers", self.turns["speaker"].nunique()),
            ("skipped sources", len(self.errors)),
        ]
        notes = []
        if copies:
            verb = "is a copy" if copies == 1 else "are copies"
            notes.append(f"{plural(copies, 'exchange')} {verb} of an earlier one (corpus.deduplicated() drops them)")
        if self.deduplicated_from is not None:
            notes.append(f"deduplicated: {plural(self.deduplicated_from, 'copied turn')} dropped")
        rows = "".join(
            f"<tr><th style='text-align: left'>{escape(name)}</th>{cell(f'{n:,}')}</tr>" for name, n in counts
        )
        parts = [
            "<div style='display: inline-block; border: 1px solid #bbb; border-radius: 4px; padding: 0.4em 0.8em'>",
            f"<div style='font-weight: bold'>Corpus: {escape(self.source)}</div>",
            f"<table style='margin: 0.3em 0'>{rows}</table>",
        ]
        parts += [f"<div style='color: #555'>{escape(note)}</div>" for note in notes]
        if len(self.sources) > 1:
            shown = "".join(f"<li>{escape(name)}</li>" for name in self.sources[:_LISTED])
            more = f"<li>and {len(self.sources) - _LISTED:,} more</li>" if len(self.sources) > _LISTED else ""
            parts.append(f"<details><summary>{len(self.sources):,} sources</summary><ol>{shown}{more}</ol></details>")
        if len(self.errors):
            skipped = "".join(
                f"<li><code>{escape(str(row.source))}</code>: {escape(str(row.problem))}</li>"
                for row in self.errors.head(_LISTED).itertuples(index=False)
            )
            more = (
                f"<li>and {len(self.errors) - _LISTED:,} more (corpus.errors)</li>"
                if len(self.errors) > _LISTED
                else ""
            )
            parts.append(
                f"<details open><summary>{len(self.errors):,} skipped sources</summary><ul>{skipped}{more}</ul></details>"
            )
        parts.append(
            "<div style='color: #555; font-size: 90%'>tables: corpus.documents, corpus.turns, corpus.exchanges, "
            "corpus.sentences, corpus.lines</div></div>"
        )
        return "".join(parts)

    def __repr__(self) -> str:
        copies = int(self.exchanges["duplicate_of"].notna().sum())
        note = f", {copies} duplicated" if copies else ""
        if self.deduplicated_from is not None:
            note += f", {self.deduplicated_from} copied turns dropped"
        skipped = f", {len(self.errors)} skipped" if len(self.errors) else ""
        return (
            f"<Corpus {self.source!r}: {len(self.documents)} documents, {len(self.turns)} turns, "
            f"{len(self.exchanges)} exchanges{note}, {len(self.sentences)} sentences, "
            f"{len(self.lines)} lines{skipped}>"
        )


def _shift(table: pd.DataFrame, name: str, start: dict[str, int]) -> pd.DataFrame:
    """``table`` with every id moved on by ``start`` of its rows (0 and missing ids stay)."""
    moves = {c: start[e] for c, e in id_columns(name).items() if start[e]}
    if not moves:
        return table
    shifted = table.copy(deep=False)
    for column, by in moves.items():
        values = shifted[column]
        shifted[column] = values + (values > 0) * by
    return shifted


def _largest_ids(frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """The largest id of each kind used anywhere in ``frames`` (0 where there is none)."""
    largest = dict.fromkeys(IDS.values(), 0)
    for name, table in frames.items():
        for column, entity in id_columns(name).items():
            top = table[column].max() if len(table) else 0
            if pd.notna(top):
                largest[entity] = max(largest[entity], int(top))
    return largest


def _concat(name: str, tables: list[pd.DataFrame]) -> pd.DataFrame:
    joined = pd.concat(tables, ignore_index=True)
    for column in SCHEMA[name]:  # an empty piece can loosen a dtype
        if str(joined[column.name].dtype) != column.dtype:
            joined[column.name] = joined[column.name].astype(column.dtype)
    return joined
