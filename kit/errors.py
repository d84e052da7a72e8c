"""The exceptions the kit raises for input it cannot read: a transcript, or one of its data files."""

from __future__ import annotations

__all__ = ["TranscriptError", "DataFileError"]


class TranscriptError(ValueError):
    """A transcript that cannot be read or parsed.

    The message always starts with the source (a file path or ``<text>``) and, where
    it is known, the line, so a student can open the file at the right place.

    Args:
        source: the file path or label of the text.
        problem: what is wrong, in plain words.
        line: 1-based line number, if the problem is on one line.

    >>> error = TranscriptError("speech.txt", "not UTF-8 text", line=3)
    >>> str(error)
    'speech.txt, line 3: not UTF-8 text'
    >>> error.line
    3
    """

    def __init__(self, source: object, problem: str, line: int | None = None) -> None:
        self.source = str(source)
        self.problem = problem
        self.line = line
        where = self.source if line is None else f"{self.source}, line {line}"
        super().__init__(f"{where}: {problem}")


class DataFileError(TranscriptError):
    """One of the kit's data files (``data/*.toml``, ``*.csv``, ``*.txt``, or a path given
    instead) that is missing or cannot be read.

    The message names the file and, where it is known, the line. It is a kind of
    :class:`TranscriptError`, so code that catches that (a widget reading a pasted
    transcript) still reports a broken data file; catch ``DataFileError`` to tell the two
    apart.

    Args:
        source: the data file's path.
        problem: what is wrong, in plain words.
        line: 1-based line number, if the problem is on one line.

    >>> error = DataFileError("data/topics.toml", "a topic needs a list of phrases", line=4)
    >>> str(error), isinstance(error, TranscriptError)
    ('data/topics.toml, line 4: a topic needs a list of phrases', True)
    """
