"""Reading files: every kind of bad input gives a TranscriptError that names the file."""

from __future__ import annotations

import codecs
import re
import time

import pytest

import kit
from kit.__main__ import main
from kit.source import check_text, decode, split_lines


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


def test_split_lines_ends_lines_where_str_splitlines_does():
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\n") == ["a"]
    assert split_lines("\n") == [""]
    assert split_lines("a\n\n") == ["a", ""]
    assert split_lines("\ufeffa\u2028b\u2029c\x85d\x0be\x0cf\x1cg\x1dh\x1ei") == list("abcdefghi")
    assert split_lines("a\u2028") == ["a"]  # a final separator starts no extra line


def test_parse_rejects_non_text():
    with pytest.raises(kit.TranscriptError, match="expected text"):
        kit.parse(b"Question: hi")  # type: ignore[arg-type]
    with pytest.raises(kit.TranscriptError, match=r"<text>, line 2: .*NUL"):
        kit.parse("Question: hi\nthere\x00")


# -- Which encoding to suggest: the right one, or none -------------------------------

RUSSIAN = (
    "Вопрос: Добрый день, Владимир Владимирович. Как прошли переговоры?\n"
    "Владимир Путин: Спасибо. Переговоры были открытыми и конструктивными.\n"
)
FRENCH = (
    "Question : Bonjour, monsieur le Président. Qu'avez-vous décidé à Genève ?\n"
    "Vladimir Poutine : Nous avons parlé de la sécurité, « très franchement ».\n"
)
GERMAN = "Frage: Herr Müller, wie geht es weiter?\nAntwort: Schön, danke. Señor García aus España.\n"
ENGLISH_WORD = (  # Word's curly quotes and dash, saved as Windows-1252
    "Question: What\u2019s next, Mr President?\nVladimir Putin: \u201cNothing\u201d \u2013 that\u2019s all.\n"
)
NAMED = re.compile(r'encoding="(?!\.\.\.)')  # a hint that names an encoding


def hint_for(tmp_path, data: bytes) -> kit.TranscriptError:
    with pytest.raises(kit.TranscriptError) as error:
        kit.read_transcript(write(tmp_path, data))
    return error.value


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(FRENCH, "latin-1"), (FRENCH, "cp1252"), (GERMAN, "latin-1"), (ENGLISH_WORD, "cp1252")],
    ids=["french-latin-1", "french-cp1252", "german-latin-1", "english-curly-quotes-cp1252"],
)
def test_western_text_is_told_cp1252_and_the_hint_reads_it(tmp_path, text, encoding):
    error = hint_for(tmp_path, text.encode(encoding))
    assert str(error).endswith(
        'It looks like cp1252: re-save the file as UTF-8, or read it with kit.read_transcript(path, encoding="cp1252").'
    )
    assert "cp1251" not in str(error)
    corpus = kit.read_transcript(tmp_path / "t.txt", encoding="cp1252")
    assert corpus.lines["text"].tolist() == text.splitlines()


def test_real_cp1251_russian_is_told_cp1251(tmp_path):
    error = hint_for(tmp_path, RUSSIAN.encode("cp1251"))
    assert 'encoding="cp1251"' in str(error)
    corpus = kit.read_transcript(tmp_path / "t.txt", encoding="cp1251")
    assert corpus.lines["text"].tolist() == RUSSIAN.splitlines()


def stray(data: bytes, at: int, byte: bytes = b"\xff") -> bytes:
    return data[:at] + byte + data[at:]


@pytest.mark.parametrize("text", [RUSSIAN, FRENCH], ids=["russian", "french"])
def test_utf8_with_one_stray_byte_is_damaged_utf8_not_another_encoding(tmp_path, text):
    data = text.encode()
    at = data.index(b"\n") + 1 + data[data.index(b"\n") + 1 :].index(b" ")  # a space on line 2
    error = hint_for(tmp_path, stray(data, at))
    message = str(error)
    assert error.line == 2
    assert f"byte 0xff at byte offset {at} cannot be decoded" in message
    assert "The rest of the file is UTF-8, so it is damaged there" in message
    assert not NAMED.search(message) and "cp125" not in message


def test_a_byte_dropped_inside_a_character_is_one_damaged_place(tmp_path):
    data = RUSSIAN.encode()
    at = data.index("Путин".encode()) + 1  # between the two bytes of "П"
    error = hint_for(tmp_path, stray(data, at))
    assert error.line == 2 and f"byte offset {at - 1}" in str(error)
    assert "damaged there" in str(error) and not NAMED.search(str(error))


@pytest.mark.parametrize(
    "text",
    [RUSSIAN, FRENCH, "Question: Why?\nVladimir Putin: Because \u2014"],
    ids=["russian", "french", "english-dash"],
)
def test_utf8_cut_off_inside_a_character_says_so(tmp_path, text):
    kept = text[: max(i for i, char in enumerate(text) if not char.isascii()) + 1]
    error = hint_for(tmp_path, kept.encode()[:-1])  # cut inside the last non-ASCII character
    message = str(error)
    assert error.line == len(kept.splitlines())
    assert "The rest of the file is UTF-8" in message and "partway through a character" in message
    assert not NAMED.search(message)


def test_utf8_with_two_stray_bytes_names_both(tmp_path):
    data = FRENCH.encode()
    second = data.index(b"Nous")
    damaged = stray(stray(data, second, b"\x80"), 10, b"\xfe")
    error = hint_for(tmp_path, damaged)
    message = str(error)
    assert error.line == 1 and "byte 0xfe at byte offset 10" in message
    assert f"nor can byte 0x80 at byte offset {second + 1} (line 2)" in message
    assert "damaged in those two places" in message and not NAMED.search(message)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)) * 3,  # noise: decodes in cp1252 and cp1251, but is neither
        "ВОПРОС: ДА.\n".encode("cp1251"),  # too little, and all capitals
        "Question: Paris 1.º\n".encode("latin-1"),  # º is what a stray 0xba looks like, too
        b"Question: Why?\nVladimir Putin: Because\xff.\n",
    ],
    ids=["noise", "russian-capitals", "latin-1-ordinal", "ascii-and-0xff"],
)
def test_when_unsure_no_encoding_is_named(tmp_path, data):
    message = str(hint_for(tmp_path, data))
    assert "not UTF-8 text" in message and not NAMED.search(message)


def test_explicit_wrong_encoding_of_a_utf8_file_says_it_is_utf8(tmp_path):
    path = write(tmp_path, RUSSIAN.encode())
    with pytest.warns(UserWarning, match=r"is UTF-8 text, not euc-kr: read as UTF-8"):
        corpus = kit.read_transcript(path, encoding="euc-kr")
    assert corpus.lines["text"].tolist() == RUSSIAN.splitlines()


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1", "cp1252", "utf-16", "koi8-r"])
def test_an_encoding_hint_never_garbles_a_utf8_file(tmp_path, encoding):
    """Read as cp1251 (or latin-1, ...), a UTF-8 file decodes without an error, into other characters."""
    path = write(tmp_path, RUSSIAN.encode())
    with pytest.warns(UserWarning, match=f"is UTF-8 text, not {encoding}"):
        corpus = kit.read_corpus([path], encoding=encoding)
    assert corpus.lines["text"].tolist() == RUSSIAN.splitlines()


def test_an_encoding_hint_still_reads_its_own_files_and_plain_ascii(tmp_path, recwarn):
    russian = write(tmp_path, RUSSIAN.encode("cp1251"))
    assert kit.read_transcript(russian, encoding="cp1251").lines["text"].tolist() == RUSSIAN.splitlines()
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"Question: Why?\nVladimir Putin: Because.\n")
    assert kit.read_transcript(plain, encoding="cp1251").turns["text"].tolist() == ["Why?", "Because."]
    assert not [w for w in recwarn if issubclass(w.category, UserWarning)]


# -- Any spelling of a text encoding; codecs that are not text encodings ----------------


@pytest.mark.parametrize(
    "spelling",
    ["UTF-16", "utf16", "UTF-16LE", "utf_16_be", "UTF-32", "utf32", "utf-32-be", "Latin-1"],
)
def test_any_spelling_of_an_encoding_reads_the_file(tmp_path, spelling):
    text = "Question: Pourquoi ?\nVladimir Putin: Parce que.\n"
    path = write(tmp_path, text.encode(codecs.lookup(spelling).name))
    corpus = kit.read_transcript(path, encoding=spelling)
    assert corpus.lines["text"].tolist() == text.splitlines()
    assert corpus.turns["kind"].tolist() == kit.parse(text).turns["kind"].tolist()


@pytest.mark.parametrize(
    "bom",
    [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE],
    ids=["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"],
)
def test_utf32_and_utf16_are_found_by_their_byte_order_mark(tmp_path, bom):
    codec = {
        codecs.BOM_UTF32_LE: "utf-32-le",
        codecs.BOM_UTF32_BE: "utf-32-be",
        codecs.BOM_UTF16_LE: "utf-16-le",
        codecs.BOM_UTF16_BE: "utf-16-be",
    }[bom]
    text = "Question: Why?\nVladimir Putin: Вот почему.\n"
    corpus = kit.read_transcript(write(tmp_path, bom + text.encode(codec)))
    assert corpus.lines["text"].tolist() == text.splitlines()


@pytest.mark.parametrize("codec", ["base64", "rot13", "zip", "hex"])
def test_a_codec_that_is_not_a_text_encoding_is_refused_plainly(tmp_path, codec):
    with pytest.raises(kit.TranscriptError, match=rf"t\.txt: '{codec}' is not a text encoding"):
        kit.read_transcript(write(tmp_path, b"UXVlc3Rpb246IGhp"), encoding=codec)


# -- Line numbers are the kit's own: str.splitlines() boundaries, in every codec -------

BOUNDARIES = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("boundary", BOUNDARIES, ids=[f"U+{ord(b[-1]):04X}" for b in BOUNDARIES])
def test_a_bad_byte_is_reported_on_the_line_split_lines_gives_it(boundary):
    lines = ["Question: Why?", "Vladimir Putin: Because.", "And one more"]
    text = boundary.join(lines)
    assert split_lines(text) == lines
    with pytest.raises(kit.TranscriptError) as error:
        decode(text.encode() + b"\xff thing.", "x.txt")
    assert error.value.line == len(lines)
    assert f"byte offset {len(text.encode())}" in str(error.value)


def test_cr_only_file_with_a_bad_byte_on_line_3(tmp_path):
    error = hint_for(tmp_path, b"Question: Why?\rVladimir Putin: Because.\rAnd \xff more.\r")
    assert error.line == 3


def test_cr_only_file_with_a_nul_byte_on_line_3(tmp_path):
    error = hint_for(tmp_path, b"Question: Why?\rVladimir Putin: Because.\rAnd \x00 more.\r")
    assert error.line == 3 and "binary" in str(error)


def test_utf16_problems_are_reported_on_the_right_line(tmp_path):
    lines = ["Question: Why?", "Vladimir Putin: Because.", "And one more thing."]
    good = "\r\n".join(lines).encode("utf-16")
    error = hint_for(tmp_path, good + "\ud800".encode("utf-16-le", "surrogatepass") + b"x\x00")
    assert error.line == 3 and "not UTF-16 text" in str(error)
    error = hint_for(tmp_path, good[:-1])  # an odd number of bytes: the last one is cut off
    assert error.line == 3 and f"byte offset {len(good) - 2}" in str(error)
    nul = "\u2028".join(["Question: Why?", "Vladimir Putin: Because\x00."]).encode("utf-16")
    error = hint_for(tmp_path, nul)
    assert error.line == 2 and "binary" in str(error)


def test_a_file_with_unicode_line_separators(tmp_path):
    text = "Question: Why?\u2028Vladimir Putin: Because.\u2029(Applause.)"
    corpus = kit.read_transcript(write(tmp_path, text.encode()))
    assert corpus.lines["text"].tolist() == text.splitlines()
    assert corpus.lines["line"].tolist() == [1, 2, 3]


# -- Lone surrogates ---------------------------------------------------------------------


def test_a_lone_surrogate_is_refused_naming_its_line(tmp_path):
    data = "Question: ok\nВопрос: Да.\n".encode("cp1251")
    text = data.decode("utf-8", errors="surrogateescape")  # what a student might try
    with pytest.raises(kit.TranscriptError) as error:
        kit.parse(text, "q.txt")
    assert error.value.line == 2
    assert str(error.value) == (
        "q.txt, line 2: contains an undecodable character U+DCC2 (a lone surrogate); read the "
        "file with kit.read_transcript(path) instead of errors='surrogateescape'"
    )
    with pytest.raises(kit.TranscriptError, match=r"line 3: .*U\+D83D \(a lone surrogate"):
        kit.parse("Question: ok\n\u2028Vladimir Putin: \ud83d")


def test_the_checks_on_every_parse_stay_fast():
    """A 10 MB text: the checks beyond decoding cost a few ms, not a per-character loop."""
    text = RUSSIAN * (10_000_000 // len(RUSSIAN.encode()))
    data = text.encode()

    def best(run) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return min(times)

    raw = best(lambda: data.decode("utf-8"))
    assert best(lambda: decode(data)) < 2 * raw + 0.02
    assert best(lambda: check_text(text)) < 0.05  # a Python loop over 5M characters takes ~1 s


# -- Passed through by read_transcript and the command line -------------------------------


def test_command_line_passes_the_encoding_and_reports_errors_in_one_line(tmp_path, capsys):
    text = "Question: Why?\nVladimir Putin: Because.\n"
    path = write(tmp_path, text.encode("utf-16-be"))
    out = tmp_path / "out"
    assert main(["export", str(path), "--encoding", "UTF-16BE", "--out", str(out)]) == 0
    assert out.is_dir() and any(out.iterdir())
    capsys.readouterr()
    assert (
        main(["export", str(path), "--encoding", "base64", "--out", str(tmp_path / "o")]) == 1
    )  # an error while running
    err = capsys.readouterr().err
    assert err == (
        f"error: {path}: 'base64' is not a text encoding: give the file's character "
        'encoding, such as "utf-8" or "cp1251"\n'
    )
    latin = write(tmp_path, FRENCH.encode("latin-1"), "fr.txt")
    assert main(["export", str(latin), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and 'encoding="cp1252"' in err and "Traceback" not in err
