#!/usr/bin/env bash
# The plain ingest on 2 threads against Spark local[2], on the same pages, one after the other in one run:
# pages per minute (of the batch, from report.json, and of the whole command with JVM and Spark start-up),
# peak memory (/usr/bin/time -v), and whether both wrote the same ALTO text.
#
#   [ORDER="spark plain"] spark/bench.sh [COPIES] [WORK_DIR]   (COPIES of the 4-page sample issue; default 5: 20 pages)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
copies=${1:-5}
work=${2:-$(mktemp -d)}
scans="$work/scans"
rm -rf "$scans" "$work/plain" "$work/spark"
for i in $(seq 1 "$copies"); do
    issue="$scans/chaoyang-2026-04-$(printf %02d "$i")"
    mkdir -p "$issue"
    cp samples/chaoyang-2026-03-13/*.tif "$issue/"
done
# Builds first, outside the measurements.
bin/newspaper-ingest --version >/dev/null
bin/newspaper-ingest spark --help >/dev/null

# ORDER="spark plain" runs Spark first, to tell a change in the machine's load from a difference.
echo "load before: $(uptime)"
for run in ${ORDER:-plain spark}; do
    case $run in
        plain) command=(ingest "$scans" --out "$work/plain" --threads 2 --no-progress) ;;
        spark) command=(spark "$scans" --out "$work/spark" --master 'local[2]') ;;
    esac
    /usr/bin/time -v bin/newspaper-ingest "${command[@]}" >"$work/$run.out" 2>"$work/$run.log"
    echo "after $run: $(uptime)"
done

for run in plain spark; do
    seconds=$(sed -n 's/.*"seconds" : \([0-9.]*\).*/\1/p' "$work/$run/report.json")
    pages=$(sed -n 's/.*"pagesWritten" : \([0-9]*\).*/\1/p' "$work/$run/report.json")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$run.log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$run.log")
    awk -v r="$run" -v p="$pages" -v s="$seconds" -v w="$wall" -v k="$rss" 'BEGIN {
        n = split(w, t, ":"); ws = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2];
        printf "%-5s %d pages: batch %.1f s = %.1f pages/min; whole command %.1f s = %.1f pages/min; peak RSS %d MiB\n",
            r, p, s, p / s * 60, ws, p / ws * 60, k / 1024 }'
done
same=0 differ=0
for alto in "$work"/plain/*/alto/*.xml; do
    other="$work/spark/${alto#"$work"/plain/}"
    if cmp -s <(grep -o 'CONTENT="[^"]*"' "$alto") <(grep -o 'CONTENT="[^"]*"' "$other"); then
        same=$((same + 1))
    else
        differ=$((differ + 1))
    fi
done
echo "ALTO text: $same pages identical, $differ different"
