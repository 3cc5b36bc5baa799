#!/usr/bin/env bash
# Builds the container image and runs the sample ingest and validate in it, as a vendor would.
#
#   docs/container-check.sh [--online]
#
# Default: the offline route (the jar built here on the host, COPY'd into the image). --online: the route
# where Maven inside the build fetches the dependencies from Maven Central. Uses podman, else docker; with
# neither it says so and exits 0, so CI may call it anywhere. BASE_IMAGE (default debian:bookworm-slim)
# names the Debian bookworm base, e.g. localhost/debian:bookworm made as the Dockerfile's header shows.
# Exit status: 0 checked (or skipped), 1 a check failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
image="${IMAGE:-newspaper-ingest:check}"
base="${BASE_IMAGE:-debian:bookworm-slim}"
route=host
[[ "${1:-}" == "--online" ]] && route=build

engine=""
for candidate in podman docker; do
    if command -v "$candidate" >/dev/null 2>&1; then
        engine=$candidate
        break
    fi
done
if [[ -z "$engine" ]]; then
    echo "container-check: skipped, no container engine (podman or docker) on this machine"
    exit 0
fi

fail() {
    echo "container-check: FAILED: $*" >&2
    exit 1
}

if [[ "$route" == host ]]; then
    echo "container-check: building the jar on the host (mvn -B -DskipTests package)"
    mvn -B -ntp -Dstyle.color=never -DskipTests package >/dev/null || fail "the host build failed; run mvn -B -DskipTests package to see why"
fi

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
revision=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "container-check: $engine build, JAR_FROM=$route, BASE_IMAGE=$base"
"$engine" build --build-arg BASE_IMAGE="$base" --build-arg JAR_FROM="$route" --build-arg VERSION="$version" \
    --build-arg REVISION="$revision" -t "$image" . || fail "the image build failed (its output is above)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 777 "$work/out"

echo "container-check: --help"
help=$("$engine" run --rm --network none "$image" --help)
echo "$help"
grep -q "checksums and their references." <<<"$help" || fail "--help cuts the validate description"

echo "container-check: user and group"
ids=$("$engine" run --rm --network none --entrypoint id "$image")
echo "$ids"
[[ "$ids" == "uid=10001(ingest) gid=10001(ingest) groups=10001(ingest)" ]] || fail "not user and group 10001"

echo "container-check: no package caches"
leftovers=$("$engine" run --rm --network none --entrypoint sh "$image" -c \
    'find /var/lib/apt/lists /var/cache/apt -mindepth 1 -not -name lock -not -name partial 2>/dev/null | head -n 5')
[[ -z "$leftovers" ]] || fail "apt caches in the image: $leftovers"

echo "container-check: ingest of the sample issue, no network"
"$engine" run --rm --network none -v "$PWD/samples:/scans:ro" -v "$work/out:/out" "$image" \
    ingest /scans --out /out --no-progress || fail "the ingest in the container failed"
echo "container-check: validate, in the container"
"$engine" run --rm --network none -v "$work/out:/out:ro" "$image" validate /out/chaoyang-2026-03-13 \
    || fail "the package does not validate"
owner=$(stat -c '%u:%g' "$work/out/chaoyang-2026-03-13/mets.xml")
[[ "$owner" == "10001:10001" ]] || fail "the package is owned by $owner, not 10001:10001"

size=$("$engine" image inspect --format '{{.Size}}' "$image")
echo "container-check: passed; image $image is $((size / 1000000)) MB"
