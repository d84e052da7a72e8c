"""Precision and recall of a detector, from a labelled sample: the check counts with the student's labels, the grade with the instructor's.

The student passes the labelled sample as ``data=``. The check (the notebook's feedback,
offline in a student set too: it needs no key) says whether the figures follow from the
student's own labels, and names no count that makes them up. The grade uses the
instructor's labelling of the same sample when the exercise gives ``labels``
(``[sentence_id, flagged, label]`` rows), so a forged labelling earns nothing; otherwise
the student's labels, at least ``min_labelled`` of them.
"""

from __future__ import annotations

import math
import numbers

import pandas as pd

from kit.classroom.answers import WrongForm, as_number, describe_answer
from kit.classroom.kinds.base import Kind, Sealing
from kit.words import plural

__all__ = ["KIND", "check_precision_recall", "grade_precision_recall"]


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


def _judge_sealed(entry: dict, answer: object, data: object) -> tuple[str, str, str | None]:
    return (*check_precision_recall(entry, answer, data), None)


def _seal(entry: dict, out: dict, sealing: Sealing) -> list[str]:
    if "why" in entry:
        out["why"] = entry["why"]  # no answer in it: it follows from the student's own labels
    return []


def _form(entry: dict, answer: object) -> None:
    if not isinstance(answer, dict):
        raise WrongForm(f'That is {describe_answer(answer)}: give a dict {{"precision": p, "recall": r}}.')


KIND = Kind(
    "precision_recall",
    (),
    check=check_precision_recall,
    seal=_seal,
    judge_sealed=_judge_sealed,
    form=_form,
    form_fields=lambda entry, sealing: {},
    grade=grade_precision_recall,
)
