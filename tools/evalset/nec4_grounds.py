"""Parks and grounds maintenance term service contract (NEC4 style), Hartsmere District Council
with Verdant Grounds Ltd (DOCX)."""

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

TEMPLATE = "nec4"
BUYER = "Hartsmere District Council"
SUPPLIER = "Verdant Grounds Ltd"
REF = "HDC/PKS/TSC/2025/03"
SORT, ACCOUNT = "30-71-48", "52960184"
IBAN = uk_iban("WSTB", SORT, ACCOUNT)

META = {
    "id": "nec4-grounds-2025",
    "title": "Parks, open spaces and grounds maintenance term service contract 2025-2030",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 3_266_620, "currency": "GBP"},
    "awarded": dt.date(2025, 2, 14),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2030, 3, 31),
    "reference": REF,
    "public_names": ["Graham Oduya", "Helen Marchbank"],
    "documents": [
        {
            "file": "contract.docx",
            "title": "Term service contract (contract data, price list and scope extracts)",
        }
    ],
}

PRICE_LIST = (
    ("1.1", "Amenity grass cutting, cylinder or rotary, arisings left", "100 m² per cut",
     "148,200", P("0.41"), P("60,762.00")),
    ("1.2", "Shrub and rose bed maintenance", "m² per year", "42,600", P("2.18"),
     P("92,868.00")),
    ("1.3", "Hedge cutting, both faces and top, two cuts a year", "linear m per cut",
     "63,600", P("0.86"), P("54,696.00")),
    ("1.4", "Litter picking and litter bin emptying", "site visit", "9,880", P("14.20"),
     P("140,296.00")),
    ("1.5", "Grave excavation and backfill (adult, single depth)", "grave", "210",
     P("412.00"), P("86,520.00")),
    ("1.6", "Arboricultural works, climbing team of three with chipper", "team day", "180",
     P("695.00"), P("125,100.00")),
    ("1.7", "Management, supervision and mobilisation", "year", "1", P("93,082.00"),
     P("93,082.00")),
    ("", "Total of the Prices for one year", "", "", "", U("£653,324.00")),
)  # fmt: skip

BLOCKS = [
    Title("TERM SERVICE CONTRACT"),
    Subtitle(
        "Parks, open spaces and grounds maintenance 2025–2030 — NEC4 Term Service Contract "
        "with amendments"
    ),
    Para(f"Contract reference {U(REF)}", centred=True),
    Para(f"between {U(BUYER)} (the Client) and {U(SUPPLIER)} (the Contractor)", centred=True),
    Heading("Contract Data part one — data provided by the Client"),
    Heading("1 General", level=2),
    Table(
        ("Statement", "Data"),
        (
            (
                "The conditions of contract",
                "The core clauses, main Option A (priced contract with "
                "price list), dispute resolution Option W2 and secondary Options X1, X2, X13, "
                "X17, X18, X19, X20, Y(UK)2, Y(UK)3 and Z of the NEC4 Term Service Contract "
                "(June 2017, with "
                "amendments January 2023).",
            ),
            (
                "The Client is",
                f"{U(BUYER)}, {U('Council Offices, Mardle Street, Hartsmere, HX4 1JQ')}",
            ),
            (
                "The Service Manager is",
                f"{U('Graham Oduya')}, {U('Parks and Open Spaces Manager')}, "
                "at the address of the Client",
            ),
            (
                "The Affected Property is",
                f"the parks, cemeteries, closed churchyards, highway verges "
                f"and housing amenity land listed in Scope Annex 1, including "
                f"{U('Bellfield Park')}, "
                f"{U('Hartsmere Road Cemetery')} and {U('Copley Water Meadows')}",
            ),
            (
                "The service period is",
                "five years from the starting date, which is 1 April 2025; "
                "the Client may extend it by up to two further periods of one year each",
            ),
            ("The period for reply is", "two weeks"),
            ("The Scope is in", "Hartsmere Parks Scope v3.2, issued with the invitation to tender"),
            ("The language and law", "English; the law of England and Wales"),
        ),
        (0.32, 0.68),
    ),
    Heading("2 The Contractor's main responsibilities", level=2),
    Clause(
        "21.4",
        "The Contractor submits its plan for delivering the service, including the "
        "grass cutting calendar and the cemetery interment rota, for acceptance within four "
        "weeks of the Contract Date.",
    ),
    Heading("5 Payment", level=2),
    Clause(
        "51.2",
        "The Client pays within three weeks of the assessment date. The assessment "
        "interval is one calendar month. Interest on late payment is at 2% above the Bank of "
        "England base rate.",
    ),
    Heading("8 Liabilities and insurance", level=2),
    Table(
        ("Insurance against", "Minimum amount of cover"),
        (
            (
                "Loss of or damage to property and liability for bodily injury to or death of a "
                "person (third party) caused by activity in connection with this contract",
                f"not less than {U('£10,000,000')} in respect of each event, without limit to the "
                "number of events",
            ),
            (
                "Liability for death of or bodily injury to employees of the Contractor",
                f"not less than {U('£5,000,000')} in respect of each event",
            ),
            ("Loss of or damage to the Contractor's vehicles and plant", "replacement cost"),
        ),
        (0.6, 0.4),
    ),
    Heading("Secondary Options", level=2),
    Clause(
        "X1",
        f"Price adjustment for inflation. The index is the CPIH published by the Office "
        f"for National Statistics; the base date is February 2025. The adjustment applied at "
        f"each anniversary of the starting date is capped at {P('3.25%')}.",
    ),
    Clause("X2", "Changes in the law. The law of the project is the law of England and Wales."),
    Clause(
        "X13",
        f"Performance bond. The Contractor gives the Client a performance bond from a "
        f"bank or insurer accepted by the Service Manager, for an amount of "
        f"{F('£243,000')}, within four weeks of the Contract Date.",
    ),
    Clause(
        "X17",
        f"Low service damages. Where the grass cutting performance indicator falls "
        f"below 92% in any month the Contractor pays low service damages of "
        f"{P('£1,650')} for that month, and the Service Manager may "
        "instruct a repeat visit at no cost.",
    ),
    Clause(
        "X18",
        f"Limitation of liability. The Contractor's liability to the Client for "
        f"indirect or consequential loss is limited to {U('£2,000,000')}; for loss of or "
        f"damage to the Client's property it is limited to {U('£1,000,000')} for each "
        "event.",
    ),
    Clause(
        "X20",
        f"Key performance indicators. The incentive schedule is in Scope Annex 6. "
        f"Where every indicator is met in a contract year the Client pays an incentive of "
        f"{P('0.8 per cent')} of the Prices for that year.",
    ),
    Clause(
        "Z1",
        "Additional conditions of contract. Z1.1 The Contractor pays the Real Living "
        "Wage to all people employed on the service. Z1.2 The Contractor applies no "
        "glyphosate-based product within ten metres of a watercourse.",
    ),
    Heading("Contract Data part two — data provided by the Contractor"),
    Table(
        ("Statement", "Data"),
        (
            (
                "The Contractor is",
                f"{U(SUPPLIER)}, registered in England with company number "
                f"{U('08814273')}, of Unit 7, Furrow Park, Calder Lane, Hartsmere, HX9 3WP",
            ),
            ("The fee percentage is", P("11.5%")),
            (
                "The working areas are",
                f"the Affected Property and the Client's depot at {U('Bellfield Park Works Yard')}",
            ),
            ("The tendered total of the Prices is", U("£3,266,620")),
            (
                "Key person: Contract Manager",
                f"{N('Ms Rachel Ambrose-Tait')}, mobile "
                f"{N('07700 900127')}, {N('r.ambrose-tait@verdantgrounds.example')}; fourteen "
                "years "
                "managing local authority grounds contracts",
            ),
            (
                "Key person: Head Arboriculturist",
                f"{N('Owain Prydderch')}, mobile "
                f"{N('07700 900583')}; LANTRA-qualified, Level 6 Diploma in Arboriculture",
            ),
        ),
        (0.32, 0.68),
    ),
    Heading("Resolving compensation events: people rates", level=2),
    Table(
        ("Category of person", "Unit", "Rate (£)"),
        (
            ("Grounds operative", "hour", P("24.60")),
            ("Arborist (climber)", "hour", P("34.90")),
            ("Supervisor", "hour", P("39.40")),
        ),
        (0.55, 0.2, 0.25),
        right=(2,),
    ),
    Heading("Price List"),
    Para(
        "Prices are exclusive of VAT and are for one year of the service period. Quantities "
        "are the Client's estimate and are not a commitment."
    ),
    Table(
        ("Item", "Description", "Unit", "Qty", "Rate", "Price (£)"),
        PRICE_LIST,
        (0.07, 0.38, 0.17, 0.11, 0.11, 0.16),
        right=(3, 4, 5),
        bold_last_row=True,
    ),
    Heading("Scope extracts"),
    Definition(
        "Depot",
        f"means the Client's works yard at {U('Bellfield Park Works Yard')}, "
        "Station Approach, Hartsmere, which the Contractor uses free of rent.",
    ),
    Clause(
        "S4.1",
        f"Vehicle gates to the Depot are opened with the key safe at the pedestrian "
        f"gate (code {S('3904')}); the mess room intruder alarm is set and unset with code "
        f"{S('7150#')}. The Contractor changes no code without the Service Manager's "
        "agreement.",
    ),
    Clause(
        "S4.2",
        f"The Contractor records all work orders in the Client's asset system, "
        f"{U('Arbora Assets v4.2')}, through the integration account "
        f"{S('svc_vgl_arbora')}, and its handheld devices connect to the depot network "
        f"{S('HDC-DEPOT-OPS')} only.",
    ),
    Heading("Contractor's financial information and bank details"),
    Table(
        ("Item", "Year to 31 March 2024"),
        (
            ("Turnover", F("£18,362,000")),
            ("Operating profit", F("£1,104,500")),
            ("Net assets", F("£4,971,000")),
            ("Credit reference score", F("74 (low risk)")),
        ),
        (0.55, 0.45),
        right=(1,),
    ),
    Para(
        f"Payments are made by BACS to {SUPPLIER}, Westbury & Shore Bank, sort code "
        f"{B(SORT)}, account {B(ACCOUNT)} (IBAN {B(grouped(IBAN))})."
    ),
    Para(
        f"Insurance held by the Contractor: public liability with Harrowgate Mutual, policy "
        f"{I('PL/HGM/0448192')}, excess {I('£2,500')} for each claim; employer's liability "
        f"policy {I('EL 7730 41 906')}."
    ),
    Heading("Commercial in Confidence — Contractor's method statement (Scope Annex 4)"),
    Para(
        C(
            "Verdant will mobilise from the Bellfield Park yard with a fleet of eleven ride-on "
            "mowers, of which four are battery electric, rising to seven by the second contract "
            "year; the transfer of the Council's existing diesel fleet is priced at nil because "
            "the machines will be sold on at our cost."
        )
    ),
    Para(
        C(
            "Seasonal labour is supplied through our own bank of returning staff rather than an "
            "agency, which is how we hold our operative rate below the market by around eight "
            "per cent; we carry the risk of wet-season overtime ourselves."
        )
    ),
    Signatures(
        "The Client accepts the Contractor's offer to Provide the Service. Signed on behalf of "
        "the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Name", U("Helen Marchbank")),
                    ("Position", U("Director of Environment and Place")),
                    ("Signature", U("H. Marchbank")),
                    ("Date", "14 February 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Stuart Penhaligon")),
                    ("Position", "Managing Director"),
                    ("Signature", N("S. Penhaligon")),
                    ("Date", "11 February 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Parks and grounds maintenance term service contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Term Service Contract — OFFICIAL",
        footer=f"{REF}",
        created=dt.datetime(2025, 2, 14, 11, 0),
        blocks=BLOCKS,
    ),
}
