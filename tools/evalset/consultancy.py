"""Transport strategy consultancy, Hollowmere Combined Authority with Pendry Lowe LLP (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import Clause, DocumentSpec, Heading, Para, Signatory, Signatures, Table, Title

from evalset.marks import C, F, I, N, P, U

TEMPLATE = "house"
BUYER = "Hollowmere Combined Authority"
SUPPLIER = "Pendry Lowe LLP"
REF = "HCA/TS/2025/22"

META = {
    "id": "consultancy-transport-2025",
    "title": "Local transport plan: evidence and options appraisal",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 348_600, "currency": "GBP"},
    "awarded": dt.date(2025, 7, 14),
    "starts": dt.date(2025, 8, 1),
    "ends": dt.date(2026, 7, 31),
    "reference": REF,
    "public_names": ["Dr Ruth Calloway"],
    "documents": [{"file": "contract.pdf", "title": "Consultancy contract"}],
}

GRADES = (
    ("Partner", P("£1,150")),
    ("Associate director", P("£920")),
    ("Senior consultant", P("£715")),
    ("Consultant", P("£560")),
    ("Analyst", P("£430")),
)

MILESTONES = (
    ("M1", "Inception report accepted", P("£34,860")),
    ("M2", "Evidence base and baseline model", P("£104,580")),
    ("M3", "Options appraisal report", P("£122,010")),
    ("M4", "Final plan and consultation support", P("£87,150")),
    ("", "Total", U("£348,600")),
)

BLOCKS = [
    Title("CONSULTANCY SERVICES CONTRACT"),
    Para(f"{U(REF)} — {U(BUYER)} and {U(SUPPLIER)}", centred=True),
    Heading("1. Services"),
    Clause("1.1", "The Consultant shall build the evidence base for the Authority's next local "
           "transport plan, appraise the options and support public consultation."),
    Heading("2. Fees"),
    Clause("2.1", "The fixed fee is paid against the milestones below."),
    Table(("Milestone", "Deliverable", "Payment"), MILESTONES, (0.15, 0.6, 0.25), right=(2,),
          bold_last_row=True),
    Clause("2.2", "Changes are priced using these day rates:"),
    Table(("Grade", "Day rate"), GRADES, (0.6, 0.4), right=(1,)),
    Clause("2.3", f"The day rates reflect a framework discount of {P('12.5 per cent')}. "
           f"Expenses are not payable except travel outside the Authority's area, at "
           f"{P('£0.45')} a mile."),
    Heading("3. Method statement (Commercial in Confidence)"),
    Para(C("Our multi-modal demand model couples a four-stage trip model calibrated on "
           "anonymised mobile network data with our own elasticity library, built from twelve "
           "years of scheme evaluations and not available to other firms.")),
    Para(C("Options are scored with a weighted appraisal matrix whose weights we derive from "
           "stakeholder workshops using a paired-comparison method developed in-house.")),
    Heading("4. Team"),
    Clause("4.1", f"The Project Director is {N('Ms Helena Varga')}; the day-to-day lead is "
           f"{N('Oluwaseun Bakare')}, Senior Consultant, supported by {N('Tom Ashdown')}. "
           "Changes to key staff need the Authority's consent."),
    Clause("4.2", f"The Authority's Head of Transport Policy, {U('Dr Ruth Calloway')}, is its "
           "representative."),
    Heading("5. Financial standing and insurance"),
    Clause("5.1", f"The Consultant's latest accounts show revenue of {F('£19.6m')} and members' "
           f"profit of {F('£4.1m')}; its current ratio is {F('1.8')}:1."),
    Clause("5.2", f"Professional indemnity cover of {U('£2 million')} each claim is held with "
           f"Arden Specialty under policy no. {I('ASP-PI-77045-25')}."),
    Clause("5.3", "Liability of either party is capped at £1,000,000 in aggregate."),
    Signatures(
        "Signed:",
        (
            Signatory(f"For {BUYER}", (
                ("Name", U("Dr Ruth Calloway")),
                ("Position", "Head of Transport Policy"),
            )),
            Signatory(f"For {SUPPLIER}", (
                ("Name", N("Helena Varga")),
                ("Position", "Partner"),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Consultancy services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Consultancy contract",
        footer=f"{REF}",
        created=dt.datetime(2025, 7, 14, 9, 0),
        blocks=BLOCKS,
    ),
}
