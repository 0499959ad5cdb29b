"""Publish posts as HTML files with a JSON sidecar, for local runs and previews.

Each file is a complete HTML document (doctype, `<html lang="ja">`, UTF-8 charset and the post
title) with the post's fragment as its body, so a browser opens it as is. The Blogger
publisher sends the bare fragment.

File names are built only from validated parts, so a post can never write outside
`out_dir/posts/`. Each file is written to a temporary file in the same folder and moved into
place with os.replace, so an interrupted run leaves the previous version or the new one.

The HTML file is the source of truth. It is written first, then the sidecar (title, labels and
times only), then the store record. A run stopped between these steps leaves the new HTML with
an older or missing sidecar and store record, and the next publish of that post rewrites all three.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
from pathlib import Path

from publisher.base import POST_KINDS, Post, PublishError
from publisher.templating import html_document, replace_results_link
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
        ref = PostRef(post_id=post_id, url=html_path.resolve().as_uri(), content_sha256=post.fingerprint)
        recorded = self._store.get_post(post.date, post.track_code, post.kind)
        if recorded is not None and recorded.content_sha256 == post.fingerprint and html_path.is_file():
            logger.info("%s post %s is unchanged; not rewritten", post.kind, post_id)
            return ref
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

        document = html_document(post.title, post.html)
        try:
            html_path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(html_path, document)
            _write_atomic(sidecar_path, json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise PublishError(
                f"writing the {post.kind} post for {post.date} {post.venue} to {html_path} failed: {exc}. "
                "Check that OUTPUT_DIR exists, is writable and has free space."
            ) from exc

        self._store.put_post(post.date, post.track_code, post.kind, ref)
        logger.info("wrote %s post %s (%d bytes)", post.kind, post_id, len(document.encode("utf-8")))
        return ref

    def link_results(self, predict_ref: PostRef, results_ref: PostRef, date: str, track_code: str) -> None:
        """Rewrite the prediction HTML file so its 結果はこちら link opens the results file.

        The link is relative (both files share one folder), so the output folder can be moved
        or served as is. The file is left untouched when the link is already there, and the
        sidecar is not rewritten because the title and labels do not change. A missing
        prediction file is logged and skipped. Raises ValueError when a ref is not the local post
        of (date, track_code), and PublishError when the file cannot be read or written.
        """
        predict_relative = relative_post_path(date, track_code, "predict")
        results_relative = relative_post_path(date, track_code, "results")
        for ref, expected in ((predict_ref, predict_relative), (results_ref, results_relative)):
            if ref.post_id != expected.as_posix():
                raise ValueError(
                    f"post id {ref.post_id!r} is not the local post {expected.as_posix()} of {date} track {track_code}"
                )

        html_path = self.out_dir / predict_relative
        try:
            current = html_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            logger.warning("prediction post %s not found; no results link added", html_path)
            return
        except OSError as exc:
            raise PublishError(
                f"reading the prediction post {html_path} failed: {exc}. "
                "Check that OUTPUT_DIR is readable, then run the results job again."
            ) from exc

        updated = replace_results_link(current, results_relative.name)
        if updated == current:
            logger.debug("prediction post %s already links to %s", predict_ref.post_id, results_relative.name)
            return
        try:
            _write_atomic(html_path, updated)
        except OSError as exc:
            raise PublishError(
                f"linking the prediction post {html_path} to the results post failed: {exc}. "
                "Check that OUTPUT_DIR is writable and has free space, then run the results job again."
            ) from exc
        logger.info("linked prediction post %s to results post %s", predict_ref.post_id, results_ref.post_id)


def post_path(post: Post) -> Path:
    """Validate the post's date, track code and kind, and build its path relative to the output folder."""
    return relative_post_path(post.date, post.track_code, post.kind)


def relative_post_path(date: str, track_code: str, kind: str) -> Path:
    """Validate an ISO date, track code and post kind, and build the post's path relative to the output folder."""
    try:
        parsed = dt.date.fromisoformat(date)
    except (TypeError, ValueError):
        raise ValueError(f"post date {date!r} is not an ISO date such as 2025-01-01") from None
    if parsed.isoformat() != date:
        raise ValueError(f"post date {date!r} is not an ISO date such as 2025-01-01")
    slug = TRACK_SLUGS.get(track_code)
    if slug is None:
        raise ValueError(f"post track code {track_code!r} is unknown; expected one of {', '.join(sorted(TRACK_SLUGS))}")
    if kind not in POST_KINDS:
        raise ValueError(f"post kind {kind!r} is invalid; expected one of {', '.join(POST_KINDS)}")
    return Path(POSTS_FOLDER) / f"{date}-{slug}-{kind}.html"


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
