"""Widgets, driven by setting values and clicking, as a student would."""

from __future__ import annotations

import tomllib

import pytest

import kit
from kit import widgets

HOSTILE = (
    "Vladimir Putin: Good afternoon.\n"
    "Question: Anna <script>alert(1)</script>, CNN. Is <b>this</b> law? And you?\n"
    "Vladimir Putin: Of course <i>it</i> is the law. Guantanamo & drones? I think so."
)


@pytest.fixture(scope="module")
def corpus() -> kit.Corpus:
    return kit.load()


def shown_spec(view: widgets.View) -> dict:
    (output,) = view._plot.outputs
    return output["data"][widgets.VEGA_LITE_MIME]


def test_speaker_explorer_follows_the_dropdown_and_the_copy_checkbox(corpus: kit.Corpus) -> None:
    view = widgets.SpeakerExplorer(corpus)
    assert view.speaker.value == "Vladimir Putin"  # the most words first
    view.speaker.value = "Pavel Zarubin"
    assert view.frame["turn_id"].tolist() == [10]
    assert "97 words" in view.html
    view.leave_out_copy.value = False
    assert view.frame["turn_id"].tolist() == [10, 12]
    assert "counting the duplicated copy" in view.html
    assert shown_spec(view)["title"] == "Pavel Zarubin: words per turn"
    assert view.chart.to_dict()["mark"]["type"] == "bar"


def test_exchange_viewer_marks_the_sub_questions(corpus: kit.Corpus) -> None:
    view = widgets.ExchangeViewer(corpus)
    view.exchange.value = 4
    assert view.frame["number"].tolist() == [1, 2, 3]
    assert view.html.count('<mark title="sub-question') == 3
    assert "Pavel Zarubin, VGTRK" in view.html
    assert shown_spec(view)["encoding"]["strokeWidth"]["condition"]["test"] == "(datum.exchange_id === 4)"
    labels = [label for label, _ in view.exchange.options]
    assert any("a copy of 4" in label for label in labels)


def test_kwic_search_reacts_to_every_control(corpus: kit.Corpus) -> None:
    view = widgets.KwicSearch(corpus.deduplicated().sentences)
    assert view.frame.empty and view.chart is None and "Type a word" in view.html
    view.term.value = "Russia"
    everyone = len(view.frame)
    assert everyone > 3 and f"{everyone} occurrences" in view.html
    view.speaker.value = "Matthew Chance"
    assert 0 < len(view.frame) < everyone and set(view.frame["speaker"]) == {"Matthew Chance"}
    view.window.value = 2
    assert view.frame["left"].str.split().str.len().max() <= 2
    view.regex.value = True
    view.term.value = "("
    assert view.frame.empty and "not a valid regular expression" in view.html
    view.term.value = "zzzz"
    assert view.frame.empty and view.chart is None and "0 occurrences" in view.html


def test_feature_highlighter_highlights_what_the_detector_flags(corpus: kit.Corpus) -> None:
    view = widgets.FeatureHighlighter(corpus.deduplicated().sentences)
    view.turn.value = 11  # Putin's answer to VGTRK
    view.device.value = "counter_accusation"
    assert len(view.frame) >= 3
    assert view.html.count("<mark") == len(view.frame)
    assert 'title="counter_accusation: Guantanamo' in view.html
    view.device.value = "enumeration"
    assert "This is the first thing." in view.frame["text"].tolist()
    assert shown_spec(view)["mark"]["type"] == "tick"


def test_feature_highlighter_shows_the_cues_kit_rhetoric_matches_finds(corpus: kit.Corpus) -> None:
    sentences = corpus.deduplicated().sentences
    view = widgets.FeatureHighlighter(sentences)
    view.turn.value, view.device.value = 11, "counter_accusation"
    found = kit.rhetoric.matches(view.frame)
    found = found[found["device"] == "counter_accusation"].reset_index(drop=True)
    assert view.found[["sentence_id", "matched", "start", "end"]].equals(
        found[["sentence_id", "matched", "start", "end"]]
    )
    for text, start, end in view.found.merge(view.frame, on="sentence_id")[["text", "start", "end"]].values:
        assert f"<strong>{text[start:end]}</strong>" in view.html
    view.device.value = "question_in_answer"  # flagged by its question mark, not by a cue
    assert view.found.empty and "<strong>" not in view.html
    assert view.html.count("<mark") == len(view.frame) and 'title="question in an answer"' in view.html


def test_no_attribute_of_a_view_is_named_like_an_analysis(corpus: kit.Corpus) -> None:
    """A view's controls and frames are not named like the functions that make frames (``view.features`` beside
    the old ``kit.rhetoric.features``), nor the threshold's slider like the notebook's ``threshold = ThresholdExplorer(...)``."""
    analyses = {
        name
        for module in (kit.rhetoric, kit.topics, kit.duplicates, kit.marks, kit.airtime, kit.distinctive)
        for name in module.__all__
    }
    analyses |= {"kwic", "deduplicated", "features", "flag_devices"}
    views = [
        widgets.SpeakerExplorer(corpus),
        widgets.ExchangeViewer(corpus),
        widgets.ThresholdExplorer(corpus.turns),
        widgets.CopyComparer(corpus),
        widgets.KwicSearch(corpus.sentences),
        widgets.FeatureHighlighter(corpus.deduplicated().sentences),
    ]
    for view in views:
        assert not set(vars(view)) & analyses, (type(view).__name__, set(vars(view)) & analyses)
    assert not hasattr(views[2], "threshold") and views[2].slider.description == "Threshold"


def test_transcript_text_is_escaped_everywhere() -> None:
    hostile = kit.parse(HOSTILE)
    pages = []
    view = widgets.ExchangeViewer(hostile)
    pages.append(view.html + view._table.value)
    view = widgets.FeatureHighlighter(hostile.sentences)
    view.device.value = "booster"
    pages.append(view.html)
    view = widgets.KwicSearch(hostile.sentences, term="<b>")
    pages.append(view.html)
    view = widgets.SpeakerExplorer(hostile)
    pages.append(view.html + view._table.value)
    coder = widgets.EvasionCoder(hostile, exchange=1, exercise=None)
    pages.append("".join(child.value for box in coder.ui.children[2:-2] for child in box.children[1:]))
    for page in pages:
        assert "<script>" not in page and "<i>it</i>" not in page and "<b>this</b>" not in page
    assert any("&lt;script&gt;" in page for page in pages)
    assert any("&lt;i&gt;it&lt;/i&gt;" in page for page in pages)


def test_sample_labeller_scores_follow_the_buttons(corpus: kit.Corpus) -> None:
    features = kit.rhetoric.flag_devices(corpus.deduplicated().sentences)
    sample = kit.rhetoric.sample(features, "hedge", n=3, seed=0)
    view = widgets.SampleLabeller(sample)
    assert view.scores["unlabelled"] == 6
    for button, flagged in zip(view.buttons, view.labelled["flagged"], strict=True):
        button.value = "yes" if flagged else "no"
    assert (view.scores["precision"], view.scores["recall"]) == (1.0, 1.0)
    first_flagged = view.labelled["flagged"].tolist().index(True)
    view.buttons[first_flagged].value = "no"
    assert view.scores["precision"] == pytest.approx(0.667)
    assert kit.exercises.check("02-precision", view.scores, data=view.labelled)


def test_sample_labelling_is_blind_until_a_sentence_is_labelled(corpus: kit.Corpus) -> None:
    features = kit.rhetoric.flag_devices(corpus.deduplicated().sentences)
    sample = kit.rhetoric.sample(features, "hedge", n=5)
    view = widgets.SampleLabeller(sample, device="hedge")
    shown = "".join(
        getattr(child, "value", "") for box in view.ui.children for child in getattr(box, "children", [box])
    )
    assert "flagged" not in shown.replace("Once you have, the detector", "") and "hedge:" not in shown
    assert "precision" not in view.html and "recall" not in view.html, "computing them is the exercise"
    order = view.labelled["flagged"].tolist()
    assert order != sorted(order, reverse=True), "the order of the sentences gives the flags away"
    view.buttons[0].value = "yes"
    assert "detector:" in view.verdicts[0].value and all(v.value == "" for v in view.verdicts[1:])
    assert "1 of 10 labelled" in view.html


def test_notes_are_printed_not_hover_only(corpus: kit.Corpus) -> None:
    import re

    viewer = widgets.ExchangeViewer(corpus)
    viewer.exchange.value = 3
    visible = re.sub(r'title="[^"]*"', "", viewer.html)
    assert all(f"sub-question {n}" in visible for n in range(1, 8))
    highlighter = widgets.FeatureHighlighter(corpus.deduplicated().sentences)
    highlighter.device.value, highlighter.turn.value = "counter_accusation", 11
    assert "counter_accusation: Guantanamo" in re.sub(r'title="[^"]*"', "", highlighter.html)
    comparer = widgets.CopyComparer(corpus)
    assert all(label in comparer.html.split("Key:")[1] for label in widgets.DIFFERENCE_COLOURS)


def test_every_chart_in_a_view_has_its_table_beside_it(corpus: kit.Corpus) -> None:
    views = [
        widgets.SpeakerExplorer(corpus),
        widgets.ExchangeViewer(corpus),
        widgets.ThresholdExplorer(corpus.turns),
        widgets.TopicEditor(corpus.deduplicated().sentences),
        widgets.CopyComparer(corpus),
        widgets.KwicSearch(corpus.sentences, term="law"),
    ]
    for view in views:
        assert view.chart is not None and len(view.chart_table) > 0, type(view).__name__
        assert "The chart as a table" in view._plot_table.value and "_" not in "".join(view.chart_table.columns)
        assert len(view.chart.to_dict(validate=False)["description"]) > 40


def test_tables_in_views_have_headings_in_words(corpus: kit.Corpus) -> None:
    view = widgets.SpeakerExplorer(corpus)
    assert "words" in view._table.value and "<code" in view._table.value and "&lt;NA&gt;" not in view._table.value
    explorer = widgets.ThresholdExplorer(corpus.turns)
    assert "first of the pair" in explorer._table.value


def test_controls_have_room_for_their_labels(corpus: kit.Corpus) -> None:
    search = widgets.KwicSearch(corpus.sentences)
    editor = widgets.TopicEditor(corpus.deduplicated().sentences)
    for control in (search.term, search.speaker, search.window, editor.topic, editor.by, editor.phrase):
        assert control.style.description_width == "initial" and control.layout.width, control.description
        assert control.layout.flex == "0 0 auto"
    assert [label for label, _ in editor.by.options][0] == "kind of turn"


def test_evasion_coder_checks_against_the_key(corpus: kit.Corpus) -> None:
    view = widgets.EvasionCoder(corpus, exchange=3)
    assert len(view.codes) == 7 and view.answer == {}
    view.check.click()
    assert view.result.status == "not answered yet"
    key = kit.rhetoric.load_evasion_key().query("exchange_id == 3").set_index("number")["code"]
    for code, (_, value) in zip(view.codes, key.items(), strict=True):
        code.value = value
    assert view.frame["code"].tolist() == key.tolist() and "7 of 7 coded" in view.html
    view.check.click()
    assert view.result and "right" in view.html
    with pytest.raises(ValueError, match="no sub-questions"):
        widgets.EvasionCoder(corpus, exchange=99)


def test_topic_editor_adds_and_removes_phrases_on_its_own_copy(corpus: kit.Corpus) -> None:
    sentences = corpus.deduplicated().sentences
    view = widgets.TopicEditor(sentences, by="turn_kind")
    view.topic.value = "arctic"
    before = view.mentions()
    view.phrase.value = "  Bering   Strait "
    view.add.click()
    assert "Bering Strait" in view.phrases.options and view.phrase.value == ""
    view.phrases.value = "Arctic"
    view.remove.click()
    assert "Arctic" not in view.dictionary["arctic"]["phrases"]
    assert view.mentions() < before
    assert "Arctic" in kit.topics.load_dictionary()["arctic"]["phrases"]  # the file is untouched
    view.by.value = "exchange_id"
    assert "exchange_id" in view.frame.columns
    assert shown_spec(view)["encoding"]["facet"]["field"] == "exchange_id"  # one panel per exchange
    again = tomllib.loads(view.to_toml())
    assert again["arctic"]["phrases"] == view.dictionary["arctic"]["phrases"]
    assert set(again) == set(view.dictionary)


def test_views_display_as_widgets(corpus: kit.Corpus) -> None:
    view = widgets.KwicSearch(corpus.sentences, term="Arctic")
    bundle = view._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_threshold_explorer_flags_more_pairs_as_the_threshold_falls(corpus: kit.Corpus) -> None:
    view = widgets.ThresholdExplorer(corpus.exchanges)
    assert view.frame[["a", "b"]].values.tolist() == [[4, 5]]
    counts = []
    for value in (1.0, 0.8, 0.05, 0.005, 0.0):
        view.slider.value = value
        counts.append(len(view.frame))
        assert (view.frame["similarity"] >= value).all()
        assert shown_spec(view)["layer"][1]["data"]["values"] == [{"cut": value}]
    assert counts == sorted(counts) and counts[-1] == len(view.pairs) == 15
    assert "15 of 15 pairs flagged" in view.html


def test_copy_comparer_shows_both_copies_with_labelled_differences(corpus: kit.Corpus) -> None:
    view = widgets.CopyComparer(corpus)
    assert [value for _, value in view.pair.options] == [(10, 12), (11, 13)]
    view.pair.value = (11, 13)
    assert view.frame["difference"].tolist() == ["reading mark", "reading mark", "punctuation", "reading mark"]
    assert "no segmentation, no wording differences" in view.html
    assert view.html.count('<mark title="reading mark"') == 3
    spec = shown_spec(view)
    assert {row["difference"]: row["count"] for row in spec["data"]["values"]}["wording"] == 0
    view.pair.value = (10, 12)
    assert set(view.frame["difference"]) == {"segmentation"} and "¶<br>" in view.html


def test_copy_comparer_escapes_and_copes_with_no_copies() -> None:
    text = "We said <script>x</script> and we meant it, every word of it, said the speaker there."
    hostile = kit.parse(f"Vladimir Putin: {text}\nQuestion: Why?\nVladimir Putin: {text.replace(',', '')}")
    view = widgets.CopyComparer(hostile)
    assert "<script>" not in view.html and "&lt;script&gt;" in view.html
    none = widgets.CopyComparer(kit.parse("Vladimir Putin: Nothing is repeated here at all, not once."))
    assert none.frame.empty and "No copies" in none.html


def test_views_of_a_transcript_with_nothing_to_show_say_so() -> None:
    bare = kit.parse("Just a line of narration, with no speaker at all.")
    assert "no speaker turns" in widgets.SpeakerExplorer(bare).html
    assert "no questions" in widgets.ExchangeViewer(bare).html
    assert "no answers" in widgets.FeatureHighlighter(bare.sentences).html


def test_transcript_loader_reads_an_upload_and_rebuilds_the_views(corpus: kit.Corpus) -> None:
    import datetime

    view = widgets.TranscriptLoader()
    assert len(view.corpus.turns) == 20 and "bundled Geneva" in view.html
    assert set(view.views) == {"Speakers", "Exchanges", "Rhetoric", "Topics", "Copies"}
    text = "Briefing\nQuestion: Anna Smith, Reuters. Will you meet again?\nVladimir Putin: Of course. Listen, why not?\n8 of 16\n"
    upload = {
        "name": "mine.txt",
        "type": "text/plain",
        "size": len(text.encode()),
        "content": memoryview(text.encode()),
        "last_modified": datetime.datetime(2026, 1, 1),
    }
    view.upload.value = (upload,)
    assert view.corpus.source == "mine.txt" and len(view.corpus.turns) == 2
    assert view.frame[["line", "kind"]].values.tolist() == [[1, "heading"], [4, "residue"]]
    assert "Read mine.txt" in view.html and "2 are not speech" in view.html
    assert set(view.views["Speakers"].speaker.options) == {"Anna Smith", "Vladimir Putin"}
    assert view.views["Exchanges"].frame["question"].tolist() == ["Will you meet again?"]
    view.views["Rhetoric"].device.value = "booster"
    assert "<strong>Of course</strong>." in view.views["Rhetoric"].html
    assert [view.tabs.get_title(k) for k in range(len(view.tabs.children))][0] == "Lines not speech"


def test_transcript_loader_offers_every_file_a_folder_is_read_for_and_reads_an_uploaded_caption_file() -> None:
    from kit.gather import SUFFIXES

    view = widgets.TranscriptLoader()
    offered = view.upload.accept.split(",")
    assert {".txt", ".md", ".vtt", ".srt", ".html", ".htm"} <= set(offered) and set(SUFFIXES) <= set(offered)
    captions = "1\n00:00:01,000 --> 00:00:04,000\n<v Anna Lee>Why did you come?\n\n2\n00:00:05,000 --> 00:00:08,000\n<v Bo Chan>To see.\n"
    view.load_bytes(captions.encode(), "talk.srt")
    assert view.corpus.source == "talk.srt" and "Read talk.srt" in view.html
    assert view.corpus.turns[["speaker", "label_shape", "time"]].values.tolist() == [
        ["Anna Lee", "voice", "00:00:01.000"],
        ["Bo Chan", "voice", "00:00:05.000"],
    ]
    assert set(view.frame["kind"]) == {"cue"}  # cue numbers and timings: not speech


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "mine.txt: the file is empty"),
        (b"\x00\x01binary", "looks like binary data"),
        ("Вопрос: Да.".encode("cp1251"), "It looks like cp1251"),
        (b"   \n  \n", "contains no text"),
    ],
)
def test_transcript_loader_explains_a_file_it_cannot_read(data: bytes, message: str) -> None:
    view = widgets.TranscriptLoader()
    view.load_bytes(data, "mine.txt")
    assert "Could not read it" in view.html and message in view.html and "Traceback" not in view.html
    assert len(view.corpus.turns) == 20  # the last transcript stays


def test_transcript_loader_refuses_pasted_text_with_a_lone_surrogate_and_keeps_its_corpus() -> None:
    view = widgets.TranscriptLoader()
    before, views, tabs = view.corpus, view.views, view.tabs.children
    view.text.value = "Question: Why?\nVladimir Putin: Because\udcff. Of course.\n"
    view.read.click()
    assert "Could not read it" in view.html and "pasted text, line 2:" in view.html
    assert "U+DCFF (a lone surrogate)" in view.html and "Traceback" not in view.html
    assert view.corpus is before and view.views is views and view.tabs.children == tabs


def test_topic_editor_takes_a_plain_dictionary_and_ignores_a_phrase_of_punctuation(corpus: kit.Corpus) -> None:
    view = widgets.TopicEditor(corpus.deduplicated().sentences, {"arctic": ["Arctic"], "law": ["law*"]})
    assert view.topic.value == "arctic" and view.mentions() > 0
    everything = len(corpus.deduplicated().sentences)
    view.phrase.value = "*"
    view.add.click()
    assert view.mentions() < everything
