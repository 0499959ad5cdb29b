"""The ``settle`` command: settle bets written on the command line against a saved result page.

A bet is written ``TYPE:COMBO[:YEN]``, for example ``trifecta:12-7-13:300``. YEN is the stake,
100 when omitted, and must be a positive multiple of 100. COMBO lists horse numbers (frame
numbers for bracket bets) separated by ``-``, in finish order for the ordered bet types.
"""

from __future__ import annotations

from pathlib import Path

from predictor.records import STAKE_PER_TICKET_YEN, Ticket
from predictor.settlement import settle_tickets, validate_ticket
from scraper.records import BET_TYPES
from scraper.result import parse_result

BET_FORM = "TYPE:COMBO[:YEN], e.g. trifecta:12-7-13:300"


def parse_bet(spec: str) -> Ticket:
    """Parse ``TYPE:COMBO[:YEN]`` into a Ticket.

    An invalid spec raises ValueError whose message shows the expected form and the bet types.
    """
    parts = spec.strip().split(":")
    if len(parts) not in (2, 3):
        raise _bet_error(spec, "the bet type and the combination must be separated by ':'")

    bet_type = parts[0].strip()
    if bet_type not in BET_TYPES:
        raise _bet_error(spec, f"unknown bet type {bet_type!r}")

    combination = _parse_combination(spec, parts[1])
    units = _parse_units(spec, parts[2]) if len(parts) == 3 else 1

    ticket = Ticket(bet_type, combination, units)
    try:
        validate_ticket(ticket)
    except ValueError as exc:
        raise _bet_error(spec, str(exc)) from exc
    return ticket


def settle_file(result_file: Path, bet_specs: list[str]) -> dict:
    """Settle each ``--bet`` spec against the result page saved at ``result_file``.

    Returns the race id, one entry per bet in the order given, and the totals. A refunded bet
    returns its stake, so ``return_yen`` totals every yen paid back. Raises ValueError for an
    invalid spec, OSError when the file cannot be read, scraper.errors.LayoutError for a page
    the parser cannot read and predictor.settlement.ResultPending for an unconfirmed result.
    """
    tickets = [parse_bet(spec) for spec in bet_specs]
    result = parse_result(Path(result_file).read_bytes(), str(result_file))
    settled = settle_tickets(tickets, result)

    bets = [
        {
            "type": item.ticket.bet_type,
            "combination": list(item.ticket.combination),
            "stake_yen": item.ticket.stake_yen,
            "return_yen": item.return_yen,
            "outcome": item.outcome,
        }
        for item in settled
    ]
    return {
        "race_id": result.race_id,
        "bets": bets,
        "stake_yen": sum(bet["stake_yen"] for bet in bets),
        "return_yen": sum(bet["return_yen"] for bet in bets),
    }


def _parse_combination(spec: str, text: str) -> tuple[int, ...]:
    pieces = text.strip().split("-")
    if not all(piece.strip().isascii() and piece.strip().isdigit() for piece in pieces):
        raise _bet_error(spec, f"combination {text!r} must be numbers separated by '-'")
    return tuple(int(piece) for piece in pieces)


def _parse_units(spec: str, text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit()):
        raise _bet_error(spec, f"stake {text!r} must be a whole number of yen")
    yen = int(value)
    if yen <= 0 or yen % STAKE_PER_TICKET_YEN:
        raise _bet_error(spec, f"stake {yen} yen must be a positive multiple of {STAKE_PER_TICKET_YEN}")
    return yen // STAKE_PER_TICKET_YEN


def _bet_error(spec: str, problem: str) -> ValueError:
    return ValueError(
        f"invalid bet {spec!r}: {problem}; expected {BET_FORM}, "
        f"where TYPE is one of {', '.join(BET_TYPES)}"
    )
