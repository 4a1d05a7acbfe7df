"""Static guarding and mobile patrols, Stourwick Borough Council with Sentinel Crest Security
Services Ltd (PDF): services agreement with key details, rate card by grade and day type,
officer licence schedule, alarm and radio procedures."""

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

TEMPLATE = "services"
BUYER = "Stourwick Borough Council"
SUPPLIER = "Sentinel Crest Security Services Ltd"
REF = "PBC/CS/SEC/25-031"
SORT, ACCOUNT = "40-71-36", "92305184"

META = {
    "id": "services-security-guarding-2025",
    "title": "Static guarding, key holding and mobile patrol services 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_846_500, "currency": "GBP"},
    "awarded": dt.date(2025, 8, 14),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2028, 9, 30),
    "reference": REF,
    "public_names": ["Alistair Brennan-Moss", "Yvonne Kettleborough"],
    "documents": [{"file": "services-agreement.pdf", "title": "Services agreement"}],
}

RATES = (
    ("Grade 1", "Security Officer (static, SIA Door Supervision or Security Guarding)",
     P("£18.42"), P("£20.15"), P("£27.63")),
    ("Grade 2", "Senior Security Officer / Site Supervisor", P("£20.10"), P("£21.95"),
     P("£30.15")),
    ("Grade 3", "CCTV Operator (SIA Public Space Surveillance)", P("£19.36"), P("£21.10"),
     P("£29.04")),
    ("Grade 4", "Mobile Patrol Officer, with liveried vehicle", P("£23.80"), P("£25.70"),
     P("£35.70")),
)  # fmt: skip

OFFICERS = (
    (N("Darren Ashworth-Lyle"), "Grade 2", "Stourwick Civic Centre", N("1014 2283 6617 4092")),
    (N("Kacper Wróblewski"), "Grade 3", "Harbour Street CCTV Suite", N("1017 5521 9043 0068")),
    (N("Shauna McGillivray"), "Grade 4", "Mobile route A (depots)", N("1012 0967 3381 5524")),
)  # fmt: skip

SITES = (
    ("Stourwick Civic Centre", "Static, 24/7", "Zone panel (Galaxy Flex)", S("4471#")),
    ("Northgate Depot", "Mobile patrol, 3 visits per night", "Key safe at gatehouse",
     S("C-8830")),
    ("Rookery Lane Museum", "Alarm response and key holding", "Intruder panel set/unset",
     S("2906*1")),
)  # fmt: skip

AGREEMENT = [
    Title("SERVICES AGREEMENT"),
    Subtitle("Static guarding, key holding and mobile patrol services"),
    Para(f"Agreement number {U(REF)}", centred=True),
    Heading("Part A — Key Details"),
    Table(
        ("Key Detail", "Entry"),
        (
            (
                "Authority",
                f"{U(BUYER)}, {U('Stourwick Civic Centre')}, Mill Wharf, Stourwick, "
                f"PQ1 4CW (general enquiries {U('01632 960100')})",
            ),
            (
                "Service Provider",
                f"{U(SUPPLIER)}, a company registered in England and Wales "
                f"under number {U('08841273')}",
            ),
            ("Commencement Date", "1st October 2025"),
            (
                "Initial Term",
                "three years, extendable by the Authority under clause 3.2 by one "
                "further period of up to 24 months",
            ),
            ("Estimated Contract Value", f"{U('£1,846,500')} (ex. VAT) over the Initial Term"),
            (
                "Authority Representative",
                f"{U('Alistair Brennan-Moss')}, {U('Corporate Property and Facilities Manager')}",
            ),
            (
                "Provider Account Manager",
                f"{N('Mr Gideon Farrant')}, mobile {N('07700 900238')}, "
                f"{N('g.farrant@sentinelcrest.example')}",
            ),
            ("Payment Option", "Option B: hourly Charges for hours worked and verified"),
        ),
        (0.3, 0.7),
    ),
    Heading("Part B — Terms of Service"),
    Heading("1. Interpretation", 2),
    Definition(
        "Assignment Instructions",
        "means the site-specific instructions issued by the "
        "Authority for each Site and kept at the Site and in the Provider's control room.",
    ),
    Definition(
        "Bank Holiday",
        "means any day which is a bank holiday in England and Wales under "
        "the Banking and Financial Dealings Act 1971, together with 24 and 31 December "
        "from 18:00.",
    ),
    Definition(
        "Officer",
        "means an individual deployed by the Service Provider who holds a "
        "valid front-line licence issued by the Security Industry Authority.",
    ),
    Definition("Site", "means each property listed in Schedule 3."),
    Heading("2. The Services", 2),
    Clause(
        "2.1",
        "The Service Provider shall provide static guarding at the Civic Centre, "
        "mobile patrols of the Authority's depots and car parks, and key holding and alarm "
        "response for the Sites, in accordance with the Specification and the Assignment "
        "Instructions.",
    ),
    Clause(
        "2.2",
        "Each Officer shall be vetted to BS 7858:2019 before deployment and shall carry "
        "the SIA licence at all times while on duty.",
    ),
    Clause(
        "2.3.1",
        "The Service Provider may not replace a named Officer in Schedule 2 without "
        "giving the Authority Representative five Working Days' notice, save in an emergency.",
    ),
    Clause("2.3.2", "Relief Officers must have completed a site induction of at least four hours."),
    Heading("3. Charges and payment", 2),
    Clause(
        "3.1",
        "The Authority shall pay the hourly Charges in Schedule 1 for each verified "
        "hour worked, monthly in arrears, within 30 days of a valid invoice.",
    ),
    Clause(
        "3.2",
        f"The Charges are fixed until 30.09.26. Thereafter they may be adjusted once a "
        f"year by reference to the change in the National Living Wage and CPI, weighted "
        f"80:20, provided that no annual increase shall exceed {P('4.25 %')}.",
    ),
    Clause(
        "3.3",
        f"Each mobile patrol visit outside the scheduled route is charged at "
        f"{P('£14.75 per visit')}, and each alarm response call-out at "
        f"{P('£42.00 + VAT')} for the first hour on Site, pro rata thereafter.",
    ),
    Clause(
        "3.4",
        f"The Service Provider shall credit the Authority {P('two per cent (2%)')} of "
        f"the monthly invoice for each month in which a patrol KPI in the Specification is "
        f"missed, capped at {P('£3,500')} in any month.",
    ),
    Clause(
        "3.5",
        f"Payment shall be made by BACS to the Service Provider's account with Wexcombe "
        f"Commercial Bank, sort code {B(SORT)}, account number {B(ACCOUNT)}.",
    ),
    Heading("4. Liability and insurance", 2),
    Clause(
        "4.1",
        f"Each party's total liability for each Contract Year is limited to "
        f"{U('£2,000,000')}, save for death or personal injury caused by negligence.",
    ),
    Clause(
        "4.2",
        f"The Service Provider shall maintain employer's liability insurance of not "
        f"less than {U('£10,000,000')} and public liability insurance of not less than "
        f"{U('£5,000,000')} each and every claim, including cover for wrongful arrest and "
        "loss of keys.",
    ),
    Clause(
        "4.3",
        f"At the date of this Agreement the Service Provider's combined security "
        f"liability policy is number {I('SCX-77/041283/PL')}, with an excess of "
        f"{I('£1,000')} per claim; its employer's liability certificate is "
        f"{I('EL 2291 7730 05')}.",
    ),
    Heading("5. Financial standing", 2),
    Clause(
        "5.1",
        f"The Service Provider's audited accounts for the year ended 31 March 2025 show "
        f"turnover of {F('£24.6m')} and net assets of {F('£3,118,000')}. The Service "
        f"Provider shall tell the Authority within ten days of any fall in its credit score "
        f"below 50 (its score at award being {F('71')}).",
    ),
    Heading("Schedule 1 — Charges (exclusive of VAT)"),
    Para(
        "The following hourly rates apply to every hour worked by an Officer of the stated "
        "grade, including time spent on handover:"
    ),
    Table(
        ("Grade", "Role", "Weekday £/hr", "Weekend £/hr", "Bank Holiday £/hr"),
        RATES,
        (0.1, 0.45, 0.15, 0.15, 0.15),
        right=(2, 3, 4),
    ),
    Para(
        f"Overtime worked at the Authority's request with less than 24 hours' notice attracts "
        f"an uplift of {P('12.5 %')} on the applicable rate. The annual value of the Services "
        f"is estimated at {U('£615,500')}."
    ),
    Heading("Schedule 2 — Named Officers"),
    Table(
        ("Officer", "Grade", "Base site", "SIA licence no."),
        OFFICERS,
        (0.26, 0.12, 0.34, 0.28),
    ),
    Heading("Schedule 3 — Sites, alarm and radio procedures"),
    Para("This Schedule is OFFICIAL-SENSITIVE and shall not be published with the Agreement."),
    Table(("Site", "Cover", "Access point", "Code"), SITES, (0.3, 0.28, 0.27, 0.15)),
    Clause(
        "S3.1",
        f"Officers report to the Provider's control room on radio channel "
        f"{S('PMR-7 (talkgroup 3316)')}, with a welfare check every 60 minutes during lone "
        "working.",
    ),
    Clause(
        "S3.2",
        f"When the Authority calls out the Provider, the caller must give the response "
        f"PIN {S('8052')}; the control room shall not dispatch an Officer to a call that "
        "does not give it.",
    ),
    Clause(
        "S3.3",
        f"The Civic Centre video recorder is reached only from the Authority's "
        f"security VLAN at {S('10.44.12.20')}.",
    ),
    Heading("Schedule 4 — Method Statement (Commercial in Confidence)"),
    Para(
        C(
            "Sentinel Crest will cover the Civic Centre with a core team of six Officers working "
            "a four-on, four-off pattern of twelve-hour shifts, so that the same faces are seen "
            "by staff and visitors; relief comes from a pool of three Officers who are inducted "
            "on the Site before the Commencement Date."
        )
    ),
    Para(
        C(
            "Mobile patrols follow a randomised route generated nightly by our scheduling system, "
            "with at least three visits to Northgate Depot between 22:00 and 06:00. Patrol "
            "checkpoints are logged by NFC tags, and the Authority receives a daily exception "
            "report by 08:00."
        )
    ),
    Signatures(
        "Executed by the parties on the dates below.",
        (
            Signatory(
                f"For and on behalf of {BUYER}",
                (
                    ("Signed", U("Y. Kettleborough")),
                    ("Name", U("Yvonne Kettleborough")),
                    ("Title", U("Director of Resources")),
                    ("Date", "14th August 2025"),
                ),
            ),
            Signatory(
                f"For and on behalf of {SUPPLIER}",
                (
                    ("Signed", N("L. Okafor-Dunn")),
                    ("Name", N("Leonard Okafor-Dunn")),
                    ("Title", "Managing Director"),
                    ("Date", "12th August 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "services-agreement.pdf": DocumentSpec(
        title="Static guarding, key holding and mobile patrol services",
        subject=f"Services agreement {REF}",
        header=f"{BUYER} — Security services agreement — OFFICIAL-SENSITIVE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 8, 14, 11, 30),
        blocks=AGREEMENT,
    ),
}
