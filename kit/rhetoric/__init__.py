"""How answers argue: rhetorical devices, sentence by sentence, each flag with its cue.

An analysis module (frame -> new frame). A *detector proposes, the student judges*: every
flag comes with the cue that raised it, so a student can see why a sentence was flagged
and decide whether the flag is right (see :func:`sample` and :func:`precision_recall`).

Devices (``data/rhetoric_cues.csv``, one cue a row, with its source):

* ``question_in_answer``: a sentence ending in ``?`` inside an official's answer or
  statement (a question the speaker asks, usually rhetorical: "Who is the killer?");
* ``hedge`` and ``booster``: Hyland's (2005) metadiscourse markers of doubt and certainty;
* ``enumeration``: "This is the first point", "Second, ...";
* ``direct_address``: "Listen,", "Look,", "You see";
* ``appeal_to_law``: law, the Minsk Agreements, Article 9, the Constitution;
* ``numbers``: a figure used as evidence (10 inquiries, 45, 5 million; years are not);
* ``counter_accusation``: tu quoque, "what about you" (Guantanamo, CIA prisons, drones);
* ``person_i``, ``person_we``, ``person_you``, ``person_they``: person deixis, as counts.

Instructors edit the CSV (columns ``device, cue, match, source``; ``match`` is ``phrase``
for words matched case-insensitively at word boundaries, or ``regex``); the kit re-reads
it whenever it changes.

The package has three modules: :mod:`kit.rhetoric.devices` (the cues, the matches and
the flags), :mod:`kit.rhetoric.labelling` (a blind sample and the detector's precision
and recall against a student's labels) and :mod:`kit.rhetoric.evasion` (sub-questions
and the evasion key). Every name is re-exported here: ``kit.rhetoric.flag_devices(...)``.
"""

from kit.rhetoric.devices import CUED, DEVICES, PERSONS, cue_notes, flag_devices, load_cues, matches, summary
from kit.rhetoric.evasion import EVASION_CODES, load_evasion_key, subquestions
from kit.rhetoric.labelling import precision_recall, sample

__all__ = [
    "DEVICES",
    "CUED",
    "PERSONS",
    "load_cues",
    "matches",
    "cue_notes",
    "flag_devices",
    "summary",
    "sample",
    "precision_recall",
    "subquestions",
    "load_evasion_key",
    "EVASION_CODES",
]
