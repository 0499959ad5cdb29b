"""Capture one race day from the site: every page saved byte for byte at its site path.

The saved folder can be served again by scraper.replay.ReplayServer, so a day captured once
becomes a regression test or a local replay. Each saved page gets one line in
`PROVENANCE.tsv` (path, URL, fetched_at, status, sha256, bytes).

Paths are built only from ids that match 14 or 16 digits, never from page text, and every
output path is checked to stay inside the output folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import os
import re
from pathlib import Path

from scraper.calendar import parse_calendar
from scraper.client import HTTPStatusError, Page, SiteClient
from scraper.errors import FetchError
from scraper.program import parse_program
from scraper.records import Program, RaceDay

logger = logging.getLogger(__name__)

PROVENANCE_FILE = "PROVENANCE.tsv"
PROVENANCE_COLUMNS = ("path", "url", "fetched_at", "status", "sha256", "bytes")

_DAY_ID = re.compile(r"\d{14}")
_RACE_ID = re.compile(r"\d{16}")
# Site paths a capture may write: robots.txt and /<page kind>/<id>.do.
_SAVABLE_PATH = re.compile(r"/robots\.txt|/[a-z_]+/\d{6,16}\.do")


def calendar_path(date: dt.date) -> str:
    """Return the calendar page covering `date`; the site keys each quarter by its first month."""
    first_month = (date.month - 1) // 3 * 3 + 1
    return f"/calendar/{date.year}{first_month:02d}.do"


def capture_day(date: dt.date, out_dir: Path, client: SiteClient, *, results: bool = True) -> list[Page]:
    """Fetch and save robots.txt, the calendar, the day's programs, cards and (if `results`) result pages.

    Returns the saved pages in fetch order. A result page that returns 404 is skipped with a
    warning. Other fetch and layout errors are raised, and the pages saved up to then stay on
    disk with their PROVENANCE.tsv lines.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Page] = []
    try:
        robots = _fetch_robots(client)
        if robots is not None:
            _save(robots, out_dir, saved)

        calendar = client.fetch(calendar_path(date))
        _save(calendar, out_dir, saved)
        race_days = _race_days_on(date, parse_calendar(calendar.body, calendar.url))
        if not race_days:
            logger.warning("the calendar %s lists no race day on %s; nothing else to capture", calendar.url, date)

        for race_day in race_days:
            _capture_program(race_day, out_dir, client, results, saved)
    finally:
        _write_provenance(out_dir, saved)

    logger.info("captured %d pages for %s into %s", len(saved), date, out_dir)
    return saved


def _fetch_robots(client: SiteClient) -> Page | None:
    try:
        return client.fetch("/robots.txt")
    except FetchError as exc:
        logger.warning("robots.txt not saved: %s", exc)
        return None


def _race_days_on(date: dt.date, race_days: list[RaceDay]) -> list[RaceDay]:
    selected = []
    for race_day in race_days:
        if race_day.date != date:
            continue
        if not _DAY_ID.fullmatch(race_day.day_id) or not race_day.day_id.startswith(f"{date:%Y%m%d}"):
            logger.warning("skipping race day with invalid id %r on %s", race_day.day_id, date)
            continue
        selected.append(race_day)
    return selected


def _capture_program(race_day: RaceDay, out_dir: Path, client: SiteClient, results: bool, saved: list[Page]) -> None:
    page = client.fetch(f"/program/{race_day.day_id}.do")
    _save(page, out_dir, saved)
    program = parse_program(page.body, page.url)

    for race_id in _race_ids(program):
        card = client.fetch(f"/syousai/{race_id}.do")
        _save(card, out_dir, saved)
        if not results:
            continue
        result = _fetch_result(client, race_id)
        if result is not None:
            _save(result, out_dir, saved)


def _race_ids(program: Program) -> list[str]:
    race_ids = []
    for race in program.races:
        if not _RACE_ID.fullmatch(race.race_id) or not race.race_id.startswith(program.day_id):
            logger.warning("program %s: skipping race with invalid id %r", program.day_id, race.race_id)
            continue
        if not race.card_published:
            logger.info("race %s: card not published yet; not captured", race.race_id)
            continue
        race_ids.append(race.race_id)
    return race_ids


def _fetch_result(client: SiteClient, race_id: str) -> Page | None:
    try:
        return client.fetch(f"/result/{race_id}.do")
    except HTTPStatusError as exc:
        if exc.status != 404:
            raise
        logger.warning("race %s: result page %s not found (HTTP 404); skipped", race_id, exc.url)
        return None


def output_file(out_dir: Path, site_path: str) -> Path:
    """Return where the page at `site_path` is saved, or raise ValueError for a path that may not be written."""
    if not _SAVABLE_PATH.fullmatch(site_path):
        raise ValueError(f"cannot save the page at {site_path!r}: only robots.txt and /<kind>/<id>.do paths are saved")
    root = out_dir.resolve()
    target = (root / site_path.lstrip("/")).resolve()
    if not target.is_relative_to(root):
        raise ValueError(f"cannot save the page at {site_path!r}: {target} is outside {root}")
    return target


def _save(page: Page, out_dir: Path, saved: list[Page]) -> None:
    target = output_file(out_dir, page.final_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(page.body)
    os.replace(partial, target)
    saved.append(page)
    logger.debug("saved %s (%d bytes) as %s", page.url, len(page.body), target)


def _write_provenance(out_dir: Path, pages: list[Page]) -> None:
    """Merge one line per page into PROVENANCE.tsv. A page captured again replaces its old line."""
    provenance = out_dir / PROVENANCE_FILE
    rows: dict[str, dict[str, str]] = {}
    if provenance.exists():
        with provenance.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                rows[row["path"]] = row
    for page in pages:
        rows[page.final_path] = {
            "path": page.final_path,
            "url": page.url,
            "fetched_at": page.fetched_at.isoformat(),
            "status": str(page.status),
            "sha256": page.sha256,
            "bytes": str(len(page.body)),
        }

    partial = provenance.with_name(PROVENANCE_FILE + ".part")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PROVENANCE_COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows.values())
    os.replace(partial, provenance)
