"""Turn the parser's records into tidy pandas DataFrames (records -> frames).

The second stage. Column names and dtypes come from :mod:`kit.schema`; ``duplicate_of``
is filled here with :func:`kit.similarity.near_duplicates`. Each turn's text is
tokenised once: the words give ``n_words`` and feed the duplicate index of turns and
of exchanges.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kit.parsing import Parsed
from kit.parsing.speakers import ASKING_KINDS
from kit.schema import SCHEMA
from kit.sentences import is_question, split_sentences
from kit.similarity import Vocabulary, near_duplicate_sets, shingle_sets
from kit.words import count_words, tokens

__all__ = ["build", "frame", "sentence_frame", "DUPLICATE_THRESHOLD"]

#: Jaccard similarity of word 3-grams above which a turn or exchange is a copy.
DUPLICATE_THRESHOLD = 0.8
#: Turns and exchanges shorter than this ("Thank you very much.") are never copies.
MIN_WORDS = 8


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
    """The documents, turns, exchanges and lines frames of a parsed source.

    Sentences are built on demand by :func:`sentence_frame` (see :class:`kit.Corpus`).

    >>> from kit.parsing import parse_lines
    >>> frames = build(parse_lines(["Question: Why?", "Vladimir Putin: Because."]))
    >>> frames["turns"][["speaker", "kind", "text", "n_words"]].values.tolist()
    [['Unnamed journalist', 'question', 'Why?', 1], ['Vladimir Putin', 'answer', 'Because.', 1]]
    """
    turns = parsed.turns
    vocabulary = Vocabulary()
    words = [vocabulary.ids(tokens(t.text)) for t in turns]
    n_words = [w.size for w in words]
    turn_dups: list[int | None] = [None] * len(turns)
    sets = shingle_sets(words)
    eligible = [n >= MIN_WORDS for n in n_words]
    for earlier, later, _ in near_duplicate_sets(sets, eligible, DUPLICATE_THRESHOLD):
        turn_dups[later] = turns[earlier].turn_id
    del sets
    turn_frame = frame(
        "turns",
        {
            "turn_id": [t.turn_id for t in turns],
            "doc_id": [t.doc_id for t in turns],
            "exchange_id": [t.exchange_id for t in turns],
            "speaker": [t.speaker for t in turns],
            "speaker_label": [t.label.name for t in turns],
            "speaker_title": [t.speaker_title for t in turns],
            "label_note": [t.label.note for t in turns],
            "speaker_source": [t.speaker_source for t in turns],
            "role": [t.role for t in turns],
            "role_source": [t.role_source for t in turns],
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
        "exchanges": _exchanges(parsed, words),  # the last use of words
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
    for turn, count in zip(parsed.turns, n_words, strict=True):
        turns_in[turn.doc_id] += 1
        words_in[turn.doc_id] += count
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


def _exchanges(parsed: Parsed, words: list[np.ndarray]) -> pd.DataFrame:
    rows: dict[str, list] = {c.name: [] for c in SCHEMA["exchanges"]}
    texts, eligible = [], []
    for exchange in parsed.exchanges:
        asking = [t for t in exchange.turns if t.kind in ASKING_KINDS]
        answering = [t for t in exchange.turns if t.kind not in ASKING_KINDS]
        opener = exchange.turns[0]
        rows["exchange_id"].append(exchange.exchange_id)
        rows["doc_id"].append(exchange.doc_id)
        rows["questioner"].append(opener.speaker)
        rows["affiliation"].append(opener.affiliation)
        rows["question"].append("\n".join(t.text for t in asking))
        rows["answer"].append("\n".join(t.text for t in answering))
        rows["answered_by"].append("; ".join(dict.fromkeys(t.speaker for t in answering)) or None)
        rows["first_line"].append(opener.lines[0] + 1)
        rows["last_line"].append(exchange.turns[-1].lines[-1] + 1)
        rows["n_turns"].append(len(exchange.turns))
        rows["question_words"].append(sum(words[t.turn_id - 1].size for t in asking))
        rows["answer_words"].append(sum(words[t.turn_id - 1].size for t in answering))
        texts.append(np.concatenate([words[t.turn_id - 1] for t in asking + answering]))
        eligible.append(texts[-1].size >= MIN_WORDS)
    rows["duplicate_of"] = [None] * len(texts)
    sets = shingle_sets(texts)
    del texts
    for earlier, later, _ in near_duplicate_sets(sets, eligible, DUPLICATE_THRESHOLD):
        rows["duplicate_of"][later] = parsed.exchanges[earlier].exchange_id
    return frame("exchanges", rows)


def sentence_frame(turns: pd.DataFrame, wrapped: bool = False) -> pd.DataFrame:
    """The sentences of a turns frame, each with the line it starts on.

    Does not change ``turns``.

    Args:
        turns: a turns frame (:attr:`kit.Corpus.turns`).
        wrapped: whether the source is hard-wrapped (paragraphs split by blank lines).

    >>> from kit import parse
    >>> sentence_frame(parse("Vladimir Putin: Who is responsible?\\nWho is the killer?").turns)[
    ...     ["sentence_id", "line", "text", "is_question"]].values.tolist()
    [[1, 1, 'Who is responsible?', True], [2, 2, 'Who is the killer?', True]]
    """
    rows: dict[str, list] = {c.name: [] for c in SCHEMA["sentences"]}
    columns = ["turn_id", "doc_id", "exchange_id", "speaker", "role", "kind", "text", "first_line"]
    for turn_id, doc_id, exchange_id, speaker, role, kind, text, first_line in turns[columns].itertuples(
        index=False
    ):
        line, searched = first_line, 0
        for position, (offset, sentence) in enumerate(split_sentences(text, wrapped), 1):
            line += text.count("\n", searched, offset)
            searched = offset
            rows["turn_id"].append(turn_id)
            rows["doc_id"].append(doc_id)
            rows["exchange_id"].append(exchange_id)
            rows["speaker"].append(speaker)
            rows["role"].append(role)
            rows["turn_kind"].append(kind)
            rows["position"].append(position)
            rows["line"].append(line)
            rows["text"].append(sentence)
            rows["n_words"].append(count_words(sentence))
            rows["is_question"].append(is_question(sentence))
    rows["sentence_id"] = list(range(1, len(rows["text"]) + 1))
    return frame("sentences", rows)
