"""Managed wide area network, Wyndale Fire and Rescue Authority with Strandline Networks Ltd:
call-off order and schedules (DOCX)."""

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

from evalset.marks import B, I, N, P, S, U

TEMPLATE = "it"
BUYER = "Wyndale Fire and Rescue Authority"
SUPPLIER = "Strandline Networks Ltd"
REF = "WFRA-ICT-0425"

META = {
    "id": "it-network-fire-2025",
    "title": "Managed wide area network for fire stations and headquarters",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 846_300, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 8),
    "starts": dt.date(2025, 11, 1),
    "ends": dt.date(2030, 10, 31),
    "reference": REF,
    "public_names": ["Joanne Ackroyd", "Martin Oduya"],
    "documents": [{"file": "call-off.docx", "title": "Call-off order and schedules"}],
}

ORDER = (
    ("Call-off reference", U(REF)),
    ("Buyer", f"{U(BUYER)}, {U('Service Headquarters, Moorgate House, Wyndale, WQ3 2NB')}"),
    ("Supplier", f"{U(SUPPLIER)}, company number {U('06219384')}"),
    ("Call-off Start Date", "1 November 2025"),
    ("Call-off Initial Period", "Five years, with an option to extend by up to 24 months"),
    ("Total Call-off Value", f"{U('£846,300')} (excluding VAT) for the Initial Period"),
    ("Buyer's Authorised Representative", f"{U('Martin Oduya')}, {U('Head of ICT')}"),
    ("Limit on the Supplier's liability", f"{U('£1,000,000')} per Contract Year"),
)

SITES = (
    (
        "S01",
        U("Moorgate House (Service HQ)"),
        "1 Gbps fibre, dual entry",
        P("4,250.00"),
        P("18,960.00"),
    ),
    ("S02", U("Brackenford Fire Station"), "200 Mbps fibre", P("2,780.00"), P("6,420.00")),
    ("S03", U("Kelham Cross Fire Station"), "100 Mbps fibre + 4G", P("3,340.00"), P("7,185.00")),
    ("S04", U("Fellside Retained Station"), "80 Mbps FTTC + 4G", P("1,120.00"), P("3,264.00")),
    (
        "S05",
        U("Joint Control Room, Ashby Lane"),
        "1 Gbps fibre, diverse",
        P("5,600.00"),
        P("21,480.00"),
    ),
)

ADDRESSING = (
    ("S01", S("wfra-hq-rtr01"), S("10.41.0.0/22")),
    ("S02", S("wfra-s02-rtr01"), S("10.41.8.0/24")),
    ("S03", S("wfra-s03-rtr01"), S("10.41.16.0/24")),
    ("S05", S("wfra-jcr-rtr02"), S("10.41.32.0/23")),
)

CREDITS = (
    ("Category A (Service HQ, Joint Control Room)", "99.99%", P("10%"), P("25%")),
    ("Category B (wholetime stations)", "99.95%", P("6%"), P("20%")),
    ("Category C (retained stations)", "99.8%", P("4%"), P("15%")),
)

BLOCKS = [
    Title("CALL-OFF ORDER FORM"),
    Subtitle("Managed Wide Area Network Services"),
    Para(
        "This Call-off Order is placed by the Buyer with the Supplier on the terms of the "
        "Call-off Conditions, which are incorporated by reference, and the Schedules below."
    ),
    Table(("Order particulars", "Entry"), ORDER, (0.35, 0.65)),
    Heading("1. Interpretation"),
    Definition(
        "Circuit",
        "means a managed access connection from a Site to the Supplier's "
        "core network, with its customer premises equipment.",
    ),
    Definition("Site", "means a Buyer location listed in Schedule 2."),
    Definition("Service Credit", "means an amount credited to the Buyer under Schedule 3."),
    Heading("2. The Services"),
    Clause(
        "2.1",
        "The Supplier shall design, install, operate and maintain a private IP wide "
        "area network joining the Sites, including routers, firewalls, monitoring and a "
        "24 x 7 network operations centre.",
    ),
    Clause(
        "2.2",
        f"Edge equipment shall be {U('Strandline Edge 640')} routers running "
        f"firmware {U('release 17.9.4')} or a later release agreed through change control.",
    ),
    Clause(
        "2.3",
        "The Joint Control Room is a critical national infrastructure site. Changes "
        "to its Circuit shall be made only within a maintenance window agreed 10 Working "
        "Days in advance with the Buyer's duty group manager.",
    ),
    Heading("Schedule 1 — Charges"),
    Clause(
        "1.1",
        f"The core network management charge is {P('£6,875')} per month, covering "
        f"the network operations centre, monitoring and reporting for all Sites.",
    ),
    Clause(
        "1.2",
        "Circuit charges are as in Schedule 2. Installation charges are invoiced on "
        "acceptance of each Circuit; rentals are invoiced quarterly in advance.",
    ),
    Clause(
        "1.3",
        f"Moves, adds and changes are charged at {P('£685')} per engineer day "
        f"(time and a half outside Working Hours), and a new Site at the installation and "
        "rental of the nearest equivalent Site.",
    ),
    Clause(
        "1.4",
        "Invoices quoting the Buyer's purchase order number are sent to "
        "accounts.payable@wyndalefire.gov.uk.",
    ),
    Heading("Schedule 2 — Sites and Circuits"),
    Table(
        ("Site", "Location", "Circuit", "Installation (£)", "Annual rental (£)"),
        SITES,
        (0.08, 0.3, 0.24, 0.18, 0.2),
        right=(3, 4),
    ),
    Heading("Schedule 3 — Service Levels and Service Credits"),
    Clause(
        "3.1",
        "Availability is measured per Circuit per month at the Supplier's core "
        "network. Where it falls below the target, the Service Credit per full hour of "
        "shortfall is the percentage below of that Circuit's monthly rental, subject to the "
        "monthly cap.",
    ),
    Table(
        ("Site category", "Target", "Credit per hour", "Monthly cap"),
        CREDITS,
        (0.46, 0.16, 0.19, 0.19),
    ),
    Clause(
        "3.2",
        f"A failure to restore a Category A Circuit within 4 hours also earns a "
        f"credit of {P('£1,500')}, and the total Service Credits in a Contract Year shall "
        f"not exceed {P('12.5%')} of the annual Charges.",
    ),
    Heading("Schedule 4 — Security and addressing"),
    Para("This Schedule is OFFICIAL-SENSITIVE and is not to be published."),
    Table(("Site", "Router", "LAN range"), ADDRESSING, (0.14, 0.43, 0.43)),
    Clause(
        "4.1",
        f"Routers are polled over SNMPv2c from {S('nms01.strandline.internal')} "
        f"with the read-only community {S('wy7Fr!ro-2025')}; the read-write community "
        f"{S('Fenb0rne#rw44')} is disabled except during approved changes and is to be "
        "replaced by SNMPv3 by 31 March 2026.",
    ),
    Clause(
        "4.2",
        f"Administrative log-in uses TACACS+ against {S('198.51.100.40')}, with the "
        f"local fallback account {S('nocadmin')} held under dual control.",
    ),
    Clause(
        "4.3",
        "The Supplier shall hold Cyber Essentials Plus and shall comply with the "
        "Buyer's security aspects letter.",
    ),
    Heading("Schedule 5 — Contacts and escalation"),
    Table(
        ("Level", "Supplier contact", "Mobile"),
        (
            ("1 — Network operations centre", "24 x 7 NOC", "0113 496 0450"),
            ("2 — Field engineer", N("Gareth Pennock"), N("07700 900274")),
            ("3 — Service delivery manager", N("Ayesha Tanvir"), N("07700 900839")),
            ("4 — Operations director", N("Rhodri Castell"), N("07700 900607")),
        ),
        (0.4, 0.35, 0.25),
    ),
    Para(f"The Buyer's ICT service desk is on {U('01632 960480')} (Working Hours)."),
    Heading("Schedule 6 — Insurance and payment"),
    Clause(
        "6.1",
        f"The Supplier shall maintain public liability insurance of "
        f"{U('at least £10,000,000')} (policy {I('RLX/PL/77021946')}) and professional "
        f"indemnity insurance of {U('at least £5,000,000')} (certificate "
        f"{I('PI 5519 0382 41')}).",
    ),
    Clause(
        "6.2",
        f"Payments are made by BACS to the Supplier's account at Ridgeway Bank, "
        f"sort code {B('20-61-48')}, account {B('61739025')}.",
    ),
    Signatures(
        "Signed for and on behalf of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("J. Ackroyd")),
                    ("Name", U("Joanne Ackroyd")),
                    ("Role", U("Chief Fire Officer")),
                    ("Date", "8 September 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("L. Harcourt")),
                    ("Name", N("Lewis Harcourt")),
                    ("Role", "Managing Director"),
                    ("Date", "4 September 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "call-off.docx": DocumentSpec(
        title="Managed WAN call-off order",
        subject=f"Call-off {REF}",
        header=f"{BUYER} — Managed WAN — OFFICIAL-SENSITIVE",
        footer=f"Call-off {REF}",
        created=dt.datetime(2025, 9, 8, 14, 0),
        blocks=BLOCKS,
    ),
}
