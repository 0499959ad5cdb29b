"""The post record, the Publisher protocol and the publisher's exceptions.

PublishError            a post could not be written or sent. `retryable` is True when a later
 │                      run can succeed without an operator's help
 └── PublishAuthError   Blogger rejected the OAuth credentials (invalid_grant, HTTP 401 or 403);
                        retrying never helps until the operator re-authorises

Backend errors (OSError, googleapiclient, google-auth) are translated into these once, at the
backend's edge, and chained with `from exc`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Protocol

from store.base import PostRef

# The region of a prediction post that links to the results post, filled in by the evening job.
RESULTS_LINK_START = "<!-- nankan-teio:results-link -->"
RESULTS_LINK_END = "<!-- /nankan-teio:results-link -->"
RESULTS_LINK_REGION = re.compile(re.escape(RESULTS_LINK_START) + r".*?" + re.escape(RESULTS_LINK_END), re.DOTALL)

POST_KINDS: tuple[str, ...] = ("predict", "results")

REAUTHORISE_HINT = (
    "Re-authorise with `python -m jobs blogger-auth` and store the new refresh token in "
    "BLOGGER_REFRESH_TOKEN. An OAuth consent screen left in \"Testing\" issues refresh tokens "
    "that expire after 7 days, so publish the consent screen to \"In production\" to keep tokens valid."
)


@dataclass(slots=True)
class Post:
    """A rendered blog post for one venue's race day."""

    kind: str  # "predict" or "results"
    date: str  # ISO date, e.g. "2025-01-01"
    track_code: str  # key of scraper.records.TRACKS
    venue: str  # Japanese venue name, e.g. "川崎"
    title: str
    labels: list[str] = field(default_factory=list)
    html: str = ""

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the title, labels and HTML: equal fingerprints mean nothing to update.

        The results-link region is left out, because the evening job fills it on the blog
        itself. A morning re-run that only adds the same link then sends no update.
        """
        html = RESULTS_LINK_REGION.sub(RESULTS_LINK_START + RESULTS_LINK_END, self.html)
        digest = hashlib.sha256()
        for part in (self.title, "\x1f".join(self.labels), html):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x1e")
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class RaceFailure:
    """A race left out of a post because its card could not be read or scored."""

    race_id: str
    race_number: int
    reason: str  # Japanese, shown in the post


class Publisher(Protocol):
    def publish(self, post: Post) -> PostRef:
        """Create or update the post for (post.date, post.track_code, post.kind) and record it in the store."""

    def link_results(self, predict_ref: PostRef, results_ref: PostRef, date: str, track_code: str) -> None:
        """Point the prediction post's 結果はこちら link at the results post of the same day and venue.

        Changes nothing when the link is already in place, so the evening job can call it on every run.
        """


class PublishError(Exception):
    """A post could not be published. The message names the post and what to do next."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class PublishAuthError(PublishError):
    """Blogger rejected the credentials. The message includes the steps to re-authorise."""

    def __init__(self, message: str) -> None:
        super().__init__(f"{message} {REAUTHORISE_HINT}", retryable=False)
