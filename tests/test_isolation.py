"""Importing and using kit has no side effects: no network, no drawing libraries, no files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import kit
from tests.conftest import refuse_sockets


@pytest.fixture
def no_network(monkeypatch):
    """Make every socket operation fail loudly."""
    refuse_sockets(monkeypatch)


def test_load_parse_and_export_without_network(no_network, tmp_path):
    corpus = kit.load()
    kit.parse("Question: Why?\nVladimir Putin: Because.")
    corpus.deduplicated()
    from kit.export import export

    export(corpus, tmp_path)


def test_import_kit_imports_no_drawing_library_and_opens_no_socket():
    code = (
        "import socket, sys, json\n"
        "def refuse(*a, **k): raise SystemExit('socket used at import')\n"
        "socket.socket = refuse\n"
        "import kit\n"
        "print(json.dumps(sorted(m for m in ('altair', 'ipywidgets', 'IPython') if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_analyses_charts_and_widgets_without_network(no_network):
    corpus = kit.load()
    sentences = corpus.deduplicated().sentences
    kit.rhetoric.flag_devices(sentences)
    kit.topics.coverage(sentences)
    kit.duplicates.measure_effect(corpus)
    kit.marks.reading_marks(corpus)
    kit.kwic(sentences, "law")
    kit.charts.words_by_speaker(corpus.turns).to_dict()
    view = kit.widgets.TopicEditor(sentences)
    view.topic.value = "arctic"
    kit.widgets.CopyComparer(corpus)
    kit.widgets.TranscriptLoader().load_text("Question: Why?\nVladimir Putin: Because.")
    kit.exercises.check("02-killer", 2)
