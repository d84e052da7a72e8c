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

From the second attempt at an exercise on, every message also gives the explanation.

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
  the student's own labels give (pass them as ``data=``).

A mistake's ``answer`` is compared like an answer of its exercise's kind: a number (with
its own ``tolerance``, by default the exercise's) or ``[low, high]`` for ``number`` and
``range``; a text; a list (the same items) for ``set``; a table of codes for
``evasion``, which matches when the student's coding includes those codes.
"""

from __future__ import annotations

import html
import math
import numbers
import os
import reprlib
import tomllib
from collections import Counter
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import read_data

__all__ = ["Result", "load", "show", "check", "forget", "NOT_ANSWERED"]

NOT_ANSWERED = "not answered yet"
_SYMBOLS = {"right": "✔", "close": "≈", "wrong": "✘", NOT_ANSWERED: "…"}
#: The fields each kind of exercise needs besides id, task, hint and kind.
_NEEDS = {"number": ("answer",), "range": ("answer",), "text": ("answer",), "set": ("answer",),
          "evasion": ("exchange",), "precision_recall": ()}  # fmt: skip
_COLOURS = {"right": "#117733", "close": "#999933", "wrong": "#CC6677", NOT_ANSWERED: "#555555"}
#: The largest number a check takes seriously: nothing in a transcript counts this high.
_LARGEST = 1e12
#: How many answered checks of each exercise this session has made (see :func:`forget`).
_ATTEMPTS: Counter[tuple[str, str]] = Counter()


class _Form(Exception):
    """An answer of the wrong type or shape; the message says so in words."""


def _read(path: Path) -> dict[str, dict]:
    with open(path, "rb") as file:
        table = tomllib.load(file)
    result = {}
    for entry in table.get("exercise", []):
        name = entry.get("id", entry)
        for field in ("id", "task", "hint", "kind"):
            if field not in entry:
                raise ValueError(f"an exercise lacks {field!r}: {name}")
        if entry["kind"] not in _NEEDS:
            raise ValueError(f"exercise {name}: kind must be one of {', '.join(_NEEDS)}, not {entry['kind']!r}")
        for field in _NEEDS[entry["kind"]]:
            if field not in entry:
                raise ValueError(f"exercise {name}: a {entry['kind']} exercise needs {field!r}")
        for mistake in entry.get("mistake", []):
            if not isinstance(mistake, dict) or "answer" not in mistake or "why" not in mistake:
                raise ValueError(f"exercise {name}: each [[exercise.mistake]] needs 'answer' and 'why'")
            if mistake.get("status", "wrong") not in ("close", "wrong"):
                raise ValueError(f"exercise {name}: a mistake's status is 'close' or 'wrong', not {mistake['status']!r}")
        if name in result:
            raise ValueError(f"exercise {name} is defined twice")
        result[name] = entry
    return result


def load(path: str | PathLike[str] | None = None) -> dict[str, dict]:
    """All exercises, keyed by id (``data/exercises.toml`` unless ``path`` is given).

    >>> load()["02-killer"]["kind"]
    'number'
    """
    return read_data(path, "exercises.toml", _read)


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


@dataclass(frozen=True)
class Task:
    """An exercise's task and hint, for display in a notebook."""

    exercise: str
    task: str
    hint: str

    def __repr__(self) -> str:
        return f"Exercise {self.exercise}: {self.task}\nHint: {self.hint}"

    def _repr_html_(self) -> str:
        return (
            f'<div style="border:1px solid #88CCEE;padding:6px 10px"><b>Exercise {html.escape(self.exercise)}</b>'
            f"<p>{html.escape(self.task)}</p><details><summary>Hint</summary>{html.escape(self.hint)}</details></div>"
        )


def show(exercise: str, path: str | PathLike[str] | None = None) -> Task:
    """The task and hint of an exercise, ready to display.

    >>> show("01-first-event").task.startswith("Which document")
    True
    """
    entry = _entry(exercise, path)
    return Task(exercise, entry["task"], entry["hint"])


def check(exercise: str, answer: object, data: pd.DataFrame | None = None, path: str | PathLike[str] | None = None) -> Result:
    """Check an answer and say right, close or wrong, and why.

    Args:
        exercise: the exercise's id, e.g. ``"02-killer"``.
        answer: the student's answer; ``None`` (or empty) means not answered yet.
        data: the student's labelled frame, for a ``precision_recall`` exercise.
        path: an exercise file of your own; by default ``data/exercises.toml``.

    Returns:
        A :class:`Result`. From the second answered check of an exercise on, its
        message ends with the exercise's explanation.

    >>> forget()
    >>> check("02-killer", None).status
    'not answered yet'
    >>> check("01-first-event", 2)
    ✔ 01-first-event: right. The talks with Biden (document 2) began at 18:30, before the news conference (19:40).
    >>> check("02-killer", True).message
    'True is a yes/no value, not a number: count with len() or .sum() and give the count.'
    """
    entry = _entry(exercise, path)
    if _unanswered(answer):
        return _strict(Result(exercise, NOT_ANSWERED, "Write your answer in the cell above and run both cells again."))
    _ATTEMPTS[(str(path), exercise)] += 1
    attempt = _ATTEMPTS[(str(path), exercise)]
    try:
        status, detail = _CHECKS[entry["kind"]](entry, answer, data)
        mistake = None if status == "right" else _mistake(entry, answer)
        if mistake is not None:
            status = mistake.get("status", "wrong")
            detail = f"{detail} {mistake['why']}" if entry["kind"] in ("set", "evasion") else mistake["why"]
        elif status == "wrong":
            detail = f"{detail} {entry['hint']}"
    except _Form as problem:
        status, detail = "wrong", str(problem)
    why = entry.get("why", "")
    if status == "right":
        message = why
    elif attempt > 1 and why:
        message = f"{detail} Explanation: {why}"
    else:
        message = detail
    return _strict(Result(exercise, status, message.strip()))


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
    if os.environ.get("KIT_STRICT_CHECKS") == "1" and result.status != "right":
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


def _check_text(entry: dict, answer: object, data: object) -> tuple[str, str]:
    if not isinstance(answer, str):
        if isinstance(answer, (pd.Series, list, tuple)) and len(answer) == 1 and isinstance(list(answer)[0], str):
            raise _Form(f"That is {_describe(answer)}: give the text itself (for a column, .item()).")
        raise _Form(f"That is {_describe(answer)}; the answer is a text, in quotes.")
    accepted = {_norm(entry["answer"]), *(_norm(a) for a in entry.get("accept", []))}
    return ("right", "") if _norm(answer) in accepted else ("wrong", f"{_echo(answer)} is not it.")


def _items(answer: object) -> list:
    if isinstance(answer, str):
        raise _Form("Give a list of items, e.g. [\"a\", \"b\"], not a single text.")
    if isinstance(answer, pd.DataFrame):
        raise _Form(f"That is {_describe(answer)}: give a list of the items, e.g. sorted(set(frame[\"column\"].dropna())).")
    if isinstance(answer, dict):
        raise _Form(f"That is {_describe(answer)}: give a list of the items.")
    if isinstance(answer, (list, tuple, set, frozenset, pd.Series, pd.Index)) or type(answer).__name__ == "ndarray":
        return list(answer)  # type: ignore[arg-type]
    raise _Form(f"That is {_describe(answer)}: give a list of items, e.g. [\"a\", \"b\"].")


def _check_set(entry: dict, answer: object, data: object) -> tuple[str, str]:
    given = {_norm(a) for a in _items(answer)}
    expected = {_norm(a) for a in entry["answer"]}
    if given == expected:
        return "right", ""
    missing, extra = expected - given, given - expected
    parts = [f"{len(missing)} missing"] if missing else []
    parts += [f"{_plural(len(extra), 'that does', 'that do')} not belong"] if extra else []
    detail = "; ".join(parts).capitalize() + "."
    overlap = len(given & expected) / len(given | expected)
    return ("close" if overlap >= 0.5 else "wrong"), detail


def _codes(answer: object, numbers_asked: list[int]) -> dict[int, str]:
    """A student's evasion coding as ``{number: code}``, or :class:`_Form` in words."""
    from kit.rhetoric import EVASION_CODES

    if not isinstance(answer, dict):
        raise _Form(f"That is {_describe(answer)}: give a dict {{sub-question number: code}}, e.g. {{1: \"clear reply\"}}.")
    coded = {}
    for number, code in answer.items():
        whole = isinstance(number, numbers.Integral) or (isinstance(number, str) and number.strip().isdigit())
        if isinstance(number, bool) or not whole:
            raise _Form(f"{_echo(number)} is not a sub-question number: the keys are 1, 2, 3...")
        if int(number) not in numbers_asked:
            raise _Form(f"There is no sub-question {int(number)}: they are numbered {numbers_asked[0]} to {numbers_asked[-1]}.")
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
    coded = _codes(answer, [int(n) for n in key.index])
    agree = [n for n, code in key.items() if coded.get(int(n)) == code]
    differ = [str(n) for n in key.index if n not in agree]
    if not differ:
        return "right", ""
    detail = (
        f"You agree with the key on {len(agree)} of {len(key)}; look again at "
        f"{'sub-question' if len(differ) == 1 else 'sub-questions'} {', '.join(differ)}."
    )
    return ("close" if len(agree) >= float(entry.get("close", 1.0)) * len(key) else "wrong"), detail


def _share(value: object, name: str) -> float:
    if value is None:
        raise _Form(f"Your dict has no {name!r}: give {{\"precision\": p, \"recall\": r}}.")
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
        raise _Form(f"That is {_describe(answer)}: give a dict {{\"precision\": p, \"recall\": r}}.")
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
        return "wrong", "You swapped them: precision divides by what the detector flagged, recall by what you say is true."
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
