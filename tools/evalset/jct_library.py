"""New central library, Ravensholt Borough Council with Corran & Vane Build Ltd (JCT-style
Design and Build Contract, PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    Definition,
    DocumentSpec,
    Heading,
    PageBreak,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "jct"
BUYER = "Ravensholt Borough Council"
SUPPLIER = "Corran & Vane Build Ltd"
REF = "RBC/REG/DB/2025/031"
SORT, ACCOUNT = "30-71-46", "52098813"
IBAN = uk_iban("TMBK", SORT, ACCOUNT)

META = {
    "id": "jct-library-2025",
    "title": "Ravensholt Central Library and Learning Hub (design and build)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 7_854_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 16),
    "starts": dt.date(2025, 7, 14),
    "ends": dt.date(2027, 1, 29),
    "reference": REF,
    "public_names": ["Helen Marchbank", "Owain Pritchard"],
    "documents": [{"file": "contract.pdf", "title": "Design and build contract"}],
}

PARTICULARS = (
    ("Fourth Recital and clause 4.5", "Construction Industry Scheme",
     "The Employer is a ‘contractor’ for the purposes of the CIS"),
    ("Article 3", "Employer's Agent",
     U("Owain Pritchard") + ", " + U("Head of Capital Projects") + ", or such other person as "
     "the Employer notifies"),
    ("Article 5", "Principal Designer", "The Contractor"),
    ("Clause 1.1", "Base Date", "3 March 2025"),
    ("Clause 2.3", "Date of Possession of the site", "14 July 2025"),
    ("Clause 2.3", "Deferment of possession", "Applies; not exceeding 4 weeks"),
    ("Clause 2.27", "Date for Completion", "29 January 2027"),
    ("Clause 2.29.2", "Liquidated damages", "£6,250 for every week or part week"),
    ("Clause 2.35", "Rectification Period", "12 months from practical completion"),
    ("Clause 4.7", "Interim Payments", "Alternative A (stage payments) does not apply; monthly "
     "valuations under Alternative B"),
    ("Clause 4.10", "Retention Percentage", "3 per cent, halved at practical completion"),
    ("Clause 6.4.1", "Contractor's public liability cover", U("not less than £10,000,000") +
     " for any one occurrence"),
    ("Clause 6.11", "Professional indemnity insurance", U("not less than £5,000,000") +
     " in the aggregate, maintained for 12 years"),
    ("Clause 7.3", "Performance bond", "Required: see Schedule 3"),
)  # fmt: skip

CSA = (
    ("1", "Preliminaries (78 weeks)", P("684,210")),
    ("2", "Design fees (all disciplines)", P("412,650")),
    ("3", "Demolition and enabling works", P("238,900")),
    ("4", "Substructure and piling", P("746,380")),
    ("5", "Frame and upper floors", P("1,118,540")),
    ("6", "Roof and rooflights", P("487,115")),
    ("7", "External walls, windows and doors", P("1,026,770")),
    ("8", "Internal finishes and joinery", P("694,305")),
    ("9", "Mechanical, electrical and public health services", P("1,352,860")),
    ("10", "Lifts (two passenger, one platform)", P("148,400")),
    ("11", "External works, landscaping and drainage", P("391,625")),
    ("12", "Overheads and profit", P("402,245")),
    ("13", "Provisional sum: public art commission", "60,000"),
    ("14", "Provisional sum: utility diversions", "90,000"),
    ("", "Contract Sum", U("7,854,000")),
)  # fmt: skip

FINANCE = (
    (U("Turnover"), F("£38,417,000")),
    (U("Operating profit"), F("£1,262,000")),
    (U("Net assets"), F("£6,840,000")),
)

BLOCKS = [
    Title("DESIGN AND BUILD CONTRACT"),
    Subtitle("Ravensholt Central Library and Learning Hub, Wharf Street"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("Agreement"),
    Para(
        f"THIS CONTRACT is made on 16 June 2025 BETWEEN {U(BUYER)} of "
        f"{U('Ravensholt Town Hall')}, "
        f"Market Square, Ravensholt, QB1 4TH (the “Employer”) AND {U(SUPPLIER)} (company number "
        f"{U('08815274')}) whose registered office is at Unit 9, Brindle Park, Ravensholt, "
        "QB6 2RW (the “Contractor”)."
    ),
    Heading("Recitals", level=2),
    Clause(
        "A",
        "The Employer wishes to have the design and construction of a new two-storey "
        "central library, learning hub and community rooms carried out on the former bus "
        "depot at Wharf Street (the “Works”), and has supplied the Employer's Requirements "
        "listed in Schedule 1.",
    ),
    Clause(
        "B",
        "The Contractor has supplied the Contractor's Proposals in response and a "
        "Contract Sum Analysis, which the Employer has examined and accepts.",
    ),
    Clause(
        "C",
        "The Employer has appointed the Employer's Agent named in the Contract "
        "Particulars and the Contractor will be the Principal Designer and Principal "
        "Contractor under the CDM Regulations.",
    ),
    Heading("Articles", level=2),
    Clause(
        "1",
        "The Contractor shall complete the design of the Works and carry them out and "
        "complete them in accordance with the Contract Documents.",
    ),
    Clause(
        "2",
        f"The Employer shall pay the Contractor the sum of {U('£7,854,000')} (seven "
        "million eight hundred and fifty-four thousand pounds) exclusive of VAT (the "
        "“Contract Sum”) or such other sum as becomes payable under the Conditions.",
    ),
    Clause(
        "3",
        "The Employer's Agent for the purposes of the Contract is the person named in the "
        "Contract Particulars, who may exercise the Employer's powers save where the "
        "Conditions provide otherwise.",
    ),
    Clause(
        "4",
        "Any dispute may be referred to adjudication under clause 9.2. Legal proceedings "
        "shall be brought in the courts of England and Wales; arbitration does not apply.",
    ),
    Heading("Contract Particulars"),
    Para("The entries below are made against the clause of the Conditions to which they refer."),
    Table(("Clause", "Subject", "Entry"), PARTICULARS, (0.22, 0.28, 0.5)),
    Heading("Definitions", level=2),
    Definition(
        "Contract Sum Analysis",
        "means the analysis of the Contract Sum in Schedule 2, "
        "used for the valuation of Changes and of interim payments.",
    ),
    Definition("Performance Bond", "means the on-demand bond in the form annexed to Schedule 3."),
    Definition(
        "Site",
        "means the land at Wharf Street, Ravensholt, edged red on drawing "
        f"{U('RBC-LIB-SK-001 rev C')}.",
    ),
    Heading("Conditions (selected amendments)"),
    Clause(
        "2.17.1",
        "The Contractor warrants that the design of the Works will comply with the "
        "Employer's Requirements and will achieve BREEAM ‘Excellent’.",
    ),
    Clause(
        "4.12.3",
        f"Changes shall be valued using the Contract Sum Analysis. Daywork shall be "
        f"priced at the defined prime cost with percentage additions of {P('18%')} on labour, "
        f"{P('12%')} on materials and {P('9.5%')} on plant.",
    ),
    Clause(
        "4.12.4",
        f"Any design work arising from a Change shall be charged at {P('£96')} per "
        f"hour for a project architect and {P('£118')} per hour for a chartered engineer.",
    ),
    Clause(
        "6.19",
        f"The Contractor's total liability under or in connection with the Contract, "
        f"other than for death or personal injury, shall not exceed "
        f"{U('£15,000,000')}.",
    ),
    Clause(
        "8.9.2",
        "The Employer may terminate if the Contractor fails to provide the "
        "Performance Bond within 21 days of the date of this Contract.",
    ),
    PageBreak(),
    Heading("Schedule 2 — Contract Sum Analysis"),
    Table(("Item", "Element", "Total (£)"), CSA, (0.1, 0.65, 0.25), right=(2,), bold_last_row=True),
    Para(
        f"The preliminaries include a site management team costed at {P('£7,940')} per week, "
        f"and the Contractor's overheads and profit are included at {P('5.4%')} of the net "
        "cost of the Works."
    ),
    Heading("Schedule 3 — Performance Bond and financial standing"),
    Clause(
        "3.1",
        f"The Contractor shall procure a Performance Bond from Pellwood Surety plc in "
        f"the sum of {F('£785,400')}, being ten per cent of the Contract Sum, expiring on the "
        "issue of the Notice of Completion of Making Good.",
    ),
    Clause(
        "3.2",
        f"The Contractor's ultimate parent, Corran Holdings Ltd, shall give a parent "
        f"company guarantee capped at {F('£3,000,000')}.",
    ),
    Clause("3.3", "The Contractor's audited accounts showed:"),
    Table(("", "Year to 31 March 2025"), FINANCE, (0.5, 0.5), right=(1,)),
    Para(
        f"Its credit score at tender was {F('74 out of 100')} (low risk) and it has an "
        f"agreed overdraft facility of {F('£1,500,000')}."
    ),
    Heading("Schedule 4 — Insurance, payment and project information"),
    Table(
        ("Cover", "Insurer", "Policy number", "Excess"),
        (
            (
                "Contractor's all risks (joint names)",
                "Haverleigh Insurance plc",
                I("CAR/77/4410921"),
                I("£10,000"),
            ),
            ("Public liability", "Haverleigh Insurance plc", I("HIP PL 0093 5521"), I("£2,500")),
            (
                "Professional indemnity",
                "Arden Marine & General",
                I("AMG-PI-25-008817"),
                I("£50,000"),
            ),
        ),
        (0.32, 0.26, 0.24, 0.18),
    ),
    Clause(
        "4.1",
        f"Payments shall be made to {SUPPLIER}, Thamesmead Bank plc, sort code "
        f"{B(SORT)}, account {B(ACCOUNT)} (IBAN {B(grouped(IBAN))}).",
    ),
    Clause(
        "4.2",
        f"The Contractor's Project Director is {N('Declan Rourke')} "
        f"({N('d.rourke@corranvane.example')}, {N('07700 900318')}) and its Site Manager is "
        f"{N('Priya Venkatesan')}.",
    ),
    Clause(
        "4.3",
        f"Drawings and models shall be exchanged through the common data environment at "
        f"{S('cde.ravensholt.internal')}; the Contractor's upload account is "
        f"{S('svc_cv_upload')}, and the site office connects over the VPN gateway at "
        f"{S('203.0.113.58')}.",
    ),
    Clause(
        "4.4",
        f"General enquiries about the project may be made to the Council on {U('01632 960100')}.",
    ),
    Heading("Schedule 5 — Contractor's Proposals (extract) — Commercial in Confidence"),
    Para(
        C(
            "We will adopt a hybrid cross-laminated timber frame on a steel transfer deck at "
            "first floor, prefabricated off site by our partner in panels of up to 12 metres, "
            "which removes about nine weeks from the critical path compared with the reference "
            "design."
        )
    ),
    Para(
        C(
            "Our cost plan relies on a fixed-price package for the façade secured before the "
            "Base Date, and on reusing crushed depot slab as sub-base, which we estimate saves "
            "some 1,400 tonnes of imported aggregate."
        )
    ),
    Signatures(
        "Executed as a deed by the parties on the date stated at the start of this Contract.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Authorised signatory", U("Helen Marchbank")),
                    ("Position", U("Director of Regeneration")),
                    ("Witness", "Legal Services, Ravensholt Town Hall"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Director", N("Fergus Vane")),
                    ("Director/Secretary", N("Alison Corran")),
                    ("Date", "12 June 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Design and Build Contract — Ravensholt Central Library",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Design and Build Contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 16, 11, 0),
        blocks=BLOCKS,
    ),
}
