"""CHC placement, NHS Thornmere ICB and Harlowe MBC with Lindenholme Care Homes Ltd (DOCX)."""

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

TEMPLATE = "nhs"
BUYER = "NHS Thornmere Integrated Care Board"
COUNCIL = "Harlowe Metropolitan Borough Council"
SUPPLIER = "Lindenholme Care Homes Ltd"
HOME = "The Beeches Nursing Home"
REF = "TICB-CHC-IPA-25-3318"
SORT, ACCOUNT = "09-27-51", "48862013"
IBAN = uk_iban("ASHF", SORT, ACCOUNT)

META = {
    "id": "nhs-chc-placement-2025",
    "title": "Individual placement agreement: NHS Continuing Healthcare, nursing home placement",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 136_110, "currency": "GBP"},
    "awarded": dt.date(2025, 10, 28),
    "starts": dt.date(2025, 11, 3),
    "ends": dt.date(2026, 11, 1),
    "reference": REF,
    "public_names": ["Bernadette Kilbride", "Simon Achterberg"],
    "documents": [{"file": "placement.docx", "title": "Individual placement agreement"}],
}

RESIDENT = (
    ("Name", N("Mr Reginald Arthur Pennock")),
    ("Date of birth", N("17 March 1938")),
    ("NHS number", N("999 482 6077")),
    ("Previous address", N("22 Cobbler's Row, Harlowe, VH6 3PE")),
    ("Next of kin", f"{N('Mrs Lorna Dyer')} (daughter), {N('07700 900842')}"),
    ("Lasting power of attorney (health and welfare)", N("Mrs Lorna Dyer and Mr Keith Pennock")),
    ("Room", "Room 14, Rowan Suite (nursing with dementia)"),
)  # fmt: skip

FEES = (
    ("Core weekly fee (nursing, dementia)", "Per week", P("£1,685.00")),
    ("Enhanced one-to-one support, 42 hours a week", "Per hour", P("£23.75")),
    ("Enhanced support (weekly equivalent)", "Per week", P("£997.50")),
    ("Specialist pressure-relieving mattress hire", "Per week", P("£38.00")),
)  # fmt: skip

BLOCKS = [
    Title("NHS CONTINUING HEALTHCARE"),
    Subtitle("Individual Placement Agreement — Care Home with Nursing"),
    Para(f"Placement reference {U(REF)}", centred=True),
    Para(
        "This Individual Placement Agreement is made under, and forms part of, the Care Home "
        "Framework Agreement between the Commissioner and the Provider dated 1 April 2024. "
        "Where the two conflict on a matter specific to the Resident, this Agreement prevails."
    ),
    Heading("1. Parties"),
    Clause(
        "1.1",
        f"{U(BUYER)} (the “Commissioner”), acting for itself and as lead commissioner "
        f"for {U(COUNCIL)} (the “Council”) under their joint funding arrangement.",
    ),
    Clause(
        "1.2",
        f"{U(SUPPLIER)}, company number {U('08752243')}, operating {U(HOME)}, "
        f"{U('Beech Avenue, Harlowe, VH2 7LN')}, CQC location {U('1-4408216093')} (the "
        "“Provider”).",
    ),
    Heading("2. Definitions"),
    Definition(
        "Resident",
        "means the person named in Schedule 1, who has been found eligible "
        "for NHS Continuing Healthcare following a full assessment and decision of the "
        "Commissioner's panel.",
    ),
    Definition(
        "Weekly Fee",
        "means the sum payable each week under Schedule 2 for all care, "
        "accommodation and support in the Resident's care plan.",
    ),
    Definition(
        "Joint Package",
        "means the part of the Resident's package funded by the Council "
        "under section 18 of the Care Act 2014, pending the 3-month review.",
    ),
    Heading("3. The placement"),
    Clause(
        "3.1",
        "The placement starts on 3 November 2025. The Commissioner shall review "
        "eligibility at 3 months and then at least every 12 months; the Commissioner's "
        f"estimated cost of the placement for its first year is {U('£136,110')}.",
    ),
    Clause(
        "3.2",
        "The Provider shall deliver the care plan agreed at the multidisciplinary "
        "meeting of 24 October 2025, including enhanced one-to-one support for the Resident "
        "during waking hours, and shall notify the Commissioner's CHC team within 24 hours "
        "of any fall, hospital admission, safeguarding concern or significant change.",
    ),
    Clause(
        "3.3",
        "If the Resident is admitted to hospital, the Weekly Fee remains payable in "
        f"full for the first 14 days and at {P('80%')} for up to a further 28 days, without "
        "the enhanced support element.",
    ),
    Clause(
        "3.4",
        "Either party may end the placement on 28 days' written notice; on the "
        "Resident's death the Weekly Fee is payable for 3 days after the date of death.",
    ),
    Heading("4. Fees and payment"),
    Clause(
        "4.1",
        "The Commissioner shall pay the following, four-weekly in arrears, on receipt "
        "of a valid invoice quoting the placement reference:",
    ),
    Table(("Element", "Unit", "Rate (£)"), FEES, (0.58, 0.2, 0.22), right=(2,)),
    Clause(
        "4.2",
        f"The total Weekly Fee is {P('£2,720.50')}. Of this, the Council pays "
        f"{P('£412.00')} a week as the Joint Package until the 3-month review, after which "
        "the Commissioner meets the full fee if eligibility is confirmed.",
    ),
    Clause(
        "4.3",
        "The Weekly Fee includes the NHS-funded nursing care contribution "
        f"(currently {U('£254.06')} a week); no separate claim shall be made for it and no "
        "top-up shall be sought from the Resident or their family.",
    ),
    Clause("4.4", f"The fee will be reviewed each April. Any uplift is capped at {P('4.1%')}."),
    Clause(
        "4.5",
        f"Payments are made to {SUPPLIER}, Ashford & Fenn Bank plc, sort code "
        f"{B(SORT)}, account number {B(ACCOUNT)} (IBAN {B(grouped(IBAN))}).",
    ),
    Heading("5. Contacts"),
    Table(
        ("Role", "Name", "Contact"),
        (
            (
                U("Head of Continuing Healthcare"),
                U("Bernadette Kilbride"),
                "chc.thornmere@nhs.example",
            ),
            (
                U("Head of Commissioning, Adult Social Care"),
                U("Simon Achterberg"),
                "asc.commissioning@harlowe.gov.uk",
            ),
            ("Registered Manager", N("Agnieszka Kowal"), N("a.kowal@lindenholme.example")),
            ("Nurse in charge (24-hour)", "Nurses' station", N("07700 900566")),
        ),
        (0.36, 0.26, 0.38),
    ),
    Heading("6. Insurance and financial standing"),
    Clause(
        "6.1",
        f"The Provider shall keep public liability cover of not less than "
        f"{U('£5,000,000')} and medical malpractice cover for its nursing staff. Cover is "
        f"held under combined care policy {I('CC/4471902/LHM')} with excess {I('£1,000')}, "
        f"and medical malpractice policy {I('MMP 88 12094 K')}.",
    ),
    Clause(
        "6.2",
        f"The Provider confirmed at accreditation net assets of {F('£1,370,000')} and an "
        f"overdraft facility of {F('£250,000')}.",
    ),
    Heading("Schedule 1 — The Resident"),
    Para(
        "This Schedule contains special category personal data. It shall be held only in the "
        "Resident's care record and the Commissioner's CHC case file."
    ),
    Table(("Detail", "Entry"), RESIDENT, (0.36, 0.64)),
    Heading("Schedule 2 — Access and security at the Home"),
    Clause(
        "S2.1",
        f"Visiting Commissioner staff and clinicians shall use the main entrance "
        f"keypad (code {S('1942#')}) during the day and ring the night bell after 21:00.",
    ),
    Clause(
        "S2.2",
        f"The Rowan Suite is a secure dementia unit. Its door code is {S('7305')}; "
        f"the clinical room is opened with code {S('C4481')}. Codes shall not be given to "
        "visitors or family and are changed every three months.",
    ),
    Clause(
        "S2.3",
        f"The key safe for the out-of-hours GP is code {S('0618')}. The electronic "
        f"medication record may be viewed on the Home's guest laptop, log-in "
        f"{S('beeches.visitor')}.",
    ),
    Heading("Schedule 3 — Provider's costing of the enhanced support (Commercial in Confidence)"),
    Para(
        C(
            "The enhanced support rate is based on a senior care assistant at £12.60 an hour "
            "plus on-costs of 31 per cent, holiday cover and supervision by the unit's nurse. "
            "The Provider will staff the one-to-one hours from its permanent team, not agency "
            "staff, so that the Resident sees a small number of familiar carers."
        )
    ),
    Para(
        C(
            "If the Resident's distressed behaviour reduces, the Provider will propose a step "
            "down to 28 hours a week at the 3-month review; the core fee would not change."
        )
    ),
    Signatures(
        "Agreed by the parties on the dates below.",
        (
            Signatory(
                f"For {BUYER} (and for {COUNCIL})",
                (
                    ("Signature", U("B. Kilbride")),
                    ("Name", U("Bernadette Kilbride")),
                    ("Position", "Head of Continuing Healthcare"),
                    ("Date", "28 October 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("A. Kowal")),
                    ("Name", N("Agnieszka Kowal")),
                    ("Position", "Registered Manager, The Beeches"),
                    ("Date", "27 October 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "placement.docx": DocumentSpec(
        title="NHS Continuing Healthcare individual placement agreement",
        subject=f"Placement {REF}",
        header=f"{BUYER} — Individual Placement Agreement — OFFICIAL-SENSITIVE: PERSONAL",
        footer=f"Placement {REF}",
        created=dt.datetime(2025, 10, 28, 15, 0),
        blocks=BLOCKS,
    ),
}
