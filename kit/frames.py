"""Turn the parser's records into tidy pandas DataFrames (records -> frames).

The second stage, in two steps, so that a corpus of many sources becomes DataFrames
once rather than once per file:

1. :func:`kit.columns.source_columns` reads one source's records into columns, ids
   numbered within the source and copies marked (:mod:`kit.columns`).
2. :func:`assemble` joins the columns of all the sources, renumbers the ids (a source's
   ids follow on from the previous source's last) and builds each frame once, every
   column made directly in its :mod:`kit.schema` dtype (no ``astype`` afterwards).

:func:`build` is both steps, for one parsed source or many. Sentences are built on
first use by :func:`sentence_frame`. pyarrow (which pandas uses for its ``str`` columns)
is imported where it is used.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd

from kit.columns import FROM_RECORDS, SourceColumns, arrow_pool, arrow_type, source_columns
from kit.parsing import Parsed
from kit.schema import SCHEMA, id_columns
from kit.sentences import is_question, split_sentences
from kit.words import count_words

__all__ = ["build", "assemble", "frame", "sentence_frame"]


def build(parsed: Parsed | Sequence[Parsed]) -> dict[str, pd.DataFrame]:
    """The documents, turns, exchanges and lines frames of one or many parsed sources.

    Sentences are built on demand by :func:`sentence_frame` (see :class:`kit.Corpus`).

    Args:
        parsed: one source's records (:func:`kit.parsing.parse_lines`), or several.

    Returns:
        ``{"documents": ..., "turns": ..., "exchanges": ..., "lines": ...}``.

    >>> from kit.parsing import parse_lines
    >>> frames = build(parse_lines(["Question: Why?", "Vladimir Putin: Because."]))
    >>> frames["turns"][["speaker", "kind", "text", "n_words"]].values.tolist()
    [['Unnamed journalist', 'question', 'Why?', 1], ['Vladimir Putin', 'answer', 'Because.', 1]]
    >>> two = build([parse_lines(["Question: Why?"], "a.txt"), parse_lines(["Question: How?"], "b.txt")])
    >>> two["turns"][["turn_id", "doc_id", "source", "first_line"]].values.tolist()
    [[1, 1, 'a.txt', 1], [2, 2, 'b.txt', 1]]
    """
    if isinstance(parsed, Parsed):
        parsed = [parsed]
    return assemble([source_columns(p) for p in parsed])


def assemble(sources: Sequence[SourceColumns]) -> dict[str, pd.DataFrame]:
    """Join the columns of many sources into one set of frames, ids renumbered across them.

    Each source's ``doc_id``, ``turn_id`` and ``exchange_id`` (and ``duplicate_of``)
    follow on from the previous source's; line numbers stay within their source. Every
    frame gets a ``source`` column.

    Args:
        sources: the sources' columns (:func:`source_columns`), in corpus order.

    Returns:
        ``{"documents": ..., "turns": ..., "exchanges": ..., "lines": ...}``.

    >>> from kit.parsing import parse_lines
    >>> parts = [source_columns(parse_lines([f"Question: {q}"], f"{q}.txt")) for q in ("Why", "How")]
    >>> assemble(parts)["lines"][["line", "doc_id", "turn_id", "source"]].values.tolist()
    [[1, 1, 1, 'Why.txt'], [1, 2, 2, 'How.txt']]
    """
    sizes = {name: np.array([s.rows(name) for s in sources], dtype=np.int64) for name in FROM_RECORDS}
    starts = {name: np.cumsum(counts) - counts for name, counts in sizes.items()}
    names = [s.source for s in sources]
    result = {}
    for name in FROM_RECORDS:
        data: dict[str, object] = {}
        ids = id_columns(name)  # each id moves on by the rows of the frame it numbers in the sources before
        for column in SCHEMA[name]:
            if column.name == "source":
                data["source"] = _repeat_strings(names, sizes[name])
                continue
            chunks = [s.frames[name].pop(column.name) for s in sources]  # each column freed once joined
            offsets = None
            held = ids.get(column.name)
            if held is not None and len(sources) > 1 and starts[held].any():
                offsets = np.repeat(starts[held], sizes[name])
            data[column.name] = _column(chunks, column.dtype, offsets)
        result[name] = _frame(data)
    return result


def frame(name: str, data: dict[str, object]) -> pd.DataFrame:
    """Build the frame ``name`` from columns, in schema order and with schema dtypes.

    Args:
        name: a frame of :data:`kit.schema.SCHEMA`.
        data: its columns, each a list (``None`` for missing), a numpy array or a pandas
            array of the schema dtype.

    Returns:
        The DataFrame, each column made directly in its dtype.

    >>> frame("lines", {"line": [1], "text": ["Hi"], "kind": ["speech"],
    ...                 "doc_id": [1], "turn_id": [None], "not_label": [None], "source": ["a.txt"]}).dtypes["turn_id"]
    Int64Dtype()
    """
    return _frame({c.name: _column([data[c.name]], c.dtype) for c in SCHEMA[name]})


def _frame(data: dict[str, object]) -> pd.DataFrame:
    """A DataFrame of ready-made columns (no copies of the pandas arrays)."""
    return pd.DataFrame(data, copy=False)


_STR = pd.api.types.pandas_dtype("str")
_ARROW_STR = isinstance(_STR, pd.StringDtype) and _STR.storage == "pyarrow"


def _column(chunks: list, dtype: str, offsets: np.ndarray | None = None):
    """One column in ``dtype`` from its pieces (pyarrow arrays, lists, numpy or pandas arrays).

    ``offsets`` (one per row) are added to the ids that are not 0 or missing.
    """
    import pyarrow as pa

    if len(chunks) == 1 and offsets is None:
        ready = chunks[0]
        if isinstance(ready, pd.arrays.NumpyExtensionArray):
            ready = ready.to_numpy()
        if isinstance(ready, (np.ndarray, pd.api.extensions.ExtensionArray)) and str(ready.dtype) == dtype:
            return ready  # already a column of the dtype, e.g. taken from another frame
    kind = arrow_type(dtype)
    arrays = [
        c
        if isinstance(c, (pa.Array, pa.ChunkedArray))
        else pa.array(c, kind, from_pandas=True, memory_pool=arrow_pool())
        for c in _lists_joined(chunks)
    ]
    if dtype == "str":  # text is joined as chunks, never copied
        pieces = [p for a in arrays for p in (a.chunks if isinstance(a, pa.ChunkedArray) else [a])]
        return _strings(pa.chunked_array(pieces, kind))
    if any(isinstance(a, pa.ChunkedArray) for a in arrays):
        arrays = [p for a in arrays for p in (a.chunks if isinstance(a, pa.ChunkedArray) else [a])]
    array = (
        arrays[0]
        if len(arrays) == 1
        else pa.concat_arrays(arrays, memory_pool=arrow_pool())
        if arrays
        else pa.array([], kind)
    )
    if dtype in ("int64", "Int64"):
        missing = array.null_count > 0
        values = (array.fill_null(0) if missing else array).to_numpy(zero_copy_only=False)
        values = values.astype(np.int64, copy=False)
        if offsets is not None:
            values = values + np.where(values > 0, offsets, 0)
        if dtype == "int64":
            return values
        mask = array.is_null().to_numpy(zero_copy_only=False) if missing else np.zeros(len(values), dtype=bool)
        return pd.arrays.IntegerArray(values, mask)
    return array.cast(kind).to_numpy(zero_copy_only=False).astype(dtype, copy=False)  # bool, datetime64


def _lists_joined(chunks: list) -> list:
    """``chunks`` with each run of lists joined into one list: one Arrow array for all the small sources in a row.

    >>> _lists_joined([[1], [2, 3], np.arange(2), [4]])
    [[1, 2, 3], array([0, 1]), [4]]
    """
    joined: list = []
    run: list | None = None
    for chunk in chunks:
        if not isinstance(chunk, list):
            joined.append(chunk)
            run = None
        elif run is None:
            run = list(chunk)
            joined.append(run)
        else:
            run += chunk
    return joined


def _strings(array):
    """A pandas ``str`` array of a pyarrow string array (no Python strings made)."""
    import pyarrow as pa

    if not _ARROW_STR:  # pragma: no cover - pandas without pyarrow-backed str
        return pd.array(array.to_pylist(), dtype=_STR)
    if array.type != pa.large_string():
        array = array.cast(pa.large_string())
    return pd.arrays.ArrowStringArray(array, dtype=_STR)


def _repeat_strings(names: list[str], counts: np.ndarray):
    """A ``str`` column of each name repeated ``counts`` times, made in Arrow."""
    import pyarrow as pa

    indices = pa.array(np.repeat(np.arange(len(names), dtype=np.int32), counts))
    dictionary = pa.array(names, pa.large_string())
    return _strings(pa.DictionaryArray.from_arrays(indices, dictionary).cast(pa.large_string()))


def _placed(text: str, wrapped: bool) -> tuple[list[int], list[int], list[str]]:
    """A turn's sentences: their positions in it (from 1), the lines they start on (from 0), and their texts."""
    positions, lines, texts = [], [], []
    line = searched = 0
    for count, (offset, sentence) in enumerate(split_sentences(text, wrapped), 1):
        line += text.count("\n", searched, offset)
        searched = offset
        positions.append(count)
        lines.append(line)
        texts.append(sentence)
    return positions, lines, texts


def sentence_frame(turns: pd.DataFrame, wrapped: bool | Collection[str] = False) -> pd.DataFrame:
    """The sentences of a turns frame, each with the line it starts on.

    Does not change ``turns``.

    Args:
        turns: a turns frame (:attr:`kit.Corpus.turns`).
        wrapped: whether the source is hard-wrapped (paragraphs split by blank lines),
            or, for turns of many sources, the names of the hard-wrapped ones (matched
            against the ``source`` column).

    Returns:
        The sentences frame (:data:`kit.schema.SCHEMA`), ``sentence_id`` numbered from 1.

    >>> from kit import parse
    >>> sentence_frame(parse("Vladimir Putin: Who is responsible?\\nWho is the killer?").turns)[
    ...     ["sentence_id", "line", "text", "is_question"]].values.tolist()
    [[1, 1, 'Who is responsible?', True], [2, 2, 'Who is the killer?', True]]
    """
    per_turn: list[int] = []
    position: list[int] = []
    below: list[int] = []  # the line each sentence starts on, counted from its turn's first line
    texts: list[str] = []
    if isinstance(wrapped, bool):
        wraps = [wrapped] * len(turns)
    else:
        wraps = turns["source"].isin(list(wrapped)).tolist()
    # short turns repeat ("Thank you."): split once, in a text that is hard-wrapped or not
    split: tuple[dict[str, tuple[list[int], list[int], list[str]]], ...] = ({}, {})
    for text, wrap in zip(turns["text"].tolist(), wraps, strict=True):
        short = len(text) < 80
        placed = split[wrap].get(text) if short else None
        if placed is None:
            placed = _placed(text, wrap)
            if short:
                split[wrap][text] = placed
        position += placed[0]
        below += placed[1]
        texts += placed[2]
        per_turn.append(len(placed[2]))
    take = np.repeat(np.arange(len(turns)), per_turn)
    data: dict[str, object] = {"sentence_id": np.arange(1, len(texts) + 1, dtype=np.int64)}
    for name, column in [
        ("turn_id", "turn_id"),
        ("doc_id", "doc_id"),
        ("exchange_id", "exchange_id"),
        ("speaker", "speaker"),
        ("role", "role"),
        ("turn_kind", "kind"),
    ]:
        data[name] = turns[column].array.take(take)
    data["position"] = np.array(position, dtype=np.int64)
    data["line"] = turns["first_line"].to_numpy(dtype=np.int64)[take] + np.array(below, dtype=np.int64)
    data["text"] = texts
    measured = {s: (count_words(s), is_question(s)) for s in set(texts)}  # sentences repeat too
    data["n_words"] = np.fromiter((measured[s][0] for s in texts), dtype=np.int64, count=len(texts))
    data["is_question"] = np.fromiter((measured[s][1] for s in texts), dtype=bool, count=len(texts))
    data["source"] = turns["source"].array.take(take)
    return frame("sentences", data)
