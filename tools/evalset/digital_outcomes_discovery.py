"""Digital outcomes call-off for a discovery and alpha, Rural Payments and Grants Agency (PDF)."""

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

from evalset.marks import B, C, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "digital"
BUYER = "Rural Payments and Grants Agency"
SUPPLIER = "Fathom & Lark Digital Ltd"
REF = "RPGA-DO-2026-0412"
SORT, ACCOUNT = "40-17-93", "31852076"
IBAN = uk_iban("HRWB", SORT, ACCOUNT)

META = {
    "id": "digital-outcomes-discovery-grants-2026",
    "title": "Discovery and alpha for the farm woodland grant application service",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 486_500, "currency": "GBP"},
    "awarded": dt.date(2026, 1, 14),
    "starts": dt.date(2026, 2, 2),
    "ends": dt.date(2026, 9, 30),
    "reference": REF,
    "public_names": ["Harriet Oyelaran", "Callum Brinsworth"],
    "documents": [{"file": "order-form.pdf", "title": "Order Form and Statement of Work 1"}],
}

RATES = (
    ("Delivery manager", "DLMG", "5", P("£725"), P("£690"), "38", P("£26,220")),
    ("Service designer", "HCEV", "5", P("£760"), P("£760"), "40", P("£30,400")),
    ("Technical architect", "ARCH", "6", P("£910"), P("£880"), "34", P("£29,920")),
    ("Software developer", "PROG", "4", "n/a", P("£655"), "120", P("£78,600")),
)  # fmt: skip

TEAM = (
    (N("Priya Vandermolen"), "Delivery manager", N("priya.v@fathomlark.example"), "SC"),
    (N("Tomasz Greaves"), "Lead service designer", N("t.greaves@fathomlark.example"), "BPSS"),
    (N("Ngozi Abernethy-Cole"), "User researcher", N("ngozi.ac@fathomlark.example"), "BPSS"),
    (N("Ewan Tulliver"), "Technical architect", N("ewan.tulliver@fathomlark.example"), "SC"),
)

BLOCKS = [
    Title("DIGITAL OUTCOMES ORDER FORM"),
    Subtitle("Call-Off under the Digital Outcomes and Specialists arrangement, Lot 1"),
    Para(f"Order reference {U(REF)} · Statement of Work 1: Discovery and Alpha", centred=True),
    Heading("Section 1 — Order details"),
    Table(
        ("Item", "Entry"),
        (
            (
                "Buyer",
                f"{U(BUYER)}, an executive agency of the Department for Rural Affairs, "
                f"{U('Foxhollow House, 9 Tannery Lane, Wendlesham, WQ4 2LD')}",
            ),
            ("Supplier", f"{U(SUPPLIER)} (registered in England, company no. {U('11938402')})"),
            (
                "Buyer's Authorised Representative",
                f"{U('Callum Brinsworth')}, {U('Service Owner, Woodland Grants')}",
            ),
            (
                "Supplier's Authorised Representative",
                f"{N('Priya Vandermolen')}, Delivery Director, {N('07700 900418')}",
            ),
            ("Call-Off Start Date", "2nd February 2026"),
            ("Call-Off Expiry Date", "30th September 2026, unless ended earlier under clause 9"),
            ("Charging method", "Capped Time and Materials"),
            ("Capped amount (this Statement of Work)", f"{U('£486,500')} excluding VAT"),
            (
                "Limit of the Supplier's liability",
                f"{U('£1,000,000')} in aggregate, or {U('150%')} of the Charges if higher",
            ),
            ("Buyer enquiries", f"{U('0113 496 0270')} (Agency switchboard)"),
        ),
        (0.34, 0.66),
    ),
    Heading("Section 2 — Statement of Work 1"),
    Clause(
        "2.1",
        "Background. Farmers and land managers applying for the Farm Woodland "
        "Creation Grant currently complete a 38-page PDF and post maps to the Agency. About "
        "a third of applications are returned as incomplete. The Buyer wants to understand "
        "why, and to test whether an online service can halve the return rate.",
    ),
    Clause("2.2", "Outcomes. By the end of this Statement of Work the Buyer will have:"),
    Clause(
        "(a)",
        "a discovery report describing user needs of applicants, agents and the "
        "Agency's grant officers, with a recommendation to proceed or stop;",
        level=2,
    ),
    Clause(
        "(b)",
        "an alpha of the application journey, including the mapping step, tested in "
        "at least five rounds of research, and a working prototype ready for a service "
        "assessment against the Service Standard;",
        level=2,
    ),
    Clause(
        "(c)",
        "a proposed technical architecture for beta, using the Agency's hosting on "
        "the Crown Hosting platform and the GOV.UK Design System.",
        level=2,
    ),
    Clause(
        "2.3",
        "Phases. Discovery runs for 8 weeks from the Call-Off Start Date; alpha "
        "runs for up to 14 weeks after the Buyer's go/no-go decision. The Buyer may end this "
        "Statement of Work at the go/no-go point without paying any termination sum.",
    ),
    Heading("Section 3 — Charges"),
    Clause(
        "3.1",
        "The Supplier shall charge for time actually worked, at the day rates below "
        "(a day is 7.5 hours; no overtime or weekend premium applies). SFIA skill codes and "
        "levels are those of SFIA 8.",
    ),
    Table(
        (
            "Role",
            "SFIA skill",
            "Level",
            "Discovery rate",
            "Alpha rate",
            "Est. days",
            "Estimate (£)",
        ),
        RATES,
        (0.22, 0.11, 0.08, 0.15, 0.14, 0.12, 0.18),
        right=(3, 4, 5, 6),
    ),
    Clause(
        "3.2",
        f"The total charged under this Statement of Work shall not exceed the capped "
        f"amount of {U('£486,500')}. The Supplier bears the cost of any work above the cap. "
        f"Within the cap, {P('£212,550')} is allocated to discovery and the balance to alpha.",
    ),
    Clause(
        "3.3",
        f"Expenses for travel to the Buyer's offices outside London are payable at "
        f"cost up to {P('GBP 4,500.00')} in total; travel to Foxhollow House is not "
        "chargeable.",
    ),
    Clause(
        "3.4",
        f"If the alpha passes its service assessment at the first attempt, the "
        f"Buyer will pay a one-off success payment of {P('£12.5k')}; if the Supplier "
        f"reports a forecast overrun of more than {P('7.5 %')} of the cap less than two "
        f"weeks before it occurs, the Buyer may withhold {P('two per cent (2%)')} of the "
        "next invoice.",
    ),
    Clause(
        "3.5",
        f"Invoices are submitted monthly in arrears with timesheets to "
        f"{U('ap.invoices@rpga.gov.uk')} and paid within 30 days into the Supplier's account "
        f"with Harrowgate Bank plc, sort code {B(SORT)}, account {B(ACCOUNT)} "
        f"(IBAN {B(grouped(IBAN))}, BIC {B('HRWBGB2L')}).",
    ),
    Heading("Section 4 — Team"),
    Clause(
        "4.1",
        "The Supplier shall provide the following named people as Key Staff and "
        "shall not replace them without the Buyer's consent, not to be unreasonably "
        "withheld:",
    ),
    Table(("Name", "Role", "Email", "Clearance"), TEAM, (0.26, 0.24, 0.36, 0.14)),
    Clause(
        "4.2",
        f"Mr {N('Ewan Tulliver')} may be replaced after discovery by Ms "
        f"{N('Adaeze Kimberley')}, whose CV was "
        "submitted with the Supplier's proposal. The Buyer's product manager is "
        f"{U('Harriet Oyelaran')}, {U('Head of Digital Delivery')}.",
    ),
    Heading("Section 5 — Tools, code and accounts"),
    Clause(
        "5.1",
        "All code is written in the open unless the Buyer agrees otherwise, under "
        "the MIT licence, in the Buyer's code hosting organisation. The Supplier shall not "
        "keep copies of the Buyer's code in its own accounts.",
    ),
    Clause(
        "5.2",
        f"For the alpha the Buyer will provide a private repository at "
        f"{S('git.rpga.internal/woodland/fwcg-alpha')} and a build runner "
        f"{S('ci-runner-03.rpga.internal')} ({S('10.44.18.23')}). Pipelines run under the "
        f"service account {S('svc-ci-fwcg')}; deployments to the prototype environment use "
        f"the deploy key with fingerprint {S('SHA256:q8V3nTf0bXkP2LrY7wz1MhcA')}.",
    ),
    Clause(
        "5.3",
        f"Supplier staff join the Agency's Slack workspace as guests and reach the "
        f"prototype only through the VPN gateway {S('vpn-guest.rpga.internal')}. The "
        f"temporary password for the shared research account {S('ur-fwcg-panel')} is "
        f"{S('Copse!Hedge4419')} and shall be changed when the first session is booked.",
    ),
    Clause(
        "5.4",
        f"Prototype kit version {U('v13.2.0')} of the {U('GOV.UK Prototype Kit')} "
        "shall be used; the Supplier shall not add analytics cookies.",
    ),
    Heading("Section 6 — Insurance"),
    Clause(
        "6.1",
        f"The Supplier shall hold professional indemnity insurance of "
        f"{U('not less than £2,000,000')} for each claim and employer's liability insurance "
        f"of {U('not less than £5,000,000')}. Its current policies are "
        f"{I('FLD/PI/0088314')} (professional indemnity, excess {I('£10,000')}) and "
        f"{I('EL 7720 4419 03')}.",
    ),
    Heading("Section 7 — Supplier's proposal extract (Commercial in Confidence)"),
    Para(
        C(
            "We will run discovery with two parallel research strands: one with applicants and "
            "land agents in the three regions with the highest return rates, and one inside the "
            "Agency with grant officers who handle returned forms. We will recruit 30 "
            "participants through our own panel at no cost to the Agency."
        )
    ),
    Para(
        C(
            "In alpha we will test two competing mapping approaches, drawing on the Rural "
            "Payments land parcel service rather than building our own map, and we will "
            "discount our alpha rates by a further five per cent if the Agency confirms the "
            "go/no-go within three working days."
        )
    ),
    Definition(
        "Key Staff",
        "means the individuals named in Section 4 and any replacement agreed by the Buyer.",
    ),
    Definition(
        "Capped Time and Materials",
        "means payment for time worked at the agreed day "
        "rates up to a maximum total beyond which the Supplier is not paid.",
    ),
    Signatures(
        "Signed for the Buyer and the Supplier:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signature", U("H. Oyelaran")),
                    ("Name", U("Harriet Oyelaran")),
                    ("Role", U("Head of Digital Delivery")),
                    ("Date", "14.01.26"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("R. Fennimore")),
                    ("Name", N("Rowan Fennimore")),
                    ("Role", "Managing Director"),
                    ("Date", "13.01.26"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "order-form.pdf": DocumentSpec(
        title="Digital outcomes order form: farm woodland grant discovery and alpha",
        subject=f"Order {REF}",
        header=f"{BUYER} — Digital Outcomes Order Form — OFFICIAL",
        footer=f"Order {REF}",
        created=dt.datetime(2026, 1, 14, 10, 30),
        blocks=BLOCKS,
    ),
}
