"""Purchase order for laptops and docks with a new supplier form, Marrowfield District Council.

The order is a PDF and the supplier's new supplier form a DOCX.
"""

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

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "shortform"
BUYER = "Marrowfield District Council"
SUPPLIER = "Quayline Technology Supplies Ltd"
REF = "MDC/PO/60031948"
SORT, ACCOUNT = "20-57-38", "44017625"
IBAN = uk_iban("THSB", SORT, ACCOUNT)

META = {
    "id": "short-it-laptops-docks-po-2025",
    "title": "Purchase order: 60 laptops, docking stations and imaging",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 68_916, "currency": "GBP"},
    "awarded": dt.date(2025, 11, 3),
    "starts": dt.date(2025, 11, 3),
    "ends": dt.date(2025, 12, 19),
    "reference": REF,
    "public_names": ["Declan Moorcroft", "Hannah Everleigh"],
    "documents": [
        {"file": "purchase-order.pdf", "title": "Purchase order"},
        {"file": "new-supplier-form.docx", "title": "New supplier form"},
    ],
}

LINES = (
    ("10", "STR14-G5-U7", "Strata 14 Pro Gen 5 laptop, Core Ultra 7, 32 GB, 1 TB SSD, LTE",
     "45", P("£1,046.00"), P("£47,070.00")),
    ("20", "STR16-G5-U5", "Strata 16 Gen 5 laptop, Core Ultra 5, 16 GB, 512 GB SSD", "15",
     P("£812.60"), P("£12,189.00")),
    ("30", "TBD-4-180", "Thunderbolt 4 docking station, 180 W", "60", P("£118.40"),
     P("£7,104.00")),
    ("40", "WAR-3Y-NBD", "Warranty uplift to 3 years on-site next business day", "60",
     P("£22.75"), P("£1,365.00")),
    ("50", "SVC-IMG", "Autopilot registration, asset tagging, BIOS set-up and delivery", "60",
     P("£19.80"), P("£1,188.00")),
)  # fmt: skip

TAGS = (
    ("10", "MDC-LT-010441 to MDC-LT-010485", "Revenues, Benefits and Customer Services"),
    ("20", "MDC-LT-010486 to MDC-LT-010500", "Planning and Building Control"),
    ("30", "MDC-DK-004201 to MDC-DK-004260", "Issued with laptops, one per user"),
)

ORDER_BLOCKS = [
    Title("PURCHASE ORDER"),
    Subtitle(f"{BUYER} — ICT hardware"),
    Table(
        ("Purchase order details", ""),
        (
            ("Order number", U(REF)),
            ("Order date", "03/11/2025"),
            ("Supplier", f"{U(SUPPLIER)}, company no. {U('10384527')}"),
            ("Supplier account", "New supplier — account opened on receipt of the form attached"),
            ("Supplier quote", "QTS-MDC-25-1104 of 28/10/2025"),
            ("Requested by", f"{U('Declan Moorcroft')}, {U('ICT Service Manager')}"),
            ("Approved by", f"{U('Hannah Everleigh')}, {U('Head of Digital and ICT')}"),
            ("Deliver by", "Friday 19 December 2025"),
        ),
        (0.3, 0.7),
    ),
    Heading("Order lines", level=2),
    Table(
        ("Line", "Part no.", "Description", "Qty", "Unit price (ex VAT)", "Line value"),
        LINES,
        (0.07, 0.18, 0.35, 0.07, 0.16, 0.17),
        right=(3, 4, 5),
    ),
    Table(
        ("Totals", "£"),
        (
            ("Order value excluding VAT", U("68,916.00")),
            ("VAT at 20%", "13,783.20"),
            ("Order value including VAT", "82,699.20"),
        ),
        (0.7, 0.3),
        right=(1,),
        bold_last_row=True,
    ),
    Para(
        f"The price of the Strata 14 Pro includes the supplier's public sector discount of "
        f"{P('18.5 %')} off list. Additional units of any line ordered by 31/03/2026 are to "
        f"be supplied at the same unit prices, and any later increase is limited to "
        f"{P('3%')}."
    ),
    Heading("Asset tags", level=2),
    Para(
        "Each device is to carry the Council's asset label on the underside before dispatch, "
        "in the ranges below, and the serial number against each tag is to be returned in the "
        "delivery spreadsheet."
    ),
    Table(("Line", "Asset tag range", "Allocated to"), TAGS, (0.1, 0.45, 0.45)),
    Heading("Configuration instructions", level=2),
    Clause(
        "1.",
        f"Register every laptop's hardware hash to the Council's tenant with the group tag "
        f"MDC-STD-2025 so that it builds with {U('Windows 11 Enterprise')} "
        f"{U('24H2')} on first start.",
    ),
    Clause(
        "2.",
        f"Set the BIOS supervisor password to {S('Mfd!Bios-7734-Q')} and disable boot from "
        "USB. The password is for the supplier's build technicians only and is to be "
        "destroyed after delivery.",
    ),
    Clause(
        "3.",
        f"Upload the delivery spreadsheet to the Council's transfer server "
        f"{S('mft01.marrowfield.internal')} using the account {S('qts_delivery')}; "
        f"connections are accepted only from {S('198.51.100.140')}.",
    ),
    Heading("Delivery", level=2),
    Clause(
        "4.",
        "Deliver in one consignment to the ICT build room, Marrowfield District Council, "
        "Council Offices, Tenter Street, Marrowfield, MF2 4NL, between 09:00 and 15:00 on a "
        "weekday agreed two working days in advance.",
    ),
    Clause(
        "5.",
        f"The delivery contact is {N('Simone Achterberg')}, ICT Asset Officer, mobile "
        f"{N('07700 900927')}, email {N('simone.achterberg@marrowfield.gov.uk')}. Use the "
        f"goods entrance on Dye House Lane; the roller shutter is opened from the intercom, "
        f"and out of hours the code is {S('80#52')}.",
    ),
    Clause(
        "6.",
        f"The supplier's account manager for this order is {N('Rhys Kavanagh')} "
        f"({N('rhys.kavanagh@quayline.example')}, direct dial {N('020 7946 0813')}).",
    ),
    Heading("Conditions", level=2),
    Clause(
        "7.",
        "This order is placed on the Council's conditions of purchase for goods (version "
        f"{U('v3.2')}), which apply to the exclusion of the supplier's terms. Payment is made "
        "30 days from receipt of a valid invoice quoting the order number.",
    ),
    Clause(
        "8.",
        f"If delivery is late, the Council may deduct {P('£1,250.00 + VAT')} for each week "
        f"of delay, up to {P('£6,000')} in total. The supplier's liability is limited to "
        f"{U('£100,000')}.",
    ),
    Signatures(
        "Authorised and accepted",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Authorised by", U("Hannah Everleigh")),
                    ("Position", U("Head of Digital and ICT")),
                    ("Date", "03/11/2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Accepted by", N("Rhys Kavanagh")),
                    ("Position", "Account Manager"),
                    ("Date", "04/11/2025"),
                ),
            ),
        ),
    ),
]

FORM_BLOCKS = [
    Title("NEW SUPPLIER FORM"),
    Para(
        "Please complete every section and return this form to the Council's Accounts "
        "Payable team. We cannot raise payments until the form has been checked and the bank "
        "details verified by a call to a number we find independently."
    ),
    Heading("Section 1 — About your business"),
    Table(
        ("Question", "Your answer"),
        (
            ("Registered name", U(SUPPLIER)),
            ("Company registration number", U("10384527")),
            ("VAT registration number", "GB 384 1177 06"),
            ("Registered address", "3 Wharfside Court, Calder Quay, Marrowfield, MF7 1ZQ"),
            ("Trading since", "14 February 2017"),
            ("Director signing for the business", N("Leonie Quayle")),
        ),
        (0.4, 0.6),
    ),
    Heading("Section 2 — Contacts"),
    Table(
        ("Contact", "Name", "Email", "Telephone"),
        (
            (
                "Sales orders",
                N("Rhys Kavanagh"),
                N("rhys.kavanagh@quayline.example"),
                N("020 7946 0813"),
            ),
            (
                "Credit control",
                N("Bartek Nowicki"),
                N("b.nowicki@quayline.example"),
                N("020 7946 0821"),
            ),
            ("Remittance advices", "—", "remittances@quayline.example", "—"),
        ),
        (0.2, 0.2, 0.35, 0.25),
    ),
    Heading("Section 3 — Bank details for payment"),
    Para(
        "Enter the details of the account in the business's own name into which the Council "
        "should pay your invoices."
    ),
    Table(
        ("Field", "Details"),
        (
            ("Bank name", "Thameshaw Bank plc"),
            ("Branch", "Marrowfield, 22 Market Place"),
            ("Account name", SUPPLIER),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
            ("SWIFT / BIC", B("THSBGB2LXXX")),
        ),
        (0.35, 0.65),
    ),
    Heading("Section 4 — Insurance and financial standing"),
    Para(
        f"Public and products liability: Orchard Lane Insurance, policy {I('OLI/PPL/4490217')}, "
        f"limit of indemnity {U('£5,000,000')}. Employer's liability: same insurer, "
        f"certificate {I('EL-0093-662-18')}. Professional indemnity (configuration services): "
        f"policy {I('QTS PI 7715/25')}, excess {I('£2,500')}."
    ),
    Para(
        f"Turnover in the last financial year (to 30/06/2025): {F('£8,470,000')}. Profit "
        f"before tax: {F('£391,600')}. Net assets: {F('£1,204,300')}."
    ),
    Heading("Section 5 — Declaration"),
    Para(
        "I confirm that the information on this form is correct, that the bank account is "
        "held in the business's name, and that we will notify the Council in writing of any "
        "change to it."
    ),
    Signatures(
        "Declaration and Council verification",
        (
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("L. Quayle")),
                    ("Name", N("Leonie Quayle")),
                    ("Position", "Finance Director"),
                    ("Date", "04/11/2025"),
                ),
            ),
            Signatory(
                "Accounts Payable use only",
                (
                    ("Bank details verified by call-back on", "05/11/2025"),
                    ("Supplier number allocated", "S-0048812"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "purchase-order.pdf": DocumentSpec(
        title=f"Purchase order {REF}",
        subject=f"Purchase order {REF}: laptops and docks",
        header=f"{BUYER} — Purchase Order — OFFICIAL",
        footer=f"PO {REF}",
        created=dt.datetime(2025, 11, 3, 10, 40),
        blocks=ORDER_BLOCKS,
    ),
    "new-supplier-form.docx": DocumentSpec(
        title="New supplier form",
        subject=f"New supplier form for {SUPPLIER}",
        header=f"{BUYER} — Accounts Payable — OFFICIAL SENSITIVE when completed",
        footer="New supplier form AP-03",
        created=dt.datetime(2025, 11, 4, 16, 15),
        blocks=FORM_BLOCKS,
    ),
}
