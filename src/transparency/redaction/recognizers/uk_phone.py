"""UK telephone numbers in the formats contracts print them in."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer


class UkPhoneRecognizer(PatternRecognizer):
    """Recognise UK landline and mobile numbers (``01632 960123``, ``+44 (0)20 7946 0123``).

    A match must have 10 digits after the trunk prefix (11 with the leading 0), the national
    numbering plan's length for geographic, non-geographic and mobile numbers
    (Ofcom, *The National Telephone Numbering Plan*), and must not start with 00 after the 0.
    """

    PATTERNS = (
        Pattern(
            "uk phone number",
            r"(?<![\w/.-])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s)-]{8,13}\d(?![\w/-])",
            0.5,
        ),
    )
    CONTEXT = ("tel", "telephone", "phone", "mobile", "mob", "call", "contact", "fax")

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str = "UK_PHONE",
        supported_language: str = "en",
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            patterns=list(patterns or self.PATTERNS),
            context=list(context or self.CONTEXT),
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """``False`` (drop) unless the number has the plan's length; ``None`` keeps the score."""
        digits = re.sub(r"\D", "", pattern_text)
        if digits.startswith("44"):
            digits = "0" + digits[2:].removeprefix("0")
        valid = len(digits) == 11 and digits[0] == "0" and digits[1] != "0"
        return None if valid else False
