"""What kind of event a document records, and who asks in it: read from its title, its labels and its turns.

Part of the last pass of the parser (:mod:`kit.parsing.speakers`). Who asks depends on the
event: journalists at a news conference or a briefing, interviewers and hosts in an
interview or a debate, members (MPs, a committee and its counsel, the judges) at question
time or a hearing, the audience at a town hall or a meeting. :func:`infer_event` decides
the kind, and says how:

* ``given``: an instructor stated it (``kit.read_transcript(path, event="hearing")``, or
  ``event:`` in the transcript's front matter or in the file beside it);
* ``title``: the document's title names it (``News conference``, ``Oral Argument``,
  ``Interview with ...``: the phrases are data, ``[events]`` in ``data/speakers.toml``);
* ``labels``: the labels name it (``Q``/``Question`` labels: a news conference, and with
  ``A``/``Guest`` labels an interview; a Speaker giving the floor among several members:
  question time; a host, an anchor or a moderator: an interview, or a debate when the
  others answer one another);
* ``structure``: who speaks and who asks (a ``?``): a journalist who names an outlet as they
  ask makes a news conference; one asker and one answerer an interview; several askers and one or two answerers a hearing; several answerers and
  one or two askers a debate or panel; otherwise a meeting.

:func:`askers` then splits the named speakers of a question-and-answer event (an
interview, a debate, question time, a hearing) into those who ask and those who answer,
from what their turns do: ask (a ``?``) or reply to someone else's question.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from kit.parsing.lexicon import Lexicon
from kit.parsing.names import introduction
from kit.parsing.records import Turn
from kit.words import phrase_pattern

__all__ = [
    "EVENTS",
    "PRESS",
    "ONE_QUESTION",
    "ASKER_ROLE",
    "ANSWERER_ROLE",
    "speaker_turns",
    "TITLE_REACH",
    "Event",
    "infer_event",
    "event_named",
    "normalise_event",
    "asks",
    "FORMAL_QUESTION",
    "PRINTED_QUESTION",
    "askers",
    "outlet_askers",
    "at_court",
    "counsel",
    "court_labels",
]

#: The kinds of event, in the order the title phrases are tried.
EVENTS = (
    "joint_press_conference",
    "news_conference",
    "briefing",
    "interview",
    "question_time",
    "town_hall",
    "debate",
    "hearing",
    "meeting",
)
#: Events where journalists ask one principal (or two) and a press officer may give the floor.
PRESS = frozenset({"joint_press_conference", "news_conference", "briefing"})
#: Events where each new question opens its own exchange, even from the same asker.
ONE_QUESTION = frozenset({"interview", "debate", "question_time", "hearing"})
#: The role of those who ask, by event.
ASKER_ROLE = {
    "joint_press_conference": "journalist",
    "news_conference": "journalist",
    "briefing": "journalist",
    "interview": "interviewer",
    "debate": "interviewer",
    "question_time": "member",
    "hearing": "member",
    "town_hall": "audience",
    "meeting": "audience",
}
#: The role of those who answer, by event.
ANSWERER_ROLE = {event: "official" for event in EVENTS} | {
    "interview": "guest",
    "debate": "guest",
    "hearing": "witness",
}


class Event(NamedTuple):
    """A document's kind of event and how it was decided (``given``, ``title``, ``labels``, ``structure``)."""

    kind: str
    source: str


def normalise_event(name: str) -> str | None:
    """The kind of event a name states (``"News conference"``, ``"court argument"``), or ``None``.

    Args:
        name: a kind as an instructor may write it.

    Returns:
        One of :data:`EVENTS`, or ``None`` when the name is none of them.

    >>> normalise_event("News Conference"), normalise_event("press-conference"), normalise_event("court")
    ('news_conference', 'news_conference', 'hearing')
    >>> normalise_event("picnic") is None
    True
    """
    key = "_".join(name.lower().replace("-", " ").split())
    aliases = {
        "press_conference": "news_conference",
        "joint_news_conference": "joint_press_conference",
        "joint": "joint_press_conference",
        "gaggle": "briefing",
        "press_briefing": "briefing",
        "podcast": "interview",
        "court": "hearing",
        "court_argument": "hearing",
        "oral_argument": "hearing",
        "direct_line": "town_hall",
        "parliament": "question_time",
    }
    key = aliases.get(key, key)
    return key if key in EVENTS else None


#: How a parliament's record prints a member's question that has no question mark.
FORMAL_QUESTION = "To ask "
#: How a printed question's words open after its member's name (``1. Ms Bradshaw asked the Minister of Health ...``).
PRINTED_QUESTION = "asked the "
#: How a member asks the question printed on the order paper under their name (``I beg to ask the Question
#: standing in my name.``), in a turn's first words.
QUESTION_IN_NAME = re.compile(r"(?i:\bask\b[^.?!]{0,40}\bquestion[^.?!]{0,30}\bin\s+my\s+name)")


def asks(turn: Turn) -> bool:
    """Whether a turn asks something: its words hold a question mark, or it is a question in the form a parliament prints.

    Args:
        turn: a turn with its text.

    Returns:
        True when the text holds a ``?`` or opens with :data:`FORMAL_QUESTION`
        (``To ask the First Minister what engagements he has planned``) or :data:`PRINTED_QUESTION`
        (``asked the Minister of Health what steps ...``, after its member's name) or an order paper's
        ``to ask the`` (``... (Mrs Caine) to ask the Minister for Health:``), or its first words ask the
        question printed in the member's name (:data:`QUESTION_IN_NAME`).

    >>> from kit.parsing.labels import match_label
    >>> label = match_label("Q: Why?")
    >>> asks(Turn(label, [0], text="Why?")), asks(Turn(label, [0], text="To ask the First Minister what is planned."))
    (True, True)
    >>> asks(Turn(label, [0], text="Thank you, Mr Speaker. I beg to ask the Question standing in my name."))
    True
    >>> asks(Turn(label, [0], text="\\nasked the Minister for Roads when the road would be completed."))
    True
    """
    text = turn.text
    # (and below a label alone on its line, past the newline it leaves)
    return (
        "?" in text
        or text[:7] == FORMAL_QUESTION
        or text[:10] == PRINTED_QUESTION
        or text[:11] == "to ask the "  # (an order paper's: "... (Mrs Caine) to ask the Minister for Health:")
        or text[:1] == "\n"
        and (text[:20].lstrip()[:7] == FORMAL_QUESTION or text[:20].lstrip()[:10] == PRINTED_QUESTION)
        or "name" in text[:160]
        and QUESTION_IN_NAME.search(text[:160]) is not None
    )


#: How much of a document's title (or lead) is read for the kind of event and for who holds a title:
#: a first line of a megabyte names nothing past its start, and is searched no further.
TITLE_REACH = 500


def at_court(speaker: str, lex: Lexicon) -> bool:
    """Whether a speaker is a court's or a committee's label (``data/speakers.toml``'s ``hearing_labels``).

    Args:
        speaker: the speaker's name.
        lex: the vocabularies.

    Returns:
        True for ``THE COURT``, ``The Witness``, ``THE DEPUTY CLERK``, ``The Court Usher`` (its last word's label).

    >>> from kit.parsing.lexicon import lexicon
    >>> [at_court(s, lexicon()) for s in ["THE COURT", "The Court Usher", "THE DEPUTY CLERK", "Marshal", "Mr. Smith"]]
    [True, True, True, True, False]
    """
    court, bare = court_labels(lex)
    folded = speaker.casefold()
    return (
        folded in court
        or folded in bare  # "MARSHAL:", "BAILIFF:", as a court's record prints them too
        or folded[:4] == "the "
        and f"the {folded.rpartition(' ')[2]}" in court
    )


def counsel(examiner: str | None, lex: Lexicon) -> bool:
    """Whether a court record's ``BY ...:`` line names counsel: a form of address and a name (``Ms Vernier``).

    A byline above a printed interview's ``Q.`` (``BY SARAH JONES:``) names its writer, not counsel.

    Args:
        examiner: the name on the line, or ``None``.
        lex: the vocabularies (``forms_of_address``).

    Returns:
        True for counsel.

    >>> from kit.parsing.lexicon import lexicon
    >>> [counsel(n, lexicon()) for n in ["Mr. Holland", "Ms Vernier", "Sarah Jones", None]]
    [True, True, False, False]
    """
    if not examiner:
        return False
    return examiner.split(" ", 1)[0].lower() in lex.conversation.get("forms_of_address", ())


def court_labels(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """A court's or a committee's labels (``the court``), and its officers' without the article (``marshal``).

    Args:
        lex: the vocabularies.

    Returns:
        The two sets, made once per lexicon.

    >>> from kit.parsing.lexicon import lexicon
    >>> "marshal" in court_labels(lexicon())[1]
    True
    """
    made = lex.compiled.get("court_labels")
    if made is None:
        court = frozenset(lex.conversation.get("hearing_labels", ()))
        officers = frozenset(lex.conversation.get("court_officers", ()))
        made = lex.compiled["court_labels"] = (court, officers)
    return made


# A page's list of the sides of a motion, with the people on each: "For the Motion: Rebecca Thornquist, ..." (not "Proxy
# votes for the motion: 61.2%")
_SIDES = re.compile(r"(?i:\b(?:for|against) the motion):\s+[A-Z][\w'’\-]+ [A-Z]")


def _public_asks(turns: list[Turn], lex: Lexicon) -> bool:
    """Whether half the turns that ask, or more, are under a label or a label's note that names the public
    (``Member of the Public:``, ``Margaret Ellis (Member of the Public):``)."""
    asking = [t for t in turns if asks(t)]
    public = sum(
        lex.roles.get(
            (t.label.role or t.label.name).lower() if t.label.style == "role" else (t.label.note or "").lower(), {}
        ).get("role")
        == "audience"
        for t in asking
    )
    return bool(asking) and public >= len(asking) / 2


_WELCOME_TURNS = 3  # the first turns, where a host welcomes all to the event
_WELCOME_REACH = 400  # the characters of each read for it
# "Welcome to this meeting of the Policy and Resources Committee", "AND WELCOME TO THE 9NEWS MAYORAL RUNOFF DEBATE."
_WELCOME = re.compile(r"(?i:\bwelcome\s+(?:back\s+)?(?:you\s+)?(?:(?:all|everyone|everybody)\s+)?to)\s+([^.!?]{3,120})")


def infer_event(title: str, turns: list[Turn], lex: Lexicon, memo: dict | None = None) -> Event:
    """The kind of event a document records, from its title, then its labels, then the event its host welcomes all
    to as it opens, then its turns.

    Args:
        title: the document's title and its headings above the first turn, parted by " / " ('' when it has none).
        turns: the document's turns, with speakers.
        lex: the vocabularies (the title phrases are ``lex.events``).
        memo: kept for the document's turns (see :func:`askers`).

    Returns:
        The :class:`Event`.

    >>> from kit.parsing.lexicon import lexicon
    >>> infer_event("Remarks by President Biden in Press Conference", [], lexicon())
    Event(kind='news_conference', source='title')
    >>> from kit.parsing.labels import Label
    >>> opens = Turn(Label(">> ", "Unnamed speaker", None, "name"), [0], text="GOOD EVENING AND WELCOME TO THE RUNOFF DEBATE.")
    >>> infer_event("", [opens], lexicon())
    Event(kind='debate', source='opening')
    """
    named = event_named(title[:TITLE_REACH], lex) if title else None
    if named is None and len(title) > TITLE_REACH:  # or the heading right above the first turn, past a list of names
        # ("MEMBERS PRESENT: ..." then "ORAL ANSWERS TO QUESTIONS"; not a site's menu above it: "Debates Archive")
        named = event_named(title.rpartition(" / ")[2][:TITLE_REACH], lex)
    if named == "question_time" and _public_asks(turns, lex):
        return Event("town_hall", "labels")  # "People's Question Time", where members of the public ask
    if named is not None:
        return Event(named, "title")
    if _SIDES.search(title[:TITLE_REACH]):
        return Event("debate", "title")  # "For the Motion: Rebecca Thornquist, Daniel Ashworth": the sides' debaters
    keys = Counter([t.label.role or t.label.name.lower() for t in turns if t.label.style == "role"])  # Label.key
    roles: Counter[str] = Counter()
    for key, count in keys.items():
        roles[lex.roles[key]["role"]] += count
    named = speaker_turns(turns, memo)
    hosts = lex.conversation.get("host_titles", ())
    hosted = any(phrase_pattern(hosts).fullmatch(key) for key in keys)  # "Host:", "Moderator:", "Anchor:"
    answering = any(lex.roles[key]["role"] == "official" for key in keys)  # "A.", "Guest:", "Interviewee:"
    if keys["speaker"] and len(named) >= 2:
        return Event("question_time", "labels")
    court, officers = court_labels(lex)
    if (
        roles
        and (
            any(  # (at_court's test, its set lookups made here at once: most speakers are no court's)
                (folded := name.casefold()) in court
                or folded in officers
                or folded[:4] == "the "
                and at_court(name, lex)
                for name in named
            )
            or keys["q"]
            and any(counsel(t.examiner, lex) for t in turns)  # (only a "Q." has an examiner)
        )
    ):
        return Event("hearing", "labels")  # "THE COURT:", "THE WITNESS:", "BY MR. SMITH:" beside "Q." and "A."
    if (roles["journalist"] or hosted) and answering:
        return Event("interview", "labels")  # "Q." and "A.", "Interviewer:" and "Guest:"
    if roles["journalist"]:
        return Event("news_conference", "labels")
    if hosted and len(named) >= 2:
        return Event("debate" if len(named) >= 2 and _rebuttals(turns, set(named)) else "interview", "labels")
    # where no label decides it: the event its host welcomes all to ("WELCOME TO THE RUNOFF DEBATE."; not where "Q:"
    # labels make a news conference of "welcome to the press theatre")
    for turn in turns[:_WELCOME_TURNS]:
        welcomed = _WELCOME.search(turn.text, 0, _WELCOME_REACH)
        if welcomed and (kind := event_named(welcomed.group(1), lex)) is not None:
            return Event(kind, "opening")
    if len(named) < 2:
        return Event("meeting", "structure")
    if any(introduction(t.text, lex)[1] for t in turns[:50] if t.label.style != "role" and asks(t)):
        return Event("news_conference", "structure")  # a journalist names their outlet as they ask
    if len(outlet_askers(turns, lex, memo)) >= 2:
        return Event("news_conference", "labels")  # journalists named by their outlets: "Reuters:", "Ann Lee, WION:"
    if any(phrase_pattern(hosts).search(title) for title in {t.speaker_title for t in turns if t.speaker_title}):
        return Event("interview", "labels")  # a programme's host or anchor with guests
    ask, answer = askers(turns, memo=memo)
    if ask and answer:
        if _addresses(turns, lex.conversation.get("chamber_address", ())):
            return Event("question_time", "structure")  # members address the House ("My Lords", "Mr Speaker")
        # (those who ask again and again: a caller or a clip that asks once makes no committee)
        asked = Counter(t.speaker for t in turns if t.speaker in ask and asks(t))
        main = [speaker for speaker, count in asked.items() if count >= 2]
        regular = len(main)
        if (
            regular >= 2
            and len(answer) <= 2
            and len(ask) > len(answer)
            or _addresses(turns, lex.conversation.get("member_address", ()), by=answer)
        ):
            return Event("hearing", "structure")
        # one asks (beside a caller or a clip that asks once), one answers
        asker = next(iter(ask)) if len(ask) == 1 else main[0] if regular == 1 else None
        if asker and len(answer) == 1 and _interviews(turns, asker, next(iter(answer))):
            return Event("interview", "structure")
        if len(answer) >= 2 and len(ask) <= 2:
            return Event("debate" if _rebuttals(turns, answer) else "interview", "structure")
    return Event("meeting", "structure")


def event_named(text: str, lex: Lexicon) -> str | None:
    """The kind of event a title or a heading names (``lex.events``, tried in order), or ``None``.

    Args:
        text: a title, or titles and headings joined.
        lex: the vocabularies (their ``events`` phrases, from ``data/speakers.toml``).

    Returns:
        The first kind of event one of whose phrases ``text`` holds, or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [event_named(t, lexicon()) for t in ["Leaders' Questions", "Press Briefing by Jen Psaki", "Geneva, Switzerland"]]
    ['question_time', 'briefing', None]
    >>> event_named("Prime Minister Trudeau and Chancellor Scholz hold a joint media availability", lexicon())
    'joint_press_conference'
    >>> [event_named(t, lexicon()) for t in ["Senate Hansard", "Proof Committee Hansard / Estimates"]]
    ['question_time', 'hearing']
    >>> event_named("United Nations / Security Council / 9731st meeting", lexicon())
    'meeting'
    >>> [event_named(t, lexicon()) for t in ["House of Commons Debates", "Committee of Public Accounts debate"]]
    ['question_time', 'hearing']
    >>> [event_named(t, lexicon()) for t in ["Debates of 14 Jun 2022", "Presidential Debates of 2024: The ABC Debate"]]
    ['question_time', 'debate']
    >>> [event_named(t, lexicon()) for t in ["THE SUPREME COURT OF THE UNITED KINGDOM", "Meeting with Supreme Court judges"]]
    ['hearing', 'meeting']
    >>> event_named("HOUSE OF KEYS / HANSARD / Douglas, Tuesday / Published by the Clerk. © High Court of Tynwald", lexicon())
    'question_time'
    >>> event_named("House of Lords: R v Jones, on appeal from the Court of Appeal", lexicon())
    'hearing'
    >>> event_named("TOWN COUNCIL / REGULAR MEETING MINUTES / Council Chambers, Town Hall, 271 Falmouth Road", lexicon())
    'meeting'
    >>> event_named("Metro Mayor on BBC Radio Merseyside – 'Ask the Mayor' phone-in, 6 February 2025", lexicon())
    'town_hall'
    >>> event_named("Debates and Proceedings / Tuesday, 18th March, 2025 / The House met at 1430 hours", lexicon())
    'question_time'
    >>> [event_named(t, lexicon()) for t in ["Telephone Town Hall, 7 PM", "Mayor's Town Hall 2025 Budget Consultation",
    ...     "Interview: a week on the hustings with the Greens"]]
    ['town_hall', 'town_hall', 'interview']
    """
    patterns = lex.compiled.get("events")
    if patterns is None:
        chambers = phrase_pattern(lex.conversation.get("chamber_records", ()))
        patterns = lex.compiled["events"] = [(k, phrase_pattern(p)) for k, p in lex.events.items() if p]
        courts = phrase_pattern(lex.conversation.get("court_records", ()))
        patterns += [("hearing", courts), ("question_time", chambers)]  # a court's, a chamber's: no other kind named
        lex.compiled["committee_records"] = phrase_pattern(lex.conversation.get("committee_records", ()))
    for k, (kind, pattern) in enumerate(patterns):
        found = pattern.search(text)
        while found is not None and (
            found.group().lower() == "town hall"
            and _VENUE.match(text, found.end())
            or found.group().lower() == "hustings"
            and text[max(0, found.start() - 7) : found.start()].lower() == "on the "
        ):
            found = pattern.search(text, found.end())  # a building in an address: "Council Chambers, Town Hall, 271
            # Falmouth Road", not the event; campaigning "on the hustings", not a hustings
        if found is not None:
            if (
                k == len(patterns) - 2
                and _COPYRIGHT.search(text, max(0, found.start() - 30), found.start()) is not None
                and patterns[-1][1].search(text, 0, found.start()) is not None
            ):
                return "question_time"  # a chamber's record whose copyright a court holds ("© High Court of Tynwald")
            if kind == "news_conference" and (
                _JOINT.search(text, max(0, found.start() - 12), found.start()) or _two_holders(text, found, lex)
            ):
                return "joint_press_conference"  # "joint media availability", "Joint News Conference" of any wording
            if kind == "debate":  # "House of Commons Debates", "Committee of Public Accounts debate": a record's
                if lex.compiled["committee_records"].search(text):
                    return "hearing"
                if patterns[-1][1].search(text) or _DATED_DEBATES.search(text):
                    return "question_time"  # (and a chamber's "Debates of 14 Jun 2022"; not "Presidential Debates of
                    # 2024: The ABC News Debate")
            return kind
    if _NUMBERED_MEETING.search(text):
        return "meeting"  # a body's numbered meeting ("9731st meeting", "the 12th Meeting of the Board")
    return None


# a street's number and name after a building's name (", 271 Falmouth Road"; not a date, a time or a year: "phone-in,
# 6 February 2025", "Town Hall, 7 PM", "Town Hall 2025 Budget")
_VENUE = re.compile(
    r",?[ \t]+\d{1,5}[ \t]+(?!(?i:[ap]\.?m\b))(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?i:road|rd|street|st|avenue|ave|boulevard|blvd|lane|ln|drive"
    r"|dr|way|place|pl|square|sq|highway|hwy|parkway|pkwy|court|ct|terrace|crescent|plaza|row|circle)\b"
)
_DATED_DEBATES = re.compile(r"(?i:\bdebates of) \d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\b")  # "Debates of 14 Jun 2022"
_COPYRIGHT = re.compile(r"©|\([Cc]\)|[Cc]opyright")  # a copyright's holder, named after it
_JOINT = re.compile(r"\bjoint\W+$", re.IGNORECASE)  # "joint" right before a news conference's phrase
_AND = re.compile(r" and (?:the )?([A-Z][a-z]+)")


def _two_holders(text: str, found: re.Match, lex: Lexicon) -> bool:
    """Whether the part of a title that names a news conference names two office holders joined by "and" (``Press
    conference of President of Ukraine Volodymyr Zelenskyy and Prime Minister of Japan Fumio Kishida``).

    >>> from kit.parsing.lexicon import lexicon
    >>> [event_named(t, lexicon()) for t in ["Press conference of President Zelenskyy and Prime Minister Kishida",
    ...     "Press conference by the President and CEO", "Press conference by the Minister of Health and Social Care"]]
    ['joint_press_conference', 'news_conference', 'news_conference']
    >>> [event_named(t, lexicon()) for t in ["General Motors news conference with Chairman and CEO Mary Barra",
    ...     "Press conference by Governor Hochul on the budget and President Biden's plan",
    ...     "Press conference of President of Ukraine Volodymyr Zelenskyy and Prime Minister of Japan Fumio Kishida"]]
    ['news_conference', 'news_conference', 'joint_press_conference']
    """
    start = text.rfind(" / ", 0, found.start()) + 1
    end = text.find(" / ", found.end())
    part = text[start : end if end >= 0 else len(text)]
    for joined in _AND.finditer(part):
        if joined.group(1).lower() not in lex.titles or joined.group(1).lower() in ("the", "his", "her"):
            continue
        words = part[max(0, joined.start() - 80) : joined.start()].split()
        office = max((k for k, w in enumerate(words) if w.lower() in lex.titles and w[:1].isupper()), default=None)
        while office and words[office - 1].lower() in lex.titles and words[office - 1][:1].isupper():
            office -= 1  # (the whole office: "Prime Minister")
        held = words[office + 1 :] if office is not None else []
        if (
            held
            and any(w[:1].isupper() and w.lower() not in lex.titles for w in held)
            and all(w[:1].isupper() or w == "of" for w in held)
        ):
            return True  # (an office, its holder's name or country right after it, and another office: not "President
    return False  # and CEO", "General Motors news conference with Chairman and", "Governor Hochul on the budget and")


_NUMBERED_MEETING = re.compile(r"\b\d+(?:st|nd|rd|th) meeting\b", re.IGNORECASE)


def _addresses(turns: list[Turn], forms: tuple[str, ...], by: set[str] | None = None) -> bool:
    """Whether two turns or more use one of these forms of address, one of them by a speaker of ``by`` if given.

    A committee's ``Mr. Chairman`` and ``Senator``, a House's ``My Lords`` (in capitals, in a
    turn all in capitals: live captions' ``SENATOR``). At a hearing, those
    who answer address the members (``Senator``, ``Your Honor``); a podcast's hosts who call
    their guest ``Senator`` make no hearing of it.
    """
    if not forms:
        return False
    pattern = phrase_pattern(forms, case=True)
    shouted = phrase_pattern(tuple(form.upper() for form in forms), case=True)  # (captions in capitals: "SENATOR")
    using = [t.speaker for t in turns if (shouted if t.text.isupper() else pattern).search(t.text[:2000])]
    return len(using) >= 2 and (by is None or not by.isdisjoint(using))


def _ends_asking(turn: Turn) -> bool:
    """Whether a turn ends on a question: what someone asks of the next speaker, not a question on the way."""
    text = turn.text
    mark = text.rfind("?")
    return mark >= 0 and mark > text.rstrip(" \t\n\"”’')]—–-…").rfind(".")


def _calls_by_name(turn: Turn, after: Turn) -> bool:
    """Whether a turn's last question only calls the next speaker by name: a roll call, a chair's hand-over.

    ``SENATOR BRIGGS?`` before ``SEN. BRIGGS: Here.``; ``Justice Alito?`` before Justice Alito
    speaks. It asks nothing of them.

    >>> from kit.parsing.labels import match_label
    >>> briggs = Turn(match_label("SEN. BRIGGS: Here."), [1], text="Here.", speaker="Sen. Briggs")
    >>> [_calls_by_name(Turn(match_label("CLERK: x"), [0], text=t), briggs) for t in ["SENATOR BRIGGS?",
    ...     "Thank you. Senator Briggs?", "Senator Briggs, why?", "Why, Senator Briggs?", "Do you agree, Dr. Briggs?"]]
    [True, True, False, False, False]
    """
    words = turn.text.rstrip(" \t\n\"”’')]")[:-1].split()  # (without its "?")
    last: list[str] = []  # the words after the sentence before, a title's stop ("Dr.") ending none
    for word in reversed(words):
        if word[-1:] in ".!?" and not (word[:1].isupper() and len(word.rstrip(".")) <= 3) or len(last) > 3:
            break
        last.insert(0, word)
    surname = after.speaker.rpartition(" ")[2].casefold()
    return (
        0 < len(last) <= 3
        and last[-1].casefold() == surname
        and all(w[:1].isupper() and w[-1:] != "," for w in last)  # ("Why, Senator Briggs?" asks)
    )


def _interviews(turns: list[Turn], asker: str, answerer: str) -> bool:
    """One asks in most of their turns, and the other does not: an interview, not a working meeting.

    An interviewer who presses (*You can't do both.*) asks in fewer: two in five of their
    turns with a question do, where the other ends hardly any (one in five) with one.
    """
    own = [t for t in turns if t.speaker == asker]
    other = [t for t in turns if t.speaker == answerer]
    if not own:
        return False
    ending = sum(map(_ends_asking, other))
    if sum(map(_ends_asking, own)) >= 0.5 * len(own) and ending < 0.5 * len(other):
        return True
    return sum(map(asks, own)) >= 0.4 * len(own) and ending <= 0.2 * len(other)


def _rebuttals(turns: list[Turn], answer: set[str]) -> bool:
    """Answerers who speak straight after one another, often: candidates in a debate."""
    pairs = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a.speaker in answer and b.speaker in answer)
    return pairs >= 3


def askers(turns: list[Turn], ties: bool = True, memo: dict | None = None) -> tuple[set[str], set[str]]:
    """Split the named speakers of a document into those who ask and those who answer.

    A speaker asks when at least a quarter of their turns hold a ``?`` and they ask more
    often than they reply to someone else's question; a speaker answers when they reply
    more often than they ask. Speakers who do neither (a chair's procedural words) are in
    neither set.

    Args:
        turns: one document's turns, with speakers.
        ties: whether a speaker who replies as often as they ask answers (in a question
            event, where the other side asks); with ``False``, only one who replies more.
        memo: a dict kept for one document's turns, where the counts are kept between calls.

    Returns:
        ``(askers, answerers)``.

    >>> from kit.parsing.labels import match_label
    >>> said = [("Ann Lee", "Why?"), ("Bo Chan", "Because."), ("Ann Lee", "And then?"), ("Bo Chan", "Then we left.")]
    >>> turns = [Turn(match_label(f"{who}: x"), [k], text=text, speaker=who) for k, (who, text) in enumerate(said)]
    >>> askers(turns)
    ({'Ann Lee'}, {'Bo Chan'})
    """
    counts = memo.get("askers") if memo is not None else None
    if counts is None:
        counts = _tally(turns, memo)
        if memo is not None:
            memo["askers"] = counts
    total, asked, replied = counts
    # (only one who asked someone can ask, only one who replied can answer)
    ask = {s for s, n in asked.items() if n >= max(1, 0.25 * total[s]) and n > replied.get(s, 0)}
    answer = {s for s, n in replied.items() if s not in ask and n >= max(1, asked.get(s, 0) + (not ties))}
    if ties and (not ask or not answer) and all(t.label.style != "role" for t in turns):
        # Few questions to go by: who puts the first question, and who replies to it.
        for k in range(len(turns) - 1):
            turn, after = turns[k], turns[k + 1]
            if (
                "?" in turn.text  # asks(turn)
                and turn.label.style != "role"
                and after.label.style != "role"
                and after.speaker != turn.speaker
            ):
                if not ask:
                    ask.add(turn.speaker)
                    answer.discard(turn.speaker)
                if after.speaker not in ask:
                    answer.add(after.speaker)
                break
    return ask, answer


def _tally(turns: list[Turn], memo: dict | None = None) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Each named speaker's turns, questions someone else takes up, and replies to another's question."""
    asked: Counter[str] = Counter()
    replied: Counter[str] = Counter()
    for k in range(len(turns) - 1):
        turn = turns[k]
        if "?" in turn.text and _ends_asking(turn):
            after = turns[k + 1]
            if after.speaker == turn.speaker or _calls_by_name(turn, after):
                continue
            if turn.label.style != "role":
                asked[turn.speaker] += 1  # a question someone else takes up, not a speech's rhetoric
            if after.label.style != "role":
                replied[after.speaker] += 1
    return speaker_turns(turns, memo), asked, replied


def outlet_askers(turns: list[Turn], lex: Lexicon, memo: dict | None = None) -> dict[str, str]:
    """The named speakers of a document whom a news outlet names, and who ask in half their turns at least.

    A label that names an outlet (``Reuters:``; :func:`kit.parsing.labels.outlet_named`) makes
    the outlet the speaker; one that names an outlet after a name (``Ann Lee, WION:``) makes it
    the speaker's title. A speaker so named who mostly answers (a candidate called
    ``BLOOMBERG:`` in a debate) is not counted.

    Args:
        turns: one document's turns, with speakers and titles.
        lex: the vocabularies (``outlets``).
        memo: a dict kept for the document's turns, where the answer is kept between calls.

    Returns:
        speaker -> outlet, in the order the speakers first speak.

    >>> from kit.parsing.labels import match_label
    >>> from kit.parsing.lexicon import lexicon
    >>> said = [("Reuters", None, "Why?"), ("Ann Lee", None, "Because."), ("Bo Chan", "WION", "And how?")]
    >>> outlet_askers([Turn(match_label(f"{who}: x"), [k], text=text, speaker=who, speaker_title=title)
    ...                for k, (who, title, text) in enumerate(said)], lexicon())
    {'Reuters': 'Reuters', 'Bo Chan': 'WION'}
    """
    found = memo.get("outlet_askers") if memo is not None else None
    if found is not None:
        return found
    named = speaker_turns(turns, memo)
    outlet_of = {s: s for s in named if s in lex.outlet_names}  # (the outlet's speaker: kit.parsing.names)
    titles = {t.speaker_title for t in turns if t.speaker_title}  # (few: "Mr", "WION")
    outlet_titles = {title: lex.outlets[title.lower()] for title in titles if title.lower() in lex.outlets}
    for turn in [t for t in turns if t.speaker_title in outlet_titles] if outlet_titles else ():
        outlet_of.setdefault(turn.speaker, outlet_titles[turn.speaker_title])
    if outlet_of:
        asked = Counter(t.speaker for t in turns if t.speaker in outlet_of and "?" in t.text)
        outlet_of = {s: o for s, o in outlet_of.items() if asked[s] * 2 >= named[s]}
    if memo is not None:
        memo["outlet_askers"] = outlet_of
    return outlet_of


def speaker_turns(turns: list[Turn], memo: dict | None = None) -> Counter[str]:
    """How many turns each named speaker of a document has (not those of role labels such as ``Question:``).

    Args:
        turns: one document's turns, with speakers.
        memo: a dict kept for the document's turns, where the count is kept between calls.

    Returns:
        speaker -> turns, in the order the speakers first speak.

    >>> from kit.parsing.labels import match_label
    >>> said = [("Ann Lee: x", "Ann Lee"), ("Question: x", "Unnamed journalist"), ("Ann Lee: x", "Ann Lee")]
    >>> speaker_turns([Turn(match_label(label), [k], speaker=who) for k, (label, who) in enumerate(said)])
    Counter({'Ann Lee': 2})
    """
    counts = memo.get("speaker_turns") if memo is not None else None
    if counts is None:
        counts = Counter(t.speaker for t in turns if t.label.style != "role")
        if memo is not None:
            memo["speaker_turns"] = counts
    return counts
