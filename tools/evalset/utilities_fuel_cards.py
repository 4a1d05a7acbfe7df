"""Fuel cards, Estuary Coast Ambulance Service NHS Trust with Forecourt Plus Card Services Ltd:
account agreement, commercial terms, card register and a confidential fraud-control statement
(DOCX)."""

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

TEMPLATE = "utilities"
BUYER = "Estuary Coast Ambulance Service NHS Trust"
SUPPLIER = "Forecourt Plus Card Services Ltd"
REF = "ECAS-PROC-25-0288"
SORT, ACCOUNT = "23-81-50", "04419732"
IBAN = uk_iban("TEVB", SORT, ACCOUNT)

META = {
    "id": "utilities-fuel-cards-estuary-2025",
    "title": "Fuel card services for the emergency and patient transport fleet",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 3_420_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 23),
    "starts": dt.date(2025, 8, 1),
    "ends": dt.date(2028, 7, 31),
    "reference": REF,
    "public_names": ["Dr Miriam Adeyemi-Clarke", "Owen Treharne"],
    "documents": [{"file": "fuel-card-agreement.docx", "title": "Fuel card account agreement"}],
}

SUMMARY = (
    ("Account Holder", f"{U(BUYER)}, {U('Estuary House, Wharf Approach, Saltfleet, EQ9 2TB')}"),
    ("Issuer", f"{U(SUPPLIER)}, registered number {U('08830157')}"),
    ("Account number", f"{U('FP-ECAS-100482')} (all Cards are issued under this account)"),
    ("Procurement reference", U(REF)),
    ("Start and end", "2025-08-01 to 2028-07-31, extendable by 12 months"),
    ("Estimated spend", f"{U('£3,420,000')} over three years (about {U('£1,140,000')} a year)"),
    ("Cards at start", "412 vehicle cards and 36 pool cards"),
    ("Trust Fleet Lead", f"{U('Owen Treharne')}, {U('Head of Fleet and Logistics')}"),
)

DISCOUNTS = (
    ("Forecourt Plus branded sites", "Diesel", P("5.1"), P("4.6"), "Weekly"),
    ("Forecourt Plus branded sites", "Unleaded", P("3.8"), P("3.4"), "Weekly"),
    ("Partner network (Halden, Norgas)", "Diesel", P("2.2"), P("1.9"), "Pump price"),
    ("Motorway service areas", "Diesel and unleaded", P("0.0"), P("0.0"), "Pump price"),
    ("Public EV chargers (Volta-Link)", "Electricity (kWh)", P("3.0"), P("3.0"), "Tariff"),
)  # fmt: skip

FEES = (
    ("Account set-up", P("Nil")),
    ("Card fee, per card per month", P("£0.85 (ex. VAT)")),
    ("Replacement or additional card", P("£3.50 + VAT")),
    ("Annual account management fee", P("£1,250.00 + VAT")),
    ("Paper invoice (if requested)", P("2.75 pounds each")),
    ("Late payment administration charge", P("£ 40.00")),
)

POOL = (
    (S("7077 1824 0035 1162"), U("Saltfleet Ambulance Station"), "Diesel only", S("6640")),
    (S("7077 1824 0035 1170"), U("Harbury Cross Ambulance Station"), "Diesel only", S("2915")),
    (S("7077 1824 0035 1188"), U("Marshgate Make Ready Centre"), "Diesel, AdBlue", S("0387")),
    (S("7077 1824 0035 1196"), U("Saltfleet Ambulance Station"), "EV charging", S("5472")),
)  # fmt: skip

BLOCKS = [
    Title("FUEL CARD ACCOUNT AGREEMENT"),
    Subtitle("Account Application, Commercial Terms and Card Register"),
    Para(
        "The Account Holder applies for, and the Issuer agrees to provide, a fuel card account "
        "on the terms below and the Issuer's General Card Conditions (edition 2025/1)."
    ),
    Heading("A. Account summary"),
    Table(("Account summary", ""), SUMMARY, (0.3, 0.7)),
    Heading("B. Definitions"),
    Definition(
        "Card",
        "means a fuel card issued on the account, whether a vehicle card "
        "embossed with a registration mark or a pool card held at a station.",
    ),
    Definition(
        "Pump Price",
        "means the price per litre displayed at the pump when the Card is "
        "used, including duty and VAT.",
    ),
    Definition(
        "Weekly Price",
        "means the Issuer's published national bunker-linked price for "
        "the week, used on branded sites instead of the Pump Price.",
    ),
    Heading("C. Commercial terms"),
    Clause(
        "C1",
        "Discounts. The Issuer allows the following discounts, in pence per litre "
        "(ppl), on fuel bought with a Card. Discounts are shown before VAT.",
    ),
    Table(
        (
            "Site network",
            "Product",
            "Discount year 1 (ppl)",
            "Discount years 2-3 (ppl)",
            "Priced against",
        ),
        DISCOUNTS,
        (0.3, 0.2, 0.16, 0.16, 0.18),
        right=(2, 3),
    ),
    Clause(
        "C2",
        f"Where the Trust's monthly volume exceeds 95,000 litres, a further volume "
        f"rebate of {P('0.4ppl')} is credited quarterly on all litres in that month.",
    ),
    Clause("C3", "Fees. The account fees are:"),
    Table(("Fee", "Amount"), FEES, (0.62, 0.38), right=(1,)),
    Clause(
        "C4",
        f"Payment. Invoices are issued weekly and collected by Direct Debit 14 days "
        f"after the invoice date from the Trust's account. Refunds and credits are paid from "
        f"the Issuer's account with Tevington Bank plc, sort code {B(SORT)}, account number "
        f"{B(ACCOUNT)} (IBAN {B(grouped(IBAN))}). The Issuer's credit limit for the account "
        f"is {P('GBP 160,000.00')}.",
    ),
    Heading("D. Cards, PINs and controls"),
    Clause(
        "D1",
        "Each Card has its own four-digit PIN, posted separately from the Card to the "
        "Trust's Fleet Office. The Trust shall keep PINs apart from Cards and shall not "
        "write a PIN on a Card or keep it in a vehicle.",
    ),
    Clause(
        "D2",
        "Pool cards are held in the station key cabinet and signed out by crews. The "
        "register below is kept by the Fleet Office and is not to be circulated.",
    ),
    Table(("Card number", "Held at", "Products allowed", "PIN"), POOL, (0.3, 0.36, 0.2, 0.14)),
    Clause(
        "D3",
        f"The station key cabinets open with code {S('1984*')}, changed each "
        "quarter by the station manager.",
    ),
    Clause(
        "D4",
        f"Vehicle card {S('7077 1824 0035 0917')} (registration {U('EC24 AMB')}) and "
        f"card {S('7077 1824 0035 0925')} (registration {U('EC24 AMD')}) are set with a "
        "daily limit of 180 litres for the heavy rapid response vehicles; every other "
        "vehicle card has a daily limit of 120 litres.",
    ),
    Clause(
        "D5",
        f"Transaction data is pushed every 15 minutes to the Trust's fleet system "
        f"{S('FLTAPP02.ecas.internal')}, authenticating as {S('svc_fuelplus_import')} from "
        f"the Issuer's gateway {S('192.0.2.141')}.",
    ),
    Clause(
        "D6",
        f"Cards are ordered and stopped online in {U('Forecourt Plus FleetDesk')}; the "
        f"Trust's administrator log-in is {S('ecas_fleetdesk_admin')}.",
    ),
    Heading("E. Fraud controls — Commercial in Confidence"),
    Para(
        C(
            "The Issuer screens every transaction against the vehicle's fuel type, tank size "
            "and usual refuelling pattern. Transactions more than 25 per cent above the tank "
            "capacity, a second fill within four hours, or a purchase more than 40 miles from "
            "the vehicle's home station outside a shift are held for review and reported to the "
            "Fleet Office by 09:00 the next working day."
        )
    ),
    Para(
        C(
            "Odometer readings keyed at the pump are compared with the telematics mileage each "
            "week; variances above 10 per cent generate an exception report. A dedicated fraud "
            "analyst reviews the Trust's account monthly and attends the quarterly review with "
            "a written summary of stopped cards, disputed transactions and recoveries."
        )
    ),
    Heading("F. People, insurance and standing"),
    Clause(
        "F1",
        f"The Issuer's account manager is {N('Ms Lauren Kowalczyk')}, telephone "
        f"{N('0161 496 0729')}, e-mail {N('lauren.kowalczyk@forecourtplus.example')}. The "
        f"Issuer's fraud analyst is {N('Jamal Okereke')} ({N('07700 900163')}).",
    ),
    Clause(
        "F2",
        f"Fleet Office enquiries are handled by {N('Gemma Strachan')}, Fleet "
        f"Administrator, who holds the PIN mailers; the Trust's switchboard is "
        f"{U('01632 960500')}.",
    ),
    Clause(
        "F3",
        f"The Issuer holds crime and fidelity insurance with Caldermoor Assurance "
        f"(policy {I('CA-FID-004417-25')}) with an indemnity of not less than "
        f"{U('£2,000,000')}; the excess is {I('£10,000')}.",
    ),
    Clause(
        "F4",
        f"The Issuer confirms that in its year to 31.03.25 it had turnover of "
        f"{F('£94.6 million')}, operating profit of {F('£6.1 million')} and cash at bank of "
        f"{F('£12.3 million')}, and that its card liabilities are backed by a standby letter "
        f"of credit of {F('£5m')}.",
    ),
    Clause(
        "F5",
        f"Each party's liability in any contract year is capped at {U('£500,000')}, "
        "except for fraudulent transactions the Issuer fails to stop after a Card is "
        "reported lost or stolen.",
    ),
    Signatures(
        "Signed for the Account Holder and the Issuer.",
        (
            Signatory(
                "Account Holder",
                (
                    ("Signed", U("M. Adeyemi-Clarke")),
                    ("Name", U("Dr Miriam Adeyemi-Clarke")),
                    ("Position", U("Director of Finance")),
                    ("Date", "23rd June 2025"),
                ),
            ),
            Signatory(
                "Issuer",
                (
                    ("Signed", N("P. Havelock")),
                    ("Name", N("Piers Havelock")),
                    ("Position", U("Head of Public Sector")),
                    ("Date", "20th June 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "fuel-card-agreement.docx": DocumentSpec(
        title="Fuel card account agreement",
        subject=f"Account FP-ECAS-100482, {REF}",
        header=f"{BUYER} — Fuel card account agreement — OFFICIAL-SENSITIVE",
        footer=f"Reference {REF}",
        created=dt.datetime(2025, 6, 23, 9, 40),
        blocks=BLOCKS,
    ),
}
