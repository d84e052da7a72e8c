"""A student's record: every check and written response, kept beside the notebooks.

In a student set (or wherever ``KIT_PROGRESS_DIR`` names a folder), each answered
``kit.exercises.check`` adds an *attempt* (exercise, the answer, the status the student
saw, the time) and each ``kit.exercises.respond`` a *response* to a small JSON file,
one per notebook: ``.kit-progress/02-rhetoric.json`` in the notebook's folder (the
kernel's working folder). Files are written atomically (a temporary file, then a
rename), so a crash or a full disk leaves the previous record whole.

An answer is kept as plain JSON when it is small and of a plain type (numbers, text,
lists, dicts of them; numpy numbers and pandas columns are converted), so that the
grader can check it again with the plain key; otherwise only a short description is
kept (``kept: false``), and the grader counts it as not re-checkable. A labelled frame
passed as ``data=`` (precision and recall) keeps its ``flagged`` and ``label`` columns
(and ``sentence_id``, so the grader can tell which sample was labelled).

Limits keep the files small: the last 200 attempts per exercise (``counts`` keeps the
total), answers up to 2,000 characters of JSON, responses up to 20,000 characters.
"""

from __future__ import annotations

import json
import numbers
import os
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

from kit._files import write_atomic

__all__ = [
    "ENV",
    "FOLDER",
    "FORMAT",
    "folder",
    "enabled",
    "now",
    "portable",
    "record_check",
    "record_response",
    "read",
    "latest_time",
]

#: The environment variable that names the record's folder (and turns recording on anywhere).
ENV = "KIT_PROGRESS_DIR"
#: The record's folder, in the notebook's folder.
FOLDER = ".kit-progress"
#: The format tag of a record file.
FORMAT = "kit-progress/1"
_KEEP_ATTEMPTS = 200
_ANSWER_CHARS = 2000
_RESPONSE_CHARS = 20_000
_DATA_ROWS = 5000


def folder() -> Path:
    """Where the record is kept: ``$KIT_PROGRESS_DIR``, or ``.kit-progress`` in the current folder.

    Returns:
        The folder's path (it need not exist yet).

    >>> folder().name if not os.environ.get(ENV) else ".kit-progress"
    '.kit-progress'
    """
    return Path(os.environ.get(ENV) or Path.cwd() / FOLDER)


def enabled() -> bool:
    """True in a student set, or when ``KIT_PROGRESS_DIR`` is set (instructors' notebooks record nothing).

    Returns:
        Whether checks and responses are recorded.

    >>> enabled() == bool(os.environ.get(ENV))  # this is the instructor's copy
    True
    """
    from kit._data import is_student_set

    return bool(os.environ.get(ENV)) or is_student_set()


def now() -> str:
    """The time now, in UTC, to the second (ISO 8601).

    Returns:
        The time as text, e.g. ``"2024-05-01T09:30:00+00:00"``.

    >>> len(now()), now().endswith("+00:00")
    (25, True)
    """
    return datetime.now(UTC).isoformat(timespec="seconds")


def portable(value: object) -> tuple[object, bool]:
    """A JSON-ready copy of an answer, and whether it is the whole answer.

    Args:
        value: an answer as a student gave it.

    Returns:
        ``(copy, kept)``: ``kept`` is False when only a description could be kept.

    >>> import numpy as np, pandas as pd
    >>> portable(np.int64(2)), portable(pd.Series(["CNN", "RT"])), portable({3: "ambivalent"})
    ((2, True), (['CNN', 'RT'], True), ({'3': 'ambivalent'}, True))
    >>> portable(pd.DataFrame({"a": [1]}))
    ('a whole table (1 row; columns a)', False)
    """
    try:
        copy = _plain(value, depth=0)
        text = json.dumps(copy, ensure_ascii=False)
    except (_TooBig, TypeError, ValueError, OverflowError):
        return _description(value), False
    if len(text) > _ANSWER_CHARS:
        return _description(value), False
    return copy, True


class _TooBig(Exception):
    pass


def _plain(value: object, depth: int) -> object:
    import pandas as pd

    if depth > 3:
        raise _TooBig
    if value is None or isinstance(value, (bool, str)):
        return value
    if type(value).__module__ == "numpy" and hasattr(value, "item") and getattr(value, "ndim", 0) == 0:
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        if int(value).bit_length() > 200:
            raise _TooBig
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    if value is pd.NA:
        return None
    if isinstance(value, pd.DataFrame):
        raise _TooBig
    if isinstance(value, (set, frozenset)):
        return [_plain(v, depth + 1) for v in sorted(value, key=repr)]
    if isinstance(value, (list, tuple, pd.Series, pd.Index)) or type(value).__name__ == "ndarray":
        if len(value) > 500:  # type: ignore[arg-type]
            raise _TooBig
        return [_plain(v, depth + 1) for v in list(value)]  # type: ignore[call-overload]
    if isinstance(value, dict):
        if len(value) > 500:
            raise _TooBig
        return {str(_plain(k, depth + 1)): _plain(v, depth + 1) for k, v in value.items()}
    raise TypeError(type(value).__name__)


def _description(value: object) -> str:
    from kit.classroom.answers import describe_answer

    return describe_answer(value)


def _labels(data: object) -> dict | None:
    """The ``flagged`` and ``label`` columns of a labelled frame, as lists (None if there are none)."""
    import pandas as pd

    if not isinstance(data, pd.DataFrame) or len(data) > _DATA_ROWS:
        return None
    if not {"flagged", "label"} <= set(data.columns):
        return None
    columns = {}
    for name in ("sentence_id", "flagged", "label") if "sentence_id" in data.columns else ("flagged", "label"):
        copy, kept = portable([None if _missing(v) else v for v in data[name]])
        if not kept:
            return None
        columns[name] = copy
    return columns


def _missing(value: object) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _path(notebook: str, where: Path | None = None) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in notebook) or "exercises"
    return (where or folder()) / f"{safe}.json"


def _load_one(path: Path) -> dict:
    """A record file, or an empty record (a damaged file is moved aside, not lost)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record, dict) and record.get("format") == FORMAT:
            record.setdefault("attempts", [])
            record.setdefault("responses", [])
            record.setdefault("counts", {})
            return record
        raise ValueError("not a progress file")
    except FileNotFoundError:
        pass
    except (ValueError, UnicodeDecodeError):
        path.replace(path.with_name(f"{path.name}.damaged-{int(time.time())}"))
    return {"format": FORMAT, "notebook": path.stem, "attempts": [], "responses": [], "counts": {}}


def _update(entry: dict, change) -> Path | None:
    """Apply ``change(record)`` to the record of the exercise's notebook; None if recording is off or fails."""
    if not enabled():
        return None
    notebook = str(entry.get("notebook") or "exercises")
    path = _path(notebook)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        record = _load_one(path)
        record["notebook"] = notebook
        change(record)
        write_atomic(path, (json.dumps(record, ensure_ascii=False, indent=1, allow_nan=True) + "\n").encode("utf-8"))
    except OSError as error:
        warnings.warn(f"kit: this was not recorded for your submission: {error}", stacklevel=3)
        return None
    return path


def record_check(entry: dict, answer: object, data: object, status: str) -> Path | None:
    """Add an attempt at an exercise to the record; return the record's path (None if not recorded).

    Args:
        entry: the exercise (as :func:`kit.classroom.tasks.load_tasks` gives it).
        answer: the answer checked.
        data: the labelled frame passed to the check, if any.
        status: what the check said (right, close, wrong).

    Returns:
        The record file, or None when recording is off (the instructor's copy) or failed (with a warning).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as where:
    ...     os.environ[ENV] = where
    ...     path = record_check({"id": "01-x", "notebook": "01-lesson"}, 2, None, "right")
    ...     del os.environ[ENV]
    ...     [(a["answer"], a["status"]) for a in json.loads(path.read_text())["attempts"]]
    [(2, 'right')]
    """
    from kit.classroom.answers import echo

    copy, kept = portable(answer)
    attempt = {
        "exercise": entry["id"],
        "time": now(),
        "status": status,
        "answer": copy,
        "kept": kept,
        "shown": echo(answer),
    }
    labels = _labels(data)
    if labels is not None:
        attempt["data"] = labels

    def change(record: dict) -> None:
        record["counts"][entry["id"]] = record["counts"].get(entry["id"], 0) + 1
        attempts = [*record["attempts"], attempt]
        mine = [a for a in attempts if a.get("exercise") == entry["id"]]
        if len(mine) > _KEEP_ATTEMPTS:
            oldest = {id(a) for a in mine[: len(mine) - _KEEP_ATTEMPTS]}
            attempts = [a for a in attempts if id(a) not in oldest]
        record["attempts"] = attempts

    return _update(entry, change)


def record_response(entry: dict, text: str) -> Path | None:
    """Keep the latest written response to an exercise in the record (with how many times it was saved).

    Args:
        entry: the written exercise (as :func:`kit.classroom.tasks.load_tasks` gives it).
        text: what the student wrote (cut at 20,000 characters).

    Returns:
        The record file, or None when recording is off (the instructor's copy) or failed (with a warning).
    """
    from kit.words import count_words

    cut = len(text) > _RESPONSE_CHARS
    response = {
        "exercise": entry["id"],
        "time": now(),
        "text": text[:_RESPONSE_CHARS],
        "words": count_words(text),
        "cut": cut,
    }

    def change(record: dict) -> None:
        earlier = [r for r in record["responses"] if r.get("exercise") == entry["id"]]
        response["saves"] = sum(r.get("saves", 1) for r in earlier[-1:]) + 1
        record["responses"] = [r for r in record["responses"] if r.get("exercise") != entry["id"]] + [response]

    return _update(entry, change)


def read(where: str | os.PathLike[str] | None = None) -> dict[str, dict]:
    """Every record file in the record's folder, keyed by notebook (damaged ones left out).

    Args:
        where: the folder to read (default: :func:`folder`).

    Returns:
        ``{notebook: record}`` for each ``*.json`` file there that holds a record, in
        file-name order; empty when the folder does not exist. Files that cannot be read
        or are not records are skipped.

    >>> read("/nowhere")
    {}
    """
    base = Path(where) if where is not None else folder()
    result = {}
    for path in sorted(base.glob("*.json")) if base.is_dir() else []:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            continue
        if isinstance(record, dict) and record.get("format") == FORMAT:
            result[str(record.get("notebook") or path.stem)] = record
    return result


def latest_time(records: dict[str, dict]) -> str | None:
    """The time of the latest attempt or response in the records, if any.

    Args:
        records: ``{notebook: record}``, as :func:`read` gives them.

    Returns:
        The latest ``time`` (ISO 8601 text, compared as text), or None when the records
        hold no attempt or response.
    """
    times = [a.get("time", "") for r in records.values() for a in [*r.get("attempts", []), *r.get("responses", [])]]
    return max(times) if times else None
