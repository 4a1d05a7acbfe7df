"""Hybrid print and mail services, Fenwold Pensions Authority with Quillstone Print & Mail Ltd
(PDF): contract details, price per item by postage class, franking and postage accounts,
secure file transfer, and the parent company guarantee."""

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

TEMPLATE = "services"
BUYER = "Fenwold Pensions Authority"
SUPPLIER = "Quillstone Print & Mail Ltd"
PARENT = "Quillstone Holdings plc"
REF = "FPA-PROC-2026-012"
SORT, ACCOUNT = "72-10-58", "30946621"
IBAN = uk_iban("CARB", SORT, ACCOUNT)

META = {
    "id": "services-print-mail-fenwold-2026",
    "title": "Hybrid print, enclosing and mail services for member communications",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_372_800, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 2),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REF,
    "public_names": ["Harriet Lindgren-Shaw", "Colin Achebe"],
    "documents": [{"file": "print-mail-contract.pdf", "title": "Services contract"}],
}

PRICES = (
    ("1", "Letter, 1 sheet duplex, C5 window envelope", P("0.071"), P("1.27"), P("0.79"),
     P("0.58")),
    ("2", "Letter, 2–4 sheets duplex, C5 window envelope", P("0.094"), P("1.27"), P("0.79"),
     P("0.61")),
    ("3", "Annual benefit statement, 6 pages, C4 envelope", P("0.186"), P("2.16"), P("1.41"),
     P("1.12")),
    ("4", "P60 / payslip, pressure-sealed mailer", P("0.052"), P("1.27"), P("0.79"), P("0.55")),
)  # fmt: skip

VOLUMES = (
    ("Pensioner payslips and P60s", "monthly and annually", U("38,400")),
    ("Annual benefit statements (deferred members)", "August", U("61,250")),
    ("Ad hoc member letters", "daily", U("22,000")),
)  # fmt: skip

CONTRACT = [
    Title("CONTRACT FOR HYBRID PRINT AND MAIL SERVICES"),
    Subtitle(f"{BUYER} — member communications"),
    Para(f"Contract number {U(REF)} — Version {U('1.3')}", centred=True),
    Heading("A. Contract details"),
    Table(
        ("Detail", "Entry"),
        (
            (
                "Authority",
                f"{U(BUYER)}, Lantern House, 4 Wold Street, Fenwold, FW3 2PA "
                f"(member helpline {U('0113 496 0250')})",
            ),
            (
                "Supplier",
                f"{U(SUPPLIER)}, company number {U('04726590')}, Quillstone Works, "
                "Printers Lane, Fenwold, FW8 1QM",
            ),
            ("Guarantor", f"{U(PARENT)}, company number {U('02198431')}"),
            ("Start date", "01.04.26"),
            ("End date", "31.03.29, with an option for the Authority to extend by one year"),
            (
                "Contract value",
                f"{U('£1,372,800')} over three years, of which postage is a pass-through cost",
            ),
            ("Authority Contract Manager", f"{U('Colin Achebe')}, {U('Member Services Manager')}"),
            (
                "Supplier Account Manager",
                f"{N('Priya Ferreira-Hollis')} "
                f"({N('priya.fh@quillstone.example')}, {N('07700 900129')})",
            ),
        ),
        (0.3, 0.7),
    ),
    Heading("B. Conditions"),
    Definition(
        "Data File",
        "means a file of print-ready documents or print data placed by the "
        "Authority on the SFTP Service.",
    ),
    Definition("Mail Item", "means one addressed envelope or mailer, whatever its contents."),
    Definition(
        "SFTP Service",
        "means the Supplier's secure file transfer service described in condition 6.",
    ),
    Heading("1. Production", 2),
    Clause(
        "1.1",
        "The Supplier shall print, enclose and post each Data File received before "
        "14:00 on a Working Day by the end of that Working Day, and by 12:00 the next Working "
        "Day otherwise.",
    ),
    Clause(
        "1.2",
        "The Supplier shall sort Mail Items to obtain the lowest postage tariff for the "
        "class the Authority selects and shall pass the saving to the Authority in full.",
    ),
    Heading("2. Charges", 2),
    Clause(
        "2.1",
        "The Authority shall pay the production charge and the postage charge per Mail "
        "Item in the Schedule of Prices, monthly in arrears.",
    ),
    Clause(
        "2.2",
        f"An account management fee of {P('£1.25k')} per month covers the Supplier's "
        "management, reporting and the SFTP Service.",
    ),
    Clause(
        "2.3",
        "Postage charges are the Supplier's negotiated bulk mail rates and change "
        "only when its carrier's contract rates change, without mark-up. "
        f"Production charges are fixed for two years, then may be increased by no more than "
        f"{P('3 per cent')} in any year.",
    ),
    Clause(
        "2.4",
        f"If more than 0.5 % of Mail Items in a month miss the production deadline, the "
        f"Supplier shall credit {P('£ 0.35')} for each late Mail Item, up to "
        f"{P('£2,000.00 + VAT')} per month.",
    ),
    Heading("3. Postage accounts", 2),
    Clause(
        "3.1",
        f"The Supplier shall pay postage from its own account with Royal Mail (account "
        f"number {S('0092 4416 7731')}) and, for Mailmark franked items, meter licence "
        f"{S('QPM-FR-305872')}. It shall not use either account for any other customer's "
        "mail without separate reconciliation.",
    ),
    Clause(
        "3.2",
        f"The Authority's own franking machine at Lantern House remains on the "
        f"Authority's account {S('FWPA/FRK/00617')} and is outside this Contract.",
    ),
    Heading("4. Payment", 2),
    Clause(
        "4.1",
        f"Payments are made to {SUPPLIER}, Carbury Bank plc, account {B(ACCOUNT)}, "
        f"sort code {B(SORT)} (IBAN {B(grouped(IBAN))}).",
    ),
    Heading("5. Liability and insurance", 2),
    Clause(
        "5.1",
        f"The Supplier's liability under this Contract is limited to {U('£2,500,000')} "
        f"in each year. It shall hold public liability insurance of at least "
        f"{U('£5,000,000')} and cyber liability insurance of at least {U('£2,000,000')}; "
        f"current policy numbers are {I('QPM/PL/884013')} and {I('CY-26-0071942')}, the "
        f"latter with an excess of {I('£10,000')}.",
    ),
    Heading("6. SFTP Service and data security", 2),
    Clause(
        "6.1",
        f"The Authority places Data Files on the SFTP host "
        f"{S('sftp-drop.quillstone.example')} on port {S('2222')}, in the folder for its "
        f"account {S('fpa_printdrop')}, authenticating by SSH key only.",
    ),
    Clause(
        "6.2",
        f"Connections are accepted only from the Authority's outbound address "
        f"{S('203.0.113.58')}. Files are deleted 30 days after posting.",
    ),
    Clause(
        "6.3",
        "The Supplier shall keep ISO/IEC 27001 certification and Cyber Essentials Plus "
        "for the production site throughout the Contract.",
    ),
    Heading("7. Parent company guarantee and financial standing", 2),
    Clause(
        "7.1",
        f"{PARENT} guarantees the Supplier's performance of this Contract up to a "
        f"maximum of {F('£450,000')}, in the form of deed at Annex 1, delivered on 02.03.26.",
    ),
    Clause(
        "7.2",
        f"The Guarantor's consolidated accounts for the year to 31.12.25 show turnover "
        f"of {F('£88.2 million')}, operating profit of {F('£5.9 million')} and net assets of "
        f"{F('£21.7 million')}.",
    ),
    Heading("Schedule of Prices (Charge ex VAT, £ per Mail Item)"),
    Table(
        ("No.", "Item", "Production", "First class", "Second class", "Economy (Mailmark)"),
        PRICES,
        (0.06, 0.36, 0.16, 0.13, 0.14, 0.15),
        right=(2, 3, 4, 5),
    ),
    Para(
        f"Additional inserts are charged at {P('£0.012')} each; return envelopes are supplied at "
        f"cost."
    ),
    Heading("Expected annual volumes (for information only)"),
    Table(("Communication", "When", "Mail Items a year"), VOLUMES, (0.5, 0.25, 0.25), right=(2,)),
    Heading("Tender clarification — Commercial in Confidence"),
    Para(
        C(
            "Quillstone will print the Authority's annual benefit statements on our second "
            "continuous-feed line in the weeks before the August peak, holding finished packs in "
            "our secure cage so that all deferred members' statements can be posted within three "
            "days of sign-off."
        )
    ),
    Para(
        C(
            "Our economy price assumes that at least 85 % of the Authority's addresses are "
            "matched to a postcode address file record; we will run address cleansing each "
            "quarter at no extra charge to keep that rate."
        )
    ),
    Signatures(
        "Signed for and on behalf of the parties:",
        (
            Signatory(
                BUYER,
                (
                    ("Name", U("Harriet Lindgren-Shaw")),
                    ("Role", U("Head of Pensions Administration")),
                    ("Date", "2026-03-02"),
                ),
            ),
            Signatory(
                SUPPLIER,
                (
                    ("Name", N("Morgan Tull")),
                    ("Role", "Commercial Director"),
                    ("Date", "2026-02-26"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "print-mail-contract.pdf": DocumentSpec(
        title="Hybrid print and mail services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Print and mail services — OFFICIAL-SENSITIVE COMMERCIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 3, 2, 15, 0),
        blocks=CONTRACT,
    ),
}
