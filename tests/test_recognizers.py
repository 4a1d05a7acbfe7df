"""Recognizers as tables: text in, what the rules flag out. No spaCy model is needed.

Each row is a sentence as contracts write it and the exact text (and category) the rules must
flag, or ``None`` where nothing may be flagged. These are the rules alone (``scoring: rules``):
the shipped scan weighs the rules' proposals, and many more, with the fitted model, and the rules'
verdict is one of its features; the scan as shipped is tested by tests/test_detection_kinds.py
and measured by tests/test_evaluation.py.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from transparency.contracts.model import DocumentBuilder
from transparency.decisions.catalogue import load_catalogue
from transparency.redaction.config import load_rules
from transparency.redaction.recognizers.iban import iban_is_valid
from transparency.redaction.recognizers.ni_number import ni_number_is_valid
from transparency.redaction.scan import Allowed, Scanner
from transparency.redaction.scoring import Model

RULES_ONLY = Model()


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(load_rules(), load_catalogue(), model=False, scoring=RULES_ONLY)


def _scan(scanner: Scanner, *blocks: tuple, allowed: Allowed | None = None) -> list:
    builder = DocumentBuilder("test.docx", "docx")
    for kind, text, *where in blocks:
        builder.add(kind, text, **(where[0] if where else {}))
    return scanner.scan(builder.build(), allowed=allowed)


def _flags(scanner: Scanner, text: str) -> set[tuple[str, str]]:
    return {(c.category, c.text) for c in _scan(scanner, ("paragraph", text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PRICING
        ("The hourly rate for weekday care is £24.80 per hour.", ("PRICING", "£24.80")),
        ("Mileage is reimbursed at 45p per mile.", ("PRICING", "45p")),
        ("The Council receives a volume rebate of 2.5% of the Charges.", ("PRICING", "2.5%")),
        ("Materials are paid at cost plus 12.5% for handling.", ("PRICING", "12.5%")),
        ("A management fee of 7% is added to the labour charges.", ("PRICING", "7%")),
        ("Priority 1 incidents resolved within 4 hours: 95%.", None),
        ("Public liability insurance of not less than £10,000,000.", None),
        ("Each party's liability shall not exceed £5,000,000 in aggregate.", None),
        ("Interest is due at 8% above the Bank of England base rate.", None),
        # BANK
        ("Payments to sort code 20-45-77, account number 41234567.", ("BANK", "20-45-77")),
        ("Payments to sort code 20-45-77, account number 41234567.", ("BANK", "41234567")),
        ("IBAN GB29 NWBK 6016 1331 9268 19 (Natwest).", ("BANK", "GB29 NWBK 6016 1331 9268 19")),
        ("IBAN GB29NWBK60161331926819.", ("BANK", "GB29NWBK60161331926819")),
        ("IBAN GB28NWBK60161331926819.", None),  # wrong check digits
        ("BIC FERNGB21, branch London.", ("BANK", "FERNGB21")),
        ("This SCHEDULE applies to the Services.", None),
        ("Company number 01234567 registered in England.", None),
        # PERSONAL
        ("Contract Manager: Ms Priya Sandhu, 07700 900123.", ("PERSONAL", "Priya Sandhu")),
        ("Contract Manager: Ms Priya Sandhu, 07700 900123.", ("PERSONAL", "07700 900123")),
        ("Signature: D. Okafor", ("PERSONAL", "D. Okafor")),
        ("The lead is Oluwaseun Bakare, Senior Consultant.", ("PERSONAL", "Oluwaseun Bakare")),
        ("Tomasz Nowak will attend the monthly meetings.", ("PERSONAL", "Tomasz Nowak")),
        ("Email kieran.doyle@quillfield.co.uk for access.", (
            "PERSONAL", "kieran.doyle@quillfield.co.uk")),
        ("Invoices go to accounts.payable@anyshire.gov.uk.", None),
        ("Residents call the customer service centre on 01632 960900.", None),
        ("National Insurance number AB 12 34 56 C.", ("PERSONAL", "AB 12 34 56 C")),
        ("National Insurance number QQ 12 34 56 C.", None),  # the specimen prefix
        ("Employee date of birth: 14/02/1979.", ("PERSONAL", "14/02/1979")),
        ("The contract starts on 14/02/2026.", None),
        ("The employee's annual salary is £24,310.", ("PERSONAL", "£24,310")),
        ("Witness, residing at 9 Orchard Rise, Rydal Cross, RX3 2JU.", (
            "PERSONAL", "9 Orchard Rise, Rydal Cross, RX3 2JU")),
        ("The registered office is at 40 Canal Street, Anyford, AY1 4JX.", None),
        # SECURITY
        ("The domain controller acc-dc01.corp.anyshire.local.", (
            "SECURITY", "acc-dc01.corp.anyshire.local")),
        ("The emergency account ANYSHIRE\\qds-bg-admin01 is sealed.", (
            "SECURITY", "ANYSHIRE\\qds-bg-admin01")),
        ("The backup runs under the service account svc-qds-backup.", (
            "SECURITY", "svc-qds-backup")),
        ("The management network 10.42.16.0/24 is isolated.", ("SECURITY", "10.42.16.0/24")),
        ("Connect through the jump host acc-jump-01.", ("SECURITY", "acc-jump-01")),
        ("The gate code is 7730# and changes quarterly.", ("SECURITY", "7730#")),
        ("Passwords must have at least 14 characters.", None),
        ("The COVID-19 pandemic delayed the works.", None),
        # INSURANCE and FINANCIAL
        ("Cover is under policy number PI-77310-QDS.", ("INSURANCE", "PI-77310-QDS")),
        ("The annual premium is £84,300.", ("INSURANCE", "£84,300")),
        ("Accounts show a turnover of £48.2 million.", ("FINANCIAL", "£48.2 million")),
        ("A performance bond of £1,240,000 is required.", ("FINANCIAL", "£1,240,000")),
        ("Its credit score at award was 71.", ("FINANCIAL", "71")),
    ],
)
def test_sentence(scanner, text, expected):
    found = _flags(scanner, text)
    if expected is None:
        assert not found, found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    ("header", "label", "cell", "expected"),
    [
        ("Detail", "Sort code", "30-91-54", ("BANK", "30-91-54")),
        ("Account number", "Lindow Bank", "62093385", ("BANK", "62093385")),
        ("Rate (£)", "Standard visit", "23.95", ("PRICING", "23.95")),
        ("Salary (£)", "Carer", "21,870", ("PERSONAL", "21,870")),
        ("Employee", "", "Okonkwo, Grace", ("PERSONAL", "Okonkwo, Grace")),
        ("Quantity", "Standard visit", "120", None),
        ("Role", "", "Senior Infrastructure Engineer", None),
    ],
)
def test_table_cell_takes_context_from_its_header_and_row(scanner, header, label, cell, expected):
    blocks = [("table_cell", header, {"table": 0, "row": 0, "column": 1})]
    if label:
        blocks.append(("table_cell", label, {"table": 0, "row": 1, "column": 0}))
    blocks.append(("table_cell", cell, {"table": 0, "row": 1, "column": 1 if label else 0}))
    if not label:
        blocks[0] = ("table_cell", header, {"table": 0, "row": 0, "column": 0})
    found = {(c.category, c.text) for c in _scan(scanner, *blocks)}
    assert (expected in found) if expected else not found, found


def test_heading_raises_amounts_under_it(scanner):
    candidates = _scan(
        scanner,
        ("heading", "Schedule 2 — Charges", {"level": 1}),
        ("paragraph", "Weekend visits are £26.90."),
    )
    assert [(c.category, c.text) for c in candidates] == [("PRICING", "£26.90")]
    assert "Schedule 2 — Charges" in candidates[0].explanation


def test_confidential_passage_is_flagged_whole(scanner):
    candidates = _scan(
        scanner,
        ("heading", "Method statement (Commercial in Confidence)", {"level": 1}),
        ("paragraph", "Our routing model uses twelve years of our own data."),
        ("heading", "Term", {"level": 1}),
        ("paragraph", "Confidential information is defined in clause 20."),
    )
    assert [(c.category, c.text) for c in candidates] == [
        ("CONFIDENTIAL", "Our routing model uses twelve years of our own data.")
    ]
    assert "proves nothing" in candidates[0].explanation


def test_allowed_text_is_never_flagged(scanner):
    allowed = Allowed.build(["Margaret Ellison"], [Decimal(2400000)])
    candidates = _scan(
        scanner,
        ("paragraph", "Signature: M. Ellison. The price is £2,400,000 in total charges."),
        allowed=allowed,
    )
    assert not candidates


def test_every_candidate_explains_itself_and_ids_are_stable(scanner):
    blocks = [("paragraph", "Contract Manager: Ms Priya Sandhu; rate £24.80 per hour.")]
    first, again = _scan(scanner, *blocks), _scan(scanner, *blocks)
    assert [c.id for c in first] == [c.id for c in again]
    for candidate in first:
        assert "Rule '" in candidate.explanation and "Score" in candidate.explanation


@pytest.mark.parametrize(
    ("iban", "valid"),
    [("GB29 NWBK 6016 1331 9268 19", True), ("GB29NWBK60161331926819", True),
     ("GB29NWBK60161331926818", False), ("DE89370400440532013000", True), ("GB29", False)],
)
def test_iban_checksum(iban, valid):
    assert iban_is_valid(iban) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [("AB123456C", True), ("QQ123456C", False), ("GB123456A", False), ("AB123456E", False),
     ("DA123456A", False), ("AO123456A", False)],
)
def test_ni_number_rules(number, valid):
    assert ni_number_is_valid(number) is valid


def test_publisher_adds_a_rule_without_code(tmp_path: Path):
    """A workspace recognizers.yaml allows the publisher's reference format and adds a rule."""
    (tmp_path / "recognizers.yaml").write_text(
        """
allow_patterns:
  - name: our ledger codes, which look like bank accounts
    regex: "401\\\\d{5}"
entities:
  STAFF_ID:
    category: PERSONAL
    exemption: FOIA s.40(2)
    explanation: A staff number identifies an employee.
recognizers:
  - name: staff_number
    supported_entity: STAFF_ID
    patterns:
      - name: staff number
        regex: "\\\\bEMP\\\\d{5}\\\\b"
        score: 0.7
""",
        encoding="utf-8",
    )
    scanner = Scanner(load_rules(tmp_path), load_catalogue(), model=False)
    text = "Charge it to ledger account 40112233; staff number EMP00231."
    found = _flags(scanner, text)
    assert found == {("PERSONAL", "EMP00231")}  # its own rule's score, not the model's
    plain = Scanner(load_rules(), load_catalogue(), model=False, scoring=RULES_ONLY)
    assert _flags(plain, text) == {("BANK", "40112233")}
