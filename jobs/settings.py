"""Settings: read once from the environment, validated, and passed down explicitly.

No other module reads os.environ. Every invalid value raises SettingsError naming the
setting and the expected form, so a bad deployment fails at the first line of a run.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_BASE_URL = "https://www.nankankeiba.com"
SECRET_SETTINGS = ("BLOGGER_CLIENT_SECRET", "BLOGGER_REFRESH_TOKEN", "STATE_STORAGE_CONNECTION")
# Every setting load_settings reads; local.settings.json.example lists each of them.
SETTING_NAMES = (
    "NANKAN_BASE_URL",
    "CONTACT_URL",
    "REQUEST_DELAY_S",
    "CONNECT_TIMEOUT_S",
    "READ_TIMEOUT_S",
    "FETCH_BUDGET_S",
    "OUTPUT_DIR",
    "PUBLISHER",
    "BLOGGER_BLOG_ID",
    "BLOGGER_CLIENT_ID",
    "BLOGGER_CLIENT_SECRET",
    "BLOGGER_REFRESH_TOKEN",
    "BLOGGER_API_ENDPOINT",
    "BLOGGER_TOKEN_URI",
    "STATE_STORAGE_CONNECTION",
    "ALERT_WEBHOOK_URL",
    "PREDICT_SCHEDULE",
    "RESULTS_SCHEDULE",
)


class SettingsError(ValueError):
    """A setting is missing or malformed. The message names it and shows the expected form."""

    def __init__(self, name: str, problem: str, expected: str) -> None:
        self.name = name
        super().__init__(f"setting {name} {problem}; expected {expected}")


@dataclass(frozen=True, slots=True)
class BloggerSettings:
    blog_id: str
    client_id: str
    client_secret: str = dataclasses.field(repr=False)
    refresh_token: str = dataclasses.field(repr=False)
    api_endpoint: str | None = None  # set only to aim the client at a test server
    token_uri: str = "https://oauth2.googleapis.com/token"


@dataclass(frozen=True, slots=True)
class Settings:
    base_url: str
    contact_url: str | None
    request_delay_s: float
    connect_timeout_s: float
    read_timeout_s: float
    fetch_budget_s: float
    output_dir: Path
    publisher: str  # "local" or "blogger"
    blogger: BloggerSettings | None
    state_storage_connection: str | None = dataclasses.field(default=None, repr=False)
    alert_webhook_url: str | None = None
    predict_schedule: str | None = None
    results_schedule: str | None = None

    @property
    def user_agent(self) -> str:
        contact = self.contact_url or "no contact URL configured"
        return f"nankan-teio/0.1 (+{contact})"

    def replace(self, **changes: object) -> "Settings":
        return dataclasses.replace(self, **changes)


def _text(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


def _positive_float(env: Mapping[str, str], name: str, default: float, minimum: float = 0.0) -> float:
    raw = _text(env, name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(name, f"is {raw!r}, not a number", f"a number of seconds such as {default}") from None
    if not math.isfinite(value):
        raise SettingsError(name, f"is {raw!r}, not a finite number", f"a number of seconds such as {default}")
    if value < minimum:
        raise SettingsError(name, f"is {value}, below the minimum {minimum}", f"a number >= {minimum}")
    return value


# URLs that may carry a token in their path or query; an error never echoes their value.
SECRET_URL_SETTINGS = ("ALERT_WEBHOOK_URL",)


def _url(env: Mapping[str, str], name: str, default: str | None = None) -> str | None:
    raw = _text(env, name) or default
    if raw is None:
        return None
    parts = urlsplit(raw)
    # <, >, quotes and white space cannot appear in a URL; they mark a placeholder such as https://<blog>.blogspot.com/.
    if parts.scheme not in ("http", "https") or not parts.netloc or any(char in raw for char in '<>"\' \t'):
        shown = "set" if name in SECRET_URL_SETTINGS else f"{raw!r}"
        raise SettingsError(
            name, f"is {shown}, not an absolute http(s) URL", "an absolute http(s) URL with every placeholder filled in"
        )
    return raw.rstrip("/")


def _blogger(env: Mapping[str, str]) -> BloggerSettings | None:
    names = ("BLOGGER_BLOG_ID", "BLOGGER_CLIENT_ID", "BLOGGER_CLIENT_SECRET", "BLOGGER_REFRESH_TOKEN")
    values = {name: _text(env, name) for name in names}
    present = [name for name, value in values.items() if value]
    if not present:
        return None
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise SettingsError(
            missing[0],
            f"is missing while {', '.join(present)} {'is' if len(present) == 1 else 'are'} set",
            "all four BLOGGER_* settings (run `python -m jobs blogger-auth` to obtain the refresh token)",
        )
    blog_id = values["BLOGGER_BLOG_ID"]
    if not blog_id.isdigit():
        raise SettingsError("BLOGGER_BLOG_ID", f"is {blog_id!r}, not numeric", "the blog's numeric id")
    return BloggerSettings(
        blog_id=blog_id,
        client_id=values["BLOGGER_CLIENT_ID"],
        client_secret=values["BLOGGER_CLIENT_SECRET"],
        refresh_token=values["BLOGGER_REFRESH_TOKEN"],
        api_endpoint=_url(env, "BLOGGER_API_ENDPOINT"),
        token_uri=_url(env, "BLOGGER_TOKEN_URI", "https://oauth2.googleapis.com/token"),
    )


def _is_loopback_url(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


def _publisher(env: Mapping[str, str], blogger: BloggerSettings | None) -> str:
    publisher = _text(env, "PUBLISHER") or ("blogger" if blogger else "local")
    if publisher not in ("local", "blogger"):
        raise SettingsError("PUBLISHER", f"is {publisher!r}", "local or blogger")
    if publisher == "blogger" and blogger is None:
        raise SettingsError("PUBLISHER", "is blogger but no BLOGGER_* setting is present", "the four BLOGGER_* settings")
    return publisher


def _read_settings(env: Mapping[str, str], errors: list[SettingsError]) -> dict[str, Any]:
    """Parse every setting, appending each SettingsError to `errors` instead of stopping at the first."""

    def parsed(parse: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return parse(*args, **kwargs)
        except SettingsError as exc:
            errors.append(exc)
            return None

    base_url = parsed(_url, env, "NANKAN_BASE_URL", DEFAULT_BASE_URL)
    min_delay = 0.0 if base_url and _is_loopback_url(base_url) else 1.0
    blogger = parsed(_blogger, env)
    return {
        "base_url": base_url,
        "contact_url": parsed(_url, env, "CONTACT_URL"),
        "request_delay_s": parsed(_positive_float, env, "REQUEST_DELAY_S", 1.0, minimum=min_delay),
        "connect_timeout_s": parsed(_positive_float, env, "CONNECT_TIMEOUT_S", 5.0, minimum=0.1),
        "read_timeout_s": parsed(_positive_float, env, "READ_TIMEOUT_S", 20.0, minimum=0.1),
        "fetch_budget_s": parsed(_positive_float, env, "FETCH_BUDGET_S", 240.0, minimum=1.0),
        "output_dir": Path(_text(env, "OUTPUT_DIR") or "out"),
        "publisher": parsed(_publisher, env, blogger),
        "blogger": blogger,
        "state_storage_connection": _text(env, "STATE_STORAGE_CONNECTION"),
        "alert_webhook_url": parsed(_url, env, "ALERT_WEBHOOK_URL"),
        "predict_schedule": _text(env, "PREDICT_SCHEDULE"),
        "results_schedule": _text(env, "RESULTS_SCHEDULE"),
    }


def setting_errors(env: Mapping[str, str] | None = None) -> list[SettingsError]:
    """Return one SettingsError per invalid setting in `env` (default: os.environ), in reading order."""
    errors: list[SettingsError] = []
    _read_settings(os.environ if env is None else env, errors)
    return errors


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate every setting from `env` (default: os.environ); raise the first SettingsError.

    REQUEST_DELAY_S may go below 1 s only when NANKAN_BASE_URL is a loopback address.
    """
    errors: list[SettingsError] = []
    values = _read_settings(os.environ if env is None else env, errors)
    if errors:
        raise errors[0]
    return Settings(**values)
