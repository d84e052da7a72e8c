"""One source's records as columns: the first step of the frame stage (records -> columns).

:func:`source_columns` reads one source's records into columns (Arrow and numpy
arrays), with ids numbered within the source, and takes the records over: each part is
dropped once its columns are made, so a large source never holds its records and its
columns at once (text goes into Arrow a few hundred kilobytes at a time, see
:func:`take_strings`). Each turn's text is tokenised once: the words give ``n_words``
and feed the near-duplicate search (:func:`kit.similarity.near_duplicates`, the same two
rules as :func:`kit.duplicates.find`) of the source's turns and of its exchanges, which
fills ``duplicate_of``. The search runs last, when only word ids are left beside the
columns, since it is the step that needs memory. Copies are looked for within a source,
never across two, so a source reads the same alone or in a corpus
(``kit.duplicates.find`` compares across sources when asked).

This step is plain Python, numpy and pyarrow: :func:`kit.read_corpus` runs it in worker
processes, and its :class:`SourceColumns` travel back to the parent cheaply.
:mod:`kit.frames` makes DataFrames of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise

import numpy as np

from kit.parsing import Exchange, Parsed, Turn
from kit.schema import ASKING_KINDS, FRAMES
from kit.similarity import Vocabulary, near_duplicates
from kit.similarity.vocabulary import blocks
from kit.words import tokens

__all__ = ["FROM_RECORDS", "SourceColumns", "source_columns", "take_strings"]

_BATCH = 200_000  # characters of turns tokenised at a time
#: The frames made from records, which :func:`kit.frames.assemble` builds (sentences come later, from the turns).
FROM_RECORDS = tuple(name for name in FRAMES if name != "sentences")


@dataclass
class SourceColumns:
    """One source's records as columns, ids numbered within the source (:func:`source_columns`).

    Attributes:
        source: the file, link or label the source was read from.
        wrapped: whether the source is hard-wrapped (its sentences cross line breaks).
        frames: for each of :data:`FROM_RECORDS`, its columns (all but ``source``) as
            pyarrow arrays, in schema order.
    """

    source: str
    wrapped: bool
    frames: dict[str, dict[str, object]] = field(default_factory=dict)

    def rows(self, name: str) -> int:
        """The number of rows of frame ``name``.

        Args:
            name: one of :data:`FROM_RECORDS`: ``"documents"``, ``"turns"``, ``"exchanges"`` or ``"lines"``.

        Returns:
            The length of the frame's columns.

        Raises:
            KeyError: ``name`` is not among :attr:`frames`.
        """
        return len(next(iter(self.frames[name].values())))


def source_columns(parsed: Parsed) -> SourceColumns:
    """One source's records as columns, with words counted and copies found.

    The records are taken over: ``parsed`` is emptied as its columns are made (its lines
    first, then its turns, documents and exchanges), so that a large source never holds
    its records, its columns and the copy search at once. Parse the text again to make
    columns of it twice.

    Args:
        parsed: the source's records (:func:`kit.parsing.parse_lines`); emptied.

    Returns:
        Its :class:`SourceColumns`, ids numbered within the source; :func:`kit.frames.assemble`
        makes frames of them.

    >>> from kit.parsing import parse_lines
    >>> columns = source_columns(parse_lines(["Question: Why?", "Vladimir Putin: Because."], "a.txt"))
    >>> columns.source, columns.rows("turns"), columns.frames["turns"]["n_words"].to_pylist()
    ('a.txt', 2, [1, 1])
    """
    frames = {"lines": _lines(parsed)}
    parsed.lines, parsed.kinds, parsed.doc_of, parsed.turn_of = [], [], [], []
    vocabulary = Vocabulary()
    words, n_words = _word_ids(parsed.turns, vocabulary)
    frames["documents"] = _documents(parsed, n_words)
    frames["turns"] = _turns(parsed.turns, n_words)
    frames["exchanges"], asking, answering = _exchanges(parsed.exchanges, n_words)
    exchange_ids = frames["exchanges"]["exchange_id"].to_pylist()
    parsed.documents, parsed.turns, parsed.exchanges = [], [], []
    # Copies next, with only the words' ids alive beside the columns: the search is the
    # step that needs memory. The exchanges' texts are joined after it, for the same reason.
    frames["turns"]["duplicate_of"] = _duplicate_of(
        words, vocabulary, np.arange(1, len(words) + 1).tolist(), frames["turns"]["speaker"]
    )
    spoken = [q + a for q, a in zip(asking, answering, strict=True)]
    order = list(chain.from_iterable(spoken))
    flat = np.concatenate([words[i] for i in order]) if order else np.empty(0, dtype=np.uint32)
    del words, order
    counts = n_words.tolist()
    texts = _pieces(flat, [sum(counts[i] for i in turns) for turns in spoken])
    del spoken
    frames["exchanges"]["duplicate_of"] = _duplicate_of(
        texts, vocabulary, exchange_ids, frames["exchanges"]["questioner"]
    )
    del texts, flat
    frames["exchanges"]["question"] = _joined(asking, frames["turns"]["text"])
    frames["exchanges"]["answer"] = _joined(answering, frames["turns"]["text"])
    return SourceColumns(parsed.source, parsed.wrapped, frames)


def _lines(parsed: Parsed) -> dict[str, object]:
    import pyarrow as pa

    integer = pa.int64()
    return {
        "line": pa.array(np.arange(1, len(parsed.lines) + 1, dtype=np.int64)),
        "text": take_strings(parsed.lines),
        "kind": pa.array(parsed.kinds, pa.large_string()),
        "doc_id": pa.array(parsed.doc_of, integer),
        "turn_id": pa.array(parsed.turn_of, integer),
        "not_label": _sparse(len(parsed.lines), parsed.not_labels),
    }


def _sparse(n: int, values: dict[int, str]):
    """A string column of ``n`` rows, missing but where ``values`` (index -> text) has one."""
    import pyarrow as pa

    if not values:
        return pa.nulls(n, pa.large_string())
    column: list[str | None] = [None] * n
    for i, text in values.items():
        column[i] = text
    return pa.array(column, pa.large_string())


def take_strings(strings: list[str]):
    """An Arrow string column of ``strings``, emptying the list as it goes (each string freed once copied).

    About 256 kB of strings at a time become a chunk of their own and are dropped from
    the list, so the column grows as the strings go: a chunked array, which pandas reads
    as one column. (pyarrow leaves a UTF-8 copy inside each non-ASCII string it reads;
    dropping the strings a chunk at a time drops those copies with them.)

    Args:
        strings: the strings; each entry is set to ``None`` once copied.

    Returns:
        A pyarrow ``large_string`` chunked array of the strings, in order.

    >>> strings = ["a–b", "", "plain"]
    >>> take_strings(strings).to_pylist(), strings
    (['a–b', '', 'plain'], [None, None, None])
    """
    import pyarrow as pa

    chunks = []
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
    for start, stop in list(blocks(lengths, 262_144)) or [(0, 0)]:
        batch = strings[start:stop]
        chunks.append(pa.array(batch, pa.large_string()))
        strings[start:stop] = [None] * len(batch)
        del batch
    return pa.chunked_array(chunks, pa.large_string())


def _word_ids(turns: Sequence[Turn], vocabulary: Vocabulary) -> tuple[list[np.ndarray], np.ndarray]:
    """Each turn's words as an array of ids, and each turn's number of words."""
    n_words = np.zeros(len(turns), dtype=np.int64)
    words: list[np.ndarray] = []
    # Words to ids a batch of turns at a time: one vocabulary call a batch, and never
    # more than a batch of word strings alive at once (a word string costs ~55 bytes).
    lengths = np.fromiter((len(t.text) for t in turns), dtype=np.int64, count=len(turns))
    for start, stop in blocks(lengths, _BATCH):
        listed = [tokens(t.text) for t in turns[start:stop]]
        counts = [len(w) for w in listed]
        n_words[start:stop] = counts
        words += _pieces(vocabulary.ids(list(chain.from_iterable(listed))), counts)
        del listed
    return words, n_words


def _turns(turns: Sequence[Turn], n_words: np.ndarray) -> dict[str, object]:
    import pyarrow as pa

    texts = [t.text for t in turns]
    for turn in turns:
        turn.text = ""  # the list holds the texts now: take_strings frees each once copied
    string, integer = pa.large_string(), pa.int64()
    return {
        "turn_id": pa.array([t.turn_id for t in turns], integer),
        "doc_id": pa.array([t.doc_id for t in turns], integer),
        "exchange_id": pa.array([t.exchange_id for t in turns], integer),
        "speaker": pa.array([t.speaker for t in turns], string),
        "speaker_label": pa.array([t.label.name for t in turns], string),
        "speaker_title": pa.array([t.speaker_title for t in turns], string),
        "label_note": pa.array([t.label.note for t in turns], string),
        "label_shape": pa.array([t.label.shape for t in turns], string),
        "speaker_source": pa.array([t.speaker_source for t in turns], string),
        "role": pa.array([t.role for t in turns], string),
        "role_source": pa.array([t.role_source for t in turns], string),
        "affiliation": pa.array([t.affiliation for t in turns], string),
        "kind": pa.array([t.kind for t in turns], string),
        "time": pa.array([t.time for t in turns], string),
        "text": take_strings(texts),
        "first_line": pa.array([t.lines[0] + 1 for t in turns], integer),
        "last_line": pa.array([t.lines[-1] + 1 for t in turns], integer),
        "n_words": pa.array(n_words),
    }


def _duplicate_of(texts: list[np.ndarray], vocabulary: Vocabulary, ids: list[int], speakers):
    """The ``duplicate_of`` column: for each text (word-id array) that copies an earlier one, the earlier one's id.

    The three rules of :func:`kit.similarity.near_duplicates`, as :func:`kit.duplicates.find`
    uses them: word 3-grams at least :data:`kit.similarity.THRESHOLD` alike, or the
    shorter text's words in the longer one in order (one in 20 forgiven), texts with too
    few content words left out; or a row next to a copy mirroring, by the same speaker
    (``speakers``, an Arrow column), the row next to the original.
    """
    import pyarrow as pa

    copy_of: list[int | None] = [None] * len(texts)
    if len(texts) > 1:
        for copy in near_duplicates(texts, vocabulary=vocabulary, speakers=speakers.to_pylist()):
            copy_of[copy.later] = ids[copy.earlier]
    return pa.array(copy_of, pa.int64())


def _documents(parsed: Parsed, n_words: np.ndarray) -> dict[str, object]:
    import pyarrow as pa

    docs = parsed.documents
    index = {d.doc_id: k for k, d in enumerate(docs)}
    turns_in = np.zeros(len(docs), dtype=np.int64)
    words_in = np.zeros(len(docs), dtype=np.int64)
    for turn, count in zip(parsed.turns, n_words.tolist(), strict=True):
        k = index[turn.doc_id]
        turns_in[k] += 1
        words_in[k] += count
    string, integer, stamp = pa.large_string(), pa.int64(), pa.timestamp("us")
    return {
        "doc_id": pa.array([d.doc_id for d in docs], integer),
        "title": pa.array([d.title for d in docs], string),
        "title_source": pa.array([d.title_source for d in docs], string),
        "start": pa.array([d.start for d in docs], stamp),
        "end": pa.array([d.end for d in docs], stamp),
        "place": pa.array([d.place for d in docs], string),
        "event": pa.array([d.event for d in docs], string),
        "event_source": pa.array([d.event_source for d in docs], string),
        "first_line": pa.array([d.first + 1 for d in docs], integer),
        "last_line": pa.array([d.last + 1 for d in docs], integer),
        "n_turns": pa.array(turns_in),
        "n_words": pa.array(words_in),
    }


def _pieces(flat: np.ndarray, sizes) -> list[np.ndarray]:
    """``flat`` cut into consecutive views of the given sizes (``np.split`` costs more per piece).

    >>> [p.tolist() for p in _pieces(np.arange(5), [2, 0, 3])], _pieces(np.arange(0), [])
    ([[0, 1], [], [2, 3, 4]], [])
    """
    ends = np.cumsum(sizes, dtype=np.int64).tolist()
    return [flat[start:end] for start, end in pairwise([0, *ends])]


def _exchanges(exchanges: Sequence[Exchange], n_words: np.ndarray) -> tuple[dict[str, object], list, list]:
    """The exchanges' columns but ``question``, ``answer`` and ``duplicate_of``, and the positions of their turns.

    Returns the columns, then for each exchange the positions of its asking turns and
    of its other turns: :func:`_joined` makes ``question`` and ``answer`` of them.
    """
    import pyarrow as pa

    words = n_words.tolist()
    answered_by, question_words, answer_words, asking, answering = [], [], [], [], []
    for exchange in exchanges:
        if len(exchange.turns) == 1:  # a question left unanswered: the common case of a long list
            turn = exchange.turns[0]
            at = turn.turn_id - 1
            if turn.kind in ASKING_KINDS:
                answered_by.append(None)
                question_words.append(words[at])
                answer_words.append(0)
                asking.append([at])
                answering.append([])
            else:
                answered_by.append(turn.speaker or None)
                question_words.append(0)
                answer_words.append(words[at])
                asking.append([])
                answering.append([at])
            continue
        asked = [t.turn_id - 1 for t in exchange.turns if t.kind in ASKING_KINDS]
        replies = [t for t in exchange.turns if t.kind not in ASKING_KINDS]
        answered_by.append("; ".join(dict.fromkeys([t.speaker for t in replies])) or None)
        replied = [t.turn_id - 1 for t in replies]
        question_words.append(sum(words[i] for i in asked))
        answer_words.append(sum(words[i] for i in replied))
        asking.append(asked)
        answering.append(replied)
    string, integer = pa.large_string(), pa.int64()
    columns = {
        "exchange_id": pa.array([e.exchange_id for e in exchanges], integer),
        "doc_id": pa.array([e.doc_id for e in exchanges], integer),
        "questioner": pa.array([e.turns[0].speaker for e in exchanges], string),
        "affiliation": pa.array([e.turns[0].affiliation for e in exchanges], string),
        "answered_by": pa.array(answered_by, string),
        "first_line": pa.array([e.turns[0].lines[0] + 1 for e in exchanges], integer),
        "last_line": pa.array([e.turns[-1].lines[-1] + 1 for e in exchanges], integer),
        "n_turns": pa.array([len(e.turns) for e in exchanges], integer),
        "question_words": pa.array(question_words, integer),
        "answer_words": pa.array(answer_words, integer),
    }
    return columns, asking, answering


def _joined(positions: list[list[int]], text):
    """For each list of turn positions, those turns' texts (an Arrow column) joined by newlines, in Arrow.

    Made about a megabyte at a time, as a chunked array. An exchange's turns follow one
    another, so each batch reads one short slice of ``text``: no second copy of the
    whole text is ever made (``take`` on a chunked array would join all its chunks).

    >>> import pyarrow as pa
    >>> _joined([[0, 2], [], [1]], pa.chunked_array([["Why?", "Yes."], ["And how?"]], pa.large_string())).to_pylist()
    ['Why?\\nAnd how?', '', 'Yes.']
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    sizes = pc.binary_length(text).to_numpy(zero_copy_only=False).tolist()
    newline = pa.scalar("\n", pa.large_string())
    chunks = []
    spoken = np.fromiter((sum(sizes[i] for i in p) for p in positions), dtype=np.int64, count=len(positions))
    for start, stop in list(blocks(spoken, 1 << 20)) or [(0, 0)]:
        batch = positions[start:stop]
        offsets = np.zeros(len(batch) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, batch), dtype=np.int64, count=len(batch)), out=offsets[1:])
        at = np.fromiter(chain.from_iterable(batch), dtype=np.int64, count=int(offsets[-1]))
        low = int(at.min()) if at.size else 0
        piece = text.slice(low, int(at.max()) + 1 - low if at.size else 0)
        if isinstance(piece, pa.ChunkedArray):
            piece = piece.combine_chunks()
        values = piece.take(pa.array(at - low))
        chunks.append(pc.binary_join(pa.LargeListArray.from_arrays(pa.array(offsets), values), newline))
    return pa.chunked_array(chunks, pa.large_string())
