"""Where the kit's data files live, in an installed or an editable copy."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["data_path", "GENEVA"]

#: File name of the bundled Geneva source in ``data/``.
GENEVA = "geneva_2021-06-16_putin_news_conference_blog_copy.txt"


def data_path(name: str = "") -> Path:
    """Return the path of a file in the kit's ``data/`` folder.

    A wheel carries the folder as ``kit/data``; an editable install (the usual case
    in this repository) reads the top-level ``data/`` beside the package, so an
    instructor's edits there take effect at once.

    >>> data_path(GENEVA).name
    'geneva_2021-06-16_putin_news_conference_blog_copy.txt'
    """
    packaged = Path(str(resources.files("kit"))) / "data"
    folder = packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "data"
    return folder / name if name else folder
