"""Purchase order for park furniture on Harrowden District Council's standard terms (PDF)."""

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
    Table,
    Title,
)

from evalset.marks import B, F, I, N, P, S, U, grouped, uk_iban

TEMPLATE = "council"
BUYER = "Harrowden District Council"
SUPPLIER = "Ferrand Street Furniture Limited"
REF = "HDC/PO/4100237781"
SORT, ACCOUNT = "23-71-40", "51093382"
IBAN = uk_iban("FDLB", SORT, ACCOUNT)

META = {
    "id": "council-po-park-furniture-2025",
    "title": "Purchase order: park benches, bins and picnic units",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 38_412, "currency": "GBP"},
    "awarded": dt.date(2025, 10, 14),
    "starts": dt.date(2025, 10, 14),
    "ends": dt.date(2026, 1, 30),
    "reference": REF,
    "public_names": ["Lorna Vickery", "Graham Pettifer"],
    "documents": [{"file": "purchase-order.pdf", "title": "Purchase order and conditions"}],
}

ORDER = (
    (
        "1",
        "HB-180-R",
        "Recycled-plastic bench, 1.8 m, with armrests, brown",
        "24",
        "each",
        P("418.50"),
        P("10,044.00"),
    ),
    (
        "2",
        "LB-110-DT",
        "Twin-aperture litter and recycling bin, 110 l, green",
        "30",
        "each",
        P("386.20"),
        P("11,586.00"),
    ),
    (
        "3",
        "PT-6-ACC",
        "Accessible picnic table, six seats plus wheelchair bay",
        "10",
        "each",
        P("742.00"),
        P("7,420.00"),
    ),
    (
        "4",
        "FX-GRD-M8",
        "Ground-anchor fixing kit, M8 stainless, per item installed",
        "64",
        "kit",
        P("31.75"),
        P("2,032.00"),
    ),
    (
        "5",
        "DEL-ZONE2",
        "Delivery to depot, Zone 2, one drop per week",
        "4",
        "drop",
        P("295.00"),
        P("1,180.00"),
    ),
    (
        "6",
        "INST-DAY",
        "Installation team, two operatives with van",
        "12",
        "day",
        P("512.50"),
        P("6,150.00"),
    ),
)

HEADER = (
    ("Purchase order number", U(REF)),
    ("Order date", "14 October 2025"),
    (
        "Supplier",
        f"{U(SUPPLIER)} (company number {U('04417763')}), Unit 9, Brindle Works, "
        "Colliery Road, Ashcombe, HW9 3TR",
    ),
    ("Supplier number", "V-003318"),
    ("Invoice to", "Harrowden District Council, Accounts Payable, PO Box 2291, Harrowden, HW1 1AP"),
    ("Deliver to", "Parks Depot, Sandpit Lane, Harrowden, HW3 8DD"),
    ("Requisitioner", f"{U('Lorna Vickery')}, {U('Parks and Open Spaces Manager')}"),
    ("Cost centre / subjective", "P4120 / 30115 — Parks capital renewal"),
    ("Quotation reference", "Supplier quotation FSF-Q-25-0911 dated 29 September 2025"),
)

BLOCKS = [
    Title("OFFICIAL ORDER"),
    Para(
        f"{U(BUYER)} — {U('Council Offices, Mill Street, Harrowden, HW1 2QS')} — "
        f"switchboard {U('01632 960100')}",
        centred=True,
    ),
    Para(
        "Please supply the goods and services below on the Council's Standard Conditions of "
        "Purchase printed overleaf. The order number must appear on every delivery note, "
        "invoice and item of correspondence.",
        centred=True,
    ),
    Table(("Order details", ""), HEADER, (0.3, 0.7)),
    Heading("Order lines", level=2),
    Table(
        ("No.", "Item code", "Description", "Qty", "Unit", "Unit price (£)", "Line total (£)"),
        ORDER,
        (0.06, 0.15, 0.35, 0.07, 0.08, 0.14, 0.15),
        right=(3, 5, 6),
    ),
    Table(
        ("Summary", "£"),
        (
            ("Order total (excluding VAT)", U("38,412.00")),
            ("VAT at 20%", "7,682.40"),
            ("Order total (including VAT)", "46,094.40"),
        ),
        (0.7, 0.3),
        right=(1,),
        bold_last_row=True,
    ),
    Heading("Special instructions", level=2),
    Para(
        f"Deliveries between 07:30 and 14:30, Monday to Thursday only. The depot gate is "
        f"unattended after 12:00: use the keypad on the left-hand pillar, code "
        f"{S('7310#')}, and telephone the stores supervisor, {N('Kieran Doughty')}, on "
        f"{N('07700 900628')} on arrival. Do not leave goods outside the compound."
    ),
    Para(
        f"Delivery notes and proof-of-installation photographs are to be uploaded to the "
        f"Council's supplier portal under the supplier account {S('fsf_harrowden_ap')}; the "
        f"temporary portal password issued with this order, {S('Kestrel!Brook42')}, must be "
        "changed at first log-in."
    ),
    Para(
        f"The Supplier's contact for this order is {N('Ms Bethany Orme')}, Key Account "
        f"Executive ({N('b.orme@ferrandfurniture.example')}, direct line "
        f"{N('0113 496 0472')})."
    ),
    Para(
        f"Authorised for {BUYER} by {U('Graham Pettifer')}, {U('Head of Procurement')}, "
        "within the delegated limit for Tier 2 orders."
    ),
    Heading("STANDARD CONDITIONS OF PURCHASE (GOODS) — EDITION 7, APRIL 2025"),
    Heading("1. Interpretation", level=2),
    Clause("1.1", "In these Conditions the following words have the meanings given:"),
    Definition(
        "Conditions",
        "means these standard conditions of purchase together with any "
        "special conditions set out on the face of the Order.",
    ),
    Definition(
        "Contract",
        "means the contract between the Council and the Supplier for the "
        "supply of the Goods, formed in accordance with Condition 2.",
    ),
    Definition(
        "Goods",
        "means the goods (and any installation or related services) described in the Order.",
    ),
    Definition(
        "Order",
        "means the Council's official purchase order to which these Conditions are attached.",
    ),
    Definition(
        "Price",
        "means the price of the Goods stated in the Order, which is fixed for "
        "the duration of the Contract.",
    ),
    Clause(
        "1.2",
        "A reference to a Condition is to a numbered condition of these Conditions; "
        "headings do not affect interpretation.",
    ),
    Heading("2. Formation of the Contract", level=2),
    Clause(
        "2.1",
        "The Order is an offer by the Council to buy the Goods. The Contract is "
        "formed when the Supplier accepts the Order in writing or begins to perform it, "
        "whichever is earlier.",
    ),
    Clause(
        "2.2",
        "These Conditions apply to the exclusion of any terms which the Supplier "
        "seeks to impose, including any printed on its quotation or delivery note.",
    ),
    Heading("3. Price and payment", level=2),
    Clause(
        "3.1",
        "The Price is inclusive of packaging, carriage to the delivery address and "
        "insurance in transit, and is exclusive of VAT.",
    ),
    Clause(
        "3.2",
        "The Supplier shall invoice on completion of delivery of each order line. "
        "The Council shall pay each valid and undisputed invoice within 30 days of receipt.",
    ),
    Clause(
        "3.2.1",
        f"Where the Council pays within 10 days of receipt, the Supplier allows a "
        f"prompt-payment discount of {P('2.25%')} of the invoiced amount.",
        level=2,
    ),
    Clause(
        "3.2.2",
        f"A volume rebate of {P('3.5 per cent')} applies to the value of all "
        f"orders placed by the Council with the Supplier in the financial year above "
        f"{P('£25,000')}, credited against the final invoice.",
        level=2,
    ),
    Clause(
        "3.3",
        f"Payment shall be made by BACS to the Supplier's nominated account: "
        f"Fenland & Dale Bank plc, sort code {B(SORT)}, account number {B(ACCOUNT)}, IBAN "
        f"{B(grouped(IBAN))}. A change of bank details is accepted only on the Supplier's "
        "letterhead and after a call-back to a number already held by the Council.",
    ),
    Clause(
        "3.4",
        "Interest on late payment is payable under the Late Payment of Commercial "
        "Debts (Interest) Act 1998.",
    ),
    Heading("4. Delivery", level=2),
    Clause(
        "4.1",
        "The Goods shall be delivered to the address and within the times stated in "
        "the Order. Time of delivery is of the essence.",
    ),
    Clause(
        "4.2",
        f"If the Goods are delivered late, the Supplier shall pay or allow the "
        f"Council {P('1.5%')} of the Price of the late order line for each week of delay, "
        f"up to a maximum of {P('15%')}, as a genuine pre-estimate of the Council's loss.",
    ),
    Clause(
        "4.3",
        "Risk in the Goods passes on delivery; title passes on delivery or payment, "
        "whichever is earlier.",
    ),
    Heading("5. Quality, inspection and rejection", level=2),
    Clause(
        "5.1",
        "The Goods shall conform to the Order and to the Supplier's quotation, be of "
        "satisfactory quality and fit for use in public parks, and comply with BS EN 1176 "
        "where applicable.",
    ),
    Clause(
        "5.2",
        "The Council may reject Goods which do not comply within 30 days of "
        "delivery, and the Supplier shall collect and replace them at its own cost.",
    ),
    Clause(
        "5.3",
        f"The Supplier warrants the Goods against defects in materials and "
        f"workmanship for {U('ten years')} from installation.",
    ),
    Heading("6. Liability and insurance", level=2),
    Clause(
        "6.1",
        f"The Supplier's total liability under the Contract, other than for death or "
        f"personal injury caused by negligence, is limited to {U('£250,000')}.",
    ),
    Clause(
        "6.2",
        f"The Supplier shall maintain public liability insurance of not less than "
        f"{U('£5,000,000')} and product liability insurance of not less than "
        f"{U('£2,000,000')} for any one event.",
    ),
    Clause(
        "6.2.1",
        f"The Supplier's combined liability policy is with Greystone Commercial "
        f"Insurance, policy number {I('GCI/CL/00773145')}, carrying an excess of "
        f"{I('£1,000')} for each claim, and its employer's liability certificate is "
        f"{I('EL 5521 0938 17')}.",
        level=2,
    ),
    Heading("7. Supplier standing", level=2),
    Clause(
        "7.1",
        f"The Council has relied on the Supplier's financial information supplied "
        f"with the quotation: turnover for the year to 31 March 2025 of {F('£3,184,000')}, "
        f"net assets of {F('£612,450')} and a business credit score of {F('74 out of 100')}. "
        "The Supplier shall notify the Council promptly of any material deterioration.",
    ),
    Heading("8. Termination", level=2),
    Clause(
        "8.1",
        "The Council may terminate the Contract at once by notice if the Supplier "
        "breaches it and does not remedy the breach within 14 days, or becomes insolvent.",
    ),
    Clause(
        "8.2",
        "The Council may cancel any undelivered part of the Order on seven days' "
        "notice, paying only for Goods already delivered and accepted.",
    ),
    Heading("9. General", level=2),
    Clause(
        "9.1",
        "The Supplier acknowledges that the Council is subject to the Freedom of "
        "Information Act 2000 and publishes orders over £500 under the Local Government "
        "Transparency Code 2015.",
    ),
    Clause("9.2", "The Contract is governed by the law of England and Wales."),
    Signatures(
        "Acceptance of order",
        (
            Signatory(
                f"Issued for {BUYER}",
                (
                    ("Signed", U("G. Pettifer")),
                    ("Name", U("Graham Pettifer")),
                    ("Position", "Head of Procurement"),
                    ("Date", "14 October 2025"),
                ),
            ),
            Signatory(
                f"Accepted for {SUPPLIER}",
                (
                    ("Signed", N("A. Ferrand")),
                    ("Name", N("Alistair Ferrand")),
                    ("Position", "Managing Director"),
                    ("Date", "16 October 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "purchase-order.pdf": DocumentSpec(
        title="Official order HDC/PO/4100237781",
        subject=f"Purchase order {REF}",
        header=f"{BUYER} — Official order — OFFICIAL",
        footer=f"Order {REF}",
        created=dt.datetime(2025, 10, 14, 11, 20),
        blocks=BLOCKS,
    ),
}
