"""Records produced by the page parsers.

Every parser turns page bytes into these dataclasses and nothing else. Field names use the
English racing terms (frame, horse number, weight carried, win, place, ...). Display strings
are kept as printed on the page; numbers are NFKC-normalised before conversion.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# nankankeiba.com track codes, as used in race ids and program ids.
TRACKS: dict[str, str] = {"18": "浦和", "19": "船橋", "20": "大井", "21": "川崎"}
TRACK_SLUGS: dict[str, str] = {"18": "urawa", "19": "funabashi", "20": "oi", "21": "kawasaki"}

BET_TYPES: tuple[str, ...] = (
    "win",
    "place",
    "bracket_quinella",
    "bracket_exacta",
    "quinella",
    "exacta",
    "quinella_place",
    "trio",
    "trifecta",
)


@dataclass(slots=True)
class RaceDay:
    """One venue's race day as linked from the month calendar."""

    date: dt.date
    track_code: str
    venue: str
    day_id: str  # 14 digits: YYYYMMDD + track + meeting + day


@dataclass(slots=True)
class ProgramRace:
    """One race line of a day program page."""

    race_id: str  # 16 digits
    race_number: int
    name: str
    post_time: str | None  # "HH:MM", JST
    distance_m: int | None
    field_size: int | None
    card_published: bool  # False while the program shows the race without a card link
    called_off: bool = False  # 取り止め


@dataclass(slots=True)
class Program:
    """A day program: the races of one venue on one day."""

    day_id: str
    date: dt.date
    track_code: str
    venue: str
    races: list[ProgramRace]
    weather: str | None = None
    going: str | None = None


@dataclass(slots=True)
class PastRun:
    """One of a runner's recent runs as shown in a card's past-run cell."""

    date: dt.date
    track: str  # as printed: 大井, 船, JRA, ...
    surface: str | None  # "ダ" or "芝"
    course: str | None  # "内" or "外" where printed
    distance_m: int | None
    going: str | None  # 良, 稍重, 重, 不良
    race_name: str | None
    finish: int | None  # None for a run with a status instead of a position
    status: str | None  # 取消, 除外, 中止, ... when the horse did not finish normally
    field_size: int | None
    gate_number: int | None  # horse number in that race
    popularity: int | None
    jockey: str | None
    weight_carried: float | None
    time_s: float | None  # final time in seconds
    margin_s: float | None  # seconds behind the winner (negative: ahead of the second)
    last_3f_s: float | None  # 上がり3F in seconds
    last_3f_rank: int | None
    passing: list[int] = field(default_factory=list)  # corner positions
    result_race_id: str | None = None  # that race's 16-digit id, when the cell links it


@dataclass(slots=True)
class Runner:
    """One entry on a race card."""

    frame: int
    number: int
    name: str
    origin_mark: str | None  # [J], [兵], ... for horses from other circuits
    sex: str  # 牡, 牝, セ
    age: int
    weight_carried: float | None
    apprentice_mark: str | None  # ▲, △, ◇, ☆
    jockey: str | None
    jockey_id: str | None
    trainer: str | None
    trainer_id: str | None
    horse_id: str | None
    scratched: bool  # 取消 or 除外 before the race
    scratch_reason: str | None = None  # 取消 or 除外
    past_runs: list[PastRun] = field(default_factory=list)


@dataclass(slots=True)
class RaceCard:
    """A race card (`uma_shosai`): race conditions and every entry."""

    race_id: str
    date: dt.date
    track_code: str
    venue: str
    race_number: int
    name: str
    surface: str  # "ダ" for dirt, "芝" for turf
    distance_m: int
    course: str | None  # 内 / 外 where printed
    field_size: int | None  # （N頭） as printed
    post_time: str | None
    runners: list[Runner]
    going: str | None = None
    weather: str | None = None


@dataclass(slots=True)
class ResultRunner:
    """One row of a result page's runner table."""

    position: int | None  # None when the horse has no finishing position
    dead_heat: bool  # 同着: shares the position of the horse above
    status: str | None  # 出走取消, 競走除外, 競走中止, or None for a finisher
    frame: int
    number: int
    name: str
    sex: str | None
    age: int | None
    weight_carried: float | None
    body_weight: int | None
    body_weight_change: int | None
    jockey: str | None
    apprentice_mark: str | None
    trainer: str | None
    time_s: float | None
    margin: str | None  # as printed: クビ, １ 1/2, ...
    last_3f_s: float | None
    passing: list[int]
    popularity: int | None


@dataclass(slots=True)
class Payout:
    """One official payout row: a winning combination and its return per 100 yen."""

    bet_type: str  # one of BET_TYPES
    combination: tuple[int, ...]  # horse numbers, or frame numbers for bracket bets; page order
    yen: int  # per 100 yen
    popularity: int | None


@dataclass(slots=True)
class RaceResult:
    """A result page: the finish, the official payouts and refund notes."""

    race_id: str
    date: dt.date
    track_code: str
    venue: str
    race_number: int
    name: str
    distance_m: int | None
    field_size: int | None
    pending: bool  # True when the result is not confirmed yet (empty runner table)
    runners: list[ResultRunner]
    payouts: list[Payout]
    not_sold: list[str]  # bet types whose payout columns read "-" on every row
    refunded_numbers: list[int]  # from 備考 返還：3,9号馬
    notes: str | None = None  # 備考 text as printed
    weather: str | None = None
    going: str | None = None
