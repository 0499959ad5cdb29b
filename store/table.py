"""A StateStore kept in one Azure Storage table, for the deployed Function App.

Entity layout (one table, default name "nankanteio"):

    kind        PartitionKey   RowKey                    other properties
    post        "post"         "{date}_{venue}_{kind}"   date, venue, kind, post_id, url, updated_at
    prediction  "prediction"   race id                   date, payload chunks, updated_at
    settlement  "settlement"   race id                   date, payload chunks, updated_at

Every lookup is a point read on (PartitionKey, RowKey). `list_settlements` is one query on the
"settlement" partition, so it never scans posts or predictions. At about 12 races a day on one
track the partition grows by roughly 3,000 entities a year, which one paged query reads in a
few requests of 1,000 entities each.

Payloads are JSON compressed with zlib and split into binary properties payload_0,
payload_1, ... of at most 64 KiB each, because the service limits a property to 64 KiB and an
entity to 1 MiB. A compressed payload larger than MAX_PAYLOAD_BYTES raises StoreError.
Writes replace the whole entity, so no chunk of an older, longer payload survives.

azure.data.tables is imported inside the methods, so importing this module stays cheap.
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from datetime import datetime, timezone
from typing import Any

from store.azure import service_from_connection_string, translated_azure_errors
from store.base import PostRef
from store.errors import StoreError

logger = logging.getLogger(__name__)

CHUNK_BYTES = 64 * 1024
# The service caps an entity at 1 MiB. Fourteen full chunks (896 KiB) leave 128 KiB for the
# keys, the timestamp and the other properties.
MAX_CHUNKS = 14
MAX_PAYLOAD_BYTES = CHUNK_BYTES * MAX_CHUNKS
PAYLOAD_ENCODING = "zlib+json"

# Characters the Table service rejects in PartitionKey and RowKey values.
_INVALID_KEY = re.compile(r"[/\\#?\x00-\x1f\x7f-\x9f]")

POST_PARTITION = "post"
PREDICTION_PARTITION = "prediction"
SETTLEMENT_PARTITION = "settlement"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _key(value: str, label: str) -> str:
    if not value or _INVALID_KEY.search(value):
        raise ValueError(
            f"invalid {label} {value!r} for a table key: it must be non-empty, without / \\ # ? or control characters"
        )
    return value


def encode_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """Compress `payload` as JSON and split it into the payload_N binary properties."""
    data = zlib.compress(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"), 9)
    if len(data) > MAX_PAYLOAD_BYTES:
        raise StoreError(
            f"payload is {len(data)} bytes after compression, above the table limit of {MAX_PAYLOAD_BYTES} bytes; "
            "store less per race (for example fewer tickets or scores)"
        )
    chunks = [data[start : start + CHUNK_BYTES] for start in range(0, len(data), CHUNK_BYTES)] or [b""]
    properties: dict[str, Any] = {"payload_encoding": PAYLOAD_ENCODING, "payload_chunks": len(chunks)}
    for index, chunk in enumerate(chunks):
        properties[f"payload_{index}"] = chunk
    return properties


def decode_payload(entity: dict[str, Any]) -> dict[str, Any]:
    """Join and decompress the payload_N properties written by `encode_payload`."""
    encoding = entity.get("payload_encoding")
    if encoding != PAYLOAD_ENCODING:
        raise StoreError(
            f"entity {entity.get('PartitionKey')}/{entity.get('RowKey')} has payload encoding {encoding!r}, "
            f"expected {PAYLOAD_ENCODING!r}; it was not written by this version of the store"
        )
    count = int(entity["payload_chunks"])
    data = b"".join(bytes(entity[f"payload_{index}"]) for index in range(count))
    return json.loads(zlib.decompress(data).decode("utf-8"))


class TableStore:
    """StateStore on azure-data-tables. The table is created on first use if it does not exist."""

    def __init__(
        self,
        connection_string: str,
        table_name: str = "nankanteio",
        *,
        retry_total: int = 3,
        connection_timeout: float = 10.0,
        read_timeout: float = 30.0,
    ) -> None:
        from azure.data.tables import TableServiceClient

        self.table_name = table_name
        service = service_from_connection_string(
            TableServiceClient,
            connection_string,
            f"Azure table {table_name!r}",
            retry_total=retry_total,
            connection_timeout=connection_timeout,
            read_timeout=read_timeout,
        )
        self._service = service
        self._client = service.get_table_client(table_name)
        self._table_ready = False

    def _translate(self, action: str):  # noqa: ANN202 - a context manager
        return translated_azure_errors(action, f"Azure table {self.table_name!r}")

    def _table(self):  # noqa: ANN202 - the return type lives in the lazily imported SDK
        if not self._table_ready:
            with self._translate("creating the table"):
                self._service.create_table_if_not_exists(self.table_name)
            self._table_ready = True
        return self._client

    def _get_entity(self, partition: str, row: str) -> dict[str, Any] | None:
        from azure.core.exceptions import ResourceNotFoundError

        table = self._table()
        with self._translate(f"reading {partition}/{row}"):
            try:
                return table.get_entity(partition_key=partition, row_key=row)
            except ResourceNotFoundError:
                return None

    def _replace_entity(self, entity: dict[str, Any]) -> None:
        from azure.data.tables import UpdateMode

        table = self._table()
        with self._translate(f"writing {entity['PartitionKey']}/{entity['RowKey']}"):
            table.upsert_entity(entity, mode=UpdateMode.REPLACE)

    def get_post(self, date: str, venue: str, kind: str) -> PostRef | None:
        entity = self._get_entity(POST_PARTITION, self._post_row(date, venue, kind))
        if entity is None:
            return None
        return PostRef(
            post_id=entity["post_id"], url=entity.get("url") or None, content_sha256=entity.get("content_sha256") or None
        )

    def put_post(self, date: str, venue: str, kind: str, post: PostRef) -> None:
        entity = {
            "PartitionKey": POST_PARTITION,
            "RowKey": self._post_row(date, venue, kind),
            "date": date,
            "venue": venue,
            "kind": kind,
            "post_id": post.post_id,
            "updated_at": _now(),
        }
        if post.url is not None:
            entity["url"] = post.url
        if post.content_sha256 is not None:
            entity["content_sha256"] = post.content_sha256
        self._replace_entity(entity)

    def put_prediction(self, race_id: str, date: str, payload: dict[str, Any]) -> None:
        self._put_payload(PREDICTION_PARTITION, race_id, date, payload)

    def get_prediction(self, race_id: str) -> dict[str, Any] | None:
        return self._get_payload(PREDICTION_PARTITION, race_id)

    def put_settlement(self, race_id: str, date: str, payload: dict[str, Any]) -> None:
        self._put_payload(SETTLEMENT_PARTITION, race_id, date, payload)

    def get_settlement(self, race_id: str) -> dict[str, Any] | None:
        return self._get_payload(SETTLEMENT_PARTITION, race_id)

    def list_settlements(self) -> list[tuple[str, str, dict[str, Any]]]:
        table = self._table()
        with self._translate("listing settlements"):
            entities = list(table.query_entities(f"PartitionKey eq '{SETTLEMENT_PARTITION}'"))
        rows = [(entity["RowKey"], entity["date"], decode_payload(entity)) for entity in entities]
        rows.sort(key=lambda row: (row[1], row[0]))
        return rows

    def close(self) -> None:
        self._client.close()
        self._service.close()

    @staticmethod
    def _post_row(date: str, venue: str, kind: str) -> str:
        return f"{_key(date, 'date')}_{_key(venue, 'venue')}_{_key(kind, 'kind')}"

    def _put_payload(self, partition: str, race_id: str, date: str, payload: dict[str, Any]) -> None:
        entity = {"PartitionKey": partition, "RowKey": _key(race_id, "race id"), "date": date, "updated_at": _now()}
        entity.update(encode_payload(payload))
        self._replace_entity(entity)

    def _get_payload(self, partition: str, race_id: str) -> dict[str, Any] | None:
        entity = self._get_entity(partition, _key(race_id, "race id"))
        return None if entity is None else decode_payload(entity)
