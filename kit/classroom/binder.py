"""Links that open this repository's notebooks: Binder, its badge, and nbgitpuller.

``python -m kit binder-link`` prints them for the repository it is run in, from its git
remote and branch. Binder builds the environment from ``binder/`` and opens JupyterLab on
the start notebook; an nbgitpuller link pulls the repository into a student's home on a
JupyterHub the school already runs, and opens the same notebook there.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, urlencode

__all__ = ["Remote", "parse_remote", "binder_url", "badge", "nbgitpuller_url", "start_notebook", "from_git"]

BINDER = "https://mybinder.org"
BADGE = "https://mybinder.org/badge_logo.svg"
_DEFAULT_START = "notebooks/00-start-here.ipynb"


class Remote(NamedTuple):
    """A git remote: its host, owner (or group path), repository name and https URL."""

    host: str
    owner: str
    name: str
    url: str


def parse_remote(url: str) -> Remote:
    """Host, owner and repository name of a remote URL (https or ssh).

    Args:
        url: the remote, e.g. ``git@github.com:school/press-kit.git``.

    Returns:
        A :class:`Remote`; raises ``ValueError`` for something that is not a repository URL.

    >>> parse_remote("git@github.com:school/press-kit.git")
    Remote(host='github.com', owner='school', name='press-kit', url='https://github.com/school/press-kit')
    >>> parse_remote("https://gitlab.com/group/sub/press-kit").owner
    'group/sub'
    """
    url = url.strip()
    found = re.match(r"^(?:[\w.+-]+://)?(?:[^@/]+@)?([^/:]+)[:/](.+?)(?:\.git)?/?$", url)
    if not found or "/" not in found.group(2):
        raise ValueError(f"not a repository URL: {url!r}")
    host, path = found.group(1), found.group(2).strip("/")
    owner, _, name = path.rpartition("/")
    return Remote(host, owner, name, f"https://{host}/{path}")


def start_notebook(root: str | Path = ".") -> str:
    """The notebook JupyterLab opens on, from ``binder/jupyter_server_config.json``.

    Args:
        root: the repository's top folder.

    Returns:
        The notebook's path in the repository (the start notebook when the file does not say).

    >>> start_notebook("/nowhere")
    'notebooks/00-start-here.ipynb'
    """
    path = Path(root) / "binder" / "jupyter_server_config.json"
    try:
        url = json.loads(path.read_text(encoding="utf-8"))["LabApp"]["default_url"]
    except (OSError, KeyError, ValueError):
        return _DEFAULT_START
    return url.removeprefix("/lab/tree/")


def binder_url(remote: Remote, branch: str, notebook: str = _DEFAULT_START, binder: str = BINDER) -> str:
    """The Binder launch URL, opening JupyterLab on ``notebook``.

    Args:
        remote: the repository (GitHub, GitLab, or any git host).
        branch: the branch to build.
        notebook: the notebook to open, relative to the repository.
        binder: the BinderHub.

    Returns:
        The URL.

    >>> binder_url(parse_remote("https://github.com/school/press-kit"), "main")
    'https://mybinder.org/v2/gh/school/press-kit/main?urlpath=lab%2Ftree%2Fnotebooks%2F00-start-here.ipynb'
    """
    query = urlencode({"urlpath": f"lab/tree/{notebook}"})
    if remote.host == "github.com":
        spec = f"gh/{remote.owner}/{remote.name}/{quote(branch, safe='')}"
    elif remote.host == "gitlab.com":
        spec = f"gl/{quote(remote.owner + '/' + remote.name, safe='')}/{quote(branch, safe='')}"
    else:
        spec = f"git/{quote(remote.url, safe='')}/{quote(branch, safe='')}"
    return f"{binder.rstrip('/')}/v2/{spec}?{query}"


def badge(url: str) -> str:
    """Markdown for a "launch binder" badge linking to ``url``.

    Args:
        url: the Binder URL (:func:`binder_url`).

    Returns:
        One line of Markdown.

    >>> badge("https://mybinder.org/v2/gh/a/b/main")
    '[![Launch on Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/a/b/main)'
    """
    return f"[![Launch on Binder]({BADGE})]({url})"


def nbgitpuller_url(hub: str, remote: Remote, branch: str, notebook: str = _DEFAULT_START) -> str:
    """An nbgitpuller link: pull the repository into the student's home on ``hub``, open ``notebook``.

    Args:
        hub: the JupyterHub's address.
        remote: the repository.
        branch: the branch to pull.
        notebook: the notebook to open, relative to the repository.

    Returns:
        The URL.

    >>> nbgitpuller_url("https://hub.school.org", parse_remote("https://github.com/school/press-kit"), "main")
    'https://hub.school.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fschool%2Fpress-kit&branch=main&urlpath=lab%2Ftree%2Fpress-kit%2Fnotebooks%2F00-start-here.ipynb'
    """
    query = urlencode({"repo": remote.url, "branch": branch, "urlpath": f"lab/tree/{remote.name}/{notebook}"})
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def _git(*args: str, cwd: str | Path = ".") -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as error:
        raise ValueError(f"git is not available: {error.strerror}") from None
    if done.returncode != 0:
        raise ValueError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout.strip()


def from_git(remote: str = "origin", cwd: str | Path = ".") -> tuple[Remote, str, Path]:
    """The remote, the current branch and the top folder of the repository at ``cwd``.

    Args:
        remote: the remote's name.
        cwd: a folder in the repository.

    Returns:
        ``(remote, branch, top folder)``. Raises ``ValueError`` saying what to do when there is
        no such remote, or HEAD is detached.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = subprocess.run(["git", "init", "-q", folder], check=True)
    ...     from_git(cwd=folder)
    Traceback (most recent call last):
    ...
    ValueError: this repository has no remote 'origin': push it to GitHub first, or pass --repo URL
    """
    top = Path(_git("rev-parse", "--show-toplevel", cwd=cwd))
    try:
        url = _git("config", "--get", f"remote.{remote}.url", cwd=cwd)
    except ValueError:
        raise ValueError(
            f"this repository has no remote {remote!r}: push it to GitHub first, or pass --repo URL"
        ) from None
    try:
        branch = _git("symbolic-ref", "--short", "HEAD", cwd=cwd)
    except ValueError:
        raise ValueError("HEAD is detached: pass --branch NAME") from None
    return parse_remote(url), branch, top
