"""Finding near-duplicate turns at scale (issue 4): 20,000 turns, 400 planted copies.

Background turns are generated from a word-bigram model of the Geneva speech (20 to 220
words each), so they share the source's phrases, as real turns on one topic do. 200
planted copies repeat an earlier turn with the blogger's kinds of noise: brackets glued
round a clause, a spaced slash, dropped commas, a paragraph split. 200 more repeat a short
turn (12 to 40 words) with an aside of one to four words inserted in brackets: the
shorter the turn, the more its word 3-grams suffer, and those only the words-in-order rule
finds. Target: under 10 s, all planted pairs found, none other.
The all-pairs baseline (every pair checked by both rules) is timed on a 2,000-turn
sample, against ``find`` on the same sample, in the same run.

Then a corpus of many sources: the 150 pages of the Kremlin archive sample (beside the
project, in ../shared; skipped when absent), all turns in one frame, as
``kit.read_corpus`` gives them: the time for ``find`` and the pairs it finds within a
page and across pages.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kit  # noqa: E402
from kit import duplicates  # noqa: E402
from kit.similarity import (  # noqa: E402
    MIN_CONTENT_WORDS,
    MIN_SHARE,
    Vocabulary,
    formula_words,
    set_jaccard,
    shingle_sets,
)
from kit.similarity.order import share_in_order  # noqa: E402
from kit.words import WORD, stopwords, tokens  # noqa: E402

TURNS, PLANTED, SAMPLE = 20_000, 200, 2_000
ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "kremlin-archive" / "txt"


def bigram_model(text: str) -> dict[str, list[str]]:
    words = WORD.findall(text) + [",", "."]
    model: dict[str, list[str]] = {}
    for a, b in zip(words, words[1:], strict=False):
        model.setdefault(a, []).append(b)
    return model


def generate(model: dict[str, list[str]], rng: random.Random, n: int) -> str:
    word = rng.choice(list(model))
    out = [word.capitalize()]
    for k in range(n - 1):
        word = rng.choice(model.get(word) or list(model))
        out.append(word)
        if k % 11 == 10:
            out[-1] += rng.choice([",", ".", "?"])
    return " ".join(out) + "."


def noisy(text: str, rng: random.Random) -> str:
    """The blogger's noise: glued brackets round a clause, a slash, dropped commas, a split."""
    words = text.split(" ")
    i = rng.randrange(1, max(2, len(words) - 6))
    words[i] = "(" + words[i]
    words[i + 3] = words[i + 3] + ")"
    j = rng.randrange(1, len(words) - 1)
    words[j] = words[j] + " /"
    result = " ".join(words).replace(",", "", rng.randint(1, 3))
    cut = rng.randrange(len(result) // 3, 2 * len(result) // 3)
    space = result.find(" ", cut)
    return result if space < 0 else result[:space] + "\n" + result[space + 1 :]


def aside(text: str, rng: random.Random, model: dict[str, list[str]]) -> str:
    """A reader's aside of one to four words, in brackets glued to the words around it."""
    words = text.split(" ")
    at = rng.randrange(1, len(words))
    inserted = " ".join(rng.choice(list(model)) for _ in range(rng.randint(1, 4)))
    words[at - 1] += f"(, {inserted}, )" + words.pop(at)
    return " ".join(words)


def corpus(seed: int = 0) -> tuple[pd.DataFrame, set[tuple[int, int]]]:
    rng = random.Random(seed)
    source = kit.load().turns["text"].str.cat(sep=" ")
    model = bigram_model(source)
    texts = [generate(model, rng, rng.randint(20, 220)) for _ in range(TURNS - 3 * PLANTED)]
    texts += [generate(model, rng, rng.randint(12, 40)) for _ in range(PLANTED)]
    planted = set()
    for _ in range(PLANTED):
        original = rng.randrange(TURNS - 3 * PLANTED)  # a long turn
        texts.append(noisy(texts[original], rng))
        planted.add((original + 1, len(texts)))
    for k in range(PLANTED):
        original = TURNS - 3 * PLANTED + k  # the k-th short turn
        texts.append(aside(texts[original], rng, model))
        planted.add((original + 1, len(texts)))
    order = list(range(len(texts)))  # keep copies after their originals, as in a transcript
    frame = pd.DataFrame({"turn_id": [k + 1 for k in order], "text": texts, "first_line": [k + 1 for k in order]})
    return frame, planted


def all_pairs(frame: pd.DataFrame, threshold: float) -> set[tuple[int, int]]:
    """Every pair checked by both rules of kit.similarity, with its floor of content words."""
    vocabulary = Vocabulary()
    words = [tokens(t) for t in frame["text"]]
    sets = shingle_sets([vocabulary.ids(w) for w in words])
    plain = stopwords() | formula_words()
    content = [set(w) - plain for w in words]
    every = [set(w) for w in words]
    ids = frame["turn_id"].tolist()
    eligible = [k for k in range(len(words)) if len(content[k]) >= MIN_CONTENT_WORDS]
    found = set()
    for x, i in enumerate(eligible):
        for j in eligible[x + 1 :]:
            if set_jaccard(sets[i], sets[j]) >= threshold:
                found.add((ids[i], ids[j]))
                continue
            short, long = (i, j) if len(words[i]) <= len(words[j]) else (j, i)
            if len(words[short]) >= MIN_SHARE * len(words[long]) and content[short] <= every[long]:
                if share_in_order(words[short], words[long]) >= MIN_SHARE:
                    found.add((ids[i], ids[j]))
    return found


def many_sources() -> None:
    """find() on the 150 archive pages in one frame of turns (and one of exchanges)."""
    if not ARCHIVE.is_dir():
        print(f"many sources: skipped ({ARCHIVE} is absent)")
        return
    paths = sorted(ARCHIVE.glob("*.txt"))
    if hasattr(kit, "read_corpus"):
        archive = kit.read_corpus(ARCHIVE, progress=False)
        turns, exchanges = archive.turns, archive.exchanges
    else:  # before kit.read_corpus: the same frames by hand
        corpora = [kit.read_transcript(p) for p in paths]
        turns, exchanges, ids = [], [], [0, 0]
        for c in corpora:
            turns.append(c.turns.assign(source=c.source, turn_id=c.turns["turn_id"] + ids[0]))
            exchanges.append(c.exchanges.assign(source=c.source, exchange_id=c.exchanges["exchange_id"] + ids[1]))
            ids = [ids[0] + len(c.turns), ids[1] + len(c.exchanges)]
        turns, exchanges = pd.concat(turns, ignore_index=True), pd.concat(exchanges, ignore_index=True)
    for name, frame in (("turns", turns), ("exchanges", exchanges)):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            pairs = duplicates.find(frame)
            times.append(time.perf_counter() - start)
        across = int((pairs["earlier_source"] != pairs["later_source"]).sum())
        print(
            f"many sources: {len(paths)} archive pages ({int(turns['n_words'].sum()):,} words), {len(frame):,} {name}"
            f" in one frame: find {sorted(times)[1]:.2f} s (median of 3), {len(pairs) - across} pairs within a page,"
            f" {across} across pages"
        )


def main() -> None:
    frame, planted = corpus()
    start = time.perf_counter()
    pairs = duplicates.find(frame)
    elapsed = time.perf_counter() - start
    found = set(zip(pairs["earlier"], pairs["later"], strict=True))
    words = sum(len(t.split()) for t in frame["text"])
    in_order = set(
        zip(
            *pairs.loc[pairs["method"] == duplicates.METHODS["words in order"], ["earlier", "later"]].T.values,
            strict=True,
        )
    )
    plain = stopwords() | formula_words()
    text = frame.set_index("turn_id")["text"]
    below = {p for p in planted if len(set(tokens(text[p[0]])) - plain) < MIN_CONTENT_WORDS}
    print(
        f"turns {len(frame):,}, words {words:,}, planted copies {len(planted)} (half of them short, with an aside),"
        f" {len(below)} of them below the floor of {MIN_CONTENT_WORDS} content words (never copies, by design)"
    )
    print(
        f"find: {elapsed:.2f} s (target < 10 s); found {len(found & (planted - below))} of the {len(planted - below)}"
        f" planted above the floor ({len(in_order & planted)} by their words in order), {len(found & below)} below it,"
        f" {len(found - planted)} false, lowest planted similarity {pairs['similarity'].min():.3f}"
    )
    chosen = (
        sorted(planted)[:10] + sorted(planted)[-10:]
    )  # 20 planted pairs (10 short), both copies, other turns up to the sample size
    keep = {i for pair in chosen for i in pair}
    keep |= set(frame.loc[~frame["turn_id"].isin(keep), "turn_id"].head(SAMPLE - len(keep)))
    sample = frame[frame["turn_id"].isin(keep)]
    start = time.perf_counter()
    fast = duplicates.find(sample)
    fast_time = time.perf_counter() - start
    start = time.perf_counter()
    slow = all_pairs(sample, kit.similarity.THRESHOLD)
    slow_time = time.perf_counter() - start
    same = set(zip(fast["earlier"], fast["later"], strict=True)) == slow
    print(
        f"sample of {len(sample):,} turns: find {fast_time:.3f} s, all pairs {slow_time:.2f} s"
        f" ({len(sample) * (len(sample) - 1) // 2:,} pairs): all pairs / find = {slow_time / fast_time:.0f}x;"
        f" same pairs found: {same} ({len(slow)} pairs, {len(slow & planted)} planted)"
    )
    print(f"all pairs on {len(frame):,} turns would take about {slow_time * (len(frame) / len(sample)) ** 2:.0f} s")

    turns = kit.load().turns
    longest = turns.loc[turns["n_words"].idxmax(), "text"]
    copy = noisy(longest, random.Random(1))
    times = []
    for _ in range(5):
        start = time.perf_counter()
        table = duplicates.classify(duplicates.collate(longest, copy))
        times.append(time.perf_counter() - start)
    print(
        f"collate + classify the longest Geneva answer ({len(longest.split())} words) against a noisy copy:"
        f" {sorted(times)[2] * 1000:.0f} ms (median of 5), {int((table['op'] != 'equal').sum())} differences"
    )
    many_sources()


if __name__ == "__main__":
    main()
