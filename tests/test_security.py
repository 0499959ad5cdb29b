"""HTTP trigger input, markup in scraped names, and paths built from scraped ids."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import azure.functions as func
import pytest

import function_app
from jobs.pipeline import _digits
from publisher.base import Post
from publisher.local import post_path
from scraper.replay import ReplayServer
from store.archive import validate_path
from tests.sites import copy_sample_day, job_env
from tests.test_faults_blogger import ENV_KEYS
from tests.test_faults_site import CARD_VARIANTS, POST_FILE, add_race, card_path, race_section, two_race_site, user_function

EXPECTED_PATHS = {
    "/robots.txt",
    "/calendar/202501.do",
    "/program/20250101211002.do",
    "/syousai/2025010121100206.do",
    "/uma_shosai/2025010121100206.do",
}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(function_app, "utc_now", lambda: dt.datetime(2025, 1, 1, 1, 0, tzinfo=dt.timezone.utc))


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReplayServer:
    server = ReplayServer(copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")).start()
    for key, value in job_env(server.base_url, tmp_path / "out").items():
        monkeypatch.setenv(key, value)
    yield server
    server.close()


def call(route: str, params: dict[str, str], method: str = "POST", headers: dict[str, str] | None = None) -> func.HttpResponse:
    request = func.HttpRequest(method=method, url=f"http://localhost/api/runs/{route}", params=params, body=b"", headers=headers or {})
    return user_function(f"{route}_http")(request)


def test_app_default_auth_level() -> None:
    assert function_app.app.auth_level == func.AuthLevel.FUNCTION


@pytest.mark.parametrize("route", ["predict", "results"])
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "HEAD"])
def test_http_rejects_other_methods(site: ReplayServer, route: str, method: str) -> None:
    response = call(route, {"date": "2025-01-01"}, method=method)

    assert response.status_code == 405
    assert site.requests == []


@pytest.mark.parametrize(
    "date",
    [
        "2025-01-01&x=y",
        "2025-01-01/../../x",
        "2025-01-01\n",
        " 2025-01-01",
        "２０２５-01-01",
        "2025-0١-01",
        "2025-01-01" + "0" * 10_000,
        "'; DROP TABLE posts;--",
        "%32025-01-01",
    ],
)
@pytest.mark.parametrize("route", ["predict", "results"])
def test_http_rejects_crafted_date(site: ReplayServer, route: str, date: str) -> None:
    response = call(route, {"date": date})

    assert response.status_code == 400
    assert "YYYY-MM-DD" in json.loads(response.get_body())["error"]
    assert site.requests == []


def test_http_rejects_week_date(site: ReplayServer) -> None:
    response = call("predict", {"date": "2025-W01-3"})

    assert response.status_code == 400


def test_only_date_reaches_site(site: ReplayServer, tmp_path: Path) -> None:
    params = {"date": "2025-01-01", "path": "/../../etc/passwd", "race": "../../x", "url": "http://127.0.0.2/"}
    headers = {"X-Forwarded-Host": "127.0.0.2", "X-Original-URL": "/admin"}
    response = call("predict", params, headers=headers)

    assert response.status_code == 200
    assert {path for _, path in site.requests} == EXPECTED_PATHS
    assert (tmp_path / "out" / POST_FILE).is_file()


def test_markup_rendered_as_text(tmp_path: Path) -> None:
    from jobs import predict
    from jobs.settings import load_settings
    from tests.test_faults_site import DATE

    card = (CARD_VARIANTS / "markup_in_names.do").read_bytes()
    with ReplayServer(two_race_site(tmp_path, card)) as server:
        predict(DATE, load_settings(job_env(server.base_url, tmp_path / "out")))

    html = (tmp_path / "out" / POST_FILE).read_text(encoding="utf-8")
    section = race_section(html, 6)
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'onerror=alert(1)>' not in html


def test_crafted_card_link_not_fetched(tmp_path: Path) -> None:
    from jobs import predict
    from jobs.settings import load_settings
    from tests.test_faults_site import DATE

    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    add_race(site, 7, href="/syousai/../../../x.do")
    (site / card_path(7).lstrip("/")).unlink()
    with ReplayServer(site) as server:
        summary = predict(DATE, load_settings(job_env(server.base_url, tmp_path / "out")))

    (venue,) = summary["venues"]
    assert [(item["race_number"], item["reason"]) for item in venue["skipped"]] == [(7, "card not published")]
    assert {path for _, path in server.requests} == EXPECTED_PATHS
    written = [path.resolve() for path in (tmp_path / "out").rglob("*")]
    assert all(path.is_relative_to((tmp_path / "out").resolve()) for path in written)
    assert not (tmp_path / "x.do").exists()


@pytest.mark.parametrize("value", ["../../x", "2025010121100206/..", "２０２５０１０１２１１００２０６", "202501012110020", "2025010121100206\n"])
def test_digits_rejects_crafted_id(value: str) -> None:
    with pytest.raises(ValueError):
        _digits(value, 16)


@pytest.mark.parametrize("path", ["/uma_shosai/../../x.do", "/result/2025010121100206.do/../x", "/robots.txt/..", "/program/２０２５０１０１２１１００２.do"])
def test_archive_rejects_crafted_path(path: str) -> None:
    with pytest.raises(ValueError):
        validate_path(path)


@pytest.mark.parametrize(
    ("date", "track_code", "kind"),
    [("../../x", "21", "predict"), ("2025-01-01", "../21", "predict"), ("2025-01-01", "21", "../predict"), ("2025-01-01/..", "21", "predict")],
)
def test_local_post_path_rejects(date: str, track_code: str, kind: str) -> None:
    post = Post(kind=kind, date=date, track_code=track_code, venue="川崎", title="t")
    with pytest.raises(ValueError):
        post_path(post)


def test_results_markup_as_text(tmp_path: Path) -> None:
    from jobs import predict, results
    from jobs.settings import load_settings
    from scraper.result import parse_result

    site = copy_sample_day("funabashi-2026-08-28", tmp_path / "site")
    page = site / "result" / "2026082819060512.do"
    winner = parse_result(page.read_bytes(), str(page)).runners[0].name
    markup = "&lt;script&gt;alert(1)&lt;/script&gt;"
    page.write_bytes(page.read_bytes().replace(winner.encode("cp932"), markup.encode("cp932")))
    date = dt.date(2026, 8, 28)
    with ReplayServer(site) as server:
        settings = load_settings(job_env(server.base_url, tmp_path / "out"))
        predict(date, settings)
        summary = results(date, settings)

    html = (tmp_path / "out" / summary["venues"][0]["post_id"]).read_text(encoding="utf-8")
    assert "<script" not in html
    assert markup in html
