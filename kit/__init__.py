"""A teaching kit for press-conference transcripts: parse them into tidy pandas DataFrames.

>>> import kit
>>> corpus = kit.load()
>>> corpus.turns.loc[0, "speaker"]
'Vladimir Putin'

The data path, one way, top to bottom (each name is a module or a folder of the package)::

    files, folders, saved pages, links
      |  reading.py     kit.parse, kit.read_transcript, kit.read_page, kit.load, kit.read_corpus
      |  gather.py      the files and links a list of sources names
      |  workers.py     many sources in worker processes, with a progress bar
      v
    text            source/       bytes -> text, checked, split into numbered lines
      |             web/          a web page -> the transcript's text (links fetched when asked)
      v
    records         parsing/      lines -> documents, turns, speakers, exchanges
      v
    frames          columns.py    one source's records -> columns, copies marked
      |             frames.py     the columns of all sources -> DataFrames, once
      |             corpus.py     the Corpus: the frames, sentences on first use, filters
      |             store.py      a corpus kept as Parquet and opened again
      |             export.py     the frames as CSV or ConvoKit files
      v
    analyses        rhetoric/     topics/   kwic.py   distinctive.py   duplicates/   marks.py   airtime.py
      |             audit.py      how the kit read a transcript (kit.how_read): event, roles, lines not taken
      |             archive/      a whole archive as a Parquet dataset, updated in place, asked in DuckDB,
      |                           built on a Dask cluster (kit.archive, its guide ARCHIVE.md)
      v               (frame -> new frame; the input is never changed)
    charts          charts/       frame -> alt.Chart
      v
    widgets         widgets/      views that call analyses and charts, their state in Python

    used by every stage   schema.py (every frame's columns and their meaning, the roles and kinds),
                          words.py, sentences.py, similarity/, errors.py, _data.py, _files.py
    beside the path       classroom/  exercises, the student set, submissions, grading, Binder;
                                      the notebooks reach it as ``kit.exercises``

``kit.read_corpus`` reads many transcripts at once (files, folders, patterns, saved pages
and links) into one corpus; ``corpus.save(folder)`` keeps it as Parquet and
``kit.open_corpus(folder)`` opens it again. ``kit.how_read(corpus)`` shows what the kit
made of a transcript (the kind of event, each speaker's role and how it was decided, the
lines that look like labels but were not taken) before any figure from it is trusted. A
transcript the kit cannot read raises :class:`TranscriptError`, a broken data file
:class:`DataFileError` (both :class:`InputError`, naming the file and line).

Importing ``kit`` reads no file, touches no network and does not import altair,
ipywidgets, lxml, tqdm, DuckDB or Dask: the analyses (but the light ``kit.kwic`` and ``kit.how_read``),
``kit.charts`` and ``kit.widgets`` are imported on first use.
"""

from importlib import import_module

from kit import schema
from kit.audit import how_read
from kit.corpus import Corpus
from kit.errors import DataFileError, InputError, TranscriptError
from kit.kwic import kwic
from kit.reading import load, parse, read_corpus, read_page, read_transcript  # lxml (web pages): on first use
from kit.store import open_corpus

__all__ = [
    "Corpus",
    "InputError",
    "TranscriptError",
    "DataFileError",
    "load",
    "parse",
    "read_transcript",
    "read_page",
    "read_corpus",
    "open_corpus",
    "kwic",
    "how_read",
    "schema",
    "web",
    "rhetoric",
    "topics",
    "distinctive",
    "duplicates",
    "marks",
    "airtime",
    "audit",
    "archive",
    "exercises",
    "charts",
    "widgets",
]

# Imported on first use: the analyses, charts (altair), widgets (ipywidgets) and the exercises
# (``kit.exercises`` is the name the notebooks use for the classroom module ``kit.classroom.exercises``).
_LAZY = {
    name: f"kit.{name}"
    for name in ("rhetoric", "topics", "distinctive", "duplicates", "marks", "airtime", "archive", "charts", "widgets")
}
_LAZY["exercises"] = "kit.classroom.exercises"


def __getattr__(name: str):
    if name in _LAZY:
        return import_module(_LAZY[name])
    raise AttributeError(f"module 'kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
