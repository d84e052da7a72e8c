"""The first stage: bytes -> text -> lines. Everything after it works on ``str``.

:mod:`kit.source.text` reads a file (:func:`read_file`: a regular file only, never a pipe
or a device), decodes its bytes (:func:`read_text`, :func:`decode`) and refuses text that
cannot be a transcript (:func:`check_text`);
:mod:`kit.source.diagnose` says what undecodable bytes are and what to do about them;
:mod:`kit.source.lines` splits text into the lines every line number counts
(:func:`split_lines`). Web pages are a source too: :mod:`kit.web`.

>>> split_lines(decode("Question: Hi.\\r\\nVladimir Putin: Hello.".encode("utf-16")))
['Question: Hi.', 'Vladimir Putin: Hello.']
"""

from kit.source.lines import split_lines
from kit.source.text import check_text, decode, file_kind, file_path, read_file, read_text

__all__ = ["read_text", "read_file", "file_path", "file_kind", "decode", "check_text", "split_lines"]
