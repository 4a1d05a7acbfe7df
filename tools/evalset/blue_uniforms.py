"""Uniform supply for the Police and Crime Commissioner for Holdenshire from Garrick & Stowe
Workwear Ltd: unit prices by garment size band, volume rebates, the supplier's secure warehouse,
bank details and the ordering portal's administrator accounts (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    DocumentSpec,
    Heading,
    PageBreak,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "bluelight"
BUYER = "Police and Crime Commissioner for Holdenshire"
SUPPLIER = "Garrick & Stowe Workwear Ltd"
REF = "HOL/COM/UNI/25-31"
SORT, ACCOUNT = "71-48-05", "26631790"
IBAN = uk_iban("WLDB", SORT, ACCOUNT)
WAREHOUSE = "Unit 3C, Fallowfield Distribution Park, Barrow Lane, Tinsford, HX17 5RG"

META = {
    "id": "blue-uniforms-holdenshire-2025",
    "title": "Supply of operational and corporate uniform, Holdenshire Police 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_960_000, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 12),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2028, 9, 30),
    "reference": REF,
    "public_names": ["Chief Inspector Rosalind Akers", "Jonathan Pell"],
    "documents": [
        {"file": "uniform-supply-contract.pdf", "title": "Contract for the supply of uniform"}
    ],
}

GARMENTS = (
    ("UN-114", "Operational trousers, stretch, men's and women's fits", P("£27.40"),
     P("£29.95"), P("£41.00")),
    ("UN-120", "Stab and spike body armour cover, high-visibility", P("£46.20"), P("£49.80"),
     P("£63.50")),
    ("UN-133", "Waterproof patrol jacket, hi-vis, with radio loop", P("£88.00"), P("£92.75"),
     P("£118.00")),
    ("UN-150", "Tunic, ceremonial (made to measure)", "n/a", "n/a", P("£214.00")),
)  # fmt: skip

REBATES = (
    ("Up to £500,000", P("nil")),
    ("£500,001 to £650,000", P("1.5 %")),
    ("£650,001 to £800,000", P("2.25 %")),
    ("Over £800,000", P("three per cent (3%)")),
)  # fmt: skip

BLOCKS = [
    Title("CONTRACT FOR THE SUPPLY OF UNIFORM"),
    Subtitle(
        "Operational, corporate and ceremonial uniform with managed ordering and individual fitting"
    ),
    Heading("Key Contract Information"),
    Table(
        ("Item", "Detail"),
        (
            ("Contract number", U(REF)),
            (
                "Customer",
                f"{U(BUYER)}, on behalf of {U('Holdenshire Police')}, "
                f"{U('Police Headquarters, Bellfield Road, Holden, HX2 6PE')}",
            ),
            ("Supplier", f"{U(SUPPLIER)} (registered company {U('05529813')})"),
            ("Contract period", "1st October 2025 to 30th September 2028"),
            ("Optional extension", "Option X1: a further 12 months at the Customer's choice"),
            ("Contract value (estimated)", f"{U('£1,960,000')} excluding VAT"),
            (
                "Customer's Contract Manager",
                f"{U('Chief Inspector Rosalind Akers')}, "
                f"{U('Head of Uniform and Equipment Services')}",
            ),
            ("Customer's enquiries line", U("020 7946 0120")),
        ),
        (0.32, 0.68),
    ),
    Heading("Special Conditions"),
    Heading("SC1 Definitions", level=2),
    Para(
        "In these Special Conditions: “Garment” means any item in the Price Schedule; "
        "“Size Band” means the band in which a Garment's size falls (Band 1: XS to L, or "
        "waist 26 to 38; Band 2: XL to 3XL, or waist 40 to 46; Band 3: 4XL and above, "
        "tall fittings and made to measure); and “Portal” means the Supplier's web ordering "
        "system, Uniformity Release 5.4."
    ),
    Heading("SC2 Ordering and delivery", level=2),
    Para(
        "SC2.1 Officers and staff order Garments through the Portal against the allowance "
        "set by the Customer. The Supplier shall deliver to the officer's station within "
        "five working days, or ten working days for Band 3."
    ),
    Para(
        "SC2.2 The Supplier shall hold a buffer stock of not less than eight weeks' usage of "
        "every Band 1 and Band 2 Garment at its warehouse."
    ),
    Para(
        "SC2.3 Warrant insignia, epaulettes with collar numbers and Force crests are "
        "security items. The Supplier shall keep them only in its secure store at "
        f"{S(WAREHOUSE)}, the address of which the parties treat as security-sensitive, and "
        f"shall not release its alarm code ({S('4417-0')}) to its carriers."
    ),
    Heading("SC3 Prices", level=2),
    Para(
        "SC3.1 The Customer shall pay the unit prices in the Price Schedule for each Garment "
        "by Size Band. Unit prices include embroidery of the Force crest, bagging by "
        "officer and delivery to station."
    ),
    Para(
        "SC3.2 Prices are held for the first 24 months. After that the Supplier may ask for "
        f"an increase once a year, limited to {P('2.0 %')} or the change in CPI if lower."
    ),
    Para(
        f"SC3.3 Individual fitting clinics at a station are charged at {P('£650')} (ex. VAT) "
        f"per day, and alterations at {P('£ 12.50')} per Garment. There is no "
        "charge for carriage."
    ),
    Para(
        "SC3.4 A volume rebate is payable on the Customer's total spend in each Contract Year "
        "as follows, by credit note within 60 days of the year end:"
    ),
    Table(("Annual spend (ex VAT)", "Rebate on whole spend"), REBATES, (0.55, 0.45), right=(1,)),
    Heading("SC4 Portal security", level=2),
    Para(
        "SC4.1 The Portal is at https://holdenshire.uniformity-portal.example. The "
        "Customer's administrator accounts are held by its Uniform Stores team:"
    ),
    Table(
        ("Account", "Held by", "Access"),
        (
            (S("hol_uniadmin01"), N("Kelly Drabble"), "Full administrator"),
            (S("hol_uniadmin02"), N("Amir Siddiqui"), "Full administrator"),
            (S("hol_budgets"), N("Frances Yeo"), "Allowances and reports only"),
        ),
        (0.32, 0.34, 0.34),
    ),
    Para(
        f"SC4.2 Initial passwords issued at go-live (for example {S('Tunic#Holden2025')}) "
        "must be changed on first log-in. The Supplier shall accept Portal connections from "
        f"the Customer's egress address {S('192.0.2.144')} only for administrator accounts."
    ),
    Heading("SC5 Payment", level=2),
    Para(
        "SC5.1 The Supplier shall invoice monthly, itemised by officer collar number and "
        "cost centre. The Customer shall pay within 30 days to Weald Bank plc, account "
        f"name Garrick & Stowe Workwear Ltd, sort code {B(SORT)}, account no. {B(ACCOUNT)}, "
        f"IBAN {B(grouped(IBAN))}, SWIFT {B('WLDBGB21')}."
    ),
    Heading("SC6 Insurance, guarantee and financial standing", level=2),
    Para(
        f"SC6.1 The Supplier shall maintain product and public liability insurance of not "
        f"less than {U('£5,000,000')} (policy {I('GSW-PPL-553107')}, excess "
        f"{I('£500')}) and employer's liability of not less than {U('£10,000,000')} "
        f"(certificate {I('EL 9920 4471 03')})."
    ),
    Para(
        f"SC6.2 The Supplier's liability under this Contract is limited to {U('£2,000,000')}. "
        "The Supplier's parent, Stowe Textile Group plc, guarantees its obligations up to "
        f"{F('£500,000')}. The Supplier's most recent accounts show turnover of "
        f"{F('£23.8m')} and pre-tax profit of {F('£1.42m')}."
    ),
    Heading("SC7 People", level=2),
    Para(
        f"SC7.1 The Supplier's account manager, {N('Martin Oyelaran')} "
        f"({N('martin.oyelaran@garrickstowe.example')}, mobile {N('07700 900243')}), shall "
        "attend a quarterly review with the Customer's Contract Manager. The fitting "
        f"clinics shall be run by {N('Joy Tennant')}, the Supplier's senior fitter."
    ),
    PageBreak(),
    Heading("Price Schedule"),
    Para("Unit price per Garment, in pounds, by Size Band, excluding VAT", bold=True),
    Table(
        ("Ref", "Garment", "Band 1", "Band 2", "Band 3"),
        GARMENTS,
        (0.1, 0.48, 0.14, 0.14, 0.14),
        right=(2, 3, 4),
    ),
    Heading("Supplier's tender response extract (Commercial in Confidence)"),
    Para(
        C(
            "We price Band 3 as a single band because we make tall and plus fittings from "
            "the same cut lengths as made-to-measure tunics, in our own workroom at Tinsford, "
            "rather than buying them in from the mill."
        )
    ),
    Para(
        C(
            "The rebate bands are set so that the first step falls just above the Force's "
            "2024/25 spend; we have assumed that the Force's new special constables intake "
            "of 120 officers in 2026 will take it into the second band."
        )
    ),
    Signatures(
        "Signed by the authorised signatories of the parties on 12th September 2025",
        (
            Signatory(
                f"For the {BUYER}",
                (
                    ("Signed", U("J. Pell")),
                    ("Name", U("Jonathan Pell")),
                    ("Position", U("Chief Executive and Monitoring Officer")),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("H. Garrick")),
                    ("Name", N("Helena Garrick")),
                    ("Position", "Director"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "uniform-supply-contract.pdf": DocumentSpec(
        title="Contract for the supply of uniform",
        subject=f"Contract {REF}",
        header="Office of the Police and Crime Commissioner for Holdenshire — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 9, 12, 15, 30),
        blocks=BLOCKS,
    ),
}
