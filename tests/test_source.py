"""Reading files: every kind of bad input gives a TranscriptError that names the file."""

from __future__ import annotations

import codecs

import pytest

import kit
from kit.source import decode, split_lines


def write(tmp_path, data: bytes, name: str = "t.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "absent.txt"
    with pytest.raises(kit.TranscriptError, match=r"absent\.txt: no such file"):
        kit.read_transcript(path)


def test_directory_is_refused(tmp_path):
    with pytest.raises(kit.TranscriptError, match="is a folder"):
        kit.read_transcript(tmp_path)


def test_empty_file(tmp_path):
    with pytest.raises(kit.TranscriptError, match=r"t\.txt: the file is empty"):
        kit.read_transcript(write(tmp_path, b""))


def test_blank_only_file(tmp_path):
    with pytest.raises(kit.TranscriptError, match="contains no text"):
        kit.read_transcript(write(tmp_path, b"\n \n\t\n"))


def test_binary_data_reports_offset_and_line(tmp_path):
    path = write(tmp_path, b"Question: hi\nabc\x00\x01\x02")
    with pytest.raises(kit.TranscriptError) as error:
        kit.read_transcript(path)
    assert "binary" in str(error.value)
    assert "byte offset 16" in str(error.value)
    assert error.value.line == 2
    assert str(path) in str(error.value)


def test_png_header_is_binary(tmp_path):
    with pytest.raises(kit.TranscriptError, match="binary"):
        kit.read_transcript(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


@pytest.mark.parametrize(
    ("text", "encoding", "line"),
    [
        ("Question: ok\nВопрос: Да, конечно.\n", "cp1251", 2),
        ("Question: ok\n\n질문: 네, 그렇습니다.\n", "euc-kr", 3),
    ],
)
def test_legacy_encodings_are_named_with_offset_and_line(tmp_path, text, encoding, line):
    data = text.encode(encoding)
    path = write(tmp_path, data)
    with pytest.raises(kit.TranscriptError) as error:
        kit.read_transcript(path)
    message = str(error.value)
    offset = len(text.split("\n")[0].encode()) + 1 + (1 if line == 3 else 0)
    assert f"byte offset {offset}" in message
    assert error.value.line == line
    assert f'encoding="{encoding}"' in message
    # ... and the suggested encoding works.
    corpus = kit.read_transcript(path, encoding=encoding)
    assert corpus.lines["text"].tolist() == text.rstrip("\n").split("\n")


def test_unknown_encoding_name(tmp_path):
    with pytest.raises(kit.TranscriptError, match="unknown encoding 'klingon'"):
        kit.read_transcript(write(tmp_path, b"Question: hi"), encoding="klingon")


def test_crlf_bom_and_no_break_spaces(tmp_path):
    text = "Question:\u00a0Hi, Pavel Zarubin, VGTRK.\r\nVladimir\u00a0Putin: Yes.\r\n"
    corpus = kit.read_transcript(write(tmp_path, codecs.BOM_UTF8 + text.encode()))
    assert corpus.lines["text"].tolist() == [
        "Question:\u00a0Hi, Pavel Zarubin, VGTRK.",
        "Vladimir\u00a0Putin: Yes.",
    ]
    assert corpus.turns["speaker"].tolist() == ["Pavel Zarubin", "Vladimir Putin"]
    assert corpus.turns["speaker_label"].tolist() == ["Question", "Vladimir Putin"]


def test_utf16_with_bom_is_read(tmp_path):
    corpus = kit.read_transcript(write(tmp_path, "Question: Why?\nVladimir Putin: No.".encode("utf-16")))
    assert corpus.turns["kind"].tolist() == ["question", "answer"]


def test_decode_counts_lines_before_a_bad_byte():
    with pytest.raises(kit.TranscriptError) as error:
        decode(b"a\nb\nc\xff", "x.txt")
    assert error.value.line == 3
    assert "byte 0xff at byte offset 5" in str(error.value)


def test_split_lines_matches_editor_numbering():
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\n") == ["a"]
    assert split_lines("\n") == [""]
    assert split_lines("a\u2028b") == ["a\u2028b"]  # only CR and LF end lines


def test_parse_rejects_non_text():
    with pytest.raises(kit.TranscriptError, match="expected text"):
        kit.parse(b"Question: hi")  # type: ignore[arg-type]
    with pytest.raises(kit.TranscriptError, match=r"<text>, line 2: .*NUL"):
        kit.parse("Question: hi\nthere\x00")
