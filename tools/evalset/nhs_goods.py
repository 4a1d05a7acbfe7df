"""Infusion pumps, Calderbrook Teaching Hospitals NHS FT with Meridale Medical Systems Ltd (PDF)."""

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

TEMPLATE = "nhs"
BUYER = "Calderbrook Teaching Hospitals NHS Foundation Trust"
SUPPLIER = "Meridale Medical Systems Ltd"
REF = "CTH/PRC/2025/0419"
SORT, ACCOUNT = "20-64-15", "93308172"
IBAN = uk_iban("WYVB", SORT, ACCOUNT)

META = {
    "id": "nhs-goods-infusion-2025",
    "title": "Supply and maintenance of volumetric infusion pumps and syringe drivers",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_286_400, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 9),
    "starts": dt.date(2025, 7, 1),
    "ends": dt.date(2030, 6, 30),
    "reference": REF,
    "public_names": ["Christopher Oyelaran", "Hannah Brightwell"],
    "documents": [{"file": "contract.pdf", "title": "Conditions for the supply of goods"}],
}

GOODS = (
    ("1", "Volumetric infusion pump, Verafuse VP-700", "Each", "420", P("£1,685.00"),
     P("707,700.00")),
    ("2", "Syringe driver, Verafuse SD-30 (ambulatory)", "Each", "150", P("£1,142.00"),
     P("171,300.00")),
    ("3", "Pole clamp and docking station (4-bay)", "Each", "95", P("£318.50"), P("30,257.50")),
    ("4", "Administration set, VP-700 standard (box of 50)", "Box", "1,200", P("£96.40"),
     P("115,680.00")),
    ("5", "Training for super-users (per half-day session)", "Session", "24", P("£275.00"),
     P("6,600.00")),
)  # fmt: skip

MAINTENANCE = (
    ("Planned preventive maintenance", "Annual, on site", "Per device per year", P("£64.00")),
    ("Electrical safety and calibration test", "Annual, with PPM", "Per device", "Included"),
    ("Corrective repair (parts and labour)", "Within 5 Working Days", "Per repair",
     P("£148.00")),
    ("Loan device while under repair", "Next Working Day", "Per device per week", P("£22.50")),
    ("Drug library update and firmware release", "As released", "Per release", P("£1,900.00")),
)  # fmt: skip

BLOCKS = [
    Title("NHS TERMS AND CONDITIONS FOR THE SUPPLY OF GOODS"),
    Subtitle("Contract for volumetric infusion pumps, syringe drivers and maintenance"),
    Para(f"Contract number {U(REF)}", centred=True),
    Heading("Key Provisions"),
    Table(
        ("Key Provision", "Entry"),
        (
            (
                "The Authority",
                f"{U(BUYER)}, {U('Calderbrook Royal Infirmary')}, Moorgate Road, "
                "Calderbrook, KV2 8HD",
            ),
            ("The Supplier", f"{U(SUPPLIER)}, registered in England under number {U('07310496')}"),
            ("Commencement Date", "1 July 2025"),
            ("Term", "Five years, ending 30 June 2030"),
            (
                "Contract Price",
                f"{U('£1,286,400')} (exclusive of VAT) over the Term, including the "
                "Goods in Schedule 2 and the maintenance in Schedule 3",
            ),
            ("Delivery Point", f"{U('Central Stores, Building 14, Calderbrook Royal Infirmary')}"),
            (
                "Authority's Contract Manager",
                f"{U('Hannah Brightwell')}, {U('Head of Medical Engineering')}",
            ),
            (
                "Supplier's Contract Manager",
                f"{N('Declan Fairweather')}, "
                f"{N('d.fairweather@meridale-medical.example')}, {N('0161 496 0731')}",
            ),
        ),
        (0.32, 0.68),
    ),
    Heading("1. Definitions and interpretation"),
    Definition(
        "Goods",
        "means the devices, consumables and accessories in Schedule 2 that "
        "the Supplier shall deliver to the Delivery Point.",
    ),
    Definition(
        "Maintenance Services",
        "means the planned preventive maintenance, repair and "
        "software services described in Schedule 3.",
    ),
    Definition(
        "Rebate",
        "means the retrospective credit earned on the annual value of Goods "
        "ordered, calculated under clause 5.3.",
    ),
    Heading("2. Supply and delivery"),
    Clause(
        "2.1",
        "The Supplier shall deliver the Goods in accordance with each Order, within "
        "10 Working Days, carriage paid, between 08:00 and 16:00 on a Working Day.",
    ),
    Clause(
        "2.2",
        "All devices shall be supplied with firmware "
        f"{U('Release 3.8.2')} and the Authority's approved drug library loaded, and shall "
        "carry a UKCA or CE marking valid under the Medical Devices Regulations 2002.",
    ),
    Clause("2.3", "Risk passes on delivery; title passes on the earlier of delivery and payment."),
    Heading("3. Warranty"),
    Clause(
        "3.1",
        "The Supplier warrants each device against defects for 24 months from "
        "acceptance, and shall repair or replace a defective device free of charge.",
    ),
    Heading("4. Liability"),
    Clause(
        "4.1",
        "Each party's total liability in each Contract Year is limited to "
        f"{U('£2,000,000')} or, if greater, 125% of the Contract Price paid in that year.",
    ),
    Heading("5. Price and payment"),
    Clause(
        "5.1",
        "The prices in Schedule 2 are fixed for the first 24 months. Afterwards they "
        "may be increased once a year on three months' notice by no more than the CPI "
        f"increase, and never by more than {P('3.5%')}.",
    ),
    Clause(
        "5.2",
        "The Authority shall pay valid invoices within 30 days of receipt. Invoices "
        "shall quote the purchase order number and be sent to the Authority's payables "
        "service.",
    ),
    Clause(
        "5.3",
        "The Supplier shall credit a Rebate on the value of Goods ordered in each "
        "Contract Year as follows:",
    ),
    Clause("5.3.1", f"orders of £150,000 up to £299,999: {P('2.0%')};", level=2),
    Clause("5.3.2", f"orders of £300,000 up to £499,999: {P('3.75%')};", level=2),
    Clause(
        "5.3.3", f"orders of £500,000 or more: {P('5.25%')} of the whole annual value.", level=2
    ),
    Clause("5.4", "Payments shall be made to the following account of the Supplier:"),
    Table(
        ("Bank details", ""),
        (
            ("Bank", "Wyvern Commercial Bank plc"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
            ("SWIFT/BIC", B("WYVBGB21")),
            ("Remittance advice", "remittances@meridale-medical.example"),
        ),
        (0.32, 0.68),
    ),
    Heading("6. Insurance"),
    Clause(
        "6.1",
        f"The Supplier shall maintain product liability insurance of not less than "
        f"{U('£10,000,000')} in the aggregate and public liability insurance of not less "
        f"than {U('£5,000,000')} per claim. Its current certificates are "
        f"{I('HMX-PRL-61904477')} (product liability) and {I('HMX-PUB-61904478')} "
        f"(public liability), with an excess of {I('£10,000')}.",
    ),
    Heading("7. Supplier's financial standing"),
    Clause(
        "7.1",
        f"The Supplier shall notify the Authority if its net assets fall below "
        f"{F('£2,400,000')}; at its latest year end they were {F('£3,975,000')}, on "
        f"turnover of {F('£18,120,000')}.",
    ),
    Heading("Schedule 2 — Goods and prices"),
    Table(
        ("No.", "Description", "Unit", "Qty", "Unit price", "Total (£)"),
        GOODS,
        (0.06, 0.44, 0.1, 0.08, 0.15, 0.17),
        right=(3, 4, 5),
    ),
    Para(
        f"Delivery beyond the Delivery Point (to wards) is charged at {P('£35.00')} per "
        "consignment."
    ),
    Heading("Schedule 3 — Maintenance schedule"),
    Table(
        ("Service", "Frequency / response", "Unit", "Charge (ex VAT)"),
        MAINTENANCE,
        (0.38, 0.24, 0.22, 0.16),
        right=(3,),
    ),
    Clause(
        "3.1",
        "Maintenance is carried out in the Medical Engineering workshop, Level 1, "
        "Calderbrook Royal Infirmary. The Supplier's engineers sign in with security and "
        f"use the workshop door code {S('2468*')}.",
    ),
    Clause(
        "3.2",
        "Devices receive drug library updates from the Authority's dose error "
        f"reduction server {S('CTH-DERS-APP01')} over the clinical equipment Wi-Fi network "
        f"{S('CTH-MEDDEV')}, whose key is {S('Kestrel!Moor7731')}. The Supplier's remote "
        f"support uses the named account {S('meridale.support1')} only when enabled by "
        "Medical Engineering.",
    ),
    Heading("Schedule 4 — Supplier's proposals (Commercial in Confidence)"),
    Para(
        C(
            "Meridale will hold a buffer of 30 VP-700 pumps at its Warrington depot reserved "
            "for the Authority, so that loan devices reach the Trust the next Working Day. The "
            "buffer is financed by Meridale and its cost is recovered through the maintenance "
            "charge, not the unit price."
        )
    ),
    Para(
        C(
            "Our unit price for the VP-700 is conditional on the Authority's commitment to "
            "replace its full fleet of legacy pumps within 12 months; if fewer than 350 pumps "
            "are ordered in that period, we reserve the right to revert to our list price."
        )
    ),
    Signatures(
        "Signed for and on behalf of the parties.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("C. Oyelaran")),
                    ("Name", U("Christopher Oyelaran")),
                    ("Position", U("Director of Procurement")),
                    ("Date", "9 June 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("E. Varga")),
                    ("Name", N("Eszter Varga")),
                    ("Position", "Commercial Director"),
                    ("Date", "5 June 2025"),
                ),
            ),
        ),
    ),
    Para(f"Authority switchboard: {U('0113 496 0000')}."),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="NHS terms and conditions for the supply of goods: infusion devices",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Supply of Goods — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 9, 9, 30),
        blocks=BLOCKS,
    ),
}
