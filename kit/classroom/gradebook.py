"""The gradebook's three files: the marks, the details of every answer, and the written answers.

:func:`kit.classroom.grade.grade` fills a :class:`Gradebook`; :func:`write` writes it:

* ``gradebook.csv``: one row per student, one column per exercise (in the order of the
  keys), then the totals. An exercise checked by the kit holds the points its final
  answer earns (blank: never answered); a written one says ``to grade (N words)``, for
  the instructor to replace with a score;
* ``gradebook-details.csv``: one row per student and exercise: the status now, the
  status the student saw, whether they agree, the number of attempts (re-runs
  included) and of different answers tried (a search shows there), the answer;
* ``gradebook-written.md``: the written answers, exercise by exercise, each with its
  prompt and rubric and a line to score each criterion.

The gradebook is not replaced unless asked (``force``), and the three files are written
together or not at all.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import pandas as pd

from kit.classroom.files import write_all
from kit.classroom.tasks import points

__all__ = ["Graded", "Gradebook", "outputs", "write"]


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

        Returns:
            A frame: name, submitted, one column per exercise (points, or "to grade (N words)"
            for a written one), points, possible, written_possible, file.

        >>> Gradebook([], {"01-x": {"kind": "number"}}).frame().columns.tolist()
        ['name', 'submitted', '01-x', 'points', 'possible', 'written_possible', 'file']
        """
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
        """One row per student and answered exercise: status now and as seen, attempts, answer.

        Returns:
            A frame with the columns of ``gradebook-details.csv``.
        """
        rows = []
        for graded in self.graded:
            for exercise, result in graded.results.items():
                rows.append({"name": graded.name, "exercise": exercise, **result})
            for exercise, response in graded.responses.items():
                rows.append(
                    {
                        "name": graded.name,
                        "exercise": exercise,
                        "kind": "written",
                        "status": "to grade",
                        "attempts": response.get("saves", 1),
                        "answer": f"{response['words']} words",
                        "time": response.get("time", ""),
                    }
                )
        columns = [
            "name",
            "exercise",
            "kind",
            "status",
            "points",
            "possible",
            "student_saw",
            "agrees",
            "attempts",
            "different_answers",
            "answer",
            "time",
            "note",
        ]
        return pd.DataFrame(rows, columns=columns)

    def written(self) -> str:
        """The written answers as Markdown, exercise by exercise, with the rubric to score them.

        Returns:
            The text of ``gradebook-written.md``.
        """
        written = {e: entry for e, entry in self.keys.items() if entry["kind"] == "written"}
        parts = ["# Written answers", ""]
        if not written:
            return "\n".join([*parts, "The keys have no written exercise.", ""])
        parts += [
            f"{len(self.graded)} submissions. Each answer as its author last saved it; "
            "score each criterion and copy the total into the gradebook.",
            "",
        ]
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
                parts += [
                    f"### {_md(graded.name)}: {response['words']} words, saved {response.get('time', '?')}"
                    f"{f' ({saves} saves)' if saves > 1 else ''}",
                    "",
                ]
                parts += [f"> {_md(line)}" if line.strip() else ">" for line in response["text"].splitlines()]
                parts += ["> *(cut at 20,000 characters)*"] if response.get("cut") else []
                parts += [
                    "",
                    "Score: "
                    + " · ".join(f"{_md(r['criterion'])}: __ / {_number(r['points'])}" for r in entry["rubric"]),
                    "",
                ]
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


def outputs(out: str | PathLike[str]) -> tuple[Path, Path, Path]:
    """The three files a gradebook is written to: ``out``, ``OUT-details.csv`` and ``OUT-written.md``.

    Args:
        out: the gradebook CSV.

    Returns:
        ``(gradebook, details, written answers)``.

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
