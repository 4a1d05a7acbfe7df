"""The same workspace builds the same site, byte for byte, apart from the sitemap's dates.

The sample workspace is built twice, by two processes with different hash seeds (so any
dependence on set or dict ordering across runs shows) into two folders with different names (so
any absolute path written into the output shows). The sitemap's ``<lastmod>`` dates are the build
date, and the gzip header of ``sitemap.xml.gz`` carries it too: those are compared without it.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def _comparable(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name == "sitemap.xml.gz":
        data = gzip.decompress(data)
    if path.name in ("sitemap.xml", "sitemap.xml.gz"):
        data = _LASTMOD.sub(b"<lastmod>(build date)</lastmod>", data)
    return data


def _files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}


def _start_build(site: Path, hash_seed: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from transparency.cli import main; main()",
            "build",
            "--site-dir",
            str(site),
            "--workspace",
            str(REPO),
        ],
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_sample_site_builds_reproducibly(tmp_path):
    first, second = tmp_path / "site-one", tmp_path / "another-site"
    builds = [_start_build(first, "1"), _start_build(second, "2")]  # in parallel
    for build in builds:
        output, _ = build.communicate(timeout=300)
        assert build.returncode == 0, output

    one, two = _files(first), _files(second)
    assert one.keys() == two.keys(), (
        f"only in the first build: {sorted(one.keys() - two.keys())};"
        f" only in the second: {sorted(two.keys() - one.keys())}"
    )
    differ = sorted(name for name in one if _comparable(one[name]) != _comparable(two[name]))
    assert not differ, f"{len(differ)} of {len(one)} files differ between two builds: {differ}"
    assert len(one) > 10
