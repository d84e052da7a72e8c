"""The notebooks in a real browser: JupyterLab on loopback, headless Chromium, no network.

For each notebook: open it, run all cells, check that no cell shows an error, that every
chart drew (an SVG or canvas in each Vega-Lite output, with every request outside
127.0.0.1 blocked), that no widget failed to display, and that changing one widget by
hand (a drop-down, a text box) changes what it shows. A screenshot of each notebook is
saved in ``build/artifacts/screenshots/``.

Needs Debian's ``chromium`` (``apt-get install chromium``; ``.ci/run`` installs it) or
``KIT_CHROMIUM=/path/to/chrome``, and the ``playwright`` package (tests/requirements.txt),
which drives it without downloading a browser of its own. Without them the test is
skipped, saying which is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("KIT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
TOKEN = "kit-browser-test"
# Chromium on a closed network: no background requests, no GPU (as the machine's notes advise).
CHROMIUM_ARGS = [
    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
SETTINGS = {
    # render every cell (JupyterLab 4 otherwise renders only those in view), no news pop-up
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
}

playwright = pytest.importorskip(
    "playwright.sync_api", reason="the browser test needs playwright: pip install -r tests/requirements.txt"
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="the browser test needs Chromium: apt-get install chromium (Debian), or set KIT_CHROMIUM=/path/to/chrome",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """JupyterLab on a loopback port, serving a copy of the notebooks (autosave must not touch ours)."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    settings = root / "settings"
    for name, value in SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value))
    port = free_port()
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
        f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
        "--ServerApp.allow_root=True",
    ]  # fmt: skip
    log = open(root / "lab.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "KIT_STRICT_CHECKS": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail(f"JupyterLab did not start: {(root / 'lab.log').read_text()[-2000:]}")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def browser(lab: str) -> Iterator[object]:
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _select(label: str | None = None, index: int | None = None) -> Callable:
    def act(page) -> None:
        dropdown = page.locator(".widget-dropdown select").first
        dropdown.select_option(label=label) if label else dropdown.select_option(index=index)

    return act


def _type(text: str) -> Callable:
    def act(page) -> None:
        box = page.locator(".widget-text input").first
        box.fill(text)
        box.press("Enter")

    return act


def _paste(text: str) -> Callable:
    def act(page) -> None:
        page.locator(".widget-textarea textarea").first.fill(text)
        page.locator("button", has_text="Read the pasted text").first.click()

    return act


# notebook -> (what a student does to one widget, what the widget then shows)
INTERACTIONS = {
    "00-start-here": (_type("Navalny"), "of Navalny in"),
    "01-reading-a-transcript": (_select(label="Guy Parmelin"), "Guy Parmelin: 2 turns"),
    "02-rhetoric": (_select(label="booster"), "flagged as booster"),
    "03-topic-coverage": (_select(label="The Arctic"), "The Arctic:"),
    "04-duplicated-exchange": (_select(index=0), "turn 10 (first copy)"),
    "05-your-own-transcript": (_paste("Question: Is this yours?\nVladimir Putin: It is mine."), "Read pasted text."),
}


def widget_text(page) -> str:
    return "\n".join(page.locator(".jupyter-widgets").all_inner_texts())


@pytest.mark.parametrize("name", sorted(INTERACTIONS))
def test_notebook_runs_draws_and_responds_in_a_browser(lab: str, browser, name: str) -> None:
    assert (ROOT / "notebooks" / f"{name}.ipynb").exists()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []

    def only_loopback(route) -> None:
        if route.request.url.startswith((lab, lab.replace("http", "ws"), "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    try:
        page.goto(f"{lab}/lab/tree/notebooks/{name}.ipynb?token={TOKEN}&reset")
        page.wait_for_selector("text=Python 3 (ipykernel) | Idle", timeout=90_000)
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
            if prompts and all(any(c.isdigit() for c in p) for p in prompts):
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"{name}: not every cell ran within 90 s: {prompts}")
        page.wait_for_selector("text=Python 3 (ipykernel) | Idle", timeout=30_000)

        errors = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').all_inner_texts()
        assert not errors, f"{name}: a cell shows an error: {errors[0][:1500]}"
        charts = page.locator(".jp-RenderedVegaLite")
        drawn = page.locator(".jp-RenderedVegaLite .vega-embed svg.marks, .jp-RenderedVegaLite .vega-embed canvas")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.jp-RenderedVegaLite')].every(e => e.querySelector('svg.marks, canvas'))",
            timeout=30_000,
        )
        calls = [c for c in json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text())["cells"]
                 if c["cell_type"] == "code" and "kit.charts." in "".join(c["source"]) and "offline" not in "".join(c["source"])]  # fmt: skip
        assert charts.count() >= len(calls) and drawn.count() == charts.count(), f"{name}: a chart did not draw"
        assert page.locator("text=Error displaying widget").count() == 0
        assert page.locator(".jupyter-widgets").count() > 0, f"{name}: no widget displayed"

        act, expected = INTERACTIONS[name]
        before = widget_text(page)
        act(page)
        page.wait_for_function(
            "expected => [...document.querySelectorAll('.jupyter-widgets')].some(e => e.innerText.includes(expected))",
            arg=expected,
            timeout=30_000,
        )
        assert widget_text(page) != before
        page.locator(".jupyter-widgets", has_text=expected).last.scroll_into_view_if_needed()
        assert not outside, f"{name}: the page asked for {outside[:3]}"
    finally:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
        context.close()
