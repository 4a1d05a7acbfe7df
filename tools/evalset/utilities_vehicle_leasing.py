"""Contract hire of fleet vehicles, Corringham Fen District Council with Meridian Fleet Contract
Hire Ltd: master hire agreement (PDF) and vehicle rental schedule (DOCX)."""

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

from evalset.marks import B, F, I, N, P, S, U, uk_iban

TEMPLATE = "utilities"
BUYER = "Corringham Fen District Council"
SUPPLIER = "Meridian Fleet Contract Hire Ltd"
REF = "CFDC/FLT/2026/004"
SORT, ACCOUNT = "09-44-27", "61735048"
IBAN = uk_iban("ASHW", SORT, ACCOUNT)

META = {
    "id": "utilities-vehicle-leasing-corringham-2026",
    "title": "Contract hire and maintenance of fleet vehicles",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_364_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 12),
    "starts": dt.date(2026, 2, 2),
    "ends": dt.date(2030, 2, 1),
    "reference": REF,
    "public_names": ["Bernadette Okonjo", "Lewis Carradine"],
    "documents": [
        {"file": "master-hire-agreement.pdf", "title": "Master contract hire agreement"},
        {"file": "rental-schedule.docx", "title": "Vehicle rental schedule"},
    ],
}

KEY = (
    ("Agreement reference", U(REF)),
    (
        "The Owner",
        f"{U(SUPPLIER)} (company number {U('04471906')}), Unit 9, Lockgate Business "
        "Park, Stannery, SX3 8LP",
    ),
    ("The Hirer", f"{U(BUYER)}, {U('Fen House, Market Causeway, Corringham, CF2 4RN')}"),
    ("Framework", f"{U('Eastern Shires Fleet Solutions Framework')}, Lot 1 (cars and LCVs)"),
    ("Agreement period", "2026-02-02 to 2030-02-01; each Vehicle on hire for its own Hire Period"),
    ("Estimated value", f"{U('£2,364,000')} including maintenance, excluding VAT"),
    ("Hirer's Fleet Manager", f"{U('Lewis Carradine')}, {U('Fleet and Transport Manager')}"),
)

BLOCKS = [
    Title("MASTER CONTRACT HIRE AGREEMENT"),
    Subtitle("Cars and light commercial vehicles — with maintenance"),
    Heading("Key details"),
    Table(("Item", "Details"), KEY, (0.3, 0.7)),
    Heading("1. Interpretation"),
    Definition(
        "Vehicle",
        "means each vehicle described in a Rental Schedule, with its "
        "equipment, conversion and livery.",
    ),
    Definition(
        "Contract Mileage",
        "means the total mileage stated for a Vehicle in its Rental "
        "Schedule for the whole Hire Period.",
    ),
    Definition(
        "Fair Wear and Tear",
        "means deterioration judged against the BVRLA Fair Wear "
        "and Tear Guide current at the Vehicle's return.",
    ),
    Heading("2. Hire"),
    Clause(
        "2.1",
        "The Owner lets and the Hirer takes each Vehicle on contract hire for its "
        "Hire Period. Title stays with the Owner at all times; the Hirer shall not sell, "
        "charge or sub-hire a Vehicle.",
    ),
    Clause(
        "2.2",
        "A Rental Schedule signed by both parties forms a separate contract for the "
        "Vehicles it lists, on the terms of this Agreement.",
    ),
    Heading("3. Rentals and charges"),
    Clause(
        "3.1",
        "The Hirer pays the monthly rental for each Vehicle in advance on the 1st of "
        "each month, the first rental being apportioned by days.",
    ),
    Clause(
        "3.2",
        "When a Vehicle is returned, mileage above its Contract Mileage is charged at "
        "the excess mileage rate in the Rental Schedule; mileage below it by more than "
        "5,000 miles is refunded at half that rate.",
    ),
    Clause(
        "3.2.1",
        f"The Owner waives excess mileage of up to {P('1,500')} miles a Vehicle "
        "where the Hirer's fleet as a whole is within its total Contract Mileage.",
        level=2,
    ),
    Clause(
        "3.3",
        f"Late return is charged at {P('1/30th')} of the monthly rental per day. An "
        f"administration fee of ninety-five pounds ({P('£95')}) applies to each penalty "
        "charge notice the Owner re-addresses to the Hirer.",
    ),
    Clause(
        "3.4",
        f"If the Hirer ends the hire of a Vehicle early, the termination sum is "
        f"{P('50 per cent')} of the rentals remaining, less a rebate of "
        f"{P('one and a half per cent (1.5%)')} for each month already completed.",
    ),
    Clause(
        "3.5",
        "Rentals are fixed for each Hire Period, except that the finance element may "
        "be varied once, before delivery, by the movement in the five-year swap rate.",
    ),
    Heading("4. Maintenance, tyres and replacement vehicles"),
    Clause(
        "4.1",
        "The maintenance rental covers servicing, repairs from wear and tear, tyres, "
        "MOT testing, breakdown recovery and road fund licence.",
    ),
    Clause(
        "4.2",
        "The Owner supplies a replacement vehicle of similar type if a Vehicle is off "
        "the road for more than 48 hours, to the Hirer's depot at Moss Lane, Corringham.",
    ),
    Clause(
        "4.3",
        f"Out of hours, Vehicles for repair may be left at Moss Lane depot with keys in "
        f"the key safe by the gatehouse (code {S('2907#')}); the Owner's recovery agents "
        f"use the gate fob code {S('C4-8816')}.",
    ),
    Clause(
        "4.4",
        f"Vehicles are fitted with the Owner's {U('FleetSight 4')} telematics. The "
        f"Hirer's transport office logs into the telematics portal as {S('cfdc.fleetops')} "
        f"and receives daily exports from {S('telematics-api.meridianfleet.example')}.",
    ),
    Heading("5. Insurance and risk"),
    Clause(
        "5.1",
        f"The Hirer insures every Vehicle fully comprehensively under its fleet policy "
        f"with Oakridge County Insurance, policy {I('OCI-MF-22918/26')}, noting the Owner's "
        f"interest; the policy excess of {I('£750')} for each claim is the Hirer's.",
    ),
    Clause(
        "5.2",
        f"The Owner holds contingent motor and public liability insurance of not less "
        f"than {U('£5,000,000')} with Wexcombe Underwriting Ltd under certificate "
        f"{I('WU/CML/0044817')}.",
    ),
    Heading("6. Payment"),
    Clause(
        "6.1",
        f"Rentals are collected by Direct Debit, or paid by BACS into the Owner's "
        f"account with Ashwell and Dene Bank: account name Meridian Fleet Contract Hire Ltd, "
        f"sort code {B(SORT)}, account number {B(ACCOUNT)}, IBAN {B(IBAN)}.",
    ),
    Heading("7. Financial standing of the Owner"),
    Clause(
        "7.1",
        f"The Owner's obligations are supported by a guarantee of "
        f"{F('£1,250,000')} from Meridian Mobility Group plc. The Owner's accounts for 2024 "
        f"show turnover of {F('£188,420,000')}, profit before tax of {F('£9,760,000')} and a "
        f"fleet funding facility of {F('£350m')}, of which {F('£271m')} was drawn.",
    ),
    Heading("8. Contacts and liability"),
    Clause(
        "8.1",
        f"The Owner's account manager is {N('Sophie Marchetti-Lowe')} ("
        f"{N('sophie.marchetti-lowe@meridianfleet.example')}, {N('07700 900784')}); "
        f"driver queries go to {N('Aaron Pilkington')} on {N('020 7946 0382')}.",
    ),
    Clause(
        "8.2",
        f"The Owner's liability under this Agreement is limited to "
        f"{U('£2,000,000')} in aggregate, save for death or personal injury caused by "
        "negligence.",
    ),
    Signatures(
        "Signed on behalf of the Owner and the Hirer.",
        (
            Signatory(
                "The Hirer",
                (
                    ("Signature", U("B. Okonjo")),
                    ("Name", U("Bernadette Okonjo")),
                    ("Title", U("Head of Environment")),
                    ("Date", "12 January 2026"),
                ),
            ),
            Signatory(
                "The Owner",
                (
                    ("Signature", N("T. Vandermeer")),
                    ("Name", N("Tobias Vandermeer")),
                    ("Title", U("Sales Director")),
                    ("Date", "9 January 2026"),
                ),
            ),
        ),
    ),
]

RENTALS = (
    ("Small hatchback, Aster Civa 1.0 EV", "48", "40,000", "14", P("£246.18"), P("£38.40"),
     P("£284.58"), P("6.2p")),
    ("Small van, Kadett Porta L1 (electric)", "48", "60,000", "22", P("£318.75"), P("£51.20"),
     P("£369.95"), P("7.4p")),
    ("Medium van, Kadett Transit L2 H2 diesel", "48", "80,000", "18", P("£362.40"), P("£66.85"),
     P("£429.25"), P("8.9p")),
    ("Tipper, Norrland 3.5t single cab", "60", "75,000", "9", P("£498.10"), P("£92.30"),
     P("£590.40"), P("11.6p")),
    ("Welfare minibus, Kadett 9-seat (WAV)", "60", "100,000", "4", P("£611.00"), P("£104.75"),
     P("£715.75"), P("12.3p")),
)  # fmt: skip

OPTIONS = (
    ("Ply-lining and racking (small van)", P("£ 9.80")),
    ("Beacon bar and chevrons", P("£ 6.45")),
    ("Tow bar and electrics (tipper)", P("£ 4.10")),
    ("Additional telematics camera", P("£ 7.25")),
)

SCHEDULE = [
    Title("RENTAL SCHEDULE No. 1"),
    Para(
        f"Issued under Master Contract Hire Agreement {U(REF)} between {U(SUPPLIER)} "
        f"(the Owner) and {U(BUYER)} (the Hirer)."
    ),
    Heading("Part 1: Vehicles and monthly rentals"),
    Para(
        "All rentals are per Vehicle per month, excluding VAT; the excess mileage rate is in "
        "pence per mile."
    ),
    Table(
        (
            "Vehicle model",
            "Months",
            "Contract miles",
            "Qty",
            "Finance rental",
            "Maint. rental",
            "Total monthly rental",
            "Excess p/mile",
        ),
        RENTALS,
        (0.24, 0.08, 0.11, 0.06, 0.13, 0.13, 0.13, 0.12),
        right=(1, 2, 3, 4, 5, 6, 7),
    ),
    Heading("Part 2: Optional equipment"),
    Table(
        (
            "The following optional items are added to the rental of the Vehicles fitted with them",
            "Monthly, per Vehicle",
        ),
        OPTIONS,
        (0.7, 0.3),
        right=(1,),
    ),
    Heading("Part 3: Delivery"),
    Para(
        "Vehicles are delivered to Moss Lane Depot, Corringham, in two batches: the cars and "
        "small vans by 02.03.26 and the remaining Vehicles by 01.05.26. On-road charges, "
        "first registration fee and delivery are included in the rentals."
    ),
    Para(
        f"Delivery is co-ordinated for the Owner by {N('Nadia Abara')} "
        f"({N('n.abara@meridianfleet.example')}) and for the Hirer by the Fleet and "
        f"Transport Manager, {U('Lewis Carradine')}."
    ),
    Para(
        "The Owner's annual fleet review will test whether four further small vans can be "
        f"added at the Part 1 rentals with a volume discount of {P('2.5 %')}."
    ),
]

DOCUMENTS = {
    "master-hire-agreement.pdf": DocumentSpec(
        title="Master contract hire agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} and {SUPPLIER} — Master Contract Hire Agreement",
        footer=f"Ref. {REF}",
        created=dt.datetime(2026, 1, 12, 14, 0),
        blocks=BLOCKS,
    ),
    "rental-schedule.docx": DocumentSpec(
        title="Vehicle rental schedule",
        subject=f"Rental Schedule 1 to {REF}",
        header=f"Rental Schedule No. 1 — {REF}",
        footer=f"{SUPPLIER} — Commercial in confidence",
        created=dt.datetime(2026, 1, 12, 14, 5),
        blocks=SCHEDULE,
    ),
}
