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

A small source (up to :data:`SMALL` lines) keeps its columns as Python lists, but for
its text, which :func:`kit.frames.assemble` makes into Arrow once for all the small
sources of a corpus: an Arrow array costs a few microseconds to make whatever its
length, so a corpus of thousands of short files would spend most of its time making
arrays of two rows. Text is in Arrow for every source (as Python strings it would take
half as much memory again). A larger source's columns are all Arrow arrays, made as each
part of its records is dropped.

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
from kit.schema import ASKING_KINDS, FRAMES, SCHEMA
from kit.similarity import MIN_CONTENT_WORDS, Vocabulary, near_duplicates
from kit.similarity.vocabulary import blocks
from kit.words import tokens

__all__ = ["FROM_RECORDS", "SMALL", "SourceColumns", "source_columns", "take_strings", "arrow_type", "arrow_pool"]

_BATCH = 200_000  # characters of turns tokenised at a time
#: The frames made from records, which :func:`kit.frames.assemble` builds (sentences come later, from the turns).
FROM_RECORDS = tuple(name for name in FRAMES if name != "sentences")
#: Sources of at most this many lines keep their columns as Python lists (made into Arrow with the others').
SMALL = 2_000


@dataclass
class SourceColumns:
    """One source's records as columns, ids numbered within the source (:func:`source_columns`).

    Attributes:
        source: the file, link or label the source was read from.
        wrapped: whether the source is hard-wrapped (its sentences cross line breaks).
        frames: for each of :data:`FROM_RECORDS`, its columns (all but ``source``):
            pyarrow arrays, or, for a source of at most :data:`SMALL` lines, Python lists
            (its text apart, always in Arrow).
        notes: warnings about the source made while reading it (in a worker process
            too), for the reader to give.
    """

    source: str
    wrapped: bool
    frames: dict[str, dict[str, object]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

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

    def values(self, name: str, column: str) -> list:
        """The values of one column as a Python list (whether kept as a list or in Arrow).

        Args:
            name: one of :data:`FROM_RECORDS`.
            column: one of its columns (``source`` apart).

        Returns:
            A new list of the values, ``None`` where missing.

        Raises:
            KeyError: there is no such frame or column.
        """
        kept = self.frames[name][column]
        return list(kept) if isinstance(kept, list) else kept.to_pylist()


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
    >>> columns.source, columns.rows("turns"), columns.values("turns", "n_words")
    ('a.txt', 2, [1, 1])
    """
    small = len(parsed.lines) <= SMALL
    finish = _as_lists if small else _in_arrow
    frames = {"lines": finish("lines", _lines(parsed, small))}
    parsed.lines, parsed.kinds, parsed.doc_of, parsed.turn_of = [], [], [], []
    vocabulary = Vocabulary()
    flat, n_words = _word_ids(parsed.turns, vocabulary)
    frames["documents"] = finish("documents", _documents(parsed, n_words))
    frames["turns"] = _turns(parsed.turns, n_words, small)
    frames["exchanges"], asking, answering = _exchanges(parsed.exchanges, n_words)
    exchange_ids = frames["exchanges"]["exchange_id"]
    parsed.documents, parsed.turns, parsed.exchanges = [], [], []
    # Copies next, with only the words' ids alive beside the columns: the search is the
    # step that needs memory. The exchanges' texts are joined after it, for the same reason.
    # A copy needs two texts of MIN_CONTENT_WORDS distinct content words, so as many words at least.
    # (an exchange's words: its question's and its answer's)
    sizes = np.array(frames["exchanges"]["question_words"], dtype=np.int64) + frames["exchanges"]["answer_words"]
    turn_copies = np.count_nonzero(n_words >= MIN_CONTENT_WORDS) > 1
    exchange_copies = np.count_nonzero(sizes >= MIN_CONTENT_WORDS) > 1
    words = _pieces(flat, n_words) if turn_copies or exchange_copies else []  # each turn's ids: only where needed
    del flat
    frames["turns"]["duplicate_of"] = (
        _duplicate_of(words, vocabulary, np.arange(1, len(words) + 1).tolist(), frames["turns"]["speaker"])
        if turn_copies
        else [None] * len(n_words)
    )
    if exchange_copies:
        spoken = [q + a for q, a in zip(asking, answering, strict=True)]
        order = list(chain.from_iterable(spoken))
        flat = np.concatenate([words[i] for i in order]) if order else np.empty(0, dtype=np.uint32)
        del words, order, spoken
        texts = _pieces(flat, sizes)
        frames["exchanges"]["duplicate_of"] = _duplicate_of(
            texts, vocabulary, exchange_ids, frames["exchanges"]["questioner"]
        )
        del texts, flat
    else:
        frames["exchanges"]["duplicate_of"] = [None] * len(sizes)
    join = _joined_here if small else _joined
    frames["exchanges"]["question"] = join(asking, frames["turns"]["text"])
    frames["exchanges"]["answer"] = join(answering, frames["turns"]["text"])
    frames["turns"], frames["exchanges"] = finish("turns", frames["turns"]), finish("exchanges", frames["exchanges"])
    return SourceColumns(parsed.source, parsed.wrapped, frames)


def arrow_type(dtype: str):
    """The Arrow type that holds a column of the pandas ``dtype`` of :mod:`kit.schema`.

    Args:
        dtype: a dtype of :data:`kit.schema.SCHEMA` (``"int64"``, ``"Int64"``, ``"str"``,
            ``"bool"``, ``"datetime64[us]"``).

    Returns:
        The pyarrow type (``int64``, ``large_string``, ``bool``, ``timestamp``).

    >>> arrow_type("Int64"), arrow_type("datetime64[us]")
    (DataType(int64), TimestampType(timestamp[us]))
    """
    import pyarrow as pa

    if dtype.startswith("datetime64["):
        return pa.timestamp(dtype[len("datetime64[") : -1])
    return {"int64": pa.int64(), "Int64": pa.int64(), "str": pa.large_string(), "bool": pa.bool_()}[dtype]


#: The columns that hold a source's text: in Arrow for every source (a Python string costs
#: 49 bytes more than its characters, twice their size for Cyrillic: kept as lists, the
#: text of a corpus of small files took 6.7 times its size in memory, not 4).
_TEXT = {"lines": ("text",), "turns": ("text",), "exchanges": ("question", "answer"), "documents": ()}


def arrow_pool():
    """The memory pool the columns' Arrow arrays are made in: the C library's allocator.

    An array made from a Python list grows its buffers as it goes. Arrow's default pool
    (mimalloc, in pyarrow's wheels) moves a growing buffer to a new place each time; the C
    library grows a large buffer where it lies. Made in it, a string column of 125,000
    short turns takes half the time (about 5 ms, not 11). Its bytes are counted by
    ``pyarrow.system_memory_pool().bytes_allocated()``, not the default pool's.

    Returns:
        ``pyarrow.system_memory_pool()``.

    >>> arrow_pool().backend_name
    'system'
    """
    import pyarrow as pa

    return pa.system_memory_pool()


def _as_lists(name: str, table: dict[str, object]) -> dict[str, object]:
    """A small source's columns: text in Arrow, the rest kept as lists, which :func:`kit.frames.assemble` makes Arrow of."""
    import pyarrow as pa

    for column in _TEXT[name]:
        table[column] = pa.array(table[column], pa.large_string(), memory_pool=arrow_pool())
    return table


def _in_arrow(name: str, table: dict[str, object]) -> dict[str, object]:
    """A large source's columns, each list made an Arrow array of its schema type (and dropped)."""
    import pyarrow as pa

    pool = arrow_pool()
    for column in SCHEMA[name]:
        values = table.get(column.name)
        if isinstance(values, list):  # the text columns are Arrow already, made as they went
            kind = arrow_type(column.dtype)
            # a column with no values at all (no notes, no times) is made at once
            table[column.name] = (
                pa.nulls(len(values), kind, memory_pool=pool)
                if values and values[0] is None and values.count(None) == len(values)
                else pa.array(values, kind, memory_pool=pool)
            )
    return table


def _lines(parsed: Parsed, small: bool) -> dict[str, object]:
    n = len(parsed.lines)
    return {
        "line": list(range(1, n + 1)),
        "text": parsed.lines if small else take_strings(parsed.lines),
        "kind": parsed.kinds,
        "doc_id": parsed.doc_of,
        "turn_id": parsed.turn_of,
        "not_label": _sparse(n, parsed.not_labels),
    }


def _sparse(n: int, values: dict[int, str]) -> list[str | None]:
    """A string column of ``n`` rows, missing but where ``values`` (index -> text) has one."""
    column: list[str | None] = [None] * n
    for i, text in values.items():
        column[i] = text
    return column


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
        chunks.append(pa.array(batch, pa.large_string(), memory_pool=arrow_pool()))
        strings[start:stop] = [None] * len(batch)
        del batch
    return pa.chunked_array(chunks, pa.large_string())


def _word_ids(turns: Sequence[Turn], vocabulary: Vocabulary) -> tuple[np.ndarray, np.ndarray]:
    """The turns' words as ids, one turn after another, and each turn's number of words.

    (:func:`_pieces` cuts the ids into turns, where the copy search needs them.)
    """
    n_words = np.zeros(len(turns), dtype=np.int64)
    words: list[np.ndarray] = []
    # Words to ids a batch of turns at a time: one vocabulary call a batch, and never
    # more than a batch of word strings alive at once (a word string costs ~55 bytes).
    lengths = np.fromiter((len(t.text) for t in turns), dtype=np.int64, count=len(turns))
    short: dict[str, list[str]] = {}  # short turns repeat ("Thank you."): their words found once
    for start, stop in blocks(lengths, _BATCH):
        listed = [_tokens_of(t.text, short) for t in turns[start:stop]]
        counts = [len(w) for w in listed]
        n_words[start:stop] = counts
        words.append(vocabulary.ids(list(chain.from_iterable(listed))))
        del listed
    return np.concatenate(words) if len(words) > 1 else words[0] if words else np.empty(0, np.uint32), n_words


def _tokens_of(text: str, short: dict[str, list[str]]) -> list[str]:
    """:func:`kit.words.tokens` of ``text``, those of a short text kept in ``short`` for its next turn."""
    if len(text) >= _SHORT_TURN:
        return tokens(text)
    words = short.get(text)
    if words is None:
        words = short[text] = tokens(text)
    return words


_SHORT_TURN = 80  # characters


def _turns(turns: Sequence[Turn], n_words: np.ndarray, small: bool) -> dict[str, object]:
    texts = [t.text for t in turns]
    if not small:
        for turn in turns:
            turn.text = ""  # the list holds the texts now: take_strings frees each once copied
    return {
        "turn_id": [t.turn_id for t in turns],
        "doc_id": [t.doc_id for t in turns],
        "exchange_id": [t.exchange_id for t in turns],
        "speaker": [t.speaker for t in turns],
        "speaker_label": [t.label.name for t in turns],
        "speaker_title": [t.speaker_title for t in turns],
        "label_note": [t.label.note for t in turns],
        "label_shape": [t.label.shape for t in turns],
        "speaker_source": [t.speaker_source for t in turns],
        "role": [t.role for t in turns],
        "role_source": [t.role_source for t in turns],
        "affiliation": [t.affiliation for t in turns],
        "kind": [t.kind for t in turns],
        "time": [t.time for t in turns],
        "text": texts if small else take_strings(texts),
        "first_line": [t.lines[0] + 1 for t in turns],
        "last_line": [t.lines[-1] + 1 for t in turns],
        "n_words": n_words.tolist(),
    }


def _duplicate_of(texts: list[np.ndarray], vocabulary: Vocabulary, ids: list[int], speakers):
    """The ``duplicate_of`` column: for each text (word-id array) that copies an earlier one, the earlier one's id.

    The three rules of :func:`kit.similarity.near_duplicates`, as :func:`kit.duplicates.find`
    uses them: word 3-grams at least :data:`kit.similarity.THRESHOLD` alike, or the
    shorter text's words in the longer one in order (one in 20 forgiven), texts with too
    few content words left out; or a row next to a copy mirroring, by the same speaker
    (``speakers``, a list or an Arrow column), the row next to the original. Called only
    where two texts have words enough to be copies (:func:`source_columns` tells).
    """
    copy_of: list[int | None] = [None] * len(texts)
    said = speakers if isinstance(speakers, list) else speakers.to_pylist()
    for copy in near_duplicates(texts, vocabulary=vocabulary, speakers=said):
        copy_of[copy.later] = ids[copy.earlier]
    return copy_of


def _documents(parsed: Parsed, n_words: np.ndarray) -> dict[str, object]:
    docs = parsed.documents
    index = {d.doc_id: k for k, d in enumerate(docs)}
    at = np.fromiter(map(index.__getitem__, [t.doc_id for t in parsed.turns]), dtype=np.int64, count=len(parsed.turns))
    turns_in = np.bincount(at, minlength=len(docs))
    words_in = np.bincount(at, weights=n_words, minlength=len(docs)).astype(np.int64)  # exact below 2**53 words
    return {
        "doc_id": [d.doc_id for d in docs],
        "title": [d.title for d in docs],
        "title_source": [d.title_source for d in docs],
        "start": [d.start for d in docs],
        "end": [d.end for d in docs],
        "place": [d.place for d in docs],
        "event": [d.event for d in docs],
        "event_source": [d.event_source for d in docs],
        "first_line": [d.first + 1 for d in docs],
        "last_line": [d.last + 1 for d in docs],
        "n_turns": turns_in.tolist(),
        "n_words": words_in.tolist(),
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
    first = [e.turns[0] for e in exchanges]
    columns = {
        "exchange_id": [e.exchange_id for e in exchanges],
        "doc_id": [e.doc_id for e in exchanges],
        "questioner": [t.speaker for t in first],
        "affiliation": [t.affiliation for t in first],
        "answered_by": answered_by,
        "first_line": [t.lines[0] + 1 for t in first],
        "last_line": [e.turns[-1].lines[-1] + 1 for e in exchanges],
        "n_turns": [len(e.turns) for e in exchanges],
        "question_words": question_words,
        "answer_words": answer_words,
    }
    return columns, asking, answering


def _joined_here(positions: list[list[int]], text: list[str]) -> list[str]:
    """:func:`_joined` for a small source, whose turns' texts are a list: the joined texts as a list.

    >>> _joined_here([[0, 2], [], [1]], ["Why?", "Yes.", "And how?"])
    ['Why?\\nAnd how?', '', 'Yes.']
    """
    return ["\n".join([text[i] for i in p]) for p in positions]


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

    sizes = pc.binary_length(text).to_numpy(zero_copy_only=False)
    newline = pa.scalar("\n", pa.large_string())
    chunks = []
    counts = np.fromiter(map(len, positions), dtype=np.int64, count=len(positions))
    flat = np.fromiter(chain.from_iterable(positions), dtype=np.int64, count=int(counts.sum()))
    ends = np.cumsum(counts)
    total = np.concatenate([[0], np.cumsum(sizes[flat], dtype=np.int64)])
    spoken = total[ends] - total[ends - counts]  # the bytes of each list's texts
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
