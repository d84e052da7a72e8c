"""Command line: ``python -m kit export SOURCE --out DIR``.

Errors in the input are reported in one line naming the file, with exit status 2.
"""

from __future__ import annotations

import argparse
import sys

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
        "source", nargs="?", help="transcript file (default: the bundled Geneva source)"
    )
    export.add_argument("--out", required=True, help="folder to write into (created if needed)")
    export.add_argument("--encoding", help="the file's encoding if not UTF-8, e.g. cp1251")
    args = parser.parse_args(argv)
    try:
        return _export(args)
    except TranscriptError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot write {error.filename or args.out}: {error.strerror}", file=sys.stderr)
        return 1


def _export(args: argparse.Namespace) -> int:
    from kit.corpus import load, read_transcript
    from kit.export import export

    corpus = read_transcript(args.source, args.encoding) if args.source else load()
    written = export(corpus, args.out)
    print(corpus)
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
