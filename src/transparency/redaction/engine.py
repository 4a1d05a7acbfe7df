"""Presidio's AnalyzerEngine, configured to run offline with the project's recognizers.

Presidio's defaults reach for the network: ``AnalyzerEngine()`` downloads a spaCy model and the
email recognizer's tldextract fetches the public suffix list. Here the NLP engine and the registry
are always passed explicitly, and none of Presidio's predefined recognizers is loaded: on
contract text they misfire (US bank numbers on eight-digit references, US driving licences on
clause numbers, dates everywhere), so each kind the project needs has its own rule, with context.

The NLP engine is :class:`~transparency.redaction.nlp.LightNlpEngine`: regex tokens and
lower-case lemmas, which is all the context step needs, at a fraction of a spaCy pipeline's
cost. When an English spaCy model is installed it is loaded as well and its PERSON entities join
the results.
"""

from __future__ import annotations

import bisect
import logging
import os

# tldextract (imported by Presidio) must never fetch the public suffix list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import regex
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from presidio_analyzer.recognizer_registry import RecognizerRegistry

from transparency.redaction.config import ScanRules
from transparency.redaction.nlp import LightNlpEngine, lemma
from transparency.redaction.recognizers import (
    EmailAddressRecognizer,
    IbanChecksumRecognizer,
    NiNumberRecognizer,
    PersonNameRecognizer,
    SwiftBicRecognizer,
    UkPhoneRecognizer,
)

__all__ = [
    "REGEX_FLAGS",
    "SPACY_MODELS",
    "build_analyzer",
    "installed_spacy_model",
    "logic_recognizers",
]

logger = logging.getLogger(__name__)

#: Case-sensitive: capitalisation matters for names and codes. Patterns opt in to ``(?i)``.
REGEX_FLAGS = regex.DOTALL | regex.MULTILINE
#: English models tried in order when ``TRANSPARENCY_SPACY_MODEL`` is not set.
SPACY_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")


class _SpanContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, counting the words after a match from its end.

    Presidio counts both directions from the match's first token, so the words of a long match
    ("9 Orchard Rise, Rydal Cross, RX3 2JU") use up the words that should follow it.

    ``span_context`` lets one ``analyze`` call cover several blocks that each have their own
    context words (a table cell's column header and row label): ``(start, end, words)`` spans
    of the analysed text; a result starting inside a span gets that span's words. The scanner
    sets it around each call (one engine per process, one call at a time).
    """

    span_context: tuple[tuple[int, int, tuple[str, ...]], ...] = ()

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's rule, without its defensive deep copy of every result.

        The results are made for this one ``analyze`` call and never reused, so they are raised
        in place: the deep copy cost about a sixth of a scan. The rule is Presidio's: a result
        whose recognizer has context words, not already raised by its recognizer, gains
        ``context_similarity_factor`` (at least ``min_score_with_context_similarity``) when one
        of those words is among the words around it or the context passed to the call.
        """
        if nlp_artifacts is None:
            return raw_results
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or []]
        spans = self.span_context
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context:
                continue
            if metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            around = self._extract_surrounding_words(
                nlp_artifacts=nlp_artifacts,
                word=text[result.start : result.end],
                start=result.start,
            )
            own = next((w for a, b, w in spans if a <= result.start < b), ())
            word = self._find_supportive_word_in_context(
                around + extra + list(own), recognizer.context, self.context_matching_mode
            )
            if word:
                raised = max(
                    result.score + self.context_similarity_factor,
                    self.min_score_with_context_similarity,
                )
                result.score = min(raised, ContextAwareEnhancer.MAX_SCORE)
                result.analysis_explanation.set_supportive_context_word(word)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _extract_surrounding_words(self, nlp_artifacts, word: str, start: int) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]
        keywords = nlp_artifacts.keywords
        indices = nlp_artifacts.tokens_indices
        lemmas = nlp_artifacts.lemmas
        # Context never crosses from one block of a batched call into another.
        low, high = 0, len(indices)
        block = next(((a, b) for a, b, _ in self.span_context if a <= start < b), None)
        if block is not None:
            low = bisect.bisect_left(indices, block[0])
            high = bisect.bisect_left(indices, block[1])
            indices, lemmas = indices[low:high], lemmas[low:high]
            if not indices:
                return [""]
        first = self._find_index_of_match_token(
            word, start, nlp_artifacts.tokens[low:high], indices
        )
        end = start + len(word)
        last = first
        while last + 1 < len(indices) and indices[last + 1] < end:
            last += 1
        before = self._add_n_words_backward(first, self.context_prefix_count, lemmas, keywords)
        after = self._add_n_words_forward(last, self.context_suffix_count, lemmas, keywords)
        return list(dict.fromkeys(before + after))


def installed_spacy_model() -> str | None:
    """The English spaCy model to use, if one is installed (never downloaded).

    ``TRANSPARENCY_SPACY_MODEL`` names one; set it to ``none`` to scan without a model even
    when one is installed.
    """
    import spacy

    wanted = os.environ.get("TRANSPARENCY_SPACY_MODEL")
    if wanted and wanted.lower() == "none":
        return None
    for name in (wanted,) if wanted else SPACY_MODELS:
        if spacy.util.is_package(name):
            return name
    return None


def logic_recognizers() -> list[EntityRecognizer]:
    """The recognizers written as classes (their names can be listed under ``disabled``)."""
    return [
        IbanChecksumRecognizer(),
        SwiftBicRecognizer(),
        NiNumberRecognizer(),
        UkPhoneRecognizer(),
        EmailAddressRecognizer(),
        PersonNameRecognizer(),
    ]


def _lemmas(words: list[str]) -> list[str]:
    """Context words as the NLP engine lemmatises them (phrases become their words)."""
    out: list[str] = []
    for word in words:
        for part in regex.findall(r"\w+(?:['’./-]\w+)*", word):
            if lemma(part) not in out:
                out.append(lemma(part))
    return out


def _pattern_recognizers(rules: ScanRules, logic: set[str]) -> list[PatternRecognizer]:
    recognizers = []
    for item in rules.recognizers:
        if item.name in logic and not item.patterns and not item.deny_list:
            continue  # an entry that tunes a logic recognizer (see build_analyzer)
        recognizers.append(
            PatternRecognizer(
                supported_entity=item.supported_entity,
                name=item.name,
                supported_language=item.supported_language,
                patterns=[Pattern(p.name, p.regex, p.score) for p in item.patterns] or None,
                deny_list=item.deny_list or None,
                deny_list_score=item.deny_list_score,
                context=_lemmas(item.context) or None,
                global_regex_flags=REGEX_FLAGS,
            )
        )
    return recognizers


def build_analyzer(rules: ScanRules, *, model: str | bool | None = True) -> AnalyzerEngine:
    """An AnalyzerEngine with the project's recognizers; no network, no model download.

    ``model``: ``True`` uses an installed spaCy model if there is one, ``False`` or ``None``
    never does, a string names the model.
    """
    if model is True:
        model = installed_spacy_model()
    model = model or None
    logger.info("NLP engine: regex tokens%s", f" and spaCy model {model}" if model else "")
    registry = RecognizerRegistry(global_regex_flags=REGEX_FLAGS)
    disabled = set(rules.disabled)
    logic = logic_recognizers()
    tuning = {r.name: r for r in rules.recognizers if not r.patterns and not r.deny_list}
    for recognizer in [*_pattern_recognizers(rules, {r.name for r in logic}), *logic]:
        if recognizer.name in disabled:
            continue
        entry = tuning.get(recognizer.name)
        if entry is not None and entry.context:
            recognizer.context = list(entry.context)
        if recognizer.context:
            recognizer.context = _lemmas(recognizer.context)
        registry.add_recognizer(recognizer)
    if model:
        registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON"]))
    settings = rules.context_settings
    enhancer = _SpanContextEnhancer(
        context_similarity_factor=settings.boost,
        min_score_with_context_similarity=0.0,
        context_prefix_count=settings.words_before,
        context_suffix_count=settings.words_after,
        context_matching_mode="whole_word",
    )
    nlp_engine = LightNlpEngine(model)
    nlp_engine.load()
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        context_aware_enhancer=enhancer,
        supported_languages=["en"],
    )
