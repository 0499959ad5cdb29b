"""Open the state store and the raw-page archive that the settings select.

With STATE_STORAGE_CONNECTION set, both live in that Azure Storage account (a table and a blob
container). Without it, both live under OUTPUT_DIR: `state.sqlite3` and the `archive/` folder.
"""

from __future__ import annotations

from jobs.settings import Settings
from store.archive import BlobArchive, LocalArchive
from store.base import StateStore
from store.sqlite import SQLiteStore

TABLE_NAME = "nankanteio"
CONTAINER_NAME = "raw-pages"


def open_store(settings: Settings) -> StateStore:
    """Open TableStore when a storage connection is set, else SQLiteStore at OUTPUT_DIR/state.sqlite3."""
    if settings.state_storage_connection:
        from store.table import TableStore

        return TableStore(settings.state_storage_connection, TABLE_NAME)
    return SQLiteStore(settings.output_dir / "state.sqlite3")


def open_archive(settings: Settings) -> LocalArchive | BlobArchive:
    """Open BlobArchive when a storage connection is set, else LocalArchive at OUTPUT_DIR/archive."""
    if settings.state_storage_connection:
        return BlobArchive(settings.state_storage_connection, CONTAINER_NAME)
    return LocalArchive(settings.output_dir / "archive")
