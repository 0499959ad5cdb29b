"""Failure alerts: one ERROR log line, and a small JSON POST when ALERT_WEBHOOK_URL is set."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import logging
import urllib.error
import urllib.request

from jobs.settings import Settings

logger = logging.getLogger(__name__)

ALERT_TIMEOUT_S = 5.0


def send_alert(settings: Settings, *, job: str, date: dt.date, error: BaseException, summary: dict | None = None) -> bool:
    """POST a JSON summary of a failed job to ALERT_WEBHOOK_URL; return True when it was delivered.

    The alert's own failure is logged and never raised, so it cannot hide the job's error.
    """
    if not settings.alert_webhook_url:
        return False
    body = {
        "job": job,
        "date": date.isoformat(),
        "error": type(error).__name__,
        "message": str(error)[:500],
        "summary": {key: summary[key] for key in ("races_found", "predicted", "failed", "settled") if summary and key in summary},
        "log_hint": f"Application Insights: traces | where message has '{job}' and message has '{date.isoformat()}'",
    }
    request = urllib.request.Request(
        settings.alert_webhook_url,
        data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": settings.user_agent},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=ALERT_TIMEOUT_S) as response:  # noqa: S310 - URL is a validated http(s) setting
            response.read()
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        logger.error("alert to ALERT_WEBHOOK_URL failed: %s", exc)
        return False
    logger.info("alert sent for %s job of %s", job, date)
    return True
