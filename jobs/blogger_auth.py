"""`blogger-auth`: obtain a Blogger refresh token with Google's installed-app OAuth flow.

The operator runs this once on a desktop machine. The flow opens the consent page in a
browser, receives the authorization code on a loopback redirect (http://127.0.0.1:<port>/),
exchanges it for tokens and prints the refresh token once, in Japanese, with the app
settings to store it under. The token and the client secret never reach a log record.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import requests
from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
from oauthlib.oauth2.rfc6749.errors import OAuth2Error

logger = logging.getLogger(__name__)

BLOGGER_SCOPE = "https://www.googleapis.com/auth/blogger"

EXIT_OK = 0
EXIT_AUTH_FAILED = 1
EXIT_BAD_CLIENT_SECRETS = 2

# How long the loopback server waits for the browser to come back with the authorization code.
DEFAULT_TIMEOUT_S = 300

# These libraries log request bodies, token responses and redirect URLs (with the
# authorization code) at DEBUG or INFO. Their records are dropped while the flow runs.
TOKEN_LOGGERS = ("requests_oauthlib.oauth2_session", "google_auth_oauthlib.flow", "oauthlib")

REQUIRED_CLIENT_KEYS = ("client_id", "client_secret", "auth_uri", "token_uri")

CREATE_CLIENT_HINT = (
    "Google Cloud コンソールの「API とサービス」→「認証情報」で OAuth クライアント ID を"
    "「デスクトップ アプリ」として作成し、その JSON をダウンロードして指定してください。"
)

SUCCESS_PAGE = "認可が完了しました。このウィンドウを閉じて、端末に戻ってください。"


class ClientSecretsError(ValueError):
    """The client secrets file is missing, unreadable, or not for an installed (desktop) app.

    The message is Japanese, for the operator.
    """


class _DropRecords(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


@contextlib.contextmanager
def _token_logs_dropped() -> Iterator[None]:
    """Drop every record of the OAuth libraries' loggers for the duration of the block."""
    drop = _DropRecords()
    loggers = [logging.getLogger(name) for name in TOKEN_LOGGERS]
    for library_logger in loggers:
        library_logger.addFilter(drop)
    try:
        yield
    finally:
        for library_logger in loggers:
            library_logger.removeFilter(drop)


def read_client_secrets(path: Path) -> dict[str, Any]:
    """Read a client secrets JSON file, check it is for a desktop app, and return its "installed" section."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClientSecretsError(f"client secrets ファイル {path} が見つかりません。{CREATE_CLIENT_HINT}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClientSecretsError(f"client secrets ファイル {path} を読めません（{exc}）。") from None

    try:
        config = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClientSecretsError(
            f"client secrets ファイル {path} は JSON として読めません（{exc.lineno} 行目: {exc.msg}）。{CREATE_CLIENT_HINT}"
        ) from None
    if not isinstance(config, dict):
        raise ClientSecretsError(f"client secrets ファイル {path} の形式が違います。{CREATE_CLIENT_HINT}")

    if "installed" not in config:
        kind = "ウェブ アプリケーション用" if "web" in config else "種類の分からない"
        raise ClientSecretsError(
            f"client secrets ファイル {path} は{kind}のクライアントです。"
            f"このコマンドにはデスクトップ アプリ用（\"installed\"）のクライアントが必要です。{CREATE_CLIENT_HINT}"
        )
    installed = config["installed"]
    missing = [key for key in REQUIRED_CLIENT_KEYS if not isinstance(installed, dict) or not installed.get(key)]
    if missing:
        raise ClientSecretsError(
            f"client secrets ファイル {path} の \"installed\" に {', '.join(missing)} がありません。"
            f"ダウンロードした JSON をそのまま指定してください。"
        )
    return installed


class _ConsoleFlow(InstalledAppFlow):
    """An installed-app flow that shows the authorization URL on `out` and opens it with `open_url`."""

    out: TextIO = sys.stdout
    open_url: Callable[[str], object] | None = None

    def authorization_url(self, **kwargs: Any) -> tuple[str, str]:
        url, state = super().authorization_url(**kwargs)
        print("次の URL をブラウザで開き、ブログを管理する Google アカウントで許可してください:", file=self.out)
        print(url, file=self.out)
        self.out.flush()
        if self.open_url is not None:
            self.open_url(url)
        return url, state


def _print_result(out: TextIO, client_id: str, refresh_token: str, client_secrets: Path) -> None:
    lines = [
        "",
        "認可が完了しました。次の値をアプリ設定（Azure の「環境変数」またはローカルの local.settings.json）に保存してください。",
        "",
        f"  BLOGGER_REFRESH_TOKEN = {refresh_token}",
        f"  BLOGGER_CLIENT_ID     = {client_id}",
        f"  BLOGGER_CLIENT_SECRET = {client_secrets} の \"client_secret\" の値",
        "  BLOGGER_BLOG_ID       = ブログの ID（数字）。Blogger のダッシュボードを開いたときの URL",
        "                          https://www.blogger.com/blog/posts/<数字> の <数字> の部分です。",
        "",
        "リフレッシュトークンはここに一度だけ表示され、ログには残りません。パスワードと同じように扱ってください。",
        "",
        "注意: OAuth 同意画面の公開ステータスが「テスト中」のままだと、リフレッシュトークンは 7 日で失効します。",
        "      Google Cloud コンソールの「OAuth 同意画面」でアプリを「本番環境」に公開してから、このコマンドをもう一度実行してください。",
        "",
        "保存したら `python -m jobs check` で Blogger に接続できることを確認できます。",
    ]
    for line in lines:
        print(line, file=out)
    out.flush()


def run_blogger_auth(
    client_secrets: Path,
    *,
    open_browser: bool = True,
    port: int = 0,
    out: TextIO = sys.stdout,
    open_url: Callable[[str], object] | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> int:
    """Run the installed-app OAuth flow for Blogger, print the refresh token, and return the exit code.

    `port` 0 picks a free loopback port. `open_url` replaces the system browser when
    `open_browser` is true. Exit codes: 0 success, 1 authorization or token exchange failed,
    2 the client secrets file is unusable.
    """
    client_secrets = Path(client_secrets)
    try:
        installed = read_client_secrets(client_secrets)
    except ClientSecretsError as exc:
        logger.error("client secrets file %s is missing or invalid", client_secrets)
        print(f"エラー: {exc}", file=out)
        return EXIT_BAD_CLIENT_SECRETS

    flow = _ConsoleFlow.from_client_secrets_file(str(client_secrets), scopes=[BLOGGER_SCOPE])
    flow.out = out
    if open_browser:
        flow.open_url = open_url or webbrowser.open

    logger.info("Blogger authorization started for client id %s", installed["client_id"])
    try:
        with _token_logs_dropped():
            credentials = flow.run_local_server(
                host="127.0.0.1",
                port=port,
                open_browser=False,  # _ConsoleFlow opens the URL itself, through open_url
                authorization_prompt_message=None,
                success_message=SUCCESS_PAGE,
                timeout_seconds=timeout_s,
                access_type="offline",
                prompt="consent",
            )
    except WSGITimeoutError:
        logger.error("Blogger authorization timed out after %s s waiting for the browser redirect", timeout_s)
        print(f"エラー: {timeout_s:g} 秒待ってもブラウザから認可の結果が届きませんでした。もう一度実行してください。", file=out)
        return EXIT_AUTH_FAILED
    except OAuth2Error as exc:
        logger.error("Blogger authorization failed: %s", exc.error)
        print(_oauth_error_message(exc), file=out)
        return EXIT_AUTH_FAILED
    except requests.RequestException as exc:
        logger.error("Blogger token exchange failed: %s", type(exc).__name__)
        print(
            f"エラー: トークンの取得（{installed['token_uri']}）に接続できませんでした（{type(exc).__name__}）。"
            "ネットワークを確認してもう一度実行してください。",
            file=out,
        )
        return EXIT_AUTH_FAILED
    except OSError as exc:
        logger.error("loopback redirect server could not start on 127.0.0.1:%s: %s", port, exc.strerror)
        print(f"エラー: 127.0.0.1:{port} で待ち受けできません（{exc.strerror}）。別のポートを指定してください。", file=out)
        return EXIT_AUTH_FAILED

    if not credentials.refresh_token:
        logger.error("token response for client id %s contained no refresh token", installed["client_id"])
        print(
            "エラー: リフレッシュトークンが発行されませんでした。"
            "https://myaccount.google.com/permissions でこのアプリへのアクセスを削除してから、もう一度実行してください。",
            file=out,
        )
        return EXIT_AUTH_FAILED

    _print_result(out, installed["client_id"], credentials.refresh_token, client_secrets)
    logger.info("Blogger authorization finished, and the refresh token went to the console only")
    return EXIT_OK


def _oauth_error_message(exc: OAuth2Error) -> str:
    if exc.error == "access_denied":
        return "エラー: 認可が拒否されました。もう一度実行し、同意画面で「許可」を選んでください。"
    if exc.error == "invalid_client":
        return (
            "エラー: クライアント ID またはシークレットが Google に拒否されました（invalid_client）。"
            f"{CREATE_CLIENT_HINT}"
        )
    if exc.error == "invalid_grant":
        return "エラー: 認可コードが無効か期限切れです（invalid_grant）。もう一度実行してください。"
    if exc.error == "mismatching_state":
        return "エラー: 認可の応答がこの実行のものではありません（state 不一致）。もう一度実行してください。"
    return f"エラー: 認可に失敗しました（{exc.error}）。もう一度実行してください。"
