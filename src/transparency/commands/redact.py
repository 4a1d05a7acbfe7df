"""``transparency redact CONTRACT --text ...``: a redaction of a passage the scan missed."""

from __future__ import annotations

from pathlib import Path

import click

from transparency.commands._options import (
    officer_option,
    resolve_officer,
    workspace_option,
)
from transparency.commands.interview import Interview
from transparency.commands.screens import (
    echo_lines,
    heading,
    passage_lines,
    reading_lines,
    rule,
    wrap,
)
from transparency.decisions.passages import Passage
from transparency.decisions.session import DecisionSession
from transparency.errors import WorkspaceError
from transparency.workspace import Workspace

__all__ = ["redact"]


def _targets(
    session: DecisionSession,
    text: str | None,
    document: str | None,
    occurrence: int | None,
    every: bool,
    span: tuple[int, int] | None,
) -> list[Passage]:
    if span is not None:
        names = list(session.documents)
        if document is None and len(names) > 1:
            raise click.UsageError("with --start and --end, say which --document")
        return [session.span(document or names[0], *span)]
    found = session.find(text or "", document)
    if not found and session.find_inside_words(text or "", document):
        raise WorkspaceError(
            f"'{text}' appears only inside longer words of {document or 'the contract'}",
            hint="A redaction is made of whole words: give the whole words. Nothing was recorded.",
        )
    if not found:
        raise WorkspaceError(
            f"'{text}' is not in the text of {document or 'the contract'}",
            hint="Copy the words as they appear in `transparency scan` output or on the"
            " review screen (spaces and line breaks count as one space).",
        )
    if every:
        return found
    if occurrence is not None:
        if not 1 <= occurrence <= len(found):
            raise click.BadParameter(
                f"there are {len(found)} occurrences", param_hint="--occurrence"
            )
        return [found[occurrence - 1]]
    if len(found) > 1:
        places = ", ".join(f"{p.document} at {p.start}" for p in found)
        raise WorkspaceError(
            f"'{text}' appears {len(found)} times ({places})",
            hint="Choose one with --occurrence N (counting from 1), or --every for each.",
        )
    return found


@click.command()
@click.argument("contract")
@click.option("--text", help="The words to redact, as they appear in the document.")
@click.option("--document", help="The document (file name) they are in, if not the only one.")
@click.option("--occurrence", type=int, help="Which occurrence of the text (1 = the first).")
@click.option("--every", is_flag=True, help="Redact every occurrence (one decision each).")
@click.option("--start", type=int, help="Start offset of a span (instead of --text).")
@click.option("--end", type=int, help="End offset of the span.")
@officer_option
@workspace_option
def redact(
    contract: str,
    text: str | None,
    document: str | None,
    occurrence: int | None,
    every: bool,
    start: int | None,
    end: int | None,
    officer: str | None,
    workspace_root: Path,
) -> None:
    """Redact a passage of CONTRACT that the scan did not flag.

    Give the words with --text (or a span with --start and --end). The passage is shown in
    context, then the same questions as in `transparency review` are asked: the exemption,
    what it requires, the reason for the public and the review date.
    """
    if (text is None) == (start is None or end is None):
        raise click.UsageError("give either --text or both --start and --end")
    workspace = Workspace.open(workspace_root)
    session = DecisionSession(workspace, contract, resolve_officer(officer, workspace_root))
    span = (start, end) if start is not None and end is not None else None
    passages = _targets(session, text, document, occurrence, every, span)
    for passage in passages:
        clash = session.clash(passage)
        if clash:
            raise WorkspaceError(
                f"'{passage.text}' at {passage.start} of {passage.document} cannot be"
                f" added: {clash}"
            )
    first = passages[0]
    context = session.context(first)
    where = first.document + (" · check the page image" if context.check_image else "")
    click.echo(rule())
    click.echo(heading(f"A redaction the scan missed · {where}"))
    click.echo()
    echo_lines(passage_lines(context))
    reading = reading_lines(context)
    if reading:
        click.echo()
        echo_lines(reading)
    if len(passages) > 1:
        click.echo()
        echo_lines(wrap(f"The same decision will be recorded for all {len(passages)} places."))
    decision = Interview(session).redact(first, replaces=None, action="redact")
    if decision is None:
        click.echo("Nothing was recorded.")
        raise SystemExit(1)
    for passage in passages[1:]:
        copy = decision.model_copy(
            update={"document": passage.document, "start": passage.start, "end": passage.end}
        )
        session.save(copy, action="redact")
    click.echo(f"Recorded {len(passages)} redaction{'s' if len(passages) != 1 else ''}.")
