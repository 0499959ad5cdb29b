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
SQLITE_FILE_NAME = "state.sqlite3"
ARCHIVE_FOLDER_NAME = "archive"


def open_store(settings: Settings, **client_options: float) -> StateStore:
    """Open TableStore when a storage connection is set, else SQLiteStore at OUTPUT_DIR/state.sqlite3.

    `client_options` (retry_total, connection_timeout, read_timeout) go to the Azure client only.
    """
    if settings.state_storage_connection:
        from store.table import TableStore

        return TableStore(settings.state_storage_connection, TABLE_NAME, **client_options)
    return SQLiteStore(settings.output_dir / SQLITE_FILE_NAME)


def open_archive(settings: Settings, **client_options: float) -> LocalArchive | BlobArchive:
    """Open BlobArchive when a storage connection is set, else LocalArchive at OUTPUT_DIR/archive.

    `client_options` (retry_total, connection_timeout, read_timeout) go to the Azure client only.
    """
    if settings.state_storage_connection:
        return BlobArchive(settings.state_storage_connection, CONTAINER_NAME, **client_options)
    return LocalArchive(settings.output_dir / ARCHIVE_FOLDER_NAME)
