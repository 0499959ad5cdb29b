"""Sample race days copied into a temporary folder and served by a replay server.

The copies drop robots.txt's Crawl-delay so job tests do not wait a second per page; every
other byte is the bundled sample.
"""

from __future__ import annotations

import shutil
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"

SAMPLE_DAYS = {
    "kawasaki-2025-01-01": [PAGES / "constructed" / "kawasaki-2025-01-01"],
    "funabashi-2026-08-28": [PAGES / "constructed" / "funabashi-2026-08-28", PAGES / "captured" / "funabashi-2026-08-28"],
}


def copy_sample_day(name: str, target: Path) -> Path:
    """Copy a sample day's folders into `target` (merged) and return it."""
    for folder in SAMPLE_DAYS[name]:
        shutil.copytree(folder, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.md"))
    robots = target / "robots.txt"
    lines = robots.read_text(encoding="ascii").splitlines()
    robots.write_text("\n".join(line for line in lines if not line.lower().startswith("crawl-delay")) + "\n", encoding="ascii")
    return target


# Settings a developer's shell may carry that would change which publisher or store a test job uses.
UNSET_KEYS = (
    "BLOGGER_BLOG_ID",
    "BLOGGER_CLIENT_ID",
    "BLOGGER_CLIENT_SECRET",
    "BLOGGER_REFRESH_TOKEN",
    "PUBLISHER",
    "STATE_STORAGE_CONNECTION",
    "ALERT_WEBHOOK_URL",
)


def set_job_env(monkeypatch, base_url: str, output_dir: Path, **extra: str) -> Path:  # noqa: ANN001 - pytest.MonkeyPatch
    """Put job_env's settings into os.environ for a trigger test, clear UNSET_KEYS, and return `output_dir`."""
    for key in UNSET_KEYS:
        monkeypatch.delenv(key, raising=False)
    for key, value in job_env(base_url, output_dir, **extra).items():
        monkeypatch.setenv(key, value)
    return output_dir


def job_env(base_url: str, output_dir: Path, **extra: str) -> dict[str, str]:
    """Return the settings a job run against a local replay server needs."""
    env = {
        "NANKAN_BASE_URL": base_url,
        "REQUEST_DELAY_S": "0",
        "CONTACT_URL": "http://127.0.0.1/contact",
        "OUTPUT_DIR": str(output_dir),
        "FETCH_BUDGET_S": "20",
        "PREDICT_SCHEDULE": "0 0 22 * * *",
        "RESULTS_SCHEDULE": "0 30 12 * * *",
    }
    env.update(extra)
    return env
