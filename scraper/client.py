"""The one HTTP client that reads www.nankankeiba.com: polite, retrying, bytes only.

Politeness:
- robots.txt is read once per client, before the first page, with the same session. A
  disallowed path raises RobotsDisallowed before any request for it is sent, and every
  redirect target is checked the same way.
- A robots.txt request that returns 4xx (404 included) allows everything (RFC 9309, section 2.3.1.3).
- A robots.txt that stays unreachable or returns 5xx after the retries stops the run with
  FetchError, because RFC 9309 (section 2.3.1.4) treats an unreachable robots.txt as a
  complete disallow.
- Requests are spaced by at least max(Crawl-delay, delay_s) seconds, measured from the end of
  the previous response to the start of the next request.
- Each path is fetched at most once per client. A second fetch returns the cached Page.

Retries follow RETRY_RULES: timeouts, connection errors, truncated bodies, 429 and 5xx are
retried with exponential backoff and jitter, and Retry-After is honoured. Any other 4xx raises
FetchError at once. Every wait must end inside the run's time budget (`budget_s`, counted from
the creation of the client). When the next wait would not, the client gives up with FetchError
naming the URL, the attempts and the last cause.

The client decodes nothing: parsers receive the body bytes and decode them as cp932.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import logging
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import requests
import tenacity

from scraper.errors import FetchError, RobotsDisallowed

if TYPE_CHECKING:
    from jobs.settings import Settings

logger = logging.getLogger(__name__)

ROBOTS_PATH = "/robots.txt"
MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Page:
    """One page as received from the site."""

    path: str  # the path passed to fetch()
    url: str  # final URL after redirects
    status: int
    body: bytes
    fetched_at: dt.datetime  # aware, UTC
    sha256: str
    elapsed_s: float

    @property
    def final_path(self) -> str:
        return urlsplit(self.url).path


class HTTPStatusError(FetchError):
    """The site returned a client error status (4xx), which is never retried."""

    def __init__(self, message: str, url: str, status: int) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class TruncatedBody(requests.RequestException):
    """The body is shorter than the Content-Length the server announced."""


@dataclass(frozen=True, slots=True)
class RetryRule:
    """A condition under which a failed request is retried, with the reason logged for it."""

    reason: str
    statuses: frozenset[int] = frozenset()
    exceptions: tuple[type[BaseException], ...] = ()

    def matches(self, status: int | None, error: BaseException | None) -> bool:
        if status is not None and status in self.statuses:
            return True
        return error is not None and isinstance(error, self.exceptions)


_GATEWAY_STATUSES = frozenset({502, 504})
_OTHER_SERVER_STATUSES = frozenset(range(500, 600)) - _GATEWAY_STATUSES - {503}

# First match wins, so the narrow exception classes come before requests.ConnectionError,
# which is the base class of ConnectTimeout.
RETRY_RULES: tuple[RetryRule, ...] = (
    RetryRule(statuses=frozenset({429}), reason="rate limited by the server"),
    RetryRule(statuses=frozenset({503}), reason="server overloaded or in maintenance"),
    RetryRule(statuses=_GATEWAY_STATUSES, reason="gateway or proxy in front of the site failed"),
    RetryRule(statuses=_OTHER_SERVER_STATUSES, reason="server error"),
    RetryRule(exceptions=(requests.ConnectTimeout,), reason="connect timed out"),
    RetryRule(exceptions=(requests.ReadTimeout,), reason="read timed out"),
    RetryRule(
        exceptions=(TruncatedBody, requests.exceptions.ChunkedEncodingError),
        reason="body truncated before Content-Length",
    ),
    RetryRule(exceptions=(requests.ConnectionError,), reason="connection failed or reset"),
)

# Full jitter: after failed attempt n (1-based) the wait is random in
# [0, min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** (n - 1))] seconds, or Retry-After if that is longer.
BACKOFF_BASE_S = 1.0
BACKOFF_MAX_S = 60.0


class _Transient(Exception):
    """A retryable failure of one attempt, carrying the rule that matched."""

    def __init__(self, rule: RetryRule, detail: str, retry_after_s: float | None = None) -> None:
        super().__init__(detail)
        self.rule = rule
        self.detail = detail
        self.retry_after_s = retry_after_s


def find_retry_rule(status: int | None = None, error: BaseException | None = None) -> RetryRule | None:
    """Return the first rule of RETRY_RULES matching a status or an exception, or None."""
    for rule in RETRY_RULES:
        if rule.matches(status, error):
            return rule
    return None


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Parse a Retry-After value (delay in seconds or an HTTP date) into seconds from now."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


class SiteClient:
    """A requests.Session wrapper for one run: robots.txt, spacing, retries, budget, cache."""

    def __init__(
        self,
        base_url: str,
        user_agent: str,
        *,
        delay_s: float = 1.0,
        connect_timeout_s: float = 5,
        read_timeout_s: float = 20,
        budget_s: float = 240,
        archive: Callable[[Page], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        respect_robots: bool = True,
        max_attempts: int = 5,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.user_agent = user_agent
        self.delay_s = delay_s
        self.timeout = (connect_timeout_s, read_timeout_s)
        self.budget_s = budget_s
        self.archive = archive
        self.respect_robots = respect_robots
        self.max_attempts = max_attempts
        self._sleep = sleep
        self._clock = clock
        self._deadline = clock() + budget_s
        self._origin = _origin(self.base_url)
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": user_agent})
        self._robots: urllib.robotparser.RobotFileParser | None = None
        self._crawl_delay_s = 0.0
        self._last_request_end: float | None = None
        self._cache: dict[str, Page] = {}
        self.requested_paths: list[str] = []  # one entry per network fetch, robots.txt included
        self.pages_fetched = 0  # pages fetch() read from the network, not counting cache hits and robots.txt

    @classmethod
    def from_settings(cls, settings: "Settings", **overrides: object) -> "SiteClient":
        """Build a client from validated settings. Keyword `overrides` replace single constructor arguments."""
        options: dict[str, object] = {
            "delay_s": settings.request_delay_s,
            "connect_timeout_s": settings.connect_timeout_s,
            "read_timeout_s": settings.read_timeout_s,
            "budget_s": settings.fetch_budget_s,
        }
        options.update(overrides)
        return cls(settings.base_url, settings.user_agent, **options)  # type: ignore[arg-type]

    @property
    def min_interval_s(self) -> float:
        """Seconds kept between two requests: max(Crawl-delay, delay_s)."""
        return max(self._crawl_delay_s, self.delay_s)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> "SiteClient":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def fetch(self, path: str) -> Page:
        """Return the page at `path` (e.g. "/program/20250101210101.do"), from the cache after the first fetch.

        Raises RobotsDisallowed for a path robots.txt forbids and FetchError when the page cannot be read.
        """
        if not path.startswith("/"):
            raise ValueError(f"path {path!r} must start with '/'")
        self._ensure_robots()
        cached = self._cache.get(path)  # robots.txt itself is cached once _ensure_robots has read it
        if cached is not None:
            logger.debug("cache hit for %s", path)
            return cached

        self._check_allowed(path)
        page = self._fetch_with_retries(path)
        if page.status != 200:
            raise FetchError(f"GET {page.url} returned HTTP {page.status}; expected 200")

        self._remember(page)
        self.pages_fetched += 1
        return page

    # robots.txt

    def fetch_robots(self) -> Page:
        """Fetch robots.txt with the retry policy and return it even when its status is 4xx.

        Neither the cache nor the robots.txt rules apply, so a health check can read the status.
        """
        return self._fetch_with_retries(ROBOTS_PATH, allow_client_errors=True)

    def _ensure_robots(self) -> None:
        if not self.respect_robots or self._robots is not None:
            return
        parser = urllib.robotparser.RobotFileParser(self.base_url + ROBOTS_PATH)
        try:
            page = self._fetch_with_retries(ROBOTS_PATH, allow_client_errors=True)
        except FetchError as exc:
            raise FetchError(
                f"robots.txt of {self.base_url} could not be read, so no page is fetched "
                f"(an unreachable robots.txt counts as disallow all): {exc}"
            ) from exc

        if page.status == 200:
            parser.parse(page.body.decode("utf-8", errors="replace").splitlines())
            self._crawl_delay_s = float(parser.crawl_delay(self.user_agent) or 0.0)
            self._remember(page)
            logger.info("robots.txt read from %s; crawl delay %.1f s", page.url, self.min_interval_s)
        else:
            parser.allow_all = True
            logger.info("robots.txt of %s returned HTTP %d; every path is allowed", self.base_url, page.status)
        self._robots = parser

    def _check_allowed(self, path: str) -> None:
        if not self.respect_robots or self._robots is None:
            return
        if not self._robots.can_fetch(self.user_agent, self.base_url + path):
            raise RobotsDisallowed(
                f"robots.txt of {self.base_url} disallows {path} for user agent {self.user_agent!r}; "
                "the page is not fetched"
            )

    # requests and retries

    def _fetch_with_retries(self, path: str, allow_client_errors: bool = False) -> Page:
        url = self.base_url + path
        self.requested_paths.append(path)
        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception_type(_Transient),
            wait=self._wait_before_retry,
            stop=self._should_stop,
            sleep=self._sleep,
            before_sleep=lambda state: self._log_retry(url, state),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    number = attempt.retry_state.attempt_number
                    logger.debug("GET %s attempt %d", url, number)
                    return self._attempt(path, url, allow_client_errors)
        except _Transient as exc:
            raise FetchError(self._give_up_message(url, retrying, exc)) from exc.__cause__
        raise AssertionError("unreachable: tenacity returns or raises")

    def _attempt(self, path: str, url: str, allow_client_errors: bool) -> Page:
        """Send one GET, following redirects by hand so robots.txt is checked for every target."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            response, elapsed_s = self._send(current)
            if response.status_code in _REDIRECT_STATUSES and "Location" in response.headers:
                current = self._redirect_target(current, response.headers["Location"])
                continue
            return self._to_page(path, current, response, elapsed_s, allow_client_errors)
        raise FetchError(f"GET {url} redirected more than {MAX_REDIRECTS} times; last target {current}")

    def _send(self, url: str) -> tuple[requests.Response, float]:
        self._throttle()
        started = time.monotonic()
        try:
            response = self._session.get(url, timeout=self.timeout, allow_redirects=False)
            _check_length(response)
        except requests.RequestException as exc:
            rule = find_retry_rule(error=exc)
            if rule is None:
                raise FetchError(f"GET {url} failed: {exc}") from exc
            raise _Transient(rule, f"{type(exc).__name__}: {exc}") from exc
        finally:
            self._last_request_end = self._clock()
        return response, time.monotonic() - started

    def _redirect_target(self, current: str, location: str) -> str:
        target = urljoin(current, location)
        # NOTE: RFC 9309 expects crawlers to follow robots.txt redirects across hosts too. This
        # client follows none, so a robots.txt moved to another host stops the run.
        if _origin(target) != self._origin:
            raise FetchError(f"GET {current} redirected to {target}, outside {self.base_url}; not followed")
        self._check_allowed(urlsplit(target).path)
        logger.debug("redirect %s -> %s", current, target)
        return target

    def _to_page(
        self, path: str, url: str, response: requests.Response, elapsed_s: float, allow_client_errors: bool
    ) -> Page:
        status = response.status_code
        rule = find_retry_rule(status=status)
        if rule is not None:
            detail = f"HTTP {status} {response.reason}"
            raise _Transient(rule, detail, parse_retry_after(response.headers.get("Retry-After")))
        if 400 <= status < 500 and not allow_client_errors:
            raise HTTPStatusError(
                f"GET {url} returned HTTP {status} {response.reason}; client errors are not retried, "
                "so check that the path and its id exist on the site",
                url,
                status,
            )

        page = Page(
            path=path,
            url=url,
            status=status,
            body=response.content,
            fetched_at=dt.datetime.now(dt.timezone.utc),
            sha256=hashlib.sha256(response.content).hexdigest(),
            elapsed_s=elapsed_s,
        )
        logger.info("fetched %s status %d, %d bytes, %d ms", path, status, len(page.body), round(elapsed_s * 1000))
        return page

    def _throttle(self) -> None:
        if self._last_request_end is None:
            return
        remaining = self._last_request_end + self.min_interval_s - self._clock()
        if remaining > 0:
            self._sleep(remaining)

    def _wait_before_retry(self, state: tenacity.RetryCallState) -> float:
        backoff = tenacity.wait_random_exponential(multiplier=BACKOFF_BASE_S, max=BACKOFF_MAX_S)(state)
        error = state.outcome.exception() if state.outcome else None
        retry_after = error.retry_after_s if isinstance(error, _Transient) else None
        return max(backoff, retry_after or 0.0)

    def _should_stop(self, state: tenacity.RetryCallState) -> bool:
        if state.attempt_number >= self.max_attempts:
            return True
        return self._clock() + state.upcoming_sleep > self._deadline

    def _log_retry(self, url: str, state: tenacity.RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _Transient):
            logger.warning(
                "GET %s attempt %d failed (%s: %s); retrying in %.1f s",
                url,
                state.attempt_number,
                error.rule.reason,
                error.detail,
                state.upcoming_sleep,
            )

    def _give_up_message(self, url: str, retrying: tenacity.Retrying, error: _Transient) -> str:
        attempts = retrying.statistics.get("attempt_number", 1)
        if attempts >= self.max_attempts:
            stop_reason = f"the limit of {self.max_attempts} attempts is reached"
        else:
            stop_reason = f"the next wait would pass the fetch budget of {self.budget_s:g} s"
        return (
            f"GET {url} failed after {attempts} attempt{'s' if attempts != 1 else ''}; "
            f"last cause: {error.rule.reason} ({error.detail}); gave up because {stop_reason}. "
            f"{_next_step(error.detail)}"
        )

    def _remember(self, page: Page) -> None:
        self._cache[page.path] = page
        self._cache.setdefault(page.final_path, page)
        if self.archive is None:
            return
        try:
            self.archive(page)
        except Exception:  # the archive is best effort and must never stop a run
            logger.exception("archiving %s failed; the run continues without this copy", page.url)


def _next_step(detail: str) -> str:
    """Return the advice for a fetch that kept failing, by what the last failure looked like."""
    unreachable = ("Connection refused", "Name or service not known", "Temporary failure in name resolution",
                   "nodename nor servname", "No route to host", "Network is unreachable")
    if any(text in detail for text in unreachable):
        return "The host could not be reached at all: check NANKAN_BASE_URL and the network (DNS, firewall)."
    return "Run again later, or raise FETCH_BUDGET_S if the site is slow."


def _check_length(response: requests.Response) -> None:
    """Raise TruncatedBody when an uncompressed body is shorter or longer than Content-Length."""
    announced = response.headers.get("Content-Length")
    encoding = response.headers.get("Content-Encoding", "identity").lower()
    if announced is None or not announced.isdigit() or encoding not in ("", "identity"):
        return
    received = len(response.content)
    if received != int(announced):
        raise TruncatedBody(f"received {received} bytes of the {announced} announced by Content-Length")


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()
