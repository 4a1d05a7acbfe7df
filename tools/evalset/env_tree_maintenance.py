"""Arboricultural works call-off under a regional framework, Elmsford City Council with
Greenbough Tree Care Ltd: rates per tree work operation, arborists' NPTC certificates and the
supplier's insurance schedule (DOCX)."""

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

from evalset.marks import C, I, N, P, S, U

TEMPLATE = "environment"
BUYER = "Elmsford City Council"
SUPPLIER = "Greenbough Tree Care Ltd"
REF = "ECC/PARKS/CO/2026/07"
FRAMEWORK = "Midvale Procurement Partnership Arboricultural Services Framework MPP/ARB/24"

META = {
    "id": "env-tree-maintenance-elmsford-2026",
    "title": "Call-off for tree maintenance works in parks, highways and housing land",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 486_500, "currency": "GBP"},
    "awarded": dt.date(2026, 5, 18),
    "starts": dt.date(2026, 6, 1),
    "ends": dt.date(2028, 5, 31),
    "reference": REF,
    "public_names": ["Caroline Westover", "Nathaniel Osei"],
    "documents": [{"file": "call_off_order.docx", "title": "Call-off order form"}],
}

ORDER = (
    ("Box 1 — Framework", f"{U(FRAMEWORK)}, Lot 2 (Tree Works)"),
    ("Box 2 — Call-Off reference", U(REF)),
    ("Box 3 — Customer", f"{U(BUYER)}, {U('Guildhall, Cornmarket, Elmsford, EQ1 3GH')}"),
    ("Box 4 — Supplier", f"{U(SUPPLIER)}, company number {U('09938217')}, "
                         "The Sawmill, Coppice Lane, Little Harnham, EQ7 5TW"),
    ("Box 5 — Call-Off Period", "1st June 2026 to 31st May 2028; the Customer may extend once "
                                "by 12 months"),
    ("Box 6 — Call-Off Value", f"{U('£486,500')} (ex. VAT) estimated over the Call-Off "
                               "Period; no minimum volume is guaranteed"),
    ("Box 7 — Customer's Authorised Officer", f"{U('Nathaniel Osei')}, "
                                             f"{U('Principal Arboricultural Officer')}"),
    ("Box 8 — Award route", "Direct award to the first-ranked supplier for Lot 2, "
                            "framework clause 5.3"),
    ("Box 9 — Special Terms", "Options A (emergency response) and C (tree survey support) "
                              "apply; Option B does not apply"),
)  # fmt: skip

RATES = (
    ("TW01", "Crown lift to 5.2 m over highway", "per tree", P("£68.00"), P("£102.00")),
    ("TW02", "Crown reduction up to 30%, DBH < 40 cm", "per tree", P("£245.00"),
     P("£367.50")),
    ("TW03", "Crown reduction up to 30%, DBH 40–80 cm", "per tree", P("£410.00"),
     P("£615.00")),
    ("TW04", "Fell to ground level, DBH < 30 cm", "per tree", P("£132.00"), P("£198.00")),
    ("TW05", "Section fell with rigging, DBH > 60 cm", "per tree", P("£1,185.00"),
     P("£1,777.50")),
    ("TW06", "Stump grind to 300 mm below ground", "per stump", P("£54.00"), "n/a"),
    ("TW07", "Two-person climbing team with chipper", "per day", P("£640.00"),
     P("£960.00")),
)  # fmt: skip

ARBORISTS = (
    (N("Callum Redfearn"), "Team leader / climber", N("NP 41 88 207"), "CS30, CS31, CS38, CS39",
     N("07700 900871")),
    (N("Bethan Loxley"), "Climber", N("NP 52 01 364"), "CS30, CS31, CS38, CS39", "—"),
    (N("Jonah Achebe-Price"), "Groundworker / chipper", N("NP 60 77 415"), "CS30, CS31",
     "—"),
)  # fmt: skip

INSURANCE = (
    ("Public liability", "Oakheart Insurance plc", I("OAK/PL/3318724"), U("£10,000,000"),
     I("£500")),
    ("Employer's liability", "Oakheart Insurance plc", I("OAK/EL/3318725"), U("£10,000,000"),
     "nil"),
    ("Professional indemnity (surveys)", "Marchbank Underwriting", I("MU-PI-20776-26"),
     U("£1,000,000"), I("£2,500")),
    ("Plant and tools (all risks)", "Marchbank Underwriting", I("MU-CAR 55 1093"),
     "£180,000", I("£1,000")),
)  # fmt: skip

BLOCKS = [
    Title("CALL-OFF ORDER FORM"),
    Subtitle("Arboricultural Services — Lot 2 Tree Works"),
    Para(
        f"This Order Form is issued under the {FRAMEWORK}. Together with the Framework "
        "Call-Off Terms and the Customer's Tree Works Specification it forms the Call-Off "
        "Contract between the Customer and the Supplier."
    ),
    Heading("Part 1 — Order Details"),
    Table(("Box", "Entry"), ORDER, (0.33, 0.67)),
    Heading("Part 2 — Call-Off Special Terms"),
    Clause(
        "2.1",
        "Works Orders. The Customer instructs each job by a Works Order raised in its "
        f"{U('Confirm')} asset system, giving the tree reference, the operation code and the "
        "priority. The Supplier completes Priority 2 orders within 10 working days and "
        "Priority 3 orders within 8 weeks.",
    ),
    Clause(
        "2.2",
        "Pricing. Each Works Order is priced from the Schedule of Rates in Part 3. "
        "Rates include traffic management to Chapter 8 for single-lane working, disposal of "
        "arisings and the Supplier's overheads.",
    ),
    Clause(
        "2.2.1",
        f"Operations not in the Schedule are priced by quotation using the day "
        f"rate for TW07 plus materials at cost and a mark-up of {P('10 %')}.",
        level=2,
    ),
    Clause(
        "2.2.2",
        f"Rates are fixed until 31 May 2027 and then rise by the lower of CPI and "
        f"{P('two and a half per cent (2.5%)')}.",
        level=2,
    ),
    Clause(
        "2.3",
        "Option A — Emergency response. The Supplier keeps a two-person team on call "
        f"from 17:00 to 08:00 and at weekends, attending within 2 hours. The standby "
        f"retainer is {P('£1,250.00 + VAT')} a month; attendance is charged at the "
        "out-of-hours rates.",
    ),
    Clause(
        "2.4",
        f"Option C — Tree survey support. Visual tree assessments by the Supplier's "
        f"LANTRA-qualified inspector are charged at {P('£ 7.40')} per tree recorded in "
        f"the Customer's inventory, with a minimum charge of {P('£310 (ex. VAT)')} a day.",
    ),
    Clause(
        "2.5",
        "Protected trees and wildlife. No work is done to a tree in a conservation "
        "area or subject to a tree preservation order without the consent reference on the "
        "Works Order, and nesting birds and bat roosts are checked before every climb, as "
        "the Wildlife and Countryside Act 1981 requires.",
    ),
    Clause(
        "2.6",
        f"Liability. The Supplier's total liability under this Call-Off Contract is "
        f"limited to {U('£2,000,000')}.",
    ),
    Heading("Part 3 — Schedule of Rates"),
    Table(
        ("Code", "Operation", "Unit", "Rate (Mon–Fri 08:00–17:00)", "Rate (out of hours)"),
        RATES,
        (0.09, 0.43, 0.12, 0.18, 0.18),
        right=(3, 4),
    ),
    Heading("Part 4 — Key Personnel and Certificates of Competence"),
    Para(
        "The Supplier shall carry out chainsaw and aerial work only with the arborists named "
        "below, who hold the NPTC (City & Guilds) units shown. Any replacement needs the "
        "Authorised Officer's approval and a copy of the new arborist's certificate."
    ),
    Table(
        ("Arborist", "Role", "NPTC certificate no.", "Units held", "Site mobile"),
        ARBORISTS,
        (0.22, 0.21, 0.19, 0.2, 0.18),
    ),
    Para(
        f"The Supplier's contract manager is {N('Ms Rosalind Tregarthen')}, who also holds "
        f"NPTC certificate {N('NP 37 20 551')} and the LANTRA Professional Tree Inspection "
        f"award. She can be reached on {N('07700 900874')} or "
        f"{N('r.tregarthen@greenbough.example')}; emergency calls under Option A go first to "
        f"the on-call mobile {N('07700 900879')}."
    ),
    Para(
        f"Keys to the locked gates of {U('Harnham Wood Local Nature Reserve')} and "
        f"{U('Castle Meadows')} are held in the key safe at the Parks Depot, code "
        f"{S('3318')}; the Supplier's crews log in to the Confirm mobile app with the shared "
        f"user {S('GBTC_CREW_01')}."
    ),
    Heading("Part 5 — Supplier's Insurance Schedule"),
    Para(
        "The Supplier shall hold at least the cover shown in the Limit column for the whole "
        "Call-Off Period and shall send renewal certificates to the Authorised Officer."
    ),
    Table(
        ("Insurance", "Insurer", "Policy number", "Limit of indemnity", "Excess"),
        INSURANCE,
        (0.25, 0.22, 0.2, 0.18, 0.15),
        right=(3, 4),
    ),
    Para(
        f"The combined annual premium for the public and employer's liability policies is "
        f"{I('£8,914.60')}."
    ),
    Heading("Part 6 — Supplier's Approach to Works (Commercial in Confidence)"),
    Para(
        C(
            "We will base one team permanently at the Customer's Parks Depot from October to "
            "March, when most highway and housing works are programmed, and will group Works "
            "Orders by ward so that the chipper makes no more than one journey a day to the "
            "Customer's green waste site."
        )
    ),
    Para(
        C(
            "Our inspector will record defects found during TW work directly into Confirm, "
            "which we expect to remove about 400 separate inspection visits a year from the "
            "Customer's own programme."
        )
    ),
    Signatures(
        "The Customer and the Supplier agree to this Call-Off Contract.",
        (
            Signatory(
                f"For the Customer, {BUYER}",
                (
                    ("Signed", U("C. Westover")),
                    ("Name", U("Dr Caroline Westover")),
                    ("Job title", U("Head of Parks and Green Spaces")),
                    ("Date", "18th May 2026"),
                ),
            ),
            Signatory(
                f"For the Supplier, {SUPPLIER}",
                (
                    ("Signed", N("T. Pendry")),
                    ("Name", N("Thomas Pendry")),
                    ("Job title", "Director"),
                    ("Date", "14th May 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "call_off_order.docx": DocumentSpec(
        title="Call-off order form: tree works",
        subject=f"Call-off {REF}",
        header=f"{BUYER} — Tree works call-off — OFFICIAL",
        footer=f"Call-off {REF}",
        created=dt.datetime(2026, 5, 18, 12, 0),
        blocks=BLOCKS,
    ),
}
