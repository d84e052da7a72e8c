"""Number and range answers: checked within a tolerance or a range, sealed as covers of intervals.

A ``number`` is right within ``tolerance`` of ``answer``, close within ``close``; a count
(a whole answer, a whole tolerance) refuses 2.5. A ``range`` is right within ``answer =
[low, high]``, close within ``close``. Sealed, each interval (right, close, each likely
mistake's band) is the lookups of the blocks of cells that cover it
(:func:`kit.classroom.lookups.cover`): exact for a count, at most a millionth of the
interval's width generous otherwise.
"""

from __future__ import annotations

from dataclasses import replace

from kit.classroom.answers import as_number
from kit.classroom.kinds.base import Kind, Sealing
from kit.classroom.lookups import cover, cover_cells, covering_cell
from kit.classroom.rules import answer_result, is_count, tolerance

__all__ = ["NUMBER", "RANGE", "intervals"]


def intervals(entry: dict) -> tuple[bool, tuple[float, float], tuple[float, float] | None]:
    """Whether the answer is a count, the interval that is right and the one that is close (None: no close band).

    Args:
        entry: a ``number`` or ``range`` exercise, with its plain key.

    Returns:
        ``(count, (low, high), close or None)``.

    >>> intervals({"kind": "number", "answer": 14, "close": 3})
    (True, (14.0, 14.0), (11.0, 17.0))
    """
    if entry["kind"] == "range":
        low, high = map(float, entry["answer"])
        near = entry.get("close")
        return False, (low, high), (float(near[0]), float(near[1])) if near else None
    key, allowed, close = float(entry["answer"]), tolerance(entry), float(entry.get("close", 0))
    near = (key - close, key + close) if close > allowed else None
    return is_count(entry), (key - allowed, key + allowed), near


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


def _mistake_interval(entry: dict, mistake: dict) -> tuple[float, float]:
    expected = mistake["answer"]
    if isinstance(expected, list):
        return float(expected[0]), float(expected[1])
    allowed = tolerance(entry, mistake)
    return float(expected) - allowed, float(expected) + allowed


def _matches(entry: dict, mistake: dict, answer: object) -> bool:
    low, high = _mistake_interval(entry, mistake)
    return low <= as_number(answer) <= high


def _seal(entry: dict, out: dict, sealing: Sealing) -> list[str]:
    out["whole"], right, near = intervals(entry)
    exercise = entry["id"]
    bands = {"right": cover(sealing.salt, exercise, "right", *right, out["whole"])}
    if near:
        bands["close"] = cover(sealing.salt, exercise, "close", *near, out["whole"])
    out["bands"] = bands
    return cover_cells(*right, out["whole"])[1]


def _seal_mistake(entry: dict, name: str, mistake: dict, sealing: Sealing, out: dict) -> dict:
    return {"band": cover(sealing.salt, entry["id"], name, *_mistake_interval(entry, mistake), out["whole"])}


def _whole(entry: dict) -> bool:
    return bool(entry.get("whole")) if entry["kind"] == "number" else False


def _judge_sealed(entry: dict, answer: object, data: object) -> tuple[str, str, str | None]:
    value = as_number(answer, whole=_whole(entry))
    salt, exercise, bands = entry["salt"], entry["id"], entry["bands"]
    token = covering_cell(salt, exercise, "right", bands["right"], value)
    if token is not None:
        return "right", "", token
    close = covering_cell(salt, exercise, "close", bands.get("close"), value) is not None
    return (*answer_result(entry, answer, "close" if close else None), None)


def _sealed_matches(entry: dict, name: str, mistake: dict, answer: object) -> bool:
    return covering_cell(entry["salt"], entry["id"], name, mistake["band"], as_number(answer)) is not None


def _form(entry: dict, answer: object) -> None:
    as_number(answer, whole=_whole(entry))


def _form_fields(entry: dict, sealing: Sealing) -> dict:
    return {"whole": is_count(entry)} if entry["kind"] == "number" else {}


NUMBER = Kind(
    "number",
    ("answer",),
    check=_check_number,
    matches=_matches,
    seal=_seal,
    seal_mistake=_seal_mistake,
    judge_sealed=_judge_sealed,
    sealed_matches=_sealed_matches,
    form=_form,
    form_fields=_form_fields,
)
# A range is a number checked against its low and high bounds: sealed, judged and formed alike.
RANGE = replace(NUMBER, name="range", check=_check_range)
