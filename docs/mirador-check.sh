#!/usr/bin/env bash
# The viewer check: the sample issue's IIIF manifest opened in Mirador, in headless Chromium.
#
#   docs/mirador-check.sh            ingests samples/ into target/mirador-check/, serves it on 127.0.0.1,
#                                    opens it in Mirador and writes docs/mirador-sample.png
#
# What it installs, all under target/mirador-check/ (nothing system-wide, nothing in the repository):
#   - npm package mirador@4.0.0 (and its dependencies) with `npm install`, for its self-contained
#     dist/mirador.min.js;
# What it needs already there: Java 17 and Maven (bin/newspaper-ingest builds the jar), python3 (its http.server
# serves the packages), node/npm, and chromium with CJK fonts (Debian: apt-get install chromium fonts-noto-cjk).
#
# It fails (exit 1) unless Mirador, in the browser, shows the issue's label, its page and its articles' table of
# contents with the headlines from the manifest's Ranges.
set -euo pipefail

project=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)
work="$project/target/mirador-check"
port="${PORT:-8765}"
base="http://127.0.0.1:$port/"
issue=chaoyang-2026-03-13

for tool in java python3 npm chromium; do
    command -v "$tool" >/dev/null 2>&1 || { echo "mirador-check: $tool not found" >&2; exit 1; }
done
mkdir -p "$work"

# 1. The package, with manifest IDs under the address it is served at.
if [[ ! -f "$work/out/$issue/manifest.json" ]] || ! grep -q "\"$base$issue/manifest.json\"" "$work/out/$issue/manifest.json"; then
    "$project/bin/newspaper-ingest" ingest "$project/samples" --out "$work/out" --iiif-base-url "$base" --force --no-progress
fi

# 2. Mirador from npm.
if [[ ! -f "$work/npm/node_modules/mirador/dist/mirador.min.js" ]]; then
    mkdir -p "$work/npm"
    (cd "$work/npm" && [[ -f package.json ]] || echo '{"name":"mirador-check","private":true}' > package.json)
    (cd "$work/npm" && npm install --no-audit --no-fund --silent mirador@4.0.0)
fi
cp "$work/npm/node_modules/mirador/dist/mirador.min.js" "$work/out/mirador.min.js"
cat > "$work/out/mirador.html" <<HTML
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Mirador: $issue</title>
<style>html, body, #viewer { margin: 0; width: 100%; height: 100%; }</style></head>
<body><div id="viewer"></div>
<script src="mirador.min.js"></script>
<script>
Mirador.viewer({
  id: 'viewer',
  window: { sideBarOpenByDefault: true, defaultSideBarPanel: 'canvas', panels: { canvas: true },
            defaultSidebarPanelWidth: 420 },
  windows: [{ manifestId: '$base$issue/manifest.json', canvasIndex: 0 }],
  workspaceControlPanel: { enabled: false }
});
</script></body></html>
HTML

# 3. Served on localhost only, for as long as the browser needs it.
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/out" > "$work/http.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$profile"' EXIT
profile=$(mktemp -d)
for _ in $(seq 50); do
    python3 - "$base" <<'PY' && break || sleep 0.2
import sys, urllib.request
urllib.request.urlopen(sys.argv[1] + "mirador.html", timeout=1)
PY
done

browser() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
        --window-size=1600,1000 --virtual-time-budget=30000 "$@" "${base}mirador.html" 2>>"$work/chromium.log"
}

# 4. What Mirador shows: its DOM must hold the manifest's label and the article headlines; then the screenshot.
browser --dump-dom > "$work/mirador-dom.html"
missing=0
for expected in "朝阳报 2026-03-13" "政绩观连着发展观" "区政协召开十四届二十五次常委会议"; do
    if ! grep -q "$expected" "$work/mirador-dom.html"; then
        echo "mirador-check: Mirador does not show \"$expected\" (DOM in $work/mirador-dom.html)" >&2
        missing=1
    fi
done
if ! grep -q "<canvas" "$work/mirador-dom.html"; then
    echo "mirador-check: no page image canvas in Mirador's DOM" >&2
    missing=1
fi
browser --screenshot="$project/docs/mirador-sample.png"
[[ $missing == 0 ]] || exit 1
echo "mirador-check: Mirador shows $issue with its articles; screenshot in docs/mirador-sample.png"
