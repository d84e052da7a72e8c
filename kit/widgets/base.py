"""What every view shares: controls on top, then text, chart and table; state in attributes.

Legibility at a 1280-pixel screen (tests/test_browser.py checks it in a real browser):
controls wrap onto a new line instead of squeezing each other, every control is as wide
as its label and content need (:func:`fit`), notes such as a sub-question's number or the
cue that raised a flag are printed beside the text, not hidden in a tooltip, tables have
headings in words, and every chart has its data as a table just under it.
"""

from __future__ import annotations

import html
import math
import numbers

import altair as alt
import ipywidgets as widgets
import pandas as pd

from kit import charts

__all__ = ["View", "paragraphs", "plural", "table_html", "turn_html", "fit", "VEGA_LITE_MIME"]

VEGA_LITE_MIME = f"application/vnd.vegalite.v{alt.SCHEMA_VERSION.lstrip('v').split('.')[0]}+json"

#: Page rules every view brings (in a hidden HTML widget): a button is never narrower than
#: its label, and the chosen one of a set of toggle buttons has a dark fill and white bold
#: text (contrast 5.2:1 against the others), not JupyterLab's barely darker grey.
STYLE = (
    "<style>.jupyter-widgets .jupyter-button{min-width:max-content}"
    ".jupyter-widgets .widget-toggle-button.mod-active{background:#0072B2;color:#FFFFFF;font-weight:bold;box-shadow:none}"
    "</style>"
)

#: How a note printed beside highlighted text looks (small, dark grey, never hover-only).
NOTE_STYLE = "font-size:80%;color:#333;background:#EEEEEE;border-radius:3px;padding:0 3px;margin-left:3px"
_CELL = "padding:2px 12px 2px 0;vertical-align:top;border-bottom:1px solid #DDDDDD"


def plural(n: int, word: str) -> str:
    """``n`` and the word, in the plural unless ``n`` is 1.

    >>> plural(1, "turn"), plural(3, "exchange")
    ('1 turn', '3 exchanges')
    """
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def fit(control: widgets.Widget, width: str | None = None) -> widgets.Widget:
    """Give a control room: its whole description shown, its width (if given) kept, never squeezed.

    Returns the control, so that it can be written inline.

    >>> slider = fit(widgets.IntSlider(description="Context words"), "22em")
    >>> slider.layout.width, slider.layout.flex, slider.style.description_width
    ('22em', '0 0 auto', 'initial')
    """
    if hasattr(control, "style") and hasattr(control.style, "description_width"):
        control.style.description_width = "initial"
    if width:
        control.layout.width = width
    control.layout.flex = "0 0 auto"
    control.layout.margin = "2px 18px 2px 0"
    return control


def note(text: str) -> str:
    """A note printed beside a highlighted piece of text (escaped).

    >>> note("sub-question 1")
    '<small class="kit-note" style="font-size:80%;color:#333;background:#EEEEEE;border-radius:3px;padding:0 3px;margin-left:3px">sub-question 1</small>'
    """
    return f'<small class="kit-note" style="{NOTE_STYLE}">{html.escape(text)}</small>'


def paragraphs(sentences: pd.DataFrame, marks: dict[int, str] | None = None) -> str:
    """Sentences as HTML paragraphs (one per source line), escaped; marked ones highlighted.

    ``marks`` maps a ``sentence_id`` to a note, printed after the highlighted sentence
    (and kept as its tooltip).

    >>> s = pd.DataFrame({"sentence_id": [1, 2], "line": [7, 7], "text": ["<b>Hi</b>.", "Why?"]})
    >>> paragraphs(s, {2: "a question"}).replace(NOTE_STYLE, "...")
    '<p><small>7</small> &lt;b&gt;Hi&lt;/b&gt;. <mark title="a question">Why?</mark><small class="kit-note" style="...">a question</small></p>'
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
            escaped = f'<mark title="{html.escape(marks[sentence_id])}">{escaped}</mark>{note(marks[sentence_id])}'
        out.append(escaped + " ")
    if out:
        out[-1] = out[-1].rstrip() + "</p>"
    return "".join(out)


def turn_html(turn: pd.Series, sentences: pd.DataFrame, marks: dict[int, str] | None = None) -> str:
    note_ = (
        f" ({html.escape(turn['label_note'])})" if isinstance(turn["label_note"], str) and turn["label_note"] else ""
    )
    outlet = f", {html.escape(turn['affiliation'])}" if isinstance(turn["affiliation"], str) else ""
    head = f"<h4>{html.escape(turn['speaker'])}{outlet}{note_} <small>turn {int(turn['turn_id'])}</small></h4>"
    return head + paragraphs(sentences[sentences["turn_id"] == turn["turn_id"]], marks)


def _cell(value: object) -> tuple[str, bool]:
    """A value as table text (missing: blank) and whether it is a number (right-aligned)."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return "", False
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return str(bool(value)), False
    if isinstance(value, numbers.Integral):
        return f"{int(value)}", True
    if isinstance(value, numbers.Real):
        return f"{float(value):.3f}", True
    if isinstance(value, pd.Timestamp):
        return html.escape(f"{value:%Y-%m-%d %H:%M}"), False
    return html.escape(str(value)), False


def table_html(frame: pd.DataFrame, rows: int, names: bool = True) -> str:
    """A frame as an HTML table for people: headings in words, missing values blank, text escaped.

    With ``names``, each heading also gives the column's name in small type (the name to
    type in code); without, the columns are taken to be words already (a chart's data).

    >>> page = table_html(pd.DataFrame({"answer_words": [300], "affiliation": [None]}), 5)
    >>> "words in the answer" in page and "<code" in page and "None" not in page and "&lt;NA&gt;" not in page
    True
    """
    if frame.empty:
        return ""
    head = "".join(
        f'<th style="{_CELL};text-align:left;vertical-align:bottom;border-bottom:1px solid #888888">'
        + html.escape(charts.heading(str(c)) if names else str(c))
        + (
            f'<br><code style="font-size:85%;color:#444;font-weight:normal">{html.escape(str(c))}</code>'
            if names
            else ""
        )
        + "</th>"
        for c in frame.columns
    )
    body = []
    for values in frame.head(rows).itertuples(index=False):
        cells = [_cell(v) for v in values]
        body.append(
            "<tr>"
            + "".join(f'<td style="{_CELL};text-align:{"right" if n else "left"}">{t}</td>' for t, n in cells)
            + "</tr>"
        )
    more = f"<p><small>first {rows} of {len(frame)} rows</small></p>" if len(frame) > rows else ""
    return f'<table style="border-collapse:collapse;margin:4px 0;line-height:1.35"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>{more}'


class View:
    """The shared machinery: controls on top (wrapping at a narrow screen), then text, chart and table.

    ``chart_table`` holds the chart's data as a frame headed in words (the text
    alternative shown under the chart, :func:`kit.charts.chart_data`).
    """

    rows = 15

    def __init__(self, controls: list[widgets.Widget]) -> None:
        self.frame = pd.DataFrame()
        self.chart: alt.TopLevelMixin | None = None
        self.chart_table = pd.DataFrame()
        self.html = ""
        self._text = widgets.HTML()
        self._plot = widgets.Output()
        self._plot_table = widgets.HTML()
        self._table = widgets.HTML()
        self._style = widgets.HTML(STYLE, layout=widgets.Layout(display="none"))
        bar = widgets.HBox(controls, layout=widgets.Layout(flex_flow="row wrap", align_items="center", width="100%"))
        self.ui = widgets.VBox([self._style, bar, self._text, self._plot, self._plot_table, self._table])

    def _watch(self, *controls: widgets.Widget) -> None:
        for control in controls:
            control.observe(lambda change: self.update(), names="value")

    def update(self) -> None:  # pragma: no cover - every view defines it
        raise NotImplementedError

    def _show(
        self, frame: pd.DataFrame, chart: alt.TopLevelMixin | None = None, text: str = "", table: bool = True
    ) -> None:
        self.frame, self.chart, self.html = frame, chart, text
        self._text.value = text
        self._table.value = table_html(frame, self.rows) if table else ""
        if chart is None:
            self._plot.outputs = ()
            self.chart_table = pd.DataFrame()
            self._plot_table.value = ""
        else:
            spec = chart.to_dict(validate=False)
            data = {VEGA_LITE_MIME: spec, "text/plain": spec.get("description", f"<{type(chart).__name__}>")}
            self._plot.outputs = ({"output_type": "display_data", "data": data, "metadata": {}},)
            self.chart_table = charts.chart_data(spec)
            self._plot_table.value = (
                f"<details><summary>The chart as a table ({plural(len(self.chart_table), 'row')})</summary>"
                f"{table_html(self.chart_table, 60, names=False)}</details>"
            )

    def _repr_mimebundle_(self, **kwargs):
        return self.ui._repr_mimebundle_(**kwargs)
