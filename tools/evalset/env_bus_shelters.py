"""Bus shelter advertising concession, Quayhampton City Council with Kerbline Outdoor Media
Ltd: concession fee, revenue share, the operator's turnover and profit, named engineers and the
digital screen network (PDF)."""

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

TEMPLATE = "environment"
BUYER = "Quayhampton City Council"
SUPPLIER = "Kerbline Outdoor Media Ltd"
REF = "QCC/TRANS/BSA/2026"

META = {
    "id": "env-bus-shelters-quayhampton-2026",
    "title": "Bus shelter provision, maintenance and advertising concession",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 5_320_000, "currency": "GBP"},
    "awarded": dt.date(2026, 6, 24),
    "starts": dt.date(2026, 8, 1),
    "ends": dt.date(2036, 7, 31),
    "reference": REF,
    "public_names": ["Yvonne Castellano", "Declan Ashworth-Reid"],
    "documents": [{"file": "bus_shelter_concession.pdf",
                   "title": "Bus shelter advertising concession agreement"}],
}  # fmt: skip

KEY = (
    ("Concession", f"Bus shelter provision, maintenance and advertising, reference {U(REF)}"),
    ("Grantor", f"{U(BUYER)}, {U('Harbour House, Quay Street, Quayhampton, QH1 6BX')}"),
    ("Operator", f"{U(SUPPLIER)} (registered number {U('10458832')}), 5th Floor, "
                 "Lantern Court, Quayhampton, QH4 2JR"),
    ("Shelter Estate", f"{U('612 shelters')}, of which {U('148')} carry 84-inch digital "
                       "advertising screens by the end of Concession Year 2"),
    ("Concession Period", "Ten years from 01.08.26"),
    ("Estimated Concession Value", f"{U('£5,320,000')} payable to the Grantor over the "
                                   "Concession Period"),
    ("Grantor's Representative", f"{U('Declan Ashworth-Reid')}, "
                                 f"{U('Passenger Transport Infrastructure Manager')}"),
    ("Planning", "Advertisement consent under the Town and Country Planning (Control of "
                 "Advertisements) (England) Regulations 2007 is the Operator's responsibility"),
)  # fmt: skip

SHARE = (
    ("Up to " + P("£1.6m"), P("20%"), P("80%")),
    (P("£1.6m") + " to " + P("£2.4m"), P("27.5%"), P("72.5%")),
    ("Over " + P("£2.4m"), P("35%"), P("65%")),
)  # fmt: skip

FINANCE = (
    (U("Turnover"), F("£74.2m"), F("£68.9m")),
    (U("Gross profit"), F("£31.6m"), F("£28.4m")),
    (U("Operating profit"), F("£6.83m"), F("£5.12m")),
    (U("Profit before tax"), F("£5.47m"), F("£3.96m")),
    (U("Net assets"), F("£19.3m"), F("£16.1m")),
)  # fmt: skip

ENGINEERS = (
    ("North and Harbour", N("Ravi Chaudhry"), N("07700 900913"), "Digital screens, glazing"),
    ("City Centre", N("Kerry-Ann Blackwood"), N("07700 900916"), "Electrical (18th Edition)"),
    ("South and Airport Road", N("Lukas Brandt"), N("07700 900918"), "Glazing, structures"),
)  # fmt: skip

BLOCKS = [
    Title("Bus Shelter Advertising Concession Agreement"),
    Subtitle(f"between {BUYER} and {SUPPLIER}"),
    Para("BACKGROUND", bold=True),
    Clause(
        "(A)",
        "The Grantor is the highway authority for the City and owns the bus shelters "
        "on the public highway within it.",
    ),
    Clause(
        "(B)",
        "Following a competitive procedure under the Concessions Contracts "
        "Regulations 2016, the Grantor has granted the Operator the exclusive right to sell "
        "advertising on the shelters, in return for which the Operator renews, cleans and "
        "maintains them and pays the Grantor the sums in Schedule 2.",
    ),
    Heading("Key Details"),
    Table(("Item", "Detail"), KEY, (0.3, 0.7)),
    Heading("1. Definitions"),
    Definition(
        "Advertising Revenue",
        "means all sums received by the Operator or its "
        "affiliates for the display of advertising on the Shelter Estate, before agency "
        "commission, net of VAT.",
    ),
    Definition("Concession Year", "means each year from 1 August."),
    Definition(
        "Minimum Guaranteed Fee", "means the fixed annual sum in paragraph 1 of Schedule 2."
    ),
    Heading("2. The Operator's obligations"),
    Clause(
        "2.1",
        "The Operator shall replace 300 shelters with its own design in Concession "
        "Years 1 and 2, keep every shelter clean, lit and safe, and clear glass breakages "
        "within 4 hours in the City Centre and within 24 hours elsewhere.",
    ),
    Clause(
        "2.2",
        "At least 10 per cent of each digital screen's display time is reserved, "
        "free of charge, for the Grantor's public information and real-time bus "
        "messages.",
    ),
    Clause(
        "2.3",
        f"The digital screens are controlled from the Operator's content management "
        f"system, {U('Kerbline Canvas 3.1')}. The Grantor's transport team publishes "
        f"messages through the account {S('qcc_transport_msgs')}; emergency messages are "
        f"pushed from the Grantor's control room to the screens' gateway at "
        f"{S('203.0.113.44')} over the VPN endpoint {S('vpn-qcc.kerbline.example')}.",
    ),
    Clause(
        "2.4",
        f"Each screen's cabinet is locked with a {S('QH-TK7')} pattern key; the "
        f"master cabinet override PIN {S('490217')} is known only to the engineers named in "
        "Schedule 3.",
    ),
    Heading("3. Insurance, bond and liability"),
    Clause(
        "3.1",
        f"The Operator shall insure against third-party liability for "
        f"{U('not less than £10,000,000')} each occurrence. Its current policy is "
        f"{I('HX 40 2291 8806')} with Hartwell Excess Syndicate, annual premium "
        f"{I('£46,380')}.",
    ),
    Clause(
        "3.2",
        f"The Operator shall provide a performance bond of {F('£750,000')} from an "
        "approved surety, reducing by half once the shelter replacement programme is "
        "complete.",
    ),
    Clause(
        "3.3",
        f"Each party's aggregate liability in any Concession Year is limited to "
        f"{U('£3,000,000')}, except for the Operator's obligation to pay the sums due "
        "under Schedule 2.",
    ),
    Heading("Schedule 2 — Financial Terms"),
    Clause(
        "1.",
        f"The Operator shall pay the Grantor a Minimum Guaranteed Fee of "
        f"{P('£412,000')} in each Concession Year, in four equal instalments in advance. "
        f"In Concession Year 1 only the fee is reduced to {P('£ 206,000')} to reflect the "
        "replacement programme.",
    ),
    Clause(
        "2.",
        "In addition, the Grantor receives a share of Advertising Revenue in each "
        "Concession Year, calculated on each slice of revenue at the rate for that slice; "
        "the Minimum Guaranteed Fee is credited against the Grantor's share.",
    ),
    Table(
        (
            "Advertising Revenue in the Concession Year, split into the following slices",
            "Grantor's share",
            "Operator's share",
        ),
        SHARE,
        (0.5, 0.25, 0.25),
        right=(1, 2),
    ),
    Clause(
        "3.",
        f"A new shelter requested by the Grantor outside the replacement programme "
        f"is installed at {P('£8,950 per shelter')} (unlit) or {P('£12,400')} (lit with "
        f"screen). Removal of a shelter is charged at {P('GBP 1,150.00')}.",
    ),
    Clause(
        "4.",
        f"The Operator pays the Grantor {P('£36.00')} for each day, or part of a day, "
        "by which it misses the glass breakage response times, up to a limit of "
        f"{P('£25,000')} a year.",
    ),
    Clause(
        "5.",
        f"Sums owed by the Operator that are unpaid after 30 days carry interest at "
        "4 % above the Bank of England base rate. Refunds due to the Operator are "
        f"paid to its account at Tidewater Commercial Bank, sort code {B('30-55-81')}, "
        f"account {B('24417093')}.",
    ),
    Heading("Schedule 3 — Maintenance Engineers"),
    Para(
        "The Operator's shelter engineers responsible for each area of the City, who will "
        "attend Grantor inspections when asked:"
    ),
    Table(("Area", "Engineer", "Mobile", "Trades"), ENGINEERS, (0.28, 0.26, 0.2, 0.26)),
    Para(
        f"The engineering team is managed by {N('Mr Frank Odubanjo')}, Maintenance Manager "
        f"({N('frank.odubanjo@kerbline.example')}), and out of hours by the duty engineer on "
        f"{N('020 7946 0583')}."
    ),
    Heading("Schedule 4 — Operator's Financial Standing"),
    Para(
        "The Operator's audited accounts for the two years before the tender deadline show "
        "the following (group figures, £):"
    ),
    Table(
        ("", "Year ended 31 March 2025", "Year ended 31 March 2024"),
        FINANCE,
        (0.4, 0.3, 0.3),
        right=(1, 2),
    ),
    Para(
        f"Its credit reference agency score at tender was {F('87 out of 100')} and it has an "
        f"undrawn revolving facility of {F('£12 million')}."
    ),
    Heading("Schedule 5 — Operator's Sales Plan (Commercial in Confidence)"),
    Para(
        C(
            "We will sell the 148 digital screens as a single city network in six-slot loops, "
            "priced at a premium to our regional panels, and expect 60 per cent of digital "
            "revenue to come from national brands through our London sales house within two "
            "years."
        )
    ),
    Para(
        C(
            "Classic paper panels in the outer areas will be offered first to local businesses "
            "and charities at a fixed monthly rate, with a 25 per cent rebate for three-month "
            "bookings, to keep occupancy above 80 per cent."
        )
    ),
    Signatures(
        "This Agreement is signed by the parties on the dates below.",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signed", U("Y. Castellano")),
                    ("Name", U("Yvonne Castellano")),
                    ("Position", U("Strategic Director of Place")),
                    ("Date", "24.06.26"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signed", N("S. Whitcombe")),
                    ("Name", N("Sienna Whitcombe")),
                    ("Position", "Chief Operating Officer"),
                    ("Date", "20.06.26"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "bus_shelter_concession.pdf": DocumentSpec(
        title="Bus shelter advertising concession agreement",
        subject=f"Concession {REF}",
        header=f"{BUYER} — Bus shelter advertising concession — OFFICIAL-SENSITIVE",
        footer=f"Concession {REF}",
        created=dt.datetime(2026, 6, 24, 15, 20),
        blocks=BLOCKS,
    ),
}
