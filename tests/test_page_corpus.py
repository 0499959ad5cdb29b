"""Every stored page under tests/pages/captured and tests/pages/constructed, parsed by its kind.

A page is stored at its site path below a day folder (`<day>/result/<race id>.do`), so a page
added there becomes a case here with no code change. Each kind is checked for invariants that
hold on any page of that kind.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scraper.parsers import PARSERS, kind_for_path
from scraper.records import BET_TYPES

PAGES = Path(__file__).resolve().parent / "pages"
CORPUS = sorted(
    path
    for folder in ("captured", "constructed")
    for path in (PAGES / folder).glob("*/**/*.do")
)


def site_path(path: Path) -> str:
    """Return the page's path below its day folder, e.g. `result/2026082819060512.do`."""
    for folder in ("captured", "constructed"):
        base = PAGES / folder
        if base in path.parents:
            return "/".join(path.relative_to(base).parts[1:])
    raise AssertionError(f"{path} is outside the page corpus")


def test_corpus_not_empty():
    kinds = {kind_for_path(site_path(path)) for path in CORPUS}
    assert "result" in kinds
    assert "program" in kinds
    assert "calendar" in kinds
    assert "card" in kinds


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: str(path.relative_to(PAGES)))
def test_corpus_page(path):
    kind = kind_for_path(site_path(path))
    record = PARSERS[kind](path.read_bytes(), str(path))
    CHECKS[kind](record, path.stem)


def check_card(card, stem):
    from predictor.predict import predict_race

    assert card.race_id == stem
    assert card.runners, "a card lists at least one runner"
    numbers = [runner.number for runner in card.runners]
    assert len(numbers) == len(set(numbers)), "horse numbers are unique"
    assert sorted(numbers) == list(range(1, len(numbers) + 1)), "horse numbers run 1..N"
    frames = [runner.frame for runner in sorted(card.runners, key=lambda runner: runner.number)]
    assert frames == sorted(frames), "frames rise with horse numbers"
    assert min(frames) >= 1
    assert max(frames) <= 8
    if card.field_size is not None:
        assert card.field_size == len(card.runners)

    scratched = {runner.number for runner in card.runners if runner.scratched}
    marked = {number for numbers in predict_race(card).marks.values() for number in numbers}
    assert not scratched & marked, "scratched horses get no mark"


def check_result(result, stem):
    assert result.race_id == stem
    if result.pending:
        assert result.runners == []
        assert result.payouts == []
        return

    numbers = [runner.number for runner in result.runners]
    assert len(numbers) == len(set(numbers)), "horse numbers are unique"
    positions = [runner.position for runner in result.runners if runner.position is not None]
    assert positions == sorted(positions), "finishers are listed in finishing order"
    for runner in result.runners:
        assert (runner.position is None) == (runner.status is not None), runner.number

    if positions:
        assert result.payouts, "a race with finishers has payout rows"
        winners = {runner.number for runner in result.runners if runner.position == 1}
        wins = {payout.combination[0] for payout in result.payouts if payout.bet_type == "win"}
        assert wins <= winners, "win payouts name horses placed 1st"
    paid = {payout.bet_type for payout in result.payouts}
    assert paid.isdisjoint(result.not_sold)
    assert paid | set(result.not_sold) <= set(BET_TYPES)
    assert all(payout.yen >= 100 for payout in result.payouts), "a payout is at least 100 yen"


def check_program(program, stem):
    assert program.day_id == stem
    assert len(program.day_id) == 14
    assert program.races, "a program lists at least one race"
    numbers = [race.race_number for race in program.races]
    assert numbers == sorted(set(numbers)), "race numbers are unique and ascending"
    for race in program.races:
        assert len(race.race_id) == 16, race.race_id
        assert race.race_id.isdigit(), race.race_id
        assert race.race_id[:14] == program.day_id, race.race_id


def check_calendar(days, stem):
    first = dt.date(int(stem[:4]), int(stem[4:6]), 1)
    end_month = first.month + 3
    end = dt.date(first.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    assert days, "a calendar lists at least one race day"
    for day in days:
        assert len(day.day_id) == 14, day.day_id
        assert day.day_id.isdigit(), day.day_id
        assert day.day_id[:8] == day.date.strftime("%Y%m%d")
        assert first <= day.date < end, f"{day.date} is outside the quarter starting {first}"


CHECKS = {"card": check_card, "result": check_result, "program": check_program, "calendar": check_calendar}


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/calendar/202501.do", "calendar"),
        ("program/20250101211002.do", "program"),
        ("/syousai/2025010121100206.do", "card"),
        ("/uma_shosai/2025010121100206.do", "card"),
        ("/result/2026082819060512.do", "result"),
    ],
)
def test_kind_for_path(path, kind):
    assert kind_for_path(path) == kind


@pytest.mark.parametrize("path", ["/odds/202608281906051201.do", "", "/"])
def test_kind_for_path_unknown(path):
    with pytest.raises(ValueError, match="no parser for path"):
        kind_for_path(path)
