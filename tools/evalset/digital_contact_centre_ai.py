"""Conversational AI service, Apprenticeships and Skills Funding Office with Parley (DOCX)."""

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

from evalset.marks import B, C, F, I, N, P, S, U

TEMPLATE = "digital"
BUYER = "Apprenticeships and Skills Funding Office"
SUPPLIER = "Parley Conversational Systems Ltd"
REF = "ASFO-2025-DIG-118"

META = {
    "id": "digital-contact-centre-ai-asfo-2025",
    "title": "Conversational AI assistant for the employer and learner contact centre",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 1_180_000, "currency": "GBP"},
    "awarded": dt.date(2025, 10, 6),
    "starts": dt.date(2025, 11, 3),
    "ends": dt.date(2027, 11, 2),
    "reference": REF,
    "public_names": ["Eleanor Quaintance", "Jamal Oduya-Firth"],
    "documents": [{"file": "order-form.docx", "title": "Order Form, Service Schedule and Pricing"}],
}

BANDS = (
    ("Band 1: up to 60,000", P("£0.58"), P("£0.21")),
    ("Band 2: 60,001 to 150,000", P("£0.47"), P("£0.18")),
    ("Band 3: 150,001 to 300,000", P("£0.39"), P("£0.15")),
    ("Band 4: over 300,000", P("£0.33"), P("£0.12")),
)

FINANCES = (
    (U("Turnover"), F("£18,640,000"), F("£14,205,000")),
    (U("Operating profit"), F("£1,372,000"), F("£806,000")),
    (U("Net assets"), F("£6,910,000"), F("£5,488,000")),
    (U("Current ratio"), F("1.64"), F("1.41")),
)

BLOCKS = [
    Title("ORDER FORM"),
    Subtitle("Conversational AI Service for the ASFO Contact Centre"),
    Para(f"Order number {U(REF)}", centred=True),
    Para(
        f"The {U(BUYER)} (\u201cASFO\u201d, \u201cwe\u201d) orders from {U(SUPPLIER)} "
        f"(company number {U('13502964')}) (\u201cParley\u201d, \u201cyou\u201d) the service "
        "described in Schedule A on the terms of this Order Form and the Buyer's Standard "
        "Terms for Digital Services (version 3.1). Where this Order Form and those terms "
        "conflict, this Order Form prevails."
    ),
    Heading("1. The order at a glance"),
    Table(
        ("Order particulars", "What we have agreed"),
        (
            (
                "Service",
                f"{U('Parley Converse')} {U('v4.7')} virtual assistant for web chat and "
                "the employer helpline, with hand-off to ASFO advisers",
            ),
            ("Start and end", "03.11.25 to 02.11.27, with an option to extend by 12 months"),
            ("Maximum order value", f"{U('£1,180,000')} excluding VAT"),
            ("Platform fee", f"{P('£14,250.00 + VAT')} per month"),
            (
                "ASFO service owner",
                f"{U('Eleanor Quaintance')}, {U('Director of Customer Contact')}",
            ),
            ("ASFO contact centre", f"{U('Ladywell Exchange, Corn Street, Bramhope, BR7 6DA')}"),
            (
                "Parley engagement lead",
                f"{N('Saoirse Menon-Albright')}, {N('saoirse@parley.example')}",
            ),
            ("Data protection", "ASFO is controller; Parley is processor (Schedule A, Part 4)"),
        ),
        (0.3, 0.7),
    ),
    Heading("2. Schedule A \u2014 The service"),
    Clause(
        "A1",
        "Parley will provide a virtual assistant that answers questions from "
        "employers and apprentices about funding bands, levy transfers and end-point "
        "assessment, using only content approved by ASFO, and that passes the "
        "conversation to a human adviser when it cannot answer or when the user asks.",
    ),
    Clause(
        "A2",
        "Model hosting. The language model and retrieval index are hosted in the "
        "United Kingdom only. Inference calls use these endpoints:",
    ),
    Clause(
        "(a)", f"primary, UK South: {S('https://uks.inference.parley.example/v2/asfo')};", level=2
    ),
    Clause(
        "(b)",
        f"failover, UK West: {S('https://ukw.inference.parley.example/v2/asfo')}; and",
        level=2,
    ),
    Clause(
        "(c)",
        f"ASFO's private endpoint for the content index, "
        f"{S('asfo-kb-idx.privatelink.asfo.internal')} ({S('10.88.30.17')}).",
        level=2,
    ),
    Clause(
        "A3",
        f"Keys and secrets. API keys are never written into configuration. Parley's "
        f"connector reads the primary key from ASFO's vault at the reference "
        f"{S('kv-asfo-prod-uks/secrets/parley-api-primary')} and the secondary key from "
        f"{S('kv-asfo-prod-uks/secrets/parley-api-secondary')}; keys rotate every 90 days. "
        f"The hand-off to the contact centre platform authenticates as "
        f"{S('svc-parley-handoff@asfo.internal')}.",
    ),
    Clause(
        "A4",
        "ASFO's content team may change approved answers at any time through the "
        "content console; changes take effect within 15 minutes.",
    ),
    Clause(
        "A5",
        f"Service levels: availability of {U('99.8%')} each month; a median response "
        f"time under 2.5 seconds. For each whole percentage point of availability below "
        f"target ASFO may deduct {P('5 %')} of that month's platform fee, and "
        f"{P('ten per cent (10%)')} if a failure to hand off causes a complaint upheld by "
        "the Independent Adjudicator.",
    ),
    Heading("3. Schedule B \u2014 Prices"),
    Table(
        (
            "Each conversation in a month is charged at the rate for the band that the "
            "month's running total has reached when it starts",
            "Per conversation",
            "Per hand-off",
        ),
        BANDS,
        (0.5, 0.25, 0.25),
        right=(1, 2),
    ),
    Para(
        f"A conversation is a session of up to 30 minutes with at least one user message. "
        f"Model fine-tuning for ASFO's content, done once at the start, is priced at "
        f"{P('GBP 48,600.00')}. Voice channel add-on: {P('£0.09')} per minute of speech "
        f"recognised. Rate card for change requests: solution consultant "
        f"{P('£1,050 per day')}, conversation designer {P('£780 per day')}."
    ),
    Para(
        f"Prices are fixed for the first 12 months and then rise by no more than the lower of "
        f"CPI and {P('2.75%')}."
    ),
    Para(
        f"Payment: monthly in arrears, within 30 days of a valid invoice, to Parley's account "
        f"at Greyfriars Commercial Bank, sort code {B('20-71-58')}, account "
        f"{B('09362841')}."
    ),
    Heading("4. Schedule C \u2014 Your financial standing and insurance"),
    Para(
        "You have given us the following figures from your audited accounts, which we relied "
        "on in awarding this order."
    ),
    Table(
        ("Year ended 31 March", "2025", "2024"),
        FINANCES,
        (0.4, 0.3, 0.3),
        right=(1, 2),
    ),
    Para(
        f"Your credit limit reported by your agency at award was {F('£410,000')}. You will "
        "tell us within five working days if any figure above falls by more than a quarter."
    ),
    Para(
        f"You hold professional indemnity and technology liability cover of "
        f"{U('not less than £5,000,000')} (policy {I('PRL-TL-2025/00719')}) and cyber cover "
        f"(policy {I('CY 66 3014 882')}) with an excess of {I('£15,000')} per claim."
    ),
    Heading("5. Schedule D \u2014 Parley's solution (Commercial in Confidence)"),
    Para(
        C(
            "We ground every answer in ASFO's approved content using retrieval with a strict "
            "citation check: where the retrieved passages do not support an answer, the "
            "assistant says so and offers a hand-off rather than generating text."
        )
    ),
    Para(
        C(
            "For the first three months we will staff a two-person tuning team from our Leeds "
            "office at no charge, reviewing 500 transcripts a week with ASFO's quality lead, "
            "and we will cap hand-off charges at the Band 2 rate until containment reaches 55%."
        )
    ),
    Heading("6. People"),
    Para(
        f"Parley's delivery lead for the order is Mr {N('Declan Ashgrove')}, who can be reached "
        f"on {N('07700 900815')}; his deputy is {N('Ms Farida Okonedo')} "
        f"({N('farida.okonedo@parley.example')}). ASFO's commercial contact is "
        f"{U('Jamal Oduya-Firth')}, {U('Senior Commercial Manager')}. General enquiries to "
        f"ASFO go to {U('0161 496 0300')}."
    ),
    Definition(
        "Hand-off",
        "means passing a live conversation, with its transcript, to an ASFO "
        "adviser in the contact centre platform.",
    ),
    Signatures(
        "Signed for ASFO and Parley:",
        (
            Signatory(
                "For the Apprenticeships and Skills Funding Office",
                (
                    ("Signed", U("E. Quaintance")),
                    ("Name", U("Eleanor Quaintance")),
                    ("Title", U("Director of Customer Contact")),
                    ("Date", "6th October 2025"),
                ),
            ),
            Signatory(
                f"For {SUPPLIER}",
                (
                    ("Signed", N("M. Ruthven")),
                    ("Name", N("Morag Ruthven")),
                    ("Title", "Chief Executive Officer"),
                    ("Date", "2nd October 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "order-form.docx": DocumentSpec(
        title="Order Form: conversational AI service",
        subject=f"Order {REF}",
        header=f"{BUYER} \u2014 Order Form {REF} \u2014 OFFICIAL",
        footer=f"Order {REF}",
        created=dt.datetime(2025, 10, 6, 9, 45),
        blocks=BLOCKS,
    ),
}
