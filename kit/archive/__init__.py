"""A whole archive kept as a Parquet dataset, brought up to date in place, and queried where it lies.

For a researcher whose transcripts outgrow a class's memory:

- :mod:`kit.archive.dataset`: a folder of transcripts -> a Parquet dataset, one part per
  source (:func:`build_archive`), updated by reading only new and changed files; opened as
  an :class:`Archive` whose frames load a source or a filter at a time;
- :mod:`kit.archive.query`: KWIC, speaker and word totals, topic coverage and copies of a
  passage asked in DuckDB, answering what the pandas analyses answer;
- :mod:`kit.archive.cluster`: the same dataset built on a Dask cluster (the ``cluster`` extra).

``docs/ARCHIVE.md`` is the guide. Importing this package imports neither DuckDB nor Dask.
"""

from kit.archive.cluster import build_on_cluster
from kit.archive.dataset import MANIFEST, Archive, build_archive
from kit.archive.query import connect, copies, coverage, kwic, speaker_totals, word_totals

__all__ = [
    "build_archive",
    "Archive",
    "MANIFEST",
    "connect",
    "kwic",
    "speaker_totals",
    "word_totals",
    "coverage",
    "copies",
    "build_on_cluster",
]
