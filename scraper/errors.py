"""Exceptions raised by the scraper package.

ScrapeError
 ├── FetchError          the site could not be read (after retries); a later run may succeed
 │    └── RobotsDisallowed  robots.txt forbids the path; retrying never helps
 └── LayoutError         a page lacks the structure a parser expects; retrying never helps
"""


class ScrapeError(Exception):
    """Base class for every error the scraper raises."""


class FetchError(ScrapeError):
    """A page could not be fetched: timeout, connection failure or an HTTP error status.

    Raised after the retry policy gave up, so the message names the URL and the last cause.
    """


class RobotsDisallowed(FetchError):
    """robots.txt of the site disallows the path for our User-Agent."""


class LayoutError(ScrapeError):
    """A page does not have the structure the parser expects.

    The message names the URL (or file) and exactly what was missing, so a site redesign
    shows up as one clear log line instead of wrong picks.
    """

    def __init__(self, source: str, missing: str, race_id: str | None = None) -> None:
        self.source = source
        self.missing = missing
        self.race_id = race_id
        where = f"race {race_id} " if race_id else ""
        super().__init__(f"{where}{source}: {missing}")
