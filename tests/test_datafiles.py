"""The one data-file reader: cached until a file changes, DataFileError naming the file and line."""

from __future__ import annotations

import os

import pytest

import kit
from kit._files import read_data, read_list, read_words, snapshot
from kit.parsing.lexicon import lexicon
from kit.sentences import abbreviations, split_sentences


def touch(path) -> None:
    """Move the file's modification time on, as an edit a moment later would."""
    stamp = path.stat().st_mtime_ns + 10_000_000
    os.utime(path, ns=(stamp, stamp))


def test_a_list_is_read_once_until_it_changes(tmp_path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# a comment\nThe\n\n  Kremlin  \n", encoding="utf-8")
    first = read_list(path, "unused.txt")
    assert first == ("The", "Kremlin")
    assert read_list(path, "unused.txt") is first
    assert read_words(path, "unused.txt") == {"the", "kremlin"}
    path.write_text("Geneva\n", encoding="utf-8")
    touch(path)
    assert read_list(path, "unused.txt") == ("Geneva",)


def test_a_missing_or_broken_data_file_is_a_data_file_error_with_its_line(tmp_path) -> None:
    with pytest.raises(kit.DataFileError, match=r"absent\.txt: no such data file"):
        read_list(tmp_path / "absent.txt", "unused.txt")
    path = tmp_path / "bad.toml"
    path.write_text('[a]\nx = 1\ny = "unclosed\n', encoding="utf-8")

    def toml(p):
        import tomllib

        return tomllib.loads(p.read_text(encoding="utf-8"))

    with pytest.raises(kit.DataFileError) as error:
        read_data(path, "unused.toml", toml)
    assert error.value.line == 3 and str(error.value).startswith(f"{path}, line 3: cannot be read")
    assert isinstance(error.value, kit.InputError) and not isinstance(error.value, kit.TranscriptError)


def test_inside_a_snapshot_a_file_is_checked_once(tmp_path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("one\n", encoding="utf-8")
    with snapshot():
        assert read_list(path, "unused.txt") == ("one",)
        path.write_text("two\n", encoding="utf-8")
        touch(path)
        assert read_list(path, "unused.txt") == ("one",)
    assert read_list(path, "unused.txt") == ("two",)


def test_the_word_lists_in_data_are_what_the_parser_uses() -> None:
    lex = lexicon()
    assert "print version" in {w.lower() for w in lex.residue}
    assert "To be continued" in lex.editorial_marks
    assert {"of", "and"} <= lex.title_connectors
    assert "Good afternoon" in lex.greetings and "TV channel" in lex.outlet_kinds
    assert {"mr", "u.s"} <= abbreviations()
    assert lexicon() is lex  # unchanged files, the same lexicon


def test_an_edited_abbreviation_list_changes_where_sentences_end(tmp_path, monkeypatch) -> None:
    import kit._data

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "abbreviations.txt").write_text("# mine\nmr\n", encoding="utf-8")
    monkeypatch.setattr(kit._data, "_folder", lambda: folder)
    text = "Mr. Smith came. Gen. Gerasimov spoke."
    assert [s for _, s in split_sentences(text)] == ["Mr. Smith came.", "Gen.", "Gerasimov spoke."]
