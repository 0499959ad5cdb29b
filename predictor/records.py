"""Records produced by the predictor and consumed by the publisher and settlement."""

from __future__ import annotations

from dataclasses import dataclass, field

MARKS: tuple[str, ...] = ("◎", "○", "▲", "△", "☆")
STAKE_PER_TICKET_YEN = 100


@dataclass(frozen=True, slots=True)
class Ticket:
    """One bet: a bet type from scraper.records.BET_TYPES, a combination and a stake.

    `combination` contains horse numbers (frame numbers for bracket bets) in the order written:
    finish order for exacta, trifecta and bracket_exacta, ascending for the unordered types.
    """

    bet_type: str
    combination: tuple[int, ...]
    units: int = 1  # 100-yen units

    @property
    def stake_yen(self) -> int:
        return self.units * STAKE_PER_TICKET_YEN


@dataclass(slots=True)
class BetLine:
    """A group of tickets placed by one rule of the strategy, e.g. 馬単 ◎→○▲."""

    bet_type: str
    label: str  # Japanese display, e.g. "馬単 ◎→○▲"
    tickets: list[Ticket]

    @property
    def stake_yen(self) -> int:
        return sum(ticket.stake_yen for ticket in self.tickets)


@dataclass(slots=True)
class HorseScore:
    """One runner's score, its components and the data it lacked."""

    number: int
    frame: int
    name: str
    score: float | None  # None for a scratched horse
    components: dict[str, float | None]  # factor name -> within-race z-score (None: no data)
    raw: dict[str, float | None]  # factor name -> value before standardising
    flags: list[str]  # missing-data flags, e.g. "no_past_runs", "no_last_3f"
    mark: str | None = None
    scratched: bool = False
    rank: int | None = None
    # Facts from the card, shown beside the score so readers see who rides and what is carried.
    jockey: str | None = None
    apprentice_mark: str | None = None  # ▲, △, ◇, ☆
    weight_carried: float | None = None
    sex: str | None = None
    age: int | None = None


@dataclass(slots=True)
class RacePrediction:
    """The predictor's output for one race."""

    race_id: str
    race_number: int
    race_name: str
    distance_m: int
    surface: str
    post_time: str | None
    horses: list[HorseScore]
    marks: dict[str, list[int]] = field(default_factory=dict)  # mark -> horse numbers
    confidence: float | None = None  # 0..1, higher = clearer favourite
    open_race: bool = False  # 混戦: the top scores are too close to call
    bets: list[BetLine] = field(default_factory=list)
    skipped_reason: str | None = None  # Japanese reason when the race is not predicted

    @property
    def tickets(self) -> list[Ticket]:
        return [ticket for line in self.bets for ticket in line.tickets]

    @property
    def stake_yen(self) -> int:
        return sum(line.stake_yen for line in self.bets)
