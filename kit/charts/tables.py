"""The table alternative: any frame with readable headings, or the rows a chart draws."""

from __future__ import annotations

import altair as alt
import pandas as pd

from kit.charts.base import heading

__all__ = ["table", "chart_data"]

_TABLE_STYLES = [
    {"selector": "th.level1", "props": "font-family: monospace; font-weight: normal; font-size: 85%; color: #444;"},
    {"selector": "th", "props": "text-align: left; vertical-align: bottom;"},
    {"selector": "td", "props": "vertical-align: top;"},
]


def table(data: pd.DataFrame | alt.TopLevelMixin | dict, columns: list[str] | None = None):
    """A table for people: headings in words, no ``<NA>``, no index; or a chart's data as one.

    Args:
        data: a frame, or a chart from :mod:`kit.charts` (or its ``to_dict()``). A named index
            (the groups of a ``groupby``) is shown as a column.
        columns: the frame's columns to show, in order (default: all).

    Returns:
        A pandas ``Styler`` (``.data`` is the frame). For a frame, each column has two
        headings: what it means (:data:`kit.charts.HEADINGS`) and, in small type, its name, the one
        to type in code. For a chart, the columns are the fields it draws, headed by the
        chart's titles, in the order y, x, colour, then the tooltip.

    >>> frame = pd.DataFrame({"exchange_id": [1, 2], "affiliation": [None, "CNN"]})
    >>> shown = table(frame)
    >>> shown.data.columns.tolist()
    [('exchange', 'exchange_id'), ('outlet', 'affiliation')]
    >>> "<NA>" in shown.to_html() or "None" in shown.to_html()
    False
    >>> from kit.charts import bar
    >>> table(bar(pd.DataFrame({"speaker": ["A", "B"], "words": [3, 5]}), "words", "speaker")).data.columns.tolist()
    ['speaker', 'words']
    """
    if isinstance(data, pd.DataFrame):
        frame = data.reset_index() if any(data.index.names) else data  # a named index (a groupby's) is a column
        frame = frame[columns] if columns is not None else frame
        shown = frame.reset_index(drop=True)
        shown.columns = pd.MultiIndex.from_tuples([(heading(str(c)), str(c)) for c in frame.columns])
    else:
        shown = chart_data(data)
    texts = [
        c
        for c, dtype in shown.dtypes.items()
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
    ]
    styler = shown.style.hide(axis="index").format(na_rep="", precision=3).set_table_styles(_TABLE_STYLES)
    return styler.set_properties(subset=texts, **{"text-align": "left"}) if texts else styler


_ORDER = ("y", "x", "color", "yOffset", "xOffset", "text", "size", "tooltip")


def chart_data(chart: alt.TopLevelMixin | dict) -> pd.DataFrame:
    """The rows a chart draws, as a new frame headed by the chart's titles (its fields in words).

    :func:`table` shows the same rows, styled.

    Args:
        chart: a chart, or its ``to_dict()``; of a layered chart, the layer with the most rows.

    Returns:
        A new frame: one column per field the chart draws, in the order y, x, colour, then
        the tooltip, each headed by the channel's title (or the field in words).

    >>> from kit.charts import bar
    >>> chart_data(bar(pd.DataFrame({"speaker": ["A", "B"], "n_words": [3, 5]}), "n_words", "speaker")).values.tolist()
    [['A', 3], ['B', 5]]
    """
    spec = chart if isinstance(chart, dict) else chart.to_dict(validate=False)
    datasets = spec.get("datasets", {})

    def rows_of(part: dict) -> list[dict] | None:
        data = part.get("data")
        if not data:
            return None
        return data.get("values") if "values" in data else datasets.get(data.get("name"), [])

    # the parts that carry data, each with the encodings that draw it
    parts = []
    top = rows_of(spec)
    layers = spec.get("layer", [])
    if top is not None:
        parts.append((top, [spec.get("encoding", {})] + [la.get("encoding", {}) for la in layers if "data" not in la]))
    parts += [(rows_of(la), [la.get("encoding", {})]) for la in layers if "data" in la]
    rows, encodings = max(parts, key=lambda p: len(p[0] or []))
    given: dict[str, list] = {}  # field -> the titles its channels give, y first
    for channel in _ORDER:
        for encoding in encodings:
            defs = encoding.get(channel, [])
            for d in defs if isinstance(defs, list) else [defs]:
                if isinstance(d, dict) and d.get("field"):
                    given.setdefault(d["field"], []).append(d.get("title"))
    titles: dict[str, str] = {}
    for field, options in given.items():
        title = next((t for t in options if isinstance(t, str) and t), heading(field))
        titles[field] = title if title not in titles.values() else f"{title} ({field})"
    frame = pd.DataFrame(rows or [], columns=list(titles))
    return frame.rename(columns=titles)
