"""A teaching kit for press-conference transcripts: parse them into tidy pandas DataFrames.

>>> import kit
>>> corpus = kit.load()
>>> corpus.turns.loc[0, "speaker"]
'Vladimir Putin'

Importing ``kit`` reads no file, touches no network and does not import altair or
ipywidgets: the modules that draw (``kit.charts``, ``kit.widgets``) import them when
they are imported themselves.
"""

from kit import schema
from kit.corpus import Corpus, load, parse, read_transcript
from kit.errors import TranscriptError

__all__ = ["Corpus", "TranscriptError", "load", "parse", "read_transcript", "schema"]
