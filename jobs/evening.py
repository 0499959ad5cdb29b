"""The evening job: official results to settled tickets, the running record and a results post.

For every race of the day it reads the result page, settles the tickets the morning post made
(stored in the state store) against the official payouts, stores the settlement, and posts one
results article per venue. A race whose result is not confirmed yet is listed as pending; the
next run completes it by updating the same post. A race with no stored prediction is shown as
予想なし and counts nowhere.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from jobs.errors import JobFailed
from jobs.record import CONVENTIONS_JA, cumulative_by_day, summarise_settled_tickets, tally
from jobs.settings import Settings

logger = logging.getLogger(__name__)


def run_results(date: dt.date, settings: Settings) -> dict:
    """Run the evening job for `date` and return its summary (settled, pending, failed races, post ids)."""
    from jobs.pipeline import open_run

    started = time.monotonic()
    with open_run(settings) as run:
        days = run.race_days(date)
        venues = [_results_venue(run, day) for day in days]
        day_settlements = [
            dict(payload, race_id=race_id)
            for race_id, race_date, payload in run.store.list_settlements()
            if race_date == date.isoformat()
        ]
        summary = {
            "job": "results",
            "date": date.isoformat(),
            "races_found": sum(v["races_found"] for v in venues),
            "settled": sum(v["settled"] for v in venues),
            "pending": sum(v["pending"] for v in venues),
            "failed": sum(len(v["failed"]) for v in venues),
            "venues": venues,
            "pages_fetched": run.client.pages_fetched,
            "pages_reused": run.pages_reused,
            "duration_s": round(time.monotonic() - started, 3),
            "report_lines": _report_lines(venues, day_settlements),
        }
    if days and all(v["post_id"] is None for v in venues):
        raise JobFailed(f"results {date}: no results post could be made", summary)
    logger.info(
        "results %s done: races=%d settled=%d pending=%d failed=%d pages=%d duration=%.1fs",
        date,
        summary["races_found"],
        summary["settled"],
        summary["pending"],
        summary["failed"],
        summary["pages_fetched"],
        summary["duration_s"],
    )
    return summary


def _report_lines(venues: list[dict[str, Any]], settlements: list[dict[str, Any]]) -> list[str]:
    """Return the Japanese lines the CLI prints: official payouts and each race's settlement."""
    from publisher.templating import BET_TYPE_LABELS, ORDERED_BET_TYPES

    outcome_labels = {"hit": "的中", "miss": "不的中", "refund": "返還", "special": "特払い"}

    def combination(bet_type: str, numbers: list[int]) -> str:
        return ("→" if bet_type in ORDERED_BET_TYPES else "-").join(str(n) for n in numbers)

    by_race = {payload.get("race_id"): payload for payload in settlements}
    lines = []
    for venue in venues:
        for race in venue.get("races", []):
            lines.append(f"{venue['venue']} {race['race_number']}R: {_STATUS_JA.get(race['status'], race['status'])}")
            if race.get("payouts"):
                paid = "、".join(
                    f"{BET_TYPE_LABELS[p['bet_type']]} {combination(p['bet_type'], p['combination'])} {p['yen']:,}円"
                    for p in race["payouts"]
                )
                lines.append(f"  公式払戻（100円あたり）: {paid}")
            payload = by_race.get(race["race_id"])
            if payload is None:
                continue
            for ticket in payload["tickets"]:
                lines.append(
                    f"  {BET_TYPE_LABELS[ticket['bet_type']]} {combination(ticket['bet_type'], ticket['combination'])}"
                    f" {ticket['stake_yen']:,}円 → {outcome_labels[ticket['outcome']]} {ticket['return_yen']:,}円"
                )
            lines.append(f"  精算: 購入 {payload['stake_yen']:,}円、払戻 {payload['return_yen']:,}円")
    day = tally(settlements)
    if day.races_bet:
        lines.append(
            f"本日の成績: {day.races_bet}レース購入、{day.races_hit}レース的中（的中率 {day.hit_rate:.1f}%）、"
            f"購入 {day.stake_yen:,}円、払戻 {day.return_yen:,}円、回収率 {day.return_rate:.1f}%"
        )
    return lines


_STATUS_JA = {
    "settled": "精算済み",
    "pending": "結果待ち",
    "no_prediction": "予想なし",
    "no_bets": "買い目なし",
    "called_off": "取り止め",
    "failed": "結果を読み取れませんでした",
}


def _results_venue(run, day) -> dict:  # noqa: ANN001, C901 (run is jobs.pipeline.Run)
    from predictor.records import Ticket
    from predictor.settlement import settle_tickets
    from publisher.render import render_results_post
    from scraper.errors import ScrapeError

    program = run.program(day)
    races: list[dict[str, Any]] = []
    counts = {"settled": 0, "pending": 0}
    failed: list[dict] = []

    for race in program.races:
        view: dict[str, Any] = {"race_id": race.race_id, "race_number": race.race_number, "race_name": race.name}
        prediction = run.store.get_prediction(race.race_id)
        view["marks"] = (prediction or {}).get("marks", {})
        if race.called_off:
            view["status"] = "called_off"
            races.append(view)
            continue
        try:
            result = run.result(race.race_id)
        except ScrapeError as exc:
            logger.error("race %s (%dR) result could not be read: %s", race.race_id, race.race_number, exc)
            failed.append({"race_id": race.race_id, "race_number": race.race_number, "reason": str(exc)})
            view["status"] = "failed"
            races.append(view)
            continue
        if result.pending:
            view["status"] = "pending"
            counts["pending"] += 1
            races.append(view)
            continue
        view.update(_result_view(result))
        if not prediction or not prediction.get("tickets"):
            view["status"] = "no_prediction" if not prediction else "no_bets"
            races.append(view)
            continue
        tickets = [Ticket(t["bet_type"], tuple(t["combination"]), t["units"]) for t in prediction["tickets"]]
        try:
            settlement = summarise_settled_tickets(settle_tickets(tickets, result))
        except ValueError as exc:
            # A stored ticket that cannot exist in this race (e.g. a number above the field size).
            logger.error("race %s (%dR) tickets could not be settled: %s", race.race_id, race.race_number, exc)
            failed.append({"race_id": race.race_id, "race_number": race.race_number, "reason": str(exc)})
            view["status"] = "failed"
            races.append(view)
            continue
        settlement.update({"race_number": race.race_number, "venue": day.venue, "track_code": day.track_code})
        run.store.put_settlement(race.race_id, day.date.isoformat(), settlement)
        view.update({"status": "settled", "settlement": settlement})
        counts["settled"] += 1
        races.append(view)

    rows = run.store.list_settlements()
    date_iso = day.date.isoformat()
    month = date_iso[:7]
    figures = {
        "day": tally([p for _, d, p in rows if d == date_iso and p.get("track_code") == day.track_code]),
        "month": tally([p for _, d, p in rows if d[:7] == month and d <= date_iso]),
        "all_time": tally([p for _, d, p in rows if d <= date_iso]),
    }
    chart = [(d, rate) for d, rate in cumulative_by_day(rows) if d <= date_iso]

    outcome = {
        "venue": day.venue,
        "track_code": day.track_code,
        "races_found": len(program.races),
        "settled": counts["settled"],
        "pending": counts["pending"],
        "no_prediction": sum(1 for view in races if view.get("status") == "no_prediction"),
        "failed": failed,
        "post_id": None,
        "post_url": None,
        "races": [
            {key: view.get(key) for key in ("race_id", "race_number", "status", "payouts")} for view in races
        ],
    }
    if not any(view.get("status") in ("settled", "pending", "no_prediction", "no_bets") for view in races):
        logger.error("%s %s: no race result could be read; no results post", day.venue, day.date)
        return outcome
    predict_ref = run.store.get_post(date_iso, day.track_code, "predict")
    post = render_results_post(
        day.date, day.track_code, day.venue, races, figures, chart, CONVENTIONS_JA, predict_url=predict_ref.url if predict_ref else None
    )
    ref = run.publisher.publish(post)
    outcome["post_id"], outcome["post_url"] = ref.post_id, ref.url
    logger.info("posted results for %s %s: post id %s", day.venue, day.date, ref.post_id)
    if predict_ref is not None:
        from publisher.base import PublishError

        try:
            run.publisher.link_results(predict_ref, ref, date_iso, day.track_code)
        except PublishError as exc:
            # The results post is up; a missing link from the morning post is fixed by the next run.
            logger.error("could not link prediction post %s to results post %s: %s", predict_ref.post_id, ref.post_id, exc)
    return outcome


def _result_view(result) -> dict[str, Any]:  # noqa: ANN001
    top3 = [
        {
            "position": r.position,
            "number": r.number,
            "name": r.name,
            "popularity": r.popularity,
            "dead_heat": r.dead_heat,
            "frame": r.frame,
            "jockey": r.jockey,
            "apprentice_mark": r.apprentice_mark,
            "time_s": r.time_s,
            "margin": r.margin,
        }
        for r in result.runners
        if r.position is not None and r.position <= 3
    ]
    payouts = [{"bet_type": p.bet_type, "combination": list(p.combination), "yen": p.yen, "popularity": p.popularity} for p in result.payouts]
    view = {"top3": top3, "payouts": payouts, "not_sold": list(result.not_sold), "notes": result.notes}
    if result.name:
        view["race_name"] = result.name
    return view
