"""practice_notes.resources finds the shipped files, in the checkout and in the wheel."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import practice_notes
from practice_notes import resources
from practice_notes.resources import FONT_FILES, font_path, resource_dir, resource_path

ROOT = Path(__file__).resolve().parents[2]
TTF_MAGIC = b"\x00\x01\x00\x00"


def test_tests_import_the_checkout() -> None:
    assert Path(practice_notes.__file__).resolve().parent == ROOT / "practice_notes"


def test_resource_dir_is_the_checkout_folder() -> None:
    assert resource_dir() == ROOT / "resources"


@pytest.mark.parametrize("style", sorted(FONT_FILES))
def test_font_path(style: str) -> None:
    path = font_path(style)
    assert path == resource_path("fonts", FONT_FILES[style])
    assert path.parent == ROOT / "resources" / "fonts"
    with path.open("rb") as f:
        assert f.read(4) == TTF_MAGIC


def test_font_licence_is_shipped() -> None:
    text = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in text
    assert "Arev Fonts Copyright" in text


def test_unknown_font_style() -> None:
    with pytest.raises(ValueError, match="italic"):
        font_path("italic")


def test_missing_resource_is_named() -> None:
    with pytest.raises(FileNotFoundError, match="fonts/NoSuchFont.ttf"):
        resource_path("fonts", "NoSuchFont.ttf")


@pytest.mark.parametrize("parts", [(), ("..", "pyproject.toml"), ("/etc/passwd",)])
def test_resource_path_stays_inside(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        resource_path(*parts)


def test_no_resources_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "_candidates", lambda: (tmp_path / "a", tmp_path / "b"))
    with pytest.raises(RuntimeError, match="resources folder not found"):
        resource_dir()


# --------------------------------------------------------------------------
# The wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the project's wheel once (pip; hatchling from PyPI unless installed)."""
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.insert(4, "--no-build-isolation")
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("practice_notes-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        (entry_points,) = (n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = zf.read(entry_points).decode()
    for name in (
        "practice_notes/__init__.py",
        "practice_notes/resources.py",
        "practice_notes/resources/fonts/LICENSE-DejaVu.txt",
        "practice_notes/resources/icons/practice-notes.svg",
        *(f"practice_notes/resources/fonts/{f}" for f in FONT_FILES.values()),
    ):
        assert name in names, f"{name} missing from {wheel.name}"
    assert not any(n.startswith(("tests/", "resources/")) for n in names)
    assert "practice-notes = practice_notes.cli:main" in scripts
    assert wheel.name.startswith(f"practice_notes-{practice_notes.__version__}-")


@pytest.mark.slow
def test_installed_wheel_finds_its_fonts(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    code = (
        f"import sys; sys.path.insert(0, {str(site)!r}); "
        "from practice_notes.resources import font_path, resource_dir; "
        "print(resource_dir()); print(font_path('bold-oblique')); "
        "assert 'PySide6' not in sys.modules"
    )
    # -I: ignore PYTHONPATH and the current folder, so the checkout is not seen.
    result = subprocess.run(
        [sys.executable, "-I", "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    folder, font = result.stdout.splitlines()
    shipped = site / "practice_notes" / "resources"
    assert Path(folder) == shipped
    assert Path(font) == shipped / "fonts" / FONT_FILES["bold-oblique"]
