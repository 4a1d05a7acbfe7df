"""Inter-authority agreement for a shared legal service hosted by Amberwick District Council for
Pelham Vale Borough Council and Sowerby Fen District Council: the agreement (PDF) and the
charging schedule (DOCX)."""

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

from evalset.marks import B, C, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "partnership"
HOST = "Amberwick District Council"
PELHAM = "Pelham Vale Borough Council"
SOWERBY = "Sowerby Fen District Council"
REF = "APS-LEGAL/IAA/2025"
SORT, ACCOUNT = "20-58-31", "83046127"
IBAN = uk_iban("FENB", SORT, ACCOUNT)
DATABASE = "ADC-SQL-LGL02\\LEXCASE"

META = {
    "id": "partnership-shared-legal-service-2025",
    "title": "Inter-authority agreement for the APS shared legal service 2025-2029",
    "buyer": f"{PELHAM}; {SOWERBY}",
    "supplier": HOST,
    "value": {"amount": 8_736_000, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 26),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REF,
    "public_names": [
        "Victoria Langridge",
        "Owain Prothero",
        "Deborah Quaye",
        "Martin Fairclough",
    ],
    "documents": [
        {"file": "inter-authority-agreement.pdf", "title": "Inter-authority agreement"},
        {"file": "charging-schedule.docx", "title": "Schedule 4: charging schedule 2025/26"},
    ],
}

APPORTIONMENT = (
    (U(HOST), U("41.0%"), U("£895,440"), "Caseload 2022/23 to 2024/25"),
    (U(PELHAM), U("36.5%"), U("£797,160"), "Caseload 2022/23 to 2024/25"),
    (U(SOWERBY), U("22.5%"), U("£491,400"), "Caseload 2022/23 to 2024/25"),
    ("Net budget 2025/26", U("100%"), U("£2,184,000"), ""),
)  # fmt: skip

STAFF = (
    (N("Gemma Rowbotham"), PELHAM, "Senior Solicitor (Planning)", N("£52,805"),
     N("2011-02-07")),
    (N("Ikenna Obi"), PELHAM, "Solicitor (Litigation)", N("£44,428"), N("2018-09-03")),
    (N("Sarah-Jane Threlfall"), SOWERBY, "Legal Executive (Property)", N("£36,124"),
     N("2015-06-15")),
)  # fmt: skip

AGREEMENT = [
    Title("INTER-AUTHORITY AGREEMENT"),
    Subtitle(
        "for the provision of the Amberwick, Pelham and Sowerby shared legal service (“APS Legal”)"
    ),
    Para(f"Agreement reference {U(REF)}", centred=True),
    Para("THIS AGREEMENT is dated 26th March 2025"),
    Para("PARTIES:"),
    Clause(
        "(1)",
        f"{U(HOST.upper())} of {U('Council Offices, Abbey Green, Amberwick, AQ4 1DG')} "
        "(the “Host Authority”);",
    ),
    Clause(
        "(2)",
        f"{U(PELHAM.upper())} of {U('Pelham House, Market Place, Pelham Vale, PQ1 3RE')}; and",
    ),
    Clause("(3)", f"{U(SOWERBY.upper())} of {U('Fen Court, Drove Road, Sowerby, SZ6 2LW')},"),
    Para("(the Host Authority and the other two councils each being a “Partner Authority”)."),
    Heading("Background"),
    Clause(
        "(A)",
        "Each Partner Authority has power under section 101 of the Local Government "
        "Act 1972 and section 9EA of the Local Government Act 2000 to arrange for its "
        "functions to be discharged by another local authority, and under section 113 of the "
        "1972 Act to place its officers at the disposal of another authority.",
    ),
    Clause(
        "(B)",
        "The Partner Authorities have agreed that the Host Authority will employ a "
        "single legal team and provide legal services to all three, on the terms below.",
    ),
    Heading("1. Definitions and interpretation"),
    Definition(
        "Annual Budget",
        "means the net cost of APS Legal for a Financial Year approved "
        "by the Joint Committee before 28 February of the preceding year.",
    ),
    Definition(
        "Apportionment Percentage",
        "means, for each Partner Authority, its share of the "
        "Annual Budget set out in Schedule 2, reviewed every two years.",
    ),
    Definition(
        "Chargeable Work",
        "means work for a person other than a Partner Authority, or "
        "work for a Partner Authority outside the Core Services, recharged at the rates "
        "in Schedule 4.",
    ),
    Definition(
        "Joint Committee",
        "means the APS Legal Joint Committee of one executive member "
        "of each Partner Authority, which oversees this Agreement.",
    ),
    Heading("2. The Service"),
    Clause(
        "2.1",
        "The Host Authority shall provide the Core Services in Schedule 1 to each "
        "Partner Authority to the standard of a competent local government legal team and "
        "in accordance with the SRA Standards and Regulations.",
    ),
    Clause(
        "2.2",
        f"The Head of APS Legal is {U('Victoria Langridge')}, the Host Authority's "
        f"{U('Monitoring Officer')}. Each other Partner Authority retains its own Monitoring "
        f"Officer; for Pelham Vale this is {U('Owain Prothero')}.",
    ),
    Clause(
        "2.3",
        "Each Partner Authority remains the client for its own matters, gives its own "
        "instructions and keeps its own decision-making responsibilities.",
    ),
    Heading("3. Financial arrangements"),
    Clause(
        "3.1",
        f"The Annual Budget for 2025/26 is {U('£2,184,000')}, and the estimated cost "
        f"of APS Legal over the four years of this Agreement is {U('£8,736,000')}.",
    ),
    Clause(
        "3.2",
        "Each Partner Authority shall pay its Apportionment Percentage of the Annual "
        "Budget in four equal instalments, in advance, on 1 April, 1 July, 1 October and "
        "1 January.",
    ),
    Clause(
        "3.3",
        "Income from Chargeable Work shall be credited to APS Legal and, after meeting "
        "any overspend, distributed in the Apportionment Percentages at year end.",
    ),
    Clause(
        "3.3.1",
        f"The Host Authority shall bear alone any overspend above "
        f"{U('£75,000')} that results from its own decisions on staffing.",
        level=2,
    ),
    Clause("3.4", "Payments shall be made to the Host Authority's account in Schedule 5."),
    Heading("4. Staff"),
    Clause(
        "4.1",
        "The staff listed in Schedule 3 transferred to the Host Authority on 1st April "
        "2025 with their continuous service preserved. Their terms are protected for two "
        "years, after which they move to the Host Authority's pay and grading structure.",
    ),
    Heading("5. Systems and information"),
    Clause(
        "5.1",
        f"APS Legal uses the Host Authority's case management and time recording "
        f"system, {U('LexCase Matter Manager 12.3')}, hosted on {S('ADC-LGL-APP01')} with its "
        f"database on {S(DATABASE)}.",
    ),
    Clause(
        "5.2",
        f"Partner Authority officers reach the system through the Host Authority's "
        f"remote gateway {S('rdgw.amberwick.gov.uk')}; document management integration runs "
        f"under the service account {S('svc_lexcase_dms')}, and nightly billing exports to "
        f"each Partner Authority's ledger run as {S('svc_aps_billing')}.",
    ),
    Clause(
        "5.3",
        f"The site-to-site VPN to Pelham House terminates at {S('198.51.100.61')} and "
        f"that to Fen Court at {S('198.51.100.62')}; the deeds strongroom at Abbey Green is "
        f"opened with combination {S('27-04-91')}, known only to the Property team.",
    ),
    Clause(
        "5.4",
        "Each Partner Authority remains the controller of personal data in its own "
        "matters; the Host Authority processes that data as processor under Schedule 6.",
    ),
    Heading("6. Liability and insurance"),
    Clause(
        "6.1",
        f"The Host Authority shall maintain professional indemnity insurance of not "
        f"less than {U('£10,000,000')} for any one claim for the work of APS Legal. Its "
        f"current policy is {I('PI-LGA-0418-7702')} with Wessex Municipal Insurance "
        f"Company, with a deductible of {I('£25,000')}.",
    ),
    Clause(
        "6.2",
        "A claim arising from advice given to one Partner Authority shall be met from "
        "the Annual Budget only to the extent it is not recovered under the policy.",
    ),
    Heading("7. Withdrawal"),
    Clause(
        "7.1",
        "A Partner Authority may withdraw on not less than twelve months' notice "
        "expiring on 31 March, and shall bear its Apportionment Percentage of any redundancy "
        "or other exit costs arising from its withdrawal.",
    ),
    Heading("Schedule 2 — Apportionment of the Annual Budget"),
    Table(
        ("Partner Authority", "Apportionment Percentage", "2025/26 contribution", "Basis"),
        APPORTIONMENT,
        (0.34, 0.2, 0.2, 0.26),
        right=(1, 2),
        bold_last_row=True,
    ),
    Heading("Schedule 3 — Transferred staff"),
    Table(
        ("Name", "Former employer", "Post", "Salary", "Continuous service from"),
        STAFF,
        (0.2, 0.26, 0.24, 0.12, 0.18),
        right=(3,),
    ),
    Para(
        f"{N('Ms Threlfall')} works compressed hours (four days a week) under an agreement "
        f"that the Host Authority shall honour; {N('Mr Obi')} is on a phased return from "
        "leave until June 2025."
    ),
    Heading("Schedule 5 — Host Authority bank account"),
    Table(
        ("Item", "Detail"),
        (
            ("Account name", "Amberwick District Council No. 1 Account"),
            ("Bank", "Fenbridge Bank plc, Amberwick"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
        ),
        (0.3, 0.7),
    ),
    Signatures(
        "The common seal of each Partner Authority was affixed in the presence of:",
        (
            Signatory(
                f"{HOST}",
                (
                    ("Authorised signatory", U("Victoria Langridge")),
                    ("Title", "Head of APS Legal and Monitoring Officer"),
                ),
            ),
            Signatory(
                f"{PELHAM}",
                (
                    ("Authorised signatory", U("Owain Prothero")),
                    ("Title", "Monitoring Officer"),
                ),
            ),
            Signatory(
                f"{SOWERBY}",
                (
                    ("Authorised signatory", U("Deborah Quaye")),
                    ("Title", "Director of Corporate Services"),
                ),
            ),
        ),
    ),
]

RATES = (
    ("Head of Legal / Principal Solicitor", P("£138.00"), P("£156.00"), P("£192.00")),
    ("Senior Solicitor (8+ years' PQE)", P("£112.00"), P("£128.00"), P("£165.00")),
    ("Solicitor (0-7 years' PQE)", P("£94.00"), P("£106.00"), P("£138.00")),
    ("Legal Executive / Paralegal", P("£72.00"), P("£81.00"), P("£104.00")),
)  # fmt: skip

FIXED = (
    ("Section 106 agreement, standard form, single obligation", P("£1,250.00 + VAT")),
    ("Deed of variation to a section 106 agreement", P("£ 680.00 + VAT")),
    ("Right to buy conveyance (leasehold flat)", P("£395 (ex. VAT)")),
    ("Academy conversion: land transfer and commercial transfer agreement", P("£3.4k")),
)  # fmt: skip

SCHEDULE = [
    Title("SCHEDULE 4 — CHARGING SCHEDULE 2025/26"),
    Para(
        f"Forming part of Inter-Authority Agreement {U(REF)}. Rates apply from 1st April "
        "2025 to 31st March 2026 and are reviewed by the Joint Committee each February."
    ),
    Heading("Part A — Hourly recharge rates"),
    Para("Time is recorded in six-minute units. Rates are exclusive of VAT where VAT applies."),
    Table(
        (
            "Grade of fee earner",
            "Partner Authority (non-core)",
            "Other public bodies",
            "Developers and private parties",
        ),
        RATES,
        (0.37, 0.21, 0.21, 0.21),
        right=(1, 2, 3),
    ),
    Clause(
        "A.1",
        f"Town and parish councils within the three districts receive a discount of "
        f"{P('12.5 %')} on the “Other public bodies” rate; block-booked advice sessions "
        f"for academies are charged at {P('GBP 390.00')} per half day.",
    ),
    Clause(
        "A.2",
        f"Where a developer gives an undertaking for the Partner Authority's costs, "
        f"disbursements are recharged at cost plus an administration mark-up of "
        f"{P('seven and a half per cent (7.5%)')}.",
    ),
    Heading("Part B — Fixed fees"),
    Table(
        ("The following matters are charged at a fixed fee per instruction", "Fee"),
        FIXED,
        (0.72, 0.28),
        right=(1,),
    ),
    Heading("Part C — Trading plan (Commercial in Confidence)"),
    Para(
        C(
            "APS Legal will target the 38 academy trusts and 64 parish and town councils in "
            "the three districts, aiming for 2,900 chargeable hours in 2025/26. Pricing for "
            "these clients is set about 15% below the rates quoted by the two regional private "
            "practices with public-sector teams, which we know to be bidding for the same "
            "work."
        )
    ),
    Para(
        C(
            "A margin of roughly 22% over the fully loaded cost of each grade is built into the "
            "“Other public bodies” rates; the Joint Committee has agreed that rates may be cut "
            "to cost plus 8% for multi-year academy packages to win volume before the county "
            "council's trading company enters the market."
        )
    ),
    Para(
        f"Queries on this Schedule: {U('Martin Fairclough')}, {U('Finance Business Partner')}, "
        f"Amberwick District Council, telephone {U('01632 960100')} (switchboard)."
    ),
]

DOCUMENTS = {
    "inter-authority-agreement.pdf": DocumentSpec(
        title="APS Legal inter-authority agreement",
        subject=f"Agreement {REF}",
        header="APS Legal — Inter-Authority Agreement — OFFICIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 3, 26, 10, 0),
        blocks=AGREEMENT,
    ),
    "charging-schedule.docx": DocumentSpec(
        title="APS Legal charging schedule 2025/26",
        subject=f"Agreement {REF}, Schedule 4",
        header="APS Legal — Schedule 4 — Charging schedule — OFFICIAL",
        footer=f"{REF} — Schedule 4",
        created=dt.datetime(2025, 3, 26, 10, 30),
        blocks=SCHEDULE,
    ),
}
