"""``transparency desk`` as a newcomer runs it: a process that prints its address and serves it."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"])]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "workspace"
    root.mkdir()
    for name in ("contracts", "decisions", "redaction", "pages", ".cache"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    for name in ("transparency.yaml", "mkdocs.yml", "reasons.yaml"):
        shutil.copy2(REPO / name, root / name)
    return root


def test_the_desk_prints_its_address_serves_it_and_stops_on_interrupt(workspace: Path) -> None:
    command = [sys.executable, "-m", "transparency.cli", "desk", "--no-browser", "--port", "0"]
    command += ["--officer", "Fiona Hale", "--workspace", str(workspace)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        lines = [process.stdout.readline() for _ in range(3)]
        printed = re.compile(r"Open (http://127\.0\.0\.1:\d+)/\?token=(\S+)")
        address = next((m for line in lines if (m := printed.search(line))), None)
        assert address is not None, "".join(lines) + process.stderr.read()
        assert "Fiona Hale, Information Governance Officer" in lines[0]
        url, token = address.group(1), address.group(2)
        with httpx.Client(base_url=url, timeout=30) as browser:
            opened = browser.get("/", params={"token": token})
            assert opened.status_code == 303
            contracts = browser.get("/api/contracts")
            assert contracts.status_code == 200
            assert {c["id"] for c in contracts.json()["contracts"]} == {
                p.name for p in (workspace / "contracts").iterdir() if p.is_dir()
            }
            page = browser.get("/")
            assert page.status_code == 200
            assert '<script src="/static/desk.js"' in page.text
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
        assert process.returncode == 0, err
        assert "The desk has stopped." in out
        assert "Traceback" not in err
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
