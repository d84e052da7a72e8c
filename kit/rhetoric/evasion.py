"""Evasion: each question cut into its sub-questions, and the instructor's coding of the answers (QEvasion)."""

from __future__ import annotations

from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import read_data
from kit.schema import asking, require

__all__ = ["EVASION_CODES", "subquestions", "load_evasion_key"]

#: The QEvasion scheme (Thomas et al. 2024) for coding an answer to one sub-question.
EVASION_CODES = ("clear reply", "ambivalent", "clear non-reply")


def subquestions(sentences: pd.DataFrame, exchanges: pd.DataFrame) -> pd.DataFrame:
    """Each question a journalist asks in an exchange, beside the exchange's answer.

    A sub-question is a sentence ending in ``?`` in a journalist's turn. Returns a new
    frame: ``exchange_id, number, sentence_id, line, questioner, question, answer``.

    Args:
        sentences: a sentences frame.
        exchanges: the exchanges frame of the same corpus.

    Returns:
        A new frame, one row per sub-question, numbered from 1 within its exchange.

    >>> import kit
    >>> c = kit.parse("Question: Was it hostile? Did you commit?\\nVladimir Putin: No hostility.")
    >>> subquestions(c.sentences, c.exchanges)[["number", "question", "answer"]].values.tolist()
    [[1, 'Was it hostile?', 'No hostility.'], [2, 'Did you commit?', 'No hostility.']]
    """
    require(
        sentences, "role", "is_question", "exchange_id", "sentence_id", "line", "text", by="kit.rhetoric.subquestions"
    )
    require(exchanges, "exchange_id", "questioner", "answer", by="kit.rhetoric.subquestions")
    asked = sentences[asking(sentences) & sentences["is_question"]]
    result = asked[["exchange_id", "sentence_id", "line", "text"]].rename(columns={"text": "question"})
    result = result.merge(exchanges[["exchange_id", "questioner", "answer"]], on="exchange_id")
    result.insert(1, "number", result.groupby("exchange_id").cumcount() + 1)
    return result[["exchange_id", "number", "sentence_id", "line", "questioner", "question", "answer"]]


def _read_key(path: Path) -> pd.DataFrame:
    key = pd.read_csv(path, dtype={"code": str, "note": str})
    bad = set(key["code"]) - set(EVASION_CODES)
    if bad:
        raise ValueError(f"unknown codes {sorted(bad)}; use {', '.join(EVASION_CODES)}")
    return key


def load_evasion_key(path: str | PathLike[str] | None = None) -> pd.DataFrame:
    """The instructor's coding of sub-questions (``data/evasion_key.csv``, or ``path``).

    A student set has no evasion key (``python -m kit student`` seals it): there this
    raises :class:`kit.DataFileError` saying so, and ``kit.exercises.check`` still
    compares a student's coding with the sealed key.

    Args:
        path: a CSV of your own; by default ``data/evasion_key.csv``.

    Returns:
        A new frame: the key's rows (``exchange_id, number, line, code, note``).

    Raises:
        DataFileError: the file is missing, holds a code outside :data:`EVASION_CODES`,
            or this is a student set, where the key is sealed.

    >>> key = load_evasion_key()
    >>> key.query("exchange_id == 1 and number == 3")[["line", "code"]].values.tolist()
    [[8, 'clear reply']]
    """
    if path is None:
        from kit._data import is_student_set

        if is_student_set():
            from kit._data import data_path
            from kit.errors import DataFileError

            raise DataFileError(
                data_path("evasion_key.csv"),
                "the evasion key is your instructor's and is not in the student set: kit.exercises.check "
                "compares your coding with it, and your instructor can share its notes once the work is in",
            )
    return read_data(path, "evasion_key.csv", _read_key).copy()
