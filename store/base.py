"""The state store interface shared by the SQLite and Azure Table backends.

The store keeps what the jobs must remember between runs: the post id of each
(date, venue, kind) post, and per race what the morning post predicted and how it settled.
Payloads are JSON-serialisable dicts so both backends store them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class PostRef:
    """Location and content fingerprint of a published post."""

    post_id: str
    url: str | None
    content_sha256: str | None = None  # fingerprint of the title, labels and HTML last published


class StateStore(Protocol):
    def get_post(self, date: str, venue: str, kind: str) -> PostRef | None:
        """Return the post recorded for (ISO date, track code, "predict" | "results"), if any."""

    def put_post(self, date: str, venue: str, kind: str, post: PostRef) -> None:
        """Record (or replace) the post for (date, venue, kind)."""

    def put_prediction(self, race_id: str, date: str, payload: dict[str, Any]) -> None:
        """Record the morning prediction of one race (scores, marks, tickets)."""

    def get_prediction(self, race_id: str) -> dict[str, Any] | None:
        """Return the recorded prediction of one race, if any."""

    def put_settlement(self, race_id: str, date: str, payload: dict[str, Any]) -> None:
        """Record the settlement of one race's tickets."""

    def get_settlement(self, race_id: str) -> dict[str, Any] | None:
        """Return the recorded settlement of one race, if any."""

    def list_settlements(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Return every recorded settlement as (race_id, ISO date, payload), oldest date first."""

    def close(self) -> None:
        """Release the backend's resources."""
