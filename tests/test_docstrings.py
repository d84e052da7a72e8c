"""Every public function and method of ``kit`` has a Google-style docstring.

Public means named in its module's ``__all__`` and defined there (for a class: its
methods, class methods and static methods not starting with ``_``; properties are
attributes, not checked). Each needs a docstring, an ``Args:`` section when it
takes parameters besides ``self``/``cls``, and a ``Returns:`` section (``Yields:`` for a
generator or context manager) when its return annotation is not ``None``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator

import pytest

import kit


def _modules() -> Iterator[object]:
    yield kit
    for info in pkgutil.walk_packages(kit.__path__, "kit."):
        if info.name != "kit.__main__":
            yield importlib.import_module(info.name)


def _public() -> Iterator[tuple[str, Callable]]:
    """``(qualified name, function)`` for each public function and method of the package."""
    for module in _modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if getattr(obj, "__module__", None) != module.__name__:
                continue  # re-exported from elsewhere: checked where it is defined
            if inspect.isfunction(obj):
                yield f"{module.__name__}.{name}", obj
            elif inspect.isclass(obj):
                for attribute, value in vars(obj).items():
                    value = getattr(value, "__func__", value)  # a classmethod's or staticmethod's function
                    if inspect.isfunction(value) and not attribute.startswith("_"):
                        yield f"{module.__name__}.{name}.{attribute}", value


PUBLIC = dict(_public())


def test_the_walk_finds_the_package() -> None:
    assert "kit.similarity.shingles.jaccard" in PUBLIC and "kit.columns.SourceColumns.rows" in PUBLIC


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_docstring_has_args_and_returns(name: str) -> None:
    function = PUBLIC[name]
    doc = inspect.getdoc(function)
    assert doc, f"{name} has no docstring"
    signature = inspect.signature(function)
    if [p for p in signature.parameters if p not in ("self", "cls")]:
        assert "Args:" in doc, f"{name} takes parameters but its docstring has no Args: section"
    if signature.return_annotation not in (None, "None", inspect.Signature.empty):
        assert "Returns:" in doc or "Yields:" in doc, f"{name} returns a value but has no Returns: (or Yields:) section"
