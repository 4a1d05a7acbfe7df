"""Supply, installation and maintenance of a mass spectrometer, University of Wexcombe with Ionaris
Scientific UK Limited: prices, service plan by year, engineer and instrument PC access (DOCX)."""

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

TEMPLATE = "university"
BUYER = "University of Wexcombe"
SUPPLIER = "Ionaris Scientific UK Limited"
REF = "WEX-PUR-2025-0412"
SORT, ACCOUNT = "20-47-83", "91046628"
IBAN = uk_iban("TMBK", SORT, ACCOUNT)

META = {
    "id": "uni-lab-mass-spectrometer-wexcombe-2025",
    "title": "Supply, installation and five-year maintenance of a Q-TOF mass spectrometer",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 671_862, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 9),
    "starts": dt.date(2025, 6, 16),
    "ends": dt.date(2030, 9, 30),
    "reference": REF,
    "public_names": ["Professor Alan Reddish", "Siobhan Tembe"],
    "documents": [{"file": "purchase-contract.docx", "title": "Purchase contract"}],
}

KEY_DETAILS = (
    ("Contract number", U(REF)),
    ("Framework", f"Laboratory Equipment Framework {U('PUPC/LAB/2023/07')}, Lot 3 (Mass "
     "spectrometry)"),
    ("Purchaser", f"{U(BUYER)}, School of Chemistry, {U('Dalton Laboratories')}, Wexcombe, "
     "WX2 9LN"),
    ("Contractor", f"{U(SUPPLIER)}, company number {U('04419820')}"),
    ("Equipment", f"{U('Ionaris Helix Q-TOF 9000')} with {U('NanoFlux 3 nano-LC')} and "
     f"{U('IonWorks Acquire 5.3')} software"),
    ("Contract Price", U("GBP 671,862 excluding VAT")),
    ("Delivery Date", "2025-09-08"),
    ("Acceptance Date", "not later than 2025-10-10"),
    ("Warranty Period", "12 months from Acceptance"),
    ("Maintenance Period", "Years 2 to 5 after Acceptance (to 30 September 2030)"),
)  # fmt: skip

PRICES = (
    ("1", "Helix Q-TOF 9000 mass spectrometer (list £592,000.00)", "1", P("£482,480.00")),
    ("2", "NanoFlux 3 nano-LC system with autosampler", "1", P("£61,250.00")),
    ("3", "Installation, IQ/OQ qualification and site survey", "1", P("£8,900.00")),
    ("4", "Operator training (on site), per day", "4", P("£4,600.00")),
    ("5", "Maintenance Plan, Years 2 to 5 (see table B)", "—", P("£114,632.00")),
    ("", "Contract Price (ex VAT)", "", U("£671,862.00")),
)  # fmt: skip

PLAN = (
    ("Gold (selected)", P("£27,400"), P("£28,222"), P("£29,069"), P("£29,941")),
    ("Silver (parts excluded)", P("£19,850"), P("£20,446"), P("£21,059"), P("£21,691")),
)  # fmt: skip

BLOCKS = [
    Title("PURCHASE CONTRACT FOR SCIENTIFIC EQUIPMENT"),
    Subtitle("Call-off Contract under a Consortium Framework Agreement"),
    Heading("Part A — Key Contract Details"),
    Table(("Details", ""), KEY_DETAILS, (0.3, 0.7)),
    Para(
        "This Contract comprises Part A, the Special Conditions in Part B, the Framework "
        "terms for goods and services (which apply as if set out here) and the Schedules. The "
        "Special Conditions take precedence over the Framework terms."
    ),
    Heading("Part B — Special Conditions"),
    Heading("B1 Definitions", level=2),
    Definition(
        "Acceptance",
        "means the Purchaser's written confirmation that the Equipment has passed the "
        "Acceptance Tests in Schedule 2.",
    ),
    Definition(
        "Instrument PC",
        "means the data system workstation supplied with the Equipment on which the "
        "acquisition software runs.",
    ),
    Definition(
        "Service Engineer",
        "means the Contractor's field engineer named in clause B6.1, or a replacement "
        "approved under clause B6.2.",
    ),
    Heading("B2 Supply, delivery and installation", level=2),
    Clause(
        "B2.1",
        "The Contractor shall deliver the Equipment to the goods-in bay of the Dalton "
        "Laboratories on the Delivery Date, unpack it, place it in Room G.14 and install it, "
        "removing all packaging from site.",
    ),
    Clause(
        "B2.2",
        "Risk in the Equipment passes on delivery; title passes on payment of the first invoice.",
    ),
    Clause(
        "B2.3",
        "If Acceptance is not achieved by the Acceptance Date for reasons within the "
        f"Contractor's control, the Contractor shall pay liquidated damages of "
        f"{P('0.5 %')} of the price of item 1 for each week of delay, up to a maximum of "
        f"{P('7.5%')}.",
    ),
    Heading("B3 Price and payment", level=2),
    Clause(
        "B3.1",
        "The Contract Price is fixed and includes carriage, insurance in transit, "
        "installation and disposal of packaging. The prices are set out in Schedule 1.",
    ),
    Clause(
        "B3.2",
        "The Contractor may invoice:",
    ),
    Clause(
        "B3.2.1",
        f"{P('70 per cent')} of items 1 to 3 on delivery;",
        level=2,
    ),
    Clause(
        "B3.2.2",
        "the balance of items 1 to 4 on Acceptance; and",
        level=2,
    ),
    Clause(
        "B3.2.3",
        "the Maintenance Plan annually in advance from the first anniversary of Acceptance.",
        level=2,
    ),
    Clause(
        "B3.3",
        f"Because the first payment precedes Acceptance, the Contractor shall provide an "
        f"advance payment bond from a bank approved by the Purchaser in the sum of "
        f"{F('£386,841')}, released on Acceptance.",
    ),
    Clause(
        "B3.4",
        "The Purchaser pays valid invoices within 30 days to the account in Schedule 3. "
        "Invoices must quote the purchase order number issued by the Purchaser's Procurement "
        "Office.",
    ),
    Heading("B4 Warranty and maintenance", level=2),
    Clause(
        "B4.1",
        "During the Warranty Period the Contractor shall repair or replace any defective part "
        "at no charge, including the turbomolecular pumps, ion source and detector.",
    ),
    Clause(
        "B4.2",
        "After the Warranty Period the Contractor shall provide the Gold maintenance plan "
        "described in Schedule 1 table B: one planned preventive maintenance visit a year, "
        "unlimited breakdown visits with engineer attendance within two working days, and "
        "all parts other than consumables.",
    ),
    Clause(
        "B4.3",
        f"If uptime in a contract year falls below {U('95%')}, the Contractor shall credit "
        f"{P('£1,250 (ex. VAT)')} against the next annual invoice for each full percentage "
        f"point of shortfall, and further parts are discounted by {P('15 %')} from the "
        "Contractor's UK list price.",
    ),
    Heading("B5 Remote support and information security", level=2),
    Clause(
        "B5.1",
        f"The Instrument PC shall be joined to the School's research network as "
        f"{S('WEX-CHEM-MS01')} with the fixed address {S('172.20.14.55')}; it shall not be "
        "connected to the internet except through the Purchaser's remote support gateway.",
    ),
    Clause(
        "B5.2",
        f"The Contractor's help desk may connect only through {S('rsg.wexcombe.ac.internal')} "
        f"using the named account {S('ionaris_rsvc')}. Each session must be accepted by a "
        f"member of the facility staff on the Instrument PC; the local administrator account "
        f"{S('msadmin-g14')} is not to be used for remote sessions.",
    ),
    Clause(
        "B5.3",
        "The Contractor shall apply security patches to the operating system within 30 days "
        "of their release once validated against the acquisition software and shall not "
        "install other software without consent.",
    ),
    Heading("B6 Personnel", level=2),
    Clause(
        "B6.1",
        f"The Contractor's Service Engineer for the Wexcombe region is "
        f"{N('Dr Priya Lakhani-Moss')}, who may be contacted on {N('07700 900518')} or at "
        f"{N('priya.lakhani-moss@ionaris.example')}. Applications support will be given by "
        f"{N('Mr Joel Ferreira')}.",
    ),
    Clause(
        "B6.2",
        f"The Purchaser's technical contact is the Mass Spectrometry Facility Manager; the "
        f"budget holder is {U('Professor Alan Reddish')}, {U('Head of School of Chemistry')}.",
    ),
    Heading("B7 Insurance and liability", level=2),
    Clause(
        "B7.1",
        f"The Contractor shall maintain product liability and public liability insurance "
        f"each of not less than {U('£5,000,000')} and employer's liability of not less than "
        f"{U('£10,000,000')}. Its current certificates are product and public liability "
        f"{I('IPL-0093321-UK/25')} and employer's liability {I('EL 81 406 227')}.",
    ),
    Clause(
        "B7.2",
        f"The Contractor's total liability is limited to {U('125%')} of the Contract Price.",
    ),
    Heading("B8 Financial standing", level=2),
    Clause(
        "B8.1",
        f"The Contractor confirms that its latest filed accounts show turnover of "
        f"{F('£38.6m')} and an operating profit of {F('£2.91m')}, and that it has no "
        "outstanding county court judgments.",
    ),
    Heading("Schedule 1 — Prices"),
    Heading("Table A: Equipment and services", level=2),
    Table(
        ("Item", "Description", "Qty", "Total (£)"),
        PRICES,
        (0.08, 0.6, 0.1, 0.22),
        right=(2, 3),
        bold_last_row=True,
    ),
    Para(
        f"Item 1 reflects an academic discount of {P('18.5 per cent')} on list price. Training "
        f"days beyond the four included are charged at {P('£1,150.00 + VAT')} per day."
    ),
    Heading("Table B: Maintenance plan (annual charge, ex VAT)", level=2),
    Table(
        ("Plan", "Year 2", "Year 3", "Year 4", "Year 5"),
        PLAN,
        (0.32, 0.17, 0.17, 0.17, 0.17),
        right=(1, 2, 3, 4),
    ),
    Heading("Schedule 2 — Acceptance Tests"),
    Para(
        "Mass accuracy better than 1 ppm RMS over 24 hours with internal calibrant; resolving "
        "power of at least 60,000 FWHM at m/z 1,222; sensitivity test with 1 pg on-column "
        "reserpine giving signal to noise above 100:1."
    ),
    Heading("Schedule 3 — Contractor's bank account"),
    Table(
        ("Bank details for BACS payment", "As notified by the Contractor on 2025-06-02"),
        (
            ("Bank name", "Thamesmead Merchant Bank Ltd"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
        ),
        (0.4, 0.6),
    ),
    Heading("Schedule 4 — Tender response extract (Commercial in Confidence)"),
    Para(
        C(
            "Ionaris will pre-install and run the Helix at our Runcorn demonstration "
            "laboratory for ten days before shipping, so that the instrument arrives already "
            "passing the resolution and mass accuracy tests and on-site commissioning takes "
            "three days rather than the usual eight."
        )
    ),
    Para(
        C(
            "During the first six months we will hold a loan ion source and a spare "
            "turbomolecular pump at our Leeds depot reserved for Wexcombe, and our applications "
            "chemist will attend monthly to build the facility's lipidomics methods."
        )
    ),
    Signatures(
        "Agreed by the parties on the dates below.",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Name", U("Siobhan Tembe")),
                    ("Position", U("Head of Procurement")),
                    ("Date", "9th June 2025"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Name", N("Martin Oduya-Hale")),
                    ("Position", "UK Commercial Director"),
                    ("Date", "5th June 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "purchase-contract.docx": DocumentSpec(
        title="Purchase contract Q-TOF mass spectrometer",
        subject=f"Contract {REF}",
        header="University of Wexcombe — Procurement Office — Purchase Contract",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 9, 9, 15),
        blocks=BLOCKS,
    ),
}
