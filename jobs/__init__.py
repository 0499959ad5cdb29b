"""The two jobs as plain functions, shared by the Azure Functions triggers and the CLI.

Importing this package is cheap: pandas, lxml, Jinja2 and the Google client load only when
a job runs.
"""

from __future__ import annotations

import datetime as dt

from jobs.errors import JobFailed
from jobs.settings import Settings, SettingsError, load_settings

__all__ = ["JobFailed", "Settings", "SettingsError", "load_settings", "predict", "results"]


def predict(date: dt.date, settings: Settings) -> dict:
    """Run the morning job for `date`: predict every race and post one article per venue."""
    from jobs.morning import run_predict

    return run_predict(date, settings)


def results(date: dt.date, settings: Settings) -> dict:
    """Run the evening job for `date`: settle the morning's tickets and post the results."""
    from jobs.evening import run_results

    return run_results(date, settings)
