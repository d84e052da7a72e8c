"""Write a corpus to files other tools read: CSV for R or a spreadsheet, JSON lines for ConvoKit."""

from __future__ import annotations

import json
from os import PathLike
from pathlib import Path

import pandas as pd

from kit.corpus import Corpus

__all__ = ["FRAMES", "utterances", "export"]

#: The frames written as CSV, in this order.
FRAMES = ("documents", "turns", "exchanges", "sentences", "lines")


def utterances(corpus: Corpus) -> list[dict]:
    """The turns as ConvoKit utterances (id, speaker, conversation_id, reply_to, timestamp, text, meta).

    A conversation is an exchange (its question is the root) or, outside exchanges, a
    run of statements in one document; each utterance replies to the one before it in
    its conversation. ``timestamp`` is the document's start in Unix seconds (turns carry
    no times of their own); ``meta`` holds the kit's other columns.

    >>> from kit import parse
    >>> first, second = utterances(parse("Question: Why?\\nVladimir Putin: Because."))
    >>> second["id"], second["conversation_id"], second["reply_to"], second["speaker"]
    ('t2', 't1', 't1', 'Vladimir Putin')
    """
    starts = dict(zip(corpus.documents["doc_id"], corpus.documents["start"], strict=True))
    result: list[dict] = []
    previous: dict | None = None
    for row in corpus.turns.itertuples(index=False):
        utterance_id = f"t{row.turn_id}"
        same = (
            previous is not None
            and previous["meta"]["doc_id"] == row.doc_id
            and previous["meta"]["exchange_id"] == _value(row.exchange_id)
        )
        conversation = previous["conversation_id"] if same else utterance_id
        start = starts.get(row.doc_id)
        current = {
            "id": utterance_id,
            "speaker": row.speaker,
            "conversation_id": conversation,
            "reply_to": previous["id"] if same else None,
            "timestamp": None if pd.isna(start) else int(pd.Timestamp(start).timestamp()),
            "text": row.text,
            "meta": {
                "turn_id": int(row.turn_id),
                "doc_id": int(row.doc_id),
                "exchange_id": _value(row.exchange_id),
                "kind": row.kind,
                "role": row.role,
                "speaker_label": row.speaker_label,
                "label_note": _value(row.label_note),
                "speaker_source": row.speaker_source,
                "affiliation": _value(row.affiliation),
                "first_line": int(row.first_line),
                "last_line": int(row.last_line),
                "duplicate_of": _value(row.duplicate_of),
                "source": corpus.source,
            },
        }
        result.append(current)
        previous = current
    return result


def export(corpus: Corpus, out: str | PathLike[str]) -> list[Path]:
    """Write every frame as ``<name>.csv`` and the turns as ``utterances.jsonl`` into ``out``.

    The folder is created if needed. CSV files are UTF-8 with a header row; missing
    values are empty cells. Returns the paths written.
    """
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in FRAMES:
        path = folder / f"{name}.csv"
        getattr(corpus, name).to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    path = folder / "utterances.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for utterance in utterances(corpus):
            file.write(json.dumps(utterance, ensure_ascii=False) + "\n")
    written.append(path)
    return written


def _value(value):
    """A JSON-friendly scalar: ``None`` for missing, ``int`` for numpy integers."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value

