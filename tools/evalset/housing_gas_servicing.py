"""Gas servicing and repairs to council homes, Cresswold Homes Limited (the ALMO of Cresswold
Metropolitan Borough Council) with Flintcombe Heating Services Ltd (DOCX)."""

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

TEMPLATE = "housing"
BUYER = "Cresswold Homes Limited"
SUPPLIER = "Flintcombe Heating Services Ltd"
REF = "CHL/ASSET/GAS/2025-03"
SORT, ACCOUNT = "20-47-16", "53019874"
IBAN = uk_iban("TWRB", SORT, ACCOUNT)

META = {
    "id": "housing-gas-servicing-cresswold-2025",
    "title": "Gas servicing, breakdown repairs and boiler replacement 2025-2029",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 8_420_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 23),
    "starts": dt.date(2025, 8, 4),
    "ends": dt.date(2029, 8, 3),
    "reference": REF,
    "public_names": ["Delphine Okoro-Whitfield", "Stuart Hemmings"],
    "documents": [{"file": "contract.docx", "title": "Gas servicing and repairs contract"}],
}

PARTICULARS = (
    ("Contract reference", U(REF)),
    (
        "The Landlord",
        f"{U(BUYER)} (company number {U('05822146')}), managing the housing "
        f"stock of {U('Cresswold Metropolitan Borough Council')} under a management agreement",
    ),
    ("The Contractor", f"{U(SUPPLIER)} (company number {U('07310589')})"),
    (
        "Properties",
        "About 11,600 council homes with gas appliances, and 14 sheltered "
        "schemes, across the Cresswold, Pitmoor and Lowther Bank neighbourhoods",
    ),
    (
        "Estimated Contract Value",
        f"{U('£8,420,000')} over four years (about {U('£2.1 million')} a year)",
    ),
    ("Start Date", "4th August 2025"),
    ("Landlord's Contract Manager", f"{U('Stuart Hemmings')}, {U('Gas Safety Manager')}"),
    ("Service Desk", f"Cresswold Homes repairs line {U('0161 496 0300')}"),
)

BANDS = (
    ("A", "Combi swap, same location, up to 30 kW", P("1,685.00"), P("540.00"), P("2,225.00")),
    (
        "B",
        "System or regular boiler to combi, tanks removed",
        P("1,790.00"),
        P("1,260.00"),
        P("3,050.00"),
    ),
    (
        "C",
        "Full system replacement incl. radiators (up to 8)",
        P("2,940.00"),
        P("1,975.00"),
        P("4,915.00"),
    ),
)

ENGINEERS = (
    (N("Callum Brereton"), "Lead engineer, north patch", N("544081"), S("4471")),
    (N("Aisha Mahmood-Hale"), "Engineer, central patch", N("612397"), S("9025")),
    (N("Piotr Kaczmarek"), "Engineer, Lowther Bank", N("587720"), S("3168")),
)

ACCESS = (
    (
        N("Flat 7, Tamsin Court, Brook Row, Cresswold CQ4 2ZT"),
        "Hearing impaired: text before calling",
        N("Mr E. Fenwick"),
    ),
    (
        N("22 Wheelwright Close, Pitmoor CQ7 9XR"),
        "Two visits failed in 2024; legal route",
        N("Mrs R. Obi"),
    ),
    (
        N("Flat 41, Cedar Tower, Lowther Bank CQ2 6WD"),
        "Carer present Tuesdays only",
        N("Ms J. Santos"),
    ),
)

BLOCKS = [
    Title("GAS SERVICING AND REPAIRS CONTRACT"),
    Subtitle("Annual servicing, responsive repairs and boiler replacement to council homes"),
    Para(f"{BUYER} — Asset Management and Compliance", centred=True),
    Heading("Part A — Contract Particulars"),
    Para(
        "The particulars below form part of the Contract and take precedence over the "
        "Conditions where they differ."
    ),
    Table(("Particular", "Entry"), PARTICULARS, (0.32, 0.68)),
    Heading("Part B — Conditions"),
    Heading("1. Words with special meanings", level=2),
    Definition(
        "Annual Service",
        "means the safety check and service of every gas appliance, "
        "flue and installation pipework in a Property, and the issue of a Landlord Gas "
        "Safety Record, within each twelve months.",
    ),
    Definition(
        "LGSR",
        "means the record required by regulation 36 of the Gas Safety "
        "(Installation and Use) Regulations 1998.",
    ),
    Definition(
        "No Access Procedure",
        "means the three-stage appointment, card and warning "
        "letter process in Part D, ending in referral to the Landlord for a warrant.",
    ),
    Definition(
        "Works Order",
        "means an instruction raised on the Landlord's repairs system, "
        f"{U('HomeLedger Repairs')} {U('v11.4')}, for a repair or a boiler replacement.",
    ),
    Heading("2. The Contractor's duties", level=2),
    Clause(
        "2.1",
        "The Contractor will carry out the Annual Service for each Property no "
        "earlier than ten months and no later than the anniversary of the last LGSR, so "
        "that no certificate lapses.",
    ),
    Clause("2.2", "Breakdown repairs will be attended within these times:"),
    Clause(
        "2.2.1",
        "no heating or hot water between 1 October and 30 April, or any household "
        "with a child under five or a person over 75: within 4 hours;",
        level=2,
    ),
    Clause("2.2.2", "all other breakdowns: within 24 hours; and", level=2),
    Clause("2.2.3", "routine repairs: by appointment within 10 working days.", level=2),
    Clause(
        "2.3",
        f"The Contractor will achieve {U('100%')} gas safety compliance at every "
        "month end. Every LGSR lapse is reported to the Landlord's Contract Manager on the "
        "same day.",
    ),
    Heading("3. What the Landlord pays", level=2),
    Clause(
        "3.1",
        f"Each completed Annual Service is paid at {P('£62.40')} per Property, "
        f"plus {P('£14.75')} for each additional appliance (fire or cooker) checked at the "
        f"same visit. A visit where access is refused and carded earns a no-access fee of "
        f"{P('£18.00')}, payable no more than twice for any Property each year.",
    ),
    Clause(
        "3.2",
        f"Breakdown repairs are priced from the {U('NHF Schedule of Rates')} "
        f"{U('Version 7.2')} at the tendered percentage adjustment of "
        f"{P('minus 4.5 %')}, with parts at cost plus {P('12%')}.",
    ),
    Clause(
        "3.3",
        "Boiler replacements are paid per completed installation in the band "
        "confirmed on the Works Order:",
    ),
    Table(
        ("Band", "Scope", "Boiler & materials £", "Labour £", "Band price £"),
        BANDS,
        (0.08, 0.42, 0.17, 0.14, 0.19),
        right=(2, 3, 4),
    ),
    Clause(
        "3.4",
        f"Prices are fixed until 31 March 2026. From each 1 April they move with "
        f"the BCIS Gas Services index, but by no more than "
        f"{P('three and a half per cent (3.5%)')} in any year.",
    ),
    Clause(
        "3.5",
        f"Where the Contractor misses the 4-hour attendance target in more than "
        f"{P('2.0 %')} of priority jobs in a month, the month's servicing payment reduces "
        f"by {P('£1,150')}.",
    ),
    Clause(
        "3.6",
        f"Payments are made 30 days after a valid application to {SUPPLIER}, "
        f"Tideway Regional Bank, sort code {B(SORT)}, account {B(ACCOUNT)}, "
        f"IBAN {B(grouped(IBAN))}.",
    ),
    Heading("4. Engineers, vehicles and keys", level=2),
    Clause(
        "4.1",
        "Only engineers on the Gas Safe Register competent for the work may work on "
        "a gas installation. The Contractor's engineers at the Start Date are:",
    ),
    Table(
        ("Engineer", "Role", "Gas Safe licence no.", "Van key-box code"),
        ENGINEERS,
        (0.28, 0.32, 0.2, 0.2),
    ),
    Clause(
        "4.2",
        f"Master keys to communal plant rooms are held in a locked key-box in each "
        f"van. The sheltered scheme boiler house at {U('Harcourt Lodge')} is opened with "
        f"the digital lock code {S('2580C')}, changed each quarter by the Landlord.",
    ),
    Clause(
        "4.3",
        f"The Contractor's supervisor, {N('Mr Lewis Gatenby')} (mobile "
        f"{N('07700 900583')}), is the named person for gas emergencies and will attend any "
        f"reported escape within one hour. His deputy is {N('Fern Adebayo')}, "
        f"{N('f.adebayo@flintcombe-heating.example')}.",
    ),
    Clause(
        "4.4",
        f"Engineers log on to the Landlord's mobile working app with individual "
        f"accounts; the Contractor's integration user is {S('flintcombe_api')} and the "
        f"job feed is collected from {S('sftp.cresswoldhomes.internal')}.",
    ),
    Heading("5. Insurance and security for performance", level=2),
    Clause(
        "5.1",
        f"The Contractor will keep employer's liability cover of at least "
        f"{U('£10,000,000')} and public liability cover of at least {U('£10,000,000')} "
        f"for each claim. The current public liability policy is {I('HPL/55019423/25')} "
        f"with Brantwood Insurance plc, excess {I('£2,500')} each claim.",
    ),
    Clause(
        "5.2",
        f"The Contractor's last filed accounts show turnover of {F('£14.8m')} and "
        f"net assets of {F('£2.36m')}. Because of the size of the Contract, its parent, "
        f"Flintcombe Group Holdings Ltd, gives a guarantee capped at {F('£850,000')}.",
    ),
    Clause(
        "5.3",
        f"The Contractor's total liability under the Contract is limited to "
        f"{U('£5,000,000')}, except for death, personal injury and fraud.",
    ),
    Heading("Part D — Access list (restricted)", level=1),
    Para(
        "Households where special arrangements apply. The list is personal data; engineers "
        "see it only on their handheld device."
    ),
    Table(("Address", "Arrangement", "Tenant"), ACCESS, (0.45, 0.35, 0.2)),
    Signatures(
        "Signed on behalf of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Name", U("Delphine Okoro-Whitfield")),
                    ("Position", U("Director of Property Services")),
                    ("Date", "23rd June 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Gareth Pennington")),
                    ("Position", "Managing Director"),
                    ("Date", "20th June 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Gas servicing and repairs contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Gas servicing contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 6, 23, 11, 0),
        blocks=BLOCKS,
    ),
}
