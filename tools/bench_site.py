"""Benchmark: publishing at register scale, each stage against a floor measured in the same run.

For each N it builds a workspace of N contracts (generated contract PDFs by default: 16 pages
each, a price schedule, bank details and named contacts on a few pages, every contract
different; or, with ``--pdfs DIR``, the PDFs found there, one per contract, cycling), scans it,
decides every candidate "redact" as an officer would (``tools/register.py``), and times, each
in its own process with its peak memory:

- the scan (``transparency scan --jobs J``) and the cold build (empty ``.cache/``);
- a rebuild with nothing changed; after one changed public reason; after one changed decision
  (a redacted passage released, so that one document is redacted again);

and, on the same files, the *floor*: one text extraction of every page with pypdfium2, the
scan's regular expressions run as plain ``re`` over that text, one rewrite of every page's
content stream with pikepdf, and a plain mkdocs build (material theme, search) of one page per
contract holding its text. It prints each figure and the cold publish's ratio to the floor.

    python tools/bench_site.py                 # N = 25, 100, 300
    python tools/bench_site.py 10 --pages 8    # a quick run
    python tools/bench_site.py 100 --pdfs DIR --json figures.json
    python tools/bench_site.py 1000 5000 --pages 2 --site-only   # the site at register scale
    python tools/bench_site.py 900 --pages 2 --site-only --keep /tmp/bench   # keep DIR/n900

With ``--site-only`` (for thousands of contracts) the scan runs once, and only the cold build and
a rebuild with nothing changed are timed, the real ``transparency build`` each time; then the
built site is measured: its size, the search index's size (``pagefind/``), the pages of the
contracts index and of the redactions register and the largest of them, and, where Chromium is
installed (tests/chromium.py), the bytes a first search on the search page loads. The
contracts get one of :data:`SUPPLIERS` and :data:`CATEGORIES` each, so that the search filters
have many values.

Timings are of one run on whatever machine runs it (here: 2 cores, shared, noisy); compare
ratios taken in the same run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import register  # noqa: E402  (the register tool's workspace and decisions)

FIRST = "Amelia Oliver Harriet Samuel Priya Tomasz Grace Declan Fatima Rhys Chloe Imran".split()
LAST = "Whitlock Okafor Brennan Patel Nowak Fairbairn Lloyd Haddad Murray Evans Quinn".split()
CLAUSES = [
    "The Supplier shall provide the Services in accordance with the Specification and the"
    " Authority's reasonable instructions, and shall keep complete records of the work done.",
    "Either party may terminate this Contract by giving not less than three months' written"
    " notice, without prejudice to any rights that have accrued before termination.",
    "The Supplier shall comply with all applicable laws, including the Data Protection"
    " Legislation, and shall assist the Authority in responding to requests for information.",
    "Invoices shall be submitted monthly in arrears and paid within thirty days of receipt of"
    " a valid and undisputed invoice, in accordance with the Payment Schedule.",
    "The Supplier shall maintain the insurances required by Schedule 5 for the duration of"
    " this Contract and for six years after it ends.",
    "Any dispute shall first be referred to the Contract Managers, then to the Directors, and"
    " failing agreement within twenty working days may be referred to mediation.",
    "The Authority may audit the Supplier's performance against the Key Performance Indicators"
    " at any reasonable time, on giving ten working days' notice.",
]


SUPPLIERS = [
    f"{a} {b} Ltd"
    for a in (
        "Northgate",
        "Riverside",
        "Oakfield",
        "Brookvale",
        "Hillcrest",
        "Meadowbank",
        "Stonebridge",
        "Ashworth",
    )
    for b in ("Services", "Care", "Facilities", "Digital", "Works")
]
CATEGORIES = [
    "Adult social care",
    "Children's services",
    "Highways and transport",
    "ICT services",
    "Grounds and parks",
    "Waste and recycling",
    "Catering and school meals",
    "Property and facilities",
]


def make_contract(path: Path, pages: int, seed: int) -> None:
    """A contract PDF of ``pages`` pages; a few pages hold what an officer would withhold."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    rng = random.Random(seed)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    sensitive = {2, pages // 2, pages - 1}
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(72, 790, f"Clause {page}: {rng.choice(['Services', 'Terms', 'Law'])}")
        canvas.setFont("Helvetica", 10)
        y = 760
        lines: list[str] = []
        for _ in range(6):
            words = rng.choice(CLAUSES).split()
            while words:
                lines.append(" ".join(words[:14]))
                words = words[14:]
        if page in sensitive:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            lines = [
                *lines[:10],
                "Schedule of Charges",
                f"Hourly rate for a care worker: £{rng.randint(15, 30)}.{rng.randint(10, 99)}",
                f"Day rate for a senior consultant: £{rng.randint(600, 1400)}",
                f"Volume discount of {rng.randint(2, 9)}.{rng.randint(1, 9)}% above 500 hours",
                f"Contract manager: Mrs {name}, telephone 01632 {rng.randint(100000, 999999)}",
                f"Email: {name.replace(' ', '.').lower()}@supplier.co.uk",
                f"Payment to sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-"
                f"{rng.randint(10, 99)}, account number {rng.randint(10000000, 99999999)}",
            ]
        for line in lines[:48]:
            canvas.drawString(72, y, line)
            y -= 14
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 40, f"Contract RTC-{seed:04d} - page {page} of {pages}")
        canvas.showPage()
    canvas.save()


def run_measured(args: list[str], workspace: Path) -> tuple[float, float]:
    """Run the CLI in its own process: (seconds, peak resident MB)."""
    command = [sys.executable, "-m", "transparency.cli", *args, "--workspace", str(workspace)]
    started = time.perf_counter()
    # The output goes to files: a pipe read one stream after the other stalls the command once
    # the other stream's pipe is full (a long list of problems, a long log).
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            out.seek(0)
            err.seek(0)
            text = out.read().decode(errors="replace"), err.read().decode(errors="replace")
            sys.exit(f"{' '.join(args)} failed in {workspace}:\n{text[0]}\n{text[1]}")
    return seconds, usage.ru_maxrss / 1024


def floor(pdfs: list[Path], work: Path) -> dict[str, float]:
    """The floor's parts, in seconds (see the module docstring)."""
    import pikepdf
    import pypdfium2 as pdfium

    parts: dict[str, float] = {}
    started = time.perf_counter()
    texts = []
    for path in pdfs:
        document = pdfium.PdfDocument(path)
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        document.close()
        texts.append("\n".join(pages))
    parts["extract (pypdfium2)"] = time.perf_counter() - started

    patterns = scan_patterns()
    started = time.perf_counter()
    for text in texts:
        for pattern in patterns:
            for _ in pattern.finditer(text):
                pass
    parts[f"scan patterns as plain re ({len(patterns)})"] = time.perf_counter() - started

    started = time.perf_counter()
    for number, path in enumerate(pdfs):
        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                operations = pikepdf.parse_content_stream(page)
                page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(operations))
            pdf.save(work / f"rewritten-{number}.pdf")
    parts["rewrite every content stream (pikepdf)"] = time.perf_counter() - started

    site = work / "plain-mkdocs"
    (site / "docs").mkdir(parents=True)
    (site / "docs" / "index.md").write_text("# Contracts\n")
    for number, text in enumerate(texts):
        body = "\n\n".join(line for line in text.splitlines() if line.strip())
        (site / "docs" / f"contract-{number}.md").write_text(f"# Contract {number}\n\n{body}\n")
    (site / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n"
    )
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml")],
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # the theme's notice, on every run
    )
    parts["plain mkdocs build"] = time.perf_counter() - started
    return parts


def scan_patterns() -> list[re.Pattern]:
    """The regular expressions of the scan's recognizers that plain ``re`` compiles."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("pattern", "regex") and isinstance(item, str):
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(yaml.safe_load((ROOT / "src/transparency/redaction/recognizers.yaml").read_text()))
    for path in (ROOT / "src/transparency/redaction/recognizers").glob("*.py"):
        found += re.findall(r'(?:Pattern|compile)\(\s*r?"([^"\n]+)"', path.read_text())
    compiled = []
    for pattern in found:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error:
            continue
    return compiled


def change_reason(workspace: Path, slug: str) -> None:
    path = workspace / "decisions" / f"{slug}.yaml"
    data = yaml.safe_load(path.read_text())
    data["records"][0]["public_reason"] = "Reworded: publishing this would harm the supplier."
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def release_one(workspace: Path, slug: str) -> None:
    path = workspace / "decisions" / f"{slug}.yaml"
    data = yaml.safe_load(path.read_text())
    record = data["records"][0]
    data["records"][0] = {
        key: record[key]
        for key in ("candidate", "text", "document", "start", "end")
        if key in record
    } | {
        "action": "release",
        "public_reason": "The figure is already published in the council's budget book.",
        "decided_by": record["decided_by"],
        "decided_on": record["decided_on"],
    }
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def bench(count: int, args: argparse.Namespace) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        work = Path(args.keep) / f"n{count}" if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"[{count}] material", file=sys.stderr)
        material = work / "material"
        material.mkdir()
        given = sorted(Path(args.pdfs).rglob("*.pdf")) if args.pdfs else []
        for number in range(count):
            path = material / f"contract-{number:04d}.pdf"
            if given:
                path.write_bytes(given[number % len(given)].read_bytes())
            else:
                make_contract(path, args.pages, number)
        today = dt.date.today()
        sources = register.find_documents([material])
        register.read_all(sources)
        workspace = work / "workspace"
        register.make_workspace(workspace, sources, today)
        vary_metadata(workspace)
        pdfs = sorted(workspace.glob("contracts/*/*.pdf"))
        pages = sum(s.pages or 0 for s in sources)
        figures: dict = {"contracts": count, "pages": pages}
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        print(f"[{count}] scan", file=sys.stderr)
        figures["scan"] = run_measured(["scan", *jobs], workspace)
        for _ in range(register.MAX_ROUNDS):
            register.decide_everything(workspace, sources, today)
            if args.site_only:  # the scan again, with the decisions as precedents, is skipped
                break
            before = sum(s.candidates for s in sources)
            run_measured(["scan", *jobs], workspace)
            register.decide_everything(workspace, sources, today)
            if sum(s.candidates for s in sources) == before:
                break
        figures["candidates decided"] = sum(s.candidates for s in sources)
        build = ["build", *jobs]
        if args.site_only:
            return site_only(workspace, build, figures, count)
        print(f"[{count}] cold build", file=sys.stderr)
        if args.profile:
            command = [sys.executable, "-m", "cProfile", "-o", args.profile, "-m"]
            subprocess.run(
                [*command, "transparency.cli", *build, "--workspace", str(workspace)], check=True
            )
            subprocess.run(["rm", "-rf", str(workspace / ".cache")], check=True)
        figures["cold build"] = run_measured(build, workspace)
        print(f"[{count}] rebuilds", file=sys.stderr)
        figures["rebuild, nothing changed"] = run_measured(build, workspace)
        slug = next(s.slug for s in sources if s.candidates)
        change_reason(workspace, slug)
        figures["rebuild, one public reason changed"] = run_measured(build, workspace)
        release_one(workspace, slug)
        figures["rebuild, one decision changed"] = run_measured(build, workspace)
        print(f"[{count}] floor", file=sys.stderr)
        figures["floor"] = floor(pdfs, work)
        return figures


def vary_metadata(workspace: Path) -> None:
    """Give each generated contract a supplier and a category of service from a short list."""
    for number, path in enumerate(sorted(workspace.glob("contracts/*/contract.yaml"))):
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
        meta["supplier"] = SUPPLIERS[number % len(SUPPLIERS)]
        meta["category"] = CATEGORIES[number % len(CATEGORIES)]
        path.write_text(yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), "utf-8")


def site_only(workspace: Path, build: list[str], figures: dict, count: int) -> dict:
    """The cold build, a rebuild with nothing changed, and the measures of the built site."""
    print(f"[{count}] cold build", file=sys.stderr)
    figures["cold build"] = run_measured(build, workspace)
    print(f"[{count}] rebuild", file=sys.stderr)
    figures["rebuild, nothing changed"] = run_measured(build, workspace)
    site = workspace / "site"
    files = [p for p in site.rglob("*") if p.is_file()]
    index = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    lists = [site / "contracts" / "index.html", *site.glob("contracts/page/*/index.html")]
    register_pages = [
        site / "redactions" / "index.html",
        *site.glob("redactions/page/*/index.html"),
    ]
    figures["site"] = {
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "html pages": sum(p.suffix == ".html" for p in files),
        "search index files": len(index),
        "search index bytes": sum(p.stat().st_size for p in index),
        "contracts index pages": len(lists),
        "register pages": len(register_pages),
        "largest list page bytes": max(p.stat().st_size for p in lists + register_pages),
    }
    figures["first search"] = first_search(site, "payment")
    return figures


def first_search(site: Path, query: str) -> dict | str:
    """What a first search on the search page loads, measured in Chromium: every file the site
    served for it (the page, the theme, Pagefind's program, and the index files its worker
    fetches), counted by the server, as files (Pagefind's data files are served compressed)."""
    import functools
    import http.server
    import threading

    sys.path.insert(0, str(ROOT / "tests"))
    import chromium

    if reason := chromium.missing_browser():
        return f"not measured: {reason}"
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    served: list[tuple[str, int]] = []

    class Counting(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            super().do_GET()
            if path.is_file():
                served.append((self.path, path.stat().st_size))

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        (chromium.LOCALHOST, 0), functools.partial(Counting, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://{chromium.LOCALHOST}:{server.server_address[1]}"
    try:
        with chromium.chromium() as browser:
            browser.open(url + "/search/")
            driver = browser.driver
            box = WebDriverWait(driver, 30).until(
                lambda d: d.find_element(By.CSS_SELECTOR, "#tp-search input[type=text]")
            )
            box.send_keys(query)
            WebDriverWait(driver, 30).until(
                lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")
            )
            driver.execute_async_script(chromium._SETTLE)
            time.sleep(1)
    finally:
        server.shutdown()
        server.server_close()
    pagefind = [(name, size) for name, size in served if "/pagefind/" in name]
    return {
        "query": query,
        "requests": len(served),
        "bytes": sum(size for _, size in served),
        "pagefind bytes": sum(size for _, size in pagefind),
        "pagefind files": len(pagefind),
    }


def report_site(figures: dict) -> None:
    print(
        f"\n{figures['contracts']} contracts, {figures['pages']} pages,"
        f" {figures['candidates decided']} candidates decided"
    )
    for name in ("scan", "cold build", "rebuild, nothing changed"):
        seconds, peak = figures[name]
        print(f"  {name:<40} {seconds:8.1f} s  peak {peak:6.0f} MB")
    for name, value in figures["site"].items():
        print(f"  site: {name:<34} {value:12,}")
    search = figures["first search"]
    if isinstance(search, str):
        print(f"  first search: {search}")
    else:
        print(
            f"  first search for '{search['query']}': {search['requests']} requests,"
            f" {search['bytes']:,} bytes ({search['pagefind bytes']:,} of them pagefind/)"
        )


def report(figures: dict) -> None:
    floor_total = sum(figures["floor"].values())
    cold = figures["scan"][0] + figures["cold build"][0]
    print(
        f"\n{figures['contracts']} contracts, {figures['pages']} pages,"
        f" {figures['candidates decided']} candidates decided"
    )
    for name, value in figures["floor"].items():
        print(f"  floor: {name:<44} {value:8.1f} s")
    print(f"  floor: {'total':<44} {floor_total:8.1f} s")
    for name in (
        "scan",
        "cold build",
        "rebuild, nothing changed",
        "rebuild, one public reason changed",
        "rebuild, one decision changed",
    ):
        seconds, peak = figures[name]
        print(
            f"  {name:<51} {seconds:8.1f} s  {figures['pages'] / seconds:7.1f} pages/s"
            f"  peak {peak:6.0f} MB"
        )
    print(f"  cold publish (scan + cold build) / floor: {cold / floor_total:.1f}x")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[25, 100, 300])
    parser.add_argument("--pdfs", help="a folder of PDFs to make the contracts from")
    parser.add_argument("--pages", type=int, default=16, help="pages of a generated contract")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--json", help="also write the figures as JSON to this file")
    parser.add_argument("--keep", help="keep the material and workspaces here (DIR/n<N>)")
    parser.add_argument("--profile", help="profile one cold build into this file (cProfile)")
    parser.add_argument(
        "--site-only",
        action="store_true",
        help="one scan, the cold build and one rebuild, then measure the site and its search",
    )
    args = parser.parse_args(argv)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python"
        f" {platform.python_version()} (timings of one run; compare ratios, not seconds)"
    )
    results = []
    for count in args.counts:
        figures = bench(count, args)
        (report_site if args.site_only else report)(figures)
        results.append(figures)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
