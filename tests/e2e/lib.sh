# Shared by the e2e scripts: a project that deploys the test app to both servers of the test
# environment, a load generator through kamal-proxy, and a cleanup of everything the test
# leaves on the servers. Sourced with CLI set to the berth-cli to test.
if [ -z "${BERTH_TEST_HOSTS:-}" ]; then
  if [ "${BERTH_REQUIRE_TESTENV:-}" = 1 ]; then echo "FAIL: the test environment is not up"; exit 1; fi
  echo "SKIP: the test environment is not up (tests/env/testenv up)"; exit 77
fi
read -r -a HOSTS <<<"$BERTH_TEST_HOSTS"
WORK=$(mktemp -d)
LOAD_PID=
remote() { ssh -i "$BERTH_TEST_SSH_KEY" -o UserKnownHostsFile="$BERTH_TEST_KNOWN_HOSTS" -o BatchMode=yes \
             -o ConnectTimeout=5 "root@$1" "$2"; }
# `berth-cli remove` deletes kamal-proxy's image, as Kamal's does; the servers cannot pull it, so
# it is loaded again from this machine's copy (the test environment preloads it the same way).
restore_proxy_image() {
  local sock
  for sock in ${BERTH_TEST_DOCKER_SOCKETS:-}; do
    docker -H "unix://$sock" image inspect "$BERTH_TEST_PROXY_IMAGE" >/dev/null 2>&1 && continue
    docker save "$BERTH_TEST_PROXY_IMAGE" | docker -H "unix://$sock" load >/dev/null || echo "could not reload $BERTH_TEST_PROXY_IMAGE into $sock"
  done
}
# What this test leaves on the servers goes, whatever happened (only what it created).
cleanup() {
  restore_proxy_image
  [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null && wait "$LOAD_PID" 2>/dev/null || true
  for h in "${HOSTS[@]}"; do
    remote "$h" 'ids=$(docker ps -aq --filter label=service=testapp); [ -z "$ids" ] || docker rm -f $ids >/dev/null;
                 docker rm -f kamal-proxy >/dev/null 2>&1; docker volume rm kamal-proxy-config >/dev/null 2>&1;
                 docker network rm kamal >/dev/null 2>&1; rm -rf .kamal;
                 docker logout '"$BERTH_TEST_REGISTRY"' >/dev/null 2>&1;
                 [ "$(tr -d " \n\t" < ~/.docker/config.json 2>/dev/null)" = "{\"auths\":{}}" ] && rm -rf ~/.docker; true' || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$WORK/app/config" "$WORK/app/.kamal"
cat > "$WORK/app/config/deploy.yml" <<YAML
# The test app on both servers of tests/env, through the registry with a password.
service: testapp
image: berth/testapp
servers:
  web:
$(for h in "${HOSTS[@]}"; do echo "    - $h"; done)
registry:
  server: <%= ENV["BERTH_TEST_REGISTRY"] %>
  username: <%= ENV["BERTH_TEST_REGISTRY_USER"] %>
  password:
    - KAMAL_REGISTRY_PASSWORD
proxy:
  app_port: 3000
  healthcheck:
    path: /up
    interval: 1
builder:
  arch: amd64
ssh:
  user: $BERTH_TEST_SSH_USER
  keys:
    - <%= ENV["BERTH_TEST_SSH_KEY"] %>
deploy_timeout: 10
drain_timeout: 2
aliases:
  app-version: app exec --reuse "/testapp --version"
  # The guide's alias (examples/demo), word for word.
  web-shell: app exec --interactive --reuse "sh"
YAML
printf 'KAMAL_REGISTRY_PASSWORD=$BERTH_TEST_REGISTRY_PASSWORD\n' > "$WORK/app/.kamal/secrets"
# Berth's own settings (approvals, catalog) and run journals in a throwaway place.
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
JOURNALS=$XDG_DATA_HOME/Berth/runs
berth() { "$CLI" "$@" -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS"; }

served() { curl -s -m 5 "http://$1/" || true; }
# Requests to the servers (default: all), back to back, until stopped; one line per answer: the
# HTTP code.
start_load() {
  local targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=("${HOSTS[@]}")
  : > "$WORK/load.log"
  ( while :; do for h in "${targets[@]}"; do
      curl -s -o /dev/null -m 10 -w '%{http_code}\n' "http://$h/slow?ms=50" >> "$WORK/load.log" || echo "000" >> "$WORK/load.log"
    done; done ) &
  LOAD_PID=$!
}
stop_load() { kill "$LOAD_PID"; wait "$LOAD_PID" 2>/dev/null || true; LOAD_PID=; }
# What kamal-proxy logged around failed requests (status 5xx, errors), for the diagnosis.
proxy_errors() {
  for h in "${HOSTS[@]}"; do
    echo "--- kamal-proxy on $h:"
    remote "$h" 'docker logs kamal-proxy 2>&1 | grep -E "\"status\":5|\"level\":\"(ERROR|WARN)\"|Deploy|Draining|Target" | tail -40
                 docker ps -a --no-trunc --format "{{.ID}} {{.Names}} {{.CreatedAt}} {{.Status}}" | cut -c1-12,65-
                 docker events --since 10m --until 0s --filter type=container --format "{{.Time}} {{.Action}} {{.Actor.Attributes.name}}" 2>/dev/null | grep -v "exec_" | tail -60' || true
  done
}
check_load() { # check_load WHAT: every request of the last load answered 200
  local total failed
  total=$(wc -l < "$WORK/load.log"); failed=$(grep -cv '^200$' "$WORK/load.log" || true)
  printf '%-28s %6d requests, %d failed\n' "$1" "$total" "$failed"
  [ "$total" -gt 20 ] || fail "$1: only $total requests were made"
  [ "$failed" -eq 0 ] || proxy_errors
  [ "$failed" -eq 0 ] || fail "$1: $failed requests failed: $(grep -v '^200$' "$WORK/load.log" | sort | uniq -c | tr '\n' ' ')"
}
ELAPSED=
# timed LOG CMD…: runs CMD with its output in LOG; ELAPSED is the time it took, in seconds.
timed() { local log=$1 s e rc=0; shift; s=$(date +%s%N); "$@" > "$log" 2>&1 || rc=$?; e=$(date +%s%N)
          ELAPSED=$(awk -v d=$((e - s)) 'BEGIN { printf "%.1f", d / 1e9 }'); return $rc; }

