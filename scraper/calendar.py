"""Parser for the quarter calendar `/calendar/{YYYYMM}.do`: the race days of the four tracks.

Each month has a table with one row per track, the track name in the first cell and one cell
per day. A race day's cell links its program `/program/{14}.do`; days without a program yet
link `/bangumi/…` instead and are not race days here.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from lxml.html import HtmlElement

from scraper.errors import LayoutError
from scraper.pagetools import parse_html, text_of
from scraper.records import TRACKS, RaceDay

logger = logging.getLogger(__name__)

_PROGRAM_LINK = re.compile(r"/program/(\d{14})\.do")
_PLACEHOLDER_DAY_ID = "00000000000000"
_TRACK_CODES = {name: code for code, name in TRACKS.items()}


def parse_calendar(data: bytes, source: str) -> list[RaceDay]:
    """Parse a calendar page into its race days, sorted by date and track code.

    The track comes from the row's first cell, or from the day id's track digits when the row
    names no track. Raises LayoutError when no table row names a track, or when a row's track
    and a day id linked in it disagree.
    """
    root = parse_html(data, source)
    track_rows = [row for row in root.iter("tr") if _row_track(row) is not None]
    if not track_rows:
        raise LayoutError(source, f"no calendar table row starts with a track name {list(_TRACK_CODES)}")

    days: dict[str, RaceDay] = {}
    for table in root.iter("table"):
        for row in table.iter("tr"):
            row_track = _row_track(row)
            for href in row.xpath(".//a/@href"):
                match = _PROGRAM_LINK.search(href)
                if not match or match.group(1) == _PLACEHOLDER_DAY_ID:
                    continue
                day = _race_day(match.group(1), row_track, source)
                days.setdefault(day.day_id, day)

    result = sorted(days.values(), key=lambda day: (day.date, day.track_code))
    logger.debug("parsed calendar %s: %d race days", source, len(result))
    return result


def _row_track(row: HtmlElement) -> str | None:
    """Return the track code named by the row's first cell, or None."""
    cells = row.xpath("./td | ./th")
    if not cells:
        return None
    return _TRACK_CODES.get(text_of(cells[0]))


def _race_day(day_id: str, row_track: str | None, source: str) -> RaceDay:
    track_code = day_id[8:10]
    if track_code not in TRACKS:
        raise LayoutError(source, f"day id {day_id} has unknown track code {track_code}; expected one of {list(TRACKS)}")
    if row_track is not None and row_track != track_code:
        raise LayoutError(
            source, f"day id {day_id} (track {track_code}) is linked in the {TRACKS[row_track]} row"
        )
    try:
        date = dt.datetime.strptime(day_id[:8], "%Y%m%d").date()
    except ValueError as exc:
        raise LayoutError(source, f"day id {day_id} does not start with a valid date YYYYMMDD") from exc
    return RaceDay(date=date, track_code=track_code, venue=TRACKS[track_code], day_id=day_id)
