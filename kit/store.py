"""Keep a corpus as Parquet files and open it again: :meth:`Corpus.save` and :func:`open_corpus`.

A saved corpus is a folder: one Parquet file per frame of :data:`kit.schema.SCHEMA` and
``corpus.json``, which names the sources, the hard-wrapped ones, the frames' files and
their rows. Parquet keeps every column's type, and DuckDB, Polars, Spark and R (arrow)
read it. pyarrow is imported on first use.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import swap_in
from kit.corpus import Corpus
from kit.errors import TranscriptError
from kit.frames import frame
from kit.schema import SCHEMA

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
            something else than a saved corpus).
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
        if not _replaceable(target):
            problem = "is not a saved corpus; not replacing it (choose another folder)"
            raise FileExistsError(f"{target}: {problem}")
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
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()  # a free name beside target, for what it holds
    if swap_in(staging, target, old):
        shutil.rmtree(old, ignore_errors=True)
