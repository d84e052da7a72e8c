"""Last pass of the parser: who each speaker is, what part they play, and the exchanges.

A label such as ``Question:`` says the role outright. A name does not, so the role of a
named speaker is read from the conversation, one document at a time, and the way it was
decided is kept in ``role_source``:

* ``label``: the label says it (``Question:``, a title such as ``Minister of Defence`` or
  ``Direct line programme host``); a named speaker with no sign of asking is an official;
* ``introduction``: the speaker names an outlet (``Andrei Kolesnikov, Kommersant.``);
* ``moderator``: the speaker speaks first right after a moderator gave the floor
  (``Dmitry Peskov: Life News.``);
* ``position``: the speaker asks (a ``?``) and the document's principal (who speaks the
  most) answers next.

A speaker who asks is a journalist at a press event (a news conference, an interview, a
briefing: words from ``data/speakers.toml``), or when they name an outlet or speak all
through the document (a programme host), otherwise an audience member (a caller in a Direct Line, a participant
in a meeting). A moderator is staff; the turns in which they give the floor are
interjections outside any exchange. An exchange opens with each new question: a
``Question:`` turn, or a turn by an asker who is not the one asking now.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from kit.parsing.labels import split_name
from kit.parsing.lexicon import Lexicon
from kit.parsing.names import canonical_names, introduction
from kit.parsing.records import UNNAMED_AUDIENCE, UNNAMED_JOURNALIST, Document, Exchange, Turn
from kit.schema import ANSWERING_KINDS, ANSWERING_ROLES, ASKING_ROLES
from kit.words import phrase_pattern

__all__ = ["assign_speakers"]
_FLOOR_WORDS = 40  # a turn that gives the floor is short


def assign_speakers(turns: list[Turn], documents: list[Document], lex: Lexicon) -> list[Exchange]:
    """Fill each turn's speaker, title, role, kind and exchange; return the exchanges.

    Args:
        turns: the source's turns with their text (changed in place).
        documents: the source's documents, with titles.
        lex: the vocabularies.

    Returns:
        The exchanges, numbered from 1 in source order.

    >>> from kit.parsing import parse_lines
    >>> parsed = parse_lines(["Dmitry Peskov: Go ahead, please.",
    ...     "Pavel Zarubin: Good afternoon. Pavel Zarubin, Rossiya TV. Why?",
    ...     "Vladimir Putin: Because we agreed on it, and we will keep our word."])
    >>> [(t.speaker, t.role, t.role_source, t.kind) for t in parsed.turns][:2]
    [('Dmitry Peskov', 'staff', 'moderator', 'interjection'), ('Pavel Zarubin', 'journalist', 'introduction', 'question')]
    """
    titles = {t.label.name: documents[t.doc_id - 1].title or "" for t in turns if t.doc_id}
    names = canonical_names([t.label for t in turns], titles, lex)
    for turn in turns:
        label = turn.label
        if label.style == "role":
            info = lex.roles[label.key]
            turn.role, turn.kind = info["role"], info["kind"]
            if turn.role not in ASKING_ROLES:
                turn.speaker = label.name[:1].upper() + label.name[1:].lower()
        else:
            turn.speaker = names.get(label.name, label.name)
            turn.speaker_title = split_name(label.name, lex)[0] if label.style == "name" else None
    by_doc: dict[int, list[Turn]] = defaultdict(list)
    for turn in turns:
        by_doc[turn.doc_id].append(turn)
    exchanges: list[Exchange] = []
    for doc_id, doc_turns in by_doc.items():
        title = documents[doc_id - 1].title if doc_id else None
        sizes = [len(t.text.split()) for t in doc_turns]
        words: Counter[str] = Counter()
        for turn, size in zip(doc_turns, sizes, strict=True):
            if turn.label.style != "role":
                words[turn.speaker] += size
        # The principal speaks the most words (the first of equals: a Counter keeps order).
        principal = max(words, key=words.__getitem__) if words else None
        floor = [
            _gives_floor(turn, doc_turns[k + 1] if k + 1 < len(doc_turns) else None, principal, size, lex)
            for k, (turn, size) in enumerate(zip(doc_turns, sizes, strict=True))
        ]
        _roles(doc_turns, floor, principal, len(words), title or "", lex)
        _exchanges(doc_turns, floor, principal, doc_id, exchanges, lex)
    return exchanges


def _has(phrases: tuple[str, ...], text: str) -> bool:
    return phrase_pattern(phrases).search(text) is not None


def _gives_floor(turn: Turn, after: Turn | None, principal: str | None, words: int, lex: Lexicon) -> bool:
    """A short turn (of ``words`` words) that hands the floor to someone else."""
    if words > _FLOOR_WORDS or after is None or after.speaker in (principal, turn.speaker):
        return False
    return words <= 8 or _has(lex.conversation.get("floor_phrases", ()), turn.text)


def _roles(
    turns: list[Turn], floor: list[bool], principal: str | None, speakers: int, doc_title: str, lex: Lexicon
) -> None:
    """Decide the role of every named speaker of one document."""
    conv = lex.conversation
    named = [t for t in turns if t.label.style != "role"]
    if not named:
        return
    # One pass: each named speaker's title, turns, floor-giving turns, first and last turn.
    title_of: dict[str, str] = {}
    all_turns: Counter[str] = Counter()
    floor_turns: Counter[str] = Counter()
    first_at: dict[str, int] = {}
    last_at: dict[str, int] = {}
    for k, (turn, gives) in enumerate(zip(turns, floor, strict=True)):
        speaker = turn.speaker
        if turn.label.style != "role":
            if turn.speaker_title and speaker not in title_of:
                title_of[speaker] = turn.speaker_title
            all_turns[speaker] += 1
            if gives:
                floor_turns[speaker] += 1
            if speaker not in first_at:
                first_at[speaker] = k
            last_at[speaker] = k
    press = _has(conv.get("press_events", ()), doc_title)
    in_title = doc_title.casefold()
    decided: dict[str, tuple[str, str]] = {}
    for speaker in all_turns:
        title = title_of.get(speaker, "")
        if speaker == principal:
            decided[speaker] = ("official", "label")
        elif title and _has(conv.get("host_titles", ()), title):
            decided[speaker] = ("staff", "label")
        elif title and _has(conv.get("journalist_titles", ()), title):
            decided[speaker] = ("journalist", "label")
        elif title:
            decided[speaker] = ("official", "label")
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
    for k, turn in enumerate(turns):
        speaker = turn.speaker
        if turn.label.style != "role" and speaker not in decided and speaker not in evidence:
            name, outlet = (None, None) if speaker in introduced else introduction(turn.text, lex)
            introduced.add(speaker)
            after = turns[k + 1] if k + 1 < len(turns) else None
            if outlet and (name is None or name.split()[-1] in speaker):
                evidence[speaker] = "introduction"
                turn.affiliation = outlet
            elif previous is not None and previous.speaker in moderators and previous.label.style != "role":
                evidence[speaker] = "moderator"
            elif "?" in turn.text and after is not None and after.speaker == principal:
                evidence[speaker] = "position"
        previous = turn
    for speaker, source in evidence.items():
        if source != "introduction" and (two_people or speaker.casefold() in in_title):
            continue  # the other side of a two-person meeting, or its named guest
        # How much of the document the speaker's turns span: a host asks all through it, a caller once.
        spread = (last_at[speaker] - first_at[speaker]) / len(turns)
        journalist = press or source == "introduction" or spread >= 0.3
        decided[speaker] = ("journalist" if journalist else "audience", source)
    for turn in named:
        turn.role, turn.role_source = decided.get(turn.speaker, ("official", "label"))
    _share_affiliations(named)


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
    turns: list[Turn], floor: list[bool], principal: str | None, doc_id: int, exchanges: list[Exchange], lex: Lexicon
) -> None:
    """Set kinds, name unnamed journalists, and group one document's turns into exchanges."""
    current: Exchange | None = None
    asker: str | None = None
    for k, turn in enumerate(turns):
        after = turns[k + 1] if k + 1 < len(turns) else None
        labelled = turn.label.style == "role"
        if turn.role in ASKING_ROLES:
            if labelled:
                new = turn.kind == "question" or current is None
            else:
                new = current is None or asker != turn.speaker
                turn.kind = "question" if new else "remark"
            if new:
                current = Exchange(len(exchanges) + 1, doc_id)
                exchanges.append(current)
                asker = None
            if labelled:
                _name_asker(turn, current, lex)
            asker = asker or turn.speaker
        elif turn.role == "staff" and not labelled:
            if turn.role_source == "moderator" or floor[k]:
                turn.kind = "interjection"
                if floor[k]:
                    current, asker = None, None
                    continue
            elif "?" in turn.text and after is not None and after.speaker == principal:
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


def _name_asker(turn: Turn, current: Exchange, lex: Lexicon) -> None:
    """Name the journalist of a ``Question:``/``Remark:`` turn from their introduction."""
    name, outlet = introduction(turn.text, lex)
    opener = current.turns[0] if current.turns else None
    if name:
        turn.speaker, turn.speaker_source = name, "introduction"
    elif turn.kind == "remark" and opener is not None and opener.role == "journalist":
        turn.speaker, turn.speaker_source = opener.speaker, "inferred"
        outlet = outlet or opener.affiliation
    elif turn.role == "audience":
        turn.speaker = UNNAMED_AUDIENCE
    else:
        turn.speaker = UNNAMED_JOURNALIST
    turn.affiliation = outlet
