"""Duplicated passages: find copies, compare two copies, measure what a copy does to the counts.

An analysis package (frame -> new frame), one module per job:

- :mod:`kit.duplicates.find`: which turns or exchanges are copies (:func:`find`, in any
  source), every pair's similarity (:func:`similarities`, :func:`ranked_pairs`, :func:`flag_pairs`) and the
  copies a corpus marks (:func:`copy_list`);
- :mod:`kit.duplicates.collation`: two copies aligned token by token
  (:func:`collate`, :func:`collate_turns`) and their differences labelled and counted
  (:func:`classify`, :func:`count_differences`);
- :mod:`kit.duplicates.effect`: statistics with and without the later copies
  (:func:`measure_effect`).

The blog copy of the Geneva transcript holds the VGTRK question and answer twice: once
with the blogger's reading marks, once clean. Who made each mark is :mod:`kit.marks`.
"""

from kit.duplicates.collation import DIFFERENCES, classify, collate, collate_turns, count_differences
from kit.duplicates.effect import CODED, MEASURES, measure_effect
from kit.duplicates.find import METHOD, METHODS, copy_list, find, flag_pairs, ranked_pairs, similarities, texts_of

__all__ = [
    "METHOD",
    "METHODS",
    "texts_of",
    "find",
    "similarities",
    "ranked_pairs",
    "flag_pairs",
    "copy_list",
    "DIFFERENCES",
    "collate",
    "collate_turns",
    "classify",
    "count_differences",
    "MEASURES",
    "CODED",
    "measure_effect",
]
