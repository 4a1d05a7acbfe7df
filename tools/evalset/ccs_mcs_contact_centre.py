"""Contact centre outsourcing, National Tenancy Deposit Agency with Brightwater (DOCX)."""

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

from evalset.marks import B, C, F, I, N, P, S, U

TEMPLATE = "ccs"
BUYER = "National Tenancy Deposit Agency"
SUPPLIER = "Brightwater Customer Solutions Limited"
REF = "NTDA-PROC-0419"

META = {
    "id": "ccs-mcs-contact-centre-2025",
    "title": "Customer contact centre services",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 11_250_000, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 3),
    "starts": dt.date(2025, 11, 1),
    "ends": dt.date(2029, 10, 31),
    "reference": REF,
    "public_names": ["Keziah Mortimer", "Owen Tregarthen"],
    "documents": [
        {"file": "contract.docx", "title": "Model Services Contract (Order Form and Schedules)"}
    ],
}

PRICES = (
    ("Inbound telephony, handled call", "per call", P("£4.18")),
    ("Webchat, handled session", "per session", P("£3.26")),
    ("Email and web form, resolved case", "per case", P("£5.90")),
    ("Surge seat (minimum 4 weeks)", "per seat per week", P("£812.00")),
    ("Fixed management charge", "per month", P("£36,500")),
)

KPIS = (
    ("KPI 1", "Calls answered within 30 seconds", U("80%"), P("£4,500")),
    ("KPI 2", "Abandoned call rate not above", U("5%"), P("£3,000")),
    ("KPI 3", "First contact resolution", U("75%"), P("£2,250")),
    ("KPI 4", "Complaints acknowledged within 1 Working Day", U("98%"), P("£1,500")),
)

TUPE = (
    (N("J.A.M."), "Team Leader", N("14/08/1983"), "03/03/2015", N("£29,640")),
    (N("S.K."), "Customer Adviser", N("22/01/1997"), "12/06/2019", N("£23,115")),
    (N("R.O'D."), "Customer Adviser", N("05/10/1969"), "01/11/2008", N("£24,480")),
)

BLOCKS = [
    Title("MODEL SERVICES CONTRACT"),
    Subtitle("Order Form — Customer Contact Centre Services"),
    Para(f"Authority reference: {U(REF)}", centred=True),
    Heading("Section A: Order Form"),
    Table(
        ("Field", "Entry"),
        (
            ("Authority", f"{U(BUYER)} of {U('Lantern House, 2 Mercer Row, Leeds, LQ2 9WD')}"),
            ("Supplier", f"{U(SUPPLIER)} (company number {U('07766120')})"),
            ("Commencement Date", "1 November 2025"),
            ("Expiry Date", "31 October 2029 (subject to one optional extension of 12 months)"),
            ("Total Contract Value", f"{U('£11,250,000')} excluding VAT"),
            ("Estimated annual value", f"{U('£2,812,500')}"),
            ("Liability cap (Core Term 11.2.1)", f"{U('£5,625,000')} in aggregate per year"),
            ("Authority's enquiries line", U("0113 496 0000")),
        ),
        (0.34, 0.66),
    ),
    Para(
        "This Order Form, the Core Terms and the Schedules marked as applicable below form the "
        "Contract. Optional Schedules not marked are excluded."
    ),
    Heading("Section B: Core Terms (agreed variations)"),
    Clause(
        "7.4.1",
        "Core Term 7.4 is varied so that the Supplier shall give the Authority not less than "
        "three months' notice of any proposed offshoring of the Services, which requires the "
        "Authority's prior written consent.",
    ),
    Clause(
        "11.2.1",
        "The Supplier's total aggregate liability in each Contract Year is capped at the sum "
        "stated in the Order Form, save for losses under Schedule 16 (Data Protection), which "
        "are subject to a separate cap.",
    ),
    Clause(
        "14.1",
        "The Authority may terminate for convenience on six months' written notice after the "
        "first Contract Year, paying the Termination Payment in Schedule 2.",
    ),
    Heading("Schedule 1 (Definitions)"),
    Definition(
        "Contact",
        "means a telephone call, webchat session, email or web form from a Customer that is "
        "routed to the Supplier's advisers.",
    ),
    Definition(
        "Service Period", "means a calendar month, or part month at the start or end of the Term."
    ),
    Heading("Schedule 2 (Charges and Invoicing)"),
    Para("Part A — Price per Contact (firm for Contract Years 1 and 2)"),
    Table(("Charge line", "Unit", "Price (£ ex VAT)"), PRICES, (0.5, 0.25, 0.25), right=(2,)),
    Clause(
        "1.1",
        f"Volumes above 115 per cent of the monthly forecast attract a volume discount of "
        f"{P('6.5%')} on the per-call price. Indexation from Contract Year 3 is capped at "
        f"{P('3.1 per cent')} a year.",
    ),
    Clause(
        "1.2",
        f"Where the Supplier's actual cost of delivery falls below the Open Book baseline, the "
        f"saving is shared {P('60:40')} in the Authority's favour (Gain Share).",
    ),
    Clause(
        "1.3",
        f"The Termination Payment is {P('£148,000')} if notice is served in Contract Year 2, "
        "reducing by one twelfth for each full month of Contract Year 3 elapsed.",
    ),
    Clause(
        "2.1",
        f"Invoices are paid by BACS to the Supplier's account at Thornbury & Vale Building "
        f"Society, sort code {B('07-44-19')}, account {B('55120983')}, roll number "
        f"{B('BWC/0091772-4')}.",
    ),
    Heading("Schedule 3 (Performance Levels)"),
    Para(
        "A Service Credit is payable for each Service Period in which a KPI is not achieved. "
        "Credits are deducted from the following invoice."
    ),
    Table(
        ("KPI", "Measure", "Target", "Service Credit per failure"),
        KPIS,
        (0.12, 0.48, 0.15, 0.25),
        right=(2, 3),
    ),
    Clause(
        "3.2",
        f"Total Service Credits in a Service Period shall not exceed {P('15%')} of the Fixed "
        "Management Charge. Three KPI failures in any rolling six months are a Material Default.",
    ),
    Heading("Schedule 6 (Staff Transfer) — Annex 1: Supplier Staff List"),
    Para(
        "Employees of the outgoing provider who are assigned to the Services (identified by "
        "initials; full details held under Paragraph 5 of Part C):"
    ),
    Table(
        ("Initials", "Role", "Date of birth", "Continuous employment", "Basic pay"),
        TUPE,
        (0.14, 0.24, 0.18, 0.24, 0.2),
        right=(4,),
    ),
    Heading("Schedule 5 (Security Management)"),
    Clause(
        "2.1",
        f"The Supplier's telephony platform (Genvoice Cloud Release 9.4) presents calls to the "
        f"Authority's case system {U('TenancyHub v3.2.7')} through the integration server "
        f"{S('ntda-cti-int01.ntda.internal')} at {S('10.40.12.25')}.",
    ),
    Clause(
        "2.2",
        "Adviser desktops connect through the Authority's VPN gateway "
        f"{S('vpn-partner.ntda.internal')} "
        f"from the Supplier's egress addresses {S('203.0.113.96/28')} only.",
    ),
    Clause(
        "2.3",
        f"The nightly case extract runs under the service account {S('svc_bw_caseexport')}; "
        f"call recordings are written by {S('BW-REC-STORE02')} to the Authority's storage "
        "account in the UK South region.",
    ),
    Clause(
        "2.4",
        f"The supervisor floor at Kingfisher Point is protected by door code {S('4719*')} and "
        "the code is changed whenever a supervisor leaves.",
    ),
    Clause(
        "2.5",
        "The Supplier shall hold PCI DSS compliance for card payments taken by advisers and "
        "shall report any Breach of Security to the Authority within 4 hours.",
    ),
    Heading("Schedule 8 (Insurance Requirements)"),
    Clause(
        "1.1",
        f"The Supplier shall maintain public liability insurance of not less than "
        f"{U('£10 million')} and professional indemnity insurance of not less than "
        f"{U('£2 million')} for each claim.",
    ),
    Clause(
        "1.2",
        f"Certificates provided: public liability certificate {I('HVN-PL-00288174')}; "
        f"professional indemnity {I('PI 5530 8812 06')}; cyber policy {I('CYB/26/BW/0417')} "
        f"with a deductible of {I('£50,000')}.",
    ),
    Heading("Schedule 7 (Financial Distress)"),
    Para(
        f"The Supplier's credit score at award was {F('71 (Low Risk)')} and it holds a revolving "
        f"credit facility of {F('£4,000,000')}. Its last filed accounts show turnover of "
        f"{F('£63.4 million')}."
    ),
    Heading("Schedule 4 (Supplier Solution) — Commercial in Confidence"),
    Para(
        C(
            "Brightwater will run the Services from its Kingfisher Point centre with a blended "
            "team of 82 advisers, scheduled in 15-minute intervals against a forecast refreshed "
            "each Monday from the Authority's deposit-protection volumes."
        )
    ),
    Para(
        C(
            "Surge demand at the end of tenancy season is met by a cross-skilled reserve pool "
            "of 20 advisers trained on the Authority's scripts, who can be brought online within "
            "48 hours without additional set-up charges."
        )
    ),
    Heading("Schedule 9 (Key Personnel)"),
    Table(
        ("Role", "Name", "Contact"),
        (
            ("Supplier Contract Director", N("Ms Adaeze Whitcombe"), N("07700 900612")),
            ("Authority Contract Manager", U("Owen Tregarthen"), U("Head of Customer Services")),
        ),
        (0.36, 0.28, 0.36),
    ),
    Signatures(
        "Signed for and on behalf of the Parties:",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signature", U("K. Mortimer")),
                    ("Name", U("Dr Keziah Mortimer")),
                    ("Role", U("Chief Operating Officer")),
                    ("Date", "3 September 2025"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signature", N("L. Abernethy")),
                    ("Name", N("Lorna Abernethy")),
                    ("Role", "Managing Director"),
                    ("Date", "1 September 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.docx": DocumentSpec(
        title="Model Services Contract: customer contact centre services",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Contact Centre Services — OFFICIAL-SENSITIVE",
        footer=f"Order Form {REF}",
        created=dt.datetime(2025, 9, 3, 14, 30),
        blocks=BLOCKS,
    ),
}
