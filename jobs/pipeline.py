"""The resources one job run shares: site client, raw-page archive, state store, publisher.

Opened once per run by `open_run` and closed at the end, so a run never keeps a connection
or file open after it returns.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any

from jobs.dates import quarter_calendar_path
from jobs.settings import Settings
from predictor.records import RacePrediction
from scraper.records import Program, RaceCard, RaceDay

logger = logging.getLogger(__name__)

# The quarter calendar fetched earlier the same day is parsed again instead of fetched: it lists
# the race days and does not change during a day. Programs and cards are fetched on every run,
# so a re-run picks up scratches and called-off races. When the site cannot be reached, today's
# archived copy is used with a warning. Result pages are always fetched (pending -> final).
REUSE_CALENDAR_FOR = dt.timedelta(hours=24)


class Run:
    """One job run's shared resources and the page-level steps every job uses."""

    def __init__(self, settings: Settings, client, archive, store, publisher) -> None:  # noqa: ANN001
        self.settings = settings
        self.client = client
        self.archive = archive
        self.store = store
        self.publisher = publisher
        self.pages_reused = 0

    def _archived(self, path: str, max_age: dt.timedelta) -> bytes | None:
        """Return today's archived copy of `path` when it was fetched less than `max_age` ago."""
        from store.errors import StoreError

        try:
            record = self.archive.provenance(path)
            if record is None:
                return None
            age = dt.datetime.now(dt.timezone.utc) - dt.datetime.fromisoformat(record["fetched_at"])
            if age > max_age:
                return None
            return self.archive.load(path)
        except (StoreError, KeyError, ValueError) as exc:
            logger.warning("archived copy of %s not reused: %s", path, exc)
            return None

    def _parsed(  # noqa: ANN202
        self,
        path: str,
        parser,  # noqa: ANN001
        race_id: str | None = None,
        reuse_for: dt.timedelta | None = None,
        archive_fallback: bool = False,
    ):
        """Fetch and parse `path`.

        With `reuse_for`, a copy archived less than that long ago is parsed instead of fetched.
        With `archive_fallback`, a fetch that fails after its retries falls back to today's
        archived copy, if there is one.
        """
        from scraper.errors import FetchError, LayoutError

        source = self.settings.base_url + path
        body = self._archived(path, reuse_for) if reuse_for is not None else None
        if body is not None:
            self.pages_reused += 1
            logger.info("reused archived %s instead of fetching it again", path)
        else:
            try:
                page = self.client.fetch(path)
                body, source = page.body, page.url
            except FetchError as exc:
                body = self._archived(path, dt.timedelta(days=1)) if archive_fallback else None
                if body is None:
                    raise
                self.pages_reused += 1
                logger.warning("fetching %s failed (%s); parsing today's archived copy instead", path, exc)
        try:
            return parser(body, source)
        except LayoutError as exc:
            if race_id and exc.race_id is None:
                exc.race_id = race_id
            raise

    def race_days(self, date: dt.date) -> list[RaceDay]:
        """Return the Nankan race days on `date` (usually one venue, none on a day off)."""
        from scraper.calendar import parse_calendar

        days = self._parsed(quarter_calendar_path(date), parse_calendar, reuse_for=REUSE_CALENDAR_FOR)
        found = [day for day in days if day.date == date]
        logger.info("calendar %s: %d race day(s) on %s", quarter_calendar_path(date), len(found), date)
        return found

    def program(self, day: RaceDay) -> Program:
        from scraper.program import parse_program

        return self._parsed(f"/program/{_digits(day.day_id, 14)}.do", parse_program, archive_fallback=True)

    def card(self, race_id: str) -> RaceCard:
        from scraper.card import parse_card

        return self._parsed(f"/syousai/{_digits(race_id, 16)}.do", parse_card, race_id, archive_fallback=True)

    def result(self, race_id: str):  # noqa: ANN201 - scraper.records.RaceResult
        from scraper.result import parse_result

        return self._parsed(f"/result/{_digits(race_id, 16)}.do", parse_result, race_id)

    def prediction_payload(self, day: RaceDay, prediction: RacePrediction) -> dict[str, Any]:
        """Return the JSON-serialisable record of a race's prediction kept for the evening job."""
        payload = dataclasses.asdict(prediction)
        payload["date"] = day.date.isoformat()
        payload["track_code"] = day.track_code
        payload["venue"] = day.venue
        payload["tickets"] = [
            {"bet_type": t.bet_type, "combination": list(t.combination), "units": t.units} for t in prediction.tickets
        ]
        return payload


def _digits(value: str, length: int) -> str:
    """Return `value` if it is exactly `length` ASCII digits; ids reach URLs only through this check."""
    if len(value) != length or not value.isascii() or not value.isdigit():
        raise ValueError(f"expected a {length}-digit id, got {value!r}")
    return value


def make_publisher(settings: Settings, store):  # noqa: ANN001, ANN201
    if settings.publisher == "blogger":
        from publisher.blogger import BloggerPublisher

        return BloggerPublisher(settings.blogger, store)
    from publisher.local import LocalPublisher

    return LocalPublisher(settings.output_dir, store)


@contextlib.contextmanager
def open_run(settings: Settings) -> Iterator[Run]:
    """Open the client, archive, store and publisher for one run and close them afterwards."""
    from scraper.client import SiteClient
    from store.factory import open_archive, open_store

    store = open_store(settings)
    archive = open_archive(settings)
    client = SiteClient.from_settings(settings, archive=archive.save)
    try:
        yield Run(settings, client, archive, store, make_publisher(settings, store))
    finally:
        client.close()
        archive.close()
        store.close()
