#!/bin/sh
# berth-cli secrets, end to end: cli-secrets.sh BERTH_CLI unit|keychain
#   unit      resolve, usage errors and a missing keychain (no Secret Service needed)
#   keychain  set/list/import/unset/resolve against the test environment's gnome-keyring
# Every secret value used here is checked to appear nowhere it must not.
set -u
cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mode=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect CODE DESCRIPTION -- runs the rest, keeps stdout in $work/out and stderr in $work/err
expect() {
    code=$1; what=$2; shift 3
    "$@" >"$work/out" 2>"$work/err"
    got=$?
    [ "$got" = "$code" ] || { fail "$what: exit $got, expected $code"; cat "$work/out" "$work/err"; }
}
contains() { grep -q -- "$2" "$work/$1" || { fail "$3: $1 lacks '$2'"; cat "$work/$1"; }; }
lacks() { if grep -q -- "$2" "$work/$1"; then fail "$3: $1 shows '$2'"; cat "$work/$1"; fi; }

export XDG_CONFIG_HOME="$work/config" HOME="$work/home" LANG=C.UTF-8
mkdir -p "$HOME" "$work/p/config" "$work/p/.kamal"
p="$work/p"
printf 'service: demo\nimage: demo\nservers: [10.0.0.1]\n' >"$p/config/deploy.yml"
printf 'servers: [10.0.0.2]\n' >"$p/config/deploy.staging.yml"
printf 'FROM_CMD=$(echo cmd-s3cret-%s)\nDERIVED=${FROM_CMD}-more\nLITERAL=lit-s3cret\n' x >"$p/.kamal/secrets"
printf 'STAGING_ONLY=stage-s3cret\n' >"$p/.kamal/secrets.staging"

if [ "$mode" = unit ]; then
    export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/berth-test-bus

    expect 1 "resolve without approval" -- "$cli" secrets resolve -C "$p"
    contains out 'LITERAL	from .kamal/secrets:3 (literal)' "resolve"
    contains out 'FROM_CMD	not resolved (.kamal/secrets:1): needs approval to run: $(echo cmd-s3cret-x)' "resolve"
    contains out 'DERIVED	not resolved (.kamal/secrets:2): waits for FROM_CMD' "resolve"
    contains err 'allow-commands' "resolve"
    lacks out 'lit-s3cret' "resolve without --show"

    expect 0 "resolve --allow-commands" -- "$cli" secrets resolve -C "$p" --allow-commands
    contains out 'DERIVED	from .kamal/secrets:2 (variables substituted)' "resolve --allow-commands"
    contains out 'FROM_CMD	from .kamal/secrets:1 (command output)' "resolve --allow-commands"
    lacks out 's3cret' "resolve --allow-commands without --show"

    expect 0 "resolve --show" -- "$cli" secrets resolve -C "$p" --allow-commands --show
    contains out '^DERIVED=cmd-s3cret-x-more$' "resolve --show"
    contains out '^LITERAL=lit-s3cret$' "resolve --show"

    # A destination reads secrets.staging instead of secrets; -C defaults to the current folder.
    (cd "$p" && "$cli" secrets resolve -d staging --show >"$work/out" 2>"$work/err")
    [ $? = 0 ] || fail "resolve -d staging"
    contains out '^STAGING_ONLY=stage-s3cret$' "resolve -d staging"
    lacks out 'LITERAL' "resolve -d staging"

    # A failing command's stderr is redacted.
    printf 'LITERAL=lit-s3cret\nLEAKY=$(echo "$LITERAL" >&2; exit 4)\n' >"$p/.kamal/secrets.leaky"
    printf 'servers: [10.0.0.3]\n' >"$p/config/deploy.leaky.yml"
    expect 0 "resolve with a failing command" -- "$cli" secrets resolve -C "$p" -d leaky --allow-commands
    contains err 'exited with code 4' "failing command"
    lacks err 'lit-s3cret' "failing command stderr"

    expect 2 "unknown subcommand" -- "$cli" secrets nope -C "$p"
    expect 2 "set without a name" -- "$cli" secrets set -C "$p"
    expect 2 "set with a value in argv" -- "$cli" secrets set NAME value -C "$p"
    expect 2 "set with a bad name" -- "$cli" secrets set 1BAD -C "$p"
    expect 2 "set with nothing on stdin" -- "$cli" secrets set NAME -C "$p" </dev/null
    contains err 'no value on standard input' "set with nothing on stdin"
    expect 2 "unknown destination" -- "$cli" secrets list -C "$p" -d nowhere
    expect 2 "not a project" -- "$cli" secrets list -C "$work"
    contains err 'config/deploy.yml' "not a project"

    # Without a Secret Service nothing is stored, in the keychain or elsewhere.
    echo 'no-keychain-value' | "$cli" secrets set NAME -C "$p" >"$work/out" 2>"$work/err"
    [ $? = 1 ] || fail "set without a keychain must fail"
    contains err 'Secret Service' "set without a keychain"
    if grep -rq 'no-keychain-value' "$XDG_CONFIG_HOME" "$HOME" 2>/dev/null; then
        fail "a value reached disk"
    fi
    printf 'A=from-dotenv\n' >"$p/.env"
    expect 1 "import without a keychain" -- "$cli" secrets import "$p/.env" -C "$p"
    contains err 'Secret Service' "import without a keychain"
    expect 2 "import of a missing file" -- "$cli" secrets import "$p/missing.env" -C "$p"

    # exec: the command's exit code comes back; a missing program is 127, as in a shell.
    expect 7 "exec passes the exit code" -- "$cli" secrets exec -C "$p" -- sh -c 'exit 7'
    expect 127 "exec of a missing program" -- "$cli" secrets exec -C "$p" -- no-such-program-berth
    contains err 'no-such-program-berth' "exec of a missing program"
    expect 2 "exec without a command" -- "$cli" secrets exec -C "$p"
    expect 1 "get of an unknown name" -- "$cli" secrets get NOPE -C "$p"
    contains err 'NOPE is not in the project environment' "get of an unknown name"
elif [ "$mode" = keychain ]; then
    if [ -z "${BERTH_TEST_DBUS_ADDRESS:-}" ]; then
        if [ "${BERTH_REQUIRE_TESTENV:-}" = 1 ]; then echo "FAIL: test environment not up"; exit 1; fi
        echo "SKIP: the test environment is not up (tests/env/testenv up; eval \$(tests/env/testenv env))"
        exit 77
    fi
    export DBUS_SESSION_BUS_ADDRESS="$BERTH_TEST_DBUS_ADDRESS"

    printf 'kc-s3cret-1\n' | "$cli" secrets set API_TOKEN -C "$p" >"$work/out" 2>"$work/err"
    [ $? = 0 ] || { fail "set API_TOKEN"; cat "$work/err"; }
    printf 'production' | "$cli" secrets set RAILS_ENV --plain -C "$p" >/dev/null 2>&1 || fail "set --plain"
    printf 'stage-env-s3cret' | "$cli" secrets set API_TOKEN -d staging -C "$p" >/dev/null 2>&1 || fail "set -d"
    expect 0 "list" -- "$cli" secrets list -C "$p"
    contains out '^API_TOKEN	secret	set$' "list"
    contains out '^RAILS_ENV	plain	set$' "list"
    lacks out 's3cret' "list"
    lacks out 'production' "list"

    # The project environment feeds $VAR and the commands' environment.
    printf 'TOKEN=$(printenv API_TOKEN)\nURL=https://x:${API_TOKEN}@h\nENVIRONMENT=$RAILS_ENV\n' >"$p/.kamal/secrets"
    expect 0 "resolve with the project environment" -- "$cli" secrets resolve -C "$p" --allow-commands --show
    contains out '^TOKEN=kc-s3cret-1$' "resolve"
    contains out '^URL=https://x:kc-s3cret-1@h$' "resolve"
    contains out '^ENVIRONMENT=production$' "resolve"
    printf 'TOKEN=$API_TOKEN\n' >"$p/.kamal/secrets.staging"
    expect 0 "resolve -d staging" -- "$cli" secrets resolve -C "$p" -d staging --show
    contains out '^TOKEN=stage-env-s3cret$' "resolve -d staging"

    printf '# exported\nexport A="from dotenv"\nB=$(echo never)\nC=${A}!\n' >"$p/.env"
    cp "$p/.env" "$work/env.before"
    expect 1 "import (one key skipped)" -- "$cli" secrets import "$p/.env" -C "$p"
    contains out '^Imported A$' "import"
    contains out '^Imported C$' "import"
    contains out '^Skipped B (line 3)' "import"
    cmp -s "$p/.env" "$work/env.before" || fail "import changed the .env file"
    expect 0 "resolve after import" -- "$cli" secrets resolve -C "$p" --allow-commands --show
    expect 0 "list after import" -- "$cli" secrets list -C "$p"
    contains out '^C	secret	set$' "list after import"

    expect 0 "unset" -- "$cli" secrets unset A -C "$p"
    expect 1 "unset again" -- "$cli" secrets rm A -C "$p"
    expect 0 "list after unset" -- "$cli" secrets list -C "$p"
    lacks out '^A	' "list after unset"

    # get prints the value exactly (one newline added); exec hands the environment to a command.
    expect 0 "get" -- "$cli" secrets get API_TOKEN -C "$p"
    printf 'kc-s3cret-1\n' | cmp -s - "$work/out" || fail "get printed '$(cat "$work/out")'"
    expect 0 "exec" -- "$cli" secrets exec -C "$p" -- sh -c 'printf "%s|%s" "$API_TOKEN" "$RAILS_ENV"'
    [ "$(cat "$work/out")" = 'kc-s3cret-1|production' ] || fail "exec saw '$(cat "$work/out")'"
    expect 0 "exec -d staging" -- "$cli" secrets exec -d staging -C "$p" -- sh -c 'printf %s "$API_TOKEN"'
    [ "$(cat "$work/out")" = 'stage-env-s3cret' ] || fail "exec -d staging saw '$(cat "$work/out")'"

    # Values that stress a keychain: 10 KiB, and non-ASCII text, back byte for byte.
    head -c 7680 /dev/urandom | base64 -w 0 >"$work/big"
    [ "$(wc -c <"$work/big")" = 10240 ] || fail "the 10 KiB value is $(wc -c <"$work/big") bytes"
    "$cli" secrets set BIG -C "$p" <"$work/big" >/dev/null 2>&1 || fail "set a 10 KiB value"
    expect 0 "get a 10 KiB value" -- "$cli" secrets get BIG -C "$p"
    { cat "$work/big"; echo; } | cmp -s - "$work/out" || fail "the 10 KiB value came back different"
    printf 'pässwörd ✓ 日本語 "quoted" $dollar' >"$work/unicode"
    "$cli" secrets set UNICODE -C "$p" <"$work/unicode" >/dev/null 2>&1 || fail "set a non-ASCII value"
    expect 0 "get a non-ASCII value" -- "$cli" secrets get UNICODE -C "$p"
    { cat "$work/unicode"; echo; } | cmp -s - "$work/out" || fail "the non-ASCII value came back as '$(cat "$work/out")'"

    # Every dotenv form (dotenv 3.2, as Kamal reads .env), imported and read back exactly.
    cat >"$work/forms.env" <<'DOTENV'
# a comment line
PLAIN=plain value
export EXPORTED=exported
SINGLE='single $PLAIN ${PLAIN} \n kept'
DOUBLE="double\nsecond \"quoted\" \$PLAIN"
MULTI="line one
line two"
INLINE=inline # a trailing comment
SUBST=${PLAIN}-and-$EXPORTED
ESCAPED=\$PLAIN
YAMLISH: colon form
  SPACED  =  spaced
NONASCII="grüße ✓"
DOTENV
    expect 0 "import-env with every dotenv form" -- "$cli" secrets import-env "$work/forms.env" -C "$p"
    check_value() { # check_value NAME EXPECTED
        "$cli" secrets get "$1" -C "$p" >"$work/value" 2>&1 || fail "get $1 after the import"
        printf '%s\n' "$2" | cmp -s - "$work/value" || fail "$1 was imported as '$(cat "$work/value")', expected '$2'"
    }
    check_value PLAIN 'plain value'
    check_value EXPORTED 'exported'
    check_value SINGLE 'single $PLAIN ${PLAIN} \n kept'
    check_value DOUBLE 'double\nsecond "quoted" $PLAIN' # dotenv 3 keeps \n as two characters
    check_value MULTI "$(printf 'line one\nline two')"
    check_value INLINE 'inline'
    check_value SUBST 'plain value-and-exported'
    check_value ESCAPED '$PLAIN'
    check_value YAMLISH 'colon form'
    check_value SPACED 'spaced'
    check_value NONASCII 'grüße ✓'

    # The demo project resolves everything from the keychain: no .env, nothing from the shell.
    demo="$work/demo"
    cp -R "$(dirname "$0")/../../examples/demo" "$demo"
    [ ! -e "$demo/.env" ] || fail "the demo ships a .env"
    demo_values='KAMAL_SERVER_IP=10.98.0.99
KAMAL_APP_DOMAIN=demo.example.test
KAMAL_REGISTRY_USERNAME=demo-user
S3_ENDPOINT=https://s3.example.test
KAMAL_REGISTRY_PASSWORD=demo-registry-s3cret
POSTGRES_PASSWORD=demo-postgres-s3cret
S3_ACCESS_KEY_ID=demo-access-s3cret
S3_SECRET_ACCESS_KEY=demo-secret-key-s3cret
BACKUP_PASSPHRASE=demo-passphrase-s3cret'
    while IFS='=' read -r name value; do
        # Addresses and names are plain values; the rest are secrets.
        case "$value" in *s3cret) kind= ;; *) kind=--plain ;; esac
        printf %s "$value" | env -u "$name" "$cli" secrets set "$name" $kind -C "$demo" >/dev/null 2>&1 || fail "set $name for the demo"
    done <<VALUES
$demo_values
VALUES
    unset_all() { env $(echo "$demo_values" | sed 's/=.*//; s/^/-u /') "$@"; }
    expect 0 "the demo resolves from the keychain" -- unset_all "$cli" secrets resolve -C "$demo"
    for name in KAMAL_REGISTRY_PASSWORD POSTGRES_PASSWORD S3_ACCESS_KEY_ID S3_SECRET_ACCESS_KEY PASSPHRASE; do
        contains out "^$name	from .kamal/secrets:" "demo resolve"
    done
    cp "$work/out" "$work/demo-resolve.txt"
    expect 0 "the demo's deploy plan (dry run)" -- unset_all "$cli" plan deploy --version v1 -C "$demo"
    contains out '10.98.0.99' "demo plan"
    contains out 'demo.example.test' "demo plan"
    contains out 'ghcr.io/demo-user/demo:v1' "demo plan"
    contains out '\[secret KAMAL_REGISTRY_PASSWORD\]' "demo plan"
    cp "$work/out" "$work/demo-plan.txt"; cat "$work/err" >>"$work/demo-plan.txt"

    # After the imports and the dry run, no secret value is anywhere on disk or in the output:
    # not in the project folders, not in the app's settings or data, not in what was printed.
    export XDG_DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
    leaks=0
    for value in kc-s3cret-1 stage-env-s3cret "$(cat "$work/big")" 'grüße' 'plain value-and-exported' \
                 $(echo "$demo_values" | grep s3cret | sed 's/.*=//'); do
        if grep -rqF -- "$value" "$p/config" "$p/.kamal" "$demo" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" \
               "$work/demo-resolve.txt" "$work/demo-plan.txt" 2>/dev/null; then
            fail "the value '$value' was found: $(grep -rlF -- "$value" "$p/config" "$p/.kamal" "$demo" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$work"/demo-*.txt 2>/dev/null | tr '\n' ' ')"
            leaks=$((leaks + 1))
        fi
    done
    [ "$leaks" = 0 ] && echo "leak scan: no secret value in the project folders, settings, app data or output"

    # No value reached the settings (the catalog holds names only).
    if grep -rqE 's3cret|from dotenv|production' "$XDG_CONFIG_HOME"; then
        fail "a value reached the settings"; grep -rE 's3cret|from dotenv|production' "$XDG_CONFIG_HOME"
    fi
    for name in $(echo "$demo_values" | sed 's/=.*//'); do "$cli" secrets rm "$name" -C "$demo" >/dev/null 2>&1; done
    for name in API_TOKEN RAILS_ENV C BIG UNICODE PLAIN EXPORTED SINGLE DOUBLE MULTI INLINE SUBST ESCAPED YAMLISH SPACED NONASCII; do
        "$cli" secrets unset "$name" -C "$p" >/dev/null 2>&1
    done
    "$cli" secrets unset API_TOKEN -d staging -C "$p" >/dev/null 2>&1
else
    echo "usage: $0 BERTH_CLI unit|keychain"; exit 2
fi

[ "$failures" = 0 ] && echo "all berth-cli secrets checks passed ($mode)"
[ "$failures" = 0 ]
