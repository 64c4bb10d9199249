"""Extract every translatable string into resources/translations/practice_notes.ts
and compile each translation practice_notes_<locale>.ts into its .qm.

    python packaging/update_translations.py            # extract + compile
    python packaging/update_translations.py --check    # exit 1 if the .ts is stale

Sources: ``self.tr("…")`` in ui/ (context = class), ``QCoreApplication.translate``
and ``practice_notes.i18n.translate("Context", "…")`` anywhere in the package.
Needs ``pyside6-lupdate`` / ``pyside6-lrelease`` (PySide6's own tools).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "practice_notes"
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "practice_notes.ts"


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt Linguist tools)")
    return found


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted(PACKAGE.rglob("*.py"))]


def extract(target: Path, files: list[str] | None = None) -> None:
    """Run lupdate over the package into ``target`` (no line numbers: stable diffs)."""
    subprocess.run(
        [tool("pyside6-lupdate"), *(files or sources()), "-locations", "none",
         "-no-obsolete", "-source-language", "en", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True, text=True)


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every live message in a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def compile_all() -> list[Path]:
    """lrelease every practice_notes_<locale>.ts (translations) into its .qm."""
    built = []
    for ts in sorted(FOLDER.glob("practice_notes_*.ts")):
        extract(ts)  # bring the translation up to date with the sources first
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                       check=True, capture_output=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that practice_notes.ts matches the sources")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "practice_notes.ts"
            extract(fresh)
            stale = messages(fresh) ^ messages(TEMPLATE)
        for context, source, _ in sorted(stale):
            print(f"differs: [{context}] {source!r}")
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    extract(TEMPLATE)
    print(f"{TEMPLATE.relative_to(ROOT)}: {len(messages(TEMPLATE))} messages")
    for qm in compile_all():
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
