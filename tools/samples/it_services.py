"""Sample 3: IT managed services with Quillfield Digital Services Ltd (PDF + DOCX schedule)."""

from __future__ import annotations

import datetime as dt

from samples.common import COUNCIL, COUNCIL_PARTY, uk_iban
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

REFERENCE = "ACC-ICT-2025-031"
SUPPLIER = "Quillfield Digital Services Ltd"
SORT_CODE, ACCOUNT = "30-91-54", "29047713"
IBAN = uk_iban("FERN", SORT_CODE, ACCOUNT)

META = {
    "id": "it-managed-services-2025",
    "title": "IT managed services contract 2025–2030",
    "buyer": COUNCIL,
    "department": "Resources (Digital and ICT)",
    "category": "ICT services",
    "supplier": SUPPLIER,
    "supplier_id": "13579246",
    "value": {"amount": 6850000, "currency": "GBP"},
    "awarded": dt.date(2025, 8, 22),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2030, 9, 30),
    "reference": REFERENCE,
    "procedure": "competitive flexible procedure",
    "description": (
        "A service desk for the Council's staff, hosting of the Council's computer systems in UK "
        "data centres, and round-the-clock cyber security monitoring, with specialist staff "
        "available at agreed day rates for projects."
    ),
    "environmental": False,
    "kpis": [
        "Priority 1 incidents resolved within 4 hours: 95%",
        "Hosting platform availability each month: 99.9%",
        "Critical security patches applied within 14 days of release: 100%",
    ],
    "documents": [
        {"file": "contract.pdf", "title": "Signed contract"},
        {"file": "schedule-data-processing.docx", "title": "Schedule 4 — Data processing"},
    ],
}

DEFINITIONS = (
    ("Additional Services", "means project and specialist work ordered by the Council under "
     "clause 6.4 and paid at the Day Rates."),
    ("Availability", "means the percentage of minutes in a Service Period during which the "
     "Hosting Platform is working, excluding agreed maintenance windows."),
    ("Business Hours", "means 08:00 to 18:00, Monday to Friday, except bank holidays in "
     "England."),
    ("Core Services", "means the service desk, hosting and cyber security services described in "
     "clause 4."),
    ("Day Rates", "means the rates in Part B of Schedule 2."),
    ("Hosting Platform", "means the Council's private cloud infrastructure in the Supplier's two "
     "UK data centres, including the servers, storage, network and backup systems."),
    ("Priority 1 Incident", "means an incident causing the complete loss of a service used by 50 "
     "or more users, or of any system that supports adult or children's social care."),
    ("Service Levels", "means the service levels in clause 5 and Schedule 1."),
    ("Service Period", "means a calendar month."),
)

SERVICE_LEVELS = (
    ("SL1 (KPI)", "Priority 1 Incidents resolved within 4 hours", "95%"),
    ("SL2", "Priority 2 incidents resolved within 8 Business Hours", "95%"),
    ("SL3", "Service desk calls answered within 60 seconds", "90%"),
    ("SL4 (KPI)", "Availability of the Hosting Platform in each Service Period", "99.9%"),
    ("SL5 (KPI)", "Critical security patches applied within 14 days of release", "100%"),
    ("SL6", "Average user satisfaction score from closed tickets (out of 5)", "4.5"),
)

CORE_CHARGES = (
    ("Service desk (first and second line, about 4,200 users)", "£41,200"),
    ("Hosting Platform, backup and disaster recovery", "£38,750"),
    ("Cyber security: security operations centre and vulnerability management", "£21,300"),
    ("Total Core Service Charges per month", "£101,250"),
)

DAY_RATES = (
    ("Service Delivery Manager", "£725"),
    ("Project Manager", "£700"),
    ("Solution Architect", "£950"),
    ("Senior Infrastructure Engineer", "£680"),
    ("Cyber Security Analyst", "£760"),
    ("Penetration Tester (CHECK qualified)", "£890"),
    ("Service Desk Analyst", "£310"),
)

CONTACTS = (
    ("Council Contract Manager", "Mr Oliver Bramhall", "oliver.bramhall@anyshire.gov.uk",
     "01632 960381"),
    ("Supplier Account Director", "Ms Rachel Osei", "rachel.osei@quillfield.co.uk",
     "020 7946 0527"),
    ("Supplier Service Delivery Manager", "Mr Kieran Doyle", "kieran.doyle@quillfield.co.uk",
     "07700 900881"),
    ("Supplier Security Lead", "Dr Hannah Lister", "hannah.lister@quillfield.co.uk",
     "07700 900264"),
)

TERMS = [
    Title("IT MANAGED SERVICES CONTRACT"),
    Subtitle("Service desk, hosting and cyber security services"),
    Para(f"Contract reference: {REFERENCE}", centred=True),
    Para("Date of this Contract: 22 August 2025", centred=True),
    Heading("Parties"),
    Clause("(1)", COUNCIL_PARTY),
    Clause("(2)", "QUILLFIELD DIGITAL SERVICES LTD, a company registered in England and Wales "
           "under company number 13579246, whose registered office is at 5th Floor, 40 Canal "
           "Street, Anyford, AY1 4JX (the “Supplier”)."),
    Heading("Background"),
    Clause("(A)", "The Council published a tender notice on the central digital platform on 3 "
           "March 2025 and awarded this Contract following a competitive flexible procedure under "
           "section 20 of the Procurement Act 2023. The contract award notice was published on 1 "
           "August 2025 and the standstill period ended on 13 August 2025."),
    Heading("1. Definitions"),
    Clause("1.1", "In this Contract:"),
    *(Definition(term, meaning) for term, meaning in DEFINITIONS),
    Heading("2. Term"),
    Clause("2.1", "This Contract starts on 1 October 2025 and ends on 30 September 2030, unless "
           "terminated earlier under clause 13. The Council may extend it once by up to two years "
           "by giving at least six months' notice."),
    Heading("3. Contract value"),
    Clause("3.1", "The estimated total value of this Contract is £6,850,000 (six million eight "
           "hundred and fifty thousand pounds) excluding VAT, made up of Core Service Charges of "
           "£6,075,000 over five years and an estimated £775,000 of Additional Services. The "
           "Council does not guarantee any amount of Additional Services."),
    Heading("4. The Core Services"),
    Clause("4.1", "Service desk. The Supplier shall provide a first and second line service desk "
           "for about 4,200 Council staff and councillors by telephone, self-service portal and "
           "email during Business Hours, and for Priority 1 Incidents 24 hours a day."),
    Clause("4.2", "Hosting. The Supplier shall host, operate, patch and back up the Hosting "
           "Platform in two data centres in the United Kingdom at least 30 miles apart, and shall "
           "test the recovery of the Council's critical systems at least twice a year."),
    Clause("4.3", "Cyber security. The Supplier shall monitor the Council's systems through a "
           "security operations centre 24 hours a day, manage vulnerabilities, support the "
           "Council in keeping its Cyber Essentials Plus certification and its Public Services "
           "Network connection, and arrange an annual penetration test by a CHECK or CREST "
           "accredited tester. Schedule 3 (Security) applies."),
    Clause("4.4", "Transition and exit. The Supplier shall take over the services from the "
           "Council's current provider by 1 October 2025 in accordance with the transition plan, "
           "and shall maintain an exit plan that allows the services to be transferred to the "
           "Council or a new supplier without interruption."),
    Heading("5. Service levels and key performance indicators"),
    Clause("5.1", "The Supplier shall meet the following Service Levels in each Service Period. "
           "SL1, SL4 and SL5 are the key performance indicators that the Council will publish and "
           "assess under sections 52 and 71 of the Procurement Act 2023."),
    Table(("Ref", "Service Level", "Target"), SERVICE_LEVELS, (0.15, 0.7, 0.15), right=(2,)),
    Clause("5.2", "Where the Supplier misses a Service Level, it shall credit the Council with the "
           "service credits calculated under Schedule 1, capped at 12% of the Core Service "
           "Charges for that Service Period. Service credits are a price adjustment and not an "
           "estimate of the Council's loss."),
    Heading("6. Charges and payment"),
    Clause("6.1", "The Council shall pay the Core Service Charges monthly in arrears and the "
           "Additional Services at the Day Rates, as set out in Schedule 2 (Charges)."),
    Clause("6.2", "The Supplier shall invoice monthly, quoting the Council's purchase order "
           "number, to accounts.payable@anyshire.gov.uk. The Council shall pay valid invoices "
           "within 30 days of receipt, as required by section 68 of the Procurement Act 2023."),
    Clause("6.3", f"Payments shall be made to {SUPPLIER}, Fernley Bank plc, sort code {SORT_CODE}, "
           f"account number {ACCOUNT}, IBAN {IBAN}, BIC FERNGB21."),
    Clause("6.4", "Additional Services are ordered by a work package signed by the Council's "
           "Contract Manager, stating the deliverables, the days to be used and a cap on the "
           "price."),
    Heading("7. Data protection"),
    Clause("7.1", "The Supplier processes personal data on the Council's behalf as its processor. "
           "Schedule 4 (Data Processing), a separate document, forms part of this Contract."),
    Heading("8. Contract management"),
    Clause("8.1", "The parties' representatives at the start of this Contract are:"),
    Table(("Role", "Name", "Email", "Telephone"), CONTACTS, (0.28, 0.2, 0.34, 0.18)),
    Clause("8.2", "The representatives shall meet monthly to review performance, and quarterly "
           "with the Council's Head of Digital and the Supplier's Chief Executive Officer."),
    Heading("9. Insurance"),
    Clause("9.1", "The Supplier shall maintain professional indemnity insurance of at least "
           "£5,000,000 (policy number PI-77310-QDS), cyber liability insurance of at least "
           "£5,000,000 (policy number CYB/25/0411873), public liability insurance of at least "
           "£10,000,000 and employer's liability insurance as required by law."),
    Heading("10. Transparency"),
    Clause("10.1", "The Supplier acknowledges that the Council will publish a contract details "
           "notice and a copy of this Contract under sections 53 and 94 of the Procurement Act "
           "2023, and is subject to the Freedom of Information Act 2000."),
    Clause("10.2", "The Council may withhold information from publication only where section 94 "
           "of the Procurement Act 2023 allows it, on grounds of national security or where it is "
           "sensitive commercial information and there is an overriding public interest in "
           "withholding it. The Council will say what it has withheld and on which ground. "
           "The Supplier has asked the Council to withhold the security details in Schedule 3."),
    Heading("11. Limitation of liability"),
    Clause("11.1", "Each party's total liability in each contract year is limited to the greater "
           "of £2,000,000 and 150% of the Charges paid in the previous twelve months, except that "
           "the Supplier's liability for breach of Schedule 4 or for loss of the Council's data is "
           "limited to £5,000,000. No limit applies to death or personal injury caused by "
           "negligence or to fraud."),
    Heading("12. Intellectual property"),
    Clause("12.1", "The Council owns its data and all documents and configurations created for it "
           "under this Contract. The Supplier grants the Council a licence to use the Supplier's "
           "own tools to the extent needed to receive the services and to manage exit."),
    Heading("13. Termination"),
    Clause("13.1", "The Council may terminate this Contract on any ground in section 78 of the "
           "Procurement Act 2023, for a material breach not remedied within 30 days, if SL4 is "
           "missed in three Service Periods in any twelve, or on the Supplier's insolvency. The "
           "Council may also terminate for convenience on six months' notice, paying the exit "
           "costs set out in Schedule 2."),
    Heading("14. Governing law"),
    Clause("14.1", "This Contract is governed by the law of England and Wales."),
]

SCHEDULES = [
    PageBreak(),
    Heading("Schedule 1 — Service credits"),
    Para("For SL1, SL3 and SL4, each 0.1 percentage point (SL4) or each percentage point (SL1, "
         "SL3) below target earns a credit of 1% of the Core Service Charges for the Service "
         "Period, subject to the cap in clause 5.2."),
    Heading("Schedule 2 — Charges"),
    Heading("Part A — Core Service Charges", level=2),
    Table(("Service", "Charge per month"), CORE_CHARGES, (0.75, 0.25), right=(1,),
          bold_last_row=True),
    Para("The Core Service Charges are fixed until 30 September 2026 and are then indexed each "
         "1 October by the Consumer Prices Index, capped at 4%."),
    Heading("Part B — Day Rates for Additional Services", level=2),
    Table(("Role", "Day rate (7.5 hours)"), DAY_RATES, (0.7, 0.3), right=(1,)),
    Para("Exit costs on termination for convenience are limited to the Supplier's unavoidable "
         "third-party costs, evidenced by invoices."),
    Heading("Schedule 3 — Security"),
    Clause("1.", "Supplier staff with privileged access shall hold Security Check (SC) clearance; "
           "all other staff shall meet the Baseline Personnel Security Standard."),
    Clause("2.", "Administrators shall use named privileged accounts in the form adm-<initials> "
           "in the ANYSHIRE domain, with multi-factor authentication. The emergency (“break "
           "glass”) account ANYSHIRE\\qds-bg-admin01 may be used only with the approval of the "
           "Council's Head of Digital for each incident. The backup platform runs under the "
           "service account svc-qds-backup."),
    Clause("3.", "The following are Critical Assets: the domain controllers acc-dc01.corp.anyshire."
           "local and acc-dc02.corp.anyshire.local, the hypervisor cluster ACC-HV-CL01 and the "
           "backup server acc-bkp-02.corp.anyshire.local. The management network 10.42.16.0/24 "
           "shall be reachable only through the jump host acc-jump-01."),
    Clause("4.", "Security patches rated critical shall be applied within 14 days of release, and "
           "within 48 hours where the National Cyber Security Centre reports active "
           "exploitation. Audit logs shall be kept for 13 months."),
    Clause("5.", "The Supplier shall report any suspected security incident to the Council's ICT "
           "security team within one hour through the security operations centre's 24-hour line, "
           "020 7946 0999."),
]

SIGNATURES = [
    Signatures(
        "Signed by the parties' authorised representatives on the dates below.",
        (
            Signatory(f"Signed for and on behalf of {COUNCIL}", (
                ("Signature", "S. Whitlock"),
                ("Name", "Sarah Whitlock"),
                ("Position", "Director of Resources"),
                ("Date", "22 August 2025"),
            )),
            Signatory(f"Signed for and on behalf of {SUPPLIER}", (
                ("Signature", "J. Harcourt"),
                ("Name", "James Harcourt"),
                ("Position", "Chief Executive Officer"),
                ("Date", "21 August 2025"),
            )),
        ),
    ),
]

PROCESSING = (
    ("Subject matter", "Provision of the Core Services and Additional Services under contract "
     f"{REFERENCE}."),
    ("Duration", "From 1 October 2025 until the end of the Contract and the return or "
     "destruction of the Council's data under paragraph 5.3."),
    ("Nature and purpose", "Hosting, storage and backup of the Council's systems; handling of "
     "service desk tickets; monitoring of security events; restoring data on request."),
    ("Types of personal data", "Names, contact details, staff numbers, job titles, log-in and "
     "device records, IP addresses; and any personal data held in the hosted systems, including "
     "case records of adult and children's social care."),
    ("Special category data", "Health data, racial or ethnic origin and religious belief held in "
     "social care case records; criminal offence data held by Trading Standards."),
    ("Categories of data subject", "Council staff and councillors; residents and service users, "
     "including children; people who contact the Council."),
    ("Locations", "United Kingdom only. No transfer outside the UK without the Council's prior "
     "written consent."),
)

SUB_PROCESSORS = (
    ("Stratus Colocation Ltd", "Secondary data centre space and power", "Brimley, UK"),
    ("Vigilant SOC Services Ltd", "Out-of-hours security monitoring", "United Kingdom"),
    ("Deskflow Cloud Ltd", "Service desk ticketing software (software as a service)",
     "United Kingdom"),
)

DPA = [
    Title("Schedule 4 — Data Processing"),
    Subtitle(f"IT Managed Services Contract {REFERENCE}"),
    Heading("1. Roles"),
    Clause("1.1", f"This Schedule forms part of the contract between {COUNCIL} (the “Controller”) "
           f"and {SUPPLIER} (the “Processor”) dated 22 August 2025. It sets out the processing "
           "required by Article 28(3) of the UK GDPR."),
    Clause("1.2", "The Processor shall process personal data only on the Controller's documented "
           "instructions, which are this Schedule and any written instruction from the "
           "Controller's Data Protection Officer or Contract Manager."),
    Heading("2. Contacts"),
    Para("Controller's Data Protection Officer: Mrs Alison Tranter, dpo@anyshire.gov.uk, "
         "01632 960150"),
    Para("Processor's Data Protection Officer: Mr Neil Chaudhry, neil.chaudhry@quillfield.co.uk, "
         "020 7946 0612"),
    Heading("3. Processing details"),
    Table(("Description", "Details"), PROCESSING, (0.3, 0.7)),
    Heading("4. Sub-processors"),
    Clause("4.1", "The Controller authorises the following sub-processors. The Processor shall "
           "give at least 30 days' notice of any change, and the Controller may object."),
    Table(("Sub-processor", "Processing", "Location"), SUB_PROCESSORS, (0.3, 0.45, 0.25)),
    Heading("5. Obligations of the Processor"),
    Clause("5.1", "The Processor shall notify the Controller of a personal data breach without "
           "undue delay and in any event within 24 hours, with the information in Article 33(3) "
           "of the UK GDPR."),
    Clause("5.2", "The Processor shall assist the Controller with data protection impact "
           "assessments and with requests from data subjects, and shall allow audits by the "
           "Controller or its auditor on 10 working days' notice."),
    Clause("5.3", "Within 30 days of the end of the Contract the Processor shall return all "
           "personal data to the Controller in an agreed format and then securely delete every "
           "copy, and shall give the Controller a certificate of deletion signed by its Data "
           "Protection Officer."),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="IT managed services contract 2025–2030",
        subject=f"Contract {REFERENCE}",
        header=f"{COUNCIL} — IT Managed Services Contract — OFFICIAL",
        footer=f"Contract reference {REFERENCE}",
        created=dt.datetime(2025, 8, 22, 14, 0),
        blocks=[*TERMS, *SCHEDULES, *SIGNATURES],
    ),
    "schedule-data-processing.docx": DocumentSpec(
        title="Schedule 4 — Data processing",
        subject=f"Contract {REFERENCE}, Schedule 4",
        header=f"{COUNCIL} — IT Managed Services Contract — Schedule 4 — OFFICIAL",
        footer=f"Contract reference {REFERENCE}",
        created=dt.datetime(2025, 8, 22, 14, 0),
        blocks=DPA,
    ),
}
