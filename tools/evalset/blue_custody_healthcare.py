"""Custody healthcare services for the Chief Constable of Kestermoor Constabulary, provided by
Sablecroft Clinical Custody Ltd, with price per custody suite per month, nurse rota, suite door
codes and the clinical record system's server (DOCX)."""

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
    Subtitle,
    Table,
    Title,
)

from evalset.marks import B, C, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "bluelight"
BUYER = "Chief Constable of Kestermoor Constabulary"
PCC = "Police, Fire and Crime Commissioner for Kestermoor"
SUPPLIER = "Sablecroft Clinical Custody Ltd"
REF = "KC/PROC/2025/0419"
SORT, ACCOUNT = "30-94-17", "55120836"
IBAN = uk_iban("THBK", SORT, ACCOUNT)

META = {
    "id": "blue-custody-healthcare-kestermoor-2025",
    "title": "Custody healthcare services (forensic medical examiners and custody nurses) "
    "2025-2029",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 6_840_000, "currency": "GBP"},
    "awarded": dt.date(2025, 8, 29),
    "starts": dt.date(2025, 11, 1),
    "ends": dt.date(2029, 10, 31),
    "reference": REF,
    "public_names": ["Detective Chief Superintendent Helen Brackley", "Marcus Olawale"],
    "documents": [{"file": "custody-healthcare-agreement.docx", "title": "Services agreement"}],
}

SUITES = (
    (U("Kestermoor Central Police Investigation Centre"), "24", "2 HCP + FME on call",
     P("£58,420.00")),
    (U("Harnley Bridge Custody Suite"), "16", "1 HCP + FME on call", P("£36,915.00")),
    (U("Oldmarsh Custody Suite"), "12", "1 HCP (08:00-02:00)", P("£29,780.00")),
    (U("Weyford Cells (contingency suite)"), "8", "Call-out only", P("£4,150.00")),
)  # fmt: skip

ROTA = (
    ("Kestermoor Central PIC", N("Bethany Coulthard RN"), N("Olu Adebanjo RMN")),
    ("Harnley Bridge", N("Graham Pellow RN"), N("Siân Morfudd RN")),
    ("Oldmarsh", N("Kezia Armitage RGN"), N("Ravi Chandarana PA")),
)  # fmt: skip

BLOCKS = [
    Title("AGREEMENT FOR THE PROVISION OF CUSTODY HEALTHCARE SERVICES"),
    Subtitle(
        "Police custody: healthcare professionals, forensic medical examiners and "
        "substance misuse referral"
    ),
    Para(f"Agreement number {U(REF)}", centred=True),
    Heading("Part A — Key Commercial Terms"),
    Para(
        "Part A sets out the commercial particulars of this Agreement. Where Part A and Part B "
        "conflict, Part A prevails."
    ),
    Table(
        ("Particular", "Entry"),
        (
            (
                "A1 Force",
                f"{U(BUYER)}, {U('Force Headquarters, Saddler Gate, Kestermoor, KQ1 4RD')}",
            ),
            ("A2 Commissioner (party for approvals)", U(PCC)),
            (
                "A3 Service Provider",
                f"{U(SUPPLIER)} (company no. {U('09734410')}), "
                "registered office 3 Lantern Court, Bromsgate Business Park, KQ9 2WT",
            ),
            ("A4 Commencement Date", "1st November 2025"),
            ("A5 Initial Term", "Four years, to 31st October 2029"),
            ("A6 Extension Option", "Option E1: up to two further periods of 12 months each"),
            ("A7 Estimated Contract Value", f"{U('£6,840,000')} over the Initial Term"),
            ("A8 Annual Core Charge (Year 1)", U("£1,551,180.00")),
            (
                "A9 Force Contract Manager",
                f"{U('Detective Chief Superintendent Helen Brackley')}, "
                f"{U('Head of Criminal Justice and Custody')}",
            ),
            ("A10 Force switchboard", U("0161 496 0500")),
        ),
        (0.36, 0.64),
    ),
    Heading("Part B — Conditions"),
    Heading("B1 Interpretation", level=2),
    Definition(
        "Custody Suite",
        "each designated police station listed in Schedule 1 at which "
        "detained persons are held under the Police and Criminal Evidence Act 1984.",
    ),
    Definition(
        "HCP",
        "a registered nurse, registered mental health nurse or paramedic "
        "practitioner engaged by the Service Provider to assess and treat Detainees.",
    ),
    Definition("FME", "a registered medical practitioner engaged as a forensic medical examiner."),
    Definition(
        "Clinical Record System",
        "the Service Provider's electronic custody "
        "healthcare record, currently Medisafe Custody Release 7.3, hosted as set out "
        "in Schedule 3.",
    ),
    Heading("B2 The Services", level=2),
    Clause(
        "B2.1",
        "The Service Provider shall provide the Services in each Custody Suite in "
        "accordance with the Specification, the Faculty of Forensic and Legal Medicine "
        "quality standards and the Force's custody policy.",
    ),
    Clause("B2.2", "Response times. The Service Provider shall attend a Detainee:"),
    Clause(
        "B2.2.1",
        f"where an HCP is resident in the suite, within {U('20 minutes')} of a "
        "request from the custody officer; and",
        level=2,
    ),
    Clause(
        "B2.2.2",
        "where an FME is called out, within 60 minutes of the call (90 minutes "
        "between 02:00 and 07:00).",
        level=2,
    ),
    Heading("B3 Charges and payment", level=2),
    Clause(
        "B3.1",
        "The Force shall pay the Monthly Suite Charge for each Custody Suite in "
        "Schedule 1, monthly in arrears, together with call-out fees for attendances "
        "outside the resident hours.",
    ),
    Clause(
        "B3.2",
        "Indexation. On each anniversary of the Commencement Date the Monthly Suite "
        f"Charges shall be adjusted by CPI, capped at {P('3.25 %')} and with a floor of "
        f"{P('nil')}.",
    ),
    Clause(
        "B3.3",
        "Service credits. Where fewer than 95% of attendances in a month meet the "
        f"response times in B2.2, the Force shall deduct {P('two per cent (2%)')} of that "
        f"suite's Monthly Suite Charge for each full percentage point of shortfall, up to a "
        f"maximum of {P('15%')}.",
    ),
    Clause(
        "B3.4",
        "Payment shall be made within 30 days of receipt of a valid, undisputed "
        "invoice by BACS to the account in Schedule 4.",
    ),
    Heading("B4 Liability and insurance", level=2),
    Clause(
        "B4.1",
        "The Service Provider's total liability in each Contract Year for all "
        f"claims other than death or personal injury is limited to {U('£2,000,000')}.",
    ),
    Clause(
        "B4.2",
        "The Service Provider shall maintain medical malpractice insurance of not "
        f"less than {U('£10,000,000')} each claim and employer's liability insurance of not "
        f"less than {U('£5,000,000')}.",
    ),
    Clause(
        "B4.2.1",
        "The policies in force at signature are: medical malpractice, Corvedale "
        f"Medical Defence, policy {I('CMD/MM/0048821/25')}; combined liability, Ashlar "
        f"Underwriting, certificate {I('AU 77 310 462 K')}, with an excess of "
        f"{I('£2,500')} each and every claim.",
        level=2,
    ),
    Clause(
        "B4.3",
        "Financial standing. The Service Provider's obligations are guaranteed by "
        f"its parent, Sablecroft Health Holdings plc, up to {F('£750,000')}. At tender the "
        f"Service Provider reported turnover of {F('£14.6m')} and a Creditsafe score of "
        f"{F('71 (low risk)')}.",
    ),
    Heading("B5 Security of Force premises and systems", level=2),
    Clause(
        "B5.1",
        "HCPs shall hold Non-Police Personnel Vetting level 2 before first "
        "attending a Custody Suite and shall carry their Force-issued access card.",
    ),
    Clause(
        "B5.2",
        "Door codes for the medical rooms are confidential to the persons on the "
        "rota and are changed quarterly by the Force. The codes at the Commencement Date "
        "are recorded in Schedule 3.",
    ),
    Heading("B6 Data protection", level=2),
    Clause(
        "B6.1",
        "The Service Provider is a controller of the clinical records of Detainees "
        "and a processor for the Force of custody record entries. Both parties shall comply "
        "with the Data Protection Act 2018.",
    ),
    PageBreak(),
    Heading("Schedule 1 — Custody Suites and Monthly Suite Charges"),
    Table(
        (
            "Custody Suite",
            "Cells",
            "Resident cover",
            "Monthly Suite Charge (ex VAT)",
        ),
        SUITES,
        (0.38, 0.1, 0.27, 0.25),
        right=(1, 3),
    ),
    Para(
        f"FME call-outs outside resident hours are charged at {P('£265.00 + VAT')} per "
        f"attendance, and HCP overtime cover requested by the Force at {P('£62.50')} an "
        f"hour. Interpreted assessments attract a further {P('£1.2k')} per month, flat, across "
        "all suites."
    ),
    Heading("Schedule 2 — Clinical rota (named staff at Commencement)"),
    Para(
        "The Service Provider shall give the Force Contract Manager 14 days' notice of any "
        "change to the named leads below."
    ),
    Table(("Suite", "Day lead", "Night lead"), ROTA, (0.34, 0.33, 0.33)),
    Para(
        f"The Service Provider's Clinical Director is {N('Dr Naomi Felgate')} (GMC "
        f"{N('7044318')}), who may be reached on {N('07700 900227')} or "
        f"{N('n.felgate@sablecroft-clinical.example')}. Out of hours escalation is to the "
        f"on-call manager, {N('Callum Redfern')}, {N('07700 900664')}."
    ),
    Heading("Schedule 3 — Access and Clinical Record System"),
    Para(
        f"Medical room door codes (valid to 31.01.26): Kestermoor Central PIC {S('7731*')}; "
        f"Harnley Bridge {S('40962#')}; Oldmarsh {S('1185')}. The drugs cabinet at each suite "
        f"is opened with key safe code {S('C-6620')}."
    ),
    Para(
        f"The Clinical Record System is hosted on server {S('SCC-CUSTDB02')} at "
        f"{S('10.44.18.22')} and is reached from the Force network over the site-to-site "
        f"tunnel terminating at {S('vpn-kest.sablecroft-clinical.example')}. The Force's "
        f"integration uses service account {S('svc_kc_custodyfeed')}."
    ),
    Heading("Schedule 4 — Payment details"),
    Para(
        f"Thornbeck Bank plc, sort code {B(SORT)}, account {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}, BIC {B('THBKGB2L')}."
    ),
    Heading("Schedule 5 — Method statement extract (Commercial in Confidence)"),
    Para(
        C(
            "We will staff the two busiest suites with a resident paramedic practitioner "
            "alongside the nurse on night shifts from Thursday to Saturday, funded by moving "
            "the Weyford contingency suite to a call-out model, which our modelling of the "
            "Force's 2024 detention data shows carries less than 4% of overnight demand."
        )
    ),
    Para(
        C(
            "Our FME pool is shared with two neighbouring forces under a single on-call "
            "roster; this is how we hold the call-out fee below the regional average while "
            "guaranteeing a 60 minute attendance."
        )
    ),
    Signatures(
        "Signed on behalf of the parties",
        (
            Signatory(
                f"For the {BUYER}",
                (
                    ("Signature", U("M. Olawale")),
                    ("Name", U("Marcus Olawale")),
                    ("Role", U("Director of Commercial Services")),
                    ("Date", "29.08.25"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("T. Ashdown")),
                    ("Name", N("Tessa Ashdown")),
                    ("Role", "Managing Director"),
                    ("Date", "27.08.25"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "custody-healthcare-agreement.docx": DocumentSpec(
        title="Custody healthcare services agreement",
        subject=f"Agreement {REF}",
        header="Kestermoor Constabulary — Custody Healthcare — OFFICIAL-SENSITIVE COMMERCIAL",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 8, 29, 9, 30),
        blocks=BLOCKS,
    ),
}
