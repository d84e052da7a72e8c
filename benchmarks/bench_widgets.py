"""How long one widget interaction takes on the Geneva source (target: median under 100 ms).

An interaction is what a student does: pick another value in a drop-down, type a search
term, click a button. Each is timed from setting the value to the view holding its new
frame, chart and HTML, chart JSON included (what the notebook receives). Widgets are
built once, as in a notebook; building is reported separately.
"""

from __future__ import annotations

import itertools
import statistics
import time

import kit
from kit import widgets

ROUNDS = 5


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    corpus = kit.load()
    dedup = corpus.deduplicated()
    sentences = dedup.sentences
    builders = {
        "SpeakerExplorer": lambda: widgets.SpeakerExplorer(corpus),
        "ExchangeViewer": lambda: widgets.ExchangeViewer(corpus),
        "KwicSearch": lambda: widgets.KwicSearch(sentences),
        "FeatureHighlighter": lambda: widgets.FeatureHighlighter(sentences),
        "TopicEditor": lambda: widgets.TopicEditor(sentences),
        "EvasionCoder": lambda: widgets.EvasionCoder(corpus, exchange=3),
        "ThresholdExplorer": lambda: widgets.ThresholdExplorer(corpus.turns),
        "CopyComparer": lambda: widgets.CopyComparer(corpus),
    }
    built, views = {}, {}
    for name, build in builders.items():
        start = time.perf_counter()
        views[name] = build()
        built[name] = time.perf_counter() - start
    speaker, exchange, search = views["SpeakerExplorer"], views["ExchangeViewer"], views["KwicSearch"]
    highlight, editor, coder = views["FeatureHighlighter"], views["TopicEditor"], views["EvasionCoder"]
    explorer, comparer = views["ThresholdExplorer"], views["CopyComparer"]

    def set_value(control, values):
        cycle = itertools.cycle(values)
        return lambda: setattr(control, "value", next(cycle))

    def add_or_remove():  # alternately: type a phrase and add it, select it and remove it
        if "summit" in editor.dictionary[editor.topic.value]["phrases"]:
            editor.phrases.value = "summit"
            editor.remove.click()
        else:
            editor.phrase.value = "summit"
            editor.add.click()

    actions = {
        "SpeakerExplorer: speaker": set_value(speaker.speaker, [o for o in speaker.speaker.options]),
        "SpeakerExplorer: copy box": set_value(speaker.leave_out_copy, [False, True]),
        "ExchangeViewer: exchange": set_value(exchange.exchange, [v for _, v in exchange.exchange.options]),
        "KwicSearch: term": set_value(search.term, ["law", "Russia", "cyber", "you", "killer"]),
        "KwicSearch: regex on, term, off (3)": lambda: (
            setattr(search.regex, "value", True),
            setattr(search.term, "value", r"\bwe\b|\bthey\b"),
            setattr(search.regex, "value", False),
        ),
        "FeatureHighlighter: device": set_value(highlight.device, [v for _, v in highlight.device.options]),
        "FeatureHighlighter: answer": set_value(highlight.turn, [v for _, v in highlight.turn.options]),
        "TopicEditor: topic": set_value(editor.topic, [v for _, v in editor.topic.options]),
        "TopicEditor: add or remove a phrase": add_or_remove,
        "EvasionCoder: code + check": lambda: (setattr(coder.codes[0], "value", "ambivalent"), coder.check.click()),
        "ThresholdExplorer: threshold": set_value(explorer.slider, [0.8, 0.5, 0.1, 0.03, 0.01]),
        "CopyComparer: pair": set_value(comparer.pair, [v for _, v in comparer.pair.options]),
    }
    print(f"{'widget built':40s} {'ms':>8s}")
    for name, seconds in built.items():
        print(f"{name:40s} {seconds * 1000:8.1f}")
    print()
    print(f"{'interaction':40s} {'median':>8s} {'max':>8s}  (ms, {ROUNDS * 4} runs each)")
    medians = []
    for name, action in actions.items():
        action()  # warm
        times = [timed(action) for _ in range(ROUNDS * 4)]
        medians.append(statistics.median(times))
        print(f"{name:40s} {statistics.median(times):8.1f} {max(times):8.1f}")
    print(f"\nslowest median interaction {max(medians):.1f} ms (target < 100 ms)")


if __name__ == "__main__":
    main()
