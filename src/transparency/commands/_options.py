"""Options and error handling shared by the commands."""

from __future__ import annotations

import logging
import subprocess
import sys
import traceback
from pathlib import Path

import click

from transparency.errors import TransparencyError, WorkspaceError

__all__ = [
    "ErrorReportingGroup",
    "Options",
    "officer_option",
    "resolve_officer",
    "workspace_option",
]

logger = logging.getLogger(__name__)


def workspace_option(command):
    """``--workspace PATH``: shared by every command that works on a workspace."""
    return click.option(
        "-w",
        "--workspace",
        "workspace_root",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path(),
        show_default=True,
        help="The workspace root (the folder with contracts/, decisions/ and mkdocs.yml).",
    )(command)


def officer_option(command):
    """``--officer NAME``: who is recorded as making each change."""
    return click.option(
        "--officer",
        envvar="TRANSPARENCY_OFFICER",
        metavar="NAME",
        help="Your name, recorded with every change (default: $TRANSPARENCY_OFFICER, else"
        " `git config user.name`). Where transparency.yaml lists the officers, give your name"
        " as listed there.",
    )(command)


class ErrorReportingGroup(click.Group):
    """The command group: renders every error once, in one place.

    A :class:`TransparencyError` becomes its lines on stderr (one line, or one per problem and
    a summary) and its exit status. Any other exception (a bug, or a damaged file a library
    failed on) becomes one line naming it, with "run with -vv for details"; ``-vv`` prints the
    traceback. Withheld text is never printed unless ``--show-text`` is given on a terminal.
    """

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TransparencyError as error:
            options = ctx.find_object(Options) or Options()
            lines = error.lines(show_text=options.text_shown())
            for line in lines:
                click.echo(f"Error: {line}" if len(lines) == 1 else line, err=True)
            if options.show_text and not options.text_shown():
                click.echo(
                    "(--show-text shows withheld text only on a terminal; it was left out here.)",
                    err=True,
                )
            ctx.exit(error.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted: what was saved before is kept.", err=True)
            ctx.exit(130)
        except Exception as error:
            options = ctx.find_object(Options) or Options()
            if options.verbosity >= 2:
                click.echo(traceback.format_exc().rstrip(), err=True)
            first = (str(error).strip().splitlines() or [""])[0][:200]
            detail = f": {first}" if first else ""
            click.echo(
                f"Error: unexpected {type(error).__name__}{detail}. Nothing more was done;"
                + ("" if options.verbosity >= 2 else " run with -vv for details."),
                err=True,
            )
            ctx.exit(1)


class Options:
    """The group's options, for the commands and the error report (``ctx.obj``)."""

    def __init__(self, verbosity: int = 0, show_text: bool = False) -> None:
        self.verbosity = verbosity
        self.show_text = show_text

    def text_shown(self) -> bool:
        """Whether withheld text may be printed: asked for, and stderr is a terminal."""
        return self.show_text and sys.stderr.isatty()


def _git_user_name(root: Path) -> str:
    try:
        done = subprocess.run(
            ["git", "config", "user.name"],
            cwd=root if root.is_dir() else None,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def resolve_officer(given: str | None, root: Path) -> str:
    """The officer's name: ``--officer`` (or its variable), else git's user name; never empty."""
    name = " ".join((given or "").split()) or _git_user_name(root)
    if not name:
        raise WorkspaceError(
            "nobody to record as the officer making these changes",
            hint="Give your name with --officer NAME, set TRANSPARENCY_OFFICER, or set"
            " `git config user.name`. Nothing was changed.",
        )
    logger.info("officer: %s", name)
    return name
