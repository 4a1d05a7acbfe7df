"""The sample workspace's scanned contracts, published: a fresh OCR of the published pages reads
none of the redacted texts, and still reads the rest of the page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from transparency.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("school-meals-2025", "grounds-maintenance-2025")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract"),
]


def ocr_text(path: Path) -> str:
    import pypdfium2 as pdfium
    import pytesseract

    document = pdfium.PdfDocument(path.read_bytes())
    try:
        pages = [document[i].render(scale=300 / 72).to_pil() for i in range(len(document))]
    finally:
        document.close()
    return "\n".join(pytesseract.image_to_string(page, config="--psm 3") for page in pages)


def squash(text: str) -> str:
    return "".join(text.split()).casefold()


def test_the_published_scans_read_no_redacted_text(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    for name in ("contracts", "redaction", "decisions", "pages"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(".*.lock"))
    for name in ("mkdocs.yml", "transparency.yaml"):
        shutil.copy(ROOT / name, root / name)
    result = CliRunner().invoke(cli, ["build", "--workspace", str(root)])
    assert result.exit_code == 0, result.output
    for contract in SCANNED:
        scan = yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())
        decisions = yaml.safe_load((root / "decisions" / f"{contract}.yaml").read_text())
        by_id = {c["id"]: c for c in scan["candidates"]}
        redacted = [
            by_id[r["candidate"]]["text"] if "candidate" in r else r["text"]
            for r in decisions["records"]
            if r["action"] == "redact"
        ]
        assert redacted
        read = squash(ocr_text(root / "site" / "contracts" / contract / "contract.pdf"))
        for text in redacted:
            assert squash(text) not in read, f"{contract}: a redacted text is readable"
        assert squash("Contract reference") in read and squash("Anyshire County Council") in read
