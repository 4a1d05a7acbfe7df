"""Presidio's AnalyzerEngine, configured to run offline with the project's recognizers.

Presidio's defaults reach for the network: ``AnalyzerEngine()`` downloads a spaCy model and the
email recognizer's tldextract fetches the public suffix list. Here the NLP engine and the registry
are always passed explicitly, the email rule is a plain pattern, and the spaCy pipeline is
``spacy.blank("en")`` with a lemmatiser that lower-cases each token (enough for Presidio's
context words), unless the user has installed an English model: then it is loaded and its PERSON
entities join the results.
"""

from __future__ import annotations

import logging
import os

# tldextract (imported by Presidio) must never fetch the public suffix list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import regex
import spacy
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import IbanRecognizer, SpacyRecognizer
from presidio_analyzer.recognizer_registry import RecognizerRegistry
from spacy.language import Language

from transparency.redaction.config import ScanRules
from transparency.redaction.recognizers import (
    PersonNameRecognizer,
    UkPhoneRecognizer,
)

__all__ = ["REGEX_FLAGS", "SPACY_MODELS", "build_analyzer", "installed_spacy_model"]

logger = logging.getLogger(__name__)

#: Case-sensitive: capitalisation matters for names. Patterns opt in to ``(?i)``.
REGEX_FLAGS = regex.DOTALL | regex.MULTILINE
#: English models tried in order when ``TRANSPARENCY_SPACY_MODEL`` is not set.
SPACY_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")


@Language.component("transparency_lower_lemma")
def _lower_lemma(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def installed_spacy_model() -> str | None:
    """The English spaCy model to use, if one is installed (never downloaded)."""
    wanted = os.environ.get("TRANSPARENCY_SPACY_MODEL")
    for name in (wanted,) if wanted else SPACY_MODELS:
        if spacy.util.is_package(name):
            return name
    return None


class _OfflineSpacyEngine(SpacyNlpEngine):
    """A SpacyNlpEngine that loads an installed model or a blank pipeline; never downloads."""

    def __init__(self, model: str | None) -> None:
        config = NerModelConfiguration(labels_to_ignore=["CARDINAL", "ORDINAL", "QUANTITY"])
        super().__init__(
            models=[{"lang_code": "en", "model_name": model or "blank:en"}],
            ner_model_configuration=config,
        )
        self._model = model

    def load(self) -> None:
        if self._model:
            nlp = spacy.load(self._model)
        else:
            nlp = spacy.blank("en")
            nlp.add_pipe("transparency_lower_lemma")
        self.nlp = {"en": nlp}


def _pattern_recognizers(rules: ScanRules) -> list[PatternRecognizer]:
    recognizers = []
    for item in rules.recognizers:
        recognizers.append(
            PatternRecognizer(
                supported_entity=item.supported_entity,
                name=item.name,
                supported_language=item.supported_language,
                patterns=[Pattern(p.name, p.regex, p.score) for p in item.patterns] or None,
                deny_list=item.deny_list or None,
                deny_list_score=item.deny_list_score,
                context=item.context or None,
                global_regex_flags=REGEX_FLAGS,
            )
        )
    return recognizers


def build_analyzer(rules: ScanRules) -> AnalyzerEngine:
    """An AnalyzerEngine with the project's recognizers; no network, no model download."""
    model = installed_spacy_model()
    logger.info("spaCy pipeline: %s", model or "blank English (no model installed)")
    registry = RecognizerRegistry(global_regex_flags=REGEX_FLAGS)
    for recognizer in _pattern_recognizers(rules):
        registry.add_recognizer(recognizer)
    registry.add_recognizer(IbanRecognizer())
    registry.add_recognizer(UkPhoneRecognizer())
    registry.add_recognizer(PersonNameRecognizer())
    if model:
        registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON"]))
    return AnalyzerEngine(registry=registry, nlp_engine=_OfflineSpacyEngine(model))
