"""Tests for `blogger-auth`: the installed-app flow against a token endpoint on 127.0.0.1.

A thread plays the browser: it reads the authorization URL, checks it, and sends the
redirect to the flow's loopback server with a code and the state from that URL.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from jobs.blogger_auth import (
    BLOGGER_SCOPE,
    EXIT_AUTH_FAILED,
    EXIT_BAD_CLIENT_SECRETS,
    EXIT_OK,
    run_blogger_auth,
)

CLIENT_ID = "1234-test.apps.googleusercontent.com"
CLIENT_SECRET = "client-secret-abc123"
GOOD_CODE = "4/good-code"
REFRESH_TOKEN = "1//refresh-token-xyz789"
ACCESS_TOKEN = "ya29.access-token-000"


class TokenServer:
    """A loopback OAuth token endpoint that accepts one authorization code."""

    def __init__(self) -> None:
        self.requests: list[dict[str, list[str]]] = []
        self.omit_refresh_token = False
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                length = int(self.headers.get("Content-Length", "0"))
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                server.requests.append(form)
                if form.get("code") != [GOOD_CODE] or self._client_secret(form) != CLIENT_SECRET:
                    self._send(400, {"error": "invalid_grant", "error_description": "Bad Request"})
                    return
                body = {
                    "access_token": ACCESS_TOKEN,
                    "expires_in": 3599,
                    "token_type": "Bearer",
                    "scope": BLOGGER_SCOPE,
                }
                if not server.omit_refresh_token:
                    body["refresh_token"] = REFRESH_TOKEN
                self._send(200, body)

            def _client_secret(self, form: dict[str, list[str]]) -> str | None:
                # Clients may send their credentials as HTTP Basic auth or in the form body.
                header = self.headers.get("Authorization", "")
                if header.startswith("Basic "):
                    user, _, password = base64.b64decode(header[6:]).decode().partition(":")
                    return password if user == CLIENT_ID else None
                return form.get("client_secret", [None])[0]

            def do_GET(self) -> None:  # noqa: N802 - the consent page stand-in
                self._send(200, {"page": "consent"})

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server API
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class FakeBrowser:
    """Receives the authorization URL and sends the redirect a consenting user's browser would send."""

    def __init__(self, code: str = GOOD_CODE, error: str | None = None, state: str | None = None) -> None:
        self.code = code
        self.error = error
        self.state = state
        self.url: str | None = None
        self.page: str | None = None
        self.thread: threading.Thread | None = None

    def __call__(self, url: str) -> None:
        self.url = url
        self.thread = threading.Thread(target=self._redirect, daemon=True)
        self.thread.start()

    def query(self) -> dict[str, str]:
        return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.url).query))

    def _redirect(self) -> None:
        query = self.query()
        params = {"state": self.state or query["state"]}
        if self.error:
            params["error"] = self.error
        else:
            params["code"] = self.code
            params["scope"] = BLOGGER_SCOPE
        target = f"{query['redirect_uri']}?{urllib.parse.urlencode(params)}"
        with urllib.request.urlopen(target, timeout=5) as response:
            self.page = response.read().decode("utf-8")


@pytest.fixture
def token_server() -> Iterator[TokenServer]:
    server = TokenServer()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def loopback_token_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    # requests-oauthlib rejects a plain-http token endpoint unless this is set. The test
    # endpoint is http on 127.0.0.1, while Google's real endpoint is https.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")


def write_secrets(tmp_path: Path, server: TokenServer, kind: str = "installed", **overrides: object) -> Path:
    section = {
        "client_id": CLIENT_ID,
        "project_id": "nankan-teio-test",
        "auth_uri": f"{server.base_url}/auth",
        "token_uri": f"{server.base_url}/token",
        "client_secret": CLIENT_SECRET,
        "redirect_uris": ["http://localhost"],
    }
    section.update(overrides)
    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps({kind: section}), encoding="utf-8")
    return path


def run(secrets: Path, browser: FakeBrowser) -> tuple[int, str]:
    out = io.StringIO()
    code = run_blogger_auth(secrets, open_browser=True, port=0, out=out, open_url=browser, timeout_s=10)
    if browser.thread is not None:
        browser.thread.join(timeout=5)
    return code, out.getvalue()


def test_auth_prints_refresh_token(tmp_path: Path, token_server: TokenServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    browser = FakeBrowser()

    code, output = run(write_secrets(tmp_path, token_server), browser)

    assert code == EXIT_OK
    assert output.count(REFRESH_TOKEN) == 1
    assert f"BLOGGER_REFRESH_TOKEN = {REFRESH_TOKEN}" in output
    assert f"BLOGGER_CLIENT_ID     = {CLIENT_ID}" in output
    assert "BLOGGER_CLIENT_SECRET" in output
    assert "BLOGGER_BLOG_ID" in output
    assert "blogger.com/blog/posts/<数字>" in output
    assert "7 日で失効" in output
    assert "本番環境" in output
    assert CLIENT_SECRET not in output
    assert ACCESS_TOKEN not in output
    assert browser.page == "認可が完了しました。このウィンドウを閉じて、端末に戻ってください。"


def test_auth_keeps_secrets_out_of_logs(tmp_path: Path, token_server: TokenServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    code, _ = run(write_secrets(tmp_path, token_server), FakeBrowser())

    assert code == EXIT_OK
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Blogger authorization finished" in logged
    assert REFRESH_TOKEN not in logged
    assert ACCESS_TOKEN not in logged
    assert CLIENT_SECRET not in logged
    assert GOOD_CODE not in logged
    assert urllib.parse.quote(GOOD_CODE, safe="") not in logged


def test_auth_url_requests_offline_consent(tmp_path: Path, token_server: TokenServer) -> None:
    browser = FakeBrowser()

    code, output = run(write_secrets(tmp_path, token_server), browser)

    query = browser.query()
    assert code == EXIT_OK
    assert browser.url.startswith(f"{token_server.base_url}/auth?")
    assert browser.url in output
    assert query["access_type"] == "offline"
    assert query["prompt"] == "consent"
    assert query["scope"] == BLOGGER_SCOPE
    assert query["client_id"] == CLIENT_ID
    assert query["redirect_uri"].startswith("http://127.0.0.1:")


def test_auth_exchange_sends_code(tmp_path: Path, token_server: TokenServer) -> None:
    code, _ = run(write_secrets(tmp_path, token_server), FakeBrowser())

    assert code == EXIT_OK
    assert len(token_server.requests) == 1
    form = token_server.requests[0]
    assert form["grant_type"] == ["authorization_code"]
    assert form["code"] == [GOOD_CODE]
    assert len(form["code_verifier"][0]) >= 43
    assert form["redirect_uri"][0].startswith("http://127.0.0.1:")


def test_auth_invalid_grant_fails(tmp_path: Path, token_server: TokenServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    code, output = run(write_secrets(tmp_path, token_server), FakeBrowser(code="4/stale-code"))

    assert code == EXIT_AUTH_FAILED
    assert "invalid_grant" in output
    assert "もう一度実行してください" in output
    assert "Blogger authorization failed: invalid_grant" in caplog.text
    assert CLIENT_SECRET not in caplog.text


def test_auth_access_denied_fails(tmp_path: Path, token_server: TokenServer) -> None:
    code, output = run(write_secrets(tmp_path, token_server), FakeBrowser(error="access_denied"))

    assert code == EXIT_AUTH_FAILED
    assert "認可が拒否されました" in output
    assert token_server.requests == []


def test_auth_state_mismatch_fails(tmp_path: Path, token_server: TokenServer) -> None:
    code, output = run(write_secrets(tmp_path, token_server), FakeBrowser(state="forged-state"))

    assert code == EXIT_AUTH_FAILED
    assert "state 不一致" in output
    assert token_server.requests == []


def test_auth_without_refresh_token_fails(tmp_path: Path, token_server: TokenServer) -> None:
    token_server.omit_refresh_token = True

    code, output = run(write_secrets(tmp_path, token_server), FakeBrowser())

    assert code == EXIT_AUTH_FAILED
    assert "リフレッシュトークンが発行されませんでした" in output
    assert "BLOGGER_REFRESH_TOKEN =" not in output


def test_auth_unreachable_token_endpoint(tmp_path: Path, token_server: TokenServer) -> None:
    secrets = write_secrets(tmp_path, token_server, token_uri="http://127.0.0.1:9/token")

    code, output = run(secrets, FakeBrowser())

    assert code == EXIT_AUTH_FAILED
    assert "http://127.0.0.1:9/token" in output
    assert "に接続できませんでした" in output


def test_auth_times_out_without_redirect(tmp_path: Path, token_server: TokenServer) -> None:
    out = io.StringIO()

    code = run_blogger_auth(write_secrets(tmp_path, token_server), open_browser=False, out=out, timeout_s=0.2)

    assert code == EXIT_AUTH_FAILED
    assert "0.2 秒待っても" in out.getvalue()
    assert f"{token_server.base_url}/auth?" in out.getvalue()


def test_secrets_missing_file(tmp_path: Path) -> None:
    out = io.StringIO()

    code = run_blogger_auth(tmp_path / "absent.json", out=out, open_url=FakeBrowser())

    assert code == EXIT_BAD_CLIENT_SECRETS
    assert "absent.json が見つかりません" in out.getvalue()
    assert "デスクトップ アプリ" in out.getvalue()


def test_secrets_web_client_rejected(tmp_path: Path, token_server: TokenServer) -> None:
    out = io.StringIO()
    secrets = write_secrets(tmp_path, token_server, kind="web")

    code = run_blogger_auth(secrets, out=out, open_url=FakeBrowser())

    assert code == EXIT_BAD_CLIENT_SECRETS
    assert "ウェブ アプリケーション用のクライアントです" in out.getvalue()
    assert "\"installed\"" in out.getvalue()


def test_secrets_invalid_json(tmp_path: Path) -> None:
    out = io.StringIO()
    secrets = tmp_path / "client_secret.json"
    secrets.write_text("{not json", encoding="utf-8")

    code = run_blogger_auth(secrets, out=out, open_url=FakeBrowser())

    assert code == EXIT_BAD_CLIENT_SECRETS
    assert "JSON として読めません" in out.getvalue()


def test_secrets_missing_key(tmp_path: Path, token_server: TokenServer) -> None:
    out = io.StringIO()
    secrets = write_secrets(tmp_path, token_server, client_secret="")

    code = run_blogger_auth(secrets, out=out, open_url=FakeBrowser())

    assert code == EXIT_BAD_CLIENT_SECRETS
    assert "\"installed\" に client_secret がありません" in out.getvalue()
