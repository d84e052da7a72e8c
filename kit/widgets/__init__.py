"""Widgets: thin views that call the analyses and charts, with their state in Python.

Each explorer is a handful of ipywidgets controls. Changing one calls an analysis in
``kit`` and a chart in :mod:`kit.charts`, and the explorer keeps what it shows in three
attributes that tests (and curious students) can read:

* ``frame``: the table behind the view (a pandas DataFrame);
* ``chart``: the ``alt.Chart`` drawn, or ``None``;
* ``html``: the text shown, with every piece of transcript text HTML-escaped.

Show an explorer by making it the last expression of a cell. Charts go into the view as
Vega-Lite JSON, which JupyterLab draws with its own copy of Vega: no internet needed.

>>> import kit
>>> search = KwicSearch(kit.load().deduplicated().sentences)
>>> search.term.value = "Guantanamo"
>>> search.frame[["speaker", "line"]].values.tolist()
[['Vladimir Putin', 46]]
"""

from kit.widgets.audit import ReadingCheck
from kit.widgets.base import VEGA_LITE_MIME, View, paragraphs
from kit.widgets.copies import DIFFERENCE_COLOURS, CopyComparer, ThresholdExplorer, side_by_side
from kit.widgets.loader import TranscriptLoader
from kit.widgets.reading import ExchangeViewer, SpeakerExplorer
from kit.widgets.rhetoric import EvasionCoder, FeatureHighlighter, KwicSearch, SampleLabeller
from kit.widgets.topics import TopicEditor

__all__ = [
    "SpeakerExplorer",
    "ExchangeViewer",
    "KwicSearch",
    "FeatureHighlighter",
    "SampleLabeller",
    "EvasionCoder",
    "TopicEditor",
    "ThresholdExplorer",
    "CopyComparer",
    "TranscriptLoader",
    "ReadingCheck",
    "paragraphs",
    "side_by_side",
    "View",
    "VEGA_LITE_MIME",
    "DIFFERENCE_COLOURS",
]
