"""The kinds of passage the scan missed or flagged wrongly on contracts written by others.

Each test writes a short contract of its own (new wording, not any evaluation document) and
scans it through the CLI, ``transparency scan FILE --json --meta contract.yaml``, as a user
outside a workspace would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from transparency.cli import cli

META = {
    "id": "library-services-2026",
    "title": "Library support services",
    "buyer": "Wexcombe District Council",
    "supplier": "Harbrook Support Services Ltd",
    "value": {"amount": 1_250_000, "currency": "GBP"},
    "awarded": "2026-01-12",
    "starts": "2026-02-01",
    "ends": "2029-01-31",
    "reference": "WDC-LIB-2026-04",
    "public_names": ["Harriet Olumide"],
    "documents": [{"file": "contract.docx", "title": "Contract"}],
}


def scan(tmp_path: Path, *blocks) -> list[dict]:
    """Scan a DOCX made of ``blocks``: strings are paragraphs, ("h", text) headings, and
    lists of rows tables (the first row the header)."""
    document = Document()
    for block in blocks:
        if isinstance(block, tuple):
            document.add_heading(block[1], level=1)
        elif isinstance(block, list):
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for r, row in enumerate(block):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        else:
            document.add_paragraph(block)
    path = tmp_path / "contract.docx"
    document.save(path)
    meta = tmp_path / "contract.yaml"
    meta.write_text(yaml.safe_dump(META), encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", str(path), "--json", "--meta", str(meta)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def flagged(candidates: list[dict], text: str) -> set[str]:
    """The categories of the candidates that cover ``text``."""
    return {c["category"] for c in candidates if text in c["text"]}


def test_server_and_host_names(tmp_path):
    found = scan(
        tmp_path,
        ("h", "4. Hosting and access"),
        "The nightly export runs on the database server BXLSQL07 and each file is then"
        " copied to relay.ops-archive.example for collection.",
    )
    assert flagged(found, "BXLSQL07") == {"SECURITY"}
    assert flagged(found, "relay.ops-archive.example") == {"SECURITY"}


def test_door_and_alarm_codes(tmp_path):
    found = scan(
        tmp_path,
        ("h", "Site access"),
        "The plant room keypad opens with 8164# and the intruder alarm is set with 2297.",
    )
    assert flagged(found, "8164#") == {"SECURITY"}
    assert flagged(found, "2297") == {"SECURITY"}


def test_account_names(tmp_path):
    found = scan(
        tmp_path,
        ("h", "Interfaces"),
        "Scanned forms are uploaded by the Contractor under the account svc_docs_intake, which"
        " the Council creates on the document store.",
    )
    assert flagged(found, "svc_docs_intake") == {"SECURITY"}


@pytest.mark.parametrize("number", ["QBE 7702 1183 54", "RSX/EL/4410762"])
def test_insurance_policy_numbers(tmp_path, number):
    found = scan(
        tmp_path,
        ("h", "Schedule 5 Insurances"),
        f"The Contractor's employer's liability cover is held under policy {number} with"
        " Fellgate Mutual Insurance.",
    )
    assert flagged(found, number) == {"INSURANCE"}


def test_rows_of_a_staff_transfer_table(tmp_path):
    found = scan(
        tmp_path,
        ("h", "Schedule 7 Staff Transfer"),
        "The following employees are expected to transfer on the Service Commencement Date.",
        [
            ["Employee", "Role", "Start of continuous service", "Annual salary"],
            ["E1", "Library assistant", "04/09/2012", "£21,315 p.a."],
            ["E2", "Library assistant", "17/01/2019", "£20,880 p.a."],
        ],
    )
    for text in ("04/09/2012", "17/01/2019", "£21,315", "£20,880"):
        assert flagged(found, text) == {"PERSONAL"}, text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Where a Service Level is missed the Supplier grants a service credit of 4.5% of the"
         " Monthly Charge for that month.", "4.5%"),
        ("When annual orders exceed 6,000 items a volume rebate of 2.25% applies to all of"
         " them.", "2.25%"),
        ("For the second year the Supplier allows a discount of £18,500 on the Charges.",
         "£18,500"),
    ],
)  # fmt: skip
def test_rates_in_credit_rebate_and_discount_clauses(tmp_path, sentence, value):
    found = scan(tmp_path, ("h", "6. Charges and service credits"), sentence)
    assert flagged(found, value) == {"PRICING"}


def test_bank_sort_code_and_account(tmp_path):
    found = scan(
        tmp_path,
        ("h", "Payment"),
        "Payments are made by BACS to sort code 40-11-62, account 30991847.",
    )
    assert flagged(found, "40-11-62") == {"BANK"}
    assert flagged(found, "30991847") == {"BANK"}


def test_method_statement_under_a_confidential_heading(tmp_path):
    paragraph = (
        "Our mobile team rotates between branches on a four-week cycle planned with"
        " footfall data we gather from the door counters, so that no branch is left without"
        " cover during school holidays."
    )
    found = scan(
        tmp_path,
        ("h", "Appendix B Method statement (Commercial in Confidence)"),
        paragraph,
        ("h", "Appendix C Contacts"),
        "The Council's contract manager is named in the Order.",
    )
    assert flagged(found, paragraph[:60]) == {"CONFIDENTIAL"}
    assert not flagged(found, "contract manager")


def test_monthly_fees_in_a_table(tmp_path):
    found = scan(
        tmp_path,
        ("h", "Schedule 2 Charges"),
        [
            ["Service", "Monthly fee"],
            ["Helpdesk", "3,240.00"],
            ["Stock rotation", "1,105.50"],
        ],
    )
    assert flagged(found, "3,240.00") == {"PRICING"}
    assert flagged(found, "1,105.50") == {"PRICING"}


def test_the_total_contract_value_is_public(tmp_path):
    found = scan(
        tmp_path,
        ("h", "1. Value"),
        "The total value of this Contract over its term is £1,250,000, excluding VAT.",
    )
    assert not flagged(found, "£1,250,000")


def test_officers_signing_in_a_public_role(tmp_path):
    found = scan(
        tmp_path,
        "Signed for Wexcombe District Council by Harriet Olumide, Head of Library Services.",
    )
    assert not flagged(found, "Harriet Olumide")
    assert not flagged(found, "Head of Library Services")


def test_place_and_building_names(tmp_path):
    found = scan(
        tmp_path,
        ("h", "2. Premises"),
        "The Services are delivered at Millbrook Leisure Centre, Carding Street Depot and the"
        " Ashdown Community Library.",
    )
    for place in ("Millbrook Leisure Centre", "Carding Street Depot", "Ashdown Community"):
        assert "PERSONAL" not in flagged(found, place), place


def test_row_labels_of_a_financial_table(tmp_path):
    found = scan(
        tmp_path,
        ("h", "Financial standing"),
        [
            ["Item", "Year to March 2025"],
            ["Turnover", "£4.1m"],
            ["Operating profit", "£310,000"],
        ],
    )
    assert not flagged(found, "Turnover")
    assert not flagged(found, "Operating profit")


@pytest.mark.parametrize("number", ["7.2.4.1", "12.3.1.4"])
def test_clause_numbers_are_never_ip_addresses(tmp_path, number):
    found = scan(
        tmp_path,
        ("h", "7. Network"),
        f"The Contractor shall keep the firewall rules described in clause {number} under review.",
        f"{number} The Council may audit the rules once a year.",
    )
    assert not flagged(found, number)


def test_job_titles_and_product_names_are_not_people(tmp_path):
    found = scan(
        tmp_path,
        ("h", "3. Governance"),
        "The Vice President of Operations chairs the quarterly review; the catalogue is kept"
        " in Spydus Cloud and reports are drawn from Power BI.",
    )
    for text in ("Vice President", "Spydus Cloud", "Power BI"):
        assert "PERSONAL" not in flagged(found, text), text
