"""Corpora of many sources: read_corpus, concat and +, save and open, progress, workers, errors."""

from __future__ import annotations

import html
import importlib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit._data import GENEVA, data_path
from kit.export import export, utterances
from kit.schema import SCHEMA
from tests.conftest import SHARED_CORPUS, LoopbackSite, needs_shared, no_proxies, refuse_sockets

#: The frames a corpus has, and the ids each kind of row is numbered by.
FRAMES = ("documents", "turns", "exchanges", "sentences", "lines")
IDS = {"doc_id": "documents", "turn_id": "turns", "exchange_id": "exchanges", "sentence_id": "sentences"}
ARCHIVE = SHARED_CORPUS / "kremlin-archive"

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Talks</title></head>
<body><nav><p>Menu</p><p>News</p></nav>
<article><h1>Press statements following talks</h1>
<div><time>May 3, 2019</time> <div>15:00</div> <div>Sochi</div></div>
<div class="body"><p>Question: Anna Smith, Reuters. Will there be a next meeting?</p>
<p>Vladimir Putin: We agreed to meet again, probably in the autumn.</p>
<p>Thank you.</p></div></article></body></html>
"""


def one_by_one(corpora: list[kit.Corpus]) -> dict[str, pd.DataFrame]:
    """What a corpus of these sources must hold: each source's frames, ids moved on by the sources before."""
    start = dict.fromkeys(IDS.values(), 0)
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in FRAMES}
    for corpus in corpora:
        for name in FRAMES:
            table = getattr(corpus, name).copy()
            for column, rows in IDS.items():
                if column in table.columns:
                    table[column] = table[column] + start[rows]
            if "duplicate_of" in table.columns:
                table["duplicate_of"] = table["duplicate_of"] + start[name]
            parts[name].append(table)
        for rows in start:
            start[rows] += len(getattr(corpus, rows))
    return {name: pd.concat(tables, ignore_index=True) for name, tables in parts.items()}


def assert_frames(corpus: kit.Corpus, expected: dict[str, pd.DataFrame]) -> None:
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(corpus, name), expected[name], obj=name)


def assert_same(a: kit.Corpus, b: kit.Corpus) -> None:
    for name in SCHEMA:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


@pytest.fixture
def folder(tmp_path, kremlin_text, whitehouse_text) -> Path:
    """A folder of four transcripts in three formats, one in a subfolder, beside files to leave alone."""
    (tmp_path / "b_kremlin.md").write_text(kremlin_text, encoding="utf-8")
    (tmp_path / "a_geneva.txt").write_bytes(data_path(GENEVA).read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c_whitehouse.txt").write_text(whitehouse_text, encoding="utf-8")
    (tmp_path / "d_page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,a,transcript\n", encoding="utf-8")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a_geneva-checkpoint.txt").write_text("Question: Old?\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Question: Hidden?\n", encoding="utf-8")
    return tmp_path


def alone(path: Path) -> kit.Corpus:
    """A source read by itself, as a student would."""
    return kit.read_page(path) if path.suffix == ".html" else kit.read_transcript(path)


# --- many sources read as one ---------------------------------------------------------------


def test_a_folder_is_read_recursively_in_path_order(folder):
    corpus = kit.read_corpus(folder)
    files = [
        folder / "a_geneva.txt",
        folder / "b_kremlin.md",
        folder / "d_page.html",
        folder / "sub" / "c_whitehouse.txt",
    ]
    assert corpus.sources == tuple(str(f) for f in files)
    assert corpus.source == "4 sources" and repr(corpus).startswith("<Corpus '4 sources': ")
    assert_frames(corpus, one_by_one([alone(f) for f in files]))
    assert corpus.errors.empty


def test_any_mix_of_file_folder_pattern_page_gives_each_source_as_read_alone(folder, tmp_path_factory, whitehouse_text):
    other = tmp_path_factory.mktemp("other")
    (other / "x.txt").write_text(whitehouse_text.replace("Jonathan", "Nancy"), encoding="utf-8")
    (other / "y.txt").write_text("Question: Why?\nVladimir Putin: Because.\n", encoding="utf-8")
    sources = [folder / "d_page.html", str(other / "*.txt"), folder / "sub", str(folder / "a_geneva.txt")]
    corpus = kit.read_corpus(sources)
    files = [
        folder / "d_page.html",
        other / "x.txt",
        other / "y.txt",
        folder / "sub" / "c_whitehouse.txt",
        folder / "a_geneva.txt",
    ]
    assert [Path(s) for s in corpus.sources] == files
    expected = one_by_one([alone(f) for f in files])
    assert_frames(corpus, expected)
    for name in FRAMES:  # ids 1..n across the corpus; lines numbered within their source
        table = getattr(corpus, name)
        key = {"documents": "doc_id", "turns": "turn_id", "exchanges": "exchange_id", "sentences": "sentence_id"}.get(
            name
        )
        if key:
            assert table[key].tolist() == list(range(1, len(table) + 1))
    assert corpus.lines.groupby("source", sort=False)["line"].first().eq(1).all()


def test_a_file_given_twice_is_read_once(folder):
    corpus = kit.read_corpus([folder / "b_kremlin.md", folder, str(folder / "b_kremlin.md")])
    assert len(corpus.sources) == 4 and corpus.sources[0] == str(folder / "b_kremlin.md")


def test_kit_load_is_unchanged_but_for_its_source_column(geneva):
    counts = [len(getattr(geneva, name)) for name in FRAMES]
    assert counts == [3, 20, 6, 261, 95]
    for name in FRAMES:
        assert getattr(geneva, name)["source"].eq(GENEVA).all(), name
    assert geneva.sources == (GENEVA,) and geneva.source == GENEVA and geneva.errors.empty


def test_hard_wrapped_and_line_a_paragraph_sources_keep_their_own_sentences(tmp_path, kremlin_text, whitehouse_text):
    (tmp_path / "1.txt").write_text(whitehouse_text, encoding="utf-8")
    (tmp_path / "2.txt").write_text(kremlin_text, encoding="utf-8")
    corpus = kit.read_corpus(tmp_path)
    assert corpus.wrapped_sources == {str(tmp_path / "1.txt")} and not corpus.wrapped
    assert corpus._sentences is None  # built on first use only
    expected = one_by_one([kit.read_transcript(tmp_path / "1.txt"), kit.read_transcript(tmp_path / "2.txt")])
    pd.testing.assert_frame_equal(corpus.sentences, expected["sentences"])


FRAGMENTS = [
    "Question: Why?",
    "Question (retranslated): Hi, Matthew Chance from CNN. Really?",
    "Vladimir Putin: Because we agreed on it with the President of the United States today.",
    "Remark: Thank you.",
    "THE PRESIDENT:\u00a0 Look.",
    "Q\u00a0\u00a0\u00a0 And?",
    "June 16, 2021 19:40, Geneva",
    "7:20 P.M. CEST",
    "* * *",
    "To be continued.",
    "<…>",
    "(Laughter.)",
    "",
    "The question is: what?",
    "Meeting with President of Switzerland Guy Parmelin",
    "Mr. Smith said so. Who is the killer? (Laughs.)",
]
transcripts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12).map("\n".join)


def as_page(text: str) -> str:
    """A web page whose article has the lines of ``text`` as paragraphs."""
    return (
        "<html><body><article>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
        + "</article></body></html>"
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    texts=st.lists(st.tuples(transcripts, st.sampled_from([".txt", ".md", ".html"])), min_size=1, max_size=4),
    repeat=st.booleans(),
    data=st.data(),
)
def test_any_sources_read_together_are_the_sources_read_alone(tmp_path_factory, texts, repeat, data):
    folder = tmp_path_factory.mktemp("mix")
    if repeat:  # a source that copies another one: copies are found within a source, never across
        texts = [*texts, texts[0]]
    paths = []
    for k, (text, suffix) in enumerate(texts):
        paths.append(folder / f"{k:02d}{suffix}")
        paths[-1].write_text(as_page(text) if suffix == ".html" else text, encoding="utf-8")
    given_as_folder = data.draw(st.booleans(), label="the folder, not a list")
    if not given_as_folder:
        paths = data.draw(st.permutations(paths), label="order given")
    singles, readable = [], []
    for path in paths:
        try:
            singles.append(alone(path))
            readable.append(path)
        except kit.TranscriptError:
            pass  # blank: read_corpus must skip it too
    sources = folder if given_as_folder else paths
    if not singles:
        with pytest.raises(kit.TranscriptError), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kit.read_corpus(sources)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = kit.read_corpus(sources)
    assert corpus.sources == tuple(map(str, readable))
    assert len(corpus.errors) == len(paths) - len(readable)
    expected = one_by_one(singles)
    assert_frames(corpus, expected)
    assert_frames(kit.Corpus.concat(singles), expected)


# --- bad sources ----------------------------------------------------------------------------


def test_one_bad_file_is_named_and_skipped_and_the_rest_are_read(tmp_path, kremlin_text):
    (tmp_path / "a.txt").write_text(kremlin_text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "c.txt").write_bytes("Вопрос: Да.".encode("cp1251"))
    (tmp_path / "d.txt").write_text("Question: Why?\nVladimir Putin: Because.\n", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        corpus = kit.read_corpus(tmp_path)
    messages = [str(w.message) for w in caught]
    assert any(str(tmp_path / "b.txt") in m and "binary" in m for m in messages)
    assert any(str(tmp_path / "c.txt") in m and "cp1251" in m for m in messages)
    assert corpus.sources == (str(tmp_path / "a.txt"), str(tmp_path / "d.txt"))
    assert_frames(
        corpus, one_by_one([kit.read_transcript(tmp_path / "a.txt"), kit.read_transcript(tmp_path / "d.txt")])
    )
    errors = corpus.errors
    assert errors["source"].tolist() == [str(tmp_path / "b.txt"), str(tmp_path / "c.txt")]
    assert errors["line"].tolist() == [1, 1] and errors["problem"].str.contains("binary|not UTF-8").all()
    assert [str(errors[c].dtype) for c in errors.columns] == [c.dtype for c in SCHEMA["errors"]]
    assert "2 skipped>" in repr(corpus)


def test_on_error_raise_raises_the_bad_files_error(tmp_path, kremlin_text):
    (tmp_path / "a.txt").write_text(kremlin_text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(kit.TranscriptError, match=r"b\.txt: the file is empty"):
        kit.read_corpus(tmp_path, on_error="raise")


def test_missing_files_empty_folders_and_patterns_that_match_nothing_are_reported(tmp_path, kremlin_text):
    (tmp_path / "a.txt").write_text(kremlin_text, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    with pytest.warns(UserWarning):
        corpus = kit.read_corpus(
            [tmp_path / "a.txt", tmp_path / "gone.txt", tmp_path / "empty", str(tmp_path / "*.md")]
        )
    assert len(corpus.sources) == 1
    assert corpus.errors["problem"].tolist() == [  # in the order given
        "no such file",
        "no transcript files in this folder (looked for .txt, .md, .vtt, .srt, .html and .htm, in subfolders too)",
        "no file matches this pattern",
    ]


def test_nothing_readable_is_an_error_naming_the_source(tmp_path):
    with pytest.raises(kit.TranscriptError, match=r"gone\.txt: no such file$"):
        kit.read_corpus(tmp_path / "gone.txt")
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing read: the error says it all, no warnings before it
        with pytest.raises(
            kit.TranscriptError, match=r"a\.txt: the file is empty; none of the 2 sources could be read: .*b\.txt$"
        ):
            kit.read_corpus(tmp_path)
    with pytest.raises(kit.TranscriptError, match="no transcripts given"):
        kit.read_corpus([])


def test_wrong_arguments_are_refused_plainly(tmp_path):
    with pytest.raises(TypeError, match="not int"):
        kit.read_corpus([tmp_path, 3])
    with pytest.raises(ValueError, match="on_error"):
        kit.read_corpus(tmp_path, on_error="ignore")
    with pytest.raises(ValueError, match="workers"):
        kit.read_corpus(tmp_path, workers=-1)


# --- saved pages and links ------------------------------------------------------------------


@needs_shared
def test_the_archives_saved_pages_read_as_their_text_files():
    pages = kit.read_corpus(ARCHIVE / "html")
    names = [Path(s).stem for s in pages.sources]
    assert len(names) == 10 and names == sorted(names)
    texts = kit.read_corpus([ARCHIVE / "txt" / f"{name}.txt" for name in names])
    for name in FRAMES:
        pd.testing.assert_frame_equal(
            getattr(pages, name).drop(columns="source"), getattr(texts, name).drop(columns="source"), obj=name
        )
    assert_frames(pages, one_by_one([kit.read_page(p) for p in pages.sources]))


@pytest.fixture
def site(monkeypatch):
    """A web server on 127.0.0.1 serving one transcript page (``/talks``); its ``requests`` are counted."""
    no_proxies(monkeypatch)
    served = LoopbackSite({"/talks": ("text/html; charset=utf-8", PAGE.encode("utf-8"))})
    yield served
    served.stop()


def test_a_link_is_fetched_once_and_read_like_a_saved_page(site, tmp_path, folder, monkeypatch):
    url = site.url + "/talks"
    cache = tmp_path / "cache"
    corpus = kit.read_corpus([url, folder / "b_kremlin.md"], cache_dir=cache)
    assert site.requests == ["/talks"]
    assert corpus.sources == (url, str(folder / "b_kremlin.md"))
    saved = kit.read_page(folder / "d_page.html")
    page_part = corpus.turns[corpus.turns["source"] == url].drop(columns="source").reset_index(drop=True)
    pd.testing.assert_frame_equal(page_part, saved.turns.drop(columns="source"))
    refuse_sockets(monkeypatch)  # the second time the link is read from the cache
    again = kit.read_corpus([url, folder / "b_kremlin.md"], cache_dir=cache)
    assert_same(again, corpus)


def test_a_link_that_fails_is_skipped_with_its_error(site, tmp_path, folder):
    with pytest.warns(UserWarning, match="HTTP 404"):
        corpus = kit.read_corpus([site.url + "/gone", folder / "b_kremlin.md"], cache_dir=tmp_path)
    assert corpus.errors[["source", "problem"]].values.tolist() == [
        [site.url + "/gone", "cannot fetch URL: HTTP 404 Not Found"]
    ]


def test_only_links_given_are_fetched(folder, monkeypatch):
    (folder / "links.txt").write_text(
        "Question: Is https://en.kremlin.ru/events a link?\nVladimir Putin: Yes.\n", encoding="utf-8"
    )
    refuse_sockets(monkeypatch)
    corpus = kit.read_corpus(folder)
    assert len(corpus.sources) == 5


# --- concat and + ---------------------------------------------------------------------------


def test_plus_and_concat_join_corpora_as_read_corpus_does(folder):
    a, b = kit.read_transcript(folder / "a_geneva.txt"), kit.read_transcript(folder / "b_kremlin.md")
    page = kit.read_page(folder / "d_page.html")
    joined = a + b + page
    together = kit.read_corpus([folder / "a_geneva.txt", folder / "b_kremlin.md", folder / "d_page.html"])
    assert_same(joined, together)
    assert_same(kit.Corpus.concat([a, b, page]), together)
    assert joined.source == "3 sources" and joined.sources == together.sources
    assert len(a.turns) == 20 and a.turns["turn_id"].max() == 20  # the parts are not changed


def test_concat_keeps_ids_unique_after_deduplication_and_keeps_errors(folder):
    a = kit.read_transcript(folder / "a_geneva.txt").deduplicated()
    with pytest.warns(UserWarning):
        b = kit.read_corpus([folder / "b_kremlin.md", folder / "gone.txt"])
    joined = a + b
    for name, key in [("turns", "turn_id"), ("exchanges", "exchange_id"), ("sentences", "sentence_id")]:
        assert getattr(joined, name)[key].is_unique, name
    assert joined.turns["turn_id"].min() > 0 and joined.turns.loc[18:, "turn_id"].min() > 20
    assert joined.errors["source"].tolist() == [str(folder / "gone.txt")]
    assert joined.deduplicated_from is None and len(joined.deduplicated().turns) == len(joined.turns)
    with pytest.raises(TypeError):
        a + 1  # noqa: B018
    with pytest.raises(ValueError, match="at least one"):
        kit.Corpus.concat([])


# --- every analysis, chart and view on a corpus of three sources ----------------------------


@pytest.fixture(scope="module")
def three(tmp_path_factory) -> kit.Corpus:
    """The Geneva source, a short Kremlin transcript and a saved page, read as one corpus."""
    folder = tmp_path_factory.mktemp("three")
    shutil.copy(data_path(GENEVA), folder / "1_geneva.txt")
    (folder / "2_hamburg.txt").write_text(
        "News conference following the G20 Summit\nJuly 8, 2017 17:20, Hamburg\n"
        "Question: RIA Novosti. Mr President, what did you agree with the President of the United States?\n"
        "Vladimir Putin: We agreed on three things: cyber security, Syria and Ukraine. Who is responsible? Of course, I think we all are.\n"
        "Question (retranslated): Good afternoon. Anna Smith, Reuters. Will you meet again?\n"
        "Vladimir Putin: Yes. We will meet again, probably at the next summit in the Arctic.\n",
        encoding="utf-8",
    )
    (folder / "3_page.html").write_text(PAGE, encoding="utf-8")
    return kit.read_corpus(folder)


def test_every_public_analysis_runs_on_a_many_source_corpus(three):
    from kit import airtime, distinctive, duplicates, marks, rhetoric, topics

    kwic_module = importlib.import_module("kit.kwic")
    sentences = three.deduplicated().sentences
    features = rhetoric.flag_devices(sentences)
    sampled = rhetoric.sample(features, "hedge", n=3)
    coverage = topics.coverage(sentences)
    calls = {
        "rhetoric.load_cues": lambda: rhetoric.load_cues(),
        "rhetoric.matches": lambda: rhetoric.matches(sentences),
        "rhetoric.cue_notes": lambda: rhetoric.cue_notes(rhetoric.matches(sentences)),
        "rhetoric.flag_devices": lambda: features,
        "rhetoric.summary": lambda: rhetoric.summary(features),
        "rhetoric.sample": lambda: sampled,
        "rhetoric.precision_recall": lambda: rhetoric.precision_recall(sampled.assign(label=sampled["flagged"])),
        "rhetoric.subquestions": lambda: rhetoric.subquestions(three.sentences, three.exchanges),
        "rhetoric.load_evasion_key": lambda: rhetoric.load_evasion_key(),
        "topics.load_dictionary": lambda: topics.load_dictionary(),
        "topics.full_form": lambda: topics.full_form(),
        "topics.to_toml": lambda: topics.to_toml(),
        "topics.add_phrase": lambda: topics.add_phrase(topics.load_dictionary(), "trade_economy", "tariff*"),
        "topics.remove_phrase": lambda: topics.remove_phrase(topics.load_dictionary(), "trade_economy", "trade"),
        "topics.describe_topics": lambda: topics.describe_topics(),
        "topics.compile_dictionary": lambda: topics.compile_dictionary(topics.load_dictionary()),
        "topics.tag": lambda: topics.tag(sentences),
        "topics.coverage": lambda: coverage,
        "topics.agenda": lambda: topics.agenda(sentences[sentences["source"] == three.sources[0]]),
        "topics.introduced": lambda: topics.introduced(sentences),
        "kwic.kwic": lambda: kit.kwic(sentences, "meet again"),
        "distinctive.log_odds": lambda: distinctive.log_odds(three.turns, "source", three.sources[0], min_count=1),
        "duplicates.find": lambda: duplicates.find(three.turns),
        "duplicates.similarities": lambda: duplicates.similarities(three.exchanges),
        "duplicates.collate": lambda: duplicates.collate("We met. (Good.)", "We met, good."),
        "duplicates.collate_turns": lambda: duplicates.collate_turns(three.turns, 11, 13),
        "duplicates.classify": lambda: duplicates.classify(duplicates.collate_turns(three.turns, 11, 13)),
        "duplicates.count_differences": lambda: duplicates.count_differences(
            duplicates.classify(duplicates.collate_turns(three.turns, 11, 13))
        ),
        "duplicates.ranked_pairs": lambda: duplicates.ranked_pairs(three.exchanges),
        "duplicates.flag_pairs": lambda: duplicates.flag_pairs(duplicates.ranked_pairs(three.exchanges)),
        "duplicates.copy_list": lambda: duplicates.copy_list(three),
        "duplicates.texts_of": lambda: duplicates.texts_of(three.exchanges),
        "duplicates.measure_effect": lambda: duplicates.measure_effect(three),
        "marks.reading_marks": lambda: marks.reading_marks(three),
        "airtime.speaker_totals": lambda: airtime.speaker_totals(three.turns),
        "airtime.answering_turns": lambda: airtime.answering_turns(sentences),
    }
    public = {
        f"{module.__name__.removeprefix('kit.')}.{name}"
        for module in (rhetoric, topics, kwic_module, distinctive, duplicates, marks, airtime)
        for name in module.__all__
        if callable(getattr(module, name)) and not isinstance(getattr(module, name), type)
    }
    assert public <= set(calls), f"not run on a many-source corpus: {sorted(public - set(calls))}"
    results = {name: call() for name, call in calls.items()}
    # the results point at rows of the right sources, and say which
    hits = results["kwic.kwic"]
    assert hits["source"].tolist() == three.turns.set_index("turn_id").loc[hits["turn_id"], "source"].tolist()
    found = results["marks.reading_marks"]
    assert found["source"].tolist() == three.turns.set_index("turn_id").loc[found["turn_id"], "source"].tolist()
    assert found["turn_id"].is_monotonic_increasing
    with pytest.raises(ValueError, match="one news conference"):
        topics.agenda(sentences)  # questions from several documents: never a silent mix
    assert set(three.turns.set_index("turn_id").loc[hits["turn_id"], "source"]) == set(three.sources[1:])
    assert results["duplicates.find"][["earlier", "later"]].values.tolist() == [
        [10, 12],
        [11, 13],
    ]  # Geneva's copy only
    assert set(results["rhetoric.subquestions"]["exchange_id"]) <= set(three.exchanges["exchange_id"])
    assert set(results["rhetoric.flag_devices"]["sentence_id"]) <= set(sentences["sentence_id"])
    assert len(results["topics.tag"]) == len(sentences)


def test_every_chart_and_view_works_on_a_many_source_corpus(three):
    from kit import charts, duplicates, rhetoric, topics, widgets

    sentences = three.deduplicated().sentences
    features = rhetoric.flag_devices(sentences)
    tagged = topics.tag(sentences)
    for chart in [
        charts.words_by_speaker(three.turns),
        charts.lengths(three.exchanges, selected=7),
        charts.stacked_share(topics.coverage(sentences, by="exchange_id")),
        charts.timeline(tagged, ["arctic", "trade_economy"]),
        charts.heatmap(topics.coverage(sentences), "exchange_id", "topic", "share_sentences"),
        charts.kwic_table(kit.kwic(sentences, "meet again")),
        charts.devices(rhetoric.summary(features)),
        charts.threshold(duplicates.similarities(three.exchanges), 0.8),
        charts.effect(duplicates.measure_effect(three), "words"),
    ]:
        assert chart.to_dict()["$schema"].startswith("https://vega.github.io/schema/vega-lite/v5")
    speakers = widgets.SpeakerExplorer(three)
    speakers.speaker.value = "Anna Smith"
    assert len(speakers.frame) == 2  # one turn in each of two sources
    exchanges = widgets.ExchangeViewer(three)
    assert len(exchanges.frame) >= 1
    search = widgets.KwicSearch(sentences)
    search.term.value = "meet again"
    assert len(search.frame) >= 2
    widgets.FeatureHighlighter(sentences)
    widgets.SampleLabeller(rhetoric.sample(features, "hedge", n=3))
    widgets.EvasionCoder(three, exchange=3, exercise=None)
    editor = widgets.TopicEditor(sentences)
    editor.topic.value = "arctic"
    assert editor.mentions() > 0
    widgets.ThresholdExplorer(three.exchanges)
    comparer = widgets.CopyComparer(three)
    comparer.pair.value = (11, 13)
    assert len(comparer.frame)
    loader = widgets.TranscriptLoader(three)
    assert loader.frame.columns.tolist() == ["source", "line", "kind", "text"]


# --- the loader widget: links and folders ---------------------------------------------------


def test_loader_reads_a_folder_and_lists_the_files_it_could_not_read(folder):
    (folder / "broken.txt").write_bytes(b"\x00binary")
    view = kit.widgets.TranscriptLoader()
    view.where.value = str(folder)
    view.fetch.click()
    assert view.corpus.source == "4 sources"
    assert "Read 4 transcripts from" in view.html and "broken.txt: looks like binary data" in view.html
    assert view.frame.columns.tolist() == ["source", "line", "kind", "text"]


def test_loader_fetches_a_link_only_on_click(site, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    view = kit.widgets.TranscriptLoader()
    view.where.value = site.url + "/talks"
    assert site.requests == []
    view.fetch.click()
    assert site.requests == ["/talks"] and view.corpus.source == site.url + "/talks"
    assert len(view.corpus.turns) == 2
    view.where.value = site.url + "/gone"
    view.fetch.click()
    assert "Could not read it" in view.html and "HTTP 404" in view.html and view.corpus.source.endswith("/talks")
    view.where.value = "  "
    view.fetch.click()
    assert "Type a link" in view.html


# --- export ---------------------------------------------------------------------------------


def test_export_of_a_many_source_corpus_keeps_conversations_within_a_source(three, tmp_path):
    written = export(three, tmp_path / "out")
    turns = pd.read_csv(written[1])
    assert turns["source"].tolist() == three.turns["source"].tolist()
    rows = utterances(three)
    by_id = {row["id"]: row for row in rows}
    conversations: dict[str, set[str]] = {}
    for row in rows:
        conversations.setdefault(row["conversation_id"], set()).add(row["meta"]["source"])
        if row["reply_to"]:
            assert by_id[row["reply_to"]]["meta"]["source"] == row["meta"]["source"]
    assert all(len(sources) == 1 for sources in conversations.values())
    assert {s for sources in conversations.values() for s in sources} == set(three.sources)
    lines = (tmp_path / "out" / "utterances.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["meta"]["source"] for line in lines] == three.turns["source"].tolist()


# --- save and open --------------------------------------------------------------------------


def test_a_saved_corpus_opens_with_every_frame_and_dtype(three, geneva, tmp_path):
    for corpus in (three, geneva, geneva.deduplicated()):
        path = corpus.save(tmp_path / f"saved-{len(corpus.turns)}")
        opened = kit.open_corpus(path)
        assert_same(opened, corpus)
        for name, columns in SCHEMA.items():
            assert [str(t) for t in getattr(opened, name).dtypes] == [c.dtype for c in columns], name
        assert (opened.sources, opened.wrapped_sources, opened.deduplicated_from, repr(opened)) == (
            corpus.sources,
            corpus.wrapped_sources,
            corpus.deduplicated_from,
            repr(corpus),
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["saved-18", "saved-20", f"saved-{len(three.turns)}"]


def test_saved_frames_are_plain_parquet(three, tmp_path):
    import pyarrow.parquet as pq

    path = three.save(tmp_path / "c")
    table = pq.read_table(path / "turns.parquet")
    assert table.num_rows == len(three.turns) and table.column_names == list(three.turns.columns)
    assert str(table.schema.field("duplicate_of").type) == "int64"
    assert str(pq.read_table(path / "documents.parquet").schema.field("start").type) == "timestamp[us]"
    about = json.loads((path / "corpus.json").read_text("utf-8"))
    assert about["sources"] == list(three.sources) and about["rows"]["sentences"] == len(three.sentences)


def test_save_refuses_to_overwrite_unless_asked_and_never_replaces_other_folders(geneva, three, tmp_path):
    path = geneva.save(tmp_path / "c")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        three.save(path)
    assert len(kit.open_corpus(path).turns) == 20
    three.save(path, overwrite=True)
    assert kit.open_corpus(path).source == "3 sources"
    mine = tmp_path / "my-notes"
    mine.mkdir()
    (mine / "essay.txt").write_text("my work", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not a saved corpus"):
        geneva.save(mine, overwrite=True)
    assert (mine / "essay.txt").read_text("utf-8") == "my work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "my-notes"]  # no temporary folder left


def test_a_failed_save_leaves_the_old_corpus_and_no_temporary_folder(geneva, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    path = geneva.save(tmp_path / "c")

    def broken(table, where, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq, "write_table", broken)
    with pytest.raises(OSError, match="No space left"):
        geneva.deduplicated().save(path, overwrite=True)
    monkeypatch.undo()
    assert len(kit.open_corpus(path).turns) == 20
    assert [p.name for p in tmp_path.iterdir()] == ["c"]


def test_open_corpus_names_what_is_wrong(tmp_path, geneva):
    with pytest.raises(kit.TranscriptError, match="not a saved corpus"):
        kit.open_corpus(tmp_path)
    path = geneva.save(tmp_path / "c")
    (path / "turns.parquet").write_bytes(b"not parquet")
    with pytest.raises(kit.TranscriptError, match=r"turns\.parquet: cannot be read"):
        kit.open_corpus(path)
    about = json.loads((path / "corpus.json").read_text("utf-8"))
    del about["frames"]["lines"]
    (path / "corpus.json").write_text(json.dumps(about), encoding="utf-8")
    with pytest.raises(kit.TranscriptError, match=r"corpus\.json: is damaged or incomplete \(KeyError: 'lines'\)"):
        kit.open_corpus(path)
    (path / "corpus.json").write_text("{", encoding="utf-8")
    with pytest.raises(kit.TranscriptError, match=r"corpus\.json: cannot be read"):
        kit.open_corpus(path)


# --- progress and workers -------------------------------------------------------------------


def test_progress_shows_when_asked_or_for_many_sources(folder, capsys):
    kit.read_corpus(folder, progress=True)
    assert "reading transcripts" in capsys.readouterr().err
    kit.read_corpus(folder, progress=False)
    kit.read_corpus(folder)  # four sources: too few to show by default
    assert capsys.readouterr().err == ""
    for k in range(12):
        (folder / f"many{k:02d}.txt").write_text("Question: Why?\nVladimir Putin: Because.\n", encoding="utf-8")
    kit.read_corpus(folder)
    assert "16/16" in capsys.readouterr().err


def test_progress_is_tqdms_which_the_kit_depends_on(folder, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)  # as if tqdm were not installed: no fallback hides it
    with pytest.raises(ImportError, match="tqdm"):
        kit.read_corpus(folder, progress=True)
    kit.read_corpus(folder, progress=False)  # no bar asked for: tqdm is not needed


def test_workers_give_the_same_corpus(folder, monkeypatch):
    monkeypatch.setattr(kit.workers, "PER_PROCESS", 1)  # start processes for the smallest work
    monkeypatch.setattr(kit.workers, "busy", lambda: False)  # and whatever else the machine runs
    (folder / "broken.txt").write_bytes(b"")
    with pytest.warns(UserWarning):
        here = kit.read_corpus(folder)
    with pytest.warns(UserWarning):
        two = kit.read_corpus(folder, workers=2)
    with pytest.warns(UserWarning):
        every = kit.read_corpus(folder, workers=0)
    assert_same(two, here)
    assert_same(every, here)
    with pytest.raises(kit.TranscriptError, match="broken.txt: the file is empty"):
        kit.read_corpus(folder, workers=2, on_error="raise")


PARENT = os.getpid()


def _read_one_or_die(*args, **kwargs):
    """kit.reading._read_one, except that a worker process dies at once."""
    if os.getpid() != PARENT:
        os._exit(1)
    return _READ_ONE(*args, **kwargs)


_READ_ONE = kit.reading._read_one


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to plant the failure")
def test_workers_that_die_leave_the_reading_to_this_process(folder, monkeypatch):
    monkeypatch.setattr(kit.workers, "process_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(kit.workers, "PER_PROCESS", 1)
    monkeypatch.setattr(kit.workers, "busy", lambda: False)
    monkeypatch.setattr(kit.reading, "_read_one", _read_one_or_die)
    with pytest.warns(UserWarning, match="worker processes stopped"):
        corpus = kit.read_corpus(folder, workers=2)
    assert_same(corpus, kit.read_corpus(folder))


def test_import_kit_imports_no_progress_bar():
    code = "import sys, kit; print([m for m in ('tqdm', 'multiprocessing') if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- in a notebook ------------------------------------------------------------------------------


def test_a_corpus_shows_a_summary_card_in_a_notebook(folder):
    (folder / "<script>alert(1).txt").write_text("Question: Why <b>now</b>?\nVladimir Putin: Because.\n")
    (folder / "<img src=x onerror=alert(2)>.txt").write_bytes(b"")
    with pytest.warns(UserWarning):
        corpus = kit.read_corpus(folder)
    card = corpus._repr_html_()
    facts = dict(re.findall(r"<th style='text-align: left'>([a-z ]+)</th><td[^>]*>([\d,]+)</td>", card))
    assert facts == {
        "sources": str(len(corpus.sources)),
        "documents": str(len(corpus.documents)),
        "turns": f"{len(corpus.turns):,}",
        "exchanges": str(len(corpus.exchanges)),
        "speakers": str(corpus.turns["speaker"].nunique()),
        "skipped sources": "1",
    }
    assert "&lt;script&gt;alert(1).txt" in card and "<script" not in card
    assert "&lt;img src=x onerror=alert(2)&gt;.txt</code>: the file is empty" in card and "<img" not in card
    assert corpus._sentences is None  # the card builds no sentences
    assert "<details" in card and "1 exchange is a copy" in card


def test_the_card_lists_twenty_sources_and_says_how_many_more(tmp_path):
    for k in range(25):
        (tmp_path / f"t{k:02d}.txt").write_text("Question: Why?\nVladimir Putin: Because.\n", encoding="utf-8")
    card = kit.read_corpus(tmp_path, progress=False)._repr_html_()
    assert card.count("<li>") == 21 and "<li>and 5 more</li>" in card
