"""Blogger faults met by the real morning job: FakeBlogger on 127.0.0.1 behind the real client.

Transient errors are retried until the post goes out. Rejected credentials end in one error
with the steps to re-authorise. A post inserted just before a failed state write is
found again by the next run, which updates it instead of posting twice.
"""

from __future__ import annotations

import logging
import sqlite3
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

import jobs
from jobs.settings import load_settings
from publisher.base import PublishAuthError
from scraper.replay import ReplayServer
from store.errors import StoreError
from tests.blogger_server import FakeBlogger
from tests.sites import UNSET_KEYS, copy_sample_day, job_env
from tests.test_faults_site import DATE

ENV_KEYS = UNSET_KEYS


def blogger_env(fake: FakeBlogger, base_url: str, out: Path, **extra: str) -> dict[str, str]:
    """Return job settings that publish to `fake` and read the site at `base_url`."""
    env = job_env(
        base_url,
        out,
        BLOGGER_BLOG_ID=fake.blog_id,
        BLOGGER_CLIENT_ID=fake.client_id,
        BLOGGER_CLIENT_SECRET=fake.client_secret,
        BLOGGER_REFRESH_TOKEN=fake.refresh_token,
        BLOGGER_API_ENDPOINT=fake.url,
        BLOGGER_TOKEN_URI=f"{fake.url}/token",
    )
    env.update(extra)
    return env


def live_posts(fake: FakeBlogger) -> list[dict]:
    return [post for post in fake.posts.values() if post["status"] == "LIVE"]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make googleapiclient's randomised backoff wait 0 s, so retried calls take milliseconds."""
    import googleapiclient.http

    monkeypatch.setattr(googleapiclient.http, "random", types.SimpleNamespace(random=lambda: 0.0))


@pytest.fixture
def fake() -> Iterator[FakeBlogger]:
    blog = FakeBlogger().start()
    yield blog
    blog.stop()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[ReplayServer]:
    with ReplayServer(copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")) as server:
        yield server


def run_predict(fake: FakeBlogger, site: ReplayServer, out: Path) -> dict:
    return jobs.predict(DATE, load_settings(blogger_env(fake, site.base_url, out)))


def test_publishes_one_post(fake: FakeBlogger, site: ReplayServer, tmp_path: Path) -> None:
    summary = run_predict(fake, site, tmp_path / "out")

    (post,) = live_posts(fake)
    assert summary["venues"][0]["post_id"] == post["id"]
    assert "2025-01-01" in post["labels"]


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_transient_status_retried(fake: FakeBlogger, site: ReplayServer, tmp_path: Path, no_backoff: None, status: int) -> None:
    fake.fail_next(status, times=2)
    summary = run_predict(fake, site, tmp_path / "out")

    (post,) = live_posts(fake)
    assert summary["venues"][0]["post_id"] == post["id"]


def test_plain_403_not_retried(fake: FakeBlogger, site: ReplayServer, tmp_path: Path, no_backoff: None) -> None:
    # googleapiclient retries a 403 only for a rate-limit reason, and FakeBlogger sends "forbidden".
    fake.fail_next(403)
    with pytest.raises(PublishAuthError):
        run_predict(fake, site, tmp_path / "out")

    assert len(fake.api_requests()) == 1
    assert live_posts(fake) == []


def assert_reauthorise_error(error: BaseException) -> None:
    message = str(error)
    assert "python -m jobs blogger-auth" in message
    assert "BLOGGER_REFRESH_TOKEN" in message
    assert "7 days" in message
    assert "Testing" in message


@pytest.mark.parametrize("status", [401, 403])
def test_denied_asks_reauthorise(fake: FakeBlogger, site: ReplayServer, tmp_path: Path, no_backoff: None, status: int) -> None:
    fake.deny_status = status
    with pytest.raises(PublishAuthError) as caught:
        run_predict(fake, site, tmp_path / "out")

    assert_reauthorise_error(caught.value)
    assert live_posts(fake) == []


def test_invalid_grant_asks_reauthorise(fake: FakeBlogger, site: ReplayServer, tmp_path: Path) -> None:
    env = blogger_env(fake, site.base_url, tmp_path / "out", BLOGGER_REFRESH_TOKEN="revoked-refresh-token")
    with pytest.raises(PublishAuthError) as caught:
        jobs.predict(DATE, load_settings(env))

    assert_reauthorise_error(caught.value)
    assert "invalid_grant" in str(caught.value)
    assert fake.api_requests() == []
    assert live_posts(fake) == []


def test_denied_via_trigger_logs_once(
    fake: FakeBlogger, site: ReplayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.test_faults_site import call_predict_http

    fake.deny_status = 401
    with caplog.at_level(logging.INFO):
        response = call_predict_http(monkeypatch, blogger_env(fake, site.base_url, tmp_path / "out"))

    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert response.status_code == 500
    assert len(errors) == 1
    assert_reauthorise_error(errors[0].getMessage())
    assert live_posts(fake) == []


def test_denied_via_cli_message(
    fake: FakeBlogger, site: ReplayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from jobs.cli import main

    fake.deny_status = 401
    for key, value in blogger_env(fake, site.base_url, tmp_path / "out").items():
        monkeypatch.setenv(key, value)
    code = main(["predict", "--date", "2025-01-01"])

    assert code != 0
    assert "blogger-auth" in capsys.readouterr().err


def fail_post_writes(state: Path) -> None:
    """Create the state store with a trigger that makes every write of a post id fail."""
    from store.sqlite import SQLiteStore

    SQLiteStore(state).close()
    with sqlite3.connect(state) as db:
        db.execute("CREATE TRIGGER reject_post BEFORE INSERT ON posts BEGIN SELECT RAISE(ABORT, 'disk full'); END")


def allow_post_writes(state: Path) -> None:
    with sqlite3.connect(state) as db:
        db.execute("DROP TRIGGER reject_post")


def test_store_failure_after_insert(fake: FakeBlogger, site: ReplayServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    fail_post_writes(out / "state.sqlite3")
    with pytest.raises(StoreError):
        run_predict(fake, site, out)
    (inserted,) = live_posts(fake)

    allow_post_writes(out / "state.sqlite3")
    summary = run_predict(fake, site, out)

    assert len(live_posts(fake)) == 1
    assert summary["venues"][0]["post_id"] == inserted["id"]
    assert len(fake.api_requests("POST")) == 1


def test_store_deleted_after_insert(fake: FakeBlogger, site: ReplayServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_predict(fake, site, out)
    for name in ("state.sqlite3", "state.sqlite3-wal", "state.sqlite3-shm"):
        (out / name).unlink(missing_ok=True)
    second = run_predict(fake, site, out)

    assert len(live_posts(fake)) == 1
    assert second["venues"][0]["post_id"] == first["venues"][0]["post_id"]
    assert len(fake.api_requests("POST")) == 1


def test_recorded_post_deleted_on_blog(fake: FakeBlogger, site: ReplayServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_predict(fake, site, out)
    del fake.posts[first["venues"][0]["post_id"]]
    second = run_predict(fake, site, out)

    (post,) = live_posts(fake)
    assert second["venues"][0]["post_id"] == post["id"]


def test_draft_with_same_title_reused(fake: FakeBlogger, site: ReplayServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_predict(fake, site, out)
    post = fake.posts[first["venues"][0]["post_id"]]
    post["status"] = "DRAFT"  # reverted to draft by hand on the blog
    (out / "state.sqlite3").unlink()
    second = run_predict(fake, site, out)

    assert second["venues"][0]["post_id"] == post["id"]
    assert len(fake.posts) == 1
