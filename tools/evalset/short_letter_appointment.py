"""Letter appointing an independent heritage consultant, Fellmoor National Park Authority (DOCX)."""

from __future__ import annotations

import datetime as dt

from samples.render import (
    Clause,
    DocumentSpec,
    Heading,
    Para,
    Signatory,
    Signatures,
    Table,
)

from evalset.marks import B, C, I, N, P, S, U

TEMPLATE = "shortform"
BUYER = "Fellmoor National Park Authority"
SUPPLIER = "Penhale Heritage"
REF = "FNPA/CONS/2025/07"

META = {
    "id": "short-letter-heritage-consultant-2025",
    "title": "Appointment of an independent consultant: conservation area appraisals for "
    "Hesketh Dale and Upper Wenning",
    "buyer": BUYER,
    "supplier": SUPPLIER,
    "value": {"amount": 14_700, "currency": "GBP"},
    "awarded": dt.date(2025, 4, 22),
    "starts": dt.date(2025, 5, 6),
    "ends": dt.date(2025, 12, 19),
    "reference": REF,
    "public_names": ["Gareth Allonby", "Judith Marsland"],
    "documents": [{"file": "letter-of-appointment.docx", "title": "Letter of appointment"}],
}

FEES = (
    ("Hesketh Dale appraisal: survey, draft and final", "12", P("£525.00"), P("£6,300.00")),
    ("Upper Wenning appraisal: survey, draft and final", "10", P("£525.00"), P("£5,250.00")),
    ("Public drop-in sessions (two evenings)", "2 half days", P("£290.00"), P("£580.00")),
    ("Report to Planning Committee", "1 half day", P("£290.00"), P("£290.00")),
    ("Expenses allowance (capped, see paragraph 6)", "—", "—", P("£2,280.00")),
    ("Maximum fee and expenses", "", "", U("£14,700.00")),
)

BLOCKS = [
    Para(f"{U(BUYER)}"),
    Para(f"{U('Langstrath Barn, Hawes Road, Fellbeck, FM3 7HN')}   Telephone {U('01632 960300')}"),
    Para(f"Our ref: {U(REF)}   Your ref: RP/FNPA/02"),
    Para("22nd April 2025"),
    Para("PRIVATE AND CONFIDENTIAL — BY EMAIL AND POST", bold=True),
    Para(
        f"{N('Dr Rosalind Penhale')}, {N('Thrushgill Cottage, 4 Kirk Wynd, Low Ambery, FM9 2XT')}"
    ),
    Para(f"By email: {N('ros.penhale@penhaleheritage.example')}"),
    Para("Dear Dr Penhale"),
    Para(
        "Appointment as independent consultant — conservation area appraisals for Hesketh Dale "
        "and Upper Wenning",
        bold=True,
    ),
    Clause(
        "1.",
        "Thank you for your proposal of 2nd April 2025. I am pleased to confirm that the "
        "Authority appoints you to carry out the work described below on the terms of this "
        "letter. Please sign and return the enclosed copy to show that you accept them.",
    ),
    Heading("The work", level=2),
    Clause(
        "2.",
        "You will prepare a character appraisal and management plan for each of the two "
        "conservation areas, in line with Historic England Advice Note 1 (second edition), "
        "and present the drafts at public drop-in sessions in the villages.",
    ),
    Clause(
        "2.1",
        "First drafts are due by 29th August 2025 and final versions, revised after "
        "consultation, by 28th November 2025.",
    ),
    Clause(
        "2.2",
        f"Your contact at the Authority will be {U('Judith Marsland')}, "
        f"{U('Principal Conservation Officer')}, who will agree the programme with you and "
        "approve each draft.",
    ),
    Heading("Your status", level=2),
    Clause(
        "3.",
        "You are appointed as an independent contractor and not as an employee. You decide "
        "how and when the work is done, you provide your own equipment and you may send a "
        "suitably qualified substitute with our agreement. You will invoice under your business "
        f"name, {U(SUPPLIER)}.",
    ),
    Clause(
        "3.1",
        "We have assessed this engagement with HMRC's CEST tool and concluded that the "
        "off-payroll working rules do not apply. For our records you have given us your "
        f"Unique Taxpayer Reference, {N('57201 84396')}, and your National Insurance number, "
        f"{N('NW 61 44 07 B')}.",
    ),
    Heading("Fees", level=2),
    Clause(
        "4.",
        f"We will pay a day rate of {P('£525.00')} and a half-day rate of {P('£290.00')}. "
        f"You are not registered for VAT. A day means seven and a half hours of work, "
        "including travel time within the National Park.",
    ),
    Clause(
        "4.1",
        f"The total of your fees and expenses will not exceed {U('£14,700.00')} without our "
        "prior written agreement. The estimated split is:",
    ),
    Table(
        ("Element", "Days", "Rate", "Amount"),
        FEES,
        (0.5, 0.14, 0.16, 0.2),
        right=(2, 3),
        bold_last_row=True,
    ),
    Clause(
        "5.",
        "Please invoice monthly in arrears, showing the days worked on each appraisal. We will "
        f"pay within 14 days into your account with Kentmere Building Society, sort code "
        f"{B('40-18-63')}, account {B('17730842')}, building society roll number "
        f"{B('KBS 0081-4421-9')}.",
    ),
    Heading("Expenses", level=2),
    Clause(
        "6.",
        f"We will reimburse car mileage at {P('45p')} a mile for journeys from your home to "
        f"the villages and to our offices, evening meals at up to {P('£18.50')}, and "
        f"overnight accommodation when agreed in advance at up to {P('£95 (ex. VAT)')} a "
        f"night. Expenses are capped at {P('2,280 pounds')} in total.",
    ),
    Heading("Access to our systems and buildings", level=2),
    Clause(
        "7.",
        f"We will give you a guest account on our planning system, user name "
        f"{S('ext.rpenhale')}, for read-only access to listed building and planning history "
        f"records. Your one-time password is {S('Wenning-Lark-4471')}; you will be asked "
        "to change it when you first sign in.",
    ),
    Clause(
        "7.1",
        f"If you need to use the archive room at Langstrath Barn out of hours, the key is "
        f"in the key safe beside the rear door; its code is {S('0 6 1 9')} and the alarm "
        f"is unset with {S('27450')}. Please tell {U('Judith Marsland')} before each visit.",
    ),
    Heading("Insurance", level=2),
    Clause(
        "8.",
        f"You must hold professional indemnity insurance of at least {U('£500,000')} and "
        f"public liability insurance of at least {U('£2,000,000')} throughout the engagement "
        "and for six years afterwards for professional indemnity.",
    ),
    Clause(
        "8.1",
        f"You have sent us your professional indemnity schedule (policy "
        f"{I('IHBC/PI/26-118377')}, excess {I('£250')}) and your public liability certificate "
        f"({I('PL 0449 2871 A')}). Please send renewals when they are issued.",
    ),
    Heading("Your proposal", level=2),
    Clause(
        "9.",
        "Your proposal forms part of this appointment. The Authority will treat the following "
        "parts of it, marked by you as Commercial in Confidence, as exempt from disclosure "
        "where the law allows:",
    ),
    Para(
        C(
            "I will walk every street and lane in both areas with a tablet-based recording "
            "form, photograph every unlisted building of merit, and test the boundaries "
            "against the 1850s Ordnance Survey and the tithe maps, which I have already "
            "transcribed for Upper Wenning in earlier research."
        )
    ),
    Para(
        C(
            "I will hold the drop-in sessions in the village halls on weekday evenings, "
            "with a short printed summary and a map on which residents can mark buildings "
            "and views they value; on past commissions this has doubled written responses."
        )
    ),
    Heading("Other terms", level=2),
    Clause(
        "10.",
        "The copyright in the appraisals will belong to the Authority; you may use "
        "photographs and extracts in your own publications with an acknowledgement.",
    ),
    Clause(
        "11.",
        "Either of us may end this appointment by giving 14 days' written notice. We will pay "
        "for work done up to the end of the notice period.",
    ),
    Clause(
        "12.",
        "Your liability to the Authority for any claim arising from this appointment is "
        f"limited to {U('£500,000')}.",
    ),
    Clause(
        "13.",
        "We are subject to the Freedom of Information Act 2000 and the Environmental "
        "Information Regulations 2004. This letter is governed by the law of England and "
        "Wales.",
    ),
    Clause(
        "14.",
        f"If you have any questions, please call {U('Judith Marsland')} or me. We have noted "
        f"your mobile number, {N('07700 900846')}, for use during fieldwork.",
    ),
    Para("Yours sincerely"),
    Signatures(
        "Signed for the Authority, and accepted by the Consultant",
        (
            Signatory(
                f"For {BUYER}",
                (
                    ("Signed", U("G. Allonby")),
                    ("Name", U("Gareth Allonby")),
                    ("Position", U("Director of Conservation and Planning")),
                    ("Date", "22nd April 2025"),
                ),
            ),
            Signatory(
                "I accept the appointment on these terms",
                (
                    ("Signed", N("R. Penhale")),
                    ("Name", N("Dr Rosalind Penhale")),
                    ("Date", "25th April 2025"),
                ),
            ),
        ),
    ),
]

DOCUMENTS = {
    "letter-of-appointment.docx": DocumentSpec(
        title="Letter of appointment: conservation area appraisals",
        subject=f"Appointment {REF}",
        header=f"{BUYER}",
        footer=f"Ref {REF}",
        created=dt.datetime(2025, 4, 22, 15, 45),
        blocks=BLOCKS,
    ),
}
