"""Questions asked of a dataset where it lies: DuckDB reads the Parquet parts, the frames are never loaded.

Each function answers what a pandas analysis of the kit answers, on the whole dataset:

- :func:`kwic`: :func:`kit.kwic` over the sentences (or turns);
- :func:`speaker_totals`: :func:`kit.airtime.speaker_totals` over the turns (each
  speaker's turns, words and share of the words: the airtime);
- :func:`word_totals`: turns and words per group (source, document, speaker, role, kind);
- :func:`coverage`: :func:`kit.topics.coverage` (sentences and words about each topic, per group);
- :func:`copies`: the turns of any source that copy a passage (:func:`kit.duplicates.find`'s rules).

Totals are SQL aggregations. Where the kit matches text (a KWIC term, a topic's phrases,
a copy's words) DuckDB's regular expressions (RE2) would differ from Python's at the edges
(word boundaries, Unicode spaces, case), so DuckDB picks the candidate rows with a looser
pattern (the phrase without its word boundaries, any white space between its words) and
the kit's own matcher decides on those, a batch at a time: the answer is the pandas
analysis's by construction, and only candidate rows leave DuckDB. Memory stays that of a
batch and of DuckDB's scan (:func:`connect` caps DuckDB at ``memory_limit``).

Rows come in id order: a new dataset's ids are in corpus order, as the pandas frames' rows.
DuckDB is imported on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from kit.airtime import speaker_totals as _pandas_speaker_totals
from kit.kwic import kwic as _pandas_kwic
from kit.schema import FRAMES
from kit.topics import compile_dictionary, full_form, tag
from kit.words import matchable

if TYPE_CHECKING:
    from kit.archive.dataset import Archive

__all__ = ["connect", "kwic", "speaker_totals", "word_totals", "coverage", "copies", "BATCH"]

#: Candidate rows handed from DuckDB to the kit's matcher at a time.
BATCH = 20_000
#: What Python's ``\s`` matches, as an RE2 class (RE2's own ``\s`` is ASCII only).
_SPACE = r"[\t-\r\x{1c}-\x{20}\x{85}\p{Z}]+"


def connect(archive: Archive | str, *, memory_limit: str = "512MB", threads: int | None = None):
    """A DuckDB connection on the dataset: each frame is a view (``turns``, ``sentences``, ...) of its parts.

    Args:
        archive: an :class:`~kit.archive.Archive`, or a dataset's folder.
        memory_limit: the most memory DuckDB may use (it spills to disk beyond it).
        threads: DuckDB's threads (default: one per processor).

    Returns:
        A ``duckdb`` connection (in memory; the dataset is only read).

    Raises:
        TranscriptError: the folder is not a dataset.

    >>> connect("no/such/folder")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: no/such/folder: not a dataset (no archive.json in it); make one with build_archive
    """
    import duckdb

    from kit.archive.dataset import Archive

    if not isinstance(archive, Archive):
        archive = Archive(archive)
    con = duckdb.connect(config={"memory_limit": memory_limit, **({"threads": threads} if threads else {})})
    con.execute("SET enable_progress_bar = false")
    for name in FRAMES:
        if archive.parts:
            files = _quoted(str(archive.path / name / "*.parquet"))
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({files})")
        else:
            columns = ", ".join(f"NULL::{_sql_type(c.dtype)} AS {c.name}" for c in _columns(name))
            con.execute(f"CREATE VIEW {name} AS SELECT {columns} WHERE FALSE")
    return con


def kwic(
    archive: Archive | str,
    term: str,
    window: int = 8,
    regex: bool = False,
    case: bool = False,
    frame: str = "sentences",
) -> pd.DataFrame:
    """:func:`kit.kwic` over a whole dataset's sentences (or turns), the frames never loaded.

    Args:
        archive: an :class:`~kit.archive.Archive`, or a dataset's folder.
        term: a word or phrase, or a regular expression when ``regex`` is true.
        window: how many words to show on each side.
        regex: treat ``term`` as a Python regular expression (every row is then read
            by the kit's matcher, a batch at a time: slower, as exact).
        case: match case exactly.
        frame: ``"sentences"`` or ``"turns"``.

    Returns:
        What ``kit.kwic(corpus.sentences, term, ...)`` returns for the whole dataset:
        ``left, match, right, speaker, turn_id, line, text, source``.

    Raises:
        ValueError: an empty term, a bad regular expression, or another frame.
    """
    if frame not in ("sentences", "turns"):
        raise ValueError(f'kwic reads "sentences" or "turns", not {frame!r}')
    line, order = ("line", "sentence_id") if frame == "sentences" else ("first_line", "turn_id")
    empty = pd.DataFrame({c: pd.Series(dtype="str") for c in ("text", "speaker", "source")})
    empty[["turn_id", line]] = 0
    nothing = _pandas_kwic(empty[["text", "speaker", "turn_id", line, "source"]], term, window, regex, case)
    loose = None if regex else _loose([term], case, wildcard=False)
    where, params = ("regexp_matches(text, ?)", [loose]) if loose else ("TRUE", [])
    sql = f"SELECT text, speaker, turn_id, {line}, source FROM {frame} WHERE {where} ORDER BY {order}"  # noqa: S608
    found = [_pandas_kwic(batch, term, window, regex, case) for batch in _batches(archive, sql, params)]
    found = [rows for rows in found if len(rows)]
    return pd.concat(found, ignore_index=True) if found else nothing


def speaker_totals(archive: Archive | str) -> pd.DataFrame:
    """:func:`kit.airtime.speaker_totals` of a dataset's turns: each speaker's turns, words and share.

    Args:
        archive: an :class:`~kit.archive.Archive`, or a dataset's folder.

    Returns:
        ``speaker, role, turns, words, share``, most words first (ties in the order
        speakers first speak), as the pandas analysis gives for all the turns.
    """
    # each turn is one row of turns: count(*) counts turns (count(DISTINCT turn_id) held every id in memory)
    sql = """
        WITH spoken AS (SELECT speaker, role, turn_id, n_words FROM turns WHERE speaker IS NOT NULL),
        counted AS (
            SELECT speaker, role, count(*) AS n FROM spoken WHERE role IS NOT NULL GROUP BY speaker, role
        ),
        usual AS (
            SELECT speaker, role FROM counted
            QUALIFY row_number() OVER (PARTITION BY speaker ORDER BY n DESC, role) = 1
        )
        SELECT speaker, usual.role, count(*) AS turns, sum(n_words)::BIGINT AS words, min(turn_id) AS first
        FROM spoken LEFT JOIN usual USING (speaker)
        GROUP BY speaker, usual.role ORDER BY first
    """
    totals = _answer(archive, sql)
    # the one role of each speaker, repeated once per turn: the pandas analysis finds the same figures
    frame = pd.DataFrame(
        {
            "speaker": totals["speaker"].astype("str"),
            "role": totals["role"].astype("str"),
            "turn_id": range(len(totals)),
            "n_words": totals["words"].astype("int64"),
        }
    )
    result = _pandas_speaker_totals(frame)
    result["turns"] = result["speaker"].map(dict(zip(totals["speaker"], totals["turns"], strict=True))).astype("int64")
    return result


def word_totals(archive: Archive | str, by: str | list[str] = "source") -> pd.DataFrame:
    """Turns and words per group of a dataset's turns (per source, document, speaker, role, kind, ...).

    What ``turns.groupby(by).agg(turns=("turn_id", "size"), words=("n_words", "sum"))``
    gives in pandas (rows with a missing key left out), sorted by the group.

    Args:
        archive: an :class:`~kit.archive.Archive`, or a dataset's folder.
        by: a column of the turns frame, or several.

    Returns:
        The group columns, ``turns`` and ``words``, one row per group.

    Raises:
        ValueError: ``by`` names no column of the turns frame.
    """
    keys = [by] if isinstance(by, str) else list(by)
    known = [c.name for c in _columns("turns")]
    unknown = [k for k in keys if k not in known]
    if unknown or not keys:
        raise ValueError(f"no column {', '.join(unknown) or '(none given)'} in turns; choose among {', '.join(known)}")
    listed = ", ".join(keys)
    present = " AND ".join(f"{k} IS NOT NULL" for k in keys)
    sql = (
        f"SELECT {listed}, count(*) AS turns, sum(n_words)::BIGINT AS words FROM turns WHERE {present} "  # noqa: S608
        f"GROUP BY {listed} ORDER BY {listed}"
    )
    result = _answer(archive, sql)
    result[["turns", "words"]] = result[["turns", "words"]].astype("int64")
    return _typed(result, "turns", keys)


def coverage(
    archive: Archive | str, dictionary: dict | None = None, by: str | list[str] = "exchange_id"
) -> pd.DataFrame:
    """:func:`kit.topics.coverage` of a dataset's sentences: sentences and words about each topic, per group.

    Group totals are counted in DuckDB; the sentences that may mention a topic are
    tagged by :func:`kit.topics.tag`, a batch at a time.

    Args:
        archive: an :class:`~kit.archive.Archive`, or a dataset's folder.
        dictionary: a topic dictionary; by default the kit's.
        by: a column of the sentences frame, or several (``"exchange_id"``, ``"speaker"``,
            ``"turn_kind"``, ``"doc_id"``, ``"source"``).

    Returns:
        What ``kit.topics.coverage(corpus.sentences, dictionary, by)`` returns for the whole dataset.
    """
    dictionary = full_form(dictionary)
    topics = list(compile_dictionary(dictionary))
    if not topics:
        return pd.DataFrame()
    keys = [by] if isinstance(by, str) else list(by)
    listed = ", ".join(keys)
    present = " AND ".join(f"{k} IS NOT NULL" for k in keys)
    totals = _answer(
        archive,
        f"SELECT {listed}, count(*) AS group_sentences, sum(n_words)::BIGINT AS group_words FROM sentences "  # noqa: S608
        f"WHERE {present} GROUP BY {listed} ORDER BY {listed}",
    )
    totals = _typed(totals, "sentences", keys)
    phrases = [p for t in topics for p in dictionary[t]["phrases"] if matchable(p)]
    loose = _loose(phrases, case=False, wildcard=True)
    counted = []
    sql = f"SELECT {listed}, text, n_words FROM sentences WHERE {present} AND regexp_matches(text, ?)"  # noqa: S608
    for batch in _batches(archive, sql, [loose], typed=("sentences", keys)):
        tagged = tag(batch, dictionary)
        flags = tagged[topics].astype("int64")
        groups = [tagged[k] for k in keys]
        counted.append(
            pd.concat(
                {
                    "sentences": flags.groupby(groups).sum().stack(),
                    "words": flags.mul(tagged["n_words"], axis=0).groupby(groups).sum().stack(),
                },
                axis=1,
            )
        )
    index = pd.MultiIndex.from_product(
        [pd.MultiIndex.from_frame(totals[keys]) if len(keys) > 1 else totals[keys[0]], topics]
    )
    if len(keys) > 1:
        index = pd.MultiIndex.from_tuples([(*g, t) for g, t in index], names=[*keys, "topic"])
    else:
        index = index.set_names([*keys, "topic"])
    long = pd.DataFrame({"sentences": 0, "words": 0}, index=index, dtype="int64")
    if counted:
        found = pd.concat(counted).groupby(level=list(range(len(keys) + 1))).sum()
        found.index = found.index.set_names([*keys, "topic"])
        long = long.add(found, fill_value=0).astype("int64")
    result = long.reset_index().merge(totals, on=keys, how="left")
    labels = {t: e["label"] for t, e in dictionary.items()}
    result.insert(len(keys) + 1, "label", result["topic"].map(labels).astype("str"))
    if result.empty:
        return result
    result["share_sentences"] = (result["sentences"] / result["group_sentences"]).round(3)
    result["share_words"] = (result["words"] / result["group_words"].where(result["group_words"] > 0)).round(3)
    return result.sort_values([*keys, "topic"], kind="stable").reset_index(drop=True)


def copies(archive: Archive | str, passage: str, *, frame: str = "turns") -> pd.DataFrame:
    """The turns (or exchanges) of every source that are near copies of ``passage``, by the kit's two rules.

    DuckDB keeps the rows of a fitting length (a third to three times the passage's
    words) that hold at least six of its content words; :func:`kit.duplicates.find`
    then compares each with the passage.

    Args:
        archive: an :class:`~kit.archive.Archive`, or a dataset's folder.
        passage: the text to look for.
        frame: ``"turns"`` or ``"exchanges"``.

    Returns:
        One row per copy, in id order: the id (``turn_id`` or ``exchange_id``),
        ``similarity`` and ``method`` (as :func:`kit.duplicates.find` gives them),
        ``first_line`` and ``source``.

    Raises:
        ValueError: another frame, or a passage with too few content words to have copies.
    """
    from kit.duplicates import find
    from kit.similarity import MIN_CONTENT_WORDS
    from kit.similarity.vocabulary import plain_words
    from kit.words import count_words, tokens

    if frame not in ("turns", "exchanges"):
        raise ValueError(f'copies reads "turns" or "exchanges", not {frame!r}')
    plain = plain_words()
    content = sorted({w for w in tokens(passage) if w not in plain})
    if len(content) < MIN_CONTENT_WORDS:
        raise ValueError(f"the passage has {len(content)} content words; copies need {MIN_CONTENT_WORDS} or more")
    n = count_words(passage)
    id_column = "turn_id" if frame == "turns" else "exchange_id"
    text = "text" if frame == "turns" else "question || chr(10) || answer"
    words = "n_words" if frame == "turns" else "question_words + answer_words"
    folded = f"replace(lower({text}), '’', '''')"
    searchable = [w for w in content if w.isascii()]  # lower() and casefold() agree on these
    need = max(1, MIN_CONTENT_WORDS - (len(content) - len(searchable)))
    held = " + ".join(f"contains({folded}, ?)::INT" for _ in searchable) or "0"
    columns = (
        f"{id_column}, text, first_line, source"
        if frame == "turns"
        else f"{id_column}, question, answer, first_line, source"
    )
    sql = f"SELECT {columns} FROM {frame} WHERE {words} BETWEEN ? AND ? AND ({held}) >= ? ORDER BY {id_column}"  # noqa: S608
    params = [max(0, n // 3 - 1), 3 * n + 1, *searchable, need]
    rows = []
    for batch in _batches(archive, sql, params):
        ask = pd.concat([_passage_row(frame, passage), batch], ignore_index=True)
        pairs = find(ask)
        pairs = pairs[pairs["earlier"] == 0]
        rows.append(
            batch.set_index(id_column)
            .loc[pairs["later"], ["first_line", "source"]]
            .assign(similarity=pairs["similarity"].to_numpy(), method=pairs["method"].to_numpy())
            .reset_index()
        )
    columns_out = [id_column, "similarity", "method", "first_line", "source"]
    if not rows:
        return pd.DataFrame(
            {c: pd.Series(dtype="int64" if c in (id_column, "first_line") else "str") for c in columns_out}
        )
    return pd.concat(rows, ignore_index=True)[columns_out]


def _passage_row(frame: str, passage: str) -> pd.DataFrame:
    if frame == "turns":
        return pd.DataFrame({"turn_id": [0], "text": [passage], "first_line": [0], "source": [None]})
    return pd.DataFrame(
        {"exchange_id": [0], "question": [passage], "answer": [""], "first_line": [0], "source": [None]}
    )


def _loose(phrases: Iterable[str], case: bool, wildcard: bool) -> str | None:
    """An RE2 pattern that finds at least every place :func:`kit.words.phrase_pattern` finds (no word boundaries)."""
    parts = []
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        pieces = []
        for word in words:
            ending = wildcard and word.endswith("*")
            literal = "".join(_literal(ch) for ch in (word.rstrip("*") if wildcard else word))
            pieces.append(literal + (r"[\p{L}\p{N}_]*" if ending else ""))
        parts.append(_SPACE.join(pieces))
    if not parts:
        return None
    return ("" if case else "(?i)") + "(?:" + "|".join(parts) + ")"


def _literal(ch: str) -> str:
    if ch.isalnum() or ch == "_":
        return ch if ch.isascii() else rf"\x{{{ord(ch):x}}}" if not ch.isalpha() else ch
    return re.escape(ch) if ch.isascii() else rf"\x{{{ord(ch):x}}}"


def _archive(archive):
    from kit.archive.dataset import Archive

    return archive if isinstance(archive, Archive) else Archive(archive)


def _answer(archive, sql: str, params: list | None = None) -> pd.DataFrame:
    return connect(_archive(archive)).execute(sql, params or []).df()


def _batches(archive, sql: str, params: list, typed: tuple | None = None):
    """The answer to ``sql`` as DataFrames of at most :data:`BATCH` rows."""
    con = connect(_archive(archive))
    reader = con.sql(sql, params=params or None).to_arrow_reader(BATCH)
    for batch in reader:
        frame = batch.to_pandas()
        if "text" in frame.columns:
            frame["text"] = frame["text"].astype("str")
        yield _typed(frame, *typed) if typed else frame


def _columns(name: str):
    from kit.schema import SCHEMA

    return SCHEMA[name]


def _typed(frame: pd.DataFrame, name: str, keys: list[str]) -> pd.DataFrame:
    """``frame`` with its ``keys`` columns in the schema dtypes of frame ``name``."""
    dtypes = {c.name: c.dtype for c in _columns(name)}
    for key in keys:
        frame[key] = frame[key].astype(dtypes[key])
    return frame


def _sql_type(dtype: str) -> str:
    return {"int64": "BIGINT", "Int64": "BIGINT", "str": "VARCHAR", "bool": "BOOLEAN"}.get(dtype, "TIMESTAMP")


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
