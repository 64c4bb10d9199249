"""Where the command line gets a passphrase from, in this order: a file named on
the command line, an environment variable, a prompt without echo when standard
input is a terminal. Nothing here stores or prints a passphrase."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

ENV_PASSPHRASE = "PRACTICE_NOTES_PASSPHRASE"
ENV_NEW_PASSPHRASE = "PRACTICE_NOTES_NEW_PASSPHRASE"

Prompt = Callable[[str], str]


class PassphraseUnavailable(Exception):
    """No passphrase could be had, or the one given cannot be used. One line."""


def read_passphrase_file(path: Path) -> str:
    """The file's text without one trailing newline (``\\n`` or ``\\r\\n``)."""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PassphraseUnavailable(
            f"The passphrase file {str(path)!r} is not UTF-8 text."
        ) from None
    except OSError as exc:
        raise PassphraseUnavailable(
            f"The passphrase file {str(path)!r} could not be read ({exc.strerror or exc})."
        ) from None
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise PassphraseUnavailable(f"The passphrase file {str(path)!r} is empty.")
    return text


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


class PassphraseSource:
    """Reads passphrases for one command. ``env``, ``prompt`` and ``interactive``
    are there for tests; by default they are the real environment and terminal."""

    def __init__(
        self, env: Mapping[str, str] | None = None, prompt: Prompt | None = None,
        interactive: bool | None = None,
    ) -> None:
        self.env = os.environ if env is None else env
        self.prompt = prompt or (lambda text: getpass.getpass(text))
        self.interactive = _interactive() if interactive is None else interactive

    def current(
        self, file: Path | None, default: str | None = None, label: str = "Passphrase"
    ) -> tuple[str, str]:
        """The passphrase of an existing vault and where it came from ("file",
        "environment", "default" or "prompt")."""
        if file is not None:
            return read_passphrase_file(file), "file"
        from_env = self.env.get(ENV_PASSPHRASE)
        if from_env:
            return from_env, "environment"
        if default is not None:
            return default, "default"
        if self.interactive:
            answer = self._ask(f"{label}: ")
            if not answer:
                raise PassphraseUnavailable("No passphrase was entered.")
            return answer, "prompt"
        raise PassphraseUnavailable(
            f"No passphrase: use --passphrase-file or {ENV_PASSPHRASE}."
        )

    def new(self, file: Path | None, env_name: str, option: str) -> str:
        """A passphrase for a new vault or a re-key: from ``file``, the variable
        ``env_name``, or asked twice on a terminal."""
        if file is not None:
            return read_passphrase_file(file)
        from_env = self.env.get(env_name)
        if from_env:
            return from_env
        if self.interactive:
            first = self._ask("New passphrase: ")
            if not first:
                raise PassphraseUnavailable("No passphrase was entered.")
            if self._ask("Repeat the new passphrase: ") != first:
                raise PassphraseUnavailable("The two passphrases differ; nothing was changed.")
            return first
        raise PassphraseUnavailable(f"No new passphrase: use {option} or {env_name}.")

    def _ask(self, text: str) -> str:
        try:
            return self.prompt(text)
        except EOFError:
            raise PassphraseUnavailable("No passphrase was entered.") from None
