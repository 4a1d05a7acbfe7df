"""The review desk in a real browser: an officer decides, a second officer approves.

A copy of the sample workspace, with two contracts undecided, is served by two desks on
127.0.0.1 (one per officer, as two officers would run it) and driven in headless Chromium
(see ``chromium.py``): decisions by the keyboard, a bulk decision on a repeated text, a
redaction of text selected on the page image, an approval by the second officer; then
``transparency verify`` must pass on the files the desk wrote. Every view is audited with
axe-core at desktop and phone widths, and nothing may be requested from outside the desk.
Skipped when Chromium, chromedriver or selenium is missing (an error when
``TRANSPARENCY_REQUIRE_BROWSER`` is set, as in CI).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
import yaml
from chromium import (
    LOCALHOST,
    PHONE,
    axe_path,
    chromium,
    format_violations,
    missing_axe,
    missing_browser,
)
from click.testing import CliRunner

from transparency.cli import cli

REPO = Path(__file__).resolve().parent.parent
REQUIRE = bool(os.environ.get("TRANSPARENCY_REQUIRE_BROWSER"))
OFFICER = "Fiona Hale"
APPROVER = "Marcus Webb"
PDF_CONTRACT = "school-meals-2025"  # a scanned PDF of two pages, 14 candidates
DOCX_CONTRACT = "home-care-2025"  # a DOCX with repeated texts

if REQUIRE and missing_browser():
    pytest.fail(f"TRANSPARENCY_REQUIRE_BROWSER is set, but {missing_browser()}", pytrace=False)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.allow_hosts([LOCALHOST, "localhost"]),
    pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser())),
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("desk") / "workspace"
    root.mkdir()
    for name in ("contracts", "decisions", "redaction", "pages", ".cache"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    for name in ("transparency.yaml", "mkdocs.yml", "reasons.yaml"):
        shutil.copy2(REPO / name, root / name)
    for contract in (PDF_CONTRACT, DOCX_CONTRACT):
        for path in (root / "decisions").glob(f"{contract}.*"):
            path.unlink()
    return root


def _desk(workspace: Path, officer: str):
    from transparency.desk.app import DeskSettings, create_app
    from transparency.desk.server import DeskServer
    from transparency.desk.service import Desk
    from transparency.workspace import Workspace

    service = Desk(Workspace.open(workspace))
    settings = DeskSettings(officer=service.officer(officer).name)
    server = DeskServer(create_app(service, settings), LOCALHOST, 0)
    return server, settings.token


@pytest.fixture(scope="module")
def desks(workspace):
    started, servers = {}, []
    for officer in (OFFICER, APPROVER):
        server, token = _desk(workspace, officer)
        servers.append(server.start())
        started[officer] = (server.url, token)
    yield started
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def browser():
    with chromium() as started:
        yield started


def _sign_in(browser, desks, officer: str) -> str:
    url, token = desks[officer]
    browser.driver.delete_all_cookies()
    browser.open(f"{url}/?token={token}")
    return url


def _wait(driver, condition, timeout: float = 10.0, what: str = "the page"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = condition(driver)
        except Exception:  # the page is still being drawn
            result = None
        if result:
            return result
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}", pytrace=False)


def _decisions(workspace: Path, contract: str) -> list[dict]:
    path = workspace / "decisions" / f"{contract}.yaml"
    if not path.is_file():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8"))["records"]


def _open_queue(browser, url: str, contract: str) -> None:
    from selenium.webdriver.common.by import By

    browser.open(f"{url}/#/contracts/{contract}")
    _wait(browser.driver, lambda d: d.find_element(By.ID, "passage-title"), what="the passage")
    # The first visit to a PDF reads its glyphs' boxes (kept in the workspace's cache after).
    _wait(
        browser.driver,
        lambda d: (
            d.find_elements(By.CSS_SELECTOR, "#place .page-frame img, #place .doc-text")
            or d.find_elements(By.CSS_SELECTOR, "#place .error-summary")
        ),
        timeout=60,
        what="the page image or text",
    )
    assert not browser.driver.find_elements(By.CSS_SELECTOR, "#place .error-summary")


def _press(browser, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(browser.driver).send_keys(keys).perform()


def _current_text(browser) -> str:
    from selenium.webdriver.common.by import By

    return browser.driver.find_element(
        By.CSS_SELECTOR, ".queue a[aria-current='true'] .q-text"
    ).text


def test_officer_decides_passages_with_the_keyboard(workspace, desks, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    url = _sign_in(browser, desks, OFFICER)
    _open_queue(browser, url, PDF_CONTRACT)
    driver = browser.driver
    first = _current_text(browser)
    _press(browser, "j")  # next passage
    _wait(driver, lambda d: _current_text(browser) != first, what="the next passage")
    second = _current_text(browser)
    _press(browser, "k")  # and back
    _wait(driver, lambda d: _current_text(browser) == first, what="the previous passage")

    # Redact the first passage: every answer typed, saved with Ctrl+Enter.
    _press(browser, "r")
    _wait(driver, lambda d: d.find_element(By.ID, "decide-form"), what="the questions")
    assert driver.switch_to.active_element.get_attribute("id") in ("exemption", "override")
    driver.find_element(By.ID, "harm").send_keys("Rivals would learn the unit price.")
    driver.find_element(By.ID, "for_disclosure-0").send_keys(Keys.SPACE)
    driver.find_element(By.ID, "for_withholding-0").send_keys(Keys.SPACE)
    driver.find_element(By.ID, "conclusion").send_keys("Withholding outweighs release.")
    reason = driver.find_element(By.ID, "public_reason")
    reason.send_keys("A unit price, withheld while the contract runs.")
    reason.send_keys(Keys.CONTROL, Keys.ENTER)
    _wait(driver, lambda d: "Saved" in d.find_element(By.ID, "status").text, what="'Saved'")
    records = {r["text"]: r for r in _decisions(workspace, PDF_CONTRACT)}
    assert records[first]["action"] == "redact"
    assert records[first]["exemption"] == "FOIA s.43(2)"
    assert records[first]["harm"]["description"] == "Rivals would learn the unit price."
    assert records[first]["decided_by"].startswith(OFFICER)

    # The desk moved on to the next undecided passage; release it with the keyboard only.
    _wait(driver, lambda d: _current_text(browser) == second, what="the next undecided passage")
    _press(browser, "l")
    _wait(
        driver,
        lambda d: d.switch_to.active_element.get_attribute("id") == "public_reason",
        what="the release reason",
    )
    _press(browser, "Released: a rate already published in the tender notice.")
    ActionChains(driver).key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()
    _wait(
        driver,
        lambda d: second in {r["text"] for r in _decisions(workspace, PDF_CONTRACT)},
        what="the release to be saved",
    )
    assert {r["text"]: r["action"] for r in _decisions(workspace, PDF_CONTRACT)}[second] == (
        "release"
    )


def test_bulk_decision_covers_every_occurrence_of_a_repeated_text(workspace, desks, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    scan = yaml.safe_load((workspace / "redaction" / f"{DOCX_CONTRACT}.yaml").read_text())
    texts = [c["text"] for c in scan["candidates"]]
    repeated = next(t for t in texts if texts.count(t) > 1 and t.startswith("£"))
    key = next(c["id"] for c in scan["candidates"] if c["text"] == repeated)
    url = _sign_in(browser, desks, OFFICER)
    browser.open(f"{url}/#/contracts/{DOCX_CONTRACT}/{key}")
    driver = browser.driver
    _wait(driver, lambda d: _current_text(browser) == repeated, what="the repeated passage")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#place .doc-text .w-current"))
    _press(browser, "r")
    _wait(driver, lambda d: d.find_element(By.ID, "bulk-text"), what="the bulk choice")
    driver.find_element(By.ID, "bulk-text").click()
    # The council's house reason for prices fills in every answer; the officer edits one.
    Select(driver.find_element(By.ID, "house_reason")).select_by_visible_text(
        "Unit prices and rates (PRICING)"
    )
    house = yaml.safe_load((workspace / "reasons.yaml").read_text())["reasons"][0]
    assert driver.find_element(By.ID, "harm").get_attribute("value") == house["harm"]
    assert driver.find_element(By.ID, "for_withholding-0").is_selected()
    reason = driver.find_element(By.ID, "public_reason")
    reason.clear()
    reason.send_keys("An hourly rate of the supplier's.")
    driver.find_element(By.CSS_SELECTOR, "#decide-form button[type='submit']").click()
    _wait(driver, lambda d: "Saved and" in d.find_element(By.ID, "status").text, what="saved")
    decided = [r for r in _decisions(workspace, DOCX_CONTRACT) if r["text"] == repeated]
    assert len(decided) == texts.count(repeated)
    assert {r["candidate"] for r in decided} == {
        c["id"] for c in scan["candidates"] if c["text"] == repeated
    }
    assert all(r["public_reason"] == "An hourly rate of the supplier's." for r in decided)
    assert all(r["harm"]["description"] == house["harm"] for r in decided)
    assert all(r["public_interest"]["conclusion"] == house["conclusion"] for r in decided)


def test_officer_redacts_text_selected_on_the_page(workspace, desks, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    url = _sign_in(browser, desks, OFFICER)
    _open_queue(browser, url, PDF_CONTRACT)
    driver = browser.driver
    words = _wait(
        driver,
        lambda d: d.find_elements(By.CSS_SELECTOR, "#place .text-layer span"),
        what="the page's words",
    )
    scan = yaml.safe_load((workspace / "redaction" / f"{PDF_CONTRACT}.yaml").read_text())
    flagged = [
        (c["start"], c["end"]) for c in scan["candidates"] if c["document"] == "contract.pdf"
    ]

    def free(span) -> bool:
        start, end = int(span.get_attribute("data-start")), int(span.get_attribute("data-end"))
        return not any(s < end and start < e for s, e in flagged) and span.text.isalpha()

    run = next(  # two plain words from the body of the page (not a party's name in a header)
        words[i : i + 2]
        for i in range(len(words) // 3, len(words) - 1)
        if free(words[i])
        and free(words[i + 1])
        and int(words[i + 1].get_attribute("data-start")) > int(words[i].get_attribute("data-end"))
    )
    expected = f"{run[0].text} {run[1].text}"
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", run[0])
    (
        ActionChains(driver)
        .move_to_element_with_offset(run[0], -run[0].size["width"] // 2 + 1, 0)
        .click_and_hold()
        .move_to_element_with_offset(run[1], run[1].size["width"] // 2 - 1, 0)
        .release()
        .perform()
    )
    bar = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#selection .selection-bar"))
    assert expected in bar.text
    _press(browser, "x")
    _wait(driver, lambda d: d.find_element(By.ID, "decide-form"), what="the questions")
    Select(driver.find_element(By.ID, "exemption")).select_by_value("FOIA s.40(2)")
    justification = _wait(driver, lambda d: d.find_element(By.ID, "justification"))
    justification.send_keys("They identify a junior member of staff.")
    driver.find_element(By.ID, "public_reason").send_keys("Personal details of a member of staff.")
    driver.find_element(By.CSS_SELECTOR, "#decide-form button[type='submit']").click()
    _wait(driver, lambda d: "Saved" in d.find_element(By.ID, "status").text, what="saved")
    manual = [r for r in _decisions(workspace, PDF_CONTRACT) if "candidate" not in r]
    assert [r["text"] for r in manual] == [expected]
    assert manual[0]["document"] == "contract.pdf"
    assert manual[0]["exemption"] == "FOIA s.40(2)"


def test_second_officer_approves_and_verify_passes(workspace, desks, browser):
    from selenium.webdriver.common.by import By

    url = _sign_in(browser, desks, APPROVER)
    browser.open(f"{url}/#/contracts/{PDF_CONTRACT}/approve")
    driver = browser.driver
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".approval-item"), what="approvals")
    waiting = [r for r in _decisions(workspace, PDF_CONTRACT) if r["action"] == "redact"]
    assert waiting and not any(r.get("approved_by") for r in waiting)
    for _ in waiting:
        before = sum(1 for r in _decisions(workspace, PDF_CONTRACT) if r.get("approved_by"))
        _press(browser, "a")
        _wait(
            driver,
            lambda d, n=before: (
                sum(1 for r in _decisions(workspace, PDF_CONTRACT) if r.get("approved_by")) == n + 1
            ),
            what="the approval",
        )
        time.sleep(0.2)
    approved = [r for r in _decisions(workspace, PDF_CONTRACT) if r["action"] == "redact"]
    assert all(r["approved_by"].startswith(APPROVER) for r in approved)
    for contract in (PDF_CONTRACT, DOCX_CONTRACT):
        result = CliRunner().invoke(cli, ["verify", contract, "--workspace", str(workspace)])
        assert result.exit_code == 0, result.output


def test_the_deciding_officer_cannot_approve(workspace, desks, browser):
    from selenium.webdriver.common.by import By

    url = _sign_in(browser, desks, OFFICER)
    browser.open(f"{url}/#/contracts/{PDF_CONTRACT}/approve")
    box = _wait(browser.driver, lambda d: d.find_element(By.CSS_SELECTOR, ".error-summary"))
    assert "may not approve" in box.text


VIEWS = [
    "#/",
    f"#/contracts/{PDF_CONTRACT}",
    f"#/contracts/{DOCX_CONTRACT}",
    "#/due",
    "#/reasons",
    f"preview/{PDF_CONTRACT}",
]


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_every_view_is_accessible_and_local(workspace, desks, browser, phone):
    if reason := missing_axe():
        if REQUIRE:
            pytest.fail(f"TRANSPARENCY_REQUIRE_BROWSER is set, but {reason}", pytrace=False)
        pytest.skip(reason)
    from selenium.webdriver.common.by import By

    source = axe_path().read_text(encoding="utf-8")
    report = []
    if phone:
        browser.resize(*PHONE, mobile=True)
    try:
        for officer, views in (
            (OFFICER, [*VIEWS, f"#/contracts/{PDF_CONTRACT}|r", f"#/contracts/{DOCX_CONTRACT}|l"]),
            (APPROVER, [f"#/contracts/{DOCX_CONTRACT}/approve", "#/"]),
        ):
            url = _sign_in(browser, desks, officer)
            for view in views:
                path, _, keys = view.partition("|")
                load = browser.load(f"{url}/{path}")
                if path.startswith("#/contracts/") and "approve" not in path:
                    _wait(browser.driver, lambda d: d.find_element(By.ID, "passage-title"))
                    _wait(
                        browser.driver,
                        lambda d: d.find_elements(By.CSS_SELECTOR, "#place img, #place .doc-text"),
                    )
                if keys:
                    _press(browser, keys)
                    _wait(browser.driver, lambda d: d.find_element(By.ID, "decide-form"))
                time.sleep(0.3)
                results = browser.axe(source)
                name = f"{officer}: {view}"
                if results.get("error"):
                    report.append(f"{name}: axe failed: {results['error']}")
                if results.get("violations"):
                    report.append(f"{name}:\n{format_violations(results['violations'])}")
                if foreign := load.foreign(url):
                    report.append(f"{name}: requested from outside the desk: {foreign}")
                if load.console_errors:
                    report.append(f"{name}: console errors: {load.console_errors}")
                width = browser.driver.execute_script(
                    "return document.documentElement.scrollWidth - window.innerWidth"
                )
                if width > 1:
                    report.append(f"{name}: the page scrolls sideways by {width}px")
    finally:
        browser.reset_size()
    assert not report, "\n".join(report)


def test_every_tab_stop_shows_its_focus(workspace, desks, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    url = _sign_in(browser, desks, OFFICER)
    _open_queue(browser, url, PDF_CONTRACT)
    driver = browser.driver
    driver.find_element(By.TAG_NAME, "body").click()
    invisible = []
    for _ in range(30):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        shown = driver.execute_script(
            "const e = document.activeElement; const s = getComputedStyle(e);"
            "const r = e.getBoundingClientRect();"
            "const name = e.tagName + (e.id ? '#' + e.id : '') + ' ';"
            "const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
            "return [name + (e.textContent || '').slice(0, 30),"
            " ring || s.boxShadow !== 'none', r.width > 0 && r.height > 0];"
        )
        if not shown[0].startswith("BODY") and not (shown[1] and shown[2]):
            invisible.append(shown[0])
    assert not invisible, f"Tab stops without a visible focus: {invisible}"


def test_contract_text_is_shown_as_text_never_as_markup(workspace, desks, browser):
    from selenium.webdriver.common.by import By

    meta = workspace / "contracts" / "grounds-maintenance-2025" / "contract.yaml"
    original = meta.read_text(encoding="utf-8")
    hostile = '<img src=x onerror="window.pwned=1"> & <script>window.pwned=2</script>'
    meta.write_text(
        original.replace(
            "title: Grounds maintenance of council sites 2025–2028", f"title: '{hostile}'"
        ),
        encoding="utf-8",
    )
    try:
        url = _sign_in(browser, desks, OFFICER)
        browser.open(f"{url}/#/")
        listed = "a[href='#/contracts/grounds-maintenance-2025']"
        _wait(
            browser.driver,
            lambda d: d.find_element(By.CSS_SELECTOR, listed).text == hostile,
            what="the title listed as text",
        )
        browser.open(f"{url}/#/contracts/grounds-maintenance-2025")
        _wait(
            browser.driver,
            lambda d: d.find_element(By.CSS_SELECTOR, "main h1").text == hostile,
            what="the title shown as text",
        )
        assert browser.driver.execute_script("return window.pwned === undefined")
        assert not browser.driver.find_elements(By.CSS_SELECTOR, "main img[src='x']")
    finally:
        meta.write_text(original, encoding="utf-8")
