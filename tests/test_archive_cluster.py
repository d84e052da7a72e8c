"""kit.archive.cluster: a dataset built on a local Dask cluster of 2 workers is the one built here, byte for byte.

Skips where Dask's distributed scheduler is not installed (it is the kit's ``cluster`` extra).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.archive import build_archive, build_on_cluster
from kit.schema import FRAMES
from tests.conftest import SHARED_CORPUS

distributed = pytest.importorskip("distributed")

PAGES = SHARED_CORPUS / "kremlin-archive" / "txt"


@pytest.fixture(scope="module")
def client():
    """A local cluster of 2 workers (threads: processes would start slowly on a busy 2-core machine)."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """Thirty archive pages (or, without ../shared, the bundled Geneva source) and a file that cannot be read."""
    folder = tmp_path / "sources"
    folder.mkdir()
    pages = sorted(PAGES.glob("*.txt"))[:30] if PAGES.is_dir() else []
    for page in pages:
        shutil.copy(page, folder / page.name)
    if not pages:
        shutil.copy(kit.reading.data_path(kit.reading.GENEVA), folder / "geneva.txt")
    (folder / "zz-broken.txt").write_bytes(b"\x00binary\x00")
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.filterwarnings("ignore:.*skipped:UserWarning")
def test_the_cluster_builds_the_dataset_read_corpus_reads_byte_for_byte(client, sources: Path, tmp_path: Path) -> None:
    on_cluster = build_on_cluster(sources, tmp_path / "cluster", client)
    here = build_archive(sources, tmp_path / "here")
    assert files(tmp_path / "cluster") == files(tmp_path / "here")
    corpus, expected = on_cluster.corpus(), kit.read_corpus(sources)
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(expected, name), obj=name)
    assert corpus.sources == expected.sources == here.sources
    assert on_cluster.errors["source"].tolist() == [str(sources / "zz-broken.txt")]


def test_the_cluster_updates_a_dataset_as_this_process_does(client, sources: Path, tmp_path: Path) -> None:
    build_archive(sources, tmp_path / "here")
    build_on_cluster(sources, tmp_path / "cluster", client)
    first = sorted(sources.glob("*.txt"))[0]
    with open(first, "a", encoding="utf-8") as file:
        file.write("Vladimir Putin: One more thing.\n")
    (sources / "zz-broken.txt").unlink()
    build_archive(sources, tmp_path / "here")
    build_on_cluster(sources, tmp_path / "cluster", client)
    assert files(tmp_path / "cluster") == files(tmp_path / "here")


def test_a_client_is_needed() -> None:
    with pytest.raises(TypeError, match="needs a dask.distributed Client"):
        build_on_cluster("talks/", "dataset/", client=object())
