"""Stage 3, decide: officers' decisions and public interest tests (``decisions/<id>.yaml``)."""

from transparency.decisions.catalogue import Catalogue, Exemption, load_catalogue
from transparency.decisions.gate import ContractRelease, Redaction, check_contract, publication_gate
from transparency.decisions.model import Decision, DecisionsFile, load_decisions, save_decisions

__all__ = [
    "Catalogue",
    "ContractRelease",
    "Decision",
    "DecisionsFile",
    "Exemption",
    "Redaction",
    "check_contract",
    "load_catalogue",
    "load_decisions",
    "publication_gate",
    "save_decisions",
]
