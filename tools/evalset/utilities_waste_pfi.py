"""Residual waste treatment PFI, Greywater Valley Joint Waste Authority with Greywater Resource
Recovery Ltd: project agreement extract with the payment mechanism, gate fee bands, deductions,
funding terms and plant control systems (PDF)."""

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

TEMPLATE = "utilities"
BUYER = "Greywater Valley Joint Waste Authority"
SUPPLIER = "Greywater Resource Recovery Ltd"
REF = "GVJWA/PFI/RWT/01"
SORT, ACCOUNT = "17-35-62", "80264419"
IBAN = uk_iban("MRCB", SORT, ACCOUNT)

META = {
    "id": "utilities-waste-pfi-greywater-2026",
    "title": "Residual waste treatment PFI project agreement (extract)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 986_500_000, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 31),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2051, 3, 31),
    "reference": REF,
    "public_names": ["Councillor Hywel Brightmore", "Annabel Quarshie"],
    "documents": [{"file": "project-agreement-extract.pdf", "title": "Project agreement extract"}],
}

PROJECT = (
    ("Project", f"{U('Greywater Valley Energy Recovery Facility')}, Slakeham Moss, GV6 0LE"),
    ("Authority", f"{U(BUYER)}, {U('Moss Side Offices, Canal Street, Greyford, GV1 3AZ')}"),
    (
        "Contractor",
        f"{U(SUPPLIER)} (registered number {U('15520947')}), a special purpose "
        "company owned by Cindermere Infrastructure Partners and Halvard Energy UK",
    ),
    ("Contract Period", "25 years from the Service Commencement Date (planned 1 April 2029)"),
    ("Estimated total Unitary Charge", f"{U('£986,500,000')} (nominal, over the Contract Period)"),
    ("Environmental permit", U("EPR/GB3809QX")),
    ("Authority Representative", f"{U('Annabel Quarshie')}, {U('Waste PFI Contract Manager')}"),
)

GATE = (
    ("Band 1", "0 – 165,000", P("£96.40"), P("£18.75"), P("£115.15")),
    ("Band 2", "165,001 – 195,000", P("£61.20"), P("£18.75"), P("£79.95")),
    ("Band 3", "195,001 – 215,000 (Maximum Tonnage)", P("£44.85"), "Nil", P("£44.85")),
    ("Excess", "Above 215,000 (if accepted)", P("£38.00"), "Nil", P("£38.00")),
)  # fmt: skip

DEDUCTIONS = (
    ("Facility unavailable to receive waste (per hour, working hours)", "Availability",
     P("£1,850"), "—"),
    ("Delivery vehicle turnaround exceeding 30 minutes", "Service", P("£120"), "2"),
    ("Bottom ash not removed within 72 hours", "Service", P("£2,400"), "5"),
    ("Recycling of metals below 85% of recovered metal", "Performance", P("£6.50 / tonne"),
     "—"),
    ("Failure to report an environmental incident within 1 hour", "Environmental",
     P("£15,000"), "20"),
    ("Late monthly service report", "Reporting", P("£500"), "1"),
)  # fmt: skip

BLOCKS = [
    Title("PROJECT AGREEMENT — EXTRACT"),
    Subtitle(
        "Residual Waste Treatment Project: Schedule 1 (Project Particulars), Schedule 18 "
        "(Payment Mechanism), Schedule 21 (Financing) and Schedule 24 (Control Systems)"
    ),
    Para(
        f"This extract reproduces four schedules of Project Agreement {U(REF)} between "
        f"{U(BUYER)} and {U(SUPPLIER)} dated 31st March 2026."
    ),
    Heading("Schedule 1 — Project Particulars"),
    Table(("Particular", "Entry"), PROJECT, (0.3, 0.7)),
    Heading("Schedule 18 — Payment Mechanism"),
    Heading("Part 1: Definitions", level=2),
    Definition(
        "Unitary Charge",
        "means the monthly sum payable by the Authority for the "
        "Services, calculated under paragraph 2 and reduced by Deductions.",
    ),
    Definition(
        "Contract Waste",
        "means residual household and similar waste delivered by or "
        "for the Constituent Councils to the Facility.",
    ),
    Definition(
        "Guaranteed Minimum Tonnage",
        "means 150,000 tonnes of Contract Waste in each "
        "Contract Year, the Authority paying for any shortfall below it.",
    ),
    Heading("Part 2: The Unitary Charge", level=2),
    Clause("2.1", "The Unitary Charge for a month (UCm) is:"),
    Para("UCm = (ACP / 12) × I + Σ (GFb × Tb) − D − TP", centred=True),
    Clause(
        "2.1.1",
        f"where ACP, the Annual Capacity Payment, is {P('£41,720,000')} at the Base Date;",
        level=2,
    ),
    Clause(
        "2.1.2",
        "GFb is the gate fee for band b and Tb the tonnes of Contract Waste "
        "accepted in band b in the Contract Year to date;",
        level=2,
    ),
    Clause(
        "2.1.3",
        "D is the total of Deductions under Part 4 and TP the third-party income "
        "share under paragraph 5.2;",
        level=2,
    ),
    Clause(
        "2.1.4",
        f"I is the indexation factor: RPIX for {P('62%')} of the ACP, and the remainder unindexed.",
        level=2,
    ),
    Clause(
        "2.2",
        f"The total Unitary Charge over the Contract Period is estimated at "
        f"{U('£986,500,000')}; the Authority's first full-year payment is expected to be "
        f"about {U('£39.5 million')}.",
    ),
    Heading("Part 3: Gate fee bands", level=2),
    Para(
        "Tonnages in each band are counted cumulatively for each Contract Year; the pass-"
        "through element recovers the Contractor's residue disposal costs."
    ),
    Table(
        ("Band", "Tonnes per Contract Year", "Gate fee (£/t)", "Pass-through (£/t)", "Total (£/t)"),
        GATE,
        (0.12, 0.34, 0.18, 0.18, 0.18),
        right=(2, 3, 4),
    ),
    Clause(
        "3.1",
        f"Landfill Tax on any Contract Waste diverted to landfill because of the "
        f"Contractor's default is for the Contractor's account at the standard rate "
        f"({U('£126.15')} per tonne for 2025-26) plus a handling charge of "
        f"{P('£7.30')} per tonne.",
    ),
    Heading("Part 4: Deductions", level=2),
    Para(
        "Each Performance Failure below gives rise to the Deduction shown, and Service "
        "failures also to the Performance Points shown, for every occurrence."
    ),
    Table(
        ("Performance Failure", "Category", "Deduction", "Points"),
        DEDUCTIONS,
        (0.5, 0.16, 0.2, 0.14),
        right=(2, 3),
    ),
    Clause(
        "4.1",
        f"Deductions in a month shall not exceed {P('35 per cent')} of the Unitary "
        f"Charge for that month. Where Performance Points in any rolling six months exceed "
        "250, the Authority may require a remedial plan; above 400 the "
        "Contractor is in default.",
    ),
    Clause(
        "4.2",
        f"Third-party income from electricity export is shared: the Authority "
        f"receives {P('45 %')} of net income above {P('£11.2m')} a year, and "
        f"{P('60 %')} above {P('£14.8m')}.",
    ),
    Heading("Part 5: Payment", level=2),
    Clause(
        "5.1",
        f"The Authority pays the Unitary Charge within 20 Business Days of a valid "
        f"invoice to the Contractor's Proceeds Account at Marcombe Bank plc, sort code "
        f"{B(SORT)}, account {B(ACCOUNT)}, IBAN {B(grouped(IBAN))}, which is charged to the "
        "Senior Lenders.",
    ),
    Heading("Schedule 21 — Financing (summary of the Base Case)"),
    Table(
        ("Item", "Amount or rate"),
        (
            ("Senior Debt (term loan)", F("£214,600,000")),
            ("Senior Debt margin, construction", F("2.65% over SONIA")),
            ("Senior Debt margin, operations (years 1-10 / 11-22)", F("2.15% / 2.40% over SONIA")),
            ("Equity and subordinated debt", F("£38,900,000")),
            ("Minimum annual debt service cover ratio (lock-up)", F("1.15x")),
            ("Base Case Equity IRR (nominal, post-tax)", F("10.85%")),
        ),
        (0.62, 0.38),
    ),
    Clause(
        "21.1",
        "Any Refinancing Gain is shared equally between the Authority and the "
        "Contractor, in accordance with the Project Agreement and HM Treasury guidance.",
    ),
    Heading("Schedule 24 — Control Systems and Information Security"),
    Clause(
        "24.1",
        f"The Facility is controlled through the {U('Siemtrol PCS 9')} distributed "
        f"control system. The SCADA servers are {S('GVERF-SCADA-01')} and "
        f"{S('GVERF-SCADA-02')} (hot standby), with the process historian on "
        f"{S('gverf-hist01.plant.internal')}.",
    ),
    Clause(
        "24.2",
        f"The control network ({S('10.72.16.0/24')}) is separated from the office "
        f"network by a data diode; the Authority's weighbridge data is read from "
        f"{S('gverf-wb-db.plant.internal')} by the service account {S('svc_gvjwa_wbread')}.",
    ),
    Clause(
        "24.3",
        f"Remote vendor support is permitted only through the jump host "
        f"{S('gverf-jump.halvard.example')} (public address {S('203.0.113.201')}), enabled "
        "for each session by the shift manager.",
    ),
    Heading("Contractor's operational approach — Commercial in Confidence"),
    Para(
        C(
            "The Contractor will run the Facility with two combustion lines of 14 tonnes an "
            "hour each, scheduling one major outage a line a year in the spring shoulder "
            "months when Contract Waste arisings are lowest, and will bale and store up to "
            "6,000 tonnes on site during outages rather than divert to landfill."
        )
    ),
    Para(
        C(
            "Boiler tube replacement is planned on a condition basis using annual thickness "
            "surveys, with a strategic spares holding of superheater sections and one spare "
            "grate drive held at Slakeham Moss."
        )
    ),
    Heading("Insurance and contacts"),
    Clause(
        "25.1",
        f"The Contractor maintains operational property damage and business "
        f"interruption insurance (policy {I('GRR-OPD-2029-00581')}, deductible "
        f"{I('£1,000,000')}) and third-party liability of not less than "
        f"{U('£50,000,000')} (policy {I('TPL/88/401276')}, annual premium "
        f"{I('£412,800')}).",
    ),
    Clause(
        "25.2",
        f"The Contractor's General Manager is {N('Dr Fiona Llewellyn-Bates')} "
        f"({N('fiona.llewellyn-bates@gvrr.example')}); the Plant Manager, "
        f"{N('Marek Nowicki')}, is on call on {N('07700 900947')}.",
    ),
    Clause(
        "25.3",
        f"The Contractor's total liability for Deductions and damages in any "
        f"Contract Year is limited to {U('£25,000,000')}.",
    ),
    Signatures(
        "Executed as a deed on 31 March 2026.",
        (
            Signatory(
                "The Authority",
                (
                    ("Signed", U("H. Brightmore")),
                    ("Name", U("Councillor Hywel Brightmore")),
                    ("Capacity", U("Chair of the Authority")),
                ),
            ),
            Signatory(
                "The Contractor",
                (
                    ("Signed", N("C. Ferreira-Holt")),
                    ("Name", N("Catalina Ferreira-Holt")),
                    ("Capacity", U("Director")),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "project-agreement-extract.pdf": DocumentSpec(
        title="Project agreement extract",
        subject=f"Project Agreement {REF}",
        header=f"{BUYER} — Residual Waste Treatment PFI — Project Agreement extract",
        footer=f"Project Agreement {REF}",
        created=dt.datetime(2026, 3, 31, 16, 0),
        blocks=BLOCKS,
    ),
}
