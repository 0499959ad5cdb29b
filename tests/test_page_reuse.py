"""Re-runs and the raw-page archive: the day's calendar is reused, other pages are fetched again,
and an archived program or card is used when the site cannot be reached."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jobs
from jobs.settings import load_settings
from scraper.replay import Fault, ReplayServer
from tests.sites import copy_sample_day, job_env

CARD = "/syousai/2025010121100206.do"
PROGRAM = "/program/20250101211002.do"
CALENDAR = "/calendar/202501.do"


def paths(server: ReplayServer) -> list[str]:
    return [path for _method, path in server.requests]


def test_rerun_reuses_calendar_only(tmp_path: Path) -> None:
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    with ReplayServer(site) as server:
        settings = load_settings(job_env(server.base_url, tmp_path / "out"))
        first = jobs.predict(dt.date(2025, 1, 1), settings)
        second = jobs.predict(dt.date(2025, 1, 1), settings)

    assert paths(server).count(CALENDAR) == 1
    assert paths(server).count(PROGRAM) == 2
    assert paths(server).count(CARD) == 2
    assert first["pages_reused"] == 0
    assert second["pages_reused"] == 1


def test_archived_card_used_when_site_fails(tmp_path: Path) -> None:
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    with ReplayServer(site) as server:
        settings = load_settings(job_env(server.base_url, tmp_path / "out", FETCH_BUDGET_S="1"))
        jobs.predict(dt.date(2025, 1, 1), settings)
    # The second run meets a site whose program and card return 503 until the budget runs out.
    broken = {path: [Fault(status=503)] * 20 for path in (PROGRAM, CARD, "/uma_shosai/2025010121100206.do")}
    with ReplayServer(site, faults=broken) as server:
        settings = load_settings(job_env(server.base_url, tmp_path / "out", FETCH_BUDGET_S="1"))
        second = jobs.predict(dt.date(2025, 1, 1), settings)

    assert second["predicted"] == 1
    assert second["pages_reused"] == 3
    assert (tmp_path / "out" / "posts" / "2025-01-01-kawasaki-predict.html").is_file()


def test_results_page_never_reused(tmp_path: Path) -> None:
    site = copy_sample_day("funabashi-2026-08-28", tmp_path / "site")
    with ReplayServer(site) as server:
        settings = load_settings(job_env(server.base_url, tmp_path / "out"))
        jobs.predict(dt.date(2026, 8, 28), settings)
        jobs.results(dt.date(2026, 8, 28), settings)
        jobs.results(dt.date(2026, 8, 28), settings)

    assert paths(server).count("/result/2026082819060512.do") == 2
