"""Helpers shared by the page parsers: decoding, tables found by header text, numbers.

The site declares Shift_JIS; its bytes are decoded as cp932, the Microsoft superset that
also covers ①, Ⅰ and ㈱. Numbers are normalised with NFKC before conversion, while display
strings keep the characters printed on the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from scraper.errors import LayoutError

_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?\d+(\.\d+)?")
_HTML_PARSER = lxml.etree.HTMLParser(remove_comments=True)


def decode_page(data: bytes) -> str:
    """Decode page bytes as cp932; undecodable bytes become U+FFFD rather than failing."""
    return data.decode("cp932", errors="replace")


def parse_html(data: bytes, source: str) -> HtmlElement:
    """Parse page bytes into an lxml tree; an empty or non-HTML body raises LayoutError."""
    text = decode_page(data)
    if not text.strip():
        raise LayoutError(source, "the page body is empty")
    try:
        # A plain etree HTML parser: lxml.html's element class lookup costs a Python call per
        # element the parsers touch, which dominated the card parser's time.
        root = lxml.etree.fromstring(text, _HTML_PARSER)
    except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError) as exc:
        raise LayoutError(source, f"the page is not parseable HTML ({exc})") from exc
    if root is None:
        raise LayoutError(source, "the page has no HTML document element")
    return root


def clean(text: str | None) -> str:
    """Collapse runs of white space (the site mixes CRLF, LF and full-width spaces) into one space."""
    if not text:
        return ""
    # str.split() without arguments splits on every Unicode white space, U+3000 included.
    return " ".join(text.split())


def text_of(element: HtmlElement | None) -> str:
    """Return the element's whole text, white space collapsed."""
    if element is None:
        return ""
    # Serialising as text is done in C and is about three times faster than joining itertext().
    return clean(lxml.etree.tostring(element, method="text", encoding=str, with_tail=False))


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def to_int(text: str | None) -> int | None:
    """Parse '1,720', '１２' or '＋5' as an int; return None for '', '-' and other non-numbers."""
    if text is None:
        return None
    value = nfkc(text).replace(",", "").replace("±", "").strip()
    if not _INT.fullmatch(value):
        return None
    return int(value)


def to_float(text: str | None) -> float | None:
    """Parse '54.0' or '５４．０' as a float; return None for anything that is not a plain number."""
    if text is None:
        return None
    value = nfkc(text).replace(",", "").strip()
    if not _FLOAT.fullmatch(value):
        return None
    return float(value)


def parse_race_time(text: str | None) -> float | None:
    """Parse a race time '1:53.6' or '59.8' into seconds; return None when absent."""
    if not text:
        return None
    match = re.fullmatch(r"(?:(\d+):)?(\d{1,2}\.\d)", nfkc(text).strip())
    if not match:
        return None
    minutes = int(match.group(1) or 0)
    return round(minutes * 60 + float(match.group(2)), 1)


def header_texts(table: HtmlElement) -> list[str]:
    """Return the text of every header cell of the table's own rows, in document order."""
    return [text_of(cell) for cell in table.xpath("./thead/tr/th | ./tr/th | ./tbody/tr/th")]


def find_table(root: HtmlElement, required: Sequence[str], source: str, what: str) -> HtmlElement:
    """Return the first table whose own header cells contain every string in `required`.

    Header text is matched by substring after white space is removed, so 'コーナー 通過順'
    still matches 'コーナー通過順'. Raises LayoutError naming the missing headers.
    """
    wanted = [re.sub(r"\s", "", item) for item in required]
    best_missing: list[str] = list(required)
    for table in root.iter("table"):
        headers = [re.sub(r"\s", "", h) for h in header_texts(table)]
        missing = [req for req, want in zip(required, wanted) if not any(want in h for h in headers)]
        if not missing:
            return table
        if len(missing) < len(best_missing):
            best_missing = missing
    raise LayoutError(source, f"no {what} table with headers {list(required)} (missing: {best_missing})")


def own_rows(table: HtmlElement) -> list[HtmlElement]:
    """Return the table's own body rows, skipping rows of nested tables.

    Works whether or not <tbody> is present or closed; lxml repairs an unclosed <tbody>.
    """
    return [row for row in table.xpath("./tr | ./tbody/tr") if row.xpath("./td")]


def column_index(headers: Iterable[str], label: str) -> int | None:
    """Return the position of the first header containing `label`, or None."""
    target = re.sub(r"\s", "", label)
    for index, header in enumerate(headers):
        if target in re.sub(r"\s", "", header):
            return index
    return None
