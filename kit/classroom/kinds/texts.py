"""Text and list answers: a text equal to the answer or an accepted spelling; a list with the same items.

Both are compared normalised (case folded, underscores as spaces, runs of spaces as one).
A set is close when at least half of the two lists overlap, and says how many items are
missing and how many do not belong. Sealed, a text is the lookup of each accepted
spelling; a set, one lookup per item (so the sealed check can still count).
"""

from __future__ import annotations

from kit.classroom.answers import as_items, as_text, normalise_answer
from kit.classroom.kinds.base import Kind, Sealing
from kit.classroom.lookups import lookup
from kit.classroom.rules import answer_result, canonical_items, set_result

__all__ = ["TEXT", "SET"]


def _accepted(entry: dict) -> set[str]:
    return {normalise_answer(entry["answer"]), *(normalise_answer(a) for a in entry.get("accept", []))}


def _check_text(entry: dict, answer: object, data: object) -> tuple[str, str]:
    return answer_result(entry, answer, "right" if normalise_answer(as_text(answer)) in _accepted(entry) else None)


def _matches_text(entry: dict, mistake: dict, answer: object) -> bool:
    return normalise_answer(answer) == normalise_answer(mistake["answer"])


def _seal_text(entry: dict, out: dict, sealing: Sealing) -> list[str]:
    return sorted(_accepted(entry))


def _seal_mistake_text(entry: dict, name: str, mistake: dict, sealing: Sealing, out: dict) -> dict:
    return {"lookups": sealing.lookups(entry["id"], name, [normalise_answer(mistake["answer"])])}


def _judge_text(entry: dict, answer: object, data: object) -> tuple[str, str, str | None]:
    token = normalise_answer(as_text(answer))
    if lookup(entry["salt"], entry["id"], "right", token) in entry["wraps"]:
        return "right", "", token
    return (*answer_result(entry, answer, None), None)


def _sealed_matches_text(entry: dict, name: str, mistake: dict, answer: object) -> bool:
    return lookup(entry["salt"], entry["id"], name, normalise_answer(answer)) in mistake["lookups"]


def _form_text(entry: dict, answer: object) -> None:
    as_text(answer)


def _items(answer: object) -> set[str]:
    return {normalise_answer(a) for a in as_items(answer)}


def _check_set(entry: dict, answer: object, data: object) -> tuple[str, str]:
    given, expected = _items(answer), {normalise_answer(a) for a in entry["answer"]}
    return set_result(len(given), len(expected), len(given & expected))


def _matches_set(entry: dict, mistake: dict, answer: object) -> bool:
    return _items(answer) == {normalise_answer(a) for a in mistake["answer"]}


def _seal_set(entry: dict, out: dict, sealing: Sealing) -> list[str]:
    items = sorted({normalise_answer(a) for a in entry["answer"]})
    out["items"] = sealing.lookups(entry["id"], "item", items)
    return [canonical_items(items)]


def _seal_mistake_set(entry: dict, name: str, mistake: dict, sealing: Sealing, out: dict) -> dict:
    token = canonical_items([normalise_answer(a) for a in mistake["answer"]])
    return {"lookups": sealing.lookups(entry["id"], name, [token])}


def _judge_set(entry: dict, answer: object, data: object) -> tuple[str, str, str | None]:
    given = _items(answer)
    expected = set(entry["items"])
    common = sum(lookup(entry["salt"], entry["id"], "item", g) in expected for g in given)
    status, detail = set_result(len(given), len(expected), common)
    return status, detail, (canonical_items(list(given)) if status == "right" else None)


def _sealed_matches_set(entry: dict, name: str, mistake: dict, answer: object) -> bool:
    return lookup(entry["salt"], entry["id"], name, canonical_items(list(_items(answer)))) in mistake["lookups"]


def _form_set(entry: dict, answer: object) -> None:
    as_items(answer)


TEXT = Kind(
    "text",
    ("answer",),
    check=_check_text,
    matches=_matches_text,
    seal=_seal_text,
    seal_mistake=_seal_mistake_text,
    judge_sealed=_judge_text,
    sealed_matches=_sealed_matches_text,
    form=_form_text,
    form_fields=lambda entry, sealing: {},
)
SET = Kind(
    "set",
    ("answer",),
    check=_check_set,
    matches=_matches_set,
    seal=_seal_set,
    seal_mistake=_seal_mistake_set,
    judge_sealed=_judge_set,
    sealed_matches=_sealed_matches_set,
    form=_form_set,
    form_fields=lambda entry, sealing: {},
)
