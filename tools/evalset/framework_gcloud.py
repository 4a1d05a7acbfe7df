"""Cloud software call-off, Fenmarsh Borough Council with Quillstone Cloud Ltd (DOCX)."""

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

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "framework"
BUYER = "Fenmarsh Borough Council"
SUPPLIER = "Quillstone Cloud Ltd"
REF = "FBC-ICT-CO-2026-011"
FRAMEWORK = "Digital Cloud Marketplace 4 (DCM4), Lot 2 Cloud Software"
SORT, ACCOUNT = "23-81-06", "60094417"
IBAN = uk_iban("KESB", SORT, ACCOUNT)

META = {
    "id": "framework-gcloud-revenues-2026",
    "title": "Revenues and benefits cloud software call-off",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 842_600, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 9),
    "starts": dt.date(2026, 3, 1),
    "ends": dt.date(2028, 2, 29),
    "reference": REF,
    "public_names": ["Beatrix Holloway", "Daniel Ashworth-Kaye"],
    "documents": [{"file": "order-form.docx", "title": "Call-Off Order Form"}],
}

CHARGES = (
    ("RB-CORE", "Revenues & Benefits Suite licence (Council Tax, NNDR, HB)", "per annum",
     "1", P("£214,000"), P("£214,000")),
    ("RB-PORT", "Citizen self-service portal", "per user account p.a.", "48,000",
     P("£0.62"), P("£29,760")),
    ("RB-DOC", "Document management add-on", "per named user p.a.", "85", P("£96.00"),
     P("£8,160")),
    ("RB-HOST", "UK-sovereign hosting and backup", "per annum", "1", P("£61,500"),
     P("£61,500")),
)  # fmt: skip

RATE_CARD = (
    ("Solution architect (SFIA level 6)", P("£1,050")),
    ("Implementation consultant (SFIA level 5)", P("£845")),
    ("Data migration analyst (SFIA level 4)", P("£690")),
    ("Trainer (SFIA level 3)", P("£520")),
)

BLOCKS = [
    Title("CALL-OFF ORDER FORM"),
    Subtitle(FRAMEWORK),
    Para(f"Call-Off Contract reference: {U(REF)}", centred=True),
    Heading("Part A: Order Form"),
    Para(
        "This Order Form is issued under the Framework Agreement named below. The Buyer and "
        "the Supplier agree that the Call-Off Terms of that Framework Agreement, as published "
        "at the date of this Order Form, are incorporated into this Call-Off Contract by "
        "reference, together with the Supplier's Service Definition document."
    ),
    Table(
        ("Section", "Details"),
        (
            ("Framework", f"{U(FRAMEWORK)}, framework reference {U('DCM4-FW-0031')}"),
            ("Buyer", f"{U(BUYER)}, {U('Town Hall, Marsh Road, Fenmarsh, FX1 1HR')}"),
            ("Buyer contact", f"{U('Daniel Ashworth-Kaye')}, {U('Revenues and Benefits Manager')}"),
            (
                "Supplier",
                f"{U(SUPPLIER)}, company number {U('12044876')}, "
                "Unit 9 Beacon Park, Stafford, SQ16 0TR",
            ),
            (
                "Supplier contact",
                f"{N('Isla Rennard')}, Account Director, "
                f"{N('isla.rennard@quillstone.example')}, {N('07700 900731')}",
            ),
            (
                "Service",
                f"{U('Quillstone RevBen Cloud')} {U('Release 24.2')} (service ID "
                f"{U('5527 1940 8831 206')})",
            ),
            ("Call-Off Start Date", "1 March 2026"),
            ("Call-Off Expiry Date", "29 February 2028"),
            ("Extension", "One period of up to 12 months by written notice"),
            ("Call-Off Contract value", f"{U('£842,600')} excluding VAT over the initial term"),
            ("Buyer's liability cap", f"{U('125%')} of the Charges paid in the year of the claim"),
        ),
        (0.3, 0.7),
    ),
    Heading("Part B: Charges and payment"),
    Para("B1. Annual subscription Charges (Year 1; excluding VAT)"),
    Table(
        ("Code", "Item", "Unit", "Qty", "Unit price", "Total (£)"),
        CHARGES,
        (0.11, 0.36, 0.17, 0.1, 0.13, 0.13),
        right=(3, 4, 5),
    ),
    Para(
        f"B2. In Year 2 the subscription Charges above are fixed save that the licence line "
        f"RB-CORE reduces by a loyalty discount of {P('4%')}. One-off implementation is "
        f"charged as a fixed price of {P('£96,400')}, paid {P('40%')} on contract signature and "
        "the balance on go-live."
    ),
    Para(
        "B3. Additional professional services from the Supplier's rate card (per day of 7.5 hours):"
    ),
    Table(("Role", "Day rate (ex VAT)"), RATE_CARD, (0.7, 0.3), right=(1,)),
    Para(
        "B4. Invoicing: annually in advance for subscriptions and monthly in arrears for "
        f"professional services, to {U('accounts.payable@fenmarsh.gov.uk')}. Payment within 30 "
        "days by BACS."
    ),
    Table(
        ("Supplier bank details", ""),
        (
            ("Bank", "Kestrel Bank plc, Stafford branch"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
        ),
        (0.4, 0.6),
    ),
    Heading("Part C: Buyer's requirements"),
    Definition(
        "Buyer Data",
        "means all council tax, business rates and benefit claimant records the Buyer or its "
        "residents load into the Service.",
    ),
    Definition(
        "Service Availability",
        f"means the percentage of each month the Service is available, which shall be not less "
        f"than {U('99.5%')}.",
    ),
    Clause(
        "C1.1",
        f"If Service Availability falls below the target, the Supplier shall credit "
        f"{P('5%')} of the monthly subscription for each full 0.5% shortfall, up to "
        f"{P('25%')} of the monthly subscription.",
    ),
    Clause(
        "C2.1",
        "The Buyer's tenancy is provisioned in the Supplier's UK South region. Buyer users sign "
        f"in through the Buyer's identity provider, tenant {S('fbc-idp.fenmarsh.internal')}, "
        f"and the Service accepts administrator sessions only from {S('192.0.2.160/28')}.",
    ),
    Clause(
        "C2.2",
        f"The nightly DWP and VOA interface files are collected by the integration account "
        f"{S('svc-fbc-revben-int')} from the Buyer's file server {S('FBCFS07')}. The initial "
        f"API key issued for the pilot, {S('qsc_live_7Hd2Kp9WmQ4z')}, shall be revoked at "
        "go-live.",
    ),
    Clause(
        "C2.3",
        "The Supplier shall hold Cyber Essentials Plus and ISO/IEC 27001:2022 certification and "
        "keep the Buyer Data in the United Kingdom.",
    ),
    Heading("Part D: Insurance and financial standing"),
    Clause(
        "D1.1",
        f"The Supplier holds professional indemnity insurance of at least {U('£1,000,000')} and "
        f"public liability insurance of at least {U('£5,000,000')}. Policy numbers: PI "
        f"{I('QCL-PI-771093/26')}, public liability {I('0490/PL/88172')}.",
    ),
    Clause(
        "D1.2",
        f"The Supplier's turnover for the year ended 30 June 2025 was {F('£7.8 million')} with "
        f"net current assets of {F('£1.12 million')}; Quillstone Holdings Limited guarantees "
        f"the Supplier's obligations up to {F('£500,000')}.",
    ),
    Heading("Part E: Supplier's implementation approach — Commercial in Confidence"),
    Para(
        C(
            "Quillstone will stand up the Buyer's tenancy in week one and load two trial "
            "extracts of council tax and benefits data before Christmas, so that annual billing "
            "for 2026/27 runs from the new Service while the legacy system is read-only."
        )
    ),
    Para(
        C(
            "Our data migration analyst will sit with the Buyer's revenues team for three days a "
            "week during cut-over and we will absorb the cost of any third trial load needed."
        )
    ),
    Signatures(
        "Signed on behalf of the Buyer and the Supplier. This Order Form is not binding until "
        "signed by both Parties.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("B. Holloway")),
                    ("Name", U("Beatrix Holloway")),
                    ("Title", U("Director of Finance and Section 151 Officer")),
                    ("Date", "9 February 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("T. Okonjo")),
                    ("Name", N("Tobias Okonjo")),
                    ("Title", "Chief Executive"),
                    ("Date", "6 February 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "order-form.docx": DocumentSpec(
        title="Call-Off Order Form: revenues and benefits cloud software",
        subject=f"Call-Off Contract {REF}",
        header=f"{BUYER} — Call-Off Order Form — OFFICIAL",
        footer=f"Call-Off {REF}",
        created=dt.datetime(2026, 2, 9, 15, 0),
        blocks=BLOCKS,
    ),
}
