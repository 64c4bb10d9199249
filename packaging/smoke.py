"""Smoke-test the built artefacts in dist/ as a user would run them.

    python3 packaging/smoke.py [--version X.Y.Z]

Extracts the .deb with ``dpkg -x`` into a temporary root and, from a temporary
folder outside the checkout, with a bare environment (no venv, no PYTHONPATH,
a fresh HOME), runs the bundled ``practice-notes``: ``--version``, ``demo
--no-gui``, a ``report`` to a PDF, and the window (offscreen; the app shows the
unlock window, builds the main window and quits, see
practice_notes/ui/app.py CHECK_ENV). Checks the /usr/bin link, that ldd finds
every library, that no dbus-daemon is left behind, and validates the desktop
entry and metainfo with desktop-file-validate and appstreamcli. Then unpacks
the portable tar.gz and runs its ``--version``. Exit status 0 only if all pass.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP_ID = "io.github.practicenotes.PracticeNotes"
NAME = "practice-notes"
FAILURES: list[str] = []


def check(ok: bool, what: str, detail: str = "") -> None:
    print(f"{'ok  ' if ok else 'FAIL'}  {what}" + (f"\n      {detail}" if detail and not ok
                                                   else ""), flush=True)
    if not ok:
        FAILURES.append(what)


def bare_env(home: Path) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                     ("XDG_RUNTIME_DIR", "runtime")):
        folder = home / sub
        folder.mkdir(mode=0o700, exist_ok=True)
        env[var] = str(folder)
    return env


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path,
        timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, check=False)


def dbus_daemons() -> set[str]:
    out = subprocess.run(["pgrep", "-x", "dbus-daemon"], capture_output=True, text=True).stdout
    return set(out.split())


def smoke_bundle(exe: Path, version: str, work: Path, label: str) -> None:
    home = work / f"home-{label}"
    home.mkdir()
    cwd = work / f"cwd-{label}"
    cwd.mkdir()
    env = bare_env(home)
    res = run(exe, "--version", env=env, cwd=cwd)
    check(res.returncode == 0 and res.stdout.strip() == f"{NAME} {version}",
          f"[{label}] practice-notes --version", res.stdout + res.stderr)
    if label == "tar.gz":
        return
    vault = work / "demo.vault"
    res = run(exe, "demo", "--no-gui", "--vault", str(vault), "--clients", "3",
              "--sessions", "6", env=env, cwd=cwd, timeout=300)
    check(res.returncode == 0 and vault.is_file(), f"[{label}] demo --no-gui",
          res.stdout + res.stderr)
    unlocked = dict(env, PRACTICE_NOTES_PASSPHRASE="demo")
    # the passphrase estimator (zxcvbn) is in the bundle: a weak new passphrase is refused
    res = run(exe, "passwd", "--vault", str(vault), env=dict(
        unlocked, PRACTICE_NOTES_NEW_PASSPHRASE="password1234"), cwd=cwd)
    check(res.returncode == 1 and "too easy to guess" in res.stderr,
          f"[{label}] passwd refuses a weak passphrase", res.stdout + res.stderr)
    res = run(exe, "clients", "--vault", str(vault), env=unlocked, cwd=cwd)
    codes = [line.split("\t")[0] for line in res.stdout.splitlines() if line.strip()]
    check(res.returncode == 0 and len(codes) == 3, f"[{label}] clients", res.stdout + res.stderr)
    pdf = work / "summary.pdf"
    if codes:
        res = run(exe, "report", "--vault", str(vault), "--client", codes[0], "--out", str(pdf),
                  env=unlocked, cwd=cwd, timeout=300)
        data = pdf.read_bytes() if pdf.is_file() else b""
        check(res.returncode == 0 and data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
              and len(data) > 5000, f"[{label}] report to a PDF ({len(data)} bytes)",
              res.stdout + res.stderr)
    before = dbus_daemons()
    gui_env = dict(env, PRACTICE_NOTES_CHECK_WINDOW="1")
    started = time.monotonic()
    res = run(exe, "--vault", str(vault), env=gui_env, cwd=cwd, timeout=120)
    took = time.monotonic() - started
    line = next((x for x in res.stdout.splitlines() if x.startswith("window check:")), "")
    check(res.returncode == 0 and "unlock window shown" in line and "main window built" in line,
          f"[{label}] window offscreen in {took:.1f} s: {line or '(no line)'}",
          res.stdout + res.stderr)
    time.sleep(0.5)
    left = dbus_daemons() - before
    check(not left, f"[{label}] no dbus-daemon left behind", f"new: {sorted(left)}")


def ldd_clean(folder: Path) -> None:
    missing: set[str] = set()
    for path in folder.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                             env={"LD_LIBRARY_PATH": str(folder / "_internal"),
                                  "PATH": "/usr/bin:/bin"}).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.add(f"{path.name}: {line.split('=>')[0].strip()}")
    check(not missing, "ldd: every library of the bundle is found",
          "; ".join(sorted(missing)) + "\n      (install them on the build machine so that "
          "PyInstaller bundles them: see packaging/README.md)")


def validators(root: Path) -> None:
    desktop = root / "usr/share/applications" / f"{APP_ID}.desktop"
    metainfo = root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    for tool, args in (("desktop-file-validate", [str(desktop)]),
                       ("appstreamcli", ["validate", "--no-net", str(metainfo)])):
        if shutil.which(tool) is None:
            check(False, f"{tool} is installed (Debian: desktop-file-utils, appstream)")
            continue
        res = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        text = res.stdout + res.stderr
        bad = [x for x in text.splitlines() if "error:" in x or "warning:" in x
               or x.startswith(("E:", "W:"))]
        check(res.returncode == 0 and not bad, f"{tool} {Path(args[-1]).name}", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="expected version (default: from the .deb name)")
    args = parser.parse_args()
    debs = sorted(DIST.glob(f"{NAME}_*_amd64.deb"))
    if not debs:
        raise SystemExit("no .deb in dist/: run packaging/build.sh first")
    deb = debs[-1]
    version = args.version or deb.name.split("_")[1]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pn-smoke-") as tmp:
        work = Path(tmp)
        root = work / "root"
        subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
        listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                                 check=True).stdout
        link = root / "usr/bin" / NAME
        check(link.is_symlink() and os.readlink(link) == f"/opt/{NAME}/{NAME}",
              "/usr/bin/practice-notes -> /opt/practice-notes/practice-notes")
        sizes = {int(m) for m in re.findall(r"hicolor/(\d+)x\1/apps/", listing)}
        check({16, 32, 48, 64, 128, 256, 512} <= sizes
              and "hicolor/scalable/apps/practice-notes.svg" in listing,
              f"hicolor icons {sorted(sizes)} + scalable SVG")
        copyright_text = (root / "usr/share/doc" / NAME / "copyright").read_text()
        check(all(word in copyright_text for word in
                  ("LGPL-3.0", "ZETETIC", "Apache-2.0", "DejaVu")),
              "copyright names Qt (LGPL-3), SQLCipher, OpenSSL, DejaVu")
        unwanted = [x for x in listing.splitlines()
                    if re.search(r"PySide6/(Qt/)?translations/|libqgtk3|/screenshots/|/tests/|libgtk", x)]
        check(not unwanted, "no Qt translations, GTK, tests or screenshots", "\n".join(unwanted))
        check("libQt6Pdf" in listing and "libQt6Network" in listing,
              "QtPdf and the libQt6Network it links are bundled")
        ldd_clean(root / "opt" / NAME)
        validators(root)
        smoke_bundle(root / "opt" / NAME / NAME, version, work, "deb")
        tars = sorted(DIST.glob(f"{NAME}-{version}-linux-x86_64.tar.gz"))
        check(bool(tars), "portable tar.gz exists")
        if tars:
            with tarfile.open(tars[-1]) as tar:
                tar.extractall(work / "portable", filter="tar")
            smoke_bundle(work / "portable" / f"{NAME}-{version}" / NAME, version, work, "tar.gz")
    print(f"smoke test: {len(FAILURES)} failure(s) in {time.monotonic() - started:.0f} s")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
