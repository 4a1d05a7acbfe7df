"""Mobile voice and data, the Chief Constable of Ashcombe Vale Police with Parallax Mobile
Communications Ltd: service order, tariff and device schedule, portal administration and SIM
security terms (DOCX)."""

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

from evalset.marks import B, F, I, N, P, S, U

TEMPLATE = "utilities"
BUYER = "Chief Constable of Ashcombe Vale Police"
SUPPLIER = "Parallax Mobile Communications Ltd"
REF = "AVP-ICT-0925-MOB"

META = {
    "id": "utilities-telecoms-ashcombe-2025",
    "title": "Corporate mobile voice, data and devices",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_148_600, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 3),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2028, 9, 30),
    "reference": REF,
    "public_names": ["Joanna Trevelyan-Moss", "Kwame Asante-Boateng"],
    "documents": [{"file": "service-order.docx", "title": "Service order and service terms"}],
}

ORDER = (
    ("Service Order number", U(REF)),
    ("Customer", f"{U(BUYER)}, {U('Force Headquarters, Ridgeway Road, Ashcombe, AV7 3QX')}"),
    ("Provider", f"{U(SUPPLIER)}, company number {U('06628815')}"),
    ("Commencement", "03.10.25, with porting of existing numbers completed by 31.10.25"),
    ("Minimum Term", "36 months from Commencement; no early termination charge after month 24"),
    ("Lines at Commencement", "2,150 voice and data lines; 180 data-only SIMs"),
    ("Total Order Value", f"{U('£1,148,600')} over the Minimum Term, excluding VAT"),
    ("Customer contract lead", f"{U('Kwame Asante-Boateng')}, {U('Head of Digital Services')}"),
)

TARIFF = (
    ("T1", "Unlimited UK voice/SMS, 10 GB data", "1,420", P("£ 6.85"), P("£ 0.00"),
     P("£ 2.50")),
    ("T2", "Unlimited UK voice/SMS, unlimited data", "730", P("£ 11.40"), P("£ 0.00"),
     P("£ 2.50")),
    ("T3", "Data-only SIM, 50 GB pooled (ANPR, tablets)", "180", P("£ 4.95"), P("£ 15.00"),
     "n/a"),
    ("T4", "Voice-only (custody and front-desk handsets)", "—", P("£ 3.20"), P("£ 0.00"),
     P("£ 1.75")),
)  # fmt: skip

DEVICES = (
    ("Rugged handset, Stratus R9 (5G)", "Front-line officers", P("GBP 389.00"), P("GBP 54.00")),
    ("Standard smartphone, Orion 15 128 GB", "Staff", P("GBP 612.00"), P("GBP 0.00")),
    ("Tablet, Orion Tab 11 (cellular)", "Vehicles and CID", P("GBP 474.50"), P("GBP 36.00")),
    ("Basic handset, Kestrel K2", "Custody suites", P("GBP 42.75"), "Included"),
)  # fmt: skip

BLOCKS = [
    Title("SERVICE ORDER — MOBILE VOICE, DATA AND DEVICES"),
    Subtitle("Placed under the Provider's Public Sector Service Terms (Version 7.3)"),
    Para(
        "This Service Order, its Schedules and the Service Terms form one agreement between the "
        "Customer and the Provider. Where they conflict, this Service Order prevails."
    ),
    Heading("Section 1 — Order details"),
    Table(("Field", "Entry"), ORDER, (0.32, 0.68)),
    Heading("Section 2 — Definitions"),
    Definition(
        "Line",
        "means a SIM and mobile number connected to the Network for the Customer, whether "
        "issued with a Device or not.",
    ),
    Definition(
        "Portal",
        f"means the Provider's online administration service, {U('Parallax ControlHub')}, "
        "through which the Customer orders, suspends and bars Lines.",
    ),
    Definition(
        "Role Mailbox",
        "means a shared Customer mailbox used as the contact for a group of Lines instead of "
        "a named user.",
    ),
    Heading("Section 3 — Charges"),
    Clause(
        "3.1",
        "Monthly Line charges are billed in advance. Charges in the table below exclude VAT; "
        "roaming outside the Provider's Europe Zone is charged at the rates in the Portal.",
    ),
    Table(
        (
            "Tariff",
            "What the Line includes",
            "Lines",
            "Monthly per Line",
            "Connection (one-off)",
            "EU roaming per day",
        ),
        TARIFF,
        (0.09, 0.33, 0.1, 0.16, 0.16, 0.16),
        right=(2, 3, 4, 5),
    ),
    Clause(
        "3.2",
        f"Devices are supplied at the prices below. The Provider has applied a technology fund "
        f"of {P('£85,000')} to the first device order, and a loyalty credit of "
        f"{P('two per cent (2%)')} of annual airtime is credited to the account every October.",
    ),
    Table(
        ("Device", "Issued to", "Unit price (ex. VAT)", "Extended warranty per year"),
        DEVICES,
        (0.36, 0.22, 0.21, 0.21),
        right=(2, 3),
    ),
    Clause(
        "3.3",
        f"Out-of-bundle UK data is charged at {P('£1.10 per GB')}; calls to international "
        f"numbers at {P('9p a minute')}. Where pooled data use across tariff T3 exceeds "
        f"110 per cent of the pool, the excess is billed at {P('£0.65')} per GB, capped at "
        f"{P('£1.5k')} in any month.",
    ),
    Clause(
        "3.4",
        "Charges are fixed for the first 12 months. Afterwards, each April, they may rise by no "
        f"more than the CPI figure published in January, and in any event by no more than "
        f"{P('3.9 %')}.",
    ),
    Heading("Section 4 — Service levels"),
    Clause(
        "4.1",
        f"The Provider targets Network availability of {U('99.9%')} across the Customer's "
        "policing area, measured monthly. For each full 0.1% shortfall the Provider credits "
        f"{P('£2,750')} against the next invoice.",
    ),
    Clause(
        "4.2",
        "Replacement Devices for faulty or lost handsets are delivered to Force Headquarters "
        "by 10:00 on the next working day when ordered before 16:00.",
    ),
    Heading("Section 5 — Portal accounts and SIM security"),
    Clause(
        "5.1",
        f"The Portal is reached at {S('controlhub.parallax.example/avp')}. The Customer's two "
        f"super-administrator accounts are {S('avp.mobadmin1')} and {S('avp.mobadmin2')}; the "
        f"one-time password issued for first log-in, {S('Qz7!mire-Hollow')}, must be changed "
        "immediately, and both accounts use app-based multi-factor authentication.",
    ),
    Clause(
        "5.2",
        "Lines are assigned in the Portal to Role Mailboxes, not to named officers. The Role "
        f"Mailboxes at Commencement are {U('response.mobiles@ashcombevale.police.uk')}, "
        f"{U('cid.devices@ashcombevale.police.uk')} and "
        f"{U('custody.phones@ashcombevale.police.uk')}.",
    ),
    Clause(
        "5.3",
        "PUK codes are never sent by SMS or e-mail. They are released only by telephone to a "
        "Portal administrator after a call-back. For the pilot batch the Provider has given "
        f"the Customer the master PUK {S('48815207')} for SIMs numbered "
        f"{S('8944 1100 0725 5510')} to {S('8944 1100 0725 5559')}, which the Customer keeps "
        "in its password vault.",
    ),
    Clause(
        "5.3.1",
        f"Data-only SIMs connect through the private APN {S('avp.pmc.apn')}, which assigns "
        f"addresses from {S('10.46.128.0/18')} and hands traffic to the Customer's firewall at "
        f"{S('198.51.100.77')}. The RADIUS shared secret is {S('7hG2-kWq9-Lm4x')}.",
        level=2,
    ),
    Clause(
        "5.4",
        "A lost or stolen Line must be barred in the Portal or by calling the Provider's "
        "24-hour line at once; the Customer is not liable for charges after the bar is placed.",
    ),
    Heading("Section 6 — People"),
    Para(
        f"The Provider's account director for this Service Order is {N('Ms Harriet Oyelowo')} "
        f"(mobile {N('07700 900352')}, {N('h.oyelowo@parallaxmobile.example')}); she is "
        f"supported by {N('Callum Fitzwarren')}, Technical Account Manager, "
        f"{N('callum.fitzwarren@parallaxmobile.example')}. The Customer's operational lead is "
        f"{U('Joanna Trevelyan-Moss')}, {U('ICT Service Delivery Manager')}, through the Force "
        f"switchboard on {U('0161 496 0000')}."
    ),
    Heading("Section 7 — Payment, insurance and financial standing"),
    Clause(
        "7.1",
        f"The Customer pays by BACS to {SUPPLIER}, Ferrowby Bank plc, sort code {B('40-17-63')}, "
        f"account number {B('20875149')}, within 30 days of a valid invoice.",
    ),
    Clause(
        "7.2",
        f"The Provider maintains professional indemnity cover of not less than "
        f"{U('£5,000,000')} (Strand Mutual certificate {I('SM.PI.0092/66184')}) and public "
        f"liability cover of not less than {U('£10,000,000')} (policy "
        f"{I('PLC 3301 7729 08')}).",
    ),
    Clause(
        "7.3",
        f"For the Customer's financial checks the Provider disclosed, for the year ended "
        f"30th June 2025, revenue of {F('£286.3m')}, EBITDA of {F('£31.9m')} and an "
        f"undrawn revolving facility of {F('£40m')}. The Provider will notify the Customer of "
        "any change of control.",
    ),
    Clause(
        "7.4",
        f"The Provider's aggregate liability is limited to {U('£1,500,000')} for the Minimum "
        "Term, other than for death, personal injury and data protection breaches.",
    ),
    Signatures(
        "Accepted for and on behalf of the parties:",
        (
            Signatory(
                "For the Customer",
                (
                    ("Signed", U("K. Asante-Boateng")),
                    ("Name", U("Kwame Asante-Boateng")),
                    ("Role", U("Head of Digital Services")),
                    ("Date", "3rd September 2025"),
                ),
            ),
            Signatory(
                "For the Provider",
                (
                    ("Signed", N("R. Castellano")),
                    ("Name", N("Rhys Castellano")),
                    ("Role", U("Commercial Director")),
                    ("Date", "2nd September 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "service-order.docx": DocumentSpec(
        title="Service order and service terms",
        subject=f"Service Order {REF}",
        header=f"{BUYER} — Mobile services — OFFICIAL",
        footer=f"Service Order {REF}",
        created=dt.datetime(2025, 9, 3, 11, 15),
        blocks=BLOCKS,
    ),
}
