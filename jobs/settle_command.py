"""The ``settle`` command: settle bets written on the command line against a saved result page.

A bet is written ``TYPE:COMBO[:YEN]``, for example ``trifecta:12-7-13:300``. YEN is the stake,
100 when omitted, and must be a positive multiple of 100. COMBO lists horse numbers (frame
numbers for bracket bets) separated by ``-``, in finish order for the ordered bet types. The
spec is NFKC-normalised first, so full-width digits, colons and hyphens are read as ASCII.

An invalid spec raises ValueError with a Japanese message for the operator, because the CLI
prints it as it is.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from predictor.records import STAKE_PER_TICKET_YEN, Ticket
from predictor.settlement import BRACKET_TYPES, COMBINATION_LENGTHS, MAX_FRAME, settle_tickets, validate_ticket
from scraper.records import BET_TYPES
from scraper.result import parse_result

BET_FORM = "TYPE:COMBO[:YEN]"
BET_EXAMPLE = "trifecta:12-7-13:300"
MAX_FIELDS = 3  # TYPE, COMBO and YEN

# re.ASCII limits \d to 0-9, because NFKC turns full-width digits into ASCII but leaves the digits
# of other scripts (Arabic-Indic ٣, for example) as they are.
NUMBER = re.compile(r"\d+", re.ASCII)
SIGNED_NUMBER = re.compile(r"[+-]?\d+", re.ASCII)


def parse_bet(spec: str) -> Ticket:
    """Parse ``TYPE:COMBO[:YEN]`` into a Ticket.

    An invalid spec raises ValueError whose Japanese message names the problem, the expected
    form and an example.
    """
    parts = unicodedata.normalize("NFKC", spec).strip().split(":")
    if len(parts) < 2:
        raise _bet_error(spec, "券種と組番を ':' で区切ってください")
    if len(parts) > MAX_FIELDS:
        raise _bet_error(spec, f"':' で区切った項目が {len(parts)} 個あります。券種・組番・金額の 3 個までです")

    bet_type = parts[0].strip().lower()
    if bet_type not in BET_TYPES:
        raise _bet_error(spec, f"券種 {parts[0].strip()!r} はありません。券種は {', '.join(BET_TYPES)} のいずれかです")

    combination = _parse_combination(spec, bet_type, parts[1])
    units = _parse_units(spec, parts[2]) if len(parts) == MAX_FIELDS else 1

    ticket = Ticket(bet_type, combination, units)
    try:
        validate_ticket(ticket)
    except ValueError as exc:
        # The checks above cover every rule validate_ticket applies without a result page.
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
    try:
        settled = settle_tickets(tickets, result)
    except ValueError as exc:
        # The spec is well formed but cannot exist in this race, e.g. a horse number above the field.
        raise ValueError(f"レース {result.race_id} ではこの馬券を精算できません（{exc}）。馬番・枠番を確認してください") from exc

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


def _parse_combination(spec: str, bet_type: str, text: str) -> tuple[int, ...]:
    kind = "枠番" if bet_type in BRACKET_TYPES else "馬番"
    expected = COMBINATION_LENGTHS[bet_type]
    pieces = [piece.strip() for piece in text.split("-")]
    if not all(NUMBER.fullmatch(piece) for piece in pieces):
        raise _bet_error(spec, f"組番 {text.strip()!r} は{kind}を '-' で区切って書いてください")

    numbers = tuple(int(piece) for piece in pieces)
    if len(numbers) != expected:
        raise _bet_error(
            spec, f"{bet_type} の組番は{kind} {expected} 個です（{_format(numbers)} は {len(numbers)} 個です）"
        )

    if bet_type in BRACKET_TYPES:
        # Both horses of a bracket bet may come from one frame, so 8-8 is a valid combination.
        for frame in numbers:
            if not 1 <= frame <= MAX_FRAME:
                raise _bet_error(spec, f"枠番 {frame} は 1〜{MAX_FRAME} の範囲にありません")
        return numbers

    for number in numbers:
        if number < 1:
            raise _bet_error(spec, f"馬番 {number} は 1 以上にしてください")
    repeated = sorted({number for number in numbers if numbers.count(number) > 1})
    if repeated:
        repeated_text = "、".join(str(number) for number in repeated)
        raise _bet_error(spec, f"{bet_type} の組番 {_format(numbers)} で馬番 {repeated_text} が重複しています")
    return numbers


def _parse_units(spec: str, text: str) -> int:
    value = text.strip()
    if not SIGNED_NUMBER.fullmatch(value):
        raise _bet_error(spec, f"金額 {value!r} は円単位の整数で書いてください")
    yen = int(value)
    if yen <= 0:
        raise _bet_error(spec, f"金額 {yen} 円は正の金額にしてください（{STAKE_PER_TICKET_YEN} 円単位）")
    if yen % STAKE_PER_TICKET_YEN:
        raise _bet_error(spec, f"金額 {yen} 円は {STAKE_PER_TICKET_YEN} 円単位にしてください")
    return yen // STAKE_PER_TICKET_YEN


def _format(numbers: tuple[int, ...]) -> str:
    return "-".join(str(number) for number in numbers)


def _bet_error(spec: str, problem: str) -> ValueError:
    return ValueError(f"賭け式 {spec!r} は正しくありません: {problem}。形式は {BET_FORM}（例: {BET_EXAMPLE}）です")
