"""The 150 Kremlin archive pages replicated to a size: ids, titles and a name varied in each copy.

Copy ``k`` of page ``17108.txt`` is ``<k>/17108<k>.txt`` (a page id of its own), its title
line ends with `` (<k>)`` and Dmitry Peskov is ``Dmitry Peskov-<k>`` (a speaker of its own),
so that copies are sources, documents and speakers apart, as in a real archive; copy 0 is
the pages as they are. Used by ``bench_archive.py`` and by the archive tests (a 10 MB sample).
"""

from __future__ import annotations

import math
from pathlib import Path

__all__ = ["ARCHIVE", "replicate"]

#: The sample of the Kremlin's English archive beside the project (absent in a user's clone).
ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "kremlin-archive" / "txt"


def replicate(target: Path, megabytes: float, source: Path = ARCHIVE) -> list[Path]:
    """Write copies of the pages in ``source`` into ``target`` until they hold ``megabytes`` of text; return the files."""
    pages = sorted(source.glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in pages]
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    copies = max(1, math.ceil(megabytes * 1e6 / size))
    written = []
    for k in range(copies):
        folder = target / f"{k:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        for stem, text in texts:
            if k:
                title, _, rest = text.partition("\n")
                text = f"{title} ({k})\n{rest}".replace("Dmitry Peskov", f"Dmitry Peskov-{k}")
            path = folder / f"{stem}{k:04d}.txt"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
