"""The code checkers, each over the whole repository, with no finding: ruff (style, imports,
likely bugs, modern syntax), mypy (types: the engine strictly, the rest with every function body
checked) and TypeScript's checker over the site's scripts (JSDoc types, nothing emitted).

Their settings live beside the code: pyproject.toml ([tool.ruff], [tool.mypy]), tsconfig.json
and tsconfig.worker.json. Run one by hand with the command in its failure message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TSC = ROOT / "node_modules" / "typescript" / "bin" / "tsc"

CHECKERS = {
    "ruff": [str(BIN / "ruff"), "check", "--no-fix", "--output-format=concise", "."],
    "mypy": [str(BIN / "mypy")],
    # The page scripts, then the worker scripts (a worker's globals, not a page's).
    "tsc-pages": ["node", str(TSC), "-p", "tsconfig.json", "--pretty", "false"],
    "tsc-workers": ["node", str(TSC), "-p", "tsconfig.worker.json", "--pretty", "false"],
}


@pytest.mark.parametrize("name", CHECKERS)
def test_the_checker_finds_nothing(name: str) -> None:
    command = CHECKERS[name]
    assert Path(command[0] if name in ("ruff", "mypy") else TSC).exists(), (
        f"{name} is not installed: run `make setup` (it installs the pinned checkers)")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(f"`{' '.join(command)}` found:\n{(result.stdout + result.stderr).strip()}", pytrace=False)
