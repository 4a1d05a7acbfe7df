"""The public site in a real browser: accessibility audit, offline load, keyboard, phone width.

The sample workspace's site is built once, served on 127.0.0.1 and opened in headless Chromium
(see ``chromium.py``). Every HTML page of the built site is checked, so a page type added to the
site is covered without changing this file. Skipped when Chromium, chromedriver or selenium is
missing; the axe audit also needs axe-core (``npm ci --prefix tests``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from chromium import (
    LOCALHOST,
    PHONE,
    Browser,
    Load,
    axe_path,
    chromium,
    format_violations,
    missing_axe,
    missing_browser,
    serve,
    site_pages,
)
from click.testing import CliRunner

from transparency.cli import cli

REPO = Path(__file__).resolve().parent.parent

#: Set (as CI does) to make a missing browser or axe-core an error instead of a skip.
REQUIRE = bool(os.environ.get("TRANSPARENCY_REQUIRE_BROWSER"))

if REQUIRE and missing_browser():
    pytest.fail(f"TRANSPARENCY_REQUIRE_BROWSER is set, but {missing_browser()}", pytrace=False)

pytestmark = [
    pytest.mark.browser,
    # The test process talks to chromedriver and to the site's server, both on this machine.
    pytest.mark.allow_hosts([LOCALHOST, "localhost"]),
    pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser())),
]


def _need_axe() -> None:
    if reason := missing_axe():
        if REQUIRE:
            pytest.fail(f"TRANSPARENCY_REQUIRE_BROWSER is set, but {reason}", pytrace=False)
        pytest.skip(reason)


#: Page types the sample site must have; any other page it has is checked as well.
EXPECTED_PAGES = {
    "/",
    "/404.html",
    "/accessibility/",
    "/challenge/",
    "/contracts/",
    "/contracts/highways-maintenance-2025/",
    "/contracts/home-care-2025/",
    "/exemptions/",
    "/kpis/",
    "/redactions/",
}
CONTRACT_PAGE = re.compile(r"^/contracts/[^/]+/$")
#: An exemption's code as the catalogue writes it: "FOIA s.43(2)", "EIR reg 13", "PA23 s.94(1)(a)".
EXEMPTION_CODE = re.compile(r"\b(FOIA s\.|EIR reg |PA23 s\.)\d+")


@dataclass(frozen=True)
class Known:
    """An axe violation of the site that is known and waiting for its fix."""

    rule: str
    elements: str  # CSS selector of the elements it is known on
    reason: str


#: Violations the site has today. Each is left out of the main audit and has its own
#: xfail(strict) test, which starts to fail (XPASS) once the site is fixed: then delete the entry.
KNOWN: list[Known] = []

#: Pages known to be wider than a phone, with the reason; each has its own xfail(strict) test.
KNOWN_TOO_WIDE: dict[str, str] = {}


#: Elements known to be Tab stops that cannot be seen, with the reason; each CSS selector has
#: its own xfail(strict) test.
KNOWN_INVISIBLE_FOCUS: dict[str, str] = {}


@dataclass
class Visit:
    load: Load
    violations: list[dict] | None  # None when axe-core is not installed
    invisible_focus: list[dict]  # Tab stops with no area even when focused


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("browser") / "site"
    result = CliRunner().invoke(
        cli, ["build", "--site-dir", str(site_dir), "--workspace", str(REPO)]
    )
    assert result.exit_code == 0, result.output + result.stderr
    return site_dir


@pytest.fixture(scope="module")
def base_url(built_site):
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as started:
        yield started


@pytest.fixture
def phone(browser):
    browser.resize(*PHONE, mobile=True)
    yield browser
    browser.reset_size()


@pytest.fixture(scope="module")
def visits(built_site, base_url, browser) -> dict[str, Visit]:
    """Every page loaded once at desktop width, with what it requested and axe's findings."""
    axe = None if missing_axe() else axe_path().read_text(encoding="utf-8")
    found = {}
    browser.reset_size()
    for path in site_pages(built_site):
        load = browser.load(base_url + path)
        violations = None
        if axe is not None:
            results = browser.axe(axe)
            assert "error" not in results, f"axe failed on {path}: {results['error']}"
            violations = [_mark_known(browser, v) for v in results["violations"]]
        invisible = browser.driver.execute_script(_INVISIBLE_FOCUS, list(KNOWN_INVISIBLE_FOCUS))
        found[path] = Visit(load, violations, invisible)
    return found


#: The elements in the Tab order (rendered, tabindex >= 0, enabled) that have no area even
#: once focused, each described and with the KNOWN_INVISIBLE_FOCUS selector it matches.
_INVISIBLE_FOCUS = """
const known = arguments[0];
const area = e => { const r = e.getBoundingClientRect(); return r.width * r.height; };
const found = [];
for (const e of document.querySelectorAll('a[href], area[href], button, input, select, '
    + 'textarea, summary, iframe, [tabindex], [contenteditable]')) {
  if (e.tabIndex < 0 || e.disabled || e.closest('[inert]') || !e.checkVisibility()) continue;
  if (area(e) > 0) continue;
  e.focus();
  const shown = area(e) > 0;
  e.blur();
  if (shown) continue;
  const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (typeof e.className === 'string' && e.className.trim()
       ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  found.push({element: name, known: known.find(css => e.matches(css)) || null});
}
return found;
"""


def _mark_known(browser: Browser, violation: dict) -> dict:
    """Tag each failing element with the entry of KNOWN it matches (or None)."""
    selectors = [str(node["target"][-1]) for node in violation["nodes"]]
    for node in violation["nodes"]:
        node["known"] = None
    for known in KNOWN:
        if known.rule != violation["id"]:
            continue
        hits = browser.matching(selectors, known.elements)
        for node, hit in zip(violation["nodes"], hits, strict=True):
            if hit and node["known"] is None:
                node["known"] = known
    return violation


def _select(violations: list[dict], keep) -> list[dict]:
    """The violations reduced to the elements for which ``keep(node)`` is true."""
    chosen = []
    for violation in violations:
        nodes = [node for node in violation["nodes"] if keep(node)]
        if nodes:
            chosen.append({**violation, "nodes": nodes})
    return chosen


@pytest.fixture
def audits(visits) -> dict[str, list[dict]]:
    _need_axe()
    return {path: visit.violations for path, visit in visits.items()}


def test_every_page_type_is_checked(built_site):
    pages = set(site_pages(built_site))
    assert pages >= EXPECTED_PAGES, f"missing from the built site: {EXPECTED_PAGES - pages}"


def test_every_page_passes_axe_wcag_aa(audits):
    report = []
    for path, violations in audits.items():
        unknown = _select(violations, lambda node: node["known"] is None)
        if unknown:
            report.append(f"{path}\n{format_violations(unknown)}")
    if report:
        pytest.fail("axe-core (WCAG 2.2 A/AA) violations:\n" + "\n".join(report), pytrace=False)


@pytest.mark.parametrize(
    "known",
    [
        pytest.param(k, id=k.rule, marks=pytest.mark.xfail(strict=True, reason=k.reason))
        for k in KNOWN
    ],
)
def test_known_axe_violation_is_fixed(audits, known: Known):
    report = []
    for path, violations in audits.items():
        left = _select(violations, lambda node: node["known"] == known)
        if left:
            report.append(f"{path}\n{format_violations(left)}")
    if report:
        pytest.fail("\n".join(report), pytrace=False)


def test_every_page_loads_offline_with_nothing_failed(visits, base_url):
    report = []
    for path, visit in visits.items():
        load = visit.load
        problems = [f"  third-party request: {url}" for url in load.foreign(base_url)]
        problems += [f"  failed: {failure}" for failure in load.failed]
        problems += [f"  console error: {message}" for message in load.console_errors]
        if problems:
            report.append(path + "\n" + "\n".join(problems))
    if report:
        pytest.fail("\n".join(report), pytrace=False)


def test_every_focus_stop_can_be_seen(visits):
    report = [
        f"{path}: Tab stops on {stop['element']}, which has no size even when focused"
        for path, visit in visits.items()
        for stop in visit.invisible_focus
        if stop["known"] is None
    ]
    if report:
        pytest.fail("\n".join(report), pytrace=False)


@pytest.mark.parametrize(
    "css",
    [
        pytest.param(css, marks=pytest.mark.xfail(strict=True, reason=reason))
        for css, reason in KNOWN_INVISIBLE_FOCUS.items()
    ],
)
def test_known_invisible_focus_stop_is_fixed(visits, css):
    pages = [
        path
        for path, visit in visits.items()
        if any(stop["known"] == css for stop in visit.invisible_focus)
    ]
    assert not pages, f"{css} is an invisible Tab stop on {pages}"


def test_redaction_markers_are_reachable_by_keyboard_and_announced(built_site, base_url, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    contract_pages = [p for p in site_pages(built_site) if CONTRACT_PAGE.match(p)]
    checked = 0
    for path in contract_pages:
        browser.open(base_url + path)
        driver = browser.driver
        markers = driver.find_elements(By.CSS_SELECTOR, "a.redaction")
        if not markers:
            continue
        first = markers[0]

        previous = None
        for _ in range(300):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            focused = driver.switch_to.active_element
            if focused == first:
                break
            assert focused != previous, f"{path}: Tab does not move on from {_describe(focused)}"
            previous = focused
        else:
            pytest.fail(f"{path}: 300 presses of Tab never reached the first redaction marker")

        name = first.accessible_name
        assert "Redacted" in name, f"{path}: the marker is announced as {name!r}"
        assert EXEMPTION_CODE.search(name), f"{path}: {name!r} names no exemption"
        outline = driver.execute_script(
            "const s = getComputedStyle(arguments[0]);"
            "return [s.outlineStyle, parseFloat(s.outlineWidth), s.boxShadow]",
            first,
        )
        assert (outline[0] != "none" and outline[1] > 0) or outline[2] != "none", (
            f"{path}: the focused marker shows no focus indicator ({outline})"
        )

        expected = first.get_attribute("href").rsplit("#", 1)[-1]
        first.send_keys(Keys.ENTER)
        target = driver.execute_script(
            "const t = document.querySelector(':target'); return t ? t.id : null"
        )
        assert target == expected, f"{path}: Enter on the marker went to {target!r}"
        assert re.fullmatch(r"redaction-\d+", target), target
        # The next Tab continues from the reason, not from the top of the page.
        ActionChains(driver).send_keys(Keys.TAB).perform()
        follows = driver.execute_script(_FOLLOWS_TARGET)
        assert follows, (
            f"{path}: after the jump to #{target}, Tab went to"
            f" {_describe(driver.switch_to.active_element)}"
        )
        checked += 1
    assert checked, "no contract page has a redaction marker"


#: Whether the focused element is the :target or comes after it, less than a screen below it.
_FOLLOWS_TARGET = """
const target = document.querySelector(':target'), focused = document.activeElement;
const after = target === focused || target.contains(focused)
  || Boolean(target.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
const below = focused.getBoundingClientRect().top - target.getBoundingClientRect().top;
return after && below < window.innerHeight;
"""


def _describe(element) -> str:
    return element.parent.execute_script(
        "const e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
        " + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')",
        element,
    )


def test_pages_fit_a_phone_screen(built_site, base_url, phone):
    _assert_fit_phone(phone, base_url, set(site_pages(built_site)) - set(KNOWN_TOO_WIDE))


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=reason))
        for path, reason in KNOWN_TOO_WIDE.items()
    ],
)
def test_page_known_too_wide_is_fixed(base_url, phone, path):
    _assert_fit_phone(phone, base_url, {path})


def _assert_fit_phone(phone: Browser, base_url: str, paths: set[str]) -> None:
    report = []
    for path in sorted(paths):
        phone.open(base_url + path)
        # A phone zooms out to fit a page that is too wide: the layout grows past the screen.
        inner, scroll_width, culprits = phone.driver.execute_script(_OVERFLOW, PHONE[0])
        if max(inner, scroll_width) > PHONE[0] + 1:
            report.append(
                f"{path}: {max(inner, scroll_width)} px wide on a {PHONE[0]} px screen;"
                f" sticking out: {', '.join(culprits) or '?'}"
            )
    if report:
        pytest.fail("\n".join(report), pytrace=False)


#: The layout's width, its scroll width, and the elements that stick out past the screen's right
#: edge (``arguments[0]``) without being inside a box that scrolls sideways on its own.
_OVERFLOW = """
const width = arguments[0];
const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
const culprits = [];
for (const e of document.body.querySelectorAll('*')) {
  if (e.getBoundingClientRect().right <= width + 1) continue;
  // Inside a box that scrolls sideways, or fixed to the screen: not part of the page's width.
  let p = e, contained = false;
  while (p && p !== document.body) {
    const fixed = getComputedStyle(p).position === 'fixed';
    if (fixed || (p !== e && scrolls(p))) { contained = true; break; }
    p = p.parentElement;
  }
  if (contained) continue;
  const classes = typeof e.className === 'string' ? e.className.trim().split(/\\s+/) : [];
  culprits.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + classes.filter(Boolean).map(c => '.' + c).join(''));
  if (culprits.length >= 10) break;
}
return [window.innerWidth, document.scrollingElement.scrollWidth, culprits];
"""


# The checks themselves: each must catch what it is there to catch.


def test_offline_check_reports_third_party_and_missing_requests(tmp_path, browser):
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title>'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto">'
        "</head><body><p>Hello</p>"
        '<img src="missing.png" alt="">'
        '<script src="https://cdn.example.com/analytics.js"></script>'
        "<script>console.error('broken')</script></body></html>"
    )
    with serve(tmp_path) as url:
        load = browser.load(url + "/")
    foreign = load.foreign(url)
    assert "https://fonts.googleapis.com/css2?family=Roboto" in foreign
    assert "https://cdn.example.com/analytics.js" in foreign
    assert any("fonts.googleapis.com" in f and "ERR_NAME_NOT_RESOLVED" in f for f in load.failed)
    assert any("missing.png: HTTP 404" in f for f in load.failed), load.failed
    assert any("broken" in message for message in load.console_errors), load.console_errors


def test_axe_check_reports_violations(tmp_path, browser):
    _need_axe()
    (tmp_path / "index.html").write_text(
        "<!doctype html><html><head><title>t</title></head>"
        '<body><main><img src="x.png"><a href="#"></a></main></body></html>'
    )
    with serve(tmp_path) as url:
        browser.load(url + "/")
        results = browser.axe(axe_path().read_text(encoding="utf-8"))
    rules = {violation["id"] for violation in results["violations"]}
    assert {"html-has-lang", "image-alt", "link-name"} <= rules, rules
    assert "image-alt" in format_violations(results["violations"])


TIMELINE_PAGE = "/contracts/grounds-maintenance-2025/"
TIMELINE_STYLE = """
const steps = [...document.querySelectorAll('ol.tp-timeline > li.tp-change')];
return steps.map((step) => {
  const own = getComputedStyle(step), mark = getComputedStyle(step, '::before');
  const box = step.getBoundingClientRect(), dot = step.querySelector('.tp-change-head');
  return {list: getComputedStyle(step.parentElement).listStyleType,
          line: parseFloat(own.borderLeftWidth), lineColour: own.borderLeftColor,
          mark: mark.content, markWidth: parseFloat(mark.width), left: box.left,
          head: dot.getBoundingClientRect().left};
});
"""


@pytest.mark.parametrize("width", [1280, PHONE[0]])
def test_a_contracts_changes_are_drawn_as_a_timeline(base_url, browser, width):
    """Each change is a marked step on one line (not a numbered list), at desktop and phone
    widths; the last step does not draw the line on past its end."""
    browser.resize(width, 900, mobile=width < 600)
    try:
        browser.open(base_url + TIMELINE_PAGE)
        steps = browser.driver.execute_script(TIMELINE_STYLE)
    finally:
        browser.reset_size()
    assert len(steps) == 2, steps
    for step in steps:
        assert step["list"] == "none"
        assert step["mark"] not in ("none", "normal") and step["markWidth"] > 0
        assert step["line"] >= 1
        assert step["head"] > step["left"]  # the text stands clear of the line and its mark
    assert steps[0]["lineColour"] != "rgba(0, 0, 0, 0)"
    assert steps[-1]["lineColour"] == "rgba(0, 0, 0, 0)"
