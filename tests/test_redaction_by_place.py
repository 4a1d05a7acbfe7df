"""Redaction by place, end to end: a decision removes its span and nothing else.

Each test builds a one-contract workspace whose document is a PDF drawn here with reportlab,
scans it, records decisions on exact spans (every scan candidate released unless the test
decides it), runs ``transparency build`` and reads the published PDF with poppler's
``pdftotext``, an extractor the tool does not use to redact.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from tests.conftest import CONTRACT_YAML, MKDOCS_YML

from transparency.cli import cli
from transparency.contracts import read_document

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

TODAY = dt.date.today().isoformat()
LABEL = "FOIA s.43(2)"  # the exemption code drawn in each box


def pdftotext(path: Path, *layout: str) -> str:
    return subprocess.run(
        ["pdftotext", *layout, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout


def pdf_workspace(tmp_path: Path, draw) -> Path:
    root = tmp_path / "ws"
    folder = root / "contracts" / "home-care"
    folder.mkdir(parents=True)
    canvas = Canvas(str(folder / "contract.pdf"), pagesize=A4)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    meta = {**CONTRACT_YAML, "documents": [{"file": "contract.pdf", "title": "Signed contract"}]}
    (folder / "contract.yaml").write_text(yaml.safe_dump(meta))
    (root / "pages").mkdir()
    (root / "pages" / "index.md").write_text("# Contracts register\n\nOur contracts.\n")
    (root / "mkdocs.yml").write_text(MKDOCS_YML)
    return root


def lines(*texts: str, x: float = 72, y: float = 760):
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 11)
        for number, text in enumerate(texts):
            canvas.drawString(x, y - number * 16, text)

    return draw


def run(root: Path, *args: str):
    from click.testing import CliRunner

    return CliRunner().invoke(cli, [*args, "--workspace", str(root)], catch_exceptions=False)


def document(root: Path):
    return read_document(root / "contracts" / "home-care" / "contract.pdf", name="contract.pdf")


def span(text: str, needle: str, occurrence: int = 1, after: str = "") -> tuple[int, int]:
    """The offsets of the ``occurrence``-th ``needle`` after ``after`` in ``text``."""
    start = text.index(after) if after else 0
    for _ in range(occurrence):
        start = text.index(needle, start)
        found = start
        start += 1
    return found, found + len(needle)


def redact(start: int, end: int, text: str) -> dict:
    return {
        "document": "contract.pdf",
        "start": start,
        "end": end,
        "text": text,
        "action": "redact",
        "exemption": "FOIA s.43(2)",
        "public_reason": "The unit rate would let competitors undercut the supplier.",
        "harm": {"description": "Competitors could undercut the rates."},
        "public_interest": {
            "for_disclosure": ["Accountability for public money"],
            "for_withholding": ["Harm to the supplier's competitive position"],
            "conclusion": "Withholding outweighs disclosure for the unit rates.",
        },
        "decided_by": "A. Officer",
        "decided_on": TODAY,
        "review_by": "2099-03-10",
    }


def decide(root: Path, records: list[dict]) -> None:
    """``records``; a record on a candidate's exact span decides that candidate, and every
    other candidate is released."""
    scan = yaml.safe_load((root / "redaction" / "home-care.yaml").read_text())
    decided = []
    for candidate in scan["candidates"]:
        same = [
            r for r in records if (r["start"], r["end"]) == (candidate["start"], candidate["end"])
        ]
        for record in same:
            records.remove(record)
            del record["document"], record["start"], record["end"]
            decided.append({"candidate": candidate["id"], **record})
        if not same:
            decided.append(
                {
                    "candidate": candidate["id"],
                    "text": candidate["text"],
                    "action": "release",
                    "public_reason": "This is already public.",
                    "decided_by": "A. Officer",
                    "decided_on": TODAY,
                }
            )
    (root / "decisions").mkdir(exist_ok=True)
    (root / "decisions" / "home-care.yaml").write_text(
        yaml.safe_dump({"contract": "home-care", "records": decided + records}, allow_unicode=True)
    )


def build(root: Path) -> Path:
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    return root / "site" / "contracts" / "home-care"


def publish(root: Path, spans: list[tuple[int, int]]) -> tuple[str, Path]:
    """Scan, redact ``spans`` of the model's text, build; the published PDF's text."""
    assert run(root, "scan").exit_code == 0
    text = document(root).text
    decide(root, [redact(start, end, text[start:end]) for start, end in spans])
    site = build(root)
    return pdftotext(site / "contract.pdf"), site


def test_the_same_amount_redacted_in_one_clause_and_released_in_another(tmp_path):
    root = pdf_workspace(
        tmp_path,
        lines(
            "1. The fee for each home visit is £150 a visit.",
            "2. The deposit for the key safe is £150 in total.",
        ),
    )
    text = document(root).text
    published, site = publish(root, [span(text, "£150")])
    assert "The fee for each home visit is" in published and "a visit." in published
    assert published.count("£150") == 1
    assert "key safe is £150 in total." in published
    assert "home visit is £150" not in published
    page = (site / "index.html").read_text()
    assert page.count("£150") == 1 and "key safe is £150 in total." in page


def test_an_amount_next_to_a_larger_one_leaves_the_larger_one_whole(tmp_path):
    root = pdf_workspace(
        tmp_path, lines("The call-off fee is $100 per order, capped at $100,275 a year.")
    )
    text = document(root).text
    published, _ = publish(root, [span(text, "$100")])
    assert "$100,275 a year." in published
    assert "$100 per order" not in published
    assert published.count("$100") == 1
    assert "▮" not in published


def two_columns(canvas: Canvas) -> None:
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 760, "Signed for and on behalf of the parties.")
    for x, rows in (
        (72, ["For the Council", "Scott Massey", "Director of Adult Care"]),
        (330, ["For the Supplier", "Scott Massey", "Managing Director"]),
    ):
        for number, row in enumerate(rows):
            canvas.drawString(x, 720 - number * 16, row)


def test_a_two_column_signature_block_is_redacted_by_place(tmp_path):
    root = pdf_workspace(tmp_path, two_columns)
    text = document(root).text
    # The officer withholds the supplier's signatory only: the same name signs for the council.
    published, _ = publish(root, [span(text, "Scott Massey", occurrence=2)])
    layout = pdftotext(
        root / "site" / "contracts" / "home-care" / "contract.pdf", "-layout"
    ).splitlines()
    row = next(line for line in layout if "Scott Massey" in line)
    assert row.strip().startswith("Scott Massey") and row.count("Scott Massey") == 1
    assert row.index("Scott Massey") < 20  # the council's column, on the left
    assert "Managing Director" in published and "Director of Adult Care" in published


def characters(text: str) -> Counter:
    return Counter(c for c in unicodedata.normalize("NFKC", text) if not c.isspace())


def test_an_independent_count_by_place_audit_of_the_built_site(tmp_path):
    """Every character of the original is in the published copy except exactly those of the
    decided spans; pdftotext reads both, and the labels are the only text added."""
    root = pdf_workspace(
        tmp_path,
        lines(
            "Schedule 2: the hourly rate is £24.80 on weekdays and £24.80 at weekends.",
            "Bank: sort code 20-45-77, account 41234567, held by Brightpath Care Ltd.",
            "The rate of £24.80 is reviewed each April by Priya Sandhu.",
        ),
    )
    text = document(root).text
    spans = [span(text, "£24.80", 2), span(text, "20-45-77"), span(text, "41234567")]
    source = root / "contracts" / "home-care" / "contract.pdf"
    before = pdftotext(source)
    published, _ = publish(root, spans)
    removed = characters("".join(text[s:e] for s, e in spans))
    labels = characters(LABEL * len(spans))
    assert characters(published) - labels == characters(before) - removed
    assert labels - characters(published) == Counter()  # every label drawn
    assert published.count("£24.80") == 2 and before.count("£24.80") == 3


def test_a_decided_span_redacted_at_its_place_survives_a_rebuild_from_the_cache(tmp_path):
    root = pdf_workspace(tmp_path, lines("Rate £150 here.", "Rate £150 there."))
    text = document(root).text
    first, _ = publish(root, [span(text, "£150", 2)])
    second = pdftotext(build(root) / "contract.pdf")
    assert first == second and "Rate £150 here." in second and "£150 there" not in second


HOOK = """\
import re


def on_post_page(output, page, config):
    # A renderer fault: the marker of a redaction shows the text it stands for.
    return re.sub(r'<a class="redaction"[^>]*>[^<]*</a>', "£150", output)
"""


def test_the_leak_check_finds_a_redacted_text_back_at_its_place_when_it_stands_elsewhere(tmp_path):
    root = pdf_workspace(
        tmp_path,
        lines(
            "1. The fee for each home visit is £150 a visit.",
            "2. The deposit for the key safe is £150 in total.",
        ),
    )
    text = document(root).text
    publish(root, [span(text, "£150")])
    (root / "hook.py").write_text(HOOK)
    (root / "mkdocs.yml").write_text(MKDOCS_YML + "hooks:\n  - hook.py\n")
    result = run(root, "build")
    assert result.exit_code == 4, result.output
    assert "contracts/home-care/index.html: contains redacted text (home-care: redaction" in (
        result.output
    )
    assert " in block b-" in result.output and "£150" not in result.output
