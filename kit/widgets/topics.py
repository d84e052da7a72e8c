"""Topic coverage: edit the dictionary and watch coverage change."""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from kit import charts, topics
from kit.widgets.base import View, fit, table_html
from kit.words import plural

__all__ = ["TopicEditor"]


class TopicEditor(View):
    """Edit the topic dictionary and watch coverage change.

    The editor works on its own copy (``dictionary``); the file in ``data/`` is not
    touched. ``to_toml()`` gives the edited dictionary as TOML, to paste into a fork's
    ``data/topics.toml``.

    >>> import kit
    >>> view = TopicEditor(kit.load().deduplicated().sentences, by="turn_kind")
    >>> view.topic.value = "trade_economy"
    >>> before = view.mentions()
    >>> view.phrase.value = "money"; view.add.click()
    >>> view.mentions() > before
    True
    """

    def __init__(self, sentences: pd.DataFrame, dictionary: dict | None = None, by: str = "turn_kind") -> None:
        self._sentences = sentences
        self.dictionary = topics.full_form(dictionary)  # the editor's own copy
        self._computed: tuple | None = None
        self.topic = fit(
            widgets.Dropdown(options=[(e["label"], t) for t, e in self.dictionary.items()], description="Topic"), "25em"
        )
        self.phrases = fit(widgets.Select(description="Phrases", rows=6), "24em")  # "interdepartmental consultations"
        self.phrase = fit(widgets.Text(description="Phrase", placeholder="e.g. sanctions or cyber*"), "18em")
        self.add = fit(widgets.Button(description="Add phrase"), "12em")
        self.remove = fit(widgets.Button(description="Remove the selected phrase"), "16em")
        groups = [g for g in ("turn_kind", "exchange_id", "speaker", "doc_id") if g in sentences.columns]
        self.by = fit(
            widgets.Dropdown(options=[(charts.heading(g), g) for g in groups], value=by, description="Group by"), "18em"
        )
        # every box wraps and none is wider than the notebook: whole at 1024 px (tests/test_views.py)
        row = widgets.Layout(flex_flow="row wrap", align_items="flex-start", width="100%", max_width="100%")
        buttons = widgets.VBox(
            [self.phrase, self.add, self.remove], layout=widgets.Layout(flex="0 1 auto", max_width="100%")
        )
        super().__init__(
            [
                widgets.VBox(
                    [
                        widgets.HBox([self.topic, self.by], layout=row),
                        widgets.HBox([self.phrases, buttons], layout=row),
                    ],
                    layout=widgets.Layout(width="100%", max_width="100%"),
                ),
            ]
        )
        self.add.on_click(lambda button: self._add())
        self.remove.on_click(lambda button: self._remove())
        self._watch(self.topic, self.by)
        self.update()

    def mentions(self, topic: str | None = None) -> int:
        """Count the sentences that mention ``topic``, in all groups.

        Args:
            topic: a topic of ``dictionary``; by default the selected one.

        Returns:
            The number of sentences.
        """
        topic = topic or self.topic.value
        return int(self.frame.loc[self.frame["topic"] == topic, "sentences"].sum())

    def _add(self) -> None:
        self.dictionary = topics.add_phrase(self.dictionary, self.topic.value, self.phrase.value)
        self.phrase.value = ""
        self.update()

    def _remove(self) -> None:
        if self.phrases.value is not None:
            self.dictionary = topics.remove_phrase(self.dictionary, self.topic.value, self.phrases.value)
        self.update()

    def to_toml(self) -> str:
        """The edited dictionary as TOML, in the format of ``data/topics.toml`` (:func:`kit.topics.to_toml`).

        Returns:
            The TOML text; a topic without a source is marked ``edited in the kit``.
        """
        return topics.to_toml(self.dictionary, source="edited in the kit")

    def update(self) -> None:
        """Show the selected topic's phrases, and coverage by the chosen group (computed again only when it changed)."""
        entry = self.dictionary[self.topic.value]
        self.phrases.options = list(entry["phrases"])
        key = (self.by.value, tuple((t, tuple(e["phrases"])) for t, e in self.dictionary.items()))
        if key != self._computed:  # switching topics alone changes nothing to compute
            self._computed = key
            self._coverage = topics.coverage(self._sentences, self.dictionary, by=self.by.value)
            self._chart = charts.stacked_share(self._coverage, self.by.value)
        frame, chart = self._coverage, self._chart
        self.frame = frame
        shown = frame[frame["topic"] == self.topic.value].drop(columns=["topic", "label"])
        text = (
            f"<p><b>{html.escape(entry['label'])}</b>: {plural(self.mentions(), 'sentence')} "
            f"{'matches' if self.mentions() == 1 else 'match'} {plural(len(entry['phrases']), 'phrase')}.</p>"
        )
        self._show(frame, chart, text, table=False)
        self._table.value = table_html(shown, self.rows)
