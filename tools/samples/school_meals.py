"""Sample 5: school meals contract with Brightbowl Catering Ltd (PDF; the whole signed copy is
a scan: the council holds no other version)."""

from __future__ import annotations

import datetime as dt

from samples.common import COUNCIL, COUNCIL_PARTY, grouped, uk_iban
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

REFERENCE = "ACC-EDU-2025-007"
CONTRACTOR = "Brightbowl Catering Ltd"
SORT_CODE, ACCOUNT = "20-77-41", "63390157"
IBAN = uk_iban("BRWL", SORT_CODE, ACCOUNT)

META = {
    "id": "school-meals-2025",
    "title": "School meals service 2025–2028",
    "buyer": COUNCIL,
    "department": "Children's Services",
    "category": "Catering and school meals",
    "supplier": CONTRACTOR,
    "supplier_id": "10457788",
    "value": {"amount": 7350000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 16),
    "starts": dt.date(2025, 9, 1),
    "ends": dt.date(2028, 8, 31),
    "reference": REFERENCE,
    "procedure": "open tender",
    "description": (
        "Hot lunches for the pupils of 41 primary schools, with special diets, free school "
        "meals and the kitchen staff."
    ),
    "kpis": ["Meals served on time: 99%", "Pupil satisfaction survey score: 80%"],
    "documents": [{"file": "contract.pdf", "title": "Signed contract (scanned copy)"}],
}

BLOCKS = [
    Title("SCHOOL MEALS SERVICE CONTRACT"),
    Subtitle(f"between {COUNCIL} and {CONTRACTOR}"),
    Para(f"Contract reference: {REFERENCE}", centred=True),
    Heading("Parties"),
    Clause("(1)", COUNCIL_PARTY),
    Clause(
        "(2)",
        "BRIGHTBOWL CATERING LTD, a company registered in England and Wales under "
        "company number 10457788, whose registered office is at 9 Orchard Row, Anyford, AY2 "
        "6QS (the “Contractor”).",
    ),
    Heading("1. Term and value"),
    Clause(
        "1.1",
        "This Contract runs from 1 September 2025 to 31 August 2028. Its total "
        "estimated value is £7,350,000 excluding VAT.",
    ),
    Heading("2. The Services"),
    Clause(
        "2.1",
        "The Contractor shall provide a hot two-course lunch on every school day in "
        "the 41 primary schools listed in the schedule, meeting the School Food Standards, "
        "and shall provide special diets for pupils with a medical need.",
    ),
    Clause(
        "2.2",
        "The Contractor shall employ the kitchen staff who transferred to it under the "
        "Transfer of Undertakings (Protection of Employment) Regulations 2006 on their "
        "existing terms.",
    ),
    Clause(
        "2.3",
        "The Council measures the share of meals served on time (target 99%) and the "
        "score of the annual pupil satisfaction survey (target 80%), and publishes both.",
    ),
    Heading("3. Price"),
    Clause(
        "3.1",
        "The Council shall pay £2.71 for each meal served to a pupil entitled to a "
        "free school meal and £2.58 for each other meal, and a fixed management fee of "
        "£4,950 a month. Prices rise each September by the Consumer Prices Index.",
    ),
    Clause("3.2", "Payments are made monthly in arrears to the Contractor's account:"),
    Table(
        ("Payment details", ""),
        (
            ("Account name", CONTRACTOR),
            ("Sort code", SORT_CODE),
            ("Account number", ACCOUNT),
            ("IBAN", grouped(IBAN)),
        ),
        (0.3, 0.7),
    ),
    Heading("4. Contacts"),
    Clause(
        "4.1",
        "The Contractor's operations manager for this Contract is Mrs Gwen Talbot "
        "(gwen.talbot@brightbowl.co.uk, 07700 900487). The Council's contract officer is "
        "Mr Owen Reyes, Children's Services.",
    ),
    Heading("5. Transparency"),
    Clause(
        "5.1",
        "The Council will publish this Contract under the Local Government "
        "Transparency Code 2015, withholding only what the Freedom of Information Act 2000 "
        "allows it to withhold.",
    ),
    Signatures(
        "Signed by the parties.",
        (
            Signatory(
                f"For {COUNCIL.upper()}:",
                (
                    ("Signature", "P. Marsh"),
                    ("Name", "Priya Marsh"),
                    ("Position", "Director of Children's Services"),
                    ("Date", "16 June 2025"),
                ),
            ),
            Signatory(
                f"For {CONTRACTOR.upper()}:",
                (
                    ("Signature", "T. Okafor"),
                    ("Name", "Tobias Okafor"),
                    ("Position", "Chief Executive"),
                    ("Date", "13 June 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="School meals service contract 2025–2028",
        subject=f"Contract {REFERENCE}",
        header=f"{COUNCIL} — School Meals Contract",
        footer=f"Contract reference {REFERENCE}",
        created=dt.datetime(2025, 6, 16, 9, 0),
        blocks=BLOCKS,
    ),
}

#: Every page of contract.pdf is a scan.
SCANNED_PAGES = {"contract.pdf": None}
