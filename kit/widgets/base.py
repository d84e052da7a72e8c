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
from kit.words import plural

__all__ = ["View", "paragraphs", "table_html", "turn_html", "fit", "note", "emphasise", "VEGA_LITE_MIME"]

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


def fit(control: widgets.Widget, width: str | None = None) -> widgets.Widget:
    """Give a control room: its whole description shown, its width (if given) kept, never squeezed.

    Never squeezed by its neighbours (they wrap to the next line instead), and never wider
    than the box it is in (``max_width``), so that a narrow screen shows all of it.

    Args:
        control: an ipywidgets control.
        width: its width, as CSS (``"22em"``); by default left as it is.

    Returns:
        The same control, so that it can be written inline.

    >>> slider = fit(widgets.IntSlider(description="Context words"), "22em")
    >>> slider.layout.width, slider.layout.flex, slider.layout.max_width, slider.style.description_width
    ('22em', '0 0 auto', '100%', 'initial')
    """
    if hasattr(control, "style") and hasattr(control.style, "description_width"):
        control.style.description_width = "initial"
    if width:
        control.layout.width = width
    control.layout.flex = "0 0 auto"
    control.layout.max_width = "100%"
    control.layout.margin = "2px 18px 2px 0"
    return control


def note(text: str) -> str:
    """A note printed beside a highlighted piece of text (escaped).

    Args:
        text: the note, plain text.

    Returns:
        The note as a small grey HTML label.

    >>> note("sub-question 1")
    '<small class="kit-note" style="font-size:80%;color:#333;background:#EEEEEE;border-radius:3px;padding:0 3px;margin-left:3px">sub-question 1</small>'
    """
    return f'<small class="kit-note" style="{NOTE_STYLE}">{html.escape(text)}</small>'


def emphasise(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """A text as HTML, escaped, with the character spans ``[start, end)`` in bold.

    Args:
        text: plain text.
        spans: ``(start, end)`` offsets into ``text`` (``kit.rhetoric.matches`` gives them);
            overlapping spans are shown as one.

    Returns:
        The escaped text, each span in ``<strong>``.

    >>> emphasise("I think <so>.", [(0, 7), (8, 12)])
    '<strong>I think</strong> <strong>&lt;so&gt;</strong>.'
    """
    out, at = [], 0
    for start, end in sorted(spans or []):
        start = max(start, at)
        if end <= start:
            continue
        out += [html.escape(text[at:start]), f"<strong>{html.escape(text[start:end])}</strong>"]
        at = end
    return "".join(out) + html.escape(text[at:])


def paragraphs(
    sentences: pd.DataFrame, marks: dict[int, str] | None = None, spans: dict[int, list[tuple[int, int]]] | None = None
) -> str:
    """Sentences as HTML paragraphs (one per source line), escaped; marked ones highlighted.

    Args:
        sentences: ``sentence_id, line, text``, in reading order.
        marks: a ``sentence_id`` to a note, printed after the highlighted sentence (and
            kept as its tooltip).
        spans: a ``sentence_id`` to character spans of its text to show in bold (the cue
            that raised a flag), see :func:`emphasise`.

    Returns:
        HTML: one ``<p>`` per line, headed by the line's number, every text escaped.

    >>> s = pd.DataFrame({"sentence_id": [1, 2], "line": [7, 7], "text": ["<b>Hi</b>.", "Why?"]})
    >>> paragraphs(s, {2: "a question"}, {2: [(0, 3)]}).replace(NOTE_STYLE, "...")
    '<p><small>7</small> &lt;b&gt;Hi&lt;/b&gt;. <mark title="a question"><strong>Why</strong>?</mark><small class="kit-note" style="...">a question</small></p>'
    """
    marks, spans = marks or {}, spans or {}
    out: list[str] = []
    current = None
    for sentence_id, line, text in sentences[["sentence_id", "line", "text"]].itertuples(index=False):
        if line != current:
            if current is not None:
                out[-1] = out[-1].rstrip() + "</p>"
            out.append(f"<p><small>{int(line)}</small> ")
            current = line
        escaped = emphasise(text, spans.get(sentence_id))
        if sentence_id in marks:
            escaped = f'<mark title="{html.escape(marks[sentence_id])}">{escaped}</mark>{note(marks[sentence_id])}'
        out.append(escaped + " ")
    if out:
        out[-1] = out[-1].rstrip() + "</p>"
    return "".join(out)


def turn_html(turn: pd.Series, sentences: pd.DataFrame, marks: dict[int, str] | None = None) -> str:
    """One turn as HTML: a heading with the speaker, outlet and label note, then its sentences.

    Args:
        turn: a row of a turns frame (``speaker, affiliation, label_note, turn_id``).
        sentences: a sentences frame; the turn's own sentences are shown (:func:`paragraphs`).
        marks: a ``sentence_id`` to a note, for the sentences to highlight.

    Returns:
        HTML: an ``<h4>`` heading, then one paragraph per line; all transcript text escaped.

    >>> import kit
    >>> c = kit.parse("Question: Anna Smith, Reuters. Will you <i>meet</i>?\\nVladimir Putin: Why not?")
    >>> turn_html(c.turns.iloc[0], c.sentences)
    '<h4>Anna Smith, Reuters <small>turn 1</small></h4><p><small>1</small> Anna Smith, Reuters. Will you &lt;i&gt;meet&lt;/i&gt;?</p>'
    """
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

    Numbers are right-aligned (three decimals for a fraction), text left-aligned.

    Args:
        frame: the table's rows.
        rows: the most rows to show; a line under the table says when there are more.
        names: give, under each heading in words, the column's name in small type (the
            name to type in code); without, the columns are taken to be words already
            (a chart's data, :func:`kit.charts.chart_data`).

    Returns:
        An HTML table (empty text for an empty frame).

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

    A view's state is in attributes: ``frame`` (the table behind the view), ``chart``
    (the ``alt.Chart`` drawn, or ``None``), ``html`` (the text shown, escaped) and
    ``chart_table``, the chart's data as a frame headed in words (the text alternative
    shown under the chart, :func:`kit.charts.chart_data`). ``ui`` is the ipywidgets box.

    Args:
        controls: the controls shown on top, in order.
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
        whole = {"width": "100%", "max_width": "100%"}  # never wider than the notebook: wrap, or scroll a wide chart
        bar = widgets.HBox(controls, layout=widgets.Layout(flex_flow="row wrap", align_items="center", **whole))
        self._plot.layout = widgets.Layout(overflow="auto", **whole)
        self.ui = widgets.VBox(
            [self._style, bar, self._text, self._plot, self._plot_table, self._table], layout=widgets.Layout(**whole)
        )

    def _watch(self, *controls: widgets.Widget) -> None:
        """Call :meth:`update` whenever one of ``controls`` changes value."""
        for control in controls:
            control.observe(lambda change: self.update(), names="value")

    def update(self) -> None:  # pragma: no cover - every view defines it
        """Recompute and redraw the view from its controls."""
        raise NotImplementedError

    def _show(
        self, frame: pd.DataFrame, chart: alt.TopLevelMixin | None = None, text: str = "", table: bool = True
    ) -> None:
        """Keep ``frame``, ``chart`` and ``html``, and draw them (the chart with its table, the frame as a table)."""
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
