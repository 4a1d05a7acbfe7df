"""``transparency review CONTRACT``: decide each flagged passage, one screen at a time.

The order: decisions that no longer match the document (after a new version), redactions past
their review date, then the undecided passages in document order. Each decision is saved (and
recorded in the history) the moment the officer confirms it, so quitting loses nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from transparency.commands._options import (
    officer_option,
    resolve_officer,
    workspace_option,
)
from transparency.commands.interview import Interview, ask_text
from transparency.commands.screens import (
    CATEGORIES,
    choice,
    decision_lines,
    echo_lines,
    heading,
    label_lines,
    menu,
    passage_lines,
    reading_lines,
    rule,
    wrap,
)
from transparency.decisions.dates import long_date
from transparency.decisions.history import check_history
from transparency.decisions.model import Decision
from transparency.decisions.orphans import Orphan
from transparency.decisions.passages import Passage, SpanError
from transparency.decisions.session import DecisionSession
from transparency.redaction.candidates import Candidate
from transparency.workspace import Workspace

__all__ = ["review"]

QUIT = "quit"


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


class Review:
    """One review session in the terminal."""

    def __init__(self, session: DecisionSession, again: tuple[str, ...] = ()) -> None:
        self.session = session
        self.interview = Interview(session)
        self.first_entry = session.store.last.n if session.store.last else 0
        self.skipped = 0
        self.again = [self._decided(key) for key in again]

    def _decided(self, key: str) -> Decision:
        decision = self.session.store.get(key)
        if decision is None:
            raise click.BadParameter(
                f"no decision on '{key}' in this contract", param_hint="--again"
            )
        return decision

    # -- the session -----------------------------------------------------------------------

    def items(self) -> list[tuple[str, object]]:
        s = self.session
        again = {d.key for d in self.again}
        return [
            *(("orphan", o) for o in s.orphans()),
            *(("expired", d) for d in s.expired() if d.key not in again),
            *(("again", d) for d in self.again),
            *(("new", c) for c in s.undecided()),
        ]

    def run(self) -> None:
        items = self.items()
        self._header(items)
        if not items:
            self._footer()
            return
        for number, (kind, item) in enumerate(items, 1):
            handler = getattr(self, f"_{kind}")
            try:
                outcome = handler(item, number, len(items))
            except click.Abort:
                click.echo()
                click.echo("Stopped. Nothing was saved for the passage on screen.")
                self._footer()
                sys.exit(1)
            if outcome == QUIT:
                break
        self._footer()

    def _header(self, items: list[tuple[str, object]]) -> None:
        s = self.session
        meta = s.contract.meta
        counts = {kind: sum(1 for k, _ in items if k == kind) for kind in ("orphan", "expired")}
        total = len(s.scan.candidates)
        decided = total - len(s.undecided())
        click.echo(rule())
        echo_lines(label_lines("Review of", f"{meta.title} ({meta.id})", 13))
        echo_lines(
            label_lines("", f"{meta.buyer} and {meta.supplier}, reference {meta.reference}", 13)
        )
        echo_lines(label_lines("Officer", s.officer, 13))
        todo = f"{_plural(total, 'flagged passage')}, {decided} decided"
        echo_lines(label_lines("Progress", todo, 13))
        if counts["expired"]:
            expired = _plural(counts["expired"], "redaction") + " past its review date"
            echo_lines(label_lines("", expired, 13))
        if counts["orphan"]:
            orphans = _plural(counts["orphan"], "decision") + " no longer matching the document"
            echo_lines(label_lines("", orphans, 13))
        history = check_history(s.store.path, s.store.file if s.store.path.is_file() else None)
        if history.problems:
            warning = (
                "The decision history does not match this contract's decisions: run"
                f" `transparency verify {meta.id}` to see why."
            )
            echo_lines(wrap(click.style(warning, bold=True), "  "))
        click.echo()
        echo_lines(
            wrap(
                "Each decision is saved as soon as you confirm it. Type q at a menu to stop;"
                " run the same command again to carry on where you left off."
            )
        )

    def _footer(self) -> None:
        s = self.session
        saved = (s.store.last.n if s.store.last else 0) - self.first_entry
        remaining = len(s.undecided())
        problems = len(s.orphans()) + len(s.expired())
        click.echo(rule())
        click.echo(f"{_plural(saved, 'change')} saved in this session.")
        if remaining or problems:
            left = []
            if remaining:
                left.append(_plural(remaining, "flagged passage") + " to decide")
            if problems:
                left.append(_plural(problems, "decision") + " to look at again")
            click.echo(f"Still to do: {'; '.join(left)}.")
            click.echo(f"Carry on with: transparency review {s.contract_id}")
            return
        click.echo(f"Every flagged passage of {s.contract_id} has a decision.")
        waiting = [d for d in s.awaiting_approval() if s.config.needs_approval(d.action)]
        if waiting:
            click.echo(
                f"{_plural(len(waiting), 'decision')} await approval by a second person:"
                f" transparency approve {s.contract_id}"
            )
        else:
            click.echo("Next: transparency check, then transparency build.")

    # -- one passage -------------------------------------------------------------------------

    def _show(self, title: str, passage: Passage) -> None:
        s = self.session
        context = s.context(passage)
        where = [passage.document]
        if context.page:
            where.append(f"page {context.page}")
        if context.heading:
            where.append(f'under "{context.heading}"')
        if context.check_image:
            where.append("check the page image")
        click.echo(rule())
        click.echo(heading(f"{title} · {' · '.join(where)}"))
        click.echo()
        echo_lines(passage_lines(context))
        click.echo()
        reading = reading_lines(context)
        if reading:
            echo_lines(reading)
            click.echo()

    def _new(self, candidate: Candidate, number: int, total: int) -> str | None:
        if candidate.id in self.session.decided_ids():
            return None  # decided in bulk with an earlier passage
        return self._decide(
            self.session.passage_for(candidate), f"Passage {number} of {total}", None
        )

    def _again(self, decision: Decision, number: int, total: int) -> str | None:
        passage = self.session.passage_of(decision)
        if passage is None:
            return None
        self._show(f"Passage {number} of {total} (decided before)", passage)
        self._current(decision, passage)
        return self._decide(passage, f"Passage {number} of {total}", decision.key, shown=True)

    def _describe_candidate(self, passage: Passage) -> None:
        c = passage.candidate
        if c is None:
            return
        echo_lines(label_lines("Flagged as", CATEGORIES.get(c.category, c.category.title())))
        why, stop, notes = c.explanation.partition(". ")
        echo_lines(label_lines("Why", why + stop.strip()))
        if notes:
            echo_lines(label_lines("Scan notes", notes))
        exemption = self.session.catalogue.get(c.exemption)
        suggested = f"{exemption.code}, {exemption.title}" if exemption else c.exemption
        echo_lines(label_lines("Suggested", suggested))
        if passage.adjusted:
            echo_lines(label_lines("Changed", f"you changed the passage from '{c.text}'"))

    def _decide(
        self, passage: Passage, title: str, replaces: str | None, *, shown: bool = False
    ) -> str | None:
        action = "redecide" if replaces else "decide"
        while True:
            if not shown:
                self._show(title, passage)
            shown = False
            self._describe_candidate(passage)
            click.echo()
            click.echo("What would you like to do?")
            echo_lines(
                menu(
                    [
                        ("1", "Redact this passage"),
                        ("2", "Release it: publish it as it stands"),
                        ("3", "Skip it for now"),
                        ("4", "Make the passage wider or narrower"),
                        ("q", "Stop here and carry on later"),
                    ]
                )
            )
            key = choice("Your choice", ["1", "2", "3", "4", "q"], "1")
            if key == "q":
                return QUIT
            if key == "3":
                self.skipped += 1
                return None
            if key == "4":
                passage = self._adjust(passage)
                continue
            ask = self.interview.redact if key == "1" else self.interview.release
            decision = ask(passage, replaces=replaces, action=action)
            if decision is not None:
                self._same_text(passage, decision)
                return None

    def _same_text(self, passage: Passage, decision: Decision) -> None:
        s = self.session
        others = s.same_text(passage)
        if not others:
            return
        click.echo()
        question = (
            f"'{passage.text}' appears {_plural(len(others), 'more time')} in this contract,"
            " not yet decided. Record the same decision for each?"
        )
        if not click.confirm("\n".join(wrap(question)), default=False):
            return
        copied = 0
        for candidate in others:
            problems = s.copy_to(decision, candidate)
            if problems:
                for problem in problems:
                    click.echo(f"  Not recorded for {candidate.id}: {problem.message}")
            else:
                copied += 1
        click.echo(f"  Saved the same decision for {_plural(copied, 'more passage')}.")

    def _adjust(self, passage: Passage) -> Passage:
        s = self.session
        options = [
            ("1", "Add the next word"),
            ("2", "Add the word before"),
            ("3", "Drop the last word"),
            ("4", "Drop the first word"),
            ("5", "Type the exact words to cover"),
            ("6", "Go back to the passage as flagged"),
            ("0", "Done"),
        ]
        hows = {"1": "add_after", "2": "add_before", "3": "drop_last", "4": "drop_first"}
        while True:
            click.echo()
            click.echo(heading("Make the passage wider or narrower"))
            context = s.context(passage)
            echo_lines(passage_lines(context))
            echo_lines(reading_lines(context))
            click.echo()
            echo_lines(menu(options))
            key = choice("Your choice", [k for k, _ in options], "0")
            try:
                if key in hows:
                    passage = s.adjust(passage, hows[key])
                elif key == "5":
                    passage = s.respan_words(passage, ask_text("The exact words"))
                elif key == "6" and passage.candidate is not None:
                    passage = s.passage_for(passage.candidate)
                elif key == "0":
                    return passage
            except SpanError as error:
                click.echo(f"  That cannot be done: {error.message}.")

    # -- past the review date --------------------------------------------------------------

    def _current(self, decision: Decision, passage: Passage) -> None:
        s = self.session
        click.echo(heading("The decision on record"))
        echo_lines(
            decision_lines(
                decision,
                s.catalogue.get(decision.exemption),
                text=passage.text,
                document=passage.document,
                needs_approval=False,
            )
        )

    def _expired(self, decision: Decision, number: int, total: int) -> str | None:
        s = self.session
        passage = s.passage_of(decision)
        if passage is None or decision not in s.expired():
            return None
        self._show(f"Passage {number} of {total} · review date passed", passage)
        echo_lines(
            wrap(
                f"This passage is redacted, to be reviewed by {long_date(decision.review_by)}."
                " That date has passed, so the site cannot be published until the redaction is"
                " decided again.",
            )
        )
        click.echo()
        self._current(decision, passage)
        click.echo()
        echo_lines(
            menu(
                [
                    ("1", "Keep it redacted on the same grounds, with a new review date"),
                    ("2", "Decide again from the start (redact with new reasons, or release)"),
                    ("3", "Skip it for now"),
                    ("q", "Stop here and carry on later"),
                ]
            )
        )
        key = choice("Your choice", ["1", "2", "3", "q"], "1")
        if key == "q":
            return QUIT
        if key == "3":
            self.skipped += 1
            return None
        if key == "2":
            return self._decide(passage, f"Passage {number} of {total}", decision.key)
        exemption = s.catalogue.get(decision.exemption)
        if exemption is None:
            click.echo("  Its exemption is not in the catalogue: decide it again instead.")
            return self._decide(passage, f"Passage {number} of {total}", decision.key)
        review_by = self.interview.review_by(exemption)
        if click.confirm(f"Keep the redaction until {long_date(review_by)}?", default=True):
            s.renew(decision, review_by)
            click.echo(click.style("  Saved.", bold=True))
        return None

    # -- no longer matching the document ---------------------------------------------------

    def _orphan(self, orphan: Orphan, number: int, total: int) -> str | None:
        s = self.session
        d = orphan.decision
        click.echo(rule())
        click.echo(heading(f"Passage {number} of {total} · a decision that no longer matches"))
        text = orphan.text or "(the record does not say)"
        what = "redact" if d.action == "redact" else "release"
        grounds = f" under {d.exemption}" if d.exemption else ""
        echo_lines(
            wrap(
                f"The decision to {what} '{text}'{grounds} ({d.decided_by},"
                f" {long_date(d.decided_on)}) was made on an earlier version of the document."
                " That text is no longer where it was, so the decision is not applied.",
            )
        )
        options: list[tuple[str, str]] = []
        if orphan.matches:
            click.echo()
            click.echo("The same text is now here:")
            for index, match in enumerate(orphan.matches, 1):
                passage = Passage(match.document, match.start, match.end, text, match.candidate)
                click.echo(f"  Place {index}:")
                echo_lines(passage_lines(s.context(passage), "      "))
                options.append((str(index), f"Attach the decision to place {index}"))
        else:
            click.echo("The text is not in the new version of the document.")
        options += [
            ("r", "Remove the decision"),
            ("s", "Leave it for now (the site cannot be published until this is resolved)"),
            ("q", "Stop here and carry on later"),
        ]
        click.echo()
        echo_lines(menu(options))
        key = choice("Your choice", [k for k, _ in options], "1" if orphan.matches else "r")
        if key == "q":
            return QUIT
        if key == "s":
            self.skipped += 1
            return None
        if key == "r":
            if click.confirm(f"Remove the decision on '{text}'?", default=True):
                s.remove(d)
                click.echo(click.style("  Removed.", bold=True))
            return None
        s.reattach(orphan, orphan.matches[int(key) - 1])
        click.echo(click.style("  Attached.", bold=True))
        return None


@click.command()
@click.argument("contract")
@click.option(
    "--again",
    multiple=True,
    metavar="ID",
    help="Decide this candidate again although it has a decision (repeatable).",
)
@officer_option
@workspace_option
def review(contract: str, again: tuple[str, ...], officer: str | None, workspace_root: Path):
    """Decide each flagged passage of CONTRACT, one screen at a time.

    For each passage: the text around it, why it was flagged and the suggested exemption; then
    redact (exemption, harm, public interest test, reason for the public, review date), release,
    skip, or make the passage wider or narrower. Each decision is shown in full and saved when
    you confirm it; type q to stop and run the command again to carry on.
    """
    workspace = Workspace.open(workspace_root)
    session = DecisionSession(workspace, contract, resolve_officer(officer, workspace_root))
    Review(session, again).run()
