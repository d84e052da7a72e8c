"""Exports and the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd

import kit
from kit.__main__ import main
from kit.export import FRAMES, utterances


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
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {bad}, line 1: not UTF-8 text")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_cli_missing_file(tmp_path, capsys):
    assert main(["export", str(tmp_path / "none.txt"), "--out", str(tmp_path)]) == 2
    assert "none.txt: no such file" in capsys.readouterr().err


def test_cli_unwritable_output(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    assert main(["export", "--out", str(target / "sub")]) == 1
    assert capsys.readouterr().err.startswith("error: cannot write")
