"""kit.schema.require: an analysis given a frame without a column it needs names the column and lists the frame's."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import kit
from kit import airtime, audit, distinctive, duplicates, rhetoric, topics
from kit.schema import MissingColumnError, require

# (the analysis as a user calls it, how to call it on a corpus with one frame's column dropped, the frame, the column)
CASES = [
    ("kit.kwic", lambda c, d: kit.kwic(d(c.sentences), "killer"), "sentences", "text"),
    ("kit.kwic", lambda c, d: kit.kwic(d(c.turns), "killer"), "turns", "speaker"),
    ("kit.distinctive.log_odds", lambda c, d: distinctive.log_odds(d(c.turns), "speaker", "Vladimir Putin"), "turns", "text"),
    ("kit.airtime.speaker_totals", lambda c, d: airtime.speaker_totals(d(c.turns)), "turns", "n_words"),
    ("kit.airtime.answering_turns", lambda c, d: airtime.answering_turns(d(c.sentences)), "sentences", "role"),
    ("kit.rhetoric.matches", lambda c, d: rhetoric.matches(d(c.sentences)), "sentences", "sentence_id"),
    ("kit.rhetoric.flag_devices", lambda c, d: rhetoric.flag_devices(d(c.sentences)), "sentences", "is_question"),
    ("kit.rhetoric.summary", lambda c, d: rhetoric.summary(d(rhetoric.flag_devices(c.sentences))), "flags", "hedge"),
    ("kit.rhetoric.subquestions", lambda c, d: rhetoric.subquestions(c.sentences, d(c.exchanges)), "exchanges", "answer"),
    ("kit.rhetoric.sample", lambda c, d: rhetoric.sample(d(rhetoric.flag_devices(c.sentences)), "hedge"), "flags", "cues"),
    ("kit.rhetoric.precision_recall", lambda c, d: rhetoric.precision_recall(d(pd.DataFrame({"flagged": [True], "label": [True]}))), "labelled", "label"),
    ("kit.topics.tag", lambda c, d: topics.tag(d(c.turns)), "turns", "text"),
    ("kit.topics.coverage", lambda c, d: topics.coverage(d(c.sentences)), "sentences", "exchange_id"),
    ("kit.topics.agenda", lambda c, d: topics.agenda(d(c.sentences)), "sentences", "doc_id"),
    ("kit.topics.introduced", lambda c, d: topics.introduced(d(c.sentences)), "sentences", "role"),
    ("kit.duplicates.find", lambda c, d: duplicates.find(d(c.turns)), "turns", "first_line"),
    ("kit.duplicates.similarities", lambda c, d: duplicates.similarities(d(c.turns)), "turns", "text"),
    ("kit.duplicates.collate_turns", lambda c, d: duplicates.collate_turns(d(c.turns), 1, 2), "turns", "turn_id"),
    ("kit.duplicates.flag_pairs", lambda c, d: duplicates.flag_pairs(d(duplicates.similarities(c.turns))), "pairs", "similarity"),
    ("kit.audit.events", lambda c, d: audit.events(d(c.documents)), "documents", "event"),
    ("kit.audit.speaker_roles", lambda c, d: audit.speaker_roles(d(c.turns)), "turns", "role_source"),
    ("kit.audit.not_labels", lambda c, d: audit.not_labels(d(c.lines)), "lines", "not_label"),
    ("kit.audit.layouts", lambda c, d: audit.layouts(d(c.lines), c.turns), "lines", "kind"),
]  # fmt: skip


@pytest.mark.parametrize(("analysis", "call", "frame", "column"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_every_analysis_names_the_missing_column_and_the_frames_columns(geneva, analysis, call, frame, column):
    given = []

    def drop(table: pd.DataFrame) -> pd.DataFrame:
        given.append(table.drop(columns=column))
        return given[-1]

    with pytest.raises(MissingColumnError) as error:
        call(geneva, drop)
    message = str(error.value)
    assert message.startswith(f'{analysis} needs the column "{column}", which this frame does not have.'), message
    listed = re.search(r"The frame has these columns: (.*?)\.(?: |$)", message).group(1)
    assert listed == ", ".join(f'"{c}"' for c in given[-1].columns)
    assert "\n" not in message
    assert isinstance(error.value, KeyError) and isinstance(error.value, ValueError)  # pandas' type, and the kit's


def test_kwic_on_a_frame_without_text_says_where_text_is():
    with pytest.raises(KeyError) as error:
        kit.kwic(pd.DataFrame({"speaker": ["A"], "turn_id": [1], "line": [1]}), "killer")
    assert str(error.value) == (
        'kit.kwic needs the column "text", which this frame does not have. The frame has these columns: '
        '"speaker", "turn_id", "line". "text" is a column of corpus.turns, corpus.sentences and corpus.lines.'
    )


def test_require_takes_one_of_several_and_changes_nothing():
    frame = pd.DataFrame({"first_line": [3], "text": ["Why?"]})
    require(frame, "text", ("line", "first_line"), by="kit.kwic")
    with pytest.raises(
        MissingColumnError, match=r'needs the column "line" or "first_line", .* has these columns: "text"\.'
    ):
        require(frame[["text"]], "text", ("line", "first_line"), by="kit.kwic")
    with pytest.raises(MissingColumnError, match=r"has these columns: none\.$"):
        require(pd.DataFrame(), "a_column_of_no_frame", by="f")
    assert frame.columns.tolist() == ["first_line", "text"]
