"""Capital grant, West Penmoor Combined Authority to Corrick Precision Castings Ltd (PDF, DOCX)."""

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

TEMPLATE = "grant"
BUYER = "West Penmoor Combined Authority"
SUPPLIER = "Corrick Precision Castings Limited"
REF = "WPCA/IIF/2026/0087"
SORT, ACCOUNT = "56-02-83", "30418875"
IBAN = uk_iban("ASHC", SORT, ACCOUNT)

META = {
    "id": "grant-capital-foundry-2026",
    "title": "Industrial Investment Fund capital grant: low-carbon induction melt line",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_250_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 16),
    "starts": dt.date(2026, 2, 1),
    "ends": dt.date(2031, 1, 31),
    "reference": REF,
    "public_names": ["Jonathan Ekwueme", "Sarah Follett"],
    "documents": [
        {"file": "funding-agreement.pdf", "title": "Capital grant funding agreement"},
        {"file": "schedule-2-project-costs.docx", "title": "Schedule 2: project costs"},
    ],
}

CLAWBACK = (
    ("Before the end of the first year after Project Completion", P("100%")),
    ("In the second year", P("80%")),
    ("In the third year", P("60%")),
    ("In the fourth or fifth year", P("35%")),
)  # fmt: skip

AGREEMENT = [
    Title("CAPITAL GRANT FUNDING AGREEMENT"),
    Subtitle("Industrial Investment Fund — Round 3"),
    Para(f"Agreement reference {U(REF)}", centred=True),
    Heading("Funding Particulars"),
    Table(
        ("Particular", "Detail"),
        (
            ("Funder", f"{U(BUYER)}, {U('Penmoor House, 1 Canal Basin, Westbury Cross, WQ1 3CB')}"),
            (
                "Grantee",
                f"{U(SUPPLIER)} (registered in England and Wales, company number "
                f"{U('05318842')}), Slag Lane Works, Tollbridge, WQ7 2SL",
            ),
            (
                "Project",
                "Replacement of two coke-fired cupolas with a low-carbon induction melt "
                "line and fume extraction at Slag Lane Works",
            ),
            ("Maximum Grant", U("£1,250,000")),
            (
                "Grant Period",
                "1 February 2026 to 31 March 2027 (expenditure); monitoring to 31 January 2031",
            ),
            (
                "Outputs",
                f"{U('38')} jobs safeguarded, {U('12')} new jobs, a reduction of "
                f"{U('4,100 tonnes')} of CO2e a year",
            ),
            ("Funder's Project Officer", f"{U('Sarah Follett')}, {U('Senior Investment Manager')}"),
            (
                "Subsidy control",
                "Streamlined Route for Net Zero and Energy Efficiency under the "
                "Subsidy Control Act 2022",
            ),
        ),
        (0.27, 0.73),
    ),
    Heading("1. Definitions"),
    Definition(
        "Eligible Costs",
        "means the capital costs of the Project set out in Schedule 2 "
        "which are incurred and defrayed by the Grantee in the Grant Period.",
    ),
    Definition(
        "Match Funding",
        "means the funding for the Project other than the Grant, described in clause 4.",
    ),
    Definition(
        "Funded Assets", "means the plant and equipment bought wholly or partly with the Grant."
    ),
    Definition(
        "Project Completion",
        "means the date the Funder certifies that the induction "
        "melt line is commissioned and in production.",
    ),
    Heading("2. Award of the Grant"),
    Clause(
        "2.1",
        "The Funder shall pay the Grant to the Grantee towards the Eligible Costs, "
        "subject to the conditions of this Agreement. The Grant is a maximum and shall not "
        "be increased if the Project costs more.",
    ),
    Clause("2.2", "Conditions precedent to the first claim:"),
    Clause("2.2.1", "evidence that the Match Funding is committed in writing;", level=2),
    Clause(
        "2.2.2",
        "a first legal charge over the Funded Assets in favour of the Funder, "
        "ranking behind the Lender's security by a deed of priority; and",
        level=2,
    ),
    Clause("2.2.3", "completion of the Funder's bank details verification.", level=2),
    Heading("3. Claims and payment"),
    Clause(
        "3.1",
        "The Grantee shall claim quarterly in arrears for Eligible Costs defrayed, "
        "with invoices, proof of payment and a statement from its finance director. "
        "Claims are submitted through the Funder's grant management system.",
    ),
    Clause(
        "3.1.1",
        f"The Grantee's system login is {S('corrick.claims@gms.wpca.internal')}; "
        f"site monitoring visits are arranged through the gatehouse, whose visitor barrier "
        f"code is {S('4406')}.",
        level=2,
    ),
    Clause(
        "3.2",
        f"Payments shall be made to the Grantee's account with Ashcombe Commercial "
        f"Bank plc: sort code {B(SORT)}, account number {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}, BIC {B('ASHCGB2LXXX')}.",
    ),
    Clause("3.3", "The Funder shall retain 10% of the Grant until Project Completion."),
    Heading("4. Match funding and financial standing"),
    Clause(
        "4.1",
        f"The Grantee shall fund the balance of the Project from a term loan of "
        f"{F('£1,240,000')} from Brigstock Industrial Finance Limited (the “Lender”) over "
        f"seven years, asset finance of {F('£415,000')} for the fume extraction plant, and "
        f"a shareholder loan of {F('£290,000')}.",
    ),
    Clause(
        "4.2",
        f"The Funder's appraisal relied on the Grantee's audited accounts for the "
        f"year ended 30 June 2025, showing turnover of {F('£14,732,000')}, EBITDA of "
        f"{F('£1,186,000')}, net assets of {F('£3,940,500')} and an agreed overdraft limit "
        f"of {F('£750,000')}. The Grantee shall send its management accounts quarterly "
        "until Project Completion.",
    ),
    Heading("5. Ownership and clawback"),
    Clause(
        "5.1",
        "The Grantee shall keep the Funded Assets in its ownership and use for the "
        "Project at Slag Lane Works for five years from Project Completion.",
    ),
    Clause(
        "5.2",
        "If during that period the Grantee disposes of, charges or ceases to use a "
        "Funded Asset, or relocates production outside the Funder's area, it shall repay "
        "the percentage of the Grant attributable to that asset shown below:",
    ),
    Table(("Event occurs", "Repayable"), CLAWBACK, (0.75, 0.25), right=(1,)),
    Clause(
        "5.3",
        f"Where the Outputs are not achieved by the end of the monitoring period, "
        f"the Funder may recover {P('£4,500')} for each job below the target, up to "
        f"{P('25%')} of the Grant.",
    ),
    Heading("6. Insurance"),
    Clause(
        "6.1",
        f"The Grantee shall insure the Funded Assets for their full reinstatement "
        f"value, noting the Funder's interest, and maintain employer's liability cover of "
        f"not less than {U('£10,000,000')}. Current policies: engineering and machinery "
        f"{I('EMB 2291 4470 03')}; combined commercial {I('CCP/CRK/660913')}.",
    ),
    Heading("7. Publicity and transparency"),
    Clause(
        "7.1",
        "The Grantee acknowledges the Funder's duty to publish the award on the "
        "subsidy database and the Grant amount. Schedule 2 is supplied in confidence and "
        "shall be withheld from publication to the extent the law allows.",
    ),
    Heading("8. Contacts"),
    Para(
        f"Grantee's project manager: {N('Mr Tobias Renwick')}, "
        f"{N('t.renwick@corrick-castings.example')}, {N('07700 900459')}. Finance Director: "
        f"{N('Elaine Corrick')}. Funder's general enquiries: {U('0113 496 0250')}."
    ),
    Signatures(
        "Signed by the authorised signatories of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("J. Ekwueme")),
                    ("Name", U("Jonathan Ekwueme")),
                    ("Position", "Director of Economic Growth"),
                    ("Date", "16 January 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("R. Corrick")),
                    ("Name", N("Ralph Corrick")),
                    ("Position", "Managing Director"),
                    ("Date", "14 January 2026"),
                ),
            ),
        ),
    ),
]

COSTS = (
    ("2.1", "Twin-crucible medium-frequency induction furnace, 3 t, installed",
     "Quote VF-22817", P("1,684,000")),
    ("2.2", "Power supply, transformer and switchgear upgrade", "Quote NWE-4410",
     P("472,500")),
    ("2.3", "Fume extraction and bag filter plant", "Quote AQS-0917", P("415,000")),
    ("2.4", "Cooling water system and closed-loop chiller", "Quote HCT-7731", P("138,260")),
    ("2.5", "Civil works: furnace pit, foundations and bund", "Tender CW-03", P("201,740")),
    ("2.6", "Removal and disposal of existing cupolas", "Tender CW-04", P("64,300")),
    ("2.7", "Commissioning, operator training and spares", "Quote VF-22818", P("96,200")),
    ("2.8", f"Contingency at {P('3.5%')} of items 2.1 to 2.6", "Cost plan", P("104,153")),
)  # fmt: skip

SCHEDULE = [
    Title("SCHEDULE 2 — PROJECT COSTS"),
    Para(f"Agreement {U(REF)} — COMMERCIAL IN CONFIDENCE", centred=True),
    Para(
        "This Schedule contains the Grantee's supplier quotations and cost plan. It is "
        "provided in confidence under clause 7.1 of the Agreement."
    ),
    Heading("Part A — Capital cost plan"),
    Table(
        ("Item", "Description", "Source", "Cost (£, ex VAT)"),
        COSTS,
        (0.08, 0.52, 0.18, 0.22),
        right=(3,),
    ),
    Para(
        f"Total Eligible Costs: {P('£3,176,153')} (inclusive of contingency). Grant "
        f"intervention rate: {P('39.4%')}."
    ),
    Heading("Part B — Grantee's delivery approach (Commercial in Confidence)"),
    Para(
        C(
            "The induction line will be installed in bay 2 while production continues on the "
            "remaining cupola in bay 1, so that output is maintained at about 70% through a "
            "nine-week changeover. Pattern stocks for the two largest customers will be "
            "built ahead of the switch-over in April 2026."
        )
    ),
    Para(
        C(
            "The Grantee has negotiated a fixed-price supply contract with its electricity "
            "supplier for the first 36 months of operation and a furnace manufacturer's "
            "performance guarantee on melt rate and power consumption, which underpin the "
            "payback period of 6.2 years set out in its business case."
        )
    ),
    Para(
        C(
            "Scrap-metal input will move from purchased pig iron to graded returns from "
            "three local machining customers under draft offtake agreements, which the "
            "Grantee expects to lower its metal cost per tonne materially once the line is "
            "at full output."
        )
    ),
]

DOCUMENTS = {
    "funding-agreement.pdf": DocumentSpec(
        title="Capital grant funding agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Industrial Investment Fund — OFFICIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 1, 16, 9, 30),
        blocks=AGREEMENT,
    ),
    "schedule-2-project-costs.docx": DocumentSpec(
        title="Schedule 2 project costs",
        subject=f"Agreement {REF} — Schedule 2",
        header=f"{BUYER} — Schedule 2 — COMMERCIAL IN CONFIDENCE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 1, 16, 9, 35),
        blocks=SCHEDULE,
    ),
}
