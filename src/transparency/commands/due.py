"""``transparency due``: redactions whose review date has passed or is near."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from transparency.commands._options import workspace_option
from transparency.decisions.config import load_config
from transparency.decisions.dates import Period, long_date, parse_period
from transparency.decisions.due import due_redactions
from transparency.workspace import Workspace

__all__ = ["due"]


def _period(ctx: click.Context, param: click.Parameter, value: str | None) -> Period | None:
    if value is None:
        return None
    try:
        return parse_period(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _when(days: int) -> str:
    if days < 0:
        return f"overdue by {-days} day{'s' if days != -1 else ''}"
    if days == 0:
        return "due today"
    return f"due in {days} day{'s' if days != 1 else ''}"


@click.command()
@click.argument("contracts", nargs=-1)
@click.option(
    "--within",
    callback=_period,
    metavar="PERIOD",
    help="How far ahead to look: 30d, 6w, 3m, 1y (default: due_within in transparency.yaml,"
    " else 30d).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@workspace_option
def due(
    contracts: tuple[str, ...], within: Period | None, as_json: bool, workspace_root: Path
) -> None:
    """List redactions whose review date has passed or falls within a period.

    An overdue redaction stops the build until it is decided again with `transparency review`.
    """
    workspace = Workspace.open(workspace_root)
    within = within or load_config(workspace.root).due_period
    today = dt.date.today()
    rows = due_redactions(workspace, list(contracts), today, within)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in rows], indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo(f"No redaction is due for review within {within}.")
        return
    click.echo(f"Redactions to review by {long_date(within.after(today))} ({within} from today):")
    for row in rows:
        click.echo(f"  {long_date(row.review_by)}, {_when(row.days)}")
        click.echo(
            f"      {row.contract}, {row.record}: '{row.text}' under {row.exemption},"
            f" decided by {row.decided_by}"
        )
    overdue = sum(1 for r in rows if r.overdue)
    if overdue:
        click.echo(
            f"{overdue} overdue: the site cannot be published until each is decided again"
            " (transparency review CONTRACT)."
        )
