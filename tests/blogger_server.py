"""A loopback fake of the Blogger API v3 post endpoints and of Google's OAuth token endpoint.

The real google-api-python-client reaches it through `api_endpoint` (method paths are
`/v3/blogs/{blogId}/posts...` because the static discovery document has an empty servicePath)
and google-auth reaches `/token` through `token_uri`. Tests script faults with `fail_next` and
read every request from `requests`.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

POSTS_PATH = re.compile(r"^/v3/blogs/(?P<blog_id>[^/]+)/posts(?:/(?P<post_id>[^/]+))?$")
ERROR_STATUS = {401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED"}
ERROR_REASON = {401: "authError", 403: "forbidden", 404: "notFound", 429: "rateLimitExceeded"}


@dataclass(slots=True)
class LoggedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    body: dict[str, Any] | None  # None for the token endpoint, whose form carries secrets


@dataclass(slots=True)
class FakeBlogger:
    """Blogger and OAuth fake serving one blog on 127.0.0.1 at an ephemeral port."""

    blog_id: str = "7777000011112222"
    client_id: str = "fake-client-id.apps.googleusercontent.com"
    client_secret: str = "fake-client-secret-value"
    refresh_token: str = "fake-refresh-token-value"
    posts: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[LoggedRequest] = field(default_factory=list)
    deny_status: int | None = None  # when set, every post-endpoint request gets this error status
    _faults: list[int] = field(default_factory=list)
    _access_tokens: set[str] = field(default_factory=set)
    _ids: Any = field(default_factory=lambda: itertools.count(9_000_000_001))
    _lock: Any = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "FakeBlogger.start() was not called"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "FakeBlogger":
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-blogger", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def fail_next(self, status: int, times: int = 1) -> None:
        """Fail the next `times` post-endpoint requests with `status` and a Google error body."""
        with self._lock:
            self._faults.extend([status] * times)

    def add_post(self, title: str, labels: list[str], content: str = "", status: str = "LIVE") -> str:
        """Create a post directly on the fake, as if made in an earlier run or by hand."""
        with self._lock:
            return self._create(title, labels, content, status)["id"]

    def api_requests(self, method: str | None = None) -> list[LoggedRequest]:
        """Return the logged post-endpoint requests, optionally only those with `method`."""
        return [
            request
            for request in self.requests
            if request.path.startswith("/v3/") and (method is None or request.method == method)
        ]

    def _create(self, title: str, labels: list[str], content: str, status: str) -> dict[str, Any]:
        post_id = str(next(self._ids))
        post = {
            "kind": "blogger#post",
            "id": post_id,
            "blog": {"id": self.blog_id},
            "url": f"{self.url}/fake-blog/{post_id}.html",
            "title": title,
            "content": content,
            "labels": list(labels),
            "status": status,
        }
        self.posts[post_id] = post
        return post


def _handler_for(fake: FakeBlogger) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base class signature
            pass

        def do_GET(self) -> None:
            self._dispatch()

        def do_POST(self) -> None:
            self._dispatch()

        def do_PUT(self) -> None:
            self._dispatch()

        def do_PATCH(self) -> None:
            self._dispatch()

        def _dispatch(self) -> None:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""

            if parts.path == "/token" and self.command == "POST":
                fake.requests.append(LoggedRequest(self.command, parts.path, query, None))
                self._token(parse_qs(raw.decode("utf-8")))
                return

            body = json.loads(raw) if raw else None
            fake.requests.append(LoggedRequest(self.command, parts.path, query, body))
            match = POSTS_PATH.match(parts.path)
            if match is None:
                self._error(404, f"no route for {self.command} {parts.path}")
                return
            with fake._lock:
                fault = fake._faults.pop(0) if fake._faults else fake.deny_status
            if fault is not None:
                self._error(fault, "scripted fault")
                return
            if self._bearer() not in fake._access_tokens:
                self._error(401, "Request had invalid authentication credentials.")
                return
            if match["blog_id"] != fake.blog_id:
                self._error(404, "Blog not found")
                return

            with fake._lock:
                self._posts(match["post_id"], query, body)

        def _token(self, form: dict[str, list[str]]) -> None:
            def value(name: str) -> str | None:
                return form.get(name, [None])[0]

            valid = (
                value("grant_type") == "refresh_token"
                and value("refresh_token") == fake.refresh_token
                and value("client_id") == fake.client_id
                and value("client_secret") == fake.client_secret
            )
            if not valid:
                error = {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                self._json(400, error)
                return
            token = f"fake-access-{len(fake._access_tokens) + 1}"
            fake._access_tokens.add(token)
            self._json(200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer"})

        def _bearer(self) -> str | None:
            header = self.headers.get("Authorization", "")
            return header[len("Bearer "):] if header.startswith("Bearer ") else None

        def _posts(self, post_id: str | None, query: dict[str, list[str]], body: dict[str, Any] | None) -> None:
            if post_id is None and self.command == "GET":
                self._list(query)
            elif post_id is None and self.command == "POST":
                is_draft = query.get("isDraft", ["false"])[0] == "true"
                body = body or {}
                post = fake._create(
                    body.get("title", ""), body.get("labels", []), body.get("content", ""), "DRAFT" if is_draft else "LIVE"
                )
                self._json(200, post)
            elif post_id is not None and post_id not in fake.posts:
                self._error(404, "Not Found")
            elif self.command == "GET":
                self._json(200, fake.posts[post_id])
            elif self.command in ("PUT", "PATCH"):
                post = fake.posts[post_id]
                if self.command == "PUT":
                    post.update({"title": "", "content": "", "labels": []})
                for name in ("title", "content", "labels"):
                    if body and name in body:
                        post[name] = body[name]
                self._json(200, post)
            else:
                self._error(405, f"{self.command} is not supported here")

        def _list(self, query: dict[str, list[str]]) -> None:
            requested_labels = [label for label in query.get("labels", [""])[0].split(",") if label]
            statuses = {status.upper() for status in query.get("status", ["LIVE"])}
            with_bodies = query.get("fetchBodies", ["true"])[0] == "true"
            size = int(query.get("maxResults", ["10"])[0])
            start = int(query.get("pageToken", ["0"])[0])

            matches = [
                post
                for post in fake.posts.values()
                if post["status"] in statuses and all(label in post["labels"] for label in requested_labels)
            ]
            page = matches[start : start + size]
            items = [post if with_bodies else {k: v for k, v in post.items() if k != "content"} for post in page]
            response: dict[str, Any] = {"kind": "blogger#postList", "items": items}
            if start + size < len(matches):
                response["nextPageToken"] = str(start + size)
            self._json(200, response)

        def _error(self, status: int, message: str) -> None:
            reason = ERROR_REASON.get(status, "backendError")
            error = {
                "code": status,
                "message": message,
                "errors": [{"message": message, "domain": "global", "reason": reason}],
                "status": ERROR_STATUS.get(status, "UNAVAILABLE"),
            }
            self._json(status, {"error": error})

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
