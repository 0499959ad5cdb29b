"""The morning job: race cards of the day to one prediction post per venue.

Data flows one way: the site client fetches bytes, the scraper parses them into records,
the predictor scores each race and the publisher posts. The store keeps the post id and each
race's prediction, so a re-run updates the same post and the evening job can settle.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from jobs.errors import JobFailed
from jobs.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class VenueOutcome:
    """Counts, skipped and failed races, and the post of one venue's morning run."""

    track_code: str
    venue: str
    races_found: int = 0
    predicted: int = 0
    skipped: list[dict] = field(default_factory=list)  # race_id, race_number, reason
    failed: list[dict] = field(default_factory=list)  # race_id, race_number, reason
    post_id: str | None = None
    post_url: str | None = None


def run_predict(date: dt.date, settings: Settings) -> dict:
    """Run the morning job for `date` and return its summary.

    Raises JobFailed when the day has races but none could be predicted or posted. A day with
    no races returns a summary with races_found 0 and posts nothing.
    """
    from jobs.pipeline import open_run  # heavy imports happen only when a job runs

    started = time.monotonic()
    with open_run(settings) as run:
        days = run.race_days(date)
        outcomes = [_predict_venue(run, day) for day in days]
        summary = {
            "job": "predict",
            "date": date.isoformat(),
            "races_found": sum(o.races_found for o in outcomes),
            "predicted": sum(o.predicted for o in outcomes),
            "skipped": sum(len(o.skipped) for o in outcomes),
            "failed": sum(len(o.failed) for o in outcomes),
            "venues": [_venue_summary(o) for o in outcomes],
            "pages_fetched": run.client.pages_fetched,
            "pages_reused": run.pages_reused,
            "duration_s": round(time.monotonic() - started, 3),
        }
    if not days:
        logger.info("predict %s: no Nankan races on this day; nothing posted", date)
        return summary
    unposted = [o for o in outcomes if o.post_id is None]
    if unposted:
        names = ", ".join(o.venue for o in unposted)
        raise JobFailed(f"predict {date}: no post for {names}; no race could be predicted", summary)
    logger.info(
        "predict %s done: races=%d predicted=%d skipped=%d failed=%d pages=%d duration=%.1fs",
        date,
        summary["races_found"],
        summary["predicted"],
        summary["skipped"],
        summary["failed"],
        summary["pages_fetched"],
        summary["duration_s"],
    )
    return summary


def _venue_summary(outcome: VenueOutcome) -> dict:
    return {
        "venue": outcome.venue,
        "track_code": outcome.track_code,
        "races_found": outcome.races_found,
        "predicted": outcome.predicted,
        "skipped": outcome.skipped,
        "failed": outcome.failed,
        "post_id": outcome.post_id,
        "post_url": outcome.post_url,
    }


def _results_url(settings: Settings, results_ref) -> str | None:  # noqa: ANN001 (store.base.PostRef)
    """Return the link to an existing results post: a sibling file name locally, the post URL on Blogger."""
    if results_ref is None:
        return None
    if settings.publisher == "local":
        from pathlib import PurePosixPath

        return PurePosixPath(results_ref.post_id).name
    return results_ref.url


def _predict_venue(run, day) -> VenueOutcome:  # noqa: ANN001 (run is jobs.pipeline.Run)
    from predictor.predict import predict_race
    from publisher.base import RaceFailure
    from publisher.render import render_predict_post
    from scraper.errors import ScrapeError

    outcome = VenueOutcome(track_code=day.track_code, venue=day.venue)
    program = run.program(day)
    races = [race for race in program.races if not race.called_off]
    outcome.races_found = len(program.races)
    predictions = []
    failures: list[RaceFailure] = []

    for race in program.races:
        if race.called_off:
            failures.append(RaceFailure(race.race_id, race.race_number, "取り止め（競走中止の発表）"))
            outcome.skipped.append({"race_id": race.race_id, "race_number": race.race_number, "reason": "called off"})
            continue
        if not race.card_published:
            failures.append(RaceFailure(race.race_id, race.race_number, "出馬表が未発表のため予想していません"))
            outcome.skipped.append({"race_id": race.race_id, "race_number": race.race_number, "reason": "card not published"})
            continue
        try:
            card = run.card(race.race_id)
            if card.going is None:
                # The card prints no going; the day's program does, and the post-position term uses it.
                card.going = program.going
            prediction = predict_race(card)
        except ScrapeError as exc:
            logger.error("race %s (%dR) left out of the post: %s", race.race_id, race.race_number, exc)
            failures.append(RaceFailure(race.race_id, race.race_number, "出馬表を読み取れなかったため、このレースは掲載していません"))
            outcome.failed.append({"race_id": race.race_id, "race_number": race.race_number, "reason": str(exc)})
            continue
        if prediction.skipped_reason:
            logger.warning("race %s (%dR) skipped: %s", race.race_id, race.race_number, prediction.skipped_reason)
            outcome.skipped.append(
                {"race_id": race.race_id, "race_number": race.race_number, "reason": prediction.skipped_reason}
            )
        else:
            outcome.predicted += 1
        predictions.append(prediction)

    if outcome.predicted == 0:
        logger.error("%s %s: none of %d races could be predicted; nothing posted", day.venue, day.date, len(races))
        return outcome

    results_ref = run.store.get_post(day.date.isoformat(), day.track_code, "results")
    post = render_predict_post(
        day.date, day.track_code, day.venue, predictions, failures, results_url=_results_url(run.settings, results_ref)
    )
    ref = run.publisher.publish(post)
    outcome.post_id, outcome.post_url = ref.post_id, ref.url
    logger.info("posted predictions for %s %s: post id %s", day.venue, day.date, ref.post_id)
    for prediction in predictions:
        run.store.put_prediction(prediction.race_id, day.date.isoformat(), run.prediction_payload(day, prediction))
    return outcome
