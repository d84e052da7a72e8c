"""A synthetic corpus for benchmarks: the Geneva source repeated with varied names and dates."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kit._data import GENEVA, data_path  # noqa: E402

FIRST = "Anna Boris Clara Dmitry Elena Fyodor Galina Igor Irina Kirill Lena Maxim Nina Oleg Olga Pavel Rosa Sergei Tanya Yuri".split()
LAST = "Ivanova Petrov Smirnova Volkov Kuznetsova Popov Sokolova Lebedev Kozlova Novikov Morozova Orlov Pavlova Zaitsev".split()
MONTHS = "January February March April May June July August September October November December".split()
NAMES = ("Vladimir Putin", "Pavel Zarubin", "Matthew Chance", "Murad Gazdiev", "Guy Parmelin", "Joseph Biden")


def synthetic(n_bytes: int, seed: int = 0) -> str:
    """About ``n_bytes`` of UTF-8 text: copies of the seed, each with its own names and dates."""
    rng = random.Random(seed)
    seed_text = data_path(GENEVA).read_text(encoding="utf-8")
    parts, size = [], 0
    while size < n_bytes:
        text = seed_text
        for name in NAMES:
            text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1995, 2025)}"
        text = text.replace("June 16, 2021", date)
        parts.append(text)
        size += len(text.encode())
    return "".join(parts)
