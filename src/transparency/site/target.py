"""Where a site may be written, and the proof that what is there is what was checked.

A build replaces the whole of its target folder, so the target is checked before anything is
written or deleted:

* it must not be, or contain, the workspace root, nor be, contain or lie inside ``contracts/``,
  ``decisions/``, ``redaction/``, the pages folder (mkdocs' ``docs_dir``), ``.git`` or the
  installed package;
* if it exists and holds anything, an earlier build must have made it: every build leaves a
  marker file (:data:`MARKER`) at the top of the site, and a non-empty folder without one is
  somebody's data, not a site.

:class:`Manifest` records every file of a site as the leak check read it (path and SHA-256);
:meth:`Manifest.changes` names every file added, changed or removed since, so a file written
after the check (by a plugin or hook that runs later) fails the build instead of being
published unchecked.

:class:`SiteWriter` writes the files the build makes itself (its pages, open data and redacted
originals) into the folder being built, linking a file that the previous build's site holds
with the very same bytes instead of writing it again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import transparency
from transparency._atomic import file_sha256
from transparency.errors import Problem, WorkspaceError

__all__ = ["MARKER", "Manifest", "SiteWriter", "check_site_target", "mark_site"]

#: The file every build leaves at the top of its site.
MARKER = ".transparency-site"
_MARKER_TEXT = (
    "This folder is a site built by `transparency build` (or `mkdocs build` with the\n"
    "transparency plugin). Each build replaces everything in it.\n"
)


def _protected(workspace_root: Path, docs_dir: Path | None) -> list[tuple[Path, str]]:
    root = workspace_root.resolve()
    places = [
        (root / "contracts", "the contracts folder"),
        (root / "decisions", "the decisions folder"),
        (root / "redaction", "the scan results folder"),
        (root / ".git", "the workspace's git repository"),
        (Path(transparency.__file__).resolve().parent, "the installed transparency package"),
    ]
    if docs_dir is not None:
        places.append((Path(docs_dir).resolve(), "the pages folder (docs_dir)"))
    return places


def check_site_target(target: Path, workspace_root: Path, docs_dir: Path | None = None) -> None:
    """Raise :class:`WorkspaceError` unless ``target`` may be replaced by a built site."""
    resolved = Path(target).resolve()
    root = Path(workspace_root).resolve()
    hint = "Nothing was written or deleted. Choose another folder for the site, such as site/."
    if resolved == root or root.is_relative_to(resolved):
        what = "is" if resolved == root else "contains"
        raise WorkspaceError(
            f"cannot build the site here: this folder {what} the workspace",
            path=target,
            hint=hint,
        )
    for place, name in _protected(root, docs_dir):
        if resolved == place or place.is_relative_to(resolved) or resolved.is_relative_to(place):
            relation = (
                "is"
                if resolved == place
                else ("contains" if place.is_relative_to(resolved) else "lies inside")
            )
            raise WorkspaceError(
                f"cannot build the site here: this folder {relation} {name}",
                path=target,
                hint=hint,
            )
    if resolved.exists() and not resolved.is_dir():
        raise WorkspaceError("cannot build the site here: it is a file", path=target, hint=hint)
    if resolved.is_dir() and any(resolved.iterdir()) and not (resolved / MARKER).is_file():
        raise WorkspaceError(
            "cannot build the site here: the folder is not empty and no earlier build made it"
            f" (it has no {MARKER} file)",
            path=target,
            hint="Nothing was written or deleted. Empty the folder or choose another; a build"
            " replaces everything in its site folder.",
        )


def mark_site(site_dir: Path) -> None:
    """Leave the marker that says a build made ``site_dir``."""
    site_dir.mkdir(parents=True, exist_ok=True)
    (site_dir / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")


def _digest(path: Path) -> str:
    if path.is_symlink():
        return f"link to {path.readlink()}"
    return file_sha256(path)


@dataclass
class Manifest:
    """Every file of a site and its SHA-256, as it was when checked."""

    files: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, site_dir: Path) -> Manifest:
        site_dir = Path(site_dir)
        return cls(
            {
                path.relative_to(site_dir).as_posix(): _digest(path)
                for path in sorted(site_dir.rglob("*"))
                if path.is_file() or path.is_symlink()
            }
        )

    def changes(self, site_dir: Path) -> list[Problem]:
        """A problem for each file added, changed or removed since the manifest was made."""
        now = Manifest.of(site_dir).files
        problems = []
        for name in sorted(set(now) | set(self.files)):
            if name not in self.files:
                message = "written after the leak check (by a plugin or hook that runs later)"
            elif name not in now:
                message = "removed after the leak check"
            elif now[name] != self.files[name]:
                message = "changed after the leak check (by a plugin or hook that runs later)"
            else:
                continue
            problems.append(Problem(Path(site_dir) / name, message))
        return problems


class SiteWriter:
    """Writes files into ``site_dir``, a site being built, by their path in the site.

    ``previous`` is the site the build will replace (made by an earlier build: it has the
    :data:`MARKER`), or ``None``. A file it holds with the very bytes to be written is
    hard-linked instead: a rebuild makes most files as they were, and making a file costs
    far more on some file systems than linking one (a millisecond against a few microseconds
    where this was measured), which at a register's thousands of files is seconds. The bytes
    are compared, not trusted: a file changed since (by hand, or by a tool after the build)
    is written afresh. Where links cannot be made (another file system, no support), every
    file is written.

    A file is never written through a link: a path that exists already is removed first, so
    the previous site, still published until the build replaces it, is never changed.
    """

    def __init__(self, site_dir: Path, previous: Path | None = None) -> None:
        self.site_dir = Path(site_dir)
        self.previous = Path(previous) if previous is not None else None
        self.linked = 0
        self.written = 0
        self._folders: set[Path] = set()

    def link(self, relative: str, data: bytes) -> bool:
        """Link the previous site's file at ``relative`` into the site if it holds exactly
        ``data``; whether it did (nothing is written otherwise)."""
        if self.previous is None:
            return False
        old = self.previous / relative
        try:
            if old.is_symlink() or not old.is_file() or old.stat().st_size != len(data):
                return False
            if old.read_bytes() != data:
                return False
        except OSError:
            return False
        target = self._clear(relative)
        try:
            os.link(old, target)
        except OSError:
            self.previous = None  # no links here: write every file from now on
            return False
        self.linked += 1
        return True

    def write(self, relative: str, data: bytes) -> Path:
        """Put ``data`` at ``relative`` in the site (linked or written); its path."""
        if not self.link(relative, data):
            with self._clear(relative).open("xb") as handle:  # a new file, never one linked
                handle.write(data)
            self.written += 1
        return self.site_dir / relative

    def _clear(self, relative: str) -> Path:
        """The path of ``relative`` in the site, its folder made and no file left there."""
        target = self.site_dir / relative
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        if target.exists() or target.is_symlink():
            target.unlink()
        return target
