"""Settings: defaults, and one clear SettingsError naming the setting for every invalid value."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobs.settings import SettingsError, load_settings, setting_errors

BLOGGER = {
    "BLOGGER_BLOG_ID": "1234567890",
    "BLOGGER_CLIENT_ID": "client.apps.googleusercontent.com",
    "BLOGGER_CLIENT_SECRET": "secret-value-1",
    "BLOGGER_REFRESH_TOKEN": "refresh-value-2",
}


def test_defaults() -> None:
    settings = load_settings({})

    assert settings.base_url == "https://www.nankankeiba.com"
    assert settings.request_delay_s == 1.0
    assert settings.publisher == "local"
    assert settings.blogger is None
    assert settings.output_dir == Path("out")
    assert settings.state_storage_connection is None


def test_blogger_settings_choose_blogger() -> None:
    settings = load_settings(BLOGGER)

    assert settings.publisher == "blogger"
    assert settings.blogger.blog_id == "1234567890"


def test_secrets_not_in_repr() -> None:
    text = repr(load_settings({**BLOGGER, "STATE_STORAGE_CONNECTION": "AccountKey=storage-key-3"}))

    for secret in ("secret-value-1", "refresh-value-2", "storage-key-3"):
        assert secret not in text


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"REQUEST_DELAY_S": "fast"}, "REQUEST_DELAY_S"),
        ({"REQUEST_DELAY_S": "nan"}, "REQUEST_DELAY_S"),
        ({"REQUEST_DELAY_S": "0.5"}, "REQUEST_DELAY_S"),
        ({"READ_TIMEOUT_S": "nan"}, "READ_TIMEOUT_S"),
        ({"CONNECT_TIMEOUT_S": "inf"}, "CONNECT_TIMEOUT_S"),
        ({"FETCH_BUDGET_S": "-1"}, "FETCH_BUDGET_S"),
        ({"NANKAN_BASE_URL": "www.nankankeiba.com"}, "NANKAN_BASE_URL"),
        ({"PUBLISHER": "wordpress"}, "PUBLISHER"),
        ({"PUBLISHER": "blogger"}, "PUBLISHER"),
        ({**BLOGGER, "BLOGGER_REFRESH_TOKEN": ""}, "BLOGGER_REFRESH_TOKEN"),
        ({**BLOGGER, "BLOGGER_BLOG_ID": "my-blog"}, "BLOGGER_BLOG_ID"),
    ],
)
def test_invalid_setting_named(env: dict[str, str], name: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(env)

    assert raised.value.name == name
    assert name in str(raised.value)
    assert "expected" in str(raised.value)


def test_zero_delay_only_for_loopback() -> None:
    settings = load_settings({"NANKAN_BASE_URL": "http://127.0.0.1:8080", "REQUEST_DELAY_S": "0"})
    assert settings.request_delay_s == 0.0

    with pytest.raises(SettingsError):
        load_settings({"NANKAN_BASE_URL": "https://www.nankankeiba.com", "REQUEST_DELAY_S": "0"})


def test_webhook_url_not_echoed() -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings({"ALERT_WEBHOOK_URL": "hooks.example.com/token-4"})

    assert raised.value.name == "ALERT_WEBHOOK_URL"
    assert "token-4" not in str(raised.value)


def test_example_file_lists_every_setting() -> None:
    import json
    import re

    import jobs.settings

    root = Path(__file__).resolve().parent.parent
    values = json.loads((root / "local.settings.json.example").read_text(encoding="utf-8"))["Values"]
    source = Path(jobs.settings.__file__).read_text(encoding="utf-8")
    read_names = set(re.findall(r'\(env, "([A-Z_]+)"', source)) | set(re.findall(r'"(BLOGGER_[A-Z_]+)"', source))

    assert read_names <= set(jobs.settings.SETTING_NAMES)
    assert set(jobs.settings.SETTING_NAMES) <= set(values)
    assert load_settings(values).publisher == "local"


def test_setting_errors_lists_all() -> None:
    errors = setting_errors({"REQUEST_DELAY_S": "nan", "READ_TIMEOUT_S": "abc", "PUBLISHER": "foo"})

    assert [error.name for error in errors] == ["REQUEST_DELAY_S", "READ_TIMEOUT_S", "PUBLISHER"]


def test_placeholder_url_rejected() -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings({"CONTACT_URL": "https://<blog>.blogspot.com/p/contact.html"})

    assert raised.value.name == "CONTACT_URL"
