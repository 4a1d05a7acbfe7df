"""The register of real documents (tests/register/) publishes on the first build.

Slow (it scans, checks and builds some thirty documents), so it runs only with ``-m slow``; the
figures and every problem are printed by ``python tools/register.py``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _register_tool():
    spec = importlib.util.spec_from_file_location("register", ROOT / "tools" / "register.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("register", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_register_publishes_on_the_first_build(tmp_path):
    register = _register_tool()
    out = tmp_path / "report.json"
    register.main(["--workspace", str(tmp_path / "ws"), "--json", str(out), "--no-probe"])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"] >= 20
    assert report["refused_at_parse"] == []
    assert report["check"]["ready"], report["check"]["problems"]
    assert report["build"]["published"], report["build"]["problems"]
