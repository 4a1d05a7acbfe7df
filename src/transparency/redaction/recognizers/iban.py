"""International bank account numbers, printed compact or in groups of four, with a checksum."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer

__all__ = ["IbanChecksumRecognizer"]

#: IBAN lengths by country (ISO 13616 registry, SWIFT), for the countries UK contracts meet.
IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GG": 22, "GI": 23, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "IM": 22, "IS": 26, "IT": 27, "JE": 22, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
    "SI": 19, "SK": 24, "SM": 27,
}  # fmt: skip


class IbanChecksumRecognizer(PatternRecognizer):
    """Recognise IBANs, compact (``GB29NWBK60161331926819``) or grouped (``GB29 NWBK 6016 ...``).

    A match counts only when its length fits its country and its ISO 7064 mod-97 check digits
    are right (ISO 13616-1:2020, section 6). Unlike Presidio's own IBAN recognizer, a group
    broken over a line (extracted as a single space) still matches.
    """

    PATTERNS = (
        Pattern(
            "IBAN",
            r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b",
            0.5,
        ),
    )
    CONTEXT = ("iban", "bank", "account", "international", "payment", "transfer")

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str = "IBAN_CODE",
        supported_language: str = "en",
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            name="IbanChecksumRecognizer",
            patterns=list(patterns or self.PATTERNS),
            context=list(context or self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """True (score 1.0) for a valid IBAN, False (dropped) otherwise."""
        return iban_is_valid(pattern_text)


def iban_is_valid(text: str) -> bool:
    """True when ``text`` (spaces ignored) has its country's length and a valid checksum."""
    compact = text.replace(" ", "").upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    digits = "".join(str(int(char, 36)) for char in compact[4:] + compact[:4])
    return int(digits) % 97 == 1
