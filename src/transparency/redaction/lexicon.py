"""A forename lexicon, read from the name dictionary that ships with ``gender-guesser``.

The dictionary is Jörg Michael's ``nam_dict.txt`` (first published with the c't magazine's
``gender`` program, 2007-2008; GNU Free Documentation License): about 45,000 forenames with
their frequency in 54 countries, hand-checked. Only the data file is read; no code of the
package is imported. Names used in the United Kingdom come from everywhere, so every name with
a frequency in any country is kept; common English words that are also forenames ("May",
"Grant", "Will") are removed by :data:`ENGLISH_WORDS` and spaCy's English stop words,
and, during a scan, by the rule that a
word written in lower case elsewhere in the same document is not a name.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["ENGLISH_WORDS", "forenames"]

logger = logging.getLogger(__name__)

#: Forenames that are also words a contract uses with a capital letter.
ENGLISH_WORDS = frozenset(
    """
    April August June May March Summer Autumn Winter Spring Monday Friday Sunday Christmas Easter
    Will Grant Bill Mark Hope Faith Grace Joy Rose Page Price Cash Chase Dean Frank Major General
    Royal Sterling Crystal Charity Unity Liberty Justice Patience Prudence Constance Honor Honour
    Victor Sunny Rich Rocky Duke King Prince Earl Baron Bishop Mason Carter Cooper Taylor Porter
    Parker Hunter Fisher Miller Baker Marshall Ward Hall Court Park Lane Street Field Wood
    Green Brown White Black Gray Grey Gold Silver Pearl Ruby Jade Amber Ivy Holly Heather Hazel
    Iris Lily Daisy Violet Olive Fern Willow Rowan Ash Forest River Lake Sky Storm Rain Star
    Angel Happy Lucky Precious Blessing Gift Trust Pat Sol Sue Don Ken Gene Art Bob Rob Chip
    Van Al El Le La De Di Du Da Del Della Mac Mc Bon Mar Per Ben Will Sam Max Jack Jean
    Florence Lincoln Kent Devon Paris Sydney Adelaide Victoria Georgia Chelsea Lancaster Austin
    Jersey Dakota Carolina Virginia Florida Indiana Montana Nevada Brooklyn Kingsley Stanley
    Tuesday Thursday Saturday Wednesday January February September October November December
    Contract Service Council Schedule Annex Part Section Clause Total Net Gross Rate Charge
    Supply Supplier Contractor Customer Provider Landlord Tenant Employer Employee Party Parties
    Unit Item Phase Stage Lot Zone Area Site Building Floor Block Room Office Centre Center
    Manager Director Officer Head Lead Chief Senior Junior Principal Assistant Deputy
    Data Digital Security Network System Systems Cloud Desk Help Support Care Home Health
    Local Public Private National Regional Central North South East West Upper Lower New Old
    Standard Premium Basic Core Plus Extra Additional Annual Monthly Weekly Daily Hourly
    Term Terms Date Dates Start End Review Notice Period Year Years Month Day Hour
    Agreement Deed Lease Licence License Policy Plan Programme Project Report Register
    Insurance Liability Indemnity Guarantee Bond Bank Account Payment Invoice Credit Debit
    """.split()
)


@cache
def forenames() -> frozenset[str]:
    """Every forename of the dictionary, in lower case, without the English words above."""
    names: set[str] = set()
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        raw = data.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - dependency
        logger.warning(
            "the forename lexicon (gender-guesser) is not installed; names are found "
            "by titles, labels and layout only"
        )
        return frozenset()
    for line in raw.decode("iso-8859-1").splitlines():
        if not line or line[0] in "#=" or len(line) < 30:
            continue
        name = line[3:29].strip()
        if "<" in name or not name.replace("+", "").replace("-", "").isalpha():
            continue  # names with special characters are written as escapes; rare in the UK
        for part in name.replace("+", " ").split():
            if len(part) > 1:
                names.add(part.lower())
    exclude = {w.lower() for w in ENGLISH_WORDS} | set(STOP_WORDS)
    return frozenset(names - exclude)
