"""NCRONTAB timer schedules: parsing, next fire times, and the race date a timer run covers.

Azure Functions timer triggers take a 6-field NCRONTAB expression,
`second minute hour day month day-of-week`, evaluated in UTC on Linux plans. This module
accepts numbers, `*`, lists (`,`), ranges (`-`) and steps (`/`); day-of-week runs 0-6 with
Sunday = 0. As in the NCrontab library the host uses, a fire time must match both the day
and the day-of-week field, and `N/step` means N, N+step, ... up to the field maximum.

NOTE: the host also accepts English month and weekday names (Jan, Mon), but this parser
rejects them, so write schedules with numbers only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from jobs.settings import SettingsError

JST = ZoneInfo("Asia/Tokyo")
UTC = dt.timezone.utc

EXPECTED_FORM = (
    "6 fields 'second minute hour day month day-of-week' in UTC using numbers, *, ',', '-' and '/', "
    "such as '0 0 22 * * *' (07:00 JST)"
)
# The evening timer's errors show the evening example instead.
RESULTS_EXPECTED_FORM = EXPECTED_FORM.replace("'0 0 22 * * *' (07:00 JST)", "'0 30 12 * * *' (21:30 JST)")


def _expected_form(setting: str) -> str:
    return RESULTS_EXPECTED_FORM if setting == "RESULTS_SCHEDULE" else EXPECTED_FORM

# Field name and inclusive value range, in expression order.
FIELDS: tuple[tuple[str, int, int], ...] = (
    ("second", 0, 59),
    ("minute", 0, 59),
    ("hour", 0, 23),
    ("day", 1, 31),
    ("month", 1, 12),
    ("day-of-week", 0, 6),
)

# A schedule that matches no date within this many days never fires (31 February, for example).
# Eight years covers a 29 February schedule even across a century year that is not a leap year.
SEARCH_HORIZON_DAYS = 8 * 366


class ScheduleError(SettingsError):
    """A schedule setting is not a valid 6-field NCRONTAB expression, or it never fires."""


@dataclass(frozen=True, slots=True)
class Schedule:
    """A parsed NCRONTAB expression: the allowed values of each field."""

    expression: str
    setting: str
    seconds: tuple[int, ...]
    minutes: tuple[int, ...]
    hours: tuple[int, ...]
    days: frozenset[int]
    months: frozenset[int]
    days_of_week: frozenset[int]

    def matches_date(self, day: dt.date) -> bool:
        # Python's weekday() counts Monday = 0, but NCRONTAB counts Sunday = 0.
        day_of_week = (day.weekday() + 1) % 7
        return day.month in self.months and day.day in self.days and day_of_week in self.days_of_week

    def next_fire_times(self, after: dt.datetime, count: int = 3) -> list[dt.datetime]:
        """Return the next `count` fire times strictly after `after`, as aware UTC datetimes."""
        if after.tzinfo is None or after.utcoffset() is None:
            raise ValueError(f"after must be a timezone-aware datetime, got naive {after.isoformat()}")
        if count < 1:
            return []

        fire_times: list[dt.datetime] = []
        day = after.astimezone(UTC).date()
        for _ in range(SEARCH_HORIZON_DAYS):
            if self.matches_date(day):
                for fire_time in self._times_on(day):
                    if fire_time > after:
                        fire_times.append(fire_time)
                        if len(fire_times) == count:
                            return fire_times
            day += dt.timedelta(days=1)

        if fire_times:
            return fire_times
        raise ScheduleError(
            self.setting,
            f"is {self.expression!r}, which matches no date in the next {SEARCH_HORIZON_DAYS} days",
            _expected_form(self.setting),
        )

    def _times_on(self, day: dt.date):  # noqa: ANN202 - a generator of aware UTC datetimes
        for hour in self.hours:
            for minute in self.minutes:
                for second in self.seconds:
                    yield dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=UTC)


def _parse_value(text: str, field: str, low: int, high: int, expression: str, setting: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise ScheduleError(
            setting,
            f"is {expression!r}: {field} value {text!r} is not a number",
            _expected_form(setting),
        )
    value = int(text)
    if not low <= value <= high:
        raise ScheduleError(
            setting,
            f"is {expression!r}: {field} value {value} is outside {low}-{high}",
            _expected_form(setting),
        )
    return value


def _parse_field(text: str, field: str, low: int, high: int, expression: str, setting: str) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        base, slash, step_text = part.partition("/")
        step = 1
        if slash:
            step = _parse_value(step_text, f"{field} step", 1, high - low + 1, expression, setting)

        if base == "*":
            first, last = low, high
        elif "-" in base:
            first_text, _, last_text = base.partition("-")
            first = _parse_value(first_text, field, low, high, expression, setting)
            last = _parse_value(last_text, field, low, high, expression, setting)
            if first > last:
                raise ScheduleError(
                    setting,
                    f"is {expression!r}: {field} range {base!r} runs backwards",
                    _expected_form(setting),
                )
        else:
            first = _parse_value(base, field, low, high, expression, setting)
            last = high if slash else first

        values.update(range(first, last + 1, step))
    return frozenset(values)


def parse_schedule(expression: str, setting: str = "schedule") -> Schedule:
    """Parse a 6-field NCRONTAB expression. Error messages name the setting `setting`."""
    fields = expression.split()
    if len(fields) != len(FIELDS):
        raise ScheduleError(setting, f"is {expression!r} with {len(fields)} fields instead of 6", _expected_form(setting))

    parsed = [
        _parse_field(text, name, low, high, expression, setting)
        for text, (name, low, high) in zip(fields, FIELDS)
    ]
    seconds, minutes, hours, days, months, days_of_week = parsed
    return Schedule(
        expression=expression.strip(),
        setting=setting,
        seconds=tuple(sorted(seconds)),
        minutes=tuple(sorted(minutes)),
        hours=tuple(sorted(hours)),
        days=days,
        months=months,
        days_of_week=days_of_week,
    )


def next_fire_times(expression: str, after: dt.datetime, count: int = 3, setting: str = "schedule") -> list[dt.datetime]:
    """Parse `expression` and return its next `count` fire times after `after`, in UTC."""
    return parse_schedule(expression, setting).next_fire_times(after, count)


def race_date_for(fire_time_utc: dt.datetime) -> dt.date:
    """Return the Japan race date for a timer firing at `fire_time_utc` (22:00 UTC on 3 Dec is 4 Dec JST)."""
    if fire_time_utc.tzinfo is None or fire_time_utc.utcoffset() is None:
        raise ValueError(f"fire_time_utc must be a timezone-aware datetime, got naive {fire_time_utc.isoformat()}")
    return fire_time_utc.astimezone(JST).date()


def format_fire_time(fire_time: dt.datetime) -> str:
    """Format an aware fire time as '2025-01-01 07:00:00 JST (2024-12-31 22:00:00 UTC)'."""
    jst = fire_time.astimezone(JST)
    utc = fire_time.astimezone(UTC)
    return f"{jst:%Y-%m-%d %H:%M:%S} JST ({utc:%Y-%m-%d %H:%M:%S} UTC)"
