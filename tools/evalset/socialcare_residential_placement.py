"""Individual residential care placement agreement, Holmbury MBC with a care home (DOCX)."""

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

from evalset.marks import B, F, I, N, P, U, uk_iban

TEMPLATE = "socialcare"
BUYER = "Holmbury Metropolitan Borough Council"
SUPPLIER = "Larchfield Care Group Ltd"
HOME = "Meadowcroft House"
REF = "HMBC/ASC/IPA/26/00781"
SORT, ACCOUNT = "83-06-19", "27551904"
IBAN = uk_iban("FNWK", SORT, ACCOUNT)

META = {
    "id": "socialcare-residential-placement-2026",
    "title": "Individual residential care placement agreement, Meadowcroft House",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 54_392, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 3),
    "starts": dt.date(2026, 3, 9),
    "ends": dt.date(2027, 3, 7),
    "reference": REF,
    "public_names": ["Anjali Breckon"],
    "documents": [{"file": "placement-agreement.docx", "title": "Individual placement agreement"}],
}

KEY_DETAILS = (
    ("Placement reference", U(REF)),
    ("Council", f"{U(BUYER)}, Adult Social Care, {U('Town Hall, Kirkgate, Holmbury, HB1 3RT')}"),
    ("Provider", f"{U(SUPPLIER)}, registered in England no. {U('07738120')}"),
    ("Care Home", f"{U(HOME)}, {U('22 Sandpiper Lane, Holmbury, HB6 2WF')}"),
    ("CQC location ID", U("1-2093348817")),
    ("Type of placement", "Permanent residential care (dementia), single en-suite room"),
    ("Placement Start Date", "9th March 2026"),
    ("Review", "Six weeks after the Placement Start Date, then at least annually"),
    ("Council's estimated annual commitment", U("£54,392")),
)  # fmt: skip

RESIDENT = (
    ("Full name", N("Mrs Winifred May Ashdown")),
    ("Date of birth", N("3rd September 1936")),
    ("NHS number", N("999 107 3386")),
    ("Council client ID (Mosaic)", N("HB-0458127")),
    ("Address before admission", N("41 Tenter Street, Holmbury, HB4 7DN")),
    ("Next of kin", f"{N('Mr Graham Ashdown')} (son), {N('18 Larkspur Rise, Hallowden, HB9 1QA')}"),
    ("Next of kin telephone and e-mail", f"{N('07700 900154')}; {N('g.ashdown@mailbox.example')}"),
    ("Lasting power of attorney", N("Property and financial affairs: Mr Graham Ashdown")),
)  # fmt: skip

FEES = (
    ("Weekly Fee agreed with the Provider", P("£ 1,046.00")),
    ("of which: Council's Usual Price for a dementia residential bed", U("£ 961.00")),
    ("of which: Third Party Top-Up", P("£ 85.00")),
    ("Resident's assessed contribution (collected by the Council)", N("£ 214.60")),
    ("Net weekly cost to the Council", P("£ 746.40")),
)  # fmt: skip

BLOCKS = [
    Title("INDIVIDUAL PLACEMENT AGREEMENT"),
    Subtitle("Residential Care for Older People — Care Act 2014, sections 18 and 30"),
    Para(
        "This Individual Placement Agreement is a call-off under the Council's Residential "
        "and Nursing Care Accreditation Terms 2024 (the “Terms”), to which the Provider is "
        "party. Words with capitals have the meanings given in the Terms unless defined below."
    ),
    Heading("Part 1 — Key details"),
    Table(("Item", "Details"), KEY_DETAILS, (0.36, 0.64)),
    Heading("Part 2 — Agreed terms"),
    Heading("1. Definitions", level=2),
    Definition(
        "Weekly Fee",
        "means the total weekly charge for the Resident's accommodation, care "
        "and support set out in Part 3, including any Third Party Top-Up.",
    ),
    Definition(
        "Third Party Top-Up",
        "means the additional weekly sum, above the Council's Usual Price, "
        "that a third party has agreed to pay under a Third Party Agreement so that the "
        "Resident may live at the Care Home of their choice.",
    ),
    Heading("2. The placement", level=2),
    Clause(
        "2.1",
        "The Provider shall meet the Resident's assessed needs as set out in the care and "
        "support plan dated 24th February 2026 and shall notify the Council's Placement "
        "Review Team within 48 hours of any significant change.",
    ),
    Clause(
        "2.1.1",
        "The Provider shall keep a room for the Resident during any hospital stay for up to "
        f"six weeks, when the Weekly Fee is payable at {P('90 per cent')}.",
    ),
    Clause(
        "2.1.2",
        "On the Resident's death the Weekly Fee is payable up to and including the third day "
        "after the date of death, or until the room is cleared if sooner.",
    ),
    Clause(
        "2.2",
        "The Provider shall not ask the Resident, their family or any other person for any "
        "further payment for care or accommodation, save for optional extras chosen by the "
        "Resident (such as hairdressing) charged at cost.",
    ),
    Clause(
        "2.3",
        "Where the Council's social worker asks in writing for additional one-to-one support "
        f"(for example while the Resident settles in), it is charged at {P('£21.40')} an hour "
        f"for no more than 14 hours a week, and an escort to hospital appointments at "
        f"{P('£18.75')} an hour plus {P('45p')} a mile.",
    ),
    Heading("3. Charging and the Resident's contribution", level=2),
    Clause(
        "3.1",
        "The Council pays the gross Weekly Fee to the Provider four-weekly in arrears and "
        "recovers the Resident's assessed contribution itself. The Council's financial "
        f"assessment applies the upper capital limit of {U('£23,250')}, the lower capital "
        f"limit of {U('£14,250')} and a Personal Expenses Allowance of {U('£30.65')} a week.",
    ),
    Clause(
        "3.2",
        "The Council's financial assessment of 2nd March 2026 found that the Resident has "
        f"capital of {N('£17,960')} and must contribute the sum shown in Part 3.",
    ),
    Heading("4. Fee review", level=2),
    Clause(
        "4.1",
        "The Weekly Fee is reviewed each April in line with the Council's annual uplift for "
        f"accredited homes, which for 2026/27 is capped at {P('3.9%')}. The Third Party "
        "Top-Up may rise by the same percentage and no more in any year.",
    ),
    Heading("5. Insurance, liability and finance", level=2),
    Clause(
        "5.1",
        f"The Provider's liability under this Agreement is capped at {U('£1,000,000')} a "
        "year, except for death or personal injury or for fraud.",
    ),
    Clause(
        "5.2",
        f"The Provider holds care home combined cover (public liability not less than "
        f"{U('£5,000,000')}) with Wyvern & Harte, certificate no. {I('WH/CHC/2026/61309')}, "
        f"and employer's liability cover under policy {I('EL 0774 2391 55')}; the excess on "
        f"each public liability claim is {I('£2,500')}.",
    ),
    Clause(
        "5.3",
        f"The Provider's parent company has given the Council a guarantee of "
        f"{F('£150,000')} in respect of its Holmbury homes.",
    ),
    Heading("6. Contacts and payment", level=2),
    Clause(
        "6.1",
        f"Council placements: {U('Anjali Breckon')}, {U('Head of Brokerage and Placements')}; "
        f"general enquiries {U('0161 496 0100')}. Care Home: the registered manager, "
        f"{N('Mr Tobias Fennimore')}, {N('tobias.fennimore@larchfieldcare.example')}.",
    ),
    Clause(
        "6.2",
        f"Payments to the Provider are made to Fenwick & Norris Bank, sort code "
        f"{B(SORT)}, account no. {B(ACCOUNT)}, international payments IBAN {B(IBAN)}.",
    ),
    Heading("Part 3 — Fees"),
    Table(("Element", "Weekly sum"), FEES, (0.72, 0.28), right=(1,)),
    Heading("Part 4 — The Resident (PERSONAL — Special Category Data)"),
    Table(("Field", "Record"), RESIDENT, (0.36, 0.64)),
    Heading("Part 5 — Third Party Agreement (summary)"),
    Para(
        f"{N('Mr Graham Ashdown')} has agreed in writing, on 27th February 2026, to pay the "
        f"Council a Third Party Top-Up of eighty-five pounds a week, that is "
        f"{P('£4,420')} a year, by direct debit from his account (sort code "
        f"{N('30-71-54')}, account ending {N('8823')}). He has been advised to take "
        "independent financial advice and understands that the Council may move the "
        "Resident to a home at the Usual Price if the Top-Up is not paid."
    ),
    Signatures(
        "Agreed on behalf of the Council and the Provider:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("A. Breckon")),
                    ("Name", U("Anjali Breckon")),
                    ("Title", U("Head of Brokerage and Placements")),
                    ("Date", "3rd March 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("L. Osei-Barnes")),
                    ("Name", N("Lorraine Osei-Barnes")),
                    ("Title", "Regional Operations Director"),
                    ("Date", "2nd March 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "placement-agreement.docx": DocumentSpec(
        title="Individual residential placement agreement",
        subject=f"Placement {REF}",
        header=f"{BUYER} — Individual Placement Agreement — OFFICIAL-SENSITIVE: PERSONAL",
        footer=f"Placement {REF}",
        created=dt.datetime(2026, 3, 3, 9, 45),
        blocks=BLOCKS,
    ),
}
