"""Program and calendar parsers on the sample 川崎 2025-01-01 pages and edited copies of them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scraper.calendar import parse_calendar
from scraper.errors import LayoutError
from scraper.program import parse_program

DAY = Path(__file__).resolve().parent / "pages" / "constructed" / "kawasaki-2025-01-01"
PROGRAM = DAY / "program" / "20250101211002.do"
CALENDAR = DAY / "calendar" / "202501.do"

CARD_LINK = '<a class="nk23_c-block01__list__title" href="/syousai/2025010121100206.do">四扇賞Ｃ２一 二</a>'
NO_LINK = '<h3 class="nk23_c-block01__list__title is-nolink">四扇賞Ｃ２一 二</h3>'


def edited(path: Path, old: str, new: str) -> bytes:
    """Return the page bytes with one cp932 text replacement; fail when `old` is absent."""
    data = path.read_bytes()
    old_bytes, new_bytes = old.encode("cp932"), new.encode("cp932")
    assert old_bytes in data, f"{old!r} not in {path.name}"
    return data.replace(old_bytes, new_bytes, 1)


@pytest.fixture(scope="module")
def program():
    return parse_program(PROGRAM.read_bytes(), str(PROGRAM))


def test_program_day(program):
    assert program.day_id == "20250101211002"
    assert program.date == dt.date(2025, 1, 1)
    assert program.track_code == "21"
    assert program.venue == "川崎"
    assert program.weather == "晴"
    assert program.going == "良"
    assert len(program.races) == 1


def test_program_race(program):
    race = program.races[0]
    assert race.race_id == "2025010121100206"
    assert race.race_number == 6
    assert race.name == "四扇賞Ｃ２一 二"
    assert race.post_time == "13:50"
    assert race.distance_m == 1400
    assert race.field_size == 14
    assert race.card_published is True
    assert race.called_off is False


def test_program_card_unpublished():
    data = edited(PROGRAM, CARD_LINK, NO_LINK)
    race = parse_program(data, "https://www.nankankeiba.com/program/20250101211002.do").races[0]
    assert race.card_published is False
    assert race.race_id == "2025010121100206"
    assert race.name == "四扇賞Ｃ２一 二"


def test_program_unpublished_without_day_id():
    data = edited(PROGRAM, CARD_LINK, NO_LINK)
    with pytest.raises(LayoutError, match="day id is unknown"):
        parse_program(data, "program.html")


def test_program_called_off():
    data = edited(PROGRAM, '<span class="nk23_c-block01__text">14頭</span>',
                  '<span class="nk23_c-block01__text">14頭</span>\r\n<span class="nk23_c-block01__text">取り止め</span>')
    race = parse_program(data, str(PROGRAM)).races[0]
    assert race.called_off is True
    assert race.field_size == 14


def test_program_link_other_race():
    data = edited(PROGRAM, "/syousai/2025010121100206.do", "/syousai/2025010121100207.do")
    with pytest.raises(LayoutError, match="links race id 2025010121100207, which is not race 06 of day 20250101211002"):
        parse_program(data, str(PROGRAM))


def test_program_link_other_day():
    data = edited(PROGRAM, "/syousai/2025010121100206.do", "/syousai/2025010221100306.do")
    with pytest.raises(LayoutError, match="does not match day id 20250102211003"):
        parse_program(data, str(PROGRAM))


def test_program_heading_mismatch():
    data = edited(PROGRAM, "川崎競馬", "大井競馬")
    with pytest.raises(LayoutError, match="does not match day id 20250101211002"):
        parse_program(data, str(PROGRAM))


def test_program_without_race_list():
    data = edited(PROGRAM, "nk23_c-block01__list__item", "nk23_c-block01__other")
    with pytest.raises(LayoutError, match="no race list"):
        parse_program(data, str(PROGRAM))


def test_calendar_days():
    days = parse_calendar(CALENDAR.read_bytes(), str(CALENDAR))
    assert [day.day_id for day in days] == ["20250101211002"]
    assert days[0].date == dt.date(2025, 1, 1)
    assert days[0].track_code == "21"
    assert days[0].venue == "川崎"


def test_calendar_skips_bangumi_links():
    data = edited(CALENDAR, '<td class="nk23_c-calendar__track">浦和</td>',
                  '<td class="nk23_c-calendar__track">浦和</td><td><a href="/bangumi/20251801.do">番組</a></td>')
    days = parse_calendar(data, str(CALENDAR))
    assert [day.day_id for day in days] == ["20250101211002"]


def test_calendar_track_from_day_id():
    data = edited(CALENDAR, '<td class="nk23_c-calendar__track">川崎</td>', '<td class="nk23_c-calendar__track">KAWASAKI</td>')
    days = parse_calendar(data, str(CALENDAR))
    assert [(day.day_id, day.track_code) for day in days] == [("20250101211002", "21")]


def test_calendar_track_mismatch():
    data = edited(CALENDAR, "/program/20250101211002.do", "/program/20250101201002.do")
    with pytest.raises(LayoutError, match="is linked in the 川崎 row"):
        parse_calendar(data, str(CALENDAR))


def test_calendar_without_track_rows():
    data = CALENDAR.read_bytes()
    for name in ("浦和", "船橋", "大井", "川崎"):
        data = data.replace(f">{name}</td>".encode("cp932"), b">-</td>")
    with pytest.raises(LayoutError, match="no calendar table row"):
        parse_calendar(data, str(CALENDAR))
