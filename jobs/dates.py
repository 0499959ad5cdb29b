"""Race dates: always computed in Asia/Tokyo, whatever the time zone of the host.

Azure timers on Linux run in UTC, so the 07:00 JST morning timer fires at 22:00 UTC of the
previous day. The race date is the Tokyo date at the moment the job runs.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")
MAX_DAYS_AHEAD = 7
MAX_DAYS_BACK = 400


class DateError(ValueError):
    """A requested race date is malformed or out of range. The message is Japanese, for the operator."""


def tokyo_today(now: dt.datetime | None = None) -> dt.date:
    """Return today's date in Asia/Tokyo; `now` must be timezone-aware when given."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(TOKYO).date()


def parse_iso_date(text: str) -> dt.date:
    """Parse YYYY-MM-DD strictly; raise DateError with a Japanese message otherwise."""
    try:
        date = dt.date.fromisoformat(text)
        # fromisoformat also reads week dates (2025-W01-3) and other ISO forms; only YYYY-MM-DD passes.
        if date.isoformat() != text:
            raise ValueError(text)
        return date
    except ValueError:
        raise DateError(f"日付 {text!r} を読めません。YYYY-MM-DD の形式で指定してください（例: 2025-01-01）。") from None


def validate_request_date(text: str | None, now: dt.datetime | None = None) -> dt.date:
    """Validate a date sent to an HTTP trigger: ISO format, at most 7 days ahead and 400 days back.

    A missing date means today in Asia/Tokyo.
    """
    today = tokyo_today(now)
    if text is None or text == "":
        return today
    date = parse_iso_date(text)
    if date > today + dt.timedelta(days=MAX_DAYS_AHEAD):
        raise DateError(f"日付 {date.isoformat()} は先すぎます。今日（{today.isoformat()}）から {MAX_DAYS_AHEAD} 日以内を指定してください。")
    if date < today - dt.timedelta(days=MAX_DAYS_BACK):
        raise DateError(f"日付 {date.isoformat()} は古すぎます。今日（{today.isoformat()}）から {MAX_DAYS_BACK} 日前までを指定してください。")
    return date


def quarter_calendar_path(date: dt.date) -> str:
    """Return the calendar page path for the quarter containing `date` (the site keys it by the quarter's first month)."""
    first_month = (date.month - 1) // 3 * 3 + 1
    return f"/calendar/{date.year:04d}{first_month:02d}.do"
