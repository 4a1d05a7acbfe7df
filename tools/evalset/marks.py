"""Inline marks for labelled spans: ``[[P:£24.80]]`` is a PRICING span, ``[[U:...]]`` public.

Everything here is invented: telephone numbers are in Ofcom's drama ranges (07700 900xxx,
01632 960xxx, 0113 496 0xxx, 020 7946 0xxx), postcodes use areas that do not exist, and the
banks, companies and people are fictional.
"""

from __future__ import annotations

import regex

CODES = {
    "P": "PRICING",
    "B": "BANK",
    "N": "PERSONAL",
    "S": "SECURITY",
    "I": "INSURANCE",
    "F": "FINANCIAL",
    "C": "CONFIDENTIAL",
    "U": "PUBLIC",
}
MARK = regex.compile(r"\[\[([PBNSIFCU]):(.*?)\]\]", regex.DOTALL)


def _mark(code: str):
    def mark(text: str) -> str:
        return f"[[{code}:{text}]]"

    return mark


P, B, N, S, I, F, C, U = (_mark(c) for c in "PBNSIFCU")  # noqa: E741 - I is INSURANCE


def strip(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text without marks, and each marked span as (start, end, label)."""
    out, spans, last = [], [], 0
    length = 0
    for match in MARK.finditer(text):
        plain = text[last : match.start()]
        out.append(plain)
        length += len(plain)
        inner = match.group(2)
        spans.append((length, length + len(inner), CODES[match.group(1)]))
        out.append(inner)
        length += len(inner)
        last = match.end()
    out.append(text[last:])
    return "".join(out), spans


def uk_iban(bank_code: str, sort_code: str, account: str) -> str:
    """A UK IBAN with correct ISO 7064 mod-97 check digits."""
    bban = bank_code + sort_code.replace("-", "").replace(" ", "") + account
    digits = "".join(str(int(char, 36)) for char in bban + "GB00")
    return f"GB{98 - int(digits) % 97:02d}{bban}"


def grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
