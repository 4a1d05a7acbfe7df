"""Primary school extension, Kestrel Vale Council with Halden & Pryce Construction Ltd (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.render import DocumentSpec, Heading, Para, Signatory, Signatures, Table, Title

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "house"
BUYER = "Kestrel Vale Council"
SUPPLIER = "Halden & Pryce Construction Ltd"
REF = "KVC-CAP-2025-088"
IBAN = uk_iban("ORBK", "40-27-93", "83310574")

META = {
    "id": "construction-school-2025",
    "title": "Ashgrove Primary School extension",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 4_218_750, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 3),
    "starts": dt.date(2025, 4, 7),
    "ends": dt.date(2026, 8, 28),
    "reference": REF,
    "documents": [{"file": "contract.docx", "title": "NEC4 contract data"}],
}

ACTIVITIES = (
    ("A1", "Site set-up and enabling works", P("£212,400")),
    ("A2", "Substructure", P("£486,900")),
    ("A3", "Frame and envelope", P("£1,342,000")),
    ("A4", "Mechanical and electrical services", P("£1,107,250")),
    ("A5", "Fit-out and external works", P("£801,700")),
    ("A6", "Preliminaries (spread over the programme)", P("£268,500")),
)

BLOCKS = [
    Title("NEC4 ENGINEERING AND CONSTRUCTION CONTRACT — CONTRACT DATA"),
    Para(f"Project: Ashgrove Primary School extension. Contract {U(REF)}.", centred=True),
    Heading("Part one — data provided by the Client"),
    Para(f"The Client is {U(BUYER)}, Town Hall, Kestrel Street, Kestrel Vale, KV1 1TH."),
    Para("The main Option is Option A, priced contract with activity schedule. The starting "
         "date is 7 April 2025 and the completion date is 28 August 2026."),
    Para(f"The total of the Prices is {U('£4,218,750')}. The delay damages are "
         "£3,500 per day. The retention percentage is 3%."),
    Para("The Contractor is not liable to the Client for indirect or consequential loss; its "
         "liability for defects due to design is limited to £2 million."),
    Heading("Part two — data provided by the Contractor"),
    Para(f"The Contractor is {U(SUPPLIER)}. The fee percentage is {P('6.5%')} for subcontracted "
         f"work and {P('11%')} for direct fee work."),
    Para(f"The Contractor's key person is the site manager, {N('Gavin Rutherford')} (mobile "
         f"{N('07700 900583')}); the quantity surveyor is {N('Priti Mehta MRICS')}."),
    Heading("Activity schedule"),
    Table(("Activity", "Description", "Price"), ACTIVITIES, (0.12, 0.6, 0.28), right=(2,)),
    Heading("Bank details for payment"),
    Para(f"IBAN {B(grouped(IBAN))} (Orbit Business Bank)."),
    Heading("Securities"),
    Para(f"A performance bond for {F('£421,875')} from Caldmoor Surety plc and a parent "
         "company guarantee from Halden & Pryce Group are to be provided before the starting "
         f"date. The Contractor's bank overdraft facility is {F('£750,000')}."),
    Para(f"Contractor's all-risks insurance: policy {I('CAR/HP/25/00921')} with a deductible "
         f"of {I('£10,000')} for each event."),
    Heading("Site access"),
    Para(f"The school remains open. Contractor's staff enter by the Mill Lane gate; keypad code "
         f"{S('1984*')}. The school office Wi-Fi password is not to be shared with site staff."),
    Para(f"CCTV recorder: 192.0.2.0 is the documentation range; the recorder is at "
         f"{S('10.8.3.15')} on the school network."),
    Heading("Witnessed signatures"),
    Signatures(
        "Executed as a deed.",
        (
            Signatory(f"{BUYER}", (
                ("Authorised signatory", N("Colin Prestwich")),
                ("Witness", N("Amelia Dorsey")),
                ("Witness address", N("22 Rookery Close, Kestrel Vale, KV4 8PL")),
            )),
            Signatory(f"{SUPPLIER}", (
                ("Director", N("Nikhil Raman")),
                ("Witness", N("Sophie Halden")),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Ashgrove Primary School extension — contract data",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Capital programme",
        footer=f"{REF}",
        created=dt.datetime(2025, 3, 3, 9, 0),
        blocks=BLOCKS,
    ),
}
