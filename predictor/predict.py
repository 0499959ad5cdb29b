"""Predict one race: score the card, rank, mark, bet, or skip with a reason."""

from __future__ import annotations

import logging
import math

from predictor.bets import build_bets
from predictor.formula import COMPONENTS, FLAGS, score_runners
from predictor.marks import assign_marks, confidence, rank_horses
from predictor.records import HorseScore, RacePrediction
from scraper.records import RaceCard

logger = logging.getLogger(__name__)

MIN_RUNNERS = 5
# A race is judged only when at least this share of the non-scratched runners has a speed figure.
MIN_SPEED_SHARE = 0.5


def _number_or_none(value: object) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def horse_scores(card: RaceCard) -> list[HorseScore]:
    """Score the card and return one HorseScore per runner, in card order."""
    table = score_runners(card)
    records = table.reset_index().to_dict("records")
    return [
        HorseScore(
            number=int(row["number"]),
            frame=int(row["frame"]),
            name=row["name"],
            score=_number_or_none(row["score"]),
            components={name: _number_or_none(row[name]) for name in COMPONENTS},
            raw={name: _number_or_none(row[f"raw_{name}"]) for name in COMPONENTS},
            flags=[flag for flag in FLAGS if row[flag]],
            scratched=bool(row["scratched"]),
        )
        for row in records
    ]


def skip_reason(horses: list[HorseScore]) -> str | None:
    """Return the Japanese reason to skip the race, or None when it has enough data."""
    active = [horse for horse in horses if not horse.scratched]
    if len(active) < MIN_RUNNERS:
        return f"出走頭数が{len(active)}頭で{MIN_RUNNERS}頭未満のため、予想を見送ります。"
    with_speed = sum(1 for horse in active if horse.components["speed"] is not None)
    if with_speed < MIN_SPEED_SHARE * len(active):
        return f"スピード指数を出せる馬が{len(active)}頭中{with_speed}頭と半数未満のため、予想を見送ります。"
    return None


def predict_race(card: RaceCard) -> RacePrediction:
    """Score, rank and mark the card's runners and build the default bets.

    A race with too little data gets `skipped_reason` and no ranks, marks or bets; its
    horses still carry their scores and flags.
    """
    horses = horse_scores(card)
    prediction = RacePrediction(
        race_id=card.race_id,
        race_number=card.race_number,
        race_name=card.name,
        distance_m=card.distance_m,
        surface=card.surface,
        post_time=card.post_time,
        horses=horses,
    )

    reason = skip_reason(horses)
    if reason is not None:
        prediction.skipped_reason = reason
        active = [horse for horse in horses if not horse.scratched]
        logger.info(
            "race %s not predicted: %d runners, %d with a speed figure",
            card.race_id,
            len(active),
            sum(1 for horse in active if horse.components["speed"] is not None),
        )
        return prediction

    ranked = rank_horses(horses)
    prediction.marks = assign_marks(ranked)
    prediction.confidence, prediction.open_race = confidence(ranked)
    prediction.bets = build_bets(prediction.marks)
    logger.info(
        "race %s predicted: %d runners ranked, marks %s, %d tickets",
        card.race_id,
        len(ranked),
        prediction.marks,
        len(prediction.tickets),
    )
    return prediction
