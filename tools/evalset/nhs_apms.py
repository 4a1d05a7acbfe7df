"""APMS contract, NHS Marrowby and Teal Coast ICB with Saltfleet Primary Care Ltd (PDF)."""

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
BUYER = "NHS Marrowby and Teal Coast Integrated Care Board"
SUPPLIER = "Saltfleet Primary Care Ltd"
PRACTICE = "Saltmarsh Lane Surgery"
REF = "MTC-ICB/APMS/2026/004"
PREMISES = "Saltmarsh Lane Health Centre, 2 Saltmarsh Lane, Teal Bay, QT6 3RW"
SORT, ACCOUNT = "55-08-32", "17739465"
IBAN = uk_iban("TCBS", SORT, ACCOUNT)

META = {
    "id": "nhs-apms-saltmarsh-2026",
    "title": "Alternative Provider Medical Services contract: Saltmarsh Lane Surgery",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 7_050_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 16),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2031, 3, 31),
    "reference": REF,
    "public_names": ["Dr Imran Castellano", "Felicity Rundle"],
    "documents": [{"file": "apms-contract.pdf", "title": "APMS contract"}],
}

PAYMENTS = (
    ("Core services payment", "Per registered patient per year", P("£121.35")),
    ("Extended access (evenings and Saturdays)", "Per registered patient per year",
     P("£9.80")),
    ("Care home ward rounds (Harbourside Court)", "Per bed per year", P("£145.00")),
    ("New patient health check (over 40)", "Per completed check", P("£27.50")),
    ("Locally commissioned phlebotomy", "Per sample", P("£3.15")),
)  # fmt: skip

GPS = (
    ("Clinical Director and lead GP", N("Dr Tamsin Okafor-Bell"), N("GMC 7104425"), "8"),
    ("Salaried GP", N("Dr Rhys Llewellyn"), N("GMC 6611830"), "6"),
    ("Salaried GP", N("Dr Anjali Deshmukh"), N("GMC 7390216"), "6"),
    ("GP (safeguarding lead)", N("Dr Callum Strachan"), N("GMC 5928407"), "4"),
)  # fmt: skip

BLOCKS = [
    Title("ALTERNATIVE PROVIDER MEDICAL SERVICES CONTRACT"),
    Subtitle(f"{PRACTICE}, Teal Coast Primary Care Network"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("Part 1 — Parties and Contract Details"),
    Table(
        ("Detail", "Entry"),
        (
            ("Commissioner", f"{U(BUYER)}, {U('Wharf House, Quay Street, Marrowby, QT1 4GA')}"),
            ("Contractor", f"{U(SUPPLIER)}, company number {U('14022678')}"),
            ("Practice", f"{U(PRACTICE)}, ODS code {U('Y09417')}"),
            (
                "Practice Premises",
                f"{U(PREMISES)} and branch surgery at {U('Fennick Village Hall')}",
            ),
            ("Commencement Date", "1 April 2026"),
            (
                "Term",
                "Five years to 31 March 2031; the Commissioner may extend by up to five years",
            ),
            ("Registered list at award", f"{U('9,842')} patients (weighted list {U('10,317')})"),
            (
                "Estimated contract value",
                f"{U('£7,050,000')} over the Term, about {U('£1,410,000')} a year",
            ),
            (
                "Commissioner's Authorised Officer",
                f"{U('Felicity Rundle')}, {U('Head of Primary Care Contracting')}",
            ),
        ),
        (0.32, 0.68),
    ),
    Heading("Part 2 — Definitions"),
    Definition(
        "Contractor",
        "means the company named in Part 1, which is a qualifying body for "
        "the purposes of the APMS Directions.",
    ),
    Definition(
        "Registered Patient",
        "means a person recorded by the Primary Care Registration "
        "service as being on the Contractor's list of patients on the first day of the "
        "relevant quarter.",
    ),
    Definition(
        "Performers List",
        "means the national performers list in which every GP "
        "working under this Contract shall be included.",
    ),
    Heading("Part 3 — Services"),
    Clause(
        "3.1",
        "The Contractor shall provide essential services and the additional services "
        "in Schedule 1 to its Registered Patients from 08:00 to 18:30 on Working Days, and "
        "shall keep its list open.",
    ),
    Clause(
        "3.2",
        "The Contractor shall participate in the Teal Coast Primary Care Network and "
        "in the Quality and Outcomes Framework, payments under which are made at the "
        "national rates and are not part of the Payments in Schedule 2.",
    ),
    Clause(
        "3.2.1",
        "Extended access shall be provided from 18:30 to 20:00 on two weekdays and "
        "from 09:00 to 13:00 on Saturdays at the Practice Premises.",
        level=2,
    ),
    Clause(
        "3.3",
        "The Contractor shall ensure that no fewer than 24 GP sessions a week are "
        "delivered by the GPs named in Schedule 3 or by locums approved by the Clinical "
        "Director.",
    ),
    Heading("Schedule 2 — Payments"),
    Clause(
        "2.1",
        "The Commissioner shall pay the Contractor monthly, on the last Working Day of "
        "each month, one twelfth of the annual payments below, calculated on the Registered "
        "Patients at the start of the quarter:",
    ),
    Table(("Payment", "Basis", "Rate"), PAYMENTS, (0.46, 0.34, 0.2), right=(2,)),
    Clause(
        "2.2",
        f"A quality element of {P('4%')} of the core services payment is held back "
        "and paid quarterly against the local indicators in Schedule 4, pro rata to "
        "achievement.",
    ),
    Clause(
        "2.3",
        "Where the weighted list falls by more than 5% in a year, the Commissioner "
        f"shall pay a transitional top-up of {P('£18,000')} for that year only.",
    ),
    Clause(
        "2.4",
        "Payments are made to the Contractor's account with Teal Coast Building "
        f"Society: sort code {B(SORT)}, account {B(ACCOUNT)}, IBAN {B(grouped(IBAN))}, roll "
        f"number {B('SFP/0048213')}.",
    ),
    Heading("Schedule 3 — Key Personnel"),
    Para(
        "The Contractor shall employ the following GPs, each on the Performers List. Changes "
        "shall be notified to the Commissioner within 28 days."
    ),
    Table(("Role", "Name", "Registration", "Sessions"), GPS, (0.34, 0.28, 0.22, 0.16), right=(3,)),
    Clause(
        "3.1",
        f"The Practice Manager is {N('Mr Dominic Harrow')} "
        f"({N('dominic.harrow@saltfleetpc.example')}, {N('01632 960573')}).",
    ),
    Heading("Schedule 4 — Local quality indicators"),
    Table(
        ("Indicator", "Target", "Share of quality element"),
        (
            ("Patients able to book an appointment within 2 weeks", U("85%"), P("40%")),
            ("Learning disability annual health checks completed", U("75%"), P("35%")),
            ("Friends and Family Test: positive responses", "90%", P("25%")),
        ),
        (0.58, 0.16, 0.26),
    ),
    Heading("Schedule 5 — IT systems and information governance"),
    Clause(
        "5.1",
        f"The Practice uses {U('VitaRecord Primary Care 9.4')} provided under the GP "
        "IT futures arrangements. The Commissioner's IT delivery partner provides the "
        f"network; the Practice subnet is {S('10.212.44.0/24')} and the branch link "
        f"terminates at {S('tcs-fw02.mtcicb.internal')}.",
    ),
    Clause(
        "5.2",
        "The following accounts are issued for the Contract; they shall be disabled "
        "within one Working Day of the holder leaving:",
    ),
    Table(
        ("Account", "Purpose", "Holder"),
        (
            (S("svc_saltmarsh_docman"), "Document scanning and workflow", "Practice"),
            (S("SLS-ADMIN01"), "Local administrator, practice PCs", "IT delivery partner"),
            (S("saltmarsh.audit"), "Read-only access for Commissioner audits", "Commissioner"),
        ),
        (0.34, 0.42, 0.24),
    ),
    Heading("Schedule 6 — Insurance and financial information"),
    Clause(
        "6.1",
        "Clinical negligence is covered by the state-backed Clinical Negligence Scheme "
        "for General Practice. The Contractor shall hold public liability cover of not less "
        f"than {U('£5,000,000')} (policy {I('TCI-PL-3300918')}) and employer's liability "
        f"cover (policy {I('EMP/77/40126')}), each with an excess of {I('£250')}.",
    ),
    Clause(
        "6.2",
        f"The Contractor's parent, Saltfleet Health Group plc, provides a guarantee "
        f"of {F('£350,000')}. The Contractor's 2025 accounts show turnover of "
        f"{F('£4,912,000')} and a profit after tax of {F('£186,400')}.",
    ),
    Heading("Schedule 7 — Mobilisation plan (Commercial in Confidence)"),
    Para(
        C(
            "Saltfleet will retain all existing practice staff under TUPE and recruit a second "
            "advanced nurse practitioner before 1 April 2026, funded in the first year from our "
            "group's central reserves. Our model assumes 72 appointments per 1,000 patients a "
            "week, rising to 78 in year two once the online triage tool is live."
        )
    ),
    Para(
        C(
            "We will move the branch surgery's telephony on to our group cloud platform in May, "
            "which removes the local lease cost; that saving is reflected in our core payment "
            "bid and would be lost if the Commissioner required the existing system to stay."
        )
    ),
    Signatures(
        "Executed by the parties.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("I. Castellano")),
                    ("Name", U("Dr Imran Castellano")),
                    ("Position", U("Director of Primary Care")),
                    ("Date", "16 January 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("T. Okafor-Bell")),
                    ("Name", N("Dr Tamsin Okafor-Bell")),
                    ("Position", "Director"),
                    ("Date", "14 January 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "apms-contract.pdf": DocumentSpec(
        title="APMS contract: Saltmarsh Lane Surgery",
        subject=f"Contract {REF}",
        header=f"{BUYER} — APMS Contract — OFFICIAL-SENSITIVE",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 1, 16, 10, 15),
        blocks=BLOCKS,
    ),
}
