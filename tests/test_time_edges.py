"""Race dates at the UTC/JST boundary, past-due timers, days off and called-off races."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from azure.functions.timer import TimerRequest

import function_app
import jobs
from jobs.dates import tokyo_today
from jobs.settings import load_settings
from scraper.replay import ReplayServer
from tests.blogger_server import FakeBlogger
from tests.sites import copy_sample_day, job_env
from tests.test_faults_blogger import ENV_KEYS, blogger_env
from tests.test_faults_site import DATE, POST_FILE, add_race, race_section, user_function

UTC = dt.timezone.utc


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)


@pytest.mark.parametrize(
    ("utc", "tokyo"),
    [
        (dt.datetime(2024, 12, 31, 14, 59, 59, tzinfo=UTC), dt.date(2024, 12, 31)),
        (dt.datetime(2024, 12, 31, 15, 0, tzinfo=UTC), dt.date(2025, 1, 1)),
        (dt.datetime(2024, 12, 31, 22, 0, tzinfo=UTC), dt.date(2025, 1, 1)),
        (dt.datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC), dt.date(2025, 1, 1)),
        (dt.datetime(2025, 2, 28, 22, 0, tzinfo=UTC), dt.date(2025, 3, 1)),
        (dt.datetime(2024, 2, 28, 22, 0, tzinfo=UTC), dt.date(2024, 2, 29)),
    ],
)
def test_tokyo_today_boundary(utc: dt.datetime, tokyo: dt.date) -> None:
    assert tokyo_today(utc) == tokyo


def test_tokyo_today_rejects_naive() -> None:
    with pytest.raises(ValueError):
        tokyo_today(dt.datetime(2025, 1, 1, 0, 0))


@pytest.fixture
def kawasaki(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Serve the sample day, set the job environment and return the output folder."""
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    server = ReplayServer(site).start()
    for key, value in job_env(server.base_url, tmp_path / "out").items():
        monkeypatch.setenv(key, value)
    yield tmp_path / "out"
    server.close()


@pytest.mark.parametrize("hour", [22, 23])
def test_timer_late_utc_next_date(kawasaki: Path, monkeypatch: pytest.MonkeyPatch, hour: int, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(function_app, "utc_now", lambda: dt.datetime(2024, 12, 31, hour, 30, tzinfo=UTC))
    with caplog.at_level(logging.INFO):
        user_function("predict_timer")(TimerRequest(past_due=False), None)

    assert "race date 2025-01-01" in caplog.text
    assert (kawasaki / POST_FILE).is_file()


def test_timer_past_due_warns(kawasaki: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(function_app, "utc_now", lambda: dt.datetime(2025, 1, 1, 3, 0, tzinfo=UTC))
    with caplog.at_level(logging.INFO):
        user_function("predict_timer")(TimerRequest(past_due=True), None)

    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "function_app"]
    assert warnings == ["predict timer is past due; running now"]
    assert (kawasaki / POST_FILE).is_file()


def test_day_off_posts_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeBlogger().start()
    try:
        with ReplayServer(copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")) as server, caplog.at_level(logging.INFO):
            settings = load_settings(blogger_env(fake, server.base_url, tmp_path / "out"))
            morning = jobs.predict(dt.date(2025, 1, 2), settings)
            evening = jobs.results(dt.date(2025, 1, 2), settings)
    finally:
        fake.stop()

    assert morning["races_found"] == 0
    assert evening["races_found"] == 0
    assert fake.requests == []
    assert "no Nankan races" in caplog.text


def test_last_races_called_off(tmp_path: Path) -> None:
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    add_race(site, 7, called_off=True, name="七番賞")
    add_race(site, 8, called_off=True, name="八番賞")
    with ReplayServer(site) as server:
        summary = jobs.predict(DATE, load_settings(job_env(server.base_url, tmp_path / "out")))

    (venue,) = summary["venues"]
    assert summary["races_found"] == 3
    assert summary["predicted"] == 1
    assert [(item["race_number"], item["reason"]) for item in venue["skipped"]] == [(7, "called off"), (8, "called off")]
    assert not [path for _, path in server.requests if path.endswith(("07.do", "08.do"))]
    html = (tmp_path / "out" / POST_FILE).read_text(encoding="utf-8")
    for number in (7, 8):
        section = race_section(html, number)
        assert "取り止め" in section
        assert "◎" not in section
    assert "◎" in race_section(html, 6)
