"""UK National Insurance numbers, checked against the format's allocation rules."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer

__all__ = ["NiNumberRecognizer"]


class NiNumberRecognizer(PatternRecognizer):
    """Recognise National Insurance numbers (``QQ 12 34 56 C`` is HMRC's specimen).

    Two prefix letters, six digits, a suffix A-D (HMRC, *National Insurance Manual* NIM39110).
    The first letter is never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or V; the
    prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated. Temporary numbers (TN ...) and
    the specimen prefix are therefore rejected.
    """

    PATTERNS = (
        Pattern(
            "NI number",
            r"\b[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b",
            0.6,
        ),
    )
    CONTEXT = ("national", "insurance", "ni", "nino", "number")
    _FIRST = frozenset("DFIQUV")
    _SECOND = frozenset("DFIOQUV")
    _UNALLOCATED = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str = "UK_NINO",
        supported_language: str = "en",
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            name="NiNumberRecognizer",
            patterns=list(patterns or self.PATTERNS),
            context=list(context or self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """True (score 1.0) for an allocatable number, False (dropped) otherwise."""
        return ni_number_is_valid(pattern_text)


def ni_number_is_valid(text: str) -> bool:
    """True when ``text`` (spaces ignored) follows the allocation rules."""
    compact = text.replace(" ", "").upper()
    if not regex.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
        return False
    prefix = compact[:2]
    return (
        prefix[0] not in NiNumberRecognizer._FIRST
        and prefix[1] not in NiNumberRecognizer._SECOND
        and prefix not in NiNumberRecognizer._UNALLOCATED
    )
