"""Off-street car park management concession, Pellingham City Council with Meridian Park
Operations Ltd: income share bands, cash collection schedule, safe and CCTV details (DOCX)."""

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

TEMPLATE = "concession"
BUYER = "Pellingham City Council"
SUPPLIER = "Meridian Park Operations Ltd"
REF = "PCC-ENV-CP-026"

META = {
    "id": "concession-car-parks-pellingham-2026",
    "title": "Management and operation of the City's off-street car parks",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 9_640_000, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 2),
    "starts": dt.date(2026, 4, 6),
    "ends": dt.date(2033, 4, 5),
    "reference": REF,
    "public_names": ["Rosalind Achterberg", "Gareth Summerhill"],
    "documents": [{"file": "concession.docx", "title": "Car parks concession agreement"}],
}

DETAILS = (
    ("Reference", U(REF)),
    ("Authority", f"{U(BUYER)} of {U('Civic Centre, Bridge Street, Pellingham, PW1 2CC')}"),
    ("Concessionaire", f"{U(SUPPLIER)}, registered company {U('07390264')}, 44 Tollgate "
                       "Parade, Pellingham, PW5 9NT"),
    ("Car Parks", f"{U('Cathedral Quarter Multi-Storey')}, {U('Riverside Surface Car Park')}, "
                  f"{U('Station Approach Car Park')} and {U('Market Hall Undercroft')}"),
    ("Operating Commencement Date", "6th April 2026"),
    ("Concession Period", "Seven years; one extension of up to three years at the Authority's "
                          "option"),
    ("Estimated Concession Value", f"{U('£9,640,000')} gross tariff income over the "
                                   "Concession Period"),
    ("Authority's Representative", f"{U('Gareth Summerhill')}, "
                                   f"{U('Car Parks and Civil Enforcement Lead')}"),
    ("Tariffs", "Set by the Authority's off-street parking places order under the Road "
                "Traffic Regulation Act 1984; the Concessionaire may not vary them"),
)  # fmt: skip

SHARE = (
    ("Up to and including " + P("£1,350,000"), P("72%"), P("28%")),
    (P("£1,350,001") + " to " + P("£1,700,000"), P("60%"), P("40%")),
    ("Above " + P("£1,700,000"), P("50%"), P("50%")),
)  # fmt: skip

COLLECTIONS = (
    (U("Cathedral Quarter Multi-Storey"), "6", S("Mon, Wed, Fri"), S("06:15–07:00")),
    (U("Riverside Surface Car Park"), "3", S("Tue and Sat"), S("06:45–07:15")),
    (U("Station Approach Car Park"), "2", S("Thursday"), S("13:30–14:00")),
)  # fmt: skip

BLOCKS = [
    Title("CAR PARKS CONCESSION AGREEMENT"),
    Subtitle("Management and operation of the Authority's off-street car parks"),
    Para(
        f"THIS AGREEMENT is made on 2nd March 2026 between {BUYER} (the “Authority”) and "
        f"{SUPPLIER} (the “Concessionaire”)."
    ),
    Heading("Schedule 1 — Concession Details"),
    Table(("Item", "Details"), DETAILS, (0.3, 0.7)),
    Heading("Clauses"),
    Heading("1. Definitions", level=2),
    Definition(
        "Gross Income",
        "means all tariffs, season ticket and permit charges and "
        "cashless parking receipts collected at the Car Parks, net of VAT.",
    ),
    Definition(
        "Net Car Park Income",
        "means Gross Income less the Management Charge and the "
        "Permitted Costs listed in Schedule 3.",
    ),
    Definition("Operating Year", "means each year beginning on 6 April."),
    Heading("2. The concession", level=2),
    Clause(
        "2.1",
        "The Authority appoints the Concessionaire to manage, staff, maintain and "
        "collect the income of the Car Parks. The Concessionaire bears the risk that Net "
        "Car Park Income is lower than it forecast, and its reward is its share under "
        "clause 4.",
    ),
    Clause(
        "2.2",
        f"The Concessionaire shall operate the Authority's pay and display and "
        f"cashless systems, currently {U('ParkPoint Back Office 4.2')} and the "
        f"{U('PellPark')} app, and shall not introduce any other payment channel without "
        "consent.",
    ),
    Heading("3. Management Charge", level=2),
    Clause(
        "3.1",
        f"The Concessionaire may deduct a Management Charge of {P('£11,400.00')} + "
        f"VAT per calendar month from Gross Income, increased on each 6 April by RPI up to "
        f"a ceiling of {P('2.75%')}.",
    ),
    Clause(
        "3.2",
        f"Cash handling is a Permitted Cost at {P('£ 38.50')} per collection visit, "
        f"and cashless transaction fees are a Permitted Cost at {P('9.5p')} per "
        "transaction.",
    ),
    Heading("4. Income share", level=2),
    Clause(
        "4.1",
        "Net Car Park Income is shared between the parties by band, each percentage "
        "applying to the income falling within its band:",
    ),
    Table(
        (
            "Net Car Park Income in the Operating Year falls into the following bands",
            "Authority's share",
            "Concessionaire's share",
        ),
        SHARE,
        (0.5, 0.25, 0.25),
        right=(1, 2),
    ),
    Clause(
        "4.2",
        f"The Concessionaire guarantees the Authority a minimum share of "
        f"{P('£1.08m')} in each full Operating Year and shall make good any shortfall "
        "within 28 days of the annual reconciliation.",
    ),
    Clause(
        "4.3",
        f"The Authority's share is paid monthly on account. Any sums the Authority "
        f"owes the Concessionaire are paid to its account with Harrowgate Mutual Building "
        f"Society, sort code {B('07-44-91')}, account {B('00718254')}, roll number "
        f"{B('PMO/88120-7')}.",
    ),
    Heading("5. Cash collection and security", level=2),
    Clause(
        "5.1",
        "The Concessionaire's cash-in-transit contractor collects from the pay "
        "machines on the days and in the windows below. This schedule is confidential and "
        "shall be varied at random at least once a quarter.",
    ),
    Table(
        ("Car park", "Machines", "Collection days", "Window"), COLLECTIONS, (0.4, 0.14, 0.24, 0.22)
    ),
    Clause(
        "5.2",
        f"Takings are counted in the cash office at the Cathedral Quarter "
        f"Multi-Storey. The cash office safe has the combination {S('38-17-62-05')}, "
        f"which is known only to the Site Manager, {N('Mr Lewis Otterburn')}, and his "
        f"deputy, {N('Amira Haddad')}.",
    ),
    Clause(
        "5.3",
        f"The CCTV in the Car Parks records to the network video recorders "
        f"{S('pcc-nvr-cq01')} ({S('172.22.14.10')}) and {S('pcc-nvr-rs02')} "
        f"({S('172.22.14.11')}). The Concessionaire's control room views them through the "
        f"operator account {S('mpo_cctv_view')} and may not export footage except at "
        "the request of the police or the Authority.",
    ),
    Clause(
        "5.4",
        f"The Site Manager may be reached at {N('l.otterburn@meridianpark.example')} "
        f"or on {N('07700 900733')}; out of hours the Concessionaire's duty supervisor, "
        f"{N('Tomasz Rybak')}, answers on {N('07700 900734')}.",
    ),
    Heading("6. Financial standing and insurance", level=2),
    Clause(
        "6.1",
        f"The Concessionaire shall lodge a cash deposit of {F('£270,000')} as "
        f"security for the minimum share. Its last filed accounts show turnover of "
        f"{F('£41.9m')} and net current liabilities of {F('£1.3m')}, supported by a "
        "letter of support from its parent company.",
    ),
    Clause(
        "6.2",
        f"The Concessionaire shall hold public liability insurance of "
        f"{U('not less than £10,000,000')} and cash-in-transit cover. Its current "
        f"certificates are public liability {I('CPL 7700 2184 19')}, money and "
        f"cash-in-transit {I('MCT/55102/PW')} (excess {I('£250')} each loss).",
    ),
    Heading("7. Liability", level=2),
    Clause(
        "7.1",
        f"Each party's total liability in any Operating Year is limited to "
        f"{U('£2,000,000')}, save for the Concessionaire's obligation to account for "
        "Gross Income, which is unlimited.",
    ),
    Heading("Schedule 4 — Operating Proposals (Commercial in Confidence)"),
    Para(
        C(
            "We will convert the Riverside Surface Car Park to barrier-free ANPR operation in "
            "the first Operating Year at our own cost, reducing cash collections there to one "
            "a week and releasing two patrol hours a day for the Market Hall Undercroft."
        )
    ),
    Para(
        C(
            "Our season ticket offer for city-centre employers will be sold through a named "
            "account manager and priced at the Authority's tariff, with a target of 420 new "
            "permits by the end of the second Operating Year."
        )
    ),
    Signatures(
        "Signed by the authorised representatives of the parties:",
        (
            Signatory(
                f"For and on behalf of {BUYER}",
                (
                    ("Signature", U("R. Achterberg")),
                    ("Name", U("Rosalind Achterberg")),
                    ("Position", U("Director of Place")),
                    ("Date", "2026-03-02"),
                ),
            ),
            Signatory(
                f"For and on behalf of {SUPPLIER}",
                (
                    ("Signature", N("J. Abara")),
                    ("Name", N("Jude Abara")),
                    ("Position", "Commercial Director"),
                    ("Date", "2026-02-26"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "concession.docx": DocumentSpec(
        title="Car parks concession agreement",
        subject=f"Concession {REF}",
        header=f"{BUYER} — Car parks concession — OFFICIAL-SENSITIVE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 3, 2, 10, 15),
        blocks=BLOCKS,
    ),
}
