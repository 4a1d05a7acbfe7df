"""Integrated facilities management, facilities management contract (NEC4 style), Severn
Marches Combined Authority with Castellan Facilities Services Ltd (PDF contract, DOCX TUPE
schedule)."""

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

TEMPLATE = "nec4"
BUYER = "Severn Marches Combined Authority"
SUPPLIER = "Castellan Facilities Services Ltd"
REF = "SMCA-PRC-FM-2026-004"
SM_TITLE = "Head of Estates and Facilities"
INTERCHANGE = "Wyebridge Transport Interchange"
ADDRESS = "Marches House, 1 Severn Quay, Wyebridge, SQ1 7MD"
SORT, ACCOUNT = "55-18-92", "04627713"

META = {
    "id": "nec4-fm-2026",
    "title": "Integrated facilities management for the Authority's estate 2026-2031",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 7_728_000, "currency": "GBP"},
    "awarded": dt.date(2026, 5, 22),
    "starts": dt.date(2026, 7, 1),
    "ends": dt.date(2031, 6, 30),
    "reference": REF,
    "public_names": ["Kwame Asante-Boyd", "Lorraine Whitcombe"],
    "documents": [
        {
            "file": "contract.pdf",
            "title": "Facilities management contract: Contract Data, "
            "price list and service credits",
        },
        {"file": "tupe-schedule.docx", "title": "Scope Annex 5: TUPE staff list"},
    ],
}

PRICES = (
    ("FM1", "Planned and reactive building maintenance (mechanical, electrical, fabric, "
     "statutory compliance)", P("38,450.00")),
    ("FM2", "Cleaning, washroom services and window cleaning", P("41,920.00")),
    ("FM3", "Security, concierge and CCTV monitoring (24 hours at Marches House)",
     P("29,760.00")),
    ("FM4", "Reception, post room and meeting room services", P("12,380.00")),
    ("FM5", "FM helpdesk and computer-aided facilities management system", P("6,290.00")),
    ("", "Annual total of the Prices (12 months)", U("£1,545,600.00")),
)  # fmt: skip

CREDITS = (
    ("KPI 1", "Priority 1 reactive faults attended within 1 hour", U("98%"),
     P("1.5%")),
    ("KPI 2", "Planned preventive maintenance completed in the month scheduled",
     U("95%"), P("1.0%")),
    ("KPI 3", "Statutory compliance certificates current", U("100%"), P("£2,750")),
    ("KPI 4", "Cleaning audit score (monthly joint audit)", U("90%"), P("0.75%")),
    ("KPI 5", "Security patrols completed and logged", U("99%"), P("£1,200")),
)  # fmt: skip

STAFF = (
    (N("CFS-T-0141"), "Maintenance Engineer (multi-skilled)", N("03/03/2014"),
     N("11/07/1976"), N("£36,480")),
    (N("CFS-T-0158"), "Cleaning Supervisor", N("19/09/2016"), N("25/01/1983"),
     N("£25,110")),
    (N("CFS-T-0177"), "Security Officer (nights)", N("07/05/2019"), N("02/12/1990"),
     N("£27,345")),
    (N("CFS-T-0203"), "Receptionist (0.6 FTE)", N("14/01/2022"), N("30/08/1998"),
     N("£14,220")),
)  # fmt: skip

CONTRACT = [
    Title("FACILITIES MANAGEMENT CONTRACT"),
    Subtitle("Integrated facilities management for the Authority's estate 2026–2031"),
    Para(
        f"Contract {U(REF)} — NEC4 Facilities Management Contract (June 2017, amended "
        "January 2023), main Option A",
        centred=True,
    ),
    Heading("Contract Data part one — data provided by the Client"),
    Table(
        ("Statement", "Data"),
        (
            ("The Client is", f"{U(BUYER)}, {U(ADDRESS)}; switchboard {U('0161 496 0500')}"),
            ("The Service Manager is", f"{U('Kwame Asante-Boyd')}, {U(SM_TITLE)}"),
            (
                "The Affected Property is",
                f"{U('Marches House')}, the {U(INTERCHANGE)} offices "
                "and the four bus station buildings listed in Scope Annex 1",
            ),
            ("The starting date and service period", "1 July 2026; five years"),
            ("The secondary Options are", "X1, X2, X4, X11, X18, X19, X20, Y(UK)2, Y(UK)3, Z"),
            ("The period for reply is", "two weeks"),
            (
                "The Client's liability cap (X18)",
                f"the Contractor's total liability to the Client is limited to {U('£5,000,000')}",
            ),
            (
                "Insurance: third party and public liability",
                f"not less than {U('£10,000,000')} for each event",
            ),
        ),
        (0.34, 0.66),
    ),
    Definition(
        "Service Credit",
        "means the amount by which the Prices for a month are "
        "reduced where a key performance indicator is not met, as stated in the service "
        "credits table.",
    ),
    Definition(
        "Monthly Charge",
        "means one twelfth of the annual total of the Prices for the "
        "service lines provided in that month.",
    ),
    Heading("Contract Data part two — data provided by the Contractor"),
    Table(
        ("Statement", "Data"),
        (
            (
                "The Contractor is",
                f"{U(SUPPLIER)}, company number {U('07218864')}, Castellan "
                "House, 9 Forge Way, Wyebridge, SQ4 2HT",
            ),
            ("Key person: Account Director", f"{N('Harriet Quennell')}, based at Castellan House"),
            ("Key person: Site General Manager", f"{N('Bogdan Rusu')}, {N('07700 900953')}"),
            ("The fee percentage for compensation events is", P("12.5%")),
            (
                "The ultimate holding company guarantor (X4)",
                f"Castellan Group plc, guarantee limited to {F('£1,550,000')}",
            ),
        ),
        (0.38, 0.62),
    ),
    Heading("Price List"),
    Table(
        ("Service line", "Description", "Monthly charge (£)"),
        PRICES,
        (0.12, 0.63, 0.25),
        right=(2,),
        bold_last_row=True,
    ),
    Para(
        f"The total of the Prices over the five-year service period is {U('£7,728,000')}, "
        "excluding VAT, before price adjustment under Option X1."
    ),
    Heading("Service credits (Scope section 6)"),
    Table(
        ("KPI", "Measure", "Target", "Service Credit per month missed"),
        CREDITS,
        (0.09, 0.53, 0.12, 0.26),
        right=(2, 3),
    ),
    Clause(
        "6.4",
        f"Percentages are of the Monthly Charge for the service line concerned. The "
        f"total of Service Credits in any month does not exceed {P('12.5 per cent')} of the "
        "Monthly Charge, and Service Credits are the Client's only remedy for a missed "
        "target unless it is missed in three consecutive months.",
    ),
    Clause(
        "6.5.1",
        f"Where every target is met for a contract year, the Contractor earns "
        f"{P('£15,000')} under Option X20.",
    ),
    Heading("Building systems (Scope section 8)"),
    Clause(
        "8.2",
        f"The building management system head-end {S('SMCA-BMS-HE01')} is on the "
        f"Client's building services network {S('10.120.8.0/24')}. The Contractor's "
        f"engineers log in with personal accounts; the access control administrator "
        f"account {S('cfs_acs_admin')} is held in the Client's password vault.",
    ),
    Heading("Contractor's insurance, finance and bank details"),
    Clause(
        "9.1",
        f"Combined liability policy {I('CFS/CL/2026/11483')} with Bramhall "
        f"Assurance; property damage excess {I('£5,000')}.",
    ),
    Clause(
        "9.2",
        f"Latest filed accounts (52 weeks to 31 March 2026): turnover "
        f"{F('£63,900,000')}, operating profit {F('£2,874,000')}.",
    ),
    Clause(
        "9.3", f"Payment is made to Calloway Bank plc, sort code {B(SORT)}, account {B(ACCOUNT)}."
    ),
    Heading("Commercial in Confidence"),
    Para(
        "The following passages are taken from the Contractor's tender and are accepted as Scope:"
    ),
    Para(
        C(
            "Castellan will run the helpdesk from its regional hub rather than on site, sharing "
            "supervisors across three public sector contracts; the saving is passed to the "
            "Authority in line FM5, and we keep one multi-skilled engineer at Marches House on "
            "every shift."
        )
    ),
    Para(
        C(
            "Cleaning hours are scheduled from the occupancy sensors in Marches House, so that "
            "about a fifth of the evening cleaning moves to areas actually used that day; our "
            "price assumes the Authority keeps its hybrid working pattern of three office days."
        )
    ),
    Signatures(
        "Signed on behalf of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Name", U("Lorraine Whitcombe")),
                    ("Position", U("Director of Corporate Services")),
                    ("Date", "22 May 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Harriet Quennell")),
                    ("Position", "Account Director"),
                    ("Date", "20 May 2026"),
                ),
            ),
        ),
    ),
]

TUPE = [
    Title("SCOPE ANNEX 5 — TUPE STAFF LIST"),
    Subtitle(f"Contract {REF} — staff assigned to the transferring services"),
    Para(
        "The outgoing contractor has supplied the following information under regulation 11 "
        "of the Transfer of Undertakings (Protection of Employment) Regulations 2006. It is "
        "personal data and is shared only with those who need it to plan the transfer."
    ),
    Table(
        ("Employee ref", "Role", "Continuous service from", "Date of birth", "Salary p.a."),
        STAFF,
        (0.16, 0.34, 0.18, 0.15, 0.17),
        right=(4,),
    ),
    Para(
        "All four employees are members of the Local Government Pension Scheme through the "
        "outgoing contractor's admission agreement, which the Contractor replaces from the "
        "starting date."
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Integrated facilities management contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Facilities Management Contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 5, 22, 10, 0),
        blocks=CONTRACT,
    ),
    "tupe-schedule.docx": DocumentSpec(
        title="TUPE staff list",
        subject=f"Contract {REF}, Scope Annex 5",
        header=f"{BUYER} — OFFICIAL-SENSITIVE: PERSONAL",
        footer=f"{REF} — Scope Annex 5",
        created=dt.datetime(2026, 5, 22, 10, 0),
        blocks=TUPE,
    ),
}
