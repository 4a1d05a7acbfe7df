"""Home-to-school transport, Dyffryn Teg County Council with Teithiau Glan Aled Cyf: contract
particulars, route schedule and operator's undertakings (DOCX)."""

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

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "devolved"
BUYER = "Dyffryn Teg County Council"
SUPPLIER = "Teithiau Glan Aled Cyf"
REF = "DTCC/LT/2025/117"
SORT, ACCOUNT = "51-07-82", "39264105"
IBAN = uk_iban("CAMB", SORT, ACCOUNT)

META = {
    "id": "wales-school-transport-2025",
    "title": "Home-to-school transport, Bro Aled routes",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_163_940, "currency": "GBP"},
    "awarded": dt.date(2025, 7, 14),
    "starts": dt.date(2025, 9, 1),
    "ends": dt.date(2028, 7, 31),
    "reference": REF,
    "public_names": ["Elin Prydderch", "Geraint Morgan-Hughes"],
    "documents": [{"file": "contract.docx", "title": "Contract particulars and route schedule"}],
}

PARTICULARS = (
    ("1. Contract reference", U(REF)),
    (
        "2. The Council",
        f"{U(BUYER)} (Cyngor Sir Dyffryn Teg), "
        f"{U('Neuadd y Sir, Stryd y Bont, Llanfair Aled, CY12 5RT')}",
    ),
    (
        "3. The Operator",
        f"{U(SUPPLIER)}, company number {U('07738152')}, PSV operator licence {U('PG1093846')}",
    ),
    (
        "4. Term",
        "1 September 2025 to 31 July 2028 (three academic years), with the option "
        "to extend for one further academic year",
    ),
    ("5. Contract Price", f"{U('£1,163,940')} for the Term, estimated on 190 School Days a year"),
    (
        "6. Contract Manager",
        f"{U('Elin Prydderch')}, {U('Head of Integrated Passenger Transport')}",
    ),
    (
        "7. Governing law",
        "The law of England and Wales as it applies in Wales; the courts of England and Wales",
    ),
)

ROUTES = (
    (
        "BA01",
        U("Ysgol Gyfun Bro Teg"),
        "Cwmhelyg – Pont-y-Gwyddel – Llanfair Aled",
        "53-seat coach",
        P("412.00"),
    ),
    ("BA02", U("Ysgol Gyfun Bro Teg"), "Rhydybont – Tal-y-Waun", "33-seat midi", P("296.50")),
    ("BA03", U("Ysgol Gynradd Cwmhelyg"), "Blaen-y-Cwm farms", "8-seat minibus", P("148.75")),
    (
        "BA04",
        U("Ysgol Arbennig Glan Aled"),
        "Wheelchair route (4 pupils)",
        "WAV minibus + PA",
        P("231.20"),
    ),
    ("BA05", U("Ysgol Gynradd Pen-y-Garn"), "Maes Gwyn estate", "16-seat minibus", P("129.60")),
)

CREW = (
    ("BA01", N("Dafydd Rees-Jenkins"), N("001734829516"), U("CY19 TGA")),
    ("BA02", N("Sioned Llywelyn"), N("001829305744"), U("CY67 BRT")),
    ("BA03", N("Kevin Mottram"), N("001691047238"), U("WX21 LMA")),
    ("BA04", N("Bethan Owain"), N("001902276153"), U("CY70 WAV")),
    ("BA04 (PA)", N("Alun Prosser"), N("001745530862"), "—"),
)

BLOCKS = [
    Title("CONTRACT FOR THE PROVISION OF HOME-TO-SCHOOL TRANSPORT"),
    Subtitle("Contract Particulars — Bro Aled Routes"),
    Para(
        "This Contract is made under the Learner Travel (Wales) Measure 2008 and comprises "
        "these Contract Particulars, the Conditions of Contract for Passenger Transport "
        "(2024 edition of the Council) and the Schedules."
    ),
    Table(("Particular", "Entry"), PARTICULARS, (0.3, 0.7)),
    Heading("Section A — Definitions"),
    Definition(
        "Learner",
        "means a child or young person entitled to free transport under the "
        "Council's learner travel policy who is allocated to a Route.",
    ),
    Definition("Route", "means a journey listed in Schedule 1, both morning and afternoon."),
    Definition(
        "School Day", "means a day on which the School named for the Route is open to Learners."
    ),
    Heading("Section B — Price and payment"),
    Clause(
        "B1",
        "The Council shall pay the Operator the daily price in Schedule 1 for each "
        "School Day on which the Route is operated in full.",
    ),
    Clause(
        "B1.1",
        f"Where the Council adds mileage to a Route, the additional distance is paid "
        f"at {P('£2.15')} per mile for coaches and {P('£1.38')} per mile for minibuses.",
        level=2,
    ),
    Clause(
        "B1.2",
        f"Where a Route is cancelled with less than 24 hours' notice because the "
        f"School closes, the Operator is paid {P('60%')} of the daily price.",
        level=2,
    ),
    Clause(
        "B2",
        f"Prices are reviewed each 1 September by reference to the Council's "
        f"passenger transport cost index, and no adjustment shall exceed {P('4.25%')} a "
        "year.",
    ),
    Clause(
        "B3",
        f"Payment is made monthly in arrears within 30 days to the Operator's account "
        f"with Cambrian Savings Bank, sort code {B(SORT)}, account {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}.",
    ),
    Clause(
        "B4",
        f"Where the Council asks for a relief vehicle at short notice, it is paid at "
        f"{P('£185.00')} per School Day.",
    ),
    Heading("Section C — Performance"),
    Clause(
        "C1",
        f"A vehicle arriving at School more than 10 minutes after the bell time "
        f"leads to a deduction of {P('£45')} per occasion; a Route not operated without "
        f"the Council's consent leads to a deduction of twice the daily price.",
    ),
    Clause(
        "C2",
        "The Operator shall keep a record of every journey and send the monthly "
        "operating return by the fifth Working Day of the following month.",
    ),
    Clause(
        "C3",
        f"Every vehicle carries a tracker; the Council's transport team signs in to "
        f"the Operator's tracking portal with the account {S('dtcc.transport')}, which "
        "shall not be shared.",
    ),
    Heading("Section D — Safeguarding, drivers and passenger assistants"),
    Clause(
        "D1",
        "Every driver and passenger assistant shall hold an enhanced Disclosure and "
        "Barring Service certificate with a check of the children's barred list, renewed "
        "every three years, and shall complete the Council's safeguarding training.",
    ),
    Clause(
        "D2",
        "The Operator shall use the drivers and vehicles in Schedule 2 and shall "
        "notify the Contract Manager before any change.",
    ),
    Clause(
        "D3",
        "Drivers on Welsh-medium Routes BA01 to BA03 shall be able to converse with "
        "Learners in Welsh, in line with the Council's Welsh Language Standards.",
    ),
    Clause(
        "D4",
        f"Spare vehicle keys are kept at the Operator's Rhydybont depot in a key safe "
        f"(code {S('7306#')}), which the Council's duty officer may use if a vehicle must "
        "be moved in an emergency.",
    ),
    Heading("Section E — Insurance"),
    Clause(
        "E1",
        f"The Operator shall hold motor insurance covering passenger liability "
        f"without limit and public liability insurance of "
        f"{U('not less than £10,000,000')} for each event.",
    ),
    Clause(
        "E2",
        f"Current cover: fleet motor policy {I('CMF/0093/115827')} and public "
        f"liability certificate {I('PL-2025-47731-W')}, each with Tregaron Mutual, "
        f"with a policy excess of {I('£1,000')}.",
    ),
    Heading("Section F — Well-being and fair work"),
    Clause(
        "F1",
        "The Operator shall support the well-being goals of the Well-being of "
        "Future Generations (Wales) Act 2015 and shall pay its drivers at least the real "
        "Living Wage, in keeping with the Code of Practice on Ethical Employment in Supply "
        "Chains.",
    ),
    Clause(
        "F2",
        f"The Operator has declared a turnover of {F('£2.31 million')} and net assets "
        f"of {F('£418,000')} in its accounts for the year to 31 March 2025, and shall tell "
        "the Council of any material change to its financial standing.",
    ),
    Heading("Schedule 1 — Routes and daily prices"),
    Table(
        ("Route", "School", "Pick-up area", "Vehicle", "Price per day (£)"),
        ROUTES,
        (0.09, 0.25, 0.3, 0.18, 0.18),
        right=(4,),
    ),
    Heading("Schedule 2 — Drivers and vehicles"),
    Table(
        ("Route", "Driver / PA", "DBS certificate no.", "Vehicle reg."),
        CREW,
        (0.12, 0.4, 0.26, 0.22),
    ),
    Para(
        f"Operator's transport manager: {N('Rhian Glyn-Davies')}, mobile "
        f"{N('07700 900946')}, email {N('rhian@glanaled-teithiau.example')}. The Council's "
        f"school transport team is on {U('01632 960530')} (08:00 to 17:00)."
    ),
    Signatures(
        "Signed on behalf of the Council and the Operator:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("G. Morgan-Hughes")),
                    ("Name", U("Geraint Morgan-Hughes")),
                    ("Position", U("Corporate Director, Place")),
                    ("Date", "14 July 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("I. ap Gwilym")),
                    ("Name", N("Iwan ap Gwilym")),
                    ("Position", "Director"),
                    ("Date", "10 July 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Home-to-school transport contract — Bro Aled routes",
        subject=f"Contract {REF}",
        header=f"{BUYER} / Cyngor Sir Dyffryn Teg — Learner travel — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 7, 14, 9, 30),
        blocks=BLOCKS,
    ),
}
