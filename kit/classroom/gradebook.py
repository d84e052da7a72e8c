"""The gradebook's files: the marks, the details of every answer, the written answers, and one CSV per LMS.

:func:`kit.classroom.grade.grade` fills a :class:`Gradebook`; :func:`write` writes it:

* ``gradebook.csv``: one row per student keyed by roster ``id`` (then ``name``), one numeric
  column per exercise (in the order of the keys: the points the answer its policy takes
  earns; blank: never answered), then ``points`` (checked by the kit), ``written`` (the
  scores the instructor entered) and ``total``. Numbers only: it imports as it is;
* ``gradebook-scores.csv``: the written answers' scores, one row per student and written
  exercise, with a blank ``score`` for the instructor to fill. It is written once and
  never replaced; each later ``grade`` reads it back into the gradebook (a round trip,
  not copying by hand);
* ``gradebook-canvas.csv``, ``gradebook-moodle.csv``, ``gradebook-gradescope.csv``: the
  same marks in the columns each LMS's grade import names (:data:`LMS`);
* ``gradebook-details.csv``: one row per student and exercise: the status now, the
  status the student saw, whether they agree, the number of attempts (re-runs
  included) and of different answers tried (a search shows there), the policy that chose
  the answer, the answer as plain JSON;
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

__all__ = ["Graded", "Gradebook", "LMS", "outputs", "scores_path", "read_scores", "write"]

#: The LMS files :func:`write` adds, by name: each one's identifier columns (from the roster), then one column per item.
LMS = {
    # Canvas's gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then assignments,
    # and a "Points Possible" row under the header.
    "canvas": ("Student", "ID", "SIS User ID", "SIS Login ID", "Section"),
    # Moodle's grade import (Grades > Import > CSV file): an identifier column mapped to the
    # user's ID number or email address, then one column per grade item.
    "moodle": ("ID number", "Email address", "Full name"),
    # Gradescope's roster and score CSV: Name, Email, SID, then scores.
    "gradescope": ("Name", "Email", "SID"),
}


@dataclass
class Graded:
    """One student's submission, graded."""

    name: str
    file: Path
    created: str
    results: dict[str, dict] = field(default_factory=dict)
    responses: dict[str, dict] = field(default_factory=dict)
    id: str = ""
    attempt_keys: tuple[str, ...] = ()


@dataclass
class Gradebook:
    """Graded submissions, the keys used, what was skipped (file, reason) and notes for the instructor."""

    graded: list[Graded]
    keys: dict[str, dict]
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    roster: dict[str, dict] | None = None
    flags: list[str] = field(default_factory=list)
    scores: dict[tuple[str, str], float] = field(default_factory=dict)

    def possible(self) -> dict[str, float]:
        """What each exercise is worth, then ``points``, ``written`` and ``total``: the points-possible row.

        Returns:
            ``{column: points}``.

        >>> Gradebook([], {"01-x": {"kind": "number", "points": 2}}).possible()
        {'01-x': 2, 'points': 2, 'written': 0, 'total': 2}
        """
        each = {e: _number(points(entry)) for e, entry in self.keys.items()}
        checked = sum(points(e) for e in self.keys.values() if e["kind"] != "written")
        written = sum(points(e) for e in self.keys.values() if e["kind"] == "written")
        return {**each, "points": _number(checked), "written": _number(written), "total": _number(checked + written)}

    def frame(self) -> pd.DataFrame:
        """The gradebook: one row per student keyed by roster id, one numeric column per exercise, the totals.

        A written exercise holds the score the instructor entered in the scores file (blank
        until then). With a roster, every student on it has a row (blank: nothing graded).

        Returns:
            A frame: id, name, one column per exercise, points, written, total.

        >>> Gradebook([], {"01-x": {"kind": "number"}}).frame().columns.tolist()
        ['id', 'name', '01-x', 'points', 'written', 'total']
        """
        by_id = {g.id or g.name: g for g in self.graded}
        people = (
            [(i, s["name"] or (by_id[i].name if i in by_id else "")) for i, s in self.roster.items()]
            if self.roster is not None
            else [(g.id or g.name, g.name) for g in self.graded]
        )
        rows = []
        for student, name in people:
            graded = by_id.get(student)
            row: dict[str, object] = {"id": student, "name": name}
            earned = written = 0.0
            for exercise, entry in self.keys.items():
                if entry["kind"] == "written":
                    score = self.scores.get((student, exercise))
                    row[exercise] = _number(score) if score is not None else None
                    written += score or 0
                else:
                    result = graded.results.get(exercise) if graded else None
                    row[exercise] = _number(result["points"]) if result else None
                    earned += result["points"] if result else 0
            row["points"] = _number(earned) if graded else None
            row["written"] = _number(written) if graded or written else None
            row["total"] = _number(earned + written) if graded or written else None
            rows.append(row)
        return pd.DataFrame(rows, columns=["id", "name", *self.keys, "points", "written", "total"])

    def lms(self, system: str) -> pd.DataFrame:
        """The marks in the columns an LMS's grade import names (:data:`LMS`).

        Args:
            system: ``"canvas"``, ``"moodle"`` or ``"gradescope"``.

        Returns:
            A frame: the identifier columns, then one column per exercise (an LMS adds up
            its own items, so no total, which it would count twice), and for Gradescope its
            ``Total Score``. Canvas's has its "Points Possible" row first.

        >>> Gradebook([], {"01-x": {"kind": "number"}}).lms("gradescope").columns.tolist()
        ['Name', 'Email', 'SID', '01-x', 'Total Score']
        """
        marks = self.frame()
        roster = self.roster or {}
        items = [*self.keys, "total"] if system == "gradescope" else list(self.keys)
        rows = []
        for _, row in marks.iterrows():
            person = roster.get(row["id"], {"id": row["id"], "name": row["name"], "email": "", "section": ""})
            ids = {
                "canvas": (row["name"], "", row["id"], person.get("email", ""), person.get("section", "")),
                "moodle": (row["id"], person.get("email", ""), row["name"]),
                "gradescope": (row["name"], person.get("email", ""), row["id"]),
            }[system]
            rows.append([*ids, *(row[c] for c in items)])
        if system == "canvas":
            possible = self.possible()
            rows.insert(0, ["Points Possible", "", "", "", "", *(possible[c] for c in items)])
        names = [*items[:-1], "Total Score"] if system == "gradescope" else items
        return pd.DataFrame(rows, columns=[*LMS[system], *names])

    def score_sheet(self) -> pd.DataFrame:
        """The written answers' score sheet: one row per student and written exercise, ``score`` blank to fill.

        Returns:
            A frame: id, name, exercise, possible, words, over_length, score.
        """
        rows = []
        for graded in self.graded:
            for exercise, entry in self.keys.items():
                if entry["kind"] != "written" or exercise not in graded.responses:
                    continue
                response = graded.responses[exercise]
                score = self.scores.get((graded.id or graded.name, exercise))
                rows.append(
                    {
                        "id": graded.id or graded.name,
                        "name": graded.name,
                        "exercise": exercise,
                        "possible": _number(points(entry)),
                        "words": response["words"],
                        "over_length": 1 if response.get("over") else 0,
                        "score": _number(score) if score is not None else None,
                    }
                )
        return pd.DataFrame(rows, columns=["id", "name", "exercise", "possible", "words", "over_length", "score"])

    def details(self) -> pd.DataFrame:
        """One row per student and answered exercise: status now and as seen, attempts, answer.

        Returns:
            A frame with the columns of ``gradebook-details.csv``.
        """
        rows = []
        for graded in self.graded:
            for exercise, result in graded.results.items():
                rows.append(
                    {"id": graded.id, "name": graded.name, "file": graded.file.name, "exercise": exercise, **result}
                )
            for exercise, response in graded.responses.items():
                rows.append(
                    {
                        "id": graded.id,
                        "name": graded.name,
                        "file": graded.file.name,
                        "exercise": exercise,
                        "kind": "written",
                        "status": "to grade",
                        "attempts": response.get("saves", 1),
                        "answer": f"{response['words']} words",
                        "time": str(response.get("time", "")),
                        "note": "over the word limit" if response.get("over") else "",
                    }
                )
        columns = [
            "id",
            "name",
            "file",
            "exercise",
            "kind",
            "status",
            "points",
            "possible",
            "student_saw",
            "agrees",
            "attempts",
            "different_answers",
            "policy",
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
            f"{len(self.graded)} submissions. Each answer as its author last saved it; score each "
            "criterion and enter the total in the scores file (its score column): the next grade reads it back.",
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
                over = " **over the word limit**" if response.get("over") else ""
                parts += [
                    f"### {_md(graded.name)} ({_md(graded.id)}): {response['words']} words{over}, "
                    f"saved {_md(response.get('time', '?'))}{f' ({saves} saves)' if saves > 1 else ''}",
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
    """The three main files a gradebook is written to: ``out``, ``OUT-details.csv`` and ``OUT-written.md``.

    Args:
        out: the gradebook CSV.

    Returns:
        ``(gradebook, details, written answers)``; the scores file is :func:`scores_path`,
        the LMS files ``OUT-canvas.csv`` and so on.

    >>> [p.name for p in outputs("marks/gradebook.csv")]
    ['gradebook.csv', 'gradebook-details.csv', 'gradebook-written.md']
    """
    out = Path(out)
    return out, out.with_name(f"{out.stem}-details.csv"), out.with_name(f"{out.stem}-written.md")


def scores_path(out: str | PathLike[str]) -> Path:
    """The written scores file beside the gradebook: ``OUT-scores.csv``.

    Args:
        out: the gradebook CSV.

    Returns:
        Its path.

    >>> scores_path("marks/gradebook.csv").name
    'gradebook-scores.csv'
    """
    out = Path(out)
    return out.with_name(f"{out.stem}-scores.csv")


def read_scores(path: str | PathLike[str], keys: dict[str, dict]) -> dict[tuple[str, str], float]:
    """The written scores the instructor entered: ``{(id, exercise): score}`` (blank scores left out).

    Args:
        path: the scores file (:meth:`Gradebook.score_sheet`, filled in); no file: no scores.
        keys: the exercises, to check each score against what the exercise is worth.

    Returns:
        The scores. Raises ``ValueError`` naming the file and line for a score that is not a
        number from 0 to the exercise's points, or an exercise that is not a written one.

    >>> read_scores("/nowhere/scores.csv", {})
    {}
    """
    import csv
    import io

    path = Path(path)
    if not path.is_file():
        return {}
    scores: dict[tuple[str, str], float] = {}
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    for line, row in enumerate(reader, start=2):
        raw = (row.get("score") or "").strip()
        if not raw:
            continue
        exercise = (row.get("exercise") or "").strip()
        entry = keys.get(exercise)
        if entry is None or entry["kind"] != "written":
            raise ValueError(f"{path}, line {line}: {exercise!r} is not a written exercise of the keys")
        try:
            score = float(raw)
        except ValueError:
            raise ValueError(f"{path}, line {line}: the score {raw!r} is not a number") from None
        if not 0 <= score <= points(entry):
            raise ValueError(f"{path}, line {line}: the score {raw} is not between 0 and {_number(points(entry))}")
        scores[((row.get("id") or "").strip(), exercise)] = score
    return scores


def write(book: Gradebook, out: str | PathLike[str], force: bool = False) -> list[Path]:
    """Write the gradebook's files (all or none); ``FileExistsError`` if one exists, unless ``force``.

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
    >>> [p.name for p in write(book, folder / "marks.csv")][:4]
    ['marks.csv', 'marks-details.csv', 'marks-written.md', 'marks-canvas.csv']
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
    systems = {table.with_name(f"{table.stem}-{name}.csv"): name for name in LMS}
    there = [path for path in (table, details, written, *systems) if path.exists()]
    if there and not force:
        names = ", ".join(str(p) for p in there)
        raise FileExistsError(f"{names} {'exists' if len(there) == 1 else 'exist'} already: pass --force to replace")
    files = {
        table: _csv(spreadsheet_safe(book.frame())),
        details: _csv(spreadsheet_safe(book.details())),
        written: book.written().encode("utf-8"),
        **{path: _csv(spreadsheet_safe(book.lms(name))) for path, name in systems.items()},
    }
    sheet = scores_path(out)
    if not sheet.exists():  # the instructor's scores are read back, never replaced
        files[sheet] = _csv(spreadsheet_safe(book.score_sheet()))
    return write_all(files, force=True)


def _csv(frame: pd.DataFrame) -> bytes:
    """A frame as CSV text (whole numbers without a decimal point, blanks empty)."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(frame.columns)
    writer.writerows([_cell(v) for v in row] for row in frame.itertuples(index=False))
    return buffer.getvalue().encode("utf-8")


def _cell(value: object) -> object:
    """A plain cell: None for a blank, a whole number without ``.0``, a number as a Python number."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value.item() if hasattr(value, "item") and not isinstance(value, str) else value
