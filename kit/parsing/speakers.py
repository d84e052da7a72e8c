"""Last pass of the parser: who each speaker is, what part they play, and the exchanges.

A label such as ``Question:`` says the role outright. A name does not, so the role of a
named speaker is read from the conversation, one document at a time, after the kind of
event the document records (:func:`kit.parsing.events.infer_event`: its title, its labels,
who asks), and the way it was decided is kept in ``role_source``:

* ``label``: the label says it (``Question:``, a title such as ``Minister of Defence`` or
  ``Direct line programme host``); a named speaker with no sign of asking is an official;
* ``introduction``: the speaker names an outlet (``Andrei Kolesnikov, Kommersant.``);
* ``moderator``: the speaker speaks first right after a moderator gave the floor, and asks
  (``Dmitry Peskov: Life News.``), or gives the floor themselves;
* ``position``: the speaker asks (a ``?``) and the document's principal (who speaks the
  most) answers next, and does not mostly reply to others' questions (a briefing's guest
  does); at a hearing or question time, one who neither asks nor answers sits with the members;
* ``asks`` / ``answers``: in an interview, a debate, question time or a hearing, what the
  speaker's turns do (:func:`kit.parsing.events.askers`);
* ``given``: an instructor named who asks.

At a news conference, a briefing, a town hall or a meeting, a speaker who asks is a
journalist (at a press event, or when they name an outlet or speak all through the
document: a programme host), otherwise an audience member (a caller in a Direct Line, a
participant in a meeting). In an interview or a debate those who ask are interviewers and
those who answer guests; at question time or a hearing, members ask and officials or
witnesses answer. A moderator is staff; the turns in which they give the floor are
interjections outside any exchange. An exchange opens with each new question: a
``Question:`` turn, a turn by an asker who is not the one asking now, or (in an interview,
a debate, question time or a hearing) a new question by the same asker that does not
follow up the point before.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import chain
from typing import NamedTuple

from kit.errors import TranscriptError
from kit.parsing.events import (
    ANSWERER_ROLE,
    ASKER_ROLE,
    EVENTS,
    ONE_QUESTION,
    PRESS,
    TITLE_REACH,
    Event,
    askers,
    asks,
    at_court,
    counsel,
    court_labels,
    infer_event,
    normalise_event,
    outlet_askers,
    speaker_turns,
)
from kit.parsing.labels import (
    EXCELLENCY,
    PERSON_WORD,
    TIME_MARK,
    noted_holder,
    outlet_named,
    person_case,
    split_name,
    without_honours,
)
from kit.parsing.lexicon import Lexicon, lexicon
from kit.parsing.names import (
    CALENDAR,
    PERSON_NOTE,
    a_person,
    bare_office,
    canonical_names,
    full_name,
    handed_to,
    introduction,
    noted_person,
    office_holder,
    self_named,
)
from kit.parsing.records import (
    THE_WITNESS,
    UNNAMED_AUDIENCE,
    UNNAMED_JOURNALIST,
    UNNAMED_RESPONDENT,
    UNNAMED_SPEAKER,
    Document,
    Exchange,
    Turn,
)
from kit.parsing.voices import name_voices
from kit.schema import ANSWERING_KINDS, ANSWERING_ROLES, ASKING_ROLES
from kit.words import phrase_pattern

__all__ = ["Given", "stated", "assign_speakers"]
_ANCHORS = ("host", "anchor", "presenter", "moderator")  # the titles of hosts who may ask, as a town hall's do
_FLOOR_WORDS = 40  # a turn that gives the floor is short
_FLOOR_SHORT = 8  # and one this short gives it whatever it says
_ANSWERED = PRESS | {"town_hall"}  # the events whose principal is one who answers
_UNNAMED = ("journalist", "audience")  # the roles whose labels ("Question:", "Caller:") name no one


def assign_speakers(
    turns: list[Turn], documents: list[Document], lex: Lexicon, given: Given | None = None
) -> list[Exchange]:
    """Fill each turn's speaker, title, role, kind and exchange, and each document's event; return the exchanges.

    Args:
        turns: the source's turns with their text (changed in place).
        documents: the source's documents, with titles (their ``event`` is filled in).
        lex: the vocabularies.
        given: what an instructor stated (the kind of event, who asks), if anything.

    Returns:
        The exchanges, numbered from 1 in source order.

    >>> from kit.parsing import parse_lines
    >>> parsed = parse_lines(["Dmitry Peskov: Go ahead, please.",
    ...     "Pavel Zarubin: Good afternoon. Pavel Zarubin, Rossiya TV. Why?",
    ...     "Vladimir Putin: Because we agreed on it, and we will keep our word."])
    >>> [(t.speaker, t.role, t.role_source, t.kind) for t in parsed.turns][:2]
    [('Dmitry Peskov', 'staff', 'moderator', 'interjection'), ('Pavel Zarubin', 'journalist', 'introduction', 'question')]
    """
    given = given or Given()
    contexts = [_context(document) for document in documents]
    # what names the holder of a title label (THE PRESIDENT:): its document's title and lead
    # (and a title and a surname, "President Yoon": the full name they give)
    titles = {
        t.label.name: contexts[t.doc_id - 1]
        for t in turns
        if t.doc_id
        and (
            t.label.style == "caps"
            or t.label.style == "name"
            and t.label.name.count(" ") <= 3
            or t.label.style == "single"
            and (" " in t.label.name or t.label.name.lower() in lex.titles)  # ("Chief Executive:", "[Governor]")
        )
    }
    said = chain(contexts, (t.text for t in turns))  # how names in capitals are written (read only where needed)
    names = canonical_names([t.label for t in turns if t.label.style != "role"], titles, lex, said)  # (Q: names no one)
    for turn in turns:
        if turn.examiner in names:  # counsel an A. answered, as their own label names them ("MR O'CONNOR")
            turn.examiner = names[turn.examiner]
    answering: dict[int, str] = {}  # who answers under "A." in each document (its title or lead says)
    noted: dict[tuple[int, str], set[str]] = {}  # (document, role label) -> the people its notes name
    noted_from: dict[tuple[int, str], int] = {}  # (document, role label) -> the line of its first note
    unnoted: list[Turn] = []  # the turns under a role label without a note
    abbreviations = lex.conversation.get("office_abbreviations", {})
    for turn in turns:
        label = turn.label
        if label.style == "role":
            key = label.role or label.name.lower()  # Label.key
            info = lex.roles[key]
            turn.role, turn.kind = info["role"], info["kind"]
            answers = (
                key in _ANSWER_LABELS
                or key == "reply"
                and label.prefix.find(":") < label.prefix.find(label.note or ":")
            )
            if answers and label.note and _names_who(label, lex):  # "Response – Commissioner Adeyemi:", "Reply: Mr X"
                turn.speaker = label.note.split("; ")[0]
                turn.role, turn.kind = "official", "answer"  # (one the response names answers)
            elif key in _ANSWER_LABELS and turn.holder:  # "A." below "PROFESSOR MARK WOOLHOUSE (affirmed)"
                turn.speaker = names.get(turn.holder, turn.holder)
            elif key in _ANSWER_LABELS:  # "A.", "Answer:": the one the title says answers, if it says
                if turn.doc_id not in answering:
                    context = contexts[turn.doc_id - 1] if turn.doc_id else ""
                    examined = any(counsel(t.examiner, lex) for t in turns if t.doc_id == turn.doc_id)  # "BY MR. X:"
                    answering[turn.doc_id] = _interviewee(context, lex) or (
                        THE_WITNESS if examined else UNNAMED_RESPONDENT
                    )
                turn.speaker = answering[turn.doc_id]
            elif turn.role not in _UNNAMED:  # a journalist or a caller is named from their words, if at all
                person = label.note and noted_person(label.note, lex)  # "Chair (Borys Wiśniewski)": its holder
                if not person and label.note and noted_holder(label.note, lex):
                    # "The Temporary Deputy Speaker (Hon. Martha Wangari)": the name after the titles
                    person = noted_person(split_name(label.note.split("; ")[0], lex)[1] or "", lex)
                if person:
                    turn.speaker = person
                    noted.setdefault((turn.doc_id, label.name), set()).add(person)
                    noted_from.setdefault((turn.doc_id, label.name), turn.lines[0])
                elif turn.holder:
                    # "Hon. Deputy Speaker:" below "[The Deputy Speaker (Hon. Gladys Boss Shollei) took the Chair]"
                    turn.speaker = turn.holder
                else:
                    words = label.name.split()
                    turn.speaker = " ".join(  # (letters stay capitals: "MC:" is the MC)
                        w if len(w) <= 2 and w.isupper() else w.capitalize() if w.isupper() or k == 0 else w
                        for k, w in enumerate(words)
                    )
                    unnoted.append(turn)
        else:
            # (THE WITNESS: the one sworn in; "President." below "IN THE CHAIR: ROBERTA METSOLA": she)
            turn.speaker = turn.holder or names.get(label.name, label.name)
            if label.style == "name":  # (split_name, read from what it remembers at once)
                title, person = lex.names_seen.get(label.name) or split_name(label.name, lex)
                turn.speaker_title = title if person else None
            elif label.style == "caps" and " " in label.name:  # "MODERATOR CONSTANZA PEÑA": the title, as written
                turn.speaker_title = _caps_title(label.name, turn.speaker, lex)
    listed: dict[tuple[int, str], str | None] = {}
    for turn in unnoted:  # "Chair", where the document's notes name one holder of it, from the first note on
        key = (turn.doc_id, turn.label.name)
        people = noted.get(key, ()) if key in noted_from and turn.lines[0] > noted_from[key] else ()
        if len(people) == 1:
            turn.speaker = next(iter(people))
        elif not people and turn.doc_id:  # or its list of who is present: "Sir Philip Hadley (Chair); Ruth Calloway"
            if key not in listed:
                office = _spoken_office(turn.label.name, lex)  # ("The Speaker", "MR. SPEAKER": "Speaker")
                listed[key] = _page_holder(documents[turn.doc_id - 1], contexts[turn.doc_id - 1], office, lex)
            turn.speaker = listed[key] or turn.speaker
    _other_holders(turns, lex)
    _last_holders(turns, lex)
    _labelled_holders(turns, lex)
    _introduced_holders(turns, lex)
    for turn in turns if abbreviations else ():  # "PM:" below "Christopher Luxon" / "Prime Minister": he
        if turn.label.style == "single" and turn.speaker == turn.label.name and turn.doc_id:
            office = abbreviations.get(turn.label.name.lower().replace(".", ""))
            if office:
                key = (turn.doc_id, office)
                if key not in listed:
                    listed[key] = _page_holder(documents[turn.doc_id - 1], contexts[turn.doc_id - 1], office, lex)
                turn.speaker = listed[key] or turn.speaker
    # "MODERATOR: JIM SANDERS" in the header: his part, where his label gives him no title
    fielded = {
        k + 1: found for k, doc in enumerate(documents) if doc.preface and (found := _field_titles(doc.preface, lex))
    }
    folded = {doc_id: {name.casefold(): part for name, part in found.items()} for doc_id, found in fielded.items()}
    for turn in turns if fielded else ():
        if turn.doc_id in fielded and turn.label.style != "role" and not turn.speaker_title:
            turn.speaker_title = folded[turn.doc_id].get(turn.speaker.casefold()) or turn.speaker_title
    _self_named(turns, lex)
    by_doc: dict[int, list[Turn]] = defaultdict(list)
    for turn in turns:
        by_doc[turn.doc_id].append(turn)
    exchanges: list[Exchange] = []
    floor_phrases = lex.conversation.get("floor_phrases", ())
    for doc_id, doc_turns in by_doc.items():
        # (what a title says is read from its start: a first line of a megabyte is searched no further)
        title = documents[doc_id - 1].title[:TITLE_REACH] if doc_id and documents[doc_id - 1].title else None
        sizes = [len(t.text.split()) for t in doc_turns]
        words = _words_said(doc_turns, sizes)
        memo: dict = {}  # what the document's turns do, counted once (kit.parsing.events.askers)
        # (the headings before the first turn may name the event too: "Leaders' Questions", and so may the
        # lines of the lead that end no sentence: "Joint press conference by ...")
        named = " / ".join(x for x in (title, doc_id and documents[doc_id - 1].headings) if x)
        event = Event(given.event, "given") if given.event else infer_event(named, doc_turns, lex, memo)
        # A caption file's voices, no one named, below a page's list of its one host and one guest: an interview
        cast = _page_cast(contexts[doc_id - 1], lex) if doc_id and set(words) == {UNNAMED_SPEAKER} else None
        if cast and not given.askers and event.source not in ("title", "given"):
            event = Event("interview", "structure")
        # (the voices the others call, thank or introduce, named once the event is read from what they do)
        if doc_id and not cast and not given.askers and name_voices(doc_turns, contexts[doc_id - 1], lex):
            words, memo = _words_said(doc_turns, sizes), {}
        # The principal speaks the most words (the first of equals: a Counter keeps order); at a
        # press event or a town hall, of those who answer, where the one who says most asks.
        principal = max(words, key=words.__getitem__) if words else None
        if event.kind in _ANSWERED and principal is not None:
            ask, answer = askers(doc_turns, memo=memo)
            if principal in ask and answer:
                principal = max((s for s in words if s in answer), key=words.__getitem__, default=principal)
        after = [*doc_turns[1:], None]
        # A short turn before someone else's (not the principal's) gives them the floor: one of a few
        # words at once, a longer one where it says so ("Go ahead, please") or calls them by name and
        # asks nothing ("Question 3, Darren Pugh.").
        # So does a named speaker's that asks nothing, between someone else's answer and a question under a role's
        # label, where they do so twice at least ("Back to the room. Right here in the second row.").
        hands_over = _hands_over(doc_turns, sizes, lex)
        floor = [
            size <= _FLOOR_WORDS
            and nxt is not None
            and nxt.speaker != turn.speaker
            and nxt.speaker != principal
            and (
                size <= _FLOOR_SHORT or _has(floor_phrases, turn.text) or _calls(turn.text, nxt, lex) or k in hands_over
            )
            for k, (turn, nxt, size) in enumerate(zip(doc_turns, after, sizes, strict=True))
        ]
        if doc_id:
            documents[doc_id - 1].event, documents[doc_id - 1].event_source = event
        if event.kind in ONE_QUESTION or given.askers:
            context = contexts[doc_id - 1] if doc_id else ""
            _question_roles(doc_turns, floor, principal, event.kind, given, title or "", lex, memo, context)
        else:
            _roles(doc_turns, floor, principal, len(words), title or "", event.kind, lex, memo)
        if cast and not given.askers:  # (the host, the guest, and the callers the host names)
            _cast_voices(doc_turns, *cast, event.kind, lex)
        elif not given.askers and UNNAMED_SPEAKER in words:  # (a caption file's voices that no one names)
            _unnamed_voices(doc_turns, floor, event.kind, lex)
        _exchanges(doc_turns, floor, principal, doc_id, event.kind, exchanges, lex)
        if any(t.speaker == THE_WITNESS for t in doc_turns):  # ("THE WITNESS:", "A." below "BY MR. SMITH:")
            _witness_named(doc_turns, lex)
        if event.kind == "interview" and doc_id and not given.askers:
            # a print interview's "Q:" is its writer's, where its byline names one ("MASAYUKI YUDA, Nikkei staff writer")
            # (and an outlet's label, "DER SPIEGEL:", where the page credits who asked: "Interview Conducted By ...")
            context = contexts[doc_id - 1]
            mastheads = {part.strip().casefold() for part in context.split(" / ")}  # ("DER SPIEGEL" atop the page)
            # (and the last word of a masthead that names no person: "GAZETTE:" below "The Harvard Gazette")
            mastheads |= {
                part.split()[-1].casefold()
                for part in context.split(" / ")[:_MASTHEAD_PARTS]
                if len(part.split()) > 1 and not a_person(part.strip(), lex)
            }
            # (and the paper the page says the interview was published in, a person's name or not: "Published in
            # Luxemburger Wort")
            published = {found.group(1).casefold() for found in _PUBLISHED_IN.finditer(context)}
            unnamed = [
                t
                for t in doc_turns
                if t.speaker == UNNAMED_JOURNALIST
                and t.label.style == "role"
                or t.role in ASKING_ROLES
                and t.label.style != "role"
                and (
                    outlet_named(t.label.name, lex)
                    or t.label.name.casefold() in published
                    or t.label.name.casefold() in mastheads
                    and not (PERSON_NOTE.fullmatch(t.label.name) and a_person(t.label.name, lex))  # ("Lex Fridman")
                )
            ]
            writer = _byline(context, lex) if unnamed else None
            if writer is None and unnamed and unnamed[0].label.style != "role":
                # "The Economist:": the one the lead calls the outlet's ("Zanny Minton Beddoes, The Economist's ...")
                writer = _outlets_own(unnamed[0].speaker, context)
            if writer and (
                writer in words or not any(t.role == "guest" and t.speaker[:8] != "Unnamed " for t in doc_turns)
            ):
                writer = None  # (only beside a named guest: a page about "Lyse Doucet, BBC ..." may interview her)
            if writer:
                for turn in unnamed:
                    turn.speaker, turn.speaker_source = writer, "byline"
        if doc_id in fielded and not given.askers:
            _host_asks(doc_turns, fielded[doc_id], words, lex)
    for document in documents:
        if document.event is None:
            document.event, document.event_source = (
                Event(given.event, "given") if given.event else Event("meeting", "structure")
            )
    return exchanges


def _page_holder(document: Document, context: str, office: str, lex: Lexicon) -> str | None:
    """The one holder of ``office`` that a document's page names: in its list of who is present or its fields
    (:func:`_listed_holder`), or in its title, headings or lead (``by Stéphane Dujarric, Spokesman for the
    Secretary-General``), or ``None``.
    """
    return _listed_holder(document.preface or "", office, lex) or office_holder(office, context, lex)


def _listed_holder(preface: str, office: str, lex: Lexicon) -> str | None:
    """The one person the lines of a document's lead list with an office in brackets, or name in its field, or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> _listed_holder("Members present: Sir Philip Hadley (Chair); Ruth Calloway; Ian Strachan.", "Chair", lexicon())
    'Philip Hadley'
    >>> _listed_holder("Members present: Ruth Calloway; Ian Strachan.", "Chair", lexicon()) is None
    True
    >>> _listed_holder("Debates\\nSpeaker: The Honourable Geoff Regan", "The Speaker", lexicon())
    'Geoff Regan'
    >>> _listed_holder("Host: ABC Radio National Breakfast", "Host", lexicon()) is None
    True
    >>> _listed_holder("Sir Andrew Mackenzie – Chair of the Board (Chair of the meeting)", "Chair", lexicon())
    'Andrew Mackenzie'
    >>> _listed_holder("Members present: Ruth Calloway (in the Chair); Ian Strachan.\\nWitnesses: Alan Lovell (Chair), "
    ...     "Environment Agency.", "Chair", lexicon())
    'Ruth Calloway'
    >>> _listed_holder("PRESENT:\\nMr SPEAKER (Mr Seah Kian Peng (Marine Parade)).", "Speaker", lexicon())
    'Seah Kian Peng'
    >>> _listed_holder("Speech\\nChristopher Luxon\\nPrime Minister\\nMinister for National Security", "Prime Minister", lexicon())
    'Christopher Luxon'

    """
    bare = office[4:] if office[:4].lower() == "the " else office
    # (not a witness's own office: "Witnesses: Alan Lovell (Chair), Environment Agency")
    listed = "\n".join(line for line in preface.split("\n") if not line.lower().startswith("witness"))
    names = re.findall(rf"((?:[A-Z][\w'’\-]*\.? ){{1,4}})\((?i:in the {re.escape(bare)})\)", listed)  # "(in the Chair)"
    if not names:
        names = re.findall(rf"((?:[A-Z][\w'’\-]*\.? ){{1,4}})\((?i:(?:the )?{re.escape(bare)})\)", listed)
    # and a field that names the office's holder: "Speaker: The Honourable Geoff Regan"
    names += re.findall(rf"^(?i:(?:the )?{re.escape(bare)}): ([^\n;]{{3,80}})$", listed, re.MULTILINE)
    # and the office first, its holder in brackets (perhaps with their seat): "Mr SPEAKER (Mr Seah Kian Peng (Marine
    # Parade))."
    names += re.findall(
        rf"^(?i:(?:the |mr\.? |madam )?{re.escape(bare)}) \(([^()\n]{{3,80}}?)(?: \([^()\n]{{1,80}}\))?\)",
        listed,
        re.MULTILINE,
    )
    # and a page's name above its holder's offices, one a line: "Christopher Luxon" / "Prime Minister"
    names += re.findall(
        rf"^((?:[A-Z][\w'’\-]*\.? ){{1,3}}[A-Z][\w'’\-]+)\n(?:[^\n]{{1,80}}\n){{0,2}}?(?i:{re.escape(bare)})$",
        listed,
        re.MULTILINE,
    )
    # and a list of who sits on the platform: "Sir Andrew Mackenzie – Chair of the Board (Chair of the meeting)"
    names += re.findall(rf"^((?:[A-Z][\w'’\-]*\.? ){{1,4}})[–—-] (?i:{re.escape(bare)})\b", listed, re.MULTILINE)
    found = set()
    for name in names:
        value = " ".join(without_honours(name.split(), lex))
        person = split_name(value, lex)[1]
        if person and 2 <= len(person.split()) <= 4 and a_person(value, lex):  # (not "Host: ABC Radio National")
            found.add(person)
    return next(iter(found)) if len(found) == 1 else None


def _host_asks(turns: list[Turn], fields: dict[str, str], words: Counter[str], lex: Lexicon) -> None:
    """Name a document's unnamed ``Q:`` after the one host its header names (``Press conference host: Tom
    Clarkson``), where the host speaks under no label of their own: not their name, nor their part's.
    """
    hosts = [
        name
        for name, part in fields.items()
        if lex.roles[part.lower()]["role"] == "journalist"
        or lex.roles[part.lower()]["role"] == "staff"
        and part.lower() in lex.conversation.get("host_titles", ())
    ]
    if len(hosts) != 1:
        return
    host, part = hosts[0], fields[hosts[0]].lower()
    surname = host.split()[-1].casefold()
    if any(s.casefold() == host.casefold() or s.split()[-1].casefold() == surname for s in words) or any(
        t.label.style == "role" and bare_office(t.label.name, lex).lower() == part for t in turns
    ):
        return  # (the host speaks under a label of their own: "MS. DOE:", "THE MODERATOR:")
    for turn in turns:
        if turn.speaker == UNNAMED_JOURNALIST and turn.label.style == "role" and turn.text[:1] != "(":
            turn.speaker, turn.speaker_source = host, "field"  # (not "Q: (Inaudible – Autosprint)": from the floor)


def _field_titles(preface: str, lex: Lexicon) -> dict[str, str]:
    """The people a document's header fields give a part (``MODERATOR: JIM SANDERS``), by name.

    A field is a line of its own: a role's word (``lex.roles``, one or several: ``Hosts:``, or last:
    ``Press conference host:``)
    and the names of those who take it, joined by ``&``, ``and`` or ``;``, each perhaps with
    what they are after a comma.

    Args:
        preface: the lines of a document's lead and headings that hold a colon or a bracket.
        lex: the vocabularies.

    Returns:
        Each person's name, cased as people write it, and the part the field gives them, its first letter capitalised.

    >>> from kit.parsing.lexicon import lexicon
    >>> _field_titles("MODERATOR: JIM SANDERS\\nPRODUCER: TODD WEAVER\\nHosts: Ann Lee & Bo Chan, WXYZ", lexicon())
    {'Jim Sanders': 'Moderator', 'Ann Lee': 'Host', 'Bo Chan': 'Host'}
    """
    found: dict[str, str] = {}
    for field, value in _FIELD.findall(preface):
        part = field.lower()
        part = part if part in lex.roles else part[:-1] if part[-1:] == "s" and part[:-1] in lex.roles else None
        if part is None and field.lower().rpartition(" ")[2] in _ANCHORS:
            part = field.lower().rpartition(" ")[2]  # ("Press conference host:"; not "Guest speaker:")
        if part is None or lex.roles[part]["role"] == "audience" or part == "speaker":
            continue  # ("PARTICIPANTS:", "Speakers:": all who speak)
        for name in re.split(r"\s*(?:&|;|\band\b|\bAND\b)\s*", value):
            person = " ".join(without_honours(name.split(",", 1)[0].split(), lex))
            if 2 <= len(person.split()) <= 4:
                person = " ".join(person_case(w) if w.isupper() else w for w in person.split())
                found[person] = part.capitalize()
    return found


# A header's field: a word or two and a colon at a line's start, and what follows on the line
_FIELD = re.compile(r"^([A-Za-z]+(?: [A-Za-z]+){0,2}):[ \t]+(\S[^\n]{0,150})$", re.MULTILINE)


def _words_said(turns: list[Turn], sizes: list[int]) -> Counter[str]:
    """The words each named speaker says in a document's turns (``sizes``: each turn's), in the order they first speak;
    a role's label (``Question:``) names no one, but an answer's does where the page says who answers (``A.`` of an
    interview with Pham Thu Hang)."""
    words: Counter[str] = Counter()
    for turn, size in zip(turns, sizes, strict=True):
        if turn.label.style != "role" or turn.label.key in _ANSWER_LABELS and turn.speaker not in _NO_ONE:
            words[turn.speaker] = words.get(turn.speaker, 0) + size  # (no Counter.__missing__ per speaker)
    return words


_NO_ONE = frozenset({UNNAMED_RESPONDENT, THE_WITNESS})  # who an answer's label stands for where the page names no one


def _self_named(turns: list[Turn], lex: Lexicon) -> None:
    """Name a numbered voice (``Speaker 1``, ``Participant 2``), or the one person a host's or a chair's role label
    stands for (``PRESENTER:``), who gives their name in one of their first two turns.

    A transcription service numbers the voices it cannot name; one who says ``My name is Dana
    Whitfield`` (``I'm Sarah Lindquist, news director ...``, ``Don Pettit, I'm a retired
    firefighter``, ``Marisol Vega, superintendent of learning``) near the start of one of their
    first two turns is that person in all their turns of the document.
    """
    first: dict[tuple[int, str], list[Turn]] = {}
    hosted: dict[tuple[int, str], set[str]] = {}  # the names a host's label gives as its own, in any of its turns
    for turn in turns:
        name = turn.label.name
        if turn.label.style == "role" and not turn.label.note and _one_host(turn.label.key, lex):
            # "PRESENTER: ... I'm Helen Kinvig, and ...": one person's, where no second gives another name ("HOST:
            # ... And I'm Tom Ellery."); not an interpreter's, who speaks for others
            key = (turn.doc_id, name)
            if len(first.get(key, ())) < 2:
                first.setdefault(key, []).append(turn)
            if "I" in turn.text and (said := _HOST_SAYS.search(_own_words(turn.text)[:300])):
                hosted.setdefault(key, set()).add(said.group(1).casefold())
            continue
        if not name.endswith(_DIGITS):
            continue  # (most labels, at once)
        if turn.label.style == "name" and len(first.get((turn.doc_id, name), ())) < 2:
            if _NUMBERED_VOICE.fullmatch(name) and name.rsplit(" ", 1)[0].lower() in lex.roles.keys() | lex.titles:
                first.setdefault((turn.doc_id, name), []).append(turn)
    named: dict[tuple[int, str], str] = {}
    for key, opening in first.items():
        if len(hosted.get(key, ())) > 1:
            continue  # (two hosts under one label)
        for turn in opening:  # (the first two turns: "Oh, sorry. Marisol Vega, superintendent of learning.")
            # (a numbered voice's name and what they are, "Marisol Vega, superintendent of learning."; not a chair's
            # introduction of others: "Mr. Richard Collins, chief financial officer."; nor a listener's text read out:
            # "... she says: \"Hi, I'm Dave Quayle ...\"")
            person = _own_name(_own_words(turn.text), lex, reach=300, described=turn.label.style != "role")
            if person:
                named[key] = person
                break
    for key in [key for key in named if key in hosted]:  # (a host's label one of its turns speaks to by their name:
        first, last = named[key].split()[0], named[key].split()[-1]  # "Thanks, Sarah.", "Thank you, Councillor
        if any(  # Rowley.": two people under it)
            _addresses(text, first) or _addresses(text, last)
            for turn in turns
            if (turn.doc_id, turn.label.name) == key and (text := _HOST_SAYS.sub("", turn.text))
        ):
            del named[key]
    if named:
        for turn in turns:
            person = named.get((turn.doc_id, turn.label.name))
            if person:
                turn.speaker, turn.speaker_source = person, "introduction"


def _one_host(key: str, lex: Lexicon) -> bool:
    """Whether a role label is one person's, a host's or one who presides (``PRESENTER:``, ``CHAIR:``, ``MC:``), not
    a spokesperson's, nor an interpreter's, who speak for others."""
    conv = lex.conversation
    return key in conv.get("presiding_titles", ()) or key in conv.get("host_titles", ()) and "spokes" not in key


# a host's own name, each as they say it: "I'm Sarah Whitaker", "And I'm Tom Ellery."
_HOST_SAYS = re.compile(r"\bI(?:'m|’m| am|'M|’M| AM) ([A-Z][A-Za-z'’\-]+ [A-Z][A-Za-z'’\-]+)")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")  # a quotation, to its close or the text's end


def _addresses(text: str, name: str) -> bool:
    """Whether a turn speaks to someone by a name, after a comma or a title, or as it opens (``Thanks, Sarah.``)."""
    return re.search(rf"(?:^|, |\b[A-Z][a-z]+ ){re.escape(name)}\b[,.!?]", text) is not None


def _own_words(text: str) -> str:
    """A turn's words up to any it reads out: not a quotation, nor what follows a colon ("It says: Hi, I'm Dave ...")."""
    return _unquoted(text).split(":", 1)[0]


def _unquoted(text: str) -> str:
    """A turn's words without what it quotes (a listener's text, a letter, an ad), each quotation kept as a blank."""
    return _QUOTED.sub(" ", text) if '"' in text or "“" in text else text


def _own_name(text: str, lex: Lexicon, reach: int = 200, described: bool = False) -> str | None:
    """The name a speaker gives as their own near the start of ``text`` (``My name is Dana Whitfield``, ``I'm
    Angela Ruiz, a teacher``), in captions' capitals too (``HI, MY NAME IS TOM BELANGER.``), or ``None``; with
    ``described``, a name and what they are, the whole sentence, too (``Don Pettit, I'm a retired firefighter``,
    ``Marisol Vega, superintendent of learning.``), as a numbered voice may open.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_own_name(t, lexicon()) for t in ["Hi. My name is Carol Dennison, and I teach.", "HI, MY NAME IS TOM BELANGER.",
    ...     "I'M UNDECIDED. WHY?", "I'm Puerto Rican. My family...", "Hunter Biden, two questions."]]
    ['Carol Dennison', 'Tom Belanger', None, None, None]
    >>> _own_name("Marisol Vega, superintendent of learning.", lexicon(), described=True)
    'Marisol Vega'
    """
    head = text[:reach]
    if head.isupper():
        said = _MY_NAME_CAPS.search(head)
        person = said and " ".join(map(person_case, (said.group(1) or said.group(2)).split()))
    else:
        said = _MY_NAME.search(head)
        person = said and (said.group(1) or said.group(2) or (said.group(3) if described else None))
    if not person:
        return None
    skip = lex.compiled.get("not_own_names")
    if skip is None:  # (the words that name no one, joined once per lexicon)
        skip = lex.compiled["not_own_names"] = frozenset(
            lex.titles_or_organisations
            | lex.prose_words
            | lex.starters
            | set(lex.conversation.get("not_own_names", ()))
        )
    return person if skip.isdisjoint(person.lower().split()) else None


_DIGITS = tuple("0123456789")
_SELF_NAMED = 200  # the characters of a question's opening read for the asker's own name
_NUMBERED_VOICE = re.compile(r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ \d{1,3}")  # "Speaker 1", "Unknown Speaker 2"
# "My name is Dana Whitfield, and I live ...", "I'm Sarah Lindquist, news director at KPOV", "I'm Jonas Weber from
# Frankfurt", "Don Pettit, I'm a
# retired firefighter": two or three capitalised words, no word of prose among them ("I'm Very Glad, ...")
_W = PERSON_WORD.pattern  # a word of a name ("Whitfield", "McBride", "O'Malley")
_MY_NAME = re.compile(
    rf"\b[Mm]y name(?: is|'s|’s) ((?:{_W} ){{1,2}}{_W})(?=[,.;!]| and\b| from [A-Z])"
    rf"|\bI(?:'m|’m| am) ((?:{_W} ){{1,2}}{_W})(?=,| from [A-Z])"
    rf"|(?:^|[.!?] )(?!I['’]m )((?:{_W} ){{1,2}}{_W}), (?:I(?:'m|’m| am) "
    r"|(?!(?:our|my|his|her|their|your|you|the|followed|welcome|where|who|which|like|are|is|was|will|would|could)\b)"
    r"[a-z]{3,}[a-z ]{0,60}(?: (?:of|for|at|with) [\w ]{1,60})?\.)"
)
# and in captions' capitals: "HI, MY NAME IS TOM BELANGER.", "I'M TOM BELANGER, FROM JAFFREY." (not "I'M UNDECIDED.")
_MY_NAME_CAPS = re.compile(
    r"\bMY NAME(?: IS|'S|’S) ((?:[A-Z][A-Z'’\-]+ ){0,2}[A-Z][A-Z'’\-]+)(?=[,.;!]| AND\b)"
    r"|\bI(?:'M|’M| AM) ((?:[A-Z][A-Z'’\-]+ ){1,2}[A-Z][A-Z'’\-]+)(?=,)"
)  # (and "Marisol Vega, superintendent of learning.": a name, then what they are, the whole sentence; not "Dana
#    Whitfield, our city clerk, will call the roll.", "Ruth Miller, followed by Tom Becker." nor "Main Street, where ...")


def _caps_title(name: str, speaker: str, lex: Lexicon) -> str | None:
    """The title of a label in capitals that its speaker's name leaves out, cased as people write it, or ``None``.

    A form of address (``MS.``) is no title here, and a title the speaker's name keeps
    (``Surgeon General Murthy``, ``Senior Administration Official``) is the name's.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_caps_title(n, s, lexicon()) for n, s in [("MODERATOR CONSTANZA PEÑA", "Constanza Peña"),
    ...     ("PRESIDENT OF RUSSIA VLADIMIR PUTIN", "Vladimir Putin"), ("MS. CHANG", "Chang"),
    ...     ("SENIOR ADMINISTRATION OFFICIAL", "Senior Administration Official")]]
    ['Moderator', 'President of Russia', None, None]
    >>> _caps_title("The Minister for Health and Social Care", "Mr Hooper", lexicon())  # (its note: "(Mr Hooper)")
    'Minister for Health and Social Care'
    """
    title, person = split_name(name, lex)
    if speaker.split() and speaker.split()[-1].casefold() not in name.casefold():
        title, person = name.removeprefix("The ").removeprefix("THE "), speaker  # an office whose note names its holder
    if not title or not person or speaker.casefold().startswith(title.casefold()):
        return None
    address = set(lex.conversation.get("forms_of_address", ()))
    if all(word.lower() in address for word in title.split()):
        return None
    return " ".join(
        w.lower() if w.lower() in lex.title_connectors else w if len(w) <= 3 and w.isupper() else person_case(w)
        for w in title.split()
    )  # ("CJ", a judge's letters, as written)


class Given(NamedTuple):
    """What an instructor states about a transcript, where the kit would guess wrong.

    Attributes:
        event: the kind of event (one of :data:`kit.parsing.events.EVENTS`), or ``None``.
        askers: the speakers who ask (as the labels or the kit name them; matched on
            the last word of the name, case ignored), or ``()``: the others answer.
    """

    event: str | None = None
    askers: tuple[str, ...] = ()

    def asks(self, speaker: str) -> bool:
        """Whether ``speaker`` is one of :attr:`askers` (by the last word of the name, case ignored).

        Args:
            speaker: a speaker's name.

        Returns:
            True when the instructor named this speaker among those who ask.

        >>> Given(askers=("Mr. Nields",)).asks("Mr. NIELDS"), Given(askers=("Nields",)).asks("Mr. North")
        (True, False)
        """
        key = speaker.split()[-1].casefold() if speaker.split() else ""
        return any(
            key == a.split()[-1].casefold() or speaker.casefold() == a.casefold() for a in self.askers if a.split()
        )


def stated(event: str | None = None, askers: Iterable[str] = (), source: str | None = None) -> Given:
    """What an instructor states about a transcript, checked: the kind of event and who asks.

    Args:
        event: a kind of event as :func:`kit.parsing.events.normalise_event` reads it, or ``None``.
        askers: the speakers who ask.
        source: the file the statement was read from, for the error (``None``: an argument).

    Returns:
        The :class:`Given`.

    Raises:
        ValueError: an argument names no kind of event, or askers is a single string.
        TranscriptError: the same, in the file ``source``.

    >>> stated("press conference", ["Mr. Nields"])
    Given(event='news_conference', askers=('Mr. Nields',))
    """
    if isinstance(askers, str):
        problem = f"askers must be a list of names, not one string ({askers!r})"
        raise ValueError(problem) if source is None else TranscriptError(source, problem)
    kind = None
    if event is not None:
        kind = normalise_event(str(event))
        if kind is None:
            problem = f"event {event!r} is not a kind of event; use one of {', '.join(EVENTS)}"
            raise ValueError(problem) if source is None else TranscriptError(source, problem)
    return Given(kind, tuple(str(a) for a in askers))


_ANSWER_LABELS = ("a", "answer", "response")  # labels that name no one: the answering side of Q and A
# "Interview with Senator Jane Doe", "A conversation with Jane Doe": who answers.
# "Press Briefing by Senior Presidential Secretary for Economic Affairs Choi Jae-won": who briefs.
_WITH_PERSON = re.compile(
    r"\b(?:(?:[Ii]nterview|[Cc]onversation|[Tt]alk|[Qq]uestions|Q&A)\b[^.:;\n]{0,40}?\bwith"
    r"|(?:[Dd]eposition|DEPOSITION|[Tt]estimony|TESTIMONY|[Ee]xamination|EXAMINATION) (?:of|OF)"
    r"|(?:[Bb]riefing|BRIEFING|[Rr]emarks|REMARKS|[Cc]onference|CONFERENCE) (?:by|BY))"
    r" ((?:(?:[A-Z][\w.'’\-]*|for|of|the|and) ){0,8}[A-Z][\w'’\-]+)"
)


# A person's name that opens a part of a page's head, then their office or what they speak of: "Christine
# Lagarde, President of the ECB", "*Alexander Stubb talks about NATO.*" (not "By Anna Keller |" nor "Maria Lopez,
# Correspondent", the byline's, nor "White House, 2 May").
# Whose conference or briefing a title says it is: "Governor Ueda's Press Conference" (not "Tucker Carlson's Interview
# of President Putin": an interview is its interviewer's)
_WHOSE = re.compile(
    r"((?:[A-Z][\w.'’\-]* ){0,4}[A-Z][\w'’\-]+)['’]s (?:[Pp]ress [Cc]onference|[Nn]ews [Cc]onference"
    r"|[Pp]ress [Bb]riefing|[Bb]riefing|[Rr]emarks)"
)
_OPENING_PERSON = re.compile(
    rf"[#*_ \t\"“]*({PERSON_NOTE.pattern})"
    r"(?:, (?:the )?(?P<office>[\w.]+)| (?:talks|speaks|says|answers|explains|discusses|tells)\b)"
)


def _names_who(label, lex: Lexicon | None = None) -> bool:
    """Whether a role label ends with the note that names who speaks (``Question 3 – Grace Wanjiru``, ``QUESTION JUNG``).

    >>> from kit.parsing.labels import match_label
    >>> _names_who(match_label("Response – Commissioner Adeyemi: Yes.")), _names_who(match_label("Q (Reuters): Hi"))
    (True, False)
    >>> _names_who(match_label("Journalist, Maria Kjaer: Hi")), _names_who(match_label("Journalist, DR: Hi"))
    (True, False)
    >>> _names_who(match_label("Response: Councillor Anne Whitfield")._replace(
    ...     prefix="Response: Councillor Anne Whitfield", note="Councillor Anne Whitfield"))
    True
    """
    who = label.note.split("; ")[0] if label.note else ""  # (a capital: a name or an office, not "from Perm")
    if who[:1].isupper() and 0 <= label.prefix.find(":") < label.prefix.find(who):
        return True  # the name after the colon, alone on its line: "Response: Councillor Anne Whitfield"
    return (
        who[:1].isupper()
        and who[:5].lower() != "from "
        and label.name.casefold().endswith(who.casefold())
        and len(who) < len(label.name)
        # after a comma, a person's name ("Journalist, Maria Kjaer"), not an outlet's ("Journalist, DR")
        and (
            label.name[-len(who) - 2 : -len(who)] != ", "
            or PERSON_NOTE.fullmatch(who) is not None
            and outlet_named(who, lex or lexicon()) is None  # ("Journalist, Sky News": an outlet)
        )
    )


def _interviewee(context: str, lex: Lexicon) -> str | None:
    """Who a document's title or lead says is interviewed or examined, or ``None``.

    The one the title or lead says is interviewed (``Interview with Senator Jane Doe``), or
    whose conference it is (``Governor Ueda's Press Conference``, ``Press Conference by ...``),
    or, failing that, the person whose name opens a part of the title, headings or lead
    then their office or what they speak of (``Christine Lagarde, President of the ECB``,
    ``Alexander Stubb talks about NATO``): the one a Q&A page is about.

    >>> from kit.parsing.lexicon import lexicon
    >>> _interviewee("Interview with Senator Jane Doe, 2 May", lexicon()), _interviewee("Talks with Iran", lexicon())
    ('Jane Doe', None)
    >>> _interviewee("COURT DEPOSITION OF ERIK JENSEN", lexicon())
    'Erik Jensen'
    >>> _interviewee("Press Briefing by Senior Presidential Secretary for Economic Affairs Choi Jae-won on chips", lexicon())
    'Choi Jae-won'
    >>> _interviewee("An interview with Finland's president / By Anna Keller | 2 March / Alexander Stubb talks", lexicon())
    'Alexander Stubb'
    >>> _interviewee("Governing Council meets / White House, 2 May / Maria Lopez, Correspondent", lexicon()) is None
    True
    >>> _interviewee("Governor Ueda's Press Conference", lexicon()), _interviewee("The Bank's Press Conference", lexicon())
    ('Governor Ueda', None)
    >>> _interviewee("Briefing by the Spokesperson / Spokesperson: Ambassador Shafqat Ali Khan", lexicon())
    'Shafqat Ali Khan'
    """
    found = _WITH_PERSON.search(context)
    if found:
        title, person = split_name(found.group(1), lex)
        # (not "In an interview with Nikkei Asia": an outlet, or a place)
        if person and len(person.split()) >= 2 and a_person(person, lex) and not outlet_named(person, lex):
            return person
        if not person and title:  # an office's ("Briefing by the Spokesperson"): its holder where the page names them
            holder = office_holder(bare_office(title, lex), context, lex)
            if holder:
                return holder
    for found in _WHOSE.finditer(context):  # "Governor Ueda's Press Conference": his, by his full name where given
        title, person = split_name(found.group(1), lex)  # (not a menu's "Governor's Press Conferences")
        if person and " " not in person and title and person.lower() not in lex.titles_or_organisations | lex.not_names:
            return full_name(person, context, lex, title) or f"{title} {person}"
        if person and len(person.split()) >= 2 and a_person(person, lex) and not outlet_named(person, lex):
            return person
    for part in context.split(" / "):
        opening = _OPENING_PERSON.match(part)
        office = (opening.group("office") or "").lower().strip(".") if opening else ""
        reporting = office in lex.conversation.get(
            "journalist_titles", ()
        )  # ("Maria Lopez, Correspondent": the byline)
        if opening and (not office or office in lex.titles and not reporting) and a_person(opening.group(1), lex):
            words = opening.group(1).split()
            if words[0][-2:] in ("'s", "’s"):
                words = words[1:]  # "Thailand's Srettha says ...": Srettha
            if len(words) == 1:  # one word of the name: the full name the lead gives after a title, if it does
                return full_name(words[0], context, lex) or words[0]
            return " ".join(words)
    return None


def _outlets_own(outlet: str, context: str) -> str | None:
    """The one person a page calls the outlet's, a comma between (``Zanny Minton Beddoes, The Economist’s
    editor-in-chief``, ``Anna Lee of The Economist``), or ``None``.

    >>> _outlets_own("The Economist", "Milei spoke to Zanny Minton Beddoes, The Economist’s editor-in-chief.")
    'Zanny Minton Beddoes'
    >>> _outlets_own("The Economist", "Anna Lee, The Economist’s correspondent, and Tom Berg, The Economist’s editor")
    """
    bare = re.escape(outlet[4:] if outlet[:4].lower() == "the " else outlet)
    found = {
        m.group(1)
        for m in re.finditer(
            rf"({_CREDITED}),? (?:of |from )?(?:[Tt]he )?{bare}(?:['’]s\b| (?:editor|correspondent))", context
        )
    }
    return next(iter(found)) if len(found) == 1 else None


def _byline(context: str, lex: Lexicon) -> str | None:
    """The one writer a document's byline names (``MASAYUKI YUDA, Nikkei staff writer``, ``By Anna Keller, Reporter``,
    a name alone above the page's date), or its credit (``Interview Conducted By Mathieu von Rohr in Helsinki``).

    >>> from kit.parsing.lexicon import lexicon
    >>> _byline("Interview / MASAYUKI YUDA, Nikkei staff writer / February 14, 2024", lexicon())
    'Masayuki Yuda'
    >>> _byline("Interview / Christine Lagarde, President of the ECB", lexicon()) is None
    True
    >>> _byline("Stubb / Interview Conducted By Mathieu von Rohr in Helsinki", lexicon())
    'Mathieu von Rohr'
    >>> _byline("Kallas: Putin only understands strength / Michaela Küfner / 02/17/2024", lexicon())
    'Michaela Küfner'
    >>> _byline("Interview with Pierre Gramegna / Interviewer: Marc Hoffmann", lexicon())
    'Marc Hoffmann'
    """
    reporting = {*lex.conversation.get("journalist_titles", ()), "writer"}  # (a byline's writer writes for the page)
    found = set()
    parts = [part.strip() for part in context.split(" / ")]
    for k, part in enumerate(parts):
        line = _BYLINE.fullmatch(part)
        if line and any(word in reporting for word in re.findall(r"[a-z]+", line.group(2).lower())):
            name = line.group(1)
            found.add(" ".join(map(person_case, name.split())) if name.isupper() else name)
        elif (credit := _CREDIT.fullmatch(part)) and a_person(credit.group(1), lex):
            found.add(credit.group(1))  # (not "Interview Conducted By Video Link")
        elif (
            k + 1 < len(parts)
            and (
                _DATED.match(parts[k + 1])
                or any(word in reporting for word in re.findall(r"[a-z]+", parts[k + 1].lower()))
                and len(parts[k + 1]) <= _BYLINE_TITLE
            )
            and PERSON_NOTE.fullmatch(part)
            and part.count(" ") <= 2
            and a_person(part, lex)
        ):
            # a name alone above the page's date, or above what the writer is: "Michaela Küfner" / "02/17/2024",
            # "Christina Pazzanese" / "Harvard Staff Writer"
            found.add(part)
    return next(iter(found)) if len(found) == 1 else None


# A byline: perhaps "By", a name of two or three words, a comma and what the writer is ("Nikkei staff writer")
_BYLINE = re.compile(r"(?:[Bb]y\s+)?([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}),\s+([^/]{1,60})")
_BYLINE_TITLE = 60  # the most characters of what a byline's writer is, on the line below their name
_MASTHEAD_PARTS = 4  # the first parts of a page's head that may hold its masthead
# The paper a page says its interview appeared in: "Published in Luxemburger Wort (Luxembourg) on 14 March 2025"
_PUBLISHED_IN = re.compile(r"(?i:published in|appeared in|first published by) ([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3})")
# A date as a page prints it under a byline: "02/17/2024", "17 February 2024", "Feb. 17, 2024"
_DATED = re.compile(r"\d{1,4}[./\- ]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d")
# A journalist's name as a page credits it: two or three capitalised words, a particle among them ("Mathieu von Rohr")
_CREDITED = r"[A-Z][\w'’\-]+(?: (?:(?!in |at |for |of )[a-z]{1,3} )?[A-Z][\w'’\-]+){1,2}"
# An interview's credit: "Interview Conducted By Mathieu von Rohr in Helsinki", "Interviewed by Anna Lee"
_CREDIT = re.compile(
    rf"(?i:interview(?:ed)?(?: conducted)? by|interviewer:) ({_CREDITED})"
    r"(?: (?:in|at|for) [A-Z][^/]{0,40})?"
)


def _context(document: Document) -> str:
    """What names a title holder in a document: the start of its title, its headings above the first turn, and its lead."""
    parts = ((document.title or "")[:TITLE_REACH], document.headings, (document.lead or "")[: 4 * TITLE_REACH])
    return " / ".join(x for x in parts if x)  # (a name at the end of one part runs into none of the next)


def _title_role(title: str, press: bool, lex: Lexicon) -> tuple[str, str] | None:
    """The role a label's title gives its holder (a host, a journalist, the audience, an official), or ``None``.

    At a press event, a title without a title word (``Ann Lee, TV9 News``) may be an outlet
    the kit does not know: who asks and who answers decide (:func:`_roles`), else official.
    """
    conv = lex.conversation
    if _has(conv.get("host_titles", ()), title):
        return ("staff", "label")
    if _has(conv.get("journalist_titles", ()), title) or _outlet_name(title, lex):
        return ("journalist", "label")
    if _has(conv.get("audience_titles", ()), title):
        return ("audience", "label")  # "Peter Langham, Shareholder": one who comes to ask
    if _has(conv.get("member_titles", ()), title):
        return ("member", "label")  # "Council Member Alvarez": asks the officers at the body's meeting
    held = lex.titles.intersection(title.lower().replace(",", " ").split()) - set(conv.get("forms_of_address", ()))
    # (a form of address is no office: "Mme" of "Mme Plante (Caroline)", a journalist the moderator calls)
    if not press or held and not held.issubset(conv.get("open_titles", ())):
        return ("official", "label")
    return None  # (at a press event, "Jefferies, Analyst": who asks and who answers decide)


def _outlet_name(title: str, lex: Lexicon) -> bool:
    """Whether a label's title ends as a news outlet's name does (``Press TV``), with no connector of an office.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_outlet_name(t, lexicon()) for t in ["Press TV", "Columnist, The Times", "Director of News", "Minister"]]
    [True, True, False, False]
    """
    words = title.rpartition(",")[2].lower().split()  # (the outlet is the title's last part: "Columnist, The Times")
    return (
        bool(words)
        and words[-1] in lex.conversation.get("outlet_name_ends", ())
        and lex.title_connectors.isdisjoint(words[1:] if words[0] == "the" else words)  # ("The Korea Herald")
    )


def _no_office(title: str, lex: Lexicon) -> bool:
    """Whether a label's title (its last part) holds no word of an office or an organisation, nor a connector.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_no_office(t, lexicon()) for t in ["DZBB", "Radyo Pilipinas", "Press Secretary", "Head of News"]]
    [True, True, False, False]
    """
    words = [w.strip(".").lower() for w in title.rpartition(",")[2].split()]
    return bool(words) and not any(
        w in lex.titles or w in lex.organisations or w in lex.title_connectors for w in words
    )


def _calls(text: str, called: Turn, lex: Lexicon) -> bool:
    """Whether ``text`` ends by calling the speaker of the turn ``called`` and asks nothing (``Question 3, Darren Pugh.``).

    The name is the speaker's first or last name (a named speaker's, not a role's), in the
    text's last sentence, a short one (``... from Jordan Ellis at the Capital Tribune.
    Jordan, you're unmuted.``): a speaker who thanks the next by name first (``Thank you,
    Mr. President. In the Philippines, ...``) calls no one.

    >>> from kit.parsing.labels import match_label
    >>> from kit.parsing.lexicon import lexicon
    >>> pugh = Turn(match_label("Darren Pugh: Thank you."), [1], speaker="Darren Pugh")
    >>> [_calls(text, pugh, lexicon()) for text in ["Question 2 has been withdrawn. Question 3, Darren Pugh.",
    ...     "Next, Darren, you're unmuted.", "Mr Pugh, why?", "Thank you, Mr Pugh. In the Philippines, we saw it."]]
    [True, True, False, False]
    """
    if "?" in text or called.label.style == "role":
        return False
    words = called.speaker.split()
    names = {word for word in words[:1] + words[-1:] if len(word) > 1 and word.lower().strip(".") not in lex.titles}
    body = text.rstrip()
    cut = max(body.rfind(". ", 0, -1), body.rfind("! ", 0, -1), body.rfind("? ", 0, -1))
    end = body[cut + 2 :] if cut >= 0 else body
    if end.count(" ") >= _CALL_WORDS:
        return False
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", end) for name in names)


_CALL_WORDS = 10  # a call names the one it calls in its last sentence, a short one ("Pakistan, on behalf of the OIC.")


def _other_holders(turns: list[Turn], lex: Lexicon) -> None:
    """Give an office's label its office's name back where the holder the page named for it speaks, the named
    speaker right before or after it, under a label of their own (``Prime Minister:`` beside ``Mr Luxon:``, below "Prime Minister Christopher
    Luxon of New Zealand"): the page named another holder of the office.
    """
    offices = {
        t.label.name
        for t in turns
        if t.label.style in ("single", "caps")
        and " " in t.label.name
        and all(w.lower() in lex.titles for w in t.label.name.split())
        and t.speaker.rpartition(" ")[2] != t.label.name.rpartition(" ")[2].capitalize()
    }
    if not offices:
        return
    named = [k for k, t in enumerate(turns) if t.label.style != "role"]  # (the turns of named speakers, in order)
    wrong = {
        turns[k].label.name
        for n, k in enumerate(named)
        if turns[k].label.name in offices
        and any(
            0 <= m < len(named)
            and turns[named[m]].doc_id == turns[k].doc_id
            and turns[named[m]].label.name != turns[k].label.name
            and turns[named[m]].speaker.rpartition(" ")[2] == turns[k].speaker.rpartition(" ")[2]
            # (not the holder's own longer label, "Prime Minister Anne Holm:", "PRESIDENT BIDEN:")
            and bare_office(turns[k].label.name, lex).casefold() not in turns[named[m]].label.name.casefold()
            for m in (n - 1, n + 1)
        )
    }
    for turn in turns:
        if turn.label.name in wrong:
            turn.speaker = " ".join(w.capitalize() if w.isupper() else w for w in turn.label.name.split())


def _last_holders(turns: list[Turn], lex: Lexicon) -> None:
    """Name an office's bare label after the holder the last fuller label of that office named in its note.

    A record names the minister once (``The Minister for Infrastructure (Mr Crookall):``) and then only
    ``The Minister:``, until the next question's minister: each bare ``The Minister:`` is the holder
    named last before it, in its document, by a label whose office opens with that title.
    """
    last: dict[tuple[int, str], str] = {}  # (document, the office's title word) -> its holder named last
    for turn in turns:
        label = turn.label
        if label.style not in ("single", "caps") or not label.name[:1].isupper():
            continue
        office = bare_office(label.name, lex)
        if label.note and turn.speaker.rpartition(" ")[2].casefold() not in label.name.casefold():
            head = office.split(" ", 1)[0].casefold()  # "Minister" of "Minister for Infrastructure"
            if head in lex.titles and " " in office:
                last[(turn.doc_id, head)] = turn.speaker
        elif not label.note and " " not in office and turn.speaker.casefold() == label.name.casefold():
            turn.speaker = last.get((turn.doc_id, office.casefold()), turn.speaker)


def _labelled_holders(turns: list[Turn], lex: Lexicon) -> None:
    """Name an office's bare label after the one speaker whose own label gave them that office after their name.

    A joint press conference labels each principal once in full (``HE Mr. David Lammy, Foreign Secretary of the
    United Kingdom:``) and then by office (``HE the Foreign Secretary:``): the bare office is that speaker, in its
    document, where no other speaker's label gives the same office. An office is a run of titles that opens a
    part of what follows the name (``Prime Minister`` of ``Prime Minister and Minister of Foreign Affairs``), with
    nothing after it but the state it serves: not another body's (``Mayor of Brampton``, ``President, Iowa Farm
    Bureau``) nor a past holder's (``Foreign Secretary 2001-2006``). An office that presides (``The President:`` of a
    council) is no guest's.

    >>> from kit.parsing import parse_lines
    >>> parsed = parse_lines(["Moderator: Welcome.", "Anna Lee, Foreign Minister of Norway: Thank you.",
    ...     "Question: Minister, why?", "The Foreign Minister: Because."])
    >>> [t.speaker for t in parsed.turns]
    ['Moderator', 'Anna Lee', 'Unnamed journalist', 'Anna Lee']
    """
    holders: dict[tuple[int, str], set[str]] = defaultdict(set)
    for turn in turns:
        label = turn.label
        if (
            label.style == "role"
            or "," not in label.name
            or turn.speaker.casefold() in label.name.split(",")[1].casefold()
        ):
            continue
        described = label.name.split(",", 1)[1]
        if "," in described or ";" in described:
            continue  # (an office and the body it serves: "Marcus Webb, President, Iowa Farm Bureau")
        for part in described.split(" and "):
            words = part.split()
            lead = next((k for k, w in enumerate(words) if w.lower().strip(".") not in lex.titles), len(words))
            office = " ".join(w for w in words[:lead] if w.lower() not in ("the", "his", "her"))
            if office and _of_a_state(words[lead:], lex) and not _NOT_HOLDING.search(part):
                holders[(turn.doc_id, office.casefold())].add(turn.speaker)
    if not holders:
        return
    conv = lex.conversation
    presiding = {*conv.get("presiding_titles", ()), *conv.get("chair_offices", ())}
    for turn in turns:
        label = turn.label
        if label.style not in ("single", "caps") or label.note:
            continue
        name = label.name[excellency.end() :] if (excellency := EXCELLENCY.match(label.name)) else label.name
        office = bare_office(name, lex).casefold()
        if office in presiding:
            continue  # (one who presides: the Security Council's "The President:", not a guest "President of ...")
        people = holders.get((turn.doc_id, office), ())
        if len(people) == 1 and turn.speaker.casefold().removeprefix("the ") == office:
            turn.speaker = next(iter(people))


def _of_a_state(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after an office's titles are nothing, or the state it serves (``of the United Kingdom``): not
    another body's or place's office (``Mayor of Brampton``, ``Minister of State for ...``, ``President of the Students'
    Union``), nor a past holder's years (``Foreign Secretary 2001-2006``).

    >>> from kit.parsing.lexicon import lexicon
    >>> [_of_a_state(w.split(), lexicon()) for w in ["", "of the United Kingdom", "of Qatar", "of Brampton", "2001-2006"]]
    [True, True, True, False, False]
    """
    if not words:
        return True
    rest = tuple(w.lower() for w in words[1:] if w.lower() != "the")
    return words[0].lower() == "of" and (rest in lex.place_set or len(rest) == 1 and rest[0] in lex.countries)


# what says one no longer holds an office, or held it then: "Foreign Secretary under Tony Blair", "at the time"
_NOT_HOLDING = re.compile(r"(?i:\b(?:former|formerly|ex|then|under|at the time|until|from \d|\d{4}))")


def _spoken_office(name: str, lex: Lexicon) -> str:
    """An office's label as a page names its holder's office: without ``The`` or a form of address, and as people write
    it (``MR. SPEAKER``: ``Speaker``)."""
    office = bare_office(name, lex)
    return " ".join(map(person_case, office.split())) if office.isupper() else office


def _introduced_holders(turns: list[Turn], lex: Lexicon) -> None:
    """Name an office's label after the holder the turns before its first introduce by that office.

    A host opens with who is there (``Joining me tonight are Mayor Andrea Horwath and Colleen Ferris, the City's
    General Manager of Finance.``) and the transcript labels them by office alone (``MAYOR:``, ``GENERAL
    MANAGER:``): each is the one holder of that office that the host's turns name (under a host's label, as
    ``HOST:``), of its document's first two turns and the three before the label's first.

    >>> from kit.parsing import parse_lines
    >>> parsed = parse_lines(["HOST: Welcome. Joining me is Mayor Andrea Horwath.", "MAYOR: Thanks.",
    ...     "HOST: First caller.", "CALLER: Why?", "MAYOR: Because."])
    >>> [t.speaker for t in parsed.turns][1::3]
    ['Andrea Horwath', 'Andrea Horwath']
    """
    first: dict[tuple[int, str], int] = {}  # (document, the label) -> its first turn
    offices: dict[str, str] = {}  # each label's office, read once
    for k, turn in enumerate(turns):
        label = turn.label
        if label.style == "name" or label.note or not turn.doc_id:
            continue  # (a person's name, most labels, at once)
        if label.style == "role" and turn.role in ("journalist", "audience", "member"):
            continue
        if label.name[label.name.rfind(" ") + 1 :].lower() not in lex.titles:
            continue  # (an office ends with its title: "MAYOR", "GENERAL MANAGER"; most labels are a person's name)
        office = offices.get(label.name)
        if office is None:
            office = offices[label.name] = _spoken_office(label.name, lex)
        if (
            turn.speaker.casefold().removeprefix("the ") == office.casefold()
            and office.lower().split()[-1] in lex.titles
        ):
            first.setdefault((turn.doc_id, label.name), k)
    holders: dict[tuple[int, str], str] = {}
    opened: dict[int, int] = {}  # each document's first turn
    for k, turn in enumerate(turns):
        opened.setdefault(turn.doc_id, k)
    for (doc_id, name), k in first.items():
        # (the host's opening, and the three turns before)
        near = sorted({*range(opened[doc_id], min(k, opened[doc_id] + 2)), *range(max(opened[doc_id], k - 3), k)})
        # (a host's words, under a host's label: not a principal's "President Putin and I agreed")
        before = " / ".join(
            turns[j].text[:_INTRODUCTION_REACH]
            for j in near
            if turns[j].label.style == "role" and turns[j].role == "staff"
        )
        office = offices[name]
        holder = office_holder(office, before, lex) if before else None
        if holder and holder[-2:] not in ("'s", "’s") and _introduces(before, office, holder):
            holders[(doc_id, name)] = holder
    for turn in turns if holders else ():
        holder = holders.get((turn.doc_id, turn.label.name))
        if holder and not turn.label.note:
            turn.speaker = holder


_INTRODUCTION_REACH = 1500  # the characters of a turn read for whom it introduces


def _introduces(text: str, office: str, holder: str) -> bool:
    """Whether a host's words introduce ``holder`` as the one who holds ``office`` now, here: the office before the
    name (``Joining me are Mayor Andrea Horwath``), or the name, a comma and the office (``Colleen Ferris, the City's
    General Manager``); not another place's (``Toronto's Mayor Olivia Chow``, ``Mississauga Mayor John Tory``), a
    past holder (``former Mayor``, ``Mayor from 2014 to 2023``), nor one the office owns (``the Mayor's chief of
    staff``, ``Mayor Olivia Chow's budget chief``).

    >>> [_introduces(t, "Mayor", "Andrea Horwath") for t in ["Joining me are Mayor Andrea Horwath and Tom Lee.",
    ...     "Toronto's Mayor Andrea Horwath said", "former Mayor Andrea Horwath", "Mayor Andrea Horwath's chief",
    ...     "Last week Mayor Andrea Horwath sat in this chair."]]
    [True, False, False, False, False]
    >>> [_introduces(t, "General Manager", "Colleen Ferris") for t in ["With me is Colleen Ferris, the City's General"
    ...     " Manager.", "With me is Colleen Ferris, General Manager from 2014 to 2023"]]
    [True, False]
    """
    name, post = re.escape(holder), r"(?!['’]s)(?![ \t]+(?:from|under|until|between)\b|[ \t]*\d)"
    found = None
    for match in re.finditer(rf"(?i:{re.escape(office)}) {name}\b{post}", text):
        before = text[: match.start()].split()[-1:]
        word = before[0] if before else ""
        if not word or word[-1:] in ".!?,;:" or word.islower() and word not in _PAST and word[-2:] not in ("'s", "’s"):
            found = match  # (not "Toronto's Mayor ...", "Mississauga Mayor ...", "former Mayor ...")
            break
    if found is None:
        found = re.search(rf"{name}, (?:the |our )?(?:[A-Z][\w\-]*['’]s )?(?i:{re.escape(office)})\b{post}", text)
    if found is None:
        return False
    # (in a sentence that introduces: "Joining me tonight are ...", not one in passing: "Last week Mayor Olivia Chow
    # sat in this chair")
    start = max(
        text.rfind(". ", 0, found.start()), text.rfind("? ", 0, found.start()), text.rfind("! ", 0, found.start())
    )
    ends = [i for i in (text.find(". ", found.end()), text.find("? ", found.end())) if i >= 0]
    return _INTRODUCING.search(text, start + 1, min(ends, default=len(text))) is not None


# what introduces one who takes part: "Joining me tonight are ...", "With me in studio is ...", "Please welcome ..."
_INTRODUCING = re.compile(
    r"(?i:\b(?:join(?:s|ed|ing)?|with (?:me|us)|welcome|here (?:is|are|with)|we have|in (?:the )?studio|"
    r"on the (?:line|phone)|our guests?|introduc\w+|i'm joined|i am joined)\b)"
)


_PAST = frozenset({"former", "then", "ex", "late", "previous", "outgoing"})  # words before an office its holder left


def _hands_over(turns: list[Turn], sizes: list[int], lex: Lexicon) -> set[int]:
    """The turns that give the floor by where they stand: a named speaker's short turn that asks nothing, between
    someone else's answer and a question under a role's label (``QUESTION:``), where that speaker never speaks
    right after such a question and stands so twice at least (a moderator: ``Back to the room. Right here in the
    second row.``; not a minister who adds a sentence to an answer once).
    """
    asked_of = {
        t.speaker for p, t in zip(turns, turns[1:], strict=False) if p.label.style == "role" and p.role in _UNNAMED
    }
    found = [
        k
        for k in range(1, len(turns) - 1)
        if turns[k].speaker not in asked_of  # (most speakers, at once: those who answer)
        and turns[k].label.style != "role"
        and sizes[k] <= _FLOOR_WORDS
        and _unnamed_asks(turns[k + 1])
        and turns[k - 1].speaker != turns[k].speaker
        and turns[k - 1].role not in ASKING_ROLES
        and "?" not in turns[k].text
    ]
    twice = Counter(turns[k].speaker for k in found)
    # (and one of them, at least, names whom it calls or says it gives the floor: "Jeff Foust, SpaceNews, on the
    # phone."; not a second minister who adds a sentence to each answer)
    phrases = lex.conversation.get("floor_phrases", ())
    calls = {turns[k].speaker for k in found if handed_to(turns[k].text, lex)[0] or _has(phrases, turns[k].text)}
    return {k for k in found if twice[turns[k].speaker] >= 2 and turns[k].speaker in calls}


def _unnamed_asks(turn: Turn) -> bool:
    """Whether a turn is under a role's label that asks and names no one (``QUESTION:``, ``Q.``, ``Caller:``)."""
    return turn.label.style == "role" and turn.role in _UNNAMED


def _has(phrases: tuple[str, ...], text: str) -> bool:
    return phrase_pattern(phrases).search(text) is not None


def _roles(
    turns: list[Turn],
    floor: list[bool],
    principal: str | None,
    speakers: int,
    doc_title: str,
    event: str,
    lex: Lexicon,
    memo: dict,
) -> None:
    """Decide the role of every named speaker of a press event, a town hall or a meeting."""
    conv = lex.conversation
    named = [t for t in turns if t.label.style != "role"]
    if not named:
        return
    # Each named speaker's title, turns, and turns that give the floor.
    title_of: dict[str, str] = {}
    for turn in named:
        if turn.speaker_title and turn.speaker not in title_of:
            title_of[turn.speaker] = turn.speaker_title
    all_turns = speaker_turns(turns, memo)
    floor_turns = Counter(t.speaker for t, gives in zip(turns, floor, strict=True) if gives and t.label.style != "role")
    press = event in PRESS or _has(conv.get("press_events", ()), doc_title)
    in_title = doc_title.casefold()
    decided: dict[str, tuple[str, str]] = {}
    outlet_of = outlet_askers(turns, lex, memo)  # journalists named by their outlets ("Reuters:", "Ann Lee, WION:")
    by_title: dict[str, tuple[str, str] | None] = {}  # what a title says of its holder's role (titles repeat: "Mr")
    for speaker in all_turns:
        title = title_of.get(speaker, "")
        if title and title not in by_title:
            by_title[title] = _title_role(title, press, lex)
        if speaker == principal and (press or (by_title.get(title) or ("official",))[0] in ("official", "staff")):
            decided[speaker] = ("official", "label")  # (at a meeting, not one their title says asks: "Committee
            # Member Wang"; at their own press conference, they answer)
        elif speaker in outlet_of:
            decided[speaker] = ("journalist", "label")
        elif title and (role := by_title[title]) is not None:
            decided[speaker] = role
    # A host who puts questions to the principal (a town hall's anchor: "Mr. President, ... Don't Iowans deserve to
    # see you on that stage?"), in a third of their turns at least, asks: not one who only gives the floor ("Jake?"),
    # nor a press secretary or a spokesperson (an anchor, a host, a presenter or a moderator by title).
    anchors = {
        speaker
        for speaker, (role, source) in decided.items()
        if role == "staff" and source == "label" and _has(_ANCHORS, title_of.get(speaker, ""))
    }
    if anchors and principal:
        put = Counter(
            t.speaker
            for k, (t, n) in enumerate(zip(turns, turns[1:], strict=False))
            if t.speaker in anchors and n.speaker == principal and not floor[k] and asks(t)
        )
        for speaker in anchors:
            if put[speaker] >= max(1, all_turns[speaker] / 3):
                decided[speaker] = ("journalist", "label")
    # Moderators: speakers (not yet decided) most of whose turns give the floor.
    for speaker, count in floor_turns.items():
        if speaker not in decided and (count >= 2 or count == all_turns[speaker]) and count >= 0.5 * all_turns[speaker]:
            decided[speaker] = ("staff", "moderator")
    moderators = {s for s, (role, _) in decided.items() if role == "staff"}
    # Askers: by introduction, after a moderator, or by asking the principal.
    two_people = speakers == 2 and not press
    previous: Turn | None = None
    evidence: dict[str, str] = {}
    introduced: set[str] = set()  # a speaker introduces themselves in their first turn
    replies: set[str] | None = None  # who replies to questions more than they ask (a briefing's guest): when needed
    asked: Counter[str] = Counter()  # each speaker's asking turns, counted once, where someone is called first
    counted = False

    def asks_often(speaker: str) -> bool:  # a journalist a moderator calls asks in a third of their turns at least
        nonlocal counted
        if not counted:
            asked.update(t.speaker for t in turns if asks(t))
            counted = True
        return asked[speaker] >= max(1, all_turns[speaker] / 3)

    for k, turn in enumerate(turns):
        speaker = turn.speaker
        if turn.label.style != "role" and speaker not in decided and speaker not in evidence:
            name = outlet = None
            if speaker not in introduced:
                name, outlet = introduction(turn.text, lex)
                if outlet is None and " " not in speaker and (outlet := self_named(speaker, turn.text)):
                    name = speaker  # "Sidhant: Sir, Sidhant from WION."
                introduced.add(speaker)
            if outlet and (name is None or name.split()[-1] in speaker):
                evidence[speaker] = "introduction"
                turn.affiliation = outlet
            elif (
                previous is not None
                # (an operator's or a moderator's role label hands over too: "Operator: Our next question ...")
                and (previous.speaker in moderators and previous.label.style != "role" or previous.role == "staff")
                and asks_often(speaker)
            ):
                evidence[speaker] = "moderator"  # a guest the moderator hands over to answers, and asks nothing
            elif "?" in turn.text and k + 1 < len(turns) and turns[k + 1].speaker != speaker:
                if replies is None:
                    replies = askers(turns, ties=False, memo=memo)[1]
                # asked, and answered by the principal or by one who replies more than they ask (a company's
                # officer at its shareholders' meeting)
                if speaker not in replies and (turns[k + 1].speaker == principal or turns[k + 1].speaker in replies):
                    evidence[speaker] = "position"
        previous = turn
    if evidence:  # the first and last turn of each speaker
        spans = [(t.speaker, k) for k, t in enumerate(turns) if t.speaker in evidence and t.label.style != "role"]
        first_at, last_at = dict(reversed(spans)), dict(spans)
    for speaker, source in evidence.items():
        if source != "introduction" and (two_people or speaker.casefold() in in_title):
            continue  # the other side of a two-person meeting, or its named guest
        # How much of the document the speaker's turns span: a host asks all through it, a caller once.
        spread = (last_at[speaker] - first_at[speaker]) / len(turns)
        journalist = press or source == "introduction" or spread >= 0.3
        decided[speaker] = ("journalist" if journalist else "audience", source)
    for turn in named:
        turn.role, turn.role_source = decided.get(turn.speaker, ("official", "label"))
        if turn.role != "journalist" or turn.affiliation:
            continue
        if turn.speaker in outlet_of:
            turn.affiliation = outlet_of[turn.speaker]
        elif turn.speaker_title and (_outlet_name(turn.speaker_title, lex) or _no_office(turn.speaker_title, lex)):
            # "Ali Rezaei, Press TV", "Sara Cho, Columnist, The Korea Times": the title's last part is the outlet
            # (a journalist's, where it holds no word of an office: "TUESDAY RAMOS/DZBB")
            turn.affiliation = turn.speaker_title.rpartition(",")[2].strip()
    _share_affiliations(named)


def _hosts(speaker: str, turns: list[Turn], ask: set[str]) -> bool:
    """Whether one the title names is the host of the show (``Sunday with Laura Kuenssberg``), not its guest.

    They open the conversation and they alone ask: a guest seldom speaks first, and where a
    guest asks, rhetorically, the host beside them asks too.
    """
    first = next((t.speaker for t in turns if t.label.style != "role"), None)
    return first == speaker and ask == {speaker}


def _debaters(turns: list[Turn], floor: list[bool], ask: set[str], lex: Lexicon) -> set[str]:
    """Those of the askers of a debate who answer the moderators: debaters, whatever they ask one another.

    A moderator or a panelist asks or calls on debaters by name, and answers no one; a debater answers them (speaks
    after their question, or after their turn that calls the debater by name, with words
    that neither ask nor give the floor) at least once, though they ask a rival too (``Mr.
    Trudeau, why should Canadians reward you?``). A panelist the moderator calls asks at
    once, and stays with the askers, as does one called to put a question (``Ann Compton,
    your question to the Governor.``), though they put it without a question mark; so does
    one who calls the next speaker by name (a moderator who bids the room be quiet after a
    debater's question).
    """
    answered: dict[str, set[str]] = defaultdict(set)  # whom each speaker answers
    calling: set[str] = set()  # who calls the next speaker by name ("Our next question is from Linda. Linda.")
    panel: set[str] = set()  # whom a moderator calls to put a question
    for k, (before, turn) in enumerate(zip(turns, turns[1:], strict=False)):
        if turn.speaker == before.speaker or turn.label.style == "role":
            continue
        called = _calls(before.text, turn, lex)
        if called:
            calling.add(before.speaker)
            if "uestion" in before.text:  # given the floor to ask ("Ann Compton, your question to the Governor.")
                panel.add(turn.speaker)
        if not floor[k + 1] and not asks(turn) and (asks(before) or (floor[k] and called)):
            answered[turn.speaker].add(before.speaker)
    moderators = {speaker for speaker in ask | calling if not answered[speaker]}
    return {speaker for speaker in ask - moderators - calling - panel if answered[speaker] & moderators}


def _presiding(speaker: str, title: str, lex: Lexicon | None = None) -> bool:
    """Whether a hearing's title says the speaker presides: their name right before "presiding" (``President Salam
    presiding,``), a title or nothing before the name, and no word of an office after it (not a witness who is
    ``Hon. Maria Lopez, Presiding Judge``); or ``Presiding: Judge Ode``.

    >>> [_presiding(s, "Public sitting, President Salam presiding, on ...") for s in ["President Salam", "Mr Levi"]]
    [True, False]
    >>> _presiding("Ms. Williams", "Judge Robert Williams presiding"), _presiding("Judge Ode", "Presiding: Judge Ode")
    (False, True)
    """
    if "residing" not in title:
        return False
    lex = lex or lexicon()
    address = lex.conversation.get("forms_of_address", ())
    words = [w for w in speaker.split() if w.lower() not in address]
    if not words:
        return False
    name = re.escape(" ".join(words))
    for found in re.finditer(rf"\b{name} (?i:presiding)\b(?![ \t]+[A-Z])", title):
        before = title[: found.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].lower().strip(".,") in lex.titles:
            return True
    return re.search(rf"(?i:\bpresiding:)[ \t]*(?:\w+\.? ){{0,2}}{name}\b", title) is not None


def _named_in(speaker: str, text: str) -> bool:
    """Whether a speaker's surname stands in ``text`` as a word (a document's title: "Interview: Senator Ted Cruz")."""
    surname = speaker.split()[-1] if speaker.split() else ""
    return len(surname) > 2 and phrase_pattern(surname).search(text) is not None


def _question_roles(
    turns: list[Turn],
    floor: list[bool],
    principal: str | None,
    event: str,
    given: Given,
    doc_title: str,
    lex: Lexicon,
    memo: dict,
    context: str = "",
) -> None:
    """Decide the roles of an interview, a debate, question time or a hearing: who asks, who answers, who chairs.

    Those who ask (:func:`kit.parsing.events.askers`, or as ``given``) take the event's
    asking role, those who answer its answering role; a speaker who does neither and most
    of whose turns give the floor is staff; at a hearing or question time, one who does
    neither sits with the members (a chair's procedural words), elsewhere with those who
    answer. At a hearing or question time, one whose label names an office that answers (a
    minister, a witness) answers, whatever the words would make of them.
    """
    conv = lex.conversation
    ask, answer = askers(turns, memo=memo)
    named = {t.speaker for t in turns if t.label.style != "role"}
    hosts = conv.get("host_titles", ())
    title_of: dict[str, str] = {}
    for turn in turns:
        if turn.speaker_title:
            title_of.setdefault(turn.speaker, turn.speaker_title)
    # Named in the title, and not as the host whose show it is ("Hannity", "The Andrew Marr Show").
    in_title = [s for s in named if _named_in(s, doc_title) and not _has(hosts, title_of.get(s, ""))]
    # At a hearing or question time, a minister or a witness by the label's office answers, whatever the words say.
    offices = (
        {t.speaker for t in turns if t.label.style != "role" and _answers_by_office(t, title_of, lex)}
        if event in ("hearing", "question_time") and not given.askers
        else set()
    )
    examiners = {t.examiner for t in turns if counsel(t.examiner, lex)}  # a court record's "BY MS VERNIER:": counsel
    ask, answer = ask | examiners, answer - examiners
    if given.askers:
        ask = {t.speaker for t in turns if given.asks(t.speaker)}
        answer = named - ask
    elif (
        event in ("interview", "debate")
        and len(in_title) == 1
        and in_title[0] in ask
        and not _hosts(in_title[0], turns, ask)
    ):
        # The guest the title names answers, whatever their rhetorical questions.
        ask.discard(in_title[0])
        answer.add(in_title[0])
        if not ask:
            ask, answer = named - {in_title[0]}, {in_title[0]}
    elif (
        principal is not None
        and not answer
        and (principal in offices or not offices)
        and principal not in examiners
        and not any(t.label.style == "role" and t.role == "official" for t in turns)  # (no "A." answers: a witness)
    ):
        # The one who says the most answers in an interview, whatever their rhetorical questions.
        ask.discard(principal)
        answer.add(principal)
        if not ask and (event != "debate" or len(named) <= 2):  # (in an assembly's debate where no one asks, no one is
            # the interviewer; a presenter and one guest are an interview, though the title says debate)
            ask = {t.speaker for t in turns if t.label.style != "role"} - {principal}
            answer -= ask
    if event == "debate" and not given.askers:
        debaters = _debaters(turns, floor, ask, lex)
        ask, answer = ask - debaters, answer | debaters
    by_office = offices - answer  # (those only their office makes answer)
    ask, answer = ask - offices, answer | offices
    floor_turns: Counter[str] = Counter()
    all_turns: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    hands_over: Counter[str] = Counter()  # floor turns that say so or call the next by name ("I give the floor to")
    called: dict[str, set[str]] = defaultdict(set)  # whom they hand over to: a debater rebuts one rival, by name
    phrases = conv.get("floor_phrases", ())
    for k, (turn, gives) in enumerate(zip(turns, floor, strict=True)):
        all_turns[turn.speaker] += 1
        floor_turns[turn.speaker] += gives
        asked[turn.speaker] += asks(turn)
        if gives and (_has(phrases, turn.text) or _calls(turn.text, turns[k + 1], lex)):
            hands_over[turn.speaker] += 1
            called[turn.speaker].add(turns[k + 1].speaker)
    source = "given" if given.askers else None
    given_floor = set(chain.from_iterable(called[s] for s, n in hands_over.items() if n >= 2))
    legislators = conv.get("legislator_titles", ())
    # A committee's chair under an office's label ("The Chair.") who questions the witnesses: of their turns, a
    # third or more ask and are answered by one who does not ask (not "Senator Wicker, would you like to
    # begin?", after which the senator asks the witness).
    questioning: set[str] = set()
    if event == "hearing" and not given.askers:
        chairs = conv.get("committee_chairs", ())
        procedure = conv.get("procedural_questions", ())
        put: Counter[str] = Counter()
        for turn, nxt in zip(turns, turns[1:], strict=False):
            label = turn.label
            if (
                label.style == "role"
                and nxt.speaker not in ask
                and not asks(nxt)
                and _has(chairs, label.name)
                and asks(turn)
                and not _has(procedure, turn.text)
            ):
                put[turn.speaker] += 1
        questioning = {speaker for speaker, n in put.items() if n >= max(2, all_turns[speaker] / 3)}
    presides: dict[str, bool] = {}
    presiding: dict[str, bool] = {}  # whom the page names as presiding ("President Salam presiding")
    court, bare = court_labels(lex)
    for turn in turns:
        if turn.label.style == "role":
            if given.askers:
                asking = given.asks(turn.speaker or turn.label.name)
                turn.role = ASKER_ROLE[event] if asking else ANSWERER_ROLE[event] if turn.role != "staff" else "staff"
                turn.role_source = "given"
            elif turn.role == "journalist":
                turn.role = ASKER_ROLE[event]
            elif turn.role == "official":
                turn.role = ANSWERER_ROLE[event]  # "A.", "Guest:", "Interviewee:"
            elif turn.role == "staff" and asked[turn.speaker] and _has(hosts, turn.label.key):
                turn.role = ASKER_ROLE[event]  # a host or a moderator who asks
            elif turn.role == "staff" and event == "hearing" and turn.speaker in questioning:
                turn.role = ASKER_ROLE[event]  # a committee's chair who questions the witness ("The Chair.")
            continue
        speaker = turn.speaker
        title = title_of.get(speaker, "")
        host = bool(title) and _has(hosts, title)
        # A court's or a committee's label ("THE COURT:", "THE WITNESS:", "THE DEPUTY CLERK:")
        # (the label's, where it names the court's holder: "THE COURT:" below "BEFORE THE HONORABLE ELENA M. CASTILLO")
        named = turn.label.name if turn.holder else speaker
        folded = named.casefold()
        # (at_court's test, its set lookups made here at once: most speakers are no court's)
        court_label = folded in court or folded in bare or folded[:4] == "the " and at_court(named, lex)
        if speaker not in presides:  # or a title that is a role that presides: "CHAIR ALVAREZ", "Speaker Holloway"
            office = title or split_name(speaker, lex)[0] or turn.label.note or ""  # ("Ann Lee AM (Chairman)")
            presiding[speaker] = event == "hearing" and _presiding(speaker, context, lex)  # "President Salam presiding"
            presides[speaker] = (
                court_label or presiding[speaker] or lex.roles.get(office.lower(), {}).get("role") == "staff"
            )
        court_label = court_label or presiding[speaker]  # (the court's, as its label would be)
        if court_label and not given.askers and folded.rpartition(" ")[2] in ("witness", "deponent"):
            turn.role, turn.role_source = ANSWERER_ROLE[event], "label"  # "THE WITNESS:" answers
        elif (
            presides[speaker]
            and not host
            and not given.askers
            and (court_label or speaker != principal or speaker not in answer)  # (not "Speaker Pelosi", interviewed)
        ):
            # One who presides asks where a third of their turns ask (a committee's chair), a court where half
            # do (a judge at a plea or a sentencing), else they give the floor and rule ("Overruled.").
            chairs = asked[speaker] >= max(2, all_turns[speaker] / (2 if court_label else 3))
            turn.role, turn.role_source = (ASKER_ROLE[event] if chairs else "staff"), "label"
        elif host and not given.askers:
            # A host asks when they ask at all; one who only gives the floor is staff.
            turn.role, turn.role_source = (ASKER_ROLE[event] if asked[speaker] else "staff"), "label"
        elif speaker in ask:
            turn.role, turn.role_source = ASKER_ROLE[event], source or "asks"
        elif (
            speaker != principal
            and hands_over[speaker] >= max(2, 0.5 * all_turns[speaker])
            and len(called[speaker]) >= 2
            and not given.askers
        ):
            # Who hands the floor over in half their turns presides, though they speak after each question
            # (a council's president after each delegation's: "Thank you. I give the floor to Norway.").
            turn.role, turn.role_source = "staff", "moderator"
        elif speaker in answer:
            turn.role, turn.role_source = (
                ANSWERER_ROLE[event],
                source or ("label" if speaker in by_office else "answers"),
            )
        elif host or floor_turns[speaker] >= 0.5 * all_turns[speaker]:
            turn.role, turn.role_source = "staff", "moderator"
        elif (
            event == "hearing"
            and not asked[speaker]
            and speaker in given_floor
            and not _has(legislators, title or split_name(speaker, lex)[0] or "")
        ):
            # One the chair gives the floor to who asks nothing addresses the bench (a State's agent, a
            # witness who only makes a statement).
            turn.role, turn.role_source = ANSWERER_ROLE[event], "position"
        elif event in ("hearing", "question_time"):
            turn.role, turn.role_source = ASKER_ROLE[event], "position"
        elif event == "debate" and speaker != principal and asked[speaker] and floor_turns[speaker]:
            # In a debate, one who asks and gives the floor, and neither asks most nor answers, moderates
            # (a debate's moderator whose other questions the captions leave unnamed: "MR. JOHNSTON, HOW MANY?")
            turn.role, turn.role_source = ASKER_ROLE[event], "asks"
        else:
            turn.role, turn.role_source = ANSWERER_ROLE[event], "position"


def _unnamed_voices(turns: list[Turn], floor: list[bool], event: str, lex: Lexicon) -> None:
    """Give each turn of a caption file's unnamed voices (``>>``, where no one is named) the side its words take,
    and the name it gives as its own (``>> HI, MY NAME IS TOM BELANGER.``).

    Every such voice is one "speaker", so no role of a speaker fits them all: a turn that asks
    is on the event's asking side, one that does not on its answering side; one that gives the
    floor keeps the role the speaker was given.
    """
    for turn, gives in zip(turns, floor, strict=True):
        if turn.speaker == UNNAMED_SPEAKER and turn.label.shape == "voice":
            if not gives:
                asking = asks(turn)
                turn.role = ASKER_ROLE[event] if asking else ANSWERER_ROLE[event]
                turn.role_source = "asks" if asking else "answers"
            if person := _own_name(turn.text, lex):
                turn.speaker, turn.speaker_source = person, "introduction"


_TIMED = re.compile(rf"^\[?{TIME_MARK}\]?\s*")  # a time mark that opens a turn's words


def _witness_named(turns: list[Turn], lex: Lexicon) -> None:
    """Name the witness of a record's ``THE WITNESS:`` and ``A.`` turns after the full name they give when asked
    (``Q. Could you please give the Court your full name?`` / ``A. Amira Salih Osman.``), from the start of
    the record, or from the answer on where they give another.
    """
    given: list[tuple[int, str]] = []
    for k in range(1, len(turns)):
        turn = turns[k]
        if turn.speaker != THE_WITNESS or "name" not in turns[k - 1].text.lower() or not asks(turns[k - 1]):
            continue
        said = _TIMED.sub("", turn.text.strip()).rstrip(".")  # (a time mark first: "A. [9:35:04] Amira Salih Osman.")
        if 2 <= len(said.split()) <= 5 and PERSON_NOTE.fullmatch(said) and a_person(said, lex):
            given.append((k, said))
    if not given:
        return
    for (start, name), (end, _) in zip(given, [*given[1:], (len(turns), "")], strict=True):
        for turn in turns[0 if start == given[0][0] else start : end]:
            if turn.speaker == THE_WITNESS:
                turn.speaker, turn.speaker_source = name, "introduction"


def _page_cast(context: str, lex: Lexicon) -> tuple[str, str] | None:
    """The one host and the one guest a page's list of who is in it names, or ``None``.

    Each on a line of their own, a name and what they are after a comma (``Mimi Geerges, Host,
    Washington Journal``; ``Jason Crow, Representative, (D) Colorado``): one host, and one other
    whose office the list gives.

    >>> from kit.parsing.lexicon import lexicon
    >>> _page_cast("People in this video / Ana Ruiz, Senator, (D) Oregon / Tom Becker, Host, Morning Call-In", lexicon())
    ('Tom Becker', 'Ana Ruiz')
    """
    hosts, guests = set(), set()
    for part in context.split(" / "):
        found = _BYLINE.fullmatch(part.strip())  # (a byline's shape: a name, a comma, and what they are)
        if not found or not a_person(found.group(1), lex):
            continue
        what = found.group(2).split(",", 1)[0].lower()
        if _has(lex.conversation.get("host_titles", ()), what):
            hosts.add(found.group(1))
        elif lex.titles.intersection(what.split()):
            guests.add(found.group(1))
    return (next(iter(hosts)), next(iter(guests))) if len(hosts) == 1 and len(guests) == 1 else None


def _cast_voices(turns: list[Turn], host: str, guest: str, event: str, lex: Lexicon) -> None:
    """Name a caption file's voices (``>>``) after the host and the guest the page lists, and the callers the host
    names (``... WE'LL START WITH MARK IN SALEM, OREGON. GOOD MORNING, MARK.``).

    A voice the host has just greeted or introduced by a first name is that caller's; a voice that opens the
    show, asks (ending with a question, or briefly), says the guest's name or greets a caller is the host's;
    any other, the guest's answer.
    """
    surname = guest.split()[-1].casefold()
    who: str | None = None
    previous = ""  # the words of the turn before
    opened = False  # (a caller is greeted after the show opens: not "GOOD MORNING, AMERICA." as it does)
    for turn in turns:
        text = turn.text.strip()
        if turn.speaker != UNNAMED_SPEAKER or turn.label.shape != "voice":
            who, previous = turn.speaker, text
            continue
        called = _called_caller(previous, lex) if who == host and opened else None
        opened = who is not None
        if called and called.casefold() not in (host.casefold(), guest.casefold()):
            who, role = person_case(called) if called.isupper() else called, "audience"
        elif (
            who == host and previous.endswith("?") and not _called_caller(text, lex) and surname not in text.casefold()
        ):
            who, role = guest, ANSWERER_ROLE[event]  # (the host asked: the guest answers, rhetorical questions too)
        elif (
            who is None
            or text.endswith("?")
            or "?" in text
            and len(text.split()) <= _BRIEF_QUESTION
            or surname in text.casefold()
            or _called_caller(text, lex)
        ):
            who, role = (
                host,
                ASKER_ROLE[event] if ASKER_ROLE[event] != "audience" else "journalist",
            )  # (a call-in's host)
        else:
            who, role = guest, ANSWERER_ROLE[event]
        turn.speaker, turn.speaker_source, turn.role, turn.role_source = who, "inferred", role, "position"
        previous = text


_BRIEF_QUESTION = 30  # the most words of a host's question that goes on past its question mark
# The first name a host greets or introduces as their turn ends: "GOOD MORNING, MARK.", "NEXT UP IS LINDA IN BEND,
# OREGON, INDEPENDENT LINE.", "LET'S TALK TO GLORIA IN TAMPA, FLORIDA, REPUBLICAN. GOOD MORNING."
_GREETED = re.compile(
    r"(?:(?i:good )|(?<=[.!?] )|^)(?i:morning|afternoon|evening)(?:,? )([A-Z][A-Za-z'’\-]+)[.!]?$"
    r"|(?i:\b(?:hi|hello|welcome|go ahead)),? ([A-Z][A-Za-z'’\-]+)[.!]?$"
    # a name, where from perhaps, and the floor: "Doug, go ahead.", "Ray in Dundas, you're on the line.", or where
    # from alone: "Aisha in Toxteth, quickly."
    r"|(?:(?<=[.!?] )|^)([A-Z][A-Za-z'’\-]+)(?: (?:in|from) [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)?, "
    r"(?i:go ahead|you(?:'re|’re| are) on(?: the (?:line|air))?|over to you)[.!]?$"
    r"|(?:(?<=[.!?] )|^)([A-Z][A-Za-z'’\-]+) (?:in|from) [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?(?:, (?i:quickly|please))?[.!]?$"
)  # (not "for ringing in this morning, Margaret.")
_INTRODUCED = re.compile(
    r"(?i:\b(?:start with|go(?: straight| over)? to|talk to|hear from|next up is|up next is|next is|here is|here's"
    r"|joining us is))"
    r"\s+([A-Z][A-Za-z'’\-]+)\s+(?i:(?:is\s+)?in)\s+[A-Z]"
)


_LATER = re.compile(r"[^.!?]*?(?i:\b(?:after|later|in a (?:minute|moment)|next hour)\b)")


def _called_caller(text: str, lex: Lexicon) -> str | None:
    """The first name of the caller a host's words greet or introduce at their end, or ``None``."""
    tail = text[-160:]
    found = _GREETED.search(tail) or None
    if found is None:
        introduced = list(_INTRODUCED.finditer(tail))
        found = introduced[-1] if introduced else None
        after = re.split(r"(?<=[.!?])\s+", tail[found.end() :].strip())[1:] if found is not None else []
        if found is not None and (_LATER.match(tail, found.end()) or any(len(x.split()) > 4 for x in after)):
            found = None  # (in the turn's last sentence but a greeting, "Let's talk to Gloria in Tampa. Good morning.";
            # and not for later: "We'll go over to Maureen in Kirkby after the travel news. First, line four, ...")
    if found is None:
        return None
    name = next(group for group in found.groups() if group)
    low = name.lower()
    if (
        low in lex.prose_words
        or low in lex.starters
        or low in lex.titles
        or (low,) in lex.place_set
        or low in lex.roles
        or "'" in name
        or "’" in name
    ):
        return None  # (not "GOOD MORNING, AMERICA.", "Caller, go ahead.", "Ma'am, go ahead.")
    if found.re is _GREETED and ("ahead" in found.group().lower() or found.group(3)):
        # a name and the floor ("Doug, go ahead.", "Go ahead, Gurpreet."): one the host named before it, or from where
        # ("Ray in Dundas, you're on the line."); not a word alone ("Sorry, go ahead.", "Dundas, go ahead.")
        placed = re.match(rf"{re.escape(name)} (?:in|from) [A-Z]", tail[found.start(found.lastindex) :])
        if not placed and re.search(rf"\b{re.escape(name)}\b", tail[: found.start()]) is None:
            return None
    return name


def _answers_by_office(turn: Turn, title_of: dict[str, str], lex: Lexicon) -> bool:
    """Whether a turn's label names an office whose holder answers (a minister, a witness), not a shadow's."""
    office = (
        f"{turn.label.name} {title_of.get(turn.speaker, '')} {turn.label.note or ''}"  # ("(Macedon – Minister ...)")
    )
    return _has(lex.conversation.get("answering_titles", ()), office) and "shadow" not in office.lower()


def _share_affiliations(turns: list[Turn]) -> None:
    outlets: dict[str, str] = {}
    for turn in turns:
        if turn.affiliation:
            outlets.setdefault(turn.speaker, turn.affiliation)
    if outlets:
        for turn in turns:
            if turn.role in ASKING_ROLES:
                turn.affiliation = outlets.get(turn.speaker)


def _exchanges(
    turns: list[Turn],
    floor: list[bool],
    principal: str | None,
    doc_id: int,
    event: str,
    exchanges: list[Exchange],
    lex: Lexicon,
) -> None:
    """Set kinds, name unnamed journalists, and group one document's turns into exchanges.

    An exchange opens with each new question: a ``Question:`` turn, a turn by an asker who
    is not the one asking now, and (in an interview, a debate, question time or a hearing)
    a question by the same asker that is not a follow-up on the same point. An asking turn
    that asks is ``question`` when it opens an exchange, ``follow_up`` when it asks again
    within one; one that asks nothing is a ``remark``.
    """
    current: Exchange | None = None
    asker: str | None = None
    asked = 0  # asking turns in the current exchange
    one_question = event in ONE_QUESTION
    # (where someone gives the floor before each new journalist's question, twice at least: a journalist who asks
    # again with no one giving it between is the one who asked; counted where first needed)
    moderated: list[bool] = []
    unnamed = lex.compiled.get("unnamed_roles")
    if unnamed is None:  # the role words that name no one ("Question", "Caller"), once per lexicon
        unnamed = lex.compiled["unnamed_roles"] = frozenset(k for k, v in lex.roles.items() if v["role"] in _UNNAMED)
    last = len(turns) - 1
    for k, turn in enumerate(turns):
        labelled = turn.label.style == "role"
        if turn.role in ASKING_ROLES:
            question = asks(turn)
            if labelled:
                new = (
                    current is None
                    or (
                        turn.kind == "question"
                        and not (question and "ollow" in turn.text[:40] and _says_follow_up(turn, lex))  # (at once)
                        and not (
                            not one_question
                            and current.turns
                            and current.turns[0].speaker[:8] != "Unnamed "  # (at once: most openers are named so)
                            and _asks_again(turn, current, turns[k - 1], _moderated(turns, floor, moderated), lex)
                        )
                        and not _caller_again(turn, current, turns[k - 1])
                    )
                )
            else:
                new = current is None or asker != turn.speaker
                after = turns[k + 1] if k < last else None
                if (
                    new
                    and not question
                    and (after is None or after.role not in ANSWERING_ROLES or after.role == "staff")
                ):
                    turn.kind = "remark"  # a chair's procedural words: no one answers them
                    continue
            if not new and one_question and question and not _follows_up(turn, asked, lex):
                new = True
            if new:
                turn.kind = "question" if question or labelled and turn.kind == "question" else "remark"
            else:
                turn.kind = "follow_up" if question or labelled and turn.kind == "question" else "remark"
            if new:
                current = Exchange(len(exchanges) + 1, doc_id)
                exchanges.append(current)
                asker, asked = None, 0
            asked += 1
            if labelled and (turn.label.role or turn.label.name.lower()) in unnamed:  # Label.key
                _name_asker(turn, current, lex, turns[k - 1] if k else None)
            asker = asker or turn.speaker
        elif turn.role == "staff":
            before = turns[k - 1] if k else None
            if floor[k]:  # gives the floor: outside any exchange
                turn.kind = "interjection"
                current, asker = None, None
                continue
            if (
                not labelled
                and current is not None
                and before is not None
                and before.role in ASKING_ROLES
                and asks(before)
            ):
                turn.kind = "answer"  # a named press secretary who answers a question put to them
            elif labelled or turn.role_source == "moderator":
                turn.kind = "interjection"
            elif "?" in turn.text and k < last and turns[k + 1].speaker == principal:
                turn.kind = "question"  # a host asks the principal
                current = Exchange(len(exchanges) + 1, doc_id)
                exchanges.append(current)
                asker = turn.speaker
            else:
                turn.kind = "interjection"
        elif turn.role in ANSWERING_ROLES and turn.kind in ANSWERING_KINDS:
            turn.kind = "answer" if current is not None else "statement"
        if current is not None:
            turn.exchange_id = current.exchange_id
            current.turns.append(turn)


_FOLLOW_UP_WORDS = 10  # a short question in the same exchange follows up its point ("And inflation?")
_FLOOR_TAIL = 80  # the characters at the end of an answer read for whether it gives someone else the floor


def _moderated(turns: list[Turn], floor: list[bool], memo: list[bool]) -> bool:
    """Whether someone gives the floor right before a journalist's question under a role's label twice at least
    (counted once, into ``memo``)."""
    if not memo:
        memo.append(
            sum(floor[k - 1] and turns[k - 1].role == "staff" and _unnamed_asks(t) for k, t in enumerate(turns) if k)
            >= 2
        )
    return memo[0]


def _asks_again(turn: Turn, current: Exchange, before: Turn, moderated: bool, lex: Lexicon) -> bool:
    """Whether an unnamed ``Question:`` is the named journalist of the exchange asking again (``And is the
    Secretary going to call Congress?``, ``Just a quick follow-up on my question.``).

    It is under the same label as their question, follows the answer to them at once, with no
    one given the floor between (the answer ends with no ``Go ahead.``, no ``Yes, in the
    back?``, no ``Said.`` and no ``Let me go to Andrea.``), names no other asker, and opens as
    a follow-up does; or, where a moderator gives the floor before each new journalist
    (``moderated``), opens any way, once (``Minister Wong, can I ask for your response to that?``).
    """
    opener = current.turns[0] if current.turns else None
    if (
        opener is None
        or opener.label.name
        != turn.label.name  # ("Question (Politico Europe):" after "Question (Sabine Siebold, ...)")
        or opener.label.note != turn.label.note
        or opener.role != turn.role
        or opener.speaker.startswith("Unnamed ")
        or opener.speaker_source == "inferred"
        or before.role not in ANSWERING_ROLES
        or before.role == "staff"
    ):
        return False
    tail = before.text[-_FLOOR_TAIL:].rstrip()
    if tail.endswith("?") or _has(lex.conversation.get("floor_phrases", ()), tail) or _GOES_TO.search(tail):
        return False
    called = _CALLED.search(tail)  # "Yes, Steve.": another's name, where the answer ends
    if called and called.group(1) not in opener.speaker.split():
        return False
    # a last sentence of a few words gives the floor ("Said.", "Yes, sir.", "In the back.", "Next."), unless it only
    # thanks the one who asked ("Thank you, Jennifer.")
    last = _SENTENCES.split(tail.rstrip(".!"))[-1].split()
    if len(last) <= _HAND_OVER_WORDS and not any(w.strip(",.!") in opener.speaker.split() for w in last):
        return False
    if moderated and sum(t.role in ASKING_ROLES for t in current.turns) > 1:
        return False  # (where a moderator calls each journalist: one follow-up each, uncalled)
    text = turn.text.lstrip(" \t\u00a0\n\"“'‘—–-…(")
    head = _ADDRESS.sub("", text[:60], count=1)  # ("Julie, just to follow up on ...")
    openers = lex.conversation.get("follow_up_openers", ())
    follows = "follow" in head.lower() or bool(openers) and phrase_pattern(openers, case=True).match(head) is not None
    if not follows and (
        not moderated or head[:3] in ("On ", "on ") or _has(lex.conversation.get("new_topic_openers", ()), head[:120])
    ):
        return False  # (an uncalled question on a point of its own: "Prime Minister, on the cost of living, ...")
    return introduction(turn.text, lex)[0] is None and _own_name(turn.text, lex) is None


_GOES_TO = re.compile(r"\b(?:go|going|come|over) to\b")  # "Let me go to Andrea.", "Over to you."
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_HAND_OVER_WORDS = 4  # the most words of an answer's last sentence that calls the next asker ("Yes, in the back.")
_CALLED_SURNAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ({_W})")  # "Ms. Sato, please."
_ADDRESS = re.compile(r"(?:[A-Z][\w'’.\-]*\s){0,2}[A-Z][\w'’\-]*,\s+")  # "Julie, ", "Mr. Patel, "
_CALLED = re.compile(r",\s+([A-Z][\w'’\-]+)[.!]?$")


def _bracket_asker(inner: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """The journalist and outlet in brackets as a question opens (``Ben Hunt – The Sun``, ``Erik van Haren, De
    Telegraaf``), or ``(None, None)``: a person's name, then a dash or a comma and the outlet; not a note on how the
    words came (``Speaking Ukrainian, as interpreted``, ``Name Inaudible – Autosprint``, ``Via Zoom – Tokyo``).

    >>> from kit.parsing.lexicon import lexicon
    >>> [_bracket_asker(n, lexicon()) for n in ["Ben Hunt – The Sun", "Erik van Haren – De Telegraaf", "Off Mic",
    ...     "Speaking Ukrainian, as interpreted.", "Name Inaudible – Autosprint", "Via Zoom – Tokyo"]]
    [('Ben Hunt', 'The Sun'), ('Erik van Haren', 'De Telegraaf'), (None, None), (None, None), (None, None), (None, None)]
    """
    parts = re.split(r"\s+[–—-]\s+|,\s+", inner.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None, None
    name, outlet = parts[0].strip(), parts[1].strip().rstrip(".")
    if any(word.lower().endswith(("ing", "ible", "able")) for word in name.split()):
        return None, None  # ("Speaking Ukrainian", "Name Inaudible")
    if noted_person(name, lex) != name and not (_PARTICLED.fullmatch(name) and a_person(name, lex)):
        return None, None
    return name, outlet_named(outlet, lex) or outlet


_PARTICLED = re.compile(_CREDITED)  # (a name as a page credits it, a particle among its words: "Erik van Haren")


def _noted_asker(note: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """The journalist and outlet a role label's note names (``Sabine Siebold, Reuters``), or ``(None, None)``.

    A person's name of two to four capitalised words, no outlet's, then a comma and the
    outlet. Capitalised words alone may be an outlet as well as a person (``Politico
    Europe``): they name no one.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_noted_asker(n, lexicon()) for n in ["Sabine Siebold, Reuters", "Teri Schultz", "Politico Europe",
    ...     "Associated Press, Brussels", "retranslated"]]
    [('Sabine Siebold', 'Reuters'), (None, None), (None, None), (None, None), (None, None)]
    """
    head, _, tail = note.partition(",")
    head, tail = head.strip(), tail.strip()
    if not tail or not PERSON_NOTE.fullmatch(head) or outlet_named(head, lex) or _outlet_name(head, lex):
        return None, None
    return head, outlet_named(tail, lex) or tail


# A journalist's name and their outlet, as they give them before they ask ("Maria Kjaer, DR.", "Tom Lee from TV 2").
_SAYS_OUTLET = re.compile(rf"({PERSON_NOTE.pattern})(?:,| from) ([A-Z][\w&'’. -]{{0,40}}?)[.,:]")


def _follows_up(turn: Turn, asked: int, lex: Lexicon) -> bool:
    """Whether a question by the asker of the current exchange stays on its point.

    While the exchange has asked fewer than four times: a question that opens with a
    follow-up phrase (``And``, ``But``, ``What about``: data, ``follow_up_openers`` in
    ``data/speakers.toml``), or a short one, unless it turns to a new point (``Let's turn
    to``, ``Moving on``: ``new_topic_openers``).
    """
    if asked >= 4:
        return False
    text = turn.text.lstrip(" \t\u00a0\n\"“'‘—–-…(")  # (and a label alone on its line: its text's first newline)
    conv = lex.conversation
    turning = conv.get("new_topic_openers", ())
    if turning and phrase_pattern(turning).search(text[:120]):
        return False
    openers = conv.get("follow_up_openers", ())
    if openers and phrase_pattern(openers, case=True).match(text):
        return True
    return len(text.split()) <= _FOLLOW_UP_WORDS


def _says_follow_up(turn: Turn, lex: Lexicon) -> bool:
    """Whether an unnamed asker's question says it follows up (``Follow-up:``, ``Follow up --``).

    Only the openers that name it first (those of ``follow_up_openers`` that open with
    *follow*): an ``And``, or *To follow up on your answer*, from an unnamed journalist may
    be someone else's new question.
    """
    if "ollow" not in turn.text[:40]:  # the common case, at once
        return False
    pattern = lex.compiled.get("says_follow_up")
    if pattern is None:
        openers = lex.conversation.get("follow_up_openers", ())
        named = tuple(o for o in openers if o.lower().startswith(("follow", "a follow")))
        pattern = lex.compiled["says_follow_up"] = phrase_pattern(named) if named else False
    return bool(pattern) and pattern.match(turn.text.lstrip(" \t\u00a0\n\"“'‘—–-…(")) is not None


def _name_asker(turn: Turn, current: Exchange, lex: Lexicon, before: Turn | None = None) -> None:
    """Name the journalist of a ``Question:``/``Remark:`` turn from their introduction, or from the moderator's
    hand-over right before it (``First question is from Richard Zussman with Global News.``).
    """
    called = None  # the surname a moderator's turn right before calls: "Then, Ms. Sato, please."
    if before is not None and before.role == "staff" and (call := _CALLED_SURNAME.search(before.text[-_FLOOR_TAIL:])):
        called = call.group(1)
    name, outlet = introduction(turn.text, lex, called)
    label = turn.label
    if (
        not name
        and label.note
        and " " in label.name
        and label.name.split(" ", 1)[0][-1:] != ","  # ("Journalist, DR": the outlet)
        and label.name.split(" ", 1)[1].casefold() == label.note.casefold()
    ):
        name = label.note  # "QUESTION JUNG", "Question from Perm": the label names the asker (not a note in brackets)
    elif not name and label.note and _names_who(label, lex):
        # "Question 3 – Grace Wanjiru, Nation Media Group": the label names the asker (and their outlet)
        who, _, rest = label.note.split("; ")[0].partition(", ")
        name, outlet = who, outlet or (outlet_named(rest, lex) or rest or None)
    source = "introduction"
    if not name and label.note:  # "Question (Sabine Siebold, Reuters):": the asker, and their outlet
        name, noted = _noted_asker(label.note, lex)
        outlet, source = outlet or noted, "label"
    if not name and turn.text[:1] == "(" and (close := turn.text.find(")", 1, _SELF_NAMED)) > 0:
        # "Q: (Ben Hunt – The Sun) Lewis, ...": the asker in brackets as the question opens
        name, noted = _bracket_asker(turn.text[1:close], lex)
        outlet = outlet or noted
    if not name and label.note and turn.role == "audience":  # "CALLER (LINDA, ELKHART):": the caller, and where from
        name, source = noted_person(label.note, lex, given_name=True), "label"
    if outlet is None and label.note:  # "Question (Reuters):", "Journalist (Press TV):": the outlet in brackets
        outlet = outlet_named(label.note, lex) or (label.note if _outlet_name(label.note, lex) else None)
        if outlet is None and turn.role == "journalist" and label.name.endswith(f", {label.note}") and not name:
            outlet = label.note  # "Journalist, DR:", "Journalist, TV 2:": the journalist's outlet after the comma
    if not name and outlet and (said := _SAYS_OUTLET.search(turn.text, 0, 300)) and said.group(2) == outlet:
        name, source = said.group(1), "introduction"  # "Maria Kjaer, DR." where the label says DR
    if not name and (person := _own_name(turn.text, lex)):
        name, source = person, "introduction"  # "Q. Thank you, Mr. President. My name is Carol Dennison, and I'm ..."
    if not name and before is not None and before.role == "staff":
        handed, handed_outlet = handed_to(before.text, lex)  # "Next up, Katie DeRosa with CBC."
        if handed:
            name, outlet, source = handed, outlet or handed_outlet, "introduction"
    if name:
        turn.speaker, turn.speaker_source = name, source
    elif turn.examiner:  # a court record's "BY MR. SMITH:" above the question, or counsel an A. answered
        turn.speaker, turn.speaker_source = turn.examiner, "introduction"
    elif (
        turn.kind in ("remark", "follow_up")
        and current.turns
        and current.turns[0].role == turn.role != "audience"
        # (a "Remark:" after a "Question:"; not a "Comment:" after a named host's question)
        and (current.turns[0].label.style == "role" or current.turns[0].label.name == label.name)
    ):
        opener = current.turns[0]  # the one who opened the exchange asks again
        turn.speaker, turn.speaker_source = opener.speaker, "inferred"
        outlet = outlet or opener.affiliation
    elif turn.role == "audience" and (called := _caller_called(turn, current, before, lex)):
        turn.speaker, turn.speaker_source = called
    elif turn.role == "audience":
        turn.speaker = UNNAMED_AUDIENCE
    else:
        turn.speaker = UNNAMED_JOURNALIST
    turn.affiliation = outlet


def _caller_again(turn: Turn, current: Exchange, before: Turn) -> bool:
    """Whether a caller's turn right after the answer to a caller the host called by name is that caller asking
    again (``CALLER: So February, and then how many years after that?``), no one given the floor between."""
    opener = current.turns[0] if current.turns else None
    return (
        turn.role == "audience"
        and opener is not None
        and opener.role == "audience"
        and opener.label.name == turn.label.name  # (under the same role's label: "CALLER:")
        and opener.speaker != UNNAMED_AUDIENCE
        and before.role in ANSWERING_ROLES
        and before.role != "staff"
        and not _GIVES_FLOOR.search(before.text[-_FLOOR_TAIL:])  # (not after "Go ahead, caller.", "Yes, the
    )  # gentleman in the back.")


_GIVES_FLOOR = re.compile(
    r"(?i:\b(?:go ahead|next caller|caller|you're on|you are on|in the back|at the back|over here|over there|"
    r"the gentleman|the lady|the woman|the man|next question|next up|who's next|next (?:one|call|caller|person|line)"
    r"|next(?=[,.!?]?$)))"
)


def _caller_called(turn: Turn, current: Exchange, before: Turn | None, lex: Lexicon) -> tuple[str, str] | None:
    """The caller a host has just greeted or introduced by a first name (``Let's go straight to Dave in Onchan.
    Morning Dave.``), and how it is known; or, as the caller asks again after the answer, the one the exchange's
    host called. ``None`` where no one is called.
    """
    if before is None:
        return None
    if before.role == "staff" or before.role in ASKING_ROLES and before.role != "audience":
        called = _called_caller(before.text.rstrip(), lex)
        return (person_case(called) if called.isupper() else called, "introduction") if called else None
    if (own := _CALLER_SAYS.search(turn.text.lstrip()[:120])) and own.group(1).lower() not in _NOT_CALLERS:
        return own.group(1), "introduction"  # "Hello, it's Margaret from Port Erin here."
    opener = current.turns[0] if current.turns else None
    if opener is not None and opener is not turn and _caller_again(turn, current, before):
        return opener.speaker, "inferred"  # (the caller asks again, after the answer: "So February, and then?")
    return None


_NOT_CALLERS = CALENDAR | {"me", "him", "her", "us", "them"}  # what a caller says after "it's" that is no one's name
# a caller's first name, as they give it: "Hello, it's Margaret from Port Erin here.", "This is Dave in Onchan."
_CALLER_SAYS = re.compile(
    r"^\W*(?:(?:[Hh]ello|[Hh]i|(?:[Gg]ood )?[Mm]orning|(?:[Gg]ood )?[Aa]fternoon|[Yy]es)[,.!]?\s+){0,2}"
    r"(?:[Ii]t's|[Ii]t’s|[Tt]his is|[Mm]y name is|[Ii]'m|[Ii]’m) ([A-Z][a-z\-]+)(?=\s+(?:from|in|here)\b|[,.])"
)  # (not "it's Dave's wife", "it's Monday and ...", "I'm Manx born and bred")
