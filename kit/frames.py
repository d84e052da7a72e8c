"""Turn the parser's records into tidy pandas DataFrames (records -> frames).

The second stage. Column names and dtypes come from :mod:`kit.schema`; ``duplicate_of``
is filled here with :func:`kit.similarity.near_duplicates`.
"""

from __future__ import annotations

from bisect import bisect_right

import pandas as pd

from kit.parse import Parsed
from kit.schema import SCHEMA
from kit.sentences import count_words, is_question, split_sentences
from kit.similarity import near_duplicates

__all__ = ["build", "frame", "DUPLICATE_THRESHOLD"]

#: Jaccard similarity of word 3-grams above which a turn or exchange is a copy.
DUPLICATE_THRESHOLD = 0.8


def frame(name: str, data: dict[str, list]) -> pd.DataFrame:
    """Build the frame ``name`` from columns, in schema order and with schema dtypes.

    >>> frame("lines", {"line": [1], "text": ["Hi"], "kind": ["speech"],
    ...                 "doc_id": [1], "turn_id": [None]}).dtypes["turn_id"]
    Int64Dtype()
    """
    schema = SCHEMA[name]
    result = pd.DataFrame({c.name: data[c.name] for c in schema})
    for column in schema:
        if column.dtype.startswith("datetime"):
            result[column.name] = pd.to_datetime(result[column.name]).astype(column.dtype)
        else:
            result[column.name] = result[column.name].astype(column.dtype)
    return result


def build(parsed: Parsed) -> dict[str, pd.DataFrame]:
    """All five frames of a parsed source, keyed by name.

    >>> from kit.parse import parse_lines
    >>> frames = build(parse_lines(["Question: Why?", "Vladimir Putin: Because."]))
    >>> frames["turns"][["speaker", "kind", "text"]].values.tolist()
    [['Unnamed journalist', 'question', 'Why?'], ['Vladimir Putin', 'answer', 'Because.']]
    """
    turns = parsed.turns
    n_words = [count_words(t.text) for t in turns]
    turn_dups: list[int | None] = [None] * len(turns)
    for earlier, later, _ in near_duplicates([t.text for t in turns], DUPLICATE_THRESHOLD):
        turn_dups[later] = turns[earlier].turn_id
    turn_frame = frame(
        "turns",
        {
            "turn_id": [t.turn_id for t in turns],
            "doc_id": [t.doc_id for t in turns],
            "exchange_id": [t.exchange_id for t in turns],
            "speaker": [t.speaker for t in turns],
            "speaker_label": [t.label.name for t in turns],
            "label_note": [t.label.note for t in turns],
            "speaker_source": [t.speaker_source for t in turns],
            "role": [t.role for t in turns],
            "affiliation": [t.affiliation for t in turns],
            "kind": [t.kind for t in turns],
            "text": [t.text for t in turns],
            "first_line": [t.lines[0] + 1 for t in turns],
            "last_line": [t.lines[-1] + 1 for t in turns],
            "n_words": n_words,
            "duplicate_of": turn_dups,
        },
    )
    return {
        "documents": _documents(parsed, n_words),
        "turns": turn_frame,
        "exchanges": _exchanges(parsed),
        "sentences": _sentences(parsed),
        "lines": frame(
            "lines",
            {
                "line": range(1, len(parsed.lines) + 1),
                "text": parsed.lines,
                "kind": parsed.kinds,
                "doc_id": parsed.doc_of,
                "turn_id": parsed.turn_of,
            },
        ),
    }


def _documents(parsed: Parsed, n_words: list[int]) -> pd.DataFrame:
    docs = parsed.documents
    turns_in = {d.doc_id: 0 for d in docs}
    words_in = {d.doc_id: 0 for d in docs}
    for turn, words in zip(parsed.turns, n_words, strict=True):
        turns_in[turn.doc_id] += 1
        words_in[turn.doc_id] += words
    return frame(
        "documents",
        {
            "doc_id": [d.doc_id for d in docs],
            "title": [d.title for d in docs],
            "title_source": [d.title_source for d in docs],
            "start": [d.start for d in docs],
            "end": [d.end for d in docs],
            "place": [d.place for d in docs],
            "first_line": [d.first + 1 for d in docs],
            "last_line": [d.last + 1 for d in docs],
            "n_turns": [turns_in[d.doc_id] for d in docs],
            "n_words": [words_in[d.doc_id] for d in docs],
            "source": [parsed.source] * len(docs),
        },
    )


def _exchanges(parsed: Parsed) -> pd.DataFrame:
    rows: dict[str, list] = {c.name: [] for c in SCHEMA["exchanges"]}
    texts = []
    for exchange in parsed.exchanges:
        asking = [t for t in exchange.turns if t.role in ("journalist", "audience")]
        answering = [t for t in exchange.turns if t.role not in ("journalist", "audience")]
        opener = exchange.turns[0]
        question = "\n".join(t.text for t in asking)
        answer = "\n".join(t.text for t in answering)
        rows["exchange_id"].append(exchange.exchange_id)
        rows["doc_id"].append(exchange.doc_id)
        rows["questioner"].append(opener.speaker)
        rows["affiliation"].append(opener.affiliation)
        rows["question"].append(question)
        rows["answer"].append(answer)
        rows["answered_by"].append("; ".join(dict.fromkeys(t.speaker for t in answering)) or None)
        rows["first_line"].append(opener.lines[0] + 1)
        rows["last_line"].append(exchange.turns[-1].lines[-1] + 1)
        rows["n_turns"].append(len(exchange.turns))
        rows["question_words"].append(count_words(question))
        rows["answer_words"].append(count_words(answer))
        texts.append(question + "\n" + answer)
    rows["duplicate_of"] = [None] * len(texts)
    for earlier, later, _ in near_duplicates(texts, DUPLICATE_THRESHOLD):
        rows["duplicate_of"][later] = parsed.exchanges[earlier].exchange_id
    return frame("exchanges", rows)


def _sentences(parsed: Parsed) -> pd.DataFrame:
    rows: dict[str, list] = {c.name: [] for c in SCHEMA["sentences"]}
    for turn in parsed.turns:
        starts = _line_starts(turn.text)
        for position, (offset, sentence) in enumerate(split_sentences(turn.text, parsed.wrapped), 1):
            rows["turn_id"].append(turn.turn_id)
            rows["doc_id"].append(turn.doc_id)
            rows["exchange_id"].append(turn.exchange_id)
            rows["speaker"].append(turn.speaker)
            rows["role"].append(turn.role)
            rows["turn_kind"].append(turn.kind)
            rows["position"].append(position)
            rows["line"].append(turn.lines[bisect_right(starts, offset) - 1] + 1)
            rows["text"].append(sentence)
            rows["n_words"].append(count_words(sentence))
            rows["is_question"].append(is_question(sentence))
    rows["sentence_id"] = list(range(1, len(rows["text"]) + 1))
    return frame("sentences", rows)


def _line_starts(text: str) -> list[int]:
    """Offsets in ``text`` where each of its lines starts."""
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts
