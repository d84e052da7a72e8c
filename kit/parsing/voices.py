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
from collections import defaultdict

from kit.parsing.labels import person_case
from kit.parsing.lexicon import Lexicon
from kit.parsing.names import a_person, handed_to, introduction
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
    rf"(?:THANK YOU|THANKS|Thank you|Thanks)(?: (?:VERY MUCH|very much|SO MUCH|so much))?,?\s+{_WORDS}\s*[.!,]"
)
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
_LAST_SENTENCES = 2  # an address this near the end of a turn calls the next voice


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
    if sum(voiced) < 3:
        return False
    texts = [t.text.strip() for t in turns]
    # (and the names of the labelled speakers among them: ">> ANDY BESHEAR: THANK YOU, RENEE.")
    roster = _roster(
        " / ".join([context, *{t.speaker for t, v in zip(turns, voiced, strict=True) if not v}]), texts, lex
    )
    for k, text in enumerate(texts):  # each office its holder gives as they introduce themselves
        if voiced[k] and (own := _OWN_OFFICE.search(text[:300])) and own.group("office").lower() in lex.titles:
            if who := _who(own.group("words"), roster, lex):
                roster.setdefault(f"office:{own.group('office').casefold()}", who)
    _offices(texts, roster, lex)
    # who takes part: a named label's speaker, or one who gives their own name ("AND I'M MARSHALL ZELINGER.")
    present = {t.speaker for t, v in zip(turns, voiced, strict=True) if not v}
    present |= {
        who for text in texts if (own := _OWN.search(text[:300])) and (who := _who(own.group("words"), roster, lex))
    }
    said: dict[int, set[str]] = defaultdict(set)  # what points to each turn's speaker
    not_them: dict[int, set[str]] = defaultdict(set)  # whom each turn speaks to, so not its speaker
    for k, text in enumerate(texts):
        if turns[k].label.shape != "voice":
            continue  # (what a labelled turn says points to no voice: "A. Milan Lukic." above captions)
        own = _OWN.search(text[:300])
        if own_name := own and _who(own.group("words"), roster, lex):
            said[k].add(own_name)
        # a journalist who gives their name and outlet as they ask ("Aoife Brennan, RTÉ News. Two weeks ...?")
        if (introduced := introduction(text[:_INTRODUCED], lex)[0]) is not None:
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
            if k > 0:
                said[k - 1].add(who)
        sentences = [x for x in _sentences(text) if introduced is None or introduced not in x]
        called = None  # the last one addressed near the turn's end calls the next voice
        for at, sentence in enumerate(sentences):
            found = _ADDRESS.match(sentence)
            if found and (who := _who(found.group("words"), roster, lex)):
                not_them[k].add(who)
                if _THANKED_AFTER.match(sentence, found.end()):  # "JOHN, THANK YOU.": thanks, as "THANK YOU, JOHN."
                    if at == 0 and k > 0:
                        said[k - 1].add(who)
                elif at >= len(sentences) - _LAST_SENTENCES and (
                    _calls(sentence) or sentences[-1].endswith("?") or who in present
                ):  # (one who takes part, addressed as a turn ends, speaks next: "MARSHALL, I DON'T CONTROL ...")
                    called = who
        for at, sentence in enumerate(sentences):  # whom a sentence turns to as it ends: "..., ATTORNEY GENERAL?"
            found = _VOCATIVE.search(sentence)
            if found and (who := _who(found.group("words"), roster, lex)):
                not_them[k].add(who)
                if at == len(sentences) - 1 and sentence.endswith("?"):
                    called = who
        if sentences and (handed := handed_to(sentences[-1], lex)[0]):  # "I'll bring in the chief executive, Alasdair
            called = _who(handed, roster, lex) or called  # Mackie."
        if called and k + 1 < len(turns):
            said[k + 1].add(called)
    named = False
    for k, turn in enumerate(turns):
        pointed = said.get(k, set()) - not_them.get(k, set())
        if voiced[k] and len(pointed) == 1 and not said.get(k, set()) & not_them.get(k, set()):
            turn.speaker, turn.speaker_source = next(iter(pointed)), "introduction"
            named = True
    return named


def _calls(sentence: str) -> bool:
    """Whether a sentence that opens with someone's name gives them the floor: it asks them (``MS. BROUGH, IS THAT
    REALISTIC?``), asks for it (``KYLE, IF I COULD RESPOND --``) or is short (``MR. HALL, REBUTTAL.``, ``TASHA.``);
    turns to them (``MS. BROUGH, YOU WON THE COIN TOSS.``); not an answer that opens by addressing someone (``JOHN, I'M
    A DAD OF TWO LITTLE BOYS.``, ``MARSHALL, WE HAVE TO ...``). (A question after it calls them too: ``MR. HALL,
    TRAFFIC IS BAD. WOULD YOU FUND IT?``)"""
    words = sentence.split()
    return sentence.endswith(("?", "--", "—")) or len(words) <= _CALL_WORDS or not _SECOND_PERSON.isdisjoint(words)


_SECOND_PERSON = frozenset({"YOU", "YOUR", "YOU'VE", "YOU'RE", "you", "your", "you've", "you're"})  # "MS. BROUGH, YOU
# WON THE COIN TOSS.", not "MARSHALL, WE HAVE TO ..."


_CALL_WORDS = 5  # the most words of a sentence that calls someone by name without asking ("MS. PRICE, 60 SECONDS.")


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
    if len(tokens) > 1 and (tokens[0].lower() in lex.titles or tokens[0].lower() in _FORMS):
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
    cased = person_case(form) if form.isupper() else form
    return roster.get(f"surname:{word.casefold()}") or f"{cased} {person_case(word) if word.isupper() else word}"


_FORMS = frozenset({"mr", "ms", "mrs", "miss", "dr", "mister", "madam"})
_NO_FORM = frozenset({"the", "his", "her", "us", "u.s.", "uk", "eu", "un", "state", "federal", "first", "general"})


def _roster(context: str, texts: list[str], lex: Lexicon) -> dict[str, str]:
    """Each full name the words give (``KYLE CLARK``), under itself, its first name and its surname where one only."""
    people: dict[str, str] = {}
    for source in (context, *texts):
        for first, second in _PAIR.findall(source):
            name = f"{person_case(first) if first.isupper() else first} {person_case(second) if second.isupper() else second}"
            if name.casefold() not in people and a_person(name, lex) and not _common(first, second, lex):
                people[name.casefold()] = name
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
    return roster


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
