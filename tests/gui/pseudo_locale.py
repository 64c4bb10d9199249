"""A pseudo-translation of the whole catalogue, for layout checks.

Every source string becomes about 40 % longer and accented ("Save note" ->
"Ŝàvé ñôţé ~~~~"), keeping what the code relies on: ``{placeholders}``,
``%n``, HTML tags and entities, ``&`` mnemonics and line breaks. The ``.ts``
is written from the sources with ``pyside6-lupdate`` and compiled with
``pyside6-lrelease`` into a temporary folder.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ACCENTS = str.maketrans(
    "AaCcEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÂâÇçÉéĜĝĤĥÎîĴĵĶķĻļÑñÔôŔŕŜŝŢţÛûŴŵÝýŽž",
)
# What must come through unchanged: format fields, %n / %1, tags, entities.
KEEP = re.compile(r"(\{[^{}]*\}|%n|%\d|<[^<>]*>|&[a-zA-Z]+;|&#\d+;)")


def tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def pseudo(text: str) -> str:
    """The pseudo-translation of one source string (40 % longer, accented)."""
    if not text.strip():
        return text
    parts = KEEP.split(text)
    out = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    visible = len(KEEP.sub("", text))
    return out + " " + "~" * max(1, round(visible * 0.4) - 1)


def write_pseudo_qm(folder: Path) -> Path:
    """Extract the catalogue, fill in pseudo-translations, compile; return the .qm."""
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    assert lupdate and lrelease, "the Qt Linguist tools come with PySide6"
    ts = folder / "practice_notes_eo.ts"
    sources = [str(p) for p in sorted((ROOT / "practice_notes").rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-locations", "none", "-ts", str(ts)],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None
        node.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(node):
                node.remove(form)
            for _ in range(2):
                ET.SubElement(node, "numerusform").text = pseudo(source)
        else:
            node.text = pseudo(source)
        count += 1
    assert count > 300
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm
