"""Render the evening results post from the evening job's race views and running figures.

A race view is a dict built by jobs.evening with the keys race_id, race_number, race_name,
status and marks, plus top3, payouts, not_sold and notes once the result is read, and
settlement for a settled race. A top3 entry has position, number, name, popularity and
dead_heat, and may have frame, jockey, apprentice_mark, time_s and margin. Each of those
optional columns is shown when at least one of the race's top three has it. Statuses: settled, pending (result not confirmed yet, the next
run updates the same post), no_prediction (no morning picks, counted nowhere), no_bets (picks
but no tickets), called_off and failed (the result page could not be read).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from predictor.records import MARKS
from publisher.base import Post
from publisher.chart import render_return_chart
from publisher.templating import (
    BLOG_NAME,
    bet_type_label,
    combination_text,
    date_text,
    environment,
    link_url,
    percent_text,
    yen_text,
)
from scraper.records import TRACKS

OFFICIAL_RESULT_URL = "https://www.nankankeiba.com/result/{race_id}.do"
RACE_STATUSES = frozenset({"settled", "pending", "no_prediction", "no_bets", "called_off", "failed"})
OUTCOME_LABELS: dict[str, str] = {"hit": "的中", "miss": "不的中", "refund": "返還", "special": "特払い"}
OUTCOME_COLOURS: dict[str, str] = {"hit": "#c0392b", "miss": "#666666", "refund": "#7f8c8d", "special": "#d35400"}
# Summary-table text of the statuses without settled tickets.
STATUS_LABELS: dict[str, str] = {
    "pending": "結果待ち",
    "no_prediction": "予想なし",
    "no_bets": "買い目なし",
    "called_off": "取り止め",
    "failed": "取得できず",
}


# Header and FinisherRow attribute of the optional columns of the top-three table.
FINISHER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("枠", "frame"),
    ("騎手", "jockey"),
    ("タイム", "time"),
    ("着差", "margin"),
)


@dataclass(slots=True)
class FinisherRow:
    position: str  # "1" or "1（同着）"
    number: int
    name: str
    popularity: str
    frame: str = ""
    jockey: str = ""  # apprentice mark and name, e.g. "▲山田"
    time: str = ""  # "1:52.3"
    margin: str = ""  # as printed on the result page, e.g. "クビ"


@dataclass(slots=True)
class PayoutRow:
    label: str
    combination: str
    yen: str
    popularity: str


@dataclass(slots=True)
class TicketRow:
    label: str
    combination: str
    stake: str
    outcome: str
    colour: str
    returned: str


@dataclass(slots=True)
class ResultSection:
    race_id: str
    race_number: int
    name: str
    status: str
    result_url: str
    verdict: str = ""  # summary-table text: 的中, 不的中, 返還, 特払い or a STATUS_LABELS value
    winner: str = ""
    marks: list[str] = field(default_factory=list)  # "◎ 6", "△ 2,5"
    finishers: list[FinisherRow] = field(default_factory=list)
    finisher_columns: list[str] = field(default_factory=list)  # FINISHER_COLUMNS headers with a value
    payouts: list[PayoutRow] = field(default_factory=list)
    not_sold: str = ""
    notes: str = ""
    tickets: list[TicketRow] = field(default_factory=list)
    stake: str = ""
    returned: str = ""
    refunded: str = ""


@dataclass(slots=True)
class FigureRow:
    label: str
    races_bet: int
    races_hit: int
    hit_rate: str
    stake: str
    returned: str
    return_rate: str


def render_results_post(
    date: dt.date,
    track_code: str,
    venue: str,
    races: list[dict[str, Any]],
    figures: Mapping[str, Any],
    chart: list[tuple[str, float | None]],
    conventions: tuple[str, ...],
    predict_url: str | None = None,
) -> Post:
    """Render the results post of one venue's race day.

    `figures` maps "day", "month" and "all_time" to jobs.record.Tally values (a missing key
    leaves its row out), `chart` is (ISO date, cumulative 回収率 in percent) per race day
    oldest first, and `conventions` are the Japanese lines that define the figures. Raises
    ValueError for a track code outside scraper.records.TRACKS or an unknown race status.
    """
    if track_code not in TRACKS:
        raise ValueError(f"unknown track code {track_code!r}; expected one of {', '.join(sorted(TRACKS))}")

    sections = sorted((_section(view) for view in races), key=lambda section: section.race_number)
    day_text = date_text(date)
    title = f"【{BLOG_NAME}】{day_text} {venue} 全{len(sections)}R 結果"
    html = environment().get_template("results.html.j2").render(
        blog_name=BLOG_NAME,
        date_text=day_text,
        venue=venue,
        sections=sections,
        marks=MARKS,
        confirmed_count=sum(1 for section in sections if section.status in ("settled", "no_prediction", "no_bets")),
        pending_count=sum(1 for section in sections if section.status == "pending"),
        figure_rows=_figure_rows(figures, venue, date),
        conventions=list(conventions),
        chart=render_return_chart(chart),
        predict_url=link_url(predict_url),
    )
    return Post(
        kind="results",
        date=date.isoformat(),
        track_code=track_code,
        venue=venue,
        title=title,
        labels=[venue, date.isoformat(), "結果"],
        html=html,
    )


def _section(view: Mapping[str, Any]) -> ResultSection:
    status = view.get("status")
    if status not in RACE_STATUSES:
        raise ValueError(
            f"race {view.get('race_id')} has status {status!r}; expected one of {', '.join(sorted(RACE_STATUSES))}"
        )
    section = ResultSection(
        race_id=str(view["race_id"]),
        race_number=int(view["race_number"]),
        name=view.get("race_name") or "",
        status=status,
        result_url=OFFICIAL_RESULT_URL.format(race_id=view["race_id"]),
        verdict=STATUS_LABELS.get(status, ""),
        marks=_mark_texts(view.get("marks") or {}),
    )
    if status in ("pending", "called_off", "failed"):
        return section

    section.finishers = _finisher_rows(view.get("top3") or [])
    section.finisher_columns = [
        header for header, attribute in FINISHER_COLUMNS if any(getattr(row, attribute) for row in section.finishers)
    ]
    winners = [row for row in section.finishers if row.position.startswith("1")]
    section.winner = "、".join(f"{row.number} {row.name}" for row in winners)
    section.payouts = [_payout_row(payout) for payout in view.get("payouts") or []]
    section.not_sold = "、".join(bet_type_label(bet_type) for bet_type in view.get("not_sold") or [])
    section.notes = view.get("notes") or ""
    if status == "settled":
        _add_settlement(section, view["settlement"])
    return section


def _mark_texts(marks: Mapping[str, list[int]]) -> list[str]:
    texts = []
    for mark in MARKS:
        numbers = marks.get(mark) or []
        if numbers:
            texts.append(f"{mark} {','.join(str(number) for number in numbers)}")
    return texts


def _finisher_rows(top3: list[Mapping[str, Any]]) -> list[FinisherRow]:
    """Build the top-three rows, marking both horses of a dead heat as 同着.

    The result page flags only the second horse of a tie, so every horse at a flagged
    position is marked.
    """
    tied_positions = {entry["position"] for entry in top3 if entry.get("dead_heat")}
    rows = []
    for entry in sorted(top3, key=lambda entry: (entry["position"], entry["number"])):
        position = str(entry["position"])
        if entry["position"] in tied_positions:
            position += "（同着）"
        rows.append(
            FinisherRow(
                position=position,
                number=int(entry["number"]),
                name=entry.get("name") or "",
                popularity=_popularity_text(entry.get("popularity")),
                frame="" if entry.get("frame") is None else str(entry["frame"]),
                jockey=_jockey_text(entry.get("jockey"), entry.get("apprentice_mark")),
                time=race_time_text(entry.get("time_s")),
                margin=entry.get("margin") or "",
            )
        )
    return rows


def _jockey_text(jockey: str | None, apprentice_mark: str | None) -> str:
    return f"{apprentice_mark or ''}{jockey}" if jockey else ""


def race_time_text(seconds: float | None) -> str:
    """Format a race time the way result pages print it: 112.3 s is "1:52.3", 59.8 s is "59.8"."""
    if seconds is None:
        return ""
    tenths = round(seconds * 10)
    minutes, rest = divmod(tenths, 600)
    if minutes == 0:
        return f"{rest // 10}.{rest % 10}"
    return f"{minutes}:{rest // 10:02d}.{rest % 10}"


def _payout_row(payout: Mapping[str, Any]) -> PayoutRow:
    return PayoutRow(
        label=bet_type_label(payout["bet_type"]),
        combination=combination_text(payout["bet_type"], payout["combination"]),
        yen=yen_text(int(payout["yen"])),
        popularity=_popularity_text(payout.get("popularity")),
    )


def _popularity_text(popularity: int | None) -> str:
    return "—" if popularity is None else f"{popularity}番人気"


def _add_settlement(section: ResultSection, settlement: Mapping[str, Any]) -> None:
    tickets = settlement.get("tickets") or []
    for ticket in tickets:
        outcome = ticket["outcome"]
        section.tickets.append(
            TicketRow(
                label=bet_type_label(ticket["bet_type"]),
                combination=combination_text(ticket["bet_type"], ticket["combination"]),
                stake=yen_text(int(ticket["stake_yen"])),
                outcome=OUTCOME_LABELS.get(outcome, outcome),
                colour=OUTCOME_COLOURS.get(outcome, "#222222"),
                returned=yen_text(int(ticket["return_yen"])),
            )
        )
    section.stake = yen_text(int(settlement["stake_yen"]))
    section.returned = yen_text(int(settlement["return_yen"]))
    refunded = int(settlement.get("refunded_yen") or 0)
    section.refunded = yen_text(refunded) if refunded else ""
    section.verdict = _verdict(settlement, tickets)


def _verdict(settlement: Mapping[str, Any], tickets: list[Mapping[str, Any]]) -> str:
    if settlement.get("hit"):
        return OUTCOME_LABELS["hit"]
    if any(ticket["outcome"] == "special" for ticket in tickets):
        return OUTCOME_LABELS["special"]
    if not settlement.get("bet"):
        return OUTCOME_LABELS["refund"]
    return OUTCOME_LABELS["miss"]


def _figure_rows(figures: Mapping[str, Any], venue: str, date: dt.date) -> list[FigureRow]:
    labels = {
        "day": f"本日（{venue}）",
        "month": f"{date.year}年{date.month}月（全場）",
        "all_time": "通算（全場）",
    }
    rows = []
    for key, label in labels.items():
        tally = figures.get(key)
        if tally is None:
            continue
        rows.append(
            FigureRow(
                label=label,
                races_bet=tally.races_bet,
                races_hit=tally.races_hit,
                hit_rate=percent_text(tally.hit_rate),
                stake=yen_text(tally.stake_yen),
                returned=yen_text(tally.return_yen),
                return_rate=percent_text(tally.return_rate),
            )
        )
    return rows
