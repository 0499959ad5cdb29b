"""Result page parser: the real 船橋 2026-08-28 12R page field by field, then every edited variant."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scraper.errors import LayoutError
from scraper.result import parse_result

PAGES = Path(__file__).resolve().parent / "pages"
REAL_PAGE = PAGES / "captured" / "funabashi-2026-08-28" / "result" / "2026082819060512.do"
VARIANTS = PAGES / "variants" / "funabashi-2026-08-28"

# position, frame, number, name, sex, age, weight carried, body weight, change, apprentice mark, jockey,
# trainer, time (s), margin, last 3F (s), passing, popularity
REAL_RUNNERS = [
    (1, 8, 12, "ユウオウマイシン", "牡", 4, 56.0, 461, 0, None, "川島正太郎", "吉田正美", 118.7, None, 40.2, [2, 2, 4, 4], 2),
    (2, 5, 7, "タカオスマイル", "牡", 4, 56.0, 472, 5, None, "山口達弥", "山田信大", 118.9, "１ 1/2", 39.7, [5, 6, 5, 5], 6),
    (3, 8, 13, "ヨルノチョウ", "牝", 4, 54.0, 476, 4, None, "張田昂", "玉井昇", 119.2, "１ 1/2", 41.3, [3, 4, 2, 1], 3),
    (4, 3, 3, "フェイスカワサキ", "牡", 5, 56.0, 484, -4, None, "木間塚龍馬", "石崎駿", 119.4, "１", 39.8, [9, 7, 9, 7], 4),
    (5, 7, 11, "ノーヴヒーロー", "牡", 4, 56.0, 483, 1, None, "庄司大輔", "林正人", 119.4, "クビ", 40.2, [12, 12, 5, 6], 1),
    (6, 4, 5, "ニシノシャイニング", "牡", 6, 56.0, 461, 3, None, "小杉亮", "佐々木清明", 119.5, "3/4", 39.5, [13, 13, 11, 9], 13),
    (7, 7, 10, "シュヴァルツナーガ", "牝", 6, 54.0, 448, 3, None, "岡村健司", "矢野義幸", 119.6, "1/2", 39.8, [8, 9, 10, 11], 8),
    (8, 6, 9, "ファイアーサイン", "牡", 5, 56.0, 470, 2, None, "野澤憲彦", "林幻", 119.6, "アタマ", 41.7, [9, 9, 2, 1], 9),
    (9, 2, 2, "ボニファシオ", "牡", 6, 56.0, 511, 2, None, "本田正重", "山本学", 119.8, "１", 40.4, [7, 7, 8, 7], 5),
    (10, 5, 6, "オランジー", "牝", 6, 54.0, 454, 6, None, "柿本量平", "阿井正雄", 120.9, "５", 40.9, [9, 9, 11, 12], 11),
    (11, 6, 8, "アンティシパル", "セ", 5, 53.0, 464, 5, "▲", "沖響主", "山下貴之", 121.0, "3/4", 43.3, [1, 1, 1, 1], 7),
    (12, 1, 1, "オリエンタルマック", "牡", 4, 56.0, 473, -3, None, "西村栄喜", "酒井一則", 121.5, "２ 1/2", 42.4, [3, 3, 5, 9], 10),
    (13, 4, 4, "ビューティビースト", "牝", 5, 54.0, 459, 6, None, "實川純一", "酒井一則", 123.7, "大差", 43.3, [5, 5, 13, 13], 12),
]
RUNNER_FIELDS = (
    "position", "frame", "number", "name", "sex", "age", "weight_carried", "body_weight", "body_weight_change",
    "apprentice_mark", "jockey", "trainer", "time_s", "margin", "last_3f_s", "passing", "popularity",
)

# bet type, combination, yen, popularity, in page order
REAL_PAYOUTS = [
    ("win", (12,), 460, 2),
    ("place", (12,), 220, 3),
    ("place", (7,), 470, 8),
    ("place", (13,), 260, 5),
    ("bracket_quinella", (5, 8), 1720, 9),
    ("quinella", (7, 12), 3050, 13),
    ("bracket_exacta", (8, 5), 2610, 12),
    ("exacta", (12, 7), 5280, 22),
    ("quinella_place", (7, 12), 1130, 16),
    ("quinella_place", (12, 13), 470, 4),
    ("quinella_place", (7, 13), 1140, 17),
    ("trio", (7, 12, 13), 4540, 17),
    ("trifecta", (12, 7, 13), 25580, 83),
]


@pytest.fixture(scope="module")
def real():
    return parse_result(REAL_PAGE.read_bytes(), str(REAL_PAGE))


def test_real_header(real):
    assert real.race_id == "2026082819060512"
    assert real.date == dt.date(2026, 8, 28)
    assert real.track_code == "19"
    assert real.venue == "船橋"
    assert real.race_number == 12
    assert real.name == "２０２６ＪｏｃｋｅｙｓＦｅｓｔｉｖａｌ（５ｔｈ） Ｃ２ 選抜馬"
    assert real.distance_m == 1800
    assert real.field_size == 13
    assert real.weather == "曇"
    assert real.going == "良"
    assert real.pending is False


@pytest.mark.parametrize("expected", REAL_RUNNERS, ids=[f"no{row[2]}" for row in REAL_RUNNERS])
def test_real_runner(real, expected):
    runner = next(r for r in real.runners if r.number == expected[2])
    for field, value in zip(RUNNER_FIELDS, expected):
        assert getattr(runner, field) == value, field
    assert runner.status is None
    assert runner.dead_heat is False


def test_real_runner_order(real):
    assert [r.number for r in real.runners] == [row[2] for row in REAL_RUNNERS]


def test_real_payouts(real):
    rows = [(p.bet_type, p.combination, p.yen, p.popularity) for p in real.payouts]
    assert rows == REAL_PAYOUTS


def test_real_no_refunds(real):
    assert real.not_sold == []
    assert real.refunded_numbers == []
    assert real.notes is None


def test_result_empty_body():
    with pytest.raises(LayoutError, match="empty"):
        parse_result(b"  ", "empty.do")


# --- edited variants of the real page -----------------------------------------------------

EXPECTED = json.loads((VARIANTS / "expected.json").read_text(encoding="utf-8"))


def _runner_facts(result):
    return [
        {"number": r.number, "frame": r.frame, "position": r.position, "dead_heat": r.dead_heat, "status": r.status}
        for r in result.runners
    ]


def _payout_facts(result):
    by_type: dict[str, list] = {}
    for payout in result.payouts:
        by_type.setdefault(payout.bet_type, []).append(
            {"combination": list(payout.combination), "yen": payout.yen, "popularity": payout.popularity}
        )
    return by_type


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_variant(name):
    case = EXPECTED[name]
    path = VARIANTS / name
    if "error" in case:
        with pytest.raises(LayoutError) as caught:
            parse_result(path.read_bytes(), str(path))
        assert case["error"] in str(caught.value)
        assert caught.value.race_id == case.get("error_race_id")
        return

    expected = case["expected"]
    result = parse_result(path.read_bytes(), str(path))
    assert result.race_id == "2026082819060512"
    assert result.pending is expected["pending"]
    assert _runner_facts(result) == expected["runners"]
    assert _payout_facts(result) == expected["payouts"]
    assert result.not_sold == expected["not_sold"]
    assert result.refunded_numbers == expected["refunded_numbers"]
    assert result.notes == expected["notes"]


def test_variant_files_listed():
    on_disk = {path.name for path in VARIANTS.glob("*.do")}
    assert on_disk == set(EXPECTED)
