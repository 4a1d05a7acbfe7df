"""Screenshots of every page of the public site, at desktop and at phone width.

    python tools/screenshots.py shots/                   # builds this workspace's site first
    python tools/screenshots.py shots/ --site-dir site/  # an already built site
    python tools/screenshots.py shots/ --screen-only     # only what the first screen shows

For each page it writes ``<page>-desktop.png`` (1280 px wide) and ``<page>-phone.png`` (390 px
wide, emulating a phone), each of the whole page unless ``--screen-only``. It drives the same
headless Chromium as the browser tests (``tests/chromium.py``): it needs selenium, chromium and
chromedriver, and it makes no request beyond the local server it starts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import DESKTOP, PHONE, chromium, missing_browser, serve, site_pages  # noqa: E402


def page_name(path: str) -> str:
    """``/`` -> ``home``, ``/contracts/x/`` -> ``contracts-x``, ``/404.html`` -> ``404``."""
    name = path.strip("/").removesuffix(".html").replace("/", "-")
    return name or "home"


def build(workspace: Path, site_dir: Path) -> None:
    from transparency.site import build_site
    from transparency.workspace import Workspace

    report = build_site(Workspace.open(workspace), site_dir=site_dir)
    print(f"Built {report.pages} pages into {site_dir}")


def take(site_dir: Path, out: Path, *, full_page: bool) -> list[Path]:
    written = []
    with serve(site_dir) as base_url, chromium() as browser:
        for label, (width, height), mobile in (("desktop", DESKTOP, False), ("phone", PHONE, True)):
            browser.resize(width, height, mobile=mobile)
            for path in site_pages(site_dir):
                load = browser.load(base_url + path)
                for problem in load.failed + load.foreign(base_url) + load.console_errors:
                    print(f"warning: {path}: {problem}", file=sys.stderr)
                target = out / f"{page_name(path)}-{label}.png"
                browser.screenshot(target, full_page=full_page)
                written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (created if missing)")
    parser.add_argument(
        "--site-dir", type=Path, help="an already built site (default: build the workspace's)"
    )
    parser.add_argument(
        "--workspace", type=Path, default=ROOT, help="the workspace to build (default: this one)"
    )
    parser.add_argument(
        "--screen-only", action="store_true", help="capture the first screen, not the whole page"
    )
    args = parser.parse_args(argv)
    if reason := missing_browser():
        print(f"error: {reason}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tp-screenshots-") as scratch:
        site_dir = args.site_dir
        if site_dir is None:
            site_dir = Path(scratch) / "site"
            build(args.workspace, site_dir)
        written = take(site_dir, args.out, full_page=not args.screen_only)
    print(f"Wrote {len(written)} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
