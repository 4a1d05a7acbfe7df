"""Catering concession at Wrenmouth Museum and Art Gallery, Wrenmouth City Council with Quince
and Crumb Catering Ltd: turnover rent, minimum guaranteed payment, key holders (PDF)."""

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

TEMPLATE = "concession"
BUYER = "Wrenmouth City Council"
SUPPLIER = "Quince and Crumb Catering Ltd"
REF = "WCC-CUL-0925-CAF"

META = {
    "id": "concession-museum-cafe-wrenmouth-2025",
    "title": "Café and events catering concession, Wrenmouth Museum and Art Gallery",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_180_000, "currency": "GBP"},
    "awarded": dt.date(2025, 8, 4),
    "starts": dt.date(2025, 9, 1),
    "ends": dt.date(2030, 8, 31),
    "reference": REF,
    "public_names": ["Dr Felicity Armitage", "Joseph Nwankwo"],
    "documents": [{"file": "concession.pdf", "title": "Catering concession agreement"}],
}

KEY_TERMS = (
    ("Agreement number", U(REF)),
    ("The Council", f"{U(BUYER)}, {U('Guildhall, Cornmarket, Wrenmouth, WY1 3GH')}; general "
                    f"enquiries {U('01632 960100')}"),
    ("The Caterer", f"{U(SUPPLIER)} (registered in England, company number {U('12077358')}), "
                    "of 9 Sailmaker's Row, Wrenmouth, WY4 8PL"),
    ("The Premises", f"The ground floor café, servery and stores at "
                     f"{U('Wrenmouth Museum and Art Gallery')}, Quayside, Wrenmouth, together "
                     f"with use of the {U('Harbour Gallery')} for evening events"),
    ("Start date", "2025-09-01"),
    ("Term", "Five years, ending 2030-08-31, with no right of renewal"),
    ("Estimated value", f"{U('£1,180,000')} (forecast Gross Turnover over the Term)"),
    ("Council's Contract Manager", f"{U('Joseph Nwankwo')}, {U('Museum Operations Manager')}"),
    ("Trading hours", "Museum opening hours, 10:00 to 16:30, Tuesday to Sunday"),
)  # fmt: skip

RENT = (
    ("Band A", f"Up to {P('£220,000')}", P("twelve and a half per cent (12.5%)")),
    ("Band B", f"{P('£220,001')} to {P('£300,000')}", P("15 per cent")),
    ("Band C", f"Above {P('£300,000')}", P("18%")),
)  # fmt: skip

HOSPITALITY = (
    ("Tea, coffee and biscuits", "per head", P("£2.10")),
    ("Working lunch (sandwiches, fruit, soft drinks)", "per head", P("£9.75")),
    ("Evening reception, six canapés and a glass of wine", "per head", P("£16.40")),
    ("Waiting staff beyond four hours", "per hour", P("£18.50")),
)  # fmt: skip

KEY_HOLDERS = (
    ("1", N("Bethan Quinlan"), "Café Manager", N("07700 900287")),
    ("2", N("Mr Aurelio Costa"), "Head Chef", N("07700 900514")),
)  # fmt: skip

BLOCKS = [
    Title("CATERING CONCESSION AGREEMENT"),
    Subtitle("Café and Events Catering at Wrenmouth Museum and Art Gallery"),
    Heading("Key Terms"),
    Table(("Term", "Detail"), KEY_TERMS, (0.3, 0.7)),
    Para(
        "This Agreement comprises these Key Terms, the Concession Conditions below and the "
        "Caterer's Submission at Appendix 2. The Caterer takes the trading risk of the "
        "Premises: the Council pays nothing for the catering service and does not guarantee "
        "any level of visitor numbers."
    ),
    Heading("Concession Conditions"),
    Heading("1. Definitions", level=2),
    Definition(
        "Gross Turnover",
        "the total of all sums received by the Caterer from sales at "
        "or from the Premises, including events in the Museum, net of VAT and of "
        "refunds but before deduction of any costs.",
    ),
    Definition(
        "Minimum Guaranteed Payment",
        "the sum stated in Condition 3.2, payable whatever the Gross Turnover.",
    ),
    Definition("Concession Year", "each period of twelve months from 1 September."),
    Heading("2. Licence to trade", level=2),
    Clause(
        "2.1",
        "The Council grants the Caterer a non-exclusive licence to occupy the Premises "
        "for the sole purpose of operating a café and providing catering for events "
        "booked through the Museum. No tenancy is created.",
    ),
    Clause(
        "2.2",
        "The Caterer shall hold a food hygiene rating of 4 or above under the Food "
        "Safety Act 1990 scheme operated by the Council's environmental health service, and "
        "shall meet the Museum's rules for food and drink near collections.",
    ),
    Heading("3. Turnover rent and minimum guaranteed payment", level=2),
    Clause(
        "3.1",
        "For each Concession Year the Caterer shall pay the Council a turnover rent "
        "calculated on Gross Turnover by band, each rate applying only to the turnover "
        "within its band:",
    ),
    Table(
        ("Band", "Gross Turnover in the Concession Year", "Rate payable to the Council"),
        RENT,
        (0.18, 0.42, 0.4),
    ),
    Clause(
        "3.2",
        f"The Caterer guarantees that the turnover rent for each Concession Year will "
        f"be not less than {P('GBP 38,000.00')} (the Minimum Guaranteed Payment), which "
        f"it shall pay in four quarterly instalments of {P('£ 9,500')} in advance on 1 "
        "September, 1 December, 1 March and 1 June.",
    ),
    Clause(
        "3.2.1",
        f"In the first Concession Year the Minimum Guaranteed Payment is reduced to "
        f"{P('26,500 pounds')} to reflect the closure of the Harbour Gallery for "
        "conservation works until January 2026.",
    ),
    Clause(
        "3.3",
        "Within 30 days after each Concession Year the Caterer shall give the Council "
        "a statement of Gross Turnover certified by its accountant, and shall pay any "
        "turnover rent exceeding the instalments already paid within 14 days after that.",
    ),
    Clause(
        "3.4",
        f"The Caterer shall contribute {P('£3,850 (ex. VAT)')} a year towards "
        f"metered electricity and water, and {P('£1.2k')} a year towards waste collection, "
        "each adjusted on 1 September by CPI.",
    ),
    Clause(
        "3.5",
        f"The Council collects these sums by direct debit from the Caterer's account "
        f"at Kittiwake Bank, sort code {B('30-94-57')}, account number {B('41187326')}, "
        "under the mandate signed with this Agreement.",
    ),
    Heading("4. Hospitality for the Council", level=2),
    Clause(
        "4.1",
        "The Caterer shall provide hospitality for the Council's own events at the "
        "Museum at the following prices, fixed for the first two Concession Years:",
    ),
    Table(("Item", "Unit", "Price (ex VAT)"), HOSPITALITY, (0.6, 0.15, 0.25), right=(2,)),
    Clause(
        "4.2",
        f"Private events booked through the Museum carry a room hire fee set by the "
        f"Council, of which the Caterer retains {P('10 %')} as a handling charge.",
    ),
    Heading("5. Investment and fit-out", level=2),
    Clause(
        "5.1",
        f"The Caterer shall invest not less than {P('£62,000')} in the fit-out of the "
        "servery and seating before 1 December 2025; the fixtures become the property of the "
        "Council at the end of the Term without payment.",
    ),
    Heading("6. The Caterer's standing", level=2),
    Clause(
        "6.1",
        f"The Caterer's accounts for the year to 31 March 2025 show turnover of "
        f"{F('£1.46m')}, a pre-tax profit of {F('£88,300')} and net assets of "
        f"{F('£212,400')}. Its director, {N('Ms Niamh Okafor-Reid')}, has given a personal "
        f"guarantee of the Minimum Guaranteed Payment for the first two Concession Years, "
        f"limited to {F('£76,000')}.",
    ),
    Heading("7. Insurance", level=2),
    Clause(
        "7.1",
        f"The Caterer shall insure against public and products liability for "
        f"{U('not less than £5,000,000')} any one event. Cover is placed with Fairhaven "
        f"General under policy {I('FG/PPL/0093318/25')}; employer's liability is certificate "
        f"{I('EL-4471-2208')}, and the policy excess for each claim is {I('£500')}.",
    ),
    Heading("8. Security of the Museum", level=2),
    Clause(
        "8.1",
        "The Caterer's key holders may enter the Premises through the staff door on "
        "Rope Walk between 07:30 and 18:00. Only the persons below may hold keys or the "
        "alarm code.",
    ),
    Table(("No.", "Key holder", "Role", "Mobile"), KEY_HOLDERS, (0.08, 0.34, 0.26, 0.32)),
    Clause(
        "8.2",
        f"The café zone of the intruder alarm is set and unset with user code "
        f"{S('2680')} followed by the part-set key; the key safe by the staff door opens "
        f"with {S('C-7714')}. The Council will change both codes whenever a key holder "
        "leaves the Caterer's employment.",
    ),
    Clause(
        "8.3",
        f"The Caterer's tills may connect only to the guest network "
        f"{S('WMAG-Trade')}, using the key {S('quayside!Crane58')}, and the card terminal "
        f"has a fixed address of {S('192.168.40.23')}.",
    ),
    Clause(
        "8.4",
        f"The alarm receiving centre calls the first key holder and then the "
        f"Museum's duty officer; the Caterer's out-of-hours contact is "
        f"{N('bethan@quinceandcrumb.example')}.",
    ),
    Heading("Appendix 2 — Caterer's Submission (Commercial in Confidence)"),
    Para(
        C(
            "We will run the café as a daytime destination in its own right, with a short "
            "seasonal menu built around Wrenmouth harbour suppliers and a children's lunch box "
            "priced below the high-street average, aiming for 38 per cent of Museum visitors "
            "to buy food or drink."
        )
    ),
    Para(
        C(
            "For events we will use a mobile bar and a cold-kitchen model so that nothing is "
            "cooked in the Harbour Gallery, keeping within the Museum's conservation rules, "
            "and we will staff events from a pool of twelve trained casual staff."
        )
    ),
    Heading("9. General", level=2),
    Clause(
        "9.1",
        f"Each party's liability under this Agreement is limited to "
        f"{U('£500,000')} in aggregate, save for death or personal injury and the payments "
        "under Condition 3.",
    ),
    Clause(
        "9.2",
        f"The Council may end this Agreement on three months' notice if the "
        f"Museum closes to the public. The Council's Head of Museums, "
        f"{U('Dr Felicity Armitage')}, shall decide any dispute about the Museum's rules.",
    ),
    Signatures(
        "Signed on behalf of the parties:",
        (
            Signatory(
                f"{BUYER}",
                (
                    ("Signed", U("F. Armitage")),
                    ("Name", U("Dr Felicity Armitage")),
                    ("Title", U("Head of Museums and Heritage")),
                    ("Date", "04.08.25"),
                ),
            ),
            Signatory(
                f"{SUPPLIER}",
                (
                    ("Signed", N("N. Okafor-Reid")),
                    ("Name", N("Niamh Okafor-Reid")),
                    ("Title", "Director"),
                    ("Date", "01.08.25"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "concession.pdf": DocumentSpec(
        title="Catering concession agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Museum catering concession",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 8, 4, 14, 30),
        blocks=BLOCKS,
    ),
}
