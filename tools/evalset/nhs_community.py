"""Community nursing, NHS Wealdmoor and Fenbridge ICB with Brackenlea Community Health CIC (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    Definition,
    DocumentSpec,
    Heading,
    PageBreak,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "nhs"
BUYER = "NHS Wealdmoor and Fenbridge Integrated Care Board"
COUNCIL = "Fenbridge Borough Council"
SUPPLIER = "Brackenlea Community Health CIC"
REF = "WFICB/COM/25-031"
SORT, ACCOUNT = "30-71-48", "25190637"
IBAN = uk_iban("NRTH", SORT, ACCOUNT)

META = {
    "id": "nhs-community-nursing-2025",
    "title": "Adult community nursing and integrated neighbourhood teams 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 18_450_000, "currency": "GBP"},
    "awarded": dt.date(2025, 2, 21),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2028, 3, 31),
    "reference": REF,
    "public_names": ["Andrew Pellow", "Dr Nkechi Hollis", "Siobhan Carrick"],
    "documents": [{"file": "particulars.pdf", "title": "Contract particulars and schedules"}],
}

PARTICULARS = (
    ("Contract reference", U(REF)),
    ("Co-ordinating Commissioner", U(BUYER)),
    ("Associate Commissioner", f"{U(COUNCIL)} (for the social care elements pooled under the "
     "section 75 agreement)"),
    ("Provider", f"{U(SUPPLIER)}, company number {U('09866214')}"),
    ("Effective Date", "21 February 2025"),
    ("Service Commencement Date", "1 April 2025"),
    ("Expiry Date", "31 March 2028, with an option to extend by up to 24 months"),
    ("Expected Annual Contract Value", U("£6,150,000")),
    ("Total value over the Contract Term", U("£18,450,000")),
    ("Commissioner Representative", f"{U('Dr Nkechi Hollis')}, {U('Chief Nursing Officer')}"),
    ("Provider Representative", f"{N('Ms Joanna Feltham-Rees')}, Director of Operations, "
     f"{N('j.feltham-rees@brackenlea-ch.example')}, {N('07700 900627')}"),
)  # fmt: skip

PRICES = (
    ("CN-01", "District nursing: planned home visit", "Contact", P("£48.60")),
    ("CN-02", "District nursing: unplanned visit within 2 hours", "Contact", P("£71.25")),
    ("CN-03", "Community nursing clinic (leg ulcer, wound care)", "Attendance", P("£36.90")),
    ("CN-04", "Continence assessment and review", "Episode", P("£112.40")),
    ("CN-06", "Urgent Community Response: 2-hour crisis episode", "Episode", P("£264.75")),
)  # fmt: skip

KPIS = (
    ("LQR-1", "Urgent Community Response referrals seen within 2 hours", U("70%"),
     "Monthly", f"{P('£1,250')} for each month below threshold"),
    ("LQR-2", "Patients on caseload with a personalised care plan reviewed in 12 weeks",
     U("90%"), "Quarterly", f"{P('0.5%')} of the quarter's Block Payment"),
    ("LQR-3", "Pressure ulcers (category 3 or above) acquired on caseload with completed "
     "review", "100%", "Monthly", f"{P('£400')} per unreviewed case"),
    ("LQR-4", "Clinical vacancy rate (registered nurses)", "Below 12%", "Quarterly",
     "Remedial Action Plan"),
)  # fmt: skip

INCENTIVE = (
    ("LIS-A", "Falls risk assessment for housebound patients aged 65 and over", P("35%"),
     P("£26,906")),
    ("LIS-B", "Shared care record updated within 24 hours of discharge from caseload",
     P("40%"), P("£30,750")),
    ("LIS-C", "Staff trained in end-of-life care conversations", P("25%"), P("£19,219")),
)  # fmt: skip

BLOCKS = [
    Title("NHS STANDARD CONTRACT 2025/26"),
    Subtitle(
        "Particulars (full length) — Adult Community Nursing and Integrated Neighbourhood Teams"
    ),
    Para(f"Contract {U(REF)}", centred=True),
    Heading("Contract Particulars"),
    Para(
        f"This Contract is made between the Commissioners and the Provider named below and "
        f"comprises these Particulars, the Service Conditions, the General Conditions and the "
        f"Schedules. {U(COUNCIL)} joins as Associate Commissioner under a partnership "
        f"agreement made under section 75 of the {U('National Health Service Act 2006')}."
    ),
    Table(("Item", "Entry"), PARTICULARS, (0.34, 0.66)),
    Heading("Definitions"),
    Definition(
        "Block Payment",
        "means the fixed monthly sum payable by the Co-ordinating "
        "Commissioner under Schedule 3A, paragraph 2, irrespective of activity.",
    ),
    Definition(
        "Caseload",
        "means the patients registered with a GP practice in the Service "
        "Area who have been accepted by the Provider for community nursing care.",
    ),
    Definition(
        "Local Incentive Scheme",
        "means the scheme set out in Schedule 3D under which "
        "a proportion of the Actual Annual Value is earned on achieving the indicators.",
    ),
    Heading("Service Conditions and General Conditions (local variations)"),
    Clause(
        "SC1.4",
        "The Provider shall deliver the Services seven days a week from 08:00 to "
        "22:00, and the overnight palliative service from 22:00 to 08:00, from the bases at "
        f"{U('Marsh Lane Health Centre')} and {U('Fenbridge Community Hospital')}.",
    ),
    Clause(
        "SC28.2.1",
        "Where the Provider fails a Quality Requirement in Schedule 4, the "
        "Co-ordinating Commissioner may apply the consequence shown in that Schedule, "
        "provided that the total withheld in any Contract Year shall not exceed "
        f"{P('2.5%')} of the Actual Annual Value.",
    ),
    Clause(
        "SC36.3",
        "Prices in Schedule 3A are local prices agreed under the NHS Payment "
        f"Scheme. They shall be uplifted each 1 April by the published cost uplift factor, "
        f"less an efficiency deduction of {P('1.1 per cent')}, and in any event by no more "
        f"than {P('3.2 per cent')} in a Contract Year.",
    ),
    Clause(
        "GC18.1",
        "The Provider's aggregate liability under the Contract in any Contract "
        f"Year shall not exceed {U('£10,000,000')}, save for death or personal injury caused "
        "by negligence.",
    ),
    Heading("Schedule 3A — Local Prices"),
    Clause(
        "1.1",
        "Activity above the Indicative Activity Plan is payable at the following "
        "Local Prices (exclusive of VAT, which is not chargeable on NHS clinical services):",
    ),
    Table(
        ("Code", "Service line", "Currency", "Local Price"),
        PRICES,
        (0.11, 0.55, 0.16, 0.18),
        right=(3,),
    ),
    Clause(
        "2.1",
        f"The Block Payment is {P('£470,000')} per month, payable on the 15th day of "
        "each month, and covers activity up to the Indicative Activity Plan of 196,000 "
        "contacts a year.",
    ),
    Clause(
        "2.2",
        f"The Associate Commissioner shall contribute {P('£38,500')} per month from "
        "the pooled fund towards the reablement nursing element.",
    ),
    Heading("Schedule 3D — Local Incentive Scheme"),
    Para(
        f"The Local Incentive Scheme is worth {P('1.25%')} of the Actual Annual Value, "
        f"{P('£76,875')} in Contract Year 1, earned in the proportions below."
    ),
    Table(
        ("Indicator", "Description", "Weighting", "Value (£)"),
        INCENTIVE,
        (0.12, 0.56, 0.14, 0.18),
        right=(2, 3),
    ),
    Heading("Schedule 4 — Local Quality Requirements"),
    Table(
        ("Ref", "Quality Requirement", "Threshold", "Reporting", "Consequence of breach"),
        KPIS,
        (0.09, 0.4, 0.13, 0.13, 0.25),
    ),
    Heading("Schedule 6 — Contract Management, Reporting and Information"),
    Clause(
        "6.1.1",
        f"The Provider shall record all care in {U('CarePoint Community v6.2')} "
        "and share it with the Wealdmoor Shared Care Record through the interface host "
        f"{S('bch-ehr-int02.brackenlea.internal')}.",
    ),
    Clause(
        "6.1.2",
        "Extracts for the Community Services Data Set are sent from the Provider's "
        f"address {S('10.48.12.70')} over HSCN using the service account "
        f"{S('svc_csds_extract')}; the credentials are held by the Provider's IT service "
        "desk and rotated every 90 days.",
    ),
    Clause(
        "6.2",
        "The Provider's Caldicott Guardian is "
        f"{N('Dr Owain Prothero')} and its Safeguarding Lead is {N('Ruth Ambrose-Kay')} "
        f"({N('ruth.ambrose-kay@brackenlea-ch.example')}).",
    ),
    Heading("Schedule 7 — Payment details, insurance and financial standing"),
    Table(
        ("Item", "Detail"),
        (
            ("Payee", SUPPLIER),
            ("Bank", "Northgate Mercantile Bank plc, Fenbridge branch"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
            ("BIC", B("NRTHGB2L")),
        ),
        (0.34, 0.66),
    ),
    Clause(
        "7.1",
        "The Provider shall maintain clinical negligence and public liability cover "
        f"of not less than {U('£5,000,000')} for each claim. Its cover is placed with "
        f"Ashworth Medical Indemnity under policy {I('AMI/CN/0044719/25')}, with public "
        f"liability certificate {I('PL 7730 1185 04')} and an excess of {I('£7,500')} per "
        "claim.",
    ),
    Clause(
        "7.2", "The Provider's financial standing at its last audited year end, 31 March 2024, was:"
    ),
    Table(
        ("Measure", "Amount"),
        (
            (U("Turnover"), F("£43,260,000")),
            (U("Surplus before tax"), F("£612,000")),
            (U("Net current assets"), F("£3,118,000")),
            ("Commercial credit score (Fenwick Ratings)", F("71 / 100")),
        ),
        (0.6, 0.4),
        right=(1,),
    ),
    Heading("Schedule 2A — Provider's mobilisation statement (Commercial in Confidence)"),
    Para(
        C(
            "Brackenlea will mobilise the four neighbourhood teams in two waves, Fenbridge "
            "North and Marsh Lane in April and the rural teams in June, so that no caseload "
            "transfers during the Easter bank holidays. Each team keeps its existing band 6 "
            "leads, and we will backfill the two vacant posts from our own bank at standard "
            "rates rather than with agency staff."
        )
    ),
    Para(
        C(
            "Our price assumes a productivity gain of 0.6 face-to-face contacts per nurse per "
            "day from the mobile scheduling tool, funded from our own reserves, and a reduction "
            "in mileage through geographic caseload allocation; the saving is reflected in the "
            "Local Prices and will not be recharged to the Commissioners."
        )
    ),
    PageBreak(),
    Signatures(
        "Signed by the authorised signatories of the parties.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("A. Pellow")),
                    ("Name", U("Andrew Pellow")),
                    ("Title", U("Director of Contracting and Commissioning")),
                    ("Date", "21 February 2025"),
                ),
            ),
            Signatory(
                f"For {COUNCIL}",
                (
                    ("Signature", U("S. Carrick")),
                    ("Name", U("Siobhan Carrick")),
                    ("Title", U("Director of Adult Social Care")),
                    ("Date", "21 February 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("M. Ashdown")),
                    ("Name", N("Marcus Ashdown")),
                    ("Title", "Chief Executive"),
                    ("Date", "19 February 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "particulars.pdf": DocumentSpec(
        title="NHS Standard Contract: adult community nursing",
        subject=f"Contract {REF}",
        header=f"{BUYER} — NHS Standard Contract — OFFICIAL-SENSITIVE: COMMERCIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2025, 2, 21, 11, 0),
        blocks=BLOCKS,
    ),
}
