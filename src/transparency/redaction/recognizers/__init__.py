"""Recognizers that need logic (checksums, formats, layout); simple ones live in recognizers.yaml.

One small class per module, after Presidio's predefined recognizers: class constants for the
patterns and context words, constructor arguments defaulting to them, checks in
``validate_result``.
"""

from transparency.redaction.recognizers.email import EmailAddressRecognizer
from transparency.redaction.recognizers.iban import IbanChecksumRecognizer
from transparency.redaction.recognizers.ni_number import NiNumberRecognizer
from transparency.redaction.recognizers.person_name import PersonNameRecognizer
from transparency.redaction.recognizers.swift_bic import SwiftBicRecognizer
from transparency.redaction.recognizers.uk_phone import UkPhoneRecognizer

__all__ = [
    "EmailAddressRecognizer",
    "IbanChecksumRecognizer",
    "NiNumberRecognizer",
    "PersonNameRecognizer",
    "SwiftBicRecognizer",
    "UkPhoneRecognizer",
]
