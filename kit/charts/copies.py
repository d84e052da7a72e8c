"""The duplicated exchange: where the similarity threshold falls, and what the copy changes."""

from __future__ import annotations

import altair as alt
import pandas as pd

from kit.charts.base import PALETTE, SVG, column_labels, heading, inline_data, row_limit, tips
from kit.duplicates import CODED, flag_pairs
from kit.words import plural

__all__ = ["threshold", "effect"]


def threshold(pairs: pd.DataFrame, cut: float) -> alt.LayerChart:
    """Every pair's similarity on one axis, the pairs at or above ``cut`` flagged, the cut a rule.

    The axis is labelled every 0.1, so its labels never run into each other.

    Args:
        pairs: ``a, b, similarity`` (``kit.duplicates.similarities``), one row per pair.
        cut: the threshold: pairs at or above it count as copies.

    Returns:
        A layered chart: a tick per pair, coloured by whether it is flagged, and a dashed rule at ``cut``.
        With more pairs than altair's row limit (:func:`kit.charts.base.row_limit`) it
        aggregates first: a tick per similarity (to 0.001) and flag, its tooltip saying how
        many pairs it stands for, the same picture in fewer rows.

    >>> spec = threshold(pd.DataFrame({"a": [1, 1], "b": [2, 3], "similarity": [0.02, 1.0]}), 0.8).to_dict()
    >>> [layer["mark"]["type"] for layer in spec["layer"]]
    ['tick', 'rule']
    >>> spec["description"]
    'Strip of 2 pairs by similarity, from 0 to 1, with a dashed line at the threshold 0.80: 1 pair at or above it counts as copies; the most similar pair below it scores 0.020.'
    """
    marked = flag_pairs(pairs, cut)
    data = marked.assign(
        pair=pairs["a"].astype(str) + " and " + pairs["b"].astype(str),
        flagged=marked["flagged"].map({True: "flagged as copies", False: "not flagged"}),
    )[["pair", "similarity", "flagged"]]
    above = int(marked["flagged"].sum())
    below = marked.loc[~marked["flagged"], "similarity"]
    description = (
        f"Strip of {plural(len(pairs), 'pair')} by similarity, from 0 to 1, with a dashed line at the threshold {cut:.2f}: "
        f"{plural(above, 'pair')} at or above it {'counts' if above == 1 else 'count'} as copies"
        + (f"; the most similar pair below it scores {below.max():.3f}." if len(below) else ".")
    )
    axis = alt.Axis(values=[round(v / 10, 1) for v in range(11)], format=".1f", labelOverlap=True)
    axis_title = "similarity of the pair (shared word 3-grams)"
    limit = row_limit()
    if limit is not None and len(data) > limit:  # aggregate first: one tick per similarity (to 0.001) and flag
        data = (
            data.assign(similarity=data["similarity"].round(3))
            .groupby(["similarity", "flagged"], as_index=False, sort=True)
            .agg(pair=("pair", lambda pairs: pairs.iloc[0] if len(pairs) == 1 else f"{len(pairs):,} pairs"))
        )[["pair", "similarity", "flagged"]]
    ticks = (
        alt.Chart(inline_data(data))
        .mark_tick(thickness=3, size=30)
        .encode(
            x=alt.X("similarity:Q", title=axis_title, scale=alt.Scale(domain=[0, 1]), axis=axis),
            color=alt.Color(
                "flagged:N",
                scale=alt.Scale(domain=["flagged as copies", "not flagged"], range=[PALETTE[5], PALETTE[0]]),
                title="flagged?",
            ),
            tooltip=tips(
                alt.Tooltip("pair:N", title="pair"),
                alt.Tooltip("similarity:Q", format=".3f", title="similarity"),
                alt.Tooltip("flagged:N", title="flagged?"),
            ),
        )
    )
    rule = (
        alt.Chart(inline_data(pd.DataFrame({"cut": [cut]})))
        .mark_rule(strokeDash=[4, 3])
        .encode(
            x=alt.X("cut:Q", title=axis_title),
            tooltip=tips(alt.Tooltip("cut:Q", title="threshold")),  # one title for the shared axis
        )
    )
    return alt.layer(ticks, rule).properties(
        width=600,
        height=60,
        title=f"Pairs at or above {cut:.2f} count as copies",
        description=description,
        usermeta=SVG,
    )


def effect(table: pd.DataFrame, measure: str = "words") -> alt.Chart:
    """With and without the copy, side by side, for one measure of ``kit.duplicates.measure_effect``.

    Args:
        table: what ``kit.duplicates.measure_effect`` returns (``measure, group, with_copy,
            without_copy, difference, relative``).
        measure: the measure to draw (a value of the ``measure`` column).

    Returns:
        Paired bars, one pair per group: counted with and without the copy.

    >>> import kit
    >>> spec = effect(kit.duplicates.measure_effect(kit.load()), "device sentences").to_dict()
    >>> spec["encoding"]["yOffset"]["field"]
    'version'
    """
    part = table[table["measure"] == measure]
    if measure in CODED:  # devices and topics in words
        part = part.assign(group=part["group"].map(column_labels(part["group"].tolist())))
    long = part.melt(
        id_vars=["group", "difference", "relative"],
        value_vars=["with_copy", "without_copy"],
        var_name="version",
        value_name="value",
    )
    long["version"] = long["version"].map({"with_copy": "with the copy", "without_copy": "without the copy"})
    description = (
        f"Paired bars of {measure} for each of {plural(len(part), 'group')}, with and without the pasted copy."
    )
    if len(part) and part["difference"].abs().max() > 0:
        top = part.loc[[part["difference"].abs().idxmax()]].to_dict("records")[0]
        description += f" The largest change: {top['group']}, {top['with_copy']:,g} with the copy and {top['without_copy']:,g} without."
    return (
        alt.Chart(inline_data(long), title=f"{measure.capitalize()}: with and without the pasted copy")
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title=measure),
            y=alt.Y("group:N", title=None, sort="-x", axis=alt.Axis(labelLimit=320)),
            yOffset=alt.YOffset("version:N"),
            color=alt.Color(
                "version:N",
                scale=alt.Scale(domain=["with the copy", "without the copy"], range=[PALETTE[5], PALETTE[0]]),
                title="counted",
            ),
            tooltip=tips(
                alt.Tooltip("group:N", title=heading("group")),
                alt.Tooltip("version:N", title="counted"),
                alt.Tooltip("value:Q", title=measure),
                "difference:Q",
                alt.Tooltip("relative:Q", format="+.0%", title="change"),
            ),
        )
        .properties(description=description, usermeta=SVG)
    )
