"""Import cost of a module, measured in fresh interpreters started with subprocess.

Only the benchmark starts other processes. Product code never does, which tests/test_no_fork.py checks.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Modules that must load only when a job runs, not on `import function_app`.
HEAVY_MODULES: tuple[str, ...] = (
    "pandas",
    "numpy",
    "lxml",
    "bs4",
    "googleapiclient",
    "google.auth",
    "jinja2",
    "azure.data.tables",
    "azure.storage.blob",
    "requests",
    "tenacity",
)

# Run in the fresh interpreter: time one import and report CPU, RSS and heavy modules as JSON.
# The peak is VmHWM, because getrusage(2) keeps ru_maxrss across execve, so it would report the parent's peak.
_PROBE = """
import json, sys, time
def status_mb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return None
rss_before = status_mb("VmRSS")
cpu0, wall0 = time.process_time(), time.perf_counter()
{import_line}
cpu1, wall1 = time.process_time(), time.perf_counter()
heavy = {heavy!r}
print(json.dumps({{
    "import_wall_s": wall1 - wall0,
    "import_cpu_s": cpu1 - cpu0,
    "rss_before_mb": rss_before,
    "rss_after_mb": status_mb("VmRSS"),
    "peak_rss_mb": status_mb("VmHWM"),
    "heavy_loaded": [name for name in heavy if name in sys.modules],
    "modules_loaded": len(sys.modules),
}}))
"""


def _probe_once(module: str | None) -> dict:
    import_line = f"import {module}" if module else "pass"
    code = _PROBE.format(import_line=import_line, heavy=HEAVY_MODULES)
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    if completed.returncode != 0:
        raise RuntimeError(f"import {module} failed in a fresh interpreter: {completed.stderr.strip()[-2000:]}")
    return json.loads(completed.stdout)


def _summarise(runs: list[dict]) -> dict:
    summary = {
        key: round(statistics.median(run[key] for run in runs), 4)
        for key in ("import_wall_s", "import_cpu_s", "rss_before_mb", "rss_after_mb", "peak_rss_mb")
    }
    summary["import_wall_min_s"] = round(min(run["import_wall_s"] for run in runs), 4)
    summary["heavy_loaded"] = runs[-1]["heavy_loaded"]
    summary["modules_loaded"] = runs[-1]["modules_loaded"]
    summary["repeats"] = len(runs)
    return summary


def measure_imports(modules: list[str | None], repeats: int = 7) -> dict[str | None, dict]:
    """Import each module (None: nothing) in `repeats` fresh interpreters and return medians and minimum.

    The modules take turns in every round, so a burst of load from other processes on the
    machine slows all of them alike instead of one.
    """
    runs: dict[str | None, list[dict]] = {module: [] for module in modules}
    for _ in range(repeats):
        for module in modules:
            runs[module].append(_probe_once(module))
    return {module: _summarise(module_runs) for module, module_runs in runs.items()}


def import_chains(module: str, targets: list[str]) -> dict[str, list[str]]:
    """Return, for each target module, the chain of imports from `module` down to it.

    Uses `python -X importtime`, which prints each import after the imports it triggered, with
    two more spaces of indent per level, so a line's importer is the next line indented less.
    """
    if not targets:
        return {}
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
    )
    entries: list[tuple[int, str]] = []
    for line in completed.stderr.splitlines():
        if not line.startswith("import time:") or line.rstrip().endswith("| imported package"):
            continue
        name_field = line.rsplit("|", 1)[1]
        name = name_field.strip()
        depth = (len(name_field) - len(name_field.lstrip(" ")) - 1) // 2
        entries.append((depth, name))

    chains = {}
    for target in targets:
        index = next((i for i, (_, name) in enumerate(entries) if name == target), None)
        if index is None:
            chains[target] = []
            continue
        chain = [entries[index][1]]
        depth = entries[index][0]
        for later_depth, later_name in entries[index + 1:]:
            if later_depth < depth:
                chain.append(later_name)
                depth = later_depth
        chains[target] = list(reversed(chain))
    return chains
