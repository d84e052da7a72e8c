"""Evasion codings: a ``{sub-question number: code}`` dict for one exchange, against the instructor's key.

The key is ``data/evasion_key.csv`` (the exercise's ``exchange``). Right when every
sub-question agrees; close when at least ``close`` of them do; the message names neither
which nor how many differ. A likely mistake is a table of codes the coding includes.
Sealed, one lookup per ``number=code`` of the key (and of each mistake).
"""

from __future__ import annotations

import pandas as pd

from kit.classroom.answers import WrongForm, as_codes
from kit.classroom.kinds.base import Kind, Sealing
from kit.classroom.lookups import lookup
from kit.classroom.rules import canonical_codes, evasion_close, evasion_result

__all__ = ["EVASION", "key_codes"]


def key_codes(entry: dict, evasion: pd.DataFrame | None = None) -> dict[int, str]:
    """The instructor's codes for an evasion exercise's exchange: ``{sub-question number: code}``.

    Args:
        entry: the ``evasion`` exercise (its ``exchange``).
        evasion: the evasion key (default: ``kit.rhetoric.load_evasion_key()``).

    Returns:
        The codes, in the key's order; ``ValueError`` when the key has no such exchange.

    >>> key_codes({"id": "x", "exchange": 3})[4]
    'clear non-reply'
    """
    if evasion is None:
        from kit.rhetoric import load_evasion_key

        evasion = load_evasion_key()
    rows = evasion[evasion["exchange_id"] == entry["exchange"]]
    if rows.empty:
        raise ValueError(f"exercise {entry['id']}: the evasion key has no exchange {entry['exchange']}")
    return {int(n): str(code) for n, code in zip(rows["number"], rows["code"], strict=True)}


def _check(entry: dict, answer: object, data: object) -> tuple[str, str]:
    key = key_codes(entry)
    coded = as_codes(answer, list(key))
    return evasion_result(entry, list(key), [n for n, code in key.items() if coded.get(n) == code])


def _matches(entry: dict, mistake: dict, answer: object) -> bool:
    coded = as_codes(answer, list(key_codes(entry)))
    return all(coded.get(int(n)) == code for n, code in mistake["answer"].items())


def _needs_key(sealing: Sealing, entry: dict) -> pd.DataFrame:
    if sealing.evasion is None:
        raise ValueError(f"exercise {entry['id']}: an evasion exercise needs the evasion key")
    return sealing.evasion


def _seal(entry: dict, out: dict, sealing: Sealing) -> list[str]:
    codes = key_codes(entry, _needs_key(sealing, entry))
    out["numbers"] = sorted(codes)
    out["close"] = evasion_close(entry)
    out["codes"] = sealing.lookups(entry["id"], "code", [f"{n}={c}" for n, c in codes.items()])
    return [canonical_codes(codes)]


def _seal_mistake(entry: dict, name: str, mistake: dict, sealing: Sealing, out: dict) -> dict:
    pairs = {int(n): str(c) for n, c in mistake["answer"].items()}
    return {"lookups": sealing.lookups(entry["id"], name, [f"{n}={c}" for n, c in pairs.items()])}


def _judge_sealed(entry: dict, answer: object, data: object) -> tuple[str, str, str | None]:
    numbers = entry["numbers"]
    coded = as_codes(answer, numbers)
    codes = set(entry["codes"])
    salt, exercise = entry["salt"], entry["id"]
    agree = [n for n in numbers if n in coded and lookup(salt, exercise, "code", f"{n}={coded[n]}") in codes]
    status, detail = evasion_result(entry, numbers, agree)
    return status, detail, (canonical_codes(coded) if status == "right" else None)


def _sealed_matches(entry: dict, name: str, mistake: dict, answer: object) -> bool:
    coded = as_codes(answer, entry["numbers"])
    mine = {lookup(entry["salt"], entry["id"], name, f"{n}={c}") for n, c in coded.items()}
    return set(mistake["lookups"]) <= mine


def _form(entry: dict, answer: object) -> None:
    if "numbers" not in entry:
        raise WrongForm("This exercise's sub-questions are not in the student set.")
    as_codes(answer, entry["numbers"])


def _form_fields(entry: dict, sealing: Sealing) -> dict:
    return {"numbers": sorted(key_codes(entry, _needs_key(sealing, entry)))}


EVASION = Kind(
    "evasion",
    ("exchange",),
    check=_check,
    matches=_matches,
    seal=_seal,
    seal_mistake=_seal_mistake,
    judge_sealed=_judge_sealed,
    sealed_matches=_sealed_matches,
    form=_form,
    form_fields=_form_fields,
)
