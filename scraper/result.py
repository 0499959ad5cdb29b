"""Parser for the result page `/result/{16}.do` (成績・払戻金): finish order and official payouts.

The page contains one runner table (着 枠 馬番 馬名 … 人気, `<tbody>` left unclosed) and the payouts
twice: a `.pc` copy in two wide tables and a malformed `.sp` copy. Only the `.pc` copy is read.
A runner table without rows means the result is not confirmed yet and parses as `pending=True`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from lxml.html import HtmlElement

from scraper.errors import LayoutError
from scraper.pagetools import clean, nfkc, own_rows, parse_html, parse_race_time, text_of, to_float, to_int
from scraper.records import TRACKS, Payout, RaceResult, ResultRunner

logger = logging.getLogger(__name__)

RUNNER_HEADERS: tuple[str, ...] = ("着", "枠", "馬番", "馬名", "人気")

# Payout column labels as printed, in page order, mapped to the bet types of scraper.records.
PAYOUT_LABELS: dict[str, str] = {
    "単勝": "win",
    "複勝": "place",
    "枠複": "bracket_quinella",
    "普通馬複": "quinella",
    "枠単": "bracket_exacta",
    "馬単": "exacta",
    "ワイド": "quinella_place",
    "三連複": "trio",
    "三連単": "trifecta",
}
NOTES_LABEL = "備考"

# Words that replace a finishing position: scratched at the gate, excluded, did not finish.
NON_FINISH_STATUSES: frozenset[str] = frozenset({"出走取消", "競走除外", "競走中止"})
DEAD_HEAT = "同着"
APPRENTICE_MARKS = "▲△◇☆★"
EMPTY_CELL = {"", "-"}

_VENUE_NAMES = {name: code for code, name in TRACKS.items()}
_RACE_LINK = re.compile(r"/(?:result|syousai|uma_shosai)/(\d{16})\.do")
_REFUND = re.compile(r"返還\s*:?\s*([\d,、\s]+?)\s*号馬")


def parse_result(data: bytes, source: str) -> RaceResult:
    """Parse a result page into a RaceResult.

    Raises LayoutError (with the race id once it is known) when the header, the runner table
    or the payout tables are missing, or when a runner row carries an unknown status word.
    """
    root = parse_html(data, source)
    header = _parse_header(root, source)
    race_id = header["race_id"]

    table = _find_runner_table(root, source, race_id)
    runners = _parse_runners(table, source, race_id)
    result = RaceResult(
        race_id=race_id,
        date=header["date"],
        track_code=header["track_code"],
        venue=header["venue"],
        race_number=header["race_number"],
        name=header["name"],
        distance_m=header["distance_m"],
        field_size=header["field_size"],
        pending=not runners,
        runners=runners,
        payouts=[],
        not_sold=[],
        refunded_numbers=[],
        weather=header["weather"],
        going=header["going"],
    )
    if result.pending:
        logger.info("result %s is not confirmed yet (no runner rows) in %s", race_id, source)
        return result

    has_finisher = any(runner.position is not None for runner in runners)
    _read_payouts(root, source, race_id, has_finisher, result)
    logger.debug(
        "parsed result %s: %d runners, %d payout rows, not sold %s",
        race_id, len(runners), len(result.payouts), result.not_sold,
    )
    return result


# --- header -------------------------------------------------------------------------------


def _parse_header(root: HtmlElement, source: str) -> dict:
    """Read race number, date, venue, distance, field size, name, weather, going and race id."""
    subtitle_nodes = root.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " nk23_c-tab1__subtitle ")]')
    if not subtitle_nodes:
        raise LayoutError(source, "no race header (element with class nk23_c-tab1__subtitle)")
    subtitle = nfkc(text_of(subtitle_nodes[0]))

    number_match = re.search(r"(\d{1,2})R", subtitle)
    date_match = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", subtitle)
    meeting_match = re.search(r"第\s*(\d+)\s*回\s*(\S+?)競馬\s*第\s*(\d+)\s*日", subtitle)
    missing = [
        label
        for label, match in (("race number 'NR'", number_match), ("date 'YYYY年M月D日'", date_match),
                             ("meeting '第K回 X競馬 第N日'", meeting_match))
        if match is None
    ]
    if missing:
        raise LayoutError(source, f"race header lacks {', '.join(missing)}: {subtitle!r}")

    venue = meeting_match.group(2)
    track_code = _VENUE_NAMES.get(venue)
    if track_code is None:
        raise LayoutError(source, f"race header names unknown venue {venue!r}; expected one of {list(_VENUE_NAMES)}")
    race_number = int(number_match.group(1))
    date = dt.date(int(date_match.group(1)), int(date_match.group(2)), int(date_match.group(3)))

    distance_match = re.search(r"(?:ダート|ダ|芝)\s*([\d,]+)\s*m", subtitle)
    field_match = re.search(r"\((\d+)頭\)", subtitle)
    race_id = _find_race_id(root, source, date, track_code, race_number)

    title_nodes = root.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " nk23_c-tab1__title__text ")]')
    info_text = nfkc(" ".join(text_of(node) for node in root.xpath(
        '//*[contains(concat(" ", normalize-space(@class), " "), " nk23_c-table01__txt ")]')))
    weather_match = re.search(r"天候\s*:\s*(\S+)", info_text)
    going_match = re.search(r"馬場\s*:\s*(?:ダート|ダ|芝)?\s*(良|稍重|重|不良)", info_text)

    return {
        "race_id": race_id,
        "date": date,
        "track_code": track_code,
        "venue": venue,
        "race_number": race_number,
        "name": text_of(title_nodes[0]) if title_nodes else "",
        "distance_m": to_int(distance_match.group(1)) if distance_match else None,
        "field_size": int(field_match.group(1)) if field_match else None,
        "weather": weather_match.group(1) if weather_match else None,
        "going": going_match.group(1) if going_match else None,
    }


def _find_race_id(root: HtmlElement, source: str, date: dt.date, track_code: str, race_number: int) -> str:
    """Return the page's own race id, read from its result/card links, matching the header."""
    prefix = date.strftime("%Y%m%d") + track_code
    suffix = f"{race_number:02d}"
    candidates: list[str] = []
    for href in root.xpath("//a/@href"):
        match = _RACE_LINK.search(href)
        if match and match.group(1) not in candidates:
            candidates.append(match.group(1))
    for race_id in candidates:
        if race_id.startswith(prefix) and race_id.endswith(suffix):
            return race_id
    raise LayoutError(
        source,
        f"no /result/ or /syousai/ link with a race id for {date.isoformat()} track {track_code} "
        f"race {race_number} (ids linked: {candidates[:5]})",
    )


# --- runner table -------------------------------------------------------------------------


def _find_runner_table(root: HtmlElement, source: str, race_id: str) -> HtmlElement:
    """Return the runner table: the first table whose header row contains every RUNNER_HEADERS label."""
    wanted = [re.sub(r"\s", "", label) for label in RUNNER_HEADERS]
    best_missing = list(RUNNER_HEADERS)
    for table in root.iter("table"):
        headers = [re.sub(r"\s", "", text_of(cell)) for cell in table.xpath("./thead/tr/th | ./tr/th | ./tbody/tr/th")]
        missing = [label for label, want in zip(RUNNER_HEADERS, wanted) if not any(want in h for h in headers)]
        if not missing:
            return table
        if len(missing) < len(best_missing):
            best_missing = missing
    raise LayoutError(
        source, f"no runner table with headers {list(RUNNER_HEADERS)} (missing: {best_missing})", race_id
    )


def _column_map(table: HtmlElement) -> dict[str, int]:
    """Map each header label of the runner table to its column; exact labels win over substrings."""
    headers = [re.sub(r"\s", "", text_of(cell)) for cell in table.xpath("./thead/tr/th | ./tr/th | ./tbody/tr/th")]
    labels = ("着", "枠", "馬番", "馬名", "性齢", "負担", "馬体重", "増減", "騎手", "調教師",
              "タイム", "着差", "上がり3F", "コーナー通過順", "人気")
    columns: dict[str, int] = {}
    for label in labels:
        exact = [index for index, header in enumerate(headers) if header == label]
        partial = [index for index, header in enumerate(headers) if label in header]
        if exact:
            columns[label] = exact[0]
        elif partial and label not in ("着",):
            columns[label] = partial[0]
    columns["_width"] = len(headers)
    return columns


def expand_rows(rows: list[HtmlElement]) -> list[list[HtmlElement]]:
    """Lay rows out on a grid, repeating a cell under every row and column its rowspan/colspan covers.

    The same element appears in each grid slot it covers, so callers can tell a spanning cell by identity.
    """
    pending: dict[int, tuple[int, HtmlElement]] = {}  # column -> (rows still covered, cell)
    grid: list[list[HtmlElement]] = []
    for row in rows:
        out: list[HtmlElement] = []
        cells = list(row.xpath("./td | ./th"))
        column = 0
        while cells or column in pending:
            if column in pending:
                remaining, cell = pending[column]
                out.append(cell)
                if remaining <= 1:
                    del pending[column]
                else:
                    pending[column] = (remaining - 1, cell)
                column += 1
                continue
            cell = cells.pop(0)
            rowspan = max(to_int(cell.get("rowspan")) or 1, 1)
            colspan = max(to_int(cell.get("colspan")) or 1, 1)
            for offset in range(colspan):
                out.append(cell)
                if rowspan > 1:
                    pending[column + offset] = (rowspan - 1, cell)
            column += colspan
        grid.append(out)
    return grid


def _parse_runners(table: HtmlElement, source: str, race_id: str) -> list[ResultRunner]:
    columns = _column_map(table)
    width = columns["_width"]
    runners: list[ResultRunner] = []
    for index, cells in enumerate(expand_rows(own_rows(table)), start=1):
        if len(cells) != width:
            raise LayoutError(
                source, f"runner row {index} has {len(cells)} cells; the header has {width}", race_id
            )
        texts = [text_of(cell) for cell in cells]
        runners.append(_parse_runner_row(texts, columns, runners, source, race_id))
    return runners


def _cell(texts: list[str], columns: dict[str, int], label: str) -> str:
    index = columns.get(label)
    return texts[index] if index is not None else ""


def _parse_runner_row(
    texts: list[str], columns: dict[str, int], previous: list[ResultRunner], source: str, race_id: str
) -> ResultRunner:
    frame = to_int(_cell(texts, columns, "枠"))
    number = to_int(_cell(texts, columns, "馬番"))
    if frame is None or number is None:
        raise LayoutError(
            source, f"runner row {len(previous) + 1} has no frame or horse number: {texts[:4]}", race_id
        )
    position, dead_heat, status = _finish(texts, columns, number, previous, source, race_id)

    sex, age = _sex_age(_cell(texts, columns, "性齢"))
    mark, jockey = _split_apprentice_mark(_cell(texts, columns, "騎手"))
    margin = _cell(texts, columns, "着差")
    passing = _cell(texts, columns, "コーナー通過順")
    return ResultRunner(
        position=position,
        dead_heat=dead_heat,
        status=status,
        frame=frame,
        number=number,
        name=_cell(texts, columns, "馬名"),
        sex=sex,
        age=age,
        weight_carried=to_float(_cell(texts, columns, "負担")),
        body_weight=to_int(_cell(texts, columns, "馬体重").replace("kg", "")),
        body_weight_change=to_int(_cell(texts, columns, "増減")),
        jockey=jockey,
        apprentice_mark=mark,
        trainer=_cell(texts, columns, "調教師") or None,
        time_s=parse_race_time(_cell(texts, columns, "タイム")),
        margin=None if margin in EMPTY_CELL or margin == status else margin,
        last_3f_s=to_float(_cell(texts, columns, "上がり3F")),
        passing=[int(part) for part in re.findall(r"\d+", nfkc(passing))],
        popularity=to_int(_cell(texts, columns, "人気")),
    )


def _finish(
    texts: list[str], columns: dict[str, int], number: int, previous: list[ResultRunner], source: str, race_id: str
) -> tuple[int | None, bool, str | None]:
    """Return (position, dead_heat, status) from the 着 cell, or from the 着差 cell when 着 is empty."""
    place = _cell(texts, columns, "着")
    margin = _cell(texts, columns, "着差")
    position = to_int(place)
    if position is not None:
        return position, margin == DEAD_HEAT, None
    if place == DEAD_HEAT:
        above = previous[-1].position if previous else None
        if above is None:
            raise LayoutError(
                source, f"horse number {number} reads {DEAD_HEAT} but no finisher is listed above it", race_id
            )
        return above, True, None
    token = place or margin
    if token in NON_FINISH_STATUSES:
        return None, False, token
    raise LayoutError(
        source,
        f"unknown finishing status {token!r} for horse number {number}; "
        f"expected a position, {DEAD_HEAT} or one of {sorted(NON_FINISH_STATUSES)}",
        race_id,
    )


def _sex_age(text: str) -> tuple[str | None, int | None]:
    match = re.fullmatch(r"([牡牝セ騸])\s*(\d+)", nfkc(text))
    if not match:
        return None, None
    return match.group(1), int(match.group(2))


def _split_apprentice_mark(text: str) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    if text[0] in APPRENTICE_MARKS:
        return text[0], clean(text[1:]) or None
    return None, text


# --- payouts ------------------------------------------------------------------------------


def _payout_tables(root: HtmlElement) -> list[HtmlElement]:
    """Return the tables of the `.pc` copy whose header cells carry a payout label."""
    containers = root.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " pc ")]')
    tables: list[HtmlElement] = []
    for container in containers:
        for table in container.iter("table"):
            labels = {re.sub(r"\s", "", text_of(cell)) for cell in table.xpath(".//th")}
            if labels & set(PAYOUT_LABELS) and table not in tables:
                tables.append(table)
    return tables


def _read_payouts(root: HtmlElement, source: str, race_id: str, has_finisher: bool, result: RaceResult) -> None:
    """Fill payouts, not_sold, refunded_numbers and notes from the `.pc` payout tables."""
    rows_by_label: dict[str, list[tuple[str, str, str]]] = {}
    notes: list[str] = []
    for table in _payout_tables(root):
        _read_payout_table(table, rows_by_label, notes)

    missing = [label for label in PAYOUT_LABELS if label not in rows_by_label]
    if missing and has_finisher:
        raise LayoutError(source, f"no payout table for {', '.join(missing)} in the .pc payout block", race_id)
    if missing:
        # No horse finished (a void race), so an absent payout block has nothing to report.
        logger.warning("result %s has no finisher and no payout table for %s", race_id, ", ".join(missing))

    for label, rows in rows_by_label.items():
        bet_type = PAYOUT_LABELS[label]
        sold = False
        for combination_text, yen_text, popularity_text in rows:
            if combination_text in EMPTY_CELL and yen_text in EMPTY_CELL:
                continue
            combination = _combination(combination_text)
            yen = to_int(yen_text)
            if combination is None or yen is None:
                raise LayoutError(
                    source,
                    f"{label} payout row {combination_text!r} / {yen_text!r} is not a combination and a yen amount",
                    race_id,
                )
            result.payouts.append(Payout(bet_type, combination, yen, to_int(popularity_text)))
            sold = True
        if not sold:
            result.not_sold.append(bet_type)

    text = clean(" ".join(notes))
    result.notes = text or None
    result.refunded_numbers = _refunded_numbers(text)


def _read_payout_table(table: HtmlElement, rows_by_label: dict[str, list[tuple[str, str, str]]], notes: list[str]) -> None:
    """Collect (組番, 金額, 人気) texts per label and the 備考 text of one payout table."""
    rows = table.xpath("./thead/tr | ./tbody/tr | ./tr")
    grid = expand_rows(rows)
    label_row = None
    for index, cells in enumerate(grid):
        if any(re.sub(r"\s", "", text_of(cell)) in PAYOUT_LABELS for cell in cells):
            label_row = index
            break
    if label_row is None:
        return

    starts: dict[str, int] = {}
    note_columns: list[int] = []
    for column, cell in enumerate(grid[label_row]):
        label = re.sub(r"\s", "", text_of(cell))
        if label in PAYOUT_LABELS and label not in starts:
            starts[label] = column
        elif label == NOTES_LABEL:
            note_columns.append(column)
    for label in starts:
        rows_by_label.setdefault(label, [])

    seen_notes: set[int] = set()
    for cells in grid[label_row + 1:]:
        for label, start in starts.items():
            texts = [text_of(cells[start + offset]) if start + offset < len(cells) else "" for offset in range(3)]
            if texts[0] == "組番" or not any(texts):
                continue
            rows_by_label[label].append((texts[0], texts[1], texts[2]))
        for column in note_columns:
            if column < len(cells) and id(cells[column]) not in seen_notes:
                seen_notes.add(id(cells[column]))
                notes.append(text_of(cells[column]))


def _combination(text: str) -> tuple[int, ...] | None:
    parts = re.split(r"\s*[-→>]\s*", nfkc(text).strip())
    numbers = [to_int(part) for part in parts]
    if not parts or any(number is None for number in numbers):
        return None
    return tuple(numbers)  # type: ignore[arg-type]


def _refunded_numbers(notes: str) -> list[int]:
    """Return the horse numbers of a 返還：3,9号馬 note, in page order."""
    numbers: list[int] = []
    for match in _REFUND.finditer(nfkc(notes)):
        numbers.extend(int(part) for part in re.findall(r"\d+", match.group(1)))
    return numbers
