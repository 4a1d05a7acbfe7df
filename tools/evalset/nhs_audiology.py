"""Adult hearing services, NHS Calder Vale ICB with Soundpath Hearing Services Ltd (DOCX)."""

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

TEMPLATE = "nhs"
BUYER = "NHS Calder Vale Integrated Care Board"
SUPPLIER = "Soundpath Hearing Services Ltd"
REF = "CV-ICB/AUD/0725"
ADDRESS = "Ridgeway House, 4 Tenter Street, Calderford, CX4 9TR"
SORT, ACCOUNT = "40-19-83", "61027354"
IBAN = uk_iban("PELB", SORT, ACCOUNT)

META = {
    "id": "nhs-audiology-2025",
    "title": "Adult hearing loss assessment and aftercare (any qualified provider)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_340_000, "currency": "GBP"},
    "awarded": dt.date(2025, 8, 14),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2028, 9, 30),
    "reference": REF,
    "public_names": ["Lorraine Whitcombe", "Dr Sameer Bhandari"],
    "documents": [{"file": "contract.docx", "title": "Shorter-form contract"}],
}

TARIFF = (
    ("AUD-A1", "Assessment only (no aid fitted)", P("£68.00")),
    ("AUD-A2", "Assessment, fitting and first follow-up: one hearing aid", P("£311.50")),
    ("AUD-A3", "Assessment, fitting and first follow-up: two hearing aids", P("£463.00")),
    ("AUD-B1", "Aftercare, per year following fitting (three years)", P("£39.70")),
    ("AUD-B2", "Domiciliary visit supplement (housebound patients)", P("£54.00")),
    ("AUD-C1", "Replacement aid after loss (patient not charged)", P("£142.80")),
)  # fmt: skip

BLOCKS = [
    Title("NHS STANDARD CONTRACT (SHORTER-FORM)"),
    Subtitle("Adult Hearing Loss Assessment, Fitting and Aftercare"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("Particulars"),
    Table(
        ("Particular", "Detail"),
        (
            ("Commissioner", f"{U(BUYER)}, {U(ADDRESS)}"),
            (
                "Provider",
                f"{U(SUPPLIER)} (company number {U('12377051')}), Unit 9, Lowmoor "
                "Business Park, Calderford, CX7 2LW",
            ),
            ("Commencement Date", "1 October 2025"),
            ("Expiry Date", "30 September 2028"),
            (
                "Expected Contract Value",
                f"{U('£2,340,000')} over the Contract Term, about "
                f"{U('£780,000')} a year, not guaranteed",
            ),
            (
                "Commissioner's Representative",
                f"{U('Lorraine Whitcombe')}, {U('Head of Planned Care Commissioning')}",
            ),
            (
                "Provider's Representative",
                f"{N('Gareth Mullaney')}, Managing Director, "
                f"{N('gareth.mullaney@soundpath.example')}",
            ),
            (
                "Clinical Lead",
                f"{N('Ms Priya Ramanathan')}, Lead Clinical Scientist (Audiology), "
                f"HCPC registration {N('CS29184')}",
            ),
        ),
        (0.32, 0.68),
    ),
    Para(
        "The Commissioner and the Provider agree to the Particulars above, the Service "
        "Conditions and the General Conditions of the shorter-form Contract, as varied below, "
        "and the Schedules."
    ),
    Heading("Definitions"),
    Definition(
        "Pathway",
        "means each bundle of care in Schedule 2, from referral to the end of "
        "the first follow-up appointment, for which a single Tariff is paid.",
    ),
    Definition(
        "Tariff",
        "means the price for a Pathway set out in Schedule 2, which is the "
        "only sum payable for that Pathway.",
    ),
    Definition(
        "Clinical Lead",
        "means the Provider's person named in the Particulars who is "
        "accountable for clinical quality and audit.",
    ),
    Heading("Service Conditions (local variations)"),
    Clause(
        "SC3.1",
        "The Provider shall accept referrals of adults aged 50 and over with "
        "age-related hearing loss from GPs registered with the Commissioner and shall offer "
        "a first appointment within 18 weeks of referral, in line with the "
        "Referral to Treatment standard.",
    ),
    Clause(
        "SC3.2",
        f"Clinics shall be held at {U('Calderford Health Village')}, "
        f"{U('Hebble Bridge Medical Centre')} and the Provider's own premises; the Clinical "
        "Lead shall approve every new clinic room against the British Society of "
        "Audiology's room standards.",
    ),
    Clause(
        "SC3.3",
        "The Provider shall not replace the Clinical Lead without the "
        "Commissioner's prior written approval, which shall not be unreasonably withheld; "
        f"the Clinical Lead can be reached on {N('07700 900318')} for clinical escalations.",
    ),
    Clause(
        "SC3.4",
        "Hearing aids shall be chosen from the NHS Supply Chain framework; the "
        f"Provider's current model is the {U('Aurela Pro 4 RIC')}.",
    ),
    Heading("Schedule 2 — Prices"),
    Clause(
        "2.1",
        "The Commissioner shall pay the following Tariff for each completed Pathway, "
        "invoiced monthly in arrears with the patient's NHS number:",
    ),
    Table(("Pathway", "Description", "Tariff (£)"), TARIFF, (0.14, 0.66, 0.2), right=(2,)),
    Clause(
        "2.2",
        f"Once more than 2,400 Pathways have been paid in a Contract Year, the Tariff "
        f"for each further Pathway is reduced by {P('7.5%')}.",
    ),
    Clause(
        "2.3",
        f"Tariffs are fixed for the first Contract Year. Thereafter they move with the "
        f"NHS Payment Scheme cost uplift, capped at {P('2 per cent')} a year.",
    ),
    Clause(
        "2.4",
        f"Payment is made by BACS within 30 days to the Provider's account: sort code "
        f"{B(SORT)}, account {B(ACCOUNT)}, IBAN {B(IBAN)} (Pellbury Bank plc).",
    ),
    Heading("Schedule 3 — Quality Requirements"),
    Table(
        ("Quality Requirement", "Threshold", "Consequence of breach"),
        (
            (
                "First appointment within 6 weeks of referral",
                U("85%"),
                f"{P('£95')} for each patient above the threshold",
            ),
            (
                "Hearing aid fitted within 4 weeks of assessment",
                U("95%"),
                f"{P('1.5%')} of the month's invoice",
            ),
            ("Patients completing the GHABP outcome questionnaire", "80%", "Remedial Action Plan"),
            ("Repairs completed within 2 working days", "90%", f"{P('£30')} per late repair"),
        ),
        (0.5, 0.15, 0.35),
    ),
    Heading("Schedule 4 — Information governance and systems"),
    Clause(
        "4.1",
        f"Patient records are kept in {U('EarLink Clinical v4.1')}, hosted at "
        f"{S('earlink-db01.soundpath.internal')}. The Commissioner's auditors are given "
        f"read-only access through the account {S('cvicb_audit_ro')}.",
    ),
    Clause(
        "4.2",
        "Clinic laptops connect to the Provider's network through the VPN gateway "
        f"{S('203.0.113.58')}; each clinician has a named log-in and no shared accounts are "
        "permitted, apart from the clinic equipment calibration account, which is used only "
        "by the calibration contractor.",
    ),
    Clause(
        "4.3",
        f"The key safe at the Lowmoor clinic holds the audiometry booth keys; its code, "
        f"{S('3907')}, is changed after each change of staff.",
    ),
    Heading("Schedule 5 — Insurance and financial standing"),
    Clause(
        "5.1",
        f"The Provider shall hold medical malpractice cover of not less than "
        f"{U('£10,000,000')} for any one claim and employer's liability cover of not less "
        f"than {U('£5,000,000')}.",
    ),
    Table(
        ("Cover", "Insurer", "Policy number", "Excess"),
        (
            (
                "Medical malpractice",
                "Greywell Healthcare Insurance",
                I("GHI-MM-2025-88416"),
                I("£2,500"),
            ),
            (
                "Public and products liability",
                "Greywell Healthcare Insurance",
                I("PPL/550917/GW"),
                "Nil",
            ),
            ("Employer's liability", "Thornbury Mutual", I("EL 0093 4412 7"), "Nil"),
        ),
        (0.3, 0.3, 0.24, 0.16),
    ),
    Clause(
        "5.2",
        f"The Provider's audited turnover for 2024 was {F('£6.84 million')} with an "
        f"operating profit of {F('£497,000')}. Its parent, Soundpath Group Holdings Ltd, has "
        f"given a guarantee of the Provider's obligations capped at {F('£400,000')}.",
    ),
    Heading("Schedule 6 — Provider's tender response (Commercial in Confidence)"),
    Para(
        C(
            "Soundpath will staff the service with 6.4 WTE audiologists, two of them band 7, "
            "and will run Saturday clinics at Calderford Health Village from the second month. "
            "Our Tariff reflects a purchase price per hearing aid that we have negotiated "
            "below the framework price and which we will not disclose to other providers."
        )
    ),
    Para(
        C(
            "To reach patients in the upper valley we will use a mobile booth twice a month at "
            "Hebble Bridge, which we already own, so its cost is not included in the Tariff; "
            "our break-even volume is about 1,900 Pathways a year."
        )
    ),
    Signatures(
        "Signed for and on behalf of the parties.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("L. Whitcombe")),
                    ("Name", U("Lorraine Whitcombe")),
                    ("Position", U("Head of Planned Care Commissioning")),
                    ("Date", "14 August 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("G. Mullaney")),
                    ("Name", N("Gareth Mullaney")),
                    ("Position", "Managing Director"),
                    ("Date", "12 August 2025"),
                ),
            ),
        ),
    ),
    Para(
        f"Clinically approved for the Commissioner by {U('Dr Sameer Bhandari')}, "
        f"{U('Medical Director')}."
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="NHS Standard Contract (shorter-form): adult hearing services",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Shorter-form Contract — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 8, 14, 14, 30),
        blocks=BLOCKS,
    ),
}
