"""Topic dictionary, tagging, coverage, the agenda and topics an answer brings in."""

from __future__ import annotations

import tomllib

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kit
from kit import topics

TINY = {
    "cyber": {"label": "Cyber", "phrases": ["cyber*", "hack*"]},
    "trade": {"label": "Trade", "phrases": ["trade"]},
}


def sentences(text: str) -> pd.DataFrame:
    return kit.parse(text).sentences


def test_the_bundled_dictionary_has_the_topics_the_lesson_needs() -> None:
    dictionary = topics.load_dictionary()
    needed = {
        "strategic_stability",
        "cyber_security",
        "ukraine_donbass",
        "human_rights",
        "diplomats",
        "arctic",
        "trade_economy",
        "regional_conflicts",
        "us_record",
    }
    assert needed <= set(dictionary)
    for entry in dictionary.values():
        assert entry["label"] and entry["phrases"] and entry["source"]


def test_phrases_match_whole_words_and_star_matches_any_ending() -> None:
    tagged = topics.tag(
        sentences("Vladimir Putin: Cyberattacks came. Hackers too. A trademark. Trade grew. Trades fell."),
        TINY,
    )
    assert tagged["cyber"].tolist() == [True, True, False, False, False]
    assert tagged["trade"].tolist() == [False, False, False, True, False]
    assert tagged["topics"].tolist() == ["cyber", "cyber", "", "trade", ""]


def test_a_phrase_of_several_words_matches_across_line_breaks_and_spaces() -> None:
    tagged = topics.tag(pd.DataFrame({"text": ["strategic\n  stability matters"]}), {"s": ["strategic stability"]})
    assert tagged["s"].tolist() == [True]


def test_tag_and_coverage_leave_the_input_unchanged(geneva: kit.Corpus) -> None:
    frame = geneva.sentences
    before = frame.copy()
    topics.tag(frame)
    topics.coverage(frame)
    pd.testing.assert_frame_equal(frame, before)


def test_coverage_counts_sentences_and_words_with_shares_and_keeps_zeros() -> None:
    frame = sentences("Question: Any trade?\nVladimir Putin: Trade is fine. Cyber is not. Nothing else.")
    cover = topics.coverage(frame, TINY, by="turn_kind").set_index(["turn_kind", "topic"])
    assert cover.loc[("question", "trade"), ["sentences", "words", "share_sentences"]].tolist() == [1, 2, 1.0]
    assert cover.loc[("question", "cyber"), "sentences"] == 0  # an absence is a row, not a gap
    answer = cover.loc[("answer", "trade")]
    assert (answer["sentences"], answer["group_sentences"], answer["share_sentences"]) == (1, 3, 0.333)
    assert answer["share_words"] == round(3 / 8, 3)  # 3 of the answer's 8 words


@pytest.mark.parametrize("by", ["exchange_id", "speaker", "doc_id", "turn_id", ["doc_id", "speaker"]])
def test_coverage_groups_by_any_column(geneva: kit.Corpus, by) -> None:
    cover = topics.coverage(geneva.deduplicated().sentences, by=by)
    keys = [by] if isinstance(by, str) else by
    assert len(cover) == len(cover[keys].drop_duplicates()) * len(topics.load_dictionary())
    assert cover["share_sentences"].between(0, 1).all()


def test_trade_is_announced_and_barely_discussed(geneva: kit.Corpus) -> None:
    agenda = topics.agenda(geneva.deduplicated().sentences).set_index("topic")
    announced = set(agenda.index[agenda["announced"]])
    assert {"strategic_stability", "cyber_security", "regional_conflicts", "trade_economy", "arctic"} <= announced
    assert agenda.loc["trade_economy", "asked"] == 0 and agenda.loc["trade_economy", "answered"] <= 1
    assert agenda.loc["cyber_security", "answered"] > agenda.loc["trade_economy", "answered"]
    assert agenda.loc["arctic", "first_line"] == 59


def test_a_human_rights_question_is_answered_with_the_us_record(geneva: kit.Corpus) -> None:
    brought = topics.introduced(geneva.deduplicated().sentences)
    vgtrk = brought[brought["exchange_id"] == 4].set_index("topic")
    assert vgtrk.loc["human_rights", "in_question"]
    assert vgtrk.loc["us_record", "introduced"] and not vgtrk.loc["us_record", "in_question"]


def test_an_instructors_dictionary_file_replaces_the_bundled_one(tmp_path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text('[space]\nlabel = "Space"\nsource = "mine"\nphrases = ["orbit*"]\n', encoding="utf-8")
    dictionary = topics.load_dictionary(path)
    assert list(dictionary) == ["space"]
    tagged = topics.tag(sentences("Vladimir Putin: Satellites in orbit."), dictionary)
    assert tagged["space"].tolist() == [True]


def test_a_broken_dictionary_names_the_file(tmp_path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[space]\nlabel = "Space"\n', encoding="utf-8")
    with pytest.raises(kit.DataFileError, match="bad.toml"):
        topics.load_dictionary(path)
    path.write_text("[space\n", encoding="utf-8")
    with pytest.raises(kit.DataFileError, match="bad.toml, line 1: ") as error:
        topics.load_dictionary(path)
    assert error.value.line == 1


entries = st.fixed_dictionaries({"label": st.text(), "phrases": st.lists(st.text(), max_size=4), "source": st.text()})


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(), entries, max_size=4))
def test_a_dictionary_written_as_toml_reads_back_the_same_whatever_its_text(dictionary) -> None:
    assert tomllib.loads(topics.to_toml(dictionary)) == dictionary


def test_a_phrase_with_a_control_character_is_valid_toml() -> None:
    text = topics.to_toml({"space": ["orbit\x07", "tab\there", 'a "quoted" \\ phrase']}, source="mine")
    assert tomllib.loads(text)["space"] == {
        "label": "Space",  # the label a plain dictionary's topic gets, as when read from a file
        "source": "mine",
        "phrases": ["orbit\x07", "tab\there", 'a "quoted" \\ phrase'],
    }


def test_the_agenda_counts_an_audience_question_and_an_officials_statement() -> None:
    corpus = kit.parse(
        "Moderator: The floor goes to the audience.\n"
        "Audience member: Will trade with China grow?\n"
        "Vladimir Putin: Trade will grow."
    )
    row = topics.agenda(corpus.sentences).set_index("topic").loc["trade_economy"]
    assert (row["asked"], row["answered"]) == (1, 1)
    introduced = topics.introduced(corpus.sentences)
    assert introduced.loc[introduced["topic"] == "trade_economy", "questioner"].tolist() == ["Audience member"]


def test_editing_a_dictionary_leaves_the_original_alone() -> None:
    original = {"space": ["orbit*"]}
    added = topics.add_phrase(original, "space", "  launch   pad ")
    assert added["space"]["phrases"] == ["orbit*", "launch pad"] and original == {"space": ["orbit*"]}
    assert topics.add_phrase(added, "space", "launch pad") == added  # not twice
    assert topics.add_phrase(added, "space", "   ") == added  # not empty
    assert topics.remove_phrase(added, "space", "orbit*")["space"]["phrases"] == ["launch pad"]
    assert topics.remove_phrase(added, "space", "absent") == added


def test_a_topic_without_a_label_gets_the_same_one_from_a_file_or_a_plain_dictionary(tmp_path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text('[trade_economy]\nphrases = ["trade"]\n', encoding="utf-8")
    from_file = topics.load_dictionary(path)["trade_economy"]["label"]
    assert from_file == topics.full_form({"trade_economy": ["trade"]})["trade_economy"]["label"] == "Trade economy"
