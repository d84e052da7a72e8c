"""Sealed answer keys: a student set checks answers offline without holding them in readable form.

``python -m kit student`` replaces ``data/exercises.toml`` and ``data/evasion_key.csv`` by
``data/exercises.sealed.json``, built by :func:`seal`.

A **summative** exercise (the default; ``assess`` in the exercise file) keeps its task, hint
and what its answer's form needs (whether a number is a count, an exchange's sub-question
numbers), and no key at all: no lookup, no explanation, no mistake. Its check in a student
set checks the form and says the answer is recorded (:data:`RECORDED`); only the grade,
with the plain keys, says whether it is right. No offline search can find what is not there.

For each **formative** exercise it keeps what students are meant to read (task, hint, the
message of each likely mistake) and turns every answer into salted SHA-256 *lookups*
(a written exercise keeps its prompt, word limits and rubric, and never its model answer):

* a text: the lookup of its normalised form (and of each accepted spelling);
* a list (``set``): one lookup per normalised item, so a check can still say "1 missing";
* an evasion coding: one lookup per sub-question of ``number=code``;
* a number: the interval that counts (``answer`` +/- ``tolerance``, the ``close`` band,
  each mistake's band) covered by cells, one lookup per block of cells (blocks of 1, 2,
  4, 8... cells, as in a segment tree: a few dozen lookups per interval). A count (a
  whole answer with a whole tolerance) has one cell per whole number and is exact. Other
  numbers have cells of about a millionth of the interval's width, and a cell at an end
  counts when it overlaps the interval: the sealed check never turns a right answer away
  and is generous by at most a millionth of the interval's width. The grade re-checks
  with the plain key.

The explanation of an exercise (``why``) usually gives the answer away, so it is sealed
too: encrypted with AES-256-GCM under a key that is stored only *wrapped* (AES key wrap)
under a key HKDF derives from each right answer, all from the ``cryptography`` library.
A right answer unwraps it; nothing else does. So in a student set the explanation comes
with a right answer only, not from the second attempt on as in the instructor's copy.

What this does not do: stop a student who searches a formative key. A count has few
candidates, an evasion code three, and a loop over the lookups finds them offline
(``benchmarks/bench_offline_search.py`` measures it). The formative keys are hidden from
reading, not from guessing; the grade never trusts the student's copy. See
``docs/GRADING.md``.

The salt and the sealing secret are derived from the plain key files, so sealing the
same keys twice gives the same file (a rebuilt student set is identical), and neither
can be recomputed without the plain keys.

What each kind of answer seals, and how its sealed check reads an answer, is in that kind's
module (:mod:`kit.classroom.kinds`); lookups, cipher and covers of intervals are in
:mod:`kit.classroom.lookups`; every message and rule is from :mod:`kit.classroom.rules`, as
in the plain check.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from kit.classroom.answers import WrongForm
from kit.classroom.kinds import Sealing, kind_of
from kit.classroom.lookups import decrypt, digest, encrypt, lookup, unwrap
from kit.classroom.rules import assessment, finish, mistake_status

__all__ = ["FORMAT", "PUBLIC_FIELDS", "RECORDED", "seal", "read_sealed", "judge_sealed"]

#: The format tag of a sealed exercise file.
FORMAT = "kit-sealed-exercises/2"
#: What a check of a summative exercise says in a student set (it holds no key to say more).
RECORDED = (
    "Recorded for your submission. This exercise counts for your grade, so the student set holds no key "
    "for it: your instructor's grade says whether it is right."
)
#: Fields of an exercise that a student set keeps as they are (everything else is sealed or left out).
PUBLIC_FIELDS = (
    "id",
    "notebook",
    "kind",
    "task",
    "hint",
    "close_why",
    "points",
    "prompt",
    "rubric",
    "min_words",
    "max_words",
    "exchange",
    "min_labelled",
)


# --- sealing -------------------------------------------------------------------------------------


def seal(table: dict[str, dict], evasion: pd.DataFrame | None, source: bytes) -> dict:
    """The sealed form of an exercise table, as JSON-ready data.

    Args:
        table: the exercises, as :func:`kit.classroom.tasks.load_tasks` gives them.
        evasion: the evasion key (``kit.rhetoric.load_evasion_key()``), for ``evasion`` exercises.
        source: the bytes of the plain key files; the salt and the sealing secret derive from them.

    Returns:
        ``{"format": ..., "salt": ..., "exercises": [...]}``: each exercise with its
        :data:`PUBLIC_FIELDS`, ``sealed: true``, ``assess``, and for a formative one its
        kind's lookups, the wrapped keys and the sealed explanation; for a summative one,
        only what checking its answer's form needs.

    >>> table = {"01-x": {"id": "01-x", "notebook": "01", "task": "How many?", "hint": "Count.",
    ...                   "kind": "number", "answer": 2, "why": "Two: ...", "assess": "formative"}}
    >>> sealed = seal(table, None, b"keys")
    >>> entry = sealed["exercises"][0]
    >>> sorted(entry), "Two" in json.dumps(sealed)
    (['assess', 'bands', 'hint', 'id', 'kind', 'mistakes', 'notebook', 'sealed', 'task', 'whole', 'why_sealed', 'wraps'], False)
    >>> sorted(seal({"01-x": {**table["01-x"], "assess": "summative"}}, None, b"keys")["exercises"][0])
    ['assess', 'hint', 'id', 'kind', 'notebook', 'sealed', 'task', 'whole']
    """
    salt = digest("salt", source).hex()[:32]
    secret = digest("secret", source)
    sealing = Sealing(salt, secret, evasion)
    exercises = []
    for exercise, entry in table.items():
        kind = kind_of(entry)
        out = {k: entry[k] for k in PUBLIC_FIELDS if k in entry}
        out["sealed"] = True
        out["assess"] = assessment(entry)
        if kind.seal is None:  # a written answer: its prompt and rubric, nothing to seal
            exercises.append(out)
            continue
        if out["assess"] == "summative":
            out.pop("close_why", None)
            exercises.append({**out, **kind.form_fields(entry, sealing)} if kind.form_fields else out)
            continue
        rights = kind.seal(entry, out, sealing)
        if rights:
            key = digest("key", secret, exercise)
            out["wraps"] = sealing.wraps(exercise, rights, key)
            out["why_sealed"] = encrypt(key, digest("nonce", secret, exercise)[:12], entry.get("why", ""))
            out["mistakes"] = [
                {
                    "status": mistake_status(m),
                    "why": m["why"],
                    **kind.seal_mistake(entry, f"mistake{i}", m, sealing, out),  # type: ignore[misc]
                }
                for i, m in enumerate(entry.get("mistake", []))
            ]
        exercises.append(out)
    return {"format": FORMAT, "salt": salt, "exercises": exercises}


def read_sealed(path: Path) -> dict[str, dict]:
    """The exercises of a sealed file, keyed by id (each with the file's ``salt``).

    Args:
        path: a file :func:`seal` wrote (as JSON).

    Returns:
        ``{id: exercise}``. Raises ``ValueError`` for a file that is not a sealed exercise file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "exercises.sealed.json"
    ...     _ = path.write_text('{"format": "kit-exercises/0"}', encoding="utf-8")
    ...     read_sealed(path)
    Traceback (most recent call last):
    ...
    ValueError: not a sealed exercise file (its format is not 'kit-sealed-exercises/2')
    """
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg}, line {error.lineno})") from None
    if not isinstance(table, dict) or table.get("format") != FORMAT:
        raise ValueError(f"not a sealed exercise file (its format is not {FORMAT!r})")
    result = {}
    for entry in table.get("exercises", []):
        if not isinstance(entry, dict) or "id" not in entry or "kind" not in entry:
            raise ValueError("an exercise lacks 'id' or 'kind'")
        result[entry["id"]] = {**entry, "salt": table["salt"]}
    return result


# --- checking against sealed keys -----------------------------------------------------------


def judge_sealed(entry: dict, answer: object, data: object) -> tuple[str, str, str]:
    """Check an answer against a sealed exercise: ``(status, detail, explanation)``.

    A formative exercise's messages are those of the plain check, word for word; a
    summative one's check can only check the answer's form, then says it is
    ``recorded`` (:data:`RECORDED`).

    Args:
        entry: a sealed exercise, as :func:`read_sealed` gives it.
        answer: the student's answer.
        data: the labelled frame, for ``precision_recall``.

    Returns:
        ``(status, detail, explanation)``: the explanation is the exercise's ``why`` when
        the answer is right (unsealed by it), and empty otherwise (except for
        ``precision_recall``, whose explanation is plain).

    >>> table = {"01-x": {"id": "01-x", "notebook": "01", "task": "How many?", "hint": "Count them.", "assess": "formative",
    ...                   "kind": "number", "answer": 2, "why": "Two.", "mistake": [{"answer": 4, "why": "The copy too."}]}}
    >>> entry = {**seal(table, None, b"keys")["exercises"][0], "salt": seal(table, None, b"keys")["salt"]}
    >>> judge_sealed(entry, 2, None), judge_sealed(entry, 4, None), judge_sealed(entry, 7, None)
    (('right', '', 'Two.'), ('wrong', 'The copy too.', ''), ('wrong', '7 is not it. Count them.', ''))
    >>> summative = {"01-x": {**table["01-x"], "assess": "summative"}}
    >>> judge_sealed({**seal(summative, None, b"keys")["exercises"][0], "salt": ""}, 2, None)[0]
    'recorded'
    """
    kind = kind_of(entry)
    if entry.get("assess") == "summative" and kind.name == "precision_recall":
        return _recorded_shares(entry, answer, data)
    try:
        if entry.get("assess") == "summative":
            if kind.form is not None:
                kind.form(entry, answer)
            return "recorded", RECORDED, ""
        status, detail, token = kind.judge_sealed(entry, answer, data)  # type: ignore[misc]
        mistake = None if status == "right" else _sealed_mistake(entry, answer)
        status, detail = finish(entry, status, detail, mistake)
    except WrongForm as problem:
        return "wrong", str(problem), ""
    if "why_sealed" not in entry:
        return status, detail, entry.get("why", "")
    return status, detail, (_unseal(entry, token) if status == "right" else "")


def _recorded_shares(entry: dict, answer: object, data: object) -> tuple[str, str, str]:
    """A summative precision and recall in a student set: counted with the student's labels, graded with the instructor's."""
    try:
        status, _ = kind_of(entry).check(entry, answer, data)  # type: ignore[misc]
    except WrongForm as problem:
        return "wrong", str(problem), ""
    own = (
        "Your figures follow from your labels"
        if status == "right"
        else "Your figures do not follow from your labels yet (count again)"
    )
    return "recorded", f"{own}; your instructor grades them against their own labelling of the sample.", ""


def _unseal(entry: dict, token: str | None) -> str:
    wrapped = entry["wraps"].get(lookup(entry["salt"], entry["id"], "right", token or ""))
    if wrapped is None:
        return ""
    key = unwrap(entry["salt"], entry["id"], token or "", wrapped)
    return (decrypt(key, entry["why_sealed"]) or "") if key is not None else ""


def _sealed_mistake(entry: dict, answer: object) -> dict | None:
    """The first likely mistake the answer matches, from its lookups."""
    matches = kind_of(entry).sealed_matches
    for i, mistake in enumerate(entry.get("mistakes", [])):
        if matches is not None and matches(entry, f"mistake{i}", mistake, answer):
            return mistake
    return None
