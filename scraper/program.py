"""Parser for the day program page `/program/{14}.do`: the races of one venue on one day.

Each race is an `li.nk23_c-block01__list__item` whose top block contains the race number (`1R`),
post time, distance and field size, and whose title links the card `/syousai/{16}.do` once the
card is published. Before that the title is an unlinked `h3 … is-nolink`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from lxml.html import HtmlElement

from scraper.errors import LayoutError
from scraper.pagetools import nfkc, parse_html, text_of, to_int
from scraper.records import TRACKS, Program, ProgramRace

logger = logging.getLogger(__name__)

# NOTE: no captured program page shows a called-off race; any of these words inside a race's item marks it.
CALLED_OFF_WORDS = ("取り止め", "取止")

_CARD_LINK = re.compile(r"/(?:syousai|uma_shosai)/(\d{16})\.do")
_RESULT_LINK = re.compile(r"/result/(\d{16})\.do")
_DAY_ID = re.compile(r"/program/(\d{14})\.do")
_PLACEHOLDER_DAY_ID = "00000000000000"


def _by_class(root: HtmlElement, class_name: str, tag: str = "*") -> list[HtmlElement]:
    return root.xpath(f'.//{tag}[contains(concat(" ", normalize-space(@class), " "), " {class_name} ")]')


def parse_program(data: bytes, source: str) -> Program:
    """Parse a day program page into a Program.

    The day id comes from the race links, or from `source` when it ends in `/program/{14}.do`
    and no race is linked yet. Raises LayoutError when the race list or the day id is missing,
    or when a race link belongs to another day.
    """
    root = parse_html(data, source)
    items = _by_class(root, "nk23_c-block01__list__item", "li")
    if not items:
        raise LayoutError(source, "no race list (li.nk23_c-block01__list__item) on the program page")

    day_id = _find_day_id(root, source)
    track_code = day_id[8:10]
    if track_code not in TRACKS:
        raise LayoutError(source, f"day id {day_id} has unknown track code {track_code}; expected one of {list(TRACKS)}")
    date = dt.datetime.strptime(day_id[:8], "%Y%m%d").date()
    venue = TRACKS[track_code]
    _check_heading(root, source, day_id, date, venue)

    races = [_parse_race(item, source, day_id) for item in items]
    weather, going = _weather_going(root)
    logger.debug("parsed program %s: %d races", day_id, len(races))
    return Program(
        day_id=day_id, date=date, track_code=track_code, venue=venue, races=races, weather=weather, going=going
    )


def _find_day_id(root: HtmlElement, source: str) -> str:
    day_ids: list[str] = []
    for href in root.xpath("//a/@href"):
        match = _CARD_LINK.search(href) or _RESULT_LINK.search(href)
        if match and match.group(1)[:14] not in day_ids:
            day_ids.append(match.group(1)[:14])
    if len(day_ids) > 1:
        raise LayoutError(source, f"race links belong to several days {day_ids}; expected one day per program page")
    if day_ids:
        return day_ids[0]
    match = _DAY_ID.search(source)
    if match and match.group(1) != _PLACEHOLDER_DAY_ID:
        return match.group(1)
    raise LayoutError(
        source, "no race link and no /program/{14 digits}.do in the page address, so the day id is unknown"
    )


def _check_heading(root: HtmlElement, source: str, day_id: str, date: dt.date, venue: str) -> None:
    """Raise LayoutError when the page heading names another date or venue than the day id."""
    for heading in root.xpath("//h1 | //h2"):
        text = nfkc(text_of(heading))
        date_match = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
        venue_match = re.search(r"(\S+?)競馬", text)
        if not date_match or not venue_match:
            continue
        printed = dt.date(int(date_match.group(1)), int(date_match.group(2)), int(date_match.group(3)))
        printed_venue = venue_match.group(1).split()[-1]
        if printed != date or printed_venue != venue:
            raise LayoutError(
                source, f"heading {text!r} does not match day id {day_id} ({date.isoformat()} {venue})"
            )
        return


def _parse_race(item: HtmlElement, source: str, day_id: str) -> ProgramRace:
    label = text_of(next(iter(_by_class(item, "nk23_c-block01__label")), None))
    number_match = re.fullmatch(r"(\d{1,2})\s*R", nfkc(label))
    if not number_match:
        raise LayoutError(source, f"race list item without a race number label 'NR' (found {label!r})")
    race_number = int(number_match.group(1))

    texts = " ".join(text_of(span) for span in _by_class(item, "nk23_c-block01__text"))
    texts = nfkc(texts)
    time_match = re.search(r"\b(\d{1,2}):(\d{2})\b", texts)
    distance_match = re.search(r"([\d,]+)\s*m\b", texts)
    field_match = re.search(r"(\d+)\s*頭", texts)

    card_ids = [m.group(1) for href in item.xpath(".//a/@href") if (m := _CARD_LINK.search(href))]
    result_ids = [m.group(1) for href in item.xpath(".//a/@href") if (m := _RESULT_LINK.search(href))]
    linked = card_ids or result_ids
    # A race without any link gets the page's day id plus its printed race number.
    race_id = linked[0] if linked else f"{day_id}{race_number:02d}"
    if race_id[:14] != day_id or int(race_id[14:]) != race_number:
        raise LayoutError(
            source, f"{race_number}R links race id {race_id}, which is not race {race_number:02d} of day {day_id}"
        )

    titles = _by_class(item, "nk23_c-block01__list__title")
    name = text_of(titles[0]) if titles else ""
    item_text = text_of(item)
    return ProgramRace(
        race_id=race_id,
        race_number=race_number,
        name=name,
        post_time=f"{int(time_match.group(1)):02d}:{time_match.group(2)}" if time_match else None,
        distance_m=to_int(distance_match.group(1)) if distance_match else None,
        field_size=int(field_match.group(1)) if field_match else None,
        card_published=bool(card_ids),
        called_off=any(word in item_text for word in CALLED_OFF_WORDS),
    )


def _weather_going(root: HtmlElement) -> tuple[str | None, str | None]:
    text = nfkc(" ".join(text_of(node) for node in _by_class(root, "nk23_c-block01__info")))
    weather = re.search(r"天候\s*:\s*([^\s馬]+)", text)
    going = re.search(r"馬場\s*:\s*(?:ダート|ダ|芝)?\s*(良|稍重|重|不良)", text)
    return (weather.group(1) if weather else None, going.group(1) if going else None)
