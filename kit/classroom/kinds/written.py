"""Written answers: a text the student writes, saved for the instructor to read and grade with a rubric.

Nothing checks it: ``kit.exercises.respond`` saves it (and says when it is shorter than
``min_words`` or longer than ``max_words``); the gradebook lists it with its rubric and
reads back the score the instructor enters. A student set keeps its prompt, word limits
and rubric, and never its ``model`` answer.
"""

from __future__ import annotations

from kit.classroom.kinds.base import Kind

__all__ = ["KIND"]

KIND = Kind("written", ("prompt", "rubric"))
