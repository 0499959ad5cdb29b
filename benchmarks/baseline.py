"""The baseline parser the benchmark compares our page parsers with.

`pandas.read_html(..., flavor="bs4")` builds its tree with html5lib (pandas 3.1 passes
`features="html5lib"` to BeautifulSoup and does not let the caller choose), so it cannot run on
the `html.parser` backend. The baseline does the same steps with that backend instead:

1. decode the page bytes as cp932, as our parsers do;
2. build the whole tree with `BeautifulSoup(text, "html.parser")`;
3. for every `<table>`, take each row's `th`/`td` texts (stripped) and make a
   `pandas.DataFrame` of them, the first row with `th` cells as the column labels.

It does not expand rowspan or colspan and does not convert numbers, which pandas.read_html
does, so it is a lower bound for the cost of a read_html-style parse on this backend.
"""

from __future__ import annotations

import io

import pandas
from bs4 import BeautifulSoup


def read_tables_html_parser(data: bytes) -> list[pandas.DataFrame]:
    """Return one DataFrame per `<table>` of cp932 page bytes, parsed with html.parser."""
    soup = BeautifulSoup(data.decode("cp932"), "html.parser")
    frames = []
    for table in soup.find_all("table"):
        header: list[str] | None = None
        rows: list[list[str]] = []
        for row in table.find_all("tr"):
            cells = row.find_all(["th", "td"], recursive=False)
            texts = [cell.get_text(" ", strip=True) for cell in cells]
            if header is None and not rows and cells and all(cell.name == "th" for cell in cells):
                header = texts
            else:
                rows.append(texts)
        width = max([len(header or [])] + [len(row) for row in rows])
        padded = [row + [""] * (width - len(row)) for row in rows]
        columns = (header + [""] * (width - len(header))) if header else None
        frames.append(pandas.DataFrame(padded, columns=columns))
    return frames


def read_tables_lxml(data: bytes) -> list[pandas.DataFrame]:
    """Return `pandas.read_html(..., flavor="lxml")` of cp932 page bytes (the backend pandas tries first)."""
    return pandas.read_html(io.StringIO(data.decode("cp932")), flavor="lxml")
