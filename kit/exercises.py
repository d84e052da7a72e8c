"""Exercises: tasks, hints and answer keys live in ``data/exercises.toml``; checks live here.

A notebook shows a task with ``kit.exercises.show("02-killer")``, the student writes an
answer in the cell below (in the instructor's copy that cell holds the solution and is
tagged ``solution``), and ``kit.exercises.check("02-killer", answer)`` says whether it is
right, close or wrong, and why. An answer left as ``None`` (or empty) reports "not answered yet", so
a student notebook runs top to bottom before anything is filled in.

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
"""

from __future__ import annotations

import html
import math
import os
import tomllib
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import read_data

__all__ = ["Result", "load", "show", "check", "NOT_ANSWERED"]

NOT_ANSWERED = "not answered yet"
_SYMBOLS = {"right": "✔", "close": "≈", "wrong": "✘", NOT_ANSWERED: "…"}
#: The fields each kind of exercise needs besides id, task, hint and kind.
_NEEDS = {"number": ("answer",), "range": ("answer",), "text": ("answer",), "set": ("answer",),
          "evasion": ("exchange",), "precision_recall": ()}  # fmt: skip
_COLOURS = {"right": "#117733", "close": "#999933", "wrong": "#CC6677", NOT_ANSWERED: "#555555"}


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

    >>> check("02-killer", None).status
    'not answered yet'
    >>> check("01-first-event", 2)
    ✔ 01-first-event: right. The talks with Biden (document 2) began at 18:30, before the news conference (19:40).
    """
    entry = _entry(exercise, path)
    if answer is None or answer is Ellipsis or (isinstance(answer, (str, dict, list, set, tuple)) and not answer):
        return _strict(Result(exercise, NOT_ANSWERED, "Write your answer in the cell above and run both cells again."))
    kind = entry["kind"]
    try:
        status, detail = _CHECKS[kind](entry, answer, data)
    except (TypeError, ValueError) as error:
        return _strict(Result(exercise, "wrong", f"That answer has the wrong form: {error}."))
    why = entry.get("why", "")
    message = why if status == "right" else " ".join(p for p in (detail, entry["hint"] if status == "wrong" else "") if p)
    return _strict(Result(exercise, status, message))


def _strict(result: Result) -> Result:
    if os.environ.get("KIT_STRICT_CHECKS") == "1" and result.status != "right":
        raise AssertionError(f"KIT_STRICT_CHECKS: {result!r}")
    return result


def _entry(exercise: str, path: str | PathLike[str] | None) -> dict:
    table = load(path)
    if exercise not in table:
        raise KeyError(f"no exercise {exercise!r}; there are {', '.join(sorted(table))}")
    return table[exercise]


def _number(entry: dict, answer: object, data: object) -> tuple[str, str]:
    value = float(answer)  # type: ignore[arg-type]
    gap = abs(value - float(entry["answer"]))
    if gap <= float(entry.get("tolerance", 0)):
        return "right", ""
    if gap <= float(entry.get("close", 0)):
        return "close", "Nearly: check what you counted (with or without the copy? which speaker?)."
    return "wrong", f"{answer} is not it."


def _range(entry: dict, answer: object, data: object) -> tuple[str, str]:
    value = float(answer)  # type: ignore[arg-type]
    low, high = map(float, entry["answer"])
    if low <= value <= high:
        return "right", ""
    near = entry.get("close")
    if near and float(near[0]) <= value <= float(near[1]):
        return "close", entry.get("close_why", "It works on this file, but with little room to spare.")
    return "wrong", f"{answer} does not separate the copies from the rest."


def _norm(value: object) -> str:
    return " ".join(str(value).casefold().replace("_", " ").split())


def _text(entry: dict, answer: object, data: object) -> tuple[str, str]:
    accepted = {_norm(entry["answer"]), *(_norm(a) for a in entry.get("accept", []))}
    return ("right", "") if _norm(answer) in accepted else ("wrong", f"{answer!r} is not it.")


def _set(entry: dict, answer: object, data: object) -> tuple[str, str]:
    if isinstance(answer, str):
        raise TypeError("give a list or set of items, not a single string")
    given = {_norm(a) for a in answer}  # type: ignore[union-attr]
    expected = {_norm(a) for a in entry["answer"]}
    if given == expected:
        return "right", ""
    missing, extra = expected - given, given - expected
    detail = f"{len(missing)} missing, {len(extra)} that do not belong."
    overlap = len(given & expected) / len(given | expected)
    return ("close" if overlap >= 0.5 else "wrong"), detail


def _evasion(entry: dict, answer: object, data: object) -> tuple[str, str]:
    from kit.rhetoric import EVASION_CODES, load_evasion_key

    if not isinstance(answer, dict):
        raise TypeError("give a dict {sub-question number: code}")
    key = load_evasion_key()
    key = key[key["exchange_id"] == entry["exchange"]].set_index("number")["code"]
    unknown = {str(v) for v in answer.values()} - set(EVASION_CODES)
    if unknown:
        raise ValueError(f"codes must be {', '.join(EVASION_CODES)}; got {', '.join(sorted(unknown))}")
    agree = [n for n, code in key.items() if answer.get(n, answer.get(str(n))) == code]
    differ = [str(n) for n in key.index if n not in agree]
    if not differ:
        return "right", ""
    detail = f"You agree with the key on {len(agree)} of {len(key)}; look again at sub-question(s) {', '.join(differ)}."
    return ("close" if len(agree) >= float(entry.get("close", 1.0)) * len(key) else "wrong"), detail


def _precision_recall(entry: dict, answer: object, data: object) -> tuple[str, str]:
    from kit.rhetoric import precision_recall

    if data is None:
        raise ValueError("pass your labelled sample as data=")
    if not isinstance(answer, dict):
        raise TypeError("give a dict with 'precision' and 'recall'")
    truth = precision_recall(data)
    if truth["unlabelled"]:
        return "close", f"{truth['unlabelled']} sentences have no label yet."
    wrong = [k for k in ("precision", "recall") if not _same(answer.get(k), truth[k])]
    if not wrong:
        return "right", ""
    return "wrong", f"Your {' and '.join(wrong)} do not follow from your labels; count true and false positives again."


def _same(a: object, b: float) -> bool:
    if a is None:
        return False
    a = float(a)  # type: ignore[arg-type]
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= 0.01


_CHECKS = {
    "number": _number,
    "range": _range,
    "text": _text,
    "set": _set,
    "evasion": _evasion,
    "precision_recall": _precision_recall,
}
