"""Home care call-off under a dynamic purchasing system, Ashwick Vale County Council (DOCX)."""

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

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "socialcare"
BUYER = "Ashwick Vale County Council"
SUPPLIER = "Brightwater Domiciliary Care Ltd"
REF = "AVCC/DPS/HC/2026/0412"
SORT, ACCOUNT = "40-17-62", "93015527"
IBAN = uk_iban("PLNB", SORT, ACCOUNT)

META = {
    "id": "socialcare-homecare-calloff-2026",
    "title": "Home care call-off, Lower Ashwick and Dunmere zones, Care and Support DPS",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_284_600, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 16),
    "starts": dt.date(2026, 2, 2),
    "ends": dt.date(2028, 2, 1),
    "reference": REF,
    "public_names": ["Helena Marchbank", "Dominic Ferrars"],
    "documents": [{"file": "call-off.docx", "title": "Call-off contract (home care)"}],
}

PARTICULARS = (
    ("Call-Off reference", U(REF)),
    ("Dynamic Purchasing System", "Ashwick Vale Care and Support DPS, Category 1 (Home Care)"),
    ("Council", f"{U(BUYER)}, {U('County Hall, Mercer Street, Ashwick, AV1 4QZ')}"),
    ("Provider", f"{U(SUPPLIER)} (company no. {U('09914372')})"),
    ("Service Zones", f"{U('Lower Ashwick')}, {U('Dunmere')} and {U('Coldharbour Fringe')}"),
    ("Call-Off Start Date", "2 February 2026"),
    ("Call-Off Expiry Date", "1 February 2028 (extendable by 12 months under Option C)"),
    ("Estimated Call-Off Value", f"{U('£1,284,600')} over the Initial Term"),
    ("Guaranteed minimum", "None; hours are commissioned package by package"),
    ("Council Authorised Officer", f"{U('Dominic Ferrars')}, {U('Head of Care Commissioning')}"),
)  # fmt: skip

RATES = (
    ("Zone A — Lower Ashwick (urban)", P("£24.36"), P("£26.80"), P("£28.14"), P("£36.54")),
    ("Zone B — Dunmere (market town)", P("£25.02"), P("£27.45"), P("£28.90"), P("£37.53")),
    ("Zone C — Coldharbour Fringe (rural)", P("£26.88"), P("£29.31"), P("£30.72"), P("£40.32")),
)  # fmt: skip

CLIENTS = (
    (N("Mrs Ivy Threlfall"), N("4 Pinfold Cottages, Dunmere, AV7 2JD"), S("3918"),
     "Left of the back door, behind the water butt"),
    (N("Mr Cyril Okafor-Lane"), N("Flat 11, Kestrel Court, Lower Ashwick, AV2 8NS"),
     S("C-0427"), "Communal entrance; fob held in key safe"),
    (N("Ms Beatrice Rowntree"), N("Holly Barn, Fen Lane, Coldharbour, AV9 5TE"), S("7461X"),
     "On the garage wall, reset after every visit"),
)  # fmt: skip

BLOCKS = [
    Title("CALL-OFF CONTRACT"),
    Subtitle("Ashwick Vale Care and Support Dynamic Purchasing System — Home Care"),
    Para(
        "This Call-Off Contract is entered into under the DPS Agreement. It incorporates the "
        "DPS Call-Off Terms (version 3.2), the Home Care Service Specification and the "
        "Provider's accepted response to the Council's mini-competition. If they conflict, "
        "Part A below prevails, then the Call-Off Terms, then the Specification."
    ),
    Heading("Part A — Call-Off Particulars"),
    Table(("Particular", "Entry"), PARTICULARS, (0.34, 0.66)),
    Heading("Part B — Call-Off Terms"),
    Heading("1. Interpretation", level=2),
    Definition(
        "Package",
        "means the home care commissioned for one Service User by a Service Order issued "
        "through the Council's brokerage team, stating the visits, their length and times.",
    ),
    Definition(
        "Time Band",
        "means one of the periods set out in Schedule 1 (weekday day, weekday "
        "evening, weekend and bank holiday) by which the Hourly Rate is set.",
    ),
    Definition(
        "ECM System",
        "means the electronic call monitoring application nominated by the "
        "Council, through which each visit is logged in and out at the Service User's home.",
    ),
    Heading("2. Commissioning of Packages", level=2),
    Clause(
        "2.1",
        "The Council will offer Packages in the Service Zones to the Provider in the order "
        "set by the DPS ranking. The Provider will confirm acceptance or decline within four "
        "working hours of the offer and will start an accepted Package within 48 hours.",
    ),
    Clause(
        "2.2",
        "The Provider shall not hand back a Package except on 14 days' notice to the "
        "brokerage team, giving reasons, and shall cooperate in the transfer of the Service "
        "User's care to another provider.",
    ),
    Heading("3. Charges", level=2),
    Clause(
        "3.1",
        "The Council shall pay for each visit delivered at the Hourly Rate for the Zone and "
        "Time Band in Schedule 1, pro rata in five-minute increments from the ECM System "
        "log-in, subject to a minimum charge of 30 minutes for visits commissioned at 30 "
        "minutes or longer.",
    ),
    Clause(
        "3.2",
        "Travel time is built into the Hourly Rates. In Zone C only, the Provider may also "
        f"claim mileage between consecutive visits of more than five miles at "
        f"{P('32p')} a mile, evidenced by the ECM System's journey record.",
    ),
    Clause(
        "3.3",
        "Annual review (Option B). The Hourly Rates shall be reviewed with effect from each "
        "first Monday in April. The uplift will reflect the increase in the National Living "
        f"Wage and CPIH, but shall not in any year exceed {P('4.75 %')} without the approval "
        "of the Council's Commissioning Board.",
    ),
    Clause(
        "3.4",
        "Where a visit is missed without good reason, the Council will not pay for it and "
        f"the Provider will credit a further {P('£18.50')} against the next invoice for each "
        "missed visit, in recognition of the Council's cost of follow-up.",
    ),
    Clause(
        "3.5",
        f"The Council's estimated annual spend under this Call-Off is {U('£642,300')}; this "
        "is an estimate only and not a commitment.",
    ),
    Heading("4. Liability and insurance", level=2),
    Clause(
        "4.1",
        f"The Provider's total liability for any Contract Year is limited to "
        f"{U('£2,500,000')}, save for death or personal injury caused by negligence and "
        "for losses arising from a breach of data protection legislation.",
    ),
    Clause(
        "4.2",
        f"The Provider shall hold employer's liability cover of not less than "
        f"{U('£10,000,000')} and public liability cover of not less than "
        f"{U('£5,000,000')} any one occurrence. Its current insurer is Greythorn "
        f"Underwriting, combined liability policy {I('GTU/CL/0088413/26')}, with abuse "
        f"cover under endorsement {I('E-1147-AB')} and an excess of {I('£500')} each claim.",
    ),
    Heading("5. Provider's people", level=2),
    Clause(
        "5.1",
        f"The registered manager for the Provider's Ashwick branch is "
        f"{N('Mrs Odette Pilkington')}, who may be contacted at "
        f"{N('odette.pilkington@brightwater-care.example')}. The Provider shall tell the "
        "Council within five working days if she ceases to be the registered manager.",
    ),
    Clause(
        "5.2",
        "Out of office hours the Provider's on-call coordinator can be reached on the "
        f"on-call mobile, {N('07700 900731')}; the on-call rota is held by the care "
        f"coordinator {N('Jamal Esterhuizen')}.",
    ),
    Clause(
        "5.3",
        "The Provider's staff log visits in the ECM System under the Provider's tenant "
        f"account {S('bwdc-avcc-ecm01')}; the integration to the Council's case system "
        f"uses the service user name {S('svc_ecm_brightwater')}.",
    ),
    Heading("6. Financial standing", level=2),
    Clause(
        "6.1",
        f"At admission to the DPS the Provider declared turnover of {F('£3,870,000')} for "
        f"the year ended 31 March 2025 and a credit score of {F('71 out of 100')}. The "
        "Provider shall tell the Council at once of any event that might affect its ability "
        "to deliver the Packages.",
    ),
    Heading("7. Payment", level=2),
    Clause(
        "7.1",
        "The Council pays four-weekly in arrears on the basis of the ECM System data. "
        f"Payment is made by BACS to sort code {B(SORT)}, account {B(ACCOUNT)}, held with "
        f"Pellinore National Bank (IBAN {B(grouped(IBAN))}).",
    ),
    Clause(
        "7.2",
        f"Queries on payments go to the Council's Care Finance team through the switchboard "
        f"on {U('01632 960000')}.",
    ),
    Heading("Schedule 1 — Hourly Rates (£ per hour, ex. VAT; care is VAT exempt)"),
    Table(
        (
            "Zone",
            "Weekday day 07:00-19:00",
            "Weekday evening 19:00-22:00",
            "Weekend",
            "Bank holiday",
        ),
        RATES,
        (0.32, 0.17, 0.19, 0.15, 0.17),
        right=(1, 2, 3, 4),
    ),
    Heading("Schedule 2 — Service Users with key safes (OFFICIAL-SENSITIVE: PERSONAL)"),
    Para(
        "The following Service Users have agreed to the use of a key safe. Codes are to be "
        "shared with care workers on the visit rota only, and changed on any change of rota."
    ),
    Table(
        ("Service User", "Address", "Key safe code", "Location of key safe"),
        CLIENTS,
        (0.22, 0.32, 0.14, 0.32),
    ),
    Signatures(
        "Signed for and on behalf of the parties:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("H. Marchbank")),
                    ("Name", U("Helena Marchbank")),
                    ("Position", U("Assistant Director, Commissioning and Market Shaping")),
                    ("Date", "16 January 2026"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("G. Asante")),
                    ("Name", N("Gideon Asante")),
                    ("Position", "Managing Director"),
                    ("Date", "14 January 2026"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "call-off.docx": DocumentSpec(
        title="Home care call-off contract",
        subject=f"Call-off {REF}",
        header=f"{BUYER} — Care and Support DPS — OFFICIAL-SENSITIVE",
        footer=f"Call-off {REF}",
        created=dt.datetime(2026, 1, 16, 11, 30),
        blocks=BLOCKS,
    ),
}
