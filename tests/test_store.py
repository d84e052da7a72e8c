"""A saved corpus changed by another program, and saves beside a user's files (kit/store.py).

Opening checks every column's name and type against kit.schema and names the file for
anything else; saving over a folder replaces only what the kit wrote there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import kit
from kit.schema import SCHEMA
from tests.test_gather import guarded


@pytest.fixture
def saved(geneva, tmp_path) -> Path:
    """The Geneva corpus saved in tmp_path/c."""
    return geneva.save(tmp_path / "c")


@pytest.fixture
def other() -> kit.Corpus:
    """A two-turn corpus to save over the Geneva one."""
    return kit.parse("Question: Why?\nVladimir Putin: Because.", "other.txt")


def retype(path: Path, name: str, column: str, values, kind=None) -> None:
    """Rewrite one column of a saved frame with other values (and type), keeping its name and place."""
    table = pq.read_table(path / f"{name}.parquet")
    at = table.column_names.index(column)
    array = pa.array(values(table.column(column).to_pylist()), kind)
    pq.write_table(table.set_column(at, column, array), path / f"{name}.parquet")


def test_a_fractional_turn_id_is_refused_not_read_as_a_whole_number(saved):
    retype(saved, "turns", "turn_id", lambda ids: [1.5, *ids[1:]], pa.float64())
    with pytest.raises(kit.TranscriptError, match=r"turns\.parquet: column turn_id holds double, not int64"):
        kit.open_corpus(saved)


@pytest.mark.parametrize(
    ("name", "column", "values", "kind", "says"),
    [
        ("turns", "text", lambda v: list(range(len(v))), pa.int64(), "column text holds int64, not str"),
        ("documents", "start", lambda v: [str(x) for x in v], pa.string(), "column start holds string, not datetime64"),
        ("lines", "line", lambda v: [float(x) for x in v], pa.float64(), "column line holds double, not int64"),
        (
            "sentences",
            "is_question",
            lambda v: [int(x) for x in v],
            pa.int8(),
            "column is_question holds int8, not bool",
        ),
        ("exchanges", "doc_id", lambda v: [None, *v[1:]], pa.int64(), "column doc_id has missing values"),
        (
            "documents",
            "start",
            lambda v: v,
            pa.timestamp("us", tz="UTC"),
            r"column start holds timestamp\[us, tz=UTC\]",
        ),
    ],
)
def test_a_column_of_another_type_is_named_with_its_file(saved, name, column, values, kind, says):
    retype(saved, name, column, values, kind)
    with pytest.raises(kit.TranscriptError, match=f"{name}\\.parquet: {says}"):
        kit.open_corpus(saved)


def test_what_other_tools_write_for_the_same_values_opens(saved, geneva):
    retype(saved, "lines", "line", lambda v: v, pa.int32())  # a narrower integer
    retype(saved, "turns", "speaker", lambda v: v, pa.string())  # string, not large_string
    retype(saved, "documents", "place", lambda v: [None] * len(v), pa.null())  # only missing values
    opened = kit.open_corpus(saved)
    for name, columns in SCHEMA.items():
        assert [str(t) for t in getattr(opened, name).dtypes] == [c.dtype for c in columns], name
    assert opened.lines["line"].tolist() == geneva.lines["line"].tolist()
    assert opened.documents["place"].isna().all()


def test_a_nested_corpus_json_is_an_error_not_a_recursion(saved):
    (saved / "corpus.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(kit.TranscriptError, match=r"corpus\.json: cannot be read: its values are nested too deep"):
        kit.open_corpus(saved)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda a: a["frames"].update(turns="../../elsewhere.parquet"), "is not the name of a file in the folder"),
        (lambda a: a["rows"].update(turns=1.5), "rows and deduplicated_from must be whole numbers"),
        (lambda a: a.update(sources=[["nested"]]), "sources must be a list of names"),
        (lambda a: a.update(version=[1]), r"is version \[1\]"),
    ],
)
def test_a_damaged_corpus_json_is_named(saved, change, says):
    about = json.loads((saved / "corpus.json").read_text("utf-8"))
    change(about)
    (saved / "corpus.json").write_text(json.dumps(about), encoding="utf-8")
    with pytest.raises(kit.TranscriptError, match=f"corpus\\.json: .*{says}"):
        kit.open_corpus(saved)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes as POSIX makes them")
def test_a_pipe_in_place_of_a_frame_is_named_not_waited_on(saved):
    (saved / "lines.parquet").unlink()
    os.mkfifo(saved / "lines.parquet")
    with guarded(seconds=5), pytest.raises(kit.TranscriptError, match=r"lines\.parquet: is a named pipe \(FIFO\)"):
        kit.open_corpus(saved)


def test_a_frame_with_rows_missing_is_named(saved):
    table = pq.read_table(saved / "turns.parquet")
    pq.write_table(table.slice(0, 5), saved / "turns.parquet")
    with pytest.raises(kit.TranscriptError, match=r"turns\.parquet: has 5 rows, not the 20 saved"):
        kit.open_corpus(saved)


# --- saving over a folder ---------------------------------------------------------------------


def test_save_with_overwrite_never_deletes_a_file_the_user_kept_there(saved, other):
    (saved / "my-notes.txt").write_text("what I found", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"holds my-notes\.txt, which the kit did not write there"):
        other.save(saved, overwrite=True)
    assert (saved / "my-notes.txt").read_text("utf-8") == "what I found"
    assert len(kit.open_corpus(saved).turns) == 20  # the corpus saved before, as it was
    (saved / "my-notes.txt").unlink()
    other.save(saved, overwrite=True)
    assert kit.open_corpus(saved).source == "other.txt"


def test_the_manifest_lists_what_the_kit_wrote_and_an_older_save_is_still_replaceable(saved, other):
    about = json.loads((saved / "corpus.json").read_text("utf-8"))
    assert sorted(about["files"]) == sorted(p.name for p in saved.iterdir())
    del about["files"]  # as saved before the manifest
    (saved / "corpus.json").write_text(json.dumps(about), encoding="utf-8")
    other.save(saved, overwrite=True)
    assert kit.open_corpus(saved).source == "other.txt"


def test_a_save_that_fails_when_put_in_place_leaves_what_was_there(saved, other, monkeypatch, tmp_path):
    import kit.store

    def failing(new, target, aside):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(kit.store, "swap_in", failing)
    with pytest.raises(OSError, match="Read-only"):
        other.save(saved, overwrite=True)
    monkeypatch.undo()
    assert len(kit.open_corpus(saved).turns) == 20
    assert [p.name for p in tmp_path.iterdir()] == ["c"]  # no temporary folder left
