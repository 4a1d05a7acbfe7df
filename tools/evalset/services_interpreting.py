"""Interpreting and translation services, Ellesmoor City Council with Lingua Vale Language
Services Ltd (DOCX): particulars, per-minute telephone and video rates, per-word translation
by language group, cancellation charges, linguist register and booking portal access."""

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

TEMPLATE = "services"
BUYER = "Ellesmoor City Council"
SUPPLIER = "Lingua Vale Language Services Ltd"
REF = "ECC/COMM/INT/0913"

META = {
    "id": "services-interpreting-ellesmoor-2025",
    "title": "Interpreting (telephone, video and face-to-face) and translation services",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 960_000, "currency": "GBP"},
    "awarded": dt.date(2025, 10, 6),
    "starts": dt.date(2025, 11, 3),
    "ends": dt.date(2028, 11, 2),
    "reference": REF,
    "public_names": ["Marguerite Osei-Brandt", "Declan Fairweather"],
    "documents": [{"file": "interpreting-agreement.docx", "title": "Services agreement"}],
}

SPOKEN = (
    ("Telephone interpreting, pre-booked", P("GBP 0.62"), P("GBP 0.79"),
     "per minute, billed per minute connected"),
    ("Telephone interpreting, on demand", P("GBP 0.68"), P("GBP 0.85"),
     "per minute; no minimum"),
    ("Video remote interpreting", P("GBP 0.74"), P("GBP 0.92"), "per minute; minimum 15 minutes"),
    ("Face-to-face spoken language", P("GBP 29.50"), P("GBP 38.00"),
     "per hour; minimum one hour, then per 15 minutes"),
)  # fmt: skip

WRITTEN = (
    ("Group A (e.g. French, Polish, Romanian, Spanish)", P("£0.098"), P("£0.125"), P("£36.00")),
    ("Group B (e.g. Arabic, Urdu, Dari, Pashto, Tigrinya)", P("£0.135"), P("£0.168"),
     P("£45.00")),
)  # fmt: skip

CANCELLATION = (
    ("More than 48 hours before the start time", "no charge"),
    ("Between 24 and 48 hours before the start time", f"{P('50%')} of the booked fee"),
    ("Less than 24 hours, or the linguist is stood down on arrival", f"{P('100%')} of the "
     f"booked fee plus travel, up to {P('£120')}"),
)  # fmt: skip

LINGUISTS = (
    (N("LV-20817"), N("Tariq Haidari"), "Dari, Pashto", "DPSI (Law)", N("NRPSI 17342")),
    (N("LV-08854"), N("Rahel Tesfamariam"), "Tigrinya, Amharic", "Level 6 Diploma",
     N("NRPSI 24418")),
)  # fmt: skip

AGREEMENT = [
    Title("AGREEMENT FOR INTERPRETING AND TRANSLATION SERVICES"),
    Subtitle(f"between {BUYER} and {SUPPLIER}"),
    Para(f"Reference {U(REF)}", centred=True),
    Heading("Schedule of Particulars"),
    Table(
        ("Particular", "Detail"),
        (
            ("Council", f"{U(BUYER)}, Guildhall, Market Square, Ellesmoor, EQ1 1GH"),
            (
                "Provider",
                f"{U(SUPPLIER)}, registered company {U('09417736')}, 12 Weaver's Row, "
                "Ellesmoor, EQ3 4LV",
            ),
            ("Commencement", "2025-11-03"),
            ("Expiry", "2028-11-02, unless extended for up to 12 months under clause 2.3"),
            ("Contract Value", f"{U('£960,000')} over the term (estimated; no minimum volume)"),
            (
                "Council's Contract Lead",
                f"{U('Declan Fairweather')}, {U('Equalities and Community Cohesion Manager')}",
            ),
            ("Provider's Contract Manager", f"{N('Mrs Anjali Rao-Whitfield')}"),
            (
                "Service options taken up",
                "Option T (telephone), Option V (video), Option F "
                "(face-to-face), Option W (written translation)",
            ),
        ),
        (0.32, 0.68),
    ),
    Heading("Terms"),
    Heading("1. Definitions", 2),
    Definition(
        "Assignment",
        "means a single booked period of interpreting, or a single "
        "document for translation, requested through the Booking Portal.",
    ),
    Definition(
        "Booking Portal",
        "means the Provider's online system for booking, confirming and invoicing Assignments.",
    ),
    Definition(
        "Linguist",
        "means an interpreter or translator engaged by the Provider who meets "
        "the qualification and vetting requirements of clause 5.",
    ),
    Definition(
        "Out of Hours",
        "means 18:00 to 08:00 on a weekday and any time on a Saturday, Sunday or public holiday.",
    ),
    Heading("2. Term", 2),
    Clause("2.1", "The Agreement starts on the Commencement date and ends on the Expiry date."),
    Clause(
        "2.3",
        "The Council may extend the Agreement once by up to 12 months by giving three "
        "months' written notice.",
    ),
    Heading("3. Charges", 2),
    Clause(
        "3.1",
        "The Council pays the Charges in Schedule A for each Assignment delivered. "
        "Charges are inclusive of the Linguist's fee, the Provider's booking costs and all "
        "administration, and exclusive of VAT.",
    ),
    Clause(
        "3.2",
        f"Travel for face-to-face Assignments is paid only beyond 10 miles from the "
        f"Linguist's base, at {P('£0.45')} per mile; travel time is not paid.",
    ),
    Clause(
        "3.3",
        "Cancellation charges in Schedule A, table 3, apply only when the Council "
        "cancels; nothing is payable where the Provider fails to supply a Linguist.",
    ),
    Clause(
        "3.4.1",
        f"Where fewer than 95 % of pre-booked telephone calls are connected within "
        f"45 seconds in a month, the Provider shall credit {P('5 %')} of that month's "
        "telephone Charges.",
    ),
    Clause(
        "3.4.2",
        f"Where the Council's spend in a contract year exceeds {P('£350,000')}, "
        f"the Provider shall rebate {P('1.5 per cent')} of the year's Charges.",
    ),
    Clause(
        "3.5",
        f"The Provider's account for payment is held with Thornwick Building Society, "
        f"sort code {B('08-92-41')}, account {B('00417285')}, roll number "
        f"{B('LV/004-118732')}.",
    ),
    Heading("4. Liability and insurance", 2),
    Clause(
        "4.1",
        f"Each party's aggregate liability is limited to {U('£1,000,000')}, except for "
        "liability which cannot be limited by law.",
    ),
    Clause(
        "4.2",
        f"The Provider shall keep professional indemnity cover of not less than "
        f"{U('£2,000,000')} and public liability cover of not less than {U('£5,000,000')}. "
        f"Its policies are {I('PI-LV-2025-00482')} and {I('GLX 907163 B')}, both renewing on "
        "1 April.",
    ),
    Heading("5. Linguists", 2),
    Clause(
        "5.1",
        "Every Linguist shall hold the Diploma in Public Service Interpreting, a Level 6 "
        "qualification or equivalent, an enhanced DBS check renewed every three years, and "
        "shall be on the National Register of Public Service Interpreters for any Assignment "
        "in court, police or child protection settings.",
    ),
    Clause(
        "5.2",
        f"The Provider will allocate Linguist {N('LV-20817')} ({N('Mr Tariq Haidari')}) "
        "to the Council's resettlement casework wherever available, so that families see a "
        "familiar interpreter.",
    ),
    Clause(
        "5.3",
        "The Provider shall keep a register of Linguists used for the Council; the "
        "Linguists in Schedule B are those named in the tender.",
    ),
    Heading("6. Booking Portal and telephone access", 2),
    Clause(
        "6.1",
        f"Council officers book through {S('https://book.linguavale.example/ecc')}. "
        f"The Council's portal administrator account is {S('ecc_portal_admin')}; officers "
        "use their own named logins.",
    ),
    Clause(
        "6.2",
        f"Officers dial the on-demand line and, when prompted, enter the Council's "
        f"client PIN {S('660214')} followed by their cost-centre code. The PIN shall be "
        "changed each April.",
    ),
    Heading("7. Financial standing", 2),
    Clause(
        "7.1",
        f"The Provider's accounts for the year to 31 July 2025 show turnover of "
        f"{F('£6,940,000')} and net assets of {F('£812,500')}.",
    ),
    Heading("Schedule A — Charges"),
    Para("Table 1 — Spoken and signed interpreting"),
    Table(
        ("Service", "Standard hours", "Out of Hours", "Unit and minimum"),
        SPOKEN,
        (0.34, 0.16, 0.16, 0.34),
        right=(1, 2),
    ),
    Para("Table 2 — Written translation (rate per source word, exclusive of VAT)"),
    Table(
        (
            "Language group",
            "Standard (5 working days)",
            "Urgent (48 hours)",
            "Minimum charge per document",
        ),
        WRITTEN,
        (0.4, 0.2, 0.2, 0.2),
        right=(1, 2, 3),
    ),
    Para(f"Certification of a translation for court use costs {P('£ 22.50')} per document."),
    Para("Table 3 — Cancellation charges"),
    Table(("When the Council cancels", "Charge"), CANCELLATION, (0.55, 0.45)),
    Heading("Schedule B — Named Linguists"),
    Table(
        ("Linguist ID", "Name", "Languages", "Qualification", "Register no."),
        LINGUISTS,
        (0.16, 0.22, 0.22, 0.2, 0.2),
    ),
    Heading("Schedule C — Quality approach (Commercial in Confidence)"),
    Para(
        C(
            "Lingua Vale routes every on-demand call to a Linguist based in the United Kingdom "
            "first and overflows to our partner hub only after 30 seconds, which is how we keep "
            "the connection target while paying Linguists above the market rate."
        )
    ),
    Para(
        C(
            "Each month we listen back to a sample of two per cent of recorded telephone "
            "Assignments, scored against our twelve-point rubric; any Linguist scoring below "
            "eight twice is withdrawn from the Council's work until retrained."
        )
    ),
    Signatures(
        "Signed by the authorised representatives of the parties.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("M. Osei-Brandt")),
                    ("Name", U("Marguerite Osei-Brandt")),
                    ("Office", U("Head of Communities and Customer Services")),
                    ("Date", "6th October 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("A. Rao-Whitfield")),
                    ("Name", N("Anjali Rao-Whitfield")),
                    ("Office", "Director"),
                    ("Date", "2nd October 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "interpreting-agreement.docx": DocumentSpec(
        title="Interpreting and translation services agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Interpreting and Translation — OFFICIAL",
        footer=f"Reference {REF}",
        created=dt.datetime(2025, 10, 6, 9, 45),
        blocks=AGREEMENT,
    ),
}
