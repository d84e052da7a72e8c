"""The rules every kind of answer shares: what counts as close, a tolerance, a count, and what each status says.

The checks with the plain keys and with the sealed ones (:mod:`kit.classroom.kinds`) take
every message and rule from here, so the two say the same, word for word.
"""

from __future__ import annotations

from kit.classroom.answers import echo
from kit.words import plural

__all__ = [
    "finish",
    "is_count",
    "tolerance",
    "answer_result",
    "mistake_status",
    "set_result",
    "evasion_close",
    "evasion_result",
    "canonical_items",
    "canonical_codes",
    "assessment",
    "policy",
]


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


def canonical_items(items: list[str]) -> str:
    """A set of normalised items as one token (sorted, once each): what a right set answer is sealed as.

    Args:
        items: normalised items.

    Returns:
        The token.

    >>> canonical_items(["rt", "cnn", "rt"]) == canonical_items(["cnn", "rt"])
    True
    """
    return "\x1f".join(sorted(set(items)))


def canonical_codes(coded: dict[int, str]) -> str:
    """An evasion coding as one token (``1=clear reply;2=...``): what a right coding is sealed as.

    Args:
        coded: ``{sub-question number: code}``.

    Returns:
        The token.

    >>> canonical_codes({2: "ambivalent", 1: "clear reply"})
    '1=clear reply;2=ambivalent'
    """
    return ";".join(f"{n}={coded[n]}" for n in sorted(coded))


def assessment(entry: dict) -> str:
    """Whether an exercise counts for the grade (``"summative"``, the default) or is practice (``"formative"``).

    Args:
        entry: an exercise, as :func:`kit.classroom.tasks.load_tasks` gives it.

    Returns:
        ``"summative"`` or ``"formative"``; a written exercise is always summative.

    >>> assessment({"kind": "number"}), assessment({"kind": "number", "assess": "formative"})
    ('summative', 'formative')
    """
    return "summative" if entry["kind"] == "written" else entry.get("assess", "summative")


def policy(entry: dict) -> str:
    """Which recorded answer the grade takes: the exercise's ``attempts``, ``"best"``, ``"first_right"`` or ``"last"``.

    By default, ``"best"`` for a formative exercise (its check says right or wrong: a
    student who found the answer and kept exploring keeps it) and ``"last"`` for a
    summative one (its check says only "recorded", so the last answer is the one the
    student settled on; ``best`` there would let a student record every candidate and
    keep the right one).

    Args:
        entry: an exercise, as :func:`kit.classroom.tasks.load_tasks` gives it.

    Returns:
        The policy.

    >>> policy({"kind": "number", "assess": "formative"}), policy({"kind": "number"})
    ('best', 'last')
    >>> policy({"kind": "number", "attempts": "first_right"})
    'first_right'
    """
    return entry.get("attempts") or ("best" if assessment(entry) == "formative" else "last")
