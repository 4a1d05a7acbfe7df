"""Civil parking enforcement and PCN processing, Kinglowe Borough Council with Civitas Kerbside
Services Limited: patrol hour and per-notice prices, handheld and back-office accounts (PDF)."""

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

from evalset.marks import B, C, F, I, N, P, S, U, uk_iban

TEMPLATE = "concession"
BUYER = "Kinglowe Borough Council"
SUPPLIER = "Civitas Kerbside Services Limited"
REF = "KBC/PKG/CPE/2025-11"
IBAN = uk_iban("ALDB", "23-61-80", "90417255")

META = {
    "id": "concession-parking-enforcement-kinglowe-2025",
    "title": "Civil parking enforcement and penalty charge notice processing",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 4_375_000, "currency": "GBP"},
    "awarded": dt.date(2025, 10, 13),
    "starts": dt.date(2025, 11, 3),
    "ends": dt.date(2030, 11, 2),
    "reference": REF,
    "public_names": ["Sunita Ravel", "Councillor Peter Haslam"],
    "documents": [{"file": "contract.pdf", "title": "Parking enforcement services contract"}],
}

CONTRACT_DATA = (
    ("1.1", "Council", f"{U(BUYER)}, {U('Town Hall, Abbey Street, Kinglowe, KX1 1TH')}"),
    ("1.2", "Service Provider", f"{U(SUPPLIER)}, company number {U('08815562')}"),
    ("1.3", "Contract reference", U(REF)),
    ("1.4", "Service Commencement Date", "3rd November 2025"),
    ("1.5", "Contract Period", "Five years, extendable by the Council for up to two years"),
    ("1.6", "Contract Value", f"{U('£4,375,000')} (estimated; about {U('£875,000')} a year)"),
    ("1.7", "Council's Parking Services Manager", f"{U('Sunita Ravel')}"),
    ("1.8", "Service Provider's Contract Manager", f"{N('Declan Mulvaney')}, "
            f"{N('declan.mulvaney@civitaskerbside.example')}, {N('07700 900148')}"),
    ("1.9", "Aggregate liability cap", f"{U('£1,000,000')}, save for the exclusions in "
            "clause 19.4"),
)  # fmt: skip

PRICES = (
    ("A1", "Civil Enforcement Officer patrol (foot)", "per deployed hour",
     P("£27.40"), P("£28.15"), P("£28.90")),
    ("B1", "PCN processing to closure (on-street and car parks)", "per PCN",
     P("£3.12"), P("£3.20"), P("£3.28")),
    ("B2", "Formal representation or appeal pack for the Traffic Penalty Tribunal",
     "per case", P("£14.60"), P("£14.95"), P("£15.30")),
    ("C1", "Back-office system licence and hosting", "per month",
     P("£4,250.00"), P("£4,250.00"), P("£4,380.00")),
)  # fmt: skip

OFFICERS = (
    (N("CEO 214"), N("Adewale Bankole"), S("hhd.ceo214"), "Town centre beat 1"),
    (N("CEO 227"), N("Kerry-Ann Pugh"), S("hhd.ceo227"), "Town centre beat 2"),
)  # fmt: skip

BLOCKS = [
    Title("PARKING ENFORCEMENT SERVICES CONTRACT"),
    Subtitle(
        "Civil enforcement of parking contraventions under Part 6 of the Traffic "
        "Management Act 2004, and processing of penalty charge notices"
    ),
    Heading("Section 1 — Contract Data"),
    Table(("No.", "Item", "Entry"), CONTRACT_DATA, (0.08, 0.32, 0.6)),
    Heading("Section 2 — Terms"),
    Heading("2. Definitions", level=2),
    Definition(
        "Deployed Hour",
        "one hour in which a Civil Enforcement Officer is on patrol "
        "in the Enforcement Area, logged on to a Handheld Device and in uniform, "
        "excluding breaks and travel to and from the depot.",
    ),
    Definition(
        "PCN",
        "a penalty charge notice served under the Civil Enforcement of Parking "
        "Contraventions (England) General Regulations 2007.",
    ),
    Definition(
        "Notice Processing System",
        "the back-office system, currently "
        f"{U('Kerbline PCN Manager v7.3.2')}, supplied and hosted by the Service "
        "Provider.",
    ),
    Heading("3. The Services", level=2),
    Clause(
        "3.1",
        "The Service Provider shall deploy Civil Enforcement Officers in accordance "
        "with the Deployment Plan agreed each quarter with the Council, and shall process "
        "every PCN from issue to payment, cancellation or write-off.",
    ),
    Clause(
        "3.1.1",
        "No part of the Price depends on the number of PCNs issued, and the Service "
        "Provider shall not set or reward officers by reference to PCN targets.",
    ),
    Clause(
        "3.1.2",
        "The Council retains all penalty charge income and all decisions on "
        "representations; the Service Provider prepares cases but does not decide them.",
    ),
    Clause(
        "3.2",
        f"The Service Provider shall contribute to the Council's annual parking "
        f"report, which is presented to the {U('Cabinet Member for Highways and Transport')}, "
        f"{U('Councillor Peter Haslam')}.",
    ),
    Heading("4. Price", level=2),
    Clause(
        "4.1",
        "The Council shall pay the following rates for Services delivered, monthly in "
        "arrears. Rates exclude VAT and are fixed for each Contract Year shown.",
    ),
    Table(
        ("Ref", "Element", "Unit", "Year 1 (£)", "Year 2 (£)", "Years 3–5 (£)"),
        PRICES,
        (0.07, 0.37, 0.14, 0.14, 0.14, 0.14),
        right=(3, 4, 5),
    ),
    Clause(
        "4.2",
        f"Deployed Hours at the Council's request outside 08:00–20:00 or on bank "
        f"holidays carry an uplift of {P('22 %')} on rate A1.",
    ),
    Clause(
        "4.3",
        f"The Council expects to order about 31,000 Deployed Hours in each Contract "
        f"Year. If it orders fewer than 26,000, the Service Provider may charge a shortfall "
        f"fee of {P('£6.10')} for each hour below that figure.",
    ),
    Clause(
        "4.4",
        f"Payment is made within 30 days of a valid invoice to the Service "
        f"Provider's account, IBAN {B(IBAN)}, BIC {B('ALDBGB2L')}.",
    ),
    Heading("5. Performance and service credits", level=2),
    Clause(
        "5.1",
        f"If more than {P('1.5 per cent')} of PCNs in a month are cancelled because of "
        f"officer error, the monthly invoice is reduced by {P('£1,750')} for each further "
        f"half per cent, up to a maximum reduction of {P('7.5%')} of that invoice.",
    ),
    Clause(
        "5.2",
        f"If fewer than {U('95%')} of Deployed Hours in the Deployment Plan are "
        "delivered in a month, the shortfall is not paid for and counts towards the "
        "termination threshold in clause 17.2.3.",
    ),
    Heading("6. Officers, devices and systems", level=2),
    Clause(
        "6.1",
        "Each officer is identified on patrol and on every PCN by a unique number. "
        "The officers assigned to the Kinglowe contract at the start are:",
    ),
    Table(
        ("Officer number", "Name", "Handheld account", "First deployment"),
        OFFICERS,
        (0.18, 0.3, 0.24, 0.28),
    ),
    Clause(
        "6.2",
        f"The Notice Processing System runs on the server {S('KBC-PCN-APP01')} with "
        f"its database on {S('KBC-PCN-SQL02')}, both in the Council's data centre on the "
        f"range {S('10.88.120.0/24')}. The Service Provider's staff reach it only through "
        f"{S('vpn-parking.kinglowe.internal')}.",
    ),
    Clause(
        "6.3",
        f"Nightly transfer of DVLA keeper enquiries runs under the service account "
        f"{S('svc_pcn_dvla')}; its password is held by the Council's ICT service and not by "
        "the Service Provider.",
    ),
    Clause(
        "6.4",
        f"The Handheld Devices synchronise with the server over the mobile network; "
        f"the device management console password issued for go-live, {S('Tr4ffic!Warden25')}, "
        "shall be replaced within five working days.",
    ),
    Heading("7. Security and insurance", level=2),
    Clause(
        "7.1",
        f"The Service Provider shall deliver a performance bond of {F('£150,000')} "
        f"and its parent, Civitas Group Holdings plc, guarantees its obligations. At "
        f"tender the Service Provider's annual turnover was {F('£26.3 million')}, with an "
        f"operating profit of {F('£1,020,000')}.",
    ),
    Clause(
        "7.2",
        f"The Service Provider shall maintain employer's liability cover of "
        f"{U('not less than £10,000,000')} and public liability cover of "
        f"{U('not less than £5,000,000')}. Current policies: public liability "
        f"{I('HRN-PL-55018273')}; employer's liability {I('HRN-EL-55018274')}; motor fleet "
        f"{I('MF 2290 4471 03')}, with a fleet excess of {I('£1,000')}.",
    ),
    Heading("Annex — Deployment Method Statement (Commercial in Confidence)"),
    Para(
        C(
            "We will run a split-shift pattern so that two officers overlap between 14:30 and "
            "16:00 to cover school keep-clear markings, and we will deploy the mobile unit "
            "on a rota that visits each of the nine outlying villages at least twice a week."
        )
    ),
    Para(
        C(
            "Our back office is staffed from the Kinglowe depot rather than a national centre, "
            "so that a named case officer handles each representation from receipt to "
            "decision pack, which we expect to hold the cancellation rate below one per cent."
        )
    ),
    Signatures(
        "Signed for and on behalf of the parties:",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signature", U("S. Ravel")),
                    ("Name", U("Sunita Ravel")),
                    ("Position", U("Parking Services Manager")),
                    ("Date", "13/10/2025"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signature", N("M. Ferreira")),
                    ("Name", N("Marta Ferreira")),
                    ("Position", "Managing Director"),
                    ("Date", "10/10/2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Parking enforcement services contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Parking enforcement services — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 10, 13, 9, 30),
        blocks=BLOCKS,
    ),
}
