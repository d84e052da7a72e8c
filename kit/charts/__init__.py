"""Charts and the tables beside them: each chart function takes a frame and returns an ``alt.Chart``.

Nothing here displays, themes or saves anything. What every chart has:

* **words, not column names**, on its axes, legends and tooltips (:data:`HEADINGS`);
* a **description** (``.properties(description=...)``): one or two sentences that say
  what the chart shows and its most striking value, computed from the data. Vega puts it
  in the drawing's ``aria-label``, so a screen reader reads it;
* a **table alternative**: :func:`table` gives the rows a chart draws, headed by the
  chart's own titles (``kit.charts.table(chart)``), and the same function shows any frame
  with readable headings and blank cells for missing values;
* **colours that survive colour blindness**: categories use :data:`PALETTE`, quantities
  viridis;
* **text as text**: the chart asks to be drawn as SVG (``usermeta.embedOptions``), so
  its labels can be read, selected, enlarged and checked for overlap in a browser test.

**Offline display.** Altair's default renderer ("html") loads the Vega libraries from a
CDN, so charts stay blank on a machine without internet. :func:`offline` switches to the
"mimetype" renderer: the notebook receives only the chart's Vega-Lite JSON, and
JupyterLab draws it with the Vega it ships. The cost per chart is the size of that JSON:
a few kilobytes for the kit's charts on the Geneva source, against about 950 kB per chart
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
    "PALETTE", "HEADINGS", "offline", "heading", "tips", "shorten", "table", "chart_data", "bar", "words_by_speaker", "lengths",
    "stacked_share", "timeline", "heatmap", "kwic_table", "devices", "threshold", "effect",
]  # fmt: skip

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
    "doc_id": "document", "turn_id": "turn", "exchange_id": "exchange", "sentence_id": "sentence",
    "title": "title", "title_source": "where the title comes from", "start": "starts at", "end": "ends at",
    "place": "place", "first_line": "first line", "last_line": "last line", "n_turns": "turns", "n_words": "words",
    "source": "source", "speaker": "speaker", "speaker_label": "label as written", "speaker_title": "speaker's title",
    "label_note": "note in the label", "speaker_source": "how the speaker is known", "role": "role",
    "role_source": "how the role is known", "affiliation": "outlet", "kind": "kind", "text": "text",
    "duplicate_of": "copy of", "questioner": "questioner", "question": "question", "answer": "answer",
    "answered_by": "answered by", "question_words": "words in the question", "answer_words": "words in the answer",
    "turn_kind": "kind of turn", "position": "place in the turn", "line": "line", "is_question": "a question?",
    # rhetoric
    "question_in_answer": "question in an answer", "hedge": "hedge", "booster": "booster", "enumeration": "enumeration",
    "direct_address": "direct address", "appeal_to_law": "appeal to law", "numbers": "figures",
    "counter_accusation": "counter-accusation", "person_i": "I", "person_we": "we", "person_you": "you",
    "person_they": "they", "cues": "cues found", "device": "device", "share": "share of sentences",
    "sentences_total": "sentences in all", "cue": "cue", "match": "match", "pattern": "pattern",
    "flagged": "flagged by the detector", "label": "label", "number": "sub-question", "code": "code", "note": "note",
    # topics
    "topic": "topic", "sentences": "sentences", "words": "words", "group_sentences": "sentences in the group",
    "group_words": "words in the group", "share_sentences": "share of sentences", "share_words": "share of words",
    "announced": "announced?", "asked": "sentences of questions", "answered": "sentences of answers",
    "in_question": "in the question?", "in_answer": "in the answer?", "introduced": "brought in by the answer?",
    "phrases": "phrases",
    # words in context, distinctive words
    "left": "words before", "right": "words after", "word": "word", "count_target": "count in the group",
    "count_rest": "count in the rest", "log_odds": "log-odds ratio", "se": "standard error", "z": "z-score",
    # copies
    "a": "first of the pair", "b": "second of the pair", "similarity": "similarity", "earlier": "earlier copy",
    "later": "later copy", "method": "how it was found", "earlier_line": "line of the earlier copy",
    "later_line": "line of the later copy", "op": "change", "a_line": "line of the first",
    "b_line": "line of the second", "difference": "difference", "mark": "mark", "layer": "layer",
    "evidence": "why", "certain": "certain?", "measure": "measure", "group": "group", "with_copy": "with the copy",
    "without_copy": "without the copy", "relative": "change", "count": "count", "a_tokens": "words of the first",
    "b_tokens": "words of the second", "earlier_source": "source of the earlier copy",
    "later_source": "source of the later copy",
    # views
    "begins": "begins with",
}  # fmt: skip


def heading(name: str) -> str:
    """A column name in words: from :data:`HEADINGS`, else with spaces for underscores.

    >>> heading("answer_words"), heading("some_new_column")
    ('words in the answer', 'some new column')
    """
    return HEADINGS.get(name, name.replace("_", " "))


def offline() -> str:
    """Draw charts without internet: use JupyterLab's own Vega (the "mimetype" renderer).

    Returns the renderer's name. Call it once per notebook, before the first chart.
    """
    alt.renderers.enable("mimetype")
    return alt.renderers.active


def tips(*fields: str | alt.Tooltip) -> list[alt.Tooltip]:
    """Tooltip channels from field names (``"line"``, ``"text:N"``) or ready ``alt.Tooltip``.

    Each field is titled in words (:func:`heading`) unless it has a title. Channels are
    built as objects, not shorthand strings: altair parses each shorthand against the
    Vega-Lite schema, which costs several milliseconds per channel, too slow for a widget
    that redraws on every keystroke.

    >>> [t.to_dict() for t in tips("line:Q", alt.Tooltip("text:N", title="sentence"))]
    [{'field': 'line', 'title': 'line', 'type': 'quantitative'}, {'field': 'text', 'title': 'sentence', 'type': 'nominal'}]
    """
    return [f if isinstance(f, alt.Tooltip) else alt.Tooltip(f, title=heading(f.split(":")[0])) for f in fields]


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


def _colours(values: list) -> alt.Scale:
    """A colour scale giving :data:`PALETTE`'s colours to ``values`` in their order (stable across charts)."""
    domain = list(dict.fromkeys(v for v in values if v is not None and v == v))
    return alt.Scale(domain=domain, range=PALETTE[: max(1, len(domain))])


def _top(frame: pd.DataFrame, column: str) -> dict:
    """The row with the largest ``column`` (the first such), each value in its column's type."""
    return frame.loc[[frame[column].idxmax()]].to_dict("records")[0]


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


# --- the table alternative -----------------------------------------------------------------

_TABLE_STYLES = [
    {"selector": "th.level1", "props": "font-family: monospace; font-weight: normal; font-size: 85%; color: #444;"},
    {"selector": "th", "props": "text-align: left; vertical-align: bottom;"},
    {"selector": "td", "props": "vertical-align: top;"},
]


def table(data: pd.DataFrame | alt.TopLevelMixin | dict, columns: list[str] | None = None):
    """A table for people: headings in words, no ``<NA>``, no index; or a chart's data as one.

    Args:
        data: a frame, or a chart from this module (or its ``to_dict()``). A named index
            (the groups of a ``groupby``) is shown as a column.
        columns: the frame's columns to show, in order (default: all).

    Returns:
        A pandas ``Styler`` (``.data`` is the frame). For a frame, each column has two
        headings: what it means (:data:`HEADINGS`) and, in small type, its name, the one
        to type in code. For a chart, the columns are the fields it draws, headed by the
        chart's titles, in the order y, x, colour, then the tooltip.

    >>> frame = pd.DataFrame({"exchange_id": [1, 2], "affiliation": [None, "CNN"]})
    >>> shown = table(frame)
    >>> shown.data.columns.tolist()
    [('exchange', 'exchange_id'), ('outlet', 'affiliation')]
    >>> "<NA>" in shown.to_html() or "None" in shown.to_html()
    False
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

    ``chart`` is a chart or its ``to_dict()``. :func:`table` shows the same rows.

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


# --- the charts ----------------------------------------------------------------------------


def bar(
    frame: pd.DataFrame,
    x: str,
    y: str,
    color: str | None = None,
    tooltip: list[str | alt.Tooltip] | None = None,
    x_title: str | None = None,
    y_title: str | None = None,
    title: str = "",
    description: str | None = None,
) -> alt.Chart:
    """A horizontal bar chart: one bar per value of ``y``, length ``x``, longest first.

    ``description`` (what a screen reader says) is written from the data unless given.

    >>> chart = bar(pd.DataFrame({"speaker": ["A", "B"], "words": [3, 5]}), "words", "speaker")
    >>> chart.to_dict()["mark"]["type"], chart.to_dict()["description"]
    ('bar', 'Bar chart of words for each of 2 speakers, longest first. The longest: B, 5.')
    """
    x_title, y_title = x_title or heading(x), y_title or heading(y)
    if description is None:
        description = f"Bar chart of {x_title} for each of {_n(len(frame), y_title)}, longest first."
        if len(frame):
            top = _top(frame, x)
            description += f" The longest: {top[y]}, {top[x]:,}."
    encoding = {
        # length of the bar; counts get whole-number ticks
        "x": alt.X(
            f"{x}:Q",
            title=x_title,
            axis=alt.Axis(tickMinStep=1, format="d") if pd.api.types.is_integer_dtype(frame[x]) else alt.Axis(),
        ),
        "y": alt.Y(f"{y}:N", sort="-x", title=y_title, axis=alt.Axis(labelLimit=320)),  # one bar each
        "tooltip": tips(*(tooltip or [f"{y}:N", alt.Tooltip(f"{x}:Q", title=x_title)])),
    }
    if color:
        encoding["color"] = alt.Color(f"{color}:N", scale=_colours(frame[color].tolist()), title=heading(color))
    return (
        alt.Chart(_plain(frame), title=title)
        .mark_bar()
        .encode(**encoding)
        .properties(description=description, usermeta=SVG)
    )


def words_by_speaker(turns: pd.DataFrame) -> alt.Chart:
    """Words spoken by each speaker, coloured by role.

    >>> import kit
    >>> spec = words_by_speaker(kit.load().deduplicated().turns).to_dict()
    >>> spec["encoding"]["x"]["title"]
    'words spoken'
    >>> spec["description"].split(". ", 1)[1]
    'Vladimir Putin speaks the most: 2,513 of 3,110 words (81%).'
    """
    totals = (
        turns.groupby(["speaker", "role"], as_index=False)
        .agg(words=("n_words", "sum"), turns=("turn_id", "size"))
        .sort_values("words", ascending=False)
    )
    description = f"Bar chart of the words each of {_n(totals['speaker'].nunique(), 'speaker')} speaks, most first."
    if len(totals) and totals["words"].sum():
        top, total = totals.iloc[0], int(totals["words"].sum())
        description += (
            f" {top['speaker']} speaks the most: {int(top['words']):,} of {total:,} words ({top['words'] / total:.0%})."
        )
    return bar(
        totals, "words", "speaker", color="role", tooltip=["speaker:N", "role:N", alt.Tooltip("words:Q", title="words spoken"),
                                                           alt.Tooltip("turns:Q", title="turns")],
        x_title="words spoken", y_title="speaker", title="Who speaks, and how much", description=description,
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
        copy=exchanges["duplicate_of"].notna().map({True: "a later copy", False: "first or only copy"}),
    )[["exchange_id", "questioner", "affiliation", "question_words", "answer_words", "question_start", "copy"]]
    description = f"Scatter plot of {_n(len(data), 'exchange')}: words in the question across, words in the answer up."
    if len(data):
        top = _top(data, "answer_words")
        description += (
            f" The longest answer, {int(top['answer_words']):,} words, is exchange {int(top['exchange_id'])}, "
            f"to a question of {int(top['question_words']):,} words by {top['questioner']}."
        )
    if selected is not None:
        description += f" Exchange {int(selected)} is ringed."
    ring = alt.datum.exchange_id == (-1 if selected is None else int(selected))
    return (
        alt.Chart(_plain(data), title="How long are the questions, and how long the answers?")
        .mark_circle(size=140, opacity=0.85, stroke="black")
        .encode(
            x=alt.X("question_words:Q", title="words in the question"),
            y=alt.Y("answer_words:Q", title="words in the answer"),
            color=alt.Color("copy:N", scale=alt.Scale(domain=["first or only copy", "a later copy"], range=PALETTE[:2]),
                            title="copy"),
            strokeWidth=alt.StrokeWidthValue(0, condition=alt.ConditionalPredicateValueDefnumberExprRef(test=ring, value=3)),
            tooltip=tips("exchange_id:O", "questioner:N", "affiliation:N", "question_words:Q", "answer_words:Q",
                         alt.Tooltip("question_start:N", title="question")),
        )
        .properties(description=description, usermeta=SVG)
    )  # fmt: skip


def stacked_share(coverage: pd.DataFrame, group: str = "exchange_id", measure: str = "share_sentences") -> alt.Chart:
    """Stacked bars: each group's share of sentences (or words) per topic.

    Topics keep their colour whatever the groups: colours go to topics in the order of
    the dictionary, so the third topic has the third colour in every chart.

    >>> import kit
    >>> c = kit.topics.coverage(kit.load().deduplicated().sentences, by="turn_kind")
    >>> spec = stacked_share(c, "turn_kind").to_dict()
    >>> spec["encoding"]["x"]["stack"], spec["encoding"]["y"]["title"]
    (True, 'kind of turn')
    """
    from kit import topics

    known = [entry["label"] for entry in topics.full_form().values()]
    present = coverage["label"].tolist()
    colours = _colours([label for label in known if label in set(present)] + present)
    data = coverage[coverage["sentences"] > 0]
    unit = "sentences" if "sentences" in measure else "words"
    description = (
        f"Stacked bars: for each {heading(group)}, the share of its {unit} that mention each of "
        f"{_n(coverage['label'].nunique(), 'topic')}."
    )
    if len(data):
        top = _top(data, measure)
        description += (
            f" The largest piece: {top['label']} ({heading(group)}: {top[group]}), {top[measure]:.0%} of its {unit}."
        )
    return (
        alt.Chart(_plain(data), title="What each part of the conference is about")
        .mark_bar()
        .encode(
            x=alt.X(f"{measure}:Q", stack=True, title=f"share of {unit}", axis=alt.Axis(format="%")),
            y=alt.Y(f"{group}:N", title=heading(group)),
            color=alt.Color("label:N", scale=colours, title="topic", legend=alt.Legend(labelLimit=320)),
            tooltip=tips(f"{group}:N", alt.Tooltip("label:N", title="topic"), "sentences:Q", "words:Q",
                         alt.Tooltip(f"{measure}:Q", format=".0%", title=f"share of {unit}")),
        )
        .properties(description=description, usermeta=SVG)
    )  # fmt: skip


def _labels_for(columns: list[str]) -> dict[str, str]:
    """Display names of topic or device columns: the topic dictionary's labels, else :func:`heading`."""
    from kit import topics

    names = {topic: entry["label"] for topic, entry in topics.full_form().items()}
    return {c: names.get(c, heading(c)) for c in columns}


def timeline(tagged: pd.DataFrame, columns: list[str], labels: dict[str, str] | None = None) -> alt.Chart:
    """Where each topic or device comes in the transcript: a tick per sentence, by line.

    Args:
        tagged: sentences with one boolean column per topic or device (``kit.topics.tag``,
            ``kit.rhetoric.features``).
        columns: the boolean columns to draw, one row each; colours follow their order.
        labels: display names for the columns (default: the topic dictionary's labels,
            and words for the devices).

    >>> import kit
    >>> t = kit.topics.tag(kit.load().deduplicated().sentences)
    >>> spec = timeline(t, ["arctic", "cyber_security"]).to_dict()
    >>> spec["mark"]["type"], spec["encoding"]["y"]["sort"]
    ('tick', ['The Arctic', 'Cyber security'])
    """
    from kit import topics

    names = {**_labels_for(columns), **(labels or {})}
    rows = [names[c] for c in columns]
    what = "topic" if set(columns) <= set(topics.full_form()) else "device"
    keep = [c for c in ("line", "speaker", "text") if c in tagged.columns]
    long = tagged[[*keep, *columns]].melt(id_vars=keep, value_vars=columns, var_name="column", value_name="on")
    long = long[long["on"].astype(bool)].assign(row=lambda d: d["column"].map(names)).drop(columns=["column", "on"])
    counts = long["row"].value_counts()
    parts = [f"{row}: {_n(int(counts.get(row, 0)), 'sentence')}" for row in rows]
    description = (
        f"Tick plot of where each of {_n(len(rows), what)} comes in the transcript, one tick per sentence at its line. "
    )
    description += "; ".join(parts) + "."
    return (
        alt.Chart(_plain(long), title="Where in the transcript")
        .mark_tick(thickness=3, size=18)
        .encode(
            x=alt.X("line:Q", title="line of the transcript"),
            y=alt.Y("row:N", title=None, sort=rows, axis=alt.Axis(labelLimit=320)),
            color=alt.Color("row:N", scale=alt.Scale(domain=rows, range=PALETTE[: max(1, len(rows))]), legend=None),
            tooltip=tips(alt.Tooltip("row:N", title=what), "line:Q", "speaker:N", alt.Tooltip("text:N", title="sentence")),
        )
        .properties(description=description, usermeta=SVG)
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

    >>> spec = heatmap(pd.DataFrame({"x": [1, 2], "y": [1, 1], "v": [0.1, 0.9]}), "x", "y", "v").to_dict()
    >>> spec["mark"]["type"], spec["description"]
    ('rect', 'Heatmap of v for each x (across) and y (down). The highest, 0.9, is at x 2, y 1.')
    """
    x_title, y_title, color_title = x_title or heading(x), y_title or heading(y), color_title or heading(color)
    description = f"Heatmap of {color_title} for each {x_title} (across) and {y_title} (down)."
    if len(frame):
        top = _top(frame, color)
        description += f" The highest, {top[color]:.3g}, is at {x_title} {top[x]}, {y_title} {top[y]}."
    return (
        alt.Chart(_plain(frame), title=title)
        .mark_rect()
        .encode(
            x=alt.X(f"{x}:O", title=x_title),
            y=alt.Y(f"{y}:O", title=y_title, axis=alt.Axis(labelLimit=320)),
            color=alt.Color(f"{color}:Q", scale=alt.Scale(scheme="viridis"), title=color_title),
            tooltip=tips(*(tooltip or [alt.Tooltip(f"{x}:O", title=x_title), alt.Tooltip(f"{y}:O", title=y_title),
                                       alt.Tooltip(f"{color}:Q", title=color_title, format=".3f")])),
        )
        .properties(description=description, usermeta=SVG)
    )  # fmt: skip


def kwic_table(rows: pd.DataFrame, limit: int = 40) -> alt.Chart | alt.LayerChart:
    """A keyword-in-context table drawn as a chart: left context, match, right context.

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
        f"Keyword in context: {_n(len(rows), 'occurrence')} of {', '.join(words[:5]) or 'the search'}, one a row, "
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
    return alt.layer(left, match, right, data=_plain(data)).properties(
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

    >>> import kit
    >>> f = kit.rhetoric.features(kit.load().deduplicated().sentences)
    >>> spec = devices(kit.rhetoric.summary(f)).to_dict()
    >>> spec["encoding"]["y"]["title"], spec["height"], spec["encoding"]["y"]["sort"][:2]
    ('device', 288, ['question in an answer', 'hedge'])
    """
    from kit.rhetoric import DEVICES

    data = summary[~summary["device"].str.startswith("person_")]
    data = data.assign(device_name=data["device"].map(heading))
    order = [heading(d) for d in DEVICES if d in set(data["device"])]
    description = (
        f"Grouped bars: sentences flagged for each of {_n(len(order), 'rhetorical device')}, by {heading(by)}."
    )
    if len(data) and data["sentences"].max() > 0:
        top = _top(data, "sentences")
        description += (
            f" The most: {top['device_name']} ({heading(by)}: {top[by]}), {_n(int(top['sentences']), 'sentence')}."
        )
    return (
        alt.Chart(_plain(data), title="Rhetorical devices: sentences flagged")
        .mark_bar()
        .encode(
            x=alt.X("sentences:Q", title="sentences flagged"),
            y=alt.Y("device_name:N", title="device", sort=order),
            color=alt.Color(f"{by}:N", scale=_colours(data[by].tolist()), title=heading(by)),
            yOffset=alt.YOffset(f"{by}:N"),
            tooltip=tips(alt.Tooltip(f"{by}:N", title=heading(by)), alt.Tooltip("device_name:N", title="device"),
                         alt.Tooltip("sentences:Q", title="sentences flagged"),
                         alt.Tooltip("share:Q", format=".0%", title="share of sentences")),
        )
        .properties(height=36 * max(1, len(order)), description=description, usermeta=SVG)
    )  # fmt: skip


def threshold(pairs: pd.DataFrame, cut: float) -> alt.LayerChart:
    """Every pair's similarity on one axis, the pairs at or above ``cut`` flagged, the cut a rule.

    ``pairs`` has ``a, b, similarity`` (``kit.duplicates.similarities``, one row per pair).
    The axis is labelled every 0.1, so its labels never run into each other.

    >>> spec = threshold(pd.DataFrame({"a": [1, 1], "b": [2, 3], "similarity": [0.02, 1.0]}), 0.8).to_dict()
    >>> [layer["mark"]["type"] for layer in spec["layer"]]
    ['tick', 'rule']
    >>> spec["description"]
    'Strip of 2 pairs by similarity, from 0 to 1, with a dashed line at the threshold 0.80: 1 pair at or above it counts as copies; the most similar pair below it scores 0.020.'
    """
    data = pairs.assign(
        pair=pairs["a"].astype(str) + " and " + pairs["b"].astype(str),
        flagged=(pairs["similarity"] >= cut).map({True: "flagged as copies", False: "not flagged"}),
    )[["pair", "similarity", "flagged"]]
    above = int((pairs["similarity"] >= cut).sum())
    below = pairs.loc[pairs["similarity"] < cut, "similarity"]
    description = (
        f"Strip of {_n(len(pairs), 'pair')} by similarity, from 0 to 1, with a dashed line at the threshold {cut:.2f}: "
        f"{_n(above, 'pair')} at or above it {'counts' if above == 1 else 'count'} as copies"
        + (f"; the most similar pair below it scores {below.max():.3f}." if len(below) else ".")
    )
    axis = alt.Axis(values=[round(v / 10, 1) for v in range(11)], format=".1f", labelOverlap=True)
    axis_title = "similarity of the pair (shared word 3-grams)"
    ticks = (
        alt.Chart(_plain(data))
        .mark_tick(thickness=3, size=30)
        .encode(
            x=alt.X("similarity:Q", title=axis_title, scale=alt.Scale(domain=[0, 1]), axis=axis),
            color=alt.Color("flagged:N", scale=alt.Scale(domain=["flagged as copies", "not flagged"], range=[PALETTE[5], PALETTE[0]]),
                            title="flagged?"),
            tooltip=tips(alt.Tooltip("pair:N", title="pair"), alt.Tooltip("similarity:Q", format=".3f", title="similarity"),
                         alt.Tooltip("flagged:N", title="flagged?")),
        )
    )  # fmt: skip
    rule = (
        alt.Chart(_plain(pd.DataFrame({"cut": [cut]})))
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
    """With and without the copy, side by side, for one measure of ``kit.duplicates.effect``.

    >>> import kit
    >>> spec = effect(kit.duplicates.effect(kit.load()), "device sentences").to_dict()
    >>> spec["encoding"]["yOffset"]["field"]
    'version'
    """
    part = table[table["measure"] == measure]
    if measure in ("device sentences", "topic share"):  # devices and topics in words
        part = part.assign(group=part["group"].map(_labels_for(part["group"].tolist())))
    long = part.melt(id_vars=["group", "difference", "relative"], value_vars=["with_copy", "without_copy"],
                     var_name="version", value_name="value")  # fmt: skip
    long["version"] = long["version"].map({"with_copy": "with the copy", "without_copy": "without the copy"})
    description = f"Paired bars of {measure} for each of {_n(len(part), 'group')}, with and without the pasted copy."
    if len(part) and part["difference"].abs().max() > 0:
        top = part.loc[[part["difference"].abs().idxmax()]].to_dict("records")[0]
        description += f" The largest change: {top['group']}, {top['with_copy']:,g} with the copy and {top['without_copy']:,g} without."
    return (
        alt.Chart(_plain(long), title=f"{measure.capitalize()}: with and without the pasted copy")
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title=measure),
            y=alt.Y("group:N", title=None, sort="-x", axis=alt.Axis(labelLimit=320)),
            yOffset=alt.YOffset("version:N"),
            color=alt.Color("version:N", scale=alt.Scale(domain=["with the copy", "without the copy"], range=[PALETTE[5], PALETTE[0]]),
                            title="counted"),
            tooltip=tips(alt.Tooltip("group:N", title=heading("group")), alt.Tooltip("version:N", title="counted"),
                         alt.Tooltip("value:Q", title=measure), "difference:Q",
                         alt.Tooltip("relative:Q", format="+.0%", title="change")),
        )
        .properties(description=description, usermeta=SVG)
    )  # fmt: skip
