#!/usr/bin/env bash
# Usage: tests/leak-scan.sh FOLDER…   (after the tests, with the test environment's variables set)
# No secret value may reach a log: looks for the test environment's own secrets (registry
# password, S3 secret key: random for every environment) and the values the tests put in the
# keychain, the secrets files and the backup accessory, in every file under FOLDER… (the test
# logs). Prints what it looked for and where it found any; exits 1 on a find.
set -uo pipefail
[ $# -gt 0 ] || { echo "usage: $0 FOLDER…" >&2; exit 2; }
values=(
  "${BERTH_TEST_REGISTRY_PASSWORD:-}" "${BERTH_TEST_S3_SECRET_KEY:-}"
  # tests/unit/cli-secrets.sh (keychain), tests/integration/BackupServer.h
  kc-s3cret-1 stage-env-s3cret demo-registry-s3cret demo-postgres-s3cret demo-access-s3cret
  demo-secret-key-s3cret demo-passphrase-s3cret "bk test passphrase" bktest-db-password-91
)
found=0 searched=0
for value in "${values[@]}"; do
  [ -n "$value" ] || continue
  searched=$((searched + 1))
  if hits=$(grep -rlF -- "$value" "$@" 2>/dev/null) && [ -n "$hits" ]; then
    # The value itself is not printed: the name of the file is enough to find it.
    echo "leak-scan: secret value #$searched found in: $(echo "$hits" | tr '\n' ' ')"
    found=$((found + 1))
  fi
done
files=$(find "$@" -type f 2>/dev/null | wc -l)
if [ "$found" -gt 0 ]; then
  echo "leak-scan: FAIL: $found of $searched secret values found in $files files"
  exit 1
fi
echo "leak-scan: none of $searched secret values found in $files files of test logs"
