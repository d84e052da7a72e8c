"""Find near-duplicate texts without comparing every pair.

Used by :mod:`kit.columns` to fill ``duplicate_of`` and by :func:`kit.duplicates.find`.

Texts are normalised first: case folded, punctuation and the blogger's reading marks
such as ``(``, ``)`` and ``/`` dropped, so only words remain. Two texts are then copies
by one of three rules.

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
is missed, where a 250-word turn would score 0.98. So a pair is also a copy when the
words of the shorter text appear in the longer one in the same order (other words may
come between: an aside, reading marks), and make up at least half of it
(:data:`MIN_SHARE`): a sentence quoted in a long answer is not a copy of the answer. Of
the shorter text's words, one in 20 may be missing from the longer, three at most
(:func:`allowed_edits`): a 40-word turn pasted again may lose a word and get another
wrong (``the ambasadors``) and still be a copy. None may be missing below 20 words,
because there one changed word is what tells two reports read from one template apart
(``the Mayakovskaya power plant is ready`` and ``the Talakhovskaya power plant is
ready``). The words matched in order are a longest common subsequence (counted
bit-parallel, Allison and Dix 1986). Candidates come from an index of content words: a
text that may lose e words keeps all but e of its distinct content words in its copy,
so the copy holds 6 of its 6 + e rarest ones, and one of its e + 1 rarest; only the
texts of one to two times its length holding one of those are looked at, and checked
word by word if they hold 6 of the 6 + e. Unlike the MinHash index this one misses no
pair (prefix filtering: Chaudhuri, Ganti and Kaushik 2006; Bayardo, Ma and Srikant
2007), and it costs little because rare words are rare.

**3. A row inside a copied run** (:mod:`kit.similarity.runs`). A pasted exchange
brings its short turns with it (a closing "Thank you very much, Mr President.", a
seven-word follow-up), which the floor below keeps out of rules 1 and 2. A text next to
a copy that mirrors the text next to the original, on the same side and by the same
speaker, is a copy too, by rule 2's test without the floor; the run grows row by row
until a row does not mirror.

**The floor.** Rules 1 and 2 only look at texts with at least :data:`MIN_CONTENT_WORDS`
distinct content words: words that are neither stopwords (:func:`kit.words.stopwords`)
nor the words of greetings, thanks, forms of address and giving the floor
(:func:`formula_words`). Formulas such as "Thank you very much, Mr President." or "Good
afternoon, colleagues. Yes, go ahead, please." have none, so they are never copies
however they are strung together, but inside a copied run (rule 3); a short sentence of substance ("We agreed on the
route: work on the bridge will begin in the spring." has six) can be.

Pure numpy, no extra dependency, and every figure can be explained on a whiteboard.
"""

from kit.similarity.order import EDIT_SPAN, IN_ORDER, MAX_EDITS, MIN_SHARE, allowed_edits, in_order
from kit.similarity.runs import MIRROR, mirrors
from kit.similarity.search import MIN_CONTENT_WORDS, THRESHOLD, Copy, near_duplicates
from kit.similarity.shingles import JACCARD, jaccard, set_jaccard, shingle_sets, shingles
from kit.similarity.vocabulary import Vocabulary, formula_words, normalise

__all__ = [
    "THRESHOLD",
    "MIN_CONTENT_WORDS",
    "MIN_SHARE",
    "EDIT_SPAN",
    "MAX_EDITS",
    "JACCARD",
    "IN_ORDER",
    "MIRROR",
    "normalise",
    "Vocabulary",
    "shingles",
    "shingle_sets",
    "jaccard",
    "set_jaccard",
    "in_order",
    "allowed_edits",
    "mirrors",
    "Copy",
    "near_duplicates",
    "formula_words",
]
