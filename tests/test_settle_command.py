"""The settle command: bet specs and settle_file on the real 船橋 2026-08-28 12R page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jobs.settle_command import parse_bet, settle_file
from predictor.records import Ticket
from predictor.settlement import ResultPending
from scraper.errors import LayoutError

REAL_PAGE = Path(__file__).resolve().parent / "pages/captured/funabashi-2026-08-28/result/2026082819060512.do"

EXPECTED_FORM = (
    "expected TYPE:COMBO[:YEN], e.g. trifecta:12-7-13:300, where TYPE is one of win, place, "
    "bracket_quinella, bracket_exacta, quinella, exacta, quinella_place, trio, trifecta"
)


@pytest.mark.parametrize(
    ("spec", "ticket"),
    [
        ("trifecta:12-7-13:300", Ticket("trifecta", (12, 7, 13), 3)),
        ("win:12", Ticket("win", (12,), 1)),
        ("quinella:12-7:100", Ticket("quinella", (12, 7), 1)),
        ("bracket_quinella:8-8", Ticket("bracket_quinella", (8, 8), 1)),
        (" place:7:1000 ", Ticket("place", (7,), 10)),
    ],
)
def test_parse_bet_valid(spec: str, ticket: Ticket) -> None:
    assert parse_bet(spec) == ticket


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("trifecta", "the bet type and the combination must be separated by ':'"),
        ("trifecta:1-2-3:300:x", "the bet type and the combination must be separated by ':'"),
        ("show:3", "unknown bet type 'show'"),
        ("exacta:1--2", "combination '1--2' must be numbers separated by '-'"),
        ("exacta:1,2", "combination '1,2' must be numbers separated by '-'"),
        ("exacta:", "combination '' must be numbers separated by '-'"),
        ("win:３", "combination '３' must be numbers separated by '-'"),
        ("win:3:150", "stake 150 yen must be a positive multiple of 100"),
        ("win:3:0", "stake 0 yen must be a positive multiple of 100"),
        ("win:3:-100", "stake '-100' must be a whole number of yen"),
        ("win:3:1e3", "stake '1e3' must be a whole number of yen"),
        ("exacta:7-7", "exacta 7-7 repeats a horse number"),
        ("trio:1-2", "trio needs 3 number(s), got 1-2"),
        ("win:0", "win 0: horse number 0 must be 1 or more"),
        ("bracket_exacta:9-1", "bracket_exacta 9-1: frame 9 is out of range 1-8"),
    ],
)
def test_parse_bet_invalid(spec: str, problem: str) -> None:
    message = f"invalid bet {spec!r}: {problem}; {EXPECTED_FORM}"
    with pytest.raises(ValueError, match="^" + re.escape(message) + "$"):
        parse_bet(spec)


def test_settle_file_shape() -> None:
    output = settle_file(
        REAL_PAGE,
        ["trifecta:12-7-13:300", "exacta:7-12", "quinella_place:13-7:200", "bracket_exacta:8-5", "win:3:500"],
    )
    assert output == {
        "race_id": "2026082819060512",
        "bets": [
            {"type": "trifecta", "combination": [12, 7, 13], "stake_yen": 300, "return_yen": 76740,
             "outcome": "hit"},
            {"type": "exacta", "combination": [7, 12], "stake_yen": 100, "return_yen": 0, "outcome": "miss"},
            {"type": "quinella_place", "combination": [13, 7], "stake_yen": 200, "return_yen": 2280,
             "outcome": "hit"},
            {"type": "bracket_exacta", "combination": [8, 5], "stake_yen": 100, "return_yen": 2610,
             "outcome": "hit"},
            {"type": "win", "combination": [3], "stake_yen": 500, "return_yen": 0, "outcome": "miss"},
        ],
        "stake_yen": 1200,
        "return_yen": 81630,
    }


def test_settle_file_no_bets() -> None:
    output = settle_file(REAL_PAGE, [])
    assert output == {"race_id": "2026082819060512", "bets": [], "stake_yen": 0, "return_yen": 0}


def test_settle_file_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"^race 2026082819060512: trifecta 12-7-14: horse number 14 is out of range 1-13$"):
        settle_file(REAL_PAGE, ["trifecta:12-7-14"])


def test_settle_file_bad_spec_first() -> None:
    # The spec is checked before the file is read, so a missing file does not hide it.
    with pytest.raises(ValueError, match="^invalid bet 'win:x'"):
        settle_file(Path("/nonexistent/result.do"), ["win:x"])


def test_settle_file_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        settle_file(tmp_path / "absent.do", ["win:1"])


def test_settle_file_not_a_result(tmp_path: Path) -> None:
    page = tmp_path / "empty.do"
    page.write_bytes(b"<html><body><p>maintenance</p></body></html>")
    with pytest.raises(LayoutError, match="no race header"):
        settle_file(page, ["win:1"])


def test_settle_file_pending(tmp_path: Path) -> None:
    # The real page with its runner rows removed is how an unconfirmed result looks.
    text = REAL_PAGE.read_bytes().decode("cp932")
    start = text.index('<tr class="nk23_u-bg-color35">')
    end = text.index("</table>", start)
    page = tmp_path / "pending.do"
    page.write_bytes((text[:start] + text[end:]).encode("cp932"))
    with pytest.raises(ResultPending, match="^race 2026082819060512: the result is not confirmed yet"):
        settle_file(page, ["win:12"])


def test_settle_file_refund_totals() -> None:
    # On this edited copy horse 3 was 出走取消, so its bet returns the stake.
    page = REAL_PAGE.parents[3] / "variants/funabashi-2026-08-28/scratched_excluded.do"
    output = settle_file(page, ["win:3:200", "win:12"])
    assert output == {
        "race_id": "2026082819060512",
        "bets": [
            {"type": "win", "combination": [3], "stake_yen": 200, "return_yen": 200, "outcome": "refund"},
            {"type": "win", "combination": [12], "stake_yen": 100, "return_yen": 460, "outcome": "hit"},
        ],
        "stake_yen": 300,
        "return_yen": 660,
    }
