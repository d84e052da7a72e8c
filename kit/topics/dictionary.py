"""The topic dictionary as a data file: read it, show it, write it, compile it.

Part of :mod:`kit.topics` (the analyses over sentences are :mod:`kit.topics.analyses`). A topic
dictionary maps each topic to phrases (``data/topics.toml``): :func:`load_dictionary` reads the
file (or one of your own), :func:`full_form` accepts it or a plain ``{topic: [phrases]}``,
:func:`describe_topics` shows it as a table, :func:`to_toml` writes it back in the file's format and
:func:`compile_dictionary` turns it into one pattern per topic.
"""

from __future__ import annotations

import re
import tomllib
from os import PathLike
from pathlib import Path

import pandas as pd

from kit._files import read_data
from kit.words import matchable, phrase_pattern

__all__ = [
    "load_dictionary",
    "full_form",
    "add_phrase",
    "remove_phrase",
    "describe_topics",
    "to_toml",
    "compile_dictionary",
]


def _label(topic: str) -> str:
    """A topic's label when the dictionary gives none: ``trade_economy`` -> ``Trade economy``."""
    return topic.replace("_", " ").capitalize()


def _read(path: Path) -> dict[str, dict]:
    with open(path, "rb") as file:
        table = tomllib.load(file)
    for topic, entry in table.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("phrases"), list):
            raise ValueError(f"topic {topic!r} needs a list of phrases")
        entry.setdefault("label", _label(topic))
        entry.setdefault("source", "")
    return table


def load_dictionary(path: str | PathLike[str] | None = None) -> dict[str, dict]:
    """The topic dictionary: ``{topic: {"label": ..., "phrases": [...], "source": ...}}``.

    Args:
        path: a TOML file of your own; by default ``data/topics.toml``. The file is
            re-read whenever it changes.

    Returns:
        A new dictionary (the caller may change it): topic -> ``label``, ``phrases``, ``source``.

    Raises:
        DataFileError: the file is missing, is not TOML, or a topic has no list of phrases.

    >>> load_dictionary()["arctic"]["phrases"][:2]
    ['Arctic', 'Northern Sea Route']
    """
    table = read_data(path, "topics.toml", _read)
    return {topic: {**entry, "phrases": list(entry["phrases"])} for topic, entry in table.items()}


def full_form(dictionary: dict | None = None) -> dict[str, dict]:
    """A dictionary in its full form, ``{topic: {"label", "phrases", "source"}}``, as a new copy.

    Accepts what :func:`load_dictionary` returns or a plain ``{topic: [phrases]}``;
    ``None`` means the kit's dictionary. Every function here reads dictionaries through it.

    Args:
        dictionary: a full or plain dictionary, or ``None``.

    Returns:
        A new dictionary in the full form.

    >>> full_form({"space": ["orbit*"]})
    {'space': {'label': 'Space', 'phrases': ['orbit*'], 'source': ''}}
    """
    dictionary = load_dictionary() if dictionary is None else dictionary
    return {
        topic: {"label": _label(topic), "source": "", **entry, "phrases": list(entry["phrases"])}
        if isinstance(entry, dict)
        else {"label": _label(topic), "phrases": list(entry), "source": ""}
        for topic, entry in dictionary.items()
    }


def add_phrase(dictionary: dict, topic: str, phrase: str) -> dict[str, dict]:
    """A copy of ``dictionary`` with ``phrase`` added to ``topic`` (spaces tidied; not twice, not empty).

    Args:
        dictionary: a full or plain dictionary (not changed).
        topic: one of its topics.
        phrase: the phrase as typed: ``sanctions``, ``cyber*``.

    Returns:
        A new dictionary in the full form (:func:`full_form`).

    >>> add_phrase({"space": ["orbit*"]}, "space", "  launch   pad ")["space"]["phrases"]
    ['orbit*', 'launch pad']
    """
    edited = full_form(dictionary)
    phrase = " ".join(phrase.split())
    if phrase and phrase not in edited[topic]["phrases"]:
        edited[topic]["phrases"].append(phrase)
    return edited


def remove_phrase(dictionary: dict, topic: str, phrase: str) -> dict[str, dict]:
    """A copy of ``dictionary`` without ``phrase`` in ``topic`` (unchanged if it is not there).

    Args:
        dictionary: a full or plain dictionary (not changed).
        topic: one of its topics.
        phrase: one of the topic's phrases.

    Returns:
        A new dictionary in the full form (:func:`full_form`).

    >>> remove_phrase({"space": ["orbit*", "launch"]}, "space", "launch")["space"]["phrases"]
    ['orbit*']
    """
    edited = full_form(dictionary)
    if phrase in edited[topic]["phrases"]:
        edited[topic]["phrases"].remove(phrase)
    return edited


def describe_topics(dictionary: dict | None = None) -> pd.DataFrame:
    """The dictionary as a table: ``topic, label, phrases`` (joined by ``", "``) and ``source``.

    Args:
        dictionary: a topic dictionary; ``None`` means the kit's.

    Returns:
        A new frame, one row per topic.

    >>> describe_topics().set_index("topic").loc["arctic", "label"]
    'The Arctic'
    """
    rows = [(t, e["label"], ", ".join(e["phrases"]), e["source"]) for t, e in full_form(dictionary).items()]
    return pd.DataFrame(rows, columns=["topic", "label", "phrases", "source"])


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# What a TOML basic string may not hold as it is: the quote, the backslash, control characters.
_TOML_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def _toml_string(text: str) -> str:
    r"""``text`` as a TOML basic string: ``\``, ``"`` and control characters escaped.

    >>> print(_toml_string('say "hi"\tC:\\ \x07'))
    "say \"hi\"\u0009C:\\ \u0007"
    """
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise ValueError(f"{text!r} holds a lone surrogate, which TOML cannot hold")

    def escape(found: re.Match[str]) -> str:
        ch = found.group()
        return "\\" + ch if ch in '"\\' else f"\\u{ord(ch):04X}"

    return '"' + _TOML_ESCAPE.sub(escape, text) + '"'


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def to_toml(dictionary: dict | None = None, source: str = "") -> str:
    r"""Write a topic dictionary as TOML, in the format of ``data/topics.toml``.

    Every string is escaped as the TOML specification requires (``\``, ``"``, and
    control characters as ``\uXXXX``), so ``tomllib.loads`` reads back exactly the
    dictionary written, whatever its phrases hold.

    Args:
        dictionary: a topic dictionary (full or plain form, see :func:`full_form`);
            ``None`` means the kit's.
        source: the source written for a topic that has none.

    Returns:
        The TOML text: one table per topic with ``label``, ``source`` and ``phrases``.

    Raises:
        ValueError: a string holds a lone surrogate, which TOML cannot hold.

    >>> print(to_toml({"space": ["orbit*", 'the "final" frontier']}, source="mine"))
    [space]
    label = "Space"
    source = "mine"
    phrases = ["orbit*", "the \"final\" frontier"]
    <BLANKLINE>
    """
    parts = []
    for topic, entry in full_form(dictionary).items():
        phrases = ", ".join(map(_toml_string, entry["phrases"]))
        parts.append(
            f"[{_toml_key(topic)}]\nlabel = {_toml_string(entry['label'])}\n"
            f"source = {_toml_string(entry['source'] or source)}\nphrases = [{phrases}]\n"
        )
    return "\n".join(parts)


def compile_dictionary(dictionary: dict[str, dict] | dict[str, list[str]]) -> dict[str, re.Pattern]:
    """One case-insensitive pattern per topic; ``*`` ends a word with any ending.

    Accepts the full form of :func:`load_dictionary` or a plain ``{topic: [phrases]}``.

    Args:
        dictionary: a topic dictionary, full or plain.

    Returns:
        topic -> pattern (:func:`kit.words.phrase_pattern` with ``wildcard=True``), for
        every topic with at least one phrase of letters or digits.

    >>> compile_dictionary({"cyber": ["cyber*"]})["cyber"].findall("Cyberattacks in cyberspace")
    ['Cyberattacks', 'cyberspace']

    A phrase with no letters or digits (``"*"``, ``"--"``) is ignored: it would match
    every sentence.

    >>> compile_dictionary({"noise": ["*", "--"]})
    {}
    """
    return {
        topic: phrase_pattern(entry["phrases"], wildcard=True)
        for topic, entry in full_form(dictionary).items()
        if any(map(matchable, entry["phrases"]))
    }
