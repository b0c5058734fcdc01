#!/bin/bash
# End to end: berth-cli deploy killed with SIGKILL at five points — after taking the lock, after
# the pull, once the new container is starting, right after the proxy switch, before the lock
# release — while a load runs through kamal-proxy. Every request must succeed, and `berth-cli
# recover` must leave every host serving one complete version with the lock released: with
# --resume (the version deployed), --finish-live (the version kamal-proxy served when the run
# died) or --rollback (the version live before the run).
# Usage: recover.sh BERTH_CLI   (needs tests/env up: eval "$(tests/env/testenv env)")
set -euo pipefail
CLI=$1
. "$(dirname "$0")/lib.sh"
berth deploy --version v1 --skip-push > "$WORK/first.txt" 2>&1 || { cat "$WORK/first.txt"; fail "first deploy failed"; }

# kill_at PATTERN DELAY VERSION NAME [CHOICE SERVED]: deploys VERSION, kills berth-cli -9 once its
# journal has a line matching PATTERN (and DELAY seconds more), then recovers with `recover
# --CHOICE` (default resume), after which every host must serve SERVED (default VERSION).
kill_at() {
  local pattern=$1 delay=$2 version=$3 name=$4 choice=${5:-resume} expect=${6:-$3} pid journal i before
  rm -rf "$JOURNALS"
  before=$(wc -l < "$WORK/load.log")
  "$CLI" deploy --version "$version" --skip-push -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" \
    > "$WORK/killed.txt" 2>&1 &
  pid=$!
  for i in $(seq 1 3000); do  # up to 60 s
    journal=$(ls "$JOURNALS"/*.jsonl 2>/dev/null | head -1 || true)
    if [ -n "$journal" ] && grep -q "$pattern" "$journal"; then break; fi
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/killed.txt"; fail "$name: the deploy ended before the kill point"; }
    sleep 0.02
  done
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || fail "$name: the deploy ended before the kill"
  wait "$pid" 2>/dev/null || true
  grep -q '"event":"run-end"' "$journal" && fail "$name: the journal says the run ended"
  "$CLI" recover -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" > "$WORK/report.txt" 2>&1 || true
  grep -q "Interrupted: berth-cli deploy --skip-push (version $version)" "$WORK/report.txt" \
    || { cat "$WORK/report.txt"; fail "$name: recover did not find the run"; }
  if [ "$choice" != resume ]; then
    # Before anything is done, the report says what the choice does on every host.
    grep -q -- "^--$choice (.*, version $expect):" "$WORK/report.txt" \
      || { cat "$WORK/report.txt"; fail "$name: recover does not offer --$choice to $expect"; }
    for h in "${HOSTS[@]}"; do
      grep -A3 -- "^--$choice (" "$WORK/report.txt" | grep -q "^  \[$h\] .*tag $expect as the latest image" \
        || { cat "$WORK/report.txt"; fail "$name: --$choice does not say what it does on $h"; }
    done
  fi
  "$CLI" recover --"$choice" -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" > "$WORK/recover.txt" 2>&1 \
    || { cat "$WORK/report.txt" "$WORK/recover.txt"; fail "$name: recover --$choice failed"; }
  for h in "${HOSTS[@]}"; do
    [ "$(served "$h")" = "$expect" ] || { cat "$WORK/report.txt" "$WORK/recover.txt"; fail "$name: $h serves '$(served "$h")', not $expect"; }
    [ "$(remote "$h" "docker ps --filter label=service=testapp --filter status=running -q | wc -l")" = 1 ] \
      || fail "$name: $h does not run exactly one app container"
  done
  remote "${HOSTS[0]}" 'test ! -e .kamal/lock-testapp' || fail "$name: the lock is still there"
  "$CLI" recover -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" | grep -q "No interrupted run" \
    || fail "$name: the run is still reported as interrupted"
  # Which kill point a failed request belongs to, for the diagnosis.
  printf '%-32s %-14s %-4s %s\n' "$name" "--$choice" "$expect" "$(tail -n +$((before + 1)) "$WORK/load.log" | awk '
    { n++ } !/^200$/ { f++; codes[$0]++ }
    END { printf "%d requests, %d failed", n, f; for (c in codes) printf " (%s x%d)", c, codes[c] }')"
}

printf '%-32s %-14s %-4s %s\n' "killed" "recovered" "then" "requests through the proxy"
start_load; sleep 1
kill_at '"event":"step-end".*"step":"lock.acquire"' 0 v2 "after taking the lock"
kill_at '"event":"step-end".*"step":"pull"' 0 v1 "after the pull"
# v1 is live: the v2 container being started is left, v1 stays.
kill_at '"event":"step-start".*"step":"boot"' 0.5 v2 "as the new container starts" finish-live v1
# v1 was live before: back to it, wherever kamal-proxy already switched to v2.
kill_at '"event":"step-end".*"step":"boot"' 0 v2 "right after the proxy switch" rollback v1
kill_at '"event":"step-end".*"step":"tag-latest"' 0 v2 "before releasing the lock"
sleep 1; stop_load
check_load "5 kills, 5 recoveries"
echo "PASS: killed at 5 points, recovered every time, no failed request"
