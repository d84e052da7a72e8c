"""Run-wide test settings: in the instructor notebooks, every solution must pass its check.

nbval starts a notebook's kernel in the setup of its first cell; the kernel inherits this
process's environment, so ``KIT_STRICT_CHECKS=1`` is set while notebook cells run (a
check that is not right then raises) and removed for every other test (doctests call
``check`` with wrong answers on purpose).
"""

import os

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.path.suffix == ".ipynb":
        os.environ["KIT_STRICT_CHECKS"] = "1"
    else:
        os.environ.pop("KIT_STRICT_CHECKS", None)
