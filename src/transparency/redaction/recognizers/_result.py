"""Building Presidio results that explain themselves."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.analysis_explanation import AnalysisExplanation

__all__ = ["explained_result"]


def explained_result(
    recognizer: EntityRecognizer,
    entity: str,
    start: int,
    end: int,
    score: float,
    rule: str,
    note: str = "",
    *,
    final: bool = False,
) -> RecognizerResult:
    """A result of ``recognizer`` whose explanation names ``rule`` (and ``note``, if any).

    ``final`` keeps context words from raising the score (Presidio skips results marked as
    already enhanced).
    """
    explanation = AnalysisExplanation(
        recognizer=recognizer.name,
        original_score=score,
        pattern_name=rule,
        textual_explanation=note or f"Matched the rule '{rule}'.",
    )
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: final,
        },
    )
