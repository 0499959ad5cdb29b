"""Site faults and bad card pages met by the real morning job, served from 127.0.0.1.

Each case ends in a correct post, a race left out of the post with one logged line, or a job
that fails with nothing posted. The day is the sample 川崎 2025-01-01 program, extended in a
temporary copy to two races: 6R and 7R, the card copied under the second race id. A failure of
one race can then be told apart from a failure of the day.

The helpers at the top build those sites and are shared with the other fault and re-run tests.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import azure.functions as func
import pytest

import function_app
import jobs
from jobs.settings import load_settings
from scraper.errors import FetchError, LayoutError
from scraper.replay import Fault, ReplayServer
from tests.sites import PAGES, copy_sample_day, job_env

DATE = dt.date(2025, 1, 1)
DAY_ID = "20250101211002"
PROGRAM_PATH = f"/program/{DAY_ID}.do"
POST_FILE = "posts/2025-01-01-kawasaki-predict.html"
SAMPLE_CARD = PAGES / "constructed" / "kawasaki-2025-01-01" / "uma_shosai" / f"{DAY_ID}06.do"
CARD_VARIANTS = PAGES / "variants" / "kawasaki-2025-01-01"
CARD_LABEL = '<span class="nk23_c-tab1__subtitle__label">{number}R</span>'
PROGRAM_ITEM = """<li class="nk23_c-block01__list__item js-mheight-itemele">\r
<div class="nk23_c-block01__list__top">\r
<span class="nk23_c-block01__label">{number}R</span>\r
<p class="nk23_c-block01__texts">\r
<span class="nk23_c-block01__text">{post_time}</span>\r
<span class="nk23_c-block01__text">1400m</span>\r
<span class="nk23_c-block01__text">14頭</span>{extra}\r
</p>\r
</div>\r
<div class="nk23_c-block01__titlebtn">\r
{title}\r
</div>\r
</li>\r
"""


# --- shared helpers -------------------------------------------------------------------------


def race_id(number: int) -> str:
    return f"{DAY_ID}{number:02d}"


def card_path(number: int) -> str:
    """Return the path the card is served at after the /syousai/ redirect."""
    return f"/uma_shosai/{race_id(number)}.do"


def card_for_race(number: int, card: bytes | None = None) -> bytes:
    """Return the sample card (or `card`) with its header relabelled as race `number`."""
    data = SAMPLE_CARD.read_bytes() if card is None else card
    old = CARD_LABEL.format(number=6).encode("cp932")
    assert data.count(old) == 1, "the card header label 6R is missing"
    return data.replace(old, CARD_LABEL.format(number=number).encode("cp932"))


def add_race(
    site: Path,
    number: int,
    *,
    card: bytes | None = None,
    called_off: bool = False,
    href: str | None = None,
    name: str = "",
) -> None:
    """Append race `number` to the site's program and store its card under the race's own id.

    `card` replaces the sample card bytes; `href` replaces the card link. A called-off race
    gets the word 取り止め and no card link, and no card file.
    """
    program = site / PROGRAM_PATH.lstrip("/")
    link = href if href is not None else f"/syousai/{race_id(number)}.do"
    title_text = name or f"第{number}競走"
    if called_off:
        title = f'<h3 class="nk23_c-block01__list__title is-nolink">{title_text}</h3>'
        extra = '\r\n<span class="nk23_c-block01__text">取り止め</span>'
    else:
        title = f'<a class="nk23_c-block01__list__title" href="{link}">{title_text}</a>'
        extra = ""
    item = PROGRAM_ITEM.format(number=number, post_time=f"{13 + number // 3}:{(number * 7) % 60:02d}", extra=extra, title=title)
    data = program.read_bytes()
    assert data.count(b"</ul>") == 1, "the program page has no single race list"
    program.write_bytes(data.replace(b"</ul>", item.encode("cp932") + b"</ul>"))
    if not called_off:
        target = site / card_path(number).lstrip("/")
        target.write_bytes(card_for_race(number, card))


def two_race_site(tmp_path: Path, card_6: bytes | None = None) -> Path:
    """Copy the sample day and add 7R, a copy of the sample card. `card_6` replaces 6R's card."""
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    add_race(site, 7)
    if card_6 is not None:
        (site / card_path(6).lstrip("/")).write_bytes(card_6)
    return site


def predict(base_url: str, out: Path, **env: str) -> dict:
    return jobs.predict(DATE, load_settings(job_env(base_url, out, **env)))


def race_section(html: str, number: int) -> str:
    """Return the post's section for race `number`: from its heading to the next heading or rule."""
    start = html.index(f'id="race-{number}"')
    ends = [found for found in (html.find("<h2", start), html.find("<hr", start)) if found != -1]
    return html[start : min(ends, default=len(html))]


def venue(summary: dict) -> dict:
    (only,) = summary["venues"]
    return only


def requested(server: ReplayServer, path: str) -> int:
    return sum(1 for _, seen in server.requests if seen == path)


@pytest.fixture
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shrink the client's exponential backoff so retry tests take milliseconds."""
    monkeypatch.setattr("scraper.client.BACKOFF_BASE_S", 0.01)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("BLOGGER_BLOG_ID", "BLOGGER_CLIENT_ID", "BLOGGER_CLIENT_SECRET", "BLOGGER_REFRESH_TOKEN",
                "PUBLISHER", "STATE_STORAGE_CONNECTION", "ALERT_WEBHOOK_URL"):
        monkeypatch.delenv(key, raising=False)


# --- transient faults that the client retries ------------------------------------------------


def test_two_race_site_baseline(tmp_path: Path) -> None:
    with ReplayServer(two_race_site(tmp_path)) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert summary["races_found"] == 2
    assert summary["predicted"] == 2
    assert (tmp_path / "out" / POST_FILE).is_file()


@pytest.mark.parametrize(
    ("name", "faults"),
    [
        ("reset", [Fault(reset=True), Fault(reset=True)]),
        ("429 no Retry-After", [Fault(status=429)]),
        ("503 burst", [Fault(status=503)] * 3),
        ("502 then 504", [Fault(status=502), Fault(status=504)]),
        ("truncated", [Fault(truncate=True)]),
    ],
)
def test_transient_card_fault_retried(tmp_path: Path, fast_backoff: None, name: str, faults: list[Fault]) -> None:
    with ReplayServer(two_race_site(tmp_path), faults={card_path(6): faults}) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert summary["predicted"] == 2, name
    assert summary["failed"] == 0, name
    assert requested(server, card_path(6)) == len(faults) + 1, name


def test_read_timeout_retried(tmp_path: Path, fast_backoff: None) -> None:
    faults = {card_path(6): [Fault(delay_s=2.0)]}
    with ReplayServer(two_race_site(tmp_path), faults=faults) as server:
        started = time.monotonic()
        summary = predict(server.base_url, tmp_path / "out", READ_TIMEOUT_S="0.3")
        elapsed = time.monotonic() - started

    assert summary["predicted"] == 2
    assert requested(server, card_path(6)) == 2
    assert elapsed < 2.0


def test_slow_response_within_timeout(tmp_path: Path) -> None:
    faults = {card_path(6): [Fault(delay_s=0.4)]}
    with ReplayServer(two_race_site(tmp_path), faults=faults) as server:
        summary = predict(server.base_url, tmp_path / "out", READ_TIMEOUT_S="3")

    assert summary["predicted"] == 2
    assert requested(server, card_path(6)) == 1


def test_retry_after_honoured(tmp_path: Path, fast_backoff: None) -> None:
    faults = {card_path(6): [Fault(status=429, headers={"Retry-After": "1"})]}
    with ReplayServer(two_race_site(tmp_path), faults=faults) as server:
        started = time.monotonic()
        summary = predict(server.base_url, tmp_path / "out")
        elapsed = time.monotonic() - started

    assert summary["predicted"] == 2
    assert elapsed >= 1.0


# --- faults that leave one race out ------------------------------------------------------------


def assert_left_out(tmp_path: Path, summary: dict, number: int, caplog: pytest.LogCaptureFixture) -> None:
    """Check that race `number` failed with a log line and that the other race was posted."""
    failed = [item["race_number"] for item in venue(summary)["failed"]]
    assert failed == [number]
    assert summary["predicted"] == 1
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR and race_id(number) in r.getMessage()]
    assert len(lines) == 1
    assert "left out of the post" in lines[0]

    html = (tmp_path / "out" / POST_FILE).read_text(encoding="utf-8")
    section = race_section(html, number)
    assert "予想から外しました" in section
    assert "買い目" not in section
    assert "◎" not in section


def test_503_burst_exhausts_attempts(tmp_path: Path, fast_backoff: None, caplog: pytest.LogCaptureFixture) -> None:
    faults = {card_path(6): [Fault(status=503)] * 8}
    with caplog.at_level(logging.INFO), ReplayServer(two_race_site(tmp_path), faults=faults) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert_left_out(tmp_path, summary, 6, caplog)
    assert requested(server, card_path(6)) == 5
    assert "5 attempts" in venue(summary)["failed"][0]["reason"]


def test_truncated_every_time(tmp_path: Path, fast_backoff: None, caplog: pytest.LogCaptureFixture) -> None:
    faults = {card_path(6): [Fault(truncate=True)] * 8}
    with caplog.at_level(logging.INFO), ReplayServer(two_race_site(tmp_path), faults=faults) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert_left_out(tmp_path, summary, 6, caplog)
    assert "truncated" in venue(summary)["failed"][0]["reason"]


def test_card_404_left_out(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = two_race_site(tmp_path)
    (site / card_path(7).lstrip("/")).unlink()
    with caplog.at_level(logging.INFO), ReplayServer(site) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert_left_out(tmp_path, summary, 7, caplog)
    assert requested(server, card_path(7)) == 1  # a 404 is not retried
    assert "404" in venue(summary)["failed"][0]["reason"]


@pytest.mark.parametrize("encoding", ["utf-8", "euc-jp"])
def test_card_in_other_encoding(tmp_path: Path, encoding: str, caplog: pytest.LogCaptureFixture) -> None:
    # The parser decodes cp932 only; a re-encoded page must end in LayoutError, never in picks.
    text = SAMPLE_CARD.read_bytes().decode("cp932").replace('charset="Shift_JIS"', f'charset="{encoding}"')
    with caplog.at_level(logging.INFO), ReplayServer(two_race_site(tmp_path, text.encode(encoding, errors="xmlcharrefreplace"))) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert_left_out(tmp_path, summary, 6, caplog)
    assert "race header block" in venue(summary)["failed"][0]["reason"]


def test_robots_disallows_cards(tmp_path: Path) -> None:
    site = two_race_site(tmp_path)
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /syousai/\nDisallow: /uma_shosai/\n", encoding="ascii")
    with ReplayServer(site) as server, pytest.raises(jobs.JobFailed) as caught:
        predict(server.base_url, tmp_path / "out")

    paths = [path for _, path in server.requests]
    assert not [path for path in paths if "shosai" in path or "syousai" in path]
    assert caught.value.summary["failed"] == 2
    assert "robots.txt" in caught.value.summary["venues"][0]["failed"][0]["reason"]
    assert not (tmp_path / "out" / "posts").exists()


def test_robots_disallows_redirect_target(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = two_race_site(tmp_path)
    (site / "robots.txt").write_text(f"User-agent: *\nDisallow: {card_path(7)}\n", encoding="ascii")
    with caplog.at_level(logging.INFO), ReplayServer(site) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert_left_out(tmp_path, summary, 7, caplog)
    assert requested(server, card_path(7)) == 0


def test_robots_unreachable_stops(tmp_path: Path, fast_backoff: None) -> None:
    faults = {"/robots.txt": [Fault(status=503)] * 10}
    with ReplayServer(two_race_site(tmp_path), faults=faults) as server, pytest.raises(FetchError) as caught:
        predict(server.base_url, tmp_path / "out")

    assert {path for _, path in server.requests} == {"/robots.txt"}
    assert "disallow all" in str(caught.value)
    assert not (tmp_path / "out" / "posts").exists()


@pytest.fixture
def black_hole() -> Iterator[str]:
    """Yield a 127.0.0.1 URL whose listener never accepts, so every new connect times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port), timeout=1)  # fills the one-slot backlog
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        filler.close()
        listener.close()


def test_connect_timeout_stops_within_budget(tmp_path: Path, black_hole: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        predict(black_hole, tmp_path / "out", CONNECT_TIMEOUT_S="0.2", FETCH_BUDGET_S="2")
    elapsed = time.monotonic() - started

    assert "connect timed out" in str(caught.value)
    assert elapsed < 2 + 0.2 + 1.0
    assert not (tmp_path / "out" / "posts").exists()


# --- the fetch budget -------------------------------------------------------------------------


def test_budget_bounds_retry_after(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    slow_down = [Fault(status=503, headers={"Retry-After": "1"})] * 20
    faults = {card_path(6): slow_down, card_path(7): list(slow_down)}
    with caplog.at_level(logging.INFO), ReplayServer(two_race_site(tmp_path), faults=faults) as server:
        started = time.monotonic()
        with pytest.raises(jobs.JobFailed):
            predict(server.base_url, tmp_path / "out", FETCH_BUDGET_S="2")
        elapsed = time.monotonic() - started

    assert elapsed < 2 + 1.0
    assert "fetch budget of 2 s" in caplog.text
    assert not (tmp_path / "out" / "posts").exists()


def test_budget_bounds_read_timeouts(tmp_path: Path) -> None:
    hang = [Fault(delay_s=5.0)] * 20
    faults = {card_path(6): hang, card_path(7): list(hang)}
    with ReplayServer(two_race_site(tmp_path), faults=faults) as server:
        started = time.monotonic()
        with pytest.raises(jobs.JobFailed):
            predict(server.base_url, tmp_path / "out", FETCH_BUDGET_S="2", READ_TIMEOUT_S="0.4")
        elapsed = time.monotonic() - started

    # NOTE: the budget bounds the waits between attempts, so one attempt started before the
    # deadline may still run for up to READ_TIMEOUT_S past it.
    assert elapsed < 2 + 0.4 + 1.0


# --- bad card pages ---------------------------------------------------------------------------

CARD_SOURCE = f"http://127.0.0.1/uma_shosai/{race_id(6)}.do"
LAYOUT_VARIANTS = {
    "truncated.do": "the header prints （14頭） but the runner table has 7 rows",
    "renamed_header.do": "(missing: ['馬番'])",
    "excluded_without_number.do": "a 除外 row has neither a horse number nor writeOdds(N)",
    "unknown_prefix.do": "has the unknown prefix [外]",
}


def test_variant_folder_complete() -> None:
    on_disk = {path.name for path in CARD_VARIANTS.glob("*.do")}
    assert on_disk == set(LAYOUT_VARIANTS) | {"no_past_runs.do", "excluded_row.do", "markup_in_names.do"}


@pytest.mark.parametrize(("name", "fragment"), sorted(LAYOUT_VARIANTS.items()))
def test_variant_layout_error(name: str, fragment: str) -> None:
    from scraper.card import parse_card

    with pytest.raises(LayoutError) as caught:
        parse_card((CARD_VARIANTS / name).read_bytes(), CARD_SOURCE)

    assert fragment in caught.value.missing
    assert caught.value.race_id == race_id(6)
    assert caught.value.source == CARD_SOURCE
    assert CARD_SOURCE in str(caught.value)


def test_variant_no_past_runs() -> None:
    from scraper.card import parse_card

    card = parse_card((CARD_VARIANTS / "no_past_runs.do").read_bytes(), CARD_SOURCE)

    assert len(card.runners) == 14
    assert all(runner.past_runs == [] for runner in card.runners)


def test_variant_excluded_row() -> None:
    from scraper.card import parse_card

    card = parse_card((CARD_VARIANTS / "excluded_row.do").read_bytes(), CARD_SOURCE)
    scratched = {runner.number: runner.scratch_reason for runner in card.runners if runner.scratched}

    assert [runner.number for runner in card.runners] == list(range(1, 15))
    assert scratched == {13: "除外", 14: "取消"}


def test_variant_markup_in_names() -> None:
    from scraper.card import parse_card

    card = parse_card((CARD_VARIANTS / "markup_in_names.do").read_bytes(), CARD_SOURCE)

    assert card.runners[0].name == "<script>alert(1)</script>"
    assert card.name == '"><img src=x onerror=alert(1)>四扇賞'


@pytest.mark.parametrize("name", sorted(LAYOUT_VARIANTS))
def test_variant_job_leaves_race_out(tmp_path: Path, name: str, caplog: pytest.LogCaptureFixture) -> None:
    card = (CARD_VARIANTS / name).read_bytes()
    with caplog.at_level(logging.INFO), ReplayServer(two_race_site(tmp_path, card)) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert_left_out(tmp_path, summary, 6, caplog)
    assert LAYOUT_VARIANTS[name] in venue(summary)["failed"][0]["reason"]


def test_variant_job_no_past_runs_open(tmp_path: Path) -> None:
    card = (CARD_VARIANTS / "no_past_runs.do").read_bytes()
    with ReplayServer(two_race_site(tmp_path, card)) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert summary["predicted"] == 2
    assert venue(summary)["failed"] == []
    section = race_section((tmp_path / "out" / POST_FILE).read_text(encoding="utf-8"), 6)
    assert "混戦" in section  # no runner has a speed figure, so the race is marked open


def test_variant_job_excluded_not_marked(tmp_path: Path) -> None:
    card = (CARD_VARIANTS / "excluded_row.do").read_bytes()
    with ReplayServer(two_race_site(tmp_path, card)) as server:
        summary = predict(server.base_url, tmp_path / "out")

    assert summary["predicted"] == 2
    from store.sqlite import SQLiteStore

    store = SQLiteStore(tmp_path / "out" / "state.sqlite3")
    try:
        payload = store.get_prediction(race_id(6))
    finally:
        store.close()
    marked = {number for numbers in payload["marks"].values() for number in numbers}
    in_tickets = {number for ticket in payload["tickets"] for number in ticket["combination"]}
    assert not marked & {13, 14}
    assert not in_tickets & {13, 14}


# --- alerts -----------------------------------------------------------------------------------


class WebhookServer:
    """A loopback webhook that stores each POSTed JSON body and can respond slowly."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.bodies: list[dict] = []
        self.delay_s = delay_s
        self.release = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server naming)
                length = int(self.headers.get("Content-Length") or 0)
                outer.bodies.append(json.loads(self.rfile.read(length)))
                if outer.delay_s:
                    outer.release.wait(outer.delay_s)
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hooks/alert-token-51f0"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "WebhookServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()


def user_function(name: str):  # noqa: ANN201
    """Return the Python function behind trigger `name`.

    FunctionApp.get_functions() raises when called a second time in one process, and the
    trigger tests already call it, so the builder's function is read directly.
    """
    return getattr(function_app, name)._function.get_user_function()


def no_card_site(tmp_path: Path) -> Path:
    """The two-race day with both card files removed, so every card request returns 404."""
    site = two_race_site(tmp_path)
    for number in (6, 7):
        (site / card_path(number).lstrip("/")).unlink()
    return site


def call_predict_http(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> func.HttpResponse:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(function_app, "utc_now", lambda: dt.datetime(2025, 1, 1, 1, 0, tzinfo=dt.timezone.utc))
    request = func.HttpRequest(method="POST", url="http://localhost/api/runs/predict", params={"date": "2025-01-01"}, body=b"")
    return user_function("predict_http")(request)


def test_alert_sent_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    with WebhookServer() as webhook, ReplayServer(no_card_site(tmp_path)) as site, caplog.at_level(logging.INFO):
        env = job_env(site.base_url, tmp_path / "out", ALERT_WEBHOOK_URL=webhook.url)
        response = call_predict_http(monkeypatch, env)

    errors = [r for r in caplog.records if r.name == "function_app" and r.levelno >= logging.ERROR]
    assert response.status_code == 502
    assert len(errors) == 1
    assert "predict job for 2025-01-01 failed" in errors[0].getMessage()
    (body,) = webhook.bodies
    assert body["job"] == "predict"
    assert body["date"] == "2025-01-01"
    assert body["error"] == "JobFailed"
    assert "2025-01-01" in body["log_hint"]
    assert body["summary"]["failed"] == 2
    assert not (tmp_path / "out" / "posts").exists()


def test_alert_unreachable_logged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens on this port any more
    with ReplayServer(no_card_site(tmp_path)) as site, caplog.at_level(logging.INFO):
        env = job_env(site.base_url, tmp_path / "out", ALERT_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook")
        response = call_predict_http(monkeypatch, env)

    assert response.status_code == 502
    assert "alert to ALERT_WEBHOOK_URL failed" in caplog.text


def test_alert_slow_webhook_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr("jobs.alerts.ALERT_TIMEOUT_S", 0.5)
    with WebhookServer(delay_s=10) as webhook, ReplayServer(no_card_site(tmp_path)) as site, caplog.at_level(logging.INFO):
        env = job_env(site.base_url, tmp_path / "out", ALERT_WEBHOOK_URL=webhook.url)
        started = time.monotonic()
        response = call_predict_http(monkeypatch, env)
        elapsed = time.monotonic() - started

    assert response.status_code == 502
    assert elapsed < 0.5 + 1.5
    assert "alert to ALERT_WEBHOOK_URL failed" in caplog.text


def test_alert_timeout_is_short() -> None:
    from jobs.alerts import ALERT_TIMEOUT_S

    assert ALERT_TIMEOUT_S <= 10
