"""Find the files shipped in ``resources/`` (fonts, icons, catalogues).

The folder sits at the top of a source checkout (``<repo>/resources``) and
inside the package once installed from a wheel or frozen by PyInstaller
(``practice_notes/resources``). Standard library only: no Qt here.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["FONT_FILES", "font_path", "resource_dir", "resource_path"]

#: DejaVu Sans faces by style name, as shipped in ``resources/fonts``.
FONT_FILES: dict[str, str] = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "oblique": "DejaVuSans-Oblique.ttf",
    "bold-oblique": "DejaVuSans-BoldOblique.ttf",
}


def _candidates() -> tuple[Path, ...]:
    here = Path(__file__).resolve().parent
    return (
        here / "resources",  # installed wheel, PyInstaller bundle
        here.parent / "resources",  # source or editable checkout
    )


def resource_dir() -> Path:
    """Return the folder holding the application's resources.

    Raises RuntimeError if the installation is incomplete (no folder found).
    """
    candidates = _candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise RuntimeError(
        f"Practice Notes resources folder not found (looked in: {tried}); "
        "the installation is incomplete"
    )


def resource_path(*parts: str) -> Path:
    """Return the path of one resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    Raises FileNotFoundError naming the resource if it does not exist.
    """
    if not parts:
        raise ValueError("resource_path() needs at least one path part")
    relative = Path(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"resource path must stay inside the resources folder: {relative}")
    path = resource_dir() / relative
    if not path.exists():
        raise FileNotFoundError(f"resource {relative.as_posix()!r} not found at {path}")
    return path


def font_path(style: str = "regular") -> Path:
    """Return the DejaVu Sans TTF for *style*: regular, bold, oblique or bold-oblique."""
    try:
        filename = FONT_FILES[style]
    except KeyError:
        known = ", ".join(FONT_FILES)
        raise ValueError(f"unknown font style {style!r} (known: {known})") from None
    return resource_path("fonts", filename)
