"""Publish posts as HTML files with a JSON sidecar, for local runs and previews.

File names are built only from validated parts, so a post can never write outside
`out_dir/posts/`. Each file is written to a temporary file in the same folder and moved into
place with os.replace, so an interrupted run leaves the previous version or the new one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
from pathlib import Path

from publisher.base import POST_KINDS, Post, PublishError
from scraper.records import TRACK_SLUGS
from store.base import PostRef, StateStore

logger = logging.getLogger(__name__)

POSTS_FOLDER = "posts"


class LocalPublisher:
    """Publisher writing `out_dir/posts/{date}-{track slug}-{kind}.html` and a `.json` sidecar."""

    def __init__(self, out_dir: Path, store: StateStore) -> None:
        self.out_dir = Path(out_dir)
        self._store = store

    def publish(self, post: Post) -> PostRef:
        """Write the post, replacing the file of the same (date, track, kind), and record it.

        Raises ValueError for an invalid date, track code or kind, and PublishError when the
        files cannot be written.
        """
        relative = post_path(post)
        html_path = self.out_dir / relative
        sidecar_path = html_path.with_suffix(".json")
        post_id = relative.as_posix()
        sidecar = {
            "title": post.title,
            "labels": post.labels,
            "kind": post.kind,
            "date": post.date,
            "track_code": post.track_code,
            "venue": post.venue,
            "post_id": post_id,
            "updated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }

        try:
            html_path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(html_path, post.html)
            _write_atomic(sidecar_path, json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise PublishError(
                f"writing the {post.kind} post for {post.date} {post.venue} to {html_path} failed: {exc}. "
                "Check that OUTPUT_DIR exists, is writable and has free space."
            ) from exc

        ref = PostRef(post_id=post_id, url=html_path.resolve().as_uri())
        self._store.put_post(post.date, post.track_code, post.kind, ref)
        logger.info("wrote %s post %s (%d bytes)", post.kind, post_id, len(post.html.encode("utf-8")))
        return ref


def post_path(post: Post) -> Path:
    """Validate the post's date, track code and kind, and build its path relative to the output folder."""
    try:
        date = dt.date.fromisoformat(post.date)
    except (TypeError, ValueError):
        raise ValueError(f"post date {post.date!r} is not an ISO date such as 2025-01-01") from None
    if date.isoformat() != post.date:
        raise ValueError(f"post date {post.date!r} is not an ISO date such as 2025-01-01")
    slug = TRACK_SLUGS.get(post.track_code)
    if slug is None:
        raise ValueError(f"post track code {post.track_code!r} is unknown; expected one of {', '.join(sorted(TRACK_SLUGS))}")
    if post.kind not in POST_KINDS:
        raise ValueError(f"post kind {post.kind!r} is invalid; expected one of {', '.join(POST_KINDS)}")
    return Path(POSTS_FOLDER) / f"{post.date}-{slug}-{post.kind}.html"


def _write_atomic(path: Path, text: str) -> None:
    descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
