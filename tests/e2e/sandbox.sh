#!/bin/bash
# End to end: "Try It Locally" headless. `berth-cli sandbox deploy` starts the sandbox (the
# test environment, already up here: a warm no-op), copies the demo, stores its variables and
# secrets in the keychain, builds the demo image offline (FROM busybox:1.36 of the sandbox),
# pushes it and deploys it; the demo page must answer from the sandbox server, and no secret
# may be written into the sandbox copy's files. Cleans up with `berth-cli remove`.
# Usage: sandbox.sh BERTH_CLI   (needs tests/env up: eval "$(tests/env/testenv env)"; root)
set -euo pipefail
CLI=$1
if [ -z "${BERTH_TEST_HOSTS:-}" ]; then
  if [ "${BERTH_REQUIRE_TESTENV:-}" = 1 ]; then echo "FAIL: the test environment is not up"; exit 1; fi
  echo "SKIP: the test environment is not up (tests/env/testenv up)"; exit 77
fi
read -r -a HOSTS <<<"$BERTH_TEST_HOSTS"
WORK=$(mktemp -d)
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
export DBUS_SESSION_BUS_ADDRESS=$BERTH_TEST_DBUS_ADDRESS
export BERTH_SANDBOX_SCRIPT=${BERTH_SANDBOX_SCRIPT:-$(cd "$(dirname "$0")/../env" && pwd)/testenv}
PROJECT=$XDG_DATA_HOME/Berth/sandbox/demo
fail() { echo "FAIL: $*"; exit 1; }
cleanup() {
  if [ -d "$PROJECT" ]; then
    "$CLI" remove --yes -C "$PROJECT" -d sandbox --known-hosts "$XDG_DATA_HOME/Berth/sandbox/ssh/known_hosts" \
      > "$WORK/remove.txt" 2>&1 || { echo "cleanup: remove failed:"; cat "$WORK/remove.txt"; }
  fi
  # Kamal's remove keeps the audit log, kamal-proxy's config volume, the network and the
  # registry login; what this test made goes too, as tests/e2e/lib.sh does for its own.
  ssh -i "$BERTH_TEST_SSH_KEY" -o UserKnownHostsFile="$BERTH_TEST_KNOWN_HOSTS" -o BatchMode=yes \
    "root@${HOSTS[0]}" 'docker rm -f kamal-proxy >/dev/null 2>&1; docker volume rm kamal-proxy-config >/dev/null 2>&1;
      docker network rm kamal >/dev/null 2>&1; rm -rf .kamal; docker logout 127.0.0.1:5001 >/dev/null 2>&1;
      [ "$(tr -d " \n\t" < ~/.docker/config.json 2>/dev/null)" = "{\"auths\":{}}" ] && rm -rf ~/.docker; true' || true
  # `remove` deletes kamal-proxy's image, as Kamal's does; the servers cannot pull it.
  local sock
  for sock in ${BERTH_TEST_DOCKER_SOCKETS:-}; do
    docker -H "unix://$sock" image inspect "$BERTH_TEST_PROXY_IMAGE" >/dev/null 2>&1 && continue
    docker save "$BERTH_TEST_PROXY_IMAGE" | docker -H "unix://$sock" load >/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

s=$(date +%s%N)
"$CLI" sandbox deploy > "$WORK/out.txt" 2> "$WORK/err.txt" || { cat "$WORK/out.txt" "$WORK/err.txt"; fail "sandbox deploy failed"; }
e=$(date +%s%N)
grep -q "^sandbox: " "$WORK/err.txt" || { cat "$WORK/err.txt"; fail "no progress lines on stderr"; }
grep -q "The demo answers at http://${HOSTS[0]}/" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "no URL printed"; }
page=$(curl -s -m 5 "http://${HOSTS[0]}/" || true)
[[ $page == *"Hello from the Berth demo"* ]] || fail "http://${HOSTS[0]}/ answered: $page"
[ -f "$PROJECT/config/deploy.sandbox.yml" ] || fail "no destination file"
cmp -s "$PROJECT/config/deploy.yml" "$(dirname "$0")/../../examples/demo/config/deploy.yml" || fail "the copy's deploy.yml differs from the demo's"
for secret in "$BERTH_TEST_REGISTRY_PASSWORD" "$BERTH_TEST_S3_SECRET_KEY" "$BERTH_TEST_S3_ACCESS_KEY"; do
  ! grep -rqF -- "$secret" "$PROJECT" || fail "a secret value was written into the sandbox copy"
done
# The secrets are in the keychain, for the project's destination "sandbox".
"$CLI" secrets list -C "$PROJECT" -d sandbox > "$WORK/secrets.txt" 2>&1 || true
grep -q KAMAL_REGISTRY_PASSWORD "$WORK/secrets.txt" || { cat "$WORK/secrets.txt"; fail "the registry password is not in the project environment"; }
awk -v d=$((e - s)) 'BEGIN { printf "sandbox deploy (up warm, copy, build, push, deploy): %.1fs\n", d / 1e9 }'
echo "PASS: the demo answers from the sandbox at http://${HOSTS[0]}/"
