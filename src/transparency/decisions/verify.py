"""``transparency verify``: every contract's decision history checked against its file."""

from __future__ import annotations

from dataclasses import dataclass, field

from transparency.decisions.approvals import without_approval
from transparency.decisions.config import CONFIG_FILE, load_config
from transparency.decisions.history import Entry, HistoryCheck, check_history
from transparency.decisions.model import Decision, DecisionsFile, load_decisions
from transparency.decisions.store import DecisionStore
from transparency.errors import Problem, ProblemsError, WorkspaceError
from transparency.workspace import Workspace

__all__ = ["Verified", "accept_edits", "verify_contract", "verify_workspace"]


@dataclass
class Verified:
    """What ``verify`` found for one contract."""

    contract: str
    has_file: bool
    check: HistoryCheck = field(default_factory=HistoryCheck)
    load_problems: list[Problem] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return self.load_problems + self.check.problems

    @property
    def entries(self) -> list[Entry]:
        return self.check.entries


def verify_contract(workspace: Workspace, contract_id: str) -> Verified:
    """Check one contract's history and decisions file."""
    workspace.contract(contract_id)
    path = workspace.decisions_path(contract_id)
    decisions: DecisionsFile | None = None
    load_problems: list[Problem] = []
    if path.is_file():
        try:
            decisions = load_decisions(path)
        except ProblemsError as error:
            load_problems = error.problems or [Problem(path, str(error))]
    result = Verified(contract_id, path.is_file(), load_problems=load_problems)
    if not load_problems:
        result.check = check_history(path, decisions)
    return result


def verify_workspace(workspace: Workspace, ids: list[str]) -> list[Verified]:
    """Check the given contracts (default: all)."""
    return [verify_contract(workspace, cid) for cid in ids or workspace.contract_ids()]


def accept_edits(workspace: Workspace, contract_id: str, officer: str) -> list[Entry]:
    """Record the changes made to a decisions file by hand, under ``officer``'s name.

    Only when the history itself is intact: a history that was altered must be restored
    (from git), not papered over. A record accepted here loses any approval it carries: only
    ``transparency approve`` records one.
    """
    config = load_config(workspace.root)
    name = config.officer(officer)
    if name is None:
        raise WorkspaceError(
            f"'{officer}' is not one of the officers listed in {CONFIG_FILE}",
            hint="Only an officer may record changes to the decisions.",
        )
    result = verify_contract(workspace, contract_id)
    if result.load_problems:
        raise ProblemsError(
            result.load_problems,
            summary=f"{contract_id}: the decisions file is invalid",
            hint="Fix it first; nothing was recorded.",
        )
    if result.check.chain_problems or result.check.expected is None:
        raise ProblemsError(
            result.check.chain_problems,
            summary=f"{contract_id}: the decision history itself is damaged",
            hint="Restore it from git; changes to a damaged history cannot be recorded.",
        )
    store = DecisionStore(workspace.decisions_path(contract_id), contract_id)
    expected = result.check.expected
    changes: list[tuple[str | None, Decision | None]] = []
    seen = set()
    for decision in store.records:
        seen.add(decision.key)
        # An accepted edit is the accepter's change: it never creates or keeps an approval.
        if decision.key not in expected:
            changes.append((None, without_approval(decision)))
        elif expected[decision.key] != decision.as_data():
            changes.append((decision.key, without_approval(decision)))
    changes += [(key, None) for key in expected if key not in seen]
    if not changes and store.file.history == (store.last.hash if store.last else None):
        return []
    return store.adopt(name, changes, expected)
