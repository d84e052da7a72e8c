"""A gradebook from submissions: every final answer checked again with the instructor's keys.

``python -m kit grade SUBMISSIONS... --out gradebook.csv`` reads each submission (the
zip of :mod:`kit.classroom.submit`; a folder stands for the zips in it) and writes:

* ``gradebook.csv``: one row per student, one column per exercise (in the order of the
  keys), then the totals. An exercise checked by the kit holds the points its final
  answer earns (blank: never answered); a written one says ``to grade (N words)``, for
  the instructor to replace with a score;
* ``gradebook-details.csv``: one row per student and exercise: the status now, the
  status the student saw, whether they agree, the number of attempts (re-runs
  included) and of different answers tried (a search shows there), the answer;
* ``gradebook-written.md``: the written answers, exercise by exercise, each with its
  prompt and rubric and a line to score each criterion.

The *final answer* is the last answered check recorded for an exercise. It is checked
again with the plain keys: the status the student's copy recorded is reported, never
trusted. A submission that cannot be read is named in one line and skipped; of two
submissions with the same name (spaces and case aside), the later counts. The gradebook
is not replaced unless asked (``--force``), and the three files are written together or
not at all.
"""

from __future__ import annotations

import html
import io
import json
import zipfile
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import pandas as pd

from kit.classroom.files import write_all
from kit.classroom.submit import FORMAT, MANIFEST

__all__ = ["Graded", "Gradebook", "read_submission", "grade", "outputs", "write", "expand"]

_MANIFEST_BYTES = 50_000_000


@dataclass
class Graded:
    """One student's submission, graded."""

    name: str
    file: Path
    created: str
    results: dict[str, dict] = field(default_factory=dict)
    responses: dict[str, dict] = field(default_factory=dict)


@dataclass
class Gradebook:
    """Graded submissions, the keys used, what was skipped (file, reason) and notes for the instructor."""

    graded: list[Graded]
    keys: dict[str, dict]
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def frame(self) -> pd.DataFrame:
        """The gradebook: one row per student, one column per exercise, the totals.

        >>> Gradebook([], {"01-x": {"kind": "number"}}).frame().columns.tolist()
        ['name', 'submitted', '01-x', 'points', 'possible', 'written_possible', 'file']
        """
        from kit.exercises import points

        rows = []
        for graded in self.graded:
            row: dict[str, object] = {"name": graded.name, "submitted": graded.created}
            earned = 0.0
            for exercise, entry in self.keys.items():
                if entry["kind"] == "written":
                    response = graded.responses.get(exercise)
                    row[exercise] = f"to grade ({response['words']} words)" if response else ""
                else:
                    result = graded.results.get(exercise)
                    row[exercise] = _number(result["points"]) if result else ""
                    earned += result["points"] if result else 0
            row["points"] = _number(earned)
            row["possible"] = _number(sum(points(e) for e in self.keys.values() if e["kind"] != "written"))
            row["written_possible"] = _number(sum(points(e) for e in self.keys.values() if e["kind"] == "written"))
            row["file"] = graded.file.name
            rows.append(row)
        columns = ["name", "submitted", *self.keys, "points", "possible", "written_possible", "file"]
        return pd.DataFrame(rows, columns=columns)

    def details(self) -> pd.DataFrame:
        """One row per student and answered exercise: status now and as seen, attempts, answer."""
        rows = []
        for graded in self.graded:
            for exercise, result in graded.results.items():
                rows.append({"name": graded.name, "exercise": exercise, **result})
            for exercise, response in graded.responses.items():
                rows.append({"name": graded.name, "exercise": exercise, "kind": "written", "status": "to grade",
                             "attempts": response.get("saves", 1), "answer": f"{response['words']} words",
                             "time": response.get("time", "")})  # fmt: skip
        columns = ["name", "exercise", "kind", "status", "points", "possible", "student_saw", "agrees", "attempts",
                   "different_answers", "answer", "time", "note"]  # fmt: skip
        return pd.DataFrame(rows, columns=columns)

    def written(self) -> str:
        """The written answers as Markdown, exercise by exercise, with the rubric to score them."""
        from kit.exercises import points

        written = {e: entry for e, entry in self.keys.items() if entry["kind"] == "written"}
        parts = ["# Written answers", ""]
        if not written:
            return "\n".join([*parts, "The keys have no written exercise.", ""])
        parts += [f"{len(self.graded)} submissions. Each answer as its author last saved it; "
                  "score each criterion and copy the total into the gradebook.", ""]  # fmt: skip
        for exercise, entry in written.items():
            parts += [f"## {exercise} ({entry.get('notebook', '')})", ""]
            parts += [f"**Task.** {_md(entry['task'])}", ""] if entry.get("task") else []
            parts += [f"**Prompt.** {_md(entry['prompt'])}", ""]
            parts += [f"**Rubric** ({_number(points(entry))} points):", "", "| criterion | points |", "|---|---|"]
            parts += [f"| {_md(r['criterion'])} | {_number(r['points'])} |" for r in entry["rubric"]] + [""]
            if entry.get("model"):
                parts += [f"**Model answer (graders only).** {_md(entry['model'])}", ""]
            answered = [(g, g.responses[exercise]) for g in self.graded if exercise in g.responses]
            missing = [g.name for g in self.graded if exercise not in g.responses]
            for graded, response in answered:
                saves = response.get("saves", 1)
                parts += [f"### {_md(graded.name)}: {response['words']} words, saved {response.get('time', '?')}"
                          f"{f' ({saves} saves)' if saves > 1 else ''}", ""]  # fmt: skip
                parts += [f"> {_md(line)}" if line.strip() else ">" for line in response["text"].splitlines()]
                parts += ["> *(cut at 20,000 characters)*"] if response.get("cut") else []
                parts += ["", "Score: " + " · ".join(f"{_md(r['criterion'])}: __ / {_number(r['points'])}"
                                                    for r in entry["rubric"]), ""]  # fmt: skip
            if missing:
                parts += [f"No answer from: {', '.join(_md(n) for n in missing)}.", ""]
        return "\n".join(parts)


def _md(text: str) -> str:
    """Text for Markdown: HTML escaped (a student's ``<script>`` stays text), table bars too."""
    return html.escape(" ".join(str(text).split()) if "\n" not in str(text) else str(text), quote=False).replace(
        "|", "\\|"
    )


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(float(value), 3)


def expand(paths: list[str | PathLike[str]]) -> list[Path]:
    """The submission files: each path, or the ``*.zip`` files of a folder (sorted).

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
    from kit.exercises import _judge

    if not attempt.get("kept", True):
        return "wrong", f"the answer was not kept: {attempt.get('answer') or attempt.get('shown', '?')}"
    data = attempt.get("data")
    frame = pd.DataFrame(data) if isinstance(data, dict) else None
    try:
        status, detail, _ = _judge(entry, attempt.get("answer"), frame)
    except Exception as error:  # noqa: BLE001 - a damaged record must not stop the gradebook
        return "wrong", f"could not be checked: {type(error).__name__}: {error}"
    return status, "" if status == "right" else detail


def grade_one(path: Path, manifest: dict, keys: dict[str, dict], notes: list[str]) -> Graded:
    """Grade one submission's record against ``keys``."""
    from kit.exercises import points

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
    from kit.exercises import load

    keys = load(path)
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


def outputs(out: str | PathLike[str]) -> tuple[Path, Path, Path]:
    """The three files a gradebook is written to: ``out``, ``OUT-details.csv`` and ``OUT-written.md``.

    >>> [p.name for p in outputs("marks/gradebook.csv")]
    ['gradebook.csv', 'gradebook-details.csv', 'gradebook-written.md']
    """
    out = Path(out)
    return out, out.with_name(f"{out.stem}-details.csv"), out.with_name(f"{out.stem}-written.md")


def write(book: Gradebook, out: str | PathLike[str], force: bool = False) -> list[Path]:
    """Write the gradebook's three files (all or none); ``FileExistsError`` if one exists, unless ``force``.

    An instructor may have typed scores into an earlier gradebook, so any file already
    there stops the write, even one with the same content.

    Args:
        book: the graded submissions (:func:`grade`).
        out: the gradebook CSV; the other two files go beside it (:func:`outputs`).
        force: replace files of an earlier gradebook.

    Returns:
        The three paths.

    >>> import shutil, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> book = Gradebook([], {"01-x": {"kind": "number"}})
    >>> [p.name for p in write(book, folder / "marks.csv")]
    ['marks.csv', 'marks-details.csv', 'marks-written.md']
    >>> write(book, folder / "marks.csv")
    Traceback (most recent call last):
    ...
    FileExistsError: ... exist already: pass --force to replace
    >>> shutil.rmtree(folder)
    """
    from kit.export import spreadsheet_safe

    table, details, written = outputs(out)
    if table.is_dir():
        raise ValueError(f"{table} is a folder: name the gradebook file, e.g. --out {table / 'gradebook.csv'}")
    there = [path for path in (table, details, written) if path.exists()]
    if there and not force:
        names = ", ".join(str(p) for p in there)
        raise FileExistsError(f"{names} {'exists' if len(there) == 1 else 'exist'} already: pass --force to replace")
    files = {
        table: spreadsheet_safe(book.frame()).to_csv(index=False).encode("utf-8"),
        details: spreadsheet_safe(book.details()).to_csv(index=False).encode("utf-8"),
        written: book.written().encode("utf-8"),
    }
    return write_all(files, force=True)
