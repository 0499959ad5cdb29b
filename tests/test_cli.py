"""The `python -m jobs` command line, run in-process through jobs.cli.main."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from jobs.cli import main
from tests.sites import PAGES, UNSET_KEYS, copy_sample_day

RESULT_PAGE = PAGES / "captured" / "funabashi-2026-08-28" / "result" / "2026082819060512.do"
CARD_PAGE = PAGES / "constructed" / "kawasaki-2025-01-01" / "uma_shosai" / "2025010121100206.do"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in (*UNSET_KEYS, "NANKAN_BASE_URL", "OUTPUT_DIR"):
        monkeypatch.delenv(key, raising=False)


def test_parse_result_prints_everything(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "result", str(RESULT_PAGE)]) == 0
    record = json.loads(capsys.readouterr().out)

    assert record["race_id"] == "2026082819060512"
    assert len(record["runners"]) == 13
    assert [r["number"] for r in record["runners"][:3]] == [12, 7, 13]
    payouts = {(p["bet_type"], tuple(p["combination"])): p["yen"] for p in record["payouts"]}
    assert payouts == {
        ("win", (12,)): 460,
        ("place", (12,)): 220,
        ("place", (7,)): 470,
        ("place", (13,)): 260,
        ("bracket_quinella", (5, 8)): 1720,
        ("quinella", (7, 12)): 3050,
        ("bracket_exacta", (8, 5)): 2610,
        ("exacta", (12, 7)): 5280,
        ("quinella_place", (7, 12)): 1130,
        ("quinella_place", (12, 13)): 470,
        ("quinella_place", (7, 13)): 1140,
        ("trio", (7, 12, 13)): 4540,
        ("trifecta", (12, 7, 13)): 25580,
    }


def test_parse_card_prints_runners(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "card", str(CARD_PAGE)]) == 0
    record = json.loads(capsys.readouterr().out)

    runners = {r["number"]: r for r in record["runners"]}
    assert len(runners) == 14
    assert runners[14]["scratched"] is True
    assert all(len(r["past_runs"]) == 5 for n, r in runners.items() if n != 14)
    assert "リュウノシンクウハ" in json.dumps(record, ensure_ascii=False)


def test_parse_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", "card", str(tmp_path / "none.do")]) == 2
    assert "読めません" in capsys.readouterr().err


def test_parse_wrong_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "card", str(RESULT_PAGE)]) == 1
    assert "解析できません" in capsys.readouterr().err


def test_predict_rerun_updates_same_post(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    out = tmp_path / "out"
    args = ["predict", "--date", "2025-01-01", "--replay", str(site), "--out", str(out)]

    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0

    posts = sorted(p.name for p in (out / "posts").iterdir())
    assert posts == ["2025-01-01-kawasaki-predict.html", "2025-01-01-kawasaki-predict.json"]
    assert "予想記事を書き出しました" in first
    html = (out / "posts" / "2025-01-01-kawasaki-predict.html").read_text(encoding="utf-8")
    assert "取消" in html
    with sqlite3.connect(out / "state.sqlite3") as db:
        assert db.execute("select count(*) from posts").fetchone()[0] == 1
        assert db.execute("select count(*) from predictions").fetchone()[0] == 1


def test_predict_missing_replay_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["predict", "--date", "2025-01-01", "--replay", str(tmp_path / "none"), "--out", str(tmp_path)])
    assert "--replay" in str(exited.value)


def test_predict_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["predict", "--date", "2025/01/01"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_settle_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settle", str(RESULT_PAGE), "--bet", "trifecta:12-7-13:300", "--bet", "exacta:7-12"]) == 0
    report = json.loads(capsys.readouterr().out)

    assert report["stake_yen"] == 400
    assert report["return_yen"] == 76740
    assert [b["outcome"] for b in report["bets"]] == ["hit", "miss"]


def test_settle_bad_bet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settle", str(RESULT_PAGE), "--bet", "trifecta12-7-13"]) == 2
    assert "TYPE:COMBO" in capsys.readouterr().err


def test_settings_error_names_setting(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REQUEST_DELAY_S", "fast")
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    assert main(["predict", "--date", "2025-01-01", "--replay", str(site), "--out", str(tmp_path / "out")]) == 2
    assert "REQUEST_DELAY_S" in capsys.readouterr().err


def test_blogger_publisher_needs_settings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    args = ["predict", "--date", "2025-01-01", "--replay", str(site), "--out", str(tmp_path / "out"), "--publisher", "blogger"]

    assert main(args) == 2
    assert "PUBLISHER" in capsys.readouterr().err
