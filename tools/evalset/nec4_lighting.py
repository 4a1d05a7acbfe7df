"""Street lighting maintenance, term service short contract (NEC4 style), Calderstone County
Council with Lumenway Street Services Ltd (DOCX)."""

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

from evalset.marks import B, C, F, I, N, P, S, U, uk_iban

TEMPLATE = "nec4"
BUYER = "Calderstone County Council"
SUPPLIER = "Lumenway Street Services Ltd"
REF = "CCC/HWY/TSSC/26/011"
SORT, ACCOUNT = "09-61-25", "37740518"
IBAN = uk_iban("PKSB", SORT, ACCOUNT)
CMS = "NightGrid CMS 5.3.1"

META = {
    "id": "nec4-lighting-2026",
    "title": "Street lighting and illuminated signs maintenance 2026-2030",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_300_040, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 6),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2030, 3, 31),
    "reference": REF,
    "public_names": ["Andrew Kilbride", "Siobhan Fairweather"],
    "documents": [{"file": "contract.docx", "title": "Term service short contract"}],
}

PRICES = (
    ("1", "Routine maintenance visit and electrical inspection (cleaning, visual check, "
     "periodic test at six-year interval)", "column per year", P("9.85"), "28,400",
     P("279,740.00")),
    ("2", "Reactive fault repair, attendance within five working days", "repair",
     P("68.40"), "1,900", P("129,960.00")),
    ("3", "Emergency attendance and make safe within two hours", "attendance", P("145.00"),
     "260", P("37,700.00")),
    ("4", "LED lantern replacement, supply and fit, up to 35 W", "lantern", P("212.50"),
     "240", P("51,000.00")),
    ("5", "Column replacement, 6 m galvanised, including foundation", "column",
     P("1,186.00"), "20", P("23,720.00")),
    ("6", "CMS node replacement and commissioning", "node", P("64.30"), "300",
     P("19,290.00")),
    ("7", "Non-destructive structural testing of columns", "column", P("22.40"), "1,500",
     P("33,600.00")),
    ("", "Total of the Prices (one year)", "", "", "", U("£575,010.00")),
)  # fmt: skip

BLOCKS = [
    Title("TERM SERVICE SHORT CONTRACT"),
    Subtitle("Street lighting and illuminated signs maintenance 2026–2030"),
    Para(
        f"Contract {U(REF)} — NEC4 Term Service Short Contract, June 2017 (amended January 2023)",
        centred=True,
    ),
    Heading("Contract Data"),
    Heading("The Client's Contract Data", level=2),
    Table(
        ("Item", "Data"),
        (
            ("The Client is", f"{U(BUYER)}, {U('Shire Hall, Market Place, Calderstone, CE1 4NA')}"),
            ("The Service Manager is", f"{U('Andrew Kilbride')}, {U('Street Lighting Engineer')}"),
            (
                "The service is",
                "maintaining about 28,400 street lights, 3,100 illuminated signs and "
                "bollards and the central management system on the Client's highways",
            ),
            ("The Affected Property is", "the adopted highway network of the county"),
            ("The starting date is", "1 April 2026"),
            (
                "The service period is",
                "four years, with an option for the Client to extend by one further year",
            ),
            ("The period for reply is", "one week"),
            ("The assessment day is", "the 25th of each month"),
            (
                "The adjudicator is",
                "a person agreed by the parties, or failing agreement chosen by "
                "the Institution of Engineering and Technology",
            ),
            (
                "The Contractor's total liability to the Client",
                f"is limited to {U('£1,500,000')}, except for excluded matters",
            ),
            ("Minimum public liability cover", f"not less than {U('£10,000,000')} for each event"),
        ),
        (0.36, 0.64),
    ),
    Heading("The Contractor's Contract Data", level=2),
    Table(
        ("Item", "Data"),
        (
            (
                "The Contractor is",
                f"{U(SUPPLIER)} (company number {U('10562984')}), Unit 3, Kiln "
                "Fold Business Park, Calderstone, CE6 2XU",
            ),
            (
                "The Contractor's representative is",
                f"{N('Martyn Greaves-Hollis')}, Contract "
                f"Manager, {N('07700 900492')}, {N('martyn.gh@lumenway.example')}",
            ),
            ("The night scouting supervisor is", f"{N('Aisha Bello')}, {N('07700 900635')}"),
            (
                "The percentage for overheads and profit added to the cost of people and equipment "
                "for compensation events is",
                P("14%"),
            ),
        ),
        (0.36, 0.64),
    ),
    Table(
        ("Person", "Unit", "Rate for compensation events"),
        (
            ("Electrician (JIB approved)", "hour", P("£42.30")),
            ("Operative with mobile elevating work platform", "hour", P("£68.75")),
            ("Traffic management operative", "hour", P("£31.10")),
        ),
        (0.55, 0.15, 0.3),
        right=(2,),
    ),
    Heading("Price List"),
    Para(
        "The Price for each item is its rate multiplied by the expected quantity. Prices "
        "exclude VAT and are adjusted each April by the index stated in the Scope."
    ),
    Table(
        ("Item", "Description", "Unit", "Rate", "Qty", "Price (£)"),
        PRICES,
        (0.06, 0.42, 0.15, 0.11, 0.09, 0.17),
        right=(3, 4, 5),
        bold_last_row=True,
    ),
    Para(f"The expected value of the contract over four years is {U('£2,300,040')}."),
    Heading("Scope"),
    Heading("S1 Performance", level=2),
    Clause(
        "S1.1",
        "The Contractor repairs 95% of non-emergency faults within five working "
        "days of notification through the CMS or the Client's fault reporting portal.",
    ),
    Clause(
        "S1.2",
        f"Where fewer than 90% are repaired on time in a month, the Prices for item "
        f"2 in that month are reduced by {P('4 per cent')}.",
    ),
    Heading("S2 Ferris Lane Depot", level=2),
    Definition(
        "Depot",
        f"means the Client's highways depot at {U('Ferris Lane Depot')}, "
        "Ferris Lane, Calderstone, which the Contractor shares with the winter service "
        "team.",
    ),
    Clause(
        "S2.1",
        f"The Contractor's store in Bay 4 is protected by an intruder alarm; the "
        f"Contractor's unset code is {S('81 44 09')} and the duress code is "
        f"{S('81 44 99')}. Keys for the column cabinets are held in key safe KS-2 (code "
        f"{S('C7352')}).",
    ),
    Heading("S3 Central management system", level=2),
    Clause(
        "S3.1",
        f"The Client's central management system, {U(CMS)}, runs on the server "
        f"{S('CCCLITECMS01')} ({S('172.16.40.12')}) in the Client's data centre.",
    ),
    Clause(
        "S3.2",
        f"The Contractor reaches it through the Client's VPN gateway "
        f"{S('vpn-hwy.calderstone.internal')} with named accounts. The dimming schedule "
        f"import runs under the service account {S('svc_lumen_dimsync')}, whose initial "
        f"password {S('Lamp$Post-2026')} is changed by the Client's IT team on first "
        "use.",
    ),
    Clause(
        "S3.3",
        "Work in the highway is carried out under section 50 licences or as street "
        "works notified under the New Roads and Street Works Act 1991.",
    ),
    Heading("S4 Contractor's insurance, finance and payment"),
    Clause(
        "S4.1",
        f"Public liability policy {I('LSS-PL-0049915')} with Ormsby Insurance; "
        f"employer's liability policy {I('ORM/EL/661032')}; excess {I('£1,000')}.",
    ),
    Clause(
        "S4.2",
        f"From the Contractor's 2024/25 accounts: turnover {F('£11,206,400')}, "
        f"EBITDA {F('£982,150')}, and an overdraft facility of {F('£750,000')} with its "
        "bank.",
    ),
    Clause(
        "S4.3",
        f"Payments are made to Parkside Building Society, sort code {B(SORT)}, "
        f"account {B(ACCOUNT)}, IBAN {B(IBAN)}.",
    ),
    Heading("Commercial in Confidence — Contractor's offer, night scouting and dimming"),
    Para(
        C(
            "Lumenway will scout the whole network each month using a single van fitted with "
            "roof-mounted light meters, rather than the two crews the Council uses today, and "
            "will feed failures straight into the CMS; this is the main reason our item 1 rate "
            "is lower than the incumbent's."
        )
    ),
    Para(
        C(
            "We will hold a stock of 120 lanterns at Ferris Lane bought under our national "
            "supply agreement, which fixes our lantern cost until 2028, and we absorb the "
            "currency risk on imported drivers."
        )
    ),
    Heading("The Contractor's Offer and the Client's Acceptance"),
    Para(
        "The Contractor offers to Provide the Service in accordance with the conditions of "
        "contract for an amount to be determined in accordance with the conditions of "
        "contract. The Client accepts the Contractor's Offer to Provide the Service."
    ),
    Signatures(
        "Signed:",
        (
            Signatory(
                f"The Contractor: {SUPPLIER}",
                (
                    ("Name", N("Peter Lindgren-Shaw")),
                    ("Position", "Managing Director"),
                    ("Signature", N("P. Lindgren-Shaw")),
                    ("Date", "2 March 2026"),
                ),
            ),
            Signatory(
                f"The Client: {BUYER}",
                (
                    ("Name", U("Siobhan Fairweather")),
                    ("Position", U("Head of Highways")),
                    ("Signature", U("S. Fairweather")),
                    ("Date", "6 March 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Street lighting maintenance term service short contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Street lighting TSSC — OFFICIAL",
        footer=f"{REF}",
        created=dt.datetime(2026, 3, 6, 12, 0),
        blocks=BLOCKS,
    ),
}
