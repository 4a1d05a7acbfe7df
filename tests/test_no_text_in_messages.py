"""No withheld or flagged text in any message or log by default: the gate, the leak check and
the build name the contract, document, page, redaction and category; `--show-text` quotes the
text on a terminal only."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import decide_all, invoke

from transparency.cli import cli

PART = 4  # no run of this many characters of a withheld text may appear


def _texts(root: Path) -> list[str]:
    scan = yaml.safe_load((root / "redaction" / "home-care.yaml").read_text())
    return [c["text"] for c in scan["candidates"]]


def _parts(text: str) -> set[str]:
    return {text[i : i + PART] for i in range(len(text) - PART + 1)} or {text}


def assert_no_part(output: str, texts: list[str], root: Path) -> None:
    """No run of PART characters of any text in ``output`` (paths and the id left out)."""
    output = output.replace(str(root.resolve()), "ROOT").replace(str(root), "ROOT")
    output = output.replace("home-care", "ID")
    for text in texts:
        found = sorted(part for part in _parts(text) if part in output)
        assert not found, f"{text!r}: {found} in\n{output}"


def _run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*args], cwd=root, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture
def scanned(runner, make_workspace) -> Path:
    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    return root


def test_the_gate_names_undecided_passages_without_their_text(runner, scanned):
    texts = _texts(scanned)
    for args in (["check"], ["build"], ["-v", "build"]):
        result = runner.invoke(cli, [*args, "--workspace", str(scanned)])
        assert result.exit_code == 3
        assert "PRICING passage in contract.docx is undecided" in result.stderr
        assert_no_part(result.output + result.stderr, texts, scanned)
    done = _run(scanned, sys.executable, "-m", "mkdocs", "build", "--strict")
    assert done.returncode != 0
    assert "is undecided" in done.stderr
    assert_no_part(done.stdout + done.stderr, texts, scanned)


def test_a_planted_leak_is_reported_without_its_text_in_every_channel(runner, scanned, caplog):
    decide_all(scanned)
    texts = _texts(scanned)
    (scanned / "pages" / "notes.md").write_text(
        "# Notes\n\nPay sort code 20-45-77, account 41234567, at £24.80 an hour.\n"
    )
    for args in (["build"], ["-v", "build"]):
        result = runner.invoke(cli, [*args, "--workspace", str(scanned)])
        assert result.exit_code == 4
        assert "notes/index.html: contains redacted text (home-care: redaction" in result.stderr
        assert_no_part(result.output + result.stderr, texts, scanned)
    assert_no_part(caplog.text, texts, scanned)
    done = _run(scanned, sys.executable, "-m", "mkdocs", "build", "--strict")
    assert done.returncode != 0
    assert "contains redacted text" in done.stderr
    assert_no_part(done.stdout + done.stderr, texts, scanned)


def test_show_text_quotes_the_text_on_a_terminal_only(runner, scanned):
    result = runner.invoke(cli, ["--show-text", "check", "--workspace", str(scanned)])
    assert result.exit_code == 3
    assert "£24.80" not in result.stderr
    assert "--show-text shows withheld text only on a terminal" in result.stderr
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "transparency.cli", "--show-text", "check"],
            cwd=scanned,
            stdin=follower,
            stdout=follower,
            stderr=follower,
            timeout=300,
            check=False,
        )
        os.close(follower)
        follower = -1
        screen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 3
    text = screen.decode("utf-8", "replace")
    assert "is undecided" in text
    assert "[text: '£24.80']" in text
