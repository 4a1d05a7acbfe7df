"""Sample 4: grounds maintenance contract with Greensward Estates Ltd (PDF; its signature page
was printed, signed and scanned back in)."""

from __future__ import annotations

import datetime as dt

from samples.common import COUNCIL, COUNCIL_PARTY, grouped, uk_iban
from samples.render import (
    Clause,
    DocumentSpec,
    Heading,
    PageBreak,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

REFERENCE = "ACC-GRD-2025-031"
CONTRACTOR = "Greensward Estates Ltd"
SORT_CODE, ACCOUNT = "30-92-17", "55018364"
IBAN = uk_iban("HLEY", SORT_CODE, ACCOUNT)

META = {
    "id": "grounds-maintenance-2025",
    "title": "Grounds maintenance of council sites 2025–2028",
    "buyer": COUNCIL,
    "department": "Property Services",
    "category": "Grounds and parks",
    "supplier": CONTRACTOR,
    "supplier_id": "11223344",
    "value": {"amount": 1860000, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 1),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2028, 9, 30),
    "reference": REFERENCE,
    "procedure": "open tender",
    "procurement_category": "services",
    "description": (
        "Grass cutting, hedge and shrub care, litter picking and winter leaf clearance at the "
        "council's offices, libraries, depots and country parks."
    ),
    "environmental": True,
    "kpis": [
        "Scheduled grass cuts completed in the week due: 97%",
        "Reported hazards made safe within 24 hours: 100%",
    ],
    "documents": [{"file": "contract.pdf", "title": "Signed contract (signature page scanned)"}],
}

RATES = (
    ("GM-01", "Grass cutting, amenity areas, per cut", "1,000 m²", "£14.60"),
    ("GM-02", "Grass cutting, rough grass and verges, per cut", "1,000 m²", "£9.25"),
    ("GM-03", "Hedge cutting, both faces and top", "linear m", "£1.85"),
    ("GM-04", "Shrub bed maintenance, weeding and pruning", "m² a year", "£3.40"),
    ("GM-05", "Litter picking and bin emptying, per visit", "site", "£28.50"),
    ("GM-06", "Leaf clearance, hard surfaces", "1,000 m²", "£46.00"),
)

BLOCKS = [
    Title("GROUNDS MAINTENANCE CONTRACT 2025–2028"),
    Subtitle(f"between {COUNCIL} and {CONTRACTOR}"),
    Para(f"Contract reference: {REFERENCE}", centred=True),
    Heading("Parties"),
    Clause("(1)", COUNCIL_PARTY),
    Clause(
        "(2)",
        "GREENSWARD ESTATES LTD, a company registered in England and Wales under "
        "company number 11223344, whose registered office is at Unit 4, Mill Lane Trading "
        "Estate, Hollowfield, AY5 8RT (the “Contractor”).",
    ),
    Heading("1. Term and value"),
    Clause(
        "1.1",
        "This Contract starts on 1 October 2025 and ends on 30 September 2028. The "
        "Council may extend it once by up to twelve months.",
    ),
    Clause(
        "1.2",
        "The total estimated value of this Contract is £1,860,000 excluding VAT over "
        "its three years. The Council does not guarantee any volume of work.",
    ),
    Heading("2. The Services"),
    Clause(
        "2.1",
        "The Contractor shall maintain the grounds of the 64 sites listed in the site "
        "schedule to the standards in the specification, to a programme agreed with the "
        "Council's Property Services manager each March.",
    ),
    Clause(
        "2.2",
        "The Contractor shall use no glyphosate-based herbicide on any site, shall "
        "leave grass uncut on the wildflower areas marked in the site schedule until 1 "
        "August each year, and shall compost all green waste at a permitted facility.",
    ),
    Heading("3. Performance"),
    Clause(
        "3.1",
        "Where fewer than 97% of the scheduled grass cuts in a month are completed in "
        "the week due, the Council may deduct a service credit of 2.5% of that month's "
        "charges for each percentage point below target.",
    ),
    Clause(
        "3.2",
        "The Contractor shall make safe every hazard reported to it (a fallen branch, "
        "a broken fence) within 24 hours; the target is 100%.",
    ),
    Heading("4. Price and payment"),
    Clause(
        "4.1",
        "The Council shall pay for work completed at the following rates, which are "
        "fixed until 30 September 2026 and then adjusted each year by the Consumer Prices "
        "Index:",
    ),
    Table(("Item", "Description", "Unit", "Rate"), RATES, (0.1, 0.56, 0.18, 0.16), right=(3,)),
    Clause("4.2", "Invoices are paid within 30 days by BACS to the Contractor's account:"),
    Table(
        ("Payment details", ""),
        (
            ("Account name", CONTRACTOR),
            ("Bank", "Harley Bank plc, Hollowfield branch"),
            ("Sort code", SORT_CODE),
            ("Account number", ACCOUNT),
            ("IBAN", grouped(IBAN)),
        ),
        (0.3, 0.7),
    ),
    Heading("5. Contacts"),
    Table(
        ("Role", "Name", "Email", "Telephone"),
        (
            (
                "Contract Manager (Council)",
                "Ms Helen Ashdown",
                "helen.ashdown@anyshire.gov.uk",
                "01632 960418",
            ),
            (
                "Account Manager (Contractor)",
                "Mr Daniel Orme",
                "daniel.orme@greensward.co.uk",
                "07700 900615",
            ),
        ),
        (0.3, 0.2, 0.32, 0.18),
    ),
    Heading("6. Insurance"),
    Clause(
        "6.1",
        "The Contractor shall maintain public liability insurance of at least "
        "£5,000,000 for each event (policy number GSW/PL/4471920 with Meadowbank Insurance "
        "plc) and employer's liability insurance of at least £10,000,000.",
    ),
    Heading("7. Transparency"),
    Clause(
        "7.1",
        "The Council will publish this Contract under the Local Government "
        "Transparency Code 2015. Information may be withheld only where an exception in the "
        "Environmental Information Regulations 2004 applies.",
    ),
    PageBreak(),
]

SIGNATURES = [
    Signatures(
        "Signed by the parties on the dates below.",
        (
            Signatory(
                f"Signed for and on behalf of {COUNCIL.upper()}:",
                (
                    ("Signature", "J. Whitlock"),
                    ("Name", "Jonathan Whitlock"),
                    ("Position", "Head of Property Services"),
                    ("Date", "1 September 2025"),
                ),
            ),
            Signatory(
                f"Signed for and on behalf of {CONTRACTOR.upper()}:",
                (
                    ("Signature", "R. Penhaligon"),
                    ("Name", "Rosalind Penhaligon"),
                    ("Position", "Managing Director"),
                    ("Date", "29 August 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Grounds maintenance contract 2025–2028",
        subject=f"Contract {REFERENCE}",
        header=f"{COUNCIL} — Grounds Maintenance Contract — OFFICIAL",
        footer=f"Contract reference {REFERENCE}",
        created=dt.datetime(2025, 9, 1, 10, 0),
        blocks=[*BLOCKS, *SIGNATURES],
    ),
}

#: Pages of contract.pdf replaced by a scan of themselves: the last one, signed by hand.
SCANNED_PAGES = {"contract.pdf": [-1]}

# The contract's history after signature: a variation and an extension, each with its document.
from samples import grounds_changes  # noqa: E402  (it reads the names above)

META["documents"] += grounds_changes.REFS
META["changes"] = grounds_changes.CHANGES
DOCUMENTS.update(grounds_changes.DOCUMENTS)
