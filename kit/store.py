"""Keep a corpus as Parquet files and open it again: :meth:`Corpus.save` and :func:`open_corpus`.

A saved corpus is a folder: one Parquet file per frame of :data:`kit.schema.SCHEMA` and
``corpus.json``, which names the sources, the hard-wrapped ones, the frames' files and
their rows, and lists every file the kit wrote there (its manifest). Parquet keeps every
column's type, and DuckDB, Polars, Spark and R (arrow) read it. pyarrow is imported on
first use.

Opening checks what it reads against :mod:`kit.schema` (every column's name and type,
and the rows ``corpus.json`` promised), so a file changed by another program is named
with what is wrong rather than read wrong. Saving over a folder replaces it only when
it holds nothing but the files of its manifest: a file of the user's kept beside a saved
corpus is never deleted.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import swap_in
from kit.columns import arrow_type
from kit.corpus import Corpus
from kit.errors import TranscriptError, printable_name
from kit.frames import frame
from kit.schema import SCHEMA
from kit.source import file_kind, file_path, read_file

__all__ = ["save_corpus", "open_corpus", "SAVED"]

#: What :func:`save_corpus` writes beside the frames, and :func:`open_corpus` looks for.
SAVED = "corpus.json"
_SAVED_KIND = "press-conference-kit corpus"


def save_corpus(corpus: Corpus, path: str | PathLike[str], *, overwrite: bool = False) -> Path:
    """Keep ``corpus`` in the folder ``path``: what :meth:`Corpus.save <kit.corpus.Corpus.save>` does.

    The frames are written to a temporary folder beside ``path``, renamed to ``path``
    when complete; :meth:`Corpus.save <kit.corpus.Corpus.save>` tells more.

    Args:
        corpus: the corpus to keep.
        path: the folder to create.
        overwrite: whether a corpus saved there before (or an empty folder) may be replaced.

    Returns:
        ``path``, as a :class:`~pathlib.Path`.

    Raises:
        FileExistsError: the folder exists (and ``overwrite`` is false, or it holds
            something else than a saved corpus: a file the kit did not write there).
        ValueError: ``path`` is empty.

    >>> from kit import parse
    >>> save_corpus(parse("Question: Why?"), " ")
    Traceback (most recent call last):
    ...
    ValueError: no folder given to save the corpus in
    """
    import pyarrow.parquet as pq

    target = Path(path)
    if not str(path).strip():
        raise ValueError("no folder given to save the corpus in")
    if target.exists() or target.is_symlink():
        if not overwrite:
            raise FileExistsError(f"{target}: exists already; pass overwrite=True to replace it")
        _check_replaceable(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        rows = {}
        for name in SCHEMA:
            table = getattr(corpus, name)
            rows[name] = len(table)
            pq.write_table(_arrow_table(table), staging / f"{name}.parquet")
        about = {
            "kind": _SAVED_KIND,
            "version": 1,
            "sources": list(corpus.sources),
            "wrapped_sources": sorted(corpus.wrapped_sources),
            "deduplicated_from": corpus.deduplicated_from,
            "frames": {name: f"{name}.parquet" for name in SCHEMA},
            "rows": rows,
            "files": [SAVED, *(f"{name}.parquet" for name in SCHEMA)],  # the manifest: what a save may replace
        }
        text = json.dumps(about, ensure_ascii=False, indent=1) + "\n"
        (staging / SAVED).write_text(text, encoding="utf-8")
        _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def open_corpus(path: str | PathLike[str]) -> Corpus:
    """Open a corpus kept with :meth:`Corpus.save` (a folder of Parquet files and ``corpus.json``).

    Args:
        path: the folder.

    Returns:
        The corpus, with the frames, sources and errors it was saved with.

    Raises:
        TranscriptError: the folder is missing, is not a saved corpus, or a file in it
            is damaged or does not hold what :mod:`kit.schema` says (a column of another
            type, fewer rows than saved); the message names the file.

    >>> open_corpus("no/such/folder")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: no/such/folder: not a saved corpus (no corpus.json in it); save one with corpus.save(path)
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(file_path(path, "open_corpus"))
    about = _about(folder)
    if about is None:
        problem = f"not a saved corpus (no {SAVED} in it); save one with corpus.save(path)"
        raise TranscriptError(folder, problem)
    if not isinstance(about, dict) or about.get("kind") != _SAVED_KIND:
        raise TranscriptError(folder / SAVED, "is not the description of a saved corpus")
    if about.get("version") != 1:
        raise TranscriptError(folder / SAVED, f"is version {about.get('version')!r}; this kit reads version 1")
    try:
        files = {name: folder / _file_name(about["frames"][name]) for name in SCHEMA}
        rows = {name: about["rows"][name] for name in SCHEMA}
        sources = _strings(about["sources"])
        wrapped = frozenset(_strings(about["wrapped_sources"]))
        dropped = about.get("deduplicated_from")
        if not all(type(n) is int and n >= 0 for n in [*rows.values(), *([] if dropped is None else [dropped])]):
            raise ValueError("rows and deduplicated_from must be whole numbers")
    except (KeyError, TypeError, ValueError) as error:
        raise TranscriptError(folder / SAVED, f"is damaged or incomplete ({type(error).__name__}: {error})") from None
    frames = {}
    for name, file in files.items():
        try:
            kind = file_kind(os.stat(file).st_mode)
        except OSError:
            kind = None  # missing: reading it says so
        if kind:  # a pipe would be waited on for ever
            raise TranscriptError(file, f"is {kind}, not a file: only regular files are read")
        try:
            table = pq.read_table(file)
        except (OSError, ValueError, pa.ArrowException) as error:  # pyarrow's ArrowInvalid is a ValueError
            raise TranscriptError(file, f"cannot be read: {error}") from None
        if table.num_rows != rows[name]:
            raise TranscriptError(file, f"has {table.num_rows} rows, not the {rows[name]} saved ({SAVED} says)")
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


def _about(folder: Path) -> object:
    """The parsed ``corpus.json`` of ``folder``; ``None`` if there is none to read."""
    try:
        text = read_file(str(folder / SAVED)).decode("utf-8")
    except (TranscriptError, UnicodeDecodeError):
        return None
    try:
        return json.loads(text)
    except RecursionError:  # a value nested thousands deep: no corpus.json the kit writes
        raise TranscriptError(folder / SAVED, "cannot be read: its values are nested too deep") from None
    except ValueError as error:
        raise TranscriptError(folder / SAVED, f"cannot be read: {error}") from None


def _file_name(name: object) -> str:
    """A frame's file as ``corpus.json`` names it: a plain name in the folder (no path elsewhere)."""
    if not isinstance(name, str) or name in ("", ".", "..") or Path(name).name != name or "\\" in name:
        raise ValueError(f"{name!r} is not the name of a file in the folder")
    return name


def _strings(values: object) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError("sources must be a list of names")
    return tuple(map(printable_name, values))  # JSON can spell a lone surrogate ("\\udcff")


def _from_arrow(name: str, table, file: Path) -> pd.DataFrame:
    """A saved frame back in pandas, each column in its schema dtype, once its names and types are checked."""
    import pyarrow as pa

    expected = [c.name for c in SCHEMA[name]]
    if table.column_names != expected:
        raise TranscriptError(file, f"has the columns {table.column_names}, not those of {name}: {expected}")
    for column in SCHEMA[name]:
        kind = table.schema.field(column.name).type
        if not _holds(kind, column.dtype):
            problem = f"column {column.name} holds {kind}, not {column.dtype} (the {name} of kit.schema)"
            raise TranscriptError(file, problem)
        if column.dtype in ("int64", "bool") and table.column(column.name).null_count:
            raise TranscriptError(file, f"column {column.name} has missing values, which {column.dtype} cannot hold")
    try:
        return frame(
            name, {c.name: table.column(c.name).cast(arrow_type(c.dtype)).combine_chunks() for c in SCHEMA[name]}
        )
    except (ValueError, TypeError, OverflowError, pa.ArrowException) as error:  # an unsigned id past int64, say
        raise TranscriptError(file, f"cannot be read as {name}: {error}") from None


def _holds(kind, dtype: str) -> bool:
    """Whether an Arrow type holds a :mod:`kit.schema` dtype's values exactly (no 1.5 read as 1)."""
    import pyarrow.types as t

    missing = t.is_null(kind) and dtype in ("Int64", "str", "datetime64[us]")  # a column of missing values only
    if dtype in ("int64", "Int64"):
        return t.is_integer(kind) or missing
    if dtype == "str":
        return t.is_string(kind) or t.is_large_string(kind) or missing
    if dtype == "bool":
        return t.is_boolean(kind)
    return (t.is_timestamp(kind) and kind.tz is None) or missing  # local times, as the kit saves them


def _check_replaceable(folder: Path) -> None:
    """Refuse (``FileExistsError``) to replace ``folder`` unless it is empty or holds only the files of its manifest."""
    if not folder.is_dir() or folder.is_symlink():
        raise FileExistsError(f"{folder}: is not a saved corpus; not replacing it (choose another folder)")
    there = sorted(p.name for p in folder.iterdir())
    if not there:
        return
    try:
        about = _about(folder)
    except TranscriptError:
        about = None
    if not isinstance(about, dict) or about.get("kind") != _SAVED_KIND:
        raise FileExistsError(f"{folder}: is not a saved corpus; not replacing it (choose another folder)")
    written = about.get("files")
    if written is None:  # saved before the manifest: its frames' files and corpus.json
        frames = about.get("frames")
        written = [SAVED, *frames.values()] if isinstance(frames, dict) else [SAVED]
    others = [name for name in there if not (isinstance(written, list) and name in written)]
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise FileExistsError(
            f"{folder}: holds {shown}, which the kit did not write there; not replacing the folder "
            "(move them out, or save the corpus in another folder)"
        )


def _swap_in(staging: Path, target: Path) -> None:
    """Rename the complete ``staging`` folder to ``target``, replacing what was there."""
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()  # a free name beside target, for what it holds
    if swap_in(staging, target, old):
        shutil.rmtree(old, ignore_errors=True)
