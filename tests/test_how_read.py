"""How the kit read a transcript (kit/audit.py, kit.how_read) and its view (kit.widgets.ReadingCheck)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit import audit, widgets
from kit.parsing import Given
from kit.parsing.events import EVENTS

#: A court argument: each speaker's name on a line of its own, the words below it.
COURT = """Oral Argument in Smith v. Jones

CHIEF JUSTICE ROBERTS
We'll hear argument next in case 22-1. Mr. Clement?

MR. CLEMENT
Mr. Chief Justice, and may it please the Court: the statute is clear.

JUSTICE KAGAN
Is it, though? What about the second clause?

MR. CLEMENT
The second clause only confirms it, Justice Kagan.

JUSTICE KAGAN
Why should we read it that way?

MR. CLEMENT
Because the text says so.

CHIEF JUSTICE ROBERTS
Thank you, counsel. The case is submitted.
"""

#: A White House briefing: ``Q`` for the journalists, and a prose line that opens like a label (line 13).
BRIEFING = """Press Briefing by Press Secretary Jen Psaki

MS. PSAKI: Good afternoon. I have one thing at the top.

Q Thanks, Jen. Will the President sign the bill?

MS. PSAKI: He will sign it this week.

Q And on Ukraine?

MS. PSAKI: We have nothing new to announce.

The bottom line is this: we will keep working.
"""


@pytest.fixture(scope="module")
def court() -> kit.Corpus:
    return kit.parse(COURT, "court.txt")


@pytest.fixture(scope="module")
def briefing() -> kit.Corpus:
    return kit.parse(BRIEFING, "briefing.txt")


def test_a_court_argument_with_names_on_their_own_lines(court: kit.Corpus) -> None:
    found = kit.how_read(court)
    assert found.layout.to_dict("records") == [
        {
            "source": "court.txt",
            "n_lines": 22,
            "n_turns": 7,
            "label_shapes": "own_line 7",
            "time_marks": False,
            "caption_file": False,
            "hard_wrapped": True,
            "n_not_labels": 0,
        }
    ]
    assert found.events[["event", "event_source"]].values.tolist() == [["hearing", "title"]]
    assert found.speakers[["speaker", "role", "role_source", "turns", "asks", "labels"]].values.tolist() == [
        ["Chief Justice Roberts", "member", "position", 2, 1, "CHIEF JUSTICE ROBERTS"],  # ("Mr. Clement?" calls)
        ["Mr. Clement", "witness", "answers", 3, 0, "MR. CLEMENT"],
        ["Justice Kagan", "member", "asks", 2, 2, "JUSTICE KAGAN"],
    ]
    assert found.speakers["words"].sum() == court.turns["n_words"].sum()
    sentence = found.sentences()["court.txt"]
    assert sentence.startswith("read as a hearing (from the title); labels: names on their own lines (7);")
    assert "3 speakers" in sentence and "no line looks like a label" in sentence


def test_a_q_briefing_and_a_prose_line_that_looks_like_a_label(briefing: kit.Corpus) -> None:
    found = kit.how_read(briefing)
    assert found.layout.loc[0, "label_shapes"] == "colon 3, q 2"
    assert found.events[["event", "event_source"]].values.tolist() == [["briefing", "title"]]
    assert found.speakers[["speaker", "role", "role_source", "turns", "asks", "labels"]].values.tolist() == [
        ["Ms. Psaki", "official", "label", 3, 0, "MS. PSAKI"],
        ["Unnamed journalist", "journalist", "label", 2, 2, "Q"],
    ]
    assert found.not_labels.values.tolist() == [
        [
            "briefing.txt",
            13,
            "The bottom line is this: we will keep working.",
            "a capitalised phrase and a colon, read as prose",
            "speech",
        ]
    ]
    assert briefing.lines.loc[12, "text"] == "The bottom line is this: we will keep working."  # line 13 of the file
    sentence = found.sentences()["briefing.txt"]
    assert "read as a briefing (from the title)" in sentence and "Q for a question (2)" in sentence
    assert sentence.endswith("2 speakers; 1 line looks like a label but was not taken.")
    text = str(found)
    assert text == found.summary() and text.startswith("briefing.txt: read as a briefing")
    assert "   13 The bottom line is this: we will keep working." in text
    assert repr(found) == "<HowRead: 1 source, 1 document, 2 speakers, 1 line not taken as labels>"


def test_the_inputs_are_not_changed(briefing: kit.Corpus) -> None:
    before = {name: getattr(briefing, name).copy() for name in ("documents", "turns", "lines")}
    kit.how_read(briefing)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(getattr(briefing, name), frame)


def test_several_sources_have_a_sentence_each_and_keep_their_source_column(
    court: kit.Corpus, briefing: kit.Corpus
) -> None:
    found = kit.how_read(court + briefing)
    assert list(found.sentences()) == ["court.txt", "briefing.txt"]
    assert found.layout["n_not_labels"].tolist() == [0, 1]
    assert "<th>source</th>" in found.to_html()
    assert "<th>source</th>" not in kit.how_read(court).to_html()  # one source: its sentence names it


def test_a_transcript_without_labels_and_a_caption_file() -> None:
    prose = kit.how_read(kit.parse("A statement.\nNothing more to say.", "note.txt"))
    assert prose.speakers.empty and "no speaker labels found" in prose.sentences()["note.txt"]
    assert "(none)" in prose.summary() and "(none)" in prose.to_html()
    vtt = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Anna Lee>Why did you come?\n\n"
        "2\n00:00:04.000 --> 00:00:06.000\n<v Bo Chan>To see the town.\n"
    )
    captions = kit.how_read(kit.parse(vtt, "talk.vtt"))
    assert captions.layout[["label_shapes", "time_marks", "caption_file"]].values.tolist() == [["voice 2", True, True]]
    assert captions.sentences()["talk.vtt"].startswith("a caption file; read as an interview")


def test_every_kind_of_event_and_shape_has_words() -> None:
    assert set(audit.EVENT_WORDS) == set(EVENTS)
    meanings = {c.name: c.meaning for c in kit.schema.SCHEMA["documents"] + kit.schema.SCHEMA["turns"]}
    assert all(how in meanings["event_source"] for how in audit.EVENT_SOURCE_WORDS)
    assert all(f"{shape} (" in meanings["label_shape"] for shape in audit.SHAPE_WORDS)


HOSTILE = "A talk about <script>alert(1)</script>\nQ Why <b>now</b>?\nMS. PSAKI: Because.\nThe bottom line is this: <script>x()</script>"


def test_transcript_text_is_escaped_in_html() -> None:
    corpus = kit.parse(HOSTILE, "<i>talk</i>.txt")
    corpus = replace(corpus, turns=corpus.turns.assign(speaker="<script>alert(2)</script>"))
    page = kit.how_read(corpus)._repr_html_()
    assert "<script>" not in page and "<i>" not in page and "<b>now</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the title
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # a speaker
    assert "&lt;script&gt;x()&lt;/script&gt;" in page  # a line not taken as a label
    assert "&lt;i&gt;talk&lt;/i&gt;.txt" in page  # the source, in its sentence
    view = widgets.ReadingCheck(HOSTILE, source="<i>talk</i>.txt")
    assert "<script>" not in view.html and "<i>" not in view.html and "&lt;script&gt;x()&lt;/script&gt;" in view.html


def test_the_view_restates_the_kind_of_event_and_the_roles_follow() -> None:
    view = widgets.ReadingCheck(COURT, source="court.txt")
    assert view.used == Given() and view.event.value == "as found"
    assert view.frame["role"].tolist() == ["member", "witness", "member"]
    assert "no kind of event and no askers stated" in view.advice and "court.kit.toml beside court.txt" in view.advice
    view.event.value = "interview"
    assert view.used == Given("interview")
    assert view.corpus.documents["event_source"].tolist() == ["given"]
    # (the Chief Justice only calls counsel by name, "Mr. Clement?": he asks nothing, and sits with those who answer)
    assert view.frame["role"].tolist() == ["guest", "guest", "interviewer"]
    assert "read as an interview (as stated)" in view.html
    assert 'event = "interview"' in view.advice and 'kit.read_transcript("court.txt", event="interview")' in view.advice
    view.event.value = "news_conference"
    assert view.frame["role"].tolist() == ["journalist", "official", "journalist"]
    view.event.value = "as found"
    view.askers.value = "Clement, Mr. Nobody"
    assert view.used == Given(None, ("Clement", "Mr. Nobody"))
    assert view.frame[["speaker", "role_source"]].values.tolist()[1] == ["Mr. Clement", "given"]
    assert view.frame.set_index("speaker").loc["Mr. Clement", "role"] in kit.schema.ASKING_ROLES
    assert view.unmatched == ["Mr. Nobody"] and "No speaker is called Mr. Nobody" in view.advice
    assert 'askers = ["Clement", "Mr. Nobody"]' in view.advice
    view.askers.value = ""
    assert view.used == Given() and view.frame["role"].tolist() == ["member", "witness", "member"]


def test_the_view_reads_a_corpus_again_from_its_lines(court: kit.Corpus, briefing: kit.Corpus) -> None:
    both = court + briefing
    view = widgets.ReadingCheck(both)
    assert view.corpus is both
    view.event.value = "hearing"
    assert view.corpus.sources == both.sources
    assert view.corpus.lines[["source", "line", "text"]].equals(both.lines[["source", "line", "text"]])
    assert view.found.events["event"].tolist() == ["hearing", "hearing"]
    assert 'kit.read_corpus(["court.txt", "briefing.txt"], event="hearing")' in view.advice
    with pytest.raises(ValueError, match="deduplicated"):
        widgets.ReadingCheck(both.deduplicated())


def test_the_view_of_a_file_counts_the_statement_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "court.txt"
    path.write_text(COURT, encoding="utf-8")
    (tmp_path / "court.kit.toml").write_text('event = "interview"\n', encoding="utf-8")
    view = widgets.ReadingCheck(path)
    assert view.found.events[["event", "event_source"]].values.tolist() == [["interview", "given"]]
    assert "front matter or the .kit.toml file beside it" in view.advice
    view.event.value = "debate"
    assert view.found.events["event"].tolist() == ["debate"]
    assert f'kit.read_transcript("{path}", event="debate")' in view.advice
