"""Rank scored runners, give the marks ◎○▲△☆ and measure how clear the favourite is.

Rules:
- Rank by score, highest first. Equal scores rank the lower horse number first.
  Scratched runners and runners without a score get no rank and no mark.
- ◎ rank 1, ○ rank 2, ▲ rank 3, △ ranks 4 to 6 (up to three, fewer in a small field).
- ☆ (穴) goes to the unmarked runner, so one ranked 7th or lower, whose strongest single
  figure component (speed, last_3f or last_3f_rank, as a within-race z-score) is the highest,
  provided that component is at least STAR_MIN_Z. It picks a horse that is outstanding in one
  respect while its overall score is low, not simply the next horse in the order.
- Confidence: the score gap between ranks 1 and 2 (scores are weighted means of z-scores),
  divided by CONFIDENCE_FULL_GAP and capped at 1. The race is open (混戦) when the gap is
  below OPEN_RACE_GAP.
"""

from __future__ import annotations

from predictor.records import HorseScore

TRIANGLE_COUNT = 3
STAR_COMPONENTS: tuple[str, ...] = ("speed", "last_3f", "last_3f_rank")
STAR_MIN_Z = 1.0
# Both gap constants are in score units. A component that every runner has adds its weight to
# the denominator of the weighted mean, so gaps shrink as components join. WEIGHTS sum to 1.45,
# and 0.7 and 0.07 are about 1.0 / 1.45 and 0.1 / 1.45.
# NOTE: both are estimates, to be set by a backtest.
CONFIDENCE_FULL_GAP = 0.7
OPEN_RACE_GAP = 0.07


def rank_horses(horses: list[HorseScore]) -> list[HorseScore]:
    """Set `rank` on every scored, non-scratched runner and return them best first."""
    ranked = sorted(
        (horse for horse in horses if not horse.scratched and horse.score is not None),
        key=lambda horse: (-horse.score, horse.number),
    )
    for position, horse in enumerate(ranked, start=1):
        horse.rank = position
    return ranked


def star_strength(horse: HorseScore) -> float | None:
    """Return the horse's highest z-score among STAR_COMPONENTS, or None when it has none."""
    values = [horse.components.get(name) for name in STAR_COMPONENTS]
    present = [value for value in values if value is not None]
    return max(present) if present else None


def assign_marks(ranked: list[HorseScore]) -> dict[str, list[int]]:
    """Set `mark` on the ranked runners (best first) and return mark -> horse numbers.

    Marks without a horse are left out of the returned dict.
    """
    marks: dict[str, list[int]] = {}
    for mark, horse in zip(("◎", "○", "▲"), ranked):
        horse.mark = mark
        marks[mark] = [horse.number]

    triangles = ranked[3 : 3 + TRIANGLE_COUNT]
    for horse in triangles:
        horse.mark = "△"
    if triangles:
        marks["△"] = [horse.number for horse in triangles]

    candidates = [(star_strength(horse), horse) for horse in ranked[3 + TRIANGLE_COUNT :]]
    candidates = [(strength, horse) for strength, horse in candidates if strength is not None and strength >= STAR_MIN_Z]
    if candidates:
        star = max(candidates, key=lambda item: (item[0], -item[1].rank))[1]
        star.mark = "☆"
        marks["☆"] = [star.number]
    return marks


def confidence(ranked: list[HorseScore]) -> tuple[float | None, bool]:
    """Return (confidence 0..1, open race) from the gap between the two best scores."""
    if len(ranked) < 2:
        return None, False
    gap = ranked[0].score - ranked[1].score
    return min(1.0, gap / CONFIDENCE_FULL_GAP), gap < OPEN_RACE_GAP
