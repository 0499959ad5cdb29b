"""Settlement against the real 船橋 2026-08-28 12R page and hand-built results.

Hand-built results carry the payout rows a result page would print for the case; every
expected return below is computed by hand from those rows.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from predictor.records import Ticket
from predictor.settlement import (
    ResultPending,
    SettledTicket,
    SettlementSummary,
    settle_ticket,
    settle_tickets,
    summarize,
    validate_ticket,
)
from scraper.records import Payout, RaceResult, ResultRunner
from scraper.result import parse_result

REAL_PAGE = "captured/funabashi-2026-08-28/result/2026082819060512.do"


@pytest.fixture(scope="module")
def real_result(request: pytest.FixtureRequest) -> RaceResult:
    path = request.config.rootpath / "tests" / "pages" / REAL_PAGE
    return parse_result(path.read_bytes(), str(path))


def runner(number: int, frame: int, position: int | None = None, *, status: str | None = None,
           dead_heat: bool = False) -> ResultRunner:
    return ResultRunner(
        position=position, dead_heat=dead_heat, status=status, frame=frame, number=number,
        name=f"horse {number}", sex=None, age=None, weight_carried=None, body_weight=None,
        body_weight_change=None, jockey=None, apprentice_mark=None, trainer=None, time_s=None,
        margin=None, last_3f_s=None, passing=[], popularity=None,
    )


# Frames of a 12-runner field: frames 1-4 hold one horse, frames 5-8 hold two.
FRAMES_12 = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 5, 7: 6, 8: 6, 9: 7, 10: 7, 11: 8, 12: 8}


def race(payouts: list[tuple[str, tuple[int, ...], int]], *, positions: dict[int, int] | None = None,
         statuses: dict[int, str] | None = None, refunded: list[int] | None = None,
         not_sold: list[str] | None = None, notes: str | None = None,
         pending: bool = False, entries: int = 12) -> RaceResult:
    # A field of 8 or fewer gives every horse its own frame.
    frames = FRAMES_12 if entries == 12 else {number: number for number in range(1, entries + 1)}
    positions = positions or {}
    statuses = statuses or {}
    runners = [] if pending else [
        runner(number, frame, positions.get(number), status=statuses.get(number))
        for number, frame in frames.items()
    ]
    return RaceResult(
        race_id="2026090120010101", date=dt.date(2026, 9, 1), track_code="20", venue="大井",
        race_number=1, name="test race", distance_m=1200, field_size=entries, pending=pending,
        runners=runners,
        payouts=[Payout(bet_type, combination, yen, None) for bet_type, combination, yen in payouts],
        not_sold=not_sold or [], refunded_numbers=refunded or [], notes=notes,
    )


def settle(result: RaceResult, bet_type: str, *combination: int, units: int = 1) -> SettledTicket:
    return settle_ticket(Ticket(bet_type, tuple(combination), units), result)


# --- the real page: 1st 12 (frame 8), 2nd 7 (frame 5), 3rd 13 (frame 8) ---------------------

REAL_HITS = [
    ("win", (12,), 460),
    ("place", (12,), 220),
    ("place", (7,), 470),
    ("place", (13,), 260),
    ("bracket_quinella", (5, 8), 1720),
    ("bracket_quinella", (8, 5), 1720),
    ("bracket_exacta", (8, 5), 2610),
    ("quinella", (7, 12), 3050),
    ("quinella", (12, 7), 3050),
    ("exacta", (12, 7), 5280),
    ("quinella_place", (7, 12), 1130),
    ("quinella_place", (12, 13), 470),
    ("quinella_place", (13, 7), 1140),
    ("trio", (7, 12, 13), 4540),
    ("trio", (13, 7, 12), 4540),
    ("trifecta", (12, 7, 13), 25580),
]

REAL_MISSES = [
    ("win", (7,)),
    ("place", (3,)),
    ("bracket_quinella", (5, 5)),
    ("bracket_exacta", (5, 8)),
    ("quinella", (12, 13)),
    ("exacta", (7, 12)),
    ("quinella_place", (3, 12)),
    ("trio", (3, 7, 12)),
    ("trifecta", (12, 13, 7)),
    ("trifecta", (7, 12, 13)),
]


@pytest.mark.parametrize(("bet_type", "combination", "yen"), REAL_HITS)
def test_real_page_hit(real_result: RaceResult, bet_type: str, combination: tuple[int, ...],
                       yen: int) -> None:
    settled = settle(real_result, bet_type, *combination)
    assert settled.outcome == "hit"
    assert settled.return_yen == yen


@pytest.mark.parametrize(("bet_type", "combination"), REAL_MISSES)
def test_real_page_miss(real_result: RaceResult, bet_type: str, combination: tuple[int, ...]) -> None:
    settled = settle(real_result, bet_type, *combination)
    assert settled.outcome == "miss"
    assert settled.return_yen == 0


def test_real_page_multi_unit(real_result: RaceResult) -> None:
    trifecta = settle(real_result, "trifecta", 12, 7, 13, units=3)
    place = settle(real_result, "place", 7, units=5)
    miss = settle(real_result, "exacta", 7, 12, units=4)
    assert trifecta.return_yen == 3 * 25580
    assert place.return_yen == 5 * 470
    assert miss.return_yen == 0


def test_real_page_summary(real_result: RaceResult) -> None:
    tickets = [
        Ticket("trio", (7, 12, 13), 2),
        Ticket("exacta", (7, 12)),
        Ticket("win", (12,)),
    ]
    summary = summarize(settle_tickets(tickets, real_result))
    assert summary == SettlementSummary(stake_yen=400, return_yen=2 * 4540 + 460, refunded_yen=0, hit=True)


# --- dead heats ----------------------------------------------------------------------------

# 3 and 5 tie for 1st, 8 is 3rd. Frames: 3 -> 3, 5 -> 5, 8 -> 6.
DEAD_HEAT_FIRST = race(
    [
        ("win", (3,), 250), ("win", (5,), 310),
        ("place", (3,), 120), ("place", (5,), 140), ("place", (8,), 200),
        ("bracket_quinella", (3, 5), 600),
        ("bracket_exacta", (3, 5), 900), ("bracket_exacta", (5, 3), 1000),
        ("quinella", (3, 5), 700),
        ("exacta", (3, 5), 1100), ("exacta", (5, 3), 1300),
        ("quinella_place", (3, 5), 300), ("quinella_place", (3, 8), 500), ("quinella_place", (5, 8), 550),
        ("trio", (3, 5, 8), 2000),
        ("trifecta", (3, 5, 8), 6000), ("trifecta", (5, 3, 8), 6500),
    ],
    positions={3: 1, 5: 1, 8: 3},
)


@pytest.mark.parametrize(
    ("bet_type", "combination", "outcome", "yen"),
    [
        ("win", (3,), "hit", 250),
        ("win", (5,), "hit", 310),
        ("exacta", (3, 5), "hit", 1100),
        ("exacta", (5, 3), "hit", 1300),
        ("exacta", (3, 8), "miss", 0),
        ("bracket_exacta", (5, 3), "hit", 1000),
        ("trifecta", (5, 3, 8), "hit", 6500),
        ("trifecta", (3, 8, 5), "miss", 0),
        ("quinella", (5, 3), "hit", 700),
    ],
)
def test_dead_heat_first(bet_type: str, combination: tuple[int, ...], outcome: str, yen: int) -> None:
    settled = settle(DEAD_HEAT_FIRST, bet_type, *combination)
    assert settled.outcome == outcome
    assert settled.return_yen == yen


# 4 wins, 6 and 9 tie for 2nd. Frames: 4 -> 4, 6 -> 5, 9 -> 7.
DEAD_HEAT_SECOND = race(
    [
        ("win", (4,), 180),
        ("place", (4,), 110), ("place", (6,), 150), ("place", (9,), 330),
        ("bracket_quinella", (4, 5), 400), ("bracket_quinella", (4, 7), 800),
        ("bracket_exacta", (4, 5), 450), ("bracket_exacta", (4, 7), 950),
        ("quinella", (4, 6), 420), ("quinella", (4, 9), 880),
        ("exacta", (4, 6), 500), ("exacta", (4, 9), 1040),
        ("quinella_place", (4, 6), 200), ("quinella_place", (4, 9), 390), ("quinella_place", (6, 9), 760),
        ("trio", (4, 6, 9), 1500),
        ("trifecta", (4, 6, 9), 3900), ("trifecta", (4, 9, 6), 4100),
    ],
    positions={4: 1, 6: 2, 9: 2},
)


@pytest.mark.parametrize(
    ("bet_type", "combination", "outcome", "yen"),
    [
        ("exacta", (4, 9), "hit", 1040),
        ("exacta", (6, 9), "miss", 0),
        ("quinella", (9, 4), "hit", 880),
        ("quinella", (6, 9), "miss", 0),
        ("trifecta", (4, 9, 6), "hit", 4100),
        ("trifecta", (4, 6, 9), "hit", 3900),
        ("bracket_quinella", (7, 4), "hit", 800),
        ("place", (9,), "hit", 330),
    ],
)
def test_dead_heat_second(bet_type: str, combination: tuple[int, ...], outcome: str, yen: int) -> None:
    settled = settle(DEAD_HEAT_SECOND, bet_type, *combination)
    assert settled.outcome == outcome
    assert settled.return_yen == yen


# 2 wins, 7 is 2nd, 1 and 11 tie for 3rd. The page prints no quinella_place row for 1-11.
DEAD_HEAT_THIRD = race(
    [
        ("win", (2,), 300),
        ("place", (2,), 130), ("place", (7,), 210), ("place", (1,), 180), ("place", (11,), 460),
        ("quinella", (2, 7), 900),
        ("exacta", (2, 7), 1500),
        ("quinella_place", (2, 7), 350), ("quinella_place", (1, 2), 240), ("quinella_place", (2, 11), 610),
        ("quinella_place", (1, 7), 420), ("quinella_place", (7, 11), 1270),
        ("trio", (1, 2, 7), 1900), ("trio", (2, 7, 11), 4800),
        ("trifecta", (2, 7, 1), 7700), ("trifecta", (2, 7, 11), 19900),
    ],
    positions={2: 1, 7: 2, 1: 3, 11: 3},
)


@pytest.mark.parametrize(
    ("bet_type", "combination", "outcome", "yen"),
    [
        ("quinella_place", (1, 11), "miss", 0),
        ("quinella_place", (11, 7), "hit", 1270),
        ("quinella_place", (1, 2), "hit", 240),
        ("place", (1,), "hit", 180),
        ("place", (11,), "hit", 460),
        ("trio", (11, 7, 2), "hit", 4800),
        ("trio", (1, 7, 11), "miss", 0),
        ("trifecta", (2, 7, 11), "hit", 19900),
        ("trifecta", (2, 11, 7), "miss", 0),
    ],
)
def test_dead_heat_third(bet_type: str, combination: tuple[int, ...], outcome: str, yen: int) -> None:
    settled = settle(DEAD_HEAT_THIRD, bet_type, *combination)
    assert settled.outcome == outcome
    assert settled.return_yen == yen


def test_dead_heat_multi_unit() -> None:
    settled = settle(DEAD_HEAT_THIRD, "place", 11, units=4)
    assert settled.return_yen == 4 * 460


# --- scratched, excluded and pulled-up horses -------------------------------------------------

# 4 (frame 4, alone) was 出走取消 and 9 (frame 7, with 10) was 競走除外. 1st 1, 2nd 10, 3rd 12.
SCRATCHED = race(
    [
        ("win", (1,), 500),
        ("place", (1,), 160), ("place", (10,), 220), ("place", (12,), 300),
        ("bracket_quinella", (1, 7), 1200),
        ("bracket_exacta", (1, 7), 2100),
        ("quinella", (1, 10), 1800),
        ("exacta", (1, 10), 3300),
        ("quinella_place", (1, 10), 600), ("quinella_place", (1, 12), 700), ("quinella_place", (10, 12), 900),
        ("trio", (1, 10, 12), 5200),
        ("trifecta", (1, 10, 12), 21000),
    ],
    positions={1: 1, 10: 2, 12: 3},
    statuses={4: "出走取消", 9: "競走除外"},
    refunded=[4, 9],
    notes="返還：4,9号馬",
)


@pytest.mark.parametrize(
    ("bet_type", "combination", "outcome", "yen"),
    [
        ("win", (4,), "refund", 100),
        ("place", (9,), "refund", 100),
        ("exacta", (1, 4), "refund", 100),
        ("trifecta", (1, 10, 9), "refund", 100),
        ("trio", (4, 9, 12), "refund", 100),
        ("quinella_place", (9, 12), "refund", 100),
        ("bracket_quinella", (1, 4), "refund", 100),
        ("bracket_exacta", (4, 8), "refund", 100),
        ("bracket_quinella", (7, 7), "refund", 100),
        ("bracket_quinella", (1, 7), "hit", 1200),
        ("bracket_exacta", (1, 7), "hit", 2100),
        ("bracket_exacta", (7, 1), "miss", 0),
        ("trifecta", (1, 10, 12), "hit", 21000),
        ("quinella", (1, 12), "miss", 0),
    ],
)
def test_scratched_excluded(bet_type: str, combination: tuple[int, ...], outcome: str, yen: int) -> None:
    settled = settle(SCRATCHED, bet_type, *combination)
    assert settled.outcome == outcome
    assert settled.return_yen == yen


def test_refund_multi_unit() -> None:
    settled = settle(SCRATCHED, "trio", 4, 9, 12, units=7)
    assert settled.return_yen == 700


def test_refund_from_notes_only() -> None:
    # The runner table has no status for 6, but 備考 returns its stake.
    result = race([("win", (1,), 500)], positions={1: 1}, refunded=[6], notes="返還：6号馬")
    win = settle(result, "win", 6)
    same_frame = settle(result, "bracket_quinella", 5, 5)
    other_frame = settle(result, "bracket_quinella", 1, 5)
    assert win.outcome == "refund"
    assert same_frame.outcome == "refund"
    assert other_frame.outcome == "miss"


# 6 started and did not finish (競走中止). 1st 1, 2nd 2, 3rd 3.
PULLED_UP = race(
    [("win", (1,), 200), ("quinella", (1, 2), 600), ("trio", (1, 2, 3), 1400)],
    positions={1: 1, 2: 2, 3: 3},
    statuses={6: "競走中止"},
)


@pytest.mark.parametrize(
    ("bet_type", "combination"),
    [("win", (6,)), ("quinella", (1, 6)), ("trio", (1, 2, 6)), ("bracket_quinella", (5, 5))],
)
def test_pulled_up_loses(bet_type: str, combination: tuple[int, ...]) -> None:
    settled = settle(PULLED_UP, bet_type, *combination)
    assert settled.outcome == "miss"
    assert settled.return_yen == 0


# --- 特払い, bet types not sold, void race, pending result ---------------------------------------


def test_special_row_without_combination() -> None:
    result = race([("win", (1,), 300), ("trifecta", (), 70)], positions={1: 1, 2: 2, 3: 3})
    any_ticket = settle(result, "trifecta", 5, 6, 7, units=2)
    winner_order = settle(result, "trifecta", 1, 2, 3)
    other_type = settle(result, "win", 2)
    assert any_ticket.outcome == "special"
    assert any_ticket.return_yen == 140
    assert winner_order.outcome == "special"
    assert winner_order.return_yen == 70
    assert other_type.outcome == "miss"


def test_special_row_below_stake() -> None:
    # A hit pays at least 100 yen, so a 70-yen row for the winning combination is 特払い.
    result = race([("trifecta", (1, 2, 3), 70)], positions={1: 1, 2: 2, 3: 3})
    settled = settle(result, "trifecta", 3, 2, 1)
    assert settled.outcome == "special"
    assert settled.return_yen == 70


def test_special_rate_without_figure() -> None:
    result = race([("trio", (), 0)], positions={1: 1, 2: 2, 3: 3})
    settled = settle(result, "trio", 4, 5, 6)
    assert settled.outcome == "special"
    assert settled.return_yen == 70


def test_special_from_notes() -> None:
    result = race([("win", (1,), 300)], positions={1: 1, 2: 2, 3: 3}, notes="複勝 特払い")
    place = settle(result, "place", 9, units=3)
    trio = settle(result, "trio", 1, 2, 3)
    assert place.outcome == "special"
    assert place.return_yen == 240
    assert trio.outcome == "miss"


def test_special_is_not_hit() -> None:
    result = race([("trifecta", (), 70)], positions={1: 1, 2: 2, 3: 3})
    summary = summarize(settle_tickets([Ticket("trifecta", (1, 2, 3))], result))
    assert summary == SettlementSummary(stake_yen=100, return_yen=70, refunded_yen=0, hit=False)


def test_not_sold_bracket_refunds() -> None:
    # Bracket bets are off sale with 8 entries.
    result = race([("win", (1,), 300)], positions={1: 1}, not_sold=["bracket_quinella", "bracket_exacta"],
                  entries=8)
    settled = settle(result, "bracket_exacta", 1, 2)
    assert settled.outcome == "refund"
    assert settled.return_yen == 100


def test_not_sold_place_refunds() -> None:
    # Place is off sale with 4 entries.
    result = race([("win", (1,), 300)], positions={1: 1}, not_sold=["place"], entries=4)
    settled = settle(result, "place", 1, units=2)
    assert settled.outcome == "refund"
    assert settled.return_yen == 200


def test_dash_columns_on_sale_special() -> None:
    # With 12 entries every bet type is on sale, so `-` columns mean no winning ticket was sold.
    result = race([("win", (1,), 300)], positions={1: 1, 2: 2, 3: 3}, not_sold=["place", "bracket_exacta"])
    place = settle(result, "place", 1, units=2)
    bracket = settle(result, "bracket_exacta", 1, 2)
    assert place.outcome == "special"
    assert place.return_yen == 160
    assert bracket.outcome == "special"
    assert bracket.return_yen == 70


def test_void_race_refunds_all() -> None:
    result = race([], notes="競走不成立")
    tickets = [Ticket("win", (1,)), Ticket("trifecta", (1, 2, 3), 5), Ticket("bracket_quinella", (8, 8))]
    settled = settle_tickets(tickets, result)
    assert [item.outcome for item in settled] == ["refund", "refund", "refund"]
    assert [item.return_yen for item in settled] == [100, 500, 100]
    assert summarize(settled) == SettlementSummary(stake_yen=0, return_yen=0, refunded_yen=700, hit=False)


def test_pending_raises() -> None:
    result = race([], pending=True)
    with pytest.raises(ResultPending, match="race 2026090120010101: the result is not confirmed yet"):
        settle(result, "win", 1)


def test_summary_counts_refund_apart() -> None:
    tickets = [Ticket("win", (4,), 2), Ticket("win", (1,)), Ticket("exacta", (10, 1), 3)]
    summary = summarize(settle_tickets(tickets, SCRATCHED))
    assert summary.stake_yen == 400
    assert summary.return_yen == 500
    assert summary.refunded_yen == 200
    assert summary.hit is True


# --- invalid tickets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticket", "message"),
    [
        (Ticket("show", (1,)), "unknown bet type 'show'; expected one of win, place, "),
        (Ticket("exacta", (1, 2, 3)), "exacta needs 2 number(s), got 1-2-3"),
        (Ticket("trio", (1, 2)), "trio needs 3 number(s), got 1-2"),
        (Ticket("quinella", (5, 5)), "quinella 5-5 repeats a horse number"),
        (Ticket("trifecta", (1, 2, 13)), "trifecta 1-2-13: horse number 13 is out of range 1-12"),
        (Ticket("win", (0,)), "win 0: horse number 0 is out of range 1-12"),
        (Ticket("bracket_quinella", (8, 9)), "bracket_quinella 8-9: frame 9 is out of range 1-8"),
        (Ticket("win", (1,), 0), "units must be a positive whole number of 100-yen units, got 0"),
    ],
)
def test_invalid_ticket(ticket: Ticket, message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape("race 2026090120010101: " + message)):
        settle_ticket(ticket, SCRATCHED)


def test_validate_without_result() -> None:
    validate_ticket(Ticket("trifecta", (16, 15, 14)))
    with pytest.raises(ValueError, match="frame 9 is out of range 1-8"):
        validate_ticket(Ticket("bracket_exacta", (9, 1)))


def test_bracket_same_frame_valid() -> None:
    validate_ticket(Ticket("bracket_quinella", (8, 8)), SCRATCHED)



def test_void_without_finisher() -> None:
    result = race([], not_sold=["win", "trio"])
    settled = settle(result, "trio", 1, 2, 3, units=2)
    assert settled.outcome == "refund"
    assert settled.return_yen == 200


# --- edited copies of the real page ----------------------------------------------------------
# Frames of the real field: 1:1 2:2 3:3 4:4 5:4 6:5 7:5 8:6 9:6 10:7 11:7 12:8 13:8.

VARIANT_CASES = {
    # 7 ties 12 for 1st, 13 is 3rd.
    "dead_heat_1st.do": [
        ("win", (12,), 1, "hit", 230),
        ("win", (7,), 2, "hit", 1040),
        ("exacta", (12, 7), 1, "hit", 2640),
        ("exacta", (7, 12), 1, "hit", 3480),
        ("exacta", (12, 13), 1, "miss", 0),
        ("quinella", (12, 7), 1, "hit", 3050),
        ("bracket_exacta", (5, 8), 1, "hit", 1650),
        ("bracket_exacta", (8, 5), 3, "hit", 3930),
        ("trifecta", (7, 12, 13), 1, "hit", 16320),
        ("trifecta", (12, 13, 7), 1, "miss", 0),
    ],
    # 12 wins, 13 ties 7 for 2nd; 12 and 13 share frame 8.
    "dead_heat_2nd.do": [
        ("exacta", (12, 13), 1, "hit", 1060),
        ("exacta", (12, 7), 1, "hit", 2640),
        ("exacta", (7, 13), 1, "miss", 0),
        ("quinella", (13, 12), 1, "hit", 580),
        ("quinella", (7, 13), 1, "miss", 0),
        ("bracket_quinella", (8, 8), 1, "hit", 1150),
        ("bracket_exacta", (8, 8), 1, "hit", 1480),
        ("bracket_exacta", (5, 8), 1, "miss", 0),
        ("trifecta", (12, 13, 7), 1, "hit", 9870),
        ("trio", (13, 7, 12), 1, "hit", 4540),
    ],
    # 12, 7, then 3 ties 13 for 3rd. The page has no quinella_place row for 3-13.
    "dead_heat_3rd.do": [
        ("quinella_place", (3, 13), 1, "miss", 0),
        ("quinella_place", (13, 3), 5, "miss", 0),
        ("quinella_place", (3, 7), 1, "hit", 1260),
        ("quinella_place", (12, 3), 1, "hit", 510),
        ("place", (3,), 1, "hit", 310),
        ("place", (13,), 1, "hit", 240),
        ("trio", (12, 3, 7), 1, "hit", 3180),
        ("trio", (3, 12, 13), 1, "miss", 0),
        ("trifecta", (12, 7, 3), 1, "hit", 15460),
        ("trifecta", (12, 3, 7), 1, "miss", 0),
    ],
    # 3 (alone in frame 3) is 出走取消, 9 (frame 6, with 8) is 競走除外.
    "scratched_excluded.do": [
        ("win", (3,), 1, "refund", 100),
        ("place", (9,), 2, "refund", 200),
        ("trifecta", (12, 7, 9), 1, "refund", 100),
        ("quinella_place", (9, 12), 1, "refund", 100),
        ("bracket_quinella", (3, 8), 1, "refund", 100),
        ("bracket_exacta", (8, 3), 1, "refund", 100),
        ("bracket_quinella", (6, 6), 1, "refund", 100),
        ("bracket_quinella", (6, 8), 1, "miss", 0),
        ("bracket_exacta", (8, 5), 1, "hit", 2610),
        ("trio", (7, 12, 13), 3, "hit", 13620),
    ],
    # 4 started and did not finish (競走中止); it shares frame 4 with 5.
    "did_not_finish.do": [
        ("win", (4,), 1, "miss", 0),
        ("quinella", (4, 12), 1, "miss", 0),
        ("trio", (4, 7, 12), 1, "miss", 0),
        ("bracket_quinella", (4, 8), 1, "miss", 0),
        ("trifecta", (12, 7, 13), 1, "hit", 25580),
    ],
    # 三連単 reads `-` on every row of a 13-runner race, where it was on sale: 特払い at 70 yen.
    "not_sold.do": [
        ("trifecta", (12, 7, 13), 2, "special", 140),
        ("trifecta", (1, 2, 3), 1, "special", 70),
        ("trifecta", (12, 7, 9), 1, "special", 70),
        ("trio", (7, 12, 13), 1, "hit", 4540),
        ("exacta", (7, 12), 1, "miss", 0),
    ],
    # 競走不成立: every ticket is refunded.
    "void_race.do": [
        ("win", (12,), 1, "refund", 100),
        ("place", (7,), 3, "refund", 300),
        ("bracket_quinella", (5, 8), 1, "refund", 100),
        ("trifecta", (12, 7, 13), 2, "refund", 200),
        ("quinella_place", (3, 13), 1, "refund", 100),
    ],
}


def variant(request: pytest.FixtureRequest, name: str) -> RaceResult:
    path = request.config.rootpath / "tests" / "pages" / "variants" / "funabashi-2026-08-28" / name
    return parse_result(path.read_bytes(), str(path))


@pytest.mark.parametrize(
    ("name", "bet_type", "combination", "units", "outcome", "yen"),
    [(name, *case) for name, cases in VARIANT_CASES.items() for case in cases],
)
def test_variant_page(request: pytest.FixtureRequest, name: str, bet_type: str,
                      combination: tuple[int, ...], units: int, outcome: str, yen: int) -> None:
    settled = settle(variant(request, name), bet_type, *combination, units=units)
    assert settled.outcome == outcome
    assert settled.return_yen == yen


def test_variant_scratched_summary(request: pytest.FixtureRequest) -> None:
    tickets = [Ticket("win", (3,), 2), Ticket("win", (12,)), Ticket("trifecta", (12, 13, 7), 4)]
    summary = summarize(settle_tickets(tickets, variant(request, "scratched_excluded.do")))
    assert summary == SettlementSummary(stake_yen=500, return_yen=460, refunded_yen=200, hit=True)


def test_variant_special_summary(request: pytest.FixtureRequest) -> None:
    tickets = [Ticket("trifecta", (12, 7, 13)), Ticket("exacta", (7, 12))]
    summary = summarize(settle_tickets(tickets, variant(request, "not_sold.do")))
    assert summary == SettlementSummary(stake_yen=200, return_yen=70, refunded_yen=0, hit=False)


def test_variant_pending_raises(request: pytest.FixtureRequest) -> None:
    result = variant(request, "pending.do")
    with pytest.raises(ResultPending, match="^race 2026082819060512: "):
        settle(result, "win", 12)
