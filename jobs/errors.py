"""Exceptions raised by the jobs package."""


class JobFailed(RuntimeError):
    """A job ended without doing its work (nothing could be predicted or posted).

    The message is English for the log; `summary` carries the run's counters for the alert.
    """

    def __init__(self, message: str, summary: dict | None = None) -> None:
        super().__init__(message)
        self.summary = summary or {}
