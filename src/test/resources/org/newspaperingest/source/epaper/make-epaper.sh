#!/usr/bin/env bash
# Makes the born-digital test page: epaper.html from the seed text, printed to epaper.pdf by headless Chromium.
# Needs: apt-get install chromium fonts-noto-cjk (the page is set in Noto Serif/Sans CJK SC), python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python3 "$here/make-epaper.py"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$here/epaper.pdf" "file://$here/epaper.html"
