"""Running the desk: Uvicorn serving :func:`~transparency.desk.app.create_app`.

:class:`DeskServer` runs it in a background thread (for tests and tools) or in the calling
thread (``transparency desk``), on a given port or a free one (``port=0``), and says where it
listens once it does.
"""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from transparency.errors import TransparencyError

__all__ = ["DeskServer"]


class DeskServer:
    """The desk application on ``host``:``port`` (0: any free port)."""

    def __init__(
        self,
        app,
        host: str = "127.0.0.1",
        port: int = 8765,
        *,
        certfile: str | None = None,
        keyfile: str | None = None,
    ) -> None:
        self.host = host
        self._socket = _bind(host, port)
        self.port = self._socket.getsockname()[1]
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ssl_certfile=certfile,
            ssl_keyfile=keyfile,
            server_header=False,
            date_header=False,
        )
        self.scheme = "https" if certfile else "http"
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    def run(self) -> None:
        """Serve until interrupted (Ctrl-C)."""
        self._server.run(sockets=[self._socket])

    def start(self) -> DeskServer:
        """Serve in a background thread; returns once the server listens."""
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the desk's server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._socket.close()

    def __enter__(self) -> DeskServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if port and error.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise TransparencyError(
                f"port {port} on {host} is already in use (another desk may be running)",
                hint="Give another with --port, or --port 0 for any free port.",
            ) from None
        raise TransparencyError(
            f"cannot listen on {host}:{port} ({error.strerror})",
            hint="Check the address given with --host.",
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock
