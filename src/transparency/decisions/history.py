"""The decision history: an append-only, hash-chained log of every change to a decisions file.

``decisions/<id>.history.jsonl`` holds one JSON object per line, appended by the commands that
change ``decisions/<id>.yaml`` (``review``, ``redact``, ``approve``, ``verify --accept``)::

    {"n": 3, "at": "2025-05-01T09:14:02+00:00", "by": "Fiona Hale", "action": "decide",
     "target": null, "record": {...}, "changed": ["action", ...], "prev": "<sha256>",
     "hash": "<sha256>"}

``n`` counts from 1; ``target`` is the key of the record before the change (``null`` when a
record is added); ``record`` is the whole record after it (``null`` when one is removed);
``prev`` is the previous entry's ``hash`` (64 zeros for the first); ``hash`` is the SHA-256 of
the entry's canonical JSON (keys sorted, no spaces, UTF-8) without its ``hash``. The decisions
file's ``history`` field holds the hash of the entry it was saved at.

:func:`check_history` replays the entries and reports, naming the entry or record: an entry
altered after it was written, an entry removed or moved, entries cut from the end, and a
decisions file whose records differ from what the history says (a change made by hand).
Anyone who can write the files can also rewrite the whole chain; keep the workspace in git so
that such a rewrite shows in its log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from transparency.decisions.model import DecisionsFile
from transparency.errors import Problem

__all__ = [
    "GENESIS",
    "Entry",
    "HistoryCheck",
    "append_entry",
    "check_history",
    "history_path",
    "intact_entries",
    "read_history",
    "record_key",
]

logger = logging.getLogger(__name__)

GENESIS = "0" * 64
#: How each action reads in messages.
DONE = {
    "decide": "decided",
    "redecide": "decided again",
    "redact": "redaction added",
    "approve": "approved",
    "renew": "renewed",
    "reattach": "re-attached",
    "remove": "removed",
    "accept": "hand edit accepted",
}
_FIELDS = ("n", "at", "by", "action", "target", "record", "changed", "prev", "hash")


def history_path(decisions_path: Path) -> Path:
    """``decisions/<id>.yaml`` -> ``decisions/<id>.history.jsonl``."""
    return decisions_path.with_name(f"{decisions_path.stem}.history.jsonl")


def record_key(record: dict) -> str:
    """The key of a record as stored (the same as :attr:`Decision.key`)."""
    if record.get("candidate"):
        return str(record["candidate"])
    return f"{record.get('document')}@{record.get('start')}-{record.get('end')}"


def _canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _hash(data: dict) -> str:
    return hashlib.sha256(_canonical({k: v for k, v in data.items() if k != "hash"})).hexdigest()


@dataclass(frozen=True)
class Entry:
    """One line of the history."""

    n: int
    at: str
    by: str
    action: str
    target: str | None
    record: dict | None
    changed: list[str]
    prev: str
    hash: str

    @property
    def key(self) -> str | None:
        """The key of the record after the change (``None`` when it was removed)."""
        return None if self.record is None else record_key(self.record)

    def describe(self) -> str:
        """``entry 3 (candidate c-1a2b3c4d5e, decide by Fiona Hale at 2025-05-01 09:14)``."""
        subject = self.key or self.target or "?"
        if subject.startswith("c-"):
            subject = f"candidate {subject}"
        when = self.at[:16].replace("T", " ")
        done = DONE.get(self.action, self.action)
        return f"entry {self.n} ({subject}, {done} by {self.by} at {when})"

    def to_json(self) -> str:
        return json.dumps(
            {name: getattr(self, name) for name in _FIELDS}, ensure_ascii=False, sort_keys=False
        )


def append_entry(
    path: Path,
    *,
    previous: Entry | None,
    by: str,
    action: str,
    target: str | None,
    record: dict | None,
    changed: list[str],
    now: dt.datetime | None = None,
) -> Entry:
    """Append one entry after ``previous`` (``None`` for the first) and flush it to disk."""
    data = {
        "n": previous.n + 1 if previous else 1,
        "at": (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
        "by": by,
        "action": action,
        "target": target,
        "record": record,
        "changed": changed,
        "prev": previous.hash if previous else GENESIS,
    }
    entry = Entry(**data, hash=_hash(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(entry.to_json() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    logger.info("%s: %s", path, entry.describe())
    return entry


def read_history(path: Path) -> tuple[list[Entry], list[Problem]]:
    """The entries of a history file, and a problem for each line that is not an entry."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    if not path.is_file():
        return entries, problems
    lines = path.read_bytes().splitlines()
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or set(data) != set(_FIELDS) or not _well_typed(data):
                raise ValueError
            entries.append(Entry(**data))
        except (ValueError, TypeError):
            problems.append(
                Problem(
                    path,
                    "not an entry written by this tool (the line was edited or damaged)",
                    record=f"line {number}",
                )
            )
    return entries, problems


#: The type each field of an entry must have (``None`` allowed where a record or target is
#: absent); a line whose fields have other types was not written by this tool.
_TYPES = {
    "n": int,
    "at": str,
    "by": str,
    "action": str,
    "target": (str, type(None)),
    "record": (dict, type(None)),
    "changed": list,
    "prev": str,
    "hash": str,
}


def _well_typed(data: dict) -> bool:
    return (
        all(isinstance(data[name], kind) for name, kind in _TYPES.items())
        and not isinstance(data["n"], bool)
        and all(isinstance(item, str) for item in data["changed"])
    )


@dataclass
class HistoryCheck:
    """What :func:`check_history` found for one contract."""

    entries: list[Entry] = field(default_factory=list)
    chain_problems: list[Problem] = field(default_factory=list)
    record_problems: list[Problem] = field(default_factory=list)
    #: the records the history says the file should hold, by key (``None`` if unknown)
    expected: dict[str, dict] | None = None

    @property
    def problems(self) -> list[Problem]:
        return self.chain_problems + self.record_problems

    @property
    def last(self) -> Entry | None:
        return self.entries[-1] if self.entries else None


def intact_entries(path: Path) -> list[Entry] | None:
    """The entries of the history at ``path`` if every line is an entry and the chain is
    unbroken (no entry altered, removed or moved), else ``None``."""
    entries, problems = read_history(path)
    if problems or _check_chain(path, entries):
        return None
    return entries


def _check_chain(path: Path, entries: list[Entry]) -> list[Problem]:
    problems: list[Problem] = []
    numbers = [e.n for e in entries]
    by_number = {e.n: e for e in entries}
    for missing in sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers)):
        after = by_number.get(missing - 1)
        where = f" (it came after {after.describe()})" if after else ""
        problems.append(
            Problem(path, f"missing: it was removed from the history{where}", f"entry {missing}")
        )
    for before, entry in itertools.pairwise(entries):
        if entry.n <= before.n:
            problems.append(
                Problem(
                    path,
                    f"out of order: it comes after entry {before.n} (entries were moved)",
                    entry.describe(),
                )
            )
    for entry in entries:
        if _hash({name: getattr(entry, name) for name in _FIELDS}) != entry.hash:
            problems.append(
                Problem(
                    path,
                    "altered after it was written (its contents no longer match its hash)",
                    entry.describe(),
                )
            )
    if problems:
        return problems
    for before, entry in zip([None, *entries], entries, strict=False):
        expected = before.hash if before else GENESIS
        if entry.prev != expected:
            if before is None:
                message = "does not start the history: earlier entries were removed"
                problems.append(Problem(path, message, entry.describe()))
            else:
                message = (
                    f"altered or replaced: entry {entry.n} no longer links to it"
                    " (its hash was recomputed after a change)"
                )
                problems.append(Problem(path, message, before.describe()))
    return problems


def _replay(path: Path, entries: list[Entry]) -> tuple[dict[str, dict], list[Problem]]:
    state: dict[str, dict] = {}
    problems = []
    for entry in entries:
        if entry.target is not None:
            if entry.target not in state:
                problems.append(
                    Problem(
                        path,
                        f"changes '{entry.target}', which no earlier entry recorded",
                        entry.describe(),
                    )
                )
            state.pop(entry.target, None)
        if entry.record is not None:
            state[record_key(entry.record)] = entry.record
    return state, problems


def _differences(expected: dict, actual: dict) -> list[str]:
    return sorted(k for k in set(expected) | set(actual) if expected.get(k) != actual.get(k))


def check_history(decisions_path: Path, decisions: DecisionsFile | None) -> HistoryCheck:
    """Check the history of ``decisions_path`` and that ``decisions`` (the file as loaded, or
    ``None`` if there is none) is what the history says it should be."""
    path = history_path(decisions_path)
    entries, problems = read_history(path)
    check = HistoryCheck(entries=entries, chain_problems=problems)
    if not entries and not problems:
        if decisions is not None and decisions.records:
            check.record_problems.append(
                Problem(
                    decisions_path,
                    f"has no history ({path.name}): it was written by hand or by another tool;"
                    " check its records, then record them under your name with"
                    f" `transparency verify {decisions.contract} --accept`",
                )
            )
        check.expected = {}
        return check
    if problems:
        return check
    check.chain_problems += _check_chain(path, entries)
    if check.chain_problems:
        return check
    state, replay_problems = _replay(path, entries)
    check.chain_problems += replay_problems
    if replay_problems:
        return check
    check.expected = state
    if decisions is None:
        check.record_problems.append(
            Problem(
                decisions_path,
                f"missing, but its history has {len(entries)} entries; restore it from git",
            )
        )
        return check
    check.record_problems += _compare(decisions_path, decisions, entries, state)
    return check


def _compare(
    decisions_path: Path, decisions: DecisionsFile, entries: list[Entry], state: dict[str, dict]
) -> list[Problem]:
    from transparency.decisions.rules import record_label

    problems = []
    last = entries[-1]
    if decisions.history != last.hash:
        known = {e.hash: e for e in entries}
        if decisions.history in known:
            saved = known[decisions.history]
            message = (
                f"was saved at entry {saved.n} of the history, which goes on to entry {last.n}"
                " (the file was restored from an older copy, or a save was interrupted)"
            )
        elif decisions.history is None:
            message = "has lost its link to the history (the line was removed by hand)"
        else:
            message = (
                "links to a history entry that is not in the history (entries were removed"
                " from its end, or the history was replaced)"
            )
        problems.append(Problem(decisions_path, message, field="history"))
    last_change = {}
    for entry in entries:
        if entry.record is not None:
            last_change[record_key(entry.record)] = entry
    seen = set()
    for index, decision in enumerate(decisions.records):
        key = decision.key
        seen.add(key)
        label = record_label(index, decision)
        if key not in state:
            problems.append(
                Problem(decisions_path, "not in the history: added or changed by hand", label)
            )
            continue
        fields = _differences(state[key], decision.as_data())
        if fields:
            problems.append(
                Problem(
                    decisions_path,
                    f"changed by hand since {last_change[key].describe()}:"
                    f" {', '.join(fields)} {'differs' if len(fields) == 1 else 'differ'} from"
                    " the history",
                    label,
                )
            )
    for key, record in state.items():
        if key not in seen:
            problems.append(
                Problem(
                    decisions_path,
                    "removed by hand: the history records this decision"
                    f" ({last_change[key].describe()}) but the file does not",
                    f"candidate {key}" if record.get("candidate") else key,
                    text=str(record.get("text") or ""),
                )
            )
    return problems
