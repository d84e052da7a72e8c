"""What a press conference covers: topics found by a dictionary of phrases.

An analysis package (frame -> new frame), one module per job:

- :mod:`kit.topics.dictionary`: the topic dictionary as a data file (``data/topics.toml``):
  read it (:func:`load_dictionary`), accept a plain ``{topic: [phrases]}`` (:func:`full_form`),
  edit it (:func:`add_phrase`, :func:`remove_phrase`),
  show it as a table (:func:`describe_topics`), write it as TOML (:func:`to_toml`) and compile it
  into one pattern per topic (:func:`compile_dictionary`);
- :mod:`kit.topics.analyses`: the analyses over sentences: which topics each sentence
  mentions (:func:`tag`), sentences and words per topic per group (:func:`coverage`), what
  was announced, asked and answered (:func:`agenda`), and what an answer brings in that
  its question did not raise (:func:`introduced`).

Every name is re-exported here, so the notebooks write ``kit.topics.coverage(...)``.
"""

from kit.topics.analyses import agenda, coverage, introduced, tag
from kit.topics.dictionary import (
    add_phrase,
    compile_dictionary,
    describe_topics,
    full_form,
    load_dictionary,
    remove_phrase,
    to_toml,
)

__all__ = [
    "load_dictionary",
    "full_form",
    "add_phrase",
    "remove_phrase",
    "describe_topics",
    "to_toml",
    "compile_dictionary",
    "tag",
    "coverage",
    "agenda",
    "introduced",
]
