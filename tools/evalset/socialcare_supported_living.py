"""Supported living service agreement, Corrington City Council with a support charity (PDF)."""

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

from evalset.marks import B, C, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "socialcare"
BUYER = "Corrington City Council"
SUPPLIER = "Harbourlight Support Trust"
REF = "CCC-LD-SL-0093"
SORT, ACCOUNT = "20-94-38", "61740285"
IBAN = uk_iban("QUAY", SORT, ACCOUNT)

META = {
    "id": "socialcare-supported-living-2025",
    "title": "Supported living for adults with a learning disability or autism, Eastgate cluster",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_046_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 20),
    "starts": dt.date(2025, 7, 1),
    "ends": dt.date(2028, 6, 30),
    "reference": REF,
    "public_names": ["Yvonne Castellano", "Marcus Oyelaran"],
    "documents": [{"file": "service-agreement.pdf", "title": "Supported living service agreement"}],
}

PRICES = (
    ("Property A (3 tenants)", "168", P("£23.84"), "20", P("£25.10"), "n/a (waking night)",
     P("£4,507.12")),
    ("Property B (4 tenants)", "196", P("£23.84"), "28", P("£25.10"),
     P("GBP 112.00"), P("£6,159.44")),
)  # fmt: skip

TENANTS = (
    (N("Daniel Whitcombe"), N("2001-04-17"), f"{N('12 Tansy Road, Eastgate, CR4 9LB')} (A)",
     N("Autism; epilepsy")),
    (N("Shauna Petrakis"), N("1996-11-02"), f"{N('12 Tansy Road, Eastgate, CR4 9LB')} (A)",
     N("Learning disability")),
    (N("Aled Pritchard-Moss"), N("1988-08-29"),
     f"{N('Flat 3, Orchard Mews, Eastgate, CR4 7HW')} (B)", N("Learning disability; PEG fed")),
)  # fmt: skip

BLOCKS = [
    Title("SERVICE AGREEMENT"),
    Subtitle("Supported Living (Learning Disability and Autism) — Eastgate Cluster"),
    Para(
        f"Agreement number {U(REF)}, made on 20th June 2025 between {U(BUYER)} of "
        f"{U('The Guildhall, Corn Street, Corrington, CR1 1AA')} (“the Council”) and "
        f"{U(SUPPLIER)}, a charitable company (charity {U('1187402')}, company "
        f"{U('11450933')}) (“the Provider”).",
        centred=True,
    ),
    Heading("Section 1 — Agreement particulars"),
    Clause(
        "1.1",
        "The Provider shall provide personal care and housing-related support to the "
        "Tenants named in Section 4, who hold tenancies from Corrington Homes for Life, "
        "a registered provider independent of the Provider. Care and accommodation are "
        "separate: a Tenant may change support provider without losing the tenancy.",
    ),
    Clause(
        "1.2",
        "The Agreement runs from 2025-07-01 to 2028-06-30, with the option for the Council "
        "to extend for up to two further years. The total estimated value over the initial "
        f"three years is {U('£2,046,000')} (about {U('£682,000')} a year).",
    ),
    Clause(
        "1.3",
        f"The Council's contract manager is {U('Marcus Oyelaran')}, "
        f"{U('Commissioning Manager (Learning Disability)')}. General enquiries go to the "
        f"Council's adult social care front door on {U('0113 496 0500')}.",
    ),
    Heading("Section 2 — Definitions"),
    Definition(
        "Core Hours",
        "means the shared support hours at each property, available to all "
        "Tenants there (including waking night cover), paid whether or not every Tenant "
        "uses them in a given week.",
    ),
    Definition(
        "Flexible Hours",
        "means individual one-to-one hours allocated to a Tenant in their "
        "support plan, which the Tenant may bank and use within a four-week period.",
    ),
    Definition(
        "Sleep-in",
        "means a night on which a support worker sleeps at the property and is "
        "available to be woken, paid at the flat nightly rate.",
    ),
    Heading("Section 3 — Prices"),
    Clause(
        "3.1",
        "The weekly charge for each property is worked out as follows (all figures are "
        "exclusive of VAT, which is not chargeable on the care element):",
    ),
    Table(
        (
            "Property",
            "Core hrs/wk",
            "Core rate",
            "Flexible hrs/wk",
            "Flexible rate",
            "Sleep-in (per night)",
            "Weekly charge",
        ),
        PRICES,
        (0.24, 0.1, 0.11, 0.12, 0.12, 0.15, 0.16),
        right=(1, 2, 3, 4, 5, 6),
    ),
    Clause(
        "3.2",
        "Flexible Hours not used in a four-week period are not paid. Where the Council "
        "commissions additional Flexible Hours for a short period (such as after a hospital "
        f"discharge), they are charged at {P('£25.10')} an hour plus an enhancement of "
        f"{P('£3.40')} an hour for hours between 22:00 and 07:00.",
    ),
    Clause(
        "3.3",
        "Prices are fixed until 31 March 2026. From 1 April each year the Council will "
        "apply the uplift agreed for its learning disability providers, which shall be at "
        f"least the National Living Wage increase weighted at {P('78%')} of the rate, and "
        f"a voids deduction of {P('2 per cent')} applies to the Core Hours where a room "
        "stays empty for more than 8 weeks.",
    ),
    Clause(
        "3.4",
        f"The Council shall pay monthly in arrears to {SUPPLIER}, Quayside Co-operative "
        f"Bank, sort code {B(SORT)}, account {B(ACCOUNT)}, IBAN {B(grouped(IBAN))}.",
    ),
    Heading("Section 4 — Tenants (PERSONAL — not for publication)"),
    Para(
        "The Tenants supported under this Agreement at its start are listed below. The "
        "Council will update this Section by letter when a Tenant moves in or out."
    ),
    Table(
        ("Tenant", "Date of birth", "Address", "Primary support need"),
        TENANTS,
        (0.22, 0.15, 0.35, 0.28),
    ),
    Para(
        f"Mr Pritchard-Moss's appointee for benefits is his sister, {N('Mrs Carys Lomax')}, "
        f"of {N('7 Brindle Close, Wexcombe, CR9 2QP')}, telephone {N('07700 900268')}."
    ),
    Heading("Section 5 — Provider's method statement (Commercial in Confidence)"),
    Para(
        C(
            "Staffing will be arranged so that Property A has two support workers on shift "
            "from 08:00 to 22:00 and one waking night worker, giving a daytime ratio of 2:3, "
            "rising to 3:3 on the two afternoons when Daniel attends swimming and needs "
            "one-to-one support. Property B will have a 1:2 ratio across the day, with a "
            "sleep-in worker shared across the four flats."
        )
    ),
    Para(
        C(
            "The cluster will be led by a full-time service manager who also covers two of "
            "our services in the north of the city, and a deputy on each site. We will "
            "recruit six new support workers before the start date and offer each a "
            "guaranteed 30-hour contract, which our exit interviews show reduces turnover."
        )
    ),
    Heading("Section 6 — Premises security"),
    Clause(
        "6.1",
        f"The Provider's site office is at {U('Unit 2, Eastgate Enterprise Centre')}. Its "
        f"intruder alarm is set and unset with code {S('2580*')}; the medication cupboard "
        f"key is kept in the key cabinet, combination {S('0917')}. Night staff at Property B "
        f"reach the shared sleep-in room through the door keypad, code {S('4406')}.",
    ),
    Clause(
        "6.2",
        "The staff Wi-Fi at the office (network HLST-Office) uses the passphrase "
        f"{S('Lantern!Tide47')}, which shall not be given to Tenants' visitors.",
    ),
    Heading("Section 7 — Insurance"),
    Table(
        ("Cover", "Minimum required", "Insurer and policy"),
        (
            ("Public liability", U("£10,000,000"), f"Ormside Mutual, {I('OM 3301 7720 18')}"),
            ("Employer's liability", U("£10,000,000"), f"Ormside Mutual, {I('OM 3301 7721 04')}"),
            ("Professional indemnity", U("£2,000,000"), f"Carrick & Vale, {I('CVPI/55021/HL')}"),
        ),
        (0.3, 0.25, 0.45),
    ),
    Signatures(
        "Signed on behalf of the Council and the Provider.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signed", U("Y. Castellano")),
                    ("Name", U("Yvonne Castellano")),
                    ("Role", U("Director of Adult Social Care")),
                    ("Date", "20.06.25"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("P. Mwangi")),
                    ("Name", N("Priscilla Mwangi")),
                    ("Role", "Chief Executive"),
                    ("Date", "18.06.25"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "service-agreement.pdf": DocumentSpec(
        title="Supported living service agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Supported Living — OFFICIAL-SENSITIVE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 6, 20, 14, 0),
        blocks=BLOCKS,
    ),
}
