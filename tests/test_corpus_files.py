"""Every real transcript in ../shared/corpus gives the counts its SOURCES.md states.

These files are not part of the project (their licence and the team's rule keep them
beside it); the tests skip cleanly where the folder is absent, as in a user's clone.
"""

from __future__ import annotations

import pytest

import kit
from tests.conftest import SHARED_CORPUS, needs_shared

pytestmark = needs_shared

# file -> {(speaker_label, kind): count}, read off SOURCES.md
EXPECTED = {
    "kremlin_2017-07-08_g20_hamburg_news_conference.txt": {
        ("President of Russia Vladimir Putin", "statement"): 1,
        ("Vladimir Putin", "answer"): 20,
        ("Question", "question"): 17,
        ("Remark", "remark"): 3,
    },
    "kremlin_2019-06-29_g20_osaka_news_conference.txt": {
        ("President of Russia Vladimir Putin", "statement"): 1,
        ("Vladimir Putin", "answer"): 13,
        ("Question", "question"): 13,
    },
    "whitehouse_2021-06-16_biden_geneva_press_conference.txt": {
        ("THE PRESIDENT", "statement"): 1,
        ("THE PRESIDENT", "answer"): 28,
        ("Q", "question"): 34,
    },
    "whitehouse_2021-06-16_biden_geneva_airport_departure_remarks.txt": {
        ("THE PRESIDENT", "statement"): 1,
        ("THE PRESIDENT", "answer"): 12,
        ("Q", "question"): 13,
        ("AIDE", "interjection"): 2,
    },
    "whitehouse_2021-06-16_us_russia_joint_statement_strategic_stability.txt": {},
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def parsed(request):
    path = SHARED_CORPUS / request.param
    return request.param, path, kit.read_transcript(path)


def test_every_file_is_listed():
    assert sorted(p.name for p in SHARED_CORPUS.glob("*.txt")) == sorted(EXPECTED)


def _asked(kind: str) -> str:
    """SOURCES.md counts a ``Remark:`` turn as a remark; the kit tells one that asks again as a follow-up."""
    return "remark" if kind == "follow_up" else kind


def test_turn_counts_match_sources_md(parsed):
    name, _, corpus = parsed
    turns = corpus.turns
    counts = turns.groupby(["speaker_label", turns["kind"].map(_asked)]).size().to_dict()
    assert counts == EXPECTED[name]


def test_a_remark_that_asks_is_a_follow_up(parsed):
    _, _, corpus = parsed
    remarks = corpus.turns[corpus.turns["speaker_label"] == "Remark"]
    expected = ["follow_up" if "?" in text else "remark" for text in remarks["text"]]
    assert remarks["kind"].tolist() == expected


def test_speakers_resolve_to_one_name(parsed):
    name, _, corpus = parsed
    officials = set(corpus.turns.loc[corpus.turns["role"] == "official", "speaker"])
    expected = {"kremlin": {"Vladimir Putin"}, "whitehouse": {"President Biden"}}[name.split("_")[0]]
    assert officials <= expected


def test_lossless(parsed):
    _, path, corpus = parsed
    raw = path.read_text(encoding="utf-8").removeprefix("\ufeff").split("\n")
    if raw[-1] == "":
        raw.pop()
    assert corpus.lines["text"].tolist() == [line.rstrip("\r") for line in raw]
    assert corpus.lines["line"].tolist() == list(range(1, len(raw) + 1))


def test_one_document_with_a_date(parsed):
    name, _, corpus = parsed
    assert len(corpus.documents) == 1
    doc = corpus.documents.iloc[0]
    assert doc["start"].strftime("%Y-%m-%d") == name.split("_")[1]
    assert doc["title"]


def test_no_duplicates_in_real_transcripts(parsed):
    _, _, corpus = parsed
    assert corpus.turns["duplicate_of"].isna().all()
    assert corpus.exchanges["duplicate_of"].isna().all()


def test_exchanges_follow_questions(parsed):
    name, _, corpus = parsed
    questions = (corpus.turns["kind"] == "question").sum()
    assert len(corpus.exchanges) == questions


def test_colon_paragraphs_are_not_labels():
    corpus = kit.read_transcript(SHARED_CORPUS / "kremlin_2019-06-29_g20_osaka_news_conference.txt")
    text = "\n".join(corpus.turns["text"]).replace("\u00a0", " ")
    assert "The question is: what is the best way" in text
    assert "And the second question, if I may: what were" in text
