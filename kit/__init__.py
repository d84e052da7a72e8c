"""A teaching kit for press-conference transcripts: parse them into tidy pandas DataFrames.

>>> import kit
>>> corpus = kit.load()
>>> corpus.turns.loc[0, "speaker"]
'Vladimir Putin'

Stages, each a module: ``source`` and ``parse`` (text -> records), ``frames`` (records ->
DataFrames, columns in ``schema``), the analyses ``rhetoric``, ``topics``, ``kwic``,
``distinctive`` and ``duplicates`` (frame -> frame), ``charts`` (frame -> ``alt.Chart``)
and ``widgets`` (views that call analyses and charts), and ``exercises`` (checks for the
lessons).

``kit.read_page`` reads a saved web page or a link (``kit.web``: fetched only when asked,
kept in a cache folder). ``kit.read_corpus`` reads many transcripts at once (files,
folders, patterns, saved pages and links) into one corpus; ``corpus.save(folder)`` keeps
it as Parquet and ``kit.open_corpus(folder)`` opens it again.

Importing ``kit`` reads no file, touches no network and does not import altair,
ipywidgets, lxml or tqdm: the analyses, ``kit.charts`` and ``kit.widgets`` are imported on
first use.
"""

from importlib import import_module

from kit import schema
from kit.corpus import Corpus
from kit.errors import DataFileError, InputError, TranscriptError
from kit.kwic import kwic
from kit.reading import load, parse, read_corpus, read_page, read_transcript  # lxml (web pages): on first use
from kit.store import open_corpus

__all__ = [
    "Corpus", "InputError", "TranscriptError", "DataFileError", "load", "parse", "read_transcript", "read_page", "read_corpus",
    "open_corpus", "kwic",
    "schema", "web", "rhetoric", "topics", "distinctive", "duplicates", "marks", "exercises", "charts",
    "widgets",
]  # fmt: skip

# Imported on first use: the analyses, charts (altair), widgets (ipywidgets) and the exercises
# (``kit.exercises`` is the name the notebooks use for the classroom module ``kit.classroom.exercises``).
_LAZY = {
    name: f"kit.{name}" for name in ("rhetoric", "topics", "distinctive", "duplicates", "marks", "charts", "widgets")
}
_LAZY["exercises"] = "kit.classroom.exercises"


def __getattr__(name: str):
    if name in _LAZY:
        return import_module(_LAZY[name])
    raise AttributeError(f"module 'kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
