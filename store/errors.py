"""Errors raised by the state store and the raw-page archive.

Backend exceptions (sqlite3, azure.core, OSError) are translated into these once, at the
backend's edge, and chained with `from exc` so the original stays in the traceback.
"""

from __future__ import annotations


class StoreError(RuntimeError):
    """A state store or archive operation failed.

    The message names the table, container or file and what to check next. A retry can help
    only when the cause was a timeout or a lost connection.
    """
