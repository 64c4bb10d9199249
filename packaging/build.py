"""Build every Linux artefact of Practice Notes into dist/, from a clean checkout.

    packaging/build.sh [--python PY] [--smoke | --smoke-only]

1. a private build venv in build/pack-venv-<python version> (``build`` and
   PyInstaller from PyPI; the project's own dependencies from its wheel);
2. the wheel and the sdist (``python -m build``);
3. the PyInstaller one-folder bundle, dist/practice-notes/ (with the window);
4. practice-notes-<version>-linux-x86_64.tar.gz of that folder;
5. practice-notes_<version>_amd64.deb, assembled here and packed offline with
   ``dpkg-deb`` (the bundle in /opt/practice-notes, /usr/bin/practice-notes,
   desktop entry, hicolor icons, AppStream metainfo, licence notices).

``--smoke`` then runs packaging/smoke.py on the .deb and the tar.gz. Needs only
PyPI (for the build venv) and Debian's dpkg-deb; nothing here touches the
user's own environment.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_ID = "io.github.practicenotes.PracticeNotes"
NAME = "practice-notes"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
BUILD_TOOLS = ("build>=1.2,<2", "pyinstaller>=6.10,<7")
MAINTAINER = "Practice Notes contributors <practice-notes@users.noreply.github.com>"
HOMEPAGE = "https://github.com/practicenotes/practice-notes"


def version() -> str:
    text = (ROOT / "practice_notes" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise SystemExit("no __version__ in practice_notes/__init__.py")
    return found.group(1)


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def run(*cmd: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    print("$", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, check=True)


def build_venv(python: str) -> Path:
    tag = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    venv = WORK / f"pack-venv-{tag}"
    py = venv / "bin" / "python"
    if not py.exists():
        run(python, "-m", "venv", venv)
        run(py, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(py, "-m", "pip", "install", "-q", *BUILD_TOOLS)
    return py


def wheel_and_sdist(py: Path, ver: str) -> tuple[Path, Path]:
    for old in DIST.glob("practice_notes-*"):
        old.unlink()
    run(py, "-m", "build", "--outdir", DIST, ROOT)
    wheel = DIST / f"practice_notes-{ver}-py3-none-any.whl"
    sdist = DIST / f"practice_notes-{ver}.tar.gz"
    for made in (wheel, sdist):
        if not made.is_file():
            raise SystemExit(f"python -m build did not make {made.name}")
    # The bundle is built from the same dependencies the wheel declares.
    run(py, "-m", "pip", "install", "-q", wheel)
    run(py, "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", wheel)
    return wheel, sdist


def bundle(py: Path) -> Path:
    out = DIST / NAME
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", WORK / "pyinstaller",
        PACKAGING / "practice-notes.spec", env=env)
    if not (out / NAME).is_file():
        raise SystemExit(f"PyInstaller did not make {out / NAME}")
    return out


def portable_tar(folder: Path, ver: str) -> Path:
    target = DIST / f"{NAME}-{ver}-linux-x86_64.tar.gz"
    top = f"{NAME}-{ver}"

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=top, filter=clean)
        for extra, name in ((PACKAGING / f"{APP_ID}.desktop", f"{APP_ID}.desktop"),
                            (ROOT / "resources" / "icons" / "practice-notes.svg",
                             "practice-notes.svg")):
            tar.add(extra, arcname=f"{top}/share/{name}", filter=clean)
    return target


def render_icons(py: Path) -> Path:
    icons = WORK / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for size in ICON_SIZES:
        run(py, PACKAGING / "render_icon.py", str(size), icons / f"{size}.png", env=env)
    return icons


def _system_packages(folder: Path) -> list[str]:
    """Debian packages providing the shared libraries the bundle takes from the
    system (resolved with ldd and ``dpkg -S`` on this machine, offline)."""
    wanted: set[Path] = set()
    missing: set[str] = set()
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        # As the bundle's loader sees them: its own folders first.
        env = dict(os.environ, LD_LIBRARY_PATH=f"{folder / '_internal'}:"
                   f"{folder / '_internal' / 'PySide6' / 'Qt' / 'lib'}")
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                             env=env).stdout
        for line in out.splitlines():
            parts = line.split("=>")
            if len(parts) != 2:
                continue
            lib, where = parts[0].strip(), parts[1].strip()
            if where.startswith("not found"):
                if not (folder / "_internal").joinpath(lib).exists():
                    missing.add(lib)
                continue
            target = Path(where.split(" (")[0])
            if folder in target.parents:
                continue
            wanted.add(target)
    if missing:
        print("warning: libraries not found on the build machine (not in Depends): "
              + ", ".join(sorted(missing)))
    packages: set[str] = set()
    for lib in sorted(wanted):
        candidates = {lib, lib.resolve()}
        candidates |= {Path(str(c).replace("/usr/lib/", "/lib/", 1)) for c in list(candidates)}
        candidates |= {Path("/usr" + str(c)) for c in list(candidates) if str(c).startswith("/lib")}
        for candidate in candidates:
            res = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
            if res.returncode == 0:
                packages.add(res.stdout.split(":")[0].split(",")[0].strip())
                break
        else:
            print(f"warning: no Debian package owns {lib}")
    packages.discard("libc6")
    # The bundled libfontconfig reads the system's configuration and fonts.
    packages.add("fontconfig")
    return ["libc6 (>= 2.34)", *sorted(packages)]


def copyright_file() -> str:
    lic = PACKAGING / "licences"
    parts = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {NAME}\nSource: {HOMEPAGE}\n"
        "Comment: The bundle in /opt/practice-notes contains the components below;\n"
        " their licence texts are also in /opt/practice-notes/_internal/licences/.\n",
        "Files: *\nCopyright: Practice Notes contributors\nLicense: MIT\n"
        + _indent((ROOT / "LICENSE").read_text(encoding="utf-8")),
        "Files: opt/practice-notes/_internal/PySide6/* opt/practice-notes/_internal/shiboken6/*\n"
        "Copyright: The Qt Company Ltd. and other contributors\n"
        "License: LGPL-3.0-only\n"
        " Qt 6 and PySide6, unmodified shared libraries from the PySide6 wheels.\n"
        " Source: https://download.qt.io/official_releases/\n .\n"
        " On Debian systems the full text of the GNU Lesser General Public License\n"
        " version 3 is in /usr/share/common-licenses/LGPL-3, and the GPL-3 it\n"
        " builds on in /usr/share/common-licenses/GPL-3.\n",
        "Files: opt/practice-notes/_internal/sqlcipher3/*\n"
        "Copyright: 2025 ZETETIC LLC (SQLCipher); 2004-2007 Gerhard Haering (pysqlite)\n"
        "License: BSD-3-Clause and Zlib\n"
        + _indent((lic / "SQLCipher-BSD-3-Clause.txt").read_text(encoding="utf-8"))
        + " .\n" + _indent((lic / "sqlcipher3-zlib.txt").read_text(encoding="utf-8")),
        "Files: opt/practice-notes/_internal/sqlcipher3/_sqlite3*\n"
        "Copyright: The OpenSSL Project Authors\n"
        "License: Apache-2.0\n"
        " OpenSSL 3 (libcrypto) is statically linked into the sqlcipher3 module.\n"
        " On Debian systems the full text of the Apache License 2.0 is in\n"
        " /usr/share/common-licenses/Apache-2.0.\n",
        "Files: opt/practice-notes/_internal/practice_notes/resources/fonts/*\n"
        "Copyright: Bitstream, Inc.; DejaVu changes are in the public domain\n"
        "License: Bitstream-Vera\n"
        + _indent((lic / "DejaVu-fonts.txt").read_text(encoding="utf-8")),
    ]
    return "\n".join(parts)


def _indent(text: str) -> str:
    lines = [(" " + line.rstrip()) if line.strip() else " ." for line in text.splitlines()]
    return "\n".join(lines) + "\n"


def deb(folder: Path, icons: Path, ver: str) -> Path:
    root = WORK / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / NAME
    shutil.copytree(folder, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    share = root / "usr" / "share"
    _install(PACKAGING / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _install(PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    for size in ICON_SIZES:
        _install(icons / f"{size}.png",
                 share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png")
    _install(ROOT / "resources" / "icons" / "practice-notes.svg",
             share / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg")
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(), encoding="utf-8")
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as fh:
        fh.write(f"{NAME} ({ver}) stable; urgency=low\n\n  * Release {ver}; see "
                 f"/usr/share/metainfo/{APP_ID}.metainfo.xml\n\n -- {MAINTAINER}  "
                 "Sun, 22 Nov 2026 00:00:00 +0000\n".encode())
    size_kb = folder_size(root) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\nVersion: {ver}\nSection: misc\nPriority: optional\n"
        f"Architecture: amd64\nMaintainer: {MAINTAINER}\nInstalled-Size: {size_kb}\n"
        f"Depends: {', '.join(_system_packages(opt))}\nHomepage: {HOMEPAGE}\n"
        "Description: offline, encrypted practice notes for solo therapists\n"
        " Session notes, goals, trust milestones, boundary agreements, alliance\n"
        " check-ins, PHQ-9 and GAD-7, PDF progress summaries and encrypted backups,\n"
        " in one SQLCipher 4 file per practice. Never connects to the internet.\n"
        " .\n"
        " Self-contained: Python, Qt 6 (PySide6) and SQLCipher are bundled in\n"
        f" /opt/{NAME}.\n",
        encoding="utf-8")
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = DIST / f"{NAME}_{ver}_amd64.deb"
    # gzip: xz saves ~20 % but takes minutes on two cores; every dpkg reads gzip.
    run("dpkg-deb", "--root-owner-group", "-Zgzip", "-z9", "--build", root, target)
    return target


def _install(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)


def human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.0f} kB"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=os.environ.get("PYTHON", "python3"),
                        help="interpreter for the build venv (default: $PYTHON or python3)")
    parser.add_argument("--smoke", action="store_true", help="then run packaging/smoke.py")
    parser.add_argument("--smoke-only", action="store_true",
                        help="only run packaging/smoke.py on what dist/ holds")
    args = parser.parse_args()
    ver = version()
    started = time.monotonic()
    if not args.smoke_only:
        for tool in ("dpkg-deb", "dpkg", "ldd", "strip"):
            if shutil.which(tool) is None:
                raise SystemExit(f"{tool} is needed (Debian: dpkg, libc-bin, binutils); "
                                 "see packaging/README.md for the build machine's packages")
        DIST.mkdir(exist_ok=True)
        WORK.mkdir(exist_ok=True)
        step(f"build venv ({args.python})")
        py = build_venv(args.python)
        step("wheel and sdist")
        wheel, sdist = wheel_and_sdist(py, ver)
        step("PyInstaller bundle")
        folder = bundle(py)
        step("portable tar.gz")
        tar = portable_tar(folder, ver)
        step("icons and .deb")
        package = deb(folder, render_icons(py), ver)
        step(f"artefacts (built in {time.monotonic() - started:.0f} s)")
        for made in (wheel, sdist, tar, package):
            print(f"{human(made.stat().st_size):>9}  dist/{made.name}")
        print(f"{human(folder_size(folder)):>9}  dist/{folder.name}/ (bundle, unpacked)")
    if args.smoke or args.smoke_only:
        step("smoke test")
        run(sys.executable, PACKAGING / "smoke.py", "--version", ver)
    print(f"\ndone in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
