"""Forensic science services for the Police and Crime Commissioner for Brenmouth and Arle from
Corvane Forensic Laboratories Ltd: agreement (DOCX) and price schedule per submission type with
turnaround service credits, reporting scientists and laboratory identifiers (PDF)."""

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

TEMPLATE = "bluelight"
BUYER = "Police and Crime Commissioner for Brenmouth and Arle"
FORCE = "Chief Constable of Brenmouth and Arle Police"
SUPPLIER = "Corvane Forensic Laboratories Ltd"
REF = "BAP-FS-2026-002"
SORT, ACCOUNT = "82-14-60", "37205918"
IBAN = uk_iban("OKVB", SORT, ACCOUNT)
HQ = "Brenmouth and Arle Police Headquarters, Moorgate Row, Brenmouth, BQ4 1HS"

META = {
    "id": "blue-forensic-services-brenmouth-2026",
    "title": "Forensic science services: DNA, drugs, toxicology and marks 2026-2029",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 4_125_000, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 27),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REF,
    "public_names": ["Superintendent Owen Gatiss", "Clare Mountjoy"],
    "documents": [
        {"file": "forensic-services-agreement.docx", "title": "Forensic services agreement"},
        {"file": "schedule-2-prices.pdf", "title": "Schedule 2: prices and service credits"},
    ],
}

AGREEMENT = [
    Title("FORENSIC SCIENCE SERVICES AGREEMENT"),
    Subtitle("Between the Commissioner, the Chief Constable and the Forensic Provider"),
    Para(f"Agreement reference: {U(REF)}", centred=True),
    Heading("The parties"),
    Clause(
        "(1)",
        f"{U(BUYER)} (the “Commissioner”), contracting with the {U(FORCE)} (the "
        f"“Force”), both of {U(HQ)}.",
    ),
    Clause(
        "(2)",
        f"{U(SUPPLIER)}, a company registered in England and Wales with number "
        f"{U('10293847')}, whose laboratory is at {U('Corvane House, Calloway Science Park')}, "
        "Ashmere, BQ21 7TN (the “Forensic Provider”).",
    ),
    Heading("1. Definitions"),
    Definition(
        "Submission",
        "a package of one or more exhibits sent by the Force under a "
        "single case reference for one type of examination.",
    ),
    Definition(
        "Turnaround Time",
        "the number of calendar days from receipt of a Submission "
        "at the laboratory to release of the statement or report on the LIMS.",
    ),
    Definition(
        "Priority",
        "the turnaround option selected by the Force when submitting: "
        "Standard, Expedited, Urgent or Critical.",
    ),
    Definition(
        "Codes of Practice",
        "the Forensic Science Regulator's Code of Practice issued "
        "under the Forensic Science Regulator Act 2021.",
    ),
    Heading("2. Term and value"),
    Clause(
        "2.1",
        "This Agreement starts on 2026-04-01 and expires on 2029-03-31, unless the "
        "Commissioner exercises Option T to extend it for one further year.",
    ),
    Clause(
        "2.2",
        f"The estimated value of Submissions over the term is {U('£4,125,000')} "
        f"(about {U('£1,375,000')} a year). The Force gives no guarantee of volumes.",
    ),
    Heading("3. Services and quality"),
    Clause(
        "3.1",
        "The Forensic Provider shall examine Submissions and report in accordance "
        "with the Codes of Practice, its ISO/IEC 17025 accreditation (UKAS testing "
        f"laboratory {U('No. 4187')}) and the Force's submission policy.",
    ),
    Clause(
        "3.2",
        "Continuity. The Forensic Provider shall record every transfer of an "
        "exhibit in the LIMS and keep exhibits in the secure store until returned.",
    ),
    Clause(
        "3.2.1",
        f"Out-of-hours drop-off at the laboratory is through the secure exhibit "
        f"hatch, opened with code {S('3071-B')}; the Force shall log each drop-off with "
        "the laboratory's night security officer.",
        level=2,
    ),
    Clause(
        "3.2.2",
        f"Submission forms are uploaded to the LIMS at "
        f"{S('https://lims-intake.corvane.example/bap')} by Force users, and case files "
        f"returned to the Force by SFTP from {S('sftp02.corvane.example')} under account "
        f"{S('bap_returns')}, restricted to Force address range {S('203.0.113.64/28')}.",
        level=2,
    ),
    Heading("4. Prices and payment"),
    Clause(
        "4.1",
        "The Force shall pay the price in Schedule 2 for each Submission according "
        "to its type and Priority. Prices are fixed for the first two years and then may "
        f"rise by no more than {P('2.75 %')} a year.",
    ),
    Clause(
        "4.2",
        "Where a Submission is reported later than its Turnaround Time, the service "
        "credit in Schedule 2 shall be set against the next invoice.",
    ),
    Clause(
        "4.3",
        "Invoices are payable 30 days from receipt, by BACS to Oakvale Bank, sort "
        f"code {B(SORT)}, account number {B(ACCOUNT)}, IBAN {B(grouped(IBAN))}.",
    ),
    Heading("5. Expert witnesses"),
    Clause(
        "5.1",
        "The Forensic Provider shall make its reporting scientists available to "
        "give evidence. The scientists named at signature as reporting officers for the "
        f"Force are {N('Dr Harriet Quennell')} (DNA, reporting ID {N('CFL-RS-0219')}), "
        f"{N('Mr Kwabena Asante-Boateng')} (drugs and toxicology, reporting ID "
        f"{N('CFL-RS-0344')}) and {N('Ms Ilona Wierzbicka')} (marks and footwear, "
        f"reporting ID {N('CFL-RS-0378')}).",
    ),
    Clause(
        "5.2",
        f"Court attendance is charged at {P('£ 95.00')} an hour, including travel time.",
    ),
    Heading("6. Insurance and liability"),
    Clause(
        "6.1",
        f"The Forensic Provider shall hold professional indemnity insurance of not "
        f"less than {U('£10,000,000')} for each claim, under policy "
        f"{I('HX/PI/20874415')}, and public liability of not less than "
        f"{U('£5,000,000')}, under certificate {I('PLC-7720-5531')}.",
    ),
    Clause(
        "6.2",
        f"The Forensic Provider's liability is limited to {U('£5,000,000')} in "
        "aggregate, save for liability for breach of the data protection clause and for "
        "loss or contamination of exhibits, which is unlimited.",
    ),
    Clause(
        "6.3",
        f"The Forensic Provider has lodged a performance bond of {F('£200,000')}. "
        f"Its latest filed accounts show net assets of {F('£6,240,000')} and a dependence "
        f"on police customers for {F('82%')} of revenue.",
    ),
    Heading("7. Contract management"),
    Clause(
        "7.1",
        f"The Force's contract manager is {U('Superintendent Owen Gatiss')}, "
        f"{U('Head of Forensic Services')}, supported by the Force's quality manager. The "
        f"Forensic Provider's account director is {N('Beverley Tranter')}, "
        f"{N('b.tranter@corvane.example')}, {N('07700 900506')}.",
    ),
    Heading("Annex: Forensic Provider's tender statement (Commercial in Confidence)"),
    Para(
        C(
            "Corvane will process all Standard DNA Submissions for the Force on its "
            "second-generation robotic extraction line at Calloway, which reduces manual "
            "handling and allows us to hold the Standard price for two years."
        )
    ),
    Para(
        C(
            "Urgent and Critical work is staffed from a rota of six reporting scientists "
            "who are available on call every night; we recover the cost of that rota from "
            "the Urgent and Critical premiums rather than through a standing charge."
        )
    ),
    Signatures(
        "Signed for and on behalf of the parties on 2026-02-27",
        (
            Signatory(
                f"For the {BUYER}",
                (
                    ("Signature", U("C. Mountjoy")),
                    ("Name", U("Clare Mountjoy")),
                    ("Position", U("Chief Finance Officer")),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("D. Corvane")),
                    ("Name", N("Dr Duncan Corvane")),
                    ("Position", "Chief Executive"),
                ),
            ),
        ),
    ),
]

PRICES = (
    ("DNA-01", "DNA profile, reference sample (PACE)", P("£ 38.00"), "n/a", "n/a",
     "n/a"),
    ("DNA-02", "DNA profile, crime stain (per item, up to 3)", P("£ 412.00"), P("£ 560.00"),
     P("£ 824.00"), P("£1,236.00")),
    ("DRG-01", "Drugs identification and quantitation", P("£ 186.00"), P("£ 240.00"),
     "n/a", "n/a"),
    ("TOX-02", "Toxicology, drug driving (s.5A)", P("£ 164.00"), P("£ 215.00"),
     P("£ 328.00"), "n/a"),
    ("MKS-01", "Footwear marks comparison", P("£ 298.00"), P("£ 390.00"), "n/a", "n/a"),
)  # fmt: skip

CREDITS = (
    ("Standard (28 days)", "1 to 7 days late", P("5 %")),
    ("Standard (28 days)", "more than 7 days late", P("15 %")),
    ("Urgent (72 hours)", "any delay", P("50 %")),
)  # fmt: skip

SCHEDULE = [
    Heading("Schedule 2: Prices and service credits"),
    Para(
        f"This Schedule forms part of Agreement {U(REF)} between the {U(BUYER)} and "
        f"{U(SUPPLIER)}. Prices are per Submission, in pounds sterling, exclusive of VAT, "
        "valid from 01.04.26."
    ),
    Heading("Part A: Price per Submission by Priority", level=2),
    Table(
        (
            "Code",
            "Submission type",
            "Standard 28 days",
            "Expedited 7 days",
            "Urgent 72 hours",
            "Critical 24 hours",
        ),
        PRICES,
        (0.1, 0.34, 0.14, 0.14, 0.14, 0.14),
        right=(2, 3, 4, 5),
    ),
    Para(
        f"Additional items beyond the third in a DNA-02 Submission are charged at "
        f"{P('£118.00')} + VAT each."
    ),
    Heading("Part B: Turnaround service credits", level=2),
    Para(
        "The credit is a percentage of the price of the late Submission and is deducted from "
        "the next monthly invoice."
    ),
    Table(("Priority", "Lateness", "Service credit"), CREDITS, (0.35, 0.35, 0.3)),
    Para(
        f"Total service credits in a quarter are capped at {P('ten per cent (10%)')} of the "
        "quarter's invoiced charges."
    ),
    Heading("Part C: Laboratories used for the Force's work", level=2),
    Table(
        ("Laboratory", "Discipline", "Laboratory manager"),
        (
            (U("Calloway DNA Unit"), "DNA", N("Dr Fenella Ashcroft")),
            (U("Calloway Chemistry"), "Drugs and toxicology", N("Tobias Renshaw")),
            (U("Ashmere Marks Laboratory"), "Footwear and marks", N("Gwen Pritchard-Hale")),
        ),
        (0.35, 0.3, 0.35),
    ),
]

DOCUMENTS = {
    "forensic-services-agreement.docx": DocumentSpec(
        title="Forensic science services agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Forensic Science Services — OFFICIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 2, 27, 10, 0),
        blocks=AGREEMENT,
    ),
    "schedule-2-prices.pdf": DocumentSpec(
        title="Schedule 2: prices and service credits",
        subject=f"Agreement {REF}, Schedule 2",
        header="Brenmouth and Arle Police — Forensic Science Services — OFFICIAL-SENSITIVE",
        footer=f"Agreement {REF} — Schedule 2",
        created=dt.datetime(2026, 2, 27, 10, 5),
        blocks=SCHEDULE,
    ),
}
