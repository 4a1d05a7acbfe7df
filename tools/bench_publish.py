"""Publishing at register scale: every stage timed, next to the floor measured in the same run.

    python tools/bench_publish.py                    # N = 25 100 300 generated contracts
    python tools/bench_publish.py 3 6 --pages 8      # a quick look
    python tools/bench_publish.py 100 --pdfs DIR     # each PDF under DIR (recursive) a contract
    python tools/bench_publish.py 100 --runs 3       # medians of three runs of each timed step
    python tools/bench_publish.py 300 --profile cold.prof --json figures.json --keep /tmp/bench

For each N it builds a workspace of N contracts (``contracts/<id>/contract.yaml`` and one PDF
each, with the repository's ``mkdocs.yml`` and ``pages/``), then works as a user would, each
command in a subprocess of its own (``python -m transparency.cli``, this interpreter), so that
every stage's time and memory are its own:

1. ``transparency scan --jobs J`` with an empty ``.cache/`` (timed: *scan*);
2. every candidate decided "redact" with a complete record, as ``tools/register.py`` decides
   them (scan and decide again while the scan proposes more, then ``transparency verify
   --accept``): not timed as part of publishing, reported as the review;
3. ``transparency build`` with an empty ``.cache/`` and no site (*cold build*), then again with
   nothing changed (*warm*), after one decision's public reason changed in one contract (the
   decisions file edited, ``verify --accept``), and after one more redaction in that contract
   (a manual record of one short word, written into the decisions file as an officer may,
   then ``verify --accept``: ``transparency redact`` asks its questions at a terminal); each
   build timed.

*Cold publish* is scan + cold build. The **floor**, measured on the same files in the same run,
on one core (in this process; mutool and mkdocs in processes of their own), is what publishing
cannot do without:

a. one fast extraction of every page's text: pypdfium2, and ``mutool draw -F txt`` (one process
   per file) where mutool is installed; the floor takes the faster;
b. the scan's regular expressions (``recognizers.yaml`` and the logic recognizers) compiled with
   the standard ``re`` (those it cannot compile are left out and counted) and run over (a)'s
   text, page by page;
c. one rewrite of every page's content stream with pikepdf (parse, unparse, write back, save);
d. a plain ``mkdocs build`` (mkdocs-material with the workspace's theme settings, the search
   plugin only, no web fonts) of one page per contract holding its extracted text.

It prints one table per N (contracts, pages, characters; each stage's seconds, pages/s and peak
memory; the floor's parts; the ratios against the floor), then each stage's cost per page at
every N (linear growth keeps it flat). *Peak MB* is the largest resident set of any one process
of the command (``os.wait4``); *tree MB* is the largest sum, sampled every 50 ms, of the
resident sets of the command and its worker processes (an upper bound: pages shared between
forked workers count once per process). The goals: a cold publish within 3x of the floor, one
changed decision republished in under 5 s at 100 contracts, memory flat in N (under 1 GB at
1,000), every stage linear.

Options: ``--pages P`` pages per generated contract (default 15 to 20; see
``tools/bench_material.py``); ``--pdfs DIR`` each PDF under DIR becomes one contract, cycling
when there are fewer than N; ``--jobs J`` for scan and build (default: one per core);
``--runs R`` repeats every timed step and reports medians; ``--keep DIR`` keeps the material
and the workspaces there (``DIR/material``, ``DIR/n<N>``); ``--json FILE`` writes the figures;
``--profile FILE`` runs one more cold build of the largest N under cProfile (with ``--jobs 1``,
so that the workers' work is in the profile), writes it to FILE and prints the 25 functions of
largest cumulative time (the interpreter's and click's frames left out). Progress goes to
stderr. A command that fails stops the run with its output and a non-zero exit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import logging
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import bench_material  # noqa: E402
import register  # noqa: E402
import yaml  # noqa: E402

ROOT = TOOLS.parent
DEFAULT_SIZES = (25, 100, 300)
OFFICER = register.OFFICER
MB = 1024 * 1024


# --- running a command -------------------------------------------------------------------


@dataclass
class Run:
    """One subprocess: exit status, wall time, output and memory."""

    command: list[str]
    exit: int
    seconds: float
    stdout: str
    stderr: str
    peak_mb: float  # the largest resident set of any one process (ru_maxrss)
    tree_mb: float | None  # the largest sampled sum over the process and its children

    @property
    def ok(self) -> bool:
        return self.exit == 0


def _tree_rss(process) -> int:
    import psutil

    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def run(command: list[str], cwd: Path | None = None) -> Run:
    """Run ``command``, sampling its memory, and reap it with ``os.wait4`` for its peak."""
    try:
        import psutil
    except ImportError:
        psutil = None
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, cwd=cwd)
        watched = None
        if psutil is not None:
            try:
                watched = psutil.Process(child.pid)
            except psutil.Error:
                watched = None
        tree = 0
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if watched is not None:
                tree = max(tree, _tree_rss(watched))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Run(
        command,
        child.returncode,
        round(seconds, 3),
        stdout,
        stderr,
        round(usage.ru_maxrss * 1024 / MB, 1),  # Linux: kilobytes
        round(tree / MB, 1) if watched is not None else None,
    )


def transparency(args: list[str], workspace: Path, profile: Path | None = None) -> Run:
    """``transparency ARGS --workspace WORKSPACE``, as ``python -m transparency.cli``."""
    prefix = [sys.executable]
    if profile is not None:
        prefix += ["-m", "cProfile", "-o", str(profile)]
    return run([*prefix, "-m", "transparency.cli", *args, "--workspace", str(workspace)])


def progress(label: str, message: str) -> None:
    print(f"[{label}] {message}", file=sys.stderr, flush=True)


def require(step: Run, what: str) -> Run:
    """``step`` if it succeeded; else print its output and stop the benchmark."""
    if step.ok:
        return step
    shown = " ".join(step.command[1:6]) + (" ..." if len(step.command) > 6 else "")
    print(f"\n{what} failed (exit {step.exit}): {shown}", file=sys.stderr)
    for stream in (step.stdout, step.stderr):
        if stream.strip():
            print(stream.rstrip(), file=sys.stderr)
    raise SystemExit(1)


def median_run(runs: list[Run]) -> dict:
    """The medians of repeated runs (time and memory), and every time."""
    trees = [r.tree_mb for r in runs if r.tree_mb is not None]
    return {
        "seconds": round(statistics.median(r.seconds for r in runs), 3),
        "runs": [r.seconds for r in runs],
        "peak_mb": round(statistics.median(r.peak_mb for r in runs), 1),
        "tree_mb": round(statistics.median(trees), 1) if trees else None,
        "said": runs[-1].stdout.strip().splitlines(),
    }


# --- the material and the workspace -------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One contract of a workspace: its PDF and its metadata."""

    path: Path
    meta: dict


def generated(folder: Path, count: int, pages: int | None, jobs: int | None) -> list[Item]:
    made = bench_material.generate(folder, count, pages, jobs=jobs)
    return [Item(g.path, g.meta) for g in made]


def from_folder(folder: Path, count: int) -> list[Item]:
    """One contract per PDF under ``folder`` (recursive), cycling until there are ``count``."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
    found = [register.Source(p, str(p.relative_to(folder)), format="pdf") for p in paths]
    register.read_all(found)  # what the scan would refuse (a scan without Tesseract, ...)
    for source in found:
        if source.refused:
            progress("material", f"left out {source.relative}: {source.refused}")
    paths = [s.path for s in found if not s.refused]
    if not paths:
        raise SystemExit(f"{folder}: no PDF file that the tool reads")
    items = []
    awarded = dt.date.today() - dt.timedelta(days=60)
    for number in range(1, count + 1):
        path = paths[(number - 1) % len(paths)]
        slug = f"c{number:04d}-{register.slugify(path.stem)[:40].strip('-')}"
        title = register.title_of(path)
        meta = {
            "id": slug,
            "title": title,
            "buyer": register.BUYER,
            "supplier": register.SUPPLIER,
            "supplier_id": "09876543",
            "value": {"amount": 250000 + 1250 * number, "currency": "GBP"},
            "awarded": awarded,
            "starts": awarded + dt.timedelta(days=15),
            "ends": awarded + dt.timedelta(days=15 + 3 * 365),
            "reference": f"RTC-BENCH-{number:04d}",
            "documents": [{"file": path.name, "title": title}],
        }
        items.append(Item(path, meta))
    return items


def make_workspace(root: Path, items: list[Item]) -> list[register.Source]:
    """The workspace: the repository's mkdocs.yml and pages/, one folder per contract."""
    root.mkdir(parents=True)
    shutil.copyfile(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "pages", root / "pages")
    sources = []
    for item in items:
        folder = root / "contracts" / item.meta["id"]
        folder.mkdir(parents=True)
        name = item.meta["documents"][0]["file"]
        shutil.copyfile(item.path, folder / name)
        (folder / "contract.yaml").write_text(
            yaml.safe_dump(item.meta, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        sources.append(
            register.Source(folder / name, f"{item.meta['id']}/{name}", item.meta["id"], "pdf")
        )
    return sources


def clear_cache(workspace: Path) -> None:
    shutil.rmtree(workspace / ".cache", ignore_errors=True)


def cold(workspace: Path) -> None:
    """No cache and no site: the next command starts from nothing."""
    clear_cache(workspace)
    shutil.rmtree(workspace / "site", ignore_errors=True)


# --- the officer's side: decisions and changes -------------------------------------------


def decide(workspace: Path, sources: list[register.Source], jobs: int | None, label: str) -> dict:
    """Decide every candidate "redact" (rounds while the scan proposes more), then record the
    hand-written decisions with ``verify --accept``; as ``tools/register.py`` does."""
    today = dt.date.today()
    started = time.perf_counter()
    rescans: list[float] = []
    counts: dict = {}
    candidates, rounds = -1, 0
    while True:
        rounds += 1
        counts = register.decide_everything(workspace, sources, today)
        found = sum(s.candidates for s in sources)
        progress(label, f"review round {rounds}: {found} candidates decided 'redact'")
        if found == candidates or rounds >= register.MAX_ROUNDS:
            break
        candidates = found
        scan = require(transparency(_jobs(["scan"], jobs), workspace), "scan (review round)")
        rescans.append(scan.seconds)
    decided = [s.slug for s in sources if s.candidates]
    verify = None
    if decided:
        verify = require(
            transparency(["verify", *decided, "--accept", "--officer", OFFICER], workspace),
            "verify --accept",
        )
    return {
        "rounds": rounds,
        "records": counts.get("records", 0),
        "widened": counts.get("widened to whole words", 0),
        "overrides": counts.get("overrides", 0),
        "rescans_seconds": rescans,
        "verify_seconds": verify.seconds if verify else 0.0,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _jobs(args: list[str], jobs: int | None) -> list[str]:
    return [*args, "--jobs", str(jobs)] if jobs else args


def _decisions(workspace: Path, contract: str) -> tuple[Path, dict]:
    path = workspace / "decisions" / f"{contract}.yaml"
    return path, yaml.safe_load(path.read_text(encoding="utf-8"))


def _save(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def change_reason(workspace: Path, contract: str, number: int) -> Run:
    """One decision's public reason rewritten by hand, then recorded (``verify --accept``)."""
    path, data = _decisions(workspace, contract)
    record = data["records"][0]
    record["public_reason"] = (
        f"Releasing this passage would harm the supplier's commercial interests (reviewed,"
        f" revision {number})."
    )
    _save(path, data)
    return require(
        transparency(["verify", contract, "--accept", "--officer", OFFICER], workspace),
        "verify --accept (changed reason)",
    )


def add_redaction(workspace: Path, contract: str, number: int) -> tuple[Run, str]:
    """One more redaction: a manual record of one short word (not distinctive, so decided at
    its place only) that no candidate or record takes in; recorded with ``verify --accept``.
    Returns the run and where the word is (never the word)."""
    from transparency.contracts import read_document
    from transparency.contracts.metadata import load_contract_meta
    from transparency.decisions import load_catalogue
    from transparency.decisions.rules import must_publish

    folder = workspace / "contracts" / contract
    meta = load_contract_meta(folder / "contract.yaml")
    document = meta.documents[0].file
    text = read_document(folder / document, document).text
    path, data = _decisions(workspace, contract)
    scan = yaml.safe_load((workspace / "redaction" / f"{contract}.yaml").read_text("utf-8"))
    taken = [(c["start"], c["end"]) for c in scan.get("candidates") or []]
    taken += [(r["start"], r["end"]) for r in data["records"] if "start" in r]
    words = [
        m
        for m in re.finditer(r"(?<![\w.@-])[a-z]{5,7}(?![\w@-])", text)
        if m.start() > len(text) // 3
        and not any(m.start() < end + 1 and start - 1 < m.end() for start, end in taken)
    ]
    if len(words) < number:
        raise SystemExit(f"{contract}: no word left to redact by hand")
    word = words[number - 1]
    record = register.redact_record(
        {"id": None, "text": word.group(), "exemption": "FOIA s.43(2)"},
        meta,
        load_catalogue(workspace),
        dt.date.today(),
        must_publish,
        span=(document, word.start(), word.end()),
    )
    del record["candidate"]
    data["records"].append(record)
    _save(path, data)
    step = require(
        transparency(["verify", contract, "--accept", "--officer", OFFICER], workspace),
        "verify --accept (one more redaction)",
    )
    return step, f"{contract}: {document} offsets {word.start()}-{word.end()}"


# --- the floor ----------------------------------------------------------------------------


def extract_pdfium(paths: list[Path]) -> tuple[float, list[list[str]]]:
    import pypdfium2 as pdfium

    started = time.perf_counter()
    texts = []
    for path in paths:
        document = pdfium.PdfDocument(path)
        try:
            pages = []
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
            texts.append(pages)
        finally:
            document.close()
    return time.perf_counter() - started, texts


def extract_mutool(paths: list[Path]) -> tuple[float, int] | None:
    """``mutool draw -F txt`` of every file (one process each): seconds and characters."""
    mutool = shutil.which("mutool")
    if mutool is None:
        return None
    started = time.perf_counter()
    chars = 0
    for path in paths:
        done = subprocess.run(
            [mutool, "draw", "-q", "-F", "txt", "-o", "-", str(path)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            return None
        chars += len(done.stdout.decode("utf-8", "replace"))
    return time.perf_counter() - started, chars


def plain_patterns() -> tuple[list[re.Pattern], int]:
    """The scan's regular expressions compiled with ``re``; and how many ``re`` cannot compile
    (the ``regex`` module's syntax: ``\\p{..}``, variable-width lookbehinds)."""
    from transparency.redaction.config import load_rules
    from transparency.redaction.engine import logic_recognizers

    rules = load_rules()
    sources = [p.regex for r in rules.recognizers for p in r.patterns]
    for recognizer in logic_recognizers():
        sources += [p.regex for p in getattr(recognizer, "patterns", None) or []]
        sources += [rule[1].pattern for rule in getattr(recognizer, "_rules", None) or []]
        if pattern := getattr(recognizer, "PATTERN", None):
            sources.append(pattern)
    compiled, skipped = [], 0
    for source in dict.fromkeys(sources):
        try:
            compiled.append(re.compile(source, re.MULTILINE))
        except re.error:
            skipped += 1
    return compiled, skipped


def regex_pass(texts: list[list[str]], patterns: list[re.Pattern]) -> tuple[float, int]:
    started = time.perf_counter()
    found = 0
    for pages in texts:
        for text in pages:
            for pattern in patterns:
                for _ in pattern.finditer(text):
                    found += 1
    return time.perf_counter() - started, found


def rewrite_streams(paths: list[Path], out: Path) -> float:
    """Every page's content stream parsed, unparsed, written back; every file saved."""
    import pikepdf

    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for number, path in enumerate(paths):
        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                operations = pikepdf.parse_content_stream(page)
                page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(operations))
            pdf.save(out / f"{number:04d}.pdf")
    return time.perf_counter() - started


def mkdocs_floor(items: list[Item], texts: list[list[str]], folder: Path) -> Run:
    """A plain mkdocs-material build of one page per contract holding its extracted text."""
    workspace = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    theme = {**workspace["theme"], "font": False}
    config = {
        "site_name": "Plain build of the same text",
        "site_url": "https://contracts.example/",
        "docs_dir": "docs",
        "site_dir": "site",
        "theme": theme,
        "markdown_extensions": workspace.get("markdown_extensions", []),
        "plugins": ["search"],
    }
    docs = folder / "docs" / "contracts"
    docs.mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    (folder / "docs" / "index.md").write_text("# Contracts\n\nThe contracts.\n", "utf-8")
    for item, pages in zip(items, texts, strict=True):
        body = [f"# {html.escape(item.meta['title'])}\n"]
        for number, text in enumerate(pages, 1):
            paragraphs = [" ".join(p.split()) for p in re.split(r"\r?\n\s*\r?\n", text)]
            lines = [html.escape(line) for p in paragraphs for line in p.splitlines() or [p]]
            body.append(f"## Page {number}\n\n" + "\n\n".join(line for line in lines if line))
        (docs / f"{item.meta['id']}.md").write_text("\n\n".join(body) + "\n", "utf-8")
    return run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=folder)


def floor(items: list[Item], scratch: Path, runs: int, label: str) -> dict:
    paths = [item.path for item in items]
    patterns, skipped = plain_patterns()
    figures: dict[str, list[float]] = {k: [] for k in ("pypdfium2", "mutool", "re", "rewrite")}
    mkdocs_runs: list[Run] = []
    texts: list[list[str]] = []
    mutool_chars = matches = 0
    for attempt in range(runs):
        progress(label, "floor: extraction (pypdfium2, mutool)")
        seconds, texts = extract_pdfium(paths)
        figures["pypdfium2"].append(seconds)
        mutool = extract_mutool(paths)
        if mutool is not None:
            figures["mutool"].append(mutool[0])
            mutool_chars = mutool[1]
        progress(label, f"floor: {len(patterns)} patterns as plain re")
        seconds, matches = regex_pass(texts, patterns)
        figures["re"].append(seconds)
        progress(label, "floor: content stream rewrite (pikepdf)")
        figures["rewrite"].append(rewrite_streams(paths, scratch / f"rewrite-{attempt}"))
        shutil.rmtree(scratch / f"rewrite-{attempt}", ignore_errors=True)
        progress(label, "floor: plain mkdocs build")
        folder = scratch / f"mkdocs-{attempt}"
        mkdocs_runs.append(require(mkdocs_floor(items, texts, folder), "plain mkdocs build"))
        shutil.rmtree(folder, ignore_errors=True)
    medians = {k: round(statistics.median(v), 3) for k, v in figures.items() if v}
    extraction = min(medians["pypdfium2"], medians.get("mutool", float("inf")))
    mkdocs = median_run(mkdocs_runs)
    total = extraction + medians["re"] + medians["rewrite"] + mkdocs["seconds"]
    return {
        "extraction_pypdfium2": medians["pypdfium2"],
        "extraction_mutool": medians.get("mutool"),
        "extraction": extraction,
        "extraction_by": "mutool" if extraction == medians.get("mutool") else "pypdfium2",
        "mutool_characters": mutool_chars,
        "regex": medians["re"],
        "patterns": len(patterns),
        "patterns_skipped": skipped,
        "regex_matches": matches,
        "rewrite": medians["rewrite"],
        "mkdocs": mkdocs,
        "total": round(total, 3),
        "pages": sum(len(t) for t in texts),
        "characters": sum(len(page) for t in texts for page in t),
        "pages_with_text": sum(1 for t in texts for page in t if page.strip()),
    }


# --- one size ------------------------------------------------------------------------------


def measure(size: int, items: list[Item], root: Path, args: argparse.Namespace) -> dict:
    label = f"N={size}"
    workspace = root / f"n{size}"
    progress(label, f"workspace {workspace}")
    sources = make_workspace(workspace, items)
    runs = args.runs
    jobs = args.jobs

    scans = []
    for attempt in range(runs):
        progress(label, f"scan, cold ({attempt + 1}/{runs})")
        cold(workspace)
        scans.append(require(transparency(_jobs(["scan"], jobs), workspace), "scan"))
    review = decide(workspace, sources, jobs, label)
    pages_with_candidates = _pages_with_candidates(workspace)

    def builds(name: str, before=None) -> dict:
        done = []
        for attempt in range(runs):
            if before is not None:
                before(attempt + 1)
            progress(label, f"build, {name} ({attempt + 1}/{runs})")
            done.append(require(transparency(_jobs(["build"], jobs), workspace), f"build ({name})"))
        return median_run(done)

    cold_build = builds("cold", lambda _: cold(workspace))
    warm = builds("warm, nothing changed")
    changed = [s.slug for s in sources if s.candidates]
    if not changed:
        raise SystemExit(f"{label}: the scan found no candidate: nothing to change")
    target = changed[0]
    verifies: dict[str, list[float]] = {"reason": [], "redaction": []}

    def new_reason(number: int) -> None:
        verifies["reason"].append(change_reason(workspace, target, number).seconds)

    places: list[str] = []

    def new_redaction(number: int) -> None:
        step, where = add_redaction(workspace, target, number)
        verifies["redaction"].append(step.seconds)
        places.append(where)

    reason = builds("one changed public reason", new_reason)
    redaction = builds("one more redaction", new_redaction)
    profile = None
    if args.profile and size == max(args.sizes):
        progress(label, "build, cold, under cProfile (--jobs 1)")
        cold(workspace)
        step = require(
            transparency(["build", "--jobs", "1"], workspace, profile=args.profile),
            "build (profiled)",
        )
        profile = {"file": str(args.profile), "seconds": step.seconds}

    scan = median_run(scans)
    figures = floor(items, root / f"floor-{size}", runs, label)
    publish = scan["seconds"] + cold_build["seconds"]
    return {
        "contracts": size,
        "pages": figures["pages"],
        "characters": figures["characters"],
        "pages_with_candidates": pages_with_candidates,
        "candidates": sum(s.candidates for s in sources),
        "review": review,
        "scan": scan,
        "build_cold": cold_build,
        "build_warm": warm,
        "build_changed_reason": {**reason, "verify_seconds": verifies["reason"]},
        "build_one_more_redaction": {
            **redaction,
            "verify_seconds": verifies["redaction"],
            "places": places,
        },
        "changed_contract": target,
        "cold_publish": round(publish, 3),
        "floor": figures,
        "ratios": {
            "cold_publish_to_floor": round(publish / figures["total"], 2),
            "scan_to_extraction_and_regex": round(
                scan["seconds"] / (figures["extraction"] + figures["regex"]), 2
            ),
            "cold_build_to_floor": round(cold_build["seconds"] / figures["total"], 2),
            "warm_to_floor": round(warm["seconds"] / figures["total"], 2),
        },
        "profile": profile,
        "workspace": str(workspace) if args.keep else None,
    }


def _pages_with_candidates(workspace: Path) -> int:
    pages = set()
    for path in (workspace / "redaction").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        pages |= {(path.stem, c["document"], c.get("page")) for c in data.get("candidates") or []}
    return len(pages)


# --- the report -----------------------------------------------------------------------------


def _rate(pages: int, seconds: float) -> str:
    return f"{pages / seconds:,.0f}" if seconds > 0 else "-"


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def render_size(result: dict, jobs: int | None) -> list[str]:
    pages, f = result["pages"], result["floor"]
    review = result["review"]
    out = [
        "",
        f"## {result['contracts']} contracts: {pages:,} pages, {result['characters']:,}"
        f" characters; {result['candidates']:,} candidates on {result['pages_with_candidates']:,}"
        f" pages ({result['pages_with_candidates'] / pages:.0%} of pages)",
        "",
        f"review (not timed as publishing): {review['records']:,} records 'redact',"
        f" {review['rounds']} rounds, re-scans {sum(review['rescans_seconds']):.1f} s, verify"
        f" --accept {review['verify_seconds']:.1f} s",
        "",
        "| stage | seconds | pages/s | peak MB | tree MB |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]

    def row(name: str, figures: dict) -> None:
        out.append(
            f"| {name} | {figures['seconds']:.2f} | {_rate(pages, figures['seconds'])} |"
            f" {_mb(figures['peak_mb'])} | {_mb(figures['tree_mb'])} |"
        )

    row(f"scan, cold (--jobs {jobs or os.cpu_count()})", result["scan"])
    row("build, cold (empty .cache/)", result["build_cold"])
    out.append(
        f"| **cold publish** (scan + cold build) | **{result['cold_publish']:.2f}** |"
        f" {_rate(pages, result['cold_publish'])} | | |"
    )
    row("build, warm (nothing changed)", result["build_warm"])
    row("build after one changed public reason", result["build_changed_reason"])
    row("build after one more redaction", result["build_one_more_redaction"])
    mutool = f["extraction_mutool"]
    floor_rows = [
        ("floor a: text extraction, pypdfium2", f["extraction_pypdfium2"]),
        ("floor a: text extraction, mutool (a process per file)", mutool),
        (
            f"floor b: {f['patterns']} scan patterns as plain re ({f['patterns_skipped']} that"
            f" re cannot compile left out)",
            f["regex"],
        ),
        ("floor c: content stream rewrite, every page (pikepdf)", f["rewrite"]),
    ]
    for name, seconds in floor_rows:
        if seconds is None:
            out.append(f"| {name} | n/a | | | |")
        else:
            out.append(f"| {name} | {seconds:.2f} | {_rate(pages, seconds)} | | |")
    row("floor d: plain mkdocs build of the same text", f["mkdocs"])
    out.append(
        f"| **floor** (a by {f['extraction_by']} + b + c + d) | **{f['total']:.2f}** |"
        f" {_rate(pages, f['total'])} | | |"
    )
    ratios = result["ratios"]
    reason = result["build_changed_reason"]
    more = result["build_one_more_redaction"]
    out += [
        "",
        f"cold publish / floor: **{ratios['cold_publish_to_floor']:.1f}x** (aim: 3x or less);"
        f" scan / (extraction + regex): {ratios['scan_to_extraction_and_regex']:.1f}x;"
        f" cold build / floor: {ratios['cold_build_to_floor']:.1f}x",
        f"rebuilds: warm {result['build_warm']['seconds']:.1f} s"
        f" ({ratios['warm_to_floor']:.1f}x the floor); one changed public reason"
        f" {reason['seconds']:.1f} s (aim at 100 contracts: under 5 s; verify --accept"
        f" {statistics.median(reason['verify_seconds']):.1f} s before it); one more redaction"
        f" {more['seconds']:.1f} s (verify --accept"
        f" {statistics.median(more['verify_seconds']):.1f} s)",
    ]
    for name, key in (("cold build", "build_cold"), ("after one more", "build_one_more_redaction")):
        if said := result[key]["said"]:
            out.append(f"{name} said: " + " / ".join(said))
    return out


#: The stages whose cost per page shows whether growth is linear.
STAGES = (
    ("scan, cold", "scan"),
    ("build, cold", "build_cold"),
    ("build, warm", "build_warm"),
    ("build, one changed reason", "build_changed_reason"),
    ("build, one more redaction", "build_one_more_redaction"),
    ("floor d: plain mkdocs", None),
)


def render_growth(results: list[dict]) -> list[str]:
    """Milliseconds per page and peak memory of each stage at every size."""
    per_page = " | ".join(f"ms/page N={r['contracts']}" for r in results)
    memory = " | ".join(f"tree MB N={r['contracts']}" for r in results)
    out = [
        "",
        "## Growth: milliseconds per page (flat when linear) and memory, at every N",
        "",
        f"| stage | {per_page} | {memory} |",
        "| --- |" + " ---: |" * (2 * len(results)),
    ]

    def figures_of(result: dict, key: str | None) -> dict:
        return result["floor"]["mkdocs"] if key is None else result[key]

    for name, key in STAGES:
        per_page = " | ".join(
            f"{1000 * figures_of(r, key)['seconds'] / r['pages']:.1f}" for r in results
        )
        memory = " | ".join(_mb(figures_of(r, key)["tree_mb"]) for r in results)
        out.append(f"| {name} | {per_page} | {memory} |")
    for name, key in (("cold publish", "cold_publish"), ("floor", None)):
        per_page = " | ".join(
            f"{1000 * (r[key] if key else r['floor']['total']) / r['pages']:.1f}" for r in results
        )
        out.append(f"| {name} | {per_page} |" + " |" * len(results))
    return out


def machine() -> dict:
    import transparency

    return {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "transparency": transparency.__version__,
        "repository_head": register._git_head(Path(transparency.__file__).resolve()),
    }


def render(report: dict) -> str:
    m = report["machine"]
    out = [
        f"machine: {m['processor']}, {m['cores']} cores, shared, noisy (read the ratios, measured"
        f" in the same run, before the seconds); Python {m['python']}, {m['platform']}",
        f"tool: transparency {m['transparency']} ({m['repository_head'] or '?'}); {report['date']}",
        f"material: {report['material']}; jobs {report['jobs'] or os.cpu_count()};"
        f" {report['runs']} run(s) of each timed step, medians; the floor on one core",
    ]
    for result in report["results"]:
        out += render_size(result, report["jobs"])
    if len(report["results"]) > 1:
        out += render_growth(report["results"])
    return "\n".join(out)


#: Frames that only wrap the command (the interpreter, runpy, click): left out of the profile.
WRAPPERS = re.compile(r"<frozen runpy>|<string>|[/\\]click[/\\]|^~$|cli\.py$|_options\.py$")


def _where(filename: str, line: int, function: str) -> str:
    """``package/module.py:line(function)``, the path cut after site-packages or src/."""
    if filename == "~":
        return function
    parts = Path(filename).parts
    for marker in ("site-packages", "src", "lib"):
        if marker in parts:
            parts = parts[len(parts) - parts[::-1].index(marker) :]
            break
    return f"{'/'.join(parts)}:{line}({function})"


def print_profile(path: Path, seconds: float, top: int = 25) -> None:
    """The ``top`` functions of largest cumulative time, the command's wrappers left out."""
    import pstats

    stats = pstats.Stats(str(path), stream=io.StringIO())
    rows = sorted(stats.stats.items(), key=lambda item: item[1][3], reverse=True)
    total = max((figures[3] for figures in stats.stats.values()), default=0.0) or 1.0
    print()
    print(
        f"## Profile of the cold build (--jobs 1, {seconds:.1f} s under cProfile, of which"
        f" {total:.1f} s in the profiled run): {path}"
    )
    print()
    print("| cumulative s | share | own s | calls | function |")
    print("| ---: | ---: | ---: | ---: | --- |")
    shown = 0
    for (filename, line, function), (_, calls, own, cumulative, _) in rows:
        if WRAPPERS.search(filename) or function in ("<module>", "<built-in method builtins.exec>"):
            continue
        print(
            f"| {cumulative:.2f} | {cumulative / total:.0%} | {own:.2f} | {calls:,} |"
            f" {_where(filename, line, function)} |"
        )
        shown += 1
        if shown == top:
            break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "sizes",
        nargs="*",
        type=int,
        metavar="N",
        help=f"contracts per workspace (default: {' '.join(map(str, DEFAULT_SIZES))})",
    )
    parser.add_argument(
        "--pdfs",
        type=Path,
        metavar="DIR",
        help="make each PDF under DIR (recursive) a contract, cycling if there are fewer than N"
        " (default: generated contracts, tools/bench_material.py)",
    )
    parser.add_argument(
        "--pages", type=int, help="pages per generated contract (default: 15 to 20)"
    )
    parser.add_argument(
        "--jobs", type=int, help="worker processes for scan and build (default: one per core)"
    )
    parser.add_argument(
        "--runs", type=int, default=1, help="runs of each timed step (medians are shown)"
    )
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="keep the material and workspaces in DIR"
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="profile one more cold build of the largest N into FILE and print its top 25",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    args = parser.parse_args(argv)
    # The in-process parses (decisions, the manual redaction) need not repeat pypdf's warnings:
    # the commands' own output carries them.
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    args.sizes = args.sizes or list(DEFAULT_SIZES)
    if any(n < 1 for n in args.sizes) or args.runs < 1:
        parser.error("N and --runs must be at least 1")
    if args.pages is not None and args.pages < 5:
        parser.error("--pages: at least 5 (title, clauses, prices, management, signatures)")
    if args.pdfs is not None and not args.pdfs.is_dir():
        parser.error(f"--pdfs {args.pdfs}: not a folder")
    if args.profile is not None:
        args.profile = args.profile.resolve()
    if args.keep is not None:
        args.keep = args.keep.resolve()
        if args.keep.exists() and any(args.keep.iterdir()):
            parser.error(f"--keep {args.keep}: not empty; give a new or empty folder")
        args.keep.mkdir(parents=True, exist_ok=True)
        return _main(args, args.keep)
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as temp:
        return _main(args, Path(temp))


def _main(args: argparse.Namespace, root: Path) -> int:
    largest = max(args.sizes)
    if args.pdfs is not None:
        items = from_folder(args.pdfs.resolve(), largest)
        material = f"the PDFs of {args.pdfs} ({len({i.path for i in items})} files)"
    else:
        progress("material", f"generating {largest} contracts")
        items = generated(root / "material", largest, args.pages, args.jobs)
        pages = f"{args.pages} pages each" if args.pages else "15 to 20 pages each"
        material = f"generated contracts (tools/bench_material.py), {pages}"
    report = {
        "date": dt.date.today().isoformat(),
        "machine": machine(),
        "material": material,
        "jobs": args.jobs,
        "runs": args.runs,
        "results": [],
    }
    for size in args.sizes:
        report["results"].append(measure(size, items[:size], root, args))
        if not args.keep:
            shutil.rmtree(root / f"n{size}", ignore_errors=True)
    print(render(report))
    profiled = next((r["profile"] for r in report["results"] if r["profile"]), None)
    if profiled:
        print_profile(Path(profiled["file"]), profiled["seconds"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
