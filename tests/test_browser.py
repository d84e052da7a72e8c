"""The notebooks in a real browser: JupyterLab on loopback, headless Chromium, no network.

For each notebook: open it, run all cells, check that no cell shows an error, that every
chart drew (an SVG or canvas in each Vega-Lite output, with every request outside
127.0.0.1 blocked), that no widget failed to display, and that changing one widget by
hand (a drop-down, a text box) changes what it shows. A screenshot of each notebook is
saved in ``build/artifacts/screenshots/``.

Then a whole course run: the instructor builds a student set (one written exercise
added), served with Binder's lab settings and the set's own kit; a student opens a
lesson, answers a check wrongly then rightly, writes a response, saves, submits and
downloads the file; a second student submits without a browser; the instructor grades
both (and a broken file) with ``python -m kit grade``.

Needs Debian's ``chromium`` (``apt-get install chromium``; ``.ci/run`` installs it) or
``KIT_CHROMIUM=/path/to/chrome``, and the ``playwright`` package (tests/requirements.txt),
which drives it without downloading a browser of its own. Without them the test is
skipped, saying which is missing.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import WRITTEN_EXERCISE, lab_command

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("KIT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
TOKEN = "kit-browser-test"
# Chromium on a closed network: no background requests, no GPU (as the machine's notes advise).
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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
    shutil.copytree(ROOT / "data", root / "data")  # as in the repository: notebook 05 reads ../data
    settings = root / "settings"
    for name, value in SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value))
    port = free_port()
    command = lab_command(port, root, TOKEN, f"--LabApp.user_settings_dir={settings}")
    log = open(root / "lab.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "KIT_STRICT_CHECKS": "1"}
    )
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
    "04-duplicated-exchange": (_select(index=1), "turn 11 (first copy)"),  # index 0 is already chosen
    "05-your-own-transcript": (_paste("Question: Is this yours?\nVladimir Putin: It is mine."), "Read pasted text."),
    "06-two-sides-of-one-summit": (_select(label="Joseph Biden"), "Joseph Biden: 1 turn"),
}


#: notebook -> (what its check of how the kit read the transcript says at first, what its ReadingCheck
#: view says once the kind of event is restated in its drop-down, and the kind chosen)
READING_CHECKS = {
    "05-your-own-transcript": (
        "read as a news conference (from the title)",
        "read as a hearing (as stated)",
        "hearing",
    ),
}

#: The visible checks of how the kit read a transcript: ``kit.how_read`` outside a view first, then the view's.
HOW_READ_JS = """() => [...document.querySelectorAll('.kit-how-read')]
  .filter(e => e.getBoundingClientRect().height > 0)
  .map(e => ({inView: !!e.closest('.kit-reading-check'), text: e.innerText}))"""


def _check_how_read(page, name: str) -> None:
    """The summary of how the kit read the transcript shows, with its tables; restating the event reads it again."""
    found, restated, event = READING_CHECKS[name]
    shown = page.evaluate(HOW_READ_JS)
    alone = [s["text"] for s in shown if not s["inView"]]
    in_view = [s["text"] for s in shown if s["inView"]]
    assert alone and found in alone[0], f"{name}: kit.how_read shows no summary: {alone[:1]}"
    for table in ("Layout", "Speakers and their roles", "Lines that look like labels but were not taken"):
        assert table in alone[0] and in_view and table in in_view[0], f"{name}: the check has no table {table!r}"
    view = page.locator(".kit-reading-check").first
    view.scroll_into_view_if_needed()
    view.locator(".widget-dropdown select").first.select_option(event)
    page.wait_for_function(
        "expected => [...document.querySelectorAll('.kit-reading-check')].some(e => e.innerText.includes(expected))",
        arg=restated,
        timeout=30_000,
    )
    assert "To keep this reading" in view.inner_text()


def loopback_context(browser, base: str, **options):
    """A browser context that reaches only the lab at ``base``; returns it and the list of
    the other addresses it was asked for (refused)."""
    context = browser.new_context(**options)
    outside: list[str] = []

    def only_loopback(route) -> None:
        if route.request.url.startswith((base, base.replace("http", "ws"), "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    return context, outside


def widget_text(page) -> str:
    return "\n".join(page.locator(".jupyter-widgets").all_inner_texts())


def _run_every_cell(page, lab: str, name: str) -> None:
    """Open a notebook in JupyterLab, run all its cells and wait until every chart is drawn."""
    page.goto(f"{lab}/lab/tree/notebooks/{name}.ipynb?token={TOKEN}&reset")
    page.wait_for_selector("text=Python 3 (ipykernel) | Idle", timeout=90_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    deadline = time.monotonic() + 90
    prompts: list[str] = []
    while time.monotonic() < deadline:
        prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
        if prompts and all(any(c.isdigit() for c in p) for p in prompts):
            break
        time.sleep(0.5)
    else:
        pytest.fail(f"{name}: not every cell ran within 90 s: {prompts}")
    page.wait_for_selector("text=Python 3 (ipykernel) | Idle", timeout=30_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-RenderedVegaLite')].every(e => e.querySelector('svg.marks, canvas'))",
        timeout=30_000,
    )


@pytest.mark.parametrize("name", sorted(INTERACTIONS))
def test_notebook_runs_draws_and_responds_in_a_browser(lab: str, browser, name: str) -> None:
    assert (ROOT / "notebooks" / f"{name}.ipynb").exists()
    context, outside = loopback_context(browser, lab, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        _run_every_cell(page, lab, name)

        errors = page.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
        ).all_inner_texts()
        assert not errors, f"{name}: a cell shows an error: {errors[0][:1500]}"
        charts = page.locator(".jp-RenderedVegaLite")
        drawn = page.locator(".jp-RenderedVegaLite .vega-embed svg.marks, .jp-RenderedVegaLite .vega-embed canvas")
        calls = [
            c
            for c in json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text())["cells"]  # cells that draw a chart
            if c["cell_type"] == "code"
            and re.search(r"^[^#]*kit\.charts\.(?!offline\b|table\b)\w+\(", "".join(c["source"]), re.M)
        ]
        assert charts.count() >= len(calls) and drawn.count() == charts.count(), f"{name}: a chart did not draw"
        assert page.locator("text=Error displaying widget").count() == 0
        assert page.locator(".jupyter-widgets").count() > 0, f"{name}: no widget displayed"

        if name in READING_CHECKS:
            _check_how_read(page, name)
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


# --- legibility at a 1280-pixel screen (the widgets' and charts' part of this file) ----------

#: A laptop screen. JupyterLab keeps its file browser open beside the notebook.
LEGIBLE = {"width": 1280, "height": 900}
#: Checks run in the page after every cell has run: each returns what a student could not read.
LEGIBILITY_JS = """() => {
  const problems = [];
  const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const say = el => (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
  const ctx = document.createElement('canvas').getContext('2d');
  const textWidth = (el, text) => { const s = getComputedStyle(el); ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`; return ctx.measureText(text).width; };
  const luminance = colour => {
    const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(v => { v = v / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const widgets = document.querySelectorAll('.jp-OutputArea-output .jupyter-widgets');
  for (const root of widgets) {
    for (const label of root.querySelectorAll('.widget-label')) {
      if (shown(label) && label.scrollWidth > label.clientWidth + 1) problems.push(`a label is cut short: "${say(label)}"`);
    }
    for (const track of root.querySelectorAll('.widget-slider .slider-container')) {
      const width = track.getBoundingClientRect().width;
      if (shown(track.closest('.widget-slider')) && width < 120) problems.push(`a slider's track is ${Math.round(width)} px wide`);
    }
    for (const select of root.querySelectorAll('.widget-dropdown select')) {
      if (!shown(select) || select.selectedIndex < 0) continue;
      const text = select.options[select.selectedIndex].text;
      if (textWidth(select, text) > select.clientWidth - 24) problems.push(`a drop-down cuts its choice short: "${text}"`);
    }
    for (const list of root.querySelectorAll('.widget-select select')) {
      for (const option of list.options) if (shown(list) && textWidth(list, option.text) > list.clientWidth - 8) problems.push(`a list cuts "${option.text}" short`);
    }
    for (const button of root.querySelectorAll('button.jupyter-button')) {
      if (shown(button) && button.scrollWidth > button.clientWidth + 1) problems.push(`a button's label is cut short: "${say(button)}"`);
    }
    for (const group of root.querySelectorAll('.widget-toggle-buttons')) {
      const buttons = [...group.querySelectorAll('button')].filter(shown);
      if (new Set(buttons.map(b => Math.round(b.getBoundingClientRect().top))).size > 1) problems.push(`toggle buttons stack: "${say(group)}"`);
      const active = buttons.find(b => b.classList.contains('mod-active')), other = buttons.find(b => !b.classList.contains('mod-active'));
      if (active && other && contrast(getComputedStyle(active).backgroundColor, getComputedStyle(other).backgroundColor) < 3) {
        problems.push(`the chosen button "${say(active)}" barely differs from the others`);
      }
    }
  }
  for (const output of document.querySelectorAll('.jp-OutputArea-output')) {
    if (output.querySelector('.jupyter-widgets, .vega-embed') && output.scrollWidth > output.clientWidth + 2) {
      problems.push(`an output is ${output.scrollWidth} px wide in ${output.clientWidth} px: "${say(output)}"`);
    }
  }
  for (const embed of document.querySelectorAll('.jp-RenderedVegaLite .vega-embed')) {
    const title = say(embed.querySelector('.role-title') || embed);
    const described = embed.querySelector('[aria-label]');
    if (!described || described.getAttribute('aria-label').length < 40) problems.push(`a chart has no description: "${title}"`);
    const svg = embed.querySelector('svg.marks');
    if (!svg) { problems.push(`a chart is drawn on a canvas, its text unreadable to a screen reader: "${title}"`); continue; }
    const height = svg.getBoundingClientRect().height;
    if (height > 520) problems.push(`a chart is ${Math.round(height)} px tall: "${title}"`);
    for (const axis of svg.querySelectorAll('g.role-axis')) {
      const boxes = [...axis.querySelectorAll('g.role-axis-label text')].map(t => t.getBoundingClientRect()).filter(r => r.width > 0);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left), across = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlap > 1 && across > 1) { problems.push(`axis labels overlap in "${title}"`); i = j = boxes.length; }
      }
    }
  }
  return problems;
}"""


@pytest.mark.parametrize("name", sorted(INTERACTIONS))
def test_widgets_and_charts_are_legible_at_1280_pixels(lab: str, browser, name: str) -> None:
    """At 1280 px: no label, choice or button cut short, no squeezed slider, no stacked or
    barely marked toggle, nothing wider than the notebook, every chart described, drawn as
    text, at most 520 px tall, with no overlapping axis labels; notes printed, not hover-only.
    Screenshots of the page and of each widget and chart go to build/artifacts/screenshots/1280px/."""
    context, _ = loopback_context(browser, lab, viewport=LEGIBLE)
    page = context.new_page()
    folder = SCREENSHOTS / "1280px"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{name}*.png"):
        old.unlink()
    try:
        _run_every_cell(page, lab, name)
        if name == "02-rhetoric":  # label a sentence, so that the chosen button and the verdict show
            page.locator(".kit-labels button", has_text="yes").first.click()
            page.wait_for_selector("text=detector:", timeout=10_000)
        problems = page.evaluate(LEGIBILITY_JS)
        if name in ("01-reading-a-transcript", "02-rhetoric"):
            notes = page.locator(".kit-note").evaluate_all(
                "els => els.filter(e => e.getBoundingClientRect().width > 0).length"
            )
            assert notes > 0, f"{name}: no note (sub-question number, cue) is printed beside the text"
        outputs = page.locator(".jp-Cell-outputArea > .jp-OutputArea-child > .jp-OutputArea-output")
        shot = 0
        for k in range(outputs.count()):
            output = outputs.nth(k)
            if output.is_visible() and output.locator(".jupyter-widgets, .vega-embed").count():
                shot += 1
                output.scroll_into_view_if_needed()
                output.screenshot(path=str(folder / f"{name}-{shot:02d}.png"))
        assert not problems, f"{name} at 1280 px:\n" + "\n".join(dict.fromkeys(problems))
    finally:
        page.screenshot(path=str(folder / f"{name}.png"))
        context.close()


# --- The course run: a student works in the student set, the instructor grades ----------------------

#: A written exercise the instructor adds for this run (the course's own may have none yet).
NEWS_POP_UP = "Would you like to get notified about official Jupyter news?"


def _start_lab(root: Path, settings: Path, env: dict, extra: list[str]) -> tuple[subprocess.Popen, str, object]:
    port = free_port()
    command = lab_command(port, root, TOKEN, f"--LabApp.user_settings_dir={settings}", *extra)
    log = open(root.parent / f"lab-{port}.log", "w")  # noqa: SIM115 - closed by the caller
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=1)
            return server, base, log
        except OSError:
            time.sleep(0.5)
    server.terminate()
    pytest.fail(f"JupyterLab did not start: {Path(log.name).read_text()[-2000:]}")


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A student set built by the instructor's command, served like Binder: its lab settings, its own kit."""
    root = tmp_path_factory.mktemp("course")
    data = root / "instructor-data"
    shutil.copytree(ROOT / "data", data)
    keys = data / "exercises.toml"
    keys.write_text(keys.read_text(encoding="utf-8") + WRITTEN_EXERCISE, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "kit", "student", str(root / "set"), "--data", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, str(ROOT / "binder" / "lab_settings.py"), str(root / "prefix")],
        check=True,
        capture_output=True,
    )
    settings = root / "user-settings"
    tracker = settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}))  # no fetchNews here: Binder's settings must do that
    env = {
        **os.environ,
        "PYTHONPATH": str(root / "set"),
        "JUPYTER_CONFIG_PATH": str(root / "prefix" / "etc" / "jupyter"),
    }
    env.pop("KIT_STRICT_CHECKS", None)
    env.pop("KIT_PROGRESS_DIR", None)
    app_settings = root / "prefix" / "share" / "jupyter" / "lab" / "settings"  # where postBuild puts overrides.d
    server, base, log = _start_lab(root / "set", settings, env, [f"--LabApp.app_settings_dir={app_settings}"])
    try:
        yield {"base": base, "root": root, "keys": keys, "set": root / "set", "env": env}
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _answer(page, old: str, new: str) -> None:
    """Replace the text of the cell that reads ``old`` by ``new``, then run it and the check below it."""
    cell = page.locator(".jp-CodeCell", has=page.locator(".cm-content", has_text=old)).first
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(new)
    page.keyboard.press("Shift+Enter")
    page.keyboard.press("Shift+Enter")


def _new_cell(page, code: str) -> None:
    """A new code cell below the selected one, with ``code``, run."""
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    page.keyboard.press("Enter")
    page.keyboard.insert_text(code)
    page.keyboard.press("Shift+Enter")


def test_a_course_run_from_a_students_checks_to_the_instructors_gradebook(
    course: dict, browser, tmp_path: Path
) -> None:
    started = time.monotonic()
    base, notebook = course["base"], course["set"] / "notebooks" / "01-reading-a-transcript.ipynb"
    context, outside = loopback_context(browser, base, viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    ada = tmp_path / "ada.zip"
    try:
        page.goto(f"{base}/lab/tree/notebooks/01-reading-a-transcript.ipynb?token={TOKEN}&reset")
        page.wait_for_selector("text=Python 3 (ipykernel) | Idle", timeout=90_000)
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        page.wait_for_selector("text=not answered yet", timeout=90_000)
        page.wait_for_selector("text=Python 3 (ipykernel) | Idle", timeout=90_000)

        _answer(page, "answer_first_event = None", "answer_first_event = 1")  # wrong: the order in the file
        page.wait_for_selector("text=Document 1 comes first in the file", timeout=30_000)
        _answer(page, "answer_first_event = 1", "answer_first_event = 2")
        page.wait_for_selector("text=began at 18:30", timeout=30_000)  # right: the explanation, unsealed

        _new_cell(
            page,
            'kit.exercises.respond("01-order", "The blogger pasted the three pages in another order than the events.")',
        )
        page.wait_for_selector("text=Saved for your submission", timeout=30_000)
        deadline, pressed = time.monotonic() + 30, 0.0
        while "answer_first_event = 2" not in notebook.read_text(encoding="utf-8") and time.monotonic() < deadline:
            if time.monotonic() - pressed > 5:  # the key can land before the editor has focus: press again
                page.keyboard.press("Escape")
                page.keyboard.press("Control+s")
                pressed = time.monotonic()
            time.sleep(0.3)
        _new_cell(page, 'kit.exercises.submit(name="Ada Lovelace")')
        link = page.locator("a", has_text="Download submission-Ada-Lovelace")
        link.wait_for(timeout=30_000)
        with page.expect_download(timeout=30_000) as download:
            link.click()
        download.value.save_as(ada)
        assert page.locator(f"text={NEWS_POP_UP}").count() == 0, "Binder's lab settings turn the news pop-up off"
        assert page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
        assert not outside, f"the page asked for {outside[:3]}"
    finally:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "course-run.png"))
        context.close()

    with zipfile.ZipFile(ada) as archive:
        manifest = json.loads(archive.read("submission.json"))
        saved = archive.read("notebooks/01-reading-a-transcript.ipynb").decode("utf-8")
    assert manifest["name"] == "Ada Lovelace" and "answer_first_event = 2" in saved, "the notebook as saved"
    record = manifest["progress"]["01-reading-a-transcript"]
    assert [(a["answer"], a["status"]) for a in record["attempts"] if a["exercise"] == "01-first-event"] == [
        (1, "wrong"),
        (2, "right"),
    ]
    assert record["responses"][0]["exercise"] == "01-order" and record["responses"][0]["words"] == 12

    grace_work = tmp_path / "grace"  # a second student, in a session of her own, without a browser
    shutil.copytree(
        course["set"] / "notebooks", grace_work, ignore=shutil.ignore_patterns(".kit-progress", "submission-*")
    )
    code = (
        "import kit\nkit.exercises.check('01-first-event', 3)\nkit.exercises.check('01-outlets', ['CNN', 'RT', 'VGTRK'])\n"
        "print(kit.exercises.submit(name='Grace Hopper').path)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=grace_work, env=course["env"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    grace = Path(done.stdout.strip())
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip at all")

    out = tmp_path / "marks" / "gradebook.csv"
    command = [
        sys.executable,
        "-m",
        "kit",
        "grade",
        str(ada),
        str(grace),
        str(broken),
        "--out",
        str(out),
        "--keys",
        str(course["keys"]),
    ]
    graded = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert graded.returncode == 1 and graded.stderr.strip() == (
        f"skipped {broken}: not a zip file (a submission is the .zip that kit.exercises.submit writes)"
    ), graded.stderr
    rows = {row["name"]: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["Ada Lovelace"]["01-first-event"] == "1" and rows["Ada Lovelace"]["01-order"] == "", "not scored yet"
    assert rows["Grace Hopper"]["01-first-event"] == "0" and rows["Grace Hopper"]["01-outlets"] == "1"
    sheet = list(csv.DictReader(out.with_name("gradebook-scores.csv").open(encoding="utf-8")))
    assert [(r["name"], r["exercise"], r["words"], r["score"]) for r in sheet] == [
        ("Ada Lovelace", "01-order", "12", "")
    ]
    written = out.with_name("gradebook-written.md").read_text(encoding="utf-8")
    assert "> The blogger pasted the three pages in another order than the events." in written
    refused = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert time.monotonic() - started < 120, "the course run should stay under two minutes"
