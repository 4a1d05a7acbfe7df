"""A publisher's workspace: the folders every stage reads and writes.

::

    contracts/<id>/contract.yaml   metadata        (the publisher)
    contracts/<id>/<documents>     source files    (the publisher)
    redaction/<id>.yaml            proposals       (``transparency scan``)
    decisions/<id>.yaml            decisions       (officers)
    pages/                         own pages       (the publisher)
    mkdocs.yml                     site config     (the publisher)
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from transparency.contracts import Document
from transparency.contracts.cache import read_cached
from transparency.contracts.metadata import ContractMeta, load_contract_meta
from transparency.errors import WorkspaceError

__all__ = ["Contract", "DocumentStore", "Workspace"]

#: Characters of parsed documents a workspace keeps in memory (see :class:`DocumentStore`).
MEMORY_CHARACTERS = 250_000


class DocumentStore:
    """The parsed documents a workspace keeps in memory: the most recently used, up to
    ``characters`` characters of text in all (each character's place is most of a parsed
    document's memory). A document pushed out is read again from the parse cache when it is
    next asked for, so that a command over the whole register holds a few documents at a time,
    not the register. The one document asked for last is always kept."""

    def __init__(self, characters: int | None = None) -> None:
        self.characters = MEMORY_CHARACTERS if characters is None else characters
        self._kept: OrderedDict[tuple[Path, str], Document] = OrderedDict()
        self._size = 0
        #: Documents read (parsed or from the parse cache) since the store was made, and the
        #: most documents kept at once.
        self.reads = 0
        self.peak = 0

    def get(self, folder: Path, name: str, cache: Path | None) -> Document:
        key = (folder, name)
        document = self._kept.get(key)
        if document is not None:
            self._kept.move_to_end(key)
            return document
        document = read_cached(folder / name, name, cache)
        self.reads += 1
        self._kept[key] = document
        self._size += len(document.text)
        while self._size > self.characters and len(self._kept) > 1:
            _, dropped = self._kept.popitem(last=False)
            self._size -= len(dropped.text)
        self.peak = max(self.peak, len(self._kept))
        return document

    def __len__(self) -> int:
        return len(self._kept)


@dataclass
class Contract:
    """One contract: its folder, its metadata and (parsed on demand) its documents."""

    folder: Path
    meta: ContractMeta
    #: Where parsed documents are kept by content (:mod:`transparency.contracts.cache`).
    cache: Path | None = None
    #: The parsed documents kept in memory, shared by the workspace's contracts.
    store: DocumentStore = field(default_factory=DocumentStore, repr=False)

    @property
    def id(self) -> str:
        return self.meta.id

    def document(self, name: str) -> Document:
        """The parsed document ``name`` (as listed in contract.yaml), parsed once (and kept in
        the workspace's cache, so that the next command does not parse it again); in memory
        while it is among the workspace's most recently used (:class:`DocumentStore`)."""
        return self.store.get(self.folder, name, self.cache)

    def documents(self) -> list[Document]:
        return [self.document(ref.file) for ref in self.meta.documents]


@dataclass
class Workspace:
    """The workspace rooted at ``root``."""

    root: Path

    def __post_init__(self) -> None:
        # Kept as given (often "."), so that messages show short relative paths.
        self.root = Path(self.root)

    @classmethod
    def open(cls, root: Path | str = ".") -> Workspace:
        """The workspace at ``root``; it must have a ``contracts/`` folder."""
        workspace = cls(Path(root))
        if not workspace.contracts_dir.is_dir():
            raise WorkspaceError(
                "not a workspace: there is no 'contracts' folder",
                path=workspace.root,
                hint="Run the command at the workspace root, or pass --workspace PATH.",
            )
        return workspace

    @property
    def contracts_dir(self) -> Path:
        return self.root / "contracts"

    @property
    def cache_dir(self) -> Path:
        """What the tool keeps to go faster (ignored by git; safe to delete)."""
        return self.root / ".cache"

    @property
    def redaction_dir(self) -> Path:
        return self.root / "redaction"

    @property
    def decisions_dir(self) -> Path:
        return self.root / "decisions"

    def scan_path(self, contract_id: str) -> Path:
        return self.redaction_dir / f"{contract_id}.yaml"

    def decisions_path(self, contract_id: str) -> Path:
        return self.decisions_dir / f"{contract_id}.yaml"

    def contract_ids(self) -> list[str]:
        """Every folder under contracts/ that holds a contract.yaml, sorted."""
        return sorted(
            p.parent.name for p in self.contracts_dir.glob("*/contract.yaml") if p.is_file()
        )

    @cached_property
    def _contracts(self) -> dict[str, Contract]:
        return {}

    @cached_property
    def documents(self) -> DocumentStore:
        """The parsed documents of the workspace's contracts kept in memory."""
        return DocumentStore()

    def contract(self, contract_id: str) -> Contract:
        """The contract ``contract_id``, its metadata validated."""
        if contract_id not in self._contracts:
            folder = self.contracts_dir / contract_id
            meta_path = folder / "contract.yaml"
            if not meta_path.is_file():
                known = ", ".join(self.contract_ids()) or "none"
                raise WorkspaceError(
                    f"no contract '{contract_id}'",
                    path=meta_path,
                    hint=f"Known contracts: {known}.",
                )
            meta = load_contract_meta(meta_path, expected_id=contract_id)
            self._contracts[contract_id] = Contract(
                folder, meta, self.cache_dir / "documents", self.documents
            )
        return self._contracts[contract_id]

    def contracts(self) -> list[Contract]:
        return [self.contract(cid) for cid in self.contract_ids()]
