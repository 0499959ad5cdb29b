"""Exceptions raised by the jobs package."""


class JobFailed(RuntimeError):
    """A job ended without doing its work (nothing could be predicted or posted).

    The message is English for the log; `summary` carries the run's counters for the alert.
    """

    def __init__(self, message: str, summary: dict | None = None) -> None:
        super().__init__(message)
        self.summary = summary or {}


def is_transient(exc: BaseException) -> bool:
    """Return True when running the whole job again later may succeed.

    Fetch failures (timeouts, 5xx after the client's own retries) and retryable publisher
    errors are transient. A layout change, robots.txt disallowing a path, bad settings,
    an authorisation failure and a day with nothing to predict are not: a retry repeats them.
    """
    from publisher.base import PublishError
    from scraper.errors import FetchError, RobotsDisallowed
    from store.errors import StoreError

    if isinstance(exc, RobotsDisallowed):
        return False
    status = getattr(exc, "status", None)
    if isinstance(exc, FetchError) and isinstance(status, int) and 400 <= status < 500:
        return False  # a 4xx page is missing or refused; the client never retries it either
    if isinstance(exc, (FetchError, StoreError, ConnectionError, TimeoutError)):
        return True
    if isinstance(exc, PublishError):
        return bool(getattr(exc, "retryable", False))
    return False
