"""Neutral vendor managed service for temporary agency staff, Greywater County Council with
Meridale Workforce Solutions Ltd (DOCX): particulars, margin bands by engagement type, vendor
fee, volume rebates, account team and vendor management system access."""

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

TEMPLATE = "services"
BUYER = "Greywater County Council"
SUPPLIER = "Meridale Workforce Solutions Ltd"
REF = "GCC-HR-0442-NV"
SORT, ACCOUNT = "23-84-50", "61770392"
IBAN = uk_iban("FENB", SORT, ACCOUNT)

META = {
    "id": "services-agency-staff-neutral-vendor-2026",
    "title": "Neutral vendor managed service for temporary agency workers",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 38_000_000, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 9),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2030, 3, 31),
    "reference": REF,
    "public_names": ["Rosalind Achterberg", "Nathaniel Oduya"],
    "documents": [{"file": "managed-service-agreement.docx", "title": "Managed service agreement"}],
}

BANDS = (
    ("A", "Administrative and clerical (Grades 1–5)", P("£1.42"), P("£1.18"), P("£1.05")),
    ("B", "Social care and residential support workers", P("£1.95"), P("£1.64"),
     P("£1.51")),
    ("C", "Qualified social workers and occupational therapists", P("£3.10"), P("£2.72"),
     P("£2.55")),
    ("D", "Professional, technical, legal and interim management", P("£4.85"), P("£4.20"),
     P("£3.90")),
)  # fmt: skip

REBATES = (
    ("Tier 1", f"up to {P('£8.5m')}", "nil"),
    ("Tier 2", f"over £8.5m and up to {P('£10m')}", P("0.35 %")),
    ("Tier 3", "over £10m", P("0.6 %")),
)  # fmt: skip

TEAM = (
    ("Account Director", N("Fenella Castellanos"), N("fenella.castellanos@meridale.example"),
     N("07700 900517")),
    ("Client Account Manager (social care)", N("Oliver Ntim"), N("o.ntim@meridale.example"),
     N("07700 900682")),
)  # fmt: skip

AGREEMENT = [
    Title("MANAGED SERVICE AGREEMENT"),
    Subtitle("Neutral vendor supply of temporary agency workers"),
    Para(f"{U(BUYER)} — Agreement {U(REF)}", centred=True),
    Heading("Part A: Particulars"),
    Table(
        ("The following particulars form part of this Agreement.", ""),
        (
            ("A1  Customer", f"{U(BUYER)}, County Hall, Tollgate Road, Greywater, GW2 9HQ"),
            (
                "A2  Vendor",
                f"{U(SUPPLIER)} (company no. {U('10977215')}), 3rd Floor, "
                "Kingfisher House, Greywater, GW1 5XN",
            ),
            ("A3  Start Date", "2026-04-01"),
            ("A4  Term", "four years to 2030-03-31, with no extension"),
            (
                "A5  Estimated spend through the Vendor",
                f"{U('£38,000,000')} over the Term "
                f"(about {U('£9.5 million')} each year), including workers' pay, Supply Chain "
                "charges and the Vendor Fee",
            ),
            (
                "A6  Customer's Contract Manager",
                f"{U('Nathaniel Oduya')}, {U('Strategic Workforce Lead')}",
            ),
            ("A7  Vendor Management System", "Meridale Connect v5.2"),
            ("A8  Charging Option", "Option 2 (margin per hour plus Vendor Fee)"),
        ),
        (0.36, 0.64),
    ),
    Heading("Part B: Conditions"),
    Heading("1. Definitions", 2),
    Definition(
        "Agency Worker",
        "means an individual supplied through the Vendor, whether "
        "directly or by a Supply Chain agency, to work under the Customer's supervision.",
    ),
    Definition(
        "Margin",
        "means the amount per hour worked that the Vendor or a Supply Chain "
        "agency charges over and above the Agency Worker's pay and statutory on-costs.",
    ),
    Definition(
        "Supply Chain",
        "means the employment businesses appointed by the Vendor under "
        "clause 4, none of which is a member of the Vendor's group.",
    ),
    Definition(
        "Vendor Fee",
        "means the fee charged by the Vendor for managing the Supply Chain "
        "and the Vendor Management System.",
    ),
    Heading("2. Neutrality", 2),
    Clause(
        "2.1",
        "The Vendor shall not supply Agency Workers itself. It shall release every "
        "order to the Supply Chain in the same way and shall not favour any agency.",
    ),
    Clause(
        "2.2",
        "The Vendor shall comply with the Conduct of Employment Agencies and Employment "
        "Businesses Regulations 2003 and the Agency Workers Regulations 2010, and shall make "
        "sure each agency in the Supply Chain does the same.",
    ),
    Heading("3. Charges", 2),
    Clause(
        "3.1",
        "The Customer shall pay, for each hour worked and approved in the Vendor "
        "Management System, the Agency Worker's pay rate, employer's statutory on-costs "
        "at cost, and the Margin for the relevant band and engagement type in Schedule 1.",
    ),
    Clause(
        "3.2",
        f"In addition the Customer shall pay the Vendor Fee of {P('1.85 %')} of the "
        f"net value of each invoice, subject to a minimum of {P('GBP 4,250.00')} in any "
        "calendar month.",
    ),
    Clause(
        "3.3",
        f"Permanent placements of Agency Workers after 12 weeks' assignment are free of "
        f"any transfer fee. Before 12 weeks, a fee of {P('1,250 pounds')} is payable.",
    ),
    Clause(
        "3.4.1",
        f"Margins are fixed for the first two years. From 2028-04-01 they may rise by "
        f"no more than {P('two and a half per cent (2.5%)')} a year.",
    ),
    Clause(
        "3.4.2",
        "Changes to the National Living Wage pass through to pay rates without any "
        "change to the Margin.",
    ),
    Clause(
        "3.5",
        "The Vendor shall pay a volume rebate on total spend each Contract Year, as set "
        "out in Schedule 2, by credit note within 60 days of the year end.",
    ),
    Clause(
        "3.6",
        f"Invoices are paid by BACS into the Vendor's client account at Fenbrook Bank "
        f"plc (IBAN {B(grouped(IBAN))}, BIC {B('FENBGB2L')}).",
    ),
    Heading("4. Insurance and financial standing", 2),
    Clause(
        "4.1",
        f"The Vendor shall hold employer's liability insurance of not less than "
        f"{U('£10 million')}, public liability of not less than {U('£5 million')} and "
        f"professional indemnity of not less than {U('£2 million')}.",
    ),
    Clause(
        "4.2",
        f"Its present policies are: combined liability, Harwell & Pike Insurance, policy "
        f"{I('HP/CL/60-118472')}; professional indemnity, policy {I('PI0093851-26')} with an "
        f"excess of {I('£2,500')} each claim.",
    ),
    Clause(
        "4.3",
        f"The Vendor's parent, Meridale Group Holdings Ltd, has given a guarantee of "
        f"the Vendor's obligations limited to {F('£1.5 million')}. The Vendor's turnover for "
        f"its last financial year was {F('£211.4m')}, on which it made a pre-tax profit of "
        f"{F('£6.02m')}.",
    ),
    Clause(
        "4.4",
        f"The total liability of either party in any Contract Year shall not exceed "
        f"{U('£5,000,000')}.",
    ),
    Heading("5. Vendor Management System", 2),
    Clause(
        "5.1",
        f"The Vendor shall host the Vendor Management System at "
        f"{S('https://connect.meridale.example/greywater')}. Hiring managers sign in with "
        "the Customer's single sign-on; Supply Chain users have personal accounts.",
    ),
    Clause(
        "5.2",
        f"The Customer's two administrator accounts, {S('gcc.vmsadmin1')} and "
        f"{S('gcc.vmsadmin2')}, are held by the Workforce Team; the payroll interface runs "
        f"as {S('svc_gcc_timesheets')} and posts to the Customer's server "
        f"{S('GCC-HRP-APP02')}.",
    ),
    Clause("5.3", "Data in the Vendor Management System shall be held in the United Kingdom."),
    Heading("Schedule 1: Margin per hour worked (£, exclusive of VAT)"),
    Table(
        ("Band", "Role band", "PAYE via agency", "Umbrella company", "Own limited company"),
        BANDS,
        (0.08, 0.44, 0.16, 0.16, 0.16),
        right=(2, 3, 4),
    ),
    Para(
        "Engagements outside IR35 are permitted only with the approval of the Customer's "
        "Contract Manager."
    ),
    Heading("Schedule 2: Volume rebate"),
    Table(
        ("Tier", "Total spend in the Contract Year", "Rebate on whole spend"),
        REBATES,
        (0.15, 0.55, 0.3),
        right=(2,),
    ),
    Heading("Schedule 3: Account team"),
    Para(
        f"The Vendor's Account Director, {N('Ms Fenella Castellanos')}, leads the account and "
        f"attends the monthly review with the Customer's Contract Manager. The team is:"
    ),
    Table(("Role", "Name", "Email", "Telephone"), TEAM, (0.27, 0.2, 0.37, 0.16)),
    Para(f"The Customer's workforce team is reached on {U('01632 960410')} during office hours."),
    Heading("Schedule 4: Tender response extracts — Commercial in Confidence"),
    Para(
        C(
            "We will onboard the existing 47 agencies within eight weeks, moving social care "
            "suppliers first because they carry the most agency hours; any agency that will not "
            "sign our standard Supply Chain terms by week six is replaced from our approved "
            "list."
        )
    ),
    Para(
        C(
            "Our margin in Band B assumes that at least 60 per cent of hours are worked through "
            "PAYE agencies; where that falls below 50 per cent for a quarter, we will review "
            "Band B margins with the Council rather than increase them unilaterally."
        )
    ),
    Signatures(
        "This Agreement was signed on behalf of the parties on the dates shown below.",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Signature", U("R. Achterberg")),
                    ("Name", U("Rosalind Achterberg")),
                    ("Position", U("Assistant Director, HR and Organisational Development")),
                    ("Date", "09.02.26"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Signature", N("C. Varga")),
                    ("Name", N("Csilla Varga")),
                    ("Position", "Chief Operating Officer"),
                    ("Date", "05.02.26"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "managed-service-agreement.docx": DocumentSpec(
        title="Neutral vendor managed service agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Temporary agency workers — OFFICIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 2, 9, 14, 0),
        blocks=AGREEMENT,
    ),
}
