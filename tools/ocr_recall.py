"""How much of what the scan finds in a text PDF it still finds in a scanned copy of it.

For each PDF given (default: the sample workspace's text PDFs), the scan is run on the PDF as it
is and on a scanned copy made by ``tools/samples/scan.py`` (every page rendered at 200 dpi,
turned by up to 1.2 degrees, blurred, greyed and speckled, saved as JPEG), which the tool reads
by OCR. A passage of the text version counts as found when the scanned copy's scan proposes a
passage with the same text (case and spacing aside) or one that contains it.

    python tools/ocr_recall.py [PDF ...] [--keep DIR]

Prints each document's figures and the total; exits 1 when the total is under 90%.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

from samples.scan import scanned  # noqa: E402

DEFAULT = [
    ROOT / "contracts/highways-maintenance-2025/contract.pdf",
    ROOT / "contracts/it-managed-services-2025/contract.pdf",
]


def candidates(path: Path) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-m", "transparency.cli", "scan", str(path), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(f"{path}: the scan failed: {run.stderr.strip()}")
    data = json.loads(run.stdout)
    items = data if isinstance(data, list) else data.get("candidates", [])
    if items and "candidates" in items[0]:
        items = [c for document in items for c in document["candidates"]]
    return [" ".join(c["text"].split()).casefold() for c in items]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--keep", type=Path, help="keep the scanned copies in this folder")
    args = parser.parse_args(argv)
    found_total = wanted_total = 0
    with tempfile.TemporaryDirectory() as folder:
        out = args.keep or Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        for pdf in args.pdfs:
            copy = out / f"{pdf.parent.name}-scanned.pdf"
            copy.write_bytes(scanned(pdf.read_bytes()))
            wanted = candidates(pdf)
            started = time.perf_counter()
            got = candidates(copy)
            seconds = time.perf_counter() - started
            found = [w for w in wanted if any(w == g or w in g for g in got)]
            missed = sorted(set(wanted) - set(found))
            found_total += len(found)
            wanted_total += len(wanted)
            print(
                f"{pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else pdf}: "
                f"{len(found)}/{len(wanted)} found in the scanned copy "
                f"({len(got)} proposed there; OCR and scan {seconds:.1f} s)"
            )
            for text in missed:
                print(f"    missed: a {len(text)}-character passage")
    share = found_total / wanted_total if wanted_total else 1.0
    print(f"Total: {found_total}/{wanted_total} = {share:.1%}")
    return 0 if share >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
