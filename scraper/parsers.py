"""Parser lookup by page kind, and the kind of a site path.

`PARSERS` maps each page kind to a function `(data: bytes, source: str) -> record`. The card
parser is imported on first call, so this module imports even where `scraper.card` fails to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scraper.calendar import parse_calendar
from scraper.program import parse_program
from scraper.records import RaceCard
from scraper.result import parse_result

# First path segment on www.nankankeiba.com -> page kind. /syousai/ redirects to /uma_shosai/.
PATH_KINDS: dict[str, str] = {
    "calendar": "calendar",
    "program": "program",
    "syousai": "card",
    "uma_shosai": "card",
    "result": "result",
}


def parse_card(data: bytes, source: str) -> RaceCard:
    """Parse a race card page with `scraper.card.parse_card`, imported on first use."""
    from scraper.card import parse_card as card_parser

    return card_parser(data, source)


PARSERS: dict[str, Callable[[bytes, str], Any]] = {
    "calendar": parse_calendar,
    "program": parse_program,
    "card": parse_card,
    "result": parse_result,
}


def kind_for_path(path: str) -> str:
    """Return the page kind of a site path such as `/result/2026082819060512.do`.

    Raises ValueError for a path whose first segment is not a page kind the scraper parses.
    """
    segments = [segment for segment in path.replace("\\", "/").split("/") if segment]
    first = segments[0] if segments else ""
    try:
        return PATH_KINDS[first]
    except KeyError:
        raise ValueError(
            f"no parser for path {path!r}: its first segment must be one of {sorted(PATH_KINDS)}"
        ) from None
