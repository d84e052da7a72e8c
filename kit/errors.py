"""The one exception the kit raises for input it cannot read or parse."""

from __future__ import annotations

__all__ = ["TranscriptError"]


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
