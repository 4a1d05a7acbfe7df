"""The grounds maintenance contract's history: a variation (a one-page letter, PDF) that adds
five sites, and an extension (a deed, DOCX) that takes up the twelve-month option of clause 1.1.

Each holds sensitive values as real change documents do: a new unit rate, new bank details, the
names and direct lines of staff. The new total values and end date are public facts, given in
``contract.yaml``'s ``changes`` as well. Imported at the end of :mod:`samples.grounds`.
"""

from __future__ import annotations

import datetime as dt

from samples.common import COUNCIL, COUNCIL_ADDRESS, money
from samples.grounds import CONTRACTOR, REFERENCE
from samples.render import (
    Clause,
    DocumentSpec,
    Heading,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

AWARDED_VALUE = 1_860_000
VARIATION_VALUE = AWARDED_VALUE + 96_400
EXTENDED_VALUE = VARIATION_VALUE + 640_000
NEW_SORT_CODE, NEW_ACCOUNT = "30-92-44", "61047752"

VARIATION = "variation-2026-04.pdf"
EXTENSION = "extension-2026-10.docx"

REFS = [
    {"file": VARIATION, "title": "Variation 1: five sites added (letter of 16 March 2026)"},
    {"file": EXTENSION, "title": "Extension to September 2029 (deed of 21 September 2026)"},
]

CHANGES = [
    {
        "id": "variation-1",
        "date": dt.date(2026, 4, 1),
        "kind": "variation",
        "summary": (
            "Five sites added to the site schedule: two libraries, a depot, a country park car"
            " park and a children's centre."
        ),
        "reason": "The Council took over the grounds of the five sites from a district council.",
        "document": VARIATION,
        "value": {"amount": VARIATION_VALUE, "currency": "GBP"},
    },
    {
        "id": "extension-1",
        "date": dt.date(2026, 10, 1),
        "kind": "extension",
        "summary": (
            "The option in clause 1.1 taken up: the contract runs a fourth year, to 30 September"
            " 2029, at the contract rates adjusted by the Consumer Prices Index."
        ),
        "reason": (
            "The Council will let one contract for its sites and its parks in 2029; the"
            " extension keeps the sites maintained until then."
        ),
        "document": EXTENSION,
        "value": {"amount": EXTENDED_VALUE, "currency": "GBP"},
        "ends": dt.date(2029, 9, 30),
        "notice": {"published": dt.date(2026, 9, 14), "reference": "CCN-ACC-GRD-2025-031-01"},
    },
]

_LETTER = [
    Para(f"{COUNCIL}, Property Services, {COUNCIL_ADDRESS}"),
    Para("16 March 2026"),
    Para(f"Ms Rosalind Penhaligon, Managing Director, {CONTRACTOR}"),
    Title("VARIATION 1: FIVE SITES ADDED"),
    Para(f"Grounds maintenance contract, reference {REFERENCE}", centred=True),
    Para("Dear Ms Penhaligon,"),
    Clause(
        "1.",
        "With effect from 1 April 2026 these five sites are added to the site schedule: "
        "Anyford Central Library, Hollowfield Library, Westmere Depot, Brackley Country Park "
        "car park and Orchard Lane Children's Centre.",
    ),
    Clause(
        "2.",
        "The added sites are maintained at the rates in clause 4.1, except litter picking at "
        "Brackley Country Park car park, emptied twice a week, which is charged at £31.20 per "
        "visit.",
    ),
    Clause(
        "3.",
        f"The total estimated value of the Contract increases by {money(96_400)}, from "
        f"{money(AWARDED_VALUE)} to {money(VARIATION_VALUE)} excluding VAT. All other terms "
        "of the Contract are unchanged.",
    ),
    Clause(
        "4.",
        "Please sign and return a copy of this letter to Ms Helen Ashdown "
        "(helen.ashdown@anyshire.gov.uk, 01632 960418) by 27 March 2026.",
    ),
    Para("Yours sincerely,"),
    Para("J. Whitlock"),
    Para("Jonathan Whitlock, Head of Property Services"),
]

_DEED = [
    Title("DEED OF EXTENSION"),
    Subtitle(f"between {COUNCIL} and {CONTRACTOR}"),
    Para(f"Grounds maintenance contract, reference {REFERENCE}", centred=True),
    Heading("1. Extension"),
    Clause(
        "1.1",
        "The Council exercises its option under clause 1.1 of the Contract to extend it by "
        "twelve months. The Contract now ends on 30 September 2029.",
    ),
    Clause(
        "1.2",
        "The Council published a contract change notice on 14 September 2026; this deed "
        "takes effect on 1 October 2026.",
    ),
    Heading("2. Value and rates"),
    Clause(
        "2.1",
        f"The total estimated value of the Contract increases by {money(640_000)}, from "
        f"{money(VARIATION_VALUE)} to {money(EXTENDED_VALUE)} excluding VAT.",
    ),
    Clause(
        "2.2",
        "For the extension year the rates in clause 4.1 are adjusted by the Consumer Prices "
        "Index, except amenity grass cutting, which is charged at £15.35 per cut of 1,000 m².",
    ),
    Heading("3. Payment"),
    Clause(
        "3.1",
        "From 1 October 2026 the Council pays the Contractor's new account:",
    ),
    Table(
        ("Payment details", ""),
        (
            ("Account name", CONTRACTOR),
            ("Bank", "Harley Bank plc, Hollowfield branch"),
            ("Sort code", NEW_SORT_CODE),
            ("Account number", NEW_ACCOUNT),
        ),
        (0.3, 0.7),
    ),
    Heading("4. Other terms"),
    Clause("4.1", "All other terms of the Contract, as varied on 1 April 2026, are unchanged."),
    Signatures(
        "Executed as a deed on 21 September 2026.",
        (
            Signatory(
                f"Signed for and on behalf of {COUNCIL.upper()}:",
                (("Name", "Jonathan Whitlock"), ("Position", "Head of Property Services")),
            ),
            Signatory(
                f"Signed for and on behalf of {CONTRACTOR.upper()}:",
                (("Name", "Rosalind Penhaligon"), ("Position", "Managing Director")),
            ),
        ),
    ),
]

DOCUMENTS = {
    VARIATION: DocumentSpec(
        title="Grounds maintenance contract: variation 1",
        subject=f"Variation 1 to contract {REFERENCE}",
        header=f"{COUNCIL} — Property Services — OFFICIAL",
        footer=f"Contract reference {REFERENCE} — variation 1",
        created=dt.datetime(2026, 3, 16, 9, 30),
        blocks=_LETTER,
    ),
    EXTENSION: DocumentSpec(
        title="Grounds maintenance contract: deed of extension",
        subject=f"Extension of contract {REFERENCE}",
        header=f"{COUNCIL} — Grounds Maintenance Contract — OFFICIAL",
        footer=f"Contract reference {REFERENCE} — deed of extension",
        created=dt.datetime(2026, 9, 21, 14, 0),
        blocks=_DEED,
    ),
}
