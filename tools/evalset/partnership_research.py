"""Research collaboration agreement, University of Lowmoor with Brindlecombe Hospitals NHS
Trust, with the budget, named researchers and the Trust's bank details (DOCX)."""

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

from evalset.marks import B, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "partnership"
BUYER = "University of Lowmoor"
SUPPLIER = "Brindlecombe Hospitals NHS Trust"
REF = "UoL-RCA-2025-0388"
SORT, ACCOUNT = "60-24-17", "39917052"
IBAN = uk_iban("GBTB", SORT, ACCOUNT)

META = {
    "id": "partnership-research-falls-2025",
    "title": "Research collaboration agreement: STEADY falls prevention trial",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 636_485, "currency": "GBP"},
    "awarded": dt.date(2025, 9, 3),
    "starts": dt.date(2025, 10, 1),
    "ends": dt.date(2028, 9, 30),
    "reference": REF,
    "public_names": ["Professor Imogen Hartley", "Dr Samuel Achterberg", "Louise Pemberton"],
    "documents": [
        {"file": "collaboration-agreement.docx", "title": "Research collaboration agreement"}
    ],
}

BUDGET = (
    (f"Research Fellow and Trial Manager, {N('Dr Tomás Reyes')}", "1.0 FTE, 36 months",
     N("£149,020")),
    (f"Research Assistant, {N('Hannah Okafor-Lyle')}", "0.8 FTE, 36 months", N("£97,490")),
    (f"Trial statistician, {N('Dr Wen Jie Sato')}", "0.3 FTE, 24 months", N("£36,300")),
    ("Trust research nurse time (Band 6)", "0.6 FTE, 36 months", P("£83,270")),
    ("Participant visits at the Trust", "330 visits, see clause 3.2", P("£54,450")),
    ("Consumables, balance equipment and licences", "as itemised in the Protocol",
     P("£15,350")),
    ("Indirect and estates costs (University)", "clause 3.3", P("£150,605")),
    ("Project meetings, travel and dissemination", "fixed sum", P("£50,000")),
    ("Total", "", U("£636,485")),
)  # fmt: skip

RESEARCHERS = (
    ("Chief Investigator", U("Professor Imogen Hartley"), "School of Health Sciences",
     "via the Research Office"),
    ("Trust Principal Investigator", N("Dr Rajesh Venkataraman"), "Department of Elderly Care",
     N("rajesh.venkataraman@brindlecombe.nhs.test")),
    ("Trial Manager", N("Dr Tomás Reyes"), "Lowmoor Clinical Trials Unit",
     N("t.reyes@lowmoor.ac.test")),
    ("Research Assistant", N("Hannah Okafor-Lyle"), "Lowmoor Clinical Trials Unit",
     N("h.okafor-lyle@lowmoor.ac.test")),
    ("Lead Research Nurse", N("Bronwen Tait"), "Brindlecombe Research Delivery Team",
     N("bronwen.tait@brindlecombe.nhs.test")),
)  # fmt: skip

BLOCKS = [
    Title("RESEARCH COLLABORATION AGREEMENT"),
    Subtitle("STEADY: a randomised trial of home-based strength and balance training after a fall"),
    Para(f"University reference {U(REF)}  |  IRAS {U('IRAS 341877')}", centred=True),
    Para(
        f"THIS AGREEMENT is made on 3rd September 2025 BETWEEN {U(BUYER)}, a body "
        f"incorporated by Royal Charter, of {U('Moorgate Campus, Lowmoor, LQ2 8UN')} (the "
        f"“University”), and {U(SUPPLIER)} of "
        f"{U('Brindlecombe General Hospital, Orchard Road, Brindlecombe, BQ9 4HT')} (the "
        "“Trust”), each a “Party”."
    ),
    Heading("Background"),
    Para(
        "The Thorncliffe Medical Research Foundation has awarded the University a grant for "
        "the Project. The University is the Sponsor and lead Party and will hold the grant; "
        "the Trust will recruit participants, deliver the intervention in its falls service "
        "and contribute clinical expertise."
    ),
    Heading("1. Definitions"),
    Definition(
        "Project",
        "means the research described in the Protocol, version 2.1 dated "
        "14th July 2025, as amended with ethical approval.",
    ),
    Definition(
        "Background IP",
        "means intellectual property owned or controlled by a Party "
        "before the start of the Project or created outside it.",
    ),
    Definition(
        "Results",
        "means all data, findings and other outputs generated in the "
        "Project, but not the Trust's patient records.",
    ),
    Definition(
        "Project Budget",
        "means the budget in Schedule 2, which sets out the sums the "
        "University will pay to the Trust and retain for itself.",
    ),
    Heading("2. Conduct of the Project"),
    Clause(
        "2.1",
        "Each Party shall carry out its tasks under the Protocol with reasonable "
        "skill and care, in accordance with the UK Policy Framework for Health and Social "
        "Care Research and good clinical practice.",
    ),
    Clause(
        "2.2",
        "The Chief Investigator shall lead the Project; the Trust's Principal "
        "Investigator shall be responsible for its conduct at the Trust.",
    ),
    Clause(
        "2.3",
        "If a named researcher leaves, the Party employing that researcher shall "
        "propose a replacement of equivalent experience within 30 days.",
    ),
    Heading("3. Finance"),
    Clause(
        "3.1",
        f"The total Project Budget is {U('£636,485')}. The University shall pay the "
        "Trust's costs quarterly in arrears against an invoice showing the participant "
        "visits completed and the research nurse time actually worked.",
    ),
    Clause(
        "3.2",
        f"Participant visits are paid at {P('£165.00 (ex. VAT)')} per completed "
        f"home visit and {P('£ 92.50')} per telephone follow-up; screening failures are paid "
        f"at {P('£45')}.",
    ),
    Clause(
        "3.3",
        f"University indirect and estates costs are charged at {P('53.25 %')} of "
        f"directly incurred staff costs, and the Foundation funds {P('80%')} of the "
        "full economic cost; the University bears the balance.",
    ),
    Clause(
        "3.4",
        "Excess treatment costs, if any, are not payable from the Project Budget and "
        "shall be claimed by the Trust through the local ETC process.",
    ),
    Heading("4. Data, confidentiality and publication"),
    Clause(
        "4.1",
        "Pseudonymised trial data shall be transferred from the Trust only into the "
        "University's secure research environment; no identifiable data shall leave the "
        "Trust without the participant's consent.",
    ),
    Clause(
        "4.1.1",
        f"The Project workspace is {S('LSRE-PRJ-0442')} on "
        f"{S('lsre-gw01.lowmoor.ac.test')}; the Trust's upload account is "
        f"{S('brind_steady_up')}, authenticated by key and restricted to the Trust "
        f"gateway {S('192.168.40.17')}.",
        level=2,
    ),
    Clause(
        "4.2",
        "Each Party may publish the Results after giving the other 30 days to "
        "review the draft for its Confidential Information and to request a delay of up "
        "to 90 days to protect intellectual property.",
    ),
    Clause(
        "4.3",
        "Results are owned by the University. The Trust has a free, perpetual licence "
        "to use the Results for research, teaching and patient care.",
    ),
    Heading("5. Liability and insurance"),
    Clause(
        "5.1",
        f"Each Party's total liability under this Agreement is limited to "
        f"{U('£1,000,000')}, save for death or personal injury caused by negligence and for "
        "breach of clause 4.",
    ),
    Clause(
        "5.2",
        f"The University holds clinical trials insurance under policy "
        f"{I('LMU-CT-552093/A')}, with an excess of {I('£10,000')}, and the Trust is a "
        f"member of the Clinical Negligence Scheme for Trusts, membership number "
        f"{I('CNST 2K7-0914')}.",
    ),
    Heading("6. Term and termination"),
    Clause(
        "6.1",
        "This Agreement runs from 1 October 2025 to 30 September 2028 unless ended "
        "earlier if the grant is withdrawn or either Party commits a material breach that "
        "is not remedied within 60 days of notice.",
    ),
    Heading("Schedule 1 — Key personnel"),
    Table(("Role", "Name", "Department", "Email"), RESEARCHERS, (0.22, 0.24, 0.24, 0.3)),
    Para(
        f"Day-to-day queries go to the Trial Manager, {N('Dr Reyes')}, who can be reached on "
        f"{N('07700 900154')}; out of hours the Trust's research nurse on call may be paged "
        "through the hospital switchboard."
    ),
    Heading("Schedule 2 — Project Budget"),
    Table(
        ("Cost heading", "Basis", "Total (£)"),
        BUDGET,
        (0.5, 0.3, 0.2),
        right=(2,),
        bold_last_row=True,
    ),
    Heading("Schedule 3 — Trust account for payments"),
    Table(
        ("Item", "Detail"),
        (
            ("Account holder", "Brindlecombe Hospitals NHS Trust — Research and Innovation"),
            ("Bank", "Government Treasury Banking Service (agency)"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
            ("Invoice contact", "research.finance@brindlecombe.nhs.test"),
        ),
        (0.3, 0.7),
    ),
    Signatures(
        "Signed by the authorised signatories of the Parties:",
        (
            Signatory(
                f"For and on behalf of the {BUYER}",
                (
                    ("Name", U("Louise Pemberton")),
                    ("Position", "Head of Research Contracts"),
                    ("Date", "3rd September 2025"),
                ),
            ),
            Signatory(
                f"For and on behalf of {SUPPLIER}",
                (
                    ("Name", U("Dr Samuel Achterberg")),
                    ("Position", "Director of Research and Innovation"),
                    ("Date", "1st September 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "collaboration-agreement.docx": DocumentSpec(
        title="Research collaboration agreement STEADY",
        subject=f"Agreement {REF}",
        header="University of Lowmoor — Research Collaboration Agreement — STEADY",
        footer=f"{REF}",
        created=dt.datetime(2025, 9, 3, 15, 0),
        blocks=BLOCKS,
    ),
}
