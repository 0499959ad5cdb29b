"""State store tests, run against both backends: SQLite and Azure Table (on Azurite)."""

from __future__ import annotations

import random
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jobs.settings import load_settings
from store.base import PostRef, StateStore
from store.errors import StoreError
from store.factory import open_store
from store.sqlite import SQLiteStore
from store.table import MAX_PAYLOAD_BYTES, TableStore, decode_payload, encode_payload
from tests.azurite import azurite_connection_string, azurite_table  # noqa: F401 - pytest fixtures

DATE = "2026-08-28"
RACE_ID = "2026082819060512"


def _noise(size: int, seed: int = 7) -> str:
    """Return `size` hex characters that zlib cannot shrink below half their length."""
    rng = random.Random(seed)
    return rng.randbytes(size // 2).hex()


@pytest.fixture(params=["sqlite", "table"])
def store_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], StateStore]]:
    """Factory opening the backend under test on the same file or table each time it is called."""
    opened: list[StateStore] = []

    if request.param == "sqlite":
        path = tmp_path / "nested" / "state.sqlite3"

        def factory() -> StateStore:
            opened.append(SQLiteStore(path))
            return opened[-1]

    else:
        connection_string = request.getfixturevalue("azurite_connection_string")
        table_name = request.getfixturevalue("azurite_table")

        def factory() -> StateStore:
            opened.append(TableStore(connection_string, table_name))
            return opened[-1]

    yield factory
    for store in opened:
        store.close()


@pytest.fixture
def store(store_factory: Callable[[], StateStore]) -> StateStore:
    return store_factory()


def test_post_round_trip(store: StateStore) -> None:
    store.put_post(DATE, "funabashi", "predict", PostRef("123", "https://example.blogspot.com/p.html"))

    assert store.get_post(DATE, "funabashi", "predict") == PostRef("123", "https://example.blogspot.com/p.html")


def test_post_replace(store: StateStore) -> None:
    store.put_post(DATE, "funabashi", "predict", PostRef("123", "https://example.blogspot.com/old.html"))
    store.put_post(DATE, "funabashi", "predict", PostRef("456", None))

    assert store.get_post(DATE, "funabashi", "predict") == PostRef("456", None)


def test_post_keys_distinct(store: StateStore) -> None:
    store.put_post(DATE, "funabashi", "predict", PostRef("1", None))
    store.put_post(DATE, "funabashi", "results", PostRef("2", None))
    store.put_post(DATE, "ooi", "predict", PostRef("3", None))
    store.put_post("2026-08-29", "funabashi", "predict", PostRef("4", None))

    assert store.get_post(DATE, "funabashi", "predict") == PostRef("1", None)
    assert store.get_post(DATE, "funabashi", "results") == PostRef("2", None)
    assert store.get_post(DATE, "ooi", "predict") == PostRef("3", None)
    assert store.get_post("2026-08-29", "funabashi", "predict") == PostRef("4", None)


def test_prediction_round_trip(store: StateStore) -> None:
    payload = {"race_id": RACE_ID, "marks": {"1": "◎", "7": "○"}, "scores": [71.5, 64.0], "note": "重馬場"}
    store.put_prediction(RACE_ID, DATE, payload)

    assert store.get_prediction(RACE_ID) == payload


def test_settlement_round_trip(store: StateStore) -> None:
    payload = {"race_id": RACE_ID, "stake": 1000, "payout": 2350, "hits": ["trio"]}
    store.put_settlement(RACE_ID, DATE, payload)

    assert store.get_settlement(RACE_ID) == payload


def test_prediction_settlement_separate(store: StateStore) -> None:
    store.put_prediction(RACE_ID, DATE, {"kind": "prediction"})

    assert store.get_settlement(RACE_ID) is None
    assert store.get_prediction(RACE_ID) == {"kind": "prediction"}


def test_settlement_replace(store: StateStore) -> None:
    store.put_settlement(RACE_ID, DATE, {"payout": 0})
    store.put_settlement(RACE_ID, DATE, {"payout": 1200})

    assert store.get_settlement(RACE_ID) == {"payout": 1200}
    assert len(store.list_settlements()) == 1


def test_list_settlements_order(store: StateStore) -> None:
    store.put_settlement("2026082920060501", "2026-08-29", {"n": 3})
    store.put_settlement("2026082819060512", DATE, {"n": 2})
    store.put_settlement("2026082720050101", "2026-08-27", {"n": 0})
    store.put_settlement("2026082819060501", DATE, {"n": 1})
    store.put_prediction("2026082619060501", "2026-08-26", {"n": -1})

    rows = store.list_settlements()

    assert [row[0] for row in rows] == [
        "2026082720050101",
        "2026082819060501",
        "2026082819060512",
        "2026082920060501",
    ]
    assert [row[1] for row in rows] == ["2026-08-27", DATE, DATE, "2026-08-29"]
    assert [row[2] for row in rows] == [{"n": 0}, {"n": 1}, {"n": 2}, {"n": 3}]


def test_list_settlements_empty(store: StateStore) -> None:
    assert store.list_settlements() == []


def test_missing_keys_none(store: StateStore) -> None:
    assert store.get_post(DATE, "funabashi", "predict") is None
    assert store.get_prediction(RACE_ID) is None
    assert store.get_settlement(RACE_ID) is None


def test_large_payload_round_trip(store: StateStore) -> None:
    payload = {"race_id": RACE_ID, "blob": _noise(300_000), "names": ["ゴールドホーク"] * 2000}
    store.put_prediction(RACE_ID, DATE, payload)
    store.put_settlement(RACE_ID, DATE, payload)

    assert store.get_prediction(RACE_ID) == payload
    assert store.get_settlement(RACE_ID) == payload
    assert store.list_settlements() == [(RACE_ID, DATE, payload)]


def test_large_payload_shrinks(store: StateStore) -> None:
    store.put_prediction(RACE_ID, DATE, {"blob": _noise(300_000)})
    store.put_prediction(RACE_ID, DATE, {"blob": "small"})

    assert store.get_prediction(RACE_ID) == {"blob": "small"}


def test_reopen_persists(store_factory: Callable[[], StateStore]) -> None:
    first = store_factory()
    first.put_post(DATE, "funabashi", "results", PostRef("789", "https://example.blogspot.com/r.html"))
    first.put_prediction(RACE_ID, DATE, {"marks": {"3": "▲"}})
    first.put_settlement(RACE_ID, DATE, {"payout": 0})
    first.close()

    second = store_factory()

    assert second.get_post(DATE, "funabashi", "results") == PostRef("789", "https://example.blogspot.com/r.html")
    assert second.get_prediction(RACE_ID) == {"marks": {"3": "▲"}}
    assert second.list_settlements() == [(RACE_ID, DATE, {"payout": 0})]


def test_sqlite_creates_parent(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "state.sqlite3"
    SQLiteStore(path).close()

    assert path.is_file()


def test_sqlite_unusable_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")

    with pytest.raises(StoreError, match="cannot open the SQLite state store"):
        SQLiteStore(blocker / "state.sqlite3")


def test_sqlite_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not an SQLite database" * 100)

    with pytest.raises(StoreError, match="cannot open the SQLite state store"):
        SQLiteStore(path)


def test_payload_encoding_chunks() -> None:
    payload = {"blob": _noise(300_000)}
    properties = encode_payload(payload)

    assert properties["payload_chunks"] == 3
    assert all(len(properties[f"payload_{index}"]) <= 64 * 1024 for index in range(3))
    assert decode_payload(properties) == payload


def test_payload_too_large() -> None:
    with pytest.raises(StoreError, match=f"above the table limit of {MAX_PAYLOAD_BYTES} bytes"):
        encode_payload({"blob": _noise(2 * MAX_PAYLOAD_BYTES + 1000)})


def test_payload_unknown_encoding() -> None:
    with pytest.raises(StoreError, match="payload encoding 'gzip'"):
        decode_payload({"PartitionKey": "prediction", "RowKey": RACE_ID, "payload_encoding": "gzip"})


def test_table_invalid_key(azurite_connection_string: str, azurite_table: str) -> None:
    store = TableStore(azurite_connection_string, azurite_table)

    with pytest.raises(ValueError, match="invalid race id"):
        store.put_prediction("../2026082819060512", DATE, {})
    with pytest.raises(ValueError, match="invalid venue"):
        store.get_post(DATE, "fun#abashi", "predict")
    store.close()


def test_table_bad_connection_string() -> None:
    with pytest.raises(StoreError, match="check the STATE_STORAGE_CONNECTION setting"):
        TableStore("AccountName=devstoreaccount1")


def test_table_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    connection_string = (
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;"
        f"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;"
    )
    store = TableStore(connection_string, "unreachable", retry_total=0, connection_timeout=1.0)

    with pytest.raises(StoreError, match="in Azure table 'unreachable' failed") as raised:
        store.get_prediction(RACE_ID)
    assert "that the storage account is reachable" in str(raised.value)
    store.close()


def test_table_wrong_key(azurite_connection_string: str, azurite_table: str) -> None:
    wrong = azurite_connection_string.replace("AccountKey=", "AccountKey=AAAA", 1)
    store = TableStore(wrong, azurite_table, retry_total=0)

    with pytest.raises(StoreError, match=f"Azure table '{azurite_table}' failed") as raised:
        store.get_prediction(RACE_ID)
    assert "check the account name and key in STATE_STORAGE_CONNECTION" in str(raised.value)
    store.close()


def test_open_store_sqlite(tmp_path: Path) -> None:
    store = open_store(load_settings({"OUTPUT_DIR": str(tmp_path)}))

    assert isinstance(store, SQLiteStore)
    assert store.path == tmp_path / "state.sqlite3"
    store.close()


def test_open_store_table(azurite_connection_string: str) -> None:
    store = open_store(load_settings({"STATE_STORAGE_CONNECTION": azurite_connection_string}))

    assert isinstance(store, TableStore)
    assert store.table_name == "nankanteio"
    store.close()
