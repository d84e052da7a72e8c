"""The exceptions the kit raises for input it cannot read: a transcript, or one of its data files.

Both are :class:`InputError`: the message starts with the file (or ``<text>``) and, where it
is known, the line, so a student can open the file at the right place. They are kept
apart because they call for different fixes: a :class:`TranscriptError` is about the text
being read (one bad file among many is skipped by :func:`kit.read_corpus`), a
:class:`DataFileError` about the kit's own vocabularies, keys and dictionaries (every
transcript would fail, so it stops the work).
"""

from __future__ import annotations

__all__ = ["InputError", "TranscriptError", "DataFileError", "printable_name"]


def printable_name(name: object) -> str:
    """A file's name as text any screen, file or table can hold: undecodable bytes shown as ``\\xff``.

    A file name that is not UTF-8 reaches Python with each bad byte as a lone surrogate
    (``"bad\\udcff.txt"``), which cannot be printed, written as UTF-8 or kept in a frame;
    here each becomes the backslash escape of its byte, so the name stays recognisable.

    Args:
        name: a path, name or label (made text with ``str``).

    Returns:
        The name, unchanged when it holds no lone surrogate.

    >>> printable_name("bad\\udcff.txt"), printable_name("Путин.txt")
    ('bad\\\\xff.txt', 'Путин.txt')
    """
    text = str(name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:  # the bytes of a name that is not UTF-8, as Python decoded them for the file system
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that stands for no byte
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class InputError(ValueError):
    """A file the kit cannot read, named with its line.

    Args:
        source: the file path or label of the text.
        problem: what is wrong, in plain words.
        line: 1-based line number, if the problem is on one line.

    >>> error = InputError("speech.txt", "not UTF-8 text", line=3)
    >>> str(error), error.line
    ('speech.txt, line 3: not UTF-8 text', 3)
    """

    def __init__(self, source: object, problem: str, line: int | None = None) -> None:
        self.source = printable_name(source)
        self.problem = problem
        self.line = line
        where = self.source if line is None else f"{self.source}, line {line}"
        super().__init__(f"{where}: {problem}")


class TranscriptError(InputError):
    """A transcript that cannot be read or parsed.

    Args:
        source: the file path or label of the text.
        problem: what is wrong, in plain words.
        line: 1-based line number, if the problem is on one line.

    >>> str(TranscriptError("speech.txt", "not UTF-8 text", line=3))
    'speech.txt, line 3: not UTF-8 text'
    """


class DataFileError(InputError):
    """One of the kit's data files (``data/*.toml``, ``*.csv``, ``*.txt``, or a path given
    instead) that is missing or cannot be read.

    Args:
        source: the data file's path.
        problem: what is wrong, in plain words.
        line: 1-based line number, if the problem is on one line.

    >>> error = DataFileError("data/topics.toml", "a topic needs a list of phrases", line=4)
    >>> str(error), isinstance(error, TranscriptError)
    ('data/topics.toml, line 4: a topic needs a list of phrases', False)
    """
