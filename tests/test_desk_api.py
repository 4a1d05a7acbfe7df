"""The review desk's HTTP API, through a running desk: who may use it, listing and deciding
passages, conflicts between officers, bulk and manual redactions, wider and narrower, approval,
pages and the preview, house reasons, and the errors of ``transparency desk`` itself.

Each test copies the sample workspace (the repository root) into its own folder, removes
school-meals-2025's decisions so that its 14 candidates are undecided, and serves it with a real
:class:`~transparency.desk.server.DeskServer` on 127.0.0.1 (a free port), one desk per officer.
Requests go over HTTP with httpx; what was saved is read back from the decisions file and its
history, and checked with ``transparency verify``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
import yaml
from click.testing import CliRunner

from transparency.cli import cli
from transparency.desk.app import DeskSettings, create_app
from transparency.desk.server import DeskServer
from transparency.desk.service import Desk
from transparency.workspace import Workspace

# The tests talk to the desks they start, on this machine only.
pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"])]

REPO = Path(__file__).resolve().parent.parent
CONTRACT = "school-meals-2025"
API = f"/api/contracts/{CONTRACT}"
DOCUMENT = "contract.pdf"
FIONA = "Fiona Hale, Information Governance Officer"
MARCUS = "Marcus Webb, Head of Legal Services"
SAM = "Sam Patel, Information Officer"

# Candidates of school-meals-2025 (redaction/school-meals-2025.yaml).
PRICE_FREE_MEAL = "c-c9dbbe815c"  # £2.71
PRICE_OTHER_MEAL = "c-c59be26a60"  # £2.58, followed by " for"
MANAGEMENT_FEE = "c-d2032f7c8f"  # £4,950
IBAN = "c-1cacdee24d"  # GB87 BRWL 2077 4163 3901 57
INITIAL = "c-eb0772cf15"  # P. Marsh
NAME = "c-2413f65ab7"  # Priya Marsh

REVIEW_BY = (dt.date.today() + dt.timedelta(days=700)).isoformat()
RELEASE = {
    "action": "release",
    "public_reason": "The name of the supplier's director is published at Companies House.",
}
REDACT = {
    "action": "redact",
    "exemption": "FOIA s.43(2)",
    "public_reason": "These are the supplier's unit prices; competitors could undercut them.",
    "harm": {
        "description": "Competitors would learn the supplier's pricing at re-tender.",
        "likelihood": "would be likely to",
    },
    "public_interest": {
        "for_disclosure": ["Accountability for spending public money"],
        "for_withholding": ["Harm to the supplier's competitive position"],
        "conclusion": "The total value allows scrutiny; the unit rates add little to it.",
    },
    "review_by": REVIEW_BY,
}


# -- the workspace and its desks -----------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the sample workspace with school-meals-2025 undecided."""
    root = tmp_path / "ws"
    root.mkdir()
    for name in ("contracts", "decisions", "redaction", "pages"):
        shutil.copytree(REPO / name, root / name)
    for name in ("transparency.yaml", "mkdocs.yml"):
        shutil.copy2(REPO / name, root / name)
    if (REPO / ".cache").is_dir():  # only saves parsing time: a file missing from it is fine
        with contextlib.suppress(shutil.Error):
            shutil.copytree(REPO / ".cache", root / ".cache")
    for path in (root / "decisions").glob(f"{CONTRACT}.*"):
        path.unlink()
    return root


@dataclass
class Running:
    """A desk being served: its address, its token, and a client sending the bearer token."""

    server: DeskServer
    settings: DeskSettings
    client: httpx.Client
    others: list[httpx.Client] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def new_client(self, **options) -> httpx.Client:
        """Another client of the desk (closed with it): none of its credentials unless given."""
        client = httpx.Client(base_url=self.url, timeout=30, **options)
        self.others.append(client)
        return client

    def sign_in(self) -> tuple[httpx.Client, str]:
        """A browser's way in: open the printed address, then read the CSRF token."""
        browser = self.new_client()
        opened = browser.get("/", params={"token": self.settings.token})
        assert opened.status_code == 303, opened.text
        session = browser.get("/api/session")
        assert session.status_code == 200, session.text
        return browser, session.json()["csrf"]


@contextlib.contextmanager
def serve(root: Path, officer: str) -> Iterator[Running]:
    settings = DeskSettings(officer=officer)
    app = create_app(Desk(Workspace.open(root)), settings)
    headers = {"authorization": f"Bearer {settings.token}"}
    with (
        DeskServer(app, "127.0.0.1", 0) as server,
        httpx.Client(base_url=server.url, headers=headers, timeout=30) as client,
    ):
        desk = Running(server, settings, client)
        try:
            yield desk
        finally:
            for other in desk.others:
                other.close()


@pytest.fixture
def fiona(workspace: Path) -> Iterator[Running]:
    with serve(workspace, FIONA) as desk:
        yield desk


@pytest.fixture
def marcus(workspace: Path) -> Iterator[Running]:
    with serve(workspace, MARCUS) as desk:
        yield desk


def write_config(root: Path, officers: list[str], approvers: list[str]) -> None:
    config = {
        "require_approval": True,
        "officers": officers,
        "approvers": approvers,
        "require_history": True,
    }
    (root / "transparency.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


# -- reading back what was saved -------------------------------------------------------------


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def records(root: Path) -> list[dict]:
    """The records of the contract's decisions file (none when it was never written)."""
    path = root / "decisions" / f"{CONTRACT}.yaml"
    if not path.is_file():
        return []
    return load(path)["records"]


def record(root: Path, candidate: str) -> dict:
    found = [r for r in records(root) if r.get("candidate") == candidate]
    assert len(found) == 1, records(root)
    return found[0]


def history(root: Path) -> list[dict]:
    path = root / "decisions" / f"{CONTRACT}.history.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_verified(root: Path) -> None:
    result = CliRunner().invoke(cli, ["verify", CONTRACT, "--workspace", str(root)])
    assert result.exit_code == 0, result.output
    assert "history intact" in result.output, result.output


def passages(client: httpx.Client) -> dict[str, dict]:
    response = client.get(f"{API}/passages")
    assert response.status_code == 200, response.text
    return {p["key"]: p for p in response.json()["passages"]}


def decide(client: httpx.Client, candidate: str, fields: dict, **extra) -> httpx.Response:
    return client.post(f"{API}/decisions", json={"candidate": candidate, **fields, **extra})


def fields_of(response: httpx.Response) -> set[str]:
    return {p["field"] for p in response.json()["problems"]}


class _Text(HTMLParser):
    """The text of an HTML page's body, as a reader sees it."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._in_body = False

    def handle_starttag(self, tag, attrs) -> None:
        self._in_body = self._in_body or tag == "body"

    def handle_data(self, data) -> None:
        if self._in_body:
            self.parts.append(data)


def body_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return " ".join("".join(parser.parts).split())


# -- 1. who may use it ---------------------------------------------------------------------


def test_no_cookie_and_no_bearer_is_401_json(fiona: Running, workspace: Path) -> None:
    anonymous = fiona.new_client()
    for response in (
        anonymous.get("/api/contracts"),
        anonymous.get("/api/session"),
        anonymous.post(f"{API}/decisions", json={"candidate": INITIAL, **RELEASE, "seen": None}),
    ):
        assert response.status_code == 401, response.text
        assert response.headers["content-type"] == "application/json"
        assert response.json()["error"] == "not signed in to the desk"
    assert records(workspace) == []


def test_a_wrong_bearer_token_is_401(fiona: Running) -> None:
    wrong = fiona.new_client(headers={"authorization": "Bearer not-the-token"})
    assert wrong.get("/api/contracts").status_code == 401


def test_a_wrong_token_in_the_address_is_401_and_starts_no_session(fiona: Running) -> None:
    browser = fiona.new_client()
    response = browser.get("/", params={"token": "WRONG"})
    assert response.status_code == 401
    assert "set-cookie" not in response.headers
    assert browser.get("/api/session").status_code == 401


def test_the_printed_address_starts_a_cookie_session(fiona: Running) -> None:
    browser = fiona.new_client()
    response = browser.get("/", params={"token": fiona.settings.token})
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = [part.strip().lower() for part in response.headers["set-cookie"].split(";")]
    assert cookie[0].startswith("tp_desk=")
    assert "httponly" in cookie
    assert "samesite=strict" in cookie

    session = browser.get("/api/session")
    assert session.status_code == 200, session.text
    who = session.json()
    assert who["name"] == FIONA
    assert who["can_decide"] is True
    assert who["can_approve"] is False
    assert len(who["csrf"]) >= 32
    page = browser.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")


def test_a_write_with_the_cookie_needs_the_csrf_token(fiona: Running, workspace: Path) -> None:
    browser, csrf = fiona.sign_in()
    body = {"candidate": INITIAL, **RELEASE, "seen": None}
    missing = browser.post(f"{API}/decisions", json=body)
    assert missing.status_code == 403, missing.text
    assert "CSRF" in missing.json()["error"]
    wrong = browser.post(f"{API}/decisions", json=body, headers={"x-csrf-token": csrf[::-1]})
    assert wrong.status_code == 403, wrong.text
    assert records(workspace) == []
    assert history(workspace) == []

    saved = browser.post(f"{API}/decisions", json=body, headers={"x-csrf-token": csrf})
    assert saved.status_code == 201, saved.text
    assert record(workspace, INITIAL)["action"] == "release"


def test_the_bearer_token_works_without_csrf(fiona: Running, workspace: Path) -> None:
    assert fiona.client.get("/api/session").json()["name"] == FIONA
    response = decide(fiona.client, INITIAL, RELEASE, seen=None)
    assert response.status_code == 201, response.text
    assert record(workspace, INITIAL)["decided_by"] == FIONA


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "evil.example:80"])
def test_another_host_name_is_refused(fiona: Running, host: str) -> None:
    """A DNS-rebinding page reaches the desk under its own host name: refused."""
    response = fiona.client.get("/api/contracts", headers={"host": host})
    assert response.status_code == 400
    assert "contracts" not in response.text


def test_a_write_from_another_origin_is_refused(fiona: Running, workspace: Path) -> None:
    browser, csrf = fiona.sign_in()
    body = {"candidate": INITIAL, **RELEASE, "seen": None}
    headers = {"x-csrf-token": csrf, "origin": "http://evil.example"}
    response = browser.post(f"{API}/decisions", json=body, headers=headers)
    assert response.status_code == 403, response.text
    assert records(workspace) == []

    headers["origin"] = fiona.url  # the desk's own page
    assert browser.post(f"{API}/decisions", json=body, headers=headers).status_code == 201


def test_every_response_carries_the_security_headers(fiona: Running) -> None:
    anonymous = fiona.new_client()
    for response in (
        fiona.client.get("/api/contracts"),
        fiona.client.get(f"/preview/{CONTRACT}"),
        anonymous.get("/"),
        anonymous.get("/api/contracts"),
        fiona.client.get("/api/no-such-thing"),
    ):
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"


# -- 2. what there is ------------------------------------------------------------------------


def test_contracts_are_listed_with_their_counts(fiona: Running, workspace: Path) -> None:
    response = fiona.client.get("/api/contracts")
    assert response.status_code == 200, response.text
    listed = {c["id"]: c for c in response.json()["contracts"]}
    assert set(listed) == {p.name for p in (workspace / "contracts").iterdir() if p.is_dir()}
    for contract in listed.values():
        assert contract["title"]
        assert {"undecided", "decided", "awaiting_approval"} <= set(contract["counts"])
    meals = listed[CONTRACT]
    meta = load(workspace / "contracts" / CONTRACT / "contract.yaml")
    assert meals["title"] == meta["title"]
    assert meals["counts"]["undecided"] == 14
    assert meals["counts"]["decided"] == 0
    assert listed["home-care-2025"]["counts"]["undecided"] == 0


def test_passages_are_listed_undecided(fiona: Running, workspace: Path) -> None:
    response = fiona.client.get(f"{API}/passages")
    assert response.status_code == 200, response.text
    items = response.json()["passages"]
    scan = load(workspace / "redaction" / f"{CONTRACT}.yaml")
    assert [p["candidate"] for p in items] == [c["id"] for c in scan["candidates"]]
    for item in items:
        assert item["document"] == DOCUMENT
        assert item["page"] in (1, 2)
        assert item["text"]
        assert item["decided"] is False
        assert item["version"] is None
    assert {p["text"] for p in items} >= {"£2.71", "Priya Marsh"}
    assert response.json()["counts"]["undecided"] == 14


# -- 3. deciding -----------------------------------------------------------------------------


def test_a_release_is_saved_with_its_history(fiona: Running, workspace: Path) -> None:
    response = decide(fiona.client, INITIAL, RELEASE, seen=None)
    assert response.status_code == 201, response.text
    assert response.json()["saved"] == [INITIAL]
    assert response.json()["not_saved"] == []

    listed = passages(fiona.client)[INITIAL]
    assert listed["decided"] is True
    assert listed["decision"]["action"] == "release"
    assert listed["version"]

    saved = record(workspace, INITIAL)
    assert saved["action"] == "release"
    assert saved["public_reason"] == RELEASE["public_reason"]
    assert saved["decided_by"] == FIONA
    entries = history(workspace)
    assert [(e["action"], e["by"], e["record"]["candidate"]) for e in entries] == [
        ("decide", FIONA, INITIAL)
    ]
    data = load(workspace / "decisions" / f"{CONTRACT}.yaml")
    assert data["history"] == entries[-1]["hash"]
    counts = {c["id"]: c for c in fiona.client.get("/api/contracts").json()["contracts"]}
    assert counts[CONTRACT]["counts"]["undecided"] == 13


def test_a_redaction_records_its_harm_and_public_interest(fiona: Running, workspace: Path) -> None:
    response = decide(fiona.client, PRICE_FREE_MEAL, REDACT, seen=None)
    assert response.status_code == 201, response.text
    saved = record(workspace, PRICE_FREE_MEAL)
    assert saved["action"] == "redact"
    assert saved["exemption"] == "FOIA s.43(2)"
    assert saved["harm"] == REDACT["harm"]
    assert saved["public_interest"] == REDACT["public_interest"]
    assert str(saved["review_by"]) == REVIEW_BY
    assert "approved_by" not in saved
    listed = passages(fiona.client)[PRICE_FREE_MEAL]
    assert listed["awaiting_approval"] is True
    assert listed["approved"] is False


def test_an_incomplete_redaction_is_422_and_saves_nothing(fiona: Running, workspace: Path) -> None:
    incomplete = {k: v for k, v in REDACT.items() if k not in ("harm", "public_interest")}
    response = decide(fiona.client, PRICE_FREE_MEAL, incomplete, seen=None)
    assert response.status_code == 422, response.text
    assert {"harm", "public_interest"} <= fields_of(response)
    assert records(workspace) == []
    assert history(workspace) == []
    assert passages(fiona.client)[PRICE_FREE_MEAL]["decided"] is False


def test_an_unknown_field_is_422_naming_it(fiona: Running, workspace: Path) -> None:
    response = decide(fiona.client, INITIAL, RELEASE, seen=None, colour="red")
    assert response.status_code == 422, response.text
    assert fields_of(response) == {"colour"}
    assert records(workspace) == []


@pytest.mark.parametrize(
    ("path", "candidate", "named"),
    [
        ("/api/contracts/no-such-contract/decisions", INITIAL, "no-such-contract"),
        (f"{API}/decisions", "c-0000000000", "c-0000000000"),
    ],
    ids=["unknown contract", "unknown candidate"],
)
def test_an_unknown_contract_or_candidate_is_404(
    fiona: Running, workspace: Path, path: str, candidate: str, named: str
) -> None:
    response = fiona.client.post(path, json={"candidate": candidate, **RELEASE, "seen": None})
    assert response.status_code == 404, response.text
    assert named in response.json()["error"]
    assert records(workspace) == []


# -- 4. conflicts ----------------------------------------------------------------------------


def test_a_second_officer_deciding_the_same_passage_gets_a_conflict(workspace: Path) -> None:
    write_config(workspace, [FIONA, SAM], [MARCUS])
    with serve(workspace, FIONA) as a, serve(workspace, SAM) as b:
        assert passages(a.client)[PRICE_FREE_MEAL]["version"] is None
        assert passages(b.client)[PRICE_FREE_MEAL]["version"] is None  # both see it undecided
        first = decide(a.client, PRICE_FREE_MEAL, REDACT, seen=None)
        assert first.status_code == 201, first.text
        second = decide(b.client, PRICE_FREE_MEAL, RELEASE, seen=None)
        assert second.status_code == 409, second.text
        assert FIONA in second.json()["error"]
        assert "Nothing was saved" in second.json()["hint"]
    kept = record(workspace, PRICE_FREE_MEAL)
    assert kept["action"] == "redact"
    assert kept["decided_by"] == FIONA
    assert len(history(workspace)) == 1


def test_a_second_session_of_the_same_officer_gets_a_conflict(
    fiona: Running, workspace: Path
) -> None:
    browser, csrf = fiona.sign_in()
    assert decide(fiona.client, INITIAL, RELEASE, seen=None).status_code == 201
    body = {"candidate": INITIAL, **REDACT, "seen": None}
    late = browser.post(f"{API}/decisions", json=body, headers={"x-csrf-token": csrf})
    assert late.status_code == 409, late.text
    assert record(workspace, INITIAL)["action"] == "release"


def test_redeciding_needs_the_version_last_seen(fiona: Running, workspace: Path) -> None:
    assert decide(fiona.client, PRICE_FREE_MEAL, RELEASE, seen=None).status_code == 201
    seen = passages(fiona.client)[PRICE_FREE_MEAL]["version"]
    again = decide(fiona.client, PRICE_FREE_MEAL, REDACT, seen=seen)
    assert again.status_code == 201, again.text
    assert record(workspace, PRICE_FREE_MEAL)["action"] == "redact"

    stale = decide(fiona.client, PRICE_FREE_MEAL, RELEASE, seen=seen)
    assert stale.status_code == 409, stale.text
    assert record(workspace, PRICE_FREE_MEAL)["action"] == "redact"
    assert [e["action"] for e in history(workspace)] == ["decide", "redecide"]
    assert_verified(workspace)


def test_two_requests_at_once_one_saves_one_conflicts(fiona: Running, workspace: Path) -> None:
    ready = threading.Barrier(2)
    results: dict[str, httpx.Response] = {}

    def post(reason: str) -> None:
        with httpx.Client(base_url=fiona.url, headers=fiona.client.headers, timeout=30) as c:
            ready.wait()
            body = {**RELEASE, "public_reason": reason}
            results[reason] = decide(c, NAME, body, seen=None)

    threads = [threading.Thread(target=post, args=(f"Reason {n}.",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(r.status_code for r in results.values()) == [201, 409], {
        k: r.text for k, r in results.items()
    }
    winner = next(reason for reason, r in results.items() if r.status_code == 201)
    assert record(workspace, NAME)["public_reason"] == winner
    assert len(history(workspace)) == 1
    assert_verified(workspace)


# -- 5. bulk ---------------------------------------------------------------------------------


def test_a_bulk_decision_covers_the_undecided_and_reports_the_decided(
    fiona: Running, workspace: Path
) -> None:
    assert decide(fiona.client, PRICE_OTHER_MEAL, RELEASE, seen=None).status_code == 201
    response = decide(
        fiona.client,
        PRICE_FREE_MEAL,
        REDACT,
        seen=None,
        apply_to=[MANAGEMENT_FEE, PRICE_OTHER_MEAL],
    )
    assert response.status_code == 201, response.text
    assert response.json()["saved"] == [PRICE_FREE_MEAL, MANAGEMENT_FEE]
    [left] = response.json()["not_saved"]
    assert left == {"candidate": PRICE_OTHER_MEAL, "message": "already decided: left as it is"}
    fee = record(workspace, MANAGEMENT_FEE)
    assert fee["action"] == "redact"
    assert fee["public_reason"] == REDACT["public_reason"]
    assert fee["text"] == "£4,950"
    assert record(workspace, PRICE_OTHER_MEAL)["action"] == "release"  # left as it was
    assert len(history(workspace)) == 3
    assert_verified(workspace)


@pytest.mark.parametrize(
    ("apply_to", "status"),
    [([MANAGEMENT_FEE, "c-0000000000"], 404), (MANAGEMENT_FEE, 422)],
    ids=["an unknown candidate", "not a list"],
)
def test_a_bad_bulk_list_saves_nothing(
    fiona: Running, workspace: Path, apply_to: object, status: int
) -> None:
    response = decide(fiona.client, PRICE_FREE_MEAL, REDACT, seen=None, apply_to=apply_to)
    assert response.status_code == status, response.text
    assert records(workspace) == []
    assert history(workspace) == []


# -- 6. redacting a span the scan missed -----------------------------------------------------


def test_a_span_the_scan_missed_is_redacted_as_whole_words(fiona: Running, workspace: Path) -> None:
    blocks = fiona.client.get(f"{API}/blocks", params={"document": DOCUMENT, "offset": 0})
    assert blocks.status_code == 200, blocks.text
    block = next(b for b in blocks.json()["blocks"] if "9 Orchard Row" in b["text"])
    at = block["start"] + block["text"].index("Orchard Row")
    # Selected from inside the first word to inside the last, as a mouse might.
    chosen = fiona.client.post(
        f"{API}/selection",
        json={"document": DOCUMENT, "start": at + 2, "end": at + len("Orchard Row") - 1},
    )
    assert chosen.status_code == 201, chosen.text
    span = chosen.json()
    assert (span["start"], span["end"], span["text"]) == (at, at + 11, "Orchard Row")
    assert span["clash"] == ""
    assert span["boxes"]

    body = {key: span[key] for key in ("document", "start", "end", "text")}
    saved = fiona.client.post(f"{API}/decisions", json={**body, **REDACT, "seen": None})
    assert saved.status_code == 201, saved.text
    key = f"{DOCUMENT}@{at}-{at + 11}"
    assert saved.json()["saved"] == [key]
    [manual] = records(workspace)
    assert "candidate" not in manual
    assert (manual["document"], manual["start"], manual["end"]) == (DOCUMENT, at, at + 11)
    assert manual["text"] == "Orchard Row"
    listed = passages(fiona.client)[key]
    assert listed["candidate"] is None
    assert listed["decided"] is True
    assert_verified(workspace)


def test_a_span_overlapping_a_candidate_is_422(fiona: Running, workspace: Path) -> None:
    flagged = passages(fiona.client)[PRICE_FREE_MEAL]  # "£2.71"
    start, end = flagged["start"] - len("pay "), flagged["end"] + len(" for")
    chosen = fiona.client.post(
        f"{API}/selection", json={"document": DOCUMENT, "start": start, "end": end}
    )
    assert chosen.status_code == 201, chosen.text
    assert chosen.json()["text"] == "pay £2.71 for"
    assert PRICE_FREE_MEAL in chosen.json()["clash"]
    body = {"document": DOCUMENT, "start": start, "end": end, "text": chosen.json()["text"]}
    response = fiona.client.post(f"{API}/decisions", json={**body, **REDACT, "seen": None})
    assert response.status_code == 422, response.text
    assert PRICE_FREE_MEAL in response.json()["problems"][0]["message"]
    assert records(workspace) == []


# -- 7. wider and narrower -------------------------------------------------------------------


def test_a_passage_made_wider_is_decided_on_its_new_span(fiona: Running, workspace: Path) -> None:
    flagged = passages(fiona.client)[PRICE_OTHER_MEAL]
    wider = fiona.client.post(
        f"{API}/passages/adjust", json={"candidate": PRICE_OTHER_MEAL, "how": "add_after"}
    )
    assert wider.status_code == 201, wider.text
    span = wider.json()
    assert span["start"] == flagged["start"]
    assert span["end"] > flagged["end"]
    assert span["text"] == "£2.58 for"
    assert span["adjusted"] is True

    body = {key: span[key] for key in ("document", "start", "end", "text")}
    saved = decide(fiona.client, PRICE_OTHER_MEAL, REDACT, seen=None, **body)
    assert saved.status_code == 201, saved.text
    kept = record(workspace, PRICE_OTHER_MEAL)
    assert (kept["document"], kept["start"], kept["end"]) == (DOCUMENT, span["start"], span["end"])
    assert kept["text"] == "£2.58 for"
    assert passages(fiona.client)[PRICE_OTHER_MEAL]["end"] == span["end"]


# -- 8. approval -----------------------------------------------------------------------------


def test_a_redaction_is_approved_by_the_approver_only(
    fiona: Running, marcus: Running, workspace: Path
) -> None:
    assert decide(fiona.client, PRICE_FREE_MEAL, REDACT, seen=None).status_code == 201
    assert fiona.client.get(f"{API}/approvals").status_code == 403
    version = passages(fiona.client)[PRICE_FREE_MEAL]["version"]
    refused = fiona.client.post(f"{API}/approvals", json={"key": PRICE_FREE_MEAL, "seen": version})
    assert refused.status_code == 403, refused.text
    assert "approver" in refused.json()["error"]
    assert "approved_by" not in record(workspace, PRICE_FREE_MEAL)

    waiting = marcus.client.get(f"{API}/approvals")
    assert waiting.status_code == 200, waiting.text
    [item] = waiting.json()["waiting"]
    assert (item["key"], item["own"], item["version"]) == (PRICE_FREE_MEAL, False, version)
    approved = marcus.client.post(f"{API}/approvals", json={"key": item["key"], "seen": version})
    assert approved.status_code == 201, approved.text
    assert approved.json()["approved"] == [PRICE_FREE_MEAL]

    assert record(workspace, PRICE_FREE_MEAL)["approved_by"] == MARCUS
    assert marcus.client.get(f"{API}/approvals").json()["waiting"] == []
    listed = passages(fiona.client)[PRICE_FREE_MEAL]
    assert (listed["approved"], listed["awaiting_approval"]) == (True, False)
    again = marcus.client.post(f"{API}/approvals", json={"key": PRICE_FREE_MEAL, "seen": version})
    assert again.status_code == 409, again.text  # the version it names is no longer the record's
    assert_verified(workspace)


def test_approving_ones_own_decision_is_refused(workspace: Path) -> None:
    write_config(workspace, [FIONA], [FIONA, MARCUS])
    with serve(workspace, FIONA) as desk:
        assert desk.client.get("/api/session").json()["can_approve"] is True
        assert decide(desk.client, PRICE_FREE_MEAL, REDACT, seen=None).status_code == 201
        [item] = desk.client.get(f"{API}/approvals").json()["waiting"]
        assert item["own"] is True
        response = desk.client.post(
            f"{API}/approvals", json={"key": PRICE_FREE_MEAL, "seen": item["version"]}
        )
        assert response.status_code == 403, response.text
        assert "you decided this yourself" in response.json()["error"]
    assert "approved_by" not in record(workspace, PRICE_FREE_MEAL)
    assert len(history(workspace)) == 1


# -- 9. pages and the preview ----------------------------------------------------------------


def test_a_page_has_its_words_and_the_marks_of_its_passages(fiona: Running) -> None:
    response = fiona.client.get(f"{API}/pages/1", params={"document": DOCUMENT})
    assert response.status_code == 200, response.text
    page = response.json()
    assert (page["page"], page["pages"]) == (1, 2)
    words = [w[-1] for w in page["words"]]
    assert words[:3] == ["Anyshire", "County", "Council"]
    marked = {m["key"] for m in page["marks"]}
    assert PRICE_FREE_MEAL in marked
    on_page_one = {k for k, p in passages(fiona.client).items() if p["page"] == 1}
    assert marked <= on_page_one
    for mark in page["marks"]:
        assert 0 <= mark["x0"] < mark["x1"] <= 1
        assert 0 <= mark["y0"] < mark["y1"] <= 1
    missing = fiona.client.get(f"{API}/pages/3", params={"document": DOCUMENT})
    assert missing.status_code == 404


def test_a_page_image_is_a_png(fiona: Running) -> None:
    response = fiona.client.get(f"{API}/pages/1.png", params={"document": DOCUMENT})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(b"\x89PNG\r\n\x1a\n")
    other = fiona.client.get(f"{API}/pages/1.png", params={"document": "elsewhere.pdf"})
    assert other.status_code == 404


def test_the_preview_escapes_the_contracts_title(workspace: Path) -> None:
    meta_path = workspace / "contracts" / CONTRACT / "contract.yaml"
    meta = load(meta_path)
    meta["title"] = "School meals <script>alert(1)</script> & more"
    meta_path.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    with serve(workspace, FIONA) as desk:
        response = desk.client.get(f"/preview/{CONTRACT}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "<script>" not in response.text
    assert "School meals &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in response.text


def test_the_preview_shows_no_text_of_a_decided_redaction(fiona: Running) -> None:
    iban = passages(fiona.client)[IBAN]["text"]
    before = fiona.client.get(f"/preview/{CONTRACT}")
    assert before.status_code == 200, before.text
    assert iban in body_text(before.text)  # undecided: the officer still sees it

    assert decide(fiona.client, IBAN, REDACT, seen=None).status_code == 201
    after = fiona.client.get(f"/preview/{CONTRACT}")
    assert after.status_code == 200, after.text
    assert iban not in body_text(after.text)
    assert iban.replace(" ", "") not in after.text.replace(" ", "")
    assert "Redacted" in body_text(after.text)
    assert "School meals service 2025–2028" in body_text(after.text)


# -- 10. house reasons -----------------------------------------------------------------------


def test_house_reasons_are_added_edited_and_deleted(fiona: Running, workspace: Path) -> None:
    path = workspace / "reasons.yaml"
    reasons = "/api/reasons"
    assert fiona.client.get(reasons).json() == {"reasons": []}
    reason = {"title": "Unit prices", "category": "PRICING", "public_reason": "Unit prices."}

    added = fiona.client.post(reasons, json=reason)
    assert added.status_code == 201, added.text
    assert [r["title"] for r in load(path)["reasons"]] == ["Unit prices"]
    assert [r["title"] for r in fiona.client.get(reasons).json()["reasons"]] == ["Unit prices"]

    edited = fiona.client.put(
        f"{reasons}/Unit prices", json={**reason, "public_reason": "The supplier's unit prices."}
    )
    assert edited.status_code == 200, edited.text
    [kept] = load(path)["reasons"]
    assert kept["public_reason"] == "The supplier's unit prices."
    assert fiona.client.put(f"{reasons}/No such reason", json=reason).status_code == 404

    deleted = fiona.client.delete(f"{reasons}/Unit prices")
    assert deleted.status_code == 200, deleted.text
    assert load(path)["reasons"] == []
    assert fiona.client.get(reasons).json() == {"reasons": []}
    assert fiona.client.delete(f"{reasons}/Unit prices").status_code == 404


def test_a_house_reason_without_public_reason_is_422(fiona: Running, workspace: Path) -> None:
    response = fiona.client.post("/api/reasons", json={"title": "Unit prices"})
    assert response.status_code == 422, response.text
    assert fields_of(response) == {"public_reason"}
    assert not (workspace / "reasons.yaml").exists()


# -- 11. a run of decisions ------------------------------------------------------------------


def test_a_run_of_decisions_and_an_approval_verifies(
    fiona: Running, marcus: Running, workspace: Path
) -> None:
    client = fiona.client
    assert decide(client, INITIAL, RELEASE, seen=None).status_code == 201
    bulk = decide(client, PRICE_FREE_MEAL, REDACT, seen=None, apply_to=[MANAGEMENT_FEE])
    assert bulk.status_code == 201, bulk.text
    narrower = client.post(f"{API}/passages/adjust", json={"candidate": IBAN, "how": "drop_last"})
    assert narrower.status_code == 201, narrower.text
    span = {key: narrower.json()[key] for key in ("document", "start", "end", "text")}
    assert decide(client, IBAN, REDACT, seen=None, **span).status_code == 201
    seen = passages(client)[INITIAL]["version"]
    redecided = decide(client, INITIAL, {**RELEASE, "public_reason": "Published."}, seen=seen)
    assert redecided.status_code == 201, redecided.text
    version = passages(client)[PRICE_FREE_MEAL]["version"]
    approved = marcus.client.post(
        f"{API}/approvals", json={"records": [{"key": PRICE_FREE_MEAL, "seen": version}]}
    )
    assert approved.status_code == 201, approved.text
    undone = client.delete(
        f"{API}/decisions/{MANAGEMENT_FEE}",
        params={"seen": passages(client)[MANAGEMENT_FEE]["version"]},
    )
    assert undone.status_code == 200, undone.text

    assert [e["action"] for e in history(workspace)] == [
        "decide",
        "decide",
        "decide",
        "decide",
        "redecide",
        "approve",
        "remove",
    ]
    assert {r["candidate"] for r in records(workspace)} == {INITIAL, PRICE_FREE_MEAL, IBAN}
    assert_verified(workspace)


def test_removing_a_decision_needs_its_version(fiona: Running, workspace: Path) -> None:
    assert decide(fiona.client, INITIAL, RELEASE, seen=None).status_code == 201
    blind = fiona.client.delete(f"{API}/decisions/{INITIAL}")
    assert blind.status_code == 422, blind.text
    assert fields_of(blind) == {"seen"}
    assert record(workspace, INITIAL)["action"] == "release"
    stale = fiona.client.delete(f"{API}/decisions/{INITIAL}", params={"seen": "0" * 16})
    assert stale.status_code == 409, stale.text
    assert record(workspace, INITIAL)["action"] == "release"


# -- 12. the command -------------------------------------------------------------------------


@pytest.fixture
def never_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a desk that did start fail the test at once, rather than serve until killed."""

    def run(self: DeskServer) -> None:
        pytest.fail(f"the desk started on {self.url}")

    monkeypatch.setattr(DeskServer, "run", run)


def invoke_desk(workspace: Path, *args: str):
    return CliRunner().invoke(
        cli, ["desk", "--no-browser", "--officer", FIONA, *args, "--workspace", str(workspace)]
    )


def test_the_desk_refuses_a_non_loopback_host(workspace: Path, never_serve: None) -> None:
    result = invoke_desk(workspace, "--host", "0.0.0.0")
    assert result.exit_code != 0
    assert result.output.startswith(
        "Error: 0.0.0.0 is not a loopback address: the desk would be open to the network."
    )
    assert result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output


def test_the_desk_names_a_port_already_in_use(workspace: Path, never_serve: None) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke_desk(workspace, "--port", str(port))
    assert result.exit_code != 0
    assert result.output.startswith(f"Error: port {port} on 127.0.0.1 is already in use")
    assert result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output


# -- signing in by name and password (a desk served to colleagues) -------------------------


@contextlib.contextmanager
def serve_with_logins(root: Path, logins: dict[str, str]) -> Iterator[str]:
    from transparency.desk.logins import Logins, hash_password

    path = root.parent / "desk-logins.yaml"
    entries = [{"name": name, "password": hash_password(pw)} for name, pw in logins.items()]
    path.write_text(yaml.safe_dump({"logins": entries}), encoding="utf-8")
    settings = DeskSettings(officer=None, logins=Logins.load(path))
    app = create_app(Desk(Workspace.open(root)), settings)
    with DeskServer(app, "127.0.0.1", 0) as server:
        yield server.url, settings.token


def test_with_logins_officers_sign_in_with_their_password(workspace: Path) -> None:
    with (
        serve_with_logins(workspace, {"Fiona Hale": "a long passphrase 1"}) as (url, token),
        httpx.Client(base_url=url, timeout=30) as browser,
    ):
        assert browser.get("/").headers["location"] == "/login"
        assert browser.get("/", params={"token": token}).status_code == 303  # to /login
        assert browser.get("/api/session").status_code == 401
        bearer = {"authorization": f"Bearer {token}"}
        assert browser.get("/api/contracts", headers=bearer).status_code == 401
        wrong = browser.post("/login", data={"name": "Fiona Hale", "password": "guess"})
        assert wrong.status_code == 401
        assert "do not match" in wrong.text
        assert browser.get("/api/session").status_code == 401
        right = browser.post(
            "/login", data={"name": "fiona hale", "password": "a long passphrase 1"}
        )
        assert right.status_code == 303, right.text
        session = browser.get("/api/session")
        assert session.status_code == 200
        assert session.json()["name"] == FIONA
        csrf = session.json()["csrf"]
        saved = browser.post(
            f"{API}/decisions",
            json={"candidate": INITIAL, **RELEASE, "seen": None},
            headers={"x-csrf-token": csrf},
        )
        assert saved.status_code == 201, saved.text
        assert record(workspace, INITIAL)["decided_by"] == FIONA


def test_a_login_file_without_hashes_is_refused(workspace: Path) -> None:
    from transparency.desk.logins import Logins
    from transparency.errors import ValidationError

    path = workspace.parent / "logins.yaml"
    path.write_text("logins:\n  - name: Fiona Hale\n    password: plain-text\n")
    with pytest.raises(ValidationError) as caught:
        Logins.load(path)
    assert "login 1" in str(caught.value.problems[0])


def test_remote_use_needs_logins_and_tls(workspace: Path, never_serve: None) -> None:
    result = invoke_desk(workspace, "--host", "0.0.0.0", "--allow-remote")
    assert result.exit_code != 0
    assert "--logins" in result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_a_decision_records_the_suppliers_representations(fiona: Running, workspace: Path) -> None:
    representation = {
        "by": "Brightbowl Catering Ltd",
        "on": "2025-06-01",
        "summary": "The meal price would show competitors its margins.",
        "document": "letter-2025-06-01.pdf",
    }
    response = decide(
        fiona.client, PRICE_FREE_MEAL, {**REDACT, "representations": [representation]}, seen=None
    )
    assert response.status_code == 201, response.text
    assert record(workspace, PRICE_FREE_MEAL)["representations"] == [representation]
    later = {**representation, "on": (dt.date.today() + dt.timedelta(days=3)).isoformat()}
    refused = decide(fiona.client, PRICE_OTHER_MEAL, {**REDACT, "representations": [later]})
    assert refused.status_code == 422, refused.text
    assert "representations.on" in fields_of(refused) or any(
        "after the decision" in p["message"] for p in refused.json()["problems"]
    )


def test_the_desk_sees_contracts_changed_while_it_runs(fiona: Running, workspace: Path) -> None:
    before = {c["id"]: c for c in fiona.client.get("/api/contracts").json()["contracts"]}
    meta = workspace / "contracts" / CONTRACT / "contract.yaml"
    text = meta.read_text(encoding="utf-8")
    title = before[CONTRACT]["title"]
    meta.write_text(text.replace(title, "School meals (as varied)"), encoding="utf-8")
    after = {c["id"]: c for c in fiona.client.get("/api/contracts").json()["contracts"]}
    assert after[CONTRACT]["title"] == "School meals (as varied)"
    shutil.rmtree(workspace / "contracts" / "grounds-maintenance-2025")
    remaining = {c["id"] for c in fiona.client.get("/api/contracts").json()["contracts"]}
    assert "grounds-maintenance-2025" not in remaining
