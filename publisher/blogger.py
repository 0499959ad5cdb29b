"""Publish posts to Blogger through the Blogger API v3 (google-api-python-client).

Publishing is idempotent per (date, track code, kind):
  0. a post whose fingerprint equals the recorded one is only read back to prove it exists;
  1. the post id recorded in the state store is updated in place, unless Blogger returns 404;
  2. otherwise a live or draft post with the same label and exact title is updated;
  3. otherwise a new live post is inserted.
The resulting post id is recorded in the store, so a re-run never adds a second post.
`link_results` patches the prediction post's results-link region, and only when it changes.

googleapiclient and google-auth are imported when the first post is published, so importing
this module stays cheap. Their errors are translated into PublishError here and nowhere else.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from jobs.settings import BloggerSettings
from publisher.base import POST_KINDS, Post, PublishAuthError, PublishError
from publisher.templating import replace_results_link
from scraper.records import TRACKS
from store.base import PostRef, StateStore

logger = logging.getLogger(__name__)

BLOGGER_SCOPE = "https://www.googleapis.com/auth/blogger"
# Retries of one API call after a 5xx, 429 or rate-limit 403 response, done by googleapiclient with
# randomised exponential backoff (waits of up to 2, 4, 8 and 16 s in google-api-python-client 2.x).
DEFAULT_NUM_RETRIES = 4
HTTP_TIMEOUT_S = 60.0
LIST_PAGE_SIZE = 50
SEARCH_STATUSES = ["LIVE", "DRAFT", "SCHEDULED"]


class BloggerPublisher:
    """Publisher for one blog, authorised by an OAuth user refresh token.

    `http` is an httplib2.Http-compatible transport, and the default is httplib2.Http with a
    60-second timeout. `retry_sleep` is the backoff sleep between retries of one call.
    """

    def __init__(
        self,
        blogger: BloggerSettings,
        store: StateStore,
        *,
        http: Any = None,
        num_retries: int = DEFAULT_NUM_RETRIES,
        retry_sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._settings = blogger
        self._store = store
        self._http = http
        self._num_retries = num_retries
        self._retry_sleep = retry_sleep
        self._service: Any = None

    def publish(self, post: Post) -> PostRef:
        """Create or update the post for (post.date, post.track_code, post.kind) and record it.

        Raises ValueError for an unknown kind, PublishAuthError when Blogger rejects the
        credentials and PublishError for any other failure.
        """
        if post.kind not in POST_KINDS:
            raise ValueError(f"post kind {post.kind!r} is invalid; expected one of {', '.join(POST_KINDS)}")

        posts = self._client().posts()
        body = {"kind": "blogger#post", "title": post.title, "content": post.html, "labels": list(post.labels)}

        recorded = self._store.get_post(post.date, post.track_code, post.kind)
        if recorded is not None and recorded.content_sha256 == post.fingerprint:
            # Same content as last published: one read proves the post still exists, and no update is sent.
            # NOTE: a post edited by hand on Blogger is overwritten only when the rendered content changes.
            request = posts.get(blogId=self._settings.blog_id, postId=recorded.post_id, view="AUTHOR", fields="id")
            if self._execute(request, f"read of post {recorded.post_id}", post, missing_ok=True) is not None:
                logger.info("Blogger post %s is unchanged; no update sent: %s", recorded.post_id, post.title)
                return recorded
        result = None
        if recorded is not None:
            result = self._update(posts, recorded.post_id, body, post)
            if result is None:
                logger.warning(
                    "recorded Blogger post %s for %s %s %s no longer exists; searching by title",
                    recorded.post_id, post.date, post.track_code, post.kind,
                )
        if result is None:
            existing_id = self._find_by_title(posts, post)
            if existing_id is not None:
                result = self._update(posts, existing_id, body, post)
        if result is None:
            request = posts.insert(blogId=self._settings.blog_id, body=body, isDraft=False)
            result = self._execute(request, "insert", post)
            logger.info("inserted Blogger post %s: %s", result.get("id"), post.title)

        ref = PostRef(post_id=str(result["id"]), url=result.get("url"), content_sha256=post.fingerprint)
        self._store.put_post(post.date, post.track_code, post.kind, ref)
        return ref

    def link_results(self, predict_ref: PostRef, results_ref: PostRef, date: str, track_code: str) -> None:
        """Point the prediction post's 結果はこちら link at the results post's URL.

        Reads the prediction post's content and sends a patch of the content only when the link
        differs, so a second call sends no update. A deleted prediction post is logged and
        skipped. Raises PublishAuthError when Blogger rejects the credentials and PublishError
        for any other failure.
        """
        if not results_ref.url:
            logger.warning(
                "results post %s of %s track %s has no URL, so prediction post %s gets no results link",
                results_ref.post_id, date, track_code, predict_ref.post_id,
            )
            return

        # Names the prediction post's kind, date and venue in error messages.
        described = Post(kind="predict", date=date, track_code=track_code, venue=TRACKS.get(track_code, track_code), title="")
        posts = self._client().posts()
        request = posts.get(blogId=self._settings.blog_id, postId=predict_ref.post_id, view="AUTHOR", fields="id,content")
        current = self._execute(request, f"read of post {predict_ref.post_id}", described, missing_ok=True)
        if current is None:
            logger.warning(
                "prediction post %s of %s track %s no longer exists on Blogger; no results link added",
                predict_ref.post_id, date, track_code,
            )
            return

        content = current.get("content") or ""
        # NOTE: whether Blogger keeps HTML comments in stored content is unverified; without the
        # region markers the link is found by its href instead (see replace_results_link).
        updated = replace_results_link(content, results_ref.url)
        if updated == content:
            logger.debug("prediction post %s already links to %s", predict_ref.post_id, results_ref.url)
            return
        request = posts.patch(blogId=self._settings.blog_id, postId=predict_ref.post_id, body={"content": updated})
        self._execute(request, f"results link update of post {predict_ref.post_id}", described)
        logger.info("linked prediction post %s to results post %s", predict_ref.post_id, results_ref.post_id)

    def _client(self) -> Any:
        """Build the Blogger v3 client on first use."""
        if self._service is None:
            self._service = build_blogger_service(self._settings, http=self._http, retry_sleep=self._retry_sleep)
        return self._service

    def _update(self, posts: Any, post_id: str, body: dict[str, Any], post: Post) -> dict[str, Any] | None:
        """Patch title, content and labels of one post. Returns None when the post does not exist."""
        request = posts.patch(blogId=self._settings.blog_id, postId=post_id, body=body)
        result = self._execute(request, f"update of post {post_id}", post, missing_ok=True)
        if result is not None:
            logger.info("updated Blogger post %s: %s", post_id, post.title)
        return result

    def _find_by_title(self, posts: Any, post: Post) -> str | None:
        """Return the id of a live, draft or scheduled post with the post's label and exact title."""
        # One label narrows the listing the same way whether Blogger combines labels with AND or OR.
        # NOTE: whether view=AUTHOR lists drafts on the real Blogger API is unverified (only the test fake ran this).
        label = post.date if post.date in post.labels else ",".join(post.labels)
        page_token = None
        while True:
            request = posts.list(
                blogId=self._settings.blog_id,
                labels=label,
                status=SEARCH_STATUSES,
                view="AUTHOR",
                fetchBodies=False,
                maxResults=LIST_PAGE_SIZE,
                pageToken=page_token,
            )
            page = self._execute(request, f"search for label {label}", post)
            for item in page.get("items", []):
                if item.get("title") == post.title:
                    logger.info("found Blogger post %s by title: %s", item.get("id"), post.title)
                    return str(item["id"])
            page_token = page.get("nextPageToken")
            if not page_token:
                return None

    def _execute(self, request: Any, action: str, post: Post, *, missing_ok: bool = False) -> dict[str, Any] | None:
        """Run one API call with the library's retries and translate its errors."""
        import httplib2
        from google.auth import exceptions as auth_errors
        from googleapiclient.errors import HttpError

        try:
            return request.execute(num_retries=self._num_retries)
        except HttpError as exc:
            if missing_ok and exc.resp.status == 404:
                return None
            raise _http_error(exc, action, post, self._settings.blog_id) from exc
        except auth_errors.RefreshError as exc:
            raise _refresh_error(exc, post, self._settings.token_uri) from exc
        except (auth_errors.TransportError, httplib2.HttpLib2Error, OSError) as exc:
            raise PublishError(
                f"Blogger {action} for {_describe(post)} failed: {type(exc).__name__}. "
                "The network or Google's servers did not respond, so the next run can retry.",
                retryable=True,
            ) from exc

def _describe(post: Post) -> str:
    return f"the {post.kind} post of {post.date} {post.venue}"


def _http_error(exc: Any, action: str, post: Post, blog_id: str) -> PublishError:
    status = exc.resp.status
    reason = exc.reason or "no reason given"
    failure = f"Blogger {action} for {_describe(post)} failed with HTTP {status} ({reason})."
    if status == 401:
        return PublishAuthError(f"{failure} Blogger rejected the access token.")
    if status == 403 and not _is_rate_limited(exc):
        return PublishAuthError(
            f"{failure} The authorised Google account may lack author rights on blog {blog_id} (BLOGGER_BLOG_ID)."
        )
    if status >= 500 or status in (403, 429):
        return PublishError(f"{failure} Blogger kept failing after retries, so the next run can retry.", retryable=True)
    if status == 404:
        return PublishError(f"{failure} Check BLOGGER_BLOG_ID={blog_id}.")
    return PublishError(failure)


def _is_rate_limited(exc: Any) -> bool:
    reasons = {detail.get("reason") for detail in (exc.error_details or []) if isinstance(detail, dict)}
    return bool(reasons & {"rateLimitExceeded", "userRateLimitExceeded"})


def _refresh_error(exc: Any, post: Post, token_uri: str) -> PublishError:
    # The message repeats only the OAuth error code, never the token endpoint's whole response.
    response = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
    code = response.get("error", "unknown error")
    failure = f"refreshing the Blogger access token at {token_uri} for {_describe(post)} failed ({code})."
    if getattr(exc, "retryable", False):
        return PublishError(f"{failure} The token endpoint failed after retries, so the next run can retry.", retryable=True)
    return PublishAuthError(f"{failure} The refresh token or OAuth client was rejected.")


def build_blogger_service(
    settings: BloggerSettings, *, http: Any = None, retry_sleep: Callable[[float], None] = time.sleep
) -> Any:
    """Build a Blogger v3 client from the discovery document shipped with google-api-python-client.

    `http` is an httplib2.Http-compatible transport (default: httplib2.Http with a 60-second
    timeout); `retry_sleep` is the backoff sleep between the library's retries of one call.
    """
    import google_auth_httplib2
    import httplib2
    from google.oauth2.credentials import Credentials
    from googleapiclient.discovery import build
    from googleapiclient.http import HttpRequest

    credentials = Credentials(
        None,
        refresh_token=settings.refresh_token,
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        token_uri=settings.token_uri,
        scopes=[BLOGGER_SCOPE],
    )
    transport = http if http is not None else httplib2.Http(timeout=HTTP_TIMEOUT_S)

    def build_request(*args: Any, **kwargs: Any) -> HttpRequest:
        request = HttpRequest(*args, **kwargs)
        # HttpRequest takes no argument for its backoff sleep; its tests replace this attribute too.
        request._sleep = retry_sleep
        return request

    client_options = None
    if settings.api_endpoint:
        # The static discovery document has an empty servicePath, so method paths start with v3/.
        client_options = {"api_endpoint": settings.api_endpoint.rstrip("/") + "/"}
    return build(
        "blogger",
        "v3",
        http=google_auth_httplib2.AuthorizedHttp(credentials, http=transport),
        client_options=client_options,
        static_discovery=True,
        cache_discovery=False,
        requestBuilder=build_request,
    )
