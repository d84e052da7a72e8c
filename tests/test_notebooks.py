"""The notebooks follow the kit's conventions, and the course around them holds together.

nbval (in the same run) executes the notebooks. These tests read them: short calls into
kit, a title and contents first, objectives a teacher can assess with the time and the
prerequisites, every exercise shown, worked and checked (a written one saved), the pandas
an exercise needs shown first in a worked example, discussion questions, links into the
glossary that resolve, and a rubric that agrees with the exercise file.
"""

from __future__ import annotations

import ast
import json
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "GLOSSARY.md"
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
    assert names[:7] == [
        "00-start-here",
        "01-reading-a-transcript",
        "02-rhetoric",
        "03-topic-coverage",
        "04-duplicated-exchange",
        "05-your-own-transcript",
        "06-two-sides-of-one-summit",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path: Path) -> None:
    for cell in code(path):
        assert cell["outputs"] == [] and cell["execution_count"] is None, cell["text"][:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_cells_are_short_calls_into_kit(path: Path) -> None:
    for cell in code(path):
        text = cell["text"]
        assert not re.search(r"^\s*(def|class|lambda)\b|\blambda\b", text, re.M), (
            f"define things in kit, not in {path.name}"
        )
        imports = re.findall(r"^\s*(?:import|from)\s+(\S+)", text, re.M)
        assert set(imports) <= {"kit"}, f"{path.name} imports {imports}"
        if "widget-test" not in cell["tags"]:
            lines = [line for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
            assert len(lines) <= 3, f"{path.name}: a cell of {len(lines)} lines: {text[:80]!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_frame_is_named_like_the_function_that_made_it(path: Path) -> None:
    """``sample = kit.rhetoric.sample(...)`` hides the function behind the frame: name the frame for what it holds."""
    for cell in code(path):
        for name, function in re.findall(r"^\s*(\w+)\s*=\s*kit\.[\w.]*?\b(\w+)\(", cell["text"], re.M):
            assert name != function, f"{path.name}: {name} = ...{function}(...)"


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


def exercise_table() -> dict[str, dict]:
    with open(ROOT / "data" / "exercises.toml", "rb") as file:
        return {entry["id"]: entry for entry in tomllib.load(file)["exercise"]}


def shown_exercises(path: Path) -> list[str]:
    return [m.group(1) for cell in code(path) if (m := re.match(r'kit\.exercises\.show\("([^"]+)"\)', cell["text"]))]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_every_exercise_is_show_solution_check(path: Path) -> None:
    """Show, worked solution (with a stub), check; a written exercise's third cell saves the response."""
    table = exercise_table()
    sources = code(path)
    shown = [i for i, cell in enumerate(sources) if cell["text"].startswith("kit.exercises.show(")]
    kinds = [table[ex]["kind"] for ex in shown_exercises(path)]
    assert kinds.count("written") >= 1, f"{path.name} asks for no written interpretation"
    assert len(kinds) - kinds.count("written") >= 1, f"{path.name} has no exercise with a check"
    if path.stem != "05-your-own-transcript":  # a workshop on the student's own file
        assert 3 <= len(shown) <= 6, f"{path.name} has {len(shown)} exercises (three to six: docs/INSTRUCTORS.md)"
    for i in shown:
        exercise = re.match(r'kit\.exercises\.show\("([^"]+)"\)', sources[i]["text"]).group(1)
        solution, check = sources[i + 1], sources[i + 2]
        variable = answer_variable(exercise)
        assigns = re.compile(rf"^{variable}\s*=", re.M)
        assert "solution" in solution["tags"] and assigns.search(solution["text"]), f"the solution sets {variable}"
        assert assigns.search(solution["metadata"]["kit"]["stub"]), "a solution needs a stub for the student copy"
        verb = "respond" if table[exercise]["kind"] == "written" else "check"
        assert re.match(rf'kit\.exercises\.{verb}\("{exercise}", {variable}\b', check["text"]), (
            f"{path.name}: each {verb} reads its own exercise's variable, so re-running it out of order "
            f"never reads another exercise's answer: {check['text']!r}"
        )
        if verb == "respond":  # the student writes between empty triple quotes: nothing is saved until they do
            stub = solution["metadata"]["kit"]["stub"]
            assert re.match(rf'{variable} = """\s*"""', stub), (
                f"{exercise}: a written exercise's stub is an empty text: {stub!r}"
            )


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_the_notebook_of_the_students_own_transcript_checks_what_the_kit_computes_on_it(path: Path) -> None:
    """Notebook 05 has no answer key: its checked exercises count with the student's own data."""
    if path.stem != "05-your-own-transcript":
        return
    table = exercise_table()
    checked = [ex for ex in shown_exercises(path) if table[ex]["kind"] != "written"]
    assert checked and all(table[ex]["kind"] == "precision_recall" for ex in checked)
    checks = [c["text"] for c in code(path) if c["text"].startswith("kit.exercises.check(")]
    assert all("data=" in c for c in checks), "each check counts with the student's own labels"


def answer_variable(exercise: str) -> str:
    """The variable a notebook keeps an exercise's answer in: 02-killer -> answer_killer."""
    return "answer_" + exercise.split("-", 1)[1].replace("-", "_")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_two_exercises_share_an_answer_variable(path: Path) -> None:
    assigned = [
        m
        for cell in code(path)
        if "solution" in cell["tags"]
        for m in re.findall(r"^(answer\w*)\s*=", cell["text"], re.M)
    ]
    assert len(assigned) == len(set(assigned)), f"{path.name}: {assigned}"
    checks = [cell["text"] for cell in code(path) if cell["text"].startswith("kit.exercises.check(")]
    assert not [c for c in checks if re.search(r",\s*answer\s*[,)]", c)], (
        "a check of the bare `answer` picks up whichever exercise ran last"
    )


def _widgets_made(text: str) -> set[str]:
    """Names a cell binds to a new kit.widgets view (``x = kit.widgets.View(...)``, or several at once)."""
    made = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Assign):
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            targets = [
                t for target in node.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])
            ]
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


# --- the course around the notebooks ------------------------------------------------------

#: pandas steps a notebook teaches: an exercise whose solution uses one needs a worked
#: example of it first (in a cell that is not a solution, earlier in the course).
TAUGHT = ("sort_values", "groupby", "dropna", "unique", "duplicated", "query", "item", "min", "iloc", "loc", "head")


def _steps(text: str) -> set[str]:
    return {step for step in TAUGHT if re.search(rf"\.{step}\b", text)}


def test_the_pandas_an_exercise_needs_is_shown_first() -> None:
    seen: set[str] = set()
    for path in NOTEBOOKS:
        for cell in code(path):
            if "solution" in cell["tags"]:
                missing = _steps(cell["text"]) - seen
                assert not missing, (
                    f"{path.name}: {cell['text'][:70]!r} uses {sorted(missing)} before a worked example shows it"
                )
            elif "widget-test" not in cell["tags"]:
                seen |= _steps(cell["text"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_opens_with_objectives_time_and_prerequisites(path: Path) -> None:
    first = cells(path)[0]["text"]
    for part in ("**Objectives.**", "**Time:**", "**Prerequisites:**"):
        assert part in first, f"{path.name}'s first cell lacks {part}"
    assert re.search(r"\d+ minutes in class", first), "the time, in minutes in class and at home (tests/test_plan.py)"
    if path in LESSONS:  # each objective is assessed by an exercise, and each exercise assesses one
        objectives = first.split("**Objectives.**")[1].split("**Time:**")[0]
        headings = re.findall(r"^### Exercise (\d+)", "\n".join(c["text"] for c in cells(path)), re.M)
        named = set(re.findall(r"Exercise (\d+)", objectives))
        assert named == set(headings), (
            f"{path.name}: objectives name exercises {sorted(named)}, the notebook has {headings}"
        )
        assert len(headings) == len(shown_exercises(path)), f"{path.name}: one '### Exercise N' heading per exercise"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lessons_end_with_discussion_questions(path: Path) -> None:
    discuss = next((c["text"] for c in cells(path) if re.search(r"^## \d+\. Discuss", c["text"], re.M)), "")
    questions = re.findall(r"^- .*\?$", discuss.split("## ", 2)[1] if discuss else "", re.M)
    assert len(questions) >= 3, f"{path.name} needs a Discuss section with questions"


GLOSSARY_TERMS = [
    "metadiscourse",
    "booster",
    "hedge",
    "regular-expression",
    "dirichlet-prior",
    "z-score",
    "log-odds",
    "minhash",
    "lsh-buckets",
    "jaccard-similarity",
    "n-gram",
    "kwic",
    "precision-and-recall",
    "turn",
    "exchange",
    "sub-question",
    "evasion",
    "threshold",
    "topic-dictionary",
    "dataframe",
    "query",
    "groupby",
    "missing-value",
    "reading-mark",
]


def test_the_glossary_explains_the_jargon() -> None:
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', GLOSSARY.read_text(encoding="utf-8")))
    assert set(GLOSSARY_TERMS) <= anchors, sorted(set(GLOSSARY_TERMS) - anchors)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_links_into_the_glossary_and_every_link_resolves(path: Path) -> None:
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', GLOSSARY.read_text(encoding="utf-8")))
    text = "\n".join(c["text"] for c in cells(path) if c["cell_type"] == "markdown")
    links = re.findall(r"\]\(\.\./docs/GLOSSARY\.md(?:#([^)]*))?\)", text)
    assert links, f"{path.name} never links to the glossary"
    assert not [a for a in links if a and a not in anchors], (
        f"{path.name}: links to no entry: {[a for a in links if a and a not in anchors]}"
    )
    for doc in re.findall(r"\]\(\.\./docs/([^)#]+)", text):
        assert (ROOT / "docs" / doc).exists(), doc


def test_the_rubric_agrees_with_the_exercise_file() -> None:
    rubric = (ROOT / "docs" / "RUBRIC.md").read_text(encoding="utf-8")
    written = {ex: entry for ex, entry in exercise_table().items() if entry["kind"] == "written"}
    assert {e["notebook"] for e in written.values()} >= {p.stem for p in LESSONS}, "one written exercise per lesson"
    for exercise, entry in written.items():
        total = sum(row["points"] for row in entry["rubric"])
        assert re.search(rf"^### {exercise}: .*\({total:g} points\)$", rubric, re.M), (
            f"RUBRIC.md has no section for {exercise}"
        )
        section = rubric.split(f"### {exercise}:")[1].split("\n### ")[0]
        for row in entry["rubric"]:
            assert f"| {row['criterion']} | {row['points']:g} |" in section, f"{exercise}: {row['criterion']!r}"
        assert entry.get("model") and entry.get("min_words") and entry.get("max_words"), exercise


def test_the_lesson_plan_covers_every_notebook() -> None:
    plan = (ROOT / "docs" / "LESSON_PLAN.md").read_text(encoding="utf-8")
    sessions = re.findall(r"^### Session (\d+)", plan, re.M)
    assert 4 <= len(sessions) <= 6 and sessions == [str(n) for n in range(1, len(sessions) + 1)]
    for path in NOTEBOOKS:
        assert path.stem[:2] in plan, f"the lesson plan never schedules {path.stem}"
