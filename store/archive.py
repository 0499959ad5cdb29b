"""The raw-page archive: every page the jobs fetched, byte for byte, with its provenance.

A page is stored under the Japan date of its fetch and its site path, for example
`2026-08-28/result/2026082819060512.do`, with a provenance record of the site path, final
URL, HTTP status, fetch time (UTC, ISO 8601), SHA-256 and size in bytes. LocalArchive writes
the record as a sidecar `<name>.json` file, and BlobArchive writes it as blob metadata.

Only site paths matching SITE_PATH are accepted, so a crafted race id or path can never
name a file outside the archive folder or container.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, unquote

from store.azure import service_from_connection_string, translated_azure_errors
from store.errors import StoreError

logger = logging.getLogger(__name__)

SITE_PATH = re.compile(
    r"/(calendar/\d{6}|program/\d{14}|uma_shosai/\d{16}|syousai/\d{16}|result/\d{16}|repay/\d{14})\.do|/robots\.txt",
    re.ASCII,  # \d must not match full-width or other non-ASCII digits
)
# Japan has no daylight saving time, so a fixed offset gives the local race date.
JST = dt.timezone(dt.timedelta(hours=9), "JST")


class ArchivablePage(Protocol):
    """Attributes the archive reads from a fetched page, as scraper.client.Page provides them."""

    path: str
    url: str
    status: int
    body: bytes
    fetched_at: dt.datetime
    sha256: str


def validate_path(path: str) -> str:
    """Return `path` unchanged if it is an allowed site path, else raise ValueError."""
    if not isinstance(path, str) or SITE_PATH.fullmatch(path) is None:
        raise ValueError(
            f"site path {path!r} is not archivable: expected /robots.txt or a page path such as "
            "/result/2026082819060512.do"
        )
    return path


def fetch_day(fetched_at: dt.datetime) -> dt.date:
    """Return the Japan date of an aware fetch time, the date folder a page is archived under."""
    if fetched_at.tzinfo is None:
        raise ValueError(f"fetch time {fetched_at.isoformat()} has no time zone; pass an aware datetime")
    return fetched_at.astimezone(JST).date()


def archive_name(path: str, day: dt.date) -> str:
    """Return the archive-relative name of `path` fetched on `day`, such as 2026-08-28/result/x.do."""
    return f"{day.isoformat()}{validate_path(path)}"


def provenance_of(page: ArchivablePage) -> dict[str, Any]:
    """Build the provenance record of `page`, after checking that its body matches its SHA-256."""
    validate_path(page.path)
    fetch_day(page.fetched_at)
    digest = hashlib.sha256(page.body).hexdigest()
    if digest != page.sha256:
        raise ValueError(f"body of {page.url} has SHA-256 {digest}, but the page records {page.sha256}")
    return {
        "path": page.path,
        "url": page.url,
        "status": int(page.status),
        "fetched_at": page.fetched_at.astimezone(dt.timezone.utc).isoformat(),
        "sha256": digest,
        "size": len(page.body),
    }


def _today() -> dt.date:
    return dt.datetime.now(JST).date()


def _usable_body(name: str, body: bytes, record: dict[str, Any]) -> bytes | None:
    """Return `body` if it is a 2xx page matching its recorded SHA-256, else None."""
    if hashlib.sha256(body).hexdigest() != record.get("sha256"):
        logger.warning("archived copy %s does not match its recorded SHA-256; it is ignored", name)
        return None
    if not 200 <= int(record.get("status", 0)) < 300:
        return None
    return body


class LocalArchive:
    """Raw-page archive in a local folder, one sub-folder per Japan fetch date."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _file(self, path: str, day: dt.date | None) -> Path:
        return self.folder / archive_name(path, day or _today())

    def save(self, page: ArchivablePage) -> None:
        """Write the body and its sidecar `.json`, each atomically, replacing a copy from the same day."""
        record = provenance_of(page)
        target = self._file(page.path, fetch_day(page.fetched_at))
        sidecar = target.with_name(target.name + ".json")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(target, page.body)
            _write_atomic(sidecar, json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"))
        except OSError as exc:
            raise StoreError(f"archiving {page.url} to {target} failed: {exc}; check that the folder is writable") from exc
        logger.debug("archived %s as %s", page.url, target)

    def load(self, path: str, day: dt.date | None = None) -> bytes | None:
        """Return the body archived for `path` on `day` (default: today in Japan).

        Returns None when there is no copy, when it was not a 2xx page, or when it does not match
        its recorded SHA-256, so the caller fetches the page again.
        """
        target = self._file(path, day)
        try:
            record = self.provenance(path, day)
        except StoreError as exc:
            logger.warning("%s; the archived copy is ignored", exc)
            return None
        if record is None or not target.is_file():
            return None
        return _usable_body(str(target), target.read_bytes(), record)

    def provenance(self, path: str, day: dt.date | None = None) -> dict[str, Any] | None:
        """Return the provenance record archived for `path` on `day` (default: today in Japan), if any."""
        target = self._file(path, day)
        sidecar = target.with_name(target.name + ".json")
        try:
            return json.loads(sidecar.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise StoreError(f"provenance file {sidecar} is unreadable: {exc}; delete it and the page beside it") from exc

    def close(self) -> None:
        """Release nothing: the local archive holds no open resources."""


def _write_atomic(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class BlobArchive:
    """Raw-page archive in an Azure Blob Storage container, with provenance as blob metadata.

    The container is created on first save. azure.storage.blob is imported inside the methods,
    so importing this module stays cheap.
    """

    def __init__(
        self,
        connection_string: str,
        container: str = "raw-pages",
        *,
        retry_total: int = 3,
        connection_timeout: float = 10.0,
        read_timeout: float = 30.0,
    ) -> None:
        from azure.storage.blob import BlobServiceClient

        self.container = container
        service = service_from_connection_string(
            BlobServiceClient,
            connection_string,
            f"blob container {container!r}",
            retry_total=retry_total,
            connection_timeout=connection_timeout,
            read_timeout=read_timeout,
        )
        self._service = service
        self._client = service.get_container_client(container)
        self._container_ready = False

    def _translate(self, action: str):  # noqa: ANN202 - a context manager
        return translated_azure_errors(action, f"blob container {self.container!r}")

    def _ensure_container(self) -> None:
        from azure.core.exceptions import ResourceExistsError

        if self._container_ready:
            return
        with self._translate("creating the container"):
            try:
                self._client.create_container()
            except ResourceExistsError:
                pass
        self._container_ready = True

    def save(self, page: ArchivablePage) -> None:
        """Upload the body with its provenance as metadata, replacing a copy from the same day."""
        record = provenance_of(page)
        name = archive_name(page.path, fetch_day(page.fetched_at))
        # Metadata travels as HTTP headers, so every value must be ASCII.
        metadata = {key: quote(str(value), safe=":/?=&+-._~") for key, value in record.items()}
        self._ensure_container()
        with self._translate(f"uploading {name}"):
            self._client.upload_blob(name, page.body, overwrite=True, metadata=metadata)
        logger.debug("archived %s as blob %s/%s", page.url, self.container, name)

    def load(self, path: str, day: dt.date | None = None) -> bytes | None:
        """Return the body archived for `path` on `day` (default: today in Japan).

        Returns None when there is no copy, when it was not a 2xx page, or when it does not match
        its recorded SHA-256, so the caller fetches the page again.
        """
        from azure.core.exceptions import ResourceNotFoundError

        name = archive_name(path, day or _today())
        with self._translate(f"downloading {name}"):
            try:
                download = self._client.download_blob(name)
                body = download.readall()
            except ResourceNotFoundError:
                return None
        record = _record_from_metadata(download.properties.metadata)
        return _usable_body(f"{self.container}/{name}", body, record)

    def provenance(self, path: str, day: dt.date | None = None) -> dict[str, Any] | None:
        """Return the provenance record archived for `path` on `day` (default: today in Japan), if any."""
        from azure.core.exceptions import ResourceNotFoundError

        name = archive_name(path, day or _today())
        with self._translate(f"reading the metadata of {name}"):
            try:
                properties = self._client.get_blob_client(name).get_blob_properties()
            except ResourceNotFoundError:
                return None
        return _record_from_metadata(properties.metadata)

    def close(self) -> None:
        self._client.close()
        self._service.close()


def _record_from_metadata(metadata: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {key: unquote(value) for key, value in metadata.items()}
    for key in ("status", "size"):
        if key in record:
            record[key] = int(record[key])
    return record
