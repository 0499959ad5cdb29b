"""Check that known secret values reach no log record, CLI output, HTTP response or file under OUTPUT_DIR.

Both jobs run through the CLI and the HTTP trigger against FakeBlogger, with every logger at
DEBUG, in a run that succeeds and in one whose refresh token is rejected.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import function_app
from jobs.cli import main
from scraper.replay import ReplayServer
from tests.blogger_server import FakeBlogger
from tests.sites import copy_sample_day
from tests.test_faults_blogger import ENV_KEYS, blogger_env
from tests.test_faults_site import WebhookServer, user_function

CLIENT_SECRET = "GOCSPX-client-secret-7Qz3"
REFRESH_TOKEN = "1//refresh-token-Vx92kq"
WRONG_REFRESH_TOKEN = "1//revoked-token-Lp40ms"
LIBRARY_LOGGERS = ("urllib3", "googleapiclient", "google", "google_auth_httplib2", "azure", "requests", "httplib2")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(function_app, "utc_now", lambda: dt.datetime(2026, 8, 28, 1, 0, tzinfo=dt.timezone.utc))


@pytest.fixture
def fake() -> Iterator[FakeBlogger]:
    blog = FakeBlogger(client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN).start()
    yield blog
    blog.stop()


@pytest.fixture
def webhook() -> Iterator[WebhookServer]:
    with WebhookServer() as server:
        yield server


@pytest.fixture
def env(fake: FakeBlogger, webhook: WebhookServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Serve the 船橋 sample day, set the Blogger and alert settings, and return OUTPUT_DIR."""
    with ReplayServer(copy_sample_day("funabashi-2026-08-28", tmp_path / "site")) as site:
        for key, value in blogger_env(fake, site.base_url, tmp_path / "out", ALERT_WEBHOOK_URL=webhook.url).items():
            monkeypatch.setenv(key, value)
        yield tmp_path / "out"


def secrets(fake: FakeBlogger, webhook: WebhookServer) -> list[str]:
    """Return every secret of the run: OAuth values, issued access tokens and the webhook URL's token."""
    issued = sorted(fake._access_tokens)
    return [CLIENT_SECRET, REFRESH_TOKEN, WRONG_REFRESH_TOKEN, webhook.url.rsplit("/", 1)[1], *issued]


def debug_everything(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in LIBRARY_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)


def captured_texts(caplog: pytest.LogCaptureFixture, out: Path, *extra: str) -> dict[str, str]:
    """Return every captured text by where it came from: records, their tracebacks, extra output and files."""
    texts = {}
    for index, record in enumerate(caplog.records):
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        texts[f"record {index} {record.name}"] = text
    for index, item in enumerate(extra):
        texts[f"output {index}"] = item
    for path in out.rglob("*"):
        if path.is_file():
            texts[str(path)] = path.read_bytes().decode("utf-8", errors="replace")
    return texts


def assert_no_secret(texts: dict[str, str], values: list[str]) -> None:
    assert any(where.startswith("record") for where in texts)
    leaks = [(where, value) for where, text in texts.items() for value in values if value in text]
    assert leaks == []


def test_cli_jobs_leak_nothing(env: Path, fake: FakeBlogger, webhook: WebhookServer, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture) -> None:
    debug_everything(caplog)
    codes = [main(["-vv", command, "--date", "2026-08-28"]) for command in ("predict", "results")]
    output = capsys.readouterr()

    assert codes == [0, 0]
    assert fake._access_tokens  # an access token was issued, so it is among the values scanned for
    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    assert fake.api_requests("POST")
    assert_no_secret(captured_texts(caplog, env, output.out, output.err), secrets(fake, webhook))


def test_triggers_leak_nothing(env: Path, fake: FakeBlogger, webhook: WebhookServer, caplog: pytest.LogCaptureFixture) -> None:
    import azure.functions as func

    debug_everything(caplog)
    bodies = []
    for route in ("predict", "results"):
        request = func.HttpRequest(method="POST", url=f"http://localhost/api/runs/{route}", params={"date": "2026-08-28"}, body=b"")
        response = user_function(f"{route}_http")(request)
        assert response.status_code == 200
        bodies.append(response.get_body().decode("utf-8"))
    assert fake._access_tokens

    assert_no_secret(captured_texts(caplog, env, *bodies), secrets(fake, webhook))


def test_rejected_token_leaks_nothing(
    env: Path, fake: FakeBlogger, webhook: WebhookServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import azure.functions as func

    monkeypatch.setenv("BLOGGER_REFRESH_TOKEN", WRONG_REFRESH_TOKEN)
    debug_everything(caplog)
    request = func.HttpRequest(method="POST", url="http://localhost/api/runs/predict", params={"date": "2026-08-28"}, body=b"")
    response = user_function("predict_http")(request)

    assert response.status_code >= 500
    assert len(webhook.bodies) == 1
    texts = captured_texts(caplog, env, response.get_body().decode("utf-8"), repr(webhook.bodies))
    assert_no_secret(texts, secrets(fake, webhook))
