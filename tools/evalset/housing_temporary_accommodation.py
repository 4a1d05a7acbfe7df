"""Block booking of temporary accommodation, London Borough of Ravensgate with Quayside
Residential Lettings Ltd (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
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

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "housing"
BUYER = "London Borough of Ravensgate"
SUPPLIER = "Quayside Residential Lettings Ltd"
REF = "LBR/TA/BB/2025/009"
SORT, ACCOUNT = "40-18-63", "27705391"
IBAN = uk_iban("MRDL", SORT, ACCOUNT)

META = {
    "id": "housing-temporary-accommodation-ravensgate-2025",
    "title": "Block booking of self-contained temporary accommodation at Wharfside House",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_738_000, "currency": "GBP"},
    "awarded": dt.date(2025, 10, 27),
    "starts": dt.date(2025, 11, 3),
    "ends": dt.date(2027, 11, 2),
    "reference": REF,
    "public_names": ["Tobias Akintola-Reed", "Harriet Swainson"],
    "documents": [{"file": "block-booking-agreement.pdf", "title": "Block booking agreement"}],
}

KEY_DETAILS = (
    ("Agreement number", U(REF)),
    (
        "Council",
        f"{U(BUYER)}, Housing Needs and Homelessness Service, "
        f"{U('Ravensgate Town Hall, Gosling Street, London RV7 2ZQ')}",
    ),
    (
        "Provider",
        f"{U(SUPPLIER)}, company number {U('10288417')}, the freehold owner of the Building",
    ),
    (
        "Building",
        f"{U('Wharfside House')}, 3 Tanner's Reach, London RV3 4QJ: 38 self-contained "
        "studio, one- and two-bedroom flats with a staffed reception",
    ),
    ("Term", "2025-11-03 to 2027-11-02, with one option to extend by 12 months"),
    (
        "Estimated value",
        f"{U('£2,738,000')} for the Term, assuming the Occupancy Guarantee is not exceeded",
    ),
    (
        "Council's Placement Manager",
        f"{U('Harriet Swainson')}, {U('Temporary Accommodation Manager')}",
    ),
    ("Out-of-hours placements", f"Council emergency line {U('020 7946 0100')}"),
)

RATES = (
    ("Studio", "14", P("£61.00"), P("£427.00"), P("£8.50")),
    ("One bedroom", "18", P("£74.50"), P("£521.50"), P("£9.25")),
    ("Two bedroom", "6", P("£92.00"), P("£644.00"), P("£11.00")),
)

PLACEMENTS = (
    (N("RVG/HL/25/04412"), N("K.A. and 2 children"), "1 bed", N("03.11.25")),
    (N("RVG/HL/25/04398"), N("M.T."), "Studio", N("03.11.25")),
    (N("RVG/HL/25/03961"), N("S.O'D. and partner"), "2 bed", N("05.11.25")),
    (N("RVG/HL/25/04420"), N("J.P.-W."), "Studio", N("06.11.25")),
)

BLOCKS = [
    Title("BLOCK BOOKING AGREEMENT"),
    Subtitle("Self-contained temporary accommodation for homeless households"),
    Heading("Key details"),
    Table(("Item", "Detail"), KEY_DETAILS, (0.3, 0.7)),
    Heading("1. Meanings"),
    Definition("Unit", "means one of the flats in the Building listed in the Schedule of Units."),
    Definition(
        "Household",
        "means a person or family placed by the Council in a Unit under "
        "section 188, 190 or 193 of the Housing Act 1996.",
    ),
    Definition(
        "Occupancy Guarantee",
        "means the share of Units the Council pays for each "
        "night whether or not they are occupied, as set in clause 4.3.",
    ),
    Definition(
        "Nightly Rate",
        "means the charge for one Unit for one night set out in "
        "clause 4.1, which includes rent, heating, hot water, electricity, Wi-Fi, "
        "furniture and the reception service.",
    ),
    Heading("2. The booking"),
    Para(
        "2.1 The Provider reserves every Unit for the Council's sole use during the Term and "
        "will not let any Unit to another authority or to the public."
    ),
    Para(
        "2.2 The Council will send a placement notice by email for each Household. The "
        "Provider will have the Unit ready, clean and with keys at reception by 6 pm on the "
        "day of the notice if it is received before 1 pm."
    ),
    Para(
        "2.3 Every Unit must meet the Homelessness (Suitability of Accommodation) (England) "
        "Order 2012, be free of category 1 hazards under the Housing Act 2004 and have a "
        "current gas safety record, electrical installation report and fire risk "
        "assessment."
    ),
    Heading("3. Standards of management"),
    Para(
        f"3.1 The reception is staffed from 8 am to 10 pm every day. The Provider's house "
        f"manager is {N('Mrs Yolanda Ferreira-Banks')}; out of hours the on-call caretaker is "
        f"{N('Dmitri Volkov')}, reachable on {N('07700 900741')}."
    ),
    Para(
        f"3.2 The main entrance and bin store are opened with fobs issued by reception. The "
        f"Council's visiting officers may use the officers' entry code {S('8124*')} on the "
        f"side door keypad and will sign in at reception; the code is changed every three "
        "months and sent to the Council by secure email only."
    ),
    Para(
        f"3.3 The CCTV covering the entrances records to a recorder in the manager's office "
        f"on the network {S('192.168.40.0/24')}; footage is kept for 31 days and released to "
        "the Council on request."
    ),
    Heading("4. Charges"),
    Para(
        "4.1 The Council pays for each Unit by the night at the rates below. Rates are "
        "inclusive of VAT where VAT applies and are fixed for the first 12 months."
    ),
    Table(
        ("Unit type", "Number", "Nightly Rate", "Weekly equivalent", "Service charge / night"),
        RATES,
        (0.24, 0.12, 0.2, 0.24, 0.2),
        right=(1, 2, 3, 4),
    ),
    Para(
        f"4.2 From 2026-11-03 the rates may be increased by agreement, by no more than the "
        f"Consumer Prices Index for the preceding September or {P('2.75 per cent')}, "
        "whichever is lower."
    ),
    Para(
        f"4.3 The Council guarantees payment for {P('85%')} of the Units each night "
        "(the Occupancy Guarantee). Units empty beyond that level are not charged. Where "
        f"occupancy over a calendar month averages above {P('96 %')}, the Provider grants "
        f"a volume rebate of {P('£1.85')} per occupied Unit night."
    ),
    Para(
        f"4.4 A Unit left empty by the Provider for repairs for more than 48 hours is "
        f"charged at nil, and the Provider will pay the Council {P('GBP 120.00')} for each "
        "night the Council has to place the Household elsewhere."
    ),
    Para(
        f"4.5 Damage beyond fair wear and tear is recharged at cost up to {P('£750')} per "
        "Unit per placement, supported by check-in and check-out inventories."
    ),
    Para(
        "4.6 The Provider invoices every four weeks in arrears, listing each Unit and each "
        "night charged; the Council pays within 14 days of a valid invoice."
    ),
    Heading("5. Payment account"),
    Para(
        f"Payments are made by BACS to {SUPPLIER} at Meridale Bank plc, sort code "
        f"{B(SORT)}, account number {B(ACCOUNT)} (IBAN {B(grouped(IBAN))}, BIC "
        f"{B('MRDLGB2L')}). Any change must be confirmed by letter signed by two directors "
        "and verified by the Council by telephone."
    ),
    Heading("6. Households placed at the start of the Term"),
    Para(
        "The first placements under this Agreement are listed by the Council's case "
        "reference and initials only. The Provider must keep this list confidential."
    ),
    Table(
        ("Case reference", "Household", "Unit size", "Placed"), PLACEMENTS, (0.3, 0.34, 0.16, 0.2)
    ),
    Heading("7. Insurance, standing and liability"),
    Para(
        f"7.1 The Provider insures the Building for its full reinstatement value and holds "
        f"property owner's liability insurance of not less than {U('£5,000,000')}. The "
        f"buildings policy is {I('QBL/0992/41187')} and the liability policy is "
        f"{I('POL 7740-21-093')}, each with Lomond & Dee Insurance."
    ),
    Para(
        f"7.2 The Provider's filed accounts for the year to 31 March 2025 show rental income "
        f"of {F('£3.12m')} and net assets of {F('£9.4m')}, secured on a loan of "
        f"{F('£6,050,000')} against the Building."
    ),
    Para(
        f"7.3 Neither party's liability for any year exceeds {U('£1,500,000')}, except for "
        "death or personal injury caused by negligence."
    ),
    Para(
        f"7.4 The Council's Head of Housing Needs, {U('Tobias Akintola-Reed')}, will review "
        "the Agreement with the Provider every six months."
    ),
    Signatures(
        "Signed by the authorised signatories of the parties:",
        (
            Signatory(
                f"For the {BUYER}",
                (
                    ("Name", U("Tobias Akintola-Reed")),
                    ("Role", U("Head of Housing Needs")),
                    ("Date", "27/10/2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Anand Mistry")),
                    ("Role", "Director"),
                    ("Date", "24/10/2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "block-booking-agreement.pdf": DocumentSpec(
        title="Block booking agreement — Wharfside House",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Temporary accommodation — OFFICIAL-SENSITIVE",
        footer=f"Block booking {REF}",
        created=dt.datetime(2025, 10, 27, 15, 0),
        blocks=BLOCKS,
    ),
}
