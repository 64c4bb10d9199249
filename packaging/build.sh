#!/usr/bin/env bash
# Build the wheel, sdist, PyInstaller bundle, portable tar.gz and .deb into dist/.
#   packaging/build.sh            # build (python3; or PYTHON=python3.12 / --python)
#   packaging/build.sh --smoke    # build, then smoke-test the .deb and tar.gz (CI)
#   packaging/build.sh --smoke-only
# See packaging/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "${PYTHON:-python3}" "$here/build.py" "$@"
