"""The desktop entry and AppStream metadata in packaging/ are valid."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import practice_notes

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.practicenotes.PracticeNotes"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_metainfo_fields() -> None:
    root = _metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "Practice Notes"
    summary = root.findtext("summary") or ""
    assert 10 <= len(summary) <= 100 and not summary.endswith(".")
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "practice-notes"


def test_metainfo_newest_release_is_package_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "metainfo has no <release>"
    assert releases[0].get("version") == practice_notes.__version__


def test_desktop_entry_fields() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep key case
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Practice Notes"
    assert entry["Exec"].split()[0] == "practice-notes"
    assert entry["Icon"] == "practice-notes"
    assert entry["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / "practice-notes.svg").is_file()
    assert (ROOT / "resources" / "icons" / "practice-notes-256.png").is_file()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (Debian: desktop-file-utils)",
)
def test_desktop_file_validate() -> None:
    result = _run("desktop-file-validate", str(DESKTOP))
    # Exit status 0 with only "hint:" lines is valid; errors and warnings fail.
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "error:" in line or "warning:" in line
    ]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (Debian: appstream)",
)
def test_appstreamcli_validate() -> None:
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
