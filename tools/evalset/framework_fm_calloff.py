"""Total FM call-off, Police and Crime Commissioner for Ravensmoor with Ashgrove (PDF + DOCX)."""

from __future__ import annotations

import datetime as dt

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

from evalset.marks import B, C, F, I, N, P, S, U

TEMPLATE = "framework"
BUYER = "Police and Crime Commissioner for Ravensmoor"
SUPPLIER = "Ashgrove Integrated Facilities Limited"
REF = "PCCR/EST/CO/2025/06"
FRAMEWORK = "Estates Management Services 2 (EMS2) Framework, Lot 1a Total Facilities Management"

META = {
    "id": "framework-fm-police-estate-2025",
    "title": "Total facilities management, police estate (north and east divisions)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 7_315_000, "currency": "GBP"},
    "awarded": dt.date(2025, 7, 22),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2030, 9, 30),
    "reference": REF,
    "public_names": ["Aileen Drummond", "Marcus Pellew"],
    "documents": [
        {"file": "order-form.pdf", "title": "Call-Off Order Form and Call-Off Schedules"},
        {"file": "price-matrix.docx", "title": "Call-Off Schedule 5 Annex 1: Price Matrix"},
    ],
}

TUPE = (
    (N("Mrs Gail Prentice"), "Cleaning Supervisor", "Northgate Police Station", N("£24,730"),
     N("37.5"), N("LGPS")),
    (N("Kwame Asante"), "Multi-skilled Engineer", "Divisional HQ, Eastbrook", N("£34,110"),
     N("40"), N("Company scheme")),
    (N("Bronwen Tully"), "Cleaning Operative", "Eastbrook Custody Suite", N("£12.45 per hour"),
     N("20"), N("LGPS")),
)  # fmt: skip

SERVICE_CREDITS = (
    ("SL1", "Emergency reactive attendance within 1 hour (custody suites)", U("100%"),
     P("£750 per failure")),
    ("SL2", "Statutory PPM completed in the month scheduled", U("98%"), P("3% of monthly charge")),
    ("SL3", "Cleaning audit score", U("90%"), P("£1,200 per site per month")),
)  # fmt: skip

ORDER_FORM = [
    Title("CALL-OFF ORDER FORM"),
    Subtitle(FRAMEWORK),
    Para(f"Call-Off Reference: {U(REF)}", centred=True),
    Heading("1. Call-Off details"),
    Table(
        ("Order Form field", "Entry"),
        (
            ("Framework Agreement", f"{U(FRAMEWORK)} ({U('RM-EMS2-0107')})"),
            (
                "Buyer",
                f"The {U(BUYER)}, {U('Force Headquarters, Castle Wynd, Ravensmoor, RV8 3PB')}",
            ),
            ("Supplier", f"{U(SUPPLIER)} (company number {U('04883210')})"),
            ("Call-Off Start Date", "1 October 2025"),
            ("Call-Off Initial Period", "5 years; optional extension of up to 2 years"),
            (
                "Call-Off Contract Value",
                f"{U('£7,315,000')} (excluding VAT) for the Initial Period",
            ),
            ("Annual Contract Value", f"{U('£1,463,000')}"),
            (
                "Sites",
                f"{U('Northgate Police Station')}; Divisional HQ, Eastbrook; "
                f"Eastbrook Custody Suite; {U('Ravensmoor Firearms Range')}",
            ),
            ("Buyer's Authorised Representative", f"{U('Marcus Pellew')}, {U('Head of Estates')}"),
            ("Supplier's Authorised Representative", f"{N('Declan Farrow')}, Contract Manager"),
            ("Buyer general enquiries", U("0161 496 0500")),
        ),
        (0.35, 0.65),
    ),
    Heading("2. Call-Off Incorporated Terms"),
    Clause(
        "2.1",
        "The following documents are incorporated into this Call-Off Contract, in this order "
        "of precedence: (a) the Framework Special Terms; (b) this Order Form; (c) the Core "
        "Terms (version 3.0.11); (d) Call-Off Schedules 1 (Transparency Reports), 2 (Staff "
        "Transfer), 5 (Pricing Details), 9 (Security), 14 (Service Levels) and 20 (Call-Off "
        "Specification); (e) the Supplier's Call-Off Tender, save where it conflicts with any "
        "of the above.",
    ),
    Clause(
        "2.2",
        f"Each Party's total liability for all Losses under this Call-Off Contract in each "
        f"Contract Year is limited to {U('£2,000,000')}, or 150% of the Charges paid in that "
        "year if greater.",
    ),
    Heading("3. Call-Off Schedule 5 (Pricing Details)"),
    Clause(
        "3.1",
        "The Charges are set out in the Price Matrix at Annex 1, which is a separate document "
        "forming part of this Call-Off Contract. The fixed monthly charge is paid monthly in "
        "arrears; reactive works are priced using the schedule of rates.",
    ),
    Clause(
        "3.2",
        f"Materials for reactive works are charged at net cost plus a mark-up of {P('8%')}. "
        f"Subcontracted works above £5,000 carry overheads and profit of {P('6.25%')}.",
    ),
    Clause(
        "3.3",
        f"The Parties share equally any saving in utility consumption at the Sites against the "
        f"2024/25 baseline, the Supplier's share being capped at {P('£40,000')} a year.",
    ),
    Clause(
        "3.4",
        "Payment is made within 30 days of a valid invoice to the account held by the Supplier "
        f"with Pennine Commercial Bank, sort code {B('30-96-54')}, account {B('17728390')}.",
    ),
    Heading("4. Call-Off Schedule 14 (Service Levels)"),
    Table(
        ("Service Level", "Description", "Target", "Service Credit"),
        SERVICE_CREDITS,
        (0.12, 0.5, 0.12, 0.26),
        right=(2,),
    ),
    Heading("5. Call-Off Schedule 2 (Staff Transfer)"),
    Para(
        "Staffing information supplied by the outgoing contractor for employees assigned to the "
        "Sites who transfer on the Call-Off Start Date:"
    ),
    Table(
        ("Employee", "Role", "Site", "Pay", "Hours/wk", "Pension"),
        TUPE,
        (0.2, 0.18, 0.22, 0.14, 0.1, 0.16),
        right=(3, 4),
    ),
    Heading("6. Call-Off Schedule 9 (Security)"),
    Clause(
        "6.1",
        "All Supplier staff working at the Sites shall hold Non-Police Personnel Vetting level 2 "
        "before being given unescorted access.",
    ),
    Clause(
        "6.2",
        f"Out-of-hours engineers collect keys from the key safe at the Northgate vehicle gate "
        f"(code {S('8402')}) and unset the intruder alarm with the engineer code {S('71963')}.",
    ),
    Clause(
        "6.3",
        f"The building management system at Divisional HQ is reached only over the "
        f"Supplier's site-to-site tunnel to {S('10.122.8.14')} ({S('rvm-bms-ctl01')}); "
        f"the Supplier's remote user is {S('ashgrove_bms_ro')}.",
    ),
    Heading("7. Insurance and security for performance"),
    Clause(
        "7.1",
        f"The Supplier shall hold employer's liability insurance of not less than "
        f"{U('£10,000,000')} and public liability insurance of not less than "
        f"{U('£10,000,000')}. Certificate numbers: EL {I('EL 7781 2204 9')}, PL "
        f"{I('GHP-40019382-PL')}.",
    ),
    Clause(
        "7.2",
        f"The Supplier shall deliver a performance bond of {F('£365,750')} and a guarantee from "
        "its parent, Ashgrove Group plc, in the form set out in the Framework Agreement.",
    ),
    Heading("8. Call-Off Tender extract — Commercial in Confidence"),
    Para(
        C(
            "Ashgrove will deliver the custody suite cleaning as a dedicated day and night team "
            "rather than a mobile crew, with biohazard response kits held at each custody suite "
            "and a 45-minute response commitment around the clock."
        )
    ),
    Para(
        C(
            "Planned maintenance will be self-delivered by a resident engineer team of four, "
            "scheduled in our CAFM system against the SFG20 task library, with specialist "
            "fire and lift work let to two named local subcontractors under back-to-back terms."
        )
    ),
    Signatures(
        "Signed for and on behalf of the Buyer and the Supplier:",
        (
            Signatory(
                f"The {BUYER}",
                (
                    ("Signature", U("A. Drummond")),
                    ("Name", U("Aileen Drummond")),
                    ("Role", U("Chief Finance Officer")),
                    ("Date", "22 July 2025"),
                ),
            ),
            Signatory(
                SUPPLIER,
                (
                    ("Signature", N("P. Kavanagh")),
                    ("Name", N("Philippa Kavanagh")),
                    ("Role", "Regional Director"),
                    ("Date", "18 July 2025"),
                ),
            ),
        ),
    ),
]

FIXED = (
    ("Hard FM: planned preventative maintenance", "4 Sites", P("£41,860"), P("£502,320")),
    ("Soft FM: cleaning (day and night)", "11,420 m²", P("£38,190"), P("£458,280")),
    ("Helpdesk and CAFM", "24/7", P("£6,240"), P("£74,880")),
)

SCHEDULE_OF_RATES = (
    ("R01", "Multi-skilled engineer, normal hours", "hour", P("48.50")),
    ("R02", "Multi-skilled engineer, out of hours", "hour", P("72.75")),
    ("R03", "Emergency call-out (first hour inclusive)", "attendance", P("165.00")),
    ("R04", "Biohazard clean-up", "per incident", P("210.00")),
)

PRICE_MATRIX = [
    Title("CALL-OFF SCHEDULE 5, ANNEX 1: PRICE MATRIX"),
    Para(f"Call-Off Reference {U(REF)} — {U(SUPPLIER)}", centred=True),
    Heading("Table 1: Fixed Charges (Contract Year 1, excluding VAT)"),
    Table(
        ("Service line", "Scope", "Monthly charge (£)", "Annual charge (£)"),
        FIXED,
        (0.4, 0.16, 0.22, 0.22),
        right=(2, 3),
    ),
    Para(
        f"Total annual Fixed Charges: {P('£1,035,480')}. The Fixed Charges are indexed each "
        f"1 October by the Office for National Statistics CPIH measure, capped at "
        f"{P('3.5%')}."
    ),
    Heading("Table 2: Schedule of Rates for reactive and additional work"),
    Table(
        ("Ref", "Description", "Unit", "Rate"),
        SCHEDULE_OF_RATES,
        (0.1, 0.55, 0.15, 0.2),
        right=(3,),
    ),
    Para(
        "Rates in Table 2 are in pounds sterling excluding VAT, inclusive of travel to any Site "
        "and of the Supplier's overheads and profit."
    ),
]

DOCUMENTS = {
    "order-form.pdf": DocumentSpec(
        title="Call-Off Order Form: total facilities management",
        subject=f"Call-Off {REF}",
        header=f"{BUYER} — Call-Off Order Form — OFFICIAL",
        footer=f"Call-Off {REF}",
        created=dt.datetime(2025, 7, 22, 9, 30),
        blocks=ORDER_FORM,
    ),
    "price-matrix.docx": DocumentSpec(
        title="Call-Off Schedule 5 Annex 1: Price Matrix",
        subject=f"Call-Off {REF}",
        header=f"{BUYER} — Price Matrix — OFFICIAL-SENSITIVE: COMMERCIAL",
        footer=f"Call-Off {REF} — Price Matrix",
        created=dt.datetime(2025, 7, 22, 9, 30),
        blocks=PRICE_MATRIX,
    ),
}
