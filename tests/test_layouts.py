"""Transcripts from other publishers: label layouts, one speaker per person, kinds of event, roles and turn kinds.

Each layout and each kind of event has one short transcript written for these tests (a
court argument, question time, a hearing, a TV show, a podcast, a debate, a briefing, a
long interview); the tests assert on what :func:`kit.parse` gives for them: which lines
open turns, who speaks, in what role, with what kind of turn, in which kind of event.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.parsing.labels import person_case
from kit.schema import answering

# --- the transcripts (the comment after a line is its number) --------------------------

#: A court argument: the speaker's name on a line of its own, the turn below it.
COURT = "\n".join(
    [
        "Oral Argument in Harlow v. Dunmore Mills",  # 1
        "March 3, 2020",
        "",
        "Chief Justice Ada Whitcombe",  # 4
        "We will hear argument first this morning in Harlow against Dunmore Mills. Ms. Okafor.",
        "",
        "Grace Okafor",  # 7
        "Mr. Chief Justice, and may it please the Court: the mill closed the river without notice.",
        "",
        "Justice Paul Brennick",  # 10
        "Was the notice rule in force when the mill closed it?",
        "",
        "Grace Okafor",  # 13
        "It was, Your Honor. The rule took effect a year earlier.",
        "Answer: Bring your case in Federal court. That is what the clerk told my client.",  # 15
        "",
        "Justice Paul Brennick",  # 17
        "And the clerk was wrong?",
        "",
        "Grace Okafor",  # 20
        "He was wrong, Your Honor.",
        "",
        "Chief Justice Ada Whitcombe",  # 23
        "Thank you, counsel. The case is submitted.",
    ]
)

#: Question time: a Speaker gives the floor, members with constituency and party, the Prime Minister answers.
QUESTION_TIME = "\n".join(
    [
        "Wednesday sitting",  # 1
        "June 4, 2014",
        "Prime Minister David Cameron answered questions from members.",  # 3: the lead names the holder
        "",
        "The Speaker: Questions to the Prime Minister. Mr. Ed Miliband.",  # 5
        "（一） Mr. Ed Miliband (Doncaster North) (Lab): Will the Prime Minister tell the House why waiting"
        " lists have grown in every region since the spring?",  # 6
        "The Prime Minister: Waiting lists have fallen, and there are more nurses on the wards than ever before.",
        "The Speaker: Mr. Angus Robertson.",  # 8
        "Mr. Angus Robertson (Moray) (SNP): Does the Prime Minister accept that the fishing fleet has lost"
        " a third of its boats in ten years?",  # 9
        "The Prime Minister: I do not accept it. The fleet has new boats and its catch is rising.",
        "The Speaker: Order. Mr. Nick Clegg.",  # 11
        "Mr. Nick Clegg (Sheffield, Hallam) (LD): Will he meet the families of the flooded villages in the"
        " Somerset levels?",  # 12
        "The Prime Minister: I will meet them, and I will go to the levels next week.",  # 13
    ]
)

#: A printed hearing: a series dateline, titles before surnames in capitals, a label closed by a full stop.
HEARING = "\n".join(
    [
        "Day 37: July 29, 1987",  # 1
        "",
        "Chairman INOUYE: The committee will come to order. Mr. Nields, you may begin.",  # 3
        "Mr. NIELDS: Thank you, Mr. Chairman. Mr. Meese, when did you first learn of the shipments to Iran?",
        "Attorney General MEESE: I learned of them in November, when the first press reports appeared.",  # 5
        "Mr. NIELDS: Did anyone at the Justice Department know of them before November?",
        "Attorney General MEESE: Not to my knowledge, no one in the department knew of them.",  # 7
        "Mr. BECKLER. I object. The question calls for speculation by the witness.",
        "Chairman INOUYE: The objection is noted. Senator O'MALLEY, you have ten minutes.",  # 9
        "Senator O'MALLEY: Thank you, Mr. Chairman. General, who told you to open the inquiry?",
        "Attorney General MEESE: The President asked me to gather the facts, and I began that weekend.",  # 11
        "Senator O'MALLEY: Why did you wait until the weekend to begin it, General?",
        "Attorney General MEESE: Senator, the documents were not ready any earlier than that.",  # 13
    ]
)

#: One member and one witness, known for a hearing by how they address each other.
SENATE = "\n".join(
    [
        "Walter Crane: Senator, you wrote the water bill. Why did it leave out the northern counties?",
        "Ellen Shaw: Mr. Chairman, the northern counties had their own scheme at the time.",
        "Walter Crane: Was that scheme ever paid for by the state?",
        "Ellen Shaw: Senator, it was paid for in part, and the rest came from the counties.",
    ]
)

#: A TV show: a time mark in brackets, then a name in capitals and a title.
TV_SHOW = "\n".join(
    [
        "Evening Roundup, March 1, 2016",  # 1
        "[20:00:00] ANDERSON COOPER, CNN ANCHOR: Good evening. We begin tonight in Texas, where the polls"
        " close within the hour.",  # 2
        "[20:00:21] DONALD TRUMP (R), PRESIDENTIAL CANDIDATE: We are going to win Texas, we are going to win"
        " big, believe me.",  # 3
        "[20:00:30] COOPER: Do you expect to carry every state tonight?",
        "[20:00:34] TRUMP: I expect to carry most of them. Maybe not all of them, but most of them.",  # 5
        "[20:00:41] COOPER: What will you say to the voters who chose someone else today?",
        "[20:00:45] TRUMP: I will say come with us, because we are going to do great things together.",  # 7
    ]
)

#: A programme whose host only hands over to the interviewer.
HOSTED = "\n".join(
    [
        "MARIA LOPEZ, PROGRAMME HOST: Our guest tonight is Ben Adler. Over to you, Sam.",
        "SAM WEBB: Ben, why did you leave the band after the last tour?",
        "BEN ADLER: We wanted different things, and that is all there is to it.",
        "SAM WEBB: Will you ever play together again?",
        "BEN ADLER: Never say never, but probably not this year.",
        "MARIA LOPEZ: That is all for tonight. Goodnight.",
    ]
)

#: A podcast: a time mark in brackets after the name; the host's first name alone later on.
PODCAST = "\n".join(
    [
        "Lenny Rachitsky (00:00:00): Today my guest is Priya Nair, who built the growth team at a bakery chain.",
        "Inside Devin: how one small team learned to ship every day.",  # 2: prose
        "Priya Nair (00:00:09): Thanks for having me, it is a real pleasure to be here with you.",
        "Lenny (00:00:14): How did you pick the first market to grow in?",  # 4
        "Priya Nair (00:00:18): We picked the town with the most commuters.",
        "The bottom line is this: they buy breakfast every single day.",  # 6: prose
        "Lenny (00:00:36): Would you do it again?",
        "Priya Nair (00:00:41): I would, without a second thought.",  # 8
    ]
)

#: A recording service's export: a numbered speaker and a time mark on a line of their own.
NUMBERED_OWN_LINES = "\n".join(
    [
        "Speaker 1  00:00:02",  # 1
        "Welcome back to the garden hour. What should we plant in March?",
        "",
        "Speaker 2  00:00:09",  # 4
        "Peas and broad beans, straight into the cold ground.",
        "",
        "Speaker 1  00:01:02",  # 7
        "And what about tomatoes?",
        "",
        "Speaker 2  00:01:05",  # 10
        "Not until May, they hate a frost.",
    ]
)

#: The same conversation with the time mark in brackets before the colon.
NUMBERED_COLONS = "\n".join(
    [
        "Speaker 1 (00:01): What should we plant in March?",
        "Speaker 2 (00:09): Peas and broad beans, straight into the cold ground.",
        "Speaker 1 (01:02): And what about tomatoes?",
        "Speaker 2 (01:05): Not until May, they hate a frost.",
    ]
)

#: A debate: a moderator asks, two candidates answer her and one another.
DEBATE = "\n".join(
    [
        "Candidates for Governor of Vermont, October 12, 2022",  # 1
        "Martha Quill: Good evening and welcome. Our candidates are Tom Reyes and Helen Park. Mr. Reyes, what"
        " would you do first about rents in the cities, where families now pay half of what they earn to their"
        " landlords?",  # 2
        "Tom Reyes: I would build twenty thousand homes in four years, and I would pay for them with a tax on"
        " empty houses.",
        "Helen Park: That tax would drive builders out of the state before a single home was finished.",  # 4
        "Tom Reyes: Builders told me the opposite, Helen, and they signed a letter saying so.",
        "Helen Park: Then they should read the bill before they sign letters about it.",  # 6
        "Martha Quill: Ms. Park, your plan for the schools has been called too expensive by your own party. How"
        " would you pay for smaller classes in every district without raising the property tax?",  # 7
        "Helen Park: By ending the waivers that let the largest firms skip the school levy altogether.",
        "Tom Reyes: Those waivers bring the jobs that pay the levy in the first place.",  # 9
        "Helen Park: They bring jobs to other states, Tom, and the bills to ours.",
    ]
)

#: A White House-style briefing: capitals, ``Q`` with one space, a guest secretary who takes the questions.
BRIEFING = "\n".join(
    [
        "Press Briefing by Press Secretary Karine Jean-Pierre and Secretary of Agriculture Tom Vilsack",  # 1
        "May 2, 2023",
        "",
        "James S. Brady Press Briefing Room",
        "",
        "1:05 P.M. EDT",
        "",
        "MS. JEAN-PIERRE:  Good afternoon, everyone. Today the Secretary of Agriculture is here to talk about"
        " the price of eggs. Secretary, the floor is yours.",  # 8
        "",
        "SECRETARY VILSACK:  Thank you, Karine. Egg prices have fallen by a third since January, and we expect"
        " them to keep falling.",  # 10
        "",
        "MS. JEAN-PIERRE:  The Secretary has a few minutes for questions. Go ahead, Zeke.",  # 12
        "",
        "Q Thank you, Mr. Secretary. How long will it take for prices to reach last year's level?",  # 14
        "",
        "SECRETARY VILSACK:  We think by the end of the summer, if the flocks keep recovering.",  # 16
        "",
        "Q And what about the farmers who lost their flocks?",  # 18
        "",
        "SECRETARY VILSACK:  They are being paid for every bird, and the payments went out last week.",  # 20
        "",
        "Q. Mr. Secretary, is the bird flu still spreading in the Midwest?",  # 22
        "",
        "SECRETARY VILSACK:  It has slowed a great deal, but we are watching every state.",  # 24
        "",
        "MS. JEAN-PIERRE:  Thank you, Mr. Secretary. Okay, Mary.",  # 26
        "",
        "QUESTION:  Karine, is the President going to sign the farm bill this week?",  # 28
        "",
        "MS. JEAN-PIERRE:  He will sign it as soon as it reaches his desk.",  # 30
        "",
        "1:40 P.M. EDT",
    ]
)

#: A long interview: one interviewer, long new questions, short and ``And``/``But``/``What about`` follow-ups.
LONG_INTERVIEW = "\n".join(
    [
        "Rosa Lind: You spent eleven years running the harbour authority, through two floods, a strike and the"
        " sale of the old shipyard to a foreign buyer. Looking back on all of it now, which decision do you"
        " regret the most?",  # 1: long, opens exchange 1
        "Jonas Berg: Selling the shipyard. We lost the last place in town where young people could learn a trade.",
        "Rosa Lind: Why?",  # 3: short, follows up
        "Jonas Berg: Because the buyer closed the workshops within a year and moved the work abroad.",
        "Rosa Lind: But the council had voted for the sale, and the unions had signed the agreement, and the"
        " buyer had promised in writing to keep every workshop open for ten years. Could you really have stopped"
        " it on your own?",  # 5: long, but opens with "But"
        "Jonas Berg: I could have refused to sign, and I did not, and that is on me.",
        "Rosa Lind: And then?",  # 7: the fourth asking turn of exchange 1
        "Jonas Berg: Then I went home and did not sleep for a week.",
        "Rosa Lind: And after that?",  # 9: a fifth would be too many, so exchange 2
        "Jonas Berg: After that I went back to work, because the floods did not wait for me.",
        "Rosa Lind: Let us turn to the floods, which many people in the lower town still talk about every winter"
        " when the river rises again. Were the new walls built in the right place, in your view?",  # 11: exchange 3
        "Jonas Berg: Mostly yes. The north wall should have gone two hundred metres further upstream.",
        "Rosa Lind: What about the families in the lower town, who were told that the new walls would protect"
        " their houses and who still cannot buy flood insurance for their homes at any price today?",  # 13
        "Jonas Berg: They were let down, and the authority should pay for their insurance until the wall is finished.",
        "Rosa Lind: Jonas Berg, thank you for your time today.",  # 15: asks nothing
    ]
)

#: Journalists who name their outlets as they ask, without a title or ``Q`` labels.
OUTLETS = "\n".join(
    [
        "Jane Holt: Good afternoon. I will take your questions now.",
        "Ravi Menon: Ravi Menon, Reuters. Will the plant reopen this year?",
        "Jane Holt: It will reopen in the autumn, once the inspections are finished.",
        "Carla Ruiz: Carla Ruiz, Le Monde. How many jobs will come back with it?",
        "Jane Holt: About four hundred, most of them on the night shift.",
    ]
)

#: The same questions under ``Q:`` labels.
Q_LABELS = "\n".join(
    [
        "Jane Holt: Good afternoon. I will take your questions now.",
        "Q: Will the plant reopen this year?",
        "Jane Holt: It will reopen in the autumn, once the inspections are finished.",
        "Q: How many jobs will come back with it?",
        "Jane Holt: About four hundred, most of them on the night shift.",
    ]
)

#: Remarks whose title names the holders of the title phrases in the labels.
REMARKS = "\n".join(
    [
        "Remarks by Vice President Harris and President Andrzej Duda of Poland Before Bilateral Meeting",
        "March 10, 2022",
        "",
        "VICE PRESIDENT HARRIS: Good morning. It is an honor to be here in Warsaw with you, Mr. President.",
        "",
        "THE PRESIDENT: Madam Vice President, welcome to Poland. We are grateful for your visit.",
        "",
        "VICE PRESIDENT HARRIS: Thank you. We stand with the people of Poland.",
    ]
)

#: A press conference where one spelling of a frequent speaker's name is one letter off.
MISSPELLED = "\n".join(
    [
        "Remarks by President Biden and President Zelenskyy of Ukraine in Joint Press Conference",
        "PRESIDENT BIDEN: Mr. President, welcome back to the White House.",
        "PRESIDENT ZELENSKYY: Thank you, Mr. President, for your support.",
        "PRESIDENT BIDEN: We will stand with you as long as it takes.",
        "PRESIDENT ZELENSKYY: Our soldiers know it, and they are grateful.",
        "PRESIDENT ZELENSKKY: And our families know it too.",
        "PRESIDENT ZELENSKYY: Thank you.",
    ]
)

#: A deposition with a surname in capitals that begins ``Mc``.
DEPOSITION = "\n".join(
    [
        "Mr. McFARLANE: I sent the cable on Friday.",
        "Mr. NIELDS: Who read it first?",
        "Mr. McFARLANE: The Admiral read it first.",
    ]
)


def turn_on(corpus: kit.Corpus, line: int) -> pd.Series:
    """The turn whose label is on ``line``."""
    found = corpus.turns[corpus.turns["first_line"] == line]
    assert len(found) == 1, f"no turn opens on line {line}: turns open on {corpus.turns['first_line'].tolist()}"
    return found.iloc[0]


# --- label layouts ---------------------------------------------------------------------


def test_names_on_their_own_lines_open_the_turns_of_a_court_argument():
    corpus = kit.parse(COURT)
    assert corpus.turns["first_line"].tolist() == [4, 7, 10, 13, 17, 20, 23]
    assert corpus.turns["speaker"].tolist() == [
        "Ada Whitcombe",
        "Grace Okafor",
        "Paul Brennick",
        "Grace Okafor",
        "Paul Brennick",
        "Grace Okafor",
        "Ada Whitcombe",
    ]
    assert turn_on(corpus, 4)["text"].splitlines()[-1].startswith("We will hear argument")


def test_a_colon_label_inside_a_names_on_their_own_lines_document_is_prose():
    corpus = kit.parse(COURT)
    lines = corpus.lines.set_index("line")
    assert lines.loc[15, "kind"] == "speech"
    assert lines.loc[15, "turn_id"] == turn_on(corpus, 13)["turn_id"]  # in counsel's turn, not a turn of its own
    assert "Answer" not in corpus.turns["speaker"].tolist()


def test_names_on_their_own_lines_without_the_convention_are_not_labels():
    text = "\n".join(
        [
            "Harbour Notes",
            "",
            "Jonas Berg",
            "The harbour will reopen in May, after the dredging.",
            "",
            "Rosa Lind",
            "The ferry timetable changes on the first of June.",
            "",
            "Priya Nair",
            "The fish market moves to the north quay for the summer.",
        ]
    )
    corpus = kit.parse(text)  # three names, none of them twice: not the document's convention
    assert corpus.turns.empty
    assert "speech" not in set(corpus.lines["kind"])


def test_a_podcast_keeps_the_time_marks_of_its_labels():
    corpus = kit.parse(PODCAST)
    assert corpus.turns["first_line"].tolist() == [1, 3, 4, 5, 7, 8]
    assert corpus.turns["time"].tolist() == ["00:00:00", "00:00:09", "00:00:14", "00:00:18", "00:00:36", "00:00:41"]
    assert corpus.turns["speaker_label"].tolist()[:3] == ["Lenny Rachitsky", "Priya Nair", "Lenny"]


@pytest.mark.parametrize(
    ("text", "first_lines", "times"),
    [
        (NUMBERED_OWN_LINES, [1, 4, 7, 10], ["00:00:02", "00:00:09", "00:01:02", "00:01:05"]),
        (NUMBERED_COLONS, [1, 2, 3, 4], ["00:01", "00:09", "01:02", "01:05"]),
    ],
    ids=["own-lines", "colons"],
)
def test_numbered_speakers_with_time_marks(text, first_lines, times):
    corpus = kit.parse(text)
    assert corpus.turns["first_line"].tolist() == first_lines
    assert corpus.turns["time"].tolist() == times
    assert corpus.turns["speaker"].tolist() == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"]
    assert corpus.turns["text"].str.contains("00:0").sum() == 0  # the time mark is not part of what was said


def test_a_tv_show_keeps_the_bracketed_time_mark_and_the_title_after_the_name():
    corpus = kit.parse(TV_SHOW)
    assert corpus.turns["first_line"].tolist() == [2, 3, 4, 5, 6, 7]
    assert corpus.turns["time"].tolist() == ["20:00:00", "20:00:21", "20:00:30", "20:00:34", "20:00:41", "20:00:45"]
    anchor = turn_on(corpus, 2)
    assert (anchor["speaker"], anchor["speaker_title"]) == ("Anderson Cooper", "CNN ANCHOR")
    assert turn_on(corpus, 3)["label_note"] == "R"
    assert corpus.turns["text"].str.startswith(("[", "20:")).sum() == 0


@pytest.mark.parametrize(
    "line",
    [
        "Q Will the plant reopen?",
        'Q "Soon," you said. When?',
        "Q -- and when exactly?",
        "Q [inaudible] -- and when?",
        "Q 2024 or later?",
        "Q. When will it reopen?",
        "QUESTION: When will it reopen?",
    ],
)
def test_q_label_shapes(line):
    corpus = kit.parse(f"{line}\nJane Holt: In the autumn, once the inspections are done.\n")
    question = turn_on(corpus, 1)
    assert (question["role"], question["kind"]) == ("journalist", "question")
    assert corpus.turns["first_line"].tolist() == [1, 2]


def test_q_before_a_lower_case_word_is_not_a_label():
    corpus = kit.parse("Q and when will it reopen?\nJane Holt: In the autumn, once the inspections are done.\n")
    assert corpus.turns["first_line"].tolist() == [2]


@pytest.mark.parametrize(
    ("line", "speaker", "note"),
    [
        (
            "Hon. Herb Gray (Deputy Prime Minister, Lib.): The government will act.",
            "Herb Gray",
            "Deputy Prime Minister, Lib.",
        ),
        ("Mr. Cameron (Witney) (Con): I agree with that.", "Mr. Cameron", "Witney; Con"),
        ("（二） Mr. Cameron: I agree with that.", "Mr. Cameron", None),
        ("3. Anna Smith: I agree with that.", "Anna Smith", None),
    ],
    ids=["nested-brackets", "constituency-and-party", "enumerator-in-brackets", "numbered"],
)
def test_labels_with_brackets_and_enumerators(line, speaker, note):
    corpus = kit.parse(line)
    turn = turn_on(corpus, 1)
    assert turn["speaker"] == speaker
    assert (None if pd.isna(turn["label_note"]) else turn["label_note"]) == note
    assert turn["text"] in ("The government will act.", "I agree with that.")


@pytest.mark.parametrize(
    "prose",
    [
        "The bottom line is this: we agreed on nothing.",
        "Inside Devin: a team that ships every day.",
        "FULL TRANSCRIPT: below, as it was recorded.",
    ],
)
def test_prose_with_a_colon_stays_in_the_turn(prose):
    corpus = kit.parse(f"Anna Smith: We met twice.\n{prose}\nBo Chan: Yes, twice.\n")
    assert corpus.turns["first_line"].tolist() == [1, 3]
    assert corpus.lines.set_index("line").loc[2, "turn_id"] == 1


def test_prose_lines_of_a_podcast_stay_in_the_turn_above():
    corpus = kit.parse(PODCAST)
    lines = corpus.lines.set_index("line")
    assert lines.loc[2, "turn_id"] == turn_on(corpus, 1)["turn_id"]
    assert lines.loc[6, "turn_id"] == turn_on(corpus, 5)["turn_id"]


def test_a_dateline_with_a_series_prefix_is_not_a_label():
    corpus = kit.parse(HEARING)
    assert corpus.lines.set_index("line").loc[1, "kind"] == "dateline"
    assert corpus.turns["first_line"].min() == 3


def test_a_hearing_label_closed_by_a_full_stop_opens_a_turn():
    corpus = kit.parse(HEARING)
    objection = turn_on(corpus, 8)
    assert objection["speaker_label"] == "Mr. BECKLER"
    assert objection["text"].startswith("I object.")


def test_all_capital_and_title_labels_of_a_hearing_open_turns():
    corpus = kit.parse(HEARING)
    assert {3, 4, 5, 6, 7, 9, 10, 11, 12, 13} <= set(corpus.turns["first_line"])
    assert turn_on(corpus, 5)["speaker_title"] == "Attorney General"
    assert turn_on(corpus, 10)["speaker_title"] == "Senator"


def test_title_phrases_are_named_after_the_holder_in_the_title():
    corpus = kit.parse(REMARKS)
    assert corpus.turns["speaker"].tolist() == [
        "Vice President Harris",
        "Andrzej Duda",  # (a full name after the title: the person; a surname keeps its title)
        "Vice President Harris",
    ]


def test_the_prime_minister_is_named_after_the_holder_in_the_lead():
    corpus = kit.parse(QUESTION_TIME)
    assert set(corpus.turns.loc[corpus.turns["speaker_label"] == "The Prime Minister", "speaker"]) == {
        "David Cameron"  # (a full name after the title: the person)
    }


# --- one speaker per person ------------------------------------------------------------


def test_a_first_name_alone_joins_the_full_name():
    corpus = kit.parse(PODCAST)
    assert set(corpus.turns["speaker"]) == {"Lenny Rachitsky", "Priya Nair"}


def test_a_surname_in_capitals_joins_the_full_name_with_party_and_title():
    corpus = kit.parse(TV_SHOW)
    assert corpus.turns["speaker"].tolist() == ["Anderson Cooper", "Donald Trump"] * 3


@pytest.mark.parametrize(
    ("text", "line", "surname"),
    [
        (BRIEFING, 8, "Jean-Pierre"),
        pytest.param(
            DEPOSITION,
            1,
            "McFarlane",
        ),
        pytest.param(
            HEARING,
            10,
            "O'Malley",
        ),
        pytest.param(
            HEARING,
            5,
            "Meese",
        ),
    ],
    ids=["jean-pierre", "mcfarlane", "o-malley", "meese"],
)
def test_names_in_capitals_are_cased_as_people_write_them(text, line, surname):
    assert turn_on(kit.parse(text), line)["speaker"].split()[-1] == surname


@pytest.mark.parametrize("host", ["RACHEL MARTIN", "A MARTÍNEZ", "ÉMILIE NÚÑEZ", "АННА ПЕТРОВА"])
def test_a_surname_in_capitals_of_any_script_joins_the_full_name(host):
    """Capitals with accents, or in another script, are capitals: the short form finds its full name."""
    surname = host.split()[-1]
    corpus = kit.parse(
        f"{host}, HOST: Our co-host spoke with the secretary.\n"
        "STEVE INSKEEP, HOST: Mr. Secretary, welcome.\nANTONY BLINKEN: Good to be with you.\n"
        "INSKEEP: Did he say anything that gave you hope?\nBLINKEN: I would not say hope.\n"
        f"{surname}: You can hear more on the podcast.\n"
    )
    speakers = corpus.turns["speaker"].tolist()
    assert speakers[-1] == speakers[0] == " ".join(person_case(w) for w in host.split())
    assert speakers[3] == "Steve Inskeep"


def test_a_rare_spelling_one_letter_off_joins_the_frequent_speaker():
    corpus = kit.parse(MISSPELLED)
    assert corpus.turns["speaker"].nunique() == 2
    assert turn_on(corpus, 6)["speaker"] == turn_on(corpus, 3)["speaker"] == "President Zelenskyy"


# --- kinds of event --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event", "source"),
    [
        (COURT, "hearing", "title"),
        (BRIEFING, "briefing", "title"),
        (Q_LABELS, "news_conference", "labels"),
        (QUESTION_TIME, "question_time", "labels"),
        (TV_SHOW, "interview", "labels"),
        (OUTLETS, "news_conference", "structure"),
        (LONG_INTERVIEW, "interview", "structure"),
        (PODCAST, "interview", "structure"),
        (HEARING, "hearing", "structure"),
        (SENATE, "hearing", "structure"),
        (DEBATE, "debate", "structure"),
        (REMARKS, "meeting", "structure"),
    ],
    ids=[
        "court-title",
        "briefing-title",
        "q-labels",
        "speaker-label",
        "anchor-title",
        "outlets",
        "one-asker-one-answerer",
        "podcast",
        "several-askers-one-answerer",
        "addresses-a-senator",
        "candidates-rebut",
        "no-questions",
    ],
)
def test_kind_of_event(text, event, source):
    documents = kit.parse(text).documents
    assert documents[["event", "event_source"]].values.tolist() == [[event, source]]


@pytest.mark.parametrize(
    ("opening", "event", "source"),
    [
        ("GOOD EVENING AND WELCOME TO THE MAYORAL RUNOFF DEBATE.", "debate", "opening"),
        ("Good morning and welcome to this meeting of the Policy and Resources Committee.", "meeting", "opening"),
        ("Good morning, everyone, and welcome to this week's press briefing.", "briefing", "opening"),
        ("Good morning. The funding was cut in March.", "meeting", "structure"),  # (no welcome: as before)
    ],
)
def test_the_event_its_host_welcomes_all_to_names_an_untitled_one(opening, event, source):
    cues = [
        opening,
        "SENATOR, WHY DID THE BUS PLAN FAIL?",
        "WELL, THE FUNDING WAS CUT IN MARCH AND WE COULD NOT REPLACE IT THIS YEAR.",
        "AND WHAT HAPPENS TO THE ROUTES NOW?",
        "THEY STAY AS THEY ARE UNTIL THE BUDGET PASSES IN JUNE, I EXPECT.",
    ]
    documents = kit.parse("\n".join(f"0:{2 * k:02d}\n>> {cue}" for k, cue in enumerate(cues))).documents
    assert documents[["event", "event_source"]].values.tolist() == [[event, source]]


def test_a_title_still_names_the_event_before_a_welcome():
    text = "Senate Committee Hearing on Transit\n\nCHAIR: Welcome to the debate.\n\nMS. LEE: Why?\n\nMR. ROE: Money.\n"
    assert kit.parse(text).documents[["event", "event_source"]].values.tolist() == [["hearing", "title"]]


def test_an_instructor_states_the_event_and_who_asks():
    corpus = kit.parse(SENATE, event="interview", askers=["Ellen Shaw"])
    assert corpus.documents[["event", "event_source"]].values.tolist() == [["interview", "given"]]
    roles = corpus.turns.drop_duplicates("speaker").set_index("speaker")
    assert roles.loc["Ellen Shaw", ["role", "role_source"]].tolist() == ["interviewer", "given"]
    assert roles.loc["Walter Crane", ["role", "role_source"]].tolist() == ["guest", "given"]


# --- roles by event --------------------------------------------------------------------


def test_justices_are_members_and_counsel_is_a_witness():
    turns = kit.parse(COURT).turns
    roles = turns[["speaker", "role"]].drop_duplicates().values.tolist()
    assert roles == [["Ada Whitcombe", "member"], ["Grace Okafor", "witness"], ["Paul Brennick", "member"]]
    assert set(turns.loc[turns["speaker"] == "Grace Okafor", "kind"]) == {"answer"}


def test_question_time_members_ask_the_prime_minister():
    corpus = kit.parse(QUESTION_TIME)
    turns = corpus.turns
    for line in (6, 9, 12):
        assert turn_on(corpus, line)[["role", "role_source", "kind"]].tolist() == ["member", "asks", "question"]
    assert turn_on(corpus, 6)["label_note"] == "Doncaster North; Lab"
    assert set(turns.loc[turns["speaker"] == "David Cameron", "role"]) == {"official"}
    assert set(turns.loc[turns["speaker_label"] == "The Speaker", "role"]) == {"staff"}
    assert corpus.exchanges["questioner"].tolist() == ["Ed Miliband", "Angus Robertson", "Nick Clegg"]


def test_the_speakers_floor_turns_stay_outside_exchanges():
    corpus = kit.parse(QUESTION_TIME)
    assert corpus.turns.loc[corpus.turns["speaker_label"] == "The Speaker", "exchange_id"].isna().all()
    assert corpus.exchanges["answered_by"].tolist() == ["David Cameron"] * 3


def test_a_hearing_has_members_who_ask_and_a_witness():
    corpus = kit.parse(HEARING)
    assert turn_on(corpus, 4)[["role", "role_source"]].tolist() == ["member", "asks"]
    assert turn_on(corpus, 10)[["role", "role_source"]].tolist() == ["member", "asks"]
    assert turn_on(corpus, 3)[["role", "role_source"]].tolist() == ["staff", "label"]  # a chairman who asks nothing
    for line in (5, 7, 11, 13):
        assert turn_on(corpus, line)[["role", "role_source", "kind"]].tolist() == ["witness", "answers", "answer"]


def test_an_anchor_asks_and_the_candidate_is_a_guest():
    corpus = kit.parse(TV_SHOW)
    cooper, trump = turn_on(corpus, 4), turn_on(corpus, 5)
    assert cooper[["role", "role_source", "kind"]].tolist() == ["interviewer", "label", "follow_up"]
    assert trump[["role", "role_source", "kind"]].tolist() == ["guest", "answers", "answer"]


def test_a_host_who_only_gives_the_floor_is_staff():
    corpus = kit.parse(HOSTED)
    host = corpus.turns[corpus.turns["speaker"] == "Maria Lopez"]
    assert host[["role", "role_source", "kind"]].drop_duplicates().values.tolist() == [
        ["staff", "label", "interjection"]
    ]
    assert set(corpus.turns.loc[corpus.turns["speaker"] == "Sam Webb", "role"]) == {"interviewer"}
    assert set(corpus.turns.loc[corpus.turns["speaker"] == "Ben Adler", "role"]) == {"guest"}


def test_a_podcast_host_interviews_the_guest():
    turns = kit.parse(PODCAST).turns
    roles = turns[["speaker", "role", "role_source"]].drop_duplicates().values.tolist()
    assert roles == [["Lenny Rachitsky", "interviewer", "asks"], ["Priya Nair", "guest", "answers"]]


def test_a_debate_moderator_asks_and_the_candidates_answer():
    corpus = kit.parse(DEBATE)
    roles = corpus.turns[["speaker", "role"]].drop_duplicates().values.tolist()
    assert roles == [["Martha Quill", "interviewer"], ["Tom Reyes", "guest"], ["Helen Park", "guest"]]
    assert corpus.exchanges["questioner"].tolist() == ["Martha Quill", "Martha Quill"]
    assert corpus.exchanges["first_line"].tolist() == [2, 7]


def test_journalists_who_name_their_outlet_ask_at_a_news_conference():
    corpus = kit.parse(OUTLETS)
    assert turn_on(corpus, 2)[["role", "role_source", "affiliation"]].tolist() == [
        "journalist",
        "introduction",
        "Reuters",
    ]
    assert turn_on(corpus, 4)[["role", "role_source", "affiliation"]].tolist() == [
        "journalist",
        "introduction",
        "Le Monde",
    ]
    assert turn_on(corpus, 1)["role"] == "official"


def test_a_guest_secretary_at_a_briefing_stays_on_the_answering_side():
    corpus = kit.parse(BRIEFING)
    assert corpus.turns["first_line"].tolist() == [8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]
    secretary = corpus.turns[corpus.turns["speaker"] == "Secretary Vilsack"]
    assert set(secretary["role"]) == {"official"}
    assert secretary["kind"].tolist() == ["statement", "answer", "answer", "answer"]
    for line in (8, 12, 26):  # the press secretary opens, hands over and gives the floor
        assert turn_on(corpus, line)[["role", "kind"]].tolist() == ["staff", "interjection"]
    for line in (14, 18, 22, 28):
        assert turn_on(corpus, line)[["role", "role_source", "kind"]].tolist() == ["journalist", "label", "question"]
    assert corpus.exchanges["answered_by"].tolist()[:3] == ["Secretary Vilsack"] * 3


def test_a_press_secretary_who_answers_a_question_gives_an_answer():
    corpus = kit.parse(BRIEFING)
    reply = turn_on(corpus, 30)
    assert reply["kind"] == "answer"
    assert answering(corpus.turns, kind="kind")[corpus.turns["first_line"] == 30].all()


# --- kinds of turn and exchanges -------------------------------------------------------


def test_a_long_interview_opens_an_exchange_for_each_new_question():
    corpus = kit.parse(LONG_INTERVIEW)
    asking = corpus.turns[corpus.turns["speaker"] == "Rosa Lind"]
    assert asking["first_line"].tolist() == [1, 3, 5, 7, 9, 11, 13, 15]
    assert asking["kind"].tolist() == [
        "question",  # long and new
        "follow_up",  # "Why?": short
        "follow_up",  # long, but opens with "But"
        "follow_up",  # "And then?": the fourth asking turn
        "question",  # "And after that?": a fifth would be too many
        "question",  # long and new
        "follow_up",  # long, but opens with "What about"
        "remark",  # asks nothing
    ]
    assert asking["exchange_id"].tolist() == [1, 1, 1, 1, 2, 3, 3, 3]
    assert corpus.exchanges["n_turns"].tolist() == [8, 2, 5]
    assert set(corpus.turns.loc[corpus.turns["speaker"] == "Jonas Berg", "kind"]) == {"answer"}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (LONG_INTERVIEW, 15),
        pytest.param(COURT, 4),
        pytest.param(TV_SHOW, 2),
    ],
    ids=["interviewer-thanks", "chief-justice-opens", "anchor-opens-show"],  # (a chair who calls by name is staff)
)
def test_an_asking_turn_that_asks_nothing_is_a_remark(text, line):
    turn = turn_on(kit.parse(text), line)
    assert turn["role"] in ("interviewer", "member")
    assert turn["kind"] == "remark"


# --- layouts a review found on publishers no sample has -------------------------------------


def test_role_labels_of_a_podcast_ask_and_answer():
    corpus = kit.parse(
        "Host: Welcome. What brings you here?\n\nGuest: My new book.\n\nHost: What is it about?\n\nGuest: Elections.\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [1, 3, 5, 7]
    assert corpus.documents.loc[0, ["event", "event_source"]].tolist() == ["interview", "labels"]
    assert turns["role"].tolist() == ["interviewer", "guest"] * 2
    assert turns["kind"].tolist() == ["question", "answer", "follow_up", "answer"]


def test_q_and_a_labels_make_an_interview():
    corpus = kit.parse(
        "Q. What went wrong?\n\nA. Nothing went wrong. We inherited it.\n\nQ. Are you running?\n\nA. No.\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [1, 3, 5, 7]
    assert turns["role"].tolist() == ["interviewer", "guest"] * 2
    assert corpus.documents.loc[0, "event"] == "interview"
    assert "Nothing went wrong" not in turns.loc[0, "text"]


@pytest.mark.parametrize("line", ["A. Lincoln wrote it first.", "a: the first of them."])
def test_an_a_label_without_q_labels_is_prose(line):
    corpus = kit.parse(f"Anna Lee: The options were these.\n{line}\nBo Chan: Yes.\n")
    assert corpus.turns["first_line"].tolist() == [1, 3]


def test_a_spokesperson_answers_the_questions_of_a_briefing():
    corpus = kit.parse(
        "Noon briefing by the Spokesperson for the Secretary-General\n\n"
        "Question: Has the Secretary-General spoken to the president?\n\nSpokesperson: Not this week, no.\n\n"
        "Question: Any plan to travel?\n\nSpokesperson: Nothing to announce.\n"
    )
    turns = corpus.turns
    assert turns["role"].tolist() == ["journalist", "official"] * 2
    assert turns["kind"].tolist() == ["question", "answer"] * 2
    assert corpus.exchanges["answered_by"].tolist() == ["Spokesperson"] * 2


def test_question_time_with_a_speaker_members_and_a_prime_minister_named_in_a_note():
    corpus = kit.parse(
        "Engagements\n\n"
        "The Prime Minister (Rishi Sunak): This morning I had meetings with colleagues.\n\n"
        "Mr Speaker: I call the Leader of the Opposition.\n\n"
        "Sir Keir Starmer (Holborn and St Pancras) (Lab): How many people are waiting for treatment?\n\n"
        "The Prime Minister: Waiting lists are coming down.\n\n"
        "Hon. Members: Hear, hear!\n\n"
        "Mr Speaker: Order.\n"
    )
    turns = corpus.turns.set_index("first_line")
    assert corpus.documents.loc[0, "event"] == "question_time"
    assert turns.loc[3, "speaker"] == turns.loc[9, "speaker"] == "Rishi Sunak"
    assert turns.loc[[3, 9], "role"].tolist() == ["official", "official"]
    assert turns.loc[7, ["speaker", "role", "kind"]].tolist() == ["Keir Starmer", "member", "question"]
    assert turns.loc[11, ["speaker", "role", "kind"]].tolist() == ["Hon. Members", "member", "remark"]
    assert turns.loc[[5, 13], "role"].tolist() == ["staff", "staff"]
    assert turns.loc[13, "kind"] == "interjection"


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("House of Commons Debates, 12 March", "question_time"),  # a parliament's record, not a debate
        ("Senator Bernie Sanders Town Hall in Des Moines", "town_hall"),  # not a hearing
        ("Fox News Sunday with Senator John Smith", "interview"),  # the structure decides: one asks
    ],
)
def test_title_phrases_name_the_event_not_the_people(title, event):
    text = f"{title}\n\nAnna Lee: What will you do about rents?\n\nJohn Smith: Build more.\n\nAnna Lee: When?\n\nJohn Smith: Next year.\n"
    assert kit.parse(text).documents.loc[0, "event"] == event


def test_the_kind_of_event_is_read_from_the_start_of_a_title():
    turns = "\n\nAnna Lee: Why?\n\nJohn Smith: Because.\n"
    # A first line of 100,000 characters: its start names a briefing; a phrase past the start names nothing.
    assert (
        kit.parse("Press Briefing by the Press Secretary" + " x" * 50_000 + turns).documents.loc[0, "event"]
        == "briefing"
    )
    late = kit.parse("Notes " + "x " * 50_000 + "Press Briefing" + turns).documents.loc[0, ["event", "event_source"]]
    assert late.tolist() != ["briefing", "title"]


def test_the_guest_a_title_names_answers_despite_rhetorical_questions():
    corpus = kit.parse(
        "Interview: Senator Ted Cruz on the border\n\n"
        "Anna Bell: Senator, the administration says crossings are down.\n\n"
        "Ted Cruz: Down from what? From the highest level in history?\n\n"
        "Anna Bell: The numbers come from the agency.\n\n"
        "Ted Cruz: And who runs the agency? The same people.\n"
    )
    roles = corpus.turns.groupby("speaker")["role"].first().to_dict()
    assert roles == {"Anna Bell": "interviewer", "Ted Cruz": "guest"}


@pytest.mark.parametrize(
    "line",
    [
        "Q Street will be closed for repairs through Friday.",
        "Erie County: 52 percent",
        "Frequently Asked Questions: Voter Registration",
        "Governor Smith: that is how the papers called me",
    ],
)
def test_prose_in_a_statement_opens_no_turn(line):
    corpus = kit.parse(
        f"Jane Miller: Good morning. Here is the week.\n{line}\nThat is all for today.\n"
        "Bo Chan: Thank you, Governor. Will you run again?\nJane Miller: Yes.\n"
    )
    assert corpus.turns["first_line"].tolist() == [1, 4, 5]
    assert line in corpus.turns.loc[0, "text"]


def test_caption_speaker_changes_and_the_first_cues_are_all_in_turns():
    corpus = kit.parse(
        "1\n00:00:01,000 --> 00:00:03,000\n>> GOOD EVENING. WELCOME.\n\n"
        "2\n00:00:03,500 --> 00:00:05,000\n>> SENATOR SMITH: THANK YOU.\n\n"
        "3\n00:00:05,500 --> 00:00:07,000\n>> WHY WOULD YOU CUT TAXES NOW?\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [3, 7, 11]
    assert turns["speaker"].tolist()[1] == "Senator Smith"
    assert turns["time"].tolist() == ["00:00:01.000", "00:00:03.500", "00:00:05.500"]
    spoken = corpus.lines[corpus.lines["kind"] == "speech"]
    assert spoken["turn_id"].notna().all() and len(spoken) == 3


def test_a_short_new_question_and_a_turn_to_a_new_point_open_exchanges():
    corpus = kit.parse(
        "Interview with Jane Doe\n\n"
        "Mark Kim: What is the biggest problem facing the city right now, in your view?\n\n"
        "Jane Doe: Housing.\n\n"
        "Mark Kim: Let's turn to the budget. Will you vote for it?\n\n"
        "Jane Doe: No.\n\n"
        "Mark Kim: Why not?\n\n"
        "Jane Doe: It spends too much.\n"
    )
    kim = corpus.turns[corpus.turns["speaker"] == "Mark Kim"]
    assert kim["kind"].tolist() == ["question", "question", "follow_up"]
    assert kim["exchange_id"].tolist() == [1, 2, 2]


def test_a_briefing_title_above_a_time_line_stays_the_title():
    corpus = kit.parse(
        "Press Briefing by Press Secretary Karine Jean-Pierre\n\n1:47 P.M. EDT\n\n"
        "MS. JEAN-PIERRE: Good afternoon.\n\nQ Thanks, Karine. Will he sign it?\n\nMS. JEAN-PIERRE: Yes.\n"
    )
    assert corpus.documents.loc[0, ["title", "event", "event_source"]].tolist() == [
        "Press Briefing by Press Secretary Karine Jean-Pierre",
        "briefing",
        "title",
    ]


def test_markdown_bold_labels():
    corpus = kit.parse("**Lulu Garcia-Navarro:** How are you?\n\n**Kamala Harris**: Good.\n")
    assert corpus.turns[["speaker", "text"]].values.tolist() == [
        ["Lulu Garcia-Navarro", "How are you?"],
        ["Kamala Harris", "Good."],
    ]


def test_a_surname_in_capitals_joins_a_full_name_in_capitals_with_a_title():
    corpus = kit.parse(
        "[09:00:12] JAKE TAPPER, CNN HOST: Senator, will you support the bill?\n\n"
        "[09:00:20] SEN. LINDSEY GRAHAM (R-SC): No, I won't.\n\n"
        "[09:00:35] TAPPER: Why not?\n\n"
        "[09:00:40] GRAHAM: It spends too much.\n"
    )
    assert corpus.turns["speaker"].tolist() == ["Jake Tapper", "Lindsey Graham"] * 2


def test_a_surname_that_is_also_a_title_is_a_name_but_an_appointment_list_is_not_turns():
    turns = kit.parse(
        "John Major: We will hold the line on taxes.\n"
        "Neil Kinnock: You said that before the election.\n"
        "John Major: Yes.\n"
        "Martin Luther King: I have a dream.\n"
    ).turns
    assert turns["speaker"].tolist() == ["John Major", "Neil Kinnock", "John Major", "Martin Luther King"]
    listed = kit.parse(
        "The President appointed:\nInterior Minister: Vladimir Kolokoltsev.\nFinance Minister: Anton Siluanov.\n"
    )
    assert listed.turns.empty


def test_a_role_word_with_a_name_in_capitals_names_the_asker():
    turns = kit.parse(
        "QUESTION JUNG: Mr. President, will you meet Kim?\nTHE PRESIDENT: We will see.\n"
        "Question: And when?\nTHE PRESIDENT: Soon.\n"
    ).turns
    assert turns[["speaker", "role"]].values.tolist()[::2] == [
        ["Jung", "journalist"],
        ["Unnamed journalist", "journalist"],
    ]
    # A heading in title case is not an asker called "Time".
    assert (
        kit.parse("Question Time: a weekly ritual\nAnna Lee: Yes.\nAnna Lee: No.\n").turns["speaker"].tolist()[0]
        != "Time"
    )


@pytest.mark.parametrize(
    ("title", "answerer"),
    [("Interview with Senator Jane Doe", "Jane Doe"), ("Notes on the budget", "Unnamed respondent")],
)
def test_an_answer_label_is_named_after_the_interviewee_the_title_gives(title, answerer):
    turns = kit.parse(f"{title}\n\nQ. What about the budget?\nA. It is too large.\nQ. Why?\nA. The deficit.\n").turns
    assert turns["speaker"].tolist() == ["Unnamed journalist", answerer] * 2
    assert turns["kind"].tolist()[1::2] == ["answer", "answer"]


def test_names_with_a_department_and_a_time_on_their_own_lines_need_no_blank_line_before():
    turns = kit.parse(
        "Finance Director Chen  0:21\nWe spent less than planned.\nMayor Ruiz  0:45\nGood. And the roads?\n"
        "Finance Director Chen  1:02\nThe roads cost more.\nMayor Ruiz  1:30\nWhy is that?\n"
    ).turns
    assert turns[["speaker", "speaker_title", "time"]].values.tolist() == [
        ["Finance Director Chen", "Finance Director", "0:21"],
        ["Mayor Ruiz", "Mayor", "0:45"],
        ["Finance Director Chen", "Finance Director", "1:02"],
        ["Mayor Ruiz", "Mayor", "1:30"],
    ]
    assert turns["text"].str.strip().tolist()[1] == "Good. And the roads?"


def test_names_with_a_clock_time_on_their_own_lines_are_a_parliaments_labels():
    """A record that notes the clock beside each speaker's name (``Mr Bedzrah 10:38 a.m.``) puts the turn's words on
    the lines below; its headings (``PRAYERS 10:12 a.m.``) are no one's, and ``Debates of`` a date is a chamber's
    record, so its oral questions are question time."""
    corpus = kit.parse(
        "Debates of 14 Jun 2022\n\nPRAYERS 10:12 a.m.\n\nORAL ANSWERS TO QUESTIONS 10:31 a.m.\n\n"
        "Mr Speaker 10:31 a.m.\nThe first Question stands in the name of the Hon Member for Ho West.\n"
        "Mr Emmanuel K. Bedzrah 10:31 a.m.\nasked the Minister for Roads when the road would be completed.\n"
        "Minister for Roads and Highways (Mr Kwasi Amoako-Attah) 10:31 a.m.\nMr Speaker, by the end of 2023.\n"
        "Mr Speaker 10:38 a.m.\nHon Member, you may ask a supplementary Question.\n"
        "Mr Bedzrah 10:38 a.m.\nCould the Hon Minister tell the House why the date has moved?\n"
        "Mr Amoako-Attah 10:39 a.m.\nMr Speaker, the certificates are unpaid.\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [7, 9, 11, 13, 15, 17]
    assert turns[["speaker", "time"]].values.tolist() == [
        ["Mr Speaker", "10:31 a.m."],
        ["Emmanuel K. Bedzrah", "10:31 a.m."],
        ["Kwasi Amoako-Attah", "10:31 a.m."],
        ["Mr Speaker", "10:38 a.m."],
        ["Emmanuel K. Bedzrah", "10:38 a.m."],
        ["Kwasi Amoako-Attah", "10:39 a.m."],
    ]
    assert corpus.documents["event"].tolist() == ["question_time"]
    assert turns["kind"].tolist()[1] == "question"  # ("asked the Minister ... when ...", below the member's name)


def test_a_printed_question_asked_of_the_hon_minister_opens_the_members_turn():
    turns = kit.parse(
        "Oral Answers to Questions\n\nMadam Speaker: Hon. Members, questions Nos. 41 and 42 will be answered.\n"
        "Couva North Water Supply\n(Measures to Improve)\n"
        "41. Mr. Ravi Ratiram (Couva North) asked the hon. Minister of Public Utilities:\n"
        "Could the Minister state what measures are being taken by WASA?\n"
        "The Minister of Public Utilities (Hon. Marvin Gonzales): Thank you, Madam Speaker. New pumps.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Madam Speaker", "Ravi Ratiram", "Marvin Gonzales"]
    assert turns["kind"].tolist()[1] == "question"


def test_initials_used_again_and_again_are_labels():
    turns = kit.parse(
        "KB: Prime Minister, welcome. Can I ask about the economy?\n\nRS: Well, the plan is working.\n\n"
        "KB: But growth is flat.\n\nRS: Growth is better than expected.\n\nKB: Thank you.\n"
    ).turns
    assert turns["speaker"].tolist() == ["KB", "RS", "KB", "RS", "KB"]
    # Initials said once are prose, not a speaker.
    assert kit.parse("Anna Lee: We met the PM.\nOK: that was it.\nAnna Lee: Yes.\n").turns["speaker"].nunique() == 1


def test_an_office_alone_is_a_label_where_the_document_uses_it_again():
    turns = kit.parse(
        "Presenter: What brings you here?\n\nMinister: My new book.\n\nPresenter: What is it about?\n\n"
        "Minister: Politics.\n\nPresenter: Is money the problem?\n\nMinister: Always.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Presenter", "Minister"] * 3


def test_a_cable_news_label_with_a_party_a_state_and_a_year_names_the_person():
    turns = kit.parse(
        "SEAN HANNITY, FOX NEWS HOST: Mr. President, your reaction?\n\n"
        "DONALD TRUMP (R), FORMER PRESIDENT AND 2024 PRESIDENTIAL CANDIDATE: A big win.\n\n"
        "HANNITY: What does it mean?\n\nSEN. TED CRUZ (R), TEXAS: A landmark ruling.\n\nTRUMP: He is right.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Sean Hannity", "Donald Trump", "Sean Hannity", "Ted Cruz", "Donald Trump"]


def test_a_time_after_the_labels_colon_is_the_turns_time_not_its_words():
    turns = kit.parse(
        "David Muir: (00:00)\nThank you for sitting down with us.\n\nJoe Biden: (00:03)\nThank you, David.\n"
    ).turns
    assert turns["time"].tolist() == ["00:00", "00:03"]
    assert turns["text"].str.strip().tolist() == ["Thank you for sitting down with us.", "Thank you, David."]


def test_a_timed_name_seen_once_among_timed_names_opens_its_turn():
    turns = kit.parse(
        "Jenna Park  0:02\nWhat's the plan?\n\nTom Reilly  0:09\nFour-story buildings.\n\n"
        "Unknown Speaker  0:31\nSorry, can you repeat that?\n\nTom Reilly  0:33\nFour-story buildings.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Jenna Park", "Tom Reilly", "Unknown Speaker", "Tom Reilly"]
    assert turns["time"].tolist() == ["0:02", "0:09", "0:31", "0:33"]


def test_numbered_speakers_are_never_one_persons_typos():
    pairs = ["Speaker 1: What changed?", "Speaker 2: The ballots.", "Speaker 1: How many?", "Speaker 2: Many."]
    text = "\n".join([*pairs, *pairs, "Speaker 3: Sorry, the mic is off.", "Speaker 1: Let's pause."])
    assert kit.parse(text).turns["speaker"].tolist()[-2:] == ["Speaker 3", "Speaker 1"]


def _court_page(number: int, body: list[str]) -> list[str]:
    """One printed page of a trial transcript: its running header, numbered lines and footer."""
    header = [
        f"ICC-01/12-T-088-ENG WT 05-03-2024 {number}/41 T",
        "Trial Hearing        (Open Session)        ICC-01/12",
    ]
    body = [*body, *(f"and more of what was said, line {k}." for k in range(len(body) + 1, 21))]  # 20 lines a page
    numbered = [f"{k} {line}" for k, line in enumerate(body, start=1)]
    return [
        *header,
        "WITNESS: MLI-OTP-P-0417",
        *numbered,
        f"05.03.2024                                 Page {number}",
        "",
    ]


TRIAL = "\n".join(
    _court_page(
        1,
        [
            "THE COURT USHER: [9:30:12] All rise.",
            "PRESIDING JUDGE ALVAREZ: [9:30:40] Good morning.",
            "Ms Vernier, you may",
            "continue.",
            "QUESTIONED BY MS VERNIER: (Continuing)",
            "Q. [9:32:40] Who gave them their orders?",
            "A. [9:33:31] The commissioner.",
            "Q. [9:34:05] How do you know that?",
            "A. [9:34:22] Because I saw him go to the old",
            "bank every morning.",
        ],
    )
    + _court_page(
        2,
        [
            "and come out with papers.",
            "MR OKAFOR: [9:34:50] Objection, Madam President.",
            "PRESIDING JUDGE ALVAREZ: [9:35:05] Ms Vernier?",
            "MS VERNIER: [9:35:10] I will rephrase.",
            "Q. [9:35:18] What did you see yourself?",
            "A. [9:35:40] The accused's car.",
            "Q. [9:36:55] Did you know any of the men?",
            "A. [9:37:10] Yes. One of them.",
            "PRESIDING JUDGE ALVAREZ: [9:37:30] Thank you. We will take",
            "a short break.",
        ],
    )
    + _court_page(
        3,
        [
            "THE COURT USHER: [10:00:02] All rise.",
            "PRESIDING JUDGE ALVAREZ: [10:00:20] Please be",
            "seated. Ms Vernier.",
            "MS VERNIER: [10:00:31] Thank you, Madam President.",
            "Q. [10:00:40] What happened next?",
            "A. [10:01:02] They went to the market.",
            "Q. [10:01:30] All of them?",
            "A. [10:01:44] All of them.",
            "MS VERNIER: [10:02:00] No further questions.",
            "PRESIDING JUDGE ALVAREZ: Thank you.",
        ],
    )
)


def test_a_trial_transcript_with_numbered_lines_and_page_furniture():
    """Line numbers with one space (``9 THE COURT USHER: ...``), a running header and footer on every page
    (``WITNESS: MLI-OTP-P-0417``, ``05.03.2024   Page 2``) that a turn runs on across and whose words it leaves out,
    the examiner named by ``QUESTIONED BY MS VERNIER:`` asking in her own turns too, ``A.`` the witness's, and the
    court's usher presiding."""
    corpus = kit.parse(TRIAL)
    assert corpus.documents["event"].tolist() == ["hearing"]
    turns = corpus.turns
    assert len(turns) == 23
    q = turns[turns["label_shape"] == "q"]
    assert set(q["speaker"]) == {"Ms Vernier", "The Witness"}
    assert q["kind"].tolist()[:4] == ["question", "answer", "question", "answer"]
    vernier = turns[turns["speaker"] == "Ms Vernier"]
    assert not answering(vernier, "kind").any()  # she asks under her label and under Q.
    assert set(turns.loc[turns["speaker"] == "The Court Usher", "role"]) == {"staff"}
    answer = turns.loc[5, "text"]  # over the page break: the footer and the next page's header are not its words
    assert answer.startswith("[9:34:22] Because I saw him go to the old\nbank every morning.\n")
    assert answer.endswith("line 20.\nand come out with papers.") and "Page" not in answer and "WITNESS" not in answer
    lines = corpus.lines
    furniture = lines[lines["text"].str.contains("WITNESS: MLI|Page \\d|/41 T|Open Session", regex=True)]
    assert len(furniture) == 12 and set(furniture["kind"]) == {"residue"}
    assert furniture["turn_id"].tolist()[3:7] == [6] * 4  # inside the answer that runs over the break, not its words
    assert furniture["not_label"].str.contains("running header or footer").all()


def _edited_call(turns: list[tuple[str, str]]) -> str:
    """An edited call transcript: its lists of participants, then each turn's name between two rules."""
    rule, double = "-" * 80, "=" * 80
    head = [
        double,
        "Edited Transcript",
        double,
        "",
        "Annual General Meeting of Riverside Water plc",
        "",
        double,
        "Corporate Participants",
        double,
        "",
        " * Ann Lee",
        "   Riverside Water plc - Chair",
        "",
        double,
        "Conference Call Participants",
        double,
        "",
        " * Tom Reed",
        "   Shareholder",
        "",
    ]
    body = []
    for k, (name, words) in enumerate(turns, start=1):
        body += [rule, f"{name}    [{k}]", rule, f" {words}", ""]
    return "\n".join(head + body)


def test_an_edited_call_transcripts_names_between_rules_open_the_turns():
    """``Ann Lee,  Riverside Water plc - Chair    [3]`` between two rules: a name on its own line with the
    turn's number, the words below the rule under it; the lists' headings ("Conference Call Participants")
    are no speakers and name no kind of event; a shareholder asks, and those who reply answer."""
    corpus = kit.parse(
        _edited_call(
            [
                ("Ann Lee,  Riverside Water plc - Chair", "Good morning. We now come to questions."),
                ("Tom Reed,  Shareholder", "Tom Reed, shareholder. Why was the dividend raised?"),
                ("Ann Lee,  Riverside Water plc - Chair", "Thank you. The Board debated it at length."),
                ("Bo Chan,  Riverside Water plc - CEO", "And the dividend is lower in real terms."),
                ("Tom Reed,  Shareholder", "Then why did bills rise?"),
                ("Bo Chan,  Riverside Water plc - CEO", "Because of the investment programme."),
            ]
        )
    )
    assert corpus.documents["event"].tolist() == ["meeting"]
    turns = corpus.turns
    assert turns["speaker"].tolist() == ["Ann Lee", "Tom Reed", "Ann Lee", "Bo Chan", "Tom Reed", "Bo Chan"]
    assert turns.loc[1, "text"].strip() == "Tom Reed, shareholder. Why was the dividend raised?"
    assert turns.loc[1, "speaker_title"] == "Shareholder"
    assert turns["kind"].tolist()[1::3] == ["question", "follow_up"]
    assert answering(turns, "kind").tolist() == [True, False, True, True, False, True]
    lines = corpus.lines
    assert set(lines.loc[lines["text"].str.startswith("-----"), "kind"]) == {"separator"}


def test_a_title_that_describes_the_audience_asks():
    """``Joan Ridley, Shareholder``: at a meeting, one whose title says they come to ask is on the asking side;
    an "IMF Resident Representative" answers."""
    turns = kit.parse(
        "Annual meeting of 3 May\n\nChair Ann Lee: Welcome. Questions from the floor.\n"
        "Joan Ridley, Shareholder: When will the dividend be restored?\nChair Ann Lee: In June.\n"
        "Joan Ridley, Shareholder: And the buyback?\nChair Ann Lee: In July.\n"
    ).turns
    assert turns.loc[1, "role"] == "audience" and turns.loc[1, "kind"] == "question"
    imf = kit.parse(
        "Press conference\n\nMinister Bo Chan: Thank you. We take questions.\n"
        "Question: Will the programme be extended?\n"
        "Leonardo Ruiz, IMF Resident Representative: The Board will decide next month.\n"
    ).turns
    assert imf.loc[2, "role"] == "official"


def test_labels_alone_on_their_line_in_sentence_case_with_an_outlet_after_a_comma():
    """``Press officer:``, ``Journalist, DR:``, ``Unidentified journalist:`` and an office alone (``Minister for
    Defence:``) on their own line, the words below: a press conference as a ministry translates it."""
    turns = kit.parse(
        "Press conference on preparedness\n\nPrime Minister Anne Holm:\nGood afternoon. We have a plan.\n\n"
        "Press officer:\nWe will now take questions. We start with DR.\n\n"
        "Journalist, DR:\nThank you. Maria Kjaer, DR. Is there a threat?\n\n"
        "Prime Minister:\nThere is no concrete threat.\n\n"
        "Journalist, TV 2:\nAnd the cables at sea?\n\n"
        "Prime Minister:\nThe navy watches them every day of the year, and so do our neighbours.\n\n"
        "Minister for Defence:\nWe will buy four more patrol vessels for the Baltic Sea and the North Sea.\n\n"
        "Unidentified journalist:\nAnd the embassy?\n\n"
        "Prime Minister:\nNo comment.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Anne Holm",
        "Press officer",
        "Maria Kjaer",
        "Anne Holm",
        "Unnamed journalist",
        "Anne Holm",
        "Minister for Defence",
        "Unnamed journalist",
        "Anne Holm",
    ]
    assert turns["role"].tolist()[1:3] == ["staff", "journalist"]
    assert turns["affiliation"].tolist()[2] == "DR" and turns["label_note"].tolist()[4] == "TV 2"
    assert turns["kind"].tolist()[2:9] == ["question", "answer", "question", "answer", "answer", "question", "answer"]


def test_a_french_press_point_with_a_space_before_each_colon():
    """``Le Modérateur :``, ``M. Lacasse (Jérôme) :``, ``Une voix :``: a Quebec press point as the Assembly prints
    it (a space before the colon, roles in French); "point de presse" names a news conference."""
    corpus = kit.parse(
        "Point de presse de M. Denis Bélanger, premier ministre\n\n"
        "Le Modérateur : Bonjour, tout le monde. La parole est à vous, M. le premier ministre.\n\n"
        "M. Bélanger : Oui. Bonjour, tout le monde. Le ministre des Finances va déposer le budget aujourd'hui.\n\n"
        "Le Modérateur : On va passer à la période de questions.\n\n"
        "M. Lacasse (Jérôme) : Bonjour. Est-ce que vous avez brisé votre promesse?\n\n"
        "M. Bélanger : Non. La promesse, c'était de ne pas couper dans les services.\n\n"
        "Une voix : M. Bélanger…\n\n"
        "Le Modérateur : Merci beaucoup.\n"
    )
    assert corpus.documents["event"].tolist() == ["news_conference"]
    turns = corpus.turns
    assert turns["speaker_label"].tolist() == [
        "Le Modérateur",
        "M. Bélanger",
        "Le Modérateur",
        "M. Lacasse",
        "M. Bélanger",
        "Une voix",
        "Le Modérateur",
    ]
    assert turns["role"].tolist()[:4] == ["staff", "official", "staff", "journalist"]
    assert turns.loc[3, "kind"] == "question" and turns.loc[5, "role"] == "audience"


def test_a_chairs_note_presides_and_the_public_asks_by_name():
    """``Gareth Holloway AM (Chairman):`` presides (the note says so) though he is a member; ``Member of the
    public (Joan Ridley):`` is Joan Ridley, who asks; ``Page 4`` is the page's, and the turn runs on across it."""
    turns = kit.parse(
        "People's Question Time\n\n"
        "Gareth Holloway AM (Chairman): Good evening. The first theme is transport. The lady in the second row.\n\n"
        "Member of the public (Joan Ridley): I live in Bell Green. Why have you cut the 450 bus?\n\n"
        "Amina Rahman (Mayor of London): Joan, I have not cut the 450. TfL changed the timetable in September.\n"
        "Page 4\n"
        "I have asked them to restore it.\n\n"
        "Gareth Holloway AM (Chairman): Thank you. Neil, you have a follow-up.\n\n"
        "Neil Garrity AM: Mayor, how many routes were cut this year?\n\n"
        "Amina Rahman (Mayor of London): Fourteen routes had a timetable change.\n\n"
        "Gareth Holloway AM (Chairman): Thank you. The gentleman at the back.\n\n"
        "Member of the public (Priya Chandran): Why is the library closed on Sundays?\n\n"
        "Amina Rahman (Mayor of London): That is the council's decision, not mine.\n"
    ).turns
    assert turns["speaker"].tolist()[:3] == ["Gareth Holloway", "Joan Ridley", "Amina Rahman"]
    assert turns.loc[7, "speaker"] == "Priya Chandran" and turns.loc[7, "role"] == "audience"
    assert set(turns.loc[turns["speaker"] == "Gareth Holloway", "role"]) == {"staff"}
    assert turns.loc[2, "text"].endswith("in September.\nI have asked them to restore it.")


def test_a_court_arguments_headings_in_capitals_and_its_marshal():
    """``ORAL ARGUMENT OF ... ON BEHALF OF THE PETITIONER`` between turns is a heading that ends the turn above;
    ``MARSHAL:`` presides (a court's officer, no article); ``LAWYERS:   Grant Calloway`` heads a list."""
    corpus = kit.parse(
        "ORAL ARGUMENT – 1/10/2024\n\nLAWYERS:   Grant Calloway\n           Teresa Tran\n\n"
        "MARSHAL: Oyez, oyez, oyez. All persons having business before the Court draw near.\n\n"
        "CHIEF JUSTICE BLACKWOOD: Be seated, please. The Court is ready to hear argument.\n\n"
        "MARSHAL: May it please the Court, Mr. Calloway will present argument for the Petitioner.\n\n"
        "ORAL ARGUMENT OF GRANT CALLOWAY ON BEHALF OF THE PETITIONER\n\n"
        "MR. CALLOWAY: May it please the Court. The Act waives immunity for the use of property.\n\n"
        "JUSTICE OKONKWO: Counsel, how is that not use of the monitor?\n\n"
        "MR. CALLOWAY: The injury was not caused by the monitor's operation, Your Honor.\n\n"
        "JUSTICE OKONKWO: But if the monitor had been unplugged?\n\n"
        "MR. CALLOWAY: Non-use would not be within the waiver either.\n"
    )
    turns = corpus.turns
    assert turns["speaker_label"].tolist()[:4] == ["MARSHAL", "CHIEF JUSTICE BLACKWOOD", "MARSHAL", "MR. CALLOWAY"]
    assert turns.loc[2, "text"].endswith("for the Petitioner.")
    assert set(turns.loc[turns["speaker_label"] == "MARSHAL", "role"]) == {"staff"}
    lines = corpus.lines.set_index("line")
    assert lines.loc[12, "kind"] == "heading" and lines.loc[3, "kind"] != "speech"
    assert lines.loc[3, "not_label"].startswith("a field of the transcript's header")
    # in live captions, all in capitals, a line in capitals is words said
    captions = kit.parse("ANNA LEE: WELCOME BACK.\n\nSO WHAT HAPPENED NEXT\n\nBO CHAN: WE WON.\n\nANNA LEE: GREAT.\n")
    assert captions.turns.loc[0, "text"].endswith("SO WHAT HAPPENED NEXT")


def test_the_page_and_court_rules_leave_words_said_alone():
    """Lines said one after another that differ in a number are no page's footer; capitals a speaker reads out go
    on in the turn; a byline above a printed interview's ``Q.`` makes no court record."""
    call = kit.parse(
        "Jane Park: Here are the headline numbers for the year:\nRevenue in 2023 was 4.2 billion dollars.\n"
        "Revenue in 2022 was 3.9 billion dollars.\nRevenue in 2021 was 3.1 billion dollars.\n"
        "Tom Reed: Thank you.\n"
    )
    assert call.turns.loc[0, "text"].endswith("Revenue in 2021 was 3.1 billion dollars.")
    rally = kit.parse(
        "MODERATOR: Welcome.\n\nTRUMP: We have a sign. It says\n\nMAKE AMERICA GREAT AGAIN\n\n"
        "and that's what we're going to do.\n\nMODERATOR: Thank you.\n"
    )
    assert rally.turns.loc[1, "text"].endswith("and that's what we're going to do.")
    printed = kit.parse(
        "The mayor on the budget\n\nBY SARAH JONES:\n\nQ. Why cut the libraries?\n\nA. We had no choice.\n\n"
        "Q. And the pools?\n\nA. They stay open.\n"
    )
    assert printed.documents["event"].tolist() != ["hearing"]
    assert "The Witness" not in set(printed.turns["speaker"])


def test_office_and_outlet_labels_name_no_wrong_person():
    """``The President:`` presiding a council is not the ``President Zelensky`` who speaks there; an outlet after a
    role's comma (``Journalist, Sky News:``) names no one; French prose (``La question : ...``) is no label; a list's
    heading that names the event (``Joint News Conference of the Two Speakers``) still names it."""
    council = kit.parse(
        "The President: I call on the President of Ukraine.\n\nPresident Zelensky: Thank you, Mr President.\n\n"
        "The President: I thank the President. I now give the floor to Norway.\n\n"
        "Mr Berg: Thank you.\n\nThe President: The meeting is adjourned.\n"
    ).turns
    assert set(council.loc[council["speaker_label"] == "The President", "speaker"]) == {"The President"}
    sky = kit.parse(
        "Mayor Lund: Good afternoon.\n\nJournalist, Sky News: Will the government help?\n\nMayor Lund: Yes.\n"
    ).turns
    assert sky.loc[1, ["speaker", "affiliation"]].tolist() == ["Unnamed journalist", "Sky News"]
    article = kit.parse("Retraites\n\nLa question : faut-il repousser l'âge légal ?\n\nLe gouvernement hésite.\n")
    assert article.turns.empty
    joint = kit.parse(
        "Joint News Conference of the Two Speakers\n\nSpeaker Ann Lee: Welcome.\n\nQuestion: Why now?\n\n"
        "Speaker Ann Lee: Because.\n"
    )
    assert joint.documents["event"].tolist() == ["joint_press_conference"]


def test_an_examination_heading_names_the_examiner():
    """``CROSS-EXAMINATION BY MS. LEE:`` and ``DIRECT EXAMINATION BY MR. POE:`` name who asks the ``Q.`` below."""
    turns = kit.parse(
        "THE COURT: Call your witness.\nDIRECT EXAMINATION BY MR. POE:\nQ. Where were you?\nA. At home.\n"
        "CROSS-EXAMINATION BY MS. LEE:\nQ. Alone?\nA. Yes.\nTHE COURT: Thank you.\n"
    ).turns
    assert turns["speaker"].tolist() == ["The Court", "Mr. Poe", "The Witness", "Ms. Lee", "The Witness", "The Court"]


def test_a_recurring_line_is_not_page_furniture_without_a_pages_shape():
    """ "Thank you." said three times stays speech; "A. 12." answers; only digits or wide gaps make furniture."""
    turns = kit.parse(
        "\n".join(["Q. How many?", "A. 12.", "Q. And the next year?", "A. 12.", "Q. And the year after?", "A. 12."])
    ).turns
    assert turns["text"].tolist()[1::2] == ["12.", "12.", "12."]


def test_a_court_record_is_a_hearing_its_examiner_asks_and_the_court_presides():
    """``BY MR. SMITH:`` above ``Q.``: the examiner asks, and the one who answers under ``A.`` is the witness."""
    parsed = kit.parse(
        "THE COURT: Mr. Smith, call your witness.\nMR. SMITH: The government calls Officer Kelly.\n"
        "BY MR. SMITH:\n     Q.   Please state your name.\n     A.   Brian Kelly.\n"
        "     Q.   Were you on duty?\n     A.   Yes.\nMS. GARCIA: Objection.\nTHE COURT: Overruled.\n"
    )
    assert parsed.documents["event"].tolist() == ["hearing"]
    turns = parsed.turns
    assert turns[["speaker", "role"]].values.tolist() == [
        ["The Court", "staff"],
        ["Mr. Smith", "member"],
        ["Mr. Smith", "member"],
        ["The Witness", "witness"],
        ["Mr. Smith", "member"],
        ["The Witness", "witness"],
        ["Ms. Garcia", "member"],
        ["The Court", "staff"],
    ]
    assert turns["kind"].tolist()[2:6] == ["question", "answer", "question", "answer"]
    by_line = parsed.lines[parsed.lines["line"] == 3]
    assert by_line["kind"].tolist() == ["editorial"] and by_line["not_label"].notna().all()


def test_an_outlet_in_brackets_is_not_the_journalists_name():
    turns = kit.parse(
        "Eric Mamer, Chief Spokesperson: Good afternoon.\n\nJournalist (Politico Europe): Can you confirm it?\n\n"
        "Olof Gill, Spokesperson for Trade: We are looking at all options.\n"
    ).turns
    assert turns["speaker"].tolist()[1] == "Unnamed journalist"


def test_names_on_their_own_lines_without_blank_lines_between_turns():
    turns = kit.parse(
        "Jane Smith\nWelcome to the show. What brings you here?\nJohn Brown\nMy new book about elections.\n"
        "Jane Smith\nWhat is it about?\nJohn Brown\nPolitics, mostly.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Jane Smith", "John Brown"] * 2
    # A member's full name and a title phrase pasted without spacing; "Mr Betts" is Clive Betts.
    turns = kit.parse(
        "Mr Clive Betts (Sheffield South East) (Lab)\nWill the Prime Minister admit it?\n"
        "The Prime Minister (Rishi Sunak)\nWe have provided more.\nMr Betts\nThat is not true, is it?\n"
        "The Prime Minister\nIt is true.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Clive Betts", "Rishi Sunak"] * 2
    # A name said once after a line of text is prose: a letter's signature, not a turn.
    assert kit.parse("Dear colleagues,\nThe meeting is moved.\nJane Smith\n").turns.empty


def test_a_deposition_with_numbered_lines_is_read_beside_its_margin():
    text = "\n".join(
        f"{n:<4} {line}"
        for n, line in enumerate(
            [
                "DEPOSITION OF ERIK JENSEN",
                "",
                "EXAMINATION",
                "BY MR. HOLLAND:",
                "Q.   Good morning, Mr. Jensen.",
                "A.   Good morning.",
                "Q.   Have you ever been deposed before?",
                "A.   Once, in 2015.",
                "           MS. NG:  Objection, form.",
                "           THE WITNESS:  It was a contract dispute.",
                "Q.   Were you a party?",
                "A.   No, my employer and",
                "the supplier we used then.",
            ],
            start=1,
        )
    )
    parsed = kit.parse(text, source="deposition.txt")
    assert parsed.documents["event"].tolist() == ["hearing"]
    turns = parsed.turns
    assert turns["speaker"].tolist() == [
        "Mr. Holland",
        "Erik Jensen",
        "Mr. Holland",
        "Erik Jensen",
        "Ms. Ng",
        "The Witness",
        "Mr. Holland",
        "Erik Jensen",
    ]
    assert turns["text"].tolist()[-1] == "No, my employer and\nthe supplier we used then."
    # Nothing lost: the lines frame keeps each line whole, its number included.
    assert parsed.lines["text"].tolist()[4] == "5    Q.   Good morning, Mr. Jensen."


def test_numbered_questions_with_reference_numbers_open_members_turns():
    turns = kit.parse(
        "Q1. [900123] Mr Clive Betts (Sheffield South East) (Lab)\n\nIf he will list his engagements.\n\n"
        "The Prime Minister (Rishi Sunak)\n\nThis morning I had meetings.\n\nMr Speaker\n\nOrder.\n\n"
        "Q2. [900124] Sir Desmond Swayne (New Forest West) (Con)\n\nWill the tax end?\n\n"
        "The Prime Minister\n\nYes.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Clive Betts", "Rishi Sunak", "Mr Speaker", "Desmond Swayne", "Rishi Sunak"]
    assert turns["role"].tolist()[2] == "staff"


def test_stage_notes_and_footers_of_other_publishers_are_not_speech():
    parsed = kit.parse(
        "Mr DUTTON (Dickson) (14:01): My question is to the Prime Minister. Why?\n"
        "Mr ALBANESE (Grayndler—Prime Minister) (14:02): We have provided relief.\n"
        "Honourable members interjecting—\nThe SPEAKER: Order!\nMr ALBANESE: They voted against it.\n"
        "Mr Taylor interjecting—\nCopyright 2024 NPR. All rights reserved.\nTranscribed by https://otter.ai\n"
    )
    assert parsed.lines["kind"].tolist()[2:] == ["stage", "speech", "speech", "stage", "residue", "residue"]
    assert "Transcribed" not in " ".join(parsed.turns["text"])


def test_an_unnamed_question_that_says_it_follows_up_stays_in_its_exchange():
    turns = kit.parse(
        "QUESTION: Will you meet him?\nMR PRICE: Not today.\nQUESTION: Follow-up: why not?\n"
        "MR PRICE: Scheduling.\nQUESTION: And on Iran?\nMR PRICE: No comment.\n"
    ).turns
    assert turns[["kind", "exchange_id"]].values.tolist()[::2] == [["question", 1], ["follow_up", 1], ["question", 2]]


def test_an_interviewer_who_presses_with_statements_still_makes_an_interview():
    turns = kit.parse(
        "THE SUNDAY SHOW\n\nAM: Prime Minister, will you obey the law?\n\nBJ: We will obey the law.\n\n"
        "AM: You can't do both.\n\nBJ: I think we can.\n\nAM: Did you declare an interest?\n\n"
        "BJ: Everything was done properly.\n\nAM: That is not an answer. Did you?\n\nBJ: It was all proper.\n\n"
        "AM: Thank you.\n\nBJ: Thank you.\n"
    )
    assert turns.documents["event"].tolist() == ["interview"]
    assert turns.turns["role"].tolist()[:2] == ["interviewer", "guest"]


def test_a_host_whose_name_is_the_shows_asks_and_the_guest_answers():
    turns = kit.parse(
        'Rush transcript from "Hannity," March 4, 2024.\n\nSEAN HANNITY, FOX NEWS HOST: Mr. President, your reaction?\n\n'
        "DONALD TRUMP (R), FORMER PRESIDENT: A big win.\n\nHANNITY: What does it mean?\n\nTRUMP: They can't do it.\n"
    ).turns
    assert turns[["speaker", "role"]].values.tolist()[:2] == [
        ["Sean Hannity", "interviewer"],
        ["Donald Trump", "guest"],
    ]


def test_a_line_that_opens_with_copyright_is_a_footer_only_with_a_year_or_the_sign():
    kinds = (
        kit.parse(
            "Anna Lee: We start.\nCopyright Office officials said so.\nCopyright 2024 NPR. All rights reserved.\n"
            "© Fox News Network\n"
        )
        .lines["kind"]
        .tolist()
    )
    assert kinds == ["speech", "speech", "residue", "residue"]


#: Written for these tests: a parliament's verbatim report, each speech opened by the
#: speaker, a full stop and a dash.
VERBATIM_REPORT = "\n".join(
    [
        "Verbatim report of proceedings",
        "7. Water scarcity in Europe (debate)",
        "President. – The next item is the debate on water scarcity.",
        "Ana Lopes, Member of the Commission. – Madam President, the summer was the driest on record.",
        "We will propose a plan in the spring.",
        "Jan Novak, on behalf of the PPE Group. - Madam President, farmers need the plan now. When will it come?",
        "Eva Berg (Renew). – Madam President, the cities need it too.",
        "President. – The debate is closed.",
    ]
)


def test_labels_closed_by_a_full_stop_and_a_dash_open_the_turns_of_a_verbatim_report():
    corpus = kit.parse(VERBATIM_REPORT)
    turns = corpus.turns
    assert turns["first_line"].tolist() == [3, 4, 6, 7, 8]
    assert turns["speaker"].tolist() == ["President", "Ana Lopes", "Jan Novak", "Eva Berg", "President"]
    assert set(turns["label_shape"]) == {"dash"}
    assert turns.loc[1, "speaker_title"] == "Member of the Commission"
    assert turns.loc[1, "text"].endswith("driest on record.\nWe will propose a plan in the spring.")
    assert turns.loc[2, "text"].startswith("Madam President, farmers")


def test_a_word_and_a_dash_in_a_verbatim_report_is_a_label_only_as_an_office():
    corpus = kit.parse(VERBATIM_REPORT.replace("Eva Berg (Renew). –", "Ukraine. –"))
    assert "Ukraine" not in set(corpus.turns["speaker"])
    assert "a full stop and a dash" in corpus.lines.loc[6, "not_label"]


def test_a_full_stop_and_a_dash_used_once_or_twice_is_prose():
    text = "Anna Lee: We met.\nBo Chan, Member of the Council. – Thank you.\nAnna Lee: Yes. – Good.\n"
    corpus = kit.parse(text)
    assert corpus.turns["first_line"].tolist() == [1, 3]
    assert "a full stop and a dash" in corpus.lines.loc[1, "not_label"]


#: Written for these tests: a press conference whose labels stand in brackets, the words
#: after two spaces, beside a colon label for the principal.
BRACKETED = "\n".join(
    [
        "Press Conference by the Prime Minister",
        "PRIME MINISTER:  The session of the Diet came to a close today.",
        "(Cabinet Public Relations Secretary)  We will now take questions. Mr. Ito, please.",
        "(Reporter)  Ito from the Asahi. Will you dissolve the House this summer?",
        "PRIME MINISTER:  I am not considering it at this moment.",
        "(Cabinet Public Relations Secretary)  Next, Ms. Sato, please.",
        "(Reporter)  Sato from the Nikkei. And the tax plan?",
        "PRIME MINISTER:  It stands.",
        "(Cabinet Public Relations Secretary)  The time is up. Thank you.",
    ]
)


def test_roles_and_offices_in_brackets_open_turns_where_the_document_uses_them():
    turns = kit.parse(BRACKETED).turns
    assert turns["first_line"].tolist() == [2, 3, 4, 5, 6, 7, 8, 9]
    assert turns["label_shape"].tolist() == ["colon", "bracket", "bracket"] * 2 + ["colon", "bracket"]
    assert turns["role"].tolist()[1:4] == ["staff", "journalist", "official"]
    assert turns["kind"].tolist()[2:4] == ["question", "answer"]
    assert turns.loc[2, "text"] == "Ito from the Asahi. Will you dissolve the House this summer?"


@pytest.mark.parametrize(
    "lines",
    [
        ["(Laughter)  So we went.", "(Applause)  Thank you.", "(Inaudible)  and then the rest."],  # stage notes
        ["(Reporter)  Why?", "(Reporter)  And how?"],  # twice only
        [f"(Addressing {name}) {name.split()[0]}, what do you think?" for name in ("Ivan Ro", "Eva Ko", "Li Po")],
        ["(APPLAUSE) We will win.", "(APPLAUSE) The economy was the best.", "(CROSSTALK) Let me finish."],
        ["(Anna Lee)  Yes.", "(Bo Chan)  No.", "(Anna Lee)  Maybe."],  # a name alone in brackets
    ],
)
def test_brackets_that_are_stage_notes_or_not_the_convention_open_no_turn(lines):
    corpus = kit.parse("\n".join(["Anna Lee: We met.", *lines, "Bo Chan: Yes."]))
    assert corpus.turns["first_line"].tolist() == [1, len(lines) + 2]


def test_a_news_outlet_as_a_label_is_a_journalist_of_that_outlet():
    """A briefing whose questions are labelled by outlet ("Reuters:"), each used once: journalists, not prose."""
    corpus = kit.parse(
        "CCTV: What does China expect from the visit?\n"
        "Li Wei: We look forward to working with Brazil.\n"
        "Bloomberg: What is your response to the new sanctions?\n"
        "Li Wei: We firmly oppose them.\n"
        "Reuters: Will the minister travel to Geneva?\n"
        "Li Wei: I have nothing to announce.\n"
        "Global Times: And the talks on trade?\n"
        "Li Wei: They continue.\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == ["CCTV", "Li Wei", "Bloomberg", "Li Wei", "Reuters", "Li Wei"] + [
        "Global Times",
        "Li Wei",
    ]
    assert turns["role"].tolist() == ["journalist", "official"] * 4
    assert turns["kind"].tolist() == ["question", "answer"] * 4
    assert turns["affiliation"].tolist()[::2] == ["CCTV", "Bloomberg", "Reuters", "Global Times"]
    assert corpus.documents.loc[0, "event"] == "news_conference"


def test_a_name_and_a_news_outlet_as_a_label_is_a_journalist():
    corpus = kit.parse(
        "Official Spokesperson, Shri Arun Rao: Good afternoon. Let me open the floor.\n"
        "Anil Mehta, WION: Sir, is there any progress on the trade agreement?\n"
        "Priya Das, Press Trust of India: And on the visa talks?\n"
        "Official Spokesperson, Shri Arun Rao: Let me take these together. Talks go on.\n"
        "Ravi Nair, Metro Hindi Daily: Sir, and the border talks?\n"  # an outlet the kit does not know
        "Official Spokesperson, Shri Arun Rao: Next week.\n"
    )
    turns = corpus.turns
    assert turns["role"].tolist() == ["official", "journalist", "journalist", "official", "journalist", "official"]
    assert turns["affiliation"].tolist()[1:3] == ["WION", "Press Trust of India"]
    assert turns["kind"].tolist()[1:] == ["question", "question", "answer", "question", "answer"]
    assert corpus.documents.loc[0, "event"] == "news_conference"


def test_at_a_town_hall_the_one_who_answers_is_the_principal_though_the_host_says_more():
    corpus = kit.parse(
        "Town Hall with Governor Haley\n\n"
        "Jake Tapper (00:00):\nGood evening and welcome to Des Moines, Iowa. I'm Jake Tapper. Tonight the governor"
        " takes questions from Iowa voters who have come from all over the state. Please welcome her.\n\n"
        "Nikki Haley (00:45):\nThank you, Jake.\n\n"
        "Jake Tapper (01:12):\nLet me start with the news of the day, because your rival said this morning that you"
        " are the candidate of the donor class and not of the voters in this room. How do you respond?\n\n"
        "Nikki Haley (01:20):\nHe is upset because he is losing.\n\n"
        "Jake Tapper (02:30):\nLet's go to our first question from the audience. This is Marcus Webb. Marcus?\n\n"
        "Marcus Webb (02:41):\nFertilizer prices have doubled. What would you do about them?\n\n"
        "Nikki Haley (02:58):\nGet energy prices down first.\n"
    )
    turns = corpus.turns
    assert corpus.documents.loc[0, "event"] == "town_hall"
    assert turns["speaker"].tolist() == ["Jake Tapper", "Nikki Haley"] * 2 + [
        "Jake Tapper",
        "Marcus Webb",
        "Nikki Haley",
    ]
    assert turns["role"].tolist() == ["journalist", "official"] * 2 + ["journalist", "audience", "official"]
    assert turns["kind"].tolist()[-2:] == ["question", "answer"]
    assert (turns[turns["speaker"] == "Nikki Haley"]["kind"] == "answer").all()


def test_a_debates_header_list_with_semicolons_is_not_turns_and_capitals_are_spelled_as_the_text_writes_them():
    corpus = kit.parse(
        "Republican Candidates Debate in Milwaukee, Wisconsin\n\n"
        "PARTICIPANTS:\nFormer Governor Chris Christie (NJ);\nGovernor Ron DeSantis (FL); and\nVivek Ramaswamy\n\n"
        "BAIER: Good evening. Governor DeSantis, is the country heading in the wrong direction?\n\n"
        "DESANTIS: Our country is in decline. It is a choice.\n\n"
        "BAIER: Governor Christie, should the former president be on this stage tonight?\n\n"
        "CHRISTIE: His conduct is beneath the office.\n\n"
        "RAMASWAMY: That is not true.\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == ["Baier", "DeSantis", "Baier", "Christie", "Ramaswamy"]
    assert (corpus.lines["kind"].iloc[2:6] != "speech").all()  # the list of participants is no one's words
    assert not turns["text"].str.contains("Former Governor").any()


def test_a_briefings_header_field_questioners_and_contact_block_are_read_for_what_they_are():
    corpus = kit.parse(
        "Transcript of IMF Press Briefing\n"
        "Speaker: Julie Kozack, Director, Communications Department, IMF\n\n"
        "MS. KOZACK: Good morning. I am happy to take your questions.\n\n"
        "QUESTIONER: On Argentina. When will the Board consider the review?\n\n"
        "MS. KOZACK: In the coming weeks.\n\n"
        "QUESTIONER: A follow-up on Argentina. Is the Fund concerned about inflation?\n\n"
        "MS. KOZACK: Inflation is coming down.\n\n"
        "QUESTIONER: A question on Pakistan. Are there plans for a new program?\n\n"
        "MS. KOZACK: Discussions are under way.\n\n"
        "* * *\n\nPRESS OFFICER: Julie Ziegler\n\nPHONE: +1 202 623-7100\nEMAIL: media@imf.org\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == ["Ms. Kozack"] + ["Unnamed journalist", "Ms. Kozack"] * 3
    assert turns["kind"].tolist()[1:] == ["question", "answer", "follow_up", "answer", "question", "answer"]
    assert turns["exchange_id"].tolist()[1:] == [1, 1, 1, 1, 2, 2]
    lines = corpus.lines.set_index("line")
    assert lines.loc[2, "kind"] != "speech" and lines.loc[2, "not_label"].startswith(
        "a field of the transcript's header"
    )
    assert lines.loc[[20, 22, 23], "kind"].tolist() == ["residue"] * 3
    # a role that asks is no header field, and a name after it is words said
    podcast = kit.parse("Host: Jane Smith\nQuestion: Thank You Jane Smith\nJane Smith: Welcome.\nJohn Doe: Thanks.\n")
    assert podcast.turns["speaker"].tolist() == ["Unnamed journalist", "Jane Smith", "John Doe"]


def test_peers_labels_and_a_chambers_forms_of_address_make_question_time():
    """``Lord Foster of Bath (LD):``: a peer's rank, name and place are one name, not an office ("Minister of ...")."""
    corpus = kit.parse(
        "Lord Foster of Bath (LD): My Lords, I beg leave to ask the Question standing in my name.\n\n"
        "Baroness Penn (Con): My Lords, we have invested six billion pounds in insulation.\n\n"
        "Lord Foster of Bath (LD): My Lords, I thank the Minister. Will she meet the target?\n\n"
        "Baroness Penn (Con): My Lords, we are on track to meet it.\n\n"
        "Baroness Hayman of Ullock (Lab): My Lords, is the Minister not concerned by the backlog?\n\n"
        "Baroness Penn (Con): My Lords, I do not accept that there is one.\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == ["Lord Foster of Bath", "Baroness Penn"] * 2 + [
        "Baroness Hayman of Ullock",
        "Baroness Penn",
    ]
    assert turns["label_note"].tolist()[::2] == ["LD", "LD", "Lab"]
    assert corpus.documents.loc[0, "event"] == "question_time"
    assert turns["role"].tolist() == ["member", "official"] * 3
    # an office is no peer's name: "Lord President of the Council" speaks as the office, and an appointment is no turn
    office = kit.parse("Minister of Defence: Sergei Shoigu.\nLord President of the Council: Yes.\n").turns
    assert office["speaker"].tolist() == ["Lord President of the Council"]
    assert office["speaker_title"].isna().all()


def test_a_name_and_an_outlet_known_by_the_last_word_of_its_name_is_a_journalist():
    """``Press TV``, ``The Korea Times``: outlets in no list, told by how an outlet's name ends."""
    corpus = kit.parse(
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference\n\n"
        "Mao Ning: Good afternoon. Let me start with an announcement.\n\n"
        "Ali Rezaei, Press TV: Iran's foreign minister will visit Beijing. Can you confirm?\n\n"
        "Mao Ning: We will release information in due course.\n\n"
        "Sara Cho, Columnist, The Korea Times: One more on the envoy. When will he arrive?\n\n"
        "Mao Ning: I have nothing to announce.\n\n"
        "Raj Patel, Minister of Information and Broadcasting: We welcome the visit.\n\n"
        "Lena Ortiz, Director of News: We will report it.\n\n"
        "Mao Ning: Thank you.\n"
    )
    turns = corpus.turns
    assert turns["role"].tolist() == ["official", "journalist"] * 2 + ["official"] * 4
    assert turns["affiliation"].tolist()[1:4:2] == ["Press TV", "The Korea Times"]
    assert turns["kind"].tolist()[1:5] == ["question", "answer", "question", "answer"]


def test_an_outlet_in_brackets_after_a_role_label_is_the_affiliation():
    turns = kit.parse(
        "Jens Stoltenberg: Good afternoon. We are ready for your questions.\n\n"
        "Question (Reuters): Are allies delivering enough ammunition?\n\n"
        "Jens Stoltenberg: No. Allies must step up.\n\n"
        "Journalist (Nippon Television): And what will Japan contribute?\n\n"
        "Jens Stoltenberg: Japan is a close partner.\n\n"
        "Question (retranslated): Will Sweden join this year?\n\n"
        "Jens Stoltenberg: I expect so.\n"
    ).turns
    asking = turns[turns["role"] == "journalist"]
    assert asking["speaker"].tolist() == ["Unnamed journalist"] * 3
    assert asking["affiliation"].tolist()[:2] == ["Reuters", "Nippon Television"]
    assert asking["affiliation"].isna().tolist()[2]


@pytest.mark.parametrize(
    ("last", "kind"),
    [
        ("# # #", "separator"),  # a press release's end mark, spaced
        ("####", "separator"),
        ("END 12:36 P.M. EDT", "editorial"),  # the time a briefing ended
        ("End: 12:36 p.m.", "editorial"),
        ("Ends 5.30pm", "editorial"),
        ("INTERVIEW ENDS", "editorial"),  # a broadcaster's transcript
        ("conference ends: 4.41 p.m.", "editorial"),  # a parliament's transcript of a press conference
        ("Share:", "residue"),  # a page's buttons, with a colon or in brackets
        ("【Print】 【Close】", "residue"),
        ("Last updated: 14 Feb. 2024 17:03", "residue"),  # a page's date stamp and its links
        ("Related: Meetings of NATO Ministers of Defence, 15-16 February 2024", "residue"),
        (
            "Copyright © 2023 NPR. All rights reserved. Visit our website terms of use and permissions pages at"
            " www.npr.org for further information.",
            "residue",
        ),
    ],
)
def test_end_marks_and_footers_after_the_last_turn_are_not_speech(last, kind):
    corpus = kit.parse(f"Anna Lee: Why?\nBo Chan: Because.\n{last}\n")
    assert corpus.lines["kind"].tolist()[-1] == kind
    assert corpus.turns["text"].tolist()[-1] == "Because."


@pytest.mark.parametrize(
    "last",
    [
        "Endless talks at 12:30 went on.",
        "The end came at 12:30, and then we left.",
        "Related to that: we went.",
        "Close the door, please.",
        "The meeting ends when we agree.",
    ],
)
def test_a_sentence_about_an_end_stays_speech(last):
    assert kit.parse(f"Anna Lee: Why?\nBo Chan: Because.\n{last}\n").turns["text"].tolist()[-1] == f"Because.\n{last}"


def test_the_fields_of_a_transcripts_header_are_not_turns():
    corpus = kit.parse(
        "PARTICIPANTS:\nSenator Ann Lee (D) and\nGovernor Bo Chan (R)\nMODERATOR:\nEva Ray (City News)\n"
        "SUBJECTS: Housing; the budget; interest rates.\n"
        "RAY: Good evening. Senator, how would you lead the state?\nLEE: With a plan.\n"
        "RAY: Governor, the same question to you?\nCHAN: With a better one.\n"
    )
    assert corpus.turns["first_line"].tolist() == [7, 8, 9, 10]
    fields = corpus.lines[corpus.lines["not_label"].fillna("").str.contains("header")]
    assert fields["line"].tolist() == [4, 6]
    # ("PARTICIPANTS:" heads a list: a word that names no one, never a label, shown as the page's field it is)
    assert corpus.lines.loc[0, "not_label"] == "a field of the page (a word that names no one before a colon)"


@pytest.mark.parametrize(
    "opening",
    [
        "MODERATOR:\nGood evening and welcome to the debate.",  # a sentence below: words said
        "Host: Welcome",  # words after the label
        "Q\nAnd the plan",  # a Q asks
        "ANNOUNCER:\nLadies and gentlemen, the President of the United States",  # words said, no full stop
    ],
)
def test_a_first_label_with_words_said_is_a_turn(opening):
    corpus = kit.parse(f"{opening}\nANN LEE: Thank you.\nBO CHAN: Yes.\n")
    assert corpus.turns["first_line"].tolist()[0] == 1


def test_an_additional_question_label_follows_up_in_the_same_exchange():
    turns = kit.parse(
        "Question: Does the minister share that view?\nSpokesman Lenz: He does not.\n"
        "Additional question: Then what does he mean by it?\nSpokesman Lenz: What he said.\n"
        "Question: On another subject, the budget?\nSpokesman Lenz: Next week.\n"
    ).turns
    assert turns["kind"].tolist() == ["question", "answer", "follow_up", "answer", "question", "answer"]
    assert turns["exchange_id"].tolist() == [1, 1, 1, 1, 2, 2]


@pytest.mark.parametrize(
    "text",
    [
        (  # one journalist, named with an outlet: an interview still
            "Keir Simmons, NBC News: Is Russia preparing to invade?\n\nVladimir Putin: No. We have no such plans.\n\n"
            "Keir Simmons, NBC News: Then why the troops?\n\nVladimir Putin: They are on our own territory."
        ),
        (  # a candidate whose name is an outlet's answers: not a journalist
            "HOLT: Mayor, why should voters trust you?\n\nBLOOMBERG: I can beat him.\n\nHOLT: Senator Sanders?\n\n"
            "SANDERS: He is wrong.\n\nBLOOMBERG: I created jobs.\n\nHOLT: Senator?\n\nSANDERS: Him."
        ),
    ],
)
def test_an_outlet_in_a_label_makes_no_news_conference_of_an_interview(text):
    corpus = kit.parse(text)
    assert corpus.documents.loc[0, "event"] != "news_conference"
    assert "journalist" not in set(corpus.turns["role"])


def test_a_surname_that_is_also_an_outlets_short_name_stays_the_person():
    """'Fox' is Fox News's short name and a surname: a label 'FOX:' after 'LIAM FOX:' is the person."""
    turns = kit.parse("ANNA LEE: Mr Fox, why?\nLIAM FOX: Because.\nANNA LEE: And then?\nFOX: Then we left.\n").turns
    assert turns["speaker"].tolist() == ["Anna Lee", "Liam Fox", "Anna Lee", "Liam Fox"]
    assert turns["affiliation"].isna().all()


def test_a_surnames_prefix_stays_on_it_where_a_lost_space_is_restored():
    """``McDonald``, ``DeSantis``: one surname; ``VladimirPutin`` (a space lost in copying): two words."""
    turns = kit.parse(
        "Deputy Mary Lou McDonald: Will the Government act?\n\n"
        "Governor Ron DeSantis: We will.\n\n"
        "Deputy Mattie McGrath: When?\n\n"
        "VladimirPutin: Soon.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Mary Lou McDonald", "Ron DeSantis", "Mattie McGrath", "Vladimir Putin"]


def test_a_title_phrase_the_document_uses_as_a_label_opens_turns():
    """``The Taoiseach:``, ``The Tánaiste (Micheál Martin):``: labels where they recur, prose once."""
    corpus = kit.parse(
        "Deputy Mary Lou McDonald: Will the Taoiseach finally admit that the housing policy has failed?\n\n"
        "The Taoiseach: I thank the Deputy. The policy has not failed.\n\n"
        "The Tánaiste (Micheál Martin): And the Deputy knows it.\n\n"
        "Deputy Mary Lou McDonald: Then why are more families homeless than ever?\n\n"
        "The Taoiseach: Because more people are coming to live here.\n\n"
        "The Tánaiste: That is the truth of it.\n\n"
        "The Presiding Officer (Alison Johnstone): Order.\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist()[:6] == ["Mary Lou McDonald", "The Taoiseach", "Micheál Martin"] * 2
    assert turns["label_note"].tolist()[2] == "Micheál Martin"
    assert turns.loc[turns["speaker"] == "Mary Lou McDonald", "kind"].tolist() == ["question", "follow_up"]
    assert turns.loc[6, ["speaker", "role"]].tolist() == ["Alison Johnstone", "staff"]  # a chair: named by the note
    once = kit.parse(
        "Anna Lee: We went through the list.\n\nThe Problem: nobody had asked the farmers.\n\nBo Chan: Yes.\n"
    )
    assert once.turns["speaker"].tolist() == ["Anna Lee", "Bo Chan"]
    assert "The Problem" in once.turns.loc[0, "text"]


def test_media_as_a_label_is_the_journalists_asking():
    """``Media:``, as a government's press conference transcript labels the journalists' questions."""
    corpus = kit.parse(
        "PRESS CONFERENCE\n\n"
        "Prime Minister: Good afternoon. Cabinet met today.\n\n"
        "Media: Prime Minister, will the tax cuts be funded?\n\n"
        "Prime Minister: Yes, fully.\n\n"
        "Media: By borrowing?\n\n"
        "Prime Minister: No.\n"
    )
    turns = corpus.turns
    assert turns["role"].tolist() == ["official", "journalist", "official", "journalist", "official"]
    assert turns["kind"].tolist() == ["statement", "question", "answer", "question", "answer"]


def test_a_heading_above_the_first_turn_names_the_event_and_an_hour_alone_opens_no_document():
    """A parliament's record: the title says ``debate``, the heading ``Leaders' Questions``; ``2:15 pm`` marks the hour."""
    corpus = kit.parse(
        "Dáil Éireann debate -\nTuesday, 5 Mar 2024\n\nLeaders' Questions\n\n2:05 pm\n\n"
        "Deputy Mary Lou McDonald: Will the Taoiseach bring back the eviction ban?\n\n"
        "The Taoiseach: No. The last ban did not reduce homelessness.\n\n"
        "2:15 pm\n\n"
        "Deputy Ivana Bacik: Will the Taoiseach tell the House what he will do about the waiting lists?\n\n"
        "The Taoiseach: We have allocated more money to the disability teams.\n"
    )
    documents = corpus.documents
    assert len(documents) == 1
    assert documents.loc[0, ["event", "event_source"]].tolist() == ["question_time", "title"]
    turns = corpus.turns
    assert turns["role"].tolist() == ["member", "official"] * 2
    assert turns["kind"].tolist() == ["question", "answer"] * 2
    # the title alone says what it says where nothing above the first turn names another kind
    alone = kit.parse(
        "Dáil Éireann debate -\nTuesday, 5 Mar 2024\n\n"
        "Deputy Mary Lou McDonald: Will the Taoiseach act?\n\nThe Taoiseach: I will.\n"
    )
    assert alone.documents.loc[0, ["event", "event_source"]].tolist() == ["debate", "title"]


def test_a_question_labels_note_may_name_the_journalist_and_the_outlet():
    """``Question (Sabine Siebold, Reuters):``: the asker and the outlet; capitalised words alone name no one."""
    turns = kit.parse(
        "NATO Secretary General Jens Stoltenberg: Good afternoon.\n\n"
        "Question (Sabine Siebold, Reuters): Secretary General, will allies reach two percent?\n\n"
        "NATO Secretary General Jens Stoltenberg: Eighteen allies will.\n\n"
        "Question (Politico Europe): And the others?\n\n"
        "NATO Secretary General Jens Stoltenberg: They will follow.\n"
    ).turns
    asked = turns[turns["role"] == "journalist"]
    assert asked["speaker"].tolist() == ["Sabine Siebold", "Unnamed journalist"]
    assert asked["affiliation"].tolist()[0] == "Reuters"
    assert asked["speaker_source"].tolist()[0] == "label"


def test_initials_as_labels_are_the_people_the_page_names_and_a_show_named_after_its_host_has_the_host_ask():
    """``LK:``/``JH:`` under a header naming Laura Kuenssberg and Jeremy Hunt; the show bears the host's name."""
    corpus = kit.parse(
        "SUNDAY WITH LAURA KUENSSBERG\n10TH MARCH 2024\n\nJEREMY HUNT MP\nCHANCELLOR OF THE EXCHEQUER\n\n"
        "LAURA KUENSSBERG:\nThe Chancellor joins me now. Good morning to you.\n\n"
        "JH:\nGood morning, Laura.\n\n"
        "LK:\nIsn't the truth that you are giving with one hand and taking with the other?\n\n"
        "JH:\nWhat we have done is cut taxes for working people.\n\n"
        "LK:\nBut thresholds are frozen. Is that fair?\n\n"
        "JH:\nIt is fair, and the direction of travel is down.\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == ["Laura Kuenssberg", "Jeremy Hunt"] * 3
    assert turns["role"].tolist() == ["interviewer", "guest"] * 3
    assert turns["kind"].tolist()[2::2] == ["question", "follow_up"]
    # initials the page does not name stay as they are
    assert kit.parse("KB: Hello?\n\nRS: Hi.\n\nKB: Why?\n\nRS: Because.\n").turns["speaker"].tolist()[:2] == [
        "KB",
        "RS",
    ]


def test_a_members_question_in_the_form_a_parliament_prints_is_a_question():
    """``To ask the First Minister what engagements he has planned``: a question, with no question mark."""
    corpus = kit.parse(
        "First Minister's Question Time\n\n"
        "1. Douglas Ross (Highlands and Islands) (Con): To ask the First Minister what engagements he has planned.\n\n"
        "The First Minister (Humza Yousaf): Engagements to take forward the Government's programme.\n\n"
        "Douglas Ross (Highlands and Islands) (Con): Why are waiting times still rising?\n\n"
        "The First Minister: Because demand is rising.\n"
    )
    turns = corpus.turns
    assert corpus.documents.loc[0, "event"] == "question_time"
    assert turns["speaker"].tolist() == ["Douglas Ross", "Humza Yousaf"] * 2
    assert turns["kind"].tolist()[::2] == ["question", "follow_up"]


def test_a_printed_records_indented_paragraphs_open_turns_and_its_offices_are_labels():
    """A floor debate as a printed record sets it: each paragraph indented, its lines wrapped flush with the margin."""
    corpus = kit.parse(
        "[Congressional Record Volume 170, Number 41 (Thursday, March 7, 2024)]\n[Senate]\n\n"
        "                         BORDER SECURITY\n\n"
        "  Mr. SCHUMER. Mr. President, for months the Senate worked in good faith\n"
        "on a bipartisan border agreement, and then our colleagues walked away\n"
        "from it.\n"
        "  I yield the floor.\n"
        "  The PRESIDING OFFICER. The Republican leader is recognized.\n"
        "  Mr. McCONNELL. Mr. President, the crisis at the southern border did\n"
        "not begin last month.\n"
        "  Mr. DURBIN. Will the Senator yield for a question?\n"
        "  Mr. McCONNELL. I will not yield at this time. The Senator from\n"
        "Illinois will have his own time.\n"
        "  The PRESIDING OFFICER (Mr. Kaine). Without objection, it is so\n"
        "ordered.\n"
    )
    turns = corpus.turns
    assert turns["speaker_label"].tolist() == [
        "Mr. SCHUMER",
        "The PRESIDING OFFICER",
        "Mr. McCONNELL",
        "Mr. DURBIN",
        "Mr. McCONNELL",
        "The PRESIDING OFFICER",
    ]
    assert turns["speaker"].tolist()[2:4] == ["Mr. McConnell", "Mr. Durbin"]
    assert turns.loc[turns["speaker_label"] == "The PRESIDING OFFICER", "role"].tolist() == ["staff", "staff"]
    assert turns.loc[0, "text"].endswith("from it.\n  I yield the floor.")  # a paragraph without a label goes on
    assert corpus.lines["not_label"].isna().all()
    # "The" and a word in capitals closed by a full stop is no office's label
    assert kit.parse("  Mr. SMITH. Yes.\n  The US. Yes, it went\nahead.\n  Mr. JONES. No.\n").turns[
        "speaker_label"
    ].tolist() == [
        "Mr. SMITH",
        "Mr. JONES",
    ]


def test_a_caption_cue_that_only_says_what_is_heard_is_a_stage_note():
    """``[CROSSTALK]``, ``(MUSIC)`` alone in a cue: a stage note, not words said (no sentence), and the turn goes on."""
    corpus = kit.parse(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Margaret Brennan>Senator, will you vote for it?\n\n"
        "00:00:03.000 --> 00:00:05.000\n<v Ted Cruz>No. It does not secure the border.\n\n"
        "00:00:05.000 --> 00:00:06.000\n[CROSSTALK]\n\n"
        "00:00:06.000 --> 00:00:08.000\n<v Ted Cruz>And it never will.\n\n"
        "00:00:08.000 --> 00:00:09.000\n(MUSIC)\n",
        "talk.vtt",
    )
    assert corpus.lines.loc[corpus.lines["text"].isin(["[CROSSTALK]", "(MUSIC)"]), "kind"].tolist() == [
        "stage",
        "stage",
    ]
    assert corpus.turns["text"].tolist()[1] == "No. It does not secure the border.\n[CROSSTALK]\nAnd it never will."
    assert "[CROSSTALK]" not in corpus.sentences["text"].str.cat()


@pytest.mark.parametrize(
    "title",
    ["POST-CABINET PRESS CONFERENCE: MONDAY, 4 MARCH 2024", "ParlInfo - QUESTIONS WITHOUT NOTICE : Cost of Living"],
)
def test_a_first_line_that_names_a_kind_of_event_before_its_colon_is_the_title(title):
    corpus = kit.parse(
        f"{title}\n\nPrime Minister: Good afternoon. Cabinet met today.\n\n"
        "Media: Prime Minister, will the tax cuts be funded?\n\nPrime Minister: Yes, fully.\n\n"
        "Media: By borrowing?\n\nPrime Minister: No.\n"
    )
    assert corpus.turns["speaker"].tolist() == ["Prime Minister", "Unnamed journalist"] * 2 + ["Prime Minister"]
    assert corpus.lines.loc[0, "kind"] in ("title", "heading")
    assert "naming a kind of event" in corpus.lines.loc[0, "not_label"]
    # a speaker whose label names an event, and speaks again, is a speaker
    again = kit.parse("Debate Moderator: Welcome.\n\nAnna Lee: Thanks.\n\nDebate Moderator: Your first answer?\n")
    assert again.turns["speaker"].tolist() == ["Debate Moderator", "Anna Lee", "Debate Moderator"]


def test_a_stage_note_closed_by_a_full_stop_is_not_speech():
    """``(Interruptions).``, as a parliament's record prints it between two turns."""
    lines = kit.parse("Anna Lee: Why did you?\n\n(Interruptions).\n\nAnna Lee: Answer me.\n\nBo Chan: No.\n").lines
    assert lines.loc[lines["text"] == "(Interruptions).", "kind"].tolist() == ["stage"]


PENTAGON = """Department of Defense Press Briefing by Secretary Austin and General Brown
March 12, 2024

SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Good afternoon. Ukraine needs ammunition now.

CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL CHARLES Q. BROWN, JR.: Thank you, Mr. Secretary. I echo that.

STAFF: First question goes to Lita Baldor, Associated Press.

Q: General, how long can Ukraine hold the line?

GEN. BROWN: It depends on the supply of shells.

Q: Mr. Secretary, will you ask Congress again?

SEC. AUSTIN: Yes, we will.
"""


def test_a_generations_suffix_stays_with_the_name_and_a_title_and_surname_is_the_one_full_name():
    """``..., JR.`` and ``III`` end a name (a long office before it too); ``GEN. BROWN`` later is the same person."""
    turns = kit.parse(PENTAGON).turns
    assert turns["speaker"].tolist() == [
        "Lloyd J. Austin III",
        "Charles Q. Brown Jr.",
        "Staff",
        "Lita Baldor",  # (the one the hand-over names: "First question goes to Lita Baldor, Associated Press.")
        "Charles Q. Brown Jr.",
        "Unnamed journalist",
        "Lloyd J. Austin III",
    ]
    assert turns["role"].tolist()[4:] == ["official", "journalist", "official"]
    assert turns["kind"].tolist()[3:] == ["question", "answer", "question", "answer"]
    # a father and his son are two speakers; a short form with a misspelt title is no fuller name
    pair = kit.parse("Donald Trump: We won.\n\nDonald Trump, Jr.: We did.\n\nDonald Trump: Again.\n").turns
    assert pair["speaker"].tolist() == ["Donald Trump", "Donald Trump Jr.", "Donald Trump"]
    typo = kit.parse(
        "PRESIDENT HICHILEMA: Welcome.\n\nVICE PRESIDENT HARRIS: Thank you.\n\nPRESIDENT HICHILEMA: Go on.\n\n"
        "PRESIDEN HICHILEMA: And so.\n\nVICE PRESIDENT HARRIS: Yes.\n\nPRESIDENT HICHILEMA: Thanks.\n"
    ).turns
    assert set(typo["speaker"]) == {"President Hichilema", "Vice President Harris"}


FED = """Transcript of Chair Powell's Press Conference
January 31, 2024

CHAIR POWELL. Good afternoon. My colleagues and I remain squarely focused on our dual
mandate goals. Thank you. I look forward to your questions.

MICHELLE SMITH. Thank you. We'll go to Howard.

HOWARD SCHNEIDER. Thank you. Howard Schneider with Reuters. So, Chair Powell, is a
March cut off the table?

CHAIR POWELL. I don't think it's likely that the Committee will reach that level of
confidence by March.

MICHELLE SMITH. Rachel.

RACHEL SIEGEL. Thanks. Rachel Siegel, Washington Post. What would you need to see?

CHAIR POWELL. More good data.
"""


def test_names_in_capitals_closed_by_a_full_stop_are_labels_where_the_document_uses_them():
    """``CHAIR POWELL. Good afternoon.``: the shape of a central bank's or a hearing's transcript, taken as a convention."""
    corpus = kit.parse(FED)
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Chair Powell",
        "Michelle Smith",
        "Howard Schneider",
        "Chair Powell",
        "Michelle Smith",
        "Rachel Siegel",
        "Chair Powell",
    ]
    assert turns["role"].tolist()[:3] == ["official", "staff", "journalist"]
    assert turns["kind"].tolist()[2:4] == ["question", "answer"]
    assert corpus.documents.loc[0, "event"] == "news_conference"
    assert turns.loc[0, "text"].endswith("to your questions.")  # the wrapped lines go on in the turn
    # used once or twice, the shape is words in capitals, not a label
    lines = kit.parse("Anna Lee: So what happened?\n\nBo Chan: GOOD NEWS. We won.\n\nBREAKING NEWS. It rained.\n").lines
    assert (
        "not this document's convention" in lines.loc[lines["text"] == "BREAKING NEWS. It rained.", "not_label"].item()
    )


SENATE_STOPS = """COMMITTEE ON PUBLIC SERVICES

THE CHAIRPERSON (Sen. Ramos).  The hearing is called to order. Asec. Lim, you have the floor.

ASEC. LIM.  Thank you, Mr. Chair. Sixty percent of operators have consolidated.

THE CHAIRPERSON (Sen. Ramos).  Thank you. Sen. Cruz.

SEN. CRUZ.  Salamat po. How can a driver pay for a new unit?

ASEC. LIM.  Your Honor, the subsidy was raised.

USEC. DELA PAZ.  If I may add, Your Honor: there is no phase-out in January.

SEN. CRUZ.  Is that in a circular?
"""

MEETING_STOPS = """CHAIR LANE. Good afternoon. Let me turn it over to Helen.

MS. DARROW.1 Thank you, Mr. Chair. Expectations have moved: markets see cuts.

MR. KEMPER. Helen, how much of that is the trade news?

MS. DARROW. It's hard to separate.

MS. RAMAN. Thank you. Let me put it bluntly: waiting for the data means we will be late.

CHAIR LANE. Thank you.
"""


def test_a_shortened_title_and_a_surname_in_capitals_closed_by_a_full_stop_are_labels():
    """``SEN. CRUZ.``, ``USEC. DELA PAZ.``, ``THE CHAIRPERSON (Sen. Ramos).``: a printed record's labels (the
    shape is taken where the document uses it again and again); the office's holder named in its brackets."""
    turns = kit.parse(SENATE_STOPS).turns
    assert turns["speaker"].tolist() == [
        "Sen. Ramos",
        "Asec. Lim",
        "Sen. Ramos",
        "Sen. Cruz",
        "Asec. Lim",
        "Dela Paz",
        "Sen. Cruz",
    ]
    assert turns.loc[0, "role"] == "staff"
    assert turns.loc[3, "text"] == "Salamat po. How can a driver pay for a new unit?"
    assert turns.loc[3, "kind"] == "question"
    assert answering(turns, "kind").tolist()[3:5] == [False, True]  # the senator asks, the assistant secretary answers


def test_a_label_closed_by_a_full_stop_holds_where_a_colon_comes_later_in_the_line():
    """``MS. RAMAN. ... Let me put it bluntly: ...`` is a label and its sentence, not a label ending at the colon;
    a footnote's number glued to the stop (``MS. DARROW.1``) is not speech."""
    turns = kit.parse(MEETING_STOPS).turns
    assert turns["speaker"].tolist() == [
        "Chair Lane",
        "Ms. Darrow",
        "Mr. Kemper",
        "Ms. Darrow",
        "Ms. Raman",
        "Chair Lane",
    ]
    assert turns.loc[1, "text"].startswith("Thank you, Mr. Chair.")
    assert turns.loc[4, "text"].startswith("Thank you. Let me put it bluntly:")


def test_a_name_in_capitals_and_a_dash_holds_where_a_colon_comes_later_in_the_line():
    """``HOLLOWAY — ... in the order drawn by lot: ...``: a debate's dash label, with a colon later in its sentence."""
    turns = kit.parse(
        "OYELARAN — Good evening. The candidates are, in the order drawn by lot: Ms. Ruiz and Mr. Holloway.\n"
        "OYELARAN — Ms. Ruiz, what would you do first?\n"
        "RUIZ — Two things: a signing bonus and better pay.\n"
        "HOLLOWAY — That's not true.\n"
        "OYELARAN — Mr. Holloway, what would you do?\n"
    ).turns
    assert turns["speaker"].tolist() == ["Oyelaran", "Oyelaran", "Ruiz", "Holloway", "Oyelaran"]
    assert turns.loc[0, "text"].endswith("Ms. Ruiz and Mr. Holloway.")
    assert turns.loc[2, "text"] == "Two things: a signing bonus and better pay."


def test_an_ordinal_rank_before_a_title_is_part_of_the_label():
    """``○ 1st Vice Minister of Land ... Jin Hyun-hwan:``, ``2nd Lt. Anna Cole:``; not ``1st quarter:``."""
    turns = kit.parse(
        "○ Chairperson Kim Min-ho: Vice Minister, the figures?\n"
        "○ 1st Vice Minister of Land, Infrastructure and Transport Jin Hyun-hwan: There are 212 cases.\n"
        "○ Chairperson Kim Min-ho: And the rest?\n"
        "○ 1st Vice Minister of Land, Infrastructure and Transport Jin Hyun-hwan: About 600 more.\n"
        "1st quarter: revenue rose by a fifth.\n"
        "2nd Lt. Anna Cole: Sir, yes.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Kim Min-ho", "Jin Hyun-hwan", "Kim Min-ho", "Jin Hyun-hwan", "Anna Cole"]
    assert turns.loc[1, "speaker_title"] == "1st Vice Minister of Land, Infrastructure and Transport"
    assert turns.loc[3, "text"] == "About 600 more.\n1st quarter: revenue rose by a fifth."


def test_a_name_in_bold_then_a_note_in_brackets_and_a_colon_is_a_label():
    """``**Javier Ortega (COPE)** [*in Spanish*]:``: the bold closes before a note, the colon comes after it."""
    turns = kit.parse(
        "**Lorenzo Vitali:** Now the Spanish-speaking group.\n\n"
        "**Javier Ortega (COPE)** [*in Spanish*]: Santo Padre, what would you say to Spain?\n\n"
        "**Pope Gregory** [*in Spanish*]: Four verbs.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Lorenzo Vitali", "Javier Ortega", "Pope Gregory"]
    assert turns["label_note"].tolist()[1:] == ["COPE; in Spanish", "in Spanish"]
    assert turns.loc[1, "text"] == "Santo Padre, what would you say to Spain?"
    assert turns.loc[2, "text"] == "Four verbs."


def test_q_with_the_asker_in_brackets_names_the_journalist():
    """``Q (Hamid Ali, ARY News):``: a ``Q`` whose note names the asker and their outlet."""
    turns = kit.parse(
        "DG ISPR: I will now take your questions.\n\n"
        "Q (Hamid Ali, ARY News): Sir, what is the next step?\n\n"
        "DG ISPR: Diplomacy first.\n\n"
        "Q (retranslated): And then?\n\n"
        "DG ISPR: We will see.\n"
    ).turns
    assert turns.loc[1, ["speaker", "affiliation", "role", "kind"]].tolist() == [
        "Hamid Ali",
        "ARY News",
        "journalist",
        "question",
    ]
    assert turns.loc[1, "text"] == "Sir, what is the next step?"
    assert turns.loc[3, "label_note"] == "retranslated" and turns.loc[3, "text"] == "And then?"


def test_an_office_in_capitals_with_and_or_of_is_one_title():
    """``SECRETARY FOR TRANSPORT AND LOGISTICS``: an office, not a person "And Logistics"; ``UNDER SECRETARY``
    is a title though "under" may start a sentence; ``MINISTER OF DEFENCE`` is one office, not "OF Defence"."""
    corpus = kit.parse(
        "PRESIDENT: Mr Tsang.\n\n"
        "MR ALBERT TSANG (in Cantonese): President, will the Government act?\n\n"
        "SECRETARY FOR TRANSPORT AND LOGISTICS (in Cantonese): President, yes.\n\n"
        "UNDER SECRETARY FOR TRANSPORT AND LOGISTICS (in Cantonese): President, also.\n\n"
        "Under Secretary Nuland: Yes.\n\n"
        "MINISTER OF DEFENCE: SERGEI SHOIGU.\n"
    )
    assert corpus.turns["speaker"].tolist() == [
        "President",
        "Albert Tsang",
        "Secretary for Transport and Logistics",
        "Under Secretary for Transport and Logistics",
        "Under Secretary Nuland",
        "Minister of Defence",
    ]


def test_an_office_and_its_department_is_a_label_and_a_title_of_address_before_a_role():
    """``Secretary for Security:``, ``The Cabinet Secretary for Education (Hon. Ezekiel Machogu):``, ``Hon. Speaker:``."""
    turns = kit.parse(
        "Hon. Speaker: Member for Kiharu, ask your question.\n"
        "Hon. Ndindi Nyoro (Kiharu, UDA): When will the funds be disbursed?\n"
        "Hon. Speaker: Cabinet Secretary, you have the Floor.\n"
        "The Cabinet Secretary for Education (Hon. Ezekiel Machogu): Next week.\n"
        "Hon. Speaker: Next Order.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Hon. Speaker",
        "Ndindi Nyoro",
        "Hon. Speaker",
        "Ezekiel Machogu",
        "Hon. Speaker",
    ]
    assert turns.loc[turns["speaker"] == "Hon. Speaker", "role"].unique().tolist() == ["staff"]
    briefing = kit.parse(
        "Reporter: Will the law be amended?\n\nChief Executive: No.\n\nReporter: And the police?\n\n"
        "Secretary for Security: We will act within the law.\n"
    ).turns
    assert briefing["speaker"].tolist()[-1] == "Secretary for Security"
    # an office, a colon and a name alone is an appointment, not a turn
    assert kit.parse("Anna Lee: Hi.\n\nMinister for Finance: Paschal Donohoe.\n\nBo Chan: Yes.\n").turns[
        "speaker"
    ].tolist() == ["Anna Lee", "Bo Chan"]


def test_a_label_opens_a_paragraph_of_wrapped_text_after_a_sentence_that_ends_it():
    """A verbatim record wrapped without blank lines: a label after a short line that ends a sentence, or a
    label with a note (``Mr. Nebenzia (Russian Federation) (spoke in Russian):``) after any sentence's end."""
    record = (
        "The President (spoke in French): In accordance with rule 39 of the provisional rules of the\n"
        "Council, I invite Mr. Tor Wennesland, Special Coordinator, to participate in this meeting.\n"
        "I give the floor to Mr. Wennesland.\n"
        "Mr. Wennesland: I thank you, Mr. President, for the opportunity to brief the Council today. More\n"
        "than one hundred Palestinians were reportedly killed and hundreds were injured yesterday.\n\n"
        "The President (spoke in French): I thank Mr. Wennesland for his briefing. I shall now give the\n"
        "floor to those members of the Council who wish to make statements at this meeting today.\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian): What happened yesterday in Gaza City was\n"
        "a crime. How many more must die before the Council is allowed to demand a ceasefire now?\n"
        "We have heard the same promises for five months, and we are told to wait: we will not.\n"
    )
    # (and, after a long line without a note, a name and a colon stays in the paragraph)
    record += (
        "\nThe President (spoke in French): I thank him. The Council has heard all who asked to speak.\n"
        "Mr. Nebenzia: so the record reads, when the President gave the floor to him once again today.\n"
    )
    turns = kit.parse(record).turns
    assert turns["speaker"].tolist() == ["The President", "Mr. Wennesland", "The President", "Mr. Nebenzia"] + [
        "The President"
    ]
    assert turns.loc[3, "label_note"] == "Russian Federation; spoke in Russian"
    assert turns.loc[1, "text"].endswith("were injured yesterday.")
    assert turns.iloc[-1]["text"].endswith("to him once again today.")


def test_page_furniture_between_and_after_the_turns_is_residue():
    """An advertisement's marker, a page's tags and topics and its related links are not words said."""
    corpus = kit.parse(
        "Anna Lee: So what happened?\n\nBo Chan: We won.\n\nADVERTISEMENT\n\nAnna Lee: And then?\n\n"
        "Bo Chan: We left.\n\nTopics: Politics, Elections\nRelated links\nTags: vote\n"
    )
    lines = corpus.lines
    assert lines.loc[lines["kind"] == "residue", "text"].tolist() == [
        "ADVERTISEMENT",
        "Topics: Politics, Elections",
        "Related links",
        "Tags: vote",
    ]
    assert corpus.turns["text"].tolist() == ["So what happened?", "We won.", "And then?", "We left."]
    # a speaker's label is no tag ("Tagg:"), and words said about topics stay words
    said = kit.parse("Anna Lee: Topics: we have three.\n\nTom Tagg: Tags: none.\n").turns
    assert said["text"].tolist() == ["Topics: we have three.", "Tags: none."]


def test_a_one_word_label_whose_speaker_says_that_name_and_an_outlet_is_a_journalist():
    """``Sidhant: Sir, Sidhant from WION. ...``: taken in every turn of that label, the journalist of that outlet."""
    turns = kit.parse(
        "Official Spokesperson, Shri Randhir Jaiswal: Good afternoon. The floor is open for questions.\n\n"
        "Sidhant: Sir, Sidhant from WION. On the Maldives, are we on track to meet that timeline?\n\n"
        "Huma Siddiqui: Sir, Huma Siddiqui from Financial Express. Is there any update on the trade deal?\n\n"
        "Official Spokesperson, Shri Randhir Jaiswal: On the Maldives, yes. On the trade deal, not yet.\n\n"
        "Sidhant: Sir, just a follow-up. Has anyone been arrested?\n\n"
        "Official Spokesperson, Shri Randhir Jaiswal: I would refer you to the agency.\n"
    ).turns
    assert turns["speaker"].tolist()[1::3] == ["Sidhant", "Sidhant"]
    assert turns.loc[turns["speaker"] == "Sidhant", ["role", "affiliation"]].values.tolist() == [
        ["journalist", "WION"],
        ["journalist", "WION"],
    ]
    assert turns.loc[turns["speaker"] == "Sidhant", "kind"].tolist() == ["question", "question"]
    # a one-word label whose words do not name the speaker stays prose
    prose = kit.parse("Anna Lee: Hi.\n\nBo Chan: Yes.\n\nRussia: Russia, from 2014, has changed.\n").turns
    assert prose["speaker"].tolist() == ["Anna Lee", "Bo Chan"]


def test_a_qa_page_with_its_questions_in_bold_and_no_labels():
    """Questions set as bold paragraphs, answers below them: unnamed questions, answered by the one the page is about."""
    corpus = kit.parse(
        "# Mayor of Riverton: an interview\n\n"
        "*Dana Whitfield talks about housing, buses and the budget.*\n\n"
        "**By Sam Ortiz**\n\n"
        "We met the mayor at city hall on Monday.\n\n"
        "**Rents rose by a tenth last year. Is the city doing enough?**\n\n"
        "No. We are building, but not fast enough.\n\n"
        "That is why we changed the zoning code.\n\n"
        "**Will the bus fares go up?**\n\n"
        "*Deputy Mayor Ann Kerr:* Not this year. The budget holds them where they are.\n\n"
        "**What about the library hours, which were cut in March?**\n\n"
        "They come back in June.\n\n"
        "**Thank you, Mayor.**\n\n"
        "Thank you.\n",
        source="interview.md",
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Unnamed journalist",
        "Dana Whitfield",
        "Unnamed journalist",
        "Ann Kerr",
        "Unnamed journalist",
        "Dana Whitfield",
        "Unnamed journalist",
        "Dana Whitfield",
    ]
    assert turns["kind"].tolist()[::2] == ["question", "question", "question", "remark"]
    assert turns["text"].tolist()[:2] == [
        "Rents rose by a tenth last year. Is the city doing enough?",  # without the bold's marks
        "No. We are building, but not fast enough.\n\nThat is why we changed the zoning code.",
    ]
    assert turns["label_shape"].tolist()[:3] == ["bold", "bold", "bold"]
    kind = dict(zip(corpus.lines["text"], corpus.lines["kind"], strict=True))
    assert kind["**By Sam Ortiz**"] != "speech" and kind["We met the mayor at city hall on Monday."] != "speech"
    assert corpus.documents["event"].tolist() == ["interview"]


def test_bold_paragraphs_in_a_labelled_transcript_or_that_do_not_ask_stay_as_they_are():
    labelled = kit.parse(
        "Anna Lee: Welcome.\n\n**Why now?**\n\nTom Berg: Because.\n\n**And then?**\n\nAnna Lee: Go on.\n\n"
        "**What next?**\n\nTom Berg: We wait.\n\nAnna Lee: Thanks.\n"
    ).turns
    assert labelled["speaker"].tolist() == ["Anna Lee", "Tom Berg", "Anna Lee", "Tom Berg", "Anna Lee"]
    headings = kit.parse("**Part one**\n\nWe met.\n\n**Part two**\n\nWe left.\n\n**Part three**\n\nWe won.\n")
    assert headings.turns.empty


def test_a_court_transcript_with_numbered_lines_and_turns_that_run_on_indented():
    """Labels at the margin, each turn's lines indented under them, the margin numbered line by line."""
    numbered = [
        "LORD REED:  Yes, Mr Adams.",
        "MR ADAMS:  My Lords, I appear for the appellant.  The",
        "    appeal raises one question: whether the duty",
        "    applies before the benefits are weighed.",
        "LADY ROSE:  Is that not a question of how the letter",
        "    is read, as a whole?",
        "MR ADAMS:  My Lady, with respect, no.  It is a",
        "    question of what the statute requires.",
        "LORD REED:  Where do we find the policies in the",
        "    bundle?",
        "MR ADAMS:  Core bundle, tab 12, page 340.",
        "LORD REED:  Thank you.",
    ]
    text = "\n".join(f"{n:2}   {line}" for n, line in enumerate(numbered, start=1))
    turns = kit.parse(text, source="court.txt").turns
    assert turns["first_line"].tolist() == [1, 2, 5, 7, 9, 11, 12]
    assert turns["speaker"].tolist()[2] == "Lady Rose"
    assert turns["text"].tolist()[2] == "Is that not a question of how the letter\n    is read, as a whole?"


def test_a_title_then_a_name_of_four_words_is_all_of_the_name():
    turns = kit.parse(
        "Mr Gerald Tan Wei Ming (Tampines): Sir, will the Minister state the waiting time?\n\n"
        "Mr Daniel Lim Kok Seng: Sir, it is four years.\n\n"
        "Mr Gerald Tan Wei Ming: Will it come down?\n\n"
        "Mr Daniel Lim Kok Seng: Yes.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Gerald Tan Wei Ming", "Daniel Lim Kok Seng"] * 2
    assert turns["speaker_title"].tolist()[:2] == ["Mr", "Mr"]


def test_a_committees_numbered_questions_open_with_their_number():
    """``Q119 Chair: ...``: a select committee's question number before the label."""
    turns = kit.parse(
        "Q118 Chair: Good morning. Why did the programme overrun?\n\n"
        "Dr Helen Price: Because the design changed twice.\n\n"
        "Q119       Chair: Who signed off the second change?\n\n"
        "Dr Helen Price: The board did.\n\n"
        "Q120 Grahame Morris: Was the board told the cost?\n\n"
        "Dr Helen Price: Not in full.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Chair",
        "Helen Price",
        "Chair",
        "Helen Price",
        "Grahame Morris",
        "Helen Price",
    ]
    assert turns["text"].tolist()[2] == "Who signed off the second change?"


def test_a_video_meetings_screen_names_are_labels_where_each_line_has_a_time_and_one():
    corpus = kit.parse(
        "00:00:04 Mayor Diane Lopez: Good evening. Madam Clerk, please call the roll.\n"
        "00:00:12 City Clerk iPad: Councilmember Ahmed.\n"
        "00:00:14 Faisal Ahmed: Here.\n"
        "00:00:15 City Clerk iPad: Councilmember Brennan.\n"
        "00:00:17 Kathleen Brennan: Present.\n"
        "00:02:34 City Clerk iPad: Next is, uh, it's showing as Galaxy S21.\n"
        "00:02:39 Galaxy S21: Hi, this is Maria Torres. Has the council looked at phasing it in?\n"
        "00:02:55 Mayor Diane Lopez: Thank you, Ms. Torres.\n",
        source="meeting.txt",
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Diane Lopez",
        "City Clerk iPad",
        "Faisal Ahmed",
        "City Clerk iPad",
        "Kathleen Brennan",
        "City Clerk iPad",
        "Galaxy S21",
        "Diane Lopez",
    ]
    assert turns["time"].tolist()[6] == "00:02:39" and turns["label_shape"].tolist()[6] == "screen"
    # used once or twice, the shape is words: "10:30 Room 4B: ..." in a text with other labels
    once = kit.parse("Anna Lee: The day runs so.\n10:30 Room 4B: coffee in the hall.\nBo Chan: Good.\n")
    assert once.turns["speaker"].tolist() == ["Anna Lee", "Bo Chan"]
    assert once.lines.loc[1, "not_label"].startswith("a time and a screen name that is no person's")


def test_a_table_of_fields_at_a_records_head_opens_no_turns():
    corpus = kit.parse(
        "PARLIAMENT OF SINGAPORE\n\n"
        "Parliament No: 14\nSession No: 2\nVolume No: 95\nSitting No: 124\nSitting Date: 5-3-2024\n"
        "Section Name: Oral Answers\nTitle: Waiting Times for Flats\n\n"
        "MPs Speaking: Mr Gerald Tan; Mr Daniel Lim; Mr Speaker\n\n"
        "WAITING TIMES FOR FLATS\n\n"
        "Mr Gerald Tan: Sir, will the Minister state the waiting time?\n\n"
        "Mr Daniel Lim: Sir, it is four years.\n\n"
        "Mr Gerald Tan: Will it come down?\n\n"
        "Mr Daniel Lim: Yes.\n"
    )
    assert corpus.turns["speaker"].tolist() == ["Gerald Tan", "Daniel Lim"] * 2
    fields = corpus.lines[corpus.lines["text"].str.contains(" No: |Date: |Name: |Title: |Speaking: ")]
    assert len(fields) == 8 and fields["turn_id"].isna().all() and fields["not_label"].notna().all()
    assert fields["not_label"].str.startswith("a field of").sum() >= 4
    # short lines one after another by speakers who speak again are turns
    chat = kit.parse("Anna Lee: Hi\nTom Berg: Hello\nAnna Lee: So\nTom Berg: Yes\n").turns
    assert len(chat) == 4


def test_a_podcast_whose_hosts_call_their_guest_senator_is_an_interview_not_a_hearing():
    """A guest's title in the hosts' mouths, and a producer who asks once, make no committee."""
    corpus = kit.parse(
        "Western Front, episode 112: a senator on the river deal\n\n"
        "Tom Becker: Welcome back. This week I sat down with state Senator Ana Ruiz. Senator, welcome.\n\n"
        "Ana Ruiz: Thanks, Tom. Happy to be here.\n\n"
        "Tom Becker: What did the three states actually agree to?\n\n"
        "Ana Ruiz: To leave three million acre-feet in the lake over three years.\n\n"
        "Tom Becker: Right, and the money comes from Washington.\n\n"
        "Ana Ruiz: About a billion dollars of it, yes.\n\n"
        "Tom Becker: Senator, does it solve the structural problem?\n\n"
        "Ana Ruiz: No. It buys us two years.\n\n"
        "Sam Ortiz: Hi, Senator, producer here. Are the tribes at the table now?\n\n"
        "Ana Ruiz: Some of them are, and all of them should be.\n\n"
        "Tom Becker: What happens in 2026?\n\n"
        "Ana Ruiz: We start again, with less water.\n"
    )
    assert corpus.documents["event"].tolist() == ["interview"]
    turns = corpus.turns
    answers = answering(turns, "kind")
    assert answers[turns["speaker"] == "Ana Ruiz"].all() and not answers[turns["speaker"] != "Ana Ruiz"].any()


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("President's media chat with selected journalists", "news_conference"),
        ("Media conference of the Federal Council", "news_conference"),  # (not a meeting: "conference of")
        ("Doorstop interview - Geelong, Victoria", "news_conference"),  # (a doorstop: journalists, not one)
        ("A Conversation with Secretary Elena Castillo", "interview"),
        ("Telephone conversation with President of France Emmanuel Macron", "meeting"),
    ],
)
def test_the_kind_of_event_a_title_says(title, event):
    corpus = kit.parse(
        f"{title}\n\n"
        "ADEBAYO: Mr President, what is your government doing about food prices?\n\n"
        "PRESIDENT: We have released grains from the reserve.\n\n"
        "OKINBALOYE: The grains were released in January. Has the policy worked?\n\n"
        "PRESIDENT: No policy works overnight.\n"
    )
    assert corpus.documents[["event", "event_source"]].values.tolist() == [[event, "title"]]


def test_a_journalist_and_their_outlet_parted_by_a_slash():
    turns = kit.parse(
        "PRESS BRIEFING OF ASSISTANT SECRETARY MARIA SANTIAGO\n\n"
        "ASEC. SANTIAGO: Good afternoon. Let's open the floor for questions. Tuesday Ramos, DZBB.\n\n"
        "TUESDAY RAMOS/DZBB: Good afternoon. Why are retailers not getting the rice at that price?\n\n"
        "USEC. DELA CRUZ: Yes, we are aware of that. The agency can no longer sell to retailers directly under\n"
        "the law, so the price depends on the traders.\n\n"
        "TUESDAY RAMOS/DZBB: Follow-up, sir. How many stores are open in Central Luzon?\n\n"
        "USEC. DELA CRUZ: Around sixty. I will get back to you with the exact number.\n\n"
        "ASEC. SANTIAGO: Thank you. Next, Chona Villanueva, Radyo Pilipinas.\n\n"
        "CHONA VILLANUEVA/RADYO PILIPINAS: Is twenty pesos a kilo realistic?\n\n"
        "USEC. DELA CRUZ: It is a long-term goal, and we are working towards it with the farmers.\n"
    ).turns
    asking = turns[turns["role"] == "journalist"]
    assert asking["speaker"].tolist() == ["Tuesday Ramos", "Tuesday Ramos", "Chona Villanueva"]
    assert asking["affiliation"].tolist() == ["DZBB", "DZBB", "RADYO PILIPINAS"]
    assert asking["kind"].tolist() == ["question", "follow_up", "question"]
    assert set(turns.loc[turns["speaker"] == "Asec. Santiago", "role"]) == {"staff"}


def test_an_office_in_capitals_is_named_after_the_holder_in_its_note_honorifics_and_all():
    turns = kit.parse(
        "LOK SABHA DEBATES\n\nQUESTION HOUR\n\n"
        "SHRI RAVINDRA KULKARNI: Sir, will the Minister of Railways be pleased to state the number of trains?\n\n"
        "THE MINISTER OF RAILWAYS (SHRI ANAND PRAKASH MEHTA): Sir, a statement is laid on the Table.\n\n"
        "SHRI RAVINDRA KULKARNI: Sir, when will the new line open?\n\n"
        "SHRI ANAND PRAKASH MEHTA: In December.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Ravindra Kulkarni", "Anand Prakash Mehta"] * 2


def test_a_heading_in_capitals_with_a_colon_on_the_first_line_is_the_title():
    corpus = kit.parse(
        "NCAA MEN'S BASKETBALL TOURNAMENT: FIRST ROUND\n\nMarch 21, 2024\n\n"
        "Q. Coach, what did you see on film?\n\nMARCUS DELL: A team that shoots well.\n\n"
        "Q. How is Jalen's ankle?\n\nMARCUS DELL: He'll play.\n"
    )
    assert corpus.turns["speaker"].tolist() == ["Unnamed journalist", "Marcus Dell"] * 2
    assert corpus.lines.loc[0, "kind"] != "speech"
    # a speaker's first words in capitals, with a turn below, stay a turn
    said = kit.parse("GOVERNOR SMITH: THANK YOU ALL\n\nANNA LEE: WHY NOW?\n\nGOVERNOR SMITH: BECAUSE.\n").turns
    assert len(said) == 3


def test_a_long_first_line_of_the_lead_that_ends_no_sentence_may_name_the_event():
    corpus = kit.parse(
        "Élysée\n\n"
        "Joint press conference by the President of the Republic, Emmanuel Macron, and the President of Ghana\n\n"
        "Check against delivery. Unofficial translation.\n\n"
        "THE PRESIDENT OF THE REPUBLIC: Mr President, dear friend, welcome.\n\n"
        "PRESIDENT AKUFO-ADDO: Thank you.\n\n"
        "QUESTION: Mr President, what about the debt?\n\n"
        "THE PRESIDENT OF THE REPUBLIC: We will help.\n"
    )
    assert corpus.documents[["event", "event_source"]].values.tolist() == [["joint_press_conference", "title"]]


def test_oral_evidence_to_a_committee_is_a_hearing():
    corpus = kit.parse(
        "Transport Committee\nOral evidence: Rail services in the North, HC 412\n\n"
        "Q118 Chair: Why did the programme overrun?\n\nDr Helen Okafor: The design changed.\n\n"
        "Q119 Ruth Cadbury: Who signed it off?\n\nDr Helen Okafor: The board.\n"
    )
    assert corpus.documents["event"].tolist() == ["hearing"]


def test_a_verbatim_reports_dash_label_before_words_with_a_colon_in_them():
    """``Name, Vice-President of the Commission. – Let me answer two points: ...``: the dash's label, not a colon's."""
    turns = kit.parse(
        "President. – The next item is the debate on media freedom.\n\n"
        "Henrik Vestergaard, Vice-President of the Commission. – Madam President, thank you.\n\n"
        "Sabine Roth, on behalf of the PPE Group. – Madam President, we must act.\n\n"
        "President. – Thank you.\n\n"
        "Henrik Vestergaard, Vice-President of the Commission. – Let me answer two points: first, spyware.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "President",
        "Henrik Vestergaard",
        "Sabine Roth",
        "President",
        "Henrik Vestergaard",
    ]


def test_a_house_record_in_capitals_has_its_members_interjections_and_ministers_offices():
    turns = kit.parse(
        "Mr S N PILLAY: Speaker, will the Minister explain the delay in paying the soldiers?\n\n"
        "The MINISTER OF DEFENCE AND MILITARY VETERANS: Thank you, Speaker. The payments were made on Friday.\n\n"
        "An HON MEMBER: Shame!\n\n"
        "The SPEAKER: Order, hon members!\n\n"
        "Mr S N PILLAY: Were all of them paid?\n\n"
        "The MINISTER OF DEFENCE AND MILITARY VETERANS: Yes.\n"
    ).turns
    assert len(turns) == 6
    assert turns["speaker"].tolist()[1] == turns["speaker"].tolist()[5]
    assert turns.loc[2, "role"] == "member"


def test_initials_on_their_own_lines_named_by_a_speaker_key_and_time_marks_between():
    corpus = kit.parse(
        "World Health Organization\nVirtual press conference - 7 March 2024\n\n"
        "Speaker key:\nCL Christian Lindmeier\nTAG Dr Tedros Adhanom Ghebreyesus\nMK Dr Maria Van Kerkhove\n\n"
        "00:00:08\nCL\nGood morning from Geneva. Dr Tedros, over to you.\n\n"
        "TAG\nThank you, Christian. Five months since the war began.\n\n"
        "00:03:41\nYesterday a mission reached the hospital in the north.\n\n"
        "CL\nThank you. The first question goes to Helen.\n\n"
        "HB\nHas WHO had any reports of H5N1 in mammals?\n\n"
        "MK\nThank you, Helen. We have been following it closely.\n\n"
        "CL\nThank you. Next is Gabriel.\n\n"
        "GS\nDr Tedros, is the mission safe?\n\n"
        "TAG\nAs safe as we can make it.\n",
        source="who.txt",
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Christian Lindmeier",
        "Tedros Adhanom Ghebreyesus",
        "Christian Lindmeier",
        "HB",
        "Maria Van Kerkhove",
        "Christian Lindmeier",
        "GS",
        "Tedros Adhanom Ghebreyesus",
    ]
    assert "Yesterday a mission reached the hospital" in turns["text"].tolist()[1]  # after the time mark, still his
    kind = dict(zip(corpus.lines["text"], corpus.lines["kind"], strict=True))
    assert kind["00:03:41"] == kind["00:00:08"] == "cue"
    # three capitals that are a surname stay one ("LEE:" in a TV transcript)
    tv = kit.parse("COOPER: Welcome back.\n\nLEE: Thanks.\n\nCOOPER: What now?\n\nLEE: We wait.\n").turns
    assert tv["speaker"].tolist() == ["Cooper", "Lee", "Cooper", "Lee"]


def test_offices_that_name_their_holders_in_a_house_of_lords_record():
    corpus = kit.parse(
        "Social Housing: Energy Efficiency\n\nVolume 835: debated on Monday 15 January 2024\n\n"
        "Lord Foster of Bath: My Lords, I beg leave to ask the Question standing in my name.\n\n"
        "The Parliamentary Under-Secretary of State, Department for Levelling Up, Housing and Communities "
        "(Baroness Penn) (Con): My Lords, the Government have committed a great deal of money.\n\n"
        "Lord Foster of Bath: My Lords, will the Minister say when the scheme opens?\n\n"
        "The Lord Bishop of Chelmsford: My Lords, I declare my interest as a landlord of homes.\n\n"
        "The Lord Privy Seal (Lord True) (Con): My Lords, it is time to move on.\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [5, 7, 9, 11, 13]
    assert turns["speaker"].tolist()[1] == "Baroness Penn" and turns["speaker"].tolist()[4] == "Lord True"
    assert corpus.lines.loc[0, "kind"] != "speech"  # "Social Housing: Energy Efficiency", the title


def test_a_records_mark_before_each_speaker_in_hard_wrapped_minutes():
    """``○Name:`` opens a paragraph even inside wrapped text; an office is named after the holder in its note."""
    turns = kit.parse(
        "MINUTES OF THE BUDGET COMMITTEE, NO. 14\n\n"
        "○Chairperson (Koichi Matsuda): The meeting will now come to order. I now recognize\n"
        "Mr. Kenta Ishibashi.\n"
        "○Kenta Ishibashi (Constitutional Democratic Party of Japan): Thank you. Prime Minister, do\n"
        "you still maintain that you had no knowledge of this practice?\n"
        "○Prime Minister (Hiroshi Tanabe): I was not aware of the practice, and I regard the matter\n"
        "with the utmost seriousness.\n"
        "○Kenta Ishibashi: Then what will you do about it? The public is waiting for an answer from\n"
        "the Government, and it has waited long enough.\n"
        "○Government witness (Daisuke Kuroda): We estimate that the effect will be small.\n"
        "○Prime Minister (Hiroshi Tanabe): We will reform the law this year.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Koichi Matsuda",
        "Kenta Ishibashi",
        "Hiroshi Tanabe",
        "Kenta Ishibashi",
        "Daisuke Kuroda",
        "Hiroshi Tanabe",
    ]


LIVE_CAPTIONS = """City of Riverton - Public Safety Media Briefing
Captioned live. Captions may contain errors.

>> LT. DANA PRICE: GOOD AFTERNOON, EVERYONE.
WE'LL HEAR FROM FIRE CHIEF MARCUS BELL, THEN TAKE A FEW
QUESTIONS. CHIEF.
>> CHIEF MARCUS BELL: THANK YOU, LIEUTENANT.
AT 11:14 THIS MORNING WE RECEIVED CALLS FROM THE PUBLIC
INFORMATION OFFICE.
[ INAUDIBLE ]
>> OKAY. QUESTIONS. GO AHEAD, RICK.
>> RICK SALAZAR, KRVT. CHIEF BELL, WAS THIS FIRE SET?
>> CHIEF MARCUS BELL: IT'S FAR TOO EARLY TO SAY.
>> [ CROSSTALK ]
>> AND THE AMMONIA, WAS THERE ANY RELEASE?
>> CHIEF MARCUS BELL: NO READINGS ABOVE SAFE LEVELS."""


def test_live_captions_pasted_as_text_open_a_turn_at_each_speaker_mark():
    corpus = kit.parse(LIVE_CAPTIONS, source="briefing.txt")
    turns = corpus.turns
    assert turns["first_line"].tolist() == [4, 7, 11, 12, 13, 15, 16]
    assert turns["speaker"].tolist()[:2] == ["Dana Price", "Marcus Bell"]
    assert "INFORMATION OFFICE." in turns["text"].tolist()[1]  # a caption's line, not a label closed by a stop
    kind = dict(zip(corpus.lines["text"], corpus.lines["kind"], strict=True))
    assert kind[">> [ CROSSTALK ]"] == kind["[ INAUDIBLE ]"] == "stage"
    assert kind["City of Riverton - Public Safety Media Briefing"] != "speech"
    # a transcript with labels of its own and a few marks among them is read as before
    mixed = kit.parse(
        "Anna Lee: Welcome.\n\nTom Berg: Thanks.\n\n>> Applause\n\nAnna Lee: Why now?\n\n>> Noise\n\n"
        "Tom Berg: Because.\n\n>> Music\n\nAnna Lee: Thank you.\n"
    ).turns
    assert mixed["speaker"].tolist() == ["Anna Lee", "Tom Berg", "Anna Lee", "Tom Berg", "Anna Lee"]


def test_a_meeting_softwares_export_lists_names_surname_first_with_a_time():
    turns = kit.parse(
        "Media Availability - Measles Outbreak Update\n\n"
        "Okafor, Chidi (DOH)   0:04\nGood afternoon. Commissioner, over to you.\n\n"
        "Adler, Ruth (DOH)   0:31\nThanks, Chidi. We have 23 confirmed cases.\n\n"
        "Okafor, Chidi (DOH)   2:12\nFirst question is from Jordan Ellis at the Capital Tribune.\n\n"
        "Jordan Ellis (Guest)   2:20\nHow many of the cases were in schools?\n\n"
        "Adler, Ruth (DOH)   2:33\nNine of them.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Chidi Okafor", "Ruth Adler", "Chidi Okafor", "Jordan Ellis", "Ruth Adler"]
    assert turns["time"].tolist()[1] == "0:31"


def test_numbered_questions_and_responses_that_name_who_asks_and_who_answers():
    turns = kit.parse(
        "Press Conference of the Chairperson of the Commission\n\n"
        "Moderator: Please state your name and organisation.\n\n"
        "Question 1 – Abdou Ndiaye, RFI (in French, interpreted): Is this committee any different?\n\n"
        "Response – Chairperson: Yes, because Heads of State sit on it.\n\n"
        "Question 2 – Selamawit Bekele, Ethiopian News Agency: How many states are under sanctions?\n\n"
        "Response – Commissioner Adeyemi: Eight.\n\n"
        "Question 2 (follow-up) – Selamawit Bekele: Which ones?\n\n"
        "Response – Commissioner Adeyemi: I will not name them here.\n"
    ).turns
    asking = turns[turns["role"] == "journalist"]
    assert asking["speaker"].tolist() == ["Abdou Ndiaye", "Selamawit Bekele", "Selamawit Bekele"]
    assert asking["affiliation"].tolist()[:2] == ["RFI", "Ethiopian News Agency"]
    answering_turns = turns.iloc[[2, 4, 6]]
    assert answering_turns["speaker"].tolist() == ["Chairperson", "Commissioner Adeyemi", "Commissioner Adeyemi"]
    assert answering_turns["kind"].tolist() == ["answer"] * 3


def test_a_chat_logs_nicks_in_angle_brackets_are_labels_and_its_notices_are_no_speech():
    corpus = kit.parse(
        "--- Log opened Thu Mar 07 18:55:02 2024\n"
        "18:58 -!- Cllr_Rahman [~ayesha@bristol.gov.uk] has joined #transport-qa\n"
        "19:00 < mod_sam> Evening all, and welcome to tonight's live Q&A with Cllr Rahman.\n"
        "19:00 < Cllr_Rahman> Hi everyone! Thanks for having me.\n"
        '19:01 < mod_sam> First up, from bev: "When is the East Street bus lane going to be finished?"\n'
        "19:02 < Cllr_Rahman> The contractor hit an old gas main in January. We expect it to open in April.\n"
        "19:03 <+bedminster_bev> thanks. will the parking bays come back after?\n"
        "19:05  * Cllr_Rahman does a little dance\n"
        "19:05 < Cllr_Rahman> Some of them. 14 of the 22 bays return.\n",
        source="chat.txt",
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "mod_sam",
        "Cllr_Rahman",
        "mod_sam",
        "Cllr_Rahman",
        "bedminster_bev",
        "Cllr_Rahman",
    ]
    assert turns["time"].tolist()[0] == "19:00" and set(turns["label_shape"]) == {"chat"}
    kind = dict(zip(corpus.lines["line"], corpus.lines["kind"], strict=True))
    assert kind[2] == kind[8] == "stage"
    # a list's bullet and a comparison stay words
    said = kit.parse("Anna Lee: Three things:\n* Housing costs rose\n* Rents < wages> prices\n\nTom Berg: Yes.\n").turns
    assert said["speaker"].tolist() == ["Anna Lee", "Tom Berg"] and "Housing costs rose" in said["text"][0]


def test_a_line_of_the_lead_that_ends_no_sentence_names_the_event():
    """Above the dateline, below the site's name and its menu: "Press conference by ...", too long for a title."""
    corpus = kit.parse(
        "European Council\n\nCouncil of the European Union\n\nPress and media > Press releases\n\n"
        "Press conference by President Lindqvist and President Aubry following the European Council meeting of "
        "21-22 March 2024\n\n22 March 2024\n\n"
        "Spokesperson: Good afternoon. The President will speak first.\n\n"
        "President Lindqvist: We have just concluded a very productive meeting.\n\n"
        "Question: Giulia Ferrante, ANSA. Will the assets be used?\n\n"
        "President Lindqvist: Yes, the windfall profits.\n"
    )
    # (two presidents hold it: a joint press conference)
    assert corpus.documents[["event", "event_source"]].values.tolist() == [["joint_press_conference", "title"]]


def test_a_welsh_name_with_its_particle_and_questions_to_the_first_minister():
    corpus = kit.parse(
        "Plenary\n\n1. Questions to the First Minister\n\n"
        "The Llywydd (Eluned Prys): Questions now from Carys Bevan.\n\n"
        "Carys Bevan: What action is the Government taking on delayed transfers of care?\n\n"
        "The First Minister (Gareth Llewelyn): Thank you. We are adding beds this winter.\n\n"
        "Sioned ap Rhys: Diolch, Llywydd. First Minister, will you publish the figures?\n\n"
        "The First Minister (Gareth Llewelyn): Yes.\n"
    )
    assert corpus.turns["speaker"].tolist()[3] == "Sioned ap Rhys"
    assert corpus.documents["event"].tolist() == ["question_time"]


def test_answers_under_a_bare_a_are_given_to_the_one_the_title_says_briefs():
    turns = kit.parse(
        "Press Briefing by Senior Presidential Secretary for Economic Affairs Choi Jae-won on the Summit\n\n"
        "[Q&A]\n\n"
        "Q : (Yonhap News Agency) Is this a new investment?\n\n"
        "A : It is the same project, but the size is now final.\n\n"
        "Q : (KBS) What about export controls?\n\n"
        "A : I will not go into the details.\n"
    ).turns
    assert turns["speaker"].tolist()[1::2] == ["Choi Jae-won", "Choi Jae-won"]


def test_a_minister_named_by_office_answers_at_question_time_whoever_asks():
    """Where the Speaker stands between each question and its answer, the minister's office in the label tells."""
    turns = kit.parse(
        "National Assembly\n\nQuestion time\n\n"
        "Hon. Speaker: The Cabinet Secretary is in the House. Member for Kiharu, ask your question.\n"
        "Hon. Ndindi Nyoro (Kiharu): Thank you. I rise to ask the Cabinet Secretary:\n"
        "(i) Could the Cabinet Secretary explain why the funds are late?\n"
        "(ii) When will they be paid?\n"
        "Hon. Speaker: Cabinet Secretary, you have the Floor.\n"
        "The Cabinet Secretary for Education (Hon. Ezekiel Machogu): Thank you. The delay was a shortfall in releases\n"
        "from the Treasury. The funds will be released this week.\n"
        "Hon. Speaker: Member for Kiharu, your supplementary question.\n"
        "Hon. Ndindi Nyoro (Kiharu): The Cabinet Secretary made the same promise in January. What guarantee can he give?\n"
        "Hon. Members: Hear! Hear!\n"
        "The Cabinet Secretary for Education (Hon. Ezekiel Machogu): I have discussed it with the Treasury myself.\n"
        "Hon. Speaker: Order! Hon. Mwangi, what is out of order?\n"
        "Hon. Mwangi: On a point of order. Is it in order for the Cabinet Secretary to mislead the House?\n"
        "Hon. Speaker: That is not a point of order. Cabinet Secretary, proceed.\n"
        "The Cabinet Secretary for Education (Hon. Ezekiel Machogu): I will table the schedule on Tuesday.\n"
    ).turns
    by = turns.drop_duplicates("speaker").set_index("speaker")
    assert by.loc["Ezekiel Machogu", ["role", "role_source"]].tolist() == ["official", "label"]
    assert by.loc["Ndindi Nyoro", "role"] == "member"


def test_a_title_a_name_and_a_full_stop_in_mixed_case_as_a_translated_record_has_them():
    turns = kit.parse(
        "Presidency of Mrs Claire Bonnefoy\n\n"
        "The President. The sitting is open.\n\n"
        "The President. The floor is given to Mr Julien Daumas.\n\n"
        "Mr Julien Daumas. Prime Minister, farmers blocked the motorways. Where are the simplifications?\n\n"
        "The President. The floor is given to the Minister of Agriculture.\n\n"
        "Mr Marc Rouvier, Minister of Agriculture and Food Sovereignty. Madam President, the law is on its way.\n\n"
        "Mr Julien Daumas. That is what you said in February.\n\n"
        "Mr Marc Rouvier, minister. It is not false, Mr Daumas.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "The President",
        "The President",
        "Julien Daumas",
        "The President",
        "Marc Rouvier",
        "Julien Daumas",
        "Marc Rouvier",
    ]
    # used once or twice, the shape is words
    prose = kit.parse("Anna Lee: Hello.\n\nBo Chan: Mr Smith. That is who did it.\n\nAnna Lee: Yes.\n").turns
    assert prose["speaker"].tolist() == ["Anna Lee", "Bo Chan", "Anna Lee"]


def test_a_meetings_display_name_and_organisation_are_the_person_and_their_title():
    turns = kit.parse(
        "WEBVTT\n\n00:00:04.100 --> 00:00:16.633\nMargaret Edwin | Africa CDC: Good afternoon to all.\n\n"
        "00:00:34.100 --> 00:00:49.433\nDG Jean Kaseya: Thank you, Margaret.\n\n"
        "00:01:58.267 --> 00:02:08.600\nMargaret Edwin | Africa CDC: We'll go straight to questions.\n"
    ).turns
    assert turns[["speaker", "speaker_title"]].values.tolist()[::2] == [["Margaret Edwin", "Africa CDC"]] * 2


def test_a_chats_post_headers_and_a_podcasts_names_in_brackets_open_turns():
    chat = kit.parse(
        "Mod | Priya — 03/14/2024 7:00 PM\nWelcome! Councillor Baptiste is here for the next hour.\n"
        "Joe Baptiste (Ward 4) — 03/14/2024 7:01 PM\nHi all, fire away.\n"
        "dockside_dee — 03/14/2024 7:02 PM\nWhen will the bus lane open?\n"
        "Joe Baptiste (Ward 4) — 03/14/2024 7:03 PM\nIn April.\n"
    ).turns
    assert chat["speaker"].tolist() == ["Mod | Priya", "Joe Baptiste", "dockside_dee", "Joe Baptiste"]
    assert chat["time"].tolist()[2] == "03/14/2024 7:02 PM"
    podcast = kit.parse(
        "[Music]\n\n[Dan Whitley]\nWelcome back. I'm Dan Whitley.\n\n[Ruth Okoye]\nThanks for having me.\n\n"
        "[Dan Whitley]\nWhere does the farm bill stand?\n\n[Laughter]\n\n[Ruth Okoye]\nStuck, for now.\n"
    )
    assert podcast.turns["speaker"].tolist() == ["Dan Whitley", "Ruth Okoye", "Dan Whitley", "Ruth Okoye"]
    kind = dict(zip(podcast.lines["text"], podcast.lines["kind"], strict=True))
    assert kind["[Music]"] == kind["[Laughter]"] == "stage"


def test_names_in_capitals_and_roles_in_brackets_on_their_own_lines_open_turns():
    """``[AJAY BANGA]`` and ``[PARTICIPANT]`` on their own lines are a town hall's labels; the page's list of its
    speakers above (a name on its own line, then what they are) and ``[MUSIC PLAYING]`` are not."""
    corpus = kit.parse(
        "Civil Society Townhall with World Bank Group President Ajay Banga\n\nSPEAKERS\nAjay Banga\n"
        "President, World Bank Group\nMercy Niwe\nHead, Stakeholder Engagement (Moderator)\n\nTRANSCRIPT\n\n"
        "[MERCY NIWE]\nGood morning, everyone, and welcome to the townhall.\n\n[MUSIC PLAYING]\n\n"
        "[AJAY BANGA]\nThank you, Mercy, and thank you all for being here.\n\n"
        "[MERCY NIWE]\nLet's go to the room. The gentleman here in the second row.\n\n"
        "[PARTICIPANT]\nThank you. My name is Tariq Hussain. Why is IDA lending so slow?\n\n"
        "[AJAY BANGA]\nThat's a fair question, and one I hear in every capital.\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [11, 16, 19, 22, 25]
    assert turns["speaker"].tolist() == ["Mercy Niwe", "Ajay Banga", "Mercy Niwe", "Tariq Hussain", "Ajay Banga"]
    assert corpus.documents["event"].tolist() == ["town_hall"]  # ("Townhall", one word)
    assert corpus.lines["kind"].tolist()[13] == "stage"


def test_a_title_a_name_and_a_dash_are_a_label_where_the_document_uses_them():
    text = (
        "Interview granted by President Luiz Inácio Lula da Silva to Rádio Guaíba\n\n"
        "Journalist Carla Menezes (Rádio Guaíba): Good morning, President. Why is the money so slow to arrive?\n"
        "President Lula — Good morning, Carla. There is bureaucracy, and I am the first to complain about it.\n"
        "Carla Menezes: But the mayors complain about the delays. What will you do?\n"
        "President Lula — We sent people from the Ministry of Cities to help them do this work.\n"
        "Carla Menezes: And the state's debt?\n"
        "President Lula — We suspended the payment of the debt for three years.\n\n"
        "Attendance\nSen. Grace Poe — Chairperson\nMr. Mody Floranda — National President, PISTON\n"
    )
    turns = kit.parse(text).turns
    assert turns["first_line"].tolist() == [3, 4, 5, 6, 7, 8]
    assert turns["speaker"].tolist()[1::2] == ["Luiz Inácio Lula da Silva"] * 3  # (the full name the title gives)
    assert set(turns["label_shape"].tolist()[1::2]) == {"titled_dash"}
    assert turns["text"].iloc[-1].rstrip().endswith("PISTON")  # (a list's rows are no labels)


def test_a_name_in_capitals_a_note_and_a_dash_as_a_senates_shorthand_notes_have_them():
    turns = kit.parse(
        "SHORTHAND NOTES OF THE 14th MEETING OF THE COMMITTEE OF INQUIRY\n\n"
        "MR. PRESIDENT (Jorge Valadares. Bloc Democracy/UNIÃO - GO. Speaking from the Chair.) – The meeting is open.\n\n"
        "MR. CAIO MENEZES BRANDÃO (To testify.) – Good morning, Mr. President.\n\n"
        "MRS. MARTA QUEIROZ (As Rapporteur.) – Mr. Caio, who were the partners of the company?\n\n"
        "MR. CAIO MENEZES BRANDÃO – On the advice of my lawyer, I will remain silent.\n"
    ).turns
    assert turns["first_line"].tolist() == [3, 5, 7, 9]
    assert turns["speaker"].tolist()[1] == turns["speaker"].tolist()[3]
    assert turns["label_shape"].tolist() == ["caps_dash"] * 4
    # a heading in capitals with a dash, once, stays words
    once = kit.parse("Anna Lee: Hello.\n\nTHE ECONOMY – a review of the year.\n\nBo Chan: Yes.\n").turns
    assert once["speaker"].tolist() == ["Anna Lee", "Bo Chan"]


# --- ordinary transcripts that the rules for unseen layouts must leave as they are ---------


def test_times_above_a_name_and_its_words_are_a_transcripts_own_layout_not_captions():
    blocks = [("00:00:05", "Anna Lee", "Welcome to the show."), ("00:00:12", "Tom Berg", "Thanks, Anna.")] * 3
    text = "\n\n".join("\n".join(block) for block in blocks)
    assert kit.parse(text).turns["speaker"].tolist() == ["Anna Lee", "Tom Berg"] * 3
    # a caption's two lines: the second is no chapter's title
    two = "\n".join(
        f"0:{k:02d}\nBob King: Why are fees rising?" + ("\nIs it wages or energy?" if k == 10 else "")
        for k in range(0, 40, 5)
    )
    assert "Is it wages or energy?" in kit.parse(two).turns["text"].str.cat(sep=" ")


def test_quoted_mail_in_a_deposition_and_a_list_of_actions_stay_words():
    deposition = kit.parse(
        "BY MR. SMITH:\n\nQ. What does the e-mail say?\n\nA. It says:\n\n>> Please send the files.\n>> Thanks.\n"
        ">> Bob\n\nQ. Who is Bob?\n\nA. My manager.\n\nQ. Did you send them?\n\nA. No.\n"
    ).turns
    assert deposition["speaker"].tolist()[0] == "Mr. Smith" and "Unnamed speaker" not in set(deposition["speaker"])
    actions = kit.parse(
        "Anna Lee: Let us close with the actions.\n\nTom Berg: Fine. Who does what?\n\n"
        "Anna Lee: Here they are.\n• Bob King: send the budget by Friday\n• Carla Diaz: book the room\n"
        "• Anna Lee: write to the council\n"
    ).turns
    assert actions["speaker"].tolist() == ["Anna Lee", "Tom Berg", "Anna Lee"]


def test_a_first_turn_whose_words_run_on_and_a_roll_call_stay_turns():
    welcome = kit.parse(
        "VICE PRESIDENT HARRIS: PLEASE WELCOME\nTHE PRESIDENT OF THE UNITED STATES.\n\n"
        "THE PRESIDENT: Thank you. Please sit down.\n\nQ Mr. President, will you sign it?\n\nTHE PRESIDENT: Yes.\n"
    ).turns
    assert welcome["first_line"].tolist()[0] == 1
    roll = kit.parse(
        "Chair Tom Reyes: The clerk will call the roll.\n"
        "Maria Lopez: Present\nJames Okoro: Present\nPriya Shah: Here\n"
        "Chair Tom Reyes: Thank you. We have a quorum.\n"
    ).turns
    assert roll["speaker"].tolist()[1:4] == ["Maria Lopez", "James Okoro", "Priya Shah"]


def test_a_byline_a_quarters_figures_an_editors_note_and_a_title_as_initials_name_no_speaker():
    byline = kit.parse(
        "Interview\n\nMaria Lopez, Correspondent\n\nQ: Why did you run?\n\nA: Because no one else would.\n"
    ).turns
    assert byline["speaker"].tolist()[1] != "Maria Lopez"
    earnings = kit.parse(
        "Operator: Welcome to the call.\n\nJane Fox: Thank you. Here are the figures.\n"
        "Q3 Net Revenue: $5.1 billion\nQ3 Operating Margin: 21%\n\nOperator: Questions now.\n"
    ).turns
    assert not {"Net Revenue", "Operating Margin"} & set(earnings["speaker"])
    page = kit.parse(
        "**Is Europe doing enough?**\n\nNo.\n\n**Will you run again?**\n\nYes.\n\n**What next?**\n\nWe wait.\n\n"
        "**This interview has been edited for length and clarity.**\n"
    ).turns
    assert len(page) == 6
    doctor = kit.parse("Dana Reyes met the board.\n\nDR: We start now.\n\nAnna Lee: Fine.\n\nDR: Good.\n").turns
    assert "Dana Reyes" not in set(doctor["speaker"])


def test_a_holder_with_accents_in_the_note_and_html_left_in_a_paste():
    turns = kit.parse(
        "○Chairperson (Koichi Matsuda): The meeting is open.\n"
        "○Government witness (José Álvarez): Thank you.\n"
        "○Chairperson (Koichi Matsuda): Next.\n"
    ).turns
    assert "José Álvarez" in set(turns["speaker"])
    html = kit.parse("<p> Anna Lee: Hello.</p>\n<p> Tom Berg: Hi.</p>\n<p> Anna Lee: So?</p>\n<p> Tom Berg: Yes.</p>\n")
    assert "p" not in set(html.turns["speaker"])


#: Question time whose presiding officer (an office the vocabularies do not hold) calls each member by name.
CALLED_BY_NAME = """\
Plenary: Questions to the First Minister

The Llywydd (Mairi Lennox): Good afternoon. The first item is questions to the First Minister, and the first question is from Tom Garvie.
Tom Garvie: First Minister, 312 people were fit for discharge but still in a hospital bed last month. What will you do about it?
The First Minister (Alun Price): Presiding Officer, we have provided an additional eight million pounds this year for step-down beds, and I expect that number to fall before the summer.
The Llywydd: Question 2 has been withdrawn. Question 3, Nia Rowe.
Nia Rowe: First Minister, the bus contract in my region ends in May. Will you extend it?
The First Minister: Yes, we will extend it for a year while the new network is tendered.
The Llywydd: Questions now from the party leaders. The leader of the opposition, Huw Jenkins.
Huw Jenkins: Thank you, Presiding Officer. First Minister, how much more will the review cost?
The First Minister: Presiding Officer, the review costs what his own party asked it to cost.
"""


def test_a_presiding_officer_who_calls_members_by_name_is_staff():
    # Their calls are longer than a few words and hold no phrase that gives the floor: they end with the name.
    corpus = kit.parse(CALLED_BY_NAME)
    chair = corpus.turns[corpus.turns["speaker"] == "Mairi Lennox"]
    assert chair[["role", "role_source"]].drop_duplicates().values.tolist() == [["staff", "moderator"]]
    assert set(chair["kind"]) == {"interjection"} and chair["exchange_id"].isna().all()
    assert corpus.exchanges["questioner"].tolist() == ["Tom Garvie", "Nia Rowe", "Huw Jenkins"]
    roles = corpus.turns.drop_duplicates("speaker").set_index("speaker")["role"]
    assert roles[["Tom Garvie", "Nia Rowe", "Huw Jenkins", "Alun Price"]].tolist() == ["member"] * 3 + ["official"]


def test_a_speaker_who_thanks_the_next_by_name_first_calls_no_one():
    # "Thank you, Mr. President." opens a delegate's statement: the name is not at its end.
    text = (
        "PRESIDENT: I now give the floor to the delegation of Norway.\n"
        "NORWAY: Thank you, Mr. President. Norway thanks the Special Rapporteur for the report and remains concerned.\n"
        "PRESIDENT: Thank you. I now give the floor to Chile.\n"
        "CHILE: Thank you, Mr. President. Chile aligns itself with the statement of the group and has nothing to add.\n"
        "PRESIDENT: Thank you.\n"
    )
    roles = kit.parse(text).turns.drop_duplicates("speaker").set_index("speaker")["role"]
    assert roles["Norway"] != "staff" and roles["Chile"] != "staff"


#: A verbatim report in Markdown: each name set in bold on a line of its own, closed by a full stop inside the
#: bold, with a note, the language spoken, or the first words after it.
BOLD_NAMES = """\
# Hearing of Ida Berg, Commissioner-designate

**Chair (Jan Nowicki).**
Good evening. Ms Berg, the floor is yours.

**Ida Berg, Commissioner-designate.**
Thank you, Mr Chair. My first priority is the grid.

**Chair.**
Thank you. The first question is from Mr Otto Hahn.

**Otto Hahn (PPE).** (DE)
Will you propose an industrial electricity price, yes or no?

**Ida Berg, Commissioner-designate.**
No. I will propose faster permits.

**Otto Hahn (PPE).** (DE) Follow-up:
So the answer is no?

**Ida Berg, Commissioner-designate.**
The answer is faster permits.

**Why we must act.**
This heading stays in the turn above it.
"""


def test_names_set_in_bold_on_their_own_lines_open_turns():
    turns = kit.parse(BOLD_NAMES).turns
    assert turns["first_line"].tolist() == [3, 6, 9, 12, 15, 18, 21]
    chair = "Jan Nowicki"  # named in the first note, then by office alone
    assert turns["speaker"].tolist() == [chair, "Ida Berg", chair, "Otto Hahn", "Ida Berg", "Otto Hahn", "Ida Berg"]
    assert turns["label_note"].fillna("-").tolist()[:4] == ["Jan Nowicki", "-", "-", "PPE"]
    assert turns["text"].tolist()[5] == "Follow-up:\nSo the answer is no?"  # the words after the name and its language
    assert turns["kind"].tolist()[3:] == ["question", "answer", "follow_up", "answer"]
    assert "**" not in "".join(turns["speaker_label"])
    assert turns["text"].tolist()[6].endswith("Why we must act.**\nThis heading stays in the turn above it.")


def test_a_role_labels_note_names_who_speaks_under_it():
    # A caller's given name and town; a staff member's name and post; a chair named once, then by office alone.
    turns = kit.parse(
        "Telephone town hall with Representative Ann Dalton\n\n"
        "CHAIR (ŁUKASZ NOWAK): Welcome, everyone. Our first caller is on the line.\n\n"
        "CALLER (LINDA, ELKHART): Hi. Why was my husband's check cut?\n\n"
        "REP. DALTON: Because of a rule from 1983, Linda, and I want it repealed.\n\n"
        "CHAIR: Thank you. Next caller.\n\n"
        "CALLER (NAME NOT GIVEN): Are you going to cut Social Security?\n\n"
        "REP. DALTON: No.\n\n"
        "STAFF (DANA REYES, DISTRICT DIRECTOR): We have a voicemail question too.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Łukasz Nowak",
        "Linda",
        "Rep. Dalton",
        "Łukasz Nowak",
        "Audience member",
        "Rep. Dalton",
        "Dana Reyes",
    ]
    assert turns["role"].tolist()[:2] == ["staff", "audience"] and turns["affiliation"].isna().all()


def test_a_title_in_a_label_in_capitals_is_the_speakers_and_a_moderator_asks():
    # "MODERATOR ANA PEÑA:" then "PEÑA:": the title tells her part; a form of address ("MS.") is no title.
    corpus = kit.parse(
        "First presidential debate, translated\n\n"
        "MODERATOR ANA PEÑA: Good evening and welcome. I'm Ana Peña.\n\n"
        "PEÑA: Mr. Urrutia, homicides have doubled in ten years. What would you do first?\n\n"
        "URRUTIA: Put the army on the streets of the north on the first day.\n\n"
        "PEÑA: Ms. Venegas, your reply.\n\n"
        "VENEGAS: The army is not a police force, and it never will be.\n\n"
        "PEÑA: Mr. Urrutia, is the army a police force?\n\n"
        "URRUTIA: It is what the country needs it to be.\n\n"
        "MS. CHANG: Thank you, both. We will be back after the break.\n"
    )
    turns = corpus.turns
    assert corpus.documents["event"].tolist() == ["debate"]
    pena = turns[turns["speaker"] == "Ana Peña"]
    assert set(pena["role"]) == {"interviewer"} and pena["speaker_title"].tolist()[0] == "Moderator"
    assert pena["kind"].tolist()[1:] == ["question", "remark", "follow_up"]
    assert set(turns.loc[turns["speaker"].isin(["Urrutia", "Venegas"]), "role"]) == {"guest"}
    assert turns["speaker_title"].tolist()[-1] is None or pd.isna(turns["speaker_title"].tolist()[-1])


#: A committee's work session as live captions print it, in capitals: a roll call, a chair who gives the floor,
#: senators who ask a witness, and the witness addressing them.
CAPTIONED_COMMITTEE = """\
>> CHAIR ALVAREZ: GOOD AFTERNOON. WOULD THE CLERK PLEASE CALL THE ROLL.
>> CLERK: SENATOR BRIGGS?
>> SEN. BRIGGS: HERE.
>> CLERK: SENATOR PARK?
>> SEN. PARK: HERE.
>> CHAIR ALVAREZ: THANK YOU. DIRECTOR HOLMES, WELCOME. PLEASE BEGIN.
>> DIRECTOR HOLMES: THANK YOU, CHAIR. THE BILL MOVES THE DEADLINE FOR THE PLANS TO 2026.
>> CHAIR ALVAREZ: THANK YOU. SENATOR BRIGGS.
>> SEN. BRIGGS: THANK YOU. DIRECTOR, HOW MANY CITIES HAVE MISSED THE DEADLINE?
>> DIRECTOR HOLMES: ELEVEN, SENATOR, AND FOUR OF THEM ARE SMALL TOWNS.
>> SEN. BRIGGS: AND WHAT HAPPENS TO THEM NOW?
>> DIRECTOR HOLMES: WE HELP THEM WITH A GRANT, SENATOR.
>> CHAIR ALVAREZ: SENATOR PARK.
>> SEN. PARK: DIRECTOR, WHO PAYS FOR THE GRANTS?
>> DIRECTOR HOLMES: THE STATE DOES, SENATOR, FROM THE HOUSING FUND.
>> SEN. PARK: IS THE FUND LARGE ENOUGH FOR ALL ELEVEN?
>> DIRECTOR HOLMES: IT IS, THIS YEAR.
>> CHAIR ALVAREZ: THANK YOU. WE ARE ADJOURNED.
"""


def test_a_roll_call_asks_nothing_and_a_chair_who_gives_the_floor_presides():
    corpus = kit.parse(CAPTIONED_COMMITTEE)
    assert corpus.documents["event"].tolist() == ["hearing"]  # the witness says "SENATOR", in capitals
    roles = corpus.turns.drop_duplicates("speaker").set_index("speaker")["role"]
    assert roles[["Chair Alvarez", "Sen. Briggs", "Sen. Park", "Director Holmes"]].tolist() == [
        "staff",
        "member",
        "member",
        "witness",
    ]
    assert roles["Clerk"] not in ("member", "journalist", "interviewer")  # "SENATOR BRIGGS?" calls the roll
    assert corpus.exchanges["questioner"].tolist() == ["Sen. Briggs", "Sen. Park"]


def test_a_court_that_questions_the_parties_asks_and_its_deputy_clerk_is_staff():
    # At a plea or a sentencing the judge asks (a third of the court's turns or more); a clerk calls the case.
    corpus = kit.parse(
        "SENTENCING HEARING BEFORE THE HONORABLE JUDGE MARIA COLE\n\n"
        "THE DEPUTY CLERK: All rise. Court is in session.\n\n"
        "THE COURT: Please be seated. Mr. Tully, have you and your client reviewed the report?\n\n"
        "MR. TULLY: We have, Your Honor.\n\n"
        "THE COURT: Are there any objections to it?\n\n"
        "MR. TULLY: No objections, Your Honor.\n\n"
        "THE COURT: Ms. Reyes, does the government wish to be heard?\n\n"
        "MS. REYES: Briefly, Your Honor. The government asks for forty months.\n\n"
        "THE COURT: The defendant is sentenced to forty months.\n\n"
        "THE DEPUTY CLERK: All rise.\n"
    )
    turns = corpus.turns
    assert corpus.documents["event"].tolist() == ["hearing"]
    assert set(turns.loc[turns["speaker"] == "The Court", "role"]) == {"member"}
    assert set(turns.loc[turns["speaker"] == "The Deputy Clerk", "role"]) == {"staff"}
    asked = turns.loc[turns["speaker"] == "The Court", "kind"].tolist()
    assert asked == ["question", "follow_up", "follow_up", "remark"]  # (short questions in one exchange follow up)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("DOES TWO THINGS: IT MOVES THE DEADLINE AND IT PAYS FOR THE PLANS.", None),  # a sentence in capitals
        ("THE BOTTOM LINE IS THIS: NO.", None),
        ("Count One: 40 months, to run concurrently.", None),  # a count, numbered in words
        ("Part Two: the plan for the grid", None),
        ("THERESA MAY: Yes, we will.", "THERESA MAY"),  # one word of prose in a name is a name's
        ("WILL HURD: No.", "WILL HURD"),
    ],
)
def test_capitals_that_make_a_sentence_and_numbered_items_are_no_labels(line, name):
    from kit.parsing.labels import match_label

    found = match_label(line)
    assert (found.name if found else None) == name


#: A conference call as investor-relations transcripts lay it out: names on their own lines, an operator who
#: hands over to each caller.
CONFERENCE_CALL = """\
Conference Call Transcript
Update on the Debt Restructuring

Operator
Good afternoon, and welcome to the investor call. After the remarks there will be a question-and-answer session.

Kofi Mensah
Thank you. We have reached an agreement in principle with the official creditors. This is a milestone.

Operator
Our first question comes from the line of Rahul Menon with Tellus Capital. Please go ahead.

Rahul Menon
Thanks for taking my question. Minister, what haircut have the official creditors accepted?

Efua Owusu
We are not able to disclose the terms until the memorandum is signed.

Operator
Our next question comes from Anja Keller with Northbridge. Your line is open.

Anja Keller
Hi. Are the energy sector arrears inside the perimeter?

Efua Owusu
Outside. They are dealt with separately.

Anja Keller
Okay, thanks. And when is the next disbursement?

Kofi Mensah
In April, subject to the Board's approval.
"""


def test_callers_an_operator_hands_over_to_ask_on_a_conference_call():
    corpus = kit.parse(CONFERENCE_CALL)
    assert corpus.documents[["event", "event_source"]].values.tolist() == [["briefing", "title"]]
    roles = corpus.turns.drop_duplicates("speaker").set_index("speaker")[["role", "role_source"]]
    assert roles.loc[["Rahul Menon", "Anja Keller"], "role_source"].tolist() == ["moderator", "moderator"]
    assert set(roles.loc[["Rahul Menon", "Anja Keller"], "role"]) <= set(kit.schema.ASKING_ROLES)
    assert set(roles.loc[["Kofi Mensah", "Efua Owusu"], "role"]) <= set(kit.schema.ANSWERING_ROLES)
    assert corpus.exchanges["questioner"].tolist() == ["Rahul Menon", "Anja Keller"]


def test_a_president_who_hands_the_floor_over_after_each_speaker_presides():
    # The president speaks after each question, so the words alone would make them answer.
    corpus = kit.parse(
        "Interactive dialogue with the Special Rapporteur\n\n"
        "PRESIDENT: I call the meeting to order. Ms. Nwosu, you have the floor.\n\n"
        "AMARA NWOSU: Thank you, Mr. President. Evictions in the name of flood control have doubled since 2019, "
        "and the people evicted are rarely consulted, rarely compensated and rarely rehoused near their work.\n\n"
        "PRESIDENT: Thank you. I now give the floor to Portugal.\n\n"
        "PORTUGAL: Thank you, Mr. President. How can States consult people before an eviction?\n\n"
        "PRESIDENT: Thank you. Belgium, on behalf of the European Union.\n\n"
        "EUROPEAN UNION: Thank you. What guidance will you give on compensation?\n\n"
        "PRESIDENT: Thank you. Brazil.\n\n"
        "BRAZIL: Thank you. Does the report cover informal settlements?\n\n"
        "AMARA NWOSU: It does, and so will my next report on consultation and compensation, in full.\n",
        event="debate",  # (a kind where who asks and who answers is read from the turns)
    )
    turns = corpus.turns
    assert set(turns.loc[turns["speaker"] == "President", "role"]) == {"staff"}
    assert set(turns.loc[turns["speaker"] == "President", "kind"]) == {"interjection"}


def test_what_a_review_found_the_new_rules_must_not_do():
    # A note that is no person names no one; a journalist who ends by naming whom they ask is no moderator;
    # one interviewed whose title presides answers; a debater who rebuts one rival by name is no moderator.
    turns = kit.parse(
        "MODERATOR: Welcome.\n\nANNA LEE: Thanks.\n\nMODERATOR (OFF MIC): Next question.\n\n"
        "BO CHAN: Why now?\n\nANNA LEE: Because.\n\nMODERATOR: Thank you.\n"
    ).turns
    assert set(turns.loc[turns["speaker_label"] == "MODERATOR", "speaker"]) == {"Moderator"}
    press = kit.parse(
        "Press conference of the Treasurer\n\n"
        "Sam Hill: Good morning. The budget is balanced for the first time in a decade.\n\n"
        "Lisa Park: Lisa Park, ABC. My question is on housing, and it is for the Treasurer, Sam Hill.\n\n"
        "Sam Hill: We will build ten thousand homes this year.\n"
    ).turns
    assert press.set_index("speaker").loc["Lisa Park", ["role", "affiliation"]].tolist() == ["journalist", "ABC"]
    interview = kit.parse(
        "Interview with Speaker Nancy Pelosi\n\n"
        "ANNA LEE: Madam Speaker, will the bill pass?\n\nSPEAKER PELOSI: It will pass this week, with votes to spare.\n\n"
        "ANNA LEE: And the Senate?\n\nSPEAKER PELOSI: The Senate will do its job, as it always does in the end.\n\n"
        "ANNA LEE: Why are you so sure?\n\nSPEAKER PELOSI: Because I count the votes myself, every one of them.\n"
    ).turns
    assert set(interview.loc[interview["speaker"] == "Speaker Pelosi", "role"]) == {"guest"}
    debate = kit.parse(
        "MODERATOR: Mr. Ruiz, your plan for the schools?\n\n"
        "RUIZ: Smaller classes, paid for by the surplus, in every district of the city.\n\n"
        "BELL: That's just wrong, Mr. Ruiz.\n\nRUIZ: It is in the budget, page nine.\n\n"
        "BELL: Wrong again, Mr. Ruiz.\n\nRUIZ: Read page nine.\n\n"
        "MODERATOR: Ms. Bell, your plan?\n\nBELL: Longer days and better pay for every teacher we have.\n",
        event="debate",
    ).turns
    assert set(debate.loc[debate["speaker"] == "Bell", "role"]) != {"staff"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("**Energy Security**", None),  # a heading in bold: no stop inside the bold
        ("MS. DO AN: Thank you.", "MS. DO AN"),  # a titled name whose words are prose words too
    ],
)
def test_headings_in_bold_and_titled_names_in_capitals(line, name):
    from kit.parsing.labels import match_label, match_name_line

    found = match_label(line) or match_name_line(line)
    assert (found.name if found else None) == name


def test_a_trials_procedural_questions_leave_the_court_presiding_and_a_callers_note_must_name_someone():
    turns = kit.parse(
        "MR. LOWE: Objection, Your Honor.\n\nTHE COURT: Overruled.\n\nMS. PRICE: Where were you that night?\n\n"
        "THE WITNESS: At home.\n\nMS. PRICE: Alone?\n\nTHE WITNESS: Yes.\n\nTHE COURT: Cross-examination? Mr. Lowe?\n\n"
        "MR. LOWE: Were you alone all night?\n\nTHE WITNESS: Yes.\n\nMR. LOWE: Objection withdrawn.\n\n"
        "THE COURT: Sustained.\n\nTHE COURT: Anything else? Redirect?\n\nMS. PRICE: No.\n\nTHE COURT: Recess.\n\n"
        "CALLER (UNIDENTIFIED, DAYTON): Hello?\n"
    ).turns
    assert set(turns.loc[turns["speaker"] == "The Court", "role"]) == {"staff"}
    assert turns["speaker"].tolist()[-1] != "Unidentified"


#: A printed hearing as a government printer sets it: each paragraph opens with an indent and runs on at the
#: margin, each label a title and a name in mixed case closed by a full stop, many answers of one line.
PRINTED_HEARING = """\
         STATEMENT OF HON. ROGER WICKER, U.S. SENATOR FROM MISSISSIPPI

    Senator Wicker. Thank you, Madam Chair. I welcome the nominee
and her family.
    The Chair. Thank you, Senator Wicker. Ms. Doe, please proceed
with your statement.

       STATEMENT OF JANE Q. DOE, NOMINEE TO BE ADMINISTRATOR

    Ms. Doe. Thank you, Chair Cantwell, Ranking Member Wicker, and
members of the Committee. It is an honor to appear before you.
    The Chair. Thank you. Ms. Doe, how will you address the
controller shortage?
    Ms. Doe. Senator, hiring is my first priority. We will double
the academy's classes.
    The Chair. And the timeline?
    Ms. Doe. Eighteen months.
    Senator Wicker. Ms. Doe, will you commit to visiting Mississippi's
airports?
    Ms. Doe. Yes, Senator.
    Senator Klobuchar. Thank you. Ms. Doe, what about the backlog of
safety inspections?
    Ms. Doe. We have cut it by a third this year.
    The Chair. The record will stay open for two weeks. We are
adjourned.
"""


def test_a_printed_hearings_indented_titled_labels_open_turns_and_its_questioning_chair_asks():
    corpus = kit.parse(PRINTED_HEARING)
    turns = corpus.turns
    # every indented paragraph opens a turn, though most of them are one line long ("hanging" would read them
    # as the run-on lines of the paragraphs at the margin)
    assert turns["first_line"].tolist() == [3, 5, 10, 12, 14, 16, 17, 18, 20, 21, 23, 24]
    assert turns["speaker"].tolist()[:4] == ["Senator Wicker", "The Chair", "Ms. Doe", "The Chair"]
    assert corpus.documents.loc[0, "event"] == "hearing"
    # the chair questions the nominee in a third of her turns: she asks with the members, the nominee answers
    by = turns.set_index("first_line")
    assert by.loc[12, "role"] == "member" and by.loc[12, "kind"] == "question"
    assert by.loc[16, "kind"] == "follow_up"
    assert set(by.loc[by["speaker"] == "Ms. Doe", "role"]) == {"witness"}
    assert by.loc[[14, 17, 20, 23], "kind"].tolist() == ["answer"] * 4


def test_a_chair_who_only_gives_the_floor_stays_staff():
    turns = kit.parse(
        "    The Chair. The committee will come to order. Senator Wicker.\n"
        "    Senator Wicker. Ms. Doe, when will the academy double its classes\nand who will pay?\n"
        "    Ms. Doe. Next year, Senator, from the budget we\nrequested.\n"
        "    The Chair. Thank you. Senator Klobuchar.\n"
        "    Senator Klobuchar. Ms. Doe, what about the backlog of the safety\ninspections?\n"
        "    Ms. Doe. We have cut it by a third this year, and we\nwill cut it further.\n"
        "    The Chair. We are adjourned.\n"
    ).turns
    assert set(turns.loc[turns["speaker"] == "The Chair", "role"]) == {"staff"}
    assert set(turns.loc[turns["speaker"] == "Senator Klobuchar", "role"]) == {"member"}
    # nor one who gives the floor with a question that a member answers, nor a Speaker who asks for order
    asking = kit.parse(
        "Senate Committee on Commerce - Nomination Hearing\n\n"
        "The Chairman: The committee will come to order. Senator Wicker, would you like to begin?\n\n"
        "Senator Wicker: Thank you. Ms. Doe, when will the academy double its classes?\n\n"
        "Ms. Doe: Next year, Senator, from the budget we requested.\n\n"
        "The Chairman: Thank you. Senator Klobuchar?\n\n"
        "Senator Klobuchar: Ms. Doe, what about the backlog of safety inspections?\n\n"
        "Ms. Doe: We have cut it by a third this year.\n\n"
        "The Chairman: Senator Cruz, are you ready?\n\n"
        "Senator Cruz: Ms. Doe, will you testify again in the spring?\n\n"
        "Ms. Doe: Yes, Senator, gladly.\n"
    ).turns
    assert set(asking.loc[asking["speaker"] == "The Chairman", "role"]) == {"staff"}
    order = kit.parse(
        "Prime Minister's Questions\n\nMr Speaker: Order. Questions to the Prime Minister. Mr Jim Shannon?\n\n"
        "Jim Shannon: Will the Prime Minister meet me to discuss the fishing fleet?\n\n"
        "The Prime Minister: I will.\n\nMr Speaker: Order. Can we calm down? Prime Minister.\n\n"
        "The Prime Minister: The fleet will have our support.\n\n"
        "Mr Speaker: Does the hon. Member wish to withdraw that remark?\n\nJim Shannon: I do.\n"
    ).turns
    assert set(order.loc[order["speaker"] == "Mr Speaker", "role"]) == {"staff"}


def test_a_journalists_outlet_then_surname_as_a_foreign_ministry_prints_them():
    turns = kit.parse(
        "Minister Hayashi: Good morning. I have one announcement today.\n"
        "Kyodo News, Sakai: I would like to ask about the G20 meeting. What will you raise?\n"
        "Minister Hayashi: I will raise our concerns directly.\n"
        "NHK, Tanaka: On the Ukraine conference, what is Japan's contribution?\n"
        "Minister Hayashi: We will announce it at the conference.\n"
        "Mori, Asahi Shimbun: A follow-up on that. Is it financial?\n"
        "Minister Hayashi: I will refrain from going into details.\n"
    ).turns
    asking = turns[turns["role"] == "journalist"]
    assert asking["speaker"].tolist() == ["Sakai", "Tanaka", "Mori"]
    assert asking["affiliation"].tolist() == ["Kyodo", "NHK", "Asahi Shimbun"]
    assert asking["kind"].tolist() == ["question"] * 3
    # a surname and a first name are no outlet's and its journalist, nor is a place and its state
    from kit.parsing.labels import split_name

    assert split_name("Okafor, Chidi") == ("Okafor, Chidi", None)
    briefing = kit.parse(
        "Press Briefing by Press Secretary Karine Jean-Pierre\n\nWashington, DC: James S. Brady Press Briefing Room\n\n"
        "MS. JEAN-PIERRE: Good afternoon.\n\nQ Thank you, Karine. Will the President sign the bill?\n\n"
        "MS. JEAN-PIERRE: He will.\n"
    ).turns
    assert "Washington" not in briefing["speaker"].tolist()


def test_initials_and_a_wide_gap_named_by_a_speaker_key_under_time_marks():
    corpus = kit.parse(
        "WHO press conference on global health issues - transcript\n\n"
        "Speaker key:\nCL Christian Lindmeier\nTAG Dr Tedros Adhanom Ghebreyesus\nMR Dr Michael Ryan\nJA Jamil\n"
        "GI Gabriela\n\n"
        "00:00:00\nCL          Hello and welcome to today's press conference here from Geneva. Dr Tedros, please."
        "\n\n00:00:52\nTAG        Thank you, Christian. Since the beginning of this year, more than 12,000 suspected "
        "cases of mpox have been reported, and we are supporting the response with partners on the ground.\n\n"
        "00:03:10\nCL          Thank you very much, Dr Tedros. The first question goes to Jamil. Jamil, please.\n\n"
        "00:03:30\nJA          Thank you, Christian. My question is about Gaza. How many children will the "
        "campaign reach, and how soon can it begin?\n\n"
        "00:04:40\nMR          Thank you, Jamil. We are looking at over a million doses to reach children under ten "
        "in the first round, and we hope to begin within weeks.\n\n"
        "00:06:00\nCL          Thank you. One more question, from Gabriela. Gabriela, please.\n\n"
        "00:06:10\nGI          Thank you so much. On the pandemic agreement, are you confident it will be "
        "adopted by the end of the year?\n\n"
        "00:07:00\nTAG        Thank you. I am confident, yes. Member States have shown that they want it done.\n"
    )
    turns = corpus.turns
    assert turns["label_shape"].tolist() == ["initials"] * 8
    # a key's full names, its first names alone too ("JA Jamil"), and "MR", a title's letters, as the key has it
    assert turns["speaker"].tolist() == [
        "Christian Lindmeier",
        "Tedros Adhanom Ghebreyesus",
        "Christian Lindmeier",
        "Jamil",
        "Michael Ryan",
        "Christian Lindmeier",
        "Gabriela",
        "Tedros Adhanom Ghebreyesus",
    ]
    assert turns.set_index("speaker").loc["Jamil", "kind"] == "question"
    assert corpus.lines.loc[corpus.lines["text"] == "00:03:10", "kind"].tolist() == ["cue"]
    # a table's rows of abbreviations and figures, or the shape used twice, are no labels
    table = kit.parse("Anna Lee: Here are the figures.\n\nUSA    12    14    16\nUK     10    11    12\n").turns
    assert table["speaker"].tolist() == ["Anna Lee"]
    twice = kit.parse("Anna Lee: Two notes.\n\nNB    Read the key first, then the text.\n\nPS    Keep it.\n").turns
    assert twice["speaker"].tolist() == ["Anna Lee"]
    # nor are a glossary's abbreviations, each once, nor a report's parts in Roman numerals
    glossary = kit.parse(
        "Anna Lee: The terms we use.\n\nNATO   North Atlantic Treaty Organization, the alliance of 32 states\n"
        "OSCE   Organization for Security and Co-operation in Europe\nCSDP   Common Security and Defence Policy "
        "of the Union\nEEAS   European External Action Service, the Union's diplomatic service\n"
    ).turns
    assert glossary["speaker"].tolist() == ["Anna Lee"]
    parts = kit.parse(
        "Chair: The report has five parts.\n\nII   The Events of the Night of the Fire in the Tower\n\n"
        "III  The Response of the Fire Service on the Night\n\nIV   The Role of the Council and Its Contractors\n\n"
        "II   The Events, a Second Reading of the Night\n\nIII  The Response, Read Again in Full Here\n"
    ).turns
    assert parts["speaker"].tolist() == ["Chair"]


#: An earnings call as a transcript service prints it: a site's menu above, names on their own lines with
#: " -- " before the title (and the firm, for an analyst), a list of the call's participants below.
EARNINGS_CALL = """\
Accessibility Menu
The Motley Fool
Premium Services

Calloway Outdoor Brands (CLWY) Q3 2024 Earnings Call Transcript

Operator

Good morning, and welcome to the third quarter earnings call. I would now like to turn the call over to Mark.

Mark Whitaker -- Chief Executive Officer

Thanks, and good morning, everyone. We delivered a solid third quarter, with net sales up 6%.

Operator

Our first question comes from the line of Peter Walsh with KeyBanc Capital Markets. Please go ahead.

Peter Walsh -- KeyBanc Capital Markets -- Analyst

Hi, good morning. Can you talk about what you're seeing in October so far?

Mark Whitaker -- Chief Executive Officer

Sure, Peter. October is tracking in line with our plan.

Operator

Our next question comes from Dana Kim with Jefferies.

Dana Kim -- Jefferies -- Analyst

Thanks. How should we think about margins next year?

Mark Whitaker -- Chief Executive Officer

We expect them to hold, Dana.

Call participants:

Mark Whitaker -- Chief Executive Officer

Peter Walsh -- KeyBanc Capital Markets -- Analyst

Dana Kim -- Jefferies -- Analyst

More CLWY analysis
"""


def test_an_earnings_calls_names_with_double_hyphens_its_analysts_ask_and_its_menu_and_list_are_no_turns():
    corpus = kit.parse(EARNINGS_CALL)
    turns = corpus.turns
    assert turns["first_line"].tolist() == [7, 11, 15, 19, 23, 27, 31, 35]  # not the menu, not the list
    assert turns["speaker"].tolist()[1:5] == ["Mark Whitaker", "Operator", "Peter Walsh", "Mark Whitaker"]
    assert corpus.documents.loc[0, "event"] == "briefing"  # an earnings call, from the title under the menu
    by = turns.set_index("first_line")
    # an analyst's title does not say which side: the operator hands over, they ask and the company answers
    assert by.loc[[19, 31], "role"].tolist() != ["official"] * 2
    assert set(by.loc[[19, 31], "role"]) <= set(kit.schema.ASKING_ROLES)
    assert by.loc[[19, 31], "kind"].tolist() == ["question"] * 2
    assert by.loc[23, "kind"] == "answer"


#: A public inquiry's transcript as its court reporters print it: numbered lines, a running header, the
#: witness sworn in on a line of their own, counsel's question that the first A. answers, then Q. and A.
INQUIRY = """\
16 October 2023        Public Inquiry        Day 7

 1 (10.30 am)
 2 LADY HALLETT: Mr O'Connor.
 3 MR O'CONNOR: Good morning, my Lady. Our first witness
 4 this morning is Professor Mark Woolhouse.
 5 PROFESSOR MARK WOOLHOUSE (affirmed)
 6 Questions from COUNSEL TO THE INQUIRY
 7 MR O'CONNOR: Could you give us your full name, please.
 8 A. Mark Edward John Woolhouse.
 9 Q. You are a professor of infectious disease epidemiology
10 at the University of Edinburgh, are you not?
11 A. I am, yes.
12 Q. And you sat on the modelling subgroup of the advisory
13 group throughout the pandemic?
14 A. That's correct, from its first meeting until the end.
15 MS PRICE: My Lady, may I put two questions on behalf
16 of the bereaved families?
17 LADY HALLETT: Yes, Ms Price.
18 MS PRICE: Professor, when did you first warn of the risk
19 to care homes?
20 A. In March, in a paper to the subgroup.
21 Q. Was that paper shared with ministers?
22 THE WITNESS: I believe it was, but I cannot be sure when.
23 LADY HALLETT: Thank you. We will break there.

1

16 October 2023        Public Inquiry        Day 7
"""


def test_an_inquirys_q_and_a_name_the_counsel_who_asks_and_the_witness_sworn_in():
    turns = kit.parse(INQUIRY).turns
    by = turns.set_index("first_line")
    # the witness sworn in answers every A., and THE WITNESS is she too
    assert set(by.loc[[10, 13, 16, 22, 24], "speaker"]) == {"Mark Woolhouse"}
    # the Q.s are put by the counsel whose question the first A. answered, then by the next counsel
    assert by.loc[[11, 14], "speaker"].tolist() == ["Mr O'Connor"] * 2
    assert by.loc[23, "speaker"] == "Ms Price"
    # the line that swears her in is no turn, and no one's words
    assert 7 not in by.index and "(affirmed)" not in " ".join(turns["text"])
    # a Q. or an A. after any sentence's end opens a turn in the hard-wrapped record; so does a label after a
    # heading short of the width
    assert {9, 10, 13, 16} <= set(by.index)


def test_a_records_chair_lines_name_who_speaks_under_the_offices_label():
    corpus = kit.parse(
        "NATIONAL ASSEMBLY\nOFFICIAL REPORT\n\n"
        "[The Speaker (Hon. Moses Wetang'ula) in the Chair]\n\n"
        "Hon. Speaker: Order, Hon. Members. The first Question is by Hon. Odhiambo.\n\n"
        "Hon. (Ms.) Millie Odhiambo (Suba North, ODM): Thank you, Hon. Speaker. When will the road be finished?\n\n"
        "The Cabinet Secretary for Roads (Hon. Davis Chirchir): By June, Hon. Speaker.\n\n"
        "[The Speaker (Hon. Moses Wetang'ula) left the Chair]\n\n"
        "[The Deputy Speaker (Hon. Gladys Boss Shollei) took the Chair]\n\n"
        "Hon. Deputy Speaker: Hon. Kaluma, you have the Floor.\n\n"
        "Hon. Peter Kaluma (Homa Bay Town, ODM): Thank you, Hon. Deputy Speaker. Will the road be tolled?\n\n"
        "The Cabinet Secretary for Roads (Hon. Davis Chirchir): Hon. Deputy Speaker, it will not.\n\n"
        "Hon. Deputy Speaker: Very well. Next Question.\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Moses Wetang'ula",
        "Millie Odhiambo",
        "Davis Chirchir",
        "Gladys Boss Shollei",
        "Peter Kaluma",
        "Davis Chirchir",
        "Gladys Boss Shollei",
    ]
    assert set(turns.loc[turns["speaker"] == "Gladys Boss Shollei", "role"]) == {"staff"}
    # the chair lines are the editors', no one's words
    chair_lines = corpus.lines[corpus.lines["text"].str.contains("the Chair]")]
    assert set(chair_lines["kind"]) == {"editorial"} and chair_lines["turn_id"].isna().all()


def test_a_council_meetings_members_ask_its_officers():
    corpus = kit.parse(
        "Lakewood City Council Regular Meeting\n\n"
        "Mayor Walsh (00:00):\nGood evening. I call this regular meeting to order. Tom, the ordinance, please.\n\n"
        "Tom Becker (00:41):\nThank you, Mayor. Tom Becker, planning director. The ordinance caps the permits at 350.\n\n"
        "Mayor Walsh (01:49):\nThank you, Tom. I'll open it up to questions from council. Council Member Alvarez.\n\n"
        "Council Member Alvarez (01:54):\nThanks, Tom. How did staff arrive at the number 350?\n\n"
        "Tom Becker (02:03):\nIt is roughly 2% of the city's housing units.\n\n"
        "Council Member Okafor (02:39):\nDid staff look at a sunset on existing permits instead?\n\n"
        "Tom Becker (02:51):\nWe did. The city attorney advised against it.\n"
    )
    turns = corpus.turns.set_index("first_line")
    assert corpus.documents.loc[0, "event"] == "meeting"
    assert turns.loc[[12, 18], "role"].tolist() == ["member"] * 2
    assert turns.loc[[12, 18], "kind"].tolist() == ["question"] * 2
    assert turns.loc[[15, 21], "kind"].tolist() == ["answer"] * 2


def test_joint_before_any_news_conferences_wording_names_a_joint_press_conference():
    corpus = kit.parse(
        "Prime Minister Justin Trudeau and Chancellor Olaf Scholz hold a joint media availability\n\n"
        "Moderator: First question, please.\n\nReporter: Prime Minister, will Canada export gas to Germany?\n\n"
        "Prime Minister Justin Trudeau: We are looking at every option.\n\n"
        "Reporter: Chancellor, is that enough?\n\nChancellor Olaf Scholz: It is a start.\n"
    )
    assert corpus.documents.loc[0, "event"] == "joint_press_conference"
    assert corpus.documents.loc[0, "event_source"] == "title"


def test_a_results_initial_and_surname_in_capitals_is_no_answer_label():
    corpus = kit.parse(
        "Press Conference\n\nA. ZVEREV/G. Brouwer\n\n6-4, 7-6, 7-6\n\n"
        "THE MODERATOR: Welcome to the press conference.\n\nQ. How did you feel out there today?\n\n"
        "ALEXANDER ZVEREV: I felt good, honestly.\n\nQ. And the knee?\n\nALEXANDER ZVEREV: No problem at all.\n"
    )
    assert corpus.turns["first_line"].tolist() == [7, 9, 11, 13, 15]
    assert "A" not in corpus.turns["speaker_label"].tolist()


def test_a_numbered_voice_who_gives_their_name_is_that_person():
    turns = kit.parse(
        "Mayor Walsh (03:09):\nWe move to public comment. Please state your name.\n\n"
        "Speaker 1 (03:24):\nHi. My name is Dana Whitfield, and I live on Birch Street. Who will enforce the rule?\n\n"
        "Mayor Walsh (04:01):\nThank you, Ms. Whitfield. Tom?\n\n"
        "Tom Becker (04:06):\nThe higher fee funds two new positions.\n\n"
        "Speaker 1 (04:12):\nThank you.\n\n"
        "Speaker 2 (04:19):\nGood evening. I'm Very Glad, I have two units on the east side.\n\n"
        "Mayor Walsh (04:45):\nThank you.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Mayor Walsh", "Dana Whitfield", "Mayor Walsh", "Tom Becker", "Dana Whitfield", "Speaker 2", "Mayor Walsh"
    ]  # fmt: skip
    hall = kit.parse(
        "Speaker 1 (00:00):\nGood evening. I'm Sarah Lindquist, news director at the radio, and I'll moderate.\n\n"
        "Speaker 2 (00:40):\nThank you, Sarah. It is good to be in Bend tonight.\n\n"
        "Speaker 1 (01:20):\nFirst question, please.\n\n"
        "Speaker 4 (02:51):\nGood evening. Don Pettit, I'm a retired firefighter. Where does the map stand?\n\n"
        "Speaker 2 (03:10):\nWe withdrew it, Don.\n"
    ).turns
    assert hall["speaker"].tolist() == ["Sarah Lindquist", "Speaker 2", "Sarah Lindquist", "Don Pettit", "Speaker 2"]
    board = kit.parse(
        "Chair Dunn  0:10\nTrustees, questions on the phone policy?\n\n"
        "Speaker 5  2:38\nMaybe I can take that one, through the Chair. The policy exempts medical needs.\n\n"
        "Chair Dunn  2:59\nThank you. Could you introduce yourself for the record?\n\n"
        "Speaker 5  3:04\nOh, sorry. Marisol Vega, superintendent of learning for special education.\n\n"
        "Speaker 6  3:20\nThank you, Chair. Jane Lee, could you say when it starts?\n\n"
        "Speaker 5  3:30\nIn September.\n"
    ).turns
    assert board["speaker"].tolist()[1::2] == ["Marisol Vega", "Marisol Vega", "Marisol Vega"]
    assert board["speaker"].tolist()[4] == "Speaker 6"  # a name called, not given


def test_a_verbatim_reports_chair_heading_names_the_president_and_a_named_speakers_note_may_be_in_small_letters():
    turns = kit.parse(
        "Verbatim report of proceedings\n\nIN THE CHAIR: ROBERTA METSOLA\nPresident\n\n"
        "  President. – The next item is the Council and Commission statements.\n\n"
        "  Manfred Weber, on behalf of the PPE Group. – Madam President, Europe must act now.\n\n"
        "  Valérie Hayer, on behalf of the Renew Group. – Madam President, we agree on the goal.\n\n"
        "  Balázs Hidvéghi (NI), blue-card question. – Madam Hayer, will you vote for it?\n\n"
        "  Valérie Hayer (Renew), blue-card answer. – Yes, I will.\n\n"
        "IN THE CHAIR: PINA PICIERNO\nVice-President\n\n"
        "  President. – The debate is closed.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Roberta Metsola",
        "Manfred Weber",
        "Valérie Hayer",
        "Balázs Hidvéghi",
        "Valérie Hayer",
        "Pina Picierno",
    ]


def test_an_office_used_once_with_its_time_among_timed_labels_opens_a_turn():
    turns = kit.parse(
        "Mayor Walsh (05:10):\nWe will now vote on the ordinance.\n\n"
        "Tom Becker (05:15):\nStaff recommends approval.\n\n"
        "Mayor Walsh (05:24):\nThank you. Madam Clerk, please call the roll.\n\n"
        "City Clerk (05:27):\nFive ayes, two nays. The motion carries.\n\n"
        "Mayor Walsh (05:44):\nThe ordinance passes. We are adjourned.\n"
    ).turns
    assert turns["first_line"].tolist() == [1, 4, 7, 10, 13]
    assert turns.loc[3, "speaker"] == "City Clerk" and turns.loc[3, "time"] == "05:27"


def test_words_under_a_label_alone_on_its_line_keep_their_line_numbers():
    corpus = kit.parse("Anna Lee: Hello there.\nVladimir Putin:\n\nBecause we decided so.\nAnd we stand by it.\n")
    assert corpus.sentences["line"].tolist() == [1, 4, 5]
    assert kit.kwic(corpus.turns, "stand")["line"].tolist() == [5]
    court = kit.parse(COURT)
    lines = court.lines["text"].tolist()
    for row in court.sentences.itertuples():  # each sentence's first words stand on its line
        assert row.text.split()[0] in lines[row.line - 1]


def test_only_counsel_in_a_sworn_record_puts_the_qs_that_follow_an_answered_question():
    record = kit.parse(
        "MR DAVID BROWN (sworn)\nMR HOLLAND: Mr Brown, please give the court your full name.\nA. David Anthony Brown.\n"
        "Q. You were the finance director in 2019?\nA. I was.\n"
        "MR JUSTICE FRASER: Before you go on, Mr Holland, did you sign them before or after the audit?\n"
        "A. After the audit, my Lord.\nMR HOLLAND: I am grateful, my Lord.\nQ. Who prepared the figures?\n"
        "A. The auditors did.\n"
    ).turns
    assert record.loc[record["first_line"] == 9, "speaker"].tolist() == ["Mr Holland"]  # not the judge
    press = kit.parse(
        "Press Secretary: Questions, please.\n\nMr. Tanaka (NHK): Will the minister visit Seoul?\n\n"
        "A: Nothing has been decided.\n\nQ: A question from Reuters. When will you decide?\n\nA: Soon.\n"
    ).turns
    assert press.loc[press["first_line"] == 7, "speaker"].tolist() != ["Mr. Tanaka"]
    assert "The Witness" not in press["speaker"].tolist()


def test_stop_shapes_leave_articles_vocatives_headings_and_short_answers_alone():
    article = kit.parse(
        "Who to watch at the hearing\n\n"
        "Rep. Jerry Nadler. The New York Democrat chairs the committee and will open the hearing.\n\n"
        "Rep. Jim Jordan. The Ohio Republican is the ranking member and will question first.\n\n"
        "Rep. Zoe Lofgren. The California Democrat has sat on the committee since 1995.\n\n"
        "Rep. Matt Gaetz. The Florida Republican is expected to press the witness hard.\n"
    )
    assert article.turns.empty
    statement = kit.parse(
        "Chairman Rogers: General Brown, your statement.\n\n"
        "General Brown: Thank you.\n    Mr. Chairman. Ranking Member Smith. Members of the committee.\n"
        "    Mr. Chairman. I am honoured to appear.\n    Mr. Chairman. Our forces are ready.\n\n"
        "Chairman Rogers: Thank you, General.\n"
    ).turns
    assert "Mr. Chairman" not in statement["speaker"].tolist()
    bill = kit.parse(
        "A BILL\n\n    CONGRESSIONAL FINDINGS. Congress finds that the backlog of inspections\nhas grown.\n"
        "    INSPECTION BACKLOG. The Administrator shall report on the backlog\nevery year.\n"
        "    AUTHORIZATION OF APPROPRIATIONS. There are authorized such sums\nas are necessary.\n"
    )
    assert bill.turns.empty
    short = kit.parse("Q. Can we talk to him after this?\n\nA. OK\n\nQ. Now?\n\nA. YES\n").turns
    assert short["speaker_label"].tolist() == ["Q", "A", "Q", "A"]
    from kit.parsing.labels import match_label  # a tab after a shortened title stays a gap

    assert [match_label(line).name for line in ("Mr.\tSMITH. Thank you.", "Mr\tPresident. – Thank you.")] == [
        "Mr. SMITH",
        "Mr President",
    ]


def test_a_name_seen_once_above_a_short_reply_and_a_dateline_with_a_double_hyphen():
    show = kit.parse(
        "Anna Lee\nWelcome to the show. Today we talk about housing with two guests.\n\n"
        "Marcus Bell\nThanks, Anna. Rents went up again this year, by eight percent.\n\n"
        "Anna Lee\nAnd our second guest joins us now. Welcome.\n\n"
        "Priya Nair\nGreat to be here\n\n"
        "Anna Lee\nPriya, what do you make of the figures?\n\n"
        "Marcus Bell\nLet me add one thing first, if I may.\n"
    ).turns
    assert "Priya Nair" in show["speaker"].tolist()
    call = kit.parse(
        "New York -- Reuters\nThe company reported its results on Thursday.\n\n"
        "Operator\nGood morning, and welcome to the call. I will now turn it over to Mark.\n\n"
        "Mark Whitaker -- Chief Executive Officer\nThanks. We delivered a solid quarter.\n\n"
        "Operator\nOur first question comes from Dana Kim with Jefferies.\n\n"
        "Dana Kim -- Jefferies -- Analyst\nHow should we think about margins next year?\n\n"
        "Mark Whitaker -- Chief Executive Officer\nWe expect them to hold.\n"
    ).turns
    assert "New York" not in call["speaker"].tolist() and call["first_line"].tolist()[0] == 4


def test_a_wrapped_turn_runs_on_past_a_shortened_title_and_a_quotations_lead_in():
    interview = kit.parse(
        "Interview with the Health Minister\n\n"
        "Q. Minister, thank you for joining us today. Can you tell us\nwhat the government plans to do about "
        "waiting lists in the\nhospitals of the north?\n\n"
        "A. Thank you. We have commissioned a review led by Prof.\nA. Kumar and her team at the university, and "
        "they will report\nto me by the end of the summer. I expect their findings to be\npublished in full.\n\n"
        "Q. And the funding? Will the Treasury pay for the extra staff\nthat the review is likely to recommend "
        "to you?\n\nA. The money is already there. The Chancellor set it aside in\nthe budget, as confirmed by "
        "Mr.\nA. Patel in his statement to the House last week, and we will\nuse every penny of it.\n"
    ).turns
    assert interview["first_line"].tolist() == [3, 7, 12, 15]
    availability = kit.parse(
        "SECRETARY BLINKEN'S PRESS AVAILABILITY\n\n"
        "SECRETARY BLINKEN: Good afternoon, everyone. I have just come\nfrom a long meeting with the foreign "
        "minister, and I want to\nsay a few words about it before I take your questions.\n\n"
        "QUESTION: Mr. Secretary, did China promise not to send weapons\nto Russia? And if so, what exactly did "
        "the minister tell you?\n\nSECRETARY BLINKEN: Let me read you exactly what the minister\ntold me, word "
        "for word:\nMinister Wang: China will not supply lethal weapons to Russia.\nThat was his commitment, and "
        "we will hold China to it. We will\nwatch closely, and we will act if it is broken.\n"
    ).turns
    assert "Minister Wang" not in availability["speaker"].tolist()
    record = kit.parse(
        "[The Temporary Deputy Speaker (Hon. Jerusha Momanyi) in the Chair]\n\n"
        "The Temporary Deputy Speaker (Hon. Jerusha Momanyi): Order. Hon. Kaluma, you have the Floor.\n\n"
        "Hon. Peter Kaluma (Homa Bay Town, ODM): Will the road be tolled?\n\n"
        "The Cabinet Secretary for Roads (Hon. Davis Chirchir): It will not.\n\n"
        "The Temporary Deputy Speaker (Hon. Martha Wangari): I have taken over the Chair. Next Question.\n"
    ).turns
    # the label's own note names who speaks, before the chair line above
    assert record["speaker"].tolist()[-1] == "Martha Wangari"
    # a mayor's talk to reporters after a council's vote is no meeting of the council
    talk = kit.parse(
        "Mayor Bass talks to reporters after the City Council vote on the budget\n\n"
        "Mayor Bass: The budget protects every service.\n\nReporter: Will you cut the police budget?\n\n"
        "Mayor Bass: No.\n"
    )
    assert talk.documents.loc[0, "event"] != "meeting"


def test_a_parliaments_web_page_names_each_speaker_between_a_photographs_text_and_links():
    corpus = kit.parse(
        "OpenAustralia.org.au\nSearch\nRepresentatives  Senate  Find your MP  Your Senators\nHouse debates\n\n"
        "Questions without Notice\n\n2:01 pm\n\n"
        "Photo of Peter DuttonPeter Dutton (Dickson, Liberal Party, Leader of the Opposition) Share this | | Hansard"
        " source\n\nMy question is to the Prime Minister. When will power bills come down?\n\n"
        "Photo of Anthony AlbaneseAnthony Albanese (Grayndler, Australian Labor Party, Prime Minister) Share this | |"
        " Hansard source\n\nI thank the Leader of the Opposition for his question. We capped the price of coal.\n\n"
        "Photo of Milton DickMilton Dick (Speaker) Share this | | Hansard source\n\n"
        "Order! The Prime Minister has the call.\n\n"
        "Photo of Anthony AlbaneseAnthony Albanese (Grayndler, Australian Labor Party, Prime Minister) Share this | |"
        " Hansard source\n\nThank you, Mr Speaker. We will continue to get on with the job.\n"
    )
    turns = corpus.turns
    assert turns["speaker"].tolist() == ["Peter Dutton", "Anthony Albanese", "Milton Dick", "Anthony Albanese"]
    assert corpus.documents.loc[0, "event"] == "question_time"
    assert turns.loc[0, "kind"] == "question" and turns.loc[1, "kind"] == "answer"
    assert turns.loc[0, "text"].strip() == "My question is to the Prime Minister. When will power bills come down?"


#: Oral evidence to a committee as a parliament's site prints it: the members present listed with the chair's
#: office in brackets, and each member's question numbered before the label, with a tab.
ORAL_EVIDENCE = (
    "Oral evidence: Water quality in rivers\n\nWednesday 17 January 2024\n\n"
    "Members present: Sir Philip Hadley (Chair); Ruth Calloway; Daniel Okafor.\n\n"
    "Witnesses: Dr Helen Marsh and Professor Tom Adeyemi.\n\n"
    "Q1\tChair: Good morning and welcome. Dr Marsh, is the number of spills falling?\n\n"
    "Dr Helen Marsh: Not yet. It was broadly flat last year, and the monitoring we now have shows why.\n\n"
    "Q2\tRuth Calloway: Professor Adeyemi, are the farming rules being enforced?\n\n"
    "Professor Tom Adeyemi: Rarely, I am afraid. The Agency has too few inspectors for the farms it covers, "
    "and the rules are written in a way that makes a breach hard to prove.\n\n"
    "Q3\tChair: How often, then?\n\nProfessor Tom Adeyemi: Once a decade for most farms, at best.\n"
)


def test_oral_evidences_numbered_questions_and_the_chair_its_list_of_members_names():
    turns = kit.parse(ORAL_EVIDENCE).turns
    assert turns["first_line"].tolist() == [9, 11, 13, 15, 17, 19]
    assert turns["speaker"].tolist()[::2] == ["Philip Hadley", "Ruth Calloway", "Philip Hadley"]
    assert turns["kind"].tolist()[::2] == ["question", "question", "follow_up"]
    from kit.parsing.labels import match_label

    assert match_label("Q3 results: revenue was up.") is None  # a quarter, not a question's number


def test_an_inquirys_header_names_its_chair_and_the_counsel_who_examines_asks_in_their_own_turns_too():
    corpus = kit.parse(
        "UK Covid-19 Inquiry\nChair: The Rt Hon the Baroness Heather Hallett DBE\n"
        "Counsel to the Inquiry: Hugo Keith KC (lead counsel)\n\n" + INQUIRY
    )
    turns = corpus.turns
    assert turns["first_line"].tolist()[0] == 8  # the header's field is no turn
    counsel = turns[(turns["speaker"] == "Mr O'Connor")]
    assert set(counsel["role"]) <= set(kit.schema.ASKING_ROLES)


def test_a_records_header_field_names_the_holder_of_the_office_a_label_gives():
    turns = kit.parse(
        "House of Commons Debates\n\nOFFICIAL REPORT (HANSARD)\n\nSpeaker: The Honourable Geoff Regan\n\n"
        "ORAL QUESTIONS\n\n"
        "Hon. Andrew Scheer (Leader of the Opposition, CPC):  Mr. Speaker, when will the Prime Minister act?\n\n"
        "Right Hon. Justin Trudeau (Prime Minister, Lib.):  Mr. Speaker, we are acting now.\n\n"
        "The Speaker:  Order. The hon. Leader of the Opposition has the floor.\n\n"
        "Hon. Andrew Scheer (Leader of the Opposition, CPC):  Mr. Speaker, will he appoint an ambassador?\n\n"
        "Right Hon. Justin Trudeau (Prime Minister, Lib.):  Mr. Speaker, in due course.\n"
    ).turns
    assert turns.loc[turns["speaker_label"] == "The Speaker", "speaker"].tolist() == ["Geoff Regan"]
    assert turns.loc[turns["speaker"] == "Geoff Regan", "role"].tolist() == ["staff"]


def test_a_surname_used_once_as_a_label_is_a_speaker_the_header_lists():
    turns = kit.parse(
        "Government press conference of 25 March 2019\n\n"
        "Speakers: Government Spokesman Steffen Seibert (StS Seibert), Rainer Breul (Federal Foreign Office, AA), "
        "Eleonore Petermann (Federal Ministry of the Interior, BMI)\n\n"
        "Question: Mr Seibert, is Russia trying to influence the European elections?\n\n"
        "StS Seibert: We take that seriously.\n\n"
        "Petermann (BMI): If I may add, the Federal Office is in close contact with the Returning Officer.\n\n"
        "Question: Mr Breul, what about the Golan Heights?\n\nBreul (AA): Our position is clear.\n\n"
        "Question: And will you raise it in the Council?\n\nBreul (AA): We are in close contact with partners.\n"
    ).turns
    assert "Petermann" in turns["speaker"].tolist()


def test_a_title_label_is_named_after_the_holder_the_page_names_after_a_comma_or_in_a_field():
    interview = kit.parse(
        "Interview given by the President of the Republic, Emmanuel Macron, to France 2 and TF1\n\n"
        "Caroline VASSEUR: Good evening, Mr President. Will you dissolve the Assembly again?\n\n"
        "THE PRESIDENT: No. The Assembly must now work.\n\n"
        "Caroline VASSEUR: And the Olympic Games?\n\nTHE PRESIDENT: We are ready.\n"
    ).turns
    assert interview.loc[interview["speaker_label"] == "THE PRESIDENT", "speaker"].unique().tolist() == [
        "Emmanuel Macron"
    ]
    record = kit.parse(
        "Security Council, 9876th meeting\n\nPresident:  Mr. Ortega Salinas . . . . . . . (Ecuador)\n\n"
        "The President: The meeting is called to order. I give the floor to Ms. Lee.\n\n"
        "Ms. Lee: Thank you, Mr. President. The situation has worsened.\n\n"
        "The President: I thank Ms. Lee for her briefing.\n"
    ).turns
    assert record.loc[record["speaker_label"] == "The President", "speaker"].unique().tolist() == ["Ortega Salinas"]


def test_a_chairs_note_with_a_title_and_a_surname_names_the_chair():
    turns = kit.parse(
        "Senate Economics Legislation Committee, Estimates\n\n"
        "CHAIR (Senator Ellery): I declare open this hearing. Minister, do you wish to make a statement?\n\n"
        "Senator Carmody: No, thank you, Chair.\n\n"
        "CHAIR: Senator Pratt, your questions.\n\nSenator Pratt: Commissioner, how many audits were closed?\n\n"
        "Mr Jordan: About four thousand, Senator.\n"
    ).turns
    assert set(turns.loc[turns["speaker_label"] == "CHAIR", "speaker"]) == {"Senator Ellery"}


def test_a_court_records_head_names_the_judge_and_its_oath_names_the_witness():
    corpus = kit.parse(
        "           BEFORE THE HONORABLE ELENA M. CASTILLO, JUDGE\n\n"
        "              REPORTER'S TRANSCRIPT OF PROCEEDINGS\n\n"
        " 1             THE COURT:  Good morning. Call your first witness.\n"
        " 2             MR. HALVORSEN:  The State calls Officer Daniel Reyes.\n"
        " 3             (The witness was sworn.)\n"
        " 4                         DANIEL REYES,\n"
        " 5   called as a witness on behalf of the State, having been\n"
        " 6   first duly sworn, testified as follows:\n"
        " 7                      DIRECT EXAMINATION\n"
        " 8   BY MR. HALVORSEN:\n"
        " 9        Q.   Good morning.  Please state your name.\n"
        "10        A.   Daniel Reyes.\n"
        "11        Q.   Where do you work?\n"
        "12        A.   The police department.\n"
        "13             THE COURT:  Sustained. Move on, counsel.\n"
        "14             THE WITNESS:  Thank you, Your Honor.\n"
    )
    turns = corpus.turns
    by_label = turns.groupby("speaker_label")["speaker"].unique().map(list).to_dict()
    assert by_label["THE COURT"] == ["Elena M. Castillo"] and by_label["THE WITNESS"] == ["Daniel Reyes"]
    assert by_label["A"] == ["Daniel Reyes"] and by_label["Q"] == ["Mr. Halvorsen"]
    assert set(turns.loc[turns["speaker_label"] == "THE COURT", "role"]) == {"staff"}  # the court presides


@pytest.mark.parametrize(
    ("title", "label", "speaker"),
    [
        ("Remarks by the President and the First Lady, Dr. Jill Biden, at a Ceremony", "THE PRESIDENT", "The President"),
        ("Remarks by the President and Vice President, Kamala Harris, on the Economy", "THE PRESIDENT", "The President"),
        ("Remarks by the President and Vice President, Kamala Harris, on the Economy", "THE VICE PRESIDENT",
         "Kamala Harris"),
        ("Dinner in Honor of the President of Kenya, William Ruto", "THE PRESIDENT", "The President"),
        ("Press conference a day after the former President, Donald Trump, held a rally", "THE PRESIDENT",
         "The President"),
        ("Talks between the President of France, Emmanuel Macron, and the President of the Republic of Kenya, "
         "William Ruto", "THE PRESIDENT", "The President"),
    ],
)  # fmt: skip
def test_a_title_label_is_named_only_after_the_one_holder_of_that_office(title, label, speaker):
    turns = kit.parse(f"{title}\n\n{label}: Good afternoon.\n\nQ: Will you act?\n\n{label}: We will.\n").turns
    assert turns.loc[0, "speaker"] == speaker


def test_names_that_are_no_holders_no_self_introductions_and_no_labels():
    host = kit.parse("Host: ABC Radio National Breakfast\n\nHOST: Good morning.\n\nGUEST: Morning.\n\nHOST: Why?\n")
    assert "National Breakfast" not in host.turns["speaker"].tolist()
    chair = kit.parse(
        "Members present: Ruth Calloway (in the Chair); Ian Strachan.\n\n"
        "Witnesses: Alan Lovell (Chair) and Philip Duffy (Chief Executive), Environment Agency.\n\n"
        "Q1\tChair: Mr Lovell, is the number of spills falling?\n\nAlan Lovell: Not yet, I am afraid.\n\n"
        "Q2\tChair: When will it?\n\nAlan Lovell: Next year.\n\nQ3\tIan Strachan: And the fines?\n\nAlan Lovell: Up.\n"
    ).turns
    assert set(chair.loc[chair["speaker_label"] == "Chair", "speaker"]) == {"Ruth Calloway"}
    article = kit.parse(
        "Summit in Vilnius\n\nLeaders attending included President Joe Biden, Chancellor Olaf Scholz, "
        "Prime Minister Rishi Sunak and others.\n\n"
        'Biden: "We will stand with Ukraine for as long as it takes"\n\nThe leaders met for two days.\n'
    )
    assert article.turns.empty
    voices = kit.parse(
        "Speaker 1 (00:00):\nGood evening. Dana Whitfield, our city clerk, will call the roll.\n\n"
        "Speaker 2 (00:10):\nPresent.\n\nSpeaker 1 (00:20):\nOkay. Ruth Miller, followed by Tom Becker.\n\n"
        "Speaker 3 (00:30):\nGood evening. Main Street, where I live, floods every spring.\n"
    ).turns
    assert voices["speaker"].tolist() == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 3"]


def test_a_chair_who_runs_the_procedure_stays_staff_and_a_chairs_note_names_the_turns_from_it_on():
    estimates = kit.parse(
        "Senate Economics Legislation Committee, Estimates\n\n"
        "CHAIR (Senator Ellery): I declare open this hearing. Minister, do you wish to make an opening statement?\n\n"
        "Senator Carmody: No, thank you, Chair.\n\nCHAIR: Commissioner, do you wish to make an opening statement?\n\n"
        "Mr Jordan: No, Chair.\n\nCHAIR: Senator Pratt, your questions.\n\n"
        "Senator Pratt: Commissioner, how many audits were closed?\n\nMr Jordan: About four thousand, Senator.\n\n"
        "CHAIR: Is it the wish of the committee that the answers be tabled?\n\nSenator Pratt: Yes.\n"
    ).turns
    assert set(estimates.loc[estimates["speaker_label"] == "CHAIR", "role"]) == {"staff"}
    swap = kit.parse(
        "Committee hearing\n\nCHAIR: Senator Pratt, your questions.\n\nSenator Pratt: How many audits?\n\n"
        "Mr Jordan: Four thousand.\n\nCHAIR (Senator Pratt): We will resume after lunch.\n\n"
        "Senator Ellery: And the prosecutions?\n\nMr Jordan: Twelve.\n\nCHAIR: Thank you.\n"
    ).turns
    assert swap.loc[swap["speaker_label"] == "CHAIR", "speaker"].tolist() == ["Chair", "Senator Pratt", "Senator Pratt"]


def test_an_unnamed_oath_ends_the_named_witness_and_a_us_line_end_ends_a_paragraph():
    record = kit.parse(
        " 1             (The witness was sworn.)\n 2                         DANIEL REYES,\n"
        " 3   called as a witness on behalf of the State, having been\n 4   first duly sworn, testified as follows:\n"
        " 5        Q.   Please state your name.\n 6        A.   Daniel Reyes.\n"
        " 7             THE COURT:  You may step down. Next witness.\n"
        " 8             (The witness was sworn.)\n 9        Q.   Please state your name.\n"
        "10        A.   Maria Lopez.\n"
    ).turns
    answers = record.loc[record["speaker_label"] == "A", "speaker"].tolist()
    assert answers[0] == "Daniel Reyes" and answers[1] != "Daniel Reyes"  # (the second witness, not named)
    briefing = kit.parse(
        "MR PRICE: We have been very clear about the sanctions that we have put in place, and\n"
        "about the pressure that we will keep on them for as long as it takes. That is a\n"
        "matter for the U.S.\nQUESTION: But the Europeans disagree with that, don't they,\n"
        "and what will you say to them when you meet them in Brussels next week on this?\n"
        "MR PRICE: We will say what we have said all along, and we will keep saying it.\n"
    ).turns
    assert briefing["speaker"].tolist()[:2] == ["Mr Price", "Unnamed journalist"]


def test_a_chambers_record_is_question_time_only_where_its_title_names_no_other_kind():
    estimates = kit.parse(
        "Proof Committee Hansard\n\nSENATE\n\nECONOMICS LEGISLATION COMMITTEE\n\nEstimates\n\n"
        "CHAIR: Senator Pratt.\n\nSenator Pratt: Commissioner, how many audits were closed?\n\n"
        "Mr Jordan: About four thousand, Senator.\n\nSenator Pratt: And how many are open?\n\nMr Jordan: Twelve.\n"
    ).documents
    assert estimates["event"].tolist() == ["hearing"]
    chamber = kit.parse(
        "Senate Hansard\n\nThe PRESIDENT: Senator Pratt.\n\nSenator Pratt: Minister, how many audits were closed?\n\n"
        "Senator Carmody: About four thousand.\n"
    ).documents
    assert chamber["event"].tolist() == ["question_time"]
    council = kit.parse(
        "United Nations / Security Council\n\n9731st meeting\nThursday, 19 September 2024, 10 a.m.\n\n"
        "The President: I welcome Mr. Berglund. I give him the floor.\n\n"
        "Mr. Berglund: Thank you, Mr. President. The situation has worsened.\n\n"
        "Mr. Whitaker (United States of America): I thank Mr. Berglund. What can the mission do?\n"
    ).documents
    assert council["event"].tolist() == ["meeting"]


def test_a_title_labels_holder_is_the_one_a_heading_names_after_a_comma_with_or_without_of_the_republic():
    record = kit.parse(
        "Hansard: NA: Questions to the President, Cyril Ramaphosa\n\nHouse: National Assembly\n\n"
        "The SPEAKER: Hon members, I now call on the President to reply.\n\n"
        "The PRESIDENT OF THE REPUBLIC: Hon Speaker, hon members, I thank the hon Khumalo.\n\n"
        "Ms N P KHUMALO: Thank you, hon Speaker. Mr President, when will it end?\n\n"
        "The PRESIDENT OF THE REPUBLIC: Soon.\n"
    ).turns
    assert set(record.loc[record["speaker_label"] == "The PRESIDENT OF THE REPUBLIC", "speaker"]) == {"Cyril Ramaphosa"}


def test_a_headers_fields_in_capitals_are_no_turns_and_give_the_people_they_name_their_part():
    debate = kit.parse(
        'KSN NEWS WICHITA\n\n"KANSAS GOVERNOR DEBATE"\n\nCANDIDATES: DEREK HALL & MARISA COLE\n\n'
        "MODERATOR: JIM SANDERS\n\nPANELIST: ANGELA PRICE, THE WICHITA EAGLE\n\nPRODUCER: TODD WEAVER\n\n"
        "JIM SANDERS:\n\nGood evening. Angela, the first question is yours.\n\n"
        "ANGELA PRICE:\n\nSenator Hall, what would you cut?\n\nDEREK HALL:\n\nNothing. The cap is not a cut.\n\n"
        "JIM SANDERS:\n\nGeneral Cole, your response.\n\nMARISA COLE:\n\nIt is a cut.\n\n"
        "JIM SANDERS:\n\nSenator, is it a cut?\n\nDEREK HALL:\n\nNo.\n\nMARISA COLE:\n\nYes, it is.\n"
    ).turns
    assert debate["speaker"].tolist()[:2] == ["Jim Sanders", "Angela Price"]  # (no field is a turn)
    sanders = debate[debate["speaker"] == "Jim Sanders"]
    assert set(sanders["speaker_title"]) == {"Moderator"} and set(sanders["role"]) == {"interviewer"}  # (who asks)
    assert set(debate.loc[debate["speaker"].isin(["Derek Hall", "Marisa Cole"]), "role"]) == {"guest"}
    said = kit.parse(
        "ANNOUNCER: GOOD EVENING AND WELCOME\n\nJIM SANDERS: THANK YOU. TONIGHT, TWO CANDIDATES.\n\n"
        "DEREK HALL: THANK YOU, JIM.\n\nJIM SANDERS: WHY RUN?\n\nDEREK HALL: TO WIN.\n"
    ).turns
    assert said["speaker"].tolist()[0] == "Announcer"  # (words said in capitals are no field)


def test_a_label_line_atop_each_printed_page_with_its_number_is_the_pages_not_a_turn():
    filler = "".join(f"Line {n} of what the candidate said about roads.\n" for n in range(12))
    pages = (
        "MEDIA ID: LIVE FEED\n\nJIM SANDERS:\n\nGood evening.\n\n" + filler + "\nMEDIA ID: LIVE FEED PG.2\n\n"
        "DEREK HALL:\n\nThank you.\n\n" + filler + "\nMEDIA ID: LIVE FEED PG.3\n\nMARISA COLE:\n\nThank you.\n"
    )
    turns = kit.parse(pages).turns
    assert "LIVE FEED" not in " ".join(turns["text"]) and turns["speaker_label"].tolist() == [
        "JIM SANDERS",
        "DEREK HALL",
        "MARISA COLE",
    ]
    said = "".join(f"THE COURT: OVERRULED.\n\nMR. HOLLAND: Objection.\n\n{filler}\n" for _ in range(3))
    assert kit.parse("THE COURT: Be seated.\n\n" + said).turns["speaker_label"].tolist().count("THE COURT") == 4


def test_an_offices_label_is_named_from_the_pages_list_of_who_speaks_or_the_name_before_the_offices_comma():
    page = kit.parse(
        "Press conference - Newcastle, NSW\n\nTranscript\nFriday 15 March 2024\n\n"
        "Prime Minister\nThe Hon Anthony Albanese MP\n\nThe Hon Chris Bowen MP\nMinister for Climate Change and Energy\n\n"
        "PRIME MINISTER: Well, it's terrific to be back here in Newcastle.\n\n"
        "JOURNALIST: Prime Minister, will prices fall?\n\nPRIME MINISTER: They will.\n"
    ).turns
    assert set(page.loc[page["speaker_label"] == "PRIME MINISTER", "speaker"]) == {"Anthony Albanese"}
    roll = kit.parse(
        "OFFICIAL RECORD OF PROCEEDINGS\n\nMEMBERS PRESENT:\n\nTHE PRESIDENT\n"
        "THE HONOURABLE ANDREW LEUNG KWAN-YUEN, GBM, GBS, JP\n\nTHE HONOURABLE HOLDEN CHOW HO-DING, JP\n\n"
        "PUBLIC OFFICERS ATTENDING:\n\nTHE HONOURABLE CHRIS TANG PING-KEUNG, GBS, PDSM, JP\nSECRETARY FOR SECURITY\n\n"
        "THE HONOURABLE LAM SAI-HUNG, GBS, JP\nSECRETARY FOR TRANSPORT AND LOGISTICS\n\nORAL ANSWERS TO QUESTIONS\n\n"
        "PRESIDENT (in Cantonese): First question.\n\nMR HOLDEN CHOW (in Cantonese): President, how many cases?\n\n"
        "SECRETARY FOR SECURITY (in Cantonese): President, 3 000 cases.\n\nPRESIDENT: Second question.\n"
    )
    turns = roll.turns
    assert turns["speaker_label"].tolist()[0] == "PRESIDENT"  # (the roll's fields are no turns)
    assert set(turns.loc[turns["speaker_label"] == "PRESIDENT", "speaker"]) == {"Andrew Leung Kwan-Yuen"}
    assert set(turns.loc[turns["speaker_label"] == "SECRETARY FOR SECURITY", "speaker"]) == {"Chris Tang Ping-Keung"}
    assert roll.documents["event"].tolist() == ["question_time"]  # (the heading right above the first turn)
    noon = kit.parse(
        "Noon Briefings\n\nThe following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, "
        "Spokesman for the Secretary-General.\n\nSpokesman: Good afternoon. I have a guest today.\n\n"
        "Question: Stéphane, on Sudan, when will the convoy move?\n\nSpokesman: As soon as it is safe.\n"
    ).turns
    assert set(noon.loc[noon["speaker_label"] == "Spokesman", "speaker"]) == {"Stéphane Dujarric"}
    two = kit.parse(
        "Noon briefing by Stéphane Dujarric, Spokesman, and Farhan Haq, Spokesman.\n\n"
        "Spokesman: Good afternoon.\n\nQuestion: When will it move?\n\nSpokesman: Soon.\n"
    ).turns
    assert set(two.loc[two["speaker_label"] == "Spokesman", "speaker"]) == {"Spokesman"}  # (two holders name neither)


def test_a_committees_chair_named_in_its_opening_line_and_an_offices_long_name_with_its_holder_on_its_own_line():
    committee = kit.parse(
        "Committee of Public Accounts debate -\nThursday, 6 Jul 2023\n\nDeputy Brian Stanley in the Chair.\n\n"
        "Chairman\nWe are joined today by officials from RTÉ. I invite Mr. Bakhurst to make his statement.\n\n"
        "Mr. Kevin Bakhurst\nI thank the Chairman and members for the invitation.\n\n"
        "Deputy Catherine Murphy\nWhat did the board know, and when did it know it?\n\n"
        "Mr. Kevin Bakhurst\nThe board was not told.\n\nChairman\nDeputy Dillon is next.\n"
    )
    assert set(committee.turns.loc[committee.turns["speaker_label"] == "Chairman", "speaker"]) == {"Brian Stanley"}
    assert committee.documents["event"].tolist() == ["hearing"]  # (a committee's "debate" is its hearing)
    office = "Minister of State at the Department of Housing, Local Government and Heritage (Deputy Kieran O'Donnell)"
    dail = kit.parse(
        "Dáil Éireann debate - Thursday, 9 Nov 2023\n\nCeisteanna Tráthúla - Priority Questions\n\n"
        "Deputy Eoin Ó Broin\nWill the Minister meet the target this year?\n\n"
        "Minister for Housing, Local Government and Heritage (Deputy Darragh O'Brien)\nI thank the Deputy.\n\n"
        "Deputy Eoin Ó Broin\nThe Minister has not answered the question.\n\n"
        "Deputy Darragh O'Brien\nI have answered it.\n\nDeputy Bríd Smith\nHow many vacant homes are there?\n\n"
        f"{office}\nI thank the Deputy for raising this matter.\n\nDeputy Bríd Smith\nThat is not enough.\n"
    )
    turns = dail.turns
    assert turns["speaker"].tolist()[1] == "Darragh O'Brien" and turns["speaker"].tolist()[-2] == "Kieran O'Donnell"
    assert dail.documents["event"].tolist() == ["question_time"]  # ("Priority Questions", not the record's "debate")


def test_a_shortened_office_before_a_surname_is_a_title():
    joint = kit.parse(
        "Joint press conference\n\nPM Albanese: Good afternoon, everyone. It's a great pleasure to welcome PM Wong.\n\n"
        "PM Wong: Thank you very much, Prime Minister Albanese.\n\nQuestion: Prime Minister Wong, will you buy power?\n\n"
        "PM Wong: We will.\n"
    ).turns
    assert joint["speaker_label"].tolist() == ["PM Albanese", "PM Wong", "Question", "PM Wong"]
    assert joint["speaker_title"].tolist()[:2] == ["PM", "PM"]


def test_a_court_reporters_transcript_with_line_numbers_labels_set_in_deep_and_a_caption_above_its_proceedings():
    footer = "\n         Dana K. Whitfield, RMR, CRR  (503) 326-8182\n\n"
    record = kit.parse(
        "                                                                  312\n\n"
        " 1                   UNITED STATES DISTRICT COURT\n 2                     FOR THE DISTRICT OF OREGON\n"
        " 3\n 4                 BEFORE THE HONORABLE ANNA M. RUSSO\n 5                    UNITED STATES DISTRICT JUDGE\n"
        " 6\n 7   COURT REPORTER:   Dana K. Whitfield, RMR, CRR\n 8                     (503) 326-8182\n 9\n"
        "10   APPEARANCES:\n11\n12   FOR THE PLAINTIFF:     Kevin P. Marsh\n13   FOR THE DEFENDANT:     Laura B. Whitcomb\n"
        + footer
        + "                                                                  313\n\n"
        " 1                        P R O C E E D I N G S\n"
        " 2             THE COURT:  Good morning.  Please be seated.  We're on\n"
        " 3   the record.  Is there anything we need to take up before I bring them in?\n"
        " 4             MR. MARSH:  Not from the government, Your Honor.\n"
        " 5             MS. WHITCOMB:  Briefly, Your Honor.  The defense renews\n"
        " 6   its objection to Exhibit 41, the summary chart, and asks that it go no further.\n"
        " 7             THE COURT:  Noted.  Mr. Marsh, you may call your next witness.\n"
        " 8                          (Witness sworn.)\n 9                         TAMARA LINDQVIST,\n"
        "10   called as a witness on behalf of the Government, having been\n"
        + footer
        + "                                                                  314\n\n"
        " 1   first duly sworn, was examined and testified as follows:\n 2                         DIRECT EXAMINATION\n"
        " 3   BY MR. MARSH:\n 4   Q.   Good morning, Ms. Lindqvist.\n 5   A.   Good morning.\n"
        " 6   Q.   Where do you work?\n 7   A.   At Columbia Ridge Bank in Beaverton, in commercial lending.\n"
        " 8             MS. WHITCOMB:  Objection.\n 9             THE COURT:  Overruled.\n" + footer
    ).turns
    assert record["speaker_label"].tolist() == [
        *["THE COURT", "MR. MARSH", "MS. WHITCOMB", "THE COURT"],
        *["Q", "A", "Q", "A", "MS. WHITCOMB", "THE COURT"],
    ]  # (no caption field, no page's foot; each label set in deep opens its turn)
    assert set(record.loc[record["speaker_label"] == "THE COURT", "speaker"]) == {"Anna M. Russo"}
    assert set(record.loc[record["speaker_label"] == "A", "speaker"]) == {"Tamara Lindqvist"}
    assert "Whitfield" not in " ".join(record["text"])
    wrapped = (
        "Trial notes\n\nThe judge said that she had read the briefs from both sides with care and\n"
        "that the chart would come in under the rule, whatever the defence said.\n"
        "  Ms. Whitcomb: the defence renews its objection to the chart, she wrote in a\n"
        "letter to the court on Monday, and asks that it go no further than this.\n"
    )
    assert kit.parse(wrapped).turns.empty  # (a label set in a little, inside a paragraph, is no court's)


def test_askers_under_a_q_are_named_by_their_own_words_and_a_moderators_call_makes_a_first_name_a_label():
    hall = kit.parse(
        "The American Presidency Project\n\nBarack Obama\n\n44th President of the United States: 2009 ‐ 2017\n\n"
        "Remarks at a Town Hall Meeting and a Question-and-Answer Session in Fort Myers, Florida\n\n"
        "The President. Thank you. Thank you, everybody. Please, have a seat.\n\n"
        "Q. Thank you, Mr. President. My name is Carol Dennison, and I'm a teacher here. Will the money come?\n\n"
        "The President. It will.\n\nQ. Mr. President, I'm Angela Ruiz, and I was laid off. Will it be extended?\n\n"
        "The President. Yes.\n"
    )
    turns = hall.turns
    assert turns["speaker"].tolist() == [
        "Barack Obama",
        "Carol Dennison",
        "Barack Obama",
        "Angela Ruiz",
        "Barack Obama",
    ]
    assert hall.documents["event"].tolist() == ["town_hall"]  # (the years' line is no turn: the title is read)
    joint = kit.parse(
        "Joint press conference\n\nPM Albanese: Welcome.\n\nPM Wong: Thank you.\n\n"
        "Question: Thank you, Prime Ministers. Goh Yan Han from The Straits Times. Will power flow?\n\nPM Wong: Yes.\n"
    ).turns
    assert joint.loc[joint["speaker_label"] == "Question", "speaker"].tolist() == ["Goh Yan Han"]
    debate = kit.parse(
        "The ITV Debate\n\nJulie Etchingham: Good evening. Our first question is from Joe, a retired teacher. Joe.\n\n"
        "Joe: My question is to both of you. What will you do about bills?\n\nRishi Sunak: Joe, thank you.\n\n"
        "Keir Starmer: Joe, he crashed the economy.\n\nJulie Etchingham: Our next question is from Linda.\n\n"
        "Linda: Why are the waiting lists so long?\n\nKeir Starmer: Linda, thank you for what you do.\n\n"
        "Note: this transcript has been edited.\n"
    ).turns
    assert debate["speaker"].tolist()[:7] == [
        *["Julie Etchingham", "Joe", "Rishi Sunak", "Keir Starmer"],
        *["Julie Etchingham", "Linda", "Keir Starmer"],
    ]
    assert "Note" not in debate["speaker"].tolist()


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("2023 Berkshire Hathaway Annual Meeting - Morning Session", "meeting"),
        ("THE SUPREME COURT OF THE UNITED KINGDOM / UKSC 2023/0093", "hearing"),
        ("Public sitting / held on Friday 13 December 2024 / President Salam presiding", "hearing"),
        ("Press conference at the Supreme Court", "news_conference"),  # (a court's record names no other kind)
        ("The Politics Hour: D.C. Mayor Muriel Bowser Takes Your Calls", "town_hall"),
        ("182nd Vaccines and Related Biological Products Advisory Committee Meeting / OPEN PUBLIC MEETING", "meeting"),
    ],
)
def test_a_meeting_of_shareholders_and_a_courts_record_are_named_by_their_titles(title, event):
    text = f"{title}\n\nAnna Lee: What will you do about rents?\n\nJohn Smith: Build more.\n\nAnna Lee: When?\n"
    assert kit.parse(text).documents.loc[0, "event"] == event


def test_journalists_who_give_one_name_or_address_the_principal_first_are_named():
    kantei = kit.parse(
        "Press Conference by the Prime Minister\n\n(Prime Minister Kishida) Good evening.\n\n"
        "(Cabinet Public Relations Secretary) We will now take questions. Please state your name and affiliation.\n\n"
        "(Reporter) I am Ogawa from Jiji Press. Prime Minister, will you replace all of the Cabinet?\n\n"
        "(Prime Minister Kishida) I will decide by tomorrow.\n\n"
        "(Reporter) Watanabe of NHK. Many people say they do not feel the effect. Why?\n\n"
        "(Prime Minister Kishida) I take that seriously.\n"
    ).turns
    assert kantei.loc[kantei["speaker_label"] == "Reporter", "speaker"].tolist() == ["Ogawa", "Watanabe"]
    mayor = kit.parse(
        "Mayor Adams Holds In-Person Media Availability\n\nMayor Eric Adams: Good morning.\n\n"
        "Question: Mr. Mayor, Marcia Kramer, CBS 2. Riders don't feel safer. What do you say?\n\n"
        "Mayor Eric Adams: I hear you.\n\nQuestion: Hi, Katie Honan with THE CITY. Will you restore the cuts?\n\n"
        "Mayor Eric Adams: We will see.\n"
    ).turns
    assert mayor.loc[mayor["speaker_label"] == "Question", "speaker"].tolist() == ["Marcia Kramer", "Katie Honan"]


def test_a_caption_files_unnamed_voices_are_named_where_they_give_their_own_name():
    captions = kit.parse(
        "Nikki Haley Campaign Town Hall\n\n>> MS. HALEY: THANK YOU SO MUCH. I'LL TAKE YOUR QUESTIONS.\n\n"
        ">> HI, MY NAME IS TOM BELANGER. I'M FROM JAFFREY. WHY SEND BILLIONS OVERSEAS?\n\n"
        ">> MS. HALEY: THANK YOU FOR YOUR SERVICE, TOM.\n\n>> I'M SORRY. WHAT ABOUT THE DEBT?\n\n"
        ">> MS. HALEY: WE CAN DO BOTH.\n\n>> THANK YOU. I'M SUSAN KLEIN, A NURSE. WILL YOU RAISE THE RETIREMENT AGE?\n\n"
        ">> MS. HALEY: NO.\n"
    ).turns
    assert captions["speaker"].tolist()[1::2] == ["Tom Belanger", "Unnamed speaker", "Susan Klein"]


def test_an_inquirys_examiner_line_names_who_asks_and_a_chair_who_interrupts_does_not_take_over():
    inquiry = kit.parse(
        "Post Office Horizon IT Inquiry\n\nWednesday, 22 May 2024 - Phase 7\n\nTranscript\n\n\n"
        " 1 Wednesday, 22 May 2024\n 2 (10.00 am)\n"
        " 3 MR BEER: Good morning, sir, can you see and hear me?\n 4 SIR WYN WILLIAMS: Yes, thank you very much.\n"
        " 5 MR BEER: May I call Ms Vennells, please.\n 6 MS PAULA ANNE VENNELLS (sworn)\n 7 Questioned by MR BEER\n"
        " 8 MR BEER: Good morning, Ms Vennells. My name is Jason Beer,\n"
        " 9 and as you know I ask questions on behalf of the Inquiry.\n10 Can you tell us your full name, please?\n"
        "11 A. Paula Anne Vennells.\n12 Q. Thank you very much for coming to the Inquiry to give\n"
        "13 evidence and for the witness statement that you have\n"
        "14 provided. You should have in front of you a hard copy of\n"
        "15 it. It is dated 22 March 2024 and it runs to 775 pages.\n"
        "16 Can you turn to the last page, please. Is that your\n17 signature?\n18 A. It is.\n"
        "19 SIR WYN WILLIAMS: Can I just interrupt for a moment, Mr\n20 Beer. Ms Vennells, when you say you had been\n"
        "21 told the system was robust, who told you that, specifically?\n22 A. The Chief Information Officer.\n"
        "23 Q. And did you ask the lawyers about it at the time as well?\n24 A. I did.\n"
    ).turns
    assert inquiry["speaker_label"].tolist()[:2] == ["MR BEER", "SIR WYN WILLIAMS"]  # (a label below a label's line)
    assert set(inquiry.loc[inquiry["speaker_label"] == "Q", "speaker"]) == {"Mr Beer"}  # (not the chair after him)
    assert set(inquiry.loc[inquiry["speaker_label"] == "A", "speaker"]) == {"Paula Anne Vennells"}


def test_names_in_small_letters_on_their_own_lines_and_an_office_of_a_country_named_in_the_title():
    daily = kit.parse(
        "The Daily\nHow Boeing Lost Its Way\n\nHosted by Sabrina Tavernise\nFeaturing Niraj Chokshi\n"
        "Produced by Rikki Novetsky\n\nTranscript\n\nsabrina tavernise\n"
        "From The New York Times, I'm Sabrina Tavernise, and this is The Daily. Niraj, welcome.\n\n"
        "niraj chokshi\nThanks for having me.\n\nsabrina tavernise\nSo what happened at Boeing?\n\n"
        "niraj chokshi\nA door plug blew out of a plane in January.\n"
    ).turns
    assert daily["speaker"].tolist() == ["Sabrina Tavernise", "Niraj Chokshi"] * 2
    joint = kit.parse(
        "Press conference of President of Ukraine Volodymyr Zelenskyy and Prime Minister of Japan Fumio Kishida\n\n"
        "Moderator: Good evening. The floor is given to the President of Ukraine.\n\n"
        "President of Ukraine: Dear Mr. Prime Minister! Today is a historic day.\n\n"
        "Prime Minister of Japan: (interpreted) Thank you, President Zelenskyy.\n\n"
        "Question: A question for both leaders. Will Japan send more aid?\n\nPrime Minister of Japan: Yes.\n"
    )
    assert joint.documents["event"].tolist() == ["joint_press_conference"]
    turns = joint.turns
    assert set(turns.loc[turns["speaker_label"] == "Prime Minister of Japan", "speaker"]) == {"Fumio Kishida"}
    assert set(turns.loc[turns["speaker_label"] == "President of Ukraine", "speaker"]) == {"Volodymyr Zelenskyy"}


def test_offices_named_by_what_the_page_says_their_holders_did_by_a_whos_who_and_by_a_title_before_a_full_name():
    summit = kit.parse(
        "Joint Press Conference Following the Korea-Japan Summit\n\nMay 7, 2023\n\n"
        "President Yoon Suk Yeol and Prime Minister Kishida Fumio of Japan held a joint press conference. The press "
        "conference was moderated by Kim Eun-hye, Senior Presidential Secretary for Public Relations.\n\n"
        "Moderator: We will now begin. President Yoon will first announce the results.\n\n"
        "President Yoon: I warmly welcome Prime Minister Kishida.\n\nModerator: Prime Minister Kishida, please.\n\n"
        "Prime Minister Kishida: Thank you, President Yoon.\n"
    ).turns
    assert summit["speaker"].tolist() == ["Kim Eun-hye", "Yoon Suk Yeol", "Kim Eun-hye", "Kishida Fumio"]
    board = kit.parse(
        "TRANSCRIPT: Millbrook school board votes 6-1 to close two schools\n\nWho's who:\n"
        "THE PRESIDENT — Dana Whitfield, board president\nSUPERINTENDENT — Dr. Marcus Lee\n"
        "BUSINESS MANAGER — Greg Brandt\nBOARD SECRETARY — Linda Carver\n\n"
        "[00:00:06] THE PRESIDENT: Good evening, everyone. Dr. Lee, the recommendation.\n\n"
        "[00:01:10] SUPERINTENDENT: We recommend closing Hawthorne and Lincoln.\n\n"
        "[00:05:02] BUSINESS MANAGER: The gap is $4.1 million.\n\n[00:06:00] BOARD SECRETARY: Roll call. Mr. Hollis?\n"
    ).turns
    assert board["speaker"].tolist() == ["Dana Whitfield", "Marcus Lee", "Greg Brandt", "Linda Carver"]
    headline = kit.parse(
        "Rudman Asks Meese About Arms Sales To Iran\n\nSenator Rudman: Mr. Attorney General, when did you learn?\n\n"
        "Attorney General Meese: In November.\n"
    ).turns
    assert headline["speaker"].tolist() == ["Senator Rudman", "Attorney General Meese"]  # (a headline names no one)


def test_a_print_interviews_q_is_its_bylines_writer_and_its_a_the_one_its_lead_names_in_full():
    nikkei = kit.parse(
        "Nikkei Asia\n\nInterview\n\nThailand's Srettha says central bank must 'listen' as economy stalls\n\n"
        "MASAYUKI YUDA, Nikkei staff writer\nFebruary 14, 2024 05:00 JST\n\n"
        "BANGKOK -- Thai Prime Minister Srettha Thavisin on Tuesday renewed his call for lower rates.\n\n"
        "In an interview with Nikkei Asia at Government House, Srettha also said he wants Japanese investors.\n\n"
        "Edited excerpts from the interview follow.\n\nQ: How serious is the situation?\n\nA: It is a crisis.\n\n"
        "Q: Will you replace the governor?\n\nA: No.\n"
    ).turns
    assert nikkei["speaker"].tolist() == ["Masayuki Yuda", "Srettha Thavisin"] * 2
    assert set(nikkei.loc[nikkei["speaker_label"] == "Q", "speaker_source"]) == {"byline"}


def test_a_phone_ins_role_labels_are_named_by_the_presenters_own_words():
    """``PRESENTER:`` is the one presenter who says ``I'm Helen Kinvig``; each ``CALLER:`` is the caller she has just
    greeted (``Morning Dave.``), and asks again after the answer; ``CHIEF MINISTER:`` is the holder the lead names,
    without the letters after his name (``Hon Alfred Cannan MHK``)."""
    turns = kit.parse(
        "Transcript: Chief Minister's phone-in\n\nThe following is a transcript of the monthly phone-in programme with "
        "the Chief Minister, Hon Alfred Cannan MHK, broadcast on Thursday.\n\n"
        "PRESENTER: Good morning, this is Mandate, I'm Helen Kinvig, and I'm joined by the Chief Minister.\n\n"
        "CHIEF MINISTER: Good morning Helen.\n\n"
        "PRESENTER: Let's go straight to Dave in Onchan. Morning Dave.\n\n"
        "CALLER: Morning. My question's about the ferry. When will the new one come?\n\n"
        "CHIEF MINISTER: Thanks Dave. The board reports in February.\n\n"
        "CALLER: So February, and then how many years after that?\n\n"
        "CHIEF MINISTER: Three to four years.\n\n"
        "PRESENTER: Margaret is on line two from Ramsey. Hello Margaret.\n\n"
        "CALLER: Hello. Why are the waiting lists so long?\n\n"
        "CHIEF MINISTER: They are too long, Margaret.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Helen Kinvig",
        "Alfred Cannan",
        "Helen Kinvig",
        "Dave",
        "Alfred Cannan",
        "Dave",  # (asks again, no one given the floor between)
        "Alfred Cannan",
        "Helen Kinvig",
        "Margaret",
        "Alfred Cannan",
    ]


def test_a_party_in_brackets_after_a_name_is_no_holder_of_it():
    """``KIM MOON-SOO [People Power Party]`` on its own line is Kim Moon-soo, of his party; not a speaker called
    People Power Party."""
    turns = kit.parse(
        "Third presidential debate\n\nMODERATOR JUNG YU-MI\nCandidate Kim Moon-soo.\n\n"
        "KIM MOON-SOO [People Power Party]\nMy whole life has been about national integration.\n\n"
        "MODERATOR JUNG YU-MI\nCandidate Lee Jun-seok.\n\nLEE JUN-SEOK [Reform Party]\nThis election is about reform.\n\n"
        "MODERATOR JUNG YU-MI\nCandidate Kim, your question.\n\nKIM MOON-SOO\nCandidate Lee, will you resign?\n\n"
        "LEE JUN-SEOK\nNo.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "Jung Yu-Mi",  # (the text never writes her name: cased as a name in capitals is)
        "Kim Moon-soo",  # (as the text writes it)
        "Jung Yu-Mi",
        "Lee Jun-seok",
        "Jung Yu-Mi",
        "Kim Moon-soo",
        "Lee Jun-seok",
    ]


def test_a_headers_field_naming_the_chair_is_no_turn_and_names_the_chair():
    """``Chairman: Convener Ma Wenjun`` between ``Time:`` and ``Location:`` is a field of the minutes' header: no turn,
    and the chairman it names is the one who speaks under ``Chairman:``; a chair who calls a name is a turn."""
    corpus = kit.parse(
        "Minutes of the Foreign Affairs and National Defense Committee\n\nTime: Wednesday, March 12, 2025, 9:01\n"
        "Chairman: Convener Ma Wenjun\nLocation: Conference Room 101\n\n"
        "Chairman: There are 7 members present. The meeting is now open.\n"
        "Chairman: Minister Gu Lixiong.\n"
        "Minister Gu Lixiong: Good morning. I am honoured to report.\n"
        "Chairman: Committee Member Wang Dingyu.\n"
        "Committee Member Wang Dingyu: Minister, when will the submarines be delivered?\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [7, 8, 9, 10, 11]
    assert turns["speaker"].tolist() == ["Ma Wenjun", "Ma Wenjun", "Gu Lixiong", "Ma Wenjun", "Wang Dingyu"]


def test_letters_in_a_label_stay_capitals_and_a_name_is_spelled_as_the_text_writes_it():
    """``MC:`` is the MC, not "Mc"; ``PM HU'AKAVAMEILIKU`` and ``SG WAQA`` keep their offices' letters, and the name
    takes the text's spelling (``Hu'akavameiliku``, not "Hu'Akavameiliku")."""
    turns = kit.parse(
        "Joint press conference\n\nMC: Welcome. We have the Honourable Hu'akavameiliku Siaosi Sovaleni and the "
        "Secretary General, Baron Waqa.\n\nPM HU'AKAVAMEILIKU: Thank you.\n\nSG WAQA: Thank you.\n\n"
        "QUESTION: Prime Minister, why?\n\nPM HU'AKAVAMEILIKU: Because.\n"
    ).turns
    assert turns["speaker"].tolist() == [
        "MC",
        "PM Hu'akavameiliku",
        "SG Waqa",
        "Unnamed journalist",
        "PM Hu'akavameiliku",
    ]


def test_letters_after_a_name_in_capitals_are_no_part_of_it_but_a_title_before_it_stays():
    turns = kit.parse(
        "Phone-in\n\nHON LAWRIE HOOPER MHK: Good morning, and thank you for having me.\n\n"
        "ADV PRETORIUS SC: We are ready to call the next witness.\n\n"
        "ATTORNEY GENERAL MEESE: I learned of it in November.\n\nHON LAWRIE HOOPER MHK: Yes, I agree.\n"
    ).turns
    assert turns["speaker"].tolist() == ["Lawrie Hooper", "Adv Pretorius", "Attorney General Meese", "Lawrie Hooper"]


@pytest.mark.parametrize(
    ("asks", "answers"),
    [("PREGUNTA", "RESPUESTA"), ("Jornalista", "Resposta"), ("Domanda", "Risposta"), ("Frage", "Antwort")],
)
def test_role_labels_in_the_languages_governments_print_transcripts_in(asks, answers):
    turns = kit.parse(
        f"Rueda de prensa\n\n{asks}: ¿Cuándo?\n\n{answers}: Mañana.\n\n{asks}: ¿Dónde?\n\n{answers}: Aquí.\n"
    ).turns
    assert turns["role"].isin(kit.schema.ASKING_ROLES).tolist() == [True, False] * 2  # (as "Q:" and "A:" are)
    assert turns["kind"].tolist() == ["question", "answer"] * 2


def test_an_indonesian_press_conferences_role_labels_alone_on_their_lines():
    corpus = kit.parse(
        "Keterangan Pers Presiden Republik Indonesia\n\nPresiden Republik Indonesia:\nTerima kasih. ASEAN harus "
        "bersatu.\n\nWartawan:\nPak, soal Ambalat dibahas, Pak?\n\nPresiden Republik Indonesia:\nKita sepakat.\n\n"
        "Wartawan asing:\nMr. President, Channel News Asia. On Myanmar, is the consensus still working?\n\n"
        "Presiden Republik Indonesia:\nIt is still our reference.\n"
    )
    turns = corpus.turns
    assert turns["role"].tolist() == ["official", "journalist", "official", "journalist", "official"]
    assert corpus.documents["event"].tolist() == ["news_conference"]


def test_a_chairs_introduction_of_others_does_not_name_the_chair():
    turns = kit.parse(
        "Committee of Public Accounts\n\nChairman: We are joined by Mr. Richard Collins, chief financial officer. "
        "I invite Mr. Collins to begin.\n\nMr. Richard Collins: Thank you, Chairman.\n\nChairman: Why did costs rise?\n\n"
        "Mr. Richard Collins: Staffing.\n"
    ).turns
    assert turns["speaker"].tolist()[::2] == ["Chairman", "Chairman"]


def test_an_unnamed_askers_name_is_the_one_the_moderators_hand_over_gives():
    briefing = kit.parse(
        "Wildfire update\n\nMODERATOR: Thank you. We'll go to questions now. First question is from Richard Zussman "
        "with Global News.\n\nREPORTER: Thank you. Premier, how many homes have been lost?\n\n"
        "PREMIER EBY: We don't have a number yet.\n\nMODERATOR: Next up, Katie DeRosa with CBC.\n\n"
        "REPORTER: Premier, why wasn't the state of emergency declared earlier?\n\nPREMIER EBY: It was needed now.\n\n"
        "MODERATOR: We have Anna Lee from CTV, then Tom Berg from the Sun.\n\nREPORTER: Who decides?\n\n"
        "PREMIER EBY: We do.\n"
    ).turns
    asked = briefing.loc[briefing["speaker_label"] == "REPORTER", "speaker"].tolist()
    assert asked == ["Richard Zussman", "Katie DeRosa", "Unnamed journalist"]  # (two named: neither)


def test_a_moderator_who_calls_the_next_asker_by_name_alone_names_them():
    briefing = kit.parse(
        "Commissioner's news conference\n\nMODERATOR: We'll start right here in the front with Judy Battista.\n\n"
        "Q: Roger, what more can the league do?\n\nCOMMISSIONER: We can do more.\n\n"
        "MODERATOR: Last question today, Rob Shaw.\n\nQ: Commissioner, is this the new normal?\n\n"
        "COMMISSIONER: It is.\n\nMODERATOR: Thanks, Rob Shaw. One more, over there.\n\nQ: And the budget?\n\n"
        "COMMISSIONER: Next year.\n\nMODERATOR: Thank you, Ann Lee.\n\nQ: Why now?\n\nCOMMISSIONER: Because.\n"
    ).turns
    asked = briefing.loc[briefing["speaker_label"] == "Q", "speaker"].tolist()
    # (a name the moderator thanks is the one who asked before, not the next)
    assert asked == ["Judy Battista", "Rob Shaw", "Unnamed journalist", "Unnamed journalist"]


def test_names_with_a_capital_inside_introduce_a_journalist():
    briefing = kit.parse(
        "Briefing on Taiwan\n\nMODERATOR: Next question.\n\nQ: Hi, Courtney McBride with Bloomberg. How exposed is "
        "Taiwan?\n\nMR. SACKS: Very.\n\nMODERATOR: Next.\n\nQ: My name is Aoife O'Malley, and I write for the Times. "
        "Is TSMC safe?\n\nMR. SACKS: For now.\n"
    ).turns
    asked = briefing[briefing["speaker_label"] == "Q"]
    assert asked["speaker"].tolist() == ["Courtney McBride", "Aoife O'Malley"]
    assert asked["affiliation"].iloc[0] == "Bloomberg"


MISREADINGS = Path(__file__).parent / "fixtures" / "misreadings"


@pytest.mark.parametrize(
    ("name", "label", "speakers"),
    [
        ("spouse_in_the_lead", "President Biden", {"President Biden"}),  # (not "First Lady Jill Biden")
        ("headline_after_a_surname", "President Obama", {"President Obama"}),  # (not "Obama Farewell Address")
        ("place_before_the_office", "PRIME MINISTER", {"Prime Minister"}),  # (not "Downing Street")
        ("place_beside_the_office", "THE PRESIDENT", {"The President"}),  # (not "Rose Garden")
        ("nationality_after_im", "Q", {"Unnamed journalist"}),  # (not "Puerto Rican")
        ("adjectives_in_captions", ">>", {"Unnamed speaker"}),  # (not "Undecided")
        ("sentence_opener_with_an_acronym", "Question", {"Anna Keller", "Unnamed journalist"}),  # (not "Staying")
        ("questioned_by_reporters", "Q", {"Unnamed journalist"}),  # (not "Reporters")
        ("byline_of_the_interviewee", "Q", {"Unnamed journalist"}),  # (she is interviewed)
    ],
)
def test_what_is_no_ones_name_names_no_one(name, label, speakers):
    turns = kit.read_transcript(MISREADINGS / f"{name}.txt").turns
    taken = turns["label_shape"] == "voice" if label == ">>" else turns["speaker_label"] == label
    assert set(turns.loc[taken, "speaker"]) == speakers


@pytest.mark.parametrize(
    ("name", "line", "speaker"),
    [
        ("rivals_first_name_asked_at_the_end", 10, "Unnamed speaker"),  # ("..., MIKE?" from a rival calls no one)
        ("endorsers_named_as_an_answer_ends", 10, "Unnamed speaker"),  # (not "Governor Polis", named once)
        ("on_stage_with_a_rival", 10, "Unnamed speaker"),  # (not "Mike Johnston": "on stage with" gives no floor)
        ("god_bless_closing", 10, "Unnamed speaker"),  # (not "God Bless")
        ("fair_enough_caption", 12, "Unnamed speaker"),  # (not "Fair Enough")
        ("quoted_ad_self_introduction", 8, "Unnamed speaker"),  # (an ad's "I'M MIKE JOHNSTON" quoted)
        ("moderator_introduces_the_minister", 5, "Unnamed journalist"),  # (not the minister the moderator introduced)
        ("on_the_air_with_the_premier", 11, "Audience member"),  # (not "Doug Ford", whom the caller is live with)
        ("interpreter_voices_a_journalist", 9, "Interpreter"),  # (the interpreter speaks for others)
        ("presenter_reads_a_text", 3, "Presenter"),  # (not the listener whose text she reads)
        ("caller_gives_her_name", 9, "Margaret"),  # (a new caller who names herself, not the last one)
        ("two_hosts_one_label", 5, "Host"),  # (two hosts give two names under one label)
        ("thanks_for_ringing_this_morning", 11, "Audience member"),  # (the caller the host thanks spoke before)
        ("viewer_thanked_for_a_question", 10, "Unnamed speaker"),  # (a viewer thanked is not there)
        ("question_through_the_chair", 8, "Unnamed speaker"),  # (a member asks through the chair; an officer answers)
        ("report_author_named_by_the_chair", 6, "Unnamed speaker"),  # (the report's author is not the member)
        ("follow_up_go_ahead_captions", 14, "Unnamed speaker"),  # (not "Go Ahead", nor "Follow Up")
        ("rivals_ad_quoted_without_marks", 6, "Unnamed speaker"),  # ("... YOU HEAR IT. I'M MIKE JOHNSTON AND I'LL")
        ("thanks_for_coming", 8, "Unnamed speaker"),  # ("THANK YOU, SENATOR, FOR COMING": not the one before)
        ("turn_to_what_an_absent_man_said", 10, "Unnamed speaker"),  # ("LET ME TURN TO WHAT GAVIN NEWSOM PROPOSED")
        ("absent_councillor_who_cannot_be_here", 8, "Unnamed speaker"),  # ("Councillor Linklater, who can't be ...")
        ("rivals_rhetorical_question_by_title", 14, "Unnamed speaker"),  # ("WHERE WERE YOU ..., GOVERNOR BESHEAR?")
        ("invite_questions_for_the_author", 6, "Unnamed speaker"),  # ("I'd invite questions ... for Karen Greaves.")
        ("candidate_answers_the_questioner_by_name", 14, "Unnamed speaker"),  # ("ANNA, I HOPE THAT HELPS ...")
        ("cohost_who_never_names_himself", 5, "Host"),  # (his turn opens "Thanks, Sarah.": two hosts, one label)
        ("presenter_reads_a_text_after_a_colon", 3, "Presenter"),  # ("It says: Hi, I'm Dave Quayle ...")
        ("chair_hands_over_to_the_vice_chair", 9, "Chair"),  # ("Thank you, Councillor Rowley." under Chair:)
        ("callers_its_daves_wife", 7, "Audience member"),  # ("Hello, it's Dave's wife here")
        ("callers_its_monday", 7, "Audience member"),  # ("Hello, it's Monday and my bins ...")
        ("minister_takes_the_next_call", 9, "Audience member"),  # (after "Go ahead, caller.": another caller)
        ("moderator_names_the_next_but_one", 7, "Unnamed journalist"),  # ("from Kaitlan Collins, and after that, ...")
        ("phones_after_the_room", 7, "Unnamed journalist"),  # ("... and then go to the phones, ... with Rob Shaw.")
        ("questions_can_go_over_to_the_minister", 7, "Unnamed journalist"),  # ("... can go over to Adrian Dix.")
        ("thats_your_two_questions", 17, "Unnamed journalist"),  # ("Okay, that's your two questions, Rob Shaw.")
        ("wrap_for_a_meeting_with", 7, "Unnamed journalist"),  # ("... to go to a meeting with Mark Carney.")
        ("moderator_names_herself", 7, "Unnamed journalist"),  # ("... and I'm your moderator today, Amy Chan.")
        ("that_last_question_was_from", 13, "Unnamed journalist"),  # ("sorry, that last question was from Rob Shaw.")
        ("thank_you_councillor", 8, "Unnamed speaker"),  # ("Thank you, Councillor." may thank any of them)
    ],
)
def test_a_reviewers_texts_name_no_one_the_words_do_not_point_to(name, line, speaker):
    turns = kit.read_transcript(MISREADINGS / f"{name}.txt").turns
    assert turns.loc[turns["first_line"] == line, "speaker"].tolist() == [speaker]


@pytest.mark.parametrize(
    ("name", "event", "speakers"),
    [
        ("welcome_to_the_town_hall_building", "news_conference", None),  # (Q labels decide before a welcome)
        ("welcome_to_the_press_theatre", "news_conference", None),
        ("presidential_debates_of_a_year", "debate", None),  # (not a chamber's "Debates of 14 Jun 2022")
        ("townhall_an_outlets_name", "interview", None),  # ("Townhall's Katie Pavlich": an outlet's name)
        ("agenda_rows_with_times", None, {"Anita Anand", "Jane Ross", "Tom Berg"}),  # (not "Opening Remarks 9:00 a.m.")
        ("bracketed_sound_bites", None, {"Anna Price", "Tom Berg"}),  # (not "[SOUND BITE]")
        ("witness_list_with_dashes", None, {"Chair", "Dr. Price", "Mr. Ortega", "Professor Berg"}),  # (a list's rows)
        ("dashed_asides_in_prose", None, {"Anna Price", "Jane Marsh", "Tom Berg"}),  # ("Biden — who spent ...")
        ("korean_given_name_chan", None, {"Lee Hae-chan", "Unnamed journalist"}),  # (-chan: a name's own syllable)
        ("resolved_read_in_a_record", None, {"Mr. Park", "Ms. Alvarez", "The Court", "The Witness"}),  # ("RESOLVED:")
    ],
)
def test_a_reviewers_texts_keep_their_events_and_speakers(name, event, speakers):
    corpus = kit.read_transcript(MISREADINGS / f"{name}.txt")
    if event is not None:
        assert corpus.documents["event"].tolist() == [event]
    if speakers is not None:
        assert set(corpus.turns["speaker"]) == speakers


@pytest.mark.parametrize(
    ("name", "event", "turns"),
    [
        ("party_committees_debate", "debate", 5),  # (a party's National Committee hosts it: no hearing)
        ("district_in_a_name_line", "hearing", 5),  # ("(D-CA-12)" is no page's footer)
        ("council_above_proceedings", "meeting", 10),  # (a call to order above "PROCEEDINGS" is said)
        ("company_named_general", "news_conference", 5),  # ("General Motors ... Chairman and CEO": one company)
        ("photo_caption_in_a_record", "debate", 6),  # (a caption ending in "(Sam Boal)" is no label)
    ],
)
def test_a_pages_furniture_and_titles_do_not_misread_turns_or_events(name, event, turns):
    corpus = kit.read_transcript(MISREADINGS / f"{name}.txt")
    assert (corpus.documents.loc[0, "event"], len(corpus.turns)) == (event, turns)


@pytest.mark.parametrize(
    ("name", "event", "roles"),
    [
        # a panelist the moderator calls to put a question, though it has no question mark, asks
        ("panelist_called_to_ask_without_a_question_mark", "debate", {"COMPTON": "interviewer", "DUKAKIS": "guest"}),
        ("senator_recognised_who_only_yields", "hearing", {"SENATOR CANTWELL": "member"}),  # (no witness)
        ("presiding_judge_as_a_witness", "hearing", {"JUDGE LOPEZ": "witness"}),  # ("Presiding Judge": her office)
        ("presiding_judges_surname_shared", "hearing", {"MS. WILLIAMS": "member"}),  # ("Judge Robert Williams ...")
        ("chamber_named_before_a_court_case", "hearing", {}),  # ("House of Lords: R v Jones ... Court of Appeal")
        ("numbered_point_of_a_committee", "briefing", {"Chief Secretary": "official"}),  # (no printed question)
        ("dots_before_a_number_in_an_answer", "meeting", {"CONTESTANT": "official"}),  # (no table of contents)
        ("announcer_introduces_the_principal", "meeting", {"ANNOUNCER": "staff"}),  # (no headline)
        ("caption_without_punctuation", "meeting", {"Mike Ross": "official"}),  # (no headline)
        ("pm_in_a_schedule", "town_hall", {"HOST": "staff"}),  # ("PM: Concert in the park": the host's words)
        ("pm_as_initials", "interview", {"PM": "interviewer"}),  # (an oral history's interviewer: Paul Mason)
    ],
)
def test_what_looks_like_a_records_or_a_courts_shape_keeps_its_reading(name, event, roles):
    corpus = kit.read_transcript(MISREADINGS / f"{name}.txt")
    turns = corpus.turns
    assert corpus.documents.loc[0, "event"] == event
    assert {label: turns.loc[turns["speaker_label"] == label, "role"].iloc[0] for label in roles} == roles
    assert not turns["speaker_label"].isin(["PM", "2. Senator Warren"]).any() or name == "pm_as_initials"


@pytest.mark.parametrize(
    ("name", "label", "speaker", "role"),
    [
        ("caps_title_before_a_preposition", "THE PRESIDENT", "The President", "official"),  # ("... BEFORE MARINE ONE")
        ("first_name_and_a_shop", "JOHN", "John", "guest"),  # (not "John Lewis", a shop said in passing)
        ("surname_and_a_building", "TRUMP", "Trump", "guest"),  # (not "Trump Tower")
        ("cipher_and_a_letter", "SOLDIER J", "Soldier J", "witness"),  # (an inquiry's cipher, no judge)
        ("debate_of_a_presenter_and_a_guest", "KIRSTY WARK", "Kirsty Wark", "interviewer"),
        (
            "tribunal_judge_beside_a_witness_heading",
            "JUDGE ORIE",
            "Judge Orie",
            "member",
        ),  # (the A.s are the witness's)
        ("witness_index_heading", "A", "The Witness", "witness"),  # ("WITNESS:  DIRECT  CROSS": an index)
    ],
)
def test_a_second_reviews_texts_keep_their_speakers(name, label, speaker, role):
    turns = kit.read_transcript(MISREADINGS / f"{name}.txt").turns
    taken = turns[turns["speaker_label"] == label]
    assert (set(taken["speaker"]), set(taken["role"])) == ({speaker}, {role})


def test_words_before_a_colon_in_live_captions_are_no_speakers():
    turns = kit.read_transcript(MISREADINGS / "caption_words_before_a_colon.txt").turns
    assert not turns["speaker_label"].isin(["Motion", "Vote", "Correction"]).any()
    assert "Alter" in set(turns["speaker_label"])  # (named after a title: "Councilmember Alter")


def test_an_office_whose_name_has_small_words_keeps_the_holder_in_its_note():
    commons = kit.read_transcript(MISREADINGS / "office_with_small_words_and_its_holder.txt").turns
    assert "Sean Woodcock" in set(commons["speaker"])
    assert set(commons.loc[commons["speaker"] == "Richard Holden", "role"]) == {"member"}
    oral = kit.read_transcript(MISREADINGS / "pm_as_initials.txt").turns
    assert set(oral.loc[oral["speaker_label"] == "PM", "speaker"]) == {"Paul Mason"}
    assert len(kit.read_transcript(MISREADINGS / "dots_before_a_number_in_an_answer.txt").turns) == 5
    assert len(kit.read_transcript(MISREADINGS / "caption_without_punctuation.txt").turns) == 2


def test_an_examiner_line_holds_for_its_witness_and_a_name_in_small_letters_by_its_first_name():
    inquiry = kit.read_transcript(MISREADINGS / "examiner_line_then_other_counsel.txt").turns
    assert set(inquiry.loc[inquiry["speaker_label"] == "Q", "speaker"]) == {"Mr Beer", "Ms Price"}
    daily = kit.read_transcript(MISREADINGS / "names_in_small_letters_first_name_written.txt").turns
    assert set(daily["speaker"]) == {"Sabrina Tavernise", "Niraj Chokshi"}


def test_an_askers_own_name_may_be_followed_by_where_they_are_from():
    briefing = kit.parse(
        "IMF Press Briefing\n\nMS. KOZACK: Good morning. Let's take questions.\n\n"
        "QUESTIONER: Hi, Julie. My name is Shahid Karim from Dawn in Pakistan. Can you confirm the date?\n\n"
        "MS. KOZACK: I can confirm it.\n\n"
        "AUDIENCE MEMBER: Hello. I'm Jonas Weber from Frankfurt, Germany. Will the fund lend more?\n\n"
        "MS. KOZACK: We will see.\n\n"
        "QUESTIONER: I'm Coming From Lagos with a question. Is it final?\n\nMS. KOZACK: Yes.\n"
    ).turns
    assert briefing["speaker"].tolist()[1:4:2] == ["Shahid Karim", "Jonas Weber"]
    assert briefing["speaker"].iloc[5].startswith("Unnamed")  # ("Coming From Lagos": prose, no name)


def test_a_named_askers_and_or_but_after_the_answer_is_theirs_unless_the_floor_was_given_between():
    briefing = kit.parse(
        "Department Press Briefing\n\nMR PATEL: Good afternoon. Go ahead.\n\n"
        "QUESTION: Jennifer Hansler with CNN. On Ukraine, what is the impact without funding?\n\n"
        "MR PATEL: The impact would be significant, Jennifer.\n\n"
        "QUESTION: And is the Secretary going to call members of Congress this week?\n\n"
        "MR PATEL: He will. Go ahead.\n\n"
        "QUESTION: On the Red Sea, will the coalition act?\n\n"
        "MR PATEL: I won't preview any action.\n\n"
        "QUESTION: Marcia Dunn, Associated Press. Was the burn short?\n\n"
        "MR PATEL: It was. Yes, in the back?\n\n"
        "QUESTION: And what about the launch in October?\n\n"
        "MR PATEL: It stands.\n"
    ).turns
    asking = briefing[briefing["speaker_label"] == "QUESTION"]
    assert asking["speaker"].tolist() == [
        "Jennifer Hansler",
        "Jennifer Hansler",  # "And ...", right after the answer to her
        "Unnamed journalist",  # after "Go ahead."
        "Marcia Dunn",
        "Unnamed journalist",  # after "Yes, in the back?": someone else
    ]
    assert asking["kind"].tolist()[:2] == ["question", "follow_up"]
    assert asking["exchange_id"].iloc[0] == asking["exchange_id"].iloc[1]


def test_who_speaks_briefly_between_an_answer_and_each_next_question_gives_the_floor():
    conference = kit.parse(
        "Postlaunch News Conference\n\n"
        "JOSH FINCH: Good afternoon and welcome. We'll hear from our panelists and then take your questions.\n\n"
        "KEN BOWERSOX: Thanks, Josh. It was a beautiful launch today, and the crew is doing well in orbit.\n\n"
        "STEVE STICH: The countdown was clean, and we did not work any significant issues on the vehicle.\n\n"
        "JOSH FINCH: Back to the room. Right here in the second row.\n\n"
        "QUESTION: Hi, Jackie Wattles, CNN. Did the new tower work as planned?\n\n"
        "KEN BOWERSOX: It worked really well. The crew walked out, the arm swung, and the egress system was ready. "
        "Like every new system, we will go through the data and see if there is anything we want to tweak.\n\n"
        "JOSH FINCH: We have time for just a couple more. Jeff Foust, SpaceNews, on the phone.\n\n"
        "QUESTION: Thanks. For Ken, did NASA wait too long to decide?\n\n"
        "KEN BOWERSOX: I think the team made the right decision at the right time. We took the time we needed to "
        "understand the data, and I would rather take a few extra weeks and get it right than rush it.\n\n"
        "STEVE STICH: I'll just add that we listened to everybody in the room, including those who disagreed.\n\n"
        "JOSH FINCH: And for our final question, we'll go to the gentleman on the aisle.\n\n"
        "QUESTION: Is there any concern for the docking tomorrow?\n\n"
        "STEVE STICH: No. Dragon is healthy and on its way.\n"
    ).turns
    by = conference.drop_duplicates("speaker").set_index("speaker")["role"]
    assert by["Josh Finch"] == "staff"
    assert by["Steve Stich"] != "staff"  # (he adds to an answer once, and answers too)
    assert conference.loc[conference["speaker_label"] == "QUESTION", "speaker"].tolist() == [
        "Jackie Wattles",
        "Jeff Foust",  # the moderator's hand-over
        "Unnamed journalist",
    ]


def test_a_header_field_names_its_holder_on_the_next_line_or_after_a_longer_field_name():
    conference = kit.parse(
        "Postlaunch News Conference\nKennedy Space Center, Florida\n\n"
        "PARTICIPANTS:\nKen Bowersox, Associate Administrator, NASA\n\n"
        "MODERATOR:\nJosh Finch, NASA Office of Communications\n\nTRANSCRIPT\n\n"
        "JOSH FINCH: Good afternoon. Ken?\n\n"
        "KEN BOWERSOX: Thanks, Josh. It was a beautiful launch today, and the crew is doing well in orbit.\n"
    ).turns
    titles = conference.drop_duplicates("speaker").set_index("speaker")["speaker_title"]
    assert titles["Josh Finch"] == "Moderator"
    assert titles.isna()["Ken Bowersox"]  # (a list of participants gives no part)
    drivers = kit.parse(
        "FIA Formula One World Championship\nThursday Press Conference Transcript\n\n"
        "DRIVERS – PART ONE: Lewis HAMILTON (Mercedes), Carlos SAINZ (Ferrari)\n\n"
        "Press conference host: Tom Clarkson\n\n"
        "Q: Lewis, this is your last race weekend with the team. How are you feeling?\n\n"
        "Lewis HAMILTON: Honestly, it's a bit surreal.\n\n"
        "Q: Carlos, how big would a title be?\n\n"
        "Carlos SAINZ: It would be massive, both for me and for the team, and for everyone in Maranello.\n\n"
        "QUESTIONS FROM THE FLOOR\n\n"
        "Q: (Ben Hunt – The Sun) Lewis, do you still believe you are not fast anymore?\n\n"
        "Lewis HAMILTON: I don't think I said it in that way.\n\n"
        "Q: (Luke Smith, The Athletic) Carlos, were you treated fairly?\n\n"
        "Carlos SAINZ: I was, and I am going to Williams with a lot of motivation for next year.\n\n"
        "Q: One for both of you: what will you miss most?\n\n"
        "Lewis HAMILTON: The people.\n"
    ).turns
    assert drivers.loc[drivers["speaker_label"] == "Q", "speaker"].tolist() == [
        *["Tom Clarkson", "Tom Clarkson"],
        *["Ben Hunt", "Luke Smith"],
        "Tom Clarkson",  # the host, whom the page names and who has no label of their own
    ]
    assert drivers.loc[drivers["speaker"] == "Ben Hunt", "affiliation"].tolist() == ["The Sun"]


def test_an_office_as_a_label_in_sentence_case_is_named_after_its_holder_the_lead_names():
    session = kit.parse(
        "Transcript of remarks by CE at media session before ExCo meeting\n\n"
        "     Following is the transcript of remarks by the Chief Executive, Mr John Lee, at a media session "
        "before the Executive Council meeting today (October 8):\n\n"
        "Chief Executive: Good morning. Next week I will deliver my third Policy Address.\n\n"
        "Reporter: Mr Lee, will the Policy Address include new measures?\n\n"
        "Chief Executive: It will, and we will announce them next week.\n\n"
        "Reporter: And on housing, what is the target?\n\n"
        "Chief Executive: We will set it in the Policy Address.\n"
    ).turns
    assert session["speaker"].tolist() == ["John Lee", "Unnamed journalist"] * 2 + ["John Lee"]
    unnamed = kit.parse(
        "Notes\n\nChief Executive: Good morning.\n\nReporter: Will it last?\n\nChief Executive: Yes.\n\n"
        "Reporter: And the target?\n\nChief Executive: Next week.\n"
    )
    assert unnamed.turns["speaker"].tolist()[0] == "Chief Executive"  # (where the page names no holder: the office)


def test_letters_after_a_name_in_its_label_are_no_part_of_the_speakers_name():
    hall = kit.parse(
        "People's Question Time\n\nPresent:\nAndrew Boff AM (Chairman)\n\n"
        "Andrew Boff AM (Chairman): Good evening. Our first question is from the lady in the second row.\n\n"
        "Margaret Ellis (Member of the Public): Why did you not listen?\n\n"
        "Sadiq Khan (Mayor of London): I did listen, and the consultation was clear.\n\n"
        "Andrew Boff AM (Chairman): I will bring in Peter Fortune.\n\n"
        "Peter Fortune AM: Mr Mayor, what do your own figures show?\n\n"
        "Sadiq Khan (Mayor of London): We will publish them.\n\n"
        "Jeremy Hunt MP: And in Surrey?\n\nSadiq Khan (Mayor of London): Surrey is not London.\n"
    ).turns
    assert hall["speaker"].drop_duplicates().tolist() == [
        *["Andrew Boff", "Margaret Ellis", "Sadiq Khan"],
        *["Peter Fortune", "Jeremy Hunt"],
    ]
    assert hall["speaker_label"].tolist()[0] == "Andrew Boff AM"  # (the label as the page writes it)


def test_a_question_time_whose_askers_are_members_of_the_public_is_a_town_hall():
    text = (
        "People's Question Time\n\n"
        "Andrew Boff AM (Chairman): Good evening. Our first question is from the lady in the second row.\n\n"
        "Margaret Ellis (Member of the Public): I am 74 and my car is not compliant, and the buses are nowhere "
        "near good enough here. Why did you not listen to outer London?\n\n"
        "Sadiq Khan (Mayor of London): I did listen, and the consultation was clear.\n\n"
        "Andrew Boff AM (Chairman): The gentleman at the back.\n\n"
        "Member of the Public: Mr Mayor, why was Bromley ignored?\n\n"
        "Sadiq Khan (Mayor of London): It was not ignored.\n\n"
        "Peter Fortune AM: Mr Mayor, what do your own figures show?\n\n"
        "Sadiq Khan (Mayor of London): We will publish them.\n"
    )
    hall = kit.parse(text)
    assert hall.documents[["event", "event_source"]].values.tolist() == [["town_hall", "labels"]]
    by = hall.turns.drop_duplicates("speaker").set_index("speaker")["role"]
    assert by["Margaret Ellis"] == "audience" and by["Sadiq Khan"] == "official"
    members = kit.parse(text.replace("(Member of the Public)", "(Con)").replace("Member of the Public:", "Bob Neill:"))
    assert members.documents["event"].tolist() == ["question_time"]  # members ask: the title's kind


@pytest.mark.parametrize(
    ("title", "answerer"),
    [
        (
            "Home > Governor's Press Conferences > 2024\n\nGovernor Ueda's Press Conference\non 20 September",
            "Governor Ueda",
        ),
        ("Press Conference by the Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi"),
        ("Mayor Ana Ruiz's News Conference", "Ana Ruiz"),
        ("The Bank's Press Conference", "Unnamed respondent"),
    ],
)
def test_an_answer_label_at_a_press_conference_is_the_one_whose_conference_the_title_says_it_is(title, answerer):
    turns = kit.parse(
        f"{title}\n\nQ: Please explain today's decision.\n\nA: We kept the rate.\n\nQ: Why?\n\nA: Wages.\n"
    ).turns
    assert turns["speaker"].tolist()[1::2] == [answerer, answerer]


def test_an_interviewer_labelled_by_the_outlet_is_the_writer_the_page_credits():
    spiegel = kit.parse(
        'DER SPIEGEL\n\nFinnish President Alexander Stubb\n"Russia Only Understands the Language of Strength"\n\n'
        "Interview Conducted By Mathieu von Rohr in Helsinki\n03.12.2024, 17.42 Uhr\n\n"
        "DER SPIEGEL: Mr. President, how do you sleep at night?\n\nStubb: I sleep very well, thank you.\n\n"
        "DER SPIEGEL: Will the border stay closed?\n\nStubb: As long as Russia uses migrants as a weapon.\n\n"
        "DER SPIEGEL: And Ukraine?\n\nStubb: We will support Ukraine for as long as it takes.\n"
    ).turns
    assert spiegel["speaker"].tolist() == ["Mathieu von Rohr", "Stubb"] * 3
    assert set(spiegel.loc[spiegel["speaker_label"] == "DER SPIEGEL", "speaker_source"]) == {"byline"}
    uncredited = kit.parse(
        "DER SPIEGEL\n\nFinnish President Alexander Stubb\n\n"
        "DER SPIEGEL: Mr. President, how do you sleep at night?\n\nStubb: I sleep very well, thank you.\n\n"
        "DER SPIEGEL: Will the border stay closed?\n\nStubb: As long as Russia uses migrants as a weapon.\n\n"
        "DER SPIEGEL: And Ukraine?\n\nStubb: We will support Ukraine for as long as it takes.\n"
    ).turns
    assert uncredited["speaker"].tolist()[0] == "Der Spiegel"  # (no one credited: the outlet asks)


def test_a_record_that_says_who_took_the_chair_in_a_sentence_names_the_speaker():
    house = kit.parse(
        "Legislative Assembly\nThursday, 17 October 2024\n\n"
        "The SPEAKER (Maree Edwards) took the chair at 9:32 am, read the prayer and made an acknowledgement of country.\n\n"
        "Questions without notice and ministers statements\n\n"
        "Brad BATTIN (Berwick) (12:01): My question is to the Premier. Will the Premier apologise?\n\n"
        "Jacinta ALLAN (Bendigo East – Premier) (12:02): I thank the member for his question.\n\n"
        "The SPEAKER: Order! The Leader of the Opposition has asked his question.\n\n"
        "Brad BATTIN (Berwick) (12:03): Will the Premier rule out new taxes?\n\n"
        "Jacinta ALLAN (Bendigo East – Premier) (12:04): I will not be lectured by those opposite.\n\n"
        "The SPEAKER: Order! The member for Nepean will come to order.\n\n"
        "Ministers statements: health system\n\n"
        "Mary-Anne THOMAS (Macedon – Minister for Health) (12:06): I rise to update the house on our hospitals.\n"
    ).turns
    assert set(house.loc[house["speaker_label"] == "The SPEAKER", "speaker"]) == {"Maree Edwards"}
    assert house["role"].iloc[-1] == "official"  # (a minister's statement, whose note names her office)


def test_an_office_label_with_a_form_of_address_is_named_from_the_pages_list_of_members_present():
    sitting = kit.parse(
        "PARLIAMENT OF THE REPUBLIC OF FIJI\n\nDAILY HANSARD\n\nPRESENT\n\n"
        "Honourable Ratu Naiqama Tawake Lalabalavu, Speaker\n"
        "Honourable Sitiveni Ligamamada Rabuka, Prime Minister and Minister for Foreign Affairs\n"
        "Honourable Inia Batikoto Seruiratu, Leader of the Opposition\n\n"
        "QUESTIONS\n\n"
        "HON. I.B. SERUIRATU.- Mr. Speaker, Sir, can the Prime Minister update Parliament on the centres?\n\n"
        "HON. PRIME MINISTER.- Mr. Speaker, Sir, I thank the Leader of the Opposition for his question.\n\n"
        "MR. SPEAKER.- Supplementary question, the honourable Leader of the Opposition.\n\n"
        "HON. I.B. SERUIRATU.- How much has been allocated?\n\n"
        "HON. PRIME MINISTER.- I will provide that in writing.\n\n"
        "MR. SPEAKER.- Thank you.\n\n"
        "HON. DR. R.A. LALABALAVU.- Mr. Speaker, Sir, there have been no deaths.\n\n"
        "MR. SPEAKER.- Thank you.\n"
    ).turns
    assert sitting["speaker_label"].tolist()[-2] == "HON. DR. R.A. LALABALAVU"  # (not "HON. DR.", then words)
    assert sitting["speaker"].tolist()[0] == "Inia Batikoto Seruiratu"  # (initials, and the list's one such name)
    assert sitting["speaker"].drop_duplicates().tolist()[1:3] == [
        "Sitiveni Ligamamada Rabuka",
        "Naiqama Tawake Lalabalavu",
    ]


def test_a_page_that_names_the_sides_for_and_against_a_motion_is_a_debate():
    text = (
        'Intelligence Squared U.S.\n"Make the Four-Day Workweek the Norm"\n'
        "For the Motion: Rebecca Thornquist, Daniel Ashworth\nAgainst the Motion: Leonard Abara, Catherine Moyle\n"
        "Moderator: John Donvan\n\n"
        "John Donvan:\nRebecca Thornquist, you have seven minutes.\n\n"
        "Rebecca Thornquist:\nThank you, John. Let me start with a number: ninety-two.\n\n"
        "John Donvan:\nLeonard Abara, your response?\n\n"
        "Leonard Abara:\nThe trials were small and self-selected.\n\n"
        "John Donvan:\nRebecca?\n\nRebecca Thornquist:\nThey were not small.\n"
    )
    assert kit.parse(text).documents["event"].tolist() == ["debate"]


def test_a_debater_who_asks_a_rival_still_answers_the_moderator_and_the_panel():
    debate = kit.parse(
        "Provincial Leaders' Debate\n\n"
        "Dana Whitfield (Moderator)\nGood evening. Joining me are Ms. Okafor, Mr. Lindqvist and our panel.\n\n"
        "Priya Raman (Panel)\nMr. Lindqvist, you promised lower fares. Who pays for them?\n\n"
        "Arne Lindqvist\nThe province does, from the surplus we already have.\n\n"
        "Dana Whitfield\nMs. Okafor, your response.\n\n"
        "Grace Okafor\nThere is no surplus. The auditor said so in March.\n\n"
        "Arne Lindqvist\nThe auditor said the opposite, and the figures are public.\n\n"
        "Grace Okafor\nMr. Lindqvist, why do you keep repeating that number?\n\n"
        "Arne Lindqvist\nBecause it is the right one, Ms. Okafor.\n\n"
        "Dana Whitfield\nMs. Okafor, your closing statement.\n\n"
        "Grace Okafor\nVote for a plan that adds up.\n\n"
        "Dana Whitfield\nThank you both. Good night.\n"
    ).turns
    roles = debate[["speaker", "role"]].drop_duplicates().values.tolist()
    assert roles == [
        *[["Dana Whitfield", "staff"], ["Priya Raman", "interviewer"]],
        *[["Arne Lindqvist", "guest"], ["Grace Okafor", "guest"]],
    ]


def test_at_a_hearing_those_the_president_gives_the_floor_to_who_ask_nothing_address_the_bench():
    sitting = kit.parse(
        "International Tribunal for the Law of the Sea\nPublic sitting held on 11 September 2023\n"
        "President Ahmed presiding\n\n"
        "The PRESIDENT: Good morning. I give the floor to Mr Tavita Levi, who will open for Tuvalu.\n\n"
        "Mr LEVI: Mr President, Members of the Tribunal, it is an honour to appear before you.\n\n"
        "The PRESIDENT: Thank you. I now give the floor to Ms Ana Ruiz for Chile.\n\n"
        "Ms RUIZ: Mr President, Chile submits that the obligation is one of due diligence.\n\n"
        "The PRESIDENT: Thank you. Judge Kulyk has a question.\n\n"
        "Judge KULYK: Does Chile say the same of the continental shelf?\n\n"
        "The PRESIDENT: I thank Judge Kulyk. I now give the floor to Judge Osei.\n\n"
        "Judge OSEI: Would Tuvalu's answer differ for a State with no coast?\n\n"
        "The PRESIDENT: I thank Judge Osei. The sitting is closed.\n"
    )
    assert sitting.documents["event"].tolist() == ["hearing"]
    roles = sitting.turns.drop_duplicates("speaker_label")[["speaker_label", "role"]].values.tolist()
    assert roles == [
        *[["The PRESIDENT", "staff"], ["Mr LEVI", "witness"], ["Ms RUIZ", "witness"]],
        *[["Judge KULYK", "member"], ["Judge OSEI", "member"]],
    ]


def test_a_record_names_each_minister_once_then_only_the_minister():
    record = kit.parse(
        "HOUSE OF KEYS\nOFFICIAL REPORT\nHANSARD\nPublished by the Clerk. \u00a9 High Court of Tynwald, 2024\n\n"
        "Questions for Oral Answer\n\n"
        "1. Ferry timetable\nThe Hon. Member for Rushen (Mrs Kelly) to ask the Minister for Infrastructure:\n"
        "When will the winter timetable be published?\n\n"
        "The Speaker: Question 1, the Hon. Member for Rushen, Mrs Kelly.\n\n"
        "Mrs Kelly: Thank you, Mr Speaker. I beg to ask the Minister the Question standing in\nmy name.\n\n"
        "The Minister for Infrastructure (Mr Kermode): It will be published in October.\n\n"
        "Mrs Kelly: Will it keep the late sailing?\n\n"
        "The Minister: It will.\n\n"
        "2. Hospital beds\nThe Hon. Member for Onchan (Mr Quayle) to ask the Minister for Health:\n"
        "How many beds are open?\n\n"
        "Mr Quayle: I beg to ask the Question standing in my name.\n\n"
        "The Minister for Health (Mrs Corlett): There are 312.\n\n"
        "Mr Quayle: And how many are staffed?\n\n"
        "The Minister: All of them.\n"
    )
    assert record.documents["event"].tolist() == ["question_time"]  # (a chamber's record, though a court is named)
    turns = record.turns
    printed = turns[turns["label_shape"] == "asked"]  # the order paper's questions: their members'
    assert printed[["first_line", "speaker", "kind"]].values.tolist() == [
        *[[9, "Mrs Kelly", "question"], [24, "Mr Quayle", "question"]]
    ]
    answers = turns[turns["speaker_label"].str.startswith("The Minister")]
    assert answers["speaker"].tolist() == ["Mr Kermode", "Mr Kermode", "Mrs Corlett", "Mrs Corlett"]
    assert answers["speaker_title"].tolist()[::2] == ["Minister for Infrastructure", "Minister for Health"]
    asking = turns[turns["speaker"].isin(["Mrs Kelly", "Mr Quayle"])]  # (each asks: "I beg to ask the Question ...")
    assert set(asking["kind"]) == {"question", "follow_up"}
    assert set(asking["role"]) == {"member"}


def test_an_island_assemblys_record_numbers_its_questions_and_sets_each_label_on_its_own_line():
    record = kit.parse(
        "OFFICIAL REPORT - TUESDAY, 3rd MARCH 2026\n\n"
        "QUESTIONS ............................................................ 4\n"
        "  1. Deputy A.B. Quérée : ............................................ 4\n"
        "  2. Deputy C. Le Sueur of St. John : ................................. 5\n\n"
        "3. Oral Questions\n\n"
        "3.1 Deputy A.B. Quérée of St. Clement of the Minister for Housing regarding rents (OQ.12/2026):\n"
        "Will the Minister state how many households are waiting for social housing?\n\n"
        "Deputy R.J. Vibert of St. Helier South (The Minister for Housing):\n"
        "There are 1,412 households on the gateway list.\n\n"
        "3.1.1 Deputy A.B. Quérée :\n"
        "How long is the longest wait?\n\n"
        "Deputy R.J. Vibert :\n"
        "Just over four years.\n\n"
        "The Bailiff :\n"
        "Deputy Le Sueur.\n\n"
        "3.1.2 Deputy C. Le Sueur of St. John :\n"
        "Will the Minister publish the list by parish?\n\n"
        "Deputy R.J. Vibert :\n"
        "I will.\n"
    )
    turns = record.turns
    assert turns["first_line"].tolist() == [9, 12, 15, 18, 21, 24, 27]  # (not the contents' entries)
    assert turns["speaker"].tolist() == [
        *["A.B. Quérée", "R.J. Vibert", "A.B. Quérée", "R.J. Vibert"],
        *["The Bailiff", "C. Le Sueur", "R.J. Vibert"],
    ]
    assert turns["label_shape"].tolist()[0] == "asked"  # the question on the order paper, its member's
    assert turns["role"].tolist() == ["member", "official", "member", "official", "staff", "member", "official"]
    assert turns["kind"].tolist()[::2][:2] == ["question", "follow_up"]


def test_pm_is_the_prime_minister_the_page_names_above_the_office():
    conference = kit.parse(
        "Home  >  Speech\n\n"
        "Post-Cabinet Press Conference: Monday, 2 March 2026\n\n"
        "Aroha Tane\nPrime Minister\nMinister for Tourism\n\n"
        "PM: Kia ora, everyone. I'm joined by the Minister of Finance, Chris Bishop.\n\n"
        "Hon Chris Bishop: Thanks, Prime Minister. The figures are out today.\n\n"
        "Media: Prime Minister, will you change the budget?\n\n"
        "PM: No.\n\n"
        "Media: Minister, is that right?\n\n"
        "Hon Chris Bishop: It is.\n"
    )
    turns = conference.turns
    assert turns["first_line"].tolist() == [9, 11, 13, 15, 17, 19]  # (the title's colon opens no turn)
    assert turns["speaker"].tolist()[:2] == ["Aroha Tane", "Chris Bishop"]  # (a surname that is a title too, after Hon)
    assert turns["role"].tolist() == ["official", "official", "journalist", "official", "journalist", "official"]


def test_a_headline_that_quotes_its_speaker_without_quotation_marks_is_no_turn():
    page = kit.parse(
        "Gulf Daily\n\nKhalid Al-Mansouri: Mediation is a duty, not a privilege\n\nPublished: 3 Nov 2025\n\n"
        "The following is the interview of the Prime Minister.\n\n"
        "Question: Why did you host the summit?\nAnswer: Because it matters.\n\n"
        "Question: Will it succeed?\nAnswer: I hope so.\n"
    )
    assert page.turns["first_line"].tolist() == [9, 10, 12, 13]
    assert "Khalid Al-Mansouri" not in set(page.turns["speaker_label"])


def test_a_ministry_writes_family_names_in_capitals_and_journalists_by_outlet_and_surname():
    conference = kit.parse(
        "Press Conference by Minister for Foreign Affairs HAYASHI Ren\n\nOpening Remarks\n\n"
        "Ms. HAYASHI Ren, Minister for Foreign Affairs: Today I will travel to Manila.\n\n"
        "NHK, OGAWA: Will you meet the President there?\n\n"
        "Minister Hayashi: I will.\n\n"
        "Jiji Press, ENDO: And the Foreign Secretary?\n\n"
        "Minister Hayashi: Yes, on Friday.\n\n"
        "Yonhap News Agency, PARK: Will you raise the history textbooks?\n\n"
        "Minister Hayashi: I would like to refrain from answering.\n"
    )
    turns = conference.turns
    assert turns["first_line"].tolist() == [5, 7, 9, 11, 13, 15, 17]
    assert turns["speaker"].tolist() == [
        *["Hayashi Ren", "Ogawa", "Hayashi Ren", "Endo", "Hayashi Ren", "Park", "Hayashi Ren"]
    ]
    assert turns["role"].tolist()[1::2] == ["journalist"] * 3
    assert turns["affiliation"].tolist()[1::2] == ["NHK", "Jiji Press", "Yonhap News Agency"]


DIET_MINUTES = (
    "House of Councillors, Budget Committee, No. 8, March 10, 2025\n"
    " Members in attendance\n    Chairman         Tsuruho Yosuke-kun\n"
    "  ―――――――――――――\n  Today's agenda\n"
    "○ FY2025 General Account Budget (submitted by the Cabinet)\n"
    "  ―――――――――――――\n"
    "○Chairman (Tsuruho Yosuke-kun)\u3000We will now open the meeting. Tsujimoto Kiyomi-kun.\n"
    "○Tsujimoto Kiyomi-kun\u3000Prime Minister, was the amended budget a failure?\n"
    "○Chairman (Tsuruho Yosuke-kun)\u3000Prime Minister Ishiba Shigeru-kun.\n"
    "○Prime Minister (Ishiba Shigeru-kun)\u3000I do not think of it as a failure.\n"
    "○Tsujimoto Kiyomi-kun\u3000Then where will the money come from?\n"
    "○Prime Minister (Ishiba Shigeru-kun)\u3000From the budget as amended.\n"
    "  ―――――――――――――\n"
)


def test_a_records_mark_a_name_and_a_wide_space_open_a_turn():
    """The Japanese Diet's minutes print each turn as ``○`` and the speaker, then an ideographic space, no colon;
    the honorific a translation keeps joined to a name (``-kun``) is no part of it."""
    corpus = kit.parse(DIET_MINUTES)
    turns = corpus.turns
    assert turns["first_line"].tolist() == [8, 9, 10, 11, 12, 13]
    assert set(turns["label_shape"]) == {"marked"}
    assert turns["speaker"].tolist() == [
        "Tsuruho Yosuke",
        "Tsujimoto Kiyomi",
        "Tsuruho Yosuke",
        "Ishiba Shigeru",
        "Tsujimoto Kiyomi",
        "Ishiba Shigeru",
    ]
    kinds = corpus.lines["kind"].tolist()
    assert kinds[5] != "speech" and kinds[3] == kinds[6] == kinds[13] == "separator"  # (an agenda's item: no turn)


def test_a_hard_wrapped_records_labels_in_capitals_open_lines_after_a_sentences_end():
    """A board's transcript, numbered and wrapped at a fixed width: ``SUP. SOLIS: Thank you`` after a line that ends a
    sentence opens a turn, however long that line; a name in capitals mid-sentence does not."""
    wrapped = [
        "we had eleven consecutive days above 100 degrees in parts of",
        "the valley, and our cooling centers were half empty because",
        "people did not know they existed or could not get to them in",
        "time, so this motion directs the office to expand the hours.",
    ]
    rows = [
        "SUP. HORVATH, CHAIR: Thank you. We are now on item 7, the",
        "motion by Supervisors Solis and Mitchell on extreme heat",
        "preparedness. Supervisor Solis, you have the floor today.",
        "SUP. SOLIS: Thank you, Madam Chair. Colleagues, last September",
        *wrapped * 3,
        "SUP. HORVATH, CHAIR: Thank you. Supervisor Mitchell, please.",
        "SUP. MITCHELL: Thank you. I want to ask the Office how many",
        *wrapped * 3,
        "cooling centers were open after six o'clock at night, and",
        "KEVIN McGOWAN: said in his report that the figure was low?",
    ]
    pages = [rows[k : k + 25] for k in range(0, len(rows), 25)]  # (25 numbered lines a page, under its header)
    text = "BOARD OF SUPERVISORS\nTRANSCRIPT OF PROCEEDINGS\n" + "".join(
        f"\nJune 4, 2024\n\n{' ' * 68}{57 + p}\n" + "\n".join(f"{k + 1:2d}      {row}" for k, row in enumerate(page))
        for p, page in enumerate(pages)
    )
    lines = text.splitlines()
    labels = [k + 1 for k, line in enumerate(lines) if "SUP. " in line[:16]]
    turns = kit.parse(text).turns
    assert turns["first_line"].tolist() == labels  # (and not McGowan's, mid-sentence)
    assert turns["speaker"].tolist() == ["Sup. Horvath", "Sup. Solis", "Sup. Horvath", "Sup. Mitchell"]


def test_his_excellencys_labels_and_a_name_of_lineage():
    """``HE`` before a title or a name is His Excellency, not the pronoun; a name of a father's and forefathers'
    names (``Mohammed bin Abdulrahman bin Jassim Al-Thani``) is one name; ``The PERMANENT REPRESENTATIVE OF
    MEXICO`` is an office's label."""
    turns = kit.parse(
        "Joint Press Conference of HE the Prime Minister and HE the Foreign Secretary\n\n"
        "HE Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and Minister of Foreign Affairs: "
        "Welcome to Doha.\n\nHE Mr. David Lammy, Foreign Secretary of the United Kingdom: Thank you.\n\n"
        "Question (Al Jazeera, Ahmed Al-Mansouri): What about Gaza?\n\nHE the Prime Minister: The mediation goes on.\n\n"
        "HE said nothing more: it was late.\n\n"
        "The PERMANENT REPRESENTATIVE OF MEXICO: Mexico agrees.\n\nThe ALTERNATE REPRESENTATIVE OF CHILE: So does Chile.\n"
    ).turns
    assert turns["speaker"].tolist()[:2] == ["Mohammed bin Abdulrahman bin Jassim Al-Thani", "David Lammy"]
    assert turns["speaker_label"].tolist()[3:] == [
        "HE the Prime Minister",
        "The PERMANENT REPRESENTATIVE OF MEXICO",
        "The ALTERNATE REPRESENTATIVE OF CHILE",
    ]
    assert turns["text"].iloc[3].rstrip().endswith("it was late.")  # ("HE said ...:" is the pronoun's sentence)


def test_a_shotlists_soundbites_are_turns_of_the_speakers_they_name():
    shotlist = kit.parse(
        "Council meeting: extracts from the press conference\n\nShotlist\n"
        "00:00:00 Title 00:00:05\n"
        "00:00:05 SOUNDBITE (in English) by Marta KOWALSKA, Minister of Finance of Poland, on the budget: We agreed.\n"
        "00:00:30 Cutaway (2 shots) 00:00:07\n"
        "00:00:37 SOUNDBITE (in French) by Luc MOREAU, on the euro: Nous sommes d'accord.\n"
        "00:01:02 SOUNDBITE (in English) by Marta KOWALSKA, answering a question on tariffs: They are taxes.\n"
        "00:01:20 END\n"
    )
    turns = shotlist.turns
    assert turns["first_line"].tolist() == [5, 7, 8]
    assert turns["speaker"].tolist() == ["Marta Kowalska", "Luc Moreau", "Marta Kowalska"]
    assert turns["time"].tolist() == ["00:00:05", "00:00:37", "00:01:02"]
    assert turns["text"].tolist()[2].startswith("They are taxes.")


def test_numbered_questions_are_the_interviewers_not_people_called_question():
    interview = kit.parse(
        "The following is the transcript of the interview with Minister Lena Okoro.\n\n"
        "Question 1: Minister, why host the summit?\nAnswer: Because it matters to us.\n\n"
        "Question 2: Will it succeed?\nAnswer: I hope so.\n\n"
        "Question 3: What comes next?\nAnswer: A second summit.\n"
    )
    turns = interview.turns
    assert turns["role"].tolist() == ["interviewer", "guest"] * 3
    assert turns["kind"].tolist()[::2] == ["question"] * 3
    assert set(turns["speaker"][1::2]) == {"Lena Okoro"}
    conference = kit.parse(
        "Joint press conference\n\nMC\nWe will take three questions.\n\n"
        "Q1\nMr President, will the border open?\n\nPresident Kagaba\nIt will, next month.\n\n"
        "Q2\nAnd the railway?\n\nPresident Kagaba\nIt is funded.\n\n"
        "Q3\nWhen will it open?\n\nPresident Kagaba\nIn two years.\n\nMC\nThank you all.\n"
    )
    assert conference.turns["role"].tolist() == ["staff"] + ["journalist", "official"] * 3 + ["staff"]


def test_a_record_names_who_is_in_the_chair_between_commas():
    record = kit.parse(
        "Official Report\n\nParliament met at 2.07 p.m.\n\n(The Speaker, Ms Ruth Okello, in the Chair.)\n\n"
        "THE SPEAKER: Order. Hon. Akena.\n\n"
        "MR AKENA (UPC, Kampala): Will the Prime Minister explain the delay?\n\n"
        "THE PRIME MINISTER (Ms Grace Atim): The funds were released yesterday.\n"
    )
    assert record.turns["speaker"].tolist() == ["Ruth Okello", "Mr Akena", "Grace Atim"]
    assert record.lines.set_index("line").loc[5, "kind"] == "editorial"


def test_a_margin_that_numbers_every_tenth_line_is_cut_from_the_labels():
    lines = ["COMMISSION OF INQUIRY", "DAY 12", "Page 2 of 40", "PROCEEDINGS RESUME"]
    said = [
        "CHAIRPERSON: Good morning.",
        "ADV MOKOENA: Morning Chair.",
        "CHAIRPERSON: Are we ready?",
        "ADV MOKOENA: We are ready.",
        "The next witness is Ms Dube.",
        "May she be sworn in?",
        "CHAIRPERSON: Yes, please.",
        "REGISTRAR: State your names.",
        "MS DUBE: Thandi Dube.",
        "REGISTRAR: Do you swear to tell the truth?",
        "MS DUBE: I do.",
        "CHAIRPERSON: Thank you.",
        "ADV MOKOENA: Ms Dube, where do you work?",
        "MS DUBE: At the treasury.",
        "ADV MOKOENA: Since when?",
        "MS DUBE: Since 2015.",
        "CHAIRPERSON: Go on.",
        "ADV MOKOENA: What did you see?",
        "MS DUBE: The payments.",
        "ADV MOKOENA: Thank you.",
        "CHAIRPERSON: Mr Mokoena, anything more?",
        "ADV MOKOENA: One matter, Chair.",
        "CHAIRPERSON: Yes.",
        "ADV MOKOENA: Ms Dube, who signed them?",
        "MS DUBE: The chief financial officer.",
        "ADV MOKOENA: Did you object?",
        "MS DUBE: I did, in writing.",
        "ADV MOKOENA: To whom?",
        "MS DUBE: To the board.",
        "CHAIRPERSON: And the board?",
        "MS DUBE: It did not reply.",
        *[f"ADV MOKOENA: And in month {k}?" if k % 2 else "MS DUBE: The same." for k in range(1, 13)],
        "CHAIRPERSON: Thank you. We adjourn.",
    ]
    numbered = [f"{k} {line}" if k % 10 == 0 else line for k, line in enumerate(said, start=1)]
    turns = kit.parse("\n".join(lines + numbered) + "\n").turns
    assert (
        len(turns) == len(said) - 2
    )  # (one turn of three lines: "We are ready.", "The next witness ...", "May she ...")
    assert turns.loc[turns["first_line"] == 14, "speaker_label"].item() == "REGISTRAR"  # "10 REGISTRAR: Do you ..."
    assert turns.loc[turns["first_line"] == 24, "speaker_label"].item() == "ADV MOKOENA"  # "20 ADV MOKOENA: ..."
    assert turns.loc[turns["first_line"] == 34, "speaker_label"].item() == "CHAIRPERSON"  # "30 CHAIRPERSON: ..."


def test_in_an_assemblys_debate_where_no_one_asks_no_one_is_an_interviewer():
    debate = kit.parse(
        "Debate: Safeguarding elections\n\n"
        "Mr Petros ALEXIOU\nGreece, President of the Assembly\n15:30:12\nThe sitting is open. Ms LEHTO, you have the floor.\n\n"
        "Ms Kaisa LEHTO\nFinland, Rapporteur\n15:31:05\nThank you, Mister President. The report asks three things of "
        "member States, and I will set them out in turn. First, labels; second, audits; third, a register.\n\n"
        "Mr Petros ALEXIOU\nGreece, President of the Assembly\n15:38:20\nThank you. I call Mr NOVAK.\n\n"
        "Mr Jan NOVAK\nCzechia, Spokesperson for the group\n15:38:41\nThank you, Mister President. My group supports "
        "the resolution and its amendments.\n\n"
        "Mr Petros ALEXIOU\nGreece, President of the Assembly\n15:40:30\nThank you. Ms LEHTO, your reply.\n\n"
        "Ms Kaisa LEHTO\nFinland, Rapporteur\n15:40:41\nI thank my colleagues for their support.\n\n"
        "Mr Petros ALEXIOU\nGreece, President of the Assembly\n15:41:52\nThank you. The debate is closed.\n"
    )
    assert debate.documents["event"].tolist() == ["debate"]
    assert not debate.turns["role"].isin(["interviewer", "journalist", "member"]).any()


def test_one_word_after_a_caption_speaker_mark_is_a_label():
    meeting = kit.parse(
        "City Council Regular Meeting Transcript\nTranscript Generated by captioning\n[10:02:41 AM]\n"
        ">> Mayor Ruiz: Let's convene. Councilmember Oduya.\n"
        ">> Oduya: Thank you, mayor. How long was the boil water notice in place?\n"
        ">> Eight days for the highest zones, councilmember.\n"
        ">> Mayor Ruiz: Councilmember Bell.\n"
        ">> Bell: Thanks. Were the dialysis centers on the critical list?\n"
        ">> Some were, some were not.\n"
        ">> Mayor Ruiz: Thank you all. We are adjourned.\n"
    )
    turns = meeting.turns
    assert turns["speaker_label"].tolist()[1:5:3] == ["Oduya", "Bell"]
    assert turns["kind"].tolist()[1:5:3] == ["question", "question"]


def test_a_tribunals_header_names_its_member_in_capitals_and_judges_write_their_office_after_the_surname():
    tribunal = kit.parse(
        "TRANSCRIPT OF PROCEEDINGS\nFair Work Act 2009\nCOMMISSIONER OKONJO\nMs Ada Lim\nv\nNorthline Pty Ltd\n"
        "PN1\nTHE COMMISSIONER:  Good morning. Ms Lim, do you object to the respondent's lawyer?\n"
        "PN2\nMS LIM:  No, that's fine.\n"
        "PN3\nTHE COMMISSIONER:  Thank you. Mr Park, your submissions?\n"
        "PN4\nMR PARK:  The role was made redundant in March.\n"
    )
    assert tribunal.documents["event"].tolist() == ["hearing"]
    assert set(tribunal.turns.loc[tribunal.turns["speaker_label"] == "THE COMMISSIONER", "speaker"]) == {
        "Commissioner Okonjo"
    }
    court = kit.parse(
        "HIGH COURT OF AUSTRALIA\n\nMR A.B. WEST, SC:  May it please the Court, I appear for the applicant.\n\n"
        "KIEFEL CJ:  Yes, Mr West.\n\nMR WEST:  The Court of Appeal erred in two ways.\n\n"
        "GORDON J:  What is the first?\n\nMR WEST:  It misread section 12.\n\n"
        "KIEFEL CJ:  Thank you, Mr West.\n"
    ).turns
    assert court["speaker"].tolist() == [
        *["A.B. West", "Chief Justice Kiefel", "A.B. West", "Justice Gordon", "A.B. West", "Chief Justice Kiefel"]
    ]


def test_answers_under_answer_are_the_spokespersons_the_header_names():
    briefing = kit.parse(
        "Transcript of the Weekly Media Briefing by the Spokesperson, Friday, 7 March 2025\n\n"
        "Spokesperson: Ambassador Leila Haddad Noor\n\n"
        "Question: Thank you. Omar Said from Dawn. When will the border reopen?\n\n"
        "Answer: When the security situation allows.\n\n"
        "Question: Has the minister spoken to his counterpart?\n\n"
        "Answer: He has, twice this week.\n"
    ).turns
    assert briefing["speaker"].tolist() == ["Omar Said", "Leila Haddad Noor", "Unnamed journalist", "Leila Haddad Noor"]


def test_a_first_name_label_is_the_one_full_name_the_words_give():
    podcast = kit.parse(
        "1\n00:00:03,400 --> 00:00:07,900\nMAYA: Welcome to the show, with me, Maya Lindqvist...\n\n"
        "2\n00:00:08,000 --> 00:00:09,600\nOWEN: ...and me, Owen Hart. And our guest, Sara Blom, welcome. Why rail?\n\n"
        "3\n00:00:09,800 --> 00:00:15,100\nSARA: Thank you both. I came into it by accident.\n\n"
        "4\n00:00:15,300 --> 00:00:20,500\nMAYA: And what went wrong last year?\n\n"
        "5\n00:00:20,600 --> 00:00:25,000\nSARA: The orders dried up.\n"
    )
    assert podcast.turns["speaker"].tolist() == [
        "Maya Lindqvist",
        "Owen Hart",
        "Sara Blom",
        "Maya Lindqvist",
        "Sara Blom",
    ]


def test_a_tribunals_witness_heading_and_its_examination_line_name_who_answers_and_who_asks():
    trial = kit.parse(
        "International Tribunal\n\n"
        "            JUDGE OSEI:  Mr. Lund, you may continue.\n"
        "                          WITNESS:  PETAR ILIC [Resumed]\n"
        "                          [Witness answered through interpreter]\n"
        "                          Cross-examination by Mr. Lund: [Continued]\n"
        "       Q.   Mr. Ilic, when did you arrive?\n"
        "       A.   At four.\n"
        "       Q.   Who drove the bus?\n"
        "       A.   I do not know.\n"
        "            JUDGE OSEI:  Thank you.\n"
    ).turns
    assert trial.loc[trial["speaker_label"] == "Q", "speaker"].tolist() == ["Mr. Lund", "Mr. Lund"]
    assert trial.loc[trial["speaker_label"] == "A", "speaker"].tolist() == ["Petar Ilic", "Petar Ilic"]


def test_a_journalist_may_set_a_comma_before_from_their_outlet():
    conference = kit.parse(
        "Morning press conference\n\nPRESIDENT OF MEXICO, ANA RUIZ: Let's open. Here, in front.\n\n"
        "QUESTION: Good morning, Presidenta. Isabel Mendoza, from Radio Fórmula. Who answers the line?\n\n"
        "PRESIDENT OF MEXICO, ANA RUIZ: The Ministry does.\n"
    ).turns
    assert conference.loc[1, ["speaker", "affiliation"]].tolist() == ["Isabel Mendoza", "Radio Fórmula"]


def test_where_a_moderator_calls_each_journalist_one_who_asks_again_unasked_is_the_one_called():
    conference = kit.parse(
        "AUSMIN 2023 Joint Press Conference\n\n"
        "MODERATOR: Thank you. The first question is from Andrew Greene from the ABC.\n\n"
        "JOURNALIST: Question for Secretary Blinken. Is the US prepared to drop the case?\n\n"
        "ANTONY BLINKEN: I understand the sensitivities, and I understand the concerns of Australians.\n\n"
        "JOURNALIST: Minister Wong, I wonder if you could respond to that.\n\n"
        "PENNY WONG: We have made our views clear, and we will continue to.\n\n"
        "MODERATOR: Thank you. The next question is from Phil Stewart from Reuters.\n\n"
        "JOURNALIST: Secretary Austin, what did the allies agree on missiles?\n\n"
        "LLOYD AUSTIN: We agreed to co-produce guided missiles here in Australia.\n\n"
        "MODERATOR: The final question.\n\n"
        "JOURNALIST: Minister Marles, is the submarine timeline at risk?\n\n"
        "RICHARD MARLES: It is not, and we are on track.\n"
    ).turns
    assert conference.loc[conference["speaker_label"] == "JOURNALIST", "speaker"].tolist() == [
        *["Andrew Greene", "Andrew Greene"],
        *["Phil Stewart", "Unnamed journalist"],
    ]
    assert conference["kind"].tolist()[1:4:2] == ["question", "follow_up"]  # (a request asks, under a question's label)


def test_at_a_town_hall_anchors_who_ask_are_journalists_and_voters_ask():
    hall = kit.parse(
        "Trump takes questions from Iowa voters at Fox News town hall\n\n"
        "BRET BAIER, FOX NEWS CHIEF POLITICAL ANCHOR: Good evening, and welcome to this town hall in Des Moines.\n\n"
        "MARTHA MACCALLUM, FOX NEWS ANCHOR: And I'm Martha MacCallum. Tonight Iowa voters will ask the questions.\n\n"
        "DONALD TRUMP (R), FORMER PRESIDENT OF THE UNITED STATES: Thank you very much. It's a great honor to be here.\n\n"
        "BAIER: Mr. President, you have skipped every debate. Don't Iowans deserve to see you on that stage?\n\n"
        "TRUMP: When you're leading by thirty points, you don't debate people at one percent. Nobody would.\n\n"
        "MACCALLUM: Our first question comes from Dan Hahn, a farmer from Boone County.\n\n"
        "DAN HAHN, IOWA VOTER: Good evening, Mr. President. Fertilizer and diesel have gone up. What will you do?\n\n"
        "TRUMP: Well, thank you, Dan. Farmers have been treated very badly, and we will bring the costs down.\n\n"
        "BAIER: Mr. President, on the economy, would you cut taxes again in a second term?\n\n"
        "TRUMP: We will cut them further, and we will make the cuts permanent for the middle class.\n\n"
        "MACCALLUM: Our next question is from Cheryl Strand.\n\n"
        "CHERYL STRAND, IOWA VOTER: My son serves in the Army. How will you keep him out of another war?\n\n"
        "TRUMP: Cheryl, I was the only president in decades who started no new wars, and I will keep it that way.\n"
    ).turns
    roles = hall.drop_duplicates("speaker").set_index("speaker")["role"]
    assert roles["Bret Baier"] == "journalist"  # (an anchor who asks the candidate)
    assert roles["Martha MacCallum"] == "staff"  # (an anchor who only gives the floor)
    assert roles["Dan Hahn"] == roles["Cheryl Strand"] == "audience"
    assert roles["Donald Trump"] == "official"
    assert hall["speaker"].nunique() == 5  # ("MARTHA MACCALLUM, FOX NEWS ANCHOR" is "MACCALLUM", as her words write it)


def test_a_caption_files_voices_are_the_host_the_guest_and_the_callers_the_page_and_the_host_name():
    text = (
        "Morning Call-In\nSen. Ana Ruiz on the Farm Bill\nAPRIL 18, 2024\n\n"
        "People in this video\nAna Ruiz, Senator, (D) Oregon\nTom Becker, Host, Morning Call-In\n\n"
        ">> WELCOME BACK. WE ARE JOINED NOW BY SENATOR ANA RUIZ OF OREGON. SENATOR, WELCOME.\n"
        ">> THANKS FOR HAVING ME.\n"
        ">> THE FARM BILL IS LATE AGAIN. WILL IT PASS THIS YEAR?\n"
        ">> I THINK IT WILL. WE HAVE THE VOTES IN THE SENATE, AND THE HOUSE IS CLOSE.\n"
        ">> LET'S GET TO CALLS. WE'LL START WITH MARK IN SALEM, OREGON, REPUBLICAN LINE. GOOD MORNING, MARK.\n"
        ">> GOOD MORNING. MY QUESTION FOR THE SENATOR IS ABOUT DIESEL. WHEN WILL PRICES COME DOWN?\n"
        ">> WELL, MARK, THANKS FOR THE QUESTION. PRICES HAVE COME DOWN SINCE THE SPRING.\n"
        ">> NEXT UP IS LINDA IN BEND, OREGON, INDEPENDENT LINE.\n"
        ">> HI. I WANT TO THANK THE SENATOR FOR HER WORK ON WILDFIRES.\n"
        ">> THANK YOU, LINDA. THAT MEANS A LOT.\n"
        ">> THE LEADER IS FACING A MOTION TO VACATE FROM TWO MEMBERS IN MARCH. WILL YOU SUPPORT HIM?\n"
        ">> I WILL NOT GET AHEAD OF THAT.\n"
        ">> WE'LL LEAVE IT THERE. SENATOR ANA RUIZ, THANK YOU FOR YOUR TIME.\n"
        ">> THANK YOU.\n"
    )
    show = kit.parse(text)
    assert show.turns["speaker"].tolist() == [
        *["Tom Becker", "Ana Ruiz", "Tom Becker", "Ana Ruiz"],
        *["Tom Becker", "Mark", "Ana Ruiz"],
        *["Tom Becker", "Linda", "Ana Ruiz"],
        *["Tom Becker", "Ana Ruiz"],  # (no caller "Vacate")
        *["Tom Becker", "Ana Ruiz"],
    ]
    assert show.documents["event"].tolist() == ["town_hall"]  # (the title says so: "Call-In")
    assert show.turns["role"].tolist()[4:7] == ["journalist", "audience", "official"]
    interview = kit.parse(text.replace("Morning Call-In", "Morning Show"))
    assert interview.documents["event"].tolist() == ["interview"]  # (a title naming no kind: the page's host and guest)
    assert interview.turns["role"].tolist()[:4] == ["interviewer", "guest"] * 2
    # Where the page names no one, or two hosts, the voices stay unnamed.
    bare = kit.parse(">> WELCOME BACK.\n>> THANKS FOR HAVING ME.\n>> WILL IT PASS?\n>> I THINK IT WILL.\n")
    assert set(bare.turns["speaker"]) == {"Unnamed speaker"}
    two = kit.parse(text.replace("Ana Ruiz, Senator", "Ana Ruiz, Host"))
    assert set(two.turns["speaker"]) >= {"Unnamed speaker"}


def test_names_on_their_own_lines_with_no_blank_lines_and_a_pages_button_under_each():
    lords = kit.parse(
        "Hansard\nUK Parliament\nLords Chamber\nHospices: Funding\nVolume 843: debated on Tuesday 21 January 2025\n"
        "Question\n15:09\nAsked by\nBaroness Finlay of Llandaff\nShare\n"
        "To ask His Majesty’s Government what assessment they have made of the hospice sector.\n"
        "The Parliamentary Under-Secretary of State, Department for Environment, Food and Rural Affairs "
        "(Baroness Hayman of Ullock) (Lab)\nShare\n"
        "My Lords, we recognise the vital role that hospices play in end-of-life care.\n"
        "Baroness Finlay of Llandaff (CB)\nShare\n"
        "My Lords, capital funding does not pay nurses. Will the Government exempt hospices?\n"
        "Baroness Hayman of Ullock (Lab)\nShare\n"
        "My Lords, there are no plans for sector-specific exemptions.\n"
        "Lord Kamall (Con)\nShare\n"
        "My Lords, how many hospice beds have been lost since the Budget?\n"
        "Baroness Hayman of Ullock (Lab)\nShare\n"
        "I do not have that figure to hand, but I will write to the noble Lord.\n"
        "The Captain of the Honourable Corps of Gentlemen-at-Arms (Lord Kennedy of Southwark) (Lab)\nShare\n"
        "My Lords, it is the turn of the Lords Spiritual.\n"
    )
    turns = lords.turns
    assert turns["speaker"].tolist() == [
        *["Baroness Finlay of Llandaff", "Baroness Hayman of Ullock"] * 2,
        *["Lord Kamall", "Baroness Hayman of Ullock", "Lord Kennedy of Southwark"],
    ]
    assert "Share" not in " ".join(turns["text"])  # (the button is the page's, kept as residue)
    assert lords.documents["event"].tolist() == ["question_time"]


def test_an_earnings_calls_names_and_operator_on_their_own_lines_with_no_blank_lines_between():
    call = kit.parse(
        "Ford Motor Company (F) Q3 2023 Earnings Call Transcript\n"
        "Company Participants\nJim Farley - President and Chief Executive Officer\n"
        "Conference Call Participants\nDan Levy - Barclays\nJohn Murphy - Bank of America\n"
        "Operator\nGood day, and welcome to the Ford Motor Company earnings call.\n"
        "Jim Farley\nThanks, and hello, everyone. We reached a tentative agreement last night.\n"
        "Question-and-Answer Session\n"
        "Operator\nOur first question comes from the line of Dan Levy with Barclays. Your line is open.\n"
        "Dan Levy\nHi, good evening. How should we think about the contract's cost?\n"
        "Jim Farley\nWe estimate it adds about nine hundred dollars per vehicle.\n"
        "Dan Levy\nOkay. And then a follow-up on EVs. What does the delay mean?\n"
        "Jim Farley\nThe second-generation products are still in the plan.\n"
        "Operator\nThank you. Our next question comes from the line of John Murphy with Bank of America.\n"
        "John Murphy\nGood evening. Are you seeing pricing normalize?\n"
        "Jim Farley\nWe are seeing pricing come down modestly.\n"
    ).turns
    assert call["speaker"].tolist() == [
        *["Operator", "Jim Farley", "Operator", "Dan Levy", "Jim Farley", "Dan Levy", "Jim Farley"],
        *["Operator", "John Murphy", "Jim Farley"],
    ]


def test_a_surname_with_mc_in_a_label_in_capitals():
    conference = kit.parse(
        "Super Bowl LVIII Press Conference\n\n"
        "BRIAN McCARTHY: Good afternoon, everybody. I'm Brian McCarthy, NFL vice president of communications.\n\n"
        "COMMISSIONER GOODELL: Thank you, Brian. Welcome to the first Super Bowl in Las Vegas.\n\n"
        "BRIAN McCARTHY: We'll start right here in the front with Judy Battista of NFL Network.\n\n"
        "Q: Roger, is the hiring of coaches progress?\n\n"
        "COMMISSIONER GOODELL: Judy, I think it's progress, but we can't be satisfied.\n\n"
        "BRIAN McCARTHY: Mark.\n\n"
        "Q: Mark Maske, Washington Post. Where are the owners on private equity?\n\n"
        "COMMISSIONER GOODELL: The owners approved it in August, with limits.\n"
    ).turns
    assert conference["speaker"].tolist() == [
        *["Brian McCarthy", "Commissioner Goodell", "Brian McCarthy", "Judy Battista", "Commissioner Goodell"],
        *["Brian McCarthy", "Mark Maske", "Commissioner Goodell"],
    ]


def test_a_hansards_table_of_fields_its_roll_and_its_lists_of_who_speaks_are_no_turns():
    sitting = kit.parse(
        "Parliament of Singapore\nOfficial Reports - Parliamentary Debates (HANSARD)\n"
        "Report: 6 February 2024\nParliament No: 14\nSession No: 2\nVolume No: 95\nSitting No: 123\n"
        "Sitting Date: 06-02-2024\nATTENDANCE\nPRESENT:\n"
        "Mr SPEAKER (Mr Seah Kian Peng (Marine Parade)).\nMr ONG Ye Kung (Minister for Health).\n"
        "Mr YIP Hon Weng (Yio Chu Kang).\n"
        "Section Name: Oral Answers to Questions\nTitle: Waiting Times at Emergency Departments\n"
        "MPs Speaking: Mr Yip Hon Weng; The Minister for Health (Mr Ong Ye Kung); Mr Gerald Giam Yean Song\n\n"
        "The Minister for Health (Mr Ong Ye Kung): Mr Speaker, the median waiting time is five hours.\n\n"
        "Mr Speaker: Mr Yip.\n\n"
        "Mr Yip Hon Weng (Yio Chu Kang): Will the Ministry publish the waiting times each week?\n\n"
        "Mr Ong Ye Kung: We will publish them each month.\n\n"
        "Mr Speaker: Mr Gerald Giam.\n\n"
        "Mr Gerald Giam Yean Song (Aljunied): How many beds will be added this year?\n\n"
        "Mr Ong Ye Kung: About three hundred.\n"
    ).turns
    assert sitting["first_line"].min() == 18  # (no "Session No: 2", no "PRESENT:", no "MPs Speaking: ...")
    assert set(sitting.loc[sitting["speaker_label"] == "Mr Speaker", "speaker"]) == {"Seah Kian Peng"}


def test_a_printed_question_is_its_members_turn():
    dail = kit.parse(
        "Dáil Éireann debate\n\nHousing Schemes\n\n"
        "1. Deputy Eoin Ó Broin asked the Minister for Housing the number of cost-rental homes delivered in 2023; "
        "and if he will make a statement on the matter. [1234/24]\n\n"
        "Deputy Eoin Ó Broin: The Minister's own figures show a shortfall. Will he publish the pipeline?\n\n"
        "Minister for Housing (Deputy Darragh O'Brien): I will publish it next month.\n\n"
        "2. Deputy Cian O'Callaghan asked the Minister for Housing the measures he is taking on rents. [1235/24]\n\n"
        "Minister for Housing (Deputy Darragh O'Brien): We have extended the rent pressure zones.\n\n"
        "Deputy Cian O'Callaghan: Rents rose again. Why are the zones not working?\n"
    ).turns
    assert dail["speaker"].tolist() == [
        *["Eoin Ó Broin", "Eoin Ó Broin", "Darragh O'Brien"],
        *["Cian O'Callaghan", "Darragh O'Brien", "Cian O'Callaghan"],
    ]
    assert dail["kind"].tolist()[:1] == ["question"]
    fiji = kit.parse(
        "DAILY HANSARD\n\nOral Questions\n\nHON. I.B. SERUIRATU asked the Government, upon notice:\n\n"
        "Can the honourable Prime Minister update Parliament on the centres?\n\n"
        "HON. PRIME MINISTER.- Mr. Speaker, Sir, the centres will open next year.\n\n"
        "HON. I.B. SERUIRATU.- Mr. Speaker, Sir, how much has been allocated?\n\n"
        "HON. PRIME MINISTER.- I will provide that in writing.\n"
    ).turns
    assert fiji["speaker_label"].tolist()[0] == "HON. I.B. SERUIRATU"
    assert fiji["text"].iloc[0].startswith("asked the Government, upon notice:\n")
    # A sentence of a turn that tells who asked whom is no label.
    told = kit.parse("Anna Lee: Yesterday the Opposition asked the Minister about rents.\nTom Berg: Yes.\n").turns
    assert told["speaker"].tolist() == ["Anna Lee", "Tom Berg"]


def test_an_interviewer_labelled_by_the_outlet_is_the_one_the_lead_calls_the_outlets():
    text = (
        "The Economist\n\nJavier Milei’s interview with The Economist\n\n"
        "ON APRIL 8TH Javier Milei, Argentina’s president, spoke to Zanny Minton Beddoes, The Economist’s "
        "editor-in-chief, at the Casa Rosada in Buenos Aires.\n\n"
        "The Economist: Mr President, is the worst over?\n\nJavier Milei: The worst is behind us.\n\n"
        "The Economist: And the peso?\n\nJavier Milei: We will lift the controls.\n\n"
        "The Economist: When?\n\nJavier Milei: When inflation allows it.\n"
    )
    turns = kit.parse(text).turns
    assert turns["speaker"].tolist() == ["Zanny Minton Beddoes", "Javier Milei"] * 3
    unnamed = kit.parse(text.replace(", The Economist’s editor-in-chief,", ""))
    assert unnamed.turns["speaker"].tolist()[0] == "The Economist"  # (no one the page calls the outlet's)


def test_a_witness_who_gives_their_full_name_when_asked_is_named_and_a_code_atop_each_page_is_the_pages():
    page = "ICC-02/05-01/20-T-118-ENG ET WT 14-03-2023 {n}/68 SZ T\nTrial Hearing (Open Session) ICC-02/05-01/20\nWITNESS: DAR-OTP-P-0935\n"
    body = [
        "PRESIDING JUDGE KORNER: [9:32:21] The next witness is an expert called by the Prosecution.",
        "(The witness enters the courtroom)",
        "WITNESS: DAR-OTP-P-0935",
        "PRESIDING JUDGE KORNER: [9:34:02] Good morning, Dr Osman. Please read out the undertaking.",
        "THE WITNESS: [9:34:20] I solemnly declare that I will speak the truth.",
        "QUESTIONED BY MR NICHOLLS:",
        "Q. [9:34:58] Good morning, Dr Osman. Could you please give the Court your full name?",
        "A. [9:35:04] Amira Salih Osman.",
        "Q. [9:35:20] What is your profession?",
        "A. [9:35:31] I am an anthropologist, and I have worked in Darfur since 1998.",
        "Q. [9:36:02] When did you first travel to the Wadi Salih area for your research?",
        "A. [9:36:15] In 2001, and again in 2004, after the attacks on the villages there.",
    ]
    text = "".join(page.format(n=n) + "\n".join(body[k * 4 : k * 4 + 4]) + "\n" * 8 for k, n in enumerate((2, 3, 4)))
    hearing = kit.parse(text)
    turns = hearing.turns
    assert "DAR-OTP-P-0935" not in " ".join(turns["text"])  # (the page's, and the record's note of who comes in)
    assert set(turns.loc[turns["speaker_label"].isin(["A", "THE WITNESS"]), "speaker"]) == {"Amira Salih Osman"}


def test_a_caller_named_once_on_their_own_line_is_the_one_the_host_calls_right_above():
    show = kit.parse(
        "The Politics Hour: D.C. Mayor Muriel Bowser Takes Your Calls\n\nTranscript\n"
        "12:00:03\nMR. KOJO NNAMDI\nWelcome to The Politics Hour. Joining us is Mayor Muriel Bowser.\n"
        "12:00:41\nMAYOR MURIEL BOWSER\nThank you, Kojo. Good to be here.\n"
        "12:00:44\nMR. KOJO NNAMDI\nHomicides were up again last year. What is your plan?\n"
        "12:01:02\nMAYOR MURIEL BOWSER\nWe need more police officers, and we have hiring incentives.\n"
        "12:03:20\nMR. KOJO NNAMDI\nLet's go to the phones. Here is Margaret in Ward 4. Margaret, you're on the air.\n"
        "12:03:25\nMARGARET\nHi, Mayor Bowser. The buses are always late. Is the city going to help?\n"
        "12:03:48\nMAYOR MURIEL BOWSER\nThank you, Margaret. We're the biggest funder of Metro.\n"
        "12:04:30\nHELEN\nThe Council votes next week.\n"
    ).turns
    assert show["speaker"].tolist()[5:7] == ["Margaret", "Muriel Bowser"]
    assert "Helen" not in show["speaker"].tolist()  # (no one called her: words said by the Mayor)


def test_one_surname_and_an_outlet_is_an_introduction_where_the_moderator_has_just_called_that_surname():
    conference = kit.parse(
        "Press Conference by the Prime Minister\n\n"
        "(Prime Minister Kishida) I will now answer your questions on the political funds.\n\n"
        "(Cabinet Public Relations Secretary) We will now take questions. Then, Ms. Sato, please.\n\n"
        "(Reporter) Sato of the Mainichi Shimbun. Prime Minister, will you disband your faction?\n\n"
        "(Prime Minister Kishida) I am not thinking of disbanding the faction at this time.\n\n"
        "(Cabinet Public Relations Secretary) Next, please.\n\n"
        "(Reporter) Tanaka of the Hokkaido Shimbun. Will you dissolve the House?\n\n"
        "(Prime Minister Kishida) I am not thinking about it at all.\n"
    ).turns
    asked = conference.loc[conference["speaker_label"] == "Reporter", "speaker"].tolist()
    assert asked == ["Sato", "Unnamed journalist"]  # (Tanaka: no one called him, and his outlet is not known)


def test_an_askers_name_alone_after_a_form_of_address_then_their_own_words_names_them():
    hall = kit.parse(
        "Remarks at a Town Hall Meeting in Fort Myers, Florida\n\n"
        "The President. Thank you, everybody. Please, have a seat.\n\n"
        "Q. Mr. President, Rick Alvarez. I own a small landscaping business. How will this help me?\n\n"
        "The President. It will help you keep your credit line.\n\n"
        "Q. Mr. President, Vladimir Putin. What will you say to him?\n\n"
        "The President. That we stand with our allies.\n"
    ).turns
    asked = hall.loc[hall["speaker_label"] == "Q", "speaker"].tolist()
    assert asked[0] == "Rick Alvarez" and asked[1] != "Vladimir Putin"  # (a name, then no words of their own)


def test_a_headline_that_quotes_its_speaker_is_no_turn_and_a_name_under_it_is_the_interviews_byline():
    page = kit.parse(
        "DW\nPolitics | Estonia\n\nKaja Kallas: 'Putin only understands strength'\n\nMichaela Küfner\n02/17/2024\n\n"
        "Speaking to DW at the Munich Security Conference, Estonia's prime minister said Europe must arm.\n\n"
        "DW: Prime Minister, what was your first reaction?\n\nKaja Kallas: Shock, but not surprise.\n\n"
        "DW: Should there be consequences for Moscow?\n\nKallas: Yes. We are working on sanctions.\n\n"
        "DW: And the mood here?\n\nKallas: It is gloomy, but the mood does not fight the war.\n"
    ).turns
    assert page["first_line"].min() == 11  # (the headline quotes her: no turn)
    assert page["speaker"].tolist() == ["Michaela Küfner", "Kaja Kallas"] * 3


@pytest.mark.parametrize(
    ("name", "label", "column", "values"),
    [
        ("press_secretary_calls_by_name", "KARINE JEAN-PIERRE, PRESS SECRETARY", "role", {"staff"}),  # ("Jake?")
        ("resident_coordinator_answers", "Julien Harneis, UN Resident Coordinator", "role", {"official"}),
        ("answer_ends_calling_a_bare_name", "QUESTION", "speaker", {"Matt Lee", "Unnamed journalist"}),
        ("second_minister_adds_to_answers", "KATY GALLAGHER", "role", {"official"}),  # (adds, gives no floor)
        ("moderator_field_and_her_own_label", "Q", "speaker", {"Unnamed journalist"}),  # (she speaks as MS. DOE)
        ("moderator_field_and_the_moderator_label", "Q", "speaker", {"Unnamed journalist"}),
        ("interviewers_interview_in_the_title", "A", "speaker", {"Unnamed respondent"}),  # (not the interviewer)
        ("interview_by_video_link", "Q", "speaker", {"Unnamed journalist"}),  # (not "Video Link")
        ("predecessor_in_the_lead", "Foreign Minister", "speaker", {"Foreign Minister"}),  # (not Kuleba)
        ("question_notes_in_brackets", "Q", "speaker", {"Unnamed journalist"}),  # (not "Speaking Ukrainian")
        ("host_named_atop_his_own_page", "Lex Fridman", "speaker", {"Lex Fridman"}),  # (not his page's byline)
        ("fields_of_two_words", "TOM BECKER", "speaker_title", {"Deputy chair"}),  # (not "Chair")
        ("hon_minister_beside_a_listed_minister", "HON. MINISTER", "speaker", {"Hon. Minister"}),  # (which one?)
    ],
)
def test_what_a_new_rule_must_not_do(name, label, column, values):
    turns = kit.read_transcript(MISREADINGS / f"{name}.txt").turns
    assert set(turns.loc[turns["speaker_label"] == label, column]) == values


def test_what_new_rules_must_not_do_to_turns_exchanges_and_events():
    read = lambda name: kit.read_transcript(MISREADINGS / f"{name}.txt")  # noqa: E731
    moderated = read("uncalled_question_on_a_point_of_its_own").turns  # ("Prime Minister, on the cost of living, ...")
    assert moderated.loc[moderated["first_line"] == 15, "speaker"].tolist() == ["Unnamed journalist"]
    asked = read("asked_the_minister_inside_a_question").turns  # (a wrapped line of a question)
    assert "asked" not in set(asked["label_shape"])
    listed = read("asked_the_department_in_a_list").turns  # (a list read out)
    assert "asked" not in set(listed["label_shape"])
    visiting = read("visiting_prime_minister_in_the_lead").turns
    assert "Christopher Luxon" not in set(visiting.loc[visiting["speaker_label"] == "Prime Minister", "speaker"])
    speech = read("took_the_chair_inside_a_speech")
    assert "took the chair at the cabinet" in " ".join(speech.turns["text"])  # (no words lost to a chair's line)
    assert read("proxy_votes_for_the_motion").documents["event"].tolist() == ["meeting"]
    panel = read("speakers_field_above_a_panel").turns
    assert set(panel.loc[panel["speaker"] == "Anna Keller", "role"]) == {"journalist"}
    assert len(read("roll_call_after_the_clerk").turns) >= 5  # (each member answers the roll)
    for name in ("caption_good_morning_america", "caption_guest_asks_rhetorically"):
        voices = read(name).turns
        assert not {"America", "Growers", "Ranchers", "Ukraine"} & set(voices["speaker"])
    floor = read("questions_from_the_floor_in_brackets").turns
    assert "Erik van Haren" in set(floor["speaker"]) and "Tom Clarkson" in set(floor["speaker"])


def test_a_numbered_margin_below_a_caption_with_footers_on_each_page():
    caption = (
        "                   CITY COUNCIL OF PHILADELPHIA\n                         STATED MEETING\n\n"
        "                  Thursday, March 14, 2024\n\n"
        "     PRESENT:  COUNCIL PRESIDENT KENYATTA JOHNSON\n               ISAIAH THOMAS, MAJORITY LEADER\n"
        "               MICHAEL A. DECKER, CHIEF CLERK\n\n"
    )
    said = [
        "          COUNCIL PRESIDENT JOHNSON: Good morning,",
        "everyone. The stated meeting will now come to order.",
        "          THE CLERK: Councilmember Bass, Councilmember",
        "Brooks. Mr. President, a quorum is present.",
        "          COUNCIL PRESIDENT JOHNSON: Thank you. We will",
        "now move to public comment. Ms. Williams.",
        "          MS. WILLIAMS: Good morning. I live in Kensington,",
        "and the trash has not been picked up for three weeks.",
        "          COUNCIL PRESIDENT JOHNSON: Thank you, Ms.",
        "Williams. The Clerk will read the next bill.",
    ]
    pages = "".join(
        f"                                                                {page}\n"
        + "".join(f"{n:2}  {line}\n" for n, line in enumerate(said, start=1))
        + "\n                  STREHLOW & ASSOCIATES, INC.\n                        (215) 504-4622\n\n"
        for page in (2, 3)
    )
    meeting = kit.parse(caption + pages)
    assert meeting.turns["speaker"].tolist()[:4] == [
        *["Council President Johnson", "The Clerk", "Council President Johnson", "Ms. Williams"]
    ]
    assert meeting.documents["event"].tolist() == ["meeting"]  # (a stated meeting)


def test_labels_in_square_brackets_and_one_offices_word_named_after_the_title():
    conference = kit.parse(
        "Tokyo Metropolitan Government\n\nPress Conference by Governor Yuriko Koike (December 6, 2024)\n\n"
        "[Opening remarks]\n\n[Governor] Good afternoon. Let me begin with two announcements.\n\n"
        "[Q&A session]\n\n[Moderator] We will now take questions.\n\n"
        "[Reporter] Will the four-day week apply to teachers?\n\n[Governor] Not yet. We will study it.\n\n"
        "[Reporter] And the year-end campaign?\n\n[Governor] It runs from December 11 to 20.\n\n[Applause]\n"
    ).turns
    assert conference["speaker_label"].tolist() == [
        "Governor",
        "Moderator",
        "Reporter",
        "Governor",
        "Reporter",
        "Governor",
    ]
    assert set(conference.loc[conference["speaker_label"] == "Governor", "speaker"]) == {"Yuriko Koike"}


def test_a_comment_after_a_hosts_question_is_not_the_hosts():
    line = kit.parse(
        "Direct Line with Vladimir Putin\n\n"
        "Direct line programme host Maria Sittel: Mr President, we have many questions today.\n"
        "Vladimir Putin: Good afternoon. I am ready.\n"
        "Maria Sittel: Do you feel you have young voters' support?\n"
        "Vladimir Putin: Yes, young people are very active and able to see what we have achieved.\n"
        "Comment: Mr President, you are quite simply the clever people's president.\n"
        "Vladimir Putin: Thank you very much!\n"
        "Maria Sittel: Do you have time for one more question from the studio?\n"
        "Vladimir Putin: Of course.\n"
    ).turns
    assert line.loc[line["speaker_label"] == "Comment", "speaker"].tolist() != ["Maria Sittel"]


def test_a_web_qa_labelled_by_its_masthead_is_the_writer_whose_name_stands_above_their_title():
    gazette = kit.parse(
        "Skip to main content\nThe Harvard Gazette\n\nWhy Americans still feel lousy about the economy\n"
        "Jason Furman on inflation, wages, and the mood\n\nChristina Pazzanese\nHarvard Staff Writer\n\n"
        "March 14, 2024 | 6 min read\n\n"
        "GAZETTE: Inflation has come down. Why do people still feel lousy?\n\nFURMAN: Prices are still high.\n\n"
        "GAZETTE: And wages?\n\nFURMAN: Wages have caught up, mostly.\n\n"
        "GAZETTE: What should policymakers do?\n\nFURMAN: Be patient.\n"
    ).turns
    assert gazette["speaker"].tolist()[::2] == ["Christina Pazzanese"] * 3


def test_an_office_and_the_state_it_serves_without_of_is_named_after_the_holder_its_first_label_gave():
    statement = kit.parse(
        "Keterangan Pers Presiden Republik Indonesia\n\n"
        "Presiden Republik Indonesia (Prabowo Subianto):\nSelamat sore semuanya.\n\n"
        "Wartawan:\nSudah ada hasilnya, Pak?\n\n"
        "Presiden Republik Indonesia:\nYa, sedang berjalan.\n\n"
        "Wartawan:\nKapan, Pak?\n\n"
        "Menteri Sekretaris Negara (Prasetyo Hadi):\nNanti saya jelaskan.\n\n"
        "Presiden Republik Indonesia:\nSaya optimis.\n"
    ).turns
    assert statement["first_line"].tolist() == [3, 6, 9, 12, 15, 18]
    assert statement["speaker"].tolist()[::2] == ["Prabowo Subianto", "Prabowo Subianto", "Prasetyo Hadi"]
    assert statement["speaker"].tolist()[-1] == "Prabowo Subianto"
    # (a title before a person's name stays a person's label: "President Anna Lee" is Anna Lee)
    named = kit.parse(
        "Press statement\n\nPresident Anna Lee: Good evening.\n\nJournalist: Why?\n\nPresident Anna Lee: Because.\n"
    )
    assert named.turns["speaker"].tolist() == ["Anna Lee", "Unnamed journalist", "Anna Lee"]


def test_an_office_alone_is_the_one_speaker_whose_own_label_gave_that_office_after_their_name():
    joint = kit.parse(
        "Joint Press Conference\n\n"
        "Moderator: Welcome to the joint press conference.\n\n"
        "HE Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and Minister of Foreign Affairs: "
        "In the Name of God.\n\n"
        "HE Mr. David Lammy, Foreign Secretary of the United Kingdom: Thank you, Your Excellency.\n\n"
        "Question (Al Jazeera, Ahmed Al-Mansouri): Is the mediation still alive?\n\n"
        "HE the Prime Minister: The mediation continues.\n\n"
        "HE the Foreign Secretary: We keep that under review.\n\n"
        "Question: Foreign Secretary, how do you respond?\n\n"
        "HE the Foreign Secretary: Our position is clear.\n"
    ).turns
    prime, foreign = "Mohammed bin Abdulrahman bin Jassim Al-Thani", "David Lammy"
    assert joint["speaker"].tolist()[4:] == [prime, foreign, "Unnamed journalist", foreign]
    assert set(joint.loc[joint["speaker"].isin([prime, foreign]), "role"]) == {"official"}
    # two speakers whose labels give the same office: the bare office names neither
    two = kit.parse(
        "Joint Press Conference\n\nAnna Lee, Foreign Minister of Norway: Thank you.\n\n"
        "Tom Roe, Foreign Minister of Denmark: Thank you.\n\nQuestion: Why?\n\nThe Foreign Minister: Because.\n"
    ).turns
    assert two["speaker"].tolist()[-1] == "The Foreign Minister"
    # an outlet after a journalist's name is no office
    outlet = kit.parse(
        "Press conference\n\nJane Doe, Reuters: Why?\n\nThe Minister: Because.\n\nJane Doe, Reuters: When?\n"
    ).turns
    assert outlet["speaker"].tolist()[1] == "The Minister"


def test_an_office_on_its_own_line_between_two_whole_entries_of_a_list_is_the_entry_above_it():
    minutes = kit.parse(
        "PERMANENT COUNCIL\n\nMINUTES OF THE REGULAR MEETING HELD ON MARCH 13, 2024\n\n"
        "LIST OF REPRESENTATIVES ATTENDING THE MEETING\n"
        "Ambassador Marisol Quintero Araúz, Permanent Representative of Panama\n"
        "   Chair of the Permanent Council\n"
        "Ambassador Ernesto Pichardo Lora, Permanent Representative of the Dominican Republic\n"
        "Ms. Adriana Moreno Vidal, Chief of the Electoral Observation Mission\n\n"
        "     The CHAIR: We now move to item 4. I give the floor to the Chief of the Mission.\n\n"
        "     The CHIEF OF THE ELECTORAL OBSERVATION MISSION: Thank you, Madam Chair. The Mission was present.\n\n"
        "     The CHAIR: I give the floor to the Permanent Representative of the Dominican Republic.\n\n"
        "     The PERMANENT REPRESENTATIVE OF THE DOMINICAN REPUBLIC: Thank you, Madam Chair.\n"
    ).turns
    assert minutes["speaker"].tolist() == [
        "Marisol Quintero Araúz",
        "Adriana Moreno Vidal",
        "Marisol Quintero Araúz",
        "Ernesto Pichardo Lora",
    ]


def test_a_committee_member_asks_the_minister_at_the_committees_meeting():
    minutes = kit.parse(
        "Minutes of the 4th Plenary Committee Meeting of the Defense Committee\n\n"
        "Chairman: The meeting is now open. First, Committee Member Wang Dingyu.\n"
        "Committee Member Wang Dingyu: Thank you Chairman. Minister, is the delivery on schedule?\n"
        "Minister Gu Lixiong: The second batch is confirmed for 2026.\n"
        "Committee Member Wang Dingyu: Does the frozen budget affect the payment?\n"
        "Minister Gu Lixiong: It affects the operating expenses only.\n"
        "Chairman: Thank you. Next, Committee Member Lai Shibao.\n"
        "Committee Member Lai Shibao: Deputy Minister, how many conscripts serve in combat units?\n"
        "Deputy Minister Bo Honghui: All of them, after training.\n"
    ).turns
    members = minutes[minutes["speaker"].isin(["Wang Dingyu", "Lai Shibao"])]
    assert set(members["role"]) == {"member"}
    assert members["kind"].tolist() == ["question", "follow_up", "question"]
    assert set(minutes.loc[minutes["speaker"].isin(["Gu Lixiong", "Bo Honghui"]), "role"]) == {"official"}


def test_a_presiding_office_after_a_form_of_address_is_the_holder_its_note_names_by_surname():
    record = kit.parse(
        "REUNIÓN 12ª – SESIÓN INFORMATIVA\nABRIL 30 DE 2025\n"
        "Presidencia del señor diputado Martín Alejandro Menem\n\n"
        "Sr. PRESIDENTE (Menem).- The session is open. Deputy Ocampo has the floor.\n"
        "Sra. Ocampo.- Mr. President: when will pensions be restored?\n"
        "Sr. Jefe de Gabinete de Ministros.- Mr. President: they are updated every month.\n"
        "Sra. Ocampo.- I asked for a date. Is there a date or is there not?\n"
        "Sr. PRESIDENTE (Menem).- Deputy, your time has run out. Deputy Bertolini has the floor.\n"
        "Sra. Bertolini.- Thank you, Mr. President. When will route 36 be repaired?\n"
    ).turns
    assert record["first_line"].tolist() == [5, 6, 7, 8, 9, 10]
    assert record["speaker"].tolist() == [
        "Martín Alejandro Menem",
        "Sra. Ocampo",
        "Jefe de Gabinete de Ministros",
        "Sra. Ocampo",
        "Martín Alejandro Menem",
        "Sra. Bertolini",
    ]
    english = kit.parse(
        "Sitting of the Chamber\n\n"
        "Mr. President (Menem): The session is open.\n\nMs. Ocampo: Thank you, President Menem. When will pensions be"
        " restored?\n\n"
        "Mr. President (Menem): The minister has the floor.\n"
    ).turns
    assert english["speaker"].tolist() == ["Menem", "Ms. Ocampo", "Menem"]
    # a country in the note is no holder's name
    council = kit.parse(
        "Security Council meeting\n\nThe President (France): I call on the representative of Chile.\n\n"
        "Mr. Soto (Chile): Thank you, Mr. President.\n\nThe President (France): I thank him.\n"
    ).turns
    assert "France" not in council["speaker"].tolist()
    # nor a script's note, where the page writes no one so ("GOVERNOR (SOT):", "Mayor (Virtual):")
    script = kit.parse(
        "Evening news\n\nANCHOR: The governor spoke today.\n\nGOVERNOR (SOT): We will rebuild.\n\n"
        "ANCHOR: And the mayor?\n\nMAYOR (SOT): We need help.\n\nANCHOR: Thanks.\n\nGOVERNOR (SOT): Soon.\n"
    ).turns
    assert "Sot" not in script["speaker"].tolist()


def test_names_as_list_items_on_their_own_lines_with_a_sites_tag_under_each_are_labels():
    hearing = kit.parse(
        "Hearings\nSenate Standing Committee on Energy, Utilities and Communications\nApril 8, 2025\nShare\n"
        "- Ellen Takahashi\nLegislator\nThe committee will come to order. Our first panel is Mariah Solis.\n"
        "- Mariah Solis\nPerson\nThank you, Madam Chair. Rates have risen sharply since 2019.\n"
        "- Dana Whitcomb\nLegislator\nMs. Solis, how much of the approved spending has been spent?\n"
        "- Mariah Solis\nPerson\nI don't have the exact figure with me.\n"
        "- Ruben Arvizu\nLegislator\nWho is auditing those miles?\n"
        "- Mariah Solis\nPerson\nThe Safety Policy Division reviews them.\n"
    )
    turns = hearing.turns
    assert turns["first_line"].tolist() == [5, 8, 11, 14, 17, 20]
    assert turns["speaker"].tolist() == [
        "Ellen Takahashi",
        "Mariah Solis",
        "Dana Whitcomb",
        "Mariah Solis",
        "Ruben Arvizu",
        "Mariah Solis",
    ]
    assert not turns["text"].str.contains("Legislator|Person").any()  # (the site's tag is no one's words)
    assert set(hearing.lines.loc[hearing.lines["line"].isin([6, 9, 12]), "kind"]) == {"residue"}
    # a list of names, each with a tag under it and no words, is no transcript
    listing = kit.parse("Members\n- Ellen Takahashi\nChair\n- Dana Whitcomb\nMember\n- Ruben Arvizu\nMember\n")
    assert listing.turns.empty


def test_offices_a_host_introduces_by_name_and_callers_given_the_floor_by_name_are_named():
    town_hall = kit.parse(
        "Mayor's Telephone Town Hall – 2025 Budget\nAccessible Transcript\n\n"
        "HOST: Good evening. My name is Priya Raman. Joining me tonight are Mayor Andrea Horwath and Colleen "
        "Ferris, the City's General Manager of Finance. Mayor, over to you.\n\n"
        "MAYOR: Thanks, Priya. This budget protects the services people count on.\n\n"
        "HOST: Our first caller is Doug, calling from Stoney Creek. Doug, go ahead.\n\n"
        "CALLER: Hi, thanks. What's the actual increase going to be on my bill?\n\n"
        "MAYOR: Just under six percent, Doug.\n\n"
        "HOST: Next up is Gurpreet from Ancaster. Go ahead, Gurpreet.\n\n"
        "CALLER: Why is the transit levy separate?\n\n"
        "MAYOR: I'll ask Colleen to explain.\n\n"
        "GENERAL MANAGER: Thank you, Mayor. The levy pays for the ten-year strategy.\n\n"
        "HOST: One more call. Ray in Dundas, you're on the line.\n\n"
        "CALLER: How do I get involved?\n\n"
        "MAYOR: Register as a delegation, Ray.\n"
    ).turns
    assert town_hall["speaker"].tolist() == [
        "Priya Raman",
        "Andrea Horwath",
        "Priya Raman",
        "Doug",
        "Andrea Horwath",
        "Priya Raman",
        "Gurpreet",
        "Andrea Horwath",
        "Colleen Ferris",
        "Priya Raman",
        "Ray",
        "Andrea Horwath",
    ]
    # an office no turn before names keeps its office's name
    unnamed = kit.parse(
        "Telephone Town Hall\n\nHOST: Welcome, everyone. The Mayor is with us tonight.\n\n"
        "MAYOR: Thank you.\n\nCALLER: Why?\n\nMAYOR: Because.\n"
    ).turns
    assert set(unnamed.loc[unnamed["speaker_label"] == "MAYOR", "speaker"]) == {"Mayor"}


def test_a_meetings_caption_file_reads_screen_names_as_their_owners_typed_them():
    cues = [
        ("LWV SCC - Carol Jensen (Moderator)", "Good evening and welcome to our candidate forum for District 4."),
        ("Elena Barajas", "Thank you, Carol. I've lived in District 4 for twenty-two years."),
        ("LWV SCC - Carol Jensen (Moderator)", "Thank you. Mr. Whitlock."),
        ("Tom Whitlock for D4", "Thanks. I'm a small business owner on Main Street."),
        ("LWV SCC - Carol Jensen (Moderator)", "Our first question is about housing. Where should it go?"),
        ("Tom Whitlock for D4", "I support housing, but it has to come with infrastructure."),
        ("Elena Barajas", "Near transit, and near jobs."),
    ]
    vtt = "WEBVTT\n\n" + "\n".join(
        f"{k}\n00:00:{2 * k:02d}.000 --> 00:00:{2 * k + 1:02d}.500\n{name}: {said}\n"
        for k, (name, said) in enumerate(cues, 1)
    )
    corpus = kit.parse(vtt)
    turns = corpus.turns
    assert turns["speaker"].tolist() == [
        "Carol Jensen",
        "Elena Barajas",
        "Carol Jensen",
        "Tom Whitlock",
        "Carol Jensen",
        "Tom Whitlock",
        "Elena Barajas",
    ]
    assert corpus.documents["event"].tolist() == ["debate"]  # ("candidate forum", as a host welcomes all to it)
    assert turns["kind"].tolist()[4] in ("question", "follow_up")  # (the moderator asks, after her welcome)


def test_an_edited_calls_long_titles_between_rules_still_name_the_speaker():
    corpus = kit.parse(
        _edited_call(
            [
                ("Ann Lee,  Riverside Water plc - Chair", "Good morning. I call the meeting to order."),
                (
                    "Sarah Beaulieu,  Riverside Water plc - EVP, General Counsel & Corporate Secretary",
                    "Thank you. The polls are now open.",
                ),
                ("Tom Reed,  Shareholder", "Why was the dividend raised?"),
                ("Ann Lee,  Riverside Water plc - Chair", "The Board debated it at length."),
            ]
        )
    )
    assert corpus.turns["speaker"].tolist() == ["Ann Lee", "Sarah Beaulieu", "Tom Reed", "Ann Lee"]


def test_verbatim_minutes_name_the_public_before_their_address_and_keep_their_fields_out_of_the_turns():
    corpus = kit.parse(
        "TOWN OF FALMOUTH, MAINE\nTOWN COUNCIL\nREGULAR MEETING MINUTES (VERBATIM)\n"
        "Council Chambers, Town Hall, 271 Falmouth Road\n\n"
        "Councilors Present: Chair Hope Castellano, Vice Chair Raymond Dube, Councilor Adrienne Pike\n"
        "Councilors Absent: Councilor Samuel Wick\n\n"
        "Chair Castellano: Good evening. Anyone who wishes to address the Council may come to the podium.\n"
        "Mr. Frank Dellarocco, 14 Woodville Road: Thank you. The sidewalk project was supposed to be finished.\n"
        "Chair Castellano: Thank you, Mr. Dellarocco. Councilor Pike.\n"
        "Councilor Pike: Could staff tell us when the sidewalk will be finished?\n"
        "Chair Castellano: The Manager will follow up. All those in favor, please say aye.\n"
        "VOTE: 3-0 (Councilor Wick absent). MOTION PASSED.\n"
    )
    turns = corpus.turns
    assert turns["first_line"].tolist() == [9, 10, 11, 12, 13]
    assert turns["speaker"].tolist()[1] == "Frank Dellarocco"
    assert corpus.documents["event"].tolist() == ["meeting"]  # (the Town Hall of the address is a building)


def test_a_table_of_fields_at_the_head_of_each_part_of_a_record_opens_no_turns():
    part = (
        "Parliament No:   15\nSession No:   1\nVolume No:   96\nSitting No:   8\nSitting Date:   14-10-2025\n"
        "Title:   {title}\nMPs Speaking:   Ms Tan Hui Min, Mr Ong Ye Kung (Minister for Health)\n\n"
        "Ms Tan Hui Min: Will the Minister state the waiting time?\n\n"
        "The Minister for Health (Mr Ong Ye Kung): It is four weeks.\n\n"
        "Ms Tan Hui Min: Will it come down?\n\n"
        "The Minister for Health (Mr Ong Ye Kung): Yes.\n\n"
    )
    record = kit.parse(part.format(title="Waiting Times") + part.format(title="Hospital Beds"))
    assert record.turns["speaker"].tolist() == ["Tan Hui Min", "Ong Ye Kung"] * 4
    fields = record.lines[record.lines["text"].str.contains(r"^(?:Session|Volume|Sitting) No:")]
    assert len(fields) == 6 and fields["turn_id"].isna().all()
    # a radio programme's header: its fields, and what the script marks as heard, are no one's words
    radio = kit.parse(
        "RADIO 4\n\nBROADCAST DATE:   23/02/25   2030-2100\nREPEAT:           27/02/25   2130-2200\n"
        "DURATION:         28'00\"\n\nACTUALITY: SHIP'S ENGINE, GULLS\n\n"
        "CARMODY: I'm standing on the deck of a coastguard vessel.\n\nHALVORSEN: Nobody owns the problem.\n\n"
        "CARMODY: Why not?\n\nHALVORSEN: Because the cables cross three zones.\n"
    ).turns
    assert radio["first_line"].tolist() == [9, 11, 13, 15]


def test_a_speaker_key_on_one_line_names_its_letters_whatever_their_initials():
    interview = kit.parse(
        "Interview: the Vice-Chancellor on her first year\n\n"
        "V – Ella Whitcombe, Varsity; DP – Deborah Prentice, Vice-Chancellor; JM – James Marlow, Communications\n\n"
        "V: What has surprised you most about Cambridge?\n\nDP: The colleges.\n\n"
        "V: Are job cuts coming?\n\nJM: We'll need to wrap up in five minutes.\n\nDP: No compulsory redundancies.\n\n"
        "V: And the deficit?\n\nJM: Sorry, that's time.\n"
    ).turns
    assert interview["speaker"].tolist() == [
        "Ella Whitcombe",
        "Deborah Prentice",
        "Ella Whitcombe",
        "James Marlow",
        "Deborah Prentice",
        "Ella Whitcombe",
        "James Marlow",
    ]


def test_a_caller_the_host_sends_the_line_to_by_name_and_place_is_named_and_asks_again_after_the_answer():
    phone_in = kit.parse(
        "Transcript: Metro Mayor on BBC Radio Merseyside – 'Ask the Mayor' phone-in, 6 February 2025\n\n"
        "PRESENTER: I'm Paul Doran, and the Metro Mayor is with me. Let's go straight to Maureen in Kirkby.\n\n"
        "CALLER: Morning Steve. When are the buses actually going to improve?\n\n"
        "MAYOR: Maureen, the first franchised routes start in the north of the region next year.\n\n"
        "CALLER: Next year? That's no good to me now, is it?\n\n"
        "MAYOR: I hear you. I'll ask them to look at the 19.\n\n"
        "PRESENTER: One last call. Aisha in Toxteth, quickly.\n\n"
        "CALLER: Can anything be done about fares for students?\n\n"
        "MAYOR: There's a capped day fare, Aisha.\n"
    )
    callers = phone_in.turns[phone_in.turns["speaker_label"] == "CALLER"]
    assert callers["speaker"].tolist() == ["Maureen", "Maureen", "Aisha"]
    assert phone_in.documents["event"].tolist() == ["town_hall"]  # (a date after "phone-in," is no address)


def test_a_qa_page_that_prints_its_answers_without_labels_opens_the_answerers_turns():
    briefing = kit.parse(
        "Regular Press Conference by MOFA Spokesperson Pham Thu Hang (19 September 2024)\n\n"
        "II. Q&A\n\n"
        "1. VnExpress: Could you provide further information on the support for citizens affected by the floods?\n"
        "The Ministry has directed the Embassies to work closely with local authorities.\n\n"
        "2. Reuters: Satellite images show new reclamation work in the Paracel Islands. What is your response?\n"
        "Viet Nam has sufficient legal basis and historical evidence to affirm its sovereignty.\n\n"
        "3. Thanh Nien: Could you update on the fishermen detained last week?\n"
        "The Ministry has instructed the representative agency to verify the information.\n"
        "We request that local authorities strengthen the dissemination of information.\n"
    ).turns
    assert briefing["first_line"].tolist() == [5, 6, 8, 9, 11, 12]
    assert briefing["speaker"].tolist()[1::2] == ["Pham Thu Hang"] * 3
    assert set(briefing["role"].tolist()[::2]) == {"journalist"}  # (the answers' speaker is the principal)
    assert briefing["text"].iloc[-1].count("\n") == 1  # (the answer's two lines)


def test_an_interview_page_that_labels_its_first_question_and_answer_only_is_read_through():
    text = (
        "Interview with Pierre Gramegna, ESM Managing Director\n"
        "Published in Luxemburger Wort (Luxembourg) on 14 March 2025\nInterviewer: Marc Hoffmann\n\n"
        "Luxemburger Wort: Mr Gramegna, do we still need a crisis fund?\n\n"
        "Pierre Gramegna: Yes, more than ever. You do not cancel your fire insurance because your house has not burned"
        " down. The fact that markets are calm is partly because the firewall exists.\n\n"
        "But the Treaty reform has still not been ratified by Italy. Is the reform dead?\n\n"
        "No, I would not say that. Nineteen countries have ratified it. Italy's parliament voted against it at the end"
        " of 2023, and we respect that decision, but the discussion is not over.\n\n"
        "What happens if a big bank fails in the meantime?\n\n"
        "The Single Resolution Fund is fully built up and has around 80 billion euros. That is a strong first line of"
        " defence, and the common backstop would have doubled it.\n\n"
        "Are you worried about France?\n\n"
        "France is a strong economy with deep markets and a long track record of honouring its commitments, and the"
        " government has a plan to bring the deficit down.\n"
    )
    turns = kit.parse(text).turns
    assert turns["first_line"].tolist() == [5, 7, 9, 11, 13, 15, 17, 19]
    assert turns["speaker"].tolist() == ["Marc Hoffmann", "Pierre Gramegna"] * 4  # (the page's credit asks)
    assert turns["label_shape"].tolist()[2:] == ["implied"] * 6
    # with no label at all, a page that says it holds an interview is read as Q and A
    bare = kit.parse(
        "An interview with the Governor\n\n"
        "What is your first priority?\n\nHousing, and then transport.\n\n"
        "How will you pay for it?\n\nWith the surplus we inherited.\n\n"
        "And if it runs out?\n\nIt will not.\n"
    ).turns
    assert bare["label_shape"].tolist() == ["implied"] * 6 and bare["role"].tolist()[::2] == ["interviewer"] * 3
    # a speech that asks again and again, and a page that says nothing of an interview, have no such turns
    speech = "Is your child in school?\nDoes she go to ballet class?\nDo you take her to church?\nThat is a life.\n"
    assert kit.parse("Remarks\n\n" + speech).turns["label_shape"].tolist() in ([], ["colon"])
    essay = "Notes\n\nWhat is your first priority?\n\nHousing.\n\nHow will you pay?\n\nWith the surplus.\n\nWhy?\n\nBecause.\n"
    assert "implied" not in kit.parse(essay).turns["label_shape"].tolist()


def test_caption_voices_in_capitals_are_named_by_their_introductions_across_line_breaks():
    captions = kit.parse(
        "Commissioner Stewart Johnston addresses the media in Winnipeg ahead of the Grey Cup.\nTranscript\n"
        "0:00\n>> GOOD AFTERNOON, EVERYBODY, AND WELCOME TO WINNIPEG. I'M LUCAS\n"
        "0:04\nFERREIRA, VICE PRESIDENT OF COMMUNICATIONS. PLEASE WELCOME\n"
        "0:08\nTHE COMMISSIONER OF THE LEAGUE, STEWART JOHNSTON.\n"
        "0:16\n>> THANKS, LUCAS. IT'S GREAT TO BE IN WINNIPEG FOR GREY CUP WEEK.\n"
        "0:40\n>> WE'LL TAKE QUESTIONS NOW. DARREN, WE'LL START WITH YOU.\n"
        "0:46\n>> THANKS, COMMISSIONER. DARREN KOWALCHUK, WINNIPEG FREE PRESS.\n"
        "0:50\nATTENDANCE IS STILL DOWN IN TORONTO. WHAT'S THE PLAN THERE?\n"
        "0:55\n>> IT'S A FAIR QUESTION, DARREN. WE'VE SEEN REAL GROWTH IN SEASON TICKETS.\n"
        "1:09\n>> RIGHT HERE IN THE SECOND ROW.\n"
        "1:11\n>> HI, COMMISSIONER. MEGAN THIBAULT, TSN. WHAT DO YOU SAY TO THE PLAYERS?\n"
        "1:22\n>> I'D SAY THE GAME IS STILL THREE DOWNS.\n"
    )
    speakers = captions.turns["speaker"].tolist()
    assert speakers[:4] == ["Lucas Ferreira", "Stewart Johnston", "Unnamed speaker", "Darren Kowalchuk"]
    assert speakers[6] == "Megan Thibault"
    assert captions.documents["event"].tolist() == ["news_conference"]  # ("addresses the media")
    # a turn in capitals that opens by thanking is no one's introduction
    thanks = (
        kit.parse(">> GOOD EVENING. I'M KYLE CLARK.\n>> THANK YOU, KYLE. WHAT WILL YOU DO?\n>> WE WILL BUILD.\n")
        .turns["speaker"]
        .tolist()
    )
    assert "Thank You" not in thanks


def test_minutes_that_print_who_puts_a_question_and_who_responds_on_the_roles_line_name_them():
    minutes = kit.parse(
        "Council - Thursday, 23rd January, 2025 2.00 pm\n\n"
        "Minutes:\n\nThe following questions were put by members of the public:-\n\n"
        "Question:  Mr D. Holloway, 14 Barrowby Road, Grantham\n\n"
        "To Councillor Anne Whitfield, Cabinet Member for Environment:-\n\n"
        "Residents in my road have had three missed collections. How many have been recorded?\n\n"
        "Response: Councillor Anne Whitfield\n\n"
        "Thank you for your question. The Council recorded 1,184 missed collections.\n\n"
        "Supplementary question:  Mr D. Holloway\n\n"
        "Will the Cabinet Member agree to meet residents?\n\n"
        "Response: Councillor Anne Whitfield\n\n"
        "Yes, I would be happy to meet residents.\n"
    ).turns
    assert minutes["speaker"].tolist() == ["Mr D. Holloway", "Councillor Anne Whitfield"] * 2
    assert answering(minutes, "kind").tolist() == [False, True, False, True]
    assert minutes["kind"].tolist()[::2] == ["question", "follow_up"]
    assert not minutes["text"].str.contains("Barrowby Road").any()  # (the address is the label's, no one's words)
    # whom a question turns to, above its words, names no asker
    addressed = kit.parse(
        "Meeting with workers\n\nRemark: Mr President,\nThe construction of the new tunnel is completed.\n"
        "Vladimir Putin: Congratulations.\nQuestion: Mr Lukashenko, Mr Putin,\nHow was the problem solved?\n"
        "Vladimir Putin: By agreement.\n"
    ).turns
    assert "Mr President" not in addressed["speaker"].tolist()
    assert "Mr Lukashenko" not in addressed["speaker"].tolist()


@pytest.mark.parametrize(
    ("name", "line", "speaker"),
    [
        ("mayor_of_another_city_beside_the_hosts", 8, "Mayor"),  # (not "Patrick Brown, Mayor of Brampton")
        ("minister_of_state_beside_the_minister", 7, "Minister"),  # (not the Minister of State's)
        ("former_holder_with_dates", 7, "Foreign Secretary"),  # (not "Jack Straw, Foreign Secretary 2001-2006")
        ("students_union_president_beside_the_president", 7, "President"),  # (not the union's president)
        ("host_mentions_another_citys_mayor", 6, "Mayor"),  # (not "Toronto's Mayor Olivia Chow")
        ("the_mayors_chief_of_staff", 12, "Mayor"),  # (not "Priya Nair, the Mayor's chief of staff")
        ("former_mayor_with_dates", 14, "Mayor"),  # (not "John Tory, Mayor from 2014 to 2023")
        ("the_mayors_budget_chief", 10, "Mayor"),  # (not "Olivia Chow's")
        ("offices_heading_their_entries", 16, "Ernesto Pichardo Lora"),  # ("Vice Chair" above his entry)
        ("bulleted_panel_inside_the_chairs_turn", 11, "Mariah Solis"),  # (the chair's list of the panel is hers)
        ("bulleted_tributes_inside_a_speech", 13, "Lord Storey"),  # (her list of thanks is hers)
        ("caller_called_maam", 6, "Audience member"),  # ("Ma'am, you're on the air.")
        ("caller_called_by_their_town", 12, "Audience member"),  # ("Dundas, go ahead.")
        ("caller_called_by_their_town", 18, "Audience member"),  # ("Go ahead, Ancaster.")
        ("host_says_sorry_go_ahead", 10, "Audience member"),  # ("Sorry, go ahead.")
        ("names_in_capitals_then_a_title", 5, "Karen Bass"),  # ("KAREN BASS, Mayor of Los Angeles:")
        ("presidente_de_la_republica", 5, "Presidente de la República"),  # (a label, not the journalist's words)
        ("script_notes_after_offices", 7, "Governor"),  # ("GOVERNOR (SOT):", not "Sot")
        ("president_of_a_country_in_brackets", 6, "The President"),  # ("The President (Guyana):", not "Guyana")
        ("embassy_spokesperson", 7, "Embassy Spokesperson"),  # (a body's office, a label at once)
        ("full_name_then_a_country", 6, "Gustavo Petro"),  # (not "Gustavo Petro de Colombia")
    ],
)
def test_a_reviewers_texts_for_the_new_rules_are_read_right(name, line, speaker):
    turns = kit.read_transcript(MISREADINGS / f"{name}.txt").turns
    assert turns.loc[turns["first_line"] == line, "speaker"].tolist() == [speaker]


def test_a_reviewers_texts_keep_their_turns_kinds_and_events():
    def read(name):
        return kit.read_transcript(MISREADINGS / f"{name}.txt")

    # a list inside a speech opens no turn ("- Mariah Solis" / "- Tom Reed" / "Welcome to you both.")
    assert 10 not in read("bulleted_panel_inside_the_chairs_turn").turns["first_line"].tolist()
    assert 11 not in read("bulleted_tributes_inside_a_speech").turns["first_line"].tolist()

    for name in ("captions_next_item", "captions_point_of_order"):  # (a phrase that opens cues is no screen name)
        assert not read(name).turns["speaker"].str.contains("Next item|Point of order").any()
    lightning = read("lightning_round_numbers").turns  # ("Candidate Ellis: 1,500" is an answer, not a field)
    assert (lightning["speaker"] == "Candidate Ellis").sum() == 2
    assert read("interview_on_the_hustings").documents["event"].tolist() == ["interview"]
    assert read("telephone_town_hall_at_seven").documents["event"].tolist() == ["town_hall"]
    assert read("town_hall_and_its_year").documents["event"].tolist() == ["town_hall"]
    bidding = read("follow_up_after_a_bidding").turns  # ("Talk me through ...", then "And how much ...?")
    assert bidding.loc[bidding["first_line"] == 13, "kind"].tolist() == ["follow_up"]


def test_a_form_of_address_before_a_journalists_name_is_no_office():
    point = kit.parse(
        "Point de presse de M. François Legault, premier ministre\n\n"
        "M. Legault : Bonjour. Nous avons une entente.\n\n"
        "Le Modérateur : Caroline Plante, La Presse canadienne.\n\n"
        "Mme Plante (Caroline) : Bonjour. Qu'est-ce que vous dites aux enseignants?\n\n"
        "M. Legault : Je les comprends.\n\n"
        "Le Modérateur : Patrice Bergeron, La Presse canadienne.\n\n"
        "M. Bergeron (Patrice) : Et les infirmières?\n\n"
        "M. Legault : Nous négocions.\n"
    ).turns
    assert set(point.loc[point["speaker"].str.contains("Plante|Bergeron"), "role"]) == {"journalist"}


def test_a_second_reviewers_texts_for_this_sessions_rules_are_read_right():
    def read(name):
        return kit.read_transcript(MISREADINGS / f"{name}.txt")

    def speaker_at(name, line):
        turns = read(name).turns
        return turns.loc[turns["first_line"] == line, "speaker"].tolist()

    # a speech's rhetorical questions, a page's teasers, readers' questions: no Q&A the page did not print
    for name in (
        "speech_with_rhetorical_questions",
        "second_reading_speech_with_questions",
        "read_more_after_an_interview",
        "readers_questions_after_a_forum",
        "lightning_round_one_line_answers",
    ):
        assert "implied" not in read(name).turns["label_shape"].tolist(), name
    assert read("speech_with_qa_on_youtube").turns.empty
    # no topic, body, note or list's item named as a speaker
    named = {
        "minutes_question_topic": "Affordable Housing Targets",
        "consultation_responses_by_bodies": "Environment Agency",
        "captions_welcome_of_a_new_clerk": "Maria Lopez",
        "minutes_action_owners_bulleted": "Aisha Khan",
        "captions_vote_notes": "Vote",
    }
    for name, nobody in named.items():
        assert nobody not in read(name).turns["speaker"].tolist(), name
    # no wrong person
    assert speaker_at("caller_promised_after_the_news", 8) == ["Audience member"]  # ("... to Maureen after the news")
    assert speaker_at("lets_get_the_next_one_in", 10) == ["Audience member"]  # (a new caller, not Maureen again)
    assert speaker_at("captions_reporter_addresses_the_player", 6) != ["Zach Collaros"]  # (the reporter asks him)
    assert speaker_at("council_president_beside_a_head_of_state", 6) == ["The President"]  # (who presides)
    assert speaker_at("farm_bureau_president_beside_the_president", 6) == ["The President"]
    assert set(read("host_mentions_last_weeks_mayor").turns.query("speaker_label == 'MAYOR'")["speaker"]) == {"Mayor"}
    assert speaker_at("retired_admiral_label", 7) == ["James Stavridis"]  # ("Adm. James Stavridis, ret. U.S. Navy:")
    assert speaker_at("initials_sr", 5) == ["SR"]  # ("SR:" initials, not a Spanish form of address)
    assert speaker_at("briefing_question_in_two_lines", 11) == ["Bloomberg"]  # (its second line asks too)
    assert speaker_at("briefing_question_in_two_lines", 13) == ["Pham Thu Hang"]
    reply = read("minutes_reply_label").turns
    assert reply.loc[reply["first_line"] == 11, ["speaker", "role"]].values.tolist() == [
        ["Councillor Anne Whitfield", "official"]
    ]
    # figures read out in a turn stay its words; the event a title names stays
    assert "Total spending" in read("budget_figures_read_out").turns["text"].iloc[0]
    assert "Portables" in read("figures_in_a_supplementary").turns.query("first_line == 11")["text"].iloc[0]
    assert read("telephone_town_hall_at_seven_pm_st").documents["event"].tolist() == ["town_hall"]


def test_a_chambers_record_that_says_the_house_met_is_question_time():
    record = kit.parse(
        "- Debates and Proceedings\n- Votes and Proceedings\nTuesday, 18th March, 2025\n"
        "The House met at 1430 hours\n[MADAM SPEAKER in the Chair]\nQUESTIONS FOR ORAL ANSWER\n\n"
        "214. Mr Mwila (Kaputa) asked the Minister of Agriculture when the arrears will be paid.\n\n"
        "The Minister of Agriculture (Mr Mtolo): Madam Speaker, the arrears will be paid by June.\n\n"
        "Mr Mwila: Madam Speaker, why has it taken so long?\n\n"
        "Mr Mtolo: Madam Speaker, the funds were released late.\n"
    )
    assert record.documents["event"].tolist() == ["question_time"]
