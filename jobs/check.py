"""`check`: verify that a deployment's settings are usable before the timers fire.

One Japanese line per check, each starting with [OK], [NG] or [注意]:
- every setting parses (load_settings). CONTACT_URL is set, and is not an example placeholder,
  when the official site is read;
- both timer schedules parse, with their next fire times in JST and UTC. A schedule that fires
  too often or outside its usual JST hours gets a [注意] line;
- with STATE_STORAGE_CONNECTION, the state table and the page archive container are each read
  once through store.factory. Without it, the SQLite file and archive folder under OUTPUT_DIR
  are named;
- robots.txt of the site is read through SiteClient and allows the card, program, result and
  calendar paths; its Crawl-delay is shown;
- when BLOGGER_* settings are present, the blog is read by id (blogs.get, read only), which
  proves the OAuth client and refresh token work.

The exit code is 0 when no line is NG; [注意] lines do not change it. Secrets are never
printed or logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
import urllib.robotparser
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO
from urllib.parse import urlsplit

from jobs.schedule import Schedule, ScheduleError, format_fire_time, parse_schedule, race_date_for
from jobs.settings import BloggerSettings, Settings, load_settings, setting_errors
from store.errors import StoreError

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_NG = 1

OFFICIAL_HOSTS = frozenset({"www.nankankeiba.com", "nankankeiba.com"})
# Domains reserved for documentation examples, and the blog named in local.settings.json.example.
PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net")
PLACEHOLDER_TLD = ".example"
PLACEHOLDER_HOSTS = frozenset({"example.blogspot.com"})
ROBOTS_PATH = "/robots.txt"

# One representative path per page kind. robots.txt rules match path prefixes, so any id works.
CHECKED_PATHS: tuple[tuple[str, str], ...] = (
    ("出馬表", "/syousai/2025010121010101.do"),
    ("出馬表（転送先）", "/uma_shosai/2025010121010101.do"),
    ("番組表", "/program/20250101210101.do"),
    ("結果", "/result/2025010121010101.do"),
    ("開催カレンダー", "/calendar/202501.do"),
)



@dataclass(frozen=True, slots=True)
class Timer:
    """A timer setting and the JST hours and daily run count its job is meant for."""

    setting: str
    attribute: str  # attribute of Settings
    label: str  # Japanese name shown to the operator
    example: str
    example_jst: str  # the example's fire time in JST
    max_runs_per_day: int
    first_hour_jst: int
    last_hour_jst: int  # inclusive, so 11 allows 11:59


# The morning job posts before the first race, which starts at about 10:55 JST at the earliest
# (大井 day racing). The evening job reads results after the last race, which ends at about
# 17:15 JST on day-racing days and 20:50 JST on night-racing days. Two evening runs are allowed,
# so a second one can pick up a result confirmed late.
TIMERS: tuple[Timer, ...] = (
    Timer("PREDICT_SCHEDULE", "predict_schedule", "朝の予想タイマー", "0 0 22 * * *", "07:00", 1, 5, 11),
    Timer("RESULTS_SCHEDULE", "results_schedule", "夜の結果タイマー", "0 30 12 * * *", "21:30", 2, 17, 23),
)
JST_OFFSET_HOURS = 9
FIRE_TIMES_SHOWN = 3

# The check reads one small file, so it gives up sooner than a job would.
CHECK_FETCH_BUDGET_S = 30.0
CHECK_FETCH_ATTEMPTS = 3
BLOGGER_HTTP_TIMEOUT_S = 30.0

# A check fails fast: one retry and short timeouts instead of the jobs' retry policy.
STORAGE_PROBE_OPTIONS = {"retry_total": 1, "connection_timeout": 5.0, "read_timeout": 10.0}
# Reads that change no data: a post key no job writes, and today's archived robots.txt. TableStore
# still creates its table when it is missing, as the jobs would.
PROBE_POST_KEY = ("1900-01-01", "21", "predict")
PROBE_ARCHIVE_PATH = ROBOTS_PATH
# Values of these connection string fields are secrets and are masked in every message.
SECRET_CONNECTION_FIELDS = re.compile(r"(?:AccountKey|SharedAccessSignature)=([^;]+)", re.IGNORECASE)
STORAGE_LABEL = "STATE_STORAGE_CONNECTION（状態の保存先）"

REAUTHORISE_HINT_JA = (
    "`python -m jobs blogger-auth --client-secrets <JSON>` で認可し直し、新しいトークンを BLOGGER_REFRESH_TOKEN に保存してください。"
    "OAuth 同意画面が「テスト中」のままだとトークンは 7 日で失効するので、「本番環境」に公開してください。"
)


@dataclass(slots=True)
class Report:
    """The check lines written so far and the number of NG and [注意] lines."""

    out: TextIO
    failures: int = 0
    warnings: int = 0
    lines: list[str] = field(default_factory=list)

    def ok(self, label: str, detail: str) -> None:
        self._write(f"[OK] {label}: {detail}")

    def ng(self, label: str, detail: str) -> None:
        self.failures += 1
        self._write(f"[NG] {label}: {detail}")

    def warn(self, label: str, detail: str) -> None:
        """Write a [注意] line, which does not change the exit code."""
        self.warnings += 1
        self._write(f"[注意] {label}: {detail}")

    def _write(self, line: str) -> None:
        self.lines.append(line)
        print(line, file=self.out)


def run_check(
    env: Mapping[str, str],
    *,
    out: TextIO = sys.stdout,
    http: Any = None,
    now: dt.datetime | None = None,
) -> int:
    """Run every check on the settings in `env`, print one line per check, and return the exit code.

    `http` is an httplib2.Http-compatible transport for the Blogger API (default httplib2.Http).
    `now` is the aware time the next fire times are counted from (default: the current time).
    """
    report = Report(out)
    now = now or dt.datetime.now(dt.timezone.utc)

    settings = _check_settings(report, env)
    if settings is None:
        print("設定を直してから、もう一度 `python -m jobs check` を実行してください。", file=out)
        logger.warning("check stopped at the settings: %d NG", report.failures)
        return EXIT_NG

    check_contact(report, settings)
    _check_schedules(report, settings, now)
    check_storage(report, settings)
    _check_robots(report, settings)
    _check_blogger(report, settings, http)

    if report.failures:
        print(f"NG が {report.failures} 件あります。上の [NG] の行を直してから、もう一度実行してください。", file=out)
    elif report.warnings:
        print(f"NG はありません。[注意] が {report.warnings} 件あるので、意図した設定か確認してください。", file=out)
    else:
        print("すべて OK です。", file=out)
    logger.info("check finished: %d NG, %d warnings", report.failures, report.warnings)
    return EXIT_NG if report.failures else EXIT_OK


def _check_settings(report: Report, env: Mapping[str, str]) -> Settings | None:
    errors = setting_errors(env)
    for exc in errors:  # every invalid setting in one run, not only the first
        logger.warning("setting %s is invalid", exc.name)
        report.ng(f"設定 {exc.name}", f"正しくありません（{exc}）")
    if errors:
        return None
    settings = load_settings(env)

    blog = "Blogger に投稿" if settings.publisher == "blogger" else f"ローカルの {settings.output_dir} に書き出し"
    report.ok("設定", f"すべて読めました（サイト {settings.base_url}、PUBLISHER={settings.publisher}: {blog}）")
    return settings


def check_contact(report: Report, settings: Settings) -> None:
    """Require a real CONTACT_URL when the official site is read, because the User-Agent names it."""
    official = urlsplit(settings.base_url).hostname in OFFICIAL_HOSTS
    if settings.contact_url and official and is_placeholder_url(settings.contact_url):
        logger.warning("CONTACT_URL is an example placeholder while NANKAN_BASE_URL is the official site")
        report.ng(
            "CONTACT_URL",
            f"{settings.contact_url} は設定例のままです。公式サイトを読むときは、運営者に連絡できる実際の URL"
            "（ブログの連絡先ページなど）を設定してください（User-Agent に入ります）",
        )
    elif settings.contact_url:
        report.ok("CONTACT_URL", f"User-Agent は {settings.user_agent} です")
    elif official:
        logger.warning("CONTACT_URL is missing while NANKAN_BASE_URL is the official site")
        report.ng(
            "CONTACT_URL",
            "公式サイトを読むときは必須です。運営者に連絡できる URL（ブログの連絡先ページなど）を設定してください"
            "（User-Agent に入ります）",
        )
    else:
        report.ok("CONTACT_URL", f"未設定ですが、公式サイト以外（{settings.base_url}）を読むので省略できます")


def is_placeholder_url(url: str) -> bool:
    """Return True when `url` points at a host reserved for examples or at the example blog."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    if host in PLACEHOLDER_HOSTS or host.endswith(PLACEHOLDER_TLD):
        return True
    return any(host == domain or host.endswith("." + domain) for domain in PLACEHOLDER_DOMAINS)


def _check_schedules(report: Report, settings: Settings, now: dt.datetime) -> None:
    for timer in TIMERS:
        setting, label = timer.setting, f"{timer.setting}（{timer.label}）"
        expression = getattr(settings, timer.attribute)
        if expression is None:
            logger.warning("setting %s is missing", setting)
            report.ng(label, f"未設定です。Azure のタイマーはこの設定を読みます。例: {timer.example}（6 項目、UTC）")
            continue
        try:
            schedule = parse_schedule(expression, setting)
            fire_times = schedule.next_fire_times(now, FIRE_TIMES_SHOWN)
        except ScheduleError as exc:
            logger.warning("setting %s is invalid", setting)
            report.ng(label, f"正しくありません（{exc}）")
            continue

        fire_time_text = "、".join(
            f"{format_fire_time(fire_time)} → 開催日 {race_date_for(fire_time).isoformat()}" for fire_time in fire_times
        )
        report.ok(label, f"{expression} の次回実行: {fire_time_text}")

        problems = schedule_problems(schedule, timer)
        if problems:
            logger.warning(
                "setting %s (%s) may be mistimed: %d run(s) a day at UTC hour(s) %s; "
                "the usual is at most %d run(s) a day between %02d:00 and %02d:59 JST",
                setting,
                expression,
                runs_per_day(schedule),
                ",".join(str(hour) for hour in schedule.hours),
                timer.max_runs_per_day,
                timer.first_hour_jst,
                timer.last_hour_jst,
            )
            report.warn(
                label,
                f"{expression} は {'。また、'.join(problems)}。Azure のタイマーは UTC で動くので、"
                f"例えば {timer.example} は JST {timer.example_jst} です",
            )


def runs_per_day(schedule: Schedule) -> int:
    """Return how often `schedule` fires on a day it matches."""
    return len(schedule.seconds) * len(schedule.minutes) * len(schedule.hours)


def schedule_problems(schedule: Schedule, timer: Timer) -> list[str]:
    """Describe in Japanese how `schedule` departs from the run count and JST hours of `timer`."""
    problems = []
    runs = runs_per_day(schedule)
    if runs > timer.max_runs_per_day:
        problems.append(f"1 日に {runs} 回実行されます（{timer.label}は 1 日 {timer.max_runs_per_day} 回までの想定です）")

    hours_jst = sorted({(hour + JST_OFFSET_HOURS) % 24 for hour in schedule.hours})
    outside = [hour for hour in hours_jst if not timer.first_hour_jst <= hour <= timer.last_hour_jst]
    if outside:
        problems.append(
            f"JST {_hour_ranges(outside)} 時台に実行されます"
            f"（{timer.label}は JST {timer.first_hour_jst:02d}:00〜{timer.last_hour_jst:02d}:59 の想定です）"
        )
    return problems


def _hour_ranges(hours: list[int]) -> str:
    """Format sorted hours compactly, such as [0, 1, 2, 4] as '0〜2、4'."""
    ranges: list[list[int]] = []
    for hour in hours:
        if ranges and hour == ranges[-1][1] + 1:
            ranges[-1][1] = hour
        else:
            ranges.append([hour, hour])
    return "、".join(str(first) if first == last else f"{first}〜{last}" for first, last in ranges)


def check_storage(report: Report, settings: Settings) -> None:
    """Read the state store and the page archive once each, as the jobs will open them.

    Without STATE_STORAGE_CONNECTION only the paths are named, and no file or folder is created.
    """
    from store.factory import SQLITE_FILE_NAME, open_archive

    connection = settings.state_storage_connection
    if not connection:
        archive_folder = open_archive(settings).folder
        report.ok(
            STORAGE_LABEL,
            f"未設定なので、SQLite ファイル {settings.output_dir / SQLITE_FILE_NAME} と"
            f"ページ保管フォルダー {archive_folder} を使います（OUTPUT_DIR={settings.output_dir}）",
        )
        return

    try:
        table, container = _read_azure_storage(settings)
    except StoreError as exc:
        message = mask_secrets(str(exc), connection)
        logger.warning("state storage check failed: %s", message)
        report.ng(STORAGE_LABEL, f"Azure Storage を使えません（{message}）。{_storage_hint(exc)}")
        return
    report.ok(STORAGE_LABEL, f"Azure Storage のテーブル {table} と BLOB コンテナー {container} を読めました")


def _read_azure_storage(settings: Settings) -> tuple[str, str]:
    """Make one read in the state table and one in the archive container, and return their names."""
    from store.factory import open_archive, open_store

    store = open_store(settings, **STORAGE_PROBE_OPTIONS)
    try:
        store.get_post(*PROBE_POST_KEY)
    finally:
        store.close()

    archive = open_archive(settings, **STORAGE_PROBE_OPTIONS)
    try:
        archive.load(PROBE_ARCHIVE_PATH)
    finally:
        archive.close()
    # With a connection string set, store.factory returns a TableStore and a BlobArchive.
    return store.table_name, archive.container  # type: ignore[attr-defined, union-attr]


def mask_secrets(text: str, connection: str) -> str:
    """Replace the connection string and its key or SAS token in `text` with ***."""
    masked = text.replace(connection, "***")
    for match in SECRET_CONNECTION_FIELDS.finditer(connection):
        masked = masked.replace(match.group(1), "***")
    return masked


def _storage_hint(exc: StoreError) -> str:
    from azure.core.exceptions import ClientAuthenticationError, HttpResponseError

    cause = exc.__cause__
    if isinstance(cause, ValueError):
        return (
            "接続文字列の形式が正しくありません。Azure Portal のストレージ アカウント「アクセス キー」にある"
            "接続文字列をそのまま設定してください（ローカルで Azurite を使うときは UseDevelopmentStorage=true）"
        )
    if isinstance(cause, ClientAuthenticationError) or (isinstance(cause, HttpResponseError) and cause.status_code == 403):
        return "アカウント名かアクセス キーが違います。Azure Portal の「アクセス キー」から接続文字列を貼り直してください"
    return "ストレージ アカウントに接続できません。接続文字列のエンドポイントとネットワーク（ローカルでは Azurite の起動）を確認してください"


def _check_robots(report: Report, settings: Settings) -> None:
    from scraper.client import SiteClient
    from scraper.errors import FetchError

    client = SiteClient.from_settings(
        settings, budget_s=min(settings.fetch_budget_s, CHECK_FETCH_BUDGET_S), max_attempts=CHECK_FETCH_ATTEMPTS
    )
    try:
        with client:
            page = client.fetch_robots()
    except FetchError as exc:
        logger.warning("robots.txt of %s could not be read: %s", settings.base_url, exc)
        report.ng("robots.txt", f"{settings.base_url}{ROBOTS_PATH} を読めません。ジョブはページを取得しません（{exc}）")
        return

    status, url = page.status, page.url
    parser = urllib.robotparser.RobotFileParser(url)
    if status == 200:
        parser.parse(page.body.decode("utf-8", errors="replace").splitlines())
        crawl_delay = float(parser.crawl_delay(settings.user_agent) or 0.0)
        interval = max(crawl_delay, settings.request_delay_s)
        report.ok(
            "robots.txt",
            f"{url} を読みました（Crawl-delay {crawl_delay:g} 秒、リクエスト間隔は {interval:g} 秒になります）",
        )
    else:
        # A robots.txt that returns 4xx allows every path, as in SiteClient (RFC 9309, section 2.3.1.3).
        parser.allow_all = True
        report.ok("robots.txt", f"{url} は HTTP {status} でした。すべてのパスが許可されます")

    for label, path in CHECKED_PATHS:
        if parser.can_fetch(settings.user_agent, settings.base_url + path):
            report.ok(f"robots.txt {label}", f"{path} は許可されています")
        else:
            logger.warning("robots.txt of %s disallows %s", settings.base_url, path)
            report.ng(f"robots.txt {label}", f"{path} は robots.txt で禁止されています。ジョブはこのページを読めません")


def _blogger_service(blogger: BloggerSettings, http: Any) -> Any:
    """Build the Blogger v3 client exactly as the publisher does, with the check's own timeout."""
    import httplib2

    from publisher.blogger import build_blogger_service

    transport = http if http is not None else httplib2.Http(timeout=BLOGGER_HTTP_TIMEOUT_S)
    return build_blogger_service(blogger, http=transport)


def _check_blogger(report: Report, settings: Settings, http: Any) -> None:
    blogger = settings.blogger
    if blogger is None:
        report.ok("Blogger", "BLOGGER_* は未設定です（PUBLISHER=local なので Blogger には接続しません）")
        return

    import httplib2
    from google.auth import exceptions as auth_errors
    from googleapiclient.errors import HttpError

    label = f"Blogger ブログ {blogger.blog_id}"
    try:
        blog = _blogger_service(blogger, http).blogs().get(blogId=blogger.blog_id, maxPosts=0).execute(num_retries=1)
    except auth_errors.RefreshError as exc:
        code = _refresh_error_code(exc)
        logger.warning("Blogger token refresh at %s failed: %s", blogger.token_uri, code)
        report.ng(label, f"アクセストークンを更新できません（{code}）。{REAUTHORISE_HINT_JA}")
        return
    except HttpError as exc:
        status = exc.resp.status
        logger.warning("Blogger blogs.get for blog %s failed with HTTP %s", blogger.blog_id, status)
        report.ng(label, _http_error_hint(status, blogger.blog_id))
        return
    except (auth_errors.TransportError, httplib2.HttpLib2Error, OSError) as exc:
        logger.warning("Blogger API could not be reached: %s", type(exc).__name__)
        report.ng(label, f"Blogger API に接続できません（{type(exc).__name__}）。ネットワークを確認してください")
        return

    report.ok(label, f"認証できました: 「{blog.get('name', '')}」 {blog.get('url', '')}")


def _refresh_error_code(exc: Exception) -> str:
    # Only the OAuth error code is shown. The token endpoint's response body is never echoed.
    response = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
    return str(response.get("error", "unknown error"))


def _http_error_hint(status: int, blog_id: str) -> str:
    if status == 401:
        return f"Blogger がアクセストークンを拒否しました（HTTP 401）。{REAUTHORISE_HINT_JA}"
    if status == 403:
        return f"認可した Google アカウントにブログ {blog_id} の投稿権限がありません（HTTP 403）。ブログの管理者で認可し直してください"
    if status == 404:
        return f"ブログ {blog_id} が見つかりません（HTTP 404）。BLOGGER_BLOG_ID を Blogger のダッシュボード URL の数字にしてください"
    return f"Blogger API が HTTP {status} を返しました。しばらくしてからもう一度実行してください"
