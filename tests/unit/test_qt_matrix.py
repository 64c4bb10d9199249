"""The Qt build we declare must not crash the interpreter it is declared for.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call
that returns nothing; after minutes of clicking the count reaches zero and the
process aborts with ``Fatal Python error: none_dealloc``. From Python 3.12 on
``None`` is immortal and its count never moves. pyproject.toml therefore pairs
Python 3.11 with PySide6 6.11 and 3.12+ with 6.12. These tests check, on the
interpreter running them, that the installed PySide6 is the one the markers
select and that it does not leak.

The Qt calls run in a subprocess: this file stays importable without Qt, and a
leaking build cannot take the test run down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
CALLS = 10_000

LEAK_PROBE = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    widget = QWidget()
    holder = QObject()
    for _ in range(100):            # warm up: first calls may cache things
        widget.setEnabled(True)
        holder.setObjectName("x")
    before = sys.getrefcount(None)
    for _ in range({CALLS // 2}):
        widget.setEnabled(True)     # returns None
        holder.setObjectName("x")   # returns None
    after = sys.getrefcount(None)
    del widget, holder
    app.shutdown() if hasattr(app, "shutdown") else None
    print(before, after)
    """
)


def _declared_qt_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found = [Requirement(text) for text in project["project"]["dependencies"]]
    return [req for req in found if req.name.lower().startswith("pyside6")]


def _active(req: Requirement) -> bool:
    return req.marker is None or req.marker.evaluate()


def test_pyproject_pairs_each_python_with_one_qt_series() -> None:
    reqs = _declared_qt_requirements()
    for minor in ("3.11", "3.12", "3.13"):
        env = {"python_version": minor, "python_full_version": f"{minor}.0"}
        essentials = [r for r in reqs if r.name == "PySide6-Essentials"
                      and (r.marker is None or r.marker.evaluate(env))]
        assert len(essentials) == 1, f"exactly one PySide6-Essentials line for {minor}"
        (req,) = essentials
        leaking = Version("6.12.0")
        if minor == "3.11":
            assert not req.specifier.contains(leaking), (
                "PySide6 6.12 leaks None references on Python 3.11"
            )
        # An upper bound: a new minor release must be tried here first.
        assert any(spec.operator == "<" for spec in req.specifier), str(req)
        pdf = [r for r in reqs if r.name in ("PySide6-Pdf", "PySide6-Addons")
               and (r.marker is None or r.marker.evaluate(env))]
        assert pdf, f"no QtPdf provider declared for Python {minor}"


def test_installed_pyside6_is_the_declared_one() -> None:
    try:
        installed = Version(metadata.version("PySide6-Essentials"))
    except metadata.PackageNotFoundError:
        installed = Version(metadata.version("PySide6"))
    active = [r for r in _declared_qt_requirements()
              if r.name == "PySide6-Essentials" and _active(r)]
    assert active and active[0].specifier.contains(installed, prereleases=True), (
        f"PySide6 {installed} is installed, but pyproject.toml declares "
        f"{active[0] if active else 'nothing'} for Python {sys.version.split()[0]}"
    )


@pytest.mark.slow
def test_qt_calls_returning_nothing_leave_none_alone(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", LEAK_PROBE], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    # A leaking build may already abort here ("none_dealloc"): that fails too.
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    before, after = (int(n) for n in done.stdout.split()[-2:])
    if sys.version_info >= (3, 12):
        # None is immortal: its count is pinned, so a clean exit is the check.
        return
    # A leaking build loses one reference per call (-10,000 here); allow a
    # couple for unrelated interpreter bookkeeping between the two readings.
    assert abs(after - before) <= 5, (
        f"{CALLS} Qt calls changed sys.getrefcount(None) by {after - before}: "
        "this PySide6 build will abort with 'none_dealloc' (see pyproject.toml)"
    )
