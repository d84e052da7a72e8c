"""What read_corpus, read_transcript and read_page are given, as users and their machines really give it.

Links that loop, named pipes, devices, file names that are not UTF-8, empty and impossible
paths, misleading encodings, invisible text and many tiny files. Each test guards itself
(:func:`guarded`): a hang ends in a few seconds and a runaway read at a memory ceiling, so
a regression fails instead of stopping the suite or the machine.
"""

from __future__ import annotations

import os
import signal
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

import pytest

import kit
from kit.gather import Item, gather

QA = "Question: Why?\nVladimir Putin: Because.\n"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="links, pipes and devices as POSIX makes them")


class Hung(Exception):
    """Raised in a test that took longer than it may."""


@contextmanager
def guarded(seconds: int = 10, memory: int | None = None):
    """Fail with :class:`Hung` after ``seconds``, and with MemoryError past ``memory`` more bytes of address space."""

    if sys.platform == "win32":  # no alarm, no address-space limit: the tests that need them are POSIX-only
        yield
        return
    import resource

    def stop(signum, frame):
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if memory is not None:
        with open("/proc/self/statm") as file:
            used = int(file.read().split()[0]) * resource.getpagesize()  # address space, not memory in use
        ceiling = used + memory if hard == resource.RLIM_INFINITY else min(hard, used + memory)
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def talk(tmp_path: Path) -> Path:
    """A folder with one short transcript, a.txt."""
    (tmp_path / "a.txt").write_text(QA, encoding="utf-8")
    return tmp_path


def read_quietly(sources, **options) -> tuple[kit.Corpus, list[str]]:
    """read_corpus, and the warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = kit.read_corpus(sources, progress=False, **options)
    return corpus, [str(w.message) for w in caught]


# --- links: each file once, no loop -------------------------------------------------------------


@posix_only
def test_a_link_to_its_own_folder_reads_each_file_once(talk):
    os.symlink(".", talk / "self")
    with guarded():
        for sources in (talk, str(talk / "**" / "*.txt"), str(talk / "*" / "*.txt")):
            corpus, _ = read_quietly(sources)
            assert len(corpus.documents) == 1, sources
            assert list(corpus.errors["source"]) == []


@posix_only
def test_two_links_that_loop_end(talk):
    (talk / "one").mkdir()
    (talk / "two").mkdir()
    os.symlink("../two", talk / "one" / "to_two")
    os.symlink("../one", talk / "two" / "to_one")
    (talk / "two" / "b.txt").write_text(QA, encoding="utf-8")
    with guarded(seconds=20):
        for sources in (talk, str(talk / "**" / "*.txt")):
            corpus, _ = read_quietly(sources)
            assert sorted(Path(s).name for s in corpus.sources) == ["a.txt", "b.txt"], sources


@posix_only
def test_a_file_given_by_two_paths_or_a_link_is_read_once(talk):
    os.symlink("a.txt", talk / "also.txt")
    os.symlink(".", talk / "self")
    corpus, _ = read_quietly([talk / "a.txt", talk / "also.txt", talk / "self" / "a.txt", talk / "./a.txt"])
    assert corpus.sources == (str(talk / "a.txt"),)


# --- what is not a regular file -----------------------------------------------------------------


@posix_only
def test_a_named_pipe_is_skipped_and_named_never_waited_on(talk):
    os.mkfifo(talk / "pipe.txt")
    with guarded(seconds=5):
        corpus, said = read_quietly(talk)
        assert len(corpus.documents) == 1
        assert corpus.errors.values.tolist()[0][0] == str(talk / "pipe.txt")
        assert "named pipe" in corpus.errors["problem"][0] and any("pipe.txt" in s for s in said)
        for reader in (kit.read_transcript, kit.read_page):
            with pytest.raises(kit.TranscriptError, match=r"pipe\.txt: is a named pipe \(FIFO\), not a file"):
                reader(talk / "pipe.txt")


@posix_only
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_a_device_is_never_read(talk):
    os.symlink("/dev/zero", talk / "z.txt")
    with guarded(seconds=5, memory=2 << 30):  # reading /dev/zero would stop at 2 GB
        corpus, _ = read_quietly(talk)
    problem = "is a device, not a file: only regular files are read"
    assert corpus.errors.values.tolist() == [[str(talk / "z.txt"), pd_na(), problem]]
    with guarded(seconds=5, memory=2 << 30):
        for reader in (kit.read_transcript, kit.read_page):
            with pytest.raises(kit.TranscriptError, match="z.txt: is a device"):
                reader(talk / "z.txt")
        with pytest.raises(kit.TranscriptError, match="is a device"):
            kit.read_corpus(talk / "z.txt")


@posix_only
def test_a_pipe_beside_a_transcript_as_its_settings_is_refused_not_waited_on(talk):
    os.mkfifo(talk / "a.kit.toml")
    with guarded(seconds=5), pytest.raises(kit.TranscriptError, match=r"a\.kit\.toml: is a named pipe"):
        kit.read_transcript(talk / "a.txt")


def pd_na():
    import pandas as pd

    return pd.NA


# --- names and paths --------------------------------------------------------------------------


@posix_only
def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_its_byte_escaped(talk):
    bad = os.fsencode(talk) + b"/bad\xff.txt"
    with open(bad, "wb") as file:
        file.write(QA.encode())
    corpus, _ = read_quietly(talk)
    assert corpus.sources == (str(talk / "a.txt"), str(talk / "bad\\xff.txt"))
    assert set(corpus.turns["source"]) == set(corpus.sources)
    alone = kit.read_transcript(os.fsdecode(bad))
    assert alone.source == str(talk / "bad\\xff.txt")
    assert repr(alone)  # printable
    (talk / "a.txt").unlink()
    (talk / "bad.txt").write_bytes(b"")
    os.rename(talk / "bad.txt", bad.replace(b"bad\xff", b"empty\xfe"))
    corpus, said = read_quietly(talk)
    assert corpus.errors["source"].tolist() == [str(talk / "empty\\xfe.txt")]
    assert said == [f"{talk}/empty\\xfe.txt: the file is empty (skipped)"]


def test_a_source_name_with_a_lone_surrogate_is_kept_as_text():
    corpus = kit.parse(QA, source="bad\udcff.txt")
    assert corpus.source == "bad\\xff.txt"
    assert corpus.turns["source"].tolist() == ["bad\\xff.txt"] * 2
    assert kit.parse(QA, source="odd\ud800.txt").source == "odd\\ud800.txt"


@pytest.mark.parametrize("empty", ["", "   ", Path("")])
def test_an_empty_source_is_refused_not_read_as_this_folder(empty, talk, monkeypatch):
    monkeypatch.chdir(talk)  # the folder an empty path would have read
    readers = [kit.read_corpus, kit.read_transcript, kit.read_page]
    if isinstance(empty, Path):  # Path("") is Path("."): a folder, named as one
        readers = [kit.read_transcript, kit.read_page]
    for reader in readers:
        with pytest.raises(kit.TranscriptError, match=r"no file given \(the path is empty\)|is a folder"):
            reader(empty)
    with pytest.warns(UserWarning, match="no file given"):
        assert kit.read_corpus(["", "a.txt"]).sources == ("a.txt",)


def test_export_of_an_empty_source_reads_nothing(talk, monkeypatch, capsys):
    from kit.__main__ import main

    monkeypatch.chdir(talk)
    assert main(["export", "", "--out", str(talk / "out")]) != 0
    assert "no file given (the path is empty)" in capsys.readouterr().err
    assert not (talk / "out").exists()


@pytest.mark.parametrize("reader", [kit.read_corpus, kit.read_transcript, kit.read_page])
def test_nul_none_and_bytes_each_get_one_clear_error(reader):
    with pytest.raises(kit.TranscriptError, match=r"'a\\x00b.txt': is not a file name: it holds a NUL character"):
        reader("a\x00b.txt")
    with pytest.raises(TypeError, match="not None"):
        reader(None)
    with pytest.raises(TypeError, match=r"not bytes \(decode it with os.fsdecode\(path\)\)"):
        reader(b"a.txt")


# --- text that is not what it says --------------------------------------------------------------


@pytest.mark.parametrize("invisible", ["\u200b", "\u200b\n\ufeff\u2060\n", "\u3164", "\u2800 \u200e"])
def test_text_of_only_invisible_characters_is_refused(invisible, tmp_path):
    with pytest.raises(kit.TranscriptError, match="contains no visible text"):
        kit.parse(invisible)
    path = tmp_path / "zw.txt"
    path.write_text(invisible, encoding="utf-8")
    with pytest.raises(kit.TranscriptError, match=r"zw\.txt: contains no visible text"):
        kit.read_transcript(path)
    assert kit.parse("Question: Why?\u200b").turns["text"].tolist() == ["Why?\u200b"]


def test_an_encoding_hint_on_a_mixed_folder_garbles_no_utf8_file(tmp_path):
    russian = "Question: Почему?\nVladimir Putin: Потому.\n"
    (tmp_path / "a_utf8.txt").write_text(russian, encoding="utf-8")
    (tmp_path / "b_cp1251.txt").write_bytes(russian.encode("cp1251"))
    corpus, said = read_quietly(tmp_path, encoding="cp1251")
    assert corpus.turns["text"].tolist() == ["Почему?", "Потому."] * 2
    assert said == [
        f"{tmp_path / 'a_utf8.txt'}: is UTF-8 text, not cp1251: read as UTF-8 (as cp1251 it would be garbled)"
    ]


def test_an_encoding_warning_made_in_a_worker_process_reaches_the_reader(tmp_path, monkeypatch):
    monkeypatch.setattr(kit.workers, "PER_PROCESS", 1)  # processes even for this small work
    monkeypatch.setattr(kit.workers, "busy", lambda: False)  # and on a busy machine
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Question: Почему?\nVladimir Putin: Потому.\n", encoding="utf-8")
    corpus, said = read_quietly(tmp_path, encoding="cp1251", workers=2)
    assert len(said) == 2 and all("is UTF-8 text, not cp1251" in s for s in said)
    assert set(corpus.turns["text"]) == {"Почему?", "Потому."}


# --- many tiny files, and worker processes -----------------------------------------------------


def test_gather_knows_each_files_size_for_the_workers(talk):
    (item,) = gather(talk)
    assert item == Item("text", str(talk / "a.txt")) and item.size == len(QA)


def test_small_work_is_done_here_without_starting_processes(talk, monkeypatch):
    import concurrent.futures

    def refuse(*args, **kwargs):
        raise AssertionError("a pool was started for work too small to pay for it")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    for k in range(20):
        (talk / f"t{k:02d}.txt").write_text(QA, encoding="utf-8")
    assert len(kit.read_corpus(talk, workers=2, progress=False).documents) == 21
    assert kit.workers.processes_for(kit.workers.PER_PROCESS * 3, 2) == 2


def test_no_processes_start_while_the_processors_are_all_busy(talk, monkeypatch):
    import concurrent.futures

    def refuse(*args, **kwargs):
        raise AssertionError("a pool was started on a machine whose processors are all busy")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    monkeypatch.setattr(kit.workers, "PER_PROCESS", 1)
    monkeypatch.setattr(os, "getloadavg", lambda: (9.0, 6.0, 3.0))
    assert kit.workers.busy()
    (talk / "b.txt").write_text(QA, encoding="utf-8")
    assert len(kit.read_corpus(talk, workers=2, progress=False).documents) == 2


def test_a_containers_processor_quota_counts(monkeypatch):
    monkeypatch.setattr(kit.workers, "_cpu_quota", lambda: 1)
    assert kit.workers.processors() == 1
    monkeypatch.setattr(kit.workers, "_cpu_quota", lambda: None)
    assert kit.workers.processors() >= 1


def test_thousands_of_tiny_files_read_like_each_alone(tmp_path):
    for k in range(300):
        (tmp_path / f"f{k:04d}.txt").write_text(f"Question: Why {k}?\nVladimir Putin: Because.\n", encoding="utf-8")
    corpus = kit.read_corpus(tmp_path, progress=False)
    assert len(corpus.documents) == 300 and corpus.turns["turn_id"].tolist() == list(range(1, 601))
    assert corpus.turns["text"].tolist()[:4] == ["Why 0?", "Because.", "Why 1?", "Because."]
    assert corpus.lines["line"].tolist()[:4] == [1, 2, 1, 2]
    one = kit.read_transcript(tmp_path / "f0299.txt")
    last = corpus.turns[corpus.turns["source"] == str(tmp_path / "f0299.txt")].reset_index(drop=True)
    assert last.drop(columns=["turn_id", "doc_id", "exchange_id"]).equals(
        one.turns.drop(columns=["turn_id", "doc_id", "exchange_id"])
    )
