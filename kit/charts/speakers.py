"""Who speaks and at what length: the bar chart, words by speaker, question and answer lengths."""

from __future__ import annotations

import altair as alt
import pandas as pd

from kit.airtime import speaker_totals
from kit.charts.base import PALETTE, SVG, colour_scale, count_axis, heading, inline_data, shorten, tips, top_row
from kit.words import plural

__all__ = ["MOST_TURNS", "bar", "words_by_speaker", "words_per_turn", "lengths"]


def bar(
    frame: pd.DataFrame,
    x: str,
    y: str,
    color: str | None = None,
    tooltip: list[str | alt.Tooltip] | None = None,
    x_title: str | None = None,
    y_title: str | None = None,
    title: str = "",
    description: str | None = None,
) -> alt.Chart:
    """A horizontal bar chart: one bar per value of ``y``, length ``x``, longest first.

    Args:
        frame: one row per bar.
        x: the numeric column giving each bar's length.
        y: the column naming each bar.
        color: a column to colour the bars by (colours from :data:`kit.charts.PALETTE`).
        tooltip: the tooltip's fields (default: ``y`` and ``x``).
        x_title: the length axis's title (default: ``x`` in words).
        y_title: the bars' axis title (default: ``y`` in words).
        title: the chart's title.
        description: what a screen reader says; by default written from the data.

    Returns:
        A bar chart.

    >>> chart = bar(pd.DataFrame({"speaker": ["A", "B"], "words": [3, 5]}), "words", "speaker")
    >>> chart.to_dict()["mark"]["type"], chart.to_dict()["description"]
    ('bar', 'Bar chart of words for each of 2 speakers, longest first. The longest: B, 5.')
    """
    x_title, y_title = x_title or heading(x), y_title or heading(y)
    if description is None:
        description = f"Bar chart of {x_title} for each of {plural(len(frame), y_title)}, longest first."
        if len(frame):
            top = top_row(frame, x)
            description += f" The longest: {top[y]}, {top[x]:,}."
    encoding = {
        # length of the bar; counts get whole-number ticks
        "x": alt.X(
            f"{x}:Q",
            title=x_title,
            axis=count_axis(frame[x]) if pd.api.types.is_integer_dtype(frame[x]) else alt.Axis(),
        ),
        "y": alt.Y(f"{y}:N", sort="-x", title=y_title, axis=alt.Axis(labelLimit=320)),  # one bar each
        "tooltip": tips(*(tooltip or [f"{y}:N", alt.Tooltip(f"{x}:Q", title=x_title)])),
    }
    if color:
        encoding["color"] = alt.Color(f"{color}:N", scale=colour_scale(frame[color].tolist()), title=heading(color))
    return (
        alt.Chart(inline_data(frame), title=title)
        .mark_bar()
        .encode(**encoding)
        .properties(description=description, usermeta=SVG)
    )


def words_by_speaker(turns: pd.DataFrame) -> alt.Chart:
    """Words spoken by each speaker, coloured by role.

    Args:
        turns: a turns frame (``kit.Corpus.turns``).

    Returns:
        A bar chart, one bar per speaker, most words first.

    >>> import kit
    >>> spec = words_by_speaker(kit.load().deduplicated().turns).to_dict()
    >>> spec["encoding"]["x"]["title"]
    'words spoken'
    >>> spec["description"].split(". ", 1)[1]
    'Vladimir Putin speaks the most: 2,513 of 3,110 words (81%).'
    """
    totals = speaker_totals(turns)
    description = f"Bar chart of the words each of {plural(totals['speaker'].nunique(), 'speaker')} speaks, most first."
    if len(totals) and totals["words"].sum():
        top, total = totals.iloc[0], int(totals["words"].sum())
        description += (
            f" {top['speaker']} speaks the most: {int(top['words']):,} of {total:,} words ({top['words'] / total:.0%})."
        )
    return bar(
        totals,
        "words",
        "speaker",
        color="role",
        tooltip=[
            "speaker:N",
            "role:N",
            alt.Tooltip("words:Q", title="words spoken"),
            alt.Tooltip("turns:Q", title="turns"),
        ],
        x_title="words spoken",
        y_title="speaker",
        title="Who speaks, and how much",
        description=description,
    )


#: The most turns :func:`words_per_turn` draws (the longest, when a speaker has more): a chart a screen tall.
MOST_TURNS = 20


def words_per_turn(turns: pd.DataFrame) -> alt.Chart:
    """Words in each of a speaker's turns, one bar per turn, longest first (at most :data:`MOST_TURNS`).

    Args:
        turns: the turns to draw (one speaker's, say): ``turn_id, first_line, kind,
            n_words, text, speaker``.

    Returns:
        A bar chart; each bar is named by its turn and first line, and its tooltip shows
        how the turn begins.

    >>> import kit
    >>> turns = kit.load().turns
    >>> spec = words_per_turn(turns[turns["speaker"] == "Matthew Chance"]).to_dict()
    >>> spec["title"], spec["encoding"]["y"]["sort"]
    ('Matthew Chance: words per turn', '-x')
    """
    speakers = list(dict.fromkeys(turns["speaker"]))
    title = f"{', '.join(speakers) or 'No one'}: words per turn"
    if len(turns) > MOST_TURNS:  # a chart a screen tall: the longest turns, and the title says so
        title += f" (the {MOST_TURNS} longest of {len(turns)})"
        turns = turns.nlargest(MOST_TURNS, "n_words", keep="first").sort_index()
    frame = turns.assign(
        turn=[f"turn {t} (line {line})" for t, line in zip(turns["turn_id"], turns["first_line"], strict=True)],
        begins=shorten(turns["text"], 120),
    )[["turn", "kind", "n_words", "begins"]]
    return bar(
        frame,
        "n_words",
        "turn",
        tooltip=[
            "turn:N",
            "kind:N",
            alt.Tooltip("n_words:Q", title="words in the turn"),
            alt.Tooltip("begins:N", title="begins"),
        ],
        x_title="words in the turn",
        y_title="turn",
        title=title,
    )


def lengths(exchanges: pd.DataFrame, selected: int | None = None) -> alt.Chart:
    """Question length against answer length, one point per exchange (``selected`` ringed).

    Args:
        exchanges: an exchanges frame (``kit.Corpus.exchanges``).
        selected: the ``exchange_id`` to ring, if any.

    Returns:
        A scatter plot; later copies in a colour of their own.

    >>> import kit
    >>> spec = lengths(kit.load().exchanges, selected=3).to_dict()
    >>> spec["mark"]["type"], spec["encoding"]["strokeWidth"]["condition"]["value"]  # the ring
    ('circle', 3)
    """
    data = exchanges.assign(
        question_start=shorten(exchanges["question"]),
        copy=exchanges["duplicate_of"].notna().map({True: "a later copy", False: "first or only copy"}),
    )[["exchange_id", "questioner", "affiliation", "question_words", "answer_words", "question_start", "copy"]]
    description = (
        f"Scatter plot of {plural(len(data), 'exchange')}: words in the question across, words in the answer up."
    )
    if len(data):
        top = top_row(data, "answer_words")
        description += (
            f" The longest answer, {int(top['answer_words']):,} words, is exchange {int(top['exchange_id'])}, "
            f"to a question of {int(top['question_words']):,} words by {top['questioner']}."
        )
    if selected is not None:
        description += f" Exchange {int(selected)} is ringed."
    ring = alt.datum.exchange_id == (-1 if selected is None else int(selected))
    return (
        alt.Chart(inline_data(data), title="How long are the questions, and how long the answers?")
        .mark_circle(size=140, opacity=0.85, stroke="black")
        .encode(
            x=alt.X("question_words:Q", title="words in the question"),
            y=alt.Y("answer_words:Q", title="words in the answer"),
            color=alt.Color(
                "copy:N",
                scale=alt.Scale(domain=["first or only copy", "a later copy"], range=PALETTE[:2]),
                title="copy",
            ),
            strokeWidth=alt.StrokeWidthValue(
                0, condition=alt.ConditionalPredicateValueDefnumberExprRef(test=ring, value=3)
            ),
            tooltip=tips(
                "exchange_id:O",
                "questioner:N",
                "affiliation:N",
                "question_words:Q",
                "answer_words:Q",
                alt.Tooltip("question_start:N", title="question"),
            ),
        )
        .properties(description=description, usermeta=SVG)
    )
