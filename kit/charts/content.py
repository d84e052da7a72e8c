"""What is said: topic shares, where topics and devices come, heatmaps, words in context, devices."""

from __future__ import annotations

import altair as alt
import pandas as pd

from kit.charts.base import PALETTE, SVG, colour_scale, column_labels, heading, inline_data, tips, top_row
from kit.rhetoric import PERSONS
from kit.words import plural

__all__ = ["stacked_share", "timeline", "heatmap", "kwic_table", "devices"]


def stacked_share(coverage: pd.DataFrame, group: str = "exchange_id", measure: str = "share_sentences") -> alt.Chart:
    """Stacked bars: each group's share of sentences (or words) per topic.

    Topics keep their colour whatever the groups: colours go to topics in the order of
    the dictionary, so the third topic has the third colour in every chart.

    Args:
        coverage: ``kit.topics.coverage`` by ``group``.
        group: the column naming each bar.
        measure: ``share_sentences`` or ``share_words``.

    Returns:
        A stacked bar chart, one bar per group, one piece per topic (topics never mentioned left out).

    >>> import kit
    >>> c = kit.topics.coverage(kit.load().deduplicated().sentences, by="turn_kind")
    >>> spec = stacked_share(c, "turn_kind").to_dict()
    >>> spec["encoding"]["x"]["stack"], spec["encoding"]["y"]["title"]
    (True, 'kind of turn')
    """
    from kit import topics

    known = [entry["label"] for entry in topics.full_form().values()]
    present = coverage["label"].tolist()
    colours = colour_scale([label for label in known if label in set(present)] + present)
    data = coverage[coverage["sentences"] > 0]
    unit = "sentences" if "sentences" in measure else "words"
    description = (
        f"Stacked bars: for each {heading(group)}, the share of its {unit} that mention each of "
        f"{plural(coverage['label'].nunique(), 'topic')}."
    )
    if len(data):
        top = top_row(data, measure)
        description += (
            f" The largest piece: {top['label']} ({heading(group)}: {top[group]}), {top[measure]:.0%} of its {unit}."
        )
    return (
        alt.Chart(inline_data(data), title="What each part of the conference is about")
        .mark_bar()
        .encode(
            x=alt.X(f"{measure}:Q", stack=True, title=f"share of {unit}", axis=alt.Axis(format="%")),
            y=alt.Y(f"{group}:N", title=heading(group)),
            color=alt.Color("label:N", scale=colours, title="topic", legend=alt.Legend(labelLimit=320)),
            tooltip=tips(
                f"{group}:N",
                alt.Tooltip("label:N", title="topic"),
                "sentences:Q",
                "words:Q",
                alt.Tooltip(f"{measure}:Q", format=".0%", title=f"share of {unit}"),
            ),
        )
        .properties(description=description, usermeta=SVG)
    )


def timeline(tagged: pd.DataFrame, columns: list[str], labels: dict[str, str] | None = None) -> alt.Chart:
    """Where each topic or device comes in the transcript: a tick per sentence, by line.

    Args:
        tagged: sentences with one boolean column per topic or device (``kit.topics.tag``,
            ``kit.rhetoric.flag_devices``).
        columns: the boolean columns to draw, one row each; colours follow their order.
        labels: display names for the columns (default: the topic dictionary's labels,
            and words for the devices).

    Returns:
        A tick plot: one row per column, one tick per sentence where it is true, at the sentence's line.

    >>> import kit
    >>> t = kit.topics.tag(kit.load().deduplicated().sentences)
    >>> spec = timeline(t, ["arctic", "cyber_security"]).to_dict()
    >>> spec["mark"]["type"], spec["encoding"]["y"]["sort"]
    ('tick', ['The Arctic', 'Cyber security'])
    """
    from kit import topics

    names = {**column_labels(columns), **(labels or {})}
    rows = [names[c] for c in columns]
    what = "topic" if set(columns) <= set(topics.full_form()) else "device"
    keep = [c for c in ("line", "speaker", "text") if c in tagged.columns]
    long = tagged[[*keep, *columns]].melt(id_vars=keep, value_vars=columns, var_name="column", value_name="on")
    long = long[long["on"].astype(bool)].assign(row=lambda d: d["column"].map(names)).drop(columns=["column", "on"])
    counts = long["row"].value_counts()
    parts = [f"{row}: {plural(int(counts.get(row, 0)), 'sentence')}" for row in rows]
    description = f"Tick plot of where each of {plural(len(rows), what)} comes in the transcript, one tick per sentence at its line. "
    description += "; ".join(parts) + "."
    return (
        alt.Chart(inline_data(long), title="Where in the transcript")
        .mark_tick(thickness=3, size=18)
        .encode(
            x=alt.X("line:Q", title="line of the transcript"),
            y=alt.Y("row:N", title=None, sort=rows, axis=alt.Axis(labelLimit=320)),
            color=alt.Color("row:N", scale=alt.Scale(domain=rows, range=PALETTE[: max(1, len(rows))]), legend=None),
            tooltip=tips(
                alt.Tooltip("row:N", title=what), "line:Q", "speaker:N", alt.Tooltip("text:N", title="sentence")
            ),
        )
        .properties(description=description, usermeta=SVG)
    )


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

    Args:
        frame: one row per cell.
        x: the column across.
        y: the column down.
        color: the numeric column that shades each cell.
        tooltip: the tooltip's fields (default: ``x``, ``y`` and ``color``).
        title: the chart's title.
        x_title: the title across (default: ``x`` in words).
        y_title: the title down (default: ``y`` in words).
        color_title: the legend's title (default: ``color`` in words).

    Returns:
        A chart of rectangles.

    >>> spec = heatmap(pd.DataFrame({"x": [1, 2], "y": [1, 1], "v": [0.1, 0.9]}), "x", "y", "v").to_dict()
    >>> spec["mark"]["type"], spec["description"]
    ('rect', 'Heatmap of v for each x (across) and y (down). The highest, 0.9, is at x 2, y 1.')
    """
    x_title, y_title, color_title = x_title or heading(x), y_title or heading(y), color_title or heading(color)
    description = f"Heatmap of {color_title} for each {x_title} (across) and {y_title} (down)."
    if len(frame):
        top = top_row(frame, color)
        description += f" The highest, {top[color]:.3g}, is at {x_title} {top[x]}, {y_title} {top[y]}."
    return (
        alt.Chart(inline_data(frame), title=title)
        .mark_rect()
        .encode(
            x=alt.X(f"{x}:O", title=x_title),
            y=alt.Y(f"{y}:O", title=y_title, axis=alt.Axis(labelLimit=320)),
            color=alt.Color(f"{color}:Q", scale=alt.Scale(scheme="viridis"), title=color_title),
            tooltip=tips(
                *(
                    tooltip
                    or [
                        alt.Tooltip(f"{x}:O", title=x_title),
                        alt.Tooltip(f"{y}:O", title=y_title),
                        alt.Tooltip(f"{color}:Q", title=color_title, format=".3f"),
                    ]
                )
            ),
        )
        .properties(description=description, usermeta=SVG)
    )


def kwic_table(rows: pd.DataFrame, limit: int = 40) -> alt.Chart | alt.LayerChart:
    """A keyword-in-context table drawn as a chart: left context, match, right context.

    Args:
        rows: what ``kit.kwic`` returns (``left, match, right, speaker, line, text``).
        limit: the most rows to draw (the description says when there are more).

    Returns:
        A layered chart of three text columns, one row per occurrence.

    >>> import kit
    >>> spec = kwic_table(kit.kwic(kit.load().sentences, "killer")).to_dict()
    >>> len(spec["layer"])
    3
    """
    data = rows.head(limit).reset_index(drop=True).assign(row=lambda d: d.index + 1)
    data = data[["row", "left", "match", "right", "speaker", "line", "text"]]
    data["left"] = data["left"].map(
        lambda text: text if len(text) <= 52 else "…" + text[-51:]
    )  # the words nearest the match

    words = sorted(set(rows["match"].str.casefold()))
    description = (
        f"Keyword in context: {plural(len(rows), 'occurrence')} of {', '.join(words[:5]) or 'the search'}, one a row, "
        f"the words before it on the left and after it on the right"
        + (f"; the first {limit} shown." if len(rows) > limit else ".")
    )
    base = alt.Chart().encode(
        y=alt.Y("row:O", axis=None, title="occurrence"),  # one text row per occurrence, in order
        tooltip=tips("speaker:N", "line:Q", alt.Tooltip("text:N", title="sentence")),
    )
    # three columns in a 720-pixel chart (it fits a notebook at a 1280-pixel screen): the left
    # context ends at 300, the match is centred at 350 (at most 90 wide), the right starts at 400
    left = base.mark_text(align="right").encode(x=alt.XValue(300), text=alt.Text("left:N", title="words before"))
    match = base.mark_text(align="center", fontWeight="bold", color=PALETTE[5], limit=90).encode(
        x=alt.XValue(350), text=alt.Text("match:N", title="match")
    )
    right = base.mark_text(align="left", limit=320).encode(
        x=alt.XValue(400), text=alt.Text("right:N", title="words after")
    )
    height = max(20, 18 * len(data))
    return alt.layer(left, match, right, data=inline_data(data)).properties(
        width=720,
        height=height,
        title=f"{len(rows)} occurrence{'' if len(rows) == 1 else 's'}",
        description=description,
        usermeta=SVG,
    )


def devices(summary: pd.DataFrame, by: str = "speaker") -> alt.Chart:
    """Sentences flagged per rhetorical device (``kit.rhetoric.summary``), per group.

    The devices are named in words, in the detector's order; the chart is 36 pixels per
    device, whatever the number of groups.

    Args:
        summary: what ``kit.rhetoric.summary`` returns, grouped ``by``.
        by: the column of the groups (a colour and a bar each, per device).

    Returns:
        Grouped bars, one group of bars per device (person deixis left out).

    >>> import kit
    >>> f = kit.rhetoric.flag_devices(kit.load().deduplicated().sentences)
    >>> spec = devices(kit.rhetoric.summary(f)).to_dict()
    >>> spec["encoding"]["y"]["title"], spec["height"], spec["encoding"]["y"]["sort"][:2]
    ('device', 288, ['question in an answer', 'hedge'])
    """
    from kit.rhetoric import DEVICES

    data = summary[~summary["device"].isin(PERSONS)]
    data = data.assign(device_name=data["device"].map(heading))
    order = [heading(d) for d in DEVICES if d in set(data["device"])]
    description = (
        f"Grouped bars: sentences flagged for each of {plural(len(order), 'rhetorical device')}, by {heading(by)}."
    )
    if len(data) and data["sentences"].max() > 0:
        top = top_row(data, "sentences")
        description += (
            f" The most: {top['device_name']} ({heading(by)}: {top[by]}), {plural(int(top['sentences']), 'sentence')}."
        )
    return (
        alt.Chart(inline_data(data), title="Rhetorical devices: sentences flagged")
        .mark_bar()
        .encode(
            x=alt.X("sentences:Q", title="sentences flagged"),
            y=alt.Y("device_name:N", title="device", sort=order),
            color=alt.Color(f"{by}:N", scale=colour_scale(data[by].tolist()), title=heading(by)),
            yOffset=alt.YOffset(f"{by}:N"),
            tooltip=tips(
                alt.Tooltip(f"{by}:N", title=heading(by)),
                alt.Tooltip("device_name:N", title="device"),
                alt.Tooltip("sentences:Q", title="sentences flagged"),
                alt.Tooltip("share:Q", format=".0%", title="share of sentences"),
            ),
        )
        .properties(height=36 * max(1, len(order)), description=description, usermeta=SVG)
    )
