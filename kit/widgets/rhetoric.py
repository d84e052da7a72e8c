"""Rhetoric: words in context, flagged devices, labelling a sample, coding evasion."""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from kit import charts, exercises, rhetoric
from kit.corpus import Corpus
from kit.kwic import kwic
from kit.widgets.base import View, paragraphs, plural, turn_html

_EVERYONE = "everyone"

__all__ = ["KwicSearch", "FeatureHighlighter", "SampleLabeller", "EvasionCoder"]


class KwicSearch(View):
    """Type a word, phrase or regular expression: every occurrence, in context.

    >>> import kit
    >>> view = KwicSearch(kit.load().deduplicated().sentences)
    >>> view.term.value = "Guantanamo|drones"; view.regex.value = True
    >>> sorted(set(view.frame["match"]))
    ['Guantanamo', 'drones']
    """

    def __init__(self, frame: pd.DataFrame, term: str = "") -> None:
        self._source = frame
        speakers = list(frame.groupby("speaker")["n_words"].sum().sort_values(ascending=False).index)
        self.term = widgets.Text(value=term, description="Search", placeholder="a word or phrase", continuous_update=False)
        self.regex = widgets.Checkbox(value=False, description="regular expression", indent=False)
        self.speaker = widgets.Dropdown(options=[_EVERYONE, *speakers], description="Speaker")
        self.window = widgets.IntSlider(value=8, min=2, max=20, description="Context words")
        super().__init__([self.term, self.regex, self.speaker, self.window])
        self._watch(self.term, self.regex, self.speaker, self.window)
        self.update()

    def update(self) -> None:
        frame = self._source
        if self.speaker.value != _EVERYONE:
            frame = frame[frame["speaker"] == self.speaker.value]
        if not self.term.value.strip():
            self._show(pd.DataFrame(), None, "<p>Type a word or phrase and press Enter.</p>")
            return
        try:
            rows = kwic(frame, self.term.value, window=self.window.value, regex=self.regex.value)
        except ValueError as error:
            self._show(pd.DataFrame(), None, f"<p><b>Cannot search:</b> {html.escape(str(error))}</p>")
            return
        turns = rows["turn_id"].nunique()
        text = f"<p>{plural(len(rows), 'occurrence')} of <code>{html.escape(self.term.value)}</code> in {plural(turns, 'turn')}.</p>"
        chart = charts.kwic_table(rows) if len(rows) else None
        self._show(rows.drop(columns="text"), chart, text, table=False)


class FeatureHighlighter(View):
    """Pick a device and an answer: the sentences the detector flags, highlighted.

    Rest the pointer on a highlighted sentence to see the cue that raised the flag.

    >>> import kit
    >>> view = FeatureHighlighter(kit.load().deduplicated().sentences)
    >>> view.device.value = "counter_accusation"; view.turn.value = 11
    >>> "Guantanamo" in view.frame["cues"].str.cat(), view.html.count("<mark") == len(view.frame)
    (True, True)
    """

    def __init__(self, sentences: pd.DataFrame, cues: pd.DataFrame | None = None) -> None:
        self._sentences = sentences
        self.features = rhetoric.features(sentences, cues)
        spoken = sentences[sentences["turn_kind"].isin(["answer", "statement"]) & sentences["role"].isin(["official", "staff"])]
        options = []
        for (turn_id, speaker), group in spoken.groupby(["turn_id", "speaker"], sort=True):
            exchange = group["exchange_id"].iloc[0]
            where = f"exchange {int(exchange)}" if pd.notna(exchange) else group["turn_kind"].iloc[0]
            options.append((f"turn {turn_id} · {speaker} · {where} ({int(group['n_words'].sum())} words)", int(turn_id)))
        self.device = widgets.Dropdown(options=[(d.replace("_", " "), d) for d in rhetoric.DEVICES], description="Device")
        self.turn = widgets.Dropdown(options=options, description="Answer", layout={"width": "32em"})
        super().__init__([self.device, self.turn])
        self._watch(self.device, self.turn)
        self.update()

    def update(self) -> None:
        device, turn = self.device.value, self.turn.value
        if turn is None:
            self._show(pd.DataFrame(), None, "<p>This transcript has no answers or statements by an official.</p>")
            return
        mine = self.features[self.features["turn_id"] == turn]
        flagged = mine[mine[device]]
        marks = {
            sid: "; ".join(c for c in cues.split("; ") if c.startswith(f"{device}: ")) or device.replace("_", " ")
            for sid, cues in zip(flagged["sentence_id"], flagged["cues"], strict=True)
        }
        lead = f"<p>{len(flagged)} of {plural(len(mine), 'sentence')} flagged as <b>{html.escape(device.replace('_', ' '))}</b>.</p>"
        text = lead + paragraphs(self._sentences[self._sentences["turn_id"] == turn], marks)
        officials = self.features[self.features["speaker"].isin(set(self.features.loc[self.features["turn_id"] == turn, "speaker"]))]
        chart = charts.timeline(officials, [device])
        self._show(flagged[["sentence_id", "line", "text", "cues"]].reset_index(drop=True), chart, text, table=False)


class SampleLabeller(View):
    """Label a sample of sentences by hand; precision and recall follow from the labels.

    ``labelled`` is the sample with the ``label`` column filled from the buttons.

    >>> sample = pd.DataFrame({"sentence_id": [1, 2], "speaker": ["A", "A"], "text": ["I think so.", "Yes."],
    ...                        "cues": ["hedge: I think", ""], "flagged": [True, False], "label": [None, None]})
    >>> view = SampleLabeller(sample)
    >>> view.buttons[0].value = "yes"; view.buttons[1].value = "no"
    >>> view.scores["precision"], view.scores["recall"]
    (1.0, 1.0)
    """

    rows = 0
    _VALUES = {"?": pd.NA, "yes": True, "no": False}

    def __init__(self, sample: pd.DataFrame) -> None:
        self._sample = sample.reset_index(drop=True)
        self.buttons = [
            widgets.ToggleButtons(options=list(self._VALUES), value="?", style={"button_width": "3.5em"})
            for _ in range(len(self._sample))
        ]
        super().__init__([])
        rows = []
        for button, text, flagged in zip(self.buttons, self._sample["text"], self._sample["flagged"], strict=True):
            tag = "flagged" if flagged else "not flagged"
            rows.append(widgets.HBox([button, widgets.HTML(f"<small>({tag})</small> {html.escape(text)}")]))
        self.ui.children = (*rows, self._text)
        self._watch(*self.buttons)
        self.update()

    @property
    def labelled(self) -> pd.DataFrame:
        labels = pd.array([self._VALUES[b.value] for b in self.buttons], dtype="boolean")
        return self._sample.assign(label=labels)

    def update(self) -> None:
        labelled = self.labelled
        self.scores = rhetoric.precision_recall(labelled)
        s = self.scores
        text = (
            f"<p>{len(labelled) - s['unlabelled']} of {len(labelled)} labelled: {plural(s['true_positives'], 'true positive')}, "
            f"{plural(s['false_positives'], 'false positive')}, {plural(s['false_negatives'], 'false negative')}; "
            f"precision {s['precision']}, recall {s['recall']}.</p>"
        )
        self._show(labelled, None, text, table=False)


class EvasionCoder(View):
    """Code each sub-question of an exchange as clear reply, ambivalent or clear non-reply.

    ``answer`` is the coding as a ``{number: code}`` dict; the button checks it against the
    instructor's key (``kit.exercises.check``) and keeps the outcome in ``result``.
    *The answer*, above the sub-questions, gives every turn of the exchange after the
    question, in order and each with its speaker (a journalist's follow-up remark
    included); ``replies`` holds those turns and ``replies_html`` what the panel shows.

    >>> import kit
    >>> view = EvasionCoder(kit.load(), exchange=3, exercise=None)
    >>> view.replies[["turn_id", "speaker"]].values.tolist()
    [[7, 'Vladimir Putin'], [8, 'Matthew Chance'], [9, 'Vladimir Putin']]
    >>> view.codes[0].value = "clear reply"
    >>> view.answer
    {1: 'clear reply'}
    """

    _NONE = "(not coded)"

    def __init__(self, corpus: Corpus, exchange: int = 3, exercise: str | None = "02-evasion") -> None:
        asked = rhetoric.subquestions(corpus.sentences, corpus.exchanges)
        self._asked = asked[asked["exchange_id"] == exchange].reset_index(drop=True)
        if self._asked.empty:
            raise ValueError(f"exchange {exchange} has no sub-questions")
        self.exercise = exercise
        self.result: exercises.Result | None = None
        self.codes = [
            widgets.Dropdown(options=[self._NONE, *rhetoric.EVASION_CODES], layout={"width": "11em"})
            for _ in range(len(self._asked))
        ]
        self.check = widgets.Button(description="Check my coding", disabled=exercise is None)
        self.check.on_click(lambda button: self._check())
        super().__init__([])
        rows = [
            widgets.HBox([code, widgets.HTML(f"<b>{n}.</b> {html.escape(q)}")])
            for code, n, q in zip(self.codes, self._asked["number"], self._asked["question"], strict=True)
        ]
        turns = corpus.turns[corpus.turns["exchange_id"] == exchange].sort_values("first_line")
        self.replies = turns.iloc[1:].reset_index(drop=True)  # the question is the first turn
        self.replies_html = "".join(turn_html(turn, corpus.sentences) for _, turn in self.replies.iterrows())
        answer = widgets.HTML(f"<details><summary>The answer, turn by turn</summary>{self.replies_html}</details>")
        self.ui.children = (answer, *rows, self.check, self._text)
        self._watch(*self.codes)
        self.update()

    @property
    def answer(self) -> dict[int, str]:
        return {int(n): c.value for n, c in zip(self._asked["number"], self.codes, strict=True) if c.value != self._NONE}

    def _check(self) -> None:
        self.result = exercises.check(self.exercise, self.answer or None)
        self._text.value = self.html = self.result._repr_html_()

    def update(self) -> None:
        frame = self._asked[["number", "line", "question"]].assign(code=[c.value for c in self.codes])
        self._show(frame, None, f"<p>{len(self.answer)} of {len(frame)} coded.</p>", table=False)
