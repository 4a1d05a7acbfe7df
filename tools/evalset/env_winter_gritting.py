"""Winter service (precautionary gritting and snow clearance) by farmer-contractors, Cragmoor
County Council with Fellhead Agricultural Contracting Ltd: standby payments, treatment run
prices, drivers and depot access (PDF)."""

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

from evalset.marks import B, C, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "environment"
BUYER = "Cragmoor County Council"
SUPPLIER = "Fellhead Agricultural Contracting Ltd"
REF = "CCC/HWY/WS/2025-04"
SORT, ACCOUNT = "40-61-27", "58320917"
IBAN = uk_iban("NRTH", SORT, ACCOUNT)

META = {
    "id": "env-winter-gritting-cragmoor-2025",
    "title": "Winter service: precautionary gritting and snow clearance, upland routes",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_184_600, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 19),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2029, 4, 30),
    "reference": REF,
    "public_names": ["Alistair Brathwaite", "Joanne Merriweather"],
    "documents": [{"file": "winter_service_agreement.pdf", "title": "Winter service agreement"}],
}

PARTICULARS = (
    ("A1  Agreement number", U(REF)),
    ("A2  The County", f"{U(BUYER)}, {U('County Hall, Moorgate, Cragmoor, CQ1 4HW')}"),
    ("A3  The Contractor", f"{U(SUPPLIER)} (company no. {U('08815342')}), Low Fellhead Farm, "
                          "Skelbeck, Cragmoor, CQ9 2LP"),
    ("A4  Winter Season", "1 October to 30 April in each year; the Agreement covers the "
                          "2025/26, 2026/27, 2027/28 and 2028/29 Winter Seasons"),
    ("A5  Routes", f"{U('Upland Routes U3, U4, U7 and U9')} (Priority 1 network) and the "
                   f"{U('Skelbeck Pass')} snow-ploughing section"),
    ("A6  Agreement Value", f"{U('£1,184,600')} estimated over four Winter Seasons, "
                            f"about {U('£296,150')} a season on an average winter of 68 runs"),
    ("A7  County Winter Service Manager", f"{U('Alistair Brathwaite')}, "
                                          f"{U('Winter Service Manager')}"),
    ("A8  Decision Centre", f"{U('Cragmoor Highways Control Room')}, 24-hour line "
                            f"{U('01632 960100')}"),
    ("A9  Salt supplied by", "The County, from its barns at Skelbeck and Haverthwaite Depots"),
)  # fmt: skip

RATES = (
    ("U3", "Skelbeck – Rowan Tarn – county boundary", "38.6", P("£412.00"), P("£268.50"),
     P("£96.00")),
    ("U4", "Haverthwaite – Blea Moss – Kettlesike", "41.2", P("£412.00"), P("£281.75"),
     P("£96.00")),
    ("U7", "Brant Head loop and Fellhead village", "29.9", P("£376.00"), P("£214.20"),
     P("£92.50")),
    ("U9", "Lowthwaite – Gill Foot – A-road link", "33.4", P("£376.00"), P("£233.00"),
     P("£92.50")),
    ("SP1", "Skelbeck Pass (ploughing only)", "7.8", P("£198.00"), "n/a", P("£118.00")),
)  # fmt: skip

DRIVERS = (
    ("U3", N("Robert (Bob) Gaskarth"), N("07700 900521"), N("Kieran Ullock")),
    ("U4", N("Megan Threlkeld"), N("07700 900527"), N("Owen Ullock")),
    ("U7", N("Stuart Hodgson-Birkett"), N("07700 900530"), "Kieran Ullock"),
    ("U9", N("Daniel Pattinson"), N("07700 900536"), "Megan Threlkeld"),
)  # fmt: skip

DEPOTS = (
    (U("Skelbeck Depot"), "Vehicle gate keypad", S("2741*")),
    (U("Skelbeck Depot"), "Salt barn roller shutter fob PIN", S("0619")),
    (U("Haverthwaite Depot"), "Padlock on north gate (combination)", S("8-3-0-5")),
    (U("Haverthwaite Depot"), "Key safe beside fuel bunker", S("C4417")),
)  # fmt: skip

BLOCKS = [
    Title("WINTER SERVICE AGREEMENT"),
    Subtitle("Precautionary salting and snow clearance by agricultural contractor"),
    Para(f"Agreement number {REF}", centred=True),
    Heading("Part A — Service Particulars"),
    Para(
        "The entries in this Part are particulars of the Agreement. Where the Conditions in "
        "Part B refer to an entry by its number (for example A6), that entry applies."
    ),
    Table(("Particular", "Entry"), PARTICULARS, (0.32, 0.68)),
    Heading("Part B — Conditions"),
    Heading("1. Words used in this Agreement", level=2),
    Definition(
        "Call-Out",
        "means an instruction from the Decision Centre, given by telephone "
        "and confirmed by text message, to carry out a Treatment Run or ploughing.",
    ),
    Definition(
        "Treatment Run",
        "means one complete pass of a Route spreading salt at the rate "
        "instructed, from leaving the depot to returning to it.",
    ),
    Definition(
        "Standby Week",
        "means a week (Monday 07:00 to Monday 07:00) in the Winter "
        "Season during which the Contractor keeps its vehicle, plough and driver "
        "available to leave the depot within 60 minutes of a Call-Out.",
    ),
    Heading("2. What the Contractor does", level=2),
    Clause(
        "2.1",
        "The Contractor provides a tractor of not less than 150 hp with a "
        "County-owned demountable spreader and plough, and a competent driver, for each "
        "Route in A5.",
    ),
    Clause(
        "2.1.1",
        "Spreaders are calibrated by the County before each Winter Season and the "
        "Contractor shall not alter the spread-rate controller.",
        level=2,
    ),
    Clause(
        "2.1.2",
        "Each Treatment Run is logged by the County's telematics unit; the log is "
        "the record for payment unless shown to be faulty. The Contractor may view its "
        f"runs in the County's telematics portal under the login {S('fellhead.agri01')}, "
        "which it shall not share outside the named drivers.",
        level=2,
    ),
    Clause(
        "2.2",
        "The Contractor shall answer a Call-Out within 15 minutes and leave the depot "
        "within 60 minutes. A second failure in one Winter Season entitles the County to "
        "suspend the Route and appoint another contractor for the rest of that season.",
    ),
    Heading("3. Payment", level=2),
    Clause(
        "3.1",
        "The County pays the Standby Payment for every Standby Week, whether or not "
        "a Call-Out is given, and the Run Price for every completed Treatment Run, at the "
        "rates in Schedule 1.",
    ),
    Clause(
        "3.2",
        f"Snow clearance beyond a Treatment Run is paid by the hour at the ploughing "
        f"rate. A call-out between 22:00 and 05:00 carries an enhancement of "
        f"{P('12.5 %')}, and a run aborted by the Decision Centre after the vehicle has left "
        f"the depot is paid at {P('60 per cent')} of the Run Price.",
    ),
    Clause(
        "3.3",
        f"Rates are fixed for the 2025/26 season and are then adjusted on 1 October "
        f"by the change in the agricultural diesel element of the Road Haulage index, "
        f"limited to {P('4.0%')} in any one year.",
    ),
    Clause(
        "3.4",
        f"The Contractor invoices monthly in arrears. Payment is made to "
        f"Northfell Bank plc, sort code {B(SORT)}, account {B(ACCOUNT)} "
        f"(IBAN {B(grouped(IBAN))}).",
    ),
    Heading("4. Insurance and liability", level=2),
    Clause(
        "4.1",
        f"The Contractor shall insure its vehicles for road use under a policy "
        f"covering winter maintenance operations, with public liability of "
        f"{U('not less than £5,000,000')} and employer's liability of "
        f"{U('not less than £10,000,000')}.",
    ),
    Clause(
        "4.2",
        f"The Contractor's motor fleet policy is {I('AGM/FL/0772419/25')} with "
        f"Dalesman Farmers' Mutual, carrying an own-damage excess of {I('£750')}; its "
        f"public liability policy is {I('PL 2025 883 104')}.",
    ),
    Clause(
        "4.3",
        f"The County's liability to the Contractor in any Winter Season is limited to "
        f"{U('£300,000')}, save for death or personal injury caused by its negligence.",
    ),
    Heading("Schedule 1 — Standby Payments and Run Prices"),
    Para(
        "All prices exclude VAT. The Standby Payment is per Standby Week; the Run Price is per "
        "completed Treatment Run; the ploughing rate is per hour on site, in 15-minute units."
    ),
    Table(
        ("Route", "Description", "Km", "Standby Payment / week", "Run Price", "Ploughing / hour"),
        RATES,
        (0.09, 0.37, 0.08, 0.16, 0.14, 0.16),
        right=(2, 3, 4, 5),
    ),
    Para(
        f"A driver held at the depot on the Decision Centre's instruction without a run being "
        f"called is paid {P('GBP 31.50')} an hour after the first two hours. The Contractor's "
        f"tendered total for Schedule 1 on the average winter was {P('£295,874.40')}."
    ),
    Heading("Schedule 2 — Named Drivers"),
    Para(
        "Only the drivers below, each holding a current City & Guilds winter maintenance "
        "certificate, may drive on a Route. The Decision Centre calls the first driver and then "
        "the reserve, whose mobile the Contractor gives the Decision Centre at the start of each "
        "shift."
    ),
    Table(("Route", "First driver", "Mobile", "Reserve driver"), DRIVERS, (0.1, 0.34, 0.22, 0.34)),
    Para(
        f"The Contractor's contact for the Agreement is its director, "
        f"{N('Mrs Helen Gaskarth')}, who can be reached on {N('07700 900520')} or at "
        f"{N('helen@fellhead-agri.example')}; if she is unavailable, the yard at Low Fellhead "
        f"Farm answers on {N('01632 960587')}."
    ),
    Heading("Schedule 3 — Depot Access"),
    Para(
        "These codes are restricted and are changed by the County on 1 October each year and "
        "whenever a named driver leaves."
    ),
    Table(("Depot", "Access point", "Code"), DEPOTS, (0.3, 0.45, 0.25)),
    Heading("Schedule 4 — Contractor's Resilience Proposal (Commercial in Confidence)"),
    Para(
        C(
            "We keep a second tractor, a 2021 Valtra T175, fully serviced and fitted with a "
            "plough frame at Low Fellhead Farm throughout the Winter Season, so that a breakdown "
            "on U3 or U7 can be covered within 90 minutes without a call on the County's "
            "reserve fleet."
        )
    ),
    Para(
        C(
            "Our drivers rest for at least 11 hours in any 24 and we roster them so that no one "
            "driver is first on two Routes on the same night; Kieran Ullock covers U3 and U7 only "
            "as reserve and is stood down from farm work whenever the forecast shows a "
            "marginal night."
        )
    ),
    Signatures(
        "Signed for the County and for the Contractor:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signed", U("J. Merriweather")),
                    ("Name", U("Joanne Merriweather")),
                    ("Position", U("Head of Highways Operations")),
                    ("Date", "19th September 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("H. Gaskarth")),
                    ("Name", N("Helen Gaskarth")),
                    ("Position", "Director"),
                    ("Date", "16th September 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "winter_service_agreement.pdf": DocumentSpec(
        title="Winter service agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Highways winter service — OFFICIAL-SENSITIVE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 9, 19, 11, 30),
        blocks=BLOCKS,
    ),
}
