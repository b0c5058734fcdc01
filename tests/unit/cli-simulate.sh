#!/bin/sh
# berth-cli plan … --simulate STATE.json on golden project a (tests/unit/data/kamal-golden):
# the commands per host follow the simulated state, secrets are redacted, bad state is refused.
# Usage: cli-simulate.sh BERTH_CLI GOLDEN_DIR
set -u
cli=$1 golden=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
export XDG_CONFIG_HOME="$work/config" HOME="$work/home" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$work/p/config" "$work/p/.kamal" "$HOME"
cp "$golden/a-web-proxy-ssl.deploy.yml" "$work/p/config/deploy.yml"
cp "$golden/a-web-proxy-ssl.secrets" "$work/p/.kamal/secrets"
cat >"$work/state.json" <<'JSON'
{"builder": true,
 "hosts": {"192.0.2.10": {"containers": [{"name": "hey-web-v1", "running": false},
                                         {"name": "hey-web-v2", "running": true}]}}}
JSON

# A rollback to v1 renames the stopped v1 aside, boots a new v1 and stops v2.
"$cli" plan rollback v1 -C "$work/p" --simulate "$work/state.json" >"$work/out" 2>"$work/err" \
  || { cat "$work/err"; fail "plan rollback --simulate failed"; }
grep -q "^\[192.0.2.10\] docker rename hey-web-v1 hey-web-v1_replaced_" "$work/out" || fail "no rename of the existing v1"
grep -q "^\[192.0.2.10\] docker container ls --all --filter 'name=^hey-web-v2\$' --quiet | xargs docker stop" "$work/out" \
  || fail "v2 is not stopped after the switch"
grep -q "^    | RAILS_MASTER_KEY=\[secret RAILS_MASTER_KEY\]" "$work/out" || fail "the env file's content is not shown redacted"
if grep -q "master-key-a\|reg-pass-a" "$work/out"; then fail "a secret value was printed"; fi

# Remove: with no other app in .kamal/apps, kamal-proxy goes too, and the registry login.
"$cli" plan remove -C "$work/p" --simulate "$work/state.json" >"$work/out" 2>"$work/err" \
  || { cat "$work/err"; fail "plan remove --simulate failed"; }
for line in "docker exec kamal-proxy kamal-proxy remove hey-web" \
            "docker container prune --force --filter label=org.opencontainers.image.title=kamal-proxy" \
            "docker logout registry.example.com:5443"; do
  grep -qF "[192.0.2.10] $line" "$work/out" || fail "remove lacks: $line"
done

# Bad state: a clear message and exit 2.
echo '[1, 2]' >"$work/bad.json"
"$cli" plan deploy --version v2 -C "$work/p" --simulate "$work/bad.json" >"$work/out" 2>"$work/err"
[ $? = 2 ] || fail "a state that is not an object must exit 2"
grep -q "not a JSON object" "$work/err" || { cat "$work/err"; fail "no message for a bad state"; }
"$cli" plan deploy --version v2 -C "$work/p" --simulate "$work/missing.json" >"$work/out" 2>"$work/err"
[ $? = 2 ] || fail "a missing state file must exit 2"

# app logs --grep, quoted as Kamal does: single quotes, double quotes when following.
"$cli" plan app logs -g "error 5" -C "$work/p" >"$work/out" 2>&1
grep -q "xargs docker logs --timestamps 2>&1 | grep 'error 5'\$" "$work/out" \
  || { cat "$work/out"; fail "app logs --grep is not piped through grep 'error 5'"; }
"$cli" plan app logs -g "error 5" -f -C "$work/p" >"$work/out" 2>&1
grep -q 'xargs docker logs --timestamps --follow 2>&1 | grep "error 5"$' "$work/out" \
  || { cat "$work/out"; fail "app logs --grep --follow is not piped through grep \"error 5\""; }

[ "$failures" = 0 ] && echo "all berth-cli plan --simulate checks passed"
[ "$failures" = 0 ]
