"""Cleaning and security guarding, Marlstone NHS Foundation Trust with Brightwater FM Ltd (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import Clause, DocumentSpec, Heading, Para, Signatory, Signatures, Table, Title

from evalset.marks import B, C, I, N, P, S, U

TEMPLATE = "house"
BUYER = "Marlstone NHS Foundation Trust"
SUPPLIER = "Brightwater FM Ltd"
REF = "MFT-EST-25-09"

META = {
    "id": "facilities-hospital-2025",
    "title": "Soft facilities management: cleaning and security",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 9_870_000, "currency": "GBP"},
    "awarded": dt.date(2025, 4, 25),
    "starts": dt.date(2025, 7, 1),
    "ends": dt.date(2030, 6, 30),
    "reference": REF,
    "documents": [{"file": "contract.pdf", "title": "Services contract"}],
}

RATES = (
    ("Domestic (cleaning) operative", "£15.85", "£23.78"),
    ("Security officer (SIA licensed)", "£19.40", "£29.10"),
    ("Supervisor", "£21.75", "£32.63"),
)

STAFF = (
    (N("Ewa Nowicka"), "Domestic", N("21,980"), N("12 Brook Terrace, Marlstone, MR2 5DE")),
    (N("Darren Skelton"), "Security officer", N("26,430"),
     N("Flat 3, 41 Canal Row, Marlstone, MR1 7GH")),
)

BLOCKS = [
    Title("SERVICES CONTRACT — SOFT FM"),
    Para(f"{U(BUYER)} / {U(SUPPLIER)} — {U(REF)}", centred=True),
    Heading("1. Services and performance"),
    Clause("1.1", "The Contractor shall clean the Trust's wards, theatres and public areas to "
           "the National Standards of Healthcare Cleanliness 2021 and provide security officers "
           "at the main entrance, the emergency department and the car parks."),
    Clause("1.2", f"Functional risk 1 areas shall score at least {U('98%')} in monthly audits. "
           f"The contract is worth {U('£9.87m')} over five years."),
    Heading("2. Pricing schedule"),
    Table(("Role", "Hourly rate", "Bank holiday rate"),
          tuple((r, P(a), P(b)) for r, a, b in RATES), (0.5, 0.25, 0.25), right=(1, 2)),
    Para(f"A management fee of {P('7%')} is added to the labour charges; consumables are "
         f"recharged at cost plus {P('4%')}."),
    Heading("3. Invoicing and payment"),
    Para(f"Payment to: Brightwater FM Ltd, Sort code {B('52-61-08')} Account {B('04417729')}."),
    Para("Invoices go to accounts.payable@marlstone.nhs.uk."),
    Heading("4. Security arrangements"),
    Para(f"Pharmacy store door code: {S('5519')}. Control room PIN {S('0417')}. The CCTV "
         f"server {S('MFT-CCTV-SRV2')} records to the storage array in the basement."),
    Para("The security officers' radio channel and the lockdown procedure are in the "
         "Trust's site security plan, which is not part of this contract."),
    Heading("5. Insurance"),
    Para(f"The Contractor's employer's liability cover, of {U('£10 million')}, is under policy "
         f"number {I('BWF-EL-3307712')}; the annual premium is {I('£84,300')}."),
    Heading("6. Transferring employees"),
    Table(("Employee", "Role", "Salary (£)", "Home address"), STAFF, (0.2, 0.2, 0.15, 0.45)),
    Heading("7. Supplier's approach"),
    Para("COMMERCIAL IN CONFIDENCE"),
    Para(C("Brightwater schedules its cleaning teams with a demand model that uses the Trust's "
           "bed-occupancy feed to move operatives between wards each hour, cutting idle time by "
           "about a fifth compared with fixed rotas.")),
    Para("END OF COMMERCIAL IN CONFIDENCE"),
    Para(f"Contract manager for the Trust: {N('Yusuf Rahimi')}. Contractor's site manager: "
         f"{N('Kerry-Ann Bellamy')}, {N('07700 900198')}."),
    Signatures(
        "Signed:",
        (
            Signatory(f"For {BUYER}", (("Name", N("Alistair Penrose")),
                                       ("Title", "Director of Estates"))),
            Signatory(f"For {SUPPLIER}", (("Name", N("Monique Dufresne")),
                                          ("Title", "Regional Director"))),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Soft FM services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Soft FM contract",
        footer=f"{REF}",
        created=dt.datetime(2025, 4, 25, 9, 0),
        blocks=BLOCKS,
    ),
}
