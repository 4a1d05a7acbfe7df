"""Lease of a council shop unit to a sole trader, Rydal Cross Town Council (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.render import Clause, DocumentSpec, Heading, Para, Signatory, Signatures, Title

from evalset.marks import B, F, N, P, U

TEMPLATE = "house"
BUYER = "Rydal Cross Town Council"
SUPPLIER = "Copper Kettle Bakery"
REF = "RCTC-PROP-2025-4"

META = {
    "id": "lease-shop-2025",
    "title": "Lease of 7 Market Arcade",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 138_000, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 1),
    "starts": dt.date(2025, 9, 29),
    "ends": dt.date(2031, 9, 28),
    "reference": REF,
    "public_names": ["Denise Arkwright"],
    "documents": [{"file": "lease.docx", "title": "Lease"}],
}

BLOCKS = [
    Title("LEASE"),
    Para(f"of 7 Market Arcade, Rydal Cross — reference {U(REF)}", centred=True),
    Heading("Particulars"),
    Clause("1", f"Landlord: {U(BUYER)}, Guildhall, High Street, Rydal Cross, RX1 1GH."),
    Clause("2", f"Tenant: {N('Joanna Castellano')} trading as {U(SUPPLIER)}, of "
           f"{N('9 Orchard Rise, Rydal Cross, RX3 2JU')} (her home address)."),
    Clause("3", f"Guarantor: {N('Mr Paolo Castellano')}, residing at "
           f"{N('9 Orchard Rise, Rydal Cross, RX3 2JU')}, whose declared net worth is "
           f"{F('£212,000')}."),
    Clause("4", "Term: six years from 29 September 2025, with a tenant's break at the end of "
           "year three on six months' notice."),
    Clause("5", f"Rent: {P('£21,500')} a year, rising to {P('£24,250')} a year from the third "
           f"anniversary, payable quarterly in advance. The first {P('four months')} are rent "
           f"free. The total rent over the term is {U('£138,000')}."),
    Clause("6", f"Rent deposit: {P('£5,375')}, held in a designated account."),
    Clause("7", f"Service charge: a fixed contribution of {P('£1,840')} a year towards the "
           "arcade's common parts."),
    Clause("8", f"The Tenant's accounts for 2024 show takings of {F('£96,400')} and a net "
           f"profit of {F('£18,700')}."),
    Heading("Payments"),
    Para(f"Rent is paid by standing order to the Landlord's account, sort code {B('30-12-88')}, "
         f"account {B('00917245')}, quoting the lease reference. The Tenant pays from her "
         f"account at Eastway Building Society, sort code {B('07-14-62')}, account "
         f"{B('31872004')}."),
    Heading("Use and repair"),
    Para("The Tenant may use the premises as a bakery and café only, shall keep the interior "
         "in good repair and shall not assign or underlet the whole without consent."),
    Para("Late rent carries interest at 4% above the Bank of England base rate."),
    Signatures(
        "Executed as a deed.",
        (
            Signatory(f"For {BUYER}", (("Signed by", U("Councillor Denise Arkwright")),
                                       ("Position", "Mayor"))),
            Signatory("Tenant and guarantor", (("Signed by", N("J. Castellano")),
                                               ("and by", N("P. Castellano")),
                                               ("in the presence of", N("Harriet Moss")))),
        ),
    ),
]

DOCUMENTS = {
    "lease.docx": DocumentSpec(
        title="Lease of 7 Market Arcade",
        subject=f"Lease {REF}",
        header=f"{BUYER} — Lease",
        footer=f"{REF}",
        created=dt.datetime(2025, 9, 1, 9, 0),
        blocks=BLOCKS,
    ),
}
