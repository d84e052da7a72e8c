"""What every chart shares: the palette, column names in words, tooltips, inline data, offline display.

The building blocks of the chart modules (:mod:`kit.charts.speakers`, :mod:`kit.charts.content`,
:mod:`kit.charts.copies`) and of the widgets' text: :func:`heading` names a column in words,
:func:`kit.words.plural` counts in words, :func:`inline_data` puts a frame into a chart as JSON values.

Large data: every chart's rows go through :func:`inline_data`, which keeps altair's guard
(``alt.data_transformers``' ``max_rows``, 5,000 unless changed): a chart of more rows
raises altair's ``MaxRowsError`` with the way out (aggregate first) instead of writing
megabytes into the notebook. The charts that may meet many rows aggregate first where
that draws the same picture (:func:`kit.charts.threshold` counts the pairs of equal
similarity); the others draw one mark per row given (a speaker's turns, the flagged
sentences), so pass fewer rows or an aggregate.
"""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

__all__ = [
    "PALETTE",
    "SVG",
    "HEADINGS",
    "heading",
    "offline",
    "tips",
    "shorten",
    "inline_data",
    "row_limit",
    "colour_scale",
    "top_row",
    "column_labels",
    "count_axis",
]

#: Colours for categories, in the order they are given out. The first seven are Okabe and
#: Ito's (2008, *Color Universal Design*) set without its yellow, which is too pale on
#: white; the rest are from Paul Tol's schemes (Tol 2021, *Colour Schemes*, SRON: muted,
#: dark, light and bright), each chosen as the colour furthest from those before it
#: under simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and
#: Fernandes 2009). The first twelve stay at least 15 CIELAB units apart for all three;
#: none is paler than a 1.5:1 contrast with white, and none repeats before the
#: twenty-first category (tests/test_charts.py checks all three).
PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
    "#DDCC77", "#663333", "#332288", "#666633", "#AA3377", "#FFAABB", "#999933",
    "#225555", "#222255", "#EE6677", "#EE8866", "#BBCC33", "#88CCEE",
]  # fmt: skip

#: Asks vega-embed (JupyterLab's chart renderer) to draw SVG, with real text, not a canvas.
SVG = {"embedOptions": {"renderer": "svg"}}

#: Column names in words, for axis titles, legends, tooltips and table headings.
HEADINGS = {
    # documents, turns, exchanges, sentences, lines (kit.schema)
    "doc_id": "document",
    "turn_id": "turn",
    "exchange_id": "exchange",
    "sentence_id": "sentence",
    "title": "title",
    "title_source": "where the title comes from",
    "start": "starts at",
    "end": "ends at",
    "place": "place",
    "first_line": "first line",
    "last_line": "last line",
    "n_turns": "turns",
    "n_words": "words",
    "source": "source",
    "speaker": "speaker",
    "speaker_label": "label as written",
    "speaker_title": "speaker's title",
    "label_note": "note in the label",
    "speaker_source": "how the speaker is known",
    "role": "role",
    "role_source": "how the role is known",
    "affiliation": "outlet",
    "kind": "kind",
    "text": "text",
    "duplicate_of": "copy of",
    "questioner": "questioner",
    "question": "question",
    "answer": "answer",
    "answered_by": "answered by",
    "question_words": "words in the question",
    "answer_words": "words in the answer",
    "turn_kind": "kind of turn",
    "position": "place in the turn",
    "line": "line",
    "is_question": "a question?",
    # rhetoric
    "question_in_answer": "question in an answer",
    "hedge": "hedge",
    "booster": "booster",
    "enumeration": "enumeration",
    "direct_address": "direct address",
    "appeal_to_law": "appeal to law",
    "numbers": "figures",
    "counter_accusation": "counter-accusation",
    "person_i": "I",
    "person_we": "we",
    "person_you": "you",
    "person_they": "they",
    "cues": "cues found",
    "device": "device",
    "share": "share of sentences",
    "sentences_total": "sentences in all",
    "cue": "cue",
    "match": "match",
    "pattern": "pattern",
    "flagged": "flagged by the detector",
    "label": "label",
    "number": "sub-question",
    "code": "code",
    "note": "note",
    # topics
    "topic": "topic",
    "sentences": "sentences",
    "words": "words",
    "group_sentences": "sentences in the group",
    "group_words": "words in the group",
    "share_sentences": "share of sentences",
    "share_words": "share of words",
    "announced": "announced?",
    "asked": "sentences of questions",
    "answered": "sentences of answers",
    "in_question": "in the question?",
    "in_answer": "in the answer?",
    "introduced": "brought in by the answer?",
    "phrases": "phrases",
    # words in context, distinctive words
    "left": "words before",
    "right": "words after",
    "word": "word",
    "count_target": "count in the group",
    "count_rest": "count in the rest",
    "log_odds": "log-odds ratio",
    "se": "standard error",
    "z": "z-score",
    # copies
    "a": "first of the pair",
    "b": "second of the pair",
    "similarity": "similarity",
    "earlier": "earlier copy",
    "later": "later copy",
    "method": "how it was found",
    "earlier_line": "line of the earlier copy",
    "later_line": "line of the later copy",
    "op": "change",
    "a_line": "line of the first",
    "b_line": "line of the second",
    "difference": "difference",
    "mark": "mark",
    "layer": "layer",
    "evidence": "why",
    "certain": "certain?",
    "measure": "measure",
    "group": "group",
    "with_copy": "with the copy",
    "without_copy": "without the copy",
    "relative": "change",
    "count": "count",
    "a_tokens": "words of the first",
    "b_tokens": "words of the second",
    "earlier_source": "source of the earlier copy",
    "later_source": "source of the later copy",
    # views
    "begins": "begins with",
    # how a transcript was read (kit.audit)
    "event": "kind of event",
    "event_source": "how the event is known",
    "n_lines": "lines",
    "label_shapes": "labels used",
    "time_marks": "time marks?",
    "caption_file": "caption file?",
    "hard_wrapped": "hard-wrapped?",
    "n_not_labels": "lines not taken as labels",
    "asks": "turns that ask",
    "labels": "labels as written",
    "why": "why not a label",
}


def heading(name: str) -> str:
    """A column name in words: from :data:`HEADINGS`, else with spaces for underscores.

    Args:
        name: a column name.

    Returns:
        The words for it, for a heading, axis title, legend or tooltip.

    >>> heading("answer_words"), heading("some_new_column")
    ('words in the answer', 'some new column')
    """
    return HEADINGS.get(name, name.replace("_", " "))


def offline() -> str:
    """Draw charts without internet: use JupyterLab's own Vega (the "mimetype" renderer).

    Call it once per notebook, before the first chart.

    Returns:
        The name of the renderer now active (``"mimetype"``).
    """
    alt.renderers.enable("mimetype")
    return alt.renderers.active


def tips(*fields: str | alt.Tooltip) -> list[alt.Tooltip]:
    """Tooltip channels from field names (``"line"``, ``"text:N"``) or ready ``alt.Tooltip``.

    Each field is titled in words (:func:`heading`) unless it has a title. Channels are
    built as objects, not shorthand strings: altair parses each shorthand against the
    Vega-Lite schema, which costs several milliseconds per channel, too slow for a widget
    that redraws on every keystroke.

    Args:
        fields: field names, with or without a type (``":Q"``), or ``alt.Tooltip`` objects.

    Returns:
        One ``alt.Tooltip`` per field, in order.

    >>> [t.to_dict() for t in tips("line:Q", alt.Tooltip("text:N", title="sentence"))]
    [{'field': 'line', 'title': 'line', 'type': 'quantitative'}, {'field': 'text', 'title': 'sentence', 'type': 'nominal'}]
    """
    return [f if isinstance(f, alt.Tooltip) else alt.Tooltip(f, title=heading(f.split(":")[0])) for f in fields]


def row_limit() -> int | None:
    """The most rows a chart may carry: altair's ``max_rows`` (``None`` once ``disable_max_rows()`` is called).

    Returns:
        The limit of the active data transformer's options, 5,000 by default.

    >>> row_limit()
    5000
    """
    return alt.data_transformers.options.get("max_rows", 5000)


def inline_data(frame: pd.DataFrame) -> alt.Data:
    """A chart's rows as JSON values: missing values become null, dates ISO strings.

    Altair's own conversion leaves a missing string as NaN under pandas 3, and a NaN
    makes the notebook's message invalid JSON, so the chart would not draw. Values put
    into a chart this way skip altair's large-data guard, so it is kept here: more rows
    than :func:`row_limit` raise altair's ``MaxRowsError``.

    Args:
        frame: the rows to draw.

    Returns:
        An ``alt.Data`` holding the rows as a list of dicts.

    Raises:
        altair.MaxRowsError: ``frame`` has more rows than :func:`row_limit`; the message
            says how to aggregate first, or to lift the limit.

    >>> inline_data(pd.DataFrame({"speaker": ["A", None]})).values
    [{'speaker': 'A'}, {'speaker': None}]
    """
    limit = row_limit()
    if limit is not None and len(frame) > limit:
        raise alt.MaxRowsError(
            f"this chart would carry {len(frame):,} rows, more than altair's limit of {limit:,}, which keeps a "
            "notebook from holding megabytes of chart data. Aggregate first (count or sum per speaker, document or "
            "exchange, e.g. kit.airtime.speaker_totals(turns), or frame.groupby(...).size()), or draw fewer rows "
            "(one speaker, one document); to draw them all, call alt.data_transformers.disable_max_rows()."
        )
    return alt.Data(values=json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False)))


def shorten(text: pd.Series, n: int = 160) -> pd.Series:
    """The first ``n`` characters of each text, with an ellipsis where cut (for tooltips).

    Args:
        text: the texts.
        n: how many characters to keep.

    Returns:
        A new series of the shortened texts.

    >>> shorten(pd.Series(["abcdef", "ab"]), 3).tolist()
    ['abc…', 'ab']
    """
    return text.str.slice(0, n) + text.str.len().gt(n).map({True: "…", False: ""})


def colour_scale(values: list) -> alt.Scale:
    """A colour scale giving :data:`PALETTE`'s colours to ``values`` in their order (stable across charts).

    Args:
        values: the categories, in the order they get colours; repeats and missing values are skipped.

    Returns:
        An ``alt.Scale`` with the categories as its domain and as many palette colours.

    >>> colour_scale(["b", "a", "b", None]).to_dict()
    {'domain': ['b', 'a'], 'range': ['#0072B2', '#E69F00']}
    """
    domain = list(dict.fromkeys(v for v in values if v is not None and v == v))
    return alt.Scale(domain=domain, range=PALETTE[: max(1, len(domain))])


def top_row(frame: pd.DataFrame, column: str) -> dict:
    """The row with the largest ``column`` (the first such), each value in its column's type.

    Args:
        frame: a frame with at least one row.
        column: the column to maximise.

    Returns:
        The row as a dict of column name to value.

    >>> top_row(pd.DataFrame({"speaker": ["A", "B"], "words": [3, 5]}), "words")
    {'speaker': 'B', 'words': 5}
    """
    return frame.loc[[frame[column].idxmax()]].to_dict("records")[0]


def column_labels(columns: list[str]) -> dict[str, str]:
    """Display names of topic or device columns: the topic dictionary's labels, else :func:`heading`.

    Args:
        columns: topic names (``kit.topics``) or device names (``kit.rhetoric.DEVICES``).

    Returns:
        Each column's display name.

    >>> column_labels(["arctic", "hedge"])
    {'arctic': 'The Arctic', 'hedge': 'hedge'}
    """
    from kit import topics

    names = {topic: entry["label"] for topic, entry in topics.full_form().items()}
    return {c: names.get(c, heading(c)) for c in columns}


_AXIS_ROOM = 240  # pixels for a count axis's labels: a chart is 300 wide by default, less its margins


def count_axis(values: pd.Series | list, most: int = 10, **options: object) -> alt.Axis:
    """An axis for counts: whole-number ticks, each once, at most ``most`` of them, from 0 past the largest.

    Fewer where the numbers are long, so that no two labels overlap (``0 1000 2000``, not
    a label every 500 that the renderer has to hide).

    ``tickMinStep`` alone is not enough: a renderer that ignores it draws ticks at 0.5 and
    a ``d`` format prints them as ``0 1 1 2 2``. The ticks are given, every 1, 2, 5, 10, 20...

    Args:
        values: the counts the axis shows.
        most: the most ticks to draw.
        **options: other properties of the axis (``title``, ``labelLimit``...).

    Returns:
        An ``alt.Axis`` with explicit ``values`` and the format ``d``.

    >>> count_axis([3, 1]).to_dict()["values"], count_axis([0, 37]).to_dict()["values"]
    ([0, 1, 2, 3], [0, 5, 10, 15, 20, 25, 30, 35, 40])
    >>> count_axis([4291]).to_dict()["values"]
    [0, 1000, 2000, 3000, 4000, 5000]
    """
    numbers = pd.to_numeric(pd.Series(list(values), dtype="object"), errors="coerce").dropna()
    low = min(0, int(numbers.min())) if len(numbers) else 0
    high = max(1, int(-(-numbers.max() // 1))) if len(numbers) else 1
    most = min(most, max(3, _AXIS_ROOM // (7 * len(f"{high:d}") + 12)))  # wide labels ("4500"): fewer ticks
    step = next(s * 10**k for k in range(12) for s in (1, 2, 5) if (high - low) / (s * 10**k) <= most)
    start = (low // step) * step
    ticks = list(range(start, high + step if high % step else high + 1, step))
    return alt.Axis(values=ticks, format="d", **options)
