"""Grading submissions: every final answer checked again with the instructor's keys.

``python -m kit grade SUBMISSIONS... --out gradebook.csv`` reads each submission (the
zip of :mod:`kit.classroom.submit`; a folder stands for the zips in it), grades it with
:func:`grade` and writes the gradebook's three files (:mod:`kit.classroom.gradebook`).

The *final answer* is the last answered check recorded for an exercise. It is checked
again with the plain keys (:func:`kit.classroom.marking.judge`): the status the student's
copy recorded is reported, never trusted. A submission that cannot be read is named in
one line and skipped; of two submissions with the same name (spaces and case aside), the
later counts.
"""

from __future__ import annotations

import io
import json
import zipfile
from os import PathLike
from pathlib import Path

import pandas as pd

from kit.classroom.gradebook import Gradebook, Graded
from kit.classroom.marking import judge
from kit.classroom.submit import FORMAT, MANIFEST
from kit.classroom.tasks import load_tasks, points

__all__ = ["read_submission", "grade_one", "grade", "expand"]

_MANIFEST_BYTES = 50_000_000


def expand(paths: list[str | PathLike[str]]) -> list[Path]:
    """The submission files: each path, or the ``*.zip`` files of a folder (sorted).

    Args:
        paths: submission files and folders of them.

    Returns:
        The files, in the order given (a folder's sorted).

    >>> expand(["/nowhere/a.zip"])
    [PosixPath('/nowhere/a.zip')]
    """
    found: list[Path] = []
    for path in map(Path, paths):
        found += sorted(path.glob("*.zip")) if path.is_dir() else [path]
    return found


def read_submission(path: str | PathLike[str]) -> dict:
    """The manifest of a submission zip, checked; ``ValueError`` (one line, naming the file) if it is not one.

    Args:
        path: a file from :func:`kit.exercises.submit`.

    Returns:
        Its ``submission.json``, as a dict.

    >>> read_submission("/nowhere/submission.zip")
    Traceback (most recent call last):
    ...
    ValueError: /nowhere/submission.zip: no such file
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo(MANIFEST)
            except KeyError:
                raise ValueError(f"{path}: no {MANIFEST} inside: not a file from kit.exercises.submit") from None
            if info.file_size > _MANIFEST_BYTES:
                raise ValueError(f"{path}: {MANIFEST} is too large ({info.file_size:,} bytes)")
            raw = archive.read(info)
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: a folder with no .zip in it") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise ValueError(
            f"{path}: not a zip file (a submission is the .zip that kit.exercises.submit writes)"
        ) from None
    try:
        manifest = json.loads(io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8").read())
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError(f"{path}: its {MANIFEST} is damaged (not JSON)") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError(f"{path}: not a kit submission (its format is not {FORMAT!r})")
    if not isinstance(manifest.get("name"), str) or not manifest["name"].strip():
        raise ValueError(f"{path}: the submission has no student name")
    if not isinstance(manifest.get("progress", {}), dict):
        raise ValueError(f"{path}: the record of checks is damaged")
    return manifest


def _regrade(entry: dict, attempt: dict) -> tuple[str, str]:
    """The status of a recorded attempt under the plain key, and a note."""
    if not attempt.get("kept", True):
        return "wrong", f"the answer was not kept: {attempt.get('answer') or attempt.get('shown', '?')}"
    data = attempt.get("data")
    frame = pd.DataFrame(data) if isinstance(data, dict) else None
    try:
        status, detail, _ = judge(entry, attempt.get("answer"), frame)
    except Exception as error:  # noqa: BLE001 - a damaged record must not stop the gradebook
        return "wrong", f"could not be checked: {type(error).__name__}: {error}"
    return status, "" if status == "right" else detail


def grade_one(path: Path, manifest: dict, keys: dict[str, dict], notes: list[str]) -> Graded:
    """Grade one submission's record against ``keys``.

    Args:
        path: the submission file.
        manifest: its manifest, as :func:`read_submission` gives it.
        keys: the instructor's exercises, as :func:`kit.classroom.tasks.load_tasks` gives them.
        notes: notes for the instructor; one is added for exercises the keys do not have.

    Returns:
        The student's :class:`kit.classroom.gradebook.Graded` results: each exercise's final
        answer re-checked, and each written response.
    """
    graded = Graded(" ".join(manifest["name"].split()), path, str(manifest.get("created", "")))
    attempts: dict[str, list[dict]] = {}
    counts: dict[str, int] = {}
    responses: dict[str, dict] = {}
    for record in manifest.get("progress", {}).values():
        if not isinstance(record, dict):
            continue
        for attempt in record.get("attempts", []):
            if isinstance(attempt, dict) and isinstance(attempt.get("exercise"), str):
                attempts.setdefault(attempt["exercise"], []).append(attempt)
        for exercise, n in (record.get("counts") or {}).items():
            if isinstance(n, int):
                counts[exercise] = counts.get(exercise, 0) + n
        for response in record.get("responses", []):
            if (
                isinstance(response, dict)
                and isinstance(response.get("exercise"), str)
                and isinstance(response.get("text"), str)
            ):
                earlier = responses.get(response["exercise"])
                if earlier is None or str(response.get("time", "")) >= str(earlier.get("time", "")):
                    responses[response["exercise"]] = response
    unknown = sorted((set(attempts) | set(responses)) - set(keys))
    if unknown:
        notes.append(f"{graded.name}: {', '.join(unknown)} not in the keys (ignored)")
    for exercise, entry in keys.items():
        if exercise in responses and entry["kind"] == "written":
            response = responses[exercise]
            graded.responses[exercise] = {**response, "words": int(response.get("words", 0))}
        if exercise not in attempts or entry["kind"] == "written":
            continue
        final = sorted(attempts[exercise], key=lambda a: str(a.get("time", "")))[-1]
        status, note = _regrade(entry, final)
        saw = str(final.get("status", ""))
        graded.results[exercise] = {
            "kind": entry["kind"],
            "status": status,
            "points": points(entry) if status == "right" else 0,
            "possible": points(entry),
            "student_saw": saw,
            "agrees": "yes" if saw == status else "no",
            "attempts": max(counts.get(exercise, 0), len(attempts[exercise])),
            "different_answers": len({json.dumps(a.get("answer"), sort_keys=True) for a in attempts[exercise]}),
            "answer": str(final.get("shown", "")),
            "time": str(final.get("time", "")),
            "note": note,
        }
    return graded


def _keys(path: str | PathLike[str] | None) -> dict[str, dict]:
    keys = load_tasks(path)
    if any(entry.get("sealed") for entry in keys.values()):
        where = path or "data/"
        raise ValueError(
            f"{where}: these are sealed keys (a student set): grade with the instructor's data/exercises.toml"
        )
    return keys


def grade(paths: list[str | PathLike[str]], keys: str | PathLike[str] | None = None) -> Gradebook:
    """Grade submissions against the instructor's keys (``data/exercises.toml`` unless ``keys`` is given).

    Args:
        paths: submission zips, or folders of them.
        keys: an exercise file; by default the kit's.

    Returns:
        A :class:`Gradebook`; unreadable submissions are in its ``skipped``.

    >>> book = grade(["/nowhere/a.zip"])
    >>> book.graded, book.skipped
    ([], [(PosixPath('/nowhere/a.zip'), '/nowhere/a.zip: no such file')])
    """
    table = _keys(keys)
    book = Gradebook([], table)
    latest: dict[str, Graded] = {}
    for path in expand(paths):
        try:
            manifest = read_submission(path)
        except ValueError as error:
            book.skipped.append((path, str(error)))
            continue
        graded = grade_one(path, manifest, table, book.notes)
        who = graded.name.casefold()
        if who in latest:
            earlier = latest[who]
            keep, drop = (graded, earlier) if graded.created >= earlier.created else (earlier, graded)
            book.notes.append(
                f"{graded.name}: two submissions; graded the later, {keep.file.name} (not {drop.file.name})"
            )
            latest[who] = keep
        else:
            latest[who] = graded
    book.graded = sorted(latest.values(), key=lambda g: g.name.casefold())
    return book
