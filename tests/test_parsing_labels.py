"""Speaker labels, names and journalists' introductions."""

from __future__ import annotations

import pytest

from kit.parsing.labels import match_label
from kit.parsing.names import canonical_names, introduction, strip_title


@pytest.mark.parametrize(
    ("line", "name", "note", "style"),
    [
        ("Vladimir Putin: Yes.", "Vladimir Putin", None, "name"),
        ("President of Russia Vladimir Putin: Friends,", "President of Russia Vladimir Putin", None, "name"),
        ("President of the United States of America Joseph Biden:Thank you.", "President of the United States of America Joseph Biden", None, "name"),
        ("President of Switzerland Guy Parmelin (retranslated): Mr President,", "President of Switzerland Guy Parmelin", "retranslated", "name"),
        ("Question (retranslated): Thank you.", "Question", "retranslated", "role"),
        ("Question:\u00a0Good afternoon.", "Question", None, "role"),
        ("Vladimir\u00a0Putin : Yes.", "Vladimir Putin", None, "name"),
        ("Remark: Thank you.", "Remark", None, "role"),
        ("THE PRESIDENT:\u00a0 It’s been a long day.", "THE PRESIDENT", None, "caps"),
        ("MS. PSAKI: Hi, everyone.", "MS. PSAKI", None, "caps"),
        ("Q\u00a0\u00a0\u00a0 Thank you, sir.", "Q", None, "role"),
        ("Q: Thank you.", "Q", None, "role"),
        ("Mohammed bin Salman: Thanks.", "Mohammed bin Salman", None, "name"),
        ("Putin: Yes.", "Putin", None, "single"),
    ],
)
def test_labels(line, name, note, style):
    label = match_label(line)
    assert (label.name, label.note, label.style) == (name, note, style)
    assert line.startswith(label.prefix)


@pytest.mark.parametrize(
    "line",
    [
        "One more thing: before the talks, there were great expectations.",
        "The question is: what is the best way?",
        "And the second question, if I may: what were Russia’s objectives?",
        "In fact, there are two main laws: the 1982 UN Convention.",
        "Take a look at Afghanistan: as many as 120 people were killed.",
        "With President of the United States of America Joseph Biden. Photo: TASS",
        "June 16, 2021 19:40, Geneva",
        "Article 9: the border.",
        "Quality is: x",
        "Queen sings",
        "Ladies and Gentlemen: welcome.",
        "http://kremlin.ru/events",
        "",
    ],
)
def test_prose_with_a_colon_is_not_a_label(line):
    assert match_label(line) is None


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("President of Russia Vladimir Putin", "Vladimir Putin"),
        ("President of the United States of America Joseph Biden", "Joseph Biden"),
        ("President of Switzerland Guy Parmelin", "Guy Parmelin"),
        ("Prime Minister of the United Kingdom Boris Johnson", "Boris Johnson"),
        ("Crown Prince of Saudi Arabia Mohammed bin Salman", "Mohammed bin Salman"),
        ("Minister of Foreign Affairs Sergei Lavrov", "Sergei Lavrov"),
        ("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("Presidential Press Secretary Dmitry Peskov", "Dmitry Peskov"),
        ("US Secretary of State Antony Blinken", "Antony Blinken"),
        ("Ivan Ivanovich Petrov", "Ivan Ivanovich Petrov"),
        ("Vladimir Putin", "Vladimir Putin"),
        ("President Biden", "President Biden"),
    ],
)
def test_strip_title(label, name):
    assert strip_title(label) == name


def test_variants_of_one_name_resolve_to_one_speaker():
    labels = [
        match_label(line)
        for line in [
            "President of South Africa Cyril Ramaphosa: Hi.",  # "South Africa" is a known place
            "Cyril\u00a0 Ramaphosa: Yes.",
            "Ramaphosa: No.",
            "THE PRESIDENT: Well.",
        ]
    ]
    names = canonical_names(labels, {"THE PRESIDENT": "Remarks by President Biden"})
    assert names == {
        "President of South Africa Cyril Ramaphosa": "Cyril Ramaphosa",
        "Cyril Ramaphosa": "Cyril Ramaphosa",
        "Ramaphosa": "Cyril Ramaphosa",
        "THE PRESIDENT": "President Biden",
    }


def test_the_president_without_a_title_stays_generic():
    assert canonical_names([match_label("THE PRESIDENT: Hi.")]) == {"THE PRESIDENT": "The President"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, Matthew Chance from CNN. Thank you very much.", ("Matthew Chance", "CNN")),
        ("Pavel Zarubin, VGTRK. I wanted to continue.", ("Pavel Zarubin", "VGTRK")),
        ("Murad Gazdiev, RT.\nI have a question about the Arctic.", ("Murad Gazdiev", "RT")),
        ("Good afternoon. Alexander Yunashev, Life.ru. A question.", ("Alexander Yunashev", "Life.ru")),
        ("Mr President, Yevgeny Primakov, Rossiya Segodnya.", ("Yevgeny Primakov", "Rossiya Segodnya")),
        ("RIA Novosti. Mr President, what next?", (None, "RIA Novosti")),
        ("I am from Kommersant. A question.", (None, "Kommersant")),
        ("Good evening, Perhaps, you can name the topics?", (None, None)),
        ("Mr President, you said strategic stability was one of the topics.", (None, None)),
        ("Mr President.", (None, None)),
        ("Thank you.", (None, None)),
        ("Vladimir Vladimirovich, Russia is ready to talk.", (None, None)),
    ],
)
def test_introductions(text, expected):
    assert introduction(text) == expected
