"""ReplayServer: site paths, the card redirect, path escapes and scripted faults, read with http.client."""

from __future__ import annotations

import http.client
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scraper.replay import SITE_CONTENT_TYPE, Fault, ReplayServer

PROGRAM = "/program/20250101210101.do"
BODY = "<html>川崎 ①</html>".encode("cp932")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    (folder / "program").mkdir(parents=True)
    (folder / "program" / "20250101210101.do").write_bytes(BODY)
    (tmp_path / "secret.txt").write_text("outside the folder", encoding="utf-8")
    return folder


def get(server: ReplayServer, path: str, timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    """Send a raw GET, so that paths reach the server exactly as written."""
    address = urlsplit(server.base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_replay_serves_site_path(site: Path) -> None:
    with ReplayServer(site) as server:
        status, headers, body = get(server, PROGRAM)

    assert status == 200
    assert body == BODY
    assert headers["Content-Type"] == SITE_CONTENT_TYPE
    assert headers["Content-Length"] == str(len(BODY))
    assert server.requests == [("GET", PROGRAM)]


def test_replay_several_folders(site: Path, tmp_path: Path) -> None:
    second = tmp_path / "second"
    (second / "result").mkdir(parents=True)
    (second / "result" / "2025010121010101.do").write_bytes(b"result")
    (second / "program").mkdir()
    (second / "program" / "20250101210101.do").write_bytes(b"shadowed")

    with ReplayServer([site, second]) as server:
        program_status, _, program_body = get(server, PROGRAM)
        result_status, _, result_body = get(server, "/result/2025010121010101.do")
        escape_status, _, _ = get(server, "/../secret.txt")

    assert program_status == 200
    assert program_body == BODY  # the first folder wins
    assert result_status == 200
    assert result_body == b"result"
    assert escape_status == 404


def test_replay_ignores_query(site: Path) -> None:
    with ReplayServer(site) as server:
        status, _, body = get(server, PROGRAM + "?x=1")

    assert status == 200
    assert body == BODY


def test_replay_robots_absent(site: Path) -> None:
    with ReplayServer(site) as server:
        status, _, _ = get(server, "/robots.txt")

    assert status == 404


def test_replay_robots_served(site: Path) -> None:
    (site / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    with ReplayServer(site) as server:
        status, headers, body = get(server, "/robots.txt")

    assert status == 200
    assert body == b"User-agent: *\nDisallow:\n"
    assert headers["Content-Type"].startswith("text/plain")


def test_replay_card_redirect(site: Path) -> None:
    with ReplayServer(site) as server:
        status, headers, _ = get(server, "/syousai/2025010121010101.do")

    assert status == 302
    assert headers["Location"] == f"{server.base_url}/uma_shosai/2025010121010101.do"


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/program/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/program/..%2f..%2fsecret.txt",
        "/%2Fetc%2Fpasswd",
        "//etc/passwd",
        "/program/%00.do",
        "/program\\..\\..\\secret.txt",
        "http://127.0.0.1/../secret.txt",
        "/program",
        "/syousai/12345.do",
    ],
)
def test_replay_rejects_escape(path: str, site: Path) -> None:
    with ReplayServer(site) as server:
        status, _, body = get(server, path)

    assert status == 404
    assert b"outside the folder" not in body


def test_replay_faults_in_order(site: Path) -> None:
    faults = {PROGRAM: [Fault(status=503, headers={"Retry-After": "3"}, body=b"busy"), {"status": 429}]}
    with ReplayServer(site, faults=faults) as server:
        first = get(server, PROGRAM)
        second = get(server, PROGRAM)
        third = get(server, PROGRAM)

    assert first[0] == 503
    assert first[1]["Retry-After"] == "3"
    assert first[2] == b"busy"
    assert second[0] == 429
    assert third[0] == 200
    assert third[2] == BODY
    assert len(server.requests) == 3


def test_replay_fault_delay(site: Path) -> None:
    with ReplayServer(site, faults={PROGRAM: [Fault(delay_s=0.3)]}) as server:
        started = time.monotonic()
        status, _, body = get(server, PROGRAM)
        waited = time.monotonic() - started

    assert status == 200
    assert body == BODY
    assert waited >= 0.3


def test_replay_fault_reset(site: Path) -> None:
    with ReplayServer(site, faults={PROGRAM: [Fault(reset=True)]}) as server:
        with pytest.raises((ConnectionError, http.client.RemoteDisconnected)):
            get(server, PROGRAM)
        status, _, _ = get(server, PROGRAM)

    assert status == 200


def test_replay_fault_truncate(site: Path) -> None:
    with ReplayServer(site, faults={PROGRAM: [Fault(truncate=True)]}) as server:
        with pytest.raises(http.client.IncompleteRead) as raised:
            get(server, PROGRAM)

    assert raised.value.partial == BODY


def test_replay_close_ends_slow_fault(site: Path) -> None:
    server = ReplayServer(site, faults={PROGRAM: [Fault(delay_s=30)]}).start()
    started = time.monotonic()
    with pytest.raises((TimeoutError, ConnectionError, http.client.HTTPException)):
        get(server, PROGRAM, timeout=0.2)
    server.close()

    assert time.monotonic() - started < 5


def test_replay_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        ReplayServer(tmp_path / "absent")


def test_replay_binds_loopback(site: Path) -> None:
    with ReplayServer(site) as server:
        assert urlsplit(server.base_url).hostname == "127.0.0.1"
