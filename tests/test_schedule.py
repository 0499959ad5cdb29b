"""Tests for NCRONTAB parsing, next fire times and the UTC/JST race date."""

from __future__ import annotations

import datetime as dt

import pytest

from jobs.schedule import (
    JST,
    UTC,
    ScheduleError,
    format_fire_time,
    next_fire_times,
    parse_schedule,
    race_date_for,
)
from jobs.settings import SettingsError


def utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def test_parse_daily_predict_schedule() -> None:
    schedule = parse_schedule("0 0 22 * * *", "PREDICT_SCHEDULE")
    assert schedule.seconds == (0,)
    assert schedule.minutes == (0,)
    assert schedule.hours == (22,)
    assert schedule.days == frozenset(range(1, 32))
    assert schedule.months == frozenset(range(1, 13))
    assert schedule.days_of_week == frozenset(range(7))


def test_parse_lists_ranges_steps() -> None:
    schedule = parse_schedule("*/15 5,35 9-11 1-10/3 */4 1-5")
    assert schedule.seconds == (0, 15, 30, 45)
    assert schedule.minutes == (5, 35)
    assert schedule.hours == (9, 10, 11)
    assert schedule.days == frozenset({1, 4, 7, 10})
    assert schedule.months == frozenset({1, 5, 9})
    assert schedule.days_of_week == frozenset({1, 2, 3, 4, 5})


def test_parse_value_with_step_runs_to_maximum() -> None:
    schedule = parse_schedule("0 50/5 * * * *")
    assert schedule.minutes == (50, 55)


def test_parse_tolerates_extra_spaces() -> None:
    schedule = parse_schedule("  0  30 12 * * *  ")
    assert schedule.expression == "0  30 12 * * *"
    assert schedule.hours == (12,)


def test_next_fire_predict_crosses_utc_day() -> None:
    times = next_fire_times("0 0 22 * * *", utc(2025, 12, 3, 21, 59, 59), count=3)
    assert times == [utc(2025, 12, 3, 22), utc(2025, 12, 4, 22), utc(2025, 12, 5, 22)]


def test_next_fire_strictly_after() -> None:
    times = next_fire_times("0 0 22 * * *", utc(2025, 12, 3, 22), count=1)
    assert times == [utc(2025, 12, 4, 22)]


def test_next_fire_results_schedule() -> None:
    times = next_fire_times("0 30 12 * * *", utc(2025, 12, 3, 13), count=2)
    assert times == [utc(2025, 12, 4, 12, 30), utc(2025, 12, 5, 12, 30)]


def test_next_fire_accepts_jst_after() -> None:
    after = dt.datetime(2025, 12, 4, 6, 59, tzinfo=JST)  # 2025-12-03 21:59 UTC
    times = next_fire_times("0 0 22 * * *", after, count=1)
    assert times == [utc(2025, 12, 3, 22)]


def test_next_fire_seconds_field() -> None:
    times = next_fire_times("*/20 * * * * *", utc(2025, 1, 1, 0, 0, 0), count=3)
    assert times == [utc(2025, 1, 1, 0, 0, 20), utc(2025, 1, 1, 0, 0, 40), utc(2025, 1, 1, 0, 1, 0)]


def test_next_fire_day_of_week_sunday_zero() -> None:
    # 2025-01-04 is a Saturday, 2025-01-05 a Sunday.
    times = next_fire_times("0 0 0 * * 0", utc(2025, 1, 3), count=2)
    assert times == [utc(2025, 1, 5), utc(2025, 1, 12)]


def test_next_fire_day_and_weekday_both_match() -> None:
    # Day 13 that is also a Friday (5): 2025-06-13, then 2026-02-13.
    times = next_fire_times("0 0 0 13 * 5", utc(2025, 1, 1), count=2)
    assert times == [utc(2025, 6, 13), utc(2026, 2, 13)]


def test_next_fire_skips_short_months() -> None:
    times = next_fire_times("0 0 0 31 * *", utc(2025, 1, 31, 1), count=2)
    assert times == [utc(2025, 3, 31), utc(2025, 5, 31)]


def test_next_fire_leap_day() -> None:
    times = next_fire_times("0 0 0 29 2 *", utc(2025, 1, 1), count=1)
    assert times == [utc(2028, 2, 29)]


def test_next_fire_rejects_naive_after() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_fire_times("0 0 22 * * *", dt.datetime(2025, 1, 1), count=1)


def test_never_firing_schedule_rejected() -> None:
    with pytest.raises(ScheduleError, match="matches no date") as info:
        next_fire_times("0 0 0 31 2 *", utc(2025, 1, 1), count=1, setting="RESULTS_SCHEDULE")
    assert info.value.name == "RESULTS_SCHEDULE"


@pytest.mark.parametrize(
    ("expression", "problem"),
    [
        ("0 22 * * *", "with 5 fields instead of 6"),
        ("0 0 0 22 * * *", "with 7 fields instead of 6"),
        ("", "with 0 fields instead of 6"),
        ("60 0 22 * * *", "second value 60 is outside 0-59"),
        ("0 0 24 * * *", "hour value 24 is outside 0-23"),
        ("0 0 22 0 * *", "day value 0 is outside 1-31"),
        ("0 0 22 * 13 *", "month value 13 is outside 1-12"),
        ("0 0 22 * * 7", "day-of-week value 7 is outside 0-6"),
        ("0 0 22 * * Mon", "day-of-week value 'Mon' is not a number"),
        ("0 0 22 * Jan *", "month value 'Jan' is not a number"),
        ("0 0 22 ? * *", "day value '?' is not a number"),
        ("0 0 22 L * *", "day value 'L' is not a number"),
        ("0 0 -1 * * *", "hour value '' is not a number"),
        ("0 0 22,,23 * * *", "hour value '' is not a number"),
        ("0 */0 * * * *", "minute step value 0 is outside 1-60"),
        ("0 0 20-10 * * *", "hour range '20-10' runs backwards"),
        ("0 0 ２２ * * *", "hour value '２２' is not a number"),
    ],
)
def test_parse_rejects_invalid(expression: str, problem: str) -> None:
    with pytest.raises(ScheduleError) as info:
        parse_schedule(expression, "PREDICT_SCHEDULE")
    message = str(info.value)
    assert f"setting PREDICT_SCHEDULE is {expression.strip()!r}" in message
    assert problem in message
    assert "expected 6 fields" in message
    assert info.value.name == "PREDICT_SCHEDULE"


def test_schedule_error_is_settings_error() -> None:
    with pytest.raises(SettingsError):
        parse_schedule("bad", "PREDICT_SCHEDULE")


def test_race_date_utc_evening_is_next_jst_day() -> None:
    assert race_date_for(utc(2025, 12, 3, 22)) == dt.date(2025, 12, 4)


def test_race_date_jst_midnight_boundary() -> None:
    assert race_date_for(utc(2025, 12, 3, 14, 59, 59)) == dt.date(2025, 12, 3)
    assert race_date_for(utc(2025, 12, 3, 15, 0, 0)) == dt.date(2025, 12, 4)


def test_race_date_results_timer_same_day() -> None:
    assert race_date_for(utc(2025, 12, 4, 12, 30)) == dt.date(2025, 12, 4)


def test_race_date_year_boundary() -> None:
    assert race_date_for(utc(2024, 12, 31, 22)) == dt.date(2025, 1, 1)


def test_race_date_rejects_naive() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        race_date_for(dt.datetime(2025, 12, 3, 22))


def test_format_fire_time_shows_both_zones() -> None:
    assert format_fire_time(utc(2024, 12, 31, 22)) == "2025-01-01 07:00:00 JST (2024-12-31 22:00:00 UTC)"


def test_results_error_shows_evening_example() -> None:
    with pytest.raises(ScheduleError) as raised:
        parse_schedule("0 30 12 * *", "RESULTS_SCHEDULE")

    assert "0 30 12 * * *" in str(raised.value)
    assert "0 0 22 * * *" not in str(raised.value)
