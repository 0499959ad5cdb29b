"""render_results_post: every race status and ticket outcome, figures, escaping and the SVG chart."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from jobs.record import CONVENTIONS_JA, Tally
from publisher.chart import render_return_chart
from publisher.render import render_results_post
from publisher.results import race_time_text
from scraper.result import parse_result

from conftest import PAGES

SCRIPT_NAME = "<script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>'
DAY = dt.date(2026, 8, 28)
SVG = "{http://www.w3.org/2000/svg}"
PREDICT_URL = "https://example.blogspot.com/2026/08/predict.html"


def settlement(tickets: list[dict]) -> dict:
    stake = sum(t["stake_yen"] for t in tickets if t["outcome"] != "refund")
    returned = sum(t["return_yen"] for t in tickets if t["outcome"] != "refund")
    refunded = sum(t["stake_yen"] for t in tickets if t["outcome"] == "refund")
    return {
        "tickets": tickets,
        "stake_yen": stake,
        "return_yen": returned,
        "refunded_yen": refunded,
        "bet": stake > 0,
        "hit": any(t["outcome"] == "hit" for t in tickets),
    }


def ticket(bet_type: str, combination: list[int], outcome: str, return_yen: int, units: int = 1) -> dict:
    return {
        "bet_type": bet_type,
        "combination": combination,
        "units": units,
        "stake_yen": units * 100,
        "outcome": outcome,
        "return_yen": return_yen,
    }


def finished(race_number: int, status: str, name: str = "C1 サンプル特別", horse_name: str = "テイオーアロー", **extra) -> dict:
    view = {
        "race_id": f"20260828190605{race_number:02d}",
        "race_number": race_number,
        "race_name": name,
        "status": status,
        "marks": {"◎": [12], "○": [7], "▲": [13], "△": [2, 5]},
        "top3": [
            {"position": 1, "number": 12, "name": horse_name, "popularity": 1, "dead_heat": False},
            {"position": 2, "number": 7, "name": "フナバシスター", "popularity": 6, "dead_heat": False},
            {"position": 3, "number": 13, "name": "オオイノホシ", "popularity": None, "dead_heat": False},
        ],
        "payouts": [
            {"bet_type": "win", "combination": [12], "yen": 460, "popularity": 1},
            {"bet_type": "place", "combination": [12], "yen": 220, "popularity": 1},
            {"bet_type": "bracket_quinella", "combination": [5, 8], "yen": 1720, "popularity": 8},
            {"bet_type": "quinella", "combination": [7, 12], "yen": 3050, "popularity": 12},
            {"bet_type": "bracket_exacta", "combination": [8, 5], "yen": 2610, "popularity": 11},
            {"bet_type": "exacta", "combination": [12, 7], "yen": 5280, "popularity": 20},
            {"bet_type": "quinella_place", "combination": [7, 12], "yen": 1130, "popularity": 14},
            {"bet_type": "trio", "combination": [7, 12, 13], "yen": 4540, "popularity": 16},
            {"bet_type": "trifecta", "combination": [12, 7, 13], "yen": 25580, "popularity": 80},
        ],
        "not_sold": [],
        "notes": None,
    }
    view.update(extra)
    return view


def bare(race_number: int, status: str, marks: dict | None = None) -> dict:
    return {
        "race_id": f"20260828190605{race_number:02d}",
        "race_number": race_number,
        "race_name": "B2 テスト",
        "status": status,
        "marks": marks or {},
    }


def every_status() -> list[dict]:
    hit = settlement(
        [
            ticket("exacta", [12, 7], "hit", 5280),
            ticket("trifecta", [12, 7, 13], "hit", 51160, units=2),
            ticket("quinella", [2, 12], "miss", 0),
        ]
    )
    missed = settlement([ticket("quinella", [2, 5], "miss", 0), ticket("win", [9], "refund", 100)])
    special = settlement([ticket("trio", [2, 5, 9], "special", 70)])
    refunded = settlement([ticket("win", [9], "refund", 100)])
    return [
        finished(1, "settled", settlement=hit),
        finished(2, "settled", settlement=missed, not_sold=["bracket_quinella", "bracket_exacta"], notes="返還：9号馬"),
        finished(3, "settled", settlement=special),
        finished(4, "settled", settlement=refunded),
        finished(5, "no_prediction", marks={}),
        finished(6, "no_bets"),
        bare(7, "pending", {"◎": [3]}),
        bare(8, "called_off"),
        bare(9, "failed", {"◎": [1]}),
    ]


def figures() -> dict:
    return {
        "day": Tally(races_bet=3, races_hit=1, stake_yen=700, return_yen=56510),
        "month": Tally(races_bet=20, races_hit=4, stake_yen=12000, return_yen=9600),
        "all_time": Tally(races_bet=0, races_hit=0, stake_yen=0, return_yen=0),
    }


CHART = [("2026-08-26", None), ("2026-08-27", 80.0), ("2026-08-28", 470.9)]


def render(races: list[dict] | None = None, chart: list | None = None, predict_url: str | None = PREDICT_URL):
    return render_results_post(
        DAY,
        "19",
        "船橋",
        every_status() if races is None else races,
        figures(),
        CHART if chart is None else chart,
        CONVENTIONS_JA,
        predict_url=predict_url,
    )


def section_text(html: str, race_number: int) -> str:
    """Return the text of one race's section, from its heading to the next race heading."""
    soup = BeautifulSoup(html, "html.parser")
    heading = soup.find(id=f"result-{race_number}")
    parts = [heading.get_text()]
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2" or sibling.name == "hr":
            break
        parts.append(sibling.get_text(" "))
    return "\n".join(parts)


def section_tables(html: str, race_number: int) -> list:
    soup = BeautifulSoup(html, "html.parser")
    heading = soup.find(id=f"result-{race_number}")
    tables = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h2", "hr"):
            break
        if sibling.name == "table":
            tables.append(sibling)
    return tables


def cells(row) -> list[str]:
    return [cell.get_text() for cell in row.find_all(["td", "th"])]


def test_title_and_labels() -> None:
    post = render(
        [finished(number, "settled", settlement=settlement([ticket("win", [12], "hit", 460)])) for number in range(1, 13)]
    )

    assert post.title == "【南関テイオー】2026年8月28日 船橋 全12R 結果"
    assert post.labels == ["船橋", "2026-08-28", "結果"]
    assert post.kind == "results"
    assert post.date == "2026-08-28"
    assert post.track_code == "19"
    assert post.venue == "船橋"


def test_unknown_track_rejected() -> None:
    with pytest.raises(ValueError, match="'99'"):
        render_results_post(DAY, "99", "船橋", [], figures(), [], CONVENTIONS_JA)


def test_unknown_status_rejected() -> None:
    with pytest.raises(ValueError, match="2026082819060501"):
        render([bare(1, "won")])


def test_top_three_listed() -> None:
    post = render()

    rows = section_tables(post.html, 1)[0].find_all("tr")
    assert cells(rows[0]) == ["着順", "馬番", "馬名", "人気"]
    assert cells(rows[1]) == ["1", "12", "テイオーアロー", "1番人気"]
    assert cells(rows[2]) == ["2", "7", "フナバシスター", "6番人気"]
    assert cells(rows[3]) == ["3", "13", "オオイノホシ", "—"]


def test_dead_heat_shown() -> None:
    top3 = [
        {"position": 1, "number": 4, "name": "アタマ", "popularity": 2, "dead_heat": False},
        {"position": 1, "number": 9, "name": "ドウチャク", "popularity": 5, "dead_heat": True},
        {"position": 3, "number": 1, "name": "サンバン", "popularity": 1, "dead_heat": False},
    ]
    post = render([finished(1, "no_prediction", top3=top3)])

    rows = section_tables(post.html, 1)[0].find_all("tr")
    assert cells(rows[1])[0] == "1（同着）"
    assert cells(rows[2])[0] == "1（同着）"
    assert cells(rows[3])[0] == "3"


def test_dead_heat_winners_in_summary() -> None:
    top3 = [
        {"position": 1, "number": 4, "name": "アタマ", "popularity": 2, "dead_heat": False},
        {"position": 1, "number": 9, "name": "ドウチャク", "popularity": 5, "dead_heat": True},
    ]
    post = render([finished(1, "no_prediction", top3=top3)])

    summary = BeautifulSoup(post.html, "html.parser").find_all("table")[1]
    assert cells(summary.find_all("tr")[1])[2] == "4 アタマ、9 ドウチャク"


def test_payouts_in_japanese() -> None:
    post = render()

    rows = section_tables(post.html, 1)[1].find_all("tr")
    assert cells(rows[0]) == ["券種", "組番", "払戻金", "人気"]
    assert [cells(row)[:3] for row in rows[1:]] == [
        ["単勝", "12", "460円"],
        ["複勝", "12", "220円"],
        ["枠複", "5-8", "1,720円"],
        ["馬複", "7-12", "3,050円"],
        ["枠単", "8→5", "2,610円"],
        ["馬単", "12→7", "5,280円"],
        ["ワイド", "7-12", "1,130円"],
        ["三連複", "7-12-13", "4,540円"],
        ["三連単", "12→7→13", "25,580円"],
    ]


def test_tickets_show_outcomes() -> None:
    post = render()

    rows = section_tables(post.html, 1)[2].find_all("tr")
    assert cells(rows[0]) == ["券種", "組番", "購入", "結果", "払戻"]
    assert cells(rows[1]) == ["馬単", "12→7", "100円", "的中", "5,280円"]
    assert cells(rows[2]) == ["三連単", "12→7→13", "200円", "的中", "51,160円"]
    assert cells(rows[3]) == ["馬複", "2-12", "100円", "不的中", "0円"]


def test_race_totals_shown() -> None:
    post = render()

    assert "このレース：購入 400円　払戻 56,440円" in section_text(post.html, 1)


def test_refund_and_notes_shown() -> None:
    post = render()

    text = section_text(post.html, 2)
    rows = section_tables(post.html, 2)[2].find_all("tr")
    assert cells(rows[2]) == ["単勝", "9", "100円", "返還", "100円"]
    assert "このレース：購入 100円　払戻 0円　返還 100円" in text
    assert "発売なし：枠複、枠単" in text
    assert "備考：返還：9号馬" in text


def test_special_payout_shown() -> None:
    post = render()

    rows = section_tables(post.html, 3)[2].find_all("tr")
    assert cells(rows[1]) == ["三連複", "2-5-9", "100円", "特払い", "70円"]


def test_marks_shown() -> None:
    post = render()

    assert "予想の印：◎ 12　○ 7　▲ 13　△ 2,5" in section_text(post.html, 1)


def summary_rows(html: str) -> list[list[str]]:
    table = BeautifulSoup(html, "html.parser").find_all("table")[1]
    return [cells(row) for row in table.find_all("tr")]


def test_summary_verdicts() -> None:
    post = render()

    rows = summary_rows(post.html)
    verdicts = [row[3] for row in rows[1:]]
    assert rows[0] == ["R", "レース名", "1着", "予想", "購入", "払戻"]
    assert verdicts == ["的中", "不的中", "特払い", "返還", "予想なし", "買い目なし", "結果待ち", "取り止め", "取得できず"]


def test_summary_stakes() -> None:
    post = render()

    rows = summary_rows(post.html)
    assert rows[1][4:] == ["400円", "56,440円"]
    assert rows[5][4:] == ["", ""]


def test_pending_race_waits() -> None:
    post = render()

    text = section_text(post.html, 7)
    assert "結果待ち" in text
    assert "確定後にこの記事を更新します" in text
    assert "予想の印：◎ 3" in text
    assert section_tables(post.html, 7) == []


def test_pending_count_in_intro() -> None:
    post = render()

    intro = BeautifulSoup(post.html, "html.parser").find("p").get_text()
    assert intro.startswith("2026年8月28日 船橋競馬の結果です（確定 6R／全9R）。")
    assert "結果待ちの1レース" in intro


def test_no_prediction_counts_nowhere() -> None:
    post = render()

    text = section_text(post.html, 5)
    assert "予想なし" in text
    assert "成績の集計に含めません" in text
    assert "予想の印" not in text
    assert len(section_tables(post.html, 5)) == 2


def test_no_bets_counts_nowhere() -> None:
    post = render()

    text = section_text(post.html, 6)
    assert "買い目なし" in text
    assert "成績の集計に含めません" in text


def test_called_off_race() -> None:
    post = render()

    text = section_text(post.html, 8)
    assert "取り止め" in text
    assert section_tables(post.html, 8) == []


def test_failed_race_says_unread() -> None:
    post = render()

    text = section_text(post.html, 9)
    assert "結果を読み取れませんでした" in text
    assert section_tables(post.html, 9) == []


def test_official_result_links() -> None:
    post = render([finished(1, "no_prediction"), bare(2, "failed")], predict_url=None)

    links = [anchor["href"] for anchor in BeautifulSoup(post.html, "html.parser").find_all("a")]
    official = [link for link in links if not link.startswith("#")]
    assert official == [
        "https://www.nankankeiba.com/result/2026082819060501.do",
        "https://www.nankankeiba.com/result/2026082819060502.do",
    ]


def test_figures_table() -> None:
    post = render()

    table = BeautifulSoup(post.html, "html.parser").find("table")
    rows = [cells(row) for row in table.find_all("tr")]
    assert rows[0] == ["集計", "購入レース", "的中レース", "的中率", "購入", "払戻", "回収率"]
    assert rows[1] == ["本日（船橋）", "3", "1", "33.3%", "700円", "56,510円", "8,072.9%"]
    assert rows[2] == ["2026年8月（全場）", "20", "4", "20.0%", "12,000円", "9,600円", "80.0%"]
    assert rows[3] == ["通算（全場）", "0", "0", "—", "0円", "0円", "—"]


def test_conventions_under_figures() -> None:
    post = render()

    soup = BeautifulSoup(post.html, "html.parser")
    items = [item.get_text() for item in soup.find("table").find_next_sibling("ul").find_all("li")]
    assert items == list(CONVENTIONS_JA)


def test_predict_link_shown() -> None:
    post = render()

    anchors = BeautifulSoup(post.html, "html.parser").find_all("a", href=PREDICT_URL)
    assert [anchor.get_text() for anchor in anchors] == ["この日の予想記事はこちら"]


def test_predict_link_absent() -> None:
    post = render(predict_url=None)

    assert "この日の予想記事はこちら" not in post.html


def test_predict_link_rejects_script_scheme() -> None:
    post = render(predict_url="javascript:alert(1)")

    assert "javascript:" not in post.html


@pytest.mark.parametrize("hostile", [SCRIPT_NAME, ATTRIBUTE_BREAK])
def test_scraped_names_escaped(hostile: str) -> None:
    races = [finished(1, "settled", name=hostile, horse_name=hostile, notes=hostile, settlement=settlement([]))]

    post = render(races)

    soup = BeautifulSoup(post.html, "html.parser")
    assert soup.find("script") is None
    assert soup.find("img") is None
    assert hostile not in post.html
    assert all(not name.startswith("on") for tag in soup.find_all(True) for name in tag.attrs)
    assert soup.get_text().count(hostile) >= 4


def test_inline_css_only() -> None:
    post = render()

    soup = BeautifulSoup(post.html, "html.parser")
    assert soup.find("style") is None
    assert soup.find("link") is None
    assert soup.find("script") is None
    assert soup.find("img") is None
    assert re.search(r"\bsrc=", post.html) is None


def embedded_svg(html: str) -> ET.Element:
    match = re.search(r"<svg\b.*?</svg>", html, re.DOTALL)
    assert match is not None, "no inline SVG in the post"
    return ET.fromstring(match.group(0))


def test_chart_embedded() -> None:
    post = render()

    svg = embedded_svg(post.html)
    assert svg.tag == f"{SVG}svg"
    assert svg.get("viewBox") == "0 0 640 260"


def test_chart_one_point_per_day() -> None:
    post = render()

    titles = [circle.find(f"{SVG}title").text for circle in embedded_svg(post.html).iter(f"{SVG}circle")]
    assert titles == ["2026-08-27 回収率 80.0%", "2026-08-28 回収率 470.9%"]


def reference_lines(svg: ET.Element) -> list[ET.Element]:
    return [line for line in svg.iter(f"{SVG}line") if line.get("stroke-dasharray")]


def y_of_label(svg: ET.Element, label: str) -> float:
    texts = [text for text in svg.iter(f"{SVG}text") if text.text == label]
    assert len(texts) == 1, f"expected one axis label {label!r}"
    return float(texts[0].get("y")) - 4


def test_chart_reference_line_at_100() -> None:
    svg = embedded_svg(render().html)

    lines = reference_lines(svg)
    assert len(lines) == 1
    assert lines[0].get("y1") == lines[0].get("y2")
    assert float(lines[0].get("y1")) == pytest.approx(y_of_label(svg, "100%"))


def test_chart_points_scaled() -> None:
    svg = embedded_svg(render().html)

    circles = list(svg.iter(f"{SVG}circle"))
    y_zero = y_of_label(svg, "0%")
    y_hundred = y_of_label(svg, "100%")
    expected = y_zero + (y_hundred - y_zero) * 0.8
    assert float(circles[0].get("cy")) == pytest.approx(expected, abs=0.1)
    assert float(circles[1].get("cy")) < float(circles[0].get("cy"))
    assert float(circles[1].get("cx")) > float(circles[0].get("cx"))


def test_chart_line_joins_points() -> None:
    svg = embedded_svg(render().html)

    polylines = list(svg.iter(f"{SVG}polyline"))
    assert len(polylines) == 1
    assert len(polylines[0].get("points").split()) == 2


def test_chart_axis_labels() -> None:
    svg = embedded_svg(render().html)

    texts = [text.text for text in svg.iter(f"{SVG}text")]
    assert "回収率" in texts
    assert "開催日" in texts
    assert "8/27" in texts
    assert "8/28" in texts
    assert "500%" in texts


def test_chart_single_point() -> None:
    svg = ET.fromstring(str(render_return_chart([("2026-08-28", 85.0)])))

    circles = list(svg.iter(f"{SVG}circle"))
    assert len(circles) == 1
    assert float(circles[0].get("cx")) == pytest.approx(336.0)
    assert list(svg.iter(f"{SVG}polyline")) == []
    assert len(reference_lines(svg)) == 1


def test_chart_empty_series() -> None:
    svg = ET.fromstring(str(render_return_chart([])))

    texts = [text.text for text in svg.iter(f"{SVG}text")]
    assert list(svg.iter(f"{SVG}circle")) == []
    assert "まだ回収率を計算できる開催日がありません" in texts
    assert len(reference_lines(svg)) == 1


def test_chart_only_unset_days() -> None:
    svg = ET.fromstring(str(render_return_chart([("2026-08-27", None), ("2026-08-28", None)])))

    assert list(svg.iter(f"{SVG}circle")) == []


def test_chart_many_days_labels() -> None:
    start = dt.date(2025, 12, 1)
    series = [((start + dt.timedelta(days=index)).isoformat(), 60.0 + index) for index in range(40)]

    svg = ET.fromstring(str(render_return_chart(series)))

    dates = [text.text for text in svg.iter(f"{SVG}text") if text.text and "/" in text.text]
    assert len(list(svg.iter(f"{SVG}circle"))) == 40
    assert len(dates) == 6
    assert dates[0] == "2025/12/1"
    assert dates[-1] == "2026/1/9"


def test_chart_large_rate_in_range() -> None:
    svg = ET.fromstring(str(render_return_chart([("2026-08-27", 3000.0), ("2026-08-28", 12000.0)])))

    circles = list(svg.iter(f"{SVG}circle"))
    assert all(20.0 <= float(circle.get("cy")) <= 216.0 for circle in circles)


def test_chart_title_round_trips() -> None:
    svg = ET.fromstring(str(render_return_chart([("2026-08-28", 85.0)])))

    assert svg.find(f"{SVG}title").text == "累積回収率の推移（開催日ごと）"
    assert svg.get("aria-label") == "累積回収率の推移（開催日ごと）"


def test_chart_rejects_non_date() -> None:
    with pytest.raises(ValueError):
        render_return_chart([(SCRIPT_NAME, 85.0)])


def full_top3() -> list[dict]:
    """Top three of the captured 船橋 result page, with every optional finisher key."""
    source = "/result/2026082819060512.do"
    result = parse_result((PAGES / "captured" / "funabashi-2026-08-28" / source.lstrip("/")).read_bytes(), source)
    return [
        {
            "position": runner.position,
            "number": runner.number,
            "name": runner.name,
            "popularity": runner.popularity,
            "dead_heat": runner.dead_heat,
            "frame": runner.frame,
            "jockey": runner.jockey,
            "apprentice_mark": runner.apprentice_mark,
            "time_s": runner.time_s,
            "margin": runner.margin,
        }
        for runner in result.runners
        if runner.position is not None and runner.position <= 3
    ]


def test_top_three_full_columns() -> None:
    top3 = full_top3()
    post = render([finished(12, "no_prediction", top3=top3)])

    rows = section_tables(post.html, 12)[0].find_all("tr")
    winner = cells(rows[1])
    assert cells(rows[0]) == ["着順", "枠", "馬番", "馬名", "騎手", "タイム", "着差", "人気"]
    assert winner[:4] == ["1", str(top3[0]["frame"]), "12", top3[0]["name"]]
    assert winner[4].endswith(top3[0]["jockey"])
    assert re.fullmatch(r"\d:\d\d\.\d", winner[5])
    assert winner[7] == "2番人気"
    assert cells(rows[2])[6] == top3[1]["margin"]


def test_top_three_jockey_with_apprentice_mark() -> None:
    top3 = [
        {"position": 1, "number": 4, "name": "アタマ", "popularity": 2, "dead_heat": False, "jockey": "山田", "apprentice_mark": "▲"},
        {"position": 2, "number": 9, "name": "ニバン", "popularity": 5, "dead_heat": False, "jockey": "佐藤"},
    ]
    post = render([finished(1, "no_prediction", top3=top3)])

    rows = section_tables(post.html, 1)[0].find_all("tr")
    assert cells(rows[0]) == ["着順", "馬番", "馬名", "騎手", "人気"]
    assert cells(rows[1])[3] == "▲山田"
    assert cells(rows[2])[3] == "佐藤"


def test_top_three_optional_blank_when_missing() -> None:
    top3 = [
        {"position": 1, "number": 4, "name": "アタマ", "popularity": 2, "dead_heat": False, "time_s": 84.3, "margin": None},
        {"position": 2, "number": 9, "name": "ニバン", "popularity": 5, "dead_heat": False, "time_s": 84.5, "margin": "クビ"},
        {"position": 3, "number": 1, "name": "サンバン", "popularity": 1, "dead_heat": False},
    ]
    post = render([finished(1, "no_prediction", top3=top3)])

    rows = section_tables(post.html, 1)[0].find_all("tr")
    assert cells(rows[0]) == ["着順", "馬番", "馬名", "タイム", "着差", "人気"]
    assert cells(rows[1])[3:5] == ["1:24.3", ""]
    assert cells(rows[2])[3:5] == ["1:24.5", "クビ"]
    assert cells(rows[3])[3:5] == ["", ""]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(112.3, "1:52.3"), (84.0, "1:24.0"), (59.8, "59.8"), (60.0, "1:00.0"), (125.0, "2:05.0"), (59.96, "1:00.0"), (None, "")],
)
def test_race_time_text_cases(seconds: float | None, text: str) -> None:
    assert race_time_text(seconds) == text


def test_finisher_name_does_not_wrap() -> None:
    post = render([finished(12, "no_prediction", top3=full_top3())])

    row = section_tables(post.html, 12)[0].find_all("tr")[1]
    name_cell = row.find_all("td")[3]
    assert "white-space:nowrap" in name_cell["style"]
