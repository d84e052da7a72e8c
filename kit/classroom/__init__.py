"""Classroom tooling: exercises and their checks, the student set, submissions, grading, Binder links.

This package *uses* the data stages (``source``, ``parsing``, ``frames``, ``corpus``, the
analyses, ``charts``, ``widgets``); the stages do not import it, so the data path reads
the same without it. One seam remains: ``widgets.rhetoric``'s coding exercise checks
through ``kit.exercises``. (Whether the kit is a student set is a fact about ``data/``:
:func:`kit._data.is_student_set`.) The
notebooks reach this package through one name, ``kit.exercises`` (this package's
:mod:`~kit.classroom.exercises`), and the command line through
``python -m kit student | grade | check | binder-link``.

The course loop: assign, work, collect, grade. The instructor builds a **student set**
(``python -m kit student OUTDIR``: the notebooks with their solutions replaced by stubs,
the keys of formative exercises sealed so that they give feedback without being
readable, and no key at all for summative ones) and
publishes it on Binder or a JupyterHub. Students work in it: each check and each written
response is recorded in ``.kit-progress/`` beside the notebooks, and
``kit.exercises.submit(name=...)`` packs the record and the notebooks into one file. The
instructor grades the files with ``python -m kit grade``, which re-checks every recorded
answer against the plain keys, matches students to a roster and writes a gradebook an LMS
imports.

Modules (each imported on first use; importing this package imports none of them):

* ``exercises``: what the notebooks call, as ``kit.exercises``: show, check, respond, submit;
* ``tasks``: the exercise file (``data/exercises.toml``): its fields, reading it, points;
* ``answers``: a student's answer read as a number, text, list or coding, and said in words;
* ``kinds``: each kind of answer in one place (its check, its sealing, its sealed check,
  its form, its grade), behind one registry;
* ``rules``: what the kinds share: close, tolerance, counts, what each status says, how an
  exercise counts (summative or formative) and which attempt;
* ``marking``: right, close or wrong, and why (the one ``judge``);
* ``keys``: sealing the answer keys for a student set, and checking against sealed keys;
* ``lookups``: the salted lookups, the ``cryptography`` sealing and the interval covers;
* ``progress``: where a student's checks and responses are recorded, written atomically;
* ``submit``: one submission file from the record and the notebooks;
* ``grade``: submissions re-checked with the instructor's keys;
* ``gradebook``: the gradebook's three files (marks, details, written answers);
* ``student``: the student set (``python -m kit student``);
* ``binder``: Binder and nbgitpuller links (``python -m kit binder-link``);
* ``runner``: ``python -m kit check NOTEBOOK``, one notebook and its tests;
* ``verdict``: what ``check`` says when something failed: the exercise, and what to change;
* ``files``: atomic writes that never replace a file unless asked.

See ``docs/GRADING.md``.
"""

__all__ = [
    "exercises",
    "tasks",
    "answers",
    "kinds",
    "rules",
    "marking",
    "keys",
    "lookups",
    "progress",
    "submit",
    "grade",
    "gradebook",
    "student",
    "binder",
    "runner",
    "verdict",
    "files",
]
