"""Radio and airtime services for Tamarsh and Wold Ambulance Service NHS Foundation Trust from
Halyard Critical Communications Ltd: monthly charges per handset, talkgroup and network codes,
the provider's network operations centre contacts (PDF)."""

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

TEMPLATE = "bluelight"
BUYER = "Tamarsh and Wold Ambulance Service NHS Foundation Trust"
SUPPLIER = "Halyard Critical Communications Ltd"
REF = "TWAS-ICT-0884"
SORT, ACCOUNT = "60-72-35", "18830457"
IBAN = uk_iban("PRNB", SORT, ACCOUNT)
LEAD_ROLE = "Head of Emergency Operations Centre Technology"
NETWORK_CODE = "MCC 234 / MNC 14"
HQ = "Ambulance Headquarters, Larkspur House, Tamarsh, TW3 9QA"

META = {
    "id": "blue-radio-airtime-tamarsh-2025",
    "title": "Digital radio airtime, handsets and control room dispatch interface 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_342_800, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 20),
    "starts": dt.date(2025, 7, 1),
    "ends": dt.date(2028, 6, 30),
    "reference": REF,
    "public_names": ["Dr Sunita Varghese", "Philip Harrowgate"],
    "documents": [{"file": "radio-airtime-service-order.pdf", "title": "Service order"}],
}

CHARGES = (
    ("Vehicle-mounted terminal, front-line ambulance", "412", P("£21.60"), P("£22.15"),
     P("£22.70")),
    ("Hand-portable terminal, clinician", "1,180", P("£14.20"), P("£14.55"), P("£14.90")),
    ("Control room dispatcher position (per console)", "38", P("£96.00"), P("£98.40"),
     P("£100.85")),
)  # fmt: skip

NOC = (
    ("Duty NOC Manager (24/7)", N("Elliot Marchetti"), N("07700 900351"),
     N("e.marchetti@halyard-cc.example")),
    ("Service Delivery Manager", N("Yewande Okoro"), N("07700 900712"),
     N("y.okoro@halyard-cc.example")),
    ("Escalation: Head of Network Operations", N("Hamish Drummond-Leigh"), N("07700 900938"),
     "via Duty NOC Manager"),
)  # fmt: skip

BLOCKS = [
    Title("SERVICE ORDER"),
    Subtitle("Mission-critical radio airtime, terminals and dispatcher interface"),
    Para(
        f"Order {U(REF)} placed by {U(BUYER)} (“the Trust”) with {U(SUPPLIER)} (“Halyard”), "
        f"company number {U('08806213')}.",
        centred=True,
    ),
    Heading("Part 1. What the Trust is ordering"),
    Table(
        ("The box below records the agreed commercial details of this Service Order", ""),
        (
            ("Trust's address", U(HQ)),
            ("Halyard's address", "4th Floor, Beacon Quay, Portside, TW19 6LP"),
            ("Service start", "01.07.25"),
            ("Minimum term", "36 months, ending 30.06.28"),
            ("Extension", "Option R: one extension of up to 24 months on six months' notice"),
            ("Total order value (36 months)", U("£1,342,800")),
            ("Trust lead", f"{U('Philip Harrowgate')}, {U(LEAD_ROLE)}"),
            ("Trust's main switchboard", U("0113 496 0700")),
        ),
        (0.34, 0.66),
    ),
    Heading("Part 2. Service terms"),
    Heading("S1 Meanings", level=2),
    Definition(
        "Airtime",
        "carriage of voice group calls, individual calls, status messages "
        "and short data on Halyard's TETRA network and its roaming partners.",
    ),
    Definition(
        "Terminal",
        "a vehicle-mounted, hand-portable or fixed radio terminal "
        "registered to the Trust's fleet map.",
    ),
    Definition(
        "Fleet Map",
        "the Trust's allocation of talkgroups, terminal identities and "
        "scanning profiles, held by Halyard as Confidential Information.",
    ),
    Definition(
        "EOC",
        f"the Trust's Emergency Operations Centres at {U('Larkspur House')} and {U('Wold Gate')}.",
    ),
    Heading("S2 Service levels", level=2),
    Clause(
        "S2.1",
        f"Network availability shall be at least {U('99.95%')} in each month, "
        "measured across the Trust's operating area.",
    ),
    Clause("S2.2", "If availability falls below the target, Halyard shall credit the Trust:"),
    Clause(
        "S2.2.1",
        f"{P('5 %')} of that month's Airtime charges for availability between 99.90% and 99.95%;",
        level=2,
    ),
    Clause("S2.2.2", f"{P('12.5 %')} for availability between 99.50% and 99.90%; and", level=2),
    Clause("S2.2.3", f"{P('twenty-five per cent (25%)')} for availability below 99.50%.", level=2),
    Clause(
        "S2.3",
        "A fault in a dispatcher position affecting the EOC is a Priority 1 "
        "incident. Halyard shall respond within 15 minutes and restore service within "
        f"4 hours, failing which it shall pay {P('£1,250.00')} for each hour or part hour "
        "beyond the restore time.",
    ),
    Heading("S3 Charges", level=2),
    Clause(
        "S3.1",
        "The Trust shall pay monthly Airtime charges per Terminal at the rates "
        "below, which include the handset lease, maintenance and device management. The "
        "quantities are those at the start date and may change by fleet variation.",
    ),
    Table(
        ("Terminal type", "Qty", "Year 1 £/month", "Year 2 £/month", "Year 3 £/month"),
        CHARGES,
        (0.4, 0.09, 0.17, 0.17, 0.17),
        right=(1, 2, 3, 4),
    ),
    Clause(
        "S3.2",
        f"Additional Terminals ordered in year are charged from the date of "
        f"activation, plus a one-off provisioning fee of {P('45 pounds')} each.",
    ),
    Clause(
        "S3.3",
        f"The dispatcher interface licence for the EOCs is a fixed "
        f"{P('£4.6k')} per month. Roaming onto partner networks is included up to "
        f"2,000 group-call minutes a month and charged at {P('9p')} a minute after "
        "that.",
    ),
    Clause(
        "S3.4",
        f"Halyard shall give a volume discount of {P('3.0%')} on Terminal charges "
        "in any month in which more than 1,700 Terminals are active.",
    ),
    Clause(
        "S3.5",
        "Invoices are payable within 30 days to Halyard's account with Penrith "
        f"Northern Bank, sort code {B(SORT)}, account {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}.",
    ),
    Heading("S4 Security of the Fleet Map and network", level=2),
    Clause(
        "S4.1",
        "Halyard shall hold the Fleet Map at OFFICIAL-SENSITIVE and share it only "
        "with its NOC engineers who are security cleared to SC level.",
    ),
    Clause(
        "S4.2",
        f"The Trust's terminals are registered under network code "
        f"{S(NETWORK_CODE)} with the "
        f"Trust's organisation block {S('TWAS-OB-0417')}. The primary "
        f"EOC dispatch talkgroup is {S('TG 41021')} and the major incident talkgroup is "
        f"{S('TG 41099')}; inter-agency working uses {S('TG 88310')}.",
    ),
    Clause(
        "S4.3",
        f"The dispatcher interface connects over a private circuit to Halyard's "
        f"gateway {S('198.51.100.37')} and the standby gateway {S('198.51.100.38')}; "
        f"management access is through {S('noc-jump2.halyard-cc.example')} only.",
    ),
    Clause(
        "S4.4",
        f"Over-the-air rekeying uses key management group {S('KMG-TW-07')}. Halyard "
        "shall not disclose any air interface encryption key to the Trust's staff by "
        "email.",
    ),
    Heading("S5 Network operations centre", level=2),
    Clause(
        "S5.1",
        "The Trust's EOC shall report faults to Halyard's NOC service desk. The "
        "named NOC contacts at the start date are:",
    ),
    Table(("Role", "Name", "Mobile", "Email"), NOC, (0.27, 0.2, 0.17, 0.36)),
    Heading("S6 Liability, insurance and assurance", level=2),
    Clause(
        "S6.1",
        "Each party's total liability in any Contract Year is limited to "
        f"{U('£3,000,000')}, save that there is no limit for death or personal injury "
        "caused by negligence.",
    ),
    Clause(
        "S6.2",
        f"Halyard maintains professional indemnity cover of not less than "
        f"{U('£5,000,000')} (policy {I('PI-HCC-2025-00731')}) and cyber liability cover "
        f"under certificate {I('CYB/0042/HALY/25')}, with an excess of {I('£10,000')}.",
    ),
    Clause(
        "S6.3",
        f"Halyard's parent, Halyard Group Holdings Ltd, has given a parent company "
        f"guarantee capped at {F('£1,500,000')}. Halyard's audited accounts for the year "
        f"to 31 March 2025 show turnover of {F('£48.2 million')} and operating profit of "
        f"{F('£5.7 million')}.",
    ),
    Heading("Part 3. Halyard's solution (Commercial in Confidence)"),
    Para(
        C(
            "Halyard will run the Trust's dispatcher positions on a dual-homed interface, with "
            "each EOC able to take the other's full load. Our price relies on reusing the "
            "Trust's existing console hardware at Wold Gate until its replacement in 2027."
        )
    ),
    Para(
        C(
            "We have priced the hand-portable fleet on a refurbished-terminal pool for the "
            "first 18 months; swap-out to new terminals is funded from the residual value of "
            "the pool and carries no extra charge to the Trust."
        )
    ),
    Signatures(
        "Agreed for the parties on 20th June 2025",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("S. Varghese")),
                    ("Name", U("Dr Sunita Varghese")),
                    ("Position", U("Director of Finance and Digital")),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("R. Castellino")),
                    ("Name", N("Rafael Castellino")),
                    ("Position", "Commercial Director"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "radio-airtime-service-order.pdf": DocumentSpec(
        title="Radio airtime service order",
        subject=f"Service order {REF}",
        header=f"{BUYER} — Radio and airtime — OFFICIAL-SENSITIVE",
        footer=f"Service order {REF}",
        created=dt.datetime(2025, 6, 20, 11, 15),
        blocks=BLOCKS,
    ),
}
