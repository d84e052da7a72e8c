"""Rhetoric: words in context, flagged devices, labelling a sample, coding evasion."""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from kit import charts, exercises, rhetoric
from kit.airtime import answering_turns, speaker_totals
from kit.corpus import Corpus
from kit.kwic import kwic
from kit.widgets.base import View, fit, note, paragraphs, turn_html
from kit.words import plural

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
        speakers = speaker_totals(frame)["speaker"].tolist()
        self.term = fit(
            widgets.Text(value=term, description="Search", placeholder="a word or phrase", continuous_update=False),
            "20em",
        )
        self.regex = fit(widgets.Checkbox(value=False, description="regular expression", indent=False), "12em")
        self.speaker = fit(widgets.Dropdown(options=[_EVERYONE, *speakers], description="Speaker"), "20em")
        self.window = fit(widgets.IntSlider(value=8, min=2, max=20, description="Context words"), "24em")
        super().__init__([self.term, self.regex, self.speaker, self.window])
        self._watch(self.term, self.regex, self.speaker, self.window)
        self.update()

    def update(self) -> None:
        """Search for the term as typed, among the chosen speaker's sentences, and show each hit in context."""
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
    """Pick a device and an answer: the sentences the detector flags, highlighted, each with its cue.

    The flags come from ``kit.rhetoric.flag_devices`` (kept in ``flags``); the cues, and
    where they are in each sentence, from ``kit.rhetoric.matches`` (the chosen answer's,
    for the chosen device, in ``found``). In a highlighted sentence the cue is in bold,
    and ``device: cue`` is printed after it (and is its tooltip). ``frame`` holds the
    flagged sentences.

    The *Answer* list holds the answers only (statements when a transcript has no answers),
    and the view opens on the first answer with a flagged sentence (of the first device
    that flags any), so that the first thing a student sees is a highlight.

    Args:
        sentences: a sentences frame (``kit.Corpus.sentences``), usually deduplicated.
        cues: a cue list (``kit.rhetoric.load_cues``); by default the kit's.

    >>> import kit
    >>> view = FeatureHighlighter(kit.load().deduplicated().sentences)
    >>> len(view.frame) > 0, {kind for kind, _ in view.kinds()}
    (True, {'answer'})
    >>> view.device.value = "counter_accusation"; view.turn.value = 11
    >>> "Guantanamo" in view.frame["cues"].str.cat(), view.html.count("<mark") == len(view.frame)
    (True, True)
    >>> "<strong>Guantanamo</strong>" in view.html, sorted(set(view.found["device"]))
    (True, ['counter_accusation'])
    """

    def __init__(self, sentences: pd.DataFrame, cues: pd.DataFrame | None = None) -> None:
        self._sentences = sentences
        self._cues = cues
        self.flags = rhetoric.flag_devices(sentences, cues)
        self.found = pd.DataFrame()
        turns = answering_turns(sentences)
        answers = turns[turns["turn_kind"] == "answer"]
        self._turns = answers if len(answers) else turns  # a statement only where there is no answer
        options = [
            (
                f"turn {t.turn_id} · {t.speaker} · "
                f"{f'exchange {int(t.exchange_id)}' if pd.notna(t.exchange_id) else t.turn_kind} ({t.n_words} words)",
                int(t.turn_id),
            )
            for t in self._turns.itertuples(index=False)
        ]
        device, turn = self._first_flag()
        self.device = fit(
            widgets.Dropdown(
                options=[(charts.heading(d), d) for d in rhetoric.DEVICES], value=device, description="Device"
            ),
            "20em",
        )
        self.turn = fit(
            widgets.Dropdown(
                options=options,
                value=turn,
                description="Answer" if len(answers) or not len(turns) else "Statement",
            ),
            "36em",
        )
        super().__init__([self.device, self.turn])
        self._watch(self.device, self.turn)
        self.update()

    def kinds(self) -> list[tuple[str, int]]:
        """The kind of turn and the turn id of each choice of the *Answer* list, in order.

        Returns:
            ``(turn_kind, turn_id)`` pairs.
        """
        kind = dict(zip(self._turns["turn_id"], self._turns["turn_kind"], strict=True))
        return [(kind[turn], turn) for _, turn in self.turn.options]

    def _first_flag(self) -> tuple[str, int | None]:
        """The first device that flags a sentence of the listed turns, and the first such turn (else the first turn)."""
        listed = self.flags[self.flags["turn_id"].isin(self._turns["turn_id"])]
        for device in rhetoric.DEVICES:
            turns = listed.loc[listed[device].astype(bool), "turn_id"]
            if len(turns):
                return device, int(turns.min())
        first = self._turns["turn_id"]
        return rhetoric.DEVICES[0], int(first.iloc[0]) if len(first) else None

    def update(self) -> None:
        """Show the chosen answer with the sentences flagged for the chosen device highlighted, and the timeline."""
        device, turn = self.device.value, self.turn.value
        if turn is None:
            self._show(pd.DataFrame(), None, "<p>This transcript has no answers or statements by an official.</p>")
            return
        mine = self.flags[self.flags["turn_id"] == turn]
        flagged = mine[mine[device]]
        found = rhetoric.matches(flagged, self._cues)
        self.found = found[found["device"] == device].reset_index(drop=True)
        by_sentence = self.found.groupby("sentence_id", sort=False)
        notes = {sid: "; ".join(rhetoric.cue_notes(rows)) for sid, rows in by_sentence}
        marks = {sid: notes.get(sid, charts.heading(device)) for sid in flagged["sentence_id"]}  # a question: no cue
        spans = {sid: list(zip(rows["start"], rows["end"], strict=True)) for sid, rows in by_sentence}
        lead = (
            f"<p>{len(flagged)} of {plural(len(mine), 'sentence')} flagged as <b>{html.escape(charts.heading(device))}</b>; "
            "the cue that raised each flag is in bold, and printed after the sentence.</p>"
        )
        text = lead + paragraphs(self._sentences[self._sentences["turn_id"] == turn], marks, spans)
        chart = charts.timeline(self.flags[self.flags["speaker"].isin(set(mine["speaker"]))], [device])
        self._show(flagged[["sentence_id", "line", "text", "cues"]].reset_index(drop=True), chart, text, table=False)


#: The question a labeller asks about each sentence, per device.
QUESTIONS = {
    "question_in_answer": "ask a question in an answer or statement",
    "hedge": "really hedge (soften a claim: I think, perhaps, as far as I know)",
    "booster": "really boost a claim (stress certainty: of course, absolutely, obviously)",
    "enumeration": "number its points (first, second, third)",
    "direct_address": "address the listener directly (Listen, Look, You see)",
    "appeal_to_law": "appeal to a law, treaty or agreement",
    "numbers": "give a figure",
    "counter_accusation": "answer an accusation with one (and what about you?)",
}


class SampleLabeller(View):
    """Label a sample of sentences by hand, blind; precision and recall follow from the labels.

    Blind: the sentences come in a shuffled order (the same for the same ``seed``), so
    their order says nothing about the flags, and the detector's verdict on a sentence
    (flagged or not, and the cue) appears beside it only once you have labelled it. The
    view does not print precision and recall: computing them is the exercise.

    ``labelled`` is the sample in the order shown, with ``label`` filled from the buttons;
    ``scores`` holds what the labels give (``kit.rhetoric.precision_recall``), for the
    check and the tests.

    >>> sample = pd.DataFrame({"sentence_id": [1, 2], "speaker": ["A", "A"], "text": ["I think so.", "Yes."],
    ...                        "cues": ["hedge: I think", ""], "flagged": [True, False], "label": [None, None]})
    >>> view = SampleLabeller(sample, device="hedge")
    >>> "flagged" in view.verdicts[0].value
    False
    >>> for button, flagged in zip(view.buttons, view.labelled["flagged"]):
    ...     button.value = "yes" if flagged else "no"
    >>> view.scores["precision"], view.scores["recall"], "hedge: I think" in "".join(v.value for v in view.verdicts)
    (1.0, 1.0, True)
    """

    rows = 0
    _VALUES = {"?": pd.NA, "yes": True, "no": False}

    def __init__(self, sample: pd.DataFrame, device: str | None = None, seed: int = 0) -> None:
        self._sample = sample.sample(frac=1, random_state=seed).reset_index(drop=True)
        self.device = device
        self.buttons = []
        self.verdicts = []
        rows = []
        for text in self._sample["text"]:
            button = widgets.ToggleButtons(
                options=[("not yet", "?"), ("yes", "yes"), ("no", "no")],
                value="?",
                style={"button_width": "5.5em"},
                layout=widgets.Layout(width="19em", flex="0 0 auto"),
            )
            button.add_class("kit-labels")
            verdict = widgets.HTML()
            sentence = widgets.VBox(
                [widgets.HTML(html.escape(text)), verdict], layout=widgets.Layout(flex="1 1 auto", width="auto")
            )
            self.buttons.append(button)
            self.verdicts.append(verdict)
            rows.append(widgets.HBox([button, sentence], layout=widgets.Layout(align_items="flex-start", width="100%")))
        super().__init__([])
        question = QUESTIONS.get(device or "", "use the device")
        lead = widgets.HTML(
            f"<p><b>Does each sentence {html.escape(question)}?</b> Choose <i>yes</i> or <i>no</i>. "
            "Once you have, the detector's verdict appears beside the sentence.</p>"
        )
        self.ui.children = (self._style, lead, *rows, self._text)
        self._watch(*self.buttons)
        self.update()

    @property
    def labelled(self) -> pd.DataFrame:
        """The sample with the student's labels so far.

        Returns:
            A new frame: the sample with ``label`` (true, false, or missing while unlabelled).
        """
        labels = pd.array([self._VALUES[b.value] for b in self.buttons], dtype="boolean")
        return self._sample.assign(label=labels)

    def update(self) -> None:
        """Score the labels so far against the cues (precision and recall) and show them."""
        labelled = self.labelled
        self.scores = rhetoric.precision_recall(labelled)
        for button, verdict, flagged, cues in zip(
            self.buttons, self.verdicts, labelled["flagged"], labelled["cues"], strict=True
        ):
            if button.value == "?":
                verdict.value = ""
            elif flagged:
                verdict.value = "<small>detector: <b>flagged</b></small>" + (note(cues) if cues else "")
            else:
                verdict.value = "<small>detector: not flagged</small>"
        done = len(labelled) - self.scores["unlabelled"]
        text = f"<p>{done} of {len(labelled)} labelled.</p>"
        if done == len(labelled):
            text = (
                f"<p>All {len(labelled)} labelled. Count where you and the detector agree and disagree, "
                "then compute precision and recall (in code, the labels are in <code>labelled</code>).</p>"
            )
        self._show(labelled, None, text, table=False)


class EvasionCoder(View):
    """Code each sub-question of an exchange as clear reply, ambivalent or clear non-reply.

    ``answer`` is the coding as a ``{number: code}`` dict; the button checks it against the
    instructor's key (``kit.exercises.check``) and keeps the outcome in ``result``.
    *The answer*, above the sub-questions, gives every turn of the exchange after the
    question, in order and each with its speaker (a journalist's follow-up
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
            widgets.Dropdown(
                options=[self._NONE, *rhetoric.EVASION_CODES], layout=widgets.Layout(width="12em", flex="0 0 auto")
            )
            for _ in range(len(self._asked))
        ]
        self.check = widgets.Button(
            description="Check my coding", disabled=exercise is None, layout=widgets.Layout(width="14em")
        )
        self.check.on_click(lambda button: self._check())
        super().__init__([])
        rows = [
            widgets.HBox(
                [
                    code,
                    widgets.HTML(f"<b>{n}.</b> {html.escape(q)}", layout=widgets.Layout(flex="1 1 auto", width="auto")),
                ],
                layout=widgets.Layout(align_items="center", width="100%"),
            )
            for code, n, q in zip(self.codes, self._asked["number"], self._asked["question"], strict=True)
        ]
        turns = corpus.turns[corpus.turns["exchange_id"] == exchange].sort_values("first_line")
        self.replies = turns.iloc[1:].reset_index(drop=True)  # after the question: a follow-up is context too
        self.replies_html = "".join(turn_html(turn, corpus.sentences) for _, turn in self.replies.iterrows())
        answer = widgets.HTML(f"<details><summary>The answer, turn by turn</summary>{self.replies_html}</details>")
        self.ui.children = (self._style, answer, *rows, self.check, self._text)
        self._watch(*self.codes)
        self.update()

    @property
    def answer(self) -> dict[int, str]:
        """The codes chosen so far.

        Returns:
            ``{sub-question number: code}`` for each sub-question coded.
        """
        return {
            int(n): c.value for n, c in zip(self._asked["number"], self.codes, strict=True) if c.value != self._NONE
        }

    def _check(self) -> None:
        self.result = exercises.check(self.exercise, self.answer or None)
        self._text.value = self.html = self.result._repr_html_()

    def update(self) -> None:
        """Show the sub-questions with their codes, and how many are coded."""
        frame = self._asked[["number", "line", "question"]].assign(code=[c.value for c in self.codes])
        self._show(frame, None, f"<p>{len(self.answer)} of {len(frame)} coded.</p>", table=False)
