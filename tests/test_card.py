"""Tests of scraper.card.parse_card against the sample 川崎 2025-01-01 6R card.

The expected values are the facts of that race as the NAR site printed them; error cases edit a
copy of the page bytes.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from scraper.card import parse_card
from scraper.errors import LayoutError

from conftest import PAGES

RACE_ID = "2025010121100206"
CARD_PATH = PAGES / "constructed" / "kawasaki-2025-01-01" / "uma_shosai" / f"{RACE_ID}.do"
SOURCE = f"/uma_shosai/{RACE_ID}.do"


@pytest.fixture(scope="module")
def card_bytes() -> bytes:
    return CARD_PATH.read_bytes()


@pytest.fixture(scope="module")
def card(card_bytes):
    return parse_card(card_bytes, SOURCE)


def edit(data: bytes, old: str, new: str, count: int = 1) -> bytes:
    """Replace `old` by `new` in the cp932 page bytes; fail when `old` is absent."""
    text = data.decode("cp932")
    assert old in text, f"test edit target not found: {old!r}"
    return text.replace(old, new, count).encode("cp932")


def runner(card, number):
    return next(item for item in card.runners if item.number == number)


# --- header ---------------------------------------------------------------------------------


def test_header_fields(card):
    assert card.race_id == RACE_ID
    assert card.date == dt.date(2025, 1, 1)
    assert card.track_code == "21"
    assert card.venue == "川崎"
    assert card.race_number == 6
    assert card.name == "四扇（しおうぎ）賞Ｃ２一 二"
    assert card.surface == "ダ"
    assert card.distance_m == 1400
    assert card.course is None
    assert card.field_size == 14
    assert card.post_time == "13:50"


def test_source_id_mismatch(card_bytes):
    with pytest.raises(LayoutError) as info:
        parse_card(card_bytes, "/uma_shosai/2025010121100207.do")
    assert "2025010121100206" in info.value.missing


def test_header_block_missing(card_bytes):
    data = edit(card_bytes, 'class="nk23_c-tab1__subtitle"', 'class="other"')
    with pytest.raises(LayoutError) as info:
        parse_card(data, SOURCE)
    assert "nk23_c-tab1__subtitle" in info.value.missing


# --- runners --------------------------------------------------------------------------------


def test_runner_count(card):
    assert [item.number for item in card.runners] == list(range(1, 15))


def test_frames_carried_over_rowspan(card):
    frames = {item.number: item.frame for item in card.runners}
    assert frames == {1: 1, 2: 2, 3: 3, 4: 3, 5: 4, 6: 4, 7: 5, 8: 5, 9: 6, 10: 6, 11: 7, 12: 7, 13: 8, 14: 8}


def test_horse_14_scratched(card):
    horse = runner(card, 14)
    assert horse.name == "エクステンシヴリー"
    assert horse.scratched is True
    assert horse.scratch_reason == "取消"


def test_others_not_scratched(card):
    for item in card.runners[:13]:
        assert item.scratched is False, item.number
        assert item.scratch_reason is None, item.number


def test_apprentice_marks(card):
    marks = {item.number: item.apprentice_mark for item in card.runners if item.apprentice_mark}
    assert marks == {1: "△", 5: "▲", 7: "▲"}


def test_weights_carried(card):
    weights = [item.weight_carried for item in card.runners]
    assert weights == [54.0, 54.0, 54.0, 56.0, 51.0, 56.0, 51.0, 56.0, 54.0, 54.0, 54.0, 54.0, 56.0, 56.0]


def test_runner_identity(card):
    horse = runner(card, 1)
    assert horse.name == "リュウノシンクウハ"
    assert horse.origin_mark is None
    assert horse.sex == "牡"
    assert horse.age == 4
    assert horse.jockey == "佐野遥"
    assert horse.jockey_id == "031343"
    assert horse.trainer == "高月賢"
    assert horse.trainer_id == "011223"
    assert horse.horse_id == "2021100001"


def test_gelding_sex(card):
    assert runner(card, 4).sex == "セ"
    assert runner(card, 6).sex == "セ"


def test_mare_age(card):
    horse = runner(card, 7)
    assert horse.sex == "牝"
    assert horse.age == 5


def test_five_past_runs_each(card):
    for item in card.runners[:13]:
        assert len(item.past_runs) == 5, item.number


# --- past runs, checked against the real facts ----------------------------------------------

# (date, track, surface, distance, going, race name, finish, status, field, gate, popularity,
#  jockey, weight, time, margin, 3F, passing)
HORSE_1_RUNS = [
    ("2024-12-11", "川崎", "ダ", 900, "良", "急雷賞Ｃ２選定馬", 1, None, 12, 1, 1, "佐野遥", 54.0, 55.5, 0.0, 38.0, [11, 1, 1]),
    ("2024-10-31", "門", "ダ", 1000, "良", "オキザリス特別Ｃ２－１", 3, None, 10, 4, 2, "石川倭", 57.0, 62.0, 0.1, 36.9, [8, 5]),
    ("2024-10-22", "門", "ダ", 1000, "稍重", "３歳以上 Ｃ３－２ Ｃ４－１", 2, None, 12, 9, 1, "石川倭", 57.0, 61.8, 0.1, 37.1, [8, 7]),
    ("2024-10-08", "門", "ダ", 1000, "稍重", "３歳以上 Ｃ３－２ Ｃ４－１", 2, None, 12, 6, 1, "石川倭", 57.0, 62.4, 0.3, 37.3, [6, 3]),
    ("2024-09-25", "門", "ダ", 1000, "良", "ヘメロカリス特別Ｃ３Ｃ４－１", 3, None, 12, 10, 1, "石川倭", 57.0, 62.5, 0.6, 38.5, [3, 2]),
]

HORSE_6_RUNS = [
    ("2024-12-09", "川崎", "ダ", 1400, "良", "ベルリン賞Ｃ２一 二", 10, None, 12, 2, 11, "伊藤裕", 56.0, 94.0, 3.2, 42.8, [4, 4, 5, 6]),
    ("2024-11-11", "川崎", "ダ", 1400, "稍重", "アッサム賞Ｃ２一 二", 12, None, 12, 2, 6, "伊藤裕", 56.0, 94.2, 2.9, 43.7, [1, 1, 1, 1]),
    ("2024-10-29", "船橋", "ダ", 1200, "稍重", "Ｃ２二 三", 3, None, 12, 11, 8, "伊藤裕", 56.0, 77.2, 0.3, 40.4, [1, 1, 1]),
    ("2024-07-01", "川崎", "ダ", 1500, "重", "赤翡翠特別３歳１", None, "取消", None, None, None, None, None, None, None, None, []),
    ("2024-06-10", "川崎", "ダ", 1500, "重", "三光鳥特別３歳２", None, "取消", None, None, None, None, None, None, None, None, []),
]


def as_tuple(run):
    return (
        run.date.isoformat(),
        run.track,
        run.surface,
        run.distance_m,
        run.going,
        run.race_name,
        run.finish,
        run.status,
        run.field_size,
        run.gate_number,
        run.popularity,
        run.jockey,
        run.weight_carried,
        run.time_s,
        run.margin_s,
        run.last_3f_s,
        run.passing,
    )


@pytest.mark.parametrize("index", range(5))
def test_horse_1_past_run(card, index):
    assert as_tuple(runner(card, 1).past_runs[index]) == HORSE_1_RUNS[index]


@pytest.mark.parametrize("index", range(5))
def test_horse_6_past_run(card, index):
    assert as_tuple(runner(card, 6).past_runs[index]) == HORSE_6_RUNS[index]


def test_past_run_without_rank_or_link(card):
    run = runner(card, 1).past_runs[0]
    assert run.last_3f_rank is None
    assert run.result_race_id is None
    assert run.course is None


def test_past_run_winner_margin_negative(card):
    run = runner(card, 2).past_runs[0]
    assert run.finish == 1
    assert run.margin_s == -0.9


def test_past_run_jra_turf(card):
    run = runner(card, 2).past_runs[4]
    assert run.track == "JRA"
    assert run.surface == "芝"
    assert run.distance_m == 2600
    assert run.time_s == 164.2
    assert run.jockey == "古川奈"
    assert run.weight_carried == 51.0


def test_past_run_jockey_with_space(card):
    run = runner(card, 13).past_runs[0]
    assert run.jockey == "所 蛍"
    assert run.weight_carried == 54.0


def test_past_run_rank_and_result_link(card_bytes):
    data = edit(
        card_bytes,
        '<a class="race_name_len" title="急雷賞Ｃ２選定馬">',
        '<a class="race_name_len" href="/result/2024121121090504.do" title="急雷賞Ｃ２選定馬">',
    )
    data = edit(data, "38.0</span>", "38.0 (1)</span>")
    run = runner(parse_card(data, SOURCE), 1).past_runs[0]
    assert run.result_race_id == "2024121121090504"
    assert run.last_3f_rank == 1
    assert run.last_3f_s == 38.0


def test_past_run_unknown_status(card_bytes):
    data = edit(card_bytes, '<p class="nk23_u-text16">取消</p>', '<p class="nk23_u-text16">失格</p>')
    with pytest.raises(LayoutError) as info:
        parse_card(data, SOURCE)
    assert "失格" in info.value.missing
    assert "runner 6" in info.value.missing


# --- edited pages ---------------------------------------------------------------------------


def test_runner_table_removed(card_bytes):
    text = card_bytes.decode("cp932")
    text = re.sub(r'<table class="nk23_c-table22__table">.*?</table>', "", text, flags=re.S)
    with pytest.raises(LayoutError) as info:
        parse_card(text.encode("cp932"), SOURCE)
    assert info.value.race_id == RACE_ID
    for header in ("枠", "馬番", "馬名", "騎手"):
        assert header in info.value.missing


def test_origin_prefix_known(card_bytes):
    data = edit(card_bytes, ">リュウノシンクウハ<", ">[J]リュウノシンクウハ<")
    horse = runner(parse_card(data, SOURCE), 1)
    assert horse.origin_mark == "[J]"
    assert horse.name == "リュウノシンクウハ"


def test_origin_prefix_unknown(card_bytes):
    data = edit(card_bytes, ">リュウノシンクウハ<", ">[米]リュウノシンクウハ<")
    with pytest.raises(LayoutError) as info:
        parse_card(data, SOURCE)
    assert "[米]" in info.value.missing
    assert info.value.race_id == RACE_ID


def test_excluded_row(card_bytes):
    data = edit(card_bytes, '<td class="umaban">14</td>', '<td class="umaban">除外</td>')
    data = edit(data, '<td class="torikeshi">取消</td>', '<td class="odds"><script>writeOdds(14);</script></td>')
    horse = runner(parse_card(data, SOURCE), 14)
    assert horse.scratched is True
    assert horse.scratch_reason == "除外"
    assert horse.frame == 8


def test_excluded_row_without_number(card_bytes):
    data = edit(card_bytes, '<td class="umaban">14</td>', '<td class="umaban">除外</td>')
    with pytest.raises(LayoutError) as info:
        parse_card(data, SOURCE)
    assert "writeOdds" in info.value.missing


def test_no_past_run_cells(card_bytes):
    text = card_bytes.decode("cp932")
    text = re.sub(r'<td class="cs-z\d">.*?</td>', "", text, flags=re.S)
    parsed = parse_card(text.encode("cp932"), SOURCE)
    assert len(parsed.runners) == 14
    for item in parsed.runners:
        assert item.past_runs == [], item.number


def test_field_size_mismatch(card_bytes):
    data = edit(card_bytes, "（14頭）", "（12頭）")
    with pytest.raises(LayoutError) as info:
        parse_card(data, SOURCE)
    assert "12頭" in info.value.missing


def test_field_size_without_scratched(card_bytes):
    data = edit(card_bytes, "（14頭）", "（13頭）")
    assert parse_card(data, SOURCE).field_size == 13


def test_first_row_without_frame(card_bytes):
    data = edit(card_bytes, '<td rowspan="1" class="waku nk23_u-bg-color13">1</td>', "")
    with pytest.raises(LayoutError) as info:
        parse_card(data, SOURCE)
    assert "td.waku" in info.value.missing
