"""Find copies: pairs of turns or exchanges whose words are near copies, and all pairs' similarity.

Texts are normalised to their words (case folded; punctuation, reading marks and line
breaks dropped) and a pair is a copy by one of three rules (:mod:`kit.similarity`
explains them): its word 3-grams are shared with a Jaccard similarity of ``threshold``
(0.8) or more, which forgives a changed word here and there in a long text; or the
words of the shorter text appear in the longer one in the same order, one in 20 of them
forgiven (dropped, changed or mistyped), and make up at least half of it, which catches
a short turn pasted again with an aside or reading marks inserted (each insertion
breaks the 3-grams around it, a heavy loss in 25 words); or it sits next to a copy and
mirrors, by the same speaker, the row next to the original (a short turn inside a
pasted exchange). Texts with fewer than six distinct content words, not counting
stopwords and the words of greetings, thanks and address ("Thank you very much, Mr
President." has none), are never copies by the first two rules. Candidates come from
indexes, not from comparing all pairs: a MinHash index with locality-sensitive hashing
for rule 1 (16 bands of 4 rows catch a pair of similarity 0.8 with probability above
0.999 and one of 0.2 with probability below 0.02) and an index of each text's rarest
words for rule 2; every candidate is then checked exactly, so the indexes never invent
a pair. Shingles and MinHash need nothing beyond numpy and can be explained on a
whiteboard; rapidfuzz would score edits well but offers no index to avoid the n²
comparisons.

``duplicate_of`` is filled when a corpus is built (:mod:`kit.columns`), within each
source, by the same rules; :func:`find` compares all the rows it is given, so it also
finds an answer recycled from one press conference to the next (``earlier_source``,
``later_source``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from kit.schema import MissingColumnError, require
from kit.similarity import (
    IN_ORDER,
    JACCARD,
    MIN_CONTENT_WORDS,
    MIRROR,
    THRESHOLD,
    Vocabulary,
    near_duplicates,
    set_jaccard,
    shingle_sets,
)
from kit.words import tokens

if TYPE_CHECKING:
    from kit.corpus import Corpus

__all__ = ["METHOD", "METHODS", "texts_of", "find", "similarities", "ranked_pairs", "flag_pairs", "copy_list"]

#: How :func:`find` found each pair, by rule, as reported in its ``method`` column.
METHODS = {
    JACCARD: "MinHash-LSH candidates, exact Jaccard of word 3-grams",
    IN_ORDER: "rarest-word index candidates, the shorter text's words in order in the longer, one in 20 forgiven",
    MIRROR: "next to a copy, mirroring the row next to the original (same speaker, no floor)",
}
#: The ``method`` of a pair found by its word 3-grams (rule 1), the usual case.
METHOD = METHODS[JACCARD]


def texts_of(frame: pd.DataFrame, by: str = "kit.duplicates") -> tuple[str, list, list[str], list[int]]:
    """The id column, ids, texts and first lines of a turns or exchanges frame.

    An exchange's text is its question, a line break, then its answer.

    Args:
        frame: ``corpus.turns`` (``turn_id, text, first_line``) or ``corpus.exchanges``
            (``exchange_id, question, answer, first_line``).
        by: the analysis that reads them, named in an error.

    Returns:
        ``(id column name, ids, texts, first lines)``, lists in the frame's order.

    Raises:
        MissingColumnError: the frame has neither set of columns.

    >>> texts_of(pd.DataFrame({"turn_id": [7], "text": ["Why?"], "first_line": [3]}))
    ('turn_id', [7], ['Why?'], [3])
    """
    exchanges = "question" in frame.columns and "answer" in frame.columns
    try:
        require(frame, *(("exchange_id", "first_line") if exchanges else ("turn_id", "text", "first_line")), by=by)
    except MissingColumnError as error:
        raise MissingColumnError(
            f"{error} {by} reads a turns frame (turn_id, text, first_line) or an exchanges frame "
            "(exchange_id, question, answer, first_line)."
        ) from None
    if exchanges:
        texts = (frame["question"].fillna("") + "\n" + frame["answer"].fillna("")).tolist()
        return "exchange_id", frame["exchange_id"].tolist(), texts, frame["first_line"].tolist()
    return "turn_id", frame["turn_id"].tolist(), frame["text"].tolist(), frame["first_line"].tolist()


def find(frame: pd.DataFrame, threshold: float = THRESHOLD, min_content: int = MIN_CONTENT_WORDS) -> pd.DataFrame:
    """Pairs of turns (or exchanges) whose words are near copies of each other, in any source.

    A pair is a copy when its word 3-grams are shared with a Jaccard similarity of
    ``threshold`` or more; or when the words of the shorter text appear in the longer
    one in order, one in 20 forgiven, and make up at least half of it (an aside or
    reading marks inserted, a word dropped or mistyped); or when it sits next to a copy
    and mirrors the row next to the original (rows are neighbours in the frame's order,
    within a source; turns by the same ``speaker``, exchanges by the same
    ``questioner``, when the frame has the column). Rows are compared whatever their
    source, so on a corpus of many transcripts this finds passages recycled from one to
    the next. Does not change ``frame``.

    Args:
        frame: ``corpus.turns`` or ``corpus.exchanges``, of one source or many (or any
            frame with their id, text and ``first_line`` columns; ``source`` is optional).
        threshold: the least similarity (Jaccard of word 3-grams) to count as a copy.
        min_content: texts with fewer distinct content words (neither
            :func:`kit.words.stopwords` nor :func:`kit.similarity.formula_words`) are
            never copies by their words alone: "Thank you very much, Mr President." has
            none (inside a copied run, they are).

    Returns:
        A new frame, one row per later copy: ``earlier`` and ``later`` (ids; ``earlier``
        is the first copy of its group), ``similarity`` (the Jaccard of word 3-grams,
        or for a pair found by its words in order or in a copied run, the share of the
        longer text they make up), ``method`` (:data:`METHODS`), ``earlier_line`` and ``later_line``
        (first lines, in their sources), ``earlier_source`` and ``later_source`` (from
        the frame's ``source`` column; missing when it has none).

    >>> turns = pd.DataFrame({"turn_id": [1, 2, 3], "first_line": [4, 9, 2],
    ...     "source": ["2019.txt", "2019.txt", "2020.txt"],
    ...     "text": ["We agreed on the route: work on the bridge will begin in the spring.",
    ...              "Thank you very much, Mr President.",
    ...              "We agreed on the route (as planned) / work on the bridge will begin in the spring."]})
    >>> find(turns)[["earlier", "later", "similarity", "earlier_source", "later_source"]].values.tolist()
    [[1, 3, 0.875, '2019.txt', '2020.txt']]
    """
    column, ids, texts, lines = texts_of(frame, "kit.duplicates.find")
    has_source = "source" in frame.columns
    sources = frame["source"].tolist() if has_source else [None] * len(ids)
    speaker = "speaker" if column == "turn_id" else "questioner"
    speakers = frame[speaker].tolist() if speaker in frame.columns else None
    rows = [
        (
            ids[c.earlier],
            ids[c.later],
            c.similarity,
            METHODS[c.method],
            lines[c.earlier],
            lines[c.later],
            sources[c.earlier],
            sources[c.later],
        )
        for c in near_duplicates(
            texts, threshold, min_content, speakers=speakers, sources=sources if has_source else None
        )
    ]
    columns = [
        "earlier",
        "later",
        "similarity",
        "method",
        "earlier_line",
        "later_line",
        "earlier_source",
        "later_source",
    ]
    return pd.DataFrame(rows, columns=columns).astype(
        {
            "earlier": "int64",
            "later": "int64",
            "similarity": "float64",
            "method": "str",
            "earlier_line": "int64",
            "later_line": "int64",
            "earlier_source": "str",
            "later_source": "str",
        }
    )


def similarities(frame: pd.DataFrame) -> pd.DataFrame:
    """The similarity of every pair of rows, both ways and with the diagonal (all pairs).

    The Jaccard similarity of word 3-grams (the first rule of :func:`find`), for small
    frames (a heatmap of a few dozen exchanges); it compares n² pairs, which is what
    :func:`find` avoids. Does not change ``frame``.

    Args:
        frame: ``corpus.turns`` or ``corpus.exchanges`` (the columns :func:`texts_of`
            reads), a few dozen rows.

    Returns:
        A new frame ``a, b, similarity``: the ids of two rows (``turn_id`` or
        ``exchange_id``) and the Jaccard similarity of their word 3-grams, rounded to
        4 places; every ordered pair, ``a == b`` (1.0) included, sorted by ``a`` then ``b``.

    Raises:
        ValueError: the frame is neither turns nor exchanges.

    >>> import kit
    >>> s = similarities(kit.load().exchanges)
    >>> s.query("a == 4 and b == 5")["similarity"].item(), s.query("a == 3 and b == 4")["similarity"].item() < 0.1
    (1.0, True)
    """
    column, ids, texts, _ = texts_of(frame, "kit.duplicates.similarities")
    vocabulary = Vocabulary()
    sets = shingle_sets([vocabulary.ids(tokens(t)) for t in texts])
    rows = []
    for i, a in enumerate(sets):
        rows.append((ids[i], ids[i], 1.0))
        for j in range(i + 1, len(sets)):
            score = round(float(set_jaccard(a, sets[j])), 4)
            rows.extend(((ids[i], ids[j], score), (ids[j], ids[i], score)))
    return pd.DataFrame(rows, columns=["a", "b", "similarity"]).sort_values(["a", "b"]).reset_index(drop=True)


def ranked_pairs(frame: pd.DataFrame) -> pd.DataFrame:
    """Every pair of rows once, most similar first: :func:`similarities` without the mirror and the diagonal.

    Args:
        frame: turns or exchanges, as for :func:`similarities` (a few dozen rows: all pairs are compared).

    Returns:
        A new frame ``a, b, similarity`` with ``a < b``, sorted by similarity, highest first.

    >>> import kit
    >>> ranked_pairs(kit.load().exchanges).head(1).values.tolist()
    [[4.0, 5.0, 1.0]]
    """
    pairs = similarities(frame)
    return (
        pairs[pairs["a"] < pairs["b"]].sort_values("similarity", ascending=False, kind="stable").reset_index(drop=True)
    )


def flag_pairs(pairs: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Mark the pairs that a threshold counts as copies: those at or above it.

    Args:
        pairs: ``a, b, similarity`` (:func:`ranked_pairs`); not changed.
        threshold: the cut.

    Returns:
        A new frame: ``pairs`` with a boolean ``flagged`` column.

    >>> flag_pairs(pd.DataFrame({"a": [1, 1], "b": [2, 3], "similarity": [0.9, 0.1]}), 0.8)["flagged"].tolist()
    [True, False]
    """
    require(pairs, "similarity", by="kit.duplicates.flag_pairs")
    return pairs.assign(flagged=pairs["similarity"] >= threshold)


def copy_list(corpus: Corpus) -> pd.DataFrame:
    """The turns marked as later copies (``duplicate_of``), each with the turn it copies.

    Args:
        corpus: a corpus (its turns' ``duplicate_of`` is filled as it is built).

    Returns:
        A new frame, one row per later copy: ``earlier`` and ``later`` (turn ids), the
        first copy's ``speaker`` and ``kind``, ``earlier_line`` and ``later_line``.

    >>> import kit
    >>> copy_list(kit.load())[["earlier", "later", "speaker"]].values.tolist()[:1]
    [[10, 12, 'Pavel Zarubin']]
    """
    turns = corpus.turns
    copies = turns.dropna(subset=["duplicate_of"])
    first = turns.set_index("turn_id").loc[copies["duplicate_of"].astype("int64")]
    return pd.DataFrame(
        {
            "earlier": first.index.to_numpy(),
            "later": copies["turn_id"].to_numpy(),
            "speaker": first["speaker"].to_numpy(),
            "kind": first["kind"].to_numpy(),
            "earlier_line": first["first_line"].to_numpy(),
            "later_line": copies["first_line"].to_numpy(),
        }
    )
