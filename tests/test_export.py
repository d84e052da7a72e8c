"""Exports and the command line."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import kit
import kit.export
from kit.__main__ import main
from kit.export import FILES, export, spreadsheet_safe, utterances
from kit.schema import FRAMES


def test_export_writes_csv_and_jsonl(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    geneva = kit.load()
    for name in FRAMES:
        frame = pd.read_csv(out / f"{name}.csv")
        assert frame.columns.tolist() == getattr(geneva, name).columns.tolist()
        assert len(frame) == len(getattr(geneva, name))
    rows = [json.loads(line) for line in (out / "utterances.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 20
    assert set(rows[0]) == {"id", "speaker", "conversation_id", "reply_to", "timestamp", "text", "meta"}
    assert "wrote" in capsys.readouterr().out


def test_utterances_form_conversations_per_exchange(geneva):
    rows = {u["id"]: u for u in utterances(geneva)}
    cnn = [u for u in rows.values() if u["meta"]["exchange_id"] == 3]
    assert [u["id"] for u in cnn] == ["t6", "t7", "t8", "t9"]
    assert {u["conversation_id"] for u in cnn} == {"t6"}
    assert [u["reply_to"] for u in cnn] == [None, "t6", "t7", "t8"]
    assert rows["t12"]["meta"]["duplicate_of"] == 10
    assert rows["t16"]["conversation_id"] == "t16" and rows["t17"]["reply_to"] == "t16"
    assert rows["t18"]["conversation_id"] == "t18"  # a new document starts a new conversation
    assert rows["t1"]["timestamp"] == int(pd.Timestamp("2021-06-16 19:40").timestamp())


def test_cli_errors_are_one_line_with_nonzero_exit(tmp_path):
    bad = tmp_path / "cp1251.txt"
    bad.write_bytes("Вопрос: Да.".encode("cp1251"))
    result = subprocess.run(
        [sys.executable, "-m", "kit", "export", str(bad), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {bad}, line 1: not UTF-8 text")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_cli_missing_file(tmp_path, capsys):
    assert main(["export", str(tmp_path / "none.txt"), "--out", str(tmp_path)]) == 1
    assert "none.txt: no such file" in capsys.readouterr().err


def test_cli_unwritable_output_exits_1(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    assert main(["export", "--out", str(target / "sub")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot write {target / 'sub'}: Not a directory")
    assert err.count("\n") == 1


# --- an export loses nothing ---------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def earlier_export(tmp_path, geneva) -> Path:
    """A folder with an earlier export whose turns.csv was edited by hand, and a notes file."""
    folder = tmp_path / "out"
    export(geneva, folder)
    (folder / "turns.csv").write_text("turn_id,my coding\n1,evasive\n", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    return folder


def test_existing_files_are_not_replaced(earlier_export, geneva):
    before = snapshot(earlier_export)
    with pytest.raises(FileExistsError) as error:
        export(geneva, earlier_export)
    message = str(error.value)
    assert "turns.csv" in message and "utterances.jsonl" in message and "force=True" in message
    assert "\n" not in message
    assert snapshot(earlier_export) == before


def test_cli_refuses_to_replace_and_force_replaces(earlier_export, capsys):
    before = snapshot(earlier_export)
    assert main(["export", "--out", str(earlier_export)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {earlier_export}: would replace documents.csv, turns.csv,")
    assert "--force" in err and err.count("\n") == 1
    assert snapshot(earlier_export) == before

    assert main(["export", "--out", str(earlier_export), "--force"]) == 0
    assert "my coding" not in (earlier_export / "turns.csv").read_text(encoding="utf-8")
    assert (earlier_export / "notes.txt").read_text(encoding="utf-8") == "mine"  # not ours: kept


def test_only_some_files_existing_is_refused_too(tmp_path, geneva):
    (tmp_path / "lines.csv").write_text("hand-made", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r": would replace lines\.csv;"):
        export(geneva, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lines.csv"]


def test_failure_while_writing_changes_nothing(earlier_export, geneva, monkeypatch):
    before = snapshot(earlier_export)

    def disk_full(corpus):
        raise OSError(28, "No space left on device", str(earlier_export / "utterances.jsonl"))

    monkeypatch.setattr(kit.export, "utterances", disk_full)  # after the five CSV files
    with pytest.raises(OSError, match="No space left"):
        export(geneva, earlier_export, force=True)
    assert snapshot(earlier_export) == before  # no new file, no stale mix, no temporary folder


def test_failure_while_moving_into_place_puts_everything_back(earlier_export, geneva, monkeypatch):
    before = snapshot(earlier_export)
    real_replace = os.replace
    calls = []

    def failing_replace(source, target):
        calls.append(target)
        if len(calls) == 6:  # documents and turns are in place, exchanges is half way
            raise PermissionError(13, "Permission denied", str(target))
        real_replace(source, target)

    monkeypatch.setattr(kit.export.os, "replace", failing_replace)
    with pytest.raises(PermissionError):
        export(geneva, earlier_export, force=True)
    monkeypatch.setattr(kit.export.os, "replace", real_replace)
    assert snapshot(earlier_export) == before


def test_failure_removes_a_folder_made_for_the_export(tmp_path, geneva, monkeypatch):
    monkeypatch.setattr(kit.export, "utterances", lambda corpus: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        export(geneva, tmp_path / "new" / "deeper")
    assert list(tmp_path.iterdir()) == []


def test_cli_write_failure_exits_1_with_one_line(tmp_path, monkeypatch, capsys):
    def disk_full(corpus):
        raise OSError(28, "No space left on device", str(tmp_path / "o" / "utterances.jsonl"))

    monkeypatch.setattr(kit.export, "utterances", disk_full)
    assert main(["export", "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err == f"error: cannot write {tmp_path / 'o' / 'utterances.jsonl'}: No space left on device\n"
    assert not (tmp_path / "o").exists()


def test_empty_out_is_refused(tmp_path, monkeypatch, capsys, geneva):
    monkeypatch.chdir(tmp_path)
    for empty in ("", "  "):
        assert main(["export", "--out", empty]) == 2
        assert capsys.readouterr().err.startswith("error: --out is empty")
        with pytest.raises(ValueError, match="no output folder"):
            export(geneva, empty)
    assert list(tmp_path.iterdir()) == []  # nothing written into the current folder


def test_out_dot_is_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--out", "."]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES)


def test_a_folder_in_the_way_is_an_error_even_with_force(tmp_path, geneva):
    (tmp_path / "turns.csv").mkdir()
    with pytest.raises(IsADirectoryError, match="turns.csv is a folder"):
        export(geneva, tmp_path, force=True)
    assert [p.name for p in tmp_path.iterdir()] == ["turns.csv"]


# --- formula cells ----------------------------------------------------------------------------

FORMULAS = "\n".join(
    [
        'Question: =HYPERLINK("http://example.com", "Click")',
        "Vladimir Putin: +7 per cent, as I said.",
        "Question: -1 or +1?",
        "Vladimir Putin: @everyone knows that.",
        "-----",
        "Question: Why?",
        "Vladimir Putin: \tBecause.",
    ]
)


def test_formula_cells_are_neutralised_in_csv_but_not_in_jsonl(tmp_path):
    corpus = kit.parse(FORMULAS, "formulas.txt")
    export(corpus, tmp_path)
    with (tmp_path / "turns.csv").open(encoding="utf-8", newline="") as file:
        texts = [row["text"] for row in csv.DictReader(file)]
    with (tmp_path / "lines.csv").open(encoding="utf-8", newline="") as file:
        lines = [row["text"] for row in csv.DictReader(file)]
    for cell in texts + lines:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert texts[0].startswith("'=HYPERLINK(")
    assert "'-----" in lines
    assert [t.removeprefix("'") for t in texts] == corpus.turns["text"].tolist()
    jsonl = [json.loads(line)["text"] for line in (tmp_path / "utterances.jsonl").read_text("utf-8").splitlines()]
    assert jsonl == corpus.turns["text"].tolist()  # JSON is data, not a spreadsheet: kept as is
    numbers = pd.read_csv(tmp_path / "turns.csv")["turn_id"]
    assert numbers.tolist() == corpus.turns["turn_id"].tolist()


def test_spreadsheet_safe_leaves_numbers_and_its_input_alone():
    frame = pd.DataFrame({"text": ["=1+1", "\rx", None], "value": [-1.5, 2.0, -3.0]})
    safe = spreadsheet_safe(frame)
    assert safe["text"].tolist()[:2] == ["'=1+1", "'\rx"] and pd.isna(safe["text"][2])
    assert safe["value"].tolist() == [-1.5, 2.0, -3.0]
    assert frame["text"].tolist()[:2] == ["=1+1", "\rx"]


def test_jsonl_content_is_unchanged(tmp_path, geneva):
    export(geneva, tmp_path)
    expected = "".join(json.dumps(u, ensure_ascii=False) + "\n" for u in utterances(geneva))
    assert (tmp_path / "utterances.jsonl").read_text(encoding="utf-8") == expected


def test_cli_exports_a_folder_of_transcripts_as_one_corpus(tmp_path, kremlin_text, whitehouse_text, capsys):
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "a.txt").write_text(kremlin_text, encoding="utf-8")
    (folder / "b.txt").write_text(whitehouse_text, encoding="utf-8")
    assert main(["export", str(folder), "--out", str(tmp_path / "out")]) == 0
    turns = pd.read_csv(tmp_path / "out" / "turns.csv")
    assert sorted(set(turns["source"].map(lambda s: s.rsplit("/", 1)[-1]))) == ["a.txt", "b.txt"]
    assert turns["turn_id"].is_unique
    assert main(["export", str(folder / "a.txt"), str(tmp_path / "none.txt"), "--out", str(tmp_path / "o2")]) == 1
    assert "none.txt" in capsys.readouterr().err
    assert not (tmp_path / "o2").exists()
