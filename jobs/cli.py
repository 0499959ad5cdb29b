"""Command line: `python -m jobs COMMAND ...` runs the jobs and the operator's tools locally.

Output meant for the operator is Japanese; logs go to stderr in English.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from jobs.dates import DateError, parse_iso_date, tokyo_today
from jobs.errors import JobFailed
from jobs.settings import Settings, SettingsError, load_settings

logger = logging.getLogger("jobs")

QUIET_LIBRARIES = ("urllib3", "googleapiclient", "google", "azure", "requests")


def _date_arg(text: str) -> dt.date:
    try:
        return parse_iso_date(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    # -v is accepted before or after the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS,
        help="ログを増やします（-v で INFO、-vv で DEBUG。既定は WARNING 以上のみ）",
    )
    parser = argparse.ArgumentParser(
        prog="python -m jobs", description="南関テイオー: 予想・結果の投稿ジョブと運用ツール", parents=[common]
    )
    parser.set_defaults(verbose=0)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text, parents=[common])

    for name, help_text in (("predict", "朝のジョブ: 出馬表から予想記事を投稿します"), ("results", "夜のジョブ: 結果と払戻から精算し結果記事を投稿します")):
        job = add_command(name, help_text)
        job.add_argument("--date", type=_date_arg, help="開催日 YYYY-MM-DD（省略時は日本時間の今日）")
        job.add_argument("--publisher", choices=("local", "blogger"), help="投稿先（省略時は設定から決まります）")
        job.add_argument("--out", type=Path, help="出力フォルダ（ローカル投稿・状態・ページ保存先。既定: out）")
        job.add_argument("--replay", type=Path, action="append", metavar="DIR", help="保存済みページのフォルダを 127.0.0.1 で配信し、サイトの代わりに読みます（複数指定すると順に探します）")

    parse = add_command("parse", "保存済みページを解析して JSON（UTF-8）で表示します")
    parse.add_argument("kind", choices=("calendar", "program", "card", "result"), help="ページの種類")
    parse.add_argument("file", type=Path, help="サイトから保存したページのファイル（バイト列のまま）")

    capture = add_command("capture", "その日のカレンダー・番組表・出馬表・結果をそのまま保存します（回帰テスト用）")
    capture.add_argument("--date", type=_date_arg, required=True, help="開催日 YYYY-MM-DD")
    capture.add_argument("--out", type=Path, required=True, help="保存先フォルダ")
    capture.add_argument("--replay", type=Path, action="append", metavar="DIR", help="保存済みページのフォルダから取得します（試験用、複数指定可）")
    capture.add_argument("--no-results", action="store_true", help="結果ページを取得しません")

    settle = add_command("settle", "保存した結果ページで馬券を精算し JSON で表示します")
    settle.add_argument("result_file", type=Path, metavar="RESULT_FILE", help="保存した結果ページ（/result/{レースID}.do）")
    settle.add_argument("--bet", action="append", required=True, metavar="TYPE:COMBO[:YEN]", help="例: trifecta:12-7-13:300（YEN の既定は 100）")

    auth = add_command("blogger-auth", "Blogger の OAuth 認可を行い、リフレッシュトークンを表示します")
    auth.add_argument("--client-secrets", type=Path, required=True, metavar="FILE", help="Google Cloud でダウンロードしたデスクトップ アプリのクライアント JSON")
    auth.add_argument("--no-browser", action="store_true", help="ブラウザを自動で開きません")

    add_command("check", "設定・スケジュール・robots.txt・状態の保存先・Blogger 認証を確認します（環境変数の設定を読みます）")
    return parser


def _configure_logging(verbose: int) -> None:
    levels = {0: logging.WARNING, 1: logging.INFO}
    logging.basicConfig(
        level=levels.get(verbose, logging.DEBUG),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


@contextlib.contextmanager
def _replayed(settings: Settings, folders: list[Path] | None) -> Iterator[Settings]:
    """Serve `folders` as the site on 127.0.0.1 and point the settings at it, when given."""
    if not folders:
        yield settings
        return
    from scraper.replay import ReplayServer

    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"エラー: --replay のフォルダ {folder} がありません。")
    with ReplayServer(folders) as server:
        yield settings.replace(base_url=server.base_url, request_delay_s=0.0, contact_url="http://127.0.0.1/replay")


def _job_settings(args: argparse.Namespace) -> Settings:
    """Load the settings, with --publisher validated exactly as the PUBLISHER setting is."""
    env = dict(os.environ)
    if args.publisher is not None:
        env["PUBLISHER"] = args.publisher
    settings = load_settings(env)
    if args.out is not None:
        settings = settings.replace(output_dir=args.out)
    return settings


def _print_job_summary(summary: dict, settings: Settings) -> None:
    kind = "予想" if summary["job"] == "predict" else "結果"
    if not summary.get("venues"):
        print(f"{summary['date']} は南関競馬の開催がありません。投稿はしていません。")
        return
    for venue in summary["venues"]:
        if summary["job"] == "predict":
            print(f"{summary['date']} {venue['venue']}: {venue['races_found']}レース中 {venue['predicted']}レースを予想")
        else:
            print(
                f"{summary['date']} {venue['venue']}: {venue['races_found']}レース中 精算 {venue['settled']}、"
                f"結果待ち {venue['pending']}、予想なし {venue.get('no_prediction', 0)}"
            )
        for item in venue.get("skipped", []):
            print(f"  見送り {item['race_number']}R: {item['reason']}")
        for item in venue.get("failed", []):
            print(f"  失敗 {item['race_number']}R: {item['reason']}")
        if venue.get("post_id"):
            if settings.publisher == "local":
                print(f"  {kind}記事を書き出しました: {settings.output_dir / venue['post_id']}")
            else:
                print(f"  {kind}記事を Blogger に投稿しました: {venue.get('post_url') or venue['post_id']}")
    reused = summary.get("pages_reused", 0)
    reused_text = f"（保存済みページの再利用 {reused}）" if reused else ""
    print(f"取得ページ数 {summary['pages_fetched']}{reused_text}、所要 {summary['duration_s']} 秒")


def _run_job(args: argparse.Namespace) -> int:
    import jobs

    settings = _job_settings(args)
    date = args.date or tokyo_today()
    from publisher.base import PublishError
    from scraper.errors import ScrapeError
    from store.errors import StoreError

    with _replayed(settings, args.replay) as run_settings:
        try:
            summary = jobs.predict(date, run_settings) if args.command == "predict" else jobs.results(date, run_settings)
        except JobFailed as exc:
            logger.error("%s", exc)
            print(f"エラー: {date} のジョブは投稿せずに終わりました。ログを確認してください（{exc}）", file=sys.stderr)
            return 1
        except PublishError as exc:
            logger.error("%s job for %s failed to publish: %s", args.command, date, exc)
            print(f"エラー: {date} の記事を投稿できませんでした: {exc}", file=sys.stderr)
            return 1
        except ScrapeError as exc:
            logger.error("%s job for %s failed to read the site: %s", args.command, date, exc)
            print(f"エラー: {date} のページを取得・解析できませんでした。{_scrape_hint(exc, args.replay)}", file=sys.stderr)
            print(f"  詳細: {exc}", file=sys.stderr)
            return 1
        except StoreError as exc:
            logger.error("%s job for %s failed on the state store: %s", args.command, date, exc)
            print(f"エラー: 状態の保存先を使えませんでした: {exc}", file=sys.stderr)
            return 1
    _print_job_summary(summary, run_settings)
    for line in summary.get("report_lines", []):
        print(line)
    return 0


def _scrape_hint(exc: Exception, replay: list[Path] | None) -> str:
    """Return a Japanese next step for a fetch or parse failure."""
    status = getattr(exc, "status", None)
    url = getattr(exc, "url", "")
    if status == 404 and replay:
        return (
            f"{url} がありません（HTTP 404）。--replay のフォルダにそのページが保存されているか確認してください"
            "（カレンダーは四半期ごとのページです。例: 1〜3月は calendar/YYYY01.do）。"
        )
    if status == 404:
        return f"{url} がサイトにありません（HTTP 404）。日付が正しいか、番組が発表済みか確認してください。"
    if hasattr(exc, "missing"):
        return "ページの構造が想定と違います。サイトのデザインが変わった可能性があります。capture で保存して確認してください。"
    return "サイトにつながらないか、応答がありません。時間をおいて再実行してください。"


def _to_jsonable(value):  # noqa: ANN001, ANN202
    if dataclasses.is_dataclass(value):
        return {f.name: _to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _run_parse(args: argparse.Namespace) -> int:
    from scraper.errors import LayoutError
    from scraper.parsers import PARSERS

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"エラー: ファイル {args.file} を読めません（{exc.strerror}）。", file=sys.stderr)
        return 2
    try:
        record = PARSERS[args.kind](data, str(args.file))
    except LayoutError as exc:
        print(f"エラー: {args.file} は {args.kind} ページとして解析できません: {exc.missing}", file=sys.stderr)
        return 1
    print(json.dumps(_to_jsonable(record), ensure_ascii=False, indent=2))
    return 0


def _run_capture(args: argparse.Namespace) -> int:
    from jobs.capture import capture_day
    from scraper.client import SiteClient
    from scraper.errors import ScrapeError

    settings = load_settings(os.environ)
    with _replayed(settings, args.replay) as run_settings:
        try:
            with SiteClient.from_settings(run_settings) as client:
                pages = capture_day(args.date, args.out, client, results=not args.no_results)
        except ScrapeError as exc:
            print(f"エラー: ページの取得に失敗しました: {exc}", file=sys.stderr)
            return 1
    if not any(page.path.startswith("/program/") for page in pages):
        print(f"{args.date} は南関競馬の開催がカレンダーにありません。robots.txt とカレンダーだけを {args.out} に保存しました。")
        return 0
    print(f"{len(pages)} ページを {args.out} に保存しました（出所は {args.out / 'PROVENANCE.tsv'}）。")
    return 0


def _run_settle(args: argparse.Namespace) -> int:
    from jobs.settle_command import settle_file
    from predictor.settlement import ResultPending
    from scraper.errors import LayoutError

    try:
        report = settle_file(args.result_file, args.bet)
    except ResultPending as exc:
        print(f"レース {exc.race_id} の結果はまだ確定していません。確定後に再実行してください。", file=sys.stderr)
        return 3
    except OSError as exc:
        print(f"エラー: 結果ファイル {args.result_file} を読めません（{exc.strerror}）。", file=sys.stderr)
        return 2
    except LayoutError as exc:
        print(f"エラー: {args.result_file} を結果ページとして解析できません: {exc.missing}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    try:
        if args.command in ("predict", "results"):
            return _run_job(args)
        if args.command == "parse":
            return _run_parse(args)
        if args.command == "capture":
            return _run_capture(args)
        if args.command == "settle":
            return _run_settle(args)
        if args.command == "blogger-auth":
            from jobs.blogger_auth import run_blogger_auth

            return run_blogger_auth(args.client_secrets, open_browser=not args.no_browser)
        from jobs.check import run_check

        return run_check(os.environ)
    except SettingsError as exc:
        print(f"設定エラー: {exc}", file=sys.stderr)
        return 2
