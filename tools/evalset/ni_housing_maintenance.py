"""Planned maintenance of homes, Mournevale Housing Association with Corran Building Services
Ltd: contract particulars (PDF) and the priced schedule of rates (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    Definition,
    DocumentSpec,
    Heading,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

from evalset.marks import B, F, I, N, P, S, U

TEMPLATE = "devolved"
BUYER = "Mournevale Housing Association"
SUPPLIER = "Corran Building Services Ltd"
REF = "MHA/PM/2026/04"

META = {
    "id": "ni-housing-planned-maintenance-2026",
    "title": "Planned maintenance programme 2026-2030 (kitchens, bathrooms and heating)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 6_750_000, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 9),
    "starts": dt.date(2026, 4, 6),
    "ends": dt.date(2030, 3, 31),
    "reference": REF,
    "public_names": ["Fionnuala McCartan", "Declan Rafferty"],
    "documents": [
        {"file": "contract.pdf", "title": "Form of agreement and contract particulars"},
        {"file": "schedule-of-rates.docx", "title": "Priced schedule of rates"},
    ],
}

PARTICULARS = (
    ("Contract No.", U(REF)),
    (
        "Employer",
        f"{U(BUYER)}, registered with the Department for Communities, "
        f"{U('Abbey Quay House, 12 Ferry Street, Mournevale, BV14 3LN')}",
    ),
    ("Contractor", f"{U(SUPPLIER)}, company number {U('NI638214')}"),
    ("Employer's Representative", f"{U('Declan Rafferty')}, {U('Asset Manager')}"),
    (
        "Works",
        "Planned replacement of kitchens, bathrooms and gas heating in about 1,100 "
        "occupied homes across the Mournevale and Glenavon estates",
    ),
    ("Contract Sum (estimated)", f"{U('£6,750,000')} over the Contract Period"),
    ("Contract Period", "6 April 2026 to 31 March 2030"),
    ("Law and jurisdiction", "The law of Northern Ireland; the courts of Northern Ireland"),
)

INSURANCES = (
    (
        "Employer's liability",
        U("£10,000,000 each occurrence"),
        "Lisnaree Insurance",
        I("LIS-EL-0098842"),
        "Nil",
    ),
    (
        "Public liability",
        U("£10,000,000 each occurrence"),
        "Lisnaree Insurance",
        I("LIS-PL-0098843"),
        I("£5,000"),
    ),
    (
        "Contract works",
        U("full reinstatement value"),
        "Bannside Underwriting",
        I("BU/CAR/26/30417"),
        I("£2,500"),
    ),
)

FINANCE = (
    (U("Turnover"), F("£18,640,000"), F("£16,925,000")),
    (U("Gross profit"), F("£2,871,000"), F("£2,508,000")),
    (U("Net assets"), F("£4,112,000"), F("£3,796,000")),
    (U("Current ratio"), F("1.46"), F("1.38")),
)

CONTRACT = [
    Title("FORM OF AGREEMENT AND CONTRACT PARTICULARS"),
    Subtitle("Planned Maintenance Programme 2026–2030"),
    Para(
        f"This Agreement is made on 9 February 2026 between {U(BUYER)} (the “Employer”) and "
        f"{U(SUPPLIER)} (the “Contractor”)."
    ),
    Heading("Part 1 — Contract Particulars"),
    Table(("Particular", "Entry"), PARTICULARS, (0.3, 0.7)),
    Heading("Part 2 — Agreement"),
    Clause(
        "1",
        "The Contractor shall carry out and complete the Works in each Works Order "
        "issued by the Employer's Representative, in accordance with the Conditions, the "
        "Specification and the Schedule of Rates.",
    ),
    Clause(
        "2",
        "The Employer shall pay the Contractor the sums due at the rates of the "
        "Schedule of Rates as adjusted by the Contractor's tendered percentage.",
    ),
    Clause(
        "2.1",
        f"Interim payments are made monthly. Retention of {P('3%')} is held on each "
        f"Works Order and halved at practical completion.",
        level=2,
    ),
    Clause(
        "2.2",
        f"Payments are made to the Contractor's account at Antrim & Down Bank, sort "
        f"code {B('98-21-64')}, account number {B('27640193')}.",
        level=2,
    ),
    Heading("Part 3 — Definitions"),
    Definition(
        "Works Order",
        "means an instruction for a batch of homes, with the address list and the programme dates.",
    ),
    Definition(
        "Tenant Liaison Officer",
        "means the Contractor's officer who arranges access "
        "with residents and deals with their concerns.",
    ),
    Heading("Part 4 — Social value and statutory requirements"),
    Clause(
        "4.1",
        "The Contractor shall meet the Buy Social requirements in the Specification, "
        "including 52 person-weeks of employment for the long-term unemployed in each "
        "Contract Year.",
    ),
    Clause(
        "4.2",
        "The Contractor shall comply with the Fair Employment and Treatment "
        "(Northern Ireland) Order 1998 and the Construction (Design and Management) "
        "Regulations (Northern Ireland) 2016.",
    ),
    Heading("Part 5 — Insurances"),
    Para(
        "The Contractor shall maintain the following insurances and produce evidence of "
        "renewal each year:"
    ),
    Table(
        ("Insurance", "Minimum cover", "Insurer", "Policy no.", "Excess"),
        INSURANCES,
        (0.18, 0.24, 0.2, 0.22, 0.16),
    ),
    Heading("Part 6 — Financial standing and security"),
    Para("At tender the Contractor declared the following from its audited accounts:"),
    Table(
        ("Item", "Year to 31/12/2024", "Year to 31/12/2023"), FINANCE, (0.4, 0.3, 0.3), right=(1, 2)
    ),
    Clause(
        "6.1",
        f"The Contractor's credit reference score at tender was {F('82')} out of "
        f"100 and it holds an overdraft facility of {F('£750,000')}.",
    ),
    Clause(
        "6.2",
        f"The Contractor shall provide a performance bond of {F('£675,000')} "
        f"and a guarantee from its parent company, Corran Holdings Ltd.",
    ),
    Heading("Part 7 — Contacts and access"),
    Clause(
        "7.1",
        f"The Contractor's Contract Manager is {N('Ciaran Moorhead')} "
        f"({N('c.moorhead@corranbuild.example')}, {N('07700 900725')}); its Tenant "
        f"Liaison Officer is {N('Orla Gallagher')} ({N('07700 900193')}).",
    ),
    Clause(
        "7.2",
        f"Keys to void homes are held in the Glenavon estate office key safe, code "
        f"{S('2864')}, and works orders are downloaded from the Employer's asset portal "
        f"under the account {S('corran.pm01')}.",
    ),
    Clause(
        "7.3",
        f"Residents' enquiries go to the Employer's customer services on {U('01632 960715')}.",
    ),
    Signatures(
        "Signed for and on behalf of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("F. McCartan")),
                    ("Name", U("Fionnuala McCartan")),
                    ("Position", U("Chief Executive")),
                    ("Date", "9 February 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("P. Devlin")),
                    ("Name", N("Patrick Devlin")),
                    ("Position", "Managing Director"),
                    ("Date", "5 February 2026"),
                ),
            ),
        ),
    ),
]

RATES = (
    ("K01", "Strip out and dispose of existing kitchen", "No.", P("312.40")),
    ("K02", "Supply and fit kitchen, standard range, up to 4.2 m of units", "No.", P("3,865.00")),
    ("K03", "Extra over K02 for each additional 600 mm base unit", "No.", P("214.75")),
    ("B01", "Supply and fit bathroom suite with level-access shower", "No.", P("4,420.00")),
    ("B02", "Wall tiling, ceramic, to bathroom", "m²", P("58.90")),
    ("H01", "Replace gas combination boiler, 30 kW, including flue", "No.", P("2,186.00")),
    ("H02", "Replace radiator, double panel, up to 1200 mm", "No.", P("246.30")),
    ("E01", "Electrical test and certificate (EICR)", "No.", P("142.00")),
)

SCHEDULE = [
    Title("SCHEDULE OF RATES"),
    Subtitle(f"Contract No. {REF} — priced by {SUPPLIER}"),
    Para(
        "The rates are fully inclusive of labour, plant, materials, waste disposal and "
        "overheads, and are adjusted by the Contractor's tendered percentage below."
    ),
    Table(("Item", "Description", "Unit", "Rate (£)"), RATES, (0.1, 0.6, 0.1, 0.2), right=(3,)),
    Heading("Tendered percentage adjustments"),
    Table(
        ("Section", "Adjustment to rates"),
        (
            ("Kitchens (K items)", P("minus 4.50%")),
            ("Bathrooms (B items)", P("minus 3.25%")),
            ("Heating and electrical (H and E items)", P("plus 1.75%")),
        ),
        (0.6, 0.4),
    ),
    Heading("Dayworks and preliminaries"),
    Clause(
        "1",
        f"Dayworks are valued at the prime cost of labour plus {P('22%')} and of "
        f"materials plus {P('12.5%')} for overheads and profit.",
    ),
    Clause(
        "2",
        f"Preliminaries are a fixed {P('£1,940')} per Works Order, and the "
        f"resident decant allowance is {P('£95.00')} per night.",
    ),
    Clause(
        "3",
        "Rates are fixed until 31 March 2027 and then adjusted each April by the "
        "BCIS all-in tender price index for Northern Ireland.",
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Planned maintenance programme — form of agreement",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Planned Maintenance Programme — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 2, 9, 12, 0),
        blocks=CONTRACT,
    ),
    "schedule-of-rates.docx": DocumentSpec(
        title="Planned maintenance programme — schedule of rates",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Schedule of Rates — COMMERCIAL",
        footer=f"Contract {REF} — Schedule of Rates",
        created=dt.datetime(2026, 2, 9, 12, 0),
        blocks=SCHEDULE,
    ),
}
