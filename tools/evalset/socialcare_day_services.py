"""Day opportunities funding and service agreement, Cawdenshaw Council (PDF and DOCX)."""

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

TEMPLATE = "socialcare"
BUYER = "Cawdenshaw Council"
SUPPLIER = "Riverside Friendship Centre CIO"
REF = "CAW/ASC/DS/25-031"
VENUE = "St Aldhelm's Church Hall"

META = {
    "id": "socialcare-day-services-2025",
    "title": "Day opportunities for older people and adults with dementia, 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 187_500, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 12),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2028, 9, 30),
    "reference": REF,
    "public_names": ["Gwendolyn Starkey", "Samir Haddad"],
    "documents": [
        {"file": "funding-agreement.pdf", "title": "Funding and service agreement"},
        {"file": "schedule-attendees-venue.docx", "title": "Schedule 3: attendees and venue"},
    ],
}

UNIT_COSTS = (
    ("Full day session (10:00-15:30), incl. lunch", "Per attendee", P("£47.50"), "3,120",
     P("£148,200.00")),
    ("Half day session (morning or afternoon)", "Per attendee", P("£26.80"), "520",
     P("£13,936.00")),
    ("Carers' drop-in and support group", "Per session", P("£185.00"), "48", P("£8,880.00")),
    ("Minibus transport, return journey", "Per attendee", P("£9.25"), "1,800",
     P("£16,650.00")),
)  # fmt: skip

AGREEMENT = [
    Title("FUNDING AND SERVICE AGREEMENT"),
    Subtitle("Community Day Opportunities — Older People and People Living with Dementia"),
    Para(f"Reference {U(REF)}", centred=True),
    Para(
        f"This Agreement is dated 12th September 2025 and is made between {U(BUYER)}, "
        f"{U('Cawdenshaw House, 1 Market Square, Cawdenshaw, CW2 0FX')} (“the Council”) and "
        f"{U(SUPPLIER)}, a charitable incorporated organisation registered with the Charity "
        f"Commission under number {U('1201558')} (“the Organisation”)."
    ),
    Heading("1. Purpose of the funding"),
    Clause(
        "1.1",
        "The Council provides the funding to enable the Organisation to run a community day "
        "service at its venue in Pottery Lane for people aged 65 and over, and for younger "
        "adults with a diagnosis of dementia, who are referred by the Council or who self-"
        "refer. The service aims to reduce isolation, support carers to have a break and "
        "delay the need for more intensive care.",
    ),
    Clause(
        "1.2",
        "The Organisation retains its own identity and may raise other funds for the "
        "service, but shall acknowledge the Council's funding in its publicity.",
    ),
    Heading("2. Definitions"),
    Definition(
        "Session",
        "means one attendance by one Attendee for a full day or half day, or "
        "one meeting of the carers' group, as recorded in the monthly attendance register.",
    ),
    Definition(
        "Unit Cost",
        "means the cost to the Council of one Session set out in clause 4, "
        "used to reconcile the funding against the Sessions actually delivered.",
    ),
    Definition(
        "Attendee",
        "means a person attending the service who is listed in Schedule 3, as updated each month.",
    ),
    Heading("3. Funding"),
    Clause(
        "3.1",
        f"The total funding under this Agreement shall not exceed {U('£187,500')}, "
        f"being {U('£62,500')} in each year, paid quarterly in advance in instalments "
        f"of {U('£15,625')}.",
    ),
    Clause(
        "3.2",
        "At the end of each year the Council will reconcile the funding paid against the "
        "Sessions delivered at the Unit Costs. If fewer Sessions than planned are delivered, "
        "the difference shall be carried forward or, at the Council's discretion, repaid. "
        f"An under-delivery of up to {P('two and a half per cent (2.5%)')} is disregarded.",
    ),
    Clause(
        "3.3",
        "Attendees who are not eligible for Council support may attend as self-funders at "
        f"the Organisation's own charge, currently {P('£52.00')} a day; self-funded "
        "Sessions are not claimed from the Council.",
    ),
    Heading("4. Unit Costs"),
    Para(
        "The Unit Costs below are those proposed in the Organisation's application of "
        "July 2025 and apply for the first year:"
    ),
    Table(
        ("Session type", "Unit", "Unit cost", "Planned p.a.", "Total (£)"),
        UNIT_COSTS,
        (0.38, 0.15, 0.13, 0.13, 0.21),
        right=(2, 3, 4),
    ),
    Clause(
        "4.1",
        "The planned Sessions above cost more than the annual funding; the Organisation "
        "meets the balance from its own fundraising and from self-funders' charges.",
    ),
    Clause(
        "4.2",
        "Unit Costs for later years are uplifted by the Council's inflation allowance for "
        f"voluntary sector contracts, no more than {P('3%')}. Venue hire for holiday "
        f"cover at another hall may be claimed up to {P('1,250 pounds')} a year, and "
        f"activity equipment up to {P('£1.25k')} a year, on receipts.",
    ),
    Heading("5. Monitoring and governance"),
    Clause(
        "5.1",
        "The Organisation shall send the Council a monthly attendance return and a "
        "quarterly report on outcomes, and shall keep a waiting list.",
    ),
    Clause(
        "5.2",
        f"The Organisation declared in its application unrestricted reserves of "
        f"{F('£48,300')} and an income for 2024/25 of {F('£211,940')}, of which the Council's "
        "previous grant was about a third.",
    ),
    Clause(
        "5.3",
        "The Organisation's service manager is "
        f"{N('Bernard Achebe-Wilson')}, who can be reached on {N('07700 900912')} or "
        f"{N('bernard@riversidefriendship.example')}.",
    ),
    Clause(
        "5.4",
        f"The Council's lead officer is {U('Gwendolyn Starkey')}, "
        f"{U('Commissioning Officer, Prevention and Wellbeing')}, via the Council's "
        f"contact centre on {U('01632 960500')}.",
    ),
    Heading("6. Insurance and payment"),
    Clause(
        "6.1",
        f"The Organisation shall hold public liability insurance of not less than "
        f"{U('£5,000,000')} and employer's liability insurance of not less than "
        f"{U('£10,000,000')}. Its charity package policy with Lindisfarne Mutual is "
        f"{I('LM-CHY-00918337')}; the minibus is insured under fleet policy "
        f"{I('MB/6620/RFC/25')}, excess {I('£350')}.",
    ),
    Clause(
        "6.2",
        "Payments are made to the Organisation's account with Ferncliffe Building "
        f"Society, sort code {B('07-11-46')}, account {B('00418829')}, roll number "
        f"{B('RFC/2291-774')}.",
    ),
    Heading("7. Organisation's delivery plan (Commercial in Confidence)"),
    Para(
        C(
            "We will staff the full day sessions with a paid coordinator and two sessional "
            "workers, supported by at least four trained volunteers, so that we keep a ratio "
            "of one helper to every four attendees, or one to three on dementia days."
        )
    ),
    Para(
        C(
            "Our Unit Cost assumes an average attendance of 20 a day. To reach this we will "
            "take referrals from the two GP practices in the town and the memory clinic, and "
            "we have negotiated a reduced hall rent for three years in return for opening "
            "the hall's kitchen to the parish lunch club on Fridays."
        )
    ),
    Signatures(
        "Signed on behalf of the Council and the Organisation:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("S. Haddad")),
                    ("Name", U("Samir Haddad")),
                    ("Position", U("Director of Adult Social Services")),
                    ("Date", "2025-09-12"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("M. Quennell")),
                    ("Name", N("Margery Quennell")),
                    ("Position", "Chair of Trustees"),
                    ("Date", "2025-09-10"),
                ),
            ),
        ),
    ),
]

ATTENDEES = (
    ("RFC-01", N("J.M.P."), N("1941"), "Mon, Wed", "Minibus", N("Vascular dementia")),
    ("RFC-02", N("E.R."), N("1938"), "Tue, Thu", "Family", N("Diabetic diet")),
    ("RFC-03", N("K.O'D."), N("1962"), "Wed", "Minibus", N("Young-onset Alzheimer's")),
    ("RFC-04", N("H.B.S."), N("1945"), "Mon, Thu", "Minibus", N("Wheelchair user")),
)  # fmt: skip

SCHEDULE = [
    Title("SCHEDULE 3"),
    Subtitle("Attendees and Venue Arrangements"),
    Para(
        f"Forming part of Agreement {U(REF)} between {U(BUYER)} and {U(SUPPLIER)}. This "
        "Schedule contains personal data and is exempt from publication."
    ),
    Heading("Part A — Attendees at 1 October 2025"),
    Para(
        "Attendees are identified by initials and reference only. The Organisation holds "
        "each Attendee's full details, emergency contacts and care and support plan."
    ),
    Table(
        ("Ref", "Initials", "Year of birth", "Days", "Transport", "Notes for staff"),
        ATTENDEES,
        (0.12, 0.13, 0.14, 0.18, 0.14, 0.29),
    ),
    Heading("Part B — The venue"),
    Clause(
        "B.1",
        f"The service runs from {U(VENUE)}, {U('Pottery Lane, Cawdenshaw, CW4 3EL')}, "
        "which the Organisation hires from the parochial church council on weekdays from "
        "09:00 to 16:30.",
    ),
    Clause(
        "B.2",
        f"The key holder for the hall is the verger, {N('Mr Trevor Ellingham')}, of "
        f"{N('2 Church Walk, Cawdenshaw, CW4 3EM')}, telephone {N('01632 960847')}. "
        "If he is unavailable, a spare key is kept in the key safe by the vestry door "
        f"(code {S('1066')}).",
    ),
    Clause(
        "B.3",
        f"The intruder alarm panel is inside the porch; the Organisation's user code is "
        f"{S('4739')} followed by the OFF key, and the fire door by the kitchen is opened "
        f"with the keypad code {S('C2214')}.",
    ),
    Clause(
        "B.4",
        "Staff and volunteers may use the hall's Wi-Fi (network StAldhelms-Hall), key "
        f"{S('belfry-psalm-39')}; Attendees' records must not be accessed over it.",
    ),
    Clause(
        "B.5",
        "Hire of the hall is charged to the Organisation by the parochial church council at "
        f"{P('£1,250.00 + VAT')} a quarter, which is included in the Unit Costs.",
    ),
]

DOCUMENTS = {
    "funding-agreement.pdf": DocumentSpec(
        title="Funding and service agreement: community day opportunities",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Adult Social Care — Funding and Service Agreement",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 9, 12, 10, 15),
        blocks=AGREEMENT,
    ),
    "schedule-attendees-venue.docx": DocumentSpec(
        title="Schedule 3: attendees and venue arrangements",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Day Opportunities — OFFICIAL-SENSITIVE: PERSONAL",
        footer=f"Agreement {REF} — Schedule 3",
        created=dt.datetime(2025, 9, 12, 10, 20),
        blocks=SCHEDULE,
    ),
}
