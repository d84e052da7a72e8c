"""The package's layout: the folder listing is the data path the package docstring draws, and data flows one way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kit

PACKAGE = Path(kit.__file__).parent
#: Each module or folder of kit/ by its place on the data path of the package docstring:
#: a module may import from its own place and the places before it, never after.
PLACE = {
    **dict.fromkeys(("words", "sentences", "similarity", "errors", "_data", "_files", "schema"), 0),  # used by all
    **dict.fromkeys(("source", "web"), 1),  # text
    "parsing": 2,  # records
    **dict.fromkeys(("columns", "frames", "corpus", "store", "export", "reading", "gather", "workers"), 3),  # frames
    **dict.fromkeys(("rhetoric", "topics", "kwic", "distinctive", "duplicates", "marks", "airtime"), 4),  # analyses
    "audit": 4,  # analyses: how the kit read a transcript
    "archive": 4,  # a dataset of many sources and the analyses asked of it in DuckDB
    "charts": 5,
    "widgets": 6,
    "classroom": 7,  # beside the path: uses the stages, which do not use it
}
#: The one import against the flow, named in kit/classroom/__init__.py: the coding exercise's widget checks answers.
SEAMS = {("kit/widgets/rhetoric.py", "classroom")}


def listing() -> set[str]:
    """The modules and folders of kit/, as the docstring writes them (``frames.py``, ``parsing/``)."""
    names = {p.name for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    return names | {f"{p.name}/" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}


def test_the_package_docstring_draws_every_module_and_folder_and_no_other() -> None:
    drawn = set(re.findall(r"\b(_?[a-z]+(?:\.py|/))", kit.__doc__))
    assert drawn == listing()
    assert {name.removesuffix(".py").removesuffix("/") for name in listing()} == set(PLACE)


def imports(path: Path) -> set[str]:
    """The kit modules and folders ``path`` imports (at its top or inside a function), by their first name."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kit."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "kit":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name.split(".")[1] for alias in node.names if alias.name.startswith("kit.")}
    return {"classroom" if name == "exercises" else name for name in found if name in PLACE or name == "exercises"}


@pytest.mark.parametrize(
    "path",
    sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in ("__init__.py", "__main__.py")),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_data_flows_one_way(path: Path) -> None:
    here = PLACE[path.relative_to(PACKAGE).parts[0].removesuffix(".py")]
    where = f"kit/{path.relative_to(PACKAGE)}"
    later = {name for name in imports(path) if PLACE[name] > here and (where, name) not in SEAMS}
    assert not later, f"{where} imports from later on the data path: {sorted(later)}"


def test_a_seam_that_closes_is_taken_off_the_list() -> None:
    for where, name in SEAMS:
        assert name in imports(PACKAGE.parent / where), f"{where} no longer imports {name}: remove it from SEAMS"
