"""The questions behind one decision: exemption, harm, public interest test, reasons, the
supplier's representations, dates.

Shared by ``transparency review`` (a flagged passage) and ``transparency redact`` (a passage the
scan missed). Every answer is checked by the same rules as the build before the officer is asked
to save, and nothing is saved unless the officer confirms the decision shown in full.
"""

from __future__ import annotations

import datetime as dt
import re

import click

from transparency.commands.screens import (
    choice,
    decision_lines,
    echo_lines,
    exemption_lines,
    heading,
    menu,
    wrap,
)
from transparency.decisions.catalogue import Exemption, normalise_code
from transparency.decisions.dates import long_date, parse_date
from transparency.decisions.model import Decision
from transparency.decisions.passages import Passage
from transparency.decisions.session import DecisionSession

__all__ = ["Interview", "ask_text"]


def ask_text(prompt: str, default: str | None = None) -> str:
    """A line of text; asked again until it is not empty."""
    while True:
        answer = click.prompt(prompt, default=default or "", show_default=bool(default)).strip()
        if answer:
            return answer
        click.echo("  Please write something here: the record needs it.")


def _numbers(raw: str, limit: int) -> list[int] | None:
    tokens = [t for t in re.split(r"[\s,;]+", raw.strip()) if t]
    if not all(t.isdigit() and 1 <= int(t) <= limit for t in tokens):
        return None
    return list(dict.fromkeys(int(t) for t in tokens))


class Interview:
    """Asks the officer for one decision at a time and saves it once confirmed."""

    def __init__(self, session: DecisionSession) -> None:
        self.session = session
        self.release_reason: str | None = None

    # -- release -------------------------------------------------------------------------

    def release(self, passage: Passage, *, replaces: str | None, action: str) -> Decision | None:
        """Record that the passage may be published; the decision saved, or ``None``."""
        click.echo()
        click.echo(heading("Release it"))
        click.echo("  Why may it be published? One plain sentence for the record, for example:")
        click.echo('  "A team mailbox, not a person\'s address."')
        reason = ask_text("Reason", self.release_reason)
        self.release_reason = reason
        representations = self.representations()
        decision = self._build(
            passage, action="release", public_reason=reason, representations=representations
        )
        return self._confirm(decision, replaces=replaces, action=action)

    # -- redact --------------------------------------------------------------------------

    def redact(self, passage: Passage, *, replaces: str | None, action: str) -> Decision | None:
        """Ask everything a redaction needs; the decision saved, or ``None``."""
        answers: dict[str, object] = {}
        fact = self.session.public_fact(passage)
        if fact:
            click.echo()
            click.echo(heading("Careful: this must normally be published"))
            echo_lines(
                wrap(
                    f"'{passage.text}' is {fact}. The law expects it to be published, so"
                    " redacting it needs an override: say why it must be withheld all the"
                    " same (for example national security). Press Enter to go back instead.",
                    "  ",
                )
            )
            override = click.prompt("Override", default="", show_default=False).strip()
            if not override:
                return None
            answers["override"] = override
        exemption = self._exemption(passage)
        answers["exemption"] = exemption.code
        previous = self._previous(exemption)
        if previous is not None and self._reuse(previous):
            for name in ("public_reason", "justification", "harm", "public_interest"):
                answers[name] = getattr(previous, name)
            answers["trade_secret"] = previous.trade_secret
        else:
            answers.update(self._grounds(exemption))
            click.echo()
            click.echo(heading("The reason shown to the public"))
            click.echo("  In plain English, one or two sentences: what is withheld and why.")
            answers["public_reason"] = ask_text("Reason")
        answers["representations"] = self.representations()
        answers["review_by"] = self.review_by(exemption)
        decision = self._build(passage, action="redact", **answers)
        return self._confirm(decision, replaces=replaces, action=action)

    def _exemption(self, passage: Passage) -> Exemption:
        session = self.session
        options = session.exemptions_for(passage)
        suggested = None
        if passage.candidate is not None:
            code = passage.candidate.exemption
            if session.environmental(passage):
                code = session.catalogue.for_environmental(code)
            suggested = next(
                (
                    i
                    for i, e in enumerate(options, 1)
                    if normalise_code(e.code) == normalise_code(code)
                ),
                None,
            )
        click.echo()
        click.echo(heading("Which exemption applies?"))
        if session.environmental(passage):
            echo_lines(
                wrap(
                    "This document is environmental information: the Environmental Information"
                    " Regulations apply instead of FOIA, with a presumption in favour of release"
                    " and no absolute exceptions.",
                    "  ",
                )
            )
        for number, exemption in enumerate(options, 1):
            echo_lines(exemption_lines(number, exemption, number == suggested))
        keys = [str(i) for i in range(1, len(options) + 1)]
        number = choice("Exemption number", keys, str(suggested) if suggested else None)
        return options[int(number) - 1]

    def _previous(self, exemption: Exemption) -> Decision | None:
        code = normalise_code(exemption.code)
        for decision in reversed(self.session.store.records):
            if decision.action == "redact" and normalise_code(decision.exemption or "") == code:
                return decision
        return None

    def _reuse(self, previous: Decision) -> bool:
        click.echo()
        echo_lines(
            wrap(
                f"You have recorded a {previous.exemption} redaction in this contract before"
                f" ({self.session.text_of(previous)!r}). Its reason for the public was:",
                "  ",
            )
        )
        echo_lines(wrap(f'"{previous.public_reason}"', "    "))
        return click.confirm(
            "Use the same reasons, harm and public interest test for this passage?", default=True
        )

    def _grounds(self, exemption: Exemption) -> dict[str, object]:
        """The answers the exemption's test needs."""
        answers: dict[str, object] = {}
        if exemption.test == "justification":
            click.echo()
            click.echo(heading(f"{exemption.code} is absolute"))
            echo_lines(
                wrap(
                    "There is no public interest test, but record why the exemption applies to"
                    " this passage.",
                    "  ",
                )
            )
            answers["justification"] = ask_text("Justification")
        if exemption.prejudice != "none":
            answers["harm"] = self._harm(exemption)
        if exemption.trade_secret:
            click.echo()
            click.echo(heading("The three conditions of a trade secret"))
            answers["trade_secret"] = {
                "secret": ask_text("Is it secret? Who knows it"),
                "commercial_value": ask_text("Why is it valuable because it is secret"),
                "protected": ask_text("What steps were taken to keep it secret"),
            }
        if exemption.qualified:
            answers["public_interest"] = self._public_interest(exemption)
        return answers

    def _harm(self, exemption: Exemption) -> dict[str, str]:
        verb = {"endanger": "endanger", "adverse_effect": "adversely affect"}.get(
            exemption.prejudice, "prejudice"
        )
        click.echo()
        click.echo(heading(f"The harm ({exemption.code} needs it)"))
        click.echo("  What harm would release cause, and to whom? How would release lead to it?")
        description = ask_text("Harm")
        if exemption.prejudice == "adverse_effect":
            echo_lines(
                wrap(
                    "Under the EIR the test is that release *would* adversely affect the"
                    " interest (more probable than not); that is what will be recorded.",
                    "  ",
                )
            )
            return {"description": description, "likelihood": "would"}
        click.echo("  How likely is it?")
        echo_lines(
            menu(
                [
                    ("1", f"Release would {verb}: more probable than not"),
                    ("2", f"Release would be likely to {verb}: a real and significant risk"),
                ]
            )
        )
        level = choice("Likelihood", ["1", "2"], "2")
        return {
            "description": description,
            "likelihood": "would" if level == "1" else "would be likely to",
        }

    def _public_interest(self, exemption: Exemption) -> dict[str, object]:
        factors = self.session.catalogue.factors
        click.echo()
        click.echo(heading("The public interest test"))
        for_disclosure = self._factors("Factors for releasing it", factors.for_disclosure)
        for_withholding = self._factors("Factors for withholding it", factors.for_withholding)
        click.echo()
        click.echo(heading("Conclusion"))
        if exemption.overriding:
            echo_lines(
                wrap(
                    f"{exemption.code} allows withholding only where the public interest in"
                    " withholding is *overriding*: say so in the conclusion.",
                    "  ",
                )
            )
        else:
            click.echo("  Weigh the factors and say which way the balance falls, and why.")
        while True:
            conclusion = ask_text("Conclusion")
            if not exemption.overriding or "overrid" in conclusion.casefold():
                break
            click.echo("  The conclusion must state an overriding public interest in withholding.")
        return {
            "for_disclosure": for_disclosure,
            "for_withholding": for_withholding,
            "conclusion": conclusion,
        }

    def _factors(self, title: str, presets: list[str]) -> list[str]:
        while True:
            click.echo(f"  {title}:")
            echo_lines(menu([(str(i), f) for i, f in enumerate(presets, 1)]))
            while True:
                raw = click.prompt(
                    "Numbers that apply, such as 1 3 (or Enter for none)",
                    default="",
                    show_default=False,
                )
                numbers = _numbers(raw, len(presets))
                if numbers is not None:
                    break
                click.echo(f"  Type numbers from 1 to {len(presets)}, separated by spaces.")
            chosen = [presets[n - 1] for n in numbers]
            for factor in chosen:
                click.echo(f"    • {factor}")
            while True:
                extra = click.prompt(
                    "Add a factor in your own words (or Enter to go on)",
                    default="",
                    show_default=False,
                ).strip()
                if not extra:
                    break
                chosen.append(extra)
            if chosen:
                return chosen
            click.echo("  Record at least one factor: the test weighs both sides.")

    def representations(self) -> list[dict[str, object]] | None:
        """Ask for the representations the supplier made about the passage: who, when, what
        they argued and the document recording them (``by``, ``on``, ``summary``,
        ``document``), each entry ready for :class:`~transparency.decisions.model.Representation`;
        ``None`` when there were none."""
        click.echo()
        if not click.confirm(
            "Did the supplier make representations about this passage?", default=False
        ):
            return None
        click.echo(heading("The supplier's representations"))
        click.echo("  Record what they argued: it is evidence you weigh, not the decision.")
        entries: list[dict[str, object]] = []
        by = self.session.contract.meta.supplier
        while True:
            by = ask_text("Made by (the supplier or its representative)", by)
            entry: dict[str, object] = {"by": by, "on": self._made_on()}
            entry["summary"] = ask_text("What did they argue")
            document = click.prompt(
                "Document or reference, such as a letter (Enter for none)",
                default="",
                show_default=False,
            ).strip()
            if document:
                entry["document"] = document
            entries.append(entry)
            if not click.confirm("Add another representation?", default=False):
                return entries

    def _made_on(self) -> dt.date:
        today = self.session.today
        while True:
            raw = click.prompt("Date they were made (such as 2025-03-01)")
            try:
                day = parse_date(raw, today)
            except ValueError as error:
                click.echo(f"  {error}.")
                continue
            if day <= today:
                return day
            click.echo(f"  The date must not be after today ({long_date(today)}).")

    def review_by(self, exemption: Exemption) -> dt.date:
        """Ask for the review date (the exemption's usual period by default)."""
        session = self.session
        default = session.default_review_by(exemption)
        click.echo()
        click.echo(heading("Review date"))
        echo_lines(
            wrap(
                f"When must this redaction be looked at again? The usual period for"
                f" {exemption.code} is {exemption.review_months} months. After that date the"
                " site cannot be published until the redaction is decided again.",
                "  ",
            )
        )
        while True:
            raw = click.prompt("Review by (a date, or a period such as 18m)", default=str(default))
            try:
                day = parse_date(raw, session.today)
            except ValueError as error:
                click.echo(f"  {error}.")
                continue
            if day > session.today:
                return day
            click.echo(f"  The review date must be after today ({long_date(session.today)}).")

    # -- checking and saving --------------------------------------------------------------

    def _build(self, passage: Passage, **answers: object) -> tuple[Passage, Decision | None, list]:
        decision, problems = self.session.build(passage, **answers)
        return passage, decision, problems

    def _confirm(self, built, *, replaces: str | None, action: str) -> Decision | None:
        passage, decision, problems = built
        session = self.session
        if decision is None or problems:
            click.echo()
            click.echo(heading("This decision cannot be saved as it stands:"))
            for problem in problems:
                where = f"{problem.field}: " if problem.field else ""
                echo_lines(wrap(f"• {where}{problem.message}", "  ", "    "))
            click.echo("  Nothing was saved. Back to the passage.")
            return None
        exemption = session.catalogue.get(decision.exemption)
        click.echo()
        click.echo(heading("Your decision"))
        echo_lines(
            decision_lines(
                decision,
                exemption,
                text=passage.text,
                document=passage.document,
                needs_approval=session.config.needs_approval(decision.action),
            )
        )
        if not click.confirm("Save this decision?", default=True):
            click.echo("  Not saved. Back to the passage.")
            return None
        session.save(decision, replaces=replaces, action=action)
        click.echo(click.style("  Saved.", bold=True))
        return decision
