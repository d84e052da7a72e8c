"""The parser on the bundled Geneva source and on small transcripts of both layouts."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.parsing import LINE_KINDS

# --- the bundled source, exactly ------------------------------------------------------


def test_geneva_has_20_turns_in_three_documents(geneva):
    assert len(geneva.turns) == 20
    assert geneva.turns.groupby("doc_id").size().tolist() == [15, 2, 3]


def test_geneva_documents_are_dated_and_out_of_order(geneva):
    docs = geneva.documents
    assert docs["start"].dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2021-06-16 19:40",
        "2021-06-16 18:30",
        "2021-06-16 20:00",
    ]
    assert docs.sort_values("start")["doc_id"].tolist() == [2, 1, 3]
    assert docs["place"].tolist() == ["Geneva"] * 3
    assert docs["title"].tolist() == [
        "News conference following Russia-US talks",
        "Talks between Vladimir Putin and President of the United States Joseph Biden took place in Geneva.",
        "Meeting with President of Switzerland Guy Parmelin",
    ]
    assert docs[["first_line", "last_line"]].values.tolist() == [[1, 65], [66, 80], [81, 89]]


def test_geneva_six_exchanges_fifth_copies_fourth(geneva):
    ex = geneva.exchanges
    assert ex["exchange_id"].tolist() == [1, 2, 3, 4, 5, 6]
    assert ex["duplicate_of"].fillna(0).tolist() == [0, 0, 0, 0, 4, 0]
    assert ex["questioner"].tolist() == [
        "Unnamed journalist",
        "Unnamed journalist",
        "Matthew Chance",
        "Pavel Zarubin",
        "Pavel Zarubin",
        "Murad Gazdiev",
    ]
    assert ex["affiliation"].fillna("").tolist() == ["", "", "CNN", "VGTRK", "VGTRK", "RT"]
    assert (ex["answered_by"] == "Vladimir Putin").all()


def test_geneva_duplicated_turns_point_at_first_copy(geneva):
    copies = geneva.turns.dropna(subset=["duplicate_of"])
    assert copies[["first_line", "duplicate_of"]].values.tolist() == [[48, 10], [52, 11]]
    originals = geneva.turns.set_index("turn_id").loc[[10, 11], "first_line"].tolist()
    assert originals == [40, 42]


def test_geneva_remark_stays_in_the_cnn_exchange(geneva):
    remark = geneva.turns[geneva.turns["speaker_label"] == "Remark"].iloc[0]
    assert remark["kind"] == "follow_up"  # it asks again ("did you commit ...?") within the exchange
    assert remark["first_line"] == 28
    assert remark["exchange_id"] == 3
    assert remark["speaker"] == "Matthew Chance"
    assert remark["speaker_source"] == "inferred"


def test_geneva_speakers_are_canonical(geneva):
    turns = geneva.turns
    assert set(turns["speaker"]) == {
        "Vladimir Putin",
        "Unnamed journalist",
        "Matthew Chance",
        "Pavel Zarubin",
        "Murad Gazdiev",
        "Joseph Biden",
        "Guy Parmelin",
    }
    putin_labels = set(turns.loc[turns["speaker"] == "Vladimir Putin", "speaker_label"])
    assert putin_labels == {"President of Russia Vladimir Putin", "Vladimir Putin"}
    parmelin = turns[turns["speaker"] == "Guy Parmelin"]
    assert parmelin["label_note"].iloc[0] == "retranslated"
    assert pd.isna(parmelin["label_note"].iloc[1])
    assert not turns["speaker"].str.contains("retranslated").any()


def test_geneva_missing_space_after_colon(geneva):
    biden = geneva.turns[geneva.turns["speaker"] == "Joseph Biden"].iloc[0]
    assert biden["text"].startswith("Thank you.\nAs I said outside")
    assert biden["first_line"] == 78


def test_geneva_line_kinds(geneva):
    kinds = dict(zip(geneva.lines["line"], geneva.lines["kind"], strict=True))
    assert kinds[1] == "blog_header"
    assert [kinds[i] for i in (2, 67, 83)] == ["dateline"] * 3
    assert kinds[39] == "editorial"  # To be continued.
    assert [kinds[i] for i in (65, 73, 80)] == ["separator"] * 3
    assert kinds[66] == "lead"
    assert kinds[68] == "residue"  # 8 of 16
    assert kinds[69] == "caption"  # ... Photo: TASS
    assert kinds[74] == "heading"
    assert kinds[81] == "title"
    assert [kinds[i] for i in range(90, 96)] == ["blog_footer"] * 6
    speech = {i for i, k in kinds.items() if k == "speech"}
    assert speech == set(range(3, 39)) | set(range(40, 65)) | set(range(75, 80)) | set(range(84, 90))


def test_geneva_blog_lines_are_kept_but_not_speech(geneva):
    lines = geneva.lines.set_index("line")
    for number in (1, 39, 68, 69, *range(90, 96)):
        assert pd.isna(lines.loc[number, "turn_id"])
    assert lines.loc[95, "text"].startswith("푸틴 2021")
    assert pd.isna(lines.loc[95, "doc_id"])
    assert "Photo: TASS" not in " ".join(geneva.turns["text"])
    assert "To be continued" not in " ".join(geneva.turns["text"])


def test_geneva_journalist_turns(geneva):
    journalists = geneva.turns[geneva.turns["role"] == "journalist"]
    assert journalists["kind"].tolist() == ["question"] * 3 + ["follow_up"] + ["question"] * 3
    assert journalists["speaker_source"].tolist() == [
        "label",
        "label",
        "introduction",
        "inferred",
        "introduction",
        "introduction",
        "introduction",
    ]


def test_geneva_kremlin_brackets_stay_verbatim(geneva):
    turn = geneva.turns[geneva.turns["first_line"] == 10].iloc[0]
    assert "an enormous backlog [of unresolved issues] has piled up" in turn["text"]


# --- the Kremlin layout in general -----------------------------------------------------


def test_kremlin_layout(kremlin_text):
    corpus = kit.parse(kremlin_text)
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Vladimir Putin",
        "Unnamed journalist",
        "Vladimir Putin",
        "Anna Smith",
        "Vladimir Putin",
        "Anna Smith",
        "Vladimir Putin",
    ]
    assert turns["affiliation"].fillna("").tolist() == ["", "RIA Novosti", "", "Reuters", "", "Reuters", ""]
    assert turns["label_note"].fillna("").tolist()[3] == "retranslated"
    # "The question is:" and "We agreed on three things:" are not labels.
    assert turns.loc[1, "text"].endswith("The question is: what comes next?")
    # the <…> gap and a stage note inside a turn stay in it
    answer = turns.loc[2]
    assert (answer["first_line"], answer["last_line"]) == (8, 11)
    kinds = corpus.lines.set_index("line")["kind"]
    assert kinds[10] == "editorial"
    assert kinds[1] == "title" and kinds[2] == "dateline" and kinds[3] == "lead"
    assert corpus.exchanges["n_turns"].tolist() == [2, 4]


def test_short_name_joins_long_title():
    corpus = kit.parse(
        "Federal Chancellor of Germany Angela Merkel: Welcome.\n"
        "Presidential Press Secretary Dmitry Peskov: Thank you.\n"
        "Angela Merkel: Good evening.\n"
        "Merkel: Again.\n"
    )
    assert corpus.turns["speaker"].tolist() == ["Angela Merkel", "Dmitry Peskov", "Angela Merkel", "Angela Merkel"]


def test_one_word_label_without_a_long_form_is_prose():
    corpus = kit.parse("Vladimir Putin: We discussed it.\nNote: this is not a speaker.\n")
    assert len(corpus.turns) == 1
    assert corpus.turns.loc[0, "last_line"] == 2


def test_joint_statements_of_several_leaders():
    corpus = kit.parse(
        "Press statements following Russian-Turkish talks\n"
        "March 5, 2020 19:00, Moscow\n"
        "President of Russia Vladimir Putin: Mr President, friends.\n"
        "President of Turkey Recep Tayyip Erdogan (retranslated): Thank you.\n"
        "Vladimir Putin: Thank you.\n"
    )
    assert corpus.turns["speaker"].tolist() == ["Vladimir Putin", "Recep Tayyip Erdogan", "Vladimir Putin"]
    assert corpus.turns["kind"].unique().tolist() == ["statement"]
    assert corpus.exchanges.empty


def test_title_run_into_a_turn_is_detached():
    corpus = kit.parse(
        "News conference\nJune 16, 2021 19:40, Geneva\nVladimir Putin: First.\n"
        "Meeting with President of Switzerland Guy Parmelin\nJune 16, 2021 20:00 Geneva\n"
        "Guy Parmelin: Second.\n"
    )
    assert corpus.documents["title"].tolist() == [
        "News conference",
        "Meeting with President of Switzerland Guy Parmelin",
    ]
    assert corpus.turns["last_line"].tolist() == [3, 6]


# --- the White House layout ---------------------------------------------------------------


def test_whitehouse_layout(whitehouse_text):
    corpus = kit.parse(whitehouse_text)
    turns = corpus.turns
    assert turns["speaker_label"].tolist() == ["THE PRESIDENT", "Q", "THE PRESIDENT"]
    assert turns["speaker"].tolist() == ["President Biden", "Unnamed journalist", "President Biden"]
    # "Russia: none?" is a wrapped line, not a label: labels start paragraphs.
    assert turns.loc[1, "text"].endswith("Russia: none?")
    assert turns.loc[0, "last_line"] == 13
    doc = corpus.documents.iloc[0]
    assert doc["title"] == "Remarks by President Biden in Press Conference"
    assert doc["start"] == pd.Timestamp("2021-06-16 19:20")
    assert doc["end"] == pd.Timestamp("2021-06-16 19:53")
    assert doc["place"] == "Geneva, Switzerland"
    kinds = corpus.lines.set_index("line")["kind"]
    assert kinds[1] == "front_matter" and kinds[6] == "dateline" and kinds[21] == "dateline"
    sentences = corpus.sentences[corpus.sentences["turn_id"] == 2]["text"].tolist()
    assert sentences == [
        "Thank you, sir.",
        "What did you achieve today?",
        "And what were the consequences: Russia: none?",
    ]


def test_statement_without_turns():
    corpus = kit.parse("---\ntitle: Joint Statement\n---\n\nWe, the leaders, note that\nprogress is possible.\n\n###\n")
    assert corpus.turns.empty
    assert corpus.lines["kind"].tolist() == ["front_matter"] * 3 + ["blank", "body", "body", "blank", "separator"]


# --- unknown layouts and the vocabulary ------------------------------------------------------


def test_unknown_layout_keeps_every_line():
    text = "Some heading\nA paragraph of prose. It says things.\n\nJane Doe: Hello there.\nMore from Jane."
    corpus = kit.parse(text)
    assert corpus.lines["text"].tolist() == text.split("\n")
    assert corpus.turns["speaker"].tolist() == ["Jane Doe"]
    assert set(corpus.lines["kind"]) <= set(LINE_KINDS)


def test_line_kinds_are_from_the_documented_vocabulary(geneva):
    assert set(geneva.lines["kind"]) <= set(LINE_KINDS)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("* * *", "separator"),
        ("<…>", "editorial"),
        ("(Applause.)", "stage"),
        ("3 of 12", "residue"),
        ("Print version", "residue"),
        ("Vladimir Putin with Joseph Biden. Photo by Reuters", "caption"),
        ("Wednesday, June 16, 2021", "dateline"),
        ("16 June 2021 19:40, Geneva", "dateline"),
    ],
)
def test_single_line_kinds(line, kind):
    corpus = kit.parse(f"Vladimir Putin: Hello.\n{line}\nVladimir Putin: Again.")
    assert corpus.lines.loc[1, "kind"] == kind


def test_short_paste_one_turn_a_line_is_not_hard_wrapped():
    corpus = kit.parse(
        "June 16, 2021 19:40, Geneva\n\nQuestion: Was it hostile?\nVladimir Putin: No.\n"
        "Question: Will you meet again?\nVladimir Putin: Yes, we agreed.\nRemark: Thank you.\n"
        "Vladimir Putin: You are welcome.\n"
    )
    assert not corpus.wrapped
    assert len(corpus.turns) == 6
    assert corpus.turns["kind"].tolist() == ["question", "answer", "question", "answer", "remark", "answer"]


@pytest.mark.parametrize("title", ["Путин: пресс-конференция", "普京记者会", "푸틴 기자회견"])
def test_a_first_line_in_another_script_is_a_blog_header(title):
    corpus = kit.parse(f"{title}\nJune 16, 2021 19:40, Geneva\nQuestion: Why?\nVladimir Putin: Because.\n")
    assert corpus.lines.loc[0, "kind"] == "blog_header"
    assert len(corpus.turns) == 2


def test_a_first_line_that_starts_with_a_label_is_a_turn_whatever_its_script():
    corpus = kit.parse("Vladimir Putin: Москва – the capital.\nQuestion: Why?\nVladimir Putin: Because.\n")
    assert corpus.lines.loc[0, "kind"] == "speech"
    assert corpus.turns.loc[0, "text"] == "Москва – the capital."


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\r"])
def test_labels_after_unicode_line_separators(separator):
    text = separator.join(["Question: Why?", "Vladimir Putin: Because.", "Question: When?", "Vladimir Putin: Now."])
    corpus = kit.parse(text)
    assert corpus.turns["speaker"].tolist() == ["Unnamed journalist", "Vladimir Putin"] * 2
    assert corpus.lines["line"].tolist() == [1, 2, 3, 4]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200e", "\u200f", "\ufeff", "\u2060", "\u00ad"])
def test_invisible_characters_before_a_label_keep_the_turn_and_the_text(invisible):
    text = f"Question: Why?\n{invisible}Vladimir Putin: Because.\n"
    corpus = kit.parse(text)
    assert corpus.turns["speaker"].tolist() == ["Unnamed journalist", "Vladimir Putin"]
    assert corpus.lines.loc[1, "text"] == f"{invisible}Vladimir Putin: Because."  # verbatim
    assert corpus.turns.loc[1, "text"] == "Because."


def test_decomposed_accents_in_a_label_give_one_speaker():
    corpus = kit.parse("José Martínez: Hola.\nJose\u0301 Marti\u0301nez: Otra vez.\nQuestion: Why?\n")
    assert corpus.turns["speaker"].nunique() == 2  # José Martínez and the journalist
    assert corpus.turns.loc[1, "speaker"] == "José Martínez"


def test_named_journalists_with_a_moderator_read_into_exchanges():
    corpus = kit.parse(
        "Vladimir Putin’s annual news conference\nDecember 14, 2017 15:50, Moscow\n"
        "Vladimir Putin: Good afternoon. Let us start with your questions right away, please.\n"
        "Presidential Press Secretary Dmitry Peskov: Go ahead, please.\n"
        "Pavel Zarubin: Good afternoon. Pavel Zarubin, Rossiya TV. What about the economy?\n"
        "Vladimir Putin: The economy is growing, and we will keep it growing for years.\n"
        "Pavel Zarubin: And inflation?\n"
        "Vladimir Putin: Inflation is at an all-time low this year, as you know very well.\n"
        "Dmitry Peskov: Life News.\n"
        "Alexander Yunashev: Good afternoon, Mr President. Why is there no opposition?\n"
        "Vladimir Putin: Nurturing rivals is not what I need to do, to be frank with you.\n"
        "Question (retranslated): Deutsche Presse-Agentur. Will you run again?\n"
        "Vladimir Putin: I will, and I will say so in due course when the time comes.\n"
    )
    turns = corpus.turns.set_index("turn_id")
    assert turns.loc[2, ["speaker", "speaker_title", "role", "role_source", "kind"]].tolist() == [
        "Dmitry Peskov",
        "Presidential Press Secretary",
        "staff",
        "label",
        "interjection",
    ]
    assert turns.loc[3, ["role", "role_source", "affiliation", "kind"]].tolist() == [
        "journalist",
        "introduction",
        "VGTRK",
        "question",
    ]
    assert turns.loc[5, "kind"] == "follow_up"  # "And inflation?": the same journalist asks again
    assert turns.loc[8, ["role", "role_source", "kind"]].tolist() == ["journalist", "moderator", "question"]
    assert turns.loc[10, "affiliation"] == "Deutsche Presse-Agentur"
    assert pd.isna(turns.loc[2, "exchange_id"]) and pd.isna(turns.loc[7, "exchange_id"])
    assert corpus.exchanges["questioner"].tolist() == ["Pavel Zarubin", "Alexander Yunashev", "Unnamed journalist"]
    assert corpus.exchanges["answered_by"].tolist() == ["Vladimir Putin"] * 3


def test_an_interviewer_known_by_position():
    corpus = kit.parse(
        "Interview to NBC\nJune 1, 2018 10:00, Moscow\n"
        "Megyn Kelly: Mr President, will you meet again?\n"
        "Vladimir Putin: We will, if our partners are ready for it, and I think they are ready.\n"
        "Megyn Kelly: When?\n"
        "Vladimir Putin: Soon, I hope, but that does not depend only on us, as you understand.\n"
    )
    kelly = corpus.turns[corpus.turns["speaker"] == "Megyn Kelly"]
    assert set(kelly["role"]) == {"interviewer"} and set(kelly["role_source"]) == {"asks"}
    assert kelly["kind"].tolist() == ["question", "follow_up"]  # "When?" follows up the same point
    assert len(corpus.exchanges) == 1
    assert corpus.documents.loc[0, ["event", "event_source"]].tolist() == ["interview", "title"]


def test_the_other_side_of_a_two_person_meeting_stays_an_official():
    corpus = kit.parse(
        "Meeting with Moscow Mayor Sergei Sobyanin\nJune 1, 2018 10:00, Moscow\n"
        "Vladimir Putin: Mr Sobyanin, how is the work on the new metro lines going this year?\n"
        "Sergei Sobyanin: Mr President, we opened four stations. Shall I go on?\n"
        "Vladimir Putin: Yes, please go on and tell me about the ring line as well.\n"
    )
    sobyanin = corpus.turns[corpus.turns["speaker"] == "Sergei Sobyanin"].iloc[0]
    assert sobyanin["role"] == "official"
    assert corpus.exchanges.empty


def test_a_label_with_no_words_opens_no_turn():
    corpus = kit.parse("Q\nQ\nQuestion: Why?\nVladimir Putin:\n\nBecause.\nVladimir Putin:\n")
    assert corpus.lines["kind"].tolist() == ["residue", "residue", "speech", "speech", "blank", "speech", "residue"]
    assert corpus.turns["text"].tolist() == ["Why?", "\n\nBecause."]
