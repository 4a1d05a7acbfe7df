"""Revenues and benefits outsourcing, Marlfield District Council with Corrigan Public Services
Ltd: agreement, charges, TUPE schedule and the supplier's solution (PDF)."""

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

from evalset.marks import B, C, F, I, N, P, S, U, uk_iban

TEMPLATE = "it"
BUYER = "Marlfield District Council"
SUPPLIER = "Corrigan Public Services Ltd"
REF = "MDC-RB-2026-002"
IBAN = uk_iban("LOWB", "09-71-36", "40582917")

META = {
    "id": "it-revs-bens-outsourcing-2026",
    "title": "Revenues and benefits processing services",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 9_420_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 27),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2033, 3, 31),
    "reference": REF,
    "public_names": ["Sarah Whitlock-Evans", "Naveed Chaudhry"],
    "documents": [{"file": "agreement.pdf", "title": "Services agreement"}],
}

KEY = (
    ("Agreement reference", U(REF)),
    ("Authority", f"{U(BUYER)}, {U('Council Offices, Market Square, Marlfield, MV2 4HS')}"),
    ("Supplier", f"{U(SUPPLIER)} (registered in England, number {U('10573826')})"),
    ("Term", "Seven years from 1 April 2026, extendable by up to three years"),
    ("Estimated Contract Value", f"{U('£9,420,000')} over the initial Term"),
    ("Estimated annual value", U("£1,345,700")),
    ("Authority Representative", f"{U('Naveed Chaudhry')}, {U('Head of Revenues and Benefits')}"),
    (
        "Core system",
        "The Authority's current revenues and benefits system is replaced by the "
        f"Supplier's {U('RevenuePoint Platform 9.3')}",
    ),
)

PRICES = (
    ("T1", "New Council Tax account set-up", "per account", P("£3.85")),
    ("T2", "Council Tax change of circumstance", "per change", P("£2.40")),
    ("T3", "Business rates bill or rebill", "per bill", P("£6.10")),
    ("T4", "Housing Benefit new claim assessed", "per claim", P("£27.60")),
    ("T5", "Council Tax Reduction change processed", "per change", P("£8.95")),
    ("T6", "Recovery action: reminder to liability order", "per case", P("£11.30")),
)

TUPE = (
    (
        N("MDC00417"),
        "Revenues Officer",
        "Grade 6",
        N("£28,940"),
        N("03/11/2009"),
        N("14/07/1976"),
        "LGPS",
    ),
    (
        N("MDC00982"),
        "Benefits Assessor",
        "Grade 6",
        N("£29,611"),
        N("21/04/2014"),
        N("02/02/1988"),
        "LGPS",
    ),
    (
        N("MDC01135"),
        "Senior Assessor",
        "Grade 8",
        N("£35,235"),
        N("08/01/2017"),
        N("29/09/1981"),
        "LGPS",
    ),
    (
        N("MDC01460"),
        "Recovery Officer (0.6 FTE)",
        "Grade 5",
        N("£15,882"),
        N("16/05/2021"),
        N("11/12/1995"),
        "Opted out",
    ),
)

BLOCKS = [
    Title("REVENUES AND BENEFITS SERVICES AGREEMENT"),
    Subtitle(f"Between {BUYER} and {SUPPLIER}"),
    Table(("Key provision", "Entry"), KEY, (0.32, 0.68)),
    Heading("1. Definitions and interpretation"),
    Definition(
        "Transaction",
        "means one unit of work of a type listed in Schedule 2, "
        "completed to the quality standard in Schedule 3.",
    ),
    Definition(
        "Baseline Cost",
        "means the Authority's cost of the Services in 2025/26 as "
        "agreed in the due diligence report.",
    ),
    Definition(
        "Net Saving",
        "means the amount by which the Authority's total cost of the "
        "Services in a Contract Year is below the Baseline Cost, indexed.",
    ),
    Clause(
        "1.2",
        "A reference to the Supplier includes its permitted sub-contractors; "
        "the Authority and the Supplier are together the Parties.",
    ),
    Heading("2. Scope"),
    Clause(
        "2.1",
        "The Supplier shall provide the administration of Council Tax, business rates, "
        "Housing Benefit and Council Tax Reduction, including billing, collection, recovery, "
        "assessment and the processing centre at the Council Offices.",
    ),
    Clause(
        "2.2",
        "Statutory decisions, the Council Tax Reduction scheme and write-off approvals "
        "above the delegated limit remain with the Authority.",
    ),
    Heading("3. Charges"),
    Clause(
        "3.1",
        f"The Authority pays a Fixed Service Charge of {P('£61,250')} a month for "
        f"management, systems and accommodation, and the Transaction Charges in "
        f"Schedule 2 for work completed.",
    ),
    Clause(
        "3.2",
        f"Transaction volumes above 115% of the forecast in any quarter are charged "
        f"at a discount of {P('18%')}.",
    ),
    Clause("3.3", f"Charges are indexed on 1 April each year by CPI, capped at {P('2.75%')}."),
    Clause(
        "3.4",
        f"The Authority pays to the Supplier's account at Lowther Bank, IBAN "
        f"{B(IBAN)}, within 30 days of a valid invoice.",
    ),
    Heading("4. Gain share"),
    Clause("4.1", "Where there is a Net Saving in a Contract Year, it is shared as follows:"),
    Clause(
        "4.1.1",
        f"on the first {P('£150,000')} of Net Saving, {P('70%')} to the Authority "
        f"and {P('30%')} to the Supplier;",
        level=2,
    ),
    Clause(
        "4.1.2",
        f"on any Net Saving above that, {P('55%')} to the Authority and the "
        "balance to the Supplier.",
        level=2,
    ),
    Clause(
        "4.2",
        "Additional Council Tax collected above the in-year collection baseline of "
        f"{U('97.1%')} counts towards Net Saving.",
    ),
    Heading("5. Service performance"),
    Clause(
        "5.1",
        "The average time to process new Housing Benefit claims shall not exceed 18 "
        "calendar days, and changes of circumstance 8 calendar days.",
    ),
    Clause(
        "5.2",
        f"For each Key Performance Indicator missed in a month, the Fixed Service "
        f"Charge for that month is reduced by {P('1.5%')}, up to {P('9%')} in total.",
    ),
    Heading("6. Data and systems"),
    Clause(
        "6.1",
        "The Supplier processes personal data as the Authority's processor under "
        "the UK GDPR and the Data Protection Act 2018. Benefits data received from the "
        "Department for Work and Pensions is handled under its Memorandum of Understanding.",
    ),
    Clause(
        "6.2",
        f"Files from the Department for Work and Pensions are exchanged through the "
        f"Authority's gateway server {S('MDC-DWPGW01')} under the account "
        f"{S('svc_rb_dwpfeed')}.",
    ),
    Heading("7. Insurance and guarantee"),
    Clause(
        "7.1",
        f"The Supplier shall insure against public liability for "
        f"{U('not less than £10 million')} for each claim; its present cover is with "
        f"Halberd Insurance under policy {I('HIC 22-PL-448310')}, with an excess of "
        f"{I('£2,500')}.",
    ),
    Clause(
        "7.2",
        f"The Supplier's parent, Corrigan Group plc, guarantees the Supplier's "
        f"obligations up to {F('£3,000,000')}. The Supplier's last accounts showed turnover "
        f"of {F('£86.4 million')} and operating profit of {F('£5.12 million')}.",
    ),
    Heading("Schedule 2 — Transaction Charges"),
    Table(("Ref", "Transaction", "Unit", "Price"), PRICES, (0.08, 0.52, 0.2, 0.2), right=(3,)),
    Heading("Schedule 5 — Employees transferring under TUPE"),
    Para(
        "Employee liability information supplied under regulation 11 of the Transfer of "
        "Undertakings (Protection of Employment) Regulations 2006. Salaries are full-time "
        "equivalent except where an FTE is shown."
    ),
    Table(
        ("Employee no.", "Post", "Grade", "Salary", "Start date", "Date of birth", "Pension"),
        TUPE,
        (0.13, 0.2, 0.1, 0.12, 0.15, 0.15, 0.15),
    ),
    Heading("Schedule 6 — Supplier Solution (Commercial in Confidence)"),
    Para(
        C(
            "Corrigan will move the service onto the RevenuePoint Platform within five months "
            "of the Commencement Date, running the legacy system in parallel for two billing "
            "cycles. Our migration team reconciles every Council Tax account balance to the "
            "penny before cut-over and we carry the risk of any reconciliation shortfall."
        )
    ),
    Para(
        C(
            "Transaction processing is split between the Marlfield processing centre and our "
            "Halstow hub, with automated change-of-address matching expected to remove around "
            "a fifth of manual changes in year one. We intend to redeploy four posts into "
            "recovery and visiting work rather than reduce headcount."
        )
    ),
    Para(
        C(
            "Our price assumes a recovery rate on court costs of 62% and a staff attrition rate "
            "of 9% a year; if either moves by more than five points we will open-book the "
            "variance with the Authority at the annual review."
        )
    ),
    Signatures(
        "Executed by the Parties on the dates below.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("S. Whitlock-Evans")),
                    ("Name", U("Sarah Whitlock-Evans")),
                    ("Title", U("Chief Executive")),
                    ("Date", "27 January 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("M. Ogunbanjo")),
                    ("Name", N("Michael Ogunbanjo")),
                    ("Title", "Managing Director, Local Government"),
                    ("Date", "23 January 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "agreement.pdf": DocumentSpec(
        title="Revenues and benefits services agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Revenues and Benefits — OFFICIAL-SENSITIVE (COMMERCIAL)",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 1, 27, 10, 15),
        blocks=BLOCKS,
    ),
}
