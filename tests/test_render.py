"""render_predict_post: title, labels, summary table, per-race details and HTML escaping."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup

from predictor.records import BetLine, HorseScore, RacePrediction, Ticket
from publisher.base import RaceFailure
from publisher.render import COMPONENT_LABELS, FLAG_LABELS, render_predict_post
from publisher.templating import RESULTS_LINK_END, RESULTS_LINK_START

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
    assert header == ["印", "枠", "馬番", "馬名", "スコア", "スピード指数", "上がり3F", "注記"]
    assert favourite == ["◎", "1", "1", "テイオーアロー", "1.25", "+0.50", "—", "上がり3Fなし"]


def test_missing_data_flag_in_japanese() -> None:
    post = render([predicted_race()])

    rows = race_table(post.html).find_all("tr")
    fourth = [cell.get_text() for cell in rows[4].find_all("td")]
    assert fourth == ["", "4", "4", "オオイノホシ", "-1.55", "—", "—", "過去走なし"]


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
