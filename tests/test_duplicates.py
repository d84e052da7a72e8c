"""Duplicated passages: finding, collating, classifying, the effect on counts, reading marks."""

from __future__ import annotations

import random
from functools import lru_cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kit
from kit import duplicates, marks
from kit.duplicates.collation import TOKEN
from kit.similarity import MIN_CONTENT_WORDS
from tests.conftest import ROOT, SHARED_CORPUS, needs_shared

VOCABULARY = [f"w{k}" for k in range(400)]
ARCHIVE = SHARED_CORPUS / "kremlin-archive" / "txt"
#: Written for these tests: two press conferences a year apart. Putin recycles a short
#: answer (the second time with a reading mark and an aside of four words) and a long one
#: (the Geneva answer on human rights, marked in one, clean in the other); the
#: journalists and he open and close with the same formulas.
PRESS_2020 = [
    "Vladimir Putin: Good afternoon.",
    "Question: Thank you very much, Mr President. Anna Smith, Reuters. When will work on the bridge begin?",
    "Vladimir Putin: We agreed on the route, work on the bridge will begin in the spring, and the ministers will meet "
    "in Geneva to check the progress of the plan.",
    "Question: Thank you. And human rights?",
    "Vladimir Putin: {answer}",
    "Remark: Thank you.",
    "Vladimir Putin: Yes.",
]
PRESS_2021 = [
    "Vladimir Putin: Good afternoon.",
    "Question: Thank you very much, Mr President. Ivan Petrov, TASS. What about the bridge?",
    "Vladimir Putin: We agreed on the route(, as we planned it, )work on the bridge will begin in the spring, and the "
    "ministers will meet in Geneva / to check the progress of the plan.",
    "Question: Good afternoon. Human rights, again?",
    "Vladimir Putin: {answer}",
    "Remark: Thank you very much, Mr President.",
    "Vladimir Putin: Thank you.",
]


#: The bundled Geneva source (the seed), as it is on disk.
GENEVA_TEXT = (ROOT / "data" / "geneva_2021-06-16_putin_news_conference_blog_copy.txt").read_text(encoding="utf-8")
#: Written for these tests: a seven-word closing line, below the floor of content words.
CLOSING = "Remark: Thank you, that was a clear answer."
#: The last paragraph of Putin's VGTRK answer, in both copies (lines 47 and 57 of the seed).
LAST_OF_ANSWER = "Hardly anyone in this room will agree"


def with_line_after(text: str, start: str, line: str) -> str:
    """``text`` with ``line`` added after each line that begins with ``start``."""
    out = []
    for each in text.split("\n"):
        out.append(each)
        if each.startswith(start):
            out.append(line)
    return "\n".join(out)


def turns(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"turn_id": range(1, len(texts) + 1), "text": texts, "first_line": range(1, len(texts) + 1)})


def noisy(text: str, seed: int) -> str:
    """The blogger's kinds of noise: glued brackets, a spaced slash, dropped commas, a split line."""
    rng = random.Random(seed)
    words = text.split(" ")
    i = rng.randrange(0, max(1, len(words) - 3))
    words[i] = "(" + words[i]
    words[min(i + 2, len(words) - 1)] += ")"
    j = rng.randrange(0, len(words))
    words[j] += " /"
    out = " ".join(words).replace(",", "")
    k = out.find(" ", len(out) // 2)
    return out if k < 0 else out[:k] + "\n" + out[k + 1 :]


def press_conferences(geneva: kit.Corpus) -> tuple[kit.Corpus, kit.Corpus]:
    answers = geneva.turns.set_index("turn_id")["text"]
    return (
        kit.parse("\n".join(PRESS_2020).format(answer=answers[13]), "2020.txt"),
        kit.parse("\n".join(PRESS_2021).format(answer=answers[11]), "2021.txt"),
    )


def concat(first: kit.Corpus, second: kit.Corpus, name: str, column: str) -> pd.DataFrame:
    """Frame ``name`` of two corpora in one, as a corpus of many sources has it: ids run on, a ``source`` column."""
    a, b = getattr(first, name), getattr(second, name)
    return pd.concat(
        [a.assign(source=first.source), b.assign(source=second.source, **{column: b[column] + len(a)})],
        ignore_index=True,
    )


def test_geneva_finds_exactly_the_question_pair_and_the_answer_pair(geneva: kit.Corpus) -> None:
    pairs = duplicates.find(geneva.turns)
    assert pairs[["earlier", "later"]].values.tolist() == [[10, 12], [11, 13]]
    assert pairs["method"].eq(duplicates.METHOD).all()
    assert pairs["earlier_source"].equals(pairs["later_source"])
    assert pairs[["earlier_line", "later_line"]].values.tolist() == [[40, 48], [42, 52]]
    exchanges = duplicates.find(geneva.exchanges)
    assert exchanges[["earlier", "later"]].values.tolist() == [[4, 5]]


def geneva_closed() -> kit.Corpus:
    """The seed with the VGTRK exchange closed by :data:`CLOSING` in both copies."""
    assert GENEVA_TEXT.count("\n" + LAST_OF_ANSWER) == 2
    return kit.parse(with_line_after(GENEVA_TEXT, LAST_OF_ANSWER, CLOSING), "geneva_closed.txt")


def test_a_short_closing_line_pasted_with_the_vgtrk_exchange_is_a_copy() -> None:
    """The seed's VGTRK exchange, pasted twice, each time closed by the same seven-word line.

    The line has two content words, under the floor, so it is found only as a row of the
    copied run: after Putin's copied answer, by the same speaker as after the original.
    """
    t = geneva_closed().turns.set_index("turn_id")
    assert t.loc[[12, 15], "text"].tolist() == [CLOSING.split(": ", 1)[1]] * 2
    assert t.loc[[12, 15], "speaker"].tolist() == ["Pavel Zarubin"] * 2
    assert t.loc[[12, 15], "exchange_id"].tolist() == [4, 5]
    assert (t.loc[12, "n_words"], t.loc[12, "first_line"], t.loc[15, "first_line"]) == (7, 48, 59)
    marked = t["duplicate_of"].dropna().astype(int).to_dict()
    assert marked == {13: 10, 14: 11, 15: 12}  # the seed's two copies, one turn on, and the closing line
    pairs = duplicates.find(geneva_closed().turns)
    assert pairs[["earlier", "later"]].values.tolist() == [[10, 13], [11, 14], [12, 15]]
    assert pairs["method"].tolist() == [duplicates.METHOD] * 2 + [duplicates.METHODS["in a copied run"]]
    # the seed itself keeps its figures: the question and the answer, nothing else
    assert kit.load().turns.set_index("turn_id")["duplicate_of"].dropna().astype(int).to_dict() == {12: 10, 13: 11}


def test_every_turn_of_a_copied_exchange_is_marked(geneva: kit.Corpus) -> None:
    for corpus in (geneva, geneva_closed()):
        copied = corpus.exchanges.dropna(subset=["duplicate_of"])["exchange_id"]
        assert copied.tolist() == [5]
        assert corpus.turns.loc[corpus.turns["exchange_id"] == 5, "duplicate_of"].notna().all()


def test_formulas_beside_turns_that_are_not_copies_never_pair() -> None:
    """The same short turns after two different answers, and after a copy by someone else."""
    answer = "We agreed on the route, work on the bridge will begin in the spring, and the ministers will meet soon."
    other = "The Arctic is our common home, and we will keep it free of weapons and open to scientists from everywhere."
    corpus = kit.parse(
        "\n".join(
            [
                "Question: Anna Smith, Reuters. What about the bridge?",
                f"Vladimir Putin: {answer}",
                "Question: Thank you. Next question, please.",
                "Question: Ivan Petrov, TASS. And the Arctic?",
                f"Vladimir Putin: {other}",
                "Question: Thank you. Next question, please.",
                "Question: Olga Ivanova, RIA. The bridge again?",
                f"Vladimir Putin: {answer}",
                "Dmitry Peskov: Thank you. Next question, please.",
            ]
        )
    )
    assert corpus.turns["duplicate_of"].dropna().astype(int).tolist() == [2]  # the answer, and only it
    assert duplicates.find(corpus.turns)[["earlier", "later"]].values.tolist() == [[2, 8]]


def test_two_answers_sharing_a_stock_phrase_are_not_copies() -> None:
    stock = "As I have already said many times, we are ready to work with our partners on the basis of equality and mutual respect."
    first = stock + " The Arctic is our common home, and we will keep it free of weapons and open to science."
    second = stock + " Cyber security is a new field, and we offered the Americans a set of rules three years ago."
    assert duplicates.find(turns(first, "Thank you.", second, "Thank you.")).empty


def test_find_is_what_fills_duplicate_of(geneva: kit.Corpus) -> None:
    for frame, column in ((geneva.turns, "turn_id"), (geneva.exchanges, "exchange_id")):
        pairs = duplicates.find(frame)
        marked = frame.dropna(subset=["duplicate_of"])
        assert sorted(zip(marked["duplicate_of"], marked[column], strict=True)) == sorted(
            zip(pairs["earlier"], pairs["later"], strict=True)
        )


def test_find_is_what_fills_duplicate_of_for_a_short_copy_too() -> None:
    corpus = kit.parse(
        "Vladimir Putin: We agreed on the route, work on the bridge will begin in the spring.\n"
        "Question: Thank you. When?\n"
        "Vladimir Putin: We agreed on the route(, as we planned it, )work on the bridge will begin in the spring.\n"
    )
    assert duplicates.find(corpus.turns)[["earlier", "later"]].values.tolist() == [[1, 3]]
    assert corpus.turns["duplicate_of"].tolist()[2] == 1


def test_distinct_answers_on_one_topic_stay_far_below_the_threshold(geneva: kit.Corpus) -> None:
    pairs = duplicates.similarities(geneva.turns)
    distinct = pairs[(pairs["a"] < pairs["b"]) & ~pairs.set_index(["a", "b"]).index.isin([(10, 12), (11, 13)])]
    assert distinct["similarity"].max() < kit.similarity.THRESHOLD / 4


def test_similarities_is_symmetric_with_a_diagonal_of_one(geneva: kit.Corpus) -> None:
    pairs = duplicates.similarities(geneva.exchanges)
    n = len(geneva.exchanges)
    assert len(pairs) == n * n
    matrix = pairs.pivot(index="a", columns="b", values="similarity")
    assert (matrix.to_numpy() == matrix.T.to_numpy()).all()
    assert (pd.Series(matrix.to_numpy().diagonal()) == 1.0).all()


def test_find_rejects_other_frames_and_bad_thresholds(geneva: kit.Corpus) -> None:
    with pytest.raises(ValueError, match="turns frame"):
        duplicates.find(geneva.lines)
    with pytest.raises(ValueError, match="threshold"):
        duplicates.find(geneva.turns, threshold=0)


def test_short_texts_are_never_copies() -> None:
    assert duplicates.find(turns("Thank you very much.", "Thank you very much.")).empty


def test_an_exchange_of_short_turns_copied_is_found_though_no_turn_could_be() -> None:
    """No turn has enough words to be a copy, but an exchange of them does: the exchange copy is still looked for."""
    talk = [
        "Question: Pavel Zarubin, VGTRK. Navalny?",
        "Vladimir Putin: Yes, we talked.",
        "Question: Geneva talks, sanctions?",
        "Vladimir Putin: Arms control, cyber.",
    ]
    corpus = kit.parse("\n".join([*talk, "Question: Another matter?", "Vladimir Putin: No comment.", *talk]))
    assert corpus.turns["n_words"].max() < MIN_CONTENT_WORDS
    assert corpus.turns["duplicate_of"].isna().all()
    assert corpus.exchanges["duplicate_of"].tolist()[-2:] == [1, 2]
    assert corpus.exchanges["duplicate_of"].iloc[:-2].isna().all()


def test_answers_recycled_across_transcripts_are_found_with_both_sources(geneva: kit.Corpus) -> None:
    first, second = press_conferences(geneva)
    both = concat(first, second, "turns", "turn_id")
    pairs = duplicates.find(both)
    assert pairs[
        ["earlier", "later", "earlier_source", "later_source", "earlier_line", "later_line"]
    ].values.tolist() == [
        [3, 10, "2020.txt", "2021.txt", 3, 3],
        [5, 12, "2020.txt", "2021.txt", 5, 5],
    ]
    # the short answer needs its words in order: the aside broke too many of its 3-grams
    assert pairs["method"].tolist() == [duplicates.METHODS["words in order"], duplicates.METHOD]
    assert pairs["similarity"].tolist() == [round(28 / 32, 4), 1.0]
    # "Good afternoon.", "Thank you.", "Thank you very much, Mr President.", "Yes." never pair
    formulas = both[both["n_words"] < 10]
    assert len(formulas) == 8 and not set(formulas["turn_id"]) & (set(pairs["earlier"]) | set(pairs["later"]))
    exchanges = duplicates.find(concat(first, second, "exchanges", "exchange_id"))
    assert exchanges[["earlier", "later", "earlier_source", "later_source"]].values.tolist() == [
        [2, 4, "2020.txt", "2021.txt"]
    ]


def test_find_works_on_frames_without_a_source_and_does_not_change_them(geneva: kit.Corpus) -> None:
    first, second = press_conferences(geneva)
    both = concat(first, second, "turns", "turn_id").drop(columns="source")
    before = both.copy()
    pairs = duplicates.find(both)
    assert pairs[["earlier", "later"]].values.tolist() == [[3, 10], [5, 12]]
    assert pairs["earlier_source"].isna().all() and pairs["later_source"].isna().all()
    pd.testing.assert_frame_equal(both, before)
    assert duplicates.find(both.iloc[:0]).columns.tolist() == pairs.columns.tolist()


def test_find_through_read_corpus(geneva: kit.Corpus, tmp_path) -> None:
    if not hasattr(kit, "read_corpus"):
        pytest.skip("kit.read_corpus is not there yet")
    answers = geneva.turns.set_index("turn_id")["text"]
    (tmp_path / "2020.txt").write_text("\n".join(PRESS_2020).format(answer=answers[13]), encoding="utf-8")
    (tmp_path / "2021.txt").write_text("\n".join(PRESS_2021).format(answer=answers[11]), encoding="utf-8")
    corpus = kit.read_corpus(tmp_path)
    pairs = duplicates.find(corpus.turns)
    assert pairs[["earlier", "later"]].values.tolist() == [[3, 10], [5, 12]]
    assert [name.rsplit("/", 1)[-1] for name in pairs["earlier_source"]] == ["2020.txt", "2020.txt"]
    assert [name.rsplit("/", 1)[-1] for name in pairs["later_source"]] == ["2021.txt", "2021.txt"]
    assert corpus.turns["duplicate_of"].isna().all()  # the frames look for copies within a source only


def test_a_short_turn_with_an_aside_is_found_whatever_frame_it_is_in() -> None:
    text = "We agreed on the route, work on the bridge will begin in the spring."
    pairs = duplicates.find(turns(text, "Thank you.", text.replace("route, work", "route(, as we planned it, )work")))
    assert pairs[["earlier", "later", "method"]].values.tolist() == [[1, 3, duplicates.METHODS["words in order"]]]


def test_a_chain_of_copies_points_at_the_first() -> None:
    text = "the talks were constructive and the ambassadors will return to their stations soon"
    pairs = duplicates.find(
        turns(text, "something entirely different was said about the arctic then", noisy(text, 1), noisy(text, 2))
    )
    assert pairs[["earlier", "later"]].values.tolist() == [[1, 3], [1, 4]]


words = st.lists(st.sampled_from(VOCABULARY), min_size=12, max_size=80).filter(
    lambda w: len(set(w)) >= MIN_CONTENT_WORDS
)


@settings(max_examples=60, deadline=None)
@given(words, words, st.integers(0, 10_000))
def test_a_noisy_copy_is_always_found_and_an_unrelated_text_never(a: list[str], b: list[str], seed: int) -> None:
    text, other = " ".join(a), " ".join(b)
    copy = noisy(text, seed)
    found = duplicates.find(turns(text, other, copy))
    assert (1, 3) in set(zip(found["earlier"], found["later"], strict=True))
    if duplicates.similarities(turns(text, other))["similarity"].iloc[1] < 0.5:
        assert 2 not in set(found["later"]) | set(found["earlier"])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_a_collation_gives_back_both_texts_exactly(a: str, b: str) -> None:
    table = duplicates.collate(a, b)

    def from_first_token(text: str) -> str:
        first = TOKEN.search(text)
        return text[first.start() :] if first else ""

    # every token of each text is in exactly one segment, in order, with the spaces after it
    assert "".join(table["a"]) == from_first_token(a)
    assert "".join(table["b"]) == from_first_token(b)
    assert set(table["op"]) <= {"equal", "insert", "delete", "replace"}


def test_the_geneva_answers_differ_only_by_marks_and_one_comma(geneva: kit.Corpus) -> None:
    table = duplicates.classify(duplicates.collate_turns(geneva.turns, 11, 13))
    changes = table[table["op"] != "equal"]
    assert changes[["a", "difference", "a_line", "b_line"]].values.tolist() == [
        ["(", "reading mark", 45, 55],
        [")", "reading mark", 45, 55],
        [", ", "punctuation", 45, 55],
        ["/ ", "reading mark", 47, 57],
    ]
    assert "wording" not in set(changes["difference"])
    questions = duplicates.classify(duplicates.collate_turns(geneva.turns, 10, 12))
    assert set(questions.loc[questions["op"] != "equal", "difference"]) == {"segmentation"}


@pytest.mark.parametrize(
    ("a", "b", "labels"),
    [
        ("we met (in passing) there", "we met in passing there", {"reading mark"}),
        ("done / shapes it", "done shapes it", {"reading mark"}),
        ("Yes, we did", "Yes we did", {"punctuation"}),
        ("Thank you. Next", "Thank you.\nNext", {"segmentation"}),
        ("we met in Geneva", "we met in Moscow", {"wording"}),
        ("we met, in Geneva", "we met in Moscow", {"punctuation", "wording"}),
        ("the same words", "the same words", set()),
    ],
)
def test_each_kind_of_difference(a: str, b: str, labels: set[str]) -> None:
    table = duplicates.classify(duplicates.collate(a, b))
    assert set(table["difference"].dropna()) == labels


def test_copy_list_is_the_corpus_marks_with_their_lines(geneva: kit.Corpus) -> None:
    listed = duplicates.copy_list(geneva)
    found = duplicates.find(geneva.turns)
    assert listed[["earlier", "later", "earlier_line", "later_line"]].values.tolist() == (
        found[["earlier", "later", "earlier_line", "later_line"]].values.tolist()
    )
    assert set(listed["speaker"]) == {"Pavel Zarubin", "Vladimir Putin"}


def test_ranked_pairs_lists_each_pair_once_most_similar_first(geneva: kit.Corpus) -> None:
    pairs = duplicates.ranked_pairs(geneva.exchanges)
    n = len(geneva.exchanges)
    assert len(pairs) == n * (n - 1) // 2 and (pairs["a"] < pairs["b"]).all()
    assert pairs["similarity"].is_monotonic_decreasing
    assert pairs.iloc[0][["a", "b"]].tolist() == [4, 5]


def test_count_differences_lists_every_kind_in_order(geneva: kit.Corpus) -> None:
    classified = duplicates.classify(duplicates.collate_turns(geneva.turns, 11, 13))
    counts = duplicates.count_differences(classified)
    assert counts["difference"].tolist() == list(duplicates.DIFFERENCES)
    assert counts["count"].sum() == classified["difference"].notna().sum()


def test_collate_turns_names_a_missing_id(geneva: kit.Corpus) -> None:
    with pytest.raises(ValueError, match="no turn_id 99"):
        duplicates.collate_turns(geneva.turns, 11, 99)


def test_measure_effect_shows_how_much_the_copy_inflates_each_figure(geneva: kit.Corpus) -> None:
    table = duplicates.measure_effect(geneva).set_index(["measure", "group"])
    assert set(table.index.get_level_values("measure")) == {
        "words",
        "turns",
        "word count",
        "topic share",
        "device sentences",
    }
    putin = table.loc[("words", "Vladimir Putin")]
    assert (putin["with_copy"], putin["without_copy"], putin["difference"]) == (2965, 2513, 452)
    assert putin["relative"] == round(452 / 2513, 3)
    assert table.loc[("turns", "Pavel Zarubin"), "difference"] == 1
    assert table.loc[("words", "Matthew Chance"), "difference"] == 0
    counter = table.loc[("device sentences", "counter_accusation")]
    assert counter["difference"] > 0  # the copied answer is full of "what about you"
    words = table.loc["word count"]
    assert len(words) == 10 and not set(words.index) & kit.words.stopwords()


def test_measure_effect_on_a_transcript_without_copies_is_all_zero() -> None:
    corpus = kit.parse("Question: Why did you meet?\nVladimir Putin: We met because it was time to talk.")
    table = duplicates.measure_effect(corpus)
    assert (table["difference"] == 0).all()


@needs_shared
@pytest.mark.parametrize("path", sorted(SHARED_CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_real_transcripts_have_no_copies_and_no_blog_marks(path) -> None:
    corpus = kit.read_transcript(path)
    assert duplicates.find(corpus.turns).empty
    assert duplicates.find(corpus.exchanges).empty
    assert "blog" not in set(marks.reading_marks(corpus)["layer"])


@needs_shared
def test_real_transcripts_have_no_copies_across_them() -> None:
    corpora = [kit.read_transcript(path) for path in sorted(SHARED_CORPUS.glob("*.txt"))]
    frames = [c.turns.assign(source=c.source) for c in corpora]
    offsets = pd.Series([0] + [len(f) for f in frames[:-1]]).cumsum()
    turns_of_all = pd.concat([f.assign(turn_id=f["turn_id"] + k) for f, k in zip(frames, offsets, strict=True)])
    assert duplicates.find(turns_of_all).empty


@lru_cache(maxsize=1)
def archive() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The turns and exchanges of the 150 archive pages, one frame each, ids running on."""
    turns_of, exchanges_of = [], []
    for path in sorted(ARCHIVE.glob("*.txt")):
        corpus = kit.read_transcript(path)
        turns_of.append(corpus.turns.assign(source=path.stem))
        exchanges_of.append(corpus.exchanges.assign(source=path.stem))
    for frames, column in ((turns_of, "turn_id"), (exchanges_of, "exchange_id")):
        offset = 0
        for k, frame in enumerate(frames):
            frames[k] = frame.assign(**{column: frame[column] + offset})
            offset += len(frame)
    return pd.concat(turns_of, ignore_index=True), pd.concat(exchanges_of, ignore_index=True)


@needs_shared
def test_the_archive_pages_have_one_copy_the_site_printed_twice_and_no_other() -> None:
    """150 pages, 3,550 turns: the one copy is a question page 54276 prints twice in a row.

    Checked by eye: lines 42-43 and 44-45 of the page are the same two paragraphs
    ("Vladimir Putin: Thank you, Mr Donskoi. / The sowing campaign has started ...").
    No turn and no exchange is found again on another page: the pages' formulas
    ("Good afternoon, Mr President.", "Thank you very much.") and two reports read from
    one template on page 56968 stay apart.
    """
    turns_of_all, exchanges_of_all = archive()
    assert len(turns_of_all) > 3000 and turns_of_all["source"].nunique() == 150
    pairs = duplicates.find(turns_of_all)
    assert pairs[["earlier_source", "later_source", "earlier_line", "later_line"]].values.tolist() == [
        ["54276", "54276", 42, 44]
    ]
    assert duplicates.find(exchanges_of_all).empty
    for page, turns_of_page in turns_of_all.groupby("source"):  # as the frames look: within each page
        before = turns_of_page["turn_id"].min() - 1  # duplicate_of counts from the page's first turn
        marked = turns_of_page.dropna(subset=["duplicate_of"])
        found = duplicates.find(turns_of_page)
        assert sorted(zip(marked["duplicate_of"] + before, marked["turn_id"], strict=True)) == sorted(
            zip(found["earlier"], found["later"], strict=True)
        ), page
