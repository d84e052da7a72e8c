"""Exercises in the notebooks (``kit.exercises``): show a task, check an answer, save a text, hand in.

A notebook shows a task with ``kit.exercises.show("02-killer")``, the student writes an
answer in the cell below (in the instructor's copy that cell holds the solution and is
tagged ``solution``), and ``kit.exercises.check("02-killer", answer_killer)`` says
whether it is right, close or wrong, and why (:mod:`kit.classroom.marking`). An answer
left as ``None`` (or empty) reports "not answered yet", so a student notebook runs top to
bottom before anything is filled in. A written exercise is saved with
``kit.exercises.respond(id, text)`` for the instructor to grade with its rubric.

The tasks, hints and answer keys live in ``data/exercises.toml``
(:mod:`kit.classroom.tasks` describes its fields; :func:`load_tasks` reads it).

From the second attempt at an exercise on, every message also gives the explanation
(in the instructor's copy; in a student set the explanation is sealed and comes with a
right answer only).

With the environment variable ``KIT_STRICT_CHECKS=1`` (the test suite sets it for the
instructor notebooks), a check that is not right raises ``AssertionError``: every worked
solution must pass its own check.

**In a student set** (``python -m kit student``) the keys are sealed: ``data/`` holds
``exercises.sealed.json`` (see :mod:`kit.classroom.keys`) instead of ``exercises.toml``
and ``evasion_key.csv``. A formative exercise's check gives the same messages as here; a
summative one (the default) has no key there, and its check says the answer is recorded
(status ``recorded``) once its form is right. :func:`load_tasks` shows no answer. There, each check and each written response is recorded in ``.kit-progress/``
beside the notebook (:mod:`kit.classroom.progress`), and :func:`submit` packs the record
and the notebooks into one file to hand in.
"""

from __future__ import annotations

import html
import os
from collections import Counter
from dataclasses import dataclass
from os import PathLike

import pandas as pd

from kit.classroom.answers import describe_answer, unanswered
from kit.classroom.marking import judge
from kit.classroom.tasks import assessment, find_task, load_tasks, points, policy
from kit.words import count_words, plural

__all__ = [
    "Result",
    "Response",
    "Task",
    "load_tasks",
    "points",
    "assessment",
    "policy",
    "show",
    "check",
    "respond",
    "submit",
    "forget",
    "NOT_ANSWERED",
    "RECORDED",
]

NOT_ANSWERED = "not answered yet"
SAVED = "saved"
#: A summative exercise's check in a student set: the answer is recorded; only the grade says if it is right.
RECORDED = "recorded"
_SYMBOLS = {"right": "✔", "close": "≈", "wrong": "✘", NOT_ANSWERED: "…", SAVED: "✎", RECORDED: "⧗"}
_COLOURS = {
    "right": "#117733",
    "close": "#999933",
    "wrong": "#CC6677",
    NOT_ANSWERED: "#555555",
    SAVED: "#332288",
    RECORDED: "#332288",
}
#: How many answered checks of each exercise this session has made (see :func:`forget`).
_ATTEMPTS: Counter[tuple[str, str]] = Counter()


@dataclass(frozen=True)
class Result:
    """The outcome of a check: ``status`` is right, close, wrong, not answered yet, or recorded (summative, student set)."""

    exercise: str
    status: str
    message: str

    def __bool__(self) -> bool:
        return self.status == "right"

    def __repr__(self) -> str:
        return f"{_SYMBOLS[self.status]} {self.exercise}: {self.status}. {self.message}"

    def _repr_html_(self) -> str:
        colour = _COLOURS[self.status]
        return (
            f'<div style="border-left:4px solid {colour};padding:4px 8px">'
            f"<b>{_SYMBOLS[self.status]} {html.escape(self.status)}</b> "
            f"({html.escape(self.exercise)}): {html.escape(self.message)}</div>"
        )


@dataclass(frozen=True, repr=False)
class Response(Result):
    """A written response: ``status`` is saved or not answered yet; ``words`` counts its words."""

    words: int = 0

    def __bool__(self) -> bool:
        return self.status == SAVED


@dataclass(frozen=True)
class Task:
    """An exercise's task and hint (a written one's prompt, word limits and rubric), for display."""

    exercise: str
    task: str
    hint: str
    prompt: str = ""
    rubric: tuple = ()
    words: str = ""

    def __repr__(self) -> str:
        lines = [f"Exercise {self.exercise}: {self.task}".rstrip(": ")]
        lines += [self.prompt] if self.prompt else []
        lines += [self.words] if self.words else []
        lines += [f"  - {row['criterion']} ({_points(row['points'])})" for row in self.rubric]
        lines += [f"Hint: {self.hint}"] if self.hint else []
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        parts = [f'<div style="border:1px solid #88CCEE;padding:6px 10px"><b>Exercise {html.escape(self.exercise)}</b>']
        parts += [f"<p>{html.escape(self.task)}</p>"] if self.task else []
        parts += [f"<p>{html.escape(self.prompt)}</p>"] if self.prompt else []
        parts += [f"<p><i>{html.escape(self.words)}</i></p>"] if self.words else []
        if self.rubric:
            rows = "".join(f"<li>{html.escape(r['criterion'])} ({_points(r['points'])})</li>" for r in self.rubric)
            parts.append(f"<p>How it is graded:</p><ul>{rows}</ul>")
        parts += [f"<details><summary>Hint</summary>{html.escape(self.hint)}</details>"] if self.hint else []
        return "".join(parts) + "</div>"


def _points(value: float) -> str:
    return f"{value:g} point" + ("" if value == 1 else "s")


def show(exercise: str, path: str | PathLike[str] | None = None) -> Task:
    """The task and hint of an exercise (a written one's prompt, word limits and rubric), ready to display.

    Args:
        exercise: the exercise's id, e.g. ``"02-killer"``.
        path: an exercise file of your own; by default ``data/exercises.toml``.

    Returns:
        A :class:`Task`, which displays itself in the notebook.

    >>> show("01-first-event").task.startswith("Which document")
    True
    """
    entry = find_task(exercise, path)
    if entry["kind"] != "written":
        return Task(exercise, entry["task"], entry["hint"])
    return Task(
        exercise,
        entry.get("task", ""),
        entry.get("hint", ""),
        entry["prompt"],
        tuple(entry["rubric"]),
        _word_limits(entry),
    )


def _word_limits(entry: dict) -> str:
    low, high = entry.get("min_words", 0), entry.get("max_words", 0)
    if low and high:
        return f"{low} to {high} words."
    return f"At least {low} words." if low else (f"At most {high} words." if high else "")


def check(
    exercise: str, answer: object, data: pd.DataFrame | None = None, path: str | PathLike[str] | None = None
) -> Result:
    """Check an answer and say right, close or wrong, and why.

    In a student set the attempt is also recorded for the student's submission (see
    :mod:`kit.classroom.progress`). For a written exercise this is :func:`respond`.

    Args:
        exercise: the exercise's id, e.g. ``"02-killer"``.
        answer: the student's answer; ``None`` (or empty) means not answered yet.
        data: the student's labelled frame, for a ``precision_recall`` exercise.
        path: an exercise file of your own; by default ``data/exercises.toml``.

    Returns:
        A :class:`Result`. From the second answered check of an exercise on, its
        message ends with the exercise's explanation (when the keys are not sealed).

    >>> forget()
    >>> check("02-killer", None).status
    'not answered yet'
    >>> check("01-first-event", 1)
    ✘ 01-first-event: wrong. Document 1 comes first in the file, not in time: sort the documents by start.
    >>> check("02-killer", True).message
    'True is a yes/no value, not a number: count with len() or .sum() and give the count.'
    """
    entry = find_task(exercise, path)
    if entry["kind"] == "written":
        return respond(exercise, answer, path=path)
    if unanswered(answer):
        return _strict(Result(exercise, NOT_ANSWERED, "Write your answer in the cell above and run both cells again."))
    _ATTEMPTS[(str(path), exercise)] += 1
    attempt = _ATTEMPTS[(str(path), exercise)]
    status, detail, why = judge(entry, answer, data)
    if status == "right":
        message = why
    elif attempt > 1 and why:
        message = f"{detail} Explanation: {why}"
    else:
        message = detail
    result = Result(exercise, status, message.strip())
    if path is None:
        from kit.classroom import progress

        progress.record_check(entry, answer, data, status)
    return _strict(result)


def respond(exercise: str, text: str | None, path: str | PathLike[str] | None = None) -> Response:
    """Save a written response to a written exercise, for the instructor to read and grade.

    In a student set the text is recorded for the submission (the latest text counts).
    It is saved whatever its length; below ``min_words`` or above ``max_words`` the
    message says so.

    Args:
        exercise: the written exercise's id, e.g. ``"02-interpret"``.
        text: what the student wrote; ``None`` or blank means not answered yet.
        path: an exercise file of your own; by default ``data/exercises.toml``.

    Returns:
        A :class:`Response` (saved, or not answered yet: nothing, or not a text) with the
        number of words.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     file = Path(folder) / "exercises.toml"
    ...     _ = file.write_text('[[exercise]]\\nid = "w-1"\\nkind = "written"\\nprompt = "Why?"\\nmin_words = 3\\n'
    ...                         'rubric = [{ criterion = "Gives a reason", points = 1 }]\\n', encoding="utf-8")
    ...     respond("w-1", "Because.", path=file)
    ✎ w-1: saved. 1 word: the task asks for at least 3.
    """
    entry = find_task(exercise, path)
    if entry["kind"] != "written":
        raise ValueError(
            f"{exercise} is not a written exercise: check its answer with kit.exercises.check({exercise!r}, ...)"
        )
    if text is None or (isinstance(text, str) and not text.strip()):
        return _strict(Response(exercise, NOT_ANSWERED, "Write your answer between the quotes and run the cell again."))
    if not isinstance(text, str):
        told = f"That is {describe_answer(text)}: write your answer as a text, between quotes, and run the cell again."
        return _strict(Response(exercise, NOT_ANSWERED, told))
    words = count_words(text)
    low, high = entry.get("min_words", 0), entry.get("max_words", 0)
    if low and words < low:
        message = f"{plural(words, 'word')}: the task asks for at least {low}."
    elif high and words > high:
        message = f"{plural(words, 'word')}: the task asks for at most {high}."
    else:
        message = f"{plural(words, 'word')}."
    recorded = None
    if path is None:
        from kit.classroom import progress

        recorded = progress.record_response(entry, text)
    if recorded is not None:
        message += " Saved for your submission (kit.exercises.submit); run this cell again after a change."
    result = Response(exercise, SAVED, message, words)
    if os.environ.get("KIT_STRICT_CHECKS") == "1" and low and words < low:
        raise AssertionError(f"KIT_STRICT_CHECKS: {result!r}")
    return result


def submit(name: str | None = None, folder: str | PathLike[str] | None = None):
    """Pack the recorded checks, the written responses and the notebooks into one file to hand in.

    The file (``submission-NAME-DATE.zip``) is written beside the notebooks; the result
    shows a download link. On Binder, download it at once: the session and its files
    are deleted when it ends. Blank ``name``: nothing is written, and the result says so.

    Args:
        name: your name or student number, as your instructor asked for it.
        folder: the folder of the notebooks (default: the current folder, the notebook's).

    Returns:
        A :class:`kit.classroom.submit.Submission`, which displays the link.

    >>> submit(name="").path is None
    True
    """
    from kit.classroom.submit import submit as pack

    return pack(name, folder)


def forget(exercise: str | None = None) -> None:
    """Forget the attempts made at one exercise (or all), so the next check is a first attempt.

    Args:
        exercise: the exercise's id; ``None`` forgets every exercise's attempts.

    >>> forget("02-killer")
    """
    for key in [k for k in _ATTEMPTS if exercise is None or k[1] == exercise]:
        del _ATTEMPTS[key]


def _strict(result: Result) -> Result:
    if os.environ.get("KIT_STRICT_CHECKS") == "1" and result.status not in ("right", SAVED):
        raise AssertionError(f"KIT_STRICT_CHECKS: {result!r}")
    return result
