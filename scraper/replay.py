"""A loopback HTTP server that serves a folder of saved pages as if it were the site.

Files are served at their site paths: `/program/20250101210101.do` is read from
`folder/program/20250101210101.do`. `/syousai/{16 digits}.do` redirects with 302 to
`/uma_shosai/{16 digits}.do`, as the site does. Paths that would leave the folder get 404.

`faults` scripts responses per path so that a run can meet timeouts, 429s, bursts of 503,
slow or truncated responses and reset connections. The server runs in daemon threads of this
process and never forks.
"""

from __future__ import annotations

import logging
import mimetypes
import re
import socket
import struct
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

SITE_CONTENT_TYPE = "text/html; charset=Shift_JIS"
_CARD_REDIRECT = re.compile(r"/syousai/(\d{16})\.do")
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Fault:
    """One scripted response for a path.

    `status=None` serves the path as usual (after `delay_s`), so a fault can only slow a
    page down. `reset` closes the connection without a response. `truncate` announces a
    Content-Length longer than the body that is sent, then closes the connection.
    """

    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay_s: float = 0.0
    reset: bool = False
    truncate: bool = False


def _as_fault(item: Fault | Mapping[str, object]) -> Fault:
    if isinstance(item, Fault):
        return item
    return Fault(**item)  # type: ignore[arg-type]


class ReplayServer:
    """Serve `folder` on 127.0.0.1 at a free port, as a context manager.

    `folder` may also be a sequence of folders served as one site. A path is looked up in
    each folder in turn and the first file found is served. Captured real pages and written
    sample pages of the same day can so stay in separate folders.
    `faults` maps a path (without query) to its scripted responses, which are consumed in
    order. Once a path's list is used up, the path is served from the folder. Each item is a
    Fault or a dict of Fault's fields.
    """

    def __init__(
        self,
        folder: Path | Sequence[Path],
        *,
        faults: Mapping[str, Iterable[Fault | Mapping[str, object]]] | None = None,
    ) -> None:
        folders = [folder] if isinstance(folder, (str, Path)) else list(folder)
        if not folders:
            raise ValueError("the replay server needs at least one folder")
        self.folders = [Path(item).resolve() for item in folders]
        for item in self.folders:
            if not item.is_dir():
                raise NotADirectoryError(f"replay folder {item} does not exist or is not a directory")
        self.folder = self.folders[0]
        self.requests: list[tuple[str, str]] = []
        self._faults: dict[str, list[Fault]] = {
            path: [_as_fault(item) for item in items] for path, items in (faults or {}).items()
        }
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._base_url: str | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("the replay server is not started; call start() or use it in a with block")
        return self._base_url

    def start(self) -> "ReplayServer":
        handler = _make_handler(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self._base_url = f"http://{host}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # how long shutdown() may wait for the loop
            name="replay-server",
            daemon=True,
        )
        self._thread.start()
        logger.info("replay server for %s listening on %s", ", ".join(map(str, self.folders)), self.base_url)
        return self

    def close(self) -> None:
        if self._server is None:
            return
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        logger.debug("replay server for %s stopped", self.folder)

    def __enter__(self) -> "ReplayServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _record(self, method: str, path: str) -> Fault | None:
        """Store the request and return the next scripted fault for its path, if any."""
        with self._lock:
            self.requests.append((method, path))
            scripted = self._faults.get(path)
            if scripted:
                return scripted.pop(0)
        return None

    def _wait(self, seconds: float) -> None:
        """Sleep, but wake at once when the server closes so tests do not hang on slow faults."""
        if seconds > 0:
            self._closing.wait(seconds)

    def resolve(self, path: str) -> Path | None:
        """Map a request path to a file inside one of the folders, or None for anything outside them or missing."""
        decoded = unquote(path)
        if not decoded.startswith("/") or "\\" in decoded or "\x00" in decoded:
            return None
        parts = decoded.lstrip("/").split("/")
        if any(part in ("", ".", "..") for part in parts):
            return None
        for folder in self.folders:
            candidate = folder.joinpath(*parts).resolve()
            if candidate.is_relative_to(folder) and candidate.is_file():
                return candidate
        return None


def _content_type(file: Path) -> str:
    if file.suffix == ".do":
        return SITE_CONTENT_TYPE
    if file.name == "robots.txt":
        return "text/plain; charset=utf-8"
    guessed, _ = mimetypes.guess_type(file.name)
    return guessed or "application/octet-stream"


def _make_handler(replay: ReplayServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "ReplayServer/1"
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            self._answer(send_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(send_body=False)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            logger.debug("replay %s: " + format, self.address_string(), *args)

        def _answer(self, send_body: bool) -> None:
            raw_path = self.path
            path = urlsplit(raw_path).path if raw_path.startswith("/") else raw_path
            fault = replay._record(self.command, path)
            try:
                if fault is not None:
                    replay._wait(fault.delay_s)
                    if replay._closing.is_set():
                        return
                    if fault.reset:
                        self._reset()
                        return
                    if fault.status is not None:
                        self._send(fault.status, dict(fault.headers), fault.body, send_body, fault.truncate)
                        return
                self._serve_path(path, send_body, truncate=fault.truncate if fault else False,
                                 extra_headers=dict(fault.headers) if fault else {})
            except (BrokenPipeError, ConnectionResetError):
                logger.debug("replay client closed the connection early on %s", path)

        def _serve_path(self, path: str, send_body: bool, truncate: bool, extra_headers: dict[str, str]) -> None:
            redirect = _CARD_REDIRECT.fullmatch(path)
            if redirect:
                location = f"{replay.base_url}/uma_shosai/{redirect.group(1)}.do"
                self._send(302, {"Location": location, **extra_headers}, b"", send_body, False)
                return
            file = replay.resolve(path)
            if file is None:
                self._send(404, {"Content-Type": "text/plain; charset=utf-8"}, b"not found\n", send_body, False)
                return
            headers = {"Content-Type": _content_type(file), **extra_headers}
            self._send(200, headers, file.read_bytes(), send_body, truncate)

        def _send(self, status: int, headers: dict[str, str], body: bytes, send_body: bool, truncate: bool) -> None:
            self.send_response(status)
            announced = len(body) + (max(64, len(body) // 2) if truncate else 0)
            if status not in _REDIRECT_STATUSES or body:
                headers.setdefault("Content-Type", "text/html; charset=Shift_JIS")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(announced))
            if truncate:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if send_body:
                self.wfile.write(body)
            self.wfile.flush()

        def _reset(self) -> None:
            """Close the connection with a TCP reset and no response at all."""
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

    return Handler
