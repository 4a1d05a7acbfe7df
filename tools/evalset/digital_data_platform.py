"""Data platform licence, Office for Regional Statistics with Lattice Meridian (PDF + DOCX)."""

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

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "digital"
BUYER = "Office for Regional Statistics"
SUPPLIER = "Lattice Meridian Data Ltd"
REF = "ORS-CT-0931"
PRODUCT = "Meridian Lakehouse"
SORT, ACCOUNT = "16-52-08", "44018273"
IBAN = uk_iban("TMBK", SORT, ACCOUNT)

META = {
    "id": "digital-data-platform-ors-2026",
    "title": "Data platform licence and support for regional statistics production",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_340_000, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 3),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REF,
    "public_names": ["Gwendolyn Achebe-Ross", "Martin Illingworth"],
    "documents": [
        {"file": "licence.pdf", "title": "Licence and Support Agreement"},
        {"file": "price-schedule.docx", "title": "Schedule 2: Charges"},
    ],
}

LICENCE = [
    Title("LICENCE AND SUPPORT AGREEMENT"),
    Subtitle(f"{PRODUCT} data platform"),
    Para(f"Agreement number {U(REF)}", centred=True),
    Table(
        ("Contract particulars", ""),
        (
            ("Customer", f"{U(BUYER)}, {U('Tollgate Building, Severn Quay, Ashbury, AY2 7QR')}"),
            ("Licensor", f"{U(SUPPLIER)}, registered number {U('10675523')}"),
            (
                "Licensed Software",
                f"{U(PRODUCT)} {U('Release 11.2')} and later releases during "
                "the Term, with the Governance and Catalogue modules",
            ),
            ("Term", "three years from 2026-04-01"),
            (
                "Total value",
                f"{U('£2,340,000')} over the Term (annual value {U('£780,000')}), excluding VAT",
            ),
            ("Customer lead", f"{U('Martin Illingworth')}, {U('Head of Data Engineering')}"),
            ("Charges", "as set out in Schedule 2 (separate document)"),
        ),
        (0.3, 0.7),
    ),
    Heading("1. Interpretation"),
    Definition(
        "Authorised User",
        "means an employee or contractor of the Customer, or of "
        "another public body working with the Customer on official statistics, who is "
        "given a named log-in to the Licensed Software.",
    ),
    Definition(
        "Tenant",
        "means a logically separate instance of the Licensed Software in the "
        "Licensor's UK cloud service, identified by its tenant ID.",
    ),
    Definition(
        "User Band",
        "means the range of Authorised Users in Table 2A of Schedule 2 "
        "that applies at the start of each Contract Year.",
    ),
    Heading("2. Licence"),
    Clause(
        "2.1",
        "The Licensor grants the Customer a non-exclusive, non-transferable licence "
        "for the Term to use the Licensed Software for the production and publication of "
        "statistics, by Authorised Users up to the top of the current User Band.",
    ),
    Clause(
        "2.2",
        "The Customer may move up a User Band at any time by written notice; it may "
        "move down only at the start of a Contract Year.",
    ),
    Clause(
        "2.3",
        "Outputs, code and models created by the Customer in the Licensed Software "
        "belong to the Customer and may be published under the Open Government Licence.",
    ),
    Heading("3. Tenants and data location"),
    Clause(
        "3.1",
        "The Licensor shall maintain three Tenants for the Customer in UK South, "
        "each with its own encryption keys held in the Customer's key store:",
    ),
    Clause("(a)", f"production, tenant ID {S('7c3e91a2-58d4-4b0f-a61e-2f90d7b3c145')};", level=2),
    Clause(
        "(b)",
        f"pre-production, tenant ID {S('b4a0f6de-13c7-49e2-8d55-6e0c2a9f7b31')}; and",
        level=2,
    ),
    Clause(
        "(c)",
        f"research (secure research service access only), tenant ID "
        f"{S('e91d24c8-7f3a-4c6b-b208-55ad0e1f4c96')}.",
        level=2,
    ),
    Clause(
        "3.2",
        f"Customer data is ingested from the Customer's landing store "
        f"{S('orsdatalanding01.internal')} over private link only; the Licensor's support "
        f"connections originate from {S('198.51.100.96/28')}. The ingestion principal "
        f"{S('sp-ors-ingest-prod')} may not be used interactively.",
    ),
    Heading("4. Support"),
    Clause(
        "4.1",
        "Support is available 08:00 to 18:00 on Working Days, with a 24-hour on-call "
        "for Severity 1 incidents during statistical release weeks.",
    ),
    Clause(
        "4.2",
        f"The Licensor's named support engineers for the Customer are "
        f"{N('Oluwaseun Pargeter')} (lead, {N('o.pargeter@latticemeridian.example')}, "
        f"{N('07700 900277')}) and {N('Bryony Castellanos')} "
        f"({N('b.castellanos@latticemeridian.example')}). Out of hours the on-call engineer "
        f"is reached on {N('07700 900903')}.",
    ),
    Clause(
        "4.3",
        f"Mr {N('Anand Peverell')}, Customer Success Manager, attends the quarterly "
        "service review at Tollgate Building.",
    ),
    Heading("5. Liability, insurance and standing"),
    Clause(
        "5.1",
        f"Each party's total liability in each Contract Year is limited to "
        f"{U('£1,500,000')}; liability for data protection breaches is limited to "
        f"{U('£5,000,000')} in aggregate.",
    ),
    Clause(
        "5.2",
        f"The Licensor holds technology errors and omissions insurance with cover "
        f"of {U('not less than £5,000,000')} under policy number {I('TEO 5531 0926 14')}, "
        f"renewed each 1st July at an annual premium of {I('£38,420')}.",
    ),
    Clause(
        "5.3",
        f"The Licensor's most recent accounts show revenue of {F('£41.2 million')}, "
        f"an operating loss of {F('£2.3 million')} and cash of {F('£9.8 million')}. Because "
        "of the loss, its US parent has provided a guarantee of the Licensor's obligations "
        f"up to {F('£1,000,000')}.",
    ),
    Heading("6. Payment"),
    Clause(
        "6.1",
        f"Invoices are payable within 30 days into the Licensor's account at Tamar "
        f"Merchant Bank, sort code {B(SORT)}, account no. {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}.",
    ),
    Signatures(
        "Executed by the parties on the dates below.",
        (
            Signatory(
                f"Signed for the {BUYER}",
                (
                    ("Name", U("Professor Gwendolyn Achebe-Ross")),
                    ("Title", U("Director General, Regional Statistics")),
                    ("Date", "3rd March 2026"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Name", N("Conrad Vellacott")),
                    ("Title", "Vice President, Public Sector EMEA"),
                    ("Date", "2nd March 2026"),
                ),
            ),
        ),
    ),
]

USER_BANDS = (
    ("A", "1 – 150", P("£1,180"), P("£1,215"), P("£1,250")),
    ("B", "151 – 400", P("£960"), P("£990"), P("£1,020")),
    ("C", "401 – 800", P("£815"), P("£840"), P("£865")),
)

STORAGE = (
    ("Hot storage (first 50 TB included)", "per TB per month", P("£21.40")),
    ("Cold archive", "per TB per month", P("£4.85")),
    ("Compute, standard cluster", "per node-hour", P("£1.92")),
)

SCHEDULE = [
    Title("SCHEDULE 2 — CHARGES"),
    Para(
        f"to Licence and Support Agreement {U(REF)} between the {U(BUYER)} and {U(SUPPLIER)}",
        centred=True,
    ),
    Heading("Part A — Licence fees by User Band"),
    Para(
        "Table 2A. Annual licence fee per Authorised User (excluding VAT), payable annually "
        "in advance for the User Band in force on the first day of each Contract Year."
    ),
    Table(
        ("Band", "Authorised Users", "Year 1 per user", "Year 2 per user", "Year 3 per user"),
        USER_BANDS,
        (0.1, 0.24, 0.22, 0.22, 0.22),
        right=(2, 3, 4),
    ),
    Para(
        f"The Customer starts in Band B with 380 Authorised Users. The Governance and "
        f"Catalogue modules are included; the Secure Research add-on is charged at "
        f"{P('34,500 pounds')} a year."
    ),
    Heading("Part B — Consumption charges"),
    Table(
        (
            "Storage and compute used beyond the included allowance are charged monthly in "
            "arrears at the following rates",
            "Unit",
            "Rate (£)",
        ),
        STORAGE,
        (0.55, 0.25, 0.2),
        right=(2,),
    ),
    Para(
        f"Consumption charges in any Contract Year shall not exceed {P('£95,000')} without the "
        "Customer's prior written approval."
    ),
    Heading("Part C — Services and adjustments"),
    Table(
        ("Item", "Charge"),
        (
            ("Onboarding and migration of existing pipelines (fixed)", P("£64,750 (ex. VAT)")),
            ("Additional engineering day, Senior Data Engineer", P("£1,240 per day")),
            ("Additional engineering day, Platform Engineer", P("£985 per day")),
            ("Training, one day for up to 12 people", P("£ 2,100")),
        ),
        (0.7, 0.3),
        right=(1,),
    ),
    Clause(
        "C1",
        f"Indexation. The Year 2 and Year 3 fees already include indexation; no "
        f"further increase applies. Rates in Part B may rise by CPI on each anniversary "
        f"subject to a cap of {P('3.0 per cent')}.",
    ),
    Clause(
        "C2",
        f"Multi-year commitment discount. Because the Customer commits to the full "
        f"Term, the Licensor applies a discount of {P('11%')} to Table 2A, already "
        "reflected in the figures shown.",
    ),
    Clause(
        "C3",
        f"Service credits. If availability of the production Tenant falls below "
        f"{U('99.7%')} in a month, the Customer receives a credit of {P('4%')} of the "
        f"monthly equivalent licence fee for each 0.1% shortfall, capped at "
        f"{P('20%')}.",
    ),
]

DOCUMENTS = {
    "licence.pdf": DocumentSpec(
        title=f"Licence and Support Agreement: {PRODUCT}",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Licence and Support Agreement — OFFICIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 3, 3, 14, 0),
        blocks=LICENCE,
    ),
    "price-schedule.docx": DocumentSpec(
        title="Schedule 2: Charges",
        subject=f"Agreement {REF}, Schedule 2",
        header=f"{BUYER} — Schedule 2 (Charges) — OFFICIAL-SENSITIVE COMMERCIAL",
        footer=f"Agreement {REF} — Schedule 2",
        created=dt.datetime(2026, 3, 3, 14, 5),
        blocks=SCHEDULE,
    ),
}
