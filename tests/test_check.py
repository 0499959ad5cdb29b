"""Tests for `check` against a replayed site and the fake Blogger, both on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from blogger_server import FakeBlogger, LoggedRequest, _handler_for
from jobs.check import EXIT_NG, EXIT_OK, Report, check_contact, run_check
from jobs.settings import load_settings
from scraper.replay import ReplayServer

SITE = Path(__file__).resolve().parent / "pages" / "constructed" / "kawasaki-2025-01-01"
NOW = dt.datetime(2025, 12, 3, 21, 0, tzinfo=dt.timezone.utc)
BLOG_NAME = "南関テイオー テスト"
BLOG_URL = "https://nankan-teio-test.blogspot.com/"
BLOG_BLOGS_PATH = re.compile(r"^/v3/blogs/(?P<blog_id>[^/?]+)$")


def start_blogger() -> FakeBlogger:
    """Start the fake Blogger with a blogs.get route, which the post-only fake does not serve."""
    fake = FakeBlogger()
    base = _handler_for(fake)

    class BlogHandler(base):  # type: ignore[misc, valid-type]
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            path = self.path.split("?", 1)[0]
            match = BLOG_BLOGS_PATH.match(path)
            if match is None:
                super().do_GET()
                return
            fake.requests.append(LoggedRequest("GET", path, {}, None))
            if self._bearer() not in fake._access_tokens:
                self._error(401, "Request had invalid authentication credentials.")
            elif match["blog_id"] != fake.blog_id:
                self._error(404, "Blog not found")
            else:
                self._json(200, {"kind": "blogger#blog", "id": fake.blog_id, "name": BLOG_NAME, "url": BLOG_URL})

    fake._server = ThreadingHTTPServer(("127.0.0.1", 0), BlogHandler)
    fake._server.daemon_threads = True
    fake._thread = threading.Thread(target=fake._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    fake._thread.start()
    return fake


@pytest.fixture
def blogger() -> Iterator[FakeBlogger]:
    fake = start_blogger()
    yield fake
    fake.stop()


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(SITE) as server:
        yield server


def base_env(site: ReplayServer, blogger: FakeBlogger) -> dict[str, str]:
    return {
        "NANKAN_BASE_URL": site.base_url,
        "CONTACT_URL": "https://nankan-teio-test.blogspot.com/p/contact.html",
        "PUBLISHER": "blogger",
        "BLOGGER_BLOG_ID": blogger.blog_id,
        "BLOGGER_CLIENT_ID": blogger.client_id,
        "BLOGGER_CLIENT_SECRET": blogger.client_secret,
        "BLOGGER_REFRESH_TOKEN": blogger.refresh_token,
        "BLOGGER_API_ENDPOINT": blogger.url,
        "BLOGGER_TOKEN_URI": f"{blogger.url}/token",
        "STATE_STORAGE_CONNECTION": "UseDevelopmentStorage=true",
        "PREDICT_SCHEDULE": "0 0 22 * * *",
        "RESULTS_SCHEDULE": "0 30 12 * * *",
    }


def check(env: dict[str, str]) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(env, out=out, now=NOW)
    return code, out.getvalue().splitlines()


def line_for(lines: list[str], label: str) -> str:
    matches = [line for line in lines if line.startswith(("[OK] ", "[NG] ")) and line[5:].startswith(label)]
    assert len(matches) == 1, f"expected one line for {label!r} in {lines}"
    return matches[0]


def test_check_all_ok(site: ReplayServer, blogger: FakeBlogger) -> None:
    code, lines = check(base_env(site, blogger))

    assert code == EXIT_OK
    assert lines[-1] == "すべて OK です。"
    assert not [line for line in lines if line.startswith("[NG]")]
    assert line_for(lines, "設定:").startswith("[OK]")
    assert line_for(lines, "CONTACT_URL").startswith("[OK]")
    assert line_for(lines, "robots.txt:").startswith("[OK]")
    assert "Crawl-delay 1 秒" in line_for(lines, "robots.txt:")


def test_check_prints_next_fire_times(site: ReplayServer, blogger: FakeBlogger) -> None:
    _, lines = check(base_env(site, blogger))

    predict = line_for(lines, "PREDICT_SCHEDULE")
    results = line_for(lines, "RESULTS_SCHEDULE")
    assert predict.startswith("[OK]")
    assert "2025-12-04 07:00:00 JST (2025-12-03 22:00:00 UTC) → 開催日 2025-12-04" in predict
    assert "2025-12-06 07:00:00 JST (2025-12-05 22:00:00 UTC) → 開催日 2025-12-06" in predict
    assert "2025-12-04 21:30:00 JST (2025-12-04 12:30:00 UTC) → 開催日 2025-12-04" in results


def test_check_robots_paths_allowed(site: ReplayServer, blogger: FakeBlogger) -> None:
    _, lines = check(base_env(site, blogger))

    for label, path in (
        ("出馬表", "/syousai/"),
        ("出馬表（転送先）", "/uma_shosai/"),
        ("番組表", "/program/"),
        ("結果", "/result/"),
        ("開催カレンダー", "/calendar/"),
    ):
        line = line_for(lines, f"robots.txt {label}:")
        assert line.startswith("[OK]"), line
        assert path in line


def test_check_reads_robots_once(site: ReplayServer, blogger: FakeBlogger) -> None:
    check(base_env(site, blogger))

    assert [path for _, path in site.requests] == ["/robots.txt"]


def test_check_blogger_shows_blog(site: ReplayServer, blogger: FakeBlogger) -> None:
    _, lines = check(base_env(site, blogger))

    line = line_for(lines, f"Blogger ブログ {blogger.blog_id}")
    assert line.startswith("[OK]")
    assert BLOG_NAME in line
    assert BLOG_URL in line
    assert [request.method for request in blogger.requests] == ["POST", "GET"]


def test_check_bad_setting_names_it(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"REQUEST_DELAY_S": "fast"}

    code, lines = check(env)

    assert code == EXIT_NG
    assert lines[0].startswith("[NG] 設定 REQUEST_DELAY_S:")
    assert "expected a number of seconds" in lines[0]
    assert "もう一度 `python -m jobs check`" in lines[-1]
    assert site.requests == []


def test_check_missing_blogger_setting(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger)
    del env["BLOGGER_REFRESH_TOKEN"]

    code, lines = check(env)

    assert code == EXIT_NG
    assert lines[0].startswith("[NG] 設定 BLOGGER_REFRESH_TOKEN:")
    assert "blogger-auth" in lines[0]


def test_check_bad_schedule_is_ng(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"RESULTS_SCHEDULE": "30 12 * * *"}

    code, lines = check(env)

    line = line_for(lines, "RESULTS_SCHEDULE")
    assert code == EXIT_NG
    assert line.startswith("[NG]")
    assert "with 5 fields instead of 6" in line
    assert line_for(lines, "PREDICT_SCHEDULE").startswith("[OK]")


def test_check_missing_schedule_is_ng(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger)
    del env["PREDICT_SCHEDULE"]

    code, lines = check(env)

    line = line_for(lines, "PREDICT_SCHEDULE")
    assert code == EXIT_NG
    assert line.startswith("[NG]")
    assert "0 0 22 * * *" in line


def test_contact_required_for_official_site() -> None:
    out = io.StringIO()
    report = Report(out)

    check_contact(report, load_settings({"NANKAN_BASE_URL": "https://www.nankankeiba.com"}))

    assert report.failures == 1
    assert out.getvalue().startswith("[NG] CONTACT_URL:")
    assert "必須" in out.getvalue()


def test_contact_given_for_official_site() -> None:
    out = io.StringIO()
    report = Report(out)
    env = {"CONTACT_URL": "https://example.com/contact"}

    check_contact(report, load_settings(env))

    assert report.failures == 0
    assert "nankan-teio/0.1 (+https://example.com/contact)" in out.getvalue()


def test_check_test_site_needs_no_contact(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger)
    del env["CONTACT_URL"]

    code, lines = check(env)

    assert code == EXIT_OK
    assert line_for(lines, "CONTACT_URL").startswith("[OK]")


def test_check_robots_disallows_card(tmp_path: Path, blogger: FakeBlogger) -> None:
    folder = tmp_path / "site"
    shutil.copytree(SITE, folder)
    (folder / "robots.txt").write_text("User-agent: *\nCrawl-delay: 5\nDisallow: /syousai/\n", encoding="ascii")

    with ReplayServer(folder) as site:
        code, lines = check(base_env(site, blogger))

    card = line_for(lines, "robots.txt 出馬表:")
    assert code == EXIT_NG
    assert card.startswith("[NG]")
    assert "/syousai/2025010121010101.do は robots.txt で禁止されています" in card
    assert line_for(lines, "robots.txt 番組表:").startswith("[OK]")
    assert "Crawl-delay 5 秒、リクエスト間隔は 5 秒" in line_for(lines, "robots.txt:")


def test_check_robots_missing_allows_all(tmp_path: Path, blogger: FakeBlogger) -> None:
    folder = tmp_path / "site"
    folder.mkdir()

    with ReplayServer(folder) as site:
        code, lines = check(base_env(site, blogger))

    assert code == EXIT_OK
    assert "HTTP 404" in line_for(lines, "robots.txt:")
    assert line_for(lines, "robots.txt 出馬表:").startswith("[OK]")


def test_check_robots_unreachable_is_ng(blogger: FakeBlogger, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    with ReplayServer(folder) as stopped:
        base_url = stopped.base_url
    env = base_env(stopped, blogger) | {"NANKAN_BASE_URL": base_url, "FETCH_BUDGET_S": "1"}

    code, lines = check(env)

    line = line_for(lines, "robots.txt:")
    assert code == EXIT_NG
    assert line.startswith("[NG]")
    assert "を読めません" in line


def test_check_invalid_grant_hints_reauth(site: ReplayServer, blogger: FakeBlogger, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    env = base_env(site, blogger) | {"BLOGGER_REFRESH_TOKEN": "revoked-refresh-token"}

    code, lines = check(env)

    line = line_for(lines, f"Blogger ブログ {blogger.blog_id}")
    assert code == EXIT_NG
    assert line.startswith("[NG]")
    assert "invalid_grant" in line
    assert "blogger-auth" in line
    assert "7 日で失効" in line
    assert "revoked-refresh-token" not in "\n".join(lines)
    assert "revoked-refresh-token" not in caplog.text


def test_check_unknown_blog_is_ng(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"BLOGGER_BLOG_ID": "1234567890"}

    code, lines = check(env)

    line = line_for(lines, "Blogger ブログ 1234567890")
    assert code == EXIT_NG
    assert line.startswith("[NG]")
    assert "HTTP 404" in line
    assert "BLOGGER_BLOG_ID" in line


def test_check_local_publisher_skips_blogger(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = {key: value for key, value in base_env(site, blogger).items() if not key.startswith(("BLOGGER_", "PUBLISHER"))}

    code, lines = check(env)

    assert code == EXIT_OK
    assert line_for(lines, "Blogger").startswith("[OK]")
    assert blogger.requests == []


def test_check_never_shows_secrets(site: ReplayServer, blogger: FakeBlogger, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    env = base_env(site, blogger)

    code, lines = check(env)

    text = "\n".join(lines)
    assert code == EXIT_OK
    for name in ("BLOGGER_CLIENT_SECRET", "BLOGGER_REFRESH_TOKEN", "STATE_STORAGE_CONNECTION"):
        assert env[name] not in text, name
        assert env[name] not in caplog.text, name
    assert "fake-access-" not in caplog.text
