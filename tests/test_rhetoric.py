"""The rhetoric detector: each device on small sentences and on the Geneva source."""

from __future__ import annotations

import os

import pandas as pd
import pytest

import kit
from kit import rhetoric


def flags(text: str, speaker: str = "Vladimir Putin") -> pd.Series:
    """The device flags of the one sentence in an official's turn."""
    features = rhetoric.flag_devices(kit.parse(f"{speaker}: {text}").sentences)
    assert len(features) == 1, features["text"].tolist()
    return features.iloc[0]


@pytest.mark.parametrize(
    ("device", "sentence"),
    [
        ("hedge", "I think we can agree."),
        ("hedge", "I suppose that is right."),
        ("hedge", "As far as I understood, he agreed."),
        ("booster", "Of course we talked."),
        ("booster", "He is absolutely right."),
        ("booster", "It is obvious to everyone."),
        ("enumeration", "This is the first point."),
        ("enumeration", "Second, regarding harsh statements."),
        ("enumeration", "And third, we agreed on consultations."),
        ("direct_address", "Listen, Guantanamo is still open."),
        ("direct_address", "Look, we were not the ones who did this."),
        ("direct_address", "You see, people are killed."),
        ("appeal_to_law", "We act within the law."),
        ("appeal_to_law", "The Minsk Agreements are the basis."),
        ("appeal_to_law", "Article 9 says so."),
        ("appeal_to_law", "It is in the Constitution."),
        ("numbers", "We sent 10 inquiries."),
        ("numbers", "There were 45 of them."),
        ("numbers", "That was 5 million people."),
        ("counter_accusation", "Guantanamo is still open."),
        ("counter_accusation", "The CIA prisons were opened in Europe."),
        ("counter_accusation", "They killed people with drones."),
        ("counter_accusation", "People are killed in American cities every day."),
        ("counter_accusation", "Most cyberattacks in the world come from US cyberspace."),
    ],
)
def test_each_device_catches_the_examples_of_the_issue(device: str, sentence: str) -> None:
    row = flags(sentence)
    assert row[device], f"{device} missed {sentence!r}"
    assert f"{device}: " in row["cues"], "a flag must name its cue"


@pytest.mark.parametrize(
    ("device", "sentence"),
    [
        ("numbers", "In 2021 we met in Geneva."),  # a year is not evidence
        ("numbers", "We met on the third day."),
        ("booster", "I think so."),
        ("hedge", "Of course."),
        ("direct_address", "They look fine."),  # look, but not addressing anyone
        ("enumeration", "We discussed a second summit."),
        ("appeal_to_law", "He flawlessly answered."),  # 'law' inside a word
    ],
)
def test_devices_do_not_fire_on_near_misses(device: str, sentence: str) -> None:
    assert not flags(sentence)[device]


def test_a_question_is_rhetorical_only_in_an_officials_answer() -> None:
    corpus = kit.parse("Question: Who is the killer?\nVladimir Putin: Who is the killer? Nobody.")
    features = rhetoric.flag_devices(corpus.sentences)
    assert features["question_in_answer"].tolist() == [False, True, False]


def test_person_deixis_is_counted_not_flagged() -> None:
    row = flags("I told you that we and they and I agree, and you know it.")
    assert (row["person_i"], row["person_we"], row["person_you"], row["person_they"]) == (2, 1, 2, 1)


def test_features_leave_the_input_alone_and_keep_one_row_per_sentence(geneva: kit.Corpus) -> None:
    sentences = geneva.sentences
    before = sentences.copy()
    features = rhetoric.flag_devices(sentences)
    pd.testing.assert_frame_equal(sentences, before)
    assert features["sentence_id"].tolist() == sentences["sentence_id"].tolist()
    assert set(rhetoric.DEVICES) <= set(features.columns)
    assert all(features[d].dtype == bool for d in rhetoric.DEVICES)


def test_putins_own_questions_are_caught(geneva: kit.Corpus) -> None:
    corpus = geneva.deduplicated()
    putin = corpus.turns[(corpus.turns["speaker"] == "Vladimir Putin")]
    asked = int(putin["text"].str.count(r"\?").sum())  # every question mark in his turns
    features = rhetoric.flag_devices(corpus.sentences)
    caught = features.loc[features["speaker"] == "Vladimir Putin", "question_in_answer"]
    assert asked == 14 and caught.sum() >= 12
    killer = features[features["text"] == "Who is the killer?"]
    assert killer["question_in_answer"].all() and len(killer) == 1


def test_every_flag_of_a_cue_device_is_explained(geneva: kit.Corpus) -> None:
    features = rhetoric.flag_devices(geneva.sentences)
    cue_devices = [d for d in rhetoric.DEVICES if d != "question_in_answer"]
    flagged = features[features[cue_devices].any(axis=1)]
    for row in flagged.itertuples():
        named = {part.split(":")[0] for part in row.cues.split("; ")}
        assert named == {d for d in cue_devices if getattr(row, d)}
    found = rhetoric.matches(geneva.sentences)
    texts = geneva.sentences.set_index("sentence_id")["text"]
    for row in found.head(200).itertuples():
        assert texts[row.sentence_id][row.start : row.end].strip() == row.matched


def test_cue_lists_cite_a_source_for_every_entry() -> None:
    cues = rhetoric.load_cues()
    assert (cues["source"].str.len() > 0).all()
    assert cues.loc[cues["device"].isin(["hedge", "booster"]), "source"].str.contains("Hyland").any()
    whatabout = cues.loc[cues["device"] == "counter_accusation", "source"]
    assert whatabout.str.contains("propaganda").any()
    assert set(rhetoric.DEVICES[1:]) | set(rhetoric.PERSONS) <= set(cues["device"])


def test_an_instructors_cue_file_is_used_and_reloaded_when_it_changes(tmp_path) -> None:
    path = tmp_path / "cues.csv"
    path.write_text("device,cue,match,source\nhedge,somewhat,phrase,mine\n", encoding="utf-8")
    sentences = kit.parse("Vladimir Putin: It is somewhat true. It is rather true.").sentences
    assert rhetoric.flag_devices(sentences, rhetoric.load_cues(path))["hedge"].tolist() == [True, False]
    path.write_text("device,cue,match,source\nhedge,rather,phrase,mine\n", encoding="utf-8")
    stamp = path.stat().st_mtime_ns + 10_000_000
    os.utime(path, ns=(stamp, stamp))
    assert rhetoric.flag_devices(sentences, rhetoric.load_cues(path))["hedge"].tolist() == [False, True]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("device,cue\nhedge,x\n", "missing columns"),
        ("device,cue,match,source\nhedge,x,fuzzy,me\n", "broken.csv, line 2: cannot be read: match must be"),
        ("device,cue,match,source\nhedge,(,regex,me\n", "bad regular expression"),
    ],
)
def test_a_broken_cue_file_names_the_file_and_the_problem(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(kit.DataFileError, match=message) as error:
        rhetoric.load_cues(path)
    assert "broken.csv" in str(error.value)


def test_summary_counts_and_shares_per_speaker(geneva: kit.Corpus) -> None:
    features = rhetoric.flag_devices(geneva.deduplicated().sentences)
    summary = rhetoric.summary(features).set_index(["speaker", "device"])
    putin = features[features["speaker"] == "Vladimir Putin"]
    row = summary.loc[("Vladimir Putin", "hedge")]
    assert row["sentences"] == putin["hedge"].sum()
    assert row["share"] == round(putin["hedge"].sum() / len(putin), 3)
    assert summary.loc[("Vladimir Putin", "person_we"), "sentences"] == putin["person_we"].sum()


def test_sample_gives_flagged_and_unflagged_sentences_to_label(geneva: kit.Corpus) -> None:
    features = rhetoric.flag_devices(geneva.sentences)
    picked = rhetoric.sample(features, "hedge", n=5, seed=1)
    assert picked["flagged"].sum() == 5 and (~picked["flagged"]).sum() == 5
    assert picked["label"].isna().all()
    assert picked.equals(rhetoric.sample(features, "hedge", n=5, seed=1))
    with pytest.raises(ValueError, match="device must be one of"):
        rhetoric.sample(features, "sarcasm")


def test_precision_and_recall_follow_the_labels() -> None:
    labelled = pd.DataFrame(
        {"flagged": [True, True, True, False, False, False], "label": [True, True, False, True, False, None]}
    )
    scores = rhetoric.precision_recall(labelled)
    assert (scores["precision"], scores["recall"]) == (0.667, 0.667)
    assert scores["unlabelled"] == 1
    none = rhetoric.precision_recall(pd.DataFrame({"flagged": [False], "label": [False]}))
    assert pd.isna(none["precision"]) and pd.isna(none["recall"])


def test_subquestions_match_the_instructors_evasion_key(geneva: kit.Corpus) -> None:
    asked = rhetoric.subquestions(geneva.sentences, geneva.exchanges)
    key = rhetoric.load_evasion_key()
    merged = key.merge(asked, on=["exchange_id", "number"], how="left", suffixes=("_key", ""))
    assert merged["line"].tolist() == merged["line_key"].tolist(), "the key points at other sentences"
    cnn = asked[asked["exchange_id"] == 3]
    assert len(cnn) == 7 and set(cnn["questioner"]) == {"Matthew Chance"}
    assert set(key["code"]) <= set(rhetoric.EVASION_CODES)


def test_an_audience_members_questions_are_sub_questions_too() -> None:
    corpus = kit.parse(
        "Moderator: The floor goes to the audience.\n"
        "Audience member: Will prices fall? What about oil?\n"
        "Vladimir Putin: Prices of oil depend on trade."
    )
    asked = rhetoric.subquestions(corpus.sentences, corpus.exchanges)
    assert asked["question"].tolist() == ["Will prices fall?", "What about oil?"]
    assert set(asked["questioner"]) == {"Audience member"}
