"""Architect's appointment for a health and wellbeing hub, Oakmere Borough Council with Quillon
Ashby Architects LLP (JCT-style consultancy agreement for the public sector, PDF)."""

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
BUYER = "Oakmere Borough Council"
SUPPLIER = "Quillon Ashby Architects LLP"
REF = "OBC/PROC/CA/2026/117"
SORT, ACCOUNT = "52-19-60", "40736158"
IBAN = uk_iban("BRCP", SORT, ACCOUNT)

META = {
    "id": "jct-appointment-2026",
    "title": "Architect's appointment, Oakmere Health and Wellbeing Hub (RIBA Stages 2 to 6)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 486_350, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 30),
    "starts": dt.date(2026, 4, 13),
    "ends": dt.date(2029, 6, 30),
    "reference": REF,
    "public_names": ["Nadia Kowalczyk", "Euan MacBride"],
    "documents": [{"file": "appointment.pdf", "title": "Consultancy agreement (architect)"}],
}

PARTICULARS = (
    ("Article 3", "Client's Representative", U("Euan MacBride") + ", " +
     U("Capital Programme Manager")),
    ("Clause 1.1", "Project", "Oakmere Health and Wellbeing Hub, Cattle Market site"),
    ("Clause 1.1", "Construction budget", U("£7,100,000") + " (excluding fees and VAT)"),
    ("Clause 2.2", "Services", "Schedule 2: lead designer and architect, RIBA Stages 2 to 6"),
    ("Clause 2.5", "Standard of care", "Reasonable skill, care and diligence of a properly "
     "qualified architect experienced in similar projects"),
    ("Clause 4.1", "Payment", "Monthly instalments against the Fee by stage; final date for "
     "payment 30 days after the due date"),
    ("Clause 6.2", "Net contribution", "Applies"),
    ("Clause 6.3", "Limit of liability", U("£5,000,000") + " in aggregate, save for death or "
     "personal injury"),
    ("Clause 7.1", "Professional indemnity insurance", U("not less than £5,000,000") +
     " each and every claim, for 12 years after practical completion"),
    ("Clause 8.1", "Copyright licence", "Irrevocable, royalty-free, for any purpose relating "
     "to the Project"),
    ("Clause 9.2", "Collateral warranties", "To the funder and to the NHS tenant, in the form "
     "of Annex A"),
)  # fmt: skip

STAGES = (
    ("2", "Concept Design", P("15.0"), P("72,952.50")),
    ("3", "Spatial Coordination", P("20.0"), P("97,270.00")),
    ("4", "Technical Design", P("30.0"), P("145,905.00")),
    ("5", "Manufacturing and Construction", P("30.0"), P("145,905.00")),
    ("6", "Handover", P("5.0"), P("24,317.50")),
    ("", "Total Fee", "100.0", U("486,350.00")),
)

HOURLY = (
    ("Partner", P("£145")),
    ("Associate", P("£112")),
    ("Project architect", P("£94")),
    ("Architectural assistant (Part 2)", P("£68")),
    ("Architectural technologist", P("£61")),
)

PEOPLE = (
    ("Project Partner", N("Isobel Quillon"), N("i.quillon@quillonashby.example"),
     N("07700 900163")),
    ("Project Architect", N("Mateus Ferreira-Doyle"), N("m.ferreira@quillonashby.example"),
     N("07700 900809")),
    ("Sustainability lead", N("Dr Hana Sato"), "via the Project Architect", ""),
)  # fmt: skip

BLOCKS = [
    Title("CONSULTANCY AGREEMENT (PUBLIC SECTOR)"),
    Subtitle("Appointment of Architect — Oakmere Health and Wellbeing Hub"),
    Para(f"Appointment reference {U(REF)}", centred=True),
    Heading("Agreement"),
    Para(
        f"This Agreement is made on 30 March 2026 between {U(BUYER)} of "
        f"{U('Oakmere Guildhall')}, High Pavement, Oakmere, ZR2 6GH (the “Client”) and "
        f"{U(SUPPLIER)}, a limited liability partnership registered under number "
        f"{U('OC418275')}, of 41 Tanner's Yard, Oakmere, ZR1 9BT (the “Consultant”)."
    ),
    Heading("Recitals", level=2),
    Clause(
        "A",
        "The Client intends to procure a new health and wellbeing hub combining a GP "
        "surgery, community clinic rooms and a library access point on the former Cattle "
        "Market site (the “Project”).",
    ),
    Clause(
        "B",
        "The Client wishes to appoint the Consultant as architect and lead designer "
        "for the Project and the Consultant has agreed to perform the Services for the Fee.",
    ),
    Heading("Articles", level=2),
    Clause("1", "The Consultant shall perform the Services in accordance with this Agreement."),
    Clause(
        "2",
        f"The Client shall pay the Consultant the Fee, being {U('£486,350')} exclusive "
        "of VAT, adjusted only in accordance with Schedule 3.",
    ),
    Clause(
        "3",
        "The Client's Representative shall act for the Client in all matters under this Agreement.",
    ),
    Clause(
        "4",
        "Disputes may be referred to adjudication under the Scheme for Construction "
        "Contracts; otherwise the courts of England and Wales have jurisdiction.",
    ),
    Heading("Contract Particulars"),
    Table(("Clause", "Subject", "Entry"), PARTICULARS, (0.16, 0.3, 0.54)),
    Heading("Definitions", level=2),
    Definition(
        "Fee",
        "means the lump sum fee in Schedule 3, calculated as a percentage of the "
        "construction budget, together with any additional fees under clause 4.4.",
    ),
    Definition(
        "Key Personnel",
        "means the individuals named in Schedule 4, who may not be "
        "replaced without the Client's consent.",
    ),
    Heading("Conditions (selected)"),
    Clause(
        "2.7.1",
        "The Consultant shall not vary the Services without the Client's written "
        "instruction, save in an emergency affecting health and safety.",
    ),
    Clause(
        "4.4.2",
        "Additional services instructed under clause 2.7 shall be paid at the "
        "hourly rates in Schedule 3, or at a fee agreed in advance.",
    ),
    Clause(
        "4.4.3",
        f"If the construction budget is revised by more than 10 per cent, the Fee "
        f"shall be recalculated at {P('6.85%')} of the revised budget for stages not yet "
        "begun.",
    ),
    Clause(
        "7.1.2",
        f"The Consultant's professional indemnity insurance is written by Larkspur "
        f"Professional Risks under policy {I('LPR/ARC/20914-C')}, with an excess of "
        f"{I('£15,000')} each claim.",
    ),
    Heading("Schedule 3 — Fee and rates"),
    Clause(
        "3.1",
        f"The Fee is {P('6.85%')} of the construction budget, apportioned by RIBA "
        "stage as follows:",
    ),
    Table(
        ("Stage", "Description", "% of Fee", "Fee (£)"),
        STAGES,
        (0.1, 0.5, 0.15, 0.25),
        right=(2, 3),
        bold_last_row=True,
    ),
    Clause("3.2", "Hourly rates for additional services (exclusive of VAT):"),
    Table(("Grade", "Hourly rate"), HOURLY, (0.7, 0.3), right=(1,)),
    Clause(
        "3.3",
        f"Printing and model-making are reimbursed at cost plus {P('7.5%')}; all "
        "other expenses are included in the Fee.",
    ),
    Clause(
        "3.4",
        f"Payment shall be made to {SUPPLIER}, Brackenport Co-operative Bank, sort "
        f"code {B(SORT)}, account {B(ACCOUNT)} (IBAN {B(grouped(IBAN))}).",
    ),
    Heading("Schedule 4 — Key Personnel and information exchange"),
    Table(("Role", "Name", "Email", "Mobile"), PEOPLE, (0.2, 0.25, 0.35, 0.2)),
    Clause(
        "4.1",
        f"The Consultant's team will use the Client's project extranet at "
        f"{S('extranet.oakmere.gov.uk/projects/whh')}; the shared account "
        f"{S('qaa.whh.design')} is for the model federation service only, and its initial "
        f"password {S('Tansy!Copse#61')} shall be changed on first use.",
    ),
    Clause("4.2", f"The Client's switchboard is {U('01632 960500')}."),
    Heading("Schedule 5 — Financial standing"),
    Para(
        f"The Consultant's latest members' accounts show turnover of {F('£6,214,000')} and "
        f"profit available for division among members of {F('£918,000')}."
    ),
    Heading("Schedule 6 — Design approach (Commercial in Confidence)"),
    Para(
        C(
            "Our approach rests on a single repeating clinical module of 7.2 by 7.2 metres "
            "which allows the GP surgery and community clinics to share consulting rooms, "
            "reducing the gross internal area by some 140 square metres against the brief."
        )
    ),
    Para(
        C(
            "We will test the module with the surgery partners through two full-size mock-up "
            "sessions in Stage 2, which our recent projects show removes most late layout "
            "changes in Stage 4."
        )
    ),
    Signatures(
        "Signed by the duly authorised representatives of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Name", U("Nadia Kowalczyk")),
                    ("Position", U("Director of Place and Economy")),
                    ("Date", "30 March 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Isobel Quillon")),
                    ("Position", "Designated Member"),
                    ("Date", "27 March 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "appointment.pdf": DocumentSpec(
        title="Consultancy Agreement — architect for Oakmere Health and Wellbeing Hub",
        subject=f"Appointment {REF}",
        header=f"{BUYER} — Consultancy Agreement (Architect) — OFFICIAL",
        footer=f"Appointment {REF}",
        created=dt.datetime(2026, 3, 30, 16, 0),
        blocks=BLOCKS,
    ),
}
