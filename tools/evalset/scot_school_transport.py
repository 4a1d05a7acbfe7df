"""School and community transport, Glenarrow Council with Strathbeg Coaches Limited (PDF)."""

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

TEMPLATE = "scottish"
BUYER = "Glenarrow Council"
SUPPLIER = "Strathbeg Coaches Limited"
REF = "GC/ETS/2025/031"

META = {
    "id": "scot-school-transport-glenarrow-2025",
    "title": "School and community transport services (Lots 2 and 4) 2025-2029",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_624_800, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 11),
    "starts": dt.date(2025, 8, 18),
    "ends": dt.date(2029, 6, 29),
    "reference": REF,
    "public_names": ["Fiona MacLachlan", "Ewan Strachan"],
    "documents": [{"file": "minute-of-agreement.pdf", "title": "Minute of Agreement"}],
}

ROUTES = (
    ("GS-204", "Kilbrannan Academy (Lochside and Drum)", "53-seat coach", P("£312.00"), "—"),
    ("GS-207", "Kilbrannan Academy (Balmore circuit)", "33-seat midi-coach", P("£248.50"), "—"),
    ("GS-311", "St Modan's Primary School", "16-seat minibus", P("£166.00"), P("£54.00")),
    ("AS-402", "Carrick View School (additional support needs)", "8-seat wheelchair vehicle",
     P("£189.75"), P("£61.50")),
    ("CT-18", "Glen Arrow Dial-a-Bus (Tuesdays and Fridays)", "16-seat low-floor minibus",
     P("£274.00"), "—"),
)  # fmt: skip

DRIVERS = (
    (N("Alistair Munro"), "GS-204", N("1402 6617 3308 2291"), N("07700 900864")),
    (N("Morag Ferguson"), "AS-402", N("1298 0054 7713 6640"), N("07700 900127")),
    (N("Yusuf Demir"), "CT-18", N("1511 3390 2268 0457"), N("07700 900539")),
)

BLOCKS = [
    Title("MINUTE OF AGREEMENT"),
    Subtitle("for the provision of School and Community Transport Services"),
    Para(f"Contract Reference: {U(REF)}", centred=True),
    Para("between", centred=True),
    Para(
        f"{U(BUYER)}, a local authority constituted under the Local Government etc. (Scotland) "
        "Act 1994 and having its principal offices at "
        f"{U('Council Buildings, Kirk Street, Glenarrow, GQ4 1AB')} "
        "(hereinafter referred to as “the Authority”, which expression where the context so "
        "admits includes its Education and Communities Service acting as “the Purchaser”)"
    ),
    Para("and", centred=True),
    Para(
        f"{U(SUPPLIER)}, a company incorporated under the Companies Acts (registered number "
        f"{U('SC512874')}) and having its registered office at Bridgend Depot, Mill Road, "
        "Strathbeg, GQ9 6TW (hereinafter referred to as “the Contractor”)"
    ),
    Heading("WHEREAS"),
    Clause(
        "(A)",
        "The Authority advertised a requirement for school and community transport in four Lots "
        "by contract notice on Public Contracts Scotland, and conducted an open procedure under "
        "the Procurement (Scotland) Regulations 2016;",
    ),
    Clause(
        "(B)",
        "The Contractor's tender for Lots 2 and 4 was the most economically advantageous tender "
        "and the Authority has accepted it; and",
    ),
    Clause(
        "(C)",
        "The parties have agreed to enter into this Minute of Agreement on the terms following.",
    ),
    Heading("NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:"),
    Heading("1. Definitions and interpretation", level=2),
    Definition(
        "Conditions",
        "means the Authority's Conditions of Contract for Passenger Transport Services "
        "(version 4.2, 2024), which are held as incorporated in this Minute of Agreement.",
    ),
    Definition(
        "School Day",
        "means any day on which the relevant school is open to pupils, as notified by the "
        "Purchaser for each academic session.",
    ),
    Definition(
        "Route",
        "means each journey listed in Schedule 1, including the return journey at the end of the "
        "School Day.",
    ),
    Heading("2. Duration and value", level=2),
    Clause(
        "2.1",
        "The Contract commences on 18 August 2025 and expires on 29 June 2029, with an option "
        "for the Authority to extend it for one further academic session.",
    ),
    Clause(
        "2.2",
        f"The estimated total value of the Contract is {U('£1,624,800')}, being about "
        f"{U('£406,200')} each academic session. The Contract is a regulated contract under "
        f"the Procurement Reform (Scotland) Act 2014, whose threshold for services is "
        f"{U('£50,000')}.",
    ),
    Heading("3. Price and payment", level=2),
    Clause(
        "3.1",
        "The Purchaser shall pay the daily rates in Schedule 1 for each School Day on which a "
        "Route is operated. No payment is due for a Route not operated, for whatever reason.",
    ),
    Clause(
        "3.2",
        f"Additional or one-off journeys ordered by the Purchaser are paid at {P('£2.35')} per "
        f"loaded mile, with waiting time at {P('£18.00')} per hour after the first 30 "
        "minutes.",
    ),
    Clause(
        "3.3",
        f"Rates are reviewed on 1 August each year by reference to the CPT Bus and Coach Cost "
        f"Index; any adjustment shall not exceed {P('4.5%')}. The Contractor has offered a "
        f"multi-route discount of {P('3%')} on the Lot 2 daily rates.",
    ),
    Clause(
        "3.4",
        f"Payment is made within 30 days of receipt of a valid monthly invoice, by BACS to the "
        f"Contractor's account with the Caledon Savings Bank, sort code {B('83-27-41')}, "
        f"account number {B('00652198')}.",
    ),
    Heading("4. Vehicles, drivers and escorts", level=2),
    Clause(
        "4.1",
        "Every driver and escort shall be a member of the Protecting Vulnerable Groups Scheme "
        "under the Protection of Vulnerable Groups (Scotland) Act 2007 for regulated work with "
        "children and protected adults before carrying any passenger.",
    ),
    Clause(
        "4.2",
        f"On Route AS-402 the driver collects pupils at Carrick View School through the side gate, "
        f"whose keypad code is {S('2580#')}, and logs each journey in the Authority's Passenger "
        f"Transport Portal under the operator account {S('strathbeg.ops01')}.",
    ),
    Clause(
        "4.3",
        f"Vehicle tracking data is sent every 60 seconds to the Authority's gateway at "
        f"{S('gq-avl-gw02.glenarrow.internal')} ({S('172.16.44.10')}).",
    ),
    Heading("5. Insurance and liability", level=2),
    Clause(
        "5.1",
        f"The Contractor shall maintain motor insurance with unlimited cover for death and "
        f"personal injury, public liability insurance of not less than {U('£5,000,000')} and "
        f"employer's liability insurance of not less than {U('£10,000,000')}.",
    ),
    Clause(
        "5.2",
        f"Current policies: fleet motor {I('FLT/SC/0093317/25')} (excess {I('£1,000')} per "
        f"claim); public and employer's liability certificate {I('ROS 55 2107 8840')}.",
    ),
    Clause(
        "5.3",
        f"The Contractor's aggregate liability under the Contract, other than for death or "
        f"personal injury, is limited to {U('£2,000,000')}.",
    ),
    Heading("6. Financial standing", level=2),
    Clause(
        "6.1",
        f"The Contractor's accounts for the year to 31 March 2025 record turnover of "
        f"{F('£3,420,000')} and net assets of {F('£611,000')}. Its bank has confirmed an "
        f"overdraft facility of {F('£150,000')}.",
    ),
    Heading("7. Law and jurisdiction", level=2),
    Clause(
        "7.1",
        "This Minute of Agreement and the Contract are governed by the Law of Scotland and the "
        "parties prorogate the exclusive jurisdiction of the Scottish Courts.",
    ),
    Heading("Schedule 1: Routes and daily rates"),
    Table(
        ("Route", "School or service", "Vehicle", "Daily rate", "Escort (per day)"),
        ROUTES,
        (0.11, 0.37, 0.22, 0.14, 0.16),
        right=(3, 4),
    ),
    Heading("Schedule 2: Nominated drivers"),
    Table(
        ("Driver", "Route", "PVG Scheme membership no.", "Mobile"),
        DRIVERS,
        (0.25, 0.13, 0.35, 0.27),
    ),
    Para(
        f"Contractor's transport manager: {N('Mr Craig Imrie')}, "
        f"{N('craig.imrie@strathbeg-coaches.example')}. Authority contact: {U('Ewan Strachan')}, "
        f"{U('Passenger Transport Manager')}, telephone {U('01632 960100')} (Council switchboard)."
    ),
    Heading("Schedule 3: Contractor's method statement — Commercial in Confidence"),
    Para(
        C(
            "Strathbeg will base the Lot 2 vehicles at its Bridgend depot and keep one spare "
            "53-seat coach and one spare minibus on stand-by each School Day, with a relief "
            "driver on call from 07:00 so that a failed vehicle is replaced within 40 minutes."
        )
    ),
    Para(
        C(
            "For the additional support needs Route we will keep the same driver and escort "
            "through the session, introduce them to each family before the first journey, and "
            "use a second named pair trained in the pupils' care plans for absences."
        )
    ),
    Signatures(
        "IN WITNESS WHEREOF these presents consisting of this and the preceding pages are "
        "executed as follows:",
        (
            Signatory(
                f"Subscribed for and on behalf of {BUYER}",
                (
                    ("at", "Glenarrow"),
                    ("on", "11 June 2025"),
                    ("by", U("Fiona MacLachlan")),
                    ("Designation", U("Executive Director of Education and Communities")),
                    ("before this witness", N("Siobhan Keir")),
                    ("Witness address", N("14 Birch Terrace, Glenarrow, GQ4 3HS")),
                ),
            ),
            Signatory(
                f"Subscribed for and on behalf of {SUPPLIER}",
                (
                    ("at", "Strathbeg"),
                    ("on", "9 June 2025"),
                    ("by", N("Hector Sinclair")),
                    ("Designation", "Director"),
                    ("before this witness", N("Rhona Baillie")),
                    ("Witness address", N("3 Ferry Brae, Strathbeg, GQ9 2LP")),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "minute-of-agreement.pdf": DocumentSpec(
        title="Minute of Agreement: school and community transport",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Education and Communities — School and Community Transport",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 11, 12, 0),
        blocks=BLOCKS,
    ),
}
