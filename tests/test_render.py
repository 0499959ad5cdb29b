"""render_predict_post: title, labels, summary table, per-race details and HTML escaping."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup

from predictor.predict import predict_race
from predictor.records import BetLine, HorseScore, RacePrediction, Ticket
from publisher.base import RaceFailure
from publisher.render import COMPONENT_LABELS, FLAG_LABELS, render_predict_post, signed_text
from publisher.templating import RESULTS_LINK_END, RESULTS_LINK_START
from scraper.card import parse_card

from conftest import PAGES

SCRIPT_NAME = "<script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>'
DAY = dt.date(2025, 1, 1)


def horse(number: int, name: str, score: float | None, mark: str | None = None, rank: int | None = None, **extra):
    components = extra.pop("components", {"speed": 0.5 * number, "last_3f": None})
    flags = extra.pop("flags", [])
    return HorseScore(
        number=number,
        frame=number,
        name=name,
        score=score,
        components=components,
        raw={},
        flags=flags,
        mark=mark,
        rank=rank,
        **extra,
    )


def predicted_race(race_number: int = 1, name: str = "C1 サンプル特別", horse_name: str = "テイオーアロー") -> RacePrediction:
    horses = [
        horse(1, horse_name, 1.25, "◎", 1, flags=["no_last_3f"]),
        horse(2, "カワサキボルト", 0.40, "○", 2),
        horse(3, "フナバシスター", -0.10, "▲", 3),
        horse(4, "オオイノホシ", -1.55, None, 4, flags=["no_past_runs"], components={"speed": None, "last_3f": None}),
        horse(5, "ウラワノカゼ", None, scratched=True),
    ]
    bets = [
        BetLine("quinella", "馬複 ◎-○▲", [Ticket("quinella", (1, 2)), Ticket("quinella", (1, 3))]),
        BetLine("exacta", "馬単 ◎→○", [Ticket("exacta", (1, 2))]),
    ]
    return RacePrediction(
        race_id=f"202501012101010{race_number}",
        race_number=race_number,
        race_name=name,
        distance_m=1400,
        surface="ダ",
        post_time="14:30",
        horses=horses,
        marks={"◎": [1], "○": [2], "▲": [3]},
        confidence=0.62,
        open_race=False,
        bets=bets,
    )


def skipped_race(race_number: int) -> RacePrediction:
    race = predicted_race(race_number, name="新馬戦")
    race.skipped_reason = "出走馬の過去走がありません"
    race.bets = []
    return race


def render(predictions: list[RacePrediction], failures: list[RaceFailure] | None = None):
    return render_predict_post(DAY, "21", "川崎", predictions, failures or [])


def test_title_counts_all_races() -> None:
    failure = RaceFailure("2025010121010103", 3, "出馬表を取得できませんでした")

    post = render([predicted_race(1), skipped_race(2)], [failure])

    assert post.title == "【南関テイオー】2025年1月1日 川崎 全3R 予想"


def test_post_fields() -> None:
    post = render([predicted_race()])

    assert post.labels == ["川崎", "2025-01-01", "予想"]
    assert post.kind == "predict"
    assert post.date == "2025-01-01"
    assert post.track_code == "21"
    assert post.venue == "川崎"


def test_unknown_track_rejected() -> None:
    with pytest.raises(ValueError, match="'99'"):
        render_predict_post(DAY, "99", "川崎", [predicted_race()], [])


def test_summary_table_lists_marks() -> None:
    post = render([predicted_race(1), skipped_race(2)])

    soup = BeautifulSoup(post.html, "html.parser")
    rows = soup.find("table").find_all("tr")
    header = [cell.get_text() for cell in rows[0].find_all("th")]
    first = [cell.get_text() for cell in rows[1].find_all("td")]
    second = [cell.get_text() for cell in rows[2].find_all("td")]
    assert header == ["R", "発走", "レース名", "◎", "○", "▲"]
    assert first == ["1R", "14:30", "C1 サンプル特別", "1 テイオーアロー", "2 カワサキボルト", "3 フナバシスター"]
    assert second[3] == "見送り：出走馬の過去走がありません"


def test_summary_orders_by_race_number() -> None:
    failure = RaceFailure("2025010121010102", 2, "出馬表を取得できませんでした")

    post = render([predicted_race(3), predicted_race(1)], [failure])

    soup = BeautifulSoup(post.html, "html.parser")
    numbers = [row.find("td").get_text() for row in soup.find("table").find_all("tr")[1:]]
    assert numbers == ["1R", "2R", "3R"]


def race_table(html: str, index: int = 0):
    soup = BeautifulSoup(html, "html.parser")
    return soup.find_all("table")[1 + index]


def test_race_table_shows_components() -> None:
    post = render([predicted_race()])

    rows = race_table(post.html).find_all("tr")
    header = [cell.get_text() for cell in rows[0].find_all("th")]
    favourite = [cell.get_text() for cell in rows[1].find_all("td")]
    assert header == ["印", "枠", "馬番", "馬名", "スコア", "スピード評価", "注記"]
    assert favourite == ["◎", "1", "1", "テイオーアロー", "+1.25", "+0.50", "上がり3Fなし"]


def test_missing_data_flag_in_japanese() -> None:
    post = render([predicted_race()])

    rows = race_table(post.html).find_all("tr")
    fourth = [cell.get_text() for cell in rows[4].find_all("td")]
    assert fourth == ["", "4", "4", "オオイノホシ", "-1.55", "—", "過去走データなし"]


def test_scratched_horse_shown_last() -> None:
    post = render([predicted_race()])

    rows = race_table(post.html).find_all("tr")
    last = [cell.get_text() for cell in rows[-1].find_all("td")]
    assert last[0] == "取消"
    assert last[3] == "ウラワノカゼ"
    assert last[4] == "取消"


def confidence_line(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    return next(p.get_text() for p in soup.find_all("p") if p.get_text().startswith("信頼度"))


def test_confidence_shown() -> None:
    post = render([predicted_race()])

    assert confidence_line(post.html) == "信頼度 62%"


def test_open_race_marked() -> None:
    race = predicted_race()
    race.open_race = True

    post = render([race])

    assert confidence_line(post.html) == "信頼度 62%　混戦"


def test_bets_show_tickets_and_stake() -> None:
    post = render([predicted_race()])

    text = BeautifulSoup(post.html, "html.parser").get_text()
    assert "馬複 ◎-○▲：1-2、1-3　2点 200円" in text
    assert "馬単 ◎→○：1→2　1点 100円" in text
    assert "合計 3点 300円（1点100円）" in text


def test_card_link_is_official() -> None:
    post = render([predicted_race()], [RaceFailure("2025010121010102", 2, "出馬表を取得できませんでした")])

    links = [anchor["href"] for anchor in BeautifulSoup(post.html, "html.parser").find_all("a")]
    cards = [link for link in links if not link.startswith("#")]
    assert cards == [
        "https://www.nankankeiba.com/syousai/2025010121010101.do",
        "https://www.nankankeiba.com/syousai/2025010121010102.do",
    ]


def test_skipped_race_shows_reason() -> None:
    post = render([skipped_race(1)])

    text = BeautifulSoup(post.html, "html.parser").get_text()
    assert "このレースは見送りです。理由：出走馬の過去走がありません" in text
    assert "買い目" not in text.split("1R 新馬戦")[-1].split("スコアについて")[0]


def test_failed_race_shows_reason() -> None:
    post = render([], [RaceFailure("2025010121010101", 1, "出馬表の形式が想定と異なります")])

    text = BeautifulSoup(post.html, "html.parser").get_text()
    assert "このレースは予想から外しました。理由：出馬表の形式が想定と異なります" in text


def test_footer_explains_and_disclaims() -> None:
    post = render([predicted_race()])

    text = BeautifulSoup(post.html, "html.parser").get_text()
    assert "スコアについて" in text
    assert "馬券の購入を勧めるものではありません" in text


@pytest.mark.parametrize("hostile", [SCRIPT_NAME, ATTRIBUTE_BREAK])
def test_scraped_names_escaped(hostile: str) -> None:
    failure = RaceFailure("2025010121010102", 2, hostile)

    post = render([predicted_race(name=hostile, horse_name=hostile)], [failure])

    soup = BeautifulSoup(post.html, "html.parser")
    assert soup.find("script") is None
    assert soup.find("img") is None
    assert hostile not in post.html
    assert all(not name.startswith("on") for tag in soup.find_all(True) for name in tag.attrs)
    assert soup.get_text().count(hostile) >= 4


def test_inline_css_only() -> None:
    post = render([predicted_race()])

    soup = BeautifulSoup(post.html, "html.parser")
    assert soup.find("style") is None
    assert soup.find("link") is None
    assert soup.find("script") is None
    assert re.search(r"\bsrc=", post.html) is None


def test_every_component_has_label() -> None:
    from predictor import formula

    missing = [name for name in formula.COMPONENTS if name not in COMPONENT_LABELS]

    assert missing == []


def test_every_flag_has_label() -> None:
    from predictor import formula

    missing = [name for name in formula.FLAGS if name not in FLAG_LABELS]

    assert missing == []


def test_labels_are_japanese() -> None:
    labels = list(COMPONENT_LABELS.values()) + list(FLAG_LABELS.values())

    assert all(not label.isascii() for label in labels)


def results_links(html: str) -> list:
    soup = BeautifulSoup(html, "html.parser")
    return [anchor for anchor in soup.find_all("a") if anchor.get_text() == "結果はこちら"]


def test_results_url_shows_link() -> None:
    post = render_predict_post(DAY, "21", "川崎", [predicted_race()], [], results_url="https://example.blogspot.com/r.html")

    links = results_links(post.html)
    assert len(links) == 1
    assert links[0]["href"] == "https://example.blogspot.com/r.html"
    assert RESULTS_LINK_START in post.html
    assert RESULTS_LINK_END in post.html


def test_no_results_url_keeps_empty_region() -> None:
    post = render([predicted_race()])

    assert results_links(post.html) == []
    assert RESULTS_LINK_START + RESULTS_LINK_END in post.html


def test_results_url_rejects_script_scheme() -> None:
    post = render_predict_post(DAY, "21", "川崎", [predicted_race()], [], results_url="javascript:alert(1)")

    assert results_links(post.html) == []
    assert "javascript:" not in post.html


def test_results_url_escaped() -> None:
    post = render_predict_post(DAY, "21", "川崎", [predicted_race()], [], results_url='https://x.test/r.html"><img src=x>')

    soup = BeautifulSoup(post.html, "html.parser")
    assert soup.find("img") is None
    assert results_links(post.html)[0]["href"] == 'https://x.test/r.html"><img src=x>'


def header_of(table) -> list[str]:
    return [cell.get_text() for cell in table.find("tr").find_all("th")]


def row_of(table, index: int) -> list[str]:
    return [cell.get_text() for cell in table.find_all("tr")[index].find_all("td")]


def race_text(html: str) -> str:
    text = BeautifulSoup(html, "html.parser").get_text()
    return text.split("予想一覧")[-1].split("スコアについて")[0]


def test_weight_carried_in_kg() -> None:
    race = predicted_race()
    for runner in race.horses:
        runner.weight_carried = 54.0 + runner.number

    table = race_table(render([race]).html)

    assert header_of(table)[4] == "斤量"
    assert row_of(table, 1)[4] == "55.0"
    assert header_of(table)[5] == "スコア"


def test_weight_column_hidden_without_data() -> None:
    table = race_table(render([predicted_race()]).html)

    assert "斤量" not in header_of(table)


def test_scratched_weight_left_blank() -> None:
    race = predicted_race()
    for runner in race.horses:
        runner.weight_carried = 56.0

    table = race_table(render([race]).html)

    assert row_of(table, -1)[4] == ""


def test_runner_facts_shown() -> None:
    race = predicted_race()
    race.horses[0] = horse(1, "テイオーアロー", 1.25, "◎", 1, jockey="山田", apprentice_mark="▲", sex="牡", age=3)
    race.horses[1] = horse(2, "カワサキボルト", 0.40, "○", 2, jockey="佐藤", sex="牝", age=4)

    table = race_table(render([race]).html)

    assert header_of(table)[4:6] == ["性齢", "騎手"]
    assert row_of(table, 1)[4:6] == ["牡3", "▲山田"]
    assert row_of(table, 2)[4:6] == ["牝4", "佐藤"]
    assert row_of(table, 3)[4:6] == ["", ""]


def test_component_headers_read_as_evaluations() -> None:
    labels = list(COMPONENT_LABELS.values())

    assert all(label.endswith("評価") for label in labels)
    assert "斤量" not in labels
    assert "騎手" not in labels


def test_evaluation_header_breaks_before_suffix() -> None:
    table = race_table(render([predicted_race()]).html)

    speed_header = table.find("tr").find_all("th")[5]
    assert speed_header.find("br") is not None
    assert speed_header.get_text() == "スピード評価"


def test_empty_component_column_hidden() -> None:
    race = predicted_race()
    for runner in race.horses:
        runner.components = {"speed": runner.components.get("speed"), "last_3f_rank": None, "post": 0.1}
    race.horses[-1].components = {"speed": None, "last_3f_rank": None, "post": None}

    table = race_table(render([race]).html)

    assert header_of(table) == ["印", "枠", "馬番", "馬名", "スコア", "スピード評価", "枠順評価", "注記"]
    assert "上がり順位評価" not in render([race]).html


def test_empty_component_flags_stay() -> None:
    race = predicted_race()
    for runner in race.horses:
        runner.flags = ["no_last_3f_rank"]
    race.horses[3].flags = []  # one runner without the flag keeps it on the rows

    table = race_table(render([race]).html)

    assert row_of(table, 1)[-1] == "上がり順位なし"


def test_shared_flag_said_once() -> None:
    race = predicted_race()
    for runner in race.horses:
        runner.flags = ["no_last_3f_rank", "few_jockey_rides"] if runner.number == 1 else ["no_last_3f_rank"]

    html = render([race]).html
    table = race_table(html)

    assert "全頭に共通の注記: 上がり順位なし。" in race_text(html)
    assert row_of(table, 1)[-1] == "騎手データ少"
    assert row_of(table, 2)[-1] == ""


def test_component_shown_when_one_has_value() -> None:
    race = predicted_race()
    race.horses[1].components = {"speed": 1.0, "last_3f": 0.7}

    table = race_table(render([race]).html)

    assert header_of(table)[6] == "上がり評価"
    assert row_of(table, 1)[6] == "—"
    assert row_of(table, 2)[6] == "+0.70"


def test_component_columns_keep_record_order() -> None:
    race = predicted_race()
    for runner in race.horses:
        runner.components = {"speed": None, "jockey": 0.2, "post": 0.1}
    race.horses[0].components = {"speed": 1.0, "jockey": None, "post": 0.1}

    table = race_table(render([race]).html)

    assert header_of(table)[5:8] == ["スピード評価", "騎手評価", "枠順評価"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0, "±0.00"),
        (-0.0, "±0.00"),
        (-0.004, "±0.00"),
        (0.004, "±0.00"),
        (0.005001, "+0.01"),
        (-0.006, "-0.01"),
        (1.234, "+1.23"),
        (-1.236, "-1.24"),
        (None, "—"),
    ],
)
def test_signed_text_cases(value: float | None, text: str) -> None:
    assert signed_text(value) == text


def test_no_negative_zero_in_table() -> None:
    race = predicted_race()
    race.horses[0].components = {"speed": -0.0, "post": -0.001}
    race.horses[1].score = -0.0001

    html = render([race]).html
    table = race_table(html)

    assert "-0.00" not in html
    assert row_of(table, 1)[5:7] == ["±0.00", "±0.00"]
    assert row_of(table, 2)[4] == "±0.00"


def test_name_cell_does_not_wrap() -> None:
    table = race_table(render([predicted_race()]).html)

    cells = table.find_all("tr")[1].find_all("td")
    assert "white-space:nowrap" in cells[3]["style"]
    assert "white-space:nowrap" not in cells[-1]["style"]
    assert "white-space:nowrap" in cells[0]["style"]


def no_data_race(flags: list[str]) -> RacePrediction:
    race = predicted_race()
    for runner in race.horses:
        runner.components = {"speed": None, "last_3f": None, "post": 0.1 * runner.number, "weight_carried": 0.2}
        runner.flags = list(flags)
    race.horses[-1].components = dict.fromkeys(race.horses[-1].components)
    race.confidence = 0.0
    race.open_race = True
    return race


def test_no_past_run_data_explained() -> None:
    text = race_text(render([no_data_race(["no_past_runs"])]).html)

    assert "出馬表にどの出走馬の過去走データも載っていないため" in text
    assert "順位は取得できた要素（枠順評価・斤量評価）だけで決めており、非常に不確かです。" in text


def test_no_speed_figure_explained() -> None:
    text = race_text(render([no_data_race(["no_speed_figure"])]).html)

    assert "どの出走馬にもスピード指数を出せる過去走がないため" in text
    assert "非常に不確かです" in text


def test_partial_speed_in_open_race() -> None:
    race = predicted_race()
    race.open_race = True

    text = race_text(render([race]).html)

    assert "スピード指数があるのは出走4頭中3頭です。" in text


def test_partial_speed_in_clear_race_quiet() -> None:
    text = race_text(render([predicted_race()]).html)

    assert "スピード指数があるのは" not in text
    assert "非常に不確か" not in text


def test_open_race_footnote_names_both_causes() -> None:
    text = BeautifulSoup(render([predicted_race()]).html, "html.parser").get_text()

    assert "上位のスコアが接近しているか、スピード指数のある馬が少ないために" in text


def test_funabashi_card_without_past_runs() -> None:
    source = "/uma_shosai/2026082819060512.do"
    card = parse_card((PAGES / "constructed" / "funabashi-2026-08-28" / source.lstrip("/")).read_bytes(), source)
    prediction = predict_race(card)

    html = render_predict_post(dt.date(2026, 8, 28), "19", "船橋", [prediction], []).html
    table = race_table(html)
    text = race_text(html)

    favourite = next(runner for runner in card.runners if runner.number == prediction.marks["◎"][0])
    assert header_of(table) == ["印", "枠", "馬番", "馬名", "性齢", "騎手", "斤量", "スコア", "枠順評価", "斤量評価", "注記"]
    assert row_of(table, 1)[4] == f"{favourite.sex}{favourite.age}"
    assert row_of(table, 1)[5] == f"{favourite.apprentice_mark or ''}{favourite.jockey}"
    assert row_of(table, 1)[6] == f"{favourite.weight_carried:.1f}"
    assert "出馬表にどの出走馬の過去走データも載っていないため" in text
    assert "全頭に共通の注記: " in text
    assert "過去走データなし" in text
    assert "過去走データなし" not in row_of(table, 1)[-1]
    assert "-0.00" not in html
