"""Each kind of answer in one place: its check, its sealing and its grading side by side, behind one registry.

A kind (``kind`` in ``data/exercises.toml``) is a :class:`Kind`: the fields an exercise of
it needs, its check with the plain key, the likely mistakes it can match, how a student
set seals its key (formative exercises) and checks against that, what of its answer's
form a summative exercise still checks, and its grade. The modules:

* ``numbers``: ``number`` and ``range``;
* ``texts``: ``text`` and ``set``;
* ``evasion``: a coding of an exchange's sub-questions, against ``data/evasion_key.csv``;
* ``precision_recall``: a detector's precision and recall from a labelled sample;
* ``written``: a text the instructor grades with a rubric.

To add a kind, write its module and add it to :data:`KINDS`: the exercise file, the
check, the student set's sealing and the grade all find it here
(:mod:`~kit.classroom.marking`, :mod:`~kit.classroom.keys`, :mod:`~kit.classroom.tasks`).
The rules the kinds share (what close means, what each status says) are in
:mod:`kit.classroom.rules`.
"""

from __future__ import annotations

from kit.classroom.kinds import evasion, numbers, precision_recall, texts, written
from kit.classroom.kinds.base import Kind, Sealing

__all__ = ["Kind", "Sealing", "KINDS", "kind_of", "numbers", "texts", "evasion", "precision_recall", "written"]

#: Every kind of answer, by the name the exercise file gives it.
KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        numbers.NUMBER,
        numbers.RANGE,
        texts.TEXT,
        texts.SET,
        evasion.EVASION,
        precision_recall.KIND,
        written.KIND,
    )
}


def kind_of(entry: dict) -> Kind:
    """The :class:`Kind` of an exercise.

    Args:
        entry: an exercise (plain or sealed).

    Returns:
        Its kind, from :data:`KINDS`.

    >>> kind_of({"kind": "range"}).name
    'range'
    """
    return KINDS[entry["kind"]]
