"""Flood alleviation scheme, engineering and construction contract Option A (NEC4 style),
National Flood and Coastal Agency with Marshgate Civil Engineering Ltd (two PDFs)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
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

TEMPLATE = "nec4"
BUYER = "National Flood and Coastal Agency"
SUPPLIER = "Marshgate Civil Engineering Ltd"
REF = "NFCA/ECC/2025/0872"
SCHEME = "Cressing Water Flood Alleviation Scheme"
PM_TITLE = "Senior Project Manager, Area Flood and Coastal Risk Management"
REGS = "the Environmental Permitting (England and Wales) Regulations 2016"
SORT, ACCOUNT = "40-27-63", "83315092"
IBAN = uk_iban("FENB", SORT, ACCOUNT)

META = {
    "id": "nec4-flood-2025",
    "title": "Cressing Water Flood Alleviation Scheme: construction",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 6_570_380, "currency": "GBP"},
    "awarded": dt.date(2025, 7, 4),
    "starts": dt.date(2025, 8, 4),
    "ends": dt.date(2027, 3, 26),
    "reference": REF,
    "public_names": ["Farida Holm", "Ewan Lockhart", "Dr Bernadette Oakes"],
    "documents": [
        {"file": "contract-data.pdf", "title": "Contract Data and conditions"},
        {"file": "activity-schedule.pdf", "title": "Activity schedule"},
    ],
}

ACTIVITIES = (
    ("A100", "Preliminaries: site establishment, welfare, security and supervision", "sum",
     P("412,500.00")),
    ("A110", "Traffic management on Mill Lane and temporary public rights of way diversions",
     "sum", P("96,840.00")),
    ("A200", "Site clearance, vegetation removal and ecological mitigation (water vole "
     "displacement)", "sum", P("138,260.00")),
    ("A300", "Sheet-piled flood wall, Reach 1 (Mill Lane to Tanyard Bridge), 420 m", "sum",
     P("1,486,900.00")),
    ("A310", "Reinforced concrete flood wall with brick cladding, Reach 2, 310 m", "sum",
     P("1,274,350.00")),
    ("A400", "Earth embankment raising and crest path, Reach 3, 1,150 m", "sum",
     P("862,710.00")),
    ("A500", "Flood storage area outfall structure, penstock and trash screen", "sum",
     P("944,180.00")),
    ("A600", "Surface water pumping station, kiosk and rising main", "sum", P("718,440.00")),
    ("A700", "Demountable flood gates (3 no.), supply, install and test", "sum",
     P("362,900.00")),
    ("A800", "Landscaping, reinstatement and biodiversity net gain planting", "sum",
     P("214,600.00")),
    ("A900", "As-built records, health and safety file and operation and maintenance manuals",
     "sum", P("58,700.00")),
    ("", "The total of the Prices", "", U("£6,570,380.00")),
)  # fmt: skip

CONTRACT = [
    Title("ENGINEERING AND CONSTRUCTION CONTRACT"),
    Subtitle(f"{SCHEME} — Option A: priced contract with activity schedule"),
    Para(f"Contract {U(REF)}", centred=True),
    Heading("Contract Data part one — data provided by the Client"),
    Heading("1 General", level=2),
    Table(
        ("Statement", "Data"),
        (
            (
                "The conditions of contract are",
                "the core clauses and the clauses for main Option A, "
                "dispute resolution Option W2 and secondary Options X2, X4, X13, X15, X18, Y(UK)2, "
                "Y(UK)3 and Z of the NEC4 Engineering and Construction Contract, June 2017 (with "
                "amendments January 2023)",
            ),
            (
                "The works are",
                f"the construction of flood defences along the {U('Cressing Water')} "
                f"through {U('Hallowby')}, as described in the Scope",
            ),
            ("The Client is", f"{U(BUYER)}, {U('Riverside House, Wharf Road, Hallowby, HW3 9LX')}"),
            ("The Project Manager is", f"{U('Farida Holm')}, {U(PM_TITLE)}"),
            ("The Supervisor is", f"{U('Ewan Lockhart')}, {U('Site Supervisor')}"),
            (
                "The Scope is in",
                "Works Information volume 2, revision D, and drawings list CW-DL-001 revision F",
            ),
            ("The Site Information is in", "Ground investigation factual report GI-CW-2024-11"),
            ("The boundaries of the site are", "shown on drawing CW-GA-0100 revision C"),
            ("The period for reply is", "two weeks"),
        ),
        (0.3, 0.7),
    ),
    Heading("3 Time", level=2),
    Table(
        ("Statement", "Data"),
        (
            ("The starting date is", "4 August 2025"),
            (
                "The access dates are",
                "Reaches 1 and 2: 18 August 2025; Reach 3 and the flood "
                "storage area: 3 November 2025 (after the wintering bird survey)",
            ),
            ("The completion date for the whole of the works is", "26 March 2027"),
            ("Key date 1", "flood gates A700 operable before 1 October 2026"),
            (
                "The period after the Contract Date within which the Contractor is to "
                "submit a first programme for acceptance is",
                "four weeks",
            ),
        ),
        (0.45, 0.55),
    ),
    Heading("8 Liabilities and insurance", level=2),
    Table(
        ("Insurance against", "Minimum amount of cover"),
        (
            ("Loss of or damage to the works", "the replacement cost"),
            (
                "Loss of or damage to property (except the works, Plant and Materials "
                "and Equipment) and liability for bodily injury to or death of a person",
                f"{U('£10,000,000')} for any one event, with cross liability",
            ),
            (
                "Liability for death of or bodily injury to employees",
                f"{U('£10,000,000')} for any one event",
            ),
        ),
        (0.6, 0.4),
    ),
    Heading("Secondary Options", level=2),
    Clause(
        "X4",
        f"Ultimate holding company guarantee. The guarantor is Marshgate Holdings plc; "
        f"its liability under the guarantee is limited to {F('£3,285,000')}.",
    ),
    Clause(
        "X13",
        f"Performance bond. The amount of the bond is {F('£657,038')}, provided by a "
        "surety accepted by the Project Manager and released on the issue of the Defects "
        "Certificate.",
    ),
    Clause("X15", "The period for retention of documents after Completion is twelve years."),
    Clause(
        "X18",
        f"Limitation of liability. The Contractor's liability for indirect or "
        f"consequential loss is limited to {U('£1,000,000')}; its liability for Defects due "
        f"to its design which are not listed on the Defects Certificate is limited to "
        f"{U('£2,500,000')}.",
    ),
    Clause(
        "Z1",
        f"The Contractor complies with the Client's permitting conditions for works "
        f"in, over or near a main river under {U(REGS)}, and the Client obtains the "
        "flood risk activity permit.",
    ),
    Clause(
        "Z2.1.3",
        "Where the Project Manager instructs a change to the sheet pile toe level, "
        "the Contractor notifies its effect on the Prices within one week.",
    ),
    Heading("Contract Data part two — data provided by the Contractor"),
    Table(
        ("Statement", "Data"),
        (
            (
                "The Contractor is",
                f"{U(SUPPLIER)}, company number {U('04739215')}, Dyke End Works, "
                "Saltings Road, Hallowby, HW7 2RN",
            ),
            ("The fee percentage is", P("8.75%")),
            ("The working areas are", "the Site and the compound on land at Tanyard Farm"),
            (
                "Key person: Project Manager (Contractor's)",
                f"{N('Neil Abernethy-Cole')}, CEng "
                f"MICE, mobile {N('07700 900346')}, {N('neil.abernethy-cole@marshgate.example')}",
            ),
            (
                "Key person: Site Agent",
                f"{N('Joanne Fairclough')}, mobile {N('07700 900718')}; SMSTS, CSCS black card",
            ),
            ("The activity schedule is", "document NFCA-ECC-0872-AS (accompanying)"),
            ("The tendered total of the Prices is", U("£6,570,380")),
        ),
        (0.35, 0.65),
    ),
    Heading("People rates for compensation events", level=2),
    Table(
        ("Category", "Unit", "Rate"),
        (
            ("Ganger / skilled operative", "hour", P("£36.20")),
            ("Plant operator (360° excavator, piling rig)", "hour", P("£41.75")),
            ("Engineer", "hour", P("£58.90")),
            ("Site agent", "day", P("£560.00")),
        ),
        (0.55, 0.2, 0.25),
        right=(2,),
    ),
    Heading("Site security and telemetry (Scope section 11)", level=2),
    Clause(
        "11.2",
        f"The compound gate at Tanyard Farm has a keypad; the code issued for "
        f"mobilisation is {S('2468*0')} and is changed monthly. The site CCTV recorder is "
        f"reachable at {S('10.44.18.20')} on the Contractor's 4G router.",
    ),
    Clause(
        "11.3",
        f"For commissioning the pumping station the Contractor is given the telemetry "
        f"outstation account {S('mgce_commission')} with the temporary password "
        f"{S('Reedbed!Sluice47')}, which the Client withdraws at Completion.",
    ),
    Heading("Contractor's insurance, finance and bank details", level=2),
    Clause(
        "1",
        f"Contractors' all risks policy {I('CAR-5528-1146-MG')} with Ridgewell "
        f"Insurance; third party liability certificate {I('TPL 0093 4471 28')}, deductible "
        f"{I('£10,000')} for each occurrence.",
    ),
    Clause(
        "2",
        f"Annual turnover in the last filed accounts (31 December 2024) was "
        f"{F('£47,820,000')}, with net assets of {F('£8,164,000')}; credit rating "
        f"{F('B+ (stable)')}.",
    ),
    Clause(
        "3",
        f"Payments are made to Fenwick Building Society, sort code {B(SORT)}, account "
        f"{B(ACCOUNT)}, IBAN {B(grouped(IBAN))}.",
    ),
    Heading("Commercial in Confidence — Contractor's method statement for Reach 1"),
    Para(
        C(
            "We will pile Reach 1 from the landward side using a silent press-in rig working "
            "off a 600 mm piling mat, so that no plant enters the river corridor before the "
            "water vole displacement is signed off; the rig is our own and its cost is carried "
            "in A300 at a rate below hire."
        )
    ),
    Para(
        C(
            "Our programme keeps a float of three weeks ahead of Key date 1 by fabricating the "
            "flood gate frames in our Hallowby yard in parallel with the wall pours, and we "
            "accept the risk of a second winter shutdown on Reach 3."
        )
    ),
    Signatures(
        "The Client accepts the Contractor's offer to Provide the Works.",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Name", U("Dr Bernadette Oakes")),
                    ("Position", U("Area Director")),
                    ("Date", "4 July 2025"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Name", N("Gordon Trevithick")),
                    ("Position", "Director of Operations"),
                    ("Date", "30 June 2025"),
                ),
            ),
        ),
    ),
]

SCHEDULE = [
    Title("ACTIVITY SCHEDULE"),
    Subtitle(f"{SCHEME} — contract {REF}"),
    Para(
        "Each activity is a lump sum. An activity is complete when the Project Manager "
        "certifies that the work it describes is complete and without Defects that would "
        "delay following work. Prices exclude VAT."
    ),
    Table(
        ("Activity", "Description", "Unit", "Price (£)"),
        ACTIVITIES,
        (0.11, 0.6, 0.09, 0.2),
        right=(3,),
        bold_last_row=True,
    ),
    Para(
        "Payment for A300 and A310 is made in 50 m lengths of completed wall, each length "
        "being a sub-activity in proportion to its length."
    ),
]

DOCUMENTS = {
    "contract-data.pdf": DocumentSpec(
        title=f"{SCHEME} — Contract Data",
        subject=f"Contract {REF}",
        header=f"{BUYER} — {SCHEME} — OFFICIAL",
        footer=f"ECC Contract Data — {REF}",
        created=dt.datetime(2025, 7, 4, 9, 30),
        blocks=CONTRACT,
    ),
    "activity-schedule.pdf": DocumentSpec(
        title=f"{SCHEME} — Activity schedule",
        subject=f"Contract {REF}",
        header=f"{BUYER} — {SCHEME} — OFFICIAL-SENSITIVE: COMMERCIAL",
        footer=f"Activity schedule — {REF}",
        created=dt.datetime(2025, 7, 4, 9, 30),
        blocks=SCHEDULE,
    ),
}
