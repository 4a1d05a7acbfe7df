"""OCR throughput: scanned pages read into the document model, cold and from the OCR cache.

    python tools/bench_ocr.py               # 10 pages, median of 3 runs, every core
    python tools/bench_ocr.py --pages 6     # a quicker look
    python tools/bench_ocr.py --build       # and the share of a build's time spent in OCR

The scanned pages are real pages: the pages of text of the sample contracts' PDFs
(contracts/*/*.pdf, not those scanned already), rendered by
PDFium at 200 dpi in grey, then made to look scanned (turned by up to 1.5 degrees either way,
blurred slightly, with grain), in turn until there are ``--pages`` of them, saved as one
image-only PDF with Pillow. The same seed makes the same pages each time.

* **cold**: :func:`transparency.contracts.read_document` with no OCR cache: every page
  rendered again at 300 dpi, deskewed and read by Tesseract (one thread per page, pages in
  parallel on every core), then laid out;
* **warm**: the same with the OCR cache (:func:`transparency.contracts.ocr.set_cache`) on a
  temporary folder filled by one untimed read: pages are still rendered (the cache is keyed by
  the rendered image) but not recognised.

``--build`` makes a small workspace (the scanned pages as one contract, scanned, each candidate
released), runs ``transparency build`` on it once, cold, and reports the share of its time spent
in OCR (inside :func:`~transparency.contracts.ocr.recognise_pages`).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "contracts"
SCAN_DPI = 200
MKDOCS_YML = """\
site_name: Benchmark contracts
site_url: https://contracts.example/
docs_dir: pages
theme:
  name: material
plugins:
  - search
  - transparency
"""


def sample_pages() -> list[tuple[Path, int]]:
    """Every page of the sample contracts' PDFs, as ``(file, index)``."""
    import pypdfium2 as pdfium

    pages = []
    for path in sorted(SAMPLES.glob("*/*.pdf")):
        document = pdfium.PdfDocument(path.read_bytes())
        try:
            for index in range(len(document)):
                text = document[index].get_textpage()
                if text.count_chars() > 200:  # a page of text, not one scanned already
                    pages.append((path, index))
        finally:
            document.close()
    if not pages:
        sys.exit(f"no sample PDFs in {SAMPLES}")
    return pages


def degrade(image, rng: random.Random):
    """A rendered page made to look scanned: slightly turned, blurred, with grain."""
    import numpy as np
    from PIL import Image, ImageFilter

    turned = image.rotate(
        rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255
    )
    blurred = np.asarray(turned.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 32)).normal(0, 14, blurred.shape)
    return Image.fromarray(np.clip(blurred + noise, 0, 255).astype(np.uint8), "L")


def scanned_pdf(pages: int, path: Path, seed: int = 1) -> Path:
    """``pages`` degraded renderings of the sample pages, as one image-only PDF."""
    import pypdfium2 as pdfium

    rng = random.Random(seed)
    sources = sample_pages()
    images = []
    for number in range(pages):
        source, index = sources[number % len(sources)]
        document = pdfium.PdfDocument(source.read_bytes())
        try:
            bitmap = document[index].render(scale=SCAN_DPI / 72, grayscale=True)
            images.append(degrade(bitmap.to_pil().convert("L"), rng))
        finally:
            document.close()
    images[0].save(path, format="PDF", save_all=True, append_images=images[1:], resolution=200)
    return path


def timed(function, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def bench_read(path: Path, pages: int, runs: int) -> dict[str, float]:
    from transparency.contracts import read_document
    from transparency.contracts.ocr import set_cache

    cold = timed(lambda: read_document(path), runs)
    with tempfile.TemporaryDirectory() as folder, set_cache(Path(folder)):
        document = read_document(path)  # fills the cache
        warm = timed(lambda: read_document(path), runs)
    words = len(document.ocr)
    low = sum(1 for *_, confidence in document.ocr if confidence < 70)
    return {
        "cold": pages / statistics.median(cold),
        "warm": pages / statistics.median(warm),
        "words": words,
        "low": low,
    }


def bench_build(path: Path) -> str:
    """One cold build of a workspace holding the scanned pages as its one contract."""
    import shutil

    import yaml
    from click.testing import CliRunner

    from transparency.cli import cli
    from transparency.contracts import ocr

    spent = [0.0]
    recognise_pages = ocr.recognise_pages

    def counted(*args, **kwargs):
        start = time.perf_counter()
        try:
            return recognise_pages(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        contract = root / "contracts" / "scanned"
        contract.mkdir(parents=True)
        shutil.copyfile(path, contract / "contract.pdf")
        meta = {
            "id": "scanned",
            "title": "Scanned services contract",
            "buyer": "Anyshire County Council",
            "supplier": "Example Supplier Ltd",
            "value": {"amount": 100000, "currency": "GBP"},
            "awarded": "2025-03-01",
            "starts": "2025-04-01",
            "ends": "2026-03-31",
            "reference": "ACC-SCAN-001",
            "documents": [{"file": "contract.pdf", "title": "Signed contract (scanned)"}],
        }
        (contract / "contract.yaml").write_text(yaml.safe_dump(meta))
        (root / "pages").mkdir()
        (root / "pages" / "index.md").write_text("# Contracts\n\n<!-- transparency:summary -->\n")
        (root / "mkdocs.yml").write_text(MKDOCS_YML)
        runner = CliRunner()
        ocr.recognise_pages = counted
        try:
            scan = runner.invoke(cli, ["scan", "--workspace", str(root)])
            if scan.exit_code:
                return f"scan refused: {scan.output.strip().splitlines()[-1]}"
            shutil.rmtree(root / ".cache", ignore_errors=True)  # the build reads cold
            candidates = yaml.safe_load((root / "redaction" / "scanned.yaml").read_text())
            records = [
                {
                    "candidate": c["id"],
                    "action": "release",
                    "public_reason": "Released for the benchmark.",
                    "decided_by": "A. Officer",
                    "decided_on": "2025-03-10",
                }
                for c in candidates["candidates"]
            ]
            (root / "decisions").mkdir()
            (root / "decisions" / "scanned.yaml").write_text(
                yaml.safe_dump({"contract": "scanned", "records": records})
            )
            spent[0] = 0.0
            start = time.perf_counter()
            build = runner.invoke(cli, ["build", "--workspace", str(root)])
            total = time.perf_counter() - start
        finally:
            ocr.recognise_pages = recognise_pages
    if build.exit_code:
        return f"build refused: {build.output.strip().splitlines()[-1]}"
    return (
        f"build {total:.1f} s, of which OCR {spent[0]:.1f} s ({spent[0] / total:.0%});"
        f" {len(records)} candidates released"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10, help="Scanned pages to make.")
    parser.add_argument("--runs", type=int, default=3, help="Timed runs (the median is shown).")
    parser.add_argument("--build", action="store_true", help="Also time a build (OCR share).")
    args = parser.parse_args()
    from transparency.contracts.ocr import tesseract_available

    if not tesseract_available():
        sys.exit("Tesseract is not installed (see the README's requirements)")
    import pytesseract

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, Tesseract {pytesseract.get_tesseract_version()}"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = scanned_pdf(args.pages, Path(folder) / "scanned.pdf")
        size = path.stat().st_size
        print(f"{args.pages} scanned pages ({size / 1e6:.1f} MB), median of {args.runs} runs")
        result = bench_read(path, args.pages, args.runs)
        print(
            f"cold (no cache): {result['cold']:.2f} pages/s; warm (OCR cache):"
            f" {result['warm']:.2f} pages/s; {result['words']} words read,"
            f" {result['low']} below confidence 70"
        )
        if args.build:
            print(bench_build(path))


if __name__ == "__main__":
    main()
