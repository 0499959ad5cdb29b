"""Raw-page archive tests, run against the local folder and Azure Blob Storage (on Azurite)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobs.settings import load_settings
from scraper.client import Page
from store.archive import BlobArchive, LocalArchive, fetch_day, validate_path
from store.errors import StoreError
from store.factory import open_archive
from tests.azurite import azurite_connection_string, azurite_container  # noqa: F401 - pytest fixtures

RESULT_PATH = "/result/2026082819060512.do"
RESULT_FILE = Path(__file__).parent / "pages" / "captured" / "funabashi-2026-08-28" / "result" / "2026082819060512.do"
# 06:30 in Japan on 2026-08-28 is still 2026-08-27 in UTC.
MORNING = dt.datetime(2026, 8, 27, 21, 30, 5, tzinfo=dt.timezone.utc)
RACE_DAY = dt.date(2026, 8, 28)

ESCAPING_PATHS = [
    "/../etc/passwd",
    "/result/../../../etc/passwd",
    "/result/2026082819060512.do/../../x",
    "/result/../2026082819060512.do",
    "result/2026082819060512.do",
    "//result/2026082819060512.do",
    "/result/2026082819060512.do\n",
    "/result/2026082819060512.do?x=1",
    "/result/20260828190605120.do",
    "/result/２０２６０８２８１９０６０５１２.do",
    "\\result\\2026082819060512.do",
    "/result/..%2F..%2Fx.do",
    "/admin/2026082819060512.do",
    "",
]


def make_page(
    body: bytes,
    path: str = RESULT_PATH,
    status: int = 200,
    fetched_at: dt.datetime = MORNING,
    url: str | None = None,
) -> Page:
    return Page(
        path=path,
        url=url or f"https://www.nankankeiba.com{path}",
        status=status,
        body=body,
        fetched_at=fetched_at,
        sha256=hashlib.sha256(body).hexdigest(),
        elapsed_s=0.2,
    )


@pytest.fixture
def result_body() -> bytes:
    return RESULT_FILE.read_bytes()


@pytest.fixture(params=["local", "blob"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LocalArchive | BlobArchive]:
    if request.param == "local":
        opened: LocalArchive | BlobArchive = LocalArchive(tmp_path / "archive")
    else:
        connection_string = request.getfixturevalue("azurite_connection_string")
        opened = BlobArchive(connection_string, request.getfixturevalue("azurite_container"))
    yield opened
    opened.close()


def test_save_load_bytes(archive: LocalArchive | BlobArchive, result_body: bytes) -> None:
    archive.save(make_page(result_body))

    assert archive.load(RESULT_PATH, RACE_DAY) == result_body


def test_provenance_fields(archive: LocalArchive | BlobArchive, result_body: bytes) -> None:
    archive.save(make_page(result_body))

    record = archive.provenance(RESULT_PATH, RACE_DAY)

    assert record == {
        "path": RESULT_PATH,
        "url": "https://www.nankankeiba.com/result/2026082819060512.do",
        "status": 200,
        "fetched_at": "2026-08-27T21:30:05+00:00",
        "sha256": "574cbbe1b6d4ca264f9fe3e7c17db9cbbd2009dacd05d76ccfdbb570112bf9ff",
        "size": 100_133,
    }


def test_japan_date_folder(archive: LocalArchive | BlobArchive, result_body: bytes) -> None:
    archive.save(make_page(result_body))

    assert archive.load(RESULT_PATH, dt.date(2026, 8, 27)) is None
    assert archive.provenance(RESULT_PATH, dt.date(2026, 8, 27)) is None
    assert archive.load(RESULT_PATH, RACE_DAY) == result_body


def test_load_default_today(archive: LocalArchive | BlobArchive) -> None:
    page = make_page(b"<html>today</html>", fetched_at=dt.datetime.now(dt.timezone.utc))
    archive.save(page)

    assert archive.load(RESULT_PATH) == b"<html>today</html>"
    assert archive.provenance(RESULT_PATH)["sha256"] == page.sha256


def test_missing_returns_none(archive: LocalArchive | BlobArchive) -> None:
    assert archive.load(RESULT_PATH, RACE_DAY) is None
    assert archive.provenance(RESULT_PATH, RACE_DAY) is None


def test_error_page_not_reused(archive: LocalArchive | BlobArchive) -> None:
    archive.save(make_page(b"<html>Service Unavailable</html>", status=503))

    assert archive.load(RESULT_PATH, RACE_DAY) is None
    assert archive.provenance(RESULT_PATH, RACE_DAY)["status"] == 503


def test_save_replaces_same_day(archive: LocalArchive | BlobArchive, result_body: bytes) -> None:
    archive.save(make_page(b"<html>early</html>"))
    archive.save(make_page(result_body, fetched_at=MORNING + dt.timedelta(hours=10)))

    assert archive.load(RESULT_PATH, RACE_DAY) == result_body
    assert archive.provenance(RESULT_PATH, RACE_DAY)["fetched_at"] == "2026-08-28T07:30:05+00:00"


def test_robots_round_trip(archive: LocalArchive | BlobArchive) -> None:
    archive.save(make_page(b"User-agent: *\nDisallow:\n", path="/robots.txt"))

    assert archive.load("/robots.txt", RACE_DAY) == b"User-agent: *\nDisallow:\n"


def test_url_exact_round_trip(archive: LocalArchive | BlobArchive) -> None:
    url = "https://www.nankankeiba.com/result/2026082819060512.do?q=%E7%B5%90&name=船橋 12R"
    archive.save(make_page(b"<html></html>", url=url))

    assert archive.provenance(RESULT_PATH, RACE_DAY)["url"] == url


def test_save_checks_sha256(archive: LocalArchive | BlobArchive) -> None:
    page = make_page(b"<html>body</html>")
    tampered = Page(**{**{name: getattr(page, name) for name in Page.__slots__}, "body": b"<html>other</html>"})

    with pytest.raises(ValueError, match="has SHA-256"):
        archive.save(tampered)
    assert archive.provenance(RESULT_PATH, RACE_DAY) is None


def test_save_rejects_naive_time(archive: LocalArchive | BlobArchive) -> None:
    with pytest.raises(ValueError, match="has no time zone"):
        archive.save(make_page(b"<html></html>", fetched_at=dt.datetime(2026, 8, 28, 6, 30)))


@pytest.mark.parametrize("path", ESCAPING_PATHS)
def test_escaping_path_rejected(archive: LocalArchive | BlobArchive, path: str) -> None:
    with pytest.raises(ValueError, match="is not archivable"):
        archive.save(make_page(b"<html></html>", path=path))
    with pytest.raises(ValueError, match="is not archivable"):
        archive.load(path, RACE_DAY)
    with pytest.raises(ValueError, match="is not archivable"):
        archive.provenance(path, RACE_DAY)


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/202607.do",
        "/program/20260828190605.do",
        "/uma_shosai/2026082819060512.do",
        "/syousai/2026082819060512.do",
        "/result/2026082819060512.do",
        "/repay/20260828190605.do",
        "/robots.txt",
    ],
)
def test_site_path_accepted(path: str) -> None:
    assert validate_path(path) == path


def test_fetch_day_japan() -> None:
    assert fetch_day(dt.datetime(2026, 8, 28, 14, 59, tzinfo=dt.timezone.utc)) == RACE_DAY
    assert fetch_day(dt.datetime(2026, 8, 28, 15, 0, tzinfo=dt.timezone.utc)) == dt.date(2026, 8, 29)


def test_local_file_layout(tmp_path: Path, result_body: bytes) -> None:
    LocalArchive(tmp_path).save(make_page(result_body))

    stored = tmp_path / "2026-08-28" / "result" / "2026082819060512.do"
    sidecar = tmp_path / "2026-08-28" / "result" / "2026082819060512.do.json"
    assert stored.read_bytes() == result_body
    assert json.loads(sidecar.read_text(encoding="utf-8"))["sha256"] == hashlib.sha256(result_body).hexdigest()
    assert sorted(p.name for p in stored.parent.iterdir()) == ["2026082819060512.do", "2026082819060512.do.json"]


def test_local_tampered_copy_ignored(tmp_path: Path, result_body: bytes) -> None:
    archive = LocalArchive(tmp_path)
    archive.save(make_page(result_body))
    (tmp_path / "2026-08-28" / "result" / "2026082819060512.do").write_bytes(result_body[:1000])

    assert archive.load(RESULT_PATH, RACE_DAY) is None


def test_local_corrupt_sidecar(tmp_path: Path, result_body: bytes) -> None:
    archive = LocalArchive(tmp_path)
    archive.save(make_page(result_body))
    (tmp_path / "2026-08-28" / "result" / "2026082819060512.do.json").write_text("{not json", encoding="utf-8")

    assert archive.load(RESULT_PATH, RACE_DAY) is None
    with pytest.raises(StoreError, match="is unreadable"):
        archive.provenance(RESULT_PATH, RACE_DAY)


def test_local_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")

    with pytest.raises(StoreError, match="check that the folder is writable"):
        LocalArchive(blocker).save(make_page(b"<html></html>"))


def test_blob_metadata_provenance(azurite_connection_string: str, azurite_container: str, result_body: bytes) -> None:
    from azure.storage.blob import BlobServiceClient

    BlobArchive(azurite_connection_string, azurite_container).save(make_page(result_body))

    with BlobServiceClient.from_connection_string(azurite_connection_string) as service:
        blob = service.get_blob_client(azurite_container, "2026-08-28/result/2026082819060512.do")
        properties = blob.get_blob_properties()
        stored = blob.download_blob().readall()
    assert stored == result_body
    assert properties.metadata["sha256"] == hashlib.sha256(result_body).hexdigest()
    assert properties.metadata["status"] == "200"
    assert properties.metadata["url"] == "https://www.nankankeiba.com/result/2026082819060512.do"


def test_blob_wrong_key(azurite_connection_string: str, azurite_container: str) -> None:
    wrong = azurite_connection_string.replace("AccountKey=", "AccountKey=AAAA", 1)
    archive = BlobArchive(wrong, azurite_container, retry_total=0)

    with pytest.raises(StoreError, match=f"blob container '{azurite_container}' failed") as raised:
        archive.save(make_page(b"<html></html>"))
    assert "check the account name and key in STATE_STORAGE_CONNECTION" in str(raised.value)
    archive.close()


def test_open_archive_local(tmp_path: Path) -> None:
    archive = open_archive(load_settings({"OUTPUT_DIR": str(tmp_path)}))

    assert isinstance(archive, LocalArchive)
    assert archive.folder == tmp_path / "archive"


def test_open_archive_blob(azurite_connection_string: str) -> None:
    archive = open_archive(load_settings({"STATE_STORAGE_CONNECTION": azurite_connection_string}))

    assert isinstance(archive, BlobArchive)
    assert archive.container == "raw-pages"
    archive.close()
