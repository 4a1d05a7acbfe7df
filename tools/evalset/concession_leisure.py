"""Leisure management concession, Greyhallow District Council with Brightwater Community
Leisure Limited: payment profile by year, utilities risk share, confidential business plan and
TUPE list (DOCX)."""

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

TEMPLATE = "concession"
BUYER = "Greyhallow District Council"
SUPPLIER = "Brightwater Community Leisure Limited"
REF = "GDC/LC/2026/03"
SORT, ACCOUNT = "40-72-18", "63150947"
IBAN = uk_iban("PENB", SORT, ACCOUNT)

META = {
    "id": "concession-leisure-greyhallow-2026",
    "title": "Leisure management concession, Greyhallow leisure facilities 2026-2036",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 14_860_000, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 19),
    "starts": dt.date(2026, 4, 1),
    "ends": dt.date(2036, 3, 31),
    "reference": REF,
    "public_names": ["Helena Marchbank", "Owain Pritchard-Lowe"],
    "documents": [{"file": "concession.docx", "title": "Leisure management concession"}],
}

PARTICULARS = (
    ("Concession reference", U(REF)),
    ("Authority", f"{U(BUYER)}, {U('Greyhallow House, Mill Race Road, Greyhallow, GQ2 4DN')}"),
    ("Operator", f"{U(SUPPLIER)}, a company limited by guarantee (company number "
                 f"{U('10448271')}) and registered society with charitable status (charity "
                 f"number {U('1179032')})"),
    ("Facilities", f"{U('Greyhallow Pool and Fitness Centre')}, {U('Kingsmead Sports Hall')} and "
                   f"{U('Fallowfield Community Pitches')}"),
    ("Commencement Date", "1st April 2026"),
    ("Initial Term", "Ten Contract Years, with an option for the Authority to extend by up to "
                     "five further Contract Years"),
    ("Estimated Concession Value", f"{U('£14,860,000')} over the Initial Term (the value of "
                                   "Operator income from the Facilities, for the purposes of "
                                   "the Concession Contracts Regulations 2016)"),
    ("Authority Representative", f"{U('Owain Pritchard-Lowe')}, "
                                 f"{U('Head of Leisure and Culture')}"),
    ("Operator Representative", f"{N('Kirsty Abernethy-Shaw')}, General Manager "
                                f"({N('k.abernethy-shaw@brightwater-leisure.example')})"),
    ("Liability cap", f"{U('£2,500,000')} per Contract Year (Condition 21.2)"),
)  # fmt: skip

PROFILE = (
    ("1", "2026/27", P("268,400"), "—"),
    ("2", "2027/28", P("191,750"), "—"),
    ("3", "2028/29", P("104,200"), "—"),
    ("4", "2029/30", "nil", "nil"),
    ("5", "2030/31", "—", P("41,900")),
    ("6–10", "2031/32 to 2035/36", "—", P("78,300")),
)  # fmt: skip

BUSINESS_PLAN = (
    (U("Total income"), F("2,236"), F("2,563")),
    (U("Operating surplus before fee"), F("(268)"), F("(104)")),
)  # fmt: skip

TUPE = (
    (N("BW-0114"), "Duty Manager", N("14.09.2009"), N("£31,204"), "37", N("LGPS")),
    (N("BW-0187"), "Senior Lifeguard", N("01.06.2015"), N("£24,118"), "37", N("LGPS")),
    (N("BW-0241"), "Receptionist", N("03.10.2019"), N("£21,390"), "30", N("NEST")),
)  # fmt: skip

BLOCKS = [
    Title("LEISURE MANAGEMENT CONCESSION AGREEMENT"),
    Subtitle(
        "Greyhallow Pool and Fitness Centre, Kingsmead Sports Hall and Fallowfield "
        "Community Pitches"
    ),
    Heading("Part A — Concession Particulars"),
    Para(
        "The Particulars below form part of this Agreement. Where a Particular conflicts with "
        "a Condition, the Particular prevails."
    ),
    Table(("Particular", "Entry"), PARTICULARS, (0.3, 0.7)),
    Heading("Part B — Conditions of Concession"),
    Heading("1. Interpretation", level=2),
    Definition(
        "Concession Payment",
        "means the sum payable by the Operator to the Authority "
        "in a Contract Year in which the Payment Profile shows a payment by the "
        "Operator.",
    ),
    Definition(
        "Management Fee",
        "means the sum payable by the Authority to the Operator in a "
        "Contract Year in which the Payment Profile shows a payment by the Authority.",
    ),
    Definition(
        "Utilities Baseline",
        "means the consumption of gas, electricity and water at the "
        "Facilities in the twelve months to 31 December 2025, as certified by the "
        "Authority's energy officer.",
    ),
    Heading("2. Grant of the concession", level=2),
    Clause(
        "2.1",
        "The Authority grants to the Operator the exclusive right to manage, operate "
        "and take the income from the Facilities for the Term, and the Operator accepts the "
        "operating risk of doing so, subject only to the risk-sharing mechanisms of "
        "Conditions 3.3.1 and 4.",
    ),
    Clause(
        "2.1.1",
        "The Operator shall open the Facilities to the public for not less than the "
        "Core Opening Hours and shall keep prices for the Concessionary Scheme within the "
        "Authority's Fees and Charges Policy.",
    ),
    Heading("3. Payment profile", level=2),
    Clause(
        "3.1",
        "The Management Fee and the Concession Payment for each Contract Year are set "
        "out below (amounts in pounds sterling, excluding VAT, at 2026/27 prices). The figure "
        "for Contract Years 6 to 10 is payable in each of those years.",
    ),
    Table(
        (
            "Contract Year",
            "Period",
            "Management Fee payable by the Authority (£)",
            "Concession Payment payable by the Operator (£)",
        ),
        PROFILE,
        (0.14, 0.26, 0.3, 0.3),
        right=(2, 3),
    ),
    Clause(
        "3.2",
        f"From Contract Year 2 the profile figures are indexed each 1 April by CPI, "
        f"provided that no annual increase shall exceed {P('3.25 %')} and the Management "
        "Fee shall not be indexed below zero.",
    ),
    Clause(
        "3.3",
        "The Management Fee is paid in twelve equal monthly instalments in advance; "
        "the Concession Payment is paid quarterly in arrears within 20 Business Days of each "
        "quarter end.",
    ),
    Clause(
        "3.3.1",
        f"Where the Operator's audited net surplus for a Contract Year exceeds "
        f"{P('£150,000')}, the excess shall be shared {P('fifty per cent (50%)')} to the "
        "Authority as a reinvestment contribution.",
    ),
    Heading("4. Utilities risk share", level=2),
    Clause(
        "4.1",
        "The Operator bears the consumption risk; the Authority and the Operator share "
        "the tariff risk as follows.",
    ),
    Clause(
        "4.1.1",
        f"Where the unit tariff paid exceeds the baseline tariff by up to 15%, the "
        f"Operator bears {P('70%')} and the Authority {P('30%')} of the additional cost.",
    ),
    Clause(
        "4.1.2",
        f"Where the excess is greater than 15%, the Authority bears "
        f"{P('two thirds (66.7%)')} of the additional cost above that point, up to a "
        f"maximum Authority contribution of {P('£85,000')} in any Contract Year.",
    ),
    Clause("4.1.3", f"Savings below the baseline tariff are retained {P('80 %')} by the Operator."),
    Heading("5. Payments", level=2),
    Clause(
        "5.1",
        f"The Authority shall pay the Management Fee to the Operator's account with "
        f"Penhallow Building Bank, sort code {B(SORT)}, account {B(ACCOUNT)} (IBAN "
        f"{B(grouped(IBAN))}).",
    ),
    Clause(
        "5.2",
        "The Operator shall pay any Concession Payment by BACS to the Authority's "
        "general income account, quoting the Concession reference.",
    ),
    Heading("6. Security and guarantee", level=2),
    Clause(
        "6.1",
        f"The Operator shall procure a performance bond in the sum of "
        f"{F('£420,000')} from a surety approved by the Authority, and a guarantee from its "
        f"parent, Brightwater Trust Holdings Limited, capped at {F('£1.2 million')}.",
    ),
    Clause(
        "6.2",
        f"At tender the Operator reported turnover of {F('£18.7m')} and net assets "
        f"of {F('£2,940,000')} for the year ended 31 March 2025. It shall notify the "
        "Authority if its unrestricted reserves fall below three months' operating costs.",
    ),
    Heading("7. Insurance", level=2),
    Clause(
        "7.1",
        f"The Operator shall insure public liability for "
        f"{U('not less than £10,000,000')} and employer's liability for "
        f"{U('not less than £5,000,000')}. Its current policies are combined liability "
        f"{I('SLU/CL/7720413')} and contents and business interruption "
        f" {I('PRP 88 1402 6')}, with a property excess of {I('£2,500')}.",
    ),
    Heading("8. Building systems", level=2),
    Clause(
        "8.1",
        f"The Authority retains administration of the building management system "
        f"server {S('GDC-BMS-KSH01')} at {S('10.42.18.7')}; the Operator's plant staff shall "
        f"use the account {S('bwl_plant_ops')} and the intruder alarm at the Pool shall be "
        f"set with the code {S('7319')} only by nominated key holders.",
    ),
    Heading("Schedule 4 — Operator's Business Plan (Commercially Confidential)"),
    Para(
        "Summary of the Operator's projected trading account for Contract Years 1 and 3, "
        "£000. These figures are commercially confidential to the Operator and are "
        "exempt information under section 43 of the Freedom of Information Act 2000."
    ),
    Table(("Line", "Year 1", "Year 3"), BUSINESS_PLAN, (0.5, 0.25, 0.25), right=(1, 2)),
    Para(
        C(
            "Our pricing strategy moves casual swimming to a dynamic peak and off-peak tariff "
            "in Year 1 and converts at least 1,100 casual users to a swim-and-gym direct debit "
            "by the end of Year 2, funded by a targeted campaign to residents within a "
            "fifteen-minute drive time of the Pool."
        )
    ),
    Para(
        C(
            "We will reduce the Pool's gas consumption by around a fifth by installing a "
            "variable-speed pump set and a pool cover in the first summer shutdown, financed "
            "from our own reserves and repaid from the utilities savings we retain under "
            "Condition 4.1.3."
        )
    ),
    Heading("Schedule 7 — Employees transferring to the Operator"),
    Para(
        f"The following employees of the outgoing provider are expected to transfer on the "
        f"Commencement Date. The Duty Manager, {N('Mr Craig Ellwood')}, holds the Pool "
        f"Plant Operator's Certificate and is on a protected salary until 2028."
    ),
    Table(
        ("Ref", "Role", "Continuous service from", "Salary", "Hours/wk", "Pension scheme"),
        TUPE,
        (0.12, 0.22, 0.18, 0.16, 0.12, 0.2),
    ),
    Signatures(
        "Executed as an agreement by the parties' authorised signatories.",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Name", U("Helena Marchbank")),
                    ("Position", U("Director of Communities")),
                    ("Date", "19th January 2026"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Name", N("Graham Tulloch")),
                    ("Position", "Chief Executive"),
                    ("Date", "16th January 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "concession.docx": DocumentSpec(
        title="Leisure management concession agreement",
        subject=f"Concession {REF}",
        header=f"{BUYER} — Leisure management concession — OFFICIAL",
        footer=f"Concession {REF}",
        created=dt.datetime(2026, 1, 19, 11, 0),
        blocks=BLOCKS,
    ),
}
