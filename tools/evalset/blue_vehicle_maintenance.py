"""Fleet maintenance of fire appliances for Oxendale and Wharfmoor Fire and Rescue Authority by
Tallis Heavy Fleet Engineering Ltd, with labour rates per hour, parts mark-up, the workshop key
safe and named technicians (PDF)."""

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

TEMPLATE = "bluelight"
BUYER = "Oxendale and Wharfmoor Fire and Rescue Authority"
SUPPLIER = "Tallis Heavy Fleet Engineering Ltd"
REF = "OWFRA/FLT/2026/07"
SORT, ACCOUNT = "23-61-48", "40917352"
IBAN = uk_iban("MRSH", SORT, ACCOUNT)
HQ = "Fire Service Headquarters, Cardew Road, Oxendale, OW2 8FX"
LGPS = "Local Government Pension Scheme"

META = {
    "id": "blue-fleet-maintenance-oxendale-2026",
    "title": "Maintenance, repair and testing of fire appliances and specialist vehicles 2026-2030",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 3_275_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 16),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2030, 3, 31),
    "reference": REF,
    "public_names": ["Group Manager Dominic Fairweather", "Alison Threlkeld"],
    "documents": [{"file": "fleet-maintenance-contract.pdf", "title": "Services contract"}],
}

RATES = (
    ("Master Technician (HGV / pump and aerial)", P("GBP 71.40"), P("GBP 89.25"),
     P("GBP 118.60")),
    ("Vehicle Technician (HGV and light fleet)", P("GBP 63.90"), P("GBP 79.90"),
     P("GBP 106.35")),
)  # fmt: skip

FIXED = (
    ("Annual service and inspection, Type B rescue pump", "42", P("£1,485.00")),
    ("Annual service, aerial ladder platform (incl. LOLER exam)", "4", P("£3,960.00")),
    ("Annual service, light fleet car or van", "118", P("£245.00")),
    ("Pump test and certification (EN 1028)", "46", P("£420.00")),
)  # fmt: skip

BLOCKS = [
    Title("SERVICES CONTRACT"),
    Subtitle(
        "Maintenance, repair and statutory testing of fire appliances, aerial appliances "
        "and the light fleet"
    ),
    Table(
        ("Section 1: Contract Particulars", ""),
        (
            ("Contract reference", U(REF)),
            ("The Authority", f"{U(BUYER)}, {U(HQ)}"),
            (
                "The Contractor",
                f"{U(SUPPLIER)}, registered in England and Wales no. "
                f"{U('04481207')}, of Unit 9 Mortlake Way, Sandby Cross, OW14 3DN",
            ),
            ("Term", "2026-04-01 to 2030-03-31, with an Option to extend by up to 24 months"),
            ("Total estimated value", f"{U('£3,275,000')} (ex. VAT) over the Term"),
            (
                "Authority's Representative",
                f"{U('Group Manager Dominic Fairweather')}, {U('Head of Fleet and Equipment')}",
            ),
            (
                "Workshop",
                f"{U('Cardew Road Central Workshop')}, Oxendale (Authority premises "
                "licensed to the Contractor)",
            ),
            ("Authority's general enquiries", U("01632 960100")),
        ),
        (0.3, 0.7),
    ),
    Heading("Section 2: Conditions"),
    Heading("1. Definitions and interpretation", level=2),
    Clause(
        "1.1",
        "In this Contract “Appliance” means any fire appliance, aerial appliance, "
        "incident support unit or specialist rescue vehicle on the Fleet List; “Fleet List” "
        "means the Authority's list of vehicles kept in Fleetwave Release 9.2 and issued "
        "to the Contractor each quarter; and “VOR” means an Appliance that is off the road.",
    ),
    Heading("2. The Works", level=2),
    Clause(
        "2.1",
        "The Contractor shall carry out planned preventative maintenance, defect "
        "repairs, breakdown recovery and statutory testing of the Fleet in accordance with "
        "the Specification and the manufacturers' schedules.",
    ),
    Clause(
        "2.2",
        "Availability. The Contractor shall return a front-line rescue pump that is "
        "VOR for a Category 1 defect to service within 24 hours, and shall keep the number "
        "of front-line pumps VOR at any time to no more than three.",
    ),
    Clause(
        "2.2.1",
        "Where a pump remains VOR beyond 24 hours for a reason within the "
        f"Contractor's control, the Contractor shall credit the Authority {P('£ 350')} for "
        f"each further day, and {P('£ 600')} a day for an aerial ladder platform.",
        level=2,
    ),
    Clause(
        "2.2.2",
        "Service credits in any quarter shall not exceed "
        f"{P('seven and a half per cent (7.5%)')} of the charges invoiced in that quarter.",
        level=2,
    ),
    Heading("3. Price", level=2),
    Clause(
        "3.1",
        "Planned work is paid at the fixed prices in Table B. Unplanned work is "
        "paid at the labour rates in Table A for the time recorded on the job card, "
        "capped at the manufacturer's standard time where one exists.",
    ),
    Clause(
        "3.2",
        "Parts and materials. Genuine and approved parts are charged at the "
        f"Contractor's net invoiced cost plus a mark-up of {P('11.5 %')}; tyres at net "
        f"cost plus {P('6 %')}; oils, lubricants and consumables at a flat "
        f"{P('£18.50')} per job card. No mark-up is payable on sub-contracted "
        "specialist work above £2,500, which is charged at cost plus a handling fee of "
        f"{P('4%')}.",
    ),
    Clause(
        "3.3",
        "Indexation. From 1 April 2027 labour rates may be increased annually by no "
        f"more than the change in the ONS index of average weekly earnings, capped at "
        f"{P('3.5 %')}.",
    ),
    Para(
        "Table A. Hourly labour rates, per hour, excluding VAT, which apply to unplanned work "
        "by time band",
        bold=True,
    ),
    Table(
        (
            "Grade",
            "Weekday 07:00-18:00",
            "Weekday evening and Saturday",
            "Sunday and bank holiday",
        ),
        RATES,
        (0.4, 0.2, 0.2, 0.2),
        right=(1, 2, 3),
    ),
    Para(
        "Table B. Fixed prices for planned work (annual quantities are estimates only)", bold=True
    ),
    Table(
        ("Item", "Est. qty / yr", "Price each (£, ex VAT)"),
        FIXED,
        (0.6, 0.15, 0.25),
        right=(1, 2),
    ),
    Para(
        f"Breakdown attendance at a fire station or incident ground is charged at "
        f"{P('£95.00')} (ex. VAT) per call-out plus labour. Recovery of an Appliance of "
        "over 18 tonnes is arranged through the Authority's own recovery contract."
    ),
    Heading("4. The workshop and Authority premises", level=2),
    Clause(
        "4.1",
        "The Authority licenses the Contractor to use the Central Workshop for the "
        "Term. The Contractor shall keep it secure and shall not allow access to anyone who "
        "has not been inducted.",
    ),
    Clause(
        "4.2",
        f"Out-of-hours keys for Appliances are held in the key safe by the wash bay "
        f"door, code {S('2604')}; the workshop intruder alarm is set and unset with code "
        f"{S('8190 then ENT')}. The Authority changes both codes every six months and on "
        "any change of Contractor staff.",
    ),
    Clause(
        "4.3",
        f"The Contractor's diagnostic laptops connect to the Authority's workshop "
        f"network on SSID {S('OWFRA-WSHOP-DIAG')} with key {S('Turntable!Ladder42')}, and "
        f"upload job cards to Fleetwave at {S('fleet-app01.owfra.internal')} using account "
        f"{S('tallis_jobcards')}.",
    ),
    Heading("5. The Contractor's people", level=2),
    Clause(
        "5.1",
        "The Contractor shall base the following named technicians at the Central "
        "Workshop, and shall not replace any of them without the Authority's consent, "
        "which shall not be unreasonably withheld:",
    ),
    Table(
        ("Name", "Role", "Base"),
        (
            (N("Wayne Cottrill"), "Workshop Supervisor", "Central Workshop"),
            (N("Aisha Mahmood"), "Master Technician", "Central Workshop"),
            (
                N("Pieter van Rooyen"),
                "Vehicle Technician (aerials)",
                "Central Workshop and mobile unit",
            ),
        ),
        (0.36, 0.34, 0.3),
    ),
    Clause(
        "5.2",
        f"The Contractor's account manager is {N('Lorna Skelwith')} "
        f"({N('lorna.skelwith@tallisfleet.example')}), who shall attend the monthly "
        "performance meeting chaired by the Authority's Representative. Out of hours, "
        f"stations call the Workshop Supervisor on {N('07700 900132')}.",
    ),
    Clause(
        "5.3",
        "One of the Authority's workshop employees transfers to the Contractor under "
        f"TUPE on 1 April 2026: {N('Neil Hargreaves')}, vehicle technician, employed since "
        f"{N('3rd March 2009')}, basic pay {N('£36,420')} p.a., member of the {N(LGPS)}. "
        "The Authority has given the Contractor the employee liability information required "
        "by regulation 11 of the Transfer of Undertakings (Protection of Employment) "
        "Regulations 2006.",
    ),
    Heading("6. Insurance, security and liability", level=2),
    Clause(
        "6.1",
        "The Contractor shall hold motor trade road risks and premises insurance "
        f"covering Appliances in its care for not less than {U('£1,500,000')} any one "
        f"vehicle, under policy {I('MTR-0093317-26')} (excess {I('£1,000')}), and public "
        f"liability of not less than {U('£10,000,000')}, certificate "
        f"{I('PL/22/448916/TH')}.",
    ),
    Clause(
        "6.2",
        f"The Contractor shall provide a performance bond of {F('£250,000')} from an "
        "approved surety within 28 days of the Commencement Date. The Authority relied at "
        f"tender on the Contractor's net assets of {F('£3.1 million')} and an overdraft "
        f"facility of {F('£400,000')}.",
    ),
    Clause(
        "6.3",
        "The Contractor's aggregate liability for damage to Appliances is not limited. "
        f"Its liability for other losses is limited to {U('£1,000,000')} in each Contract "
        "Year.",
    ),
    Heading("7. Payment", level=2),
    Clause(
        "7.1",
        "The Contractor shall invoice monthly in arrears with job card references. "
        f"Payment is by BACS within 30 days to Marshfield Bank, sort code {B(SORT)}, "
        f"account number {B(ACCOUNT)} (IBAN {B(grouped(IBAN))}).",
    ),
    Heading("Section 3: Contractor's proposals (Commercial in Confidence)"),
    Para(
        C(
            "We will run a two-shift pattern in the Central Workshop from 06:30 to 22:00 on "
            "weekdays, so that pumps booked in for annual service can be turned round in a "
            "single day and returned to station before the night watch."
        )
    ),
    Para(
        C(
            "Our price assumes that the Authority continues to buy chassis parts through its "
            "own framework account with the chassis manufacturer; we apply our mark-up only to "
            "parts we source, and we will open our parts invoices to audit each quarter."
        )
    ),
    Signatures(
        "Executed as a contract by the parties on 16th January 2026",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signed", U("A. Threlkeld")),
                    ("Name", U("Alison Threlkeld")),
                    ("Title", U("Director of Corporate Services")),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("G. Tallis")),
                    ("Name", N("Gareth Tallis")),
                    ("Title", "Managing Director"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "fleet-maintenance-contract.pdf": DocumentSpec(
        title="Fleet maintenance services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Fleet maintenance — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 1, 16, 14, 0),
        blocks=BLOCKS,
    ),
}
