"""Collecting and grading: submissions from kit.exercises.submit, and python -m kit grade."""

from __future__ import annotations

import csv
import io
import json
import os
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from kit import exercises
from kit.__main__ import main
from kit.classroom import grade, progress, submit
from kit.classroom.student import student_files
from tests.conftest import WRITTEN_EXERCISE

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    """The course's keys with one written exercise added."""
    path = tmp_path / "keys" / "exercises.toml"
    path.parent.mkdir()
    path.write_text((ROOT / "data" / "exercises.toml").read_text(encoding="utf-8") + WRITTEN_EXERCISE, encoding="utf-8")
    return path


def attempt(exercise: str, answer: object, status: str, time: str = "2026-03-01T10:00:00+00:00", data=None) -> dict:
    """One recorded attempt, as kit.classroom.progress writes it."""
    copy, kept = progress.portable(answer)
    made = {"exercise": exercise, "time": time, "status": status, "answer": copy, "kept": kept, "shown": repr(answer)}
    return {**made, "data": data} if data is not None else made


def make_submission(
    folder: Path, name: str, attempts=(), responses=(), created="2026-03-01T12:00:00+00:00", file=None
) -> Path:
    """A submission zip with the given record (one notebook's file), as kit.exercises.submit writes it."""
    record = {
        "format": progress.FORMAT,
        "notebook": "01-reading-a-transcript",
        "attempts": list(attempts),
        "responses": list(responses),
        "counts": {},
    }
    manifest = {"format": submit.FORMAT, "name": name, "created": created, "notebooks": {}, "progress": {"01": record}}
    path = folder / (file or f"submission-{name.replace(' ', '-')}-{created[:10]}.zip")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(submit.MANIFEST, json.dumps(manifest))
    return path


def read_csv(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_the_final_answer_is_checked_again_and_the_students_flag_is_not_trusted(tmp_path: Path, keys: Path) -> None:
    ada = make_submission(
        tmp_path,
        "Ada Lovelace",
        [
            attempt("01-first-event", 1, "wrong", "2026-03-01T10:00:00+00:00"),
            attempt("01-first-event", 2, "right", "2026-03-01T10:01:00+00:00"),
            attempt("01-putin-share", 0.5, "right"),  # a doctored record: the flag says right
        ],
    )
    grace = make_submission(
        tmp_path,
        "Grace Hopper",
        [
            attempt("01-first-event", 2, "right", "2026-03-01T10:00:00+00:00"),
            attempt("01-first-event", 3, "wrong", "2026-03-01T10:05:00+00:00"),  # the last answer counts
            attempt("01-outlets", ["rt", "CNN", "vgtrk"], "right"),
        ],
    )
    out = tmp_path / "marks" / "gradebook.csv"
    assert main(["grade", str(ada), str(grace), "--out", str(out), "--keys", str(keys)]) == 0
    rows = {row["name"]: row for row in read_csv(out)}
    assert list(rows) == ["Ada Lovelace", "Grace Hopper"]
    assert rows["Ada Lovelace"]["01-first-event"] == "1" and rows["Ada Lovelace"]["01-putin-share"] == "0"
    assert rows["Grace Hopper"]["01-first-event"] == "0" and rows["Grace Hopper"]["01-outlets"] == "1"
    assert rows["Ada Lovelace"]["02-killer"] == "", "never answered: blank"
    table = exercises.load_tasks(keys)
    possible = sum(exercises.points(e) for e in table.values() if e["kind"] != "written")
    written = sum(exercises.points(e) for e in table.values() if e["kind"] == "written")
    assert rows["Ada Lovelace"]["points"] == "1" and rows["Ada Lovelace"]["possible"] == str(possible)
    assert rows["Ada Lovelace"]["written_possible"] == str(written) and written >= 3
    details = {(r["name"], r["exercise"]): r for r in read_csv(out.with_name("gradebook-details.csv"))}
    doctored = details[("Ada Lovelace", "01-putin-share")]
    assert (doctored["status"], doctored["student_saw"], doctored["agrees"]) == ("wrong", "right", "no")
    assert details[("Ada Lovelace", "01-first-event")]["attempts"] == "2"
    assert details[("Ada Lovelace", "01-first-event")]["different_answers"] == "2"


def test_written_answers_are_listed_for_reading_with_the_rubric(tmp_path: Path, keys: Path) -> None:
    text = "The blogger pasted the pages <script>alert(1)</script> in another order.\n\nTalks at 18:30."
    ada = make_submission(
        tmp_path,
        "Ada Lovelace",
        responses=[
            {"exercise": "01-order", "time": "2026-03-01T10:00:00+00:00", "text": text, "words": 14, "saves": 2}
        ],
    )
    grace = make_submission(tmp_path, "Grace Hopper", [attempt("01-first-event", 2, "right")])
    out = tmp_path / "gradebook.csv"
    assert main(["grade", str(ada), str(grace), "--out", str(out), "--keys", str(keys)]) == 0
    rows = {row["name"]: row for row in read_csv(out)}
    assert rows["Ada Lovelace"]["01-order"] == "to grade (14 words)" and rows["Grace Hopper"]["01-order"] == ""
    written = (tmp_path / "gradebook-written.md").read_text(encoding="utf-8")
    assert "## 01-order (01-reading-a-transcript)" in written and "| Names the blogger's pasting | 2 |" in written
    assert "**Model answer (graders only).** The blogger pasted the three Kremlin pages" in written
    assert "### Ada Lovelace: 14 words, saved 2026-03-01T10:00:00+00:00 (2 saves)" in written
    assert "> The blogger pasted the pages &lt;script&gt;" in written and "<script>" not in written
    assert (
        "> Talks at 18:30." in written
        and "Score: Names the blogger's pasting: __ / 2 · Gives the times: __ / 1" in written
    )
    assert "No answer from: Grace Hopper." in written


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not a zip", "not a zip file"),
        ("zip-without-manifest", "no submission.json inside"),
        ("zip-bad-json", "damaged (not JSON)"),
        ("zip-other-format", "not a kit submission"),
        ("zip-no-name", "no student name"),
    ],
)
def test_a_malformed_submission_is_named_in_one_line_and_skipped(
    tmp_path: Path, keys: Path, capsys, content, says: str
) -> None:
    bad = tmp_path / "bad.zip"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        manifest = {
            "zip-bad-json": "{",
            "zip-other-format": '{"format": "otter"}',
            "zip-no-name": json.dumps({"format": submit.FORMAT, "name": " "}),
        }.get(content)
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr(submit.MANIFEST if manifest else "other.txt", manifest or "x")
    good = make_submission(tmp_path, "Ada Lovelace", [attempt("01-first-event", 2, "right")])
    out = tmp_path / "gradebook.csv"
    assert main(["grade", str(bad), str(good), "--out", str(out), "--keys", str(keys)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"skipped {bad}: ") and says in err and "Traceback" not in err
    assert [row["name"] for row in read_csv(out)] == ["Ada Lovelace"]


def test_nothing_readable_writes_nothing(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.zip").write_bytes(b"junk")
    assert main(["grade", str(tmp_path), "--out", str(tmp_path / "gradebook.csv")]) == 1
    assert "none of the 1 submissions could be read" in capsys.readouterr().err
    assert not (tmp_path / "gradebook.csv").exists()
    assert main(["grade", str(tmp_path / "empty-folder-that-is-not-there"), "--out", str(tmp_path / "g.csv")]) == 1


def test_the_gradebook_is_not_replaced_unless_forced(tmp_path: Path, keys: Path, capsys) -> None:
    sub = make_submission(tmp_path, "Ada Lovelace", [attempt("01-first-event", 2, "right")])
    out = tmp_path / "gradebook.csv"
    assert main(["grade", str(sub), "--out", str(out), "--keys", str(keys)]) == 0
    out.write_text(out.read_text(encoding="utf-8") + "scores typed in by hand\n", encoding="utf-8")
    mine = out.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["grade", str(sub), "--out", str(out), "--keys", str(keys)]) == 1
    err = capsys.readouterr().err
    assert "--force" in err and "gradebook.csv" in err and err.count("\n") == 1
    assert out.read_text(encoding="utf-8") == mine
    out.unlink()
    assert main(["grade", str(sub), "--out", str(out), "--keys", str(keys)]) == 1, "the other two files are kept too"
    assert not out.exists()
    assert main(["grade", str(sub), "--out", str(out), "--keys", str(keys), "--force"]) == 0 and out.exists()


def test_of_two_submissions_by_one_student_the_later_counts(tmp_path: Path, keys: Path, capsys) -> None:
    early = make_submission(
        tmp_path, "Ada Lovelace", [attempt("01-first-event", 1, "wrong")], created="2026-03-01T09:00:00+00:00"
    )
    late = make_submission(
        tmp_path, "ada  lovelace", [attempt("01-first-event", 2, "right")], created="2026-03-02T09:00:00+00:00"
    )
    out = tmp_path / "gradebook.csv"
    assert main(["grade", str(late), str(early), "--out", str(out), "--keys", str(keys)]) == 0
    (row,) = read_csv(out)
    assert row["01-first-event"] == "1" and row["file"] == late.name
    assert f"two submissions; graded the later, {late.name}" in capsys.readouterr().out


def test_answers_that_were_not_kept_or_need_labels_are_checked_as_they_can_be(tmp_path: Path, keys: Path) -> None:
    labels = {"flagged": [True, True, False, False], "label": [True, False, True, None]}
    sub = make_submission(
        tmp_path,
        "Ada Lovelace",
        [
            attempt("02-killer", pd.DataFrame({"a": [1, 2]}), "wrong"),
            attempt("02-precision", {"precision": 0.5, "recall": 0.5}, "close", data=labels),
            attempt("02-evasion", {str(n): "clear reply" for n in range(1, 8)}, "wrong"),
        ],
    )
    book = grade.grade([sub], keys=keys)
    results = book.graded[0].results
    assert (
        results["02-killer"]["status"] == "wrong" and "not kept: a whole table (2 rows" in results["02-killer"]["note"]
    )
    assert results["02-precision"]["status"] == "close" and "no label yet" in results["02-precision"]["note"]
    assert results["02-evasion"]["status"] == "wrong", "JSON keys are text; the check reads them as numbers"


def test_a_name_a_spreadsheet_would_run_is_neutralised(tmp_path: Path, keys: Path) -> None:
    sub = make_submission(tmp_path, '=HYPERLINK("http://x")', [attempt("01-first-event", 2, "right")], file="s.zip")
    out = tmp_path / "gradebook.csv"
    assert main(["grade", str(sub), "--out", str(out), "--keys", str(keys)]) == 0
    assert read_csv(out)[0]["name"].startswith("'=")


def test_sealed_keys_are_refused(tmp_path: Path, capsys) -> None:
    sealed = tmp_path / "exercises.sealed.json"
    sealed.write_bytes(student_files(NOTEBOOKS)[Path("data") / "exercises.sealed.json"])
    sub = make_submission(tmp_path, "Ada Lovelace", [attempt("01-first-event", 2, "right")])
    assert main(["grade", str(sub), "--out", str(tmp_path / "g.csv"), "--keys", str(sealed)]) == 1
    assert "sealed keys" in capsys.readouterr().err


def test_a_submission_made_by_the_kit_is_graded(tmp_path: Path, monkeypatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    for name in ("01-reading-a-transcript.ipynb", "02-rhetoric.ipynb"):
        (work / name).write_bytes((NOTEBOOKS / name).read_bytes())
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(work / ".kit-progress"))
    monkeypatch.chdir(work)
    exercises.forget()
    exercises.check("01-first-event", 1)
    exercises.check("01-first-event", 2)
    exercises.check("02-killer", 4)
    for name in ("01-reading-a-transcript.ipynb", "02-rhetoric.ipynb"):
        (work / name).touch()  # saved after the checks
    made = exercises.submit(name="  Ada   Lovelace ")
    again = exercises.submit(name="Ada Lovelace")
    assert made.path != again.path and made.path.exists() and again.path.exists(), "a new file each time, none replaced"
    assert made.name == "Ada Lovelace" and made.checks == 3 and not made.stale
    with zipfile.ZipFile(made.path) as archive:
        assert sorted(archive.namelist()) == [
            "notebooks/01-reading-a-transcript.ipynb",
            "notebooks/02-rhetoric.ipynb",
            "submission.json",
        ]
        assert archive.read("notebooks/02-rhetoric.ipynb") == (NOTEBOOKS / "02-rhetoric.ipynb").read_bytes()
    html = made._repr_html_()
    assert f'href="{made.path.name}" download="{made.path.name}"' in html
    book = grade.grade([made.path])
    results = book.graded[0].results
    assert (results["01-first-event"]["status"], results["01-first-event"]["attempts"]) == ("right", 2)
    assert results["02-killer"]["status"] == "close"


def test_a_submission_says_where_it_is_and_what_to_do(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(tmp_path / ".kit-progress"))
    notebook = tmp_path / "01-reading-a-transcript.ipynb"
    notebook.write_bytes((NOTEBOOKS / "01-reading-a-transcript.ipynb").read_bytes())
    os.utime(notebook, (time.time() - 3600, time.time() - 3600))  # last saved an hour ago
    monkeypatch.setenv("BINDER_LAUNCH_HOST", "https://mybinder.org/")
    exercises.forget()
    exercises.check("01-first-event", 2)  # after the notebook was last saved
    made = submit.submit("Ada", tmp_path)
    said = repr(made)
    assert "Binder session is temporary" in said and "Download it now" in said
    assert "Save your notebooks first (Ctrl+S)" in said and "01-reading-a-transcript.ipynb was saved before" in said
    monkeypatch.delenv("BINDER_LAUNCH_HOST")
    monkeypatch.setenv("JUPYTERHUB_USER", "ada")
    assert "stays in your folder on the hub" in repr(submit.submit("Ada", tmp_path))
    nothing = exercises.submit(name="")
    assert nothing.path is None and "write your name" in repr(nothing)
