"""The entry points that make a :class:`~kit.corpus.Corpus`: from text, a file, a web page or many sources.

:func:`parse` (text), :func:`read_transcript` (a file), :func:`read_page` (a saved web
page or a link), :func:`load` (the bundled Geneva source) and :func:`read_corpus` (many
files, folders, patterns, saved web pages and links at once).

Every path runs the same stages: the source's text (:mod:`kit.source`, :mod:`kit.web`)
is parsed into records (:func:`kit.parsing.parse_lines`) and columns
(:func:`kit.columns.source_columns`), one source at a time (in worker processes with
``read_corpus(..., workers=N)``, :mod:`kit.workers`); the columns of all the sources then
become DataFrames once (:meth:`Corpus.from_columns`). :func:`parse` is the one-source case.
"""

from __future__ import annotations

import os
import tomllib
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from os import PathLike
from pathlib import Path

from kit._data import GENEVA, data_path
from kit.columns import SourceColumns, source_columns
from kit.corpus import Corpus
from kit.errors import TranscriptError, printable_name
from kit.gather import Item, gather
from kit.parsing import Given, bulk, parse_lines, stated
from kit.parsing.lexicon import Lexicon, lexicon
from kit.source import check_text, file_path, read_file, read_text, split_lines
from kit.web import fetch, is_url, page_text
from kit.web.download import TIMEOUT
from kit.workers import run

__all__ = ["parse", "BESIDE", "read_transcript", "read_page", "load", "read_corpus"]


def parse(text: str, source: str = "<text>", *, event: str | None = None, askers: Iterable[str] = ()) -> Corpus:
    """Parse transcript text into a :class:`~kit.corpus.Corpus`.

    Args:
        text: the transcript (any line endings; a BOM is ignored).
        source: a name for error messages and the ``source`` column.
        event: the kind of event, where the kit would guess wrong: ``"news_conference"``,
            ``"briefing"``, ``"interview"``, ``"debate"``, ``"question_time"``, ``"hearing"``
            (a court argument too), ... (:data:`kit.parsing.events.EVENTS`). The documents'
            ``event_source`` then says ``given``.
        askers: the speakers who ask (by name, or the last word of it); the others answer.

    Returns:
        The corpus of that one source.

    Raises:
        TranscriptError: the text is empty, binary or only invisible characters.

    >>> corpus = parse("Question: Hi, Matthew Chance from CNN. Was it hostile?\\n"
    ...                "Vladimir Putin: I believe there was no hostility at all.")
    >>> corpus.turns[["speaker", "affiliation", "kind"]].values.tolist()
    [['Matthew Chance', 'CNN', 'question'], ['Vladimir Putin', nan, 'answer']]
    >>> parse("Ann Lee: We met.\\nBo Chan: Yes.", event="interview", askers=["Ann Lee"]).turns["role"].tolist()
    ['interviewer', 'guest']
    """
    source = printable_name(source)  # a name that is not UTF-8 (from a file name), as text a frame can hold
    check_text(text, source)
    return Corpus.from_columns([_parse_source(text, source, given=stated(event, askers))])


#: What a link counts for when read_corpus decides how many worker processes pay (:func:`kit.workers.processes_for`):
#: its download can take as long as parsing a megabyte.
LINK_SIZE = 1_000_000

#: The file beside a transcript that states its kind of event and who asks: ``talk.txt`` -> ``talk.kit.toml``.
BESIDE = ".kit.toml"


def _beside(path: str, given: Given) -> Given:
    """``given``, completed from the file beside the transcript (``talk.kit.toml``), if there is one."""
    if given.event and given.askers:
        return given
    beside = os.path.splitext(path)[0] + BESIDE
    if not os.path.lexists(beside):  # the usual case, and the quickest question
        return given
    raw = read_file(beside)  # a pipe or a device is refused, never read
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TranscriptError(str(beside), f"not a TOML file: {error}") from None
    unknown = set(table) - {"event", "askers"}
    if unknown:
        raise TranscriptError(str(beside), f"unknown settings {', '.join(sorted(unknown))} (use event and askers)")
    askers = table.get("askers", [])
    if not isinstance(askers, list) or not all(isinstance(a, str) for a in askers):
        raise TranscriptError(str(beside), "askers must be a list of names")
    found = stated(table.get("event"), askers, str(beside))
    return Given(given.event or found.event, given.askers or found.askers)


def read_transcript(
    path: str | PathLike[str], encoding: str | None = None, *, event: str | None = None, askers: Iterable[str] = ()
) -> Corpus:
    """Read and parse a transcript file.

    What the kit should not guess (the kind of event, who asks) can be stated as
    arguments (see :func:`parse`), in a file beside the transcript (``talk.kit.toml`` for
    ``talk.txt``: ``event = "hearing"``, ``askers = ["Mr. Nields"]``) or in the
    transcript's front matter (``event: hearing``); an argument counts first, then the
    file beside, then the front matter.

    Args:
        path: a text file (UTF-8 by default).
        encoding: the file's encoding when it is not UTF-8, e.g. ``"cp1251"``.
        event: the kind of event (see :func:`parse`).
        askers: the speakers who ask (see :func:`parse`).

    Returns:
        The corpus of the file, its ``source`` the path.

    Raises:
        TranscriptError: the file is missing, a folder, a pipe or a device, empty,
            binary, only invisible characters or not in the encoding; the path is empty
            or holds a NUL; the message names the file and where the problem is.
        TypeError: ``path`` is not a ``str`` or a path (``None``, bytes).

    A file that is UTF-8 text is read as UTF-8 whatever ``encoding`` says, with a
    warning (read as cp1251, say, it would be garbled).

    >>> read_transcript("no/such/file.txt")
    Traceback (most recent call last):
    ...
    kit.errors.TranscriptError: no/such/file.txt: no such file
    """
    name = file_path(path)
    source = printable_name(name)
    text = read_text(name, encoding)
    check_text(text, source)
    given = _beside(name, stated(event, askers))
    return Corpus.from_columns([_parse_source(text, source, given=given)])


def read_page(
    page: str | PathLike[str],
    *,
    encoding: str | None = None,
    cache_dir: str | PathLike[str] | None = None,
    timeout: float = TIMEOUT,
) -> Corpus:
    """Read a web page (a saved ``.html`` file or a link) and parse its transcript.

    Args:
        page: a saved page's path, or its ``http(s)://`` link (fetched with
            :func:`kit.web.fetch`, which keeps a copy in the cache folder).
        encoding: the file's encoding, when the page does not declare it and it is not UTF-8.
        cache_dir: the cache folder for links (default: :func:`kit.web.cache_folder`).
        timeout: seconds the whole download of a link may take (connecting, redirects, every byte).

    Returns:
        The corpus of :func:`kit.web.page_text`, with ``source`` the path or link.

    Raises:
        TranscriptError: the file or link cannot be read, or holds no article text.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "page.html"
    ...     _ = path.write_text("<nav><p>Menu</p></nav><article><h1>Talks</h1>"
    ...                         "<p>Question: Why?</p><p>Vladimir Putin: Because.</p></article>")
    ...     corpus = read_page(path)
    >>> corpus.documents.loc[0, "title"], corpus.turns["text"].tolist()
    ('Talks', ['Why?', 'Because.'])
    """
    if not is_url(page):
        page = file_path(page, "read_page")
    return parse(_page_text(page, encoding, cache_dir, timeout), printable_name(page))


def load() -> Corpus:
    """The bundled Geneva source: Putin's news conference of 16 June 2021, as copied to a blog.

    Returns:
        Its corpus (three documents: the blog copies the news conference in part).

    >>> load()
    <Corpus 'geneva_2021-06-16_putin_news_conference_blog_copy.txt': 3 documents, 20 turns, 6 exchanges, 1 duplicated, 261 sentences, 95 lines>
    """
    path = data_path(GENEVA)
    return parse(read_text(path), path.name)


def read_corpus(
    sources: str | PathLike[str] | Iterable[str | PathLike[str]],
    *,
    encoding: str | None = None,
    on_error: str = "skip",
    progress: bool | None = None,
    workers: int = 1,
    cache_dir: str | PathLike[str] | None = None,
    event: str | None = None,
    askers: Iterable[str] = (),
) -> Corpus:
    """Read many transcripts into one :class:`Corpus`: files, folders, patterns, pages and links.

    Each source is one of:

    - a text file (``.txt``, ``.md``, a caption file ``.vtt`` or ``.srt``, or any other
      name), read like :func:`read_transcript` (a ``.kit.toml`` file beside it counts);
    - a saved web page (``.html``, ``.htm``), read like :func:`read_page`;
    - a folder: every ``.txt``, ``.md``, ``.vtt``, ``.srt``, ``.html`` and ``.htm`` file in it and in its
      subfolders, sorted by path (hidden files and folders, such as Jupyter's
      ``.ipynb_checkpoints``, are left out);
    - a pattern such as ``"transcripts/*.txt"`` or ``"archive/**/*.html"``: the files it
      matches, sorted by path;
    - a link (``http://`` or ``https://``): fetched with :func:`kit.web.fetch` (once: a copy
      is kept in the cache folder, so a second run reads no network), then read as a page.

    Sources keep the order given, a folder's or pattern's files in path order; a file
    given twice is read once. Ids (``doc_id``, ``turn_id``, ``exchange_id``,
    ``sentence_id``) run across the whole corpus in that order, every frame has a
    ``source`` column, and ``line`` numbers count within each source: each source's rows
    are exactly what reading it alone gives, with ids moved on.

    A source that cannot be read (a missing or binary file, an empty folder, a link that
    does not answer) is skipped with a warning naming it, and listed in
    :attr:`Corpus.errors`; the others are all read. With ``on_error="raise"`` its
    :class:`~kit.TranscriptError` is raised instead.

    Args:
        sources: a file, folder, pattern or link, or a list of them in any mix.
        encoding: the files' encoding when it is not UTF-8 (web pages that declare
            theirs use it).
        on_error: ``"skip"`` (the default) or ``"raise"``.
        progress: ``True`` shows a progress bar (tqdm's, in a notebook or a terminal);
            ``False`` never does; ``None`` (the default) shows it for more than ten sources.
        workers: processes that parse sources side by side (``0``: one per processor);
            the frames are built once, in this process. ``1`` (the default) parses here.
            No more start than the work pays for: one per 1 MB of files
            (:data:`kit.workers.PER_PROCESS`), and none while the processors are all
            busy (:func:`kit.workers.busy`), so a small corpus, or one read on a busy
            machine, is read here, where processes would only slow it down.
            In a script, call it under ``if __name__ == "__main__":`` (Windows and macOS
            start workers by running the script again); a notebook needs nothing.
        cache_dir: the folder for copies of fetched links (default: :func:`kit.web.cache_folder`).
        event: the kind of event of every source (see :func:`parse`); a source's own
            ``.kit.toml`` or front matter counts where this is not given.
        askers: the speakers who ask, in every source (see :func:`parse`).

    Returns:
        The corpus; its :attr:`~Corpus.source` is e.g. ``"3 sources"``.

    Raises:
        TranscriptError: no source could be read (or, with ``on_error="raise"``, one
            could not), naming it and, where there is one, the line.
        ValueError: ``on_error`` or ``workers`` is not one of the values above.
        TypeError: a source is not a ``str`` or a path.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "b.txt").write_text("Question: How?\\nVladimir Putin: Slowly.\\n")
    >>> _ = (folder / "a.txt").write_text("Question: Why?\\nVladimir Putin: Because.\\n")
    >>> corpus = read_corpus(folder)
    >>> corpus.turns[["turn_id", "text"]].values.tolist()
    [[1, 'Why?'], [2, 'Because.'], [3, 'How?'], [4, 'Slowly.']]
    >>> [Path(s).name for s in corpus.lines["source"].unique()]
    ['a.txt', 'b.txt']
    >>> import shutil
    >>> shutil.rmtree(folder)
    """
    if on_error not in ("skip", "raise"):
        raise ValueError(f'on_error must be "skip" or "raise", not {on_error!r}')
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ValueError(f"workers must be 0 (one per processor) or a positive number, not {workers!r}")
    entries = gather(sources)  # what to read, and what cannot be, in corpus order
    items = [entry for entry in entries if isinstance(entry, Item)]
    cache = None if cache_dir is None else os.fspath(cache_dir)
    given = stated(event, askers)
    work = partial(_read_one, encoding=encoding, cache_dir=cache, given=given)
    # the vocabularies once for all the sources read here (each lexicon() checks the files' dates)
    here = partial(_read_one, encoding=encoding, cache_dir=cache, lex=lexicon(), given=given)
    sizes = [LINK_SIZE if item.kind == "link" else item.size for item in items]
    results = run(work, items, workers=workers, progress=progress, here=here, sizes=sizes)
    columns: list[SourceColumns] = []
    errors: list[TranscriptError] = []
    # One pause of the collector for all the sources: the columns kept so far are many small
    # objects, which it would rescan after each source (a third of the time of 3,000 tiny files).
    with bulk():
        try:
            for entry in entries:
                result = next(results) if isinstance(entry, Item) else entry
                if isinstance(result, SourceColumns):
                    columns.append(result)
                    for note in result.notes:  # e.g. a file read as UTF-8 whatever the encoding given
                        warnings.warn(note, stacklevel=2)
                    continue
                error = result if isinstance(result, TranscriptError) else TranscriptError(*result)
                if on_error == "raise":
                    raise error
                errors.append(error)
        finally:
            results.close()
    if not columns:
        if len(errors) == 1:
            raise errors[0]
        if errors:
            first = errors[0]
            problem = (
                f"{first.problem}; none of the {len(errors)} sources could be read: "
                + ", ".join(e.source for e in errors[1:4])
                + (", ..." if len(errors) > 4 else "")
            )
            raise TranscriptError(first.source, problem, first.line)
        raise TranscriptError(_describe(sources), "no transcripts given")
    for error in errors:
        warnings.warn(f"{error} (skipped)", stacklevel=2)
    return Corpus.from_columns(columns, errors)


def _describe(sources: object) -> str:
    return printable_name(sources) if isinstance(sources, (str, PathLike)) else "read_corpus"


def _parse_source(text: str, source: str, lex: Lexicon | None = None, given: Given | None = None) -> SourceColumns:
    """One source's text, parsed (with the vocabularies ``lex``, by default the kit's) into columns."""
    try:
        with bulk():  # no reference cycles are made: the collector would only rescan
            return source_columns(parse_lines(split_lines(text), source, lex, given))
    except RecursionError as error:  # pragma: no cover - defensive, never seen
        raise TranscriptError(source, f"cannot be parsed: {error}") from None


def _page_text(page: str | PathLike[str], encoding: str | None, cache_dir, timeout: float = TIMEOUT) -> str:
    """The transcript text of a saved page, or of a link (fetched once, then read from the cache)."""
    source = printable_name(page)
    if is_url(source):
        markup = fetch(source, cache_dir=cache_dir, timeout=timeout)
        # as bytes, so that page_text reads it as markup even with no "<" in it
        return page_text(markup.encode("utf-8"), source=source, encoding="utf-8")
    return page_text(Path(page), source=source, encoding=encoding)  # kit.source.read_file reads it


@contextmanager
def _caught(quiet: bool) -> Iterator[list]:
    """The warnings given in the block, recorded (``quiet``: none can be, so none are looked for)."""
    if quiet:  # only a decoding with an encoding given warns (kit.source.decode)
        yield []
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


def _read_one(
    item: Item, encoding: str | None, cache_dir: str | None, lex: Lexicon | None = None, given: Given | None = None
) -> SourceColumns | tuple:
    """Read and parse one source: its columns, or ``(source, problem, line)`` if it cannot be read.

    Runs in worker processes too (:func:`kit.workers.run`), so it returns the error as
    plain values (a TranscriptError does not survive pickling), the columns as lists and
    Arrow arrays, and the warnings made while reading as the columns' ``notes``.
    """
    source = printable_name(item.name)  # the name in the frames; item.name opens the file
    try:
        with _caught(item.kind == "text" and encoding is None) as caught:  # what a worker warns, for this process
            text = read_text(item.name, encoding) if item.kind == "text" else _page_text(item.name, encoding, cache_dir)
        check_text(text, source)
        if item.kind == "text":
            given = _beside(item.name, given or Given())
        columns = _parse_source(text, source, lex, given)
    except TranscriptError as error:
        return (error.source, error.problem, error.line)
    columns.notes = [str(w.message) for w in caught]
    return columns
