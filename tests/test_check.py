"""Tests for `check` against a replayed site, the fake Blogger and Azurite, all on 127.0.0.1."""

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
from jobs.check import (
    EXIT_NG,
    EXIT_OK,
    TIMERS,
    Report,
    check_contact,
    check_storage,
    mask_secrets,
    run_check,
    schedule_problems,
)
from jobs.schedule import parse_schedule
from jobs.settings import load_settings
from scraper.replay import ReplayServer
from store.factory import open_store
from tests.azurite import (  # noqa: F401 - pytest fixtures
    DEV_KEY,
    azurite_connection_string,
    azurite_container,
    azurite_table,
    unique_name,
)

SITE = Path(__file__).resolve().parent / "pages" / "constructed" / "kawasaki-2025-01-01"
NOW = dt.datetime(2025, 12, 3, 21, 0, tzinfo=dt.timezone.utc)
BLOG_NAME = "南関テイオー テスト"
BLOG_URL = "https://nankan-teio-test.blogspot.com/"
BLOG_BLOGS_PATH = re.compile(r"^/v3/blogs/(?P<blog_id>[^/?]+)$")
STORAGE = "STATE_STORAGE_CONNECTION（状態の保存先）"
# A malformed connection string that still carries an account key.
MALFORMED_WITH_KEY = "AccountName=nankan;AccountKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=;broken"


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


def warnings_for(lines: list[str], label: str) -> list[str]:
    return [line for line in lines if line.startswith(f"[注意] {label}")]


def test_check_all_ok(site: ReplayServer, blogger: FakeBlogger) -> None:
    code, lines = check(base_env(site, blogger))

    assert code == EXIT_OK
    assert lines[-1] == "すべて OK です。"
    assert not [line for line in lines if line.startswith("[NG]")]
    assert not [line for line in lines if line.startswith("[注意]")]
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


def test_check_lists_every_bad_setting(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"REQUEST_DELAY_S": "nan", "READ_TIMEOUT_S": "abc", "PUBLISHER": "foo"}

    code, lines = check(env)

    assert code == EXIT_NG
    assert lines[0].startswith("[NG] 設定 REQUEST_DELAY_S:")
    assert lines[1].startswith("[NG] 設定 READ_TIMEOUT_S:")
    assert lines[2].startswith("[NG] 設定 PUBLISHER:")
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
    env = {"CONTACT_URL": "https://nankan-teio.blogspot.com/p/contact.html"}

    check_contact(report, load_settings(env))

    assert report.failures == 0
    assert "nankan-teio/0.1 (+https://nankan-teio.blogspot.com/p/contact.html)" in out.getvalue()


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/contact",
        "https://www.example.com/contact",
        "http://example.org/",
        "https://example.net/about",
        "https://contact.example/",
        "https://example.blogspot.com/p/contact.html",
        "https://EXAMPLE.COM./contact",
    ],
)
def test_contact_placeholder_is_ng(url: str) -> None:
    out = io.StringIO()
    report = Report(out)

    check_contact(report, load_settings({"CONTACT_URL": url}))

    assert report.failures == 1
    assert out.getvalue().startswith("[NG] CONTACT_URL:")
    assert "設定例のまま" in out.getvalue()
    assert url.rstrip("/") in out.getvalue()


@pytest.mark.parametrize(
    "url",
    [
        "https://nankan-teio.blogspot.com/p/contact.html",
        "https://myexample.com/contact",
        "https://example.com.jp/contact",
        "https://example.blogspot.jp/p/contact.html",
    ],
)
def test_contact_real_host_is_ok(url: str) -> None:
    out = io.StringIO()
    report = Report(out)

    check_contact(report, load_settings({"CONTACT_URL": url}))

    assert report.failures == 0
    assert out.getvalue().startswith("[OK] CONTACT_URL:")


def test_contact_placeholder_for_test_site() -> None:
    out = io.StringIO()
    report = Report(out)
    env = {"NANKAN_BASE_URL": "http://127.0.0.1:8080", "CONTACT_URL": "https://example.com/contact"}

    check_contact(report, load_settings(env))

    assert report.failures == 0
    assert out.getvalue().startswith("[OK] CONTACT_URL:")


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
    for name in ("BLOGGER_CLIENT_SECRET", "BLOGGER_REFRESH_TOKEN"):
        assert env[name] not in text, name
        assert env[name] not in caplog.text, name
    assert "fake-access-" not in caplog.text


def test_check_predict_at_16_jst_warns(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"PREDICT_SCHEDULE": "0 0 7 * * *"}

    code, lines = check(env)

    warnings = warnings_for(lines, "PREDICT_SCHEDULE")
    assert code == EXIT_OK
    assert len(warnings) == 1
    assert "0 0 7 * * * は JST 16 時台に実行されます" in warnings[0]
    assert "JST 05:00〜11:59" in warnings[0]
    assert "0 0 22 * * * は JST 07:00" in warnings[0]
    assert "1 日に" not in warnings[0]
    assert line_for(lines, "PREDICT_SCHEDULE").startswith("[OK]")
    assert warnings_for(lines, "RESULTS_SCHEDULE") == []
    assert lines[-1] == "NG はありません。[注意] が 1 件あるので、意図した設定か確認してください。"


def test_check_results_every_5_minutes_warns(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"RESULTS_SCHEDULE": "0 */5 * * * *"}

    code, lines = check(env)

    warnings = warnings_for(lines, "RESULTS_SCHEDULE")
    assert code == EXIT_OK
    assert len(warnings) == 1
    assert "1 日に 288 回実行されます" in warnings[0]
    assert "1 日 2 回まで" in warnings[0]
    assert "JST 0〜16 時台に実行されます" in warnings[0]
    assert "0 30 12 * * * は JST 21:30" in warnings[0]


def test_check_predict_every_5_minutes_warns(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"PREDICT_SCHEDULE": "0 */5 * * * *"}

    code, lines = check(env)

    warnings = warnings_for(lines, "PREDICT_SCHEDULE")
    assert code == EXIT_OK
    assert len(warnings) == 1
    assert "1 日に 288 回実行されます" in warnings[0]
    assert "JST 0〜4、12〜23 時台に実行されます" in warnings[0]


def test_check_warning_keeps_ng_exit(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"PREDICT_SCHEDULE": "0 0 7 * * *", "STATE_STORAGE_CONNECTION": "garbage"}

    code, lines = check(env)

    assert code == EXIT_NG
    assert len(warnings_for(lines, "PREDICT_SCHEDULE")) == 1
    assert lines[-1].startswith("NG が 1 件あります。")


@pytest.mark.parametrize(
    ("setting", "expression", "expected"),
    [
        # JST = UTC + 9 hours.
        ("PREDICT_SCHEDULE", "0 0 22 * * *", []),
        ("PREDICT_SCHEDULE", "0 0 20 * * *", []),
        ("PREDICT_SCHEDULE", "59 59 2 * * *", []),
        ("PREDICT_SCHEDULE", "0 0 22 * * 1-5", []),
        ("PREDICT_SCHEDULE", "0 0 3 * * *", ["JST 12 時台に実行されます（朝の予想タイマーは JST 05:00〜11:59 の想定です）"]),
        ("PREDICT_SCHEDULE", "0 59 19 * * *", ["JST 4 時台に実行されます（朝の予想タイマーは JST 05:00〜11:59 の想定です）"]),
        ("PREDICT_SCHEDULE", "0 0 21,22 * * *", ["1 日に 2 回実行されます（朝の予想タイマーは 1 日 1 回までの想定です）"]),
        ("PREDICT_SCHEDULE", "0,30 0 22 * * *", ["1 日に 2 回実行されます（朝の予想タイマーは 1 日 1 回までの想定です）"]),
        ("RESULTS_SCHEDULE", "0 30 12 * * *", []),
        ("RESULTS_SCHEDULE", "0 0 8 * * *", []),
        ("RESULTS_SCHEDULE", "59 59 14 * * *", []),
        ("RESULTS_SCHEDULE", "0 30 12,14 * * *", []),
        ("RESULTS_SCHEDULE", "0 0,30 12 * * *", []),
        ("RESULTS_SCHEDULE", "0 59 7 * * *", ["JST 16 時台に実行されます（夜の結果タイマーは JST 17:00〜23:59 の想定です）"]),
        ("RESULTS_SCHEDULE", "0 0 15 * * *", ["JST 0 時台に実行されます（夜の結果タイマーは JST 17:00〜23:59 の想定です）"]),
        ("RESULTS_SCHEDULE", "0 0 12-14 * * *", ["1 日に 3 回実行されます（夜の結果タイマーは 1 日 2 回までの想定です）"]),
    ],
)
def test_schedule_problems_table(setting: str, expression: str, expected: list[str]) -> None:
    timer = next(timer for timer in TIMERS if timer.setting == setting)

    assert schedule_problems(parse_schedule(expression, setting), timer) == expected


def test_check_storage_local_names_paths(site: ReplayServer, blogger: FakeBlogger, tmp_path: Path) -> None:
    output_dir = tmp_path / "out"
    env = base_env(site, blogger) | {"OUTPUT_DIR": str(output_dir)}

    code, lines = check(env)

    line = line_for(lines, STORAGE)
    assert code == EXIT_OK
    assert line.startswith("[OK]")
    assert f"SQLite ファイル {output_dir / 'state.sqlite3'}" in line
    assert f"ページ保管フォルダー {output_dir / 'archive'}" in line
    assert not output_dir.exists()


def test_check_storage_sqlite_path_matches_store(tmp_path: Path) -> None:
    settings = load_settings({"OUTPUT_DIR": str(tmp_path)})
    out = io.StringIO()

    check_storage(Report(out), settings)
    store = open_store(settings)
    store.close()

    assert f"SQLite ファイル {store.path} " in out.getvalue()


def test_check_storage_garbage_is_ng(site: ReplayServer, blogger: FakeBlogger) -> None:
    env = base_env(site, blogger) | {"STATE_STORAGE_CONNECTION": "garbage"}

    code, lines = check(env)

    line = line_for(lines, STORAGE)
    assert code == EXIT_NG
    assert line.startswith("[NG]")
    assert "invalid storage connection string" in line
    assert "接続文字列の形式が正しくありません" in line
    assert "アクセス キー" in line
    assert lines[-1].startswith("NG が 1 件あります。")


def test_check_storage_hides_key(
    site: ReplayServer, blogger: FakeBlogger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    env = base_env(site, blogger) | {"STATE_STORAGE_CONNECTION": MALFORMED_WITH_KEY}

    code, lines = check(env)

    text = "\n".join(lines)
    assert code == EXIT_NG
    assert line_for(lines, STORAGE).startswith("[NG]")
    assert "c2VjcmV0LWtleS1mb3ItdGVzdHM=" not in text
    assert "c2VjcmV0LWtleS1mb3ItdGVzdHM=" not in caplog.text


def test_mask_secrets_key_and_sas() -> None:
    connection = "AccountName=a;AccountKey=S2V5;TableEndpoint=http://127.0.0.1:1/a;SharedAccessSignature=sv=1&sig=Zm9v"

    masked = mask_secrets(f"failed for {connection}, key S2V5, sas sv=1&sig=Zm9v", connection)

    assert masked == "failed for ***, key ***, sas ***"


def test_check_storage_azurite_ok(
    site: ReplayServer,
    blogger: FakeBlogger,
    azurite_connection_string: str,
    azurite_table: str,
    azurite_container: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from azure.data.tables import TableClient
    from azure.storage.blob import BlobServiceClient

    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr("store.factory.TABLE_NAME", azurite_table)
    monkeypatch.setattr("store.factory.CONTAINER_NAME", azurite_container)
    env = base_env(site, blogger) | {"STATE_STORAGE_CONNECTION": azurite_connection_string}

    code, lines = check(env)

    line = line_for(lines, STORAGE)
    assert code == EXIT_OK
    assert line.startswith("[OK]")
    assert f"テーブル {azurite_table} と BLOB コンテナー {azurite_container} を読めました" in line
    assert DEV_KEY not in "\n".join(lines)
    assert DEV_KEY not in caplog.text
    with TableClient.from_connection_string(azurite_connection_string, azurite_table) as table:
        assert list(table.list_entities()) == []
    with BlobServiceClient.from_connection_string(azurite_connection_string) as service:
        assert not service.get_container_client(azurite_container).exists()


def test_check_storage_wrong_key_is_ng(
    site: ReplayServer,
    blogger: FakeBlogger,
    azurite_connection_string: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong_key = "d3Jvbmcta2V5LWZvci1henVyaXRl"
    monkeypatch.setattr("store.factory.TABLE_NAME", unique_name("t"))
    monkeypatch.setattr("store.factory.CONTAINER_NAME", unique_name("c"))
    env = base_env(site, blogger) | {"STATE_STORAGE_CONNECTION": azurite_connection_string.replace(DEV_KEY, wrong_key)}

    code, lines = check(env)

    line = line_for(lines, STORAGE)
    assert code == EXIT_NG
    assert line.startswith("[NG]")
    assert "アカウント名かアクセス キーが違います" in line
    assert wrong_key not in "\n".join(lines)
    assert wrong_key not in caplog.text
