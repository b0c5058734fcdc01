#!/bin/sh
# berth-cli and an encrypted private key, end to end against the test environment (servers and
# gnome-keyring): `ssh remember-passphrase` checks and stores the passphrase, a run without a
# terminal uses it from the keychain, and without it fails naming the command to store it.
# The passphrase must appear in no output. Usage: cli-ssh-passphrase.sh BERTH_CLI
set -u
cli=$1
[ -n "${BERTH_TEST_HOSTS:-}" ] || { echo "test environment not up"; exit 77; }
work=$(mktemp -d)
host=${BERTH_TEST_HOSTS%% *}
authorized="$BERTH_TEST_STATE/h1/authorized_keys"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() {
    code=$1; what=$2; shift 3
    "$@" >"$work/out" 2>"$work/err" </dev/null
    got=$?
    [ "$got" = "$code" ] || { fail "$what: exit $got, expected $code"; cat "$work/out" "$work/err"; }
    if grep -q "s3same p4ss" "$work/out" "$work/err"; then fail "$what: the passphrase was printed"; fi
}
contains() { grep -q -- "$2" "$work/$1" || { fail "$3: $1 lacks '$2'"; cat "$work/$1"; }; }

export DBUS_SESSION_BUS_ADDRESS="$BERTH_TEST_DBUS_ADDRESS" LANG=C.UTF-8
key="$work/id_locked"
ssh-keygen -q -t ed25519 -N 's3same p4ss' -C berth-cli-passphrase-test -f "$key" || exit 1
line=$(cat "$key.pub")
cleanup() {
    grep -vxF "$line" "$authorized" >"$work/kept"; cat "$work/kept" >"$authorized"
    "$cli" ssh forget-passphrase "$key" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
printf '\n%s\n' "$line" >>"$authorized"

# A project whose only key is the locked one; `lock release` of its own service is harmless.
p="$work/p"
mkdir -p "$p/config" "$p/.kamal"
printf 'service: passphraseprobe\nimage: berth/probe\nservers: [%s]\nregistry:\n  username: u\n  password: [REG]\nbuilder:\n  arch: amd64\nssh:\n  user: %s\n  keys: [%s]\n  keys_only: true\n  config: false\n' \
    "$host" "$BERTH_TEST_SSH_USER" "$key" >"$p/config/deploy.yml"
printf 'REG=unused-value\n' >"$p/.kamal/secrets"
run() { "$cli" lock release -C "$p" --known-hosts "$BERTH_TEST_KNOWN_HOSTS"; }

expect 1 "no terminal, nothing stored" -- run
contains err "berth-cli ssh remember-passphrase $key" "no terminal"

printf 'wrong\n' >"$work/in"
"$cli" ssh remember-passphrase "$key" <"$work/in" >"$work/out" 2>"$work/err"
[ $? = 1 ] || fail "a wrong passphrase was stored"
contains err "does not open" "wrong passphrase"

printf 's3same p4ss\n' >"$work/in"
"$cli" ssh remember-passphrase "$key" <"$work/in" >"$work/out" 2>"$work/err" || fail "remember"
contains out "is in the keychain" "remember"

# Logged in with the stored passphrase: the command ran (and found no lock to release).
expect 1 "stored passphrase" -- run
contains err "rm .kamal/lock-passphraseprobe/details" "stored passphrase"
if grep -q "needs its passphrase" "$work/err"; then fail "stored passphrase: still asked"; cat "$work/err"; fi

expect 0 "forget" -- "$cli" ssh forget-passphrase "$key"
expect 1 "forgotten" -- run
contains err "remember-passphrase" "forgotten"

[ "$failures" = 0 ] && echo "all passed"
exit "$failures"
