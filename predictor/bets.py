"""The fixed default betting strategy: tickets built from the marks, 100 yen each.

- 馬単 ◎→○▲ (exacta): ◎ first, ○ or ▲ second; 2 tickets, in that order.
- 三連複 ◎-○▲-○▲△ (trio): ◎ is the axis. The other two horses are any two of ○, ▲ and the
  △ horses, provided at least one of them is ○ or ▲. With k of ○▲ and t △ horses that gives
  C(k + t, 2) - C(t, 2) tickets (7 with ○, ▲ and three △). Combinations are ascending.

Tickets that the marks cannot form (a small field) are dropped, a line without tickets is
left out, and no ticket appears twice.
"""

from __future__ import annotations

from itertools import combinations

from predictor.records import BetLine, Ticket


def _marked(marks: dict[str, list[int]], *names: str) -> list[int]:
    return [number for name in names for number in marks.get(name, [])]


def exacta_line(marks: dict[str, list[int]]) -> BetLine | None:
    """Build 馬単 ◎→○▲, or return None when ◎ is missing or neither ○ nor ▲ exists."""
    first = _marked(marks, "◎")
    seconds = _marked(marks, "○", "▲")
    if not first or not seconds:
        return None
    tickets = [Ticket("exacta", (first[0], second)) for second in dict.fromkeys(seconds) if second != first[0]]
    return BetLine("exacta", "馬単 ◎→○▲", tickets) if tickets else None


def trio_line(marks: dict[str, list[int]]) -> BetLine | None:
    """Build 三連複 ◎-○▲-○▲△, or return None when ◎ is missing, neither ○ nor ▲ exists, or only one partner exists."""
    axis = _marked(marks, "◎")
    main = set(_marked(marks, "○", "▲"))
    if not axis or not main:
        return None

    partners = [number for number in dict.fromkeys(_marked(marks, "○", "▲", "△")) if number != axis[0]]
    tickets: list[Ticket] = []
    seen: set[tuple[int, ...]] = set()
    for pair in combinations(partners, 2):
        if not main.intersection(pair):
            continue
        combination = tuple(sorted((axis[0], *pair)))
        if combination not in seen:
            seen.add(combination)
            tickets.append(Ticket("trio", combination))
    tickets.sort(key=lambda ticket: ticket.combination)
    return BetLine("trio", "三連複 ◎-○▲-○▲△", tickets) if tickets else None


def build_bets(marks: dict[str, list[int]]) -> list[BetLine]:
    """Return the strategy's bet lines for the marks: exacta first, then trio."""
    lines = [exacta_line(marks), trio_line(marks)]
    return [line for line in lines if line is not None]
