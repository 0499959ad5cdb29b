"""The running record: 的中率 and 回収率 over settled races.

Conventions, printed under the figures in every results post:
- 的中率 counts races: races with at least one hit ÷ races bet. A race counts as bet when it
  has at least one ticket that was not refunded.
- 回収率 = total return ÷ total stake × 100. A refunded ticket's stake leaves both sums; a
  特払い (special payout) adds its return and its stake but is not a hit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CONVENTIONS_JA = (
    "的中率 = 1点以上的中したレース数 ÷ 購入したレース数（レース単位）。",
    "回収率 = 払戻合計 ÷ 購入合計 × 100。返還された馬券の金額は両方の合計から除き、特払いは払戻に含めますが的中には数えません。",
)


@dataclass(frozen=True, slots=True)
class Tally:
    """Totals over a set of settled races."""

    races_bet: int = 0
    races_hit: int = 0
    stake_yen: int = 0
    return_yen: int = 0

    @property
    def hit_rate(self) -> float | None:
        """的中率 in percent, or None when no race was bet."""
        return None if self.races_bet == 0 else 100.0 * self.races_hit / self.races_bet

    @property
    def return_rate(self) -> float | None:
        """回収率 in percent, or None when nothing was staked."""
        return None if self.stake_yen == 0 else 100.0 * self.return_yen / self.stake_yen

    def add(self, settlement: dict[str, Any]) -> "Tally":
        if not settlement.get("bet"):
            return self
        return Tally(
            races_bet=self.races_bet + 1,
            races_hit=self.races_hit + (1 if settlement.get("hit") else 0),
            stake_yen=self.stake_yen + int(settlement["stake_yen"]),
            return_yen=self.return_yen + int(settlement["return_yen"]),
        )


def tally(settlements: list[dict[str, Any]]) -> Tally:
    total = Tally()
    for settlement in settlements:
        total = total.add(settlement)
    return total


def summarise_settled_tickets(settled: list[Any]) -> dict[str, Any]:
    """Turn predictor.settlement.SettledTicket objects into the stored per-race settlement record."""
    from predictor.settlement import summarize

    totals = summarize(settled)
    tickets = [
        {
            "bet_type": item.ticket.bet_type,
            "combination": list(item.ticket.combination),
            "units": item.ticket.units,
            "stake_yen": item.ticket.stake_yen,
            "outcome": item.outcome,
            "return_yen": item.return_yen,
        }
        for item in settled
    ]
    return {
        "tickets": tickets,
        "stake_yen": totals.stake_yen,
        "return_yen": totals.return_yen,
        "refunded_yen": totals.refunded_yen,
        "bet": totals.stake_yen > 0,
        "hit": totals.hit,
    }


def cumulative_by_day(rows: list[tuple[str, str, dict[str, Any]]]) -> list[tuple[str, float | None]]:
    """Return (ISO date, cumulative 回収率 up to and including that day) for each race day, oldest first."""
    by_day: dict[str, list[dict[str, Any]]] = {}
    for _race_id, date, payload in rows:
        by_day.setdefault(date, []).append(payload)
    series = []
    running = Tally()
    for date in sorted(by_day):
        for payload in by_day[date]:
            running = running.add(payload)
        series.append((date, running.return_rate))
    return series
