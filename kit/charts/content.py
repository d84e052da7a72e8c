"""What is said: topic shares, where topics and devices come, heatmaps, words in context, devices."""

from __future__ import annotations

import altair as alt
import pandas as pd

from kit.charts.base import PALETTE, SVG, colour_scale, column_labels, heading, inline_data, tips, top_row
from kit.rhetoric import PERSONS
from kit.words import plural

__all__ = ["PANEL_COLUMNS", "stacked_share", "timeline", "heatmap", "kwic_table", "devices"]


#: The most panels side by side in a chart of one panel per group (four fit a 1024-pixel screen); more wrap.
PANEL_COLUMNS = 4


def stacked_share(coverage: pd.DataFrame, group: str = "exchange_id", measure: str = "share_sentences") -> alt.Chart:
    """Each group's share of sentences (or words) per topic: one panel per group, one bar per topic, named.

    Readable without colour: every bar is named by its topic on the axis, in the
    dictionary's order, and each panel is headed by its group. Topics still keep their
    colour whatever the groups (colours go to topics in the order of the dictionary, so
    the third topic has the third colour in every chart), with no legend to look up.
    Up to :data:`PANEL_COLUMNS` panels stand side by side; more go on to the next row.
    (The name is the one the notebooks call; the bars were once stacked in one colour bar.)

    Args:
        coverage: ``kit.topics.coverage`` by ``group``.
        group: the column naming each panel.
        measure: ``share_sentences`` or ``share_words``.

    Returns:
        A bar chart faceted by ``group`` (the ``facet`` channel, wrapped), topics never
        mentioned left out.

    >>> import kit
    >>> c = kit.topics.coverage(kit.load().deduplicated().sentences, by="turn_kind")
    >>> spec = stacked_share(c, "turn_kind").to_dict()
    >>> spec["encoding"]["y"]["field"], spec["encoding"]["facet"]["title"], spec["encoding"]["color"]["legend"]
    ('label', 'kind of turn', None)
    """
    from kit import topics

    known = [entry["label"] for entry in topics.full_form().values()]
    present = coverage["label"].tolist()
    order = [label for label in known if label in set(present)] + [p for p in dict.fromkeys(present) if p not in known]
    colours = colour_scale(order)
    data = coverage[coverage["sentences"] > 0]
    unit = "sentences" if "sentences" in measure else "words"
    groups = data[group].nunique()
    description = (
        f"Bars in one panel per {heading(group)} ({plural(groups, 'panel')}): the share of its {unit} that "
        f"mention each of {plural(coverage['label'].nunique(), 'topic')}, each bar named by its topic."
    )
    if len(data):
        top = top_row(data, measure)
        description += (
            f" The largest: {top['label']} ({heading(group)}: {top[group]}), {top[measure]:.0%} of its {unit}."
        )
    shown = [label for label in order if label in set(data["label"])]
    largest = float(data[measure].max()) if len(data) else 0.0
    step = next((s for s in (0.05, 0.1, 0.2, 0.25, 0.5) if largest <= 2 * s), 0.5)
    ticks = [0, step, 2 * step]
    panel = alt.Facet(
        f"{group}:N",
        title=heading(group),
        columns=max(1, min(groups, PANEL_COLUMNS)),  # at most four side by side, then the next row
        header=alt.Header(labelFontSize=12, labelLimit=200),
        spacing={"column": 8, "row": 12},
    )
    title = alt.TitleParams(
        "What each part of the conference is about",
        subtitle=f"bars: the share of each {heading(group)}'s {unit} that mention the topic",
    )
    return (
        alt.Chart(inline_data(data), title=title)
        .mark_bar()
        .encode(
            # the unit is in the subtitle: one axis title per panel would run into the next panel's;
            # three ticks given (a panel is 85 px: the renderer's own would overlap and be hidden)
            x=alt.X(
                f"{measure}:Q",
                title=None,
                scale=alt.Scale(domain=[0, ticks[-1]]),
                axis=alt.Axis(format="%", values=ticks),
            ),
            # the topic named on the axis of every bar: no colour needed to read it
            y=alt.Y("label:N", title=None, sort=shown, axis=alt.Axis(labelLimit=200)),
            color=alt.Color("label:N", scale=colours, legend=None),  # the same colour in every chart, redundant here
            tooltip=tips(
                f"{group}:N",
                alt.Tooltip("label:N", title="topic"),
                "sentences:Q",
                "words:Q",
                alt.Tooltip(f"{measure}:Q", format=".0%", title=f"share of {unit}"),
            ),
            facet=panel,
        )
        .properties(
            width=85,
            height=alt.Step(16),  # a topic's name is 13 px tall: 12 let the names touch
            description=description,
            usermeta=SVG,
        )
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
        The line axis runs from the first line of ``tagged`` to its last, flagged or not, so
        that where nothing is flagged shows as empty.

    >>> import kit
    >>> t = kit.topics.tag(kit.load().deduplicated().sentences)
    >>> spec = timeline(t, ["arctic", "cyber_security"]).to_dict()
    >>> spec["mark"]["type"], spec["encoding"]["y"]["sort"]
    ('tick', ['The Arctic', 'Cyber security'])
    >>> spec["encoding"]["x"]["scale"]["domain"] == [t["line"].min(), t["line"].max()]
    True
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
    lines = pd.to_numeric(tagged["line"], errors="coerce").dropna() if "line" in tagged.columns else pd.Series([])
    span = [int(lines.min()), int(lines.max())] if len(lines) else [0, 1]
    description = f"Tick plot of where each of {plural(len(rows), what)} comes in the transcript, one tick per sentence at its line. "
    description += "; ".join(parts) + f". The axis runs from line {span[0]} to line {span[1]}."
    return (
        alt.Chart(inline_data(long), title="Where in the transcript")
        .mark_tick(thickness=3, size=18)
        .encode(
            # the whole span of the lines given, not only the flagged ones
            x=alt.X("line:Q", title="line of the transcript", scale=alt.Scale(domain=span, nice=False)),
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

    Its description names the highest cell; when ``x`` and ``y`` are the same kind (the
    same title across and down), the highest cell off the diagonal.

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

    With the same title across and down (pairs of exchanges, say), the description skips
    the diagonal, where each is compared with itself:

    >>> pairs = pd.DataFrame({"a": [1, 1, 2, 2], "b": [1, 2, 1, 2], "s": [1.0, 0.4, 0.4, 1.0]})
    >>> heatmap(pairs, "a", "b", "s", x_title="exchange", y_title="exchange").to_dict()["description"]
    'Heatmap of s for each exchange (across) and exchange (down). The diagonal is each exchange with itself. The highest off it, 0.4, is exchange 1 with exchange 2.'
    """
    x_title, y_title, color_title = x_title or heading(x), y_title or heading(y), color_title or heading(color)
    description = f"Heatmap of {color_title} for each {x_title} (across) and {y_title} (down)."
    off = frame[frame[x] != frame[y]] if x_title == y_title else frame.iloc[:0]
    if len(off):  # one kind against itself: the diagonal is each with itself, the news is off it
        upper = off[[_before(a, b) for a, b in zip(off[x], off[y], strict=True)]]
        top = top_row(upper if len(upper) else off, color)
        description += (
            f" The diagonal is each {x_title} with itself. The highest off it, {top[color]:.3g}, "
            f"is {x_title} {top[x]} with {y_title} {top[y]}."
        )
    elif len(frame):
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


def _before(a: object, b: object) -> bool:
    """Whether ``a`` comes before ``b`` (so a pair is named once, smaller first); False when they do not compare."""
    try:
        return bool(a < b)
    except TypeError:
        return False


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
