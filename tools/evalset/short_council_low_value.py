"""Tree safety surveys, Wrexley District Council: short terms for low-value services (DOCX)."""

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

TEMPLATE = "shortform"
BUYER = "Wrexley District Council"
SUPPLIER = "Ashcombe Tree Consultancy Ltd"
REF = "WDC-LVS-25-0412"

META = {
    "id": "short-council-tree-surveys-2025",
    "title": "Tree safety surveys of parks, cemeteries and housing land 2025",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 18_640, "currency": "GBP"},
    "awarded": dt.date(2025, 7, 7),
    "starts": dt.date(2025, 7, 21),
    "ends": dt.date(2026, 3, 31),
    "reference": REF,
    "public_names": ["Sian Holroyd", "Marcus Whitlow"],
    "documents": [{"file": "low-value-services-terms.docx", "title": "Short terms and order"}],
}

DETAILS = (
    ("Our reference", U(REF)),
    ("The Council", f"{U(BUYER)}, {U('Wrexley House, 1 Station Parade, Wrexley, WX2 1DF')}"),
    (
        "The Provider",
        f"{U(SUPPLIER)}, company number {U('09918274')}, The Old Forge, Pell Lane, "
        "Ashcombe St Mary, WX7 5RB",
    ),
    ("Services", "Level 2 visual tree safety surveys (walk-over and basic tree assessment)"),
    ("Term", "21.07.25 to 31.03.26"),
    ("Maximum order value", f"{U('£18,640')} (ex. VAT) — below the Council's £25,000 threshold"),
    ("Council officer", f"{U('Sian Holroyd')}, {U('Tree and Woodland Officer')}"),
    ("Provider's lead surveyor", f"{N('Owen Pritchard-Hale')} MArborA, {N('07700 900734')}"),
    ("Invoices to", "accounts.payable@wrexley.gov.uk, quoting the order number"),
)

PRICES = (
    ("Lot A", "Victoria Park and Mill Meadows", "620", P("£4.20"), P("£2,604.00"),
     P("£180.00"), P("£2,784.00")),
    ("Lot B", "Holme Lane and St Cuthbert's cemeteries", "410", P("£4.65"), P("£1,906.50"),
     P("£180.00"), P("£2,086.50")),
    ("Lot C", "Housing land — Brook Farm and Castle Rise estates", "1,150", P("£3.85"),
     P("£4,427.50"), P("£240.00"), P("£4,667.50")),
    ("Lot D", "Roadside verges and car parks (council-owned)", "540", P("£3.95"),
     P("£2,133.00"), P("£180.00"), P("£2,313.00")),
    ("", "Total of Lots A to D", "2,720", "", "", "", P("£11,851.00")),
)  # fmt: skip

EXTRAS = (
    ("Aerial inspection by climbing arborist (per tree)", P("£ 85")),
    ("Decay detection, resistograph (per tree, up to 4 readings)", P("£ 62.50")),
    ("Emergency call-out, within 4 hours, first 2 hours on site", P("£ 295")),
    ("Attendance at a Council meeting or site visit (per half day)", P("£ 210")),
)

BLOCKS = [
    Title("WREXLEY DISTRICT COUNCIL"),
    Subtitle("Short Terms for Low Value Services — Order and Conditions"),
    Para(
        "These short terms are used for services ordered by the Council with a value below "
        "the Council's Contract Procedure Rules threshold for formal tender. They consist of "
        "Part A (Order Details), Part B (Price) and Part C (Conditions)."
    ),
    Heading("Part A — Order Details"),
    Table(("Order detail", "Entry"), DETAILS, (0.3, 0.7)),
    Heading("Part B — Price"),
    Para(
        "The Provider's prices below are fixed for the Term and include travel, GPS tagging, "
        "the survey database upload and one written report for each Lot."
    ),
    Table(
        (
            "Lot",
            "Sites",
            "Est. trees",
            "Rate per tree",
            "Survey sub-total",
            "Report fee",
            "Lot price",
        ),
        PRICES,
        (0.08, 0.3, 0.1, 0.12, 0.14, 0.12, 0.14),
        right=(2, 3, 4, 5, 6),
        bold_last_row=True,
    ),
    Para(
        f"The balance of the maximum order value is a provisional allowance for the "
        f"additional items below, instructed only by the Council officer in writing. The "
        f"Provider's mark-up on third-party costs (such as traffic management) is "
        f"{P('8 %')}."
    ),
    Table(
        ("Additional item, ordered only if needed", "Charge (ex VAT)"),
        EXTRAS,
        (0.75, 0.25),
        right=(1,),
    ),
    Heading("Part C — Conditions"),
    Heading("C1 Meaning of words", level=2),
    Definition("Council", "means Wrexley District Council."),
    Definition(
        "Provider",
        "means the person named as the Provider in Part A, and includes its staff and "
        "anyone it uses to carry out the Services.",
    ),
    Definition(
        "Services",
        "means the tree surveys and associated reporting described in Part A and the "
        "Council's brief dated 9 June 2025.",
    ),
    Definition(
        "Tree Record",
        "means the record of each tree entered in the Council's tree management "
        "database: species, location, size, condition, risk rating and recommended works.",
    ),
    Heading("C2 The Services", level=2),
    Clause(
        "C2.1",
        "The Provider shall carry out the Services with the care and skill of a competent "
        "arboricultural consultant and in line with the National Tree Safety "
        "Group's guidance.",
    ),
    Clause(
        "C2.2",
        "Every surveyor shall hold the LANTRA Professional Tree Inspection certificate or an "
        "equivalent qualification. The Provider's surveyors for this order are "
        f"{N('Owen Pritchard-Hale')} and {N('Freya Lomax')} (mobile {N('07700 900219')}).",
    ),
    Clause(
        "C2.3",
        "Any tree found to present an immediate danger shall be reported to the Council by "
        f"telephone the same day, and out of hours to the Council's emergency line on "
        f"{U('01632 960999')}.",
    ),
    Clause(
        "C2.4",
        f"Tree Records shall be entered directly in the Council's tree database through "
        f"the web portal at {S('https://trees.wrexley.internal/ezytreev')}, using the "
        f"Provider's account {S('ext_ashcombe01')}. The initial password "
        f"{S('Hornbeam#7730')} shall be changed on first use and not shared between "
        "surveyors.",
    ),
    Heading("C3 Access to sites", level=2),
    Clause(
        "C3.1",
        f"The cemetery gates at Holme Lane are locked outside 08:00 to 16:00. The key is "
        f"kept in the key safe on the chapel porch, code {S('4 0 9 1')}, and must be "
        "returned after each visit.",
    ),
    Clause(
        "C3.2",
        f"Vehicles may be parked at the Council's Brook Farm depot; the barrier code for "
        f"July 2025 is {S('2718*')} and the Council officer will confirm later codes by "
        "email.",
    ),
    Heading("C4 Payment", level=2),
    Clause(
        "C4.1",
        "The Provider may invoice each Lot once its report has been accepted. The Council "
        "shall pay valid invoices within 30 days of receipt.",
    ),
    Clause(
        "C4.2",
        f"Payments shall be made to the Provider's account at Penwick Building Society, "
        f"sort code {B('07-44-91')}, account number {B('30615528')}, roll number "
        f"{B('ATC/48817-2')}.",
    ),
    Clause(
        "C4.3",
        f"If a report for a Lot is delivered more than 10 working days late, the price for "
        f"that Lot is reduced by {P('1.5 per cent')} for each further week, up to "
        f"{P('10 per cent')}.",
    ),
    Heading("C5 Insurance and liability", level=2),
    Clause(
        "C5.1",
        f"The Provider shall hold employer's liability insurance of not less than "
        f"{U('£5 million')}, public liability insurance of not less than "
        f"{U('£5 million')} and professional indemnity insurance of not less than "
        f"{U('£1 million')}.",
    ),
    Clause(
        "C5.2",
        f"The Provider's public liability and employer's liability cover is with Harrier "
        f"Insurance Company under policy {I('HIC-ARB-2207415')}; its professional indemnity "
        f"cover is policy {I('PIN/ARB/0093/7')} with an excess of {I('£500')}.",
    ),
    Clause(
        "C5.3",
        f"The Provider's liability to the Council under this order shall not exceed "
        f"{U('£500,000')}, except for death or personal injury caused by negligence.",
    ),
    Heading("C6 Ending the order", level=2),
    Clause(
        "C6.1",
        "The Council may end this order by giving 14 days' written notice and shall pay for "
        "any Lot completed and a fair proportion of any Lot in progress.",
    ),
    Heading("C7 Other matters", level=2),
    Clause(
        "C7.1",
        "The Provider shall comply with the Council's safeguarding, health and safety and "
        "equality policies while on Council land.",
    ),
    Clause(
        "C7.2",
        "The Council publishes details of spending over £500 under the Local Government "
        "Transparency Code 2015.",
    ),
    Clause("C7.3", "English law governs this order."),
    Heading("Annex — Provider's method statement (Commercial in Confidence)"),
    Para(
        C(
            "We will survey the cemeteries first, as they carry the highest visitor numbers "
            "and the oldest trees, then the parks, and the housing estates last, timing the "
            "housing work for September when leaf cover still allows crown assessment but "
            "schools have returned and estates are quieter."
        )
    ),
    Para(
        C(
            "Each surveyor works a pre-loaded route on a ruggedised tablet with sub-metre GPS, "
            "so a typical day covers 180 to 220 trees in parks and about 140 on estates. "
            "Trees rated high risk are photographed and flagged to the Council officer before "
            "the surveyor leaves site."
        )
    ),
    Para(
        f"Financial information. The Provider's last filed accounts show turnover of "
        f"{F('£412,900')} and net assets of {F('£96,340')}; its bank overdraft facility is "
        f"{F('£25,000')}."
    ),
    Signatures(
        "Agreed for the Council and the Provider:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signed", U("M. Whitlow")),
                    ("Name", U("Marcus Whitlow")),
                    ("Position", U("Parks and Open Spaces Manager")),
                    ("Date", "07.07.25"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("E. Ashcombe-Reed")),
                    ("Name", N("Eleanor Ashcombe-Reed")),
                    ("Position", "Director"),
                    ("Date", "04.07.25"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "low-value-services-terms.docx": DocumentSpec(
        title="Short terms for low value services: tree surveys",
        subject=f"Order {REF}",
        header=f"{BUYER} — Low Value Services — OFFICIAL",
        footer=f"Order {REF}",
        created=dt.datetime(2025, 7, 7, 14, 10),
        blocks=BLOCKS,
    ),
}
