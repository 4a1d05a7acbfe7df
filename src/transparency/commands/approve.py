"""``transparency approve CONTRACT``: a second person approves the decisions."""

from __future__ import annotations

from pathlib import Path

import click

from transparency.commands._options import (
    officer_option,
    resolve_officer,
    workspace_option,
)
from transparency.commands.screens import (
    choice,
    decision_lines,
    echo_lines,
    heading,
    label_lines,
    menu,
    passage_lines,
    rule,
    wrap,
)
from transparency.decisions.config import same_person
from transparency.decisions.session import DecisionSession
from transparency.workspace import Workspace

__all__ = ["approve"]


def _show(session: DecisionSession, decision, title: str) -> None:
    passage = session.passage_of(decision)
    click.echo(rule())
    click.echo(heading(title))
    if passage is not None:
        click.echo()
        echo_lines(passage_lines(session.context(passage)))
    click.echo()
    echo_lines(
        decision_lines(
            decision,
            session.catalogue.get(decision.exemption),
            text=session.text_of(decision),
            document=passage.document if passage else decision.document,
            needs_approval=False,
        )
    )


@click.command()
@click.argument("contract")
@click.option(
    "--all",
    "approve_all",
    is_flag=True,
    help="List every decision awaiting approval, then approve them all with one confirmation.",
)
@officer_option
@workspace_option
def approve(contract: str, approve_all: bool, officer: str | None, workspace_root: Path) -> None:
    """Approve the decisions on CONTRACT made by someone else, one by one.

    Each decision is shown in full with its passage; approve it, or skip it to leave it for the
    decider to revisit. You cannot approve your own decisions.
    """
    workspace = Workspace.open(workspace_root)
    name = resolve_officer(officer, workspace_root)
    session = DecisionSession(workspace, contract, name, role="approve")
    waiting = session.awaiting_approval()
    own = [d for d in waiting if same_person(d.decided_by, session.officer)]
    todo = [d for d in waiting if d not in own]
    meta = session.contract.meta
    click.echo(rule())
    echo_lines(label_lines("Approval of", f"{meta.title} ({meta.id})", 15))
    echo_lines(label_lines("Approver", session.officer, 15))
    waiting_text = f"{len(todo)} decision{'s' if len(todo) != 1 else ''} to approve"
    echo_lines(label_lines("Waiting", waiting_text, 15))
    if own:
        echo_lines(
            wrap(
                f"You made {len(own)} of the waiting decisions yourself; someone else must"
                " approve those.",
                "  ",
            )
        )
    if not todo:
        click.echo("Nothing for you to approve.")
        return
    approved = 0
    if approve_all:
        click.echo()
        for decision in todo:
            reason = decision.exemption or "release"
            click.echo(f"  • '{session.text_of(decision)}': {reason}, by {decision.decided_by}")
        if click.confirm(f"Approve all {len(todo)}, having read them?", default=False):
            for decision in todo:
                session.approve(decision)
            approved = len(todo)
    else:
        for number, decision in enumerate(todo, 1):
            _show(session, decision, f"Decision {number} of {len(todo)}")
            click.echo()
            echo_lines(
                menu(
                    [
                        ("1", "Approve it"),
                        ("2", "Skip it (leave it for the decider to revisit)"),
                        ("q", "Stop here and carry on later"),
                    ]
                )
            )
            try:
                key = choice("Your choice", ["1", "2", "q"], "1")
            except click.Abort:
                click.echo()
                break
            if key == "q":
                break
            if key == "1":
                session.approve(decision)
                approved += 1
                click.echo(click.style("  Approved.", bold=True))
    click.echo(rule())
    left = len(session.awaiting_approval()) - len(own)
    click.echo(f"{approved} approved; {left} still waiting for you.")
