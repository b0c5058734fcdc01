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

# kill_at PATTERN DELAY VERSION NAME [CHOICE]: deploys VERSION, kills berth-cli -9 once its
# journal has a line matching PATTERN (and DELAY seconds more), then recovers with `recover
# --CHOICE` (default resume), after which every host must serve: VERSION (resume), what every host
# served right after the kill (finish-live), or what was live before the deploy (rollback).
kill_at() {
  local pattern=$1 delay=$2 version=$3 name=$4 choice=${5:-resume} expect pid journal i before prior live busy h
  rm -rf "$JOURNALS"
  before=$(wc -l < "$WORK/load.log")
  prior=$(served "${HOSTS[0]}")
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
  # A `kamal-proxy deploy` the dead run started goes on inside kamal-proxy until its target is
  # healthy (or times out): the servers are looked at once it is over, as a user would later.
  for i in $(seq 1 60); do
    busy=0
    for h in "${HOSTS[@]}"; do
      remote "$h" "docker top kamal-proxy -eo pid,args 2>/dev/null | grep -q '[k]amal-proxy deploy'" && busy=1
    done
    [ "$busy" = 0 ] && break
    sleep 0.5
  done
  "$CLI" recover -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" > "$WORK/report.txt" 2>&1 || true
  grep -q "Interrupted: berth-cli deploy --skip-push (version $version)" "$WORK/report.txt" \
    || { cat "$WORK/report.txt"; fail "$name: recover did not find the run"; }
  expect=$version
  [ "$choice" = rollback ] && expect=$prior
  if [ "$choice" = finish-live ]; then
    # Whether kamal-proxy had switched to VERSION when the deploy died depends on timing: live
    # is what all hosts serve now. Hosts that serve different versions have no live version,
    # which recover must say; then the way out is back to what was live before.
    live=$(for h in "${HOSTS[@]}"; do echo "$(served "$h")"; done | sort -u)
    if [ "$(printf '%s\n' "$live" | wc -l)" = 1 ]; then
      expect=$live
    else
      grep -q "^--finish-live (.*): not possible. The hosts serve different versions" "$WORK/report.txt" \
        || { cat "$WORK/report.txt"; fail "$name: --finish-live is offered though the hosts differ"; }
      choice=rollback expect=$prior
    fi
  fi
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
# What kamal-proxy serves when the deploy dies stays; a v2 container started beside it goes.
kill_at '"event":"step-start".*"step":"boot"' 0.5 v2 "as the new container starts" finish-live
# Back to the version live before the deploy (of the other one), wherever kamal-proxy switched.
other=v2; [ "$(served "${HOSTS[0]}")" = v2 ] && other=v1
kill_at '"event":"step-end".*"step":"boot"' 0 "$other" "right after the proxy switch" rollback
kill_at '"event":"step-end".*"step":"tag-latest"' 0 v2 "before releasing the lock"
sleep 1; stop_load
check_load "5 kills, 5 recoveries"
echo "PASS: killed at 5 points, recovered every time, no failed request"
