"""Roof replacement at Brookhythe Primary Academy, Fernleigh Learning Trust with Stannard
Roofing Ltd (JCT-style Minor Works Building Contract, DOCX)."""

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

from evalset.marks import B, C, F, I, N, P, S, U

TEMPLATE = "jct"
BUYER = "Fernleigh Learning Trust"
SUPPLIER = "Stannard Roofing Ltd"
REF = "FLT-EST-2026-004"

META = {
    "id": "jct-roof-2026",
    "title": "Brookhythe Primary Academy main hall and classroom roof replacement",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 226_426, "currency": "GBP"},
    "awarded": dt.date(2026, 5, 11),
    "starts": dt.date(2026, 7, 20),
    "ends": dt.date(2026, 9, 4),
    "reference": REF,
    "public_names": ["Gareth Pemberton", "Dr Lucinda Ashworth"],
    "documents": [{"file": "contract.docx", "title": "Minor works building contract"}],
}

PARTICULARS = (
    ("Fourth Recital", "Construction Industry Scheme", "The Employer is not a ‘contractor’"),
    ("Article 3", "Architect/Contract Administrator",
     U("Gareth Pemberton") + ", " + U("Head of Estates") + ", " + U(BUYER)),
    ("Article 5", "Principal Designer", "Tallis Brook Surveyors LLP"),
    ("2.2", "Date for Commencement", "20 July 2026"),
    ("2.2", "Date for Completion", "4 September 2026 (before the autumn term)"),
    ("2.8", "Liquidated damages", "£1,800 per day, calendar days"),
    ("2.10", "Rectification period", "12 months from practical completion"),
    ("4.3", "Retention (interim payments)", "5 per cent"),
    ("4.8.1", "Contractor's final account documents", "within 3 months of practical completion"),
    ("5.3", "Insurance of the Works", "Option 5.4B: existing structures insured by the "
     "Employer through the Risk Protection Arrangement"),
    ("5.3.2", "Contractor's public liability", U("not less than £5,000,000") + " each and "
     "every claim"),
    ("7.2", "Adjudicator nominating body", "Royal Institution of Chartered Surveyors"),
)  # fmt: skip

PRICES = (
    ("1", "Preliminaries, site set-up and welfare", "item", "1", P("24,600.00")),
    ("2", "Scaffolding, edge protection and temporary roof", "item", "1", P("31,850.00")),
    ("3", "Strip existing felt covering and screed", "m²", "1,240", P("8,432.00")),
    ("4", "Vapour control layer and tapered PIR insulation", "m²", "1,240", P("60,140.00")),
    ("5", "Single-ply PVC membrane, mechanically fixed", "m²", "1,240", P("46,190.00")),
    ("6", "Replace rooflights (1200 × 1200)", "nr", "14", P("19,390.00")),
    ("7", "Rainwater outlets and downpipes", "nr", "22", P("9,064.00")),
    ("8", "Permanent fall arrest system and certification", "item", "1", P("11,760.00")),
    ("9", "Contingency sum (expended only on the A/CA's instruction)", "sum", "",
     "15,000.00"),
    ("", "Contract Sum (excluding VAT)", "", "", U("226,426.00")),
)  # fmt: skip

RATES = (
    ("3", "Strip existing covering", P("6.80")),
    ("4", "Insulation and vapour control layer", P("48.50")),
    ("5", "Single-ply membrane", P("37.25")),
    ("6", "Rooflight (each)", P("1,385.00")),
    ("7", "Outlet and downpipe (each)", P("412.00")),
)

BLOCKS = [
    Title("MINOR WORKS BUILDING CONTRACT"),
    Subtitle("Brookhythe Primary Academy — main hall and classroom block roof replacement"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("Agreement"),
    Para(
        f"This Agreement is made on 11 May 2026 between {U(BUYER)}, an academy trust and "
        f"company limited by guarantee (number {U('09471358')}), of Fernleigh House, Canal "
        f"Road, Westbury Fields, ZK4 7PL (the “Employer”) and {U(SUPPLIER)} (company number "
        f"{U('05592106')}) of 3 Ropewalk Industrial Estate, Westbury Fields, ZK9 1HD (the "
        "“Contractor”)."
    ),
    Heading("Recitals", level=2),
    Clause(
        "1st",
        f"The Employer wishes the following work to be done: removal of the existing "
        f"built-up felt roofs to the main hall and classroom block at "
        f"{U('Brookhythe Primary Academy')}, Mill Lane, and their replacement with an "
        "insulated single-ply system with new rooflights and rainwater goods (the "
        "“Works”).",
    ),
    Clause(
        "2nd",
        "The Employer has had drawings and a specification prepared and the "
        "Contractor has priced them, the priced specification forming the Schedule to this "
        "Agreement.",
    ),
    Clause(
        "3rd",
        "The Works are to be carried out during the school summer holiday while the "
        "rest of the site remains in use for holiday clubs.",
    ),
    Heading("Articles", level=2),
    Clause(
        "1",
        "The Contractor shall carry out and complete the Works in accordance with the "
        "Contract Documents.",
    ),
    Clause(
        "2",
        f"The Employer shall pay the Contractor the VAT-exclusive sum of "
        f"{U('£226,426.00')} (the “Contract Sum”) at the times and in the manner set out in "
        "the Conditions.",
    ),
    Clause(
        "3",
        "The Architect/Contract Administrator is the person named in the Contract "
        "Particulars or any successor the Employer nominates.",
    ),
    Clause(
        "4",
        "If any dispute arises, either Party may refer it to adjudication in accordance "
        "with clause 7.2.",
    ),
    Heading("Contract Particulars"),
    Table(("Clause", "Subject", "Entry"), PARTICULARS, (0.14, 0.34, 0.52)),
    Heading("Conditions — supplemental provisions"),
    Clause(
        "3.6.2",
        f"Variations shall be valued at the rates of the priced specification. "
        f"Daywork is paid at {P('£46.50')} per hour for a roofing operative and "
        f"{P('£31.00')} per hour for a labourer, with {P('15%')} added to the net cost of "
        "materials.",
    ),
    Clause(
        "3.9.1",
        "The Contractor shall comply with the Employer's safeguarding policy. No "
        "operative may enter a building occupied by children unless escorted by Academy "
        "staff, and every operative on site shall hold an enhanced DBS certificate.",
    ),
    Clause(
        "4.4.1",
        f"The Employer's liability for loss of profit is excluded and the "
        f"Contractor's aggregate liability shall not exceed {U('£500,000')}.",
    ),
    Clause(
        "5.4B.2",
        f"The Employer's cover for the existing buildings is provided under the "
        f"Risk Protection Arrangement, membership number {I('RPA-AC-0471832')}.",
    ),
    Heading("Schedule 1 — Priced specification"),
    Table(
        ("Item", "Description", "Unit", "Qty", "Total (£)"),
        PRICES,
        (0.08, 0.52, 0.1, 0.1, 0.2),
        right=(3, 4),
        bold_last_row=True,
    ),
    Para("The rates used in the measured items, for valuing variations:"),
    Table(("Item", "Description", "Rate (£)"), RATES, (0.1, 0.65, 0.25), right=(2,)),
    Heading("Schedule 2 — Site information (not for onward circulation)"),
    Clause(
        "2.1",
        f"Keys to the plant room and roof access hatch are held in the key safe by "
        f"the caretaker's gate; its code is {S('4718')}. The intruder alarm is unset with "
        f"code {S('2093#')} and must be reset on leaving with the same code.",
    ),
    Clause(
        "2.2",
        f"The compound gate on Mill Lane is secured with a combination padlock set to "
        f"{S('661')}. The Academy guest Wi-Fi network “BPA-Contractors” uses the key "
        f"{S('Heron-Meadow-27')}.",
    ),
    Clause(
        "2.3",
        f"The site caretaker, {N('Mr Keith Dobbins')}, can be reached on "
        f"{N('07700 900651')} between 07:00 and 15:00. Out of hours the Academy office "
        f"line {U('01632 960410')} diverts to the Trust's on-call estates officer.",
    ),
    Heading("Schedule 3 — Contractor's information"),
    Table(
        ("Item", "Detail"),
        (
            ("Contracts manager", N("Ruth Kilbride") + ", " + N("07700 900284")),
            ("Site supervisor", N("Craig Mellows") + ", " + N("c.mellows@stannardroofing.example")),
            (
                "Public liability policy",
                I("SRL/PL/66017423") + " (Calderway Insurance plc), excess " + I("£1,000"),
            ),
            ("Employer's liability policy", I("EL 5590 3126 08")),
            (
                "Bank for payments",
                "Moorgate Provincial Bank, sort code "
                + B("09-44-17")
                + ", account "
                + B("31870265"),
            ),
            ("Annual turnover (last accounts)", F("£4,860,000")),
        ),
        (0.34, 0.66),
    ),
    Heading("Schedule 4 — Method statement (Commercial in Confidence)"),
    Para(
        C(
            "We will work the hall roof first in two bays behind a temporary rolling roof so "
            "that the building is never open to the weather, and we will lift all materials by "
            "a loading bay hoist on the Mill Lane elevation so that no crane is needed over the "
            "playground."
        )
    ),
    Para(
        C(
            "Our price assumes that the existing screed is sound over at least 80 per cent of "
            "the area; we have allowed two days of a second gang to make good any failed "
            "screed found on stripping without extending the programme."
        )
    ),
    Signatures(
        "As witness the hands of the Parties or their authorised signatories:",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Signature", U("L. Ashworth")),
                    ("Name", U("Dr Lucinda Ashworth")),
                    ("Position", U("Chief Executive Officer")),
                    ("Date", "11 May 2026"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Signature", N("M. Stannard")),
                    ("Name", N("Martin Stannard")),
                    ("Position", "Managing Director"),
                    ("Date", "8 May 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Minor Works Building Contract — Brookhythe Primary Academy roof",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Minor Works Building Contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 5, 11, 9, 30),
        blocks=BLOCKS,
    ),
}
