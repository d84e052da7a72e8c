"""Speaker labels, names and journalists' introductions."""

from __future__ import annotations

from itertools import product

import pytest

from kit.parsing import labels
from kit.parsing.labels import match_label, split_name
from kit.parsing.names import canonical_names, introduction, strip_title


@pytest.mark.parametrize(
    ("line", "name", "note", "style"),
    [
        ("Vladimir Putin: Yes.", "Vladimir Putin", None, "name"),
        ("President of Russia Vladimir Putin: Friends,", "President of Russia Vladimir Putin", None, "name"),
        (
            "President of the United States of America Joseph Biden:Thank you.",
            "President of the United States of America Joseph Biden",
            None,
            "name",
        ),
        (
            "President of Switzerland Guy Parmelin (retranslated): Mr President,",
            "President of Switzerland Guy Parmelin",
            "retranslated",
            "name",
        ),
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


@pytest.mark.parametrize(
    ("line", "name", "person"),
    [
        (
            "Minister of Industry and Trade Denis Manturov: Yes.",
            "Minister of Industry and Trade Denis Manturov",
            "Denis Manturov",
        ),
        (
            "Vladimir Fortov, Secretary of the Department of Physics, Russian Academy of Sciences: Thank you.",
            "Vladimir Fortov, Secretary of the Department of Physics, Russian Academy of Sciences",
            "Vladimir Fortov",
        ),
        (
            "Department Chair at Moscow State University Olga Dontsova: Yes.",
            "Department Chair at Moscow State University Olga Dontsova",
            "Olga Dontsova",
        ),
        (
            "Direct line programme host Kirill Kleymenov: Hello.",
            "Direct line programme host Kirill Kleymenov",
            "Kirill Kleymenov",
        ),
        ("VladimirPutin: Yes.", "VladimirPutin", "Vladimir Putin"),
        ("\u00a0Vladimir Putin: Yes.", "Vladimir Putin", "Vladimir Putin"),
        (
            "Chairman of the State Development Corporation VEB.RF Igor Shuvalov: Yes.",
            "Chairman of the State Development Corporation VEB.RF Igor Shuvalov",
            "Igor Shuvalov",
        ),
        (
            "CSTO SECRETARY GENERAL OF THE ORGANISATION NIKOLAI BORDYUZHA: Yes.",
            "CSTO SECRETARY GENERAL OF THE ORGANISATION NIKOLAI BORDYUZHA",
            None,
        ),
        (
            "Head of the Federal Service for the Oversight of Consumer Protection and Welfare Anna Popova: Yes.",
            "Head of the Federal Service for the Oversight of Consumer Protection and Welfare Anna Popova",
            "Anna Popova",
        ),
        (
            "Vladimir Putin (answering Alexei Machnev, Speaker of the Legislative Assembly, and others): Yes.",
            "Vladimir Putin",
            "Vladimir Putin",
        ),
        (
            "First Deputy Prime Minister and Finance Minister Anton Siluanov: Yes.",
            "First Deputy Prime Minister and Finance Minister Anton Siluanov",
            "Anton Siluanov",
        ),
        (
            "chairman of Vnesheconombank (VEB) Vladimir Dmitriev: Mr President,",
            "chairman of Vnesheconombank Vladimir Dmitriev",
            "Vladimir Dmitriev",
        ),
    ],
)
def test_label_shapes_of_the_kremlin_archive(line, name, person):
    label = match_label(line)
    assert label is not None and label.name == name
    assert line.startswith(label.prefix)
    if person:
        assert split_name(label.name)[1] == person


@pytest.mark.parametrize(
    ("line", "role", "note"),
    [
        ("Response: Yes.", "response", None),
        ("Call centre operator: We have a caller.", "call centre operator", None),
        ("Question from Perm Territory: Hello.", "question", "from Perm Territory"),
        (
            "Volunteer (Passes a document to the President.): This one.",
            "volunteer",
            "Passes a document to the President.",
        ),
    ],
)
def test_role_words_with_places_and_notes(line, role, note):
    label = match_label(line)
    assert (label.style, label.key, label.note) == ("role", role, note)


@pytest.mark.parametrize(
    "line",
    [
        "Minister of Defence: Sergei Shoigu.",
        "Interior Minister: Vladimir Kolokoltsev.",
        "The Arctic: Territory of Dialogue international forum",
        "Remembering the Holocaust: Fight Against Racism",
        "The United Kingdom: “Secession, as the Supreme Court of Canada said",
        "Editor's Note: this transcript was edited.",
        "Last Updated: June 17, 2021",
        "Original Source: en.kremlin.ru",
        "Let me say this about Vladimir Putin: he is tough.",
        "As Sergei Lavrov said: we are ready.",
    ],
)
def test_false_labels(line):
    assert match_label(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Vladimir\u200b Putin: Yes.",  # zero-width space
        "\u200eVladimir Putin: Yes.",  # left-to-right mark
        "\ufeffVladimir Putin: Yes.",  # a byte-order mark in mid-file
        "Vladimir Putin\u2060: Yes.",  # word joiner
    ],
)
def test_invisible_characters_do_not_hide_a_label(line):
    label = match_label(line)
    assert label is not None and label.name == "Vladimir Putin"
    assert line[len(label.prefix) :] == "Yes."


def test_decomposed_accents_match_their_composed_form():
    decomposed = "Jose\u0301 Marti\u0301nez: Gracias."
    label = match_label(decomposed)
    assert label.name == "José Martínez"
    assert decomposed[len(label.prefix) :] == "Gracias."


def test_case_and_one_letter_typos_resolve_to_the_frequent_speaker():
    lines = ["Vladimir Putin: Yes."] * 3 + ["Vladimir PUTIN: No.", "Vlaidmir Putin: Maybe.", "Dmitry Peskov: Go."]
    names = canonical_names([match_label(line) for line in lines])
    assert names["Vladimir PUTIN"] == names["Vlaidmir Putin"] == "Vladimir Putin"
    assert names["Dmitry Peskov"] == "Dmitry Peskov"


def test_different_people_with_near_names_stay_apart():
    lines = ["Dmitry Peskov: Yes."] * 3 + ["Dmitry Petrov: No."]
    names = canonical_names([match_label(line) for line in lines])
    assert names["Dmitry Petrov"] == "Dmitry Petrov"


def test_an_initial_and_a_surname_is_a_name_not_an_answer_label():
    label = match_label("A. Repik: Good afternoon, Mr President.")
    assert (label.name, label.style, label.prefix) == ("A. Repik", "name", "A. Repik: ")
    assert match_label("A. Yes, we did.").role == "a"


# Words for lines like labels and near them: plain and lower-case words, words with a mark
# inside (apostrophes, hyphens, a digit, stops, brackets, capitals, a tab, marks a label
# may not hold), and words at the quick pattern's limit of 41 letters and past it.
_WORDS = ["Anna", "anna", "A", "Ab", "O'Neil", "O’neil", "Lee-Ray", "LeeRay", "An0na", "An.na", "An(na)", "An[na]"]
_WORDS += ["An;na", "An?na", "An!na", "An,na", "An\tna", "An\u00a0na", "A" + "l" * 40, "A" + "l" * 41]
_GAPS = [":", ": ", ":\t", " :", "::", ":\u00a0\u202f", ";"]
_TAILS = ["", "Yes.", '"Why', "(00:01)", "//x", "1"]


def test_the_quick_pattern_for_usual_labels_reads_a_line_as_the_full_pattern_does():
    """``_PLAIN_LABEL`` is tried first for speed: wherever it matches, it must find what ``_COLON_AT_START`` finds.

    Every line of one to three of the words, then every gap and tail (some 120,000 lines).
    """
    heads = [" ".join(words) for size in (1, 2, 3) for words in product(_WORDS, repeat=size)]
    agreed = 0
    for head in heads:
        for gap in _GAPS:
            for tail in _TAILS:
                line = head + gap + tail
                quick = labels._PLAIN_LABEL.match(line)
                if quick is not None:
                    full = labels._COLON_AT_START.match(line)
                    assert full is not None, line
                    assert (quick.groups(), quick.end()) == (full.groups(), full.end()), line
                    agreed += 1
    assert agreed > 1000  # the quick pattern took many of them


def test_the_quick_pattern_takes_the_usual_labels_and_leaves_the_rest():
    assert labels._PLAIN_LABEL.match("Vladimir Putin: Yes.").group("name") == "Vladimir Putin"
    assert labels._PLAIN_LABEL.match("Dmitry Peskov:Yes.").group("name") == "Dmitry Peskov"
    for line in [
        "Vladimir Putin : Yes.",
        "President of Russia Vladimir Putin: Hi.",
        "MS. PSAKI: Hi.",
        "Anna O’Malley: Yes.",
        "Karine Jean-Pierre: Yes.",
        "A" + "b" * 60 + ": x",
    ]:
        assert labels._PLAIN_LABEL.match(line) is None
        assert match_label(line) is not None  # read by the full pattern


def test_ones_own_words_with_a_sentences_end_before_a_colon_are_no_label():
    assert match_label("I'm Niamh Gallagher, head of news. We have three candidates tonight:") is None
    assert match_label("Our panel is here, as always. Tonight we have:") is None
    # (a title shortened by a stop stays in a label: "assoc. prof. Harvard")
    assert match_label("Anna Lee, assoc. prof. Harvard: Yes.").name == "Anna Lee, assoc. prof. Harvard"
