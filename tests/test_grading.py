"""Collecting and grading: submissions from kit.exercises.submit, and python -m kit grade."""

from __future__ import annotations

import csv
import io
import json
import os
import re
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
            attempt("01-first-event", 3, "wrong", "2026-03-01T10:05:00+00:00"),  # kept exploring: best counts
            attempt("01-longest-answer", 3, "right", "2026-03-01T10:00:00+00:00"),
            attempt("01-longest-answer", 9, "wrong", "2026-03-01T10:05:00+00:00"),  # policy "last": this counts
            attempt("01-outlets", ["rt", "CNN", "vgtrk"], "right"),
        ],
    )
    keys.write_text(
        keys.read_text(encoding="utf-8").replace(
            'id = "01-longest-answer"\n', 'id = "01-longest-answer"\nattempts = "last"\n'
        ),
        encoding="utf-8",
    )
    out = tmp_path / "marks" / "gradebook.csv"
    assert main(["grade", str(ada), str(grace), "--out", str(out), "--keys", str(keys)]) == 0
    rows = {row["name"]: row for row in read_csv(out)}
    assert list(rows) == ["Ada Lovelace", "Grace Hopper"]
    assert rows["Ada Lovelace"]["01-first-event"] == "1" and rows["Ada Lovelace"]["01-putin-share"] == "0"
    assert rows["Grace Hopper"]["01-first-event"] == "1", "a right answer, then exploring: best counts"
    assert rows["Grace Hopper"]["01-longest-answer"] == "0", "the instructor chose last for this one"
    assert rows["Grace Hopper"]["01-outlets"] == "1"
    assert rows["Ada Lovelace"]["02-killer"] == "", "never answered: blank"
    assert rows["Ada Lovelace"]["points"] == "1" and rows["Ada Lovelace"]["total"] == "1"
    assert list(rows["Ada Lovelace"])[:2] == ["id", "name"]
    details = {(r["name"], r["exercise"]): r for r in read_csv(out.with_name("gradebook-details.csv"))}
    doctored = details[("Ada Lovelace", "01-putin-share")]
    assert (doctored["status"], doctored["student_saw"], doctored["agrees"]) == ("wrong", "right", "no")
    assert details[("Ada Lovelace", "01-first-event")]["attempts"] == "2"
    assert details[("Ada Lovelace", "01-first-event")]["different_answers"] == "2"
    assert details[("Grace Hopper", "01-first-event")]["policy"] == "best"
    assert details[("Grace Hopper", "01-longest-answer")]["policy"] == "last"


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
    assert rows["Ada Lovelace"]["01-order"] == "" and rows["Grace Hopper"]["01-order"] == "", "not scored yet"
    sheet = read_csv(tmp_path / "gradebook-scores.csv")
    assert [(r["id"], r["exercise"], r["words"], r["score"]) for r in sheet] == [("ada lovelace", "01-order", "16", "")]
    written = (tmp_path / "gradebook-written.md").read_text(encoding="utf-8")
    assert "## 01-order (01-reading-a-transcript)" in written and "| Names the blogger's pasting | 2 |" in written
    assert "**Model answer (graders only).** The blogger pasted the three Kremlin pages" in written
    assert "### Ada Lovelace (ada lovelace): 16 words, saved 2026-03-01T10:00:00+00:00 (2 saves)" in written
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


def test_a_record_handed_in_again_as_it_grew_counts_once(tmp_path: Path, keys: Path, capsys) -> None:
    first = attempt("01-first-event", 1, "wrong", "2026-03-01T09:00:00+00:00")
    early = make_submission(tmp_path, "Ada Lovelace", [first], created="2026-03-01T09:00:00+00:00")
    late = make_submission(
        tmp_path,
        "ada  lovelace",
        [first, attempt("01-first-event", 2, "right", "2026-03-02T08:00:00+00:00")],
        created="2026-03-02T09:00:00+00:00",
    )
    out = tmp_path / "gradebook.csv"
    assert main(["grade", str(late), str(early), "--out", str(out), "--keys", str(keys)]) == 0
    (row,) = read_csv(out)
    assert row["01-first-event"] == "1"
    assert f"one record as it grew: graded {late.name}" in capsys.readouterr().out
    written_only = make_submission(
        tmp_path, "Ada Lovelace", responses=[{"exercise": "01-order", "time": "t", "text": "Mine.", "saves": 1}]
    )
    assert main(["grade", str(written_only), str(late), "--out", str(out), "--keys", str(keys), "--force"]) == 1
    assert "whose records differ" in capsys.readouterr().err, "a record with no check is continued by nobody"


def test_answers_that_were_not_kept_or_need_labels_are_checked_as_they_can_be(tmp_path: Path, keys: Path) -> None:
    labels = {"flagged": [True, True, False, False], "label": [True, False, True, None]}
    keys.write_text(
        keys.read_text(encoding="utf-8").replace("\nlabels = [[", "\nignored_labels = [["), encoding="utf-8"
    )
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


# --- adversarial submissions, the roster, the LMS files ---------------------------------------------


def raw_submission(folder: Path, file: str, manifest_text: str) -> Path:
    """A submission zip whose submission.json is exactly this text."""
    path = folder / file
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(submit.MANIFEST, manifest_text)
    return path


def test_malformed_submissions_are_skipped_and_named_and_the_rest_graded(tmp_path: Path, keys: Path, capsys) -> None:
    good = make_submission(tmp_path, "Grace Hopper", [attempt("01-first-event", 2, "right")])
    words = make_submission(
        tmp_path,
        "Words",
        responses=[{"exercise": "01-order", "time": "t", "text": "x", "words": "abc", "saves": "abc"}],
    )
    ragged = make_submission(
        tmp_path,
        "Ragged",
        [attempt("02-precision", {"precision": 1, "recall": 1}, "right", data={"flagged": [True], "label": [1, 2]})],
    )
    deep = raw_submission(
        tmp_path,
        "deep.zip",
        '{"format": "kit-submission/1", "name": "Deep", "progress": ' + "[" * 100_000 + "]" * 100_000 + "}",
    )
    listed = raw_submission(
        tmp_path,
        "listed.zip",
        json.dumps({"format": submit.FORMAT, "name": "L", "progress": {"01": {"attempts": "abc"}}}),
    )
    out = tmp_path / "gradebook.csv"
    assert (
        main(
            [
                "grade",
                str(good),
                str(words),
                str(ragged),
                str(deep),
                str(listed),
                "--out",
                str(out),
                "--keys",
                str(keys),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    for bad in (words, ragged, deep, listed):
        assert f"skipped {bad}" in err, bad.name
    assert "Traceback" not in err
    assert [r["name"] for r in read_csv(out)] == ["Grace Hopper"]


def test_every_field_is_escaped_in_the_written_answers(tmp_path: Path, keys: Path) -> None:
    evil = "<img src=x onerror=alert(1)>"
    sub = make_submission(
        tmp_path, f"Ada {evil}", responses=[{"exercise": "01-order", "time": evil, "text": evil, "saves": 1}]
    )
    out = tmp_path / "gradebook.csv"
    main(["grade", str(sub), "--out", str(out), "--keys", str(keys)])
    written = (tmp_path / "gradebook-written.md").read_text(encoding="utf-8")
    assert not re.search(r"<img|onerror=alert\(1\)>", written.replace("&gt;", "")), "nothing runs as HTML"
    assert "saved &lt;img src=x onerror=alert(1)&gt;" in written, "the time too"


ROSTER = "id,name,email,section\ns1,Ada Lovelace,ada@example.org,A\ns2,Grace Hopper,grace@example.org,B\n"


def test_an_impersonation_with_a_forged_date_changes_no_ones_grade(tmp_path: Path, keys: Path, capsys) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    ada = make_submission(tmp_path, "s1", [attempt("01-first-event", 2, "right")], file="ada.zip")
    forged = make_submission(
        tmp_path,
        "Ada Lovelace",
        [attempt("01-first-event", 1, "wrong")],
        created="2099-01-01T00:00:00+00:00",
        file="x.zip",
    )
    stranger = make_submission(tmp_path, "Mallory", [attempt("01-first-event", 2, "right")], file="m.zip")
    out = tmp_path / "gradebook.csv"
    args = [
        "grade",
        str(ada),
        str(forged),
        str(stranger),
        "--out",
        str(out),
        "--keys",
        str(keys),
        "--roster",
        str(roster),
    ]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "flag: s1: 2 submissions whose records differ (ada.zip, x.zip); none graded" in err
    assert "flag: m.zip: the name 'Mallory' is not on the roster; not graded" in err
    rows = {r["id"]: r for r in read_csv(out)}
    assert list(rows) == ["s1", "s2"] and rows["s1"]["01-first-event"] == "" and rows["s2"]["points"] == ""
    assert main([*args, "--force", "--use", "s1=ada.zip"]) == 1  # Mallory is still flagged
    assert read_csv(out)[0]["01-first-event"] == "1", "the instructor's choice counts, not the forged date"
    assert "graded ada.zip, as asked" in capsys.readouterr().out


def test_a_forged_labelling_earns_nothing(tmp_path: Path, keys: Path) -> None:
    forged = {"flagged": [True], "label": [True]}
    honest = {"sentence_id": [246, 67], "flagged": [True, True], "label": [True, False]}
    sub = make_submission(
        tmp_path, "Ada", [attempt("02-precision", {"precision": 1.0, "recall": 1.0}, "right", data=forged)]
    )
    right = make_submission(
        tmp_path, "Grace", [attempt("02-precision", {"precision": 0.6, "recall": 1.0}, "wrong", data=honest)]
    )
    book = grade.grade([sub, right], keys=keys)
    results = {g.name: g.results["02-precision"]["status"] for g in book.graded}
    assert results == {"Ada": "wrong", "Grace": "right"}, "graded with the instructor's labels of the sample"


def test_written_scores_round_trip_and_the_lms_files_import(tmp_path: Path, keys: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    keys.write_text(
        keys.read_text(encoding="utf-8").replace("min_words = 5\n", "min_words = 5\nmax_words = 300\n"),
        encoding="utf-8",
    )
    long_text = "word " * 400
    ada = make_submission(
        tmp_path,
        "ada@example.org",
        [attempt("01-putin-share", 0.808, "recorded")],
        responses=[{"exercise": "01-order", "time": "2026-03-01T10:00:00+00:00", "text": long_text, "saves": 1}],
    )
    out = tmp_path / "gradebook.csv"
    base = ["grade", str(ada), "--out", str(out), "--keys", str(keys), "--roster", str(roster)]
    assert main(base) == 0
    sheet = tmp_path / "gradebook-scores.csv"
    rows = read_csv(sheet)
    assert rows[0]["over_length"] == "1" and rows[0]["score"] == ""
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(",1,\n", ",1,2.5\n"), encoding="utf-8")
    assert main([*base, "--force"]) == 0
    assert read_csv(sheet)[0]["score"] == "2.5", "the instructor's scores are never replaced"
    marks = {r["id"]: r for r in read_csv(out)}
    assert marks["s1"]["01-order"] == "2.5" and marks["s1"]["written"] == "2.5" and marks["s1"]["total"] == "3.5"
    for row in marks.values():
        for column, value in row.items():
            assert column in ("id", "name") or value == "" or float(value) >= 0, (column, value)
    details = {r["exercise"]: r for r in read_csv(tmp_path / "gradebook-details.csv")}
    assert details["01-putin-share"]["answer"] == "0.808" and details["01-order"]["note"] == "over the word limit"
    fixtures = ROOT / "tests" / "fixtures" / "lms"
    items = list(exercises.load_tasks(keys))
    for system, ids in (("canvas", 5), ("moodle", 3), ("gradescope", 3)):
        ours = list(csv.reader(io.StringIO((tmp_path / f"gradebook-{system}.csv").read_text(encoding="utf-8"))))
        sample = list(csv.reader(io.StringIO((fixtures / f"{system}.csv").read_text(encoding="utf-8"))))
        assert ours[0][:ids] == sample[0][:ids], f"{system}: the identifier columns of its documented format"
        assert ours[0][ids : ids + len(items)] == items, f"{system}: one column per exercise, in the keys' order"
        assert "total" not in ours[0] and "points" not in ours[0], "an LMS adds up its items itself"
        if system == "gradescope":
            assert ours[0][-1] == sample[0][-1] == "Total Score"
        if system == "canvas":
            assert ours[1][0] == sample[1][0] == "Points Possible" and ours[1][1:ids] == ["", "", "", ""]
            assert ours[1][ids:] == [str(exercises.points(e)) for e in exercises.load_tasks(keys).values()]
        rows = ours[2:] if system == "canvas" else ours[1:]
        ada = next(r for r in rows if "s1" in r)
        assert "ada@example.org" in ada and len(ada) == len(ours[0])
        for value in ada[ids:]:
            assert value == "" or float(value) >= 0, (system, value)
        assert len(rows) == 2, "every roster student has a row"


def test_submission_file_names_are_ascii() -> None:
    assert submit._slug("김 민준") == "student" and submit._slug("Zoë Ångström") == "Zoe-Angstrom"


def test_recording_every_candidate_of_a_summative_exercise_earns_nothing(tmp_path: Path, keys: Path) -> None:
    tries = [attempt("02-rhetorical-questions", n, "recorded", f"2026-03-01T10:{n:02d}:00+00:00") for n in range(60)]
    sub = make_submission(tmp_path, "Ada", tries)
    (graded,) = grade.grade([sub], keys=keys).graded
    result = graded.results["02-rhetorical-questions"]
    assert (result["policy"], result["status"], result["points"]) == ("last", "wrong", 0), "the last answer counts"
    assert result["different_answers"] == 60 and result["agrees"] == "", "the search shows, and no verdict was shown"
    practice = [attempt("02-killer", 2, "right", "2026-03-01T10:00:00+00:00"), attempt("02-killer", 5, "wrong")]
    (graded,) = grade.grade([make_submission(tmp_path, "Grace", practice)], keys=keys).graded
    assert graded.results["02-killer"]["policy"] == "best" and graded.results["02-killer"]["points"] == 1
