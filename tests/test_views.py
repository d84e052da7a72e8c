"""Charts and views as a reader meets them: what the description names, the ticks, colour, width, first view."""

from __future__ import annotations

import re

import ipywidgets
import pytest

import kit
from kit import charts, duplicates, topics, widgets

#: What a notebook's output area leaves at a 1024-pixel screen with JupyterLab's file browser
#: open: 1024 less the activity bar (33), the file browser (250), the cell prompt (64) and
#: margins. A view must fit in it, wrapping its controls rather than running off the edge.
WIDTH_1024 = 620
#: JupyterLab's widget font size, in pixels: what an ``em`` is in a control's width.
EM = 13


@pytest.fixture(scope="module")
def dedup() -> kit.Corpus:
    return kit.load().deduplicated()


def test_the_pairs_heatmap_names_the_copied_pair_not_the_diagonal(geneva: kit.Corpus) -> None:
    pairs = duplicates.similarities(geneva.exchanges)
    spec = charts.heatmap(pairs, "a", "b", "similarity", x_title="exchange", y_title="exchange").to_dict()
    copy = geneva.exchanges.dropna(subset=["duplicate_of"]).iloc[0]
    original, later = int(copy["duplicate_of"]), int(copy["exchange_id"])
    described = spec["description"]
    assert f"exchange {original} with exchange {later}" in described, described
    assert not re.search(r"exchange (\d+)(?:,| with) exchange \1\b", described), "the diagonal is each with itself"
    other = charts.heatmap(topics.coverage(geneva.sentences), "exchange_id", "topic", "share_sentences")
    assert "diagonal" not in other.to_dict()["description"], "two kinds across and down: no diagonal"


def test_the_copy_comparers_count_axis_has_whole_ticks_each_once(geneva: kit.Corpus) -> None:
    view = widgets.CopyComparer(geneva)
    for _label, pair in view.pair.options:
        view.pair.value = pair
        spec = view.chart.to_dict()
        axis = spec["encoding"]["x"]["axis"]
        ticks = axis["values"]
        labels = [format(v, axis["format"]) for v in ticks]
        assert len(set(labels)) == len(labels), f"repeated tick labels {labels}"
        assert all(isinstance(v, int) for v in ticks) and ticks == sorted(ticks) and ticks[0] == 0
        assert ticks[-1] >= view.chart_table.iloc[:, -1].max(), "the ticks cover the data"
    assert charts.base.count_axis([0, 1, 2]).to_dict()["values"] == [0, 1, 2]  # not 0, 0.5, 1, 1.5, 2


def test_the_topic_chart_reads_without_colour(dedup: kit.Corpus) -> None:
    for group in ("turn_kind", "exchange_id", "speaker"):
        chart = charts.stacked_share(topics.coverage(dedup.sentences, by=group), group)
        spec = chart.to_dict()
        encoding = spec["encoding"]
        assert encoding["y"]["field"] == encoding["color"]["field"] == "label", "each bar is named by its topic"
        assert encoding["color"]["legend"] is None, "no legend to match colours against"
        assert encoding["facet"]["field"] == group and encoding["facet"]["columns"] <= charts.content.PANEL_COLUMNS
        table = charts.table(chart).data
        assert set(encoding["y"]["sort"]) == set(table["topic"]), "every topic shown is on the axis"
        assert "each bar named by its topic" in spec["description"]


def _chart_width(spec: dict) -> float:
    """About how wide a chart of panels is drawn: the panels side by side, and the labels of the axis beside them."""
    encoding = spec["encoding"]
    columns = encoding.get("facet", {}).get("columns", 1)
    spacing = encoding.get("facet", {}).get("spacing", {}).get("column", 0)
    width = spec.get("width", 300)
    return columns * (width + spacing) + encoding["y"]["axis"]["labelLimit"] + 20


def _controls(box: ipywidgets.Widget) -> list[ipywidgets.Widget]:
    found = [box]
    for child in getattr(box, "children", ()):
        found += _controls(child)
    return found


def test_the_topic_editor_is_whole_at_1024_pixels(dedup: kit.Corpus) -> None:
    editor = widgets.TopicEditor(dedup.sentences)
    parts = _controls(editor.ui)
    for box in parts:
        if isinstance(box, ipywidgets.HBox):
            assert "wrap" in (box.layout.flex_flow or ""), "a row of controls wraps at a narrow screen"
        if isinstance(box, ipywidgets.Box):
            assert box.layout.max_width == "100%", f"{type(box).__name__} can grow wider than the notebook"
    for control in (editor.topic, editor.by, editor.phrases, editor.phrase, editor.add, editor.remove):
        width = control.layout.width
        assert width.endswith("em") and float(width[:-2]) * EM <= WIDTH_1024, (control.description, width)
        assert control.layout.max_width == "100%", control.description
    assert editor._plot.layout.max_width == "100%" and editor._plot.layout.overflow == "auto"
    for _label, group in editor.by.options:
        editor.by.value = group
        assert _chart_width(editor.chart.to_dict()) <= WIDTH_1024, f"grouped by {group}"


def test_the_highlighter_opens_on_a_flag_lists_answers_only_and_its_axis_covers_the_speaker(
    dedup: kit.Corpus,
) -> None:
    view = widgets.FeatureHighlighter(dedup.sentences)
    assert len(view.frame) > 0 and view.html.count("<mark") == len(view.frame), "the first view shows a highlight"
    assert {kind for kind, _ in view.kinds()} == {"answer"}, "the Answer list holds answers"
    assert view.turn.description == "Answer"
    statement = dedup.sentences.query("turn_kind == 'statement'")["turn_id"].unique()
    assert not set(statement) & {turn for _, turn in view.turn.options}
    for device in ("question_in_answer", "counter_accusation", "hedge"):
        view.device.value = device
        domain = view.chart.to_dict()["encoding"]["x"]["scale"]["domain"]
        spoken = view.flags[view.flags["speaker"] == "Vladimir Putin"]["line"]
        assert domain == [spoken.min(), spoken.max()], "the axis covers every line of the speaker's, flagged or not"
    assert domain[1] > 50


def test_a_transcript_with_statements_only_lists_them(dedup: kit.Corpus) -> None:
    only = kit.parse("Vladimir Putin: Good afternoon. I think we agreed on a great deal, of course.")
    view = widgets.FeatureHighlighter(only.sentences)
    assert view.turn.options and view.turn.description in ("Statement", "Answer")
