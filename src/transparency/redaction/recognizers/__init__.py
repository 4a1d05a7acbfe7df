"""Recognizers that need logic (checksums, structure); simple ones live in recognizers.yaml."""

from transparency.redaction.recognizers.person_name import PersonNameRecognizer
from transparency.redaction.recognizers.uk_phone import UkPhoneRecognizer

__all__ = ["PersonNameRecognizer", "UkPhoneRecognizer"]
