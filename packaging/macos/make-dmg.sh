#!/usr/bin/env bash
# Pack dist/Practice Notes.app into a compressed .dmg with an Applications link.
# UNTESTED (no Mac here); uses only hdiutil, which every macOS has.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/practice_notes/__init__.py")"
app="$root/dist/Practice Notes.app"
[[ -d "$app" ]] || { echo "no $app: run PyInstaller first (see packaging/macos/README.md)" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="$root/dist/practice-notes-$version-macos-$(uname -m).dmg"
rm -f "$out"
hdiutil create -volname "Practice Notes $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 "$out"
ls -l "$out"
