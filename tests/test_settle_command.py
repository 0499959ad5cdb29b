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

EXPECTED_FORM = "形式は TYPE:COMBO[:YEN]（例: trifecta:12-7-13:300）です"
BET_TYPE_LIST = "win, place, bracket_quinella, bracket_exacta, quinella, exacta, quinella_place, trio, trifecta"


@pytest.mark.parametrize(
    ("spec", "ticket"),
    [
        ("trifecta:12-7-13:300", Ticket("trifecta", (12, 7, 13), 3)),
        ("win:12", Ticket("win", (12,), 1)),
        ("quinella:12-7:100", Ticket("quinella", (12, 7), 1)),
        ("bracket_quinella:8-8", Ticket("bracket_quinella", (8, 8), 1)),
        ("bracket_exacta:8-8", Ticket("bracket_exacta", (8, 8), 1)),
        (" place:7:1000 ", Ticket("place", (7,), 10)),
        ("exacta:１２-７", Ticket("exacta", (12, 7), 1)),
        ("ｔｒｉｏ：１－２－３：３００", Ticket("trio", (1, 2, 3), 3)),
        ("Win:3", Ticket("win", (3,), 1)),
        ("win:3:+200", Ticket("win", (3,), 2)),
        ("trio: 1 - 2 - 3 : 200", Ticket("trio", (1, 2, 3), 2)),
    ],
)
def test_parse_bet_valid(spec: str, ticket: Ticket) -> None:
    assert parse_bet(spec) == ticket


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("trifecta", "券種と組番を ':' で区切ってください"),
        ("", "券種と組番を ':' で区切ってください"),
        ("trifecta:1-2-3:300:x", "':' で区切った項目が 4 個あります。券種・組番・金額の 3 個までです"),
        ("win:12:100:5", "':' で区切った項目が 4 個あります。券種・組番・金額の 3 個までです"),
        ("show:3", f"券種 'show' はありません。券種は {BET_TYPE_LIST} のいずれかです"),
        (":3", f"券種 '' はありません。券種は {BET_TYPE_LIST} のいずれかです"),
        ("exacta:1--2", "組番 '1--2' は馬番を '-' で区切って書いてください"),
        ("exacta:1,2", "組番 '1,2' は馬番を '-' で区切って書いてください"),
        ("exacta:", "組番 '' は馬番を '-' で区切って書いてください"),
        ("bracket_exacta:a-1", "組番 'a-1' は枠番を '-' で区切って書いてください"),
        ("win:½", "組番 '1⁄2' は馬番を '-' で区切って書いてください"),
        ("win:٣", "組番 '٣' は馬番を '-' で区切って書いてください"),
        ("win:3:150", "金額 150 円は 100 円単位にしてください"),
        ("win:3:0", "金額 0 円は正の金額にしてください（100 円単位）"),
        ("win:3:-100", "金額 -100 円は正の金額にしてください（100 円単位）"),
        ("trifecta:12-7-13:-100", "金額 -100 円は正の金額にしてください（100 円単位）"),
        ("win:3:1e3", "金額 '1e3' は円単位の整数で書いてください"),
        ("win:3:", "金額 '' は円単位の整数で書いてください"),
        ("exacta:7-7", "exacta の組番 7-7 で馬番 7 が重複しています"),
        ("trifecta:3-5-3", "trifecta の組番 3-5-3 で馬番 3 が重複しています"),
        ("trio:1-2", "trio の組番は馬番 3 個です（1-2 は 2 個です）"),
        ("win:1-2", "win の組番は馬番 1 個です（1-2 は 2 個です）"),
        ("bracket_quinella:1-2-3", "bracket_quinella の組番は枠番 2 個です（1-2-3 は 3 個です）"),
        ("win:0", "馬番 0 は 1 以上にしてください"),
        ("bracket_exacta:9-1", "枠番 9 は 1〜8 の範囲にありません"),
        ("bracket_quinella:0-1", "枠番 0 は 1〜8 の範囲にありません"),
    ],
)
def test_parse_bet_invalid(spec: str, problem: str) -> None:
    message = f"賭け式 {spec!r} は正しくありません: {problem}。{EXPECTED_FORM}"
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
    with pytest.raises(ValueError, match=r"horse number 14 is out of range 1-13") as raised:
        settle_file(REAL_PAGE, ["trifecta:12-7-14"])

    assert str(raised.value).startswith("レース 2026082819060512 ではこの馬券を精算できません")


def test_settle_file_bad_spec_first() -> None:
    # The spec is checked before the file is read, so a missing file does not hide it.
    with pytest.raises(ValueError, match="^賭け式 'win:x' は正しくありません"):
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


def test_number_out_of_field_is_explained() -> None:
    with pytest.raises(ValueError) as raised:
        settle_file(REAL_PAGE, ["win:15"])

    assert "2026082819060512" in str(raised.value)
    assert "精算できません" in str(raised.value)
    assert "15" in str(raised.value)
