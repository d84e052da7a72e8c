"""``python -m kit check``'s short verdict (kit/classroom/verdict.py): what failed, which exercise, what to change."""

from __future__ import annotations

from pathlib import Path

import nbformat

from kit.classroom.runner import check_notebook
from kit.classroom.verdict import Failure, verdict

STRICT = "AssertionError: KIT_STRICT_CHECKS: ✘ 02-killer: wrong. 3 is not it. Count with kit.kwic."


def test_a_failed_solution_names_its_exercise_and_the_two_places_to_change() -> None:
    cells = [
        Failure("notebooks/02-rhetoric.ipynb::Cell 17", STRICT, 17, 'kit.exercises.check("02-killer", answer_killer)'),
        Failure("notebooks/02-rhetoric.ipynb::Cell 18", "NameError: name 'x' is not defined", 18, "x"),
    ]
    lines = verdict("02-rhetoric.ipynb", cells, {"02-killer"})
    assert lines[0] == "1. Exercise 02-killer: the worked solution gets wrong: 3 is not it. Count with kit.kwic."
    assert lines[1] == '   where: 02-rhetoric.ipynb, cell 17: kit.exercises.check("02-killer", answer_killer)'
    assert "the solution cell, or the key of 02-killer in data/exercises.toml" in lines[2]
    assert lines[3].startswith("1 later cells failed too") and len(lines) == 4, "a cascade is counted, not described"


def test_a_failed_test_says_what_it_found_and_which_file_to_edit() -> None:
    figure = Failure(
        "tests/test_lessons.py::test_every_held_figure_is_what_the_kit_computes[02-rhetoric: one word, {}]",
        "02-rhetoric: the kit now gives 'one word, three times'; the text says 'one word, twice'.",
    )
    key = Failure("tests/test_exercises.py::test_keys", "02-killer: the key disagrees with the kit's 2")
    other = Failure("tests/test_other.py::test_x", "this does not hold: 1 == 2")
    lines = verdict("02-rhetoric.ipynb", [figure, key, other], {"02-killer"})
    assert lines[0].startswith("1. 02-rhetoric: the kit now gives") and "Exercise" not in lines[0]
    assert "the lesson's text" in lines[2] and "docs/INSTRUCTORS.md, section 4" in lines[2]
    assert lines[3] == "2. Exercise 02-killer: the key disagrees with the kit's 2"
    assert "data/exercises.toml" in lines[5]
    assert "--full" in lines[8]
    assert verdict("x.ipynb", []) == []


def _repository(tmp_path: Path) -> Path:
    """A tiny repository: notebook 01 whose second cell fails, a test file about it that fails, exercise 01-a."""
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "data").mkdir()
    cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("raise ValueError('01-a: no such column')")]
    cells.append(nbformat.v4.new_code_cell("x + y"))
    nbformat.write(nbformat.v4.new_notebook(cells=cells), tmp_path / "notebooks" / "01-a.ipynb")
    (tmp_path / "tests" / "test_exercises.py").write_text(
        "def test_keys():\n    assert 1 == 2, '01-a: the key disagrees with the kit'\n\ndef test_ok():\n    pass\n",
        encoding="utf-8",
    )
    (tmp_path / "data" / "exercises.toml").write_text('[[exercise]]\nid = "01-a"\n', encoding="utf-8")
    return tmp_path


def test_kit_check_prints_a_short_plain_verdict_not_pytests_report(tmp_path: Path, capfd) -> None:
    root = _repository(tmp_path)
    assert check_notebook("01", root=root, extra=["-p", "no:cacheprovider"]) == 1
    out = capfd.readouterr().out
    lines = out.strip().splitlines()
    assert lines[0] == "1. Exercise 01-a: ValueError: 01-a: no such column"
    assert lines[1] == "   where: 01-a.ipynb, cell 1: raise ValueError('01-a: no such column')"
    assert lines[3] == "2. Exercise 01-a: the key disagrees with the kit"
    assert lines[4] == "   test: tests/test_exercises.py::test_keys"
    assert "1 later cells failed too" in out
    assert lines[-1].startswith("01-a.ipynb: FAILED in ") and "3 failed, 2 passed" in lines[-1]
    assert len(lines) <= 12 and "\x1b[" not in out and "Traceback" not in out and "def test_keys" not in out


def test_kit_check_full_shows_pytests_report(tmp_path: Path, capfd) -> None:
    root = _repository(tmp_path)
    assert check_notebook("01", root=root, extra=["-p", "no:cacheprovider"], full=True) == 1
    out = capfd.readouterr().out
    assert "def test_keys" in out or "test_keys" in out
    assert out.strip().splitlines()[-1].startswith("01-a.ipynb: FAILED in ")
