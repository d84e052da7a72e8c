"""Charts, tested through their Vega-Lite specs (``to_dict``)."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd
import pytest

import kit
from kit import charts, rhetoric, topics

# --- colour vision: simulated protanopia, deuteranopia and tritanopia ----------------------
#: Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
CVD = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    "normal vision": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
}


def _linear(colour: str) -> list[float]:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def _lab(linear: list[float]) -> tuple[float, float, float]:
    """CIELAB (D65) of a linear-RGB colour."""
    rgb = [min(1.0, max(0.0, c)) for c in linear]
    xyz = [
        sum(m * c for m, c in zip(row, rgb, strict=True))
        for row in ([0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505])
    ]
    f = [
        t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29
        for t in (xyz[0] / 0.95047, xyz[1], xyz[2] / 1.08883)
    ]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def seen(colour: str, vision: str) -> tuple[float, float, float]:
    """A colour as a person with ``vision`` sees it, in CIELAB."""
    linear = _linear(colour)
    return _lab([sum(m * c for m, c in zip(row, linear, strict=True)) for row in CVD[vision]])


def apart(a: str, b: str) -> float:
    """The smallest CIELAB distance between two colours, over the four kinds of vision."""
    return min(sum((p - q) ** 2 for p, q in zip(seen(a, v), seen(b, v), strict=True)) ** 0.5 for v in CVD)


def contrast_with_white(colour: str) -> float:
    r, g, b = _linear(colour)
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


@pytest.fixture(scope="module")
def dedup() -> kit.Corpus:
    return kit.load().deduplicated()


def all_charts(corpus: kit.Corpus) -> dict[str, alt.TopLevelMixin]:
    sentences = corpus.sentences
    flags = rhetoric.flag_devices(sentences)
    tagged = topics.tag(sentences)
    return {
        "words_by_speaker": charts.words_by_speaker(corpus.turns),
        "lengths": charts.lengths(corpus.exchanges, selected=3),
        "stacked_share": charts.stacked_share(topics.coverage(sentences, by="exchange_id")),
        "timeline": charts.timeline(tagged, ["arctic", "trade_economy"]),
        "heatmap": charts.heatmap(topics.coverage(sentences), "exchange_id", "topic", "share_sentences"),
        "kwic_table": charts.kwic_table(kit.kwic(sentences, "law")),
        "devices": charts.devices(rhetoric.summary(flags)),
    }


def rows(spec: dict) -> list[dict]:
    """The data rows of a chart spec, wherever altair put them."""
    if "datasets" in spec:
        return next(iter(spec["datasets"].values()))
    return spec["data"]["values"]


def encodings(spec: dict) -> list[dict]:
    layers = spec.get("layer", [spec])
    return [layer.get("encoding", {}) for layer in layers] + (
        [spec["encoding"]] if "layer" in spec and "encoding" in spec else []
    )


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
    scale = spec["encoding"]["color"]["scale"]
    assert scale["range"] == charts.PALETTE[: len(scale["domain"])] and set(scale["domain"]) == set(dedup.turns["role"])
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


def test_the_palette_stays_distinct_for_colour_blind_readers_past_ten_categories() -> None:
    assert len(set(charts.PALETTE)) == len(charts.PALETTE) >= 20, "no colour repeats before the twenty-first category"
    first = charts.PALETTE[:12]
    closest = min((apart(a, b), a, b) for i, a in enumerate(first) for b in first[i + 1 :])
    assert closest[0] >= 15, f"{closest[1]} and {closest[2]} look alike to a colour-blind reader"
    pale = [c for c in charts.PALETTE if contrast_with_white(c) < 1.5]
    assert not pale, f"too pale on white: {pale}"


def test_every_topic_has_its_own_strong_colour_and_keeps_it(dedup: kit.Corpus) -> None:
    coverage = topics.coverage(dedup.sentences, by="turn_kind")
    scale = charts.stacked_share(coverage, "turn_kind").to_dict()["encoding"]["color"]["scale"]
    colour = dict(zip(scale["domain"], scale["range"], strict=True))
    biggest = coverage.groupby("label")["sentences"].sum().idxmax()
    assert biggest == "Ukraine and Donbass" and contrast_with_white(colour[biggest]) >= 3, (
        "the biggest topic is not pale"
    )
    assert len(set(colour.values())) == len(colour)
    timeline = charts.timeline(topics.tag(dedup.sentences), list(topics.load_dictionary())).to_dict()["encoding"][
        "color"
    ]["scale"]
    assert dict(zip(timeline["domain"], timeline["range"], strict=True)) == colour, (
        "a topic has the same colour in every chart"
    )
    eleven = {**topics.load_dictionary(), "sanctions": {"label": "Sanctions", "phrases": ["sanction*"]}}
    wider = charts.stacked_share(topics.coverage(dedup.sentences, eleven, by="turn_kind"), "turn_kind").to_dict()
    assert len(set(wider["encoding"]["color"]["scale"]["range"])) == 11, "an eleventh topic gets a colour of its own"


def test_every_chart_describes_itself_and_has_a_table(dedup: kit.Corpus) -> None:
    for name, chart in all_charts(dedup).items():
        spec = chart.to_dict()
        assert len(spec.get("description", "")) > 40, f"{name} has no description for a screen reader"
        shown = charts.table(chart)
        assert len(shown.data) > 0 and not [c for c in shown.data.columns if "_" in c], (
            f"{name}: {list(shown.data.columns)}"
        )
        assert "<NA>" not in shown.to_html() and "nan" not in shown.to_html()


def test_legends_and_tooltips_are_in_words(dedup: kit.Corpus) -> None:
    for name, chart in all_charts(dedup).items():
        for encoding in encodings(chart.to_dict()):
            color = encoding.get("color", {})
            if "field" in color and color.get("legend", {}) is not None:
                assert "_" not in color.get("title", "_"), f"{name}: legend {color}"
            for tip in encoding.get("tooltip", []):
                assert "_" not in tip.get("title", "_"), f"{name}: tooltip {tip}"


def test_the_device_chart_is_compact_and_names_devices_in_words(dedup: kit.Corpus) -> None:
    summary = rhetoric.summary(rhetoric.flag_devices(dedup.sentences), by="turn_kind")
    spec = charts.devices(summary, by="turn_kind").to_dict()
    assert spec["height"] <= 320
    assert spec["encoding"]["y"]["sort"] == [charts.heading(d) for d in rhetoric.DEVICES]
    assert not [d for d in spec["encoding"]["y"]["sort"] if "_" in d]


def test_the_threshold_axis_is_labelled_every_tenth() -> None:
    pairs = kit.duplicates.similarities(kit.load().turns).query("a < b")
    spec = charts.threshold(pairs, 0.8).to_dict()
    axis = spec["layer"][0]["encoding"]["x"]["axis"]
    assert axis["values"] == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0] and axis["format"] == ".1f"
    titles = {layer["encoding"]["x"]["title"] for layer in spec["layer"]}
    assert titles == {
        "similarity of the pair (shared word 3-grams)"
    }  # the rule adds no second title to the shared axis


def test_a_frame_shown_as_a_table_has_headings_in_words_and_no_missing_marks(dedup: kit.Corpus) -> None:
    shown = charts.table(dedup.exchanges, ["exchange_id", "questioner", "affiliation", "duplicate_of"])
    assert shown.data.columns.tolist()[2] == ("outlet", "affiliation")
    page = shown.to_html()
    assert "<NA>" not in page and "None" not in page and ">nan<" not in page
    assert dedup.exchanges["affiliation"].isna().any()  # there was something missing to hide


# --- large data -------------------------------------------------------------------------------


MANY = pd.DataFrame({"speaker": [f"speaker {k}" for k in range(6_000)], "n_words": range(6_000)})


def test_charts_keep_altairs_large_data_guard() -> None:
    with pytest.raises(alt.MaxRowsError, match=r"6,000 rows, more than altair's limit of 5,000.*Aggregate first"):
        charts.bar(MANY, "n_words", "speaker")
    assert len(charts.bar(MANY.head(5_000), "n_words", "speaker").to_dict()["data"]["values"]) == 5_000


def test_the_guard_follows_altairs_setting() -> None:
    try:
        alt.data_transformers.enable("default", max_rows=100)
        with pytest.raises(alt.MaxRowsError, match="limit of 100"):
            charts.bar(MANY.head(101), "n_words", "speaker")
        alt.data_transformers.disable_max_rows()
        assert len(charts.bar(MANY, "n_words", "speaker").to_dict()["data"]["values"]) == 6_000
    finally:
        alt.data_transformers.enable("default")


def test_the_threshold_chart_aggregates_many_pairs_first() -> None:
    pairs = pd.DataFrame(
        {"a": range(20_000), "b": range(1, 20_001), "similarity": [k % 1_000 / 2_000 for k in range(19_999)] + [0.93]}
    )
    chart = charts.threshold(pairs, 0.9)
    rows = charts.chart_data(chart)
    assert len(rows) <= 5_000
    drawn = chart.to_dict()["layer"][0]["data"]["values"]
    assert {row["pair"] for row in drawn if row["flagged"] == "flagged as copies"} == {"19999 and 20000"}
    assert sum(int(row["pair"].split()[0].replace(",", "")) for row in drawn if row["pair"].endswith(" pairs")) + sum(
        1 for row in drawn if not row["pair"].endswith(" pairs")
    ) == len(pairs)
    assert "Strip of 20,000 pairs" in chart.to_dict()["description"]


def test_words_per_turn_draws_at_most_a_screen_of_the_longest_turns():
    from kit.charts.speakers import MOST_TURNS, words_per_turn

    turns = pd.DataFrame(
        {
            "turn_id": range(1, 31),
            "first_line": range(1, 31),
            "kind": "answer",
            "n_words": range(30, 0, -1),
            "text": "Words.",
            "speaker": "President Biden",
        }
    )
    spec = words_per_turn(turns).to_dict()
    rows = next(iter(spec["datasets"].values())) if "datasets" in spec else spec["data"]["values"]
    assert len(rows) == MOST_TURNS and min(r["n_words"] for r in rows) == 30 - MOST_TURNS + 1
    assert spec["title"] == f"President Biden: words per turn (the {MOST_TURNS} longest of 30)"
    assert words_per_turn(turns.head(5)).to_dict()["title"] == "President Biden: words per turn"
