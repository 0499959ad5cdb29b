"""Predictor: speed figures, z-scores, flags, ranking, marks and the skip rule on hand-built cards."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest

from predictor import formula
from predictor.marks import CONFIDENCE_FULL_GAP, STAR_MIN_Z
from predictor.predict import predict_race
from scraper.records import PastRun, RaceCard, Runner

RACE_DATE = dt.date(2026, 12, 4)


def past_run(
    *,
    days_ago: int = 30,
    track: str = "川崎",
    distance_m: int = 1400,
    time_s: float | None = 90.5,
    weight_carried: float | None = 55.0,
    going: str | None = "良",
    finish: int | None = 3,
    status: str | None = None,
    field_size: int | None = 12,
    jockey: str | None = "山田",
    last_3f_s: float | None = 40.0,
    last_3f_rank: int | None = 5,
    surface: str | None = "ダ",
    course: str | None = None,
) -> PastRun:
    return PastRun(
        date=RACE_DATE - dt.timedelta(days=days_ago),
        track=track,
        surface=surface,
        course=course,
        distance_m=distance_m,
        going=going,
        race_name="C1",
        finish=finish,
        status=status,
        field_size=field_size,
        gate_number=1,
        popularity=1,
        jockey=jockey,
        weight_carried=weight_carried,
        time_s=time_s,
        margin_s=0.0,
        last_3f_s=last_3f_s,
        last_3f_rank=last_3f_rank,
    )


def runner(
    number: int,
    runs: list[PastRun],
    *,
    jockey: str | None = "山田",
    scratched: bool = False,
    weight_carried: float | None = 55.0,
) -> Runner:
    return Runner(
        frame=(number + 1) // 2,
        number=number,
        name=f"テストホース{number}",
        origin_mark=None,
        sex="牡",
        age=4,
        weight_carried=weight_carried,
        apprentice_mark=None,
        jockey=jockey,
        jockey_id=None,
        trainer="調教師",
        trainer_id=None,
        horse_id=None,
        scratched=scratched,
        scratch_reason="取消" if scratched else None,
        past_runs=runs,
    )


def card(runners: list[Runner], *, venue: str = "川崎", track_code: str = "21", distance_m: int = 1400,
         going: str | None = "良") -> RaceCard:
    return RaceCard(
        race_id="2026120421010101",
        date=RACE_DATE,
        track_code=track_code,
        venue=venue,
        race_number=1,
        name="テスト競走",
        surface="ダ",
        distance_m=distance_m,
        course=None,
        field_size=len(runners),
        post_time="15:00",
        runners=runners,
        going=going,
    )


def field_of(times: list[float], **card_options) -> RaceCard:
    """A field where horse i ran one 川崎 1400 m race in times[i - 1]."""
    return card([runner(i, [past_run(time_s=t)]) for i, t in enumerate(times, start=1)], **card_options)


# Speed figure: (standard time - time) x 10 x distance factor + (weight carried - 55) x 2 + 80 + going.
# Standard times and factors used below: 川崎 1400 m 90.5 s and 1.1, 大井 1200 m 74.5 s and 1.2,
# 船橋 1800 m 116.0 s and 0.9, 浦和 2000 m 131.5 s and 0.8.


def test_speed_figure_hand_computed():
    runs = [past_run(time_s=89.8, weight_carried=56.0, going="良")]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    expected = (90.5 - 89.8) * 10 * 1.1 + (56.0 - 55) * 2 + 80 + 0.0
    assert table.loc[1, "raw_speed"] == pytest.approx(expected)


def test_speed_figure_wet_going():
    runs = [past_run(track="大", distance_m=1200, time_s=74.0, weight_carried=54.0, going="重")]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    expected = (74.5 - 74.0) * 10 * 1.2 + (54.0 - 55) * 2 + 80 - 5.0
    assert table.loc[1, "raw_speed"] == pytest.approx(expected)


def test_speed_term_best_two_of_five():
    times = [117.0, 115.0, 116.5, 114.8, 118.0, 112.0]  # the sixth run is beyond the last five
    runs = [past_run(days_ago=30 * (k + 1), track="船", distance_m=1800, time_s=t) for k, t in enumerate(times)]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    figures = [(116.0 - t) * 10 * 0.9 + 80 for t in times[:5]]
    expected = statistics.mean(sorted(figures, reverse=True)[:2])
    assert table.loc[1, "raw_speed"] == pytest.approx(expected)


def test_speed_course_and_full_track_name():
    runs = [past_run(track="浦和", distance_m=2000, time_s=130.0, weight_carried=57.0, going="稍重")]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    expected = (131.5 - 130.0) * 10 * 0.8 + 2 * 2 + 80 - 3.0
    assert table.loc[1, "raw_speed"] == pytest.approx(expected)


def test_distance_factor_table():
    distances = formula.pd.Series([800, 1000, 1200, 1300, 1500, 1600, 1650, 1800, 2000, 2100, 2600])
    factors = formula.distance_factors(distances).tolist()
    assert factors == [1.4, 1.4, 1.2, 1.1, 1.1, 1.0, 0.9, 0.9, 0.8, 0.7, 0.7]


def test_standard_times_cover_common_distances():
    table = formula.load_standard_times()
    expected = {
        "浦和": [800, 1300, 1400, 1500, 1600, 1900, 2000],
        "船橋": [1000, 1200, 1500, 1600, 1700, 1800, 2200, 2400],
        "大井": [1000, 1200, 1400, 1500, 1600, 1650, 1700, 1800, 2000, 2400, 2600],
        "川崎": [900, 1400, 1500, 1600, 2000, 2100],
    }
    for track, distances in expected.items():
        covered = set(table.loc[(table["track"] == track) & (table["course"] == ""), "distance_m"])
        assert set(distances) <= covered, track


def test_other_circuit_run_flagged_and_skipped():
    runs = [past_run(track="JRA", time_s=80.0), past_run(days_ago=60, time_s=90.5)]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    assert table.loc[1, "other_circuit_runs_skipped"]
    assert table.loc[1, "raw_speed"] == pytest.approx(80.0)


def test_missing_standard_time_flagged():
    runs = [past_run(distance_m=1450, time_s=93.0)]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    assert table.loc[1, "no_standard_time"]
    assert table.loc[1, "no_speed_figure"]


def test_missing_speed_not_filled():
    runs = [past_run(time_s=None, finish=None, status="中止")]
    prediction = predict_race(card([runner(1, runs)] + [runner(i, [past_run()]) for i in range(2, 7)]))
    horse = prediction.horses[0]
    assert horse.components["speed"] is None
    assert horse.raw["speed"] is None
    assert "no_speed_figure" in horse.flags
    assert horse.score is not None


def test_z_scores_within_race():
    times = [89.0, 90.0, 91.0, 92.0, 93.0]
    table = formula.score_runners(field_of(times))
    figures = [(90.5 - t) * 11 + 80 for t in times]
    mean = statistics.mean(figures)
    spread = statistics.pstdev(figures)
    for number, figure in enumerate(figures, start=1):
        assert table.loc[number, "speed"] == pytest.approx((figure - mean) / spread), number


def test_z_scores_ignore_scratched():
    runners = [runner(i, [past_run(time_s=t)]) for i, t in enumerate([89.0, 90.0, 91.0], start=1)]
    runners.append(runner(4, [past_run(time_s=80.0)], scratched=True))
    table = formula.score_runners(card(runners))
    figures = [(90.5 - t) * 11 + 80 for t in (89.0, 90.0, 91.0)]
    expected = (figures[0] - statistics.mean(figures)) / statistics.pstdev(figures)
    assert table.loc[1, "speed"] == pytest.approx(expected)


def test_z_scores_equal_values_zero():
    table = formula.score_runners(field_of([90.0] * 5))
    assert table["speed"].tolist() == [0.0] * 5


def test_closing_terms_hand_computed():
    runs = [
        past_run(days_ago=20, last_3f_s=39.0, last_3f_rank=1, field_size=11),
        past_run(days_ago=50, last_3f_s=40.0, last_3f_rank=6, field_size=11),
        past_run(days_ago=80, last_3f_s=41.0, last_3f_rank=11, field_size=11),
        past_run(days_ago=110, last_3f_s=35.0, last_3f_rank=1, field_size=11),  # beyond the last three
        past_run(days_ago=140, last_3f_s=33.0, last_3f_rank=1, surface="芝", track="JRA"),
    ]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    assert table.loc[1, "raw_last_3f"] == pytest.approx(40.0)
    assert table.loc[1, "raw_last_3f_rank"] == pytest.approx((0 + 0.5 + 1.0) / 3)


def test_closing_faster_scores_higher():
    runners = [runner(i, [past_run(last_3f_s=s)]) for i, s in enumerate([38.5, 40.0, 41.5], start=1)]
    table = formula.score_runners(card(runners))
    assert table.loc[1, "last_3f"] > table.loc[2, "last_3f"]
    assert table.loc[2, "last_3f"] > table.loc[3, "last_3f"]


def test_post_term_kawasaki_inside():
    table = formula.score_runners(field_of([90.0] * 5))
    numbers = [-1.0, -2.0, -3.0, -4.0, -5.0]
    expected = [0.8 * (n - statistics.mean(numbers)) / statistics.pstdev(numbers) for n in numbers]
    assert table["post"].tolist() == pytest.approx(expected)


def test_post_term_funabashi_outside():
    table = formula.score_runners(field_of([90.0] * 5, venue="船橋", track_code="19", distance_m=1600))
    assert table.loc[5, "post"] > table.loc[1, "post"]


def test_post_term_oi_by_going():
    assert formula.post_bias("大井", 1600, "良") == 0.3
    assert formula.post_bias("大井", 1600, "重") == 0.0
    assert formula.post_bias("浦和", 1600, "良") == 1.0
    assert formula.post_bias("船橋", 1200, None) == 0.4


def test_layoff_penalty():
    runners = [
        runner(1, [past_run(days_ago=200)]),
        runner(2, [past_run(days_ago=179)]),
    ]
    table = formula.score_runners(card(runners))
    assert table.loc[1, "raw_layoff"] == 200
    assert table.loc[1, "layoff"] == -1.0
    assert table.loc[2, "layoff"] == 0.0


def test_layoff_ignores_scratched_runs():
    runs = [past_run(days_ago=10, status="取消", finish=None, time_s=None), past_run(days_ago=190)]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    assert table.loc[1, "raw_layoff"] == 190


def test_distance_change_penalty():
    runners = [
        runner(1, [past_run(distance_m=1400)]),
        runner(2, [past_run(distance_m=1000, track="大", time_s=61.0)]),
        runner(3, [past_run(distance_m=2000, track="川", time_s=131.0), past_run(distance_m=1600, time_s=104.0)]),
    ]
    table = formula.score_runners(card(runners))
    assert table.loc[1, "distance_change"] == 0.0
    assert table.loc[2, "distance_change"] == pytest.approx(-(400 - 200) / 400)
    assert table.loc[3, "raw_distance_change"] == pytest.approx(1400 - 1800)
    assert table.loc[3, "distance_change"] == pytest.approx(-0.5)


def test_jockey_term_from_card_rides():
    runners = [
        runner(1, [past_run(jockey="森泰", finish=1, field_size=11)], jockey="▲森泰"),
        runner(2, [past_run(jockey="森泰", finish=6, field_size=11)]),
        runner(3, [past_run(jockey="森泰", finish=11, field_size=11)], jockey="山田"),
    ]
    table = formula.score_runners(card(runners))
    assert table.loc[1, "raw_jockey"] == pytest.approx((1.0 + 0.5 + 0.0) / 3)
    assert table.loc[1, "jockey_rides"] == 3


def test_jockey_few_rides_flagged():
    runners = [runner(1, [past_run(jockey="森泰")], jockey="森泰"), runner(2, [past_run()])]
    table = formula.score_runners(card(runners))
    assert table.loc[1, "few_jockey_rides"]
    assert formula.pd.isna(table.loc[1, "jockey"])


def test_debutant_flagged_and_scored():
    runners = [runner(1, [])] + [runner(i, [past_run(time_s=90.0 + i / 10)]) for i in range(2, 7)]
    prediction = predict_race(card(runners))
    debutant = prediction.horses[0]
    assert "no_past_runs" in debutant.flags
    assert debutant.components["speed"] is None
    assert debutant.components["layoff"] is None
    assert debutant.components["post"] is not None
    assert debutant.components["jockey"] is not None
    assert debutant.components["weight_carried"] == 0.0
    weights = formula.WEIGHTS
    terms = ("post", "jockey", "weight_carried")
    expected = sum(weights[name] * debutant.components[name] for name in terms) / sum(weights[name] for name in terms)
    assert debutant.score == pytest.approx(expected)
    assert debutant.rank is not None


def test_score_weighted_mean_of_present():
    prediction = predict_race(field_of([89.0, 90.0, 91.0, 92.0, 93.0]))
    horse = prediction.horses[0]
    present = {name: z for name, z in horse.components.items() if z is not None}
    expected = sum(formula.WEIGHTS[n] * z for n, z in present.items()) / sum(formula.WEIGHTS[n] for n in present)
    assert horse.score == pytest.approx(expected)


def test_scratched_horse_gets_nothing():
    runners = [runner(i, [past_run(time_s=90.0 + i / 10)]) for i in range(1, 7)]
    runners.append(runner(7, [past_run(time_s=85.0)], scratched=True))
    prediction = predict_race(card(runners))
    scratched = prediction.horses[6]
    assert scratched.scratched
    assert scratched.score is None
    assert scratched.rank is None
    assert scratched.mark is None
    assert all(value is None for value in scratched.components.values())
    assert all(7 not in ticket.combination for ticket in prediction.tickets)
    assert all(7 not in numbers for numbers in prediction.marks.values())


def test_marks_unique_and_ordered():
    prediction = predict_race(field_of([89.0 + k / 5 for k in range(10)]))
    marked = [horse for horse in prediction.horses if horse.mark]
    numbers = [horse.number for horse in marked]
    assert len(numbers) == len(set(numbers))
    assert prediction.marks["◎"] == [1]
    assert prediction.marks["○"] == [2]
    assert prediction.marks["▲"] == [3]
    assert prediction.marks["△"] == [4, 5, 6]
    assert [horse.rank for horse in sorted(marked, key=lambda h: h.rank)][:6] == [1, 2, 3, 4, 5, 6]


def test_marks_small_field():
    prediction = predict_race(field_of([89.0, 89.5, 90.0, 90.5, 91.0]))
    assert prediction.marks["△"] == [4, 5]
    assert "☆" not in prediction.marks


def test_star_goes_to_strong_closer():
    # Horse 10 has poor times but by far the fastest 上がり; horse 7 is 7th by time.
    runners = [runner(i, [past_run(time_s=89.0 + i / 5, last_3f_s=40.0)]) for i in range(1, 10)]
    runners.append(runner(10, [past_run(time_s=93.0, last_3f_s=37.0, last_3f_rank=1)]))
    prediction = predict_race(card(runners))
    star = [horse for horse in prediction.horses if horse.mark == "☆"]
    assert prediction.marks["☆"] == [10]
    assert star[0].rank > 6
    assert star[0].components["last_3f"] >= STAR_MIN_Z


def test_star_absent_without_standout():
    prediction = predict_race(field_of([89.0 + k / 5 for k in range(10)]))
    assert "☆" not in prediction.marks


def test_confidence_and_open_race():
    clear = predict_race(field_of([86.0, 90.0, 90.2, 90.4, 90.6, 90.8]))
    close = predict_race(field_of([90.0, 90.0, 90.2, 90.4, 90.6, 90.8]))
    assert clear.confidence == 1.0
    assert not clear.open_race
    assert close.open_race
    assert close.confidence < clear.confidence


def test_skip_small_field():
    prediction = predict_race(field_of([89.0, 90.0, 91.0, 92.0]))
    assert prediction.skipped_reason is not None
    assert "4頭" in prediction.skipped_reason
    assert prediction.marks == {}
    assert prediction.bets == []
    assert all(horse.rank is None for horse in prediction.horses)


def test_skip_no_separating_component():
    # 大井 on 重 going has no post bias, and five debutants with equal weights have nothing else.
    runners = [runner(i, []) for i in range(1, 6)]
    prediction = predict_race(card(runners, venue="大井", track_code="20", distance_m=1600, going="重"))
    assert prediction.skipped_reason is not None
    assert "5頭" in prediction.skipped_reason
    assert "差がつかない" in prediction.skipped_reason
    assert prediction.marks == {}
    assert prediction.bets == []
    assert all(horse.rank is None for horse in prediction.horses)


def test_constant_field_scored_on_post():
    prediction = predict_race(card([runner(i, []) for i in range(1, 6)]))
    assert prediction.skipped_reason is None
    assert prediction.marks["◎"] == [1]


def test_all_debutants_scored():
    weights = [56.0, 56.0, 54.0, 56.0, 53.0, 56.0]
    runners = [runner(i, [], weight_carried=w) for i, w in enumerate(weights, start=1)]
    prediction = predict_race(card(runners))
    assert prediction.skipped_reason is None
    assert all("no_past_runs" in horse.flags for horse in prediction.horses)
    assert all(horse.score is not None for horse in prediction.horses)
    assert prediction.marks["◎"] == [5]
    assert prediction.marks["○"] == [3]
    assert prediction.open_race
    assert prediction.confidence == 0.0
    assert [line.bet_type for line in prediction.bets] == ["exacta", "trio"]


def test_unusable_runs_scored():
    runners = [runner(i, [past_run(track="JRA")]) for i in range(1, 7)]
    prediction = predict_race(card(runners))
    assert prediction.skipped_reason is None
    assert all("no_speed_figure" in horse.flags for horse in prediction.horses)
    assert all("other_circuit_runs_skipped" in horse.flags for horse in prediction.horses)
    assert prediction.open_race
    assert prediction.confidence == 0.0
    assert prediction.bets != []


def test_mixed_minority_open_lower_confidence():
    runners = [runner(1, [past_run(time_s=88.0)]), runner(2, [past_run(time_s=90.0)])]
    runners += [runner(i, [past_run(track="JRA")]) for i in range(3, 7)]
    prediction = predict_race(card(runners))
    scores = sorted((horse.score for horse in prediction.horses), reverse=True)
    gap_confidence = min(1.0, (scores[0] - scores[1]) / CONFIDENCE_FULL_GAP)
    assert prediction.skipped_reason is None
    assert prediction.marks["◎"] == [1]
    assert prediction.confidence == pytest.approx(gap_confidence * 2 / 6)
    assert prediction.open_race


def test_mixed_majority_lower_confidence():
    runners = [runner(1, [])] + [runner(i, [past_run(time_s=88.0 + i)]) for i in range(2, 7)]
    prediction = predict_race(card(runners))
    scores = sorted((horse.score for horse in prediction.horses), reverse=True)
    gap_confidence = min(1.0, (scores[0] - scores[1]) / CONFIDENCE_FULL_GAP)
    assert prediction.skipped_reason is None
    assert prediction.horses[0].rank is not None
    assert prediction.confidence == pytest.approx(gap_confidence * 5 / 6)
    assert not prediction.open_race


def test_weight_carried_hand_computed():
    weights = [53.0, 55.0, 56.0]
    runners = [runner(i, [past_run()], weight_carried=w) for i, w in enumerate(weights, start=1)]
    runners.append(runner(4, [past_run()], weight_carried=40.0, scratched=True))
    table = formula.score_runners(card(runners))
    mean = (53.0 + 55.0 + 56.0) / 3
    for number, weight in enumerate(weights, start=1):
        expected = -(weight - mean) * 2 / 10
        assert table.loc[number, "weight_carried"] == pytest.approx(expected), number
    assert table.loc[1, "raw_weight_carried"] == 53.0
    assert formula.pd.isna(table.loc[4, "weight_carried"])


def test_weight_carried_lighter_ranks_higher():
    runners = [runner(i, [past_run()], weight_carried=57.0 - i) for i in range(1, 6)]
    prediction = predict_race(card(runners, venue="大井", track_code="20", going="重"))
    assert prediction.marks["◎"] == [5]
    assert prediction.marks["○"] == [4]
    assert prediction.marks["▲"] == [3]


def test_weight_carried_missing_flagged():
    runners = [runner(1, [past_run()], weight_carried=None)]
    runners += [runner(i, [past_run()], weight_carried=w) for i, w in [(2, 54.0), (3, 56.0)]]
    table = formula.score_runners(card(runners))
    assert table.loc[1, "no_weight_carried"]
    assert not table.loc[2, "no_weight_carried"]
    assert formula.pd.isna(table.loc[1, "weight_carried"])
    assert table.loc[2, "weight_carried"] == pytest.approx(0.2)
    assert not formula.pd.isna(table.loc[1, "score"])


def test_run_weight_carried_missing_flagged():
    runs = [past_run(weight_carried=None)]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    assert table.loc[1, "no_run_weight_carried"]
    assert not table.loc[1, "no_weight_carried"]
    assert table.loc[1, "no_speed_figure"]


def test_speed_outer_course_row():
    runs = [past_run(track="船", course="外", distance_m=1800, time_s=115.0)]
    table = formula.score_runners(card([runner(1, runs), runner(2, [past_run()])]))
    assert table.loc[1, "raw_speed"] == pytest.approx((116.0 - 115.0) * 10 * 0.9 + 80)


def test_skip_counts_only_active_runners():
    runners = [runner(i, [past_run(time_s=90.0 + i / 10)]) for i in range(1, 6)]
    runners.append(runner(6, [past_run()], scratched=True))
    runners[0] = runner(1, [])
    prediction = predict_race(card(runners))
    assert prediction.skipped_reason is None


def test_sample_card_marks_and_bets(pages_dir):
    """Pin the picks for the sample 川崎 1400 m card (13 runners, horse 14 scratched).

    Horse 1 won its last race, 川崎 900 m in 55.5 s with a 38.0 s 上がり: the best speed
    figure (85.0) and the fastest closing in the field outweigh the step up from sprints.
    Horse 2 won its last four races and has the best jockey record on the card. Horse 7
    has the second-best figure (74.5, from 浦和 1400 m in 90.7 s on 稍重) and carries 51 kg,
    with horse 5 the lightest weight in the field. Horses 9 and 3 follow, then horse 5: it carries 51 kg
    against horse 8's 56 kg, and 5 kg is worth 10 speed-figure points, more than the 5.25
    points by which horse 8's figure (60.35) beats horse 5's (55.10). No horse below them
    is strong in any one figure, so there is no ☆.
    """
    from scraper.card import parse_card

    path = pages_dir / "constructed" / "kawasaki-2025-01-01" / "uma_shosai" / "2025010121100206.do"
    prediction = predict_race(parse_card(path.read_bytes(), str(path)))
    scored = [horse for horse in prediction.horses if horse.score is not None]
    scratched = [horse.number for horse in prediction.horses if horse.scratched]

    assert prediction.skipped_reason is None
    assert len(scored) == 13
    assert scratched == [14]
    assert prediction.marks == {"◎": [1], "○": [2], "▲": [7], "△": [9, 3, 5]}
    assert prediction.horses[0].raw["speed"] == pytest.approx((56.0 - 55.5) * 10 * 1.4 + (54.0 - 55) * 2 + 80)
    assert [line.label for line in prediction.bets] == ["馬単 ◎→○▲", "三連複 ◎-○▲-○▲△"]
    assert [ticket.combination for ticket in prediction.bets[0].tickets] == [(1, 2), (1, 7)]
    assert [ticket.combination for ticket in prediction.bets[1].tickets] == [
        (1, 2, 3), (1, 2, 5), (1, 2, 7), (1, 2, 9), (1, 3, 7), (1, 5, 7), (1, 7, 9),
    ]
    assert prediction.stake_yen == 900
    assert not prediction.open_race
    assert prediction.horses[4].raw["weight_carried"] == 51.0
    assert prediction.horses[7].raw["weight_carried"] == 56.0


def test_sample_debut_card_marks_and_bets(pages_dir):
    """Pin the picks for the sample 船橋 1800 m card, whose 13 runners show no past runs.

    With no past-run cells there is no speed, closing, layoff, distance or jockey term, so
    two terms decide: weight carried (weight 0.45) and post (weight 0.08). 船橋 1800 m has
    post strength -0.2, so higher horse numbers score slightly higher. Horse 8 carries 53 kg
    (apprentice ▲) and is ◎. The 54 kg mares come next, outside first: 13 ○, 10 ▲, then 6
    and 4 as △. Horse 12, the outermost of the 56 kg runners, is the third △.
    """
    from scraper.card import parse_card

    path = pages_dir / "constructed" / "funabashi-2026-08-28" / "uma_shosai" / "2026082819060512.do"
    prediction = predict_race(parse_card(path.read_bytes(), str(path)))
    scored = [horse for horse in prediction.horses if horse.score is not None]

    assert prediction.skipped_reason is None
    assert len(scored) == 13
    assert all("no_past_runs" in horse.flags for horse in prediction.horses)
    assert all(horse.components["speed"] is None for horse in prediction.horses)
    assert prediction.marks == {"◎": [8], "○": [13], "▲": [10], "△": [6, 4, 12]}
    assert prediction.open_race
    assert prediction.confidence == 0.0
    assert [ticket.combination for ticket in prediction.bets[0].tickets] == [(8, 13), (8, 10)]
    assert [ticket.combination for ticket in prediction.bets[1].tickets] == [
        (4, 8, 10), (4, 8, 13), (6, 8, 10), (6, 8, 13), (8, 10, 12), (8, 10, 13), (8, 12, 13),
    ]
    assert prediction.stake_yen == 900


def test_card_facts_reach_scores(pages_dir):
    from scraper.card import parse_card

    path = pages_dir / "constructed" / "kawasaki-2025-01-01" / "uma_shosai" / "2025010121100206.do"
    card = parse_card(path.read_bytes(), str(path))
    horses = {horse.number: horse for horse in predict_race(card).horses}

    for runner in card.runners:
        horse = horses[runner.number]
        assert horse.jockey == runner.jockey
        assert horse.apprentice_mark == runner.apprentice_mark
        assert horse.weight_carried == runner.weight_carried
        assert (horse.sex, horse.age) == (runner.sex, runner.age)
