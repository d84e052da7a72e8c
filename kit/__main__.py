"""Command line: export a transcript, print Binder links, build the student set, grade, check a notebook.

    python -m kit export [SOURCE] --out DIR   frames as CSV and ConvoKit utterances.jsonl
                                              (SOURCE: a text file, a saved .html page or a link)
    python -m kit binder-link                 Binder URL, badge and nbgitpuller link
    python -m kit student OUTDIR [--force]    the student set: notebooks with stubs, practice keys sealed
    python -m kit grade SUBMISSIONS... --out gradebook.csv [--roster R.csv] [--use ID=FILE] [--force]
                                              a gradebook (and its Canvas, Moodle, Gradescope files)
    python -m kit check NOTEBOOK [--full]     run one notebook and its tests; say briefly what failed
    python -m kit --version                   the kit's version

``press-kit`` (the script installed with the kit) is the same command, and names itself so
in its help (:func:`program_name`). ``python -m kit COMMAND --help`` describes a command
and gives an example. Exit status: 0 when done; 1 for an error while running (reported in
one line on stderr, naming the file, for a transcript) and for ``grade`` when it skipped a
submission it could not read or flagged one it could not match to one student (it says
which); 2 for a usage error (an unknown command, a missing or empty argument), as argparse gives.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["main", "program_name", "FAILED", "USAGE"]

#: Exit status of an error while a command runs (a file that cannot be read or written).
FAILED = 1
#: Exit status of a command given wrong arguments (argparse's own status for them).
USAGE = 2


class UsageError(ValueError):
    """A command's arguments are wrong in a way argparse cannot see (an empty ``--out``)."""


_COMMANDS = {
    "export": (
        "write a transcript's frames as CSV and ConvoKit utterances.jsonl",
        "Read transcripts (text files, folders, patterns, saved web pages or links, as one corpus;\n"
        "by default the bundled Geneva source) and write each frame as CSV and the turns as\n"
        "ConvoKit's utterances.jsonl into a folder. Files of an earlier export are replaced only\n"
        "with --force.",
        "examples:\n  %(prog)s transcripts/ --out frames\n  %(prog)s https://en.kremlin.ru/events/president/news/65870 --out geneva",
    ),
    "binder-link": (
        "print the Binder URL, badge and nbgitpuller link of this repository",
        "Print the link that opens this repository's start notebook on mybinder.org, the badge\n"
        "for the README, and an nbgitpuller link for a school's JupyterHub, from the git remote\n"
        "and branch (or --repo and --branch).",
        "example:\n  %(prog)s --hub https://hub.school.org",
    ),
    "student": (
        "write the student set: notebooks with stubs, the kit, binder/, and the practice keys sealed",
        "Write the repository students get: the notebooks with each solution replaced by a stub\n"
        "(instructor cells left out), the kit, binder/, the glossary, and data/ with the practice\n"
        "keys sealed (graded exercises carry no key). Files already in OUTDIR are replaced only\n"
        "with --force; a folder inside this repository is refused.",
        "example:\n  %(prog)s ../press-kit-students",
    ),
    "grade": (
        "grade students' submission files into a gradebook",
        "Score the submission files students made with kit.exercises.submit into a gradebook CSV\n"
        "keyed by the roster's ids, with OUT-details.csv, OUT-written.md (the written answers to\n"
        "grade), OUT-scores.csv (the written points, read back on the next run) and one CSV each\n"
        "for Canvas, Moodle and Gradescope beside it. A file that cannot be read is skipped and\n"
        "named, a submission that matches no one or two records of one student is flagged, and\n"
        "the exit status is then 1.",
        "example:\n  %(prog)s submissions/ --out gradebook.csv --roster roster.csv",
    ),
    "check": (
        "run one notebook (nbval) and the tests about it; say in a few lines what failed and what to change",
        "Run one instructor notebook top to bottom with every solution checked, and the tests\n"
        "about it: the quick check after editing a lesson or a key. It says in a few plain lines\n"
        "which exercise failed and what to change (--full: pytest's whole report).",
        "example:\n  %(prog)s 02",
    ),
}


def program_name(argv0: str | None = None) -> str:
    """The name the command line goes by: the script's (``press-kit``) or ``python -m kit``.

    Args:
        argv0: how the program was started (default: ``sys.argv[0]``).

    Returns:
        The script's name for an installed script, else ``"python -m kit"`` (for
        ``kit/__main__.py``, ``python -c`` or a Python file that calls :func:`main`).

    >>> program_name("/home/ana/.venv/bin/press-kit"), program_name("/repo/kit/__main__.py")
    ('press-kit', 'python -m kit')
    """
    path = sys.argv[0] if argv0 is None else argv0
    name = path.replace("\\", "/").rsplit("/", 1)[-1]  # a Windows path read on any system
    for suffix in (".exe", "-script.py", "-script.pyw"):
        name = name.removesuffix(suffix)
    if not name or name == "-c" or name.endswith((".py", ".pyw")) or name.startswith("python"):
        return "python -m kit"
    return name


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("press-conference-kit")
    except PackageNotFoundError:  # a checkout that was never installed
        return "(not installed)"


def _add(commands, name: str, run) -> argparse.ArgumentParser:
    """A subcommand with its one-line help, its description and its example (shown by ``--help``)."""
    summary, description, example = _COMMANDS[name]
    parser = commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog=example,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0, :data:`FAILED` or :data:`USAGE`)."""
    parser = argparse.ArgumentParser(
        prog=program_name() if argv is None else "python -m kit",
        description=__doc__.splitlines()[0],
        epilog="Run '%(prog)s COMMAND --help' for a command's description and an example. Exit status: "
        "0 done, 1 an error while running (or grade skipped a submission), 2 a usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = _add(commands, "export", _export)
    export.add_argument(
        "source",
        nargs="*",
        help="transcript files, folders, patterns, saved web pages (.html) or links, read as one corpus "
        "(default: the bundled Geneva source)",
    )
    export.add_argument("--out", required=True, help="folder to write into (created if needed)")
    export.add_argument("--force", action="store_true", help="replace the files of an earlier export")
    export.add_argument("--encoding", help="the file's encoding if not UTF-8, e.g. cp1251")
    link = _add(commands, "binder-link", _binder_link)
    link.add_argument("--remote", default="origin", help="git remote to link to (default: origin)")
    link.add_argument("--repo", help="repository URL, instead of reading the git remote")
    link.add_argument("--branch", help="branch (default: the current one)")
    link.add_argument("--notebook", help="notebook to open (default: the start notebook)")
    link.add_argument("--hub", default="https://YOUR-JUPYTERHUB", help="your JupyterHub's address, for nbgitpuller")
    student = _add(commands, "student", _student)
    student.add_argument("out", help="folder to write the student set into (a repository to push for students)")
    student.add_argument("--notebooks", help="folder of instructor notebooks (default: notebooks/ of this repository)")
    student.add_argument("--data", help="data folder whose keys to seal (default: the kit's data/)")
    student.add_argument("--force", action="store_true", help="replace files of the same name already in OUTDIR")
    grade = _add(commands, "grade", _grade)
    grade.add_argument("submissions", nargs="+", help="submission .zip files, or folders of them")
    grade.add_argument(
        "--out",
        required=True,
        help="the gradebook CSV (OUT-details.csv, OUT-written.md, OUT-scores.csv and one CSV per LMS beside it)",
    )
    grade.add_argument("--keys", help="the exercise file to grade with (default: the kit's data/exercises.toml)")
    grade.add_argument("--roster", help="the roster CSV (an id column; name, email, section if known)")
    grade.add_argument(
        "--use", action="append", default=[], metavar="ID=FILE", help="the file that counts for a flagged student"
    )
    grade.add_argument("--force", action="store_true", help="replace an earlier gradebook (never OUT-scores.csv)")
    check = _add(commands, "check", _check)
    check.add_argument("notebook", help="a notebook: its path, its name, or the start of its name (02)")
    check.add_argument("--full", action="store_true", help="show pytest's whole report instead of the short verdict")
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        return _fail(str(error), USAGE)
    except ValueError as error:  # kit.InputError (a transcript or data file it cannot read) and bad values
        return _fail(str(error))
    except OSError as error:
        if error.strerror and error.filename:
            verb = "cannot write " if args.command in ("export", "student", "grade") else ""
            return _fail(f"{verb}{error.filename}: {error.strerror}")
        return _fail(str(error) or type(error).__name__)


def _fail(message: str, status: int = FAILED) -> int:
    """Print ``message`` to stderr on one line; return ``status`` (:data:`FAILED` unless told)."""
    print("error: " + " ".join(message.splitlines()), file=sys.stderr)
    return status


def _export(args: argparse.Namespace) -> int:
    from kit.export import export
    from kit.reading import load, read_corpus

    if not args.out.strip():
        raise UsageError("--out is empty: name the folder to write into ('.' for this one)")
    # kit.gather decides what each source is (file, saved page, folder, pattern, link), as for kit.read_corpus
    corpus = read_corpus(args.source, encoding=args.encoding, on_error="raise") if args.source else load()
    written = export(corpus, args.out, force=args.force)
    print(corpus)
    for path in written:
        print(f"wrote {path}")
    return 0


def _binder_link(args: argparse.Namespace) -> int:
    from kit.classroom import binder

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
    from kit.classroom.student import write_student_set

    source = Path(args.notebooks) if args.notebooks else _notebooks()
    written = write_student_set(source, args.out, force=args.force, data=args.data)
    for path in written:
        print(f"wrote {path}")
    print(
        f"wrote the student set in {args.out}: the kit, binder/, data/ with the practice keys sealed "
        "(exercises.sealed.json; graded exercises carry no key), and a README for students. "
        "Push it as its own repository."
    )
    return 0


def _grade(args: argparse.Namespace) -> int:
    from kit.classroom.grade import expand, grade
    from kit.classroom.gradebook import read_scores, scores_path, write

    if not expand(args.submissions):
        raise ValueError("no submissions: name the .zip files (or folders of them)")
    bad = [item for item in args.use if "=" not in item.strip("=")]
    if bad:
        raise UsageError(f"--use takes ID=FILE (a roster id and a submission's file name), not {bad[0]!r}")
    use = dict(item.split("=", 1) for item in args.use)
    book = grade(args.submissions, keys=args.keys, roster=args.roster, use=use)
    book.scores = read_scores(scores_path(args.out), book.keys)
    for _path, reason in book.skipped:
        print(f"skipped {reason}", file=sys.stderr)
    for flag in book.flags:
        print(f"flag: {flag}", file=sys.stderr)
    if not book.graded and book.roster is None and not book.flags:
        raise ValueError(f"none of the {len(book.skipped)} submissions could be read; no gradebook written")
    try:
        written = write(book, args.out, force=args.force)
    except FileExistsError as error:
        raise ValueError(str(error)) from None
    for note in book.notes:
        print(f"note: {note}")
    possible = book.possible()
    sheet = book.score_sheet()
    for row in book.frame().itertuples(index=False):
        to_read = int(((sheet["id"] == row.id) & sheet["score"].isna()).sum())
        if pd_isna(row.points):
            continue
        print(
            f"{row.name} ({row.id}): {row.points} of {possible['points']} points, written {row.written} of "
            f"{possible['written']}" + (f", {to_read} written to grade" if to_read else "")
        )
    for path in written:
        print(f"wrote {path}")
    return 1 if book.skipped or book.flags else 0


def pd_isna(value: object) -> bool:
    """Whether a gradebook cell is blank (None or NaN)."""
    return value is None or value != value


def _check(args: argparse.Namespace) -> int:
    from kit.classroom.runner import check_notebook

    return check_notebook(args.notebook, full=args.full)


def _notebooks() -> Path:
    """notebooks/ in the current folder, or beside an editable install of the kit."""
    from kit._data import repository

    for folder in (Path.cwd() / "notebooks", repository() / "notebooks"):
        if folder.is_dir():
            return folder
    raise ValueError("no notebooks/ folder here; pass --notebooks DIR")


if __name__ == "__main__":
    sys.exit(main())
