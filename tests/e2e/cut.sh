#!/bin/bash
# End to end: a server drops off the network during a deploy (tests/env/testenv cut/restore),
# while a load runs through the other server's kamal-proxy.
#  1. The second server is cut for 10 s as it logs in and pulls (steps that are safe to
#     repeat): the deploy reconnects after the restore, repeats the step and finishes; both
#     servers serve the new version.
#  2. The second server is cut as its boot starts (a step that changes the server): that host
#     fails within the inactivity timeout with a message that says what to do, the run ends
#     (nothing hangs), the lock is released, the first server serves one complete version;
#     after the restore, deploying again finishes the job.
# Usage: cut.sh BERTH_CLI   (needs tests/env up, and root for the cut)
set -euo pipefail
CLI=$1
. "$(dirname "$0")/lib.sh"
TESTENV=$(cd "$(dirname "$0")/../env" && pwd)/testenv
CUT=
restore_cut() { if [ -n "$CUT" ]; then "$TESTENV" restore "$CUT" >/dev/null 2>&1 || true; CUT=; fi; }
trap 'restore_cut; cleanup' EXIT
[ "${#HOSTS[@]}" -ge 2 ] || fail "needs two servers"
FIRST=${HOSTS[0]} SECOND=${HOSTS[1]}
INACTIVITY=4

# deploy_in_background VERSION: berth-cli deploy with a short inactivity timeout; sets PID.
PID=
deploy_in_background() {
  rm -rf "$JOURNALS"
  "$CLI" deploy --version "$1" --skip-push -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" \
    --inactivity-timeout "$INACTIVITY" > "$WORK/run.txt" 2>&1 &
  PID=$!
}
# wait_for_step EVENT STEP HOST: until the journal records it (60 s at most).
wait_for_step() {
  local journal i
  for i in $(seq 1 3000); do
    journal=$(ls "$JOURNALS"/*.jsonl 2>/dev/null | head -1 || true)
    if [ -n "$journal" ] && grep -q "\"event\":\"$1\",\"host\":\"$3\",\"step\":\"$2\"" "$journal"; then
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || return 1
    sleep 0.02
  done
  return 1
}
# wait_for_run SECONDS: waits for the deploy; RC is its exit code, WAITED how long it took.
RC= WAITED=
wait_for_run() {
  local start=$SECONDS
  while kill -0 "$PID" 2>/dev/null; do
    [ $((SECONDS - start)) -lt "$1" ] || { kill "$PID"; cat "$WORK/run.txt"; fail "the deploy still runs after $1 s"; }
    sleep 0.2
  done
  RC=0; wait "$PID" || RC=$?
  WAITED=$((SECONDS - start))
}
one_version_on() { # one_version_on HOST: prints the version it serves; fails unless exactly one runs
  local h=$1 running
  running=$(remote "$h" "docker ps --filter label=service=testapp --filter status=running --format '{{.Names}}'")
  [ "$(echo "$running" | grep -c .)" = 1 ] || fail "$h runs $(echo "$running" | grep -c .) app containers: $running"
  [ "testapp-web-$(served "$h")" = "$running" ] || fail "$h serves '$(served "$h")' from $running"
  served "$h"
}

berth deploy --version v1 --skip-push > "$WORK/first.txt" 2>&1 || { cat "$WORK/first.txt"; fail "first deploy failed"; }
printf '%-44s %s\n' "case" "requests through $FIRST"

# 1. Cut while logging in / pulling. The cut can miss if both steps are over before it lands;
# then the case is tried again (at most three times).
reconnected=
for attempt in 1 2 3; do
  version=$([ "$(served "$FIRST")" = v1 ] && echo v2 || echo v1)
  start_load "$FIRST"
  deploy_in_background "$version"
  wait_for_step step-start pull.login "$SECOND" || { cat "$WORK/run.txt"; fail "the deploy never reached the login on $SECOND"; }
  "$TESTENV" cut 2 >/dev/null; CUT=2
  sleep 10
  restore_cut
  wait_for_run 120
  stop_load
  [ "$RC" = 0 ] || { cat "$WORK/run.txt"; fail "the deploy failed after a 10 s cut during the pull"; }
  for h in "${HOSTS[@]}"; do
    [ "$(one_version_on "$h")" = "$version" ] || fail "$h does not serve $version after the deploy"
  done
  check_load "cut 10 s during the pull ($version)"
  if grep -q "was lost" "$WORK/run.txt"; then reconnected=1; break; fi
  echo "  (the cut landed after the pull; again)"
done
[ -n "$reconnected" ] || fail "the cut never landed during the login or the pull"
grep -q "Connected to $SECOND again" "$WORK/run.txt" || { cat "$WORK/run.txt"; fail "no reconnection reported"; }
echo "  reconnected and repeated: $(grep -c 'was lost' "$WORK/run.txt") lost connection(s), deploy took ${WAITED} s"

# 2. Cut as the boot starts on the second server: a step that changes the server stops the run.
version=$([ "$(served "$FIRST")" = v1 ] && echo v2 || echo v1)
start_load "$FIRST"
deploy_in_background "$version"
wait_for_step step-start boot "$SECOND" || { cat "$WORK/run.txt"; fail "the deploy never reached the boot on $SECOND"; }
"$TESTENV" cut 2 >/dev/null; CUT=2
wait_for_run 60
[ "$RC" != 0 ] || { cat "$WORK/run.txt"; fail "the deploy succeeded with $SECOND cut off"; }
grep -q "$SECOND" "$WORK/run.txt" && grep -q "does not repeat it blindly" "$WORK/run.txt" \
  || { cat "$WORK/run.txt"; fail "the failure does not say what happened on $SECOND"; }
first_serves=$(one_version_on "$FIRST")
remote "$FIRST" 'test ! -e .kamal/lock-testapp' || fail "the lock was not released"
stop_load
check_load "cut during the boot"
echo "  $SECOND failed after ${WAITED} s (inactivity timeout ${INACTIVITY} s), lock released, $FIRST serves $first_serves"
restore_cut
berth deploy --version "$version" --skip-push > "$WORK/again.txt" 2>&1 || { cat "$WORK/again.txt"; fail "deploying again after the restore failed"; }
for h in "${HOSTS[@]}"; do
  [ "$(one_version_on "$h")" = "$version" ] || fail "$h does not serve $version after deploying again"
done
echo "PASS: a server cut during the pull is reconnected; cut during the boot, the run stops cleanly and a new deploy completes"
