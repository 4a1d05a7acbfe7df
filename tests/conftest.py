"""Shared fixtures: a small workspace built from scratch for each test that needs one."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from transparency.cli import cli

PARAGRAPHS = [
    ("Heading 1", "Home care services contract"),
    (None, "This contract is made between Anyshire County Council and Brightpath Care Ltd."),
    (None, "The total value of the contract is £2,400,000 over three years."),
    ("Heading 2", "Schedule 2 — Charges"),
    (None, "The hourly rate for weekday care is £24.80 per hour."),
    ("Heading 2", "Payment"),
    (None, "Payments shall be made to sort code 20-45-77, account number 41234567."),
    ("Heading 2", "Contacts"),
    (None, "Contract Manager: Ms Priya Sandhu, priya.sandhu@brightpathcare.co.uk, 07700 900123."),
    (None, "The supplier's email footer reads <script>alert('x')</script> and **bold** {{ x }}."),
]

MKDOCS_YML = """\
site_name: Anyshire County Council contracts
site_url: https://contracts.anyshire.example/
docs_dir: pages
theme:
  name: material
plugins:
  - search
  - transparency
"""

CONTRACT_YAML = {
    "id": "home-care",
    "title": "Home care services",
    "buyer": "Anyshire County Council",
    "department": "Adult Social Care",
    "supplier": "Brightpath Care Ltd",
    "supplier_id": "01234567",
    "value": {"amount": 2400000, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 1),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2028, 3, 31),
    "reference": "ACC-HC-2025-001",
    "documents": [{"file": "contract.docx", "title": "Signed contract"}],
}


def write_docx(path: Path, paragraphs=PARAGRAPHS) -> Path:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(path)
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def make_workspace(tmp_path: Path):
    """A factory for a one-contract workspace (scanned or not)."""

    def make(paragraphs=PARAGRAPHS, meta: dict | None = None) -> Path:
        root = tmp_path / "ws"
        folder = root / "contracts" / "home-care"
        folder.mkdir(parents=True)
        write_docx(folder / "contract.docx", paragraphs)
        (folder / "contract.yaml").write_text(yaml.safe_dump({**CONTRACT_YAML, **(meta or {})}))
        (root / "pages").mkdir()
        (root / "pages" / "index.md").write_text(
            "# Contracts register\n\nOur contracts.\n\n<!-- transparency:summary -->\n"
        )
        (root / "mkdocs.yml").write_text(MKDOCS_YML)
        return root

    return make


def invoke(runner: CliRunner, root: Path, *args: str):
    return runner.invoke(cli, [*args, "--workspace", str(root)], catch_exceptions=False)


def decide_all(root: Path, contract: str = "home-care", **overrides) -> dict:
    """Decisions that redact every candidate under s.43(2)/s.40(2) with complete records."""
    scan = yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())
    records = []
    for candidate in scan["candidates"]:
        record = {
            "candidate": candidate["id"],
            "action": "redact",
            "exemption": candidate["exemption"],
            "public_reason": "Releasing this would harm the supplier or identify a person.",
            "decided_by": "A. Officer",
            "decided_on": "2025-03-10",
            "review_by": "2099-03-10",
        }
        if candidate["exemption"] == "FOIA s.43(2)":
            record["harm"] = {"description": "Competitors could undercut the rates."}
            record["public_interest"] = {
                "for_disclosure": ["Accountability for public money"],
                "for_withholding": ["Harm to the supplier's competitive position"],
                "conclusion": "Withholding outweighs disclosure for the unit rates.",
            }
        else:
            record["justification"] = "Personal data of junior staff; no lawful basis to publish."
        record.update(overrides)
        records.append(record)
    data = {"contract": contract, "records": records}
    (root / "decisions").mkdir(exist_ok=True)
    (root / "decisions" / f"{contract}.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    )
    return data


__all__ = ["decide_all", "invoke", "textwrap", "write_docx"]
