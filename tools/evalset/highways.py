"""Highways surfacing term contract, Brackenmoor County Council with Tarnway Civils Ltd (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import Clause, DocumentSpec, Heading, Para, Signatory, Signatures, Table, Title

from evalset.marks import B, F, I, N, P, S, U

TEMPLATE = "house"
BUYER = "Brackenmoor County Council"
SUPPLIER = "Tarnway Civils Ltd"
REF = "BCC-HWY-0925"

META = {
    "id": "highways-surfacing-2025",
    "title": "Carriageway surfacing and patching term contract",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 12_400_000, "currency": "GBP"},
    "awarded": dt.date(2025, 2, 10),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REF,
    "environmental": True,
    "documents": [{"file": "contract.pdf", "title": "Term contract"}],
}

SCHEDULE = (
    ("101", "Planing 50 mm, per m²", "m²", P("£4.85")),
    ("102", "Hot rolled asphalt surface course, 40 mm", "m²", P("£17.30")),
    ("103", "Pothole repair up to 1 m², permanent", "nr", P("£96.00")),
    ("104", "Road markings, 100 mm continuous white line", "m", P("£1.12")),
    ("105", "Traffic management, two-way signals, per day", "day", P("£410.00")),
)

BLOCKS = [
    Title("TERM CONTRACT FOR CARRIAGEWAY SURFACING AND PATCHING"),
    Para(f"Between {U(BUYER)} and {U(SUPPLIER)} — reference {U(REF)}", centred=True),
    Heading("1. The works"),
    Clause("1.1", "The Contractor shall carry out planned resurfacing, patching and associated "
           "road markings on the county's classified and unclassified roads, as instructed by "
           "works orders issued by the Service Manager."),
    Clause("1.2", f"The total of the Prices is estimated at {U('£12.4 million')} over the four "
           "year term. Works orders above £250,000 require the approval of the Council's "
           "Highways Board."),
    Heading("2. Schedule of rates"),
    Para("Works are valued by measuring the quantities completed and applying the rates below. "
         "Rates include all labour, plant, materials, overheads and profit."),
    Table(("Item", "Description", "Unit", "Rate"), SCHEDULE, (0.1, 0.55, 0.1, 0.25), right=(3,)),
    Para(f"Work instructed outside normal working hours attracts an uplift of {P('22%')} on the "
         f"labour element. Materials not in the schedule are paid at cost plus {P('9%')}."),
    Heading("3. Payment"),
    Clause("3.1", f"The first payment includes a mobilisation sum of {P('£185,000')}, and the "
           f"Contractor shall give the Council a volume discount of {P('3.25%')} on the value of "
           "works orders in any year in which that value exceeds £3 million."),
    Clause("3.2", f"Payments are made by BACS to the Contractor's account: Lindow Bank, sort code "
           f"{B('09 44 17')}, account no. {B('62093385')}, BIC {B('LNDWGB2LXXX')}."),
    Heading("4. Financial standing"),
    Clause("4.1", f"The Contractor's audited accounts for the year ended 31 December 2024 show "
           f"a turnover of {F('£48.2 million')} and a profit before tax of {F('£2.9 million')}. "
           f"Its Creditsafe credit score at award was {F('71')}."),
    Clause("4.2", f"Tarnway Group Holdings Ltd shall provide a parent company guarantee, and the "
           f"Contractor a performance bond of {F('£1,240,000')}, within 28 days of award."),
    Heading("5. Insurance and liability"),
    Clause("5.1", f"The Contractor shall insure against third-party liability for not less than "
           f"{U('£10 million')} for each and every claim. Certificate number "
           f"{I('TCL/PL/558120')} was produced at award."),
    Clause("5.2", f"The Contractor's total liability is limited to {U('£5,000,000')} in the "
           "aggregate, except for death or personal injury."),
    Heading("6. Depot and site security"),
    Clause("6.1", f"The Contractor may store materials at the Council's Fellgate depot. The gate "
           f"code is {S('7730#')} and the salt barn key safe code is {S('2941')}; both are changed "
           "each quarter."),
    Clause("6.2", "Depot opening hours are 06:00 to 18:00 Monday to Friday."),
    Heading("7. Key people"),
    Clause("7.1", f"The Service Manager is {N('Mr Declan Furness')}, telephone "
           f"{N('0113 496 0731')}. "
           f"The Contractor's agent is {N('Bethany Corrigan')} "
           f"({N('bethany.corrigan@tarnway-civils.co.uk')}, mobile {N('07700 900627')})."),
    Clause("7.2", "Members of the public report defects to the Council's highways contact "
           "centre on 0113 496 0500 or at highways@brackenmoor.gov.uk."),
    Signatures(
        "Executed by the parties:",
        (
            Signatory(f"For {BUYER}", (
                ("Signed by", N("Anita Dhillon")),
                ("Position", "Head of Highways"),
            )),
            Signatory(f"For {SUPPLIER}", (
                ("Signed by", N("Craig Molyneux")),
                ("Position", "Managing Director"),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Carriageway surfacing term contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Highways term contract",
        footer=f"{REF}",
        created=dt.datetime(2025, 2, 10, 9, 0),
        blocks=BLOCKS,
    ),
}
