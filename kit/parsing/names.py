"""Speakers' names: one speaker per person, and the journalists a question names.

Part of the parse stage, two pure functions on strings:

* :func:`canonical_names` maps every name label of one transcript to one speaker: titles
  dropped (:func:`kit.parsing.labels.split_name`), short forms joined with long ones
  (``President of Russia Vladimir Putin``, ``Vladimir Putin``, ``Putin``), case and small
  typos of a speaker already in the transcript resolved to that speaker (``Vladimir
  PUTIN``, ``Vlaidmir Putin``);
* :func:`introduction` finds the journalist and outlet a question names
  (``Hi, Matthew Chance from CNN.``, ``Pavel Zarubin, VGTRK.``, ``RIA Novosti.``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from kit.parsing.labels import (
    EXCELLENCY,
    NAME_SUFFIXES,
    PEER_OF,
    PERSON_NOTE,
    PERSON_WORD,
    Label,
    cased_name,
    noted_surname,
    outlet_named,
    person_case,
    split_name,
    without_honorific,
    without_honours,
    without_letters,
)
from kit.parsing.lexicon import Lexicon, lexicon
from kit.words import alternatives

__all__ = [
    "CALENDAR",
    "bare_office",
    "self_named",
    "PERSON_NOTE",
    "canonical_names",
    "introduction",
    "strip_title",
    "noted_person",
    "office_holder",
]


def strip_title(name: str, lex: Lexicon | None = None) -> str:
    """A label's person without the title before it, or the whole label when no person of two words or more is found.

    Args:
        name: a label's name part.
        lex: the vocabularies (default: :func:`kit.parsing.lexicon.lexicon`).

    Returns:
        The person's name, or ``name`` unchanged.

    >>> strip_title("President of the United States of America Joseph Biden")
    'Joseph Biden'
    >>> strip_title("President Biden")
    'President Biden'
    """
    return _without_title(name, *split_name(name, lex or lexicon()))


def _without_title(name: str, title: str | None, person: str | None) -> str:
    """:func:`strip_title` of ``name``, split into ``title`` and ``person`` already."""
    if person and (len(person.split()) >= 2 or "," in name):  # (and "Kyodo News, Sakai": a journalist's surname)
        return person
    if person and title and name.endswith(person.upper()):  # "Mr. McFARLANE" -> "Mr. McFarlane"
        return f"{name[: len(name) - len(person)]}{person}"
    if person and title:
        words = name.split()
        return " ".join([*words[:-1], person_case(words[-1])])
    return name


def canonical_names(
    labels: list[Label],
    titles: dict[str, str] | None = None,
    lex: Lexicon | None = None,
    texts: Iterable[str] = (),
) -> dict[str, str]:
    """Map each person label's ``name`` in one transcript to its speaker.

    Args:
        labels: the labels of the transcript's turns, in order (repeats count).
        titles: label name -> the title of its document, to name ``THE PRESIDENT``.
        lex: the vocabularies.
        texts: what the transcript says (its titles, leads and turns): a name in capitals
            (``DESANTIS:``) is spelled as the text writes it (``DeSantis``), not ``Desantis``.

    Returns:
        label name -> speaker, for every ``name``, ``single`` and ``caps`` label.

    A name that ends with another name of the transcript takes the shorter form; a
    one-word label joins the one longer name it ends; a rare spelling that differs from
    a frequent speaker's only in case or by one letter (added, dropped, changed or two
    swapped) is that speaker. ``THE PRESIDENT`` becomes ``President Biden`` when
    ``titles`` names him, else ``The President``.

    >>> from kit.parsing.labels import match_label
    >>> labels = [match_label(s) for s in ["President of Russia Vladimir Putin: Hi.",
    ...           "Vladimir Putin: Yes.", "Putin: No.", "Vladimir PUTIN: So.", "Vladimir Putin: I",
    ...           "Vlaidmir Putin: see."]]
    >>> sorted(set(canonical_names(labels).values()))
    ['Vladimir Putin']
    """
    lex = lex or lexicon()
    titles = titles or {}
    # "HE the Prime Minister", "H.E. Mr. David Lammy": His Excellency's labels, read as the title and name after it
    honoured = {
        label.name: f"{rest[:1].upper()}{rest[1:]}"
        for label in labels
        if label.name[:1] == "H"
        and (excellency := EXCELLENCY.match(label.name))
        and (rest := label.name[excellency.end() :])
    }
    if honoured:
        labels = [label._replace(name=honoured[label.name]) if label.name in honoured else label for label in labels]
        titles = titles | {honoured[name]: title for name, title in titles.items() if name in honoured}
        found = canonical_names(labels, titles, lex, texts)
        return found | {name: found[rest] for name, rest in honoured.items() if rest in found}
    texts = iter(texts)
    read: list[str] | None = None  # the start of the texts, read once where a step needs them
    counts = Counter([label.name for label in labels if label.style == "name"])
    person_of: dict[str, str] = {}
    turns: Counter[str] = Counter()  # each person's turns
    titled: set[str] = set()  # a title and a surname: "Mr Betts", "President Biden"
    offices: dict[str, set[str]] = {}  # a title (case folded) -> the name labels that give it, read where needed
    seen = lex.names_seen
    for name, count in counts.items():
        title, surname = seen.get(name) or split_name(name, lex)
        if title is None and surname == name:
            person = name  # (a name of two words or more, no title before it: itself, at once)
        elif surname and title and surname[1:].islower() and " " not in surname and name == f"{title} {surname}":
            person = name  # (a title and a surname written as people write it, "Mr Betts": itself too)
        else:
            person = _without_title(name, title, surname)
        # "Andrew Boff AM", "Jeremy Hunt MP", "HON LAWRIE HOOPER MHK" (its letters cased already)
        if person.count(" ") >= 2 and (
            person.rpartition(" ")[2].isupper()
            or name.rpartition(" ")[2].lower().strip(".") in lex.conversation.get("post_nominals", ())
        ):
            person = " ".join(without_honours(person.split(), lex))
        person_of[name] = person
        turns[person] = turns.get(person, 0) + count
        if title and surname and " " not in surname:
            titled.add(person)
    # One written form per case-folded name: the most frequent.
    folded = [person.casefold() for person in turns]
    form = dict(zip(folded, turns, strict=True))  # (where each name is written one way, as most are: itself)
    form_of = None  # each person's written form, where some are written two ways
    if len(form) < len(folded):
        form = {}
        for person, fold in zip(turns, folded, strict=True):
            held = form.setdefault(fold, person)
            if turns[person] > turns[held]:  # (of equals, the first seen: as most_common orders them)
                form[fold] = person
        form_of = {person: form[fold] for person, fold in zip(turns, folded, strict=True)}
    # A two-word name and the one longer name it ends ("Tayyip Erdogan", "Recep Tayyip
    # Erdogan") are one person, under the longer name.
    longer: dict[str, set[str]] = {}
    for person in form.values():
        # (most names are two words parted by one space, told at once; any other space is not printable)
        if (person.count(" ") > 1 or not person.isprintable()) and len(parts := person.split()) > 2:
            longer.setdefault(" ".join(parts[-2:]).casefold(), set()).add(person)
    frequent = _frequent(turns)
    if form_of is None and not longer and not frequent:
        result = dict(person_of)  # (no other written forms, no longer names, no frequent speakers: each its person)
    else:
        result = {}
        for name, person in person_of.items():
            target = person if form_of is None else form_of[person]
            if longer and target.count(" ") == 1 and len(longer.get(target.casefold(), ())) == 1:
                target = next(iter(longer[target.casefold()]))
            if frequent and turns[person] <= 2 and target not in frequent:
                target = next((f for f in frequent if _one_edit(target.casefold(), f.casefold())), target)
            result[name] = target
    # A title and a surname ("Mr Betts", "Senator Graham") are the one longer name with that surname.
    surname_of: dict[str, set[str]] = {}
    untitled = () if not titled or titled.issuperset(result.values()) else set(result.values()) - titled
    for full in untitled:
        if full.count(" ") >= 1 and split_name(full, lex)[0] is None:  # (a title: not one)
            surname_of.setdefault(_surname(full).casefold(), set()).add(full)
    for family, full in _family_first(result).items() if untitled else ():  # ("Mr. IWAYA Takeshi": Iwaya)
        if full in untitled:
            surname_of.setdefault(family, set()).add(full)
    if surname_of:
        for name, target in result.items():
            if target not in titled:
                continue
            title, person = split_name(target, lex)
            if title and person and " " not in person and len(surname_of.get(person.casefold(), ())) == 1:
                result[name] = next(iter(surname_of[person.casefold()]))
    # Or the one full name with that surname that the document's title, headings or lead give ("President Yoon"
    # below "President Yoon Suk Yeol and Prime Minister Kishida Fumio of Japan held ...").
    for name, target in result.items() if titled and titles else ():
        if target in titled and (context := titles.get(name)):
            title, person = split_name(target, lex)
            if person and " " not in person and (full := full_name(person, context, lex, title)):
                result[name] = full
    # A title's holder named in a label's note: "The Prime Minister (Rishi Sunak)".
    holders = {
        label.name: person
        for label in labels
        if label.style in ("caps", "single") and label.note and (person := _person_noted(label.note, lex))
    }
    # An office's label whose note is one surname: "Sr. PRESIDENTE (Menem)", its holder by the full name the page
    # gives ("Presidencia del señor diputado Martín Alejandro Menem"), or by the surname.
    # (only where the page writes that word as a person's too, after a title or a form of address, "el señor diputado
    # Menem", "Mr. Menem": not a script's note, "GOVERNOR (SOT)", nor "Mayor (Virtual)")
    for label in labels:
        if label.style in ("caps", "single") and label.note and label.name not in holders:
            surname = noted_surname(label.name, label.note, lex)
            if surname:
                full = full_name(surname, titles.get(label.name, ""), lex)
                if full is None:
                    read = _start(texts) if read is None else read
                    if not _titled_word(surname, [titles.get(label.name, ""), *read], lex):
                        continue
                holders[label.name] = full or surname
    # The one-word and title labels, each once (the last of its name), but names read already.
    pending = {label.name: label for label in labels if label.style in ("single", "caps")}
    singles = set(pending)
    capitals = [name for name, label in pending.items() if label.style == "caps"]
    # (and a name in capitals before its title: "MARTHA MACCALLUM, FOX NEWS ANCHOR", as "MACCALLUM" is written)
    capitals += [name for name in person_of if name not in pending and name.partition(",")[0].isupper()]
    for name in [name for name in pending if name in result]:
        del pending[name]
    if singles:
        # Each full name under its last word and its first (case folded): the one name there, or "" for several.
        last_words: dict[str, str] = {}
        first_words: dict[str, str] = {}
        _file_names(result.values(), last_words, first_words)
        initials: dict[str, str] | None = None  # who initials ("LK:") stand for, where the texts name one person
        said_names: dict[str, str] | None = None  # the full names the texts say, by their first name
        # Each label once, those of several words first ("SEN. LINDSEY GRAHAM"), so that a short form
        # after them ("GRAHAM") finds them.
        # A title and a surname in capitals ("GEN. BROWN") after the full names, as a short form.
        surnames = {name: _titled_surname(name, lex) for name in pending if " " in name}
        ordered = [label for name, label in pending.items() if " " in name and not surnames[name]]
        ordered += [label for name, label in pending.items() if surnames.get(name)]
        ordered += [label for name, label in pending.items() if " " not in name]
        for label in ordered:
            name = label.name
            words = " " in name
            owner = None
            if not words:  # "Putin", "TRUMP": the one longer name it ends; "Lenny": the one longer name it starts.
                key = name.casefold()
                owner = last_words.get(key)
                if owner is None:
                    owner = first_words.get(key)
            elif surnames[name]:  # "GEN. BROWN": the one longer name with that surname
                owner = last_words.get(surnames[name])
                if owner and _one_edit(owner.casefold(), _caps_speaker(name, "", lex).casefold()):
                    owner = None  # ("PRESIDEN HICHILEMA" is "PRESIDENT HICHILEMA" misspelt, not a fuller name)
            if owner:  # one name, not several ("")
                result[name] = owner
            elif outlet := outlet_named(name, lex):  # "CCTV:", "Bloomberg:": the outlet, as it writes its name
                result[name] = outlet
            elif label.style == "single" and name.isupper() and (_INITIALS.fullmatch(name) or len(name) == 1):
                if initials is None:
                    read = _start(texts) if read is None else read
                    initials = _initials([*result.values(), *read], lex)
                result[name] = initials.get(name.replace(".", ""), name)
            elif name in holders:  # "Prime Minister (Hiroshi Tanabe)": the holder the note names
                result[name] = holders[name]
            elif (holder := _one_holder(name, counts, result, offices, lex)) is not None:
                result[name] = holder  # "Prime Minister:" after "Prime Minister Anne Holm:": she
            elif label.style == "single" and not words and name.lower() in lex.titles and titles.get(name):
                # one office's word ("[Governor]"): the holder a title writes before their name ("Press Conference
                # by Governor Yuriko Koike"), not one a list sets beside a longer office ("Minister for Women")
                result[name] = _titled_holder(name, titles[name], lex) or name
            elif label.style == "single" and not (words and all(w.lower() in lex.titles for w in name.split())):
                result[name] = name
            else:  # (and an office in sentence case, "Chief Executive:": its holder, where the page names them)
                result[name] = _caps_speaker(name, titles.get(name, ""), lex)
            if not words and result[name].casefold() == name.casefold() and name.lower() not in lex.not_surnames:
                # a first name alone ("ALASTAIR", "Tomas"), where the words say the one full name that starts so
                # ("with me, Alastair Campbell", "Tomas Berglund, welcome")
                if said_names is None:
                    read = _start(texts) if read is None else read
                    said_names = _said_names(read, lex)
                result[name] = said_names.get(name.casefold()) or result[name]
            if words:
                _file_names((result[name],), last_words, first_words)
        # A rare spelling one letter away from a frequent speaker's ("PRESIDENT ZELENSKKY") is that speaker.
        said = Counter(map(result.get, [label.name for label in labels]))
        said.pop(None, None)  # the labels that name no one (Question:)
        frequent = _frequent(said)
        for name in singles & result.keys() if frequent else ():
            speaker = result[name]
            if said[speaker] <= 2 and speaker not in frequent:
                result[name] = next((f for f in frequent if _one_edit(speaker.casefold(), f.casefold())), speaker)
    if capitals and read is None:
        read = _start(texts)
    spelled = _spellings(read) if capitals else {}
    for name in capitals if spelled else ():
        result[name] = " ".join(spelled.get(word.casefold(), word) for word in result[name].split(" "))
    # A judge by surname and office in letters, on a court's page ("GAGELER CJ": Chief Justice Gageler).
    for name in [name for name in result if name[-1:] in "JjA."] if titles else ():
        result[name] = _judge(name, titles.get(name, ""), lex) or result[name]
    # Initials and a surname ("HON. I.B. SERUIRATU"): the one full name with that surname and those initials that
    # the page's list or lead gives ("Honourable Inia Batikoto Seruiratu, Leader of the Opposition").
    for name, target in result.items() if titles else ():
        if target[1:2] == "." and (initialled := _INITIALLED.fullmatch(target)) and (context := titles.get(name)):
            result[name] = _initialled_name(initialled.group(1), initialled.group(2), context) or target
    # A title and a surname ("Mr Amoako-Attah") are the one full name an office's label gives its holder in
    # brackets ("Minister for Roads and Highways (Mr Kwasi Amoako-Attah)").
    held: dict[str, set[str]] = {}
    for full in set(holders.values()) if titled else ():
        if full.count(" ") >= 1 and split_name(full, lex)[0] is None:
            held.setdefault(_surname(full).casefold(), set()).add(full)
    for name, target in result.items() if held else ():
        person = split_name(target, lex)[1] if target in titled else None
        if person and len(found := held.get(person.casefold(), ())) == 1:
            result[name] = next(iter(found))
    return result


def _titled_word(word: str, texts: list[str], lex: Lexicon) -> bool:
    """Whether the texts write ``word`` after a title or a form of address, as a person's surname (``Mr. Menem``).

    >>> from kit.parsing.lexicon import lexicon
    >>> _titled_word("Menem", ["Thank you, Mr. Menem."], lexicon()), _titled_word("Sot", ["GOVERNOR (SOT)"], lexicon())
    (True, False)
    """
    addressed = lex.conversation.get("forms_of_address", ())
    for text in texts:
        for found in re.finditer(rf"(?<![\w'’])(\w+)\.? {re.escape(word)}(?![\w'’])", text):
            before = found.group(1).lower()
            if before != "the" and (before in lex.titles or before in addressed):
                return True
    return False


def full_name(surname: str, context: str, lex: Lexicon, title: str | None = None) -> str | None:
    """The one name of two or three words, ``surname`` among them, first or last, that ``context`` gives, or ``None``.

    The name must follow a title, ``title``'s last word where given (``President Yoon Suk Yeol``, ``Prime
    Minister Anthony Albanese``; not ``First Lady Jill Biden`` for ``President Biden``), in a sentence: a
    headline in title case names no one so (``Rudman Asks Meese About ...``, ``President Obama Farewell
    Address``), nor does a day or a month after the surname (``Prime Minister Kishida Friday said``).

    Args:
        surname: one word of a name, as a label or a title gives it (``Yoon``).
        context: a document's title, headings and lead, parted by `` / ``.
        lex: the vocabularies.
        title: the title the label gives the surname (``President``), if any.

    Returns:
        The full name as the context writes it, or ``None`` where it gives none or several.

    >>> from kit.parsing.lexicon import lexicon
    >>> full_name("Yoon", "President Yoon Suk Yeol and Prime Minister Kishida Fumio of Japan held talks", lexicon())
    'Yoon Suk Yeol'
    >>> full_name("Albanese", "Prime Minister Anthony Albanese said on Monday / The Albanese Government", lexicon())
    'Anthony Albanese'
    >>> full_name("Lee", "Anna Lee and Tom Lee", lexicon()) is None
    True
    >>> full_name("Lula", "Interview granted by President Luiz Inácio Lula da Silva to Rádio Guaíba", lexicon())
    'Luiz Inácio Lula da Silva'
    >>> [full_name("Biden", "President Biden and First Lady Jill Biden traveled to Maui.", lexicon(), "President"),
    ...  full_name("Obama", "President Obama Farewell Address", lexicon()),
    ...  full_name("Kishida", "Prime Minister Kishida Friday said he would go.", lexicon())]
    [None, None, None]
    """
    skip = lex.titles_or_organisations | lex.starters | lex.title_connectors | lex.not_names | CALENDAR
    last = title.split()[-1].lower().strip(".") if title else None
    found = set()
    for match in re.finditer(rf"(?<![\w'’\-]){re.escape(surname)}(?![\w'’\-])", context):
        start, end = context.rfind(" / ", 0, match.start()) + 3, context.find(" / ", match.end())
        part = context[max(0, start - 3 if start == 2 else start) : end if end >= 0 else len(context)]
        words = part.split()
        if not any(w[:1].islower() and w.lower() not in lex.title_connectors for w in words):
            continue  # (a headline in title case, not a sentence: "Rudman Asks Meese About ..." names no one so)
        before = context[max(0, match.start() - 60) : match.start()].split()
        after = context[match.end() : match.end() + 60].split()
        given = []
        for word in reversed(before[-2:]):
            if not _NAME_PART.fullmatch(word) or word.lower() in skip:
                break
            given.insert(0, word)
        rest = []
        for word in after[:2] if not given else ():
            if not _NAME_PART.fullmatch(word.rstrip(",.;:")) or word.rstrip(",.;:").lower() in skip:
                break
            rest.append(word.rstrip(",.;:"))
            if word[-1:] in ",.;:":
                break
        family = after[1].rstrip(",.;:") if len(after) >= 2 else ""
        if (
            given
            and family
            and after[0] in lex.particles
            and _NAME_PART.fullmatch(family)
            and family.lower() not in lex.countries
        ):
            rest = [after[0], family]  # a family name after a particle: "Luiz Inácio Lula da Silva" (not "Gustavo Petro
            # de Colombia": his country)
        titled = before[: len(before) - len(given)][-1:]
        held = titled[0].lower().strip(".,") if titled else ""
        if (given or rest) and held in lex.titles and (last is None or held == last):  # (written after the title)
            found.add(" ".join([*given, surname, *rest]))
    return next(iter(found)) if len(found) == 1 else None


#: The days and months (lower case), which may follow a surname in a sentence ("Prime Minister Kishida Friday said")
#: or open a caller's words ("it's Monday and ...") and are no one's name.
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


# a word of a name as people write it, accents too ("Martín"; not "the", "MP", "Government,")
_NAME_PART = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][a-zß-öø-ÿ\u0100-\u024f'’\-]+")


def _one_holder(
    office: str, names: Iterable[str], result: dict[str, str], offices: dict[str, set[str]], lex: Lexicon
) -> str | None:
    """The one speaker whose name label gives ``office`` as its title ("Prime Minister Anne Holm"), or ``None``.

    ``offices`` (each title, case folded, and the labels that give it) is filled from ``names`` at the first
    call that needs it (an empty title's entry marks it read).
    """
    if office[:4].casefold() == "the ":
        return None  # ("The President:" presides over a council where "President Zelensky" speaks: not his)
    if not offices:
        for name in names:
            title, surname = lex.names_seen.get(name) or split_name(name, lex)
            if title and surname:
                offices.setdefault(title.casefold(), set()).add(name)
        offices[""] = set()
    holders = {result[name] for name in offices.get(office.casefold(), ())}
    return next(iter(holders)) if len(holders) == 1 else None


# "DeSantis", "MacCallum", "LaHood"; and a name's part in small letters after a hyphen or an apostrophe, "Moon-soo",
# "Jae-myung", "Hu'akavameiliku"
_INNER_CAPITAL = re.compile(r"\b[A-Z][a-z]+[A-Z][a-z][A-Za-z]*\b|\b[A-Z][a-z]+(?:-|['’](?=[a-z]{3}))[a-z]+\b")


def _said_names(texts: list[str], lex: Lexicon) -> dict[str, str]:
    """The people the texts name by a first name and a surname, by the first name (case folded): the one full name
    that starts with it, ``""`` where two do.

    >>> from kit.parsing.lexicon import lexicon
    >>> _said_names(["With me, Alastair Campbell. And me, Rory Stewart. I'm Rory Bremner. Tomas Berglund, welcome."],
    ...     lexicon())
    {'alastair': 'Alastair Campbell', 'rory': '', 'tomas': 'Tomas Berglund'}
    >>> _said_names(["I shop at John Lewis. With me, Paul Vallas Face Off"], lexicon())
    {}
    """
    found: dict[str, str] = {}
    for text in texts:
        for match in _FIRST_AND_LAST.finditer(text):
            first, last = match.group(1), match.group(2)
            if not _INTRODUCED_BEFORE.search(text, max(0, match.start() - 24), match.start()) and not (
                _WELCOMED_AFTER.match(text, match.start() + len(first) + 1 + len(last))
            ):
                continue  # (a name said in passing: "John Lewis", "George Washington"; not one introduced)
            low = first.lower()
            if (
                low in lex.not_surnames
                or low in lex.starters
                or low in lex.prose_words
                or last.lower() in lex.not_surnames
            ):
                continue  # ("Prime Minister", "And Rory")
            full = f"{first} {last}"
            key = first.casefold()
            found[key] = full if found.get(key, full) == full else ""
    return found


# How a host introduces the people on a show, right before their name ("with me, Alastair Campbell", "I'm Rory
# Stewart", "our guest, Sara Blom") or right after it ("Tomas Berglund, welcome").
_INTRODUCED_BEFORE = re.compile(
    r"(?i:\bwith me|\bme|\bI['’]m|\bI am|\bmy name is|\bthis is|\bjoined by|\bjoining (?:me|us)(?: (?:today|now))?"
    r"|\bour guest(?: today)?|\bwelcome(?: back)?(?: to the show)?|\band I['’]m)[,:]?[ \t]+$"
)
_WELCOMED_AFTER = re.compile(r",?[ \t]+(?:welcome|thanks? (?:you )?for (?:coming|joining))\b", re.IGNORECASE)
_FIRST_AND_LAST = re.compile(  # (a lookahead: each word may start a name, "And Rory Stewart" holds "Rory Stewart";
    # no capitalised word right after it: not a title's "Paul Vallas Face Off")
    r"(?<![\w'’\-])(?=([A-Z][a-z]{2,})[ \t]([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’\-])(?![ \t][A-Z]))"
)


def _start(texts: Iterable[str], reach: int = 200_000) -> list[str]:
    """The texts up to ``reach`` characters in all (the last one cut): what is read of a transcript for names.

    >>> _start(["abc", "defg", "hij"], reach=5)
    ['abc', 'de']
    """
    start: list[str] = []
    size = 0
    for text in texts:
        start.append(text[: reach - size])
        size += len(start[-1])
        if size >= reach:
            break
    return start


def _spellings(texts: list[str]) -> dict[str, str]:
    """The words with a capital inside, or small letters after a hyphen or an apostrophe, that ``texts`` write, by
    their case folding.

    >>> _spellings(["Governor DeSantis and Ms. MacCallum.", "Mr. DeSantis", "Candidate Kim Moon-soo"])
    {'desantis': 'DeSantis', 'maccallum': 'MacCallum', 'moon-soo': 'Moon-soo'}
    """
    found: Counter[str] = Counter()
    for text in texts:
        found.update(_INNER_CAPITAL.findall(text))
    spelled: dict[str, str] = {}
    for word, _ in found.most_common():
        spelled.setdefault(word.casefold(), word)
    return spelled


_INITIALS = re.compile(r"[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?")  # "LK", "K.B.", "TAG"
_ABBREVIATION = re.compile(
    r".*\b[A-Z]{1,3}\b.*|.*[^\w'’\- ].*"
)  # a word of three capitals ("MP"), or not a name's letters
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)+")  # "Jeremy Hunt", "JEREMY HUNT MP"


# A line of a speaker key: initials, then the name they stand for ("TAG Dr Tedros Adhanom Ghebreyesus", "MK - Maria Lee").
_KEY_LINE = re.compile(r"^[ \t]*([A-Z]{2,4})(?:[ \t]*[:=–—-])?[ \t]+([A-Z][^\n]{2,80}?)[ \t]*$", re.MULTILINE)


# An entry of a speaker key on one line: a letter or initials, a dash, and the person ("V – Ella Whitcombe, Varsity;")
_KEY_ENTRY = re.compile(r"(?:^|;)[ \t]*([A-Z]{1,4})[ \t]+[–—=-][ \t]+([A-Z][^;,\n]{2,60})")


def _initials(texts: list[str], lex: Lexicon) -> dict[str, str]:
    """Initials -> the one person the texts name with them (``JH`` -> ``Jeremy Hunt``).

    A speaker key's line names the person outright (``TAG Dr Tedros Adhanom Ghebreyesus``,
    ``MK Dr Maria Van Kerkhove``: the initials of the name after its titles, its particles
    counted or not). Elsewhere, two-letter initials stand for a pair of capitalised words,
    neither a title, an organisation's word, a word that starts a sentence, one that names
    no one nor an abbreviation (``MP``), written as people write them.

    >>> from kit.parsing.lexicon import lexicon
    >>> sorted(_initials(["SUNDAY WITH LAURA KUENSSBERG", "JEREMY HUNT MP", "Well, Jeremy Hunt joins me."],
    ...     lexicon()).items())
    [('JH', 'Jeremy Hunt'), ('LK', 'Laura Kuenssberg')]
    >>> key = _initials(["Speaker key:\\nTAG Dr Tedros Adhanom Ghebreyesus\\nMK Dr Maria Van Kerkhove"], lexicon())
    >>> key["TAG"], key["MK"]
    ('Tedros Adhanom Ghebreyesus', 'Maria Van Kerkhove')
    >>> _initials(["Speaker key:\\nCL Christian Lindmeier\\nMK Maria Van Kerkhove\\nJA Jamil"], lexicon())["JA"]
    'Jamil'
    >>> _initials(["V – Ella Whitcombe, Varsity; DP – Deborah Prentice, Vice-Chancellor"], lexicon())["V"]
    'Ella Whitcombe'
    """
    keyed: dict[str, str] = {}
    # (a document's headings come joined by " / ": each is a line)
    parts = (part for text in texts for part in (text.split(" / ") if " / " in text else (text,)))
    for part in parts:
        given: dict[str, str] = {}  # a first name alone ("JA Jamil", "GI Gabriela"), its letters the key's in order
        for key, named in _KEY_LINE.findall(part) if "\n" in part or len(part) <= 90 else ():
            if " " not in named and named.isalpha() and named[1:].islower() and _spells(key, named):
                given.setdefault(key, named)
                continue
            title, person = split_name(named, lex)
            words = (person or "").split()
            if len(words) < 2 or title and not all(w.lower().strip(".") in lex.titles for w in title.split()):
                continue
            core = "".join(w[0] for w in words if w.lower() not in lex.particles and w[:1].isupper())
            if key in ("".join(w[0] for w in words), core):
                keyed.setdefault(key, person)
        if len(keyed) >= 2:  # (among a key's full names: a key, not a line that happens to look like one)
            for key, name in given.items():
                keyed.setdefault(key, name)
        # a key on one line, its entries parted by semicolons, each letter standing for whom it says, whatever their
        # initials ("V – Ella Whitcombe, Varsity; DP – Deborah Prentice, Vice-Chancellor")
        entries = _KEY_ENTRY.findall(part) if ";" in part else []
        if len(entries) >= 2:
            for key, named in entries:
                title, person = split_name(named.strip(), lex)
                if person and len(person.split()) >= 2 and a_person(person, lex):
                    keyed.setdefault(key, person)
    found: dict[str, set[str]] = {}
    skip = lex.titles | lex.organisations | lex.starters | lex.not_names | lex.prose_words
    for text in texts:
        for run in _CAPITALISED_RUN.findall(text):
            words = run.split()
            for first, last in zip(words, words[1:], strict=False):  # (each word and the next)
                if first.lower() in skip or last.lower() in skip or _ABBREVIATION.fullmatch(first + " " + last):
                    continue
                person = f"{person_case(first)} {person_case(last)}"
                found.setdefault(first[0] + last[0], set()).add(person)
    return {**{key: next(iter(names)) for key, names in found.items() if len(names) == 1}, **keyed}


def _spells(key: str, word: str) -> bool:
    """Whether a key's letters are a word's first letter and, in order, others of it (``GI``, ``Gabriela``).

    >>> _spells("JA", "Jamil"), _spells("GI", "Gabriela"), _spells("AN", "Jamil")
    (True, True, False)
    """
    if key[0] != word[0]:
        return False
    rest = iter(word[1:].upper())
    return all(letter in rest for letter in key[1:])


def _surname(full: str) -> str:
    """The last word of a name, before a generation's suffix (``Jr.``, ``III``).

    >>> _surname("Robert F. Kennedy Jr."), _surname("Anna Lee"), _surname("Lee")
    ('Kennedy', 'Lee', 'Lee')
    """
    head, _, last = full.rpartition(" ")
    if head and last.rstrip(".").lower() in NAME_SUFFIXES:
        return head.rpartition(" ")[2]
    return last


def _family_first(result: dict[str, str]) -> dict[str, str]:
    """The full names whose labels write the family name first, in capitals (``Mr. IWAYA Takeshi``), by that name
    (case folded); ``""`` where two names share it.

    >>> _family_first({"Mr. IWAYA Takeshi, Minister for Foreign Affairs": "Iwaya Takeshi", "Ann Lee": "Ann Lee"})
    {'iwaya': 'Iwaya Takeshi'}
    """
    found: dict[str, str] = {}
    for name, full in result.items():
        words = name.replace(",", " ").split()
        for word, after in zip(words, words[1:], strict=False):
            if (
                len(word) >= 3
                and word.isupper()
                and word.isalpha()
                and not after.isupper()
                and full.startswith(word[0])
            ):
                if full.casefold().startswith(word.casefold() + " "):
                    key = word.casefold()
                    found[key] = full if found.get(key, full) == full else ""
                break
    return found


def _file_names(fulls: Iterable[str], last_words: dict[str, str], first_words: dict[str, str]) -> None:
    """File each name of several words under its last word and its first (case folded).

    Each word keeps the one name filed under it, or ``""`` once another name is filed there too.
    """
    for full in fulls:
        if " " in full:
            key = full.rpartition(" ")[2]
            key = (_surname(full) if len(key) <= 4 and key.rstrip(".").lower() in NAME_SUFFIXES else key).casefold()
            if last_words.setdefault(key, full) != full:
                last_words[key] = ""
            key = full.partition(" ")[0].casefold()
            if first_words.setdefault(key, full) != full:
                first_words[key] = ""


def _frequent(counts: Counter[str], top: int = 30, least: int = 3) -> list[str]:
    """``[p for p, n in counts.most_common(top) if n >= least]``, sorting only those seen ``least`` times or more."""
    often = [(p, n) for p, n in counts.items() if n >= least]
    often.sort(key=itemgetter(1), reverse=True)  # (stable: equals in first-seen order, as most_common gives them)
    return [p for p, _ in often[:top]]


def _person_noted(note: str, lex: Lexicon) -> str | None:
    """The person a label's note names (``Rishi Sunak``, ``Hon. Ezekiel Machogu``), without their titles, or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_person_noted(n, lexicon()) for n in ["Rishi Sunak", "Hon. Ezekiel Machogu", "retranslated", "Hon. Members"]]
    ['Rishi Sunak', 'Ezekiel Machogu', None, None]
    >>> _person_noted("SHRI ANAND PRAKASH MEHTA", lexicon()), _person_noted("Mr Daniel Lim Kok Seng", lexicon())
    ('Anand Prakash Mehta', 'Daniel Lim Kok Seng')
    >>> _person_noted("Baroness Penn; Con", lexicon()), _person_noted("Lord True", lexicon())
    ('Baroness Penn', 'Lord True')
    >>> _person_noted("Mr Crookall", lexicon()), _person_noted("Hon. Members", lexicon())
    ('Mr Crookall', None)
    >>> _person_noted("People Power Party", lexicon()) is None
    True
    """
    if "; " in note:  # several notes ("Baroness Penn; Con"): the first that names a person
        return next(filter(None, (_person_noted(part, lex) for part in note.split("; "))), None)
    note = without_honorific(note)  # ("Chairman (Tsuruho Yosuke-kun)")
    if PEER_OF.fullmatch(note):
        return note  # a peer by rank, name and place: "Lord Kennedy of Southwark"
    title, person = split_name(note, lex)
    if PERSON_NOTE.fullmatch(note) and not (title and person and note.endswith(person)):
        return note if a_person(note, lex) else None  # (not a party: "KIM MOON-SOO [People Power Party]")
    if title and person and all(w.lower().strip(".") in lex.titles for w in title.split()):
        if PERSON_NOTE.fullmatch(person):
            return person
        if PERSON_WORD.fullmatch(person) and (
            _PEERAGE.fullmatch(title)
            or title.lower() in lex.conversation.get("forms_of_address", ())
            and person.lower().removesuffix("s") not in lex.not_surnames  # (not "Hon. Members")
        ):
            # a peer known by a title and one name ("Baroness Penn", "Lord True"); a member by a form of address and
            # a surname ("The Minister for Infrastructure (Mr Crookall)")
            return f"{title} {person}"
    return None


def noted_person(note: str, lex: Lexicon, given_name: bool = False) -> str | None:
    """The person a role label's note names first, as people write the name, or ``None``.

    The note's first part (before a comma or a second note) is a person's name
    (:func:`_person_noted`), in capitals too, no word of it prose (``NAME NOT GIVEN``);
    with ``given_name``, one name before a comma counts (a caller's: ``LINDA, ELKHART``).

    Args:
        note: a label's note (``Borys Wiśniewski``, ``DANA REYES, DISTRICT DIRECTOR``).
        lex: the vocabularies.
        given_name: whether one name before a comma names the speaker.

    Returns:
        The person's name, or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [noted_person(n, lexicon()) for n in ["Borys Wiśniewski", "DANA REYES, DISTRICT DIRECTOR", "translated",
    ...     "NAME NOT GIVEN", "LINDA, ELKHART", "SPEAKING GERMAN", "Acting Chair", "Fox News"]]
    ['Borys Wiśniewski', 'Dana Reyes', None, None, None, None, None, None]
    >>> noted_person("LINDA, ELKHART", lexicon(), given_name=True), noted_person("ELKHART", lexicon(), given_name=True)
    ('Linda', None)
    >>> noted_person("Peyton Manning", lexicon())  # (a surname may end as a verb's form does)
    'Peyton Manning'
    >>> [noted_person(n, lexicon()) for n in ["Sen. Villaroman", "Mr Hoyle", "Acting Chair", "Deputy Clerk",
    ...     "Senator Ellery"]]
    ['Sen. Villaroman', 'Mr Hoyle', None, None, 'Senator Ellery']
    """
    first, comma, _ = note.split("; ")[0].partition(",")
    first = first.strip()
    if first.isupper():
        first = " ".join(person_case(word) for word in first.split())
    lows = [word.lower() for word in first.split()]
    if (
        len(lows) == 2
        and (
            lows[0][-1:] == "."
            or lows[0] in lex.conversation.get("forms_of_address", ())
            or lows[0] in lex.titles  # "Senator Ellery", "Chairman Kerr"
        )
        and _titled_surname(first, lex)
        and lows[1] not in lex.prose_words
        and lows[1] not in lex.roles
    ):
        return first  # "Sen. Villaroman", "Mr Hoyle": a shortened title or a form of address, and a surname
    if (
        any(low in lex.prose_words or low in lex.starters or low in lex.not_surnames for low in lows)
        or lows[:1]
        and lows[0].endswith("ing")  # ("SPEAKING GERMAN"; not "Peyton Manning")
        or outlet_named(first, lex)
    ):
        return None  # "OFF MIC", "Acting Chair", "Fox News": a note, not a person
    if given_name and comma and PERSON_WORD.fullmatch(first) and not lows[0].endswith(("ed", "ble")):
        return first  # (not "UNIDENTIFIED", "INAUDIBLE")
    return _person_noted(first, lex) if first else None


_PEERAGE = re.compile(r"Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Dame|Sir")


def _titled_surname(name: str, lex: Lexicon) -> str | None:
    """The surname (case folded) of a label that is titles and one surname (``GEN. BROWN``), or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_titled_surname(n, lexicon()) for n in ["GEN. BROWN", "SEC. AUSTIN", "THE PRESIDENT", "LLOYD AUSTIN"]]
    ['brown', 'austin', None, None]
    """
    title, person = split_name(name, lex)
    if title and person and " " not in person and all(w.lower().strip(".") in lex.titles for w in title.split()):
        return person.casefold()
    return None


def _judge(name: str, context: str, lex: Lexicon) -> str | None:
    """The judge a court's label names by surname and office in letters (``GAGELER CJ``: Chief Justice Gageler,
    ``JAGOT J``: Justice Jagot), where the page is a court's (its title or headings name one), or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_judge(n, "HIGH COURT OF AUSTRALIA", lexicon()) for n in ["GAGELER CJ", "Beech-Jones J", "MR WEST"]]
    ['Chief Justice Gageler', 'Justice Beech-Jones', None]
    >>> _judge("SOLDIER J", "Inquiry into the events", lexicon()), _judge("MARY J", "", lexicon())
    (None, None)
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or "ourt" not in context and "OURT" not in context:
        return None
    office = words[-1].lower().strip(".")
    if office not in lex.conversation.get("judicial_suffixes", ()):
        return None
    if not all(PERSON_WORD.fullmatch(person_case(w)) and w.lower() not in lex.not_surnames for w in words[:-1]):
        return None
    person = cased_name(" ".join(words[:-1]))
    return f"{'Chief Justice' if office in ('cj', 'acj', 'dcj') else 'Justice'} {person}"


def _caps_speaker(name: str, context: str, lex: Lexicon) -> str:
    """The speaker of a label in capitals or a title phrase: the person it names, or the title's holder."""
    title, person = split_name(name, lex)
    if person and len(person.split()) >= 2 and not person.isupper():
        return " ".join(without_letters(person.split(), lex))  # (not its letters: "HON LAWRIE HOOPER MHK")
    abbreviations = lex.conversation.get("office_abbreviations", {})
    spoken = " ".join(
        (
            w.lower()
            if k and w.lower() in lex.title_connectors
            else w  # (an office's letters stay capitals: "PM", "SG")
            if w.lower() in abbreviations
            else person_case(w)
        )
        if w.isupper()
        else w
        for k, w in enumerate(name.split())
    )  # "Secretary for Transport and Logistics"
    words = spoken.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and all(w.lower().strip(".") in lex.titles for w in words):
        office = bare_office(" ".join(w.capitalize() if w.islower() else w for w in words), lex)
        holder = office_holder(office, context, lex)  # (not "Hon. Prime Minister": "Prime Minister")
        if holder:
            return holder
        return " ".join(["The", *words]) if spoken.split()[0].lower() == "the" else " ".join(words)
    lead = next((k for k, w in enumerate(words) if w.lower() not in lex.titles), len(words))  # ("Prime Minister")
    if (
        len(words) > lead + 1
        and lead
        and words[lead].lower() in lex.title_connectors
        and all(w.lower() in lex.title_connectors or w[:1].isupper() for w in words[lead + 1 :])
    ):
        # an office and what it is of ("The President of the Republic"): its holder where the page names them
        holder = office_holder(" ".join(words), context, lex)
        if holder:
            return holder
    elif context and len(words) >= 2 and words[-1].lower() in lex.titles and not person:
        # an office of a body ("Board Secretary", "Business Manager"): its holder where the page names them
        holder = office_holder(" ".join(words), context, lex)
        if holder:
            return holder
    return spoken


def _without_letters(person: str, written: str, lex: Lexicon) -> str:
    """A holder's name without the letters in capitals the page writes after it (``Hon Alfred Cannan MHK``)."""
    return " ".join(without_letters(person.split(), lex)) if written.split()[-1].rstrip(",.").isupper() else person


def bare_office(office: str, lex: Lexicon) -> str:
    """An office's words without ``The`` or a form of address before them, as a page names its holder.

    Args:
        office: an office as a label names it (``HON. PRIME MINISTER``, ``Mr. Speaker``).
        lex: the vocabularies (``forms_of_address``).

    Returns:
        The office itself (``PRIME MINISTER``, ``Speaker``); one word is kept. A form of address stays before
        one word that is no presiding office (``HON. MINISTER``: which minister, the page's list cannot say).

    >>> from kit.parsing.lexicon import lexicon
    >>> bare_office("Mr. Speaker", lexicon()), bare_office("The Hon. Prime Minister", lexicon())
    ('Speaker', 'Prime Minister')
    >>> bare_office("HON. MINISTER", lexicon()), bare_office("The Minister", lexicon())
    ('HON. MINISTER', 'Minister')
    """
    words = office.split()
    addressed = lex.conversation.get("forms_of_address", ())
    while len(words) > 1 and words[0].lower() in addressed:
        rest = words[1:]
        if words[0].lower() != "the" and len(rest) == 1 and lex.roles.get(rest[0].lower(), {}).get("role") != "staff":
            break
        words = rest
    return " ".join(words)


def office_holder(title: str, context: str, lex: Lexicon) -> str | None:
    """Whoever holds ``title`` as a document's title, headings or lead name them, or ``None``.

    The title and the name together (``President Biden``: its title too); the name after the
    office's comma or colon (``the President of the Republic, Emmanuel Macron,``), or before it
    (``by Stéphane Dujarric, Spokesman for the Secretary-General``); or the name on a line beside
    the office's in a page's list of who speaks (``Prime Minister / The Hon Anthony Albanese MP``).
    The title must not be part of a longer one (``Vice President Harris`` holds no ``President``),
    and where the page names two holders it names neither.

    Args:
        title: the office, as a label names it without "The" (``Prime Minister``).
        context: the document's title, headings and lead, parted by `` / ``.
        lex: the vocabularies.

    Returns:
        The holder's name (with the title, where the page writes them together), or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> office_holder("Prime Minister", "Transcript / Prime Minister / The Hon Anthony Albanese MP", lexicon())
    'Anthony Albanese'
    >>> office_holder("Spokesman", "Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.", lexicon())
    'Stéphane Dujarric'
    >>> office_holder("President", "Who's who: / THE PRESIDENT — Dana Whitfield, board president", lexicon())
    'Dana Whitfield'
    >>> office_holder("Moderator", "The press conference was moderated by Kim Eun-hye, Senior Secretary.", lexicon())
    'Kim Eun-hye'
    """
    titled = _titled_holder(title, context, lex)
    if titled is not None:
        return titled
    # "the President of the Republic, Emmanuel Macron,", "President: Mr. Ortega Salinas": the holder after a comma,
    # or in a field, by their name, where the page names one such holder (two presidents name neither)
    base = title.removesuffix(" of the Republic")  # ("Questions to the President, Cyril Ramaphosa" names him)
    office = rf"(?<![\w-]){re.escape(base)}(?: of the Republic)?"
    found = set()
    for match in re.finditer(rf"{office}(?:,|:[ \t]+)[ \t]*({_APPOSED})", context):
        before = context[: match.start()].split()
        if before and (before[-1].lower().strip(".,") in lex.titles and before[-1].lower() != "the" or
                       before[-1].lower() in lex.conversation.get("not_holders", ())):  # fmt: skip
            continue  # ("Vice President, Kamala Harris" holds no "President", nor "the former President, ...")
        person = split_name(match.group(1), lex)[1]
        if person and " " in person:
            found.add(_without_letters(person, match.group(1), lex))
    # a page's list of who's who, the office first and a dash: "THE PRESIDENT — Dana Whitfield, board president"
    for match in re.finditer(rf"(?:^| / )(?i:(?:the )?{office})[ \t]+[–—][ \t]+({_APPOSED})", context):
        person = split_name(match.group(1), lex)[1]  # (the office opens its line: not "Remarks by the President — East
        if person and " " in person and a_person(person, lex):  # Room", nor an agenda's "2. Chair — Opening Remarks")
            found.add(person)
    # what the office does, done by its holder: "The press conference was moderated by Kim Eun-hye, ..."
    verb = lex.conversation.get("office_verbs", {}).get(base.lower())
    for match in re.finditer(rf"\b{verb} by ({_APPOSED})", context) if verb else ():
        person = split_name(match.group(1), lex)[1]
        if person and " " in person and a_person(person, lex) and not outlet_named(person, lex):
            found.add(person)  # (not "moderated by Chatham House")
    # "... by Stéphane Dujarric, Spokesman for the Secretary-General": the name before the office's comma (and
    # whose office it is between: "Colleen Ferris, the City's General Manager of Finance")
    for match in re.finditer(
        rf"({_NAMED}),[ \t]+(?i:the[ \t]+)?(?:[A-Z][\w\-]*['’]s[ \t]+)?(?i:{office})(?![\w-])", context
    ):
        person = split_name(match.group(1), lex)[1]
        before = context[max(0, match.start() - 12) : match.start()].split()[-1:]
        if before and before[0].lower() in _PLACE_BEFORE:
            continue  # ("After talks in Downing Street, the Prime Minister took questions": a place)
        if person and " " in person and person.split()[0].lower() not in lex.starters and a_person(person, lex):
            found.add(person)
    if not found and " / " in context:
        # a page's list of who speaks, an office and its holder's name on lines side by side ("Prime Minister /
        # The Hon Anthony Albanese MP / The Hon Chris Bowen MP / Minister for Climate Change and Energy")
        # (the office alone on its line first; else a line that holds it: "Barack Obama / 44th President of the
        # United States: 2009 - 2017")
        items = context.split(" / ")
        folded = title.casefold()
        inside = re.compile(rf"(?<![\w-]){re.escape(folded)}(?![\w-])")
        for exact in (True, False):
            for k, item in enumerate(items):
                held = item.casefold()
                if held.removeprefix("the ") == folded if exact else len(item) <= 80 and _opens_with(held, inside):
                    found |= _beside(items, k, lex)
            if found:
                break
    return next(iter(found)) if len(found) == 1 else None


_PLACE_BEFORE = frozenset("in at on from to near outside inside into across around through".split())


def a_person(name: str, lex: Lexicon) -> bool:
    """Whether capitalised words are a person's name: no title, organisation, place or room, no word that names no one.

    The one test of a name the page gives beside an office, in a title or in a field.

    Args:
        name: two words or more, as a page writes them (``Dana Whitfield``).
        lex: the vocabularies.

    Returns:
        False for a title's or a body's words, a place (``Rose Garden``, ``Chatham House``, ``East Room``) or words
        that open a sentence (``Opening Remarks``); else True.

    >>> from kit.parsing.lexicon import lexicon
    >>> [a_person(n, lexicon()) for n in ["Dana Whitfield", "Rose Garden", "Chatham House", "East Room", "Opening Remarks"]]
    [True, False, False, False, False]
    >>> a_person("Derek Hall", lexicon()), a_person("Anna Park", lexicon())
    (True, True)
    """
    lows = name.lower().split()
    return (
        lex.titles_or_organisations.isdisjoint(lows)
        and lows[0] not in lex.starters
        and lows[-1] not in lex.not_names
        and lows[-1] not in _NOT_SURNAMES
        and tuple(lows) not in lex.place_set
        and not any(" ".join(lows[k:]) in lex.place_set for k in range(1, len(lows)))
    )


# last words of places, rooms and bodies that a page's list may set beside an office (not "Hall", "Park", "Castle":
# surnames too)
_NOT_SURNAMES = frozenset(
    "garden room house street square lawn palace building office centre center road avenue "
    "remarks session address statement briefing".split()
)


def _beside(items: list[str], k: int, lex: Lexicon) -> set[str]:
    """The one person named on a line next to line ``k`` of a page's list, or no one: a line right above or below
    it first, else one past a blank line (an empty item), where neither line beside it names anyone.

    >>> from kit.parsing.lexicon import lexicon
    >>> _beside(["Chris Tang", "Secretary for Security", "", "Lam Sai-hung"], 1, lexicon())
    {'Chris Tang'}
    >>> _beside(["Barack Obama", "", "44th President", "", "Remarks at a Town Hall"], 2, lexicon())
    {'Barack Obama'}
    >>> _beside(["Ann Lee, Permanent Representative of Chile", "Chair of the Council", "Tom Roe, Ambassador"], 1,
    ...     lexicon())
    {'Ann Lee'}
    >>> _beside(["Chair", "Ann Lee, Permanent Representative of Chile", "Vice Chair", "Tom Roe, Ambassador"], 2,
    ...     lexicon())
    {'Tom Roe'}
    """
    for reach in (1, 2):
        beside = {_listed_name(items[j], lex) for j in (k - reach, k + reach) if 0 <= j < len(items)} - {None}
        if reach == 1 and len(beside) == 2 and all(_entry(items[j], lex) for j in (k - 1, k + 1)):
            # a second office under a whole entry: its own line's; but where offices head their entries ("Chair" /
            # "Ambassador A, ..." / "Vice Chair" / "Ambassador B, ..."), the entry below
            heads = k >= 2 and _office_line(items[k - 2], lex)
            return {_listed_name(items[k + 1 if heads else k - 1], lex)}
        if beside or reach == 1 and any(items[j] for j in (k - 1, k + 1) if 0 <= j < len(items)):
            return beside if len(beside) == 1 else set()
    return set()


def _office_line(item: str, lex: Lexicon) -> bool:
    """Whether a line of a page's list is an office alone, no one named (``Vice Chair``, ``Rapporteur``)."""
    words = item.split()
    return 1 <= len(words) <= 6 and words[-1].lower() in lex.titles and _listed_name(item, lex) is None


def _entry(item: str, lex: Lexicon) -> bool:
    """Whether a line of a page's list is a whole entry, a name and its office after a comma (``Ambassador Ernesto
    Pichardo Lora, Permanent Representative of the Dominican Republic``): an office alone on the line below one such
    line, above another, is the first's ("Chair of the Permanent Council").
    """
    office = item.partition(",")[2].split()
    return bool(office) and office[0].lower().strip(".") in lex.titles and _listed_name(item, lex) is not None


def _opens_with(item: str, office: re.Pattern[str]) -> bool:
    """Whether a line of a page's list opens with an office, after a rank perhaps (``44th President of the United
    States: 2009 - 2017``; not ``Remarks by the President on Infrastructure``).
    """
    found = office.search(item)
    return found is not None and re.fullmatch(r"(?:the |\d{1,3}(?:st|nd|rd|th) )?", item[: found.start()]) is not None


def _listed_name(item: str, lex: Lexicon) -> str | None:
    """The person a line of a page's list names (``The Hon Anthony Albanese MP``: Anthony Albanese), or ``None``.

    >>> from kit.parsing.lexicon import lexicon
    >>> [_listed_name(t, lexicon()) for t in ["The Hon Anthony Albanese MP", "Friday 15 March 2024", "Prime Minister"]]
    ['Anthony Albanese', None, None]
    >>> _listed_name("THE HONOURABLE CHRIS TANG PING-KEUNG, GBS, PDSM, JP", lexicon())
    'Chris Tang Ping-Keung'
    """
    item = item.split(",", 1)[0]  # ("THE HONOURABLE CHRIS TANG PING-KEUNG, GBS, PDSM, JP": the letters after it)
    if item.isupper():
        item = " ".join(map(person_case, item.split()))
    words = without_honours(item.split(), lex)
    if not 2 <= len(words) <= 4 or not all(PERSON_WORD.fullmatch(w) for w in words):
        return None
    lows = [w.lower() for w in words]
    if any(w in lex.titles_or_organisations or w in lex.starters or w in lex.not_names for w in lows):
        return None
    return " ".join(words) if a_person(" ".join(words), lex) else None


def _titled_holder(title: str, context: str, lex: Lexicon) -> str | None:
    """Whoever holds ``title`` as the page writes them together, or ``None``: the full name after the title (``Prime
    Minister of Japan Fumio Kishida``: Fumio Kishida), or the title and a surname (``President Biden``), in capitals
    too (``DEPUTY PRESIDENT CARRUTHERS``: Deputy President Carruthers).

    >>> from kit.parsing.lexicon import lexicon
    >>> _titled_holder("Deputy President", "TRANSCRIPT OF PROCEEDINGS / DEPUTY PRESIDENT CARRUTHERS / U2025", lexicon())
    'Deputy President Carruthers'
    >>> _titled_holder("President", "REMARKS BY THE PRESIDENT BEFORE MARINE ONE DEPARTURE / South Lawn", lexicon())
    """
    pattern = rf"(?<![\w-]){re.escape(title)}((?: [A-Z][\w'’\-]+){{1,3}})"
    if title.upper() in context:  # (and as a header writes it, the title and the name a line of their own:
        # "DEPUTY PRESIDENT CARRUTHERS"; not "REMARKS BY THE PRESIDENT BEFORE MARINE ONE DEPARTURE")
        pattern += rf"|(?:^|(?<=\n)|(?<= / )){re.escape(title.upper())}((?: [A-Z][A-Z'’\-]+){{1,3}})(?=$|\n| / )"
    for found in re.finditer(pattern, context):
        before = context[: found.start()].split()
        if before and before[-1].lower().strip(".,") in lex.titles and before[-1].lower() != "the":
            continue
        if before and before[-1].lower() in lex.conversation.get("not_holders", ()):
            continue  # ("former President Jacob Zuma" holds it no longer)
        if not context[found.start() : found.start() + 1].isupper():
            continue
        names = []
        for word in (found.group(1) or cased_name(found.group(2))).split():
            if word.lower() in lex.title_connectors or word.lower() in lex.titles:
                break
            names.append(word)
        if names and names[-1][-2:] in ("'s", "’s"):
            continue  # (one the holder owns: "Mayor Olivia Chow's budget chief")
        if len(names) == 2:  # a full name: the person ("Prime Minister of Japan Fumio Kishida": Fumio Kishida)
            return " ".join(names)
        if names:  # a surname, with its title ("President Biden"); in a title in title case, more than two
            return f"{title} {names[0]}"  # capitalised words run on past the name
    return None


# A name after an office's comma or colon: a form of address perhaps, then two or three capitalised words, then the
# end of the phrase ("Cyril Ramaphosa", "Mr. Ortega Salinas . . . (Ecuador)", "Emmanuel Macron, to France 2").
_APPOSED = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Mme|M)\.? )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}(?=[,.;:)(]| \.|[ \t]*$| / | to | and | in )"
)


# A name of two or three capitalised words, as a page writes it before an office's comma ("Stéphane Dujarric")
_NAMED = r"(?<![\w'’\-])[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}"


_INITIALLED = re.compile(r"((?:[A-Z]\.){1,3}) ?([A-Z][a-z'’\-]+)")  # "I.B. Seruiratu", "R.A. Lalabalavu"


def _initialled_name(initials: str, surname: str, context: str) -> str | None:
    """The one full name in ``context`` with ``surname`` whose first names open with ``initials``, or ``None``.

    >>> _initialled_name("R.A.", "Lalabalavu", "Ratu Naiqama Tawake Lalabalavu, Speaker / Dr. Ratu Atonio Rabici "
    ...     "Lalabalavu, Minister for Health")
    'Ratu Atonio Rabici Lalabalavu'
    >>> _initialled_name("I.B.", "Seruiratu", "Honourable Inia Batikoto Seruiratu, Leader of the Opposition")
    'Inia Batikoto Seruiratu'
    """
    letters = initials.replace(".", "")
    found = set()
    for words in _name_runs(context).get(surname, ()):
        # (the longest run of its last words whose initials open with those: not "Honourable")
        start = next((k for k in range(len(words)) if "".join(w[0] for w in words[k:]).startswith(letters)), None)
        if start is not None and len(words) - start >= len(letters):
            found.add(" ".join([*words[start:], surname]))
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=8)
def _name_runs(context: str) -> dict[str, list[list[str]]]:
    """The runs of capitalised words in a page's title, headings and lead, by their last word: each run's words
    before it (read once per page, for every label of initials and a surname)."""
    runs: dict[str, list[list[str]]] = {}
    for run in _RUN.findall(context):
        *given, last = run.split()
        runs.setdefault(last, []).append(given)
    return runs


_RUN = re.compile(r"(?:[A-Z][a-z'’\-]+ ){1,5}[A-Z][a-z'’\-]+\b")


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter added, dropped, changed, or two swapped.

    A number is never a typo: ``Speaker 3`` is not ``Speaker 1``.
    """
    if a == b or abs(len(a) - len(b)) > 1 or len(b) < 8 or a[:1] != b[:1]:
        return a == b
    if [c for c in a if c.isdigit()] != [c for c in b if c.isdigit()]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


# --- journalists' self-introductions -------------------------------------------------

_WORD = PERSON_WORD.pattern
_PERSON = rf"(?P<name>{_WORD}(?: {_WORD}){{1,2}})"  # ("Courtney McBride", "Aoife O'Malley")
_OUTLET = (
    r"(?P<outlet>[A-Z0-9][\w&'’\-]*(?:\.[a-z]{2,3})?"
    r"(?: (?:of |the |and |& )?[A-Z0-9][\w&'’\-]*(?:\.[a-z]{2,3})?){0,5})"
)


class _Introductions(NamedTuple):
    """The patterns of an introduction: a name and an outlet, "I am from" an outlet, an outlet alone, one name and
    an outlet, and a name alone after a form of address ("Mr. President, Rick Alvarez. I own ...")."""

    intro: re.Pattern[str]
    from_outlet: re.Pattern[str]
    outlet_only: re.Pattern[str]
    surname: re.Pattern[str]
    alone: re.Pattern[str]


def _introductions(lex: Lexicon) -> _Introductions:
    """The introduction patterns, built once per lexicon from its greetings, self-introductions and kinds of outlet."""
    found = lex.compiled.get("introductions")
    if found is None:
        # Greetings before the name ("Hi, ", "Good afternoon, Mr President. ").
        # (and a form of address and an office: "Mr. Mayor, Marcia Kramer, CBS 2.", "Madam Speaker, ...")
        greeting = rf"(?:(?:{alternatives(lex.greetings)}|{_ADDRESSED})[,.!]?\s+)*"
        # What may follow an outlet's name: "Kommersant newspaper", "Govorit Moskva [This is ...] radio station".
        kind = rf"(?:\s*\[[^\]]{{0,80}}\])?(?:\s+(?:{alternatives(lex.outlet_kinds)}))?"
        found = lex.compiled["introductions"] = _Introductions(
            re.compile(
                rf"{greeting}(?:(?:{alternatives(lex.self_names)})\s+)?{_PERSON}"
                rf"(?:,\s*(?:from\s+|with\s+)?|\s+from\s+|\s+with\s+|\s+of\s+)(?:[Tt]he\s+|THE\s+)?{_OUTLET}{kind}\s*(?:[.!]|$)"
            ),  # (and a comma before "from": "Isabel Mendoza, from Radio Fórmula.")
            re.compile(
                rf"{greeting}(?:{alternatives(lex.self_outlets)}) (?:from|with) (?:the )?{_OUTLET}{kind}\s*[.!,]"
            ),
            re.compile(rf"{greeting}{_OUTLET}{kind}\s*[.!]"),
            # one name, as a press club's members give it: "I am Ogawa from Jiji Press.", "Watanabe of NHK."
            re.compile(
                rf"{greeting}(?P<said>(?:{alternatives(lex.self_names)})\s+)?(?P<name>[A-Z][a-z'’\-]{{2,}})"
                rf"\s+(?:from|of|with)\s+(?:[Tt]he\s+)?{_OUTLET}{kind}\s*[.!]"
            ),
            # a name alone after a form of address, then the asker's own words: "Mr. President, Rick Alvarez. I own"
            re.compile(rf"(?:{_ADDRESSED})[,.!]?\s+(?!I['’]m\b){_PERSON}\.\s+(?=I\b|I['’]m\b|My\b)"),
        )
    return found  # type: ignore[return-value]


_ADDRESSED = r"(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?"
_HAND_REACH = 300  # the characters of a moderator's turn read for whom it hands the floor to
# a journalist and their outlet, as a moderator names them: "Richard Zussman with Global News", "Rob Shaw, CHEK"
_HANDED = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?: {_WORD}){{1,2}})(?:,\s*|\s+from\s+|\s+with\s+|\s+of\s+|\s+at\s+)"
    r"(?:[Tt]he\s+)?(?P<outlet>[A-Z0-9][\w&'’\-]*(?: (?:of |the |and |& )?[A-Z0-9][\w&'’\-]*){0,4})"
)  # "Mr. Mayor", "Madam Prime Minister"
_INTRO_MARK = re.compile(r"[,.!]| (?:from|with|of) ")
_STARTS = re.compile(r"(?:^|\n|(?<=[.!?])\s+)(?=[A-Z])")


def introduction(text: str, lex: Lexicon | None = None, called: str | None = None) -> tuple[str | None, str | None]:
    """Return the (journalist, outlet) that a question's opening words name.

    The introduction may open the turn or follow a first line or sentence
    (``Thank you, Mr Peskov.\\nDarya Knorre, Govorit Moskva radio station.``).

    Args:
        text: a turn's text.
        lex: the vocabularies.
        called: the surname the moderator has just called (``Then, Ms. Sato, please.``), which makes one
            surname before any outlet an introduction (``Sato of the Mainichi Shimbun.``).

    Returns:
        ``(name, outlet)``; either may be ``None``.

    >>> introduction("Hi, Matthew Chance from CNN. Thank you very much.")
    ('Matthew Chance', 'CNN')
    >>> introduction("Pavel Zarubin, VGTRK. I wanted to continue.")
    ('Pavel Zarubin', 'VGTRK')
    >>> introduction("Strictly speaking, 15.\\nAndrei Kolesnikov, Kommersant newspaper.\\nMr President?")
    ('Andrei Kolesnikov', 'Kommersant')
    >>> introduction("RIA Novosti. Mr President, what next?")
    (None, 'RIA Novosti')
    >>> introduction("Deutsche Presse-Agentur. Mr President, what next?")
    (None, 'Deutsche Presse-Agentur')
    >>> introduction("Mr President, Donald Trump, during the campaign, said so.")
    (None, None)
    >>> introduction("Mr. Mayor, Marcia Kramer, CBS 2. A man was shot."), introduction("Hi, Katie Honan with THE CITY.")
    (('Marcia Kramer', 'CBS 2'), ('Katie Honan', 'CITY'))
    >>> introduction("I am Ogawa from Jiji Press. Prime Minister,"), introduction("Watanabe of NHK. You mentioned it.")
    (('Ogawa', 'Jiji Press'), ('Watanabe', 'NHK'))
    >>> introduction("Greetings from Paris. Mr President,"), introduction("Thanks from all of us.")
    ((None, None), (None, None))
    >>> introduction("Sato of the Mainichi Shimbun. Prime Minister,", called="Sato")
    ('Sato', 'Mainichi Shimbun')
    >>> introduction("Mr. President, Rick Alvarez. I own a small business."), introduction("Mr. President, Vladimir Putin.")
    (('Rick Alvarez', None), (None, None))
    >>> introduction("Mr. President, I'm Mexican American. My parents came here.")
    (None, None)
    >>> introduction("Good morning, Presidenta. Isabel Mendoza, from Radio Fórmula. On the medicines: who?")
    ('Isabel Mendoza', 'Radio Fórmula')
    """
    head = text[:400]
    if len(head) < 3 or " " not in head.strip() or not _INTRO_MARK.search(head):
        return None, None  # an introduction, and what follows it, needs two words and a comma, stop or "from"
    lex = lex or lexicon()
    patterns = _introductions(lex)
    found = patterns.from_outlet.match(head) or patterns.outlet_only.match(head)
    outlet_only = (
        found.group("outlet") if found and _looks_like_outlet(found.group("outlet"), lex, named=False) else None
    )
    for start in _starts(head):
        found = patterns.intro.match(head, start)
        if found and not _is_title(found.group("name"), lex):
            outlet = found.group("outlet")
            if _looks_like_outlet(outlet, lex, named=True):
                return found.group("name"), lex.outlets.get(outlet.lower(), outlet)
        found = patterns.surname.match(head, start)
        if (
            found
            and found.group("name").lower() not in lex.starters
            and found.group("name").lower() not in lex.titles
            and (
                found.group("said")
                and _looks_like_outlet(found.group("outlet"), lex, named=True)
                or found.group("outlet").lower() in lex.outlets
                or found.group("name") == called
            )  # fmt: skip
        ):  # (said after "I am", or before a known outlet: "Watanabe of NHK", not "Staying with NATO.")
            outlet = found.group("outlet")
            return found.group("name"), lex.outlets.get(outlet.lower(), outlet)
        if start == 0 and outlet_only:
            return None, lex.outlets.get(outlet_only.lower(), outlet_only)
    alone = patterns.alone.match(head)
    if alone and not _is_title(alone.group("name"), lex) and a_person(alone.group("name"), lex):
        return alone.group("name"), None
    return None, None


def handed_to(text: str, lex: Lexicon | None = None) -> tuple[str | None, str | None]:
    """The one journalist and outlet a moderator's turn hands the floor to (``First question is from Richard Zussman
    with Global News.``, ``Next up, Katie DeRosa with CBC.``), or ``(None, None)`` where it names none or several.

    Args:
        text: a turn that gives the floor.
        lex: the vocabularies.

    Returns:
        ``(name, outlet)``, or ``(None, None)``.

    >>> handed_to("Thank you. First question is from Richard Zussman with Global News.")
    ('Richard Zussman', 'Global News')
    >>> handed_to("Anna Lee from CNN, then Tom Berg from the BBC."), handed_to("Thank you, Premier.")
    ((None, None), (None, None))

    Or a name alone that ends the turn (``Last question today, Rob Shaw.``, ``We'll take our last question from
    Jim Trotter.``), not one it thanks (``Thank you, Rob Shaw.``):

    >>> handed_to("Last question today, Rob Shaw."), handed_to("Thanks, Rob Shaw."), handed_to("We go to Ms. Ann Lee.")
    (('Rob Shaw', None), (None, None), (None, None))
    >>> handed_to("Let's go to Jane Doe."), handed_to("First question is from Ann Lee, and after that, Bo Chan.")
    (('Jane Doe', None), (None, None))
    """
    lex = lex or lexicon()
    found = {
        (m.group("name"), m.group("outlet"))
        for m in _HANDED.finditer(text[:_HAND_REACH])
        if not _is_title(m.group("name"), lex) and _looks_like_outlet(m.group("outlet"), lex, named=True)
    }
    if not found:
        return _called_last(text, lex), None
    if len(found) != 1:
        return None, None
    name, outlet = next(iter(found))
    return name, lex.outlets.get(outlet.lower(), outlet)


def _called_last(text: str, lex: Lexicon) -> str | None:
    """The person a moderator's last sentence calls by name alone, or ``None``: the sentence is the name, or it
    speaks of a question or of giving the floor (``Last question today, Rob Shaw.``, ``We'll start in the front with
    Judy Battista.``); not one it introduces by office (``... joined by the Minister of Health, Adrian Dix.``) or one
    the caller is on the air with (``You are on the air with Doug Ford.``).
    """
    last = _LAST_SENTENCE.search(text[-_HAND_REACH:].rstrip())
    if last is None or _THANKS.match(last.group(0)):
        return None
    sentence = last.group(0)
    found = _CALLED_LAST.search(sentence)
    if found is None or _is_title(found.group("name"), lex) or not a_person(found.group("name"), lex):
        return None
    before = sentence[: found.start("name")]
    # the clause that names them must give the floor ("Go ahead, you are live with Doug Ford." does not), name no
    # office, put no one later or earlier ("... and after that, Peter Doocy.", "that last question was from Rob
    # Shaw."), speak to no one who has the floor ("that's your two questions, Rob Shaw.", "I'm your moderator today,
    # Amy Chan.") and name no one else ("from Kaitlan Collins, and after that, Peter Doocy.")
    clause = before.rstrip(" ,") if found.group(0)[:1] == "," else before.rpartition(",")[2]
    if before.strip(" ,") and (
        not _FLOOR_CUE.search(clause)
        or any(w[:1].isupper() and w.lower().strip(",.") in lex.titles for w in before.split()[1:])
        or _NOT_NOW.search(sentence)
        or _PERSON_BEFORE.search(before)
    ):
        return None
    return found.group("name")


# words that put a hand-over later or earlier than now, or speak to someone who has the floor already
_NOT_NOW = re.compile(
    r"(?i:\b(?:then|after|afterwards|later|was|were|had|been|can|could|would|should|your|you|I'm|I am|my|meeting|wrap)\b)"
)
_PERSON_BEFORE = re.compile(r"\b[A-Z][a-z'’\-]+ [A-Z][a-z'’\-]+\b(?=.*\S)")  # a name before the one called


# what a sentence that gives the floor by a name speaks of: a question, or where to start or go next
_FLOOR_CUE = re.compile(r"(?i:\b(?:question|questions|start|begin|take|go|next|first|last|floor)\b)")
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)[^.!?]+[.!]?$")
_THANKS = re.compile(r"(?i:thank|thanks|welcome|good (?:morning|afternoon|evening)|hello|hi)\b")
# a name that ends the sentence, after a comma or "from", "with", "to": "Last question today, Rob Shaw.", "We'll start
# in the front with Judy Battista."; or the sentence is the name alone ("Mike Florio.")
_CALLED_LAST = re.compile(
    rf"(?:^|,\s+|\b(?:from|with|(?:go|going|come|turn|over) to)\s+)(?P<name>{_WORD}(?: {_WORD}){{1,2}})[.!]?$"
)


def self_named(name: str, text: str) -> str | None:
    """The outlet a speaker labelled by one word names, with that word, as a turn opens; or ``None``.

    Args:
        name: a one-word label's name (``Sidhant``).
        text: the words of the turn.

    Returns:
        The outlet (``WION``), or ``None`` where the words do not open with the name and an outlet.

    >>> self_named("Sidhant", "Sir, Sidhant from WION. On the Maldives, what next?")
    'WION'
    >>> self_named("Anna", "I'm Anna, Reuters. Why?"), self_named("Russia", "Russia, from 2014, has")
    ('Reuters', None)
    """
    if not name.isalpha():
        return None
    head = text[:120]
    at = head.find(name)
    if at < 0 or at and head[at - 2 : at] not in _BEFORE_NAME:
        return None
    found = _OWN_NAME.match(head, at + len(name))
    return found.group(1) if found else None


_OWN_NAME = re.compile(r"(?:,| from| with) (?:the )?([A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,3})[.,!?]")
_BEFORE_NAME = frozenset({", ", ". ", "! ", "s ", "m "})  # "Sir, Sidhant ...", "This is Sidhant ...", "I'm ..."


def _starts(head: str) -> list[int]:
    """Where an introduction may begin: the start, and the next two lines or sentences."""
    if "\n" not in head and ". " not in head and "! " not in head and "? " not in head:
        return [0]
    later = [m.end() for m in _STARTS.finditer(head) if m.end() > 0][:2]
    return [0, *later]


def _is_title(name: str, lex: Lexicon) -> bool:
    return name.split()[0].lower() in lex.titles


def _looks_like_outlet(outlet: str, lex: Lexicon, named: bool) -> bool:
    """A known outlet, an acronym, or (after a person's name) a short capitalised name; no place ("North Korea")."""
    if outlet.lower() in lex.outlets:
        return True
    if tuple(outlet.lower().split()) in lex.place_set:
        return False
    words = outlet.split()
    if words[0].lower() in lex.titles or words[0].lower() in lex.starters:
        return False
    if any(re.fullmatch(r"[A-Z]{2,6}", w) for w in words):
        return True
    if named:
        return len(words) <= 4
    # Named alone ("Deutsche Presse-Agentur."): an outlet when it reads like one.
    return 2 <= len(words) <= 5 and any("-" in w or w.lower() in lex.organisations for w in words)
