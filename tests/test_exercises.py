"""Exercise checks: every kind of answer, likely mistakes, wrong types, the keys against the kit; written responses; the record."""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

import kit
from kit import exercises, rhetoric, topics
from kit.classroom.exercises import NOT_ANSWERED, check
from kit.classroom.marking import CHECKS

ROOT = kit._data.data_path("exercises.toml").parent.parent


@pytest.fixture(autouse=True)
def first_attempts():
    """Every test starts with no attempts made (the explanation comes from the second on)."""
    exercises.forget()
    yield
    exercises.forget()


def answer_variable(exercise: str) -> str:
    """The variable a notebook keeps an exercise's answer in: 02-killer -> answer_killer."""
    return "answer_" + exercise.split("-", 1)[1].replace("-", "_")


def test_every_exercise_has_a_task_hint_kind_and_a_notebook_that_uses_it() -> None:
    table = exercises.load_tasks()
    assert len(table) >= 6
    for exercise, entry in table.items():
        if entry["kind"] == "written":
            assert entry["prompt"] and entry["rubric"]
        else:
            assert entry["task"] and entry["hint"] and entry["kind"] in CHECKS
        notebook = ROOT / "notebooks" / f"{entry['notebook']}.ipynb"
        if notebook.parent.is_dir():  # absent beside an installed wheel; present in the repository
            assert notebook.exists(), f"{exercise} names a notebook that does not exist: {notebook.name}"
            cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
            sources = ["".join(cell["source"]) for cell in cells]
            assert f'kit.exercises.show("{exercise}")' in sources, f"{notebook.name} never shows {exercise}"
            calls = [f'kit.exercises.{verb}("{exercise}", {answer_variable(exercise)}' for verb in ("check", "respond")]
            found = any(re.match(re.escape(call) + r"\b", s) for s in sources for call in calls)
            assert found, f"{notebook.name} never checks {exercise} (or, for a written one, saves its response)"


def key(exercise: str) -> dict:
    """An exercise's entry in data/exercises.toml: tests read its answer from there, never a copy of it."""
    return exercises.load_tasks()[exercise]


def far_from(exercise: str, k: int = 0) -> float:
    """A number no check of ``exercise`` can take for right, close or a listed mistake: the ``k``-th such."""
    entry = key(exercise)
    answer, close = entry["answer"], entry.get("close", 0)
    listed = [m["answer"] for m in entry.get("mistake", [])]
    step = max(1, close) if isinstance(answer, int) else max(0.1, 2 * close)
    candidate = answer + 10 * step + k * step
    while any(abs(candidate - m) <= step for m in listed):
        candidate += step
    return candidate


def test_an_unanswered_exercise_says_so_and_does_not_fail() -> None:
    for exercise in exercises.load_tasks():
        result = check(exercise, None)
        assert result.status == NOT_ANSWERED and not result


def test_numbers_are_right_close_or_wrong() -> None:
    entry = key("01-putin-share")
    assert check("01-putin-share", entry["answer"]).status == "right"
    assert check("01-putin-share", entry["answer"] - 0.6 * entry["close"]).status == "close"
    exercises.forget()
    result = check("01-putin-share", entry["answer"] - 10 * entry["close"])
    hint = entry["hint"]
    assert result.status == "wrong" and "Hint" not in result.message and result.message.endswith(hint)
    assert check("01-putin-share", "a lot").status == "wrong"  # the wrong form is not a crash


def test_the_explanation_comes_with_every_attempt_after_the_first() -> None:
    entry = key("02-rhetorical-questions")
    why, wrong, wrong_again = entry["why"], far_from("02-rhetorical-questions"), far_from("02-rhetorical-questions", 1)
    first = check("02-rhetorical-questions", wrong)
    assert first.status == "wrong" and why not in first.message
    second = check("02-rhetorical-questions", wrong_again)
    assert second.status == "wrong" and second.message.endswith(f"Explanation: {why}")
    assert check("02-rhetorical-questions", entry["answer"]).message == why
    exercises.forget("02-rhetorical-questions")
    assert why not in check("02-rhetorical-questions", wrong).message
    assert check("02-rhetorical-questions", None).status == NOT_ANSWERED
    assert why not in check("02-killer", far_from("02-killer")).message


def test_a_close_number_says_nothing_about_a_copy_where_no_copy_is_involved() -> None:
    entry = key("02-rhetorical-questions")
    near = entry["answer"] - (entry["close"] - 1)  # within close, and no mistake listed for it
    assert near not in [m["answer"] for m in entry["mistake"]]
    result = check("02-rhetorical-questions", near)
    assert result.status == "close" and "copy" not in result.message
    for mistake in key("03-trade")["mistake"]:  # a mistake's own message, and no word of a copy it does not name
        message = check("03-trade", mistake["answer"]).message
        assert mistake["why"] in message and ("copy" in message) == ("copy" in mistake["why"])


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (True, "yes/no value, not a number"),
        ("4", "write the number without quotes"),
        ("four", "is text, not a number"),
        (2.5, "not a whole number"),
        (10**400, "far too large"),
        (float("inf"), "far too large"),
        (float("nan"), "not a number"),
        (pd.DataFrame({"speaker": ["Vladimir Putin"] * 2}), "a whole table (2 rows; columns speaker)"),
        (pd.Series([2]), "give the value itself"),
        ({"killer": 2}, "not one number"),
        (object(), "not a number"),
    ],
    ids=["bool", "str-number", "str-word", "float", "huge", "inf", "nan", "frame", "series", "dict", "object"],
)
def test_a_wrong_type_is_answered_in_words(answer: object, words: str) -> None:
    result = check("02-killer", answer)
    assert result.status == "wrong" and words in result.message, result.message


def test_a_whole_float_counts_as_the_whole_number_but_a_bool_never_does() -> None:
    answer = key("02-killer")["answer"]
    assert check("02-killer", float(answer)) and check("02-killer", pd.Series([1] * answer).sum())
    assert not check("01-first-event", True)  # True == 1 in Python, but not an answer
    assert "yes/no" in check("04-threshold", True).message and "count" not in check("04-threshold", True).message


def test_a_long_answer_is_not_echoed_back_whole() -> None:
    for answer in ("x" * 10_000_000, "y" * 100):
        for exercise in ("02-killer", "03-introduced"):
            result = check(exercise, answer)
            room = 300 + len(exercises.load_tasks()[exercise]["why"]) + len(exercises.load_tasks()[exercise]["hint"])
            assert result.status == "wrong" and len(result.message) < room and "characters in all" in result.message
    assert len(check("01-outlets", [f"outlet {i}" for i in range(100_000)]).message) < 1000


def test_text_sets_and_codes_of_the_wrong_type_are_answered_in_words() -> None:
    assert "answer is a text" in check("03-introduced", 4).message
    assert "give the text itself" in check("03-introduced", pd.Series(["us_record"])).message
    assert "give a list of the items" in check("01-outlets", pd.DataFrame({"affiliation": ["CNN"]})).message
    assert check("01-outlets", pd.Series(["CNN", "VGTRK", "RT"]))
    assert "give a dict" in check("02-evasion", ["clear reply"] * 7).message
    assert "no sub-question 9" in check("02-evasion", {9: "clear reply"}).message
    assert "not a sub-question number" in check("02-evasion", {"first": "clear reply"}).message


def test_sets_ignore_order_and_case() -> None:
    outlets = key("01-outlets")["answer"]
    others = [o for o in ("AP", "BBC", "Reuters") if o not in outlets][:2]
    assert check("01-outlets", [o.lower() if k % 2 else o for k, o in enumerate(reversed(outlets))])
    partly = check("01-outlets", outlets[:-1])
    assert partly.status == "close" and "1 missing" in partly.message
    assert check("01-outlets", outlets[0]).status == "wrong"
    assert "1 that does not belong" in check("01-outlets", [*outlets, others[0]]).message
    assert "2 that do not belong" in check("01-outlets", [*outlets, *others]).message


def test_text_accepts_the_listed_spellings() -> None:
    entry = key("03-introduced")
    for spelling in entry["accept"]:
        assert check("03-introduced", spelling), spelling
    assert check("03-introduced", entry["answer"].upper())
    assert check("03-introduced", entry["mistake"][0]["answer"]).status == "wrong"


def test_evasion_codes_are_compared_with_the_instructors_key() -> None:
    key = rhetoric.load_evasion_key().query("exchange_id == 3").set_index("number")["code"].to_dict()
    assert check("02-evasion", key)
    one_off = {**key, 4: "clear reply"}
    result = check("02-evasion", one_off)
    assert result.status == "close" and "Most of your codes agree with the key, not all" in result.message
    two_off = check("02-evasion", {**key, 4: "clear reply", 5: "clear reply"}).message
    for told in (result.message, two_off):
        assert not re.search(r"\b[4-7]\b|sub-questions? \d", told.split("Explanation:")[0]), "no sub-question named"
    assert check("02-evasion", {n: "clear reply" for n in key}).status == "wrong"
    bad = check("02-evasion", {1: "sort of"})
    assert bad.status == "wrong" and "Codes must be" in bad.message


def test_precision_and_recall_are_checked_against_the_students_own_labels() -> None:
    labelled = pd.DataFrame({"flagged": [True, True, False, False], "label": [True, False, True, False]})
    assert check("02-precision", {"precision": 0.5, "recall": 0.5}, data=labelled)
    assert check("02-precision", {"precision": 1.0, "recall": 0.5}, data=labelled).status == "wrong"
    unlabelled = labelled.assign(label=pd.array([True, None, True, False], dtype="boolean"))
    assert check("02-precision", {"precision": 1, "recall": 0.5}, data=unlabelled).status == "close"
    assert "data=" in check("02-precision", {"precision": 1, "recall": 1}).message


def test_precision_and_recall_mistakes_are_answered_in_words() -> None:
    labelled = pd.DataFrame({"flagged": [True, True, True, False], "label": [True, True, False, True]})  # p 2/3, r 2/3
    one = check("02-precision", {"precision": 0.667, "recall": 0.5}, data=labelled).message
    assert "Your recall does not follow" in one and not re.search(r"\d", one), "no count that makes up the answer"
    assert "do not follow" in check("02-precision", {"precision": 0.1, "recall": 0.1}, data=labelled).message
    skewed = labelled.assign(label=[True, False, False, True])  # precision 1/3, recall 1/2
    assert "swapped" in check("02-precision", {"precision": 0.5, "recall": 0.333}, data=skewed).message
    assert "0.5, not 50" in check("02-precision", {"precision": 50, "recall": 50}, data=labelled).message
    assert "no 'recall'" in check("02-precision", {"precision": 0.667}, data=labelled).message
    no_label = check("02-precision", {"precision": 1, "recall": 1}, data=labelled.drop(columns="label"))
    assert no_label.status == "wrong" and "no 'label' column" in no_label.message
    words = check("02-precision", {"precision": 1, "recall": 1}, data=labelled.assign(label=["yes", "no", "no", "yes"]))
    assert "True, False or None" in words.message
    half = labelled.assign(label=pd.array([True, None, None, None], dtype="boolean"))
    assert "3 sentences have no label yet" in check("02-precision", {"precision": 1, "recall": 1}, data=half).message
    last = labelled.assign(label=pd.array([True, True, False, None], dtype="boolean"))
    assert "1 sentence has no label yet" in check("02-precision", {"precision": 1, "recall": 1}, data=last).message


def test_the_answer_keys_agree_with_what_the_kit_computes(geneva: kit.Corpus) -> None:
    corpus = geneva.deduplicated()
    words = corpus.turns.groupby("speaker")["n_words"].sum()
    sentences = corpus.sentences
    features = rhetoric.flag_devices(sentences)
    cover = topics.coverage(sentences, by="turn_kind").set_index(["turn_kind", "topic"])
    introduced = topics.introduced(sentences).query("exchange_id == 4 and introduced")
    computed = {
        "01-first-event": int(geneva.documents.sort_values("start")["doc_id"].iloc[0]),
        "01-putin-share": words["Vladimir Putin"] / words.sum(),
        "01-longest-answer": int(corpus.exchanges.sort_values("answer_words")["exchange_id"].iloc[-1]),
        "01-outlets": sorted(set(corpus.exchanges["affiliation"].dropna())),
        "02-killer": len(kit.kwic(sentences[sentences["speaker"] == "Vladimir Putin"], "killer")),
        "02-rhetorical-questions": int(
            features.loc[features["speaker"] == "Vladimir Putin", "question_in_answer"].sum()
        ),
        "03-trade": int(cover.loc[("answer", "trade_economy"), "sentences"]),
        "03-introduced": introduced["topic"].item(),
        "03-first-arctic": int(topics.agenda(sentences).set_index("topic").loc["arctic", "first_line"]),
    }
    for exercise, answer in computed.items():
        assert check(exercise, answer), f"{exercise}: the key disagrees with the kit's {answer!r}"


def _mistaken_answers(geneva: kit.Corpus) -> dict[tuple[str, int], object]:
    """Each likely mistake in the exercise file, made with the kit: (exercise, its place in the list) -> answer."""
    corpus = geneva.deduplicated()
    putin = geneva.sentences[geneva.sentences["speaker"] == "Vladimir Putin"]
    words_with_copy = geneva.turns.groupby("speaker")["n_words"].sum()
    conference = corpus.turns[corpus.turns["doc_id"] == 1].groupby("speaker")["n_words"].sum()
    tagged = topics.tag(corpus.sentences)
    trade = tagged[tagged["trade_economy"] & tagged["doc_id"].eq(1)]
    arctic = tagged[tagged["arctic"] & tagged["exchange_id"].notna()]
    topics_asked = topics.introduced(corpus.sentences).query("exchange_id == 4 and in_question and in_answer")
    captions = " ".join(geneva.lines.query("kind == 'caption'")["text"])
    copy = geneva.exchanges.dropna(subset=["duplicate_of"]).iloc[0]
    key = rhetoric.load_evasion_key().query("exchange_id == 3").set_index("number")["code"]
    asked_again = rhetoric.subquestions(geneva.sentences, geneva.exchanges).query("exchange_id == 3 and line == 18")
    return {
        ("01-first-event", 0): int(geneva.documents["doc_id"].iloc[0]),  # file order, not time
        ("01-first-event", 1): int(geneva.documents.sort_values("start")["doc_id"].iloc[-1]),
        ("01-putin-share", 0): words_with_copy["Vladimir Putin"] / words_with_copy.sum(),
        ("01-putin-share", 1): conference["Vladimir Putin"] / conference.sum(),
        ("01-longest-answer", 0): int(corpus.turns.sort_values("n_words")["turn_id"].iloc[-1]),
        ("01-longest-answer", 1): int(corpus.exchanges.sort_values("answer_words")["exchange_id"].iloc[0]),
        ("01-outlets", 0): [*corpus.exchanges["affiliation"].dropna(), *re.findall(r"\b[A-Z]{3,}\b", captions)],
        ("02-killer", 0): len(kit.kwic(putin, "killer")),
        ("02-killer", 1): len(
            kit.kwic(corpus.sentences.query("speaker == 'Vladimir Putin' and is_question"), "killer")
        ),
        ("02-rhetorical-questions", 0): int(rhetoric.flag_devices(putin)["question_in_answer"].sum()),
        ("02-rhetorical-questions", 1): int(corpus.sentences["is_question"].sum()),
        ("02-evasion", 0): {**key, **{n: "ambivalent" for n in asked_again["number"] if key[n] == "clear non-reply"}},
        ("03-trade", 0): int((trade["role"] == "journalist").sum()),
        ("03-trade", 1): int(trade["turn_kind"].isin(["answer", "statement"]).sum()),
        ("03-introduced", 0): topics_asked["topic"].iloc[0] if len(topics_asked) else None,
        ("03-first-arctic", 0): int(tagged.loc[tagged["arctic"] & tagged["turn_kind"].eq("statement"), "line"].min()),
        ("03-first-arctic", 1): int(arctic.loc[arctic["turn_kind"] == "answer", "line"].min()),
        ("03-first-arctic", 2): int(
            corpus.exchanges.set_index("exchange_id").loc[
                arctic.loc[arctic["role"] == "journalist", "exchange_id"].iloc[0], "first_line"
            ]
        ),
        ("04-find-by-hand", 0): int(copy["duplicate_of"]),
        ("04-threshold", 0): 100 * kit.similarity.THRESHOLD,
        ("04-predict", 0): 2 * int(copy["answer_words"]),
        ("04-predict", 1): int(copy["answer_words"] + copy["question_words"]),
        ("04-predict", 2): int(copy["question_words"]),
    }


def _as_a_student_gives_it(entry: dict, mistake: dict) -> object:
    """A listed mistake as an answer: a range's middle, an evasion mistake's codes over the key's, else as listed."""
    if entry["kind"] == "range":
        low, high = mistake["answer"]
        return (low + high) / 2
    if entry["kind"] == "evasion":
        key = rhetoric.load_evasion_key().query(f"exchange_id == {entry['exchange']}").set_index("number")["code"]
        return {**key.to_dict(), **{int(n): code for n, code in mistake["answer"].items()}}
    return mistake["answer"]


def test_every_listed_mistake_gets_its_own_message() -> None:
    """Read from data/exercises.toml alone: an instructor's new mistake needs no test code to be checked."""
    for exercise, entry in exercises.load_tasks().items():
        for k, mistake in enumerate(entry.get("mistake", [])):
            exercises.forget()
            result = check(exercise, _as_a_student_gives_it(entry, mistake))
            assert result.status == mistake.get("status", "wrong"), (exercise, k, result)
            assert mistake["why"] in result.message, f"{exercise}: mistake {k} should get its message, got {result!r}"


def test_every_computed_mistake_follows_from_the_data_and_gets_its_own_message(geneva: kit.Corpus) -> None:
    made = _mistaken_answers(geneva)
    listed = {(e, k) for e, entry in exercises.load_tasks().items() for k in range(len(entry.get("mistake", [])))}
    assert set(made) <= listed, f"computed but not listed in data/exercises.toml: {set(made) - listed}"
    for (exercise, k), answer in made.items():
        mistake = exercises.load_tasks()[exercise]["mistake"][k]
        exercises.forget()
        result = check(exercise, answer)
        assert result.status == mistake.get("status", "wrong"), (exercise, answer, result)
        assert mistake["why"] in result.message, (
            f"{exercise}: {answer!r} should get the message of mistake {k}, got {result!r}"
        )
        assert exercises.load_tasks()[exercise].get("why", "") not in result.message, (
            "no explanation at the first attempt"
        )


def test_the_killer_count_with_the_copy_gets_the_copy_message_and_an_implausible_one_does_not() -> None:
    entry = key("02-killer")
    (with_copy,) = [m["answer"] for m in entry["mistake"] if "copy" in m["why"]]
    assert "copy" in check("02-killer", with_copy).message
    for implausible in (far_from("02-killer"), far_from("02-killer", 3)):
        exercises.forget()  # the first attempt: no explanation, which may speak of the copy
        assert "copy" not in check("02-killer", implausible).message


def test_an_unknown_exercise_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="01-outlets"):
        check("99-nothing", 1)


def test_an_instructors_exercise_file(tmp_path) -> None:
    path = tmp_path / "exercises.toml"
    path.write_text(
        '[[exercise]]\nid = "x-1"\nnotebook = "mine"\ntask = "Count <b>."\nhint = "Use len."\n'
        'kind = "number"\nanswer = 3\nwhy = "Three."\n',
        encoding="utf-8",
    )
    assert check("x-1", 3, path=path).message == "Three."
    shown = exercises.show("x-1", path=path)._repr_html_()
    assert html.escape("Count <b>.") in shown and "<b>." not in shown.replace("<b>Exercise", "")
    path.write_text('[[exercise]]\nid = "x-2"\ntask = "t"\n', encoding="utf-8")
    with pytest.raises(kit.DataFileError, match="lacks 'hint'"):
        exercises.load_tasks(path)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('kind = "guess"\nanswer = 1', "kind must be one of"),
        ('kind = "number"', "needs 'answer'"),
        ('kind = "evasion"', "needs 'exchange'"),
        (
            'kind = "number"\nanswer = 1\n[[exercise]]\nid = "x"\ntask = "t"\nhint = "h"\nkind = "number"\nanswer = 2',
            "defined twice",
        ),
        ('kind = "number"\nanswer = 1\n[[exercise.mistake]]\nanswer = 2', "needs 'answer' and 'why'"),
        (
            'kind = "number"\nanswer = 1\n[[exercise.mistake]]\nanswer = 2\nwhy = "w"\nstatus = "right"',
            "status is 'close' or 'wrong'",
        ),
    ],
)
def test_a_broken_exercise_file_names_the_file_and_the_exercise(tmp_path, body: str, message: str) -> None:
    path = tmp_path / "exercises.toml"
    path.write_text(f'[[exercise]]\nid = "x"\ntask = "t"\nhint = "h"\n{body}\n', encoding="utf-8")
    with pytest.raises(kit.DataFileError, match=message) as error:
        exercises.load_tasks(path)
    assert "exercises.toml" in str(error.value) and "exercise x" in str(error.value)


def test_results_display_as_escaped_html() -> None:
    result = exercises.Result("x", "wrong", "<script>alert(1)</script>")
    assert "<script>" not in result._repr_html_() and "&lt;script&gt;" in result._repr_html_()


# --- written exercises ---------------------------------------------------------------------------

WRITTEN = """[[exercise]]
id = "w-1"
notebook = "mine"
kind = "written"
prompt = "Why does the order of the documents in the file differ from the order of events?"
min_words = 5
max_words = 30
rubric = [{ criterion = "Names the blogger's pasting", points = 2 }, { criterion = "Gives the times", points = 1 }]
model = "The blogger pasted the three pages in another order."
"""


@pytest.fixture
def written(tmp_path) -> object:
    """An exercise file with one written exercise."""
    path = tmp_path / "exercises.toml"
    path.write_text(WRITTEN, encoding="utf-8")
    return path


def test_a_written_response_is_saved_and_its_length_is_said(written) -> None:
    saved = exercises.respond("w-1", "Because the blogger pasted them so.", path=written)
    assert saved.status == "saved" and saved.words == 6 and saved and saved.message == "6 words."
    assert "the task asks for at least 5" in exercises.respond("w-1", "Pasted.", path=written).message
    assert "the task asks for at most 30" in exercises.respond("w-1", "word " * 31, path=written).message
    assert exercises.respond("w-1", "  ", path=written).status == NOT_ANSWERED
    assert exercises.check("w-1", "Because the blogger pasted them so.", path=written).status == "saved"
    with pytest.raises(ValueError, match="02-killer is not a written exercise"):
        exercises.respond("02-killer", "two")
    number = exercises.respond("w-1", 42, path=written)
    assert (
        number.status == NOT_ANSWERED and "the number 42: write your answer as a text, between quotes" in number.message
    )


def test_a_written_exercise_shows_its_prompt_limits_and_rubric(written) -> None:
    shown = exercises.show("w-1", path=written)
    assert "5 to 30 words." in repr(shown) and "Names the blogger's pasting (2 points)" in repr(shown)
    assert "How it is graded" in shown._repr_html_() and "Hint" not in shown._repr_html_()
    assert (
        exercises.points(exercises.load_tasks(written)["w-1"]) == 3
        and exercises.points(exercises.load_tasks()["02-killer"]) == 1
    )


def test_strict_checks_want_a_worked_response_long_enough(written, monkeypatch) -> None:
    monkeypatch.setenv("KIT_STRICT_CHECKS", "1")
    with pytest.raises(AssertionError, match="at least 5"):
        exercises.respond("w-1", "Too short.", path=written)
    with pytest.raises(AssertionError, match="not answered"):
        exercises.respond("w-1", None, path=written)
    assert exercises.respond("w-1", "A worked answer of six words.", path=written)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('kind = "written"\nrubric = [{ criterion = "c", points = 1 }]', "needs 'prompt'"),
        ('kind = "written"\nprompt = "p"', "needs 'rubric'"),
        ('kind = "written"\nprompt = "p"\nrubric = []', "'rubric' is a list"),
        ('kind = "written"\nprompt = "p"\nrubric = [{ criterion = "c" }]', "'rubric' is a list"),
        ('kind = "written"\nprompt = "p"\nrubric = [{ criterion = "c", points = 0 }]', "more than 0 points"),
        (
            'kind = "written"\nprompt = "p"\nmin_words = 9\nmax_words = 5\nrubric = [{ criterion = "c", points = 1 }]',
            "min_words is more",
        ),
        (
            'kind = "written"\nprompt = "p"\nmin_words = "ten"\nrubric = [{ criterion = "c", points = 1 }]',
            "whole number of words",
        ),
        ('task = "t"\nhint = "h"\nkind = "number"\nanswer = 1\npoints = -1', "points is a number"),
    ],
)
def test_a_broken_written_exercise_names_the_file_and_what_is_wrong(tmp_path, body: str, message: str) -> None:
    path = tmp_path / "exercises.toml"
    path.write_text(f'[[exercise]]\nid = "x"\n{body}\n', encoding="utf-8")
    with pytest.raises(kit.DataFileError, match=message) as error:
        exercises.load_tasks(path)
    assert "exercises.toml" in str(error.value)


# --- the record of a student's work ------------------------------------------------------------


@pytest.fixture
def record(tmp_path, monkeypatch):
    """Recording on, into a folder of the test's own."""
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(tmp_path / "progress"))
    return tmp_path / "progress"


def _saved(record, notebook: str = "01-reading-a-transcript") -> dict:
    return json.loads((record / f"{notebook}.json").read_text(encoding="utf-8"))


def test_checks_are_recorded_with_the_answer_and_what_the_student_saw(record) -> None:
    import numpy as np

    first, outlets = key("01-first-event")["answer"], sorted(key("01-outlets")["answer"])
    check("01-first-event", far_from("01-first-event"))
    check("01-first-event", np.int64(first))
    check("01-outlets", pd.Series(outlets))
    check("02-killer", None)
    saved = _saved(record)
    tried = [(a["exercise"], a["status"], a["answer"], a["kept"]) for a in saved["attempts"]]
    assert tried == [
        ("01-first-event", "wrong", far_from("01-first-event"), True),
        ("01-first-event", "right", first, True),
        ("01-outlets", "right", outlets, True),
    ]
    assert saved["counts"] == {"01-first-event": 2, "01-outlets": 1} and saved["attempts"][0]["time"].endswith("+00:00")
    assert not (record / "02-rhetoric.json").exists(), "an unanswered check is not an attempt"
    check("01-first-event", first + 1, path=ROOT / "data" / "exercises.toml")
    assert len(_saved(record)["attempts"]) == 3, "a check against a file of one's own is not recorded"


def test_a_table_is_described_not_kept_and_labels_go_with_their_check(record) -> None:
    check("02-killer", pd.DataFrame({"speaker": ["Vladimir Putin"] * 2}))
    labelled = pd.DataFrame({"flagged": [True, True, False], "label": pd.array([True, None, False], dtype="boolean")})
    check("02-precision", {"precision": 1.0, "recall": 1.0}, data=labelled)
    table, pr = _saved(record, "02-rhetoric")["attempts"]
    assert table["kept"] is False and table["answer"] == "a whole table (2 rows; columns speaker)"
    assert pr["data"] == {"flagged": [True, True, False], "label": [True, None, False]}
    check("03-introduced", "x" * 5000)
    long = _saved(record, "03-topic-coverage")["attempts"][0]
    assert long["kept"] is False and len(json.dumps(long)) < 1000


def test_only_the_last_200_attempts_at_an_exercise_are_kept(record) -> None:
    for n in range(205):
        check("02-killer", n)
    saved = _saved(record, "02-rhetoric")
    assert len(saved["attempts"]) == 200 and saved["attempts"][0]["answer"] == 5 and saved["counts"]["02-killer"] == 205


def test_a_damaged_record_is_moved_aside_not_lost(record) -> None:
    record.mkdir(parents=True)
    (record / "01-reading-a-transcript.json").write_text("{not json", encoding="utf-8")
    check("01-first-event", key("01-first-event")["answer"])
    assert len(_saved(record)["attempts"]) == 1
    aside = list(record.glob("01-reading-a-transcript.json.damaged-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"


def test_a_record_that_cannot_be_written_warns_and_the_check_still_answers(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KIT_PROGRESS_DIR", str(blocker / "progress"))
    with pytest.warns(UserWarning, match="not recorded for your submission"):
        assert check("01-first-event", key("01-first-event")["answer"])


def test_the_instructors_copy_records_nothing(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("KIT_PROGRESS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    check("01-first-event", key("01-first-event")["answer"])
    assert not (tmp_path / ".kit-progress").exists()


def test_responses_keep_the_latest_text_and_how_many_times_it_was_saved(record) -> None:
    from kit.classroom import progress

    entry = {"id": "w-1", "notebook": "mine", "kind": "written"}
    progress.record_response(entry, "First draft.")
    progress.record_response(entry, "Second draft, longer.")
    (response,) = _saved(record, "mine")["responses"]
    assert response["text"] == "Second draft, longer." and response["words"] == 3 and response["saves"] == 2
