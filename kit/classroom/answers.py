"""A student's answer, read and said in words: is it a number, a text, a list, a coding?

The checks (:mod:`kit.classroom.marking` with the plain keys, :mod:`kit.classroom.keys`
with the sealed ones) take an answer apart with the ``as_...`` readers here. An answer of
the wrong type or shape raises :class:`WrongForm`, whose message says in words what it is
instead (``True`` for a count, ``"4"`` in quotes, a whole table, a number too large to be
a count...), and a check reports it as wrong with that message.
"""

from __future__ import annotations

import math
import numbers
import reprlib

import pandas as pd

from kit.words import plural

__all__ = [
    "LARGEST",
    "WrongForm",
    "unanswered",
    "echo",
    "describe_answer",
    "normalise_answer",
    "as_number",
    "as_text",
    "as_items",
    "as_codes",
]

#: The largest number a check takes seriously: nothing in a transcript counts this high.
LARGEST = 1e12

_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxset = _SHORT.maxdict = 6


class WrongForm(Exception):
    """An answer of the wrong type or shape; the message says so in words."""


def unanswered(answer: object) -> bool:
    """Whether an answer is still the stub's: ``None``, ``...`` or an empty text or collection.

    Args:
        answer: the student's answer.

    Returns:
        True if nothing has been answered yet (a table, even an empty one, is an answer).

    >>> unanswered(None), unanswered(""), unanswered([]), unanswered(0)
    (True, True, True, False)
    """
    if answer is None or answer is Ellipsis:
        return True
    if isinstance(answer, (pd.DataFrame, pd.Series)):
        return False
    return isinstance(answer, (str, dict, list, set, tuple, frozenset)) and not answer


def echo(value: object) -> str:
    """A value as the student wrote it, cut short if long.

    Args:
        value: any answer.

    Returns:
        Its ``repr``, shortened (a long text to its first 40 characters and its length; a
        huge whole number to its number of digits).

    >>> echo("x" * 10_000_000)[-37:]
    "xxxx…' (10,000,000 characters in all)"
    >>> echo(3)
    '3'
    """
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:40] + "…") + f" ({len(value):,} characters in all)"
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and abs(int(value)) > LARGEST:
        return f"a number of {len(str(abs(int(value)))):,} digits"
    return _SHORT.repr(value)


def describe_answer(value: object) -> str:
    """What a value is, in words, for an answer of the wrong type.

    Args:
        value: any answer.

    Returns:
        A phrase such as ``"a whole table (3 rows; columns a, b)"`` or ``"the number 4"``.

    >>> describe_answer([1, 2]), describe_answer(4)
    ('a list of 2 items', 'the number 4')
    """
    if isinstance(value, pd.DataFrame):
        columns = ", ".join(map(str, value.columns[:5])) + (", ..." if len(value.columns) > 5 else "")
        return f"a whole table ({plural(len(value), 'row')}; columns {columns})"
    if isinstance(value, pd.Series):
        return f"a column of {plural(len(value), 'value')}"
    if isinstance(value, dict):
        return f"a dict of {plural(len(value), 'item')}"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a {type(value).__name__} of {plural(len(value), 'item')}"
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return f"the number {echo(value)}"
    return f"{echo(value)}, of type {type(value).__name__}"


def normalise_answer(value: object) -> str:
    """A text as checks compare it: case folded, underscores as spaces, runs of spaces as one.

    Args:
        value: a text (anything else is turned into one).

    Returns:
        The normalised text.

    >>> normalise_answer("  Clear_Reply ")
    'clear reply'
    """
    return " ".join(str(value).casefold().replace("_", " ").split())


def as_number(value: object, whole: bool = False) -> float:
    """A number from an answer, or :class:`WrongForm` saying in words what is wrong with it.

    Args:
        value: the student's answer.
        whole: whether the answer is a count (a fraction is then wrong in form).

    Returns:
        The number, as a float.

    >>> as_number(3), as_number(0.25)
    (3.0, 0.25)
    >>> as_number("4")
    Traceback (most recent call last):
    ...
    kit.classroom.answers.WrongForm: '4' is text (it is in quotes): write the number without quotes.
    """
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        advice = ": count with len() or .sum() and give the count" if whole else ""
        raise WrongForm(f"{value} is a yes/no value, not a number{advice}.")
    if isinstance(value, str):
        try:
            float(value.replace(",", ""))
        except ValueError:
            raise WrongForm(f"{echo(value)} is text, not a number: give a number, without quotes.") from None
        raise WrongForm(f"{echo(value)} is text (it is in quotes): write the number without quotes.")
    if isinstance(value, (pd.Series, list, tuple)) and len(value) == 1:
        raise WrongForm(f"That is {describe_answer(value)}: give the value itself (for a column, .item()).")
    if isinstance(value, (pd.DataFrame, pd.Series, dict, list, tuple, set, frozenset)):
        raise WrongForm(
            f"That is {describe_answer(value)}, not one number: count its rows with len(), or sum a column."
        )
    if isinstance(value, numbers.Integral):
        if abs(int(value)) > LARGEST:
            raise WrongForm(f"That is {echo(value)}: far too large to be the answer. Check what you computed.")
        return float(int(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            raise WrongForm("That is nan (not a number): a division by zero, or a selection that came out empty?")
        if math.isinf(number) or abs(number) > LARGEST:
            raise WrongForm(f"That is {number}: far too large to be the answer. Check what you computed.")
        if whole and not number.is_integer():
            raise WrongForm(f"{number:g} is not a whole number, and this answer is a count or a number of something.")
        return number
    raise WrongForm(f"That is {describe_answer(value)}, not a number.")


def as_text(answer: object) -> str:
    """The answer as a text, or :class:`WrongForm` saying in words what it is instead.

    Args:
        answer: the student's answer.

    Returns:
        The text, unchanged.
    """
    if not isinstance(answer, str):
        if isinstance(answer, (pd.Series, list, tuple)) and len(answer) == 1 and isinstance(list(answer)[0], str):
            raise WrongForm(f"That is {describe_answer(answer)}: give the text itself (for a column, .item()).")
        raise WrongForm(f"That is {describe_answer(answer)}; the answer is a text, in quotes.")
    return answer


def as_items(answer: object) -> list:
    """The items of a list answer, or :class:`WrongForm` saying in words what it is instead.

    Args:
        answer: the student's answer: a list, tuple, set, column or array.

    Returns:
        Its items, as a list.
    """
    if isinstance(answer, str):
        raise WrongForm('Give a list of items, e.g. ["a", "b"], not a single text.')
    if isinstance(answer, pd.DataFrame):
        raise WrongForm(
            f'That is {describe_answer(answer)}: give a list of the items, e.g. sorted(set(frame["column"].dropna())).'
        )
    if isinstance(answer, dict):
        raise WrongForm(f"That is {describe_answer(answer)}: give a list of the items.")
    if isinstance(answer, (list, tuple, set, frozenset, pd.Series, pd.Index)) or type(answer).__name__ == "ndarray":
        return list(answer)  # type: ignore[arg-type]
    raise WrongForm(f'That is {describe_answer(answer)}: give a list of items, e.g. ["a", "b"].')


def as_codes(answer: object, numbers_asked: list[int]) -> dict[int, str]:
    """A student's evasion coding as ``{number: code}``, or :class:`WrongForm` in words.

    Args:
        answer: the student's answer, a dict ``{sub-question number: code}``.
        numbers_asked: the sub-question numbers of the exchange, in order.

    Returns:
        The coding, with whole-number keys and stripped codes.

    >>> as_codes({"1": " clear reply "}, [1, 2])
    {1: 'clear reply'}
    """
    from kit.rhetoric import EVASION_CODES

    if not isinstance(answer, dict):
        raise WrongForm(
            f'That is {describe_answer(answer)}: give a dict {{sub-question number: code}}, e.g. {{1: "clear reply"}}.'
        )
    coded = {}
    for number, code in answer.items():
        whole = isinstance(number, numbers.Integral) or (isinstance(number, str) and number.strip().isdigit())
        if isinstance(number, bool) or not whole:
            raise WrongForm(f"{echo(number)} is not a sub-question number: the keys are 1, 2, 3...")
        if int(number) not in numbers_asked:
            raise WrongForm(
                f"There is no sub-question {int(number)}: they are numbered {numbers_asked[0]} to {numbers_asked[-1]}."
            )
        if not isinstance(code, str) or code.strip() not in EVASION_CODES:
            raise WrongForm(f"Codes must be {', '.join(EVASION_CODES)}; sub-question {int(number)} has {echo(code)}.")
        coded[int(number)] = code.strip()
    return coded
