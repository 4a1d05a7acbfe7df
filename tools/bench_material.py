"""Generated contracts for the benchmarks: realistic, different from each other, deterministic.

    python tools/bench_material.py OUT [--count 25] [--pages P] [--seed 1] [--jobs J]

writes ``OUT/<id>.pdf`` and ``OUT/<id>.yaml`` (the contract's metadata, as ``contract.yaml``
wants it) for ``--count`` contracts. :func:`generate` does the same for a script
(``tools/bench_publish.py``).

Each contract is a services contract between Anyshire County Council and a supplier, rendered
with reportlab by :mod:`samples.render` (the renderer of the sample workspace), 15 to 20 pages
(or exactly ``--pages``): a title page with the parties, clauses of varied wording under the
usual headings (term, services, staff, records, data protection, insurance, termination ...),
a schedule of prices (a table of rates and annual estimates in £ and a discount), a page of
contract management (named contacts with email addresses and telephone numbers, and the bank
details for payment) and a signature page with the signatories' names. Everything is drawn
from a random generator seeded by the contract's number, so the same number gives the same
contract; the supplier, the people, the numbers and the wording differ from one contract to
the next. Withheld text sits on a minority of the pages, as in real registers (about one page
in five). Names, numbers and addresses are fictional (telephone numbers in Ofcom's drama
ranges, ``.example`` email domains, the fictional "AY" postcode area).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

import yaml  # noqa: E402
from samples.common import COUNCIL, COUNCIL_ADDRESS, grouped, uk_iban  # noqa: E402
from samples.render import (  # noqa: E402
    Clause,
    DocumentSpec,
    Heading,
    PageBreak,
    Para,
    Signatory,
    Signatures,
    Subtitle,
    Table,
    Title,
    write_document,
)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line)


#: What is bought: "service | department", then its priced items ("item: unit"), indented.
SERVICES_TEXT = """\
grounds maintenance | Environment
    Grass cutting, amenity areas: per hectare per cut
    Hedge cutting: per linear metre
    Shrub bed maintenance: per square metre per year
    Litter picking: per site visit
    Tree inspection: per tree
home care | Adult Social Care
    Personal care, daytime: per hour
    Personal care, evenings and weekends: per hour
    Double-handed visit: per hour
    Welfare check: per visit
    Night sitting: per night
school transport | Children's Services
    Minibus route with passenger assistant: per day
    Saloon car route: per day
    Wheelchair-accessible vehicle: per day
    Additional mileage: per mile
    Waiting time: per half hour
IT support | Digital Services
    Service desk, first line: per month
    Desktop support visit: per visit
    Server administration: per server per month
    Project day, senior engineer: per day
    Out-of-hours call-out: per call-out
waste collection | Environment
    Residual waste collection: per household per year
    Recycling collection: per household per year
    Bulky waste collection: per item
    Bin delivery: per bin
    Missed collection return: per visit
building cleaning | Property Services
    Office cleaning: per square metre per month
    Window cleaning: per visit
    Deep clean: per room
    Washroom consumables: per washroom per month
    Emergency clean: per hour
highway repairs | Highways
    Pothole repair: per square metre
    Footway patching: per square metre
    Road marking: per linear metre
    Traffic management: per day
    Gully emptying: per gully
library book supply | Libraries
    Adult fiction, processed: per volume
    Children's books, processed: per volume
    Audio books: per item
    Jacketing: per volume
    Delivery to branch: per delivery
catering | Facilities
    Primary school meal: per meal
    Secondary school meal: per meal
    Breakfast club: per child per day
    Hospitality buffet: per head
    Special diet meal: per meal
facilities security | Property Services
    Manned guarding, weekday: per hour
    Manned guarding, weekend: per hour
    Mobile patrol: per visit
    Alarm response: per call-out
    Key holding: per site per month
legal advice | Legal Services
    Partner: per hour
    Senior associate: per hour
    Trainee solicitor: per hour
    Advocacy, half day: per half day
    Fixed-fee property matter: per matter
fleet maintenance | Transport
    Annual service, car: per vehicle
    Annual service, heavy goods vehicle: per vehicle
    Workshop labour: per hour
    Tyre replacement: per tyre
    Roadside recovery: per call-out
"""


def _services(text: str) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
    services: list[tuple[str, str, list]] = []
    for line in text.splitlines():
        if line.startswith(" "):
            item, unit = line.strip().split(": ")
            services[-1][2].append((item, unit))
        elif line:
            service, department = line.split(" | ")
            services.append((service, department, []))
    return tuple((s, d, tuple(items)) for s, d, items in services)


SERVICES = _services(SERVICES_TEXT)

FIRST = (
    "Priya Amelia Oliver Daniel Fatima Grace Samuel Hannah Joseph Chloe Yusuf Rebecca Thomas "
    "Aisha Matthew Sophie Kwame Laura Benjamin Niamh Rhys Zara Patrick Eleanor Imran Megan "
    "Owen Bethan Callum Leah Arjun Isla Marcus Tessa Declan Nadia Gareth Ruth Ewan Martina "
    "Harvey Ingrid Lewis Anita Conor Helena Ravi Morag Simon Yasmin Felix Carys Adrian Lucy "
    "Kieran Joanna Dominic Shreya Alistair Harriet"
).split()
SURNAMES = (
    "Sandhu Okafor Whitfield Brennan Kowalski Ashworth Mensah Lindqvist Harrington Choudhury "
    "Pemberton Nakamura Fairbairn Delaney Osei Trevelyan Mahmood Rutherford Kerr Abernethy "
    "Penhaligon Dunmore Iqbal Castellano Thistlewood Ogunleye Marchetti Blackwood Haldane "
    "Petrakis Lockhart Adeyemi Strachan Villiers Farquhar Nwosu Quennell Rosenthal Bakshi "
    "Greenhalgh Tiernan Evershed Makinde Llewellyn Hargreaves Szymanski Okonjo Catterall "
    "Bramwell Fennimore Achterberg Ravenscroft Dimitriou Kavanagh Oyelaran Pennington "
    "Sutcliffe Valente Winterbourne Yardley Zielinski Aldridge Beaumont Carrick Dunstable "
    "Elphick Fothergill Gillespie Hollis Ingleby Jessop Kilbride Lambourne Merriweather"
).split()
TITLES = ("Mr", "Ms", "Mrs", "Dr", "Miss")
SUPPLIER_FIRST = (
    "Kestrel Meridian Ashdown Brightwater Northgate Harbourside Fenwick Oakvale Silverline "
    "Redbridge Greystone Larkspur Thornbury Westmere Copperleaf Highfield Pennant Riverside "
    "Stonecross Elmstead Bramble Lanthorn Marlowe Quayside"
).split()
SUPPLIER_LAST = ("Services", "Solutions", "Group", "Partnership", "Contracts", "Associates")
SUPPLIER_FORM = ("Ltd", "Limited", "plc", "LLP")
BANKS = (
    ("CBLT", "Cobalt Bank plc"),
    ("HRBK", "Harrow Bank plc"),
    ("MDLB", "Midlothian Banking Company"),
    ("WSSX", "Wessex Savings Bank"),
    ("NRTH", "Northern Counties Bank plc"),
)
STREETS = (
    "Meadow Court", "Chapel Lane", "Foundry Way", "Mill Road", "Orchard Rise", "Quarry Street",
    "Station Approach", "Victoria Parade", "Wharf Road", "Beacon Close",
)  # fmt: skip
TOWNS = ("Anyford", "Brimley", "Coldmoor", "Dunchester", "Eastwick", "Fallowfield", "Grimsby Vale")
POSITIONS = _lines(
    """\
Director of Operations
Head of Procurement
Contracts Director
Managing Director
Finance Director
Commercial Manager
Service Director
Chief Executive
"""
)
COUNCIL_POSITIONS = _lines(
    """\
Assistant Director, Commissioning
Head of Procurement
Director of Resources
Service Manager
Category Manager
"""
)

NUMBERS = ("two", "three", "five", "ten", "fifteen", "twenty", "thirty", "sixty", "ninety")
PERIODS = ("Working Days", "days", "weeks", "months")
PARTIES = ("The Supplier", "The Supplier", "The Supplier", "The Council", "Each party")
DUTIES = _lines(
    """\
shall keep complete and accurate records of {object} and make them available to {whom}
shall notify {whom} in writing of {event} within {number} {period}
shall take all reasonable steps to prevent {event}
shall comply with {standard} in the performance of {object}
shall provide {whom} with a written report on {object} each {cycle}
shall appoint a suitably experienced manager with responsibility for {object}
shall cooperate with {whom} in any review of {object}
shall not subcontract {object} without the prior written consent of {whom}
may, on giving not less than {number} {period}' notice, require a review of {object}
shall ensure that {object} is delivered in accordance with {standard}
shall maintain a register of {object} and update it each {cycle}
shall remedy {event} at its own cost within {number} {period}
"""
)
OBJECTS = _lines(
    """\
the Services
the work carried out under this Contract
the Supplier's personnel
the equipment used to deliver the Services
all complaints received
the Service Levels
the exit plan
the business continuity plan
all incidents and near misses
the training given to staff
the Deliverables
the implementation plan
the performance of any subcontractor
the management information
"""
)
WHOMS = _lines(
    """\
the Council
the Council's Authorised Officer
the Contract Manager
the Council's internal auditors
any regulator
the other party
"""
)
EVENTS = _lines(
    """\
any failure to meet a Service Level
any breach of this Contract
a Default
any change of control of the Supplier
any data loss
any safeguarding concern
any interruption of the Services
any claim made against it
a conflict of interest
any damage to the Council's property
"""
)
STANDARDS = _lines(
    """\
Good Industry Practice
the Specification
all applicable law
the Council's policies
ISO 9001
the Equality Act 2010
the Health and Safety at Work etc. Act 1974
the UK General Data Protection Regulation
the Modern Slavery Act 2015
the Council's code of conduct
"""
)
CYCLES = ("month", "quarter", "Contract Year", "six months")
SUFFIXES = (
    "",
    ", and the Council may rely on those records",
    " at no additional charge to the Council",
    ", save where the Council agrees otherwise in writing",
    " unless prevented by a Force Majeure Event",
    ", acting reasonably and in good faith",
    ", and shall keep the Council informed of progress",
)
HEADINGS = _lines(
    """\
Term and extension
The Services
Standards and quality
Supplier personnel
Records and audit
Data protection
Freedom of information
Intellectual property
Liability
Insurance
Variation
Termination
Consequences of termination
Dispute resolution
Force majeure
Assignment and subcontracting
Notices
Health and safety
Equality and diversity
Safeguarding
Business continuity
Environmental requirements
Social value
Prevention of fraud and bribery
Conflicts of interest
Performance monitoring
Exit management
Governing law
Warranties
Complaints
"""
)


@dataclass(frozen=True)
class Generated:
    """One generated contract: its PDF and its metadata (``contract.yaml``)."""

    path: Path
    meta: dict

    @property
    def id(self) -> str:
        return self.meta["id"]


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(title, first name, surname)."""
    return rng.choice(TITLES), rng.choice(FIRST), rng.choice(SURNAMES)


def _sentence(rng: random.Random) -> str:
    duty = rng.choice(DUTIES).format(
        object=rng.choice(OBJECTS),
        whom=rng.choice(WHOMS),
        event=rng.choice(EVENTS),
        standard=rng.choice(STANDARDS),
        number=rng.choice(NUMBERS),
        period=rng.choice(PERIODS),
        cycle=rng.choice(CYCLES),
    )
    return f"{rng.choice(PARTIES)} {duty}{rng.choice(SUFFIXES)}."


def _clause_page(rng: random.Random, number: int, heading: str, chars: int) -> list:
    """A page of clauses under one heading: about ``chars`` characters, never over a page."""
    blocks: list = [Heading(f"{number}. {heading}")]
    written, sub = 0, 0
    while written < chars:
        sub += 1
        text = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        blocks.append(Clause(f"{number}.{sub}", text))
        written += len(text) + 8
    return blocks


def _money(amount: float) -> str:
    return f"£{amount:,.2f}"


def contract(number: int, pages: int | None = None, seed: int = 1) -> tuple[DocumentSpec, dict]:
    """The ``number``-th contract: its document and its metadata (deterministic)."""
    rng = random.Random(f"bench-contract-{seed}-{number}")
    service, department, items = SERVICES[number % len(SERVICES)]
    total_pages = pages or rng.randint(15, 20)
    supplier = (
        f"{rng.choice(SUPPLIER_FIRST)} {service.split()[0].capitalize()}"
        f" {rng.choice(SUPPLIER_LAST)} {rng.choice(SUPPLIER_FORM)}"
    )
    domain = f"{supplier.split(maxsplit=1)[0]}-{service.split(maxsplit=1)[0]}.example".casefold()
    reference = f"ACC-{department[:3].upper()}-{2024 + number % 2}-{number:04d}"
    awarded = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(500))
    starts = awarded + dt.timedelta(days=rng.choice((14, 28, 42, 61)))
    years = rng.choice((2, 3, 4, 5))
    ends = starts.replace(year=starts.year + years) - dt.timedelta(days=1)
    rates = [round(rng.uniform(4, 900), 2) for _ in items]
    volumes = [rng.randrange(40, 20000) for _ in items]
    annual = [r * v for r, v in zip(rates, volumes, strict=True)]
    total = int(round(sum(annual) * years, -3)) or 50000
    discount = f"{rng.choice((1.5, 2, 2.5, 3, 3.5, 4, 5))}%"
    company_number = f"{rng.randrange(10**7, 10**8)}"
    address = (
        f"Unit {rng.randint(1, 40)}, {rng.choice(STREETS)}, {rng.choice(TOWNS)},"
        f" AY{rng.randint(2, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    )
    bank_code, bank = rng.choice(BANKS)
    sort_code = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    account = f"{rng.randrange(10**7, 10**8)}"
    iban = uk_iban(bank_code, sort_code, account)
    manager, deputy, signer, council_signer, council_manager = (_person(rng) for _ in range(5))

    def email(person: tuple[str, str, str]) -> str:
        return f"{person[1].casefold()}.{person[2].casefold()}@{domain}"

    def phone() -> str:
        if rng.random() < 0.5:
            return f"07700 900{rng.randrange(1000):03d}"
        return f"01632 960{rng.randrange(1000):03d}"

    title = f"{service.capitalize()} services contract {starts.year}–{ends.year}"
    blocks: list = [
        Title("SERVICES CONTRACT"),
        Subtitle(f"for the provision of {service} services"),
        Para(f"Contract reference: {reference}", centred=True),
        Para(f"This Contract is dated {awarded.day} {awarded:%B %Y}", centred=True),
        Heading("Parties"),
        Clause("(1)", f"{COUNCIL.upper()} of {COUNCIL_ADDRESS} (the “Council”); and"),
        Clause(
            "(2)",
            f"{supplier.upper()}, a company registered in England and Wales under company number"
            f" {company_number}, whose registered office is at {address} (the “Supplier”).",
        ),
        Heading("Background"),
        Clause(
            "(A)",
            f"The Council wishes to buy {service} services for its {department} directorate and"
            f" ran an open procedure to choose a provider. The estimated total value of this"
            f" Contract is £{total:,} over its initial term of {years} years.",
        ),
        Clause("(B)", " ".join(_sentence(rng) for _ in range(3))),
        PageBreak(),
    ]
    # The special pages, placed among the clauses: prices, contract management, signatures.
    special_at = {
        max(2, total_pages * 2 // 3 - 1): "prices",
        max(3, total_pages - 2): "management",
        total_pages: "signatures",
    }
    headings = list(HEADINGS)
    rng.shuffle(headings)
    clause_number = 0
    for page in range(2, total_pages + 1):
        kind = special_at.get(page)
        if kind == "prices":
            rows = tuple(
                (item, unit, _money(rate), f"{volume:,}", _money(cost))
                for (item, unit), rate, volume, cost in zip(
                    items, rates, volumes, annual, strict=True
                )
            )
            blocks += [
                Heading("Schedule 1: Charges"),
                Clause(
                    "1",
                    "The Council shall pay the following rates for the Services. The estimated"
                    " volumes are for one Contract Year and are not guaranteed.",
                ),
                Table(
                    ("Item", "Unit", "Rate", "Estimated volume", "Annual estimate"),
                    (*rows, ("Total", "", "", "", _money(sum(annual)))),
                    (0.3, 0.22, 0.14, 0.14, 0.2),
                    right=(2, 3, 4),
                    bold_last_row=True,
                ),
                Clause(
                    "2",
                    f"The Supplier shall give the Council a discount of {discount} on every"
                    f" invoice paid within ten days. The hourly rate for additional work"
                    f" instructed by the Council is {_money(rng.uniform(25, 140))} per hour.",
                ),
                Clause(
                    "3",
                    "The rates are fixed for the first Contract Year and are then reviewed once a"
                    " year in line with the Consumer Prices Index, as set out in clause 7.",
                ),
            ]
        elif kind == "management":
            blocks += [
                Heading("Schedule 2: Contract management and payment"),
                Clause(
                    "1",
                    f"The Supplier's contract manager is {' '.join(manager)} (email"
                    f" {email(manager)}, telephone {phone()}), and in their absence"
                    f" {' '.join(deputy)} (email {email(deputy)}).",
                ),
                Clause(
                    "2",
                    f"The Council's contract manager is {' '.join(council_manager)}, who may be"
                    f" reached on {phone()}. Either party may change its contract manager by"
                    " notice in writing.",
                ),
                Clause(
                    "3",
                    "The Council shall pay each valid invoice within thirty days of receipt by"
                    " BACS transfer to the following account:",
                ),
                Table(
                    ("Payment details", ""),
                    (
                        ("Account name", supplier),
                        ("Bank", f"{bank}, {rng.choice(TOWNS)}"),
                        ("Sort code", sort_code),
                        ("Account number", account),
                        ("IBAN", grouped(iban)),
                    ),
                    (0.3, 0.7),
                ),
                Clause("4", " ".join(_sentence(rng) for _ in range(3))),
            ]
        elif kind == "signatures":
            signed = awarded - dt.timedelta(days=rng.randint(1, 9))
            blocks.append(
                Signatures(
                    "This Contract has been entered into on the date stated at the beginning of"
                    " it.",
                    (
                        Signatory(
                            f"Signed for and on behalf of {COUNCIL.upper()}:",
                            (
                                ("Signature", f"{council_signer[1][0]}. {council_signer[2]}"),
                                ("Name", f"{council_signer[1]} {council_signer[2]}"),
                                ("Position", rng.choice(COUNCIL_POSITIONS)),
                                ("Date", f"{signed.day} {signed:%B %Y}"),
                            ),
                        ),
                        Signatory(
                            f"Signed for and on behalf of {supplier.upper()}:",
                            (
                                ("Signature", f"{signer[1][0]}. {signer[2]}"),
                                ("Name", f"{signer[1]} {signer[2]}"),
                                ("Position", rng.choice(POSITIONS)),
                                ("Date", f"{signed.day} {signed:%B %Y}"),
                            ),
                        ),
                    ),
                )
            )
        else:
            clause_number += 1
            heading = headings[(clause_number - 1) % len(headings)]
            blocks += _clause_page(rng, clause_number, heading, rng.randint(2600, 3300))
        if page < total_pages:
            blocks.append(PageBreak())
    slug = f"c{number:04d}-{service.replace(' ', '-').casefold()}"
    spec = DocumentSpec(
        title=title,
        subject=f"{service.capitalize()} services contract with {supplier}",
        header=f"{COUNCIL} — {title} — OFFICIAL",
        footer=f"Contract {reference}",
        created=dt.datetime(awarded.year, awarded.month, awarded.day, 9, 0),
        blocks=blocks,
    )
    meta = {
        "id": slug,
        "title": title,
        "buyer": COUNCIL,
        "department": department,
        "supplier": supplier,
        "supplier_id": company_number,
        "value": {"amount": total, "currency": "GBP"},
        "awarded": awarded,
        "starts": starts,
        "ends": ends,
        "reference": reference,
        "procedure": "Open procedure",
        "description": f"{service.capitalize()} services for the {department} directorate.",
        "documents": [{"file": "contract.pdf", "title": "Signed contract"}],
    }
    return spec, meta


def write_one(folder: Path, number: int, pages: int | None, seed: int) -> Generated:
    """Write contract ``number`` into ``folder`` (``<id>.pdf``, ``<id>.yaml``)."""
    spec, meta = contract(number, pages, seed)
    path = folder / f"{meta['id']}.pdf"
    if not path.is_file():
        write_document(spec, path)
        (folder / f"{meta['id']}.yaml").write_text(
            yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    return Generated(path, meta)


def generate(
    folder: Path, count: int, pages: int | None = None, seed: int = 1, jobs: int | None = None
) -> list[Generated]:
    """Contracts 1 to ``count`` in ``folder``; those already there (same file name) are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    numbers = range(1, count + 1)
    workers = max(1, min(jobs or os.cpu_count() or 1, count))
    if workers == 1:
        return [write_one(folder, n, pages, seed) for n in numbers]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(write_one, folder, n, pages, seed) for n in numbers]
        return [f.result() for f in futures]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the PDFs and metadata into")
    parser.add_argument("--count", type=int, default=25, help="how many contracts")
    parser.add_argument("--pages", type=int, help="pages per contract (default: 15 to 20)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random generator")
    parser.add_argument("--jobs", type=int, help="processes (default: one per core)")
    args = parser.parse_args(argv)
    if args.pages is not None and args.pages < 5:
        parser.error("--pages: at least 5 (title, clauses, prices, management, signatures)")
    for item in generate(args.out, args.count, args.pages, args.seed, args.jobs):
        print(item.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
