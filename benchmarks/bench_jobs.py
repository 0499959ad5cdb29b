"""Measure memory and CPU of the morning and evening jobs on a synthetic 12-race day.

Run from the repository root:

    python benchmarks/bench_jobs.py [--out FILE]

Everything runs in this one process. The replay server (a thread) serves the synthetic day on
127.0.0.1. The morning job and then the evening job run against it with no delay between
requests, with the local publisher and the SQLite store in a temporary folder. The script then times
our parsers against the baseline of benchmarks/baseline.py on the same page bytes, and the
import cost of `function_app` in fresh interpreters. It prints one JSON object.
"""

from __future__ import annotations

import time

WALL_START = time.perf_counter()

import argparse  # noqa: E402 - the wall clock starts before every import
import datetime as dt  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for _path in (str(ROOT), str(BENCH_DIR)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import import_cost  # noqa: E402
import synthetic_day  # noqa: E402

logger = logging.getLogger("bench_jobs")

RACE_DATE = dt.date(2025, 1, 1)
TARGET_PEAK_RSS_MB = 130.0
TARGET_MORNING_CPU_S = 1.0
TARGET_PARSE_SPEEDUP = 5.0
TARGET_IMPORT_RATIO = 1.5
# Modules the import target names: none of them may load on `import function_app`.
TARGET_LAZY_MODULES = ("pandas", "bs4", "lxml", "googleapiclient")
# Libraries the jobs import, each measured alone in a fresh interpreter for its share of RSS.
LIBRARY_MODULES = ("pandas", "lxml.html", "requests", "tenacity", "jinja2", "bs4")
# Modules a job imports on its first call, imported up front so that job CPU excludes them.
JOB_MODULES = (
    "jobs.morning",
    "jobs.evening",
    "jobs.pipeline",
    "scraper.client",
    "scraper.calendar",
    "scraper.program",
    "scraper.card",
    "scraper.result",
    "predictor.predict",
    "predictor.settlement",
    "publisher.render",
    "publisher.local",
    "store.factory",
)


def rss_mb() -> float:
    """Return the current resident set size of this process in MB (VmRSS)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("VmRSS is missing from /proc/self/status; the benchmark needs Linux")


def peak_rss_mb() -> float:
    """Return the peak resident set size of this process so far in MB (ru_maxrss is in KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class Stage:
    """Process CPU, main-thread CPU and wall seconds spent inside a `with` block."""

    def __enter__(self) -> "Stage":
        self._cpu = time.process_time()
        self._thread = time.thread_time()
        self._wall = time.perf_counter()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.cpu_s = round(time.process_time() - self._cpu, 3)
        self.thread_cpu_s = round(time.thread_time() - self._thread, 3)
        self.wall_s = round(time.perf_counter() - self._wall, 3)
        self.rss_after_mb = rss_mb()

    def figures(self) -> dict:
        return {
            "cpu_s": self.cpu_s,
            "main_thread_cpu_s": self.thread_cpu_s,
            "wall_s": self.wall_s,
            "rss_after_mb": self.rss_after_mb,
        }


def run_job(name: str, job: Callable, settings, server) -> dict:  # noqa: ANN001
    """Run one job and return its timings, request count and summary counters."""
    requests_before = len(server.requests)
    with Stage() as stage:
        summary = job(RACE_DATE, settings)
    figures = stage.figures()
    figures["requests"] = len(server.requests) - requests_before
    figures["pages_fetched"] = summary["pages_fetched"]
    for key in ("races_found", "predicted", "settled", "pending", "skipped", "failed"):
        if key in summary:
            figures[key] = summary[key]
    logger.info("%s job: %s", name, figures)
    return figures


def run_jobs(site: Path, output: Path) -> dict:
    """Serve the synthetic day and run the morning job, then the evening job, against it."""
    import jobs
    from scraper.replay import ReplayServer

    figures: dict = {}
    with ReplayServer(site) as server:
        settings = jobs.load_settings(
            {
                "NANKAN_BASE_URL": server.base_url,
                "CONTACT_URL": "http://127.0.0.1/benchmark",
                "OUTPUT_DIR": str(output),
                "PUBLISHER": "local",
            }
        ).replace(request_delay_s=0.0)
        figures["morning"] = run_job("morning", jobs.predict, settings, server)
        figures["evening"] = run_job("evening", jobs.results, settings, server)
        figures["requests_total"] = len(server.requests)
    return figures


def time_calls(functions: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Call each function once to warm up, then `repeats` rounds of one call each, and return the seconds per call.

    The functions take turns in every round, so a burst of load from other processes on the
    machine slows all of them alike instead of one.
    """
    for function in functions.values():
        function()
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            started = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - started)
    return times


def compare_parsers(site: Path, repeats: int) -> dict:
    """Time our card and result parsers against the baseline on the same bytes of this run.

    The speedup is baseline time over our time, both the minimum over the rounds, which is the
    figure least disturbed by other load. The medians are reported beside it.
    """
    from baseline import read_tables_html_parser, read_tables_lxml
    from scraper.card import parse_card
    from scraper.result import parse_result

    race_id = synthetic_day.race_ids()[0]
    pages = {
        "card": (parse_card, f"/uma_shosai/{race_id}.do"),
        "result": (parse_result, f"/result/{race_id}.do"),
    }
    figures: dict = {"repeats": repeats}
    for kind, (parser, path) in pages.items():
        data = (site / path.lstrip("/")).read_bytes()
        times = time_calls(
            {
                "ours": lambda: parser(data, path),
                "baseline": lambda: read_tables_html_parser(data),
                "pandas_read_html_lxml": lambda: read_tables_lxml(data),
            },
            repeats,
        )
        fastest = {name: min(values) for name, values in times.items()}
        median = {name: statistics.median(values) for name, values in times.items()}
        figures[kind] = {
            "bytes": len(data),
            "ours_ms": round(fastest["ours"] * 1000, 2),
            "baseline_ms": round(fastest["baseline"] * 1000, 2),
            "speedup": round(fastest["baseline"] / fastest["ours"], 2),
            "speedup_of_medians": round(median["baseline"] / median["ours"], 2),
            "ours_median_ms": round(median["ours"] * 1000, 2),
            "baseline_median_ms": round(median["baseline"] * 1000, 2),
            "pandas_read_html_lxml_ms": round(fastest["pandas_read_html_lxml"] * 1000, 2),
        }
    figures["min_speedup"] = min(figures[kind]["speedup"] for kind in pages)
    return figures


def machine() -> dict:
    """Return CPU model, CPU count, memory and Python version of this machine."""
    model = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        total_kib = int(meminfo.readline().split()[1])
    import os

    return {
        "cpu_model": model,
        "cpus": os.cpu_count(),
        "memory_gib": round(total_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
    }


def targets(report: dict) -> dict:
    """Return each target with its limit, the measured value and met or missed."""

    def verdict(value: float, limit: float, at_most: bool) -> dict:
        met = value <= limit if at_most else value >= limit
        return {"value": value, "limit": limit, "met": met}

    imports = report["imports"]
    lazy = [name for name in TARGET_LAZY_MODULES if name in imports["function_app"]["heavy_loaded"]]
    return {
        "peak_rss_mb": verdict(report["peak_rss_mb"], TARGET_PEAK_RSS_MB, at_most=True),
        "morning_cpu_s": verdict(report["jobs"]["morning"]["cpu_s"], TARGET_MORNING_CPU_S, at_most=True),
        "parse_speedup": verdict(report["parsing"]["min_speedup"], TARGET_PARSE_SPEEDUP, at_most=False),
        "import_ratio": verdict(imports["ratio"], TARGET_IMPORT_RATIO, at_most=True),
        "lazy_heavy_modules": {"eagerly_loaded": lazy, "chains": imports["chains"], "met": not lazy},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the morning and evening jobs on a synthetic 12-race day.")
    parser.add_argument("--out", type=Path, help="also write the JSON report to this file")
    parser.add_argument("--parse-repeats", type=int, default=20, help="timed calls per parser and page (default 20)")
    parser.add_argument("--import-repeats", type=int, default=9, help="fresh interpreters per import (default 9)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log the jobs at INFO on stderr")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)

    report: dict = {"day": synthetic_day.DESCRIPTION, "date": RACE_DATE.isoformat(), "races": synthetic_day.RACE_COUNT}
    with Stage() as stage:
        import function_app  # noqa: F401 - the Functions host imports it first
    report["import_function_app"] = stage.figures()
    with Stage() as stage:
        for name in JOB_MODULES:
            __import__(name)
    report["import_job_modules"] = stage.figures()

    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as temp:
        site = Path(temp) / "site"
        report["pages_written"] = synthetic_day.build_day(site)
        report["jobs"] = run_jobs(site, Path(temp) / "out")
        report["peak_rss_mb_after_jobs"] = peak_rss_mb()
        report["process_cpu_s_after_jobs"] = round(time.process_time(), 3)
        report["parsing"] = compare_parsers(site, args.parse_repeats)

    report["process_cpu_s"] = round(time.process_time(), 3)
    report["wall_s"] = round(time.perf_counter() - WALL_START, 3)
    report["peak_rss_mb"] = peak_rss_mb()

    measured = import_cost.measure_imports([None, "azure.functions", "function_app"], args.import_repeats)
    function_app_import = measured["function_app"]
    azure_import = measured["azure.functions"]
    libraries = import_cost.measure_imports(list(LIBRARY_MODULES), 3)
    report["imports"] = {
        "function_app": function_app_import,
        "azure.functions": azure_import,
        "bare_interpreter": measured[None],
        # The minimum over the rounds is the figure least disturbed by other load on the machine.
        "ratio": round(function_app_import["import_wall_min_s"] / azure_import["import_wall_min_s"], 2),
        "ratio_of_medians": round(function_app_import["import_wall_s"] / azure_import["import_wall_s"], 2),
        "chains": import_cost.import_chains("function_app", function_app_import["heavy_loaded"]),
        "libraries_rss_after_mb": {name: round(libraries[name]["rss_after_mb"], 1) for name in LIBRARY_MODULES},
    }
    report["targets"] = targets(report)
    report["machine"] = machine()

    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
