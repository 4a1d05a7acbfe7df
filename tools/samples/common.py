"""Facts shared by the sample contracts, and helpers for realistic (fictional) values.

Everything is invented. Telephone numbers are in Ofcom's ranges reserved for drama
(07700 900xxx, 01632 960xxx, 020 7946 0xxx); "AY" is not a real postcode area; the banks,
companies and people do not exist.
"""

from __future__ import annotations

COUNCIL = "Anyshire County Council"
COUNCIL_ADDRESS = "County Hall, Market Street, Anyford, AY1 1AA"
COUNCIL_PARTY = f"ANYSHIRE COUNTY COUNCIL of {COUNCIL_ADDRESS} (the “Council”); and"


def uk_iban(bank_code: str, sort_code: str, account: str) -> str:
    """A UK IBAN with a correct ISO 7064 mod-97 check: GBkk BBBB SSSSSS AAAAAAAA."""
    bban = bank_code + sort_code.replace("-", "") + account
    if len(bank_code) != 4 or len(bban) != 18 or not bban[4:].isdigit():
        raise ValueError("expected a 4-letter bank code, a 6-digit sort code, an 8-digit account")
    digits = "".join(str(int(char, 36)) for char in bban + "GB00")
    return f"GB{98 - int(digits) % 97:02d}{bban}"


def grouped(iban: str) -> str:
    """The printed form: groups of four characters."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def money(amount: int) -> str:
    return f"£{amount:,}"


assert uk_iban("NWBK", "60-16-13", "31926819") == "GB29NWBK60161331926819"  # the ECBS sample
