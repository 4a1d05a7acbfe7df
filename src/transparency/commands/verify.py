"""``transparency verify``: check every decision history against its decisions file."""

from __future__ import annotations

from pathlib import Path

import click

from transparency.commands._options import (
    officer_option,
    resolve_officer,
    workspace_option,
)
from transparency.decisions.verify import accept_edits, verify_workspace
from transparency.errors import ProblemsError
from transparency.workspace import Workspace

__all__ = ["verify"]


@click.command()
@click.argument("contracts", nargs=-1)
@click.option(
    "--accept",
    is_flag=True,
    help="Record the changes made by hand to the named contracts' decisions under your name"
    " (after checking them). A damaged history is never accepted.",
)
@officer_option
@workspace_option
def verify(
    contracts: tuple[str, ...], accept: bool, officer: str | None, workspace_root: Path
) -> None:
    """Check that each decision history is intact and matches its decisions file.

    Reports an entry altered, removed or moved, and a decisions file changed by hand, naming
    the entry or the record.
    """
    workspace = Workspace.open(workspace_root)
    if accept:
        if not contracts:
            raise click.UsageError("name the contracts whose hand edits you accept")
        name = resolve_officer(officer, workspace_root)
        for contract in contracts:
            entries = accept_edits(workspace, contract, name)
            click.echo(
                f"{contract}: recorded {len(entries)} change{'s' if len(entries) != 1 else ''}"
                f" made by hand, under the name {name}."
            )
    results = verify_workspace(workspace, list(contracts))
    problems = [p for r in results for p in r.problems]
    for result in results:
        if result.problems:
            continue
        if not result.entries and not result.has_file:
            click.echo(f"{result.contract}: no decisions yet.")
            continue
        last = result.entries[-1] if result.entries else None
        tail = f"; last change: {last.describe()}" if last else ""
        click.echo(
            f"{result.contract}: history intact ({len(result.entries)}"
            f" entr{'y' if len(result.entries) == 1 else 'ies'}) and the"
            f" decisions file matches it{tail}."
        )
    if problems:
        broken = sum(1 for r in results if r.problems)
        raise ProblemsError(
            problems,
            summary=f"The decision history of {broken} contract{'s' if broken != 1 else ''}"
            " does not match",
            hint="Restore altered files from git; if a hand edit is right, record it with"
            " `transparency verify CONTRACT --accept`.",
        )
