"""Finding near-duplicate turns at scale: 20,000 turns, planted copies, near misses.

Background turns are generated from a word-bigram model of the Geneva speech (20 to 220
words each), so they share the source's phrases, as real turns on one topic do.

**Noisy copies (issue 18).** 200 turns of 40 to 160 words are pasted again later with
every kind of noise at once: reading marks round a clause, an aside of one to four words
in brackets glued to its neighbours, a spaced slash, a dropped word, a typo (a letter
changed, dropped, added or two swapped, in a word of four letters or more), dropped
commas and a line split. Among them, turns that are not copies but share phrases, so
that a false pair is a real risk: formulas said hundreds of times ("Thank you.", "Next
question, please."), stock phrases of 12 to 25 words said in eight different answers
each, reports read from one template with a word in eight changed, and answers quoting
an earlier turn's passage. Everything is drawn from ``random.Random(seed)``: ``--seed N``
gives another planted set (``--seeds 0 1 2`` several). Target: 200 of 200 found, no
false pair, under 5 s.

**Short asides (issue 4).** 200 planted copies repeat an earlier turn with the blogger's
kinds of noise (brackets glued round a clause, a spaced slash, dropped commas, a
paragraph split); 200 more repeat a short turn (12 to 40 words) with an aside of one to
four words inserted in brackets: the shorter the turn, the more its word 3-grams suffer.
Target: under 10 s, all planted pairs found, none other. The all-pairs baseline (every
pair checked by both word rules) is timed on a 2,000-turn sample, against ``find`` on the
same sample, in the same run.

Then a corpus of many sources: the 150 pages of the Kremlin archive sample (beside the
project, in ../shared; skipped when absent), all turns in one frame, as
``kit.read_corpus`` gives them: the time for ``find`` and the pairs it finds within a
page and across pages.
"""

from __future__ import annotations

import argparse
import random
import string
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
from kit.similarity.order import allowed_edits, share_in_order  # noqa: E402
from kit.words import WORD, stopwords, tokens  # noqa: E402

TURNS, PLANTED, SAMPLE = 20_000, 200, 2_000
#: Formulas said again and again in a news conference: never copies of each other.
FORMULAS = [
    "Thank you.",
    "Thank you very much.",
    "Next question, please.",
    "Thank you very much, Mr President.",
    "Good afternoon, Mr President.",
    "Yes, please go ahead.",
    "Good afternoon, colleagues.",
    "Thank you. Next question, please.",
    "Yes, of course.",
    "Please, the microphone.",
]
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


def words_between(model: dict[str, list[str]], rng: random.Random, low: int, high: int) -> str:
    """A generated turn of ``low`` to ``high`` words, as :func:`kit.words.tokens` counts them."""
    while True:
        text = generate(model, rng, rng.randint(low, high + high // 10))
        if low <= len(tokens(text)) <= high:
            return text


def typo(word: str, rng: random.Random) -> str:
    """One slip of the hand: a letter changed, dropped, added, or two letters swapped."""
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["change", "drop", "add", "swap"])
    letter = rng.choice(string.ascii_lowercase)
    if kind == "change":
        return word[:at] + letter + word[at + 1 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "add":
        return word[:at] + letter + word[at:]
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]


def every_noise(text: str, rng: random.Random, model: dict[str, list[str]]) -> str:
    """Reading marks round a clause, an aside, a slash, a dropped word, a typo, dropped commas, a split line."""
    words = text.split(" ")
    typed = [k for k, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    slip = rng.choice(typed)
    words[slip] = typo(words[slip], rng)
    dropped = rng.choice([k for k in range(1, len(words) - 1) if k != slip])
    del words[dropped]
    i = rng.randrange(1, len(words) - 5)
    words[i] = "(" + words[i]
    words[i + rng.randint(1, 4)] += ")"
    at = rng.randrange(1, len(words) - 1)
    inserted = " ".join(rng.choice(list(model)) for _ in range(rng.randint(1, 4)))
    words[at - 1] += f"(, {inserted}, )" + words.pop(at)
    j = rng.randrange(1, len(words) - 1)
    words[j] += " /"
    result = " ".join(words).replace(",", "", rng.randint(1, 3))
    cut = rng.randrange(len(result) // 3, 2 * len(result) // 3)
    space = result.find(" ", cut)
    return result if space < 0 else result[:space] + "\n" + result[space + 1 :]


def near_misses(model: dict[str, list[str]], rng: random.Random) -> list[str]:
    """Turns that are not copies but share words and phrases with others: each a false pair to avoid."""
    turns = [rng.choice(FORMULAS) for _ in range(400)]
    for _ in range(30):  # a stock phrase said in eight different answers
        stock = words_between(model, rng, 12, 25)
        for _ in range(8):
            answer = words_between(model, rng, 40, 120).split(" ")
            at = rng.randrange(len(answer))
            turns.append(" ".join(answer[:at] + [stock] + answer[at:]))
    for _ in range(40):  # reports read from one template: a word in eight changed
        template = words_between(model, rng, 30, 60).split(" ")
        for _ in range(3):
            report = list(template)
            for slot in range(rng.randrange(8), len(report), 8):
                report[slot] = rng.choice(list(model))
            turns.append(" ".join(report))
    return turns


def noisy_corpus(seed: int) -> tuple[pd.DataFrame, set[tuple[int, int]]]:
    """20,000 turns: background and near misses in a shuffled order, 200 originals, their noisy copies later.

    Each turn gets a place on a line and the turns are numbered in that order: the
    originals fall in the first half, each copy after its original, as in a transcript;
    50 answers quoting a passage of an earlier turn fall after it. Returns the frame and
    the planted pairs, as ``(earlier turn_id, later turn_id)``.
    """
    rng = random.Random(seed)
    model = bigram_model(kit.load().turns["text"].str.cat(sep=" "))
    misses = near_misses(model, rng)
    quoted = 50
    originals = [words_between(model, rng, 40, 160) for _ in range(PLANTED)]
    others = misses + [
        generate(model, rng, rng.randint(20, 220)) for _ in range(TURNS - len(misses) - 2 * PLANTED - quoted)
    ]
    rng.shuffle(others)
    size = len(others)
    placed = [(float(k), text) for k, text in enumerate(others)]
    for original in originals:
        at = rng.uniform(0, size / 2)
        placed.append((at, original))
        placed.append((rng.uniform(at, size), every_noise(original, rng, model)))
    for _ in range(quoted):  # a long answer quoting 20 to 30 words of a turn among the first thousand
        source = rng.choice([t for t in others[:1000] if len(t.split(" ")) > 60]).split(" ")
        start = rng.randrange(len(source) - 30)
        passage = " ".join(source[start : start + rng.randint(20, 30)])
        placed.append((rng.uniform(1000, size), words_between(model, rng, 60, 120) + " " + passage))
    order = sorted(range(len(placed)), key=lambda k: placed[k][0])
    turn_id = {k: rank + 1 for rank, k in enumerate(order)}  # placed[k] is turn turn_id[k]
    first = size  # originals and copies follow the others in `placed`, two by two
    planted = {(turn_id[first + 2 * k], turn_id[first + 2 * k + 1]) for k in range(PLANTED)}
    texts = [placed[k][1] for k in order]
    frame = pd.DataFrame({"turn_id": range(1, len(texts) + 1), "text": texts, "first_line": range(1, len(texts) + 1)})
    return frame, planted


def noisy_copies(seed: int) -> None:
    """The issue-18 figures for one planted set: found / planted, false pairs, time."""
    frame, planted = noisy_corpus(seed)
    assert len(frame) == TURNS and len(planted) == PLANTED and all(a < b for a, b in planted)
    sizes = [len(tokens(t)) for t in frame.set_index("turn_id").loc[[a for a, _ in planted], "text"]]
    times, cpu = [], []
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        pairs = duplicates.find(frame)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    found = set(zip(pairs["earlier"], pairs["later"], strict=True))
    by_method = pairs[pairs.set_index(["earlier", "later"]).index.isin(planted)]["method"].value_counts()
    print(
        f"noisy copies, seed {seed}: {len(frame):,} turns ({sum(len(t.split()) for t in frame['text']):,} words),"
        f" {len(planted)} planted of {min(sizes)}-{max(sizes)} words with every kind of noise:"
        f" found {len(found & planted)}/{len(planted)}, false pairs {len(found - planted)},"
        f" find {sorted(times)[1]:.2f} s wall, {sorted(cpu)[1]:.2f} s CPU (medians of 3; target < 5 s);"
        f" {int(by_method.get(duplicates.METHOD, 0))} by 3-grams,"
        f" {int(by_method.get(duplicates.METHODS['words in order'], 0))} by words in order"
    )


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
    """Every pair checked by both word rules of kit.similarity (3-grams, words in order), with its floor."""
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
            edits = allowed_edits(len(words[short]))
            if len(words[short]) >= MIN_SHARE * len(words[long]) and len(content[short] - every[long]) <= edits:
                if share_in_order(words[short], words[long], edits) >= MIN_SHARE:
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0], help="planted sets of the noisy-copies run")
    parser.add_argument("--only-noisy", action="store_true", help="run the noisy copies only")
    arguments = parser.parse_args()
    for seed in arguments.seeds:
        noisy_copies(seed)
    if arguments.only_noisy:
        return
    frame, planted = corpus()
    start, start_cpu = time.perf_counter(), time.process_time()
    pairs = duplicates.find(frame)
    elapsed, elapsed_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    found = set(zip(pairs["earlier"], pairs["later"], strict=True))
    words = sum(len(t.split()) for t in frame["text"])
    in_order = set(
        zip(
            *pairs.loc[pairs["method"] == duplicates.METHODS["words in order"], ["earlier", "later"]].T.values,
            strict=True,
        )
    )
    mirrored = set(
        zip(
            *pairs.loc[pairs["method"] == duplicates.METHODS["in a copied run"], ["earlier", "later"]].T.values,
            strict=True,
        )
    )
    plain = stopwords() | formula_words()
    text = frame.set_index("turn_id")["text"]
    below = {p for p in planted if len(set(tokens(text[p[0]])) - plain) < MIN_CONTENT_WORDS}
    print(
        f"turns {len(frame):,}, words {words:,}, planted copies {len(planted)} (half of them short, with an aside),"
        f" {len(below)} of them below the floor of {MIN_CONTENT_WORDS} content words (copies only as rows of a copied"
        " run: the short copies follow each other in their originals' order)"
    )
    print(
        f"find: {elapsed:.2f} s wall, {elapsed_cpu:.2f} s CPU (target < 10 s); found {len(found & (planted - below))} of the {len(planted - below)}"
        f" planted above the floor ({len(in_order & planted)} by their words in order), {len(found & below)} below it"
        f" ({len(found & below & mirrored)} as rows of a copied run),"
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
