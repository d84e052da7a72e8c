"""How answers argue: rhetorical devices, sentence by sentence, each flag with its cue.

An analysis module (frame -> new frame). A *detector proposes, the student judges*: every
flag comes with the cue that raised it, so a student can see why a sentence was flagged
and decide whether the flag is right (see :func:`sample` and :func:`precision_recall`).

Devices (``data/rhetoric_cues.csv``, one cue a row, with its source):

* ``question_in_answer``: a sentence ending in ``?`` inside an official's answer or
  statement (a question the speaker asks, usually rhetorical: "Who is the killer?");
* ``hedge`` and ``booster``: Hyland's (2005) metadiscourse markers of doubt and certainty;
* ``enumeration``: "This is the first point", "Second, ...";
* ``direct_address``: "Listen,", "Look,", "You see";
* ``appeal_to_law``: law, the Minsk Agreements, Article 9, the Constitution;
* ``numbers``: a figure used as evidence (10 inquiries, 45, 5 million; years are not);
* ``counter_accusation``: tu quoque, "what about you" (Guantanamo, CIA prisons, drones);
* ``person_i``, ``person_we``, ``person_you``, ``person_they``: person deixis, as counts.

Instructors edit the CSV (columns ``device, cue, match, source``; ``match`` is ``phrase``
for words matched case-insensitively at word boundaries, or ``regex``); the kit re-reads
it whenever it changes.
"""

from __future__ import annotations

import re
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import read_data
from kit.schema import answering, asking
from kit.words import phrase_pattern

__all__ = [
    "DEVICES",
    "load_cues",
    "matches",
    "flag_devices",
    "summary",
    "sample",
    "precision_recall",
    "subquestions",
    "load_evasion_key",
    "EVASION_CODES",
]

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
#: The person-deixis counts.
PERSONS = ("person_i", "person_we", "person_you", "person_they")
#: The QEvasion scheme (Thomas et al. 2024) for coding an answer to one sub-question.
EVASION_CODES = ("clear reply", "ambivalent", "clear non-reply")


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
    keep = ["sentence_id", "turn_id", "exchange_id", "speaker", "turn_kind", "line", "text"]
    result = sentences[[c for c in keep if c in sentences.columns]].copy()
    found = matches(sentences, cues)
    result["question_in_answer"] = (sentences["is_question"] & answering(sentences)).to_numpy()
    flagged = found[~found["device"].str.startswith("person_")]
    for device in DEVICES[1:]:
        ids = set(flagged.loc[flagged["device"] == device, "sentence_id"])
        result[device] = result["sentence_id"].isin(ids)
    for person in PERSONS:
        counts = found.loc[found["device"] == person].groupby("sentence_id").size()
        result[person] = result["sentence_id"].map(counts).fillna(0).astype("int64")
    explained = (flagged["device"] + ": " + flagged["matched"]).groupby(flagged["sentence_id"]).agg("; ".join)
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
    groups = flags.groupby(by, sort=False)
    total = groups.size()
    rows = []
    for device in (*DEVICES, *PERSONS):
        counts = groups[device].sum()
        for group, count in counts.items():
            share = round(float(count) / total[group], 3) if not device.startswith("person_") else None
            rows.append((group, device, int(count), share))
    return pd.DataFrame(rows, columns=[by, "device", "sentences", "share"]).assign(
        sentences_total=lambda d: d[by].map(total)
    )


def sample(flags: pd.DataFrame, device: str, n: int = 6, seed: int = 0) -> pd.DataFrame:
    """``n`` flagged and ``n`` unflagged sentences for a device, to label by hand.

    Returns a new frame with ``flagged`` and an empty ``label`` column for the student's
    judgement (``True``: the sentence really uses the device). The same ``seed`` gives
    the same sample.

    Args:
        flags: what :func:`flag_devices` returned.
        device: one of :data:`DEVICES`.
        n: how many flagged, and how many unflagged, sentences.
        seed: the random seed.

    Returns:
        A new frame: ``sentence_id, speaker, text, cues, flagged, label``.

    Raises:
        ValueError: ``device`` is not one of :data:`DEVICES`.

    >>> import kit
    >>> picked = sample(flag_devices(kit.load().deduplicated().sentences), "hedge", n=2)
    >>> picked["flagged"].tolist(), bool(picked["label"].isna().all())
    ([True, True, False, False], True)
    """
    if device not in DEVICES:
        raise ValueError(f"device must be one of {', '.join(DEVICES)}; got {device!r}")
    flagged = flags[flags[device]]
    unflagged = flags[~flags[device]]
    picked = pd.concat(
        [
            flagged.sample(min(n, len(flagged)), random_state=seed),
            unflagged.sample(min(n, len(unflagged)), random_state=seed),
        ]
    )
    return (
        picked[["sentence_id", "speaker", "text", "cues", device]]
        .rename(columns={device: "flagged"})
        .assign(label=pd.array([pd.NA] * len(picked), dtype="boolean"))
        .reset_index(drop=True)
    )


def precision_recall(labelled: pd.DataFrame) -> dict[str, float | int]:
    """Precision and recall of the detector against a student's labels.

    Precision: of the sentences the detector flagged, the share the student agrees use
    the device. Recall: of the sentences the student says use it, the share flagged.

    Args:
        labelled: a frame with ``flagged`` and the student's ``label`` (what :func:`sample`
            returned, labelled); unlabelled rows are counted, not scored.

    Returns:
        ``precision``, ``recall`` (``nan`` when undefined), the true positives, false
        positives, false negatives and the number of unlabelled rows.

    >>> labelled = pd.DataFrame({"flagged": [True, True, False, False],
    ...                          "label": [True, False, True, False]})
    >>> precision_recall(labelled)
    {'precision': 0.5, 'recall': 0.5, 'true_positives': 1, 'false_positives': 1, 'false_negatives': 1, 'unlabelled': 0}
    """
    labels = labelled["label"].astype("boolean")
    done = labelled[labels.notna()]
    truth = done["label"].astype(bool)
    flagged = done["flagged"].astype(bool)
    tp = int((flagged & truth).sum())
    fp = int((flagged & ~truth).sum())
    fn = int((~flagged & truth).sum())
    return {
        "precision": round(tp / (tp + fp), 3) if tp + fp else float("nan"),
        "recall": round(tp / (tp + fn), 3) if tp + fn else float("nan"),
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "unlabelled": int(labels.isna().sum()),
    }


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
