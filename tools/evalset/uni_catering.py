"""Catering management contract, Ravelston Conservatoire of Music and Drama with Hearthstone
Hospitality Management Ltd: management fee, commission on sales and the TUPE list (PDF and
DOCX)."""

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

TEMPLATE = "university"
BUYER = "Ravelston Conservatoire of Music and Drama"
SUPPLIER = "Hearthstone Hospitality Management Ltd"
REF = "RCMD/EST/CAT/2026/01"
SORT, ACCOUNT = "23-58-04", "44180927"
IBAN = uk_iban("KNGB", SORT, ACCOUNT)

META = {
    "id": "uni-catering-management-ravelston-2026",
    "title": "Catering management services for the Conservatoire's refectory, cafés and bars",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 3_450_000, "currency": "GBP"},
    "awarded": dt.date(2026, 5, 22),
    "starts": dt.date(2026, 8, 1),
    "ends": dt.date(2031, 7, 31),
    "reference": REF,
    "public_names": ["Anjali Fairbrother", "Dr Euan Macintyre"],
    "documents": [
        {"file": "catering-contract.pdf", "title": "Contract for catering management services"},
        {"file": "schedule-6-tupe.docx", "title": "Schedule 6: employee liability information"},
    ],
}

OUTLETS = (
    (U("The Refectory, Linden Hall"), "Mon–Fri 08:00–19:00, term", "Hot meals, grab and go"),
    (U("Stage Door Café"), "Mon–Sat 09:00–22:00", "Coffee, snacks, pre-show"),
    (U("The Green Room Bar"), "Performance evenings", "Licensed bar"),
    ("Hospitality and events", "As ordered", "Conservatoire functions, concerts"),
)  # fmt: skip

COMMISSION = (
    ("Retail food and drink (Refectory and Café)", P("11.5%"), P("13.0%"),
     "net sales above £420,000"),
    ("Bar sales", P("14 %"), P("16 %"), "net sales above £95,000"),
    ("External lettings and event catering", P("6.75%"), P("8.25%"), "any level"),
)  # fmt: skip

BLOCKS = [
    Title("CONTRACT FOR CATERING MANAGEMENT SERVICES"),
    Subtitle(BUYER),
    Heading("Contract Schedule"),
    Table(
        ("Term", "Meaning in this Contract"),
        (
            ("Contract Reference", U(REF)),
            (
                "The Conservatoire",
                f"{U(BUYER)}, an exempt charity, of {U('1 Chapel Wynd, Ravelston, RV1 3DQ')}",
            ),
            ("The Caterer", f"{U(SUPPLIER)}, registered in England under number {U('06215573')}"),
            ("Commencement Date", "1 August 2026"),
            ("Initial Term", "five years, to 31 July 2031"),
            (
                "Estimated Contract Value",
                f"{U('£3,450,000')} over the Initial Term (about "
                f"{U('£690,000')} a year of recharged costs, fees and commission)",
            ),
            (
                "Contract Manager (Conservatoire)",
                f"{U('Anjali Fairbrother')}, {U('Head of Estates and Campus Services')}",
            ),
            ("Contract Manager (Caterer)", f"{N('Ross Delacourt-Byrne')}, Area Director"),
        ),
        (0.3, 0.7),
    ),
    Heading("Conditions of Contract"),
    Heading("1 Definitions", level=2),
    Definition(
        "Catering Account",
        "means the monthly statement of income, Direct Costs, the Management Fee and "
        "commission prepared by the Caterer under condition 6.",
    ),
    Definition(
        "Direct Costs",
        "means the costs the Caterer properly incurs in providing the Services, namely food "
        "and beverage purchases, wages of the Catering Staff with employer's on-costs, "
        "cleaning materials, small equipment and licences, each net of any rebate.",
    ),
    Definition(
        "Net Sales",
        "means cash, card and campus card takings from the Outlets, excluding VAT and "
        "service charges.",
    ),
    Heading("2 The Services", level=2),
    Clause(
        "2.1",
        "The Caterer shall manage the Conservatoire's catering operation in the Outlets "
        "below, using the Conservatoire's kitchens, equipment and staff, in line with the "
        "Specification in Schedule 2.",
    ),
    Table(("Outlet", "Opening", "Offer"), OUTLETS, (0.36, 0.32, 0.32)),
    Clause(
        "2.2",
        "The Caterer shall hold a food hygiene rating of 5 at each Outlet and shall keep "
        "allergen information for every dish available at the point of sale in accordance "
        "with the Food Information Regulations 2014.",
    ),
    Heading("3 Management Fee", level=2),
    Clause(
        "3.1",
        f"The Conservatoire shall pay the Caterer a fixed Management Fee of "
        f"{P('£48,500 per annum')}, payable monthly in arrears, which covers the Caterer's "
        "head office support, systems, menu development and profit.",
    ),
    Clause(
        "3.2",
        f"The Caterer may add an overhead of {P('4.5 per cent')} to the wages element of the "
        "Direct Costs for payroll and HR administration and shall make no other charge.",
    ),
    Clause(
        "3.3",
        "From 1 August 2027 the Management Fee shall be adjusted each year by CPI for the "
        f"previous April, capped at {P('3 %')}.",
    ),
    Heading("4 Commission on sales", level=2),
    Clause(
        "4.1",
        "The Caterer shall credit the Conservatoire with commission on Net Sales at the "
        "following rates, the higher rate applying to sales above the threshold in each "
        "Contract Year:",
    ),
    Table(
        ("Sales stream", "Base rate", "Rate above threshold", "Threshold"),
        COMMISSION,
        (0.4, 0.16, 0.2, 0.24),
        right=(1, 2),
    ),
    Heading("5 Budget guarantee", level=2),
    Clause(
        "5.1",
        f"The Caterer guarantees that the net cost of the Services to the Conservatoire in "
        f"each Contract Year will not exceed {P('£1.25k')} a week during term and "
        f"{P('£86,000')} for the year as a whole. The Caterer shall pay any excess to the "
        "Conservatoire within 60 days of the year end.",
    ),
    Clause(
        "5.2",
        "Hospitality ordered by the Conservatoire is charged at the tariff in Schedule 3, for "
        f"example {P('£9.80 per head')} for a working lunch.",
    ),
    Heading("6 Accounts, audit and payment", level=2),
    Clause(
        "6.1",
        "The Caterer shall submit the Catering Account by the tenth working day of each "
        "month. The balance due either way is paid within 30 days.",
    ),
    Clause(
        "6.2",
        f"Sums due to the Caterer are paid to {SUPPLIER}, Kingsgate Bank plc, sort code "
        f"{B(SORT)}, account {B(ACCOUNT)} (IBAN {B(grouped(IBAN))}).",
    ),
    Clause(
        "6.3",
        "The Conservatoire may audit the Direct Costs and supplier rebates for the current "
        "and two previous Contract Years on ten working days' notice.",
    ),
    Heading("7 Systems and premises security", level=2),
    Clause(
        "7.1",
        f"Tills in all Outlets run {U('TillPoint EPOS 8')} and report to the back-office "
        f"server {S('RCMD-EPOS-SRV1')} on the Conservatoire's catering VLAN "
        f"({S('10.61.30.0/26')}). The Caterer's managers sign in with individual accounts; "
        f"the supervisor void and refund PIN on each till is {S('2718')} and shall be "
        "changed whenever a supervisor leaves.",
    ),
    Clause(
        "7.2",
        f"The Linden Hall kitchen intruder alarm is set and unset with the code "
        f"{S('6093')}; keys to the cash office are held in the key safe at the Stage Door, "
        f"code {S('C-4471')}.",
    ),
    Heading("8 Staff", level=2),
    Clause(
        "8.1",
        "The Conservatoire's catering employees listed in Schedule 6 remain employed by the "
        "Conservatoire and are managed day to day by the Caterer's Catering Manager; the "
        "parties acknowledge that the Transfer of Undertakings (Protection of Employment) "
        "Regulations 2006 will apply on expiry if the Services pass to a new contractor.",
    ),
    Clause(
        "8.2",
        f"The Caterer's Catering Manager on site is {N('Ms Tamsin Achebe')}, mobile "
        f"{N('07700 900293')}.",
    ),
    Heading("9 Insurance, liability and guarantee", level=2),
    Clause(
        "9.1",
        f"The Caterer shall maintain public and products liability insurance of not less "
        f"than {U('£10 million')} per claim and employer's liability of not less than "
        f"{U('£5 million')}.",
    ),
    Clause(
        "9.1.1",
        f"Policy numbers at the Commencement Date: combined liability "
        f"{I('HHM-CL-0048812')}; stock and money {I('SM/4471/260')}.",
        level=2,
    ),
    Clause(
        "9.2",
        f"Each party's liability for loss under this Contract is capped at "
        f"{U('£2,000,000')} in aggregate.",
    ),
    Clause(
        "9.3",
        f"The Caterer's parent, Hearthstone Group plc, guarantees its obligations to a "
        f"maximum of {F('£350,000')}. The Group's turnover for 2025 was "
        f"{F('£214.7 million')}.",
    ),
    Heading("Schedule 4 — Caterer's Tender Submission (Commercial in Confidence)"),
    Para(
        C(
            "We will move the Refectory to a single-counter 'market' layout over the 2026 "
            "summer closure, funded by our capital contribution, which our modelling shows "
            "will cut queue times at the 12:30 peak by half and lift average spend by 40p."
        )
    ),
    Para(
        C(
            "Food will be bought through our group purchasing agreements, with our buying "
            "team targeting a 61 per cent gross margin on retail lines while keeping a "
            "two-pound 'student plate' at the Refectory every weekday."
        )
    ),
    Signatures(
        "Executed as a contract by the parties' authorised signatories.",
        (
            Signatory(
                f"On behalf of {BUYER}",
                (
                    ("Name", U("Dr Euan Macintyre")),
                    ("Role", U("Secretary and Chief Operating Officer")),
                    ("Date", "22nd May 2026"),
                ),
            ),
            Signatory(
                f"On behalf of {SUPPLIER}",
                (
                    ("Name", N("Ross Delacourt-Byrne")),
                    ("Role", "Area Director"),
                    ("Date", "20th May 2026"),
                ),
            ),
        ),
    ),
]

TUPE = (
    (N("RC-0147"), U("Head Chef"), N("04/09/2009"), N("11/03/1974"), N("37.5"),
     N("£33,412 p.a."), N("CRPS, member")),
    (N("RC-0212"), U("Catering Supervisor"), N("17/01/2016"), N("29/08/1988"), N("37.5"),
     N("£26,180 p.a."), N("Auto-enrolled, opted out")),
)  # fmt: skip

TUPE_BLOCKS = [
    Title("SCHEDULE 6"),
    Subtitle("Employee liability information: Conservatoire catering staff"),
    Para(
        f"Contract {U(REF)} between {U(BUYER)} and {U(SUPPLIER)}. This Schedule contains "
        "personal data and is shared only with the Caterer's HR team and bidders under a "
        "confidentiality undertaking at re-tender."
    ),
    Heading("1. Staff assigned to the catering service"),
    Para(
        "Information as at 31 March 2026. Hours are contracted hours per week; pay is basic "
        "pay excluding overtime and unsocial hours enhancements. The third established post, "
        "Catering Assistant (term-time, 22.5 hours), has been vacant since January 2026 and "
        "is covered by agency staff."
    ),
    Table(
        (
            "Ref",
            "Post",
            "Continuous service from",
            "Date of birth",
            "Hours",
            "Basic pay",
            "Pension",
        ),
        TUPE,
        (0.1, 0.17, 0.14, 0.13, 0.08, 0.17, 0.21),
    ),
    Heading("2. Other information about the staff"),
    Para(
        f"The Head Chef (ref. RC-0147), {N('Dariusz Kowalczyk')}, has been on a phased "
        f"return from sickness absence since {N('3rd February 2026')} and currently works "
        "three days a week; an occupational health review is due in June."
    ),
    Para(
        f"{N('Leanne Oduwole')} (RC-0212) has a live grievance concerning rota allocation, "
        "lodged on 2026-02-19 and awaiting a stage 2 hearing. There are no other grievances, "
        "disciplinary proceedings or tribunal claims in the last two years."
    ),
    Para(
        f"Casual bar staff are engaged through the Conservatoire's student staffing pool at "
        f"not less than {U('£12.21')} an hour, the National Living Wage from 1 April 2025, "
        "and are not assigned to the service."
    ),
    Heading("3. Collective agreements"),
    Para(
        "Pay follows the Conservatoire's single pay spine, negotiated nationally with the "
        "recognised unions. No local collective agreement applies."
    ),
]

DOCUMENTS = {
    "catering-contract.pdf": DocumentSpec(
        title="Contract for catering management services",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Catering Management Contract",
        footer=f"{REF}",
        created=dt.datetime(2026, 5, 22, 14, 0),
        blocks=BLOCKS,
    ),
    "schedule-6-tupe.docx": DocumentSpec(
        title="Schedule 6 employee liability information",
        subject=f"Contract {REF} — TUPE",
        header=f"{BUYER} — Schedule 6 — Personal data",
        footer=f"{REF} Schedule 6",
        created=dt.datetime(2026, 5, 22, 14, 5),
        blocks=TUPE_BLOCKS,
    ),
}
