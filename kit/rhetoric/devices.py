"""Rhetorical devices: the cue lists, every match of a cue, and each sentence's flags.

The devices and their cues are listed in the package docstring (:mod:`kit.rhetoric`);
``data/rhetoric_cues.csv`` holds the cues, with their sources.
"""

from __future__ import annotations

import re
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import read_data
from kit.schema import answering, require
from kit.words import phrase_pattern

__all__ = ["DEVICES", "CUED", "PERSONS", "load_cues", "matches", "cue_notes", "flag_devices", "summary"]

#: The boolean devices, in the order of the feature columns.
DEVICES = (
    "question_in_answer",
    "hedge",
    "booster",
    "enumeration",
    "direct_address",
    "appeal_to_law",
    "numbers",
    "counter_accusation",
)
#: The devices a cue list finds (every device but the question in an answer, which is found by its shape).
CUED = tuple(device for device in DEVICES if device != "question_in_answer")
#: The person-deixis counts.
PERSONS = ("person_i", "person_we", "person_you", "person_they")


def _read_cues(path: Path) -> pd.DataFrame:
    cues = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"device", "cue", "match", "source"} - set(cues.columns)
    if missing:
        raise ValueError(f"missing columns {sorted(missing)}")
    patterns = []
    for number, row in enumerate(cues.itertuples(index=False), start=2):
        if row.match == "phrase":
            patterns.append(phrase_pattern(row.cue))
        elif row.match == "regex":
            try:
                patterns.append(re.compile(row.cue, re.IGNORECASE))
            except re.error as error:
                raise ValueError(f"line {number}: bad regular expression {row.cue!r}: {error}") from None
        else:
            raise ValueError(f"line {number}: match must be 'phrase' or 'regex', not {row.match!r}")
    return cues.assign(pattern=patterns)


def load_cues(path: str | PathLike[str] | None = None) -> pd.DataFrame:
    """The cue list: ``device, cue, match, source`` and the compiled ``pattern``.

    Args:
        path: a CSV of your own; by default ``data/rhetoric_cues.csv``.

    Returns:
        A new frame, one row per cue; re-read when the file changes.

    Raises:
        DataFileError: the file is missing, lacks a column, or has a bad ``match`` or
            regular expression (the message gives the line).

    >>> cues = load_cues()
    >>> cues.loc[cues["cue"] == "I suppose", ["device", "source"]].values.tolist()
    [['hedge', 'Hyland (2005) Metadiscourse, appendix: hedges (suppose)']]
    """
    return read_data(path, "rhetoric_cues.csv", _read_cues).copy()


def matches(sentences: pd.DataFrame, cues: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every cue found in every sentence: one row per match, long format.

    Args:
        sentences: a sentences frame (``kit.Corpus.sentences``) or any frame with
            ``sentence_id`` and ``text``.
        cues: a cue list (:func:`load_cues`); by default the kit's.

    Returns:
        A new frame: ``sentence_id, device, cue, matched, start, end`` (character offsets
        in the sentence). The input is not changed.

    >>> import kit
    >>> s = kit.parse("Vladimir Putin: I think it is obvious. Listen, who is the killer?").sentences
    >>> matches(s)[["sentence_id", "device", "matched"]].values.tolist()
    [[1, 'hedge', 'I think'], [1, 'booster', 'obvious'], [1, 'person_i', 'I'], [2, 'direct_address', 'Listen,']]
    """
    require(sentences, "sentence_id", "text", by="kit.rhetoric.matches")
    cues = load_cues() if cues is None else cues
    rows = []
    texts = list(zip(sentences["sentence_id"], sentences["text"], strict=True))
    for device, cue, pattern in cues[["device", "cue", "pattern"]].itertuples(index=False):
        for sentence_id, text in texts:
            for found in pattern.finditer(text):
                rows.append((sentence_id, device, cue, found.group().strip(), found.start(), found.end()))
    result = pd.DataFrame(rows, columns=["sentence_id", "device", "cue", "matched", "start", "end"])
    order = {device: k for k, device in enumerate(dict.fromkeys(cues["device"]))}
    result["_order"] = result["device"].map(order)
    return (
        result.sort_values(["sentence_id", "_order", "start"], kind="stable")
        .drop(columns="_order")
        .reset_index(drop=True)
    )


def cue_notes(found: pd.DataFrame) -> pd.Series:
    """Each match as the note the kit shows for it: ``device: cue`` (``hedge: I think``).

    Args:
        found: what :func:`matches` returns (``device``, ``matched``).

    Returns:
        A Series of notes aligned with ``found``.

    >>> cue_notes(pd.DataFrame({"device": ["hedge"], "matched": ["I think"]})).tolist()
    ['hedge: I think']
    """
    return found["device"] + ": " + found["matched"]


def flag_devices(sentences: pd.DataFrame, cues: pd.DataFrame | None = None) -> pd.DataFrame:
    """Flag the devices of every sentence: one row per sentence, a boolean column per device, the cues that fired.

    Args:
        sentences: a sentences frame (``kit.Corpus.sentences``).
        cues: a cue list (:func:`load_cues`); by default the kit's.

    Returns:
        A new frame with the sentence's ``sentence_id, turn_id, exchange_id, speaker,
        turn_kind, line, text``, a boolean column per device in :data:`DEVICES`, the
        counts in :data:`PERSONS`, and ``cues``: what fired, as ``device: cue`` pairs.
        The input is not changed.

    >>> import kit
    >>> f = flag_devices(kit.parse("Vladimir Putin: Who is the killer? Listen, of course not.").sentences)
    >>> f[["text", "question_in_answer", "booster", "cues"]].values.tolist()
    [['Who is the killer?', True, False, ''], ['Listen, of course not.', False, True, 'booster: of course; direct_address: Listen,']]
    """
    require(sentences, "sentence_id", "text", "is_question", "role", "turn_kind", by="kit.rhetoric.flag_devices")
    keep = ["sentence_id", "turn_id", "exchange_id", "speaker", "turn_kind", "line", "text"]
    result = sentences[[c for c in keep if c in sentences.columns]].copy()
    found = matches(sentences, cues)
    result["question_in_answer"] = (sentences["is_question"] & answering(sentences)).to_numpy()
    flagged = found[~found["device"].isin(PERSONS)]
    for device in CUED:
        ids = set(flagged.loc[flagged["device"] == device, "sentence_id"])
        result[device] = result["sentence_id"].isin(ids)
    for person in PERSONS:
        counts = found.loc[found["device"] == person].groupby("sentence_id").size()
        result[person] = result["sentence_id"].map(counts).fillna(0).astype("int64")
    explained = cue_notes(flagged).groupby(flagged["sentence_id"]).agg("; ".join)
    explained = explained.to_dict()
    result["cues"] = pd.Series([explained.get(i, "") for i in result["sentence_id"]], index=result.index, dtype="str")
    return result.reset_index(drop=True)


def summary(flags: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """Sentences flagged per device (and deixis totals) per group, with the share flagged.

    Args:
        flags: what :func:`flag_devices` returned.
        by: the column to group by (``"speaker"``, ``"turn_kind"``, ...).

    Returns:
        A new frame, one row per group and device: ``by, device, sentences`` (flagged, or
        for a person the count), ``share`` (of the group's sentences; none for persons) and
        ``sentences_total``.

    >>> import kit
    >>> f = flag_devices(kit.parse("Vladimir Putin: Of course. I think so. Who knows?").sentences)
    >>> summary(f)[["speaker", "device", "sentences", "share"]].values.tolist()[:3]
    [['Vladimir Putin', 'question_in_answer', 1, 0.333], ['Vladimir Putin', 'hedge', 1, 0.333], ['Vladimir Putin', 'booster', 1, 0.333]]
    """
    require(flags, by, *DEVICES, *PERSONS, by="kit.rhetoric.summary")
    groups = flags.groupby(by, sort=False)
    total = groups.size()
    rows = []
    for device in (*DEVICES, *PERSONS):
        counts = groups[device].sum()
        for group, count in counts.items():
            share = round(float(count) / total[group], 3) if device not in PERSONS else None
            rows.append((group, device, int(count), share))
    return pd.DataFrame(rows, columns=[by, "device", "sentences", "share"]).assign(
        sentences_total=lambda d: d[by].map(total)
    )
