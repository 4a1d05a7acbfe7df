"""A light NLP engine for Presidio: regex tokens and lower-case lemmas, no spaCy pipeline.

Presidio's pattern recognizers need no NLP at all; its context step needs tokens, their offsets
and their lemmas. Running ``spacy.blank("en")`` for that costs most of a scan (measured: about
five times the cost of the patterns themselves), so this engine tokenises with one regular
expression and builds the lemmas with :func:`lemma`: lower case, with a plural or possessive
``s`` removed. The context words in ``recognizers.yaml`` go through the same function, so
``charges`` in a contract matches ``charge`` or ``charges`` in the rules.

When an English spaCy model is installed the engine runs it as well, for its PERSON entities;
tokens then come from the model and lemmas still from :func:`lemma`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import regex
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["SENTENCE_END", "LightNlpEngine", "lemma", "tokenise"]

logger = logging.getLogger(__name__)

# Words (with inner apostrophes, dots, hyphens, slashes: "a/c", "e-mail", "o'neill"), numbers,
# and single punctuation marks.
_TOKEN = regex.compile(r"\w+(?:['’./-]\w+)*|[^\w\s]")
_PUNCT = regex.compile(r"^[^\w]+$")
#: Where a sentence (or a clause after a semicolon) ends: context never crosses it.
SENTENCE_END = regex.compile(r"(?<=[a-z)]\.)\s+(?=[A-Z(])|;\s+")
# Context words must stay meaningful: these are not stop words here although spaCy lists them.
_KEEP = frozenset({"per", "name", "call", "first", "last", "full", "account", "every", "each"})
_STOP = frozenset(STOP_WORDS) - _KEEP


def lemma(word: str) -> str:
    """A lemma good enough for context words: lower case, without a plural or possessive s.

    ``Charges`` -> ``charge``, ``supplier's`` -> ``supplier``, ``address`` stays ``address``.
    """
    word = word.lower()
    for suffix in ("'s", "’s", "s'", "s’"):
        if word.endswith(suffix):
            word = word[: -len(suffix)] if suffix[0] in "'’" else word[:-1]
            break
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
        word = word[:-1]
    return word


def tokenise(text: str) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` and their start offsets."""
    words, starts = [], []
    for match in _TOKEN.finditer(text):
        words.append(match.group())
        starts.append(match.start())
    return words, starts


class LightNlpEngine(NlpEngine):
    """Tokens and lemmas by regular expression; an installed spaCy model adds PERSON entities.

    :param model: the name of an installed spaCy model, or ``None`` for no model (the default
        and the fast path).
    """

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self._nlp = None

    def load(self) -> None:
        """Load the spaCy model, if one was named (never downloaded)."""
        if self.model and self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model, exclude=["lemmatizer", "textcat"])
            logger.info("loaded spaCy model %s for PERSON entities", self.model)

    def is_loaded(self) -> bool:
        return self.model is None or self._nlp is not None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tokens, offsets and lemmas of ``text`` (and the model's entities when it has one)."""
        if self._nlp is not None:
            doc = self._nlp(text)
            words = [t.text for t in doc]
            starts = [t.idx for t in doc]
            entities = [e for e in doc.ents if e.label_ == "PERSON"]
        else:
            words, starts = tokenise(text)
            entities = []
        return NlpArtifacts(
            entities=entities,
            tokens=words,  # Presidio only needs each token's text and length here
            tokens_indices=starts,
            lemmas=[lemma(w) for w in words],
            nlp_engine=self,
            language=language,
        )

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: object,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word.lower() in _STOP

    def is_punct(self, word: str, language: str) -> bool:
        return bool(_PUNCT.match(word))

    def get_supported_entities(self) -> list[str]:
        return ["PERSON"] if self.model else []

    def get_supported_languages(self) -> list[str]:
        return ["en"]
