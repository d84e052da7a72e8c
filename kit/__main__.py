"""Command line: export a transcript, print Binder links, build the student notebooks.

    python -m kit export [SOURCE] --out DIR   frames as CSV and ConvoKit utterances.jsonl
                                              (SOURCE: a text file, a saved .html page or a link)
    python -m kit binder-link                 Binder URL, badge and nbgitpuller link
    python -m kit student OUTDIR [--force]    student versions of the notebooks

Errors are reported in one line (naming the file, for a transcript), with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit.errors import TranscriptError

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m kit", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser(
        "export", help="write a transcript's frames as CSV and ConvoKit utterances.jsonl"
    )
    export.add_argument(
        "source", nargs="?",
        help="transcript file, saved web page (.html) or link (default: the bundled Geneva source)",
    )  # fmt: skip
    export.add_argument("--out", required=True, help="folder to write into (created if needed)")
    export.add_argument("--force", action="store_true", help="replace the files of an earlier export")
    export.add_argument("--encoding", help="the file's encoding if not UTF-8, e.g. cp1251")
    export.set_defaults(run=_export)
    link = commands.add_parser("binder-link", help="print the Binder URL, badge and nbgitpuller link of this repository")
    link.add_argument("--remote", default="origin", help="git remote to link to (default: origin)")
    link.add_argument("--repo", help="repository URL, instead of reading the git remote")
    link.add_argument("--branch", help="branch (default: the current one)")
    link.add_argument("--notebook", help="notebook to open (default: the start notebook)")
    link.add_argument("--hub", default="https://YOUR-JUPYTERHUB", help="your JupyterHub's address, for nbgitpuller")
    link.set_defaults(run=_binder_link)
    student = commands.add_parser("student", help="write student versions of the notebooks (solutions replaced by stubs)")
    student.add_argument("out", help="folder to write the student notebooks into")
    student.add_argument("--notebooks", help="folder of instructor notebooks (default: notebooks/ of this repository)")
    student.add_argument("--force", action="store_true", help="replace notebooks of the same name already in OUTDIR")
    student.set_defaults(run=_student)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (TranscriptError, ValueError) as error:
        return _fail(str(error))
    except OSError as error:
        if error.strerror and error.filename:
            verb = "cannot write " if args.command in ("export", "student") else ""
            return _fail(f"{verb}{error.filename}: {error.strerror}")
        return _fail(str(error) or type(error).__name__)


def _fail(message: str) -> int:
    """Print ``message`` to stderr on one line; return 2, the exit status of every error."""
    print("error: " + " ".join(message.splitlines()), file=sys.stderr)
    return 2


def _export(args: argparse.Namespace) -> int:
    from kit.corpus import load, read_transcript
    from kit.export import export
    from kit.web import is_url, read_page

    if not args.out.strip():
        raise ValueError("--out is empty: name the folder to write into ('.' for this one)")
    if not args.source:
        corpus = load()
    elif is_url(args.source) or args.source.lower().endswith((".html", ".htm")):
        corpus = read_page(args.source, encoding=args.encoding)
    else:
        corpus = read_transcript(args.source, args.encoding)
    written = export(corpus, args.out, force=args.force)
    print(corpus)
    for path in written:
        print(f"wrote {path}")
    return 0


def _binder_link(args: argparse.Namespace) -> int:
    from kit import binder

    if args.repo:
        remote, top = binder.parse_remote(args.repo), Path.cwd()
        branch = args.branch or "main"
    else:
        remote, branch, top = binder.from_git(args.remote)
        branch = args.branch or branch
    notebook = args.notebook or binder.start_notebook(top)
    url = binder.binder_url(remote, branch, notebook)
    print(f"Binder:      {url}")
    print(f"Badge:       {binder.badge(url)}")
    print(f"nbgitpuller: {binder.nbgitpuller_url(args.hub, remote, branch, notebook)}")
    if args.hub == "https://YOUR-JUPYTERHUB":
        print("             (pass --hub https://your.hub.address to fill in your JupyterHub)")
    return 0


def _student(args: argparse.Namespace) -> int:
    from kit.student import write_student_set

    source = Path(args.notebooks) if args.notebooks else _notebooks()
    for path in write_student_set(source, args.out, force=args.force):
        print(f"wrote {path}")
    return 0


def _notebooks() -> Path:
    """notebooks/ in the current folder, or beside an editable install of the kit."""
    for folder in (Path.cwd() / "notebooks", Path(__file__).resolve().parent.parent / "notebooks"):
        if folder.is_dir():
            return folder
    raise ValueError("no notebooks/ folder here; pass --notebooks DIR")


if __name__ == "__main__":
    sys.exit(main())
