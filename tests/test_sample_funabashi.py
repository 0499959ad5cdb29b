"""Tests of the sample 船橋 2026-08-28 day: calendar, program and card against the real result page.

The calendar, program and card are written pages, and the result page is a real capture. The card's
runners are compared with what scraper.result.parse_result reads from the real page, so a
difference in either file fails here.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.robotparser import RobotFileParser

import pytest

from jobs.dates import quarter_calendar_path
from scraper.calendar import parse_calendar
from scraper.card import parse_card
from scraper.program import parse_program
from scraper.result import parse_result

from conftest import PAGES

RACE_ID = "2026082819060512"
DAY_ID = RACE_ID[:14]
DATE = dt.date(2026, 8, 28)

CONSTRUCTED = PAGES / "constructed" / "funabashi-2026-08-28"
CAPTURED = PAGES / "captured" / "funabashi-2026-08-28"

CALENDAR_SOURCE = "/calendar/202607.do"
PROGRAM_SOURCE = f"/program/{DAY_ID}.do"
CARD_SOURCE = f"/uma_shosai/{RACE_ID}.do"
RESULT_SOURCE = f"/result/{RACE_ID}.do"

SITE_LINK = re.compile(rb'href="(/(?:calendar|program|syousai|uma_shosai|result)/\d+\.do)"')


def read(folder, source: str) -> bytes:
    return (folder / source.lstrip("/")).read_bytes()


@pytest.fixture(scope="module")
def result():
    return parse_result(read(CAPTURED, RESULT_SOURCE), RESULT_SOURCE)


@pytest.fixture(scope="module")
def card():
    return parse_card(read(CONSTRUCTED, CARD_SOURCE), CARD_SOURCE)


@pytest.fixture(scope="module")
def program():
    return parse_program(read(CONSTRUCTED, PROGRAM_SOURCE), PROGRAM_SOURCE)


@pytest.fixture(scope="module")
def race_days():
    return parse_calendar(read(CONSTRUCTED, CALENDAR_SOURCE), CALENDAR_SOURCE)


def result_runner(result, number):
    return next(item for item in result.runners if item.number == number)


# --- calendar -------------------------------------------------------------------------------


def test_calendar_path_for_date():
    assert quarter_calendar_path(DATE) == CALENDAR_SOURCE


def test_calendar_links_day(race_days):
    assert [day.day_id for day in race_days] == [DAY_ID]
    assert race_days[0].date == DATE
    assert race_days[0].track_code == "19"
    assert race_days[0].venue == "船橋"


# --- program --------------------------------------------------------------------------------


def test_program_day(program):
    assert program.day_id == DAY_ID
    assert program.date == DATE
    assert program.track_code == "19"
    assert program.venue == "船橋"


def test_program_race_12(program, result):
    assert len(program.races) == 1
    race = program.races[0]
    assert race.race_id == RACE_ID
    assert race.race_number == 12
    assert race.name == result.name
    assert race.post_time == "20:55"
    assert race.distance_m == result.distance_m
    assert race.field_size == result.field_size
    assert race.card_published is True
    assert race.called_off is False


def test_program_weather_going(program, result):
    assert program.weather == result.weather
    assert program.going == result.going


# --- card -----------------------------------------------------------------------------------


def test_card_header(card, result):
    assert card.race_id == RACE_ID
    assert card.date == result.date
    assert card.track_code == result.track_code
    assert card.venue == result.venue
    assert card.race_number == result.race_number
    assert card.name == result.name
    assert card.surface == "ダ"
    assert card.distance_m == result.distance_m
    assert card.course == "外"
    assert card.field_size == 13
    assert card.post_time == "20:55"


def test_card_runner_numbers(card, result):
    assert len(card.runners) == 13
    assert [item.number for item in card.runners] == sorted(item.number for item in result.runners)


@pytest.mark.parametrize("number", range(1, 14))
def test_card_runner_matches_result(card, result, number):
    horse = next(item for item in card.runners if item.number == number)
    expected = result_runner(result, number)
    assert horse.frame == expected.frame
    assert horse.name == expected.name
    assert horse.sex == expected.sex
    assert horse.age == expected.age
    assert horse.weight_carried == expected.weight_carried
    assert horse.apprentice_mark == expected.apprentice_mark
    assert horse.jockey == expected.jockey
    assert horse.trainer == expected.trainer
    assert horse.scratched is False
    assert horse.past_runs == []


def test_card_apprentice_mark(card):
    marks = {item.number: item.apprentice_mark for item in card.runners if item.apprentice_mark}
    assert marks == {8: "▲"}


def test_card_ids_from_result_links(card):
    """Horse, jockey and trainer ids equal the ids the real result page links in each row."""
    page = read(CAPTURED, RESULT_SOURCE).decode("cp932")
    for horse in card.runners:
        row = re.search(
            rf'<a href="/uma_info/(\d+)\.do">{re.escape(horse.name)}</a>.*?'
            r'<a href="/kis_info/(\d+)\.do">.*?<a href="/cho_info/(\d+)\.do">',
            page,
            re.S,
        )
        assert row is not None, horse.name
        assert horse.horse_id == row.group(1), horse.name
        assert horse.jockey_id == row.group(2), horse.name
        assert horse.trainer_id == row.group(3), horse.name


# --- the two folders as one site ------------------------------------------------------------


def site_paths(folder) -> set[str]:
    return {"/" + path.relative_to(folder).as_posix() for path in folder.rglob("*.do")}


def test_folders_disjoint():
    assert site_paths(CONSTRUCTED).isdisjoint(site_paths(CAPTURED))


@pytest.mark.parametrize(
    ("folder", "source"),
    [
        (CONSTRUCTED, CALENDAR_SOURCE),
        (CONSTRUCTED, PROGRAM_SOURCE),
        (CAPTURED, RESULT_SOURCE),
    ],
)
def test_day_links_resolve(folder, source):
    """Every calendar, program, card and result link of this day leads to a stored page."""
    served = site_paths(CONSTRUCTED) | site_paths(CAPTURED)
    links = {link.decode() for link in SITE_LINK.findall(read(folder, source))}
    day_links = {link for link in links if DAY_ID in link}
    assert day_links, source
    for link in day_links:
        target = link.replace("/syousai/", "/uma_shosai/")
        assert target in served, link


def test_robots_allows_pages():
    robots = RobotFileParser()
    robots.parse((CONSTRUCTED / "robots.txt").read_bytes().decode("ascii").splitlines())
    for path in sorted(site_paths(CONSTRUCTED) | site_paths(CAPTURED)):
        assert robots.can_fetch("*", path), path
    assert not robots.can_fetch("*", "/private/page.do")


def test_pages_declare_shift_jis():
    for path in sorted(CONSTRUCTED.rglob("*.do")):
        data = path.read_bytes()
        assert b'<meta charset="Shift_JIS">' in data, path.name
        assert b"\r\n" in data, path.name
        data.decode("cp932")
