"""The :class:`Corpus`: transcripts as DataFrames, and the entry points that make one.

Entry points: :func:`parse` (text), :func:`read_transcript` (a file), :func:`load` (the
bundled Geneva source), :func:`read_corpus` (many files, folders, patterns, saved web
pages and links at once) and :func:`open_corpus` (a corpus kept with :meth:`Corpus.save`).
:meth:`Corpus.concat` and ``corpus_a + corpus_b`` join corpora.

Every path runs the same stages: the source's text (:mod:`kit.source`, :mod:`kit.web`)
is parsed into records (:func:`kit.parsing.parse_lines`), one source at a time (in worker
processes with ``read_corpus(..., workers=N)``); the records of all the sources then
become DataFrames once (:func:`kit.frames.assemble`). :func:`parse` is the one-source case.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._data import GENEVA, data_path
from kit.errors import TranscriptError
from kit.frames import SourceColumns, assemble, frame, sentence_frame, source_columns
from kit.parsing import bulk, parse_lines
from kit.parsing.labels import lexicon
from kit.schema import SCHEMA
from kit.source import check_text, read_text, split_lines

__all__ = ["Corpus", "load", "read_transcript", "parse", "read_corpus", "open_corpus", "SUFFIXES"]

#: The files :func:`read_corpus` reads from a folder (in its subfolders too).
SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Saved web pages, read with :func:`kit.web.page_text`; every other file is read as text.
PAGE_SUFFIXES = (".html", ".htm")
#: With ``progress=None``, :func:`read_corpus` shows a progress bar for more sources than this.
PROGRESS_AFTER = 10
#: What :meth:`Corpus.save` writes beside the frames, and :func:`open_corpus` looks for.
SAVED = "corpus.json"
_SAVED_KIND = "press-conference-kit corpus"


def _no_errors() -> pd.DataFrame:
    return frame("errors", {"source": [], "line": [], "problem": []})


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
        errors: the sources :func:`read_corpus` could not read and skipped: ``source``,
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
    errors: pd.DataFrame = field(default_factory=_no_errors)
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

    def deduplicated(self) -> Corpus:
        """A corpus without the later copies of duplicated turns and exchanges.

        Drops every turn with a ``duplicate_of``, every turn of an exchange with one,
        and their sentences and lines; documents are kept. Copies are found within each
        source. Does not change ``self``.

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
        :func:`read_corpus`; line numbers, ``source`` columns and ``errors`` are kept.
        ``corpus_a + corpus_b`` is ``Corpus.concat([corpus_a, corpus_b])``. Does not
        change the corpora.

        Args:
            corpora: the corpora to join (at least one).

        Returns:
            A new :class:`Corpus`; its :attr:`source` is e.g. ``"2 sources"``.

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
        names = ["documents", "turns", "exchanges", "lines"]
        if any(c._sentences is not None for c in corpora):  # else built from the joined turns
            names.append("sentences")
        shifted: dict[str, list[pd.DataFrame]] = {name: [] for name in names}
        start = dict.fromkeys(_ENTITIES.values(), 0)
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
        it; :func:`open_corpus` reads it back in a fraction of the time parsing takes.
        The sentences are built if they were not yet, and saved too. The folder is
        written under a temporary name beside ``path`` and renamed when complete, so
        ``path`` is never left half-written.

        Args:
            path: the folder to create (its parent folders are created if needed).
            overwrite: replace a corpus saved there before (a folder that is not a
                saved corpus is never replaced).

        Returns:
            The folder's path.

        Raises:
            FileExistsError: ``path`` exists and ``overwrite`` is false, or it is not a
                saved corpus (nor an empty folder).

        >>> import tempfile
        >>> folder = tempfile.TemporaryDirectory()
        >>> corpus = parse("Question: Why?\\nVladimir Putin: Because.", "a.txt")
        >>> saved = corpus.save(Path(folder.name) / "mine")
        >>> sorted(p.name for p in saved.iterdir())[:3]
        ['corpus.json', 'documents.parquet', 'errors.parquet']
        >>> open_corpus(saved)
        <Corpus 'a.txt': 1 documents, 2 turns, 1 exchanges, 2 sentences, 2 lines>
        >>> folder.cleanup()
        """
        import pyarrow.parquet as pq

        target = Path(path)
        if not str(path).strip():
            raise ValueError("no folder given to save the corpus in")
        if target.exists() or target.is_symlink():
            if not overwrite:
                raise FileExistsError(f"{target}: exists already; pass overwrite=True to replace it")
            if not _replaceable(target):
                problem = "is not a saved corpus; not replacing it (choose another folder)"
                raise FileExistsError(f"{target}: {problem}")
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
        try:
            rows = {}
            for name in SCHEMA:
                table = getattr(self, name)
                rows[name] = len(table)
                pq.write_table(_arrow_table(table), staging / f"{name}.parquet")
            about = {
                "kind": _SAVED_KIND,
                "version": 1,
                "sources": list(self.sources),
                "wrapped_sources": sorted(self.wrapped_sources),
                "deduplicated_from": self.deduplicated_from,
                "frames": {name: f"{name}.parquet" for name in SCHEMA},
                "rows": rows,
            }
            text = json.dumps(about, ensure_ascii=False, indent=1) + "\n"
            (staging / SAVED).write_text(text, encoding="utf-8")
            _swap_in(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return target

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


# Each id column and the rows it numbers; Corpus.concat shifts them all.
_ENTITIES = {
    "doc_id": "documents", "turn_id": "turns", "exchange_id": "exchanges", "sentence_id": "sentences",
}  # fmt: skip
_OWN_ID = {"documents": "doc_id", "turns": "turn_id", "exchanges": "exchange_id", "sentences": "sentence_id"}


def _id_columns(name: str, table: pd.DataFrame) -> dict[str, str]:
    """The id columns of frame ``name`` and the rows each numbers (``duplicate_of``: its own)."""
    held = {column: entity for column, entity in _ENTITIES.items() if column in table.columns}
    if "duplicate_of" in table.columns and name in _OWN_ID:
        held["duplicate_of"] = name
    return held


def _shift(table: pd.DataFrame, name: str, start: dict[str, int]) -> pd.DataFrame:
    """``table`` with every id moved on by ``start`` of its rows (0 and missing ids stay)."""
    moves = {c: start[e] for c, e in _id_columns(name, table).items() if start[e]}
    if not moves:
        return table
    shifted = table.copy(deep=False)
    for column, by in moves.items():
        values = shifted[column]
        shifted[column] = values + (values > 0) * by
    return shifted


def _largest_ids(frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    """The largest id of each kind used anywhere in ``frames`` (0 where there is none)."""
    largest = dict.fromkeys(_ENTITIES.values(), 0)
    for name, table in frames.items():
        for column, entity in _id_columns(name, table).items():
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


def parse(text: str, source: str = "<text>") -> Corpus:
    """Parse transcript text into a :class:`Corpus`.

    Args:
        text: the transcript (any line endings; a BOM is ignored).
        source: a name for error messages and the ``source`` column.

    Raises:
        TranscriptError: the text is empty or binary.

    >>> corpus = parse("Question: Hi, Matthew Chance from CNN. Was it hostile?\\n"
    ...                "Vladimir Putin: I believe there was no hostility at all.")
    >>> corpus.turns[["speaker", "affiliation", "kind"]].values.tolist()
    [['Matthew Chance', 'CNN', 'question'], ['Vladimir Putin', nan, 'answer']]
    """
    check_text(text, source)
    return _corpus([_parse_source(text, source)])


def _parse_source(text: str, source: str, lex=None) -> SourceColumns:
    """One source's text, parsed (with the vocabularies ``lex``, by default the kit's) into columns."""
    try:
        with bulk():  # no reference cycles are made: the collector would only rescan
            return source_columns(parse_lines(split_lines(text), source, lex))
    except RecursionError as error:  # pragma: no cover - defensive, never seen
        raise TranscriptError(source, f"cannot be parsed: {error}") from None


def _corpus(columns: list[SourceColumns], errors: pd.DataFrame | None = None) -> Corpus:
    """The corpus of the sources' columns (each becomes part of one set of frames)."""
    names = tuple(c.source for c in columns)
    wrapped = frozenset(c.source for c in columns if c.wrapped)
    frames = assemble(columns)
    return Corpus(**frames, sources=names, wrapped_sources=wrapped, errors=_no_errors() if errors is None else errors)


def read_transcript(path: str | PathLike[str], encoding: str | None = None) -> Corpus:
    """Read and parse a transcript file.

    Args:
        path: a text file (UTF-8 by default).
        encoding: the file's encoding when it is not UTF-8, e.g. ``"cp1251"``.

    Raises:
        TranscriptError: the file is missing, a folder, empty, binary or not in the
            encoding; the message names the file and where the problem is.
    """
    return parse(read_text(path, encoding), str(path))


def load() -> Corpus:
    """The bundled Geneva source: Putin's news conference of 16 June 2021, as copied to a blog.

    >>> load()
    <Corpus 'geneva_2021-06-16_putin_news_conference_blog_copy.txt': 3 documents, 20 turns, 6 exchanges, 1 duplicated, 261 sentences, 95 lines>
    """
    path = data_path(GENEVA)
    return parse(read_text(path), path.name)


# --- many sources ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One source to read: ``kind`` is ``"text"``, ``"page"`` (a saved web page) or ``"link"``."""

    kind: str
    name: str


def read_corpus(
    sources: str | PathLike[str] | Iterable[str | PathLike[str]],
    *,
    encoding: str | None = None,
    on_error: str = "skip",
    progress: bool | None = None,
    workers: int = 1,
    cache_dir: str | PathLike[str] | None = None,
) -> Corpus:
    """Read many transcripts into one :class:`Corpus`: files, folders, patterns, pages and links.

    Each source is one of:

    - a text file (``.txt``, ``.md`` or any other name), read like :func:`read_transcript`;
    - a saved web page (``.html``, ``.htm``), read like :func:`kit.read_page`;
    - a folder: every ``.txt``, ``.md``, ``.html`` and ``.htm`` file in it and in its
      subfolders, sorted by path (hidden files and folders, such as Jupyter's
      ``.ipynb_checkpoints``, are left out);
    - a pattern such as ``"transcripts/*.txt"`` or ``"archive/**/*.html"``: the files it
      matches, sorted by path;
    - a link (``http://`` or ``https://``): fetched with :func:`kit.web.fetch` (once: a copy
      is kept in the cache folder, so a second run reads no network), then read as a page.

    Sources keep the order given, a folder's or pattern's files in path order; a file
    given twice is read once. Ids (``doc_id``, ``turn_id``, ``exchange_id``,
    ``sentence_id``) run across the whole corpus in that order, every frame has a
    ``source`` column, and ``line`` numbers count within each source: each source's rows
    are exactly what reading it alone gives, with ids moved on.

    A source that cannot be read (a missing or binary file, an empty folder, a link that
    does not answer) is skipped with a warning naming it, and listed in
    :attr:`Corpus.errors`; the others are all read. With ``on_error="raise"`` its
    :class:`~kit.TranscriptError` is raised instead.

    Args:
        sources: a file, folder, pattern or link, or a list of them in any mix.
        encoding: the files' encoding when it is not UTF-8 (web pages that declare
            theirs use it).
        on_error: ``"skip"`` (the default) or ``"raise"``.
        progress: ``True`` shows a progress bar (tqdm's, in a notebook or a terminal,
            else a line on stderr); ``False`` never does; ``None`` (the default) shows
            it for more than ten sources.
        workers: processes that parse sources side by side (``0``: one per processor);
            the frames are built once, in this process. ``1`` (the default) parses here.
            In a script, call it under ``if __name__ == "__main__":`` (Windows and macOS
            start workers by running the script again); a notebook needs nothing.
        cache_dir: the folder for copies of fetched links (default: :func:`kit.web.cache_folder`).

    Returns:
        The corpus; its :attr:`~Corpus.source` is e.g. ``"3 sources"``.

    Raises:
        TranscriptError: no source could be read (or, with ``on_error="raise"``, one
            could not), naming it and, where there is one, the line.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "b.txt").write_text("Question: How?\\nVladimir Putin: Slowly.\\n")
    >>> _ = (folder / "a.txt").write_text("Question: Why?\\nVladimir Putin: Because.\\n")
    >>> corpus = read_corpus(folder)
    >>> corpus.turns[["turn_id", "text"]].values.tolist()
    [[1, 'Why?'], [2, 'Because.'], [3, 'How?'], [4, 'Slowly.']]
    >>> [Path(s).name for s in corpus.lines["source"].unique()]
    ['a.txt', 'b.txt']
    >>> shutil.rmtree(folder)
    """
    if on_error not in ("skip", "raise"):
        raise ValueError(f'on_error must be "skip" or "raise", not {on_error!r}')
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ValueError(f"workers must be 0 (one per processor) or a positive number, not {workers!r}")
    entries = _expand(sources)  # what to read, and what cannot be, in corpus order
    items = [entry for entry in entries if isinstance(entry, _Item)]
    results = _read_all(items, encoding, cache_dir, workers, progress)
    columns: list[SourceColumns] = []
    errors: list[TranscriptError] = []
    try:
        for entry in entries:
            result = next(results) if isinstance(entry, _Item) else entry
            if isinstance(result, SourceColumns):
                columns.append(result)
                continue
            error = result if isinstance(result, TranscriptError) else TranscriptError(*result)
            if on_error == "raise":
                raise error
            errors.append(error)
    finally:
        results.close()
    if not columns:
        if len(errors) == 1:
            raise errors[0]
        if errors:
            first = errors[0]
            problem = (
                f"{first.problem}; none of the {len(errors)} sources could be read: "
                + ", ".join(e.source for e in errors[1:4])
                + (", ..." if len(errors) > 4 else "")
            )
            raise TranscriptError(first.source, problem, first.line)
        raise TranscriptError(_describe(sources), "no transcripts given")
    for error in errors:
        warnings.warn(f"{error} (skipped)", stacklevel=2)
    table = frame(
        "errors",
        {
            "source": [e.source for e in errors],
            "line": [e.line for e in errors],
            "problem": [e.problem for e in errors],
        },
    )
    return _corpus(columns, table)


def _describe(sources: object) -> str:
    return str(sources) if isinstance(sources, (str, PathLike)) else "read_corpus"


def _expand(sources) -> list[_Item | TranscriptError]:
    """The sources to read, in corpus order, with the problems found before reading in their places."""
    from kit.web import is_url

    if isinstance(sources, (str, PathLike)):
        sources = [sources]
    items: list[_Item | TranscriptError] = []
    seen: set[tuple[bool, str]] = set()

    def add(kind: str, name: str, key: str) -> None:
        if (kind == "link", key) not in seen:
            seen.add((kind == "link", key))
            items.append(_Item(kind, name))

    for given in sources:
        if not isinstance(given, (str, PathLike)):
            raise TypeError(
                f"read_corpus reads files, folders, patterns and links (str or Path), not {type(given).__name__}"
            )
        text = os.fspath(given)
        if not isinstance(text, str):
            raise TypeError(f"read_corpus reads paths given as str or Path, not {type(text).__name__}")
        if is_url(text):
            add("link", text.strip(), text.strip())
            continue
        path = Path(text)
        if path.is_dir():
            found = _folder_files(path)
            if not found:
                problem = f"no transcript files in this folder (looked for {_suffixes()}, in subfolders too)"
                items.append(TranscriptError(text, problem))
            for file in found:
                add(_kind(file), str(file), _key(file))
        elif not path.exists() and any(c in text for c in "*?["):
            import glob

            matches = (Path(p) for p in glob.glob(text, recursive=True))
            found = sorted((p for p in matches if p.is_file()), key=lambda p: p.parts)
            if not found:
                items.append(TranscriptError(text, "no file matches this pattern"))
            for file in found:
                add(_kind(file), str(file), _key(file))
        else:  # a file, or a missing one (reading it says "no such file")
            add(_kind(path), text, _key(path))
    return items


def _suffixes() -> str:
    return ", ".join(SUFFIXES[:-1]) + " and " + SUFFIXES[-1]


def _folder_files(folder: Path) -> list[Path]:
    """The transcript files in ``folder`` and its subfolders, hidden ones left out, in path order."""
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _kind(path: Path) -> str:
    return "page" if path.suffix.lower() in PAGE_SUFFIXES else "text"


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _read_one(item: _Item, encoding: str | None, cache_dir: str | None, lex=None) -> SourceColumns | tuple:
    """Read and parse one source: its columns, or ``(source, problem, line)`` if it cannot be read.

    Runs in worker processes too, so it returns the error as plain values (a
    TranscriptError does not survive pickling) and the columns as Arrow arrays.
    """
    try:
        if item.kind == "link":
            from kit.web import fetch, page_text

            markup = fetch(item.name, cache_dir=cache_dir)
            # as bytes, so that page_text reads it as markup even with no "<" in it
            text = page_text(markup.encode("utf-8"), source=item.name, encoding="utf-8")
        elif item.kind == "page":
            from kit.web import page_text

            text = page_text(Path(item.name), source=item.name, encoding=encoding)
        else:
            text = read_text(item.name, encoding)
        check_text(text, item.name)
        return _parse_source(text, item.name, lex)
    except TranscriptError as error:
        return (error.source, error.problem, error.line)


def _read_all(items: list[_Item], encoding, cache_dir, workers: int, progress: bool | None):
    """Each item's :func:`_read_one`, in order, here or in a pool of processes.

    If the pool cannot start its processes (a script run without an
    ``if __name__ == "__main__":`` guard where processes are spawned), the rest is read
    here, with a warning.
    """
    cache = None if cache_dir is None else os.fspath(cache_dir)
    workers = min(workers or _processors(), len(items))
    bar = _progress(len(items), progress)
    done = 0
    try:
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            chunks = max(1, min(16, len(items) // (workers * 4)))
            n = len(items)
            try:
                with ProcessPoolExecutor(workers, mp_context=_process_context()) as pool:
                    results = pool.map(_read_one, items, [encoding] * n, [cache] * n, chunksize=chunks)
                    try:
                        for result in results:
                            done += 1
                            bar.update(1)  # before the yield: the caller stops asking after the last one
                            yield result
                    except BaseException:
                        pool.shutdown(wait=True, cancel_futures=True)
                        raise
            except BrokenProcessPool as error:
                warnings.warn(
                    f"read_corpus: the worker processes stopped ({error}); reading the rest in this "
                    'process. In a script, call read_corpus(..., workers=...) under if __name__ == "__main__":',
                    stacklevel=3,
                )
        lex = lexicon()  # once for all the sources read here (each call checks the files' dates)
        for item in items[done:]:
            result = _read_one(item, encoding, cache, lex)
            bar.update(1)
            yield result
    finally:
        bar.close()


def _processors() -> int:
    """The processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _process_context():
    """How worker processes start: a fork where that is safe and quick, else a fresh interpreter.

    A fork starts a worker in milliseconds with the kit already imported, but forking a
    process that runs other threads (a Jupyter kernel does) can deadlock; there, and
    where there is no fork (Windows, macOS by default), a fork server (or spawn)
    imports the kit once per pool.
    """
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kit.corpus"])
        return context
    return multiprocessing.get_context("spawn")


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


class _StderrProgress:
    """A one-line progress report on stderr, for when tqdm is not installed."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self.start, self.shown = total, 0, time.perf_counter(), 0.0
        self._write()

    def _write(self, end: str = "") -> None:
        print(f"\rreading transcripts: {self.done}/{self.total}", end=end, file=sys.stderr, flush=True)

    def update(self, n: int) -> None:
        self.done += n
        now = time.perf_counter()
        if now - self.shown >= 0.2 or self.done == self.total:
            self.shown = now
            self._write()

    def close(self) -> None:
        self._write(f" in {time.perf_counter() - self.start:.1f} s\n")


def _progress(total: int, progress: bool | None):
    """A progress bar for ``total`` sources, or one that shows nothing (see :func:`read_corpus`)."""
    if progress is False or (progress is None and total <= PROGRESS_AFTER):
        return _NoProgress()
    try:
        from tqdm.auto import tqdm  # a widget in a notebook, a text bar in a terminal
    except ImportError:
        return _StderrProgress(total)
    return tqdm(total=total, desc="reading transcripts", unit="source", file=sys.stderr)


# --- saved corpora --------------------------------------------------------------------------


def open_corpus(path: str | PathLike[str]) -> Corpus:
    """Open a corpus kept with :meth:`Corpus.save` (a folder of Parquet files and ``corpus.json``).

    Args:
        path: the folder.

    Returns:
        The corpus, with the frames, sources and errors it was saved with.

    Raises:
        TranscriptError: the folder is missing, is not a saved corpus, or a file in it
            is damaged; the message names it.

    >>> open_corpus("no/such/folder")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: no/such/folder: not a saved corpus (no corpus.json in it); save one with corpus.save(path)
    """
    import pyarrow.parquet as pq

    folder = Path(path)
    try:
        about = json.loads((folder / SAVED).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        problem = f"not a saved corpus (no {SAVED} in it); save one with corpus.save(path)"
        raise TranscriptError(folder, problem) from None
    except ValueError as error:
        raise TranscriptError(folder / SAVED, f"cannot be read: {error}") from None
    if not isinstance(about, dict) or about.get("kind") != _SAVED_KIND:
        raise TranscriptError(folder / SAVED, "is not the description of a saved corpus")
    if about.get("version") != 1:
        raise TranscriptError(folder / SAVED, f"is version {about.get('version')}; this kit reads version 1")
    try:
        files = {name: folder / about["frames"][name] for name in SCHEMA}
        sources = tuple(map(str, about["sources"]))
        wrapped = frozenset(map(str, about["wrapped_sources"]))
        dropped = about.get("deduplicated_from")
        dropped = None if dropped is None else int(dropped)
    except (KeyError, TypeError, ValueError) as error:
        raise TranscriptError(folder / SAVED, f"is damaged or incomplete ({type(error).__name__}: {error})") from None
    frames = {}
    for name, file in files.items():
        try:
            table = pq.read_table(file)
        except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
            raise TranscriptError(file, f"cannot be read: {error}") from None
        frames[name] = _from_arrow(name, table, file)
    return Corpus(
        documents=frames["documents"],
        turns=frames["turns"],
        exchanges=frames["exchanges"],
        lines=frames["lines"],
        sources=sources,
        wrapped_sources=wrapped,
        errors=frames["errors"],
        deduplicated_from=dropped,
        _sentences=frames["sentences"],
    )


def _arrow_table(table: pd.DataFrame):
    """``table`` as an Arrow table without its index (a RangeIndex after filtering is not kept)."""
    import pyarrow as pa

    return pa.Table.from_pandas(table, preserve_index=False)


def _from_arrow(name: str, table, file: Path) -> pd.DataFrame:
    """A saved frame back in pandas, each column in its schema dtype."""
    expected = [c.name for c in SCHEMA[name]]
    if table.column_names != expected:
        raise TranscriptError(file, f"has the columns {table.column_names}, not those of {name}: {expected}")
    return frame(name, {c: table.column(c).combine_chunks() for c in expected})


def _replaceable(folder: Path) -> bool:
    """Whether ``folder`` may be replaced by a save: an empty folder, or a saved corpus."""
    if not folder.is_dir() or folder.is_symlink():
        return False
    if not any(folder.iterdir()):
        return True
    try:
        return json.loads((folder / SAVED).read_text(encoding="utf-8")).get("kind") == _SAVED_KIND
    except (OSError, ValueError, AttributeError):
        return False


def _swap_in(staging: Path, target: Path) -> None:
    """Rename the complete ``staging`` folder to ``target``, replacing what was there."""
    if not (target.exists() or target.is_symlink()):
        os.replace(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
