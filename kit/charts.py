"""Charts: each function takes a frame and returns an ``alt.Chart``; nothing is displayed or saved.

Colours are colour-blind safe: categories use Paul Tol's "muted" scheme (Tol 2021,
*Colour Schemes*, SRON), quantities use viridis. Axis titles are plain words, and every
mark has a tooltip, with the sentence where there is one.

**Offline display.** Altair's default renderer ("html") loads the Vega libraries from a
CDN, so charts stay blank on a machine without internet. :func:`offline` switches to the
"mimetype" renderer: the notebook receives only the chart's Vega-Lite JSON, and
JupyterLab draws it with the Vega it ships. The cost per chart is the size of that JSON:
1.7 to 10.9 kB for the kit's charts on the Geneva source, against about 950 kB per chart
for altair's other offline option, the "inline" HTML template, which embeds the whole
Vega bundle in every output (``benchmarks/bench_charts.py`` prints both). The price of
"mimetype" is that the front end draws the chart: JupyterLab does (tests/test_browser.py
checks it with the network blocked); a static HTML export of the notebook does not. The
notebooks call ``kit.charts.offline()`` once at the top; importing this module changes
nothing by itself.
"""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

__all__ = [
    "PALETTE", "offline", "tips", "shorten", "bar", "words_by_speaker", "lengths", "stacked_share", "timeline",
    "heatmap", "kwic_table", "devices", "threshold", "effect",
]  # fmt: skip

#: Paul Tol's "muted" qualitative scheme, colour-blind safe, with pale grey last.
PALETTE = [
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499", "#DDDDDD",
]  # fmt: skip


def offline() -> str:
    """Draw charts without internet: use JupyterLab's own Vega (the "mimetype" renderer).

    Returns the renderer's name. Call it once per notebook, before the first chart.
    """
    alt.renderers.enable("mimetype")
    return alt.renderers.active


def tips(*fields: str | alt.Tooltip) -> list[alt.Tooltip]:
    """Tooltip channels from field names (``"line"``, ``"text:N"``) or ready ``alt.Tooltip``.

    Channels are built as objects, not shorthand strings: altair parses each shorthand
    against the Vega-Lite schema, which costs several milliseconds per channel, too slow
    for a widget that redraws on every keystroke.

    >>> [t.to_dict() for t in tips("line:Q", alt.Tooltip("text:N", title="sentence"))]
    [{'field': 'line', 'type': 'quantitative'}, {'field': 'text', 'title': 'sentence', 'type': 'nominal'}]
    """
    return [f if isinstance(f, alt.Tooltip) else alt.Tooltip(f) for f in fields]


def _plain(frame: pd.DataFrame) -> alt.Data:
    """The chart's rows as JSON values: missing values become null, dates ISO strings.

    Altair's own conversion leaves a missing string as NaN under pandas 3, and a NaN
    makes the notebook's message invalid JSON, so the chart would not draw.
    """
    return alt.Data(values=json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False)))


def shorten(text: pd.Series, n: int = 160) -> pd.Series:
    """The first ``n`` characters of each text, with an ellipsis where cut (for tooltips).

    >>> shorten(pd.Series(["abcdef", "ab"]), 3).tolist()
    ['abc…', 'ab']
    """
    return text.str.slice(0, n) + text.str.len().gt(n).map({True: "…", False: ""})


def bar(
    frame: pd.DataFrame,
    x: str,
    y: str,
    color: str | None = None,
    tooltip: list[str | alt.Tooltip] | None = None,
    x_title: str | None = None,
    y_title: str | None = None,
    title: str = "",
) -> alt.Chart:
    """A horizontal bar chart: one bar per value of ``y``, length ``x``, longest first.

    >>> bar(pd.DataFrame({"speaker": ["A", "B"], "words": [3, 5]}), "words", "speaker").to_dict()["mark"]["type"]
    'bar'
    """
    encoding = {
        "x": alt.X(f"{x}:Q", title=x_title or x.replace("_", " ")),  # length of the bar
        "y": alt.Y(f"{y}:N", sort="-x", title=y_title or y.replace("_", " ")),  # one bar each
        "tooltip": tips(*(tooltip or [f"{y}:N", f"{x}:Q"])),
    }
    if color:
        encoding["color"] = alt.Color(f"{color}:N", scale=alt.Scale(range=PALETTE), title=color.replace("_", " "))
    return alt.Chart(_plain(frame), title=title).mark_bar().encode(**encoding)


def words_by_speaker(turns: pd.DataFrame) -> alt.Chart:
    """Words spoken by each speaker, coloured by role.

    >>> import kit
    >>> spec = words_by_speaker(kit.load().turns).to_dict()
    >>> spec["encoding"]["x"]["title"]
    'words spoken'
    """
    totals = (
        turns.groupby(["speaker", "role"], as_index=False)
        .agg(words=("n_words", "sum"), turns=("turn_id", "size"))
        .sort_values("words", ascending=False)
    )
    return bar(
        totals, "words", "speaker", color="role", tooltip=["speaker:N", "role:N", "words:Q", "turns:Q"],
        x_title="words spoken", y_title="speaker", title="Who speaks, and how much",
    )  # fmt: skip


def lengths(exchanges: pd.DataFrame, selected: int | None = None) -> alt.Chart:
    """Question length against answer length, one point per exchange (``selected`` ringed).

    >>> import kit
    >>> spec = lengths(kit.load().exchanges, selected=3).to_dict()
    >>> spec["mark"]["type"], spec["encoding"]["strokeWidth"]["condition"]["value"]  # the ring
    ('circle', 3)
    """
    data = exchanges.assign(
        question_start=shorten(exchanges["question"]),
        copy=exchanges["duplicate_of"].notna().map({True: "later copy", False: "first or only copy"}),
    )[["exchange_id", "questioner", "affiliation", "question_words", "answer_words", "question_start", "copy"]]
    ring = alt.datum.exchange_id == (-1 if selected is None else int(selected))
    return (
        alt.Chart(_plain(data), title="How long are the questions, and how long the answers?")
        .mark_circle(size=140, opacity=0.85, stroke="black")
        .encode(
            x=alt.X("question_words:Q", title="words in the question"),
            y=alt.Y("answer_words:Q", title="words in the answer"),
            color=alt.Color("copy:N", scale=alt.Scale(range=PALETTE), title="exchange"),
            strokeWidth=alt.StrokeWidthValue(0, condition=alt.ConditionalPredicateValueDefnumberExprRef(test=ring, value=3)),
            tooltip=tips("exchange_id:O", "questioner:N", "affiliation:N", "question_words:Q", "answer_words:Q",
                         alt.Tooltip("question_start:N", title="question")),
        )
    )  # fmt: skip


def stacked_share(coverage: pd.DataFrame, group: str = "exchange_id", measure: str = "share_sentences") -> alt.Chart:
    """Stacked bars: each group's share of sentences (or words) per topic.

    >>> import kit
    >>> c = kit.topics.coverage(kit.load().deduplicated().sentences, by="turn_kind")
    >>> stacked_share(c, "turn_kind").to_dict()["encoding"]["x"]["stack"]
    True
    """
    data = coverage[coverage["sentences"] > 0]
    return (
        alt.Chart(_plain(data), title="What each part of the conference is about")
        .mark_bar()
        .encode(
            x=alt.X(f"{measure}:Q", stack=True, title="share of sentences" if "sentences" in measure else "share of words",
                    axis=alt.Axis(format="%")),
            y=alt.Y(f"{group}:N", title=group.replace("_", " ")),
            color=alt.Color("label:N", scale=alt.Scale(range=PALETTE), title="topic"),
            tooltip=tips(f"{group}:N", "label:N", "sentences:Q", "words:Q", alt.Tooltip(f"{measure}:Q", format=".0%")),
        )
    )  # fmt: skip


def timeline(tagged: pd.DataFrame, columns: list[str], labels: dict[str, str] | None = None) -> alt.Chart:
    """Where each topic or device comes in the transcript: a tick per sentence, by line.

    Args:
        tagged: sentences with one boolean column per topic or device (``kit.topics.tag``,
            ``kit.rhetoric.features``).
        columns: the boolean columns to draw, one row each.
        labels: display names for the columns.

    >>> import kit
    >>> t = kit.topics.tag(kit.load().deduplicated().sentences)
    >>> timeline(t, ["arctic", "cyber_security"]).to_dict()["mark"]["type"]
    'tick'
    """
    labels = labels or {}
    keep = [c for c in ("line", "speaker", "text") if c in tagged.columns]
    long = tagged[[*keep, *columns]].melt(id_vars=keep, value_vars=columns, var_name="column", value_name="on")
    long = long[long["on"]].assign(row=lambda d: d["column"].map(lambda c: labels.get(c, c.replace("_", " "))))
    return (
        alt.Chart(_plain(long), title="Where in the transcript")
        .mark_tick(thickness=3, size=18)
        .encode(
            x=alt.X("line:Q", title="line of the transcript"),
            y=alt.Y("row:N", title=None, sort=[labels.get(c, c.replace("_", " ")) for c in columns]),
            color=alt.Color("row:N", scale=alt.Scale(range=PALETTE), legend=None),
            tooltip=tips("line:Q", "speaker:N", alt.Tooltip("text:N", title="sentence")),
        )
    )  # fmt: skip


def heatmap(
    frame: pd.DataFrame,
    x: str,
    y: str,
    color: str,
    tooltip: list[str | alt.Tooltip] | None = None,
    title: str = "",
    x_title: str | None = None,
    y_title: str | None = None,
    color_title: str | None = None,
) -> alt.Chart:
    """A heatmap: cells at (``x``, ``y``) shaded by ``color`` (viridis).

    >>> heatmap(pd.DataFrame({"a": [1, 2], "b": [1, 1], "v": [0.1, 0.9]}), "a", "b", "v").to_dict()["mark"]["type"]
    'rect'
    """
    return (
        alt.Chart(_plain(frame), title=title)
        .mark_rect()
        .encode(
            x=alt.X(f"{x}:O", title=x_title or x.replace("_", " ")),
            y=alt.Y(f"{y}:O", title=y_title or y.replace("_", " ")),
            color=alt.Color(f"{color}:Q", scale=alt.Scale(scheme="viridis"), title=color_title or color.replace("_", " ")),
            tooltip=tips(*(tooltip or [f"{x}:O", f"{y}:O", f"{color}:Q"])),
        )
    )


def kwic_table(rows: pd.DataFrame, limit: int = 40) -> alt.Chart | alt.LayerChart:
    """A keyword-in-context table drawn as a chart: left context, match, right context.

    >>> import kit
    >>> spec = kwic_table(kit.kwic(kit.load().sentences, "killer")).to_dict()
    >>> len(spec["layer"])
    3
    """
    data = rows.head(limit).reset_index(drop=True).assign(row=lambda d: d.index + 1)
    data = data[["row", "left", "match", "right", "speaker", "line", "text"]]
    base = alt.Chart().encode(
        y=alt.Y("row:O", axis=None),  # one text row per occurrence, in order
        tooltip=tips("speaker:N", "line:Q", alt.Tooltip("text:N", title="sentence")),
    )
    left = base.mark_text(align="right", dx=-6).encode(x=alt.XValue(380), text=alt.Text("left:N"))
    match = base.mark_text(align="center", fontWeight="bold", color=PALETTE[7]).encode(x=alt.XValue(420), text=alt.Text("match:N"))
    right = base.mark_text(align="left", dx=6).encode(x=alt.XValue(460), text=alt.Text("right:N"))
    height = max(20, 18 * len(data))
    return alt.layer(left, match, right, data=_plain(data)).properties(
        width=840, height=height, title=f"{len(rows)} occurrence{'' if len(rows) == 1 else 's'}"
    )


def devices(summary: pd.DataFrame, by: str = "speaker") -> alt.Chart:
    """Sentences flagged per rhetorical device (``kit.rhetoric.summary``), per group.

    >>> import kit
    >>> f = kit.rhetoric.features(kit.load().deduplicated().sentences)
    >>> devices(kit.rhetoric.summary(f)).to_dict()["encoding"]["y"]["title"]
    'device'
    """
    data = summary[~summary["device"].str.startswith("person_")]
    return (
        alt.Chart(_plain(data), title="Rhetorical devices: sentences flagged")
        .mark_bar()
        .encode(
            x=alt.X("sentences:Q", title="sentences flagged"),
            y=alt.Y("device:N", title="device"),
            color=alt.Color(f"{by}:N", scale=alt.Scale(range=PALETTE), title=by.replace("_", " ")),
            yOffset=alt.YOffset(f"{by}:N"),
            tooltip=tips(f"{by}:N", "device:N", "sentences:Q", alt.Tooltip("share:Q", format=".0%", title="share of sentences")),
        )
    )


def threshold(pairs: pd.DataFrame, cut: float) -> alt.LayerChart:
    """Every pair's similarity on one axis, the pairs at or above ``cut`` flagged, the cut a rule.

    ``pairs`` has ``a, b, similarity`` (``kit.duplicates.similarities``, one row per pair).

    >>> spec = threshold(pd.DataFrame({"a": [1, 1], "b": [2, 3], "similarity": [0.02, 1.0]}), 0.8).to_dict()
    >>> [layer["mark"]["type"] for layer in spec["layer"]]
    ['tick', 'rule']
    """
    data = pairs.assign(
        pair=pairs["a"].astype(str) + " and " + pairs["b"].astype(str),
        flagged=(pairs["similarity"] >= cut).map({True: "flagged as copies", False: "not flagged"}),
    )[["pair", "similarity", "flagged"]]
    ticks = (
        alt.Chart(_plain(data))
        .mark_tick(thickness=3, size=30)
        .encode(
            x=alt.X("similarity:Q", title="similarity of the pair (shared word 3-grams)", scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("flagged:N", scale=alt.Scale(domain=["flagged as copies", "not flagged"], range=[PALETTE[6], PALETTE[1]]), title=""),
            tooltip=tips("pair:N", alt.Tooltip("similarity:Q", format=".3f"), "flagged:N"),
        )
    )
    rule = alt.Chart(_plain(pd.DataFrame({"cut": [cut]}))).mark_rule(strokeDash=[4, 3]).encode(
        x=alt.X("cut:Q"), tooltip=tips(alt.Tooltip("cut:Q", title="threshold"))
    )
    return alt.layer(ticks, rule).properties(width=600, height=60, title=f"Pairs at or above {cut:.2f} count as copies")


def effect(table: pd.DataFrame, measure: str = "words") -> alt.Chart:
    """With and without the copy, side by side, for one measure of ``kit.duplicates.effect``.

    >>> import kit
    >>> spec = effect(kit.duplicates.effect(kit.load()), "device sentences").to_dict()
    >>> spec["encoding"]["yOffset"]["field"]
    'version'
    """
    part = table[table["measure"] == measure]
    long = part.melt(id_vars=["group", "difference", "relative"], value_vars=["with_copy", "without_copy"],
                     var_name="version", value_name="value")  # fmt: skip
    long["version"] = long["version"].map({"with_copy": "with the copy", "without_copy": "without the copy"})
    return (
        alt.Chart(_plain(long), title=f"{measure}: with and without the pasted copy")
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title=measure),
            y=alt.Y("group:N", title=None, sort="-x"),
            yOffset=alt.YOffset("version:N"),
            color=alt.Color("version:N", scale=alt.Scale(range=[PALETTE[6], PALETTE[0]]), title=""),
            tooltip=tips("group:N", "version:N", "value:Q", "difference:Q", alt.Tooltip("relative:Q", format="+.0%")),
        )
    )
