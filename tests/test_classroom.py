"""Classroom delivery: the student set (stubs in, keys sealed), Binder links and set-up files, kit check."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from itertools import pairwise
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

import kit
from kit import exercises
from kit.__main__ import main
from kit._data import KEY_FILES
from kit.classroom import binder, keys, lookups, marking
from kit.classroom.kinds import numbers
from kit.classroom.student import stub_for, student_files, student_version, write_student_set
from tests.conftest import lab_command

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
sys.path.insert(0, str(ROOT / "binder"))
import lab_settings  # noqa: E402 - binder/lab_settings.py, run by postBuild and tasks.py lab


@pytest.fixture(scope="module")
def student_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A student set built once by the command line, as an instructor would."""
    out = tmp_path_factory.mktemp("student-set")
    subprocess.run([sys.executable, "-m", "kit", "student", str(out)], cwd=ROOT, check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sealed keys of the course, in a file of their own (checks read it with path=)."""
    path = tmp_path_factory.mktemp("sealed") / "exercises.sealed.json"
    path.write_bytes(student_files(NOTEBOOKS)[Path("data") / "exercises.sealed.json"])
    return path


def in_student_set(student_set: Path, code: str) -> subprocess.CompletedProcess:
    """Run Python code with the student set's own kit (as on Binder), in its notebooks folder."""
    environ = {**os.environ, "PYTHONPATH": str(student_set)}
    environ.pop("KIT_STRICT_CHECKS", None)
    environ.pop("KIT_PROGRESS_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=student_set / "notebooks", env=environ, capture_output=True, text=True
    )


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(notebook: dict) -> list[dict]:
    return [c for c in notebook["cells"] if c["cell_type"] == "code"]


def test_student_notebooks_are_written_by_nbformat(tmp_path: Path) -> None:
    write_student_set(NOTEBOOKS, tmp_path / "out")
    for path in sorted((tmp_path / "out" / "notebooks").glob("*.ipynb")):
        text = path.read_text(encoding="utf-8")
        notebook = nbformat.reads(text, as_version=4)
        nbformat.validate(notebook)
        assert text == nbformat.writes(notebook), f"{path.name} is not written as Jupyter writes notebooks"


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_a_student_copy_replaces_solutions_and_keeps_everything_else(path: Path) -> None:
    instructor = load(path)
    student = student_version(instructor)
    assert load(path) == instructor, "the instructor's notebook must not change"
    kept = [c for c in instructor["cells"] if "instructor" not in c.get("metadata", {}).get("tags", [])]
    assert len(student["cells"]) == len(kept), "every cell but the instructors' is kept"
    for before, after in zip(kept, student["cells"], strict=True):
        tags = before.get("metadata", {}).get("tags", [])
        if "solution" in tags:
            assert "".join(after["source"]) == stub_for(before)
            assert "solution" not in after["metadata"]["tags"] and "kit" not in after["metadata"]
        else:
            assert after["source"] == before["source"]
    nbformat.validate(nbformat.from_dict(student))
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code_cells(student))


def test_the_cli_writes_the_student_set_and_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    assert main(["student", str(tmp_path / "out"), "--notebooks", str(NOTEBOOKS)]) == 0
    written = sorted(p.name for p in (tmp_path / "out" / "notebooks").glob("*.ipynb"))
    assert written == sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    for name in (
        "README.md",
        "pyproject.toml",
        "binder/requirements.txt",
        "kit/classroom/exercises.py",
        "data/exercises.sealed.json",
    ):
        assert (tmp_path / "out" / name).is_file(), name
    assert (tmp_path / "out" / "binder" / "postBuild").stat().st_mode & 0o111, "postBuild stays executable"
    assert main(["student", str(NOTEBOOKS), "--notebooks", str(NOTEBOOKS)]) == 1
    assert "overwrite" in capsys.readouterr().err
    assert main(["student", str(ROOT), "--notebooks", str(NOTEBOOKS)]) == 1
    assert "overwrite" in capsys.readouterr().err
    assert main(["student", str(tmp_path / "x"), "--notebooks", str(tmp_path)]) == 1


def files_in(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if ".pytest_cache" not in p.parts and "__pycache__" not in p.parts}


def test_the_student_set_is_never_written_inside_the_instructors_repository(tmp_path: Path, capsys) -> None:
    before = files_in(ROOT / "docs")
    for inside in (ROOT / "docs", ROOT / "docs" / "new", ROOT / "tests", ROOT / "a-new-folder"):
        assert main(["student", str(inside), "--notebooks", str(NOTEBOOKS)]) != 0
        assert "outside the instructor's repository" in capsys.readouterr().err
    assert not (ROOT / "a-new-folder").exists() and not (ROOT / "docs" / "new").exists()
    assert files_in(ROOT / "docs") == before
    link = tmp_path / "link-to-docs"
    link.symlink_to(ROOT / "docs", target_is_directory=True)
    with pytest.raises(ValueError, match="outside the instructor's repository"):
        write_student_set(NOTEBOOKS, link / "set")
    assert files_in(ROOT / "docs") == before


def test_a_rebuilt_student_set_is_identical_so_it_needs_no_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_student_set(NOTEBOOKS, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_student_set(NOTEBOOKS, out)  # the salt derives from the keys: same keys, same file
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_the_cli_keeps_a_students_worked_notebook_unless_forced(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["student", str(out), "--notebooks", str(NOTEBOOKS)]) == 0
    worked = out / "notebooks" / "02-rhetoric.ipynb"
    worked.write_text(
        worked.read_text(encoding="utf-8").replace("answer_killer = None", "answer_killer = 2"), encoding="utf-8"
    )
    mine = worked.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["student", str(out), "--notebooks", str(NOTEBOOKS)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err and "02-rhetoric.ipynb" in err and "Traceback" not in err
    assert worked.read_text(encoding="utf-8") == mine, "the student's work must survive"
    assert main(["student", str(out), "--notebooks", str(NOTEBOOKS), "--force"]) == 0
    assert "answer_killer = 2" not in worked.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b'{"cells": [', "not JSON"),
        (b'{"metadata": {}}', "no list of cells"),
        (b'{"cells": [{"source": "x"}]}', "cell 1 has no cell_type"),
        ('{"cells": []}'.encode("utf-16"), "not UTF-8"),
        (b"[]", "no list of cells"),
        (b'{"cells": [{"cell_type": "code", "source": "x", "metadata": {}}]}', "says nbformat nothing"),
        (
            b'{"cells": [{"cell_type": "raw", "source": "x", "metadata": {}, "outputs": []}], "metadata": {}, '
            b'"nbformat": 4, "nbformat_minor": 5}',
            "not a valid Jupyter notebook (Additional properties are not allowed ('outputs' was unexpected))",
        ),
    ],
    ids=["truncated", "no-cells", "bad-cell", "utf16", "a-list", "no-version", "invalid-by-schema"],
)
def test_a_malformed_notebook_is_named_in_one_line_and_nothing_is_written(
    tmp_path: Path, capsys, content: bytes, says: str
) -> None:
    source = tmp_path / "notebooks"
    source.mkdir()
    (source / "01-good.ipynb").write_text(
        (NOTEBOOKS / "01-reading-a-transcript.ipynb").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (source / "02-broken.ipynb").write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "kit", "student", str(tmp_path / "out"), "--notebooks", str(source)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "02-broken.ipynb" in done.stderr and says in done.stderr
    assert not (tmp_path / "out").exists(), "nothing is written when one notebook is broken"


def test_student_notebooks_run_top_to_bottom_and_say_not_answered_yet(student_set: Path, monkeypatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(student_set))  # the kernels import the student set's own kit
    monkeypatch.delenv("KIT_STRICT_CHECKS", raising=False)
    for path in sorted((student_set / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        notebook.cells.append(nbformat.v4.new_code_cell("print(kit.__file__)"))
        NotebookClient(notebook, timeout=120, resources={"metadata": {"path": str(path.parent)}}).execute()
        checks = [c for c in notebook.cells if c.cell_type == "code" and c.source.startswith("kit.exercises.check(")]
        for cell in checks:
            shown = cell.outputs[0]["data"]["text/plain"]
            assert "not answered yet" in shown, (path.name, cell.source, shown)
        errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
        assert not errors, (path.name, errors)
        assert notebook.cells[-1].outputs[0]["text"].strip() == str(student_set / "kit" / "__init__.py")


def test_the_student_set_has_no_readable_key(student_set: Path) -> None:
    files = [p for p in student_set.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name in KEY_FILES], "the instructor's key files stay behind"
    assert not (student_set / "tests").exists() and [p.name for p in (student_set / "docs").iterdir()] == [
        "GLOSSARY.md"
    ]
    sealed_text = (student_set / "data" / "exercises.sealed.json").read_text(encoding="utf-8")
    for exercise, entry in exercises.load_tasks().items():
        secrets = [entry.get("why")] if entry["kind"] not in ("precision_recall", "written") else [entry.get("model")]
        if entry["kind"] == "text":
            secrets += [entry["answer"], *entry.get("accept", [])]
        if entry["kind"] == "set":
            secrets += [json.dumps(item) for item in entry["answer"]]
        for secret in filter(None, secrets):
            assert secret not in sealed_text, f"{exercise}: {secret!r} is readable in the student set"
    notes = kit.rhetoric.load_evasion_key()["note"]
    texts = "\n".join(
        p.read_text(encoding="utf-8") for p in files if p.suffix in (".json", ".csv", ".toml", ".md", ".ipynb")
    )
    assert not [n for n in notes if n in texts], "no note of the evasion key"
    shown = in_student_set(student_set, "import kit, json; print(json.dumps(kit.exercises.load_tasks()))")
    assert shown.returncode == 0, shown.stderr
    for exercise, entry in json.loads(shown.stdout).items():
        assert entry["sealed"] and not {"answer", "accept", "model", "mistake"} & set(entry), exercise
        assert "why" not in entry or entry["kind"] == "precision_recall", exercise


def test_the_evasion_key_refuses_in_a_student_set_and_the_check_still_works(student_set: Path) -> None:
    key = kit.rhetoric.load_evasion_key().query("exchange_id == 3").set_index("number")["code"].to_dict()
    code = (
        "import kit\n"
        "try:\n    kit.rhetoric.load_evasion_key()\nexcept kit.DataFileError as error:\n    print('refused:', error)\n"
        f"print(kit.exercises.check('02-evasion', {key!r}))\n"
        f"print(kit.exercises.check('02-evasion', { ({**key, 4: 'clear reply'})!r}))\n"
        "print(kit.exercises.check('02-evasion', {1: 'sort of'}))\n"
    )
    done = in_student_set(student_set, code)
    assert done.returncode == 0, done.stderr
    refused, right, close, form = done.stdout.splitlines()
    assert refused.startswith("refused: ") and "evasion_key.csv" in refused and "not in the student set" in refused
    assert right == close, "a summative exercise: the student set cannot tell right from close"
    assert right.startswith("⧗ 02-evasion: recorded. Recorded for your submission.")
    assert form.startswith("✘ 02-evasion: wrong. Codes must be"), "the form is still checked"


def _answers_to_try(entry: dict, geneva_key: dict) -> list[object]:
    """Right answers, every listed mistake, near misses, wrong types: what a class would type."""
    kind = entry["kind"]
    tries: list[object] = [True, "4", "four", 2.5, 10**400, float("nan"), pd.DataFrame({"a": [1]}), [1], {"a": 1}]
    tries += [
        m["answer"] for m in entry.get("mistake", []) if not isinstance(m["answer"], (list, dict)) or kind != "number"
    ]
    if kind == "number":  # a count's edges are exact; other numbers' edges may differ by a cell (next test)
        key, tolerance, close = entry["answer"], entry.get("tolerance", 0), entry.get("close", 0)
        whole = numbers.intervals(entry)[0]
        edges = [key + tolerance, key - tolerance, key + close, key - close, key + close + 1] if whole else []
        middles = [
            key + tolerance / 2,
            key - tolerance / 2,
            key + (tolerance + close) / 2,
            key - (tolerance + close) / 2,
        ]
        tries += [key, *edges, *middles, key + 1, key * 3, 0, -1, key + (close or 1) * 2]
    elif kind == "range":
        low, high = entry["answer"]
        tries += [(low + high) / 2, low + 0.01, high - 0.01, low - 0.2, high + 0.03, 0.0, 1.0, 5, 80, 100.0]
        tries += [m["answer"][0] + 1 for m in entry.get("mistake", []) if isinstance(m["answer"], list)]
    elif kind == "text":
        tries += [entry["answer"], entry["answer"].upper(), *entry.get("accept", []), "something else", ""]
    elif kind == "set":
        tries += [entry["answer"], entry["answer"][::-1], entry["answer"][:-1], [*entry["answer"], "AP"], ["AP"], []]
    elif kind == "evasion":
        tries += [
            geneva_key,
            {**geneva_key, 4: "clear reply"},
            {n: "clear reply" for n in geneva_key},
            {**geneva_key, 4: "ambivalent", 5: "ambivalent"},
            {9: "clear reply"},
            {1: "sort of"},
        ]
    return tries


def test_sealed_checks_say_what_the_plain_checks_say(sealed: Path) -> None:
    evasion = kit.rhetoric.load_evasion_key().query("exchange_id == 3").set_index("number")["code"].to_dict()
    labelled = pd.DataFrame({"flagged": [True, True, False, False], "label": [True, False, True, False]})
    compared = 0
    for exercise, entry in exercises.load_tasks().items():
        if entry["kind"] == "written":
            tries = [("A written answer of seven words here.", None), (None, None), (42, None), ("x " * 500, None)]
        elif entry["kind"] == "precision_recall":
            tries = [
                ({"precision": 0.5, "recall": 0.5}, labelled),
                ({"precision": 0.1, "recall": 0.5}, labelled),
                ({"precision": 0.5, "recall": 0.5}, None),
            ]
        else:
            tries = [(answer, None) for answer in _answers_to_try(entry, evasion)]
        summative = exercises.load_tasks(sealed)[exercise].get("assess") == "summative" and entry["kind"] != "written"
        for answer, data in tries:
            exercises.forget()
            plain = exercises.check(exercise, answer, data=data)
            exercises.forget()
            secret = exercises.check(exercise, answer, data=data, path=sealed)
            if summative and secret.status == "recorded":
                assert plain.status in ("right", "close", "wrong"), (exercise, answer)
            else:  # formative; or a summative answer of the wrong form or none, which is said the same way
                assert (secret.status, secret.message) == (plain.status, plain.message), (exercise, answer)
            compared += 1
    assert compared > 250, compared


def test_a_sealed_number_is_never_stricter_and_at_most_a_millionth_more_generous(sealed: Path) -> None:
    table = exercises.load_tasks(sealed)
    for exercise, entry in exercises.load_tasks().items():
        if entry["kind"] not in ("number", "range") or table[exercise]["assess"] != "formative":
            continue
        whole, (low, high), _ = numbers.intervals(entry)
        cell = table[exercise]["bands"]["right"]["base"] or 0
        width = max(high - low, 1)
        for i in range(-400, 401):
            value = (low + high) / 2 + i * width / 200
            if whole:
                value = round(value)
            exercises.forget()
            plain = marking.judge(entry, value, None)[0] == "right"
            secret = marking.judge(table[exercise], value, None)[0] == "right"
            assert secret or not plain, f"{exercise}: {value} is right, but the sealed key says not"
            if secret and not plain:
                assert min(abs(value - low), abs(value - high)) <= cell, (exercise, value, cell)


def test_the_explanation_is_sealed_until_the_answer_is_right(sealed: Path) -> None:
    why = exercises.load_tasks()["02-killer"]["why"]
    exercises.forget()
    first, second = (exercises.check("02-killer", n, path=sealed) for n in (50, 40))
    assert why not in first.message and why not in second.message, "no explanation after two wrong attempts"
    assert exercises.check("02-killer", 2, path=sealed).message == why
    assert lookups.decrypt(lookups.digest("a guess"), exercises.load_tasks(sealed)["02-killer"]["why_sealed"]) is None


def test_binder_link_from_a_git_remote(tmp_path: Path, capsys) -> None:
    repo = tmp_path / "press-kit"
    (repo / "binder").mkdir(parents=True)
    (repo / "binder" / "jupyter_server_config.json").write_text(
        '{"LabApp": {"default_url": "/lab/tree/notebooks/01-reading-a-transcript.ipynb"}}', encoding="utf-8"
    )
    for command in (
        ["init", "-q", "-b", "spring-course"],
        ["remote", "add", "origin", "git@github.com:school/press-kit.git"],
    ):
        subprocess.run(["git", *command], cwd=repo, check=True)
    remote, branch, top = binder.from_git(cwd=repo)
    assert (remote.owner, remote.name, branch, top) == ("school", "press-kit", "spring-course", repo)
    url = binder.binder_url(remote, branch, binder.start_notebook(top))
    assert url == (
        "https://mybinder.org/v2/gh/school/press-kit/spring-course"
        "?urlpath=lab%2Ftree%2Fnotebooks%2F01-reading-a-transcript.ipynb"
    )
    done = subprocess.run(
        [sys.executable, "-m", "kit", "binder-link", "--hub", "https://hub.example.edu"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    assert url in done.stdout and binder.badge(url) in done.stdout
    assert (
        "https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fschool%2Fpress-kit"
        in done.stdout
    )


def test_binder_link_without_a_remote_says_what_to_do(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    done = subprocess.run([sys.executable, "-m", "kit", "binder-link"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 1 and "--repo URL" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://gitlab.com/school/press-kit.git", "https://mybinder.org/v2/gl/school%2Fpress-kit/main?"),
        (
            "https://codeberg.org/school/press-kit",
            "https://mybinder.org/v2/git/https%3A%2F%2Fcodeberg.org%2Fschool%2Fpress-kit/main?",
        ),
    ],
)
def test_binder_links_for_other_hosts(url: str, expected: str) -> None:
    assert binder.binder_url(binder.parse_remote(url), "main").startswith(expected)


def test_a_bad_repository_url_is_refused() -> None:
    with pytest.raises(ValueError, match="not a repository URL"):
        binder.parse_remote("press-kit")


def test_binder_files_pin_everything_and_install_the_kit_after_the_copy() -> None:
    pins = [line.split("#")[0].strip() for line in (ROOT / "binder" / "requirements.txt").read_text().splitlines()]
    pins = [p for p in pins if p]
    assert pins and all("==" in p for p in pins), "every package at an exact version"
    assert not [p for p in pins if p.startswith(("-e", ".", "/")) or "file:" in p], (
        "repo2docker installs this before the copy"
    )
    assert (ROOT / "binder" / "runtime.txt").read_text().strip() == "python-3.11"
    post = "\n".join(
        line for line in (ROOT / "binder" / "postBuild").read_text().splitlines() if not line.startswith("#")
    )
    assert "pip install --no-deps" in post and "jupyter lab build" not in post and "npm" not in post
    assert (ROOT / "binder" / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"
    assert binder.start_notebook(ROOT) == "notebooks/00-start-here.ipynb"
    assert (ROOT / binder.start_notebook(ROOT)).exists()


def test_local_setup_uses_the_binder_pins() -> None:
    binder_pins = {
        p.split("==")[0].strip(): p.split("==")[1].split()[0]
        for p in (ROOT / "binder" / "requirements.txt").read_text().splitlines()
        if "==" in p
    }
    test_pins = {
        p.split("==")[0].strip(): p.split("==")[1].split()[0]
        for p in (ROOT / "tests" / "requirements.txt").read_text().splitlines()
        if "==" in p
    }
    assert {k: test_pins[k] for k in binder_pins} == binder_pins


def test_the_worked_example_in_the_instructors_guide_works(tmp_path: Path, geneva: kit.Corpus) -> None:
    guide = (ROOT / "docs" / "INSTRUCTORS.md").read_text(encoding="utf-8")
    block = guide.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "exercises.toml"
    path.write_text(block, encoding="utf-8")
    features = kit.rhetoric.flag_devices(geneva.deduplicated().sentences)
    solution = guide.split("   `answer_counter_accusations = ", 1)[1].split("`", 1)[0]
    answer = eval(solution, {"features": features, "int": int})  # the guide's solution, as written
    assert kit.exercises.check("02-counter-accusations", answer, path=path)
    assert "02-counter-accusations" not in kit.exercises.load_tasks(), "the example is in the guide, not in the course"
    with_copy = eval(solution, {"features": kit.rhetoric.flag_devices(geneva.sentences), "int": int})
    mistake = kit.exercises.check("02-counter-accusations", with_copy, path=path)  # the guide's likely mistake
    assert mistake.status == "close" and "pasted copy" in mistake.message
    check = guide.split("4. a code cell `", 1)[1].split("`", 1)[0]
    assert check == 'kit.exercises.check("02-counter-accusations", answer_counter_accusations)'


# --- the lab's settings (Binder and tasks.py lab) ------------------------------------------------


def test_the_lab_settings_turn_off_the_news_pop_up_and_keep_other_settings(tmp_path: Path) -> None:
    import jsonschema

    notification = json.loads((ROOT / "binder" / "overrides.json").read_text())[
        "@jupyterlab/apputils-extension:notification"
    ]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}
    schemas = Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"
    jsonschema.validate(
        notification, json.loads((schemas / "@jupyterlab" / "apputils-extension" / "notification.json").read_text())
    )
    config = tmp_path / "etc" / "jupyter" / "jupyter_server_config.json"
    config.parent.mkdir(parents=True)
    config.write_text('{"ServerApp": {"port": 9999}}')
    lab_settings.install(tmp_path)
    merged = json.loads(config.read_text())
    assert merged["ServerApp"]["port"] == 9999, "settings already there are kept"
    assert (
        merged["LabApp"]["news_url"] is None
        and merged["LabApp"]["check_for_updates_class"] == "jupyterlab.NeverCheckForUpdate"
    )
    assert merged["LabApp"]["default_url"] == "/lab/tree/notebooks/00-start-here.ipynb"
    installed = tmp_path / "share" / "jupyter" / "lab" / "settings" / "overrides.d" / "press-conference-kit.json"
    assert installed.read_text() == (ROOT / "binder" / "overrides.json").read_text()
    post = (ROOT / "binder" / "postBuild").read_text()
    assert "python binder/lab_settings.py" in post
    assert 'binder" / "lab_settings.py"' in (ROOT / "tasks.py").read_text(), (
        "python3 tasks.py lab installs the same settings"
    )


def test_a_lab_with_these_settings_asks_nothing_about_news_and_fetches_nothing(tmp_path: Path) -> None:
    import urllib.request

    lab_settings.install(tmp_path / "prefix")
    with socket_port() as port:
        environ = {**os.environ, "JUPYTER_CONFIG_PATH": str(tmp_path / "prefix" / "etc" / "jupyter")}
        command = lab_command(
            port,
            tmp_path,
            "t",
            f"--LabApp.app_settings_dir={tmp_path / 'prefix' / 'share' / 'jupyter' / 'lab' / 'settings'}",
            f"--LabApp.user_settings_dir={tmp_path / 'user-settings'}",
        )
        server = subprocess.Popen(command, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(120):
                try:
                    page = urllib.request.urlopen(f"{base}/lab?token=t", timeout=2).read().decode()
                    break
                except OSError:
                    time.sleep(0.5)
            else:
                pytest.fail("JupyterLab did not start")
            assert '"news": {"disabled": true}' in page, "LabApp.news_url is null: no news feed is fetched"
            url = f"{base}/lab/api/settings/@jupyterlab/apputils-extension:notification?token=t"
            setting = json.loads(urllib.request.urlopen(url, timeout=10).read())
            defaults = {k: v.get("default") for k, v in setting["schema"]["properties"].items()}
            assert defaults["fetchNews"] == "false", "the pop-up asks only while fetchNews is 'none'"
            assert defaults["checkForUpdates"] is False
        finally:
            server.terminate()
            server.wait(timeout=30)


class socket_port:
    """A free loopback port, as a context manager."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    def __exit__(self, *exc: object) -> None:
        return None


# --- python -m kit check NOTEBOOK ----------------------------------------------------------------


def test_kit_check_runs_one_notebook_and_its_tests_and_prints_the_time() -> None:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kit", "check", "01"], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    assert (
        last.startswith("01-reading-a-transcript.ipynb: passed in ")
        and last.split(" in ")[1].split()[0].replace(".", "").isdigit()
    )
    assert "deselected" in done.stdout, "only the tests about this notebook"
    assert elapsed < 60, f"python -m kit check took {elapsed:.0f} s"


def test_kit_check_collects_the_right_items(tmp_path: Path, capfd) -> None:
    from kit.classroom.runner import check_notebook

    (tmp_path / "notebooks").mkdir()
    (tmp_path / "tests").mkdir()
    for name in ("01-a", "02-b"):
        nbformat.write(
            nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]),
            tmp_path / "notebooks" / f"{name}.ipynb",
        )
    per_notebook = (
        "import pytest\n\n@pytest.mark.parametrize('name', ['01-a', '02-b'])\ndef test_each(name):\n    pass\n"
    )
    (tmp_path / "tests" / "test_notebooks.py").write_text(per_notebook + "\ndef test_other():\n    pass\n")
    (tmp_path / "tests" / "test_lessons.py").write_text(per_notebook + "\ndef test_every_lesson():\n    pass\n")
    assert check_notebook("01", root=tmp_path, extra=["--collect-only", "-p", "no:cacheprovider"], full=True) == 0
    out = capfd.readouterr().out
    assert "tests/test_notebooks.py::test_each[01-a]" in out and "tests/test_lessons.py::test_each[01-a]" in out
    assert "tests/test_lessons.py::test_every_lesson" in out, "checks of every lesson are kept"
    assert "[02-b]" not in out and "test_notebooks.py::test_other" not in out
    assert "notebooks/01-a.ipynb::Cell 0" in out and "02-b.ipynb" not in out
    assert out.strip().splitlines()[-1].startswith("01-a.ipynb: passed in ")
    with pytest.raises(ValueError, match="no notebook 'zz'.*01-a, 02-b"):
        check_notebook("zz", root=tmp_path)


def test_the_guides_worked_example_carried_out_on_a_copy_of_the_repository_passes(tmp_path: Path) -> None:
    """Follow section 3 of docs/INSTRUCTORS.md to the letter on a copy, then run its check."""
    repo = tmp_path / "repo"
    shutil.copytree(
        ROOT,
        repo,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "build", "__pycache__", ".kit-progress", "*.egg-info", ".pytest_cache"
        ),
    )
    guide = (ROOT / "docs" / "INSTRUCTORS.md").read_text(encoding="utf-8")
    section = guide.split("## 3. Worked example", 1)[1].split("### A written exercise", 1)[0]
    between = lambda before, after="`": section.split(before, 1)[1].split(after, 1)[0]  # noqa: E731
    # a. the answer key, appended to data/exercises.toml as written
    exercises = repo / "data" / "exercises.toml"
    exercises.write_text(exercises.read_text(encoding="utf-8") + "\n" + between("```toml\n", "```"), encoding="utf-8")
    # b. the four cells, where the guide says, with the tag and stub it names, and the objective
    path = repo / between("**b. Four cells in `")
    notebook = nbformat.read(path, as_version=4)
    anchor = between("just before the markdown cell that opens `")
    at = next(i for i, c in enumerate(notebook.cells) if c.cell_type == "markdown" and anchor in c.source)
    solution = nbformat.v4.new_code_cell("answer_counter_accusations = " + between("   `answer_counter_accusations = "))
    solution.metadata["tags"] = ["solution"]
    solution.metadata["kit"] = {"stub": between('"stub": "', '"}')}
    notebook.cells[at:at] = [
        nbformat.v4.new_markdown_cell(between("1. a markdown cell `")),
        nbformat.v4.new_code_cell(between("2. a code cell `")),
        solution,
        nbformat.v4.new_code_cell(between("4. a code cell `")),
    ]
    objective = between("add to the **Objectives** list the line\n`")
    first = notebook.cells[0]
    head, tail = first.source.split("\n\n**Time:**", 1)
    first.source = f"{head}\n{objective}\n\n**Time:**{tail}"
    nbformat.write(notebook, path)
    # c. the likely mistake's computation, in the dictionary _mistaken_answers returns
    tests = repo / "tests" / "test_exercises.py"
    text = tests.read_text(encoding="utf-8")
    opening = '    return {\n        ("01-first-event", 0)'
    assert opening in text
    line = between("```python\n", "```").strip()
    tests.write_text(
        text.replace(opening, "    return {\n        " + line + '\n        ("01-first-event", 0)', 1), encoding="utf-8"
    )
    # d. check it: the notebook and its tests, on the copy, with the copy's kit
    environ = {**os.environ, "PYTHONPATH": str(repo)}
    environ.pop("KIT_STRICT_CHECKS", None)
    done = subprocess.run(
        [sys.executable, "-m", "kit", "check", "02"], cwd=repo, env=environ, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "02-rhetoric.ipynb: passed in " in done.stdout


def test_no_docstring_example_in_the_kit_shows_an_exercises_answer() -> None:
    """The student set ships kit/: its examples must not print a key (a number of three digits or more, or a word)."""
    table = tomllib.loads((ROOT / "data" / "exercises.toml").read_text(encoding="utf-8"))["exercise"]
    answers = set()
    for entry in table:
        value = entry.get("answer")  # a whole answer, not an item of a list (an outlet's name is in the source)
        if isinstance(value, str) and len(value) >= 4:
            answers.add(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 100:
            answers.add(f"{value:g}")
    shown = []
    for path in sorted((ROOT / "kit").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for before, line in pairwise(lines):
            text = line.strip()
            if before.lstrip().startswith((">>>", "...")) and not text.startswith(
                (">>>", "...")
            ):  # an example's output
                shown += [
                    (path.name, answer, text)
                    for answer in answers
                    if re.search(rf"(?<![\w.]){re.escape(answer)}(?![\w])", text)
                ]
    assert not shown, f"docstring examples that show an answer: {shown}"


def test_ci_runs_the_readmes_test_command() -> None:
    """.ci/run ends with the README's test command, as written there (without its comment)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]
    assert len(commands) == 2 and commands[1] == "python3 tasks.py test", commands
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    steps = [line.split("#", 1)[0].strip() for line in ci if line and not line.startswith("#")]
    assert steps[-1] == commands[1], ".ci/run's last step must be the README's test command"
    written = [line.strip() for line in block.splitlines() if line.strip()][1]
    assert written in ci, ".ci/run writes the README's test line as the README does, comment and all"


# --- the student set is whole: its links, no instructor text, no news pop-up ------------------------


def _anchors(markdown: str) -> set[str]:
    """The anchors a Markdown file offers: its ``<a id=...>`` and its headings as JupyterLab names them."""
    found = set(re.findall(r'<a id="([^"]+)"', markdown))
    return found | {h.strip().replace(" ", "-") for h in re.findall(r"^#+ (.+)$", markdown, flags=re.M)}


def test_every_link_of_every_student_notebook_resolves(student_set: Path) -> None:
    followed = 0
    for path in sorted((student_set / "notebooks").glob("*.ipynb")):
        for cell in load(path)["cells"]:
            if cell["cell_type"] != "markdown":
                continue
            for target in re.findall(r"\]\(([^)\s]+)\)", "".join(cell["source"])):
                if re.match(r"[a-z]+:", target):
                    continue
                file, _, anchor = target.partition("#")
                linked = (path.parent / file).resolve() if file else path
                assert linked.is_file() and student_set in linked.parents, f"{path.name}: {target} leads nowhere"
                if anchor and linked.suffix == ".md":
                    assert anchor in _anchors(linked.read_text(encoding="utf-8")), f"{path.name}: no #{anchor}"
                followed += 1
    assert followed >= 40, followed


def test_instructor_text_stays_out_of_the_student_set(student_set: Path) -> None:
    start = json.dumps(load(student_set / "notebooks" / "00-start-here.ipynb"))
    instructors = json.dumps(load(NOTEBOOKS / "00-start-here.ipynb"))
    assert "For instructors" in instructors and "For instructors" not in start
    for path in sorted((student_set / "notebooks").glob("*.ipynb")):
        text = path.read_text(encoding="utf-8")
        for absent in ("docs/INSTRUCTORS.md", "tests/test_", "docs/LESSON_PLAN.md", "docs/RUBRIC.md"):
            assert absent not in text, f"{path.name} points students at {absent}, which the set does not hold"
    assert sorted(p.name for p in (student_set / "docs").iterdir()) == ["GLOSSARY.md"]
    assert "*Source: President of Russia website" in start, "the source's attribution stays"


def test_the_student_readmes_own_computer_route_turns_the_news_pop_up_off(student_set: Path, tmp_path: Path) -> None:
    import urllib.request

    readme = (student_set / "README.md").read_text(encoding="utf-8")
    flag = re.search(r"jupyter lab (--LabApp\.app_settings_dir=(\S+)) notebooks/", readme)
    assert flag, "the README gives the command that reads the set's lab settings"
    with socket_port() as port:
        command = lab_command(port, student_set, "t", flag.group(1), f"--LabApp.user_settings_dir={tmp_path / 'u'}")
        environ = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}  # no settings of this machine's
        server = subprocess.Popen(
            command, cwd=student_set, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(120):
                try:
                    page = urllib.request.urlopen(f"{base}/lab?token=t", timeout=2).read().decode()
                    break
                except OSError:
                    time.sleep(0.5)
            else:
                pytest.fail("JupyterLab did not start")
            config = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', page, re.S)
            disabled = json.loads(config.group(1))["disabledExtensions"]
            assert "@jupyterlab/apputils-extension:announcements" in disabled, "the news plugin is off"
            url = f"{base}/lab/api/settings/@jupyterlab/apputils-extension:notification?token=t"
            setting = json.loads(urllib.request.urlopen(url, timeout=10).read())
            defaults = {k: v.get("default") for k, v in setting["schema"]["properties"].items()}
            assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False
        finally:
            server.terminate()
            server.wait(timeout=30)


def test_a_student_set_gives_no_summative_answer_to_an_offline_search(student_set: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_offline_search import search

    found = search(student_set)
    plain = exercises.load_tasks()
    summative = {
        e for e, entry in plain.items() if exercises.assessment(entry) == "summative" and entry["kind"] != "written"
    }
    assert summative and not summative & set(found["recovered"]), "no summative answer is found offline"
    formative = {e for e, entry in plain.items() if e not in summative and "answer" in entry}
    assert set(found["recovered"]) == formative, "the search works: every formative key is found, as GRADING.md says"
    sealed = json.loads((student_set / "data" / "exercises.sealed.json").read_text(encoding="utf-8"))
    for entry in sealed["exercises"]:
        if entry["id"] in summative:
            assert set(entry) <= {*keys.PUBLIC_FIELDS, "sealed", "assess", "whole", "numbers"}, entry["id"]


def test_each_kind_of_answer_is_whole_in_one_place_and_no_two_classroom_modules_import_each_other() -> None:
    import ast

    from kit.classroom.kinds import KINDS
    from kit.classroom.tasks import KINDS as FILE_KINDS

    for name, kind in KINDS.items():
        if name == "written":
            assert kind.check is None and kind.seal is None, "a written answer is saved, not checked"
            continue
        assert kind.check and kind.seal and kind.judge_sealed and kind.form and kind.form_fields, name
        if kind.matches:  # a kind with likely mistakes seals them and finds them sealed too
            assert kind.seal_mistake and kind.sealed_matches, name
    assert set(KINDS) == set(FILE_KINDS), "the exercise file's kinds are the registry's"
    folder = ROOT / "kit" / "classroom"
    imports: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        name = ".".join(path.relative_to(folder).with_suffix("").parts).removesuffix(".__init__")
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kit.classroom."):
                found.add(node.module.removeprefix("kit.classroom.").split(".")[0])
        imports[name.split(".")[0] if name.startswith("kinds") else name] = found | imports.get(name, set())
    pairs = {(a, b) for a, found in imports.items() for b in found if a != b and a in imports.get(b, set())}
    assert not pairs, f"modules that import each other: {sorted(pairs)}"
