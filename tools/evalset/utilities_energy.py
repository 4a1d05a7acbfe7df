"""Electricity supply to council sites, Brackenmoor Metropolitan Borough Council with Voltara
Energy Supply Ltd: supply contract particulars in the supplier's "we/you" style, site and MPAN
list, contract rates and the supplier's credit terms (PDF)."""

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

TEMPLATE = "utilities"
BUYER = "Brackenmoor Metropolitan Borough Council"
SUPPLIER = "Voltara Energy Supply Ltd"
REF = "BMBC-EN-2025-031"
SORT, ACCOUNT = "30-96-14", "58021763"
IBAN = uk_iban("LUMB", SORT, ACCOUNT)

META = {
    "id": "utilities-energy-brackenmoor-2025",
    "title": "Supply of electricity to corporate sites and street lighting, 2025-2028",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 4_680_000, "currency": "GBP"},
    "awarded": dt.date(2025, 2, 14),
    "starts": dt.date(2025, 4, 1),
    "ends": dt.date(2028, 3, 31),
    "reference": REF,
    "public_names": ["Alistair Penhaligon", "Rukhsana Begum"],
    "documents": [{"file": "supply-contract.pdf", "title": "Electricity supply contract"}],
}

PARTICULARS = (
    ("Contract number", U(REF)),
    ("Customer", f"{U(BUYER)}, {U('Brackenmoor Civic Hall, Kirkgate, Brackenmoor, BQ1 1HA')}"),
    (
        "Supplier",
        f"{U(SUPPLIER)} (registered in England, company no. {U('09917342')}), "
        "Pylon House, 14 Weir Street, Coldholme, CX4 9DD",
    ),
    ("Supply start date", "1st April 2025 (00:00 hours)"),
    ("Supply end date", "31st March 2028 (23:59 hours)"),
    ("Product", f"{U('Voltara Fixed Public Sector 36')} — fixed commodity, pass-through network"),
    ("Estimated contract value", f"{U('£4,680,000')} (approx. {U('£1,560,000')} a year)"),
    ("Tolerance band", "Plus or minus 15 per cent of the Estimated Annual Consumption"),
    ("Payment terms", "Monthly in arrears, 28 days from invoice, by BACS or Direct Debit"),
)

SITES = (
    (U("Brackenmoor Civic Hall"), U("16 1200 4471 839"), "HH", "1,240,000"),
    (U("Kirkgate Leisure Centre"), U("16 1200 5902 316"), "HH", "2,085,000"),
    (U("Moorside Depot"), U("16 1100 3318 472"), "HH", "690,000"),
    (U("Fellend Library"), U("16 1400 2276 955"), "NHH 03", "48,500"),
    (U("Holm Bank Crematorium"), U("16 1100 8804 127"), "HH", "412,000"),
    ("Street lighting (unmetered)", U("16 0000 9913 604"), "UMS", "5,730,000"),
)  # fmt: skip

RATES = (
    ("A — HH, above 1 GWh a year", P("21.84"), P("17.62"), P("24.37"), P("19.05")),
    ("B — HH, up to 1 GWh a year", P("22.41"), P("18.10"), P("25.02"), P("19.68")),
    ("C — NHH (profile 03-04)", P("23.96"), P("19.33"), "n/a", P("21.12")),
    ("D — Unmetered supplies", P("20.57"), P("20.57"), P("20.57"), P("20.57")),
)  # fmt: skip

STANDING = (
    ("Standing charge (HH sites)", "per MPAN per day", P("124.60p")),
    ("Standing charge (NHH sites)", "per MPAN per day", P("58.35p")),
    ("Meter operator and data service (HH)", "per MPAN per month", P("£38.50")),
    ("Capacity charge", "per kVA per day", P("3.92p")),
    ("Climate Change Levy (main rate 2025-26)", "per kWh", U("0.775p")),
)  # fmt: skip

BLOCKS = [
    Title("ELECTRICITY SUPPLY CONTRACT"),
    Subtitle("Public Sector Fixed Supply — Contract Particulars, Site List and Contract Rates"),
    Para(
        f"This contract is made under the {U('North Pennine Energy Purchasing Consortium')} "
        "agreement for the supply of electricity to local authorities and is between the "
        "parties named in Part A.",
        centred=True,
    ),
    Heading("Part A — Contract Particulars"),
    Table(("Item", "Particulars"), PARTICULARS, (0.3, 0.7)),
    Heading("Part B — How this contract works"),
    Para(
        "In this contract “we”, “us” and “our” mean the Supplier, and “you” and “your” mean "
        "the Customer. Words in capitals have the meanings given below."
    ),
    Definition(
        "Supply Point",
        "means each point of connection identified by a Meter Point Administration Number "
        "(MPAN) in the Site List, as added to or removed under condition 4.",
    ),
    Definition(
        "Contract Rates",
        "means the unit rates and standing charges in Part D, fixed for the Supply Period "
        "save as condition 6 allows.",
    ),
    Definition(
        "Pass-Through Charges",
        "means network use of system, balancing services, Capacity Market, Contracts for "
        "Difference and other third-party charges, invoiced at the amount we are charged.",
    ),
    Clause("1", "Supply"),
    Clause(
        "1.1",
        "We will supply, and you will buy from us, all the electricity taken at each Supply "
        "Point during the Supply Period.",
    ),
    Clause(
        "1.2",
        "Each site is registered with us on the Supply Start Date. Where a registration is "
        "objected to or delayed, the site will be supplied from the date registration "
        "completes and the Contract Rates apply from that date.",
    ),
    Clause(
        "1.2.1",
        "You may add a site during the term by giving us 28 days' notice; the "
        "rate for the band the site falls in applies.",
        level=2,
    ),
    Clause(
        "1.2.2",
        "You may remove a site that is sold, closed or demolished on 30 days' notice without "
        "any termination charge.",
        level=2,
    ),
    Clause("2", "Price"),
    Clause(
        "2.1",
        f"The commodity element of the Contract Rates includes a renewable premium of "
        f"{P('0.14p')} per kWh for REGO-backed supply to every site. Our margin, fixed for the "
        f"term, is {P('0.38 pence')} per kWh, and the third-party charges are passed through "
        "without mark-up.",
    ),
    Clause(
        "2.2",
        f"If your consumption across all Supply Points falls outside the Tolerance Band in a "
        f"contract year, the volume outside it is reconciled at the market price plus "
        f"{P('£4.20')} per MWh.",
    ),
    Clause(
        "2.3",
        "VAT is charged at the rate applicable to business supplies; Climate Change Levy is "
        f"charged at the statutory rate, currently {U('0.775 pence')} per kWh, unless a "
        "valid exemption certificate is held for the site.",
    ),
    Clause("3", "Our credit terms"),
    Clause(
        "3.1",
        f"We have approved your account on open credit with a limit of {P('£420,000')} and "
        "will not ask for a security deposit while invoices are paid on time.",
    ),
    Clause(
        "3.2",
        f"We allow a prompt-payment rebate of {P('0.75 %')} of the invoice value, excluding "
        "VAT, on every invoice paid by Direct Debit on or before its due date. Late payments "
        "carry interest at 4 per cent over the Bank of England base rate.",
    ),
    Clause(
        "3.3",
        f"Our obligations are guaranteed by our parent company, Voltara Holdings plc, up to "
        f"{F('£3,000,000')}. Our latest filed accounts (year to 2024-09-30) show turnover of "
        f"{F('£612.4 million')} and net assets of {F('£41.8 million')}; we will tell you within "
        "10 days if our credit rating with the consortium's monitoring agency falls below "
        f"{F('65/100')} (the current score is {F('78/100')}).",
    ),
    Heading("Part C — Site List"),
    Para("The Supply Points covered on the Supply Start Date are:"),
    Table(
        ("Site", "MPAN (core)", "Meter type", "Est. annual kWh"),
        SITES,
        (0.34, 0.28, 0.16, 0.22),
        right=(3,),
    ),
    Heading("Part D — Contract Rates"),
    Para("Unit rates in pence per kWh, excluding VAT, CCL and Pass-Through Charges:"),
    Table(
        ("Band", "Day 07:00-19:00", "Night 00:30-07:00", "Peak 16:00-19:00 (Nov-Feb)", "Weekend"),
        RATES,
        (0.32, 0.16, 0.17, 0.2, 0.15),
        right=(1, 2, 3, 4),
    ),
    Table(("Charge", "Unit", "Rate (ex VAT)"), STANDING, (0.5, 0.28, 0.22), right=(2,)),
    Heading("Part E — Data, billing and account management"),
    Clause(
        "4.1",
        f"Half-hourly data for every HH site is sent each morning by SFTP to your energy "
        f"management system at {S('ems-sftp01.brackenmoor.internal')} from our host "
        f"{S('hhdata-out.voltara.example')}, logging in as {S('bmbc_hhfeed')}. The Council's "
        f"firewall permits the transfer from {S('203.0.113.58')} only.",
    ),
    Clause(
        "4.2",
        "One consolidated bill in CSV and PDF is issued for all sites by the 8th working day "
        "of each month to energy.invoices@brackenmoor.gov.uk.",
    ),
    Clause(
        "4.3",
        f"Your named account manager is {N('Mr Declan Ashworth-Rye')}, who can be reached on "
        f"{N('07700 900628')} or at {N('declan.ashworth-rye@voltara.example')}. In his absence, "
        f"{N('Priya Venkataraman')} ({N('0113 496 0417')}) deals with your account.",
    ),
    Clause(
        "4.4",
        f"The Council's contract manager is {U('Rukhsana Begum')}, "
        f"{U('Corporate Energy and Carbon Manager')}; general enquiries go to the Council's "
        f"switchboard on {U('01632 960000')}.",
    ),
    Heading("Part F — Payment, insurance and liability"),
    Clause(
        "5.1",
        f"Please pay into our collection account with Lumbridge Bank plc: sort code {B(SORT)}, "
        f"account {B(ACCOUNT)} (IBAN {B(grouped(IBAN))}, BIC {B('LUMBGB2L')}), quoting the "
        "invoice number.",
    ),
    Clause(
        "5.2",
        f"We hold public liability insurance of not less than {U('£10,000,000')} for each "
        f"event with Harrowfield Insurance Company Ltd, policy {I('HIC/PL/7740392-E')}, and "
        f"carry an excess of {I('£50,000')} each claim.",
    ),
    Clause(
        "5.3",
        f"Neither party's total liability in any contract year exceeds {U('£1,000,000')}, "
        "except for charges properly due and for liability that cannot lawfully be limited.",
    ),
    Signatures(
        "Signed by the authorised representatives of the Customer and the Supplier.",
        (
            Signatory(
                "For the Customer",
                (
                    ("Signature", U("A. Penhaligon")),
                    ("Name", U("Alistair Penhaligon")),
                    ("Position", U("Director of Property")),
                    ("Date", "14.02.25"),
                ),
            ),
            Signatory(
                "For the Supplier",
                (
                    ("Signature", N("G. Whitcombe")),
                    ("Name", N("Georgina Whitcombe")),
                    ("Position", U("Head of Public Sector Sales")),
                    ("Date", "2025-02-13"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "supply-contract.pdf": DocumentSpec(
        title="Electricity supply contract",
        subject=f"Contract {REF}",
        header=f"{SUPPLIER} — Electricity Supply Contract — {REF}",
        footer=f"{BUYER} — Commercial",
        created=dt.datetime(2025, 2, 14, 10, 30),
        blocks=BLOCKS,
    ),
}
