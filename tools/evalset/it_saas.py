"""Case management software as a service, Harrowmere Borough Council with Tessellate Software
Ltd: the order form and the subscription terms (PDF)."""

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

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "it"
BUYER = "Harrowmere Borough Council"
SUPPLIER = "Tessellate Software Ltd"
REF = "HBC/ICT/2025/031"
SORT, ACCOUNT = "30-94-17", "52081374"
IBAN = uk_iban("FENB", SORT, ACCOUNT)

META = {
    "id": "it-saas-casework-2025",
    "title": "Case management system (software as a service)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_284_600, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 16),
    "starts": dt.date(2025, 7, 1),
    "ends": dt.date(2030, 6, 30),
    "reference": REF,
    "public_names": ["Helen Marchetti", "Owen Castellan"],
    "documents": [{"file": "order-form.pdf", "title": "Order form and subscription terms"}],
}

ORDER = (
    ("Order reference", U(REF)),
    ("Customer", f"{U(BUYER)}, {U('Civic Centre, Pennant Street, Harrowmere, HB4 7QD')}"),
    (
        "Supplier",
        f"{U(SUPPLIER)} (company number {U('08471265')}), 3rd Floor, Mill House, "
        "Tanner's Wharf, Oldbridge, QX2 9LT",
    ),
    (
        "Service",
        f"{U('Tessellate CaseWorks Cloud')}, {U('Release 24.2')}, with the Citizen "
        f"Portal module and the {U('Open Connector v3.8.1')} integration toolkit",
    ),
    ("Subscription Term", "1 July 2025 to 30 June 2030 (five Contract Years)"),
    (
        "Contract Value",
        f"{U('£1,284,600')} excluding VAT over the Subscription Term, "
        "including estimated Professional Services and growth in Named Users",
    ),
    ("Customer Representative", f"{U('Owen Castellan')}, {U('Head of Digital Services')}"),
    ("Liability cap", f"{U('£1,500,000')} in each Contract Year (clause 9.2.1)"),
)

BANDS = (
    ("A", "1 – 150", P("318.00"), "150", P("47,700.00")),
    ("B", "151 – 300", P("284.50"), "150", P("42,675.00")),
    ("C", "301 – 450", P("251.75"), "110", P("27,692.50")),
    ("D", "451 and above", P("229.40"), "0", "—"),
    ("Total", "", "", "410", P("118,067.50")),
)

RATES = (
    ("Solution architect", "Design of workflows and integrations", P("£1,150")),
    ("Implementation consultant", "Configuration and data mapping", P("£895")),
    ("Trainer", "Classroom or remote training (up to 12 learners)", P("£720")),
    ("Data migration analyst", "Extract, cleanse and load legacy cases", P("£810")),
)

CREDITS = (
    ("99.9% or more", "None", "—"),
    ("99.5% to below 99.9%", "Minor", P("3.0% of the Monthly Fee")),
    ("99.0% to below 99.5%", "Serious", P("7.5% of the Monthly Fee")),
    ("Below 99.0%", "Severe", P("12.0% of the Monthly Fee")),
)

BLOCKS = [
    Title("ORDER FORM"),
    Subtitle("Software as a Service — Tessellate CaseWorks Cloud"),
    Para(
        "This Order Form is made under the Subscription Terms set out in Part B. Where the "
        "Order Form and the Subscription Terms conflict, the Order Form prevails."
    ),
    Heading("Part A — Order details"),
    Table(("Item", "Detail"), ORDER, (0.3, 0.7)),
    Heading("A1. Subscription Fees", level=2),
    Para(
        "The Subscription Fee is charged per Named User per Contract Year on a banded basis; "
        "each band is charged only for the users falling within it."
    ),
    Table(
        ("Band", "Named Users", "Fee per user (£)", "Users ordered", "Band total (£)"),
        BANDS,
        (0.1, 0.25, 0.22, 0.18, 0.25),
        right=(2, 3, 4),
        bold_last_row=True,
    ),
    Para(
        "The Customer may add Named Users at any time; added users are charged pro rata to "
        "the end of the Contract Year at the rate of the band they fall in. "
        "Hosting in the Supplier's UK South region, "
        f"the sandbox tenant and standard support are included. The Citizen Portal module is "
        f"charged at a fixed {P('£14,250')} per Contract Year."
    ),
    Heading("A2. Professional Services", level=2),
    Table(("Role", "Typical activity", "Day rate (ex VAT)"), RATES, (0.3, 0.45, 0.25), right=(2,)),
    Para(
        f"Implementation is a fixed price of {P('£96,400')}, payable as to {P('40%')} on "
        f"signature of the implementation plan, {P('45%')} on go-live and the balance on "
        "acceptance of the first quarterly service review."
    ),
    Heading("Part B — Subscription Terms"),
    Heading("1. Definitions", level=2),
    Definition(
        "Availability",
        "means the percentage of minutes in a month in which the "
        "Production Tenant can be logged in to and used, excluding Planned Maintenance.",
    ),
    Definition(
        "Named User",
        "means an individual whom the Customer has authorised to use the "
        "Service and who has an account in the Production Tenant.",
    ),
    Definition("Production Tenant", "means the Customer's live instance of the Service."),
    Definition("Service Credit", "means the reduction of the Monthly Fee under clause 5.3."),
    Heading("2. Price and payment", level=2),
    Clause(
        "2.1",
        "The Subscription Fee is invoiced annually in advance; Professional Services "
        "are invoiced monthly in arrears against timesheets approved by the Customer.",
    ),
    Clause(
        "2.2",
        f"From the second Contract Year the Subscription Fee may be increased once "
        f"a year by no more than CPI or {P('3.5%')}, whichever is lower.",
    ),
    Clause(
        "2.3",
        f"The Customer pays undisputed invoices within 30 days to the account of "
        f"{SUPPLIER} at Fenwick National Bank, sort code {B(SORT)}, account number "
        f"{B(ACCOUNT)} (IBAN {B(grouped(IBAN))}).",
    ),
    Heading("3. Identity, access and tenancy", level=2),
    Clause(
        "3.1",
        f"The Production Tenant is served at {S('harrowmere.caseworks.example')} and "
        f"the sandbox at {S('harrowmere-uat.caseworks.example')}.",
    ),
    Clause(
        "3.2",
        "Named Users sign in through the Customer's identity provider by SAML 2.0 single sign-on.",
    ),
    Clause(
        "3.2.1",
        f"The Customer's tenant identifier is "
        f"{S('7c41e0b9-2f6d-4a83-9e15-b0d8c3a6f274')} and the assertion consumer endpoint "
        f"is {S('https://harrowmere.caseworks.example/sso/acs')}.",
        level=2,
    ),
    Clause(
        "3.2.2",
        f"Two local administrator accounts, {S('hbc.cwadmin01')} and "
        f"{S('hbc.cwadmin02')}, are kept for break-glass use only; their credentials are "
        "held in the Customer's password vault.",
        level=2,
    ),
    Clause(
        "3.3",
        f"Nightly case extracts are collected from {S('sftp-uks2.caseworks.example')} "
        f"by the service account {S('svc_hbc_extract')}, and only from the Customer's "
        f"egress addresses {S('203.0.113.112/29')}.",
    ),
    Heading("4. Support", level=2),
    Clause(
        "4.1",
        "The Supplier's service desk is available 08:00 to 18:00 on Working Days. "
        "Priority 1 incidents are responded to within 30 minutes at any time.",
    ),
    Heading("5. Service levels and Service Credits", level=2),
    Clause(
        "5.1", f"The Supplier shall achieve Availability of at least {U('99.9%')} in each month."
    ),
    Clause(
        "5.2", "Where Availability falls below that level, the Service Credit for the month is:"
    ),
    Table(("Availability in month", "Failure", "Service Credit"), CREDITS, (0.36, 0.2, 0.44)),
    Clause(
        "5.3",
        f"Service Credits in any month shall not exceed {P('20%')} of the Monthly "
        f"Fee (one twelfth of the annual Subscription Fee). Three Severe failures in a rolling "
        f"six months entitle the Customer to terminate under clause 11.1.3.",
    ),
    Heading("6. Insurance and financial standing", level=2),
    Clause(
        "6.1",
        f"The Supplier shall hold professional indemnity insurance of "
        f"{U('not less than £2,000,000')} and cyber liability insurance of "
        f"{U('not less than £5,000,000')}.",
    ),
    Clause(
        "6.1.1",
        f"Current policies: professional indemnity with Ardent Specialty under "
        f"{I('ASP/PI/0447193')}; cyber with Keelwater Insurance under "
        f"{I('KW-CY 2025 88314')}, carrying an excess of {I('£50,000')} per claim.",
        level=2,
    ),
    Clause(
        "6.2",
        f"The Supplier warrants that its audited turnover for the year to 31 March "
        f"2025 was {F('£14.2 million')} and its net assets {F('£3.86 million')}, and shall "
        "notify the Customer of any fall of more than a quarter in either.",
    ),
    Heading("7. Contacts", level=2),
    Table(
        ("Role", "Name", "Email", "Telephone"),
        (
            (
                "Account manager",
                N("Priya Vandersloot"),
                N("p.vandersloot@tessellate.example"),
                N("07700 900318"),
            ),
            (
                "Implementation lead",
                N("Callum Breck"),
                N("c.breck@tessellate.example"),
                N("07700 900562"),
            ),
            ("Customer service desk", "—", "ict.servicedesk@harrowmere.gov.uk", U("01632 960100")),
        ),
        (0.22, 0.2, 0.36, 0.22),
    ),
    Signatures(
        "Signed on behalf of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("H. Marchetti")),
                    ("Name", U("Helen Marchetti")),
                    ("Position", U("Director of Resources")),
                    ("Date", "16 June 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("D. Ferreira-Lund")),
                    ("Name", N("Daniel Ferreira-Lund")),
                    ("Position", "Chief Commercial Officer"),
                    ("Date", "12 June 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "order-form.pdf": DocumentSpec(
        title="Order form — Tessellate CaseWorks Cloud",
        subject=f"Order {REF}",
        header=f"{BUYER} — SaaS order form — OFFICIAL",
        footer=f"Order {REF}",
        created=dt.datetime(2025, 6, 16, 11, 30),
        blocks=BLOCKS,
    ),
}
