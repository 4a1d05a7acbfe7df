"""Dry recyclate offtake agreement, Tarrowby District Council with Calvert Fibre and Polymer
Reprocessing Ltd: index-linked price per tonne by material, rebate bands, rejected loads and
the reprocessor's weighbridge contacts (PDF)."""

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

TEMPLATE = "environment"
BUYER = "Tarrowby District Council"
SUPPLIER = "Calvert Fibre and Polymer Reprocessing Ltd"
REF = "TDC-WM-2025-031"
SORT, ACCOUNT = "23-80-14", "61095472"
IBAN = uk_iban("CLYD", SORT, ACCOUNT)

META = {
    "id": "env-recycling-offtake-tarrowby-2025",
    "title": "Offtake of kerbside dry recyclate (fibre, cans and plastics)",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 2_745_000, "currency": "GBP"},
    "awarded": dt.date(2025, 11, 3),
    "starts": dt.date(2025, 12, 1),
    "ends": dt.date(2028, 11, 30),
    "reference": REF,
    "public_names": ["Stephen Oyelaran", "Rachel Dunnigan"],
    "documents": [{"file": "offtake_agreement.pdf", "title": "Recyclate offtake agreement"}],
}

TERMS = (
    ("Agreement reference", U(REF)),
    ("Council", f"{U(BUYER)}, {U('Council Offices, Priory Walk, Tarrowby, XK3 7DN')}"),
    ("Reprocessor", f"{U(SUPPLIER)}, company number {U('05271866')}, "
                    f"{U('Calvert Mill')}, Canal Side, Brockholme, XK11 4FS"),
    ("Materials", "Mixed paper and card (grade 1.02), steel and aluminium cans, "
                  "mixed rigid plastics (PTT) collected at the kerbside"),
    ("Delivery point", f"The Reprocessor's weighbridge at {U('Calvert Mill')}, Brockholme"),
    ("Term", "2025-12-01 to 2028-11-30, with one optional extension of 12 months"),
    ("Estimated value", f"{U('£2,745,000')} income to the Council over the Term on about "
                        f"{U('11,800 tonnes')} a year"),
    ("Council's Waste Contracts Lead", f"{U('Rachel Dunnigan')}, "
                                       f"{U('Waste Strategy and Contracts Manager')}"),
)  # fmt: skip

PRICES = (
    ("M1", "Mixed paper and card", U("Mixed papers (1.02), Midlands ex-works"), P("£38.00"),
     P("0.80"), P("£5.00")),
    ("M2", "Steel cans (baled)", U("Steel cans, UK delivered"), P("£92.50"), P("0.70"),
     P("£40.00")),
    ("M3", "Aluminium cans (baled)", U("Aluminium UBC, UK delivered"), P("£815.00"),
     P("0.85"), P("£450.00")),
    ("M4", "Mixed rigid plastics (PTT)", U("Mixed plastics bottles, UK"), P("£24.00"),
     P("0.60"), P("nil")),
)  # fmt: skip

REBATE = (
    ("Band 1", "up to 9,000 tonnes", P("nil")),
    ("Band 2", "9,001 – 11,500 tonnes", P("£2.75")),
    ("Band 3", "above 11,500 tonnes", P("£4.10")),
)  # fmt: skip

WEIGHBRIDGE = (
    ("Weighbridge supervisor", N("Andrzej Kowalczyk"), N("07700 900702"),
     N("a.kowalczyk@calvertmill.example")),
    ("Weighbridge clerk (early shift)", N("Shona McTear"), N("0113 496 0384"),
     N("weighbridge@calvertmill.example")),
    ("Quality controller", N("Dr Imogen Faulds"), N("07700 900709"),
     N("i.faulds@calvertmill.example")),
)  # fmt: skip

BLOCKS = [
    Title("RECYCLATE OFFTAKE AGREEMENT"),
    Subtitle("Kerbside dry recyclate: sale and delivery to reprocessor"),
    Para(
        f"This Agreement is dated 3rd November 2025 and is made between {BUYER} (the "
        f"“Council”) and {SUPPLIER} (the “Reprocessor”)."
    ),
    Heading("1. Key Commercial Terms"),
    Table(("Term", "Agreed position"), TERMS, (0.3, 0.7)),
    Heading("2. Interpretation"),
    Definition(
        "Index",
        "means, for each Material, the published monthly mid-point price "
        "named in the Price Table, as published in the first week of the month.",
    ),
    Definition("Base Index", "means the Index value for October 2025."),
    Definition(
        "Rejected Load",
        "means a delivered load whose contamination by weight, "
        "measured by the Reprocessor's sampling under clause 5, exceeds the "
        "Contamination Threshold.",
    ),
    Heading("3. Sale, title and risk"),
    Clause(
        "3.1",
        "The Council sells and the Reprocessor buys all Materials delivered to the "
        "Delivery Point. Title and risk pass when a vehicle is weighed in at the Delivery "
        "Point.",
    ),
    Clause(
        "3.2",
        "The Reprocessor shall receive deliveries between 06:00 and 18:00 on "
        "weekdays and between 07:00 and 12:00 on Saturdays, and shall not turn away a "
        "Council vehicle for want of tipping space.",
    ),
    Clause(
        "3.3",
        f"The Reprocessor shall send the Materials only to permitted reprocessing "
        f"facilities and shall report end destinations each quarter for the Council's "
        f"{U('WasteDataFlow')} returns.",
    ),
    Heading("4. Price"),
    Clause("4.1", "The price per tonne for each Material in each calendar month is:"),
    Para(
        "Monthly Price = Base Price + Adjustment Factor × (Index for the month − Base Index)",
        centred=True,
    ),
    Clause(
        "4.2",
        "but the Monthly Price for a Material is never below its Floor Price. The "
        "Base Price, Adjustment Factor and Floor Price for each Material are:",
    ),
    Table(
        ("Code", "Material", "Index", "Base Price £/t", "Adjustment Factor", "Floor Price £/t"),
        PRICES,
        (0.08, 0.2, 0.27, 0.15, 0.14, 0.16),
        right=(3, 4, 5),
    ),
    Clause(
        "4.3",
        f"Where the Index for mixed paper and card rises above {P('£120')} a tonne, "
        f"the Adjustment Factor for M1 above that level becomes {P('0.95')}.",
    ),
    Clause(
        "4.4",
        "The Reprocessor pays the Council for each month's tonnage within 30 days of "
        "the end of the month, on a self-billed invoice, to the Council's account notified "
        "in writing by the Council's Chief Finance Officer.",
    ),
    Heading("5. Quality and Rejected Loads"),
    Clause(
        "5.1",
        "The Contamination Threshold is 8.5 % by weight for M1 and 12 % for the other "
        "Materials combined.",
    ),
    Clause(
        "5.2",
        f"A Rejected Load is either re-sorted by the Reprocessor, at a charge of "
        f"{P('GBP 46.00')} per tonne, or sent for energy recovery at a charge of "
        f"{P('112 pounds')} per tonne, in each case in place of the Monthly Price.",
    ),
    Clause(
        "5.3",
        f"Charges for Rejected Loads are paid to the Reprocessor's account at "
        f"Clydesmere Bank, sort code {B(SORT)}, account number {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}, BIC {B('CLYDGB2L')}.",
    ),
    Heading("6. Volume rebate"),
    Clause(
        "6.1",
        "In addition to the Monthly Price, the Reprocessor pays the Council a rebate "
        "per tonne on all Materials delivered in each Contract Year, at the rate for the "
        "band into which the year's total tonnage falls:",
    ),
    Table(
        ("Band", "Total tonnes delivered in the Contract Year", "Rebate per tonne (all tonnes)"),
        REBATE,
        (0.2, 0.5, 0.3),
        right=(2,),
    ),
    Heading("7. Security, insurance and liability"),
    Clause(
        "7.1",
        f"The Reprocessor's obligations are guaranteed by its parent, Calvert "
        f"Holdings Ltd, up to {F('£600,000')}. Its latest accounts show turnover of "
        f"{F('£38.6 million')}, operating profit of {F('£2.14 million')} and net assets of "
        f"{F('£9.7m')}.",
    ),
    Clause(
        "7.2",
        f"The Reprocessor maintains environmental impairment cover of "
        f"{U('not less than £2,000,000')} under policy {I('EIL-4471920-CF')}, with a "
        f"deductible of {I('£25,000')}, and public liability cover under certificate "
        f"{I('PL/CAL/2025/88317')}.",
    ),
    Clause(
        "7.3",
        f"Neither party's aggregate liability under this Agreement exceeds "
        f"{U('£1,500,000')}, except for liability that cannot be limited by law.",
    ),
    Heading("8. Weighbridge and data"),
    Clause(
        "8.1",
        f"Each load is weighed on the Reprocessor's certified weighbridge and a "
        f"ticket emailed to the Council. Tickets are also posted to the Council's data "
        f"exchange folder {S('sftp://dx.tarrowby.gov.uk/inbound/calvert')} under the "
        f"account {S('calvert_wbt')}; the Reprocessor's weighbridge PC, {S('CALV-WB01')}, "
        f"is the only machine permitted to connect.",
    ),
    Clause("8.2", "The Reprocessor's weighbridge contacts are:"),
    Table(("Role", "Name", "Telephone", "Email"), WEIGHBRIDGE, (0.26, 0.22, 0.19, 0.33)),
    Clause(
        "8.3",
        f"The Council's vehicles are admitted out of hours through the east gate, "
        f"code {S('6093#')}, notified by the Council's transport supervisor.",
    ),
    Heading("Annex — Reprocessor's Market Statement (Commercial in Confidence)"),
    Para(
        C(
            "Calvert Mill runs its fibre line at 84 per cent of capacity and has contracted "
            "outlets for the whole of our board output with two UK packaging mills until "
            "2027, which is why we can offer a floor price on M1 that our competitors "
            "cannot."
        )
    ),
    Para(
        C(
            "Our plastics are sold through a broker into a UK pot, tub and tray recycler; if "
            "that outlet fails we would, for up to six months, bear the cost of sending M4 to "
            "our own polymer line at Brockholme rather than export it."
        )
    ),
    Signatures(
        "Executed by the parties as follows:",
        (
            Signatory(
                f"Signed for {BUYER}",
                (
                    ("Signature", U("S. Oyelaran")),
                    ("Name", U("Stephen Oyelaran")),
                    ("Role", U("Assistant Director, Environmental Services")),
                    ("Date", "2025-11-03"),
                ),
            ),
            Signatory(
                f"Signed for {SUPPLIER}",
                (
                    ("Signature", N("M. Calvert")),
                    ("Name", N("Matthew Calvert")),
                    ("Role", "Chief Executive"),
                    ("Date", "2025-10-30"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "offtake_agreement.pdf": DocumentSpec(
        title="Recyclate offtake agreement",
        subject=f"Agreement {REF}",
        header=f"{BUYER} — Recyclate offtake — COMMERCIAL IN CONFIDENCE",
        footer=f"Agreement {REF}",
        created=dt.datetime(2025, 11, 3, 14, 0),
        blocks=BLOCKS,
    ),
}
