"""Decide one sample contract twice, in the desk and in the terminal, and count the work.

    python tools/bench_desk.py [CONTRACT] [--screenshots DIR]

Each run starts from a copy of the sample workspace with the contract's decisions removed, and
decides every passage by the sample workspace's policy (``tools/sample_decisions.py``: what it
releases, and the reasons it gives for each category):

- **in the desk**, in headless Chromium with the keyboard only, as an officer would: ``r`` then
  Tab to the house reasons and the first letters of the category's reason (the council's
  reasons in ``reasons.yaml``), then Ctrl+Enter; ``l``, the reason, Ctrl+Enter for a release;
- **in the terminal**, ``transparency review`` with every prompt answered by the same policy
  (the reasons typed in full for the first redaction under each exemption, then the command's
  own "use the same reasons" offer accepted).

It prints the keys pressed, the prompts answered and the time each took on this machine (the
desk's figure is the browser's and server's time, with the short pauses a script needs between
keys; a person reads and thinks as well). Needs Chromium, chromedriver and selenium, as the
browser tests do.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))

import sample_decisions as policy  # noqa: E402

OFFICER = "Fiona Hale"
#: The first letters that choose each category's house reason in the desk's list.
REASON_KEYS = {
    "PRICING": "u",
    "BANK": "b",
    "SECURITY": "se",
    "INSURANCE": "i",
    "FINANCIAL": "th",
    "PERSONAL": "st",
}
WORDS = {
    "Harm": "Competitors would learn the supplier's prices and undercut it at re-tender.",
    "Conclusion": "The total is published; the rates would harm the supplier for little benefit.",
    "Reason": "The supplier's unit prices, withheld while the contract runs.",
    "Justification": "Personal data of staff below senior level; release would be unfair.",
}


def _copy(contract: str, into: Path) -> Path:
    root = into / "workspace"
    root.mkdir()
    for name in ("contracts", "decisions", "redaction", "pages", ".cache"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, root / name)
    for name in ("transparency.yaml", "mkdocs.yml", "reasons.yaml"):
        shutil.copy2(ROOT / name, root / name)
    for path in (root / "decisions").glob(f"{contract}.*"):
        path.unlink()
    return root


def _release_reason(candidate: dict) -> str | None:
    text, category = str(candidate["text"]), candidate["category"]
    if category == "CONFIDENTIAL":
        return policy.CONFIDENTIAL_RELEASE
    return policy.RELEASE.get(text) or (
        policy.RELEASE_AMOUNTS.get(text) if category == "PRICING" else None
    )


def _records(root: Path, contract: str) -> list[dict]:
    path = root / "decisions" / f"{contract}.yaml"
    return yaml.safe_load(path.read_text())["records"] if path.is_file() else []


def in_the_desk(contract: str, root: Path, screenshots: Path | None) -> dict:  # noqa: PLR0915
    from chromium import chromium
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from transparency.desk.app import DeskSettings, create_app
    from transparency.desk.server import DeskServer
    from transparency.desk.service import Desk
    from transparency.workspace import Workspace

    desk = Desk(Workspace.open(root))
    settings = DeskSettings(officer=OFFICER)
    scan = yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())["candidates"]
    by_text = {c["text"]: c for c in scan}
    keys = 0
    with DeskServer(create_app(desk, settings), "127.0.0.1", 0) as server, chromium() as browser:
        driver = browser.driver

        def press(*sequence: str) -> None:
            nonlocal keys
            chain = ActionChains(driver)
            for item in sequence:
                if item == "CTRL+ENTER":
                    chain.key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL)
                    keys += 1
                else:
                    chain.send_keys(item)
                    keys += 1 if item in (Keys.TAB, Keys.ENTER) else len(item)
            chain.perform()

        def wait(condition, what: str, timeout: float = 60) -> None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if condition():
                    return
                if driver.find_elements(By.CSS_SELECTOR, "#form-errors .error-summary"):
                    raise SystemExit(f"the desk refused a decision: {what}")
                time.sleep(0.05)
            raise SystemExit(f"timed out waiting for {what}")

        browser.open(f"{server.url}/?token={settings.token}")
        started = time.monotonic()
        browser.open(f"{server.url}/#/contracts/{contract}")
        current = ".queue a[aria-current='true'] .q-text"
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, current), "the first passage")
        decided, last_release = 0, None
        while driver.find_elements(By.CSS_SELECTOR, current):
            text = driver.find_element(By.CSS_SELECTOR, current).text
            candidate = by_text[text]
            before = len(_records(root, contract))
            reason = _release_reason(candidate)
            if reason:
                press("l")
                wait(lambda: driver.find_elements(By.ID, "decide-form"), "the release form")
                if reason != last_release:  # the desk offers the last release reason again
                    chain = ActionChains(driver).key_down(Keys.CONTROL).send_keys("a")
                    chain.key_up(Keys.CONTROL).perform()
                    keys += 1
                    press(reason)
                last_release = reason
                press("CTRL+ENTER")
            else:
                press("r")
                wait(lambda: driver.find_elements(By.ID, "house_reason"), "the questions")
                press(Keys.TAB, REASON_KEYS.get(candidate["category"], "u"))
                if screenshots is not None and not (screenshots / "desk-redact.png").exists():
                    browser.screenshot(screenshots / "desk-redact.png", full_page=False)
                press("CTRL+ENTER")
            wait(lambda b=before: len(_records(root, contract)) > b, f"'{text}' to be saved")
            if reason:
                assert _records(root, contract)[-1]["public_reason"] == reason
            decided += 1
            time.sleep(0.3)  # the next passage is drawn
        elapsed = time.monotonic() - started
        if screenshots is not None:
            browser.screenshot(screenshots / "desk-done.png", full_page=False)
    return {"decided": decided, "keys": keys, "seconds": elapsed}


def in_the_terminal(contract: str, root: Path) -> dict:
    import click
    from click.testing import CliRunner

    from transparency.cli import cli
    from transparency.decisions import session as sessions

    scan = {
        c["id"]: c
        for c in yaml.safe_load((root / "redaction" / f"{contract}.yaml").read_text())["candidates"]
    }
    count = {"prompts": 0, "keys": 0}
    shown: dict = {}

    def prompt(text, default=None, **_options):
        count["prompts"] += 1
        candidate = shown.get("candidate")
        if text.startswith("Your choice") and candidate is not None:
            shown["release"] = _release_reason(candidate)
            answer = "2" if shown["release"] else "1"
        elif text.startswith("Reason") and shown.get("release"):
            # the command offers the last release reason again: Enter accepts it
            answer = "" if shown["release"] == default else shown["release"]
        elif text.startswith("Exemption number"):
            answer = "4" if candidate and candidate["category"] == "SECURITY" else ""
        elif text.startswith("Numbers that apply"):
            answer = "1"
        elif text.startswith(("Likelihood", "Add a factor", "Override", "Review by")):
            answer = ""
        else:
            answer = next((v for k, v in WORDS.items() if text.startswith(k)), "x")
        count["keys"] += len(answer) + 1  # and Enter
        return answer if answer else (default if default is not None else "")

    def confirm(text, default=False, **_options):
        count["prompts"] += 1
        count["keys"] += 2
        return "representations" not in text

    original = sessions.DecisionSession.passage_for

    def passage_for(self, candidate):
        shown["candidate"] = scan[candidate.id]
        return original(self, candidate)

    saved = click.prompt, click.confirm, sessions.DecisionSession.passage_for
    click.prompt, click.confirm = prompt, confirm
    sessions.DecisionSession.passage_for = passage_for
    try:
        started = time.monotonic()
        result = CliRunner().invoke(
            cli, ["review", contract, "--workspace", str(root), "--officer", OFFICER]
        )
        elapsed = time.monotonic() - started
    finally:
        click.prompt, click.confirm, sessions.DecisionSession.passage_for = saved
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return {"decided": len(_records(root, contract)), **count, "seconds": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("contract", nargs="?", default="it-managed-services-2025")
    parser.add_argument("--screenshots", type=Path, help="save the desk's screens here")
    args = parser.parse_args()
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-desk-") as desk_dir:
        desk = in_the_desk(args.contract, _copy(args.contract, Path(desk_dir)), args.screenshots)
    with tempfile.TemporaryDirectory(prefix="bench-review-") as review_dir:
        terminal = in_the_terminal(args.contract, _copy(args.contract, Path(review_dir)))
    n = desk["decided"]
    print(f"{args.contract}: {n} passages")
    print(
        f"  desk:     {desk['keys']} keys ({desk['keys'] / n:.1f} a passage), one screen a"
        f" passage, {desk['seconds']:.0f} s of browser and server time"
    )
    print(
        f"  terminal: {terminal['prompts']} prompts ({terminal['prompts'] / n:.1f} a passage),"
        f" {terminal['keys']} keys ({terminal['keys'] / n:.1f} a passage)"
    )


if __name__ == "__main__":
    main()
