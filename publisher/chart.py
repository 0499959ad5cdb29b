"""An inline SVG line chart of the cumulative 回収率 by race day, for the results post.

The chart is built with xml.etree.ElementTree, which escapes every text and attribute value,
so the output is well-formed XML that a post can embed as is. It needs no script and no
external image, and its size follows the post's width through the viewBox.
"""

from __future__ import annotations

import datetime as dt
import math
import xml.etree.ElementTree as ET

from markupsafe import Markup

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
WIDTH = 640
HEIGHT = 260
MARGIN_LEFT = 56
MARGIN_RIGHT = 24
MARGIN_TOP = 20
MARGIN_BOTTOM = 44
MAX_Y_TICKS = 5
MAX_X_LABELS = 6
REFERENCE_PERCENT = 100.0
LINE_COLOUR = "#1a5276"
REFERENCE_COLOUR = "#c0392b"
GRID_COLOUR = "#dddddd"
TEXT_COLOUR = "#444444"
CHART_TITLE = "累積回収率の推移（開催日ごと）"
EMPTY_MESSAGE = "まだ回収率を計算できる開催日がありません"


def render_return_chart(series: list[tuple[str, float | None]]) -> Markup:
    """Draw (ISO date, cumulative 回収率 in percent) pairs, oldest first, as an inline SVG.

    Days whose rate is None come before the first settled bet, so they have no 回収率 and are
    left out. One circle marks each remaining day, and a dashed line marks 100%.
    """
    points = [(dt.date.fromisoformat(date), rate) for date, rate in series if rate is not None]
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NAMESPACE,
            "viewBox": f"0 0 {WIDTH} {HEIGHT}",
            "width": "100%",
            "style": f"max-width:{WIDTH}px;height:auto;font-family:sans-serif;",
            "role": "img",
            "aria-label": CHART_TITLE,
        },
    )
    ET.SubElement(svg, "title").text = CHART_TITLE
    ET.SubElement(svg, "rect", {"x": "0", "y": "0", "width": str(WIDTH), "height": str(HEIGHT), "fill": "#ffffff"})

    top, step = _y_scale([rate for _date, rate in points])
    _draw_y_axis(svg, top, step)
    _draw_reference_line(svg, top)
    if not points:
        _text(svg, (MARGIN_LEFT + WIDTH - MARGIN_RIGHT) / 2, (MARGIN_TOP + HEIGHT - MARGIN_BOTTOM) / 2, EMPTY_MESSAGE, anchor="middle")
    else:
        _draw_series(svg, points, top)
    return Markup(ET.tostring(svg, encoding="unicode"))


def _y_scale(rates: list[float]) -> tuple[float, float]:
    """Choose the y-axis maximum and tick step: round steps, with the top above every rate and 100%."""
    highest = max([REFERENCE_PERCENT, *rates]) * 1.05
    step = _tick_step(highest)
    return step * math.ceil(highest / step), step


def _tick_step(highest: float) -> float:
    for exponent in range(1, 8):
        for mantissa in (1.0, 2.0, 2.5, 5.0):
            step = mantissa * 10**exponent
            if math.ceil(highest / step) <= MAX_Y_TICKS:
                return step
    return 10.0**8


def _y(rate: float, top: float) -> float:
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    return MARGIN_TOP + plot_height * (1 - rate / top)


def _x(index: int, count: int) -> float:
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    if count == 1:
        return MARGIN_LEFT + plot_width / 2
    return MARGIN_LEFT + plot_width * index / (count - 1)


def _draw_y_axis(svg: ET.Element, top: float, step: float) -> None:
    ticks = round(top / step)
    for tick in range(ticks + 1):
        rate = tick * step
        y = _y(rate, top)
        _line(svg, MARGIN_LEFT, y, WIDTH - MARGIN_RIGHT, y, GRID_COLOUR)
        _text(svg, MARGIN_LEFT - 6, y + 4, f"{rate:g}%", anchor="end")
    bottom = HEIGHT - MARGIN_BOTTOM
    _line(svg, MARGIN_LEFT, MARGIN_TOP, MARGIN_LEFT, bottom, TEXT_COLOUR)
    _line(svg, MARGIN_LEFT, bottom, WIDTH - MARGIN_RIGHT, bottom, TEXT_COLOUR)
    _text(svg, 8, MARGIN_TOP - 6, "回収率", anchor="start")
    _text(svg, WIDTH - MARGIN_RIGHT, HEIGHT - 6, "開催日", anchor="end")


def _draw_reference_line(svg: ET.Element, top: float) -> None:
    y = _y(REFERENCE_PERCENT, top)
    line = _line(svg, MARGIN_LEFT, y, WIDTH - MARGIN_RIGHT, y, REFERENCE_COLOUR)
    line.set("stroke-dasharray", "6 4")
    _text(svg, WIDTH - MARGIN_RIGHT, y - 4, "100%（収支トントン）", anchor="end", colour=REFERENCE_COLOUR)


def _draw_series(svg: ET.Element, points: list[tuple[dt.date, float]], top: float) -> None:
    count = len(points)
    coordinates = [(_x(index, count), _y(rate, top)) for index, (_date, rate) in enumerate(points)]
    if count > 1:
        ET.SubElement(
            svg,
            "polyline",
            {
                "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates),
                "fill": "none",
                "stroke": LINE_COLOUR,
                "stroke-width": "2",
            },
        )
    for (date, rate), (x, y) in zip(points, coordinates):
        circle = ET.SubElement(svg, "circle", {"cx": f"{x:.1f}", "cy": f"{y:.1f}", "r": "3", "fill": LINE_COLOUR})
        ET.SubElement(circle, "title").text = f"{date.isoformat()} 回収率 {rate:.1f}%"

    span_years = points[0][0].year != points[-1][0].year
    for index in _label_indexes(count):
        date = points[index][0]
        label = f"{date.year}/{date.month}/{date.day}" if span_years else f"{date.month}/{date.day}"
        _text(svg, coordinates[index][0], HEIGHT - MARGIN_BOTTOM + 16, label, anchor="middle")
    last_x, last_y = coordinates[-1]
    _text(svg, last_x, last_y - 8, f"{points[-1][1]:.1f}%", anchor="end" if count > 1 else "middle", colour=LINE_COLOUR)


def _label_indexes(count: int) -> list[int]:
    """Spread at most MAX_X_LABELS date labels evenly, always including the first and last day."""
    if count <= MAX_X_LABELS:
        return list(range(count))
    return sorted({round(slot * (count - 1) / (MAX_X_LABELS - 1)) for slot in range(MAX_X_LABELS)})


def _line(svg: ET.Element, x1: float, y1: float, x2: float, y2: float, colour: str) -> ET.Element:
    return ET.SubElement(
        svg,
        "line",
        {"x1": f"{x1:.1f}", "y1": f"{y1:.1f}", "x2": f"{x2:.1f}", "y2": f"{y2:.1f}", "stroke": colour, "stroke-width": "1"},
    )


def _text(svg: ET.Element, x: float, y: float, content: str, *, anchor: str, colour: str = TEXT_COLOUR) -> ET.Element:
    element = ET.SubElement(
        svg,
        "text",
        {"x": f"{x:.1f}", "y": f"{y:.1f}", "font-size": "12", "fill": colour, "text-anchor": anchor},
    )
    element.text = content
    return element
