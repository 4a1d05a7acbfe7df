"""Identity verification service, Office of the Registrar of Trustees with Verilane (PDF)."""

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

from evalset.marks import B, C, F, I, N, P, S, U, uk_iban

TEMPLATE = "digital"
BUYER = "Office of the Registrar of Trustees"
SUPPLIER = "Verilane Identity Services Ltd"
REF = "ORT/IDV/26/003"
SORT, ACCOUNT = "30-94-62", "58102937"
IBAN = uk_iban("LDMB", SORT, ACCOUNT)

META = {
    "id": "digital-identity-verification-ort-2026",
    "title": "Identity verification service for trustee registration",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 735_000, "currency": "GBP"},
    "awarded": dt.date(2026, 5, 11),
    "starts": dt.date(2026, 6, 1),
    "ends": dt.date(2029, 5, 31),
    "reference": REF,
    "public_names": ["Rosalind Featherstone-Obi", "Gareth Penhallow"],
    "documents": [{"file": "contract.pdf", "title": "Identity Verification Services Contract"}],
}

CHECK_PRICES = (
    ("Low confidence (document and biometric match)", P("£1.35"), P("£1.38"), P("£1.42")),
    ("Medium confidence", P("£2.10"), P("£2.16"), P("£2.22")),
    ("High confidence (with chip read)", P("£3.85"), P("£3.95"), P("£4.05")),
    ("Manual review of a referred check", P("£6.40"), P("£6.60"), P("£6.80")),
)

TIERS = (
    ("Tier 1", "up to 50,000", "none"),
    ("Tier 2", "50,001 to 120,000", P("4.0%")),
    ("Tier 3", "120,001 to 200,000", P("7.5%")),
    ("Tier 4", "more than 200,000", P("11.0%")),
)

POLICIES = (
    ("Professional indemnity", "Oakhurst Specialty Insurance", I("OSI/PI/2026/118730"),
     U("£10,000,000"), I("£25,000")),
    ("Cyber and data liability", "Marlow Lane Underwriting", I("MLU-CYB-00482291"),
     U("£5,000,000"), I("£50,000")),
    ("Public liability", "Oakhurst Specialty Insurance", I("PL 0771 2093 46"),
     U("£5,000,000"), I("£1,000")),
    ("Employer's liability", "Thorncliffe Mutual", I("TM/EL/6620458"), U("£10,000,000"),
     "nil"),
)  # fmt: skip

BLOCKS = [
    Title("IDENTITY VERIFICATION SERVICES CONTRACT"),
    Subtitle("Order under the Buyer's digital services terms, version 2.2"),
    Para(f"Contract reference {U(REF)}", centred=True),
    Heading("A. Contract details"),
    Table(
        ("Particular", "Detail"),
        (
            ("Buyer", f"{U(BUYER)}, {U('Nettlebed House, 2 Chapel Walk, Kestering, KX3 9PB')}"),
            (
                "Supplier",
                f"{U(SUPPLIER)}, company number {U('08841176')}, a certified "
                "identity service provider",
            ),
            (
                "Service",
                f"Online identity checks for people applying to be entered on the "
                f"Register of Trustees, through the Supplier's {U('Verilane Check')} "
                "service",
            ),
            ("Term", "1 June 2026 to 31 May 2029"),
            (
                "Estimated contract value",
                f"{U('£735,000')} excluding VAT (about {U('£245,000')} a year)",
            ),
            ("Buyer's service owner", f"{U('Gareth Penhallow')}, {U('Head of Registration')}"),
            (
                "Supplier's account manager",
                f"{N('Imelda Corcoran-Watts')}, {N('imelda.cw@verilane.example')}",
            ),
            ("Liability cap", f"{U('£2,000,000')} for all claims in a Contract Year"),
        ),
        (0.3, 0.7),
    ),
    Heading("B. Definitions"),
    Definition(
        "Check",
        "means one attempt by one applicant to prove their identity, "
        "whatever its outcome, counted once even if the applicant retries within 24 "
        "hours.",
    ),
    Definition(
        "Level of Confidence",
        "means low, medium or high confidence in an identity "
        "as described in the government's good practice guide on identity proofing "
        "and verification.",
    ),
    Definition(
        "Referred Check",
        "means a Check that the automated service cannot decide and "
        "which the Supplier's trained staff review by hand.",
    ),
    Heading("C. Terms"),
    Clause("C.1", "The Service"),
    Clause(
        "C.1.1",
        "The Supplier shall verify applicants to the Level of Confidence the "
        "Buyer asks for in each request, return the result and a confidence score within "
        "ten seconds for automated Checks, and within four working hours for Referred "
        "Checks.",
        level=2,
    ),
    Clause(
        "C.1.2",
        "The Supplier shall keep images of identity documents and selfies for no "
        "more than 30 days, and results for the period in the data processing annex.",
        level=2,
    ),
    Clause("C.2", "Integration"),
    Clause(
        "C.2.1",
        f"The Buyer's registration service calls the Supplier's API with the "
        f"client identifier {S('ort-reg-prod-7781')}; results are posted to the webhook "
        f"{S('https://idv-callback.ort.internal/v1/results')}, which accepts traffic only "
        f"from {S('192.0.2.208/29')}.",
        level=2,
    ),
    Clause(
        "C.2.2",
        f"Monthly usage files are collected over SFTP from "
        f"{S('sftp.verilane.example')} by the account {S('ort_usage_recon')}, whose "
        f"initial password {S('Trellis_88_Quay')} shall be replaced by key-based login "
        "before go-live.",
        level=2,
    ),
    Clause("C.3", "Charges"),
    Clause(
        "C.3.1",
        "Each Check is charged at the price for its Level of Confidence in the "
        "table below for the Contract Year in which it is made:",
        level=2,
    ),
    Table(
        (
            "Level of Confidence",
            "Year 1 (£ per Check)",
            "Year 2 (£ per Check)",
            "Year 3 (£ per Check)",
        ),
        CHECK_PRICES,
        (0.4, 0.2, 0.2, 0.2),
        right=(1, 2, 3),
    ),
    Clause(
        "C.3.2",
        "Volume discount. When the number of Checks in a Contract Year passes the "
        "threshold of a tier, the discount for that tier applies to every further Check in "
        "that year:",
        level=2,
    ),
    Table(
        ("Tier", "Checks in the Contract Year", "Discount on list price"),
        TIERS,
        (0.2, 0.45, 0.35),
        right=(2,),
    ),
    Clause(
        "C.3.3",
        f"A set-up fee of {P('£18,500 (ex. VAT)')} is payable on go-live. The "
        f"Buyer shall pay a minimum monthly charge of {P('£ 6,000')}; where the Checks made "
        "in a month cost less, the minimum is invoiced instead.",
        level=2,
    ),
    Clause(
        "C.3.4",
        f"If fraud losses caused by a Check that the Supplier passed in breach of "
        f"its own procedure are proved, the Supplier shall refund the Check price and pay "
        f"a fixed sum of {P('1,250 pounds')} for each such case.",
        level=2,
    ),
    Clause("C.4", "Payment and bank details"),
    Clause(
        "C.4.1",
        f"Invoices are monthly in arrears, paid by BACS within 30 days to "
        f"Lindenmoor Bank plc, sort code {B(SORT)}, account {B(ACCOUNT)}, IBAN "
        f"{B(IBAN)}, SWIFT/BIC {B('LDMBGB21')}. Changes of bank details are accepted only "
        "by letter, confirmed by a call to the Supplier's finance office.",
        level=2,
    ),
    Clause("C.5", "Insurance"),
    Clause(
        "C.5.1",
        "The Supplier shall keep the following insurances, with cover of at least "
        "the amounts shown, throughout the Term and for six years after it:",
        level=2,
    ),
    Table(
        ("Type", "Insurer", "Policy no.", "Minimum cover", "Excess"),
        POLICIES,
        (0.22, 0.24, 0.22, 0.17, 0.15),
        right=(3, 4),
    ),
    Clause("C.6", "Financial standing"),
    Clause(
        "C.6.1",
        f"The Supplier confirmed at award a turnover of {F('£12.9 million')} and "
        f"net assets of {F('£3.4 million')}. Because it is owned by a private equity fund, "
        f"it has provided a performance bond of {F('£73,500')} from Lindenmoor Bank plc.",
        level=2,
    ),
    Heading("D. People"),
    Para(
        f"The Supplier's fraud and assurance lead, Dr {N('Tobiah Renwick-Sato')} "
        f"({N('07700 900346')}), reviews every Referred Check that the Buyer escalates. "
        f"Out of hours, escalations go to {N('Lorna Baptiste')} on {N('07700 900591')}. The "
        "Buyer's data protection officer and its Head of Registration are the Buyer's "
        f"contacts; the Buyer's general enquiries line is {U('020 7946 0718')}."
    ),
    Heading("E. Supplier's approach to fraud (Commercial in Confidence)"),
    Para(
        C(
            "Our anti-spoofing model is retrained every fortnight on attack samples shared "
            "under our consortium agreement with two high-street banks, and we run a red team "
            "exercise against the Buyer's journey before go-live and every six months."
        )
    ),
    Para(
        C(
            "Referred Checks for the Buyer will be handled by a ring-fenced team of six "
            "analysts in our Kestering office, so that trustee applicants are never reviewed "
            "offshore."
        )
    ),
    Signatures(
        "Signed for the Buyer and the Supplier on 11th May 2026:",
        (
            Signatory(
                f"For the {BUYER}",
                (
                    ("Signature", U("R. Featherstone-Obi")),
                    ("Name", U("Rosalind Featherstone-Obi")),
                    ("Title", U("Registrar and Chief Executive")),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signature", N("A. Lindqvist-Moore")),
                    ("Name", N("Anselm Lindqvist-Moore")),
                    ("Title", "Managing Director"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "contract.pdf": DocumentSpec(
        title="Identity Verification Services Contract",
        subject=f"Contract {REF}",
        header=f"{BUYER} — Identity Verification Services — OFFICIAL",
        footer=f"Contract {REF}",
        created=dt.datetime(2026, 5, 11, 16, 0),
        blocks=BLOCKS,
    ),
}
