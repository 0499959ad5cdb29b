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
# Header and HorseRow attribute of the runner facts shown before the score.
FACT_COLUMNS: tuple[tuple[str, str], ...] = (("性齢", "sex_age"), ("騎手", "jockey"), ("斤量", "weight_carried"))

# Column headers of predictor.formula.COMPONENTS. Each column contains a z-scale evaluation, not the
# underlying fact, so every header ends in 評価. A component missing here is shown by its own name.
COMPONENT_LABELS: dict[str, str] = {
    "speed": "スピード評価",
    "last_3f": "上がり評価",
    "last_3f_rank": "上がり順位評価",
    "jockey": "騎手評価",
    "post": "枠順評価",
    "layoff": "休み明け評価",
    "distance_change": "距離変更評価",
    "weight_carried": "斤量評価",
}

# Notes for predictor.formula.FLAGS, the data a horse's score lacked. An unknown flag is shown as is.
FLAG_LABELS: dict[str, str] = {
    "no_past_runs": "過去走データなし",
    "no_started_run": "出走歴なし",
    "other_circuit_runs_skipped": "他地区での出走を除外",
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
    sex_age: str  # "牡3", or "" when not known
    jockey: str  # apprentice mark and name, e.g. "▲山田", or "" when not known
    weight_carried: str  # kg, e.g. "56.0", or "" when not known
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
    data_notes: list[str] = field(default_factory=list)  # Japanese sentences on data the card lacked
    summary_marks: list[str] = field(default_factory=list)  # "6 馬名" per SUMMARY_MARKS entry
    # Runner-fact columns (性齢, 騎手, 斤量) with a value for at least one runner of the race.
    fact_columns: list[str] = field(default_factory=list)
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
    section.data_notes = _data_notes(prediction.horses, section.component_names, prediction.open_race)
    common = _common_flags(prediction.horses)
    if common:
        # A note every runner shares is printed once for the race instead of on every row.
        section.data_notes.append("全頭に共通の注記: " + "、".join(FLAG_LABELS.get(flag, flag) for flag in common) + "。")
    section.horses = [
        _horse_row(horse, prediction.marks, factor_names, hidden_flags=common) for horse in _display_order(prediction.horses)
    ]
    section.fact_columns = [
        column for column, attribute in FACT_COLUMNS if any(getattr(row, attribute) for row in section.horses)
    ]
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
    """Return the components that have a value for at least one non-scratched runner, in record order.

    A component missing for every runner (上がり順位 on a card whose past runs print no rank)
    would be a column of dashes, so it is left out. The runners' flags still give the reason.
    """
    names: list[str] = []
    for horse in horses:
        for name in horse.components:
            if name not in names:
                names.append(name)
    running = [horse for horse in horses if not horse.scratched]
    return [name for name in names if any(horse.components.get(name) is not None for horse in running)]


def _data_notes(horses: list[HorseScore], component_names: list[str], open_race: bool) -> list[str]:
    """Return the sentences that warn when the card gave few or no speed figures.

    The predictor scores a runner without past runs only on the terms the card itself gives
    (post, weight carried, jockey when known), so a race where no runner has a speed figure is
    ranked on those terms alone. An open race (混戦) where only some runners have a figure gets
    their count, because a low share of figures also makes the predictor call the race open.
    """
    running = [horse for horse in horses if not horse.scratched]
    with_speed = [horse for horse in running if horse.components.get("speed") is not None]
    if not running or len(with_speed) == len(running):
        return []

    used = "・".join(component_names) if component_names else "なし"
    if with_speed:
        if not open_race:
            return []
        return [f"スピード指数があるのは出走{len(running)}頭中{len(with_speed)}頭です。ほかの馬は取得できた要素だけで評価しています。"]
    if all("no_past_runs" in horse.flags for horse in running):
        cause = "出馬表にどの出走馬の過去走データも載っていないため"
    else:
        cause = "どの出走馬にもスピード指数を出せる過去走がないため"
    return [
        f"{cause}、スピード指数・上がりなど過去走から求める評価はありません。"
        f"順位は取得できた要素（{used}）だけで決めており、非常に不確かです。"
    ]


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


def _common_flags(horses: list[HorseScore]) -> list[str]:
    """Return the flags every non-scratched runner carries, in the first runner's order (none for fewer than 2)."""
    running = [horse for horse in horses if not horse.scratched]
    if len(running) < 2:
        return []
    return [flag for flag in running[0].flags if all(flag in horse.flags for horse in running[1:])]


def _horse_row(
    horse: HorseScore, marks: dict[str, list[int]], factor_names: list[str], hidden_flags: list[str] = ()
) -> HorseRow:
    if horse.scratched:
        return HorseRow(
            mark="取消",
            number=horse.number,
            frame=horse.frame,
            name=horse.name,
            sex_age="",
            jockey="",
            weight_carried="",
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
        sex_age=_sex_age_text(horse),
        jockey=_jockey_text(horse),
        weight_carried=_weight_text(horse.weight_carried),
        score=signed_text(horse.score),
        components=[signed_text(horse.components.get(name)) for name in factor_names],
        flags=[FLAG_LABELS.get(flag, flag) for flag in horse.flags if flag not in hidden_flags],
        scratched=False,
    )


def signed_text(value: float | None) -> str:
    """Format a z-scale value with two decimals and a sign: "+0.35", "-1.20", "±0.00", "—" for None.

    A value that rounds to zero is always "±0.00", so -0.0 and -0.001 never print as "-0.00".
    """
    if value is None:
        return "—"
    rounded = round(value, 2)
    if rounded == 0:
        return "±0.00"
    return f"{rounded:+.2f}"


def _sex_age_text(horse: HorseScore) -> str:
    sex = horse.sex or ""
    return sex if horse.age is None else f"{sex}{horse.age}"


def _jockey_text(horse: HorseScore) -> str:
    if not horse.jockey:
        return ""
    return f"{horse.apprentice_mark or ''}{horse.jockey}"


def _weight_text(kilograms: float | None) -> str:
    return "" if kilograms is None else f"{kilograms:.1f}"


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
