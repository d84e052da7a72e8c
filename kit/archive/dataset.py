"""A folder of transcripts kept as a Parquet dataset, one part per source, and brought up to date in place.

The dataset is a folder::

    archive.json                  what is in it: each source's part, content hash, ids; the skipped sources
    documents/<part>.parquet      one file per source and frame, the columns of kit.schema.SCHEMA
    turns/<part>.parquet
    exchanges/<part>.parquet
    sentences/<part>.parquet
    lines/<part>.parquet

A part is named for its source and its content: ``<name>-<hash of the source's name>-<hash of
its bytes>``. :func:`build_archive` reads a folder (any sources :func:`kit.read_corpus`
takes) into such a dataset; run again on the same sources, it reads only the files that are
new or changed (a file's size and time are checked first, its bytes hashed only when they
differ), drops the parts of files that are gone, and writes ``archive.json`` last, in one
rename, so a reader sees the old dataset or the new one.

Ids: a new dataset numbers its ids exactly as :func:`kit.read_corpus` does (its frames are
read_corpus's, row for row). An update never renumbers: a source that did not change keeps
its ids, and a new or changed source takes ids after the largest ever given, so ids stay
unique and stable (but no longer in source order; build a new dataset to renumber).

Each source is parsed by the kit's one per-source reader (``kit.reading``), its frames
built by :class:`kit.Corpus` and written by :mod:`kit.store`'s Arrow conversion, so a part
is what :meth:`Corpus.save` would write for that source, with its ids moved on.
:mod:`kit.archive.cluster` runs the same steps on a Dask cluster. :class:`Archive` opens a
dataset: frames a source or a filter at a time, or SQL (:mod:`kit.archive.query`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from os import PathLike
from pathlib import Path

import pandas as pd

from kit.columns import FROM_RECORDS, SourceColumns, arrow_type
from kit.corpus import Corpus, errors_frame
from kit.errors import TranscriptError
from kit.frames import frame, sentence_frame
from kit.gather import Item, gather
from kit.parsing import bulk, stated
from kit.parsing.lexicon import lexicon
from kit.reading import BESIDE, _read_one
from kit.schema import FRAMES, IDS, SCHEMA, id_columns
from kit.store import _from_arrow
from kit.workers import run

__all__ = [
    "MANIFEST", "Part", "Plan", "SourceTables", "plan", "read_part", "source_tables", "rows_of", "write_part", "finish",
    "build_archive", "Archive",
]  # fmt: skip

#: The file that describes a dataset (written last, by one rename).
MANIFEST = "archive.json"
_KIND = "press-conference-kit archive"
_VERSION = 1
#: The frames whose rows ids number (``lines`` have none of their own), each id by its frame.
_NUMBERED = tuple(IDS.values())


@dataclass
class Part:
    """One source's part of a dataset: where it is, what it was read from, which ids it holds.

    Attributes:
        source: the file or link, as :func:`kit.read_corpus` names it.
        kind: ``"text"``, ``"page"`` or ``"link"`` (:class:`kit.gather.Item`).
        key: the part's file name without ``.parquet`` (source and content hash).
        digest: the SHA-256 of what was read (the file, the ``.kit.toml`` beside it, the options).
        stamp: the file's (and the file beside's) size and modification time, checked before hashing.
        wrapped: whether the source is hard-wrapped.
        starts: for each frame with ids, the number its ids were moved on by.
        rows: each frame's rows.
    """

    source: str
    kind: str
    key: str
    digest: str
    stamp: list | None
    wrapped: bool = False
    starts: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


@dataclass
class Plan:
    """What an update will do: the sources in corpus order, the parts kept, the sources to read.

    Attributes:
        path: the dataset's folder.
        order: every source in corpus order: a kept :class:`Part`, an :class:`~kit.gather.Item`
            to read (with its part's ``key``, ``digest`` and ``stamp`` in :attr:`fresh`), or a
            :class:`~kit.errors.TranscriptError` found before reading.
        fresh: for each item to read, its new part (ids and rows still to fill).
        next: for each frame with ids, the number the next new part's ids move on by.
        options: how the sources are read (encoding, event, askers), hashed with each source.
        old: the parts of the dataset before the update.
    """

    path: Path
    order: list
    fresh: dict[Item, Part]
    next: dict[str, int]
    options: dict
    old: list[Part]

    @property
    def items(self) -> list[Item]:
        """The sources to read, in corpus order."""
        return [entry for entry in self.order if isinstance(entry, Item)]


def plan(
    sources: str | PathLike[str] | Iterable[str | PathLike[str]],
    path: str | PathLike[str],
    *,
    encoding: str | None = None,
    event: str | None = None,
    askers: Iterable[str] = (),
) -> Plan:
    """Compare the sources with the dataset at ``path``: which parts stay, which sources to read.

    Args:
        sources: files, folders, patterns or links, as for :func:`kit.read_corpus`.
        path: the dataset's folder (missing or empty for a new dataset).
        encoding: the files' encoding when it is not UTF-8.
        event: the kind of event of every source (see :func:`kit.parse`).
        askers: the speakers who ask, in every source.

    Returns:
        The :class:`Plan`.

    Raises:
        FileExistsError: ``path`` holds something else than a dataset.
        TranscriptError: its ``archive.json`` is damaged.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Question: Why?\\nVladimir Putin: Because.\\n")
    >>> [type(e).__name__ for e in plan(folder, folder / "dataset").order]
    ['Item']
    >>> import shutil; shutil.rmtree(folder)
    """
    target = Path(path)
    old_parts, next_ids, old_options = _existing(target)
    options = {"encoding": encoding, "event": event, "askers": list(askers)}
    if old_options != options:  # read otherwise: every file is hashed (with the options) to tell
        for part in old_parts:
            part.stamp = None
    stated(event, options["askers"])  # a wrong kind of event is told before anything is read
    by_source = {p.source: p for p in old_parts}
    order: list = []
    fresh: dict[Item, Part] = {}
    for entry in gather(sources):
        if not isinstance(entry, Item):
            order.append(entry)
            continue
        old = by_source.get(entry.name)
        stamp = _stamp(entry)
        if old is not None and stamp is not None and old.stamp == stamp and old.kind == entry.kind:
            order.append(old)
            continue
        try:
            digest = _digest(entry, options)
        except TranscriptError:  # unreadable: reading it says why, in its place
            digest = ""
        if old is not None and digest and old.digest == digest and old.kind == entry.kind:
            old.stamp = stamp
            order.append(old)
            continue
        fresh[entry] = Part(entry.name, entry.kind, _key(entry.name, digest), digest, stamp)
        order.append(entry)
    return Plan(target, order, fresh, next_ids, options, old_parts)


@dataclass
class SourceTables:
    """One source's frames as Arrow tables in the kit's schema, ids from 1: what its part holds.

    Attributes:
        source: the file or link.
        wrapped: whether the source is hard-wrapped.
        tables: each frame of :data:`kit.schema.FRAMES` as a ``pyarrow.Table``.
    """

    source: str
    wrapped: bool
    tables: dict


def read_part(item: Item, options: dict) -> SourceTables | tuple:
    """Read and parse one source into its frames, sentences built: what a part holds, ids from 1.

    Runs in a worker process or on a cluster's worker: the kit's one reader of a source
    (``kit.reading._read_one``, as :func:`kit.read_corpus` uses it), then its columns
    (:func:`source_tables`).

    Args:
        item: the source.
        options: ``encoding``, ``event`` and ``askers`` (:attr:`Plan.options`).

    Returns:
        The source's :class:`SourceTables`, or ``(source, problem, line)`` if it cannot be read.

    >>> read_part(Item("text", "no/such/file.txt"), {"encoding": None, "event": None, "askers": []})
    ('no/such/file.txt', 'no such file', None)
    """
    result = _read_one(item, options["encoding"], None, given=stated(options["event"], options["askers"]))
    return result if isinstance(result, tuple) else source_tables(result)


def _read_here(item: Item, options: dict, lex) -> SourceTables | tuple:
    """:func:`read_part` in this process, with the vocabularies read once."""
    result = _read_one(item, options["encoding"], None, lex, stated(options["event"], options["askers"]))
    return result if isinstance(result, tuple) else source_tables(result)


def source_tables(columns: SourceColumns) -> SourceTables:
    """One source's columns (:func:`kit.columns.source_columns`) as Arrow tables of every frame, sentences built.

    The same frames as :class:`kit.Corpus` makes of the source (sentences by
    :func:`kit.frames.sentence_frame`), kept in Arrow: a part is written without pandas.

    Args:
        columns: the source's columns; taken over.

    Returns:
        Its :class:`SourceTables`.

    >>> from kit.columns import source_columns
    >>> from kit.parsing import parse_lines
    >>> parsed = source_tables(source_columns(parse_lines(["Question: Why?", "Vladimir Putin: Because."], "a.txt")))
    >>> parsed.tables["sentences"].column("text").to_pylist()
    ['Why?', 'Because.']
    """
    import pyarrow as pa

    tables = {}
    for name in FROM_RECORDS:
        data = columns.frames[name]
        rows = columns.rows(name)
        arrays = [
            pa.repeat(pa.scalar(columns.source, pa.large_string()), rows) if c.name == "source" else data[c.name]
            for c in SCHEMA[name]
        ]
        tables[name] = pa.Table.from_arrays(
            [_typed(a, c.dtype) for a, c in zip(arrays, SCHEMA[name], strict=True)], schema=_arrow_schema(name)
        )
    turns = frame("turns", {c.name: tables["turns"].column(c.name) for c in SCHEMA["turns"]})
    with bulk():
        sentences = sentence_frame(turns, columns.wrapped)
    tables["sentences"] = pa.Table.from_pandas(
        sentences, schema=_arrow_schema("sentences"), preserve_index=False
    ).replace_schema_metadata(None)
    return SourceTables(columns.source, columns.wrapped, {name: tables[name] for name in FRAMES})


def rows_of(parsed: SourceTables) -> dict[str, int]:
    """Each frame's rows in a source's tables (to number the next source's ids).

    Args:
        parsed: a source's tables (:func:`read_part`).

    Returns:
        ``{frame: rows}``.

    >>> from kit.columns import source_columns
    >>> from kit.parsing import parse_lines
    >>> rows_of(source_tables(source_columns(parse_lines(["Question: Why?"], "a.txt"))))
    {'documents': 1, 'turns': 1, 'exchanges': 1, 'sentences': 1, 'lines': 1}
    """
    return {name: table.num_rows for name, table in parsed.tables.items()}


def write_part(parsed: SourceTables, starts: dict[str, int], path: str | PathLike[str], key: str) -> dict[str, int]:
    """Write one source's frames, ids moved on by ``starts``, as the part ``key`` of the dataset at ``path``.

    Each id (and ``duplicate_of``) moves on by the ``starts`` of the frame it numbers;
    0 and missing stay (as :func:`kit.frames.assemble` moves a source's ids in a corpus).

    Args:
        parsed: the source's tables (:func:`read_part`), ids from 1.
        starts: for each frame with ids (``documents``, ``turns``, ``exchanges``,
            ``sentences``), what its ids are moved on by.
        path: the dataset's folder.
        key: the part's name.

    Returns:
        Each frame's rows.

    >>> import tempfile
    >>> from kit.columns import source_columns
    >>> from kit.parsing import parse_lines
    >>> folder = Path(tempfile.mkdtemp())
    >>> parsed = source_tables(source_columns(parse_lines(["Question: Why?", "Vladimir Putin: Because."], "a.txt")))
    >>> write_part(parsed, {"documents": 4, "turns": 10, "exchanges": 3, "sentences": 20}, folder, "a")
    {'documents': 1, 'turns': 2, 'exchanges': 1, 'sentences': 2, 'lines': 2}
    >>> pd.read_parquet(folder / "turns" / "a.parquet")[["turn_id", "doc_id", "exchange_id"]].values.tolist()
    [[11, 5, 4], [12, 5, 4]]
    >>> import shutil; shutil.rmtree(folder)
    """
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    folder = Path(path)
    rows = {}
    for name, table in parsed.tables.items():
        for column, entity in id_columns(name).items():
            by = starts.get(entity, 0)
            if by:
                values = table.column(column)
                moved = pc.if_else(pc.greater(values, 0), pc.add(values, by), values)
                table = table.set_column(table.schema.get_field_index(column), column, moved)
        (folder / name).mkdir(parents=True, exist_ok=True)
        target = folder / name / f"{key}.parquet"
        staging = target.with_name(f".{key}.parquet.part")
        pq.write_table(table, staging)
        os.replace(staging, target)
        rows[name] = table.num_rows
    return rows


def _typed(array, dtype: str):
    """A source's column as Arrow of its schema type: a small source keeps some columns as lists."""
    import pyarrow as pa

    kind = arrow_type(dtype)
    if isinstance(array, list):
        return pa.array(array, kind)
    return array if array.type == kind else array.cast(kind)


@cache
def _arrow_schema(name: str):
    import pyarrow as pa

    return pa.schema([(c.name, arrow_type(c.dtype)) for c in SCHEMA[name]])


def finish(plan: Plan, done: dict[Item, Part | tuple]) -> Archive:
    """Write the dataset's description, then remove the parts no source holds any more.

    Args:
        plan: the update's :class:`Plan`.
        done: for each item read, its written :class:`Part`, or ``(source, problem, line)``.

    Returns:
        The dataset, opened.

    >>> finish  # doctest: +ELLIPSIS
    <function finish at ...>
    """
    parts: list[Part] = []
    errors: list[TranscriptError] = []
    for entry in plan.order:
        if isinstance(entry, Part):
            parts.append(entry)
        elif isinstance(entry, Item):
            result = done[entry]
            if isinstance(result, Part):
                parts.append(result)
            else:
                errors.append(TranscriptError(*result))
        else:
            errors.append(entry)
    next_ids = dict(plan.next)
    for part in parts:
        for name, start in part.starts.items():
            next_ids[name] = max(next_ids.get(name, 0), start + part.rows[name])
    about = {
        "kind": _KIND,
        "version": _VERSION,
        "schema": {
            name: [[c.name, c.dtype, c.meaning] for c in columns] for name, columns in SCHEMA.items() if name in FRAMES
        },
        "next": next_ids,
        "options": plan.options,
        "parts": [vars(p) for p in parts],
        "errors": [{"source": e.source, "problem": e.problem, "line": e.line} for e in errors],
    }
    plan.path.mkdir(parents=True, exist_ok=True)
    staging = plan.path / f".{MANIFEST}.part"
    staging.write_text(json.dumps(about, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(staging, plan.path / MANIFEST)
    _sweep(plan.path, {p.key for p in parts})
    return Archive(plan.path)


def build_archive(
    sources: str | PathLike[str] | Iterable[str | PathLike[str]],
    path: str | PathLike[str],
    *,
    encoding: str | None = None,
    event: str | None = None,
    askers: Iterable[str] = (),
    workers: int = 1,
    progress: bool | None = None,
) -> Archive:
    """Read sources into a Parquet dataset at ``path``, or bring the dataset there up to date.

    A new dataset holds what :func:`kit.read_corpus` reads, ids and all, one part per
    source. On an existing dataset only new and changed sources are read; the parts of
    sources no longer given are removed; unchanged sources keep their ids (see
    :mod:`kit.archive.dataset`). Sources that cannot be read are skipped and listed in
    :attr:`Archive.errors` (and read again next time).

    Args:
        sources: files, folders, patterns or links, as for :func:`kit.read_corpus`.
        path: the dataset's folder (created if missing; an existing folder must be a
            dataset or empty: nothing else is overwritten).
        encoding: the files' encoding when it is not UTF-8.
        event: the kind of event of every source (see :func:`kit.parse`).
        askers: the speakers who ask, in every source.
        workers: processes that parse sources side by side (as for :func:`kit.read_corpus`).
        progress: show a progress bar (``None``: for more than ten sources to read).

    Returns:
        The dataset, opened (:class:`Archive`).

    Raises:
        FileExistsError: ``path`` holds something else than a dataset.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Question: Why?\\nVladimir Putin: Because.\\n")
    >>> build_archive(folder, folder / "dataset")
    <Archive 'dataset': 1 sources, 1 documents, 2 turns, 2 sentences>
    >>> _ = (folder / "b.txt").write_text("Question: How?\\nVladimir Putin: Slowly.\\n")
    >>> build_archive(folder, folder / "dataset").turns()[["turn_id", "text"]].values.tolist()
    [[1, 'Why?'], [2, 'Because.'], [3, 'How?'], [4, 'Slowly.']]
    >>> import shutil; shutil.rmtree(folder)
    """
    planned = plan(sources, path, encoding=encoding, event=event, askers=askers)
    items = planned.items
    work = partial(read_part, options=planned.options)
    here = partial(_read_here, options=planned.options, lex=lexicon())
    starts = dict(planned.next)
    done: dict[Item, Part | tuple] = {}
    results = run(work, items, workers=workers, progress=progress, here=here)
    try:
        for item, result in zip(items, results, strict=True):
            done[item] = _place(planned, item, result, starts)
    finally:
        results.close()
    return finish(planned, done)


def _place(planned: Plan, item: Item, result: SourceTables | tuple, starts: dict[str, int]) -> Part | tuple:
    """Write a parsed source's part with the next ids (``starts`` moves on), or pass its error on."""
    if not isinstance(result, SourceTables):
        return result
    part = planned.fresh[item]
    part.starts = {name: starts.get(name, 0) for name in _NUMBERED}
    part.rows = write_part(result, part.starts, planned.path, part.key)
    part.wrapped = result.wrapped
    for name in _NUMBERED:
        starts[name] = part.starts[name] + part.rows[name]
    return part


def _existing(target: Path) -> tuple[list[Part], dict[str, int], dict | None]:
    """The parts, next ids and reading options of the dataset at ``target`` (none for a missing or empty folder)."""
    if not target.exists():
        return [], dict.fromkeys(_NUMBERED, 0), None
    if not target.is_dir():
        raise FileExistsError(f"{target}: is a file, not a dataset folder")
    manifest = target / MANIFEST
    if not manifest.exists():
        if any(target.iterdir()):
            raise FileExistsError(f"{target}: holds files but no {MANIFEST}: not a dataset; choose another folder")
        return [], dict.fromkeys(_NUMBERED, 0), None
    about = _about(target)
    try:
        parts = [Part(**p) for p in about["parts"]]
        next_ids = {name: int(about["next"].get(name, 0)) for name in _NUMBERED}
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise TranscriptError(target / MANIFEST, f"is damaged ({type(error).__name__}: {error})") from None
    return parts, next_ids, about.get("options")


def _about(folder: Path) -> dict:
    manifest = folder / MANIFEST
    try:
        about = json.loads(manifest.read_text(encoding="utf-8"))
    except OSError:
        raise TranscriptError(folder, f"not a dataset (no {MANIFEST} in it); make one with build_archive") from None
    except ValueError as error:
        raise TranscriptError(manifest, f"cannot be read: {error}") from None
    if not isinstance(about, dict) or about.get("kind") != _KIND:
        raise TranscriptError(manifest, "is not the description of a dataset")
    if about.get("version") != _VERSION:
        raise TranscriptError(manifest, f"is version {about.get('version')}; this kit reads version {_VERSION}")
    return about


def _stamp(item: Item) -> list | None:
    """The size and modification time of a file and of its ``.kit.toml`` (None for a link or a missing file)."""
    if item.kind == "link":
        return None
    try:
        status = os.stat(item.name)
    except OSError:
        return None
    stamp = [status.st_size, status.st_mtime_ns]
    if item.kind == "text":
        try:
            beside = os.stat(Path(item.name).with_suffix(BESIDE))
            stamp += [beside.st_size, beside.st_mtime_ns]
        except OSError:
            pass
    return stamp


def _digest(item: Item, options: dict) -> str:
    """The SHA-256 of what reading ``item`` reads: its bytes (a link's page), the file beside, the options."""
    hashed = hashlib.sha256(json.dumps(options, sort_keys=True).encode())
    if item.kind == "link":
        from kit.web import fetch

        hashed.update(fetch(item.name).encode("utf-8"))
        return hashed.hexdigest()
    try:
        with open(item.name, "rb") as file:
            for block in iter(partial(file.read, 1 << 20), b""):
                hashed.update(block)
    except OSError as error:
        raise TranscriptError(item.name, error.strerror or "cannot be read") from None
    if item.kind == "text":
        try:
            hashed.update(b"\0" + Path(item.name).with_suffix(BESIDE).read_bytes())
        except OSError:
            pass
    return hashed.hexdigest()


def _key(source: str, digest: str) -> str:
    """A part's name: the source's file name (tidied), a hash of its full name, and its content hash."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(source).stem or "source")[:40]
    named = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{stem}-{named}-{(digest or 'unread')[:16]}"


def _sweep(folder: Path, keep: set[str]) -> None:
    """Remove the part files (and half-written ones) that no part of the dataset names."""
    for name in FRAMES:
        frame_folder = folder / name
        if not frame_folder.is_dir():
            continue
        for entry in os.scandir(frame_folder):
            if entry.name.endswith(".parquet.part") or (
                entry.name.endswith(".parquet") and entry.name[: -len(".parquet")] not in keep
            ):
                os.unlink(entry.path)


class Archive:
    """A dataset made by :func:`build_archive`, opened: its frames loaded a source or a filter at a time.

    Nothing is read but ``archive.json`` until a frame is asked for. :meth:`corpus` gives
    a :class:`~kit.Corpus` of some sources (or of the documents a filter selects), or of
    all; :meth:`frame` one frame; :meth:`sql` asks DuckDB (see :mod:`kit.archive.query`).

    Args:
        path: the dataset's folder.

    Raises:
        TranscriptError: the folder is not a dataset, or its ``archive.json`` is damaged.

    >>> Archive("no/such/folder")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: no/such/folder: not a dataset (no archive.json in it); make one with build_archive
    """

    def __init__(self, path: str | PathLike[str]) -> None:
        self.path = Path(path)
        about = _about(self.path)
        try:
            self.parts = [Part(**p) for p in about["parts"]]
            self._errors = about["errors"]
        except (KeyError, TypeError) as error:
            raise TranscriptError(self.path / MANIFEST, f"is damaged ({type(error).__name__}: {error})") from None

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources held, in corpus order."""
        return tuple(p.source for p in self.parts)

    @property
    def errors(self) -> pd.DataFrame:
        """The sources that could not be read when the dataset was last updated (``source, line, problem``)."""
        return errors_frame(TranscriptError(e["source"], e["problem"], e["line"]) for e in self._errors)

    def files(self, name: str, sources: Iterable[str] | None = None) -> list[str]:
        """The part files of frame ``name``, in corpus order: of every source, or of ``sources``.

        Args:
            name: a frame (``"turns"``, ``"sentences"``, ...).
            sources: the sources wanted (default: all).

        Returns:
            The paths.

        Raises:
            KeyError: a source is not in the dataset, or ``name`` is not a frame.
        """
        if name not in FRAMES:
            raise KeyError(f"{name!r} is not a frame; the frames are {', '.join(FRAMES)}")
        parts = self._parts(sources)
        return [str(self.path / name / f"{p.key}.parquet") for p in parts]

    def frame(self, name: str, *, sources: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None):
        """One frame, of every source or of some, or of some documents, with the kit's dtypes.

        Args:
            name: a frame (``"turns"``, ``"sentences"``, ...).
            sources: read only these sources' parts.
            doc_ids: keep only the rows of these documents.

        Returns:
            The frame (as in :class:`~kit.Corpus`), rows in corpus order.
        """
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        files = self.files(name, sources)
        if not files:
            return frame(name, {c.name: [] for c in SCHEMA[name]})
        dataset = ds.dataset(files, format="parquet")
        where = None if doc_ids is None else pc.field("doc_id").isin(sorted(set(map(int, doc_ids))))
        table = dataset.to_table(filter=where)
        return _from_arrow(name, table, self.path / name)

    def turns(self, sources: Iterable[str] | None = None) -> pd.DataFrame:
        """The turns of every source, or of ``sources`` (see :meth:`frame`).

        Args:
            sources: the sources wanted (default: all).

        Returns:
            The turns frame.
        """
        return self.frame("turns", sources=sources)

    def corpus(self, sources: Iterable[str] | str | None = None, *, where: str | None = None) -> Corpus:
        """A :class:`~kit.Corpus` of some sources, or of the documents a filter selects, or of all.

        Ids are the dataset's (not renumbered), so rows found by SQL can be looked up.

        Args:
            sources: a source or several (default: all).
            where: a DuckDB condition on the documents frame, such as
                ``"event = 'news_conference' AND start >= '2020-01-01'"``: the corpus holds
                those documents and their turns, exchanges, sentences and lines.

        Returns:
            The corpus.

        Raises:
            KeyError: a source is not in the dataset.
        """
        if isinstance(sources, str):
            sources = [sources]
        doc_ids = None
        if where is not None:
            from kit.archive.query import connect

            picked = connect(self).execute(f"SELECT doc_id, source FROM documents WHERE {where}").fetchall()  # noqa: S608
            doc_ids = [d for d, _ in picked]
            wanted = set(s for _, s in picked) & set(sources if sources is not None else self.sources)
            sources = [s for s in self.sources if s in wanted]
        parts = self._parts(sources)
        names = [p.source for p in parts]
        frames = {name: self.frame(name, sources=names, doc_ids=doc_ids) for name in FRAMES}
        return Corpus(
            documents=frames["documents"],
            turns=frames["turns"],
            exchanges=frames["exchanges"],
            lines=frames["lines"],
            sources=tuple(names),
            wrapped_sources=frozenset(p.source for p in parts if p.wrapped),
            errors=self.errors if sources is None else errors_frame(),
            _sentences=frames["sentences"],
        )

    def sql(self, query: str, params: list | None = None) -> pd.DataFrame:
        """Ask DuckDB: the frames are views named ``documents``, ``turns``, ``exchanges``, ``sentences``, ``lines``.

        Args:
            query: a SQL query.
            params: values for its ``?`` placeholders.

        Returns:
            The answer, as a DataFrame.
        """
        from kit.archive.query import connect

        return connect(self).execute(query, params or []).df()

    def _parts(self, sources: Iterable[str] | None) -> list[Part]:
        if sources is None:
            return list(self.parts)
        wanted = list(dict.fromkeys(sources))
        held = {p.source: p for p in self.parts}
        missing = [s for s in wanted if s not in held]
        if missing:
            raise KeyError(f"not in the dataset: {', '.join(missing[:3])}; it holds {len(held)} sources")
        chosen = set(wanted)
        return [p for p in self.parts if p.source in chosen]

    def __iter__(self) -> Iterator[Part]:
        return iter(self.parts)

    def __len__(self) -> int:
        return len(self.parts)

    def __repr__(self) -> str:
        total = {name: sum(p.rows.get(name, 0) for p in self.parts) for name in ("documents", "turns", "sentences")}
        return (
            f"<Archive {self.path.name!r}: {len(self.parts)} sources, {total['documents']} documents, "
            f"{total['turns']} turns, {total['sentences']} sentences>"
        )
