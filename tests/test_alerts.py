"""Failure alerts: a webhook that breaks mid-response is logged, never raised."""

from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from jobs.alerts import send_alert
from jobs.settings import load_settings


class TruncatingWebhook(BaseHTTPRequestHandler):
    """Announce a 100-byte body, send 2 bytes and close, so the client's read fails."""

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Length", "100")
        self.end_headers()
        self.wfile.write(b"ok")
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_truncated_webhook_response_logged(caplog: pytest.LogCaptureFixture) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), TruncatingWebhook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        settings = load_settings({"ALERT_WEBHOOK_URL": f"http://{host}:{port}/hook"})
        with caplog.at_level("ERROR"):
            delivered = send_alert(settings, job="predict", date=dt.date(2025, 1, 1), error=RuntimeError("boom"))
    finally:
        server.shutdown()
        server.server_close()

    assert delivered is False
    assert "alert to ALERT_WEBHOOK_URL failed" in caplog.text
