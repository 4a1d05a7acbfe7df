"""Sample 2: highways maintenance term contract with Kerbline Infrastructure Ltd (PDF)."""

from __future__ import annotations

import datetime as dt

from samples.common import COUNCIL, COUNCIL_PARTY, grouped, uk_iban
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

REFERENCE = "ACC-HWY-2025-014"
CONTRACTOR = "Kerbline Infrastructure Ltd"
SORT_CODE, ACCOUNT = "40-18-62", "71184529"
IBAN = uk_iban("FERN", SORT_CODE, ACCOUNT)

META = {
    "id": "highways-maintenance-2025",
    "title": "Highways maintenance term contract 2025–2029",
    "buyer": COUNCIL,
    "department": "Environment and Transport",
    "category": "Highways and transport",
    "supplier": CONTRACTOR,
    "supplier_id": "09876543",
    "value": {"amount": 12400000, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 14),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REFERENCE,
    "procedure": "open tender",
    "description": (
        "Reactive and planned repair of road defects such as potholes, cleaning of road drainage "
        "gullies, and the winter gritting and snow clearance service on the county's roads."
    ),
    "environmental": True,
    "kpis": [
        "Category 1 defects made safe within 2 hours: 98%",
        "Category 2 defects repaired within 28 days: 95%",
        "Priority 1 gritting routes treated within 3 hours of instruction: 100%",
    ],
    "documents": [{"file": "contract.pdf", "title": "Signed contract"}],
}

DEFINITIONS = (
    ("Category 1 Defect", "means a defect that presents an immediate or imminent hazard to road "
     "users, assessed as such under the Council's Highway Safety Inspection Manual."),
    ("Category 2 Defect", "means any other defect that the Council's highway inspector has "
     "decided should be repaired on a planned basis."),
    ("Contract Price", "means the total of the amounts payable under Schedule 2 (Price List)."),
    ("Day-work", "means work that the Service Manager instructs to be paid on a time and "
     "materials basis at the rates in Part B of Schedule 2."),
    ("Gully", "means a road drainage gully pot with its grating and connection."),
    ("Network", "means the 4,870 km of roads for which the Council is the highway authority."),
    ("Order", "means an instruction issued by the Service Manager through the Council's "
     "highways works ordering system."),
    ("Precautionary Salting Network", "means the 26 routes (about 1,420 km) set out in the "
     "Council's Winter Service Plan, of which routes 1 to 9 are “Priority 1 routes”."),
    ("Service Manager", "means the person appointed by the Council under clause 8."),
    ("Winter Season", "means the period from 1 October to 30 April inclusive in each year."),
    ("Working Day", "means a day other than a Saturday, a Sunday or a bank holiday in England."),
)

KPI_ROWS = (
    ("KPI 1", "Category 1 Defects made safe within 2 hours of the Order", "98%"),
    ("KPI 2", "Category 2 Defects permanently repaired within 28 days of the Order", "95%"),
    ("KPI 3", "Priority 1 routes of the Precautionary Salting Network treated within 3 hours of "
     "the Council's instruction", "100%"),
)

UNIT_RATES = (
    ("HW-01", "Pothole repair, permanent, hand-laid, area up to 1 m², depth up to 100 mm", "m²",
     "£68.50"),
    ("HW-02", "Pothole repair, permanent, area over 1 m² and up to 5 m²", "m²", "£54.20"),
    ("HW-03", "Category 1 Defect made safe (temporary repair), any size", "item", "£38.00"),
    ("HW-04", "Planing and resurfacing of patches over 5 m², 40 mm surface course", "m²",
     "£41.75"),
    ("HW-05", "Spray injection (jet) patching", "m²", "£22.90"),
    ("GC-01", "Gully cleaning, routine cyclic clean and condition record", "gully", "£9.85"),
    ("GC-02", "Gully cleaning, blocked gully requiring high-pressure jetting", "gully", "£27.40"),
    ("WS-01", "Precautionary salting, complete treatment of one route", "route run", "£612.00"),
    ("WS-02", "Snow ploughing with gritter and driver", "hour", "£118.00"),
)

LABOUR_RATES = (
    ("Ganger / supervisor", "£38.60"),
    ("Skilled operative", "£31.20"),
    ("Gritter driver (HGV Class 2)", "£34.80"),
    ("Plant operator", "£36.10"),
)

TERMS = [
    Title("HIGHWAYS MAINTENANCE TERM CONTRACT 2025–2029"),
    Subtitle(f"between {COUNCIL} and {CONTRACTOR}"),
    Para(f"Contract reference: {REFERENCE}", centred=True),
    Para("Date of this Contract: 14 March 2025", centred=True),
    Heading("Parties"),
    Clause("(1)", COUNCIL_PARTY),
    Clause("(2)", "KERBLINE INFRASTRUCTURE LTD, a company registered in England and Wales under "
           "company number 09876543, whose registered office is at Kerbline House, 3 Quarry Lane, "
           "Coldmoor, AY7 2HD (the “Contractor”)."),
    Heading("Background"),
    Clause("(A)", "The Council is the local highway authority for Anyshire. Under section 41 of "
           "the Highways Act 1980 it must maintain the highways maintainable at public expense "
           "and, so far as is reasonably practicable, ensure that safe passage along a highway is "
           "not endangered by snow or ice."),
    Clause("(B)", "On 8 November 2024 the Council advertised a contract for the maintenance of the "
           "Network and ran an open procedure under the Public Contracts Regulations 2015. The "
           "Contractor submitted the most advantageous tender, and the Council's Cabinet Member "
           "for Highways approved the award on 28 February 2025."),
    Heading("1. Definitions"),
    Clause("1.1", "In this Contract:"),
    *(Definition(term, meaning) for term, meaning in DEFINITIONS),
    Heading("2. Term and value"),
    Clause("2.1", "This Contract starts on 1 April 2025 (the “Starting Date”) and ends on 31 March "
           "2029, unless it is terminated earlier under clause 13."),
    Clause("2.2", "The total estimated value of this Contract over its term of four years is "
           "£12,400,000 (twelve million four hundred thousand pounds) excluding VAT, an average "
           "of £3,100,000 a year. The Council does not guarantee the volume of work it will "
           "order."),
    Clause("2.3", "The Council may extend this Contract by up to two years in total by giving "
           "the Contractor at least six months' notice before the end of the term."),
    Heading("3. The Services"),
    Clause("3.1", "Reactive repairs. The Contractor shall make safe every Category 1 Defect within "
           "2 hours of an Order, 24 hours a day, every day of the year, and shall carry out a "
           "permanent repair within 5 Working Days of making it safe. Category 2 Defects shall be "
           "permanently repaired within 28 days of the Order."),
    Clause("3.2", "Planned patching. The Contractor shall deliver the annual planned patching "
           "programme that the Service Manager issues by 31 January each year, at an expected "
           "60,000 m² a year."),
    Clause("3.3", "Gully cleaning. The Contractor shall clean each of the Network's 96,000 "
           "Gullies once every 12 months on the strategic route network and once every 24 "
           "months elsewhere, and shall record the condition of each Gully in the Council's "
           "asset management system within 2 Working Days of the clean."),
    Clause("3.4", "Winter service. During the Winter Season the Contractor shall keep 26 gritters "
           "and their drivers on standby, be ready to leave the depot within one hour of the "
           "Council's decision to treat, and complete the treatment of the Priority 1 routes "
           "within 3 hours of the Council's instruction. The Contractor shall hold at least "
           "12,000 tonnes of rock salt at the Council's depots on 1 October each year."),
    Clause("3.5", "The Council's Winter Duty Officer decides when and which routes are treated. "
           "The Contractor shall report the completion of every route run through the gritter "
           "tracking system."),
    Heading("4. Environment and sustainability"),
    Clause("4.1", "The Contractor shall operate an environmental management system certified to "
           "ISO 14001 and shall comply with its duty of care for waste under section 34 of the "
           "Environmental Protection Act 1990. Gully arisings shall be taken only to a permitted "
           "treatment facility."),
    Clause("4.2", "The Contractor shall recycle or reuse at least 95% of road planings, shall use "
           "warm-mix asphalt wherever the specification allows, and shall report each month the "
           "fuel used and the greenhouse gas emissions (in tonnes of CO2e) of the vehicles and "
           "plant used on this Contract. The Council will publish these figures."),
    Heading("5. Key performance indicators"),
    Clause("5.1", "The Contractor's performance is measured monthly against the following key "
           "performance indicators (“KPIs”), which the Council will publish:"),
    Table(("KPI", "Measure", "Target"), KPI_ROWS, (0.12, 0.72, 0.16), right=(2,)),
    Clause("5.2", "Where the Contractor fails to achieve KPI 1 or KPI 3 in a month, the Council "
           "may deduct a service credit of 1% of the amount due for that month for each "
           "percentage point below target, up to 5% of the amount due for that month."),
    Clause("5.3", "If a KPI target is missed for three consecutive months, the Contractor shall "
           "submit an improvement plan within 10 Working Days."),
    Heading("6. Price and payment"),
    Clause("6.1", "The Council shall pay the Contractor for work completed under Orders at the "
           "rates in Schedule 2, and the winter service lump sum in Part C of Schedule 2."),
    Clause("6.2", "The Contractor shall submit an application for payment at the end of each "
           "month. The Service Manager shall assess it within 7 days, and the Council shall pay "
           "the amount due within 30 days of receiving a valid invoice, in accordance with "
           "regulation 113 of the Public Contracts Regulations 2015."),
    Clause("6.3", "Payments shall be made by BACS to the following account:"),
    Table(("Payment details", ""), (
        ("Account name", CONTRACTOR),
        ("Bank", "Fernley Bank plc, Corporate Banking Centre, Anyford"),
        ("Sort code", SORT_CODE),
        ("Account number", ACCOUNT),
        ("IBAN", grouped(IBAN)),
    ), (0.3, 0.7)),
    Clause("6.4", "On 1 April 2026 and each following 1 April the rates in Parts A and B of "
           "Schedule 2 shall be adjusted by the change over the previous twelve months in the "
           "Office for National Statistics construction output price index for infrastructure. "
           "No other price adjustment applies."),
    Heading("7. Health and safety, traffic management and street works"),
    Clause("7.1", "The Contractor shall carry out the Services in accordance with the Construction "
           "(Design and Management) Regulations 2015, Chapter 8 of the Traffic Signs Manual and "
           "the Safety at Street Works and Road Works Code of Practice."),
    Clause("7.2", "The Contractor shall apply for a permit under the Anyshire Permit Scheme for "
           "every activity that requires one under the New Roads and Street Works Act 1991 and "
           "the Traffic Management Act 2004."),
    Heading("8. Contract management and contacts"),
    Clause("8.1", "The Council appoints the Service Manager, who may give instructions and issue "
           "Orders on the Council's behalf. Each party may replace its representative by notice."),
    Table(("Role", "Name", "Email", "Telephone"), (
        ("Service Manager (Council)", "Mr Robert Ainsworth", "robert.ainsworth@anyshire.gov.uk",
         "01632 960233"),
        ("Contract Manager (Contractor)", "Ms Claire Dunmore", "claire.dunmore@kerbline.co.uk",
         "07700 900318"),
        ("Winter Duty Manager (Contractor, 24 hours)", "Mr Sean Pritchard",
         "sean.pritchard@kerbline.co.uk", "07700 900742"),
    ), (0.28, 0.2, 0.34, 0.18)),
    Clause("8.2", "Members of the public report highway defects to the Council's highways line "
           "on 01632 960100 or online. The Contractor shall not give out its staff's direct "
           "numbers to the public."),
    Clause("8.3", "The Service Manager and the Contract Manager shall meet monthly to review "
           "performance, the forward programme and the cost forecast."),
    Heading("9. Insurance"),
    Clause("9.1", "The Contractor shall maintain public liability insurance of at least "
           "£10,000,000 for each event (policy number HWY/PL/7730412 with Granite Assurance Ltd "
           "at the Starting Date), employer's liability insurance of at least £10,000,000 (policy "
           "number EL-0092-5561-KI) and insurance of its vehicles and plant, and shall produce "
           "evidence of cover on request."),
    Heading("10. Transparency and environmental information"),
    Clause("10.1", "The Contractor acknowledges that the Council is subject to the Freedom of "
           "Information Act 2000 and the Environmental Information Regulations 2004 (“EIR”). The "
           "Council regards this Contract as environmental information under the EIR because it "
           "concerns the state of the highway, land, waste and emissions."),
    Clause("10.2", "The Council will publish this Contract and information about it under the "
           "Local Government Transparency Code 2015 and, for any modification made on or after "
           "24 February 2025 to which it applies, the Procurement Act 2023. The Council may "
           "withhold information only where an exception in the EIR applies and the public "
           "interest in maintaining it outweighs the public interest in disclosure. Information "
           "on emissions will not be withheld on grounds of commercial confidentiality."),
    Heading("11. Limitation of liability"),
    Clause("11.1", "The Contractor's total liability to the Council under this Contract shall not "
           "exceed £10,000,000, except for death or personal injury caused by negligence, fraud, "
           "damage to third-party property, and any liability that cannot be limited by law."),
    Heading("12. Disputes"),
    Clause("12.1", "The parties shall first try to settle a dispute by escalation to the Council's "
           "Director of Environment and Transport and the Contractor's Operations Director. "
           "Either party may refer a dispute to adjudication under the Scheme for Construction "
           "Contracts (England and Wales) Regulations 1998 at any time."),
    Heading("13. Termination"),
    Clause("13.1", "The Council may terminate this Contract by notice if the Contractor commits a "
           "material breach that is not remedied within 28 days of notice, if it suffers an "
           "insolvency event, or if any ground in regulation 73(1) of the Public Contracts "
           "Regulations 2015 applies."),
    Clause("13.2", "The Council may terminate this Contract for convenience on six months' "
           "notice, which shall not expire during a Winter Season."),
    Clause("13.3", "On termination the Contractor shall hand over all records, the gritter "
           "tracking data and the salt stock, and shall co-operate with any replacement "
           "contractor."),
    Heading("14. Governing law"),
    Clause("14.1", "This Contract is governed by the law of England and Wales."),
]

SCHEDULE = [
    PageBreak(),
    Heading("Schedule 1 — Key performance indicators"),
    Para("The KPIs are set out in clause 5. They are measured from the Council's works ordering "
         "system and the gritter tracking system, not from the Contractor's own records."),
    Heading("Schedule 2 — Price List"),
    Heading("Part A — Unit rates", level=2),
    Para("The rates include all labour, plant, materials, traffic management up to and including "
         "two-way signals, waste disposal and overheads and profit."),
    Table(("Item", "Description", "Unit", "Rate"), UNIT_RATES, (0.1, 0.6, 0.14, 0.16),
          right=(3,)),
    Heading("Part B — Day-work", level=2),
    Para("Day-work is used only where the Service Manager instructs it for work that the unit "
         "rates do not cover. Labour is paid at the following hourly rates:"),
    Table(("Grade", "Rate per hour (normal working hours)"), LABOUR_RATES, (0.6, 0.4),
          right=(1,)),
    Para("Outside normal working hours (07:30 to 17:00, Monday to Friday) the labour rates are "
         "increased by 35%. Materials are paid at invoiced cost plus 12.5% for handling, and the "
         "Contractor's fee of 8.5% is added to the total of each Day-work sheet."),
    Heading("Part C — Winter service lump sum", level=2),
    Para("The Council shall pay a lump sum of £486,000 for each Winter Season for standby, "
         "readiness, route planning and the upkeep of the gritter fleet, in seven equal monthly "
         "instalments from October to April. Treatments are paid at items WS-01 and WS-02."),
]

SIGNATURES = [
    Signatures(
        "This Contract has been executed as a deed and is delivered on the date stated at the "
        "beginning of it.",
        (
            Signatory(f"The Common Seal of {COUNCIL.upper()} was affixed in the presence of:", (
                ("Authorised signatory", "A. Reeve"),
                ("Name", "Amanda Reeve"),
                ("Position", "Director of Environment and Transport"),
                ("Date", "14 March 2025"),
            )),
            Signatory(f"Executed as a deed by {CONTRACTOR.upper()} acting by a director:", (
                ("Signature", "M. Kessler"),
                ("Name", "Martin Kessler"),
                ("Position", "Operations Director"),
                ("Date", "13 March 2025"),
                ("In the presence of witness", "Laura Birch"),
                ("Witness address", "14 Fennel Close, Coldmoor, AY7 3LP"),
                ("Witness occupation", "Office manager"),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Highways maintenance term contract 2025–2029",
        subject=f"Contract {REFERENCE}",
        header=f"{COUNCIL} — Highways Maintenance Term Contract — OFFICIAL",
        footer=f"Contract reference {REFERENCE}",
        created=dt.datetime(2025, 3, 14, 11, 0),
        blocks=[*TERMS, *SCHEDULE, *SIGNATURES],
    ),
}
