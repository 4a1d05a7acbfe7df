"""Household waste collection: Saltmarsh Borough Council, Greenreach Environmental Ltd (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.render import Clause, DocumentSpec, Heading, Para, Signatory, Signatures, Table, Title

from evalset.marks import B, F, N, P, S, U

TEMPLATE = "house"
BUYER = "Saltmarsh Borough Council"
SUPPLIER = "Greenreach Environmental Ltd"
REF = "SBC-ENV-2025-03"

META = {
    "id": "waste-collection-2025",
    "title": "Household waste and recycling collection",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 41_500_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 30),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2033, 9, 30),
    "reference": REF,
    "environmental": True,
    "documents": [{"file": "contract.docx", "title": "Collection contract"}],
}

PRICES = (
    ("Residual waste, fortnightly", "per household per year", P("£21.40")),
    ("Dry recycling, fortnightly", "per household per year", P("£18.75")),
    ("Food waste, weekly", "per household per year", P("£9.60")),
    ("Garden waste (subscribers only)", "per bin per year", P("£14.10")),
    ("Bulky waste collection", "per collection", P("£32.00")),
)

CREW = (
    (N("Stanislaw Kowal"), "HGV driver", N("£31,200"), N("SK 60 22 81 A")),
    (N("Jodie Lamb"), "Loader", N("£24,050"), N("RA 41 39 07 C")),
    (N("Femi Ogunleye"), "Supervisor", N("£35,400"), N("BY 73 15 66 B")),
)

BLOCKS = [
    Title("WASTE AND RECYCLING COLLECTION CONTRACT"),
    Para(f"{U(BUYER)} and {U(SUPPLIER)} — contract {U(REF)}", centred=True),
    Heading("1. Scope"),
    Clause("1.1", "The Contractor shall collect residual waste, dry recycling, food waste and "
           "subscribed garden waste from about 58,000 households, and deliver it to the "
           "disposal and reprocessing points named by the Council."),
    Clause("1.2", f"The anticipated value of the Contract over eight years is "
           f"{U('£41,500,000')}, with an option to extend by up to eight more years."),
    Clause("1.3", f"The Contractor shall achieve a combined recycling rate of at least "
           f"{U('52%')} by year three and fewer than {U('40')} missed collections per 100,000."),
    Heading("2. Charges"),
    Para("The Council pays the following unit charges, indexed annually:"),
    Table(("Service", "Basis", "Charge"), PRICES, (0.45, 0.3, 0.25), right=(2,)),
    Para(f"Income from the sale of recyclate is shared: the Council receives a rebate of "
         f"{P('65%')} of net material income above a floor price of {P('£38')} per tonne."),
    Para(f"Vehicle replacement is priced into the charges as an annual capital sum of "
         f"{P('£1,086,000')}."),
    Heading("3. Payment"),
    Para(f"Payment by BACS: Ravensbrook Bank plc, Sort Code: {B('23-80-14')}, "
         f"Account Number: {B('55102487')}."),
    Heading("4. Guarantee"),
    Para(f"Greenreach Holdings plc guarantees the Contractor's obligations up to "
         f"{F('£6 million')}. Its net worth at 31 March 2025 was {F('£27.3m')}."),
    Heading("5. Depot"),
    Para(f"The Contractor operates from the Council's Marsh Lane depot. Alarm code: "
         f"{S('480317')}. Weighbridge PC log-in {S('wb-admin')}, password {S('Gull!Tide2025')}."),
    Heading("6. Transferring staff (TUPE)"),
    Table(("Name", "Job", "Annual salary", "National Insurance no."), CREW,
          (0.3, 0.2, 0.2, 0.3)),
    Heading("7. Representatives"),
    Para(f"Council's Representative: {N('Keith Ambrose')}, Waste Services Manager. "
         f"Contractor's Representative: {N('Mrs Lorraine Achterberg')}, email "
         f"{N('lachterberg@greenreach.co.uk')}."),
    Para("Residents contact the Council's customer service centre on 01632 960900."),
    Signatures(
        "Signed:",
        (
            Signatory(f"On behalf of {BUYER}", (
                ("Signature", N("K Ambrose")),
                ("Date", "30 June 2025"),
            )),
            Signatory(f"On behalf of {SUPPLIER}", (
                ("Signature", N("L. Achterberg")),
                ("Date", "27 June 2025"),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Waste and recycling collection contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Waste collection contract",
        footer=f"{REF}",
        created=dt.datetime(2025, 6, 30, 9, 0),
        blocks=BLOCKS,
    ),
}
