"""kit.archive.dataset: a folder -> a Parquet dataset of one part per source, updated in place, opened lazily."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.archive import MANIFEST, Archive, build_archive
from kit.archive import dataset as module
from kit.schema import FRAMES, SCHEMA
from tests.conftest import SHARED_CORPUS, needs_shared

PAGES = SHARED_CORPUS / "kremlin-archive" / "txt"


def talk(question: str, answer: str, title: str = "News conference") -> str:
    """A small transcript: a title, a dateline, one question and its answer."""
    return f"{title}\nJune 16, 2021 20:00, Geneva\nQuestion: {question}\nVladimir Putin: {answer}\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four small transcripts in a folder (one in a subfolder)."""
    sources = tmp_path / "talks"
    (sources / "more").mkdir(parents=True)
    (sources / "a.txt").write_text(talk("Did you discuss cyber security?", "We did, at length, and agreed to consult."))
    (sources / "b.txt").write_text(talk("What about Ukraine?", "The Minsk Agreements are the basis."))
    (sources / "c.txt").write_text(talk("Will ambassadors return?", "Yes, they will return to their posts."))
    (sources / "more" / "d.txt").write_text(talk("Who is the killer?", "I do not know."))
    return sources


def assert_same_corpus(left: kit.Corpus, right: kit.Corpus) -> None:
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)
    assert left.sources == right.sources
    assert left.wrapped_sources == right.wrapped_sources


def without_ids(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    ids = [c for c in kit.schema.id_columns(name)]
    return frame.drop(columns=ids).reset_index(drop=True)


def test_a_new_dataset_holds_what_read_corpus_reads(folder: Path, tmp_path: Path) -> None:
    archive = build_archive(folder, tmp_path / "dataset")
    assert_same_corpus(archive.corpus(), kit.read_corpus(folder))
    assert sorted(p.name for p in (tmp_path / "dataset").iterdir()) == sorted([MANIFEST, *FRAMES])
    assert all(len(list((tmp_path / "dataset" / name).glob("*.parquet"))) == 4 for name in FRAMES)


@needs_shared
def test_the_archive_sample_as_a_dataset_is_read_corpus_row_for_row(tmp_path: Path) -> None:
    archive = build_archive(PAGES, tmp_path / "dataset", progress=False)
    assert_same_corpus(archive.corpus(), kit.read_corpus(PAGES, progress=False))


def test_the_schema_is_the_kits_and_written_down_for_other_tools(folder: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    build_archive(folder, tmp_path / "dataset")
    about = json.loads((tmp_path / "dataset" / MANIFEST).read_text(encoding="utf-8"))
    for name in FRAMES:
        assert [c[0] for c in about["schema"][name]] == [c.name for c in SCHEMA[name]]
        part = next((tmp_path / "dataset" / name).glob("*.parquet"))
        assert pq.read_schema(part).names == [c.name for c in SCHEMA[name]]


def test_an_update_reads_only_new_and_changed_sources_and_keeps_the_others_ids(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dataset"
    before = build_archive(folder, target)
    old = {p.source: p for p in before}
    old_turns = before.corpus().turns
    (folder / "b.txt").write_text(talk("What about Ukraine and Donbass?", "The Minsk Agreements, again and again."))
    (folder / "c.txt").unlink()
    (folder / "e.txt").write_text(talk("And trade?", "Trade grew by a third."))
    read = []
    real = module._read_here
    monkeypatch.setattr(module, "_read_here", lambda item, **kw: read.append(item.name) or real(item, **kw))
    after = build_archive(folder, target)
    assert sorted(Path(s).name for s in read) == ["b.txt", "e.txt"]
    names = {Path(s).name: s for s in after.sources}
    assert sorted(names) == ["a.txt", "b.txt", "d.txt", "e.txt"]
    # the unchanged sources keep their parts and their ids
    for name in ("a.txt", "d.txt"):
        part = next(p for p in after if p.source == names[name])
        assert part.key == old[names[name]].key and part.starts == old[names[name]].starts
        pd.testing.assert_frame_equal(
            after.turns([names[name]]).reset_index(drop=True),
            old_turns[old_turns["source"] == names[name]].reset_index(drop=True),
        )
    # new and changed sources take ids after every id given so far
    turns = after.corpus().turns
    fresh = turns[turns["source"].isin([names["b.txt"], names["e.txt"]])]
    assert fresh["turn_id"].min() > old_turns["turn_id"].max()
    assert turns["turn_id"].is_unique and after.corpus().sentences["sentence_id"].is_unique
    # the removed source left, files and all
    assert not any(p.name.startswith("c-") for name in FRAMES for p in (target / name).iterdir())
    assert len(list((target / "lines").iterdir())) == 4
    # ids apart, the dataset holds what a new one would
    again = build_archive(folder, tmp_path / "again").corpus()
    for name in FRAMES:
        pd.testing.assert_frame_equal(
            without_ids(getattr(after.corpus(), name), name), without_ids(getattr(again, name), name), obj=name
        )


def test_a_file_touched_but_not_changed_is_not_read_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_archive(folder, tmp_path / "dataset")
    os.utime(folder / "a.txt", ns=(1, 1))
    monkeypatch.setattr(module, "_read_here", lambda *a, **k: pytest.fail("read again"))
    after = build_archive(folder, tmp_path / "dataset")
    assert next(p for p in after if p.source.endswith("a.txt")).stamp[1] == 1


def test_the_settings_beside_a_transcript_count_as_its_content(folder: Path, tmp_path: Path) -> None:
    before = build_archive(folder, tmp_path / "dataset").corpus()
    (folder / "d.kit.toml").write_text('event = "interview"\n')
    shutil.move(folder / "d.kit.toml", folder / "more" / "d.kit.toml")
    after = build_archive(folder, tmp_path / "dataset").corpus()
    event = after.documents.set_index("source")["event"]
    assert event[str(folder / "more" / "d.txt")] == "interview"
    assert (before.documents["event"] != "interview").all()


def test_a_source_that_cannot_be_read_is_skipped_listed_and_tried_again(folder: Path, tmp_path: Path) -> None:
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    with pytest.warns(UserWarning):
        expected = kit.read_corpus(folder)
    archive = build_archive(folder, tmp_path / "dataset")
    assert archive.errors["source"].tolist() == [str(folder / "broken.txt")]
    assert_same_corpus(archive.corpus(), expected)
    (folder / "broken.txt").write_text(talk("Mended?", "Yes."))
    assert "broken" in " ".join(build_archive(folder, tmp_path / "dataset").sources)


def test_a_folder_that_is_not_a_dataset_is_never_written_into(folder: Path) -> None:
    with pytest.raises(FileExistsError, match="not a dataset"):
        build_archive(folder, folder / "more")
    assert sorted(p.name for p in (folder / "more").iterdir()) == ["d.txt"]


def test_a_damaged_description_is_named(folder: Path, tmp_path: Path) -> None:
    build_archive(folder, tmp_path / "dataset")
    (tmp_path / "dataset" / MANIFEST).write_text("{not json")
    with pytest.raises(kit.TranscriptError, match="archive.json: cannot be read"):
        Archive(tmp_path / "dataset")
    with pytest.raises(kit.TranscriptError, match="not a dataset"):
        Archive(tmp_path)


def test_a_corpus_is_loaded_a_source_or_a_filter_at_a_time(folder: Path, tmp_path: Path) -> None:
    archive = build_archive(folder, tmp_path / "dataset")
    whole = kit.read_corpus(folder)
    one = archive.corpus(str(folder / "b.txt"))
    alone = kit.read_transcript(folder / "b.txt")
    assert one.sources == (str(folder / "b.txt"),)
    for name in FRAMES:
        pd.testing.assert_frame_equal(
            without_ids(getattr(one, name), name), without_ids(getattr(alone, name), name), obj=name
        )
    pd.testing.assert_frame_equal(one.turns, whole.turns[whole.turns["source"] == one.source].reset_index(drop=True))
    picked = archive.corpus(where="title LIKE 'News%' AND doc_id IN (2, 4)")
    assert picked.documents["doc_id"].tolist() == [2, 4]
    assert set(picked.turns["doc_id"]) == {2, 4} and set(picked.sentences["doc_id"]) == {2, 4}
    with pytest.raises(KeyError, match="not in the dataset"):
        archive.corpus("no/such.txt")


def test_importing_kit_or_the_archive_loads_neither_duckdb_nor_dask() -> None:
    code = "import sys, kit, kit.archive; print([m for m in ('duckdb', 'dask', 'distributed') if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(kit.__file__).parent.parent
    )
    assert out.stdout.strip() == "[]"


def test_reading_with_other_settings_reads_every_source_again(folder: Path, tmp_path: Path) -> None:
    build_archive(folder, tmp_path / "dataset")
    after = build_archive(folder, tmp_path / "dataset", event="interview", askers=["Unnamed journalist"])
    assert (after.corpus().documents["event"] == "interview").all()
    again = build_archive(folder, tmp_path / "dataset")
    assert (again.corpus().documents["event"] != "interview").all()


def test_a_dataset_whose_every_source_is_gone_is_empty_not_broken(folder: Path, tmp_path: Path) -> None:
    build_archive(folder / "more", tmp_path / "dataset")
    (folder / "more" / "d.txt").unlink()
    (folder / "more" / "d.txt").write_bytes(b"\x00")
    empty = build_archive(folder / "more", tmp_path / "dataset")
    assert len(empty) == 0 and len(empty.errors) == 1
    assert empty.corpus().turns.empty and list(empty.corpus().turns.columns) == kit.schema.columns("turns")
    assert kit.archive.speaker_totals(empty).empty
    assert not any((tmp_path / "dataset" / "turns").iterdir())
