"""The Azure Functions app: bindings as the host reads them, and both triggers called directly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import azure.functions as func
import pytest
from azure.functions.timer import TimerRequest

import function_app
from scraper.errors import FetchError
from scraper.replay import ReplayServer
from tests.sites import copy_sample_day, set_job_env

FUNCTIONS = {fn.get_function_name(): fn for fn in function_app.app.get_functions()}


def bindings(name: str) -> list[dict]:
    return FUNCTIONS[name].get_bindings_dict()["bindings"]


def user_function(name: str):  # noqa: ANN201
    return FUNCTIONS[name].get_user_function()


def test_app_function_names() -> None:
    assert sorted(FUNCTIONS) == ["predict_http", "predict_timer", "results_http", "results_timer"]


@pytest.mark.parametrize(("name", "schedule"), [("predict_timer", "%PREDICT_SCHEDULE%"), ("results_timer", "%RESULTS_SCHEDULE%")])
def test_timer_binding(name: str, schedule: str) -> None:
    (binding,) = bindings(name)
    assert binding["type"] == "timerTrigger"
    assert binding["schedule"] == schedule
    assert binding["runOnStartup"] is False


@pytest.mark.parametrize(("name", "route"), [("predict_http", "runs/predict"), ("results_http", "runs/results")])
def test_http_binding(name: str, route: str) -> None:
    trigger = bindings(name)[0]
    assert trigger["type"] == "httpTrigger"
    assert trigger["route"] == route
    assert [str(m.value) for m in trigger["methods"]] == ["POST"]
    assert trigger["authLevel"].value == "function"


def http_request(route: str, date: str | None = None, method: str = "POST") -> func.HttpRequest:
    params = {} if date is None else {"date": date}
    return func.HttpRequest(method=method, url=f"http://localhost/api/{route}", params=params, body=b"")


@pytest.fixture
def fixed_now(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    def pin(moment: dt.datetime) -> None:
        monkeypatch.setattr(function_app, "utc_now", lambda: moment)

    return pin


@pytest.fixture
def kawasaki_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    with ReplayServer(site) as server:
        yield set_job_env(monkeypatch, server.base_url, tmp_path / "out")


def test_http_predict_runs_job(kawasaki_env: Path, fixed_now) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2025, 1, 1, 1, 0, tzinfo=dt.timezone.utc))
    response = user_function("predict_http")(http_request("runs/predict", "2025-01-01"))
    body = json.loads(response.get_body())

    assert response.status_code == 200
    assert body["ok"] is True
    assert body["summary"]["predicted"] == 1
    assert (kawasaki_env / "posts" / "2025-01-01-kawasaki-predict.html").is_file()


@pytest.mark.parametrize(
    ("date", "fragment"),
    [("2025/01/01", "YYYY-MM-DD"), ("20250101", "YYYY-MM-DD"), ("2025-01-09", "先すぎます"), ("2023-11-27", "古すぎます"), ("../x", "YYYY-MM-DD")],
)
def test_http_rejects_bad_date(date: str, fragment: str, fixed_now) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2025, 1, 1, 1, 0, tzinfo=dt.timezone.utc))
    response = user_function("predict_http")(http_request("runs/predict", date))
    body = json.loads(response.get_body())

    assert response.status_code == 400
    assert fragment in body["error"]


def test_http_date_window_ahead_edge(fixed_now, kawasaki_env: Path) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2025, 1, 1, 1, 0, tzinfo=dt.timezone.utc))
    response = user_function("predict_http")(http_request("runs/predict", "2025-01-08"))

    # Seven days ahead passes validation and reaches the job: no race that day in the sample.
    assert response.status_code == 200
    assert json.loads(response.get_body())["summary"]["races_found"] == 0


def test_http_date_window_back_edge(fixed_now, kawasaki_env: Path) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2026, 2, 5, 1, 0, tzinfo=dt.timezone.utc))  # 2025-01-01 is exactly 400 days back
    accepted = user_function("predict_http")(http_request("runs/predict", "2025-01-01"))
    rejected = user_function("predict_http")(http_request("runs/predict", "2024-12-31"))

    assert accepted.status_code == 200
    assert rejected.status_code == 400


def test_http_rejects_get(fixed_now) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2025, 1, 1, 1, 0, tzinfo=dt.timezone.utc))
    response = user_function("predict_http")(http_request("runs/predict", "2025-01-01", method="GET"))
    assert response.status_code == 405


def test_timer_uses_tokyo_date(kawasaki_env: Path, fixed_now) -> None:  # noqa: ANN001
    # 22:00 UTC on 2024-12-31 is 07:00 JST on 2025-01-01: the race date is the Tokyo one.
    fixed_now(dt.datetime(2024, 12, 31, 22, 0, tzinfo=dt.timezone.utc))
    user_function("predict_timer")(TimerRequest(past_due=False), Context(retry_count=0))

    assert (kawasaki_env / "posts" / "2025-01-01-kawasaki-predict.html").is_file()


def test_timer_past_due_still_runs(kawasaki_env: Path, fixed_now, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2024, 12, 31, 23, 59, tzinfo=dt.timezone.utc))
    with caplog.at_level("WARNING"):
        user_function("predict_timer")(TimerRequest(past_due=True), Context(retry_count=0))

    assert "past due" in caplog.text
    assert (kawasaki_env / "posts" / "2025-01-01-kawasaki-predict.html").is_file()


def test_timer_day_without_races(kawasaki_env: Path, fixed_now, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2025, 1, 1, 22, 0, tzinfo=dt.timezone.utc))  # 2025-01-02 JST: no race in the sample
    with caplog.at_level("INFO"):
        user_function("predict_timer")(TimerRequest(past_due=False), Context(retry_count=0))

    assert "no Nankan races" in caplog.text
    assert not (kawasaki_env / "posts").exists()


class RetryContext:
    def __init__(self, retry_count: int, max_retry_count: int) -> None:
        self.retry_count = retry_count
        self.max_retry_count = max_retry_count


class Context:
    def __init__(self, retry_count: int, max_retry_count: int = 2) -> None:
        self.retry_context = RetryContext(retry_count, max_retry_count)


@pytest.mark.parametrize("name", ["predict_timer", "results_timer"])
def test_timer_retry_policy(name: str) -> None:
    policy = FUNCTIONS[name].get_setting("retry_policy").get_dict_repr()
    assert policy["strategy"] == "exponential_backoff"
    assert policy["max_retry_count"] == "2"


@pytest.fixture
def unreachable_site_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    server = ReplayServer(tmp_path).start()
    base_url = server.base_url
    server.close()  # nothing listens on that port any more: every fetch is refused
    return set_job_env(monkeypatch, base_url, tmp_path / "out", FETCH_BUDGET_S="1")


def test_timer_transient_failure_left_to_host(unreachable_site_env: Path, fixed_now, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2024, 12, 31, 22, 0, tzinfo=dt.timezone.utc))
    with caplog.at_level("WARNING"), pytest.raises(Exception) as raised:
        user_function("predict_timer")(TimerRequest(past_due=False), Context(retry_count=0))

    assert isinstance(raised.value, FetchError)
    assert "the host retries it" in caplog.text
    assert not [r for r in caplog.records if r.levelname == "ERROR" and r.name == "function_app"]


def test_timer_transient_failure_last_attempt(unreachable_site_env: Path, fixed_now, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2024, 12, 31, 22, 0, tzinfo=dt.timezone.utc))
    with caplog.at_level("WARNING"), pytest.raises(Exception):
        user_function("predict_timer")(TimerRequest(past_due=False), Context(retry_count=2))

    errors = [r for r in caplog.records if r.levelname == "ERROR" and r.name == "function_app"]
    assert len(errors) == 1
    assert "predict job for 2025-01-01 failed" in errors[0].getMessage()


def test_timer_permanent_failure_not_retried(kawasaki_env: Path, tmp_path: Path, fixed_now, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ANN001
    # Every card page is gone: nothing can be predicted, which a retry would not change.
    for card in (tmp_path / "site" / "uma_shosai").iterdir():
        card.unlink()
    fixed_now(dt.datetime(2024, 12, 31, 22, 0, tzinfo=dt.timezone.utc))
    with caplog.at_level("WARNING"):
        user_function("predict_timer")(TimerRequest(past_due=False), Context(retry_count=0))

    errors = [r for r in caplog.records if r.levelname == "ERROR" and r.name == "function_app"]
    assert len(errors) == 1
    assert not (kawasaki_env / "posts").exists()


@pytest.fixture
def funabashi_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    site = copy_sample_day("funabashi-2026-08-28", tmp_path / "site")
    with ReplayServer(site) as server:
        yield set_job_env(monkeypatch, server.base_url, tmp_path / "out")


def test_http_results_runs_job(funabashi_env: Path, fixed_now) -> None:  # noqa: ANN001
    fixed_now(dt.datetime(2026, 8, 28, 12, 30, tzinfo=dt.timezone.utc))
    predicted = user_function("predict_http")(http_request("runs/predict", "2026-08-28"))
    response = user_function("results_http")(http_request("runs/results", "2026-08-28"))
    body = json.loads(response.get_body())

    assert predicted.status_code == 200
    assert response.status_code == 200
    assert body["summary"]["settled"] == 1
    assert (funabashi_env / "posts" / "2026-08-28-funabashi-results.html").is_file()


def test_results_timer_uses_tokyo_date(funabashi_env: Path, fixed_now) -> None:  # noqa: ANN001
    # 12:30 UTC is 21:30 JST on the same day.
    fixed_now(dt.datetime(2026, 8, 28, 12, 30, tzinfo=dt.timezone.utc))
    user_function("predict_timer")(TimerRequest(past_due=False), Context(retry_count=0))
    user_function("results_timer")(TimerRequest(past_due=False), Context(retry_count=0))

    assert (funabashi_env / "posts" / "2026-08-28-funabashi-results.html").is_file()
