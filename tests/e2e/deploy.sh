#!/bin/bash
# End to end: berth-cli deploys the test app to both servers of the test environment with the
# real kamal-proxy, under a steady load, and every request must succeed: first deploy, v1 → v2,
# rollback to v1, a broken version that must not go live, and the deploy lock.
# Usage: deploy.sh BERTH_CLI   (needs tests/env up: eval "$(tests/env/testenv env)")
set -euo pipefail
CLI=$1
. "$(dirname "$0")/lib.sh"

# The plan is shown before anything runs, with the password redacted.
berth plan deploy --version v1 --skip-push > "$WORK/plan.txt"
grep -q "Boot version v1" "$WORK/plan.txt" || fail "the plan has no boot step"
grep -q "\[secret KAMAL_REGISTRY_PASSWORD\]" "$WORK/plan.txt" || fail "the plan does not redact the password"
! grep -qF "$BERTH_TEST_REGISTRY_PASSWORD" "$WORK/plan.txt" || fail "the plan shows the password"

timed "$WORK/deploy-v1.txt" berth deploy --version v1 --skip-push || { cat "$WORK/deploy-v1.txt"; fail "first deploy failed"; }
T1=$ELAPSED
! grep -qF "$BERTH_TEST_REGISTRY_PASSWORD" "$WORK/deploy-v1.txt" || fail "the deploy log shows the password"
for h in "${HOSTS[@]}"; do [ "$(served "$h")" = v1 ] || fail "$h does not serve v1 after the first deploy"; done

start_load; sleep 1
timed "$WORK/deploy-v2.txt" berth deploy --version v2 --skip-push || { cat "$WORK/deploy-v2.txt"; fail "deploy of v2 failed"; }
T2=$ELAPSED
sleep 1; stop_load
for h in "${HOSTS[@]}"; do [ "$(served "$h")" = v2 ] || fail "$h does not serve v2"; done
check_load "deploy v1 -> v2"

start_load; sleep 1
timed "$WORK/rollback.txt" berth rollback v1 || { cat "$WORK/rollback.txt"; fail "rollback failed"; }
T3=$ELAPSED
sleep 1; stop_load
for h in "${HOSTS[@]}"; do [ "$(served "$h")" = v1 ] || fail "$h does not serve v1 after the rollback"; done
check_load "rollback v2 -> v1"

# Exec, as kamal app exec: in the running container, in a new one, through an alias, and
# interactive through OpenSSH (stdin is not a terminal here, so ssh says so and goes on).
berth app exec --reuse "/testapp --version" > "$WORK/exec.txt" 2>&1 || { cat "$WORK/exec.txt"; fail "app exec --reuse failed"; }
for h in "${HOSTS[@]}"; do  # on every host, the output of the exec itself
  awk -v h="[$h]" '$1 == h && /docker exec testapp-web-v1/ { seen = 1; next } $1 == h && seen && $2 == "v1" { ok = 1 } END { exit !ok }' "$WORK/exec.txt" \
    || { cat "$WORK/exec.txt"; fail "app exec --reuse did not print v1 on $h"; }
done
berth app exec --version v2 "/testapp --version" > "$WORK/exec.txt" 2>&1 || { cat "$WORK/exec.txt"; fail "app exec in a new container failed"; }
grep -q '\]   v2$' "$WORK/exec.txt" || { cat "$WORK/exec.txt"; fail "app exec --version v2 did not run v2"; }
berth alias app-version > "$WORK/exec.txt" 2>&1 || { cat "$WORK/exec.txt"; fail "alias failed"; }
grep -q '\]   v1$' "$WORK/exec.txt" || { cat "$WORK/exec.txt"; fail "the alias did not run"; }
berth app exec -i --reuse "/testapp --version" < /dev/null > "$WORK/exec.txt" 2>&1 || { cat "$WORK/exec.txt"; fail "interactive exec failed"; }
grep -q "^ssh .*-t root@${HOSTS[0]} -p 22 'docker exec -i" "$WORK/exec.txt" || { cat "$WORK/exec.txt"; fail "interactive exec did not use Kamal's ssh command"; }
grep -qx 'v1' "$WORK/exec.txt" || { cat "$WORK/exec.txt"; fail "interactive exec printed no version"; }
# The guide's interactive alias runs Kamal's exact ssh command line (a shell with no input).
# (The test image has no shell, so the command itself fails there; the line is what counts.)
berth alias web-shell < /dev/null > "$WORK/shell.txt" 2>&1 || true
grep -q "^ssh .*-t root@${HOSTS[0]} -p 22 'docker exec -i[t]* testapp-web-v1 sh'" "$WORK/shell.txt" \
  || { cat "$WORK/shell.txt"; fail "the web-shell alias did not use Kamal's ssh command"; }
echo "exec: reuse, new container, alias and interactive: ok"

# A version that never gets healthy must not go live, and must not keep the lock.
start_load; sleep 1
if berth deploy --version broken --skip-push > "$WORK/broken.txt" 2>&1; then fail "the broken version deployed"; fi
sleep 1; stop_load
for h in "${HOSTS[@]}"; do [ "$(served "$h")" = v1 ] || fail "$h stopped serving v1 after a failed deploy"; done
check_load "failed deploy of 'broken'"
# The failure says why (testapp:broken answers 503 on /up), and the new container is stopped
# as Kamal does, so only the old version runs.
grep -q "answers 503" "$WORK/broken.txt" || { cat "$WORK/broken.txt"; fail "the failed health check was not explained"; }
grep -q "kamal-proxy did not switch" "$WORK/broken.txt" || { cat "$WORK/broken.txt"; fail "the explanation does not say the old version kept serving"; }
for h in "${HOSTS[@]}"; do
  [ -z "$(remote "$h" 'docker ps -q --filter name=testapp-web-broken')" ] || fail "the broken container still runs on $h"
done
# The local run history shows it too: the newest run failed, with the explanation, after the
# deploys that succeeded.
"$CLI" history -C "$WORK/app" --steps -n 3 > "$WORK/history.txt" 2>&1 || { cat "$WORK/history.txt"; fail "history failed"; }
head -1 "$WORK/history.txt" | grep -q "deploy.*failed in .* by .*version broken" || { cat "$WORK/history.txt"; fail "history does not show the failed deploy first"; }
grep -q "answers 503" "$WORK/history.txt" || { cat "$WORK/history.txt"; fail "history lost the explanation"; }
grep -q "succeeded in" "$WORK/history.txt" || { cat "$WORK/history.txt"; fail "history lost the successful runs"; }
echo "broken version: explained ($(grep -c "answers 503" "$WORK/broken.txt") hosts), stopped, v1 kept serving"
remote "${HOSTS[0]}" 'test ! -e .kamal/lock-testapp' || fail "the failed deploy left the lock behind"

# Someone else's lock stops a deploy, and is not removed by it.
berth lock acquire -m "Database migration in progress" --version v1 > "$WORK/lock.txt" 2>&1 || { cat "$WORK/lock.txt"; fail "lock acquire failed"; }
if berth deploy --version v2 --skip-push > "$WORK/locked.txt" 2>&1; then fail "deploy ran while locked"; fi
remote "${HOSTS[0]}" 'test -e .kamal/lock-testapp' || fail "a refused deploy removed the lock"
# lock status shows the holder's details, as kamal lock status does.
berth lock status > "$WORK/status.txt" 2>&1 || { cat "$WORK/status.txt"; fail "lock status failed while locked"; }
grep -qx "Message: Database migration in progress" "$WORK/status.txt" && grep -q "^Locked by: " "$WORK/status.txt" \
  || { cat "$WORK/status.txt"; fail "lock status does not show the held lock"; }
berth lock release > "$WORK/lock.txt" 2>&1 || { cat "$WORK/lock.txt"; fail "lock release failed"; }
remote "${HOSTS[0]}" 'test ! -e .kamal/lock-testapp' || fail "lock release left the lock"

# Redeploy (no proxy boot, no prune) switches with no failed request; proxy reboot keeps the
# routes (they live in kamal-proxy's volume); remove needs --yes and then leaves nothing behind.
start_load; sleep 1
berth redeploy --version v2 --skip-push > "$WORK/redeploy.txt" 2>&1 || { cat "$WORK/redeploy.txt"; fail "redeploy failed"; }
sleep 1; stop_load
check_load "redeploy v1 -> v2"
for h in "${HOSTS[@]}"; do [ "$(served "$h")" = v2 ] || fail "$h does not serve v2 after the redeploy"; done

# The views, read only, with v2 live on both servers and v1 kept: each line prefixed by its host.
s=$(date +%s%N)
berth app details > "$WORK/details.txt" 2>&1 || { cat "$WORK/details.txt"; fail "app details failed"; }
berth app logs --lines 5 > "$WORK/logs.txt" 2> "$WORK/logs.err" || { cat "$WORK/logs.txt" "$WORK/logs.err"; fail "app logs failed"; }
berth proxy details > "$WORK/proxy.txt" 2>&1 || { cat "$WORK/proxy.txt"; fail "proxy details failed"; }
for h in "${HOSTS[@]}"; do
  grep -q "^\[$h\] .*testapp-web-v2" "$WORK/details.txt" || { cat "$WORK/details.txt"; fail "app details does not list v2 on $h"; }
  n=$(grep -c "^\[$h\] " "$WORK/logs.txt" || true)
  [ "$n" -ge 1 ] && [ "$n" -le 5 ] || { cat "$WORK/logs.txt"; fail "app logs --lines 5 printed $n lines for $h"; }
  grep -q "^\[$h\] .*kamal-proxy" "$WORK/proxy.txt" || { cat "$WORK/proxy.txt"; fail "proxy details does not show kamal-proxy on $h"; }
done
grep -v "^\[" "$WORK/logs.txt" | grep -q . && { cat "$WORK/logs.txt"; fail "app logs printed lines without a host"; }
berth releases --json > "$WORK/releases.json" 2> "$WORK/releases.err" || { cat "$WORK/releases.err"; fail "releases failed"; }
jq -e --argjson n "${#HOSTS[@]}" '.roles[0].releases as $r
  | ($r | map(select(.version == "v2" and .live and (.liveOn | length) == $n)) | length) == 1
  and ($r | map(select(.version == "v1" and (.live | not) and (.keptOn | length) == $n)) | length) == 1' \
  "$WORK/releases.json" > /dev/null || { cat "$WORK/releases.json"; fail "releases does not list v1 kept and v2 live"; }
berth lock status > "$WORK/status.txt" 2>&1 || { cat "$WORK/status.txt"; fail "lock status failed"; }
grep -qx "There is no deploy lock" "$WORK/status.txt" || { cat "$WORK/status.txt"; fail "lock status did not say there is no lock"; }
e=$(date +%s%N)
echo "views (app details, app logs, proxy details, releases, lock status): ok in $(awk -v d=$((e - s)) 'BEGIN { printf "%.1f", d / 1e9 }') s"
if berth proxy reboot > "$WORK/reboot.txt" 2>&1; then fail "proxy reboot ran without --yes"; fi
grep -q -- "--yes" "$WORK/reboot.txt" || { cat "$WORK/reboot.txt"; fail "proxy reboot did not ask for --yes"; }
berth proxy reboot --yes > "$WORK/reboot.txt" 2>&1 || { cat "$WORK/reboot.txt"; fail "proxy reboot failed"; }
for h in "${HOSTS[@]}"; do
  for _ in $(seq 1 50); do [ "$(served "$h")" = v2 ] && break; sleep 0.1; done
  [ "$(served "$h")" = v2 ] || fail "$h does not serve v2 after the proxy reboot"
done
berth remove --yes > "$WORK/remove.txt" 2>&1 || { cat "$WORK/remove.txt"; fail "remove failed"; }
for h in "${HOSTS[@]}"; do
  left=$(remote "$h" 'docker ps -aq --filter label=service=testapp | wc -l; docker ps -aq --filter name=^kamal-proxy$ | wc -l;
                     docker image ls -q --filter label=service=testapp | wc -l; { ls -A .kamal/apps; ls -d .kamal/proxy; } 2>/dev/null | wc -l')
  [ "$(echo $left)" = "0 0 0 0" ] || fail "remove left on $h (app containers, proxy, images, directories): $(echo $left)"
done
echo "redeploy, proxy reboot and remove: ok"

printf '%-28s %ss\n' "first deploy (2 hosts)" "$T1" "deploy v2 under load" "$T2" "rollback under load" "$T3"
echo "PASS: deploy, zero-downtime switch, rollback, failed deploy and lock on ${#HOSTS[@]} servers"
