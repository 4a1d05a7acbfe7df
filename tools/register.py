"""Publish a register of real documents, every candidate redacted, and report the first build.

    python tools/register.py                        # tests/register/documents
    python tools/register.py DIR [DIR ...]          # other folders too (PDF and DOCX, recursive)
    python tools/register.py --json report.json     # also write the report as JSON ('-': stdout)
    python tools/register.py --workspace /tmp/ws    # keep the workspace (an empty or new folder)

The register (tests/register/README.md lists its documents, sources and licences) is the
measure of one promise: a workspace of real contracts, schedules and redaction test files, in
which an officer decides every candidate "redact" with a complete record, publishes on the
first build. The script does what an officer would, with no network:

1. reads every document and sets aside, as *refused at parse*, those the parser refuses
   (a scan, an empty file), with the one-line reason; the rest become one contract each
   (``contracts/<slug>/contract.yaml`` with plausible metadata), with a ``mkdocs.yml`` and a
   ``pages/index.md``;
2. runs ``transparency scan``, then
3. writes ``decisions/<id>.yaml`` redacting every candidate under the exemption the scan
   suggests, with what the rules ask of it (harm and public interest test for a qualified,
   prejudice-based ground, a justification for an absolute one, the trade secret conditions,
   an ``override`` where the passage is a public fact), decided by "Register Officer", on the
   candidate's passage widened to whole words as ``transparency review`` widens it
   (``--as-scanned``: on the candidate's own span), and records those hand-written decisions
   with ``transparency verify <id> --accept``; steps 2 and 3 are repeated, as an officer's
   review would, while the scan proposes more candidates (the other occurrences of a
   distinctive text just redacted), at most :data:`MAX_ROUNDS` times;
4. runs ``transparency check`` and ``transparency build`` once each, and reports what they
   said: every problem line, grouped by kind;
5. because a build stops at the first document it cannot redact, it then *probes* each
   document on its own (the redacted original of each document, as the build would make it)
   so that every failing document is named, not just the first.

The commands run as ``python -m transparency.cli`` with this interpreter and environment, so
``PYTHONPATH=/path/to/other/src python tools/register.py`` measures another copy of the tool.
Messages name contracts, documents, pages and redactions, never withheld text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "register" / "documents"
OFFICER = "Register Officer"
BUYER = "Register Test Council"
SUPPLIER = "Register Test Supplier Ltd"

MKDOCS_YML = """\
site_name: Register Test Council contracts
site_url: https://contracts.register-test.example/
docs_dir: pages
theme:
  name: material
plugins:
  - search
  - transparency
"""

INDEX_MD = "# Contracts register\n\nOur contracts.\n\n<!-- transparency:summary -->\n"

#: How a problem line is filed, first match wins: (kind, pattern).
KINDS = [
    ("was not found in the PDF's text", r"was not found in the PDF's text"),
    ("was not found in the DOCX's text", r"was not found in the document's text"),
    ("cannot be mapped", r"cannot be mapped"),
    ("invisible text over an image", r"is invisible text"),
    ("page is an image (scan)", r"is an image with no text"),
    (
        "leak",
        r"still contains the text of|contains redacted text|not leak-checked|Redacted text in",
    ),
    ("cannot be proven", r"cannot be proven"),
    ("passage starts or ends inside a word", r"inside a word"),
    ("overlapping redactions", r"overlap"),
    ("undecided", r"undecided|not decided"),
    ("orphaned", r"orphan"),
    ("override needed", r"give an 'override'"),
    ("unexpected error", r"unexpected \w+"),
]
#: Lines that sum up a list of problems rather than being one.
SUMMARY = re.compile(
    r"^(The site cannot be published:|Redacted text in the built site:|\d+ (problems?|leaks?|"
    r"invalid fields?) found|The decision history of)"
)
#: Log records (``LEVEL name: message``, or mkdocs' ``LEVEL    -  message``).
LOG_LINE = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL)(\s+-\s|\s[\w.]+: )")


@dataclass
class Source:
    """One document found in a folder."""

    path: Path
    relative: str  # the path shown in the report (folder name / path inside it)
    slug: str = ""
    format: str = ""
    pages: int | None = None  # PDF pages; for a DOCX, the count Word saved, if any
    pages_saved_by_word: bool = False
    refused: str = ""
    candidates: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    probe: str = ""  # "ok", "not probed", or the kind of the first problem
    probe_lines: list[str] = field(default_factory=list)


@dataclass
class Step:
    """One command run: its exit status, time and output."""

    command: list[str]
    exit: int
    seconds: float
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.exit == 0


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug or "document"


def title_of(path: Path) -> str:
    title = re.sub(r"[_\s]+", " ", path.stem).strip()
    return title or path.name


def find_documents(folders: list[Path]) -> list[Source]:
    """Every PDF and DOCX under the folders, in a stable order, each with a unique slug."""
    from transparency.contracts import SUPPORTED_SUFFIXES

    sources: list[Source] = []
    used: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if path.suffix.lower() not in SUPPORTED_SUFFIXES or path.name.startswith("."):
                continue
            inner = path.relative_to(folder)
            source = Source(path, f"{folder.name}/{inner.as_posix()}")
            base = slugify(inner.with_suffix("").as_posix())
            used[base] += 1
            source.slug = base if used[base] == 1 else f"{base}-{used[base]}"
            source.format = path.suffix.lower().lstrip(".")
            sources.append(source)
    return sources


def docx_saved_pages(path: Path) -> int | None:
    """The page count Word saved in ``docProps/app.xml``, if it did."""
    try:
        with zipfile.ZipFile(path) as package:
            xml = package.read("docProps/app.xml").decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return None
    match = re.search(r"<(?:\w+:)?Pages>(\d+)</", xml)
    return int(match.group(1)) if match else None


def read_all(sources: list[Source]) -> None:
    """Parse each document as the scan will; note the pages, or the reason it is refused."""
    from transparency.contracts import read_document
    from transparency.errors import TransparencyError

    for source in sources:
        try:
            document = read_document(source.path, name=source.path.name)
        except TransparencyError as error:
            source.refused = one_line(error.message)
            continue
        except Exception as error:  # a parser bug is a refusal too, named by its type
            source.refused = one_line(f"unexpected {type(error).__name__}: {error}")
            continue
        if source.format == "pdf":
            source.pages = document.pages
        else:
            source.pages = docx_saved_pages(source.path)
            source.pages_saved_by_word = source.pages is not None


def one_line(text: str) -> str:
    return " ".join(str(text).split())[:500]


def make_workspace(root: Path, sources: list[Source], today: dt.date) -> None:
    """One contract per readable document, with metadata that reads like a real register."""
    (root / "contracts").mkdir(parents=True)
    (root / "pages").mkdir()
    (root / "pages" / "index.md").write_text(INDEX_MD, encoding="utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    awarded = today - dt.timedelta(days=30)
    for number, source in enumerate((s for s in sources if not s.refused), start=1):
        folder = root / "contracts" / source.slug
        folder.mkdir()
        shutil.copyfile(source.path, folder / source.path.name)
        title = title_of(source.path)
        meta = {
            "id": source.slug,
            "title": title,
            "buyer": BUYER,
            "department": "Corporate Procurement",
            "supplier": SUPPLIER,
            "supplier_id": "09876543",
            "value": {"amount": 250000 + 1250 * number, "currency": "GBP"},
            "awarded": awarded,
            "starts": awarded + dt.timedelta(days=15),
            "ends": awarded + dt.timedelta(days=15 + 3 * 365),
            "reference": f"RTC-REG-{number:03d}",
            "procedure": "Call-off from a framework",
            "description": f"Register test contract made from the document {source.relative}.",
            "documents": [{"file": source.path.name, "title": title}],
        }
        (folder / "contract.yaml").write_text(
            yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )


def run(args: list[str], workspace: Path | None = None) -> Step:
    command = [sys.executable, "-m", "transparency.cli", *args]
    if workspace is not None:
        command += ["--workspace", str(workspace)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return Step(
        ["transparency", *command[3:]],
        done.returncode,
        round(time.perf_counter() - started, 2),
        done.stdout,
        done.stderr,
    )


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words at both ends, as ``transparency review`` widens a
    candidate's passage before it is decided."""

    def inside(offset: int) -> bool:
        return 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum()

    while inside(start):
        start -= 1
    while inside(end):
        end += 1
    return start, end


def decide_everything(
    root: Path, sources: list[Source], today: dt.date, *, widen: bool = True
) -> dict[str, int]:
    """Write a decisions file redacting every candidate of every contract with candidates.

    With ``widen`` (what ``transparency review`` does), a candidate that starts or ends inside
    a word is decided on the passage widened to whole words (the record then gives the
    document, offsets and text of that passage); without it, on the candidate's own span.
    Returns counts: records, widened records, overrides and the exemptions used.
    """
    from transparency.contracts import read_document
    from transparency.contracts.metadata import load_contract_meta
    from transparency.decisions import load_catalogue
    from transparency.decisions.rules import must_publish

    catalogue = load_catalogue(root)
    counts: Counter[str] = Counter()
    (root / "decisions").mkdir(exist_ok=True)
    for source in sources:
        if source.refused:
            continue
        scan_path = root / "redaction" / f"{source.slug}.yaml"
        if not scan_path.is_file():
            continue
        scan = yaml.safe_load(scan_path.read_text(encoding="utf-8")) or {}
        candidates = scan.get("candidates") or []
        source.candidates = len(candidates)
        source.by_category = dict(Counter(c["category"] for c in candidates))
        if not candidates:
            continue
        folder = root / "contracts" / source.slug
        meta = load_contract_meta(folder / "contract.yaml")
        texts = {
            ref.file: read_document(folder / ref.file, ref.file).text for ref in meta.documents
        }
        records = []
        for candidate in candidates:
            record = redact_record(candidate, meta, catalogue, today, must_publish)
            text = texts.get(candidate["document"])
            start, end = candidate["start"], candidate["end"]
            if (
                widen
                and text is not None
                and (wide := whole_words(text, start, end))
                != (
                    start,
                    end,
                )
            ):
                record = redact_record(
                    {**candidate, "text": text[wide[0] : wide[1]]},
                    meta,
                    catalogue,
                    today,
                    must_publish,
                    span=(candidate["document"], *wide),
                )
                counts["widened to whole words"] += 1
            records.append(record)
            counts[f"exemption {candidate['exemption']}"] += 1
            if "override" in records[-1]:
                counts["overrides"] += 1
        counts["records"] += len(records)
        data = {"contract": source.slug, "records": records}
        (root / "decisions" / f"{source.slug}.yaml").write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    return dict(counts)


def redact_record(
    candidate: dict,
    meta,
    catalogue,
    today: dt.date,
    must_publish,
    span: tuple[str, int, int] | None = None,
) -> dict:
    """A complete "redact" record for one candidate, as the rules require for its exemption
    (``span``: the document and offsets of a passage made wider than the candidate)."""
    code = candidate["exemption"]
    exemption = catalogue.get(code)
    record = {"candidate": candidate["id"]}
    if span is not None:
        record.update(document=span[0], start=span[1], end=span[2])
    record |= {
        "text": candidate["text"],
        "action": "redact",
        "exemption": code,
        "public_reason": (
            "Releasing this passage would harm the supplier's commercial interests or disclose"
            " a person's details."
        ),
    }
    if exemption is None:  # the gate will name the unknown code; the record is otherwise whole
        review_months = 12
    else:
        review_months = exemption.review_months
        if exemption.test == "justification":
            record["justification"] = (
                "The passage is personal data of staff or third parties, or was given in"
                " confidence; publishing it would break the data protection principles or be an"
                " actionable breach of confidence."
            )
        if exemption.prejudice != "none":
            record["harm"] = {
                "description": (
                    "Competitors could use the passage to undercut the supplier at the next"
                    " tender, and the authority's negotiating position would suffer."
                ),
                "likelihood": "would be likely to",
            }
        if exemption.test == "public_interest":
            conclusion = (
                "There is an overriding public interest in withholding the passage."
                if exemption.overriding
                else "The public interest in withholding the passage outweighs that in"
                " disclosing it."
            )
            record["public_interest"] = {
                "for_disclosure": ["Accountability for spending public money"],
                "for_withholding": ["Harm to the supplier's competitive position"],
                "conclusion": conclusion,
            }
        if exemption.trade_secret:
            record["trade_secret"] = {
                "secret": "Known only to the supplier and the authority.",
                "commercial_value": "Its value lies in competitors not knowing it.",
                "protected": "Marked confidential and shared under a confidentiality clause.",
            }
    if reason := must_publish(candidate["text"], meta):
        record["override"] = (
            f"The passage is {reason} but is withheld here for the register test: every"
            " candidate is redacted."
        )
    record.update(
        decided_by=OFFICER,
        decided_on=today.isoformat(),
        review_by=add_months(today, review_months).isoformat(),
    )
    return record


#: The temporary folders the build and the probe write redacted originals to.
SCRATCH = re.compile(
    re.escape(tempfile.gettempdir() + os.sep)
    + r"(?:transparency-originals|register-probe)-[^/\\]+[/\\]"
)


def tidy(line: str, *folders: Path | str) -> str:
    """``line`` with the workspace's (and the scratch folders') paths left out."""
    for folder in folders:
        if str(folder):
            line = line.replace(f"{folder}{os.sep}", "")
    return SCRATCH.sub("", line)


def problem_lines(step: Step, workspace: Path) -> tuple[list[str], list[str], list[str]]:
    """The problem lines a command printed, its summary lines, and its log lines."""
    problems: list[str] = []
    summaries: list[str] = []
    logs: list[str] = []
    for raw in step.stderr.splitlines():
        line = tidy(raw.strip(), workspace)
        if not line or line.startswith("Scanning"):
            continue
        if LOG_LINE.match(line):
            logs.append(line)
            continue
        line = line.removeprefix("Error: ")
        (summaries if SUMMARY.match(line) else problems).append(line)
    return problems, summaries, logs


def kind_of(line: str) -> str:
    for kind, pattern in KINDS:
        if re.search(pattern, line):
            return kind
    return "other"


def grouped(lines: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for line in lines:
        groups.setdefault(kind_of(line), []).append(line)
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))


def probe_documents(root: Path, sources: list[Source], today: dt.date) -> float:
    """Make each document's redacted original on its own, as the build would; note the result.

    A contract the gate refuses is not probed (the gate's problems are in the check's report).
    """
    from transparency.decisions import load_catalogue
    from transparency.decisions.config import load_config
    from transparency.decisions.gate import check_contract
    from transparency.errors import ProblemsError, TransparencyError
    from transparency.site.originals import Withheld, redact_original
    from transparency.workspace import Workspace

    started = time.perf_counter()
    workspace = Workspace.open(root)
    catalogue = load_catalogue(root)
    config = load_config(root)
    by_slug = {s.slug: s for s in sources if not s.refused}
    with tempfile.TemporaryDirectory(prefix="register-probe-") as out:
        for contract in workspace.contracts():
            source = by_slug.get(contract.id)
            if source is None:
                continue
            release = check_contract(workspace, contract, catalogue, today, config)
            if release.problems:
                source.probe = "not probed (refused by the gate)"
                source.probe_lines = [str(p) for p in release.problems]
                continue
            for ref in contract.meta.documents:
                document = contract.document(ref.file)
                withheld = [
                    Withheld(
                        r.text,
                        r.exemption.code,
                        document.page_at(r.start),
                        f"{contract.id}: redaction {r.number}, {r.exemption.code}, {r.document}"
                        + (f" page {page}" if (page := document.page_at(r.start)) else ""),
                    )
                    for r in release.redactions_in(ref.file)
                    if r.within is None
                ]
                target = Path(out) / contract.id / ref.file
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    redact_original(contract.folder / ref.file, target, withheld)
                except ProblemsError as error:
                    source.probe_lines = [tidy(one_line(line), root, out) for line in error.lines()]
                except TransparencyError as error:
                    source.probe_lines = [tidy(one_line(str(error)), root, out)]
                except Exception as error:
                    message = f"unexpected {type(error).__name__}: {error}"
                    source.probe_lines = [tidy(one_line(message), root, out)]
                else:
                    source.probe = "ok"
                    continue
                problems = [line for line in source.probe_lines if not SUMMARY.match(line)]
                source.probe = kind_of(problems[0] if problems else source.probe_lines[0])
    return round(time.perf_counter() - started, 2)


#: Review rounds at most: scan, decide, and again while the scan proposes more candidates.
MAX_ROUNDS = 4


def measure(
    folders: list[Path], workspace: Path, jobs: int | None, probe: bool, widen: bool = True
) -> dict:
    import transparency

    today = dt.date.today()
    timings: dict[str, float] = {}
    started = time.perf_counter()
    sources = find_documents(folders)
    read_all(sources)
    timings["parse (in-process, before the workspace)"] = round(time.perf_counter() - started, 2)
    kept = [s for s in sources if not s.refused]
    make_workspace(workspace, sources, today)

    # The officer's review: scan, decide every candidate, and scan again while the scan
    # proposes more (the other occurrences of a distinctive text just redacted).
    timings["scan"] = timings["decide (write the records)"] = 0.0
    candidates, rounds, decided = -1, 0, {}
    while rounds < MAX_ROUNDS:
        rounds += 1
        scan = run(["scan", *(["--jobs", str(jobs)] if jobs else [])], workspace)
        timings["scan"] = round(timings["scan"] + scan.seconds, 2)
        if not scan.ok:
            break
        started = time.perf_counter()
        decided = decide_everything(workspace, sources, today, widen=widen)
        timings["decide (write the records)"] += round(time.perf_counter() - started, 2)
        if sum(s.candidates for s in kept) == candidates:
            break
        candidates = sum(s.candidates for s in kept)
    decided["review rounds (scan, decide)"] = rounds
    with_decisions = [s.slug for s in kept if s.candidates]
    verify = (
        run(["verify", *with_decisions, "--accept", "--officer", OFFICER], workspace)
        if with_decisions and scan.ok
        else None
    )
    if verify is not None:
        timings["verify --accept"] = verify.seconds
    check = run(["check"], workspace)
    timings["check"] = check.seconds
    build = run(["build"], workspace)
    timings["build"] = build.seconds
    if probe and not build.ok:
        timings["probe (each document on its own)"] = probe_documents(workspace, sources, today)

    def step_report(step: Step | None) -> dict | None:
        if step is None:
            return None
        problems, summaries, logs = problem_lines(step, workspace)
        return {
            "command": " ".join(step.command[:2] + (["..."] if len(step.command) > 4 else [])),
            "exit": step.exit,
            "seconds": step.seconds,
            "stdout": [tidy(line, workspace) for line in step.stdout.strip().splitlines()],
            "summary": summaries,
            "problems": {k: {"count": len(v), "lines": v} for k, v in grouped(problems).items()},
            "problem_count": len(problems),
            "log_lines": len(logs),
            "log_messages": sorted(Counter(_log_key(line) for line in logs).items()),
        }

    candidates = sum(s.candidates for s in kept)
    categories: Counter[str] = Counter()
    for s in kept:
        categories.update(s.by_category)
    pdf_pages = sum(s.pages or 0 for s in kept if s.format == "pdf")
    docx_pages = sum(s.pages or 0 for s in kept if s.format == "docx")
    probed = [s for s in kept if s.probe]
    return {
        "date": today.isoformat(),
        "tool": {
            "version": transparency.__version__,
            "package": str(Path(transparency.__file__).parent),
            "repository_head": _git_head(Path(transparency.__file__).resolve()),
        },
        "folders": [str(f) for f in folders],
        "documents": len(sources),
        "refused_at_parse": [
            {"file": s.relative, "reason": s.refused} for s in sources if s.refused
        ],
        "published_documents": {
            "count": len(kept),
            "pdf": sum(s.format == "pdf" for s in kept),
            "docx": sum(s.format == "docx" for s in kept),
        },
        "pages": {
            "pdf": pdf_pages,
            "docx_as_saved_by_word": docx_pages,
            "docx_without_a_saved_count": sum(s.format == "docx" and s.pages is None for s in kept),
        },
        "candidates": candidates,
        "candidates_by_category": dict(categories.most_common()),
        "decisions": decided,
        "scan": step_report(scan),
        "verify": step_report(verify),
        "check": {**step_report(check), "ready": check.ok},
        "build": {**step_report(build), "published": build.ok},
        "probe": {
            "ran": bool(probed),
            "ok": sum(s.probe == "ok" for s in probed),
            "failed": sum(s.probe not in ("ok", "") for s in probed),
            "by_kind": dict(Counter(s.probe for s in probed if s.probe != "ok").most_common()),
        },
        "per_document": [
            {
                "file": s.relative,
                "contract": s.slug,
                "format": s.format,
                "pages": s.pages,
                "candidates": s.candidates,
                "by_category": s.by_category,
                "probe": s.probe,
                "probe_lines": s.probe_lines,
            }
            for s in kept
        ],
        "timings_seconds": timings,
    }


def _log_key(line: str) -> str:
    """A log line without its varying numbers, so repeats are counted together."""
    return re.sub(r"\d+", "N", line)[:160]


def _git_head(package: Path) -> str:
    """This repository's commit, when the package measured is this repository's ``src/``
    (with a note when ``src/`` has uncommitted changes); else says the package is elsewhere."""
    if not package.is_relative_to(ROOT / "src"):
        return "n/a (the package measured is outside this repository)"

    def git(*args: str) -> str:
        try:
            done = subprocess.run(
                ["git", "-C", str(ROOT), *args],
                capture_output=True,
                text=True,
                check=False,
                timeout=10,
            )
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD")
    if head and git("status", "--porcelain", "--", "src"):
        head += " with uncommitted changes in src/"
    return head


def render(report: dict) -> str:
    out: list[str] = []
    add = out.append
    tool = report["tool"]
    add(
        f"Register report, {report['date']} (transparency {tool['version']},"
        f" package {tool['package']}; this repository: {tool['repository_head'] or '?'})"
    )
    if report.get("label"):
        add(f"Label: {report['label']}")
    add(f"Folders: {', '.join(report['folders'])}")
    docs = report["published_documents"]
    add(
        f"Documents: {report['documents']} found, {len(report['refused_at_parse'])} refused at"
        f" parse, {docs['count']} in the workspace ({docs['pdf']} PDF, {docs['docx']} DOCX)"
    )
    pages = report["pages"]
    add(
        f"Pages: {pages['pdf']} PDF pages; DOCX {pages['docx_as_saved_by_word']} pages as saved"
        f" by Word ({pages['docx_without_a_saved_count']} DOCX without a saved count)"
    )
    by_category = ", ".join(f"{k} {v}" for k, v in report["candidates_by_category"].items())
    add(
        f"Candidates: {report['candidates']} ({by_category or 'none'}), every one decided"
        f" 'redact' ({report['decisions'].get('records', 0)} records,"
        f" {report['decisions'].get('overrides', 0)} with an override,"
        f" {report['decisions'].get('widened to whole words', 0)} widened to whole words;"
        f" {report['decisions'].get('review rounds (scan, decide)', 1)} review rounds)"
    )
    if report["refused_at_parse"]:
        add("")
        add("Refused at parse (left out of the workspace):")
        for item in report["refused_at_parse"]:
            add(f"  {item['file']}: {item['reason']}")
    for name in ("scan", "verify", "check", "build"):
        step = report[name]
        if step is None:
            continue
        add("")
        verdict = ""
        if name == "check":
            verdict = " - ready" if step["ready"] else " - NOT ready"
        if name == "build":
            verdict = " - PUBLISHED" if step["published"] else " - NOT published"
        add(f"{name}: exit {step['exit']} in {step['seconds']:.1f} s{verdict}")
        lines = step["stdout"]
        if name in ("scan", "verify") and len(lines) > 2:
            add(f"  ({len(lines)} lines of output, one per contract)")
        else:
            for line in lines:
                add(f"  {line}")
        for line in step["summary"]:
            add(f"  {line}")
        for kind, group in step["problems"].items():
            add(f"  [{kind}] {group['count']}")
            for line in group["lines"]:
                add(f"    {line}")
        if step["log_lines"]:
            add(
                f"  ({step['log_lines']} log lines:"
                f" {'; '.join(f'{n}x {m}' for m, n in step['log_messages'][:5])}"
                f"{' ...' if len(step['log_messages']) > 5 else ''})"
            )
    probe = report["probe"]
    if probe["ran"]:
        add("")
        add(
            f"Probe (each document's redacted original on its own, since a build stops at the"
            f" first failure): {probe['ok']} ok, {probe['failed']} failed"
        )
        for kind, count in probe["by_kind"].items():
            add(f"  [{kind}] {count}")
    add("")
    out += _render_documents(report["per_document"])
    add("")
    add("Timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in report["timings_seconds"].items()))
    return "\n".join(out)


def _render_documents(documents: list[dict]) -> list[str]:
    """One line per document (pages, candidates, the probe's verdict), then its problems."""
    out = ["Per document (p: pages, c: candidates, then the probe's verdict):"]
    width = max((len(d["file"]) for d in documents), default=10)
    for d in documents:
        pages_text = "-" if d["pages"] is None else str(d["pages"])
        out.append(
            f"  {d['file']:<{width}}  {d['format']:<4} {pages_text:>4} p  {d['candidates']:>4} c"
            f"  {d['probe'] or ''}"
        )
        if d["probe"] not in ("ok", ""):
            out += [f"      {line}" for line in d["probe_lines"]]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        help=f"folders of PDF and DOCX documents, searched recursively (default:"
        f" {DEFAULT_FOLDER.relative_to(ROOT)}); give it as well to add extra folders to it",
    )
    parser.add_argument(
        "--workspace",
        type=Path,
        help="build the workspace here (a new or empty folder) and keep it; default: a"
        " temporary folder, removed afterwards",
    )
    parser.add_argument("--jobs", type=int, help="worker processes for the scan")
    parser.add_argument(
        "--json",
        metavar="FILE",
        nargs="?",
        const="-",
        help="write the report as JSON to FILE ('-' or no FILE: stdout, instead of the text)",
    )
    parser.add_argument(
        "--no-probe",
        action="store_true",
        help="do not probe each document on its own when the build fails",
    )
    parser.add_argument(
        "--label",
        help="a note printed with the report, e.g. which copy of the tool was measured",
    )
    parser.add_argument(
        "--as-scanned",
        action="store_true",
        help="decide each candidate on its own span even where it starts or ends inside a word"
        " (by default such a passage is widened to whole words, as `transparency review` does)",
    )
    args = parser.parse_args(argv)
    # The in-process parse is only a pre-check: the commands' own output carries their warnings.
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    folders = [f.resolve() for f in (args.folders or [DEFAULT_FOLDER])]
    for folder in folders:
        if not folder.is_dir():
            parser.error(f"{folder}: not a folder")
    if args.workspace is not None:
        workspace = args.workspace.resolve()
        if workspace.exists() and any(workspace.iterdir()):
            parser.error(f"{workspace}: not empty; give a new or empty folder")
        workspace.mkdir(parents=True, exist_ok=True)
        report = measure(folders, workspace, args.jobs, not args.no_probe, not args.as_scanned)
        report["workspace"] = str(workspace)
    else:
        with tempfile.TemporaryDirectory(prefix="register-") as temp:
            report = measure(
                folders, Path(temp) / "ws", args.jobs, not args.no_probe, not args.as_scanned
            )
    if args.label:
        report["label"] = args.label
    if args.json == "-":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        if args.json:
            Path(args.json).write_text(
                json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        print(render(report))
    return 0 if report["build"]["published"] else 1


if __name__ == "__main__":
    sys.exit(main())
