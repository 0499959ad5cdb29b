"""BloggerPublisher against the loopback Blogger fake, through the real google-api-python-client."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httplib2
import pytest
from bs4 import BeautifulSoup

from blogger_server import FakeBlogger
from jobs.settings import BloggerSettings
from publisher.base import Post, PublishAuthError, PublishError
from publisher.blogger import BloggerPublisher
from publisher.render import render_predict_post
from publisher.templating import RESULTS_LINK_END, RESULTS_LINK_START
from store.base import PostRef
from store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
TITLE = "【南関テイオー】2025年1月1日 川崎 全12R 予想"
LABELS = ["川崎", "2025-01-01", "予想"]


@pytest.fixture
def fake() -> Iterator[FakeBlogger]:
    server = FakeBlogger().start()
    yield server
    server.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    state = SQLiteStore(tmp_path / "state.sqlite3")
    yield state
    state.close()


@pytest.fixture
def sleeps() -> list[float]:
    return []


def settings_for(fake: FakeBlogger, **changes: str) -> BloggerSettings:
    values = {
        "blog_id": fake.blog_id,
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
        "refresh_token": fake.refresh_token,
        "api_endpoint": fake.url,
        "token_uri": f"{fake.url}/token",
    }
    values.update(changes)
    return BloggerSettings(**values)


def make_publisher(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float], **changes: str) -> BloggerPublisher:
    return BloggerPublisher(settings_for(fake, **changes), store, retry_sleep=sleeps.append)


def make_post(html: str = "<p>本文 1</p>", title: str = TITLE) -> Post:
    return Post(
        kind="predict", date="2025-01-01", track_code="21", venue="川崎", title=title, labels=list(LABELS), html=html
    )


def test_publish_inserts_live_post(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    ref = make_publisher(fake, store, sleeps).publish(make_post())

    assert list(fake.posts) == [ref.post_id]
    post = fake.posts[ref.post_id]
    assert post["title"] == TITLE
    assert post["labels"] == LABELS
    assert post["content"] == "<p>本文 1</p>"
    assert post["status"] == "LIVE"
    assert ref.url == post["url"]
    inserts = fake.api_requests("POST")
    assert len(inserts) == 1
    assert inserts[0].query["isDraft"] == ["false"]
    assert store.get_post("2025-01-01", "21", "predict") == ref


def test_rendered_post_sent_as_fragment(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    rendered = render_predict_post(dt.date(2025, 1, 1), "21", "川崎", [], [])

    ref = make_publisher(fake, store, sleeps).publish(rendered)

    content = fake.posts[ref.post_id]["content"]
    assert content == rendered.html
    assert content.startswith("<div")
    assert "<!DOCTYPE" not in content
    assert "<html" not in content
    assert "<body" not in content


def test_publish_twice_updates_same_post(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)

    first = publisher.publish(make_post("<p>本文 1</p>"))
    second = publisher.publish(make_post("<p>本文 2</p>"))

    assert second.post_id == first.post_id
    assert len(fake.posts) == 1
    assert fake.posts[first.post_id]["content"] == "<p>本文 2</p>"
    assert len(fake.api_requests("POST")) == 1
    assert len(fake.api_requests("PATCH")) == 1


def test_unchanged_post_sends_no_update(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)

    first = publisher.publish(make_post("<p>本文 1</p>"))
    second = publisher.publish(make_post("<p>本文 1</p>"))

    assert second == first
    assert len(fake.posts) == 1
    assert len(fake.api_requests("POST")) == 1
    assert fake.api_requests("PATCH") == []
    assert fake.api_requests("PUT") == []
    reads = [request for request in fake.api_requests("GET") if request.path.endswith(f"/posts/{first.post_id}")]
    assert len(reads) == 1  # the existence check


def test_unchanged_but_deleted_post_recreated(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    first = publisher.publish(make_post("<p>本文 1</p>"))
    del fake.posts[first.post_id]

    second = publisher.publish(make_post("<p>本文 1</p>"))

    assert second.post_id != first.post_id
    assert list(fake.posts) == [second.post_id]


def test_publish_uses_given_transport(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    transport = httplib2.Http(timeout=5)
    publisher = BloggerPublisher(settings_for(fake), store, http=transport, retry_sleep=sleeps.append)

    ref = publisher.publish(make_post())

    assert list(fake.posts) == [ref.post_id]
    assert transport.connections != {}


def test_publish_reuses_built_client(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)

    publisher.publish(make_post("<p>本文 1</p>"))
    publisher.publish(make_post("<p>本文 2</p>"))

    token_requests = [request for request in fake.requests if request.path == "/token"]
    assert len(token_requests) == 1


def test_empty_store_updates_post_found_by_title(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    other_id = fake.add_post("【南関テイオー】2025年1月1日 川崎 全12R 結果", ["川崎", "2025-01-01", "結果"], "結果")
    existing_id = fake.add_post(TITLE, ["2025-01-01"], "<p>古い本文</p>")

    ref = make_publisher(fake, store, sleeps).publish(make_post("<p>新しい本文</p>"))

    assert ref.post_id == existing_id
    assert len(fake.posts) == 2
    assert fake.posts[existing_id]["content"] == "<p>新しい本文</p>"
    assert fake.posts[other_id]["content"] == "結果"
    assert fake.api_requests("POST") == []
    assert store.get_post("2025-01-01", "21", "predict") == ref


def test_update_sets_title_and_labels(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    existing_id = fake.add_post(TITLE, ["2025-01-01"], "<p>古い本文</p>")

    make_publisher(fake, store, sleeps).publish(make_post())

    patch = fake.api_requests("PATCH")[0]
    assert patch.body["title"] == TITLE
    assert patch.body["labels"] == LABELS
    assert fake.posts[existing_id]["labels"] == LABELS


def test_search_lists_by_date_label(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    make_publisher(fake, store, sleeps).publish(make_post())

    listing = fake.api_requests("GET")[0]
    assert listing.query["labels"] == ["2025-01-01"]
    assert listing.query["status"] == ["LIVE", "DRAFT", "SCHEDULED"]
    assert listing.query["fetchBodies"] == ["false"]


def test_search_finds_draft(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    draft_id = fake.add_post(TITLE, LABELS, "<p>下書き</p>", status="DRAFT")

    ref = make_publisher(fake, store, sleeps).publish(make_post())

    assert ref.post_id == draft_id
    assert len(fake.posts) == 1


def test_search_follows_next_page(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    for number in range(60):
        fake.add_post(f"別の記事 {number}", LABELS)
    existing_id = fake.add_post(TITLE, LABELS, "<p>古い本文</p>")

    ref = make_publisher(fake, store, sleeps).publish(make_post())

    assert ref.post_id == existing_id
    assert len(fake.posts) == 61
    assert len(fake.api_requests("GET")) == 2


def test_search_ignores_similar_title(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    fake.add_post(TITLE + "（訂正）", LABELS)

    make_publisher(fake, store, sleeps).publish(make_post())

    assert len(fake.posts) == 2
    assert len(fake.api_requests("POST")) == 1


def test_deleted_recorded_post_is_replaced(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    store.put_post("2025-01-01", "21", "predict", PostRef(post_id="1234", url=None))

    ref = make_publisher(fake, store, sleeps).publish(make_post())

    assert ref.post_id != "1234"
    assert list(fake.posts) == [ref.post_id]
    assert store.get_post("2025-01-01", "21", "predict") == ref


def test_503_twice_then_success(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    fake.fail_next(503, times=2)

    ref = make_publisher(fake, store, sleeps).publish(make_post())

    assert list(fake.posts) == [ref.post_id]
    assert len(sleeps) == 2


def test_429_then_success(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    fake.fail_next(429)

    ref = make_publisher(fake, store, sleeps).publish(make_post())

    assert list(fake.posts) == [ref.post_id]
    assert len(sleeps) == 1


def test_503_persisting_is_retryable(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    fake.deny_status = 503

    with pytest.raises(PublishError) as caught:
        make_publisher(fake, store, sleeps).publish(make_post())

    assert caught.value.retryable is True
    assert not isinstance(caught.value, PublishAuthError)
    assert "HTTP 503" in str(caught.value)
    assert len(sleeps) == 4
    assert store.get_post("2025-01-01", "21", "predict") is None


def test_401_raises_auth_error(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    fake.deny_status = 401

    with pytest.raises(PublishAuthError) as caught:
        make_publisher(fake, store, sleeps).publish(make_post())

    message = str(caught.value)
    assert "HTTP 401" in message
    assert "python -m jobs blogger-auth" in message
    assert "Testing" in message
    assert "7 days" in message
    assert caught.value.retryable is False
    assert fake.posts == {}


def test_403_raises_auth_error(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    fake.deny_status = 403

    with pytest.raises(PublishAuthError) as caught:
        make_publisher(fake, store, sleeps).publish(make_post())

    assert "HTTP 403" in str(caught.value)
    assert fake.blog_id in str(caught.value)
    assert sleeps == []


def test_invalid_grant_raises_auth_error(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps, refresh_token="revoked-refresh-token")

    with pytest.raises(PublishAuthError) as caught:
        publisher.publish(make_post())

    message = str(caught.value)
    assert "invalid_grant" in message
    assert "python -m jobs blogger-auth" in message
    assert "7 days" in message
    assert fake.api_requests() == []


def test_unknown_blog_names_setting(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps, blog_id="1111")

    with pytest.raises(PublishError) as caught:
        publisher.publish(make_post())

    assert "HTTP 404" in str(caught.value)
    assert "BLOGGER_BLOG_ID=1111" in str(caught.value)
    assert caught.value.retryable is False


def test_unreachable_endpoint_is_retryable(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    fake.stop()

    with pytest.raises(PublishError) as caught:
        publisher.publish(make_post())

    assert caught.value.retryable is True


def test_invalid_kind_rejected(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    post = make_post()
    post.kind = "weekly"

    with pytest.raises(ValueError, match="weekly"):
        make_publisher(fake, store, sleeps).publish(post)


def test_secrets_absent_from_logs(
    fake: FakeBlogger, store: SQLiteStore, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    make_publisher(fake, store, sleeps).publish(make_post())
    failing = make_publisher(fake, store, sleeps, refresh_token="revoked-refresh-token")
    with pytest.raises(PublishAuthError) as caught:
        failing.publish(make_post("<p>本文 2</p>"))

    texts = [caplog.text, str(caught.value), repr(caught.value), str(caught.value.__cause__)]
    for secret in (fake.client_secret, fake.refresh_token, "revoked-refresh-token"):
        for text in texts:
            assert secret not in text


def test_settings_repr_hides_secrets(fake: FakeBlogger) -> None:
    text = repr(settings_for(fake))

    assert fake.client_secret not in text
    assert fake.refresh_token not in text


def test_import_skips_google_client() -> None:
    code = "import sys, publisher.blogger; print(sorted(m for m in sys.modules if m.startswith('googleapiclient')))"

    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "[]"


RESULTS_TITLE = "【南関テイオー】2025年1月1日 川崎 全12R 結果"
PREDICT_HTML = f"<div><p>予想</p>\n{RESULTS_LINK_START}{RESULTS_LINK_END}\n<p>本文</p></div>"


def publish_pair(publisher: BloggerPublisher, predict_html: str = PREDICT_HTML) -> tuple[PostRef, PostRef]:
    predict_ref = publisher.publish(make_post(predict_html))
    results = make_post("<p>結果</p>", title=RESULTS_TITLE)
    results.kind = "results"
    results.labels = ["川崎", "2025-01-01", "結果"]
    return predict_ref, publisher.publish(results)


def results_anchors(content: str) -> list:
    soup = BeautifulSoup(content, "html.parser")
    return [anchor for anchor in soup.find_all("a") if anchor.get_text() == "結果はこちら"]


def test_link_results_patches_content(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    predict_ref, results_ref = publish_pair(publisher)

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    post = fake.posts[predict_ref.post_id]
    patch = fake.api_requests("PATCH")[-1]
    assert [anchor["href"] for anchor in results_anchors(post["content"])] == [results_ref.url]
    assert post["title"] == TITLE
    assert post["labels"] == LABELS
    assert set(patch.body) == {"content"}
    assert patch.path.endswith(f"/posts/{predict_ref.post_id}")


def test_link_results_reads_post(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    predict_ref, results_ref = publish_pair(publisher)
    reads_before = len(fake.api_requests("GET"))

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    reads = fake.api_requests("GET")[reads_before:]
    assert len(reads) == 1
    assert reads[0].path.endswith(f"/posts/{predict_ref.post_id}")
    assert reads[0].query["view"] == ["AUTHOR"]


def test_link_results_idempotent(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    predict_ref, results_ref = publish_pair(publisher)
    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")
    patches_before = len(fake.api_requests("PATCH"))
    content = fake.posts[predict_ref.post_id]["content"]

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert len(fake.api_requests("PATCH")) == patches_before
    assert len(fake.api_requests("PUT")) == 0
    assert fake.posts[predict_ref.post_id]["content"] == content


def test_link_results_comments_dropped(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    predict_ref, results_ref = publish_pair(publisher, "<p>古い予想</p>")
    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")
    post = fake.posts[predict_ref.post_id]
    post["content"] = post["content"].replace(RESULTS_LINK_START, "").replace(RESULTS_LINK_END, "")
    patches_before = len(fake.api_requests("PATCH"))

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert len(fake.api_requests("PATCH")) == patches_before
    assert len(results_anchors(post["content"])) == 1


def test_link_results_deleted_post(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    predict_ref, results_ref = publish_pair(publisher)
    del fake.posts[predict_ref.post_id]

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert fake.api_requests("PATCH") == []


def test_link_results_without_url(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    predict_ref, results_ref = publish_pair(publisher)
    requests_before = len(fake.api_requests())

    publisher.link_results(predict_ref, PostRef(post_id=results_ref.post_id, url=None), "2025-01-01", "21")

    assert len(fake.api_requests()) == requests_before


def test_link_results_auth_error(fake: FakeBlogger, store: SQLiteStore, sleeps: list[float]) -> None:
    publisher = make_publisher(fake, store, sleeps)
    predict_ref, results_ref = publish_pair(publisher)
    fake.deny_status = 401

    with pytest.raises(PublishAuthError) as caught:
        publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert "2025-01-01 川崎" in str(caught.value)
    assert predict_ref.post_id in str(caught.value)
