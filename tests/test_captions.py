"""Caption files (WebVTT, SubRip): recognised, their lines classified, their cues' times, voices and changes of speaker."""

from __future__ import annotations

import time

import pandas as pd
import pytest

import kit
from kit.gather import SUFFIXES
from kit.parsing.captions import Captions, caption_text, read_captions
from kit.schema import answering


def read(text: str) -> Captions:
    """The captions of a text written with newlines; fails when it is not recognised."""
    found = read_captions(text.split("\n"))
    assert found is not None, "not recognised as captions"
    return found


# --- WebVTT --------------------------------------------------------------------------


def test_the_module_docstrings_picture_holds() -> None:
    found = read(
        "WEBVTT\nKind: captions\n\nNOTE edited by hand\n\nintro\n"
        "00:01.000 --> 00:04.000 align:start\n<v Anna>Good morning.\n- Thank you."
    )
    assert found.kinds == ["cue", "cue", "blank", "cue", "blank", "cue", "cue", "text", "text"]
    assert found.times == {7: "00:00:01.000"}
    assert found.voices == {7: ("<v Anna>", "Anna")}
    assert found.changes == {8}


def test_webvtt_header_metadata_note_style_and_region_blocks_are_cue_lines() -> None:
    found = read(
        "WEBVTT - a press briefing\n"  # 0
        "Kind: captions\n"
        "Language: en\n"
        "\n"
        "STYLE\n"  # 4
        "::cue { color: yellow }\n"
        "\n"
        "REGION\n"  # 7
        "id:left width:40%\n"
        "\n"
        "NOTE a comment\n"  # 10
        "that runs on\n"
        "- and on\n"  # a dash in a NOTE is no change of speaker
        "\n"
        "00:00:05.000 --> 00:00:07.000\n"  # 14
        "Good afternoon.\n"
        "Please sit down.\n"
        "\n"
        "NOTE\n"  # 18: NOTE alone
        "between cues\n"
        "\n"
        "00:00:08.000 --> 00:00:09.000\n"  # 21
        "Thank you."
    )
    header, style, region, note, cue, note_alone, last = (
        ["cue"] * 3 + ["blank"],
        ["cue", "cue", "blank"],
        ["cue", "cue", "blank"],
        ["cue"] * 3 + ["blank"],
        ["cue", "text", "text", "blank"],
        ["cue", "cue", "blank"],
        ["cue", "text"],
    )
    assert found.kinds == header + style + region + note + cue + note_alone + last
    assert found.times == {15: "00:00:05.000", 22: "00:00:08.000"}
    assert found.changes == set()


def test_cue_identifiers_are_optional_and_may_be_words() -> None:
    found = read("WEBVTT\n\nopening\n00:00:01.000 --> 00:00:02.000\nHello.\n\n00:00:03.000 --> 00:00:04.000\nBye.")
    assert found.kinds == ["cue", "blank", "cue", "cue", "text", "blank", "cue", "text"]
    assert found.times == {4: "00:00:01.000", 7: "00:00:03.000"}


@pytest.mark.parametrize(
    ("timing", "start"),
    [
        ("01:02.500 --> 01:05.000", "00:01:02.500"),  # no hours
        ("01:02:03.004 --> 01:02:05.000", "01:02:03.004"),
        ("123:00:00.000 --> 123:00:01.000", "123:00:00.000"),  # hours may take more than two digits
        ("00:10.000 --> 00:12.000 align:start position:10% line:0", "00:00:10.000"),  # cue settings
        ("00:10.000-->00:12.000", "00:00:10.000"),
    ],
)
def test_webvtt_times_are_normalised_to_hours_minutes_seconds_and_milliseconds(timing: str, start: str) -> None:
    found = read(f"WEBVTT\n\n{timing}\nWords.")
    assert found.kinds == ["cue", "blank", "cue", "text"]
    assert found.times == {3: start}


def test_a_byte_order_mark_trailing_spaces_and_blank_lines_before_the_header_are_tolerated() -> None:
    found = read_captions(["", "\ufeffWEBVTT  ", "  ", "00:01.000 --> 00:02.000   ", "Hello.  ", " \t"])
    assert found is not None
    assert found.kinds == ["blank", "cue", "blank", "cue", "text", "blank"]
    assert found.times == {4: "00:00:01.000"}


def test_a_header_followed_directly_by_a_cue_ends_at_its_timing_line() -> None:
    found = read("WEBVTT\n00:01.000 --> 00:02.000\nHello.")
    assert found.kinds == ["cue", "cue", "text"]
    assert found.times == {2: "00:00:01.000"}


def test_a_cue_without_payload_has_no_time_and_lines_after_a_stray_blank_stay_text() -> None:
    found = read("WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:03.000 --> 00:04.000\nOne.\n\nand two.")
    assert found.kinds == ["cue", "blank", "cue", "blank", "cue", "text", "blank", "text"]
    assert found.times == {5: "00:00:03.000"}  # "and two." continues the cue before it: no time of its own


def test_a_timing_line_inside_a_payload_starts_a_new_cue_and_a_word_before_it_stays_text() -> None:
    found = read("WEBVTT\n\n00:01.000 --> 00:02.000\nOne.\nintro\n00:03.000 --> 00:04.000\nTwo.")
    assert found.kinds == ["cue", "blank", "cue", "text", "text", "cue", "text"]
    assert found.times == {3: "00:00:01.000", 6: "00:00:03.000"}


# --- SubRip --------------------------------------------------------------------------


def test_srt_blocks_are_number_timing_and_payload() -> None:
    found = read(
        "1\n00:00:01,000 --> 00:00:02,500\nGood evening.\nWelcome.\n\n2\n00:00:03,000 --> 00:00:04,000\nThank you.\n"
    )
    assert found.kinds == ["cue", "cue", "text", "text", "blank", "cue", "cue", "text", "blank"]
    assert found.times == {2: "00:00:01.000", 7: "00:00:03.000"}  # the comma becomes a dot


def test_srt_numbers_may_be_missing_or_out_of_order_and_timings_may_use_a_dot() -> None:
    found = read(
        "7\n00:00:01,000 --> 00:00:02,000\nOne.\n\n"
        "00:00:03.000 --> 00:00:04.000\nTwo.\n\n"
        "3\n0:00:05,000 --> 0:00:06,000\nThree."
    )
    assert found.kinds == ["cue", "cue", "text", "blank", "cue", "text", "blank", "cue", "cue", "text"]
    assert found.times == {2: "00:00:01.000", 5: "00:00:03.000", 9: "00:00:05.000"}


def test_a_number_followed_by_a_timing_line_is_a_new_cue_even_without_a_blank_line() -> None:
    found = read(
        "1\n00:00:01,000 --> 00:00:02,000\nThe year was\n1984\n"  # a number as words: stays text
        "2\n00:00:03,000 --> 00:00:04,000\nand then\n3\n00:00:05,000 --> 00:00:06,000\nmore."
    )
    assert found.kinds == ["cue", "cue", "text", "text", "cue", "cue", "text", "cue", "cue", "text"]
    assert found.times == {2: "00:00:01.000", 6: "00:00:03.000", 9: "00:00:05.000"}


def test_srt_with_a_byte_order_mark_and_trailing_spaces() -> None:
    found = read_captions(
        ["\ufeff1 ", "00:00:01,000 --> 00:00:02,000 ", "Hi. ", "", "2", "00:00:03,000 --> 00:00:04,000", "Bye."]
    )
    assert found is not None
    assert found.kinds == ["cue", "cue", "text", "blank", "cue", "cue", "text"]


def test_srt_needs_no_number_on_its_first_block_and_lines_before_the_first_cue_are_text() -> None:
    found = read("Subtitles by someone\n\n00:00:01,000 --> 00:00:02,000\nOne.\n\n00:00:03,000 --> 00:00:04,000\nTwo.")
    assert found.kinds == ["text", "blank", "cue", "text", "blank", "cue", "text"]
    assert found.times == {3: "00:00:01.000", 6: "00:00:03.000"}


def test_srt_blocks_are_not_checked_for_note_blocks() -> None:
    found = read("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\nNOTE this\n\n2\n00:00:03,000 --> 00:00:04,000\nBye.")
    assert found.kinds[4] == "text"


# --- not captions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n  \n",
        "Q: What does --> mean in a subtitle file?\nA: It separates the start from the end.",
        "Press briefing\n\nWEBVTT is a format for captions.\nWEBVTT\n\n00:01.000 --> 00:02.000\nHi.",  # not first
        "WEBVTTX\n\n00:01.000 --> 00:02.000\nHi.",
        "WEBVTT-captions\n\n00:01.000 --> 00:02.000\nHi.",
        "1\n00:00:01,000 --> 00:00:02,000\nOnly one cue.",  # a single timing line
        "Q: Is this a subtitle?\n00:00:01,000 --> 00:00:02,000\nA: No.\n00:00:03,000 --> 00:00:04,000 and so on.",
        "\n".join(
            ["Vladimir Putin: Yes."] * 20 + ["", "00:00:01,000 --> 00:00:02,000", "", "00:00:03,000 --> 00:00:04,000"]
        ),
        "1\n00:00:01,000 --> 00:00:02\nNo milliseconds.\n\n2\n00:00:03 --> 00:00:04\nNone here either.",
    ],
    ids=[
        "empty",
        "blank",
        "arrow in prose",
        "WEBVTT in the middle",
        "WEBVTTX",
        "WEBVTT-",
        "single timing line",
        "timing lines not opening blocks",
        "timing lines a small share",
        "malformed stamps",
    ],
)
def test_texts_that_are_not_caption_files_give_none(text: str) -> None:
    assert read_captions(text.split("\n")) is None


# --- a video site's transcript: times alone on their lines -------------------------------

# As a video page shows its transcript, copied: the page's title and buttons, then each
# caption's time on a line of its own above its words, chapter titles between them, and the
# page's links after the last caption.
VIDEO_PAGE = """City budget hearing: the mayor answers the council
Channel 9
Subscribe
Transcript
Opening
0:00
>> THE HEARING WILL COME TO
0:02
ORDER. MAYOR, YOUR STATEMENT.
0:05
>> MAYOR OKAFOR: THANK YOU, MADAM
0:07
CHAIR. THE BUDGET IS BALANCED.
Questions
1:10
>> COUNCILMEMBER DIAZ: WHY DID
1:12
THE LIBRARY HOURS GO DOWN?
1:15
>> WE HAD TO MAKE CHOICES.
1:18
[ APPLAUSE ]
1:20
>> COUNCILMEMBER DIAZ: THANK YOU.
1:22
FIELD OFFICE.
Show less"""


def test_a_video_pages_transcript_is_read_as_captions() -> None:
    found = read(VIDEO_PAGE)
    kinds = dict(zip(VIDEO_PAGE.split("\n"), found.kinds, strict=True))
    assert [kinds[line] for line in ("City budget hearing: the mayor answers the council", "Opening")] == ["text"] * 2
    assert kinds["Questions"] == kinds["0:00"] == kinds["1:10"] == "cue"  # a chapter's title between cues, and times
    assert kinds[">> WE HAD TO MAKE CHOICES."] == kinds["ORDER. MAYOR, YOUR STATEMENT."] == "text"
    assert found.times[6] == "00:00:00.000" and found.times[15] == "00:01:10.000"
    assert found.outside == {len(found.kinds) - 1}  # "Show less": the page's, after the last caption


def test_a_video_pages_transcript_has_turns_from_speaker_marks_and_labels() -> None:
    corpus = kit.parse(VIDEO_PAGE, source="hearing.txt")
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Unnamed speaker",
        "Mayor Okafor",
        "Councilmember Diaz",
        "Unnamed speaker",
        "Councilmember Diaz",
    ]
    assert turns["time"].tolist() == ["00:00:00.000", "00:00:05.000", "00:01:10.000", "00:01:15.000", "00:01:20.000"]
    assert turns["text"].tolist()[1] == "THANK YOU, MADAM\nCHAIR. THE BUDGET IS BALANCED."
    assert "FIELD OFFICE." in turns["text"].tolist()[-1]  # a caption's words, not a label closed by a full stop
    kind = dict(zip(corpus.lines["text"], corpus.lines["kind"], strict=True))
    assert kind["[ APPLAUSE ]"] == "stage" and kind["Show less"] == "residue"
    assert kind["Subscribe"] not in ("speech", "stage") and kind["Opening"] not in ("speech", "stage")
    assert corpus.documents["title"].tolist() == ["City budget hearing: the mayor answers the council"]


def test_times_above_paragraphs_of_a_labelled_transcript() -> None:
    text = (
        "00:00:04\nAnna Lee: Welcome to the show. Today we talk about housing.\n\n"
        "00:00:31\nTom Berg: Thanks for having me.\nIt is good to be here.\n\n"
        "00:01:02\nAnna Lee: Why are rents rising so fast?\n\n"
        "00:01:15\nTom Berg: Because we stopped building.\n\n"
        "00:02:40\nSo the answer is to build again.\n"
    )
    turns = kit.parse(text, source="show.txt").turns
    assert turns["speaker"].tolist() == ["Anna Lee", "Tom Berg", "Anna Lee", "Tom Berg"]
    assert turns["time"].tolist() == ["00:00:04", "00:00:31", "00:01:02", "00:01:15"]  # as written
    assert turns["text"].tolist()[1] == "Thanks for having me.\nIt is good to be here."
    assert turns["text"].tolist()[3] == "Because we stopped building.\n\nSo the answer is to build again."


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\n9:00\nWelcome\n9:30\nKeynote",  # three times: too few
        "0:05\nOne.\n0:01\nTwo.\n0:09\nThree.\n0:02\nFour.\n0:00\nFive.",  # out of order
        "\n".join(  # hard-wrapped prose where a time falls on a line of its own: four times in 21 lines
            f"The minutes say the council met at\n{t}\nand sat until late. Nobody asked\nwhy it met so often,"
            "\nand nobody answered."
            for t in ("9:30", "10:15", "11:00", "11:45")
        ),
        "The score was\n2:1\nat half time and\n3:1\nat the end; the replay\n4:60\nwas not.\n",  # not times
    ],
    ids=["three times", "out of order", "times a small share", "scores"],
)
def test_lines_of_times_that_are_no_transcript_give_none(text: str) -> None:
    assert read_captions(text.split("\n")) is None


def test_words_before_the_first_cue_open_no_turn() -> None:
    srt = "Subtitles by someone\n\n1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo."
    corpus = kit.parse(srt, source="a.srt")
    assert corpus.turns["text"].tolist() == ["One.\nTwo."]
    assert corpus.lines.loc[0, "kind"] != "speech" and pd.isna(corpus.lines.loc[0, "turn_id"])


# --- voices and changes of speaker ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "prefix", "name"),
    [
        ("<v Lenny Rachitsky>So tell me.", "<v Lenny Rachitsky>", "Lenny Rachitsky"),
        ("<v.loud Anna>Stop!</v>", "<v.loud Anna>", "Anna"),
        ("<v.loud.first  Anna Smith >Hi", "<v.loud.first  Anna Smith >", "Anna Smith"),
        ("- <v Bob>Yes.", "- <v Bob>", "Bob"),
        (">> <v Bob>Yes.", ">> <v Bob>", "Bob"),
        (">><v Bob>Yes.", ">><v Bob>", "Bob"),
        ("  <c.yellow><v Bob>Yes.", "  <c.yellow><v Bob>", "Bob"),
        ("<00:00:01.500><v Bob>Yes.", "<00:00:01.500><v Bob>", "Bob"),
        ("<v Tom &amp; Jerry>Both of us.", "<v Tom &amp; Jerry>", "Tom & Jerry"),
    ],
)
def test_a_voice_tag_at_a_payload_lines_start_names_the_speaker(line: str, prefix: str, name: str) -> None:
    found = read(f"WEBVTT\n\n00:01.000 --> 00:02.000\n{line}")
    assert found.voices == {3: (prefix, name)}
    assert line.startswith(prefix)
    assert found.changes == set()


@pytest.mark.parametrize(
    "line",
    ["Yes, <v Bob>he said.", "<v >Nobody.", "<v>Nobody.", "<voice Bob>Not a tag.", "Bob: a label is the parser's"],
)
def test_a_voice_tag_not_at_the_start_or_with_no_name_names_no_one(line: str) -> None:
    found = read(f"WEBVTT\n\n00:01.000 --> 00:02.000\n{line}")
    assert found.voices == {}


def test_voices_on_every_payload_line_of_a_cue() -> None:
    found = read("WEBVTT\n\n00:01.000 --> 00:02.000\n- <v Anna>Coffee?\n- <v Bob>Tea.")
    assert found.voices == {3: ("- <v Anna>", "Anna"), 4: ("- <v Bob>", "Bob")}
    assert found.times == {3: "00:00:01.000"}


@pytest.mark.parametrize(
    ("line", "change"),
    [
        (">> Good evening.", True),
        (">>Good evening.", True),
        (">>> In other news.", True),  # a new story
        ("- Where were you?", True),
        ("-Where were you?", True),
        ("– Ici.", True),
        ("<i>- Yes.</i>", True),
        ("{\\an8}- Up here.", True),
        ("-5 degrees tonight.", False),
        ("-- and then", False),
        ("->", False),
        (">>>> arrows", False),
        ("Well - maybe.", False),
        ("A plain line.", False),
    ],
)
def test_a_change_marker_at_a_payload_lines_start_is_a_change_of_speaker(line: str, change: bool) -> None:
    found = read(f"1\n00:00:01,000 --> 00:00:02,000\n{line}\n\n2\n00:00:03,000 --> 00:00:04,000\nNext.")
    assert found.changes == ({2} if change else set())
    assert found.voices == {}


def test_changes_and_voices_are_only_payload_lines() -> None:
    found = read("WEBVTT\n\nNOTE\n>> a note\n<v Anna>in a note\n\n- id\n00:01.000 --> 00:02.000\n>> Hi.")
    assert found.kinds == ["cue", "blank", "cue", "cue", "cue", "blank", "cue", "cue", "text"]
    assert found.changes == {8}
    assert found.voices == {}


# --- caption_text --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "text"),
    [
        ("<c.yellow.bg_blue>Yellow</c> and <i>italic</i>, <b>bold</b>, <u>under</u>", "Yellow and italic, bold, under"),
        ("<v Anna>Hello</v> <v.loud Bob>there", "Hello there"),
        ("<lang fr>Bonjour</lang> <lang en-GB>all</lang>", "Bonjour all"),
        ("<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>", "漢字"),
        ("<00:00:01.000><c> word</c><00:00:01.500><c> by</c><01:02.000> word", " word by word"),
        ('<font color="#ffff00">Yellow</font> <FONT face="Arial">Arial</FONT> <I>it</I>', "Yellow Arial it"),
        ("{\\an8}Top of the screen{\\i1}", "Top of the screen"),
        ("Q&amp;A &lt;laughter&gt; a&nbsp;b x&lrm;y&rlm;", "Q&A <laughter> a\u00a0b x\u200ey\u200f"),
        ("it&#39;s &#x2019; &quot;so&quot; &apos;", "it's \u2019 \"so\" '"),
        ("&amp;lt; stays &lt; once", "&lt; stays < once"),  # decoded once, not twice
        ("&lt;i&gt;not a tag&lt;/i&gt;", "<i>not a tag</i>"),  # tags are dropped before decoding
        ("a  <i> spaced </i>  line ", "a   spaced   line "),
        ("x < y and a <b> tag", "x < y and a  tag"),
        ("<ruby>読<rt><i>yo</i></rt></ruby>む", "読む"),  # markup in a reading goes with it
        ("<ruby>漢<rt>kan<rt>ji</ruby>", "漢"),  # a reading's end tag may be left out
        (
            "<br> and <span> are not caption tags, &bogus; &#0; stay",
            "<br> and <span> are not caption tags, &bogus; &#0; stay",
        ),
    ],
)
def test_caption_text_drops_markup_and_decodes_references(payload: str, text: str) -> None:
    assert caption_text(payload) == text


# --- size, folders -------------------------------------------------------------------


def test_fifty_thousand_cues_are_read_in_linear_time() -> None:
    cues = []
    for k in range(50_000):
        s = k * 2
        cues += [str(k + 1), f"{s // 3600:02}:{s // 60 % 60:02}:{s % 60:02},000 --> 99:00:00,000", f">> Line {k}.", ""]
    started = time.perf_counter()
    found = read_captions(cues)
    elapsed = time.perf_counter() - started
    assert found is not None
    assert len(found.times) == len(found.changes) == 50_000
    assert found.times[4 * 49_999 + 2] == "27:46:38.000"
    assert elapsed < 5, f"{elapsed:.1f} s for 50,000 cues"


def test_payload_lines_of_numbers_alone_stay_linear_and_text() -> None:
    lines = ["WEBVTT", "", "00:01.000 --> 00:02.000"] + ["1"] * 200_000
    started = time.perf_counter()
    found = read_captions(lines)
    assert time.perf_counter() - started < 5
    assert found is not None and found.kinds.count("text") == 200_000


@pytest.mark.parametrize("unit", ["<v ", "<i ", "{\\", "<rt><i", "- <c.x", "&#"])
def test_a_long_line_of_unclosed_markup_is_read_in_linear_time(unit: str) -> None:
    line = unit * 100_000
    started = time.perf_counter()
    found = read(f"WEBVTT\n\n00:01.000 --> 00:02.000\n{line}")
    caption_text(line)
    assert time.perf_counter() - started < 2
    assert found.kinds[3] == "text"


def test_a_folder_of_caption_files_is_read() -> None:
    assert ".vtt" in SUFFIXES and ".srt" in SUFFIXES
    assert SUFFIXES.index(".srt") < SUFFIXES.index(".html")


def test_cues_of_the_same_labelled_speaker_are_one_turn():
    vtt = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAnna Lee: We start with the budget.\n\n"
        "2\n00:00:04.000 --> 00:00:08.000\nAnna Lee: It is late this year.\n\n"
        "3\n00:00:08.000 --> 00:00:10.000\nTom Ford: Why is it late?\n\n"
        "4\n00:00:10.000 --> 00:00:12.000\nAnna Lee: Nobody knows.\n"
    )
    turns = kit.parse(vtt, source="meeting.vtt").turns
    assert turns[["speaker", "time", "text"]].values.tolist() == [
        ["Anna Lee", "00:00:01.000", "We start with the budget.\nIt is late this year."],
        ["Tom Ford", "00:00:08.000", "Why is it late?"],
        ["Anna Lee", "00:00:10.000", "Nobody knows."],
    ]


def test_a_rolling_captions_repeated_line_is_said_once_and_kept_as_a_cue_line():
    vtt = (
        "WEBVTT\nKind: captions\n\n00:00:00.000 --> 00:00:02.000\nwe start with the budget\n\n"
        "00:00:02.000 --> 00:00:04.000\nwe start with the budget\nit is late this year\n\n"
        "00:00:04.000 --> 00:00:06.000\nit is late this year\nand nobody knows why\n"
    )
    parsed = kit.parse(vtt, source="video.vtt")
    assert parsed.turns["text"].tolist() == ["we start with the budget\nit is late this year\nand nobody knows why"]
    assert parsed.turns["time"].tolist() == ["00:00:00.000"]
    repeated = parsed.lines[parsed.lines["text"] == "it is late this year"]
    assert repeated["kind"].tolist() == ["speech", "cue"]


def test_a_line_said_again_in_a_cue_of_its_own_is_kept():
    vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n>> Thank you.\n\n00:00:01.000 --> 00:00:02.000\n>> Thank you.\n"
    assert kit.parse(vtt, source="a.vtt").turns["text"].str.count("Thank you").sum() == 2


def test_automatic_captions_keep_words_said_twice():
    """A line shown word by word is said, even when the line before said the same words."""
    vtt = (
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n \nthank<00:00:00.500><c> you</c>\n\n"
        "00:00:02.000 --> 00:00:02.010\nthank you\n \n\n"
        "00:00:02.010 --> 00:00:04.000\nthank you\nthank<00:00:02.500><c> you</c>\n\n"
        "00:00:04.000 --> 00:00:04.010\nthank you\n \n"
    )
    assert kit.parse(vtt, source="video.vtt").turns["text"].tolist() == ["thank you\nthank you"]


def test_automatic_captions_shown_word_by_word_say_each_line_once():
    """A video site's automatic captions: each line is shown word by word (inline times), then
    whole in a cue of ten milliseconds, then again above the next line; cues open with a line of
    spaces. Each line is said once, with the time of the cue that first shows it."""
    vtt = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:00:00.030 --> 00:00:02.670 align:start position:0%\n \n"
        "good<00:00:00.330><c> afternoon</c><00:00:00.650><c> everybody</c>\n\n"
        "00:00:02.670 --> 00:00:02.680 align:start position:0%\ngood afternoon everybody\n \n\n"
        "00:00:02.680 --> 00:00:05.320 align:start position:0%\ngood afternoon everybody\n"
        "[Music]\n\n"
        "00:00:05.320 --> 00:00:05.330 align:start position:0%\n[Music]\n \n\n"
        "00:00:05.330 --> 00:00:07.650 align:start position:0%\n[Music]\n"
        "thank<00:00:05.630><c> you</c><00:00:05.950><c> all</c>\n\n"
        "00:00:07.650 --> 00:00:07.660 align:start position:0%\nthank you all\n \n"
    )
    parsed = kit.parse(vtt, source="video.vtt")
    assert parsed.turns["text"].tolist() == ["good afternoon everybody\n[Music]\nthank you all"]
    assert parsed.turns["time"].tolist() == ["00:00:00.030"]
    counts = parsed.lines["kind"].value_counts()
    assert (counts["speech"], counts["stage"]) == (2, 1)  # "[Music]", once: a stage note in the turn


def test_unnamed_voices_take_the_side_their_words_take() -> None:
    """Where ``>>`` changes the speaker and no one is named, every voice is one "Unnamed speaker": a turn that asks
    is on the asking side, one that answers on the answering side, one that gives the floor keeps its role."""
    cues = [
        ">> GOOD MORNING. SENATOR, WHY DID THE BUS PLAN FAIL?",
        ">> WELL, THE FUNDING WAS CUT IN MARCH AND WE COULD NOT REPLACE IT THIS YEAR.",
        ">> AND WHAT HAPPENS TO THE ROUTES NOW?",
        ">> THEY STAY AS THEY ARE UNTIL THE BUDGET PASSES IN JUNE, I EXPECT.",
    ]
    text = "WEBVTT\n\n" + "\n\n".join(
        f"00:00:{2 * k:02d}.000 --> 00:00:{2 * k + 1:02d}.000\n{cue}" for k, cue in enumerate(cues)
    )
    turns = kit.parse(text).turns
    assert set(turns["speaker"]) == {"Unnamed speaker"}
    assert answering(turns, "kind").tolist() == [False, True, False, True]
    assert turns["kind"].tolist()[0::2] == ["question", "follow_up"]


def _captions(cues: list[str], title: str = "") -> pd.DataFrame:
    text = (title + "\n\n" if title else "") + "\n".join(f"{k // 60}:{k % 60:02d}\n{cue}" for k, cue in enumerate(cues))
    return kit.parse(text).turns


def test_unnamed_voices_are_named_by_whom_the_others_call_thank_and_introduce() -> None:
    """The voice a moderator calls (``MS. BROUGH, IS THAT REALISTIC?``) speaks next; the voice a speaker thanks as
    they open (``THANK YOU, KYLE.``) spoke before; each short form stands for the one full name the page gives."""
    turns = _captions(
        [
            ">> GOOD EVENING AND WELCOME TO THE RUNOFF DEBATE. I'M KYLE CLARK.",
            ">> MR. JOHNSTON, HOW MANY PEOPLE WILL BE INSIDE BY THE END OF THIS YEAR?",
            ">> THANK YOU, KYLE. WE WILL HAVE 1,000 PEOPLE HOUSED BY THE END OF THIS YEAR.",
            ">> MS. BROUGH, IS THAT REALISTIC?",
            ">> I DON'T THINK IT IS. DENVER HAS HEARD A LOT OF PROMISES.",
            ">> THAT IS ALL THE TIME WE HAVE. MR. JOHNSTON.",
            ">> THANK YOU, KYLE. THIS IS A CITY THAT IS READY FOR BIG THINGS.",
        ],
        title="Mayoral Runoff Debate: Kelly Brough vs. Mike Johnston",
    )
    assert turns["speaker"].tolist() == [
        "Kyle Clark",
        "Kyle Clark",  # (thanked by the next voice)
        "Mike Johnston",  # (called by surname: the one Johnston the page names)
        "Unnamed speaker",  # (nothing points to who asks)
        "Kelly Brough",
        "Kyle Clark",
        "Mike Johnston",
    ]
    assert set(turns.loc[turns["speaker"] == "Kyle Clark", "role"]) == {"interviewer"}  # (asks, gives the floor)


def test_a_meetings_voices_are_named_by_the_title_and_surname_the_chair_calls() -> None:
    """A council's captions in mixed case: the chair calls members by title and surname (``Councillor Linklater.``),
    names the officer he brings in (``the chief executive, Alasdair Mackie.``), and gives his office as he introduces
    himself (``I'm Stewart Sutherland, Convener,``), so ``Thanks Convener.`` thanks him."""
    turns = _captions(
        [
            ">> Good morning and welcome to this meeting of the Committee. I'm Stewart Sutherland, Convener.",
            ">> Thank you. Questions from members? Councillor Linklater.",
            ">> Thanks Convener. Is the agency crew cost a one-off this year?",
            ">> Thank you. I'll bring in the chief executive, Alasdair Mackie.",
            ">> Thank you Convener. We expect some of it to continue.",
            ">> And the dairy provisions?",  # (a thing's name, asked about: no one's)
            ">> They are in the bill.",
            ">> Moved by Councillor Linklater. Is that agreed?",
        ]
    )
    assert turns["speaker"].tolist() == [
        "Stewart Sutherland",
        "Stewart Sutherland",  # (thanked as Convener by the next voice)
        "Councillor Linklater",  # (a title and a surname said twice: someone's name)
        "Stewart Sutherland",
        "Alasdair Mackie",
        "Unnamed speaker",
        "Unnamed speaker",
        "Unnamed speaker",  # (it names him: not his)
    ]


def test_voices_after_labelled_ones_are_named_by_office_and_not_after_an_absent_viewer() -> None:
    """Captions that name each speaker once (``>> ANDY BESHEAR:``), then mark changes only: an office alone calls its
    one holder (``GOVERNOR, YOUR REBUTTAL.``, ``..., ATTORNEY GENERAL?``); a viewer whose question is read out is
    thanked (``JOHN, THANK YOU.``) but never speaks, and an answer that opens by addressing him calls no one."""
    turns = _captions(
        [
            ">> RENEE SHAW: GOOD EVENING. I'M RENEE SHAW. GOVERNOR BESHEAR, WHY DO YOU DESERVE FOUR MORE YEARS?",
            ">> ANDY BESHEAR: THANK YOU, RENEE. WE LANDED THE LARGEST PROJECTS IN STATE HISTORY.",
            ">> ATTORNEY GENERAL CAMERON, YOUR RESPONSE.",
            ">> DANIEL CAMERON: RENEE, THE GOVERNOR WANTS TO TAKE CREDIT FOR FEDERAL DOLLARS.",
            ">> LET'S TURN TO EDUCATION. WHAT WOULD YOU DO ABOUT TEACHER PAY, ATTORNEY GENERAL?",
            ">> I'VE PROPOSED A PLAN TO GET OUR KIDS BACK ON TRACK.",
            ">> GOVERNOR, YOUR REBUTTAL.",
            ">> HIS PLAN DOESN'T INCLUDE ONE DOLLAR FOR TEACHER RAISES.",
            ">> A VIEWER, JOHN WALKER OF PADUCAH, ASKS WHAT YOU WILL DO ABOUT CHILD CARE. GOVERNOR, YOU FIRST.",
            ">> JOHN, THANK YOU. I'VE PROPOSED UNIVERSAL PRE-K.",
            ">> ATTORNEY GENERAL.",
            ">> JOHN, I'M A DAD OF TWO LITTLE BOYS. WE'LL CUT THE INCOME TAX.",
            ">> WE'LL TAKE A SHORT BREAK.",
        ]
    )
    assert turns["speaker"].tolist() == [
        "Renee Shaw",
        "Andy Beshear",
        "Unnamed speaker",  # (Cameron answers "RENEE, ...": addressing her says nothing of who spoke before)
        "Daniel Cameron",
        "Unnamed speaker",
        "Daniel Cameron",  # (called by office)
        "Unnamed speaker",
        "Andy Beshear",  # (called by office)
        "Unnamed speaker",  # (it names John Walker, who is not there)
        "Andy Beshear",  # (called: "GOVERNOR, YOU FIRST.")
        "Unnamed speaker",
        "Daniel Cameron",
        "Unnamed speaker",  # (addressing John gives no one the floor)
    ]


def test_a_journalists_voice_is_named_by_their_name_and_outlet_and_a_caption_files_welcome_names_the_event() -> None:
    """A briefing's caption file: the host welcomes all to the briefing over two cue lines; a journalist's voice gives
    name and outlet as it asks (``Aoife Brennan, RTÉ News.``), and is the one called (``Aoife?``), not the answer after
    it."""
    text = "WEBVTT\n\n" + "\n\n".join(
        f"00:00:{2 * k:02d}.000 --> 00:00:{2 * k + 1:02d}.000\n{cue}"
        for k, cue in enumerate(
            [
                "Good afternoon, and welcome to this\nbriefing from the Emergency Coordination Group.",
                "KEITH LEONARD: Thank you. Around 715,000 homes remain without power.",
                "- We'll go to questions now. Aoife?",
                "- Aoife Brennan, RTÉ News. Two weeks\nfor Galway and Mayo, is that realistic?",
                "- It's our honest estimate.",
                "- Hi, Conor Feeney, Newstalk. Is there\nanother storm behind this one?",
                "KEITH LEONARD: Nothing near the strength of this one.",
            ]
        )
    )
    corpus = kit.parse(text)
    assert corpus.documents[["event", "event_source"]].values.tolist() == [["briefing", "opening"]]
    assert corpus.turns["speaker"].tolist()[3:6] == ["Aoife Brennan", "Unnamed speaker", "Conor Feeney"]


def test_a_voice_is_not_named_where_its_cues_disagree_or_the_short_form_fits_two() -> None:
    turns = _captions(
        [
            ">> TONIGHT, ANN LEE AND ANN PARK. ANN, YOUR FIRST ANSWER?",  # (two Anns: whom "ANN" calls is unknown)
            ">> I'LL START WITH TAXES.",
            ">> MS. PARK, A REBUTTAL?",
            ">> THANK YOU, MS. LEE. I DISAGREE.",
            ">> MS. LEE, ONE MORE WORD. MS. PARK?",  # (the last one it addresses is called)
            ">> THANK YOU, MS. LEE.",
        ]
    )
    assert turns["speaker"].tolist() == [
        "Unnamed speaker",
        "Unnamed speaker",
        "Unnamed speaker",  # (thanked by the next voice, but no one calls Ms Lee or hears her introduce herself)
        "Ann Park",  # (called; it thanks another)
        "Unnamed speaker",  # (thanked as Ms Lee, but it addresses Ms Lee: no one)
        "Ann Park",
    ]


def test_times_above_long_unlabelled_paragraphs_are_still_a_video_sites_transcript():
    paragraph = "and so the committee went on to hear from every side of the argument " * 4
    text = "Committee livestream\n\n" + "".join(f"00:0{k}:00\n{paragraph.strip()}.\n\n" for k in range(6))
    corpus = kit.parse(text)
    assert len(corpus.turns) == 1 and corpus.turns.loc[0, "label_shape"] == "voice"
    assert corpus.lines.loc[corpus.lines["text"] == "00:03:00", "kind"].tolist() == ["cue"]
