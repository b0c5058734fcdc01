#!/usr/bin/env bash
# Usage: bench/redeploy.sh BERTH_CLI   (needs tests/env up: eval "$(tests/env/testenv env)")
# Wall time of a redeploy (no build: --skip-push) of the test app to 1 and to 2 servers, split
# into the app's own part — from its container's start until kamal-proxy switched to it (the
# app booting, its health check, the old one's drain) — and everything else: Berth's own
# overhead (SSH round trips, the lock, Docker's bookkeeping). Median of 5 redeploys each.
set -euo pipefail
CLI=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ALL_HOSTS=$BERTH_TEST_HOSTS
RUNS=5

# ms_of ISO-TIMESTAMP: milliseconds since the epoch.
ms_of() { date -d "$1" +%s%3N; }

bench() { # bench N: redeploys to the first N servers; prints one line of figures
  local n=$1
  (
    export BERTH_TEST_HOSTS
    BERTH_TEST_HOSTS=$(echo "$ALL_HOSTS" | cut -d' ' -f1-"$n")
    # shellcheck source=../tests/e2e/lib.sh
    . "$HERE/../tests/e2e/lib.sh"
    berth deploy --version v1 --skip-push > "$WORK/warm.txt" 2>&1 || { cat "$WORK/warm.txt"; exit 1; }
    walls=() apps=()
    version=v1
    for _ in $(seq 1 "$RUNS"); do
      version=$([ "$version" = v1 ] && echo v2 || echo v1)
      start=$(date +%s%3N)
      berth deploy --version "$version" --skip-push > "$WORK/run.txt" 2>&1 || { cat "$WORK/run.txt"; exit 1; }
      wall=$(( $(date +%s%3N) - start ))
      # The app's part on each host: container start → kamal-proxy's "Deployed"; the slowest.
      app=0
      for h in "${HOSTS[@]}"; do
        started=$(remote "$h" "docker inspect -f '{{.State.StartedAt}}' testapp-web-$version")
        deployed=$(remote "$h" "docker logs kamal-proxy 2>&1 | grep '\"msg\":\"Deployed\"' | tail -1" \
                   | sed 's/.*"time":"\([^"]*\)".*/\1/')
        part=$(( $(ms_of "$deployed") - $(ms_of "$started") ))
        [ "$part" -gt "$app" ] && app=$part
      done
      walls+=("$wall") apps+=("$app")
    done
    median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
    wall=$(median "${walls[@]}") app=$(median "${apps[@]}")
    printf 'redeploy to %d server(s): %5d ms wall, %5d ms the app (start to live), %5d ms Berth overhead (median of %d)\n' \
      "$n" "$wall" "$app" $(( wall - app )) "$RUNS"
  )
}
bench 1
bench 2
