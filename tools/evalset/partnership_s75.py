"""Section 75 partnership agreement for a pooled Better Care and community equipment fund,
Ellerby County Council with NHS Hallamby and Wray Integrated Care Board (PDF)."""

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

from evalset.marks import B, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "partnership"
BUYER = "Ellerby County Council"
SUPPLIER = "NHS Hallamby and Wray Integrated Care Board"
REF = "ECC-ICB/S75/2025-01"
SORT, ACCOUNT = "30-71-46", "52094418"
IBAN = uk_iban("WEYB", SORT, ACCOUNT)

META = {
    "id": "partnership-s75-better-care-2025",
    "title": "Section 75 agreement: Better Care Fund and community equipment pooled budget "
    "2025/26 to 2027/28",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 147_960_000, "currency": "GBP"},
    "awarded": dt.date(2025, 4, 3),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2028, 3, 31),
    "reference": REF,
    "public_names": ["Gareth Mould", "Dr Nadia Farouk", "Helen Oduya", "Simon Prestwich"],
    "documents": [
        {"file": "section-75-agreement.pdf", "title": "Section 75 partnership agreement"}
    ],
}

CONTRIBUTIONS = (
    ("2025/26", U("14,310,000"), U("33,890,000"), U("48,200,000")),
    ("2026/27", U("14,740,000"), U("34,910,000"), U("49,650,000")),
    ("2027/28", U("15,180,000"), U("34,930,000"), U("50,110,000")),
    ("Term", U("44,230,000"), U("103,730,000"), U("147,960,000")),
)  # fmt: skip

UNIT_RATES = (
    ("Reablement home care (Hartwell Care Ltd)", "per contact hour",
     P("£26.85"), P("£27.60"), P("£28.35")),
    ("Discharge to assess bed (Willowmede Care Homes)", "per bed-week",
     P("£1,095.00"), P("£1,128.00"), P("£1,160.00")),
    ("Equipment delivery, standard 5-day (Loanstore Equipment Services Ltd)", "per item",
     P("£38.50"), P("£39.40"), P("£40.30")),
    ("Equipment delivery, same-day urgent", "per item",
     P("£71.20"), P("£72.90"), P("£74.60")),
    ("Collection and decontamination", "per item", P("£24.10"), P("£24.70"), P("£25.30")),
)  # fmt: skip

HOSTED = (
    (N("EC104772"), N("Brennan, Aleksandra"), "Senior Commissioning Manager", "Grade 12",
     N("01.09.2014"), "1.0", N("£58,306")),
    (N("EC118305"), N("Tandy, Rhys"), "Commissioning Manager (Equipment)", "Grade 10",
     N("14.03.2019"), "1.0", N("£46,731")),
    (N("EC120961"), N("Oyelowo, Bisi"), "BCF Finance Analyst", "Grade 8",
     N("06.01.2021"), "0.8", N("£31,844")),
    (N("EC123478"), N("Pashley, Morgan"), "Contracts and Quality Officer", "Grade 7",
     N("22.08.2022"), "1.0", N("£34,314")),
)  # fmt: skip

BLOCKS = [
    Title("PARTNERSHIP AGREEMENT"),
    Subtitle(
        "made under section 75 of the National Health Service Act 2006 — Better Care Fund and "
        "Integrated Community Equipment Pooled Budget"
    ),
    Para(f"Agreement number {U(REF)}", centred=True),
    Para(
        f"THIS AGREEMENT is dated 3rd April 2025 and is made BETWEEN (1) {U(BUYER.upper())} of "
        f"{U('County Hall, Minster Road, Ellerby, EY1 4QZ')} (the “Council”); and (2) "
        f"{U(SUPPLIER.upper())}, a statutory body established under the National Health Service "
        f"Act 2006, of {U('Wray House, 12 Chandlery Walk, Hallamby, QA3 7LD')} (the “ICB”), "
        "each a “Partner” and together the “Partners”."
    ),
    Heading("Recitals"),
    Clause(
        "(A)",
        "The Partners have statutory functions in relation to adult social care and "
        "the commissioning of NHS community services for the people of Ellerby.",
    ),
    Clause(
        "(B)",
        "The NHS Bodies and Local Authorities Partnership Arrangements Regulations "
        "2000 permit the Partners to establish a pooled fund and to delegate functions to "
        "each other where this is likely to lead to an improvement in the way those "
        "functions are exercised.",
    ),
    Clause(
        "(C)",
        "The Partners have consulted jointly with people likely to be affected by "
        "these arrangements and the Ellerby Health and Wellbeing Board has approved the "
        "Better Care Fund plan to which this Agreement gives effect.",
    ),
    Heading("Key particulars"),
    Table(
        ("Particular", "Entry"),
        (
            (
                "Host Partner",
                f"The Council, acting through its {U('Adults and Health Directorate')}",
            ),
            ("Pooled Fund Manager", f"{U('Helen Oduya')}, {U('Head of Integrated Commissioning')}"),
            (
                "Council finance lead",
                f"{U('Gareth Mould')}, {U('Director of Finance (Section 151 Officer)')}",
            ),
            ("ICB finance lead", f"{U('Simon Prestwich')}, {U('Deputy Chief Finance Officer')}"),
            ("Aggregate Pooled Fund over the Term", U("£147,960,000")),
            (
                "Term",
                "1 April 2025 to 31 March 2028, with a review in the final quarter of each "
                "Financial Year",
            ),
            ("Governance", "Ellerby Joint Commissioning Partnership Board, meeting bi-monthly"),
        ),
        (0.34, 0.66),
    ),
    Heading("1. Interpretation"),
    Definition("Financial Year", "means a period of twelve months starting on 1 April."),
    Definition(
        "Host Partner",
        "means the Partner which holds the Pooled Fund and accounts for "
        "it on behalf of both Partners.",
    ),
    Definition(
        "Overspend",
        "means expenditure from the Pooled Fund in a Financial Year which "
        "exceeds the aggregate of the Partners' contributions for that year.",
    ),
    Definition(
        "Pooled Fund",
        "means the fund established under clause 4, made up of the "
        "contributions in Schedule 1, out of which payments may be made towards the "
        "Schemes.",
    ),
    Definition(
        "Schemes",
        "means the individual service schemes listed in Schedule 2, each of "
        "which has a Lead Commissioner.",
    ),
    Heading("2. Establishment and purpose"),
    Clause(
        "2.1",
        "The Partners establish the Pooled Fund with effect from the Commencement "
        "Date and delegate to the Host Partner the commissioning functions needed to "
        "operate the Schemes.",
    ),
    Clause(
        "2.2",
        "Nothing in this Agreement transfers statutory responsibility: each Partner "
        "remains answerable for its own functions and may withdraw a function on notice "
        "under clause 11.",
    ),
    Heading("3. Contributions to the Pooled Fund"),
    Clause(
        "3.1",
        "Each Partner shall pay its contribution for a Financial Year in twelve equal "
        "monthly instalments on or before the 15th day of each month.",
    ),
    Clause(
        "3.1.1",
        f"The ICB's contribution includes the minimum NHS contribution to adult "
        f"social care of {U('£11,426,000')} for 2025/26 set by the national Better Care Fund "
        "planning requirements.",
        level=2,
    ),
    Clause(
        "3.1.2",
        "The Council's contribution includes the Disabled Facilities Grant, which "
        "shall be passed to the district councils of Ellerby in accordance with the "
        "grant determination.",
        level=2,
    ),
    Clause(
        "3.2",
        "The Host Partner shall hold the Pooled Fund in a separate ledger and bank "
        "account, the details of which are in Schedule 4.",
    ),
    Heading("4. Overspends, underspends and risk share"),
    Clause(
        "4.1",
        f"An Overspend on a Scheme for which the Council is Lead Commissioner shall be "
        f"met {U('sixty per cent (60%)')} by the Council and {U('40 %')} by the ICB; an "
        "Overspend on an ICB-led Scheme shall be met in the reverse proportions.",
    ),
    Clause(
        "4.2",
        f"An Overspend on the community equipment Scheme shall be shared "
        f"{U('52.5 per cent')} ICB and {U('47.5 per cent')} Council, reflecting the split "
        "of prescriptions between health and social care prescribers in 2024/25.",
    ),
    Clause(
        "4.3",
        "An underspend shall be carried forward within the Pooled Fund unless the "
        "Partnership Board agrees to return it in the proportions of contribution.",
    ),
    Clause(
        "4.4",
        "The Host Partner may recover its reasonable costs of hosting; the hosted "
        "posts in Schedule 3 are charged to the Pooled Fund at cost, including employer's "
        "national insurance and pension contributions.",
    ),
    Heading("5. Commissioned services"),
    Clause(
        "5.1",
        "The Lead Commissioner of each Scheme shall contract for the services in its "
        "own name and shall not agree unit rates above those in Schedule 2, Part B without "
        "the approval of the Partnership Board.",
    ),
    Clause(
        "5.2",
        f"Loanstore Equipment Services Ltd shall credit the Pooled Fund with "
        f"{P('82%')} of the catalogue price of each item returned in a reusable condition, "
        f"and its annual price review is capped at {P('2.25 %')}.",
    ),
    Heading("6. Insurance and liabilities"),
    Clause(
        "6.1",
        f"The Council's public liability cover is provided by Kestrel Municipal "
        f"Mutual under policy {I('KMM/PL/0045219/25')}, with a self-insured excess of "
        f"{I('£250,000')} for each claim.",
    ),
    Clause(
        "6.2",
        f"The ICB is a member of the NHS Resolution liabilities scheme, membership "
        f"reference {I('LTPS-QA3-00718')}.",
    ),
    Clause(
        "6.3",
        f"Neither Partner's liability to the other under this Agreement in any "
        f"Financial Year shall exceed {U('£2,000,000')}, save for fraud and for repayment of "
        "contributions.",
    ),
    Heading("7. Information and reporting"),
    Clause(
        "7.1",
        "The Pooled Fund Manager shall report income and expenditure to the "
        "Partnership Board each quarter and to NHS England in the national template.",
    ),
    Clause(
        "7.2",
        f"The ICB's finance team shall have read-only access to the Council's "
        f"{U('ContrOCC')} reporting suite through the account {S('svc_bcf_icb_ro')} on "
        f"{S('ECC-FINREP02.ellerby.internal')}, from the ICB address range "
        f"{S('10.48.12.0/24')} only.",
    ),
    Heading("Schedule 1 — Partners' contributions"),
    Table(
        ("Financial Year", "Council (£)", "ICB (£)", "Pooled Fund (£)"),
        CONTRIBUTIONS,
        (0.25, 0.25, 0.25, 0.25),
        right=(1, 2, 3),
        bold_last_row=True,
    ),
    Heading("Schedule 2 — Part B: Maximum unit rates for commissioned services"),
    Para(
        "The rates below are the contracted rates of the Partners' providers, exclusive of "
        "VAT, and are commercially confidential to those providers."
    ),
    Table(
        ("Service and provider", "Unit", "2025/26", "2026/27", "2027/28"),
        UNIT_RATES,
        (0.4, 0.15, 0.15, 0.15, 0.15),
        right=(2, 3, 4),
    ),
    Heading("Schedule 3 — Hosted staff"),
    Para(
        "The following Council employees form the integrated commissioning team hosted for "
        "the Partners. Salaries are the 2025/26 basic salary before on-costs."
    ),
    Table(
        ("Emp. no.", "Name", "Post", "Grade", "Service start", "FTE", "Salary"),
        HOSTED,
        (0.13, 0.19, 0.23, 0.09, 0.13, 0.07, 0.16),
        right=(6,),
    ),
    Para(
        f"The BCF Finance Analyst, {N('Bisi Oyelowo')}, may be contacted on "
        f"{N('07700 900582')} or {N('bisi.oyelowo@ellerby.gov.uk')} for monthly returns."
    ),
    Heading("Schedule 4 — Pooled Fund account"),
    Table(
        ("Item", "Detail"),
        (
            ("Account name", "Ellerby County Council — Better Care Pooled Fund"),
            ("Bank", "Weybury and Northern Bank plc"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
            ("BIC", B("WEYBGB2L")),
        ),
        (0.3, 0.7),
    ),
    Signatures(
        "Executed by the Partners on the date at the head of this Agreement.",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Signature", U("G. Mould")),
                    ("Name", U("Gareth Mould")),
                    ("Position", "Director of Finance (Section 151 Officer)"),
                    ("Date", "03/04/2025"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Signature", U("N. Farouk")),
                    ("Name", U("Dr Nadia Farouk")),
                    ("Position", "Chief Finance Officer"),
                    ("Date", "03/04/2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "section-75-agreement.pdf": DocumentSpec(
        title="Section 75 partnership agreement ECC-ICB/S75/2025-01",
        subject=f"Agreement {REF}",
        header=f"{BUYER} and {SUPPLIER} — Section 75 Agreement — OFFICIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 4, 3, 9, 30),
        blocks=BLOCKS,
    ),
}
