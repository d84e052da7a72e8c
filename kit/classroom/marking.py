"""Marking an answer: right, close or wrong, and why.

:func:`judge` is the one place an answer is judged, with no side effects: the notebooks'
checks (:func:`kit.classroom.exercises.check`) and the gradebook
(:mod:`kit.classroom.grade`) both call it. It finds the exercise's kind in the registry
(:mod:`kit.classroom.kinds`), where each kind's check, sealing and grade sit side by side.
What it says:

* a right answer: the exercise's explanation (``why``);
* a likely mistake the exercise file names (``[[exercise.mistake]]``: the copy counted,
  the wrong speaker, a turn number for an exchange number...): that mistake's message;
* an answer of the wrong type (:class:`kit.classroom.answers.WrongForm`): what is wrong
  with it, in words;
* otherwise: close (within ``close``) or wrong, with the hint.

A sealed exercise (a student set) is judged by :func:`kit.classroom.keys.judge_sealed`,
with the same kinds and the same rules (:mod:`kit.classroom.rules`): the two say the
same, word for word.
"""

from __future__ import annotations

from kit.classroom.answers import WrongForm
from kit.classroom.keys import judge_sealed
from kit.classroom.kinds import KINDS, kind_of
from kit.classroom.rules import finish

__all__ = ["CHECKS", "judge", "likely_mistake"]

#: The check of each kind of answer with the plain keys (a written answer is saved, not checked).
CHECKS = {name: kind.check for name, kind in KINDS.items() if kind.check is not None}


def judge(entry: dict, answer: object, data: object, grading: bool = False) -> tuple[str, str, str]:
    """An answer's status, what to say about it and the explanation, with no side effects.

    Args:
        entry: the exercise, as :func:`kit.classroom.tasks.load_tasks` gives it (plain or sealed).
        answer: the student's answer (not ``None``: see :func:`kit.classroom.answers.unanswered`).
        data: the student's labelled frame, for a ``precision_recall`` exercise.
        grading: judge as the gradebook does (the kind's ``grade``: a ``precision_recall``
            exercise against the instructor's labels), not as the notebook's check does.

    Returns:
        ``(status, detail, explanation)``: status is right, close or wrong.

    >>> judge({"kind": "number", "answer": 2, "hint": "Count.", "why": "Two."}, 3, None)
    ('wrong', '3 is not it. Count.', 'Two.')
    """
    if entry.get("sealed"):
        return judge_sealed(entry, answer, data)
    kind = kind_of(entry)
    try:
        status, detail = kind.graded(entry, answer, data) if grading else kind.check(entry, answer, data)  # type: ignore[misc]
        mistake = None if status == "right" else likely_mistake(entry, answer)
        status, detail = finish(entry, status, detail, mistake)
    except WrongForm as problem:
        status, detail = "wrong", str(problem)
    return status, detail, entry.get("why", "")


def likely_mistake(entry: dict, answer: object) -> dict | None:
    """The first likely mistake in the exercise file that the answer matches, if any.

    Args:
        entry: the exercise, with its plain key and its ``mistake`` tables.
        answer: the student's answer.

    Returns:
        The ``[[exercise.mistake]]`` table, or None.

    >>> likely_mistake({"kind": "number", "answer": 2, "mistake": [{"answer": 4, "why": "The copy too."}]}, 4)
    {'answer': 4, 'why': 'The copy too.'}
    """
    matches = kind_of(entry).matches
    for mistake in entry.get("mistake", []):
        if matches is not None and matches(entry, mistake, answer):
            return mistake
    return None
