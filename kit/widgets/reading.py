"""Reading a transcript: pick a speaker, pick an exchange."""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from kit import charts, rhetoric
from kit.airtime import speaker_totals
from kit.corpus import Corpus
from kit.widgets.base import View, fit, turn_html
from kit.words import plural

__all__ = ["SpeakerExplorer", "ExchangeViewer"]


class SpeakerExplorer(View):
    """Pick a speaker: their turns, words per turn, and their share of all words.

    ``speaker`` is the dropdown of speakers (most words first); ``leave_out_copy`` the
    box that counts the deduplicated corpus (``corpus.deduplicated()``) instead of all turns.

    Args:
        corpus: the corpus to read.

    >>> import kit
    >>> view = SpeakerExplorer(kit.load())
    >>> view.speaker.value = "Matthew Chance"
    >>> view.frame["turn_id"].tolist(), view.html.startswith("<p><b>Matthew Chance</b>")
    ([6, 8], True)
    """

    def __init__(self, corpus: Corpus) -> None:
        self._turns = {True: corpus.deduplicated().turns, False: corpus.turns}
        # each speaker's share of the words, with and without the copy: counted once, not on every change
        self._shares = {
            copy: speaker_totals(turns).set_index("speaker")["share"] for copy, turns in self._turns.items()
        }
        order = speaker_totals(corpus.turns)["speaker"].tolist()
        self.speaker = fit(widgets.Dropdown(options=order, description="Speaker"), "22em")
        self.leave_out_copy = fit(
            widgets.Checkbox(value=True, description="leave out the later copy", indent=False), "16em"
        )
        super().__init__([self.speaker, self.leave_out_copy])
        self._watch(self.speaker, self.leave_out_copy)
        self.update()

    def update(self) -> None:
        """Show the chosen speaker's turns, their words per turn, and their share of all words."""
        if self.speaker.value is None:
            self._show(pd.DataFrame(), None, "<p>This transcript has no speaker turns.</p>")
            return
        turns = self._turns[self.leave_out_copy.value]
        mine = turns[turns["speaker"] == self.speaker.value]
        frame = mine.assign(begins=charts.shorten(mine["text"], 120))[
            ["turn_id", "doc_id", "exchange_id", "kind", "n_words", "first_line", "duplicate_of", "begins"]
        ]
        share = self._shares[self.leave_out_copy.value].get(self.speaker.value, 0.0)
        outlet = mine["affiliation"].dropna()
        text = (
            f"<p><b>{html.escape(self.speaker.value)}</b>"
            + (f" ({html.escape(outlet.iloc[0])})" if len(outlet) else "")
            + f": {plural(len(mine), 'turn')}, {plural(int(mine['n_words'].sum()), 'word')}, {share:.0%} of all words spoken"
            + ("" if self.leave_out_copy.value else ", counting the duplicated copy")
            + ".</p>"
        )
        self._show(frame, charts.words_per_turn(mine), text)


class ExchangeViewer(View):
    """Pick an exchange: the question with its sub-questions marked, and the answer.

    ``exchange`` is the dropdown of exchanges; ``frame`` the chosen one's sub-questions
    (``kit.rhetoric.subquestions``).

    Args:
        corpus: the corpus to read.

    >>> import kit
    >>> view = ExchangeViewer(kit.load())
    >>> view.exchange.value = 3
    >>> len(view.frame), view.html.count("<mark")
    (7, 7)
    """

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._sentences = corpus.sentences
        self._subquestions = rhetoric.subquestions(self._sentences, corpus.exchanges)
        options = []
        for row in corpus.exchanges.itertuples(index=False):
            outlet = f" ({row.affiliation})" if isinstance(row.affiliation, str) else ""
            copy_note = f", a copy of {row.duplicate_of}" if pd.notna(row.duplicate_of) else ""
            options.append((f"{row.exchange_id} · {row.questioner}{outlet}{copy_note}", int(row.exchange_id)))
        self.exchange = fit(widgets.Dropdown(options=options, description="Exchange"), "30em")
        super().__init__([self.exchange])
        self._watch(self.exchange)
        self.update()

    def update(self) -> None:
        """Show the chosen exchange turn by turn, its sub-questions marked, and ring it in the lengths chart."""
        exchange = self.exchange.value
        if exchange is None:
            self._show(pd.DataFrame(), None, "<p>This transcript has no questions, so no exchanges.</p>")
            return
        asked = self._subquestions[self._subquestions["exchange_id"] == exchange]
        marks = {sid: f"sub-question {n}" for sid, n in zip(asked["sentence_id"], asked["number"], strict=True)}
        turns = self._corpus.turns[self._corpus.turns["exchange_id"] == exchange]
        text = "".join(turn_html(turn, self._sentences, marks) for _, turn in turns.iterrows())
        chart = charts.lengths(self._corpus.exchanges, selected=exchange)
        self._show(asked[["number", "line", "question"]].reset_index(drop=True), chart, text)
