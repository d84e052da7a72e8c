"""Classroom delivery: student notebooks, Binder links, and the Binder set-up files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import kit
from kit import binder
from kit.__main__ import main
from kit.student import stub_for, student_version, write_student_set

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(notebook: dict) -> list[dict]:
    return [c for c in notebook["cells"] if c["cell_type"] == "code"]


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_a_student_copy_replaces_solutions_and_keeps_everything_else(path: Path) -> None:
    instructor = load(path)
    student = student_version(instructor)
    assert load(path) == instructor, "the instructor's notebook must not change"
    assert len(student["cells"]) == len(instructor["cells"])
    for before, after in zip(instructor["cells"], student["cells"], strict=True):
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
    written = sorted(p.name for p in (tmp_path / "out").glob("*.ipynb"))
    assert written == sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert main(["student", str(NOTEBOOKS), "--notebooks", str(NOTEBOOKS)]) == 2
    assert "overwrite" in capsys.readouterr().err
    assert main(["student", str(tmp_path / "x"), "--notebooks", str(tmp_path)]) == 2


def test_the_cli_keeps_a_students_worked_notebook_unless_forced(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["student", str(out), "--notebooks", str(NOTEBOOKS)]) == 0
    worked = out / "02-rhetoric.ipynb"
    worked.write_text(worked.read_text(encoding="utf-8").replace("answer_killer = None", "answer_killer = 2"), encoding="utf-8")
    mine = worked.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["student", str(out), "--notebooks", str(NOTEBOOKS)]) == 2
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
    ],
    ids=["truncated", "no-cells", "bad-cell", "utf16", "a-list"],
)
def test_a_malformed_notebook_is_named_in_one_line_and_nothing_is_written(tmp_path: Path, capsys, content: bytes, says: str) -> None:
    source = tmp_path / "notebooks"
    source.mkdir()
    (source / "01-good.ipynb").write_text((NOTEBOOKS / "01-reading-a-transcript.ipynb").read_text(encoding="utf-8"), encoding="utf-8")
    (source / "02-broken.ipynb").write_bytes(content)
    done = subprocess.run([sys.executable, "-m", "kit", "student", str(tmp_path / "out"), "--notebooks", str(source)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "02-broken.ipynb" in done.stderr and says in done.stderr
    assert not (tmp_path / "out").exists(), "nothing is written when one notebook is broken"


def test_student_notebooks_run_top_to_bottom_and_say_not_answered_yet(tmp_path: Path) -> None:
    paths = write_student_set(NOTEBOOKS, tmp_path)
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
        checks = [c for c in notebook.cells if c.cell_type == "code" and c.source.startswith("kit.exercises.check(")]
        for cell in checks:
            shown = cell.outputs[0]["data"]["text/plain"]
            assert "not answered yet" in shown, (path.name, cell.source, shown)
        errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
        assert not errors, (path.name, errors)


def test_binder_link_from_a_git_remote(tmp_path: Path, capsys) -> None:
    repo = tmp_path / "press-kit"
    (repo / "binder").mkdir(parents=True)
    (repo / "binder" / "jupyter_server_config.json").write_text(
        '{"LabApp": {"default_url": "/lab/tree/notebooks/01-reading-a-transcript.ipynb"}}', encoding="utf-8"
    )
    for command in (["init", "-q", "-b", "spring-course"], ["remote", "add", "origin", "git@github.com:school/press-kit.git"]):
        subprocess.run(["git", *command], cwd=repo, check=True)
    remote, branch, top = binder.from_git(cwd=repo)
    assert (remote.owner, remote.name, branch, top) == ("school", "press-kit", "spring-course", repo)
    url = binder.binder_url(remote, branch, binder.start_notebook(top))
    assert url == (
        "https://mybinder.org/v2/gh/school/press-kit/spring-course"
        "?urlpath=lab%2Ftree%2Fnotebooks%2F01-reading-a-transcript.ipynb"
    )
    done = subprocess.run([sys.executable, "-m", "kit", "binder-link", "--hub", "https://hub.example.edu"],
                          cwd=repo, capture_output=True, text=True, check=True)  # fmt: skip
    assert url in done.stdout and binder.badge(url) in done.stdout
    assert "https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fschool%2Fpress-kit" in done.stdout


def test_binder_link_without_a_remote_says_what_to_do(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    done = subprocess.run([sys.executable, "-m", "kit", "binder-link"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 2 and "--repo URL" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://gitlab.com/school/press-kit.git", "https://mybinder.org/v2/gl/school%2Fpress-kit/main?"),
        ("https://codeberg.org/school/press-kit", "https://mybinder.org/v2/git/https%3A%2F%2Fcodeberg.org%2Fschool%2Fpress-kit/main?"),
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
    assert not [p for p in pins if p.startswith(("-e", ".", "/")) or "file:" in p], "repo2docker installs this before the copy"
    assert (ROOT / "binder" / "runtime.txt").read_text().strip() == "python-3.11"
    post = "\n".join(line for line in (ROOT / "binder" / "postBuild").read_text().splitlines() if not line.startswith("#"))
    assert "pip install --no-deps" in post and "jupyter lab build" not in post and "npm" not in post
    assert (ROOT / "binder" / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"
    assert binder.start_notebook(ROOT) == "notebooks/00-start-here.ipynb"
    assert (ROOT / binder.start_notebook(ROOT)).exists()


def test_local_setup_uses_the_binder_pins() -> None:
    binder_pins = {p.split("==")[0].strip(): p.split("==")[1].split()[0] for p in
                   (ROOT / "binder" / "requirements.txt").read_text().splitlines() if "==" in p}  # fmt: skip
    test_pins = {p.split("==")[0].strip(): p.split("==")[1].split()[0] for p in
                 (ROOT / "tests" / "requirements.txt").read_text().splitlines() if "==" in p}  # fmt: skip
    assert {k: test_pins[k] for k in binder_pins} == binder_pins


def test_the_worked_example_in_the_instructors_guide_works(tmp_path: Path, geneva: kit.Corpus) -> None:
    guide = (ROOT / "docs" / "INSTRUCTORS.md").read_text(encoding="utf-8")
    block = guide.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "exercises.toml"
    path.write_text(block, encoding="utf-8")
    features = kit.rhetoric.features(geneva.deduplicated().sentences)
    solution = guide.split("   `answer_counter_accusations = ", 1)[1].split("`", 1)[0]
    answer = eval(solution, {"features": features, "int": int})  # the guide's solution, as written
    assert kit.exercises.check("02-counter-accusations", answer, path=path)
    assert "02-counter-accusations" not in kit.exercises.load(), "the example is in the guide, not in the course"
    with_copy = eval(solution, {"features": kit.rhetoric.features(geneva.sentences), "int": int})
    mistake = kit.exercises.check("02-counter-accusations", with_copy, path=path)  # the guide's likely mistake
    assert mistake.status == "close" and "pasted copy" in mistake.message
    check = guide.split("3. a code cell `", 1)[1].split("`", 1)[0]
    assert check == 'kit.exercises.check("02-counter-accusations", answer_counter_accusations)'
