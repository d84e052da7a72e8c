"""Name a recording's unnamed voices from what they say to one another.

Captions mark a change of voice (``>>``) but name no one. The words often do: a moderator
calls the next speaker (``MS. BROUGH, IS THAT REALISTIC?``, ``THANK YOU. TASHA.``), a
speaker thanks the one before (``THANK YOU, KYLE.``), and each introduces themselves or the
others once (``I'M KYLE CLARK``, ``OUR PANELISTS ARE JAMES ORTEGA ... AND TASHA BROOKS``).
Each short form (``MS. BROUGH``, ``KYLE``) stands for the one full name the page gives with
it; a voice is named only where what is said points to one person and nothing points to
another.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import accumulate

from kit.parsing.labels import outlet_named, person_case
from kit.parsing.lexicon import Lexicon
from kit.parsing.names import a_person, introduction
from kit.parsing.records import UNNAMED_SPEAKER, Turn

__all__ = ["name_voices"]

_WORD = r"[A-Z][A-Za-z'’\-]+"
_WORDS = rf"(?P<words>{_WORD}\.?(?:\s+{_WORD}\.?){{0,2}})"  # a name, with a form of address or a title before it
# whom a sentence turns to as it opens: "MS. BROUGH, IS THAT REALISTIC?", "KYLE, IF I COULD RESPOND --", "TASHA.",
# "Councillor Linklater."
_ADDRESS = re.compile(
    rf"(?:(?:WELL|AND|OK|OKAY|SO|NOW|ALL RIGHT|Well|And|Okay|So|Now|All right),?\s+)?{_WORDS}\s*(?:,|[.!?]?$)"
)
# whom a speaker thanks as they open: "THANK YOU, KYLE.", "Thanks, Mr. Hall.", "Thank you Mr Spence."
_THANKS = re.compile(
    rf"(?:THANK YOU|THANKS|Thank you|Thanks)(?: (?:VERY MUCH|very much|SO MUCH|so much))?,?\s+{_WORDS}\s*[.!]"
)  # (the thanks alone: not "THANK YOU, SENATOR, FOR COMING TO IOWA", which thanks another for something)
# a name one gives as one's own: "I'M KYLE CLARK.", "AND I'M MARSHALL ZELINGER."
_OWN = re.compile(rf"\b(?:I'M|I’M|I AM|I'm|I’m|I am) (?P<words>{_WORD} {_WORD})\b")
_THANKED_AFTER = re.compile(r"\s*(?:THANK YOU|THANKS|Thank you|thank you|thanks)\b")
# whom a sentence turns to as it ends: "WHAT WOULD YOU DO ABOUT THAT, ATTORNEY GENERAL?", "THAT'S NOT TRUE, GOVERNOR."
_VOCATIVE = re.compile(rf",\s+{_WORDS}\s*[?.!]$")
# and the office they give after it: "I'm Stewart Sutherland, Convener," (so "Thanks Convener." is his)
_OWN_OFFICE = re.compile(
    rf"\b(?:I'M|I’M|I AM|I'm|I’m|I am) (?P<words>{_WORD} {_WORD}), (?:the |THE )?(?P<office>{_WORD})\b"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s+(?=--)")
_FORM_END = re.compile(r"(?:^|\s)(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.$")  # ("MR." ends no sentence)
_PAIR = re.compile(rf"(?=\b({_WORD}) ({_WORD})\b)")
_INTRODUCED = 200  # the characters of a turn read for a journalist's name and outlet
_ROSTER_REACH = 150_000  # the characters of a document's turns read for the names they give
_MOST_VOICES = 5000  # the most voices named in one document (a three-hour debate's captions have some 2,000)
_LAST_SENTENCES = 2  # an address this near the end of a turn calls the next voice
_READ_SENTENCES = _LAST_SENTENCES + 1  # a turn's sentences read for addresses: its first and its last two
# words that give someone the floor by a name that ends the turn: "I'll bring in the chief executive, Alasdair Mackie.",
# "Please welcome the Commissioner of the league, Stewart Johnston."
_HANDS_OVER = re.compile(r"(?i:\b(?:bring in|hand over to|over to|floor to|please welcome)\b)")
_PAIR_AT_END = re.compile(rf"\b({_WORD}) ({_WORD})[.!]?$")
_APPOSITIVE = re.compile(r"\s*(?i:who|which|whose)\b")  # "Councillor Linklater, who can't be with us ..."


def name_voices(turns: list[Turn], context: str, lex: Lexicon) -> bool:
    """Name one document's unnamed voices (``>>``) where their words point to one person each.

    Args:
        turns: one document's turns, in order.
        context: the page's words around the turns (its title), where full names may stand.
        lex: the vocabularies.

    Returns:
        Whether it named any voice.

    >>> from kit.parsing.labels import Label
    >>> from kit.parsing.lexicon import lexicon
    >>> said = ["GOOD EVENING. I'M KYLE CLARK.", "MR. JOHNSTON, HOW MANY?", "THANK YOU, KYLE. A THOUSAND.",
    ...     "MS. BROUGH, IS THAT REALISTIC?", "NO, IT IS NOT."]
    >>> voice = Label(">> ", UNNAMED_SPEAKER, None, "name", shape="voice")
    >>> turns = [Turn(voice, [k], text=t, speaker=UNNAMED_SPEAKER) for k, t in enumerate(said)]
    >>> name_voices(turns, "Debate: Kelly Brough vs. Mike Johnston", lexicon())
    True
    >>> [t.speaker for t in turns]
    ['Kyle Clark', 'Kyle Clark', 'Mike Johnston', 'Unnamed speaker', 'Kelly Brough']
    """
    voiced = [t.speaker == UNNAMED_SPEAKER and t.label.shape == "voice" for t in turns]
    if not 3 <= sum(voiced) <= _MOST_VOICES:
        return False  # (more voices than hours of captions have: a megabyte of short lines, read as they stand)
    texts = [
        " ".join(t.text.split()) for t in turns
    ]  # (a caption's line breaks fall inside names: "I'M LUCAS\nFERREIRA")
    # (a page gives its people's names as its words begin: the first turns, up to a reach, are read for them)
    early = list(accumulate(len(text) for text in texts))
    early = texts[: bisect_right(early, _ROSTER_REACH)] or texts[:1]
    # (and the names of the labelled speakers among them: ">> ANDY BESHEAR: THANK YOU, RENEE.")
    roster = _roster(
        " / ".join([context, *{t.speaker for t, v in zip(turns, voiced, strict=True) if not v}]), early, lex
    )

    holders: dict[str, set[str]] = defaultdict(set)
    for k, text in enumerate(texts):  # each office its holder gives as they introduce themselves
        if voiced[k] and (own := _own(_OWN_OFFICE, text)) and own.group("office").lower() in lex.titles:
            if who := _who(own.group("words"), roster, lex):
                holders[f"office:{own.group('office').casefold()}"].add(who)
    for office, people in holders.items():  # (one holder each: two who are "Councillor" give neither)
        if len(people) == 1:
            roster.setdefault(office, next(iter(people)))
    _offices(early, roster, lex)
    # who takes part: a named label's speaker, or one who gives their own name ("AND I'M MARSHALL ZELINGER.")
    present = {t.speaker for t, v in zip(turns, voiced, strict=True) if not v}
    present |= {who for text in texts if (own := _own(_OWN, text)) and (who := _who(own.group("words"), roster, lex))}
    thanks: list[tuple[int, str]] = []  # each turn that opens by thanking someone, and whom
    said: dict[int, set[str]] = defaultdict(set)  # what points to each turn's speaker
    not_them: dict[int, set[str]] = defaultdict(set)  # whom each turn speaks to, so not its speaker
    for k, text in enumerate(texts):
        if turns[k].label.shape != "voice":
            continue  # (what a labelled turn says points to no voice: "A. Milan Lukic." above captions)
        own = _own(_OWN, text)
        if own_name := own and _who(own.group("words"), roster, lex):
            said[k].add(own_name)
        # a journalist who gives their name and outlet as they ask ("Aoife Brennan, RTÉ News. Two weeks ...?")
        # (captions in capitals: read as people write names, "DARREN KOWALCHUK, WINNIPEG FREE PRESS.")
        head = text[:_INTRODUCED]
        cased = head.isupper()
        if cased:
            head = " ".join(map(person_case, head.split()))
        introduced = introduction(head, lex)[0] if "?" in text else None  # (as they ask)
        if introduced and cased and not (_a_name(introduced, lex) and _an_outlet(head, introduced, lex)):
            introduced = None  # (words in capitals cased as a name are no name: "THANK YOU, ..."; and a name with no
            # outlet after it is whom a reporter asks: "ZACH COLLAROS, GREY CUP CHAMPION. HOW DOES IT FEEL?")
        if introduced is not None:
            said[k].add(roster.get(f"name:{introduced}".casefold(), introduced))
        # one a turn names in full is not its speaker ("A VIEWER, JOHN WALKER OF PADUCAH, ASKS:"), but for one who
        # introduces themselves ("I'M KYLE CLARK")
        not_them[k].update(
            who
            for first, second in _PAIR.findall(text)
            if (who := roster.get(f"name:{first} {second}".casefold())) and who != own_name and who != introduced
        )
        if (thanked := _THANKS.match(text)) and (who := _who(thanked.group("words"), roster, lex)):
            not_them[k].add(who)
            if not _office_alone(thanked.group("words"), lex) or _presiding(thanked.group("words"), lex):
                thanks.append((k, who))  # (by name, or the one who presides: "Thank you, Councillor." may thank any)
        sentences = [x for x in _sentences(text) if introduced is None or introduced.casefold() not in x.casefold()]
        if len(sentences) > _READ_SENTENCES:  # (its first and its last sentences: where one addresses and calls)
            sentences = [sentences[0], *sentences[-_LAST_SENTENCES:]]
        called = None  # the last one addressed near the turn's end calls the next voice
        for at, sentence in enumerate(sentences):
            found = _ADDRESS.match(sentence)
            if found and (who := _who(found.group("words"), roster, lex)):
                not_them[k].add(who)
                if _THANKED_AFTER.match(sentence, found.end()):  # "JOHN, THANK YOU.": thanks, as "THANK YOU, JOHN."
                    if at == 0:
                        thanks.append((k, who))
                elif (
                    (
                        at == len(sentences) - 1
                        and _calls(sentence, found.end())
                        or at == len(sentences) - 2
                        and sentences[-1][-1:] == "?"
                    )
                    and not _presiding(found.group("words"), lex)
                    and not (_APPOSITIVE.match(sentence, found.end()) and sentence[-1:] != "?")
                ):  # (the last sentence calls them, or asks them after their name: "MS. BROUGH, IS THAT REALISTIC?";
                    # not the chair a member addresses, as members do: "Convener, can I ask ...?"; nor one the words
                    # go on about: "Councillor Linklater, who can't be with us today, raised this.")
                    called = who
        for at, sentence in enumerate(sentences):  # whom a sentence turns to as it ends: not them
            found = _VOCATIVE.search(sentence)
            if found and (who := _who(found.group("words"), roster, lex)):
                not_them[k].add(who)
                if (
                    at == len(sentences) - 1
                    and sentence[-1:] == "?"
                    and (_office_alone(found.group("words"), lex) or _formal(found.group("words"), lex))
                    and not _presiding(found.group("words"), lex)  # (a member asks through the chair: "..., Convener?")
                ):
                    called = who  # (a moderator asks an office: "..., ATTORNEY GENERAL?"; not a rival's "WHERE WERE
                    # YOU, GOVERNOR BESHEAR?")
        if sentences and (handing := _HANDS_OVER.search(sentences[-1])):  # "I'll bring in the chief executive,
            # Alasdair Mackie." (the name ends the turn)
            if ending := _PAIR_AT_END.search(sentences[-1], handing.end()):
                called = roster.get(f"name:{ending.group(1)} {ending.group(2)}".casefold()) or called
        if called and k + 1 < len(turns):
            said[k + 1].add(called)
            present.add(called)  # (one called takes part: "JAMES, THE FIRST QUESTION.")
    for k, who in thanks:  # one thanked as a turn opens spoke before, where they take part (not a viewer whose
        if k > 0 and who in present:  # question was read out: "THANK YOU, SARAH.")
            said[k - 1].add(who)
    named = False
    for k, turn in enumerate(turns):
        pointed = said.get(k, set()) - not_them.get(k, set())
        if voiced[k] and len(pointed) == 1 and not said.get(k, set()) & not_them.get(k, set()):
            turn.speaker, turn.speaker_source = next(iter(pointed)), "introduction"
            named = True
    return named


def _an_outlet(head: str, name: str, lex: Lexicon) -> bool:
    """Whether the words after a name in capitals name an outlet: one the vocabularies know, one whose last word an
    outlet's name ends with (``WINNIPEG FREE PRESS``), or letters (``TSN``)."""
    after = head[head.casefold().find(name.casefold()) + len(name) :].lstrip(" ,").split(".")[0].strip()
    words = after.split()
    ends = lex.conversation.get("outlet_name_ends", ())
    return bool(words) and (
        outlet_named(after, lex) is not None
        or words[-1].lower() in ends
        or len(words) == 1
        and len(words[0]) <= 5
        or any(outlet_named(word, lex) for word in words)  # ("CBC MANITOBA")
    )


def _a_name(name: str, lex: Lexicon) -> bool:
    """Whether words are a person's name, not a sentence's words (``Darren Kowalchuk``; not ``Thank You``)."""
    words = name.split()
    return len(words) >= 2 and not _common(words[0], words[-1], lex) and a_person(name, lex)


def _own(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A name one gives as one's own near a turn's start, not inside a quotation (a letter read out: ``"I'M MARIA
    LOPEZ, A NURSE ..."``, an ad: ``"I'M MIKE JOHNSTON AND I APPROVE THIS MESSAGE"``)."""
    found = pattern.search(text, 0, _OWN_REACH)
    if found is None:
        return None
    before = text[: found.start()]
    quoted = before.count('"') % 2 or before.count("“") > before.count("”") or ":" in before
    # (as a turn opens, past a greeting: "GOOD EVENING. I'M KYLE CLARK."; not a viewer's email read out after other
    # words: "HERE IS AN EMAIL FROM A VIEWER. I'M MARIA LOPEZ, A NURSE ...")
    said = _sentences(before)
    if said and before.rstrip()[-1:] not in ".!?":
        said = said[:-1]  # (the words of its own sentence before the name: "AND I'M ...")
    opens = all(_GREETS.search(x) or len(x.split()) <= _GREETING_WORDS for x in said)
    return None if quoted or not opens else found


_GREETS = re.compile(r"(?i:\b(?:welcome|good (?:morning|afternoon|evening)|hello|hi|thank you|thanks)\b)")
_GREETING_WORDS = 3  # the most words of a sentence before one's name that greets no one by a greeting's word


_OWN_REACH = 300  # the characters of a turn read for the name one gives as one's own


def _formal(words: str, lex: Lexicon) -> bool:
    """Whether an address is a form of address and a surname, as a moderator puts a question (``Mr. Johnston``)."""
    parts = words.split()
    return len(parts) == 2 and _addressed(parts[0], lex)


def _office_alone(words: str, lex: Lexicon) -> bool:
    """Whether an address is an office alone, no name (``ATTORNEY GENERAL``, ``Councillor``)."""
    return all(w.lower().rstrip(".,") in lex.titles for w in words.split())


def _presiding(words: str, lex: Lexicon) -> bool:
    """Whether an address is to the one who presides (``Convener``, ``Madam Chair``, ``Mr Speaker``), as members
    address their questions through the chair to whoever answers."""
    presiding = lex.conversation.get("presiding_titles", ())
    return any(w.lower().rstrip(".,") in presiding for w in words.split())


def _calls(sentence: str, named: int = 0) -> bool:
    """Whether a sentence that opens with someone's name gives them the floor: it asks them (``MS. BROUGH, IS THAT
    REALISTIC?``), asks for it (``KYLE, IF I COULD RESPOND --``) or is short (``MR. HALL, REBUTTAL.``, ``TASHA.``);
    turns to them (``MS. BROUGH, YOU WON THE COIN TOSS.``); not an answer that opens by addressing someone (``JOHN, I'M
    A DAD OF TWO LITTLE BOYS.``, ``MARSHALL, WE HAVE TO ...``). (A question after it calls them too: ``MR. HALL,
    TRAFFIC IS BAD. WOULD YOU FUND IT?``)"""
    return sentence.endswith(("?", "--", "—")) or len(sentence[named:].split()) <= _CALL_WORDS


_CALL_WORDS = 4  # the most words after the name that call someone without asking ("MR. JOHNSTON, YOU HAVE 90 SECONDS.")


def _offices(texts: list[str], roster: dict[str, str], lex: Lexicon) -> None:
    """Add to the roster each office the words give one person of it by title and surname (``GOVERNOR BESHEAR``,
    ``ATTORNEY GENERAL CAMERON``), so that the office alone stands for them (``GOVERNOR, YOUR REBUTTAL.``)."""
    held: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for office, surname in _TITLED.findall(text):
            if all(w.lower() in lex.titles for w in office.split()) and (
                who := roster.get(f"surname:{surname.casefold()}")
            ):
                held[f"office:{office.casefold()}"].add(who)
    for key, people in held.items():
        if len(people) == 1:
            roster.setdefault(key, next(iter(people)))


_TITLED = re.compile(rf"\b((?:{_WORD} )?{_WORD}) ({_WORD})\b")


def _sentences(text: str) -> list[str]:
    """A turn's sentences, a form of address kept with the name after it (``MR. HALL, REBUTTAL.``)."""
    sentences: list[str] = []
    for piece in _SENTENCE.split(text):
        if sentences and _FORM_END.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece.strip():
            sentences.append(piece.strip())
    return sentences


def _who(words: str, roster: dict[str, str], lex: Lexicon) -> str | None:
    """The person a reference names (``MS. BROUGH``, ``KYLE``, ``Mike Johnston``, ``Councillor Linklater``): the one
    full name of the roster it stands for, or a title and a surname the roster has no full name for; else ``None``.
    """
    raw = words.split()
    if any(t.endswith(".") and len(t) > 5 for t in raw[:-1]):
        return None  # a sentence's end inside ("Thank you, Convener. Members, the report ..."); not "Mr.", "Sen."
    tokens = [t.rstrip(".") for t in raw]
    if all(t.lower() in lex.titles for t in tokens):
        return roster.get(f"office:{' '.join(tokens).casefold()}")  # "GOVERNOR", "ATTORNEY GENERAL": its one holder
    form = None
    if tokens[0].lower() in _NO_FORM:
        return None  # ("AND THE DAIRY PROVISIONS?": a thing's name)
    if len(tokens) > 1 and (tokens[0].lower() in lex.titles or _addressed(tokens[0], lex)):
        form, tokens = tokens[0], tokens[1:]
    if len(tokens) == 2:
        return roster.get(f"name:{tokens[0]} {tokens[1]}".casefold())
    if len(tokens) != 1:
        return None
    word = tokens[0]
    if form is None:
        return roster.get(f"first:{word.casefold()}") or roster.get(f"office:{word.casefold()}")
    if word.lower() in lex.titles or word.lower() in lex.not_names or not a_person(word, lex):
        return roster.get(f"surname:{word.casefold()}")  # ("Madam Chair", "Mr Speaker": an office, no one's name)
    if (found := roster.get(f"surname:{word.casefold()}")) is not None:
        return found
    # a title and a surname the words say twice at least ("Councillor Linklater."; not one named in passing:
    # "SENATOR BENNET. GOVERNOR POLIS.")
    return roster.get(f"titled:{form.casefold().rstrip('.')} {word.casefold()}")


def _addressed(word: str, lex: Lexicon) -> bool:
    """Whether a word is a form of address before a surname (``MS.``, ``Mr``, ``Miss``; data's ``forms_of_address``)."""
    low = word.lower().rstrip(".")
    return low != "the" and low in lex.conversation.get("forms_of_address", ())


_NO_FORM = frozenset({"the", "his", "her", "us", "u.s.", "uk", "eu", "un", "state", "federal", "first", "general"})


def _roster(context: str, texts: list[str], lex: Lexicon) -> dict[str, str]:
    """Each full name the page gives (``KYLE CLARK``), under itself, its first name and its surname where one only.

    A name of the page's title or lead, a labelled speaker's (both in ``context``), or two capitalised words of the
    turns that the words attest as a person's: one introduces themselves by it (``I'M KYLE CLARK``), a title stands
    before it (``STATE SENATOR MARCUS HALL``, ``the chief executive, Alasdair Mackie``), or someone is called by its
    first name or its surname alone (``TASHA.``, ``MS. PRICE``); not two words of a sentence (``GO AHEAD.``,
    ``FAIR ENOUGH.``, ``GOD BLESS.``).
    """
    firsts_said: set[str] = set()  # the first names and surnames the turns call people by
    surnames_said: set[str] = set()
    titled: Counter[tuple[str, str]] = Counter()  # a title and a surname, as the turns say them
    for text in texts:
        firsts_said.update(w.casefold() for w in _FIRST_ALONE.findall(text))
        for title, surname in _FORMED.findall(text):  # "MS. PRICE", "Mr Spence", "GOVERNOR BESHEAR"
            if title.lower() in lex.titles or _addressed(title, lex):
                surnames_said.add(surname.casefold())
                titled[(title, surname)] += 1
    people: dict[str, str] = {}
    tried: set[tuple[str, str]] = set()

    def add(first: str, second: str) -> None:
        if (first, second) in tried:
            return  # (each pair read once: a long caption file says the same words again and again)
        tried.add((first, second))
        if _common(first, second, lex):
            return
        name = (
            f"{person_case(first) if first.isupper() else first} {person_case(second) if second.isupper() else second}"
        )
        if name.casefold() not in people and a_person(name, lex):
            people[name.casefold()] = name

    for first, second in _PAIR.findall(context):
        add(first, second)
    for text in texts:
        for found in _PAIR.finditer(text):  # (each pair, overlapping: "I'M KYLE CLARK")
            first, second = found.group(1), found.group(2)
            if first.casefold() in firsts_said or second.casefold() in surnames_said:
                add(first, second)
            elif (at := found.start()) and text[at - 1] in " ,":
                before = text[max(0, at - 40) : at].rstrip(" ,").rsplit(None, 1)[-1:]
                if before and (before[0].lower().rstrip(".") in lex.titles or before[0] in _SELF):
                    add(first, second)  # ("STATE SENATOR MARCUS HALL", "chief executive, Alasdair Mackie", "I'M ...")
    roster: dict[str, str] = {}
    firsts: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    for folded, name in people.items():
        roster[f"name:{folded}"] = name
        first, surname = folded.split()
        firsts[first].add(name)
        surnames[surname].add(name)
    for first, names in firsts.items():
        if len(names) == 1:
            roster[f"first:{first}"] = next(iter(names))
    for surname, names in surnames.items():
        if len(names) == 1:
            roster[f"surname:{surname}"] = next(iter(names))
    for (title, surname), count in titled.items():
        if count >= 2 and surname.lower() not in lex.titles and a_person(surname, lex):
            cased = f"{person_case(title) if title.isupper() else title} {person_case(surname) if surname.isupper() else surname}"
            roster.setdefault(f"titled:{title.casefold().rstrip('.')} {surname.casefold()}", cased)
    return roster


# a first name alone that opens a sentence and is followed by a comma or ends it ("TASHA.", "KYLE, IF I COULD")
_FIRST_ALONE = re.compile(rf"(?:^|(?<=[.!?] ))({_WORD})(?=,|[.!?](?:\s|$))", re.MULTILINE)
_FORMED = re.compile(rf"(?=\b({_WORD})\.? ({_WORD})\b)")  # a title or a form of address, then a word: "MS. PRICE"
_SELF = frozenset({"I'M", "I’M", "I'm", "I’m", "AM", "am"})


def _common(first: str, second: str, lex: Lexicon) -> bool:
    """Whether two capitalised words are words of a sentence rather than a name (``GOOD EVENING``, ``THE FIRST``)."""
    return any(
        w.casefold() in lex.prose_words
        or w.casefold() in lex.starters
        or w.casefold() in lex.title_connectors
        or w.casefold() in lex.not_names
        or w.casefold() in _NOT_NAMES
        or "'" in w
        or "’" in w
        for w in (first, second)
    )


_NOT_NAMES = frozenset({"good", "morning", "afternoon", "evening", "night", "hello", "welcome", "thank", "thanks"})
