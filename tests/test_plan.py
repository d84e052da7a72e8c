"""The lesson plan and the notebooks agree on time: minutes in class and at home, session by session.

``docs/LESSON_PLAN.md`` lists each notebook's minutes in class and at home, and the
sessions it takes, in the table under *Minutes per notebook*; each notebook's first cell
states the same (``**Time:** N minutes in class (...) and M minutes at home (...)``, or
``nothing at home``). The rule is read from the files, not written here: a notebook added to
``notebooks/`` needs a row, a session and a statement, and nothing in this file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "docs" / "LESSON_PLAN.md"
_NUMBERS = dict(
    zip("one two three four five six seven eight nine ten eleven twelve".split(), range(1, 13), strict=True)
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def rows(plan: str) -> dict[str, dict]:
    """The table under *Minutes per notebook*: notebook number -> minutes in class, at home, sessions."""
    section = plan.split("## Minutes per notebook", 1)[1].split("\n## ", 1)[0]
    table = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and (cells[0].isdigit() or cells[0] == "all"):
            first, last = (cells[3].split("–") + [cells[3]])[:2] if cells[3] else ("0", "-1")
            table[cells[0]] = {
                "class": int(cells[1]),
                "home": int(cells[2]),
                "sessions": list(range(int(first), int(last) + 1)),
            }
    return table


def sessions(plan: str) -> dict[int, int]:
    """Each ``### Session N`` of the plan -> its length: where its last row of minutes ends."""
    found = {}
    for number, body in re.findall(r"^### Session (\d+)\b.*?\n(.*?)(?=^##)", plan + "\n##", re.M | re.S):
        ends = re.findall(r"^\| *\d+[–-](\d+) *\|", body, re.M)
        found[int(number)] = int(ends[-1]) if ends else 0
    return found


def stated(first_cell: str) -> tuple[int, int] | None:
    """The minutes in class and at home a notebook's first cell states (``None`` when it states neither)."""
    time = re.search(r"\*\*Time:\*\*(.*?)(?:\*\*|\n\n|$)", first_cell, re.S)
    if not time:
        return None
    in_class = re.search(r"(\d+) minutes in class", time.group(1))
    at_home = re.search(r"(\d+) minutes at home", time.group(1))
    if not in_class or not (at_home or "nothing at home" in time.group(1)):
        return None
    return int(in_class.group(1)), int(at_home.group(1)) if at_home else 0


def problems(plan: str, notebooks: dict[str, str]) -> list[str]:
    """Where the plan and the notebooks disagree on time (none when they agree).

    Args:
        plan: the lesson plan's text.
        notebooks: each notebook's stem -> the text of its first cell.
    """
    found = []
    table, lengths = rows(plan), sessions(plan)
    unit = re.search(r"\*\*(\w+) sessions of about (\d+) minutes\*\*", plan)
    if not unit:
        return ["the plan does not open with its length (**N sessions of about M minutes**)"]
    count, minutes = _number(unit.group(1)), int(unit.group(2))
    if sorted(lengths) != list(range(1, count + 1)):
        found.append(f"the plan says {count} sessions but has ### Session {sorted(lengths)}")
    found += [f"session {n} lasts {m} minutes, not {minutes}" for n, m in lengths.items() if m != minutes]
    numbers = {stem[:2]: stem for stem in notebooks}
    found += [f"{stem}: no row in the plan's Minutes per notebook" for n, stem in numbers.items() if n not in table]
    found += [f"the plan has a row for notebook {n}, which does not exist" for n in table if n not in {*numbers, "all"}]
    for number, row in table.items():
        if number not in numbers:
            continue
        said = stated(notebooks[numbers[number]])
        if said is None:
            found.append(f"{numbers[number]}: its first cell states no **Time:** in class and at home")
        elif said != (row["class"], row["home"]):
            found.append(
                f"{numbers[number]}: states {said[0]} minutes in class and {said[1]} at home; "
                f"the plan gives {row['class']} and {row['home']}"
            )
    for session, length in lengths.items():
        given = sum(row["class"] / len(row["sessions"]) for n, row in table.items() if session in row["sessions"])
        if given != length:
            found.append(f"session {session} lasts {length} minutes; the notebooks in it take {given:g} in class")
    total = {k: sum(row[k] for n, row in table.items() if n != "all") for k in ("class", "home")}
    if "all" in table and (table["all"]["class"], table["all"]["home"]) != (total["class"], total["home"]):
        found.append(
            f"the row 'all' says {table['all']['class']} and {table['all']['home']}; the rows add up to {total}"
        )
    if total["class"] != count * minutes:
        found.append(f"the notebooks take {total['class']} minutes in class; the plan has {count} × {minutes}")
    short = re.search(r"^## (\w+) sessions of about (\d+) minutes", plan, re.M)
    if short and _number(short.group(1)) * int(short.group(2)) != total["class"]:
        found.append(f"the short plan ({short.group(0)[3:]}) is not the {total['class']} minutes in class")
    return found


def _first_cells() -> dict[str, str]:
    return {
        path.stem: "".join(json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"])
        for path in sorted((ROOT / "notebooks").glob("*.ipynb"))
    }


def test_the_notebooks_stated_times_are_the_lesson_plans() -> None:
    plan = PLAN.read_text(encoding="utf-8")
    cells = _first_cells()
    assert len(cells) >= 6 and len(rows(plan)) >= 7 and len(sessions(plan)) >= 6, "the scan reads the files"
    assert problems(plan, cells) == []


def _line(plan: str, number: str) -> str:
    return next(line for line in plan.splitlines() if line.startswith(f"| {number} |"))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda plan, cells: (plan, {**cells, "07-new-lesson": "**Time:** 50 minutes in class"}),
            "07-new-lesson: no row",
        ),
        (
            lambda plan, cells: (
                plan,
                {**cells, "03-topic-coverage": cells["03-topic-coverage"].replace("50 min", "60 min")},
            ),
            "03-topic-coverage: states 60 minutes in class and 20 at home; the plan gives 50 and 20",
        ),
        (
            lambda plan, cells: (plan.replace(_line(plan, "05"), "| 05 | 60 | 30 | 6 |"), cells),
            "session 6 lasts 50 minutes; the notebooks in it take 60 in class",
        ),
        (
            lambda plan, cells: (plan.replace("## Four sessions of about 75", "## Four sessions of about 80"), cells),
            "the short plan (Four sessions of about 80 minutes) is not the 300 minutes in class",
        ),
    ],
    ids=["new notebook without a row", "time moved", "session overfull", "short plan"],
)
def test_the_rule_catches_a_time_that_does_not_fit(change, expected: str) -> None:
    plan, cells = change(PLAN.read_text(encoding="utf-8"), _first_cells())
    assert any(expected in problem for problem in problems(plan, cells)), problems(plan, cells)


def test_a_new_notebook_fits_when_it_has_a_row_a_session_and_a_statement() -> None:
    """How a notebook 07 joins: a seventh session of 50 minutes, its row, and its first cell saying so."""
    plan = PLAN.read_text(encoding="utf-8").replace("**six sessions of about 50", "**seven sessions of about 50")
    plan = plan.replace(
        "## Minutes per notebook", "### Session 7: a new lesson\n\n| 0–50 | Notebook 07. |\n\n## Minutes per notebook"
    )
    plan = plan.replace(_line(plan, "all"), "| 07 | 50 | 20 | 7 |\n| all | 350 | 215 | |")
    plan = plan.replace("## Four sessions of about 75", "## Five sessions of about 70")
    cells = {**_first_cells(), "07-new-lesson": "**Time:** 50 minutes in class (session 7) and 20 minutes at home."}
    assert problems(plan, cells) == []
