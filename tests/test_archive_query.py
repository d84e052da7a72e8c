"""kit.archive.query: DuckDB over a dataset answers what the pandas analyses answer, on a 10 MB sample.

The sample is the Kremlin archive's 150 pages replicated to 10 MB (``benchmarks/replicate.py``:
ids, titles and a name varied per copy), read once into a dataset and once with
:func:`kit.read_corpus`; each question is asked of both. Skips where ``../shared`` is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit import airtime, duplicates, topics
from kit.archive import Archive, build_archive, copies, coverage, kwic, speaker_totals, word_totals
from tests.conftest import ROOT, needs_shared

sys.path.insert(0, str(ROOT / "benchmarks"))
from replicate import replicate  # noqa: E402

pytestmark = needs_shared


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Archive, kit.Corpus]:
    """The archive pages replicated to 10 MB: as a dataset, and as read_corpus reads them."""
    work = tmp_path_factory.mktemp("sample")
    files = replicate(work / "sources", 10)
    assert sum(f.stat().st_size for f in files) >= 10e6
    return build_archive(work / "sources", work / "dataset", progress=False), kit.read_corpus(
        work / "sources", progress=False
    )


@pytest.mark.parametrize(
    "term, options",
    [
        ("nuclear weapons", {}),
        ("Peskov", {"window": 3}),
        ("NATO", {"case": True}),
        (r"sanction\w*", {"regex": True}),
        ("no such phrase anywhere", {}),
    ],
)
def test_kwic_in_duckdb_is_kwic_in_pandas(sample, term: str, options: dict) -> None:
    archive, corpus = sample
    expected = kit.kwic(corpus.sentences, term, **options)
    pd.testing.assert_frame_equal(kwic(archive, term, **options), expected)
    if term == "nuclear weapons":
        assert len(expected) > 20  # the question is not empty


def test_kwic_over_turns_too(sample) -> None:
    archive, corpus = sample
    pd.testing.assert_frame_equal(kwic(archive, "Minsk", frame="turns"), kit.kwic(corpus.turns, "Minsk"))


def test_speaker_totals_in_duckdb_are_the_airtime_in_pandas(sample) -> None:
    archive, corpus = sample
    expected = airtime.speaker_totals(corpus.turns)
    pd.testing.assert_frame_equal(speaker_totals(archive), expected)
    assert len(expected) > 100 and expected["turns"].sum() == len(corpus.turns)


@pytest.mark.parametrize("by", ["source", "doc_id", ["role", "kind"]])
def test_word_totals_in_duckdb_are_a_groupby_in_pandas(sample, by) -> None:
    archive, corpus = sample
    keys = [by] if isinstance(by, str) else by
    expected = (
        corpus.turns.groupby(keys, sort=True)
        .agg(turns=("turn_id", "size"), words=("n_words", "sum"))
        .reset_index()
        .astype({"turns": "int64"})
    )
    pd.testing.assert_frame_equal(word_totals(archive, by), expected)


def test_topic_coverage_in_duckdb_is_coverage_in_pandas(sample) -> None:
    archive, corpus = sample
    pd.testing.assert_frame_equal(coverage(archive, by="doc_id"), topics.coverage(corpus.sentences, by="doc_id"))


def test_topic_coverage_by_two_columns_and_a_dictionary_of_ones_own(sample) -> None:
    archive, corpus = sample
    mine = {"arms": ["nuclear*", "missile defence"], "gas": ["gas", "Nord Stream"]}
    pd.testing.assert_frame_equal(
        coverage(archive, mine, by=["role", "turn_kind"]),
        topics.coverage(corpus.sentences, mine, by=["role", "turn_kind"]),
    )


def test_copies_of_a_passage_across_sources_are_what_find_finds(sample) -> None:
    archive, corpus = sample
    turns = corpus.turns
    passage = turns.loc[turns["n_words"].between(60, 120), "text"].iloc[5]
    asked = pd.concat(
        [pd.DataFrame({"turn_id": [0], "text": [passage], "first_line": [0], "source": [None]}), turns],
        ignore_index=True,
    )
    found = duplicates.find(asked[["turn_id", "text", "first_line", "source"]])
    expected = found[found["earlier"] == 0]
    got = copies(archive, passage)
    assert got["turn_id"].tolist() == expected["later"].tolist()
    assert got["similarity"].tolist() == expected["similarity"].tolist()
    assert got["source"].tolist() == expected["later_source"].tolist()
    assert got["source"].nunique() >= 4  # the passage is in every copy of its page


def test_a_passage_of_formulas_is_refused() -> None:
    with pytest.raises(ValueError, match="content words"):
        copies(Path("unused"), "Thank you very much, Mr President.")
