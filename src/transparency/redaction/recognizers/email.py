"""Email addresses, with team mailboxes told apart from people's own addresses."""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from transparency.redaction.lexicon import forenames
from transparency.redaction.recognizers._result import explained_result

__all__ = ["EmailAddressRecognizer"]


class EmailAddressRecognizer(EntityRecognizer):
    """Recognise email addresses (a plain pattern: Presidio's own fetches the suffix list).

    An address whose local part has a role word and no forename (``accounts.payable@``,
    ``dpo@``, ``legal.notices@``) is a team mailbox: officers normally release those, so it scores
    :attr:`TEAM_SCORE`, below the default threshold, and the explanation says why.
    """

    PATTERN = r"\b[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b"
    SCORE = 0.85
    TEAM_SCORE = 0.3
    ROLE_WORDS = frozenset(
        """
        accounts account payable receivable invoices invoice finance payments payment payroll
        procurement purchasing contracts contract commercial legal info information enquiries
        enquiry contact hello office admin administration reception help helpdesk servicedesk
        service desk support it ict digital security soc noc cyber dpo data protection privacy
        foi gdpr complaints feedback hr people recruitment careers jobs team mail post sales
        operations ops control room duty emergency estates facilities fm property highways
        streetworks waste transport care social adult adults children safeguarding press media
        communications comms web webmaster noreply no reply tenders tender bids bid quality
        compliance governance audit insurance claims customer customers services transparency
        """.split()
    )

    def __init__(
        self,
        supported_language: str = "en",
        supported_entity: str = "EMAIL_ADDRESS",
        context: list[str] | None = None,
    ) -> None:
        self._pattern = regex.compile(self.PATTERN)
        super().__init__(
            supported_entities=[supported_entity],
            supported_language=supported_language,
            name="EmailAddressRecognizer",
            context=list(context or ["email", "e-mail", "contact"]),
        )

    def _is_team(self, parts: list[str]) -> bool:
        """A role word and no forename: ``legal.notices``, ``adultsocialcare.invoices``."""
        if not any(self._is_role(p) for p in parts):
            return False
        names = forenames()
        return not any(p in names and not self._is_role(p) for p in parts)

    def _is_role(self, part: str) -> bool:
        """True for a role word or words run together: ``adultsafeguarding``, ``itservicedesk``."""
        if part in self.ROLE_WORDS:
            return True
        ends = {0}
        for end in range(1, len(part) + 1):
            if any(start in ends and part[start:end] in self.ROLE_WORDS for start in range(end)):
                ends.add(end)
        return len(part) in ends

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every address in ``text``; team mailboxes with a low score."""
        results = []
        for match in self._pattern.finditer(text):
            local = match.group().split("@", 1)[0].lower()
            parts = [p for p in regex.split(r"[._+-]", local) if p]
            if self._is_team(parts):
                note = (
                    f"'{local}@' is made of role words: a team mailbox, which is usually released."
                )
                rule, score, final = "team mailbox", self.TEAM_SCORE, True
            else:
                rule, score, note, final = "email address", self.SCORE, "", False
            results.append(
                explained_result(
                    self,
                    self.supported_entities[0],
                    *match.span(),
                    score,
                    rule,
                    note,
                    final=final,
                )
            )
        return results
