"""Where things live by default. Light on purpose: the window's start-up uses it."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "practice-notes"


def default_vault_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "practice.vault"
