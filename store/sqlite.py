"""A StateStore kept in one local SQLite file, for local runs and tests.

Each write runs in its own transaction, so an interrupted run leaves either the old row or the
new one. Rows are replaced on conflict, so re-running a job overwrites instead of duplicating.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from store.base import PostRef
from store.errors import StoreError

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS posts (
    date TEXT NOT NULL,
    venue TEXT NOT NULL,
    kind TEXT NOT NULL,
    post_id TEXT NOT NULL,
    url TEXT,
    updated_at TEXT NOT NULL,
    content_sha256 TEXT,
    PRIMARY KEY (date, venue, kind)
);
CREATE TABLE IF NOT EXISTS predictions (
    race_id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settlements (
    race_id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS settlements_by_date ON settlements (date, race_id);
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    """StateStore on the stdlib sqlite3 module. The parent folder and the schema are created on open."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: autocommit, with explicit BEGIN/COMMIT around every write.
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(posts)")}
            if "content_sha256" not in columns:  # a store created before the column existed
                self._db.execute("ALTER TABLE posts ADD COLUMN content_sha256 TEXT")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"cannot open the SQLite state store at {self.path}: {exc}; "
                "check that the folder is writable and the file is an SQLite database"
            ) from exc
        logger.debug("opened SQLite state store %s", self.path)

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"write to the SQLite state store {self.path} failed: {exc}") from exc

    def _read_one(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        try:
            return self._db.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"read from the SQLite state store {self.path} failed: {exc}") from exc

    def get_post(self, date: str, venue: str, kind: str) -> PostRef | None:
        row = self._read_one(
            "SELECT post_id, url, content_sha256 FROM posts WHERE date = ? AND venue = ? AND kind = ?",
            (date, venue, kind),
        )
        return None if row is None else PostRef(post_id=row[0], url=row[1], content_sha256=row[2])

    def put_post(self, date: str, venue: str, kind: str, post: PostRef) -> None:
        self._write(
            "INSERT OR REPLACE INTO posts (date, venue, kind, post_id, url, updated_at, content_sha256)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (date, venue, kind, post.post_id, post.url, _now(), post.content_sha256),
        )

    def put_prediction(self, race_id: str, date: str, payload: dict[str, Any]) -> None:
        self._put_payload("predictions", race_id, date, payload)

    def get_prediction(self, race_id: str) -> dict[str, Any] | None:
        return self._get_payload("predictions", race_id)

    def put_settlement(self, race_id: str, date: str, payload: dict[str, Any]) -> None:
        self._put_payload("settlements", race_id, date, payload)

    def get_settlement(self, race_id: str) -> dict[str, Any] | None:
        return self._get_payload("settlements", race_id)

    def list_settlements(self) -> list[tuple[str, str, dict[str, Any]]]:
        try:
            rows = self._db.execute("SELECT race_id, date, payload FROM settlements ORDER BY date, race_id").fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"read from the SQLite state store {self.path} failed: {exc}") from exc
        return [(race_id, date, json.loads(payload)) for race_id, date, payload in rows]

    def close(self) -> None:
        self._db.close()

    # The table name comes from the two fixed callers above, never from input.
    def _put_payload(self, table: str, race_id: str, date: str, payload: dict[str, Any]) -> None:
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        self._write(
            f"INSERT OR REPLACE INTO {table} (race_id, date, payload, updated_at) VALUES (?, ?, ?, ?)",
            (race_id, date, text, _now()),
        )

    def _get_payload(self, table: str, race_id: str) -> dict[str, Any] | None:
        row = self._read_one(f"SELECT payload FROM {table} WHERE race_id = ?", (race_id,))
        return None if row is None else json.loads(row[0])
