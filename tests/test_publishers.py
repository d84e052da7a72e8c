"""Transcripts from other publishers (../shared/corpus/publishers): the kit reads each layout right.

63 real transcripts in five layouts (White House briefings and press conferences, Supreme
Court arguments as oyez.org shows them, congressional hearings, a CNN transcript) with a
silver list of their turns: where each starts, who speaks, whether that side asks or
answers. The figures are the ones the sample's own ``measure.py`` prints, measured here
on the kit's public frames; the tests skip where ``../shared`` is absent.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import lru_cache

import pytest

import kit
from tests.conftest import SHARED_CORPUS, needs_shared

pytestmark = needs_shared

PUBLISHERS = SHARED_CORPUS / "publishers"
#: Title words a speaker key leaves out, so that "MS. JEAN-PIERRE" and "Karine Jean-Pierre" compare equal.
_TITLES = frozenset(
    "mr mrs ms miss dr sir dame the hon rt madam lord lady president vice prime minister secretary ambassador "
    "admiral general attorney senator governor chief justice chair chairman director deputy press acting "
    "administrator jr sr ii iii".split()
)


def _key(name: str) -> str:
    """The last word of a name that is not a title, lower case; an unnamed journalist is 'q'."""
    low = (name or "").lower()
    if low in ("q", "question") or "unnamed" in low:
        return "q"
    low = re.sub(r"\([^)]*\)|,\s*(jr|sr)\b.*", " ", low).split(",")[0]
    words = [w.strip("'’-.") for w in re.findall(r"[a-zà-ÿ][a-zà-ÿ'’\-.]*", low)]
    kept = [w for w in words if w not in _TITLES]
    return (kept or words or [""])[-1]


@lru_cache(maxsize=1)
def figures() -> dict[str, dict[str, int]]:
    """Per folder: silver turns found, words under the wrong speaker, questions typed, answerers made askers."""
    silver: dict[str, list[dict]] = defaultdict(list)
    with open(PUBLISHERS / "silver_turns.csv", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            silver[row["file"]].append(row)
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, rows in silver.items():
        p = per[name.split("/")[0]]
        path = PUBLISHERS / name
        lines = path.read_text(encoding="utf-8").split("\n")
        turns = kit.read_transcript(path).turns
        at = {first: k for k, first in enumerate(turns["first_line"])}
        owner: dict[int, tuple[str, bool]] = {}
        for first, last, speaker, role in zip(
            turns["first_line"], turns["last_line"], turns["speaker"], turns["role"], strict=True
        ):
            asks = role in kit.schema.ASKING_ROLES
            for line in range(first, last + 1):
                owner[line] = ("q" if asks and "unnamed" in speaker.lower() else _key(speaker), asks)
        for row in rows:
            first, last, key = int(row["first_line"]), int(row["last_line"]), _key(row["speaker"])
            p["turns"] += 1
            p["found"] += first in at
            for line in range(first, last + 1):
                words = len(re.findall(r"\w+", lines[line - 1]))
                got = owner.get(line)
                p["words"] += words
                if got is None or got[0] != key and not (key == "q" and got[1]):
                    p["wrong"] += words
            k = at.get(first)
            if row["side"] == "answer":
                p["answering"] += 1
                p["flipped"] += k is not None and turns["role"].iloc[k] in kit.schema.ASKING_ROLES
            elif row["side"] == "ask" and row["has_question"] == "1":
                p["questions"] += 1
                p["typed"] += k is not None and turns["kind"].iloc[k] in ("question", "follow_up")
    return per


FOLDERS = ["cnn_transcript", "hearing_irancontra", "scotus_oyez", "wh_briefing", "wh_pressconf"]


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_layout_is_read_within_two_points_of_the_bars(folder):
    p = figures()[folder]
    assert p["found"] / p["turns"] >= 0.97, p  # turn recall, bar 99% overall
    assert p["wrong"] / p["words"] <= 0.03, p  # words under the wrong speaker, bar 1% overall
    assert p["typed"] / p["questions"] >= 0.93, p  # asking-side questions typed question or follow_up
    assert p["flipped"] / p["answering"] <= 0.03, p  # answering-side turns given an asking role


def test_all_publishers_together_meet_the_bars():
    total: dict[str, int] = defaultdict(int)
    for p in figures().values():
        for name, value in p.items():
            total[name] += value
    assert total["found"] / total["turns"] >= 0.99, total
    assert total["wrong"] / total["words"] <= 0.01, total
    assert total["typed"] / total["questions"] >= 0.95, total
    assert total["flipped"] / total["answering"] <= 0.01, total
