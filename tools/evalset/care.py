"""Home and community care, Northvale District Council with Willowbank Homecare CIC (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    DocumentSpec,
    Heading,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
)

from evalset.marks import B, I, N, P, U, grouped, uk_iban

TEMPLATE = "house"
BUYER = "Northvale District Council"
SUPPLIER = "Willowbank Homecare CIC"
REF = "NDC/ASC/2025/014"
SORT, ACCOUNT = "16-52-09", "70418236"
IBAN = uk_iban("HALT", SORT, ACCOUNT)

META = {
    "id": "care-community-2025",
    "title": "Community home care (north locality) 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 3_960_000, "currency": "GBP"},
    "awarded": dt.date(2025, 5, 2),
    "starts": dt.date(2025, 6, 1),
    "ends": dt.date(2028, 5, 31),
    "reference": REF,
    "public_names": ["Margaret Ellison"],
    "documents": [{"file": "contract.docx", "title": "Call-off contract"}],
}

RATES = (
    ("Standard visit (per hour, 07:00-22:00)", P("23.95")),
    ("Evening and weekend visit (per hour)", P("26.40")),
    ("Double-handed visit (per carer hour)", P("22.10")),
    ("Waking night (per night)", P("158.00")),
    ("Bank holiday enhancement (per hour)", P("35.90")),
)

STAFF = (
    (N("Okonkwo, Grace"), "Senior Carer", N("14/02/1979"), N("24,310"), N("JT 48 21 93 C")),
    (N("Hallworth, Dean"), "Carer", N("03/09/1991"), N("21,870"), N("PK 55 10 72 A")),
    (N("Zielińska, Marta"), "Carer (nights)", N("27/11/1985"), N("22,640"), N("SH 30 67 41 B")),
    (N("Baptiste, Lionel"), "Care Coordinator", N("08/06/1972"), N("27,950"), N("WE 12 88 03 D")),
)

BLOCKS = [
    Title("CALL-OFF CONTRACT FOR COMMUNITY HOME CARE"),
    Subtitle("North locality — Dynamic Purchasing System Lot 2"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("1. Parties"),
    Clause("1.1", f"{U(BUYER)} of {U('Civic Offices, Quarry Lane, Northvale, NV1 2AB')} (the "
           "“Council”)."),
    Clause("1.2", f"{U(SUPPLIER)}, a community interest company (number 11802245) whose registered "
           "office is at Unit 4, Tannery Yard, Northvale, NV3 6QT (the “Provider”)."),
    Heading("2. Services and value"),
    Clause("2.1", "The Provider shall deliver personal care and support at home to adults assessed "
           "as eligible by the Council in the north locality, in accordance with each person's "
           "care and support plan."),
    Clause("2.2", f"The estimated value of this Contract over its term is {U('£3,960,000')}. The "
           "Council does not commit to purchase any minimum number of hours."),
    Clause("2.3", f"The Provider shall meet the key performance indicator that "
           f"{U('95%')} of visits start within 15 minutes of the planned time, and shall "
           "report missed visits within 24 hours."),
    Heading("3. Price"),
    Clause("3.1", "The Council shall pay the hourly rates below for care actually delivered, "
           "recorded through the electronic call monitoring system in 15-minute units."),
    Table(("Type of visit", "Rate (£)"), RATES, (0.7, 0.3), right=(1,)),
    Clause("3.2", f"Mileage between visits is reimbursed at {P('45p')} per mile. The rates are "
           f"reviewed each April; any increase is limited to the change in the National Living "
           f"Wage, and the Provider has agreed a further discount of {P('1.5%')} on all invoices "
           "paid within ten days."),
    Clause("3.3", "Invoices are paid within 30 days. Interest on late payment is due at 8% above "
           "the Bank of England base rate under the Late Payment of Commercial Debts (Interest) "
           "Act 1998."),
    Heading("4. Payment details"),
    Para("The Provider's bank account for payments under this Contract:"),
    Table(("Item", "Detail"), (
        ("Bank", "Halton Trust Bank plc"),
        ("Account name", SUPPLIER),
        ("Sort code", B(SORT)),
        ("Account number", B(ACCOUNT)),
        ("IBAN", B(grouped(IBAN))),
    ), (0.35, 0.65)),
    Heading("5. Staff transferring under TUPE"),
    Para("The following employees of the outgoing provider transfer to the Provider on 1 June "
         "2025. The Provider shall treat this information as personal data."),
    Table(("Employee", "Role", "Date of birth", "Salary (£)", "NI number"), STAFF,
          (0.22, 0.2, 0.18, 0.18, 0.22)),
    Heading("6. Insurance"),
    Clause("6.1", f"The Provider shall hold public liability insurance of not less than "
           f"{U('£10,000,000')} and employer's liability insurance of not less than "
           f"{U('£5,000,000')} for any one occurrence."),
    Clause("6.2", f"The Provider's current cover is with Marlow Mutual under policy number "
           f"{I('MM-PL-2291834')}, renewed annually on 1 April."),
    Heading("7. Contract management"),
    Clause("7.1", f"The Council's commissioning lead is {N('Ms Farah Qureshi')} "
           f"({N('farah.qureshi@northvale.gov.uk')}, {N('01632 960744')}). The Provider's "
           f"registered manager is {N('Tomasz Wiśniewski')}, mobile {N('07700 900415')}."),
    Clause("7.2", "Safeguarding concerns go to the Council's safeguarding hub on 01632 960200 "
           "or adultsafeguarding@northvale.gov.uk, and out of hours to the emergency duty "
           "team."),
    Clause("7.3", f"The Council's Director of Adult Services, {U('Margaret Ellison')}, chairs "
           "the annual contract review."),
    Signatures(
        "Signed for the parties on the dates shown.",
        (
            Signatory(f"For {BUYER}", (
                ("Signature", U("M. Ellison")),
                ("Name", U("Margaret Ellison")),
                ("Position", "Director of Adult Services"),
                ("Date", "2 May 2025"),
            )),
            Signatory(f"For {SUPPLIER}", (
                ("Signature", N("R. Adeyemi")),
                ("Name", N("Rotimi Adeyemi")),
                ("Position", "Operations Manager"),
                ("Date", "30 April 2025"),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Community home care call-off contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Community home care — OFFICIAL",
        footer=f"Reference {REF}",
        created=dt.datetime(2025, 5, 2, 10, 0),
        blocks=BLOCKS,
    ),
}
