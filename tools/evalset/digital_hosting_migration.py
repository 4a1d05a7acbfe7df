"""Cloud migration call-off, Office for Land and Property Valuation with Stratavale (DOCX)."""

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

TEMPLATE = "digital"
BUYER = "Office for Land and Property Valuation"
SUPPLIER = "Stratavale Cloud Services Limited"
REF = "OLPV/DDaT/2025/077"

META = {
    "id": "digital-hosting-migration-olpv-2025",
    "title": "Migration of valuation systems from the legacy data centre to public cloud",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_964_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 23),
    "starts": dt.date(2025, 7, 7),
    "ends": dt.date(2027, 7, 6),
    "reference": REF,
    "public_names": ["Dominic Aldersey", "Sunita Marwaha-Price"],
    "documents": [{"file": "call-off.docx", "title": "Call-Off Contract and Migration Schedules"}],
}

MILESTONES = (
    ("M1", "Landing zone built and accredited", "2025-09-01", P("£148,000")),
    ("M2", "Wave 1 (non-production) migrated", "2025-10-27", P("£196,500")),
    ("M3", "Wave 2 (valuation list services) migrated", "2026-01-19", P("£311,000")),
    ("M4", "Wave 3 (appeals and GIS) migrated", "2026-03-16", P("£259,000")),
    ("M5", "Legacy data centre exit and handover", "2026-05-29", P("£318,500")),
)  # fmt: skip

HOSTS = (
    (S("OLPVAPP11"), "Valuation list API", S("10.12.4.0/24"), S("10.210.8.0/26"), "2"),
    (S("OLPVSQL03"), "Valuation database (SQL cluster)", S("10.12.6.0/24"),
     S("10.210.9.0/27"), "2"),
    (S("olpv-gis-01"), "Mapping server", S("10.12.9.14"), S("10.210.12.10"), "3"),
)  # fmt: skip

CREDITS = (
    ("SL1", "Platform availability (core hours)", U("99.9%"), P("3.5 %"), P("£9,800")),
    ("SL2", "Priority 1 incident restored", "4 hours", P("2.5 %"), P("£7,000")),
    ("SL3", "Unplanned downtime during a cut-over window", "nil beyond 6 hours",
     P("5 %"), P("£14,000")),
)  # fmt: skip

BLOCKS = [
    Title("CALL-OFF CONTRACT"),
    Subtitle("Cloud migration and managed landing zone services"),
    Para(f"Contract reference: {U(REF)}", centred=True),
    Para(
        f"This Call-Off Contract is made on 23rd June 2025 between the {U(BUYER)} (the "
        f"“Buyer”) of {U('Ridgeway House, 40 Quarry Street, Callowmere, CQ9 3NE')} and "
        f"{U(SUPPLIER)}, company number {U('09317725')}, whose registered office is at 5 "
        "Harbour Yard, Penstock, PZ12 8WF (the “Supplier”). It is awarded under the "
        "Buyer's cloud services dynamic purchasing system following a further competition."
    ),
    Heading("Part 1 — Key details"),
    Table(
        ("Term", "Agreed position"),
        (
            (
                "Services",
                "Planning, migration and 12 months' managed operation of the "
                "Buyer's valuation systems in a UK public cloud region",
            ),
            ("Term", "7 July 2025 to 6 July 2027"),
            ("Total Contract Value", f"{U('£1,964,000')} (ex. VAT)"),
            ("Managed service charge after M5", f"{P('£ 30,900')} per month"),
            (
                "Buyer's senior responsible owner",
                f"{U('Dominic Aldersey')}, {U('Chief Technology Officer')}",
            ),
            (
                "Buyer's contract manager",
                f"{U('Sunita Marwaha-Price')}, {U('Commercial Lead, Digital')}",
            ),
            (
                "Supplier's migration lead",
                f"{N('Fergus Ombala')} ({N('fergus.ombala@stratavale.example')})",
            ),
            ("Liability cap", f"{U('£2,500,000')} per Contract Year"),
        ),
        (0.33, 0.67),
    ),
    Heading("Part 2 — Terms"),
    Definition(
        "Cut-over Window",
        "means the period agreed in the Migration Runbook during "
        "which a system is unavailable while it moves to the Target Environment.",
    ),
    Definition(
        "Migration Runbook",
        "means the document of that name agreed at Milestone M1, "
        "an extract of which appears in Schedule 2.",
    ),
    Definition(
        "Target Environment",
        "means the Buyer's landing zone in the cloud "
        "provider's UK South region, with disaster recovery in UK West.",
    ),
    Clause("2.1", "Milestones and payment"),
    Clause(
        "2.1.1",
        "The Supplier is paid only on achieving each Milestone in Schedule 1, "
        "once the Buyer has issued a Milestone Achievement Certificate.",
        level=2,
    ),
    Clause(
        "2.1.2",
        f"For each week by which Milestone M3 or M5 is late for reasons within "
        f"the Supplier's control, the Milestone payment is reduced by "
        f"{P('one and a half per cent (1.5%)')}, to a maximum reduction of "
        f"{P('15%')}.",
        level=2,
    ),
    Clause(
        "2.1.3",
        f"Cloud consumption is passed through at the provider's list price less "
        f"the Supplier's reseller discount of {P('8.25%')}, and the Supplier's management "
        f"fee of {P('£1,150.00 + VAT')} per month.",
        level=2,
    ),
    Clause("2.2", "Service credits"),
    Clause(
        "2.2.1",
        "From Milestone M5 the service levels in Schedule 3 apply. Service "
        f"credits in any month are capped at {P('12 %')} of the monthly charge and are "
        "the Buyer's exclusive financial remedy for the failure concerned.",
        level=2,
    ),
    Clause("2.3", "Security and access"),
    Clause(
        "2.3.1",
        "Supplier engineers shall hold SC clearance and use named accounts "
        "federated from the Buyer's directory. Standing privileged access is not "
        "permitted.",
        level=2,
    ),
    Clause(
        "2.3.2",
        f"Two break-glass accounts, {S('bg-olpv-admin01')} and "
        f"{S('bg-olpv-admin02')}, are held for use when federation fails. Their credentials "
        f"are split between the Buyer's duty manager and the Supplier's on-call lead "
        f"(currently Mr {N('Kwabena Lisle-Horton')}, mobile {N('07700 900562')}), each "
        f"holding one half in a sealed envelope; the hardware token PIN "
        f"{S('804417')} is kept in the Buyer's safe at Ridgeway House.",
        level=2,
    ),
    Clause(
        "2.3.3",
        f"Management traffic reaches the Target Environment only over the "
        f"site-to-site VPN from {S('203.0.113.58')} to the gateway "
        f"{S('vpngw-uks-olpv.stratavale.internal')}.",
        level=2,
    ),
    Clause("2.4", "Insurance and standing"),
    Clause(
        "2.4.1",
        f"The Supplier shall maintain professional indemnity cover of "
        f"{U('not less than £5 million')} and cyber cover of "
        f"{U('not less than £2 million')}. The Supplier's policy numbers are "
        f"{I('PI-STV-2025-44871')} and {I('CYB/003391/OX')}; the cyber policy carries an "
        f"excess of {I('£ 50,000')}.",
        level=2,
    ),
    Clause(
        "2.4.2",
        f"Stratavale Group plc has given a parent company guarantee capped at "
        f"{F('£750,000')}. The Supplier's audited turnover for 2024 was "
        f"{F('£23.6m')} and its Dun & Bradstreet failure score was {F('71')}.",
        level=2,
    ),
    Clause("2.5", "Payment"),
    Clause(
        "2.5.1",
        f"The Buyer pays valid invoices within 30 days to the account notified on "
        f"the Supplier's letterhead: Penstock Mutual Bank, sort code {B('08-61-44')}, "
        f"account number {B('73920158')}.",
        level=2,
    ),
    Heading("Schedule 1 — Milestones and Milestone payments"),
    Table(
        ("Milestone", "Description", "Milestone Date", "Payment (£)"),
        MILESTONES,
        (0.12, 0.5, 0.18, 0.2),
        right=(3,),
    ),
    Heading("Schedule 2 — Migration Runbook extract: hosts and subnets"),
    Table(
        ("Source host", "Function", "Source subnet / IP", "Target subnet / IP", "Wave"),
        HOSTS,
        (0.16, 0.32, 0.2, 0.2, 0.12),
    ),
    Para(
        f"Cut-over bastion: {S('bastion-mig.olpv.internal')}. Replication is run by the "
        f"service account {S('svc_olpv_rehost')} from the Buyer's replication server. "
        "Each wave is rehearsed at least once in the Callowmere test "
        "rack before the live Cut-over Window."
    ),
    Heading("Schedule 3 — Service levels and service credits"),
    Table(
        ("Ref", "Service level", "Target", "Credit per failure", "Maximum per month"),
        CREDITS,
        (0.08, 0.38, 0.18, 0.18, 0.18),
        right=(3, 4),
    ),
    Heading("Schedule 4 — Supplier's migration approach (Commercial in Confidence)"),
    Para(
        C(
            "Stratavale will rehost rather than refactor in waves 1 and 2, using block-level "
            "replication so that each cut-over needs only a final delta sync, typically under "
            "40 minutes for the valuation database."
        )
    ),
    Para(
        C(
            "We will hold our own reserved capacity for the first year at our risk and pass "
            "the saving to the Buyer from month 13, which is why our managed service charge "
            "is below our published rate card."
        )
    ),
    Signatures(
        "Signed by the authorised representatives of the Parties:",
        (
            Signatory(
                f"For the {BUYER}",
                (
                    ("Name", U("Dominic Aldersey")),
                    ("Position", U("Chief Technology Officer")),
                    ("Signature", U("D. Aldersey")),
                    ("Date", "23/06/2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Helena Strzelecki")),
                    ("Position", "Chief Operating Officer"),
                    ("Signature", N("H. Strzelecki")),
                    ("Date", "20/06/2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "call-off.docx": DocumentSpec(
        title="Call-Off Contract: cloud migration and managed landing zone",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Call-Off Contract {REF} — OFFICIAL-SENSITIVE COMMERCIAL",
        footer=f"Call-Off Contract {REF}",
        created=dt.datetime(2025, 6, 23, 11, 0),
        blocks=BLOCKS,
    ),
}
