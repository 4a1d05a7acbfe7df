"""Cloud hosting and support, Eastholm City Council with Corvid Systems Ltd (PDF)."""

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
    Table,
    Title,
)

from evalset.marks import B, I, N, P, S, U, uk_iban

TEMPLATE = "house"
BUYER = "Eastholm City Council"
SUPPLIER = "Corvid Systems Ltd"
REF = "ECC-DT-24-117"
IBAN = uk_iban("CRSB", "60-83-71", "11470926")
EMERGENCY = "ECCDOM\\corvid-emerg"

META = {
    "id": "it-hosting-2025",
    "title": "Cloud hosting and application support",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_175_000, "currency": "GBP"},
    "awarded": dt.date(2025, 1, 20),
    "starts": dt.date(2025, 3, 1),
    "ends": dt.date(2028, 2, 29),
    "reference": REF,
    "documents": [{"file": "contract.pdf", "title": "Services agreement"}],
}

ROLES = (
    ("Technical architect", P("£880"), P("£6,160")),
    ("DevOps engineer", P("£640"), P("£4,480")),
    ("Database administrator", P("£610"), P("£4,270")),
)

BLOCKS = [
    Title("CLOUD HOSTING AND APPLICATION SUPPORT AGREEMENT"),
    Para(f"Agreement {U(REF)} between {U(BUYER)} and {U(SUPPLIER)}", centred=True),
    Heading("1. Definitions"),
    Definition("Platform", "means the virtual servers, storage and networks hosting the "
               "Council's revenues and benefits, planning and social care case systems."),
    Definition("Service Credit", "means a reduction of the Monthly Charge under clause 4."),
    Heading("2. Price"),
    Clause("2.1", f"The Council shall pay a Monthly Charge of {P('£52,300')} for hosting and "
           f"{P('£8,950')} for application support. The overall contract value is "
           f"{U('£2,175,000')}."),
    Clause("2.2", "Additional work is charged at the following rates (a week is five days):"),
    Table(("Role", "Day rate", "Weekly rate"), ROLES, (0.5, 0.25, 0.25), right=(1, 2)),
    Clause("2.3", f"Storage above 40 TB is billed at {P('£19.50')} per terabyte per month."),
    Heading("3. Availability"),
    Clause("3.1", f"The Platform shall be available {U('99.95%')} of each month. Each 0.1% "
           "below that earns a Service Credit of 2% of the Monthly Charge, up to 15%."),
    Heading("4. Invoicing"),
    Clause("4.1", "Invoices are sent to invoices@eastholm.gov.uk quoting the purchase order "
           "number 4500981233."),
    Clause("4.2", f"Payment is made to {SUPPLIER}, Crossbridge Bank, IBAN {B(IBAN)}."),
    Heading("5. Security"),
    Clause("5.1", f"The Platform sits in the address range {S('172.20.64.0/22')}; the "
           f"Council's firewall admits management traffic only from "
           f"{S('198.51.100.24')}."),
    Clause("5.2", f"The Supplier's engineers connect through the bastion host "
           f"{S('ecc-bastion-02')} and the VPN concentrator {S('vpn01.eastholm.internal')} "
           f"using named accounts; the shared emergency account {S(EMERGENCY)} is "
           "sealed and its use is logged."),
    Clause("5.3", f"The database service runs as {S('svc-rb-sql01')}. Its initial password, "
           f"{S('“Harbour-Lamp-82”')}, shall be changed at first log-in."),
    Clause("5.4", "The Supplier shall hold Cyber Essentials Plus and ISO/IEC 27001 certification "
           "and shall report any security incident within two hours."),
    Heading("6. Insurance"),
    Clause("6.1", f"The Supplier maintains professional indemnity insurance of at least "
           f"{U('£5 million')} (policy {I('PX-4471-0912')}) and cyber insurance with an excess "
           f"of {I('£25,000')}."),
    Heading("7. Contacts"),
    Table(("Role", "Name", "Contact"), (
        ("Council service owner", N("Imogen Thackeray"), N("imogen.thackeray@eastholm.gov.uk")),
        ("Supplier account manager", N("Ravi Chandrasekhar"),
         N("r.chandrasekhar@corvid-systems.co.uk")),
        ("Supplier service desk", "24-hour service desk", "servicedesk@corvid-systems.co.uk"),
    ), (0.34, 0.26, 0.4)),
    Signatures(
        "Agreed by:",
        (
            Signatory(f"{BUYER}", (
                ("Signature", N("P. Lindqvist")),
                ("Name", N("Paul Lindqvist")),
                ("Title", "Chief Digital Officer"),
            )),
            Signatory(f"{SUPPLIER}", (
                ("Signature", N("S. Mbeki-Hart")),
                ("Name", N("Simone Mbeki-Hart")),
                ("Title", "Director"),
            )),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Cloud hosting and application support",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Hosting agreement — OFFICIAL-SENSITIVE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 1, 20, 9, 0),
        blocks=BLOCKS,
    ),
}
