"""capture_day against a replay of a copy of the sample 川崎 2025-01-01 folder."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from jobs.capture import calendar_path, capture_day, output_file
from scraper.client import SiteClient
from scraper.errors import FetchError
from scraper.replay import Fault, ReplayServer

SAMPLE = Path(__file__).resolve().parent / "pages" / "constructed" / "kawasaki-2025-01-01"
DAY = dt.date(2025, 1, 1)
RACE_ID = "2025010121100206"
RESULT_BODY = "<html>結果</html>".encode("cp932")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the sample day, plus a result page for 6R."""
    folder = tmp_path / "site"
    shutil.copytree(SAMPLE, folder)
    (folder / "PROVENANCE.md").unlink()
    (folder / "result").mkdir()
    (folder / "result" / f"{RACE_ID}.do").write_bytes(RESULT_BODY)
    return folder


def make_client(server: ReplayServer) -> SiteClient:
    return SiteClient(server.base_url, "nankan-teio/0.1 (+test)", delay_s=0, sleep=lambda seconds: None)


def read_provenance(out_dir: Path) -> list[dict[str, str]]:
    with (out_dir / "PROVENANCE.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def site_files(folder: Path) -> set[str]:
    return {"/" + path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def test_calendar_path_quarters() -> None:
    assert calendar_path(dt.date(2025, 1, 1)) == "/calendar/202501.do"
    assert calendar_path(dt.date(2025, 3, 31)) == "/calendar/202501.do"
    assert calendar_path(dt.date(2026, 9, 7)) == "/calendar/202607.do"
    assert calendar_path(dt.date(2026, 10, 1)) == "/calendar/202610.do"


def test_capture_bytes_identical(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with ReplayServer(site) as server, make_client(server) as client:
        pages = capture_day(DAY, out, client)

    expected = site_files(site)
    assert site_files(out) - {"/PROVENANCE.tsv"} == expected
    for path in expected:
        assert (out / path.lstrip("/")).read_bytes() == (site / path.lstrip("/")).read_bytes(), path
    assert [page.final_path for page in pages] == [
        "/robots.txt",
        "/calendar/202501.do",
        "/program/20250101211002.do",
        f"/uma_shosai/{RACE_ID}.do",
        f"/result/{RACE_ID}.do",
    ]


def test_capture_provenance_lines(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with ReplayServer(site) as server, make_client(server) as client:
        pages = capture_day(DAY, out, client)

    rows = read_provenance(out)
    assert [row["path"] for row in rows] == [page.final_path for page in pages]
    for row in rows:
        saved = (out / row["path"].lstrip("/")).read_bytes()
        assert row["url"] == server.base_url + row["path"]
        assert row["status"] == "200"
        assert row["sha256"] == hashlib.sha256(saved).hexdigest()
        assert row["bytes"] == str(len(saved))
        assert dt.datetime.fromisoformat(row["fetched_at"]).tzinfo is not None


def test_capture_rerun_replaces_lines(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for _ in range(2):
        with ReplayServer(site) as server, make_client(server) as client:
            capture_day(DAY, out, client)

    rows = read_provenance(out)
    assert len(rows) == 5
    assert len({row["path"] for row in rows}) == 5


def test_capture_result_404_skipped(site: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    shutil.rmtree(site / "result")
    out = tmp_path / "out"
    with ReplayServer(site) as server, make_client(server) as client:
        pages = capture_day(DAY, out, client)

    assert f"/uma_shosai/{RACE_ID}.do" in [page.final_path for page in pages]
    assert not (out / "result").exists()
    assert any("not found (HTTP 404); skipped" in record.getMessage() for record in caplog.records)


def test_capture_without_results(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with ReplayServer(site) as server, make_client(server) as client:
        capture_day(DAY, out, client, results=False)

    assert ("GET", f"/result/{RACE_ID}.do") not in server.requests
    assert not (out / "result").exists()


def test_capture_no_race_day(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with ReplayServer(site) as server, make_client(server) as client:
        pages = capture_day(dt.date(2025, 1, 2), out, client)

    assert [page.final_path for page in pages] == ["/robots.txt", "/calendar/202501.do"]
    assert len(read_provenance(out)) == 2


def test_capture_failure_keeps_provenance(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    faults = {f"/syousai/{RACE_ID}.do": [Fault(status=503)] * 5}
    with ReplayServer(site, faults=faults) as server:
        client = SiteClient(server.base_url, "nankan-teio/0.1 (+test)", delay_s=0, sleep=lambda s: None, max_attempts=2)
        with client, pytest.raises(FetchError):
            capture_day(DAY, out, client)

    assert [row["path"] for row in read_provenance(out)] == [
        "/robots.txt",
        "/calendar/202501.do",
        "/program/20250101211002.do",
    ]


def test_capture_without_robots(site: Path, tmp_path: Path) -> None:
    (site / "robots.txt").unlink()
    out = tmp_path / "out"
    with ReplayServer(site) as server, make_client(server) as client:
        pages = capture_day(DAY, out, client)

    assert pages[0].final_path == "/calendar/202501.do"
    assert not (out / "robots.txt").exists()


@pytest.mark.parametrize(
    "site_path",
    ["/../escape.do", "/program/../../x.do", "/program/abc.do", "/PROVENANCE.tsv", "/program/2025.do/../x"],
)
def test_output_file_rejects(site_path: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        output_file(tmp_path, site_path)


def test_output_file_inside(tmp_path: Path) -> None:
    target = output_file(tmp_path, f"/uma_shosai/{RACE_ID}.do")

    assert target == (tmp_path / "uma_shosai" / f"{RACE_ID}.do").resolve()
