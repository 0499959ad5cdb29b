"""Pytest fixtures for tests that need Azurite, the local Azure Storage emulator.

Import the fixtures into a test module (`from tests.azurite import azurite_table, ...`).
Start Azurite with `eval "$(bash .ci/start-azurite)"`. When it is not reachable the tests
are skipped, except under CI (env CI set), where they fail so a missing emulator is never
mistaken for a pass. Each fixture creates a uniquely named table or container and deletes it
afterwards.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

# The emulator's fixed development account, published in Microsoft's Azurite documentation.
DEV_ACCOUNT = "devstoreaccount1"
DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
DEFAULT_CONNECTION_STRING = (
    f"DefaultEndpointsProtocol=http;AccountName={DEV_ACCOUNT};AccountKey={DEV_KEY};"
    f"BlobEndpoint=http://127.0.0.1:10000/{DEV_ACCOUNT};"
    f"QueueEndpoint=http://127.0.0.1:10001/{DEV_ACCOUNT};"
    f"TableEndpoint=http://127.0.0.1:10002/{DEV_ACCOUNT};"
)
START_HINT = 'start Azurite with `eval "$(bash .ci/start-azurite)"` and run the tests again'


def _endpoints(connection_string: str) -> dict[str, str]:
    fields = dict(part.split("=", 1) for part in connection_string.split(";") if "=" in part)
    return {name: fields[name] for name in ("BlobEndpoint", "TableEndpoint") if name in fields}


def _unreachable(connection_string: str) -> str | None:
    """Return why Azurite cannot be used with `connection_string`, or None when it can."""
    endpoints = _endpoints(connection_string)
    for name in ("BlobEndpoint", "TableEndpoint"):
        if name not in endpoints:
            return f"AZURITE_CONNECTION_STRING has no {name}"
    for name, url in endpoints.items():
        parts = urlsplit(url)
        host = parts.hostname or ""
        if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
            return f"{name} {url} is not on 127.0.0.1; tests reach loopback only"
        try:
            with socket.create_connection((host, parts.port or 80), timeout=1.0):
                pass
        except OSError as exc:
            return f"Azurite is not reachable at {url} ({exc})"
    return None


@pytest.fixture(scope="session")
def azurite_connection_string() -> str:
    """Connection string of a running Azurite: env AZURITE_CONNECTION_STRING or the default ports."""
    connection_string = os.environ.get("AZURITE_CONNECTION_STRING") or DEFAULT_CONNECTION_STRING
    problem = _unreachable(connection_string)
    if problem is not None:
        message = f"{problem}; {START_HINT}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return connection_string


def unique_name(prefix: str) -> str:
    """Return a fresh name valid for both tables (letters and digits) and blob containers (lowercase)."""
    return f"{prefix}{uuid.uuid4().hex[:20]}"


@pytest.fixture
def azurite_table(azurite_connection_string: str) -> Iterator[str]:
    """Name of a table that does not exist yet. The table is deleted after the test."""
    from azure.data.tables import TableServiceClient

    name = unique_name("t")
    yield name
    with TableServiceClient.from_connection_string(azurite_connection_string) as service:
        service.delete_table(name)


@pytest.fixture
def azurite_container(azurite_connection_string: str) -> Iterator[str]:
    """Name of a blob container that does not exist yet. The container is deleted after the test."""
    from azure.core.exceptions import ResourceNotFoundError
    from azure.storage.blob import BlobServiceClient

    name = unique_name("c")
    yield name
    with BlobServiceClient.from_connection_string(azurite_connection_string) as service:
        try:
            service.delete_container(name)
        except ResourceNotFoundError:
            pass
