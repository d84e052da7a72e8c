"""Marks in the speech that someone other than the speaker put there, and who.

A transcript copied from the Kremlin's site onto a blog carries three hands besides the
speakers': the Kremlin's editors (``[of unresolved issues]``, ``<…>``, stage notes such
as ``(Laughter.)``), the interpreter (``(retranslated)`` in a label) and the blogger
(asides in round brackets glued to a word, a slash between words). :func:`reading_marks`
finds each mark and says whose it is, with the evidence, and whether the typography alone
is enough to tell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from kit.words import GAP_MARK

if TYPE_CHECKING:
    from kit.corpus import Corpus

__all__ = ["reading_marks"]

_MARK = re.compile(rf"\[[^\]\n]*\]|\([^()\n]*\)|(?<=\s)/(?=\s)|{GAP_MARK}")
_STAGE_WORDS = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+){0,4}\.")  # what a transcriber writes: (Laughter.), (Applause.)
_INTERPRETED = re.compile(r"translat|interpret", re.IGNORECASE)  # (retranslated), (through an interpreter)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,}")


def _judge(mark: str, before: str, after: str, blog_copy: bool) -> tuple[str, str, str, bool]:
    """(kind, layer, evidence, certain) for one mark found in speech."""
    if mark.startswith("["):
        return "editorial insertion", "kremlin", "square brackets: words the transcript's editors added", True
    if mark.startswith("<"):
        return "gap", "kremlin", "<…> marks a passage the editors left out", True
    if mark == "/":
        return "slash", "blog", "a slash between words is a reader's mark, not speech", True
    inner = mark[1:-1].strip()
    if before[-1:].isalnum() or after[:1].isalnum():
        return "aside", "blog", "the bracket is glued to a word: added by hand to a finished text", True
    if inner.startswith(",") or inner.endswith(","):
        return "aside", "blog", "the brackets close round a clause's own commas: added to mark it off", True
    if _STAGE_WORDS.fullmatch(inner):
        return "stage note", "kremlin", "a short capitalised note such as (Laughter.): the transcriber's", True
    if _ACRONYM.fullmatch(inner):
        return "abbreviation", "speech", "an abbreviation explained in the text itself", True
    if blog_copy:
        return "aside", "blog", "no typographic sign; this file is a blog copy with certain reading marks", False
    return "aside", "speech", "no typographic sign; nothing in this file shows another hand", False


def reading_marks(corpus: Corpus) -> pd.DataFrame:
    """Brackets, slashes and label notes in the speech, each with its line and layer.

    Args:
        corpus: the corpus (not changed).

    Returns:
        A new frame, one row per mark: ``line, turn_id, speaker, mark, kind, layer,
        evidence, certain`` (and ``source`` when the turns have one), in turn order.

    ``layer`` says who put the mark there: ``blog`` (the blogger's reading marks),
    ``kremlin`` (the transcript's editors: ``[...]``, ``<…>``, stage notes),
    ``interpreter`` (``(retranslated)`` in a label) or ``speech`` (part of the text).
    ``evidence`` says why, and ``certain`` is false where the typography alone cannot
    tell: a plain aside in round brackets is the blog's in a file that shows the blog's
    hand elsewhere (a blog header or footer, or a certain reading mark), otherwise the text's.

    >>> import kit
    >>> marks = reading_marks(kit.load())
    >>> marks.groupby("layer").size().to_dict()
    {'blog': 6, 'interpreter': 1, 'kremlin': 1}
    """
    turns = corpus.turns
    found = []
    for turn_id, speaker, text, first_line in turns[["turn_id", "speaker", "text", "first_line"]].itertuples(
        index=False
    ):
        for match in _MARK.finditer(text):
            before, after = text[max(0, match.start() - 1) : match.start()], text[match.end() : match.end() + 1]
            line = int(first_line) + text.count("\n", 0, match.start())
            found.append((line, turn_id, speaker, match.group(), before, after))
    kinds = set(corpus.lines["kind"])
    judged = [_judge(mark, before, after, False) for _, _, _, mark, before, after in found]
    blog_copy = bool({"blog_header", "blog_footer"} & kinds) or any(j[1] == "blog" and j[3] for j in judged)
    rows = [
        (line, turn_id, speaker, mark, *_judge(mark, before, after, blog_copy))
        for line, turn_id, speaker, mark, before, after in found
    ]
    noted = turns.dropna(subset=["label_note"])
    for turn_id, speaker, note, first_line in noted[["turn_id", "speaker", "label_note", "first_line"]].itertuples(
        index=False
    ):
        if _INTERPRETED.search(note):
            layer, evidence = "interpreter", "the label says the words come through the interpreter"
        else:  # where the speaker is from, or what they are: the transcript's editors
            layer, evidence = "kremlin", "the label adds who or where the speaker is: the transcript's editors"
        rows.append((int(first_line), turn_id, speaker, f"({note})", "label note", layer, evidence, True))
    columns = ["line", "turn_id", "speaker", "mark", "kind", "layer", "evidence", "certain"]
    marks = pd.DataFrame(rows, columns=columns)
    if "source" in turns.columns:  # line numbers are per source: say which
        marks["source"] = marks["turn_id"].map(dict(zip(turns["turn_id"], turns["source"], strict=True)))
    return marks.sort_values(["turn_id", "line"], kind="stable").reset_index(drop=True)
