"""Responsive repairs to council homes, Wyrelands Homes Ltd with Brackwater Property Services
Ltd (JCT-style Measured Term Contract: agreement PDF and pricing and TUPE schedules DOCX)."""

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

TEMPLATE = "jct"
BUYER = "Wyrelands Homes Ltd"
SUPPLIER = "Brackwater Property Services Ltd"
REF = "WHL/MTC/2025/R07"
SORT, ACCOUNT = "20-58-33", "64019287"
IBAN = uk_iban("NWPB", SORT, ACCOUNT)

META = {
    "id": "jct-housing-repairs-2025",
    "title": "Responsive repairs and voids, north and central areas (measured term)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 5_400_000, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 8),
    "starts": dt.date(2025, 11, 3),
    "ends": dt.date(2029, 11, 2),
    "reference": REF,
    "public_names": ["Joanne Threlfall", "Sanjay Mistry"],
    "documents": [
        {"file": "contract.pdf", "title": "Measured term contract"},
        {"file": "schedules.docx", "title": "Pricing document and TUPE information"},
    ],
}

PARTICULARS = (
    ("Article 3", "Contract Administrator", U("Sanjay Mistry") + ", " +
     U("Repairs and Maintenance Manager")),
    ("Clause 1.1", "Contract Area", "Properties owned or managed by the Employer in the "
     "North and Central housing areas listed in the Property Schedule"),
    ("Clause 1.1", "Schedule of Rates", "Wyrelands Housing Schedule of Rates " +
     U("Version 7.2") + ", with the Contractor's Percentage Adjustments"),
    ("Clause 2.1", "Start Date", "3 November 2025"),
    ("Clause 2.2", "Contract Period", "4 years, with a break on the second anniversary"),
    ("Clause 2.3", "Expected annual value of Orders", U("£1,350,000") + " (not guaranteed)"),
    ("Clause 2.10", "Defects period for each Order", "6 months from completion"),
    ("Clause 4.6", "Interim payments", "Monthly, on Orders completed and closed on the "
     "repairs system"),
    ("Clause 4.10", "Retention", "None"),
    ("Clause 6.4", "Contractor's public liability cover", U("not less than £10,000,000")),
    ("Clause 6.5", "Employer's liability cover", U("not less than £5,000,000")),
    ("Clause 8.4", "Termination on notice", "Either party, 6 months' notice after year 2"),
)  # fmt: skip

KPIS = (
    ("KPI 1", "Emergency repairs attended within 4 hours", "99%", P("2.0%")),
    ("KPI 2", "Urgent repairs completed within 5 working days", "95%", P("1.5%")),
    ("KPI 3", "Routine repairs completed within 20 working days", "92%", P("1.0%")),
    ("KPI 4", "Void properties returned within 10 working days", "90%", P("£85") + " per day late"),
)  # fmt: skip

CONTRACT = [
    Title("MEASURED TERM CONTRACT"),
    Subtitle("Responsive repairs and void works — North and Central areas"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("Agreement"),
    Para(
        f"This Contract is made on 8 September 2025 between {U(BUYER)} (company number "
        f"{U('07738419')}), the housing management company wholly owned by "
        f"{U('Wyrelands Borough Council')}, of {U('Cobden House')}, "
        f"2 Mercer Way, Wyrelands, XH2 5DN (the “Employer”), "
        f"and {U(SUPPLIER)} (company number {U('04162370')}) of Unit 14, Ferrybridge Court, "
        "Wyrelands, XH7 3LQ (the “Contractor”)."
    ),
    Heading("Recitals", level=2),
    Clause(
        "A",
        "The Employer wishes to have responsive repairs, void works and minor "
        "improvements carried out to its housing stock within the Contract Area, as and when "
        "ordered during the Contract Period.",
    ),
    Clause(
        "B",
        "The Contractor has priced the Schedule of Rates by stating its Percentage "
        "Adjustments in the Pricing Document, which the Employer has accepted.",
    ),
    Clause("C", "The Employer does not undertake to issue any minimum number or value of Orders."),
    Heading("Articles", level=2),
    Clause(
        "1",
        "The Contractor shall carry out and complete each Order issued by the Employer "
        "in accordance with the Contract Documents.",
    ),
    Clause(
        "2",
        "The Employer shall pay the Contractor for each Order the value of the work "
        "calculated from the Schedule of Rates as adjusted by the Percentage Adjustments.",
    ),
    Clause("3", "The Contract Administrator is the person named in the Contract Particulars."),
    Clause(
        "4",
        f"The estimated total value of Orders over the Contract Period is "
        f"{U('£5,400,000')}, stated for information only.",
    ),
    Heading("Contract Particulars"),
    Table(("Clause", "Subject", "Entry"), PARTICULARS, (0.16, 0.32, 0.52)),
    Heading("Definitions", level=2),
    Definition(
        "Order",
        "means an instruction issued through the Employer's repairs system "
        "identifying the Property, the work and its priority.",
    ),
    Definition(
        "Percentage Adjustment",
        "means the percentage by which the Contractor's price "
        "for a work category differs from the Schedule of Rates, stated in Part 1 of "
        "the Pricing Document.",
    ),
    Heading("Conditions (amendments)"),
    Clause(
        "2.5.1",
        "Each Order shall be attended within the response time for its priority. "
        "Performance is measured monthly against the indicators below and a shortfall "
        "reduces the next payment by the deduction shown.",
    ),
    Table(("Ref", "Indicator", "Target", "Deduction"), KPIS, (0.12, 0.5, 0.13, 0.25)),
    Clause(
        "2.5.2",
        f"The deductions in any month shall not exceed {U('7.5%')} of that month's payment.",
    ),
    Clause(
        "4.2.3",
        f"The Schedule of Rates shall be uplifted each April by the change in the "
        f"BCIS Maintenance Price Index, capped at {P('3.25%')} in any year.",
    ),
    Clause(
        "4.9",
        f"Payments shall be made to {SUPPLIER} at Northway Provident Bank, sort code "
        f"{B(SORT)}, account number {B(ACCOUNT)}, IBAN {B(grouped(IBAN))}.",
    ),
    Clause(
        "6.4.2",
        f"The Contractor's liability policy is held with Ashcombe General under "
        f"number {I('AGI/CL/0388412/25')}; its contract works cover is certificate "
        f"{I('CW-55831-B')} with an excess of {I('£5,000')} each claim.",
    ),
    Clause(
        "7.1.1",
        f"The Contractor shall provide a performance bond of {F('£540,000')} "
        "within 28 days of the Start Date.",
    ),
    Clause(
        "7.4.2",
        "The Contractor's engineers access the repairs system through the handheld "
        f"application; the job interface sends completions to {S('repairs-api.whl.internal')} "
        f"from the service account {S('svc_brackwater_jobs')}.",
    ),
    Clause(
        "8.2",
        f"The Contractor's contract manager is {N('Lorraine Achebe')} "
        f"({N('lorraine.achebe@brackwater.example')}). Tenants may contact the Employer's "
        f"repairs line on {U('0113 496 0500')}.",
    ),
    Signatures(
        "Signed by the authorised representatives of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Name", U("Joanne Threlfall")),
                    ("Position", U("Director of Property Services")),
                    ("Date", "8 September 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Keith Armitage-Lowe")),
                    ("Position", "Chief Operating Officer"),
                    ("Date", "4 September 2025"),
                ),
            ),
        ),
    ),
]

ADJUSTMENTS = (
    ("A", "Responsive repairs (normal working hours)", P("+4.75%")),
    ("B", "Responsive repairs (out of hours and emergency)", P("+18.20%")),
    ("C", "Void works", P("-2.50%")),
    ("D", "Gas and heating (excluding annual servicing)", P("+6.10%")),
    ("E", "Minor improvements and adaptations", P("-1.25%")),
)

NON_SOR = (
    ("Multi-trade operative (per hour)", P("38.40")),
    ("Electrician (per hour)", P("44.75")),
    ("Materials not in the Schedule (cost plus)", P("12%")),
    ("Void clearance (per property)", P("265.00")),
)

TUPE = (
    (N("BR-0147"), "Multi-trade operative", N("14/04/2009"), N("22/07/1974"), N("£31,250"),
     "39", "LGPS"),
    (N("BR-0192"), "Plumber", N("02/10/2012"), N("09/03/1983"), N("£33,880"), "39", "LGPS"),
    (N("BR-0233"), "Electrician", N("18/06/2016"), N("30/11/1990"), N("£36,410"), "39",
     "Stakeholder"),
    (N("BR-0261"), "Voids supervisor", N("07/01/2019"), N("15/05/1979"), N("£39,025"), "37",
     "LGPS"),
)  # fmt: skip

SCHEDULES = [
    Title("PRICING DOCUMENT AND TUPE INFORMATION"),
    Para(f"Schedules to Measured Term Contract {U(REF)}", centred=True),
    Heading("Part 1 — Percentage Adjustments to the Schedule of Rates"),
    Para(
        "Each Order is valued at the Schedule of Rates and adjusted by the percentage tendered "
        "for its work category:"
    ),
    Table(
        ("Category", "Work category", "Percentage Adjustment"),
        ADJUSTMENTS,
        (0.15, 0.6, 0.25),
        right=(2,),
    ),
    Heading("Part 2 — Rates for work outside the Schedule of Rates"),
    Table(("Description", "Rate (£ ex VAT)"), NON_SOR, (0.7, 0.3), right=(1,)),
    Heading("Part 3 — Employee liability information"),
    Para(
        "The following employees of the outgoing contractor are expected to transfer to the "
        "Contractor on the Start Date under the Transfer of Undertakings (Protection of "
        "Employment) Regulations 2006. This information is personal data."
    ),
    Table(
        (
            "Ref",
            "Role",
            "Continuous service from",
            "Date of birth",
            "Salary",
            "Hours/week",
            "Pension",
        ),
        TUPE,
        (0.11, 0.2, 0.16, 0.14, 0.13, 0.11, 0.15),
    ),
    Heading("Part 4 — Mobilisation proposal (Commercial in Confidence)"),
    Para(
        C(
            "We will run the north area from our Ferrybridge depot with van stock replenished "
            "nightly by our merchant partner, so that our target first-time fix rate of 88 per "
            "cent is achieved without return visits for standard parts."
        )
    ),
    Para(
        C(
            "For voids we will assign a dedicated gang of four with a supervisor who inspects "
            "each property on the day the keys are received and raises a fixed-price variation "
            "within 24 hours where work falls outside the void standard."
        )
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Measured Term Contract — responsive repairs",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Measured Term Contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 9, 8, 14, 0),
        blocks=CONTRACT,
    ),
    "schedules.docx": DocumentSpec(
        title="Pricing document and TUPE information",
        subject=f"Schedules to contract {REF}",
        header=f"{BUYER} — Measured Term Contract — OFFICIAL-SENSITIVE",
        footer=f"Schedules to contract {REF}",
        created=dt.datetime(2025, 9, 8, 14, 5),
        blocks=SCHEDULES,
    ),
}
