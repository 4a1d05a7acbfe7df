"""Apprenticeship subcontract of an FE college, Ludmoor College with Stepwise Skills Academy Ltd:
funding band prices, the management fee and learners by initials and ULN (PDF)."""

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
BUYER = "Ludmoor College"
SUPPLIER = "Stepwise Skills Academy Ltd"
REF = "LC/APP/SUB/2526/04"
SORT, ACCOUNT = "09-73-15", "63350482"
IBAN = uk_iban("PNMB", SORT, ACCOUNT)

META = {
    "id": "uni-fe-apprenticeship-subcontract-ludmoor-2025",
    "title": "Subcontract for the delivery of apprenticeship training, funding year 2025/26",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 411_968, "currency": "GBP"},
    "awarded": dt.date(2025, 7, 18),
    "starts": dt.date(2025, 8, 1),
    "ends": dt.date(2026, 7, 31),
    "reference": REF,
    "public_names": ["Beverley Sandhu", "Owen Gallacher"],
    "documents": [{"file": "subcontract-2025-26.pdf", "title": "Apprenticeship subcontract"}],
}

BANDS = (
    ("Team Leader or Supervisor", "3", U("£4,500"), P("£4,200"), P("£756"), P("£3,444"), "30"),
    ("Customer Service Practitioner", "2", U("£3,500"), P("£3,500"), P("£630"), P("£2,870"),
     "40"),
    ("Business Administrator", "3", U("£5,000"), P("£4,750"), P("£855"), P("£3,895"), "24"),
    ("Operations or Departmental Manager", "5", U("£7,000"), P("£6,800"), P("£1,224"),
     P("£5,576"), "18"),
)  # fmt: skip

LEARNERS = (
    (N("A.K.B."), N("4410278391"), "Team Leader or Supervisor", "08.09.25", "Grantley Foods"),
    (N("R.T."), N("7193355026"), "Business Administrator", "15.09.25", "Ludmoor Housing"),
    (N("S.M.O."), N("2286401974"), "Customer Service Practitioner", "22.09.25",
     "Parrish Motors"),
    (N("D.W."), N("5907712648"), "Operations or Departmental Manager", "06.10.25",
     "Harcastle Logistics"),
)  # fmt: skip

BLOCKS = [
    Title("APPRENTICESHIP SUBCONTRACTING AGREEMENT"),
    Subtitle("Funding year 1 August 2025 to 31 July 2026"),
    Table(
        (
            "Party or item",
            "This Agreement is made on the date of the last signature below between the "
            "parties named in this table, on the terms in Section A and the Schedules.",
        ),
        (
            (
                "The College (main provider)",
                f"{U('The Corporation of Ludmoor College')}, "
                f"{U('Beacon Street Campus, Ludmoor, LD4 1HS')}; UKPRN {U('10003947')}",
            ),
            (
                "The Subcontractor",
                f"{U(SUPPLIER)}, company number {U('09876215')}; UKPRN {U('10093318')}",
            ),
            ("Agreement reference", U(REF)),
            ("Maximum Contract Value", f"{U('£411,968')} for the funding year"),
            ("Delivery area", "Ludmoor and the neighbouring travel-to-work areas"),
            (
                "College contract manager",
                f"{U('Beverley Sandhu')}, {U('Head of Apprenticeships and Employer Partnerships')}",
            ),
        ),
        (0.34, 0.66),
    ),
    Heading("Section A — Terms"),
    Heading("A1. Definitions", level=2),
    Definition(
        "Funding Rules",
        "means the apprenticeship funding rules for main providers and the performance-"
        "management rules published by the Department for Education for the funding year, "
        "as updated from time to time.",
    ),
    Definition(
        "Learner",
        "means an apprentice recorded on the College's individualised learner record whose "
        "off-the-job training is delivered, in whole or part, by the Subcontractor.",
    ),
    Definition(
        "Management Fee",
        "means the part of the funding for each Learner retained by the College for its "
        "services under clause A5.",
    ),
    Heading("A2. Appointment and delivery", level=2),
    Clause(
        "A2.1",
        "The College appoints the Subcontractor to deliver the training for the "
        "apprenticeship standards in Schedule 1 to Learners employed by employers "
        "introduced by or agreed with the College.",
    ),
    Clause(
        "A2.2",
        "The Subcontractor shall comply with the Funding Rules and shall not further "
        "subcontract any delivery. It shall keep evidence of each Learner's eligibility, "
        "training plan, off-the-job hours and progress reviews for six years.",
    ),
    Clause(
        "A2.3",
        "The College remains responsible to the funding body for the quality of delivery and "
        "will observe at least one teaching session for each tutor in each term.",
    ),
    Heading("A3. Learner data and systems", level=2),
    Clause(
        "A3.1",
        f"All Learner records are kept in the College's e-portfolio system "
        f"{U('TrackFolio 11.2')} at {S('trackfolio.ludmoor.ac.internal')}. The Subcontractor's "
        f"tutors use named accounts; the Subcontractor's administrator account is "
        f"{S('sub_stepwise_admin')} and its nightly export user is "
        f"{S('svc_stepwise_ilr')}.",
    ),
    Clause(
        "A3.2",
        f"Connections to the e-portfolio are allowed only from the Subcontractor's office "
        f"address {S('198.51.100.142')}. Learner data shall not be stored on removable "
        "media or personal devices.",
    ),
    Clause(
        "A3.3",
        "The Subcontractor shall supply ILR data for every Learner by the fourth working day "
        "of each month and confirm starts, changes and withdrawals within five working "
        "days.",
    ),
    Heading("A4. Price and payment", level=2),
    Clause(
        "A4.1",
        "For each Learner the College shall pay the Subcontractor the price payable in "
        "Schedule 1, in the same instalments and at the same times as the College is paid "
        "by the funding body, with the completion element held back until the end-point "
        "assessment is passed.",
    ),
    Clause(
        "A4.2",
        f"Additional payments the College receives for Learners aged 16 to 18 "
        f"({U('£1,000')} to the employer and {U('£1,000')} to the provider) and learning "
        f"support at {U('£150')} a month are not subcontracted and are retained by the "
        "College, which will provide learning support directly.",
    ),
    Clause(
        "A4.3",
        "Payment is made within 30 days of the end of the month in which the College "
        "receives the funding, by BACS to the account in Schedule 3.",
    ),
    Heading("A5. Management Fee", level=2),
    Clause(
        "A5.1",
        f"The College retains a Management Fee of {P('18 per cent')} of the agreed price for "
        "each Learner, which pays for quality assurance, observation, data and audit, "
        "employer contracting and safeguarding oversight.",
    ),
    Clause(
        "A5.2",
        f"If the Subcontractor's achievement rate for the funding year exceeds "
        f"{U('67%')}, the Management Fee for the following year's new starts shall be "
        f"reduced to {P('15.5 %')}.",
    ),
    Clause(
        "A5.3",
        "The College shall publish its subcontracting fees and charges policy and the "
        "actual fees retained on its website each year, as the Funding Rules require.",
    ),
    Heading("A6. Insurance, finance and audit", level=2),
    Clause(
        "A6.1",
        f"The Subcontractor shall hold employer's liability insurance of not less than "
        f"{U('£5,000,000')}, public liability of not less than {U('£5,000,000')} and "
        f"professional indemnity of not less than {U('£1,000,000')}; its policies are "
        f"EL {I('SSA-EL-20931')}, PL {I('SSA-PL-20932')} and PI {I('PIN 0447 8815')}.",
    ),
    Clause(
        "A6.2",
        f"The College's due diligence for 2025/26 recorded the Subcontractor's turnover as "
        f"{F('£1.96m')}, reserves of {F('£418,000')} and a financial health grade of "
        f"{F('Satisfactory')}. The Subcontractor shall give the College its audited "
        "accounts within six months of its year end.",
    ),
    Clause(
        "A6.3",
        "The Subcontractor shall give the College, the funding body and their auditors "
        "access to its premises, records and staff, and shall repay any funding recovered "
        "from the College because of the Subcontractor's error.",
    ),
    Heading("A7. Contacts", level=2),
    Clause(
        "A7.1",
        f"The Subcontractor's contract manager is {N('Ms Nadia Karimova-Shaw')}, quality "
        f"and funding lead, on {N('07700 900627')} or "
        f"{N('nadia.ks@stepwise-skills.example')}. Safeguarding concerns go to the "
        "College's designated safeguarding lead through the College switchboard on "
        f"{U('0161 496 0400')}.",
    ),
    Heading("Schedule 1 — Standards, funding band maxima and prices"),
    Para("Prices are per Learner for the whole apprenticeship (VAT is not chargeable):"),
    Table(
        (
            "Standard",
            "Level",
            "Funding band maximum",
            "Agreed price",
            "Management Fee",
            "Price payable",
            "Planned starts",
        ),
        BANDS,
        (0.22, 0.08, 0.14, 0.12, 0.16, 0.13, 0.15),
        right=(1, 2, 3, 4, 5, 6),
    ),
    Para(
        "The agreed price includes end-point assessment, which the College buys from the "
        "assessment organisation and deducts from the price payable at cost."
    ),
    Heading("Schedule 2 — Learners registered at the date of this Agreement"),
    Table(
        ("Learner", "ULN", "Standard", "Start", "Employer"),
        LEARNERS,
        (0.12, 0.18, 0.34, 0.12, 0.24),
    ),
    Para(
        f"Learner {N('S.M.O.')} has an education, health and care plan and receives "
        "learning support directly from the College; the Subcontractor shall agree "
        "reasonable adjustments for assessment with the College's additional learning "
        "support team."
    ),
    Heading("Schedule 3 — Payment account"),
    Table(
        ("Account detail", "Subcontractor's nominated account"),
        (
            ("Bank", "Pennine Mutual Bank"),
            ("Sort code", B(SORT)),
            ("Account no.", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
        ),
        (0.3, 0.7),
    ),
    Heading("Schedule 4 — Subcontractor's delivery model (Commercial in Confidence)"),
    Para(
        C(
            "Stepwise delivers off-the-job training in monthly full-day workshops at our "
            "Mill Street training rooms, topped up with two-weekly online coaching of 45 "
            "minutes, so that a Team Leader apprentice receives 310 planned hours over "
            "fourteen months."
        )
    ),
    Para(
        C(
            "Each coach carries a caseload of no more than 38 Learners, and we run a "
            "gateway readiness check with a mock professional discussion eight weeks "
            "before end-point assessment, which lifted our first-time pass rate to 91 per "
            "cent last year."
        )
    ),
    Signatures(
        "Signed for each party by a person authorised to do so:",
        (
            Signatory(
                "For the Corporation of Ludmoor College",
                (
                    ("Name", U("Owen Gallacher")),
                    ("Position", U("Deputy Principal, Finance and Resources")),
                    ("Date", "18.07.25"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Gareth Ambrose-Lyle")),
                    ("Position", "Managing Director"),
                    ("Date", "16.07.25"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "subcontract-2025-26.pdf": DocumentSpec(
        title="Apprenticeship subcontracting agreement 2025/26",
        subject=f"Agreement {REF}",
        header="Ludmoor College — Apprenticeship Subcontracting Agreement 2025/26",
        footer=f"{REF}",
        created=dt.datetime(2025, 7, 18, 16, 20),
        blocks=BLOCKS,
    ),
}
