"""Tendered local bus services, Hexbridge County Council with Moorline Coaches Ltd: price per
route per annum, fare revenue, driver roster and vehicle list (PDF contract, DOCX schedules)."""

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

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "concession"
BUYER = "Hexbridge County Council"
SUPPLIER = "Moorline Coaches Ltd"
REF = "HCC/PT/LBS/25-07"
SORT, ACCOUNT = "55-08-13", "27719064"
IBAN = uk_iban("MRSB", SORT, ACCOUNT)

META = {
    "id": "concession-bus-routes-hexbridge-2025",
    "title": "Tendered local bus services 41, 42 and 57 (Hexbridge rural network)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_214_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 23),
    "starts": dt.date(2025, 9, 1),
    "ends": dt.date(2029, 8, 31),
    "reference": REF,
    "public_names": ["Claire Pennington", "Imran Qadir"],
    "documents": [
        {"file": "contract.pdf", "title": "Local bus service contract"},
        {"file": "schedules.docx", "title": "Schedules 3 and 4: drivers and vehicles"},
    ],
}

FORM = (
    ("Contract No.", U(REF)),
    ("Council", f"{U(BUYER)}, {U('County Hall, Wychbury Road, Hexbridge, HQ1 5CH')}"),
    ("Operator", f"{U(SUPPLIER)}, company number {U('04418830')}, PSV operator licence "
                 f"{U('PH1027745')}, Moorline Depot, Station Yard, Lower Ashby, HQ7 2DL"),
    ("Contract type", "Minimum subsidy: the Operator keeps the fare revenue and bears the "
                      "revenue risk"),
    ("Start date", "1 September 2025 (first day of operation under the new registrations)"),
    ("Period", "Four years, with one optional extension of up to two years"),
    ("Total contract price", f"{U('£2,214,000')} for the four years"),
    ("Council officer", f"{U('Imran Qadir')}, {U('Passenger Transport Manager')}, "
                        f"{U('01632 960500')} (Passenger Transport Unit)"),
)  # fmt: skip

ROUTES = (
    (U("41"), "Hexbridge – Lower Ashby – Brinkcombe", "Mon–Sat, hourly", P("£214,600"),
     P("£96,300")),
    (U("42"), "Hexbridge – Fennick Cross (schooldays extra)", "Mon–Sat, two-hourly",
     P("£168,250"), P("£61,900")),
    (U("57"), "Brinkcombe – Wychbury Hospital", "Mon–Fri, four return trips",
     P("£170,650"), P("£38,450")),
    ("", "Total per annum", "", U("£553,500"), ""),
)  # fmt: skip

CONTRACT = [
    Title("LOCAL BUS SERVICE CONTRACT"),
    Subtitle(
        "Services 41, 42 and 57 — Hexbridge rural network — under section 89 of the "
        "Transport Act 1985"
    ),
    Heading("Form of Contract"),
    Table(("Entry", "Particulars"), FORM, (0.28, 0.72)),
    Para(
        f"The Council and the Operator agree that the Operator shall run the Services for the "
        f"Contract Price on these Conditions. The Operator's representative is "
        f"{N('Mrs Alison Fairclough')}, Operations Director "
        f"({N('alison.fairclough@moorline-coaches.example')}, mobile "
        f"{N('07700 900861')})."
    ),
    Heading("Conditions"),
    Heading("1. Definitions", level=2),
    Definition(
        "Contract Price",
        "means the annual price for each Service in Condition 3, "
        "payable by the Council in twelve monthly instalments.",
    ),
    Definition(
        "Lost Mileage",
        "means any registered journey or part of a journey not "
        "operated, for whatever reason other than Force Majeure or a road closure.",
    ),
    Definition(
        "Fare Revenue",
        "means all fares, including pre-paid and contactless tickets, "
        "taken on the Services, but not reimbursement under the English National "
        "Concessionary Travel Scheme.",
    ),
    Heading("2. Operation of the Services", level=2),
    Clause(
        "2.1",
        "The Operator shall register the Services with the Traffic Commissioner, run "
        "them to the timetables in Schedule 1, and publish timetable, fares and location "
        "data through the Bus Open Data Service.",
    ),
    Clause(
        "2.1.1",
        "Vehicles shall be low-floor, meet the Public Service Vehicles "
        "Accessibility Regulations 2000 and be no more than fifteen years old.",
    ),
    Heading("3. Contract Price and fare revenue", level=2),
    Clause(
        "3.1",
        "The Contract Price is stated per Service per annum. The Operator's forecast "
        "of Fare Revenue, on which its price is based, is shown alongside.",
    ),
    Table(
        ("Service", "Route", "Frequency", "Price p.a.", "Forecast Fare Revenue p.a."),
        ROUTES,
        (0.1, 0.36, 0.2, 0.16, 0.18),
        right=(3, 4),
        bold_last_row=True,
    ),
    Clause(
        "3.2",
        f"On each anniversary of the Start Date the Contract Price is adjusted by the "
        f"published bus cost index, capped at {P('4.0%')} in any year.",
    ),
    Clause(
        "3.3",
        f"If audited Fare Revenue for a Service exceeds the forecast by more than "
        f"{P('10 per cent')}, the Operator shall rebate to the Council "
        f"{P('one half (50%)')} of the excess.",
    ),
    Clause(
        "3.4",
        f"Additional journeys ordered by the Council are charged at "
        f"{P('£2.45')} per live mile, with a minimum charge of {P('£95.00')} per journey.",
    ),
    Heading("4. Performance", level=2),
    Clause(
        "4.1",
        f"For Lost Mileage above {U('0.5%')} of scheduled mileage in a month the "
        f"Council deducts {P('£3.10')} per mile lost.",
    ),
    Clause(
        "4.2",
        "The Operator shall achieve the Traffic Commissioner's punctuality window "
        "(not more than one minute early or five minutes late) on at least 90% of "
        "timing-point departures.",
    ),
    Heading("5. Payment", level=2),
    Clause(
        "5.1",
        f"The Council pays by BACS within 30 days to Marrowstone Bank, account "
        f"{B(ACCOUNT)}, sort code {B(SORT)}; for SEPA payments, IBAN {B(grouped(IBAN))}.",
    ),
    Heading("6. Data and systems", level=2),
    Clause(
        "6.1",
        f"By the fifth working day of each month the Operator shall upload its "
        f"ticket machine data for the Services to the Council's SFTP server "
        f"{S('sftp-pt.hexbridge.internal')} as the user {S('moorline_etm')}, using the key "
        f"pair registered for that account. The initial one-time password is "
        f"{S('Wychbury#2025')}.",
    ),
    Clause(
        "6.2",
        f"Drivers may use the staff rest room at Hexbridge Bus Station; the door code "
        f"is {S('1904#')} and is changed on 1 January each year.",
    ),
    Heading("7. Financial standing and insurance", level=2),
    Clause(
        "7.1",
        f"The Operator declared at tender an annual turnover of {F('£6.84m')} and "
        f"profit after tax of {F('£212,000')}. Its parent, Moorline Group Ltd, has given a "
        f"guarantee of the Operator's obligations limited to {F('£250,000')}.",
    ),
    Clause(
        "7.2",
        f"The Operator shall insure its vehicles for third-party liability for "
        f"{U('not less than £5,000,000')} for property damage and without limit for injury, "
        f"and hold public liability cover of {U('not less than £10,000,000')}. Current "
        f"policies: fleet {I('PSV/F/44180-27')}; public liability {I('NXL 3390 217 04')}; "
        f"fleet excess {I('£750')}.",
    ),
    Heading("8. Liability", level=2),
    Clause(
        "8.1",
        f"The Operator's aggregate liability to the Council under this Contract is "
        f"capped at {U('£1,000,000')}, save for fraud, death or personal injury.",
    ),
    Heading("Annex A — Operator's Tender Statement (Commercial in Confidence)"),
    Para(
        C(
            "We will interwork services 41 and 57 so that one vehicle covers the hospital "
            "journeys between school peaks, which lets us price route 57 without a dedicated "
            "bus and absorbs the dead mileage from Brinkcombe."
        )
    ),
    Para(
        C(
            "Our revenue forecast assumes a four per cent annual growth in adult fares from a "
            "new Hexbridge day ticket sold on the app, with patronage on service 42 held flat "
            "after the withdrawal of the competing commercial service."
        )
    ),
    Signatures(
        "Signed for and on behalf of:",
        (
            Signatory(
                BUYER,
                (
                    ("Signature", U("C. Pennington")),
                    ("Name", U("Claire Pennington")),
                    ("Position", U("Assistant Director, Highways and Transport")),
                    ("Date", "23 June 2025"),
                ),
            ),
            Signatory(
                SUPPLIER,
                (
                    ("Signature", N("A. Fairclough")),
                    ("Name", N("Alison Fairclough")),
                    ("Position", "Operations Director"),
                    ("Date", "20 June 2025"),
                ),
            ),
        ),
    ),
]

ROSTER = (
    (N("D041"), N("Keith Arkwright"), N("ARKWR604155K99AT"), "Early (06:05–14:20)", "41/57"),
    (N("D052"), N("Shabnam Iqbal"), N("IQBAL858240S99BN"), "Late (13:45–22:00)", "41"),
    (N("D066"), N("Ryan McCandless"), N("MCCAN710091R99KD"), "Middle (09:10–17:25)", "42"),
)  # fmt: skip

FLEET = (
    ("3107", U("YK71 HXB"), U("Wrenford Metro 10.8"), "37", "Euro VI", "2021"),
    ("3112", U("YN22 MLC"), U("Wrenford Metro 10.8"), "37", "Euro VI", "2022"),
    ("2204", U("BU17 OTR"), U("Calvert Midi 9.5"), "29", "Euro VI", "2017"),
)  # fmt: skip

SCHEDULES = [
    Title("SCHEDULES 3 AND 4"),
    Subtitle(f"Contract {REF} — Services 41, 42 and 57"),
    Heading("Schedule 3 — Driver roster at the Start Date"),
    Para(
        "The Operator shall keep this roster up to date and notify the Council of any "
        "change of regular driver. The Council uses it only to check driver training "
        "records under Condition 2 and shall hold it as personal data."
    ),
    Table(
        ("Driver no.", "Name", "Driving licence number", "Shift", "Services"),
        ROSTER,
        (0.12, 0.24, 0.26, 0.24, 0.14),
    ),
    Para(
        f"Relief cover is provided by {N('Norman Tebbutt')} and {N('Grace Oyelaran')}, "
        f"both based at Lower Ashby. The depot engineer, {N('Mr Stuart Blyth')}, is on call "
        f"for breakdowns on {N('07700 900862')}."
    ),
    Heading("Schedule 4 — Vehicles allocated to the Services"),
    Para(
        "Vehicles are listed by fleet number and public registration mark. A replacement "
        "vehicle of equal or better specification may be used for up to 28 days without "
        "notice."
    ),
    Table(
        ("Fleet no.", "Registration", "Model", "Seats", "Emission standard", "Year"),
        FLEET,
        (0.12, 0.18, 0.28, 0.1, 0.18, 0.14),
    ),
    Para(
        f"Total vehicles allocated: three, plus one engineering spare. Vehicle "
        f"{U('YK71 HXB')} carries the Council's rural network livery."
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Local bus service contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Passenger Transport Unit",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 23, 15, 0),
        blocks=CONTRACT,
    ),
    "schedules.docx": DocumentSpec(
        title="Local bus service contract schedules",
        subject=f"Contract {REF} schedules",
        header=f"{BUYER} — Passenger Transport Unit — OFFICIAL-SENSITIVE (PERSONAL)",
        footer=f"Contract {REF} — Schedules",
        created=dt.datetime(2025, 6, 23, 15, 0),
        blocks=SCHEDULES,
    ),
}
