"""The review desk: officers decide, approve and track redactions in the browser.

``transparency desk`` serves a local web application (Starlette on Uvicorn) over the same
decisions layer as ``transparency review`` and ``approve``: every decision is built and checked
by :class:`~transparency.decisions.session.DecisionSession` and saved by
:class:`~transparency.decisions.store.DecisionStore`, with its history entry, under the
contract's lock. The desk adds the page the passage sits on, a reason library, bulk decisions
and a JSON API (documented in ``docs/desk.md``).

- :mod:`.service`: what the desk knows and does, in terms of the decisions layer;
- :mod:`.layout`: page images and the boxes of each passage on them;
- :mod:`.reasons`: the workspace's house reasons (``reasons.yaml``);
- :mod:`.app`: the HTTP application (routes, sessions, CSRF, headers);
- :mod:`.server`: running it with Uvicorn.
"""
