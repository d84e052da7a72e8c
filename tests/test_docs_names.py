"""Every ``kit.x.y`` the README, the guide, the notebooks and Binder name exists in the package.

Names are renamed (``kit.rhetoric.features`` became ``kit.rhetoric.flag_devices``) and modules
move (``kit/exercises.py`` went to ``kit/classroom/``); the prose is not run, so a stale name
in it would go unnoticed. Read here: ``README.md``, ``data/README.md``, ``docs/*.md``, every
file of ``binder/``, and every cell (markdown and code) of ``notebooks/*.ipynb``.

Checked:

- each dotted name that starts with ``kit.`` (``kit.topics.coverage``, ``kit.widgets.TopicEditor``)
  resolves as Python would evaluate it (attribute by attribute, a submodule imported when
  needed), and when the text calls it (``kit.duplicates.measure_effect(corpus)``) it is
  callable, not a module such as ``kit.duplicates.effect``. A file path (``kit/classroom/``,
  ``kit/schema.py``) is not a dotted name, and a name followed by ``/`` is a folder: those
  are checked as paths, which must exist in the repository;
- each ``from kit.x import y`` and ``import kit.x``;
- in a notebook, each ``name.attribute`` where ``name = kit.widgets.Widget(...)``: the attribute
  is the class's, or one its ``__init__`` (or a base class's) sets (``explorer.slider``).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: ``kit.`` and at least one dotted name after it, not inside another name or a path.
DOTTED = re.compile(r"(?<![\w./-])kit(?:\.[A-Za-z_]\w*)+")
FROM_IMPORT = re.compile(r"\bfrom\s+(kit(?:\.\w+)*)\s+import\s+\(?([\w ,]+)")
IMPORT = re.compile(r"^\s*import\s+(kit\.[\w.]+)", re.M)
#: ``kit/classroom/``, ``kit/schema.py``: a path in the package (not inside a link's address).
PATH = re.compile(r"(?<![\w./-])kit/[\w/]*(?:\.py)?")
WIDGET = re.compile(r"(?<![\w.])(\w+)\s*=\s*kit\.widgets\.(\w+)\(")
#: ``a, b = kit.widgets.A(...), kit.widgets.B(...)``
WIDGET_PAIR = re.compile(r"(?<![\w.])(\w+),\s*(\w+)\s*=\s*kit\.widgets\.(\w+)\(.*?\),\s*kit\.widgets\.(\w+)\(")


def documents() -> Iterator[tuple[str, str]]:
    """``(where, text)`` for each file, and for each notebook cell, that names the kit."""
    files = [ROOT / "README.md", ROOT / "data" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    files += sorted(p for p in (ROOT / "binder").iterdir() if p.is_file())
    for path in files:
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        yield str(notebook.relative_to(ROOT)), notebook_text(notebook)


def notebook_text(notebook: Path) -> str:
    """Every cell of a notebook, markdown and code, as one text."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(cell["source"]) for cell in cells)


def resolve(name: str) -> object:
    """What a dotted name evaluates to in Python: attribute by attribute, a submodule imported when not yet one."""
    first, *rest = name.split(".")
    found = importlib.import_module(first)
    for k, attribute in enumerate(rest, start=1):
        try:
            found = getattr(found, attribute)
        except AttributeError:
            if not inspect.ismodule(found):
                raise
            found = importlib.import_module(".".join([first, *rest[:k]]))  # ModuleNotFoundError: neither
    return found


def named() -> dict[str, set[str]]:
    """Every dotted ``kit`` name in the documents -> where it is named; ``(`` ends a name that is called."""
    names: dict[str, set[str]] = {}
    for where, text in documents():
        after = [(m.group(), text[m.end() : m.end() + 1]) for m in DOTTED.finditer(text)]
        found = {name + "(" * (next_character == "(") for name, next_character in after if next_character != "/"}
        found |= {m.group(1) for m in IMPORT.finditer(text)}
        for module, imported in FROM_IMPORT.findall(text):
            found |= {f"{module}.{n.strip()}" for n in imported.split(",") if n.strip()}
        for name in found:
            names.setdefault(name, set()).add(where)
    return names


NAMED = named()


def test_the_documents_name_the_kit() -> None:
    names = {name.removesuffix("(") for name in NAMED}
    assert {"kit.load", "kit.topics.coverage", "kit.widgets.ThresholdExplorer", "kit.exercises.load_tasks"} <= names


@pytest.mark.parametrize("name", sorted(NAMED))
def test_every_kit_name_exists(name: str) -> None:
    where = ", ".join(sorted(NAMED[name]))
    try:
        found = resolve(name.removesuffix("("))
    except (ImportError, AttributeError) as error:
        pytest.fail(f"{name.removesuffix('(')}, named in {where}, does not exist: {error}")
    if name.endswith("("):
        assert callable(found), f"{name}...) is called in {where}, but it is a {type(found).__name__}"


PATHS = {m.group(): where for where, text in documents() for m in PATH.finditer(text)}


@pytest.mark.parametrize("path", sorted(PATHS))
def test_every_kit_path_exists(path: str) -> None:
    assert (ROOT / path).exists(), f"{path}, named in {PATHS[path]}, is not in the repository"


def attributes(cls: type) -> set[str]:
    """What an instance of ``cls`` has: the class's names and every ``self.x = ...`` of its methods."""
    found = set(dir(cls))
    for klass in cls.__mro__:
        if not klass.__module__.startswith("kit."):
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            for target in targets:
                for leaf in ast.walk(target) if target is not None else ():
                    if isinstance(leaf, ast.Attribute) and isinstance(leaf.value, ast.Name) and leaf.value.id == "self":
                        found.add(leaf.attr)
    return found


def widget_uses() -> dict[str, set[str]]:
    """``kit.widgets.Widget.attribute`` -> the notebooks that use it on a widget they made."""
    uses: dict[str, set[str]] = {}
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        text = notebook_text(notebook)
        made = dict(WIDGET.findall(text))
        for first, second, first_class, second_class in WIDGET_PAIR.findall(text):
            made |= {first: first_class, second: second_class}
        for variable, widget in made.items():
            for attribute in set(re.findall(rf"(?<![\w.]){variable}\.([A-Za-z_]\w*)", text)):
                uses.setdefault(f"kit.widgets.{widget}.{attribute}", set()).add(notebook.name)
    return uses


USES = widget_uses()


def test_the_notebooks_use_widgets() -> None:
    assert "kit.widgets.ThresholdExplorer.slider" in USES


@pytest.mark.parametrize("name", sorted(USES))
def test_every_widget_attribute_a_notebook_uses_exists(name: str) -> None:
    module, widget, attribute = name.rsplit(".", 2)
    cls = getattr(importlib.import_module(module), widget)
    assert attribute in attributes(cls), f"{name}, used in {', '.join(sorted(USES[name]))}, does not exist"
