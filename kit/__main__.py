"""Command line: export a transcript, print Binder links, build the student set, grade, check a notebook.

    python -m kit export [SOURCE] --out DIR   frames as CSV and ConvoKit utterances.jsonl
                                              (SOURCE: a text file, a saved .html page or a link)
    python -m kit binder-link                 Binder URL, badge and nbgitpuller link
    python -m kit student OUTDIR [--force]    the student set: notebooks with stubs, practice keys sealed
    python -m kit grade SUBMISSIONS... --out gradebook.csv [--roster R.csv] [--use ID=FILE] [--force]
                                              a gradebook (and its Canvas, Moodle, Gradescope files)
    python -m kit check NOTEBOOK [--full]     run one notebook and its tests; say briefly what failed

Errors are reported in one line (naming the file, for a transcript), with exit status 2.
``grade`` exits with 1 when it skipped a submission it could not read, or flagged one it
could not match to one student (and says which).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m kit", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write a transcript's frames as CSV and ConvoKit utterances.jsonl")
    export.add_argument(
        "source",
        nargs="*",
        help="transcript files, folders, patterns, saved web pages (.html) or links, read as one corpus "
        "(default: the bundled Geneva source)",
    )
    export.add_argument("--out", required=True, help="folder to write into (created if needed)")
    export.add_argument("--force", action="store_true", help="replace the files of an earlier export")
    export.add_argument("--encoding", help="the file's encoding if not UTF-8, e.g. cp1251")
    export.set_defaults(run=_export)
    link = commands.add_parser(
        "binder-link", help="print the Binder URL, badge and nbgitpuller link of this repository"
    )
    link.add_argument("--remote", default="origin", help="git remote to link to (default: origin)")
    link.add_argument("--repo", help="repository URL, instead of reading the git remote")
    link.add_argument("--branch", help="branch (default: the current one)")
    link.add_argument("--notebook", help="notebook to open (default: the start notebook)")
    link.add_argument("--hub", default="https://YOUR-JUPYTERHUB", help="your JupyterHub's address, for nbgitpuller")
    link.set_defaults(run=_binder_link)
    student = commands.add_parser(
        "student", help="write the student set: notebooks with stubs, the kit, binder/, and the answer keys sealed"
    )
    student.add_argument("out", help="folder to write the student set into (a repository to push for students)")
    student.add_argument("--notebooks", help="folder of instructor notebooks (default: notebooks/ of this repository)")
    student.add_argument("--data", help="data folder whose keys to seal (default: the kit's data/)")
    student.add_argument("--force", action="store_true", help="replace files of the same name already in OUTDIR")
    student.set_defaults(run=_student)
    grade = commands.add_parser("grade", help="grade students' submission files into a gradebook")
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
    grade.set_defaults(run=_grade)
    check = commands.add_parser(
        "check",
        help="run one notebook (nbval) and the tests about it; say in a few lines what failed and what to change",
    )
    check.add_argument("notebook", help="a notebook: its path, its name, or the start of its name (02)")
    check.add_argument("--full", action="store_true", help="show pytest's whole report instead of the short verdict")
    check.set_defaults(run=_check)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ValueError as error:  # kit.InputError (a transcript or data file it cannot read) and bad values
        return _fail(str(error))
    except OSError as error:
        if error.strerror and error.filename:
            verb = "cannot write " if args.command in ("export", "student", "grade") else ""
            return _fail(f"{verb}{error.filename}: {error.strerror}")
        return _fail(str(error) or type(error).__name__)


def _fail(message: str) -> int:
    """Print ``message`` to stderr on one line; return 2, the exit status of every error."""
    print("error: " + " ".join(message.splitlines()), file=sys.stderr)
    return 2


def _export(args: argparse.Namespace) -> int:
    from kit.export import export
    from kit.reading import load, read_corpus

    if not args.out.strip():
        raise ValueError("--out is empty: name the folder to write into ('.' for this one)")
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
        f"wrote the student set in {args.out}: the kit, binder/, data/ with the answer keys sealed "
        "(exercises.sealed.json), and a README for students. Push it as its own repository."
    )
    return 0


def _grade(args: argparse.Namespace) -> int:
    from kit.classroom.grade import expand, grade
    from kit.classroom.gradebook import read_scores, scores_path, write

    if not expand(args.submissions):
        raise ValueError("no submissions: name the .zip files (or folders of them)")
    bad = [item for item in args.use if "=" not in item.strip("=")]
    if bad:
        raise ValueError(f"--use takes ID=FILE (a roster id and a submission's file name), not {bad[0]!r}")
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
