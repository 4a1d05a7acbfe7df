"""Headless Chromium for checking the built site: serve it locally, drive it, audit it.

Used by ``test_site_browser.py`` and ``tools/screenshots.py``. Needs the ``selenium`` package,
Chromium and its chromedriver (Debian: ``apt-get install chromium chromium-driver``) and, for the
accessibility audit, axe-core (``npm ci --prefix tests``). Nothing here downloads anything:
Selenium is given the driver's path, so its driver manager never runs.

Chromium is started with every host name resolving to nothing except the local server's
address, so a page that asks for a web font, a CDN script or an analytics beacon records a
failed request instead of reaching the Internet.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
LOCALHOST = "127.0.0.1"

#: axe-core's tags for WCAG 2.0, 2.1 and 2.2 levels A and AA.
WCAG_AA_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")

DESKTOP = (1280, 900)
PHONE = (390, 844)

_CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--lang=en-GB",
    # No name resolves, so nothing but the local server (an address, not a name) is reachable.
    f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {LOCALHOST}",
)


def chromium_path() -> str | None:
    """Chromium: ``$TRANSPARENCY_CHROMIUM`` or ``chromium`` on the PATH, if it is there."""
    return shutil.which(os.environ.get("TRANSPARENCY_CHROMIUM") or "chromium")


def chromedriver_path() -> str | None:
    """Its driver: ``$TRANSPARENCY_CHROMEDRIVER`` or ``chromedriver`` on the PATH."""
    return shutil.which(os.environ.get("TRANSPARENCY_CHROMEDRIVER") or "chromedriver")


def axe_path() -> Path:
    """axe-core's browser bundle: ``$AXE_CORE_JS``, or where ``npm ci --prefix tests`` puts it."""
    custom = os.environ.get("AXE_CORE_JS")
    return Path(custom) if custom else HERE / "node_modules" / "axe-core" / "axe.min.js"


def missing_browser() -> str | None:
    """Why the browser checks cannot run here, or None if they can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return "chromium is not installed (apt-get install chromium chromium-driver)"
    if chromedriver_path() is None:
        return "chromedriver is not installed (apt-get install chromium-driver)"
    return None


def missing_axe() -> str | None:
    if not axe_path().is_file():
        return f"axe-core is not installed at {axe_path()} (npm ci --prefix tests)"
    return None


def site_pages(site_dir: Path) -> list[str]:
    """The URL path of every HTML page of a built site: ``/``, ``/contracts/``, ``/404.html``."""
    paths = []
    for page in sorted(site_dir.rglob("*.html")):
        relative = page.relative_to(site_dir).as_posix()
        if relative == "index.html":
            paths.append("/")
        elif relative.endswith("/index.html"):
            paths.append("/" + relative.removesuffix("index.html"))
        else:
            paths.append("/" + relative)
    return paths


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve ``site_dir`` on a free local port; yields the base URL (no trailing slash)."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer((LOCALHOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{LOCALHOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium with a fresh profile, for the length of the ``with`` block."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="tp-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = chromium_path() or ""
        for flag in _CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        service = Service(executable_path=chromedriver_path() or "")
        driver = webdriver.Chrome(options=options, service=service)
        try:
            driver.set_script_timeout(60)
            # Leave the start page, and forget what it loaded, before any page is checked.
            driver.get("about:blank")
            driver.get_log("performance")
            driver.get_log("browser")
            yield Browser(driver)
        finally:
            driver.quit()


@dataclass
class Load:
    """What happened while a page loaded."""

    url: str
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def foreign(self, base_url: str) -> list[str]:
        """Requests to anything but the local server (data: and blob: URLs are local)."""
        local = urlsplit(base_url).netloc
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and urlsplit(url).netloc != local
        ]


#: Waits (at most 3 s) until the page has requested nothing new for 200 ms: the theme's script
#: fetches the search index after the load event.
_SETTLE = """
const done = arguments[arguments.length - 1];
const started = performance.now();
let count = -1;
const poll = () => {
  const now = performance.getEntriesByType('resource').length;
  if (now === count || performance.now() - started > 3000) done();
  else { count = now; setTimeout(poll, 200); }
};
poll();
"""


class Browser:
    """A thin layer over the WebDriver for what the site checks need."""

    def __init__(self, driver) -> None:
        self.driver = driver

    def resize(self, width: int, height: int, *, mobile: bool = False) -> None:
        """Emulate a screen of ``width`` x ``height`` CSS pixels (a phone if ``mobile``)."""
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )

    def reset_size(self) -> None:
        """Back to the window's own size (desktop)."""
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def open(self, url: str) -> None:
        """Open ``url`` and wait for its load event only."""
        self.driver.get(url)

    def load(self, url: str) -> Load:
        """Open ``url`` and report every request, failure and console error of the load."""
        self.driver.get_log("performance")  # drop what earlier pages left
        self.driver.get_log("browser")
        self.driver.get(url)  # returns once the page's load event has fired
        self.driver.execute_async_script(_SETTLE)
        load = Load(url)
        seen: dict[str, str] = {}
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            method, params = message["method"], message.get("params", {})
            if method == "Network.requestWillBeSent":
                seen[params["requestId"]] = params["request"]["url"]
                load.requests.append(params["request"]["url"])
            elif method == "Network.loadingFailed":
                target = seen.get(params["requestId"], params["requestId"])
                load.failed.append(f"{target}: {params.get('errorText', 'failed')}")
            elif method == "Network.responseReceived" and params["response"]["status"] >= 400:
                response = params["response"]
                load.failed.append(f"{response['url']}: HTTP {response['status']}")
        # Requests the log may not carry (workers, the preload scanner): the page's own record.
        for name in self.driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
        ):
            if name not in load.requests:
                load.requests.append(name)
        load.console_errors = [
            entry["message"]
            for entry in self.driver.get_log("browser")
            if entry["level"] == "SEVERE"
        ]
        return load

    def axe(self, source: str, tags: tuple[str, ...] = WCAG_AA_TAGS) -> dict:
        """Run axe-core on the current page with ``tags``; returns axe's results object."""
        self.driver.execute_script(source)
        return self.driver.execute_async_script(
            "const [tags, done] = arguments;"
            "axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
            ".then(done, error => done({error: String(error)}));",
            list(tags),
        )

    def matching(self, selectors: list[str], css: str) -> list[bool]:
        """For each of axe's target ``selectors``, whether the element it names matches ``css``."""
        return self.driver.execute_script(
            "const [selectors, css] = arguments;"
            "return selectors.map(s => { const e = document.querySelector(s);"
            " return e !== null && e.matches(css); });",
            selectors,
            css,
        )

    def screenshot(self, path: Path, *, full_page: bool = True) -> None:
        """A PNG of the page (all of it if ``full_page``, else what the screen shows)."""
        import base64

        args: dict = {"format": "png"}
        if full_page:
            metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = metrics["cssContentSize"]
            args["captureBeyondViewport"] = True
            args["clip"] = {
                "x": 0,
                "y": 0,
                "width": size["width"],
                "height": size["height"],
                "scale": 1,
            }
        data = self.driver.execute_cdp_cmd("Page.captureScreenshot", args)["data"]
        path.write_bytes(base64.b64decode(data))


def format_violations(violations: list[dict]) -> str:
    """axe's violations, one line per rule and one indented line per failing element."""
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation.get('impact')}): {violation['help']}"
            f" [{len(violation['nodes'])} element(s)] {violation.get('helpUrl', '')}"
        )
        for node in violation["nodes"][:10]:
            target = " ".join(str(t) for t in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target}: {summary}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)
