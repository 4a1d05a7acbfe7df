"""Helpers for the tests of the officers' commands: run them as an officer, read the files."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from transparency.cli import cli

OFFICER = "Jane Doe"


def env(tmp_path: Path | None = None, officer: str | None = OFFICER) -> dict[str, str | None]:
    """An environment with the officer's name set, and git's own settings out of reach."""
    values: dict[str, str | None] = {
        "TRANSPARENCY_OFFICER": officer,
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    if tmp_path is not None:
        values["HOME"] = str(tmp_path)
    return values


def run(runner: CliRunner, root: Path, *args: str, input: str = "", officer=OFFICER):
    """Run ``transparency ARGS --workspace ROOT`` with ``input`` on standard input."""
    return runner.invoke(
        cli,
        [*args, "--workspace", str(root)],
        input=input,
        env=env(root.parent, officer),
        catch_exceptions=False,
    )


def flat(text: str) -> str:
    """``text`` with every run of whitespace made one space (screens wrap to the terminal)."""
    return " ".join(text.split())


def lines(*answers: str) -> str:
    """Answers to prompts, one a line."""
    return "".join(f"{a}\n" for a in answers)


def scan_candidates(root: Path, contract: str = "home-care") -> list[dict]:
    return yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())["candidates"]


def records(root: Path, contract: str = "home-care") -> list[dict]:
    path = root / "decisions" / f"{contract}.yaml"
    return yaml.safe_load(path.read_text())["records"] if path.exists() else []


def history(root: Path, contract: str = "home-care") -> list[dict]:
    path = root / "decisions" / f"{contract}.history.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


def write_config(root: Path, **settings: object) -> None:
    (root / "transparency.yaml").write_text(yaml.safe_dump(settings))


# Answers that redact the passage on screen under the suggested FOIA s.43(2).
REDACT_S43_2 = lines(
    "1",  # Redact this passage
    "",  # the suggested exemption
    "Competitors could undercut the rates at the next tender.",  # harm
    "2",  # would be likely to
    "1 2",  # factors for disclosure
    "The rates are current",  # a factor of one's own
    "",
    "1",  # factors for withholding
    "",
    "Withholding outweighs disclosure while the rates are current.",
    "The hourly rates would let competitors undercut the provider.",  # public reason
    "",  # no representations from the supplier
    "",  # the default review date
    "y",  # save
)


def release(reason: str = "A team mailbox, not a person's address.") -> str:
    """Answers that release the passage on screen."""
    return lines("2", reason, "", "y")  # no representations
