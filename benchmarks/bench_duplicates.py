"""Finding near-duplicate turns at scale (issue 4): 20,000 turns, 200 planted copies.

Background turns are generated from a word-bigram model of the Geneva speech (20 to 220
words each), so they share the source's phrases, as real turns on one topic do. Each
planted copy repeats an earlier turn with the blogger's kinds of noise: brackets glued
round a clause, a spaced slash, dropped commas, a paragraph split. Target: under 10 s, all
planted pairs found, none other. The all-pairs baseline (every pair scored exactly) is
timed on a 2,000-turn sample, against ``find`` on the same sample, in the same run.
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
from kit.similarity import Vocabulary, _jaccard_sorted, shingle_sets  # noqa: E402
from kit.words import WORD, tokens  # noqa: E402

TURNS, PLANTED, SAMPLE = 20_000, 200, 2_000


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


def corpus(seed: int = 0) -> tuple[pd.DataFrame, set[tuple[int, int]]]:
    rng = random.Random(seed)
    source = kit.load().turns["text"].str.cat(sep=" ")
    model = bigram_model(source)
    texts = [generate(model, rng, rng.randint(20, 220)) for _ in range(TURNS - PLANTED)]
    planted = set()
    for _ in range(PLANTED):
        original = rng.randrange(len(texts))
        texts.append(noisy(texts[original], rng))
        planted.add((original + 1, len(texts)))
    order = list(range(len(texts)))  # keep copies after their originals, as in a transcript
    frame = pd.DataFrame({"turn_id": [k + 1 for k in order], "text": texts, "first_line": [k + 1 for k in order]})
    return frame, planted


def all_pairs(frame: pd.DataFrame, threshold: float) -> set[tuple[int, int]]:
    vocabulary = Vocabulary()
    sets = shingle_sets([vocabulary.ids(tokens(t)) for t in frame["text"]])
    ids = frame["turn_id"].tolist()
    found = set()
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if _jaccard_sorted(sets[i], sets[j]) >= threshold:
                found.add((ids[i], ids[j]))
    return found


def main() -> None:
    frame, planted = corpus()
    start = time.perf_counter()
    pairs = duplicates.find(frame)
    elapsed = time.perf_counter() - start
    found = set(zip(pairs["earlier"], pairs["later"], strict=True))
    words = sum(len(t.split()) for t in frame["text"])
    print(f"turns {len(frame):,}, words {words:,}, planted copies {len(planted)}")
    print(f"find: {elapsed:.2f} s (target < 10 s); found {len(found & planted)} of {len(planted)} planted,"
          f" {len(found - planted)} false, lowest planted similarity {pairs['similarity'].min():.3f}")

    chosen = sorted(planted)[:20]  # 20 planted pairs, both copies, and other turns up to the sample size
    keep = {i for pair in chosen for i in pair}
    keep |= set(frame.loc[~frame["turn_id"].isin(keep), "turn_id"].head(SAMPLE - len(keep)))
    sample = frame[frame["turn_id"].isin(keep)]
    start = time.perf_counter()
    fast = duplicates.find(sample)
    fast_time = time.perf_counter() - start
    start = time.perf_counter()
    slow = all_pairs(sample, kit.frames.DUPLICATE_THRESHOLD)
    slow_time = time.perf_counter() - start
    same = set(zip(fast["earlier"], fast["later"], strict=True)) == slow
    print(f"sample of {len(sample):,} turns: find {fast_time:.3f} s, all pairs {slow_time:.2f} s"
          f" ({len(sample) * (len(sample) - 1) // 2:,} pairs): all pairs / find = {slow_time / fast_time:.0f}x;"
          f" same pairs found: {same} ({len(slow)} pairs, {len(slow & planted)} planted)")
    print(f"all pairs on {len(frame):,} turns would take about {slow_time * (len(frame) / len(sample)) ** 2:.0f} s")

    turns = kit.load().turns
    longest = turns.loc[turns["n_words"].idxmax(), "text"]
    copy = noisy(longest, random.Random(1))
    times = []
    for _ in range(5):
        start = time.perf_counter()
        table = duplicates.classify(duplicates.collate(longest, copy))
        times.append(time.perf_counter() - start)
    print(f"collate + classify the longest Geneva answer ({len(longest.split())} words) against a noisy copy:"
          f" {sorted(times)[2] * 1000:.0f} ms (median of 5), {int((table['op'] != 'equal').sum())} differences")


if __name__ == "__main__":
    main()
