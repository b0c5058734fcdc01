#!/bin/bash
# End to end: berth-cli backups against a real Postgres accessory and a postgres-backup-s3
# accessory on the first test server, booted with berth-cli accessory boot, backing up to the
# test environment's MinIO with a passphrase: back up now, list (JSON and text), a restore
# refused without the database's name, a restore that brings the rows back, a download that
# decrypts to a dump pg_restore reads, a restore drill, and a wrong S3 secret. No secret value
# may appear in any output.
# Usage: backups-cli.sh BERTH_CLI   (needs tests/env up: eval "$(tests/env/testenv env)")
set -euo pipefail
CLI=$(realpath "$1")
if [ -z "${BERTH_TEST_HOSTS:-}" ]; then
  if [ "${BERTH_REQUIRE_TESTENV:-}" = 1 ]; then echo "FAIL: the test environment is not up"; exit 1; fi
  echo "SKIP: the test environment is not up (tests/env/testenv up)"; exit 77
fi
read -r -a HOSTS <<<"$BERTH_TEST_HOSTS"
HOST=${HOSTS[0]}
NAME=bkcli  # the service: every container, network and S3 prefix of this test is named after it
DB=app_production
PASSPHRASE="bkcli passphrase ✓ $RANDOM$RANDOM"
DB_PASSWORD="bkcli-db-pw-$RANDOM$RANDOM"
WRONG_SECRET="bkcli-wrong-secret-$RANDOM$RANDOM"
WORK=$(mktemp -d)
remote() { ssh -i "$BERTH_TEST_SSH_KEY" -o UserKnownHostsFile="$BERTH_TEST_KNOWN_HOSTS" -o BatchMode=yes \
             -o ConnectTimeout=5 "root@$HOST" "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
psql() { printf '%s\n' "$1" | remote "docker exec -i $NAME-db psql -X -q -A -t -v ON_ERROR_STOP=1 -U app -d $DB"; }

# What this test leaves goes, whatever happened (only what it created): the objects under its
# S3 prefix (removed from inside the backup container, which has the keys), its containers,
# network and Kamal files, the drill containers it started, and the registry login.
cleanup() {
  local drills
  drills=$(cat "$WORK"/*.txt 2>/dev/null | grep -o 'berth-drill-[0-9a-f]*' | sort -u | tr '\n' ' ' || true)
  remote "docker exec $NAME-backup sh -c '. ./env.sh && aws \$aws_args s3 rm --quiet --recursive \"s3://\$S3_BUCKET/\$S3_PREFIX/\"' >/dev/null 2>&1;
          docker rm -f $NAME-db $NAME-backup $drills >/dev/null 2>&1; docker network rm $NAME $drills >/dev/null 2>&1;
          rm -rf .kamal/apps/$NAME .kamal/lock-$NAME .kamal/$NAME-audit.log; rmdir .kamal/apps .kamal 2>/dev/null;
          docker logout $BERTH_TEST_REGISTRY >/dev/null 2>&1;
          [ \"\$(tr -d ' \n\t' 2>/dev/null < ~/.docker/config.json)\" = '{\"auths\":{}}' ] && rm -rf ~/.docker; true" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The project: deploy.yml as tests/integration/BackupServer.h writes it, secrets in .kamal/secrets.
write_project() { # write_project DIR S3_SECRET
  mkdir -p "$1/config" "$1/.kamal"
  cat > "$1/config/deploy.yml" <<YAML
service: $NAME
image: berth/testapp
servers: [$HOST]
registry:
  server: $BERTH_TEST_REGISTRY
  username: $BERTH_TEST_REGISTRY_USER
  password: [KAMAL_REGISTRY_PASSWORD]
builder:
  arch: amd64
ssh:
  user: $BERTH_TEST_SSH_USER
  keys: [$BERTH_TEST_SSH_KEY]
accessories:
  db:
    image: $BERTH_TEST_POSTGRES_IMAGE
    host: $HOST
    network: $NAME
    env:
      clear:
        POSTGRES_USER: app
        POSTGRES_DB: $DB
      secret: [POSTGRES_PASSWORD]
  backup:
    image: $BERTH_TEST_BACKUP_IMAGE
    host: $HOST
    network: $NAME
    env:
      clear:
        SCHEDULE: "@daily"
        BACKUP_KEEP_DAYS: 7
        S3_ENDPOINT: $BERTH_TEST_S3_ENDPOINT
        S3_BUCKET: $BERTH_TEST_S3_BUCKET
        S3_PREFIX: $NAME/backups
        S3_REGION: $BERTH_TEST_S3_REGION
        POSTGRES_HOST: $NAME-db
        POSTGRES_DATABASE: $DB
        POSTGRES_USER: app
      secret: [POSTGRES_PASSWORD, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, PASSPHRASE]
aliases:
  # The guide's alias (examples/demo), word for word.
  backup-db: accessory exec backup --reuse "sh backup.sh"
YAML
  cat > "$1/.kamal/secrets" <<SECRETS
KAMAL_REGISTRY_PASSWORD='$BERTH_TEST_REGISTRY_PASSWORD'
POSTGRES_PASSWORD='$DB_PASSWORD'
S3_ACCESS_KEY_ID='$BERTH_TEST_S3_ACCESS_KEY'
S3_SECRET_ACCESS_KEY='$2'
PASSPHRASE='$PASSPHRASE'
SECRETS
}
write_project "$WORK/app" "$BERTH_TEST_S3_SECRET_KEY"
# Berth's own settings (the shared settings file, verification records) in a throwaway place.
export XDG_CONFIG_HOME=$WORK/config
berth() { "$CLI" "$@" -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS"; }
# run NAME CMD…: stdout in NAME.txt, stderr in NAME.err.txt; returns CMD's exit code.
run() { local name=$1; shift; "$@" > "$WORK/$name.txt" 2> "$WORK/$name.err.txt"; }
show() { echo "--- $1 (stdout)"; cat "$WORK/$1.txt"; echo "--- $1 (stderr)"; cat "$WORK/$1.err.txt"; }

# Boot the accessories as Kamal does (its network first: Kamal leaves creating it to the user).
remote "docker network create $NAME >/dev/null"
run boot "$CLI" accessory boot --version v1 -C "$WORK/app" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" || { show boot; fail "accessory boot failed"; }
for i in $(seq 1 120); do [ "$(psql 'SELECT 1;' 2>/dev/null || true)" = 1 ] && break; sleep 0.5; done
[ "$(psql "CREATE TABLE items (id int PRIMARY KEY, name text);
           INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 250) g;
           SELECT count(*) FROM items;")" = 250 ] || fail "could not seed the database"
echo "accessories booted, 250 rows seeded"

# Back up now: the output streams to stderr, the new object key is the result.
run now berth backups now || { show now; fail "backups now failed"; }
KEY=$(cat "$WORK/now.txt")
[[ $KEY =~ ^$NAME/backups/${DB}_[0-9-]+T[0-9:]+\.dump\.gpg$ ]] || { show now; fail "backups now printed '$KEY', not an object key"; }
grep -q 'backup.sh' "$WORK/now.err.txt" || { show now; fail "backups now streamed no output"; }
echo "backups now: $KEY"

# The list knows it, as JSON and as text.
run list berth backups list --json || { show list; fail "backups list --json failed"; }
jq -e --arg key "$KEY" --arg db "$DB" '.[0].database == $db and .[0].accessory == "backup" and .[0].encrypted == true
    and .[0].freshness == "fresh" and (.[0].messages | length) > 0
    and (.[0].backups | map(select(.key == $key and .encrypted == true and .size > 0
                                   and (.time | test("Z$")))) | length) == 1' "$WORK/list.txt" >/dev/null \
  || { show list; fail "backups list --json does not show the new backup"; }
TS=$(jq -r --arg key "$KEY" '.[0].backups[] | select(.key == $key) | .timestamp' "$WORK/list.txt")
SIZE=$(jq -r --arg key "$KEY" '.[0].backups[] | select(.key == $key) | .size' "$WORK/list.txt")
run listtext berth backups list || { show listtext; fail "backups list failed"; }
grep -q "^  $TS .* encrypted  $KEY\$" "$WORK/listtext.txt" || { show listtext; fail "backups list does not show the backup"; }
grep -q "Retention (BACKUP_KEEP_DAYS=7)" "$WORK/listtext.txt" || { show listtext; fail "backups list shows no retention preview"; }
echo "backups list: $TS ($SIZE bytes), JSON and text"

# Rows change after the backup.
[ "$(psql "INSERT INTO items SELECT g, 'late ' || g FROM generate_series(251, 300) g;
           DELETE FROM items WHERE id <= 10; SELECT count(*) FROM items;")" = 290 ] || fail "could not change the rows"

# A restore needs the database's name, exactly.
rc=0; run refused berth backups restore "$TS" --confirm WRONG || rc=$?
[ "$rc" = 2 ] || { show refused; fail "restore --confirm WRONG exited $rc, not 2"; }
grep -q "nothing was changed" "$WORK/refused.err.txt" || { show refused; fail "the refusal does not say why"; }
rc=0; run unconfirmed berth backups restore "$TS" || rc=$?
[ "$rc" = 2 ] || { show unconfirmed; fail "restore without --confirm exited $rc, not 2"; }
rc=0; run almost berth backups restore "$TS" --confirm "${DB^^}" || rc=$?
[ "$rc" = 2 ] || { show almost; fail "restore --confirm ${DB^^} exited $rc, not 2"; }
[ "$(psql 'SELECT count(*) FROM items;')" = 290 ] || fail "a refused restore changed the database"
echo "restore refused without the database's name: exit 2, 290 rows untouched"

# The restore: a safety backup first, the rows of the backup after.
run restore berth backups restore "$TS" --confirm "$DB" || { show restore; fail "restore failed"; }
[ "$(psql 'SELECT count(*), min(id), max(id) FROM items;')" = "250|1|250" ] || { show restore; fail "the restore did not bring the rows back"; }
grep -q "$DB restored from $TS" "$WORK/restore.txt" || { show restore; fail "restore printed no summary"; }
grep -q "Safety backup of the previous data: $NAME/backups/${DB}_" "$WORK/restore.err.txt" || { show restore; fail "restore names no safety backup"; }
echo "restore: $(cat "$WORK/restore.txt")"

# Download: decrypted to a dump pg_restore reads (the Postgres accessory's pg_restore), and as
# stored, under the object's name in the current folder.
run download berth backups download "$TS" --decrypt -o "$WORK/f.dump" || { show download; fail "download --decrypt failed"; }
[ "$(cat "$WORK/download.txt")" = "$WORK/f.dump" ] || { show download; fail "download printed no path"; }
remote "docker exec -i $NAME-db pg_restore --list" < "$WORK/f.dump" > "$WORK/pg_restore.txt" || { cat "$WORK/pg_restore.txt"; fail "pg_restore does not read the dump"; }
grep -q "TABLE DATA public items" "$WORK/pg_restore.txt" || { cat "$WORK/pg_restore.txt"; fail "the dump has no items table"; }
mkdir "$WORK/dl"
( cd "$WORK/dl" && run stored berth backups download "$TS" ) || { show stored; fail "download failed"; }
STORED=$WORK/dl/$(basename "$KEY" | tr ':' '-')
[ -f "$STORED" ] && [ "$(stat -c %s "$STORED")" = "$SIZE" ] || { show stored; ls -l "$WORK/dl"; fail "download did not save $STORED with $SIZE bytes"; }
! grep -qa "TABLE DATA" "$STORED" || fail "the stored download is not encrypted"
echo "download: decrypted dump read by pg_restore; encrypted object saved as $(basename "$STORED")"

# The restore drill counts what the backup holds.
run verify berth backups verify "$TS" || { show verify; fail "verify failed"; }
grep -q "restores cleanly: 1 schema.*1 table.*250 rows" "$WORK/verify.txt" || { show verify; fail "verify printed no counts summary"; }
grep -qP "^  public\.items\t250$" "$WORK/verify.txt" || { show verify; fail "verify printed no table count"; }
DRILL=$(grep -o 'berth-drill-[0-9a-f]*' "$WORK/verify.err.txt" | head -1)
[ -n "$DRILL" ] || { show verify; fail "verify names no drill container"; }
[ -z "$(remote "docker ps -aq --filter name=$DRILL")" ] || fail "the drill left $DRILL behind"
echo "verify: $(head -1 "$WORK/verify.txt")"

# The guide's backup-db alias (non-interactive) streams the backup script's output.
run alias berth alias backup-db || { show alias; fail "the backup-db alias failed"; }
grep -q "Creating backup of $DB database" "$WORK/alias.txt" && grep -q "Backup complete" "$WORK/alias.txt" \
  || { show alias; fail "the backup-db alias did not stream backup.sh's output"; }
echo "alias backup-db: backup.sh's output streamed"

# A wrong S3 secret: the listing fails with the translated message, not the XML.
write_project "$WORK/wrong" "$WRONG_SECRET"
rc=0; run wrong "$CLI" backups list -C "$WORK/wrong" --known-hosts "$BERTH_TEST_KNOWN_HOSTS" || rc=$?
[ "$rc" = 1 ] || { show wrong; fail "a wrong S3 secret exited $rc, not 1"; }
grep -q "rejected the request signature for bucket “$BERTH_TEST_S3_BUCKET”.*S3_SECRET_ACCESS_KEY" "$WORK/wrong.err.txt" \
  || { show wrong; fail "a wrong S3 secret did not give the translated 403 message"; }
echo "wrong S3 secret: $(cat "$WORK/wrong.err.txt")"

# No secret value in any output.
for secret in "$PASSPHRASE" "$DB_PASSWORD" "$BERTH_TEST_S3_SECRET_KEY" "$BERTH_TEST_S3_ACCESS_KEY" "$WRONG_SECRET" "$BERTH_TEST_REGISTRY_PASSWORD"; do
  if grep -rlF -- "$secret" "$WORK"/*.txt; then fail "a secret value appears in the output above"; fi
done
cat "$WORK/listtext.txt"
echo "PASS: backups now, list, refused and confirmed restore, download (decrypted and stored), verify and a wrong S3 secret; no secret in $(ls "$WORK"/*.txt | wc -l) outputs"
