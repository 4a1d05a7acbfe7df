"""Benchmark: time to redact a 100-page contract PDF, per page.

Generates a 100-page contract with reportlab (Helvetica body text, a table-like block and a
running footer on every page, three to five withheld passages per page: rates, a bank account,
a person's name, one of them wrapped over two lines), then times
:func:`transparency.site.originals.redact_original` (which includes the proof: pypdf and
pdftotext extraction and the raw scan) and reports the median of several runs.

    python tools/bench_redact.py [--pages 100] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from transparency.site.originals import Withheld, redact_original

BODY = (
    "The Supplier shall provide the Services in accordance with the Specification and the "
    "Authority's reasonable instructions, and shall keep complete records of the hours worked "
    "and the visits made, which the Authority may inspect on reasonable notice."
)


def make_contract(path: Path, pages: int) -> list[Withheld]:
    """Write the benchmark PDF; returns the withheld texts it contains."""
    canvas = Canvas(str(path), pagesize=A4)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(72, 790, f"Schedule {page}: Charges and payment")
        canvas.setFont("Helvetica", 10)
        y = 760
        for line in range(40):
            words = BODY.split()
            start = (line * 7) % len(words)
            text = " ".join((words + words)[start : start + 14])
            if line == 5:
                rate = f"£{20 + page % 9}.{page % 100:02d}"
                text = f"The hourly rate for this schedule is {rate} per hour."
            elif line == 12:
                text = "Payments are made to account 4123 4567 at Example Bank plc."
            elif line == 20:
                text = "Questions about the charges go to the contract manager, Ms Priya"
            elif line == 21:
                text = "Sandhu, on weekdays between nine and five."
            canvas.drawString(72, y, text)
            y -= 16
        canvas.setFont("Helvetica", 8)
        canvas.drawString(
            72, 40, f"Anyshire County Council — contract ACC-HC-2025-001 — page {page}"
        )
        canvas.showPage()
    canvas.save()
    rates = {f"£{20 + page % 9}.{page % 100:02d}" for page in range(1, pages + 1)}
    return [Withheld(rate, "s.43(2)") for rate in sorted(rates)] + [
        Withheld("4123 4567", "s.43(2)"),
        Withheld("Priya Sandhu", "s.40(2)"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="pages in the generated PDF")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (the median is shown)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "contract.pdf"
        withheld = make_contract(source, args.pages)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            report = redact_original(source, Path(folder) / "redacted.pdf", withheld)
            times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        f"document: {args.pages} pages, {len(withheld)} withheld texts, "
        f"{sum(report.occurrences.values())} occurrences, {report.boxes} boxes"
    )
    print(f"runs: {', '.join(f'{t:.2f} s' for t in times)}")
    print(
        f"median: {median:.2f} s for {args.pages} pages = "
        f"{median / args.pages * 1000:.1f} ms per page"
    )


if __name__ == "__main__":
    main()
