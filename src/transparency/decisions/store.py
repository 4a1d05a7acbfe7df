"""One contract's decisions file and its history, changed only together.

Every change goes through :class:`DecisionStore`: the history entry is appended (and flushed to
disk) first, then the decisions file is rewritten atomically with the new entry's hash. An
interruption between the two leaves a history one entry ahead of the file, which
``transparency verify`` reports; it never leaves a half-written file.

Two officers may work on the same contract at once (two terminals, or two machines on a shared
drive): each change takes the contract's lock, reads the files again and applies itself to what
it finds, so neither overwrites the other's decisions and the history stays one chain. The lock
is ``decisions/.<id>.lock``, taken with `filelock` (``fcntl`` on Unix, ``msvcrt`` on Windows,
so it holds on every platform); a change waits up to :data:`LOCK_TIMEOUT` seconds for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from transparency.decisions.history import Entry, append_entry, history_path, read_history
from transparency.decisions.model import Decision, DecisionsFile, load_decisions, save_decisions
from transparency.errors import ValidationError, WorkspaceError

__all__ = ["ANY", "Conflict", "DecisionStore", "version_of"]

logger = logging.getLogger(__name__)

#: Seconds a change waits for another officer's change to the same contract to finish.
LOCK_TIMEOUT = 30.0

#: ``seen=ANY``: the change applies to whatever the record now is (the terminal's way: it reads
#: the record and saves within one officer's screen).
ANY = object()


class Conflict(WorkspaceError):
    """The record changed since the officer last saw it (another officer's change)."""


def version_of(record: Decision | dict | None) -> str | None:
    """A record's version as a short digest of all its fields (``None``: no record), for a
    change that must apply only to the record as its officer last saw it."""
    if record is None:
        return None
    data = record.as_data() if isinstance(record, Decision) else record
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


class DecisionStore:
    """The decisions of one contract, with the history that records every change to them."""

    def __init__(self, path: Path, contract_id: str) -> None:
        self.path = Path(path)
        self.history_path = history_path(self.path)
        self.lock_path = self.path.with_name(f".{self.path.stem}.lock")
        self.contract = contract_id
        self.file = DecisionsFile(contract=contract_id)
        self.last: Entry | None = None
        self._reload()

    def _reload(self) -> None:
        """Read the decisions file and the history's last entry again."""
        self.file = (
            load_decisions(self.path)
            if self.path.is_file()
            else DecisionsFile(contract=self.contract)
        )
        entries, problems = read_history(self.history_path)
        if problems:
            raise ValidationError(
                problems,
                summary=f"{self.history_path}: the decision history is damaged",
                hint="Nothing was changed. Restore the file from git, then run"
                " `transparency verify`.",
            )
        self.last = entries[-1] if entries else None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the contract's lock, with the files read afresh."""
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(self.lock_path, timeout=LOCK_TIMEOUT)
        try:
            lock.acquire()
        except Timeout:
            raise WorkspaceError(
                f"another change to these decisions has held the lock for {LOCK_TIMEOUT:.0f} s",
                path=self.lock_path,
                hint="Nothing was changed. Wait for the other officer's change and try again;"
                " if nobody else is working on this contract, delete the lock file.",
            ) from None
        try:
            self._reload()
            yield
        finally:
            lock.release()

    @property
    def records(self) -> list[Decision]:
        return self.file.records

    def get(self, key: str) -> Decision | None:
        """The record with ``key`` (a candidate id or ``document@start-end``), if any."""
        return next((d for d in self.records if d.key == key), None)

    def refresh(self) -> None:
        """Read the files again (another officer may have changed them)."""
        self._reload()

    def add(self, decision: Decision, *, by: str, action: str, seen: object = ANY) -> Entry:
        """Record a new decision.

        ``seen`` is the version (:func:`version_of`) of the record with the decision's key as
        the officer last saw it, ``None`` if there was none; when the record is found otherwise
        under the lock, nothing is changed and :class:`Conflict` says who changed it.
        """
        return self._commit(None, decision, by=by, action=action, seen=seen)

    def replace(
        self, key: str, decision: Decision, *, by: str, action: str, seen: object = ANY
    ) -> Entry:
        """Replace the record ``key`` with ``decision`` (in the same place in the file);
        ``seen`` as for :meth:`add`."""
        return self._commit(key, decision, by=by, action=action, seen=seen)

    def remove(self, key: str, *, by: str, action: str = "remove", seen: object = ANY) -> Entry:
        """Remove the record ``key``; ``seen`` as for :meth:`add`."""
        return self._commit(key, None, by=by, action=action, seen=seen)

    def adopt(
        self,
        by: str,
        changes: list[tuple[str | None, Decision | None]],
        recorded: dict[str, dict],
    ) -> list[Entry]:
        """Record changes already made to the file by hand: ``(key before, record after)``;
        ``recorded`` holds the records as the history last had them, by key."""
        entries = []
        with self._locked():
            self._adopt(by, changes, recorded, entries)
        return entries

    def _adopt(self, by, changes, recorded, entries: list[Entry]) -> None:
        for target, decision in changes:
            before = recorded.get(target) if target else None
            after = decision.as_data() if decision else None
            self.last = append_entry(
                self.history_path,
                previous=self.last,
                by=by,
                action="accept",
                target=target,
                record=after,
                changed=_changed(before, after),
            )
            entries.append(self.last)
        # The file holds each record as recorded (an accepted edit loses its approval).
        accepted = {d.key: d for _, d in changes if d is not None}
        records = [accepted.get(d.key, d) for d in self.records]
        self.file = self.file.model_copy(update={"records": records})
        self._save()

    def _stored(self, key: str | None) -> dict | None:
        if key is None:
            return None
        record = self.get(key)
        return record.as_data() if record else None

    def _commit(
        self,
        target: str | None,
        decision: Decision | None,
        *,
        by: str,
        action: str,
        seen: object = ANY,
    ):
        with self._locked():
            if seen is not ANY:
                self._check_seen(target or (decision.key if decision else None), seen)
            return self._apply(target, decision, by=by, action=action)

    def _check_seen(self, key: str | None, seen: object) -> None:
        now = self.get(key) if key else None
        if version_of(now) == seen:
            return
        if now is None:
            message = "the decision you were changing has been removed by another officer"
        elif seen is None:
            message = (
                f"{now.decided_by} decided this passage on {now.decided_on.isoformat()}"
                " while you were looking at it"
            )
        else:
            who = now.approved_by or now.decided_by
            message = f"{who} changed this decision while you were looking at it"
        raise Conflict(
            message,
            path=self.path,
            hint="Nothing was saved. Read the passage again as it now stands, then decide.",
        )

    def _apply(self, target: str | None, decision: Decision | None, *, by: str, action: str):
        before = self._stored(target)
        after = decision.as_data() if decision else None
        self.last = append_entry(
            self.history_path,
            previous=self.last,
            by=by,
            action=action,
            target=target,
            record=after,
            changed=_changed(before, after),
        )
        records = list(self.records)
        position = next((i for i, d in enumerate(records) if d.key == target), None)
        if position is not None:
            records.pop(position)
        if decision is not None:
            records.insert(len(records) if position is None else position, decision)
        self.file = DecisionsFile(contract=self.contract, records=records)
        self._save()
        return self.last

    def _save(self) -> None:
        self.file = self.file.model_copy(update={"history": self.last.hash if self.last else None})
        save_decisions(self.path, self.file)


def _changed(before: dict | None, after: dict | None) -> list[str]:
    before, after = before or {}, after or {}
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
