"""Refurbishment of Tollgate Leisure Centre, Carrowby Borough Council with Lintern Hale
Contractors Ltd (JCT-style Intermediate Building Contract with insurance schedule, DOCX)."""

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

from evalset.marks import B, C, F, I, N, P, S, U

TEMPLATE = "jct"
BUYER = "Carrowby Borough Council"
SUPPLIER = "Lintern Hale Contractors Ltd"
REF = "CBC-LEIS-IC-26-002"

META = {
    "id": "jct-leisure-2026",
    "title": "Tollgate Leisure Centre refurbishment (intermediate building contract)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 3_182_640, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 23),
    "starts": dt.date(2026, 4, 6),
    "ends": dt.date(2027, 3, 26),
    "reference": REF,
    "public_names": ["Rachel Fenwick", "Tomas Adeyinka-Clarke"],
    "documents": [{"file": "contract.docx", "title": "Intermediate building contract"}],
}

PARTICULARS = (
    ("Article 3", "Architect/Contract Administrator", U("Tomas Adeyinka-Clarke") + " RIBA, " +
     U("Principal Architect") + ", Carrowby Design Services"),
    ("Article 4", "Quantity Surveyor", "Haddow Cost Consultants LLP"),
    ("Clause 1.1", "Base Date", "12 January 2026"),
    ("Clause 2.4", "Date of Possession", "6 April 2026 (Section 1); 1 June 2026 (Section 2)"),
    ("Clause 2.4", "Date for Completion", "27 November 2026 (Section 1); 26 March 2027 "
     "(Section 2)"),
    ("Clause 2.23", "Liquidated damages", "Section 1: £4,200 per week; Section 2: £2,900 per "
     "week"),
    ("Clause 2.30", "Rectification Period", "12 months"),
    ("Clause 3.3", "Named Specialist", "Pool water treatment: Aquaform Filtration Ltd"),
    ("Clause 4.9", "Interim Certificates", "Monthly, first valuation 30 April 2026"),
    ("Clause 4.10", "Retention Percentage", "3 per cent"),
    ("Clause 6.7", "Insurance of the Works", "Insurance Option C (existing structures "
     "insured by the Employer)"),
    ("Clause 6.4.1", "Contractor's public liability", U("not less than £10,000,000") +
     " any one occurrence, unlimited in the period"),
)  # fmt: skip

BILL = (
    ("1", "Preliminaries", P("312,480")),
    ("2", "Demolitions and strip-out", P("96,350")),
    ("3", "Pool hall: tank lining, filtration and surrounds", P("684,920")),
    ("4", "Changing village", P("411,275")),
    ("5", "Sports hall and gym fit-out", P("538,160")),
    ("6", "Mechanical and electrical services", P("287,430")),
    ("7", "Roof repairs and glazing", P("173,905")),
    ("8", "External works and car park", P("226,120")),
    ("9", "Provisional sums (Section 10 of the bills)", "152,000"),
    ("10", "Contingency", "300,000"),
    ("", "Contract Sum", U("3,182,640")),
)

INSURANCE = (
    ("Public liability", "Thornbury Mutual", I("TM/PL/2026/118734"),
     U("£10,000,000"), I("£2,500"), "31/03/2027"),
    ("Employer's liability", "Thornbury Mutual", I("TM-EL-44019-26"), U("£10,000,000"),
     "Nil", "31/03/2027"),
    ("Contractor's all risks (new works)", "Gresford Specialty", I("GSC 0087 6612 3"),
     "Contract value", I("£25,000"), "30/06/2027"),
    ("Existing structures (Option C)", "Council's insurer", I("CBC/PROP/00452"),
     "Reinstatement", I("£100,000"), "31/03/2027"),
)  # fmt: skip

BLOCKS = [
    Title("INTERMEDIATE BUILDING CONTRACT"),
    Subtitle("Tollgate Leisure Centre refurbishment, Tollgate Road, Carrowby"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("Agreement"),
    Para(
        f"THIS CONTRACT is dated 23 February 2026 and made between {U(BUYER)} of "
        f"{U('Carrowby Civic Centre')}, Bridge Street, Carrowby, JW3 1CC (the “Employer”) and "
        f"{U(SUPPLIER)}, a company registered in England under number {U('03927715')}, of "
        "Hale House, Station Approach, Carrowby, JW5 8NR (the “Contractor”)."
    ),
    Heading("Recitals", level=2),
    Clause(
        "(A)",
        "The Employer wishes to have refurbishment works carried out at "
        f"{U('Tollgate Leisure Centre')}, comprising the relining of the 25-metre pool, new "
        "changing village, sports hall and gym fit-out and roof repairs, in two Sections.",
    ),
    Clause(
        "(B)",
        "The Employer has caused drawings and bills of quantities to be prepared, "
        "which the Contractor has priced (the “Priced Document”).",
    ),
    Clause(
        "(C)",
        "The Named Specialist work for pool water treatment is to be carried out "
        "by the person named in the Contract Particulars under a sub-contract.",
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
        f"{U('£3,182,640')} (the “Contract Sum”) or such other sum as becomes payable under "
        "this Contract.",
    ),
    Clause(
        "3",
        "The Architect/Contract Administrator and the Quantity Surveyor are as named "
        "in the Contract Particulars.",
    ),
    Clause(
        "4",
        "Disputes may be referred to adjudication; the courts of England and Wales "
        "shall have jurisdiction over legal proceedings.",
    ),
    Heading("Contract Particulars"),
    Table(("Clause", "Subject", "Entry"), PARTICULARS, (0.15, 0.3, 0.55)),
    Heading("Definitions", level=2),
    Definition(
        "Section",
        "means Section 1 (pool hall and plant) or Section 2 (changing, sports "
        "hall and gym), as shown on the phasing drawing.",
    ),
    Heading("Conditions (amendments)"),
    Clause(
        "2.4.3",
        "The leisure centre will remain open to the public throughout Section 1. "
        "The Contractor shall keep the hoarded compound and the building's public areas "
        "separate at all times.",
    ),
    Clause(
        "5.3.4",
        f"Where work is valued on a daywork basis, the percentage additions are "
        f"{P('22%')} to labour, {P('14%')} to materials and {P('10%')} to plant.",
    ),
    Clause(
        "5.3.6",
        f"The Named Specialist's tendered price of {P('£246,780')} is included in "
        f"item 3 of the Priced Document, together with the Contractor's attendance of "
        f"{P('£11,350')}.",
    ),
    Clause(
        "6.2.1",
        f"The Contractor's liability for loss or damage to property other than the "
        f"Works is limited to {U('£5,000,000')} for each event.",
    ),
    Clause(
        "6.10.2",
        "The Contractor shall provide copies of the certificates listed in the "
        "Insurance Schedule before possession and on each renewal.",
    ),
    Clause(
        "8.7.1",
        "The Employer may require a parent company guarantee from Lintern Hale "
        f"Group plc in a sum not exceeding {F('£1,600,000')}.",
    ),
    Heading("Schedule 1 — Summary of the Priced Document"),
    Table(
        ("Bill", "Description", "Amount (£)"),
        BILL,
        (0.1, 0.65, 0.25),
        right=(2,),
        bold_last_row=True,
    ),
    Heading("Schedule 2 — Insurance Schedule"),
    Para(
        "The Contractor's insurances required by section 6, as evidenced at the date of this "
        "Contract:"
    ),
    Table(
        ("Cover", "Insurer", "Policy / certificate", "Limit of indemnity", "Excess", "Renewal"),
        INSURANCE,
        (0.2, 0.14, 0.23, 0.16, 0.12, 0.15),
    ),
    Para(
        f"The Contractor's annual premium for its combined liability programme is {I('£38,215')}."
    ),
    Heading("Schedule 3 — Site access and contacts"),
    Clause(
        "3.1",
        f"The plant room and pool hall fire exit are on a door entry keypad; the "
        f"contractor code is {S('730519')}. The building management system controller at "
        f"{S('10.44.2.17')} may be read only from the Contractor's site laptop, which joins "
        f"the network as {S('tgl-contractor-01')}.",
    ),
    Clause(
        "3.2",
        f"The Contractor's site manager is {N('Bernadette Oyelaran')} "
        f"({N('07700 900527')}); its commercial manager is {N('Gavin Treharne')} "
        f"({N('g.treharne@linternhale.example')}). The centre's duty manager line is "
        f"{U('01632 960733')}.",
    ),
    Clause(
        "3.3",
        f"Payments are made by BACS to the Contractor's account at Calder & Trent Bank, "
        f"sort code {B('11-62-08')}, account {B('70551942')}.",
    ),
    Clause(
        "3.4",
        f"At tender the Contractor reported turnover of {F('£21,730,000')} and a "
        f"Dun & Bradstreet failure score of {F('68')}.",
    ),
    Heading("Schedule 4 — Phasing method (Commercial in Confidence)"),
    Para(
        C(
            "We will drain the pool in week 3 and complete the tank lining in a single "
            "continuous pour of the screed bed, curing it under heated enclosures so that tiling "
            "can start within 14 days and not the 28 days assumed in the bills."
        )
    ),
    Para(
        C(
            "During Section 1 the changing village will operate from hired modular changing "
            "units that we have secured at a fixed weekly hire, sited on the overflow car park "
            "and connected to the existing drainage."
        )
    ),
    Signatures(
        "Executed as a deed by the Employer and the Contractor:",
        (
            Signatory(
                f"The common seal of {BUYER} was affixed in the presence of",
                (
                    ("Authorised officer", U("Rachel Fenwick")),
                    ("Position", U("Assistant Director, Leisure and Culture")),
                ),
            ),
            Signatory(
                f"Executed by {SUPPLIER} acting by",
                (
                    ("Director", N("Stephen Lintern")),
                    ("Witness", N("Angela Morcombe")),
                    ("Witness address", N("17 Orchard Rise, Carrowby, JW4 2EH")),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Intermediate Building Contract — Tollgate Leisure Centre",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Intermediate Building Contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 2, 23, 10, 15),
        blocks=BLOCKS,
    ),
}
