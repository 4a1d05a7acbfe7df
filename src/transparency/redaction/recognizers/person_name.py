"""Names of individuals, found without a statistical model.

Contracts name people in predictable places, and each is one rule here:

* after a courtesy title: "Ms Priya Sandhu", "Dr H. Lister";
* after a label: "Name:", "Contact:", "Signed by", "FAO", or a role: "Contract Manager: ...";
* in a signature line, often as initials: "Signature: D. Okafor";
* beside their own email address: "Kieran Doyle (kieran.doyle@...)";
* a known forename followed by a surname: "Tomasz Nowak will attend" (forenames from
  :mod:`transparency.redaction.lexicon`);
* a cell or line that is nothing but a name ("Okafor, Daniel"), which needs a context word
  such as a "Name" or "Employee" column header to be proposed.

A spaCy model's PERSON entities are added by the engine when a model is installed.

Words that name organisations ("Council", "Limited") reject a match; words that name roles
("Director", "Manager") end it. A forename or surname that the same document also writes in
lower case ("hosting", "grant") is an ordinary word there, not a name.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from transparency.redaction.lexicon import ENGLISH_WORDS, forenames
from transparency.redaction.recognizers._result import explained_result

__all__ = ["PersonNameRecognizer"]

# A name word: "Sandhu", "O'Neill", "Smith-Jones", "McDonald", "Zoë"; or an initial: "J", "J.".
_CAP = r"\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*"
_WORD = rf"(?:{_CAP}|\p{{Lu}}['’]\p{{Lu}}\p{{Ll}}+|Ma?c\p{{Lu}}\p{{Ll}}+|\p{{Lu}}\.?(?![\p{{L}}]))"
_PARTICLE = r"(?:(?:de|van|von|der|den|da|du|le|la|bin|al|el|ter)[ ])"
_NAME = rf"{_WORD}(?:[ ]{_PARTICLE}?{_WORD}){{0,3}}"
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Cllr|Councillor|Rev|Revd)"
_INITIALS_NAME = rf"(?:\p{{Lu}}\.?[ ]?){{1,3}}{_CAP}"
_ROLES = (
    r"(?:Manager|Officer|Director|Lead|Representative|Co-?ordinator|Supervisor|Engineer|"
    r"Consultant|Administrator|Partner|Controller|Adviser|Advisor|Surveyor|Architect|Inspector|"
    r"Agent|Contact|Signatory|Witness|Leader|Owner|Secretary|Clerk|Solicitor)"
)


class PersonNameRecognizer(EntityRecognizer):
    """Recognise personal names by title, label, signature, email, lexicon and layout.

    :param use_lexicon: also propose "Forename Surname" pairs whose forename is in the lexicon.
    """

    LABELS = (
        "Name",
        "Full name",
        "Print name",
        "Printed name",
        "Name in capitals",
        "Contact",
        "Contact name",
        "Attention",
        "Employee",
        "Employee name",
        "Staff member",
        "Prepared by",
        "Approved by",
        "Checked by",
        "Authorised by",
        "Author",
    )
    #: Labels that need no colon: the name follows directly.
    LEAD_INS = ("Signed by", "Witnessed by", "FAO", "For the attention of", "signed on behalf")
    SIGNATURE_LABELS = ("Signature", "Signed", "Sign", "Initials", "Witness signature")
    CONTEXT = (
        "name",
        "employee",
        "staff",
        "signature",
        "signed",
        "signatory",
        "contact",
        "witness",
        "representative",
        "officer",
        "manager",
        "worker",
        "individual",
        "person",
    )
    #: Words that make a run of capitalised words an organisation, a place or a thing.
    ORGANISATION_WORDS = frozenset(
        """
        Council County City Borough District Limited Ltd LLP Plc PLC Services Service Company
        Partnership Trust Group Authority Department Bank Building Society Holdings Association
        Foundation University College School Hospital Agency Board Committee Government Ministry
        Insurance Insurers Assurance Solutions Systems Consulting Consultants Construction
        Associates Contractors Estates Properties Facilities Highways Care Digital Cloud Centre
        Road Street Lane Avenue Close Drive Way Crescent Gardens Place Terrace Court Grove Hill
        Row Walk Mews Square Park View House Hall Farm Estate Industrial Business Unit Floor
        Schedule Clause Annex Appendix Agreement Contract Lease Deed Act Regulations Part Section
        Plan Policy Programme Project Framework Lot Phase Stage Order Notice Standard Code
        Specialty Mutual Underwriting Syndicate Capital Partners Insurers Lloyd's Finance Bank
        Homes Housing Health Energy Water Transport Logistics Environmental Recycling
        """.split()
    )
    #: Words that end a name: roles and the words that follow a name in a signature block.
    STOP_WORDS = frozenset(
        """
        The This That These Those Director Manager Officer Head Chief Executive Lead Team Senior
        Principal Assistant Deputy Interim Acting Position Title Role Signature Signed Date Email
        Telephone Phone Mobile Tel Address For And Or Of On By At In To With From Behalf Not
        Applicable None Yes No Tbc TBC Supplier Contractor Customer Buyer Landlord Tenant Party
        Parties Controller Processor Representative Authorised Witness Name Contact Employee
        Job Salary Start Grade Hours Dated Agreed Approved Chair Chairman Councillor Member
        """.split()
    )

    def __init__(
        self,
        supported_language: str = "en",
        supported_entity: str = "PERSON",
        context: list[str] | None = None,
        *,
        use_lexicon: bool = True,
    ) -> None:
        labels = _alternation(self.LABELS)
        lead_ins = _alternation(self.LEAD_INS)
        signatures = _alternation(self.SIGNATURE_LABELS)
        self._rules: list[tuple[str, regex.Pattern, float]] = [
            ("name after a title", regex.compile(rf"\b{_TITLES}\.?[ ](?P<name>{_NAME})"), 0.75),
            (
                "name after a label",
                regex.compile(
                    rf"(?:^|(?<=[\s(;,]))(?i:{labels})[ ]?(?::|–|—|-)[ ]*"
                    rf"(?:{_TITLES}\.?[ ])?(?P<name>{_NAME})"
                ),
                0.6,
            ),
            (
                "name after a label",
                regex.compile(
                    rf"(?:^|(?<=[\s(;,]))(?i:{lead_ins})[ ]?:?[ ]*(?:{_TITLES}\.?[ ])?"
                    rf"(?P<name>{_NAME})"
                ),
                0.6,
            ),
            (
                "name after a role",
                regex.compile(
                    rf"(?:^|(?<=[\s(;,]))(?:\p{{L}}+[ ]){{0,4}}(?i:{_ROLES})[ ]?(?::|–|—)[ ]*"
                    rf"(?:{_TITLES}\.?[ ])?(?P<name>{_NAME})"
                ),
                0.6,
            ),
            (
                "signature",
                regex.compile(
                    rf"(?:^|(?<=[\s(;,]))(?i:{signatures})[ ]?(?::|–|—|-)[ ]*(?:/s/[ ]?)?"
                    rf"(?P<name>{_INITIALS_NAME}|{_NAME})"
                ),
                0.7,
            ),
            (
                "name before a role",
                regex.compile(
                    rf"(?<![\p{{L}}])(?P<name>{_NAME}),[ ](?:the[ ]|our[ ]|its[ ])?"
                    rf"(?:\p{{Lu}}\p{{Ll}}+[ ]){{0,3}}{_ROLES}\b"
                ),
                0.55,
            ),
            (
                "a line that is only a name",
                regex.compile(
                    rf"^(?:{_TITLES}\.?[ ])?(?P<name>{_NAME}|{_CAP},[ ]{_NAME})[ ]?(?:\([^)]*\))?$",
                    regex.MULTILINE,  # a line: each block is one line of a batched text
                ),
                0.2,
            ),
        ]
        self._run = regex.compile(rf"(?<![\p{{L}}\d])(?:{_NAME})")
        self._email = regex.compile(r"\b([A-Za-z0-9._%+'-]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
        self._forenames = forenames() if use_lexicon else frozenset()
        self._lower_words: frozenset[str] = frozenset()
        super().__init__(
            supported_entities=[supported_entity],
            supported_language=supported_language,
            name="PersonNameRecognizer",
            context=list(context or self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load: the rules are compiled in the constructor."""

    def use_vocabulary(self, text: str) -> None:
        """Remember the words ``text`` writes in lower case: in this document they are not names."""
        text = regex.sub(r"\S*(?:@|://|www\.)\S*", " ", text)  # addresses are not prose
        self._lower_words = frozenset(regex.findall(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])", text))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every name the rules find in ``text``."""
        results: list[RecognizerResult] = []
        for rule, pattern, score in self._rules:
            for match in pattern.finditer(text):
                span = self._clean(text, match.start("name"), match.end("name"), rule)
                if span:
                    results.append(self._result(span, score, rule))
        results += self._by_email(text)
        if self._forenames:
            results += self._by_lexicon(text)
        return results

    def _result(self, span: tuple[int, int], score: float, rule: str, note: str = "") -> object:
        entity = self.supported_entities[0]
        return explained_result(self, entity, span[0], span[1], score, rule, note)

    def _clean(self, text: str, start: int, end: int, rule: str) -> tuple[int, int] | None:
        """Cut the name at a role word; reject organisations, places and lone initials."""
        words = list(regex.finditer(r"[^\s,]+", text[start:end]))
        kept = []
        for word in words:
            bare = word.group().strip(".,;:()")
            if bare in self.ORGANISATION_WORDS:
                return None
            if bare in self.STOP_WORDS:
                break
            kept.append(word)
        if not kept:
            return None
        if all(len(w.group().strip(".")) < 2 for w in kept):
            return None  # initials alone
        if rule == "a line that is only a name" and len(kept) < 2:
            return None
        if rule in (
            "a line that is only a name",
            "name after a label",
            "name after a role",
            "name before a role",
        ):
            # Ordinary capitalised words ("Not applicable", "Hosting Platform") are not names.
            full = [w.group().strip(".,") for w in kept if len(w.group().strip(".")) > 1]
            if any(w.lower() in self._lower_words for w in full):
                return None
        return start + kept[0].start(), start + kept[-1].end()

    def _by_email(self, text: str) -> list[RecognizerResult]:
        """Names written beside an email address made of the same name."""
        emails = [m.group(1).lower() for m in self._email.finditer(text)]
        if not emails:
            return []
        results = []
        for match in self._run.finditer(text):
            words = [w.strip(".").lower() for w in match.group().split()]
            if len(words) < 2:
                continue
            for local in emails:
                parts = [p for p in regex.split(r"[._-]", local) if p]
                if _name_matches_email(words, parts):
                    note = f"The name matches the email address '{local}@...' beside it."
                    results.append(
                        self._result(match.span(), 0.75, "name beside its own email", note)
                    )
                    break
        return results

    def _by_lexicon(self, text: str) -> list[RecognizerResult]:
        """A known forename followed by a surname-shaped word."""
        results = []
        for match in self._run.finditer(text):
            words = list(regex.finditer(r"\S+", match.group()))
            for index, word in enumerate(words[:-1]):
                first = word.group()
                if first.lower() not in self._forenames or first.lower() in self._lower_words:
                    continue
                if index > 0 and words[index - 1].group().strip(".") in ("The", "A", "An"):
                    continue
                rest = []
                for following in words[index + 1 :]:
                    bare = following.group().strip(".")
                    if (
                        bare in self.ORGANISATION_WORDS
                        or bare in self.STOP_WORDS
                        or bare in ENGLISH_WORDS
                        or bare.lower() in self._lower_words
                    ):
                        break
                    rest.append(following)
                # The name ends with a surname, not an initial.
                while rest and len(rest[-1].group().strip(".")) < 2:
                    rest.pop()
                if not rest or any(w.group().strip(".") in self.ORGANISATION_WORDS for w in rest):
                    break
                start = match.start() + word.start()
                end = match.start() + rest[-1].end()
                note = f"'{first}' is a forename in the lexicon, followed by a surname."
                results.append(self._result((start, end), 0.5, "known forename", note))
                break
        return results


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(
        sorted((regex.escape(w).replace(r"\ ", "[ ]") for w in words), key=len, reverse=True)
    )


def _name_matches_email(words: list[str], parts: list[str]) -> bool:
    """True when an email's local part is made of these name words (or their initials)."""
    first, last = words[0], words[-1]
    if len(parts) >= 2:
        if parts[-1] == last and (parts[0] == first or parts[0] == first[0]):
            return True
        return parts[0] == last and parts[-1] in (first, first[0])
    local = parts[0] if parts else ""
    return local in (first + last, first[0] + last, first + last[0], last + first[0])
