"""The one exception tree of the package.

Every problem a user can fix (a missing file, a corrupt PDF, an invalid decision record, a build
that would publish something undecided) is raised as a :class:`TransparencyError` subclass. The
CLI prints it as one line (or, for a list of problems, one line per problem followed by a
summary) and exits with :attr:`TransparencyError.exit_code`; the mkdocs plugin turns it into a
``PluginError``. Library code never prints.

Policy, after pypdf's: *raise* for anything that stops a correct result (bad input, invalid
records, a leak); *log a warning* (``logging.getLogger(__name__)``) for a degraded but still
correct result (a PDF page with no text that the caller chose to accept); never ``print``.

Tree::

    TransparencyError
    ├── WorkspaceError        the workspace layout or a contract.yaml is wrong
    ├── DocumentError         a contract document cannot be read (missing, unsupported,
    │                         corrupt, encrypted, no text)
    ├── ProblemsError         several problems reported together
    │   ├── ValidationError   records that break the file formats or the rules
    │   ├── PublicationRefused  the gate: something undecided, invalid or overdue
    │   └── LeakDetected      redacted text found in the built site
    └── ConfigError           the recognizer or exemption configuration is wrong
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ConfigError",
    "DocumentError",
    "LeakDetected",
    "PortableError",
    "Problem",
    "ProblemsError",
    "PublicationRefused",
    "TransparencyError",
    "ValidationError",
    "WorkspaceError",
    "library_failures",
]

logger = logging.getLogger(__name__)


class TransparencyError(Exception):
    """A problem the user can fix; renders as ``<path>: <message>. <hint>``."""

    exit_code = 1

    def __init__(self, message: str, *, path: Path | str | None = None, hint: str = "") -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path is not None else ""
        stop = "" if self.message.endswith((".", "!", "?")) else "."
        hint = f" {self.hint}" if self.hint else ""
        return f"{where}{self.message}{stop}{hint}"

    def lines(self, *, show_text: bool = False) -> list[str]:
        """The lines the CLI prints for this error (``show_text``: see :class:`Problem`)."""
        return [str(self)]


class WorkspaceError(TransparencyError):
    """The workspace layout, or a contract's ``contract.yaml``, is wrong."""


class DocumentError(TransparencyError):
    """A contract document cannot be read."""


@contextlib.contextmanager
def library_failures(path: Path | str, doing: str) -> Iterator[None]:
    """Any failure of a library on a damaged or hostile file (pypdf, python-docx, lxml, zlib
    can fail anywhere inside), as one :class:`DocumentError` naming the file; ``doing`` says
    what was being done ("could not be read"). The library's own message is left out, since
    it may quote the file; ``-vv`` logs the traceback for a bug report."""
    try:
        yield
    except TransparencyError:
        raise
    except (RecursionError, MemoryError) as error:
        raise DocumentError(
            f"{doing}: the file is too deeply nested or too large ({type(error).__name__})",
            path=path,
            hint="It may be damaged or hostile; save it again from the original application.",
        ) from None
    except Exception as error:
        logger.debug("%s: %s", path, doing, exc_info=True)
        raise DocumentError(
            f"{doing}: the file is damaged ({type(error).__name__})",
            path=path,
            hint="Save it again as PDF or DOCX from the original application (or ask the"
            " supplier for a clean copy). Run with -vv for details.",
        ) from None


class ConfigError(TransparencyError):
    """A configuration file shipped with or added to the tool is wrong."""


@dataclass(frozen=True)
class Problem:
    """One problem in a file: where it is (file, record, field) and what is wrong.

    ``text`` is the withheld (or candidate) text the problem is about, when there is one. It is
    never part of the message: messages reach terminals, CI logs and mkdocs' output, so they
    name the contract, document, page, redaction and category instead. Only
    :meth:`render` with ``show_text=True`` (``--show-text`` on a terminal) adds it.
    """

    path: Path | str
    message: str
    record: str = ""
    field: str = ""
    text: str = ""

    def __str__(self) -> str:
        return self.render()

    def render(self, *, show_text: bool = False) -> str:
        """The problem as one line; with ``show_text``, the withheld text after it."""
        parts = [str(self.path)]
        if self.record:
            parts.append(self.record)
        if self.field:
            parts.append(self.field)
        line = f"{': '.join(parts)}: {self.message}"
        if show_text and self.text:
            line += f" [text: {self.text!r}]"
        return line


class ProblemsError(TransparencyError):
    """Several problems found together; each is printed on its own line, then a summary."""

    exit_code = 2
    nouns = ("problem", "problems")
    prefix = ""

    def __init__(self, problems: list[Problem], *, summary: str = "", hint: str = "") -> None:
        self.problems = list(problems)
        count = len(self.problems)
        noun = self.nouns[0] if count == 1 else self.nouns[1]
        summary = summary or f"{self.prefix}{count} {noun} found"
        super().__init__(summary, hint=hint)

    def lines(self, *, show_text: bool = False) -> list[str]:
        return [p.render(show_text=show_text) for p in self.problems] + [str(self)]


class ValidationError(ProblemsError):
    """Records that break the file format or the rules it encodes."""

    nouns = ("invalid field", "invalid fields")


class PublicationRefused(ProblemsError):
    """The publication gate: candidates undecided, records invalid or review dates passed."""

    exit_code = 3
    prefix = "The site cannot be published: "


class LeakDetected(ProblemsError):
    """Redacted text was found in the built output."""

    exit_code = 4
    prefix = "Redacted text in the built site: "
    nouns = ("leak", "leaks")


class PortableError:
    """A :class:`TransparencyError` taken apart so that it survives the trip between processes
    (its constructor takes keywords, which unpickling does not give back): a worker returns
    ``PortableError.of(error)`` and the caller raises ``outcome.rebuild()``."""

    def __init__(self, kind: type, fields: dict) -> None:
        self.kind = kind
        self.fields = fields

    @classmethod
    def of(cls, error: TransparencyError) -> PortableError:
        if isinstance(error, ProblemsError):
            return cls(
                type(error),
                {"problems": error.problems, "summary": error.message, "hint": error.hint},
            )
        return cls(type(error), {"message": error.message, "path": error.path, "hint": error.hint})

    def rebuild(self) -> TransparencyError:
        if issubclass(self.kind, ProblemsError):
            return self.kind(
                self.fields["problems"], summary=self.fields["summary"], hint=self.fields["hint"]
            )
        return self.kind(self.fields["message"], path=self.fields["path"], hint=self.fields["hint"])
