"""LocalPublisher: file names, sidecar, overwrite in place, atomic replacement and the results link."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from publisher.base import Post, PublishError
from publisher.local import LocalPublisher
from publisher.render import render_predict_post
from publisher.templating import RESULTS_LINK_END, RESULTS_LINK_START, html_document
from store.base import PostRef
from store.sqlite import SQLiteStore

TITLE = "【南関テイオー】2025年1月1日 川崎 全12R 予想"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    state = SQLiteStore(tmp_path / "state.sqlite3")
    yield state
    state.close()


def make_post(html: str = "<p>本文 1</p>", **changes: str) -> Post:
    values = {"kind": "predict", "date": "2025-01-01", "track_code": "21", "venue": "川崎", "title": TITLE}
    values.update(changes)
    return Post(labels=["川崎", "2025-01-01", "予想"], html=html, **values)


def body_of(path: Path) -> str:
    """Return the text between the document's <body> line and its closing </body> line."""
    text = path.read_text(encoding="utf-8")
    start = text.index(">\n", text.index("<body")) + 2
    end = text.rindex("\n</body>")
    return text[start:end]


def test_publish_writes_post_and_sidecar(tmp_path: Path, store: SQLiteStore) -> None:
    out_dir = tmp_path / "out"

    ref = LocalPublisher(out_dir, store).publish(make_post())

    html_path = out_dir / "posts" / "2025-01-01-kawasaki-predict.html"
    sidecar = json.loads((out_dir / "posts" / "2025-01-01-kawasaki-predict.json").read_text(encoding="utf-8"))
    assert body_of(html_path) == "<p>本文 1</p>"
    assert ref.post_id == "posts/2025-01-01-kawasaki-predict.html"
    assert ref.url == html_path.resolve().as_uri()
    assert sidecar["title"] == TITLE
    assert sidecar["labels"] == ["川崎", "2025-01-01", "予想"]
    assert sidecar["kind"] == "predict"
    assert sidecar["date"] == "2025-01-01"
    assert sidecar["venue"] == "川崎"
    assert sidecar["post_id"] == ref.post_id
    assert sidecar["updated_at"].startswith("20")
    assert store.get_post("2025-01-01", "21", "predict") == ref


def test_second_publish_overwrites(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)

    first = publisher.publish(make_post("<p>本文 1</p>"))
    second = publisher.publish(make_post("<p>本文 2</p>", title="改訂版"))

    posts = sorted(path.name for path in (tmp_path / "posts").iterdir())
    sidecar = json.loads((tmp_path / "posts" / "2025-01-01-kawasaki-predict.json").read_text(encoding="utf-8"))
    assert (second.post_id, second.url) == (first.post_id, first.url)
    assert second.content_sha256 != first.content_sha256
    assert posts == ["2025-01-01-kawasaki-predict.html", "2025-01-01-kawasaki-predict.json"]
    assert body_of(tmp_path / first.post_id) == "<p>本文 2</p>"
    assert sidecar["title"] == "改訂版"


def test_kinds_and_tracks_get_own_files(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)

    publisher.publish(make_post())
    publisher.publish(make_post(kind="results"))
    publisher.publish(make_post(track_code="20", venue="大井"))

    names = sorted(path.name for path in (tmp_path / "posts").glob("*.html"))
    assert names == [
        "2025-01-01-kawasaki-predict.html",
        "2025-01-01-kawasaki-results.html",
        "2025-01-01-oi-predict.html",
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"date": "../../etc/passwd"},
        {"date": "2025-1-1"},
        {"date": "20250101"},
        {"date": "2025-02-30"},
        {"track_code": "../21"},
        {"track_code": "22"},
        {"kind": "predict/../../x"},
        {"kind": "weekly"},
    ],
)
def test_invalid_parts_rejected(tmp_path: Path, store: SQLiteStore, changes: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        LocalPublisher(tmp_path, store).publish(make_post(**changes))

    assert not (tmp_path / "posts").exists()


def test_failed_write_keeps_previous(tmp_path: Path, store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    publisher = LocalPublisher(tmp_path, store)
    publisher.publish(make_post("<p>本文 1</p>"))

    def fail_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(PublishError) as caught:
        publisher.publish(make_post("<p>本文 2</p>"))

    files = sorted(path.name for path in (tmp_path / "posts").iterdir())
    assert body_of(tmp_path / "posts" / "2025-01-01-kawasaki-predict.html") == "<p>本文 1</p>"
    assert files == ["2025-01-01-kawasaki-predict.html", "2025-01-01-kawasaki-predict.json"]
    assert "2025-01-01-kawasaki-predict.html" in str(caught.value)
    assert "OUTPUT_DIR" in str(caught.value)


def test_unwritable_folder_raises(tmp_path: Path, store: SQLiteStore) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")

    with pytest.raises(PublishError):
        LocalPublisher(blocker, store).publish(make_post())

    assert store.get_post("2025-01-01", "21", "predict") is None


PREDICT_ID = "posts/2025-01-01-kawasaki-predict.html"
RESULTS_ID = "posts/2025-01-01-kawasaki-results.html"
PREDICT_HTML = f"<div><p>予想</p>\n{RESULTS_LINK_START}{RESULTS_LINK_END}\n<p>本文</p></div>"


def publish_pair(publisher: LocalPublisher, predict_html: str = PREDICT_HTML) -> tuple[PostRef, PostRef]:
    predict_ref = publisher.publish(make_post(predict_html))
    results_ref = publisher.publish(make_post("<p>結果</p>", kind="results"))
    return predict_ref, results_ref


def results_anchor(path: Path):
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return [anchor for anchor in soup.find_all("a") if anchor.get_text() == "結果はこちら"]


def test_link_results_adds_relative_link(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher)

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    anchors = results_anchor(tmp_path / PREDICT_ID)
    assert [anchor["href"] for anchor in anchors] == ["2025-01-01-kawasaki-results.html"]
    assert body_of(tmp_path / PREDICT_ID).endswith("<p>本文</p></div>")


def test_link_results_idempotent(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher)
    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")
    html_path = tmp_path / PREDICT_ID
    first = html_path.read_text(encoding="utf-8")
    os.utime(html_path, ns=(1_000_000_000, 1_000_000_000))

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert html_path.read_text(encoding="utf-8") == first
    assert html_path.stat().st_mtime_ns == 1_000_000_000
    assert len(results_anchor(html_path)) == 1


def test_link_results_without_region(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher, "<p>古い予想</p>")

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")
    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    body = body_of(tmp_path / PREDICT_ID)
    assert len(results_anchor(tmp_path / PREDICT_ID)) == 1
    assert body.startswith(RESULTS_LINK_START)
    assert body.endswith("<p>古い予想</p>")


def test_link_results_on_rendered_post(tmp_path: Path, store: SQLiteStore) -> None:
    rendered = render_predict_post(dt.date(2025, 1, 1), "21", "川崎", [], [])
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher, rendered.html)

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert len(results_anchor(tmp_path / PREDICT_ID)) == 1


def test_link_results_rejects_other_post(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher)
    outside = PostRef(post_id="../../etc/passwd", url=None)

    with pytest.raises(ValueError, match="etc/passwd"):
        publisher.link_results(outside, results_ref, "2025-01-01", "21")


def test_link_results_missing_file(tmp_path: Path, store: SQLiteStore, caplog: pytest.LogCaptureFixture) -> None:
    publisher = LocalPublisher(tmp_path, store)
    predict_ref = PostRef(post_id=PREDICT_ID, url=None)
    results_ref = PostRef(post_id=RESULTS_ID, url=None)

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert not (tmp_path / PREDICT_ID).exists()
    assert "2025-01-01-kawasaki-predict.html not found" in caplog.text


def test_link_results_failed_write(tmp_path: Path, store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher)

    def fail_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(PublishError) as caught:
        publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    assert (tmp_path / PREDICT_ID).read_text(encoding="utf-8") == html_document(TITLE, PREDICT_HTML)
    assert "2025-01-01-kawasaki-predict.html" in str(caught.value)
    assert "OUTPUT_DIR" in str(caught.value)


def test_unchanged_post_not_rewritten(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)
    publisher.publish(make_post("<p>本文</p>"))
    sidecar_path = tmp_path / "posts" / "2025-01-01-kawasaki-predict.json"
    before = sidecar_path.stat().st_mtime_ns
    sidecar_path.write_text(sidecar_path.read_text(encoding="utf-8").replace("20", "19", 1), encoding="utf-8")
    marked = sidecar_path.read_text(encoding="utf-8")

    publisher.publish(make_post("<p>本文</p>"))

    assert sidecar_path.read_text(encoding="utf-8") == marked  # not rewritten
    assert sidecar_path.stat().st_mtime_ns >= before


def test_file_is_full_document(tmp_path: Path, store: SQLiteStore) -> None:
    LocalPublisher(tmp_path, store).publish(make_post("<div><p>本文</p></div>"))

    text = (tmp_path / PREDICT_ID).read_text(encoding="utf-8")
    soup = BeautifulSoup(text, "html.parser")
    assert text.startswith("<!DOCTYPE html>\n")
    assert soup.html["lang"] == "ja"
    assert soup.head.meta["charset"] == "utf-8"
    assert soup.title.get_text() == TITLE
    assert str(soup.body.div) == "<div><p>本文</p></div>"
    assert text.count("<body") == 1


def test_document_title_escaped(tmp_path: Path, store: SQLiteStore) -> None:
    LocalPublisher(tmp_path, store).publish(make_post(title="</title><script>alert(1)</script>"))

    soup = BeautifulSoup((tmp_path / PREDICT_ID).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("script") is None
    assert soup.title.get_text() == "</title><script>alert(1)</script>"


def test_sidecar_and_store_unchanged_by_document(tmp_path: Path, store: SQLiteStore) -> None:
    post = make_post()

    ref = LocalPublisher(tmp_path, store).publish(post)

    assert ref.content_sha256 == post.fingerprint
    assert store.get_post("2025-01-01", "21", "predict").content_sha256 == post.fingerprint


def test_rendered_post_links_inside_body(tmp_path: Path, store: SQLiteStore) -> None:
    rendered = render_predict_post(dt.date(2025, 1, 1), "21", "川崎", [], [])
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher, rendered.html)

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    soup = BeautifulSoup((tmp_path / PREDICT_ID).read_text(encoding="utf-8"), "html.parser")
    anchors = [anchor for anchor in soup.body.find_all("a") if anchor.get_text() == "結果はこちら"]
    assert [anchor["href"] for anchor in anchors] == ["2025-01-01-kawasaki-results.html"]
    assert soup.head.find("a") is None


def test_linked_document_stays_whole(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)
    predict_ref, results_ref = publish_pair(publisher, "<p>古い予想</p>")

    publisher.link_results(predict_ref, results_ref, "2025-01-01", "21")

    text = (tmp_path / PREDICT_ID).read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>\n")
    assert text.endswith("</body>\n</html>\n")
    assert text.index(RESULTS_LINK_START) > text.index("<body")


def test_unchanged_document_not_rewritten(tmp_path: Path, store: SQLiteStore) -> None:
    publisher = LocalPublisher(tmp_path, store)
    publisher.publish(make_post("<p>本文</p>"))
    html_path = tmp_path / PREDICT_ID
    os.utime(html_path, ns=(1_000_000_000, 1_000_000_000))

    publisher.publish(make_post("<p>本文</p>"))

    assert html_path.stat().st_mtime_ns == 1_000_000_000
    assert body_of(html_path) == "<p>本文</p>"
