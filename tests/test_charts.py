"""Charts, tested through their Vega-Lite specs (``to_dict``)."""

from __future__ import annotations

import json

import altair as alt
import pytest

import kit
from kit import charts, rhetoric, topics


@pytest.fixture(scope="module")
def dedup() -> kit.Corpus:
    return kit.load().deduplicated()


def all_charts(corpus: kit.Corpus) -> dict[str, alt.TopLevelMixin]:
    sentences = corpus.sentences
    features = rhetoric.features(sentences)
    tagged = topics.tag(sentences)
    return {
        "words_by_speaker": charts.words_by_speaker(corpus.turns),
        "lengths": charts.lengths(corpus.exchanges, selected=3),
        "stacked_share": charts.stacked_share(topics.coverage(sentences, by="exchange_id")),
        "timeline": charts.timeline(tagged, ["arctic", "trade_economy"]),
        "heatmap": charts.heatmap(topics.coverage(sentences), "exchange_id", "topic", "share_sentences"),
        "kwic_table": charts.kwic_table(kit.kwic(sentences, "law")),
        "devices": charts.devices(rhetoric.summary(features)),
    }


def rows(spec: dict) -> list[dict]:
    """The data rows of a chart spec, wherever altair put them."""
    if "datasets" in spec:
        return next(iter(spec["datasets"].values()))
    return spec["data"]["values"]


def encodings(spec: dict) -> list[dict]:
    layers = spec.get("layer", [spec])
    return [layer.get("encoding", {}) for layer in layers] + ([spec["encoding"]] if "layer" in spec and "encoding" in spec else [])


def test_every_chart_is_valid_vega_lite_with_tooltips(dedup: kit.Corpus) -> None:
    for name, chart in all_charts(dedup).items():
        spec = chart.to_dict()  # validates against the Vega-Lite schema
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/v5"), name
        assert any("tooltip" in e for e in encodings(spec)), f"{name} has no tooltip"
        assert json.dumps(spec, allow_nan=False), name  # a NaN would break the notebook message


def test_axis_titles_are_plain_words(dedup: kit.Corpus) -> None:
    for name, chart in all_charts(dedup).items():
        for encoding in encodings(chart.to_dict()):
            for channel in ("x", "y"):
                title = encoding.get(channel, {}).get("title")
                if isinstance(title, str):
                    assert "_" not in title and ":" not in title, f"{name}.{channel}: {title!r}"


def test_categories_use_the_colour_blind_safe_palette(dedup: kit.Corpus) -> None:
    spec = charts.words_by_speaker(dedup.turns).to_dict()
    assert spec["encoding"]["color"]["scale"]["range"] == charts.PALETTE
    heat = charts.heatmap(topics.coverage(dedup.sentences), "exchange_id", "topic", "share_sentences").to_dict()
    assert heat["encoding"]["color"]["scale"]["scheme"] == "viridis"


def test_tooltips_carry_the_sentence(dedup: kit.Corpus) -> None:
    tagged = topics.tag(dedup.sentences)
    spec = charts.timeline(tagged, ["arctic"]).to_dict()
    data = rows(spec)
    assert {"text", "line", "speaker"} <= set(data[0])
    assert sorted(r["text"] for r in data) == sorted(tagged.loc[tagged["arctic"], "text"])
    assert {"field": "text", "title": "sentence", "type": "nominal"} in spec["encoding"]["tooltip"]


def test_words_by_speaker_adds_up_to_the_turns(dedup: kit.Corpus) -> None:
    spec = charts.words_by_speaker(dedup.turns).to_dict()
    assert sum(r["words"] for r in rows(spec)) == dedup.turns["n_words"].sum()


def test_the_chosen_exchange_is_ringed(dedup: kit.Corpus) -> None:
    spec = charts.lengths(dedup.exchanges, selected=4).to_dict()
    assert spec["encoding"]["strokeWidth"]["condition"]["test"] == "(datum.exchange_id === 4)"


def test_the_kwic_table_lines_up_left_match_and_right(dedup: kit.Corpus) -> None:
    found = kit.kwic(dedup.sentences, "law")
    spec = charts.kwic_table(found, limit=5).to_dict()
    fields = [layer["encoding"]["text"]["field"] for layer in spec["layer"]]
    assert fields == ["left", "match", "right"]
    assert len(rows(spec)) == 5 and all("data" not in layer for layer in spec["layer"])  # one copy of the rows
    assert spec["title"] == f"{len(found)} occurrences"


def test_offline_switches_to_the_mimetype_renderer(dedup: kit.Corpus) -> None:
    before = alt.renderers.active
    try:
        assert charts.offline() == "mimetype"
        bundle = charts.words_by_speaker(dedup.turns)._repr_mimebundle_()
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        assert "application/vnd.vegalite.v5+json" in data
        assert "cdn" not in json.dumps(data).lower()  # nothing to fetch from the internet
    finally:
        alt.renderers.enable(before)


def test_missing_values_reach_the_chart_as_null(dedup: kit.Corpus) -> None:
    spec = charts.lengths(dedup.exchanges).to_dict()
    first = rows(spec)[0]
    assert first["affiliation"] is None and first["exchange_id"] == 1


def test_charts_do_not_change_their_input(dedup: kit.Corpus) -> None:
    turns = dedup.turns.copy()
    charts.words_by_speaker(turns)
    charts.lengths(dedup.exchanges)
    assert turns.equals(dedup.turns)
