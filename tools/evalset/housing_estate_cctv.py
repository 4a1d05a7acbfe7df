"""Estate CCTV monitoring, Skerrow Homes Limited (the ALMO of Skerrow Borough Council) with
Nightjar Monitoring Services Ltd (PDF)."""

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

TEMPLATE = "housing"
BUYER = "Skerrow Homes Limited"
SUPPLIER = "Nightjar Monitoring Services Ltd"
REF = "SHL-CS-2026-07"
IBAN = uk_iban("NBRK", "55-31-08", "90264418")

META = {
    "id": "housing-estate-cctv-skerrow-2026",
    "title": "Estate CCTV monitoring and maintenance 2026-2029",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 162_000, "currency": "GBP"},
    "awarded": dt.date(2026, 3, 2),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2029, 3, 31),
    "reference": REF,
    "public_names": ["Yasmin Harcourt-Bell", "Geraint Pollard"],
    "documents": [{"file": "service-agreement.pdf", "title": "CCTV monitoring service agreement"}],
}

FEES = (
    ("Fixed dome camera, block entrances and lobbies", "96", P("£16.50"), P("£1,584.00")),
    ("PTZ camera, estate roads and car parks", "24", P("£38.00"), P("£912.00")),
    ("Re-deployable camera (anti-social behaviour hot spots)", "8", P("£54.25"), P("£434.00")),
    ("Concierge video door entry link", "11 blocks", P("£72.00"), P("£792.00")),
)

OPERATORS = (
    (N("Leanne Marsh"), "Control room supervisor", N("1013 4482 7719 0356"), "Days"),
    (N("Tariq Baig"), "CCTV operator", N("1014 2290 6634 1185"), "Nights"),
    (N("Sinead Coulter"), "CCTV operator", N("1012 8847 0051 9920"), "Rotating"),
    (N("Wojciech Nowak"), "CCTV operator", N("1015 3376 2218 4407"), "Nights"),
)

SYSTEMS = (
    ("Main NVR, Skerrow control room", S("10.62.4.10"), S("nvradmin_ctl")),
    ("Area NVR, Ashby Fields estate", S("10.62.12.5"), S("nj_maint")),
    ("Area NVR, Priorsgate flats", S("10.62.16.5"), S("nj_maint2")),
    ("Viewing client for the police", S("172.18.90.44"), S("police_view")),
)

BLOCKS = [
    Title("CCTV MONITORING SERVICE AGREEMENT"),
    Subtitle("Monitoring, recording and maintenance of cameras on Skerrow Homes estates"),
    Para(f"Agreement {U(REF)} dated 2 March 2026", centred=True),
    Para(
        f"Between {U(BUYER)} (registered number {U('06140337')}), which manages the homes of "
        f"{U('Skerrow Borough Council')} (“Skerrow Homes”, “we”, “us”), and {U(SUPPLIER)} "
        f"(registered number {U('08875214')}) (the “Service Provider”, “you”)."
    ),
    Heading("Section 1 — About this agreement"),
    Clause(
        "1.1",
        f"You will monitor and record the cameras on our estates from your control "
        f"room, maintain the cameras, recorders and links, and support our Community "
        f"Safety team and the police. The agreement runs for three years from 1 April "
        f"2026 and is worth an estimated {U('£162,000')} in total, or {U('£54,000')} a "
        "year.",
    ),
    Clause(
        "1.2",
        "Our aim is safer estates. Cameras are used only for the purposes in our "
        "CCTV policy, in line with the Surveillance Camera Code of Practice under the "
        "Protection of Freedoms Act 2012 and the Data Protection Act 2018.",
    ),
    Definition(
        "Control Room",
        "means your monitoring centre at Unit 3, Lapwing Business Park, "
        "Skerrow SQ8 1NF, licensed and staffed at all times.",
    ),
    Definition(
        "Incident",
        "means anything seen by an operator that needs action by us, the "
        "police, the fire service or an ambulance.",
    ),
    Definition(
        "Recorded Images",
        "means footage held on the NVRs, kept for 30 days unless saved as evidence.",
    ),
    Heading("Section 2 — What you will do"),
    Clause(
        "2.1",
        "You will staff the Control Room with at least two operators at all times "
        "and three between 6 pm and 2 am on Fridays and Saturdays.",
    ),
    Clause(
        "2.2",
        "Every operator will hold a Security Industry Authority public space "
        "surveillance licence. The operators assigned to our estates when this agreement "
        "starts are:",
    ),
    Table(
        ("Operator", "Role", "SIA licence number", "Shift pattern"),
        OPERATORS,
        (0.25, 0.27, 0.3, 0.18),
    ),
    Clause(
        "2.3",
        f"Your control room manager, {N('Mr Declan Hursthouse')}, is our day-to-day "
        f"contact; his direct line is {N('01632 960517')} and his email is "
        f"{N('d.hursthouse@nightjar-monitoring.example')}. Our contacts are "
        f"{U('Geraint Pollard')}, {U('Community Safety Manager')}, and "
        f"{U('Yasmin Harcourt-Bell')}, {U('Director of Neighbourhoods')}.",
    ),
    Clause(
        "2.4",
        "You will repair any camera fault within 48 hours and any recorder fault "
        f"within 8 hours. At least {U('97%')} of cameras must be working at every daily "
        "check.",
    ),
    Heading("Section 3 — What we will pay"),
    Clause(
        "3.1",
        "We pay a monthly fee for each camera or link that is live on the first day "
        "of the month. The fee covers monitoring, recording, maintenance and parts.",
    ),
    Table(
        (
            "The monthly fee for each kind of camera is as follows (all figures exclude VAT)",
            "Cameras",
            "Per camera",
            "Per month",
        ),
        FEES,
        (0.52, 0.14, 0.16, 0.18),
        right=(1, 2, 3),
    ),
    Clause(
        "3.2",
        f"A new camera added during the term is installed at {P('£1,250.00 + VAT')} "
        f"and then charged at the monthly fee for its kind. Moving a re-deployable camera "
        f"costs {P('GBP 185.00')} a move.",
    ),
    Clause(
        "3.3",
        f"Copying Recorded Images for the police or for tenancy enforcement is "
        f"included up to 20 requests a month; beyond that each request costs "
        f"{P('£ 35')}.",
    ),
    Clause(
        "3.4",
        f"If the {U('97%')} target is missed in a month, we will deduct "
        f"{P('5 per cent')} of that month's fees, rising to {P('12.5%')} if it is missed "
        "for three months running.",
    ),
    Clause(
        "3.5", f"Fees are fixed until 31 March 2027 and then rise by CPI, capped at {P('3 %')}."
    ),
    Clause(
        "3.6",
        f"We pay within 20 days of a correct invoice to your account at Northbrook "
        f"Bank: sort code {B('55-31-08')}, account {B('90264418')}, IBAN "
        f"{B(grouped(IBAN))}.",
    ),
    Heading("Section 4 — Systems and access"),
    Clause(
        "4.1",
        "The recorders and accounts you will use are listed below. Passwords are "
        "sent separately and must be at least 14 characters.",
    ),
    Table(("Recorder", "IP address", "Admin account"), SYSTEMS, (0.46, 0.26, 0.28)),
    Clause(
        "4.2",
        f"The Control Room connects to our camera network through the VPN gateway "
        f"{S('cctv-gw.skerrowhomes.internal')}. The temporary administrator password for "
        f"the main NVR at handover is {S('Kittiwake!Lane62')} and you must change it on "
        "the first day.",
    ),
    Clause(
        "4.3",
        f"The door of the equipment cabinet in each block's plant room has a "
        f"keypad; the current code is {S('6093')}.",
    ),
    Heading("Section 5 — How we will run the service (Commercial in Confidence)"),
    Para(
        C(
            "Nightjar will monitor the Skerrow estates from a dedicated desk in our control "
            "room, staffed by operators who work only on Skerrow Homes cameras, so that they "
            "learn the estates, the hot spots and the housing officers by name."
        )
    ),
    Para(
        C(
            "Every Incident is logged in our incident system within five minutes and a daily "
            "summary is emailed to the Community Safety team by 8 am. Where a pattern of "
            "anti-social behaviour appears, we propose moving a re-deployable camera within "
            "two working days."
        )
    ),
    Heading("Section 6 — Insurance, liability and your finances"),
    Clause(
        "6.1",
        f"You will hold public liability insurance of not less than "
        f"{U('£5,000,000')}, professional indemnity insurance of not less than "
        f"{U('£1,000,000')} and employer's liability insurance as the law requires. Your "
        f"current policy numbers are {I('NJM-PLI-260118')} and {I('PI 0093 4471')}.",
    ),
    Clause(
        "6.2",
        f"Your credit rating at award was {F('Band B (score 78)')}, and your last "
        f"accounts show turnover of {F('£4,310,000')} with a profit before tax of "
        f"{F('£287,000')}.",
    ),
    Clause(
        "6.3",
        f"Each party's liability is capped at {U('£1,000,000')} in any year, except "
        "for liability that cannot be limited by law.",
    ),
    Signatures(
        "Signed for each party by a person authorised to do so:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Name", U("Yasmin Harcourt-Bell")),
                    ("Position", U("Director of Neighbourhoods")),
                    ("Date", "2 March 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Name", N("Philippa Ashdown")),
                    ("Position", "Managing Director"),
                    ("Date", "26 February 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "service-agreement.pdf": DocumentSpec(
        title="CCTV monitoring service agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Estate CCTV monitoring — OFFICIAL-SENSITIVE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2026, 3, 2, 12, 0),
        blocks=BLOCKS,
    ),
}
