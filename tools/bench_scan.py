"""Scan throughput on a 1,000-page corpus, next to a plain ``re`` scan with the same patterns.

    python tools/bench_scan.py              # 1,000 pages, best of 3 runs, one core
    python tools/bench_scan.py --pages 200  # a quicker look

The corpus is the evaluation set's documents (tests/eval/), parsed once and repeated until it
has the requested number of pages, so that it reads like real contracts: headings, clauses,
priced tables, contacts, signatures. Parsing is not timed. Both scanners run in this process
on one core, in the same run:

* **ours**: :class:`transparency.redaction.scan.Scanner`, exactly as ``transparency scan`` runs
  it (Presidio's AnalyzerEngine, context, structure, merging, explanations);
* **plain re**: every regular expression of ``recognizers.yaml`` and of the logic recognizers,
  compiled with ``re`` (or ``regex`` where ``re`` cannot compile it) and run with ``finditer``
  over the same blocks: the floor any detector with these patterns pays.

The figure that matters is ours / plain re; the aim is at least one third.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import regex
import yaml

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"


def corpus(pages: int) -> tuple[list, int]:
    """Documents from the evaluation set, repeated to ``pages`` pages."""
    from transparency.workspace import Workspace

    workspace = Workspace(EVAL)
    base = []
    for path in sorted((EVAL / "labels").glob("*.yaml")):
        labels = yaml.safe_load(path.read_text(encoding="utf-8"))
        contract = workspace.contract(labels["contract"])
        for entry in labels["documents"]:
            base.append((contract.document(entry["file"]), entry["pages"]))
    documents, total = [], 0
    while total < pages:
        for document, count in base:
            documents.append(document)
            total += count
            if total >= pages:
                break
    return documents, total


def plain_patterns() -> list:
    """The same regular expressions, compiled for a plain scan."""
    from transparency.redaction.config import load_rules
    from transparency.redaction.engine import logic_recognizers

    sources = [p.regex for r in load_rules().recognizers for p in r.patterns]
    for recognizer in logic_recognizers():
        sources += [p.regex for p in getattr(recognizer, "patterns", [])]
        sources += [rule[1].pattern for rule in getattr(recognizer, "_rules", [])]
        pattern = getattr(recognizer, "PATTERN", None)
        if pattern:
            sources.append(pattern)
    compiled = []
    for source in sources:
        try:
            compiled.append(re.compile(source, re.DOTALL | re.MULTILINE))
        except re.error:  # lookbehinds of variable width, \p{..}: only the regex module
            compiled.append(regex.compile(source, regex.DOTALL | regex.MULTILINE))
    return compiled


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="corpus size in pages")
    parser.add_argument("--runs", type=int, default=3, help="runs of each scanner (best kept)")
    args = parser.parse_args(argv)

    from transparency.decisions.catalogue import load_catalogue
    from transparency.redaction.config import load_rules
    from transparency.redaction.scan import Scanner

    documents, pages = corpus(args.pages)
    chars = sum(len(d.text) for d in documents)
    started = time.perf_counter()
    scanner = Scanner(load_rules(), load_catalogue(), model=False)
    build = time.perf_counter() - started
    patterns = plain_patterns()

    def ours() -> None:
        for document in documents:
            scanner.scan(document)

    def plain() -> None:
        for document in documents:
            for block in document.blocks:
                for pattern in patterns:
                    for _ in pattern.finditer(block.text):
                        pass

    plain_s = best_of(args.runs, plain)
    ours_s = best_of(args.runs, ours)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"corpus: {pages} pages, {len(documents)} documents, {chars:,} characters; "
          f"{len(patterns)} patterns; best of {args.runs} runs, one core")
    print(f"scanner start-up (Presidio import and engine): {build:.2f} s, once per process")
    print("| scanner | seconds | pages/s per core |")
    print("| --- | ---: | ---: |")
    print(f"| plain re, same patterns | {plain_s:.2f} | {pages / plain_s:,.0f} |")
    print(f"| ours (transparency scan) | {ours_s:.2f} | {pages / ours_s:,.0f} |")
    print(f"ours / plain re: {plain_s / ours_s:.2f} of the plain-regex throughput "
          f"(aim: at least 0.33)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
