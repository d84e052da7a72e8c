"""Grading submissions: every recorded answer checked again with the instructor's keys, matched to a roster.

``python -m kit grade SUBMISSIONS... --out gradebook.csv`` reads each submission (the
zip of :mod:`kit.classroom.submit`; a folder stands for the zips in it), grades it with
:func:`grade` and writes the gradebook's three files (:mod:`kit.classroom.gradebook`).

Which recorded answer counts is the exercise's ``attempts`` policy (``best``, the default:
a right answer at any try; ``first_right``; ``last``), each answer checked again with the
plain keys (:func:`kit.classroom.marking.judge`): the status the student's copy recorded
is reported, never trusted. A submission that cannot be read, or whose record is malformed
in any way, is named in one line and skipped; the rest are graded.

Students are matched to the instructor's **roster** (a CSV with an ``id`` column, and
``name``, ``email``, ``section`` if known) by the name or id they typed. A name not on the
roster, or two submissions for one student that are not one continuing record, are flagged
for the instructor and grade nobody: no submission can replace another student's grade.
(Without a roster the typed name is the id.) ``use`` names the file that counts for a
flagged student once the instructor has decided.
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
from kit.classroom.tasks import load_tasks, points, policy
from kit.words import count_words

__all__ = ["read_submission", "read_roster", "grade_one", "grade", "expand"]

_RANK = {"right": 2, "close": 1}

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
    except RecursionError:
        raise ValueError(f"{path}: its {MANIFEST} is nested too deeply to be a record") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError(f"{path}: not a kit submission (its format is not {FORMAT!r})")
    if not isinstance(manifest.get("name"), str) or not manifest["name"].strip():
        raise ValueError(f"{path}: the submission has no student name")
    if not isinstance(manifest.get("progress", {}), dict):
        raise ValueError(f"{path}: the record of checks is damaged")
    problem = _malformed(manifest)
    if problem:
        raise ValueError(f"{path}: the record of checks is damaged ({problem})")
    return manifest


def _malformed(manifest: dict) -> str:
    """What is wrong with a manifest's record (empty if nothing): fields of the wrong type, ragged labels."""
    for notebook, record in manifest.get("progress", {}).items():
        if not isinstance(record, dict):
            return f"{notebook!r} is not a record"
        for field in ("attempts", "responses"):
            items = record.get(field, [])
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                return f"{notebook!r}: {field} is not a list of records"
        if not isinstance(record.get("counts", {}), dict):
            return f"{notebook!r}: counts is not a table"
        for attempt in record.get("attempts", []):
            if not isinstance(attempt.get("exercise"), str) or not isinstance(attempt.get("time", ""), str):
                return f"{notebook!r}: an attempt without an exercise or a time"
            data = attempt.get("data")
            if data is not None:
                columns = list(data.values()) if isinstance(data, dict) else None
                if not columns or not all(isinstance(c, list) for c in columns) or len({len(c) for c in columns}) > 1:
                    return f"{notebook!r}: the labels of {attempt['exercise']} are not columns of one length"
        for response in record.get("responses", []):
            if not isinstance(response.get("text"), str) or not isinstance(response.get("time", ""), str):
                return f"{notebook!r}: a written answer without a text or a time"
            if not isinstance(response.get("saves", 1), int) or isinstance(response.get("saves", 1), bool):
                return f"{notebook!r}: a written answer's saves is not a count"
    return ""


def read_roster(path: str | PathLike[str]) -> dict[str, dict]:
    """The instructor's roster: a CSV with an ``id`` column (and ``name``, ``email``, ``section`` if known).

    Args:
        path: the roster file (UTF-8; a spreadsheet's byte-order mark is fine).

    Returns:
        ``{id: {"id", "name", "email", "section"}}``, in the file's order. Raises
        ``ValueError`` (naming the file and line) for no ``id`` column, a blank or repeated id.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     roster = Path(folder) / "roster.csv"
    ...     _ = roster.write_text("id,name\\ns1,Ada Lovelace\\ns1,Grace Hopper\\n", encoding="utf-8")
    ...     read_roster(roster)
    Traceback (most recent call last):
    ...
    ValueError: ...roster.csv, line 3: the id 's1' is there twice
    """
    import csv

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: cannot read the roster ({error})") from None
    reader = csv.DictReader(io.StringIO(text))
    fields = {(f or "").strip().casefold(): f for f in reader.fieldnames or []}
    if "id" not in fields:
        raise ValueError(f"{path}: a roster needs an 'id' column (it has {', '.join(fields) or 'none'})")
    roster: dict[str, dict] = {}
    for line, row in enumerate(reader, start=2):
        got = {
            k: " ".join(str(row.get(fields[k]) or "").split())
            for k in ("id", "name", "email", "section")
            if k in fields
        }
        student = {
            "id": got["id"],
            "name": got.get("name", ""),
            "email": got.get("email", ""),
            "section": got.get("section", ""),
        }
        if not student["id"]:
            raise ValueError(f"{path}, line {line}: a student without an id")
        if student["id"] in roster:
            raise ValueError(f"{path}, line {line}: the id {student['id']!r} is there twice")
        roster[student["id"]] = student
    return roster


def _who(typed: str, roster: dict[str, dict] | None) -> list[str]:
    """The roster ids a typed name or id can mean (by id, then email, then name; case and spaces aside)."""
    key = " ".join(typed.split()).casefold()
    if roster is None:
        return [key]
    for field in ("id", "email", "name"):
        found = [i for i, s in roster.items() if s[field] and s[field].casefold() == key]
        if found:
            return found
    return []


def _regrade(entry: dict, attempt: dict) -> tuple[str, str]:
    """The status of a recorded attempt under the plain key, and a note."""
    if not attempt.get("kept", True):
        return "wrong", f"the answer was not kept: {attempt.get('answer') or attempt.get('shown', '?')}"
    data = attempt.get("data")
    try:
        frame = pd.DataFrame(data) if isinstance(data, dict) else None
        status, detail, _ = judge(entry, attempt.get("answer"), frame, grading=True)
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
    graded.attempt_keys = tuple(
        sorted(
            json.dumps([a["exercise"], str(a.get("time", "")), a.get("answer")], sort_keys=True, allow_nan=True)
            for found in attempts.values()
            for a in found
        )
    )
    unknown = sorted((set(attempts) | set(responses)) - set(keys))
    if unknown:
        notes.append(f"{graded.name}: {', '.join(unknown)} not in the keys (ignored)")
    for exercise, entry in keys.items():
        if exercise in responses and entry["kind"] == "written":
            response = responses[exercise]
            words = count_words(response["text"])  # counted here: the record's own count is not trusted
            high = entry.get("max_words", 0)
            graded.responses[exercise] = {**response, "words": words, "over": bool(high and words > high)}
        if exercise not in attempts or entry["kind"] == "written":
            continue
        final, status, note = _choose(entry, attempts[exercise])
        saw = str(final.get("status", ""))
        graded.results[exercise] = {
            "kind": entry["kind"],
            "status": status,
            "points": points(entry) if status == "right" else 0,
            "possible": points(entry),
            "student_saw": saw,
            "agrees": "" if saw == "recorded" else "yes" if saw == status else "no",  # recorded: no verdict was shown
            "attempts": max(counts.get(exercise, 0), len(attempts[exercise])),
            "different_answers": len({json.dumps(a.get("answer"), sort_keys=True) for a in attempts[exercise]}),
            "policy": policy(entry),
            "answer": _plain_answer(final),
            "time": str(final.get("time", "")),
            "note": note,
        }
    return graded


def _choose(entry: dict, attempts: list[dict]) -> tuple[dict, str, str]:
    """The attempt the exercise's policy takes, its status under the plain key and a note."""
    ordered = sorted(attempts, key=lambda a: str(a.get("time", "")))
    rule = policy(entry)
    if rule == "last":
        return (ordered[-1], *_regrade(entry, ordered[-1]))
    judged = [(a, *_regrade(entry, a)) for a in ordered]
    if rule == "first_right":
        return next((j for j in judged if j[1] == "right"), judged[-1])
    best = max(_RANK.get(j[1], 0) for j in judged)  # best: the first attempt that reached the best status
    return next(j for j in judged if _RANK.get(j[1], 0) == best) if best else judged[-1]


def _plain_answer(attempt: dict) -> str:
    """The answer as plain JSON (``0.808``, not ``np.float64(0.808)``), or its description if it was not kept."""
    if attempt.get("kept", True) and "answer" in attempt:
        try:
            return json.dumps(attempt["answer"], ensure_ascii=False, allow_nan=True)
        except (TypeError, ValueError):
            pass
    return str(attempt.get("shown", ""))


def _keys(path: str | PathLike[str] | None) -> dict[str, dict]:
    keys = load_tasks(path)
    if any(entry.get("sealed") for entry in keys.values()):
        where = path or "data/"
        raise ValueError(
            f"{where}: these are sealed keys (a student set): grade with the instructor's data/exercises.toml"
        )
    return keys


def grade(
    paths: list[str | PathLike[str]],
    keys: str | PathLike[str] | None = None,
    roster: str | PathLike[str] | None = None,
    use: dict[str, str] | None = None,
) -> Gradebook:
    """Grade submissions against the instructor's keys (``data/exercises.toml`` unless ``keys`` is given).

    Args:
        paths: submission zips, or folders of them.
        keys: an exercise file; by default the kit's.
        roster: the instructor's roster CSV (:func:`read_roster`); without it the typed name is the id.
        use: ``{id: file name}``: the submission that counts for a student flagged with several.

    Returns:
        A :class:`Gradebook`; unreadable or malformed submissions are in its ``skipped``, students
        not on the roster or with conflicting submissions in its ``flags``.

    >>> book = grade(["/nowhere/a.zip"])
    >>> book.graded, book.skipped
    ([], [(PosixPath('/nowhere/a.zip'), '/nowhere/a.zip: no such file')])
    """
    table = _keys(keys)
    students = read_roster(roster) if roster is not None else None
    book = Gradebook([], table, roster=students)
    claims: dict[str, list[Graded]] = {}
    for path in expand(paths):
        try:
            manifest = read_submission(path)
            graded = grade_one(path, manifest, table, book.notes)
        except ValueError as error:
            book.skipped.append((path, str(error)))
            continue
        except Exception as error:  # noqa: BLE001 - one malformed submission must not stop the class's grading
            book.skipped.append((path, f"{path}: could not be graded ({type(error).__name__})"))
            continue
        ids = _who(graded.name, students)
        if len(ids) != 1:
            why = "is not on the roster" if not ids else f"could be {', '.join(ids)} on the roster"
            book.flags.append(f"{path.name}: the name {graded.name!r} {why}; not graded")
            continue
        graded.id = ids[0]
        claims.setdefault(ids[0], []).append(graded)
    for student, submissions in claims.items():
        chosen = _one(student, submissions, use or {}, book)
        if chosen is not None:
            book.graded.append(chosen)
    order = list(students) if students is not None else None
    book.graded.sort(key=lambda g: order.index(g.id) if order is not None else g.name.casefold())
    return book


def _fingerprints(graded: Graded) -> set[str]:
    return set(graded.attempt_keys)


def _one(student: str, submissions: list[Graded], use: dict[str, str], book: Gradebook) -> Graded | None:
    """The submission that counts for one student: the only one, the one named in ``use``, or a continuing record."""
    if len(submissions) == 1:
        return submissions[0]
    names = ", ".join(g.file.name for g in submissions)
    if student in use:
        chosen = [g for g in submissions if g.file.name == use[student]]
        if chosen:
            book.notes.append(f"{student}: {len(submissions)} submissions ({names}); graded {use[student]}, as asked")
            return chosen[0]
    widest = max(submissions, key=lambda g: len(g.attempt_keys))
    others = [g for g in submissions if g is not widest]
    # an earlier record with no check proves nothing: anyone's record would "continue" it
    if all(g.attempt_keys and _fingerprints(g) <= _fingerprints(widest) for g in others):
        book.notes.append(
            f"{student}: {len(submissions)} submissions ({names}), one record as it grew: graded {widest.file.name}"
        )
        return widest  # one record, handed in again as it grew: the later holds every earlier check
    book.flags.append(
        f"{student}: {len(submissions)} submissions whose records differ ({names}); none graded: "
        f"pick one with --use {student}=FILE"
    )
    return None
