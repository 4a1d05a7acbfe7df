"""Payroll service, Department for Coastal Communities with Ledgerline Payroll Services (PDF)."""

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

TEMPLATE = "ccs"
BUYER = "Department for Coastal Communities"
SUPPLIER = "Ledgerline Payroll Services Limited"
REF = "DCC/CS/2026/0073"
SORT, ACCOUNT = "40-17-92", "38826105"
IBAN = uk_iban("FENB", SORT, ACCOUNT)

META = {
    "id": "ccs-mcs-payroll-2026",
    "title": "Payroll and pensions administration service 2026-2031",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 6_480_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 14),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2031, 3, 31),
    "reference": REF,
    "public_names": ["Alasdair Pennington", "Ruth Okafor-Lyle"],
    "documents": [{"file": "contract.pdf", "title": "Model Services Contract"}],
}

CHARGES = (
    ("1", "Core payroll service (up to 4,200 payslips a month)", "Monthly", P("£58,400")),
    ("2", "Payslips above 4,200 in a month", "Per payslip", P("£3.85")),
    ("3", "Pensions administration (Civil Service scheme interface)", "Monthly", P("£9,750")),
    ("4", "Year-end processing and P60 issue", "Per year", P("£21,600")),
    ("5", "Transition (Implementation Services)", "Milestone", P("£186,000")),
)  # fmt: skip

SERVICE_LEVELS = (
    ("SL1", "Payroll paid accurately and on the Pay Date", U("99.8%"), P("7.5%")),
    ("SL2", "Service Desk calls answered within 60 seconds", U("90%"), P("2.0%")),
    ("SL3", "RTI submissions to HMRC on or before the Pay Date", U("100%"), P("4.0%")),
)  # fmt: skip

STAFF = (
    (N("E-4471"), "Payroll Team Leader", N("02/05/2011"), N("£36,215"), N("Alpha")),
    (N("E-4502"), "Payroll Officer", N("19/09/2016"), N("£27,480"), N("Alpha")),
    (N("E-4688"), "Pensions Caseworker (0.6 FTE)", N("11/03/2014"), N("£29,105"), N("Premium")),
)  # fmt: skip

BLOCKS = [
    Title("MODEL SERVICES CONTRACT"),
    Subtitle("Payroll and Pensions Administration Service"),
    Para(f"Contract Reference: {U(REF)}", centred=True),
    Para(f"between {U(BUYER)} (the “Authority”) and {U(SUPPLIER)} (the “Supplier”)", centred=True),
    Heading("Key Contract Details"),
    Table(
        ("Item", "Detail"),
        (
            ("Authority", f"{U(BUYER)}, {U('Harbour House, 14 Quayside Walk, London, XW1 7QE')}"),
            (
                "Supplier",
                f"{U(SUPPLIER)}, registered in England and Wales, company number "
                f"{U('09418337')}, of 3 Foundry Court, Wakefield, WQ4 2LN",
            ),
            ("Effective Date", "1 April 2026"),
            ("Initial Term", "five (5) years, with an option to extend by up to two (2) years"),
            ("Estimated Contract Value", f"{U('£6,480,000')} excluding VAT over the Initial Term"),
            ("Supplier's aggregate liability cap", f"{U('£8,000,000')} in each Contract Year"),
            (
                "Authority Representative",
                f"{U('Alasdair Pennington')}, {U('Director of Shared Services')}",
            ),
        ),
        (0.32, 0.68),
    ),
    Heading("Core Terms (extract)"),
    Clause(
        "1.1",
        "This Contract comprises these Core Terms and the Schedules listed in the Key "
        "Contract Details. In the event of conflict, the Core Terms prevail over the "
        "Schedules, save for Schedule 5 (Charges and Invoicing) in respect of the amount of "
        "the Charges.",
    ),
    Clause(
        "4.2",
        "The Supplier shall provide the Services from the Operational Service "
        "Commencement Date so as to meet or exceed the Service Levels set out in Schedule 3.",
    ),
    Clause(
        "4.2.1",
        "Where the Supplier fails to meet a Service Level, the Authority may deduct "
        "the Service Credits calculated under Part B of Schedule 3 from the next invoice.",
        level=2,
    ),
    Clause(
        "4.2.2",
        "Service Credits are a price adjustment reflecting the reduced value of the "
        "Services and are not an estimate of the loss suffered by the Authority.",
        level=2,
    ),
    Clause(
        "12.3.1",
        "Subject to Core Term 12.4, each Party's total aggregate liability in each "
        "Contract Year shall not exceed the cap stated in the Key Contract Details.",
    ),
    Heading("Schedule 1 (Definitions)"),
    Definition(
        "Pay Date",
        "means the last Working Day of each calendar month or such other "
        "date as the Authority notifies for an off-cycle payment run.",
    ),
    Definition(
        "Service Credit Cap",
        "means the maximum Service Credits payable in any month "
        "under Paragraph 3 of Part B of Schedule 3.",
    ),
    Definition(
        "Transferring Authority Employees",
        "means those employees listed in the Annex to Schedule 7 (Staff Transfer).",
    ),
    Heading("Schedule 5 (Charges and Invoicing)"),
    Para(
        "Part A: Charges. All Charges are exclusive of VAT and fixed for the first two "
        "Contract Years."
    ),
    Table(
        ("Item", "Description", "Unit", "Charge (ex VAT)"),
        CHARGES,
        (0.08, 0.54, 0.16, 0.22),
        right=(3,),
    ),
    Clause(
        "1.2",
        f"From the second anniversary of the Effective Date the Charges may be indexed "
        f"annually by CPI, provided that no increase in any Contract Year shall exceed "
        f"{P('2.75 per cent')}.",
    ),
    Clause(
        "1.3",
        "The Implementation Services charge in item 5 is payable in three equal "
        "instalments on Achievement of Milestones M1 (parallel run 1), M2 (parallel run 2) "
        "and M3 (first live payroll).",
    ),
    Clause(
        "2.1",
        "The Supplier shall invoice monthly in arrears to "
        f"{U('apinvoices@coastal-communities.gov.uk')} "
        "quoting the purchase order number. The Authority shall pay valid undisputed "
        "invoices within thirty (30) days.",
    ),
    Clause(
        "2.2",
        f"Payment shall be made by BACS to the Supplier's account with Fenwick "
        f"National Bank plc, sort code {B(SORT)}, account number {B(ACCOUNT)} (IBAN "
        f"{B(grouped(IBAN))}, BIC {B('FENBGB2L')}).",
    ),
    Heading("Schedule 3 (Service Levels)"),
    Para(
        "Part A sets the Service Levels. A Service Credit is the stated percentage of the "
        "Monthly Core Charge for each month in which the Service Level Performance Measure is "
        "not met."
    ),
    Table(
        ("Service Level", "Description", "Performance Measure", "Service Credit"),
        SERVICE_LEVELS,
        (0.13, 0.49, 0.2, 0.18),
        right=(2, 3),
    ),
    Clause(
        "3.1",
        f"The Service Credit Cap is {P('12 per cent')} of the Monthly Core Charge. "
        f"A Critical Service Level Failure occurs where SL1 is missed in any two "
        f"consecutive months, and the Authority may then recover an additional "
        f"{P('£25,000')} for each affected Pay Date.",
    ),
    Heading("Schedule 7 (Staff Transfer)"),
    Clause(
        "1.1",
        "The Parties agree that the Transfer of Undertakings (Protection of "
        "Employment) Regulations 2006 apply on the Relevant Transfer Date to the "
        "Transferring Authority Employees listed below. Employee references are used in "
        "place of names; the full Staffing Information is held by the Supplier under "
        "Schedule 7 Part E.",
    ),
    Table(
        ("Ref", "Role", "Continuous service from", "Salary (FTE)", "Pension scheme"),
        STAFF,
        (0.12, 0.3, 0.2, 0.18, 0.2),
        right=(3,),
    ),
    Heading("Schedule 9 (Security Management)"),
    Clause(
        "1.1",
        "The Supplier shall operate the payroll solution under an ISMS certified to "
        "ISO/IEC 27001 and hold Cyber Essentials Plus throughout the Term.",
    ),
    Clause(
        "1.2",
        f"The Authority's HR system exports pay data each month from the host "
        f"{S('dcc-hrx-app03')} over SFTP to {S('sftp-in.ledgerline.example')} "
        f"({S('203.0.113.58')}) under the service account {S('svc_dcc_payfeed')}.",
    ),
    Clause(
        "1.3",
        f"Supplier administrators reach the Authority's test tenancy only through the "
        f"jump server {S('LLPJMP02')} from the address range {S('198.51.100.64/27')}. Each "
        "session is recorded and reviewed monthly by the Authority's security team.",
    ),
    Heading("Schedule 10 (Insurance)"),
    Table(
        ("Insurance", "Minimum cover", "Insurer", "Policy number"),
        (
            (
                "Employer's liability",
                U("£10,000,000"),
                "Albion Crescent Insurance plc",
                I("ACI/EL/7730415"),
            ),
            (
                "Public liability",
                U("£5,000,000"),
                "Albion Crescent Insurance plc",
                I("ACI/PL/7730416"),
            ),
            (
                "Professional indemnity",
                U("£5,000,000"),
                "Tarnhill Underwriting Ltd",
                I("TU-PI-26-004871"),
            ),
        ),
        (0.26, 0.2, 0.3, 0.24),
    ),
    Heading("Schedule 11 (Financial Distress)"),
    Para(
        "Supplier financial information (Commercial in Confidence) as at the most recent "
        "audited accounts, year ended 31 August 2025:"
    ),
    Table(
        ("Metric", "Amount"),
        (
            (U("Turnover"), F("£41,260,000")),
            (U("Operating profit"), F("£3,118,000")),
            (U("Net assets"), F("£9,874,000")),
        ),
        (0.6, 0.4),
        right=(1,),
    ),
    Para(
        f"Ledgerline Group Holdings Limited has provided a parent company guarantee capped at "
        f"{F('£2,500,000')}."
    ),
    Heading("Schedule 4 (Supplier Solution) — Commercial in Confidence"),
    Para(
        C(
            "Ledgerline will migrate the Authority's payroll in two reconciled parallel runs, "
            "comparing gross-to-net results line by line against the outgoing bureau and "
            "clearing every variance above one penny before sign-off. Our migration team works "
            "from a standard data map built over eleven central government migrations."
        )
    ),
    Para(
        C(
            "After go-live a named payroll lead and two deputies are ring-fenced to the "
            "Authority for the first six Pay Dates, and our exception engine holds any payment "
            "more than 40 per cent above an employee's three-month average for manual review "
            "before the BACS file is released."
        )
    ),
    Heading("Schedule 8 (Governance)"),
    Table(
        ("Role", "Name", "Contact"),
        (
            (
                "Authority Representative",
                U("Alasdair Pennington"),
                f"Authority switchboard {U('020 7946 0100')}",
            ),
            ("Supplier Representative", N("Mr Hamish Calloway-Reid"), "Supplier contract office"),
        ),
        (0.3, 0.3, 0.4),
    ),
    Signatures(
        "Signed by the duly authorised representatives of the Parties:",
        (
            Signatory(
                f"For and on behalf of {BUYER}",
                (
                    ("Signature", U("R. Okafor-Lyle")),
                    ("Name", U("Ruth Okafor-Lyle")),
                    ("Position", U("Commercial Director")),
                    ("Date", "14 January 2026"),
                ),
            ),
            Signatory(
                f"For and on behalf of {SUPPLIER}",
                (
                    ("Signature", N("G. Sutherland")),
                    ("Name", N("Gavin Sutherland")),
                    ("Position", "Chief Executive"),
                    ("Date", "12 January 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Model Services Contract: payroll and pensions administration",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Model Services Contract — OFFICIAL-SENSITIVE: COMMERCIAL",
        footer=f"Contract Reference {REF}",
        created=dt.datetime(2026, 1, 14, 11, 0),
        blocks=BLOCKS,
    ),
}
