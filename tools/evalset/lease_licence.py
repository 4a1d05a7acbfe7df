"""Licence to occupy a community centre room, Tarnwick Town Council to a charity (DOCX)."""

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

from evalset.marks import B, F, I, N, P, S, U

TEMPLATE = "lease"
BUYER = "Tarnwick Town Council"
SUPPLIER = "Little Steps Tarnwick"
REF = "TTC/CC/LIC/2025-07"

META = {
    "id": "lease-licence-community-room-2025",
    "title": "Licence to occupy the Willow Room, Tarnwick Community Centre",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 14_040, "currency": "GBP"},
    "awarded": dt.date(2025, 8, 18),
    "starts": dt.date(2025, 9, 1),
    "ends": dt.date(2028, 8, 31),
    "reference": REF,
    "public_names": ["Helen Ruddock", "Councillor Amir Siddiqui"],
    "documents": [{"file": "licence.docx", "title": "Licence to occupy"}],
}

PARTICULARS = (
    ("Date", "18 August 2025"),
    ("Licensor", f"{U(BUYER)} of {U('The Moot Hall, Bridge Street, Tarnwick, TJ1 4MH')}"),
    ("Licensee", f"{U(SUPPLIER)}, a charitable incorporated organisation registered with the "
                 f"Charity Commission under number {U('1187354')}, whose principal office is "
                 "at the Centre"),
    ("Building", f"{U('Tarnwick Community Centre')}, {U('Orchard Way, Tarnwick, TJ3 9CW')}"),
    ("Room", f"The {U('Willow Room')} on the ground floor, with shared use of the kitchen, "
             "toddler toilets and the covered buggy store"),
    ("Licence Period", "1 September 2025 to 31 August 2028 unless ended earlier under clause 8"),
    ("Sessions", "Monday, Wednesday and Friday, 08:45 to 12:45, in school term time and the "
                 "first two weeks of each summer holiday (52 session-weeks a year)"),
    ("Licence Fee", f"{P('£30.00')} per session, being the Licensor's community rate after a "
                    f"charity discount of {P('40%')} from the standard hire rate"),
    ("Total Licence Fee", f"{U('£14,040')} over the Licence Period (before any additional "
                          "sessions)"),
    ("Permitted Use", "A parent and toddler group and stay-and-play sessions for children "
                      "under five and their carers"),
)  # fmt: skip

KEYHOLDERS = (
    ("Licensor — Centre Caretaker", N("Barry Lumsden"), N("07700 900531"), "Full building"),
    (
        "Licensee — Lead Key Holder",
        N("Ms Joanne Petrakis"),
        N("07700 900774"),
        "Main door and Willow Room",
    ),
    ("Licensee — Deputy", N("Sian Aldous"), N("07700 900268"), "Main door and Willow Room"),
)

BLOCKS = [
    Title("LICENCE TO OCCUPY"),
    Subtitle("Willow Room, Tarnwick Community Centre"),
    Para(f"Licensor's reference {U(REF)}", centred=True),
    Heading("Particulars"),
    Table(("", "Particulars"), PARTICULARS, (0.25, 0.75)),
    Para(
        "This Licence is made on the Date between the Licensor and the Licensee and "
        "comprises the Particulars, the clauses below and the House Rules in the Schedule."
    ),
    Heading("1. Definitions"),
    Definition(
        "Common Parts",
        "means the entrance lobby, corridors, kitchen and toilets of "
        "the Building which the Licensor allows the Licensee to use in common with "
        "other hirers.",
    ),
    Definition(
        "Deposit",
        f"means {P('£250')}, held by the Licensor against damage, loss of keys and unpaid fees.",
    ),
    Definition(
        "Licence Fee", "means the fee stated in the Particulars, as reviewed under clause 3.4."
    ),
    Heading("2. Grant of licence"),
    Clause(
        "2.1",
        "The Licensor permits the Licensee to occupy the Room during the Sessions "
        "for the Permitted Use, in common with the Licensor and those it authorises.",
    ),
    Clause(
        "2.2",
        "This Licence is personal to the Licensee. It does not create a tenancy or "
        "give the Licensee exclusive possession of any part of the Building, and the "
        "Licensee may not assign it or allow anyone else to use the Room.",
    ),
    Heading("3. Licence Fee and other payments"),
    Clause(
        "3.1",
        "The Licensee shall pay the Licence Fee termly in advance on invoice. "
        "Additional sessions agreed with the Centre Manager are charged at "
        f"{P('£9.75')} an hour.",
    ),
    Clause(
        "3.2",
        f"The Licensee shall contribute {P('12.5%')} of the Centre's electricity and "
        f"gas costs for each year, capped at {P('£640')}, and shall pay a cleaning charge of "
        f"{P('£18')} for any session after which the Room is left untidy.",
    ),
    Clause(
        "3.3",
        f"Payments shall be made to the Licensor's general account, sort code "
        f"{B('20-58-31')}, account {B('43190657')}, quoting {REF}. Refunds of the Deposit "
        f"are paid to the Licensee's account at Tarnside Building Society, roll number "
        f"{B('TBS/0447821-6')}.",
    ),
    Clause(
        "3.4",
        f"The Licence Fee is reviewed on 1 September each year and shall not rise by "
        f"more than {P('3%')} in any year.",
    ),
    Clause(
        "3.5",
        f"The Licensee confirms that its accounts for the year to 31 March 2025 show "
        f"total income of {F('£38,612')} and unrestricted reserves of {F('£9,450')}, and "
        "that it can meet the Licence Fee from its own resources.",
    ),
    Heading("4. Keys, alarm and security"),
    Clause(
        "4.1",
        "The Licensor shall issue two sets of keys and two alarm fobs to the "
        "Licensee's named key holders below. Keys shall not be copied. A charge of "
        f"{P('£35')} is made for each key or fob lost.",
    ),
    Table(("Key holder", "Name", "Mobile", "Access"), KEYHOLDERS, (0.3, 0.24, 0.2, 0.26)),
    Clause(
        "4.2",
        f"The intruder alarm panel is beside the main door. The Licensee's user code "
        f"is {S('2741')}; the spare key for the buggy store is in the key safe by the rear "
        f"fire door, code {S('C-0639')}. These codes are confidential to the key holders.",
    ),
    Clause(
        "4.3",
        f"The Licensee may use the Centre's Wi-Fi network TTC-Community with the "
        f"password {S('orchardway#2025')}. The CCTV recorder in the office at "
        f"{S('192.168.40.12')} may be viewed only by the Licensor's staff.",
    ),
    Clause(
        "4.4",
        "The last key holder to leave shall check that the Room and Common Parts "
        "are empty, the windows are shut and the alarm is set, and shall record this in "
        "the Centre log.",
    ),
    Heading("5. Licensee's obligations"),
    Clause(
        "5.1",
        "The Licensee shall comply with the House Rules, keep the Room clean and "
        "tidy and return the furniture to its usual layout after each Session.",
    ),
    Clause(
        "5.2",
        "The Licensee shall have and operate a safeguarding policy and ensure that "
        "its staff and volunteers working with children hold a current enhanced DBS "
        f"certificate. The Licensee's designated safeguarding lead is "
        f"{N('Mrs Ruth Okafor')} ({N('ruth.okafor@littlesteps.example')}).",
    ),
    Clause(
        "5.3",
        "The Licensee shall not store anything in the Room other than in the "
        "lockable cupboard provided, and shall not bring in any gas appliance or "
        "electrical equipment that has not been tested.",
    ),
    Heading("6. Insurance and liability"),
    Clause(
        "6.1",
        f"The Licensee shall maintain public liability insurance of not less than "
        f"{U('£5,000,000')} for any one event and shall produce the policy on request. "
        f"Its current cover is with Mercia Charity Insurance under certificate "
        f"{I('MCI-PL-20931/447')}, with an excess of {I('£250')}.",
    ),
    Clause(
        "6.2",
        "The Licensor shall not be liable for the loss of or damage to any property "
        "of the Licensee or its users, except where caused by the Licensor's negligence.",
    ),
    Heading("7. Licensor's obligations"),
    Clause(
        "7.1",
        "The Licensor shall keep the Building insured, in repair and heated and "
        "lit during the Sessions, and shall give the Licensee at least 14 days' notice of "
        "any Session which cannot take place because of works or a civic event.",
    ),
    Heading("8. Ending the Licence"),
    Clause(
        "8.1",
        "Either party may end this Licence by giving the other three months' notice in writing.",
    ),
    Clause(
        "8.2",
        "The Licensor may end this Licence at once by notice if the Licence Fee is "
        "more than 28 days overdue, or if the Licensee breaches clause 5.2 or ceases to be "
        "a registered charity.",
    ),
    Heading("Schedule — House Rules (extract)"),
    Clause("(a)", "No smoking or vaping anywhere in the Building or its grounds.", level=2),
    Clause(
        "(b)", "Fire exits must be kept clear; the assembly point is the front car park.", level=2
    ),
    Clause(
        "(c)",
        f"Emergencies outside office hours: the Licensor's duty officer on {U('01632 960300')}.",
        level=2,
    ),
    Signatures(
        "Signed by the parties on the Date.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("H. Ruddock")),
                    ("Name", U("Helen Ruddock")),
                    ("Position", "Town Clerk"),
                    ("Countersigned", U("Councillor Amir Siddiqui")),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("J. Petrakis")),
                    ("Name", N("Joanne Petrakis")),
                    ("Position", "Chair of Trustees"),
                    ("Second trustee", N("Alun Prothero")),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "licence.docx": DocumentSpec(
        title="Licence to occupy the Willow Room",
        subject=f"Licence {REF}",
        header=f"{BUYER} — Licence to occupy — Tarnwick Community Centre",
        footer=f"{REF}",
        created=dt.datetime(2025, 8, 18, 15, 0),
        blocks=BLOCKS,
    ),
}
