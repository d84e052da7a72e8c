#!/usr/bin/env python3
"""Install the kit's JupyterLab settings into this Python's environment (Binder's, or .venv).

    python binder/lab_settings.py [PREFIX]

Used by ``binder/postBuild`` on Binder and by ``python3 tasks.py lab``, so both open the
same lab:

* ``jupyter_server_config.json`` is merged into ``PREFIX/etc/jupyter/jupyter_server_config.json``
  (other settings already there are kept): the start page, and nothing fetched from the
  internet (``LabApp.news_url`` null, ``jupyterlab.NeverCheckForUpdate``). A file in
  ``jupyter_server_config.d/`` would not do: Jupyter Server reads only the switches of
  server extensions from there. A copy is put there all the same, where
  ``tests/test_binder_env.py`` looks for the start page.
* ``overrides.json`` becomes ``PREFIX/share/jupyter/lab/settings/overrides.d/press-conference-kit.json``:
  JupyterLab's default settings for every user, here ``fetchNews: "false"`` (no "Would you
  like to get notified about official Jupyter news?" pop-up) and no update check.

Standard library only: it runs before anything else is set up. Each file is written
through a temporary file and a rename; a settings file that is not JSON is left alone and
reported.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "press-conference-kit.json"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def install(prefix: str | Path = sys.prefix) -> list[Path]:
    """Write the server config and JupyterLab's default settings into ``prefix``; return the files."""
    prefix = Path(prefix)
    ours = json.loads((HERE / "jupyter_server_config.json").read_text(encoding="utf-8"))
    config = prefix / "etc" / "jupyter" / "jupyter_server_config.json"
    try:
        merged = json.loads(config.read_text(encoding="utf-8")) if config.exists() else {}
    except ValueError:
        sys.exit(f"{config}: not JSON; fix or remove it, then run {Path(__file__).name} again")
    for section, values in ours.items():
        merged.setdefault(section, {}).update(values)
    overrides = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.d" / NAME
    extension_copy = prefix / "etc" / "jupyter" / "jupyter_server_config.d" / NAME
    _write(config, json.dumps(merged, indent=2) + "\n")
    _write(overrides, (HERE / "overrides.json").read_text(encoding="utf-8"))
    _write(extension_copy, json.dumps(ours, indent=2) + "\n")
    return [config, overrides, extension_copy]


if __name__ == "__main__":
    for written in install(sys.argv[1] if len(sys.argv) > 1 else sys.prefix):
        print(f"wrote {written}")
