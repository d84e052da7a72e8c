"""What a student can recover from a student set offline: a search of its sealed keys, timed.

The attacker has only the student set (``python -m kit student``): its kit, its data files
and ``data/exercises.sealed.json``. No check is run, so nothing is recorded. For each
exercise the search tries what the set itself suggests: every whole number up to 5,000
and every share to three decimals (numbers and ranges, through the sealed check's own
lookups), every topic name of ``data/topics.toml`` (texts), every outlet of
``data/outlets.csv`` looked up one item at a time (sets), and every code of every
sub-question looked up one at a time (evasion). An exercise counts as recovered when a
candidate is right and unseals its explanation.

Run: ``PYTHONPATH=. python benchmarks/bench_offline_search.py`` (it builds a student set in a
temporary folder); ``tests/test_classroom.py`` runs :func:`search` on a built set and
requires that no summative answer is found.
"""

from __future__ import annotations

import csv
import json
import tempfile
import time
import tomllib
from pathlib import Path

from kit.classroom.answers import normalise_answer
from kit.classroom.keys import judge_sealed, read_sealed
from kit.classroom.lookups import lookup
from kit.rhetoric import EVASION_CODES

#: Whole numbers tried for a number exercise, and the step of the shares tried.
WHOLE, STEP = 5000, 0.001


def _numbers(entry: dict) -> list[float]:
    whole = list(range(WHOLE + 1))
    if entry["kind"] == "number" and entry.get("whole"):
        return whole
    return [round(k * STEP, 3) for k in range(int(1 / STEP) + 1)] + whole


def _recover(entry: dict, data: Path) -> object | None:
    """The answer the search finds for one sealed exercise, or None."""
    kind, salt, exercise = entry["kind"], entry["salt"], entry["id"]
    if kind in ("number", "range"):
        candidates: list[object] = _numbers(entry)
    elif kind == "text":
        candidates = list(tomllib.loads((data / "topics.toml").read_text(encoding="utf-8")))
    elif kind == "set":
        if "items" not in entry:
            return None
        with open(data / "outlets.csv", encoding="utf-8") as file:
            outlets = [row["outlet"] for row in csv.DictReader(file)]
        found = [o for o in outlets if lookup(salt, exercise, "item", normalise_answer(o)) in entry["items"]]
        candidates = [found] if found else []
    elif kind == "evasion":
        if "codes" not in entry:
            return None
        coding = {
            n: code
            for n in entry["numbers"]
            for code in EVASION_CODES
            if lookup(salt, exercise, "code", f"{n}={code}") in entry["codes"]
        }
        candidates = [coding]
    else:
        return None
    for candidate in candidates:
        status, _, why = judge_sealed(entry, candidate, None)
        if status == "right" and why:
            return candidate
    return None


def search(student_set: Path) -> dict:
    """Search every sealed exercise of a student set offline.

    Args:
        student_set: the folder ``python -m kit student`` wrote.

    Returns:
        ``{"recovered": {id: answer}, "tried": [ids], "summative": [ids], "seconds": time taken}``.
    """
    data = student_set / "data"
    table = read_sealed(data / "exercises.sealed.json")
    started = time.perf_counter()
    recovered = {}
    for exercise, entry in table.items():
        answer = _recover(entry, data)
        if answer is not None:
            recovered[exercise] = answer
    return {
        "recovered": recovered,
        "tried": sorted(e for e, entry in table.items() if entry["kind"] != "written"),
        "summative": sorted(e for e, entry in table.items() if entry.get("assess") == "summative"),
        "seconds": time.perf_counter() - started,
    }


def main() -> None:
    from kit.classroom.student import REPOSITORY, write_student_set

    with tempfile.TemporaryDirectory() as folder:
        write_student_set(REPOSITORY / "notebooks", Path(folder) / "set")
        found = search(Path(folder) / "set")
    summative = set(found["summative"]) & set(found["tried"])
    print(f"exercises with an answer to find: {len(found['tried'])} ({len(summative)} summative ones among them)")
    print(
        f"recovered offline, no check run: {len(found['recovered'])} in {found['seconds']:.2f} s: "
        f"{json.dumps(found['recovered'])}"
    )
    print(f"summative answers recovered: {len(set(found['recovered']) & summative)}")


if __name__ == "__main__":
    main()
