"""Nominations agreement for private halls, University of Harlowgate with Cloisterfield Student
Living Ltd: weekly rents by room type, void guarantee, site contacts and entry system (PDF)."""

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
BUYER = "University of Harlowgate"
SUPPLIER = "Cloisterfield Student Living Ltd"
REF = "UoH/RES/NOM/2025-03"
SORT, ACCOUNT = "30-91-46", "58203317"
IBAN = uk_iban("WLDN", SORT, ACCOUNT)

META = {
    "id": "uni-nominations-halls-harlowgate-2025",
    "title": "Nominations agreement: Cloisterfield Court student residence, 372 bed spaces",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 8_871_271, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 14),
    "starts": dt.date(2025, 9, 1),
    "ends": dt.date(2028, 8, 31),
    "reference": REF,
    "public_names": ["Dr Helen Marwood", "Graham Oyelaran"],
    "documents": [{"file": "nominations-agreement.pdf", "title": "Nominations agreement"}],
}

PARTICULARS = (
    ("Agreement reference", U(REF)),
    ("University", f"{U(BUYER)}, a higher education corporation, of "
     f"{U('Registry Building, Abbey Walk, Harlowgate, HW1 4QZ')}"),
    ("Provider", f"{U(SUPPLIER)} (company number {U('10477392')}), registered office "
     "3 Kiln Yard, Harlowgate, HW6 2XJ"),
    ("Residence", U("Cloisterfield Court, Tanner's Row, Harlowgate, HW3 8PF")),
    ("Nominated Rooms", "372 bed spaces in the room types listed in Schedule 1"),
    ("Agreement Period", "Academic Years 2025/26, 2026/27 and 2027/28"),
    ("Estimated Rent Roll (all three years)", U("£8,871,271")),
    ("Estimated Rent Roll (2025/26)", U("£2,855,952")),
    ("Release Date", "each 31 July for the following Academic Year (clause 6.2.1)"),
    ("University Representative", f"{U('Dr Helen Marwood')}, {U('Director of Residential Life')}"),
)  # fmt: skip

RENTS = (
    ("Standard en-suite (cluster of 6)", "312", P("£168.50"), P("£174.40"), P("£180.50"), "44"),
    ("Accessible en-suite (ground floor)", "12", P("£172.00"), P("£178.00"), P("£184.25"), "44"),
    ("Studio (Tanner's Row wing)", "48", P("£214.00"), P("£221.50"), P("£229.25"), "44"),
)  # fmt: skip

CONTACTS = (
    ("Residence General Manager", N("Mr Callum Prestwick"),
     f"{N('07700 900362')} / {N('c.prestwick@cloisterfield.example')}"),
    ("Deputy Manager (student experience)", N("Ms Adaeze Northcott"),
     N("a.northcott@cloisterfield.example")),
    ("Out-of-hours duty manager (18:00–08:00 and weekends)", "rota",
     f"duty mobile {N('07700 900871')}"),
    ("University Accommodation Office", "Accommodation Services team",
     f"{U('01632 960000')} (University switchboard)"),
)  # fmt: skip

BLOCKS = [
    Title("NOMINATIONS AGREEMENT"),
    Subtitle("for the allocation of student rooms at Cloisterfield Court"),
    Para(
        "This Agreement is dated 14th March 2025 and is made between the University and the "
        "Provider named in the Particulars below. The Particulars, the Conditions and the "
        "Schedules together form the Agreement; if they conflict, the Particulars prevail."
    ),
    Heading("Particulars"),
    Table(("Item", "Entry"), PARTICULARS, (0.34, 0.66)),
    Heading("Conditions"),
    Heading("1. Interpretation", level=2),
    Definition(
        "Academic Year",
        "means the period of 44 weeks beginning on "
        "the Saturday before the University's welcome week.",
    ),
    Definition(
        "Nominated Student",
        "means a registered student of the University whose name the University has passed to "
        "the Provider through the nominations portal before the Release Date.",
    ),
    Definition(
        "Void",
        "means a Nominated Room that is not occupied under a signed tenancy on the census date "
        "of 15 October in an Academic Year, or that falls vacant later and is not re-let within "
        "21 days.",
    ),
    Definition(
        "Void Guarantee",
        "means the University's undertaking in clause 5 to make good part of the Rent lost on a "
        "Void.",
    ),
    Heading("2. Nominations", level=2),
    Clause(
        "2.1",
        "The Provider reserves the Nominated Rooms exclusively for Nominated Students and shall "
        "not let them to anyone else before the Release Date without the University's written "
        "consent.",
    ),
    Clause(
        "2.2",
        "The University shall use reasonable endeavours to nominate students to fill every "
        "Nominated Room, giving priority to first-year undergraduates and to students with a "
        "disability who need an accessible room.",
    ),
    Clause(
        "2.3",
        "Each Nominated Student shall sign the Provider's standard tenancy in the form approved "
        "by the University, which shall comply with the Universities UK/GuildHE Code of "
        "Practice for the Management of Student Housing.",
    ),
    Heading("3. Rent", level=2),
    Clause(
        "3.1",
        "The weekly rents chargeable to Nominated Students are those in Schedule 1 and include "
        "utilities, contents insurance and broadband of at least 100 Mbps per room.",
    ),
    Clause(
        "3.2",
        f"Rents for the second and third Academic Years have been fixed at the tender stage. "
        f"Any change agreed under clause {U('3.2.1')} shall not exceed the lower of CPI at the "
        f"preceding February and {P('three and a half per cent (3.5%)')}.",
    ),
    Clause(
        "3.2.1",
        "A variation of rent shall be recorded in writing and signed by the University "
        "Representative.",
        level=2,
    ),
    Clause(
        "3.3",
        f"The Provider shall give the University a marketing and welfare contribution of "
        f"{P('£11,750')} in each Academic Year, payable on 30 November, and a rebate of "
        f"{P('£ 2.10')} per room per week for every Nominated Room occupied after the census "
        "date above 97 per cent of the total.",
    ),
    Heading("4. Tenancy deposits and arrears", level=2),
    Clause(
        "4.1",
        "Deposits are held in a government-approved scheme and shall not exceed one week's "
        "rent per student. The University is not liable for any Nominated Student's "
        "arrears or damage.",
    ),
    Heading("5. Void Guarantee", level=2),
    Clause(
        "5.1",
        f"For each Void the University shall pay the Provider {P('ninety-two per cent (92%)')} "
        "of the weekly rent for the weeks for which the room is Void, less any rent the "
        "Provider receives by re-letting.",
    ),
    Clause(
        "5.2",
        f"The Void Guarantee applies only to Voids in excess of {P('2.5 %')} of the Nominated "
        f"Rooms and is capped in any Academic Year at {P('GBP 185,000.00')}.",
    ),
    Clause(
        "5.3",
        "Voids arising after the Release Date in rooms the University has released are the "
        "Provider's risk. Summer lets of Nominated Rooms are at the Provider's discretion; "
        f"{P('40 per cent')} of net summer income is credited against the Void Guarantee.",
    ),
    Heading("6. Release of rooms", level=2),
    Clause(
        "6.1",
        "The University may release unfilled rooms to the Provider at any time by notice.",
    ),
    Clause(
        "6.2",
        "Rooms not nominated by the Release Date are released automatically, and",
    ),
    Clause(
        "6.2.1",
        "the University's Void Guarantee ceases for those rooms from that date.",
        level=2,
    ),
    Heading("7. Management, welfare and security", level=2),
    Clause(
        "7.1",
        "The Provider shall staff the Residence reception from 08:00 to 20:00 every day of "
        "term and keep an out-of-hours duty manager on call, who shall attend within 30 "
        "minutes of an emergency call.",
    ),
    Clause(
        "7.2",
        f"Doors and flats are controlled by the {U('KeyNest Access')} system, version "
        f"{U('4.7.2')}, hosted on the server {S('CFC-ACCESS01')} at {S('10.44.8.21')}. The "
        f"University's accommodation team may view entry logs for welfare checks through the "
        f"read-only account {S('uoh_welfare_ro')}; the administrator accounts "
        f"{S('cfadmin_callum')} and {S('cfadmin_duty')} are held by the Provider only.",
    ),
    Clause(
        "7.3",
        f"Nominations are passed nightly by secure file transfer to "
        f"{S('sftp.cloisterfield.example')} using the service account {S('svc_uoh_nomsync')}. "
        f"The fire panel override cabinet in the reception is opened with the code "
        f"{S('4061#')}, which shall be changed each summer vacation.",
    ),
    Clause(
        "7.4",
        "The contacts of the parties for the day-to-day operation of this Agreement are:",
    ),
    Table(("Role", "Name", "How to reach them"), CONTACTS, (0.36, 0.24, 0.40)),
    Clause(
        "7.5",
        f"The Provider's Residence General Manager is {N('Callum Prestwick')}, who lives at "
        f"{N('Flat 2, 19 Wicker Lane, Harlowgate, HW4 7RQ')} within ten minutes of the "
        "Residence; any replacement shall live no further away.",
    ),
    Heading("8. Insurance and liability", level=2),
    Clause(
        "8.1",
        f"The Provider shall insure the Residence for its full reinstatement value and hold "
        f"public liability cover of not less than {U('£10,000,000')} for any one event. Its "
        f"present property owners policy is {I('CSL/PO/77120935')} and its public liability "
        f"certificate is {I('PL 5520 1984 03')}, with a property damage excess of "
        f"{I('£2,500')}.",
    ),
    Clause(
        "8.2",
        f"Each party's aggregate liability under this Agreement is limited to "
        f"{U('£1,500,000')}, except for death or personal injury caused by negligence or fraud.",
    ),
    Heading("9. Financial standing", level=2),
    Clause(
        "9.1",
        f"The Provider's obligations are guaranteed by its parent, Cloisterfield Holdings "
        f"Limited, up to {F('£1,200,000')}. The Provider's accounts for the year ended 31 "
        f"August 2024 show a turnover of {F('£6.42 million')} and net assets of "
        f"{F('£2,317,400')}; it shall tell the University within 10 days if its credit rating "
        f"falls below {F('Band C (score 51)')}.",
    ),
    Heading("10. Payment", level=2),
    Clause(
        "10.1",
        "Void Guarantee payments are made within 30 days of the University's acceptance of a "
        "reconciled void statement. Payments are made by BACS to the account below.",
    ),
    Table(
        ("Payee account", "Details"),
        (
            ("Bank", "Waldenbrook Bank plc, 44 High Pavement, Harlowgate"),
            ("Account name", "Cloisterfield Student Living Ltd – Rents"),
            ("Sort code / account", f"{B(SORT)} / {B(ACCOUNT)}"),
            ("IBAN", B(grouped(IBAN))),
            ("BIC", B("WLDNGB21")),
        ),
        (0.3, 0.7),
    ),
    Heading("Schedule 1 — Nominated Rooms and weekly rents"),
    Para(
        "Rents per room per week, inclusive of utilities and VAT-exempt, for each Academic "
        "Year of the Agreement:"
    ),
    Table(
        ("Room type", "Rooms", "2025/26", "2026/27", "2027/28", "Weeks"),
        RENTS,
        (0.34, 0.09, 0.14, 0.14, 0.14, 0.15),
        right=(1, 2, 3, 4, 5),
    ),
    Para(
        "The tenancy length for every room type is 44 weeks. No retainer is charged for "
        "summer storage."
    ),
    Heading("Schedule 2 — Provider's management proposal (Commercial in Confidence)"),
    Para(
        C(
            "We will run a residence life programme of at least two events a week during term, "
            "led by four resident assistants recruited from returning University students who "
            "receive a twenty per cent rent reduction in return for eight hours' duty a week."
        )
    ),
    Para(
        C(
            "Our night team will complete a welfare walk of every floor at 23:00 and 03:00, and "
            "any student not seen swiping into the building for 72 hours will be referred to "
            "the University's wellbeing team the same morning, using the entry log and the "
            "agreed escalation script."
        )
    ),
    Signatures(
        "Signed on behalf of the parties by their authorised signatories:",
        (
            Signatory(
                f"For the {BUYER}",
                (
                    ("Name", U("Graham Oyelaran")),
                    ("Title", U("Chief Operating Officer")),
                    ("Date", "14.03.25"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Philippa Chaudry-Wren")),
                    ("Title", "Managing Director"),
                    ("Date", "12.03.25"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "nominations-agreement.pdf": DocumentSpec(
        title="Nominations agreement Cloisterfield Court",
        subject=f"Agreement {REF}",
        header="University of Harlowgate — Residential Life — Nominations Agreement",
        footer=f"{REF}",
        created=dt.datetime(2025, 3, 14, 11, 30),
        blocks=BLOCKS,
    ),
}
