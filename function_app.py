"""Azure Functions entry points (Python v2 programming model).

This is the only module that imports azure.functions. Each trigger reads its input, calls a
job from the `jobs` package and logs; the jobs know nothing of Azure Functions.
"""

from __future__ import annotations

import datetime as dt
import json
import logging

import azure.functions as func

import jobs
from jobs.alerts import send_alert
from jobs.dates import DateError, tokyo_today, validate_request_date
from jobs.errors import is_transient

logger = logging.getLogger("function_app")

# Library chatter (HTTP connection pools, SDK request logs) stays out of Application Insights.
for _name in ("urllib3", "azure", "googleapiclient", "google"):
    logging.getLogger(_name).setLevel(logging.WARNING)

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)

JOBS = {"predict": jobs.predict, "results": jobs.results}


# Whole-job retries for the timers, run by the Functions host (timer triggers support a
# function-level retry policy in the Python v2 model). Only transient failures are re-raised
# to the host; a job run is idempotent, so a retry updates the same posts.
TIMER_RETRY = {
    "strategy": "exponential_backoff",
    "max_retry_count": "2",
    "minimum_interval": "00:02:00",
    "maximum_interval": "00:10:00",
}


def _run_job(kind: str, date, settings) -> dict:  # noqa: ANN001
    """Run one job; on failure log one ERROR, send the alert, and re-raise."""
    try:
        return JOBS[kind](date, settings)
    except Exception as exc:
        _report_failure(kind, date, settings, exc)
        raise


def _report_failure(kind: str, date, settings, exc: BaseException) -> None:  # noqa: ANN001
    summary = getattr(exc, "summary", {})
    logger.error("%s job for %s failed: %s", kind, date, exc, exc_info=exc)
    send_alert(settings, job=kind, date=date, error=exc, summary=summary)


def utc_now() -> dt.datetime:
    """Return the current time; tests replace it to pin the UTC/JST boundary."""
    return dt.datetime.now(dt.timezone.utc)


def _timer(kind: str, timer: func.TimerRequest, context: func.Context | None) -> None:
    """Run a timer's job; let the host retry transient failures and alert once on the final one."""
    if timer.past_due:
        logger.warning("%s timer is past due; running now", kind)
    settings = jobs.load_settings()
    date = tokyo_today(utc_now())
    retry = getattr(context, "retry_context", None)
    attempt = getattr(retry, "retry_count", 0) or 0
    max_retries = getattr(retry, "max_retry_count", 0) or 0
    logger.info("%s timer fired; race date %s (Asia/Tokyo), attempt %d of %d", kind, date, attempt + 1, max_retries + 1)
    try:
        JOBS[kind](date, settings)
    except Exception as exc:
        if is_transient(exc) and attempt < max_retries:
            logger.warning("%s job for %s failed transiently (%s); the host retries it", kind, date, exc)
            raise
        _report_failure(kind, date, settings, exc)
        if is_transient(exc):
            raise
        # Not transient: a host retry would fail the same way, so the run ends here after the alert.


@app.timer_trigger(schedule="%PREDICT_SCHEDULE%", arg_name="timer", run_on_startup=False, use_monitor=True)
@app.retry(**TIMER_RETRY)
def predict_timer(timer: func.TimerRequest, context: func.Context) -> None:
    """Morning job: 07:00 JST is `0 0 22 * * *` in UTC, on the previous UTC day."""
    _timer("predict", timer, context)


@app.timer_trigger(schedule="%RESULTS_SCHEDULE%", arg_name="timer", run_on_startup=False, use_monitor=True)
@app.retry(**TIMER_RETRY)
def results_timer(timer: func.TimerRequest, context: func.Context) -> None:
    """Evening job: 21:30 JST is `0 30 12 * * *` in UTC."""
    _timer("results", timer, context)


def _json(body: dict, status: int) -> func.HttpResponse:
    return func.HttpResponse(
        json.dumps(body, ensure_ascii=False), status_code=status, mimetype="application/json", charset="utf-8"
    )


def _http(kind: str, req: func.HttpRequest) -> func.HttpResponse:
    if req.method.upper() != "POST":
        return _json({"ok": False, "error": "POST で呼び出してください。"}, 405)
    try:
        date = validate_request_date(req.params.get("date"), utc_now())
    except DateError as exc:
        return _json({"ok": False, "error": str(exc)}, 400)
    try:
        settings = jobs.load_settings()
    except jobs.SettingsError as exc:
        logger.error("settings invalid: %s", exc)
        return _json({"ok": False, "error": f"設定が正しくありません: {exc.name}。ログを確認してください。"}, 500)
    try:
        summary = _run_job(kind, date, settings)
    except jobs.JobFailed as exc:
        return _json({"ok": False, "error": "投稿できるレースがありませんでした。ログを確認してください。", "summary": exc.summary}, 502)
    except Exception:  # noqa: BLE001 - already logged and alerted by _run_job
        return _json({"ok": False, "error": "ジョブが失敗しました。ログを確認してください。"}, 500)
    return _json({"ok": True, "summary": summary}, 200)


@app.route(route="runs/predict", methods=["POST"])
def predict_http(req: func.HttpRequest) -> func.HttpResponse:
    """POST /api/runs/predict?date=YYYY-MM-DD re-runs the morning job for that date."""
    return _http("predict", req)


@app.route(route="runs/results", methods=["POST"])
def results_http(req: func.HttpRequest) -> func.HttpResponse:
    """POST /api/runs/results?date=YYYY-MM-DD re-runs the evening job for that date."""
    return _http("results", req)
