"""The product never starts another process, and `import function_app` loads no heavy library.

Product code may not import subprocess or multiprocessing, nor call the os and pty functions
that create a process. The scan reads the source with `ast`, so it also covers code paths
that no test runs.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT_PACKAGES = ("scraper", "predictor", "publisher", "jobs", "store")

FORBIDDEN_MODULES = frozenset({"subprocess", "multiprocessing", "concurrent.futures.process"})
FORBIDDEN_NAMES = {
    "os": frozenset({"fork", "forkpty", "system", "popen", "posix_spawn", "posix_spawnp"}),
    "pty": frozenset({"fork", "spawn"}),
    "concurrent.futures": frozenset({"ProcessPoolExecutor"}),
}
IMPORT_FUNCTIONS = frozenset({"__import__", "import_module"})

# Modules that must load only when a job runs.
LAZY_MODULES = ("pandas", "lxml", "bs4", "googleapiclient", "jinja2", "azure.data.tables")


def product_files() -> list[Path]:
    files = [ROOT / "function_app.py"]
    for package in PRODUCT_PACKAGES:
        files.extend(sorted((ROOT / package).rglob("*.py")))
    return files


def _is_forbidden_module(name: str) -> bool:
    return any(name == module or name.startswith(module + ".") for module in FORBIDDEN_MODULES)


def _is_forbidden_name(module: str, name: str) -> bool:
    names = FORBIDDEN_NAMES.get(module, frozenset())
    return name in names or (module == "os" and name.startswith("spawn"))


def find_process_creation(source: str, filename: str) -> list[str]:
    """Return one "file:line: what" entry per import or call in `source` that can create a process."""
    tree = ast.parse(source, filename)
    aliases: dict[str, str] = {}  # local name -> module, for `import os as o`
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in FORBIDDEN_NAMES:
                    aliases[alias.asname or alias.name] = alias.name

    findings = []
    for node in ast.walk(tree):
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            findings += [f"{where}: import {alias.name}" for alias in node.names if _is_forbidden_module(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _is_forbidden_module(node.module):
                findings.append(f"{where}: from {node.module} import ...")
                continue
            findings += [
                f"{where}: from {node.module} import {alias.name}"
                for alias in node.names
                if _is_forbidden_name(node.module, alias.name) or _is_forbidden_module(f"{node.module}.{alias.name}")
            ]
        elif isinstance(node, ast.Call):
            findings += _call_findings(node, aliases, where)
    return findings


def _call_findings(node: ast.Call, aliases: dict[str, str], where: str) -> list[str]:
    function = node.func
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        module = aliases.get(function.value.id)
        if module is not None and _is_forbidden_name(module, function.attr):
            return [f"{where}: {module}.{function.attr}()"]
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
    if name in IMPORT_FUNCTIONS and node.args and isinstance(node.args[0], ast.Constant):
        target = node.args[0].value
        if isinstance(target, str) and _is_forbidden_module(target):
            return [f"{where}: {name}({target!r})"]
    return []


def test_product_files_found() -> None:
    assert len(product_files()) > len(PRODUCT_PACKAGES)


@pytest.mark.parametrize("path", product_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_product_file_no_process(path: Path) -> None:
    findings = find_process_creation(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert findings == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import subprocess\n", "x.py:1: import subprocess"),
        ("import multiprocessing.pool\n", "x.py:1: import multiprocessing.pool"),
        ("from subprocess import run\n", "x.py:1: from subprocess import ..."),
        ("from concurrent.futures import ProcessPoolExecutor\n", "x.py:1: from concurrent.futures import ProcessPoolExecutor"),
        ("from os import fork\n", "x.py:1: from os import fork"),
        ("import os\n\nos.fork()\n", "x.py:3: os.fork()"),
        ("import os\nos.spawnlp(0, 'ls')\n", "x.py:2: os.spawnlp()"),
        ("import os as o\no.system('ls')\n", "x.py:2: os.system()"),
        ("import os\nos.popen('ls')\n", "x.py:2: os.popen()"),
        ("import os\nos.posix_spawn('/bin/ls', [], {})\n", "x.py:2: os.posix_spawn()"),
        ("import pty\npty.fork()\n", "x.py:2: pty.fork()"),
        ("import importlib\nimportlib.import_module('subprocess')\n", "x.py:2: import_module('subprocess')"),
        ("__import__('multiprocessing')\n", "x.py:1: __import__('multiprocessing')"),
    ],
)
def test_scanner_flags_process_creation(source: str, expected: str) -> None:
    assert find_process_creation(source, "x.py") == [expected]


def test_scanner_allows_plain_os() -> None:
    source = "import os\nimport threading\nos.environ.get('X')\nos.path.join('a', 'b')\nthreading.Thread()\n"
    assert find_process_creation(source, "x.py") == []


@pytest.fixture(scope="module")
def modules_after_import() -> set[str]:
    """Import function_app in one fresh interpreter and return the names in its sys.modules."""
    code = "import json, sys\nimport function_app\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return set(json.loads(completed.stdout))


@pytest.mark.parametrize("module", LAZY_MODULES)
def test_function_app_import_lazy(modules_after_import: set[str], module: str) -> None:
    assert module not in modules_after_import
