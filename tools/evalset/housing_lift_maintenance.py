"""Lift maintenance in council tower blocks, Marchbank City Council with Cantrell & Moss Lifts
Ltd (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    Definition,
    DocumentSpec,
    Heading,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

from evalset.marks import B, F, I, N, P, S, U

TEMPLATE = "housing"
BUYER = "Marchbank City Council"
SUPPLIER = "Cantrell & Moss Lifts Ltd"
REF = "MCC/HRA/LIFT/25/112"

META = {
    "id": "housing-lift-maintenance-marchbank-2025",
    "title": "Comprehensive lift maintenance in high-rise housing blocks 2025-2030",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_245_000, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 10),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2030, 3, 31),
    "reference": REF,
    "public_names": ["Niamh Brannigan", "Owen Tredgold"],
    "documents": [
        {
            "file": "lift-maintenance-agreement.docx",
            "title": "Lift maintenance agreement and schedules",
        }
    ],
}

ORDER = (
    ("1. Reference", U(REF)),
    (
        "2. Council",
        f"{U(BUYER)}, Housing Revenue Account, {U('Guildhall Square, Marchbank MQ1 9YY')}",
    ),
    ("3. Contractor", f"{U(SUPPLIER)}, company number {U('04155938')}"),
    ("4. Installations", "22 passenger lifts in 11 residential tower blocks (Schedule 1)"),
    (
        "5. Contract Price",
        f"{U('£1,245,000')} over five years, about {U('£249,000')} each year including call-outs, "
        "repairs outside Comprehensive Maintenance and modernisation surveys",
    ),
    ("6. Period", "1st April 2025 to 31st March 2030"),
    ("7. Council's Representative", f"{U('Owen Tredgold')}, {U('Building Safety Manager')}"),
    ("8. Approved by", f"{U('Niamh Brannigan')}, {U('Assistant Director, Housing Assets')}"),
)

LIFTS = (
    (U("Bellhouse Tower"), "2", U("Kestrel MX-400"), P("£1,310"), P("£10,480")),
    (U("Coldharbour Court"), "2", U("Kestrel MX-400"), P("£1,310"), P("£10,480")),
    (U("Ferrier Point"), "3", "Hydronic HT9 (2009)", P("£1,495"), P("£17,940")),
    ("Eight other blocks", "15", "Various (Schedule 1A)", P("£1,275"), P("£76,500")),
)

CALLOUTS = (
    ("Attendance, first hour", P("£96.00"), P("£138.00"), P("£176.00"), P("£212.00")),
    ("Each further hour", P("£78.00"), P("£112.00"), P("£140.00"), P("£168.00")),
)

KPIS = (
    ("Entrapment: engineer on site", "30 minutes", P("2%")),
    ("Lift availability per block (monthly)", U("98.5%"), P("3%")),
    ("Breakdown: lift restored", "24 hours", P("1.5%")),
    ("Planned visit completed in month", "100%", P("1%")),
)

BLOCKS = [
    Title("LIFT MAINTENANCE AGREEMENT"),
    Subtitle("Comprehensive maintenance of passenger lifts in residential tower blocks"),
    Heading("Order Form"),
    Table(("Entry", "Details"), ORDER, (0.34, 0.66)),
    Heading("Conditions"),
    Heading("1. Definitions", level=2),
    Definition(
        "Comprehensive Maintenance",
        "means routine servicing, adjustment, lubrication "
        "and the repair or replacement of any worn or failed component, other than the "
        "items excluded in Schedule 3, at no charge beyond the Quarterly Charge.",
    ),
    Definition("Entrapment", "means an event in which a person is trapped in a lift car."),
    Definition("Quarterly Charge", "means the price per lift per quarter in Schedule 1."),
    Definition(
        "Remote Monitoring",
        "means the Council's lift monitoring system, which "
        "reports faults and alarm calls from each lift controller.",
    ),
    Heading("2. Maintenance", level=2),
    Clause(
        "2.1",
        "The Contractor will visit every lift at least once every four weeks and "
        "will follow the maintenance schedule for the lift's controller and drive.",
    ),
    Clause(
        "2.2",
        "The Contractor will make each lift available for its thorough examination "
        "under the Lifting Operations and Lifting Equipment Regulations 1998 by the "
        "Council's insurer, and will correct every defect reported within the time given "
        "in the report.",
    ),
    Clause(
        "2.3",
        "Where a block has only one working lift, the Contractor will treat a fault "
        "on that lift as an emergency and inform the Council's Representative and the "
        "block's residents' association within one hour.",
    ),
    Heading("3. Charges and call-outs", level=2),
    Clause(
        "3.1",
        "The Council pays the Quarterly Charge for each lift in advance on the "
        "first day of April, July, October and January:",
    ),
    Table(
        ("Block", "Lifts", "Controller", "Per lift per quarter", "Annual (£)"),
        LIFTS,
        (0.26, 0.09, 0.27, 0.2, 0.18),
        right=(1, 3, 4),
    ),
    Clause(
        "3.2",
        "Call-outs for misuse, vandalism and other excluded faults are charged at "
        "these rates, net of VAT:",
    ),
    Table(
        ("Call-out", "Mon-Fri 08:00-18:00", "Mon-Fri 18:00-08:00", "Sat and Sun", "Bank holidays"),
        CALLOUTS,
        (0.28, 0.18, 0.18, 0.18, 0.18),
        right=(1, 2, 3, 4),
    ),
    Clause(
        "3.3",
        f"Replacement parts outside Comprehensive Maintenance are charged at list "
        f"price less a discount of {P('fifteen per cent (15%)')}. Any single repair "
        f"estimated above {P('£1.5k')} needs a written order first.",
    ),
    Clause(
        "3.4",
        f"Charges rise each April by the BEAMA lift index, capped at "
        f"{P('3.25 %')} a year. If the Contractor cuts its cost by an improvement that the "
        f"Council approves, the saving is shared {P('50:50')} for the rest of the Period.",
    ),
    Clause(
        "3.5",
        f"The Contractor will be paid by BACS to account {B('41870236')}, sort code "
        f"{B('09-12-77')}, at Pennant & Vale Bank, quoting the Council's order number.",
    ),
    Heading("4. Performance", level=2),
    Clause(
        "4.1",
        "If a target below is missed, the Council deducts the percentage shown from "
        "that quarter's charges for the block concerned:",
    ),
    Table(("Measure", "Target", "Deduction"), KPIS, (0.56, 0.22, 0.22)),
    Clause(
        "4.2",
        f"Deductions in any quarter will not exceed {P('10%')} of the Quarterly "
        "Charges for all lifts.",
    ),
    Heading("5. Access to controllers and monitoring", level=2),
    Clause(
        "5.1",
        f"Each lift controller is protected by a service password. The current "
        f"passwords are held by the Council in sealed form; for the Kestrel controllers at "
        f"{U('Bellhouse Tower')} and {U('Coldharbour Court')} the engineer level password "
        f"is {S('KMX-7731-bh')} and for the Hydronic controllers it is {S('HT9serv#2209')}. "
        "The Contractor will change them at its first visit and write the new passwords "
        "only into the Council's password vault.",
    ),
    Clause(
        "5.2",
        f"The Remote Monitoring server is {S('liftmon01.marchbank.internal')} "
        f"({S('10.44.18.21')}), reached over the Council's site-to-site VPN from "
        f"{S('203.0.113.86')}. The Contractor's read-only account is "
        f"{S('cmlifts_ro')}.",
    ),
    Clause(
        "5.3",
        f"Lift motor rooms are opened with a 5-digit combination, currently "
        f"{S('40917')}, used only by named engineers.",
    ),
    Heading("6. People", level=2),
    Clause(
        "6.1",
        f"The Contractor's account manager is {N('Beatrix Kolawole')} "
        f"({N('beatrix.kolawole@cantrellmoss.example')}, {N('07700 900139')}). The lead "
        f"engineer for the Period is {N('Mr Hamish Drummond-Price')}, who will "
        "attend the quarterly review with the Council's Representative.",
    ),
    Clause(
        "6.2",
        f"Out of hours the Contractor's duty supervisor is reached through its "
        f"control on {N('0113 496 0872')}, asking for {N('Kieran Moss')}.",
    ),
    Heading("7. Insurance and guarantee", level=2),
    Clause(
        "7.1",
        f"The Contractor will hold public liability insurance of at least "
        f"{U('£10 million')} and employer's liability insurance of at least "
        f"{U('£5 million')}. Policy numbers: public liability {I('ZQ/PL/7720451/03')}; "
        f"employer's liability {I('ZQ/EL/7720452/03')}. The excess borne by the "
        f"Contractor on each claim is {I('1,000 pounds')}.",
    ),
    Clause(
        "7.2",
        f"Cantrell & Moss Holdings plc guarantees the Contractor's obligations up to "
        f"{F('£500,000')}. The Contractor's last accounts show turnover of "
        f"{F('£27.6 million')} and operating profit of {F('£1.9 million')}.",
    ),
    Clause(
        "7.3",
        f"The liability of either party under this Agreement is limited to "
        f"{U('£2,500,000')} for each event.",
    ),
    Signatures(
        "This Agreement is signed on behalf of the parties:",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signed", U("N. Brannigan")),
                    ("Name", U("Niamh Brannigan")),
                    ("Position", U("Assistant Director, Housing Assets")),
                    ("Date", "10th March 2025"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signed", N("C. Moss")),
                    ("Name", N("Charlotte Moss")),
                    ("Position", "Commercial Director"),
                    ("Date", "7th March 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "lift-maintenance-agreement.docx": DocumentSpec(
        title="Lift maintenance agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Housing — Lift maintenance — OFFICIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 3, 10, 9, 30),
        blocks=BLOCKS,
    ),
}
