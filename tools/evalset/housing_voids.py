"""Void property refurbishment, Dunmere Borough Council (Housing Services) with Larkspur
Property Renewals Ltd: the term agreement (PDF) and its pricing document (DOCX)."""

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

from evalset.marks import B, C, F, I, N, P, S, U

TEMPLATE = "housing"
BUYER = "Dunmere Borough Council"
SUPPLIER = "Larkspur Property Renewals Ltd"
REF = "DBC-HSG-0417"

META = {
    "id": "housing-voids-dunmere-2026",
    "title": "Void property refurbishment term contract 2026-2029",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 4_860_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 14),
    "starts": dt.date(2026, 2, 2),
    "ends": dt.date(2029, 2, 1),
    "reference": REF,
    "public_names": ["Rhiannon Castellane", "Marcus Tolley"],
    "documents": [
        {"file": "agreement.pdf", "title": "Term agreement for void works"},
        {"file": "pricing-document.docx", "title": "Pricing document"},
    ],
}

KEY_SAFES = (
    ("V26-0031", "14 Orchard Mews, Dunmere", "Front porch, left", S("3907")),
    ("V26-0034", "Flat 3, Kingfisher House, Weir Lane", "Bin store wall", S("1146#")),
    ("V26-0038", "61 Sandpiper Road, Easterby", "Rear gate post", S("C-7720")),
)

AGREEMENT = [
    Title("TERM AGREEMENT FOR VOID PROPERTY WORKS"),
    Subtitle("Dunmere Borough Council — Housing Services"),
    Para(f"Agreement number {U(REF)}", centred=True),
    Para("THIS AGREEMENT is dated 14th January 2026 and is made between:", bold=True),
    Clause(
        "(1)",
        f"{U(BUYER)} of {U('Dunmere House, 1 Market Parade, Dunmere DX1 4QQ')} "
        "(the “Council”); and",
    ),
    Clause(
        "(2)",
        f"{U(SUPPLIER)} (registered in England, company number {U('09947130')}) "
        "whose registered office is at Unit 12, Brickfield Trading Estate, Easterby "
        "DX6 2JW (the “Contractor”).",
    ),
    Heading("1. Interpretation"),
    Definition(
        "Void",
        "means a council home that is empty between tenancies and has been "
        "handed to the Contractor by the Council's Voids Team with a Void Order.",
    ),
    Definition(
        "Dunmere Lettable Standard",
        "means the Council's standard for a home ready to "
        "let, published to tenants and attached to the Specification.",
    ),
    Definition(
        "Void Standard",
        "means one of the four bands of work (V1 to V4) into which "
        "the Council's surveyor places a Void at pre-inspection.",
    ),
    Definition(
        "Key Date",
        "means the day on which the Contractor must return the keys of a "
        "Void finished to the Dunmere Lettable Standard.",
    ),
    Heading("2. Instructions and programme"),
    Clause(
        "2.1",
        "The Council will issue Void Orders as homes become empty. It does not "
        "promise any number of Voids; the expected flow is 520 a year.",
    ),
    Clause("2.2", "For each Void the Contractor will:"),
    Clause(
        "2.2.1", "collect the keys from the Council's key room within one working day;", level=2
    ),
    Clause(
        "2.2.2",
        "complete the works and the gas, electrical and asbestos checks by the Key "
        "Date (10 working days for V1 and V2, 18 for V3, 30 for V4); and",
        level=2,
    ),
    Clause(
        "2.2.3",
        "photograph every room before and after the works and load the photographs "
        "to the Void Order.",
        level=2,
    ),
    Clause(
        "2.3",
        "Keys of Voids waiting for works are kept in key safes fitted by the "
        "Council. The codes below are current at the date of this Agreement and are "
        "changed at every handover; the Contractor must not write them on the Void Order "
        "or share them with sub-contractors by text message.",
    ),
    Table(
        ("Void ref.", "Address", "Key safe position", "Code"), KEY_SAFES, (0.16, 0.44, 0.24, 0.16)
    ),
    Clause(
        "2.4",
        f"The Council's voids surveyors are {U('Rhiannon Castellane')} "
        f"({U('Voids Team Leader')}) and {U('Marcus Tolley')} ({U('Senior Surveyor')}). "
        f"The Contractor's surveyors are {N('Ms Carys Wynne-Hughes')}, who can be reached "
        f"on {N('07700 900268')}, and {N('Olumide Adekunle')} "
        f"({N('o.adekunle@larkspur-renewals.example')}), who will attend every "
        "pre-inspection and post-inspection with the Council's surveyor.",
    ),
    Heading("3. Payment"),
    Clause(
        "3.1",
        "Each Void is paid at the price per Void for its Void Standard in the "
        "Pricing Document. Work beyond the Void Standard, approved in advance by the "
        "Council's surveyor, is valued from the Schedule of Rates with the Contractor's "
        "tendered adjustment.",
    ),
    Clause(
        "3.2",
        f"For every working day a Void is returned after its Key Date the "
        f"Contractor allows the Council {P('£45.00')} against the lost rent, up to "
        f"{P('£900')} for any one Void.",
    ),
    Clause(
        "3.3",
        f"If the Contractor returns {P('97.5 %')} or more of Voids by their Key "
        f"Date in a contract year, the Council pays a bonus of {P('£12,500 (ex. VAT)')}.",
    ),
    Clause(
        "3.4",
        f"The total value of this Agreement is expected to be {U('£4,860,000')} "
        f"(about {U('£1,620,000')} a year). The Contractor's liability for any one event "
        f"is capped at {U('£2,000,000')}.",
    ),
    Heading("4. Security and insurance"),
    Clause(
        "4.1",
        f"The Contractor has provided a performance bond of {F('£243,000')} from "
        f"Halberd Surety plc, and its credit report shows a score of {F('71 out of 100')} "
        f"with an overdraft facility of {F('£400,000')}.",
    ),
    Clause(
        "4.2",
        f"The Contractor will hold public liability insurance of not less than "
        f"{U('£10 million')} and contractors' all risks cover for the full value of works "
        f"in progress. Its certificates are: public liability {I('LPR-PL-00418827')}; "
        f"contract works {I('CW 2291 4470 B')}.",
    ),
    Heading("5. Method statement (Commercial in Confidence)"),
    Para(
        C(
            "On receipt of a Void Order our surveyor meets the Council's surveyor at the "
            "property the next working day and we photograph and cost the works on site the "
            "same afternoon. Each void is given to a single multi-trade team of two operatives "
            "who remain with it until handover, so that no trade waits on another."
        )
    ),
    Para(
        C(
            "We hold a van stock of the ten most used kitchen and door components and keep a "
            "call-off agreement with our merchant for next-morning delivery to site, which "
            "lets us return a V2 void in eight working days on average against the ten "
            "allowed."
        )
    ),
    Signatures(
        "Executed by the parties on the date at the head of this Agreement.",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Name", U("Rhiannon Castellane")),
                    ("Title", "Voids Team Leader, for the Head of Housing"),
                    ("Signature", "R. Castellane"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Name", N("Jonah Whitlock")),
                    ("Title", "Director"),
                    ("Signature", N("J. Whitlock")),
                ),
            ),
        ),
    ),
]

PRICES = (
    (
        "V1",
        "Minor: clean, safety checks, up to 10 SOR items",
        P("£ 1,140.00"),
        P("£ 980.00"),
        P("95"),
    ),
    (
        "V2",
        "Standard: as V1 plus redecoration and flooring",
        P("£ 2,395.00"),
        P("£ 2,060.00"),
        P("140"),
    ),
    ("V3", "Major: kitchen or bathroom replacement", P("£ 6,870.00"), P("£ 5,915.00"), P("385")),
    (
        "V4",
        "Extensive: rewire, kitchen and bathroom, plaster",
        P("£ 13,450.00"),
        P("£ 11,780.00"),
        P("610"),
    ),
)

PRICING = [
    Title("PRICING DOCUMENT"),
    Para(f"Term agreement {U(REF)} — {U(BUYER)} and {U(SUPPLIER)}", centred=True),
    Heading("Part 1 — Price per Void"),
    Para(
        "Prices for each Void Standard, excluding VAT, fixed for the first contract year. "
        "Flats include the communal clean of the landing."
    ),
    Table(
        ("Standard", "Scope of works", "House (£)", "Flat (£)", "Per extra bedroom"),
        PRICES,
        (0.11, 0.45, 0.16, 0.15, 0.13),
        right=(2, 3, 4),
    ),
    Heading("Part 2 — Schedule of Rates adjustment"),
    Para(
        f"Work outside the Void Standard is valued at the {U('NHF Schedule of Rates')} "
        f"{U('Version 7')} for voids, increased by the Contractor's uplift of "
        f"{P('7.25%')}. Materials not in the Schedule are charged at invoice cost plus "
        f"{P('10 per cent')} for overheads and profit, and skips at {P('GBP 265.00')} per "
        f"8-yard skip."
    ),
    Para(
        f"Clearance of belongings left by the outgoing tenant is charged at {P('£38.50')} "
        "per cubic metre, with a photograph of the load uploaded before disposal."
    ),
    Heading("Part 3 — Price adjustment"),
    Para(
        f"On each anniversary of the Start Date prices change by the rise in the BCIS "
        f"Housing Maintenance Cost Index, capped at {P('4.0%')} and with no reduction below "
        "the prices above."
    ),
    Heading("Part 4 — Payment details"),
    Table(
        ("Item", "Details supplied by the Contractor"),
        (
            ("Payee", SUPPLIER),
            ("Bank", "Quayford Bank plc, Easterby branch"),
            ("Sort code", B("30-92-58")),
            ("Account number", B("64417205")),
            ("Remittance advice", "accounts@larkspur-renewals.example"),
        ),
        (0.32, 0.68),
    ),
]

DOCUMENTS = {
    "agreement.pdf": DocumentSpec(
        title="Term agreement for void property works",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Housing Services — Void works",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 1, 14, 10, 30),
        blocks=AGREEMENT,
    ),
    "pricing-document.docx": DocumentSpec(
        title="Void works pricing document",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Void works — Pricing Document — Commercially sensitive",
        footer=f"Agreement {REF} — Pricing",
        created=dt.datetime(2026, 1, 14, 10, 30),
        blocks=PRICING,
    ),
}
