"""Grant agreement, Brackenford City Council with a voluntary advice charity (DOCX)."""

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

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "grant"
BUYER = "Brackenford City Council"
SUPPLIER = "Brackenford Community Advice Network"
REF = "BCC-VCS-GR-2025-019"
SORT, ACCOUNT = "09-33-72", "17725840"
IBAN = uk_iban("MTBK", SORT, ACCOUNT)

META = {
    "id": "grant-voluntary-advice-2025",
    "title": "Cost of living advice outreach grant 2025-2027",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 96_000, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 28),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2027, 3, 31),
    "reference": REF,
    "public_names": ["Dr Patricia Emmanuel", "Owen Lightfoot"],
    "documents": [{"file": "grant-agreement.docx", "title": "Grant funding agreement"}],
}

INSTALMENTS = (
    ("1", "On signature of this Agreement and receipt of the bank details form", U("£24,000"),
     "April 2025"),
    ("2", "Acceptance of the Q2 monitoring return (to 30 September 2025)", U("£24,000"),
     "October 2025"),
    ("3", "Acceptance of the Year 1 annual report and accounts", U("£24,000"),
     "April 2026"),
    ("4", "Acceptance of the Q2 monitoring return (to 30 September 2026)", U("£19,200"),
     "October 2026"),
    ("5", "Acceptance of the final report and evaluation (retention)", U("£4,800"),
     "April 2027"),
)  # fmt: skip

BUDGET = (
    ("Outreach Coordinator (0.8 FTE), salary and on-costs", P("£31,460"), P("£32,090")),
    ("Sessional advisers, 520 hours a year", P("£9,100"), P("£9,100")),
    ("Venue hire at four community hubs", P("£2,880"), P("£2,960")),
    ("Volunteer expenses and training", P("£1,400"), P("£1,400")),
    ("Management and overhead contribution", P("£3,160"), P("£2,450")),
)  # fmt: skip

WORKERS = (
    ("Outreach Coordinator", N("Femi Adebanjo"), N("0.8 FTE (30 hours)"), N("£27,350 p.a."),
     N("femi.a@bcan.example")),
    ("Senior Adviser (debt)", N("Lucy Marchetti"), N("0.4 FTE (15 hours)"), N("£14,120 p.a."),
     N("lucy.m@bcan.example")),
)  # fmt: skip

MONITORING = (
    ("Q1", "1 April to 30 June", "31 July", "Quarterly return form MR1"),
    ("Q2", "1 July to 30 September", "31 October", "MR1 and case studies (2)"),
    ("Q3", "1 October to 31 December", "31 January", "MR1"),
    ("Q4 / annual", "1 January to 31 March", "30 June", "Annual report, accounts and MR1"),
)  # fmt: skip

BLOCKS = [
    Title("GRANT FUNDING AGREEMENT"),
    Subtitle("Cost of Living Advice Outreach Project"),
    Para(f"Grant reference {U(REF)}", centred=True),
    Para(
        f"THIS AGREEMENT is dated 28 March 2025 and is made between {U(BUYER)} of "
        f"{U('City Hall, Exchange Square, Brackenford, BQ1 1EX')} (the “Council”) and "
        f"{U(SUPPLIER)}, a charitable company limited by guarantee (company number "
        f"{U('07712908')}, registered charity number {U('1144271')}) of 41 Tanner Street, "
        "Brackenford, BQ2 5TS (the “Organisation”)."
    ),
    Heading("Key details"),
    Table(
        ("Item", "Detail"),
        (
            ("Grant", f"{U('£96,000')} in total ({U('£48,000')} a year)"),
            ("Grant Period", "1 April 2025 to 31 March 2027"),
            ("Funding stream", "Brackenford Household Support and Resilience Fund"),
            (
                "Council's Grant Manager",
                f"{U('Owen Lightfoot')}, {U('Communities Grants Officer')}",
            ),
            (
                "Organisation's Project Lead",
                f"{N('Gillian Thorpe')}, Chief Officer, {N('07700 900906')}",
            ),
            (
                "Subsidy control",
                f"Minimal Financial Assistance under section 36 of the Subsidy "
                f"Control Act 2022 (threshold {U('£315,000')} over three years)",
            ),
        ),
        (0.3, 0.7),
    ),
    Heading("1. Definitions"),
    Definition(
        "Eligible Expenditure",
        "means expenditure incurred by the Organisation during "
        "the Grant Period on the Project and in accordance with the Budget.",
    ),
    Definition("Budget", "means the budget in Schedule 2, Part B."),
    Definition(
        "Outcomes", "means the outcomes in Schedule 1, measured by the indicators in Schedule 3."
    ),
    Definition(
        "Project",
        "means the free, face-to-face welfare benefits, debt and energy "
        "advice outreach described in Schedule 1.",
    ),
    Heading("2. Use of the Grant"),
    Clause(
        "2.1",
        "The Organisation shall use the Grant only for Eligible Expenditure on the "
        "Project and shall not use it for political or religious activity, fundraising or "
        "to repay any loan.",
    ),
    Clause(
        "2.2",
        "The Organisation may move up to 10% of any Budget line to another line "
        "without consent; larger changes require the Grant Manager's written approval.",
    ),
    Clause(
        "2.3",
        "The Organisation shall not make a profit from the Grant. Any underspend at "
        "the end of the Grant Period shall be repaid within 30 days.",
    ),
    Heading("3. Payment"),
    Clause(
        "3.1",
        "The Council shall pay the Grant in the instalments in Schedule 2, Part A, "
        "into the account in Schedule 4, subject to the conditions for each instalment.",
    ),
    Clause(
        "3.2",
        "The Council may withhold an instalment while a monitoring return is "
        "overdue or incomplete.",
    ),
    Heading("4. Staff and volunteers"),
    Clause(
        "4.1",
        "The Organisation shall employ the named project workers below (or suitably "
        "experienced replacements notified to the Council) and shall keep the Council "
        "informed of any vacancy lasting more than eight weeks.",
    ),
    Table(("Role", "Name", "Hours", "Salary", "Email"), WORKERS, (0.22, 0.18, 0.2, 0.16, 0.24)),
    Clause(
        "4.2",
        "All staff and volunteers giving advice shall hold or be working towards the "
        "Advice Quality Standard and shall be supervised by a qualified caseworker.",
    ),
    Heading("5. Monitoring and evaluation"),
    Clause(
        "5.1",
        "The Organisation shall submit the monitoring returns in Schedule 3 by the "
        "due dates through the Council's grants portal.",
    ),
    Clause(
        "5.1.1",
        f"The Organisation's portal account is {S('BCAN-ORG-0193')}; the one-time "
        f"set-up PIN sent with this Agreement is {S('580317')}.",
        level=2,
    ),
    Clause(
        "5.2",
        "The Organisation shall allow the Council's officers and auditors access to "
        "its records relating to the Project on reasonable notice.",
    ),
    Heading("6. Clawback"),
    Clause(
        "6.1",
        "The Council may require repayment of all or part of the Grant if the "
        "Organisation uses it otherwise than for the Project, provides false information, "
        "becomes insolvent or ceases to be a charity.",
    ),
    Clause(
        "6.2",
        "If fewer than 75% of the target number of households are advised in a year, "
        "the Council may reduce the next instalment in proportion.",
    ),
    Heading("7. Insurance and financial standing"),
    Clause(
        "7.1",
        f"The Organisation shall hold employer's liability insurance of not less "
        f"than {U('£10,000,000')}, public liability insurance of not less than "
        f"{U('£5,000,000')} and professional indemnity insurance of not less than "
        f"{U('£1,000,000')}.",
    ),
    Clause(
        "7.2",
        f"Policies in force at the date of this Agreement: combined charity policy "
        f"{I('CVS/7782104/25')} and professional indemnity policy {I('PI 00-4418-2093')}, "
        "both with Halberd Mutual.",
    ),
    Clause(
        "7.3",
        f"The Organisation declares that its accounts for the year ended 31 March "
        f"2024 show total income of {F('£412,870')}, an operating deficit of "
        f"{F('£18,240')} and free reserves equal to {F('2.6 months')} of expenditure.",
    ),
    Heading("Schedule 2 — Part A: Payment of the Grant"),
    Table(
        ("Instalment", "Condition", "Amount", "Expected"),
        INSTALMENTS,
        (0.12, 0.56, 0.14, 0.18),
        right=(2,),
    ),
    Heading("Schedule 2 — Part B: Budget"),
    Table(("Budget line", "Year 1", "Year 2"), BUDGET, (0.6, 0.2, 0.2), right=(1, 2)),
    Para(
        f"The sessional adviser line is costed at {P('£17.50')} an hour; overheads are "
        f"recovered at {P('7.05%')} of direct costs in Year 1."
    ),
    Heading("Schedule 3 — Monitoring returns"),
    Table(
        ("Return", "Period covered", "Due by", "What to send"), MONITORING, (0.16, 0.32, 0.16, 0.36)
    ),
    Para(
        "Indicators: households advised (target 620 a year); confirmed financial gains for "
        "households; referrals to energy and food support; client satisfaction."
    ),
    Heading("Schedule 4 — Organisation's bank details"),
    Table(
        ("Item", "Detail"),
        (
            ("Account name", "Brackenford Community Advice Network"),
            ("Bank", "Mercer Thorne Bank plc, Brackenford branch"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
            ("Authorised signatories", f"{N('Gillian Thorpe')} and {N('Rev. Martin Oyelaran')}"),
        ),
        (0.3, 0.7),
    ),
    Signatures(
        "Signed for and on behalf of the parties:",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signature", U("P. Emmanuel")),
                    ("Name", U("Dr Patricia Emmanuel")),
                    ("Position", "Director of Communities and Neighbourhoods"),
                    ("Date", "28 March 2025"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signature", N("M. Oyelaran")),
                    ("Name", N("Rev. Martin Oyelaran")),
                    ("Position", "Chair of the Board of Trustees"),
                    ("Date", "26 March 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "grant-agreement.docx": DocumentSpec(
        title="Grant funding agreement BCC-VCS-GR-2025-019",
        subject=f"Grant {REF}",
        header=f"{BUYER} — Grant funding agreement — OFFICIAL",
        footer=f"Grant reference {REF}",
        created=dt.datetime(2025, 3, 28, 12, 0),
        blocks=BLOCKS,
    ),
}
