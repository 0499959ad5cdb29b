"""Re-runs of both jobs for one day leave exactly one post per (date, venue, kind) on the blog.

The state store (an SQLite file) is deleted before some runs, as after a lost deployment, so
the publisher must find its post again by label and title. The site changes between runs, so
the last run's content must be what the blog shows.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import jobs
from jobs.settings import load_settings
from scraper.replay import ReplayServer
from tests.blogger_server import FakeBlogger
from tests.sites import PAGES, copy_sample_day, job_env
from tests.test_faults_blogger import ENV_KEYS, blogger_env, live_posts
from tests.test_faults_site import DATE, card_path

RUNS = 20
DELETE_STORE_BEFORE = {3, 4, 9, 15, 19}
FUNABASHI_DATE = dt.date(2026, 8, 28)
RACE_TITLE = '<span class="nk23_c-tab1__title__text">四扇（しおうぎ）賞Ｃ２一 二</span>'


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)


@pytest.fixture
def fake() -> Iterator[FakeBlogger]:
    blog = FakeBlogger().start()
    yield blog
    blog.stop()


def delete_store(out: Path) -> None:
    for name in ("state.sqlite3", "state.sqlite3-wal", "state.sqlite3-shm"):
        (out / name).unlink(missing_ok=True)


def blog_writes(fake: FakeBlogger) -> int:
    """Count the insert and update requests the blog received."""
    return sum(len(fake.api_requests(method)) for method in ("POST", "PATCH", "PUT"))


def posts_per_key(fake: FakeBlogger) -> Counter:
    """Count live posts per (labels, title), which is one post per (date, venue, kind)."""
    return Counter((tuple(sorted(post["labels"])), post["title"]) for post in live_posts(fake))


def test_morning_reruns_one_post(fake: FakeBlogger, tmp_path: Path) -> None:
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    card = site / card_path(6).lstrip("/")
    original = card.read_bytes()
    out = tmp_path / "out"

    with ReplayServer(site) as server:
        settings = load_settings(blogger_env(fake, server.base_url, out))
        for run in range(RUNS):
            renamed = RACE_TITLE.replace("四扇（しおうぎ）賞Ｃ２一 二", f"四扇賞 第{run}版")
            card.write_bytes(original.replace(RACE_TITLE.encode("cp932"), renamed.encode("cp932")))
            if run in DELETE_STORE_BEFORE:
                delete_store(out)
            jobs.predict(DATE, settings)

    counts = posts_per_key(fake)
    assert len(counts) == 1
    assert set(counts.values()) == {1}
    (post,) = live_posts(fake)
    assert f"四扇賞 第{RUNS - 1}版" in post["content"]
    assert f"四扇賞 第{RUNS - 2}版" not in post["content"]
    assert len(fake.api_requests("POST")) == 1


def test_morning_reruns_local_one_file(tmp_path: Path) -> None:
    site = copy_sample_day("kawasaki-2025-01-01", tmp_path / "site")
    out = tmp_path / "out"
    with ReplayServer(site) as server:
        settings = load_settings(job_env(server.base_url, out))
        for run in range(5):
            if run == 2:
                shutil.rmtree(out)
            jobs.predict(DATE, settings)

    posts = sorted(path.name for path in (out / "posts").iterdir())
    assert posts == ["2025-01-01-kawasaki-predict.html", "2025-01-01-kawasaki-predict.json"]


def test_evening_reruns_one_post(fake: FakeBlogger, tmp_path: Path) -> None:
    site = copy_sample_day("funabashi-2026-08-28", tmp_path / "site")
    out = tmp_path / "out"

    with ReplayServer(site) as server:
        settings = load_settings(blogger_env(fake, server.base_url, out))
        jobs.predict(FUNABASHI_DATE, settings)
        for run in range(RUNS):
            if run in DELETE_STORE_BEFORE:
                delete_store(out)
                jobs.predict(FUNABASHI_DATE, settings)  # the evening job needs the morning's tickets
            jobs.results(FUNABASHI_DATE, settings)

    counts = posts_per_key(fake)
    kinds = sorted(title for _, title in counts)
    assert len(counts) == 2, kinds
    assert set(counts.values()) == {1}
    assert len(fake.api_requests("POST")) == 2


def test_evening_rerun_completes_pending(fake: FakeBlogger, tmp_path: Path) -> None:
    site = copy_sample_day("funabashi-2026-08-28", tmp_path / "site")
    result = site / "result" / "2026082819060512.do"
    confirmed = result.read_bytes()
    result.write_bytes((PAGES / "variants" / "funabashi-2026-08-28" / "pending.do").read_bytes())
    out = tmp_path / "out"

    with ReplayServer(site) as server:
        settings = load_settings(blogger_env(fake, server.base_url, out))
        jobs.predict(FUNABASHI_DATE, settings)
        first = jobs.results(FUNABASHI_DATE, settings)
        result.write_bytes(confirmed)
        second = jobs.results(FUNABASHI_DATE, settings)

    assert first["pending"] == 1
    assert second["settled"] == 1
    assert second["venues"][0]["post_id"] == first["venues"][0]["post_id"]
    assert len(posts_per_key(fake)) == 2


def test_second_evening_run_changes_nothing(fake: FakeBlogger, tmp_path: Path) -> None:
    site = copy_sample_day("funabashi-2026-08-28", tmp_path / "site")
    out = tmp_path / "out"

    with ReplayServer(site) as server:
        settings = load_settings(blogger_env(fake, server.base_url, out))
        jobs.predict(FUNABASHI_DATE, settings)
        jobs.results(FUNABASHI_DATE, settings)
        writes_before = blog_writes(fake)
        contents_before = {post_id: post["content"] for post_id, post in fake.posts.items()}
        second = jobs.results(FUNABASHI_DATE, settings)

    writes_after = blog_writes(fake)
    assert second["settled"] == 1
    assert writes_after == writes_before
    assert {post_id: post["content"] for post_id, post in fake.posts.items()} == contents_before


def test_morning_rerun_after_evening_changes_nothing(fake: FakeBlogger, tmp_path: Path) -> None:
    site = copy_sample_day("funabashi-2026-08-28", tmp_path / "site")
    out = tmp_path / "out"

    with ReplayServer(site) as server:
        settings = load_settings(blogger_env(fake, server.base_url, out))
        jobs.predict(FUNABASHI_DATE, settings)
        jobs.results(FUNABASHI_DATE, settings)
        writes_before = blog_writes(fake)
        contents_before = {post_id: post["content"] for post_id, post in fake.posts.items()}
        jobs.predict(FUNABASHI_DATE, settings)

    writes_after = blog_writes(fake)
    assert writes_after == writes_before
    assert {post_id: post["content"] for post_id, post in fake.posts.items()} == contents_before
    assert any("結果はこちら" in content for content in contents_before.values())
