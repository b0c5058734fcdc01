#!/bin/bash
# Entrypoint of berth/postgres:15 — Debian bookworm's postgresql-15 behind the
# contract of the official postgres image (postgres:16 and friends):
#   POSTGRES_PASSWORD (required unless POSTGRES_HOST_AUTH_METHOD=trust),
#   POSTGRES_USER (default postgres), POSTGRES_DB (default $POSTGRES_USER),
#   POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD (default scram-sha-256),
#   PGDATA (default /var/lib/postgresql/data), *_FILE variants of the secrets,
#   /docker-entrypoint-initdb.d/*.sh|*.sql|*.sql.gz run once on first start.
# The cluster is initialised on the first start only; data survives restarts.
set -Eeuo pipefail

file_env() {   # file_env VAR [DEFAULT]: VAR or the content of the file named by VAR_FILE
	local var=$1 fvar="${1}_FILE" def=${2:-} val
	if [ -n "${!var:-}" ] && [ -n "${!fvar:-}" ]; then
		echo >&2 "error: both $var and $fvar are set (but are exclusive)"
		exit 1
	fi
	val=$def
	if [ -n "${!var:-}" ]; then val=${!var}; elif [ -n "${!fvar:-}" ]; then val=$(<"${!fvar}"); fi
	export "$var"="$val"
	unset "$fvar"
}

as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }

if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi

if [ "$1" = postgres ]; then
	export PGDATA=${PGDATA:-/var/lib/postgresql/data}
	if [ "$(id -u)" = 0 ]; then
		mkdir -p "$PGDATA" /var/run/postgresql
		chmod 00700 "$PGDATA" || :
		chown postgres:postgres "$PGDATA" /var/run/postgresql
		chmod 03775 /var/run/postgresql || :
		exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
	fi

	file_env POSTGRES_PASSWORD
	file_env POSTGRES_USER postgres
	file_env POSTGRES_DB "$POSTGRES_USER"
	file_env POSTGRES_INITDB_ARGS
	: "${POSTGRES_HOST_AUTH_METHOD:=scram-sha-256}"

	if [ ! -s "$PGDATA/PG_VERSION" ]; then
		if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
			cat >&2 <<-'EOE'
				Error: Database is uninitialized and superuser password is not specified.
				       You must specify POSTGRES_PASSWORD to a non-empty value for the
				       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".
			EOE
			exit 1
		fi
		echo "initializing database in $PGDATA"
		pwfile=$(mktemp)
		printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
		# shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a word list on purpose
		initdb --username="$POSTGRES_USER" --pwfile="$pwfile" -D "$PGDATA" \
			--auth-local=trust --auth-host="$POSTGRES_HOST_AUTH_METHOD" \
			--locale=C.UTF-8 --encoding=UTF8 $POSTGRES_INITDB_ARGS
		rm -f "$pwfile"
		echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
		printf '\n# allow connections from anywhere (like the official image)\nhost all all all %s\n' \
			"$POSTGRES_HOST_AUTH_METHOD" >> "$PGDATA/pg_hba.conf"

		pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start
		export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"
		psql=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc)
		if [ "$POSTGRES_DB" != postgres ]; then
			"${psql[@]}" --dbname postgres --set db="$POSTGRES_DB" <<-'EOSQL'
				CREATE DATABASE :"db" ;
			EOSQL
		fi
		psql+=(--dbname "$POSTGRES_DB")
		for f in /docker-entrypoint-initdb.d/*; do
			[ -e "$f" ] || continue
			case "$f" in
				*.sh)
					if [ -x "$f" ]; then echo "running $f"; "$f"; else echo "sourcing $f"; # shellcheck disable=SC1090
						. "$f"; fi ;;
				*.sql)    echo "running $f"; "${psql[@]}" -f "$f" ;;
				*.sql.gz) echo "running $f"; gunzip -c "$f" | "${psql[@]}" ;;
				*)        echo "ignoring $f" ;;
			esac
		done
		pg_ctl -D "$PGDATA" -m fast -w stop
		unset PGPASSWORD
		echo
		echo 'PostgreSQL init process complete; ready for start up.'
		echo
	else
		echo
		echo 'PostgreSQL Database directory appears to contain a database; Skipping initialization'
		echo
	fi
fi

exec "$@"
