"""What every view shares: controls on top, then text, chart and table; state in attributes."""

from __future__ import annotations

import html

import altair as alt
import ipywidgets as widgets
import pandas as pd

__all__ = ["View", "paragraphs", "plural", "table_html", "turn_html", "VEGA_LITE_MIME"]

VEGA_LITE_MIME = f"application/vnd.vegalite.v{alt.SCHEMA_VERSION.lstrip('v').split('.')[0]}+json"


def plural(n: int, word: str) -> str:
    """``n`` and the word, in the plural unless ``n`` is 1.

    >>> plural(1, "turn"), plural(3, "exchange")
    ('1 turn', '3 exchanges')
    """
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def paragraphs(sentences: pd.DataFrame, marks: dict[int, str] | None = None) -> str:
    """Sentences as HTML paragraphs (one per source line), escaped; marked ones highlighted.

    ``marks`` maps a ``sentence_id`` to the note shown when the pointer rests on it.

    >>> s = pd.DataFrame({"sentence_id": [1, 2], "line": [7, 7], "text": ["<b>Hi</b>.", "Why?"]})
    >>> paragraphs(s, {2: "a question"})
    '<p><small>7</small> &lt;b&gt;Hi&lt;/b&gt;. <mark title="a question">Why?</mark></p>'
    """
    marks = marks or {}
    out: list[str] = []
    current = None
    for sentence_id, line, text in sentences[["sentence_id", "line", "text"]].itertuples(index=False):
        if line != current:
            if current is not None:
                out[-1] = out[-1].rstrip() + "</p>"
            out.append(f"<p><small>{int(line)}</small> ")
            current = line
        escaped = html.escape(text)
        if sentence_id in marks:
            escaped = f'<mark title="{html.escape(marks[sentence_id])}">{escaped}</mark>'
        out.append(escaped + " ")
    if out:
        out[-1] = out[-1].rstrip() + "</p>"
    return "".join(out)


def turn_html(turn: pd.Series, sentences: pd.DataFrame, marks: dict[int, str] | None = None) -> str:
    note = f" ({html.escape(turn['label_note'])})" if isinstance(turn["label_note"], str) and turn["label_note"] else ""
    outlet = f", {html.escape(turn['affiliation'])}" if isinstance(turn["affiliation"], str) else ""
    head = f"<h4>{html.escape(turn['speaker'])}{outlet}{note} <small>turn {int(turn['turn_id'])}</small></h4>"
    return head + paragraphs(sentences[sentences["turn_id"] == turn["turn_id"]], marks)


def table_html(frame: pd.DataFrame, rows: int) -> str:
    if frame.empty:
        return ""
    more = f"<p><small>first {rows} of {len(frame)} rows</small></p>" if len(frame) > rows else ""
    return frame.head(rows).to_html(index=False, escape=True, border=0, na_rep="") + more


class View:
    """The shared machinery: controls on top, then text, chart and table."""

    rows = 15

    def __init__(self, controls: list[widgets.Widget]) -> None:
        self.frame = pd.DataFrame()
        self.chart: alt.TopLevelMixin | None = None
        self.html = ""
        self._text = widgets.HTML()
        self._plot = widgets.Output()
        self._table = widgets.HTML()
        self.ui = widgets.VBox([widgets.HBox(controls), self._text, self._plot, self._table])

    def _watch(self, *controls: widgets.Widget) -> None:
        for control in controls:
            control.observe(lambda change: self.update(), names="value")

    def update(self) -> None:  # pragma: no cover - every view defines it
        raise NotImplementedError

    def _show(self, frame: pd.DataFrame, chart: alt.TopLevelMixin | None = None, text: str = "", table: bool = True) -> None:
        self.frame, self.chart, self.html = frame, chart, text
        self._text.value = text
        self._table.value = table_html(frame, self.rows) if table else ""
        if chart is None:
            self._plot.outputs = ()
        else:
            data = {VEGA_LITE_MIME: chart.to_dict(validate=False), "text/plain": f"<{type(chart).__name__}>"}
            self._plot.outputs = ({"output_type": "display_data", "data": data, "metadata": {}},)

    def _repr_mimebundle_(self, **kwargs):
        return self.ui._repr_mimebundle_(**kwargs)
