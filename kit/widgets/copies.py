"""Duplicated passages: move a threshold, compare two copies side by side."""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from kit import charts, duplicates
from kit.corpus import Corpus
from kit.similarity import THRESHOLD
from kit.widgets.base import View, fit
from kit.words import plural

__all__ = ["DIFFERENCE_COLOURS", "side_by_side", "ThresholdExplorer", "CopyComparer"]


#: Background colours of the differences in :func:`side_by_side` (Tol's light scheme), one per kind of difference.
DIFFERENCE_COLOURS = dict(zip(duplicates.DIFFERENCES, ("#EEDD88", "#99DDFF", "#FFAABB", "#EE8866"), strict=True))


def _segment(text: str, label: str | None) -> str:
    """One piece of a copy as HTML, escaped: plain if equal, else highlighted in its difference's colour."""
    if label is None:
        return html.escape(text).replace("\n", "<br>")
    if not text:
        return ""
    shown = html.escape(text).replace("\n", "¶<br>")
    colour = DIFFERENCE_COLOURS.get(label, "#DDDDDD")
    return f'<mark title="{html.escape(label)}" style="background:{colour}">{shown}</mark>'


def side_by_side(collation: pd.DataFrame, titles: tuple[str, str] = ("first copy", "second copy")) -> str:
    """Two copies in two columns, each difference highlighted and labelled (text escaped).

    Args:
        collation: what ``kit.duplicates.collate`` returns (through ``classify``, for the
            differences' labels; else each is labelled by its ``op``).
        titles: the two columns' headings.

    Returns:
        An HTML table of two cells, the copies' text escaped, a line break one copy has
        and the other does not shown as ``¶``.

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


def key() -> str:
    """The colours of the differences, each named (so no label is hover-only).

    Returns:
        HTML: one coloured, named swatch per kind of difference in :data:`DIFFERENCE_COLOURS`.

    >>> key().count("<span"), "<mark" in key()
    (4, False)
    """
    return (
        " ".join(
            f'<span style="background:{colour};padding:0 4px;margin-right:6px">{html.escape(label)}</span>'
            for label, colour in DIFFERENCE_COLOURS.items()
        )
        + " (a ¶ marks a line break one copy has and the other does not)"
    )


class ThresholdExplorer(View):
    """Move the threshold: which pairs of turns or exchanges count as copies?

    ``slider`` is the threshold's control; ``pairs`` every pair once (``a < b``), most
    similar first; ``frame`` the pairs at or above the threshold.

    Args:
        frame: turns or exchanges (``kit.Corpus.turns``, ``kit.Corpus.exchanges``).
        threshold: where the slider starts.

    >>> import kit
    >>> explorer = ThresholdExplorer(kit.load().exchanges)
    >>> explorer.slider.value = 0.005
    >>> len(explorer.frame) > 1
    True
    >>> explorer.slider.value = 0.8
    >>> explorer.frame[["a", "b"]].values.tolist()
    [[4, 5]]
    """

    def __init__(self, frame: pd.DataFrame, threshold: float = THRESHOLD) -> None:
        self.pairs = duplicates.ranked_pairs(frame)
        self.slider = fit(
            widgets.FloatSlider(
                value=threshold, min=0.0, max=1.0, step=0.01, description="Threshold", readout_format=".2f"
            ),
            "30em",
        )
        super().__init__([self.slider])
        self._watch(self.slider)
        self.update()

    def update(self) -> None:
        """Show the pairs at or above the slider's value, named, and the threshold chart."""
        cut = self.slider.value
        marked = duplicates.flag_pairs(self.pairs, cut)
        flagged = marked[marked["flagged"]].drop(columns="flagged").reset_index(drop=True)
        shown = flagged.head(8)
        named = ", ".join(f"{a} and {b}" for a, b in zip(shown["a"], shown["b"], strict=True)) or "none"
        rest = marked.loc[~marked["flagged"], "similarity"]
        text = (
            f"<p>At {cut:.2f}: {len(flagged)} of {plural(len(self.pairs), 'pair')} flagged ({html.escape(named)}"
            f"{', ...' if len(flagged) > 8 else ''}). The most similar pair left out scores "
            f"{rest.max() if len(rest) else float('nan'):.3f}.</p>"
        )
        self._show(flagged, charts.threshold(self.pairs, cut), text)


class CopyComparer(View):
    """Pick a pair of copies: the two side by side, every difference highlighted and labelled.

    ``pair`` is the dropdown of copies (``kit.duplicates.copy_list``, its value
    ``(earlier, later)`` turn ids); ``frame`` the differences between the two.

    Args:
        corpus: a corpus whose turns have ``duplicate_of`` filled.

    >>> import kit
    >>> view = CopyComparer(kit.load())
    >>> view.pair.value = (11, 13)
    >>> view.frame["difference"].value_counts().to_dict()
    {'reading mark': 3, 'punctuation': 1}
    """

    def __init__(self, corpus: Corpus) -> None:
        self._turns = corpus.turns
        copies = duplicates.copy_list(corpus)
        options = [
            (
                f"turns {c.earlier} and {c.later} ({c.speaker}, {c.kind}, lines {c.earlier_line} and {c.later_line})",
                (int(c.earlier), int(c.later)),
            )
            for c in copies.itertuples(index=False)
        ]
        self.pair = fit(widgets.Dropdown(options=options, description="Copies"), "44em")
        super().__init__([self.pair])
        self._watch(self.pair)
        self.update()

    def update(self) -> None:
        """Collate the chosen pair, classify its differences, and show both copies and their count."""
        if self.pair.value is None:
            self._show(pd.DataFrame(), None, "<p>No copies found in this transcript.</p>")
            return
        a, b = self.pair.value
        collation = duplicates.classify(duplicates.collate_turns(self._turns, a, b))
        differences = collation[collation["op"] != "equal"].reset_index(drop=True)
        table = duplicates.count_differences(collation)
        counts = dict(zip(table["difference"], table["count"], strict=True))
        summary = ", ".join(plural(n, label) for label, n in counts.items() if n)
        absent = [label for label, n in counts.items() if not n]
        text = (
            f"<p>{plural(len(differences), 'difference')}: {html.escape(summary or 'none')}"
            + (f"; no {', no '.join(absent)} differences" if absent else "")
            + ".</p><p>Key: "
            + key()
            + "</p>"
            + side_by_side(collation, (f"turn {a} (first copy)", f"turn {b} (later copy)"))
        )
        chart = charts.bar(
            table,
            "count",
            "difference",
            x_title="differences",
            y_title="kind of difference",
            title="What differs between the copies",
        )
        self._show(differences[["op", "a", "b", "a_line", "b_line", "difference"]], chart, text, table=False)
