"""The command line introduces itself: its version, its own name, a description and an example per command, and
exit statuses that tell runtime errors (1) from usage errors (2)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

from kit.__main__ import FAILED, USAGE, main, program_name

COMMANDS = ("export", "binder-link", "student", "grade", "check")
AS_SCRIPT = "import sys; sys.argv[0] = '/opt/venv/bin/press-kit'; from kit.__main__ import main; sys.exit(main())"


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"python -m kit {version('press-conference-kit')}\n"


def test_the_installed_script_names_itself():
    ran = subprocess.run([sys.executable, "-c", AS_SCRIPT, "--version"], capture_output=True, text=True, check=True)
    assert ran.stdout == f"press-kit {version('press-conference-kit')}\n"
    ran = subprocess.run([sys.executable, "-c", AS_SCRIPT, "export", "--help"], capture_output=True, text=True)
    assert ran.returncode == 0 and ran.stdout.startswith("usage: press-kit export ")
    assert "  press-kit export transcripts/ --out frames" in ran.stdout
    ran = subprocess.run([sys.executable, "-m", "kit", "--help"], capture_output=True, text=True, check=True)
    assert ran.stdout.startswith("usage: python -m kit ")


@pytest.mark.parametrize(
    ("argv0", "name"),
    [
        ("/home/ana/.venv/bin/press-kit", "press-kit"),
        (r"C:\Users\ana\venv\Scripts\press-kit.exe", "press-kit"),
        ("/repo/kit/__main__.py", "python -m kit"),
        ("-c", "python -m kit"),
        ("", "python -m kit"),
        ("/usr/bin/python3.11", "python -m kit"),
        ("/home/ana/run_kit.py", "python -m kit"),
    ],
)
def test_program_name(argv0, name):
    assert program_name(argv0) == name


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_a_description_and_an_example(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    description = shown.split("\n\n")[1]
    assert len(description.split()) >= 15, description  # a paragraph, not the usage line again
    example = shown[shown.index("\nexample") :]
    assert f"\n  python -m kit {command}" in example


def test_usage_errors_exit_2_and_runtime_errors_exit_1(tmp_path, capsys):
    assert (FAILED, USAGE) == (1, 2)
    for wrong in (["no-such-command"], ["export"], ["grade", "--out", "g.csv"]):  # unknown, --out missing, none given
        with pytest.raises(SystemExit) as done:
            main(wrong)
        assert done.value.code == USAGE
    capsys.readouterr()
    assert main(["export", "--out", " "]) == USAGE
    assert main(["export", str(tmp_path / "none.txt"), "--out", str(tmp_path / "o")]) == FAILED
    assert capsys.readouterr().err == (
        "error: --out is empty: name the folder to write into ('.' for this one)\n"
        f"error: {tmp_path / 'none.txt'}: no such file\n"
    )


def test_exit_statuses_of_the_process(tmp_path):
    usage = subprocess.run([sys.executable, "-m", "kit", "exprt"], capture_output=True, text=True)
    assert usage.returncode == 2 and "invalid choice: 'exprt'" in usage.stderr
    failed = subprocess.run(
        [sys.executable, "-m", "kit", "export", str(tmp_path / "none.txt"), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1 and "none.txt" in failed.stderr
