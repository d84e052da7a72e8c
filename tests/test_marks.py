"""Tests of kit.marks: who put each bracket, slash and label note into the speech."""

from __future__ import annotations

import kit
from kit import marks


def test_reading_marks_in_geneva_with_their_layers(geneva: kit.Corpus) -> None:
    found = marks.reading_marks(geneva)
    by_mark = found.set_index("mark")
    assert by_mark.loc["[of unresolved issues]", "layer"] == "kremlin"
    assert by_mark.loc["(in passing)", "layer"] == "blog"
    assert by_mark.loc["(Just like the United States,)", "layer"] == "blog"
    assert by_mark.loc["(retranslated)", "layer"] == "interpreter"
    assert by_mark.loc["/", ["layer", "line"]].tolist() == ["blog", 47]
    lines = geneva.lines.set_index("line")["text"]
    for line, mark in found[["line", "mark"]].itertuples(index=False):
        assert mark in lines[line], (line, mark)
    assert found["line"].is_monotonic_increasing


def test_a_plain_aside_belongs_to_the_text_unless_the_file_shows_a_blog() -> None:
    kremlin = kit.parse("Vladimir Putin: We trade (our imports are their exports) with them. (Laughter.)")
    found = marks.reading_marks(kremlin).set_index("mark")
    assert found.loc["(our imports are their exports)", ["layer", "certain"]].tolist() == ["speech", False]
    assert found.loc["(Laughter.)", "kind"] == "stage note"
    blog = kit.parse("Vladimir Putin: We trade (our imports are their exports) with them, done / shapes.")
    assert marks.reading_marks(blog).set_index("mark").loc["(our imports are their exports)", "layer"] == "blog"


def test_a_label_note_is_the_interpreters_only_when_it_says_so() -> None:
    corpus = kit.parse("Question from Perm Territory: Will the road be built?\nVladimir Putin (retranslated): Yes.")
    found = marks.reading_marks(corpus).set_index("mark")
    assert found.loc["(from Perm Territory)", ["kind", "layer"]].tolist() == ["label note", "kremlin"]
    assert found.loc["(retranslated)", ["kind", "layer"]].tolist() == ["label note", "interpreter"]
