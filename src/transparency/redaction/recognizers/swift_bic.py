"""SWIFT/BIC codes: bank, country, location and optional branch (ISO 9362)."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from transparency.redaction.recognizers.iban import IBAN_LENGTHS

__all__ = ["SwiftBicRecognizer"]

#: Country codes a BIC may carry besides the IBAN countries (ISO 3166-1 alpha-2).
_MORE_COUNTRIES = frozenset("US CA AU NZ IN CN JP HK SG ZA AE QA SA TR IL BR MX".split())


class SwiftBicRecognizer(PatternRecognizer):
    """Recognise BICs such as ``NWBKGB2L`` or ``FERNGB21XXX``.

    Eight or eleven characters: four letters (bank), a country code, two letters or digits
    (location), an optional three-character branch (ISO 9362:2022). An all-letter word of eight
    letters ("SCHEDULE") has the same shape, so a match needs a valid country code and, unless
    it holds a digit, a context word such as "BIC" or "SWIFT".
    """

    PATTERNS = (
        Pattern(
            "BIC with digits",
            r"\b[A-Z]{4}[A-Z]{2}(?=[A-Z0-9]{2}\b|[A-Z0-9]{5}\b)"
            r"[A-Z0-9]*\d[A-Z0-9]*\b",
            0.5,
        ),
        Pattern("BIC", r"\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b", 0.1),
    )
    CONTEXT = ("bic", "swift", "bank", "identifier", "code")

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str = "SWIFT_BIC",
        supported_language: str = "en",
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            name="SwiftBicRecognizer",
            patterns=list(patterns or self.PATTERNS),
            context=list(context or self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """False (dropped) unless the length is 8 or 11 and the country code is known."""
        if len(pattern_text) not in (8, 11):
            return False
        country = pattern_text[4:6]
        if country not in IBAN_LENGTHS and country not in _MORE_COUNTRIES:
            return False
        return None
