"""Settle tickets against a race result exactly as the racecourse pays them.

Every winning ticket is found by matching the official payout rows of the result page,
never by deriving winners from finishing positions. So dead heats (several rows of one bet
type) and a tie for 3rd (the two tied horses' pair has no quinella_place row) come out the
way the page pays them.

Outcomes, checked in this order:

- ``refund``: the race is void (競走不成立), the bet type was not sold, or a horse in the
  combination was 出走取消 or 競走除外 (its runner status, or its number in 備考 返還).
  Bracket bets are refunded only when a frame of the combination has no starter left, and a
  same-frame combination such as 3-3 also when its frame has fewer than two starters.
  ``return_yen`` is the stake.
- ``hit``: the sum over every payout row the ticket matches, times the ticket's units.
- ``special``: 特払い, no winning ticket of that bet type was sold, so every ticket of the
  type gets the special rate.
- ``miss``: anything else, including a horse that started and did not finish (競走中止).

How the page's states reach this module through ``RaceResult``:

- ``-`` columns: a bet type whose columns read ``-`` on every row is listed in ``not_sold``.
  The page prints it that way both for a type that was off sale and for 特払い, so the sale
  rules decide (``is_on_sale``). Place needs 5 or more entries and the bracket types 9 or
  more, counted over every runner row, scratched horses included. A type that was off sale
  is refunded, because its tickets could not be bought. A type that was on sale had a
  winner but no winning ticket, so it is 特払い at the rate-based figure.
- 特払い rows: a hit never pays less than 100 yen per 100. So a payout row below 100 yen, or
  a row without a combination, is read as 特払い for its bet type, and its ``yen`` is the
  rate. Such a row with no figure (``yen`` 0) gives the rate-based figure of
  ``SPECIAL_RATE_YEN``, and so does a 備考 text naming 特払 and the bet type.
- Void race: 備考 contains 不成立, or no runner of the confirmed table has a position.
- Pending: ``RaceResult.pending`` is True while the runner table is empty. Settling such a
  result raises ``ResultPending``, because a miss or a refund would be recorded too early.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from predictor.records import Ticket
from scraper.records import BET_TYPES, Payout, RaceResult

HIT = "hit"
MISS = "miss"
REFUND = "refund"
SPECIAL = "special"
OUTCOMES: tuple[str, ...] = (HIT, MISS, REFUND, SPECIAL)

NON_STARTER_STATUSES: frozenset[str] = frozenset({"出走取消", "競走除外"})

COMBINATION_LENGTHS: dict[str, int] = {
    "win": 1,
    "place": 1,
    "bracket_quinella": 2,
    "bracket_exacta": 2,
    "quinella": 2,
    "exacta": 2,
    "quinella_place": 2,
    "trio": 3,
    "trifecta": 3,
}
ORDERED_TYPES: frozenset[str] = frozenset({"exacta", "trifecta", "bracket_exacta"})
BRACKET_TYPES: frozenset[str] = frozenset({"bracket_quinella", "bracket_exacta"})
MAX_FRAME = 8
MIN_HIT_YEN = 100  # a winning ticket is paid at least its stake
MIN_ENTRIES_PLACE = 5  # place is not sold with 4 or fewer entries
MIN_ENTRIES_BRACKET = 9  # bracket bets are sold with 9 or more entries

# 備考 labels of each bet type, used only to read a 特払い note that has no payout row.
PAGE_LABELS: dict[str, tuple[str, ...]] = {
    "win": ("単勝",),
    "place": ("複勝",),
    "bracket_quinella": ("枠複", "枠連"),
    "bracket_exacta": ("枠単",),
    "quinella": ("普通馬複", "馬複", "馬連"),
    "exacta": ("馬単",),
    "quinella_place": ("ワイド",),
    "trio": ("三連複", "3連複"),
    "trifecta": ("三連単", "3連単"),
}

# Yen per 100 paid as 特払い when the page prints no figure: the bet type's payout rate
# applied to the stake and floored to 10 yen. Win and place pay 80% (80 yen), the other
# types 70-something percent (70 yen).
# NOTE: this rule could not be checked against a real 特払い page.
SPECIAL_RATE_YEN: dict[str, int] = {
    bet_type: (80 if bet_type in ("win", "place") else 70) for bet_type in BET_TYPES
}


class ResultPending(Exception):
    """Raised for a result that is not confirmed yet (empty runner table).

    Settle again after the result is published.
    """

    def __init__(self, race_id: str) -> None:
        self.race_id = race_id
        super().__init__(
            f"race {race_id}: the result is not confirmed yet; settle again after it is published"
        )


@dataclass(frozen=True, slots=True)
class SettledTicket:
    """A ticket with its outcome and the yen paid back for it (the stake for a refund)."""

    ticket: Ticket
    outcome: str  # one of OUTCOMES
    return_yen: int


@dataclass(frozen=True, slots=True)
class SettlementSummary:
    """Totals of settled tickets. Refunded stake is left out of stake and return alike."""

    stake_yen: int  # stake of the tickets not refunded
    return_yen: int  # paid on hits and specials
    refunded_yen: int  # stake given back for refunded tickets
    hit: bool  # at least one ticket is a hit; refunds and specials are not hits


def settle_tickets(tickets: Iterable[Ticket], result: RaceResult) -> list[SettledTicket]:
    """Settle each ticket against one result, in the order given."""
    return [settle_ticket(ticket, result) for ticket in tickets]


def settle_ticket(ticket: Ticket, result: RaceResult) -> SettledTicket:
    """Settle one ticket from the official payout rows of ``result``.

    Raises ResultPending for an unconfirmed result and ValueError for an invalid ticket.
    """
    if result.pending:
        raise ResultPending(result.race_id)
    try:
        validate_ticket(ticket, result)
    except ValueError as exc:
        raise ValueError(f"race {result.race_id}: {exc}") from exc

    if _is_refunded(ticket, result):
        return SettledTicket(ticket, REFUND, ticket.stake_yen)

    matched_yen = sum(
        payout.yen
        for payout in result.payouts
        if payout.bet_type == ticket.bet_type
        and not _is_special_row(payout)
        and _matches(ticket, payout.combination)
    )
    if matched_yen:
        return SettledTicket(ticket, HIT, matched_yen * ticket.units)

    special_yen = _special_rates(result).get(ticket.bet_type)
    if special_yen is not None:
        return SettledTicket(ticket, SPECIAL, special_yen * ticket.units)
    return SettledTicket(ticket, MISS, 0)


def summarize(settled: Iterable[SettledTicket]) -> SettlementSummary:
    """Total the stake, return and refunded stake of settled tickets."""
    stake_yen = 0
    return_yen = 0
    refunded_yen = 0
    hit = False
    for item in settled:
        if item.outcome == REFUND:
            refunded_yen += item.ticket.stake_yen
            continue
        stake_yen += item.ticket.stake_yen
        return_yen += item.return_yen
        hit = hit or item.outcome == HIT
    return SettlementSummary(stake_yen, return_yen, refunded_yen, hit)


def validate_ticket(ticket: Ticket, result: RaceResult | None = None) -> None:
    """Raise ValueError when the ticket cannot be a real bet (in this race, when given)."""
    expected_length = COMBINATION_LENGTHS.get(ticket.bet_type)
    if expected_length is None:
        raise ValueError(
            f"unknown bet type {ticket.bet_type!r}; expected one of {', '.join(BET_TYPES)}"
        )
    if len(ticket.combination) != expected_length:
        raise ValueError(
            f"{ticket.bet_type} needs {expected_length} number(s), got {_format(ticket.combination)}"
        )
    if isinstance(ticket.units, bool) or not isinstance(ticket.units, int) or ticket.units < 1:
        raise ValueError(f"units must be a positive whole number of 100-yen units, got {ticket.units!r}")
    if any(isinstance(number, bool) or not isinstance(number, int) for number in ticket.combination):
        raise ValueError(f"{ticket.bet_type} combination must contain whole numbers, got {ticket.combination!r}")

    if ticket.bet_type in BRACKET_TYPES:
        _check_range(ticket, "frame", _max_frame(result))
        return
    if len(set(ticket.combination)) != len(ticket.combination):
        raise ValueError(f"{ticket.bet_type} {_format(ticket.combination)} repeats a horse number")
    _check_range(ticket, "horse number", _max_number(result))


def non_starters(result: RaceResult) -> set[int]:
    """Return the numbers of horses that did not start: 出走取消, 競走除外 or 備考 返還."""
    numbers = {runner.number for runner in result.runners if runner.status in NON_STARTER_STATUSES}
    numbers.update(result.refunded_numbers)
    return numbers


def is_void(result: RaceResult) -> bool:
    """Return True for a void race, where every ticket is refunded.

    A race is void when 備考 reads 不成立 (競走不成立) or when the confirmed runner table
    lists no horse with a finishing position.
    """
    if "不成立" in (result.notes or ""):
        return True
    return bool(result.runners) and all(runner.position is None for runner in result.runners)


def is_on_sale(bet_type: str, result: RaceResult) -> bool:
    """Return True when the race's entry count allows the bet type to be sold."""
    entries = len(result.runners)
    if bet_type == "place":
        return entries >= MIN_ENTRIES_PLACE
    if bet_type in BRACKET_TYPES:
        return entries >= MIN_ENTRIES_BRACKET
    return True


def _is_refunded(ticket: Ticket, result: RaceResult) -> bool:
    if is_void(result):
        return True
    if ticket.bet_type in result.not_sold and not is_on_sale(ticket.bet_type, result):
        return True
    if ticket.bet_type in BRACKET_TYPES:
        return _is_bracket_refunded(ticket.combination, result)
    return not non_starters(result).isdisjoint(ticket.combination)


def _is_bracket_refunded(frames: tuple[int, ...], result: RaceResult) -> bool:
    # A frame that lost a horse is still in the race while another horse of it starts. Only a
    # frame left with no starter voids its combinations, and a same-frame pair needs two starters.
    excluded = non_starters(result)
    starters = Counter(
        runner.frame for runner in result.runners if runner.number not in excluded
    )
    needed = Counter(frames)
    return any(starters[frame] < count for frame, count in needed.items())


def _is_special_row(payout: Payout) -> bool:
    return not payout.combination or payout.yen < MIN_HIT_YEN


def _special_rates(result: RaceResult) -> dict[str, int]:
    # NOTE: how the page prints 特払い is unconfirmed. A type on sale whose columns read `-` is
    # read as 特払い, because a race with a finisher always has a winning combination.
    rates = {
        bet_type: SPECIAL_RATE_YEN[bet_type]
        for bet_type in result.not_sold
        if bet_type in SPECIAL_RATE_YEN and is_on_sale(bet_type, result)
    }
    for payout in result.payouts:
        if _is_special_row(payout):
            rates[payout.bet_type] = payout.yen if payout.yen > 0 else SPECIAL_RATE_YEN[payout.bet_type]

    notes = result.notes or ""
    if "特払" in notes:
        for bet_type, labels in PAGE_LABELS.items():
            if bet_type not in rates and any(label in notes for label in labels):
                rates[bet_type] = SPECIAL_RATE_YEN[bet_type]
    return rates


def _matches(ticket: Ticket, combination: tuple[int, ...]) -> bool:
    if ticket.bet_type in ORDERED_TYPES:
        return ticket.combination == combination
    return sorted(ticket.combination) == sorted(combination)


def _check_range(ticket: Ticket, kind: str, maximum: int | None) -> None:
    for number in ticket.combination:
        if maximum is None and number < 1:
            raise ValueError(f"{ticket.bet_type} {_format(ticket.combination)}: {kind} {number} must be 1 or more")
        if maximum is not None and not 1 <= number <= maximum:
            raise ValueError(
                f"{ticket.bet_type} {_format(ticket.combination)}: {kind} {number} "
                f"is out of range 1-{maximum}"
            )


def _max_number(result: RaceResult | None) -> int | None:
    if result is None:
        return None
    known = [runner.number for runner in result.runners]
    known.extend(result.refunded_numbers)
    if result.field_size:
        known.append(result.field_size)
    return max(known, default=None)


def _max_frame(result: RaceResult | None) -> int:
    if result is None or not result.runners:
        return MAX_FRAME
    return max(runner.frame for runner in result.runners)


def _format(combination: tuple[int, ...]) -> str:
    return "-".join(str(number) for number in combination) or "(empty)"
