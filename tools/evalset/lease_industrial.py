"""Lease of an industrial unit by Marlstone Metropolitan Borough Council (PDF)."""

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

TEMPLATE = "lease"
BUYER = "Marlstone Metropolitan Borough Council"
SUPPLIER = "Quayle Hydraulics Limited"
REF = "MMBC/EST/L/0442"
DEPOSIT_SORT, DEPOSIT_ACCOUNT = "52-19-64", "80226137"
DEPOSIT_IBAN = uk_iban("CWBK", DEPOSIT_SORT, DEPOSIT_ACCOUNT)

META = {
    "id": "lease-industrial-unit-2026",
    "title": "Lease of Unit 14, Furnace Lane Trading Estate",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 427_500, "currency": "GBP"},
    "awarded": dt.date(2026, 2, 9),
    "starts": dt.date(2026, 3, 25),
    "ends": dt.date(2036, 3, 24),
    "reference": REF,
    "public_names": ["Anita Kowalczyk", "Councillor Howard Brennan"],
    "documents": [{"file": "lease.pdf", "title": "Lease"}],
}

PRESCRIBED = (
    ("LR1. Date of lease", "9 February 2026"),
    ("LR2. Title number(s)", f"LR2.1 Landlord's title number(s): {U('MQ118204')}"),
    ("", "LR2.2 Other title numbers: none"),
    ("LR3. Parties to this lease",
     f"Landlord: {U(BUYER)}, {U('Civic Hall, Corporation Street, Marlstone, MQ1 1CH')}"),
    ("", f"Tenant: {U(SUPPLIER)} (company registration number {U('09926415')}) whose "
         "registered office is at 2 Anvil Court, Marlstone, MQ6 2RB"),
    ("", f"Guarantor: {N('Desmond Aubrey Quayle')} of "
         f"{N('The Old Forge, 17 Ridgeway, Brantley, MQ9 4HE')}"),
    ("LR4. Property", f"{U('Unit 14, Furnace Lane Trading Estate, Marlstone, MQ4 7FL')}, "
                      "shown edged red on Plan 1 and described in clause 1.1 (for registration "
                      "purposes this entry governs if it differs from the rest of this lease)."),
    ("LR5. Prescribed statements etc.", "None"),
    ("LR6. Term for which the Property is leased", "From and including 25 March 2026 to and "
                                                   "including 24 March 2036"),
    ("LR7. Premium", "None"),
    ("LR8. Prohibitions or restrictions on disposing of this lease",
     "Dispositions of this lease are restricted by clause 3.2."),
    ("LR9. Rights of acquisition etc.", "None"),
    ("LR10. Restrictive covenants given in this lease by the Landlord in respect of land "
     "other than the Property", "None"),
    ("LR11. Easements", "LR11.1 Easements granted: the Rights set out in Schedule 1"),
    ("", "LR11.2 Easements reserved: the Rights set out in Schedule 2"),
    ("LR12. Estate rentcharge burdening the Property", "None"),
    ("LR13. Application for standard form of restriction", "None"),
    ("LR14. Declaration of trust where there is more than one person comprising the Tenant",
     "Not applicable"),
)  # fmt: skip

BLOCKS = [
    Title("LEASE"),
    Subtitle("Unit 14, Furnace Lane Trading Estate, Marlstone"),
    Para(f"Landlord's reference {U(REF)}", centred=True),
    Heading("Prescribed clauses"),
    Table(("Clause", "Particulars"), PRESCRIBED, (0.34, 0.66)),
    Para(
        "THIS LEASE is dated the date in clause LR1 and is made between the parties named in "
        "clause LR3."
    ),
    Heading("1. Definitions and interpretation"),
    Clause("1.1", "In this lease the following words and expressions have these meanings:"),
    Definition(
        "Annual Rent",
        f"means {P('£42,750')} a year (exclusive of VAT) until the Review "
        "Date and thereafter the rent ascertained under Schedule 4.",
    ),
    Definition(
        "Building",
        "means the terrace of fourteen light-industrial units known as "
        "Block C, Furnace Lane Trading Estate, of which the Property forms part.",
    ),
    Definition(
        "Deposit",
        f"means the sum of {P('£12,825')} paid by the Tenant to the Landlord "
        "on the date of this lease, being three months' Annual Rent and VAT, together "
        "with any sum added to it under clause 6.",
    ),
    Definition(
        "Permitted Use",
        "means use within Class E(g)(iii) or Class B2 of the Town and "
        "Country Planning (Use Classes) Order 1987 for the manufacture and repair of "
        "hydraulic equipment.",
    ),
    Definition(
        "Rent Commencement Date",
        f"means 25 September 2026, being the end of a "
        f"rent-free period of {P('six months')} from the start of the Term.",
    ),
    Definition("Review Date", "means 25 March 2031."),
    Definition(
        "Service Charge Percentage",
        f"means {P('7.85%')} of the Service Costs for the Estate, subject to clause 5.4.",
    ),
    Clause(
        "1.2",
        f"The aggregate of the Annual Rent over the Term, before review, is "
        f"{U('£427,500')}; this figure is stated for the Landlord's transparency register "
        "and does not affect the rent payable.",
    ),
    Heading("2. Grant and rent"),
    Clause(
        "2.1",
        "The Landlord lets the Property to the Tenant for the Term, with the Rights "
        "in Schedule 1 and excepting the Rights in Schedule 2.",
    ),
    Clause(
        "2.2",
        "The Tenant shall pay the Annual Rent by equal quarterly payments in advance "
        "on the usual quarter days, the first payment to be made on the Rent Commencement "
        "Date for the period to the next quarter day.",
    ),
    Clause(
        "2.3",
        f"Payments shall be made by direct debit from the Tenant's account at "
        f"Pennine Commercial Bank, sort code {B('83-44-07')}, account {B('61570928')}, under "
        "the mandate signed with this lease.",
    ),
    Heading("3. Tenant's covenants"),
    Clause(
        "3.1",
        "The Tenant shall keep the Property in good and substantial repair and "
        "condition, save that it need not put the Property in better condition than is "
        "shown in the Schedule of Condition annexed.",
    ),
    Clause(
        "3.2",
        "The Tenant shall not assign, underlet, charge or share possession of part "
        "only of the Property. It shall not assign the whole without the Landlord's consent, "
        "which shall not be unreasonably withheld.",
    ),
    Clause(
        "3.2.1",
        "The Landlord may require as a condition of consent that the Tenant enter "
        "into an authorised guarantee agreement.",
        level=2,
    ),
    Clause(
        "3.3",
        f"The Tenant shall keep the Estate vehicle barrier closed and shall not "
        f"disclose the barrier keypad code (currently {S('9024*')}) or the Unit 14 "
        f"intruder alarm code (currently {S('3817')}) other than to its own employees. "
        "The Landlord shall change the barrier code on notice to all tenants.",
    ),
    Heading("4. Insurance"),
    Clause(
        "4.1",
        "The Landlord shall insure the Building against the Insured Risks for its "
        "full reinstatement cost, and the Tenant shall pay the Insurance Rent on demand.",
    ),
    Clause(
        "4.2",
        f"The Insurance Rent for the first year is {P('£1,318.40')}. The Tenant shall "
        "reimburse any excess under the Landlord's policy caused by its act or default, "
        f"which is currently {I('£2,500')}.",
    ),
    Clause(
        "4.3",
        f"The Tenant shall insure its plant and stock and maintain public liability "
        f"insurance of not less than {U('£5,000,000')}. Its current policy with Arkwright "
        f"& Lowe Insurance is numbered {I('AL-COM-88310472')}.",
    ),
    Heading("5. Service charge"),
    Clause(
        "5.1",
        "The Tenant shall pay the Service Charge Percentage of the Service Costs by "
        "quarterly payments on account with the Annual Rent.",
    ),
    Clause(
        "5.4",
        f"The Service Charge payable for the first Service Charge Year shall not "
        f"exceed {P('£3,960')}, and in later years shall not rise by more than "
        f"{P('5 per cent')} a year, save for costs arising from changes in law.",
    ),
    Heading("6. Rent deposit"),
    Clause(
        "6.1",
        f"The Landlord shall hold the Deposit in a separate designated account: "
        f"Cowley Wharf Bank plc, client deposit account {B(DEPOSIT_ACCOUNT)}, sort code "
        f"{B(DEPOSIT_SORT)}, IBAN {B(grouped(DEPOSIT_IBAN))}. Interest is credited to the "
        "Tenant annually.",
    ),
    Clause(
        "6.2",
        "The Landlord may draw on the Deposit for arrears of rent or other sums due. "
        "The Tenant shall top it up within ten working days of notice.",
    ),
    Clause(
        "6.3",
        "The Deposit shall be repaid on the first of: a lawful assignment of this "
        "lease; the end of the Term; or the Tenant's filing three consecutive years of "
        f"audited accounts each showing a net profit before tax of at least {P('£130,000')}.",
    ),
    Heading("7. Guarantee"),
    Clause(
        "7.1",
        "In consideration of the grant of this lease the Guarantor guarantees to the "
        "Landlord that the Tenant shall pay the rents and perform the Tenant's covenants, "
        "as set out in Schedule 3.",
    ),
    Clause(
        "7.2",
        f"The Guarantor (date of birth {N('14 May 1966')}) has provided a statement "
        f"of personal assets and liabilities showing net assets of {F('£1,140,000')}, and "
        "shall give a fresh statement on request once in each year.",
    ),
    Clause(
        "7.3",
        f"The Tenant's last filed accounts (year to 31 August 2025) show turnover of "
        f"{F('£2,416,300')}, profit before tax of {F('£118,950')} and net current "
        f"liabilities of {F('£46,200')}.",
    ),
    Heading("Schedule 4 — Rent review"),
    Clause(
        "1",
        "The Annual Rent from the Review Date shall be the higher of the Annual Rent "
        "immediately before the Review Date and the Revised Rent.",
    ),
    Clause(
        "2",
        "The Revised Rent is the Annual Rent immediately before the Review Date "
        "multiplied by the change in the All Items Consumer Prices Index over the preceding "
        f"five years, but so that the annual compound increase is not less than "
        f"{P('1.5%')} nor more than {P('4%')}.",
    ),
    Clause(
        "3",
        "If the Index is rebased or ceases to be published, the parties shall agree a "
        "substitute; failing agreement an arbitrator appointed by the President of the "
        "Royal Institution of Chartered Surveyors shall decide.",
    ),
    Heading("Notices and contacts"),
    Para(
        f"Notices to the Landlord: Estates and Valuation, Civic Hall, Marlstone, telephone "
        f"{U('0161 496 0100')}. Notices to the Tenant: for the attention of "
        f"{N('Ms Carys Quayle')}, Company Secretary, {N('carys@quayle-hydraulics.example')}."
    ),
    Signatures(
        "Executed as a deed by the parties on the date in clause LR1.",
        (
            Signatory(
                f"The common seal of {BUYER} was affixed in the presence of",
                (
                    ("Authorised signatory", U("Anita Kowalczyk")),
                    ("Position", "Director of Regeneration and Property"),
                    ("Attested by", U("Councillor Howard Brennan")),
                ),
            ),
            Signatory(
                f"Executed as a deed by {SUPPLIER} and by the Guarantor",
                (
                    ("Director", N("Desmond Quayle")),
                    ("Guarantor", N("D. A. Quayle")),
                    ("Witness", N("Fiona Leadbetter")),
                    ("Witness address", N("8 Cinder Row, Marlstone, MQ5 3JD")),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "lease.pdf": DocumentSpec(
        title="Lease of Unit 14, Furnace Lane Trading Estate",
        subject=f"Lease {REF}",
        header=f"{BUYER} — Lease — Unit 14, Furnace Lane Trading Estate",
        footer=f"Landlord's reference {REF}",
        created=dt.datetime(2026, 2, 9, 10, 30),
        blocks=BLOCKS,
    ),
}
