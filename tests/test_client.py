"""SiteClient against ReplayServer instances on 127.0.0.1: retries, budget, robots.txt, spacing, cache."""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobs.settings import load_settings
from scraper.client import RETRY_RULES, HTTPStatusError, Page, SiteClient, find_retry_rule, parse_retry_after
from scraper.errors import FetchError, RobotsDisallowed
from scraper.replay import Fault, ReplayServer

UA = "nankan-teio/0.1 (+https://example.com/contact)"
PROGRAM = "/program/20250101210101.do"
CARD_ID = "2025010121010101"
PROGRAM_BODY = "<html><body>川崎 第1日</body></html>".encode("cp932")
CARD_BODY = "<html><body>出馬表 ① ㈱</body></html>".encode("cp932")


class FakeClock:
    """A monotonic clock that advances only when the client sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    (folder / "program").mkdir(parents=True)
    (folder / "uma_shosai").mkdir()
    (folder / "private").mkdir()
    (folder / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    (folder / "program" / "20250101210101.do").write_bytes(PROGRAM_BODY)
    (folder / "program" / "20250101210102.do").write_bytes(PROGRAM_BODY + b"2")
    (folder / "uma_shosai" / f"{CARD_ID}.do").write_bytes(CARD_BODY)
    (folder / "private" / "x.do").write_bytes(b"secret")
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_client(server: ReplayServer, clock: FakeClock, **options: object) -> SiteClient:
    return SiteClient(server.base_url, UA, sleep=clock.sleep, clock=clock, **options)  # type: ignore[arg-type]


def page_requests(server: ReplayServer, path: str) -> int:
    return sum(1 for _, requested in server.requests if requested == path)


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A port whose accept queue is full, so a new connection attempt times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.settimeout(0.2)
        try:
            filler.connect(("127.0.0.1", port))
        except OSError:
            filler.close()
            break
        fillers.append(filler)
    yield port
    for filler in fillers:
        filler.close()
    listener.close()


# One scenario per retry rule: faults that trigger it once, then the page is served.
RULE_SCENARIOS = {
    "rate limited by the server": [Fault(status=429)],
    "server overloaded or in maintenance": [Fault(status=503)],
    "gateway or proxy in front of the site failed": [Fault(status=502), Fault(status=504)],
    "server error": [Fault(status=500)],
    "read timed out": [Fault(delay_s=2.0)],
    "body truncated before Content-Length": [Fault(truncate=True)],
    "connection failed or reset": [Fault(reset=True)],
}


def test_rules_all_have_scenario() -> None:
    reasons = {rule.reason for rule in RETRY_RULES}
    assert reasons == set(RULE_SCENARIOS) | {"connect timed out"}


@pytest.mark.parametrize("reason", sorted(RULE_SCENARIOS))
def test_retry_rule_recovers(
    reason: str, site: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    faults = RULE_SCENARIOS[reason]
    caplog.set_level(logging.WARNING, logger="scraper.client")
    with ReplayServer(site, faults={PROGRAM: faults}) as server:
        with make_client(server, clock, read_timeout_s=0.3) as client:
            page = client.fetch(PROGRAM)

    assert page.body == PROGRAM_BODY
    assert page_requests(server, PROGRAM) == len(faults) + 1
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == len(faults)
    assert all(f"({reason}: " in message for message in warnings)


def test_retry_rule_connect_timeout(unanswered_port: int, clock: FakeClock) -> None:
    client = SiteClient(
        f"http://127.0.0.1:{unanswered_port}",
        UA,
        connect_timeout_s=0.2,
        max_attempts=2,
        respect_robots=False,
        sleep=clock.sleep,
        clock=clock,
    )
    with pytest.raises(FetchError) as raised:
        client.fetch(PROGRAM)

    message = str(raised.value)
    assert "after 2 attempts" in message
    assert "connect timed out" in message


def test_find_rule_by_status() -> None:
    assert find_retry_rule(status=503).reason == "server overloaded or in maintenance"
    assert find_retry_rule(status=599).reason == "server error"
    assert find_retry_rule(status=404) is None
    assert find_retry_rule(status=403) is None


def test_fetch_404_not_retried(site: Path, clock: FakeClock) -> None:
    with ReplayServer(site) as server, make_client(server, clock) as client:
        with pytest.raises(HTTPStatusError) as raised:
            client.fetch("/result/2025010121010101.do")

    message = str(raised.value)
    assert f"{server.base_url}/result/2025010121010101.do" in message
    assert "HTTP 404" in message
    assert raised.value.status == 404
    assert page_requests(server, "/result/2025010121010101.do") == 1


@pytest.mark.parametrize("status", [400, 403, 410])
def test_fetch_other_4xx_not_retried(status: int, site: Path, clock: FakeClock) -> None:
    with ReplayServer(site, faults={PROGRAM: [Fault(status=status)]}) as server:
        with make_client(server, clock) as client, pytest.raises(FetchError) as raised:
            client.fetch(PROGRAM)

    assert f"HTTP {status}" in str(raised.value)
    assert page_requests(server, PROGRAM) == 1


def test_retry_after_seconds(site: Path, clock: FakeClock) -> None:
    faults = {PROGRAM: [Fault(status=429, headers={"Retry-After": "7"})]}
    with ReplayServer(site, faults=faults) as server, make_client(server, clock, delay_s=0) as client:
        client.fetch(PROGRAM)

    assert clock.sleeps == [7.0]


def test_retry_after_http_date(site: Path, clock: FakeClock) -> None:
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=30)
    faults = {PROGRAM: [Fault(status=503, headers={"Retry-After": email.utils.format_datetime(later, usegmt=True)})]}
    with ReplayServer(site, faults=faults) as server, make_client(server, clock, delay_s=0) as client:
        client.fetch(PROGRAM)

    assert len(clock.sleeps) == 1
    assert 27.0 <= clock.sleeps[0] <= 30.0


def test_parse_retry_after_forms() -> None:
    now = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=dt.timezone.utc)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:01:30 GMT", now) == 90.0
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_budget_exhausted_by_retry_after(site: Path, clock: FakeClock) -> None:
    faults = {PROGRAM: [Fault(status=503, headers={"Retry-After": "600"})]}
    with ReplayServer(site, faults=faults) as server:
        with make_client(server, clock, budget_s=60) as client, pytest.raises(FetchError) as raised:
            client.fetch(PROGRAM)

    message = str(raised.value)
    assert f"GET {server.base_url}{PROGRAM} failed after 1 attempt;" in message
    assert "server overloaded or in maintenance (HTTP 503" in message
    assert "fetch budget of 60 s" in message
    assert page_requests(server, PROGRAM) == 1


def test_budget_spans_whole_run(site: Path, clock: FakeClock) -> None:
    faults = {PROGRAM: [Fault(status=503, headers={"Retry-After": "40"})] * 2}
    with ReplayServer(site, faults=faults) as server:
        with make_client(server, clock, budget_s=60, delay_s=0) as client:
            with pytest.raises(FetchError) as raised:
                client.fetch(PROGRAM)

    assert "failed after 2 attempts" in str(raised.value)
    assert clock.sleeps == [40.0]


def test_attempt_limit_gives_up(site: Path, clock: FakeClock) -> None:
    faults = {PROGRAM: [Fault(status=500)] * 10}
    with ReplayServer(site, faults=faults) as server:
        with make_client(server, clock, max_attempts=3) as client, pytest.raises(FetchError) as raised:
            client.fetch(PROGRAM)

    message = str(raised.value)
    assert "failed after 3 attempts" in message
    assert "limit of 3 attempts" in message
    assert page_requests(server, PROGRAM) == 3


def test_robots_disallow(site: Path, clock: FakeClock) -> None:
    with ReplayServer(site) as server, make_client(server, clock) as client:
        with pytest.raises(RobotsDisallowed) as raised:
            client.fetch("/private/x.do")

    assert "disallows /private/x.do" in str(raised.value)
    assert page_requests(server, "/private/x.do") == 0


def test_robots_disallow_redirect_target(site: Path, clock: FakeClock) -> None:
    (site / "robots.txt").write_text("User-agent: nankan-teio\nDisallow: /uma_shosai/\n", encoding="utf-8")
    with ReplayServer(site) as server, make_client(server, clock) as client:
        with pytest.raises(RobotsDisallowed):
            client.fetch(f"/syousai/{CARD_ID}.do")

    assert page_requests(server, f"/uma_shosai/{CARD_ID}.do") == 0


def test_robots_other_agent_ignored(site: Path, clock: FakeClock) -> None:
    (site / "robots.txt").write_text("User-agent: otherbot\nDisallow: /\n", encoding="utf-8")
    with ReplayServer(site) as server, make_client(server, clock) as client:
        page = client.fetch(PROGRAM)

    assert page.status == 200


def test_robots_404_allows(site: Path, clock: FakeClock) -> None:
    (site / "robots.txt").unlink()
    with ReplayServer(site) as server, make_client(server, clock) as client:
        page = client.fetch("/private/x.do")

    assert page.body == b"secret"
    assert client.requested_paths == ["/robots.txt", "/private/x.do"]


def test_robots_read_once(site: Path, clock: FakeClock) -> None:
    with ReplayServer(site) as server, make_client(server, clock) as client:
        client.fetch(PROGRAM)
        client.fetch("/program/20250101210102.do")
        robots = client.fetch("/robots.txt")

    assert robots.body == (site / "robots.txt").read_bytes()
    assert page_requests(server, "/robots.txt") == 1


@pytest.mark.parametrize("fault", [Fault(status=503), Fault(reset=True)], ids=["503", "reset"])
def test_robots_unreachable_stops(fault: Fault, site: Path, clock: FakeClock) -> None:
    with ReplayServer(site, faults={"/robots.txt": [fault] * 10}) as server:
        with make_client(server, clock, max_attempts=3) as client, pytest.raises(FetchError) as raised:
            client.fetch(PROGRAM)

    message = str(raised.value)
    assert "robots.txt" in message
    assert "disallow all" in message
    assert page_requests(server, "/robots.txt") == 3
    assert page_requests(server, PROGRAM) == 0


def test_crawl_delay_respected(site: Path, clock: FakeClock) -> None:
    (site / "robots.txt").write_text("User-agent: *\nCrawl-delay: 5\n", encoding="utf-8")
    with ReplayServer(site) as server, make_client(server, clock, delay_s=1) as client:
        client.fetch(PROGRAM)
        client.fetch("/program/20250101210102.do")

    assert client.min_interval_s == 5.0
    assert clock.sleeps == [5.0, 5.0]


def test_delay_above_crawl_delay(site: Path, clock: FakeClock) -> None:
    (site / "robots.txt").write_text("User-agent: *\nCrawl-delay: 2\n", encoding="utf-8")
    with ReplayServer(site) as server, make_client(server, clock, delay_s=3) as client:
        client.fetch(PROGRAM)
        client.fetch("/program/20250101210102.do")

    assert clock.sleeps == [3.0, 3.0]


def test_fetch_once(site: Path, clock: FakeClock) -> None:
    with ReplayServer(site) as server, make_client(server, clock) as client:
        first = client.fetch(PROGRAM)
        second = client.fetch(PROGRAM)

    assert second is first
    assert page_requests(server, PROGRAM) == 1
    assert client.pages_fetched == 1
    assert client.requested_paths == ["/robots.txt", PROGRAM]


def test_truncated_body_retried(site: Path, clock: FakeClock) -> None:
    with ReplayServer(site, faults={PROGRAM: [Fault(truncate=True)] * 2}) as server:
        with make_client(server, clock) as client:
            page = client.fetch(PROGRAM)

    assert page.body == PROGRAM_BODY
    assert page_requests(server, PROGRAM) == 3


def test_redirect_followed(site: Path, clock: FakeClock) -> None:
    with ReplayServer(site) as server, make_client(server, clock) as client:
        page = client.fetch(f"/syousai/{CARD_ID}.do")
        again = client.fetch(f"/uma_shosai/{CARD_ID}.do")

    assert page.path == f"/syousai/{CARD_ID}.do"
    assert page.url == f"{server.base_url}/uma_shosai/{CARD_ID}.do"
    assert page.final_path == f"/uma_shosai/{CARD_ID}.do"
    assert page.body == CARD_BODY
    assert again is page
    assert page_requests(server, f"/uma_shosai/{CARD_ID}.do") == 1


def test_redirect_other_host_rejected(site: Path, clock: FakeClock) -> None:
    faults = {PROGRAM: [Fault(status=302, headers={"Location": "http://127.0.0.2:9/elsewhere.do"})]}
    with ReplayServer(site, faults=faults) as server:
        with make_client(server, clock) as client, pytest.raises(FetchError) as raised:
            client.fetch(PROGRAM)

    assert "outside" in str(raised.value)


def test_page_fields(site: Path, clock: FakeClock) -> None:
    with ReplayServer(site) as server, make_client(server, clock) as client:
        page = client.fetch(PROGRAM)

    assert page.status == 200
    assert page.sha256 == hashlib.sha256(PROGRAM_BODY).hexdigest()
    assert page.fetched_at.tzinfo == dt.timezone.utc
    assert page.elapsed_s >= 0


def test_page_logged_once(site: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="scraper.client")
    with ReplayServer(site) as server, make_client(server, clock) as client:
        client.fetch(PROGRAM)

    fetched = [r.getMessage() for r in caplog.records if r.getMessage().startswith(f"fetched {PROGRAM} ")]
    assert len(fetched) == 1
    assert f"status 200, {len(PROGRAM_BODY)} bytes" in fetched[0]


def test_archive_called_per_page(site: Path, clock: FakeClock) -> None:
    archived: list[Page] = []
    with ReplayServer(site) as server, make_client(server, clock, archive=archived.append) as client:
        client.fetch(PROGRAM)
        client.fetch(PROGRAM)

    assert [page.path for page in archived] == ["/robots.txt", PROGRAM]


def test_archive_error_logged(site: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    def failing_archive(page: Page) -> None:
        raise OSError("disk full")

    with ReplayServer(site) as server, make_client(server, clock, archive=failing_archive) as client:
        page = client.fetch(PROGRAM)

    assert page.body == PROGRAM_BODY
    assert any("archiving" in record.getMessage() for record in caplog.records)


def test_from_settings(site: Path) -> None:
    settings = load_settings(
        {"NANKAN_BASE_URL": "http://127.0.0.1:1", "CONTACT_URL": "https://example.com/c", "FETCH_BUDGET_S": "90"}
    )
    with SiteClient.from_settings(settings, delay_s=0) as client:
        assert client.base_url == "http://127.0.0.1:1"
        assert client.user_agent == "nankan-teio/0.1 (+https://example.com/c)"
        assert client.budget_s == 90.0
        assert client.delay_s == 0
        assert client.timeout == (5.0, 20.0)


def test_fetch_robots_returns_404(site: Path, clock: FakeClock) -> None:
    (site / "robots.txt").unlink()
    with ReplayServer(site) as server, make_client(server, clock) as client:
        page = client.fetch_robots()

    assert page.status == 404
    assert page.url == f"{server.base_url}/robots.txt"


def test_refused_connection_advice(tmp_path: Path) -> None:
    server = ReplayServer(tmp_path).start()
    base_url = server.base_url
    server.close()  # nothing listens there any more
    client = SiteClient(base_url, "nankan-teio-test", delay_s=0, budget_s=1, max_attempts=2, sleep=lambda _s: None)

    with pytest.raises(FetchError) as raised:
        client.fetch("/program/20250101210101.do")

    assert "check NANKAN_BASE_URL and the network" in str(raised.value)
    assert "raise FETCH_BUDGET_S" not in str(raised.value)
