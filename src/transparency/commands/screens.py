"""What officers see: passages in context, exemption lists, decisions in full.

Plain words for people who know the law, not the tool. Colour (when the terminal has it) only
repeats what the text already says: the passage is also marked ``[[ ]]``, so the screens read
the same in a log, a pipe or a screen reader. Text read by OCR from a scanned page is announced
with its confidence, and each word OCR read with low confidence is marked ``{?like this?}``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import textwrap

import click

from transparency.decisions.catalogue import Exemption
from transparency.decisions.dates import long_date
from transparency.decisions.model import Decision
from transparency.decisions.passages import Context
from transparency.decisions.session import PassageContext

__all__ = [
    "CATEGORIES",
    "WIDTH",
    "choice",
    "decision_lines",
    "echo_lines",
    "exemption_lines",
    "heading",
    "menu",
    "passage_lines",
    "reading_lines",
    "rule",
    "wrap",
]

WIDTH = max(60, min(88, shutil.get_terminal_size((80, 24)).columns - 2))
OPEN, CLOSE = "[[", "]]"
#: Around a word OCR read with low confidence.
DOUBT_OPEN, DOUBT_CLOSE = "{?", "?}"

#: How the scan's categories read to an officer.
CATEGORIES = {
    "PRICING": "A price, rate or sum of money",
    "BANK": "Bank details",
    "PERSONAL": "Personal data",
    "SECURITY": "Security details",
    "INSURANCE": "Insurance details",
    "FINANCIAL": "The supplier's financial information",
    "CONFIDENTIAL": "Marked as confidential",
    "COVERED": "Blacked out in the supplied PDF, but the text is still there",
}

LIKELIHOOD = {
    ("prejudice", "would"): "would prejudice (more probable than not)",
    (
        "prejudice",
        "would be likely to",
    ): "would be likely to prejudice (a real and significant risk)",
    ("endanger", "would"): "would endanger (more probable than not)",
    ("endanger", "would be likely to"): "would be likely to endanger (a real and significant risk)",
    ("adverse_effect", "would"): "would adversely affect (more probable than not)",
    ("adverse_effect", "would be likely to"): "would be likely to adversely affect",
}


def rule() -> str:
    return click.style("─" * WIDTH, dim=True)


def heading(text: str) -> str:
    return click.style(text, bold=True)


def wrap(text: str, indent: str = "", hanging: str | None = None) -> list[str]:
    """``text`` wrapped to the screen, keeping the passage markers whole where it can."""
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _highlight(lines: list[str]) -> list[str]:
    """Style the text between the markers (which may run over several lines)."""
    out, inside = [], False
    for line in lines:
        parts, rest = [], line
        while rest:
            marker = CLOSE if inside else OPEN
            at = rest.find(marker)
            piece = rest if at < 0 else rest[: at + (len(marker) if not inside else 0)]
            if inside:
                lead = piece[: len(piece) - len(piece.lstrip())]
                parts.append(lead + click.style(piece[len(lead) :], reverse=True, bold=True))
            else:
                parts.append(piece)
            if at < 0:
                break
            rest = rest[len(piece) :]
            if inside:
                parts.append(CLOSE)
                rest = rest[len(CLOSE) :]
            inside = not inside
        out.append("".join(parts))
    return out


def _marked(context: Context) -> str:
    """The context with the passage marked ``[[ ]]`` and doubtful OCR words ``{? ?}``."""
    shown = context.before + context.text + context.after
    # (offset, order at the same offset, marker): a doubtful word closes before the passage
    # does and opens after it has opened, so the marks nest.
    inserts: list[tuple[int, int, str]] = [(len(context.before), 2, OPEN)]
    inserts.append((len(context.before) + len(context.text), 1, CLOSE))
    bounds = [0, inserts[0][0], inserts[1][0], len(shown)]
    doubtful = context.doubtful if isinstance(context, PassageContext) else ()
    for start, end in doubtful:
        for low, high in itertools.pairwise(bounds):  # a word cut by the passage: each side
            lo, hi = max(start, low), min(end, high)
            if lo < hi and any(char.isalnum() for char in shown[lo:hi]):
                inserts += [(lo, 3, DOUBT_OPEN), (hi, 0, DOUBT_CLOSE)]
    out, at = [], 0
    for offset, _, marker in sorted(inserts):
        out += [shown[at:offset], marker]
        at = offset
    return "".join([*out, shown[at:]])


def passage_lines(context: Context, indent: str = "    ") -> list[str]:
    """The passage marked ``[[like this]]`` in its surrounding paragraphs, and each word read
    by OCR with low confidence marked ``{?like this?}``."""
    marked = _marked(context)
    lines: list[str] = []
    for paragraph in marked.split("\n\n"):
        if lines:
            lines.append("")
        lines += wrap(paragraph.strip(), indent)
    return _highlight(lines)


def reading_lines(context: Context) -> list[str]:
    """How the passage was read, when by OCR: its lowest word confidence, and a word on the
    marks of doubtful words (none for text the file holds as text)."""
    if not isinstance(context, PassageContext) or context.ocr is None:
        return []
    sentence = f"Read by OCR from a scanned page (confidence {context.ocr:.0f}%)"
    if context.check_image:
        lines = wrap(click.style(f"{sentence}: check the page image.", bold=True), "  ")
    else:
        lines = wrap(f"{sentence}.", "  ")
    if context.doubtful:
        lines += wrap(
            f"Words marked {DOUBT_OPEN}like this{DOUBT_CLOSE} were read with low confidence.",
            "  ",
        )
    return lines


#: Where the values of a screen of labelled lines begin.
_LABEL_WIDTH = 19


def label_lines(label: str, value: str, width: int = _LABEL_WIDTH) -> list[str]:
    """``Label            value`` with the value wrapped under itself."""
    head = f"  {label:<{width - 2}}"
    return wrap(value, head, " " * width) if value else [head.rstrip()]


def echo_lines(lines: list[str]) -> None:
    for line in lines:
        click.echo(line)


def menu(options: list[tuple[str, str]]) -> list[str]:
    """Numbered (or lettered) options, one a line."""
    return [f"  {key:>2}  {text}" for key, text in options]


def choice(prompt: str, keys: list[str], default: str | None = None) -> str:
    """Ask for one of ``keys`` (case ignored) until one is given."""
    return click.prompt(
        prompt,
        type=click.Choice(keys, case_sensitive=False),
        default=default,
        show_choices=False,
    ).lower()


def exemption_lines(number: int, exemption: Exemption, suggested: bool) -> list[str]:
    mark = "  (suggested)" if suggested else ""
    first = f"  {number:>2}  {exemption.code}  {exemption.title}{mark}"
    summary = exemption.summary or exemption.title
    return [first, *wrap(f"{summary} [{exemption.kind}]", "      ")]


def decision_lines(
    decision: Decision,
    exemption: Exemption | None,
    *,
    text: str,
    document: str | None,
    needs_approval: bool,
) -> list[str]:
    """A decision in full, as the officer confirms it and the approver reads it."""
    d = decision
    lines = label_lines("Passage", f"'{text}'" + (f" in {document}" if document else ""))
    if d.action == "release":
        lines += label_lines("Decision", "Release: publish it as it stands")
        lines += label_lines("Why", d.public_reason)
        lines += _representation_lines(d)
    else:
        title = f"{exemption.code}, {exemption.title}" if exemption else str(d.exemption)
        lines += label_lines("Decision", f"Redact under {title}")
        if exemption:
            lines += label_lines("The public sees", exemption.label)
        lines += label_lines("Reason given", d.public_reason)
        if d.override:
            lines += label_lines("Override", d.override)
        if d.justification:
            lines += label_lines("Justification", d.justification)
        if d.harm:
            level = LIKELIHOOD.get(
                (exemption.prejudice if exemption else "prejudice", d.harm.likelihood),
                d.harm.likelihood,
            )
            lines += label_lines("Harm", f"{d.harm.description} Release {level}.")
        if d.trade_secret:
            lines += label_lines("Secret", d.trade_secret.secret)
            lines += label_lines("Its value", d.trade_secret.commercial_value)
            lines += label_lines("Kept secret by", d.trade_secret.protected)
        if d.public_interest:
            pit = d.public_interest
            lines += _factor_lines("For releasing", pit.for_disclosure)
            lines += _factor_lines("For withholding", pit.for_withholding)
            lines += label_lines("Conclusion", pit.conclusion)
        lines += _representation_lines(d)
    lines += label_lines("Decided by", f"{d.decided_by} on {long_date(d.decided_on)}")
    if d.review_by:
        lines += label_lines("Review by", long_date(d.review_by))
    if d.approved_by:
        approved = f"{d.approved_by} on {long_date(d.approved_on or dt.date.today())}"
        lines += label_lines("Approved by", approved)
    elif needs_approval:
        lines += label_lines("Approval", "Needed from a second person (transparency approve)")
    return lines


def _factor_lines(label: str, factors: list[str]) -> list[str]:
    lines: list[str] = []
    for index, factor in enumerate(factors):
        lines += label_lines(label if index == 0 else "", f"• {factor}")
    return lines


def _representation_lines(decision: Decision) -> list[str]:
    """The supplier's representations, one bullet each, under a label of two lines."""
    lines: list[str] = []
    for r in decision.representations or []:
        document = f" (recorded in {r.document})" if r.document else ""
        lines += label_lines("", f"• {r.by}, {long_date(r.on)}: {r.summary}{document}")
    if not lines:
        return []
    if len(lines) == 1:
        lines.append("")
    for index, word in enumerate(("Supplier's", "representations")):
        lines[index] = f"  {word:<{_LABEL_WIDTH - 2}}{lines[index][_LABEL_WIDTH:]}".rstrip()
    return lines
