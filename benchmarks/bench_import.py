"""How much `import kit` costs next to `import pandas`, measured in the same run.

Target (issue 2): at most 1.3x. Each import runs in a fresh interpreter; the two are
alternated so that a busy machine slows both alike; the median of the runs is reported.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 9


def cost(module: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return time.perf_counter() - start


def main() -> None:
    cost("kit")  # warm the file cache
    baseline = cost("sys")
    pandas, kit = [], []
    for _ in range(RUNS):
        pandas.append(cost("pandas"))
        kit.append(cost("kit"))
    p, k = statistics.median(pandas), statistics.median(kit)
    print(f"interpreter start   {baseline * 1000:7.1f} ms")
    print(f"import pandas       {p * 1000:7.1f} ms (median of {RUNS}, interpreter start included)")
    print(f"import kit          {k * 1000:7.1f} ms")
    print(f"ratio kit / pandas  {k / p:7.3f}   (target <= 1.30)")


if __name__ == "__main__":
    main()
