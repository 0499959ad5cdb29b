"""Predict one race: score the card, rank, mark, bet, or skip with a reason.

Skip rule and confidence:
- Fewer than MIN_RUNNERS non-scratched runners: skipped.
- No component separates the runners, i.e. every component is missing or has one value for
  all non-scratched runners that have it: skipped, because any order would be arbitrary.
- Otherwise the race is scored, whatever share of runners has a speed figure. A runner
  without one (a debutant, or past runs that give no figure) is scored on the components it
  has (post, weight carried, jockey when known, ...) and carries its flags.
- The confidence from the score gap (predictor.marks.confidence) is multiplied by the share
  of non-scratched runners with a speed figure, so a race with no figure at all gets 0.
- The race is open (混戦) when the gap is small, or when fewer than MIN_SPEED_SHARE of the
  non-scratched runners have a speed figure.
"""

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
# Below this share of runners with a speed figure the race is marked open (混戦).
MIN_SPEED_SHARE = 0.5
# Two component values closer than this count as equal.
EQUAL_TOLERANCE = 1e-9


def _number_or_none(value: object) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def horse_scores(card: RaceCard) -> list[HorseScore]:
    """Score the card and return one HorseScore per runner, in card order."""
    table = score_runners(card)
    records = table.reset_index().to_dict("records")
    runners = {runner.number: runner for runner in card.runners}
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
            jockey=runners[int(row["number"])].jockey,
            apprentice_mark=runners[int(row["number"])].apprentice_mark,
            weight_carried=runners[int(row["number"])].weight_carried,
            sex=runners[int(row["number"])].sex,
            age=runners[int(row["number"])].age,
        )
        for row in records
    ]


def separating_components(horses: list[HorseScore]) -> list[str]:
    """Return the components with at least two different values among the non-scratched runners."""
    active = [horse for horse in horses if not horse.scratched]
    names = []
    for name in COMPONENTS:
        values = [horse.components[name] for horse in active if horse.components[name] is not None]
        if values and max(values) - min(values) > EQUAL_TOLERANCE:
            names.append(name)
    return names


def speed_share(horses: list[HorseScore]) -> float:
    """Return the share of non-scratched runners that have a speed figure (0 when none run)."""
    active = [horse for horse in horses if not horse.scratched]
    if not active:
        return 0.0
    with_speed = sum(1 for horse in active if horse.components["speed"] is not None)
    return with_speed / len(active)


def skip_reason(horses: list[HorseScore]) -> str | None:
    """Return the Japanese reason to skip the race, or None when it can be scored."""
    active = [horse for horse in horses if not horse.scratched]
    if len(active) < MIN_RUNNERS:
        return f"出走頭数が{len(active)}頭で{MIN_RUNNERS}頭未満のため、予想を見送ります。"
    if not separating_components(horses):
        return (
            f"出走{len(active)}頭の間で、スピード指数・上がり・騎手・枠順・斤量などどの要素にも"
            "差がつかないため、予想を見送ります。"
        )
    return None


def predict_race(card: RaceCard) -> RacePrediction:
    """Score, rank and mark the card's runners and build the default bets.

    A race skipped by the rule in the module docstring gets `skipped_reason` and no ranks,
    marks or bets. Its horses still carry their scores and flags.
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
    active_count = sum(1 for horse in horses if not horse.scratched)
    share = speed_share(horses)

    reason = skip_reason(horses)
    if reason is not None:
        prediction.skipped_reason = reason
        logger.info(
            "race %s not predicted: %d runners, %d components separate them",
            card.race_id,
            active_count,
            len(separating_components(horses)),
        )
        return prediction

    ranked = rank_horses(horses)
    prediction.marks = assign_marks(ranked)
    gap_confidence, close_scores = confidence(ranked)
    if gap_confidence is not None:
        prediction.confidence = gap_confidence * share
    prediction.open_race = close_scores or share < MIN_SPEED_SHARE
    prediction.bets = build_bets(prediction.marks)
    if share < 1.0:
        logger.info(
            "race %s scored with speed figures for %.0f%% of %d runners, the others on the terms they have",
            card.race_id,
            share * 100,
            active_count,
        )
    logger.info(
        "race %s predicted: %d runners ranked, marks %s, %d tickets",
        card.race_id,
        len(ranked),
        prediction.marks,
        len(prediction.tickets),
    )
    return prediction
