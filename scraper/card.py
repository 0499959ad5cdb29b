"""Parse a race card page (`/uma_shosai/{race id}.do`) into a RaceCard.

The card's detailed runner table has one row per horse. Only the first horse of a frame has the
frame cell (its rowspan covers the rest of the frame), so cells are bound by class and link
target, never by position. The race conditions come from the header block by regex.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from scraper.errors import LayoutError
from scraper.pagetools import (
    clean,
    find_table,
    nfkc,
    own_rows,
    parse_html,
    parse_race_time,
    text_of,
    to_float,
    to_int,
)
from scraper.records import TRACKS, PastRun, RaceCard, Runner

# Header cells that identify the detailed runner table.
RUNNER_HEADERS: tuple[str, ...] = ("枠", "馬番", "馬名", "騎手")

# Bracket prefixes of horses from other circuits: [J] JRA, then NAR circuits by one kanji.
ORIGIN_MARKS: frozenset[str] = frozenset(
    {"J", "地", "兵", "高", "笠", "名", "愛", "園", "姫", "岩", "盛", "水", "北", "門", "佐", "金", "帯"}
)

APPRENTICE_MARKS = "▲△◇☆"
# ★ marks a female jockey on other circuits' pages; past-run cells can carry it.
JOCKEY_MARKS = APPRENTICE_MARKS + "★"

SCRATCH_WORDS: frozenset[str] = frozenset({"取消", "除外"})
PAST_RUN_STATUSES: frozenset[str] = frozenset({"取消", "出走取消", "除外", "中止", "競走中止", "能試"})

_RACE_NUMBER = re.compile(r"(\d{1,2})R")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MEETING = re.compile(r"第(\d{1,2})回\s*(浦和|船橋|大井|川崎)競馬\s*第(\d{1,2})日")
_DISTANCE = re.compile(r"(ダ|芝)(?:ート)?\s*(\d[\d,]*)\s*m(?:\s*[（(](内|外)[）)])?")
_FIELD_SIZE = re.compile(r"[（(](\d{1,2})頭[）)]")
_POST_TIME = re.compile(r"発走時刻\s*(\d{1,2}:\d{2})")
_RACE_ID = re.compile(r"(\d{16})")

_NAME_PREFIX = re.compile(r"^\[([^\]]*)\]\s*(.+)$")
_SEX_AGE = re.compile(r"^(牡|牝|セン|セ|騸)\s*(\d{1,2})")
_WEIGHT = re.compile(r"^([▲△◇☆]?)\s*(\d{2}(?:\.\d)?)$")
_WRITE_ODDS = re.compile(r"writeOdds\((\d{1,2})\)")

_PAST_DATE = re.compile(r"(\d{2})\.(\d{1,2})\.(\d{1,2})")
_PAST_COURSE = re.compile(r"^(良|稍重|重|不良)?(内|外)?(ダ|芝)\s*(\d[\d,]*)$")
_PAST_FINISH = re.compile(r"^(\d{1,2})着$")
_PAST_POPULARITY = re.compile(r"(\d{1,2})頭\s*(\d{1,2})番\s*(\d{1,2})人気")
_PAST_JOCKEY = re.compile(r"^([▲△◇☆★]?)(.+?)\s*(\d{2}\.\d)$")
_PAST_TIME = re.compile(r"^(\d{1,2}:\d{2}\.\d|\d{2}\.\d)\s*(?:\((-?\d+\.\d)\))?$")
_PAST_3F = re.compile(r"3F\s*(\d{2}\.\d)(?:\s*\((\d{1,2})\))?")
_RESULT_LINK = re.compile(r"/result/(\d{16})\.do")
# XPath expressions evaluated once per runner row, compiled once.
_ROW_CELLS = etree.XPath("./td")
_HORSE_LINKS = etree.XPath('.//a[contains(@href, "/uma_info/")]')
_CELL_OF = etree.XPath("./ancestor::td[1]")
_SPANS = etree.XPath(".//span")
# Past-run cell classes, newest run first: td.cs-z1 ... td.cs-z5.
_PAST_RUN_CLASSES = {f"cs-z{index}": index for index in range(1, 6)}


def parse_card(data: bytes, source: str) -> RaceCard:
    """Parse race card page bytes; raise LayoutError naming what is missing.

    `source` is the URL or file name, used in error messages and checked against the race id
    the header block yields when it contains a 16-digit id.
    """
    root = parse_html(data, source)
    header = _parse_header(root, source)
    race_id = header["race_id"]

    try:
        table = find_table(root, RUNNER_HEADERS, source, "runner")
    except LayoutError as exc:
        raise LayoutError(source, exc.missing, race_id) from exc

    runners = _parse_runners(table, source, race_id)
    if not runners:
        raise LayoutError(source, "the runner table has no runner rows", race_id)

    # The NAR race list counts a scratched horse in its field size (14 for a 14-row race with
    # one 出走取消), so the full row count is the expected match.
    # NOTE: no captured nankankeiba card confirms which count its （N頭） prints, so the
    # count of horses not scratched is accepted as well.
    field_size = header["field_size"]
    starters = [runner for runner in runners if not runner.scratched]
    if field_size is not None and field_size not in (len(runners), len(starters)):
        raise LayoutError(
            source,
            f"the header prints （{field_size}頭） but the runner table has {len(runners)} rows "
            f"({len(starters)} not scratched)",
            race_id,
        )

    return RaceCard(
        race_id=race_id,
        date=header["date"],
        track_code=header["track_code"],
        venue=header["venue"],
        race_number=header["race_number"],
        name=header["name"],
        surface=header["surface"],
        distance_m=header["distance_m"],
        course=header["course"],
        field_size=field_size,
        post_time=header["post_time"],
        runners=runners,
    )


# --- header block -------------------------------------------------------------------------


def _parse_header(root: HtmlElement, source: str) -> dict:
    id_match = _RACE_ID.search(source)
    source_id = id_match.group(1) if id_match else None

    block = _first_with_class(root, "p", "nk23_c-tab1__subtitle")
    if block is None:
        raise LayoutError(source, "race header block p.nk23_c-tab1__subtitle is missing", source_id)
    text = nfkc(text_of(block))

    def required(pattern: re.Pattern[str], what: str) -> re.Match[str]:
        match = pattern.search(text)
        if match is None:
            raise LayoutError(source, f"race header block has no {what}", source_id)
        return match

    number = required(_RACE_NUMBER, "race number (NR)")
    date_match = required(_DATE, "date (YYYY年M月D日)")
    meeting = required(_MEETING, "meeting (第K回 X競馬 第N日)")
    distance = required(_DISTANCE, "distance (ダ1,400m)")
    field = _FIELD_SIZE.search(text)
    post = _POST_TIME.search(text)

    date = dt.date(int(date_match.group(1)), int(date_match.group(2)), int(date_match.group(3)))
    venue = meeting.group(2)
    track_code = next(code for code, name in TRACKS.items() if name == venue)
    race_number = int(number.group(1))
    race_id = (
        f"{date:%Y%m%d}{track_code}{int(meeting.group(1)):02d}{int(meeting.group(3)):02d}{race_number:02d}"
    )
    if source_id is not None and source_id != race_id:
        raise LayoutError(source, f"the header block describes race {race_id}, not the requested race", source_id)

    title = _first_with_class(root, None, "nk23_c-tab1__title__text")
    if title is None:
        raise LayoutError(source, "race name span.nk23_c-tab1__title__text is missing", race_id)

    return {
        "race_id": race_id,
        "date": date,
        "track_code": track_code,
        "venue": venue,
        "race_number": race_number,
        "name": text_of(title),
        "surface": distance.group(1),
        "distance_m": int(distance.group(2).replace(",", "")),
        "course": distance.group(3),
        "field_size": int(field.group(1)) if field else None,
        "post_time": post.group(1) if post else None,
    }


def _first_with_class(root: HtmlElement, tag: str | None, class_name: str) -> HtmlElement | None:
    """Return the first `tag` element (any element for None) whose class attribute has the token `class_name`.

    The header block sits near the top of the page, so walking the tree in document order and
    stopping at the first match is much cheaper than an XPath over the whole page.
    """
    for element in root.iter(tag if tag is not None else etree.Element):
        classes = element.get("class")
        if classes and class_name in classes.split():
            return element
    return None


# --- runner rows --------------------------------------------------------------------------


def _has_class(element: HtmlElement, name: str) -> bool:
    return name in (element.get("class") or "").split()


def _cells(row: HtmlElement, name: str) -> list[HtmlElement]:
    return [cell for cell in _ROW_CELLS(row) if _has_class(cell, name)]


def _parse_runners(table: HtmlElement, source: str, race_id: str) -> list[Runner]:
    runners: list[Runner] = []
    frame: int | None = None
    for row in own_rows(table):
        if not _HORSE_LINKS(row):
            continue

        frame_cells = _cells(row, "waku")
        if frame_cells:
            frame = to_int(text_of(frame_cells[0]))
        if frame is None:
            raise LayoutError(source, "the first runner row has no frame cell td.waku", race_id)

        runners.append(_parse_runner(row, frame, source, race_id))
    return runners


def _parse_runner(row: HtmlElement, frame: int, source: str, race_id: str) -> Runner:
    number, scratch_reason = _parse_number(row, source, race_id)
    where = f"runner {number}"

    # One query for every link of the row; the first /uma_info/, /kis_info/ and /cho_info/
    # links are the horse, the jockey and the trainer.
    links = [anchor for anchor in row.iter("a") if anchor.get("href")]
    horse_link = _first_link(links, "/uma_info/")
    identity = _row_cell(horse_link, row)
    origin_mark, name = _split_origin(text_of(horse_link), source, race_id)
    horse_id = _link_id(horse_link, r"/uma_info/(\d+)\.do")
    sex, age = _parse_sex_age(identity, horse_link, f"{where} ({name})", source, race_id)

    jockey_link = _first_link(links, "/kis_info/")
    trainer_link = _first_link(links, "/cho_info/")
    jockey_links = [jockey_link] if jockey_link is not None else []
    trainer_links = [trainer_link] if trainer_link is not None else []
    weight_carried, apprentice_mark = (None, None)
    if jockey_links:
        weight_carried, apprentice_mark = _parse_weight(_CELL_OF(jockey_links[0])[0])

    past_runs = []
    cells_by_run: dict[int, list[HtmlElement]] = {}
    for cell in _ROW_CELLS(row):
        for class_name in (cell.get("class") or "").split():
            if class_name in _PAST_RUN_CLASSES:
                cells_by_run.setdefault(_PAST_RUN_CLASSES[class_name], []).append(cell)
    for index in range(1, 6):
        for cell in cells_by_run.get(index, []):
            if any(text.strip() for text in cell.itertext()):
                past_runs.append(_parse_past_run(cell, f"{where} past run {index}", source, race_id))

    return Runner(
        frame=frame,
        number=number,
        name=name,
        origin_mark=origin_mark,
        sex=sex,
        age=age,
        weight_carried=weight_carried,
        apprentice_mark=apprentice_mark,
        jockey=text_of(jockey_links[0]) if jockey_links else None,
        jockey_id=_link_id(jockey_links[0], r"/kis_info/(\d+)\.do") if jockey_links else None,
        trainer=text_of(trainer_links[0]) if trainer_links else None,
        trainer_id=_link_id(trainer_links[0], r"/cho_info/(\d+)\.do") if trainer_links else None,
        horse_id=horse_id,
        scratched=scratch_reason is not None,
        scratch_reason=scratch_reason,
        past_runs=past_runs,
    )


def _first_link(links: list[HtmlElement], fragment: str) -> HtmlElement | None:
    return next((link for link in links if fragment in link.get("href")), None)


def _row_cell(element: HtmlElement, row: HtmlElement) -> HtmlElement:
    """Return the cell of `row` that contains `element`."""
    for ancestor in element.iterancestors("td"):
        if ancestor.getparent() is row:
            return ancestor
    raise ValueError("element is not inside a cell of the row")


def _parse_number(row: HtmlElement, source: str, race_id: str) -> tuple[int, str | None]:
    """Return the horse number and the scratch reason (取消, 除外 or None) of a runner row.

    A 取消 row has an extra cell reading exactly 取消. A 除外 row prints 除外 in place of the
    horse number, which then survives only in the row's writeOdds(N); script text.
    """
    number_cells = _cells(row, "umaban")
    if not number_cells:
        raise LayoutError(source, "a runner row has no horse number cell td.umaban", race_id)
    number_text = text_of(number_cells[0])

    reason = None
    for cell in _ROW_CELLS(row):
        if _PAST_RUN_CLASSES.keys() & set((cell.get("class") or "").split()):
            continue
        text = text_of(cell)
        if text in SCRATCH_WORDS:
            reason = text

    number = to_int(number_text)
    if number is None and number_text == "除外":
        odds = _WRITE_ODDS.search("".join(row.itertext()))
        if odds is None:
            raise LayoutError(source, "a 除外 row has neither a horse number nor writeOdds(N)", race_id)
        number = int(odds.group(1))
    if number is None:
        raise LayoutError(source, f"horse number cell reads {number_text!r}, not a number", race_id)
    return number, reason


def _split_origin(text: str, source: str, race_id: str) -> tuple[str | None, str]:
    match = _NAME_PREFIX.match(text)
    if match is None:
        return None, text
    token = nfkc(match.group(1))
    if token not in ORIGIN_MARKS:
        raise LayoutError(
            source,
            f"horse name {text!r} has the unknown prefix [{match.group(1)}]; add it to ORIGIN_MARKS if it is an origin mark",
            race_id,
        )
    return f"[{token}]", match.group(2)


def _parse_sex_age(
    identity: HtmlElement, horse_link: HtmlElement, where: str, source: str, race_id: str
) -> tuple[str, int]:
    for element in identity.xpath(".//p | .//span | .//div"):
        if horse_link in element.iterancestors() or element in horse_link.iterdescendants():
            continue
        match = _SEX_AGE.match(nfkc(text_of(element)))
        if match:
            sex = "セ" if match.group(1) in ("セン", "騸") else match.group(1)
            return sex, int(match.group(2))
    raise LayoutError(source, f"{where} has no sex and age line (牡4, 牝5, セ6)", race_id)


def _parse_weight(cell: HtmlElement) -> tuple[float | None, str | None]:
    """Return weight carried and apprentice mark from the jockey cell's span.nk23_u-text12."""
    for span in _SPANS(cell):
        if not _has_class(span, "nk23_u-text12"):
            continue
        match = _WEIGHT.match(nfkc(text_of(span)))
        if match:
            return float(match.group(2)), match.group(1) or None
    return None, None


def _link_id(link: HtmlElement, pattern: str) -> str | None:
    match = re.search(pattern, link.get("href") or "")
    return match.group(1) if match else None


# --- past-run cells -----------------------------------------------------------------------


class _CellIndex:
    """One pass over a past-run cell: the first element of each class, the spans' texts, the rcd_ dates.

    A card has up to 80 past-run cells. Looking each part up with its own XPath made the card
    parser several times slower than one walk of the cell.
    """

    __slots__ = ("by_class", "spans", "dates", "_texts")

    def __init__(self, cell: HtmlElement) -> None:
        by_class: dict[str, HtmlElement] = {}
        spans: list[HtmlElement] = []
        dates: list[str] = []
        for element in cell.iter(etree.Element):  # elements only, no comments
            classes = element.get("class")
            if classes:
                for name in classes.split():
                    if name not in by_class:
                        by_class[name] = element
            tag = element.tag
            if tag == "span":
                spans.append(element)
            elif tag == "input" and (element.get("id") or "").startswith("rcd_"):
                dates.append(element.get("value") or "")
        self.by_class = by_class
        self.spans = spans
        self.dates = dates
        self._texts: list[str] = []

    def span_texts(self) -> Iterator[str]:
        """Yield each span's NFKC text in document order, computing each text once."""
        for position, span in enumerate(self.spans):
            if position == len(self._texts):
                self._texts.append(nfkc(text_of(span)))
            yield self._texts[position]

    def first(self, class_name: str) -> HtmlElement | None:
        return self.by_class.get(class_name)


def _parse_past_run(cell: HtmlElement, where: str, source: str, race_id: str) -> PastRun:
    index = _CellIndex(cell)
    date, track = _past_date_track(index, where, source, race_id)
    going, course, surface, distance_m = _past_course(index)

    name_link = index.first("race_name_len")
    race_name = None
    result_race_id = None
    if name_link is not None:
        race_name = clean(name_link.get("title")) or text_of(name_link) or None
        result_match = _RESULT_LINK.search(name_link.get("href") or "")
        result_race_id = result_match.group(1) if result_match else None

    finish_text = nfkc(text_of(index.first("nk23_u-text19")))
    finish = None
    status = None
    if finish_text:
        finish_match = _PAST_FINISH.match(finish_text)
        if finish_match is None:
            raise LayoutError(source, f"{where}: finish {finish_text!r} is not N着", race_id)
        finish = int(finish_match.group(1))
    else:
        status = text_of(index.first("nk23_u-text16")) or None
        if status not in PAST_RUN_STATUSES:
            raise LayoutError(source, f"{where}: no finish N着 and no known status (read {status!r})", race_id)

    field_size = gate_number = popularity = None
    jockey = None
    weight_carried = None
    popularity_span = index.first("popularity")
    if popularity_span is not None:
        match = _PAST_POPULARITY.search(nfkc(text_of(popularity_span)))
        if match:
            field_size, gate_number, popularity = (int(group) for group in match.groups())
        jockey_span = popularity_span.getnext()
        if jockey_span is not None:
            jockey_match = _PAST_JOCKEY.match(text_of(jockey_span))
            if jockey_match:
                jockey = jockey_match.group(2)
                weight_carried = float(jockey_match.group(3))

    time_s = margin_s = None
    time_span = index.first("racetime")
    if time_span is not None:
        match = _PAST_TIME.match(nfkc(text_of(time_span)))
        if match:
            time_s = parse_race_time(match.group(1))
            margin_s = to_float(match.group(2))

    last_3f_s = last_3f_rank = None
    furlong_span = index.first("furlongtime")
    if furlong_span is not None:
        match = _PAST_3F.search(nfkc(text_of(furlong_span)))
        if match:
            last_3f_s = float(match.group(1))
            last_3f_rank = to_int(match.group(2))

    passing: list[int] = []
    position = index.first("position")
    if position is not None:
        passing = [value for value in (to_int(text_of(span)) for span in _SPANS(position)) if value is not None]

    return PastRun(
        date=date,
        track=track,
        surface=surface,
        course=course,
        distance_m=distance_m,
        going=going,
        race_name=race_name,
        finish=finish,
        status=status,
        field_size=field_size,
        gate_number=gate_number,
        popularity=popularity,
        jockey=jockey,
        weight_carried=weight_carried,
        time_s=time_s,
        margin_s=margin_s,
        last_3f_s=last_3f_s,
        last_3f_rank=last_3f_rank,
        passing=passing,
        result_race_id=result_race_id,
    )


def _past_date_track(index: _CellIndex, where: str, source: str, race_id: str) -> tuple[dt.date, str]:
    """Return the run's date and track from the `大井24.12.11` / `24.12.11 浦和` line.

    The hidden input rcd_N carries the date as YYYYMMDD and wins over the display text.
    """
    date = None
    for value in index.dates:
        value = value.strip()
        if re.fullmatch(r"\d{8}", value):
            date = dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))

    for text in index.span_texts():
        match = _PAST_DATE.search(text)
        if match is None:
            continue
        track = (text[: match.start()] + text[match.end() :]).strip()
        if date is None:
            year, month, day = (int(group) for group in match.groups())
            date = dt.date(2000 + year, month, day)
        return date, track
    raise LayoutError(source, f"{where}: no date and track line (YY.M.D)", race_id)


def _past_course(index: _CellIndex) -> tuple[str | None, str | None, str | None, int | None]:
    """Return going, course (内/外), surface and distance from the `良ダ 1400` line."""
    for text in index.span_texts():
        match = _PAST_COURSE.match(text)
        if match:
            going, course, surface, distance = match.groups()
            return going, course, surface, int(distance.replace(",", ""))
    return None, None, None, None
