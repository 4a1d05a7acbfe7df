"""Multi-agency data sharing agreement, Stourley Metropolitan Borough Council with Westmarch
Police and Pennant Valley NHS Foundation Trust (DOCX)."""

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

from evalset.marks import I, N, P, S, U

TEMPLATE = "partnership"
BUYER = "Stourley Metropolitan Borough Council"
POLICE = "Chief Constable of Westmarch Police"
TRUST = "Pennant Valley NHS Foundation Trust"
REF = "SMBC-DSA-2025-0117"

META = {
    "id": "partnership-data-sharing-mash-2025",
    "title": "Multi-agency safeguarding hub data sharing agreement 2025-2028",
    "buyer": BUYER,
    "supplier": f"{POLICE}; {TRUST}",
    "value": {"amount": 186_000, "currency": "GBP"},
    "awarded": dt.date(2025, 6, 16),
    "starts": dt.date(2025, 7, 1),
    "ends": dt.date(2028, 6, 30),
    "reference": REF,
    "public_names": [
        "Priya Ramanathan",
        "Detective Superintendent Alan Whitlock",
        "Catrin Bowes",
        "Mark Ellingham",
        "Joanne Severs",
    ],
    "documents": [{"file": "data-sharing-agreement.docx", "title": "Data sharing agreement"}],
}

PARTIES = (
    (U(BUYER), "Town Hall, Victoria Square, Stourley, SQ9 1TH",
     f"{U('Priya Ramanathan')}, {U('Information Governance Manager and Data Protection Officer')}"),
    (U(POLICE), "Force Headquarters, Carver Lane, Ambridge Vale, WQ4 2HP",
     f"{U('Mark Ellingham')}, {U('Head of Information Compliance')} (Data Protection Officer)"),
    (U(TRUST), "Penhallow House, Kiln Road, Stourley, SQ7 3PN",
     f"{U('Catrin Bowes')}, {U('Data Protection Officer')}"),
)  # fmt: skip

ANALYSTS = (
    (U("Stourley MBC"), N("Kieran Moffatt"), N("k.moffatt@stourley.gov.uk"), N("0161 496 0318"),
     S("svc_mash_smbc_up")),
    (U("Westmarch Police"), N("DC Shona Treharne"), N("shona.treharne@westmarch.police.test"),
     N("07700 900273"), S("svc_mash_wmp_up")),
    (U("Pennant Valley NHS FT"), N("Oluwaseun Adeyinka"), N("o.adeyinka@pennantvalley.nhs.test"),
     N("07700 900641"), S("svc_mash_pvt_up")),
)  # fmt: skip

ALLOW = (
    ("Stourley MBC, Town Hall data centre egress", S("203.0.113.40/29")),
    ("Stourley MBC, disaster recovery site", S("203.0.113.72")),
    ("Westmarch Police, force gateway (PSN)", S("198.51.100.128/27")),
    ("Pennant Valley NHS FT, HSCN breakout", S("192.0.2.214")),
    ("Pennant Valley NHS FT, Kiln Road site", S("192.0.2.215")),
)

COSTS = (
    ("Quillgate Transfer hosting and support", P("GBP 41,500.00"), "per year"),
    ("Named user licences (first 12 included)", P("GBP 310.00"), "per additional user per year"),
    ("Key ceremony and onboarding (one-off)", P("GBP 4,750.00"), "per Partner"),
    ("Penetration test of the service", P("GBP 6,200.00"), "per test, annually"),
)

BLOCKS = [
    Title("DATA SHARING AGREEMENT"),
    Subtitle("Stourley Multi-Agency Safeguarding Hub (MASH)"),
    Para(f"Agreement reference: {U(REF)} — version {U('v3.2')}", centred=True),
    Para(
        f"This Agreement is made on 2025-06-16 between {U(BUYER)}, the {U(POLICE)} and "
        f"{U(TRUST)} (together the “Partners” and each a “Partner”), who act as separate "
        "controllers of the personal data they share through the Hub."
    ),
    Heading("Part 1 — The Partners"),
    Table(
        ("Partner", "Address for notices", "Data Protection Officer"), PARTIES, (0.3, 0.35, 0.35)
    ),
    Para(
        f"General enquiries about this Agreement may be made to the Council's information "
        f"governance team on {U('0161 496 0000')}."
    ),
    Heading("Part 2 — Definitions"),
    Definition(
        "Shared Data",
        "means the personal data and special category data described in "
        "Part 4 which one Partner discloses to another under this Agreement.",
    ),
    Definition(
        "Hub",
        "means the co-located multi-agency team at Stourley Town Hall which "
        "receives safeguarding contacts about children and adults at risk.",
    ),
    Definition(
        "Transfer Service",
        f"means the secure file transfer service described in "
        f"Part 6, running {U('Quillgate Transfer 5.4')}, operated for the Partners by "
        f"Quillgate Data Services Ltd as processor to the Council.",
    ),
    Definition(
        "Single Point of Contact",
        "means the analyst nominated by a Partner in Part 5 to "
        "send, receive and reconcile Shared Data.",
    ),
    Heading("Part 3 — Purpose and lawful basis"),
    Clause(
        "3.1",
        "The Partners share information to identify children and adults at risk of "
        "harm at the earliest point, to agree a proportionate response and to record the "
        "reasons for each decision.",
    ),
    Clause(
        "3.2",
        f"Each Partner relies on {U('Article 6(1)(e)')} UK GDPR and, for special "
        f"category data, on {U('Article 9(2)(g)')} together with paragraph 18 of Schedule 1 "
        "to the Data Protection Act 2018 (safeguarding of children and individuals at "
        "risk).",
    ),
    Clause(
        "3.3",
        f"The Council and the Trust also act under section 11 of the Children Act "
        f"2004 and {U('section 42 of the Care Act 2014')}; the police share under common "
        "law powers and the Authorised Professional Practice on information management.",
    ),
    Clause(
        "3.3.1",
        "Disclosure of criminal offence data by the police is governed by Part 3 "
        "of the Data Protection Act 2018 and shall be limited to what is necessary for the "
        "safeguarding decision.",
        level=2,
    ),
    Heading("Part 4 — The Shared Data"),
    Clause(
        "4.1",
        "Each contact record may contain: name, aliases, date of birth, address, "
        "household members, school or GP, the nature of the concern, relevant police "
        "incidents, health attendances and any existing social care involvement.",
    ),
    Clause(
        "4.2",
        "Partners shall not share full clinical records, intelligence graded as not "
        "for onward disclosure, or information about third parties who are not relevant to "
        "the concern.",
    ),
    Heading("Part 5 — Single Points of Contact"),
    Para(
        "Each Partner nominates the analyst below and the service account issued to that "
        "analyst's team. A Partner may change its nominee by email to the other Partners' "
        "Data Protection Officers."
    ),
    Table(
        ("Partner", "Analyst", "Email", "Telephone", "Service account"),
        ANALYSTS,
        (0.16, 0.18, 0.28, 0.16, 0.22),
    ),
    Para(
        f"In the absence of the Council's analyst, his deputy {N('Ffion Lasker')} "
        f"({N('f.lasker@stourley.gov.uk')}) shall run the daily reconciliation."
    ),
    Heading("Part 6 — Transfer, security and keys"),
    Clause(
        "6.1",
        f"Shared Data in bulk shall be sent only through the Transfer Service at "
        f"{S('sftp.mash.stourley.gov.uk')} on port {S('2222')}, never by ordinary email. "
        f"The server's host key fingerprint is "
        f"{S('SHA256:q3Zt8VvL0mRk2YhD5nWcXa9EoPf1GuJs7TbKi4l6NxQ')}.",
    ),
    Clause(
        "6.2",
        "Connections are accepted only from the addresses in the table below; a "
        "Partner shall give ten working days' notice of any change.",
    ),
    Table(
        (
            "Each Partner shall connect only from the addresses listed against it",
            "Address or range",
        ),
        ALLOW,
        (0.65, 0.35),
    ),
    Clause(
        "6.3",
        f"Every file shall be encrypted with the Hub's OpenPGP public key, key ID "
        f"{S('0x4C9E2A71D3B85F06')}; the private key is held in the Council's key vault "
        f"under reference {S('kv-smbc-prod-02/mash-pgp-2025')} and is rotated each June.",
    ),
    Clause(
        "6.4",
        f"The Council's administrative account on the Transfer Service is "
        f"{S('qt_admin_smbc')}; the temporary password issued for first log-on, "
        f"{S('Lantern-Harbour-62!')}, shall be changed within 24 hours of this Agreement.",
    ),
    Clause(
        "6.5",
        "Partners shall report a suspected personal data breach involving Shared "
        "Data to the other Partners' Data Protection Officers within 24 hours of becoming "
        "aware of it, whether or not it is reportable to the Information Commissioner.",
    ),
    Heading("Part 7 — Retention and review"),
    Clause(
        "7.1",
        "Files received through the Transfer Service are deleted from it after 14 "
        "days; Partners retain copies only within their own case records, for the periods "
        "in their retention schedules.",
    ),
    Clause(
        "7.2",
        f"The Agreement is reviewed annually by the MASH Strategic Board, chaired by "
        f"{U('Detective Superintendent Alan Whitlock')}, {U('Head of Public Protection')}.",
    ),
    Heading("Part 8 — Costs of the Transfer Service"),
    Clause(
        "8.1",
        f"The Council has contracted with Quillgate Data Services Ltd for the "
        f"Transfer Service. The cost over the three-year term, {U('£186,000')}, is shared "
        f"equally by the Partners and invoiced by the Council each July.",
    ),
    Table(("Charge (ex VAT)", "Amount", "Basis"), COSTS, (0.48, 0.2, 0.32), right=(1,)),
    Clause(
        "8.2",
        f"Quillgate's charges rise each year by CPI capped at "
        f"{P('three and a half per cent (3.5%)')}, and it allows a service credit of "
        f"{P('£1.2k')} for each month in which availability falls below 99.5 %.",
    ),
    Clause(
        "8.3",
        f"Quillgate holds cyber liability insurance under certificate "
        f"{I('CYB-88301427-Q')} and professional indemnity insurance under policy "
        f"{I('PI/QDS/2025/06614')}; the Council requires cover of not less than "
        f"{U('£5,000,000')} for each.",
    ),
    Signatures(
        "Signed on behalf of each Partner by its authorised signatory:",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Name", U("Joanne Severs")),
                    ("Role", "Director of Children's Services"),
                    ("Date", "2025-06-16"),
                ),
            ),
            Signatory(
                f"For the {POLICE}",
                (
                    ("Name", U("Detective Superintendent Alan Whitlock")),
                    ("Role", "Head of Public Protection"),
                    ("Date", "2025-06-12"),
                ),
            ),
            Signatory(
                f"For {TRUST}",
                (
                    ("Name", U("Catrin Bowes")),
                    ("Role", "Data Protection Officer, for the Caldicott Guardian"),
                    ("Date", "2025-06-13"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "data-sharing-agreement.docx": DocumentSpec(
        title="Stourley MASH data sharing agreement",
        subject=f"Agreement {REF}",
        header="Stourley MASH — Data Sharing Agreement — OFFICIAL-SENSITIVE",
        footer=f"{REF} v3.2",
        created=dt.datetime(2025, 6, 16, 14, 0),
        blocks=BLOCKS,
    ),
}
