"""What a kind of answer is made of (:class:`Kind`), and what sealing a key needs (:class:`Sealing`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from kit.classroom.lookups import lookup, wrap

__all__ = ["Kind", "Sealing"]


@dataclass(frozen=True)
class Sealing:
    """What sealing one course's keys needs: the salt, the secret, and the evasion key (if any)."""

    salt: str
    secret: bytes
    evasion: pd.DataFrame | None = None

    def lookups(self, exercise: str, band: str, tokens: list[str]) -> list[str]:
        """The lookups of ``tokens`` for an exercise's band, sorted (their order says nothing).

        Args:
            exercise: the exercise's id.
            band: what they are looked up for (``"item"``, ``"code"``, ``"mistake0"``...).
            tokens: the tokens.

        Returns:
            The lookups.
        """
        return sorted(lookup(self.salt, exercise, band, t) for t in tokens)

    def wraps(self, exercise: str, rights: list[str], key: bytes) -> dict[str, str]:
        """The explanation's key wrapped under each right token, keyed by the token's lookup.

        Args:
            exercise: the exercise's id.
            rights: the tokens of the right answers.
            key: the key the explanation is sealed under.

        Returns:
            ``{lookup: wrapped key}``.
        """
        return {lookup(self.salt, exercise, "right", t): wrap(self.salt, exercise, t, key) for t in rights}


#: (entry, answer, data) -> (status, detail)
Check = Callable[[dict, object, object], tuple[str, str]]


@dataclass(frozen=True)
class Kind:
    """One kind of answer: the fields it needs, its check, its sealing, its sealed check, its form, its grade.

    ``check`` judges with the plain key; ``matches`` says whether an answer is a likely
    mistake. For a formative exercise, ``seal`` adds the sealed key to the student set's
    entry and returns the tokens of the right answers, ``seal_mistake`` the lookups of a
    mistake, ``judge_sealed`` checks against them (status, detail, the right token) and
    ``sealed_matches`` finds a sealed mistake. For a summative one, ``form_fields`` adds
    what checking an answer's form needs and ``form`` checks it. ``grade`` is the check
    the gradebook uses (by default ``check``). A kind with no ``check`` is not checked
    (a written answer is saved for the instructor).
    """

    name: str
    fields: tuple[str, ...]
    check: Check | None = None
    matches: Callable[[dict, dict, object], bool] | None = None
    seal: Callable[[dict, dict, Sealing], list[str]] | None = None
    seal_mistake: Callable[[dict, str, dict, Sealing, dict], dict] | None = None
    judge_sealed: Callable[[dict, object, object], tuple[str, str, str | None]] | None = None
    sealed_matches: Callable[[dict, str, dict, object], bool] | None = None
    form: Callable[[dict, object], None] | None = None
    form_fields: Callable[[dict, Sealing], dict] | None = None
    grade: Check | None = None

    def graded(self, entry: dict, answer: object, data: object) -> tuple[str, str]:
        """The status and detail the gradebook gives an answer (its ``grade``, else its ``check``).

        Args:
            entry: the exercise, with the plain key.
            answer: the answer.
            data: the labelled frame, if any.

        Returns:
            ``(status, detail)``.
        """
        return (self.grade or self.check)(entry, answer, data)  # type: ignore[misc]
