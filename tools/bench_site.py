"""Benchmark: does the site's build time and size grow linearly with the number of contracts?

Builds workspaces of N copies of the sample contracts (each copy a contract of its own, with its
scan and decisions) and prints, per N, the build time, the size of the site and the size of the
search index, and the cost per contract.

    python tools/bench_site.py            # N = 30, 150, 300
    python tools/bench_site.py 30 300 900
"""

from __future__ import annotations

import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

from transparency.site import build_site
from transparency.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def make_workspace(target: Path, copies: int) -> None:
    """A workspace holding ``copies`` of every sample contract."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "pages", target / "pages")
    for folder in ("contracts", "redaction", "decisions"):
        (target / folder).mkdir()
    for source in sorted((ROOT / "contracts").glob("*/contract.yaml")):
        original = source.parent.name
        for n in range(copies):
            new = f"{original}-{n:04d}"
            shutil.copytree(source.parent, target / "contracts" / new)
            meta = yaml.safe_load(source.read_text())
            meta["id"] = new
            meta["title"] = f"{meta['title']} (lot {n + 1})"
            (target / "contracts" / new / "contract.yaml").write_text(yaml.safe_dump(meta))
            for folder in ("redaction", "decisions"):
                data = yaml.safe_load((ROOT / folder / f"{original}.yaml").read_text())
                data["contract"] = new
                (target / folder / f"{new}.yaml").write_text(
                    yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
                )


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str]) -> None:
    sample = len(list((ROOT / "contracts").glob("*/contract.yaml")))
    counts = [int(a) for a in argv] or [30, 150, 300]
    print(f"machine: {platform.machine()}, {platform.python_version()}, site build of N contracts")
    print(f"{'contracts':>9} {'seconds':>8} {'site MB':>8} {'index MB':>9} {'ms/contract':>12}")
    for total in counts:
        copies = max(1, total // sample)
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            make_workspace(root, copies)
            start = time.perf_counter()
            report = build_site(Workspace.open(root))
            seconds = time.perf_counter() - start
            index = report.site_dir / "search" / "search_index.json"
            print(
                f"{report.contracts:>9} {seconds:>8.1f} {size_mb(report.site_dir):>8.1f}"
                f" {index.stat().st_size / 1e6:>9.2f} {1000 * seconds / report.contracts:>12.0f}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
