"""Marking an answer with the plain keys: right, close or wrong, and why.

:func:`judge` is the one place an answer is judged, with no side effects: the notebooks'
checks (:func:`kit.classroom.exercises.check`) and the gradebook
(:mod:`kit.classroom.grade`) both call it. What it says:

* a right answer: the exercise's explanation (``why``);
* a likely mistake the exercise file names (``[[exercise.mistake]]``: the copy counted,
  the wrong speaker, a turn number for an exchange number...): that mistake's message;
* an answer of the wrong type (:class:`kit.classroom.answers.WrongForm`): what is wrong
  with it, in words;
* otherwise: close (within ``close``) or wrong, with the hint.

A sealed exercise (a student set) is judged by :func:`kit.classroom.keys.judge_sealed`,
which finds where an answer falls by lookups and takes every message and rule from here:
the two say the same, word for word.
"""

from __future__ import annotations

import math
import numbers

import pandas as pd

from kit.classroom.answers import (
    WrongForm,
    as_codes,
    as_items,
    as_number,
    as_text,
    describe_answer,
    echo,
    normalise_answer,
)
from kit.words import plural

__all__ = ["CHECKS", "judge", "finish", "answer_result", "set_result", "evasion_result", "check_precision_recall"]
__all__ += ["grade_precision_recall"]
__all__ += ["is_count", "tolerance", "mistake_status", "evasion_close"]  # rules the sealed check shares


def judge(entry: dict, answer: object, data: object, grading: bool = False) -> tuple[str, str, str]:
    """An answer's status, what to say about it and the explanation, with no side effects.

    Args:
        entry: the exercise, as :func:`kit.classroom.tasks.load_tasks` gives it (plain or sealed).
        answer: the student's answer (not ``None``: see :func:`kit.classroom.answers.unanswered`).
        data: the student's labelled frame, for a ``precision_recall`` exercise.
        grading: judge as the grade does (a ``precision_recall`` exercise against the
            instructor's labels, :func:`grade_precision_recall`), not as the check does.

    Returns:
        ``(status, detail, explanation)``: status is right, close or wrong.

    >>> judge({"kind": "number", "answer": 2, "hint": "Count.", "why": "Two."}, 3, None)
    ('wrong', '3 is not it. Count.', 'Two.')
    """
    if entry.get("sealed"):
        from kit.classroom.keys import judge_sealed

        return judge_sealed(entry, answer, data)
    try:
        check = grade_precision_recall if grading and entry["kind"] == "precision_recall" else CHECKS[entry["kind"]]
        status, detail = check(entry, answer, data)
        mistake = None if status == "right" else _mistake(entry, answer)
        status, detail = finish(entry, status, detail, mistake)
    except WrongForm as problem:
        status, detail = "wrong", str(problem)
    return status, detail, entry.get("why", "")


def finish(entry: dict, status: str, detail: str, mistake: dict | None) -> tuple[str, str]:
    """The status and detail once a likely mistake (or, for a plain wrong answer, the hint) is added.

    Args:
        entry: the exercise.
        status: right, close or wrong, from the check of its kind.
        detail: what that check said.
        mistake: the likely mistake the answer matches, if any.

    Returns:
        ``(status, detail)``: the mistake's status and message, or the hint after a wrong answer.
    """
    if mistake is not None:
        status = mistake_status(mistake)
        detail = f"{detail} {mistake['why']}" if entry["kind"] in ("set", "evasion") else mistake["why"]
    elif status == "wrong":
        detail = f"{detail} {entry['hint']}"
    return status, detail


def is_count(entry: dict) -> bool:
    """Whether a number exercise's answer is a count (a whole answer, a whole tolerance): 2.5 is then refused.

    Args:
        entry: a ``number`` exercise.

    Returns:
        ``True`` for a count.

    >>> is_count({"answer": 2}), is_count({"answer": 2, "tolerance": 0.5}), is_count({"answer": 0.25})
    (True, False, False)
    """
    return isinstance(entry["answer"], int) and tolerance(entry).is_integer()


def tolerance(entry: dict, mistake: dict | None = None) -> float:
    """How far from the answer a number still counts: the exercise's ``tolerance``, default 0.

    Args:
        entry: a ``number`` exercise.
        mistake: one of its likely mistakes, which may name a ``tolerance`` of its own (else the exercise's).

    Returns:
        The tolerance, as a float.
    """
    return float((mistake or {}).get("tolerance", entry.get("tolerance", 0)))


def answer_result(entry: dict, answer: object, found: str | None) -> tuple[str, str]:
    """The status and detail of a number, range or text answer, from where the check found it.

    Args:
        entry: the exercise (``number``, ``range`` or ``text``).
        answer: the student's answer, echoed in the detail.
        found: ``"right"``, ``"close"`` (within the ``close`` band) or ``None`` (neither).

    Returns:
        ``(status, detail)``; the exercise's ``close_why``, if any, is the detail of a close answer.

    >>> answer_result({"kind": "number"}, 3, None)
    ('wrong', '3 is not it.')
    """
    if found == "right":
        return "right", ""
    if found == "close":
        if entry["kind"] == "range":
            return "close", entry.get("close_why", "It works on this file, but with little room to spare.")
        near = f"{echo(answer)} is near the answer, but not it: check what you counted against the task."
        return "close", entry.get("close_why", near)
    if entry["kind"] == "range":
        return "wrong", f"{echo(answer)} is outside the range that works."
    return "wrong", f"{echo(answer)} is not it."


def mistake_status(mistake: dict) -> str:
    """The status a likely mistake gives an answer: its ``status``, default wrong.

    Args:
        mistake: an ``[[exercise.mistake]]`` table.

    Returns:
        ``"wrong"`` or ``"close"``.
    """
    return mistake.get("status", "wrong")


def _check_number(entry: dict, answer: object, data: object) -> tuple[str, str]:
    gap = abs(as_number(answer, whole=is_count(entry)) - float(entry["answer"]))
    found = "right" if gap <= tolerance(entry) else "close" if gap <= float(entry.get("close", 0)) else None
    return answer_result(entry, answer, found)


def _check_range(entry: dict, answer: object, data: object) -> tuple[str, str]:
    value = as_number(answer)
    low, high = map(float, entry["answer"])
    near = entry.get("close")
    found = "right" if low <= value <= high else "close" if near and float(near[0]) <= value <= float(near[1]) else None
    return answer_result(entry, answer, found)


def _check_text(entry: dict, answer: object, data: object) -> tuple[str, str]:
    accepted = {normalise_answer(entry["answer"]), *(normalise_answer(a) for a in entry.get("accept", []))}
    return answer_result(entry, answer, "right" if normalise_answer(as_text(answer)) in accepted else None)


def _check_set(entry: dict, answer: object, data: object) -> tuple[str, str]:
    given = {normalise_answer(a) for a in as_items(answer)}
    expected = {normalise_answer(a) for a in entry["answer"]}
    return set_result(len(given), len(expected), len(given & expected))


def set_result(given: int, expected: int, common: int) -> tuple[str, str]:
    """Right, close (at least half overlap) or wrong, from the sizes of the two sets and of what they share.

    Args:
        given: how many items the student gave.
        expected: how many the key has.
        common: how many of them are in both.

    Returns:
        ``(status, detail)``, the detail counting what is missing and what does not belong.

    >>> set_result(2, 3, 2)
    ('close', '1 missing.')
    """
    if given == expected == common:
        return "right", ""
    missing, extra = expected - common, given - common
    parts = [f"{missing} missing"] if missing else []
    parts += [f"{plural(extra, 'that does', 'that do')} not belong"] if extra else []
    detail = "; ".join(parts).capitalize() + "."
    overlap = common / (given + expected - common)
    return ("close" if overlap >= 0.5 else "wrong"), detail


def _evasion_key(entry: dict) -> pd.Series:
    from kit.rhetoric import load_evasion_key

    key = load_evasion_key()
    return key[key["exchange_id"] == entry["exchange"]].set_index("number")["code"]


def _check_evasion(entry: dict, answer: object, data: object) -> tuple[str, str]:
    key = _evasion_key(entry)
    numbers_asked = [int(n) for n in key.index]
    coded = as_codes(answer, numbers_asked)
    agree = [int(n) for n, code in key.items() if coded.get(int(n)) == code]
    return evasion_result(entry, numbers_asked, agree)


def evasion_close(entry: dict) -> float:
    """The share of an evasion exercise's sub-questions that makes a coding close: its ``close``, default 1.0.

    Args:
        entry: an ``evasion`` exercise.

    Returns:
        The share; at the default, 1.0, no coding is close (one that agrees on every sub-question is right).
    """
    return float(entry.get("close", 1.0))


def evasion_result(entry: dict, numbers_asked: list[int], agree: list[int]) -> tuple[str, str]:
    """Right when every sub-question agrees with the key; close when at least ``close`` of them do.

    The detail names neither the sub-questions that differ nor how many do: that would let a
    student find the key one sub-question at a time.

    Args:
        entry: the evasion exercise (its ``close`` is a share of the sub-questions).
        numbers_asked: the exchange's sub-question numbers.
        agree: those the student coded as the key does.

    Returns:
        ``(status, detail)``.

    >>> evasion_result({"close": 0.5}, [1, 2, 3], [1, 3])
    ('close', 'Most of your codes agree with the key, not all: read each sub-question next to its answer again.')
    """
    if len(agree) == len(numbers_asked):
        return "right", ""
    if len(agree) >= evasion_close(entry) * len(numbers_asked):
        return (
            "close",
            "Most of your codes agree with the key, not all: read each sub-question next to its answer again.",
        )
    return "wrong", "Several of your codes differ from the key: read each sub-question next to its answer again."


def _share(value: object, name: str) -> float:
    if value is None:
        raise WrongForm(f'Your dict has no {name!r}: give {{"precision": p, "recall": r}}.')
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isnan(float(value)):
        return math.nan  # no flagged (or no true) sentence: the share is undefined, and nan says so
    share = as_number(value)
    if not 0 <= share <= 1:
        raise WrongForm(f"Your {name} is {share:g}: give it as a share between 0 and 1 (0.5, not 50).")
    return share


def check_precision_recall(entry: dict, answer: object, data: object) -> tuple[str, str]:
    """A precision and recall, checked against what the student's own labels give (the check's feedback).

    The grade, with the instructor's labelling, is :func:`grade_precision_recall`. At least
    ``min_labelled`` (default 1) sentences must be labelled. The detail names no count that
    makes up the answer.

    Args:
        entry: the ``precision_recall`` exercise.
        answer: ``{"precision": p, "recall": r}``.
        data: the student's labelled sample, with ``flagged`` and ``label`` columns.

    Returns:
        ``(status, detail)``; raises :class:`kit.classroom.answers.WrongForm` for an answer
        or a sample of the wrong shape.

    >>> own = pd.DataFrame({"flagged": [True, True, False], "label": [True, False, True]})
    >>> check_precision_recall({}, {"precision": 0.5, "recall": 0.5}, own)
    ('right', '')
    """
    from kit.rhetoric import precision_recall

    if data is None:
        raise WrongForm("Pass your labelled sample as data= so the check can count with you.")
    if not isinstance(data, pd.DataFrame):
        raise WrongForm(f"data= is {describe_answer(data)}; pass your labelled sample, a DataFrame.")
    missing = [c for c in ("flagged", "label") if c not in data.columns]
    if missing:
        raise WrongForm(
            f"Your labelled frame has no {' or '.join(repr(c) for c in missing)} "
            f"{'column' if len(missing) == 1 else 'columns'}: pass the sample with your labels (labeller.labelled)."
        )
    if not isinstance(answer, dict):
        raise WrongForm(f'That is {describe_answer(answer)}: give a dict {{"precision": p, "recall": r}}.')
    given = {k: _share(answer.get(k), k) for k in ("precision", "recall")}
    try:
        truth = precision_recall(data)
    except (TypeError, ValueError):
        raise WrongForm("The label column must hold True, False or None (not labelled yet).") from None
    if truth["unlabelled"]:
        return "close", f"{plural(truth['unlabelled'], 'sentence has', 'sentences have')} no label yet."
    labelled = len(data) - truth["unlabelled"]
    if labelled < int(entry.get("min_labelled", 1)):
        return "wrong", f"Label the whole sample first: {entry['min_labelled']} sentences, not {labelled}."
    return _compare_shares(given, truth, "your labels")


def grade_precision_recall(entry: dict, answer: object, data: object) -> tuple[str, str]:
    """A precision and recall as graded: against the instructor's ``labels`` of the sample when the exercise has them.

    With ``labels`` (``[sentence_id, flagged, label]`` rows) the figures must be those labels'
    figures, whatever the student's frame holds: a forged labelling earns nothing. Without
    them, as :func:`check_precision_recall` (the student's own labels, ``min_labelled`` of them).

    Args:
        entry: the ``precision_recall`` exercise.
        answer: ``{"precision": p, "recall": r}``.
        data: the student's labelled sample (used only without ``labels``).

    Returns:
        ``(status, detail)``.

    >>> rows = [[1, True, True], [2, True, False], [3, False, False], [4, False, True]]
    >>> forged = pd.DataFrame({"flagged": [True], "label": [True]})
    >>> grade_precision_recall({"labels": rows}, {"precision": 1.0, "recall": 1.0}, forged)[0]
    'wrong'
    >>> grade_precision_recall({"labels": rows}, {"precision": 0.5, "recall": 0.5}, forged)[0]
    'right'
    """
    from kit.rhetoric import precision_recall

    if not entry.get("labels"):
        return check_precision_recall(entry, answer, data)
    if not isinstance(answer, dict):
        raise WrongForm(f'That is {describe_answer(answer)}: give a dict {{"precision": p, "recall": r}}.')
    given = {k: _share(answer.get(k), k) for k in ("precision", "recall")}
    rows = entry["labels"]
    truth = precision_recall(pd.DataFrame({"flagged": [r[1] for r in rows], "label": [r[2] for r in rows]}))
    return _compare_shares(given, truth, "the labelling your instructor grades with")


def _compare_shares(given: dict, truth: dict, whose: str) -> tuple[str, str]:
    """Right when both shares match; otherwise what went wrong, in words (no count that makes up the answer)."""
    wrong = [k for k in ("precision", "recall") if not _same(given[k], truth[k])]
    if not wrong:
        return "right", ""
    swapped = _same(given["precision"], truth["recall"]) and _same(given["recall"], truth["precision"])
    if wrong == ["precision", "recall"] and swapped:
        return (
            "wrong",
            "You swapped them: precision divides by what the detector flagged, recall by what you say is true.",
        )
    verb = "does" if len(wrong) == 1 else "do"
    return (
        "wrong",
        f"Your {' and '.join(wrong)} {verb} not follow from {whose}. Count again: the sentences both flagged "
        "and labelled yes, divided by all flagged (precision) or by all labelled yes (recall).",
    )


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
        value = as_number(answer)
        if isinstance(expected, list):
            return float(expected[0]) <= value <= float(expected[1])
        return abs(value - float(expected)) <= tolerance(entry, mistake)
    if kind == "text":
        return normalise_answer(answer) == normalise_answer(expected)
    if kind == "set":
        return {normalise_answer(a) for a in as_items(answer)} == {normalise_answer(a) for a in expected}
    if kind == "evasion":
        coded = as_codes(answer, [int(n) for n in _evasion_key(entry).index])
        return all(coded.get(int(n)) == code for n, code in expected.items())
    return False


#: The check of each kind of answer with the plain keys (a written answer is saved, not checked).
CHECKS = {
    "number": _check_number,
    "range": _check_range,
    "text": _check_text,
    "set": _check_set,
    "evasion": _check_evasion,
    "precision_recall": check_precision_recall,
}
