"""The notebooks follow the kit's conventions; nbval (in the same run) executes them."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
LESSONS = [n for n in NOTEBOOKS if not n.name.startswith("00-")]


def cells(path: Path) -> list[dict]:
    return [
        {**cell, "text": "".join(cell["source"]), "tags": cell.get("metadata", {}).get("tags", [])}
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]
    ]


def code(path: Path) -> list[dict]:
    return [cell for cell in cells(path) if cell["cell_type"] == "code"]


def test_there_are_lessons() -> None:
    names = [n.stem for n in NOTEBOOKS]
    assert names[:6] == [
        "00-start-here", "01-reading-a-transcript", "02-rhetoric", "03-topic-coverage", "04-duplicated-exchange",
        "05-your-own-transcript",
    ]  # fmt: skip


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path: Path) -> None:
    for cell in code(path):
        assert cell["outputs"] == [] and cell["execution_count"] is None, cell["text"][:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_cells_are_short_calls_into_kit(path: Path) -> None:
    for cell in code(path):
        text = cell["text"]
        assert not re.search(r"^\s*(def|class|lambda)\b|\blambda\b", text, re.M), f"define things in kit, not in {path.name}"
        imports = re.findall(r"^\s*(?:import|from)\s+(\S+)", text, re.M)
        assert set(imports) <= {"kit"}, f"{path.name} imports {imports}"
        if "widget-test" not in cell["tags"]:
            lines = [line for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
            assert len(lines) <= 3, f"{path.name}: a cell of {len(lines)} lines: {text[:80]!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_title_and_contents_first(path: Path) -> None:
    first = cells(path)[0]
    assert first["cell_type"] == "markdown" and first["text"].startswith("# ")
    assert "Contents" in first["text"]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lessons_draw_offline_before_the_first_chart(path: Path) -> None:
    sources = [cell["text"] for cell in code(path)]
    offline = next(i for i, s in enumerate(sources) if "kit.charts.offline()" in s)
    first_chart = next(i for i, s in enumerate(sources) if "kit.charts." in s and "offline" not in s)
    assert offline < first_chart


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lessons_end_with_a_tagged_widget_test(path: Path) -> None:
    last = code(path)[-1]
    assert "widget-test" in last["tags"]
    assert "assert" in last["text"] and ".value" in last["text"]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_every_exercise_is_show_solution_check(path: Path) -> None:
    sources = code(path)
    shown = [i for i, cell in enumerate(sources) if cell["text"].startswith("kit.exercises.show(")]
    if path.stem != "05-your-own-transcript":  # a workshop on the student's own file: no answer key
        assert 2 <= len(shown) <= 4, f"{path.name} has {len(shown)} exercises"
    for i in shown:
        exercise = re.match(r'kit\.exercises\.show\("([^"]+)"\)', sources[i]["text"]).group(1)
        solution, check = sources[i + 1], sources[i + 2]
        variable = answer_variable(exercise)
        assigns = re.compile(rf"^{variable}\s*=", re.M)
        assert "solution" in solution["tags"] and assigns.search(solution["text"]), f"the solution sets {variable}"
        assert assigns.search(solution["metadata"]["kit"]["stub"]), "a solution needs a stub for the student copy"
        assert re.match(rf'kit\.exercises\.check\("{exercise}", {variable}\b', check["text"]), (
            f"{path.name}: each check reads its own exercise's variable, so re-running it out of order "
            f"never checks another exercise's answer: {check['text']!r}"
        )


def answer_variable(exercise: str) -> str:
    """The variable a notebook keeps an exercise's answer in: 02-killer -> answer_killer."""
    return "answer_" + exercise.split("-", 1)[1].replace("-", "_")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_two_exercises_share_an_answer_variable(path: Path) -> None:
    assigned = [m for cell in code(path) if "solution" in cell["tags"] for m in re.findall(r"^(answer\w*)\s*=", cell["text"], re.M)]
    assert len(assigned) == len(set(assigned)), f"{path.name}: {assigned}"
    checks = [cell["text"] for cell in code(path) if cell["text"].startswith("kit.exercises.check(")]
    assert not [c for c in checks if re.search(r",\s*answer\s*[,)]", c)], "a check of the bare `answer` picks up whichever exercise ran last"


def _widgets_made(text: str) -> set[str]:
    """Names a cell binds to a new kit.widgets view (``x = kit.widgets.View(...)``, or several at once)."""
    made = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Assign):
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            targets = [t for target in node.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
            for target, value in zip(targets, values, strict=False):
                if isinstance(target, ast.Name) and "kit.widgets." in ast.unparse(value):
                    made.add(target.id)
    return made


@pytest.mark.parametrize("path", LESSONS + NOTEBOOKS[:1], ids=lambda p: p.stem)
def test_widget_tests_drive_their_own_copies_of_the_views(path: Path) -> None:
    """A self-test kept in a student's copy must not change a view the student is using."""
    shown = set().union(*(_widgets_made(c["text"]) for c in code(path) if "widget-test" not in c["tags"]))
    for cell in code(path):
        if "widget-test" not in cell["tags"]:
            continue
        used = {n.id for n in ast.walk(ast.parse(cell["text"])) if isinstance(n, ast.Name)}
        assert _widgets_made(cell["text"]), f"{path.name}: the widget test makes its own views"
        assert not used & shown, f"{path.name}: the widget test drives {sorted(used & shown)}, views a student is using"
