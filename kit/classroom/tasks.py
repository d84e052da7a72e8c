"""The exercise file: tasks, hints and answer keys in ``data/exercises.toml``, read and checked.

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

How an exercise counts, chosen by the instructor per exercise:

* ``assess``: ``"summative"`` (the default: it counts for the grade, and a student set
  carries no key for it at all: its check records the answer and says so) or
  ``"formative"`` (practice: a student set carries its key sealed, so the check says
  right, close or wrong offline, and a determined student can recover it by search;
  see ``docs/GRADING.md``);
* ``attempts``: which of a student's recorded answers the grade takes: ``"best"`` (a
  right answer at any try counts, even if the student kept exploring: the default for a
  formative exercise, whose check says right or wrong), ``"first_right"`` (the first
  right answer, its time reported) or ``"last"`` (the default for a summative exercise:
  its check says only "recorded", so the last answer is the one the student settled on,
  and ``best`` would reward recording every candidate).

A ``precision_recall`` exercise may give ``labels``, the instructor's labelling of the
sample the notebook draws, as ``[[sentence_id, flagged, label], ...]``: the grade is then
the precision and recall those labels give, not the student's own (which a student could
forge). Without it, the student's labels are counted, and ``min_labelled`` (default 1)
says how many labelled sentences the record must hold.

A likely mistake (``[[exercise.mistake]]``, with ``answer``, ``why`` and optionally
``status = "close"``) is compared like an answer of its exercise's kind: a number (with
its own ``tolerance``, by default the exercise's) or ``[low, high]`` for ``number`` and
``range``; a text; a list (the same items) for ``set``; a table of codes for
``evasion``, which matches when the student's coding includes those codes.

In a student set ``data/`` holds ``exercises.sealed.json`` (:mod:`kit.classroom.keys`)
instead of ``exercises.toml``; :func:`load_tasks` reads it, and shows no answer.
"""

from __future__ import annotations

import tomllib
from os import PathLike
from pathlib import Path

from kit._data import EXERCISES_FILE, SEALED_FILE, is_student_set
from kit._files import read_data
from kit.classroom.keys import read_sealed
from kit.classroom.kinds import KINDS as ANSWER_KINDS
from kit.classroom.rules import assessment, policy

__all__ = ["KINDS", "ASSESS", "POLICIES", "load_tasks", "find_task", "points", "assessment", "policy"]

#: How an exercise counts: for the grade, with no key in the student set (the default), or as practice.
ASSESS = ("summative", "formative")
#: Which recorded answer the grade takes (the default depends on ``assess``: :func:`kit.classroom.rules.policy`).
POLICIES = ("best", "first_right", "last")

#: The kinds of exercise, each with the fields it needs besides id, task, hint and kind (a written one: see _read).
#: The kinds themselves (check, sealing, grade) are :data:`kit.classroom.kinds.KINDS`.
KINDS = {name: kind.fields for name, kind in ANSWER_KINDS.items()}


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
        if entry["kind"] not in KINDS:
            raise ValueError(f"exercise {name}: kind must be one of {', '.join(KINDS)}, not {entry['kind']!r}")
        for field in KINDS[entry["kind"]]:
            if field not in entry:
                raise ValueError(f"exercise {name}: a {entry['kind']} exercise needs {field!r}")
        if written:
            _check_written_fields(name, entry)
        worth = entry.get("points", 1)
        if isinstance(worth, bool) or not isinstance(worth, (int, float)) or worth < 0:
            raise ValueError(f"exercise {name}: points is a number of 0 or more, not {worth!r}")
        for mistake in entry.get("mistake", []):
            if not isinstance(mistake, dict) or "answer" not in mistake or "why" not in mistake:
                raise ValueError(f"exercise {name}: each [[exercise.mistake]] needs 'answer' and 'why'")
            if mistake.get("status", "wrong") not in ("close", "wrong"):
                raise ValueError(
                    f"exercise {name}: a mistake's status is 'close' or 'wrong', not {mistake['status']!r}"
                )
        for field, allowed in (("assess", ASSESS), ("attempts", POLICIES)):
            if entry.get(field, allowed[0]) not in allowed:
                raise ValueError(
                    f"exercise {name}: {field} is {' or '.join(repr(a) for a in allowed)}, not {entry[field]!r}"
                )
        if "labels" in entry and not _labels_ok(entry["labels"]):
            raise ValueError(f"exercise {name}: labels is a list of [sentence_id, flagged, label] rows")
        if name in result:
            raise ValueError(f"exercise {name} is defined twice")
        result[name] = entry
    return result


def _labels_ok(labels: object) -> bool:
    return (
        isinstance(labels, list)
        and bool(labels)
        and all(
            isinstance(row, list)
            and len(row) == 3
            and isinstance(row[0], int)
            and isinstance(row[1], bool)
            and isinstance(row[2], bool)
            for row in labels
        )
    )


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


def load_tasks(path: str | PathLike[str] | None = None) -> dict[str, dict]:
    """All exercises, keyed by id (``data/exercises.toml`` unless ``path`` is given).

    In a student set, where ``data/`` holds only the sealed keys, the sealed exercises:
    tasks, hints and mistakes' messages, no answers.

    Args:
        path: an exercise file of your own; one ending in ``.json`` is read as a sealed file.

    Returns:
        ``{id: exercise}``, each exercise the dict of its ``[[exercise]]`` table. Raises
        ``ValueError`` for a file that lacks a field or names an unknown kind.

    >>> load_tasks()["02-killer"]["kind"]
    'number'
    """
    if path is None and is_student_set():
        return read_data(None, SEALED_FILE, read_sealed)
    if path is not None and str(path).endswith(".json"):
        return read_data(path, SEALED_FILE, read_sealed)
    return read_data(path, EXERCISES_FILE, _read)


def find_task(exercise: str, path: str | PathLike[str] | None = None) -> dict:
    """One exercise of the file, or ``KeyError`` naming the exercises there are.

    Args:
        exercise: its id, e.g. ``"02-killer"``.
        path: an exercise file of your own; by default ``data/exercises.toml``.

    Returns:
        The exercise, as :func:`load_tasks` gives it.

    >>> find_task("02-killer")["kind"]
    'number'
    """
    table = load_tasks(path)
    if exercise not in table:
        raise KeyError(f"no exercise {exercise!r}; there are {', '.join(sorted(table))}")
    return table[exercise]


def points(entry: dict) -> float:
    """What an exercise is worth: its ``points`` (default 1), or its rubric's sum for a written one.

    Args:
        entry: an exercise, as :func:`load_tasks` gives it.

    Returns:
        Its points.

    >>> points({"kind": "number"}), points({"kind": "written", "rubric": [{"points": 2}, {"points": 1.5}]})
    (1, 3.5)
    """
    if entry["kind"] == "written":
        return sum(row["points"] for row in entry.get("rubric", []))
    return entry.get("points", 1)
