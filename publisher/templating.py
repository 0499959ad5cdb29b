"""The Jinja2 environment and the display helpers shared by the prediction and results posts.

The environment autoescapes every value, so scraped horse and race names can never add markup.
The results-link region is a pair of HTML comments in the prediction post. The evening job
replaces its content with a link to the results post, and a re-rendered prediction post keeps
the link when it is given the results URL.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from publisher.base import RESULTS_LINK_END, RESULTS_LINK_REGION, RESULTS_LINK_START

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
BLOG_NAME = "南関テイオー"

# Bet types whose combination is written in finish order (1st→2nd→3rd).
ORDERED_BET_TYPES = frozenset({"exacta", "trifecta", "bracket_exacta"})
# Japanese names of scraper.records.BET_TYPES, as shown in the posts.
BET_TYPE_LABELS: dict[str, str] = {
    "win": "単勝",
    "place": "複勝",
    "bracket_quinella": "枠複",
    "quinella": "馬複",
    "bracket_exacta": "枠単",
    "exacta": "馬単",
    "quinella_place": "ワイド",
    "trio": "三連複",
    "trifecta": "三連単",
}

_RESULTS_LINK_REGION = RESULTS_LINK_REGION
_BODY_START = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
LINK_SCHEMES = frozenset({"http", "https", "file"})


@functools.cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def date_text(date: dt.date) -> str:
    """Format a date the Japanese way, e.g. 2026年8月28日."""
    return f"{date.year}年{date.month}月{date.day}日"


def bet_type_label(bet_type: str) -> str:
    return BET_TYPE_LABELS.get(bet_type, bet_type)


def combination_text(bet_type: str, combination: list[int] | tuple[int, ...]) -> str:
    """Join a combination with → for the ordered bet types and - for the others."""
    separator = "→" if bet_type in ORDERED_BET_TYPES else "-"
    return separator.join(str(number) for number in combination)


def yen_text(yen: int) -> str:
    return f"{yen:,}円"


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}%"


def link_url(url: str | None) -> str | None:
    """Return `url` when it is an http, https or file URL or a relative path, else None.

    Post URLs come from the state store. This check keeps a `javascript:` or other scheme
    out of an href even if a stored value is wrong.
    """
    if not url:
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme and scheme not in LINK_SCHEMES:
        return None
    return url


def results_link_region(results_url: str | None) -> Markup:
    """Build the marked region of the prediction post, holding the results link when a URL is given."""
    url = link_url(results_url)
    inner = ""
    if url is not None:
        inner = (
            '<p style="font-size:16px;font-weight:bold;margin:8px 0;">'
            f'<a href="{html.escape(url, quote=True)}">結果はこちら</a></p>'
        )
    return Markup(RESULTS_LINK_START + inner + RESULTS_LINK_END)


def replace_results_link(post_html: str, results_url: str) -> str:
    """Return `post_html` with its results-link region pointing at `results_url`.

    A post without the region gets it at the start of its content (right after `<body>` in a
    full HTML document), unless the post already links to `results_url`. The result equals the
    input when the link is already in place, so a host that drops HTML comments from stored
    posts still gets only one link.
    """
    region = str(results_link_region(results_url))
    if _RESULTS_LINK_REGION.search(post_html) is None:
        if f'href="{html.escape(results_url, quote=True)}"' in post_html:
            return post_html
        body = _BODY_START.search(post_html)
        if body is None:
            return region + "\n" + post_html
        return post_html[: body.end()] + "\n" + region + post_html[body.end() :]
    return _RESULTS_LINK_REGION.sub(lambda _match: region, post_html, count=1)


def html_document(title: str, fragment: str) -> str:
    """Wrap a post's HTML fragment in a complete UTF-8 document titled `title`, for opening in a browser."""
    body = fragment if fragment.endswith("\n") else fragment + "\n"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ja">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title, quote=False)}</title>\n"
        "</head>\n"
        '<body style="max-width:960px;margin:0 auto;padding:8px;">\n'
        f"{body}"
        "</body>\n"
        "</html>\n"
    )
