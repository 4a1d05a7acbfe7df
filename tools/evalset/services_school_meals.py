"""School meals catering for maintained schools, Westermoor County Council with Brightplate
Catering Ltd (PDF services contract, DOCX TUPE schedule): price per meal by phase, free school
meals statistics, kitchen key safes and the kitchen staff transfer list."""

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

TEMPLATE = "services"
BUYER = "Westermoor County Council"
SUPPLIER = "Brightplate Catering Ltd"
REF = "WCC/EDU/CAT/2025/07"
SORT, ACCOUNT = "30-62-14", "48190537"

META = {
    "id": "services-school-meals-westermoor-2025",
    "title": "School meals catering service for primary, secondary and special schools",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 14_420_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 20),
    "starts": dt.date(2025, 9, 1),
    "ends": dt.date(2030, 8, 31),
    "reference": REF,
    "public_names": ["Gwendolyn Harcastle", "Imran Sheikh-Palmer"],
    "documents": [
        {"file": "services-contract.pdf", "title": "Services contract and schedules"},
        {"file": "schedule-6-tupe.docx", "title": "Schedule 6: kitchen staff transfer list"},
    ],
}

MEAL_PRICES = (
    ("Primary, Reception to Year 2 (UIFSM)", P("£ 2.48"), P("£ 2.48"), P("£ 3.95")),
    ("Primary, Years 3 to 6", P("£ 2.48"), P("£ 2.72"), P("£ 3.95")),
    ("Secondary (two-course meal deal)", P("£ 2.86"), P("£ 3.10"), P("£ 4.40")),
    ("Special schools (including modified diets)", P("£ 3.34"), "n/a", P("£ 4.40")),
)  # fmt: skip

FSM = (
    ("Primary (31 schools)", U("8,904"), U("2,118"), U("23.8 %")),
    ("Secondary (8 schools)", U("7,260"), U("1,642"), U("22.6 %")),
    ("Special (3 schools)", U("512"), U("271"), U("52.9 %")),
)  # fmt: skip

KEYSAFES = (
    ("Hollins Brook Primary School", "side door by bin store", S("3-9-1-7")),
    ("Fairhaven Community School", "kitchen yard gate", S("0628")),
    ("Marlpit Special School", "delivery hatch", S("K55Y2")),
)  # fmt: skip

CONTRACT = [
    Title("SERVICES CONTRACT"),
    Subtitle("School Meals Catering Service"),
    Para(f"Contract reference: {U(REF)}", centred=True),
    Heading("Section 1 — Contract Particulars"),
    Table(
        ("Item", "Particulars"),
        (
            (
                "1. The Council",
                f"{U(BUYER)}, Shire Hall, Castle Mead, Westermoor, WQ9 1SH; "
                f"switchboard {U('0161 496 0120')}",
            ),
            (
                "2. The Contractor",
                f"{U(SUPPLIER)}, company number {U('06355081')}, Unit 2, "
                "Orchard Business Park, Westermoor, WQ4 7BD",
            ),
            (
                "3. Schools",
                "the 42 maintained schools listed in Schedule 1 that buy into the "
                f"service, including {U('Hollins Brook Primary School')} and "
                f"{U('Marlpit Special School')}",
            ),
            ("4. Service Period", "1st September 2025 to 31st August 2030"),
            ("5. Contract Value", f"estimated at {U('£14,420,000')} for the Service Period"),
            (
                "6. Council's Authorised Officer",
                f"{U('Imran Sheikh-Palmer')}, {U('School Catering Commissioning Manager')}",
            ),
            ("7. Pricing Option", "Option P1: price per meal served, paid termly in arrears"),
        ),
        (0.3, 0.7),
    ),
    Heading("Section 2 — Conditions"),
    Definition(
        "Meal",
        "means a lunch that meets the Requirements for School Food Regulations "
        "2014, served to a pupil or to an adult entitled to a meal.",
    ),
    Definition(
        "Free School Meal",
        "means a Meal provided without charge to a pupil who is "
        "eligible under section 512ZB of the Education Act 1996 or who is an infant "
        "pupil entitled to a universal infant free school meal.",
    ),
    Clause(
        "2.1",
        "The Contractor shall provide a hot lunch in every School on each school day, "
        "with a vegetarian choice every day and a modified diet for each pupil whose "
        "allergy or medical plan requires one.",
    ),
    Clause(
        "2.2",
        "The Contractor shall keep a Food Hygiene Rating of 5 at every School kitchen "
        "and shall notify the Authorised Officer of any rating below 4 within one working "
        "day.",
    ),
    Clause(
        "2.3.1",
        "The Council shall pay the price per Meal in Schedule 2 for every Free School "
        "Meal and every Meal served to staff entitled to a free meal.",
    ),
    Clause(
        "2.3.2",
        "Paid meals are charged by the Contractor direct to parents through the "
        "Council's online payment system, at the same price per Meal.",
    ),
    Clause(
        "2.4",
        f"Prices are held until 31st August 2026 and then reviewed each September by "
        f"the change in the food and non-alcoholic beverages index, capped at "
        f"{P('3.5 per cent')} a year. Any rise in food costs above that cap is shared "
        f"{P('50/50')} between the parties.",
    ),
    Clause(
        "2.5",
        f"Where uptake of paid meals across the Schools rises above 48 % in a term, the "
        f"Contractor shall pay the Council a gain-share of {P('£0.06')} for each additional "
        "paid Meal.",
    ),
    Clause(
        "2.6",
        f"The Contractor's total liability in each year is capped at "
        f"{U('£3,000,000')}; it shall hold public and products liability insurance of not "
        f"less than {U('£10,000,000')}, currently under Oakhurst Mutual policy "
        f"{I('OM 5530 1984 /PL')} (excess {I('£500')}).",
    ),
    Clause(
        "2.7",
        f"Payment is made to Brightplate Catering Ltd, sort code {B(SORT)}, account "
        f"{B(ACCOUNT)}, within 30 days of each termly statement.",
    ),
    Clause(
        "2.8",
        f"The Contractor reported turnover of {F('£41,380,000')} and an operating "
        f"profit of {F('£1,207,000')} in its accounts for 2024.",
    ),
    Heading("Schedule 2 — Price per Meal (exclusive of VAT, from 1st September 2025)"),
    Table(
        ("Phase", "Free School Meal", "Paid pupil meal", "Adult meal"),
        MEAL_PRICES,
        (0.46, 0.18, 0.18, 0.18),
        right=(1, 2, 3),
    ),
    Para(
        f"Breakfast club provision, where a School orders it, is charged at {P('£1.05')} per "
        f"pupil per session."
    ),
    Heading("Schedule 3 — Free school meals eligibility (published statistics)"),
    Para(
        "The figures below are taken from the Council's published school census for January "
        "2025 and are given to help the Contractor plan numbers; they are not a commitment."
    ),
    Table(
        ("Phase", "Pupils on roll", "Eligible for FSM", "Share eligible"),
        FSM,
        (0.4, 0.2, 0.2, 0.2),
        right=(1, 2, 3),
    ),
    Heading("Schedule 4 — Kitchen access"),
    Para(
        "Key safe codes are given to the Contractor's area managers only and shall be changed "
        "by the School whenever a kitchen manager leaves."
    ),
    Table(("School", "Key safe location", "Code"), KEYSAFES, (0.45, 0.37, 0.18)),
    Para(
        f"The Contractor's area manager, {N('Ms Jolene Marchetti')} ({N('07700 900764')}), "
        f"is the first contact for kitchen access out of hours."
    ),
    Heading("Schedule 5 — Menu and staffing proposal (Commercial in Confidence)"),
    Para(
        C(
            "Brightplate will run a three-week menu cycle written with pupils' school councils, "
            "cooking from fresh in 39 of the 42 kitchens. The three smallest schools will "
            "receive meals cooked at Fairhaven and delivered in insulated containers, which "
            "lowers our price per meal in those schools by about 14 pence."
        )
    ),
    Para(
        C(
            "We will keep the current kitchen staff and add one apprentice cook to each secondary "
            "kitchen, so that sickness cover comes from within the team."
        )
    ),
    Signatures(
        "Signed for and on behalf of the parties:",
        (
            Signatory(
                BUYER,
                (
                    ("Name", U("Gwendolyn Harcastle")),
                    ("Role", U("Director of Education and Skills")),
                    ("Date", "20th June 2025"),
                ),
            ),
            Signatory(
                SUPPLIER,
                (
                    ("Name", N("Terence Obi-Walsh")),
                    ("Role", "Operations Director"),
                    ("Date", "18th June 2025"),
                ),
            ),
        ),
    ),
]

STAFF = (
    (N("WCC-K-1102"), "Hollins Brook Primary", "Kitchen Manager", N("04/09/2006"),
     N("17/03/1968"), N("27.5"), N("£13.42"), N("LGPS")),
    (N("WCC-K-1187"), "Fairhaven Community", "Cook", N("22/04/2013"), N("09/11/1979"),
     N("30.0"), N("£12.96"), N("LGPS")),
    (N("WCC-K-1240"), "Marlpit Special", "Catering Assistant", N("06/01/2021"),
     N("28/05/1994"), N("15.0"), N("£12.60"), N("Opted out")),
)  # fmt: skip

TUPE = [
    Title("SCHEDULE 6 — KITCHEN STAFF TRANSFER LIST"),
    Para(f"Contract {U(REF)} — employee liability information"),
    Para(
        "The Council, as the current employer of school kitchen staff, provides the following "
        "information under regulation 11 of the Transfer of Undertakings (Protection of "
        "Employment) Regulations 2006. All staff work term-time only (39 weeks a year). This "
        "Schedule contains personal data and is not for publication."
    ),
    Table(
        ("Ref", "School", "Role", "Start date", "Date of birth", "Hrs/wk", "£/hr", "Pension"),
        STAFF,
        (0.12, 0.17, 0.15, 0.12, 0.12, 0.08, 0.1, 0.14),
    ),
    Para(
        f"The kitchen manager at Hollins Brook, {N('Mrs Pauline Ridgeway')}, has a flexible "
        f"working agreement, dated 3rd March 2023, allowing her to finish at 13:30 on "
        f"Fridays."
    ),
    Para("There is no current grievance or disciplinary matter relating to any listed employee."),
]

DOCUMENTS = {
    "services-contract.pdf": DocumentSpec(
        title="School meals catering services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — School Meals Catering Service",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 20, 10, 15),
        blocks=CONTRACT,
    ),
    "schedule-6-tupe.docx": DocumentSpec(
        title="Schedule 6: kitchen staff transfer list",
        subject=f"Contract {REF}",
        header=f"{BUYER} — School Meals — OFFICIAL-SENSITIVE (PERSONAL)",
        footer=f"Contract {REF} — Schedule 6",
        created=dt.datetime(2025, 6, 20, 10, 20),
        blocks=TUPE,
    ),
}
