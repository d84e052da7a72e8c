"""Write a corpus to files other tools read: CSV for R or a spreadsheet, JSON lines for ConvoKit.

An export loses nothing that was there before: the files are written into a temporary
folder inside the target folder and moved into place only when all of them are
complete, so a failure leaves the target as it was; files that exist already are
replaced only when asked (``force=True``, ``python -m kit export --force``). CSV cells
that a spreadsheet would run as a formula are neutralised (see :func:`spreadsheet_safe`).
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
from kit.corpus import Corpus
from kit.schema import FRAMES

__all__ = ["FILES", "utterances", "spreadsheet_safe", "export"]

#: The frames written as CSV, in this order.
#: Every file an export writes.
FILES = (*(f"{name}.csv" for name in FRAMES), "utterances.jsonl")

# A cell starting with one of these is a formula (or DDE call) to a spreadsheet (OWASP,
# "CSV Injection"): = + - @, and tab and carriage return, which some spreadsheets skip.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def utterances(corpus: Corpus) -> list[dict]:
    """The turns as ConvoKit utterances (id, speaker, conversation_id, reply_to, timestamp, text, meta).

    A conversation is an exchange (its question is the root) or, outside exchanges, a
    run of statements in one document; each utterance replies to the one before it in
    its conversation. A conversation never spans two sources of a many-source corpus.
    ``timestamp`` is the document's start in Unix seconds (turns carry no times of their
    own); ``meta`` holds the kit's other columns.

    Args:
        corpus: the corpus whose turns to convert.

    Returns:
        One dict per turn, in the order of ``corpus.turns``: ``id`` is ``"t"`` and the
        turn id, ``conversation_id`` the id of the conversation's first utterance,
        ``reply_to`` None for that first one, ``timestamp`` None when the document has no
        start, and ``meta``'s ``exchange_id``, ``label_note``, ``affiliation`` and
        ``duplicate_of`` None when missing.

    >>> from kit import parse
    >>> first, second = utterances(parse("Question: Why?\\nVladimir Putin: Because."))
    >>> second["id"], second["conversation_id"], second["reply_to"], second["speaker"]
    ('t2', 't1', 't1', 'Vladimir Putin')
    """
    starts = dict(zip(corpus.documents["doc_id"], corpus.documents["start"], strict=True))
    result: list[dict] = []
    previous: dict | None = None
    for row in corpus.turns.itertuples(index=False):
        utterance_id = f"t{row.turn_id}"
        same = (
            previous is not None
            and previous["meta"]["source"] == row.source
            and previous["meta"]["doc_id"] == row.doc_id
            and previous["meta"]["exchange_id"] == _value(row.exchange_id)
        )
        conversation = previous["conversation_id"] if same else utterance_id
        start = starts.get(row.doc_id)
        current = {
            "id": utterance_id,
            "speaker": row.speaker,
            "conversation_id": conversation,
            "reply_to": previous["id"] if same else None,
            "timestamp": None if pd.isna(start) else int(pd.Timestamp(start).timestamp()),
            "text": row.text,
            "meta": {
                "turn_id": int(row.turn_id),
                "doc_id": int(row.doc_id),
                "exchange_id": _value(row.exchange_id),
                "kind": row.kind,
                "role": row.role,
                "speaker_label": row.speaker_label,
                "label_note": _value(row.label_note),
                "speaker_source": row.speaker_source,
                "affiliation": _value(row.affiliation),
                "first_line": int(row.first_line),
                "last_line": int(row.last_line),
                "duplicate_of": _value(row.duplicate_of),
                "source": row.source,
            },
        }
        result.append(current)
        previous = current
    return result


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot run as spreadsheet formulas.

    A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    gets a leading ``'``, which spreadsheets read as "this is text" and do not show
    (OWASP's advice against CSV injection). Numbers are left alone, and so is the input:
    this does not change ``frame``.

    Args:
        frame: any DataFrame.

    Returns:
        A new DataFrame with the same columns.

    >>> frame = pd.DataFrame({"text": ["=HYPERLINK(1)", "-- a rule", "Why?"], "n": [-1, 2, 3]})
    >>> spreadsheet_safe(frame).values.tolist()
    [["'=HYPERLINK(1)", -1], ["'-- a rule", 2], ['Why?', 3]]
    >>> frame.loc[0, "text"]
    '=HYPERLINK(1)'
    """
    safe = frame.copy()
    for column in safe.columns:
        values = safe[column]
        if values.dtype == object or isinstance(values.dtype, (pd.StringDtype, pd.CategoricalDtype)):
            safe[column] = values.astype(object).map(_neutralise)
    return safe


def export(corpus: Corpus, out: str | PathLike[str], *, force: bool = False) -> list[Path]:
    """Write every frame as ``<name>.csv`` and the turns as ``utterances.jsonl`` into ``out``.

    The folder is created if needed. CSV files are UTF-8 with a header row; missing
    values are empty cells; formula-like cells are neutralised (:func:`spreadsheet_safe`).
    The JSON-lines file keeps every text as it is. All files are written first into a
    temporary folder inside ``out`` and then moved into place: if anything fails, ``out``
    is left as it was (a folder created for the export is removed again).

    Args:
        corpus: the corpus to write.
        out: the folder to write into (not empty: ``"."`` for the current folder).
        force: replace files of an earlier export; without it, existing files are an error.

    Returns:
        The paths written, in the order of :data:`FILES`.

    Raises:
        ValueError: ``out`` is empty.
        FileExistsError: some of the files exist and ``force`` is false (the message
            names them); nothing was written.
        OSError: a file could not be written; nothing of ``out`` changed.

    >>> import tempfile
    >>> from kit import parse
    >>> corpus = parse("Question: Why?\\nVladimir Putin: Because.")
    >>> folder = tempfile.TemporaryDirectory()
    >>> [path.name for path in export(corpus, folder.name)][-2:]
    ['lines.csv', 'utterances.jsonl']
    >>> export(corpus, folder.name)
    Traceback (most recent call last):
    ...
    FileExistsError: ...: would replace documents.csv, turns.csv, ..., utterances.jsonl; pass force=True ...
    >>> len(export(corpus, folder.name, force=True))
    6
    >>> folder.cleanup()
    """
    if not str(out).strip():
        raise ValueError("no output folder given (use '.' for the current folder)")
    folder = Path(out)
    targets = [folder / name for name in FILES]
    existing = [path for path in targets if path.exists() or path.is_symlink()]
    folders = [path for path in existing if path.is_dir()]
    if folders:
        raise IsADirectoryError(f"{folder}: {_names(folders)} is a folder, not a file; move it")
    if existing and not force:
        raise FileExistsError(
            f"{folder}: would replace {_names(existing)}; pass force=True (--force on the command line) to replace them"
        )
    created = _create_folder(folder)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".kit-export-", dir=folder))
        try:
            _write_all(corpus, staging / "new")
            _move_into_place(staging / "new", staging / "old", folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        for made in created:  # deepest first; only if still empty
            try:
                made.rmdir()
            except OSError:
                break
        raise
    return targets


def _write_all(corpus: Corpus, folder: Path) -> None:
    """Write every file of :data:`FILES` into the new ``folder``."""
    folder.mkdir()
    for name in FRAMES:
        frame = spreadsheet_safe(getattr(corpus, name))
        frame.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8")
    with (folder / "utterances.jsonl").open("w", encoding="utf-8", newline="\n") as file:
        for utterance in utterances(corpus):
            file.write(json.dumps(utterance, ensure_ascii=False) + "\n")


def _move_into_place(new: Path, old: Path, folder: Path) -> None:
    """Move the files of ``new`` into ``folder``, keeping replaced ones in ``old``.

    If a move fails, the moved files are taken out again and the replaced ones put back.
    """
    old.mkdir()
    kept: list[str] = []
    placed: list[str] = []
    try:
        for name in FILES:
            if swap_in(new / name, folder / name, old / name):
                kept.append(name)
            placed.append(name)
    except BaseException:
        for name in placed:
            (folder / name).unlink(missing_ok=True)
        for name in kept:
            os.replace(old / name, folder / name)
        raise


def _create_folder(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return those created, deepest first."""
    missing = []
    for path in (folder, *folder.parents):
        if path.exists() or path.is_symlink():
            break
        missing.append(path)
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _names(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths)


def _neutralise(value):
    """``'`` + ``value`` for text a spreadsheet would read as a formula; other values as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _value(value):
    """A JSON-friendly scalar: ``None`` for missing, ``int`` for numpy integers."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value
