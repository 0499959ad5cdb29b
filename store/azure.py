"""Helpers shared by the Azure Table store and the Blob archive: client creation and error translation.

azure.core and the storage SDKs are imported inside the functions, so importing this module
stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from store.errors import StoreError


def service_from_connection_string(
    service_class: Any, connection_string: str, where: str, *, retry_total: int, connection_timeout: float, read_timeout: float
) -> Any:
    """Create a Table or Blob service client; a malformed connection string raises StoreError naming `where`."""
    try:
        return service_class.from_connection_string(
            connection_string,
            retry_total=retry_total,
            connection_timeout=connection_timeout,
            read_timeout=read_timeout,
        )
    except ValueError as exc:
        # The SDKs name only what is missing or malformed here, never the account key.
        raise StoreError(
            f"invalid storage connection string for {where}: {exc}; check the STATE_STORAGE_CONNECTION setting"
        ) from exc


@contextmanager
def translated_azure_errors(action: str, where: str) -> Iterator[None]:
    """Turn any azure.core error raised inside the block into one StoreError naming `action` and `where`."""
    from azure.core.exceptions import AzureError, ClientAuthenticationError, HttpResponseError

    try:
        yield
    except AzureError as exc:
        # The service's message runs over several lines (request id, time); the first one is the reason.
        reason = (str(exc.message or exc).strip().splitlines() or [type(exc).__name__])[0]
        denied = isinstance(exc, ClientAuthenticationError) or (
            isinstance(exc, HttpResponseError) and exc.status_code == 403
        )
        if denied:
            next_step = "check the account name and key in STATE_STORAGE_CONNECTION"
        else:
            next_step = "check STATE_STORAGE_CONNECTION and that the storage account is reachable, then run the job again"
        raise StoreError(f"{action} in {where} failed: {reason}; {next_step}") from exc
