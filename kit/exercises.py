"""Exercises: tasks, hints and answer keys live in ``data/exercises.toml``; checks live here.

A notebook shows a task with ``kit.exercises.show("02-killer")``, the student writes an
answer in the cell below (in the instructor's copy that cell holds the solution and is
tagged ``solution``), and ``kit.exercises.check("02-killer", answer_killer)`` says
whether it is right, close or wrong, and why. An answer left as ``None`` (or empty)
reports "not answered yet", so a student notebook runs top to bottom before anything is
filled in.

What a check says:

* a right answer: the exercise's explanation (``why``);
* a likely mistake the exercise file names (``[[exercise.mistake]]``: the copy counted,
  the wrong speaker, a turn number for an exchange number...): that mistake's message;
* an answer of the wrong type (``True`` for a count, ``"4"`` in quotes, a whole table,
  a number too large to be a count...): what is wrong with it, in words;
* otherwise: close (within ``close``) or wrong, with the hint.

From the second attempt at an exercise on, every message also gives the explanation
(in the instructor's copy; in a student set the explanation is sealed and comes with a
right answer only, see below).

With the environment variable ``KIT_STRICT_CHECKS=1`` (the test suite sets it for the
instructor notebooks), a check that is not right raises ``AssertionError``: every worked
solution must pass its own check.

Kinds of answer (``kind`` in the TOML file):

* ``number``: right within ``tolerance``, close within ``close``;
* ``text``: right if it equals ``answer`` or one of ``accept`` (case and spaces ignored);
* ``range``: a number, right if within ``answer = [low, high]``, close if within ``close``;
* ``set``: right if the same items (in any order); close if at least half overlap;
* ``evasion``: a ``{sub-question number: code}`` dict for exchange ``exchange``, checked
  against ``data/evasion_key.csv``; close if at least ``close`` of the codes agree;
* ``precision_recall``: a ``{"precision": p, "recall": r}`` dict, checked against what
  the student's own labels give (pass them as ``data=``);
* ``written``: a text the student writes, saved for the instructor to read and grade
  with a rubric (``kit.exercises.respond(id, text)``; ``check`` on a written exercise
  does the same). Its fields, instead of ``task``, ``hint`` and ``answer``::

      [[exercise]]
      id = "02-interpret"                 # notebook number, a dash, a short name
      notebook = "02-rhetoric"
      kind = "written"
      prompt = "In 100 to 200 words: ..."  # what to write; shown by show()
      min_words = 100                     # optional: fewer is saved, with a warning
      max_words = 200                     # optional: more is saved, with a warning
      rubric = [                          # the criteria, with their points
          { criterion = "Names the device and quotes the sentence", points = 2 },
          { criterion = "Says what the answer avoids", points = 2 },
      ]
      model = "..."                       # optional: a model answer, for graders only
      task = "..."                        # optional: one line above the prompt
      hint = "..."                        # optional

  A written exercise is worth the sum of its rubric's points.

Every exercise may also give ``points`` (default 1; a written one: its rubric's sum):
what a right answer is worth in ``python -m kit grade`` (close and wrong are worth 0).

A mistake's ``answer`` is compared like an answer of its exercise's kind: a number (with
its own ``tolerance``, by default the exercise's) or ``[low, high]`` for ``number`` and
``range``; a text; a list (the same items) for ``set``; a table of codes for
``evasion``, which matches when the student's coding includes those codes.

**In a student set** (``python -m kit student``) the keys are sealed: ``data/`` holds
``exercises.sealed.json`` (salted hashes of the right answers, the mistakes' answers and
the sealed explanations; see :mod:`kit.classroom.keys`) instead of ``exercises.toml``
and ``evasion_key.csv``. Checks give the same messages; :func:`load` shows no answer.
There, each check and each written response is recorded in ``.kit-progress/`` beside
the notebook (:mod:`kit.classroom.progress`), and :func:`submit` packs the record and
the notebooks into one file to hand in.
"""

from __future__ import annotations

import html
import math
import numbers
import os
import re
import reprlib
import tomllib
from collections import Counter
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._data import data_path
from kit._files import read_data

__all__ = ["Result", "Response", "Task", "load", "show", "check", "respond", "submit", "forget", "NOT_ANSWERED"]

NOT_ANSWERED = "not answered yet"
SAVED = "saved"
_SYMBOLS = {"right": "✔", "close": "≈", "wrong": "✘", NOT_ANSWERED: "…", SAVED: "✎"}
#: The fields each kind of exercise needs besides id, task, hint and kind (a written one: see _read).
_NEEDS = {"number": ("answer",), "range": ("answer",), "text": ("answer",), "set": ("answer",),
          "evasion": ("exchange",), "precision_recall": (), "written": ("prompt", "rubric")}  # fmt: skip
_COLOURS = {"right": "#117733", "close": "#999933", "wrong": "#CC6677", NOT_ANSWERED: "#555555", SAVED: "#332288"}
#: The largest number a check takes seriously: nothing in a transcript counts this high.
_LARGEST = 1e12
#: How many answered checks of each exercise this session has made (see :func:`forget`).
_ATTEMPTS: Counter[tuple[str, str]] = Counter()
_SEALED = "exercises.sealed.json"


class _Form(Exception):
    """An answer of the wrong type or shape; the message says so in words."""


def _read(path: Path) -> dict[str, dict]:
    with open(path, "rb") as file:
        table = tomllib.load(file)
    result = {}
    for entry in table.get("exercise", []):
        name = entry.get("id", entry)
        written = entry.get("kind") == "written"
        for field in ("id", "kind") if written else ("id", "task", "hint", "kind"):
            if field not in entry:
                raise ValueError(f"an exercise lacks {field!r}: {name}")
        if entry["kind"] not in _NEEDS:
            raise ValueError(f"exercise {name}: kind must be one of {', '.join(_NEEDS)}, not {entry['kind']!r}")
        for field in _NEEDS[entry["kind"]]:
            if field not in entry:
                raise ValueError(f"exercise {name}: a {entry['kind']} exercise needs {field!r}")
        if written:
            _check_written_fields(name, entry)
        points = entry.get("points", 1)
        if isinstance(points, bool) or not isinstance(points, (int, float)) or points < 0:
            raise ValueError(f"exercise {name}: points is a number of 0 or more, not {points!r}")
        for mistake in entry.get("mistake", []):
            if not isinstance(mistake, dict) or "answer" not in mistake or "why" not in mistake:
                raise ValueError(f"exercise {name}: each [[exercise.mistake]] needs 'answer' and 'why'")
            if mistake.get("status", "wrong") not in ("close", "wrong"):
                raise ValueError(
                    f"exercise {name}: a mistake's status is 'close' or 'wrong', not {mistake['status']!r}"
                )
        if name in result:
            raise ValueError(f"exercise {name} is defined twice")
        result[name] = entry
    return result


def _check_written_fields(name: str, entry: dict) -> None:
    """A written exercise's prompt, rubric and word limits, or ValueError saying what is wrong."""
    if not isinstance(entry["prompt"], str) or not entry["prompt"].strip():
        raise ValueError(f"exercise {name}: 'prompt' is the text students answer")
    rubric = entry["rubric"]
    shape = 'a list of { criterion = "...", points = N }'
    if not isinstance(rubric, list) or not rubric:
        raise ValueError(f"exercise {name}: 'rubric' is {shape}")
    for row in rubric:
        if not isinstance(row, dict) or not isinstance(row.get("criterion"), str) or "points" not in row:
            raise ValueError(f"exercise {name}: 'rubric' is {shape}; one row is {row!r}")
        if isinstance(row["points"], bool) or not isinstance(row["points"], (int, float)) or row["points"] <= 0:
            raise ValueError(f"exercise {name}: a rubric criterion is worth more than 0 points, not {row['points']!r}")
    for field in ("min_words", "max_words"):
        value = entry.get(field, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"exercise {name}: {field} is a whole number of words, not {value!r}")
    if entry.get("max_words") and entry.get("min_words", 0) > entry["max_words"]:
        raise ValueError(f"exercise {name}: min_words is more than max_words")


def load(path: str | PathLike[str] | None = None) -> dict[str, dict]:
    """All exercises, keyed by id (``data/exercises.toml`` unless ``path`` is given).

    In a student set, where ``data/`` holds only the sealed keys, the sealed exercises:
    tasks, hints and mistakes' messages, no answers. A ``path`` ending in ``.json`` is
    read as a sealed file.

    >>> load()["02-killer"]["kind"]
    'number'
    """
    from kit.classroom.keys import read_sealed

    if path is None and not data_path("exercises.toml").exists() and data_path(_SEALED).exists():
        return read_data(None, _SEALED, read_sealed)
    if path is not None and str(path).endswith(".json"):
        return read_data(path, _SEALED, read_sealed)
    return read_data(path, "exercises.toml", _read)


def points(entry: dict) -> float:
    """What an exercise is worth: its ``points`` (default 1), or its rubric's sum for a written one.

    >>> points({"kind": "number"}), points({"kind": "written", "rubric": [{"points": 2}, {"points": 1.5}]})
    (1, 3.5)
    """
    if entry["kind"] == "written":
        return sum(row["points"] for row in entry.get("rubric", []))
    return entry.get("points", 1)


@dataclass(frozen=True)
class Result:
    """The outcome of a check: ``status`` is right, close, wrong or not answered yet."""

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

    >>> show("01-first-event").task.startswith("Which document")
    True
    """
    entry = _entry(exercise, path)
    if entry["kind"] != "written":
        return Task(exercise, entry["task"], entry["hint"])
    return Task(exercise, entry.get("task", ""), entry.get("hint", ""), entry["prompt"],
                tuple(entry["rubric"]), _word_limits(entry))  # fmt: skip


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
    entry = _entry(exercise, path)
    if entry["kind"] == "written":
        return respond(exercise, answer, path=path)
    if _unanswered(answer):
        return _strict(Result(exercise, NOT_ANSWERED, "Write your answer in the cell above and run both cells again."))
    _ATTEMPTS[(str(path), exercise)] += 1
    attempt = _ATTEMPTS[(str(path), exercise)]
    status, detail, why = _judge(entry, answer, data)
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


def _judge(entry: dict, answer: object, data: object) -> tuple[str, str, str]:
    """``(status, detail, explanation)`` of an answer, with no side effects (the grader uses it too)."""
    if entry.get("sealed"):
        from kit.classroom.keys import judge

        return judge(entry, answer, data)
    try:
        status, detail = _CHECKS[entry["kind"]](entry, answer, data)
        mistake = None if status == "right" else _mistake(entry, answer)
        status, detail = _finish(entry, status, detail, mistake)
    except _Form as problem:
        status, detail = "wrong", str(problem)
    return status, detail, entry.get("why", "")


def _finish(entry: dict, status: str, detail: str, mistake: dict | None) -> tuple[str, str]:
    """The status and detail once a likely mistake (or, for a plain wrong answer, the hint) is added."""
    if mistake is not None:
        status = mistake.get("status", "wrong")
        detail = f"{detail} {mistake['why']}" if entry["kind"] in ("set", "evasion") else mistake["why"]
    elif status == "wrong":
        detail = f"{detail} {entry['hint']}"
    return status, detail


def count_words(text: str) -> int:
    """The number of words in a text (runs of letters or digits, apostrophes and hyphens inside).

    >>> count_words("Putin's answer -- twice: 'killer', well-known.")
    5
    """
    return len(re.findall(r"\w+(?:['’-]\w+)*", text))


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
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     file = Path(folder) / "exercises.toml"
    ...     _ = file.write_text('[[exercise]]\\nid = "w-1"\\nkind = "written"\\nprompt = "Why?"\\nmin_words = 3\\n'
    ...                         'rubric = [{ criterion = "Gives a reason", points = 1 }]\\n', encoding="utf-8")
    ...     respond("w-1", "Because.", path=file)
    ✎ w-1: saved. 1 word: the task asks for at least 3.
    """
    entry = _entry(exercise, path)
    if entry["kind"] != "written":
        raise ValueError(
            f"{exercise} is not a written exercise: check its answer with kit.exercises.check({exercise!r}, ...)"
        )
    if text is None or (isinstance(text, str) and not text.strip()):
        return _strict(Response(exercise, NOT_ANSWERED, "Write your answer between the quotes and run the cell again."))
    if not isinstance(text, str):
        told = f"That is {_describe(text)}: write your answer as a text, between quotes, and run the cell again."
        return _strict(Response(exercise, NOT_ANSWERED, told))
    words = count_words(text)
    low, high = entry.get("min_words", 0), entry.get("max_words", 0)
    if low and words < low:
        message = f"{_plural(words, 'word')}: the task asks for at least {low}."
    elif high and words > high:
        message = f"{_plural(words, 'word')}: the task asks for at most {high}."
    else:
        message = f"{_plural(words, 'word')}."
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

    >>> forget("02-killer")
    """
    for key in [k for k in _ATTEMPTS if exercise is None or k[1] == exercise]:
        del _ATTEMPTS[key]


def _unanswered(answer: object) -> bool:
    if answer is None or answer is Ellipsis:
        return True
    if isinstance(answer, (pd.DataFrame, pd.Series)):
        return False
    return isinstance(answer, (str, dict, list, set, tuple, frozenset)) and not answer


def _strict(result: Result) -> Result:
    if os.environ.get("KIT_STRICT_CHECKS") == "1" and result.status not in ("right", SAVED):
        raise AssertionError(f"KIT_STRICT_CHECKS: {result!r}")
    return result


def _entry(exercise: str, path: str | PathLike[str] | None) -> dict:
    table = load(path)
    if exercise not in table:
        raise KeyError(f"no exercise {exercise!r}; there are {', '.join(sorted(table))}")
    return table[exercise]


# --- saying things in words ----------------------------------------------------------------

_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxset = _SHORT.maxdict = 6


def _echo(value: object) -> str:
    """A value as the student wrote it, cut short if long.

    >>> _echo("x" * 10_000_000)[-37:]
    "xxxx…' (10,000,000 characters in all)"
    >>> _echo(3)
    '3'
    """
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:40] + "…") + f" ({len(value):,} characters in all)"
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and abs(int(value)) > _LARGEST:
        return f"a number of {len(str(abs(int(value)))):,} digits"
    return _SHORT.repr(value)


def _plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the word, in the plural unless ``n`` is 1.

    >>> _plural(1, "sentence"), _plural(2, "sentence"), _plural(2, "does", "do")
    ('1 sentence', '2 sentences', '2 do')
    """
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def _describe(value: object) -> str:
    """What a value is, in words, for an answer of the wrong type."""
    if isinstance(value, pd.DataFrame):
        columns = ", ".join(map(str, value.columns[:5])) + (", ..." if len(value.columns) > 5 else "")
        return f"a whole table ({_plural(len(value), 'row')}; columns {columns})"
    if isinstance(value, pd.Series):
        return f"a column of {_plural(len(value), 'value')}"
    if isinstance(value, dict):
        return f"a dict of {_plural(len(value), 'item')}"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a {type(value).__name__} of {_plural(len(value), 'item')}"
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return f"the number {_echo(value)}"
    return f"{_echo(value)}, of type {type(value).__name__}"


def _number(value: object, whole: bool = False) -> float:
    """A number from an answer, or :class:`_Form` saying in words what is wrong with it."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        advice = ": count with len() or .sum() and give the count" if whole else ""
        raise _Form(f"{value} is a yes/no value, not a number{advice}.")
    if isinstance(value, str):
        try:
            float(value.replace(",", ""))
        except ValueError:
            raise _Form(f"{_echo(value)} is text, not a number: give a number, without quotes.") from None
        raise _Form(f"{_echo(value)} is text (it is in quotes): write the number without quotes.")
    if isinstance(value, (pd.Series, list, tuple)) and len(value) == 1:
        raise _Form(f"That is {_describe(value)}: give the value itself (for a column, .item()).")
    if isinstance(value, (pd.DataFrame, pd.Series, dict, list, tuple, set, frozenset)):
        raise _Form(f"That is {_describe(value)}, not one number: count its rows with len(), or sum a column.")
    if isinstance(value, numbers.Integral):
        if abs(int(value)) > _LARGEST:
            raise _Form(f"That is {_echo(value)}: far too large to be the answer. Check what you computed.")
        return float(int(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            raise _Form("That is nan (not a number): a division by zero, or a selection that came out empty?")
        if math.isinf(number) or abs(number) > _LARGEST:
            raise _Form(f"That is {number}: far too large to be the answer. Check what you computed.")
        if whole and not number.is_integer():
            raise _Form(f"{number:g} is not a whole number, and this answer is a count or a number of something.")
        return number
    raise _Form(f"That is {_describe(value)}, not a number.")


# --- the kinds of answer -------------------------------------------------------------------


def _check_number(entry: dict, answer: object, data: object) -> tuple[str, str]:
    key = entry["answer"]
    value = _number(answer, whole=isinstance(key, int) and float(entry.get("tolerance", 0)).is_integer())
    gap = abs(value - float(key))
    if gap <= float(entry.get("tolerance", 0)):
        return "right", ""
    if gap <= float(entry.get("close", 0)):
        near = f"{_echo(answer)} is near the answer, but not it: check what you counted against the task."
        return "close", entry.get("close_why", near)
    return "wrong", f"{_echo(answer)} is not it."


def _check_range(entry: dict, answer: object, data: object) -> tuple[str, str]:
    value = _number(answer)
    low, high = map(float, entry["answer"])
    if low <= value <= high:
        return "right", ""
    near = entry.get("close")
    if near and float(near[0]) <= value <= float(near[1]):
        return "close", entry.get("close_why", "It works on this file, but with little room to spare.")
    return "wrong", f"{_echo(answer)} is outside the range that works."


def _norm(value: object) -> str:
    return " ".join(str(value).casefold().replace("_", " ").split())


def _text(answer: object) -> str:
    """The answer as a text, or :class:`_Form` saying in words what it is instead."""
    if not isinstance(answer, str):
        if isinstance(answer, (pd.Series, list, tuple)) and len(answer) == 1 and isinstance(list(answer)[0], str):
            raise _Form(f"That is {_describe(answer)}: give the text itself (for a column, .item()).")
        raise _Form(f"That is {_describe(answer)}; the answer is a text, in quotes.")
    return answer


def _check_text(entry: dict, answer: object, data: object) -> tuple[str, str]:
    accepted = {_norm(entry["answer"]), *(_norm(a) for a in entry.get("accept", []))}
    return ("right", "") if _norm(_text(answer)) in accepted else ("wrong", f"{_echo(answer)} is not it.")


def _items(answer: object) -> list:
    if isinstance(answer, str):
        raise _Form('Give a list of items, e.g. ["a", "b"], not a single text.')
    if isinstance(answer, pd.DataFrame):
        raise _Form(
            f'That is {_describe(answer)}: give a list of the items, e.g. sorted(set(frame["column"].dropna())).'
        )
    if isinstance(answer, dict):
        raise _Form(f"That is {_describe(answer)}: give a list of the items.")
    if isinstance(answer, (list, tuple, set, frozenset, pd.Series, pd.Index)) or type(answer).__name__ == "ndarray":
        return list(answer)  # type: ignore[arg-type]
    raise _Form(f'That is {_describe(answer)}: give a list of items, e.g. ["a", "b"].')


def _check_set(entry: dict, answer: object, data: object) -> tuple[str, str]:
    given = {_norm(a) for a in _items(answer)}
    expected = {_norm(a) for a in entry["answer"]}
    return _set_result(len(given), len(expected), len(given & expected))


def _set_result(given: int, expected: int, common: int) -> tuple[str, str]:
    """Right, close (at least half overlap) or wrong, from the sizes of the two sets and of what they share.

    >>> _set_result(2, 3, 2)
    ('close', '1 missing.')
    """
    if given == expected == common:
        return "right", ""
    missing, extra = expected - common, given - common
    parts = [f"{missing} missing"] if missing else []
    parts += [f"{_plural(extra, 'that does', 'that do')} not belong"] if extra else []
    detail = "; ".join(parts).capitalize() + "."
    overlap = common / (given + expected - common)
    return ("close" if overlap >= 0.5 else "wrong"), detail


def _codes(answer: object, numbers_asked: list[int]) -> dict[int, str]:
    """A student's evasion coding as ``{number: code}``, or :class:`_Form` in words."""
    from kit.rhetoric import EVASION_CODES

    if not isinstance(answer, dict):
        raise _Form(
            f'That is {_describe(answer)}: give a dict {{sub-question number: code}}, e.g. {{1: "clear reply"}}.'
        )
    coded = {}
    for number, code in answer.items():
        whole = isinstance(number, numbers.Integral) or (isinstance(number, str) and number.strip().isdigit())
        if isinstance(number, bool) or not whole:
            raise _Form(f"{_echo(number)} is not a sub-question number: the keys are 1, 2, 3...")
        if int(number) not in numbers_asked:
            raise _Form(
                f"There is no sub-question {int(number)}: they are numbered {numbers_asked[0]} to {numbers_asked[-1]}."
            )
        if not isinstance(code, str) or code.strip() not in EVASION_CODES:
            raise _Form(f"Codes must be {', '.join(EVASION_CODES)}; sub-question {int(number)} has {_echo(code)}.")
        coded[int(number)] = code.strip()
    return coded


def _evasion_key(entry: dict) -> pd.Series:
    from kit.rhetoric import load_evasion_key

    key = load_evasion_key()
    return key[key["exchange_id"] == entry["exchange"]].set_index("number")["code"]


def _check_evasion(entry: dict, answer: object, data: object) -> tuple[str, str]:
    key = _evasion_key(entry)
    numbers_asked = [int(n) for n in key.index]
    coded = _codes(answer, numbers_asked)
    agree = [int(n) for n, code in key.items() if coded.get(int(n)) == code]
    return _evasion_result(entry, numbers_asked, agree)


def _evasion_result(entry: dict, numbers_asked: list[int], agree: list[int]) -> tuple[str, str]:
    """Right when every sub-question agrees with the key; close when at least ``close`` of them do."""
    differ = [str(n) for n in numbers_asked if n not in agree]
    if not differ:
        return "right", ""
    detail = (
        f"You agree with the key on {len(agree)} of {len(numbers_asked)}; look again at "
        f"{'sub-question' if len(differ) == 1 else 'sub-questions'} {', '.join(differ)}."
    )
    return ("close" if len(agree) >= float(entry.get("close", 1.0)) * len(numbers_asked) else "wrong"), detail


def _share(value: object, name: str) -> float:
    if value is None:
        raise _Form(f'Your dict has no {name!r}: give {{"precision": p, "recall": r}}.')
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isnan(float(value)):
        return math.nan  # no flagged (or no true) sentence: the share is undefined, and nan says so
    share = _number(value)
    if not 0 <= share <= 1:
        raise _Form(f"Your {name} is {share:g}: give it as a share between 0 and 1 (0.5, not 50).")
    return share


def _check_precision_recall(entry: dict, answer: object, data: object) -> tuple[str, str]:
    from kit.rhetoric import precision_recall

    if data is None:
        raise _Form("Pass your labelled sample as data= so the check can count with you.")
    if not isinstance(data, pd.DataFrame):
        raise _Form(f"data= is {_describe(data)}; pass your labelled sample, a DataFrame.")
    missing = [c for c in ("flagged", "label") if c not in data.columns]
    if missing:
        raise _Form(
            f"Your labelled frame has no {' or '.join(repr(c) for c in missing)} "
            f"{'column' if len(missing) == 1 else 'columns'}: pass the sample with your labels (labeller.labelled)."
        )
    if not isinstance(answer, dict):
        raise _Form(f'That is {_describe(answer)}: give a dict {{"precision": p, "recall": r}}.')
    given = {k: _share(answer.get(k), k) for k in ("precision", "recall")}
    try:
        truth = precision_recall(data)
    except (TypeError, ValueError):
        raise _Form("The label column must hold True, False or None (not labelled yet).") from None
    if truth["unlabelled"]:
        return "close", f"{_plural(truth['unlabelled'], 'sentence has', 'sentences have')} no label yet."
    wrong = [k for k in ("precision", "recall") if not _same(given[k], truth[k])]
    if not wrong:
        return "right", ""
    swapped = _same(given["precision"], truth["recall"]) and _same(given["recall"], truth["precision"])
    if wrong == ["precision", "recall"] and swapped:
        return (
            "wrong",
            "You swapped them: precision divides by what the detector flagged, recall by what you say is true.",
        )
    counts = (
        f"Your labels give {_plural(truth['true_positives'], 'true positive')}, "
        f"{_plural(truth['false_positives'], 'false positive')} and {_plural(truth['false_negatives'], 'false negative')}."
    )
    verb = "does" if len(wrong) == 1 else "do"
    return "wrong", f"Your {' and '.join(wrong)} {verb} not follow from your labels. {counts}"


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= 0.01


def _mistake(entry: dict, answer: object) -> dict | None:
    """The first likely mistake in the exercise file that the answer matches, if any."""
    for mistake in entry.get("mistake", []):
        if _matches(entry, mistake, answer):
            return mistake
    return None


def _matches(entry: dict, mistake: dict, answer: object) -> bool:
    kind, expected = entry["kind"], mistake["answer"]
    if kind in ("number", "range"):
        value = _number(answer)
        if isinstance(expected, list):
            return float(expected[0]) <= value <= float(expected[1])
        return abs(value - float(expected)) <= float(mistake.get("tolerance", entry.get("tolerance", 0)))
    if kind == "text":
        return _norm(answer) == _norm(expected)
    if kind == "set":
        return {_norm(a) for a in _items(answer)} == {_norm(a) for a in expected}
    if kind == "evasion":
        coded = _codes(answer, [int(n) for n in _evasion_key(entry).index])
        return all(coded.get(int(n)) == code for n, code in expected.items())
    return False


_CHECKS = {
    "number": _check_number,
    "range": _check_range,
    "text": _check_text,
    "set": _check_set,
    "evasion": _check_evasion,
    "precision_recall": _check_precision_recall,
}
