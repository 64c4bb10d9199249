"""README's test quick-start line is exactly what .ci/run executes."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ci_test_line() -> str:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    found = re.findall(r'^TEST_LINE="(.+)"$', script, flags=re.MULTILINE)
    assert len(found) == 1, 'expected exactly one TEST_LINE="..." in .ci/run'
    return found[0]


def test_readme_has_ci_test_line() -> None:
    line = _ci_test_line()
    readme_lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert line in (entry.strip() for entry in readme_lines), (
        f"README.md must contain this line verbatim (as .ci/run runs it):\n{line}"
    )


def test_ci_test_line_runs_pytest_from_the_venv() -> None:
    line = _ci_test_line()
    assert line.startswith("python3 -m venv .venv && ")
    assert line.endswith(".venv/bin/python -m pytest -q")
