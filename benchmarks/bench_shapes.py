"""Parsing time on pathological shapes: no input under 1 MB may take more than 1 s, whatever its shape.

Each shape is one odd line, paragraph or character repeated to a size (a full stop before
a page of spaces, a paragraph of ``Mr. Mr. Mr.``, 10,000 speakers, a last line of ``|``).
Each is parsed with ``kit.parse`` and its sentences built, as the loader widget does.

A shape is first run at about 2 kB (1 MB halved nine times), then at twice the size, and so
on up to 1 MB; each size is timed as the best of three runs (``time.perf_counter``), or
fewer once two seconds are spent. When the next run would take more than ``--cap`` seconds
(predicted from the last doubling), the shape is not run further: its line says SLOW and
gives the time extrapolated to 1 MB (marked ``~``), so that one quadratic shape does not
hang the script for hours.

Columns: the size of the largest run, its time, its CPU time (the same as the time on an
idle machine; less when other programs share the cores), the time of its first parse (with
what the vocabularies remember of labels and names seen before forgotten, as a new text in a
new session is read: ``first``), the ratio of its time to the time of half the input (about 2
for a linear parse, 4 for a quadratic one), the turns and sentences it gave (to show the shape
parsed as meant), and OK or SLOW against the 1 s limit. The verdict is on the best of three;
the last line names the shapes whose first parse takes longer than the limit.

    python benchmarks/bench_shapes.py             # up to 1 MB
    python benchmarks/bench_shapes.py --quick     # up to 100 kB
    python benchmarks/bench_shapes.py speakers Q  # only the shapes whose names contain these

``tests/test_properties.py`` checks the doubling rule on small sizes of the same shapes.
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import kit  # noqa: E402
from kit.parsing.lexicon import lexicon  # noqa: E402

from synthetic import synthetic  # noqa: E402

MB = 1_000_000
LIMIT = 1.0  # seconds, for any input under 1 MB
SMALLEST = 1_000  # bytes: the first run of each shape
HEAD = "Vladimir Putin: "  # puts a paragraph in a turn, so that its sentences are split


@dataclass(frozen=True)
class Shape:
    """A pathological input: ``build(n)`` gives about ``n`` bytes of it.

    ``splitter`` marks the shapes aimed at the sentence splitter (one paragraph in one turn).
    """

    name: str
    build: Callable[[int], str]
    splitter: bool = False


def repeat(unit: str, n_bytes: int, head: str = "", tail: str = "") -> str:
    """``head``, then ``unit`` as many times as fit in ``n_bytes`` (UTF-8), then ``tail``."""
    room = n_bytes - len((head + tail).encode())
    return head + unit * max(1, room // len(unit.encode())) + tail


def numbered(line: Callable[[int], str], n_bytes: int) -> str:
    """``line(0) + line(1) + ...`` up to ``n_bytes``: for shapes whose lines must all differ."""
    parts, size = [], 0
    while size < n_bytes:
        parts.append(line(len(parts)))
        size += len(parts[-1].encode())
    return "".join(parts)


def letters(i: int) -> str:
    """A distinct capitalised word for every ``i``: Ab, Ac, ..., Ba, ... (no digits: names have none)."""
    word = ""
    while True:
        i, digit = divmod(i, 26)
        word = chr(ord("a") + digit) + word
        if i == 0:
            return "A" + word


SHAPES = [
    # The sentence splitter: one paragraph of one turn.
    Shape("full stop, then 1 MB of spaces", lambda n: repeat(" ", n, HEAD + "Yes.", "no."), True),
    Shape("full stop, 1,000 spaces, repeated", lambda n: repeat("Yes." + " " * 1000 + "no ", n, HEAD), True),
    Shape(
        "full stop, no-break spaces, repeated", lambda n: repeat("Yes.\u00a0 \u00a0 \u00a0 \u00a0 no ", n, HEAD), True
    ),
    Shape("Mr. Mr. Mr. ...", lambda n: repeat("Mr. ", n, HEAD), True),
    Shape("U.S. U.S. U.S. ...", lambda n: repeat("U.S. ", n, HEAD), True),
    Shape("initials R. R. R. ...", lambda n: repeat("R. ", n, HEAD), True),
    Shape("Mr.Mr.Mr. without spaces", lambda n: repeat("Mr.", n, HEAD, " A"), True),
    Shape("one long word, then a full stop", lambda n: repeat("x", n, HEAD, ". A"), True),
    Shape("full stops only ......", lambda n: repeat(".", n, HEAD, "a"), True),
    Shape("question marks only ??????", lambda n: repeat("?", n, HEAD, " a"), True),
    Shape("Why? Why? Why? ...", lambda n: repeat("Why? ", n, HEAD), True),
    Shape("full stop, then 1 MB of ))))", lambda n: repeat(")", n, HEAD + "Yes.", " no"), True),
    Shape("(Laughter.) (Laughter.) ...", lambda n: repeat("(Laughter.) ", n, HEAD), True),
    Shape("open brackets ((((((", lambda n: repeat("(", n, HEAD), True),
    Shape("one line without spaces", lambda n: repeat("a", n, HEAD), True),
    Shape("hyphens and apostrophes a-a'a-", lambda n: repeat("a-a'", n, HEAD), True),
    Shape("words, one line", lambda n: repeat("word ", n, HEAD), True),
    Shape("wrapped: short lines, blank lines", lambda n: repeat("We did it. And\nthen we went.\n\n", n, HEAD), True),
    Shape("wrapped: lines of spaces between", lambda n: repeat("We did.\n" + " \t" * 40 + "\n", n, HEAD), True),
    # The rest of the parser.
    Shape("last line of | characters", lambda n: repeat("| a ", n, HEAD + "Yes.\n")),
    Shape("table rows at the end", lambda n: repeat("| a | 2021.08.17 |\n", n, HEAD + "Yes.\n")),
    Shape("last line * * * ... x", lambda n: repeat("* ", n, HEAD + "Yes.\n", "x")),
    Shape("last line * * * ... |", lambda n: repeat("* ", n, HEAD + "Yes.\n", "|")),
    Shape("distinct speakers Anna Xyz:", lambda n: numbered(lambda i: f"Anna {letters(i)}: Yes.\n", n)),
    Shape("distinct speakers, blank lines between", lambda n: numbered(lambda i: f"Anna {letters(i)}: Yes.\n\n", n)),
    Shape(
        "speakers and their surnames", lambda n: numbered(lambda i: f"Anna {letters(i)}: Yes.\n{letters(i)}: No.\n", n)
    ),
    Shape("titles and surnames Mr Ab:", lambda n: numbered(lambda i: f"Mr {letters(i)}: Yes.\n", n)),
    Shape(
        "questions with introductions",
        lambda n: numbered(lambda i: f"Question: Hi, Anna {letters(i)} from CNN. Why?\nVladimir Putin: Because.\n", n),
    ),
    Shape("Question: Sir, Sir, Sir, ...", lambda n: repeat("Question: " + "Sir, " * 60 + "\n", n)),
    Shape("time-only lines 10:15", lambda n: repeat("10:15\n", n)),
    Shape("Q lines", lambda n: repeat("Q\n", n)),
    Shape("Q turns Q  Why?", lambda n: repeat("Q  Why?\n", n)),
    Shape("datelines", lambda n: repeat("June 16, 2021 19:40, Geneva\n", n)),
    Shape("datelines and turns", lambda n: repeat("June 16, 2021 19:40, Geneva\n" + HEAD + "Yes.\n", n)),
    Shape("lines of colons", lambda n: repeat(":" * 20 + "\n", n)),
    Shape("one line of colons", lambda n: repeat(":", n)),
    Shape("label-like A B C ... Z:", lambda n: repeat(" ".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ": x\n", n)),
    Shape("long label-like Ab Ab ... :", lambda n: repeat("Ab " * 60 + ": x\n", n)),
    Shape("label with a run of spaces A    b:", lambda n: repeat("A" + " " * 280 + "b: x\n", n)),
    Shape(
        "initials, a long gap, a name AB    Ax",  # what a speaker key's line might be ("TAG Dr Tedros ...")
        lambda n: (
            "KB: Hello.\n\nJH: Hi there.\n\nKB: Yes.\n\nJH: Line one\nAB" + " " * max(0, n - 60) + "Ax\n\nKB: ok\n"
        ),
    ),
    Shape("labels with notes (x) (x) ... :", lambda n: repeat("Anna Smith " + "(x) " * 60 + ": x\n", n)),
    Shape("separators * * *", lambda n: repeat("* * *\n", n, HEAD + "Yes.\n")),
    Shape("stage lines (Laughter.)", lambda n: repeat("(Laughter.)\n", n, HEAD + "Yes.\n")),
    Shape("captions Photo: TASS", lambda n: repeat("Photo: TASS\n", n)),
    Shape("short prose lines", lambda n: repeat("a\n", n)),
    Shape("blank lines in a turn", lambda n: repeat(" \n", n, HEAD + "Yes.\n", "Yes.")),
    Shape("foreign first line, long spaces", lambda n: repeat(" ", n, "질문 A", "b\n" + (HEAD + "Yes.\n") * 5)),
    Shape("front matter, one long field", lambda n: repeat("a", n, "---\ntitle: ", "\n---\n" + HEAD + "Yes.")),
    Shape("synthetic transcript", synthetic),
    # The layouts of other publishers and the kinds of event.
    Shape("names on their own lines", lambda n: repeat("Anna Smith\nWhy so?\n\nBo Chan\nBecause.\n\n", n)),
    Shape(
        "distinct names on their own lines",
        lambda n: numbered(lambda i: f"Anna {letters(i)}\nYes, we did.\n\n", n),
    ),
    Shape("time marks [20:00:00] NAME:", lambda n: repeat("[20:00:00] ANNA SMITH, HOST: Why?\nSMITH: Yes.\n", n)),
    Shape("podcast Name (00:00:36):", lambda n: repeat("Lenny (00:00:36): Why?\n\nAnna Lee (00:01:02): Yes.\n\n", n)),
    Shape("Q with one space", lambda n: repeat("Q Why is that?\nMS. JEAN-PIERRE:  Because.\n", n)),
    Shape("hearing labels Mr. NAME.", lambda n: repeat("Mr. NIELDS. Did you?\nMr. NORTH. No.\n", n)),
    Shape("verbatim report Name. – ", lambda n: repeat("President. – Order.\nAnna Lee, Member. – Why so?\n", n)),
    Shape("full stops and dashes a. – a. –", lambda n: repeat("a. – ", n, HEAD + "Yes.\n")),
    Shape("dash after a long name Ab Ab ... . –", lambda n: repeat("Ab " * 70 + ". – x\n", n)),
    Shape("labels in brackets (Reporter)", lambda n: repeat("(Reporter)  Why?\nPRIME MINISTER:  Because.\n", n)),
    Shape("names alone in brackets (Anna Ab)", lambda n: numbered(lambda i: f"(Anna {letters(i)})  Yes.\n", n)),
    Shape("officials in brackets (Minister Ab)", lambda n: numbered(lambda i: f"(Minister {letters(i)})  Yes.\n", n)),
    Shape("one asker, many questions", lambda n: repeat("Anna Lee: And why is that so?\nBo Chan: It is.\n", n)),
    Shape("photo of, then tabs", lambda n: repeat("\n\nPhoto of " + "\t" * 300, n)),  # a web name line's text, long
    Shape(
        "web names Photo of AbAb Share", lambda n: repeat("\nPhoto of Ann LeeAnn Lee (Lib.) Share this\n\nWhy?\n", n)
    ),
    Shape("one speaker, rhetoric", lambda n: repeat("Anna Lee: Why? Because we can.\n", n)),
    Shape(  # a page of look-alike turns, each a candidate copy of every other (the near-duplicate search's worst case)
        "look-alike turns, case 1, case 2",
        lambda n: numbered(
            lambda i: (
                f"Sabrina Tavernise\nFrom the Times, I'm Sabrina Tavernise. We go on with case {i}.\n\n"
                f"niraj chokshi\nthanks for having me, it was number {i}\n\n"
            ),
            n,
        ),
    ),
    Shape(
        "caption file",
        lambda n: "WEBVTT\n\n" + repeat("00:00:01.000 --> 00:00:02.000\n<v Anna Lee>Why is that?\n\n", n),
    ),
]


def seconds(text: str, repeat: int = 3, budget: float = 2.0) -> tuple[float, float, float, tuple[int, int]]:
    """Best wall-clock and best CPU time of up to ``repeat`` parses (fewer once ``budget``
    seconds are spent), the first parse's time, and the numbers of turns and sentences."""
    best = best_cpu = first = float("inf")
    spent, counts = 0.0, (0, 0)
    gc.collect()
    for run in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        corpus = kit.parse(text)
        corpus.sentences  # noqa: B018 - built on first use, as in the loader widget
        took = time.perf_counter() - start
        best, best_cpu = min(best, took), min(best_cpu, time.process_time() - start_cpu)
        first = took if run == 0 else first
        spent += took
        counts = (len(corpus.turns), len(corpus.sentences))
        del corpus
        if spent > budget:
            break
    return best, best_cpu, first, counts


def forget() -> None:
    """Forget what the vocabularies remember of the labels and names read so far (a new session)."""
    vocabularies = lexicon()
    vocabularies.labels_seen.clear()
    vocabularies.names_seen.clear()


def measure(shape: Shape, largest: int, cap: float) -> tuple[str, float]:
    """One line of the table, and the first parse's time at the largest size: run ``shape`` at
    sizes doubling up to ``largest`` bytes."""
    sizes = [largest]
    while sizes[0] // 2 >= SMALLEST:
        sizes.insert(0, sizes[0] // 2)
    previous = ratio = None
    for size in sizes:
        text = shape.build(size)
        if size == largest:
            forget()
        took, cpu, first, counts = seconds(text)
        ratio = took / previous if previous else None
        previous = took
        if size < largest and took * max(ratio or 2.0, 2.0) > cap:
            break  # the next run would take too long: extrapolate
    else:
        verdict = "OK" if took <= LIMIT else "SLOW"
        return row(shape.name, largest, f"{took:.3f}", f"{cpu:.3f}", f"{first:.3f}", ratio, counts, verdict), first
    estimate = took * max(ratio or 2.0, 2.0) ** math.log2(largest / size)
    shown = f"~{estimate:.0f}" if estimate < 1e7 else "huge"
    note = f"SLOW (extrapolated from {_size(size)}: {took:.2f} s)"
    return row(shape.name, largest, shown, "", "", ratio, counts, note), estimate


def row(
    name: str, size: int, took: str, cpu: str, first: str, ratio: float | None, counts: tuple[int, int], verdict: str
) -> str:
    turns, sentences = counts
    shown = f"{ratio:5.2f}" if ratio is not None else "    -"
    return (
        f"{name:38} {_size(size):>7} {took:>8} s {cpu:>6} {first:>6}  {shown}  {turns:>7,} {sentences:>9,}  {verdict}"
    )


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n / 1000:.0f} kB"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only the shapes whose names contain one of these")
    parser.add_argument("--quick", action="store_true", help="up to 100 kB instead of 1 MB")
    parser.add_argument("--cap", type=float, default=3.0, help="seconds a single run may be predicted to take")
    args = parser.parse_args(argv)
    largest = 100_000 if args.quick else MB
    shapes = [s for s in SHAPES if not args.names or any(n.lower() in s.name.lower() for n in args.names)]
    print(f"limit: {LIMIT:.0f} s for any input under 1 MB; time = kit.parse + .sentences, best of 3")
    print(
        f"{'shape':38} {'size':>7} {'time':>8}   {'cpu':>6} {'first':>6}  {'x2':>5}  {'turns':>7} {'sentences':>9}  verdict"
    )
    slow, slow_first = [], []
    for shape in shapes:
        line, first = measure(shape, largest, args.cap)
        print(line, flush=True)
        if "SLOW" in line:
            slow.append(shape.name)
        if first > LIMIT:
            slow_first.append(f"{shape.name} ({first:.2f} s)")
    print(
        f"{len(shapes) - len(slow)} of {len(shapes)} shapes within {LIMIT:.0f} s at {_size(largest)}"
        + (f"; slow: {', '.join(slow)}" if slow else "")
    )
    print(
        f"{len(shapes) - len(slow_first)} of {len(shapes)} first parses within {LIMIT:.0f} s"
        + (f"; over: {', '.join(slow_first)}" if slow_first else "")
    )


if __name__ == "__main__":
    main()
