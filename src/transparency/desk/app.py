"""The desk's HTTP application (Starlette): the pages, the JSON API and who may use them.

**Who.** The desk prints an address with a fresh random token. Opening it starts a session: a
random id in an ``HttpOnly``, ``SameSite=Strict`` cookie, tied on the server to the officer and
to a CSRF token. Every write (POST, PUT, DELETE) with the cookie must send that CSRF token in
``X-CSRF-Token`` (the page reads it from ``GET /api/session``); a script may instead send
``Authorization: Bearer TOKEN`` with the printed token. On a non-loopback address
(``--allow-remote``) the token alone is not enough: each officer signs in with a name and
password from the logins file (see ``docs/desk.md``).

**Where from.** Only the desk's own host names are served (a DNS-rebinding page cannot reach
it), a write whose ``Origin`` is another site is refused, and every response carries a Content
Security Policy that allows nothing but the desk itself: no third-party request is possible.

**Errors** are JSON: ``{"error": ..., "hint": ..., "problems": [{"file", "record", "field",
"message"}]}``, with 404 for what is not there, 403 for what is not allowed, 409 for a
conflict with another officer's change and 422 for a decision that does not hold.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from transparency.decisions.store import Conflict
from transparency.desk.logins import Logins
from transparency.desk.service import Desk, NotFound, Officer, Refused, problems_of
from transparency.errors import TransparencyError, ValidationError

__all__ = ["DeskSettings", "create_app"]

COOKIE = "tp_desk"
CSRF_HEADER = "x-csrf-token"
_WRITES = {"POST", "PUT", "PATCH", "DELETE"}
_LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self';"
        " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
        " form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


@dataclass
class DeskSettings:
    """How the desk was started."""

    officer: str | None  # the desk's officer (local use); None with logins
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    hosts: list[str] = field(default_factory=lambda: list(_LOOPBACK))
    logins: Logins | None = None  # sign-in by name and password (remote use)


@dataclass
class _Session:
    officer: str
    csrf: str


class _Sessions:
    def __init__(self) -> None:
        self._by_id: dict[str, _Session] = {}
        self._lock = threading.Lock()

    def start(self, officer: str) -> tuple[str, _Session]:
        sid = secrets.token_urlsafe(32)
        session = _Session(officer, secrets.token_urlsafe(32))
        with self._lock:
            self._by_id[sid] = session
        return sid, session

    def get(self, sid: str | None) -> _Session | None:
        if not sid:
            return None
        with self._lock:
            return self._by_id.get(sid)

    def end(self, sid: str | None) -> None:
        with self._lock:
            self._by_id.pop(sid or "", None)


def _error(status: int, message: str, hint: str = "", problems: list | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": message, "hint": hint, "problems": problems or []},
        status_code=status,
        headers={"cache-control": "no-store"},
    )


def _status_of(error: TransparencyError) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, Refused):
        return 403
    if isinstance(error, Conflict):
        return 409
    if isinstance(error, ValidationError):
        return 422
    return 400


def _static_dir() -> Path:
    return Path(str(resources.files("transparency.desk") / "static"))


def create_app(desk: Desk, settings: DeskSettings) -> Starlette:  # noqa: PLR0915 (the routes)
    """The desk's application over ``desk``, as ``settings`` say."""
    sessions = _Sessions()
    static = _static_dir()

    def officer_of(request: Request) -> tuple[Officer | None, _Session | None]:
        """Who is asking (and their session, when they came with the cookie)."""
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer ") and settings.logins is None:
            given = header[7:].strip()
            if hmac.compare_digest(given.encode(), settings.token.encode()):
                return desk.officer(settings.officer or ""), None
            return None, None
        session = sessions.get(request.cookies.get(COOKIE))
        if session is None:
            return None, None
        return desk.officer(session.officer), session

    def api(handler: Callable[..., Any], *, write: bool = False, raw: bool = False):
        """An API endpoint: checks who asks (and the CSRF token of a write), runs ``handler``
        in a worker thread, and turns the tool's errors into JSON."""

        async def endpoint(request: Request) -> Response:  # noqa: PLR0911
            try:
                officer, session = officer_of(request)
            except TransparencyError as error:
                return _error(403, error.message, error.hint)
            if officer is None:
                return _error(
                    401,
                    "not signed in to the desk",
                    "Open the address `transparency desk` printed, with its token.",
                )
            if request.method in _WRITES:
                origin = request.headers.get("origin")
                if origin and urlsplit(origin).netloc != request.headers.get("host"):
                    return _error(403, "a write from another site is refused")
                if session is not None and not hmac.compare_digest(
                    request.headers.get(CSRF_HEADER, "").encode(), session.csrf.encode()
                ):
                    return _error(
                        403,
                        "the request lacks the desk's CSRF token",
                        "Reload the desk's page and try again.",
                    )
            body: Any = None
            if write and request.method in ("POST", "PUT"):
                try:
                    body = await request.json()
                except ValueError:
                    return _error(400, "the request's body is not JSON")
                if not isinstance(body, dict):
                    return _error(422, "expected a JSON object")
            try:
                result = await run_in_threadpool(
                    handler, request, officer, *(() if body is None else (body,))
                )
            except TransparencyError as error:
                return _error(_status_of(error), error.message, error.hint, problems_of(error))
            if raw:
                return result
            status = 201 if request.method == "POST" else 200
            return JSONResponse(result, status_code=status, headers={"cache-control": "no-store"})

        return endpoint

    def cid(request: Request) -> str:
        return request.path_params["contract"]

    # -- the API ---------------------------------------------------------------------------

    def who(request, officer):
        session = sessions.get(request.cookies.get(COOKIE))
        return {**officer.to_dict(), "csrf": session.csrf if session else None}

    def contracts(request, officer):
        return {"contracts": desk.contracts()}

    def contract(request, officer):
        session = desk.session(cid(request), officer, _role(officer))
        return {**desk.contract(session), "catalogue": desk.catalogue(session)}

    def passages(request, officer):
        return desk.passages(desk.session(cid(request), officer, _role(officer)))

    def passage(request, officer):
        session = desk.session(cid(request), officer, _role(officer))
        item = desk.passage(session, request.path_params["key"])
        item["boxes"] = desk.boxes(session, item["document"], item["start"], item["end"])
        return item

    def adjust(request, officer, body):
        return desk.adjust(desk.session(cid(request), officer, _role(officer)), body)

    def selection(request, officer, body):
        return desk.select(desk.session(cid(request), officer, _role(officer)), body)

    def decide(request, officer, body):
        return desk.decide(desk.session(cid(request), officer, "decide"), body)

    def undo(request, officer):
        seen = request.query_params.get("seen")
        return desk.undo(
            desk.session(cid(request), officer, "decide"), request.path_params["key"], seen
        )

    def approvals(request, officer):
        return desk.approvals(desk.session(cid(request), officer, "approve"))

    def approve(request, officer, body):
        return desk.approve(desk.session(cid(request), officer, "approve"), body)

    def renew(request, officer, body):
        return desk.renew(desk.session(cid(request), officer, "decide"), body)

    def orphan(request, officer, body):
        return desk.resolve_orphan(desk.session(cid(request), officer, "decide"), body)

    def _document_page(request) -> tuple[str, int]:
        name = request.query_params.get("document", "")
        try:
            number = int(request.path_params["page"])
        except ValueError:
            raise NotFound("pages are numbered 1, 2, 3 ...") from None
        return name, number

    def page(request, officer):
        session = desk.session(cid(request), officer, _role(officer))
        name, number = _document_page(request)
        return desk.page(session, name, number)

    def page_image(request, officer):
        session = desk.session(cid(request), officer, _role(officer))
        name, number = _document_page(request)
        return Response(
            desk.page_image(session, name, number),
            media_type="image/png",
            headers={"cache-control": "private, max-age=3600"},
        )

    def blocks(request, officer):
        session = desk.session(cid(request), officer, _role(officer))
        try:
            offset = int(request.query_params.get("offset", "0"))
        except ValueError:
            offset = 0
        return desk.blocks(session, request.query_params.get("document", ""), offset)

    def boxes(request, officer):
        session = desk.session(cid(request), officer, _role(officer))
        q = request.query_params
        try:
            start, end = int(q.get("start", "")), int(q.get("end", ""))
        except ValueError:
            raise NotFound("give 'start' and 'end' as numbers") from None
        return {"boxes": desk.boxes(session, q.get("document", ""), start, end)}

    def due(request, officer):
        return {"due": desk.due()}

    def reasons(request, officer):
        return {"reasons": desk.reasons()}

    def add_reason(request, officer, body):
        return desk.save_reason(body)

    def edit_reason(request, officer, body):
        return desk.save_reason(body, replaces=request.path_params["title"])

    def delete_reason(request, officer):
        desk.delete_reason(request.path_params["title"])
        return {"deleted": request.path_params["title"]}

    def preview(request, officer):
        session = desk.session(cid(request), officer, _role(officer))
        return HTMLResponse(desk.preview(session), headers={"cache-control": "no-store"})

    # -- the pages --------------------------------------------------------------------------

    async def index(request: Request) -> Response:
        token = request.query_params.get("token")
        if token is not None and settings.logins is None:
            if not hmac.compare_digest(token.encode(), settings.token.encode()):
                return _page(401, "This address's token is not the desk's current one.")
            sid, _ = sessions.start(settings.officer or "")
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(COOKIE, sid, httponly=True, samesite="strict", path="/")
            return response
        officer, _ = officer_of(request)
        if officer is None:
            if settings.logins is not None:
                return RedirectResponse("/login", status_code=303)
            return _page(
                401,
                "Open the desk with the address `transparency desk` printed in the terminal"
                " (it ends with ?token=...).",
            )
        return HTMLResponse((static / "desk.html").read_text(encoding="utf-8"))

    async def login(request: Request) -> Response:
        if settings.logins is None:
            return RedirectResponse("/", status_code=303)
        message = ""
        if request.method == "POST":
            form = await _form(request)
            name, password = form.get("name", ""), form.get("password", "")
            person = await run_in_threadpool(settings.logins.check, name, password)
            if person is not None:
                sid, _ = sessions.start(person)
                response = RedirectResponse("/", status_code=303)
                response.set_cookie(
                    COOKIE,
                    sid,
                    httponly=True,
                    samesite="strict",
                    path="/",
                    secure=request.url.scheme == "https",
                )
                return response
            message = "That name and password do not match a login of this desk."
        return HTMLResponse(_login_page(message), status_code=401 if message else 200)

    async def logout(request: Request) -> Response:
        sessions.end(request.cookies.get(COOKIE))
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    def _role(officer: Officer) -> str:
        return "decide" if officer.decider else "approve"

    base = "/api/contracts/{contract}"
    routes = [
        Route("/", index),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/preview/{contract}", api(preview, raw=True)),
        Route("/api/session", api(who)),
        Route("/api/contracts", api(contracts)),
        Route(base, api(contract)),
        Route(base + "/passages", api(passages)),
        Route(base + "/passages/adjust", api(adjust, write=True), methods=["POST"]),
        Route(base + "/passages/{key}", api(passage)),
        Route(base + "/selection", api(selection, write=True), methods=["POST"]),
        Route(base + "/decisions", api(decide, write=True), methods=["POST"]),
        Route(base + "/decisions/{key}", api(undo), methods=["DELETE"]),
        Route(base + "/approvals", api(approvals)),
        Route(base + "/approvals", api(approve, write=True), methods=["POST"]),
        Route(base + "/renewals", api(renew, write=True), methods=["POST"]),
        Route(base + "/orphans", api(orphan, write=True), methods=["POST"]),
        Route(base + "/pages/{page}.png", api(page_image, raw=True)),
        Route(base + "/pages/{page}", api(page)),
        Route(base + "/blocks", api(blocks)),
        Route(base + "/boxes", api(boxes)),
        Route("/api/due", api(due)),
        Route("/api/reasons", api(reasons)),
        Route("/api/reasons", api(add_reason, write=True), methods=["POST"]),
        Route("/api/reasons/{title}", api(edit_reason, write=True), methods=["PUT"]),
        Route("/api/reasons/{title}", api(delete_reason), methods=["DELETE"]),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api/"):
            return _error(404, "no such address in the desk's API", "See docs/desk.md.")
        return _page(404, "There is no such page in the desk.")

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return _error(405, f"{request.method} is not allowed here", "See docs/desk.md.")

    return Starlette(
        routes=routes,
        middleware=[
            Middleware(_SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=settings.hosts),
        ],
        exception_handlers={404: not_found, 405: not_allowed},
    )


class _SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response (an ASGI middleware)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [
                    (k.encode(), v.encode())
                    for k, v in SECURITY_HEADERS.items()
                    if k.encode() not in present
                ]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, sending)


async def _form(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body, without python-multipart."""
    from urllib.parse import parse_qs

    raw = (await request.body()).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}


def _shell(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>"
        '<link rel="stylesheet" href="/static/desk.css">'
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"></head>'
        f'<body><main id="main" class="plain-page">{body}</main></body></html>'
    )


def _page(status: int, message: str) -> HTMLResponse:
    import html

    return HTMLResponse(
        _shell(
            "Review desk",
            f"<h1>Review desk</h1><p>{html.escape(message)}</p>",
        ),
        status_code=status,
    )


def _login_page(message: str) -> str:
    import html

    error = f'<p class="error" role="alert">{html.escape(message)}</p>' if message else ""
    return _shell(
        "Sign in: review desk",
        "<h1>Sign in to the review desk</h1>"
        f"{error}"
        '<form method="post" action="/login" class="login">'
        '<p><label for="name">Your name, as transparency.yaml lists it</label>'
        '<input id="name" name="name" autocomplete="username" required></p>'
        '<p><label for="password">Password</label>'
        '<input id="password" name="password" type="password"'
        ' autocomplete="current-password" required></p>'
        '<p><button type="submit">Sign in</button></p></form>',
    )
