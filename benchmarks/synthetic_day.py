"""Build a synthetic 12-race 川崎 day from the sample pages, for the job benchmark.

The day is synthetic: the sample 6R card of 川崎 2025-01-01 is repeated under the twelve race
ids 2025010121100201 … 2025010121100212, and the real 船橋 2026-08-28 12R result page is
repeated under the same ids. Only ids, race numbers and the result header's date and meeting
are rewritten, as bytes, so every copy still decodes as cp932.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DAY = ROOT / "tests" / "pages" / "constructed" / "kawasaki-2025-01-01"
SAMPLE_CARD = SAMPLE_DAY / "uma_shosai" / "2025010121100206.do"
SAMPLE_CALENDAR = SAMPLE_DAY / "calendar" / "202501.do"
SAMPLE_RESULT = ROOT / "tests" / "pages" / "captured" / "funabashi-2026-08-28" / "result" / "2026082819060512.do"

DAY_ID = "20250101211002"
RACE_COUNT = 12
DESCRIPTION = (
    "synthetic day: the sample 川崎 2025-01-01 6R card repeated under 12 race ids, "
    "and the real 船橋 2026-08-28 12R result page repeated under the same ids"
)

# robots.txt without Crawl-delay, so the client keeps no gap between requests.
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n"

_CARD_LABEL = b'subtitle__label">6R</span>'
_RESULT_LABEL = b'subtitle__label">12R</span>'
_RESULT_DAY_ID = b"20260828190605"
_RESULT_DATE = "2026年8月28日".encode("cp932")
_RESULT_MEETING = "第6回&nbsp;船橋競馬&nbsp;第5日".encode("cp932")
_DAY_DATE = "2025年1月1日".encode("cp932")
_DAY_MEETING = "第10回&nbsp;川崎競馬&nbsp;第2日".encode("cp932")

_PROGRAM_HEAD = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<title>番組表 |  南関東4競馬場｜nankankeiba.com</title>
</head>
<body>
<div class="nk23_l-container">
<h2 class="nk23_c-title01">2025年1月1日（水）&nbsp;第10回&nbsp;川崎競馬&nbsp;第2日</h2>
<div class="nk23_c-block01">
<div class="nk23_c-block01__info">
<p class="nk23_c-block01__info__texts">
<span class="nk23_c-block01__info__text">天候:晴</span>
<span class="nk23_c-block01__info__text">馬場:ダ良</span>
</p>
</div>
<ul class="nk23_c-block01__list">
"""

_PROGRAM_RACE = """<li class="nk23_c-block01__list__item js-mheight-itemele">
<div class="nk23_c-block01__list__top">
<span class="nk23_c-block01__label">{number}R</span>
<p class="nk23_c-block01__texts">
<span class="nk23_c-block01__text">{post_time}</span>
<span class="nk23_c-block01__text">1400m</span>
<span class="nk23_c-block01__text">14頭</span>
</p>
</div>
<div class="nk23_c-block01__titlebtn">
<a class="nk23_c-block01__list__title" href="/syousai/{race_id}.do">四扇賞Ｃ２一 二</a>
</div>
</li>
"""

_PROGRAM_TAIL = """</ul>
</div>
</div>
</body>
</html>
"""


def race_ids() -> list[str]:
    """Return the twelve race ids of the synthetic day, 1R first."""
    return [f"{DAY_ID}{number:02d}" for number in range(1, RACE_COUNT + 1)]


def _replace_once(data: bytes, old: bytes, new: bytes, what: str) -> bytes:
    count = data.count(old)
    if count != 1:
        raise ValueError(f"expected exactly one {what} ({old!r}) in the sample page, found {count}")
    return data.replace(old, new)


def card_copy(card: bytes, race_number: int) -> bytes:
    """Return the sample card with its race number label set to `race_number`.

    The card parser takes the race id from the URL and checks it against the header, so the
    label is the only byte sequence that differs between the copies.
    """
    return _replace_once(card, _CARD_LABEL, f'subtitle__label">{race_number}R</span>'.encode(), "race number label")


def result_copy(result: bytes, race_number: int) -> bytes:
    """Return the sample result page rewritten to race `race_number` of the synthetic day."""
    data = result.replace(_RESULT_DAY_ID, DAY_ID.encode())
    own_id = f"{DAY_ID}12".encode()
    data = data.replace(own_id, f"{DAY_ID}{race_number:02d}".encode())
    data = _replace_once(data, _RESULT_LABEL, f'subtitle__label">{race_number}R</span>'.encode(), "race number label")
    data = _replace_once(data, _RESULT_DATE, _DAY_DATE, "header date")
    return _replace_once(data, _RESULT_MEETING, _DAY_MEETING, "header meeting")


def program_page() -> bytes:
    """Return a 12-race program page for the synthetic day, post times 30 minutes apart."""
    races = []
    for index, race_id in enumerate(race_ids()):
        minutes = 10 * 60 + 30 * index
        post_time = f"{minutes // 60}:{minutes % 60:02d}"
        races.append(_PROGRAM_RACE.format(number=index + 1, post_time=post_time, race_id=race_id))
    return (_PROGRAM_HEAD + "".join(races) + _PROGRAM_TAIL).encode("cp932")


def build_day(folder: Path) -> dict[str, int]:
    """Write the synthetic day's site folder under `folder` and return the page count per kind."""
    card = SAMPLE_CARD.read_bytes()
    result = SAMPLE_RESULT.read_bytes()
    for kind in ("calendar", "program", "uma_shosai", "result"):
        (folder / kind).mkdir(parents=True, exist_ok=True)

    (folder / "robots.txt").write_bytes(ROBOTS_TXT)
    shutil.copyfile(SAMPLE_CALENDAR, folder / "calendar" / SAMPLE_CALENDAR.name)
    (folder / "program" / f"{DAY_ID}.do").write_bytes(program_page())
    for number, race_id in enumerate(race_ids(), start=1):
        (folder / "uma_shosai" / f"{race_id}.do").write_bytes(card_copy(card, number))
        (folder / "result" / f"{race_id}.do").write_bytes(result_copy(result, number))
    return {"calendar": 1, "program": 1, "card": RACE_COUNT, "result": RACE_COUNT}
