"""Score the runners of one race card with a fixed, transparent formula (no learning).

Every factor is computed per runner from the card alone, then combined as a weighted mean.
All constants below are public handicapping conventions or stated estimates. Only a backtest
over archived races should change them.

Speed figure (Nishida style), one per valid past run::

    figure = (standard time - time) x 10 x distance factor
             + (weight carried - 55) x 2 + 80 + going adjustment

- 0.1 s faster than the standard time is 1 point before the distance factor, 1 kg above
  55 kg is 2 points, and a run exactly on the standard time with 55 kg scores 80.
- Distance factor (fixed table): 1000 m 1.4, 1200 m 1.2, 1400-1500 m 1.1, 1600 m 1.0,
  1700-1800 m 0.9, 1900-2000 m 0.8, 2100 m and longer 0.7. Distances between rows take the
  factor of the next longer row (1300 m 1.1, 1650 m 0.9); distances under 1000 m take 1.4.
- Going adjustment, in points: 良 0, 稍重 -3, 重 -5, 不良 -7. Nankan dirt gets faster as it
  gets wetter, so a time on wet going is worth less. These points are estimates. A run
  without a printed going gets no adjustment and the horse is flagged `going_unknown`.
- Standard times come from `standard_times.csv` by track, course (内/外 where printed) and
  distance. The first values are estimates chosen by hand on 2026-12-04 from typical winning
  times of Nankan middle classes (about B3 to C1) on 良 going, before any fit. A backtest over
  the archived result pages will refit each one as the mean 1st-3rd time of middle-class races
  for its track, course and distance. A run at a track outside
  Nankan (JRA, other NAR circuits) or at a distance without a standard time is skipped and
  flagged (`other_circuit_runs_skipped`, `no_standard_time`).
- A run counts only when it finished with a time, on dirt, with a known weight carried. A
  Nankan run whose weight carried is missing is flagged `no_run_weight_carried`.
- Speed term (`speed`): the mean of the best 2 figures among the 5 most recent valid runs
  (one figure when only one run is valid).

Closing terms, from 上がり3F of the 3 most recent dirt runs that show it:

- `last_3f`: mean 上がり3F in seconds (lower is better; a Nankan dirt 上がり is about 39-40 s).
- `last_3f_rank`: mean relative 3F rank in those races, (rank - 1) / (field size - 1), so 0 is
  the fastest finisher of its race and 1 the slowest.

Jockey term (`jockey`): the mean finishing percentile, 1 - (finish - 1) / (field size - 1),
of every ride by today's jockey that appears in the past-run cells of this card (all
runners, up to 5 runs each). It needs at least 3 such rides, else it is missing and flagged
`few_jockey_rides`. It measures only those rides: a small sample from horses of this class,
and a jockey matches only when the short name printed in the past-run cell equals the
card's name after apprentice marks and home-track brackets are removed.

Position and condition terms, each already on the z scale and not standardised again:

- `post`: strength x within-race z-score of (-horse number), so inner horse numbers score
  higher when the strength is positive. Strength by track: 川崎 0.8 (strongly inside),
  浦和 0.5 and 1.0 at 1600 m, 船橋 -0.2 (slightly outside) but 0.4 at 1200/1500/2000 m,
  大井 0.0 and 0.3 on 良 going.
- `layoff`: -1.0 when 180 days or more passed since the last run the horse started, else 0.
- `distance_change`: 0 while today's distance is within 200 m of the mean distance of the
  last 3 started runs, then falling linearly to -1.0 at a 600 m difference and beyond.
- `weight_carried`: today's weight carried from the card against the mean of the
  non-scratched runners that have one, lighter is better. The Nishida convention above values
  1 kg at POINTS_PER_KG = 2 speed-figure points, and SPEED_FIGURE_SPREAD = 10 points is taken
  as one within-race standard deviation of speed figures, so the term is
  -(weight - field mean) x 2 / 10, i.e. 0.2 z per kg lighter. Its weight equals the weight of
  `speed`, so 1 kg moves the score as much as 2 speed-figure points would in a race whose
  figures spread by 10 points. A runner without a printed weight is flagged `no_weight_carried`.

Combination: `speed`, `last_3f`, `last_3f_rank` and `jockey` become within-race z-scores
over the non-scratched runners that have a value (population standard deviation; when fewer
than 2 runners have a value or all values are equal, each present value gets z = 0). The
score is the weighted mean over the components a horse has, sum(w x z) / sum(w), with the
weights in WEIGHTS. A missing component stays None and is flagged, never filled. A debutant
(no past runs) is scored on `post`, `weight_carried` and, when available, `jockey`, and flagged
`no_past_runs`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from scraper.records import TRACKS, RaceCard

STANDARD_TIMES_PATH = Path(__file__).with_name("standard_times.csv")

# Component weights: the only place the factors are weighted against each other.
WEIGHTS: dict[str, float] = {
    "speed": 0.45,
    "last_3f": 0.12,
    "last_3f_rank": 0.08,
    "jockey": 0.10,
    "post": 0.08,
    "layoff": 0.10,
    "distance_change": 0.07,
    # Equal to "speed", so that 1 kg carried counts as POINTS_PER_KG speed-figure points.
    "weight_carried": 0.45,
}
COMPONENTS: tuple[str, ...] = tuple(WEIGHTS)
# Components standardised within the race; the others are already on the z scale.
STANDARDISED: tuple[str, ...] = ("speed", "last_3f", "last_3f_rank", "jockey")

BASE_FIGURE = 80.0
BASE_WEIGHT_KG = 55.0
POINTS_PER_SECOND = 10.0
POINTS_PER_KG = 2.0
# Rows of (longest distance in m, factor). Distances longer than the last row take LONG_DISTANCE_FACTOR.
DISTANCE_FACTORS: tuple[tuple[int, float], ...] = (
    (1000, 1.4),
    (1200, 1.2),
    (1500, 1.1),
    (1600, 1.0),
    (1800, 0.9),
    (2000, 0.8),
)
LONG_DISTANCE_FACTOR = 0.7
GOING_POINTS: dict[str, float] = {"良": 0.0, "稍重": -3.0, "重": -5.0, "不良": -7.0}
SPEED_RUNS = 5
SPEED_BEST = 2
CLOSING_RUNS = 3

JOCKEY_MIN_RIDES = 3

POST_BIAS_BY_TRACK: dict[str, float] = {"川崎": 0.8, "浦和": 0.5, "船橋": -0.2, "大井": 0.0}
POST_BIAS_BY_DISTANCE: dict[tuple[str, int], float] = {
    ("浦和", 1600): 1.0,
    ("船橋", 1200): 0.4,
    ("船橋", 1500): 0.4,
    ("船橋", 2000): 0.4,
}
POST_BIAS_BY_GOING: dict[tuple[str, str], float] = {("大井", "良"): 0.3}

LAYOFF_DAYS = 180
LAYOFF_PENALTY = -1.0
DISTANCE_CHANGE_FREE_M = 200
DISTANCE_CHANGE_FULL_M = 600
DISTANCE_CHANGE_PENALTY = -1.0
DISTANCE_RUNS = 3

# Estimate of the within-race standard deviation of speed figures, in points: the 13 figures
# of the sample 川崎 2025-01-01 1400 m card in tests/pages spread by 10.7.
# NOTE: measured on one card only, so a backtest over archived races should set it.
SPEED_FIGURE_SPREAD = 10.0

# Past-run track strings as printed (one kanji or the full name) -> Nankan track name.
TRACK_ALIASES: dict[str, str] = {
    "浦": "浦和",
    "浦和": "浦和",
    "船": "船橋",
    "船橋": "船橋",
    "大": "大井",
    "大井": "大井",
    "川": "川崎",
    "川崎": "川崎",
}
# A past run with one of these statuses started the race (it counts for layoff and distance).
STARTED_STATUSES = frozenset({"中止", "競走中止"})

# Per-horse flags, in the order they are reported.
FLAGS: tuple[str, ...] = (
    "no_past_runs",
    "no_started_run",
    "other_circuit_runs_skipped",
    "no_standard_time",
    "no_run_weight_carried",
    "going_unknown",
    "no_speed_figure",
    "no_last_3f",
    "no_last_3f_rank",
    "no_jockey",
    "few_jockey_rides",
    "no_weight_carried",
)

_JOCKEY_NOISE = re.compile(r"[\s▲△◇☆★]|[（(][^）)]*[）)]")


@functools.lru_cache(maxsize=4)
def load_standard_times(path: Path = STANDARD_TIMES_PATH) -> pd.DataFrame:
    """Read the standard-time table: columns track, course ('' for any), distance_m, standard_time_s."""
    table = pd.read_csv(path, comment="#", dtype={"track": str, "course": str})
    table["course"] = table["course"].fillna("")
    duplicated = table.duplicated(["track", "course", "distance_m"])
    if duplicated.any():
        rows = table.loc[duplicated, ["track", "course", "distance_m"]].to_dict("records")
        raise ValueError(f"{path}: duplicate standard-time rows {rows}; keep one row per track, course and distance")
    return table


def normalise_track(text: str | None) -> str | None:
    """Map a past-run track string ('船', '大井', ...) to a Nankan track name; None for other circuits."""
    if not text:
        return None
    return TRACK_ALIASES.get(unicodedata.normalize("NFKC", text).strip())


def jockey_key(name: str | None) -> str | None:
    """Reduce a jockey name to the form used for matching: no spaces, apprentice marks or (home track)."""
    # NOTE: names match only when equal, so a past-run cell that shortens a name differently
    # from the card loses those rides.
    if not name:
        return None
    key = _JOCKEY_NOISE.sub("", unicodedata.normalize("NFKC", name))
    return key or None


def distance_factors(distance_m: pd.Series) -> pd.Series:
    """Return the fixed-table distance factor for each distance (NaN stays NaN)."""
    limits = np.array([limit for limit, _ in DISTANCE_FACTORS])
    factors = np.array([factor for _, factor in DISTANCE_FACTORS] + [LONG_DISTANCE_FACTOR])
    values = distance_m.to_numpy(dtype=float)
    positions = np.searchsorted(limits, np.nan_to_num(values, nan=0.0), side="left")
    return pd.Series(np.where(np.isnan(values), np.nan, factors[positions]), index=distance_m.index)


def within_race_z(values: pd.Series) -> pd.Series:
    """Standardise values over the runners that have one; missing values stay NaN."""
    present = values.dropna()
    if len(present) < 2:
        return values.where(values.isna(), 0.0)
    spread = present.std(ddof=0)
    if spread == 0:
        return values.where(values.isna(), 0.0)
    return (values - present.mean()) / spread


def post_bias(track: str, distance_m: int, going: str | None) -> float:
    """Return the post-position strength for a race: positive favours inner horse numbers."""
    if going is not None and (track, going) in POST_BIAS_BY_GOING:
        return POST_BIAS_BY_GOING[(track, going)]
    if (track, distance_m) in POST_BIAS_BY_DISTANCE:
        return POST_BIAS_BY_DISTANCE[(track, distance_m)]
    return POST_BIAS_BY_TRACK.get(track, 0.0)


def runner_frame(card: RaceCard) -> pd.DataFrame:
    """Build one row per runner, indexed by horse number."""
    rows = [
        {
            "number": runner.number,
            "frame": runner.frame,
            "name": runner.name,
            "scratched": runner.scratched,
            "jockey_key": jockey_key(runner.jockey),
            "weight_carried": runner.weight_carried,
            "past_run_count": len(runner.past_runs),
        }
        for runner in card.runners
    ]
    runners = pd.DataFrame(rows).set_index("number")
    runners["weight_carried"] = runners["weight_carried"].astype(float)
    return runners


def past_run_frame(card: RaceCard) -> pd.DataFrame:
    """Build one row per past run of every runner; `order` 0 is the newest run."""
    rows = [
        {
            "number": runner.number,
            "order": order,
            "date": pd.Timestamp(run.date),
            "track": normalise_track(run.track),
            "surface": run.surface,
            "course": run.course or "",
            "distance_m": run.distance_m,
            "going": run.going,
            "finish": run.finish,
            "status": run.status,
            "field_size": run.field_size,
            "jockey_key": jockey_key(run.jockey),
            "weight_carried": run.weight_carried,
            "time_s": run.time_s,
            "last_3f_s": run.last_3f_s,
            "last_3f_rank": run.last_3f_rank,
        }
        for runner in card.runners
        for order, run in enumerate(runner.past_runs)
    ]
    columns = ["number", "order", "date", "track", "surface", "course", "distance_m", "going", "finish",
               "status", "field_size", "jockey_key", "weight_carried", "time_s", "last_3f_s", "last_3f_rank"]
    runs = pd.DataFrame(rows, columns=columns)
    numeric = ["distance_m", "finish", "field_size", "weight_carried", "time_s", "last_3f_s", "last_3f_rank"]
    runs[numeric] = runs[numeric].astype(float)
    runs["date"] = pd.to_datetime(runs["date"])
    return runs


def attach_standard_times(runs: pd.DataFrame) -> pd.DataFrame:
    """Add `standard_time_s`: the course-specific row first, else the track's row with no course."""
    table = load_standard_times()
    keys = ["track", "course", "distance_m"]
    exact = runs[keys].merge(table, on=keys, how="left")["standard_time_s"]
    any_course = runs[["track", "distance_m"]].assign(course="").merge(table, on=keys, how="left")["standard_time_s"]
    runs = runs.copy()
    runs["standard_time_s"] = exact.fillna(any_course).to_numpy()
    return runs


def speed_figures(runs: pd.DataFrame) -> pd.DataFrame:
    """Add `figure` and `valid` columns: the speed figure of every run that qualifies for one."""
    runs = attach_standard_times(runs)
    finished = runs["status"].isna() & runs["finish"].notna() & runs["time_s"].notna()
    on_dirt = runs["surface"].isna() | (runs["surface"] == "ダ")
    runs["nankan"] = runs["track"].notna()
    runs["has_standard"] = runs["standard_time_s"].notna()
    runs["needs_figure"] = finished & on_dirt
    runs["valid"] = runs["needs_figure"] & runs["has_standard"] & runs["weight_carried"].notna()

    going = runs["going"].map(GOING_POINTS)
    runs["going_known"] = going.notna()
    runs["figure"] = (
        (runs["standard_time_s"] - runs["time_s"]) * POINTS_PER_SECOND * distance_factors(runs["distance_m"])
        + (runs["weight_carried"] - BASE_WEIGHT_KG) * POINTS_PER_KG
        + BASE_FIGURE
        + going.fillna(0.0)
    ).where(runs["valid"])
    return runs


def speed_terms(runs: pd.DataFrame) -> pd.Series:
    """Return each horse's speed term: mean of the best SPEED_BEST figures of its last SPEED_RUNS valid runs."""
    valid = runs[runs["valid"]].sort_values(["number", "order"])
    recent = valid[valid.groupby("number").cumcount() < SPEED_RUNS]
    best = recent.sort_values(["number", "figure"], ascending=[True, False]).groupby("number").head(SPEED_BEST)
    return best.groupby("number")["figure"].mean()


def closing_terms(runs: pd.DataFrame) -> pd.DataFrame:
    """Return mean 上がり3F seconds and mean relative 3F rank over the last CLOSING_RUNS dirt runs."""
    # NOTE: 上がり3F seconds are not adjusted for distance or going, so sprinters read as closers.
    on_dirt = runs["surface"].isna() | (runs["surface"] == "ダ")
    with_3f = runs[on_dirt & runs["last_3f_s"].notna()].sort_values(["number", "order"])
    recent = with_3f[with_3f.groupby("number").cumcount() < CLOSING_RUNS]
    relative_rank = (recent["last_3f_rank"] - 1) / (recent["field_size"] - 1)
    relative_rank = relative_rank.where(recent["field_size"] > 1)
    return pd.DataFrame(
        {
            "last_3f": recent.groupby("number")["last_3f_s"].mean(),
            "last_3f_rank": relative_rank.groupby(recent["number"]).mean(),
        }
    )


def jockey_terms(runners: pd.DataFrame, runs: pd.DataFrame) -> pd.DataFrame:
    """Return each runner's jockey finishing percentile and the number of rides it rests on."""
    rides = runs[runs["jockey_key"].notna() & runs["finish"].notna() & (runs["field_size"] > 1)]
    percentile = 1 - (rides["finish"] - 1) / (rides["field_size"] - 1)
    by_jockey = percentile.groupby(rides["jockey_key"]).agg(["mean", "count"])
    joined = runners[["jockey_key"]].join(by_jockey, on="jockey_key")
    rides_count = joined["count"].fillna(0).astype(int)
    return pd.DataFrame(
        {"jockey": joined["mean"].where(rides_count >= JOCKEY_MIN_RIDES), "jockey_rides": rides_count},
        index=runners.index,
    )


def condition_terms(card: RaceCard, runs: pd.DataFrame) -> pd.DataFrame:
    """Return days since the last started run and the distance change against the last started runs."""
    started = runs[(runs["status"].isna() & runs["finish"].notna()) | runs["status"].isin(STARTED_STATUSES)]
    started = started.sort_values(["number", "order"])
    last_date = started.groupby("number")["date"].max()
    layoff_days = (pd.Timestamp(card.date) - last_date).dt.days.astype(float)

    with_distance = started[started["distance_m"].notna()]
    recent = with_distance[with_distance.groupby("number").cumcount() < DISTANCE_RUNS]
    distance_change = card.distance_m - recent.groupby("number")["distance_m"].mean()
    return pd.DataFrame({"layoff": layoff_days, "distance_change": distance_change, "started_runs": started.groupby("number").size()})


def run_flags(runs: pd.DataFrame) -> pd.DataFrame:
    """Return per-horse booleans for past-run problems that made runs unusable."""
    flags = pd.DataFrame(
        {
            "other_circuit_runs_skipped": runs["needs_figure"] & ~runs["nankan"],
            "no_standard_time": runs["needs_figure"] & runs["nankan"] & ~runs["has_standard"],
            "no_run_weight_carried": runs["needs_figure"] & runs["has_standard"] & runs["weight_carried"].isna(),
            "going_unknown": runs["valid"] & ~runs["going_known"],
        }
    )
    return flags.groupby(runs["number"]).any()


def weight_carried_term(weight_carried: pd.Series) -> pd.Series:
    """Convert today's weights carried (kg) into z-scale values: 0.2 per kg under the field mean.

    The mean is taken over the values present; a missing weight stays NaN.
    """
    deviation_kg = weight_carried - weight_carried.mean()
    return -deviation_kg * POINTS_PER_KG / SPEED_FIGURE_SPREAD


def score_runners(card: RaceCard) -> pd.DataFrame:
    """Score every runner of the card.

    Returns one row per runner indexed by horse number with: frame, name, scratched, the raw
    value of each component (`raw_<name>`), its z-scale value (`<name>`; NaN when missing),
    `score` (NaN for scratched runners) and one boolean column per flag in FLAGS.
    """
    runners = runner_frame(card)
    runs = speed_figures(past_run_frame(card))
    active = runners[~runners["scratched"]]

    raw = pd.DataFrame(index=runners.index)
    raw["speed"] = speed_terms(runs)
    raw = raw.join(closing_terms(runs)).join(jockey_terms(runners, runs)).join(condition_terms(card, runs))
    raw["post"] = runners.index.to_series().astype(float)
    raw["weight_carried"] = runners["weight_carried"]

    table = runners.copy()
    for name in COMPONENTS:
        table[f"raw_{name}"] = raw[name]

    # Lower seconds, lower relative rank and lower horse number are better: negate before z.
    direction = {"speed": 1.0, "last_3f": -1.0, "last_3f_rank": -1.0, "jockey": 1.0}
    for name in STANDARDISED:
        table[name] = within_race_z(direction[name] * raw.loc[active.index, name])
    track = TRACKS.get(card.track_code, card.venue)
    table["post"] = post_bias(track, card.distance_m, card.going) * within_race_z(-raw.loc[active.index, "post"])
    table["layoff"] = np.where(raw["layoff"] >= LAYOFF_DAYS, LAYOFF_PENALTY, 0.0)
    table["layoff"] = table["layoff"].where(raw["layoff"].notna())
    excess = (raw["distance_change"].abs() - DISTANCE_CHANGE_FREE_M).clip(lower=0)
    share = (excess / (DISTANCE_CHANGE_FULL_M - DISTANCE_CHANGE_FREE_M)).clip(upper=1.0)
    table["distance_change"] = share * DISTANCE_CHANGE_PENALTY + 0.0
    table["weight_carried"] = weight_carried_term(raw.loc[active.index, "weight_carried"])

    components = table.loc[active.index, list(COMPONENTS)]
    weights = pd.Series(WEIGHTS)
    weighted_sum = components.mul(weights).sum(axis=1, skipna=True)
    weight_present = components.notna().mul(weights).sum(axis=1)
    table["score"] = (weighted_sum / weight_present.where(weight_present > 0))
    table.loc[runners["scratched"], list(COMPONENTS)] = np.nan

    flags = run_flags(runs).reindex(runners.index, fill_value=False)
    has_runs = runners["past_run_count"] > 0
    table["no_past_runs"] = ~has_runs
    table["no_started_run"] = has_runs & raw["started_runs"].isna()
    for name in flags.columns:
        table[name] = flags[name].astype(bool)
    table["no_speed_figure"] = has_runs & raw["speed"].isna()
    table["no_last_3f"] = has_runs & raw["last_3f"].isna()
    table["no_last_3f_rank"] = has_runs & raw["last_3f"].notna() & raw["last_3f_rank"].isna()
    table["no_jockey"] = runners["jockey_key"].isna()
    table["few_jockey_rides"] = runners["jockey_key"].notna() & raw["jockey"].isna()
    table["no_weight_carried"] = runners["weight_carried"].isna()
    table["jockey_rides"] = raw["jockey_rides"]
    return table
