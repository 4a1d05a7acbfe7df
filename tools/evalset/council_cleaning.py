"""Office cleaning on Kelsborough Borough Council's own services contract (DOCX and PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    Definition,
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

from evalset.marks import B, F, I, N, P, S, U

TEMPLATE = "council"
BUYER = "Kelsborough Borough Council"
SUPPLIER = "Brightwell Facility Cleaning Ltd"
REF = "KBC/FM/2025/031"
SORT, ACCOUNT = "40-61-17", "29074453"

META = {
    "id": "council-office-cleaning-2025",
    "title": "Office cleaning services for corporate buildings 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 559_260, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 20),
    "starts": dt.date(2025, 8, 1),
    "ends": dt.date(2028, 7, 31),
    "reference": REF,
    "public_names": ["Simon Ashdown", "Rachel Nwosu"],
    "documents": [
        {"file": "contract.docx", "title": "Services contract"},
        {"file": "pricing-schedule.pdf", "title": "Schedule 2: pricing schedule"},
    ],
}

CONTRACT_DATA = (
    ("Contract reference", U(REF)),
    ("The Council", f"{U(BUYER)}, {U('Town Hall, Market Square, Kelsborough, KZ1 1TH')}"),
    (
        "The Contractor",
        f"{U(SUPPLIER)}, a company registered in England under number "
        f"{U('08839102')}, of 3 Weaver Court, Tenter Road, Kelsborough, KZ4 6LN",
    ),
    ("Services", "Daily office cleaning, periodic cleaning and washroom services at the Sites"),
    ("Commencement Date", "1 August 2025"),
    ("Initial Term", "Three years, with an option for the Council to extend by up to 24 months"),
    ("Contract Price", f"{U('£186,420')} a year; {U('£559,260')} over the Initial Term"),
    ("Authorised Officer", f"{U('Simon Ashdown')}, {U('Corporate Facilities Manager')}"),
    (
        "Contractor's Representative",
        f"{N('Mrs Lesley Carbery')}, Area Operations Manager, {N('07700 900317')}",
    ),
)

TUPE = (
    (N("D.M."), "Town Hall", N("02/11/2009"), N("19/04/1968"), N("£12.60"), N("LGPS")),
    (N("A.R.P."), "Civic Centre Annexe", N("15/03/2017"), N("08/12/1990"), N("£12.21"),
     N("NEST")),
)  # fmt: skip

KEYS = (
    ("Town Hall", N("Peter Haigh"), N("07700 900842"), S("4471"), S("2209")),
    ("Civic Centre Annexe", N("Marion Sketchley"), N("07700 900195"), S("1836"), "none"),
)  # fmt: skip

CONTRACT = [
    Title("CONTRACT FOR THE PROVISION OF SERVICES"),
    Subtitle("Office Cleaning — Corporate Buildings"),
    Para(
        "Kelsborough Borough Council Standard Terms for Services (Version 4.2, 2024) "
        "incorporating the Special Conditions and Schedules below",
        centred=True,
    ),
    Heading("Part A — Form of Agreement and Contract Particulars"),
    Para(
        "THIS CONTRACT is made on 20 June 2025 between the Council and the Contractor named "
        "below. The Contractor shall provide the Services at the Sites in accordance with the "
        "Specification, and the Council shall pay the Contract Price, on the Conditions."
    ),
    Table(("Particular", "Entry"), CONTRACT_DATA, (0.32, 0.68)),
    Heading("Part B — Conditions of Contract"),
    Heading("1. Definitions", level=2),
    Definition(
        "Monthly Charge",
        "means the charge for each Site set out in Schedule 2, payable monthly in arrears.",
    ),
    Definition(
        "Sites", "means the Council buildings listed in Schedule 2, as varied under Condition 9."
    ),
    Definition(
        "Quality Audit",
        "means the joint monthly inspection scored under Schedule 4 (Performance Standards).",
    ),
    Definition(
        "Transferring Employees",
        "means the employees listed in Schedule 3 whose "
        "employment transfers to the Contractor under the Transfer of Undertakings "
        "(Protection of Employment) Regulations 2006.",
    ),
    Heading("4. Payment", level=2),
    Clause(
        "4.1",
        "The Contractor shall invoice each Monthly Charge after the end of the month "
        "to which it relates, quoting the Contract reference and the Council's purchase "
        "order number.",
    ),
    Clause(
        "4.2",
        f"The Council shall pay undisputed invoices within 30 days by BACS to the "
        f"Contractor's account with Northern Ridings Bank plc: sort code {B(SORT)}, account "
        f"{B(ACCOUNT)}, account name Brightwell Facility Cleaning Ltd.",
    ),
    Clause(
        "4.3",
        "The Contract Price is fixed until 31 July 2026. Thereafter it may be "
        "reviewed annually on 1 August under Condition 4.3.1.",
        level=1,
    ),
    Clause(
        "4.3.1",
        f"Any increase shall not exceed the lower of the annual change in the "
        f"Real Living Wage and {P('4.5%')}, applied to the labour element only, which the "
        f"parties agree is {P('81%')} of each Monthly Charge.",
        level=2,
    ),
    Heading("5. Performance and service credits", level=2),
    Clause(
        "5.1",
        f"Where a Site scores below {U('85%')} in a Quality Audit, the Council may "
        f"deduct a service credit of {P('5%')} of that Site's Monthly Charge, rising to "
        f"{P('10%')} for a second consecutive failure.",
    ),
    Clause(
        "5.2",
        "Three consecutive failures at any Site are a material breach for the "
        "purposes of Condition 14 (Termination).",
    ),
    Heading("7. Security of the Sites", level=2),
    Clause(
        "7.1",
        "The Contractor is a key holder for the Sites listed below and shall keep "
        "the codes confidential, disclosing them only to vetted staff who need them. Codes "
        "shall be changed by the Council whenever a cleaner leaves the Contractor's "
        "employment.",
    ),
    Table(
        ("Site", "Council key holder", "Mobile", "Alarm code", "Key safe"),
        KEYS,
        (0.27, 0.22, 0.21, 0.15, 0.15),
    ),
    Clause(
        "7.2",
        f"Cleaners sign in on the visitor terminal at the Town Hall using the shared "
        f"account {S('clean_th_night')}; the Wi-Fi network for cleaning staff tablets is "
        f"KBC-Guest, key {S('MarketSq-2025-wash')}.",
    ),
    Heading("10. Insurance", level=2),
    Clause(
        "10.1",
        f"The Contractor shall maintain employer's liability insurance of not less "
        f"than {U('£10,000,000')} and public liability insurance of not less than "
        f"{U('£5,000,000')} for each claim.",
    ),
    Clause(
        "10.2",
        f"Evidence provided at award: employer's liability policy "
        f"{I('EL/BWC/4408317')} and public liability policy {I('PL-771-20930-B')} with "
        f"Thornbury Underwriting, excess {I('£500')} each and every claim.",
    ),
    Heading("11. Financial standing", level=2),
    Clause(
        "11.1",
        f"The Contractor's accounts for 2024 show turnover of {F('£7.9 million')} "
        f"and a pre-tax profit of {F('£284,000')}. Its parent, Brightwell Holdings Limited, "
        f"has given a guarantee of the Contractor's obligations capped at "
        f"{F('£150,000')}.",
    ),
    Heading("12. Liability", level=2),
    Clause(
        "12.1",
        f"Each party's aggregate liability in each Contract Year is limited to "
        f"{U('£500,000')}, except for liability which cannot be limited by law.",
    ),
    PageBreak(),
    Heading("Schedule 3 — Transferring Employees (TUPE)"),
    Para(
        "Employee liability information supplied by the Council under regulation 11 of "
        "TUPE. Personal data: to be held by the Contractor's HR team only."
    ),
    Table(
        (
            "Initials",
            "Site",
            "Continuous service from",
            "Date of birth",
            "Hourly rate",
            "Pension",
        ),
        TUPE,
        (0.12, 0.24, 0.18, 0.16, 0.14, 0.16),
    ),
    Para(
        "All Transferring Employees are employed on the Council's green book terms and "
        "receive the Council's sick pay scheme."
    ),
    Signatures(
        "Signed on behalf of the parties:",
        (
            Signatory(
                f"For and on behalf of {BUYER}",
                (
                    ("Signature", U("R. Nwosu")),
                    ("Name", U("Rachel Nwosu")),
                    ("Position", "Assistant Director, Property and Assets"),
                    ("Date", "20 June 2025"),
                ),
            ),
            Signatory(
                f"For and on behalf of {SUPPLIER}",
                (
                    ("Signature", N("G. Whitlow")),
                    ("Name", N("Gareth Whitlow")),
                    ("Position", "Director"),
                    ("Date", "18 June 2025"),
                ),
            ),
        ),
    ),
]

SITES = (
    ("1", "Town Hall, Market Square", "95", P("5,412.00")),
    ("2", "Civic Centre Annexe, Chapel Street", "56", P("3,187.50")),
    ("3", "Northgate Depot offices", "22", P("1,264.00")),
    ("4", "Priory Library", "19", P("1,106.25")),
    ("5", "Westfield Community Hub", "16", P("948.00")),
    ("6", "Register Office, 4 Abbey Walk", "12", P("702.75")),
)

PERIODIC = (
    ("P1", "External and internal window cleaning, all Sites", "Quarterly", "4", P("3,118.50")),
    ("P2", "Carpet deep clean (hot water extraction)", "Six-monthly", "2", P("6,750.00")),
    ("P3", "Washroom consumables and sanitary bins, all Sites", "Annual", "1", P("9,000.00")),
)  # fmt: skip

RATES = (
    ("Additional cleaning hours (cleaner)", "per hour", P("19.85")),
    ("Additional supervision", "per hour", P("23.40")),
    ("Emergency attendance within 2 hours (e.g. flood, spillage)", "per call-out", P("145.00")),
)

PRICING = [
    Title("SCHEDULE 2 — PRICING SCHEDULE"),
    Para(
        f"Contract {U(REF)}: Office Cleaning — Corporate Buildings. Prices exclude VAT and "
        "are fixed until 31 July 2026 (Condition 4.3).",
        centred=True,
    ),
    Heading("Part 1 — Daily cleaning: price per Site"),
    Table(
        ("Site no.", "Site", "Cleaning hours/week", "Monthly charge (£)"),
        SITES,
        (0.12, 0.48, 0.18, 0.22),
        right=(2, 3),
    ),
    Heading("Part 2 — Periodic cleaning"),
    Table(
        ("Item", "Description", "Frequency", "Visits a year", "Price per visit (£)"),
        PERIODIC,
        (0.08, 0.46, 0.16, 0.12, 0.18),
        right=(3, 4),
    ),
    Heading("Part 3 — Summary"),
    Table(
        ("", "£ per annum"),
        (
            ("Part 1 — Daily cleaning (12 Monthly Charges for each Site)", "see Part 1"),
            ("Part 2 — Periodic cleaning (visits a year x price per visit)", "see Part 2"),
            ("Contract Price (per annum)", U("186,420.00")),
        ),
        (0.7, 0.3),
        right=(1,),
        bold_last_row=True,
    ),
    Para(f"Contract Price over the three-year Initial Term: {U('£559,260.00')}."),
    Heading("Part 4 — Schedule of rates for instructed additional work"),
    Table(("Description", "Unit", "Rate (ex VAT)"), RATES, (0.6, 0.2, 0.2), right=(2,)),
    Para(
        f"Overheads and profit included in the rates above: {P('14%')}. Materials supplied "
        f"for additional work at cost plus {P('8%')}."
    ),
    Para(
        "Rates for instructed additional work are subject to the same annual review as the "
        "Monthly Charges."
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Office cleaning services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Services contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 20, 14, 0),
        blocks=CONTRACT,
    ),
    "pricing-schedule.pdf": DocumentSpec(
        title="Schedule 2 pricing schedule",
        subject=f"Contract {REF} — pricing",
        header=f"{BUYER} — Office cleaning — Schedule 2 — COMMERCIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 20, 14, 5),
        blocks=PRICING,
    ),
}
