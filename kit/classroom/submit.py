"""One file to hand in: the student's record of checks and responses, and the notebooks.

``kit.exercises.submit(name="Ada Lovelace")`` writes ``submission-Ada-Lovelace-DATE.zip``
beside the notebooks (never over an earlier one) and shows a download link. The zip
holds ``submission.json`` (the name as typed, the time, the record of
:mod:`kit.classroom.progress`, a SHA-256 of each notebook) and ``notebooks/*.ipynb`` as
they were last saved: JupyterLab saves every two minutes, so the output asks the
student to save first (and names a notebook saved before its last check).

Where the file goes next depends on where the student works: on Binder the session is
temporary and the file must be downloaded at once; on a JupyterHub it stays in the
student's home, where the instructor (or an upload to the course's site) collects it.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from kit._files import write_atomic
from kit.classroom import progress

__all__ = ["FORMAT", "MANIFEST", "Submission", "submit", "where_running"]

#: The format tag of a submission's manifest.
FORMAT = "kit-submission/1"
#: The manifest's name inside the zip.
MANIFEST = "submission.json"
_COLOUR = "#332288"


def where_running(environ: dict | None = None) -> str:
    """``"binder"``, ``"hub"`` (a JupyterHub) or ``"local"``, from the session's environment.

    Args:
        environ: the environment variables (default: ``os.environ``).

    Returns:
        ``"binder"`` if any variable starts with ``BINDER_``, else ``"hub"`` if
        ``JUPYTERHUB_USER`` is set, else ``"local"``.

    >>> where_running({"BINDER_LAUNCH_HOST": "https://mybinder.org/", "JUPYTERHUB_USER": "x"})
    'binder'
    >>> where_running({"JUPYTERHUB_USER": "ada"}), where_running({})
    ('hub', 'local')
    """
    environ = os.environ if environ is None else environ
    if any(name.startswith("BINDER_") for name in environ):
        return "binder"
    return "hub" if environ.get("JUPYTERHUB_USER") else "local"


@dataclass(frozen=True)
class Submission:
    """A written submission (``path``), or none (``path is None``) and why; displays a download link."""

    name: str
    path: Path | None
    notebooks: tuple[str, ...] = ()
    checks: int = 0
    responses: int = 0
    place: str = "local"
    stale: tuple[str, ...] = field(default=())
    href: str = ""

    def lines(self) -> list[str]:
        """What the output says, one sentence a line.

        Returns:
            One line asking for a name when nothing was saved; otherwise what was saved,
            a reminder to save first if a notebook was saved before its last check
            (``stale``), and where the file is for this session's ``place``.
        """
        if self.path is None:
            return [
                "Nothing saved yet: write your name (or student number) between the quotes, "
                'e.g. kit.exercises.submit(name="Ada Lovelace"), and run the cell again.'
            ]
        from kit.words import plural

        said = [
            f"Saved {self.path.name}: {plural(len(self.notebooks), 'notebook')} as last saved, "
            f"{plural(self.checks, 'check')} and {plural(self.responses, 'written answer')}, for {self.name}."
        ]
        if self.stale:
            verb = "was" if len(self.stale) == 1 else "were"
            said.append(
                f"Save your notebooks first (Ctrl+S), then run this cell again: {', '.join(self.stale)} "
                f"{verb} saved before your last check there."
            )
        if self.place == "binder":
            said.append(
                "This Binder session is temporary: the file is deleted when the session ends. "
                "Download it now (the link) and hand it in as your instructor asks."
            )
        elif self.place == "hub":
            said.append(
                f"It stays in your folder on the hub ({self.path.name}); download it too if your "
                "instructor asks you to upload it."
            )
        else:
            said.append(f"It is in {self.path.parent}.")
        return said

    def __repr__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        lines = [html.escape(line) for line in self.lines()]
        if self.path is not None:
            link = (
                f'<a href="{html.escape(self.href)}" download="{html.escape(self.path.name)}">'
                f"Download {html.escape(self.path.name)}</a>"
            )
            lines.insert(1, link)
        return f'<div style="border-left:4px solid {_COLOUR};padding:4px 8px">' + "<br>".join(lines) + "</div>"


def _slug(name: str) -> str:
    """An ASCII file-name-safe form of a name (accents dropped; a name in another script becomes "student").

    The name itself, as typed, is inside the file; the file name only has to survive every
    LMS, zip tool and file system, which not all do with non-ASCII names.

    >>> _slug("  Ada  Lovelace "), _slug("Zoë"), _slug("김 민준"), _slug("../../etc"), _slug("!!")
    ('Ada-Lovelace', 'Zoe', 'student', 'etc', 'student')
    """
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9_]+", "-", plain.strip()).strip("-_")[:40] or "student"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stale(notebooks: dict[str, Path], records: dict[str, dict]) -> list[str]:
    """Notebooks whose file is older than the last check recorded for them."""
    found = []
    for stem, path in notebooks.items():
        last = progress.latest_time({stem: records[stem]}) if stem in records else None
        if last is None:
            continue
        saved = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if saved < datetime.fromisoformat(last):
            found.append(path.name)
    return found


def submit(name: str | None, folder: str | os.PathLike[str] | None = None) -> Submission:
    """Write one submission file for ``name`` from the notebooks in ``folder`` and the record.

    Args:
        name: the student's name or number, as typed; blank writes nothing.
        folder: the notebooks' folder (default: the current folder).

    Returns:
        A :class:`Submission`.

    >>> submit("  ").path is None
    True
    """
    if name is None or not str(name).strip():
        return Submission("", None)
    name = " ".join(str(name).split())
    base = Path(folder) if folder is not None else Path.cwd()
    notebooks = {p.stem: p for p in sorted(base.glob("*.ipynb"))}
    records = progress.read()
    contents = {stem: path.read_bytes() for stem, path in notebooks.items()}
    manifest = {
        "format": FORMAT,
        "name": name,
        "created": progress.now(),
        "kit": _version(),
        "notebooks": {f"{stem}.ipynb": {"sha256": _sha256(data)} for stem, data in contents.items()},
        "progress": records,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, allow_nan=True))
        for stem, data in contents.items():
            archive.writestr(f"notebooks/{stem}.ipynb", data)
    path = _free_name(base, name)
    write_atomic(path, buffer.getvalue())
    checks = sum(len(r.get("attempts", [])) for r in records.values())
    responses = sum(len(r.get("responses", [])) for r in records.values())
    href = quote(os.path.relpath(path, Path.cwd()).replace(os.sep, "/"))
    return Submission(
        name,
        path,
        tuple(f"{s}.ipynb" for s in notebooks),
        checks,
        responses,
        where_running(),
        tuple(_stale(notebooks, records)),
        href,
    )


def _free_name(base: Path, name: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = base / f"submission-{_slug(name)}-{stamp}.zip"
    number = 2
    while path.exists():
        path = base / f"submission-{_slug(name)}-{stamp}-{number}.zip"
        number += 1
    return path


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("press-conference-kit")
    except PackageNotFoundError:
        return "unknown"
