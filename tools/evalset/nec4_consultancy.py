"""Junction improvement design, professional service contract (NEC4 style), Wyvernshire County
Council with Altham Brook Engineering LLP (PDF)."""

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

from evalset.marks import B, C, F, I, N, P, S, U, uk_iban

TEMPLATE = "nec4"
BUYER = "Wyvernshire County Council"
SUPPLIER = "Altham Brook Engineering LLP"
REF = "WCC-HT-PSC-0419"
SORT, ACCOUNT = "20-94-37", "61038275"
IBAN = uk_iban("NMBK", SORT, ACCOUNT)

META = {
    "id": "nec4-consultancy-2026",
    "title": "A4187 Stonebridge Junction improvement: preliminary and detailed design",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_385_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 19),
    "starts": dt.date(2026, 2, 2),
    "ends": dt.date(2027, 11, 30),
    "reference": REF,
    "public_names": ["Priya Venkataraman", "Jonathan Threlfall"],
    "documents": [{"file": "contract.pdf", "title": "Professional service contract"}],
}

ACTIVITIES = (
    ("A01", "Inception, data review and topographical survey brief", P("48,600")),
    ("A02", "Traffic modelling (base year and forecast) and options report", P("212,400")),
    ("A03", "Preliminary design and preferred option (PCF stage 3 equivalent)", P("286,750")),
    ("A04", "Ground investigation specification, supervision and interpretive report",
     P("131,900")),
    ("A05", "Detailed design of highway, drainage, structures and street lighting",
     P("498,350")),
    ("A06", "Tender documents, tender assessment support and Road Safety Audit Stage 2",
     P("207,000")),
    ("", "Total of the Prices", U("£1,385,000")),
)  # fmt: skip

RATES = (
    ("Partner / Project Director", N("Catrin Ellwood-Rees"), P("142.00")),
    ("Associate Director (highways)", N("Marcus Oyelaran"), P("118.50")),
    ("Principal Engineer", N("Sunita Baraich"), P("96.00")),
    ("Senior Engineer", "—", P("81.25")),
    ("Engineer", "—", P("67.40")),
    ("Graduate Engineer", "—", P("49.80")),
    ("CAD / BIM Technician", N("Lewis Garside"), P("55.60")),
)  # fmt: skip

BLOCKS = [
    Title("PROFESSIONAL SERVICE CONTRACT"),
    Subtitle("A4187 Stonebridge Junction improvement — preliminary and detailed design"),
    Para(
        f"Contract {U(REF)} · NEC4 Professional Service Contract (June 2017, amended January "
        "2023), main Option A",
        centred=True,
    ),
    Heading("Contract Data part one — data provided by the Client"),
    Table(
        ("Clause", "Statement", "Data"),
        (
            (
                "1",
                "The main Option and dispute resolution Option",
                "Option A (priced contract with activity schedule); Option W2",
            ),
            ("1", "The secondary Options", "X1, X2, X9, X10, X11, X18, X20, Y(UK)2, Y(UK)3, Z"),
            (
                "11.2(2)",
                "The Client is",
                f"{U(BUYER)}, "
                f"{U('County Hall, Pennard Road, Wyvernbury, WY1 8QZ')}; "
                f"general enquiries {U('01632 960100')}",
            ),
            (
                "11.2(2)",
                "The Service Manager is",
                f"{U('Priya Venkataraman')}, {U('Major Schemes Team Leader')}",
            ),
            (
                "11.2(16)",
                "The Scope is in",
                "Document WCC-HT-PSC-0419-SC, Scope for design services, revision C",
            ),
            ("30.1", "The starting date and completion date", "2 February 2026; 30 November 2027"),
            ("13.3", "The period for reply", "two weeks"),
            ("W2.2", "The Adjudicator nominating body", "the Institution of Civil Engineers"),
        ),
        (0.13, 0.32, 0.55),
    ),
    Heading("Optional statements", level=2),
    Clause(
        "X1",
        f"The base date for indices is November 2025. The total Price adjustment "
        f"in any year is not to exceed {P('2.75 per cent')} of the Prices for that year.",
    ),
    Clause(
        "X10",
        f"The Information Execution Plan is submitted within four weeks of the "
        f"starting date. Models are authored in {U('Civil 3D 2025')} and federated in the "
        f"Client's common data environment ({U('Aconex Release 24.3')}).",
    ),
    Clause(
        "X18",
        f"The Consultant's total liability to the Client for all matters arising "
        f"under or in connection with the contract, other than excluded matters, is limited "
        f"to {U('£5,000,000')}.",
    ),
    Clause(
        "X20",
        f"The incentive schedule for key performance indicators is in Scope "
        f"section 9. Where all indicators are met at completion the Client pays an incentive "
        f"of {P('£18,500')}.",
    ),
    Clause(
        "Z3",
        f"Where the Consultant engages a subconsultant, the amount included for its "
        f"charges carries a mark-up of no more than {P('5%')}, and the rules for assessing "
        f"compensation events in clause {U('63.10.2')} apply to the subconsultant's people as "
        "if they were the Consultant's.",
    ),
    Heading("Insurance", level=2),
    Table(
        ("Event", "Minimum cover", "Period following completion"),
        (
            (
                "Failure of the Consultant to use reasonable skill and care "
                "(professional indemnity)",
                f"{U('£5,000,000')} for each claim",
                "12 years",
            ),
            (
                "Loss of or damage to property and death or injury to third parties",
                f"{U('£10,000,000')} for each event",
                "—",
            ),
            ("Death of or injury to the Consultant's employees", "as required by law", "—"),
        ),
        (0.52, 0.28, 0.2),
    ),
    Heading("Contract Data part two — data provided by the Consultant"),
    Table(
        ("Statement", "Data"),
        (
            (
                "The Consultant is",
                f"{U(SUPPLIER)}, limited liability partnership number "
                f"{U('OC418326')}, 3rd Floor, Lantern House, 22 Corn Exchange Street, Wyvernbury, "
                "WY2 4JD",
            ),
            (
                "The key persons are",
                f"Project Director: {N('Catrin Ellwood-Rees')} CEng FICE "
                f"({N('catrin.ellwood-rees@althambrook.example')}, {N('07700 900264')}); "
                f"Design Lead: "
                f"{N('Marcus Oyelaran')} CEng MCIHT ({N('07700 900871')})",
            ),
            (
                "The expenses stated by the Consultant",
                f"mileage at {P('52p')} per mile beyond 30 "
                f"miles from the Consultant's office; printing of tender sets at {P('£38.00')} per "
                "set",
            ),
            ("The activity schedule is", "as set out below"),
        ),
        (0.3, 0.7),
    ),
    Heading("Staff rates", level=2),
    Para(
        "The staff rates below are used to assess compensation events and are fixed until "
        "31 March 2027, after which X1 applies."
    ),
    Table(("Category", "Named person", "Rate per hour (£)"), RATES, (0.42, 0.33, 0.25), right=(2,)),
    Heading("Activity schedule", level=2),
    Table(
        ("Activity", "Description", "Price (£)"),
        ACTIVITIES,
        (0.12, 0.66, 0.22),
        right=(2,),
        bold_last_row=True,
    ),
    Heading("Consultant's insurance, finance and payment details", level=2),
    Clause(
        "1.1",
        f"Professional indemnity: Larkfield Underwriting, certificate "
        f"{I('LUW-PI-26-003381')}, excess {I('£15,000')} each claim. Public liability: "
        f"policy {I('CPL/77/0012649')}.",
    ),
    Clause(
        "1.2",
        f"Latest audited accounts (year ended 30 April 2025): turnover "
        f"{F('£9,412,700')}; profit before members' remuneration {F('£1,286,300')}; net "
        f"current assets {F('£2,017,450')}.",
    ),
    Clause(
        "1.3",
        f"Payment by BACS to Northmoor Bank, sort code {B(SORT)}, account number "
        f"{B(ACCOUNT)}, IBAN {B(IBAN)}.",
    ),
    Heading("Access to the Client's systems (Scope section 7)", level=2),
    Clause(
        "7.1",
        f"The Consultant exchanges large files through the Client's SFTP service at "
        f"{S('203.0.113.48')}, port 2222, using the account {S('althambrook_sftp')}.",
    ),
    Clause(
        "7.2",
        f"The automated model upload runs as {S('svc_wcc_cde_sync')} against "
        f"{S('cde-gw01.wyvernshire.internal')}; credentials are issued by the Client's IT "
        "service desk and are never sent by email.",
    ),
    Heading("Commercial in Confidence — extract from the Consultant's tender"),
    Para(
        C(
            "Our traffic modelling will reuse the calibrated Wyvernbury SATURN model we built "
            "for the 2023 corridor study, which is why activity A02 is priced some 30 per cent "
            "below a model built from new counts; the Client takes no risk on revalidation."
        )
    ),
    Para(
        C(
            "We propose to design the Stonebridge underpass extension with precast box units "
            "from our framework supplier, saving around nine weeks on the critical path, and have "
            "reserved three of our structures team for the detailed design stage."
        )
    ),
    Signatures(
        "Signed for the parties:",
        (
            Signatory(
                f"For and on behalf of {BUYER}",
                (
                    ("Name", U("Jonathan Threlfall")),
                    ("Position", U("Assistant Director, Highways and Transport")),
                    ("Signature", U("J. Threlfall")),
                    ("Date", "19 January 2026"),
                ),
            ),
            Signatory(
                f"For and on behalf of {SUPPLIER}",
                (
                    ("Name", N("Catrin Ellwood-Rees")),
                    ("Position", "Partner"),
                    ("Signature", N("C. Ellwood-Rees")),
                    ("Date", "15 January 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Stonebridge Junction design professional service contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Professional Service Contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 1, 19, 15, 30),
        blocks=BLOCKS,
    ),
}
