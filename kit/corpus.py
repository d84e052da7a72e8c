"""The :class:`Corpus`: a parsed source as five DataFrames, and the entry points that make one."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from os import PathLike

import pandas as pd

from kit._data import GENEVA, data_path
from kit.errors import TranscriptError
from kit.frames import build, sentence_frame
from kit.parsing import parse_lines
from kit.source import check_text, read_text, split_lines

__all__ = ["Corpus", "load", "read_transcript", "parse"]


@dataclass(frozen=True, repr=False, eq=False)
class Corpus:
    """A transcript as tidy DataFrames.

    Attributes:
        documents: one row per document (a news conference, a meeting).
        turns: one row per speaker turn.
        exchanges: one row per question and everything said until the next question.
        sentences: one row per sentence of a turn (built on first use and kept).
        lines: one row per line of the source, each with its ``kind``.
        source: where the text came from.
        wrapped: whether the source is hard-wrapped (paragraphs split by blank lines).
        deduplicated_from: for a :meth:`deduplicated` corpus, how many turns it dropped.

    ``kit.schema.describe("turns")`` explains every column.
    """

    documents: pd.DataFrame
    turns: pd.DataFrame
    exchanges: pd.DataFrame
    lines: pd.DataFrame
    source: str = "<text>"
    wrapped: bool = False
    deduplicated_from: int | None = None
    _sentences: pd.DataFrame | None = field(default=None, repr=False)

    @property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence of a turn, built from :attr:`turns` on first use."""
        if self._sentences is None:
            object.__setattr__(self, "_sentences", sentence_frame(self.turns, self.wrapped))
        return self._sentences

    def deduplicated(self) -> Corpus:
        """A corpus without the later copies of duplicated turns and exchanges.

        Drops every turn with a ``duplicate_of``, every turn of an exchange with one,
        and their sentences and lines; documents are kept. Does not change ``self``.

        >>> corpus = parse("Question: Pavel Zarubin, VGTRK. Did you discuss Navalny at all?\\n"
        ...                "Vladimir Putin: Yes, we talked about that at his initiative.\\n"
        ...                "Question: Pavel Zarubin, VGTRK. Did you discuss Navalny at all?\\n"
        ...                "Vladimir Putin: Yes, we talked about that at his initiative.\\n")
        >>> len(corpus.turns), len(corpus.deduplicated().turns)
        (4, 2)
        """
        if self.deduplicated_from is not None:
            return self
        copies = set(self.exchanges.loc[self.exchanges["duplicate_of"].notna(), "exchange_id"])
        drop = self.turns["duplicate_of"].notna() | self.turns["exchange_id"].isin(copies)
        dropped = set(self.turns.loc[drop, "turn_id"])
        return replace(
            self,
            turns=self.turns[~drop].reset_index(drop=True),
            exchanges=self.exchanges[~self.exchanges["exchange_id"].isin(copies)].reset_index(
                drop=True
            ),
            _sentences=self.sentences[~self.sentences["turn_id"].isin(dropped)].reset_index(
                drop=True
            ),
            lines=self.lines[~self.lines["turn_id"].isin(dropped)].reset_index(drop=True),
            deduplicated_from=len(dropped),
        )

    def __repr__(self) -> str:
        copies = int(self.exchanges["duplicate_of"].notna().sum())
        note = f", {copies} duplicated" if copies else ""
        if self.deduplicated_from is not None:
            note += f", {self.deduplicated_from} copied turns dropped"
        return (
            f"<Corpus {self.source!r}: {len(self.documents)} documents, {len(self.turns)} turns, "
            f"{len(self.exchanges)} exchanges{note}, {len(self.sentences)} sentences, "
            f"{len(self.lines)} lines>"
        )


def parse(text: str, source: str = "<text>") -> Corpus:
    """Parse transcript text into a :class:`Corpus`.

    Args:
        text: the transcript (any line endings; a BOM is ignored).
        source: a name for error messages and the ``source`` column.

    Raises:
        TranscriptError: the text is empty or binary.

    >>> corpus = parse("Question: Hi, Matthew Chance from CNN. Was it hostile?\\n"
    ...                "Vladimir Putin: I believe there was no hostility at all.")
    >>> corpus.turns[["speaker", "affiliation", "kind"]].values.tolist()
    [['Matthew Chance', 'CNN', 'question'], ['Vladimir Putin', nan, 'answer']]
    """
    check_text(text, source)
    try:
        parsed = parse_lines(split_lines(text), source)
        frames = build(parsed)
    except TranscriptError:
        raise
    except RecursionError as error:  # pragma: no cover - defensive, never seen
        raise TranscriptError(source, f"cannot be parsed: {error}") from None
    return Corpus(**frames, source=source, wrapped=parsed.wrapped)


def read_transcript(path: str | PathLike[str], encoding: str | None = None) -> Corpus:
    """Read and parse a transcript file.

    Args:
        path: a text file (UTF-8 by default).
        encoding: the file's encoding when it is not UTF-8, e.g. ``"cp1251"``.

    Raises:
        TranscriptError: the file is missing, a folder, empty, binary or not in the
            encoding; the message names the file and where the problem is.
    """
    return parse(read_text(path, encoding), str(path))


def load() -> Corpus:
    """The bundled Geneva source: Putin's news conference of 16 June 2021, as copied to a blog.

    >>> load()
    <Corpus 'geneva_2021-06-16_putin_news_conference_blog_copy.txt': 3 documents, 20 turns, 6 exchanges, 1 duplicated, 261 sentences, 95 lines>
    """
    path = data_path(GENEVA)
    return parse(read_text(path), path.name)
