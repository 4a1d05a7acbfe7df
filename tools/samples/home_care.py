"""Sample 1: home care and reablement call-off contract with Brightpath Care Ltd (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.common import COUNCIL, COUNCIL_ADDRESS, COUNCIL_PARTY, grouped, uk_iban
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

REFERENCE = "ACC-ASC-2025-007"
SUPPLIER = "Brightpath Care Ltd"
SORT_CODE, ACCOUNT = "20-45-77", "53019826"
IBAN = uk_iban("CBLT", SORT_CODE, ACCOUNT)

KPIS = (
    ("KPI 1 — Punctuality", "Visits that start within 15 minutes of the Scheduled Time, "
     "measured monthly from electronic call monitoring data", "95%"),
    ("KPI 2 — Timely start of care", "New packages of care that start within 48 hours of the "
     "Council's referral", "90%"),
    ("KPI 3 — Reablement outcomes", "Service Users completing the Reablement Service who need "
     "no ongoing package of care at the end of it", "60%"),
)

META = {
    "id": "home-care-2025",
    "title": "Home care and reablement services call-off contract 2025–2028",
    "buyer": COUNCIL,
    "department": "Adult Social Care",
    "category": "Adult social care",
    "supplier": SUPPLIER,
    "supplier_id": "10482736",
    "value": {"amount": 8460000, "currency": "GBP"},
    "awarded": dt.date(2025, 5, 20),
    "starts": dt.date(2025, 7, 1),
    "ends": dt.date(2028, 6, 30),
    "reference": REFERENCE,
    "procedure": "call-off from framework",
    "description": (
        "Home care (personal care and support in people's own homes) and short-term reablement "
        "after a hospital stay or illness, for adults in North Anyshire who are eligible for "
        "care under the Care Act 2014."
    ),
    "environmental": False,
    "kpis": [
        "Visits starting within 15 minutes of the scheduled time: 95%",
        "New care packages started within 48 hours of referral: 90%",
        "Reablement users needing no ongoing care package: 60%",
    ],
    "documents": [{"file": "contract.docx", "title": "Signed call-off contract"}],
}

DEFINITIONS = (
    ("Care Plan", "means the written plan prepared by the Council under section 25 of the Care "
     "Act 2014 for a Service User, setting out the outcomes to be achieved and the care and "
     "support to be provided, as revised from time to time."),
    ("Care Worker", "means an employee of the Supplier who delivers personal care to Service "
     "Users."),
    ("Charges", "means the charges set out in Schedule 2 (Charges)."),
    ("Commencement Date", "means 1 July 2025."),
    ("Contract Year", "means each period of twelve months beginning on the Commencement Date or "
     "an anniversary of it."),
    ("Framework Agreement", "means the Anyshire Home Care and Reablement Framework Agreement "
     "2024–2028 (reference ACC-ASC-2024-FW01)."),
    ("Reablement Service", "means a time-limited service, normally of up to six weeks, that "
     "helps a Service User regain skills and confidence after illness, injury or a stay in "
     "hospital."),
    ("Scheduled Time", "means the start time of a Visit agreed in the Care Plan and recorded on "
     "the Supplier's electronic call monitoring system."),
    ("Service User", "means an adult referred to the Supplier by the Council to receive the "
     "Services."),
    ("Services", "means the home care and Reablement Services described in clause 4 and "
     "in the Specification."),
    ("Specification", "means Schedule 1 (Specification) of the Framework Agreement."),
    ("Visit", "means a period of care delivered to a Service User in their home by one or more "
     "Care Workers."),
)

MAIN_TERMS = [
    Title("CALL-OFF CONTRACT"),
    Subtitle("for the provision of Home Care and Reablement Services"),
    Para("Awarded under the Anyshire Home Care and Reablement Framework Agreement 2024–2028, "
         "Lot 2: North Anyshire", centred=True),
    Para(f"Contract reference: {REFERENCE}", centred=True),
    Para("This Contract is dated 20 May 2025", centred=True),
    Heading("Parties"),
    Clause("(1)", COUNCIL_PARTY),
    Clause("(2)", "BRIGHTPATH CARE LTD, a company registered in England and Wales under company "
           "number 10482736, whose registered office is at Unit 4, Meadow Court, Brimley Business "
           "Park, Brimley, AY4 7QT (the “Supplier”)."),
    Heading("Background"),
    Clause("(A)", "The Council has duties under the Care Act 2014 to meet the eligible needs for "
           "care and support of adults in its area and to promote their wellbeing and "
           "independence."),
    Clause("(B)", "On 2 April 2024 the Council entered into the Framework Agreement with providers "
           "of home care following a procurement under the light touch regime of the Public "
           "Contracts Regulations 2015. The Supplier is a provider under Lot 2 (North Anyshire)."),
    Clause("(C)", "Following a further competition under the Framework Agreement, the Council has "
           "awarded this Contract to the Supplier on the terms set out below."),
    Heading("1. Definitions and interpretation"),
    Clause("1.1", "In this Contract the following words have the following meanings:"),
    *(Definition(term, meaning) for term, meaning in DEFINITIONS),
    Clause("1.2", "Headings do not affect interpretation. A reference to a statute includes it as "
           "amended or re-enacted. “Including” means including without limitation."),
    Clause("1.3", "If there is any conflict, the following order of precedence applies: the "
           "clauses of this Contract; Schedule 2 (Charges); the Framework Agreement and its "
           "schedules, which apply to this Contract as if set out in full; the Supplier's "
           "tender."),
    Heading("2. Term"),
    Clause("2.1", "This Contract starts on the Commencement Date and, unless terminated earlier "
           "under clause 16, continues until 30 June 2028 (the “Initial Term”)."),
    Clause("2.2", "The Council may extend this Contract for up to two further periods of twelve "
           "months each by giving the Supplier at least three months' written notice before the "
           "end of the then current term."),
    Heading("3. Contract value"),
    Clause("3.1", "The estimated total value of this Contract for the Initial Term is £8,460,000 "
           "(eight million four hundred and sixty thousand pounds), based on an estimated "
           "108,000 hours of care in each Contract Year. The Council does not guarantee any "
           "volume of work."),
    Clause("3.2", "Care services supplied under this Contract by a registered provider are exempt "
           "from VAT."),
    Heading("4. The Services"),
    Clause("4.1", "The Supplier shall provide the Services to each Service User in accordance with "
           "the Care Plan, the Specification, good industry practice and the fundamental "
           "standards in the Health and Social Care Act 2008 (Regulated Activities) Regulations "
           "2014."),
    Clause("4.2", "Visits. The Supplier shall deliver each Visit at the Scheduled Time and for its "
           "full planned duration. No Visit shall be shorter than 30 minutes, except a medication "
           "prompt or welfare check agreed in the Care Plan, which shall last at least 15 "
           "minutes."),
    Clause("4.3", "The Supplier shall record the actual start and end time of each Visit on an "
           "electronic call monitoring system that meets the requirements of the Specification, "
           "and "
           "shall give the Council read-only access to that system."),
    Clause("4.4", "Where the Care Plan requires two Care Workers for a Visit (a “double-handed "
           "Visit”), both shall be present for the whole of the Visit."),
    Clause("4.5", "Reablement. The Supplier shall deliver the Reablement Service jointly with the "
           "Council's occupational therapists, review each Service User's progress weekly and "
           "tell the Council, at least five working days before the end of the reablement "
           "period, whether ongoing care is needed."),
    Clause("4.6", "Continuity of care. The Supplier shall use reasonable endeavours to ensure that "
           "each Service User is visited by a consistent team of no more than four regular Care "
           "Workers in any four-week period."),
    Heading("5. Workforce, training and safeguarding"),
    Clause("5.1", "The Supplier shall ensure that every Care Worker:"),
    Clause("(a)", "has an enhanced Disclosure and Barring Service check, including a check of the "
           "adults' barred list, renewed at least every three years;", level=2),
    Clause("(b)", "completes the Care Certificate within 12 weeks of starting work;", level=2),
    Clause("(c)", "completes training in safeguarding adults, moving and handling, the "
           "administration of medication, infection prevention and control, and dementia "
           "awareness before delivering unsupervised care, with annual refresher training; and",
           level=2),
    Clause("(d)", "receives supervision at least every three months and an annual appraisal.",
           level=2),
    Clause("5.2", "The Supplier shall pay every Care Worker at least the real Living Wage "
           "published by the Living Wage Foundation, and shall pay Care Workers for travel time "
           "between Visits."),
    Clause("5.3", "The Supplier shall comply with the multi-agency safeguarding policy of the "
           "Anyshire Safeguarding Adults Board. The Supplier shall report any safeguarding "
           "concern to the Council's Adult Safeguarding Hub (telephone 01632 960000) on the day it "
           "arises, and immediately where a Service User is at risk of serious harm."),
    Heading("6. Key Performance Indicators"),
    Clause("6.1", "The Supplier shall meet the following KPIs, which the Council will publish "
           "with this Contract:"),
    Table(("KPI", "Measure", "Target"), KPIS, (0.28, 0.57, 0.15), right=(2,)),
    Clause("6.2", "The Supplier shall report its performance against the KPIs each month, by the "
           "tenth working day of the following month, in the form set out in Schedule 3 of the "
           "Framework Agreement."),
    Clause("6.3", "If the Supplier fails to meet a KPI in two consecutive months, the Council may "
           "require the Supplier to submit within 10 working days, and then carry out, a remedial "
           "plan, and may suspend new referrals to the Supplier until that plan has been agreed."),
    Heading("7. Charges and payment"),
    Clause("7.1", "In consideration of the Services, the Council shall pay the Charges set out in "
           "Schedule 2. The Charges are fixed for the first Contract Year and are then reviewed "
           "annually in accordance with paragraph 5 of Schedule 2."),
    Clause("7.2", "The Supplier shall invoice the Council every four weeks in arrears for Visits "
           "actually delivered, as recorded on the electronic call monitoring system, quoting the "
           "Council's purchase order number. Invoices shall be sent to "
           "adultsocialcare.invoices@anyshire.gov.uk."),
    Clause("7.3", "The Council shall pay each valid and undisputed invoice within 30 days of "
           "receipt by BACS transfer to the following account, or to another account that the "
           "Supplier notifies to the Council in writing on its headed paper signed by a "
           "director:"),
    Table(("Payment details", ""), (
        ("Account name", SUPPLIER),
        ("Bank", "Cobalt Bank plc, 12 High Street, Anyford, AY1 3BB"),
        ("Sort code", SORT_CODE),
        ("Account number", ACCOUNT),
        ("IBAN", grouped(IBAN)),
        ("BIC", "CBLTGB2L"),
    ), (0.3, 0.7)),
    Clause("7.4", "Invoices sent by email shall be in PDF format and complete in themselves. The "
           "Supplier's standard email footer, which reads “<b>Brightpath Care</b> | *Caring for "
           "Anyshire since 2009* | {{ unsubscribe_link }}”, and any similar formatting, template "
           "or mark-up text, shall not form part of any invoice or notice."),
    Clause("7.5", "The Council may set off against the Charges any sum owed to it by the Supplier "
           "under this Contract. Interest on late payment is payable under the Late Payment of "
           "Commercial Debts (Interest) Act 1998."),
    Heading("8. Discounts and rebates"),
    Clause("8.1", "Where the hours of care delivered in a Contract Year exceed 120,000, the "
           "Supplier shall give the Council a volume rebate of 2.5% of the Charges for every hour "
           "delivered above 120,000 in that Contract Year, by credit note within 60 days of the "
           "end of that Contract Year."),
    Clause("8.2", "Where the Council pays a valid invoice within 10 days of receipt, the Supplier "
           "shall allow an early payment discount of 1.25% of the value of that invoice."),
    Heading("9. Contract management"),
    Clause("9.1", "Each Party shall appoint a contract manager who has authority to deal with the "
           "day-to-day management of this Contract. At the Commencement Date they are:"),
    Para("Council Contract Manager: Mrs Helen Marsh, Senior Commissioning Officer, "
         "helen.marsh@anyshire.gov.uk, 01632 960412"),
    Para("Supplier Contract Manager: Ms Priya Sandhu, priya.sandhu@brightpathcare.co.uk, "
         "07700 900123"),
    Para("Supplier Registered Manager (CQC): Mr Gareth Lloyd-Evans, "
         "gareth.lloyd-evans@brightpathcare.co.uk, 01632 960587"),
    Clause("9.2", "The contract managers shall meet monthly for the first six months and quarterly "
           "after that. Matters they cannot resolve shall be escalated to the Council's Head of "
           "Commissioning (Adults), Mr Daniel Okafor, and the Supplier's Managing Director, "
           "Mrs Joanne Whitcombe."),
    Heading("10. Transfer of staff (TUPE)"),
    Clause("10.1", "The Parties acknowledge that the Transfer of Undertakings (Protection of "
           "Employment) Regulations 2006 (“TUPE”) apply on the Commencement Date to care workers "
           "employed by the Council's previous provider in the Lot 2 area."),
    Clause("10.2", "The list of employees who will transfer, with the employee liability "
           "information required by regulation 11 of TUPE, is set out in Annex 3 (TUPE Employee "
           "List). Annex 3 is supplied to the Parties separately, in confidence, and is not bound "
           "into this document."),
    Clause("10.3", "The Supplier shall indemnify the Council against all employment liabilities "
           "arising from the Supplier's acts or omissions on or after the Commencement Date."),
    Heading("11. Insurance"),
    Clause("11.1", "The Supplier shall maintain throughout the term, with a reputable insurer:"),
    Clause("(a)", "employers' liability insurance of at least £10,000,000 for each claim;",
           level=2),
    Clause("(b)", "public liability insurance of at least £10,000,000 for each claim; and",
           level=2),
    Clause("(c)", "professional indemnity insurance, including cover for medication errors, of at "
           "least £5,000,000 for each claim and in the aggregate.", level=2),
    Clause("11.2", "At the Commencement Date the insurances in clause 11.1(a) and (b) are held "
           "under combined liability policy number HCL-4471-88203-BC with Harbourside Mutual "
           "Insurance plc, and the insurance in clause 11.1(c) under policy number "
           "PI/2025/0093321. The Supplier shall send the Council each renewal certificate within "
           "10 working days of renewal."),
    Heading("12. Data protection"),
    Clause("12.1", "For the purposes of the UK GDPR and the Data Protection Act 2018, the Council "
           "is the controller and the Supplier the processor of the personal data of Service "
           "Users processed to provide the Services, except that the Supplier is a controller of "
           "its employees' data and of the records it must keep as a CQC-registered provider."),
    Clause("12.2", "The Supplier shall meet the “Standards Met” level of the Data Security and "
           "Protection Toolkit and shall notify the Council of any personal data breach within 24 "
           "hours of becoming aware of it."),
    Heading("13. Transparency and freedom of information"),
    Clause("13.1", "The Supplier acknowledges that the Council is subject to the Freedom of "
           "Information Act 2000 (“FOIA”) and the Environmental Information Regulations 2004, and "
           "publishes details of its contracts under the Local Government Transparency Code 2015 "
           "and, where it applies, the Procurement Act 2023."),
    Clause("13.2", "The Supplier agrees that the Council may publish this Contract, including the "
           "Charges and the KPIs, except for any information that the Council decides may be "
           "withheld under an exemption in FOIA or, where the Procurement Act 2023 applies, under "
           "section 94 of that Act. The Council will consider any representations the Supplier "
           "makes, but the decision is the Council's alone."),
    Clause("13.3", "Marking information “commercial in confidence” does not of itself mean that it "
           "will be withheld."),
    Heading("14. Confidentiality and sub-contracting"),
    Clause("14.1", "Subject to clause 13, each Party shall keep the other's confidential "
           "information confidential and shall disclose it only to its employees, advisers and "
           "sub-contractors who need to know it, or where the law requires."),
    Clause("14.2", "The Supplier shall not sub-contract the delivery of personal care, or assign "
           "this Contract, without the Council's prior written consent."),
    Heading("15. Limitation of liability"),
    Clause("15.1", "Neither Party limits its liability for death or personal injury caused by its "
           "negligence, for fraud or fraudulent misrepresentation, or for any other liability "
           "that cannot be limited by law."),
    Clause("15.2", "Subject to clause 15.1, each Party's total liability under or in connection "
           "with this Contract in each Contract Year shall not exceed £5,000,000. Neither Party "
           "is liable for any indirect or consequential loss."),
    Heading("16. Termination"),
    Clause("16.1", "The Council may terminate this Contract with immediate effect by written "
           "notice if:"),
    Clause("(a)", "the Supplier commits a material breach that cannot be remedied, or does not "
           "remedy it within 30 days of notice;", level=2),
    Clause("(b)", "the Supplier's registration with the CQC is cancelled or suspended, or the CQC "
           "rates the Supplier's service “Inadequate”;", level=2),
    Clause("(c)", "the Supplier suffers an insolvency event; or", level=2),
    Clause("(d)", "any ground in regulation 73(1) of the Public Contracts Regulations 2015 "
           "applies.", level=2),
    Clause("16.2", "Either Party may terminate this Contract on six months' written notice."),
    Clause("16.3", "On expiry or termination the Supplier shall co-operate with the Council and "
           "any new provider so that each Service User's care transfers safely, in accordance "
           "with the exit plan required by the Specification."),
    Heading("17. Notices"),
    Clause("17.1", "Notices shall be in writing and sent to the Council at Legal Services, "
           f"{COUNCIL_ADDRESS} (legal.notices@anyshire.gov.uk) and to the Supplier at its "
           "registered office, marked for the attention of the Managing Director."),
    Heading("18. Governing law"),
    Clause("18.1", "This Contract is governed by the law of England and Wales, and the courts of "
           "England and Wales have exclusive jurisdiction."),
]

SCHEDULES = [
    PageBreak(),
    Heading("Schedule 2 — Charges"),
    Clause("1.", "Hourly rates. The following rates apply from the Commencement Date for each hour "
           "of care delivered, charged per minute for Visits of other lengths:"),
    Table(("Service", "When", "Rate"), (
        ("Home care — weekday", "Monday to Friday, 07:00–22:00", "£24.80 per hour"),
        ("Home care — weekend", "Saturday and Sunday, 07:00–22:00", "£26.90 per hour"),
        ("Home care — bank holiday", "Bank holidays in England, 07:00–22:00", "£37.20 per hour"),
        ("Night care — waking night", "22:00–07:00, any day", "£23.60 per hour"),
        ("Night care — sleeping night", "22:00–07:00, any day", "£142.00 per night"),
        ("Reablement Service", "Any day, 07:00–22:00", "£27.15 per hour"),
    ), (0.38, 0.38, 0.24), right=(2,)),
    Clause("2.", "Double-handed Visits are charged at the applicable rate for each Care Worker."),
    Clause("3.", "Mileage. Where the Care Plan requires a Care Worker to drive a Service User (for "
           "example to a GP appointment), the Supplier may charge mileage at £0.45 per mile. "
           "Travel between Visits is included in the hourly rates and shall not be charged."),
    Clause("4.", "Cost model. COMMERCIAL IN CONFIDENCE. The weekday hourly rate is built up as "
           "follows, as set out in the open-book cost model submitted with the Supplier's "
           "tender:"),
    Table(("Cost element", "Per hour"), (
        ("Care Worker pay, including paid travel time", "£14.35"),
        ("Employer's National Insurance and pension contributions", "£2.21"),
        ("Holiday pay, sickness and training cover", "£2.08"),
        ("Travel costs between Visits", "£1.34"),
        ("Training, supervision, management and overheads", "£3.83"),
        ("Surplus (profit) at 4.2%", "£0.99"),
        ("Weekday hourly rate", "£24.80"),
    ), (0.75, 0.25), right=(1,), bold_last_row=True),
    Clause("5.", "Annual review. From the first anniversary of the Commencement Date the rates "
           "shall be reviewed each year. Any increase shall not exceed the percentage increase in "
           "the National Living Wage applied to the pay element of the cost model plus the "
           "Consumer Prices Index applied to the other elements, and shall be agreed in writing "
           "before it takes effect."),
    Clause("6.", "Missed and cancelled Visits. No charge shall be made for a Visit that did not "
           "take place. Where the Council or the Service User cancels a Visit with less than 24 "
           "hours' notice, the Supplier may charge for the planned duration of the Visit, up to "
           "one hour."),
]

SIGNATURES = [
    Signatures(
        "This Contract has been entered into on the date stated at the beginning of it.",
        (
            Signatory(f"Signed for and on behalf of {COUNCIL}", (
                ("Signature", "D. Okafor"),
                ("Name", "Daniel Okafor"),
                ("Position", "Head of Commissioning (Adults)"),
                ("Date", "20 May 2025"),
            )),
            Signatory(f"Signed for and on behalf of {SUPPLIER}", (
                ("Signature", "J. Whitcombe"),
                ("Name", "Joanne Whitcombe"),
                ("Position", "Managing Director"),
                ("Date", "19 May 2025"),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Home care and reablement services call-off contract",
        subject=f"Call-off contract {REFERENCE}",
        header=f"{COUNCIL} — Home Care Contract — OFFICIAL",
        footer=f"Contract reference {REFERENCE}",
        created=dt.datetime(2025, 5, 20, 9, 30),
        blocks=[*MAIN_TERMS, *SCHEDULES, *SIGNATURES],
    ),
}

__all__ = ["DOCUMENTS", "META"]
