"""A detector proposes, the student judges: a blind sample to label, and the detector's precision and recall."""

from __future__ import annotations

import pandas as pd

from kit.rhetoric.devices import DEVICES
from kit.schema import require

__all__ = ["sample", "precision_recall"]


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
    >>> picked = sample(kit.rhetoric.flag_devices(kit.load().deduplicated().sentences), "hedge", n=2)
    >>> picked["flagged"].tolist(), bool(picked["label"].isna().all())
    ([True, True, False, False], True)
    """
    if device not in DEVICES:
        raise ValueError(f"device must be one of {', '.join(DEVICES)}; got {device!r}")
    require(flags, "sentence_id", "speaker", "text", "cues", device, by="kit.rhetoric.sample")
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
    require(labelled, "flagged", "label", by="kit.rhetoric.precision_recall")
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
