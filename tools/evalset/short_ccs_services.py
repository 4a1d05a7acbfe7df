"""Evaluation of a widening participation programme, University of Calderbrook (short form, PDF)."""

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
    Table,
    Title,
)

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "shortform"
BUYER = "University of Calderbrook"
SUPPLIER = "Hartley Moss Research LLP"
REF = "UOC-PROC-2025-0186"
SORT, ACCOUNT = "30-94-17", "62084419"
IBAN = uk_iban("WYLD", SORT, ACCOUNT)

META = {
    "id": "short-ccs-evaluation-services-2025",
    "title": "Independent evaluation of the Pathways to Calderbrook widening participation "
    "programme",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 74_850, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 3),
    "starts": dt.date(2025, 3, 17),
    "ends": dt.date(2026, 2, 27),
    "reference": REF,
    "public_names": ["Dr Imogen Salter", "Peter Okoro"],
    "documents": [{"file": "order-form-and-terms.pdf", "title": "Order form and short terms"}],
}

ORDER = (
    ("1. Contract reference", U(REF)),
    ("2. Buyer", f"{U(BUYER)}, {U('Registry Building, Abbotsgate, Calderbrook, CX1 4QZ')}"),
    (
        "3. Supplier",
        f"{U(SUPPLIER)}, a limited liability partnership registered in England with number "
        f"{U('OC431287')}, of 2nd Floor, Dyer's Yard, Tanner Row, Calderbrook, CX4 9WT",
    ),
    ("4. Date of this Order Form", "3rd March 2025"),
    ("5. Start Date", "17th March 2025"),
    ("6. Expiry Date", "27th February 2026, unless extended under paragraph 7"),
    ("7. Extension", "One optional extension of up to 3 months, by written notice from the Buyer"),
    ("8. Services", "As described in Annex 1 (Specification)"),
    (
        "9. Charges",
        f"Fixed price for Stages 1 to 5 of {U('£64,525.00')} + VAT; with the optional "
        f"extension, a maximum of {U('£74,850.00')} + VAT, payable as set out in Annex 2",
    ),
    ("10. Payment", "BACS within 30 days of a valid invoice, quoting the purchase order number"),
    (
        "11. Buyer's Authorised Representative",
        f"{U('Dr Imogen Salter')}, {U('Director of Access and Participation')}",
    ),
    (
        "12. Supplier's Authorised Representative",
        f"{N('Nadia Fairbrother')}, Partner — {N('nadia.fairbrother@hartleymoss.example')}, "
        f"mobile {N('07700 900318')}",
    ),
    ("13. Key Subcontractor", "Fieldline Surveys Ltd (telephone survey of former participants)"),
    ("14. Liability cap", f"{U('£150,000')} in aggregate (clause 7.1)"),
    ("15. Progress meetings", "Monthly, online, with a written note circulated within 5 days"),
)

CHARGES = (
    ("1", "Inception report and evaluation framework", "April 2025", P("8,640")),
    ("2", "Baseline data and participant survey", "June 2025", P("17,250")),
    ("3", "Case studies in six partner schools", "September 2025", P("15,900")),
    ("4", "Interim report and stakeholder workshop", "November 2025", P("9,825")),
    ("5", "Final report and data deposit", "February 2026", P("12,910")),
    ("", "Total for Stages 1 to 5", "", U("64,525")),
)

RATES = (
    ("Partner", P("£1,050")),
    ("Senior Research Fellow", P("£745")),
    ("Researcher", P("£495")),
    ("Data Analyst", P("£380")),
)

TEAM = (
    (N("Nadia Fairbrother"), "Partner; evaluation lead", N("n.fairbrother@hartleymoss.example")),
    (N("Dr Callum Weir"), "Senior Research Fellow; quantitative lead",
     N("c.weir@hartleymoss.example")),
    (N("Ayesha Lingard"), "Researcher; case study fieldwork", N("a.lingard@hartleymoss.example")),
    (N("Tobias Renn"), "Data Analyst", N("t.renn@hartleymoss.example")),
)  # fmt: skip

BLOCKS = [
    Title("SHORT FORM CONTRACT — ORDER FORM"),
    Para(
        "This Order Form, together with the Short Form Terms below and the Annexes, forms the "
        "Contract between the Buyer and the Supplier. If there is a conflict, the Order Form "
        "prevails over the Annexes, and the Annexes over the Short Form Terms.",
    ),
    Table(("Item", "Details agreed"), ORDER, (0.32, 0.68)),
    Para(
        "Commercially Sensitive Information. The parties agree that the following is "
        "Commercially Sensitive Information for the whole Term and for two years after it: the "
        "day rates in Annex 2, the Supplier's tender method statement and the Supplier's "
        "financial information."
    ),
    Heading("SHORT FORM TERMS"),
    Heading("1. Words we use", level=2),
    Clause("1.1", "In this Contract, words with capital letters have these meanings:"),
    Definition(
        "Charges",
        "the fixed sums in Annex 2, which are the only amounts the Buyer pays for the "
        "Services unless a Variation says otherwise.",
    ),
    Definition(
        "Deliverable",
        "a report, data set, framework or other output the Supplier provides under Annex 1.",
    ),
    Definition(
        "Programme",
        "the Buyer's Pathways to Calderbrook programme of outreach, summer schools and "
        "mentoring for learners in Years 10 to 13.",
    ),
    Definition(
        "Research Data",
        "all personal data and survey, interview and administrative data the "
        "Supplier collects or receives for the Services.",
    ),
    Definition(
        "Variation", "a change to this Contract agreed in writing and signed by both parties."
    ),
    Heading("2. What the Supplier must do", level=2),
    Clause(
        "2.1",
        "The Supplier will provide the Services and Deliverables in line with Annex 1, "
        "with the skill and care of a competent social research organisation and to the "
        "standard of the Government Social Research ethics guidance.",
    ),
    Clause(
        "2.2",
        "The Supplier will use the people named in Annex 3 and will not replace them without "
        "the Buyer's prior agreement, which will not be unreasonably withheld.",
    ),
    Clause(
        "2.3",
        "The Supplier must obtain a favourable opinion from the Buyer's Faculty Research "
        "Ethics Committee before any fieldwork with learners starts.",
    ),
    Heading("3. What the Buyer must do", level=2),
    Clause(
        "3.1",
        "The Buyer will give the Supplier the Programme data listed in Annex 1 within 10 "
        "Working Days of the Start Date and will introduce the Supplier to partner schools.",
    ),
    Heading("4. Paying for the Services", level=2),
    Clause(
        "4.1",
        "The Supplier may invoice each stage in Annex 2 once the Buyer has accepted the "
        "Deliverable for that stage. The Buyer will pay valid, undisputed invoices within 30 "
        "days.",
    ),
    Clause(
        "4.2",
        f"The Buyer will hold back {P('5 %')} of each stage payment until the final report "
        f"is accepted. If the Buyer pays an invoice within 10 days, the Supplier gives a "
        f"discount of {P('two and a half per cent (2.5%)')}.",
    ),
    Clause(
        "4.2.1",
        f"Incentive vouchers for survey respondents are passed through at cost, at "
        f"{P('GBP 10.00')} per completed interview, up to {P('£1.8k')} in total.",
        level=2,
    ),
    Clause(
        "4.2.2",
        "Travel within the Buyer's region is included in the Charges. No other expenses are "
        "payable.",
        level=2,
    ),
    Clause(
        "4.3",
        f"Payment is made by BACS to the Supplier's account at Wyldmoor Bank plc: sort code "
        f"{B(SORT)}, account {B(ACCOUNT)}, IBAN {B(grouped(IBAN))}, BIC {B('WYLDGB2L')}.",
    ),
    Heading("5. Data and security", level=2),
    Clause(
        "5.1",
        "The Buyer is the controller of the Research Data and the Supplier is its processor. "
        "The Supplier will process it only on the Buyer's documented instructions, under the "
        "UK GDPR and the Data Protection Act 2018.",
    ),
    Clause(
        "5.2",
        f"Programme data is exchanged only through the Buyer's secure transfer server "
        f"{S('sftp-ext02.calderbrook.internal')}, reached from the Supplier's fixed address "
        f"{S('203.0.113.58')}. The Supplier's account on that server is "
        f"{S('hmr_wp_eval')}.",
    ),
    Clause(
        "5.3",
        f"Files are encrypted with a passphrase sent separately by text message; the "
        f"passphrase for the first extract is {S('Moorgate-Heron-2025!')} and it must not be "
        "written down with the files.",
    ),
    Heading("6. Intellectual property", level=2),
    Clause(
        "6.1",
        "The Buyer owns the Deliverables. The Supplier may publish academic papers using the "
        "findings after the final report is accepted, with the Buyer's approval of the text.",
    ),
    Heading("7. Liability and insurance", level=2),
    Clause(
        "7.1",
        f"Each party's total liability under this Contract is capped at {U('£150,000')}. The "
        "cap does not apply to death or personal injury caused by negligence, fraud or breach "
        "of clause 5.",
    ),
    Clause(
        "7.2",
        f"The Supplier must hold professional indemnity insurance of at least "
        f"{U('£1,000,000')} for each claim and public liability insurance of at least "
        f"{U('£5,000,000')}.",
    ),
    Clause(
        "7.2.1",
        f"The Supplier's professional indemnity cover is held under policy "
        f"{I('PI-HM/0049817/25')}, with an excess of {I('£2,500')}; its public liability "
        f"cover is certificate {I('CLX 7731 0264')}.",
        level=2,
    ),
    Heading("8. Ending the Contract", level=2),
    Clause(
        "8.1",
        "The Buyer may end this Contract at any time on 30 days' written notice and will pay "
        "for work properly done up to the end date.",
    ),
    Clause(
        "8.2",
        "Either party may end this Contract at once if the other commits a material breach "
        "that cannot be put right, or is not put right within 20 Working Days of notice.",
    ),
    Heading("9. General", level=2),
    Clause(
        "9.1",
        "The Buyer is subject to the Freedom of Information Act 2000 and may publish this "
        "Contract with Commercially Sensitive Information removed.",
    ),
    Clause("9.2", "This Contract is governed by the law of England and Wales."),
    PageBreak(),
    Heading("ANNEX 1 — SPECIFICATION (SUMMARY)"),
    Para(
        "The Supplier will evaluate whether the Programme changes learners' applications to, "
        "and entry into, higher education. The evaluation covers the cohorts of 2022 to 2024 "
        "and uses a matched comparison group drawn from HEAT tracking data, a telephone survey "
        "of former participants, and case studies in six partner schools."
    ),
    Heading("ANNEX 2 — CHARGES"),
    Para(
        "The Charges for each stage are fixed and are payable on acceptance of the stage "
        "Deliverable, less the retention in clause 4.2."
    ),
    Table(
        ("No.", "Stage Deliverable", "Due", "Charge (ex VAT)"),
        CHARGES,
        (0.08, 0.52, 0.2, 0.2),
        right=(3,),
        bold_last_row=True,
    ),
    Para(
        f"The fees total {U('£64,525')} and the optional extension, if used, is priced at "
        f"{P('£10,325')}, giving the contract value of {U('£74,850')}."
    ),
    Table(
        ("Grade (for Variations only)", "Day rate (ex. VAT)"),
        RATES,
        (0.6, 0.4),
        right=(1,),
    ),
    Heading("ANNEX 3 — SUPPLIER TEAM"),
    Table(("Name", "Role", "Email"), TEAM, (0.24, 0.36, 0.40)),
    Para(
        f"Fieldwork queries on the day should go to {N('Ayesha Lingard')} on "
        f"{N('07700 900562')}. The Buyer's contract manager is {U('Peter Okoro')}, "
        f"{U('Research Contracts Manager')}, through the Research Office on "
        f"{U('01632 960450')}."
    ),
    Heading("ANNEX 4 — SUPPLIER'S TENDER (EXTRACT) — COMMERCIAL IN CONFIDENCE"),
    Para(
        C(
            "We will build the comparison group by propensity score matching on prior "
            "attainment, IDACI decile, free school meals eligibility and POLAR4 quintile, "
            "using the 2019 to 2021 cohorts of non-participating learners at the same "
            "schools. Our sensitivity checks use coarsened exact matching, so the findings "
            "do not rest on a single model."
        )
    ),
    Para(
        C(
            "To lift the survey response rate above the 35 per cent we achieved for a "
            "comparable Russell Group programme, we will pre-notify respondents by text, "
            "offer a choice of telephone or online completion, and schedule calls between "
            "5pm and 8pm when recent school leavers are most likely to answer."
        )
    ),
    Heading("ANNEX 5 — FINANCIAL STANDING"),
    Para(
        f"In its tender the Supplier declared turnover of {F('£2,310,000')} and members' "
        f"interests of {F('£486,200')} for the year ended 31 March 2024. The Buyer's credit "
        f"check on 20 February 2025 returned a risk score of {F('71/100')}."
    ),
    Signatures(
        "Signed for the parties",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("I. Salter")),
                    ("Name", U("Dr Imogen Salter")),
                    ("Role", "Director of Access and Participation"),
                    ("Date", "3rd March 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("N. Fairbrother")),
                    ("Name", N("Nadia Fairbrother")),
                    ("Role", "Designated Member"),
                    ("Date", "28th February 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "order-form-and-terms.pdf": DocumentSpec(
        title="Short form contract: evaluation of Pathways to Calderbrook",
        subject=f"Order form {REF}",
        header=f"{BUYER} — Short Form Contract — OFFICIAL SENSITIVE: COMMERCIAL",
        footer=f"Order form {REF}",
        created=dt.datetime(2025, 3, 3, 9, 30),
        blocks=BLOCKS,
    ),
}
