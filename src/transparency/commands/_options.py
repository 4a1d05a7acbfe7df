"""Options and error handling shared by the commands."""

from __future__ import annotations

import functools
import logging
import subprocess
import sys
from pathlib import Path

import click

from transparency.errors import TransparencyError, WorkspaceError

__all__ = ["officer_option", "reports_errors", "resolve_officer", "workspace_option"]

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


def reports_errors(command):
    """Turn a TransparencyError into its lines on stderr and its exit status; no traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except TransparencyError as error:
            for line in error.lines():
                click.echo(f"Error: {line}" if len(error.lines()) == 1 else line, err=True)
            sys.exit(error.exit_code)

    return wrapper


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
