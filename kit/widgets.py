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

from __future__ import annotations

import copy
import html

import altair as alt
import ipywidgets as widgets
import pandas as pd

from kit import charts, duplicates, exercises, rhetoric, topics
from kit.corpus import Corpus, load
from kit.corpus import parse as parse_text
from kit.errors import TranscriptError
from kit.source import decode
from kit.kwic import kwic

__all__ = [
    "SpeakerExplorer", "ExchangeViewer", "KwicSearch", "FeatureHighlighter", "SampleLabeller",
    "EvasionCoder", "TopicEditor", "ThresholdExplorer", "CopyComparer", "TranscriptLoader", "paragraphs",
    "side_by_side",
]  # fmt: skip

_MIME = f"application/vnd.vegalite.v{alt.SCHEMA_VERSION.lstrip('v').split('.')[0]}+json"
_EVERYONE = "everyone"


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


def _turn_html(turn: pd.Series, sentences: pd.DataFrame, marks: dict[int, str] | None = None) -> str:
    note = f" ({html.escape(turn['label_note'])})" if isinstance(turn["label_note"], str) and turn["label_note"] else ""
    outlet = f", {html.escape(turn['affiliation'])}" if isinstance(turn["affiliation"], str) else ""
    head = f"<h4>{html.escape(turn['speaker'])}{outlet}{note} <small>turn {int(turn['turn_id'])}</small></h4>"
    return head + paragraphs(sentences[sentences["turn_id"] == turn["turn_id"]], marks)


def _table(frame: pd.DataFrame, rows: int) -> str:
    if frame.empty:
        return ""
    more = f"<p><small>first {rows} of {len(frame)} rows</small></p>" if len(frame) > rows else ""
    return frame.head(rows).to_html(index=False, escape=True, border=0, na_rep="") + more


class _View:
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
        self._table.value = _table(frame, self.rows) if table else ""
        if chart is None:
            self._plot.outputs = ()
        else:
            data = {_MIME: chart.to_dict(validate=False), "text/plain": f"<{type(chart).__name__}>"}
            self._plot.outputs = ({"output_type": "display_data", "data": data, "metadata": {}},)

    def _repr_mimebundle_(self, **kwargs):
        return self.ui._repr_mimebundle_(**kwargs)


class SpeakerExplorer(_View):
    """Pick a speaker: their turns, words per turn, and their share of all words.

    >>> import kit
    >>> view = SpeakerExplorer(kit.load())
    >>> view.speaker.value = "Matthew Chance"
    >>> view.frame["turn_id"].tolist(), view.html.startswith("<p><b>Matthew Chance</b>")
    ([6, 8], True)
    """

    def __init__(self, corpus: Corpus) -> None:
        self._turns = {True: corpus.deduplicated().turns, False: corpus.turns}
        order = corpus.turns.groupby("speaker")["n_words"].sum().sort_values(ascending=False)
        self.speaker = widgets.Dropdown(options=list(order.index), description="Speaker")
        self.deduplicated = widgets.Checkbox(value=True, description="leave out the later copy", indent=False)
        super().__init__([self.speaker, self.deduplicated])
        self._watch(self.speaker, self.deduplicated)
        self.update()

    def update(self) -> None:
        if self.speaker.value is None:
            self._show(pd.DataFrame(), None, "<p>This transcript has no speaker turns.</p>")
            return
        turns = self._turns[self.deduplicated.value]
        mine = turns[turns["speaker"] == self.speaker.value]
        frame = mine.assign(
            turn=[f"turn {t} (line {line})" for t, line in zip(mine["turn_id"], mine["first_line"], strict=True)],
            start=charts.shorten(mine["text"], 120),
        )[["turn_id", "turn", "doc_id", "exchange_id", "kind", "n_words", "first_line", "duplicate_of", "start"]]
        share = mine["n_words"].sum() / max(1, turns["n_words"].sum())
        outlet = mine["affiliation"].dropna()
        text = (
            f"<p><b>{html.escape(self.speaker.value)}</b>"
            + (f" ({html.escape(outlet.iloc[0])})" if len(outlet) else "")
            + f": {len(mine)} turns, {int(mine['n_words'].sum()):,} words, {share:.0%} of all words spoken"
            + ("" if self.deduplicated.value else ", counting the duplicated copy")
            + ".</p>"
        )
        chart = charts.bar(
            frame, "n_words", "turn", tooltip=["turn:N", "kind:N", "n_words:Q", alt.Tooltip("start:N", title="begins")],
            x_title="words in the turn", y_title="turn", title=f"{self.speaker.value}: words per turn",
        )  # fmt: skip
        self._show(frame.drop(columns="turn"), chart, text)


class ExchangeViewer(_View):
    """Pick an exchange: the question with its sub-questions marked, and the answer.

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
        self.exchange = widgets.Dropdown(options=options, description="Exchange", layout={"width": "28em"})
        super().__init__([self.exchange])
        self._watch(self.exchange)
        self.update()

    def update(self) -> None:
        exchange = self.exchange.value
        if exchange is None:
            self._show(pd.DataFrame(), None, "<p>This transcript has no questions, so no exchanges.</p>")
            return
        asked = self._subquestions[self._subquestions["exchange_id"] == exchange]
        marks = {sid: f"sub-question {n}" for sid, n in zip(asked["sentence_id"], asked["number"], strict=True)}
        turns = self._corpus.turns[self._corpus.turns["exchange_id"] == exchange]
        text = "".join(_turn_html(turn, self._sentences, marks) for _, turn in turns.iterrows())
        chart = charts.lengths(self._corpus.exchanges, selected=exchange)
        self._show(asked[["number", "line", "question"]].reset_index(drop=True), chart, text)


class KwicSearch(_View):
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
        text = f"<p>{len(rows)} occurrence{'s' * (len(rows) != 1)} of <code>{html.escape(self.term.value)}</code> in {turns} turn{'s' * (turns != 1)}.</p>"
        chart = charts.kwic_table(rows) if len(rows) else None
        self._show(rows.drop(columns="text"), chart, text, table=False)


class FeatureHighlighter(_View):
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
        lead = f"<p>{len(flagged)} of {len(mine)} sentences flagged as <b>{html.escape(device.replace('_', ' '))}</b>.</p>"
        text = lead + paragraphs(self._sentences[self._sentences["turn_id"] == turn], marks)
        officials = self.features[self.features["speaker"].isin(set(self.features.loc[self.features["turn_id"] == turn, "speaker"]))]
        chart = charts.timeline(officials, [device])
        self._show(flagged[["sentence_id", "line", "text", "cues"]].reset_index(drop=True), chart, text, table=False)


class SampleLabeller(_View):
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
            f"<p>{len(labelled) - s['unlabelled']} of {len(labelled)} labelled: {s['true_positives']} true positives, "
            f"{s['false_positives']} false positives, {s['false_negatives']} false negatives; "
            f"precision {s['precision']}, recall {s['recall']}.</p>"
        )
        self._show(labelled, None, text, table=False)


class EvasionCoder(_View):
    """Code each sub-question of an exchange as clear reply, ambivalent or clear non-reply.

    ``answer`` is the coding as a ``{number: code}`` dict; the button checks it against the
    instructor's key (``kit.exercises.check``) and keeps the outcome in ``result``.

    >>> import kit
    >>> view = EvasionCoder(kit.load(), exchange=2, exercise=None)
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
        answer = widgets.HTML(
            "<details><summary>The answer</summary>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in str(self._asked["answer"].iloc[0]).split("\n"))
            + "</details>"
        )
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


class TopicEditor(_View):
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
        self.dictionary = copy.deepcopy(topics.load_dictionary() if dictionary is None else dictionary)
        self._computed: tuple | None = None
        self.topic = widgets.Dropdown(options=[(e.get("label", t), t) for t, e in self.dictionary.items()], description="Topic")
        self.phrases = widgets.Select(description="Phrases", rows=6)
        self.phrase = widgets.Text(description="Phrase", placeholder="e.g. sanctions or cyber*")
        self.add = widgets.Button(description="Add phrase")
        self.remove = widgets.Button(description="Remove selected")
        groups = [g for g in ("turn_kind", "exchange_id", "speaker", "doc_id") if g in sentences.columns]
        self.by = widgets.Dropdown(options=groups, value=by, description="Group by")
        super().__init__([widgets.VBox([self.topic, self.by]), self.phrases, widgets.VBox([self.phrase, self.add, self.remove])])
        self.add.on_click(lambda button: self._add())
        self.remove.on_click(lambda button: self._remove())
        self._watch(self.topic, self.by)
        self.update()

    def mentions(self, topic: str | None = None) -> int:
        """Sentences that mention ``topic`` (the selected one by default), in all groups."""
        topic = topic or self.topic.value
        return int(self.frame.loc[self.frame["topic"] == topic, "sentences"].sum())

    def _add(self) -> None:
        phrase = " ".join(self.phrase.value.split())
        phrases = self.dictionary[self.topic.value]["phrases"]
        if phrase and phrase not in phrases:
            phrases.append(phrase)
        self.phrase.value = ""
        self.update()

    def _remove(self) -> None:
        phrases = self.dictionary[self.topic.value]["phrases"]
        if self.phrases.value in phrases:
            phrases.remove(self.phrases.value)
        self.update()

    def to_toml(self) -> str:
        """The edited dictionary in the format of ``data/topics.toml``."""

        def quote(text: str) -> str:
            return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

        parts = []
        for topic, entry in self.dictionary.items():
            parts.append(
                f"[{topic}]\nlabel = {quote(entry.get('label', topic))}\nsource = {quote(entry.get('source', 'edited in the kit'))}\n"
                f"phrases = [{', '.join(map(quote, entry['phrases']))}]\n"
            )
        return "\n".join(parts)

    def update(self) -> None:
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
            f"<p><b>{html.escape(entry.get('label', self.topic.value))}</b>: {self.mentions()} sentences "
            f"match {len(entry['phrases'])} phrases.</p>"
        )
        self._show(frame, chart, text, table=False)
        self._table.value = _table(shown, self.rows)


#: Background colours of the differences in :func:`side_by_side` (Tol's light scheme).
DIFFERENCE_COLOURS = {"reading mark": "#EEDD88", "punctuation": "#99DDFF", "segmentation": "#FFAABB", "wording": "#EE8866"}


def _segment(text: str, label: str | None) -> str:
    if label is None:
        return html.escape(text).replace("\n", "<br>")
    if not text:
        return ""
    shown = html.escape(text).replace("\n", "¶<br>")
    colour = DIFFERENCE_COLOURS.get(label, "#DDDDDD")
    return f'<mark title="{html.escape(label)}" style="background:{colour}">{shown}</mark>'


def side_by_side(collation: pd.DataFrame, titles: tuple[str, str] = ("first copy", "second copy")) -> str:
    """Two copies in two columns, each difference highlighted and labelled (text escaped).

    ``collation`` comes from ``kit.duplicates.collate`` (and ``classify``, for labels).

    >>> from kit import duplicates
    >>> page = side_by_side(duplicates.classify(duplicates.collate("a <b>(c)</b>", "a <b>c</b>")))
    >>> page.count("<mark"), "&lt;b&gt;" in page, "<b>" in page
    (2, True, False)
    """
    left, right = [], []
    for row in collation.itertuples(index=False):
        label = None if row.op == "equal" else (getattr(row, "difference", None) or row.op)
        left.append(_segment(row.a, label))
        right.append(_segment(row.b, label))
    cell = '<td style="vertical-align:top;text-align:left;width:50%">'
    return (
        '<table style="width:100%;table-layout:fixed"><tr>'
        + "".join(f"<th>{html.escape(t)}</th>" for t in titles)
        + f"</tr><tr>{cell}{''.join(left)}</td>{cell}{''.join(right)}</td></tr></table>"
    )


class ThresholdExplorer(_View):
    """Move the threshold: which pairs of turns or exchanges count as copies?

    >>> import kit
    >>> view = ThresholdExplorer(kit.load().exchanges)
    >>> view.threshold.value = 0.005
    >>> len(view.frame) > 1
    True
    >>> view.threshold.value = 0.8
    >>> view.frame[["a", "b"]].values.tolist()
    [[4, 5]]
    """

    def __init__(self, frame: pd.DataFrame, threshold: float = 0.8) -> None:
        pairs = duplicates.similarities(frame)
        self.pairs = pairs[pairs["a"] < pairs["b"]].sort_values("similarity", ascending=False).reset_index(drop=True)
        self.threshold = widgets.FloatSlider(value=threshold, min=0.0, max=1.0, step=0.01, description="Threshold", readout_format=".2f")
        super().__init__([self.threshold])
        self._watch(self.threshold)
        self.update()

    def update(self) -> None:
        cut = self.threshold.value
        flagged = self.pairs[self.pairs["similarity"] >= cut].reset_index(drop=True)
        shown = flagged.head(8)
        named = ", ".join(f"{a} and {b}" for a, b in zip(shown["a"], shown["b"], strict=True)) or "none"
        rest = self.pairs.loc[self.pairs["similarity"] < cut, "similarity"]
        text = (
            f"<p>At {cut:.2f}: {len(flagged)} of {len(self.pairs)} pairs flagged ({html.escape(named)}"
            f"{', ...' if len(flagged) > 8 else ''}). The most similar pair left out scores "
            f"{rest.max() if len(rest) else float('nan'):.3f}.</p>"
        )
        self._show(flagged, charts.threshold(self.pairs, cut), text)


class CopyComparer(_View):
    """Pick a pair of copies: the two side by side, every difference highlighted and labelled.

    >>> import kit
    >>> view = CopyComparer(kit.load())
    >>> view.pair.value = (11, 13)
    >>> view.frame["difference"].value_counts().to_dict()
    {'reading mark': 3, 'punctuation': 1}
    """

    def __init__(self, corpus: Corpus) -> None:
        self._turns = corpus.turns
        found = duplicates.find(corpus.turns)
        speakers = corpus.turns.set_index("turn_id")["speaker"]
        kinds = corpus.turns.set_index("turn_id")["kind"]
        options = [
            (f"turns {a} and {b} ({speakers[a]}, {kinds[a]}, lines {la} and {lb})", (int(a), int(b)))
            for a, b, la, lb in found[["earlier", "later", "earlier_line", "later_line"]].itertuples(index=False)
        ]
        self.pair = widgets.Dropdown(options=options, description="Copies", layout={"width": "40em"})
        super().__init__([self.pair])
        self._watch(self.pair)
        self.update()

    def update(self) -> None:
        if self.pair.value is None:
            self._show(pd.DataFrame(), None, "<p>No copies found in this transcript.</p>")
            return
        a, b = self.pair.value
        collation = duplicates.classify(duplicates.collate_turns(self._turns, a, b))
        differences = collation[collation["op"] != "equal"].reset_index(drop=True)
        counts = differences["difference"].value_counts().reindex(list(duplicates.DIFFERENCES), fill_value=0)
        summary = ", ".join(f"{n} {label}{'s' * (n != 1)}" for label, n in counts.items() if n)
        absent = [label for label, n in counts.items() if not n]
        text = (
            f"<p>{len(differences)} differences: {html.escape(summary or 'none')}"
            + (f"; no {', no '.join(absent)} differences" if absent else "")
            + ". Rest the pointer on a highlight to see its label.</p>"
            + side_by_side(collation, (f"turn {a} (first copy)", f"turn {b} (later copy)"))
        )
        table = counts.rename_axis("difference").reset_index(name="count")
        chart = charts.bar(table, "count", "difference", x_title="differences", y_title="kind of difference",
                           title="What differs between the copies")  # fmt: skip
        self._show(differences[["op", "a", "b", "a_line", "b_line", "difference"]], chart, text, table=False)


class TranscriptLoader(_View):
    """Bring your own transcript: upload a file or paste text, and see how the kit reads it.

    ``corpus`` is the transcript read last (at first the bundled Geneva source). The
    tabs show the lines that are not speech (with their numbers), then the speaker,
    exchange, rhetoric, topic and copy views, rebuilt for each new transcript. ``frame``
    is the table of lines that are not speech. A file that cannot be read leaves the
    last transcript in place and says why, in plain words.

    >>> view = TranscriptLoader()
    >>> view.text.value = "Question: Why?\\nVladimir Putin: Because.\\n(Applause.)"
    >>> view.read.click()
    >>> view.frame[["line", "kind"]].values.tolist(), len(view.corpus.turns)
    ([[3, 'stage']], 2)
    >>> view.load_bytes("Вопрос".encode("cp1251"), "mine.txt")
    >>> "mine.txt, line 1: not UTF-8 text" in view.html
    True
    """

    def __init__(self, corpus: Corpus | None = None) -> None:
        self.corpus = load() if corpus is None else corpus
        self.upload = widgets.FileUpload(accept=".txt,.md,text/plain", multiple=False, description="Upload a file")
        self.text = widgets.Textarea(placeholder="...or paste a transcript here", layout={"width": "40em", "height": "8em"})
        self.read = widgets.Button(description="Read the pasted text")
        self.tabs = widgets.Tab()
        self.views: dict[str, _View] = {}
        super().__init__([widgets.VBox([self.upload, self.read]), self.text])
        self.ui.children = (*self.ui.children, self.tabs)
        self.upload.observe(lambda change: self._uploaded(change["new"]), names="value")
        self.read.on_click(lambda button: self.load_text(self.text.value, "pasted text"))
        self._loaded(f"Showing the bundled Geneva transcript ({html.escape(self.corpus.source)}). Upload or paste your own.")

    def _uploaded(self, files: tuple) -> None:
        if files:
            self.load_bytes(bytes(files[0]["content"]), files[0]["name"])

    def load_bytes(self, data: bytes, name: str) -> None:
        """Read a transcript from the bytes of a file called ``name``."""
        try:
            text = decode(data, name)
        except TranscriptError as error:
            self._failed(error)
            return
        self.load_text(text, name)

    def load_text(self, text: str, name: str = "pasted text") -> None:
        """Read a transcript from text."""
        try:
            corpus = parse_text(text, source=name)
        except TranscriptError as error:
            self._failed(error)
            return
        self.corpus = corpus
        self._loaded(f"Read {html.escape(name)}.")

    def _failed(self, error: TranscriptError) -> None:
        self.html = self._text.value = (
            f"<p><b>Could not read it:</b> {html.escape(str(error))}</p><p>Still showing {html.escape(self.corpus.source)}.</p>"
        )

    def _loaded(self, lead: str) -> None:
        corpus = self.corpus
        other = corpus.lines[~corpus.lines["kind"].isin(["speech", "blank"])][["line", "kind", "text"]].reset_index(drop=True)
        summary = (
            f"<p>{lead} {len(corpus.documents)} documents, {len(corpus.turns)} speaker turns, "
            f"{len(corpus.exchanges)} exchanges, {len(corpus.lines)} lines, of which {len(other)} are not speech "
            f"(first tab).</p>"
        )
        self.views = {}
        if len(corpus.turns):
            self.views["Speakers"] = SpeakerExplorer(corpus)
        if len(corpus.exchanges):
            self.views["Exchanges"] = ExchangeViewer(corpus)
        sentences = corpus.deduplicated().sentences
        if sentences["turn_kind"].isin(["answer", "statement"]).any():
            self.views["Rhetoric"] = FeatureHighlighter(sentences)
        if len(sentences):
            self.views["Topics"] = TopicEditor(sentences)
            self.views["Copies"] = CopyComparer(corpus)
        lines = widgets.HTML(_table(other, 200) or "<p>Every line was read as speech.</p>")
        self.tabs.children = [lines, *(view.ui for view in self.views.values())]
        for k, title in enumerate(["Lines not speech", *self.views]):
            self.tabs.set_title(k, title)
        self._show(other, None, summary, table=False)
