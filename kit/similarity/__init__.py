"""Find near-duplicate texts without comparing every pair.

Used by :mod:`kit.columns` to fill ``duplicate_of`` and by :func:`kit.duplicates.find`.

Texts are normalised first: case folded, punctuation and the blogger's reading marks
such as ``(``, ``)`` and ``/`` dropped, so only words remain. Two texts are then copies
by either of two rules.

**1. Word 3-grams** (:func:`jaccard`): the texts are cut into overlapping word 3-grams
(shingles) and compared by the Jaccard similarity of their shingle sets; ``threshold``
(0.8) or more is a copy. It forgives a changed word here and there in a long text.
Comparing all pairs costs n²/2 set intersections (200 million for 20,000 turns), so
candidates come from a MinHash index with locality-sensitive hashing (Broder 1997;
Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3). The signature is
a one-permutation MinHash (Li, Owen and Zhang 2012) with densified empty bins
(Shrivastava 2017): each shingle is hashed once and kept as the minimum of one of 64
bins, so the index costs one pass over the shingles instead of 64. Its 16 bands of 4
rows put two texts in a common bucket with probability 1 - (1 - J⁴)¹⁶: above 0.999 for
J = 0.8, below 0.02 for J = 0.2. Each candidate pair is then checked with the exact
Jaccard similarity, so the index can only miss pairs, never invent them.
Shingles are kept as 32-bit hashes, 4 bytes each: two different 3-grams of a pair of
turns of 200 words share a hash with probability about 10⁻⁵, so the Jaccard similarity
of the hashes is the Jaccard similarity of the 3-grams in practice.

**2. Words in order** (:func:`in_order`), for words inserted into a short text. Each
insertion breaks the 3-grams around it, whatever the text's length: a 25-word turn
pasted again with a two-word aside (``the route(, as planned, )work``) scores 0.79 and
is missed, where a 250-word turn would score 0.98. So a pair is also a
copy when every word of the shorter text appears in the longer one in the same order
(other words may come between) and makes up at least half of it (:data:`MIN_SHARE`):
reading marks and asides may add words, but a sentence quoted in a long answer is not a
copy of the answer. Words may be added to either copy (a word dropped from one is a
word added to the other) but none may be changed, because changed words are what tell
two reports read from one template apart (``the Mayakovskaya power plant is ready`` and
``the Talakhovskaya power plant is ready``). Candidates come from an index of content
words: a text holding every word of another holds in particular its six rarest ones, so
only the texts of one to two times its length holding all six are checked word by word.
Unlike the MinHash index this one misses no pair (prefix filtering: Chaudhuri, Ganti and
Kaushik 2006; Bayardo, Ma and Srikant 2007), and it costs little because rare words are
rare.

**The floor.** Both rules only look at texts with at least :data:`MIN_CONTENT_WORDS`
distinct content words: words that are neither stopwords (:func:`kit.words.stopwords`)
nor the words of greetings, thanks, forms of address and giving the floor
(:func:`formula_words`). Formulas such as "Thank you very much, Mr President." or "Good
afternoon, colleagues. Yes, go ahead, please." have none, so they are never copies
however they are strung together, and a short sentence of substance ("We agreed on the
route: work on the bridge will begin in the spring." has six) can be.

Pure numpy, no extra dependency, and every figure can be explained on a whiteboard.
"""

from kit.similarity.order import IN_ORDER, MIN_SHARE, in_order
from kit.similarity.search import MIN_CONTENT_WORDS, THRESHOLD, Copy, near_duplicates
from kit.similarity.shingles import JACCARD, jaccard, set_jaccard, shingle_sets, shingles
from kit.similarity.vocabulary import Vocabulary, formula_words, normalise

__all__ = [
    "THRESHOLD",
    "MIN_CONTENT_WORDS",
    "MIN_SHARE",
    "JACCARD",
    "IN_ORDER",
    "normalise",
    "Vocabulary",
    "shingles",
    "shingle_sets",
    "jaccard",
    "set_jaccard",
    "in_order",
    "Copy",
    "near_duplicates",
    "formula_words",
]
