"""Sealed answer keys: a student set checks answers offline without holding them in readable form.

``python -m kit student`` replaces ``data/exercises.toml`` and ``data/evasion_key.csv`` by
``data/exercises.sealed.json``, built by :func:`seal`.

A **summative** exercise (the default; ``assess`` in the exercise file) keeps its task, hint
and what its answer's form needs (whether a number is a count, an exchange's sub-question
numbers), and no key at all: no lookup, no explanation, no mistake. Its check in a student
set checks the form and says the answer is recorded (:data:`RECORDED`); only the grade,
with the plain keys, says whether it is right. No offline search can find what is not there.

For each **formative** exercise it keeps what
students are meant to read (task, hint, the message of each likely mistake, a written
exercise's prompt and rubric) and turns every answer into salted SHA-256 *lookups*:

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
A right answer unwraps it; nothing else does. So in
a student set the explanation comes with a right answer only, not from the second
attempt on as in the instructor's copy.

What this does not do: stop a student who searches a formative key. A count has few
candidates, an evasion code three, and a loop over the lookups finds them offline
(``benchmarks/offline_search.py`` measures it). The formative keys are hidden from
reading, not from guessing; the grade never trusts the student's copy. See
``docs/GRADING.md``.

The salt and the sealing secret are derived from the plain key files, so sealing the
same keys twice gives the same file (a rebuilt student set is identical), and neither
can be recomputed without the plain keys.

Lookups, cipher and covers of intervals: :mod:`kit.classroom.lookups`; answers are read as in
the plain check (:mod:`kit.classroom.answers`), whose every message and rule (what is a count, a
tolerance, a mistake's status, an evasion ``close``) is taken from :mod:`~kit.classroom.marking`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from kit.classroom import marking
from kit.classroom.answers import WrongForm, as_codes, as_items, as_number, as_text, normalise_answer
from kit.classroom.lookups import cover, cover_cells, covering_cell, decrypt, digest, encrypt, lookup, unwrap, wrap

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


# --- the intervals of a number answer ---------------------------------------------------------


def _number_intervals(entry: dict) -> tuple[bool, tuple[float, float], tuple[float, float] | None]:
    """Whether the answer is a count, the interval that is right and the one that is close."""
    if entry["kind"] == "range":
        low, high = map(float, entry["answer"])
        near = entry.get("close")
        return False, (low, high), (float(near[0]), float(near[1])) if near else None
    key, tolerance, close = float(entry["answer"]), marking.tolerance(entry), float(entry.get("close", 0))
    near = (key - close, key + close) if close > tolerance else None
    return marking.is_count(entry), (key - tolerance, key + tolerance), near


def _mistake_interval(entry: dict, mistake: dict) -> tuple[float, float]:
    expected = mistake["answer"]
    if isinstance(expected, list):
        return float(expected[0]), float(expected[1])
    tolerance = marking.tolerance(entry, mistake)
    return float(expected) - tolerance, float(expected) + tolerance


# --- sealing -------------------------------------------------------------------------------------


def _canonical_items(items: list[str]) -> str:
    return "\x1f".join(sorted(set(items)))


def _canonical_codes(coded: dict[int, str]) -> str:
    return ";".join(f"{n}={coded[n]}" for n in sorted(coded))


def _right_tokens(entry: dict, evasion: pd.DataFrame | None) -> list[str]:
    """Every token that makes the answer right (each one unwraps the explanation)."""
    kind = entry["kind"]
    if kind == "text":
        return sorted({normalise_answer(entry["answer"]), *(normalise_answer(a) for a in entry.get("accept", []))})
    if kind == "set":
        return [_canonical_items([normalise_answer(a) for a in entry["answer"]])]
    if kind == "evasion":
        return [_canonical_codes(_evasion_codes(entry, evasion))]
    raise AssertionError(kind)


def _evasion_codes(entry: dict, evasion: pd.DataFrame | None) -> dict[int, str]:
    if evasion is None:
        raise ValueError(f"exercise {entry['id']}: an evasion exercise needs the evasion key")
    rows = evasion[evasion["exchange_id"] == entry["exchange"]]
    if rows.empty:
        raise ValueError(f"exercise {entry['id']}: the evasion key has no exchange {entry['exchange']}")
    return {int(n): str(code) for n, code in zip(rows["number"], rows["code"], strict=True)}


def seal(table: dict[str, dict], evasion: pd.DataFrame | None, source: bytes) -> dict:
    """The sealed form of an exercise table, as JSON-ready data.

    Args:
        table: the exercises, as :func:`kit.classroom.tasks.load_tasks` gives them.
        evasion: the evasion key (``kit.rhetoric.load_evasion_key()``), for ``evasion`` exercises.
        source: the bytes of the plain key files; the salt and the sealing secret derive from them.

    Returns:
        ``{"format": ..., "salt": ..., "exercises": [...]}``: each exercise with its
        :data:`PUBLIC_FIELDS`, ``sealed: true`` and its lookups.

    >>> table = {"01-x": {"id": "01-x", "notebook": "01", "task": "How many?", "hint": "Count.",
    ...                   "kind": "number", "answer": 2, "why": "Two: ...", "assess": "formative"}}
    >>> sealed = seal(table, None, b"keys")
    >>> entry = sealed["exercises"][0]
    >>> sorted(entry), "Two" in json.dumps(sealed)
    (['assess', 'bands', 'hint', 'id', 'kind', 'mistakes', 'notebook', 'sealed', 'task', 'whole', 'why_sealed', 'wraps'], False)
    >>> sorted(seal({"01-x": {**table["01-x"], "assess": "summative"}}, None, b"keys")["exercises"][0])
    ['assess', 'hint', 'id', 'kind', 'notebook', 'sealed', 'task', 'whole']
    """
    from kit.classroom.tasks import assessment

    salt = digest("salt", source).hex()[:32]
    secret = digest("secret", source)
    exercises = []
    for exercise, entry in table.items():
        out = {k: entry[k] for k in PUBLIC_FIELDS if k in entry}
        out["sealed"] = True
        kind = entry["kind"]
        out["assess"] = assessment(entry)
        if out["assess"] == "summative" and kind != "written":
            exercises.append(_form_only(out, entry, evasion))
            continue
        key = digest("key", secret, exercise)
        nonce = digest("nonce", secret, exercise)[:12]
        if kind in ("written", "precision_recall"):
            if kind == "precision_recall" and "why" in entry:
                out["why"] = entry["why"]  # no answer in it: it follows from the student's own labels
            exercises.append(out)
            continue
        if kind in ("number", "range"):
            out["whole"], right, near = _number_intervals(entry)
            bands = {"right": cover(salt, exercise, "right", *right, out["whole"])}
            if near:
                bands["close"] = cover(salt, exercise, "close", *near, out["whole"])
            out["bands"] = bands
            rights = cover_cells(*right, out["whole"])[1]
        else:
            rights = _right_tokens(entry, evasion)
            if kind == "set":
                out["items"] = sorted(lookup(salt, exercise, "item", normalise_answer(a)) for a in set(entry["answer"]))
            elif kind == "evasion":
                codes = _evasion_codes(entry, evasion)
                out["numbers"] = sorted(codes)
                out["close"] = marking.evasion_close(entry)
                out["codes"] = sorted(lookup(salt, exercise, "code", f"{n}={c}") for n, c in codes.items())
        out["wraps"] = {lookup(salt, exercise, "right", t): wrap(salt, exercise, t, key) for t in rights}
        out["why_sealed"] = encrypt(key, nonce, entry.get("why", ""))
        out["mistakes"] = [
            _seal_mistake(salt, exercise, entry, i, m, out.get("whole", False))
            for i, m in enumerate(entry.get("mistake", []))
        ]
        exercises.append(out)
    return {"format": FORMAT, "salt": salt, "exercises": exercises}


def _form_only(out: dict, entry: dict, evasion: pd.DataFrame | None) -> dict:
    """A summative exercise in a student set: no key, no explanation, no mistake; what its answer's form needs."""
    out.pop("close_why", None)
    if entry["kind"] == "number":
        out["whole"] = marking.is_count(entry)
    elif entry["kind"] == "evasion":
        out["numbers"] = sorted(_evasion_codes(entry, evasion))
    return out


def _seal_mistake(salt: str, exercise: str, entry: dict, i: int, mistake: dict, whole: bool) -> dict:
    """A likely mistake's status and message, and its answer as a band (a number) or lookups."""
    name, expected, kind = f"mistake{i}", mistake["answer"], entry["kind"]
    sealed = {"status": marking.mistake_status(mistake), "why": mistake["why"]}
    if kind in ("number", "range"):
        sealed["band"] = cover(salt, exercise, name, *_mistake_interval(entry, mistake), whole)
    elif kind == "evasion":
        pairs = {int(n): str(c) for n, c in expected.items()}
        sealed["lookups"] = sorted(lookup(salt, exercise, name, f"{n}={c}") for n, c in pairs.items())
    else:
        token = (
            normalise_answer(expected) if kind == "text" else _canonical_items([normalise_answer(a) for a in expected])
        )
        sealed["lookups"] = [lookup(salt, exercise, name, token)]
    return sealed


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

    Messages are those of the plain check, word for word.

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
    kind = entry["kind"]
    if entry.get("assess") == "summative":
        return _recorded(entry, answer, data)
    try:
        if kind == "precision_recall":
            status, detail = marking.check_precision_recall(entry, answer, data)
            return (*marking.finish(entry, status, detail, None), entry.get("why", ""))
        status, detail, token = _JUDGES[kind](entry, answer)
        mistake = None if status == "right" else _mistake(entry, answer)
        status, detail = marking.finish(entry, status, detail, mistake)
    except WrongForm as problem:
        return "wrong", str(problem), ""
    return status, detail, (_unseal(entry, token) if status == "right" else "")


def _recorded(entry: dict, answer: object, data: object) -> tuple[str, str, str]:
    """A summative check in a student set: the answer's form is checked, nothing else can be."""
    kind = entry["kind"]
    try:
        if kind == "precision_recall":
            status, detail = marking.check_precision_recall(entry, answer, data)
            own = (
                "Your figures follow from your labels"
                if status == "right"
                else "Your figures do not follow from your labels yet (count again)"
            )
            return "recorded", f"{own}; your instructor grades them against their own labelling of the sample.", ""
        if kind in ("number", "range"):
            as_number(answer, whole=bool(entry.get("whole")))
        elif kind == "text":
            as_text(answer)
        elif kind == "set":
            as_items(answer)
        elif kind == "evasion":
            as_codes(answer, entry["numbers"])
    except WrongForm as problem:
        return "wrong", str(problem), ""
    return "recorded", RECORDED, ""


def _unseal(entry: dict, token: str | None) -> str:
    wrapped = entry["wraps"].get(lookup(entry["salt"], entry["id"], "right", token or ""))
    if wrapped is None:
        return ""
    key = unwrap(entry["salt"], entry["id"], token or "", wrapped)
    return (decrypt(key, entry["why_sealed"]) or "") if key is not None else ""


def _judge_number(entry: dict, answer: object) -> tuple[str, str, str | None]:
    value = as_number(answer, whole=entry["whole"] if entry["kind"] == "number" else False)
    salt, exercise, bands = entry["salt"], entry["id"], entry["bands"]
    token = covering_cell(salt, exercise, "right", bands["right"], value)
    if token is not None:
        return "right", "", token
    close = covering_cell(salt, exercise, "close", bands.get("close"), value) is not None
    return (*marking.answer_result(entry, answer, "close" if close else None), None)


def _judge_text(entry: dict, answer: object) -> tuple[str, str, str | None]:
    token = normalise_answer(as_text(answer))
    if lookup(entry["salt"], entry["id"], "right", token) in entry["wraps"]:
        return "right", "", token
    return (*marking.answer_result(entry, answer, None), None)


def _judge_set(entry: dict, answer: object) -> tuple[str, str, str | None]:
    given = {normalise_answer(a) for a in as_items(answer)}
    expected = set(entry["items"])
    common = sum(lookup(entry["salt"], entry["id"], "item", g) in expected for g in given)
    status, detail = marking.set_result(len(given), len(expected), common)
    return status, detail, (_canonical_items(list(given)) if status == "right" else None)


def _judge_evasion(entry: dict, answer: object) -> tuple[str, str, str | None]:
    numbers = entry["numbers"]
    coded = as_codes(answer, numbers)
    codes = set(entry["codes"])
    agree = [
        n for n in numbers if n in coded and lookup(entry["salt"], entry["id"], "code", f"{n}={coded[n]}") in codes
    ]
    status, detail = marking.evasion_result(entry, numbers, agree)
    return status, detail, (_canonical_codes(coded) if status == "right" else None)


_JUDGES = {
    "number": _judge_number,
    "range": _judge_number,
    "text": _judge_text,
    "set": _judge_set,
    "evasion": _judge_evasion,
}


def _mistake(entry: dict, answer: object) -> dict | None:
    """The first likely mistake the answer matches, from its lookups."""
    salt, exercise, kind = entry["salt"], entry["id"], entry["kind"]
    for i, mistake in enumerate(entry.get("mistakes", [])):
        name = f"mistake{i}"
        if kind in ("number", "range"):
            hit = covering_cell(salt, exercise, name, mistake["band"], as_number(answer)) is not None
        elif kind == "text":
            hit = lookup(salt, exercise, name, normalise_answer(answer)) in mistake["lookups"]
        elif kind == "set":
            token = _canonical_items([normalise_answer(a) for a in as_items(answer)])
            hit = lookup(salt, exercise, name, token) in mistake["lookups"]
        elif kind == "evasion":
            coded = as_codes(answer, entry["numbers"])
            mine = {lookup(salt, exercise, name, f"{n}={c}") for n, c in coded.items()}
            hit = set(mistake["lookups"]) <= mine
        else:
            hit = False
        if hit:
            return mistake
    return None
