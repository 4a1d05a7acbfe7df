"""Names of individuals, found without a statistical model.

Contracts name people in predictable places: after a courtesy title ("Ms Priya Sandhu"), after
a label ("Name:", "Contract Manager:", "Signed by"), and beside their own email address. This
recognizer finds the first two; a spaCy model's PERSON entities are added when one is installed.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.analysis_explanation import AnalysisExplanation
from presidio_analyzer.nlp_engine import NlpArtifacts

# A capitalised name word: "Sandhu", "O'Neill", "Smith-Jones", "McDonald"; initials "J." too.
_WORD = r"(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+)"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor|Rev|Revd)"


class PersonNameRecognizer(EntityRecognizer):
    """Recognise personal names after titles and after labels in signature and contact blocks.

    Words that are clearly not part of a name (``Council``, ``Limited``, ``Director`` ...) end a
    match; a match made only of such words is dropped.
    """

    TITLE_PATTERN = rf"\b{_TITLES}\.?[ ](?P<name>{_NAME})"
    LABELS = (
        "Name",
        "Full name",
        "Print name",
        "Signed by",
        "Signed",
        "Signatory",
        "Contact",
        "Contact name",
        "Contract Manager",
        "Account Manager",
        "Service Manager",
        "Authorised Officer",
        "Authorised Representative",
        "Representative",
        "Attention",
        "FAO",
        "For the attention of",
        "Witness",
        "Witnessed by",
        "Data Protection Officer",
    )
    NOT_NAME_WORDS = frozenset(
        """
        The This That These Council County City Borough District Limited Ltd LLP Plc PLC
        Services Service Supplier Contractor Authority Department Director Manager Officer Head
        Team Group Trust Board Schedule Clause Annex Appendix Agreement Contract Date Position
        Title Role Signature Signed Email Telephone Phone Address Behalf Of For And Company
        Partnership Care Digital Infrastructure Highways Customer Buyer Party Parties Not
        Applicable None Yes No Tbc TBC Chief Executive Head
        """.split()
    )

    def __init__(self, supported_language: str = "en", supported_entity: str = "PERSON") -> None:
        labels = "|".join(sorted((regex.escape(x) for x in self.LABELS), key=len, reverse=True))
        self._label_re = regex.compile(
            rf"(?:^|(?<=[\s(;,]))(?i:{labels})\s*(?::|-|–|by)?\s*"
            rf"(?:{_TITLES}\.?[ ])?(?P<name>{_NAME})"
        )
        self._title_re = regex.compile(self.TITLE_PATTERN)
        super().__init__(
            supported_entities=[supported_entity],
            supported_language=supported_language,
            name="PersonNameRecognizer",
        )

    def load(self) -> None:
        """Nothing to load: the rules are regular expressions compiled in the constructor."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for rule, pattern, score in (
            ("name after a title", self._title_re, 0.75),
            ("name after a label", self._label_re, 0.6),
        ):
            for match in pattern.finditer(text):
                span = self._trim(text, match.start("name"), match.end("name"))
                if span is None:
                    continue
                start, end = span
                explanation = AnalysisExplanation(
                    recognizer=self.name,
                    original_score=score,
                    pattern_name=rule,
                    pattern=pattern.pattern,
                    textual_explanation=f"Matched the rule '{rule}'.",
                )
                results.append(
                    RecognizerResult(
                        self.supported_entities[0],
                        start,
                        end,
                        score,
                        analysis_explanation=explanation,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Cut the match at the first word that is not part of a name; None if nothing is left."""
        words = list(regex.finditer(r"\S+", text[start:end]))
        kept = []
        for word in words:
            if word.group().strip(".,") in self.NOT_NAME_WORDS:
                break
            kept.append(word)
        if not kept:
            return None
        # A single initial ("J.") alone is not a name.
        if len(kept) == 1 and len(kept[0].group().strip(".")) < 2:
            return None
        return start + kept[0].start(), start + kept[-1].end()
