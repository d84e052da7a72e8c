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

**Modules**, by what they draw (every name is also here, as ``kit.charts.<name>``):

* :mod:`kit.charts.base`: the palette, column names in words, tooltips, offline display;
* :mod:`kit.charts.tables`: the table alternative (:func:`table`, :func:`chart_data`);
* :mod:`kit.charts.speakers`: who speaks and at what length (:func:`bar`,
  :func:`words_by_speaker`, :func:`words_per_turn`, :func:`lengths`);
* :mod:`kit.charts.content`: what is said (:func:`stacked_share`, :func:`timeline`,
  :func:`heatmap`, :func:`kwic_table`, :func:`devices`);
* :mod:`kit.charts.copies`: the duplicated exchange (:func:`threshold`, :func:`effect`).
"""

from kit.charts.base import HEADINGS, PALETTE, heading, offline, shorten, tips
from kit.charts.content import devices, heatmap, kwic_table, stacked_share, timeline
from kit.charts.copies import effect, threshold
from kit.charts.speakers import bar, lengths, words_by_speaker, words_per_turn
from kit.charts.tables import chart_data, table

__all__ = [
    "PALETTE",
    "HEADINGS",
    "offline",
    "heading",
    "tips",
    "shorten",
    "table",
    "chart_data",
    "bar",
    "words_by_speaker",
    "words_per_turn",
    "lengths",
    "stacked_share",
    "timeline",
    "heatmap",
    "kwic_table",
    "devices",
    "threshold",
    "effect",
]
