"""Independent fostering agency placement agreement, Kingsreach Borough Council (PDF)."""

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

TEMPLATE = "socialcare"
BUYER = "Kingsreach Borough Council"
SUPPLIER = "Evergreen Foster Families Ltd"
REF = "KBC-CS-IFA-2026-117"
FRAMEWORK = "Northern Shires Fostering Framework 2024-2028"
SORT, ACCOUNT = "72-40-05", "30918846"
IBAN = uk_iban("ELMS", SORT, ACCOUNT)

META = {
    "id": "socialcare-fostering-2026",
    "title": "Independent fostering agency individual placement agreement",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 58_136, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 11),
    "starts": dt.date(2026, 2, 13),
    "ends": dt.date(2027, 2, 12),
    "reference": REF,
    "public_names": ["Rhiannon Caddick"],
    "documents": [{"file": "placement-agreement.pdf", "title": "Individual placement agreement"}],
}

BANDS = (
    ("Band 1 — Standard", P("£835.00"), P("£872.00"), P("£905.00"), P("£940.00")),
    ("Band 2 — Enhanced", P("£1,041.00"), P("£1,077.00"), P("£1,118.00"), P("£1,152.00")),
    ("Band 3 — Complex / therapeutic", P("£1,290.00"), P("£1,335.00"), P("£1,384.00"),
     P("£1,420.00")),
    ("Parent and child (assessment)", P("£1,615.00"), "—", "—", P("£1,615.00")),
)  # fmt: skip

PLACEMENT = (
    ("Child", f"{N('T.J.O.')} (initials only in this Agreement)"),
    ("Date of birth", N("14.06.13")),
    ("Legal status", N("Interim care order, section 38 Children Act 1989")),
    ("School", N("Year 8, Brookside Academy, Kingsreach")),
    ("Foster carers", f"{N('Mrs Delphine Harker')} and {N('Mr Owen Harker')}"),
    ("Foster carers' address", N("The Old Forge, 3 Mill Hill, Sallowby, KR8 4JU")),
    ("Placement type and band", "Long-term task-centred; Band 2 (Enhanced), age 11-15"),
    ("Placement start", "13.02.26"),
)  # fmt: skip

BLOCKS = [
    Title("INDIVIDUAL PLACEMENT AGREEMENT"),
    Subtitle("Independent Fostering Agency Placement — Children's Services"),
    Para(
        f"Placement reference {U(REF)}. Made under the {U(FRAMEWORK)} "
        "(Lot 1, Mainstream and Enhanced Fostering) between "
        f"{U(BUYER)} (“the Responsible Authority”) and {U(SUPPLIER)}, company number "
        f"{U('08420176')}, Ofsted URN {U('SC488120')} (“the Agency”).",
        centred=True,
    ),
    Heading("A. Particulars of the placement"),
    Table(("Heading", "Particulars"), PLACEMENT, (0.3, 0.7)),
    Para(
        "The Child's full name, care plan and chronology are held in the Responsible "
        "Authority's case record and shared with the Agency through the secure portal; they "
        "are not reproduced in this Agreement."
    ),
    Heading("B. Definitions"),
    Definition(
        "Weekly Placement Fee",
        "means the all-inclusive weekly sum for the Band and age range of "
        "the Child shown in Part D, covering the foster carers' allowance and reward, "
        "supervision, training, 24-hour support and the Agency's overheads.",
    ),
    Definition(
        "Supervising Social Worker",
        "means the qualified social worker employed by the Agency who "
        "supervises and supports the Foster Carers, named in clause C.4.",
    ),
    Heading("C. Terms"),
    Clause(
        "C.1",
        "The Agency shall provide the placement in accordance with the Framework, the "
        "Fostering Services (England) Regulations 2011, the National Minimum Standards for "
        "fostering services and the Child's placement plan agreed on 12.02.26.",
    ),
    Clause(
        "C.2",
        "The Weekly Placement Fee for the Child is the Band 2 fee for age 11-15 in Part D. "
        "The Responsible Authority's estimated commitment for the first 52 weeks is "
        f"{U('£58,136')}.",
    ),
    Clause(
        "C.2.1",
        "If the Child is placed with a sibling with the same Foster Carers, the fee for the "
        f"second child is reduced by {P('7.5 %')}.",
    ),
    Clause(
        "C.2.2",
        "Where the Child is absent from the placement (for example in hospital or on a "
        "planned stay with family) the full fee is paid for up to 7 nights; after that a "
        f"retainer of {P('two thirds (66.7%)')} of the fee is paid for up to 21 nights.",
    ),
    Clause(
        "C.2.3",
        "Additional services requested in writing by the Child's social worker are charged "
        f"separately: therapeutic sessions with the Agency's clinical team at {P('£95.00')} "
        f"per session; educational support of up to {P('£1.2k')} per term; and sessional "
        f"support workers at {P('£26.50')} per hour (ex. VAT).",
    ),
    Clause(
        "C.3",
        "Fees are fixed for the Framework year to 31 March. From 1 April the Framework "
        f"annual price review applies, capped at {P('3.25 per cent')}.",
    ),
    Clause(
        "C.4",
        f"The Agency's Supervising Social Worker is {N('Ms Nadia Broughton-Reyes')} "
        f"(mobile {N('07700 900389')}, e-mail {N('n.broughton-reyes@evergreenff.example')}). "
        "She shall visit the Foster Carers at least every four weeks and attend the Child's "
        "looked after reviews. The Agency's out-of-hours line is staffed by its duty social "
        f"workers; the duty manager this quarter is {N('Callum Ferrier')}.",
    ),
    Clause(
        "C.5",
        "The Agency and the Responsible Authority exchange documents through the regional "
        "placements portal, where the Agency's user account is "
        f"{S('evergreen.kbc.placements')}. "
        "When the Responsible Authority telephones the Foster Carers about contact "
        f"arrangements it will give the agreed safe word, {S('“marigold”')}.",
    ),
    Clause(
        "C.6",
        f"The Agency's liability is limited to {U('£5,000,000')} per claim, except for "
        "liability for abuse of a child, which is not limited. The Agency shall hold "
        f"public liability and abuse cover of not less than {U('£10,000,000')}; its policy "
        f"with Saxonbury Insurance is {I('SXB-FOS-4420917')}, with foster carers' legal "
        f"expenses cover under {I('LEX/7731/26/EFF')}.",
    ),
    Clause(
        "C.7",
        f"The Agency's parent, Evergreen Care Holdings Ltd, guarantees the Agency's "
        f"obligations under the Framework up to {F('£400,000')}.",
    ),
    Clause(
        "C.8",
        f"The Responsible Authority pays monthly in arrears into the Agency's account at "
        f"Elmstead Savings Bank: sort code {B(SORT)}, account number {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}, BIC {B('ELMSGB21')}.",
    ),
    Heading("D. Weekly Placement Fee bands (£ per child per week, VAT exempt)"),
    Table(
        ("Band", "Age 0-4", "Age 5-10", "Age 11-15", "Age 16-17"),
        BANDS,
        (0.36, 0.16, 0.16, 0.16, 0.16),
        right=(1, 2, 3, 4),
    ),
    Heading("E. Agency's matching statement — Commercial in Confidence"),
    Para(
        C(
            "Of the Band 2 fee, the Agency pays the Foster Carers a weekly allowance and "
            "reward of £512, with the balance meeting supervision, the therapeutic team and "
            "overheads. Mrs Harker has twelve years' experience of caring for teenagers and "
            "is trained in our attachment-based model."
        )
    ),
    Para(
        C(
            "The Foster Carers live four miles from the Child's school, so the Child can stay "
            "at Brookside Academy; the Agency will fund taxi transport for the first half term "
            "at its own cost while the Foster Carers adjust their working pattern."
        )
    ),
    Para(
        f"Enquiries: Children's Placements Team, {U('Kingsreach Civic Centre')}, telephone "
        f"{U('020 7946 0300')}."
    ),
    Signatures(
        "Signed for the Responsible Authority and the Agency.",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signed", U("R. Caddick")),
                    ("Name", U("Rhiannon Caddick")),
                    ("Position", U("Head of Children's Placements and Sufficiency")),
                    ("Date", "11.02.26"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("E. Vandermeer")),
                    ("Name", N("Elsa Vandermeer")),
                    ("Position", "Registered Manager"),
                    ("Date", "11.02.26"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "placement-agreement.pdf": DocumentSpec(
        title="Independent fostering agency individual placement agreement",
        subject=f"Placement {REF}",
        header=f"{BUYER} — Children's Services — OFFICIAL-SENSITIVE: PERSONAL",
        footer=f"Placement {REF}",
        created=dt.datetime(2026, 2, 11, 16, 20),
        blocks=BLOCKS,
    ),
}
