"""Street cleansing services, Sandleigh Borough Council with Brightway Environmental Services
Ltd: annual price per zone, performance deductions, TUPE list and vehicle tracking accounts
(DOCX)."""

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

from evalset.marks import C, I, N, P, S, U

TEMPLATE = "environment"
BUYER = "Sandleigh Borough Council"
SUPPLIER = "Brightway Environmental Services Ltd"
REF = "SBC/ENV/0417"

META = {
    "id": "env-street-cleansing-sandleigh-2026",
    "title": "Street cleansing services, borough-wide, 2026-2029",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 3_481_800, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 11),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REF,
    "public_names": ["Priyanka Hollis", "Martin Avebury"],
    "documents": [{"file": "street_cleansing_contract.docx",
                   "title": "Street cleansing services contract"}],
}  # fmt: skip

PARTICULARS = (
    ("Contract", f"Street Cleansing Services Contract, reference {U(REF)}"),
    ("Council", f"{U(BUYER)}, {U('Town Hall, Esplanade Road, Sandleigh, SQ2 1EA')}"),
    ("Contractor", f"{U(SUPPLIER)}, registered in England no. {U('06624190')}, Unit 9 "
                   "Marshgate Trading Estate, Sandleigh, SQ5 8RD"),
    ("Service Period", "2026-04-01 to 2029-03-31, extendable by up to 24 months"),
    ("Contract Sum", f"{U('£3,481,800')} for the Service Period (three Contract Years)"),
    ("Council's Contract Officer", f"{U('Martin Avebury')}, "
                                   f"{U('Street Scene Contracts Officer')}"),
    ("Cleanliness standard", f"Grade A after cleansing and not below Grade B at any time, "
                             f"as defined in the {U('Code of Practice on Litter and Refuse')}"),
    ("Depot", f"{U('Marshgate Depot')} (Council-owned, licensed to the Contractor)"),
)  # fmt: skip

ZONES = (
    ("A", "Town Centre and Esplanade", P("412,600"), P("421,900"), P("431,400")),
    ("B", "Harbourside, Old Town and stations", P("298,300"), P("305,000"), P("311,900")),
    ("C", "Residential north (Cliffe, Broom Hill)", P("236,750"), P("242,100"), P("247,550")),
    ("D", "Residential south and rural lanes", P("187,200"), P("191,400"), P("195,700")),
    ("", "Total for the Contract Year", P("1,134,850"), P("1,160,400"), P("1,186,550")),
)  # fmt: skip

DEDUCTIONS = (
    ("D1", "Litter or detritus below Grade B on a relevant land inspection", "6 hours",
     P("£85.00")),
    ("D2", "Fly-tip on the highway not removed", "24 hours", P("£140.00")),
    ("D3", "Offensive graffiti not removed", "4 hours", P("£210.00")),
    ("D4", "Litter bin overflowing in Zone A", "2 hours", P("£45.00")),
    ("D5", "Scheduled mechanical sweep not carried out", "next working day", P("£320.00")),
)  # fmt: skip

TUPE = (
    (N("BES-0141"), "Chargehand", N("14.06.04"), N("22.01.71"), N("£27,310"), N("39"),
     N("LGPS")),
    (N("BES-0152"), "Mechanical sweeper driver (HGV)", N("03.11.11"), N("09.08.83"),
     N("£29,845"), N("39"), N("LGPS")),
    (N("BES-0183"), "Street cleansing operative (part time)", N("08.09.21"), N("16.12.64"),
     N("£14,470"), N("22.5"), N("NEST")),
)  # fmt: skip

BLOCKS = [
    Title("Street Cleansing Services Contract"),
    Subtitle(f"{BUYER} and {SUPPLIER}"),
    Heading("Section 1 — Contract Particulars"),
    Table(("Item", "Particulars"), PARTICULARS, (0.3, 0.7)),
    Heading("Section 2 — Conditions"),
    Definition("Zone", "means each of the cleansing zones A to D shown on the Zone Plan."),
    Definition(
        "Default",
        "means a failure listed in the Deductions Table which the "
        "Contractor has not put right within the rectification time after it is "
        "reported through the Council's fault reporting system.",
    ),
    Definition("Contract Year", "means each period of twelve months starting on 1 April."),
    Clause(
        "C1.1",
        "The Contractor shall cleanse every street, footway, subway, car park and "
        "public open space in each Zone to the frequencies in the Service Specification and "
        "to the cleanliness standard in the Contract Particulars.",
    ),
    Clause(
        "C1.2",
        "The Contractor shall empty the Council's 1,140 litter and dog waste bins, "
        "remove fly-tips from the highway and remove graffiti from Council property.",
    ),
    Clause(
        "C2.1",
        "The Council pays one twelfth of the Annual Zone Price for each Zone each "
        "month in arrears, less any deductions under C3.",
    ),
    Clause(
        "C2.2",
        f"Additional works instructed by the Council are charged at the rates in "
        f"the Contractor's tender, including a sweeper and driver at {P('£62.40')} per hour "
        f"and a two-person cleansing crew with caged vehicle at {P('£1.25k')} per day.",
    ),
    Clause(
        "C2.3",
        f"The Annual Zone Prices for Contract Years 2 and 3 already include "
        f"indexation. Any extension year is priced at the Year 3 price increased by CPI, "
        f"capped at {P('three per cent (3%)')}.",
    ),
    Clause(
        "C3.1",
        "For each Default the Council may deduct the sum in the Deductions Table "
        "from the next monthly payment. Deductions are a genuine pre-estimate of the cost "
        "to the Council of monitoring and putting right the failure.",
    ),
    Clause(
        "C3.2",
        f"Deductions in any month shall not exceed {P('15%')} of that month's "
        f"payment. Where the total of deductions in three consecutive months exceeds "
        f"{P('£6,500')}, the Council may serve a performance notice under C9.",
    ),
    Clause(
        "C4.1",
        f"The Contractor's total liability under the Contract is limited to "
        f"{U('£5,000,000')} in each Contract Year.",
    ),
    Clause(
        "C4.2",
        f"The Contractor holds public liability insurance of "
        f"{U('not less than £10 million')}, policy {I('BRT-PL-55109384')}, and motor fleet "
        f"insurance under policy {I('MF/2026/004417/SB')}, each renewed on 1 April, with a "
        f"third-party property excess of {I('£1,000')}.",
    ),
    Heading("Section 3 — Pricing Document"),
    Heading("3.1 Annual Zone Price (£, excluding VAT)", level=2),
    Table(
        ("Zone", "Area", "Year 1 2026/27", "Year 2 2027/28", "Year 3 2028/29"),
        ZONES,
        (0.08, 0.41, 0.17, 0.17, 0.17),
        right=(2, 3, 4),
        bold_last_row=True,
    ),
    Heading("3.2 Deductions Table", level=2),
    Table(
        (
            "Default",
            "Description of Default",
            "Rectification time after report",
            "Deduction per occurrence",
        ),
        DEDUCTIONS,
        (0.1, 0.48, 0.2, 0.22),
        right=(3,),
    ),
    Heading("Section 4 — Transferring Employees"),
    Para(
        "The outgoing contractor has supplied the following anonymised employee liability "
        "information under regulation 11 of the Transfer of Undertakings (Protection of "
        "Employment) Regulations 2006. Names are held by the Council's HR team and will be "
        "given to the Contractor 28 days before the Service Commencement Date."
    ),
    Table(
        (
            "Employee ref.",
            "Role",
            "Continuous service from",
            "Date of birth",
            "Salary p.a.",
            "Hours / week",
            "Pension",
        ),
        TUPE,
        (0.13, 0.25, 0.14, 0.13, 0.12, 0.1, 0.13),
    ),
    Para(
        f"One employee, the depot supervisor {N('Mr Craig Lannister-Bowe')}, is on long-term "
        f"sick leave since {N('3rd November 2025')} and is included in the transfer; his "
        f"salary is {N('£33,980 p.a.')}."
    ),
    Heading("Section 5 — Vehicle Tracking and Systems"),
    Clause(
        "5.1",
        f"Every sweeper and cage tipper carries a tracker reporting to the Council's "
        f"{U('FleetSight 7')} vehicle tracking system. The Contractor's supervisors log in at "
        f"{S('https://tracking.sandleigh.gov.uk/fleetsight')} with the accounts "
        f"{S('bes_supervisor1')} and {S('bes_supervisor2')}; the shared depot terminal uses "
        f"{S('bes_depot_kiosk')} with the initial password {S('Sw33per!Marsh26')}, to be "
        "changed at first login.",
    ),
    Clause(
        "5.2",
        f"Tracking data is pulled overnight by the Council's integration server "
        f"{S('SBC-INT-APP02')} from {S('10.48.12.30')}. The Contractor shall not remove or "
        "disconnect a tracker without the Contract Officer's written consent.",
    ),
    Clause(
        "5.3",
        f"The Contractor's operations manager, {N('Leanne Okoro')} "
        f"({N('leanne.okoro@brightway-env.example')}, mobile {N('07700 900648')}), is the "
        f"contact for the tracking system and for fault reports.",
    ),
    Heading("Section 6 — Method Statement (Commercial in Confidence)"),
    Para(
        C(
            "Brightway will run the Zone A early shift from 05:00 with a compact sweeper and "
            "two pedestrian operatives, so that the Esplanade and the market square are clean "
            "before the first buses at 06:30; the second sweeper moves to Zones C and D after "
            "10:00."
        )
    ),
    Para(
        C(
            "We will replace the existing diesel cage tippers with three electric units in "
            "Contract Year 1, charged overnight at Marshgate Depot, and will absorb the cost "
            "of the charging points within the Annual Zone Price."
        )
    ),
    Signatures(
        "Signed by the parties' authorised signatories:",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signature", U("P. Hollis")),
                    ("Name", U("Priyanka Hollis")),
                    ("Title", U("Director of Environment and Neighbourhoods")),
                    ("Date", "11.02.26"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signature", N("G. Ferreira")),
                    ("Name", N("Gabriel Ferreira")),
                    ("Title", "Managing Director"),
                    ("Date", "09.02.26"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "street_cleansing_contract.docx": DocumentSpec(
        title="Street cleansing services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Street cleansing services — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 2, 11, 9, 45),
        blocks=BLOCKS,
    ),
}
