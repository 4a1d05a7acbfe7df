"""Memorandum of understanding on public space CCTV monitoring, Chief Constable of Dunmoor
Police with Tollbridge Borough Council (PDF)."""

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
BUYER = "Tollbridge Borough Council"
SUPPLIER = "Chief Constable of Dunmoor Police"
REF = "TBC/CS/MOU/2025/03"
SORT, ACCOUNT = "40-19-83", "61730295"
IBAN = uk_iban("CALD", SORT, ACCOUNT)

META = {
    "id": "partnership-mou-cctv-tollbridge-2025",
    "title": "Memorandum of understanding: public space CCTV monitoring 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 445_350, "currency": "GBP"},
    "awarded": dt.date(2025, 3, 21),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2028, 3, 31),
    "reference": REF,
    "public_names": [
        "Chief Superintendent Ruth Calloway",
        "Anthony Marchbank",
        "Inspector Dev Saini",
    ],
    "documents": [{"file": "cctv-mou.pdf", "title": "Memorandum of understanding"}],
}

ZONES = (
    ("Z1", "Town centre and Market Square", "48", P("£ 1,050"), P("£185.00"), P("£96.00")),
    ("Z2", "Riverside and the Quayside night-time economy area", "37", P("£ 1,050"),
     P("£185.00"), P("£96.00")),
    ("Z3", "Station Road transport interchange", "22", P("£ 1,275"), P("£210.00"), P("£104.00")),
    ("Z4", "Outer district centres and car parks", "35", P("£ 890"), P("£185.00"), P("£96.00")),
)  # fmt: skip

SUPERVISORS = (
    ("Day shift (07:00-19:00)", N("Lorraine Quigley"), N("07700 900318"), N("NPPV2/DP/20931")),
    ("Night shift (19:00-07:00)", N("Jordan Mbeki-Hart"), N("07700 900447"), N("NPPV2/DP/21562")),
    ("Relief supervisor", N("Carys Penhaligon"), N("07700 900590"), N("NPPV2/DP/22087")),
)  # fmt: skip

BLOCKS = [
    Title("MEMORANDUM OF UNDERSTANDING"),
    Subtitle(
        "Monitoring of the Tollbridge public space CCTV system and police access to the "
        "Surveillance Centre"
    ),
    Para(f"Reference {U(REF)}", centred=True),
    Heading("1. The participants"),
    Para(
        f"This Memorandum is entered into on 21.03.25 by {U(BUYER)} of "
        f"{U('The Guildhall, Bridge Street, Tollbridge, TV0 4BX')} (“the Council”) and the "
        f"{U(SUPPLIER)} of {U('Dunmoor Police Headquarters, Harrier Way, Dunmoor, DX0 7PF')} "
        "(“the Force”), referred to together as “the Participants”."
    ),
    Heading("2. Status of this Memorandum"),
    Clause(
        "2.1",
        "This Memorandum records the Participants' shared intentions. It is not "
        "intended to create legal relations, save that paragraphs 8 (Cost contribution), "
        "10 (Confidentiality) and 11 (Data protection) are binding.",
    ),
    Clause(
        "2.2",
        "The Participants will operate the System in accordance with the Surveillance "
        "Camera Code of Practice issued under the Protection of Freedoms Act 2012 and the "
        "Council's published CCTV Code of Practice.",
    ),
    Heading("3. Definitions"),
    Definition(
        "Surveillance Centre",
        f"means the Council's monitoring suite at "
        f"{U('Level 1, Bridge House, 8 Wharf Lane, Tollbridge')}, staffed 24 hours a "
        "day, 365 days a year.",
    ),
    Definition(
        "System",
        f"means the Council's 142 public space cameras, the fibre and wireless "
        f"network connecting them, and the {U('Vantage VMS 9.1')} video management and "
        "recording platform.",
    ),
    Definition(
        "Authorised Officer",
        "means a police officer or member of police staff "
        "holding at least NPPV level 2 vetting who has been entered on the access list "
        "kept by the Surveillance Centre Manager.",
    ),
    Heading("4. Monitoring"),
    Clause(
        "4.1",
        "Council operators will proactively monitor the cameras in the zones and "
        "hours set out in Annex A and will report incidents to the Force control room "
        "using the dedicated radio talkgroup.",
    ),
    Clause(
        "4.1.1",
        f"The talkgroup for the System is {S('DMP-TBC-CCTV-02')}; the back-up "
        f"telephone is a direct line that is not to be published.",
        level=2,
    ),
    Clause(
        "4.1.2",
        "During Operation Nightsafe weekends the Force will second a police "
        "officer to the Surveillance Centre from 21:00 to 04:00.",
        level=2,
    ),
    Clause(
        "4.2",
        f"The Council's Community Safety Manager, {U('Anthony Marchbank')}, is "
        "responsible for the System and the Force's single point of contact is "
        f"{U('Inspector Dev Saini')}, {U('Partnership Inspector, Tollbridge')}.",
    ),
    Clause(
        "4.3",
        "The supervisors of the Surveillance Centre are listed below; a supervisor "
        "will be on duty at all times and is the first point of contact for Authorised "
        "Officers.",
    ),
    Table(("Shift", "Supervisor", "Mobile", "Vetting ref."), SUPERVISORS, (0.28, 0.26, 0.2, 0.26)),
    Para(
        f"{N('Ms Quigley')} also holds the keys to the evidence safe; in her absence "
        f"{N('Mr Mbeki-Hart')} (home address {N('14 Fernacre Close, Tollbridge, TV0 6RW')}) "
        "is the key holder notified to the alarm company."
    ),
    Heading("5. Access to the Surveillance Centre"),
    Clause(
        "5.1",
        f"Authorised Officers enter Bridge House by the rear staff door, whose "
        f"keypad code is {S('4782*')} (changed on the first Monday of each quarter), and "
        f"sign the visitors' register.",
    ),
    Clause(
        "5.2",
        f"The intruder alarm at the Surveillance Centre is set with user code "
        f"{S('0619')}; the key safe by the fire exit holds the spare suite key and opens "
        f"with {S('C-3315')}.",
    ),
    Clause(
        "5.3",
        f"Review of recorded images by the Force takes place in the viewing room on "
        f"the workstation {S('TBC-VW-03')}, logged on with the shared evidence account "
        f"{S('dmp_review')}; exports are written only to the encrypted evidence server "
        f"{S('TBC-VMS-REC01')} at {S('10.62.4.21')}.",
    ),
    Clause(
        "5.4",
        f"The Force's remote viewing terminal at Tollbridge police station connects "
        f"over the police network from {S('172.20.118.40')} through the VPN endpoint "
        f"{S('vpn-cctv.tollbridge.gov.uk')}.",
    ),
    Heading("6. Requests for recorded images"),
    Clause(
        "6.1",
        "Requests for copies of recorded images will be made on the Force's form "
        "DP17, quoting a crime or incident reference, and will be met within 48 hours or "
        "within 2 hours for a critical incident.",
    ),
    Clause("6.2", "Images are retained for 31 days unless they have been exported as evidence."),
    Heading("7. Maintenance"),
    Clause(
        "7.1",
        "The Council maintains the System through its contractor, Sentinel Vision "
        "Systems Ltd. The contractor's rates that feed into the Force's contribution are "
        "shown in Annex A.",
    ),
    Heading("8. Cost contribution"),
    Clause(
        "8.1",
        f"The Force will contribute towards the cost of monitoring and maintaining "
        f"the System at the rate per camera per year shown in Annex A. The Force's "
        f"contribution is {U('£148,450')} a year and {U('£445,350')} over the three years "
        "of this Memorandum.",
    ),
    Clause(
        "8.2",
        f"The per-camera rate will be uplifted each April by the pay award for "
        f"Council staff, subject to a ceiling of {P('4 per cent')}; a camera out of "
        f"service for more than 28 days in a quarter attracts a credit of "
        f"{P('1/12th')} of its annual rate.",
    ),
    Clause(
        "8.3",
        "The Council will invoice the Force quarterly in advance and the Force will "
        "pay within 30 days into the account in Annex B.",
    ),
    Heading("9. Insurance"),
    Clause(
        "9.1",
        f"The System is insured under the Council's computer and electronic equipment "
        f"policy {I('CEE 7731 0042 19')} with an excess of {I('£2,500')} for each claim; "
        "the Force will not be asked to contribute to that excess.",
    ),
    Heading("10. Confidentiality"),
    Clause(
        "10.1",
        "Access codes, network details and the names of Surveillance Centre staff "
        "given in this Memorandum are confidential and will not be disclosed outside the "
        "Participants.",
    ),
    Heading("11. Data protection"),
    Clause(
        "11.1",
        "The Council is the controller of the recorded images. When the Force takes "
        "a copy for a law enforcement purpose it becomes a controller of that copy under "
        "Part 3 of the Data Protection Act 2018.",
    ),
    Heading("Annex A — Zones, contribution and maintenance rates"),
    Table(
        (
            "Zone",
            "Area",
            "Cameras",
            "Contribution per camera p.a.",
            "Repair call-out",
            "Engineer per hour",
        ),
        ZONES,
        (0.07, 0.32, 0.11, 0.18, 0.16, 0.16),
        right=(3, 4, 5),
    ),
    Para(
        f"All contributions and rates are exclusive of VAT. Fibre faults are repaired at "
        f"{P('£420.00 + VAT')} for each break, and annual health checks are charged at "
        f"{P('1,150 pounds')} per zone."
    ),
    Heading("Annex B — Council account for contributions"),
    Table(
        ("Item", "Detail"),
        (
            ("Payee", "Tollbridge Borough Council — Community Safety Income"),
            ("Bank", "Calder and Dunmoor Bank plc"),
            ("Sort code", B(SORT)),
            ("Account number", B(ACCOUNT)),
            ("IBAN", B(grouped(IBAN))),
            ("Remittance advice", "exchequer@tollbridge.gov.uk, quoting the invoice number"),
        ),
        (0.3, 0.7),
    ),
    Signatures(
        "Signed on behalf of the Participants:",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signature", U("A. Marchbank")),
                    ("Name", U("Anthony Marchbank")),
                    ("Title", "Community Safety Manager"),
                    ("Date", "21.03.25"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signature", U("R. Calloway")),
                    ("Name", U("Chief Superintendent Ruth Calloway")),
                    ("Title", "Local Policing Commander, Tollbridge and Dunmoor East"),
                    ("Date", "20.03.25"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "cctv-mou.pdf": DocumentSpec(
        title="Memorandum of understanding: public space CCTV",
        subject=f"Memorandum {REF}",
        header=f"{BUYER} and Dunmoor Police — CCTV Memorandum of Understanding",
        footer=f"Reference {REF}",
        created=dt.datetime(2025, 3, 21, 11, 0),
        blocks=BLOCKS,
    ),
}
