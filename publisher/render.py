"""Render the morning prediction post from the predictor's records.

All display logic that needs Python (sorting, number formats, Japanese labels) happens here;
the Jinja2 template only lays the values out. The environment escapes every value, so a
scraped horse or race name can never add markup to the post. The results post is rendered by
publisher.results and re-exported here, so the jobs import both renderers from one module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from predictor.records import MARKS, BetLine, HorseScore, RacePrediction, Ticket
from publisher.base import Post, RaceFailure
from publisher.results import render_results_post
from publisher.templating import BLOG_NAME, combination_text, date_text, environment, results_link_region
from scraper.records import TRACKS

__all__ = ["COMPONENT_LABELS", "FLAG_LABELS", "render_predict_post", "render_results_post"]

OFFICIAL_CARD_URL = "https://www.nankankeiba.com/syousai/{race_id}.do"
SUMMARY_MARKS: tuple[str, ...] = ("◎", "○", "▲")

# Column headers of predictor.formula.COMPONENTS. A component missing here is shown by its own name.
COMPONENT_LABELS: dict[str, str] = {
    "speed": "スピード指数",
    "last_3f": "上がり3F",
    "last_3f_rank": "上がり順位",
    "jockey": "騎手",
    "post": "枠順傾向",
    "layoff": "休み明け",
    "distance_change": "距離変更",
    "weight_carried": "斤量",
}

# Notes for predictor.formula.FLAGS, the data a horse's score lacked. An unknown flag is shown as is.
FLAG_LABELS: dict[str, str] = {
    "no_past_runs": "過去走なし",
    "no_started_run": "出走歴なし",
    "other_circuit_runs_skipped": "他地区の走を除外",
    "no_standard_time": "基準タイムなし",
    "no_run_weight_carried": "過去走の斤量不明",
    "no_weight_carried": "斤量不明",
    "going_unknown": "馬場不明",
    "no_speed_figure": "指数なし",
    "no_last_3f": "上がり3Fなし",
    "no_last_3f_rank": "上がり順位なし",
    "no_jockey": "騎手不明",
    "few_jockey_rides": "騎手データ少",
}


@dataclass(slots=True)
class HorseRow:
    mark: str
    number: int
    frame: int
    name: str
    score: str
    components: list[str]
    flags: list[str]
    scratched: bool


@dataclass(slots=True)
class BetRow:
    label: str
    tickets: list[str]
    count: int
    stake_yen: int


@dataclass(slots=True)
class RaceSection:
    race_id: str
    race_number: int
    name: str
    course: str
    post_time: str
    card_url: str
    status: str  # "predicted", "skipped" or "failed"
    reason: str = ""
    confidence: str = ""
    open_race: bool = False
    summary_marks: list[str] = field(default_factory=list)  # "6 馬名" per SUMMARY_MARKS entry
    component_names: list[str] = field(default_factory=list)
    horses: list[HorseRow] = field(default_factory=list)
    bets: list[BetRow] = field(default_factory=list)
    ticket_count: int = 0
    stake_yen: int = 0


def render_predict_post(
    date: dt.date,
    track_code: str,
    venue: str,
    predictions: list[RacePrediction],
    failures: list[RaceFailure],
    results_url: str | None = None,
) -> Post:
    """Render the prediction post of one venue's race day.

    `predictions` contains predicted races and races the predictor skipped (skipped_reason set),
    and `failures` contains races whose card could not be read. The day's race count in the
    title is the sum of both. `results_url` is the day's results post, linked as 結果はこちら when
    the morning job runs again after the evening job. Raises ValueError for a track code outside
    scraper.records.TRACKS.
    """
    if track_code not in TRACKS:
        raise ValueError(f"unknown track code {track_code!r}; expected one of {', '.join(sorted(TRACKS))}")

    sections = [_prediction_section(prediction) for prediction in predictions]
    sections += [_failure_section(failure) for failure in failures]
    sections.sort(key=lambda section: section.race_number)

    day_text = date_text(date)
    title = f"【{BLOG_NAME}】{day_text} {venue} 全{len(sections)}R 予想"
    predicted = [section for section in sections if section.status == "predicted"]
    html = environment().get_template("predict.html.j2").render(
        blog_name=BLOG_NAME,
        date_text=day_text,
        results_link=results_link_region(results_url),
        venue=venue,
        sections=sections,
        summary_marks=SUMMARY_MARKS,
        predicted_count=len(predicted),
        ticket_count=sum(section.ticket_count for section in predicted),
        stake_yen=sum(section.stake_yen for section in predicted),
    )
    return Post(
        kind="predict",
        date=date.isoformat(),
        track_code=track_code,
        venue=venue,
        title=title,
        labels=[venue, date.isoformat(), "予想"],
        html=html,
    )


def _prediction_section(prediction: RacePrediction) -> RaceSection:
    section = RaceSection(
        race_id=prediction.race_id,
        race_number=prediction.race_number,
        name=prediction.race_name,
        course=f"{prediction.surface}{prediction.distance_m}m",
        post_time=prediction.post_time or "未定",
        card_url=OFFICIAL_CARD_URL.format(race_id=prediction.race_id),
        status="predicted",
    )
    if prediction.skipped_reason is not None:
        section.status = "skipped"
        section.reason = prediction.skipped_reason
        return section

    by_number = {horse.number: horse for horse in prediction.horses}
    for mark in SUMMARY_MARKS:
        numbers = prediction.marks.get(mark, [])
        section.summary_marks.append(" ".join(_horse_label(number, by_number) for number in numbers))

    section.confidence = "—" if prediction.confidence is None else f"{prediction.confidence * 100:.0f}%"
    section.open_race = prediction.open_race
    factor_names = _factor_names(prediction.horses)
    section.component_names = [COMPONENT_LABELS.get(name, name) for name in factor_names]
    section.horses = [_horse_row(horse, prediction.marks, factor_names) for horse in _display_order(prediction.horses)]
    section.bets = [_bet_row(line) for line in prediction.bets]
    section.ticket_count = len(prediction.tickets)
    section.stake_yen = prediction.stake_yen
    return section


def _failure_section(failure: RaceFailure) -> RaceSection:
    return RaceSection(
        race_id=failure.race_id,
        race_number=failure.race_number,
        name="",
        course="",
        post_time="",
        card_url=OFFICIAL_CARD_URL.format(race_id=failure.race_id),
        status="failed",
        reason=failure.reason,
    )


def _horse_label(number: int, by_number: dict[int, HorseScore]) -> str:
    horse = by_number.get(number)
    return f"{number} {horse.name}" if horse else str(number)


def _factor_names(horses: list[HorseScore]) -> list[str]:
    names: list[str] = []
    for horse in horses:
        for name in horse.components:
            if name not in names:
                names.append(name)
    return names


def _display_order(horses: list[HorseScore]) -> list[HorseScore]:
    """Sort runners by rank (then score), with scratched horses last in number order."""
    running = [horse for horse in horses if not horse.scratched]
    scratched = sorted((horse for horse in horses if horse.scratched), key=lambda horse: horse.number)
    running.sort(
        key=lambda horse: (
            horse.rank if horse.rank is not None else len(horses) + 1,
            -(horse.score if horse.score is not None else float("-inf")),
            horse.number,
        )
    )
    return running + scratched


def _mark_of(horse: HorseScore, marks: dict[str, list[int]]) -> str:
    if horse.mark:
        return horse.mark
    for mark in MARKS:
        if horse.number in marks.get(mark, []):
            return mark
    return ""


def _horse_row(horse: HorseScore, marks: dict[str, list[int]], factor_names: list[str]) -> HorseRow:
    if horse.scratched:
        return HorseRow(
            mark="取消",
            number=horse.number,
            frame=horse.frame,
            name=horse.name,
            score="取消",
            components=["" for _ in factor_names],
            flags=[],
            scratched=True,
        )
    return HorseRow(
        mark=_mark_of(horse, marks),
        number=horse.number,
        frame=horse.frame,
        name=horse.name,
        score="—" if horse.score is None else f"{horse.score:.2f}",
        components=[_format_z(horse.components.get(name)) for name in factor_names],
        flags=[FLAG_LABELS.get(flag, flag) for flag in horse.flags],
        scratched=False,
    )


def _format_z(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def _bet_row(line: BetLine) -> BetRow:
    return BetRow(
        label=line.label,
        tickets=[_ticket_text(ticket) for ticket in line.tickets],
        count=len(line.tickets),
        stake_yen=line.stake_yen,
    )


def _ticket_text(ticket: Ticket) -> str:
    text = combination_text(ticket.bet_type, ticket.combination)
    return text if ticket.units == 1 else f"{text}（{ticket.stake_yen}円）"
