"""Benchmark: the same workspace built back to back by two versions of the tool, alternating.

On a shared machine whose speed changes by the hour, seconds measured on different days say
little; the same builds run in turns by this checkout and by another (a ``git worktree`` of an
earlier commit, say) do. Each round, each version runs in its own process (``python -m
transparency.cli`` with that checkout's ``src/`` first on ``PYTHONPATH``):

- ``cold``: a build with only the parse cache kept (``.cache/documents`` and ``.cache/ocr``: the
  scan made them) and no site;
- ``nothing``: a rebuild with nothing changed;
- ``decision``: a rebuild after one more released redaction, each time in another contract
  (the first record of ``decisions/<contract>.yaml``, as ``tools/bench_site.py`` does), so that
  one document is redacted and proven afresh every time.

It prints each run and the medians, wall-clock seconds and the CPU seconds of the build and its
worker processes. The workspace is changed (decisions released, the site and caches rebuilt):
use one made for the purpose, such as ``tools/bench_site.py N --site-only --keep DIR``'s.

    git worktree add /tmp/before <commit>
    python tools/bench_site.py 100 --site-only --keep /tmp/bench
    python tools/bench_compare.py /tmp/bench/n100/workspace --against /tmp/before --runs 3
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from bench_site import release_one  # noqa: E402

KEPT = {"documents", "ocr"}  # what a cold build starts from: the scan's parse cache


def build(workspace: Path, source: Path) -> tuple[float, float]:
    """One ``transparency build`` with the tool at ``source`` (a checkout): (wall, CPU)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "transparency.cli", "build", "--workspace", str(workspace)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(source / "src")},
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"the build with {source} failed:\n{result.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def make_cold(workspace: Path) -> None:
    shutil.rmtree(workspace / "site", ignore_errors=True)
    for entry in (workspace / ".cache").iterdir() if (workspace / ".cache").is_dir() else []:
        if entry.name not in KEPT:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--against", type=Path, required=True, help="the other checkout")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--stages", default="cold,nothing,decision", help="which of cold, nothing, decision"
    )
    args = parser.parse_args()
    versions = {"this": ROOT, "against": args.against.resolve()}
    for source in versions.values():
        if not (source / "src" / "transparency").is_dir():
            sys.exit(f"{source}: not a checkout of the tool (no src/transparency)")
    stages = [s for s in args.stages.split(",") if s]
    contracts = sorted(p.stem for p in (args.workspace / "decisions").glob("*.yaml"))
    if not contracts:
        sys.exit(f"{args.workspace}: no decisions to release")
    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores; {args.workspace}")
    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
    released = 0
    if "cold" not in stages:
        build(args.workspace, ROOT)  # a site and caches to rebuild from
    for run in range(args.runs):
        for name, source in versions.items():
            for stage in stages:
                if stage == "cold":
                    make_cold(args.workspace)
                elif stage == "decision":
                    release_one(args.workspace, contracts[released % len(contracts)])
                    released += 1
                wall, cpu = build(args.workspace, source)
                figures.setdefault((stage, name), []).append((wall, cpu))
                print(f"run {run + 1} {name:8} {stage:9} {wall:6.1f} s wall {cpu:6.1f} s CPU")
    print("\nmedians (wall / CPU of the build and its workers):")
    for stage in stages:
        line = [f"  {stage:9}"]
        for name in versions:
            runs = figures[(stage, name)]
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            line.append(f"{name} {wall:6.1f} / {cpu:6.1f} s")
        print("  ".join(line))


if __name__ == "__main__":
    main()
