"""The columns of every frame the kit builds: names, dtypes and meanings, defined once.

Every frame has a ``source`` column (the file, link or label it was read from). Ids
(``doc_id``, ``turn_id``, ``exchange_id``, ``sentence_id``) are numbered across all the
sources of a corpus; line numbers (``line``, ``first_line``, ``last_line``) count within
the row's source. ``errors`` lists the sources :func:`kit.read_corpus` skipped.

:mod:`kit.frames` builds the frames from these definitions, the tests check every frame
against them, and :func:`describe` shows them to a student.

The roles and kinds that decide who asks and who answers are defined here too, once:
:data:`ASKING_ROLES` and :data:`ASKING_KINDS` on one side of an exchange,
:data:`ANSWERING_ROLES` and :data:`ANSWERING_KINDS` on the other (:func:`answering`).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "Column",
    "SCHEMA",
    "FRAMES",
    "columns",
    "IDS",
    "id_columns",
    "describe",
    "ASKING_ROLES",
    "ANSWERING_ROLES",
    "ASKING_KINDS",
    "ANSWERING_KINDS",
    "asking",
    "answering",
    "require",
    "MissingColumnError",
]

#: The frames of a corpus, in the order they are listed and written (``errors`` apart: what could not be read).
FRAMES = ("documents", "turns", "exchanges", "sentences", "lines")
#: Roles whose turns ask: a journalist (a news conference, a briefing), an interviewer (an
#: interview, a podcast, a debate's moderator), a member (an MP at question time, a committee
#: member or its counsel at a hearing, a judge at a court argument), or an audience member
#: (a caller, a participant in a meeting).
ASKING_ROLES = ("journalist", "interviewer", "member", "audience")
#: Roles whose turns answer: an official (a principal, a minister), a guest (an interviewee,
#: a debate's candidate), a witness (at a hearing, or counsel arguing a case), and staff (who
#: give the floor: a moderator, a Speaker, a press secretary handing over).
ANSWERING_ROLES = ("official", "guest", "witness", "staff")
#: Kinds of the turns on the asking side of an exchange: a question opens one, a follow-up
#: asks again within it, a remark asks nothing.
ASKING_KINDS = ("question", "follow_up", "remark")
#: Kinds of the turns that reply: an answer inside an exchange, a statement outside one.
ANSWERING_KINDS = ("answer", "statement")


class Column(NamedTuple):
    name: str
    dtype: str
    meaning: str


SCHEMA: dict[str, tuple[Column, ...]] = {
    "documents": (
        Column("doc_id", "int64", "document number, 1-based, in source order across the corpus"),
        Column("title", "str", "title line, front-matter title, or the lead when there is no title"),
        Column("title_source", "str", "where the title came from: title line, front matter, blog header, lead, heading, body"),
        Column("start", "datetime64[us]", "date and time from the dateline (local time)"),
        Column("end", "datetime64[us]", "closing time, when the transcript gives one"),
        Column("place", "str", "place from the dateline"),
        Column("event", "str", "the kind of event: news_conference, joint_press_conference, briefing, interview, debate, question_time, hearing (a court argument too), town_hall (a Direct Line too) or meeting"),
        Column("event_source", "str", "how the kind of event was decided: given (by the instructor), title, opening (the event a host welcomes all to as it opens), labels (Q labels, a Speaker) or structure (who asks and who answers)"),
        Column("first_line", "int64", "first line of the document (in its source, as every line number)"),
        Column("last_line", "int64", "last line of the document"),
        Column("n_turns", "int64", "number of speaker turns"),
        Column("n_words", "int64", "words spoken in the document"),
        Column("source", "str", "the file (or label) the document was read from"),
    ),
    "turns": (
        Column("turn_id", "int64", "turn number, 1-based, in source order across the corpus"),
        Column("doc_id", "int64", "the document the turn belongs to"),
        Column("exchange_id", "Int64", "the question-and-answer exchange, missing outside one"),
        Column("speaker", "str", "canonical speaker: a person's name without titles, or 'Unnamed journalist'"),
        Column("speaker_label", "str", "the label as written, without the bracketed note"),
        Column("speaker_title", "str", "the title the label gives before the name ('Minister of Finance'), if any"),
        Column("label_note", "str", "what the label had in brackets, such as 'retranslated'"),
        Column("label_shape", "str", "how the label stands in its line: colon (Name:), q (Q), stop (Mr. NAME.), caps_stop (CHAIR POWELL.), titled_stop (Mr Julien Daumas.), caps_dash (MR. PRESIDENT –), titled_dash (President Lula —), dash (President. –), bracket ((Reporter)), own_line (a name alone on its line), voice (a caption's voice tag or speaker mark), screen (a meeting's screen name as its owner typed it, after a time or opening a caption's cues), chat (a chat log's <nick>), initials (TAG   Thank you: initials and a wide gap, as a speaker key names them), marked (○Chairman (Name), a record's mark and a wide space, as the Japanese Diet's minutes print them), soundbite (a news agency's shotlist: 00:00:14 SOUNDBITE (in English) by Name, what they are: ...), asked (a printed question's member: 1. Ms Bradshaw asked the Minister ...) bold (a question set in bold, and its answer: no label printed) or implied (no label printed, nor bold: a line that only asks, and the line after it that answers, on a Q&A page that prints its questions without labels)"),
        Column("speaker_source", "str", "how the speaker is known: label, introduction (named in the question), inferred (the questioner asking again), byline (a print interview's writer), field (the host a header names)"),
        Column("role", "str", "asking: journalist, interviewer, member or audience; answering: official, guest, witness or staff (see the kit.schema roles)"),
        Column("role_source", "str", "how the role was decided: label, introduction (names an outlet), moderator (gives the floor, or spoke after one gave it), position (asked and the principal answered, or sits with the members), asks or answers (what the speaker's turns do), given (by the instructor)"),
        Column("affiliation", "str", "a journalist's outlet (CNN, VGTRK, RT, ...)"),
        Column("kind", "str", "question (opens an exchange), follow_up (asks again within one), remark (asks nothing), answer, statement or interjection"),
        Column("time", "str", "the time mark of the label or caption cue, as written ('00:00:36', '20:00:00'), if any"),
        Column("text", "str", "the turn's lines joined by newlines, label removed, otherwise verbatim"),
        Column("first_line", "int64", "line of the label"),
        Column("last_line", "int64", "last line of the turn"),
        Column("n_words", "int64", "number of words in text"),
        Column("duplicate_of", "Int64", "turn_id of the first copy when this turn repeats it"),
        Column("source", "str", "the file, link or label the turn was read from"),
    ),
    "exchanges": (
        Column("exchange_id", "int64", "exchange number, 1-based, across the corpus"),
        Column("doc_id", "int64", "the document"),
        Column("questioner", "str", "speaker of the opening question"),
        Column("affiliation", "str", "the questioner's outlet"),
        Column("question", "str", "the asking turns of the exchange (questions and remarks), joined"),
        Column("answer", "str", "everyone else's turns of the exchange, joined"),
        Column("answered_by", "str", "who answered, joined by '; '"),
        Column("first_line", "int64", "first line of the exchange"),
        Column("last_line", "int64", "last line of the exchange"),
        Column("n_turns", "int64", "number of turns"),
        Column("question_words", "int64", "words in question"),
        Column("answer_words", "int64", "words in answer"),
        Column("duplicate_of", "Int64", "exchange_id of the first copy when this exchange repeats it"),
        Column("source", "str", "the file, link or label the exchange was read from"),
    ),
    "sentences": (
        Column("sentence_id", "int64", "sentence number, 1-based, across the corpus"),
        Column("turn_id", "int64", "the turn"),
        Column("doc_id", "int64", "the document"),
        Column("exchange_id", "Int64", "the exchange, missing outside one"),
        Column("speaker", "str", "the turn's speaker"),
        Column("role", "str", "the turn's role"),
        Column("turn_kind", "str", "the turn's kind"),
        Column("position", "int64", "1 for a turn's first sentence, 2 for the next, ..."),
        Column("line", "int64", "line the sentence starts on"),
        Column("text", "str", "the sentence, white space collapsed"),
        Column("n_words", "int64", "number of words"),
        Column("is_question", "bool", "ends with a question mark"),
        Column("source", "str", "the file, link or label the sentence was read from"),
    ),
    "lines": (
        Column("line", "int64", "line number within its source, 1-based, every line of the source in order"),
        Column("text", "str", "the line verbatim, without line ending or BOM"),
        Column("kind", "str", "speech, blank, title, dateline, lead, body, narration, heading, separator, caption, residue, editorial, stage, blog_header, blog_footer, front_matter, cue (a caption file's header, cue number or timing line, or a recording's time alone on a line)"),
        Column("doc_id", "Int64", "the document, missing for the blog's footer"),
        Column("turn_id", "Int64", "the turn, missing outside turns"),
        Column("not_label", "str", "for a line that looks like a speaker label but was not taken as one, why; missing otherwise"),
        Column("source", "str", "the file, link or label the line was read from (line numbers count within it)"),
    ),
    "errors": (
        Column("source", "str", "a file, folder, pattern or link that could not be read, and was skipped"),
        Column("line", "Int64", "the line of the problem, when it is on one line"),
        Column("problem", "str", "what is wrong, in plain words"),
    ),
}  # fmt: skip


#: Each id column and the frame whose rows it numbers (``duplicate_of`` numbers rows of its own frame).
IDS = {"doc_id": "documents", "turn_id": "turns", "exchange_id": "exchanges", "sentence_id": "sentences"}


def id_columns(frame: str) -> dict[str, str]:
    """The id columns of a frame and the frame whose rows each one numbers.

    Joining corpora moves every such id on by the rows of that frame before it.

    Args:
        frame: a frame's name in :data:`SCHEMA`.

    Returns:
        ``{column: frame it numbers}``, in column order.

    >>> id_columns("exchanges")
    {'exchange_id': 'exchanges', 'doc_id': 'documents', 'duplicate_of': 'exchanges'}
    """
    names = columns(frame)
    return {c: frame if c == "duplicate_of" else IDS[c] for c in names if c in IDS or c == "duplicate_of"}


def columns(frame: str) -> list[str]:
    """Column names of a frame, in order.

    Args:
        frame: a frame's name in :data:`SCHEMA` (``"turns"``, ``"sentences"``, ...).

    Returns:
        The column names.

    >>> columns("sentences")[:3]
    ['sentence_id', 'turn_id', 'doc_id']
    """
    return [c.name for c in SCHEMA[frame]]


def describe(frame: str):
    """A DataFrame that explains each column of ``frame`` (name, dtype, meaning).

    Args:
        frame: a frame's name in :data:`SCHEMA`.

    Returns:
        A new frame: ``column, dtype, meaning``, one row per column.

    >>> describe("lines").loc[0, "meaning"]
    'line number within its source, 1-based, every line of the source in order'
    """
    import pandas as pd

    return pd.DataFrame(SCHEMA[frame], columns=["column", "dtype", "meaning"])


class MissingColumnError(KeyError, ValueError):
    """A frame lacks a column an analysis needs; the message says which, and which columns the frame has.

    A ``KeyError`` (what pandas raises for a missing column) and a ``ValueError`` (what the
    kit raises for a value it cannot use), shown as a sentence rather than a quoted key.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def require(frame, *needed: str | tuple[str, ...], by: str) -> None:
    """Check that ``frame`` has the columns an analysis needs, or say which one is missing and what the frame has.

    Every analysis calls it first, so that a frame without a column it reads gets a
    sentence naming the column, the frame's own columns and, for a column of the kit's
    frames, which of them has it, instead of pandas' bare ``KeyError: 'text'``.

    Args:
        frame: the frame the analysis was given.
        needed: the columns it reads; a tuple where any one of its columns will do
            (``("line", "first_line")``).
        by: the analysis as a user calls it (``"kit.kwic"``), named in the message.

    Raises:
        MissingColumnError: a column is missing (the first one, in the order given).

    >>> import pandas as pd
    >>> require(pd.DataFrame({"speaker": ["A"], "n_words": [3]}), "speaker", "text", by="kit.kwic")
    Traceback (most recent call last):
    ...
    kit.schema.MissingColumnError: kit.kwic needs the column "text", which this frame does not have. The frame has these columns: "speaker", "n_words". "text" is a column of corpus.turns, corpus.sentences and corpus.lines.
    """
    have = set(frame.columns)
    for wanted in needed:
        options = (wanted,) if isinstance(wanted, str) else tuple(wanted)
        if have.intersection(options):
            continue
        named = " or ".join(f'"{name}"' for name in options)
        columns = ", ".join(f'"{name}"' for name in frame.columns) or "none"
        message = (
            f"{by} needs the column {named}, which this frame does not have. The frame has these columns: {columns}."
        )
        frames = [f"corpus.{name}" for name in FRAMES if options[0] in {c.name for c in SCHEMA[name]}]
        if frames:
            listed = frames[0] if len(frames) == 1 else ", ".join(frames[:-1]) + " and " + frames[-1]
            message += f' "{options[0]}" is a column of {listed}.'
        raise MissingColumnError(message)


def asking(frame):
    """Which rows are said on the asking side: by a journalist, an interviewer, a member or the audience (:data:`ASKING_ROLES`).

    Args:
        frame: a frame with ``role`` (turns or sentences).

    Returns:
        A boolean Series aligned with ``frame``.

    >>> import pandas as pd
    >>> asking(pd.DataFrame({"role": ["official", "journalist", "audience"]})).tolist()
    [False, True, True]
    """
    return frame["role"].isin(ASKING_ROLES)


def answering(frame, kind: str = "turn_kind"):
    """Which rows are said on the answering side: an official's or staff's answer or statement.

    The one statement of the answering rule (:data:`ANSWERING_ROLES` speaking in
    :data:`ANSWERING_KINDS`), for turns (``kind="kind"``) or sentences (``"turn_kind"``).

    Args:
        frame: a frame with ``role`` and the ``kind`` column.
        kind: the column that holds the turn's kind.

    Returns:
        A boolean Series aligned with ``frame``.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"role": ["official", "journalist", "official"],
    ...                      "turn_kind": ["answer", "question", "interjection"]})
    >>> answering(rows).tolist()
    [True, False, False]
    """
    return frame["role"].isin(ANSWERING_ROLES) & frame[kind].isin(ANSWERING_KINDS)
