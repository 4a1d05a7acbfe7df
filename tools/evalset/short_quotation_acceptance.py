"""Quotation for hose and cylinder storage accepted by purchase order, a fire authority (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    DocumentSpec,
    Heading,
    Para,
    Signatory,
    Signatures,
    Table,
    Title,
)

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "shortform"
BUYER = "Hollinsworth Fire and Rescue Authority"
SUPPLIER = "Brantwood Station Equipment Ltd"
REF = "HFRA-PO-2025-01377"
QUOTE = "BSE/Q/4471 rev B"
SORT, ACCOUNT = "52-30-86", "09412763"
IBAN = uk_iban("CRNB", SORT, ACCOUNT)

META = {
    "id": "short-quotation-fire-training-centre-2025",
    "title": "Hose drying racks and breathing apparatus cylinder storage, Scarth Road Training "
    "Centre",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 27_368, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 14),
    "starts": dt.date(2025, 3, 14),
    "ends": dt.date(2025, 5, 30),
    "reference": REF,
    "public_names": ["Andrew Kettlewell", "Priya Sandhu"],
    "documents": [{"file": "purchase-order-acceptance.pdf", "title": "Acceptance of quotation"}],
}

LINES = (
    ("01", "HDR-12V", "Vertical hose drying rack, 12 lengths, galvanised, wall fixed", "4",
     P("1,980.00"), "12.5", P("1,732.50"), P("6,930.00")),
    ("02", "HDR-FAN2", "Forced-air drying unit for HDR racks, 240 V", "4", P("865.00"),
     "12.5", P("756.88"), P("3,027.52")),
    ("03", "BAC-20L", "BA cylinder cage, 20 x 6.8 l, lockable mesh door", "6", P("1,145.00"),
     "10.0", P("1,030.50"), P("6,183.00")),
    ("04", "BAC-PLT", "Cylinder cage forklift plinth", "6", P("212.00"), "10.0", P("190.80"),
     P("1,144.80")),
    ("05", "INST-TC", "Installation, fixings and making good (fixed sum)", "1", P("6,420.00"),
     "0.0", P("6,420.00"), P("6,420.00")),
    ("06", "DEL-N", "Delivery, offloading and removal of packaging", "1", P("540.00"), "0.0",
     P("540.00"), P("540.00")),
    ("07", "DOC-OM", "Operation and maintenance manuals, load test certificates", "1",
     P("185.00"), "0.0", P("185.00"), P("185.00")),
)  # fmt: skip

BLOCKS = [
    Title("PURCHASE ORDER — ACCEPTANCE OF QUOTATION"),
    Para(
        f"{U(BUYER)} · Procurement Team · {U('Headquarters, Wolds Lane, Hollinsworth, HF1 3LR')} "
        f"· {U('0161 496 0200')}",
        centred=True,
    ),
    Table(
        ("Order", ""),
        (
            ("Purchase order no.", U(REF)),
            ("Date of order", "2025-03-14"),
            (
                "Supplier",
                f"{U(SUPPLIER)}, Unit 12, Harle Moor Industrial Estate, Brantwood, HF8 2UQ "
                f"(registered in England no. {U('06612094')})",
            ),
            ("Your quotation", f"{U(QUOTE)} dated 2025-03-03, valid for 60 days"),
            ("Ordered by", f"{U('Priya Sandhu')}, {U('Estates and Facilities Manager')}"),
            ("Budget code", "CAP-TRN-2425-06 (training centre improvements)"),
        ),
        (0.28, 0.72),
    ),
    Heading("1. Acceptance", level=2),
    Para(
        f"The Authority accepts your quotation {QUOTE} for the goods and work listed below, "
        "at the prices quoted, on the conditions in section 4 of this order. Those conditions "
        "replace the terms printed on the back of your quotation and any terms on your "
        "delivery notes. Please confirm acceptance by signing and returning a copy within "
        "five working days; starting work will also be taken as acceptance."
    ),
    Heading("2. Quotation lines accepted", level=2),
    Table(
        (
            "#",
            "Code",
            "Description",
            "Qty",
            "List price £",
            "Disc. %",
            "Net unit £",
            "Net total £",
        ),
        LINES,
        (0.05, 0.13, 0.28, 0.06, 0.13, 0.08, 0.12, 0.15),
        right=(3, 4, 5, 6, 7),
    ),
    Table(
        ("Order value", "Amount"),
        (
            ("Goods and services, net of discount", U("£24,430.32")),
            ("Contingency, released only by written instruction", P("£2,937.68")),
            ("Total order value (ex. VAT)", U("£27,368.00")),
        ),
        (0.7, 0.3),
        right=(1,),
        bold_last_row=True,
    ),
    Para(
        f"Prices are firm. Your quotation's overall trade discount on standard catalogue items "
        f"({P('12.5%')} for racks and {P('10%')} for cages) will also be applied to any "
        "further units called off under this order before 31 December 2025."
    ),
    Heading("3. Delivery site and access", level=2),
    Para(
        "Deliver and install at Scarth Road Training Centre, Scarth Road, Hollinsworth, HF4 "
        "6EJ, in the drill yard store and the breathing apparatus workshop. Deliveries 08:30 "
        "to 15:30, Monday to Friday, and not during live fire exercises, which the site "
        "contact will notify in advance."
    ),
    Para(
        f"The vehicle gate on Scarth Road is kept locked. Enter code {S('1947#')} on the "
        f"keypad and wait for the barrier; the pedestrian gate code is {S('C3580')}. Do not "
        "give these codes to anyone not working on this order. Contractors' Wi-Fi is "
        f"available in the welfare block on network {S('HFRA-CONTRACTOR')}, key "
        f"{S('Ember7-Drill-Yard')}."
    ),
    Para(
        f"The site contact is Station Manager {N('Lewis Ogundipe')}, mobile "
        f"{N('07700 900581')}, or the training centre office on {U('0161 496 0388')}. Your "
        f"installers named in the quotation, {N('Craig Talbot')} and {N('Martyn Hesp')}, must "
        "sign in at reception and wear their CSCS cards."
    ),
    Heading("4. Conditions of this order", level=2),
    Clause(
        "4.1",
        "Quality. Everything supplied must match the quotation and product data sheets, be "
        "new, fit for use in an operational fire service training centre, and installed so "
        "that racks and cages are secure against overturning.",
    ),
    Clause(
        "4.2",
        "Completion. Installation is to be complete by 30.05.25. If it is late through your "
        f"default, the Authority may deduct {P('£75.00')} for each working day of delay, up "
        f"to {P('£1,500.00')}.",
    ),
    Clause(
        "4.3",
        "Payment. Invoice once installation is complete and the load test certificates have "
        "been received. The Authority pays within 30 days of a valid invoice, by BACS to:",
    ),
    Clause(
        "4.3.1",
        f"Cairnbridge National Bank, account name {SUPPLIER}, sort code {B(SORT)}, account "
        f"no. {B(ACCOUNT)}, IBAN {B(grouped(IBAN))}.",
        level=2,
    ),
    Clause(
        "4.3.2",
        "Any change to these details must be confirmed by the Authority calling your finance "
        "office on a number we already hold.",
        level=2,
    ),
    Clause(
        "4.4",
        "Warranty. You warrant the goods for 24 months from completion and will put right "
        "any defect notified within that period at your cost.",
    ),
    Clause(
        "4.5",
        f"Liability and insurance. Your liability under this order is limited to "
        f"{U('£250,000')}, except for death, personal injury or fraud. You will maintain "
        f"public and products liability cover of at least {U('£5,000,000')} and "
        f"employer's liability cover of at least {U('£10,000,000')}.",
    ),
    Clause(
        "4.5.1",
        f"We hold a copy of your combined liability certificate, Fenstone Insurance "
        f"{I('FEN-CL-662 094 31')}, excess {I('£1,000')}, expiring 2025-11-30.",
        level=2,
    ),
    Clause(
        "4.6",
        "Health and safety. You will follow the site induction, work under the Authority's "
        "permit to work system in the BA workshop, and supply risk assessments and method "
        "statements before starting.",
    ),
    Clause(
        "4.7",
        "General. The Authority may publish this order under the Local Government "
        "Transparency Code 2015. The law of England and Wales applies.",
    ),
    Heading("5. Extract from your quotation (Commercial in Confidence)", level=2),
    Para(
        C(
            "Our price for lines 01 and 02 assumes we install the racks on the existing "
            "blockwork wall of the drill yard store using resin anchors, with the fan units "
            "wired by the Authority's electrician to spurs provided by others; we will fix "
            "all items over one weekend to avoid disrupting courses."
        )
    ),
    Para(
        C(
            "The discount on lines 01 to 04 is available because we are manufacturing a "
            "matching batch for another fire service in April and can run this order "
            "through the same galvanising slot."
        )
    ),
    Para(
        f"Supplier credit check. Your credit report dated 05.03.25 shows a score of "
        f"{F('68')} and a recommended credit limit of {F('£40,000')}; your last accounts show "
        f"turnover of {F('£1.94m')}."
    ),
    Signatures(
        "Issued by the Authority and accepted by the Supplier",
        (
            Signatory(
                f"Issued for {BUYER}",
                (
                    ("Signed", U("A. Kettlewell")),
                    ("Name", U("Andrew Kettlewell")),
                    ("Position", U("Head of Procurement")),
                    ("Date", "2025-03-14"),
                ),
            ),
            Signatory(
                f"Accepted for {SUPPLIER}",
                (
                    ("Signed", N("J. Brantwood")),
                    ("Name", N("Joanne Brantwood")),
                    ("Position", "Sales Director"),
                    ("Date", "2025-03-17"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "purchase-order-acceptance.pdf": DocumentSpec(
        title=f"Purchase order {REF}: acceptance of quotation",
        subject=f"Purchase order {REF}",
        header=f"{BUYER} — Purchase Order — OFFICIAL",
        footer=f"PO {REF}",
        created=dt.datetime(2025, 3, 14, 12, 5),
        blocks=BLOCKS,
    ),
}
