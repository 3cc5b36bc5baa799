#!/bin/bash
# Measures every quality figure of docs/quality.md in one run and prints them as Markdown.
# Usage (from the project root, after `mvn -q -B -o package -DskipTests && mvn -q -B -o test-compile`):
#   docs/quality.sh > /tmp/figures.md
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f cp.txt ] || mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null
export OMP_THREAD_LIMIT=1
Q="java -cp target/classes:target/test-classes:$(cat cp.txt) org.newspaperingest.quality.QualityReport"

section() { printf '\n%s\n\n' "$1"; }
run() { printf '```\n$ QualityReport %s\n' "$*"; $Q "$@" 2>&1 | grep -v '^$'; printf '```\n'; }

echo "Measured $(date -u +'%Y-%m-%d %H:%M UTC') at commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)."

section "## Committed sample issue (STANDARD, 300 dpi, noise 0.35, seed 3683)"
run both
run both --engine tesseract
section "### Plain tesseract on the committed scans (whole page, chi_sim, --psm 3)"
T=$(mktemp -d)
for p in 0001 0002 0003 0004; do
  /usr/bin/time -f "$p user %U sys %S wall %e" -o "$T/$p.time" \
    tesseract "samples/chaoyang-2026-03-13/$p.tif" "$T/$p" -l chi_sim --psm 3 >/dev/null 2>&1
done
printf '```\n'; cat "$T"/*.time; $Q score-texts samples/truth/chaoyang-2026-03-13 "$T" 2>&1 | grep -v '^$'; printf '```\n'
rm -rf "$T"

section "## 300 dpi, light noise, seed 4242: both engines and plain tesseract on the same pages"
run pages --seed 4242
run pages --seed 4242 --engine tesseract
run tesseract-cli --seed 4242

section "## 200 dpi, heavy noise (0.8), seed 4242: both engines and plain tesseract on the same pages"
run pages --dpi 200 --noise 0.8 --seed 4242
run pages --dpi 200 --noise 0.8 --seed 4242 --engine tesseract
run tesseract-cli --dpi 200 --noise 0.8 --seed 4242

section "## Vertical traditional page (VERTICAL_TRADITIONAL, page 3)"
run pages --variant VERTICAL_TRADITIONAL --pages 3
run pages --variant VERTICAL_TRADITIONAL --pages 3 --engine tesseract
run tesseract-cli --variant VERTICAL_TRADITIONAL --pages 3

section "## Articles on the other arrangements (default engine)"
run articles --seed 4242
run both --variant SHUFFLED --seed 4242
run both --variant HEADLINE_LEFT --pages 3
run both --variant BOXED --pages 3
run both --variant CONTINUED_TO_PAGE_3 --pages 1,3
run both --variant MISSING_PARTNER
