"""The course loop: assign, work, collect, grade.

The instructor builds a **student set** (``python -m kit student OUTDIR``: the notebooks
with their solutions replaced by stubs, and the answer keys sealed so that they give
feedback without being readable) and publishes it on Binder or a JupyterHub. Students
work in it: each check and each written response is recorded in ``.kit-progress/`` beside
the notebooks, and ``kit.exercises.submit(name=...)`` packs the record and the notebooks
into one file. The instructor grades the files with ``python -m kit grade``, which
re-checks every recorded answer against the plain keys.

Modules (each imported on first use; importing this package imports none of them):

* ``keys``: sealing the answer keys for a student set, and checking against sealed keys;
* ``progress``: where a student's checks and responses are recorded, written atomically;
* ``submit``: one submission file from the record and the notebooks;
* ``grade``: a gradebook from submissions;
* ``runner``: ``python -m kit check NOTEBOOK``, one notebook and its tests;
* ``files``: atomic writes that never replace a file unless asked.

See ``docs/GRADING.md``.
"""

__all__ = ["keys", "progress", "submit", "grade", "runner", "files"]
